#!/usr/bin/env bash
# The packed npm tarball in fresh projects of each bundler a web team uses, each built and
# opened in Chromium (bundle-check.mjs fails on a page error or a file the bundler did not
# copy): Vite (current, zero-config entry), Vite 5 (its default target has no top-level await:
# umkm/init), esbuild (ESM, the .wasm copied by hand: umkm/init with its URL), webpack 5
# (zero-config entry). The bundlers are pinned by bindings-wasm/bundlers/package-lock.json.
# Usage: bindings-wasm/tools/bundler-matrix.sh <umkm-x.y.z.tgz> <work dir>
set -euo pipefail
tarball=$(realpath "$1")
work=$(realpath -m "$2")
here=$(cd "$(dirname "$0")" && pwd)
check="$here/bundle-check.mjs"
rm -rf "$work" && mkdir -p "$work"
cp "$here/../bundlers/package.json" "$here/../bundlers/package-lock.json" "$work/"
cd "$work"
npm ci --silent --no-audit --no-fund
npm install --silent --no-audit --no-fund --no-save "$tarball"
expect="013121660091000 small 01.312.1"

page() { # $1: folder, $2: the script's src
  mkdir -p "$1"
  cat > "$1/index.html" <<HTML
<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>umkm</title></head>
<body><output id="out"></output><script type="module" src="$2"></script></body></html>
HTML
}

# What each page computes: an NPWP, a size class (Rp1,000,000,001 of business capital is small
# under PP 7/2021 Pasal 35: micro is up to Rp1 miliar) and an NPWP as typed.
show='const show = (umkm) => {
  const npwp = umkm.npwp.validate("01.312.166.0-091.000");
  const size = umkm.classifySize({ business_capital: { amount: "1000000001", currency: "IDR" } }, "2025-11-01").class;
  document.getElementById("out").textContent = `${npwp} ${size} ${umkm.npwp.check("013121").formatted}`;
  document.body.dataset.ready = "true";
};'

# Vite, current: the zero-config entry (top-level await inside the package).
page vite "/main.js"
printf '%s\nimport * as umkm from "umkm";\nshow(umkm);\n' "$show" > vite/main.js
(cd vite && node ../node_modules/vite/bin/vite.js build --logLevel warn)
test "$(node "$check" vite/dist)" = "$expect"
echo "bundler matrix: Vite $(node node_modules/vite/bin/vite.js --version | cut -d' ' -f1 | cut -d/ -f2), zero-config entry: ok"

# Vite, current, a form's page: umkm/id answers first (the identifiers module only), and the
# full module is fetched when first needed (loadFull: a chunk of its own).
page vite-id "/main.js"
cat > vite-id/main.js <<'JS'
import { init, loadFull } from "umkm/id/init";
const id = await init();
const npwp = id.npwp.validate("01.312.166.0-091.000");
const typed = id.npwp.check("013121").formatted;
const full = await loadFull();
const size = full.classifySize({ business_capital: { amount: "1000000001", currency: "IDR" } }, "2025-11-01").class;
document.getElementById("out").textContent = `${npwp} ${size} ${typed}`;
document.body.dataset.ready = "true";
JS
(cd vite-id && node ../node_modules/vite/bin/vite.js build --logLevel warn)
test "$(node "$check" vite-id/dist)" = "$expect"
# The first answer needs the entry chunk and the identifiers .wasm only.
first=$(node "$here/sizes.mjs" --page vite-id/dist/index.html vite-id/dist/assets/umkm_id_wasm_bg-*.wasm)
test "$first" -lt 50000
echo "bundler matrix: Vite, umkm/id then loadFull: ok (first answer needs ${first} bytes gzipped)"

# Vite 5 with its default target: umkm/init, no top-level await anywhere.
page vite5 "/main.js"
printf '%s\nimport { init } from "umkm/init";\ninit().then(show);\n' "$show" > vite5/main.js
(cd vite5 && node ../node_modules/vite5/bin/vite.js build --logLevel warn)
test "$(node "$check" vite5/dist)" = "$expect"
echo "bundler matrix: Vite $(node node_modules/vite5/bin/vite.js --version | cut -d' ' -f1 | cut -d/ -f2), umkm/init: ok"

# esbuild, ESM bundle: it does not copy the .wasm, so the page gives init its URL.
page esbuild/dist "./main.js"
printf '%s\nimport { init } from "umkm/init";\ninit("./umkm_wasm_bg.wasm").then(show);\n' "$show" > esbuild/main.js
node_modules/.bin/esbuild esbuild/main.js --bundle --format=esm --log-level=warning --outfile=esbuild/dist/main.js
cp node_modules/umkm/wasm/umkm_wasm_bg.wasm esbuild/dist/
test "$(node "$check" esbuild/dist)" = "$expect"
echo "bundler matrix: esbuild $(node_modules/.bin/esbuild --version) (--format=esm), umkm/init with a URL: ok"

# webpack 5, production mode, no configuration beyond entry and output: the zero-config entry.
page webpack/dist "./main.js"
printf '%s\nimport * as umkm from "umkm";\nshow(umkm);\n' "$show" > webpack/main.js
cat > webpack/build.mjs <<'JS'
import webpack from "webpack";
import { fileURLToPath } from "node:url";
const here = fileURLToPath(new URL(".", import.meta.url));
webpack({ mode: "production", context: here, entry: "./main.js", output: { path: here + "dist", publicPath: "" } }, (err, stats) => {
  if (err || stats.hasErrors()) {
    console.error(err ?? stats.toString("errors-only"));
    process.exit(1);
  }
});
JS
node webpack/build.mjs
test "$(node "$check" webpack/dist)" = "$expect"
echo "bundler matrix: webpack $(node -p 'require("webpack/package.json").version'), zero-config entry: ok"
