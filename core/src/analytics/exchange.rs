//! Currency conversion with rates the caller supplies, each with the date it took effect.
//!
//! The library has no built-in rate and fetches none: an office converts export values with the
//! rate it is bound to use, for customs and tax purposes usually the weekly Kurs Menteri
//! Keuangan (valid Wednesday to Tuesday), for statistics often Bank Indonesia's JISDOR. A
//! [`RateTable`] holds such rates; [`RateTable::rate_on`] finds the rate in force on a date and
//! [`RateTable::convert`] applies it exactly (Decimal multiplication, no rounding).
//!
//! A rate is in force from its `valid_from` (inclusive) until the next rate of the same pair
//! takes effect or, when given, until its `valid_until` (inclusive). A pair may be given either
//! way round: a table with `USD → IDR 16,250` converts IDR to USD by dividing. When no rate is
//! in force on a date the answer is an error naming the pair and the date; no older or newer
//! rate is silently used.
//!
//! ```
//! use umkm::analytics::exchange::{ExchangeRate, RateTable};
//! use umkm::money::{Currency, Money};
//! use chrono::NaiveDate;
//!
//! let d = |m, day| NaiveDate::from_ymd_opt(2025, m, day).unwrap();
//! let usd = Currency::from_code("USD").unwrap();
//! let table = RateTable::new(vec![
//!     ExchangeRate::new(usd, Currency::IDR, "16250".parse().unwrap(), d(11, 19)),
//!     ExchangeRate::new(usd, Currency::IDR, "16300".parse().unwrap(), d(11, 26)),
//! ]).unwrap();
//! let fob = Money::new("1200".parse().unwrap(), usd);
//! assert_eq!(table.convert(&fob, Currency::IDR, d(11, 25)).unwrap(), Money::idr(19_500_000));
//! assert_eq!(table.convert(&fob, Currency::IDR, d(11, 26)).unwrap(), Money::idr(19_560_000));
//! // Before the first rate nothing is in force.
//! assert_eq!(table.convert(&fob, Currency::IDR, d(11, 18)).unwrap_err().code(), "exchange.no_rate");
//! ```

use crate::money::{Currency, Money};
use crate::record::issue::{BatchIssues, Issue};
use crate::text::Message;
use chrono::NaiveDate;
use rust_decimal::Decimal;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// One rate: one unit of `base` is worth `rate` units of `quote`, from `valid_from`.
///
/// JSON: `{"base": "USD", "quote": "IDR", "rate": "16250", "valid_from": "2025-11-19",
/// "valid_until": "2025-11-25", "source": "KMK 52/KM.10/2025"}`; `valid_until` and `source`
/// may be left out.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExchangeRate {
    /// The currency priced (`USD` in "1 USD = 16,250 IDR").
    pub base: Currency,
    /// The currency it is priced in (`IDR`).
    pub quote: Currency,
    /// Units of `quote` for one unit of `base`; must be positive.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub rate: Decimal,
    /// First day the rate applies.
    pub valid_from: NaiveDate,
    /// Last day the rate applies; without it the rate holds until the next one of the pair.
    #[serde(default)]
    pub valid_until: Option<NaiveDate>,
    /// Where the rate comes from (a KMK number, "BI JISDOR"), carried into results.
    #[serde(default)]
    pub source: Option<String>,
}

impl ExchangeRate {
    /// A rate from a date on, with no end date and no source.
    pub fn new(base: Currency, quote: Currency, rate: Decimal, valid_from: NaiveDate) -> Self {
        ExchangeRate {
            base,
            quote,
            rate,
            valid_from,
            valid_until: None,
            source: None,
        }
    }

    /// The pair with the lower currency first, so a pair and its inverse share a key.
    fn key(&self) -> (Currency, Currency) {
        pair_key(self.base, self.quote)
    }
}

