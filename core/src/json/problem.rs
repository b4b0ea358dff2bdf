//! What was wrong with a value read from JSON, kept in parts ([`Problem`]) so that each
//! language writes it from this one catalogue: the English as serde_json words it (callers and
//! tests compare with it), the Indonesian written here, never translated from the English.
//!
//! serde reports most problems through typed callbacks (`invalid_type`, `unknown_field`, …),
//! which [`super::reader`] keeps as a [`Problem`]. The crate's own `Deserialize` impls say
//! theirs in both languages with [`said`]. Text of another crate arrives through serde's
//! `custom(Display)` as English only: chrono's date errors are recognised by reading the date
//! again ([`Problem::Date`]); anything else is [`Problem::Foreign`], said in Indonesian without
//! its English detail.

use crate::text::privacy::shown;
use crate::text::Message;
use chrono::format::ParseErrorKind;
use serde::de::{self, Unexpected};
use serde_json::Number;
use std::cell::RefCell;

/// What was wrong with a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A value of another JSON type than the one expected.
    InvalidType { found: Found, expected: String },
    /// A value of the right type that is not one allowed.
    InvalidValue { found: Found, expected: String },
    /// A list of the wrong length.
    InvalidLength { len: usize, expected: String },
    /// A word that is none of the enum's (shown as messages show input).
    UnknownVariant {
        variant: String,
        expected: &'static [&'static str],
    },
    /// A key that is none of the struct's (shown as messages show input).
    UnknownField {
        field: String,
        expected: &'static [&'static str],
    },
    /// A required field left out.
    MissingField(&'static str),
    /// A field given twice.
    DuplicateField(&'static str),
    /// A date chrono could not read, by the kind of its error, with chrono's text.
    Date { kind: DateKind, en: String },
    /// The crate's own message, in both languages ([`said`]).
    Said(Message),
    /// Another crate's message, English only.
    Foreign(String),
}

/// Why a date could not be read (chrono's `ParseErrorKind`, which is non-exhaustive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateKind {
    /// A field out of its range (month 13, 30 February).
    OutOfRange,
    /// Characters a date cannot hold.
    Invalid,
    /// The text ends too early.
    TooShort,
    /// Text after the date.
    TooLong,
    /// Anything else chrono reports.
    Other,
}

impl DateKind {
    /// The kind of a chrono error.
    pub(crate) fn of(kind: ParseErrorKind) -> DateKind {
        match kind {
            ParseErrorKind::OutOfRange | ParseErrorKind::Impossible => DateKind::OutOfRange,
            ParseErrorKind::Invalid => DateKind::Invalid,
            ParseErrorKind::TooShort => DateKind::TooShort,
            ParseErrorKind::TooLong => DateKind::TooLong,
            _ => DateKind::Other,
        }
    }
}

/// What was found instead, the caller's numbers and text shown through
/// [`crate::text::privacy::shown`] (digit runs masked, long text cut).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Found {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number, shown.
    Integer(String),
    /// A number with a fraction, as JSON writes it, shown.
    Float(String),
    /// A character.
    Char(char),
    /// Text, shown.
    Text(String),
    /// A list.
    List,
    /// An object.
    Object,
    /// What serde's own types report (an enum's form, bytes…), in serde's words.
    Other(&'static str),
}

impl Found {
    /// What serde reports as found.
    pub(crate) fn of(unexp: Unexpected<'_>) -> Found {
        match unexp {
            Unexpected::Unit => Found::Null,
            Unexpected::Float(f) => Found::Float(shown(
                &Number::from_f64(f).map_or_else(|| "NaN".into(), |n| n.to_string()),
            )),
            Unexpected::Bool(b) => Found::Bool(b),
            Unexpected::Unsigned(i) => Found::Integer(shown(&i.to_string())),
            Unexpected::Signed(i) => Found::Integer(shown(&i.to_string())),
            Unexpected::Char(c) => Found::Char(c),
            Unexpected::Str(s) => Found::Text(shown(s)),
            Unexpected::Seq => Found::List,
            Unexpected::Map => Found::Object,
            Unexpected::Bytes(_) => Found::Other("byte array"),
            Unexpected::Option => Found::Other("Option value"),
            Unexpected::NewtypeStruct => Found::Other("newtype struct"),
            Unexpected::Enum => Found::Other("enum"),
            Unexpected::UnitVariant => Found::Other("unit variant"),
            Unexpected::NewtypeVariant => Found::Other("newtype variant"),
            Unexpected::TupleVariant => Found::Other("tuple variant"),
            Unexpected::StructVariant => Found::Other("struct variant"),
            Unexpected::Other(_) => Found::Other("other value"),
        }
    }

