// Writes bindings-wasm/js/index.d.ts, the package's TypeScript types, from the core's own
// description of itself (the JSON Schema bundle and the function list of the built package):
// an interface for every record, argument and result type, a string union for every
// enumeration, a typed signature for every function. Money is a decimal string, dates are ISO
// strings. `node bindings-wasm/tools/dts.mjs` after changing the core's types; the test suite
// regenerates it and fails when the committed file differs.

import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const TARGET = fileURLToPath(new URL("../js/index.d.ts", import.meta.url));
const ID_TARGET = fileURLToPath(new URL("../js/id.d.ts", import.meta.url));

/** TypeScript type of each argument name; `records` and the like depend on the function. */
const ARG_TYPES = {
  number: "string",
  key: "string",
  as_of: "IsoDate",
  start: "IsoDate",
  date: "IsoDate",
  lang: "Lang",
  product: "string",
  destination: "Destination",
  province: "string",
  text: "string",
  texts: "string[]",
  name: "string",
  mix: "SizeMix",
  rows: "RegionValidity[]",
  names: "string[]",
  within: "string",
  level: "Level",
  record: "Enterprise | EnterpriseInput",
  money: "Money",
  to: "string",
  from: "string",
  rates: "ExchangeRate[]",
  rule_set: "RuleSet",
  order: "Order",
  days_off: "IsoDate[]",
  report: "ReadinessReport",
  ranking: "Ranking",
  prev: "DecimalInput",
  curr: "DecimalInput",
  first: "DecimalInput",
  last: "DecimalInput",
  years: "DecimalInput",
  achieved: "DecimalInput",
  values: "YearValue[]",
  records: "ExportRecord[]",
  register: "Registration[]",
  snapshots: "ActivitySnapshot[]",
  before: "Snapshot",
  after: "Snapshot",
  target: "Target",
  capacity: "QuantityRange",
  price: "MoneyRange",
  working_days: "number",
  year: "number",
  registered: "number",
  active: "number",
  type: "InputType",
  value: "object",
};

/** A KBLI edition as the core reads it (`version`). */
const KBLI_EDITION = 'KbliVersion | 2020 | 2025 | "2020" | "2025"';

const PER_FUNCTION = {
  classify_size: { input: "SizeInput" },
  classify_industry: { input: "IndustryInput" },
  rank_export_growth: { options: "RankingOptions" },
  export_series: { options: "SeriesOptions" },
  "dates.parse": { options: "DateOptions" },
  "readiness.html": { options: "HtmlOptions" },
  "dates.parse_many": { options: "DateOptions" },
  assess: { rule_set: "RuleSet | RuleSetId" },
  assess_summary: { rule_set: "RuleSet | RuleSetId" },
  "kbli.lookup": { version: KBLI_EDITION },
  "kbli.section": { version: KBLI_EDITION },
  "kbli.division": { version: KBLI_EDITION },
};

/** The embedded rule sets, the default first (core: `readiness::ruleset::BUILTIN_IDS`; the
 * suite checks that each is accepted). */
export const RULE_SET_IDS = ["umkm-default-2026", "umkm-default-2025"];

const camel = (name) => name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const refName = (schema) => (typeof schema.$ref === "string" ? schema.$ref.split("/").pop() : null);

function tsType(schema, defs) {
  if (!schema || typeof schema !== "object") return "unknown";
  const name = refName(schema);
  if (name) return name;
  if ("const" in schema) return JSON.stringify(schema.const);
  for (const key of ["anyOf", "oneOf"]) {
    if (schema[key]) return schema[key].map((s) => tsType(s, defs)).join(" | ");
  }
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types
    .map((t) => {
      switch (t) {
        case "string":
          return schema.format === "date" ? "IsoDate" : "string";
        case "integer":
        case "number":
          return "number";
        case "boolean":
          return "boolean";
        case "null":
          return "null";
        case "array": {
          const items = schema.items;
          return items ? `${wrap(tsType(items, defs))}[]` : "unknown[]";
        }
        case "object": {
          if (schema.properties) return objectType(schema, defs, "");
          const extra = schema.additionalProperties;
          return extra && typeof extra === "object" ? `Record<string, ${tsType(extra, defs)}>` : "Record<string, unknown>";
        }
        default:
          return "unknown";
      }
    })
    .join(" | ");
}

const wrap = (t) => (t.includes(" | ") ? `(${t})` : t);

function doc(text, indent) {
  if (!text) return "";
  const lines = text.trim().split("\n");
  return `${indent}/** ${lines.join(`\n${indent} * `)} */\n`;
}

