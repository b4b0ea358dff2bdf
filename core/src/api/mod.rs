//! Every feature of the crate as one JSON call: a function name and named JSON arguments in,
//! the JSON result or one [`CallError`] out.
//!
//! This is the contract the Python and JavaScript bindings are built on and the conformance
//! vectors in `tests/vectors/` are written against: the bindings only turn their values into
//! JSON and back, so an answer is the same in every language by construction. Rust users
//! normally call the typed functions; this facade is for them too when the call comes from
//! data (a job queue, an HTTP body).
//!
//! Arguments follow the JSON shapes of the types (amounts as decimal strings, dates ISO).
//! A missing or malformed argument is an error of kind [`ErrorKind::Argument`] whose `path` is
//! a JSON pointer into the arguments (`/record/products/0/unit`); [`functions`] lists every
//! function with its arguments.
//!
//! ```
//! use umkm::api::{call, ErrorKind};
//! use serde_json::json;
//!
//! let r = call("classify_size", &json!({
//!     "input": {"business_capital": {"amount": "1000000000", "currency": "IDR"}},
//!     "as_of": "2025-11-01"
//! })).unwrap();
//! assert_eq!(r["class"], "micro");
//! let e = call("npwp.validate", &json!({"number": "01.312.166.1-091.000"})).unwrap_err();
//! assert_eq!((e.kind, e.code.as_str()), (ErrorKind::Identifier, "npwp.checksum"));
//! let e = call("classify_size", &json!({"input": {"annual_sales": {"amount": 0.5, "currency": "IDR"}}, "as_of": "2025-11-01"})).unwrap_err();
//! assert_eq!((e.kind, e.path.as_str()), (ErrorKind::Argument, "/input/annual_sales/amount"));
//! ```

// The error is returned by value on the cold path of a JSON boundary: boxing it would make
// every caller's match clumsier for no measurable gain.
#![allow(clippy::result_large_err)]

pub mod codes;
#[cfg(feature = "schema")]
pub mod schema;

use crate::analytics::exchange::{ExchangeError, RateTable};
use crate::analytics::{activity, growth, production, ranking, target, transition};
use crate::classify::{industry, size};
use crate::id::{bpom, hs, kbli, nik, nitku, npwp, pirt, wilayah, IdentifierError, IdentifierKind};
use crate::money::{Currency, Money};
use crate::readiness::{self, RuleSet};
use crate::record::enterprise::Enterprise;
use crate::record::issue::{Issue, Report};
use crate::reference::calendar::{self, WorkCalendar};
use crate::reference::region;
use crate::text::{Lang, Message};
use chrono::NaiveDate;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// What went wrong, for the bindings to pick an exception class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// An identifier failed its rules (`npwp.checksum`).
    Identifier,
    /// Input with several problems, each in `issues` (`ranking.invalid`, `ruleset.invalid`).
    Invalid,
    /// An argument is missing or not of its type; `path` points at it.
    Argument,
    /// A rule of the domain refused the input (`classify.missing`, `growth.negative`).
    Domain,
    /// No function of that name.
    Function,
    /// A fault of the library itself (`internal.panic`, `internal.serialize`), never of the
    /// input: report it.
    Internal,
}

/// The error of a [`call`]: kind, stable code, messages, where, and every issue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[error("{code}: {message_en}")]
pub struct CallError {
    /// Kind.
    pub kind: ErrorKind,
    /// Stable code.
    pub code: String,
    /// Message in Indonesian.
    pub message_id: String,
    /// Message in English.
    pub message_en: String,
    /// JSON pointer into the arguments for argument errors; `""` otherwise.
    pub path: String,
    /// Every problem, for errors of kind `invalid`.
    pub issues: Vec<Issue>,
}

impl CallError {
    fn new(kind: ErrorKind, code: &str, message: Message) -> Self {
        CallError {
            kind,
            code: code.to_string(),
            message_id: message.id.into(),
            message_en: message.en.into(),
            path: String::new(),
            issues: Vec::new(),
        }
    }

    fn invalid(code: &str, message: Message, issues: Vec<Issue>) -> Self {
        CallError {
            issues,
            ..CallError::new(ErrorKind::Invalid, code, message)
        }
    }

    /// An argument error at a JSON pointer, the detail in English (translated when the
    /// reader's usual words are recognised).
    pub fn argument(code: &str, path: String, detail: &str) -> Self {
        CallError {
            path: path.clone(),
            ..CallError::new(
                ErrorKind::Argument,
                code,
                Message::new(
                    format!("Argumen tidak sah di {path}: {}", indonesian(detail)),
                    format!("Invalid argument at {path}: {detail}"),
                ),
            )
        }
    }

    /// An error of the library itself (code `internal.panic`), for a binding that caught a
    /// panic the core is built never to have.
    pub fn internal(detail: &str) -> Self {
        CallError::new(
            ErrorKind::Internal,
            "internal.panic",
            Message::new(
                format!("Kesalahan internal pustaka umkm: {detail}"),
                format!("Internal error in the umkm library: {detail}"),
            ),
        )
    }

    /// An argument error from an issue found under the argument at `prefix`.
    fn from_issue(issue: Issue, prefix: &str) -> Self {
        CallError {
            kind: ErrorKind::Argument,
            code: issue.code.into(),
            message_id: issue.message_id.into(),
            message_en: issue.message_en.into(),
            path: format!("{prefix}{}", issue.path),
            issues: Vec::new(),
        }
    }

    /// The message in a language.
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.message_id,
            Lang::En => &self.message_en,
        }
    }
}

