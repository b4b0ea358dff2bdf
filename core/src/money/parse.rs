//! Reading amounts as people type them in registers: `Rp 1.250.000`, `Rp1,25 miliar`,
//! `131,9 juta`, `1,25 M`, `IDR 1,250,000`, `Rp 40 ribu`, `Rp 50.000,-`.
//!
//! Indonesian writing groups thousands with dots and marks decimals with a comma (`1.250.000,50`);
//! English the other way round (`1,250,000.50`). The convention is read from the text where it
//! shows: both separators, a separator used twice, a group that is not three digits, `Rp`, or
//! an Indonesian or English scale word. Where nothing shows it, `1.250` (one thousand two
//! hundred and fifty, or one and a quarter?) is an error, `money.ambiguous`, unless the caller
//! gives the convention. `M` is miliar (10^9) in Indonesian and million in English, so it too
//! needs the convention. The result is exact: `1,25 miliar` is 1,250,000,000, never a float.

use super::amount::{Currency, Money};
use crate::text::{Lang, Message};
use rust_decimal::Decimal;

pub use crate::limits::MAX_AMOUNT_TEXT_BYTES;

/// Why a text is not an amount.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParseError {
    /// Nothing but spaces.
    #[error("empty amount")]
    Empty,
    /// More than [`MAX_AMOUNT_TEXT_BYTES`].
    #[error("amount text too long")]
    TooLong {
        /// Its length in bytes.
        bytes: usize,
    },
    /// Not a number with an optional currency and scale word.
    #[error("not an amount: {text}")]
    Invalid {
        /// The text as shown in messages (long digit runs masked).
        text: String,
    },
    /// The separators or the `M` could be read two ways and nothing says which.
    #[error("ambiguous amount: {text}")]
    Ambiguous {
        /// The text as shown in messages.
        text: String,
    },
    /// A three-letter code that is not an ISO 4217 currency.
    #[error("unknown currency")]
    UnknownCurrency {
        /// The code as shown in messages.
        code: String,
    },
    /// The amount does not fit in a decimal of 28 digits.
    #[error("amount too large")]
    Overflow,
}

crate::text::coded_error!(ParseError);

impl ParseError {
    /// Stable code: `money.parse_empty`, `money.parse_too_long`, `money.parse_invalid`,
    /// `money.ambiguous`, `money.unknown_currency`, `money.overflow`.
    pub fn code(&self) -> &'static str {
        match self {
            ParseError::Empty => "money.parse_empty",
            ParseError::TooLong { .. } => "money.parse_too_long",
            ParseError::Invalid { .. } => "money.parse_invalid",
            ParseError::Ambiguous { .. } => "money.ambiguous",
            ParseError::UnknownCurrency { .. } => "money.unknown_currency",
            ParseError::Overflow => "money.overflow",
        }
    }

    /// Message in Indonesian and English.
    pub fn message(&self) -> Message {
        match self {
            ParseError::Empty => Message::new("Jumlah uang kosong.", "The amount is empty."),
            ParseError::TooLong { bytes } => Message::new(
                format!("Teks jumlah uang terlalu panjang: {bytes} byte, paling banyak {MAX_AMOUNT_TEXT_BYTES}."),
                format!("The amount text is too long: {bytes} bytes, at most {MAX_AMOUNT_TEXT_BYTES}."),
            ),
            ParseError::Invalid { text } => Message::new(
                format!("{text:?} bukan jumlah uang (contoh: Rp1.250.000, Rp1,25 miliar, 131,9 juta)."),
                format!("{text:?} is not an amount (for example Rp1.250.000, Rp1,25 miliar, IDR 1,250,000)."),
            ),
            ParseError::Ambiguous { text } => Message::new(
                format!("{text:?} dapat dibaca dua cara (titik/koma ribuan atau desimal, M juta atau miliar): sebutkan konvensinya, id atau en."),
                format!("{text:?} can be read two ways (a thousands or a decimal separator, M as million or miliar): give the convention, id or en."),
            ),
            ParseError::UnknownCurrency { code } => Message::new(
                format!("{code:?} bukan kode mata uang ISO 4217."),
                format!("{code:?} is not an ISO 4217 currency code."),
            ),
            ParseError::Overflow => Message::new(
                "Jumlah uang terlalu besar (lebih dari 28 digit).",
                "The amount is too large (more than 28 digits).",
            ),
        }
    }
}

