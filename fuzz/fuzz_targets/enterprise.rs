//! Enterprise JSON → validate → assess for every product and several markets: no panic, and a
//! record read writes back to the same record.
#![no_main]
use libfuzzer_sys::fuzz_target;
use umkm::{readiness, validate, Enterprise};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(record) = Enterprise::from_json(text) else {
        return;
    };
    assert_eq!(
        Enterprise::from_json(&record.to_json()).ok().as_ref(),
        Some(&record)
    );
    for as_of in [(2020, 12, 31), (2025, 11, 1), (2027, 2, 28)] {
        let Some(date) = chrono::NaiveDate::from_ymd_opt(as_of.0, as_of.1, as_of.2) else {
            return;
        };
        let report = validate(&record, date);
        assert_eq!(report.errors + report.warnings, report.issues.len());
        let _ = umkm::classify_size(&record.size_input(date), date);
        let _ = umkm::analytics::growth::annual_sales_series(&record);
        for product in &record.products {
            for destination in ["AU", "JP", "EU", "SA", "ZZ", "id"] {
                if let Ok(r) = readiness::assess(&record, &product.name, destination, date) {
                    assert!(r.score >= 0.into() && r.score <= 100.into());
                    let _ = r.to_svg(umkm::Lang::Id);
                    let _ = r.to_html(umkm::Lang::En);
                }
            }
        }
    }
});
