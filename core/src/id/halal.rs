//! Halal certificate numbers issued by BPJPH (UU 33/2014 on halal product assurance, PP 39/2021).
//!
//! Labels show the certificate (SH) number: `ID` followed by digits. Public examples differ in
//! length, so only the `ID` prefix and that the rest is 8 to 30 digits are checked.
//!
//! ```
//! use umkm::id::halal;
//! assert_eq!(halal::validate("ID 3211 0000 1234 5678").unwrap(), "ID3211000012345678");
//! assert_eq!(halal::validate("MUI 00150012345678").unwrap_err().code(), "halal.prefix");
//! ```

use super::compact::Compact;
use super::digits::{digits, prefixed_digits};
use super::error::{IdentifierError, Reason};
use super::kind::IdentifierKind;

/// Upper-cases ASCII letters (one outside ASCII stays, to be refused) and drops spaces, dots
/// and dashes.
pub fn compact(number: &str) -> String {
    number
        .to_ascii_uppercase()
        .chars()
        .filter(|c| !matches!(c, '.' | '-') && !c.is_whitespace())
        .collect()
}

fn check(number: &str) -> Result<Compact, IdentifierError> {
    if !number.is_ascii() {
        return check_text(number);
    }
    let e = |r| IdentifierError::new(IdentifierKind::Halal, r);
    let (_, d) = prefixed_digits::<30>(number.as_bytes(), |p| &p == b"ID", "8 to 30").map_err(e)?;
    if d.len() < 8 {
        return Err(e(Reason::InvalidLength {
            length: d.len(),
            expected: "8 to 30".into(),
        }));
    }
    Ok(d.compact(b"ID"))
}

/// The general path (any Unicode input): compact, then check. [`check`] gives the same answer
/// for ASCII input without allocating (a property test holds the two together).
fn check_text(number: &str) -> Result<Compact, IdentifierError> {
    let e = |r| IdentifierError::new(IdentifierKind::Halal, r);
    let c = compact(number);
    if c.is_empty() {
        return Err(e(Reason::Empty));
    }
    let rest = c
        .strip_prefix("ID")
        .ok_or_else(|| e(Reason::InvalidPrefix))?;
    let d = digits::<30>(rest, &[], "8 to 30").map_err(|r| match r {
        Reason::InvalidCharacter {
            character,
            position,
        } => e(Reason::InvalidCharacter {
            character,
            position: position + 2,
        }),
        other => e(other),
    })?;
    if d.len() < 8 {
        return Err(e(Reason::InvalidLength {
            length: d.len(),
            expected: "8 to 30".into(),
        }));
    }
    Ok(d.compact(b"ID"))
}

/// Checks a halal certificate number and returns its compact form.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `halal.` and the rule (`halal.length`, `halal.characters`, …:
/// [`Reason`]).
pub fn validate(number: &str) -> Result<Compact, IdentifierError> {
    check(number)
}

/// True when [`validate`] succeeds. Never panics.
pub fn is_valid(number: &str) -> bool {
    check(number).is_ok()
}

/// The number as labels print it (compact, `ID` + digits).
pub fn format(number: &str) -> String {
    compact(number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn ascii_path_answers_as_the_text_path(s in "[ iIdDmMuUX0-9.\\t\\x0b-]{0,40}") {
            prop_assert_eq!(check(&s), check_text(&s));
        }

        #[test]
        fn ascii_path_on_certificate_shapes(s in "\\s*[iI][dD][ 0-9.x-]{0,36}") {
            prop_assert_eq!(check(&s), check_text(&s));
        }
    }

    #[test]
    fn only_ascii_letters_are_upper_cased() {
        assert!(is_valid("id 3211 0000 1234 5678"));
        assert_eq!(
            validate("ıd 3211000012345678").unwrap_err().code(),
            "halal.prefix"
        );
    }
}
