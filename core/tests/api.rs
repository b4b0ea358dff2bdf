//! The JSON facade: argument errors point at the argument, every listed function exists, and
//! hostile arguments give errors, never panics.
// Tests compare with serde_json reading (core/clippy.toml keeps it out of the library).
#![allow(clippy::disallowed_methods)]

use serde_json::{json, Value};
use umkm::api::{self, call, call_json, functions, ErrorKind};

#[test]
fn every_listed_function_is_callable() {
    for f in functions() {
        // With no arguments each either answers (no required argument) or names the first
        // missing one: never "unknown function".
        match call(&f.name, &json!({})) {
            Ok(_) => assert!(
                f.args.is_empty(),
                "{} answered without {:?}",
                f.name,
                f.args
            ),
            Err(e) => {
                assert_eq!(e.kind, ErrorKind::Argument, "{}: {e:?}", f.name);
                assert_eq!(e.code, "argument.missing", "{}", f.name);
                assert!(
                    f.args.iter().any(|a| e.path == format!("/{a}")),
                    "{}: {} is not one of {:?}",
                    f.name,
                    e.path,
                    f.args
                );
            }
        }
    }
    assert_eq!(
        functions().len(),
        functions()
            .iter()
            .map(|f| &f.name)
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    );
}

#[test]
fn argument_errors_name_the_place() {
    let e = call(
        "validate",
        &json!({"record": {"name": "X", "products": [{"name": "a", "category": "food", "unit": "piece"}]}, "as_of": "2025-01-01"}),
    )
    .unwrap_err();
    assert_eq!(e.code, "record.json");
    assert_eq!(e.path, "/record/products/0/category");
    let e = call(
        "classify_size",
        &json!({"input": {}, "as_of": "2025-02-30"}),
    )
    .unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.path.as_str()),
        ("argument.invalid", "/as_of")
    );
    let e = call("growth", &json!({"prev": 1.5, "curr": "2"})).unwrap_err();
    assert_eq!(e.path, "/prev");
    let e = call("nope", &json!({})).unwrap_err();
    assert_eq!(
        (e.kind, e.code.as_str()),
        (ErrorKind::Function, "api.unknown_function")
    );
    // An identifier module's unknown function is unknown, with or without a number.
    for args in [json!({}), json!({"number": "013121660091000"})] {
        let e = call("npwp.foo", &args).unwrap_err();
        assert_eq!(e.code, "api.unknown_function");
    }
    // The registry answers every function it lists, and nothing it does not.
    for f in umkm::api::functions() {
        let e = call(&f.name, &json!({})).err();
        assert!(
            e.as_ref().is_none_or(|e| e.code != "api.unknown_function"),
            "{} is listed but not answered",
            f.name
        );
    }
    let e = call("npwp.validate", &json!([1])).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Argument);
    let e = call("npwp.validate", &json!({"number": 13})).unwrap_err();
    assert_eq!(e.path, "/number");
}

#[test]
fn domain_and_invalid_errors_keep_their_codes_and_issues() {
    let e = call(
        "classify_size",
        &json!({"input": {}, "as_of": "2025-01-01"}),
    )
    .unwrap_err();
    assert_eq!(
        (e.kind, e.code.as_str()),
        (ErrorKind::Domain, "classify.missing")
    );
    assert_eq!(
        e.message_en,
        "Missing data: business_capital or annual_sales"
    );
    let e = call(
        "exchange.convert",
        &json!({"rates": [{"base": "USD", "quote": "IDR", "rate": "0", "valid_from": "2025-01-01"}],
                "money": {"amount": "1", "currency": "USD"}, "to": "IDR", "date": "2025-01-02"}),
    )
    .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Invalid);
    assert_eq!(e.issues[0].path, "/0/rate");
}

#[test]
fn json_text_in_and_out() {
    let ok: Value = serde_json::from_str(&call_json(
        "npwp.format",
        r#"{"number": "013121660091000"}"#,
    ))
    .unwrap();
    assert_eq!(ok, json!({"ok": "01.312.166.0-091.000"}));
    let err: Value = serde_json::from_str(&call_json("npwp.format", "{not json")).unwrap();
    assert_eq!(err["error"]["code"], "argument.json");
}