impl From<nik::PseudonymError> for CallError {
    fn from(e: nik::PseudonymError) -> Self {
        match e {
            nik::PseudonymError::Nik(e) => e.into(),
            key => CallError {
                path: "/key".into(),
                ..CallError::new(ErrorKind::Argument, &key.code(), key.message())
            },
        }
    }
}

impl From<IdentifierError> for CallError {
    fn from(e: IdentifierError) -> Self {
        CallError::new(ErrorKind::Identifier, &e.code(), e.message())
    }
}

/// Errors with a code and a message become [`ErrorKind::Domain`] errors.
macro_rules! domain_errors {
    ($($t:ty),* $(,)?) => {$(
        impl From<$t> for CallError {
            fn from(e: $t) -> Self {
                CallError::new(ErrorKind::Domain, e.code(), e.message())
            }
        }
    )*};
}
domain_errors!(
    crate::classify::ClassifyError,
    growth::GrowthError,
    production::ProductionError,
    target::TargetError,
    readiness::ReadinessError,
    readiness::OrderError,
    growth::SeriesError,
    calendar::CalendarError,
    crate::money::ParseError,
    crate::dates::DateParseError,
    region::FindError,
    crate::render::chart::ChartError,
);

/// Errors that may list problems: of kind [`ErrorKind::Invalid`] when they do, else
/// [`ErrorKind::Domain`].
macro_rules! listing_errors {
    ($($t:ty),* $(,)?) => {$(
        impl From<$t> for CallError {
            fn from(e: $t) -> Self {
                let issues = e.issues().to_vec();
                if issues.is_empty() {
                    CallError::new(ErrorKind::Domain, e.code(), e.message())
                } else {
                    CallError::invalid(e.code(), e.message(), issues)
                }
            }
        }
    )*};
}
listing_errors!(
    ExchangeError,
    ranking::RankingError,
    activity::ActivityError,
    transition::TransitionError,
);

impl From<readiness::RuleSetError> for CallError {
    fn from(e: readiness::RuleSetError) -> Self {
        let n = e.problems.len();
        CallError::invalid(
            "ruleset.invalid",
            Message::new(
                format!("Aturan kesiapan memuat {n} masalah."),
                format!("The rule set has {n} problem(s)."),
            ),
            e.problems,
        )
    }
}

/// The Indonesian for the reader's (serde's) usual complaints; anything else is kept as is.
fn indonesian(detail: &str) -> String {
    let quoted = |rest: &str| rest.split('`').nth(1).unwrap_or("").to_string();
    if let Some(rest) = detail.strip_prefix("missing field ") {
        format!("kolom `{}` wajib diisi", quoted(rest))
    } else if let Some(rest) = detail.strip_prefix("unknown field ") {
        let expected = rest.split_once("expected ").map(|x| x.1).unwrap_or("");
        format!(
            "kolom `{}` tidak dikenal; yang dikenal: {expected}",
            quoted(rest)
        )
    } else if let Some(rest) = detail.strip_prefix("unknown variant ") {
        let expected = rest.split_once("expected ").map(|x| x.1).unwrap_or("");
        format!(
            "nilai `{}` tidak dikenal; seharusnya {expected}",
            quoted(rest)
        )
    } else if let Some(rest) = detail.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        format!("jenis tidak sah ({found}); seharusnya {expected}")
    } else if detail.contains("is a JSON number with a fraction") {
        "angka berpecahan dapat kehilangan digit: kirim sebagai teks, misalnya \"40000.50\"".into()
    } else if detail.contains("premature end of input")
        || detail.contains("input contains invalid characters")
        || detail.contains("input is out of range")
        || detail.contains("trailing input")
    {
        format!("tanggal tidak sah (format TTTT-BB-HH): {detail}")
    } else if detail == "missing" {
        "wajib diisi".into()
    } else if let Some(rest) = detail.strip_prefix("float ") {
        let v = rest.split_whitespace().next().unwrap_or("");
        format!("float {v} kehilangan presisi Rupiah: gunakan decimal.Decimal, int, atau str seperti \"{v}\"")
    } else if detail.starts_with("a missing value (NaN)") {
        "nilai kosong (NaN) tidak dapat dipakai di sini: hapus kolomnya atau gunakan None".into()
    } else {
        detail.to_string()
    }
}

/// A result already written as JSON text: `call_json` embeds it as it is, `call` reads it
/// into a `Value` (cheaper than building the `Value` from the result directly).
struct Json(String);

type Outcome = Result<Json, CallError>;

fn output<T: Serialize>(value: T) -> Outcome {
    serde_json::to_string(&value).map(Json).map_err(|e| {
        CallError::new(
            ErrorKind::Internal,
            "internal.serialize",
            Message::new(
                format!("Hasil tidak dapat ditulis: {e}"),
                format!("The result cannot be written: {e}"),
            ),
        )
    })
}

/// Reads a value of type `T` at `path`, naming the place inside it that failed.
fn read<T: DeserializeOwned>(value: &Value, path: &str, code: &str) -> Result<T, CallError> {
    crate::json::reader::read(value).map_err(|e| unread(e, path, code))
}

/// The argument error for a value at `path` that could not be read.
fn unread(e: crate::json::reader::ReadError, path: &str, code: &str) -> CallError {
    CallError::argument(code, format!("{path}{}", e.path), &e.message)
}

/// The record in argument `name`; a malformed one is `record.json` at its path, one past the
/// record limits ([`crate::limits`]) the limit's code at its path.
fn read_record(value: &Value, name: &str) -> Result<Enterprise, CallError> {
    within_limits(read(value, &format!("/{name}"), "record.json")?, name)
}