/// A scale word and the power of ten it stands for; `None` for the convention means the word
/// is the same in both (`k` is English only, `rb` Indonesian only).
const SCALES: [(&str, u32, Option<Lang>); 21] = [
    ("ribu", 3, Some(Lang::Id)),
    ("rb", 3, Some(Lang::Id)),
    ("juta", 6, Some(Lang::Id)),
    ("jt", 6, Some(Lang::Id)),
    ("miliar", 9, Some(Lang::Id)),
    ("milyar", 9, Some(Lang::Id)),
    ("mlyr", 9, Some(Lang::Id)),
    ("triliun", 12, Some(Lang::Id)),
    ("thousand", 3, Some(Lang::En)),
    ("k", 3, Some(Lang::En)),
    ("million", 6, Some(Lang::En)),
    ("mio", 6, Some(Lang::En)),
    ("mn", 6, Some(Lang::En)),
    ("billion", 9, Some(Lang::En)),
    ("bn", 9, Some(Lang::En)),
    ("b", 9, Some(Lang::En)),
    ("trillion", 12, Some(Lang::En)),
    ("tn", 12, Some(Lang::En)),
    ("t", 12, None),
    ("m", 0, None), // miliar or million: decided by the convention
    ("", 0, None),
];

/// Reads an amount as typed in a register. `convention` says how `.` and `,` are used
/// (`Lang::Id` for `1.250.000,50`, `Lang::En` for `1,250,000.50`); `None` reads it from the
/// text and refuses a text that could be read both ways. Without a currency the amount is in
/// Rupiah.
///
/// ```
/// use umkm::money::{parse, Money};
/// use umkm::Lang;
/// let idr = |s: &str| Money::new(s.parse().unwrap(), umkm::money::Currency::IDR);
/// assert_eq!(parse("Rp 1.250.000", None).unwrap(), idr("1250000"));
/// assert_eq!(parse("Rp1,25 miliar", None).unwrap(), idr("1250000000"));
/// assert_eq!(parse("131,9 juta", None).unwrap(), idr("131900000"));
/// assert_eq!(parse("1,25 M", None).unwrap(), idr("1250000000"));
/// assert_eq!(parse("IDR 1,250,000", None).unwrap(), idr("1250000"));
/// assert_eq!(parse("Rp 40 ribu", None).unwrap(), idr("40000"));
/// assert_eq!(parse("Rp 50.000,-", None).unwrap(), idr("50000"));
/// assert_eq!(parse("1.250", None).unwrap_err().code(), "money.ambiguous");
/// assert_eq!(parse("1.250", Some(Lang::Id)).unwrap(), idr("1250"));
/// assert_eq!(parse("1.250", Some(Lang::En)).unwrap(), idr("1.25"));
/// ```
///
/// # Errors
/// `money.parse_empty`, `money.parse_too_long` (over 128 bytes), `money.parse_invalid`,
/// `money.ambiguous`, `money.unknown_currency`, `money.overflow`; the text in a message has
/// its long digit runs masked ([`crate::text::privacy::shown`]).
pub fn parse(text: &str, convention: Option<Lang>) -> Result<Money, ParseError> {
    if text.len() > MAX_AMOUNT_TEXT_BYTES {
        return Err(ParseError::TooLong { bytes: text.len() });
    }
    let invalid = || ParseError::Invalid {
        text: crate::text::privacy::shown(text),
    };
    let ambiguous = || ParseError::Ambiguous {
        text: crate::text::privacy::shown(text),
    };
    let rest = text.trim();
    if rest.is_empty() {
        return Err(ParseError::Empty);
    }
    let Lead {
        negative,
        currency,
        hint,
        rest,
    } = before_number(rest)?;
    let Number {
        number,
        scale: (scale_word, mut exp, scale_lang),
        currency,
    } = from_number(rest, currency)?.ok_or_else(invalid)?;
    let hint = hint.or(scale_lang);
    let (digits, separators) = read_number(number, convention.or(hint)).ok_or_else(invalid)?;
    let lang = match separators {
        Reading::Plain => convention.or(hint),
        Reading::Convention(l) => {
            if convention.is_some_and(|c| c != l) {
                return Err(invalid());
            }
            Some(l)
        }
        Reading::Ambiguous => return Err(ambiguous()),
    };
    if scale_word == "m" {
        exp = match lang {
            Some(Lang::Id) => 9,
            Some(Lang::En) => 6,
            None => return Err(ambiguous()),
        };
    }
    let mut amount: Decimal = digits.parse().map_err(|_| ParseError::Overflow)?;
    if exp > 0 {
        amount = amount
            .checked_mul(Decimal::from(10u64.pow(exp)))
            .ok_or(ParseError::Overflow)?;
    }
    if negative {
        amount.set_sign_negative(true);
    }
    Ok(Money::new(
        amount.normalize(),
        currency.unwrap_or(Currency::IDR),
    ))
}

