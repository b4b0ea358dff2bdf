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

use super::{digits, IdentifierError, IdentifierKind, Reason};

/// Upper-cases and drops spaces, dots and dashes.
pub fn compact(number: &str) -> String {
    number
        .to_uppercase()
        .chars()
        .filter(|c| !matches!(c, '.' | '-') && !c.is_whitespace())
        .collect()
}

fn check(number: &str) -> Result<String, IdentifierError> {
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
    Ok(c)
}

/// Checks a halal certificate number and returns its compact form.
pub fn validate(number: &str) -> Result<String, IdentifierError> {
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