/// The record read for argument `name`, unless it is past the record limits.
fn within_limits(record: Enterprise, name: &str) -> Result<Enterprise, CallError> {
    match crate::record::enterprise::record_issues(&record)
        .into_iter()
        .next()
    {
        Some(issue) => Err(CallError::from_issue(issue, &format!("/{name}"))),
        None => Ok(record),
    }
}

/// `validate` of many records on one date: each answered exactly as
/// [`call`]`("validate", {"record": record, "as_of": as_of})` answers it (the report, or the
/// error with its path under `/record`), in order, on all cores with the `parallel` feature
/// ([`crate::batch`]). The Python DataFrame helpers validate a frame through it.
///
/// ```
/// use umkm::api::validate_records;
/// use serde_json::json;
///
/// let answers = validate_records(&[json!({"name": "Keripik Bu Sri"}), json!({"name": 3})], &json!("2025-11-01"));
/// assert!(answers[0].as_ref().unwrap().valid);
/// assert_eq!(answers[1].as_ref().unwrap_err().path, "/record/name");
/// ```
pub fn validate_records(records: &[Value], as_of: &Value) -> Vec<Result<Report, CallError>> {
    let date = BatchDate::new(as_of);
    crate::batch::map(records, |record| date.validate(record))
}

/// [`validate_records`] of records given as the cells of a table: `rows[i]` holds row `i`'s
/// cells that have a value, as (index into `fields`, JSON), and the record of a row is the
/// object of those fields (read as it stands, without building the object).
///
/// ```
/// use umkm::api::validate_rows;
/// use serde_json::json;
///
/// let fields = ["name".to_string(), "workers".to_string()];
/// let rows = vec![vec![(0, json!("Keripik")), (1, json!(4))], vec![(1, json!(-1))]];
/// let answers = validate_rows(&fields, &rows, &json!("2025-11-01"));
/// assert!(answers[0].as_ref().unwrap().valid);
/// assert_eq!(answers[1].as_ref().unwrap_err().path, "/record/workers");
/// ```
pub fn validate_rows(
    fields: &[String],
    rows: &[Vec<(usize, Value)>],
    as_of: &Value,
) -> Vec<Result<Report, CallError>> {
    let date = BatchDate::new(as_of);
    crate::batch::map(rows, |cells| {
        date.validate_fields(&row_entries(fields, cells))
    })
}

/// `assess_summary` of the records given as the cells of a table (as for [`validate_rows`]),
/// each for its product and destination (`products[i]`, `destinations[i]`; a list of one
/// serves every row), all on one date with the default rule set: each row answered exactly as
/// [`call`]`("assess_summary", {"record": row, "product": …, "destination": …, "as_of": …})`
/// answers it, on all cores with the `parallel` feature. The Python `assess_frame` tabulates a
/// register through it.
///
/// ```
/// use umkm::api::assess_rows;
/// use serde_json::json;
///
/// let fields = ["name".to_string(), "products".to_string()];
/// let bag = json!([{"name": "Tas", "category": "craft", "unit": "piece"}]);
/// let rows = vec![vec![(0, json!("Anyaman Sukatenang")), (1, bag)], vec![(0, json!(5))]];
/// let answers = assess_rows(&fields, &rows, &["Tas".into()], &["JP".into()], &json!("2025-11-01"));
/// assert!(answers[0].as_ref().unwrap().blocked);
/// assert_eq!(answers[1].as_ref().unwrap_err().path, "/record/name");
/// ```
pub fn assess_rows<'a>(
    fields: &[String],
    rows: &[Vec<(usize, Value)>],
    products: &'a [String],
    destinations: &'a [String],
    as_of: &Value,
) -> Vec<Result<readiness::ReadinessSummary, CallError>> {
    let date = BatchDate::new(as_of);
    let indexed: Vec<(usize, &Vec<(usize, Value)>)> = rows.iter().enumerate().collect();
    // Row i's product and destination: its own, or the one given for every row.
    let pick = |list: &'a [String], i: usize| -> &'a str {
        list.get(i)
            .or_else(|| list.first().filter(|_| list.len() == 1))
            .map_or("", String::as_str)
    };
    crate::batch::map(&indexed, |(i, cells)| {
        let record = date.record_of_fields(&row_entries(fields, cells))?;
        let report = readiness::assess_with(
            RuleSet::default_set()?,
            &record,
            pick(products, *i),
            pick(destinations, *i),
            date.date.clone()?,
        )?;
        Ok(readiness::ReadinessSummary::from(&report))
    })
}

/// The object of a table row's cells, as (key, value) in key order, a repeated field once
/// (its last value), as a JSON object would hold them.
fn row_entries<'a>(fields: &'a [String], cells: &'a [(usize, Value)]) -> Vec<(&'a str, &'a Value)> {
    let mut entries: Vec<(&str, &Value)> = Vec::with_capacity(cells.len());
    for (field, value) in cells {
        if let Some(name) = fields.get(*field) {
            entries.push((name.as_str(), value));
        }
    }
    if !entries.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0)) {
        crate::sort::sort_by(&mut entries, |a, b| a.0.cmp(b.0));
        let mut unique: Vec<(&str, &Value)> = Vec::with_capacity(entries.len());
        for e in entries {
            match unique.last_mut() {
                Some(last) if last.0 == e.0 => *last = e,
                _ => unique.push(e),
            }
        }
        entries = unique;
    }
    entries
}

/// The date of a batch, read once; the answer for each record as `call` gives it.
struct BatchDate {
    shape: Result<(), CallError>,
    date: Result<NaiveDate, CallError>,
}