/// What comes before the number.
struct Lead<'a> {
    negative: bool,
    currency: Option<Currency>,
    /// What the currency says of the convention (`Rp` is Indonesian).
    hint: Option<Lang>,
    /// The text from the number on.
    rest: &'a str,
}

/// The sign and currency before the number (`-Rp`, `Rp.`, `IDR -`).
fn before_number(text: &str) -> Result<Lead<'_>, ParseError> {
    let mut rest = text;
    let mut negative = false;
    if let Some(r) = rest.strip_prefix('-').or_else(|| rest.strip_prefix('−')) {
        negative = true;
        rest = r.trim_start();
    }
    // Currency before the number: `Rp`, `Rp.`, or an ISO code.
    let mut currency = None;
    let mut hint = None;
    if let Some(r) = strip_prefix_ignore_case(rest, "rp") {
        let r = r.strip_prefix('.').unwrap_or(r);
        if r.starts_with(|c: char| c.is_ascii_digit() || c == ' ') {
            currency = Some(Currency::IDR);
            hint = Some(Lang::Id);
            rest = r.trim_start();
        }
    }
    if currency.is_none() {
        if let Some((code, r)) = leading_code(rest) {
            currency = Some(code_to_currency(code)?);
            rest = r.trim_start();
        }
    }
    if let Some(r) = rest.strip_prefix('-').filter(|_| !negative) {
        negative = true;
        rest = r.trim_start();
    }
    Ok(Lead {
        negative,
        currency,
        hint,
        rest,
    })
}

/// A scale word's entry in [`SCALES`].
type Scale = (&'static str, u32, Option<Lang>);

/// The number and what follows it.
struct Number<'a> {
    /// Digits and separators.
    number: &'a str,
    scale: Scale,
    /// The currency written before the number, or a code after it.
    currency: Option<Currency>,
}

/// The number (digits and separators), its scale word and a currency code after it;
/// `None` when what follows the number is neither.
fn from_number(
    rest: &str,
    mut currency: Option<Currency>,
) -> Result<Option<Number<'_>>, ParseError> {
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(rest.len());
    let (number, tail) = rest.split_at(end);
    // `Rp 50.000,-`: the dash says "no cents".
    let (number, tail) = match tail.strip_prefix('-') {
        Some(t) if number.ends_with(',') || number.ends_with('.') => {
            (number.get(..number.len() - 1).unwrap_or(""), t)
        }
        _ => (number, tail),
    };
    let tail = tail.trim();
    // Scale word, then maybe a currency code after the number.
    let word_end = tail
        .find(|c: char| !c.is_alphabetic() && c != '.')
        .unwrap_or(tail.len());
    let (word, after) = tail.split_at(word_end);
    let word_lower = word.trim_end_matches('.').to_lowercase();
    let scale = if is_currency_code(word) && currency.is_none() {
        currency = Some(code_to_currency(word)?);
        SCALES.iter().find(|s| s.0.is_empty())
    } else {
        SCALES.iter().find(|s| s.0 == word_lower)
    };
    let Some(&scale) = scale else {
        return Ok(None);
    };
    let tail = after.trim();
    if !tail.is_empty() {
        if currency.is_none() && is_currency_code(tail) {
            currency = Some(code_to_currency(tail)?);
        } else {
            return Ok(None);
        }
    }
    Ok(Some(Number {
        number,
        scale,
        currency,
    }))
}

