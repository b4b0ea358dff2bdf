//! Amounts of money: [`Money`] (an exact Decimal with its [`Currency`]), and Indonesian and
//! English formatting (`Rp1.250.000`, `Rp1,25 miliar`).

use crate::reference::data::CURRENCIES;
use crate::text::Lang;
use rust_decimal::{Decimal, RoundingStrategy};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// Why a currency code or an amount was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum MoneyError {
    /// The code is not an active ISO 4217 currency.
    #[error("{code:?} is not an ISO 4217 currency code")]
    UnknownCurrency {
        /// The code as given.
        code: String,
    },
    /// Two amounts in different currencies were combined.
    #[error("cannot combine {left} with {right}: convert one of them first")]
    CurrencyMismatch {
        /// Currency of the left operand.
        left: Currency,
        /// Currency of the right operand.
        right: Currency,
    },
    /// The result does not fit in a decimal (28 significant digits).
    #[error("amount overflow")]
    Overflow,
}

crate::text::coded_error!(MoneyError);

impl MoneyError {
    /// Stable code: `money.unknown_currency`, `money.currency_mismatch`, `money.overflow`.
    pub fn code(&self) -> &'static str {
        match self {
            MoneyError::UnknownCurrency { .. } => "money.unknown_currency",
            MoneyError::CurrencyMismatch { .. } => "money.currency_mismatch",
            MoneyError::Overflow => "money.overflow",
        }
    }

    /// What went wrong, in Indonesian and English (a code as given is shown as messages show
    /// input).
    pub fn message(&self) -> crate::text::Message {
        use crate::text::Message;
        match self {
            MoneyError::UnknownCurrency { code } => {
                let code = crate::text::privacy::shown(code);
                Message::new(
                    format!("{code:?} bukan kode mata uang ISO 4217"),
                    format!("{code:?} is not an ISO 4217 currency code"),
                )
            }
            MoneyError::CurrencyMismatch { left, right } => Message::new(
                format!(
                    "{left} tidak dapat digabung dengan {right}: konversikan salah satunya dulu"
                ),
                format!("cannot combine {left} with {right}: convert one of them first"),
            ),
            MoneyError::Overflow => Message::new(
                "jumlah melampaui batas (28 digit bermakna)",
                "amount overflow (past 28 significant digits)",
            ),
        }
    }
}

/// An ISO 4217 currency, such as `IDR`, `USD`, `JPY`.
///
/// The list (with minor units) is compiled in from Debian's iso-codes; see `core/data/currencies.csv`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(u16);

impl Currency {
    /// Indonesian Rupiah.
    pub const IDR: Currency = Currency(Self::index_of_idr());

    // Evaluated at compile time: a currency table without IDR fails the build, never a run.
    #[allow(clippy::panic, clippy::indexing_slicing)]
    const fn index_of_idr() -> u16 {
        let mut i = 0;
        while i < CURRENCIES.len() {
            let code = CURRENCIES[i].0.as_bytes();
            if code[0] == b'I' && code[1] == b'D' && code[2] == b'R' {
                return i as u16;
            }
            i += 1;
        }
        panic!("IDR missing from currencies.csv")
    }

    /// Looks up an ISO 4217 alphabetic code (upper case, as ISO writes it).
    ///
    /// ```
    /// use umkm::money::Currency;
    /// assert_eq!(Currency::from_code("JPY").unwrap().minor_units(), Some(0));
    /// assert!(Currency::from_code("RP").is_err());
    /// ```
    ///
    /// # Errors
    ///
    /// `money.unknown_currency` for a code not in ISO 4217.
    pub fn from_code(code: &str) -> Result<Currency, MoneyError> {
        CURRENCIES
            .binary_search_by(|row| row.0.cmp(code))
            .map(|i| Currency(i as u16))
            .map_err(|_| MoneyError::UnknownCurrency {
                // As messages show input: a NIK typed here is not copied into the error.
                code: crate::text::privacy::shown(code),
            })
    }

    fn row(self) -> (&'static str, u16, i8, &'static str) {
        CURRENCIES
            .get(self.0 as usize)
            .copied()
            .unwrap_or(("IDR", 360, 2, "Rupiah"))
    }

    /// The three-letter code.
    pub fn code(self) -> &'static str {
        self.row().0
    }

    /// The ISO 4217 numeric code.
    pub fn numeric(self) -> u16 {
        self.row().1
    }

    /// Digits after the decimal point (2 for IDR and USD, 0 for JPY); `None` for units such as gold.
    pub fn minor_units(self) -> Option<u32> {
        u32::try_from(self.row().2).ok()
    }

    /// The ISO name (English).
    pub fn name(self) -> &'static str {
        self.row().3
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Currency {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Currency::from_code(s)
    }
}

