//! What a check finds: an [`Issue`] (path, code, severity, message in Indonesian and English),
//! the [`Report`] of a record, and the capped list of a batch check. A leaf module: the record's
//! validation, the classifiers, the limits and the analytics all speak of issues, and none of
//! them needs the others to do so.

use crate::text::{Message, Text};
use chrono::NaiveDate;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How serious an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The record is wrong.
    Error,
    /// The record is legal but something needs attention.
    Warning,
}

/// One problem found.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Issue {
    /// JSON pointer to the field (`/products/0/hs_code`); `""` for the record as a whole.
    pub path: String,
    /// Stable code (`npwp.checksum`, `certificate.expiring`).
    pub code: Text,
    /// Error or warning.
    pub severity: Severity,
    /// Message in Indonesian.
    pub message_id: Text,
    /// Message in English.
    pub message_en: Text,
}

/// Everything found in one record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Report {
    /// The date the record was judged on.
    pub as_of: NaiveDate,
    /// True when there is no error (warnings allowed).
    pub valid: bool,
    /// Number of errors.
    pub errors: usize,
    /// Number of warnings.
    pub warnings: usize,
    /// Every issue, in record order.
    pub issues: Vec<Issue>,
}

impl Issue {
    /// The message in a language.
    pub fn message(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Id => &self.message_id,
            crate::Lang::En => &self.message_en,
        }
    }
}

impl Report {
    /// Issues with a given code.
    pub fn with_code<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Issue> + 'a {
        self.issues.iter().filter(move |i| i.code == code)
    }
}

/// Most issues a batch check (a rate table, a million export records) lists before it
/// summarises the rest in one `input.more_issues` issue, so hostile input cannot exhaust memory.
pub const MAX_BATCH_ISSUES: usize = 1000;

impl Issue {
    /// An error at a JSON-pointer path with a stable code.
    pub fn error(path: impl Into<String>, code: impl Into<Text>, message: Message) -> Issue {
        Issue {
            path: path.into(),
            code: code.into(),
            severity: Severity::Error,
            message_id: message.id,
            message_en: message.en,
        }
    }

    /// A warning at a JSON-pointer path with a stable code.
    pub fn warning(path: impl Into<String>, code: impl Into<Text>, message: Message) -> Issue {
        Issue {
            severity: Severity::Warning,
            ..Issue::error(path, code, message)
        }
    }
}

/// Issues of a batch input, at most [`MAX_BATCH_ISSUES`] kept.
#[derive(Debug, Default)]
pub(crate) struct BatchIssues {
    issues: Vec<Issue>,
    dropped: usize,
}

impl BatchIssues {
    pub(crate) fn push(&mut self, issue: Issue) {
        if self.issues.len() < MAX_BATCH_ISSUES {
            self.issues.push(issue);
        } else {
            self.dropped += 1;
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.issues.is_empty()
    }

    /// The issues kept, plus one `input.more_issues` saying how many were not listed.
    pub(crate) fn finish(mut self) -> Vec<Issue> {
        if self.dropped > 0 {
            let n = self.dropped;
            self.issues.push(Issue::error(
                "",
                "input.more_issues",
                Message::new(
                    format!("{n} masalah lain tidak dicantumkan"),
                    format!("{n} more problems not listed"),
                ),
            ));
        }
        self.issues
    }
}
