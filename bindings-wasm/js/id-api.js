// The API of `umkm/id`: the ten identifiers (validate, format, check as typed, the column
// forms) and the package's error classes, over the small identifiers-only module. The same
// functions, with the same answers, are in the full API (`umkm`).
import { UmkmError, InvalidIdentifier, ValidationError, ArgumentError, maskDigits } from "./errors.js";
import { KINDS, identifierFunctions, instance } from "./identifiers.js";

export { UmkmError, InvalidIdentifier, ValidationError, ArgumentError, maskDigits };

/** Builds the API over the module `load()` answers (called again after an abort). */
export function makeIdApi(load) {
  const inst = instance(load);
  const api = {
    UmkmError,
    InvalidIdentifier,
    ValidationError,
    ArgumentError,
    maskDigits,
    version: inst.module.version(),
  };
  for (const kind of KINDS) api[kind] = identifierFunctions(inst, kind);
  return api;
}
