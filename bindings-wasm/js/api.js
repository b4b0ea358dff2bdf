// The umkm API over the WebAssembly module: camelCase names, plain JSON-shaped objects in and
// out (money as decimal strings, dates as ISO strings), errors thrown as UmkmError objects
// with a stable code. Every answer comes from the Rust core (umkm::api), as in Rust and Python.
//
// This file is shared by the browser entry (browser.js) and the Node entry (node.js); each
// hands it the functions of its wasm-bindgen build.

import {
  UmkmError, InvalidIdentifier, ValidationError, ArgumentError, LIMITS, maskDigits, shown, raise, argumentError, limitError, checkedText,
} from "./errors.js";
import { KINDS, identifierFunctions, instance } from "./identifiers.js";

export { UmkmError, InvalidIdentifier, ValidationError, ArgumentError, maskDigits };

const MAX_DEPTH = 128;

/**
 * A JavaScript value as the JSON the core reads. Strings, booleans, null, arrays and plain
 * objects as themselves; a BigInt as its digits; a safe integer as a number; a number with a
 * fraction as a number, which the core refuses wherever an exact amount is read (as for a
 * Python float); NaN, Infinity, unsafe integers, Dates, functions and symbols are refused here
 * with their path. `undefined` object fields are left out.
 */
function toJson(value, keys = []) {
  // The path (JSON pointer) is written only for an error: `keys` is the way down so far.
  const path = () => keys.map((k) => `/${shown(k).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
  if (keys.length > MAX_DEPTH) throw argumentError(path(), "nested too deeply", "bersarang terlalu dalam");
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "string") return checkedText(value, path);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw argumentError(path(), `${value} cannot be used here`, `${value} tidak dapat dipakai di sini`);
    }
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      throw argumentError(
        path(),
        `${shown(value)} is beyond 2^53 and has lost digits: pass it as a string or a BigInt`,
        `${shown(value)} melebihi 2^53 dan kehilangan digit: kirim sebagai teks atau BigInt`,
      );
    }
    return value;
  }
  if (value instanceof Date) {
    throw argumentError(
      path(),
      'a Date is an instant, not a calendar date: pass an ISO date string such as "2025-11-01"',
      'Date adalah saat, bukan tanggal kalender: kirim tanggal ISO seperti "2025-11-01"',
    );
  }
  if (Array.isArray(value)) {
    if (value.length > LIMITS.list) {
      throw limitError(
        path(),
        "limit.list",
        `A list of ${value.length} items is over the limit of ${LIMITS.list}`,
        `Daftar ${value.length} butir melebihi batas ${LIMITS.list}`,
      );
    }
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      keys.push(i);
      out[i] = toJson(value[i], keys);
      keys.pop();
    }
    return out;
  }
  if (typeof value === "object") {
    const out = {};
    for (const k in value) {
      if (!Object.hasOwn(value, k)) continue;
      // A UTF-16 unit is at most 3 UTF-8 bytes: only a longish key needs encoding to count.
      if (k.length > LIMITS.key || (k.length * 3 > LIMITS.key && new TextEncoder().encode(k).length > LIMITS.key)) {
        // The path is the object's: the key itself is copied nowhere.
        throw limitError(
          path(),
          "limit.key",
          `An object key of ${k.length} characters or more is over the limit of ${LIMITS.key} bytes`,
          `Kunci objek ${k.length} karakter atau lebih melebihi batas ${LIMITS.key} bita`,
        );
      }
      const v = value[k];
      if (v === undefined) continue;
      keys.push(k);
      out[k] = toJson(v, keys);
      keys.pop();
    }
    return out;
  }
  throw argumentError(path(), `a ${typeof value} cannot be used here`, `${typeof value} tidak dapat dipakai di sini`);
}

const camel = (name) => name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

/**
 * Builds the API over a wasm-bindgen module (`callJson`, `isValidJoined`, ...). `load()`
 * returns a ready instance; it is called again for a fresh one if an instance ever aborts, so
 * one failure does not poison every later call.
 */
export function makeApi(load) {
  const inst = instance(load);
  const module = inst.module;
  if (typeof module.limits === "function") Object.assign(LIMITS, JSON.parse(module.limits()));

  function call(name, args) {
    const text = JSON.stringify(toJson(args));
    const answer = JSON.parse(inst.run((m) => m.callJson(name, text)));
    if ("error" in answer) throw raise(answer.error);
    return answer.ok;
  }

  const list = JSON.parse(module.functions());
  const byName = Object.fromEntries(list.map((f) => [f.name, f]));

  /** A function taking the core's arguments positionally: required, then optional. */
  function positional(name) {
    const f = byName[name];
    const names = [...f.args, ...f.optional];
    return (...values) => {
      const args = {};
      names.forEach((n, i) => {
        if (values[i] !== undefined && values[i] !== null) args[n] = values[i];
      });
      return call(name, args);
    };
  }

  const api = {
    UmkmError,
    InvalidIdentifier,
    ValidationError,
    ArgumentError,
    version: module.version(),
    /** The core's function list: name, args, optional, returns. */
    functions: () => list,
    /** Calls a core function by its Rust name with named arguments. */
    call,
    /** The input types `normalize` reads. */
    inputTypes: () => JSON.parse(module.inputTypes()),
    /** Masks every run of 8 or more digits (a NIK, an NPWP, a telephone number) with `*`. */
    maskDigits,
  };

  for (const f of list) {
    const [group, fn] = f.name.includes(".") ? f.name.split(".") : [null, f.name];
    if (group === null) {
      api[camel(fn)] = positional(f.name);
    } else {
      api[group] ??= {};
      api[group][camel(fn)] = positional(f.name);
    }
  }
  // The identifier functions straight to the module's own (no JSON between), as umkm/id has them.
  for (const id of KINDS) Object.assign(api[id], identifierFunctions(inst, id));
  // Rendering lives with the reports: readiness.svg/html and ranking.html.
  api.readinessSvg = api.readiness.svg;
  api.readinessHtml = api.readiness.html;
  api.readinessStylesheet = api.readiness.stylesheet;
  api.rankingHtml = api.ranking.html;
  delete api.readiness;
  delete api.ranking;
  return api;
}
