// Issue 14, each case as it was seen from JavaScript: no small input takes the instance
// down, no personal number is copied into a message, isValid never throws, a bad item of a
// batch fails only its own row.

import { test } from "node:test";
import assert from "node:assert/strict";

import * as umkm from "../pkg/node.js";

const NIK = "3275014101900001";
const noDigitsOf = (secret, ...texts) => {
  for (const t of texts) assert.ok(!String(t).replace(/\D/g, "").includes(secret), String(t));
};
const code = (f) => {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof umkm.UmkmError, String(e));
    return e;
  }
  assert.fail("no error");
};

test("a two-item series far apart is limit.year, not an abort", () => {
  const e = code(() => umkm.yearOverYear([{ year: 1, value: "1" }, { year: 2147483647, value: "2" }]));
  assert.equal(e.code, "limit.year");
  // The instance still answers.
  assert.equal(umkm.npwp.isValid("013121660091000"), true);
});

test("dates past the limits are coded errors, never a '+10000' date", () => {
  const record = { name: "Anyaman", products: [{ name: "Tas", category: "craft", unit: "piece", daily_capacity: { min: "2", max: "8" } }] };
  assert.equal(code(() => umkm.assess(record, "Tas", "JP", "9999-12-31")).code, "limit.year");
  const order = { quantity: "500", unit: "piece", deadline: "+262142-12-31" };
  assert.equal(code(() => umkm.assessOrder(record, "Tas", order, "-262143-01-01")).code, "limit.year");
  assert.equal(code(() => umkm.assessOrder(record, "Tas", { ...order, deadline: "2200-12-31" }, "2025-01-01")).code, "limit.date_span");
});

test("keys, strings and lists are refused before they are copied", () => {
  const key = "k".repeat(100_000_000);
  const e = code(() => umkm.validate({ name: "A", [key]: 1 }, "2025-11-01"));
  assert.deepEqual([e.code, e.path], ["limit.key", "/record"]);
  assert.ok(e.message.length < 300);
  assert.equal(code(() => umkm.validate({ name: "x".repeat(1024 * 1024 + 1) }, "2025-11-01")).code, "limit.string");
  const long = new Array(10_000_001);
  assert.equal(code(() => umkm.rankExportGrowth(long, {})).code, "limit.list");
});

test("numbers typed where text belongs are not echoed", () => {
  let e = code(() => umkm.nik.validate(3275014101900001));
  noDigitsOf(NIK, e.message, e.messageId, e.path);
  for (const field of ["legal_form", "declared_size", "workers"]) {
    e = code(() => umkm.validate({ name: "A", [field]: NIK }, "2025-11-01"));
    noDigitsOf(NIK, e.message, e.messageId, e.messageEn, e.path);
    assert.equal(e.path, `/record/${field}`);
  }
  e = code(() => umkm.validate({ name: "A", npwp: 2 ** 60 }, "2025-11-01"));
  noDigitsOf(String(2 ** 60), e.message, e.messageId);
  // A key that is a NIK is masked in the path.
  e = code(() => umkm.validate({ name: "A", [NIK]: 1 }, "2025-11-01"));
  noDigitsOf(NIK, e.message, e.path);
});

test("isValid never throws, whatever it is given", () => {
  for (const id of ["npwp", "nitku", "nik", "nib", "kbli", "hs", "wilayah", "pirt", "bpom", "halal"]) {
    for (const x of ["\uD800", null, undefined, 13121660091000, 13121660091000n, {}, [], true, Symbol("x"), () => 1]) {
      assert.equal(umkm[id].isValid(x), false, `${id} ${String(x)}`);
    }
  }
});

test("a bad item fails only its own row", () => {
  const items = ["013121660091000", "\uD800", null, 13121660091000, 13121660091000n, "01.312.166.0-091.000", 12];
  assert.deepEqual(umkm.npwp.isValidMany(items), [true, false, false, true, true, true, false]);
  const checks = umkm.npwp.validateMany(items);
  assert.deepEqual(checks.map((c) => c.code), [null, "npwp.characters", "npwp.empty", null, null, null, "npwp.length"]);
  assert.deepEqual(checks.map((c) => c.warning), [null, null, null, "npwp.leading_zeros", "npwp.leading_zeros", null, null]);
  // A lone surrogate anywhere else is a coded argument error, never argument.json.
  const e = code(() => umkm.npwp.validate("\uD800"));
  assert.equal(e.code, "argument.invalid");
});

test("NIK masks, pseudonyms and birth dates", async () => {
  assert.equal(umkm.nik.mask(NIK), "3275**********01");
  assert.equal(umkm.npwp.mask("013121660091000"), "01.***.***.*-***.000");
  const e = code(() => umkm.nik.mask("3275"));
  noDigitsOf("3275", e.messageEn);
  const { createHmac } = await import("node:crypto");
  const key = "kunci-rahasia-dinas-2026";
  assert.equal(umkm.nik.pseudonym(NIK, key), createHmac("sha256", key).update(NIK).digest("hex"));
  assert.equal(code(() => umkm.nik.pseudonym(NIK, "short")).code, "pseudonym.key");
  assert.equal(code(() => umkm.nik.birthDate(NIK, "1989-12-31")).code, "nik.birth_after_date");
  assert.equal(umkm.maskDigits(`NIK ${NIK}, tahun 2025`), "NIK ****************, tahun 2025");
});

