//! Rule-set JSON loading on any text: every problem reported, no panic; a usable set assesses.
#![no_main]
use libfuzzer_sys::fuzz_target;
use umkm::readiness::{self, RuleSet};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let problems = readiness::check_rule_set(text);
    match RuleSet::from_json(text) {
        Ok(set) => {
            assert!(problems.is_empty());
            let Ok(record) = umkm::Enterprise::from_json(
                r#"{"name": "X", "products": [{"name": "P", "category": "processed_food", "unit": "pack"}]}"#,
            ) else {
                return;
            };
            let date = chrono::NaiveDate::from_ymd_opt(2025, 11, 1).unwrap_or_default();
            let _ = readiness::assess_with(&set, &record, "P", "JP", date);
        }
        Err(e) => assert!(!e.problems.is_empty()),
    }
});
