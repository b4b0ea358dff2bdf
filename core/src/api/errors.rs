//! The one error shape of the facade: [`CallError`] with its [`ErrorKind`], stable code, JSON
//! pointer and messages in Indonesian and English, and its making from every error of the core.

#![allow(clippy::result_large_err)]

use crate::analytics::exchange::ExchangeError;
use crate::analytics::{activity, growth, production, ranking, target, transition};
use crate::id::{nik, IdentifierError};
use crate::readiness::{self};
use crate::record::issue::Issue;
use crate::reference::calendar::{self};
use crate::reference::region;
use crate::text::{Lang, Message};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What went wrong, for the bindings to pick an exception class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
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

/// The error of a `call`: kind, stable code, messages, where, and every issue.
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
    pub(crate) fn new(kind: ErrorKind, code: &str, message: Message) -> Self {
        CallError {
            kind,
            code: code.to_string(),
            message_id: message.id.into(),
            message_en: message.en.into(),
            path: String::new(),
            issues: Vec::new(),
        }
    }

    pub(crate) fn invalid(code: &str, message: Message, issues: Vec<Issue>) -> Self {
        CallError {
            issues,
            ..CallError::new(ErrorKind::Invalid, code, message)
        }
    }

    /// An argument error at a JSON pointer, with what is wrong there in both languages.
    ///
    /// ```
    /// use umkm::{api::CallError, Message};
    /// let e = CallError::argument(
    ///     "argument.invalid",
    ///     "/sales".into(),
    ///     Message::new("panjang kedua kolom berbeda", "the two columns differ in length"),
    /// );
    /// assert_eq!(e.message_id, "Argumen tidak sah di /sales: panjang kedua kolom berbeda");
    /// assert_eq!(e.message_en, "Invalid argument at /sales: the two columns differ in length");
    /// ```
    pub fn argument(code: &str, path: String, detail: Message) -> Self {
        // The arguments as a whole (path "") have no place to name.
        let message = if path.is_empty() {
            Message::new(
                format!("Argumen tidak sah: {}", detail.id),
                format!("Invalid arguments: {}", detail.en),
            )
        } else {
            Message::new(
                format!("Argumen tidak sah di {path}: {}", detail.id),
                format!("Invalid argument at {path}: {}", detail.en),
            )
        };
        CallError {
            path,
            ..CallError::new(ErrorKind::Argument, code, message)
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
    pub(crate) fn from_issue(issue: Issue, prefix: &str) -> Self {
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
                ..CallError::new(ErrorKind::Argument, key.code(), key.message())
            },
        }
    }
}

impl From<IdentifierError> for CallError {
    fn from(e: IdentifierError) -> Self {
        CallError::new(ErrorKind::Identifier, e.code(), e.message())
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
        CallError::invalid(e.code(), e.message(), e.problems)
    }
}
