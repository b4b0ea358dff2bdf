//! Decimal amounts in JSON: written as strings so no digit is lost.
//!
//! JSON numbers become IEEE doubles in JavaScript and Python, where `1250000.10` is not exact
//! and amounts above 2^53 lose digits. The library therefore writes every amount as a string
//! (`"1250000.10"`) and reads strings or whole JSON numbers; a JSON number with a fraction or
//! an exponent is refused with a message that says to send a string.

use rust_decimal::Decimal;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::de::{self, Visitor};
use serde::{Deserializer, Serializer};
#[cfg(feature = "schema")]
use std::borrow::Cow;
use std::fmt;

/// Why a text is not a decimal amount [`parse_decimal`] reads. Its `Display` is the English
/// detail that argument errors carry (the facade words it in Indonesian too); the text is
/// shown as messages show input (digit runs masked, [`crate::text::privacy::shown`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecimalError {
    /// Not an optional `-`, digits, and an optional `.` with digits.
    NotPlain {
        /// The text as messages show it.
        shown: String,
    },
    /// Plain, but past the 28 significant digits of [`Decimal`].
    OutOfRange {
        /// The text as messages show it.
        shown: String,
        /// What `rust_decimal` said.
        detail: String,
    },
}

/// The English message: the detail a serde error carries.
impl fmt::Display for DecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message().en)
    }
}

impl std::error::Error for DecimalError {}

crate::text::coded_error!(DecimalError);

impl DecimalError {
    /// `argument.invalid`: the facade reports a text that is not an amount as an argument
    /// error at its path.
    pub fn code(&self) -> &'static str {
        "argument.invalid"
    }

    /// What is wrong with the text, in Indonesian and English.
    pub fn message(&self) -> crate::text::Message {
        match self {
            DecimalError::NotPlain { shown } => crate::text::Message::new(
                format!("{shown:?} bukan angka desimal biasa seperti \"40000.50\""),
                format!("{shown:?} is not a plain decimal number such as \"40000.50\""),
            ),
            DecimalError::OutOfRange { shown, detail } => crate::text::Message::new(
                format!("{shown:?} di luar jangkauan (lebih dari 28 digit bermakna)"),
                format!("{shown:?} is out of range: {detail}"),
            ),
        }
    }
}

/// Parses a plain decimal string: optional `-`, digits, optional `.` and digits.
///
/// No exponent, no thousands separators, no spaces, at most 28 significant digits
/// (the range of [`Decimal`]).
///
/// ```
/// use umkm::money::decimal::{parse_decimal, DecimalError};
/// use umkm::Decimal;
/// assert_eq!(parse_decimal("40000.50"), Ok(Decimal::new(4_000_050, 2)));
/// assert!(matches!(parse_decimal("1.250.000"), Err(DecimalError::NotPlain { .. })));
/// ```
///
/// # Errors
///
/// [`DecimalError::NotPlain`] for anything but digits with an optional sign and fraction
/// (`"1.250.000"`, `"1e3"`, `" 5"`), [`DecimalError::OutOfRange`] past 28 significant digits.
pub fn parse_decimal(text: &str) -> Result<Decimal, DecimalError> {
    let body = text.strip_prefix('-').unwrap_or(text);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits_ok = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits_ok(int) || frac.is_some_and(|f| !digits_ok(f)) {
        return Err(DecimalError::NotPlain {
            shown: crate::text::privacy::shown(text),
        });
    }
    Decimal::from_str_exact(text).map_err(|e| DecimalError::OutOfRange {
        shown: crate::text::privacy::shown(text),
        detail: e.to_string(),
    })
}

pub(crate) fn serialize<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    struct DecimalVisitor;
    impl Visitor<'_> for DecimalVisitor {
        type Value = Decimal;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a decimal string such as \"40000.50\" or a whole number")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
            parse_decimal(v).map_err(|e| crate::json::problem::said(e.message()))
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
            Ok(Decimal::from(v))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
            Ok(Decimal::from(v))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
            // Written as JSON writes it (the shortest text that reads back as the same number).
            let v = serde_json::Number::from_f64(v).map_or_else(|| "NaN".into(), |n| n.to_string());
            Err(crate::json::problem::said(crate::text::Message::new(
                format!("jumlah {v} adalah angka JSON berpecahan; kirim sebagai teks, misalnya \"{v}\", agar tidak ada digit yang hilang"),
                format!("amount {v} is a JSON number with a fraction; send it as a string such as \"{v}\" so no digit is lost"),
            )))
        }
    }
    deserializer.deserialize_any(DecimalVisitor)
}

/// The same for `Option<Decimal>`: `null` or absent is `None`.
pub(crate) mod option {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(
        value: &Option<Decimal>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(v) => serializer.collect_str(v),
            None => serializer.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Decimal>, D::Error> {
        #[derive(Deserialize)]
        struct Wrapped(#[serde(with = "super")] Decimal);
        Ok(Option::<Wrapped>::deserialize(deserializer)?.map(|w| w.0))
    }
}

/// JSON Schema of a decimal string (used through `#[schemars(with = "DecimalString")]`).
#[cfg(feature = "schema")]
pub(crate) struct DecimalString;

#[cfg(feature = "schema")]
impl JsonSchema for DecimalString {
    fn schema_name() -> Cow<'static, str> {
        "DecimalString".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
            "description": "A decimal number written as a string, e.g. \"1250000.50\" (no exponent, no separators)."
        })
    }
}

/// `part ÷ whole` as an exact fraction; `None` when `whole` is 0 (never NaN).
pub(crate) fn share(part: u64, whole: u64) -> Option<Decimal> {
    (whole > 0).then(|| (Decimal::from(part) / Decimal::from(whole)).normalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_plain_decimals_only() {
        assert_eq!(
            parse_decimal("1250000.50").unwrap(),
            Decimal::new(125000050, 2)
        );
        assert_eq!(parse_decimal("-3").unwrap(), Decimal::from(-3));
        for bad in [
            "",
            "1e5",
            "1.",
            ".5",
            "1,5",
            " 1",
            "1.250.000",
            "Rp1",
            "+1",
            "NaN",
            "inf",
        ] {
            assert!(parse_decimal(bad).is_err(), "{bad:?} must be refused");
        }
        assert!(parse_decimal("99999999999999999999999999999999").is_err());
        // The English detail serde errors carry, as it read before the typed error.
        assert_eq!(
            parse_decimal("1.250.000").unwrap_err().to_string(),
            "\"1.250.000\" is not a plain decimal number such as \"40000.50\""
        );
    }
}