/// How the separators of a number were read.
enum Reading {
    /// No separator, or one the text itself explains.
    Plain,
    /// The separators fix the convention.
    Convention(Lang),
    /// One separator before exactly three digits, and no convention.
    Ambiguous,
}

/// The number as plain digits with a `.` decimal point, and what its separators say.
fn read_number(number: &str, convention: Option<Lang>) -> Option<(String, Reading)> {
    if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let dots = number.matches('.').count();
    let commas = number.matches(',').count();
    let (thousands, decimal, reading) = match (dots, commas) {
        (0, 0) => return Some((number.to_string(), Reading::Plain)),
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let count = dots.max(commas);
            let after = number.rsplit(sep).next().unwrap_or("");
            if count > 1 {
                // Used twice: a thousands separator.
                let lang = if sep == '.' { Lang::Id } else { Lang::En };
                (Some(sep), None, Reading::Convention(lang))
            } else if after.len() != 3 {
                // `1,5` or `1.25`: a decimal mark.
                let lang = if sep == ',' { Lang::Id } else { Lang::En };
                (None, Some(sep), Reading::Convention(lang))
            } else {
                match convention {
                    Some(Lang::Id) if sep == '.' => (Some('.'), None, Reading::Plain),
                    Some(Lang::Id) => (None, Some(','), Reading::Plain),
                    Some(Lang::En) if sep == ',' => (Some(','), None, Reading::Plain),
                    Some(Lang::En) => (None, Some('.'), Reading::Plain),
                    None => return Some((String::new(), Reading::Ambiguous)),
                }
            }
        }
        _ => {
            // Both: the last one marks the decimals.
            let last = number.rfind(['.', ','])?;
            let decimal = number.get(last..)?.chars().next()?;
            let thousands = if decimal == '.' { ',' } else { '.' };
            if number.get(last + 1..)?.contains(thousands) || number.matches(decimal).count() > 1 {
                return None;
            }
            let lang = if decimal == ',' { Lang::Id } else { Lang::En };
            (Some(thousands), Some(decimal), Reading::Convention(lang))
        }
    };
    let (whole, fraction) = match decimal {
        Some(d) => {
            let (w, f) = number.split_once(d)?;
            if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            (w, Some(f))
        }
        None => (number, None),
    };
    if let Some(t) = thousands {
        let mut groups = whole.split(t);
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || groups.clone().any(|g| g.len() != 3) {
            return None;
        }
    }
    let mut digits: String = whole.chars().filter(char::is_ascii_digit).collect();
    if digits.len() != whole.len() - thousands.map_or(0, |t| whole.matches(t).count()) {
        return None;
    }
    if let Some(f) = fraction {
        digits.push('.');
        digits.push_str(f);
    }
    Some((digits, reading))
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| text.get(prefix.len()..))
        .flatten()
}

fn is_currency_code(word: &str) -> bool {
    word.len() == 3 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// A three-letter upper-case code at the start, followed by a space, a digit or a sign.
fn leading_code(text: &str) -> Option<(&str, &str)> {
    let code = text.get(..3)?;
    let rest = text.get(3..)?;
    let follows = rest.starts_with([' ', '-']) || rest.starts_with(|c: char| c.is_ascii_digit());
    (is_currency_code(code) && follows).then_some((code, rest))
}

fn code_to_currency(code: &str) -> Result<Currency, ParseError> {
    Currency::from_code(code).map_err(|_| ParseError::UnknownCurrency {
        code: crate::text::privacy::shown(code),
    })
}

/// A column of typed amounts read by `money::parse_many`, as three columns of the same length: row
/// `i` is `amounts[i]` in `currencies[i]` when read, else `codes[i]` says why. Columns, not a
/// list of rows, because a register's column is what goes in and a frame's columns what comes
/// out, and because a million rows then cost three lists rather than a million objects.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ParsedAmounts {
    /// The amounts, exact (`null` where the text was not read).
    #[serde(with = "decimal_column")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Vec<Option<crate::money::decimal::DecimalString>>")
    )]
    pub amounts: Vec<Option<Decimal>>,
    /// Their ISO 4217 currencies (`null` where the text was not read).
    pub currencies: Vec<Option<Currency>>,
    /// The error's code where the text was not read (`money.ambiguous`, ...), else `null`.
    pub codes: Vec<Option<String>>,
}

