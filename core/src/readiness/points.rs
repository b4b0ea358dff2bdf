//! Points as a report writes them: one decimal place.

use rust_decimal::{Decimal, RoundingStrategy};

/// One decimal place, half away from zero, always written with its decimal (`83.0`).
pub(crate) fn one_dp(x: Decimal) -> Decimal {
    // Points are mostly written with one decimal or none already; rounding is for the rest.
    match x.scale() {
        1 => x,
        0 => x
            .mantissa()
            .checked_mul(10)
            .and_then(|m| Decimal::try_from_i128_with_scale(m, 1).ok())
            .unwrap_or_else(|| round_one_dp(x)),
        _ => round_one_dp(x),
    }
}

fn round_one_dp(x: Decimal) -> Decimal {
    let mut y = x.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero);
    y.rescale(1);
    y
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn one_dp_fast_paths_agree_with_rounding(m in any::<i64>(), scale in 0u32..6) {
            let x = Decimal::new(m, scale);
            let (fast, slow) = (one_dp(x), round_one_dp(x));
            prop_assert_eq!(fast, slow);
            prop_assert_eq!(fast.scale(), 1);
        }
    }

    #[test]
    fn one_dp_keeps_a_written_decimal() {
        assert_eq!(one_dp(Decimal::new(25, 1)).to_string(), "2.5");
        assert_eq!(one_dp(Decimal::from(4)).to_string(), "4.0");
        assert_eq!(one_dp(Decimal::new(2_25, 2)).to_string(), "2.3");
        assert_eq!(one_dp(Decimal::new(-2_25, 2)).to_string(), "-2.3");
        assert_eq!(one_dp(Decimal::MAX), round_one_dp(Decimal::MAX));
    }
}
