// `umkm/id`, the identifiers-only entry: every identifier vector through it, its answers equal
// to the core's JSON facade (the path Rust and Python share) on the vectors' numbers, on every
// prefix of them as a form sees them typed and on generated text, its loading forms, its size.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

import * as id from "../pkg/id-node.js";
import * as umkm from "../pkg/node.js";

const PKG = new URL("../pkg/", import.meta.url);
const VECTORS = fileURLToPath(new URL("../../tests/vectors/", import.meta.url));
const KINDS = ["npwp", "nitku", "nik", "nib", "kbli", "hs", "wilayah", "pirt", "bpom", "halal"];
const FUNCTIONS = { compact: "compact", validate: "validate", is_valid: "isValid", format: "format", check: "check", format_many: "formatMany" };

/** Every vector whose call is one of an identifier's own functions. */
function identifierVectors() {
  const out = [];
  for (const file of readdirSync(VECTORS).filter((f) => f.endsWith(".json"))) {
    for (const c of JSON.parse(readFileSync(VECTORS + file, "utf8")).cases) {
      const [kind, fn] = c.call.split(".");
      if (KINDS.includes(kind) && fn in FUNCTIONS) out.push({ ...c, kind, fn: FUNCTIONS[fn] });
    }
  }
  return out;
}

/** What a call gives: its value, or the error's class name, code, path and both messages. */
function outcome(f) {
  try {
    return { value: f() };
  } catch (e) {
    assert.ok(e instanceof umkm.UmkmError, `not an UmkmError: ${e}`);
    return { error: [e.name, e.code, e.path, e.messageId, e.messageEn] };
  }
}

/** The answer of the core's JSON facade (`umkm.call`), in the package's camelCase shape. */
function facade(kind, fn, number) {
  return outcome(() => umkm.call(`${kind}.${fn}`, { number }));
}

const vectors = identifierVectors();

test("there are identifier vectors for every identifier", () => {
  assert.ok(vectors.length >= 100, `${vectors.length}`);
  assert.deepEqual([...new Set(vectors.map((v) => v.kind))].sort(), [...KINDS].sort());
});

for (const v of vectors) {
  test(`umkm/id: ${v.name}`, () => {
    const arg = v.fn === "formatMany" ? v.args.numbers : v.args.number;
    // kbli's validate and isValid take the edition as their second argument.
    const args = "version" in v.args ? [arg, v.args.version] : [arg];
    if ("error" in v) {
      assert.throws(() => id[v.kind][v.fn](...args), (e) => e instanceof id.UmkmError && e.code === v.error);
    } else {
      assert.deepEqual(id[v.kind][v.fn](...args), v.result);
    }
  });
}

/** The numbers of the vectors, each with every prefix of it (a number as it is typed). */
function typed(kind) {
  const numbers = vectors.filter((v) => v.kind === kind && typeof v.args.number === "string").map((v) => v.args.number);
  const out = new Set([""]);
  for (const n of numbers) for (let i = 1; i <= n.length; i++) out.add(n.slice(0, i));
  return [...out];
}

/** Seeded text of digits, separators, letters and stranger characters. */
function generated(seed, count) {
  const alphabet = ["0", "1", "2", "3", "5", "7", "9", ".", "-", " ", "/", ":", "M", "D", "L", "P", "I", "R", "T", "N", "o",
    "B", "O", "ı", "ß", "é", "٣", "１", "\u200b", "\u0000", "\u001e", "\t", "😀"];
  let state = seed;
  const next = (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: next(24) }, () => alphabet[next(alphabet.length)]).join(""));
}

for (const kind of KINDS) {
  test(`umkm/id answers as the core's facade: ${kind}, typed and generated text`, () => {
    const texts = [...typed(kind), ...generated(KINDS.indexOf(kind) + 1, 400), "x".repeat(5000), "1\n2"];
    for (const text of texts) {
      for (const [fn, js] of Object.entries(FUNCTIONS)) {
        if (fn === "format_many") continue;
        // is_valid of what is not well-formed text is false (the facade refuses the argument).
        const expected = fn === "is_valid" && !text.isWellFormed() ? { value: false } : facade(kind, fn, text);
        assert.deepEqual(outcome(() => id[kind][js](text)), expected, `${kind}.${fn}(${JSON.stringify(text)})`);
      }
    }
    // A column's lone surrogates are read as U+FFFD (which every identifier refuses).
    const clean = texts.map((t) => t.toWellFormed());
    assert.deepEqual(id[kind].formatMany(texts), umkm.call(`${kind}.format_many`, { numbers: clean }));
    assert.deepEqual(id[kind].isValidMany(texts), clean.map((t) => umkm.call(`${kind}.is_valid`, { number: t })));
    assert.deepEqual(
      id[kind].validateMany(texts).map((r) => (r.valid ? r.value : [r.code, r.messageId, r.messageEn])),
      clean.map((t) => {
        const o = facade(kind, "validate", t);
        return "value" in o ? o.value : o.error.slice(1).filter((_, i) => i !== 1);
      }),
    );
  });
}

