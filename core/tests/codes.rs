//! The error-code vocabulary (`umkm::api::codes`) held to the source and the vectors: every literal
//! code in the body of an error type's `fn code` and every facade code (`argument.*`,
//! `limit.*`, `internal.*`, ...) is listed; nothing is listed that no source names; every
//! `error` of the shared vectors is a listed code; `Reason::CODES` is `Reason::code`'s answers.
// Tests compare with serde_json reading (core/clippy.toml keeps it out of the library).
#![allow(clippy::disallowed_methods)]

use std::collections::BTreeSet;
use std::path::Path;

fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("codes.rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                // Leave out the unit tests: they name codes to check them.
                let code = text
                    .split("#[cfg(test)]\nmod tests")
                    .next()
                    .unwrap_or("")
                    .to_string();
                out.push((path.display().to_string(), code));
            }
        }
    }
    out
}

/// String literals of the form `a.b` (lower case, digits, underscores).
fn dotted_literals(text: &str) -> Vec<String> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| {
            let mut parts = s.split('.');
            let ok = |p: Option<&str>| {
                p.is_some_and(|p| {
                    !p.is_empty()
                        && p.starts_with(|c: char| c.is_ascii_lowercase())
                        && p.bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                })
            };
            ok(parts.next()) && ok(parts.next()) && parts.next().is_none()
        })
        .map(str::to_string)
        .collect()
}

/// The bodies of every `fn code(&self) -> &'static str` (and `-> String`) in a text.
fn code_bodies(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("fn code(&self)") {
        rest = &rest[at..];
        let open = rest.find('{').unwrap();
        let mut depth = 0;
        let mut end = open;
        for (i, c) in rest[open..].char_indices() {
            depth += match c {
                '{' => 1,
                '}' => -1,
                _ => 0,
            };
            if depth == 0 {
                end = open + i;
                break;
            }
        }
        out.push(&rest[open..=end]);
        rest = &rest[end..];
    }
    out
}

const FACADE_PREFIXES: [&str; 7] = [
    "argument.",
    "limit.",
    "internal.",
    "api.",
    "input.",
    "record.json",
    "ruleset.invalid",
];

#[test]
fn every_code_in_the_source_is_listed_and_every_listed_code_is_in_the_source() {
    let listed: BTreeSet<String> = umkm::api::codes::ERROR_CODES
        .iter()
        .map(|c| c.to_string())
        .collect();
    let mut found = BTreeSet::new();
    let mut named_anywhere = BTreeSet::new();
    for (_, text) in sources() {
        for body in code_bodies(&text) {
            found.extend(dotted_literals(body));
        }
        for lit in dotted_literals(&text) {
            if FACADE_PREFIXES.iter().any(|p| lit.starts_with(p)) {
                found.insert(lit.clone());
            }
            named_anywhere.insert(lit);
        }
    }
    // Identifier codes are built from the kind and the rule, not written whole.
    found.retain(|c| !umkm::api::codes::identifier_codes().contains(c));
    let missing: Vec<_> = found.difference(&listed).collect();
    assert!(
        missing.is_empty(),
        "codes in the source but not in umkm::api::codes::ERROR_CODES: {missing:?}"
    );
    let stale: Vec<_> = listed
        .iter()
        .filter(|c| !named_anywhere.contains(*c))
        .collect();
    assert!(stale.is_empty(), "listed codes no source names: {stale:?}");
    let mut sorted = umkm::api::codes::ERROR_CODES.to_vec();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        umkm::api::codes::ERROR_CODES,
        "ERROR_CODES is kept sorted"
    );
}

#[test]
fn every_vector_error_is_a_listed_code() {
    let all: BTreeSet<String> = umkm::api::codes::all().into_iter().collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let file: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for case in file["cases"].as_array().unwrap() {
            if let Some(code) = case["error"].as_str() {
                assert!(
                    all.contains(code),
                    "{}: {code} is not in umkm::api::codes",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn reason_codes_are_what_reason_code_answers() {
    let (_, text) = sources()
        .into_iter()
        .find(|(p, _)| p.ends_with("id/error.rs"))
        .unwrap();
    let body = code_bodies(&text)
        .into_iter()
        .find(|b| b.contains("Reason::Empty =>"))
        .unwrap();
    let answers: BTreeSet<&str> = body.split('"').skip(1).step_by(2).collect();
    let listed: BTreeSet<&str> = umkm::id::Reason::CODES.into_iter().collect();
    assert_eq!(answers, listed);
}

/// Every error type with a `code()` of its own implements `CodedError` (by `coded_error!`
/// in its file), so a caller can report any error of the crate one way.
#[test]
fn every_error_type_is_a_coded_error() {
    let mut missing = Vec::new();
    let mut seen = 0;
    for (path, text) in sources() {
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !line.contains("pub fn code(&self) -> &'static str") {
                continue;
            }
            let Some(owner) = lines[..i].iter().rev().find_map(|l| {
                l.strip_prefix("impl ")
                    .and_then(|rest| rest.strip_suffix(" {"))
                    .filter(|t| !t.contains(' '))
            }) else {
                continue;
            };
            if owner == "Reason" {
                continue; // a part of IdentifierError, not an error itself
            }
            seen += 1;
            if !text.contains(&format!("coded_error!({owner});")) {
                missing.push(format!("{owner} in {path}"));
            }
        }
    }
    assert!(seen >= 20, "error types found: {seen}");
    assert!(missing.is_empty(), "not CodedError: {missing:?}");
    // The trait answers what the type answers.
    let e = umkm::id::npwp::validate("1").unwrap_err();
    let dynamic: &dyn umkm::CodedError = &e;
    assert_eq!((dynamic.code(), dynamic.message()), (e.code(), e.message()));
}