    /// In serde_json's words.
    fn en(&self) -> String {
        match self {
            Found::Null => "null".into(),
            Found::Bool(b) => format!("boolean `{b}`"),
            Found::Integer(n) => format!("integer `{n}`"),
            Found::Float(n) => format!("floating point `{n}`"),
            Found::Char(c) => format!("character `{c}`"),
            Found::Text(s) => format!("string {s:?}"),
            Found::List => "sequence".into(),
            Found::Object => "map".into(),
            Found::Other(o) => (*o).into(),
        }
    }

    /// In Indonesian.
    fn id(&self) -> String {
        match self {
            Found::Null => "null".into(),
            Found::Bool(b) => format!("boolean `{b}`"),
            Found::Integer(n) => format!("bilangan bulat `{n}`"),
            Found::Float(n) => format!("bilangan pecahan `{n}`"),
            Found::Char(c) => format!("karakter `{c}`"),
            Found::Text(s) => format!("teks {s:?}"),
            Found::List => "daftar".into(),
            Found::Object => "objek".into(),
            Found::Other(_) => "nilai lain".into(),
        }
    }
}

/// What a type expects, in Indonesian: serde's words for its primitives and the expecting
/// texts of the crate's own types, each said here. A text not in the list is a type whose
/// expectation has no Indonesian yet; it is said generally (a test reads every input type
/// and finds none).
pub(crate) fn expected_id(expected: &str) -> String {
    let said = match expected {
        "a string" | "a borrowed string" | "string" => "teks",
        "a boolean" => "true atau false",
        "a sequence" => "daftar",
        "a map" => "objek",
        "u8" | "u16" | "u32" | "u64" | "usize" => "bilangan bulat tak negatif",
        "i8" | "i16" | "i32" | "i64" | "isize" => "bilangan bulat",
        "f32" | "f64" => "angka",
        "unit" => "null",
        "a formatted date string" => "tanggal TTTT-BB-HH, misalnya \"2025-08-17\"",
        "a decimal string such as \"40000.50\" or a whole number" => {
            "angka desimal sebagai teks, misalnya \"40000.50\", atau bilangan bulat"
        }
        "variant identifier" => "nama pilihan",
        "field identifier" => "nama kolom",
        "struct variant" => "objek pilihan",
        other => {
            return match other.strip_prefix("struct ") {
                Some(_) => "objek".into(),
                None if other.starts_with("enum ")
                    || other.starts_with("internally tagged enum") =>
                {
                    "objek dengan jenisnya".into()
                }
                None if other.starts_with("tuple of ") || other.starts_with("an array of") => {
                    "daftar".into()
                }
                None => "bentuk yang diminta".into(),
            }
        }
    };
    said.into()
}

/// serde's list of what was expected (`expected one of `a`, `b``).
fn one_of_en(names: &'static [&'static str], none: &str) -> String {
    match names {
        [] => none.into(),
        [one] => format!("expected `{one}`"),
        [a, b] => format!("expected `{a}` or `{b}`"),
        _ => {
            let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!("expected one of {}", list.join(", "))
        }
    }
}

/// The same list in Indonesian.
fn one_of_id(names: &'static [&'static str], none: &str) -> String {
    match names {
        [] => none.into(),
        [one] => format!("seharusnya `{one}`"),
        [a, b] => format!("seharusnya `{a}` atau `{b}`"),
        _ => {
            let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            format!("seharusnya salah satu dari {}", list.join(", "))
        }
    }
}