test("umkm/id refuses what is no text with the codes and paths the full module gives", () => {
  for (const value of [123, 1.5, true, {}, [], null, undefined, "x".repeat(1024 * 1024 + 1), "a\ud800"]) {
    for (const fn of ["compact", "validate", "format", "check"]) {
      const mine = outcome(() => id.npwp[fn](value));
      // null and undefined are "not given", as for every positional function of the package.
      const full = outcome(() => umkm.call(`npwp.${fn}`, value === undefined || value === null ? {} : { number: value }));
      assert.deepEqual(mine.error.slice(0, 3), full.error.slice(0, 3), `${fn}(${typeof value})`);
      // No English word in the Indonesian message, no Indonesian one in the English.
      assert.doesNotMatch(mine.error[3].replace("/number", ""), /\b(expected|missing|string|number)\b/, mine.error[3]);
    }
    assert.equal(id.npwp.isValid(value), false);
  }
  // A BigInt is its digits, as in the full module.
  assert.deepEqual(id.npwp.check(13121n), umkm.npwp.check(13121n));
});

test("umkm/id's column forms read numbers, BigInts and blanks as the full module does", () => {
  const column = ["01.312.166.0-091.000", 13121660091000, 13121660091000n, null, undefined, 1.5, "", "1\n2"];
  assert.deepEqual(id.npwp.isValidMany(column), umkm.npwp.isValidMany(column));
  assert.deepEqual(id.npwp.validateMany(column), umkm.npwp.validateMany(column));
  assert.deepEqual(id.npwp.formatMany(column), umkm.npwp.formatMany(column));
  assert.equal(id.npwp.validateMany(column)[1].warning, "npwp.leading_zeros");
  assert.throws(() => id.npwp.isValidMany("013121660091000"), (e) => e.code === "argument.invalid");
});

test("errors of umkm/id are the package's own classes", () => {
  assert.equal(id.UmkmError, umkm.UmkmError);
  assert.throws(() => id.nik.validate("12"), (e) => e instanceof umkm.InvalidIdentifier && e.code === "nik.length");
  assert.equal(id.maskDigits("NIK 3275014101900001"), "NIK ****************");
  assert.equal(id.version, umkm.version);
});

test("umkm/id is the identifiers only: no facade in its module, within its size budget", async () => {
  const wasm = await import("../pkg/wasm/umkm_id_wasm.js");
  assert.equal("callJson" in wasm, false);
  assert.deepEqual(Object.keys(id).filter((k) => k !== "default").sort(),
    ["ArgumentError", "InvalidIdentifier", "UmkmError", "ValidationError", "maskDigits", "version", ...KINDS].sort());
  const out = execFileSync(process.execPath, [fileURLToPath(new URL("../tools/sizes.mjs", import.meta.url))], { encoding: "utf8" });
  assert.match(out, /umkm\/id: \d+ bytes gzipped .* within the budget of 50000/);
});

/** Runs `body` in a fresh Node with `init`, `ready` and `loadFull` of umkm/id/init. */
function fresh(body) {
  const script = `
    import { init, ready, loadFull } from ${JSON.stringify(new URL("id-init-node.js", PKG).href)};
    import { readFileSync } from "node:fs";
    const WASM = new URL(${JSON.stringify(new URL("wasm/umkm_id_wasm_bg.wasm", PKG).href)});
    const out = await (async () => { ${body} })();
    process.stdout.write(JSON.stringify(out));`;
  return JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }));
}

test("umkm/id/init loads on call, from the package's file, a path or bytes; loadFull gives the rest", () => {
  const probe = `return [api.npwp.check("013121").formatted, api === await ready];`;
  assert.deepEqual(fresh(`const api = await init(); ${probe}`), ["01.312.1", true]);
  assert.deepEqual(fresh(`const api = await init(readFileSync(WASM)); ${probe}`), ["01.312.1", true]);
  assert.deepEqual(fresh(`const api = await init(${JSON.stringify(fileURLToPath(new URL("wasm/umkm_id_wasm_bg.wasm", PKG)))}); ${probe}`), ["01.312.1", true]);
  assert.equal(
    fresh(`const settled = await Promise.race([ready.then(() => "ready"), new Promise((r) => setTimeout(() => r("waiting"), 50))]); return settled;`),
    "waiting",
  );
  // Rp1,000,000,001 of business capital is small (PP 7/2021 Pasal 35: micro up to Rp1 miliar).
  assert.equal(
    fresh(`const full = await loadFull(); return full.classifySize({ business_capital: { amount: "1000000001", currency: "IDR" } }, "2025-11-01").class;`),
    "small",
  );
});
