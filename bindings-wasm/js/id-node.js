// Node entry of `umkm/id`: the identifiers-only module instantiated synchronously from the
// package's file (no top-level await, so `require("umkm/id")` works where Node has require(esm)).
import { readFileSync } from "node:fs";
import { instantiateSync, wasmUrl } from "./module-id.js";

const api = instantiateSync(readFileSync(wasmUrl()));

export const {
  UmkmError, InvalidIdentifier, ValidationError, ArgumentError, maskDigits, version,
  npwp, nitku, nik, nib, kbli, hs, wilayah, pirt, bpom, halal,
} = api;
export default api;
