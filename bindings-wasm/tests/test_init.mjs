// `umkm/init` in Node: the module loaded under the caller's control, from each kind of source
// the types allow, each in a fresh process (the loader instantiates once per process).

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const PKG = new URL("../pkg/", import.meta.url);
const WASM = new URL("wasm/umkm_wasm_bg.wasm", PKG);

/** Runs `body` (an async function's text, given `init` and `ready`) in a fresh Node. */
function fresh(body) {
  const script = `
    import { init, ready } from ${JSON.stringify(new URL("init-node.js", PKG).href)};
    import { readFileSync } from "node:fs";
    const WASM = new URL(${JSON.stringify(WASM.href)});
    const out = await (async () => { ${body} })();
    process.stdout.write(JSON.stringify(out));`;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }));
}

const probe = `return [umkm.npwp.check("013121").formatted, umkm.npwp.isValid("01.312.166.0-091.000")];`;

test("init() with nothing loads the package's own .wasm; ready is the same API", () => {
  assert.deepEqual(fresh(`const umkm = await init(); const again = await ready; if (again !== umkm) throw 1; ${probe}`), ["01.312.1", true]);
});

test("init() from a file URL, a path, bytes and a compiled Module", () => {
  for (const source of [
    "WASM",
    "WASM.href",
    `${JSON.stringify(fileURLToPath(WASM))}`,
    "readFileSync(WASM)",
    "new WebAssembly.Module(readFileSync(WASM))",
  ]) {
    assert.deepEqual(fresh(`const umkm = await init(${source}); ${probe}`), ["01.312.1", true], source);
  }
});

test("init() twice answers the same promise; a failed load rejects and may be retried", () => {
  assert.equal(fresh(`const a = init(); const b = init(); return a === b;`), true);
  assert.deepEqual(
    fresh(`
      let first;
      try { await init(new Uint8Array([0, 1, 2])); } catch (e) { first = "rejected"; }
      const umkm = await init(WASM);
      return [first, umkm.npwp.isValid("01.312.166.0-091.000")];`),
    ["rejected", true],
  );
});

test("importing umkm/init loads nothing until init is called", () => {
  assert.equal(
    fresh(`
      const settled = await Promise.race([ready.then(() => "ready"), new Promise((r) => setTimeout(() => r("waiting"), 50))]);
      return settled;`),
    "waiting",
  );
});
