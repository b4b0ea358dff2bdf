//! Personal numbers stay out of every error the facade can return (UU 27/2022): a run of
//! digits written as a NIK, an NPWP, a NITKU or a telephone number is written, with or
//! without separators, as text or as a number, into any place of the arguments of any
//! function (taken from the conformance vectors), or as a key of any object; no error's
//! messages, path or issues then hold those digits.

use proptest::prelude::*;
use serde_json::{json, Value};
use umkm::api;

mod common;

/// Each function's arguments from its first vector with a result (read once).
fn baselines() -> &'static [(String, Value)] {
    static ALL: std::sync::OnceLock<Vec<(String, Value)>> = std::sync::OnceLock::new();
    ALL.get_or_init(common::vector_baselines)
}

/// Pointers to every value in `v` (scalars, lists and objects).
fn places(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(map) => {
            for (k, item) in map {
                let token = k.replace('~', "~0").replace('/', "~1");
                places(item, format!("{at}/{token}"), out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                places(item, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// A personal number: 10 to 22 digits, written plain or with separators.
fn number() -> impl Strategy<Value = (String, String)> {
    (
        "[1-9][0-9]{9,21}",
        prop::sample::select(vec!["", " ", ".", "-"]),
        1usize..5,
    )
        .prop_map(|(digits, sep, every)| {
            let written: String = digits
                .chars()
                .enumerate()
                .flat_map(|(i, c)| {
                    let s = if i > 0 && i % every == 0 { sep } else { "" };
                    s.chars().chain([c])
                })
                .collect();
            (digits, written)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn no_error_of_any_function_holds_a_planted_number(
        pick in any::<prop::sample::Index>(),
        place in any::<prop::sample::Index>(),
        (digits, written) in number(),
        how in 0u8..3,
    ) {
        let all = baselines();
        let (name, base) = &all[pick.index(all.len())];
        let mut spots = Vec::new();
        places(base, String::new(), &mut spots);
        let pointer = &spots[place.index(spots.len())];
        let mut args = base.clone();
        let slot = args.pointer_mut(pointer).unwrap();
        match how {
            // As text where the value was.
            0 => *slot = json!(written),
            // As a number where the value was (a whole number, as a spreadsheet gives).
            1 => *slot = digits.parse::<u64>().map_or(json!(written), |n| json!(n)),
            // As a key of the object (or in place of the value when it is no object).
            _ => match slot {
                Value::Object(map) => {
                    map.insert(written.clone(), json!(1));
                }
                other => *other = json!({ written.clone(): 1 }),
            },
        }
        if let Err(e) = api::call(name, &args) {
            prop_assert!(common::leaked(&e, &digits).is_none(), "{name} {pointer}: {:?}", common::leaked(&e, &digits));
        }
    }
}

/// A readiness report is shown, printed and saved: the record's valid identifiers are not
/// repeated in it (an NPWP of 16 digits is a NIK, personal data under UU 27/2022), neither in
/// the trace nor anywhere else, in either language.
#[test]
fn a_readiness_report_repeats_no_identifier_of_the_record() {
    let (nib, npwp) = ("9120001234567", "3275014101900001");
    let record = json!({
        "name": "Keripik Bu Sri", "nib": nib, "npwp": npwp,
        "products": [{"name": "Keripik tempe", "category": "processed_food", "unit": "pack"}]
    });
    let report = api::call(
        "assess",
        &json!({"record": record, "product": "Keripik tempe", "destination": "JP", "as_of": "2026-12-02"}),
    )
    .unwrap();
    let trace = report["trace"].as_array().unwrap();
    let npwp_rule = trace.iter().find(|t| t["rule"] == "legality.npwp").unwrap();
    assert_eq!(npwp_rule["outcome"], "met");
    assert_eq!(
        npwp_rule["detail"],
        json!({"id": "NPWP sah.", "en": "NPWP is valid."})
    );
    let text = report.to_string();
    for number in [nib, npwp] {
        assert!(
            !text.contains(number),
            "the report repeats {}",
            &number[..4]
        );
    }
}

/// The register functions name a row by its path, never by its NIB: a NIB column may hold a
/// NIK typed by mistake. Repeated, unregistered and early NIBs, in errors and in warnings.
#[test]
fn register_messages_name_no_nib() {
    let nik = "3275014101900001";
    let e = api::call(
        "cohort_survival",
        &json!({"register": [{"nib": nik, "founded": "2024-01-01"}, {"nib": nik, "founded": "2024-01-02"}], "snapshots": []}),
    )
    .unwrap_err();
    assert_eq!(e.issues[0].path, "/register/1/nib");
    assert!(!serde_json::to_string(&e).unwrap().contains(nik));
    let table = api::call(
        "cohort_survival",
        &json!({"register": [{"nib": "9120001234567", "founded": "2024-06-01"}],
                "snapshots": [{"date": "2024-03-31", "active": [nik, "9120001234567"]}]}),
    )
    .unwrap();
    let text = table.to_string();
    assert!(
        text.contains("activity.unregistered") && text.contains("activity.before_founding"),
        "{text}"
    );
    assert!(!text.contains(nik) && !text.contains("9120001234567"));
    let record = json!({"name": "UMKM", "nib": nik,
        "annual_sales": [{"year": 2024, "amount": {"amount": "1000000", "currency": "IDR"}}]});
    let e = api::call(
        "transition_matrix",
        &json!({"before": {"date": "2024-12-31", "records": [record, record]},
                "after": {"date": "2025-12-31", "records": [record]}}),
    );
    let text = match e {
        Ok(v) => v.to_string(),
        Err(e) => serde_json::to_string(&e).unwrap(),
    };
    assert!(text.contains("transition.nib_duplicate"), "{text}");
    assert!(!text.contains(nik));
}