impl BatchDate {
    fn new(as_of: &Value) -> Self {
        BatchDate {
            shape: crate::limits::check_value_at(as_of, 2)
                .map_err(|issue| CallError::from_issue(issue, "/as_of")),
            date: read::<crate::dates::iso::Date>(as_of, "/as_of", "argument.invalid").map(|d| d.0),
        }
    }

    /// Both are one level down in the arguments of `call`, which checks the record's shape,
    /// then the date's, then reads the record, then the date.
    fn validate(&self, record: &Value) -> Result<Report, CallError> {
        crate::limits::check_value_at(record, 2)
            .map_err(|issue| CallError::from_issue(issue, "/record"))?;
        self.shape.clone()?;
        let record = read_record(record, "record")?;
        Ok(crate::validate(&record, self.date.clone()?))
    }

    /// [`BatchDate::validate`] of the record made of `fields`, in key order.
    fn validate_fields(&self, fields: &[(&str, &Value)]) -> Result<Report, CallError> {
        let record = self.record_of_fields(fields)?;
        Ok(crate::validate(&record, self.date.clone()?))
    }

    /// The record made of `fields`, checked as `call` checks a record argument (its shape,
    /// then the date's, then the record's reading and limits).
    fn record_of_fields(&self, fields: &[(&str, &Value)]) -> Result<Enterprise, CallError> {
        crate::limits::check_fields_at(fields, 2)
            .map_err(|issue| CallError::from_issue(issue, "/record"))?;
        self.shape.clone()?;
        let record = crate::json::reader::read_fields(fields)
            .map_err(|e| unread(e, "/record", "record.json"))?;
        within_limits(record, "record")
    }
}

struct Args<'a>(&'a Value);

impl Args<'_> {
    /// A required argument; a malformed one has `code` at its path.
    fn arg<T: DeserializeOwned>(&self, name: &str, code: &str) -> Result<T, CallError> {
        match self.0.get(name) {
            Some(v) => read(v, &format!("/{name}"), code),
            None => Err(CallError::argument(
                "argument.missing",
                format!("/{name}"),
                "missing",
            )),
        }
    }

    /// A required argument as the JSON it is, not copied.
    fn raw(&self, name: &str) -> Result<&Value, CallError> {
        self.0
            .get(name)
            .ok_or_else(|| CallError::argument("argument.missing", format!("/{name}"), "missing"))
    }

    fn get<T: DeserializeOwned>(&self, name: &str) -> Result<T, CallError> {
        self.arg(name, "argument.invalid")
    }

    /// An optional argument: absent and `null` are `None`.
    fn opt<T: DeserializeOwned>(&self, name: &str) -> Result<Option<T>, CallError> {
        match self.0.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => read(v, &format!("/{name}"), "argument.invalid").map(Some),
        }
    }

    /// A decimal, read strictly: a string or a whole number, never a float.
    fn decimal(&self, name: &str) -> Result<rust_decimal::Decimal, CallError> {
        #[derive(Deserialize)]
        struct Strict(#[serde(with = "crate::money::decimal")] rust_decimal::Decimal);
        self.get::<Strict>(name).map(|d| d.0)
    }

    fn text(&self, name: &str) -> Result<String, CallError> {
        self.get(name)
    }

    fn date(&self, name: &str) -> Result<NaiveDate, CallError> {
        self.get::<crate::dates::iso::Date>(name).map(|d| d.0)
    }

    /// An enterprise record; a malformed one is `record.json` at its path, one past the
    /// record limits ([`crate::limits`]) the limit's code at its path.
    fn record(&self, name: &str) -> Result<Enterprise, CallError> {
        match self.0.get(name) {
            Some(v) => read_record(v, name),
            None => self.arg(name, "record.json"),
        }
    }

    fn rates(&self, name: &str) -> Result<RateTable, CallError> {
        let rates: Vec<crate::analytics::exchange::ExchangeRate> =
            self.opt(name)?.unwrap_or_default();
        Ok(RateTable::new(rates)?)
    }

    fn lang(&self) -> Result<Lang, CallError> {
        Ok(self.opt("lang")?.unwrap_or_default())
    }
}

/// One function of the facade, for documentation and for the bindings' parity tests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct FunctionInfo {
    /// Name, as in Rust (`npwp.validate`, `rank_export_growth`).
    pub name: String,
    /// Required arguments.
    pub args: Vec<String>,
    /// Optional arguments.
    pub optional: Vec<String>,
    /// What it returns: a definition of [`crate::api::schema::bundle`] (`ReadinessReport`), or
    /// `string`, `boolean`, `integer`, `date`; `[]` after it for a list, `?` for maybe null.
    pub returns: String,
}

type Signature = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static str,
);

/// The functions every identifier module has that read one `number`, with their results
/// (besides `format_many`, which reads a list of `numbers`).
const PER_IDENTIFIER: [(&str, &str); 5] = [
    ("compact", "string"),
    ("validate", "string"),
    ("is_valid", "boolean"),
    ("format", "string"),
    ("check", "PartialCheck"),
];

const N: &[&str] = &["number"];
const NS: &[&str] = &["numbers"];
const NONE: &[&str] = &[];

