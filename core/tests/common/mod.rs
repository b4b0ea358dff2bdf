//! What several scenario tests share.
// Tests read JSON with serde_json (core/clippy.toml keeps it out of the library).
#![allow(clippy::disallowed_methods)]

use serde_json::Value;
use umkm::api::CallError;

/// Each facade function's arguments from its first conformance vector with a result
/// (`tests/vectors/*.json`), in file order.
pub fn vector_baselines() -> Vec<(String, Value)> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let mut found: Vec<(String, Value)> = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    for file in files {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
        for case in doc["cases"].as_array().unwrap() {
            let name = case["call"].as_str().unwrap();
            if case.get("result").is_some() && !found.iter().any(|(n, _)| n == name) {
                found.push((name.to_string(), case["args"].clone()));
            }
        }
    }
    found
}

/// The first text of an error (its messages, path, and those of its issues) whose digits, read
/// as one run, hold `digits`: a personal number the error copied.
pub fn leaked(e: &CallError, digits: &str) -> Option<String> {
    let mut texts = vec![e.message_id.clone(), e.message_en.clone(), e.path.clone()];
    for i in &e.issues {
        texts.extend([
            i.path.clone(),
            i.message_id.to_string(),
            i.message_en.to_string(),
        ]);
    }
    texts.into_iter().find(|t| {
        let d: String = t.chars().filter(char::is_ascii_digit).collect();
        d.contains(digits)
    })
}
