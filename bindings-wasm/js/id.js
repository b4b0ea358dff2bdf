// Browser entry of `umkm/id`: the identifiers-only module loaded at import (top-level await),
// then every function is synchronous. Where top-level await is not available, or to choose
// when the .wasm is fetched, use `umkm/id/init`.
import { init } from "./id-init.js";

const api = await init();

export const {
  UmkmError, InvalidIdentifier, ValidationError, ArgumentError, maskDigits, version,
  npwp, nitku, nik, nib, kbli, hs, wilayah, pirt, bpom, halal,
} = api;
export default api;
