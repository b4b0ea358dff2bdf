//! Differential tests: growth and CAGR on Decimal against an independent f64 calculation
//! (`ln_1p` / `exp_m1`, accurate near zero growth), within 1e-12 relative error.

use proptest::prelude::*;
use rust_decimal::Decimal;
use umkm::analytics::growth::{cagr, growth, year_over_year, YearValue};

fn close(got: Decimal, want: f64) -> bool {
    let got = f64::try_from(got).unwrap();
    if want == 0.0 {
        return got.abs() < 1e-15;
    }
    ((got - want) / want).abs() <= 1e-12
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn growth_matches_f64(prev in 1u64..1_000_000_000_000, curr in 0u64..1_000_000_000_000) {
        let got = growth(Decimal::from(prev), Decimal::from(curr)).unwrap().value().unwrap();
        let want = (curr as f64 - prev as f64) / prev as f64;
        prop_assert!(close(got, want), "{got} vs {want}");
    }

    #[test]
    fn cagr_matches_f64(
        first in 1u64..1_000_000_000_000,
        last in 1u64..1_000_000_000_000,
        quarters in 1u32..160,
    ) {
        let years = Decimal::from(quarters) / Decimal::from(4);
        let got = cagr(Decimal::from(first), Decimal::from(last), years).unwrap().value().unwrap();
        let ratio_minus_one = (last as f64 - first as f64) / first as f64;
        let want = (ratio_minus_one.ln_1p() / (f64::from(quarters) / 4.0)).exp_m1();
        prop_assert!(close(got, want), "{first}->{last} in {years} years: {got} vs {want}");
    }

    #[test]
    fn series_growth_is_pairwise_growth(values in prop::collection::vec(1u64..1_000_000_000, 1..12), start in 2000i32..2030) {
        let series: Vec<YearValue> = values
            .iter()
            .enumerate()
            .map(|(i, v)| YearValue { year: start + i as i32, value: Decimal::from(*v) })
            .collect();
        let s = year_over_year(&series).unwrap();
        prop_assert!(s.gaps.is_empty());
        for (i, row) in s.years.iter().enumerate().skip(1) {
            let want = growth(Decimal::from(values[i - 1]), Decimal::from(values[i])).unwrap();
            prop_assert_eq!(row.growth, Some(want));
        }
    }
}
