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
