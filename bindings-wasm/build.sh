#!/usr/bin/env bash
# Builds the npm package umkm into bindings-wasm/pkg: the core compiled to WebAssembly (size-tuned
# profile wasm-release), one wasm-bindgen build (web target) that both entries load, so the
# package holds one .wasm, and the package's JavaScript and types.
# Installs what it needs: the wasm32 target, the wasm-bindgen CLI of exactly the version the
# crate is locked to (skipped when that version is already on PATH), and the npm packages of
# bindings-wasm/package.json (binaryen among them). Prints the gzipped size.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || rustup target add wasm32-unknown-unknown
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${version}\$"; then
  echo "installing wasm-bindgen-cli ${version} (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "${version}"
fi

cargo build -p umkm-wasm --target wasm32-unknown-unknown --profile wasm-release
wasm=target/wasm32-unknown-unknown/wasm-release/umkm_wasm.wasm
out=bindings-wasm/pkg
rm -rf "$out"
mkdir -p "$out"
# The reset function lets an entry replace an instance that aborted (never expected).
wasm-bindgen --target web --experimental-reset-state-function --out-dir "$out/wasm" "$wasm"
# Functions laid out so gzip finds their likenesses (tools/order-functions.mjs), then moved
# and the names stripped by binaryen's wasm-opt (the npm package binaryen, pinned in
# package.json): about 15 KB less gzipped, the same code.
(cd bindings-wasm && npm ci --no-audit --no-fund --loglevel=error)
features="--enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
  --enable-mutable-globals --enable-multivalue --enable-reference-types"
module="$out/wasm/umkm_wasm_bg.wasm"
node bindings-wasm/tools/order-functions.mjs "$module" "$module.ordered"
# shellcheck disable=SC2086
bindings-wasm/node_modules/.bin/wasm-opt $features --reorder-functions-by-name \
  --strip-debug --strip-producers --strip-target-features --strip \
  "$module.ordered" -o "$module"
rm "$module.ordered"
cp bindings-wasm/js/api.js bindings-wasm/js/browser.js bindings-wasm/js/node.js \
   bindings-wasm/js/loader.js bindings-wasm/js/init.js bindings-wasm/js/init-node.js bindings-wasm/js/init.d.ts \
   bindings-wasm/js/package.json bindings-wasm/js/index.d.ts bindings-wasm/README.md \
   LICENSE-MIT LICENSE-APACHE core/assets/umkm.css "$out/"
# The JSON Schema bundle as a module (the WebAssembly build leaves the generator out).
{
  echo "// The JSON Schema bundle of every input and result (core/schema/umkm.schema.json), as text."
  printf 'export default '
  node -e 'process.stdout.write(JSON.stringify(require("fs").readFileSync(process.argv[1], "utf8")))' \
    core/schema/umkm.schema.json
  echo ';'
} > "$out/schema.js"
size=$(gzip -9 -c "$out/wasm/umkm_wasm_bg.wasm" | wc -c)
echo "umkm_wasm_bg.wasm: $(wc -c < "$out/wasm/umkm_wasm_bg.wasm") bytes, ${size} bytes gzipped (budget for the full module: under 450 KB)"