impl Problem {
    /// The problem in both languages; the English as serde_json writes it.
    pub(crate) fn message(&self) -> Message {
        match self {
            Problem::InvalidType { found, expected } => Message::new(
                format!(
                    "jenis tidak sah: {}; seharusnya {}",
                    found.id(),
                    expected_id(expected)
                ),
                format!("invalid type: {}, expected {expected}", found.en()),
            ),
            Problem::InvalidValue { found, expected } => Message::new(
                format!(
                    "nilai tidak sah: {}; seharusnya {}",
                    found.id(),
                    expected_id(expected)
                ),
                format!("invalid value: {}, expected {expected}", found.en()),
            ),
            Problem::InvalidLength { len, expected } => Message::new(
                format!(
                    "panjang {len} tidak sah; seharusnya {}",
                    expected_id(expected)
                ),
                format!("invalid length {len}, expected {expected}"),
            ),
            Problem::UnknownVariant { variant, expected } => Message::new(
                format!(
                    "nilai `{variant}` tidak dikenal; {}",
                    one_of_id(expected, "tidak ada pilihan")
                ),
                format!(
                    "unknown variant `{variant}`, {}",
                    one_of_en(expected, "there are no variants")
                ),
            ),
            Problem::UnknownField { field, expected } => Message::new(
                format!(
                    "kolom `{field}` tidak dikenal; {}",
                    one_of_id(expected, "tidak ada kolom")
                ),
                format!(
                    "unknown field `{field}`, {}",
                    one_of_en(expected, "there are no fields")
                ),
            ),
            Problem::MissingField(field) => Message::new(
                format!("kolom `{field}` wajib diisi"),
                format!("missing field `{field}`"),
            ),
            Problem::DuplicateField(field) => Message::new(
                format!("kolom `{field}` muncul dua kali"),
                format!("duplicate field `{field}`"),
            ),
            Problem::Date { kind, en } => Message::new(
                format!("tanggal tidak sah (format TTTT-BB-HH): {}", date_id(*kind)),
                en.clone(),
            ),
            Problem::Said(m) => m.clone(),
            Problem::Foreign(en) => Message::new("nilai tidak dapat dibaca", en.clone()),
        }
    }

    /// The English, as serde_json writes it.
    pub(crate) fn en(&self) -> String {
        match self {
            Problem::Said(m) => m.en.to_string(),
            Problem::Foreign(en) | Problem::Date { en, .. } => en.clone(),
            other => other.message().en.into(),
        }
    }
}

/// Why a date could not be read, in Indonesian.
fn date_id(kind: DateKind) -> &'static str {
    match kind {
        DateKind::OutOfRange => "bulan atau hari di luar rentangnya",
        DateKind::Invalid => "memuat karakter yang tidak sah",
        DateKind::TooShort => "teks terpotong",
        DateKind::TooLong => "ada teks setelah tanggal",
        DateKind::Other => "tidak dapat dibaca",
    }
}

thread_local! {
    /// The message of the crate's own serde error being raised ([`said`]).
    static SAID: RefCell<Option<Message>> = const { RefCell::new(None) };
}

/// A serde error of the crate's own `Deserialize` impls, said in both languages. serde passes
/// custom errors on as text only, so the English goes the usual way (any serde reader shows
/// it) and the message waits beside it for [`heard`], which the reader of this module calls
/// from its `custom`.
pub(crate) fn said<E: de::Error>(message: Message) -> E {
    let en = message.en.to_string();
    SAID.with(|s| *s.borrow_mut() = Some(message));
    E::custom(en)
}

/// The problem of a custom error with text `en`: the crate's own message if one waits with
/// the same English, else another crate's text.
pub(crate) fn heard(en: String) -> Problem {
    match SAID.with(|s| s.borrow_mut().take()) {
        Some(m) if *m.en == *en => Problem::Said(m),
        _ => Problem::Foreign(en),
    }
}