impl ParsedAmounts {
    /// The number of rows.
    pub fn len(&self) -> usize {
        self.codes.len()
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// Row `i`: the amount, or the error's code; `None` past the end.
    pub fn row(&self, i: usize) -> Option<Result<Money, &str>> {
        let code = self.codes.get(i)?;
        Some(match (self.amounts.get(i), self.currencies.get(i), code) {
            (Some(Some(amount)), Some(Some(currency)), None) => Ok(Money::new(*amount, *currency)),
            (_, _, code) => Err(code.as_deref().unwrap_or("money.parse_invalid")),
        })
    }
}

/// [`parse`] of every text, in order: a register's column at once. Each row holds the amount
/// or the error's code, so one bad cell does not stop the rest.
///
/// ```
/// use umkm::money::parse_many;
/// let column = ["Rp 40 ribu", "1.250", "131,9 juta"].map(String::from);
/// let parsed = parse_many(&column, None);
/// assert_eq!(parsed.row(0).unwrap().unwrap(), umkm::Money::idr(40_000));
/// assert_eq!(parsed.row(1).unwrap().unwrap_err(), "money.ambiguous");
/// assert_eq!(parsed.row(2).unwrap().unwrap(), umkm::Money::idr(131_900_000));
/// ```
pub fn parse_many<S: AsRef<str>>(texts: &[S], convention: Option<Lang>) -> ParsedAmounts {
    let mut out = ParsedAmounts {
        amounts: Vec::with_capacity(texts.len()),
        currencies: Vec::with_capacity(texts.len()),
        codes: Vec::with_capacity(texts.len()),
    };
    for text in texts {
        let (amount, currency, code) = match parse(text.as_ref(), convention) {
            Ok(m) => (Some(m.amount.normalize()), Some(m.currency), None),
            Err(e) => (None, None, Some(e.code().to_string())),
        };
        out.amounts.push(amount);
        out.currencies.push(currency);
        out.codes.push(code);
    }
    out
}

/// Serde for a column of optional decimals, each written as a string (see [`crate::money::decimal`]).
mod decimal_column {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    struct Text(#[serde(with = "crate::money::decimal")] Decimal);

    pub(super) fn serialize<S: Serializer>(
        column: &[Option<Decimal>],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(column.iter().map(|d| d.map(Text)))
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<Option<Decimal>>, D::Error> {
        let column: Vec<Option<Text>> = Vec::deserialize(deserializer)?;
        Ok(column.into_iter().map(|d| d.map(|t| t.0)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str, lang: Option<Lang>) -> (String, &'static str) {
        let m = parse(text, lang).unwrap_or_else(|e| panic!("{text}: {e}"));
        (m.amount.to_string(), m.currency.code())
    }

    fn err(text: &str, lang: Option<Lang>) -> &'static str {
        parse(text, lang)
            .map(|m| panic!("{text} read as {m:?}"))
            .unwrap_err()
            .code()
    }

    #[test]
    fn what_registers_hold() {
        for (text, amount) in [
            ("Rp 1.250.000", "1250000"),
            ("Rp1.250.000", "1250000"),
            ("rp. 1.250.000", "1250000"),
            ("Rp1.250.000,50", "1250000.5"),
            ("Rp1,25 miliar", "1250000000"),
            ("Rp 1,25 milyar", "1250000000"),
            ("131,9 juta", "131900000"),
            ("131,9 jt", "131900000"),
            ("1,25 M", "1250000000"),
            ("Rp 40 ribu", "40000"),
            ("40rb", "40000"),
            ("Rp 50.000,-", "50000"),
            ("2 triliun", "2000000000000"),
            ("IDR 1,250,000", "1250000"),
            ("IDR 1,250,000.50", "1250000.5"),
            ("1.250.000", "1250000"),
            ("1,250,000", "1250000"),
            ("1250000", "1250000"),
            ("-Rp 5.000", "-5000"),
            ("1,5", "1.5"),
            ("1.25 million", "1250000"),
            ("2.5k", "2500"),
            ("0", "0"),
        ] {
            assert_eq!(ok(text, None), (amount.to_string(), "IDR"), "{text}");
        }
        assert_eq!(ok("USD 1,250.00", None), ("1250".into(), "USD"));
        assert_eq!(ok("1.250,00 EUR", None), ("1250".into(), "EUR"));
        assert_eq!(ok("JPY 3,250", Some(Lang::En)), ("3250".into(), "JPY"));
    }

    #[test]
    fn what_could_be_read_two_ways_needs_the_convention() {
        assert_eq!(err("1.250", None), "money.ambiguous");
        assert_eq!(err("1,250", None), "money.ambiguous");
        assert_eq!(err("IDR 1,250", None), "money.ambiguous");
        // The decimal point says English: M is million.
        assert_eq!(ok("1.25 M", None).0, "1250000");
        assert_eq!(err("5 M", None), "money.ambiguous");
        assert_eq!(ok("1,250", Some(Lang::Id)).0, "1.25");
        assert_eq!(ok("1,250", Some(Lang::En)).0, "1250");
        assert_eq!(ok("5 M", Some(Lang::Id)).0, "5000000000");
        assert_eq!(ok("5 M", Some(Lang::En)).0, "5000000");
        // `Rp` and Indonesian scale words say the text is Indonesian.
        assert_eq!(ok("Rp 1.250", None).0, "1250");
        assert_eq!(ok("1.250 ribu", None).0, "1250000");
        // A convention the separators contradict is refused, not overridden.
        assert_eq!(err("1.250.000,50", Some(Lang::En)), "money.parse_invalid");
    }

    #[test]
    fn malformed_text_is_refused_with_its_code() {
        assert_eq!(err("", None), "money.parse_empty");
        assert_eq!(err("   ", None), "money.parse_empty");
        assert_eq!(err("Rp", None), "money.parse_invalid");
        assert_eq!(err("Rp 1.25.000", None), "money.parse_invalid");
        assert_eq!(err("12,34,567", None), "money.parse_invalid");
        assert_eq!(err("1.2.3,4,5", None), "money.parse_invalid");
        assert_eq!(err(".5", None), "money.parse_invalid");
        assert_eq!(err("lima juta", None), "money.parse_invalid");
        assert_eq!(err("5 juta rupiah lebih", None), "money.parse_invalid");
        assert_eq!(err("XYZ 100", None), "money.unknown_currency");
        assert_eq!(err(&"9".repeat(200), None), "money.parse_too_long");
        assert_eq!(
            err(&format!("{} triliun", "9".repeat(27)), None),
            "money.overflow"
        );
        // A NIK typed into an amount column is not copied into the message.
        let e = parse("3275014101900001 x", None).unwrap_err();
        assert!(!e.message().en.contains("3275014101900001"));
        assert!(!e.message().id.contains("3275014101900001"));
    }

    #[test]
    fn many_keeps_every_row() {
        let rows = parse_many(&["Rp 1.250.000", "1.250", "Rp1.250.000,50"], None);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows.row(0), Some(Ok(Money::idr(1_250_000))));
        assert_eq!(rows.row(1), Some(Err("money.ambiguous")));
        // Amounts are normalised: `1250000.50` is written `1250000.5`, as the facade writes it.
        assert_eq!(
            rows.amounts[2].map(|d| d.to_string()),
            Some("1250000.5".into())
        );
        assert_eq!(rows.row(3), None);
        let json = serde_json::to_value(&rows).unwrap();
        assert_eq!(
            json["amounts"],
            serde_json::json!(["1250000", null, "1250000.5"])
        );
        assert_eq!(serde_json::from_value::<ParsedAmounts>(json).unwrap(), rows);
    }
}
