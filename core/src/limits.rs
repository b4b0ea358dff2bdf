//! Limits on input, so hostile or broken data gets a clear error instead of exhausting memory
//! or the stack.
//!
//! | what | limit | error code |
//! | --- | --- | --- |
//! | JSON text given to [`crate::api::call_json`] | [`MAX_JSON_BYTES`] (256 MiB) | `limit.json_size` |
//! | nesting of arrays and objects in arguments | [`MAX_DEPTH`] (64) | `limit.depth` |
//! | one string in arguments | [`MAX_STRING_BYTES`] (1 MiB) | `limit.string` |
//! | one list in arguments (e.g. export records) | [`MAX_LIST_ITEMS`] (10,000,000) | `limit.list` |
//! | one enterprise record as JSON text | [`MAX_RECORD_BYTES`] (1 MiB) | `limit.record_size` |
//! | a text field of a record (names, numbers) | [`MAX_FIELD_CHARS`] (1,000 characters) | `limit.field` |
//! | lists of a record | see [`RECORD_LISTS`] | `limit.record_list` |
//! | any list of a rule set (rules, markets, certificates, …) | [`MAX_RULESET_LIST`] (2,000) | `limit.ruleset_list` |
//! | one key of an object in arguments | [`MAX_KEY_BYTES`] (256 bytes) | `limit.key` |
//! | a year, or the year of a date, that a function counts or walks through | [`MIN_YEAR`]–[`MAX_YEAR`] (1900–2200) | `limit.year` |
//! | days between two dates walked day by day (an order's start and deadline) | [`MAX_DATE_SPAN_DAYS`] (3,660) | `limit.date_span` |
//! | one amount as typed, read by [`crate::money::parse`] | [`MAX_AMOUNT_TEXT_BYTES`] (128 bytes) | `money.parse_too_long` |
//! | one date as typed, read by [`crate::dates::parse`] | [`MAX_DATE_TEXT_BYTES`] (64 bytes) | `date.parse_too_long` |
//! | one region name looked up by [`crate::reference::region::find`] | [`MAX_REGION_NAME_BYTES`] (128 bytes) | `region.name_too_long` |
//!
//! **The budget.** With these limits every public function's time and memory grow at most
//! linearly with its input: no input of at most [`BUDGET_INPUT_BYTES`] (1 MB) as JSON uses
//! more than [`BUDGET_MEMORY_BYTES`] (256 MB) or [`BUDGET_SECONDS`] (1 s) on one core.
//! `core/tests/bounds.rs` holds every facade function to it with extreme values (years
//! ±2^31, dates at chrono's limits, 29-digit decimals, million-item lists, huge strings and
//! keys, deep nesting) under a counting allocator.
//!
//! Years: a series of sales from 1 to 2147483647 would list two billion missing years; an
//! order from year −262143 to +262142 would walk two hundred million days. Real registers
//! hold years from the founding of the oldest firms (late 19th century at the earliest,
//! before the 1900 floor only in museums) to a few decades of planning ahead.
//!
//! Identifier functions read their one text whatever its length (one linear pass), so
//! `is_valid` of any text stays a yes or no, never an error.
//!
//! Batch inputs (a million SKA records for a ranking) are large by nature: only the argument
//! limits apply to them. One enterprise record is small by nature: a record past its limits is
//! refused where it is read ([`crate::Enterprise::from_json`], the facade) and reported by
//! [`crate::validate()`] when built in Rust.

