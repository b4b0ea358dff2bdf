//! `umkm-wasm`: the WebAssembly module behind the npm package `umkm`. Registration only:
//! JSON text crosses the boundary (the package's JavaScript turns objects into JSON and
//! back) and every call goes to the core's facade `umkm::api`; the identifier functions are
//! `umkm-id-wasm`'s (re-exported), whose column functions take the numbers joined by newlines
//! so a million of them cross as one string.
//!
//! The core never panics on input (its hostile-input tests prove it); in WebAssembly a panic
//! would abort, which the package reports as an `internal.panic` error and answers by loading
//! a fresh instance.

use wasm_bindgen::prelude::*;

// The identifier functions (validate, check, format, the column forms, version) are those of
// the identifiers-only module of `umkm/id`, exported from this module too, so both answer alike.
pub use umkm_id_wasm::*;

/// Calls a core function by name with its named arguments as JSON text; answers
/// `{"ok": result}` or `{"error": {kind, code, message_id, message_en, path, issues}}`.
#[wasm_bindgen(js_name = callJson)]
pub fn call_json(name: &str, args: &str) -> String {
    umkm::api::call_json(name, args)
}

/// The limits the JavaScript side checks before it copies an argument (JSON text):
/// `{"string": bytes, "key": bytes, "list": items, "digit_run": digits}` (`umkm::limits`).
#[wasm_bindgen]
pub fn limits() -> String {
    serde_json::json!({
        "string": umkm::limits::MAX_STRING_BYTES,
        "key": umkm::limits::MAX_KEY_BYTES,
        "list": umkm::limits::MAX_LIST_ITEMS,
        "digit_run": umkm::text::privacy::MIN_DIGIT_RUN,
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
