//! The JSON facade: any function (chosen by the first byte) with any argument text. Every
//! answer is `{"ok": ...}` or `{"error": ...}` JSON; nothing panics.
#![no_main]
use libfuzzer_sys::fuzz_target;

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
    assert!(
        v.get("ok").is_some() || v.get("error").is_some(),
        "{answer}"
    );
});