fn pair_key(a: Currency, b: Currency) -> (Currency, Currency) {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

/// The rate applied to one conversion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct AppliedRate {
    /// Units of the target currency for one unit of the source currency.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub rate: Decimal,
    /// The table entry it came from; `None` when both currencies are the same.
    pub entry: Option<ExchangeRate>,
    /// True when the entry was quoted the other way round and its inverse is used.
    pub inverted: bool,
}

/// A conversion that could not be made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ExchangeError {
    /// No rate of the pair is in force on the date.
    #[error("no {from}/{to} rate is in force on {date}")]
    NoRate {
        /// Source currency.
        from: Currency,
        /// Target currency.
        to: Currency,
        /// The date asked for.
        date: NaiveDate,
        /// The last day of the latest earlier rate, when that rate has run out.
        expired_on: Option<NaiveDate>,
    },
    /// The converted amount does not fit in a `Decimal`.
    #[error("converted amount out of range")]
    Overflow,
    /// The rate table has problems; each is listed with its path (`/3/rate`).
    #[error("invalid rate table: {} problem(s)", issues.len())]
    InvalidTable {
        /// Every problem found.
        issues: Vec<Issue>,
    },
}

crate::text::coded_error!(ExchangeError);

impl ExchangeError {
    /// The problems listed, for the error that lists them; empty otherwise.
    pub fn issues(&self) -> &[Issue] {
        match self {
            ExchangeError::InvalidTable { issues } => issues,
            _ => &[],
        }
    }

    /// Stable code: `exchange.no_rate`, `exchange.overflow`, `exchange.invalid_table`.
    pub fn code(&self) -> &'static str {
        match self {
            ExchangeError::NoRate { .. } => "exchange.no_rate",
            ExchangeError::Overflow => "exchange.overflow",
            ExchangeError::InvalidTable { .. } => "exchange.invalid_table",
        }
    }

    /// Message in both languages.
    pub fn message(&self) -> Message {
        match self {
            ExchangeError::NoRate {
                from,
                to,
                date,
                expired_on: Some(until),
            } => Message::new(
                format!("Kurs {from}/{to} terakhir berlaku sampai {until}; tidak ada kurs yang berlaku pada {date}. Tambahkan kurs untuk tanggal itu."),
                format!("The last {from}/{to} rate ran until {until}; none is in force on {date}. Add a rate for that date."),
            ),
            ExchangeError::NoRate { from, to, date, .. } => Message::new(
                format!("Tidak ada kurs {from}/{to} yang berlaku pada {date}. Tambahkan kurs untuk tanggal itu."),
                format!("No {from}/{to} rate is in force on {date}. Add a rate for that date."),
            ),
            ExchangeError::Overflow => Message::new(
                "Hasil konversi di luar jangkauan angka desimal.",
                "The converted amount is out of the decimal range.",
            ),
            ExchangeError::InvalidTable { issues } => Message::new(
                format!("Tabel kurs memuat {} masalah.", issues.len()),
                format!("The rate table has {} problem(s).", issues.len()),
            ),
        }
    }
}

/// Rates supplied by the caller, checked and indexed for lookup by pair and date.
///
/// Reads from and writes to JSON as a plain list of [`ExchangeRate`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(into = "Vec<ExchangeRate>")]
pub struct RateTable {
    /// Sorted by pair key, then `valid_from`.
    rates: Vec<ExchangeRate>,
}

impl TryFrom<Vec<ExchangeRate>> for RateTable {
    type Error = ExchangeError;
    /// As [`RateTable::new`].
    fn try_from(rates: Vec<ExchangeRate>) -> Result<Self, ExchangeError> {
        RateTable::new(rates)
    }
}