test("HS codes must exist in HS 2022; the npm package looks them up without descriptions", () => {
  assert.throws(() => umkm.hs.validate("1604.99"), (e) => e.code === "hs.unknown_subheading");
  const entry = umkm.hs.lookup("1604.20");
  assert.equal(entry.subheading, "160420");
  assert.equal(entry.described, "160420");
  // The descriptions (about 0.6 MB) are left out of the WebAssembly build to hold its budget.
  assert.equal(entry.description, null);
  assert.deepEqual(umkm.hs.isValidMany(["8517.13", "8517.12", "1099"]), [true, false, false]);
});

test("KBLI codes must exist in the edition; the npm package carries KBLI 2025's titles", async () => {
  // Neither KBLI 2025 (the default) nor KBLI 2020 has a group 109: 10999 is well formed and
  // does not exist.
  assert.throws(() => umkm.kbli.validate("10999"), (e) => e.code === "kbli.unknown_code" && /KBLI 2025/.test(e.message));
  assert.throws(() => umkm.kbli.validate("10999", 2020), (e) => e.code === "kbli.unknown_code" && /KBLI 2020/.test(e.message));
  assert.equal(umkm.kbli.isValid("10999"), false);
  // Batik: 13134 in KBLI 2020, 13133 in KBLI 2025. The full module has KBLI 2025's titles only.
  assert.deepEqual(umkm.kbli.lookup("13133"),
    { code: "13133", version: "kbli2025", section: "C", division: "13", title: "INDUSTRI KAIN BATIK" });
  assert.deepEqual(umkm.kbli.lookup("13134", 2020),
    { code: "13134", version: "kbli2020", section: "C", division: "13", title: null });
  assert.equal(umkm.kbli.lookup("10792").title, "INDUSTRI KUE BASAH");
  assert.equal(umkm.kbli.isValid("13134"), false);
  assert.equal(umkm.kbli.isValid("13134", 2020), true);
  assert.equal(umkm.kbli.validate("13.134", "kbli2020"), "13134");
  assert.equal(umkm.kbli.section("62019", 2020).letter, "J");
  assert.equal(umkm.kbli.section("62199").letter, "K");
  assert.equal(umkm.kbli.lookup("10792", "2020").version, "kbli2020");
  // An edition that is not embedded is refused, never answered from another, with the core's
  // words in umkm and umkm/id alike.
  const id = await import("../pkg/id-node.js");
  for (const f of [umkm.kbli.lookup, umkm.kbli.validate, umkm.kbli.isValid, id.kbli.validate, id.kbli.isValid]) {
    assert.throws(() => f("10792", 2015),
      (e) => e instanceof umkm.ArgumentError && e.code === "argument.invalid" && e.path === "/version"
        && /`2015`, expected one of `2020`, `kbli2020`, `2025`, `kbli2025`/.test(e.message));
  }
  // A wrong edition is shown as the core shows input: digit runs masked, cut after 64
  // characters, a text over the string limit refused before it is read.
  for (const f of [umkm.kbli.lookup, umkm.kbli.validate, umkm.kbli.isValid, id.kbli.validate, id.kbli.isValid]) {
    for (const nik of ["3276011708850003", 3276011708850003]) {
      assert.throws(() => f("10792", nik),
        (e) => e.code === "argument.invalid" && e.message.includes("`****************`") && !/\d{8}/.test(e.message));
    }
    assert.throws(() => f("10792", "x".repeat(200)),
      (e) => e.code === "argument.invalid" && e.message.includes("`" + "x".repeat(64) + "…`") && e.message.length < 300);
    assert.throws(() => f("10792", "x".repeat(2_000_000)), (e) => e.code === "limit.string" && e.path === "/version");
  }
  for (const f of [umkm.kbli.isValid, id.kbli.isValid]) {
    assert.throws(() => f("10792", 2020.5), (e) => e instanceof umkm.ArgumentError && e.path === "/version");
    // isValid never throws for the number, whatever the edition.
    for (const odd of [null, 10792, {}, "1079\ud800"]) assert.equal(f(odd, 2020), false);
  }
  assert.deepEqual(umkm.kbli.isValidMany(["10792", "10999", "47111", "13134"]), [true, false, true, false]);
  assert.equal(id.kbli.isValid("10999"), false);
  assert.equal(id.kbli.isValid("13134"), false);
  assert.equal(id.kbli.isValid("13134", 2020), true);
  assert.equal(id.kbli.validate("01138"), "01138");
});

test("assess takes an embedded rule set by id; the typed ids are the core's", async () => {
  const { RULE_SET_IDS } = await import("../tools/dts.mjs");
  const record = {
    name: "Keripik Pisang Mekar", nib: "9120401234561", npwp: "01.312.166.0-091.000",
    products: [{ name: "Keripik pisang", category: "processed_food", unit: "pack" }],
    certifications: [{ kind: "pirt", number: "P-IRT No. 2053275010023-27" }],
  };
  for (const id of RULE_SET_IDS) {
    assert.equal(umkm.assess(record, "Keripik pisang", "NZ", "2026-12-02", id).rule_set, id);
  }
  assert.equal(umkm.assess(record, "Keripik pisang", "NZ", "2026-12-02").rule_set, RULE_SET_IDS[0]);
  // Under the old model BPOM MD blocked a P-IRT maker; the corrected one lets the P-IRT stand.
  const old = umkm.assessSummary(record, "Keripik pisang", "NZ", "2026-12-02", "umkm-default-2025");
  const now = umkm.assessSummary(record, "Keripik pisang", "NZ", "2026-12-02");
  assert.equal(old.blocked, true);
  assert.equal(now.blocked, false);
  assert.throws(() => umkm.assess(record, "Keripik pisang", "NZ", "2026-12-02", "umkm-default-1999"),
    (e) => e.code === "ruleset.unknown_id" && e.path === "/rule_set");
});
