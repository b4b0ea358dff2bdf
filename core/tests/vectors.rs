//! Runs every conformance vector in `tests/vectors/*.json` against the Rust API.
//! The Python and JavaScript suites run the same files against their bindings.
// Tests compare with serde_json reading (core/clippy.toml keeps it out of the library).
#![allow(clippy::disallowed_methods)]

use serde_json::{json, Value};
use std::fs;
use std::path::PathBuf;
use umkm::api;

/// Expected matches actual: scalars equal, arrays item by item, objects on the expected keys.
fn matches(expected: &Value, actual: &Value, at: &str) -> Result<(), String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, v) in e {
                let got = a
                    .get(k)
                    .ok_or_else(|| format!("{at}/{k}: missing in result"))?;
                matches(v, got, &format!("{at}/{k}"))?;
            }
            Ok(())
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                return Err(format!(
                    "{at}: expected {} items, got {}: {}",
                    e.len(),
                    a.len(),
                    actual
                ));
            }
            e.iter()
                .zip(a)
                .enumerate()
                .try_for_each(|(i, (x, y))| matches(x, y, &format!("{at}/{i}")))
        }
        _ if expected == actual => Ok(()),
        _ => Err(format!("{at}: expected {expected}, got {actual}")),
    }
}

#[test]
fn every_vector_file_passes() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 4,
        "vector files missing in {}",
        dir.display()
    );
    let mut failures = Vec::new();
    let mut count = 0;
    for file in files {
        let doc: Value = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
        for case in doc["cases"].as_array().unwrap() {
            count += 1;
            let name = case["name"].as_str().unwrap();
            // Every vector goes through the JSON facade the Python and JavaScript bindings use, so
            // the three suites exercise one dispatcher. Errors compare by their stable code.
            let outcome = api::call(case["call"].as_str().unwrap(), &case["args"]);
            let verdict = match (case.get("result"), case.get("error"), outcome) {
                (Some(expected), None, Ok(actual)) => matches(expected, &actual, ""),
                (None, Some(code), Err(actual)) if code == &json!(actual.code) => Ok(()),
                (_, _, outcome) => Err(format!("unexpected outcome {outcome:?}")),
            };
            if let Err(why) = verdict {
                failures.push(format!(
                    "{}: {name}: {why}",
                    file.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} vectors failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!("{count} vectors passed");
}

#[test]
fn every_facade_function_has_a_vector() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let mut used = std::collections::BTreeSet::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "json") {
            let doc: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
            for case in doc["cases"].as_array().unwrap() {
                used.insert(case["call"].as_str().unwrap().to_string());
            }
        }
    }
    let missing: Vec<String> = api::functions()
        .into_iter()
        .map(|f| f.name)
        .filter(|n| !used.contains(n))
        .collect();
    assert!(
        missing.is_empty(),
        "functions without a vector: {missing:?}"
    );
    let unknown: Vec<&String> = used
        .iter()
        .filter(|n| !api::functions().iter().any(|f| &f.name == *n))
        .collect();
    assert!(
        unknown.is_empty(),
        "vectors of unknown functions: {unknown:?}"
    );
}
