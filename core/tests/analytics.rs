//! Programme analytics on worked examples: the West Java export ranking from the sample SKA
//! records (every figure below worked out by hand from examples/data/west_java_ska.json),
//! "naik kelas" between two snapshots, and the invariants of the ranking.
// Tests compare with serde_json reading (core/clippy.toml keeps it out of the library).
#![allow(clippy::disallowed_methods)]

use chrono::NaiveDate;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::Value;
use umkm::analytics::exchange::RateTable;
use umkm::analytics::ranking::{
    export_series, rank_export_growth, ExportRecord, Period, RankBy, Ranking, RankingOptions,
    SeriesOptions,
};
use umkm::analytics::transition::{transition_matrix, Direction, SizeState, Snapshot};
use umkm::reference::region::Level;
use umkm::{Enterprise, Money};

const SAMPLE: &str = include_str!("data/west_java_ska.json");

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn sample() -> (Vec<ExportRecord>, RateTable, RankingOptions) {
    let doc: Value = serde_json::from_str(SAMPLE).unwrap();
    (
        serde_json::from_value(doc["records"].clone()).unwrap(),
        serde_json::from_value(doc["rates"].clone()).unwrap(),
        serde_json::from_value(doc["options"].clone()).unwrap(),
    )
}

fn names(rows: &[umkm::analytics::ranking::RegionExports]) -> Vec<(&str, Option<u32>)> {
    rows.iter()
        .map(|r| (r.region.name.as_str(), r.rank))
        .collect()
}

#[test]
fn west_java_ranking_by_growth() {
    let (records, rates, options) = sample();
    let r = rank_export_growth(&records, &rates, &options).unwrap();
    // Base 2021 at 14,300 IDR/USD, current 2024 at 15,800 IDR/USD.
    // Depok: 150,000 USD → 2,145,000,000; 620,000 USD + Rp316,000,000 → 10,112,000,000: +371.4 %.
    // Kota Bandung 400k → 560k USD and Kabupaten Cirebon 300k → 420k USD: both × 1.4 in USD,
    // so exactly equal growth (391/715 = 54.69 %) and a shared rank 2; Kota Bekasi is 4th.
    assert_eq!(
        names(&r.ranked),
        [
            ("Kota Depok", Some(1)),
            ("Kabupaten Cirebon", Some(2)),
            ("Kota Bandung", Some(2)),
            ("Kota Bekasi", Some(4)),
            ("Kabupaten Bekasi", Some(5)),
            ("Kabupaten Bogor", Some(6)),
            ("Kabupaten Garut", Some(7)),
        ]
    );
    let depok = &r.ranked[0];
    assert_eq!(depok.region.code, "32.76");
    assert_eq!(depok.base, Money::idr(2_145_000_000));
    assert_eq!(depok.current, Money::idr(10_112_000_000));
    assert_eq!(depok.increase, Money::idr(7_967_000_000));
    assert_eq!((depok.base_records, depok.current_records), (2, 4));
    assert_eq!(depok.growth.display(1).id, "371,4 %");
    assert_eq!(
        r.ranked[1].growth.value().unwrap().round_dp(10),
        dec("0.5468531469")
    );
    // Kota Bekasi: 11,440,000,000 → 17,380,000,000 = +51.92 %.
    assert_eq!(r.ranked[3].growth.display(2).en, "51.92%");
    // Garut exported nothing in 2024: −100 %, ranked last, not dropped.
    assert_eq!(r.ranked[6].growth.value(), Some(dec("-1")));
    // Tasikmalaya had no 2021 export: new, unranked.
    assert_eq!(names(&r.new), [("Kota Tasikmalaya", None)]);
    assert_eq!(r.new[0].current, Money::idr(1_185_000_000));
    assert!(r.not_positive.is_empty());
    assert_eq!(r.totals.base, Money::idr(124_410_000_000));
    assert_eq!(r.totals.current, Money::idr(159_501_000_000));
    // 26 records: 11 in 2021, 13 in 2024, one of 2022, one from DKI Jakarta.
    assert_eq!(
        (
            r.records.total,
            r.records.base,
            r.records.current,
            r.records.outside_periods,
            r.records.outside_scope
        ),
        (26, 11, 13, 1, 1)
    );
}

