//! Order feasibility: can a product's daily capacity make a requested quantity by a deadline?
//!
//! The order is compared with the capacity in the same unit: an order in dozens is converted
//! to pieces, grams or tonnes to kilograms, millilitres to litres; any other pair of units is an
//! error rather than a guess. Days are Indonesian working days ([`crate::reference::calendar`]) from the
//! start date to the deadline, both included; production at a given daily rate needs
//! ⌈quantity ÷ rate⌉ working days.

use super::context::find_product;
use super::error::ReadinessError;
use crate::record::enterprise::{Enterprise, Unit};
use crate::reference::calendar::WorkCalendar;
use crate::text::Message;
use chrono::NaiveDate;
use rust_decimal::Decimal;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A requested order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Order {
    /// Quantity requested.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub quantity: Decimal,
    /// Unit of the quantity.
    pub unit: Unit,
    /// Last day to finish production.
    pub deadline: NaiveDate,
}

/// Whether the order fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrderFit {
    /// Fits even at minimum capacity.
    Fits,
    /// Fits only if the product runs at maximum capacity every working day.
    FitsAtMaxOnly,
    /// Does not fit even at maximum capacity.
    DoesNotFit,
}

/// The answer for one order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct OrderFeasibility {
    /// Product name.
    pub product: String,
    /// Unit of the product's capacity, in which the figures below are given.
    pub unit: Unit,
    /// Quantity in `unit`.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub quantity: Decimal,
    /// First production day.
    pub start: NaiveDate,
    /// Deadline.
    pub deadline: NaiveDate,
    /// Working days from `start` to `deadline`, both included.
    pub working_days_available: u32,
    /// Minimum daily capacity.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub capacity_min: Decimal,
    /// Maximum daily capacity.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub capacity_max: Decimal,
    /// Working days needed at maximum capacity.
    pub days_needed_at_max: u64,
    /// Working days needed at minimum capacity (`None` when the minimum is 0).
    pub days_needed_at_min: Option<u64>,
    /// Day production ends at maximum capacity (`None` beyond 100 years).
    #[serde(default)]
    pub finish_at_max: Option<NaiveDate>,
    /// Day production ends at minimum capacity.
    #[serde(default)]
    pub finish_at_min: Option<NaiveDate>,
    /// The verdict.
    pub fit: OrderFit,
    /// Quantity short at maximum capacity by the deadline (0 when it fits).
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub shortfall_at_max: Decimal,
    /// Years in the period without embedded holidays (only weekends and extra days counted).
    pub years_without_holidays: Vec<i32>,
    /// One-sentence summary.
    pub summary: Message,
}

/// Why an order could not be checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum OrderError {
    /// The product is not in the record.
    #[error("product {product:?} is not in the record")]
    UnknownProduct {
        /// The name asked for.
        product: String,
    },
    /// The product has no daily capacity recorded.
    #[error("product has no daily capacity")]
    NoCapacity,
    /// Order and capacity units cannot be converted.
    #[error("order in {order:?} cannot be compared with capacity in {capacity:?}")]
    UnitMismatch {
        /// Unit of the order.
        order: Unit,
        /// Unit of the capacity.
        capacity: Unit,
    },
    /// Quantity is zero or negative.
    #[error("quantity must be positive")]
    Quantity,
    /// Capacity is negative, its maximum is 0, or its minimum exceeds its maximum.
    #[error("daily capacity must satisfy 0 <= min <= max and max > 0")]
    Capacity,
    /// Deadline before the start.
    #[error("deadline before the start date")]
    Deadline,
    /// A date outside the years that can be counted, or a start and deadline too far apart
    /// to walk day by day ([`crate::limits`]).
    #[error(transparent)]
    Limit(#[from] crate::limits::LimitError),
}

crate::text::coded_error!(OrderError);

