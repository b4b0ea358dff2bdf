//! `umkm-wasm`: the WebAssembly module behind the npm package `umkm`. Registration only:
//! JSON text crosses the boundary (the package's JavaScript turns objects into JSON and
//! back), every call goes to the core's facade `umkm::api`, and the column functions take
//! the numbers joined by newlines so a million of them cross as one string.
//!
//! The core never panics on input (its hostile-input tests prove it); in WebAssembly a panic
//! would abort, which the package reports as an `internal.panic` error and answers by loading
//! a fresh instance.

use umkm::id::{self, IdentifierKind};
use wasm_bindgen::prelude::*;

fn kind(identifier: &str) -> Result<IdentifierKind, JsError> {
    IdentifierKind::from_name(identifier)
        .ok_or_else(|| JsError::new(&format!("no identifier {identifier:?}")))
}

/// Calls a core function by name with its named arguments as JSON text; answers
/// `{"ok": result}` or `{"error": {kind, code, message_id, message_en, path, issues}}`.
#[wasm_bindgen(js_name = callJson)]
pub fn call_json(name: &str, args: &str) -> String {
    umkm::api::call_json(name, args)
}

/// `is_valid` of `count` numbers joined by newlines: one byte (0 or 1) a number, or
/// `undefined` when the text does not split into `count` parts (a number held a newline).
#[wasm_bindgen(js_name = isValidJoined)]
pub fn is_valid_joined(
    identifier: &str,
    text: &str,
    count: usize,
) -> Result<Option<Vec<u8>>, JsError> {
    let kind = kind(identifier)?;
    let parts: Vec<&str> = text.split('\n').collect();
    Ok((parts.len() == count).then(|| parts.iter().map(|n| u8::from(kind.is_valid(n))).collect()))
}

/// `validate` of `count` numbers joined by newlines, as JSON text: a list of
/// `[compact | null, code | null, message_id | null, message_en | null]`, or `undefined`
/// when the text does not split into `count` parts.
#[wasm_bindgen(js_name = validateJoined)]
pub fn validate_joined(
    identifier: &str,
    text: &str,
    count: usize,
) -> Result<Option<String>, JsError> {
    let kind = kind(identifier)?;
    let parts: Vec<&str> = text.split('\n').collect();
    if parts.len() != count {
        return Ok(None);
    }
    let rows: Vec<serde_json::Value> = id::validate_many(kind, &parts)
        .into_iter()
        .map(|r| match r {
            Ok(value) => serde_json::json!([value, null, null, null]),
            Err(e) => {
                let m = e.message();
                serde_json::json!([null, e.code(), m.id, m.en])
            }
        })
        .collect();
    Ok(Some(serde_json::Value::Array(rows).to_string()))
}

/// The identifier text of a whole number given as its digits (a spreadsheet column read as
/// numbers), the leading zeros it lost put back (`umkm::id::IdentifierKind::from_integer`);
/// `undefined` for text that is not digits.
#[wasm_bindgen(js_name = fromInteger)]
pub fn from_integer(identifier: &str, digits: &str) -> Result<Option<String>, JsError> {
    let kind = kind(identifier)?;
    Ok(digits
        .parse::<u128>()
        .ok()
        .filter(|_| digits.bytes().all(|b| b.is_ascii_digit()))
        .map(|v| kind.from_integer(v).0))
}

/// The limits the JavaScript side checks before it copies an argument (JSON text):
/// `{"string": bytes, "key": bytes, "list": items, "digit_run": digits}` (`umkm::limits`).
#[wasm_bindgen]
pub fn limits() -> String {
    serde_json::json!({
        "string": umkm::limits::MAX_STRING_BYTES,
        "key": umkm::limits::MAX_KEY_BYTES,
        "list": umkm::limits::MAX_LIST_ITEMS,
        "digit_run": umkm::privacy::MIN_DIGIT_RUN,
    })
    .to_string()
}

/// Every function of the facade with its arguments and result type (JSON text).
#[wasm_bindgen]
pub fn functions() -> String {
    serde_json::to_string(&umkm::api::functions()).unwrap_or_else(|_| "[]".into())
}

/// The input types the facade's `normalize` reads (JSON text list).
#[wasm_bindgen(js_name = inputTypes)]
pub fn input_types() -> String {
    serde_json::to_string(&umkm::api::INPUT_TYPES).unwrap_or_else(|_| "[]".into())
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").into()
}
