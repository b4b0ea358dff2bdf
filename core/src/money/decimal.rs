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

/// Parses a plain decimal string: optional `-`, digits, optional `.` and digits.
///
/// No exponent, no thousands separators, no spaces, at most 28 significant digits
/// (the range of [`Decimal`]).
pub fn parse_decimal(text: &str) -> Result<Decimal, String> {
    let body = text.strip_prefix('-').unwrap_or(text);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits_ok = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits_ok(int) || frac.is_some_and(|f| !digits_ok(f)) {
        return Err(format!(
            "{:?} is not a plain decimal number such as \"40000.50\"",
            crate::text::privacy::shown(text)
        ));
    }
    Decimal::from_str_exact(text).map_err(|e| {
        format!(
            "{:?} is out of range: {e}",
            crate::text::privacy::shown(text)
        )
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
            parse_decimal(v).map_err(E::custom)
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
            Err(E::custom(format!(
                "amount {v} is a JSON number with a fraction; send it as a string such as \"{v}\" so no digit is lost"
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

/// A decimal's text (`-1250.50`, as its `Display` writes it) on the stack: a sentence or an
/// amount that shows a decimal costs no allocation and skips the formatting machinery.
pub(crate) struct DecimalText {
    buf: [u8; 64],
    start: usize,
}

impl DecimalText {
    pub(crate) fn new(d: Decimal) -> DecimalText {
        let mut buf = [0u8; 64];
        let mut at = buf.len();
        let mut put = |b: u8| {
            at -= 1;
            if let Some(slot) = buf.get_mut(at) {
                *slot = b;
            }
        };
        let scale = d.scale() as usize;
        let mut m = d.mantissa().unsigned_abs();
        let mut written = 0usize;
        // Digits from the right, the point after `scale` of them, at least one before it.
        while m > 0 || written <= scale {
            if scale > 0 && written == scale {
                put(b'.');
            }
            put(b'0' + (m % 10) as u8);
            m /= 10;
            written += 1;
        }
        if d.is_sign_negative() && !d.is_zero() {
            put(b'-');
        }
        DecimalText { buf, start: at }
    }

    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(self.buf.get(self.start..).unwrap_or(&[])).unwrap_or("")
    }
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
    }
}
