//! Reading the named arguments of a call ([`Args`]) and writing its result ([`Outcome`]):
//! every argument read at its JSON pointer, the record within the limits of [`crate::limits`].

#![allow(clippy::result_large_err)]

use super::errors::{CallError, ErrorKind};
use crate::analytics::exchange::RateTable;
use crate::id::IdentifierError;
use crate::record::enterprise::Enterprise;
use crate::text::{Lang, Message};
use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The answer of a call: the typed result the function returned, not yet written anywhere.
/// It serialises with serde in the result's own field order, so each caller writes it once
/// into what it needs: [`call`](super::call) a JSON value, [`call_json`](super::call_json)
/// text, a binding its host's objects (the Python module builds dicts from it directly).
/// Without the `typed-answers` feature (the WebAssembly build) it holds the result written
/// as JSON text.
///
/// ```
/// use umkm::api::answer;
/// let a = answer("size_rule", &serde_json::json!({"as_of": "2025-11-01"})).unwrap();
/// // In the result's field order (a `Value` from `call` lists `citation` first).
/// assert!(serde_json::to_string(&a).unwrap().starts_with(r#"{"id":"pp-7-2021","citation":"#));
/// ```
pub struct Answer(pub(super) Written);

/// What an [`Answer`] holds.
pub(super) enum Written {
    /// The result itself.
    #[cfg(feature = "typed-answers")]
    Typed(Box<dyn erased_serde::Serialize + Send>),
    /// The result as JSON text.
    #[cfg(not(feature = "typed-answers"))]
    Text(String),
}

impl Serialize for Answer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            #[cfg(feature = "typed-answers")]
            Written::Typed(value) => erased_serde::serialize(&**value, serializer),
            #[cfg(not(feature = "typed-answers"))]
            Written::Text(text) => {
                // The library's own output, not input: no path to keep.
                #[allow(clippy::disallowed_methods)]
                let value: Value = serde_json::from_str(text).map_err(serde::ser::Error::custom)?;
                value.serialize(serializer)
            }
        }
    }
}

impl std::fmt::Debug for Answer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Answer(..)")
    }
}

pub(super) type Outcome = Result<Answer, CallError>;

#[cfg(feature = "typed-answers")]
pub(super) fn output<T: Serialize + Send + 'static>(value: T) -> Outcome {
    Ok(Answer(Written::Typed(Box::new(value))))
}

#[cfg(not(feature = "typed-answers"))]
pub(super) fn output<T: Serialize + Send + 'static>(value: T) -> Outcome {
    serde_json::to_string(&value)
        .map(|text| Answer(Written::Text(text)))
        .map_err(|e| unwritable(&e))
}

impl Answer {
    /// The answer as a JSON value.
    pub(super) fn into_value(self) -> Result<Value, CallError> {
        match self.0 {
            #[cfg(feature = "typed-answers")]
            Written::Typed(value) => serde_json::to_value(&*value).map_err(|e| unwritable(&e)),
            #[cfg(not(feature = "typed-answers"))]
            Written::Text(text) => {
                // The library's own output, not input: no path to keep.
                #[allow(clippy::disallowed_methods)]
                serde_json::from_str(&text).map_err(|e| unwritable(&e))
            }
        }
    }

    /// The answer as JSON text.
    pub(super) fn into_text(self) -> Result<String, CallError> {
        match self.0 {
            #[cfg(feature = "typed-answers")]
            Written::Typed(value) => serde_json::to_string(&*value).map_err(|e| unwritable(&e)),
            #[cfg(not(feature = "typed-answers"))]
            Written::Text(text) => Ok(text),
        }
    }
}

/// The error of an answer that could not be written (a fault of the library: every result
/// type serialises).
pub(super) fn unwritable(e: &dyn std::fmt::Display) -> CallError {
    CallError::new(
        ErrorKind::Internal,
        "internal.serialize",
        Message::new(
            format!("Hasil tidak dapat ditulis: {e}"),
            format!("The result cannot be written: {e}"),
        ),
    )
}