impl OrderError {
    /// Stable code: `order.unknown_product`, `order.no_capacity`, `order.unit_mismatch`,
    /// `order.quantity`, `order.capacity`, `order.deadline`.
    pub fn code(&self) -> &'static str {
        match self {
            OrderError::UnknownProduct { .. } => "order.unknown_product",
            OrderError::NoCapacity => "order.no_capacity",
            OrderError::UnitMismatch { .. } => "order.unit_mismatch",
            OrderError::Quantity => "order.quantity",
            OrderError::Capacity => "order.capacity",
            OrderError::Deadline => "order.deadline",
            OrderError::Limit(e) => e.code(),
        }
    }

    /// Message in both languages.
    pub fn message(&self) -> Message {
        match self {
            OrderError::UnknownProduct { product } => {
                let product = crate::text::privacy::shown(product);
                Message::new(
                    format!("Produk {product:?} tidak ada dalam data usaha."),
                    format!("Product {product:?} is not in the record."),
                )
            }
            OrderError::Limit(e) => e.message(),
            OrderError::NoCapacity => Message::new(
                "Kapasitas harian produk tidak tercatat.",
                "The product's daily capacity is not recorded.",
            ),
            OrderError::UnitMismatch { order, capacity } => Message::new(
                format!(
                    "Pesanan dalam {} tidak dapat dibandingkan dengan kapasitas dalam {}.",
                    order.label(crate::Lang::Id),
                    capacity.label(crate::Lang::Id)
                ),
                format!(
                    "An order in {} cannot be compared with capacity in {}.",
                    order.label(crate::Lang::En),
                    capacity.label(crate::Lang::En)
                ),
            ),
            OrderError::Quantity => Message::new(
                "Jumlah pesanan harus lebih dari 0.",
                "The quantity must be more than 0.",
            ),
            OrderError::Capacity => Message::new(
                "Kapasitas harian harus 0 ≤ minimum ≤ maksimum dan maksimum > 0.",
                "Daily capacity must satisfy 0 ≤ minimum ≤ maximum and maximum > 0.",
            ),
            OrderError::Deadline => Message::new(
                "Tenggat sebelum tanggal mulai.",
                "The deadline is before the start date.",
            ),
        }
    }
}

/// Unit family and size in the family's base unit.
fn base(unit: Unit) -> (u8, Decimal) {
    match unit {
        Unit::Piece => (1, Decimal::ONE),
        Unit::Dozen => (1, Decimal::from(12)),
        Unit::Gram => (2, Decimal::ONE),
        Unit::Kg => (2, Decimal::from(1000)),
        Unit::Tonne => (2, Decimal::from(1_000_000)),
        Unit::Millilitre => (3, Decimal::ONE),
        Unit::Litre => (3, Decimal::from(1000)),
        other => (10 + other as u8, Decimal::ONE),
    }
}

/// Converts a quantity between units of the same family (`None` across families or on overflow).
pub fn convert(quantity: Decimal, from: Unit, to: Unit) -> Option<Decimal> {
    let (fa, sa) = base(from);
    let (fb, sb) = base(to);
    if fa != fb {
        return None;
    }
    quantity.checked_mul(sa)?.checked_div(sb)
}

/// Working days needed at a daily rate: ⌈quantity ÷ rate⌉ (`None` for a zero rate).
fn days_needed(quantity: Decimal, rate: Decimal) -> Option<u64> {
    if rate <= Decimal::ZERO {
        return None;
    }
    let days = quantity.checked_div(rate)?.ceil();
    u64::try_from(days).ok()
}

/// Longest production run for which a finish date is computed (about 100 years).
const MAX_DAYS: u64 = 26_000;