/// Read as a list of rates, checked by [`RateTable::new`]; an error lists every problem with
/// its code and path, in both languages.
impl<'de> Deserialize<'de> for RateTable {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<RateTable, D::Error> {
        let rates = Vec::<ExchangeRate>::deserialize(d)?;
        RateTable::new(rates).map_err(|e| {
            crate::json::problem::said(match e {
                ExchangeError::InvalidTable { issues } => {
                    let each = |f: &dyn Fn(&Issue) -> String| {
                        issues.iter().map(f).collect::<Vec<_>>().join("; ")
                    };
                    Message::new(
                        each(&|i| format!("{} di {}: {}", i.code, i.path, i.message_id)),
                        each(&|i| format!("{} at {}: {}", i.code, i.path, i.message_en)),
                    )
                }
                other => other.message(),
            })
        })
    }
}

impl From<RateTable> for Vec<ExchangeRate> {
    fn from(table: RateTable) -> Self {
        table.rates
    }
}

impl RateTable {
    /// Checks the rates and indexes them. Every problem is listed with its index path:
    /// `exchange.rate` (not positive), `exchange.same_currency`, `exchange.period`
    /// (`valid_until` before `valid_from`), `exchange.duplicate` (two rates of one pair, in
    /// either direction, taking effect on the same day).
    ///
    /// # Errors
    ///
    /// [`ExchangeError::InvalidTable`] (`exchange.invalid_table`) listing every problem with
    /// its index path.
    pub fn new(rates: Vec<ExchangeRate>) -> Result<RateTable, ExchangeError> {
        let mut issues = BatchIssues::default();
        for (i, r) in rates.iter().enumerate() {
            if r.rate <= Decimal::ZERO {
                issues.push(Issue::error(
                    format!("/{i}/rate"),
                    "exchange.rate",
                    Message::new(
                        format!("Kurs harus positif, bukan {}", r.rate),
                        format!("A rate must be positive, not {}", r.rate),
                    ),
                ));
            }
            if r.base == r.quote {
                issues.push(Issue::error(
                    format!("/{i}/quote"),
                    "exchange.same_currency",
                    Message::new(
                        format!("Kurs {0}/{0} tidak berarti", r.base),
                        format!("A {0}/{0} rate means nothing", r.base),
                    ),
                ));
            }
            if r.valid_until.is_some_and(|u| u < r.valid_from) {
                issues.push(Issue::error(
                    format!("/{i}/valid_until"),
                    "exchange.period",
                    Message::new(
                        "Tanggal akhir berlaku sebelum tanggal mulai",
                        "The last valid day is before the first",
                    ),
                ));
            }
        }
        let mut order: Vec<usize> = (0..rates.len()).collect();
        order.sort_by_key(|&i| rates.get(i).map(|r| (r.key(), r.valid_from)));
        for w in order.windows(2) {
            if let (Some(a), Some(b)) = (w.first(), w.get(1)) {
                if let (Some(ra), Some(rb)) = (rates.get(*a), rates.get(*b)) {
                    if ra.key() == rb.key() && ra.valid_from == rb.valid_from {
                        issues.push(Issue::error(
                            format!("/{b}/valid_from"),
                            "exchange.duplicate",
                            Message::new(
                                format!(
                                    "Dua kurs {}/{} mulai berlaku pada {} (lihat /{a})",
                                    rb.base, rb.quote, rb.valid_from
                                ),
                                format!(
                                    "Two {}/{} rates take effect on {} (see /{a})",
                                    rb.base, rb.quote, rb.valid_from
                                ),
                            ),
                        ));
                    }
                }
            }
        }
        if !issues.is_empty() {
            return Err(ExchangeError::InvalidTable {
                issues: issues.finish(),
            });
        }
        let mut rates = rates;
        rates.sort_by(by_pair_then_date);
        Ok(RateTable { rates })
    }