#[test]
fn positive_only_and_by_increase() {
    let (records, rates, mut options) = sample();
    options.positive_only = true;
    let r = rank_export_growth(&records, &rates, &options).unwrap();
    assert_eq!(r.ranked.len(), 5);
    assert_eq!(
        names(&r.not_positive),
        [("Kabupaten Bogor", None), ("Kabupaten Garut", None)]
    );
    options.positive_only = false;
    options.by = RankBy::Increase;
    let r = rank_export_growth(&records, &rates, &options).unwrap();
    // Increases: Kab. Bekasi 16.98 bn, Depok 7.967 bn, Kota Bekasi 5.94 bn, Bandung 3.128 bn,
    // Cirebon 2.346 bn, Garut −0.715 bn, Bogor −1.74 bn.
    assert_eq!(
        names(&r.ranked),
        [
            ("Kabupaten Bekasi", Some(1)),
            ("Kota Depok", Some(2)),
            ("Kota Bekasi", Some(3)),
            ("Kota Bandung", Some(4)),
            ("Kabupaten Cirebon", Some(5)),
            ("Kabupaten Garut", Some(6)),
            ("Kabupaten Bogor", Some(7)),
        ]
    );
    assert_eq!(r.ranked[0].increase, Money::idr(16_980_000_000));
}

#[test]
fn province_level_and_usd() {
    let (records, _, mut options) = sample();
    options.level = Level::Province;
    options.within = None;
    options.currency = "USD".parse().unwrap();
    // Without a rate for the IDR record, the ranking lists it rather than skipping it.
    let err = rank_export_growth(&records, &RateTable::default(), &options).unwrap_err();
    assert_eq!(err.code(), "ranking.invalid");
    let issue = &err.issues()[0];
    assert_eq!(
        (issue.path.as_str(), issue.code.as_str()),
        ("/records/5/value", "exchange.no_rate")
    );
    // Records in USD only: West Java 0.15 + 0.8 + 5 + 2 + 0.4 + 0.3 + 0.05 = 8.7 M USD →
    // 0.62 + 1.1 + 5.6 + 1.7 + 0.56 + 0.42 + 0.075 = 10.075 M USD; DKI Jakarta new.
    let usd_only: Vec<ExportRecord> = records
        .into_iter()
        .filter(|r| r.value.currency.code() == "USD")
        .collect();
    let r = rank_export_growth(&usd_only, &RateTable::default(), &options).unwrap();
    assert_eq!(names(&r.ranked), [("Jawa Barat", Some(1))]);
    assert_eq!(r.ranked[0].base.amount, dec("8700000"));
    assert_eq!(r.ranked[0].current.amount, dec("10075000"));
    assert_eq!(names(&r.new), [("Daerah Khusus Ibukota Jakarta", None)]);
}

