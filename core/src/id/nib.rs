//! NIB (Nomor Induk Berusaha), the business identification number issued through OSS
//! (PP 5/2021 on risk-based licensing). 13 digits with no public check digit, so only the
//! length and the characters can be checked.
//!
//! ```
//! use umkm::id::nib;
//! assert_eq!(nib::validate("9120 0012 3456 7").unwrap(), "9120001234567");
//! assert_eq!(nib::validate("912000123456").unwrap_err().code(), "nib.length");
//! ```

use super::{digits, strip, Compact, IdentifierError, IdentifierKind, Reason};

const SEPARATORS: &[char] = &['.', '-'];

fn check(number: &str) -> Result<super::Digits<13>, IdentifierError> {
    let e = |r| IdentifierError::new(IdentifierKind::Nib, r);
    let d = digits::<13>(number, SEPARATORS, "13").map_err(e)?;
    if d.len() != 13 {
        return Err(e(Reason::InvalidLength {
            length: d.len(),
            expected: "13".into(),
        }));
    }
    Ok(d)
}

/// Removes separators (spaces, `.`, `-`).
pub fn compact(number: &str) -> String {
    strip(number, SEPARATORS)
}

/// Checks a NIB and returns its compact form.
pub fn validate(number: &str) -> Result<Compact, IdentifierError> {
    check(number).map(|d| d.compact(b""))
}

/// True when [`validate`] succeeds. Never panics.
pub fn is_valid(number: &str) -> bool {
    check(number).is_ok()
}

/// OSS prints the NIB as its 13 digits; this compacts it.
pub fn format(number: &str) -> String {
    compact(number)
}
