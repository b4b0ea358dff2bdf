// Node entry of umkm: the browser's wasm-bindgen build (wasm/), instantiated synchronously
// from the file's bytes, so browsers and Node share the package's one .wasm.
import { readFileSync } from "node:fs";
import * as wasm from "./wasm/umkm_wasm.js";
import { makeApi } from "./api.js";
import schemaText from "./schema.js";

const bytes = readFileSync(new URL("./wasm/umkm_wasm_bg.wasm", import.meta.url));
wasm.initSync({ module: new WebAssembly.Module(bytes) });

let loaded = false;
const api = makeApi(() => {
  if (loaded) wasm.__wbg_reset_state(); // a fresh instance after an abort
  loaded = true;
  return wasm;
}, schemaText);

export const {
  UmkmError, InvalidIdentifier, ValidationError, ArgumentError, version, functions, schema, call,
  inputTypes, maskDigits,
  npwp, nitku, nik, nib, kbli, hs, wilayah, pirt, bpom, halal, region, money, dates, chart, exchange,
  classifySize, classifySizeMany, sizeRule, classifyIndustry, validate, assess, assessSummary, assessOrder,
  originForms, checkRuleSet,
  defaultRuleSet, growth, cagr, yearOverYear, annualSalesSeries, rankExportGrowth, exportSeries,
  activeRate, cohortSurvival, transitionMatrix, targetProgress, dailySales, monthlySales,
  normalize, readinessSvg, readinessHtml, readinessStylesheet, rankingHtml, dataVersions, holidays,
} = api;
export default api;