/// Every function besides the six of each identifier module (compact, validate, is_valid, format, check, format_many): name, arguments, optional ones.
const FUNCTIONS: &[Signature] = &[
    ("nik.info", &["number", "as_of"], NONE, "NikInfo"),
    ("nik.birth_date", &["number", "as_of"], NONE, "date"),
    ("nik.sex", N, NONE, "Sex"),
    ("nik.region", N, NONE, "Region"),
    ("nik.mask", N, NONE, "string"),
    ("nik.pseudonym", &["number", "key"], NONE, "string"),
    ("npwp.mask", N, NONE, "string"),
    ("npwp.form", N, NONE, "NpwpForm"),
    ("npwp.to_16", N, NONE, "string"),
    ("nitku.npwp", N, NONE, "string"),
    ("nitku.branch", N, NONE, "integer"),
    ("kbli.section", N, NONE, "Section"),
    ("kbli.division", N, NONE, "integer"),
    ("kbli.is_manufacturing", N, NONE, "boolean"),
    ("hs.chapter", N, NONE, "integer"),
    ("hs.heading", N, NONE, "string?"),
    ("hs.lookup", N, NONE, "HsEntry"),
    ("wilayah.level", N, NONE, "Level"),
    ("wilayah.lookup", N, NONE, "Region?"),
    ("wilayah.resolve", N, NONE, "Region?"),
    ("wilayah.parent", &["number", "level"], NONE, "Region?"),
    ("wilayah.find", &["name"], &["level", "within"], "Region[]"),
    (
        "wilayah.find_many",
        &["names"],
        &["level", "within"],
        "FoundRegions",
    ),
    ("pirt.packaging", N, NONE, "Packaging"),
    ("pirt.expiry_year", N, NONE, "integer"),
    ("bpom.origin", N, NONE, "Origin"),
    ("region.provinces", NONE, NONE, "Region[]"),
    ("region.regencies_of", &["province"], NONE, "Region[]"),
    ("money.format", &["money"], &["lang"], "string"),
    ("money.format_short", &["money"], &["lang"], "string"),
    ("money.parse", &["text"], &["lang"], "Money"),
    ("money.parse_many", &["texts"], &["lang"], "ParsedAmounts"),
    ("dates.parse", &["text"], &["options"], "date"),
    ("dates.parse_many", &["texts"], &["options"], "ParsedDates"),
    (
        "classify_size",
        &["input", "as_of"],
        NONE,
        "SizeClassification",
    ),
    (
        "classify_industry",
        &["input"],
        NONE,
        "IndustryClassification",
    ),
    ("size_rule", &["as_of"], NONE, "RuleRef?"),
    (
        "classify_size_many",
        &["inputs", "as_of"],
        NONE,
        "SizeRow[]",
    ),
    ("validate", &["record", "as_of"], NONE, "Report"),
    (
        "assess",
        &["record", "product", "destination", "as_of"],
        &["rule_set"],
        "ReadinessReport",
    ),
    (
        "assess_summary",
        &["record", "product", "destination", "as_of"],
        &["rule_set"],
        "ReadinessSummary",
    ),
    (
        "assess_order",
        &["record", "product", "order", "start"],
        &["days_off"],
        "OrderFeasibility",
    ),
    (
        "origin_forms",
        &["destination", "as_of"],
        NONE,
        "OriginForm[]",
    ),
    ("check_rule_set", &["rule_set"], NONE, "Issue[]"),
    ("default_rule_set", NONE, NONE, "RuleSet"),
    ("readiness.svg", &["report"], &["lang"], "string"),
    (
        "readiness.html",
        &["report"],
        &["lang", "options"],
        "string",
    ),
    ("readiness.stylesheet", NONE, NONE, "string"),
    ("growth", &["prev", "curr"], NONE, "Rate"),
    ("cagr", &["first", "last", "years"], NONE, "Rate"),
    ("year_over_year", &["values"], NONE, "Series"),
    ("annual_sales_series", &["record"], NONE, "Series"),
    (
        "exchange.convert",
        &["money", "to", "date"],
        &["rates"],
        "Money",
    ),
    (
        "exchange.rate_on",
        &["from", "to", "date"],
        &["rates"],
        "AppliedRate",
    ),
    (
        "rank_export_growth",
        &["records", "options"],
        &["rates"],
        "Ranking",
    ),
    ("ranking.html", &["ranking"], &["lang"], "string"),
    ("chart.size_mix", &["mix"], &["lang"], "string"),
    ("chart.validity_by_region", &["rows"], &["lang"], "string"),
    ("chart.ranking_bars", &["ranking"], &["lang"], "string"),
    (
        "export_series",
        &["records"],
        &["rates", "options"],
        "Series",
    ),
    ("active_rate", &["registered", "active"], NONE, "ActiveRate"),
    (
        "cohort_survival",
        &["register", "snapshots"],
        NONE,
        "CohortTable",
    ),
    (
        "transition_matrix",
        &["before", "after"],
        NONE,
        "TransitionMatrix",
    ),
    (
        "target_progress",
        &["target", "achieved", "as_of"],
        NONE,
        "TargetProgress",
    ),
    ("daily_sales", &["capacity", "price"], NONE, "MoneyRange"),
    (
        "monthly_sales",
        &["capacity", "price"],
        &["working_days"],
        "MoneyRange",
    ),
    ("normalize", &["type", "value"], NONE, "any"),
    ("holidays", &["year"], NONE, "Holiday[]"),
    ("data_versions", NONE, NONE, "DataVersion[]"),
];

