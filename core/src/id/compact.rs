//! The compact form of a valid identifier, held inline.
//!
//! Every identifier's `validate` returns a [`Compact`] instead of a `String`: the longest
//! compact form is 32 characters (a halal certificate, `ID` and up to 30 digits), so it fits on
//! the stack and checking a register of millions allocates nothing per number. It reads as a
//! `&str` (`Deref`), compares with strings, prints, and serialises as a JSON string.
//!
//! ```
//! use umkm::id::npwp;
//! let c = npwp::validate("01.312.166.0-091.000").unwrap();
//! assert_eq!(c, "013121660091000");
//! assert_eq!(c.len(), 15);
//! let owned: String = c.into();
//! assert_eq!(owned, "013121660091000");
//! ```

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A valid identifier's compact form: ASCII letters and digits, at most [`Compact::CAPACITY`].
#[derive(Clone, Copy)]
pub struct Compact {
    buf: [u8; Compact::CAPACITY],
    len: u8,
}

impl Compact {
    /// The longest compact form of any identifier (halal: `ID` + 30 digits).
    pub const CAPACITY: usize = 32;

    /// The compact form built from ASCII bytes; `None` when they are too long or not ASCII
    /// letters and digits (the identifiers build it only from characters they checked).
    pub fn from_ascii(parts: &[&[u8]]) -> Option<Compact> {
        let mut buf = [0u8; Compact::CAPACITY];
        let mut len = 0usize;
        for part in parts {
            let end = len.checked_add(part.len())?;
            let slot = buf.get_mut(len..end)?;
            if !part.iter().all(u8::is_ascii_alphanumeric) {
                return None;
            }
            slot.copy_from_slice(part);
            len = end;
        }
        Some(Compact {
            buf,
            len: u8::try_from(len).ok()?,
        })
    }

    /// Bytes an identifier checked itself (digits, or letters it matched): copied as they
    /// are. The callers' buffers are at most [`Compact::CAPACITY`] long (checked at compile
    /// time in `Digits::compact`), so nothing is cut.
    pub(crate) fn checked(parts: &[&[u8]]) -> Compact {
        let mut buf = [0u8; Compact::CAPACITY];
        let mut len = 0usize;
        for part in parts {
            for (slot, b) in buf.iter_mut().skip(len).zip(part.iter()) {
                *slot = *b;
                len += 1;
            }
        }
        Compact {
            buf,
            len: len as u8,
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        // Only ASCII is ever stored, so this never falls back.
        std::str::from_utf8(self.buf.get(..usize::from(self.len)).unwrap_or(&[])).unwrap_or("")
    }
}

crate::text::str_like!(Compact);

impl From<Compact> for String {
    fn from(c: Compact) -> String {
        c.as_str().to_owned()
    }
}

impl Serialize for Compact {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Compact {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Compact, D::Error> {
        let text = Cow::<str>::deserialize(d)?;
        Compact::from_ascii(&[text.as_bytes()]).ok_or_else(|| {
            crate::json::problem::said(crate::text::Message::new(
                format!(
                    "identitas ringkas paling banyak {} huruf dan angka ASCII",
                    Compact::CAPACITY
                ),
                format!(
                    "a compact identifier is at most {} ASCII letters and digits",
                    Compact::CAPACITY
                ),
            ))
        })
    }
}

#[cfg(feature = "schema")]
impl JsonSchema for Compact {
    fn schema_name() -> Cow<'static, str> {
        "Compact".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9A-Za-z]{1,32}$",
            "description": "The compact form of a valid identifier."
        })
    }
}

/// A compact identifier is a piece of a sentence as its text.
impl crate::text::Piece for Compact {
    fn size(&self) -> usize {
        self.len()
    }
    fn put(&self, out: &mut String) {
        out.push_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_up_to_capacity_and_only_ascii_alphanumerics() {
        let full = [b'9'; Compact::CAPACITY];
        assert_eq!(Compact::from_ascii(&[&full]).map(|c| c.len()), Some(32));
        assert!(Compact::from_ascii(&[&full, b"1"]).is_none());
        assert!(Compact::from_ascii(&[b"12 3"]).is_none());
        assert!(Compact::from_ascii(&["é".as_bytes()]).is_none());
        let c = Compact::from_ascii(&[b"MD", b"224510001234"]);
        assert_eq!(c.map(String::from).as_deref(), Some("MD224510001234"));
    }

    #[test]
    fn serde_round_trip_and_comparisons() {
        let c = Compact::from_ascii(&[b"3275"]).unwrap();
        assert_eq!(serde_json::to_string(&c).unwrap(), "\"3275\"");
        let back: Compact = serde_json::from_str("\"3275\"").unwrap();
        assert_eq!(back, c);
        assert!(serde_json::from_str::<Compact>("\"32 75\"").is_err());
        assert_eq!(c, "3275");
        assert_eq!("3275", c);
        assert_eq!(c, String::from("3275"));
        assert_eq!(format!("{c} {c:?}"), "3275 \"3275\"");
        let set: std::collections::HashSet<Compact> = [c].into();
        assert!(set.contains("3275"));
    }
}
