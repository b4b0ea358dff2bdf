//! BPOM registration numbers for processed food (nomor izin edar, Peraturan BPOM 27/2017 as
//! amended): `MD` + 12 digits for food made in Indonesia, `ML` + 12 digits for imported food.
//! Printed on labels as `BPOM RI MD 123456789012`. The meaning of the 12 digits is not public,
//! so only the prefix and the digit count are checked.
//!
//! ```
//! use umkm::id::bpom::{self, Origin};
//! assert_eq!(bpom::validate("BPOM RI MD 224510001234").unwrap(), "MD224510001234");
//! assert_eq!(bpom::origin("MD224510001234").unwrap(), Origin::Domestic);
//! assert_eq!(bpom::format("md224510001234"), "BPOM RI MD 224510001234");
//! ```

use super::compact::Compact;
use super::digits::{digits, prefixed_digits, strip_word, trim_start, Digits};
use super::error::{IdentifierError, Reason};
use super::kind::IdentifierKind;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where the registered food is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// `MD` (Makanan Dalam negeri): made in Indonesia.
    Domestic,
    /// `ML` (Makanan Luar negeri): imported.
    Imported,
}

/// Upper-cases ASCII letters, drops `BPOM`, `RI` and separators: `MD224510001234`. A letter
/// outside ASCII is never part of a number: it stays as written, to be refused (`ı` does not
/// become `I`).
pub fn compact(number: &str) -> String {
    let upper = number.to_ascii_uppercase();
    let mut rest = upper.trim();
    for prefix in ["BPOM", "RI"] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r.trim_start();
        }
    }
    rest.chars()
        .filter(|c| !matches!(c, '.' | '-') && !c.is_whitespace())
        .collect()
}

/// `number` after leading spaces and the words `BPOM` and `RI` (any case), as bytes.
fn after_words(number: &[u8]) -> &[u8] {
    let rest = strip_word(trim_start(number), &[b"BPOM"], true);
    strip_word(rest, &[b"RI"], true)
}

fn origin_of(prefix: [u8; 2]) -> Option<Origin> {
    match &prefix {
        b"MD" => Some(Origin::Domestic),
        b"ML" => Some(Origin::Imported),
        _ => None,
    }
}

fn check(number: &str) -> Result<(Origin, Digits<12>), IdentifierError> {
    let e = |r| IdentifierError::new(IdentifierKind::Bpom, r);
    if !number.is_ascii() {
        return check_text(number);
    }
    let (prefix, d) = prefixed_digits::<12>(
        after_words(number.as_bytes()),
        |p| origin_of(p).is_some(),
        "12",
    )
    .map_err(e)?;
    let origin = origin_of(prefix).ok_or_else(|| e(Reason::InvalidPrefix))?;
    if d.len() != 12 {
        return Err(e(Reason::InvalidLength {
            length: d.len(),
            expected: "12".into(),
        }));
    }
    Ok((origin, d))
}

/// The general path (any Unicode input): compact, then check. [`check`] gives the same answer
/// for ASCII input without allocating (a property test holds the two together).
fn check_text(number: &str) -> Result<(Origin, Digits<12>), IdentifierError> {
    let e = |r| IdentifierError::new(IdentifierKind::Bpom, r);
    let c = compact(number);
    if c.is_empty() {
        return Err(e(Reason::Empty));
    }
    let origin = match c.get(..2) {
        Some("MD") => Origin::Domestic,
        Some("ML") => Origin::Imported,
        _ => return Err(e(Reason::InvalidPrefix)),
    };
    let d = digits::<12>(c.get(2..).unwrap_or(""), &[], "12").map_err(|r| match r {
        Reason::InvalidCharacter {
            character,
            position,
        } => e(Reason::InvalidCharacter {
            character,
            position: position + 2,
        }),
        other => e(other),
    })?;
    if d.len() != 12 {
        return Err(e(Reason::InvalidLength {
            length: d.len(),
            expected: "12".into(),
        }));
    }
    Ok((origin, d))
}

/// Checks a BPOM MD/ML number and returns its compact form (`MD224510001234`).
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `bpom.` and the rule (`bpom.length`, `bpom.characters`, …: [`Reason`]).
pub fn validate(number: &str) -> Result<Compact, IdentifierError> {
    check(number).map(|(o, d)| d.compact(if o == Origin::Domestic { b"MD" } else { b"ML" }))
}

/// True when [`validate`] succeeds. Never panics.
pub fn is_valid(number: &str) -> bool {
    check(number).is_ok()
}

/// The label form `BPOM RI MD 224510001234`; invalid input comes back compacted.
pub fn format(number: &str) -> String {
    match validate(number) {
        Ok(c) => format!(
            "BPOM RI {} {}",
            c.get(..2).unwrap_or(""),
            c.get(2..).unwrap_or("")
        ),
        Err(_) => compact(number),
    }
}

/// Whether the food is made in Indonesia (MD) or imported (ML).
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `bpom.` and the rule (`bpom.length`, `bpom.characters`, …: [`Reason`]).
pub fn origin(number: &str) -> Result<Origin, IdentifierError> {
    check(number).map(|(o, _)| o)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn ascii_path_answers_as_the_text_path(s in "[ bBpPoOmMrRiIdDlLX0-9.\t\x0b-]{0,24}") {
            prop_assert_eq!(check(&s).map(|(o, d)| (o, d.compact(b""))), check_text(&s).map(|(o, d)| (o, d.compact(b""))));
        }

        #[test]
        fn ascii_path_on_label_shapes(s in "\\s*([bB][pP][oO][mM]\\s*)?([rR][iI]\\s*)?[mM][dDlLk][ 0-9.x-]{0,16}") {
            prop_assert_eq!(check(&s).map(|(o, d)| (o, d.compact(b""))), check_text(&s).map(|(o, d)| (o, d.compact(b""))));
        }
    }

    #[test]
    fn prefixes_and_lengths() {
        assert!(is_valid("bpom ri md 224510001234"));
        // Dotless i upper-cases to I in Unicode, but is not a letter of a BPOM number.
        assert!(!is_valid("BPOM Rı MD 224510001234"));
        assert_eq!(origin("ML 123456789012").unwrap(), Origin::Imported);
        assert_eq!(
            validate("MK224510001234").unwrap_err().code(),
            "bpom.prefix"
        );
        assert_eq!(validate("MD22451000123").unwrap_err().code(), "bpom.length");
        assert_eq!(
            validate("MD22451000123X").unwrap_err().code(),
            "bpom.characters"
        );
        assert_eq!(validate("  ").unwrap_err().code(), "bpom.empty");
    }
}