/// Every function of the facade: the six of each identifier module, then the rest.
pub fn functions() -> Vec<FunctionInfo> {
    let strings = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let per_identifier = IdentifierKind::ALL
        .iter()
        .map(|k| k.as_str())
        .flat_map(|id| {
            PER_IDENTIFIER
                .map(|(fun, returns)| (format!("{id}.{fun}"), N, NONE, returns))
                .into_iter()
                .chain([(format!("{id}.format_many"), NS, NONE, "string[]")])
        });
    per_identifier
        .chain(
            FUNCTIONS
                .iter()
                .map(|(n, a, o, r)| (n.to_string(), *a, *o, *r)),
        )
        .map(|(name, args, optional, returns)| FunctionInfo {
            name,
            args: strings(args),
            optional: strings(optional),
            returns: returns.to_string(),
        })
        .collect()
}

fn id_out<T: Serialize>(r: Result<T, IdentifierError>) -> Outcome {
    r.map_err(CallError::from).and_then(output)
}

fn unknown(name: &str) -> CallError {
    CallError::new(
        ErrorKind::Function,
        "api.unknown_function",
        Message::new(
            format!("Fungsi {:?} tidak ada", crate::text::privacy::shown(name)),
            format!(
                "There is no function {:?}",
                crate::text::privacy::shown(name)
            ),
        ),
    )
}

/// Calls a function by name with named JSON arguments (an object). See the module docs.
///
/// The error is boxed: it is large (messages, path, issues) and rare.
pub fn call(name: &str, args: &Value) -> Result<Value, Box<CallError>> {
    let Json(text) = dispatch(name, args).map_err(Box::new)?;
    serde_json::from_str(&text)
        .map_err(|e| Box::new(CallError::internal(&format!("result JSON: {e}"))))
}

fn dispatch(name: &str, args: &Value) -> Outcome {
    if !args.is_object() {
        return Err(CallError::argument(
            "argument.invalid",
            String::new(),
            "the arguments must be a JSON object",
        ));
    }
    let a = Args(args);
    // Identifier functions read one text in one linear pass: answered before the shape limits,
    // so `is_valid` of any text (however long) is a yes or no, never an error.
    if let Some((module, function)) = name.split_once('.') {
        // The common calls (`npwp.validate`) are known at once; `wilayah.find` and the like
        // live in an identifier module but read a name, not a number.
        let reads_number = PER_IDENTIFIER.iter().any(|(f, _)| *f == function)
            || (function != "format_many"
                && FUNCTIONS
                    .iter()
                    .find(|f| f.0 == name)
                    .is_none_or(|f| f.1.first() == Some(&"number")));
        if reads_number && IdentifierKind::from_name(module).is_some() {
            if let Some(outcome) = identifier_lookup(module, function, &a) {
                return outcome;
            }
        }
    }
    crate::limits::check_value(args).map_err(|issue| CallError::from_issue(issue, ""))?;
    if let Some(kind) = name
        .strip_suffix(".format_many")
        .and_then(IdentifierKind::from_name)
    {
        return output(crate::id::format_many(
            kind,
            &a.get::<Vec<String>>("numbers")?,
        ));
    }
    match name {
        "region.provinces" => output(region::provinces().collect::<Vec<_>>()),
        "region.regencies_of" => output(region::regencies_of(&a.text("province")?)),
        "money.format" => output(a.get::<Money>("money")?.format(a.lang()?)),
        "money.format_short" => output(a.get::<Money>("money")?.format_short(a.lang()?)),
        "money.parse" => output(crate::money::parse(&a.text("text")?, a.opt("lang")?)?),
        "money.parse_many" => output(crate::money::parse_many(
            &a.get::<Vec<String>>("texts")?,
            a.opt("lang")?,
        )),
        "wilayah.find" => output(region::find(
            &a.text("name")?,
            a.opt("level")?,
            a.opt::<String>("within")?.as_deref(),
        )?),
        "wilayah.find_many" => output(region::find_many(
            &a.get::<Vec<String>>("names")?,
            a.opt("level")?,
            a.opt::<String>("within")?.as_deref(),
        )?),
        "chart.size_mix" => output(crate::render::chart::size_mix(&a.get("mix")?, a.lang()?)),
        "chart.validity_by_region" => output(crate::render::chart::validity_by_region(
            &a.get::<Vec<crate::render::chart::RegionValidity>>("rows")?,
            a.lang()?,
        )?),
        "chart.ranking_bars" => output(crate::render::chart::ranking_bars(
            &a.get("ranking")?,
            a.lang()?,
        )),
        "dates.parse" => output(crate::dates::parse(
            &a.text("text")?,
            &a.opt("options")?.unwrap_or_default(),
        )?),
        "dates.parse_many" => output(crate::dates::parse_many(
            &a.get::<Vec<String>>("texts")?,
            &a.opt("options")?.unwrap_or_default(),
        )),
        "classify_size" => output(size::classify_size(&a.get("input")?, a.date("as_of")?)?),
        "classify_industry" => output(industry::classify_industry(&a.get("input")?)?),
        "size_rule" => output(size::rule_on(a.date("as_of")?)),
        "data_versions" => output(crate::reference::provenance::data_versions()),
        "holidays" => output(calendar::holidays_in(a.get("year")?)?),
        "classify_size_many" => {
            let inputs: Vec<size::SizeInput> = a.get("inputs")?;
            let rows: Vec<size::SizeRow> = size::classify_size_many(&inputs, a.date("as_of")?)
                .into_iter()
                .map(size::SizeRow::from)
                .collect();
            output(rows)
        }
        "validate" => output(crate::validate(&a.record("record")?, a.date("as_of")?)),
        "assess" => output(assess_report(&a, &a.record("record")?)?),
        "assess_summary" => output(readiness::ReadinessSummary::from(&assess_report(
            &a,
            &a.record("record")?,
        )?)),
        "assess_order" => {
            let days_off: Vec<crate::dates::iso::Date> = a.opt("days_off")?.unwrap_or_default();
            let days_off: Vec<NaiveDate> = days_off.into_iter().map(|d| d.0).collect();
            output(readiness::assess_order(
                &a.record("record")?,
                &a.text("product")?,
                &a.get("order")?,
                a.date("start")?,
                &WorkCalendar::with_days_off(&days_off),
            )?)
        }
        "origin_forms" => output(readiness::origin_forms(
            &a.text("destination")?,
            a.date("as_of")?,
        )?),
        "check_rule_set" => output(match RuleSet::from_value(a.raw("rule_set")?) {
            Ok(_) => Vec::new(),
            Err(e) => e.problems,
        }),
        "default_rule_set" => output(RuleSet::default_set()?),
        "readiness.svg" => {
            let report: readiness::ReadinessReport = a.get("report")?;
            output(report.to_svg(a.lang()?))
        }
        "readiness.html" => {
            let report: readiness::ReadinessReport = a.get("report")?;
            let options: crate::render::HtmlOptions = a.opt("options")?.unwrap_or_default();
            output(report.to_html_with(a.lang()?, &options))
        }
        "readiness.stylesheet" => output(crate::render::STYLESHEET),
        "growth" => output(growth::growth(a.decimal("prev")?, a.decimal("curr")?)?),
        "cagr" => output(growth::cagr(
            a.decimal("first")?,
            a.decimal("last")?,
            a.decimal("years")?,
        )?),
        "year_over_year" => {
            let values: Vec<growth::YearValue> = a.get("values")?;
            output(growth::year_over_year(&values)?)
        }
        "annual_sales_series" => output(growth::annual_sales_series(&a.record("record")?)?),
        "exchange.convert" => {
            let to: Currency = a.get("to")?;
            output(
                a.rates("rates")?
                    .convert(&a.get("money")?, to, a.date("date")?)?,
            )
        }
        "exchange.rate_on" => output(a.rates("rates")?.rate_on(
            a.get("from")?,
            a.get("to")?,
            a.date("date")?,
        )?),
        "rank_export_growth" => {
            let records: Vec<ranking::ExportRecord> = a.get("records")?;
            output(ranking::rank_export_growth(
                &records,
                &a.rates("rates")?,
                &a.get("options")?,
            )?)
        }
        "ranking.html" => {
            let r: ranking::Ranking = a.get("ranking")?;
            output(r.to_html(a.lang()?))
        }
        "export_series" => {
            let records: Vec<ranking::ExportRecord> = a.get("records")?;
            let options: ranking::SeriesOptions = a.opt("options")?.unwrap_or_default();
            output(ranking::export_series(
                &records,
                &a.rates("rates")?,
                &options,
            )?)
        }
        "active_rate" => output(activity::active_rate(
            a.get("registered")?,
            a.get("active")?,
        )?),
        "cohort_survival" => {
            let register: Vec<activity::Registration> = a.get("register")?;
            let snapshots: Vec<activity::ActivitySnapshot> = a.get("snapshots")?;
            output(activity::cohort_survival(&register, &snapshots)?)
        }
        "transition_matrix" => output(transition::transition_matrix(
            &a.get("before")?,
            &a.get("after")?,
        )?),
        "target_progress" => output(target::target_progress(
            &a.get("target")?,
            a.decimal("achieved")?,
            a.date("as_of")?,
        )?),
        "daily_sales" => output(production::daily_sales(
            &a.get("capacity")?,
            &a.get("price")?,
        )?),
        "monthly_sales" => output(production::monthly_sales(
            &a.get("capacity")?,
            &a.get("price")?,
            a.opt("working_days")?,
        )?),
        "normalize" => normalize(&a.text("type")?, &a),
        _ => Err(unknown(name)),
    }
}