/// Reads a value of type `T` at `path`, naming the place inside it that failed.
pub(super) fn read<T: DeserializeOwned>(
    value: &Value,
    path: &str,
    code: &str,
) -> Result<T, CallError> {
    crate::json::reader::read(value).map_err(|e| unread(e, path, code))
}

/// The argument error for a value at `path` that could not be read.
pub(super) fn unread(e: crate::json::reader::ReadError, path: &str, code: &str) -> CallError {
    CallError::argument(code, format!("{path}{}", e.path), e.problem.message())
}

/// The error of a required argument left out.
fn missing(name: &str) -> CallError {
    CallError::argument(
        "argument.missing",
        format!("/{name}"),
        Message::fixed("wajib diisi", "missing"),
    )
}

/// The record in argument `name`; a malformed one is `record.json` at its path, one past the
/// record limits ([`crate::limits`]) the limit's code at its path.
pub(super) fn read_record(value: &Value, name: &str) -> Result<Enterprise, CallError> {
    within_limits(read(value, &format!("/{name}"), "record.json")?, name)
}

/// The record read for argument `name`, unless it is past the record limits.
pub(super) fn within_limits(record: Enterprise, name: &str) -> Result<Enterprise, CallError> {
    match crate::record::enterprise::record_issues(&record)
        .into_iter()
        .next()
    {
        Some(issue) => Err(CallError::from_issue(issue, &format!("/{name}"))),
        None => Ok(record),
    }
}

pub(super) struct Args<'a>(pub(super) &'a Value);

impl Args<'_> {
    /// A required argument; a malformed one has `code` at its path.
    pub(super) fn arg<T: DeserializeOwned>(&self, name: &str, code: &str) -> Result<T, CallError> {
        match self.0.get(name) {
            Some(v) => read(v, &format!("/{name}"), code),
            None => Err(missing(name)),
        }
    }

    /// A required argument as the JSON it is, not copied.
    pub(super) fn raw(&self, name: &str) -> Result<&Value, CallError> {
        self.0.get(name).ok_or_else(|| missing(name))
    }

    pub(super) fn get<T: DeserializeOwned>(&self, name: &str) -> Result<T, CallError> {
        self.arg(name, "argument.invalid")
    }

    /// An optional argument: absent and `null` are `None`.
    pub(super) fn opt<T: DeserializeOwned>(&self, name: &str) -> Result<Option<T>, CallError> {
        match self.0.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => read(v, &format!("/{name}"), "argument.invalid").map(Some),
        }
    }

    /// A decimal, read strictly: a string or a whole number, never a float.
    pub(super) fn decimal(&self, name: &str) -> Result<rust_decimal::Decimal, CallError> {
        #[derive(Deserialize)]
        struct Strict(#[serde(with = "crate::money::decimal")] rust_decimal::Decimal);
        self.get::<Strict>(name).map(|d| d.0)
    }

    pub(super) fn text(&self, name: &str) -> Result<String, CallError> {
        self.get(name)
    }

    pub(super) fn date(&self, name: &str) -> Result<NaiveDate, CallError> {
        self.get::<NaiveDate>(name)
    }

    /// An enterprise record; a malformed one is `record.json` at its path, one past the
    /// record limits ([`crate::limits`]) the limit's code at its path.
    pub(super) fn record(&self, name: &str) -> Result<Enterprise, CallError> {
        match self.0.get(name) {
            Some(v) => read_record(v, name),
            None => self.arg(name, "record.json"),
        }
    }

    pub(super) fn rates(&self, name: &str) -> Result<RateTable, CallError> {
        let rates: Vec<crate::analytics::exchange::ExchangeRate> =
            self.opt(name)?.unwrap_or_default();
        Ok(RateTable::new(rates)?)
    }

    pub(super) fn lang(&self) -> Result<Lang, CallError> {
        Ok(self.opt("lang")?.unwrap_or_default())
    }
}

pub(super) fn id_out<T: Serialize + Send + 'static>(r: Result<T, IdentifierError>) -> Outcome {
    r.map_err(CallError::from).and_then(output)
}
