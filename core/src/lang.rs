//! Bilingual text: every message the library produces exists in Indonesian and English.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The language a report or a formatted amount is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Bahasa Indonesia, the default.
    #[default]
    Id,
    /// English.
    En,
}

/// One message in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// Bahasa Indonesia.
    pub id: String,
    /// English.
    pub en: String,
}

impl Message {
    /// Builds a message from its Indonesian and English text.
    pub fn new(id: impl Into<String>, en: impl Into<String>) -> Self {
        Message {
            id: id.into(),
            en: en.into(),
        }
    }

    /// The text in the given language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.id,
            Lang::En => &self.en,
        }
    }
}