/// The input types [`call`]`("normalize", ...)` reads: the records and arguments a caller
/// builds.
pub const INPUT_TYPES: [&str; 17] = [
    "Enterprise",
    "SizeInput",
    "IndustryInput",
    "Money",
    "MoneyRange",
    "QuantityRange",
    "Order",
    "RuleSet",
    "ExchangeRate",
    "ExportRecord",
    "RankingOptions",
    "SeriesOptions",
    "YearValue",
    "Registration",
    "ActivitySnapshot",
    "Snapshot",
    "Target",
];

/// Reads `value` as the input type named `type` and writes it back in its canonical JSON form
/// (every field, defaults filled in): what a typed class in a binding holds, checked by the
/// same reader every function uses. A rule set is also checked for consistency.
fn normalize(type_name: &str, a: &Args<'_>) -> Outcome {
    fn canonical<T: DeserializeOwned + Serialize>(a: &Args<'_>) -> Outcome {
        output(a.get::<T>("value")?)
    }
    match type_name {
        "Enterprise" => output(a.record("value")?),
        "SizeInput" => canonical::<size::SizeInput>(a),
        "IndustryInput" => canonical::<industry::IndustryInput>(a),
        "Money" => canonical::<Money>(a),
        "MoneyRange" => canonical::<crate::record::enterprise::MoneyRange>(a),
        "QuantityRange" => canonical::<crate::record::enterprise::QuantityRange>(a),
        "Order" => canonical::<readiness::Order>(a),
        "RuleSet" => output(RuleSet::from_value(a.raw("value")?)?),
        "ExchangeRate" => canonical::<crate::analytics::exchange::ExchangeRate>(a),
        "ExportRecord" => canonical::<ranking::ExportRecord>(a),
        "RankingOptions" => canonical::<ranking::RankingOptions>(a),
        "SeriesOptions" => canonical::<ranking::SeriesOptions>(a),
        "YearValue" => canonical::<growth::YearValue>(a),
        "Registration" => canonical::<activity::Registration>(a),
        "ActivitySnapshot" => canonical::<activity::ActivitySnapshot>(a),
        "Snapshot" => canonical::<transition::Snapshot>(a),
        "Target" => canonical::<target::Target>(a),
        other => Err(CallError::argument(
            "argument.invalid",
            "/type".into(),
            &format!(
                "{:?} is not one of {}",
                crate::text::privacy::shown(other),
                INPUT_TYPES.join(", ")
            ),
        )),
    }
}