/// A currency is a piece of a sentence as its ISO code.
impl crate::text::Piece for Currency {
    fn size(&self) -> usize {
        3
    }
    fn put(&self, out: &mut String) {
        out.push_str(self.code())
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = Cow::<str>::deserialize(d)?;
        Currency::from_code(&code).map_err(|e| crate::json::problem::said(e.message()))
    }
}

#[cfg(feature = "schema")]
impl JsonSchema for Currency {
    fn schema_name() -> Cow<'static, str> {
        "Currency".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = CURRENCIES.iter().map(|r| r.0).collect();
        schemars::json_schema!({
            "type": "string",
            "description": "ISO 4217 alphabetic currency code, e.g. \"IDR\".",
            "enum": codes,
        })
    }
}

/// An amount of money: exact decimal plus currency.
///
/// JSON: `{"amount": "1250000", "currency": "IDR"}`; the amount is a string (see [`crate::money::decimal`]).
///
/// ```
/// use umkm::money::Money;
/// use umkm::Lang;
/// let m = Money::idr(1_250_000);
/// assert_eq!(m.format(Lang::Id), "Rp1.250.000");
/// assert_eq!(Money::idr(1_250_000_000).format_short(Lang::Id), "Rp1,25 miliar");
/// assert_eq!(Money::idr(40_000).format_short(Lang::Id), "Rp40 ribu");
/// assert_eq!(Money::idr(40_000).format_short(Lang::En), "IDR 40 thousand");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(
    feature = "schema",
    schemars(
        description = "An amount of money: exact decimal amount as a string plus ISO 4217 currency, e.g. {\"amount\": \"1250000\", \"currency\": \"IDR\"}."
    )
)]
pub struct Money {
    /// The amount, exact.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub amount: Decimal,
    /// ISO 4217 currency.
    pub currency: Currency,
}

impl Money {
    /// An amount in a currency.
    pub fn new(amount: Decimal, currency: Currency) -> Self {
        Money { amount, currency }
    }

    /// A whole number of Rupiah.
    pub fn idr(rupiah: i64) -> Self {
        Money {
            amount: Decimal::from(rupiah),
            currency: Currency::IDR,
        }
    }

    /// True when the currency is IDR.
    pub fn is_rupiah(&self) -> bool {
        self.currency == Currency::IDR
    }

    /// Adds two amounts of the same currency; an error for mixed currencies or overflow.
    ///
    /// # Errors
    ///
    /// `money.currency_mismatch` for two currencies, `money.overflow` past the decimal range.
    pub fn checked_add(&self, other: &Money) -> Result<Money, MoneyError> {
        if self.currency != other.currency {
            return Err(MoneyError::CurrencyMismatch {
                left: self.currency,
                right: other.currency,
            });
        }
        self.amount
            .checked_add(other.amount)
            .map(|amount| Money {
                amount,
                currency: self.currency,
            })
            .ok_or(MoneyError::Overflow)
    }

    /// Full form: `Rp1.250.000` (Indonesian) or `IDR 1,250,000` (English).
    ///
    /// Rounded half away from zero to the currency's minor units; Rupiah shows its sen only
    /// when they are not zero (`Rp1.250.000,50`), as Indonesian prices are written.
    pub fn format(&self, lang: Lang) -> String {
        let minor = self.currency.minor_units().unwrap_or(2);
        let rounded = self
            .amount
            .round_dp_with_strategy(minor, RoundingStrategy::MidpointAwayFromZero);
        let decimals = if self.is_rupiah() && rounded.fract().is_zero() {
            0
        } else {
            minor
        };
        let mut out = String::with_capacity(32);
        if rounded.is_sign_negative() && !rounded.is_zero() {
            out.push('-');
        }
        if lang == Lang::Id && self.is_rupiah() {
            out.push_str("Rp");
        } else {
            out.push_str(self.currency.code());
            out.push(' ');
        }
        group_into(&mut out, rounded.abs(), decimals, lang);
        out
    }

