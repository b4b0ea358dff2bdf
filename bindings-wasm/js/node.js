// Node entry of umkm: loads the WebAssembly module synchronously (wasm-bindgen's nodejs build).
import { createRequire } from "node:module";
import { makeApi } from "./api.js";
import schemaText from "./schema.js";

const require = createRequire(import.meta.url);
const path = require.resolve("./node/umkm_wasm.js");

const api = makeApi(() => {
  delete require.cache[path]; // a fresh instance each load
  return require(path);
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
