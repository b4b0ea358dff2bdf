//! `umkm-id-wasm`: the WebAssembly module behind `umkm/id`, the identifiers-only entry of the
//! npm package `umkm`. Registration only, as `umkm-wasm` is: each function hands a text to
//! `umkm::id` and answers in plain text the package's `id-api.js` splits, so no JSON library
//! is linked and the module (with its JavaScript) stays under the 50 KB gzipped budget a form
//! checking an NPWP as it is typed can afford. The answers are the core's, equal to those of
//! the full module (the JavaScript tests compare both on every identifier vector and on
//! generated input).
//!
//! Answers are fields separated by U+0000 (`SEP`) and rows by U+001E (`ROW`). Only the last
//! field of an answer can hold them (the text as typed, in `check` and `format`): codes are
//! ASCII, compact numbers ASCII letters and digits, and a message shows an invalid character
//! escaped (`'\u{1e}'`). The joined forms answer `undefined` where an answer holds `ROW`,
//! and the JavaScript side then asks for each number alone.

use umkm::id::kbli::{self, KbliVersion};
use umkm::id::{self, IdentifierError, IdentifierKind};
use wasm_bindgen::prelude::*;

const SEP: char = '\u{0}';
const ROW: char = '\u{1e}';

fn kind(identifier: &str) -> Result<IdentifierKind, JsError> {
    IdentifierKind::from_name(identifier).ok_or_else(|| JsError::new("no such identifier"))
}

/// `SEP`-joined `code`, Indonesian message, English message. The code is `code_text()`, not
/// `code()`, whose table of every code would cost this module a kilobyte of its 50 KB budget.
fn refusal(e: &IdentifierError) -> String {
    let m = e.message();
    format!("{}{SEP}{}{SEP}{}", e.code_text(), m.id, m.en)
}

/// One answer of `validate`: `ok<SEP>compact` or `code<SEP>message_id<SEP>message_en`.
fn validated(kind: IdentifierKind, text: &str) -> String {
    match kind.validate(text) {
        Ok(c) => format!("ok{SEP}{}", c.as_str()),
        Err(e) => refusal(&e),
    }
}

/// The core's `validate`: the compact number, or the broken rule with its messages.
#[wasm_bindgen]
pub fn validate(identifier: &str, text: &str) -> Result<String, JsError> {
    Ok(validated(kind(identifier)?, text))
}

/// The core's `is_valid`.
#[wasm_bindgen(js_name = isValid)]
pub fn is_valid(identifier: &str, text: &str) -> Result<bool, JsError> {
    Ok(kind(identifier)?.is_valid(text))
}

/// The KBLI edition of `year` (2020, 2025), which the JavaScript side has read from `version`.
fn kbli_edition(year: u32) -> Result<KbliVersion, JsError> {
    KbliVersion::of_year(year.into()).ok_or_else(|| JsError::new("no such KBLI edition"))
}

/// The core's `kbli::validate_in`: `validate` of a KBLI code in the edition of `year`.
#[wasm_bindgen(js_name = kbliValidateIn)]
pub fn kbli_validate_in(text: &str, year: u32) -> Result<String, JsError> {
    Ok(match kbli::validate_in(text, kbli_edition(year)?) {
        Ok(c) => format!("ok{SEP}{}", c.as_str()),
        Err(e) => refusal(&e),
    })
}

/// The core's `kbli::is_valid_in`: `isValid` of a KBLI code in the edition of `year`.
#[wasm_bindgen(js_name = kbliIsValidIn)]
pub fn kbli_is_valid_in(text: &str, year: u32) -> Result<bool, JsError> {
    Ok(kbli::is_valid_in(text, kbli_edition(year)?))
}

/// The core's `compact`.
#[wasm_bindgen]
pub fn compact(identifier: &str, text: &str) -> Result<String, JsError> {
    Ok(kind(identifier)?.compact(text))
}

/// The core's `format` (progressive on partial input).
#[wasm_bindgen]
pub fn format(identifier: &str, text: &str) -> Result<String, JsError> {
    Ok(kind(identifier)?.format(text))
}

/// The core's `check` of a number being typed: `state<SEP>code<SEP>formatted`, the code empty
/// when valid.
#[wasm_bindgen]
pub fn check(identifier: &str, text: &str) -> Result<String, JsError> {
    let c = id::check(kind(identifier)?, text);
    let state = match c.state {
        id::InputState::Valid => "valid",
        id::InputState::Incomplete => "incomplete",
        id::InputState::Invalid => "invalid",
    };
    Ok(format!(
        "{state}{SEP}{}{SEP}{}",
        c.code.unwrap_or_default(),
        c.formatted
    ))
}

/// The parts of `count` numbers joined by newlines, or `None` when a number held a newline.
fn parts(text: &str, count: usize) -> Option<Vec<&str>> {
    let parts: Vec<&str> = text.split('\n').collect();
    (parts.len() == count).then_some(parts)
}

/// Answers joined by `ROW`, or `None` where an answer holds `ROW` itself.
fn rows(answers: impl Iterator<Item = String>) -> Option<String> {
    let mut out = String::new();
    for (i, answer) in answers.enumerate() {
        if answer.contains(ROW) {
            return None;
        }
        if i > 0 {
            out.push(ROW);
        }
        out.push_str(&answer);
    }
    Some(out)
}

/// `is_valid` of `count` numbers joined by newlines: one byte (0 or 1) a number, or
/// `undefined` when the text does not split into `count` parts.
#[wasm_bindgen(js_name = isValidJoined)]
pub fn is_valid_joined(
    identifier: &str,
    text: &str,
    count: usize,
) -> Result<Option<Vec<u8>>, JsError> {
    let kind = kind(identifier)?;
    Ok(parts(text, count).map(|p| p.iter().map(|n| u8::from(kind.is_valid(n))).collect()))
}

/// `validate` of `count` numbers joined by newlines: the answers as `validate` gives them,
/// joined by `ROW`, or `undefined` when the text does not split into `count` parts or an
/// answer holds `ROW`.
#[wasm_bindgen(js_name = validateJoined)]
pub fn validate_joined(
    identifier: &str,
    text: &str,
    count: usize,
) -> Result<Option<String>, JsError> {
    let kind = kind(identifier)?;
    Ok(parts(text, count).and_then(|p| rows(p.iter().map(|n| validated(kind, n)))))
}

/// `format` of `count` numbers joined by newlines, joined by `ROW`, or `undefined` when the
/// text does not split into `count` parts or an answer holds `ROW`.
#[wasm_bindgen(js_name = formatJoined)]
pub fn format_joined(
    identifier: &str,
    text: &str,
    count: usize,
) -> Result<Option<String>, JsError> {
    let kind = kind(identifier)?;
    Ok(parts(text, count).and_then(|p| rows(p.iter().map(|n| kind.format(n)))))
}

/// The identifier text of a whole number given as its digits, the leading zeros it lost put
/// back (`IdentifierKind::from_digits`); `undefined` for text that is not digits.
#[wasm_bindgen(js_name = fromInteger)]
pub fn from_integer(identifier: &str, digits: &str) -> Result<Option<String>, JsError> {
    Ok(kind(identifier)?.from_digits(digits).map(|(text, _)| text))
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").into()
}
