//! Decimal and Money parsing and formatting on any text: no panic, exact round trips.
#![no_main]
use libfuzzer_sys::fuzz_target;
use umkm::{Lang, Money};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(d) = umkm::money::decimal::parse_decimal(text) {
        // What parses writes back to an equal value.
        assert_eq!(umkm::money::decimal::parse_decimal(&d.to_string()), Ok(d));
        let m = Money::idr(0);
        let m = Money::new(d, m.currency);
        let _ = (
            m.format(Lang::Id),
            m.format(Lang::En),
            m.format_short(Lang::Id),
            m.format_short(Lang::En),
        );
        let _ = umkm::money::format_number(d, Lang::Id);
        let _ = m.checked_add(&m);
    }
    let _ = umkm::Currency::from_code(text);
    if let Ok(m) = serde_json::from_str::<Money>(text) {
        let back: Money =
            serde_json::from_str(&serde_json::to_string(&m).unwrap_or_default()).unwrap_or(m);
        assert_eq!(back, m);
        let _ = m.format_short(Lang::Id);
    }
});
