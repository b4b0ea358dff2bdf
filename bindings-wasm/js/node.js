// Node entry of umkm: the browser's wasm-bindgen build (wasm/), instantiated synchronously
// from the file's bytes, so browsers and Node share the package's one .wasm.
import { readFileSync } from "node:fs";
import { instantiateSync, wasmUrl } from "./module-full.js";

const api = instantiateSync(readFileSync(wasmUrl()));

export const {
  UmkmError, InvalidIdentifier, ValidationError, ArgumentError, version, functions, call,
  inputTypes, maskDigits,
  npwp, nitku, nik, nib, kbli, hs, wilayah, pirt, bpom, halal, region, money, dates, chart, exchange,
  classifySize, classifySizeMany, sizeRule, classifyIndustry, validate, assess, assessSummary, assessOrder,
  originForms, checkRuleSet,
  defaultRuleSet, growth, cagr, yearOverYear, annualSalesSeries, rankExportGrowth, exportSeries,
  activeRate, cohortSurvival, transitionMatrix, targetProgress, dailySales, monthlySales,
  normalize, readinessSvg, readinessHtml, readinessStylesheet, rankingHtml, dataVersions, holidays,
} = api;
export default api;
