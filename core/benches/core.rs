//! Speed of the core on one core (criterion): `cargo bench -p umkm --bench core`.
//! Targets (issue 7): identifier validation under 50 ns, size classification under 20 ns,
//! record validation plus readiness assessment under 5 µs, a regional ranking of 1,000,000
//! export records under 0.5 s. BENCHMARKS.md records the figures measured.
// Tests compare with serde_json reading (core/clippy.toml keeps it out of the library).
#![allow(clippy::disallowed_methods)]

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use std::hint::black_box;
use umkm::analytics::exchange::{ExchangeRate, RateTable};
use umkm::analytics::ranking::{rank_export_growth, ExportRecord, Period, RankingOptions};
use umkm::id::{self, IdentifierKind};
use umkm::reference::region::Level;
use umkm::{classify_size, readiness, validate, Currency, Enterprise, Money, SizeInput};

const SEEDS: &str = include_str!("../tests/data/seed_enterprises.json");

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 11, 1).unwrap_or_default()
}

fn identifiers(c: &mut Criterion) {
    let samples: [(IdentifierKind, &str); 10] = [
        (IdentifierKind::Npwp, "01.312.166.0-091.000"),
        (IdentifierKind::Nitku, "0013121660091000000000"),
        (IdentifierKind::Nik, "3276011708850003"),
        (IdentifierKind::Nib, "9120301234567"),
        (IdentifierKind::Kbli, "10792"),
        (IdentifierKind::Hs, "0306.17.10"),
        (IdentifierKind::Wilayah, "32.75.01.1001"),
        (IdentifierKind::Pirt, "P-IRT No. 2063275010123-29"),
        (IdentifierKind::Bpom, "BPOM RI MD 224510001234"),
        (IdentifierKind::Halal, "ID3211000012345678"),
    ];
    let mut g = c.benchmark_group("identifier validate");
    for (kind, number) in samples {
        g.bench_function(kind.as_str(), |b| {
            b.iter(|| kind.validate(black_box(number)))
        });
    }
    g.finish();
    let npwps: Vec<String> = (0..1_000_000u64)
        .map(|i| format!("{:015}", 13_121_660_091_000 + i))
        .collect();
    let mut g = c.benchmark_group("identifier batch");
    g.throughput(Throughput::Elements(npwps.len() as u64));
    g.sample_size(10);
    g.bench_function("npwp is_valid_many 1,000,000", |b| {
        b.iter(|| id::is_valid_many(IdentifierKind::Npwp, black_box(&npwps)))
    });
    g.finish();
}

fn classification(c: &mut Criterion) {
    let input = SizeInput {
        business_capital: Some(Money::idr(1_000_000_000)),
        annual_sales: Some(Money::idr(2_500_000_000)),
        purpose: Default::default(),
    };
    c.bench_function("classify_size", |b| {
        b.iter(|| classify_size(black_box(&input), black_box(as_of())))
    });
    c.bench_function("size_verdict (no explanation text)", |b| {
        b.iter(|| umkm::classify::size::size_verdict(black_box(&input), black_box(as_of())))
    });
    let register: Vec<SizeInput> = (0..1_000_000i64)
        .map(|i| SizeInput {
            business_capital: Some(Money::idr(i * 17_000)),
            annual_sales: Some(Money::idr(i * 61_000)),
            purpose: Default::default(),
        })
        .collect();
    let mut g = c.benchmark_group("classification batch");
    g.sample_size(10);
    g.throughput(Throughput::Elements(register.len() as u64));
    g.bench_function("classify_size_many 1,000,000", |b| {
        b.iter(|| umkm::classify::size::classify_size_many(black_box(&register), as_of()))
    });
    g.finish();
}

fn record_and_readiness(c: &mut Criterion) {
    let seeds: Vec<serde_json::Value> = serde_json::from_str(SEEDS).unwrap_or_default();
    let seafood = seeds
        .iter()
        .filter_map(|v| Enterprise::from_json(&v.to_string()).ok())
        .find(|e| e.name == "IKM Duo Ayu Sehati");
    let Some(seafood) = seafood else { return };
    let product = seafood
        .products
        .first()
        .map(|p| p.name.clone())
        .unwrap_or_default();
    c.bench_function("validate record", |b| {
        b.iter(|| validate(black_box(&seafood), as_of()))
    });
    c.bench_function("assess (seafood to AU)", |b| {
        b.iter(|| readiness::assess(black_box(&seafood), &product, "AU", as_of()))
    });
    c.bench_function("assess summary (seafood to AU)", |b| {
        let set = readiness::RuleSet::default_set().ok();
        b.iter(|| {
            set.map(|set| {
                readiness::assess_summary_with(set, black_box(&seafood), &product, "AU", as_of())
            })
        })
    });
    c.bench_function("validate + assess", |b| {
        b.iter(|| {
            let r = validate(black_box(&seafood), as_of());
            let a = readiness::assess(black_box(&seafood), &product, "AU", as_of());
            (r, a)
        })
    });
}

/// A million SKA records over West Java's 27 regencies and cities, half in USD, half in IDR.
fn records() -> Vec<ExportRecord> {
    let regencies: Vec<String> = umkm::reference::region::regencies_of("32")
        .into_iter()
        .map(|r| r.code)
        .collect();
    let usd = Currency::from_code("USD").unwrap_or(Currency::IDR);
    (0..1_000_000u32)
        .map(|i| {
            let year = if i % 2 == 0 { 2021 } else { 2024 };
            let day = NaiveDate::from_ymd_opt(year, 1 + i % 12, 1 + i % 28).unwrap_or_default();
            let region = regencies
                .get(i as usize % regencies.len())
                .cloned()
                .unwrap_or_default();
            let value = if i % 2 == 0 {
                Money::new((1_000 + i % 50_000).into(), usd)
            } else {
                Money::idr(i64::from(10_000_000 + i % 900_000_000))
            };
            ExportRecord {
                region,
                date: day,
                value,
            }
        })
        .collect()
}

fn ranking(c: &mut Criterion) {
    let records = records();
    let d = |y| NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or_default();
    let usd = Currency::from_code("USD").unwrap_or(Currency::IDR);
    let rates = RateTable::new(vec![
        ExchangeRate::new(usd, Currency::IDR, 14_300.into(), d(2021)),
        ExchangeRate::new(usd, Currency::IDR, 15_800.into(), d(2024)),
    ])
    .unwrap_or_default();
    let (Some(base), Some(current)) = (Period::year(2021), Period::year(2024)) else {
        return;
    };
    let options = RankingOptions::new(Level::Regency, base, current);
    let mut g = c.benchmark_group("ranking");
    g.sample_size(10);
    g.throughput(Throughput::Elements(records.len() as u64));
    g.bench_function("rank_export_growth 1,000,000 records", |b| {
        b.iter_batched(
            || (),
            |()| rank_export_growth(black_box(&records), &rates, &options),
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(
    benches,
    identifiers,
    classification,
    record_and_readiness,
    ranking
);
criterion_main!(benches);