#[test]
fn hostile_arguments_are_errors() {
    let deep = "[".repeat(10_000) + &"]".repeat(10_000);
    let err: Value =
        serde_json::from_str(&call_json("validate", &format!(r#"{{"record": {deep}}}"#))).unwrap();
    assert_eq!(err["error"]["code"], "argument.json");
    for f in functions() {
        for junk in [
            json!(null),
            json!("x"),
            json!(-1),
            json!([]),
            json!({"a": 1}),
            json!(1e300),
        ] {
            let mut args = serde_json::Map::new();
            for a in f.args.iter().chain(&f.optional) {
                args.insert(a.clone(), junk.clone());
            }
            // Any answer is fine; a panic fails the test.
            let _ = call(&f.name, &Value::Object(args));
        }
    }
}

#[test]
fn limits_give_clear_errors_not_exhaustion() {
    // A 100 MB record: refused by the record limit with its path, before any work on it.
    let huge = format!(
        r#"{{"record": {{"name": "{}"}}, "as_of": "2025-11-01"}}"#,
        "x".repeat(100_000_000)
    );
    let err: Value = serde_json::from_str(&call_json("validate", &huge)).unwrap();
    assert_eq!(err["error"]["code"], "limit.string");
    assert_eq!(err["error"]["path"], "/record/name");
    // Past the text limit: refused before parsing.
    let too_big = " ".repeat(umkm::limits::MAX_JSON_BYTES + 1);
    let err: Value = serde_json::from_str(&call_json("validate", &too_big)).unwrap();
    assert_eq!(err["error"]["code"], "limit.json_size");
    // A 10,000-deep Value built in Rust (not through JSON text) is refused by depth, not by
    // the stack. (The test leaks it: dropping such a Value recurses, which is the caller's.)
    // (Built by hand: `json!` would serialise the nested value recursively.)
    let mut deep = json!(1);
    for _ in 0..10_000 {
        deep = Value::Array(vec![deep]);
    }
    let mut map = serde_json::Map::new();
    map.insert("record".into(), deep);
    map.insert("as_of".into(), json!("2025-11-01"));
    let args = Value::Object(map);
    let e = call("validate", &args).unwrap_err();
    assert_eq!(e.code, "limit.depth");
    std::mem::forget(args);
    // A record within the text limits but past a record limit: refused with its path.
    let record = json!({"name": "x", "products": vec![json!({"name": "p", "category": "craft", "unit": "piece"}); 1001]});
    let e = call(
        "validate",
        &json!({"record": record, "as_of": "2025-11-01"}),
    )
    .unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.path.as_str()),
        ("limit.record_list", "/record/products")
    );
    let e =
        umkm::Enterprise::from_json(&format!(r#"{{"name": "{}"}}"#, "n".repeat(1001))).unwrap_err();
    assert_eq!(e.path, "/name");
}

/// Decimal overflow (issue 7): amounts at the edge of what a decimal holds give an answer or
/// an error with a code, never a panic or a wrapped number.
#[test]
fn decimal_extremes_are_answers_or_errors_never_panics() {
    const MAX: &str = "79228162514264337593543950335";
    const TINY: &str = "0.0000000000000000000000000001";

    // A rule set whose weights overflow when summed: a problem, not a panic.
    let mut set = call("default_rule_set", &json!({})).unwrap();
    set["dimensions"][0]["weight"] = json!(MAX);
    set["dimensions"][1]["weight"] = json!(MAX);
    set["rules"][0]["points"] = json!(MAX);
    set["rules"][1]["points"] = json!(MAX);
    let problems = call("check_rule_set", &json!({"rule_set": set})).unwrap();
    let codes: Vec<&str> = problems
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["code"].as_str())
        .collect();
    assert!(codes.contains(&"ruleset.weights_sum"), "{codes:?}");
    assert!(codes.contains(&"ruleset.points_sum"), "{codes:?}");
    assert!(problems.to_string().contains("too large to compute"));

    // A target whose share does not fit a decimal.
    let e = call(
        "target_progress",
        &json!({"target": {"goal": TINY, "deadline": "2026-12-31"}, "achieved": MAX, "as_of": "2026-06-30"}),
    )
    .unwrap_err();
    assert_eq!(e.code, "target.overflow", "{e:?}");

    // Growth and CAGR at the extremes.
    let g = call("growth", &json!({"prev": TINY, "curr": MAX})).unwrap_err();
    assert_eq!(g.code, "growth.overflow");
    for years in ["1", "2", "3", "2.5"] {
        match call("cagr", &json!({"first": TINY, "last": MAX, "years": years})) {
            Ok(v) => assert_eq!(v["status"], "defined", "{v}"),
            Err(e) => assert_eq!(e.code, "growth.overflow"),
        }
    }

    // A readiness report (read from the caller) with a tiny weight and a huge score renders.
    let record = json!({"name": "x", "products": [{"name": "p", "category": "processed_food", "unit": "pack"}]});
    let mut report = call(
        "assess",
        &json!({"record": record, "product": "p", "destination": "JP", "as_of": "2026-01-01"}),
    )
    .unwrap();
    report["dimensions"][0]["weight"] = json!(TINY);
    report["dimensions"][0]["score"] = json!(MAX);
    let svg = call("readiness.svg", &json!({"report": report})).unwrap();
    assert!(svg.as_str().unwrap().starts_with("<svg"));

    // Sums of a ranking over records at the edge: an error with a code.
    let records: Vec<Value> = (0..3)
        .map(|_| json!({"region": "3276", "date": "2024-03-01", "value": {"amount": MAX, "currency": "IDR"}}))
        .collect();
    let options = json!({"level": "regency", "base": {"start": "2023-01-01", "end": "2023-12-31"}, "current": {"start": "2024-01-01", "end": "2024-12-31"}});
    let e = call(
        "rank_export_growth",
        &json!({"records": records, "options": options}),
    )
    .unwrap_err();
    assert!(e.code.contains("overflow"), "{e:?}");
}

/// The batch gives each record the answer `call("validate", …)` gives it: the same report, or
/// the same error at the same path.
#[test]
fn validate_records_answers_as_call() {
    let mut deep = json!("x");
    for _ in 0..70 {
        deep = json!([deep]);
    }
    let records = vec![
        json!({"name": "Keripik Bu Sri", "nib": "9120301234567", "region": "32.75", "workers": 4}),
        json!({"name": "Batik", "npwp": "01.312.166.1-091.000", "workers": 25,
               "business_capital": {"amount": "1000000000", "currency": "IDR"}}),
        json!({"name": 3}),
        json!({"nam": "x"}),
        json!("not a record"),
        json!(["Keripik"]),
        json!({"name": "x".repeat(1001)}),
        json!({"name": "x", "kbli": vec!["10792"; 101]}),
        json!({"name": "x", "products": deep}),
        json!({"name": "x", "annual_sales": [{"year": 2024, "amount": {"amount": 0.5, "currency": "IDR"}}]}),
    ];
    for as_of in [
        json!("2025-11-01"),
        json!("2025-02-30"),
        json!(null),
        json!([[["x"]]]),
    ] {
        let batch = umkm::api::validate_records(&records, &as_of);
        assert_eq!(batch.len(), records.len());
        for (record, ours) in records.iter().zip(batch) {
            let theirs = call("validate", &json!({"record": record, "as_of": as_of}));
            match (ours, theirs) {
                (Ok(report), Ok(value)) => {
                    assert_eq!(serde_json::to_value(report).unwrap(), value)
                }
                (Err(e), Err(f)) => assert_eq!(e, *f, "{record} {as_of}"),
                (a, b) => panic!("{record} {as_of}: {a:?} against {b:?}"),
            }
        }
    }
}

/// A table's rows answer as the records they make.
#[test]
fn validate_rows_answers_as_the_records_they_make() {
    let fields: Vec<String> = ["name", "nib", "workers", "business_capital", "products"]
        .map(String::from)
        .to_vec();
    let rows: Vec<Vec<(usize, Value)>> = vec![
        vec![
            (0, json!("Batik")),
            (1, json!("9120301234567")),
            (2, json!(4)),
        ],
        vec![(0, json!(3))],
        vec![
            (2, json!(-1)),
            (3, json!({"amount": "1", "currency": "IDR"})),
        ],
        vec![(0, json!("x")), (4, json!("not a list"))],
        vec![],
        // Out of key order, and a field twice: read as the object they make (the last wins).
        vec![
            (2, json!(3)),
            (0, json!("y")),
            (2, json!(5)),
            (4, json!([[[[{"a": "b"}]]]])),
        ],
        vec![(0, json!("x".repeat(1_000_001))), (4, json!([{"name": 1}]))],
    ];
    let records: Vec<Value> = rows
        .iter()
        .map(|cells| {
            let map = cells
                .iter()
                .map(|(k, v)| (fields[*k].clone(), v.clone()))
                .collect();
            Value::Object(map)
        })
        .collect();
    let as_of = json!("2025-11-01");
    let by_rows = umkm::api::validate_rows(&fields, &rows, &as_of);
    let by_records = umkm::api::validate_records(&records, &as_of);
    assert_eq!(by_rows, by_records);
}

/// Enough rows to be shared among the cores (`batch::PARALLEL_MIN_RECORDS`), some failing:
/// each answered as `call("assess_summary", …)` answers it alone, in order.
#[test]
fn assess_rows_answers_each_row_as_call_does_in_order() {
    let fields: Vec<String> = ["name", "products"].map(String::from).to_vec();
    let bag = json!([{"name": "Tas", "category": "craft", "unit": "piece"}]);
    let n = umkm::batch::PARALLEL_MIN_RECORDS * 3 + 5;
    let rows: Vec<Vec<(usize, Value)>> = (0..n)
        .map(|i| match i % 7 {
            0 => vec![(0, json!(i))],
            _ => vec![(0, json!(format!("Anyaman {i}"))), (1, bag.clone())],
        })
        .collect();
    let destinations: Vec<String> = (0..n)
        .map(|i| ["JP", "AU", "XX"][i % 3].to_string())
        .collect();
    let as_of = json!("2025-11-01");
    let answers = umkm::api::assess_rows(&fields, &rows, &["Tas".into()], &destinations, &as_of);
    assert_eq!(answers.len(), n);
    for (i, answer) in answers.iter().enumerate() {
        let record: serde_json::Map<String, Value> = rows[i]
            .iter()
            .map(|(k, v)| (fields[*k].clone(), v.clone()))
            .collect();
        let alone: Value = serde_json::from_str(&api::call_json(
            "assess_summary",
            &json!({"record": record, "product": "Tas", "destination": destinations[i], "as_of": as_of})
                .to_string(),
        ))
        .unwrap();
        match answer {
            Ok(summary) => assert_eq!(
                serde_json::to_value(summary).unwrap(),
                alone["ok"],
                "row {i}"
            ),
            Err(e) => assert_eq!(alone["error"]["code"], e.code.as_str(), "row {i}"),
        }
    }
    assert!(answers.iter().any(Result::is_ok) && answers.iter().any(Result::is_err));
}

/// The seed records as table rows with their nested fields given as parts (read from the
/// same JSON), some rows failing in a JSON cell: answered as the same rows all in JSON, in
/// order, on several cores.
#[test]
fn assess_row_cells_answer_as_the_rows_all_in_json() {
    let seeds: Vec<serde_json::Map<String, Value>> =
        serde_json::from_str(include_str!("data/seed_enterprises.json")).unwrap();
    let mut fields: Vec<String> = seeds.iter().flat_map(|s| s.keys().cloned()).collect();
    fields.sort();
    fields.dedup();
    let n = umkm::batch::PARALLEL_MIN_RECORDS * 2 + 3;
    let mut json_rows: Vec<Vec<(usize, Value)>> = Vec::new();
    let mut parted: Vec<umkm::api::RowCells> = Vec::new();
    for i in 0..n {
        let seed = &seeds[i % seeds.len()];
        let mut row = umkm::api::RowCells::default();
        let mut all = Vec::new();
        for (k, field) in fields.iter().enumerate() {
            let Some(value) = seed.get(field) else {
                continue;
            };
            // Every fifth row fails in a JSON cell, with its parts read.
            let value = if i % 5 == 0 && field == "workers" {
                json!(-1)
            } else {
                value.clone()
            };
            all.push((k, value.clone()));
            match umkm::record::RecordPart::read(field, &value) {
                Some(part) => row.parts.push(part.unwrap()),
                None => row.json.push((k, value)),
            }
        }
        assert!(!row.parts.is_empty());
        json_rows.push(all);
        parted.push(row);
    }
    let product = seeds[0]["products"][0]["name"]
        .as_str()
        .unwrap()
        .to_string();
    let destinations = ["JP".to_string()];
    let as_of = json!("2025-11-01");
    let by_json = umkm::api::assess_rows(
        &fields,
        &json_rows,
        std::slice::from_ref(&product),
        &destinations,
        &as_of,
    );
    let by_parts = umkm::api::assess_row_cells(&fields, parted, &[product], &destinations, &as_of);
    assert_eq!(by_json, by_parts);
    assert!(by_json.iter().any(Result::is_ok));
    assert_eq!(by_json[0].as_ref().unwrap_err().path, "/record/workers");
}

#[test]
fn duplicate_keys_are_an_error_with_their_path() {
    // The last value used to win silently: a record with `npwp` twice is a mistake to see.
    let answer: Value = serde_json::from_str(&api::call_json(
        "validate",
        r#"{"record": {"name": "A", "npwp": "013121660091000", "npwp": "x"}, "as_of": "2025-11-01"}"#,
    ))
    .unwrap();
    assert_eq!(answer["error"]["code"], "input.duplicate_key");
    assert_eq!(answer["error"]["path"], "/record/npwp");
    assert_eq!(answer["error"]["kind"], "argument");
    // In a list, and a key that is a NIK is masked in the path.
    let answer: Value = serde_json::from_str(&api::call_json(
        "year_over_year",
        r#"{"values": [{"year": 2024, "value": "1"}, {"3275014101900001": 1, "3275014101900001": 2}]}"#,
    ))
    .unwrap();
    assert_eq!(answer["error"]["path"], "/values/1/****************");
    // Read as a record and as a rule set too.
    let e = umkm::Enterprise::from_json(r#"{"name": "A", "name": "B"}"#).unwrap_err();
    assert_eq!(e.path, "/name");
    let e = umkm::readiness::RuleSet::from_json(r#"{"id": "a", "id": "b"}"#).unwrap_err();
    assert_eq!(e.problems[0].code, "input.duplicate_key");
    assert_eq!(e.problems[0].path, "/id");
    // The same key in two objects is fine.
    let ok: Value = serde_json::from_str(&api::call_json(
        "year_over_year",
        r#"{"values": [{"year": 2024, "value": "1"}, {"year": 2025, "value": "2"}]}"#,
    ))
    .unwrap();
    assert!(ok.get("ok").is_some(), "{ok}");
}

#[test]
fn reported_cases_answer_with_codes_not_aborts() {
    // issue 14: a two-item series once asked for 8 GB and aborted the process.
    let e = api::call(
        "year_over_year",
        &json!({"values": [{"year": 1, "value": "1"}, {"year": 2147483647, "value": "2"}]}),
    )
    .unwrap_err();
    assert_eq!(e.code, "limit.year");
    // An order from chrono's first date to its last walked 2-7 s and answered 3.7 MB.
    let mut args = json!({
        "record": {"name": "Anyaman", "products": [{"name": "Tas", "unit": "piece",
            "category": "craft", "daily_capacity": {"min": "2", "max": "8"}}]},
        "product": "Tas",
        "order": {"quantity": "500", "unit": "piece", "deadline": "+262142-12-31"},
        "start": "-262143-01-01"
    });
    assert_eq!(
        api::call("assess_order", &args).unwrap_err().code,
        "limit.year"
    );
    args["start"] = json!("2025-01-01");
    args["order"]["deadline"] = json!("2200-12-31");
    assert_eq!(
        api::call("assess_order", &args).unwrap_err().code,
        "limit.date_span"
    );
    // A NIK typed into an enum field is not echoed.
    for field in ["legal_form", "declared_size", "workers"] {
        let e = api::call(
            "validate",
            &json!({"record": {"name": "A", field: "3275014101900001"}, "as_of": "2025-11-01"}),
        )
        .unwrap_err();
        for text in [&e.message_en, &e.message_id, &e.path] {
            assert!(!text.contains("3275014101900001"), "{field}: {text}");
        }
        assert_eq!(e.path, format!("/record/{field}"));
    }
    // A NIK as a whole number where text belongs: named by its kind, not copied.
    let e = api::call(
        "validate",
        &json!({"record": {"name": "A", "npwp": 3275014101900001u64}, "as_of": "2025-11-01"}),
    )
    .unwrap_err();
    assert_eq!(e.path, "/record/npwp");
    assert!(
        e.message_en.contains("integer `****************`"),
        "{}",
        e.message_en
    );
    // A 100 MB key is refused at the object's path, the key not copied.
    let mut record = serde_json::Map::new();
    record.insert("name".into(), json!("A"));
    record.insert("k".repeat(100_000_000), json!(1));
    let e = api::call(
        "validate",
        &json!({"record": record, "as_of": "2025-11-01"}),
    )
    .unwrap_err();
    assert_eq!((e.code.as_str(), e.path.as_str()), ("limit.key", "/record"));
    assert!(e.message_en.len() < 200);
}

#[test]
fn lead_times_that_add_up_past_the_calendar_are_limit_year() {
    // A rule set may give a certificate a lead time of 2^32 - 1 days: the plan would end in
    // year +262142, a date Python cannot hold. The answer says so instead.
    let mut set: Value = serde_json::from_str(umkm::readiness::RuleSet::default_json()).unwrap();
    for c in set["certificates"].as_array_mut().unwrap() {
        c["lead_time_days"] = json!(4294967295u32);
    }
    for r in set["rules"].as_array_mut().unwrap() {
        if r.get("lead_time_days").is_some() {
            r["lead_time_days"] = json!(4294967295u32);
        }
    }
    let record = json!({"name": "Anyaman", "products": [{"name": "Tas", "category": "craft", "unit": "piece"}]});
    let args = json!({"record": record, "product": "Tas", "destination": "JP", "as_of": "2025-11-01", "rule_set": set});
    let answer = call("assess", &args).map(|_| ()).map_err(|e| e.code);
    assert_eq!(answer, Err("limit.year".to_string()));
    // The default set's plan for the same record is well within.
    let mut ok = args.clone();
    ok.as_object_mut().unwrap().remove("rule_set");
    assert!(call("assess", &ok).is_ok());
}

/// The Indonesian message of an error with the input's own words (in backticks or quotes)
/// taken out: what is left must be Indonesian.
fn indonesian_words(message: &str) -> String {
    let mut out = String::new();
    let mut quote = None;
    for c in message.chars() {
        match (quote, c) {
            (None, '`' | '"') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, _) => out.push(c),
            _ => {}
        }
    }
    out
}

fn assert_indonesian(what: &str, message_id: &str) {
    const ENGLISH: [&str; 24] = [
        "expected",
        "invalid",
        "missing",
        "unknown",
        "sequence",
        "string",
        "map",
        "struct",
        "integer",
        "floating",
        "input",
        "premature",
        "trailing",
        "line",
        "column",
        "field",
        "variant",
        "value",
        "type",
        "the",
        "is",
        "at",
        "of",
        "must",
    ];
    // JSON pointers (`/as_of`) are the input's names too.
    let words: Vec<String> = indonesian_words(message_id)
        .split_whitespace()
        .filter(|w| !w.starts_with('/'))
        .map(str::to_lowercase)
        .collect();
    for w in words
        .iter()
        .flat_map(|w| w.split(|c: char| !c.is_alphanumeric()))
    {
        assert!(
            !ENGLISH.contains(&w),
            "{what}: English {w:?} in {message_id:?}"
        );
    }
    for fallback in ["bentuk yang diminta", "nilai tidak dapat dibaca"] {
        assert!(!message_id.contains(fallback), "{what}: {message_id:?}");
    }
}

/// Issue 15: read errors are kept in parts and said in Indonesian from a catalogue, never
/// translated from serde's English; every function's every argument, given a value of each
/// wrong JSON type, and the usual mistakes inside a record, answer in Indonesian throughout.
#[test]
fn indonesian_messages_are_indonesian_throughout() {
    let wrong = [
        json!(true),
        json!([]),
        json!({}),
        json!("x"),
        json!(1.5),
        json!(-1),
        json!({"zzz": 1}),
        json!(["x"]),
        json!([{"zzz": 1}]),
        json!([true]),
    ];
    for f in functions() {
        for bad in &wrong {
            let args: serde_json::Map<String, Value> =
                f.args.iter().map(|a| (a.clone(), bad.clone())).collect();
            if let Err(e) = call(&f.name, &Value::Object(args)) {
                assert_indonesian(&format!("{} {bad}", f.name), &e.message_id);
            }
        }
    }
    let record = |patch: Value| {
        let mut r = json!({"name": "Keripik Bu Sri"});
        for (k, v) in patch.as_object().unwrap() {
            r[k] = v.clone();
        }
        json!({"record": r, "as_of": "2025-11-01"})
    };
    let cases = [
        record(json!({"name": 5})),
        record(json!({"nama": "x"})),
        record(json!({"legal_form": "3275014101900001"})),
        record(json!({"products": [{"name": "a", "category": "food", "unit": "pack"}]})),
        record(json!({"products": [{"name": "a"}]})),
        record(json!({"founded": "2025-02-30"})),
        record(json!({"founded": "2025-1"})),
        record(json!({"founded": "kemarin"})),
        record(json!({"founded": "2025-01-01x"})),
        record(json!({"business_capital": {"amount": 1.5, "currency": "IDR"}})),
        record(json!({"business_capital": {"amount": "1,5", "currency": "IDR"}})),
        record(json!({"business_capital": {"amount": "1", "currency": "QQQ"}})),
        record(json!({"annual_sales": [{"year": "2024"}]})),
        record(json!({"workers": -3})),
        json!({"record": {"name": "x"}}),
    ];
    for args in cases {
        let e = call("validate", &args).unwrap_err();
        assert_indonesian(&args.to_string(), &e.message_id);
    }
    for text in [
        "{",
        "[1,",
        "{\"a\" 1}",
        "nul",
        "{\"record\": {\"name\": \"x\", \"name\": \"y\"}}",
    ] {
        let out: Value = serde_json::from_str(&call_json("validate", text)).unwrap();
        let id = out["error"]["message_id"].as_str().unwrap();
        assert_indonesian(text, id);
    }
    let e = call(
        "rank_export_growth",
        &json!({"records": [], "rates": [{"from": "USD"}]}),
    )
    .unwrap_err();
    assert_indonesian("rates", &e.message_id);
    // A rate table with a problem lists it in both languages.
    let rate = json!({"base": "USD", "quote": "IDR", "rate": "0", "valid_from": "2025-01-01"});
    let e = call(
        "rank_export_growth",
        &json!({"records": [], "rates": [rate]}),
    )
    .unwrap_err();
    assert_eq!(e.message_id, "Tabel kurs memuat 1 masalah.");
    assert_eq!(e.issues[0].message_id, "Kurs harus positif, bukan 0");
}