function objectType(schema, defs, indent) {
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties).map(([k, p]) => {
    const opt = required.has(k) ? "" : "?";
    return `${doc(p.description, indent + "  ")}${indent}  ${k}${opt}: ${tsType(p, defs)};`;
  });
  return `{\n${fields.join("\n")}\n${indent}}`;
}

function definition(name, schema, defs) {
  const head = doc(schema.description, "");
  if (name === "DecimalString") return `${head}export type DecimalString = string;`;
  if (schema.properties) return `${head}export interface ${name} ${objectType(schema, defs, "")}`;
  const alts = schema.oneOf ?? schema.anyOf;
  if (alts && alts.some((a) => a.properties)) {
    const parts = alts.map((a) => (a.properties ? objectType(a, defs, "  ") : tsType(a, defs)));
    return `${head}export type ${name} =\n  | ${parts.join("\n  | ")};`;
  }
  return `${head}export type ${name} = ${tsType(schema, defs)};`;
}

function resultType(returns) {
  if (returns.endsWith("[]")) return `${wrap(resultType(returns.slice(0, -2)))}[]`;
  if (returns.endsWith("?")) return `${resultType(returns.slice(0, -1))} | null`;
  return { string: "string", boolean: "boolean", integer: "number", date: "IsoDate", any: "unknown" }[returns] ?? returns;
}

function signature(f) {
  const params = [...f.args, ...f.optional].map((a) => {
    const t = PER_FUNCTION[f.name]?.[a] ?? ARG_TYPES[a] ?? "unknown";
    return f.optional.includes(a) ? `${camel(a)}?: ${t} | null` : `${camel(a)}: ${t}`;
  });
  return `(${params.join(", ")}): ${resultType(f.returns)}`;
}

/** The functions every identifier has, in `umkm` and in `umkm/id` alike. */
const IDENTIFIER_FUNCTIONS = [
  "  compact(number: string | bigint): string;",
  "  validate(number: string | bigint): string;",
  "  isValid(number: unknown): boolean;",
  "  format(number: string | bigint): string;",
  "  check(number: string | bigint): PartialCheck;",
  "  formatMany(numbers: Iterable<unknown>): (string | null)[];",
  "  isValidMany(numbers: Iterable<unknown>): boolean[];",
  "  validateMany(numbers: Iterable<unknown>): IdentifierCheck[];",
];
/** kbli's validate and isValid, which read an edition (the latest when left out). */
const KBLI_IN_EDITION = {
  "validate(number: string | bigint): string;": `  validate(number: string | bigint, version?: ${KBLI_EDITION} | null): string;`,
  "isValid(number: unknown): boolean;": `  isValid(number: unknown, version?: ${KBLI_EDITION} | null): boolean;`,
};
/** The lines of an identifier's functions: kbli's validate and isValid read an edition. */
const identifierFunctions = (id) =>
  IDENTIFIER_FUNCTIONS.map((line) => (id === "kbli" ? KBLI_IN_EDITION[line.trim()] ?? line : line));
const PER_IDENTIFIER = ["compact", "validate", "is_valid", "format", "check", "format_many"];
const IDENTIFIERS = ["npwp", "nitku", "nik", "nib", "kbli", "hs", "wilayah", "pirt", "bpom", "halal"];

/** The types of `umkm/id`: the identifier functions, the shared types from index.d.ts. */
export function generateId() {
  const out = [
    "// The types of umkm/id (the identifiers only): generated by bindings-wasm/tools/dts.mjs.",
    "// Do not edit.",
    "import type { PartialCheck, IdentifierCheck, KbliVersion } from \"./index.js\";",
    "export type { PartialCheck, IdentifierCheck, InputState, ErrorCode, ErrorKind } from \"./index.js\";",
    "export { UmkmError, InvalidIdentifier, ValidationError, ArgumentError, maskDigits } from \"./index.js\";",
    "",
    "/** The functions each identifier has. */",
    "export interface IdentifierFunctions {",
    ...IDENTIFIER_FUNCTIONS,
    "}",
    "",
    "/** kbli's functions: validate and isValid read an edition (the latest when left out). */",
    "export interface KbliFunctions extends IdentifierFunctions {",
    ...Object.values(KBLI_IN_EDITION),
    "}",
    "",
    "export const version: string;",
    ...IDENTIFIERS.map((id) => `export const ${id}: ${id === "kbli" ? "KbliFunctions" : "IdentifierFunctions"};`),
    "",
    "/** Everything above, as one object (the default export, and what `init` answers). */",
    "export interface IdApi {",
    "  UmkmError: typeof import(\"./index.js\").UmkmError;",
    "  InvalidIdentifier: typeof import(\"./index.js\").InvalidIdentifier;",
    "  ValidationError: typeof import(\"./index.js\").ValidationError;",
    "  ArgumentError: typeof import(\"./index.js\").ArgumentError;",
    "  maskDigits(text: string): string;",
    "  version: string;",
    ...IDENTIFIERS.map((id) => `  ${id}: ${id === "kbli" ? "KbliFunctions" : "IdentifierFunctions"};`),
    "}",
    "declare const api: IdApi;",
    "export default api;",
  ];
  return out.join("\n") + "\n";
}

