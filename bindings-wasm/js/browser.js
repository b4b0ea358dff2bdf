// Browser entry of umkm: loads the WebAssembly module (top-level await), then the API is
// synchronous. `import * as umkm from "umkm"` in a bundler or a <script type="module">.
import init, * as wasm from "./web/umkm_wasm.js";
import { makeApi } from "./api.js";
import schemaText from "./schema.js";

const compiled = await WebAssembly.compileStreaming(fetch(new URL("./web/umkm_wasm_bg.wasm", import.meta.url)));
await init({ module_or_path: compiled });

const api = makeApi(() => {
  wasm.initSync({ module: compiled });
  return wasm;
}, schemaText);

export const {
  UmkmError, InvalidIdentifier, ValidationError, ArgumentError, version, functions, schema, call,
  inputTypes, maskDigits,
  npwp, nitku, nik, nib, kbli, hs, wilayah, pirt, bpom, halal, region, money, exchange,
  classifySize, classifySizeMany, sizeRule, classifyIndustry, validate, assess, assessSummary, assessOrder,
  originForms, checkRuleSet,
  defaultRuleSet, growth, cagr, yearOverYear, annualSalesSeries, rankExportGrowth, exportSeries,
  activeRate, cohortSurvival, transitionMatrix, targetProgress, dailySales, monthlySales,
  normalize, readinessSvg, readinessHtml, rankingHtml,
} = api;
export default api;