#[test]
fn every_bad_record_and_option_is_listed() {
    let rec = |region: &str, date, amount: i64| ExportRecord {
        region: region.into(),
        date,
        value: Money::idr(amount),
    };
    let records = [
        rec("32.99", d(2021, 1, 5), 1),  // no such regency
        rec("32", d(2021, 1, 5), 1),     // province only: too coarse for regencies
        rec("32-75", d(2024, 1, 5), 1),  // not a region code
        rec("32.75", d(2024, 1, 5), -1), // negative FOB
        rec("91.01", d(2024, 1, 5), 10), // retired Papua code: counts for 93.01
        rec("32.99", d(2019, 1, 5), 1),  // outside both periods: not checked
    ];
    let options = RankingOptions::new(
        Level::Regency,
        Period::year(2021).unwrap(),
        Period::year(2024).unwrap(),
    );
    let err = rank_export_growth(&records, &RateTable::default(), &options).unwrap_err();
    let got: Vec<(&str, &str)> = err
        .issues()
        .iter()
        .map(|i| (i.path.as_str(), i.code.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("/records/0/region", "wilayah.unknown_region"),
            ("/records/1/region", "ranking.region_level"),
            ("/records/2/region", "wilayah.format"),
            ("/records/3/value", "money.negative"),
        ]
    );
    let ok = rank_export_growth(&records[4..], &RateTable::default(), &options).unwrap();
    assert_eq!(ok.new[0].region.name, "Kabupaten Merauke");
    assert_eq!(ok.new[0].region.code, "93.01");

    let codes = |bad: &RankingOptions| -> Vec<String> {
        rank_export_growth(&[], &RateTable::default(), bad)
            .unwrap_err()
            .issues()
            .iter()
            .map(|i| format!("{} {}", i.path, i.code))
            .collect()
    };
    let mut bad = options.clone();
    bad.current = Period {
        start: d(2021, 6, 1),
        end: d(2024, 12, 31),
    };
    bad.within = Some("32.75".into());
    assert_eq!(
        codes(&bad),
        [
            "/options/current ranking.periods_overlap",
            "/options/within ranking.within_level"
        ]
    );
    bad = options.clone();
    bad.base = Period {
        start: d(2021, 12, 31),
        end: d(2021, 1, 1),
    };
    bad.within = Some("39".into());
    assert_eq!(
        codes(&bad),
        [
            "/options/base ranking.period",
            "/options/within wilayah.unknown_region"
        ]
    );
    bad = options.clone();
    bad.level = Level::Village;
    assert_eq!(
        rank_export_growth(&[], &RateTable::default(), &bad)
            .unwrap_err()
            .issues()[0]
            .code,
        "ranking.level"
    );
}

#[test]
fn a_million_bad_records_give_a_bounded_list() {
    let records: Vec<ExportRecord> = (0..5000)
        .map(|_| ExportRecord {
            region: "99.99".into(),
            date: d(2024, 1, 1),
            value: Money::idr(1),
        })
        .collect();
    let options = RankingOptions::new(
        Level::Regency,
        Period::year(2021).unwrap(),
        Period::year(2024).unwrap(),
    );
    let err = rank_export_growth(&records, &RateTable::default(), &options).unwrap_err();
    assert_eq!(
        err.issues().len(),
        umkm::record::validate::MAX_BATCH_ISSUES + 1
    );
    let last = err.issues().last().unwrap();
    assert_eq!(last.code, "input.more_issues");
    assert_eq!(last.message_en, "4000 more problems not listed");
}

#[test]
fn depok_export_series() {
    let (records, rates, _) = sample();
    let options = SeriesOptions {
        within: Some("32.76".into()),
        ..SeriesOptions::default()
    };
    let s = export_series(&records, &rates, &options).unwrap();
    // 2021: 2,145,000,000; 2022: 120,000 × 14,850 = 1,782,000,000; 2023 missing; 2024: 10,112,000,000.
    let values: Vec<(i32, Decimal)> = s.years.iter().map(|y| (y.year, y.value)).collect();
    assert_eq!(
        values,
        [
            (2021, dec("2145000000")),
            (2022, dec("1782000000")),
            (2024, dec("10112000000"))
        ]
    );
    assert_eq!(s.gaps, [2023]);
    // 1,782 / 2,145 − 1 = −0.16923076923...
    assert_eq!(
        s.years[1].growth.unwrap().value().unwrap().round_dp(6),
        dec("-0.169231")
    );
    assert!(s.years[2].growth.is_none());
}

fn member(nib: &str, capital: Option<i64>, sales: &[(i32, i64)]) -> Enterprise {
    let mut e = Enterprise::new(format!("UMKM {nib}"));
    e.nib = Some(nib.into());
    e.business_capital = capital.map(Money::idr);
    e.annual_sales = sales
        .iter()
        .map(|(year, amount)| umkm::record::enterprise::AnnualSales {
            year: *year,
            amount: Money::idr(*amount),
        })
        .collect();
    e
}

