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

/// A result already written as JSON text: `call_json` embeds it as it is, `call` reads it
/// into a `Value` (cheaper than building the `Value` from the result directly).
pub(super) struct Json(pub(super) String);

pub(super) type Outcome = Result<Json, CallError>;

pub(super) fn output<T: Serialize>(value: T) -> Outcome {
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

pub(super) fn id_out<T: Serialize>(r: Result<T, IdentifierError>) -> Outcome {
    r.map_err(CallError::from).and_then(output)
}