    /// Reads a table from a JSON list of rates; problems come as [`ExchangeError::InvalidTable`].
    ///
    /// # Errors
    ///
    /// [`ExchangeError::InvalidTable`] with one issue: `exchange.json` for text that is not
    /// JSON or not a list of rates (at the place that failed), `input.duplicate_key`, or the
    /// problems of [`RateTable::new`].
    pub fn from_json(json: &str) -> Result<RateTable, ExchangeError> {
        let unreadable =
            |path: &str, code: &'static str, id: String, en: String| ExchangeError::InvalidTable {
                issues: vec![Issue::error(
                    path,
                    code,
                    Message::new(
                        format!("Tabel kurs tidak terbaca: {id}"),
                        format!("The rate table cannot be read: {en}"),
                    ),
                )],
            };
        let doc = crate::json::reader::parse(json).map_err(|e| {
            let code = match e {
                crate::json::reader::ParseError::Json(_) => "exchange.json",
                _ => e.code(),
            };
            let m = e.message();
            unreadable(e.path(), code, m.id.into(), m.en.into())
        })?;
        let rates: Vec<ExchangeRate> = crate::json::reader::read(&doc).map_err(|e| {
            let m = e.problem.message();
            unreadable(&e.path, "exchange.json", m.id.into(), m.en.into())
        })?;
        RateTable::new(rates)
    }

    /// The rates, sorted by pair and date.
    pub fn rates(&self) -> &[ExchangeRate] {
        &self.rates
    }

    /// True when the table has no rate.
    pub fn is_empty(&self) -> bool {
        self.rates.is_empty()
    }

    /// The rate from `from` to `to` in force on `date`: the entry of the pair (either
    /// direction) that took effect last on or before `date`, unless its `valid_until` has
    /// passed. The same currency converts at 1.
    ///
    /// # Errors
    ///
    /// `exchange.no_rate` when no rate of the pair is in force on `date` (the message says when
    /// the last one ran out).
    pub fn rate_on(
        &self,
        from: Currency,
        to: Currency,
        date: NaiveDate,
    ) -> Result<AppliedRate, ExchangeError> {
        if from == to {
            return Ok(AppliedRate {
                rate: Decimal::ONE,
                entry: None,
                inverted: false,
            });
        }
        let key = pair_key(from, to);
        let start = self.rates.partition_point(|r| r.key() < key);
        let end = self.rates.partition_point(|r| r.key() <= key);
        let pair = self.rates.get(start..end).unwrap_or_default();
        let in_force = pair.partition_point(|r| r.valid_from <= date);
        let no_rate = |expired_on| ExchangeError::NoRate {
            from,
            to,
            date,
            expired_on,
        };
        let entry = in_force
            .checked_sub(1)
            .and_then(|i| pair.get(i))
            .ok_or(no_rate(None))?;
        if let Some(until) = entry.valid_until.filter(|u| *u < date) {
            return Err(no_rate(Some(until)));
        }
        let inverted = entry.base != from;
        let rate = if inverted {
            Decimal::ONE
                .checked_div(entry.rate)
                .ok_or(ExchangeError::Overflow)?
        } else {
            entry.rate
        };
        Ok(AppliedRate {
            rate,
            entry: Some(entry.clone()),
            inverted,
        })
    }

    /// Converts an amount into `to` at the rate in force on `date`, exactly.
    ///
    /// # Errors
    ///
    /// `exchange.no_rate` as [`RateTable::rate_on`]; `exchange.overflow` when the converted
    /// amount leaves the decimal range.
    pub fn convert(
        &self,
        money: &Money,
        to: Currency,
        date: NaiveDate,
    ) -> Result<Money, ExchangeError> {
        if money.currency == to {
            return Ok(*money);
        }
        let applied = self.rate_on(money.currency, to, date)?;
        // A pair quoted the other way round divides by the quoted rate: 1,625,000 IDR at
        // 16,250 IDR/USD is exactly 100 USD, where multiplying by a rounded 1/16,250 is not.
        let amount = match &applied.entry {
            Some(entry) if applied.inverted => money.amount.checked_div(entry.rate),
            _ => money.amount.checked_mul(applied.rate),
        }
        .ok_or(ExchangeError::Overflow)?;
        Ok(Money::new(amount.normalize(), to))
    }
}

