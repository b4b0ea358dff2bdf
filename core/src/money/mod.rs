//! Money: an exact [`Decimal`](rust_decimal::Decimal) amount in an ISO 4217 currency, and Indonesian formatting.
//!
//! Amounts are never floats. Rupiah is written the Indonesian way: `Rp1.250.000` (dot for
//! thousands, comma for decimals, no space after `Rp`), and short as `Rp1,25 miliar` or
//! `Rp40 ribu` (ribu = thousand, juta = million, miliar = billion, triliun = trillion), as in
//! KBBI and the press style of Indonesian government releases.

mod amount;
pub mod decimal;
mod parse;

pub use amount::{format_number, Currency, Money, MoneyError};
pub use parse::{parse, parse_many, ParseError, ParsedAmounts, MAX_AMOUNT_TEXT_BYTES};