use crate::record::issue::Issue;
use crate::text::Message;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The longest text [`crate::money::parse`] reads as an amount, in bytes (the longest real
/// amount, `IDR 999.999.999.999.999,99 triliun`, is under 40): longer is refused before any work.
pub const MAX_AMOUNT_TEXT_BYTES: usize = 128;

/// The longest text [`crate::dates::parse`] reads as a date, in bytes (`Minggu, 17 Agustus
/// 2025 00:00:00` is 32): longer is refused before any work.
pub const MAX_DATE_TEXT_BYTES: usize = 64;

/// The longest name [`crate::reference::region::find`] looks up, in bytes (the longest official name,
/// `Kabupaten Administrasi Kepulauan Seribu`, is 39): longer is refused before any work.
pub const MAX_REGION_NAME_BYTES: usize = 128;

/// Largest JSON text the facade reads.
pub const MAX_JSON_BYTES: usize = 256 * 1024 * 1024;
/// Deepest nesting of arrays and objects in arguments; real inputs nest fewer than 10 levels.
pub const MAX_DEPTH: usize = 64;
/// Longest string in arguments.
pub const MAX_STRING_BYTES: usize = 1024 * 1024;
/// Longest list in arguments.
pub const MAX_LIST_ITEMS: usize = 10_000_000;
/// Largest enterprise record as JSON text.
pub const MAX_RECORD_BYTES: usize = 1024 * 1024;
/// Longest text field of a record, in characters.
pub const MAX_FIELD_CHARS: usize = 1_000;
/// Longest list anywhere in a rule set: rules, certificates, markets, the countries of a
/// market. The default has 40 rules; an office's own has at most a few hundred. The checks of a
/// rule set compare its ids with each other, so an unbounded list would be a way to stall them.
pub const MAX_RULESET_LIST: usize = 2_000;
/// Longest key of an object in arguments, in bytes. Field names are short words; a long key
/// is a mistake or an attack, and it would be copied into paths and messages.
pub const MAX_KEY_BYTES: usize = 256;
/// Earliest year a function counts or walks through (`limit.year`).
pub const MIN_YEAR: i32 = 1900;
/// Latest year a function counts or walks through (`limit.year`).
pub const MAX_YEAR: i32 = 2200;
/// Most days between two dates that a function walks day by day (`limit.date_span`): ten
/// years, far beyond any order an IKM takes.
pub const MAX_DATE_SPAN_DAYS: i64 = 3_660;
/// The budget's input size: inputs up to this size as JSON text…
pub const BUDGET_INPUT_BYTES: usize = 1_000_000;
/// …use at most this much memory…
pub const BUDGET_MEMORY_BYTES: usize = 256 * 1024 * 1024;
/// …and at most this many seconds on one core.
pub const BUDGET_SECONDS: u64 = 1;

/// A year or a span of dates beyond the limits of this module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "limit", rename_all = "snake_case")]
#[non_exhaustive]
pub enum LimitError {
    /// A year (or a date's year) outside [`MIN_YEAR`]–[`MAX_YEAR`].
    #[error("year {year} is outside {MIN_YEAR}-{MAX_YEAR}")]
    Year {
        /// The year found.
        year: i32,
    },
    /// Two dates more than [`MAX_DATE_SPAN_DAYS`] apart.
    #[error("{days} days between the dates, the limit is {MAX_DATE_SPAN_DAYS}")]
    DateSpan {
        /// Days between them.
        days: i64,
    },
}

use crate::text::privacy::shown_year;

crate::text::coded_error!(LimitError);

impl LimitError {
    /// Stable code: `limit.year` or `limit.date_span`.
    pub fn code(&self) -> &'static str {
        match self {
            LimitError::Year { .. } => "limit.year",
            LimitError::DateSpan { .. } => "limit.date_span",
        }
    }

    /// Message in both languages.
    pub fn message(&self) -> Message {
        match self {
            LimitError::Year { year } => Message::new(
                format!(
                    "Tahun {} di luar rentang {MIN_YEAR}–{MAX_YEAR} yang dapat dihitung",
                    shown_year(*year)
                ),
                format!(
                    "The year {} is outside the range {MIN_YEAR}–{MAX_YEAR} that can be counted",
                    shown_year(*year)
                ),
            ),
            LimitError::DateSpan { days } => Message::new(
                format!("Rentang {days} hari antara kedua tanggal melebihi batas {MAX_DATE_SPAN_DAYS} hari"),
                format!("The span of {days} days between the dates is over the limit of {MAX_DATE_SPAN_DAYS} days"),
            ),
        }
    }
}

/// A year within [`MIN_YEAR`]–[`MAX_YEAR`].
///
/// ```
/// use umkm::limits::check_year;
/// assert!(check_year(2025).is_ok());
/// assert_eq!(check_year(2147483647).unwrap_err().code(), "limit.year");
/// ```
///
/// # Errors
///
/// `limit.year` for a year outside the range.
pub fn check_year(year: i32) -> Result<(), LimitError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(LimitError::Year { year })
    }
}

/// A date whose year is within [`MIN_YEAR`]–[`MAX_YEAR`].
///
/// # Errors
///
/// `limit.year` for a date outside the years of [`MIN_YEAR`]–[`MAX_YEAR`].
pub fn check_date(date: NaiveDate) -> Result<(), LimitError> {
    check_year(date.year())
}