#[test]
fn naik_kelas_between_2020_and_2025() {
    // 2020 is judged by UU 20/2008 (micro ≤ Rp300 juta sales), 2025 by PP 7/2021 (≤ Rp2 miliar).
    let before = Snapshot {
        date: d(2020, 12, 31),
        records: vec![
            member("1111111111111", None, &[(2019, 250_000_000)]), // micro
            member("2222222222222", None, &[(2019, 2_000_000_000)]), // small
            member("3333333333333", None, &[(2019, 250_000_000)]), // micro
            member("4444444444444", None, &[]),                    // unknown: no figures
            member("5555555555555", None, &[(2019, 100_000_000)]), // left
        ],
    };
    let mut no_nib = member("", None, &[(2024, 1)]);
    no_nib.nib = None;
    let after = Snapshot {
        date: d(2025, 6, 30),
        records: vec![
            member("1111111111111", None, &[(2024, 2_000_000_001)]), // small: up
            member("2222222222222", None, &[(2024, 2_000_000_000)]), // exactly Rp2 miliar: micro, down
            member("3333-3333-33333", None, &[(2024, 1_500_000_000)]), // micro: stayed
            member("4444444444444", Some(6_000_000_000), &[]),       // medium by capital
            member("6666666666666", None, &[(2024, 1)]),             // entered
            no_nib,
        ],
    };
    let m = transition_matrix(&before, &after).unwrap();
    assert_eq!(m.rule_before.unwrap().id, "uu-20-2008");
    assert_eq!(m.rule_after.unwrap().id, "pp-7-2021");
    assert_eq!(m.counts[0], [1, 1, 0, 0, 0]); // micro → micro, micro → small
    assert_eq!(m.counts[1], [1, 0, 0, 0, 0]); // small → micro
    assert_eq!(m.counts[4], [0, 0, 1, 0, 0]); // unknown → medium
    assert_eq!(
        (m.matched, m.moved_up, m.stayed, m.moved_down, m.unknown),
        (4, 1, 1, 1, 1)
    );
    assert_eq!(m.up_share.unwrap().round_dp(4), dec("0.3333"));
    assert_eq!(m.entered, ["6666666666666"]);
    assert_eq!(m.exited, ["5555555555555"]);
    assert_eq!(m.warnings[0].path, "/after/records/5/nib");
    let unknown = m.moves.iter().find(|x| x.nib == "4444444444444").unwrap();
    assert_eq!(unknown.direction, Direction::Unknown);
    assert_eq!(unknown.from, SizeState::Unknown);
    assert_eq!(unknown.from_reason.as_deref(), Some("classify.missing"));
    assert_eq!(unknown.to, SizeState::Medium);

    let mut dup = before.clone();
    dup.records.push(member("1111 1111 11111", None, &[]));
    let err = transition_matrix(&dup, &after).unwrap_err();
    assert_eq!(err.code(), "transition.invalid");
    assert_eq!(
        transition_matrix(&after, &before).unwrap_err().code(),
        "transition.dates"
    );
}

fn ranking_of(values: &[(u16, u64, u64)], by: RankBy) -> Ranking {
    let regencies = [
        "32.01", "32.05", "32.09", "32.16", "32.73", "32.75", "32.76", "32.78",
    ];
    let mut records = Vec::new();
    for (i, base, current) in values {
        let region = regencies[usize::from(*i) % regencies.len()].to_string();
        for (date, amount) in [(d(2021, 6, 1), base), (d(2024, 6, 1), current)] {
            records.push(ExportRecord {
                region: region.clone(),
                date,
                value: Money::new(Decimal::from(*amount), umkm::Currency::IDR),
            });
        }
    }
    let mut options = RankingOptions::new(
        Level::Regency,
        Period::year(2021).unwrap(),
        Period::year(2024).unwrap(),
    );
    options.by = by;
    rank_export_growth(&records, &RateTable::default(), &options).unwrap()
}