/// Table order: by pair key, then the day a rate takes effect.
fn by_pair_then_date(a: &ExchangeRate, b: &ExchangeRate) -> Ordering {
    (a.key(), a.valid_from).cmp(&(b.key(), b.valid_from))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Read with serde, a rate table's problems come in both languages, each with its code
    /// and path.
    #[test]
    fn a_table_read_with_serde_says_its_problems_in_both_languages() {
        let v = serde_json::json!([{"base": "USD", "quote": "IDR", "rate": "0", "valid_from": "2025-01-01"}]);
        let e = crate::json::reader::read::<RateTable>(&v).unwrap_err();
        let m = e.problem.message();
        assert_eq!(
            m.id,
            "exchange.rate di /0/rate: Kurs harus positif, bukan 0"
        );
        assert_eq!(
            m.en,
            "exchange.rate at /0/rate: A rate must be positive, not 0"
        );
        assert!(RateTable::try_from(Vec::new()).is_ok());
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn usd() -> Currency {
        Currency::from_code("USD").unwrap()
    }

    fn jpy() -> Currency {
        Currency::from_code("JPY").unwrap()
    }

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// Weekly rates as the Kurs Menteri Keuangan gives them (Wednesday to Tuesday).
    fn weekly() -> RateTable {
        let mut a = ExchangeRate::new(usd(), Currency::IDR, dec("16250"), d(2025, 11, 19));
        a.valid_until = Some(d(2025, 11, 25));
        let mut b = ExchangeRate::new(usd(), Currency::IDR, dec("16300"), d(2025, 11, 26));
        b.valid_until = Some(d(2025, 12, 2));
        b.source = Some("Kurs Menteri Keuangan".into());
        let c = ExchangeRate::new(Currency::IDR, jpy(), dec("0.0095"), d(2025, 1, 1));
        RateTable::new(vec![b, c, a]).unwrap()
    }

    #[test]
    fn the_rate_in_force_on_each_day() {
        let t = weekly();
        assert_eq!(
            t.rate_on(usd(), Currency::IDR, d(2025, 11, 19))
                .unwrap()
                .rate,
            dec("16250")
        );
        assert_eq!(
            t.rate_on(usd(), Currency::IDR, d(2025, 11, 25))
                .unwrap()
                .rate,
            dec("16250")
        );
        let applied = t.rate_on(usd(), Currency::IDR, d(2025, 11, 26)).unwrap();
        assert_eq!(applied.rate, dec("16300"));
        assert_eq!(
            applied.entry.unwrap().source.as_deref(),
            Some("Kurs Menteri Keuangan")
        );
        // After the last valid day: an error that says when the last rate ran out.
        assert_eq!(
            t.rate_on(usd(), Currency::IDR, d(2025, 12, 3)).unwrap_err(),
            ExchangeError::NoRate {
                from: usd(),
                to: Currency::IDR,
                date: d(2025, 12, 3),
                expired_on: Some(d(2025, 12, 2)),
            }
        );
        assert!(t
            .rate_on(usd(), Currency::IDR, d(2025, 11, 18))
            .unwrap_err()
            .message()
            .en
            .contains("No USD/IDR rate is in force on 2025-11-18"));
        // A pair never given.
        assert_eq!(
            t.rate_on(usd(), jpy(), d(2025, 11, 20)).unwrap_err().code(),
            "exchange.no_rate"
        );
    }

    #[test]
    fn inverse_pairs_divide() {
        let t = weekly();
        // Exact where the quotient is: 1,625,000 IDR at 16,250 IDR per USD is 100 USD.
        assert_eq!(
            t.convert(&Money::idr(1_625_000), usd(), d(2025, 11, 20))
                .unwrap(),
            Money::new(dec("100"), usd())
        );
        // 1,000,000 IDR at 16,250 IDR per USD: 61.538461538461538461538461538 USD.
        let m = t
            .convert(&Money::idr(1_000_000), usd(), d(2025, 11, 20))
            .unwrap();
        assert_eq!(m.amount.round_dp(6), dec("61.538462"));
        assert!(
            t.rate_on(Currency::IDR, usd(), d(2025, 11, 20))
                .unwrap()
                .inverted
        );
        // JPY given as IDR → JPY 0.0095: 9,500 JPY is 1,000,000 IDR.
        let yen = Money::new(dec("9500"), jpy());
        assert_eq!(
            t.convert(&yen, Currency::IDR, d(2025, 6, 1))
                .unwrap()
                .amount
                .round_dp(20),
            dec("1000000")
        );
        // Same currency: unchanged, no table needed.
        assert_eq!(
            RateTable::default()
                .convert(&Money::idr(5), Currency::IDR, d(2025, 1, 1))
                .unwrap(),
            Money::idr(5)
        );
    }

    #[test]
    fn every_table_problem_is_listed() {
        let mut bad = ExchangeRate::new(usd(), Currency::IDR, dec("0"), d(2025, 1, 8));
        bad.valid_until = Some(d(2025, 1, 1));
        let same = ExchangeRate::new(usd(), usd(), dec("1"), d(2025, 1, 1));
        let a = ExchangeRate::new(usd(), Currency::IDR, dec("15000"), d(2025, 1, 1));
        let inverse_same_day =
            ExchangeRate::new(Currency::IDR, usd(), dec("0.00006"), d(2025, 1, 1));
        let err = RateTable::new(vec![bad, same, a, inverse_same_day]).unwrap_err();
        let ExchangeError::InvalidTable { issues } = err else {
            panic!("{err:?}")
        };
        let got: Vec<(&str, &str)> = issues
            .iter()
            .map(|i| (i.path.as_str(), i.code.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("/0/rate", "exchange.rate"),
                ("/0/valid_until", "exchange.period"),
                ("/1/quote", "exchange.same_currency"),
                ("/3/valid_from", "exchange.duplicate"),
            ]
        );
    }

    #[test]
    fn json_is_a_plain_list() {
        let t = weekly();
        let json = serde_json::to_string(&t).unwrap();
        assert!(
            json.starts_with(r#"[{"base":"IDR","quote":"JPY","rate":"0.0095""#),
            "{json}"
        );
        assert_eq!(RateTable::from_json(&json).unwrap(), t);
        assert_eq!(serde_json::from_str::<RateTable>(&json).unwrap(), t);
        let err = RateTable::from_json(
            r#"[{"base":"USD","quote":"IDR","rate":"-1","valid_from":"2025-01-01"}]"#,
        )
        .unwrap_err();
        assert_eq!(err.code(), "exchange.invalid_table");
        assert!(serde_json::from_str::<RateTable>(
            r#"[{"base":"USD","quote":"IDR","rate":"-1","valid_from":"2025-01-01"}]"#
        )
        .unwrap_err()
        .to_string()
        .contains("exchange.rate at /0/rate"));
        assert!(RateTable::from_json(
            r#"[{"base":"USD","quote":"IDR","rate":1.5,"valid_from":"2025-01-01"}]"#
        )
        .is_err());
        let mut sorted = t.rates().to_vec();
        sorted.sort_by(by_pair_then_date);
        assert_eq!(sorted, t.rates());
    }

    #[test]
    fn overflow_is_an_error() {
        let t = RateTable::new(vec![ExchangeRate::new(
            usd(),
            Currency::IDR,
            dec("16000"),
            d(2025, 1, 1),
        )])
        .unwrap();
        let huge = Money::new(Decimal::MAX, usd());
        assert_eq!(
            t.convert(&huge, Currency::IDR, d(2025, 2, 1)).unwrap_err(),
            ExchangeError::Overflow
        );
    }
}
