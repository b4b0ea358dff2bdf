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

cargo build -p umkm-wasm -p umkm-id-wasm --target wasm32-unknown-unknown --profile wasm-release
# The identifiers module formats no value with `{:?}`: its escaping brings Unicode tables of
# about 2.8 KB gzipped (umkm::id::error's `shown` names a character instead). Checked on the
# function names the wasm-release profile keeps.
if grep -q escape_debug target/wasm32-unknown-unknown/wasm-release/umkm_id_wasm.wasm; then
  echo "umkm_id_wasm formats with {:?} (core::char::escape_debug): 2.8 KB of the umkm/id budget" >&2
  exit 1
fi
out=bindings-wasm/pkg
rm -rf "$out"
mkdir -p "$out"
(cd bindings-wasm && npm ci --no-audit --no-fund --loglevel=error)
features="--enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
  --enable-mutable-globals --enable-multivalue --enable-reference-types"
# Two modules: umkm_wasm (everything) and umkm_id_wasm (the identifiers only, for umkm/id).
for crate in umkm_wasm umkm_id_wasm; do
  # The reset function lets an entry replace an instance that aborted (never expected).
  wasm-bindgen --target web --experimental-reset-state-function --out-dir "$out/wasm" \
    "target/wasm32-unknown-unknown/wasm-release/${crate}.wasm"
  # Functions laid out so gzip finds their likenesses (tools/order-functions.mjs), then moved
  # and the names stripped by binaryen's wasm-opt (the npm package binaryen, pinned in
  # package.json): about 15 KB less gzipped, the same code.
  module="$out/wasm/${crate}_bg.wasm"
  # The identifiers module is also optimised for size by wasm-opt (-Oz: 7 KB less gzipped,
  # for its 50 KB budget); for the full module the same pass costs 50 KB, so it is left out.
  if [ "$crate" = umkm_id_wasm ]; then
    # shellcheck disable=SC2086
    bindings-wasm/node_modules/.bin/wasm-opt $features -Oz "$module" -o "$module"
  fi
  node bindings-wasm/tools/order-functions.mjs "$module" "$module.ordered"
  # shellcheck disable=SC2086
  bindings-wasm/node_modules/.bin/wasm-opt $features --reorder-functions-by-name \
    --strip-debug --strip-producers --strip-target-features --strip \
    "$module.ordered" -o "$module"
  rm "$module.ordered"
done
cp bindings-wasm/js/*.js bindings-wasm/js/*.d.ts bindings-wasm/js/package.json bindings-wasm/README.md \
   LICENSE-MIT LICENSE-APACHE core/assets/umkm.css "$out/"
# The JSON Schema bundle as a module (the WebAssembly build leaves the generator out).
{
  echo "// The JSON Schema bundle of every input and result (core/schema/umkm.schema.json), as text."
  printf 'export default '
  node -e 'process.stdout.write(JSON.stringify(require("fs").readFileSync(process.argv[1], "utf8")))' \
    core/schema/umkm.schema.json
  echo ';'
} > "$out/schema-text.js"
node bindings-wasm/tools/sizes.mjs