/// The report of `assess` for `record`, the other arguments read from `a` in the facade's
/// order (rule set, product, destination, date).
fn assess_report(
    a: &Args<'_>,
    record: &Enterprise,
) -> Result<readiness::ReadinessReport, CallError> {
    let custom = match a.0.get("rule_set") {
        Some(Value::Null) | None | Some(Value::String(_)) => None,
        Some(set) => Some(RuleSet::from_value(set)?),
    };
    let set = match (&custom, a.0.get("rule_set")) {
        (Some(set), _) => set,
        (None, Some(Value::String(id))) => RuleSet::builtin(id).ok_or_else(|| CallError {
            path: "/rule_set".to_string(),
            ..CallError::new(
                ErrorKind::Argument,
                "ruleset.unknown_id",
                Message::new(
                    "Tidak ada rule set bawaan dengan id ini (umkm-default-2026, umkm-default-2025).",
                    "No embedded rule set has this id (umkm-default-2026, umkm-default-2025).",
                ),
            )
        })??,
        (None, _) => RuleSet::default_set()?,
    };
    Ok(readiness::assess_with(
        set,
        record,
        &a.text("product")?,
        &a.text("destination")?,
        a.date("as_of")?,
    )?)
}

fn identifier_lookup(module: &str, function: &str, a: &Args<'_>) -> Option<Outcome> {
    let number = match a.text("number") {
        Ok(n) => n,
        Err(e) => return Some(Err(e)),
    };
    let n = number.as_str();
    if let Some(kind) = IdentifierKind::from_name(module) {
        match function {
            "compact" => return Some(output(kind.compact(n))),
            "validate" => return Some(id_out(kind.validate(n))),
            "is_valid" => return Some(output(kind.is_valid(n))),
            "format" => return Some(output(kind.format(n))),
            "check" => return Some(output(crate::id::check(kind, n))),
            _ => {}
        }
    }
    let outcome = match (module, function) {
        ("nik", "info") => a.date("as_of").and_then(|d| id_out(nik::info(n, d))),
        ("nik", "birth_date") => a.date("as_of").and_then(|d| id_out(nik::birth_date(n, d))),
        ("nik", "sex") => id_out(nik::sex(n)),
        ("nik", "region") => id_out(nik::region(n)),
        ("nik", "mask") => id_out(nik::mask(n)),
        ("nik", "pseudonym") => a
            .text("key")
            .and_then(|key| nik::pseudonym(n, key.as_bytes()).map_err(CallError::from))
            .and_then(output),
        ("npwp", "mask") => id_out(npwp::mask(n)),
        ("npwp", "form") => id_out(npwp::form(n)),
        ("npwp", "to_16") => id_out(npwp::to_16(n)),
        ("nitku", "npwp") => id_out(nitku::npwp(n)),
        ("nitku", "branch") => id_out(nitku::branch(n)),
        ("kbli", "section") => id_out(kbli::section(n)),
        ("kbli", "division") => id_out(kbli::division(n)),
        ("kbli", "is_manufacturing") => output(kbli::is_manufacturing(n)),
        ("hs", "chapter") => id_out(hs::chapter(n)),
        ("hs", "heading") => output(hs::heading(n)),
        ("hs", "lookup") => id_out(hs::lookup(n)),
        ("wilayah", "level") => id_out(wilayah::level(n)),
        ("wilayah", "lookup") => output(wilayah::lookup(n)),
        ("wilayah", "resolve") => output(wilayah::resolve(n)),
        ("wilayah", "parent") => a.get("level").and_then(|l| output(wilayah::parent(n, l))),
        ("pirt", "packaging") => id_out(pirt::packaging(n)),
        ("pirt", "expiry_year") => id_out(pirt::expiry_year(n)),
        ("bpom", "origin") => id_out(bpom::origin(n)),
        _ => return None,
    };
    Some(outcome)
}

/// Calls with arguments given as JSON text; the answer as JSON text (`{"ok": ...}` or
/// `{"error": CallError}`). For bindings whose host reads JSON fastest.
pub fn call_json(name: &str, args: &str) -> String {
    let outcome = crate::limits::check_json_size(
        args.len(),
        crate::limits::MAX_JSON_BYTES,
        "limit.json_size",
    )
    .map_err(|issue| CallError::from_issue(issue, ""))
    .and_then(|()| {
        crate::json::reader::parse(args).map_err(|e| match e {
            crate::json::reader::ParseError::Json(e) => {
                CallError::argument("argument.json", String::new(), &e.to_string())
            }
            dup => CallError {
                path: dup.path().to_string(),
                ..CallError::new(ErrorKind::Argument, dup.code(), dup.message())
            },
        })
    })
    .and_then(|v| dispatch(name, &v));
    match outcome {
        Ok(Json(text)) => format!("{{\"ok\":{text}}}"),
        Err(e) => json!({ "error": e }).to_string(),
    }
}