export function generate(api, bundle) {
  const defs = bundle.$defs;
  const list = api.functions();
  const out = [
    "// The types of the npm package umkm: generated by bindings-wasm/tools/dts.mjs from the",
    "// core's JSON Schema bundle and function list. Do not edit.",
    "",
    "/** An ISO calendar date, \"2025-11-01\". */",
    "export type IsoDate = string;",
    "/** A language of messages: Indonesian (the default) or English. */",
    "export type Lang = \"id\" | \"en\";",
    "/** A decimal given as a string (\"1250000.50\"), a safe integer or a BigInt; a number with a fraction is refused. */",
    "export type DecimalInput = DecimalString | number | bigint;",
    "/** A record as written by hand: every field but `name` may be left out. */",
    "export type EnterpriseInput = Partial<Enterprise> & { name: string };",
    "/** The id of an embedded rule set: the default, or the one it replaced (reports made with it stay reproducible). */",
    `export type RuleSetId = ${RULE_SET_IDS.map((t) => JSON.stringify(t)).join(" | ")};`,
    "/** The input types `normalize` reads. */",
    `export type InputType = ${api.inputTypes().map((t) => JSON.stringify(t)).join(" | ")};`,
    "",
  ];
  for (const name of Object.keys(defs).sort()) {
    out.push(definition(name, defs[name], defs), "");
  }
  out.push(
    "/** An error of umkm: stable `code`, messages in Indonesian and English, `path` and `issues`. */",
    "export class UmkmError extends Error {",
    "  code: ErrorCode;",
    "  kind: ErrorKind;",
    "  messageId: string;",
    "  messageEn: string;",
    "  path: string;",
    "  issues: Issue[];",
    "  messageIn(lang?: Lang): string;",
    "}",
    "/** An identifier broke a rule (`npwp.checksum`). */",
    "export class InvalidIdentifier extends UmkmError {}",
    "/** Input with several problems, each in `issues`. */",
    "export class ValidationError extends UmkmError {}",
    "/** An argument is missing or of the wrong type; `path` points at it. */",
    "export class ArgumentError extends UmkmError {}",
    "",
    "/** One answer of `validateMany`. */",
    "export interface IdentifierCheck {",
    "  valid: boolean;",
    "  value: string | null;",
    "  code: ErrorCode | null;",
    "  messageId: string | null;",
    "  messageEn: string | null;",
    "  /** `<kind>.leading_zeros` where a whole number had its lost leading zeros put back. */",
    "  warning: string | null;",
    "}",
    "",
    "/** `text` with every run of 8 or more digits masked with `*` (a NIK or NPWP never reaches a log). */",
    "export function maskDigits(text: string): string;",
    "",
    "export const version: string;",
    "export function functions(): FunctionInfo[];",
    "export function call(name: string, args: Record<string, unknown>): unknown;",
    "export function inputTypes(): InputType[];",
    "",
  );
  const groups = {};
  for (const f of list) {
    if (f.name.includes(".")) {
      const [group, fn] = f.name.split(".");
      (groups[group] ??= []).push([fn, f]);
    } else {
      out.push(`export function ${camel(f.name)}${signature(f)};`);
    }
  }
  for (const [group, fns] of Object.entries(groups)) {
    if (group === "readiness" || group === "ranking") {
      for (const [fn, f] of fns) out.push(`export function ${camel(group + "_" + fn)}${signature(f)};`);
      continue;
    }
    out.push(`export const ${group}: {`);
    if (IDENTIFIERS.includes(group)) {
      out.push(...identifierFunctions(group));
      for (const [fn, f] of fns) if (!PER_IDENTIFIER.includes(fn)) out.push(`  ${camel(fn)}${signature(f)};`);
    } else {
      for (const [fn, f] of fns) out.push(`  ${camel(fn)}${signature(f)};`);
    }
    out.push("};");
  }
  return out.join("\n") + "\n";
}

async function main() {
  const api = await import("../pkg/node.js");
  const { schema } = await import("../pkg/schema.js");
  writeFileSync(TARGET, generate(api, schema()));
  writeFileSync(ID_TARGET, generateId());
  console.log("wrote", TARGET, "and", ID_TARGET);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}
