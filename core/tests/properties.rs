//! Property tests: invariants that must hold for every input.
// Tests compare with serde_json reading (core/clippy.toml keeps it out of the library).
#![allow(clippy::disallowed_methods)]

use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;
use umkm::classify::size::{classify_size, Purpose, SizeInput};
use umkm::id::{bpom, halal, hs, kbli, nib, nik, nitku, npwp, pirt, wilayah};
use umkm::record::enterprise::{AnnualSales, Enterprise};
use umkm::{classify_industry, validate, IndustryInput, Money};

/// A valid 15-digit NPWP: nine digits whose last is the Luhn check digit, then six digits.
fn npwp15() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(0u8..10, 8),
        proptest::collection::vec(0u8..10, 6),
    )
        .prop_map(|(body, tail)| {
            let check = (0..10u8)
                .find(|c| {
                    let mut d: Vec<u8> = body.clone();
                    d.push(*c);
                    let sum: u32 = d
                        .iter()
                        .rev()
                        .enumerate()
                        .map(|(i, v)| {
                            let v = u32::from(*v);
                            if i % 2 == 1 {
                                if v * 2 > 9 {
                                    v * 2 - 9
                                } else {
                                    v * 2
                                }
                            } else {
                                v
                            }
                        })
                        .sum();
                    sum % 10 == 0
                })
                .unwrap();
            body.iter()
                .chain(std::iter::once(&check))
                .chain(tail.iter())
                .map(|d| char::from(b'0' + d))
                .collect()
        })
}

