//! Every identifier parser on any text: no panic, and the four functions agree with each other.
#![no_main]
use libfuzzer_sys::fuzz_target;
use umkm::id::IdentifierKind;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for kind in IdentifierKind::ALL {
        let validated = kind.validate(text);
        assert_eq!(kind.is_valid(text), validated.is_ok(), "{kind:?} {text:?}");
        let _ = kind.compact(text);
        let _ = kind.format(text);
        if let Ok(compact) = validated {
            // A valid number validates again to itself, and its written form is valid too.
            assert_eq!(
                kind.validate(&compact).ok().as_deref(),
                Some(compact.as_str())
            );
            assert!(
                kind.is_valid(&kind.format(&compact)),
                "{kind:?} format of {compact:?}"
            );
        } else if let Err(e) = kind.validate(text) {
            let _ = (e.code(), e.message());
        }
    }
    let _ = umkm::id::nik::info(
        text,
        chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default(),
    );
    let _ = umkm::id::nik::mask(text);
    let _ = umkm::id::wilayah::resolve(text);
    let _ = umkm::id::kbli::section(text);
    let _ = umkm::id::hs::chapter(text);
    let _ = umkm::id::pirt::packaging(text);
    let _ = umkm::id::bpom::origin(text);
});