/// Checks an order against the product's capacity, starting production on `start`.
///
/// ```
/// use umkm::{readiness::{assess_order, Order, OrderFit}, reference::calendar::WorkCalendar};
/// use umkm::Enterprise;
/// use chrono::NaiveDate;
///
/// let maker = Enterprise::from_json(r#"{"name": "Kerajinan Anyaman Sukatenang",
///   "products": [{"name": "Tas anyaman pandan", "category": "craft", "unit": "piece",
///                 "daily_capacity": {"min": "2", "max": "8"}}]}"#).unwrap();
/// let start = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
/// let order = Order { quantity: 500.into(), unit: umkm::record::enterprise::Unit::Piece,
///                     deadline: NaiveDate::from_ymd_opt(2025, 12, 31).unwrap() };
/// let answer = assess_order(&maker, "Tas anyaman pandan", &order, start, &WorkCalendar::default()).unwrap();
/// assert_eq!(answer.working_days_available, 21); // December 2025 without 25 and 26 December
/// assert_eq!(answer.days_needed_at_max, 63);     // ⌈500 ÷ 8⌉
/// assert_eq!(answer.days_needed_at_min, Some(250)); // 500 ÷ 2
/// assert_eq!(answer.fit, OrderFit::DoesNotFit);
/// ```
///
/// # Errors
///
/// An [`OrderError`]: `order.unknown_product`, `order.no_capacity` (no daily capacity
/// recorded), `order.unit_mismatch`, `order.quantity` (zero or negative), `order.capacity`
/// (negative, a maximum of 0, or a minimum above the maximum), `order.deadline` (before the
/// start), or a limit's code for dates outside the years that can be counted or too far apart
/// ([`crate::limits`]).
pub fn assess_order(
    enterprise: &Enterprise,
    product: &str,
    order: &Order,
    start: NaiveDate,
    calendar: &WorkCalendar,
) -> Result<OrderFeasibility, OrderError> {
    let p = find_product(enterprise, product).map_err(|e| match e {
        ReadinessError::UnknownProduct { product, .. } => OrderError::UnknownProduct { product },
        _ => OrderError::UnknownProduct {
            product: product.to_string(),
        },
    })?;
    let cap = p.daily_capacity.ok_or(OrderError::NoCapacity)?;
    if cap.min < Decimal::ZERO || cap.max <= Decimal::ZERO || cap.min > cap.max {
        return Err(OrderError::Capacity);
    }
    if order.quantity <= Decimal::ZERO {
        return Err(OrderError::Quantity);
    }
    if order.deadline < start {
        return Err(OrderError::Deadline);
    }
    crate::limits::check_span(start, order.deadline)?;
    let quantity = convert(order.quantity, order.unit, p.unit).ok_or(OrderError::UnitMismatch {
        order: order.unit,
        capacity: p.unit,
    })?;
    let available = calendar.working_days(start, order.deadline);
    let at_max = days_needed(quantity, cap.max).unwrap_or(u64::MAX);
    let at_min = days_needed(quantity, cap.min);
    let finish = |days: u64| {
        (days <= MAX_DAYS)
            .then(|| calendar.nth_working_day(start, u32::try_from(days).unwrap_or(u32::MAX)))
            .flatten()
    };
    let fits_max = at_max <= u64::from(available);
    let fits_min = at_min.is_some_and(|d| d <= u64::from(available));
    let fit = match (fits_min, fits_max) {
        (true, _) => OrderFit::Fits,
        (false, true) => OrderFit::FitsAtMaxOnly,
        _ => OrderFit::DoesNotFit,
    };
    let made = cap
        .max
        .checked_mul(Decimal::from(available))
        .unwrap_or(Decimal::MAX);
    // Both within 0..=quantity, so the difference cannot overflow.
    let shortfall = (quantity - made.clamp(Decimal::ZERO, quantity)).normalize();
    let unit_id = p.unit.label(crate::Lang::Id);
    let unit_en = p.unit.label(crate::Lang::En);
    let q = quantity.normalize();
    let min_text = |lang_id: bool| match at_min {
        Some(d) => d.to_string(),
        None => if lang_id {
            "tak terhingga"
        } else {
            "unbounded"
        }
        .to_string(),
    };
    let summary = Message::new(
        format!(
            "Pesanan {q} {unit_id}: {at_max} hari kerja pada kapasitas maksimum {}, {} hari kerja pada minimum {}; tersedia {available} hari kerja sampai {}: {}.",
            cap.max.normalize(),
            min_text(true),
            cap.min.normalize(),
            order.deadline,
            match fit {
                OrderFit::Fits => "muat",
                OrderFit::FitsAtMaxOnly => "muat hanya pada kapasitas maksimum",
                OrderFit::DoesNotFit => "tidak muat",
            }
        ),
        format!(
            "Order of {q} (unit: {unit_en}): {at_max} working days at the maximum of {}, {} at the minimum of {}; {available} working days available until {}: {}.",
            cap.max.normalize(),
            min_text(false),
            cap.min.normalize(),
            order.deadline,
            match fit {
                OrderFit::Fits => "fits",
                OrderFit::FitsAtMaxOnly => "fits only at maximum capacity",
                OrderFit::DoesNotFit => "does not fit",
            }
        ),
    );
    Ok(OrderFeasibility {
        product: p.name.clone(),
        unit: p.unit,
        quantity: q,
        start,
        deadline: order.deadline,
        working_days_available: available,
        capacity_min: cap.min.normalize(),
        capacity_max: cap.max.normalize(),
        days_needed_at_max: at_max,
        days_needed_at_min: at_min,
        finish_at_max: finish(at_max),
        finish_at_min: at_min.and_then(finish),
        fit,
        shortfall_at_max: shortfall,
        years_without_holidays: calendar.missing_years(start, order.deadline),
        summary,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_convert_within_a_family_only() {
        assert_eq!(
            convert(Decimal::from(3), Unit::Dozen, Unit::Piece),
            Some(Decimal::from(36))
        );
        assert_eq!(
            convert(Decimal::from(2), Unit::Tonne, Unit::Kg),
            Some(Decimal::from(2000))
        );
        assert_eq!(
            convert(Decimal::from(500), Unit::Millilitre, Unit::Litre),
            Some(Decimal::new(5, 1))
        );
        assert_eq!(convert(Decimal::from(1), Unit::Kg, Unit::Piece), None);
        assert_eq!(convert(Decimal::from(1), Unit::Pack, Unit::Box), None);
        assert_eq!(
            convert(Decimal::from(1), Unit::Pack, Unit::Pack),
            Some(Decimal::ONE)
        );
    }

    #[test]
    fn days_round_up() {
        assert_eq!(days_needed(Decimal::from(500), Decimal::from(8)), Some(63));
        assert_eq!(days_needed(Decimal::from(496), Decimal::from(8)), Some(62));
        assert_eq!(days_needed(Decimal::from(1), Decimal::ZERO), None);
    }
}
