// The umkm API over the WebAssembly module: camelCase names, plain JSON-shaped objects in and
// out (money as decimal strings, dates as ISO strings), errors thrown as UmkmError objects
// with a stable code. Every answer comes from the Rust core (umkm::api), as in Rust and Python.
//
// This file is shared by the browser entry (browser.js) and the Node entry (node.js); each
// hands it the functions of its wasm-bindgen build.

/** The root of every error of umkm: `code`, `kind`, `messageId`, `messageEn`, `path`, `issues`. */
export class UmkmError extends Error {
  constructor(error) {
    super(`${error.message_en} [${error.code}]`);
    this.name = "UmkmError";
    this.code = error.code;
    this.kind = error.kind;
    this.messageId = error.message_id;
    this.messageEn = error.message_en;
    this.path = error.path ?? "";
    this.issues = error.issues ?? [];
  }

  /** The message in "id" (Indonesian, the default) or "en". */
  messageIn(lang = "id") {
    return lang === "en" ? this.messageEn : this.messageId;
  }
}

/** An identifier broke a rule; `code` names it (`npwp.checksum`). */
export class InvalidIdentifier extends UmkmError {
  constructor(error) {
    super(error);
    this.name = "InvalidIdentifier";
  }
}

/** Input with several problems; `issues` lists each (path, code, severity, messages). */
export class ValidationError extends UmkmError {
  constructor(error) {
    super(error);
    this.name = "ValidationError";
  }
}

/** An argument is missing or of the wrong type; `path` points at it. */
export class ArgumentError extends UmkmError {
  constructor(error) {
    super(error);
    this.name = "ArgumentError";
  }
}

const CLASSES = { identifier: InvalidIdentifier, invalid: ValidationError, argument: ArgumentError };

function raise(error) {
  const Cls = CLASSES[error.kind] ?? UmkmError;
  return new Cls(error);
}

function argumentError(path, en, id) {
  return new ArgumentError({
    kind: "argument",
    code: "argument.invalid",
    message_en: `Invalid argument at ${path || "/"}: ${en}`,
    message_id: `Argumen tidak sah di ${path || "/"}: ${id}`,
    path,
    issues: [],
  });
}

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
  const path = () => keys.map((k) => `/${String(k).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
  if (keys.length > MAX_DEPTH) throw argumentError(path(), "nested too deeply", "bersarang terlalu dalam");
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw argumentError(path(), `${value} cannot be used here`, `${value} tidak dapat dipakai di sini`);
    }
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      throw argumentError(
        path(),
        `${value} is beyond 2^53 and has lost digits: pass it as a string or a BigInt`,
        `${value} melebihi 2^53 dan kehilangan digit: kirim sebagai teks atau BigInt`,
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
 * one failure does not poison every later call. `schemaText` is the JSON Schema bundle
 * (the package's schema.js), which `schema()` parses afresh on each call.
 */
export function makeApi(load, schemaText) {
  let module = load();

  function call(name, args) {
    const text = JSON.stringify(toJson(args));
    let answer;
    try {
      answer = JSON.parse(module.callJson(name, text));
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) {
        // An abort inside the module (never expected: the core does not panic on input).
        // The instance may be inconsistent: the next call gets a fresh one.
        module = load();
        throw new UmkmError({
          kind: "domain",
          code: "internal.panic",
          message_en: `Internal error in the umkm library: ${e.message}`,
          message_id: `Kesalahan internal pustaka umkm: ${e.message}`,
          path: "",
          issues: [],
        });
      }
      throw e;
    }
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

  function values(numbers) {
    if (typeof numbers === "string") {
      throw argumentError("", "pass an array of numbers, not one string", "kirim larik nomor, bukan satu teks");
    }
    return Array.isArray(numbers) ? numbers : Array.from(numbers);
  }

  function joinable(items) {
    for (const x of items) if (typeof x !== "string") return false;
    return items.length > 0;
  }

  function isValidMany(identifier, numbers) {
    const items = values(numbers);
    if (joinable(items)) {
      const answer = module.isValidJoined(identifier, items.join("\n"), items.length);
      if (answer !== undefined) return Array.from(answer, (b) => b === 1);
    }
    return items.map((x) => typeof x === "string" && call(`${identifier}.is_valid`, { number: x }));
  }

  function validateMany(identifier, numbers) {
    const items = values(numbers);
    let rows;
    if (joinable(items)) {
      const answer = module.validateJoined(identifier, items.join("\n"), items.length);
      if (answer !== undefined) rows = JSON.parse(answer);
    }
    if (rows === undefined) {
      rows = items.map((x) => {
        try {
          return [call(`${identifier}.validate`, { number: typeof x === "string" ? x : "" }), null, null, null];
        } catch (e) {
          if (!(e instanceof InvalidIdentifier)) throw e;
          return [null, e.code, e.messageId, e.messageEn];
        }
      });
    }
    return rows.map(([value, code, messageId, messageEn]) => ({ valid: code === null, value, code, messageId, messageEn }));
  }

  const api = {
    UmkmError,
    InvalidIdentifier,
    ValidationError,
    ArgumentError,
    version: module.version(),
    /** The core's function list: name, args, optional, returns. */
    functions: () => list,
    /** The JSON Schema bundle of every input and result type. */
    schema: () => JSON.parse(schemaText),
    /** Calls a core function by its Rust name with named arguments. */
    call,
    /** The input types `normalize` reads. */
    inputTypes: () => JSON.parse(module.inputTypes()),
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
  for (const id of ["npwp", "nitku", "nik", "nib", "kbli", "hs", "wilayah", "pirt", "bpom", "halal"]) {
    api[id].isValidMany = (numbers) => isValidMany(id, numbers);
    api[id].validateMany = (numbers) => validateMany(id, numbers);
  }
  // Rendering lives with the reports: readiness.svg/html and ranking.html.
  api.readinessSvg = api.readiness.svg;
  api.readinessHtml = api.readiness.html;
  api.rankingHtml = api.ranking.html;
  delete api.readiness;
  delete api.ranking;
  return api;
}
