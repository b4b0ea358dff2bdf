//! The JSON facade under the budget of `core/src/limits.rs`: any function of the facade (first
//! byte) with any argument text, run with `-malloc_limit_mb=256 -timeout=1` (fuzz/README.md),
//! so an input of a few KB that asks for more than 256 MB at once or runs over a second is a
//! crash. Every answer is `{"ok": ...}` or a coded `{"error": ...}` (never `internal.*`), and
//! no error copies the NIK the dictionary (fuzz/extremes.dict) plants into its text.
#![no_main]
use libfuzzer_sys::fuzz_target;

const NIK: &str = "3275014101900001";

fuzz_target!(|data: &[u8]| {
    let Some((first, rest)) = data.split_first() else {
        return;
    };
    let Ok(args) = std::str::from_utf8(rest) else {
        return;
    };
    let functions = umkm::api::functions();
    let Some(f) = functions.get(usize::from(*first) % functions.len()) else {
        return;
    };
    let answer = umkm::api::call_json(&f.name, args);
    let v: serde_json::Value = serde_json::from_str(&answer).unwrap_or_default();
    if v.get("ok").is_some() {
        return;
    }
    let e = &v["error"];
    let code = e["code"].as_str().unwrap_or("");
    assert!(
        !code.is_empty() && !code.starts_with("internal"),
        "{answer}"
    );
    if args.contains(NIK) {
        for field in ["message_en", "message_id", "path"] {
            let text = e[field].as_str().unwrap_or("");
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            assert!(!digits.contains(NIK), "{field}: {text}");
        }
    }
});
