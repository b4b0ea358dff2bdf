// The functions every identifier has (compact, validate, isValid, format, check and the column
// forms), over either WebAssembly module: the full one and the identifiers-only one of
// `umkm/id` export the same identifier functions (the Rust crate umkm-id-wasm, which the full
// crate re-exports), so `umkm` and `umkm/id` answer alike by construction.

import {
  InvalidIdentifier, ArgumentError, LIMITS, argumentError, limitError, checkedText, internalError, shown,
} from "./errors.js";

/** The identifiers, by their module name. */
export const KINDS = ["npwp", "nitku", "nik", "nib", "kbli", "hs", "wilayah", "pirt", "bpom", "halal"];

// Fields of an answer are separated by U+0000, rows by U+001E (see umkm-id-wasm); only the
// last field may hold either (the text as typed).
const SEP = "\u0000";
const ROW = "\u001e";

/** The first `count - 1` fields of an answer and the rest of it as the last. */
function fields(answer, count) {
  const out = [];
  let rest = answer;
  while (out.length < count - 1) {
    const at = rest.indexOf(SEP);
    if (at < 0) break;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  out.push(rest);
  return out;
}

/**
 * A loaded module that is replaced by a fresh instance if it ever aborts, so one failure does
 * not poison later calls. `load()` answers a ready module (its first call the first instance).
 */
export function instance(load) {
  let module = load();
  return {
    get module() {
      return module;
    },
    /** `f(module)`, an abort reported as `internal.panic` and the instance replaced. */
    run(f) {
      try {
        return f(module);
      } catch (e) {
        if (e instanceof WebAssembly.RuntimeError) {
          module = load();
          throw internalError(e);
        }
        throw e;
      }
    },
  };
}

const TYPE_NAMES = {
  number: ["a number", "angka"],
  boolean: ["a boolean", "boolean"],
  object: ["an object", "objek"],
  function: ["a function", "fungsi"],
  symbol: ["a symbol", "simbol"],
};

/** The KBLI editions embedded, by the names the core reads (`KbliVersion`). */
const KBLI_EDITIONS = ["2020", "kbli2020", "2025", "kbli2025"];

/** The year of the KBLI edition `version` names (null when left out: the latest), read as the
 * core reads it: a whole number or a text (within the string limit, no lone surrogate), `2020`,
 * `"2025"`, `"kbli2020"`; a wrong one shown in the error as the core shows input (`shown`). */
function kbliEdition(version) {
  if (version === undefined || version === null) return null;
  const text = typeof version === "string" ? checkedText(version, () => "/version")
    : Number.isInteger(version) ? String(version) : null;
  if (text !== null && KBLI_EDITIONS.includes(text)) return Number(text.replace("kbli", ""));
  const listed = KBLI_EDITIONS.map((e) => `\`${e}\``).join(", ");
  if (text === null) {
    throw argumentError("/version", `expected a KBLI edition: one of ${listed}`,
      `seharusnya edisi KBLI: salah satu dari ${listed}`);
  }
  throw argumentError("/version", `unknown variant \`${shown(text)}\`, expected one of ${listed}`,
    `nilai \`${shown(text)}\` tidak dikenal; seharusnya salah satu dari ${listed}`);
}

/** The text the core reads for a `number` argument (a string, or a BigInt as its digits). */
function numberText(number, path = "/number") {
  if (typeof number === "string") return checkedText(number, () => path);
  if (typeof number === "bigint") return number.toString();
  if (number === null || number === undefined) {
    throw new ArgumentError({
      kind: "argument",
      code: "argument.missing",
      message_en: `Invalid argument at ${path}: missing`,
      message_id: `Argumen tidak sah di ${path}: wajib diisi`,
      path,
      issues: [],
    });
  }
  const [en, id] = TYPE_NAMES[Array.isArray(number) ? "object" : typeof number] ?? TYPE_NAMES.object;
  throw argumentError(path, `expected a string, not ${en}`, `seharusnya teks, bukan ${id}`);
}

/** The items of a column: an array or any iterable, not one string. */
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

/** An identifier's refusal (`code<SEP>message_id<SEP>message_en`) as an error. */
function refusal(fields) {
  const [code, messageId, messageEn] = fields;
  return new InvalidIdentifier({
    kind: "identifier",
    code,
    message_id: messageId,
    message_en: messageEn,
    path: "",
    issues: [],
  });
}

/**
 * The functions of identifier `kind` over `inst` (from `instance`): what the core's
 * `umkm::id::<kind>` module does, with JavaScript's values read as the other functions of the
 * package read them.
 */
export function identifierFunctions(inst, kind) {
  const run = (f) => inst.run(f);

  /**
   * The text of one item of a column and whether leading zeros were put back: a string as it
   * is (a lone surrogate made U+FFFD, which every identifier refuses as a character); a whole
   * number (a safe integer or a BigInt, as a spreadsheet column read as numbers gives) as its
   * digits with the leading zeros it lost put back; anything else as "" (not valid).
   */
  function itemText(x) {
    if (typeof x === "string") return [x.isWellFormed() ? x : x.toWellFormed(), false];
    let digits = null;
    if (typeof x === "bigint" && x >= 0n) digits = x.toString();
    if (typeof x === "number" && Number.isSafeInteger(x) && x >= 0) digits = String(x);
    if (digits === null) return ["", false];
    const text = run((m) => m.fromInteger(kind, digits)) ?? "";
    return [text, text.length !== digits.length];
  }

  function texts(numbers) {
    const items = values(numbers);
    if (items.length > LIMITS.list) {
      throw limitError("", "limit.list", `A list of ${items.length} items is over the limit of ${LIMITS.list}`,
        `Daftar ${items.length} butir melebihi batas ${LIMITS.list}`);
    }
    return items.map(itemText);
  }

  /** `f` of every text joined by newlines, or of each text alone where one holds a newline. */
  function joined(items, together, alone) {
    if (items.length === 0) return [];
    const answer = run((m) => together(m, items.join("\n"), items.length));
    return answer === undefined ? items.map(alone) : answer;
  }

  function validated(answer) {
    const parts = fields(answer, 3);
    return parts[0] === "ok" ? [fields(answer, 2)[1], null] : [null, parts];
  }

  // kbli's validate and isValid read an edition (`version`: 2020, "kbli2025"; the latest when
  // left out), as the core's facade does.
  const edition = kind === "kbli" ? kbliEdition : () => null;

  const validate = (number, version) => {
    const text = numberText(number);
    const year = edition(version);
    const [value, refused] = validated(run((m) => (year === null ? m.validate(kind, text) : m.kbliValidateIn(text, year))));
    if (refused) throw refusal(refused);
    return value;
  };

  /** `isValid` of any value: false for what is not a valid string; never throws for it (an
   * edition that is not embedded is an ArgumentError). */
  const isValid = (number, version) => {
    const year = edition(version);
    if (typeof number !== "string" || number.length > LIMITS.string) return false;
    const text = number.isWellFormed() ? number : number.toWellFormed();
    return run((m) => (year === null ? m.isValid(kind, text) : m.kbliIsValidIn(text, year)));
  };

  return {
    compact: (number) => run((m) => m.compact(kind, numberText(number))),
    validate,
    isValid,
    format: (number) => run((m) => m.format(kind, numberText(number))),
    check: (number) => {
      const [state, code, formatted] = fields(run((m) => m.check(kind, numberText(number))), 3);
      return { state, code: code === "" ? null : code, formatted };
    },
    isValidMany(numbers) {
      const items = texts(numbers).map(([t]) => t);
      const answer = joined(items, (m, text, n) => m.isValidJoined(kind, text, n), (x) => (isValid(x) ? 1 : 0));
      return Array.from(answer, (b) => b === 1);
    },
    /** `format` of every item read as `isValidMany` reads it; a missing item (null, undefined) stays null. */
    formatMany(numbers) {
      const items = values(numbers);
      const read = texts(items).map(([t], i) => checkedText(t, () => `/numbers/${i}`));
      const answer = joined(read, (m, text, n) => m.formatJoined(kind, text, n)?.split(ROW),
        (x) => run((m) => m.format(kind, x)));
      return answer.map((w, i) => (items[i] === null || items[i] === undefined ? null : w));
    },
    validateMany(numbers) {
      const read = texts(numbers);
      const items = read.map(([t]) => t);
      const rows = joined(items, (m, text, n) => m.validateJoined(kind, text, n)?.split(ROW),
        (x) => run((m) => m.validate(kind, x)));
      return rows.map((answer, i) => {
        const [value, refused] = validated(answer);
        const [code, messageId, messageEn] = refused ?? [null, null, null];
        return {
          valid: refused === null,
          value,
          code,
          messageId,
          messageEn,
          warning: read[i][1] ? `${kind}.leading_zeros` : null,
        };
      });
    },
  };
}