    /// Short form for tables and charts: `Rp1,25 miliar`, `Rp40 ribu`, `IDR 1.25 billion`.
    ///
    /// Scales: ribu 10^3, juta 10^6, miliar 10^9, triliun 10^12 (thousand, million, billion,
    /// trillion). At most two decimals, rounded half away from zero, trailing zeros dropped;
    /// an amount that rounds up to the next scale moves to it (999,999 is `Rp1 juta`).
    /// Amounts under 1,000 use [`Money::format`].
    pub fn format_short(&self, lang: Lang) -> String {
        const SCALES: [(u32, &str, &str); 4] = [
            (12, "triliun", "trillion"),
            (9, "miliar", "billion"),
            (6, "juta", "million"),
            (3, "ribu", "thousand"),
        ];
        let abs = self.amount.abs();
        let mut chosen = None;
        for (i, &(exp, word_id, word_en)) in SCALES.iter().enumerate() {
            let unit = Decimal::from(10u64.pow(exp));
            if abs >= unit {
                let scaled =
                    (abs / unit).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
                // 999.999 ribu rounds to 1000 ribu: take the next scale up instead.
                let larger = i.checked_sub(1).and_then(|j| SCALES.get(j));
                chosen = Some(match larger {
                    Some(&(up, up_id, up_en)) if scaled >= Decimal::from(1000) => (
                        (abs / Decimal::from(10u64.pow(up)))
                            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero),
                        up_id,
                        up_en,
                    ),
                    _ => (scaled, word_id, word_en),
                });
                break;
            }
        }
        let Some((value, word_id, word_en)) = chosen else {
            return self.format(lang);
        };
        let value = value.normalize();
        let decimals = value.scale();
        let number = group(value, decimals, lang);
        let sign = if self.amount.is_sign_negative() {
            "-"
        } else {
            ""
        };
        match (lang, self.is_rupiah()) {
            (Lang::Id, true) => format!("{sign}Rp{number} {word_id}"),
            (Lang::Id, false) => format!("{sign}{} {number} {word_id}", self.currency.code()),
            (Lang::En, _) => format!("{sign}{} {number} {word_en}", self.currency.code()),
        }
    }
}

impl fmt::Display for Money {
    /// Indonesian full form, e.g. `Rp1.250.000`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(Lang::Id))
    }
}

/// A number written for people: thousands grouped and the decimals it has, Indonesian
/// `1.250` / `267,9` or English `1,250` / `267.9`.
///
/// ```
/// use umkm::money::format_number;
/// use umkm::Lang;
/// assert_eq!(format_number("1250".parse().unwrap(), Lang::Id), "1.250");
/// assert_eq!(format_number("-3750.5".parse().unwrap(), Lang::Id), "-3.750,5");
/// assert_eq!(format_number("3750.5".parse().unwrap(), Lang::En), "3,750.5");
/// ```
pub fn format_number(value: Decimal, lang: Lang) -> String {
    let v = value.normalize();
    let sign = if v.is_sign_negative() && !v.is_zero() {
        "-"
    } else {
        ""
    };
    format!("{sign}{}", group(v.abs(), v.scale(), lang))
}

/// Writes a non-negative decimal with thousands grouping and exactly `decimals` decimals:
/// Indonesian `1.250.000,50`, English `1,250,000.50`.
fn group(value: Decimal, decimals: u32, lang: Lang) -> String {
    let mut out = String::with_capacity(40);
    group_into(&mut out, value, decimals, lang);
    out
}

/// [`group`] appended to `out`: the digits are written on the stack first, so an amount in a
/// sentence costs no allocation of its own.
fn group_into(out: &mut String, value: Decimal, decimals: u32, lang: Lang) {
    let mut v = value;
    v.rescale(decimals);
    group_digits(out, crate::text::number::DecimalText::new(v).as_str(), lang);
}

/// A decimal's plain digits (`1250000.50`) appended to `out` with the language's thousands
/// separator and decimal point.
fn group_digits(out: &mut String, text: &str, lang: Lang) {
    let (thousands, point) = match lang {
        Lang::Id => ('.', ','),
        Lang::En => (',', '.'),
    };
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
}

#[cfg(test)]
mod group_tests {
    use super::*;
    use proptest::prelude::*;

    /// The plain way: the decimal's text from `Display`, then the same separators.
    fn reference(value: Decimal, decimals: u32, lang: Lang) -> String {
        let mut v = value;
        v.rescale(decimals);
        let mut out = String::new();
        group_digits(&mut out, &v.to_string(), lang);
        out
    }

