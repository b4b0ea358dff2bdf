// The JavaScript suite (node --test): every conformance vector of tests/vectors through the
// package's camelCase API, then JS-side conversions and errors, the generated types, and the
// recovery from an aborted instance.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

import * as umkm from "../pkg/node.js";
import { makeApi } from "../pkg/api.js";
import { schema } from "../pkg/schema.js";
import { generate, generateId } from "../tools/dts.mjs";

const VECTORS = fileURLToPath(new URL("../../tests/vectors/", import.meta.url));
const camel = (name) => name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

/** The package function for a core function name, called with the vector's named arguments. */
function jsCall(name, args) {
  const f = umkm.functions().find((x) => x.name === name);
  const order = [...f.args, ...f.optional];
  const values = order.map((a) => args[a]);
  const extra = Object.keys(args).filter((k) => !order.includes(k));
  assert.deepEqual(extra, [], `${name}: arguments ${extra} not in the function's list`);
  if (name.startsWith("readiness.") || name.startsWith("ranking.")) {
    return umkm[camel(name.replace(".", "_"))](...values);
  }
  if (name.includes(".")) {
    const [group, fn] = name.split(".");
    return umkm[group][camel(fn)](...values);
  }
  return umkm[camel(name)](...values);
}

/** Expected matches actual: scalars equal, arrays item by item, objects on the expected keys. */
function matches(expected, actual, at = "") {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    assert.ok(actual !== null && typeof actual === "object", `${at}: expected an object, got ${JSON.stringify(actual)}`);
    for (const [k, v] of Object.entries(expected)) {
      assert.ok(k in actual, `${at}/${k}: missing in result`);
      matches(v, actual[k], `${at}/${k}`);
    }
  } else if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual) && actual.length === expected.length, `${at}: expected ${expected.length} items, got ${JSON.stringify(actual)}`);
    expected.forEach((e, i) => matches(e, actual[i], `${at}/${i}`));
  } else {
    assert.strictEqual(actual, expected, `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

const files = readdirSync(VECTORS).filter((f) => f.endsWith(".json")).sort();
let count = 0;
for (const file of files) {
  const doc = JSON.parse(readFileSync(VECTORS + file, "utf8"));
  for (const c of doc.cases) {
    count += 1;
    test(`${file}: ${c.name}`, () => {
      if ("error" in c) {
        assert.throws(
          () => jsCall(c.call, c.args),
          (e) => e instanceof umkm.UmkmError && e.code === c.error,
        );
      } else {
        matches(c.result, jsCall(c.call, c.args));
      }
    });
  }
}

test("there are vectors, and every core function is reachable", () => {
  assert.ok(count >= 240, `${count} vectors`);
  for (const f of umkm.functions()) {
    if (f.name === "normalize") continue;
    assert.doesNotThrow(() => {
      try {
        jsCall(f.name, {});
      } catch (e) {
        if (!(e instanceof umkm.UmkmError)) throw e;
      }
    }, f.name);
  }
});

// --- conversions --------------------------------------------------------------------------

const idr = (amount) => ({ amount, currency: "IDR" });

test("amounts as strings, safe integers or BigInt give the same answer", () => {
  for (const amount of ["1000000000", 1_000_000_000, 1_000_000_000n]) {
    const r = umkm.classifySize({ business_capital: idr(amount) }, "2025-11-01");
    assert.equal(r.class, "micro"); // exactly Rp1 miliar is still micro (PP 7/2021 Pasal 35)
  }
});

test("a number with a fraction is refused by the core, as in Rust and Python", () => {
  assert.throws(
    () => umkm.classifySize({ business_capital: idr(1.5) }, "2025-11-01"),
    (e) => e instanceof umkm.ArgumentError && e.code === "argument.invalid" && e.path === "/input/business_capital/amount" && e.messageEn.includes("send it as a string"),
  );
});

test("NaN, Infinity, unsafe integers and Dates are refused with their path", () => {
  for (const bad of [NaN, Infinity, 2 ** 60]) {
    assert.throws(
      () => umkm.classifySize({ business_capital: idr(bad) }, "2025-11-01"),
      (e) => e instanceof umkm.ArgumentError && e.path === "/input/business_capital/amount",
    );
  }
  assert.throws(
    () => umkm.classifySize({ annual_sales: idr("1") }, new Date("2025-11-01")),
    (e) => e instanceof umkm.ArgumentError && e.path === "/as_of" && e.messageEn.includes("ISO date"),
  );
});

test("wrong types and missing fields are errors at their path, in both languages", () => {
  assert.throws(
    () => umkm.validate({ name: "X", products: [{ name: "a", category: "food", unit: "piece" }] }, "2025-11-01"),
    (e) => e.code === "record.json" && e.path === "/record/products/0/category" && e.messageId.includes("tidak dikenal"),
  );
  assert.throws(() => umkm.validate({ nib: "1" }, "2025-11-01"), (e) => e.code === "record.json" && e.messageEn.includes("missing field `name`"));
  assert.throws(() => umkm.npwp.validate(13), (e) => e instanceof umkm.ArgumentError && e.path === "/number");
  assert.throws(() => umkm.classifySize(), (e) => e.code === "argument.missing");
  assert.throws(() => umkm.npwp.isValidMany("013121660091000"), umkm.ArgumentError);
});

test("huge and deeply nested inputs are errors, not crashes", () => {
  let deep = [];
  for (let i = 0; i < 10_000; i++) deep = [deep];
  assert.throws(() => umkm.validate({ name: "x", kbli: deep }, "2025-11-01"), umkm.ArgumentError);
  const many = Array.from({ length: 200_000 }, (_, i) => ({ region: "99.99", date: "2024-01-01", value: idr(i) }));
  const options = { level: "regency", base: { start: "2021-01-01", end: "2021-12-31" }, current: { start: "2024-01-01", end: "2024-12-31" } };
  assert.throws(
    () => umkm.rankExportGrowth(many, options),
    (e) => e instanceof umkm.ValidationError && e.issues.length === 1001 && e.issues.at(-1).code === "input.more_issues",
  );
  const long = "9".repeat(5_000_000);
  assert.equal(umkm.npwp.isValid(long), false);
  // The module still answers after all that.
  assert.equal(umkm.npwp.format("013121660091000"), "01.312.166.0-091.000");
});

test("results are plain JSON objects: money as decimal strings, dates as ISO strings", () => {
  const g = umkm.growth("390000000", 480000000n);
  assert.deepEqual(g, { status: "defined", value: "0.2307692307692307692307692308" });
  const day = umkm.dailySales({ min: "2", max: "8" }, { min: idr("40000"), max: idr("100000") });
  assert.deepEqual(day, { min: idr("80000"), max: idr("800000") });
  const t = umkm.targetProgress({ goal: "5000", deadline: "2026-12-31" }, 1250, "2025-11-01");
  assert.equal(t.deadline, "2026-12-31");
  assert.equal(t.monthly_needed, "267.85714285714285714285714286");
});

test("columns: isValidMany and validateMany, with the joined fast path and its fallback", () => {
  const npwps = ["01.312.166.0-091.000", "01.312.166.1-091.000", null, "", "0013121660091000", 12, "0131\n21660091000"];
  // Whitespace inside a number is a separator ("0131\n21660091000" is 013121660091000), so the
  // joined path falls back for it and gives the single answer.
  assert.deepEqual(umkm.npwp.isValidMany(npwps), [true, false, false, false, true, false, true]);
  assert.deepEqual(umkm.npwp.isValidMany(npwps.filter((x) => typeof x === "string")), [true, false, false, true, true]);
  assert.equal(umkm.npwp.isValid("0131\n21660091000"), true);
  assert.deepEqual(umkm.npwp.isValidMany(new Set(["013121660091000"])), [true]);
  assert.deepEqual(umkm.npwp.isValidMany([]), []);
  const checks = umkm.nik.validateMany(["3276011708850003", "3275012902010001"]);
  assert.deepEqual(checks[0], { valid: true, value: "3276011708850003", code: null, messageId: null, messageEn: null, warning: null });
  assert.equal(checks[1].code, "nik.impossible_date");
  assert.deepEqual(umkm.npwp.formatMany(["013121660091000", 13121660091000, null, "x"]), [
    "01.312.166.0-091.000",
    "01.312.166.0-091.000",
    null,
    "x",
  ]);
  const many = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? "013121660091000" : "013121661091000"));
  const out = umkm.npwp.isValidMany(many);
  assert.equal(out.filter(Boolean).length, 50_000);
});

test("amounts as typed: money.parse and money.parseMany, exact, with coded errors", () => {
  assert.deepEqual(umkm.money.parse("Rp1,25 miliar"), idr("1250000000"));
  assert.deepEqual(umkm.money.parse("1.250", "en"), idr("1.25"));
  try {
    umkm.money.parse("1.250");
    assert.fail("no error");
  } catch (e) {
    assert.equal(e.code, "money.ambiguous");
    assert.ok(e.messageIn("id").includes("id atau en"));
  }
  assert.deepEqual(umkm.money.parseMany(["Rp 40 ribu", "1.250", "131,9 juta"]), {
    amounts: ["40000", null, "131900000"],
    currencies: ["IDR", null, "IDR"],
    codes: [null, "money.ambiguous", null],
  });
});

test("dates as typed: dates.parse and dates.parseMany, day first, Excel serials when asked", () => {
  assert.equal(umkm.dates.parse("17 Agustus 2025"), "2025-08-17");
  assert.equal(umkm.dates.parse("08/17/2025", { order: "month_first" }), "2025-08-17");
  assert.equal(umkm.dates.parse("45886", { excel_serial: true }), "2025-08-17");
  assert.throws(() => umkm.dates.parse("45886"), (e) => e.code === "date.serial_not_allowed");
  assert.deepEqual(umkm.dates.parseMany(["17/08/2025", "31/02/2025"]), {
    dates: ["2025-08-17", null],
    codes: [null, "date.impossible"],
  });
});

test("as you type: check answers valid, incomplete or invalid, masked as far as typed", () => {
  assert.deepEqual(umkm.npwp.check("013121"), { state: "incomplete", code: "npwp.length", formatted: "01.312.1" });
  assert.equal(umkm.npwp.check("01.312.166.0-091.000").state, "valid");
  assert.equal(umkm.npwp.check("0131x").state, "invalid");
  assert.equal(umkm.bpom.check("M").state, "incomplete");
});

test("readinessHtml options and the shipped stylesheet", () => {
  const report = umkm.assess(
    { name: "A", products: [{ name: "Batik", category: "fashion_textile", unit: "sheet" }] },
    "Batik", "JP", "2025-11-01");
  const html = umkm.readinessHtml(report, "id", { heading_level: 2, class_prefix: "kb", date_style: "short" });
  assert.ok(html.startsWith('<div class="kb-readiness"><h2 class="kb-title">'));
  assert.match(html, /<td class="kb-date">\d{1,2} (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des) \d{4}<\/td>/);
  const css = readFileSync(new URL("../pkg/umkm.css", import.meta.url), "utf8");
  assert.equal(umkm.readinessStylesheet(), css);
  assert.ok(css.includes(".umkm-date { white-space: nowrap; }"));
});

test("region codes from names: wilayah.find and wilayah.findMany", () => {
  assert.deepEqual(umkm.wilayah.find("KAB. BOGOR"), [{ code: "32.01", level: "regency", name: "Kabupaten Bogor" }]);
  assert.deepEqual(umkm.wilayah.find("Bogor").map((r) => r.code), ["32.01", "32.71"]);
  assert.deepEqual(umkm.wilayah.find("Depok", "district", "34").map((r) => r.code), ["34.04.07"]);
  assert.deepEqual(umkm.wilayah.findMany(["Kota Bekasi", "Bekasi"]), {
    codes: ["32.75", null],
    names: ["Kota Bekasi", null],
    matches: [1, 2],
    errors: [null, null],
  });
  assert.throws(() => umkm.wilayah.find("Depok", null, "99"), (e) => e.code === "region.unknown_within");
});

test("errors carry code, kind, messages in both languages, path and issues", () => {
  try {
    umkm.npwp.validate("01.312.166.1-091.000");
    assert.fail("no error");
  } catch (e) {
    assert.ok(e instanceof umkm.InvalidIdentifier && e instanceof umkm.UmkmError && e instanceof Error);
    assert.equal(e.code, "npwp.checksum");
    assert.equal(e.kind, "identifier");
    assert.equal(e.messageIn("en"), "NPWP check digit does not match: a digit is mistyped");
    assert.ok(e.messageIn().startsWith("Digit pemeriksa NPWP"));
    assert.ok(e.message.includes("[npwp.checksum]"));
  }
});

test("an aborted instance is replaced: the error is internal.panic, the next call works", () => {
  const real = JSON.parse(JSON.stringify(umkm.functions()));
  let loads = 0;
  const api = makeApi(() => {
    loads += 1;
    const first = loads === 1;
    const abort = () => {
      throw new WebAssembly.RuntimeError("unreachable");
    };
    return {
      functions: () => JSON.stringify(real),
      version: () => "test",
      inputTypes: () => "[]",
      callJson: (name, args) => (first ? abort() : JSON.stringify({ ok: [name, JSON.parse(args)] })),
      format: (kind, text) => (loads <= 2 ? abort() : `${kind}:${text}`),
    };
  });
  assert.throws(() => api.growth("1", "2"), (e) => e instanceof api.UmkmError && e.code === "internal.panic");
  assert.equal(loads, 2);
  assert.deepEqual(api.growth("1", "2"), ["growth", { prev: "1", curr: "2" }]);
  // The identifier functions call the module directly: an abort there replaces it too.
  assert.throws(() => api.npwp.format("1"), (e) => e instanceof api.UmkmError && e.code === "internal.panic");
  assert.equal(loads, 3);
  assert.equal(api.npwp.format("1"), "npwp:1");
});

test("the real module's reset gives a fresh instance that answers the same", async () => {
  const wasm = await import("../pkg/wasm/umkm_wasm.js");
  const before = umkm.npwp.format("013121165091000");
  wasm.__wbg_reset_state();
  assert.equal(umkm.npwp.format("013121165091000"), before);
  // Rp1,000,000,001 of business capital is small (PP 7/2021 Pasal 35: micro up to Rp1 miliar).
  const r = umkm.classifySize({ business_capital: { amount: "1000000001", currency: "IDR" } }, "2025-11-01");
  assert.equal(r.class, "small");
});

test("the package holds one .wasm per module, shared by the browser, Node and init entries", () => {
  const pkg = JSON.parse(readFileSync(new URL("../pkg/package.json", import.meta.url), "utf8"));
  assert.deepEqual(pkg.files.filter((f) => f.endsWith("/")), ["wasm/"]);
  const wasm = readdirSync(new URL("../pkg/wasm/", import.meta.url)).filter((f) => f.endsWith(".wasm")).sort();
  assert.deepEqual(wasm, ["umkm_id_wasm_bg.wasm", "umkm_wasm_bg.wasm"]);
  for (const [file, module] of [["module-full.js", "umkm_wasm_bg"], ["module-id.js", "umkm_id_wasm_bg"]]) {
    const text = readFileSync(new URL(`../pkg/${file}`, import.meta.url), "utf8");
    assert.match(text, new RegExp(`\\./wasm/${module}\\.wasm`), file);
  }
  for (const [entry, module] of [["init.js", "module-full"], ["init-node.js", "module-full"], ["node.js", "module-full"],
    ["id-init.js", "module-id"], ["id-init-node.js", "module-id"], ["id-node.js", "module-id"]]) {
    const text = readFileSync(new URL(`../pkg/${entry}`, import.meta.url), "utf8");
    assert.match(text, new RegExp(`from "\\./${module}\\.js"`), entry);
  }
});

test("the committed types are generated from the core", () => {
  const committed = readFileSync(new URL("../js/index.d.ts", import.meta.url), "utf8");
  assert.equal(committed, generate(umkm, schema()), "js/index.d.ts is stale: run node bindings-wasm/tools/dts.mjs");
  const id = readFileSync(new URL("../js/id.d.ts", import.meta.url), "utf8");
  assert.equal(id, generateId(), "js/id.d.ts is stale: run node bindings-wasm/tools/dts.mjs");
});

test("the named exports are exactly the API's functions", async () => {
  const named = Object.keys(umkm).filter((k) => k !== "default").sort();
  const api = Object.keys(umkm.default).sort();
  assert.deepEqual(named, api);
  const browser = await import("node:fs").then((fs) => fs.readFileSync(new URL("../js/browser.js", import.meta.url), "utf8"));
  const node = await import("node:fs").then((fs) => fs.readFileSync(new URL("../js/node.js", import.meta.url), "utf8"));
  const list = (text) => text.slice(text.indexOf("export const {") , text.indexOf("} = api;")).replace(/\s+/g, " ");
  assert.equal(list(browser), list(node), "browser.js and node.js export the same names");
});

test("umkm/schema is the core's schema bundle (shipped as a file; the module leaves the generator out)", () => {
  const file = fileURLToPath(new URL("../../core/schema/umkm.schema.json", import.meta.url));
  const bundle = schema();
  assert.deepEqual(bundle, JSON.parse(readFileSync(file, "utf8")));
  assert.ok(Object.keys(bundle.$defs).length > 100);
  assert.ok(bundle.$defs.Enterprise && bundle.$defs.ReadinessReport);
  bundle.$defs = {}; // each call parses afresh
  assert.ok(Object.keys(schema().$defs).length > 100);
  // Its own subpath: the main entry neither exports it nor loads its 20 KB text.
  assert.equal("schema" in umkm, false);
  const graph = readFileSync(new URL("../pkg/api.js", import.meta.url), "utf8");
  assert.doesNotMatch(graph, /schema-text/);
});