/// Two dates each within the years and at most [`MAX_DATE_SPAN_DAYS`] apart (either order).
///
/// # Errors
///
/// `limit.date_span` for a span longer than the limit.
pub fn check_span(start: NaiveDate, end: NaiveDate) -> Result<(), LimitError> {
    check_date(start)?;
    check_date(end)?;
    let days = end.signed_duration_since(start).num_days().abs();
    if days > MAX_DATE_SPAN_DAYS {
        return Err(LimitError::DateSpan { days });
    }
    Ok(())
}

/// Longest lists of a record: field and items.
pub const RECORD_LISTS: [(&str, usize); 8] = [
    ("kbli", 100),
    ("annual_sales", 200),
    ("products", 1_000),
    ("certifications", 1_000),
    ("sales_channels", 100),
    ("retail_partners", 1_000),
    ("shipments", 100_000),
    ("label_languages", 50),
];

fn limit(path: String, code: &'static str, id: String, en: String) -> Issue {
    Issue::error(path, code, Message::new(id, en))
}

/// The JSON text size limit.
pub(crate) fn check_json_size(len: usize, max: usize, code: &'static str) -> Result<(), Issue> {
    if len > max {
        return Err(limit(
            String::new(),
            code,
            format!("Teks JSON {len} bita melebihi batas {max} bita"),
            format!("The JSON text of {len} bytes is over the limit of {max} bytes"),
        ));
    }
    Ok(())
}

/// Checks the shape of arguments without recursion: depth, string lengths, list lengths.
///
/// # Errors
///
/// An [`Issue`] with the limit's code at the path of the first value past it: `limit.depth`,
/// `limit.string`, `limit.key` (an object key too long), `limit.list`.
pub fn check_value(value: &Value) -> Result<(), Issue> {
    check_value_at(value, 1)
}

/// [`check_value`] of a value found `depth` levels down in the arguments (1 for the arguments
/// themselves, 2 for one argument); the path is from `value`.
pub(crate) fn check_value_at(value: &Value, depth: usize) -> Result<(), Issue> {
    walk(Node::Value(value), depth)
}

/// [`check_value_at`] of the object made of `fields` (key, value), given in key order.
pub(crate) fn check_fields_at(fields: &[(&str, &Value)], depth: usize) -> Result<(), Issue> {
    walk(Node::Fields(fields), depth)
}

/// A value to check: a JSON value, or an object given as its fields.
#[derive(Clone, Copy)]
enum Node<'a> {
    Value(&'a Value),
    Fields(&'a [(&'a str, &'a Value)]),
}

/// Where each visited value is, as its parent and its key or index: a path is written out
/// only for the value that breaks a limit, not for every value visited.
enum Step<'a> {
    Root,
    Index(usize),
    Key(&'a str),
}

fn path_of(places: &[(usize, Step<'_>)], mut at: usize) -> String {
    let mut steps = Vec::new();
    while let Some((parent, step)) = places.get(at) {
        match step {
            Step::Root => break,
            Step::Index(i) => steps.push(i.to_string()),
            Step::Key(k) => steps.push(crate::text::privacy::pointer_token(k)),
        }
        at = *parent;
    }
    steps
        .iter()
        .rev()
        .map(|s| format!("/{s}"))
        .collect::<String>()
}

fn too_long(path: String, s: &str) -> Issue {
    limit(
        path,
        "limit.string",
        format!(
            "Teks {} bita melebihi batas {MAX_STRING_BYTES} bita",
            s.len()
        ),
        format!(
            "A text of {} bytes is over the limit of {MAX_STRING_BYTES} bytes",
            s.len()
        ),
    )
}

type Places<'a> = Vec<(usize, Step<'a>)>;
type Stack<'a> = Vec<(Node<'a>, usize, usize)>;

/// An object's entries: its strings checked where they stand (a short one, nearly all, is
/// never on the stack), its arrays and objects put on the stack.
fn entries<'a>(
    items: impl Iterator<Item = (&'a str, &'a Value)>,
    at: usize,
    depth: usize,
    places: &mut Places<'a>,
    stack: &mut Stack<'a>,
) -> Result<(), Issue> {
    for (k, item) in items {
        if k.len() > MAX_KEY_BYTES {
            // The path is the object's: the key itself is not copied anywhere.
            return Err(limit(
                path_of(places, at),
                "limit.key",
                format!(
                    "Kunci objek {} bita melebihi batas {MAX_KEY_BYTES} bita",
                    k.len()
                ),
                format!(
                    "An object key of {} bytes is over the limit of {MAX_KEY_BYTES} bytes",
                    k.len()
                ),
            ));
        }
        match item {
            Value::String(s) if s.len() > MAX_STRING_BYTES => {
                places.push((at, Step::Key(k)));
                return Err(too_long(path_of(places, places.len() - 1), s));
            }
            Value::Array(_) | Value::Object(_) => {
                places.push((at, Step::Key(k)));
                stack.push((Node::Value(item), depth + 1, places.len() - 1));
            }
            _ => {}
        }
    }
    Ok(())
}