proptest! {
    #[test]
    fn ranks_follow_values_and_ties_share(values in prop::collection::vec((0u16..8, 0u64..5, 0u64..5), 0..20)) {
        for by in [RankBy::Growth, RankBy::Increase] {
            let r = ranking_of(&values, by);
            let measure = |x: &umkm::analytics::ranking::RegionExports| match by {
                RankBy::Growth => x.growth.value().unwrap(),
                RankBy::Increase => x.increase.amount,
            };
            for (i, w) in r.ranked.windows(2).enumerate() {
                let (a, b) = (&w[0], &w[1]);
                prop_assert!(measure(a) >= measure(b));
                if measure(a) == measure(b) {
                    prop_assert_eq!(a.rank, b.rank);
                } else {
                    // Competition ranking: the next rank is the position.
                    prop_assert_eq!(b.rank, Some(i as u32 + 2));
                }
            }
            if let Some(first) = r.ranked.first() {
                prop_assert_eq!(first.rank, Some(1));
            }
            // Every new region has a zero base; every ranked one a positive base.
            prop_assert!(r.new.iter().all(|x| x.base.amount.is_zero() && x.rank.is_none()));
            prop_assert!(r.ranked.iter().all(|x| x.base.amount > Decimal::ZERO));
            // Totals are the sums of the rows.
            let sum = |f: fn(&umkm::analytics::ranking::RegionExports) -> Decimal| {
                r.ranked.iter().chain(&r.new).map(f).sum::<Decimal>()
            };
            prop_assert_eq!(sum(|x| x.base.amount), r.totals.base.amount);
            prop_assert_eq!(sum(|x| x.current.amount), r.totals.current.amount);
        }
    }
}

fn round_trip<T>(value: T)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_string(&value).unwrap();
    let back: T = serde_json::from_str(&json).unwrap();
    assert_eq!(back, value, "{json}");
}

#[test]
fn every_analytics_result_and_error_round_trips() {
    let (records, rates, options) = sample();
    round_trip(rank_export_growth(&records, &rates, &options).unwrap());
    round_trip(rank_export_growth(&records, &RateTable::default(), &options).unwrap_err());
    round_trip(options);
    round_trip(rates.clone());
    round_trip(
        rates
            .rate_on("USD".parse().unwrap(), umkm::Currency::IDR, d(2024, 5, 1))
            .unwrap(),
    );
    round_trip(RateTable::from_json("[1]").unwrap_err());
    round_trip(export_series(&records, &rates, &SeriesOptions::default()).unwrap());
    round_trip(umkm::analytics::activity::active_rate(1400, 300).unwrap());
    round_trip(umkm::analytics::activity::active_rate(0, 0).unwrap_err());
    let register = [umkm::analytics::activity::Registration {
        nib: "1".into(),
        founded: d(2024, 1, 1),
    }];
    let snapshots = [umkm::analytics::activity::ActivitySnapshot {
        date: d(2024, 6, 1),
        active: vec!["1".into(), "2".into()],
    }];
    round_trip(umkm::analytics::activity::cohort_survival(&register, &snapshots).unwrap());
    let before = Snapshot {
        date: d(2024, 1, 1),
        records: vec![member("1111111111111", Some(1), &[])],
    };
    let after = Snapshot {
        date: d(2025, 1, 1),
        records: vec![member("1111111111111", None, &[])],
    };
    round_trip(transition_matrix(&before, &after).unwrap());
    round_trip(transition_matrix(&after, &before).unwrap_err());
    let target = umkm::analytics::target::Target {
        goal: 5000.into(),
        deadline: d(2026, 12, 31),
        start: Some(d(2025, 1, 1)),
    };
    round_trip(
        umkm::analytics::target::target_progress(&target, 1250.into(), d(2025, 11, 1)).unwrap(),
    );
    round_trip(
        umkm::analytics::target::target_progress(&target, (-1).into(), d(2025, 11, 1)).unwrap_err(),
    );
    round_trip(target);
}