/// A valid NIK: a real regency, a real date, any serial.
fn nik16() -> impl Strategy<Value = String> {
    let regencies: Vec<String> = umkm::reference::region::provinces()
        .flat_map(|p| umkm::reference::region::regencies_of(&p.code))
        .map(|r| r.code.replace('.', ""))
        .collect();
    (
        proptest::sample::select(regencies),
        1u32..=99,
        1900i32..2026,
        1u32..=12,
        1u32..=31,
        any::<bool>(),
        0u32..10000,
    )
        .prop_filter_map("date exists", |(reg, dist, y, m, d, female, serial)| {
            NaiveDate::from_ymd_opt(y, m, d)?;
            let day = if female { d + 40 } else { d };
            Some(format!(
                "{reg}{dist:02}{day:02}{m:02}{:02}{serial:04}",
                y % 100
            ))
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn is_valid_never_panics_and_agrees_with_validate(s in "\\PC{0,40}") {
        prop_assert_eq!(npwp::is_valid(&s), npwp::validate(&s).is_ok());
        prop_assert_eq!(nik::is_valid(&s), nik::validate(&s).is_ok());
        prop_assert_eq!(nitku::is_valid(&s), nitku::validate(&s).is_ok());
        prop_assert_eq!(nib::is_valid(&s), nib::validate(&s).is_ok());
        prop_assert_eq!(kbli::is_valid(&s), kbli::validate(&s).is_ok());
        prop_assert_eq!(hs::is_valid(&s), hs::validate(&s).is_ok());
        prop_assert_eq!(wilayah::is_valid(&s), wilayah::validate(&s).is_ok());
        prop_assert_eq!(pirt::is_valid(&s), pirt::validate(&s).is_ok());
        prop_assert_eq!(bpom::is_valid(&s), bpom::validate(&s).is_ok());
        prop_assert_eq!(halal::is_valid(&s), halal::validate(&s).is_ok());
        let _ = (nik::mask(&s), npwp::format(&s), hs::format(&s), wilayah::format(&s), pirt::format(&s), bpom::format(&s));
    }

    #[test]
    fn digit_strings_never_panic(s in "[0-9 .-]{0,30}") {
        let _ = (npwp::validate(&s), nik::validate(&s), nitku::validate(&s), wilayah::lookup(&s), kbli::section(&s), hs::chapter(&s));
    }

    #[test]
    fn npwp_compact_of_format_round_trips(n in npwp15()) {
        prop_assert!(npwp::is_valid(&n));
        prop_assert_eq!(npwp::compact(&npwp::format(&n)), n.clone());
        prop_assert_eq!(npwp::validate(&npwp::format(&n)).unwrap(), n.clone());
        let sixteen = npwp::to_16(&n).unwrap();
        prop_assert!(npwp::is_valid(&sixteen));
        prop_assert_eq!(npwp::compact(&npwp::format(&sixteen)), sixteen);
    }

    #[test]
    fn npwp_one_digit_changed_fails_the_checksum(n in npwp15(), pos in 0usize..9, delta in 1u8..10) {
        let mut b = n.into_bytes();
        b[pos] = b'0' + (b[pos] - b'0' + delta) % 10;
        let changed = String::from_utf8(b).unwrap();
        prop_assert_eq!(npwp::validate(&changed).unwrap_err().code(), "npwp.checksum");
    }

    #[test]
    fn nik_round_trips_and_as_npwp(n in nik16()) {
        prop_assert!(nik::is_valid(&n), "{}", n);
        prop_assert_eq!(nik::validate(&nik::format(&n)).unwrap(), n.clone());
        prop_assert!(npwp::is_valid(&n));
        let masked = nik::mask(&n).unwrap();
        prop_assert_eq!(masked.len(), 16);
        prop_assert_eq!(&masked[..4], &n[..4]);
        prop_assert_eq!(&masked[4..14], "**********");
        prop_assert_eq!(npwp::mask(&n).unwrap(), masked);
        // The pseudonym: 64 hex digits, the same for the number however written.
        let key = b"kunci-rahasia-dinas-2026";
        let p = nik::pseudonym(&n, key).unwrap();
        prop_assert_eq!(p.len(), 64);
        prop_assert!(p.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        prop_assert_eq!(nik::pseudonym(&nik::format(&n), key).unwrap(), p);
    }

    #[test]
    fn hs_and_wilayah_format_round_trip(code in proptest::sample::select(vec!["0306", "030617", "03061710", "0306171000", "44", "9403"])) {
        prop_assert_eq!(hs::compact(&hs::format(code)), code);
        prop_assert!(hs::is_valid(&hs::format(code)));
    }

    #[test]
    fn wilayah_dotted_and_compact_agree(p in 0usize..38) {
        let province = umkm::reference::region::provinces().nth(p).unwrap();
        for r in umkm::reference::region::regencies_of(&province.code) {
            let compact = wilayah::validate(&r.code).unwrap();
            prop_assert_eq!(wilayah::format(&compact), r.code.clone());
            prop_assert_eq!(wilayah::lookup(&compact).unwrap(), r);
        }
    }

    #[test]
    fn size_is_monotone_in_capital_and_sales(
        a in 0i64..60_000_000_000, b in 0i64..60_000_000_000,
        s in 0i64..60_000_000_000, t in 0i64..60_000_000_000,
        registration in any::<bool>(), days in 0i64..7000,
    ) {
        let as_of = NaiveDate::from_ymd_opt(2008, 7, 4).unwrap() + chrono::Days::new(days as u64);
        let purpose = if registration { Purpose::Registration } else { Purpose::Empowerment };
        let (lo_c, hi_c) = (a.min(b), a.max(b));
        let (lo_s, hi_s) = (s.min(t), s.max(t));
        let lo = SizeInput { business_capital: Some(Money::idr(lo_c)), annual_sales: Some(Money::idr(lo_s)), purpose };
        let hi = SizeInput { business_capital: Some(Money::idr(hi_c)), annual_sales: Some(Money::idr(hi_s)), purpose };
        prop_assert!(classify_size(&lo, as_of).unwrap().class <= classify_size(&hi, as_of).unwrap().class);
        let one = |c: i64| classify_size(&SizeInput { business_capital: Some(Money::idr(c)), ..Default::default() }, as_of).unwrap().class;
        prop_assert!(one(lo_c) <= one(hi_c));
    }

    #[test]
    fn industry_is_monotone(w1 in 0u32..100, w2 in 0u32..100, i1 in 0i64..30_000_000_000, i2 in 0i64..30_000_000_000) {
        let c = |w, i| classify_industry(&IndustryInput { workers: w, investment_value: Money::idr(i) }).unwrap().class;
        prop_assert!(c(w1.min(w2), i1.min(i2)) <= c(w1.max(w2), i1.max(i2)));
    }

    #[test]
    fn money_serde_round_trips(units in any::<i64>(), scale in 0u32..6) {
        let m = Money::new(Decimal::new(units, scale), umkm::Currency::IDR);
        let json = serde_json::to_string(&m).unwrap();
        prop_assert_eq!(serde_json::from_str::<Money>(&json).unwrap(), m);
        let _ = (m.format(umkm::Lang::Id), m.format_short(umkm::Lang::En));
    }

    #[test]
    fn enterprise_serde_round_trips(name in "\\PC{0,20}", year in 2000i32..2030, sales in 0i64..i64::MAX, workers in proptest::option::of(0u32..500)) {
        let mut e = Enterprise::new(name);
        e.workers = workers;
        e.annual_sales.push(AnnualSales { year, amount: Money::idr(sales) });
        let back = Enterprise::from_json(&e.to_json()).unwrap();
        prop_assert_eq!(&back, &e);
        let report = validate(&back, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
        prop_assert_eq!(report.errors + report.warnings, report.issues.len());
    }
}

#[test]
fn seed_records_round_trip_through_json() {
    let seeds: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("data/seed_enterprises.json")).unwrap();
    for seed in seeds {
        let e = Enterprise::from_json(&seed.to_string()).unwrap();
        let again = Enterprise::from_json(&e.to_json()).unwrap();
        assert_eq!(again, e);
        // Every result type serialises and reads back.
        let as_of = NaiveDate::from_ymd_opt(2025, 11, 1).unwrap();
        let report = validate(&e, as_of);
        let r2: umkm::Report =
            serde_json::from_str(&serde_json::to_string(&report).unwrap()).unwrap();
        assert_eq!(r2, report);
        let size = classify_size(&e.size_input(as_of), as_of).unwrap();
        let s2: umkm::classify::size::SizeClassification =
            serde_json::from_str(&serde_json::to_string(&size).unwrap()).unwrap();
        assert_eq!(s2, size);
    }
}

fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(
    value: T,
) {
    let json = serde_json::to_string(&value).unwrap();
    let back: T = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
    assert_eq!(back, value, "{json}");
}

#[test]
fn every_result_and_error_type_round_trips() {
    let as_of = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    round_trip(nik::info("9102014101900001", as_of).unwrap());
    round_trip(wilayah::lookup("32.75").unwrap());
    round_trip(kbli::section("10792").unwrap());
    round_trip(
        classify_industry(&IndustryInput {
            workers: 20,
            investment_value: Money::idr(1),
        })
        .unwrap(),
    );
    round_trip(IndustryInput {
        workers: 20,
        investment_value: Money::idr(1),
    });
    round_trip(SizeInput {
        business_capital: Some(Money::idr(5)),
        annual_sales: None,
        purpose: Purpose::Registration,
    });
    round_trip(npwp::validate("013121661091000").unwrap_err());
    round_trip(npwp::validate("0131").unwrap_err());
    round_trip(wilayah::validate("91.01").unwrap_err());
    round_trip(classify_size(&SizeInput::default(), as_of).unwrap_err());
    round_trip(Enterprise::from_json("{}").unwrap_err());
    round_trip(umkm::Currency::from_code("XYZ").unwrap_err());
    round_trip(umkm::Message::new("a", "b"));
    round_trip(npwp::form("3275014101900001").unwrap());
    round_trip(pirt::packaging("206327501012329").unwrap());
    round_trip(bpom::origin("MD224510001234").unwrap());
}

proptest! {
    #[test]
    fn the_fast_verdict_is_the_full_classification(
        capital in proptest::option::of(0i64..60_000_000_000),
        sales in proptest::option::of(0i64..60_000_000_000),
        registration in any::<bool>(),
        day in 0i64..8000,
    ) {
        use umkm::classify::size::{classify_size_many, size_verdict, Purpose};
        let as_of = NaiveDate::from_ymd_opt(2005, 1, 1).unwrap() + chrono::Days::new(day as u64);
        let input = SizeInput {
            business_capital: capital.map(Money::idr),
            annual_sales: sales.map(Money::idr),
            purpose: if registration { Purpose::Registration } else { Purpose::Empowerment },
        };
        let full = classify_size(&input, as_of);
        let fast = size_verdict(&input, as_of);
        match (&full, &fast) {
            (Ok(f), Ok(v)) => {
                prop_assert_eq!(f.class, v.class);
                prop_assert_eq!(f.decided_by, v.decided_by);
                prop_assert_eq!(f.basis, v.basis);
                prop_assert_eq!(f.by_capital, v.by_capital);
                prop_assert_eq!(f.by_sales, v.by_sales);
            }
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            _ => prop_assert!(false, "{full:?} vs {fast:?}"),
        }
        prop_assert_eq!(classify_size_many(std::slice::from_ref(&input), as_of), vec![fast]);
    }
}

/// Slices long enough to take the parallel path when the `parallel` feature is on (as in the
/// workspace build, through the Python module): the same answers, in the same order, as one
/// by one.
#[test]
fn batch_answers_are_single_answers_in_order() {
    use umkm::classify::size::{classify_size_many, size_verdict};
    use umkm::id::{is_valid_many, validate_many, IdentifierKind};
    let n = umkm::batch::PARALLEL_MIN_ITEMS * 3 + 17;
    let numbers: Vec<String> = (0..n as u64)
        // The check digit covers the first 9 digits: vary them, so about 1 in 10 is valid.
        .map(|i| format!("{:09}{:06}", 13_121_660 + i, i % 1_000_000))
        .collect();
    let single: Vec<bool> = numbers.iter().map(|x| npwp::is_valid(x)).collect();
    assert_eq!(is_valid_many(IdentifierKind::Npwp, &numbers), single);
    assert!(single.iter().any(|v| *v) && single.iter().any(|v| !*v));
    let validated: Vec<_> = numbers.iter().map(|x| npwp::validate(x)).collect();
    assert_eq!(validate_many(IdentifierKind::Npwp, &numbers), validated);
    let as_of = NaiveDate::from_ymd_opt(2025, 11, 1).unwrap();
    let inputs: Vec<SizeInput> = (0..n as i64)
        .map(|i| SizeInput {
            business_capital: (i % 3 != 0).then(|| Money::idr(i * 1_700_000)),
            annual_sales: (i % 5 != 0).then(|| Money::idr(i * 6_100_000)),
            purpose: Default::default(),
        })
        .collect();
    let one_by_one: Vec<_> = inputs.iter().map(|i| size_verdict(i, as_of)).collect();
    assert_eq!(classify_size_many(&inputs, as_of), one_by_one);
    println!("parallel: {}", umkm::batch::is_parallel());
}

proptest! {
    /// What the library writes it reads back: an amount formatted the Indonesian way parses
    /// without a convention (the `Rp` shows it), the English way with `en`.
    #[test]
    fn money_format_parses_back(units in -10i64.pow(15)..10i64.pow(15), scale in 0u32..=2) {
        use umkm::money::parse;
        let m = Money::new(Decimal::new(units, scale), umkm::Currency::IDR);
        let id = m.format(umkm::Lang::Id);
        prop_assert_eq!(parse(&id, None).map(|p| p.amount), Ok(m.amount), "{}", id);
        let en = m.format(umkm::Lang::En);
        prop_assert_eq!(parse(&en, Some(umkm::Lang::En)).map(|p| p.amount), Ok(m.amount), "{}", en);
    }

    /// Any text is an amount or a coded error: no panic, and the code is one of the six.
    #[test]
    fn money_parse_any_text(text in "\\PC{0,140}") {
        if let Err(e) = umkm::money::parse(&text, None) {
            prop_assert!(e.code().starts_with("money."));
        }
    }

    /// Every date of the years the library counts, written as registers write it, reads back.
    #[test]
    fn dates_written_as_registers_do_read_back(days in 0i64..109_573) {
        use umkm::dates::{parse, DateOptions};
        let d = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Days::new(days as u64);
        const BULAN: [&str; 12] = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"];
        use chrono::Datelike;
        let o = DateOptions::default();
        let texts = [
            d.format("%Y-%m-%d").to_string(),
            d.format("%d/%m/%Y").to_string(),
            d.format("%-d-%-m-%Y").to_string(),
            d.format("%d %B %Y").to_string(),
            d.format("%b %-d, %Y").to_string(),
            format!("{} {} {}", d.day(), BULAN[d.month0() as usize], d.year()),
        ];
        for text in texts {
            prop_assert_eq!(parse(&text, &o), Ok(d), "{}", text);
        }
    }

    /// Any text is a date or a coded error, never a panic.
    #[test]
    fn dates_parse_any_text(text in "\\PC{0,70}", serial in any::<bool>()) {
        let o = umkm::dates::DateOptions { excel_serial: serial, ..Default::default() };
        if let Err(e) = umkm::dates::parse(&text, &o) {
            prop_assert!(e.code().starts_with("date.") || e.code() == "limit.year");
        }
    }
}
