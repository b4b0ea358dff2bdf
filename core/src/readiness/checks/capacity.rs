//! Capacity: the first order made in time, steady daily output, raw material secured.

use crate::readiness::context::{met_if, yes_no, Context, Finding};
use crate::readiness::messages::{self, missing, FirstOrder};
use crate::readiness::report::Outcome;
use crate::text::Lang;
use rust_decimal::Decimal;

/// The maximum daily capacity over `working_days` reaches the buyer's first order.
pub(super) fn first_order(ctx: &Context, working_days: u32) -> Finding {
    let p = ctx.product;
    let Some(cap) = &p.daily_capacity else {
        return (Outcome::NotRecorded, missing::DAILY_CAPACITY);
    };
    let Some(order) = p.first_order_quantity else {
        return (Outcome::NotRecorded, missing::FIRST_ORDER);
    };
    let Some(made) = cap.max.checked_mul(Decimal::from(working_days)) else {
        return (Outcome::NotRecorded, messages::CAPACITY_TOO_LARGE);
    };
    let finding = FirstOrder {
        per_day: cap.max,
        unit: (p.unit.label(Lang::Id), p.unit.label(Lang::En)),
        days: working_days,
        made,
        order,
    };
    (met_if(made >= order), messages::first_order(&finding))
}

/// Daily output is steady: the maximum over the minimum within `max_ratio` (a minimum of zero
/// is output that is not continuous).
pub(super) fn stable_output(ctx: &Context, max_ratio: Decimal) -> Finding {
    let Some(cap) = &ctx.product.daily_capacity else {
        return (Outcome::NotRecorded, missing::DAILY_CAPACITY);
    };
    match cap.max.checked_div(cap.min) {
        Some(ratio) if cap.min > Decimal::ZERO => (
            met_if(ratio <= max_ratio),
            messages::stable_output(cap.min, cap.max, ratio.round_dp(2).normalize(), max_ratio),
        ),
        _ => (Outcome::Unmet, messages::OUTPUT_NOT_CONTINUOUS),
    }
}

/// The raw material is secured.
pub(super) fn raw_material(ctx: &Context) -> Finding {
    yes_no(
        ctx.product.raw_material_secured,
        messages::RAW_MATERIAL,
        messages::NO_RAW_MATERIAL,
        missing::RAW_MATERIAL,
    )
}
