// Type-checked by `tsc --noEmit` (make js-test), never run: the package's types describe
// records, reports and issues exactly (no `any`), and wrong uses fail to compile.
import * as umkm from "umkm";
import { init, ready, type Api } from "umkm/init";
import * as id from "umkm/id";
import { init as initId, loadFull, type IdApi } from "umkm/id/init";
import { schema } from "umkm/schema";

const record: umkm.EnterpriseInput = {
  name: "IKM Duo Ayu Sehati",
  region: "19.71",
  business_capital: { amount: "250000000", currency: "IDR" },
  products: [{ name: "Kerupuk ikan tenggiri", category: "processed_seafood", unit: "pack" }],
};
const report: umkm.ReadinessReport = umkm.assess(record, "Kerupuk ikan tenggiri", "AU", "2025-11-01");
const score: umkm.DecimalString = report.score;
const level: umkm.ReadinessLevel = report.level;
const blockers: umkm.Gap[] = report.blockers;
const forms: string[] = report.origin_forms.map((f) => f.agreement);
const issues: umkm.Issue[] = umkm.validate(record, "2025-11-01").issues;
const firstPath: string = issues[0]?.path ?? "";
const rate = umkm.growth("390000000", 480000000n);
if (rate.status === "defined") {
  const value: string = rate.value;
  void value;
} else {
  const reason: umkm.Undefined = rate.reason;
  void reason;
}
const ok: boolean[] = umkm.npwp.isValidMany(["013121660091000"]);
const checks: umkm.IdentifierCheck[] = umkm.nik.validateMany(["3276011708850003"]);
const size: umkm.SizeClass = umkm.classifySize({ annual_sales: { amount: "1", currency: "IDR" } }, "2025-11-01").class;
const svg: string = umkm.readinessSvg(report, "en");
try {
  umkm.npwp.validate("x");
} catch (e) {
  if (e instanceof umkm.InvalidIdentifier) {
    const code: string = e.code;
    void code;
  }
}

// @ts-expect-error a number is not a record
umkm.validate(5, "2025-11-01");
// @ts-expect-error a product category must be one of the core's
const bad: umkm.Product = { name: "x", category: "food", unit: "piece" };
// @ts-expect-error the score is a decimal string, never a JS number
const wrong: number = report.score;
// @ts-expect-error amounts are strings, not floats
const money: umkm.Money = { amount: 1.5, currency: "IDR" };

void [score, level, blockers, forms, firstPath, ok, checks, size, svg, bad, wrong, money];

// umkm/init: the loader's sources and answer are typed.
async function load(): Promise<void> {
  const api: Api = await init(new URL("https://example.org/umkm.wasm"));
  const same: Api = await ready;
  const check: umkm.PartialCheck = api.npwp.check("013121");
  const state: "valid" | "incomplete" | "invalid" = check.state;
  await init(fetch("/umkm.wasm"));
  await init(new Uint8Array(8));
  // @ts-expect-error the answer is the API, not a number
  const wrong: number = await init();
  void [same, state];
}
void load;

// Known sets are unions: a destination or an error code with a typo does not compile.
// @ts-expect-error "AUS" is no ISO 3166-1 alpha-2 code
umkm.assess(record, "Kerupuk ikan tenggiri", "AUS", "2025-11-01");
try {
  umkm.npwp.validate("x");
} catch (e) {
  if (e instanceof umkm.UmkmError) {
    const code: umkm.ErrorCode = e.code;
    // @ts-expect-error a misspelt code is not an ErrorCode
    const typo: umkm.ErrorCode = "npwp.cheksum";
    void [code, typo];
  }
}

// umkm/id: the identifiers only, the same types as the full API's; umkm/schema on its own.
async function identifiers(): Promise<void> {
  const typed: umkm.PartialCheck = id.npwp.check("013121");
  const valid: boolean = id.nik.isValid(undefined);
  const rows: umkm.IdentifierCheck[] = id.npwp.validateMany([13121660091000n, "x", null]);
  const code: umkm.ErrorCode | null = rows[0].code;
  const api: IdApi = await initId("/umkm_id_wasm_bg.wasm");
  const full: Api = await loadFull();
  // @ts-expect-error umkm/id has no assessment: that is the full API's
  id.assess;
  // @ts-expect-error the bundle is an object, not text
  const text: string = schema();
  void [typed, valid, code, api, full, text];
}
void identifiers;
