// Browser entry of umkm: loads the WebAssembly module (top-level await), then the API is
// synchronous. `import * as umkm from "umkm"` in a bundler or a <script type="module">.
// The same wasm-bindgen build (wasm/) serves Node (node.js), so the package holds one .wasm.
import init, * as wasm from "./wasm/umkm_wasm.js";
import { makeApi } from "./api.js";
import schemaText from "./schema.js";

await init({ module_or_path: new URL("./wasm/umkm_wasm_bg.wasm", import.meta.url) });

let loaded = false;
const api = makeApi(() => {
  if (loaded) wasm.__wbg_reset_state(); // a fresh instance after an abort
  loaded = true;
  return wasm;
}, schemaText);

export const {
  UmkmError, InvalidIdentifier, ValidationError, ArgumentError, version, functions, schema, call,
  inputTypes, maskDigits,
  npwp, nitku, nik, nib, kbli, hs, wilayah, pirt, bpom, halal, region, money, dates, exchange,
  classifySize, classifySizeMany, sizeRule, classifyIndustry, validate, assess, assessSummary, assessOrder,
  originForms, checkRuleSet,
  defaultRuleSet, growth, cagr, yearOverYear, annualSalesSeries, rankExportGrowth, exportSeries,
  activeRate, cohortSurvival, transitionMatrix, targetProgress, dailySales, monthlySales,
  normalize, readinessSvg, readinessHtml, rankingHtml, dataVersions, holidays,
} = api;
export default api;