fn walk(root: Node<'_>, depth: usize) -> Result<(), Issue> {
    let mut places: Places<'_> = vec![(0, Step::Root)];
    // Depth counts containers: the arguments object itself is level 1.
    let mut stack: Stack<'_> = vec![(root, depth, 0)];
    while let Some((node, depth, at)) = stack.pop() {
        if depth > MAX_DEPTH {
            return Err(limit(
                path_of(&places, at),
                "limit.depth",
                format!("Bersarang lebih dari {MAX_DEPTH} tingkat"),
                format!("Nested more than {MAX_DEPTH} levels deep"),
            ));
        }
        let v = match node {
            Node::Fields(fields) => {
                entries(fields.iter().copied(), at, depth, &mut places, &mut stack)?;
                continue;
            }
            Node::Value(v) => v,
        };
        match v {
            Value::String(s) if s.len() > MAX_STRING_BYTES => {
                return Err(too_long(path_of(&places, at), s))
            }
            Value::Object(map) => entries(
                map.iter().map(|(k, v)| (k.as_str(), v)),
                at,
                depth,
                &mut places,
                &mut stack,
            )?,
            Value::Array(items) => {
                if items.len() > MAX_LIST_ITEMS {
                    return Err(limit(
                        path_of(&places, at),
                        "limit.list",
                        format!(
                            "Daftar {} butir melebihi batas {MAX_LIST_ITEMS}",
                            items.len()
                        ),
                        format!(
                            "A list of {} items is over the limit of {MAX_LIST_ITEMS}",
                            items.len()
                        ),
                    ));
                }
                // Only containers need a visit: scalars in a list are checked by their length.
                for (i, item) in items.iter().enumerate() {
                    if matches!(item, Value::Array(_) | Value::Object(_) | Value::String(_)) {
                        places.push((at, Step::Index(i)));
                        stack.push((Node::Value(item), depth + 1, places.len() - 1));
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// A text field of a record longer than [`MAX_FIELD_CHARS`] adds a `limit.field` issue at
/// `path` (made only then).
pub(crate) fn check_field(out: &mut Vec<Issue>, path: impl Fn() -> String, value: Option<&str>) {
    // A text has no more characters than bytes: only a long one needs counting.
    if let Some(v) = value.filter(|v| v.len() > MAX_FIELD_CHARS) {
        let n = v.chars().count();
        if n > MAX_FIELD_CHARS {
            out.push(limit(
                path(),
                "limit.field",
                format!("Isian {n} karakter melebihi batas {MAX_FIELD_CHARS}"),
                format!("A field of {n} characters is over the limit of {MAX_FIELD_CHARS}"),
            ));
        }
    }
}

/// Every list of a rule set document longer than [`MAX_RULESET_LIST`], with its path, in
/// document order.
pub(crate) fn ruleset_list_issues(doc: &Value) -> Vec<Issue> {
    let mut out = Vec::new();
    let mut stack: Vec<(String, &Value)> = vec![(String::new(), doc)];
    while let Some((path, value)) = stack.pop() {
        let start = stack.len();
        match value {
            Value::Array(items) if items.len() > MAX_RULESET_LIST => {
                let len = items.len();
                out.push(limit(
                    path,
                    "limit.ruleset_list",
                    format!("Daftar berisi {len} butir, batasnya {MAX_RULESET_LIST}"),
                    format!("The list has {len} items, the limit is {MAX_RULESET_LIST}"),
                ));
            }
            Value::Array(items) => stack.extend(
                items
                    .iter()
                    .enumerate()
                    .filter(|(_, v)| v.is_array() || v.is_object())
                    .map(|(i, v)| (format!("{path}/{i}"), v)),
            ),
            Value::Object(map) => stack.extend(
                map.iter()
                    .filter(|(_, v)| v.is_array() || v.is_object())
                    .map(|(k, v)| {
                        let key = crate::text::privacy::pointer_token(k);
                        (format!("{path}/{key}"), v)
                    }),
            ),
            _ => {}
        }
        // Children were pushed in order; visit them in order.
        if let Some(children) = stack.get_mut(start..) {
            children.reverse();
        }
    }
    out
}

/// A list of a record longer than its limit in [`RECORD_LISTS`] adds a `limit.record_list`
/// issue at `path`.
pub(crate) fn check_record_list(
    out: &mut Vec<Issue>,
    path: impl Fn() -> String,
    field: &str,
    len: usize,
) {
    if len <= SHORTEST_LIST_LIMIT {
        return;
    }
    let max = RECORD_LISTS
        .iter()
        .find(|(f, _)| *f == field)
        .map_or(usize::MAX, |(_, m)| *m);
    if len > max {
        out.push(limit(
            path(),
            "limit.record_list",
            format!("Daftar {field} berisi {len} butir, batasnya {max}"),
            format!("The {field} list has {len} items, the limit is {max}"),
        ));
    }
}

/// The smallest of [`RECORD_LISTS`]: a list no longer than this breaks none of them.
// Evaluated by the compiler: an index out of range would fail the build, not panic.
#[allow(clippy::indexing_slicing)]
const SHORTEST_LIST_LIMIT: usize = {
    let mut min = usize::MAX;
    let mut i = 0;
    while i < RECORD_LISTS.len() {
        if RECORD_LISTS[i].1 < min {
            min = RECORD_LISTS[i].1;
        }
        i += 1;
    }
    min
};

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn shapes() {
        assert!(check_value(&json!({"a": [1, 2, {"b": "c"}]})).is_ok());
        let mut deep = json!(1);
        for _ in 0..=MAX_DEPTH {
            deep = json!([deep]);
        }
        assert_eq!(check_value(&deep).unwrap_err().code, "limit.depth");
        let long = json!({"name": "x".repeat(MAX_STRING_BYTES + 1)});
        let e = check_value(&long).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.path.as_str()),
            ("limit.string", "/name")
        );
    }

    #[test]
    fn records() {
        use crate::record::enterprise::{record_issues, Enterprise};
        let mut e = Enterprise::new("x".repeat(MAX_FIELD_CHARS));
        assert!(record_issues(&e).is_empty());
        e.name.push('y');
        e.kbli = vec!["10792".into(); 101];
        let got: Vec<(String, String)> = record_issues(&e)
            .into_iter()
            .map(|i| (i.path, i.code.into()))
            .collect();
        assert_eq!(
            got,
            [
                ("/name".to_string(), "limit.field".to_string()),
                ("/kbli".to_string(), "limit.record_list".to_string())
            ]
        );
    }
    #[test]
    fn rule_set_lists() {
        let at_limit = json!({"rules": vec![json!({"id": "x"}); MAX_RULESET_LIST]});
        assert!(ruleset_list_issues(&at_limit).is_empty());
        let doc = json!({
            "a": [vec![0; MAX_RULESET_LIST + 1]],
            "markets": [{"countries": vec!["JP"; MAX_RULESET_LIST + 1]}],
            "rules": vec![json!({"id": "x"}); MAX_RULESET_LIST + 1],
        });
        let got: Vec<(String, String)> = ruleset_list_issues(&doc)
            .into_iter()
            .map(|i| (i.path, i.code.into()))
            .collect();
        let code = "limit.ruleset_list".to_string();
        assert_eq!(
            got,
            [
                ("/a/0".to_string(), code.clone()),
                ("/markets/0/countries".to_string(), code.clone()),
                ("/rules".to_string(), code)
            ]
        );
        // Through the reader: refused before any other check.
        let mut set: serde_json::Value =
            serde_json::from_str(crate::readiness::RuleSet::default_json()).unwrap();
        set["markets"][0]["countries"] = json!(vec!["JP"; MAX_RULESET_LIST + 1]);
        let e = crate::readiness::RuleSet::from_json(&set.to_string()).unwrap_err();
        assert_eq!(e.problems.len(), 1);
        assert_eq!(e.problems[0].path, "/markets/0/countries");
        assert_eq!(e.problems[0].code, "limit.ruleset_list");
    }
}
