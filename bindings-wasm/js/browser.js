// Browser entry of umkm: loads the WebAssembly module at import (top-level await), then the
// API is synchronous. `import * as umkm from "umkm"` in a bundler or a <script type="module">.
// Where top-level await is not available (Vite 5's default targets, esbuild's default
// format), or to choose when and from where the .wasm is fetched, use `umkm/init`.
import { init } from "./init.js";

const api = await init();

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
