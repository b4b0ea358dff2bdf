// The errors of umkm and the checks every entry makes before a value reaches the module,
// shared by the full API (api.js) and the identifiers-only one (id-api.js), so an error of
// either is an instance of the same classes.

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

export function raise(error) {
  const Cls = CLASSES[error.kind] ?? UmkmError;
  return new Cls(error);
}

export function argumentError(path, en, id) {
  return new ArgumentError({
    kind: "argument",
    code: "argument.invalid",
    message_en: `Invalid argument at ${path || "/"}: ${en}`,
    message_id: `Argumen tidak sah di ${path || "/"}: ${id}`,
    path,
    issues: [],
  });
}

// The limits of umkm::limits (read from the module in makeApi) checked before an argument is
// copied, so a 100 MB key or a ten-million-item list is refused without being converted.
export const LIMITS = { string: 1024 * 1024, key: 256, list: 10_000_000, digit_run: 8 };

/**
 * `text` with the digits of every run of at least 8 digits (single spaces, dots, dashes or
 * slashes between them allowed) replaced by `*`, as umkm::text::privacy::mask_digits does: a NIK or
 * NPWP typed anywhere is never copied into a message or a path (UU 27/2022).
 */
export function maskDigits(text) {
  const run = new RegExp(`\\d(?:[ .\\-/]?\\d){${LIMITS.digit_run - 1},}`, "g");
  return String(text).replace(run, (m) => m.replace(/\d/g, "*"));
}

/** A piece of input as a message may show it: digit runs masked, cut after 64 characters. */
export function shown(text) {
  const chars = Array.from(String(text));
  const cut = chars.length > 64 ? chars.slice(0, 64).join("") + "…" : String(text);
  return maskDigits(cut);
}

export function limitError(path, code, en, id) {
  return new ArgumentError({ kind: "argument", code, message_en: en, message_id: id, path, issues: [] });
}


/** A text as the core may read it, or the error: over the string limit, or a lone surrogate.
 * `path` gives the argument's JSON pointer (called only for an error). */
export function checkedText(value, path) {
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

/** An error of the module itself (an abort, never expected: the core does not panic). */
export function internalError(e) {
  return new UmkmError({
    kind: "internal",
    code: "internal.panic",
    message_en: `Internal error in the umkm library: ${e.message}`,
    message_id: `Kesalahan internal pustaka umkm: ${e.message}`,
    path: "",
    issues: [],
  });
}
