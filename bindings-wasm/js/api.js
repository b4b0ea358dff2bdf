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

// The limits of umkm::limits (read from the module in makeApi) checked before an argument is
// copied, so a 100 MB key or a ten-million-item list is refused without being converted.
const LIMITS = { string: 1024 * 1024, key: 256, list: 10_000_000, digit_run: 8 };

/**
 * `text` with the digits of every run of at least 8 digits (single spaces, dots, dashes or
 * slashes between them allowed) replaced by `*`, as umkm::privacy::mask_digits does: a NIK or
 * NPWP typed anywhere is never copied into a message or a path (UU 27/2022).
 */
export function maskDigits(text) {
  const run = new RegExp(`\\d(?:[ .\\-/]?\\d){${LIMITS.digit_run - 1},}`, "g");
  return String(text).replace(run, (m) => m.replace(/\d/g, "*"));
}

/** A piece of input as a message may show it: digit runs masked, cut after 64 characters. */
function shown(text) {
  const chars = Array.from(String(text));
  const cut = chars.length > 64 ? chars.slice(0, 64).join("") + "…" : String(text);
  return maskDigits(cut);
}

function limitError(path, code, en, id) {
  return new ArgumentError({ kind: "argument", code, message_en: en, message_id: id, path, issues: [] });
}

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
  if (typeof value === "string") {
    // Every UTF-16 unit is at least one UTF-8 byte: more units than the limit is over it,
    // refused before the text is copied (the core checks the bytes).
    if (value.length > LIMITS.string) {
      throw limitError(
        path(),
        "limit.string",
        `A text of ${value.length} characters or more is over the limit of ${LIMITS.string} bytes`,
        `Teks ${value.length} karakter atau lebih melebihi batas ${LIMITS.string} bita`,
      );
    }
    if (!value.isWellFormed()) {
      throw argumentError(
        path(),
        "the text holds a lone surrogate, which is not valid Unicode: clean it (String.prototype.toWellFormed)",
        "teks memuat surrogate tunggal yang bukan Unicode sah: bersihkan (String.prototype.toWellFormed)",
      );
    }
    return value;
  }
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
 * one failure does not poison every later call. `schemaText` is the JSON Schema bundle
 * (the package's schema.js), which `schema()` parses afresh on each call.
 */
export function makeApi(load, schemaText) {
  let module = load();
  if (typeof module.limits === "function") Object.assign(LIMITS, JSON.parse(module.limits()));

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
          kind: "internal",
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
    if (Array.isArray(numbers)) return numbers;
    if (numbers === null || numbers === undefined || typeof numbers[Symbol.iterator] !== "function") {
      throw argumentError("", "pass an array (or any iterable) of numbers", "kirim larik (atau iterable) nomor");
    }
    return Array.from(numbers);
  }

  /**
   * The text of one item of a column, and whether leading zeros were put back: a string as it
   * is (a lone surrogate made U+FFFD, which every identifier refuses as a character); a whole
   * number (a safe integer or a BigInt, as a spreadsheet column read as numbers gives) as its
   * digits with the leading zeros it lost put back; anything else as "" (not valid).
   */
  function itemText(identifier, x) {
    if (typeof x === "string") return [x.isWellFormed() ? x : x.toWellFormed(), false];
    let digits = null;
    if (typeof x === "bigint" && x >= 0n) digits = x.toString();
    if (typeof x === "number" && Number.isSafeInteger(x) && x >= 0) digits = String(x);
    if (digits === null) return ["", false];
    const text = module.fromInteger(identifier, digits) ?? "";
    return [text, text.length !== digits.length];
  }

  function texts(identifier, numbers) {
    const items = values(numbers);
    if (items.length > LIMITS.list) {
      throw limitError("", "limit.list", `A list of ${items.length} items is over the limit of ${LIMITS.list}`,
        `Daftar ${items.length} butir melebihi batas ${LIMITS.list}`);
    }
    return items.map((x) => itemText(identifier, x));
  }

  function isValidMany(identifier, numbers) {
    const items = texts(identifier, numbers).map(([t]) => t);
    if (items.length === 0) return [];
    const answer = module.isValidJoined(identifier, items.join("\n"), items.length);
    if (answer !== undefined) return Array.from(answer, (b) => b === 1);
    return items.map((x) => isValid(identifier, x));
  }

  /** `format` of every item read as `isValidMany` reads it; a missing item (null, undefined) stays null. */
  function formatMany(identifier, numbers) {
    const items = values(numbers);
    const read = texts(identifier, items).map(([t]) => t);
    const written = read.length === 0 ? [] : call(`${identifier}.format_many`, { numbers: read });
    return written.map((w, i) => (items[i] === null || items[i] === undefined ? null : w));
  }

  function validateMany(identifier, numbers) {
    const read = texts(identifier, numbers);
    const items = read.map(([t]) => t);
    let rows;
    if (items.length > 0) {
      const answer = module.validateJoined(identifier, items.join("\n"), items.length);
      if (answer !== undefined) rows = JSON.parse(answer);
    }
    if (rows === undefined) {
      rows = items.map((x) => {
        try {
          return [call(`${identifier}.validate`, { number: x }), null, null, null];
        } catch (e) {
          if (!(e instanceof InvalidIdentifier)) throw e;
          return [null, e.code, e.messageId, e.messageEn];
        }
      });
    }
    return rows.map(([value, code, messageId, messageEn], i) => ({
      valid: code === null,
      value,
      code,
      messageId,
      messageEn,
      warning: read[i][1] ? `${identifier}.leading_zeros` : null,
    }));
  }

  /** `is_valid` of any value: false for what is not a valid string; never throws. */
  function isValid(identifier, number) {
    if (typeof number !== "string") return false;
    try {
      return call(`${identifier}.is_valid`, { number: number.isWellFormed() ? number : number.toWellFormed() });
    } catch {
      return false;
    }
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
  for (const id of ["npwp", "nitku", "nik", "nib", "kbli", "hs", "wilayah", "pirt", "bpom", "halal"]) {
    api[id].isValid = (number) => isValid(id, number);
    api[id].isValidMany = (numbers) => isValidMany(id, numbers);
    api[id].validateMany = (numbers) => validateMany(id, numbers);
    api[id].formatMany = (numbers) => formatMany(id, numbers);
  }
  // Rendering lives with the reports: readiness.svg/html and ranking.html.
  api.readinessSvg = api.readiness.svg;
  api.readinessHtml = api.readiness.html;
  api.readinessStylesheet = api.readiness.stylesheet;
  api.rankingHtml = api.ranking.html;
  delete api.readiness;
  delete api.ranking;
  return api;
}