    proptest! {
        #[test]
        fn grouping_on_the_stack_as_the_plain_way(lo in any::<u64>(), hi in any::<u32>(), scale in 0u32..=28, decimals in 0u32..=28) {
            let v = Decimal::from_parts(lo as u32, (lo >> 32) as u32, hi, false, scale);
            for lang in [Lang::Id, Lang::En] {
                prop_assert_eq!(group(v, decimals, lang), reference(v, decimals, lang));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idr(s: &str) -> Money {
        Money::new(s.parse().unwrap(), Currency::IDR)
    }

    #[test]
    fn rupiah_full_form() {
        assert_eq!(idr("1250000").format(Lang::Id), "Rp1.250.000");
        assert_eq!(idr("1250000.50").format(Lang::Id), "Rp1.250.000,50");
        assert_eq!(idr("1250000.004").format(Lang::Id), "Rp1.250.000");
        assert_eq!(idr("0").format(Lang::Id), "Rp0");
        assert_eq!(idr("999").format(Lang::Id), "Rp999");
        assert_eq!(idr("-40000").format(Lang::Id), "-Rp40.000");
        assert_eq!(idr("1250000").format(Lang::En), "IDR 1,250,000");
        assert_eq!(idr("1000000000").to_string(), "Rp1.000.000.000");
    }

    #[test]
    fn other_currencies_use_their_minor_units() {
        let usd = Money::new("1250".parse().unwrap(), Currency::from_code("USD").unwrap());
        assert_eq!(usd.format(Lang::En), "USD 1,250.00");
        assert_eq!(usd.format(Lang::Id), "USD 1.250,00");
        let jpy = Money::new(
            "1250.6".parse().unwrap(),
            Currency::from_code("JPY").unwrap(),
        );
        assert_eq!(jpy.format(Lang::En), "JPY 1,251");
    }

    #[test]
    fn rupiah_short_form() {
        assert_eq!(idr("1250000000").format_short(Lang::Id), "Rp1,25 miliar");
        assert_eq!(idr("40000").format_short(Lang::Id), "Rp40 ribu");
        assert_eq!(idr("100000").format_short(Lang::Id), "Rp100 ribu");
        assert_eq!(idr("800000").format_short(Lang::Id), "Rp800 ribu");
        assert_eq!(idr("2500000").format_short(Lang::Id), "Rp2,5 juta");
        assert_eq!(idr("15000000000").format_short(Lang::Id), "Rp15 miliar");
        assert_eq!(idr("1000000000000").format_short(Lang::Id), "Rp1 triliun");
        assert_eq!(idr("999999").format_short(Lang::Id), "Rp1 juta");
        assert_eq!(idr("999").format_short(Lang::Id), "Rp999");
        assert_eq!(idr("-1250000000").format_short(Lang::Id), "-Rp1,25 miliar");
        assert_eq!(idr("1250000000").format_short(Lang::En), "IDR 1.25 billion");
        assert_eq!(idr("1234567").format_short(Lang::Id), "Rp1,23 juta");
        assert_eq!(idr("1235000").format_short(Lang::Id), "Rp1,24 juta");
    }

    #[test]
    fn currency_codes() {
        assert_eq!(Currency::IDR.code(), "IDR");
        assert_eq!(Currency::IDR.numeric(), 360);
        assert!(Currency::from_code("idr").is_err());
        assert!(Currency::from_code("XYZ").is_err());
        let json = serde_json::to_string(&idr("1250000.50")).unwrap();
        assert_eq!(json, r#"{"amount":"1250000.50","currency":"IDR"}"#);
        let back: Money = serde_json::from_str(&json).unwrap();
        assert_eq!(back, idr("1250000.50"));
        let int: Money = serde_json::from_str(r#"{"amount":40000,"currency":"IDR"}"#).unwrap();
        assert_eq!(int, Money::idr(40000));
        let err = serde_json::from_str::<Money>(r#"{"amount":0.1,"currency":"IDR"}"#).unwrap_err();
        assert!(err.to_string().contains("send it as a string"), "{err}");
        assert!(serde_json::from_str::<Money>(r#"{"amount":"1","currency":"IDR","x":1}"#).is_err());
    }

    #[test]
    fn adding_checks_currency_and_overflow() {
        assert_eq!(
            Money::idr(1).checked_add(&Money::idr(2)).unwrap(),
            Money::idr(3)
        );
        let usd = Money::new(Decimal::ONE, Currency::from_code("USD").unwrap());
        assert!(matches!(
            Money::idr(1).checked_add(&usd),
            Err(MoneyError::CurrencyMismatch { .. })
        ));
        let max = Money::new(Decimal::MAX, Currency::IDR);
        assert_eq!(max.checked_add(&Money::idr(1)), Err(MoneyError::Overflow));
    }
}
