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
#[cfg_attr(docsrs, doc(cfg(feature = "schema")))]
pub mod schema;

mod args;
mod errors;
mod registry;
mod rows;

pub use errors::{CallError, ErrorKind};
pub use registry::{functions, FunctionInfo, INPUT_TYPES};
pub use rows::{assess_row_cells, assess_rows, validate_records, validate_rows, RowCells};

use crate::id::IdentifierKind;
use crate::text::Message;
pub use args::Answer;
use args::{output, Args, Outcome};
use registry::{Run, PER_IDENTIFIER};
use serde_json::{json, Value};

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

/// Reads one argument of type `T` from its JSON value as the facade reads it: an error names
/// the place inside the argument (`path` + the JSON pointer within) with code
/// `argument.invalid`, in Indonesian and English. For bindings that read an argument
/// themselves before calling a typed function.
///
/// ```
/// use umkm::{api::read_argument, NaiveDate};
/// let date: NaiveDate = read_argument(&serde_json::json!("2025-08-17"), "/as_of").unwrap();
/// assert_eq!(date, NaiveDate::from_ymd_opt(2025, 8, 17).unwrap());
/// let e = read_argument::<NaiveDate>(&serde_json::json!("2025-02-30"), "/as_of").unwrap_err();
/// assert_eq!((e.code.as_str(), e.path.as_str()), ("argument.invalid", "/as_of"));
/// assert!(e.message_id.ends_with("bulan atau hari di luar rentangnya"));
/// ```
///
/// # Errors
///
/// A [`CallError`] of kind [`ErrorKind::Argument`] at the place that failed.
pub fn read_argument<T: serde::de::DeserializeOwned>(
    value: &Value,
    path: &str,
) -> Result<T, Box<CallError>> {
    args::read(value, path, "argument.invalid").map_err(Box::new)
}

/// Calls a function by name with named JSON arguments (an object). See the module docs.
///
/// ```
/// use umkm::api::call;
/// use serde_json::json;
///
/// assert_eq!(call("npwp.format", &json!({"number": "013121660091000"})).unwrap(), "01.312.166.0-091.000");
/// let e = call("npwp.format", &json!({})).unwrap_err();
/// assert_eq!((e.code.as_str(), e.path.as_str()), ("argument.missing", "/number"));
/// ```
///
/// # Errors
///
/// One [`CallError`] shape for everything: `api.unknown_function` ([`ErrorKind::Function`]);
/// an argument missing or malformed ([`ErrorKind::Argument`], `path` a JSON pointer into the
/// arguments); an identifier's rule (`Identifier`); a domain refusal (`Domain`); a list of
/// problems (`Invalid`, with `issues`); an input past [`crate::limits`] (`Limit`). The error is
/// boxed: it is large (messages, path, issues) and rare.
pub fn call(name: &str, args: &Value) -> Result<Value, Box<CallError>> {
    answer(name, args)?.into_value().map_err(Box::new)
}

/// Calls as [`call`] does, the result kept as the typed value the function returned
/// ([`Answer`]): serialise it into what you need, in the result's own field order (a JSON
/// value built by [`call`] has its keys in alphabetical order).
///
/// # Errors
///
/// As [`call`].
pub fn answer(name: &str, args: &Value) -> Result<Answer, Box<CallError>> {
    dispatch(name, args).map_err(Box::new)
}

fn dispatch(name: &str, args: &Value) -> Outcome {
    if !args.is_object() {
        return Err(CallError::argument(
            "argument.invalid",
            String::new(),
            Message::fixed(
                "argumen harus berupa objek JSON",
                "the arguments must be a JSON object",
            ),
        ));
    }
    let a = Args(args);
    let module = name
        .split_once('.')
        .and_then(|(m, f)| Some((IdentifierKind::from_name(m)?, f)));
    // Identifier functions read one text in one linear pass: answered before the shape limits,
    // so `is_valid` of any text (however long) is a yes or no, never an error.
    if let Some((kind, function)) = module {
        if let Some(outcome) = per_identifier(kind, function, &a) {
            return outcome;
        }
    }
    let run = registry::find(name).map(|f| f.run);
    if let Some(Run::Number(run)) = run {
        return run(&a.text("number")?, &a);
    }
    crate::limits::check_value(args).map_err(|issue| CallError::from_issue(issue, ""))?;
    match (run, module) {
        (Some(Run::Args(run)), _) => run(&a),
        (None, Some((kind, "format_many"))) => output(crate::id::format_many(
            kind,
            &a.get::<Vec<String>>("numbers")?,
        )),
        _ => Err(unknown(name)),
    }
}

/// The five functions every identifier module has that read one `number` ([`PER_IDENTIFIER`]);
/// `None` for any other function.
fn per_identifier(kind: IdentifierKind, function: &str, a: &Args<'_>) -> Option<Outcome> {
    let (_, _, run) = PER_IDENTIFIER.iter().find(|(f, _, _)| *f == function)?;
    if kind == IdentifierKind::Kbli && registry::KBLI_IN_EDITION.contains(&function) {
        return Some(kbli_in_edition(function, a));
    }
    Some(a.text("number").and_then(|n| run(kind, &n)))
}

/// `kbli.validate` and `kbli.is_valid` in the edition `version` names (the latest when left
/// out): the number is read first, then the edition.
fn kbli_in_edition(function: &str, a: &Args<'_>) -> Outcome {
    use crate::id::kbli;
    let number = a.text("number")?;
    let version = registry::kbli_version(a)?;
    if function == "is_valid" {
        output(kbli::is_valid_in(&number, version))
    } else {
        args::id_out(kbli::validate_in(&number, version))
    }
}

/// Calls with arguments given as JSON text; the answer as JSON text (`{"ok": ...}` or
/// `{"error": CallError}`). For bindings whose host reads JSON fastest. Never fails: a
/// malformed text is an `argument.json` error in the answer.
///
/// ```
/// use umkm::api::call_json;
/// assert_eq!(call_json("npwp.is_valid", r#"{"number": "01.312.166.0-091.000"}"#), r#"{"ok":true}"#);
/// assert!(call_json("npwp.is_valid", "{").contains(r#""code":"argument.json""#));
/// ```
pub fn call_json(name: &str, args: &str) -> String {
    let outcome = crate::limits::check_json_size(
        args.len(),
        crate::limits::MAX_JSON_BYTES,
        "limit.json_size",
    )
    .map_err(|issue| CallError::from_issue(issue, ""))
    .and_then(|()| {
        crate::json::reader::parse(args).map_err(|e| match e {
            e @ crate::json::reader::ParseError::Json(_) => {
                CallError::argument("argument.json", String::new(), e.detail())
            }
            dup => CallError {
                path: dup.path().to_string(),
                ..CallError::new(ErrorKind::Argument, dup.code(), dup.message())
            },
        })
    })
    .and_then(|v| dispatch(name, &v));
    match outcome {
        Ok(answer) => match answer.into_text() {
            Ok(text) => format!("{{\"ok\":{text}}}"),
            Err(e) => json!({ "error": e }).to_string(),
        },
        Err(e) => json!({ "error": e }).to_string(),
    }
}
