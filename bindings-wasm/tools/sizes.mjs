// The size budgets of the npm package, checked on every build (bindings-wasm/build.sh, so in
// `make test`): what a page loads for each entry, gzipped (level 9), file by file as a server
// sends them: the entry's JavaScript with every module it imports statically, and its .wasm.
//
//   umkm/id      (identifiers only)  under 50,000 bytes
//   umkm         (everything)        under 450,000 bytes
//
// `node bindings-wasm/tools/sizes.mjs [pkg-folder]` prints each figure and exits 1 over budget.
// `node bindings-wasm/tools/sizes.mjs --page dist/index.html <wasm-file>` prints what a built
// page loads before its first answer: its module script, every chunk that script imports
// statically (not those it imports with `import()`), and the .wasm named.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";


const ENTRIES = [
  { name: "umkm/id", files: ["id.js", "id-init.js"], wasm: "wasm/umkm_id_wasm_bg.wasm", budget: 50_000 },
  { name: "umkm", files: ["browser.js", "init.js"], wasm: "wasm/umkm_wasm_bg.wasm", budget: 450_000 },
];

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Every file `file` imports statically (`import ... from "./x.js"`, `export ... from`,
 * `import "./x.js"`, minified or not), itself included; `import("./x.js")` is not followed. */
export function graph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  const imports = /(?:^|[;\s}])(?:import|export)\s*(?:[^"';()]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const m of text.matchAll(imports)) graph(join(dirname(file), m[1]), seen);
  return seen;
}

/** Gzipped bytes of the JavaScript a page's module script loads before it runs, and a .wasm. */
function page(html, wasm) {
  const src = readFileSync(html, "utf8").match(/<script type="module"[^>]*\ssrc="\/?([^"]+)"/)[1];
  const js = [...graph(join(dirname(html), src))].reduce((n, p) => n + gz(p), 0);
  return js + gz(wasm);
}

function budgets(pkg) {
  let over = false;
  for (const entry of ENTRIES) {
    // The largest of the entry's forms (zero-config or init), as a browser loads it.
    const js = Math.max(...entry.files.map((f) => [...graph(join(pkg, f))].reduce((n, p) => n + gz(p), 0)));
    const wasm = gz(join(pkg, entry.wasm));
    const total = js + wasm;
    const verdict = total < entry.budget ? "within" : "OVER";
    if (total >= entry.budget) over = true;
    console.log(`${entry.name}: ${total} bytes gzipped (JavaScript ${js}, .wasm ${wasm}), ${verdict} the budget of ${entry.budget}`);
  }
  return over;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === "--page") {
    console.log(page(resolve(process.argv[3]), resolve(process.argv[4])));
  } else {
    const pkg = resolve(process.argv[2] ?? fileURLToPath(new URL("../pkg", import.meta.url)));
    process.exit(budgets(pkg) ? 1 : 0);
  }
}
