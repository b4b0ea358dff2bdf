//! NITKU (Nomor Identitas Tempat Kegiatan Usaha), the identity of a place of business.
//!
//! 22 digits: the 16-digit NPWP of the head office followed by a 6-digit sequence issued by
//! DJP, `000000` for the head office itself and `000001` onward for branches (PMK 112/2022 as
//! amended by PMK 136/2023; PER-6/PJ/2024 Pasal 1). It replaced branch NPWPs from 1 January
//! 2024 and is written as digits only.
//!
//! ```
//! use umkm::id::nitku;
//! let n = "0013121660091000000001";
//! assert!(nitku::is_valid(n));
//! assert_eq!(nitku::npwp(n).unwrap(), "0013121660091000");
//! assert_eq!(nitku::branch(n).unwrap(), 1);
//! ```

use super::compact::Compact;
use super::digits::{digits, strip};
use super::error::{IdentifierError, Reason};
use super::kind::IdentifierKind;
use super::npwp;

const SEPARATORS: &[char] = &['.', '-', '/'];

fn check(number: &str) -> Result<super::digits::Digits<22>, IdentifierError> {
    let e = |r| IdentifierError::new(IdentifierKind::Nitku, r);
    let d = digits::<22>(number, SEPARATORS, "22").map_err(e)?;
    if d.len() != 22 {
        return Err(e(Reason::InvalidLength {
            length: d.len(),
            expected: "22".into(),
        }));
    }
    npwp::check_digits(&d.head::<16>()).map_err(|x| e(x.reason))?;
    Ok(d)
}

/// Removes separators.
pub fn compact(number: &str) -> String {
    strip(number, SEPARATORS)
}

/// Checks a NITKU: 22 digits whose first 16 are a valid 16-digit NPWP.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `nitku.` and the rule (`nitku.length`, `nitku.characters`, …:
/// [`Reason`]).
pub fn validate(number: &str) -> Result<Compact, IdentifierError> {
    check(number).map(|d| d.compact(b""))
}

/// True when [`validate`] succeeds. Never panics.
pub fn is_valid(number: &str) -> bool {
    check(number).is_ok()
}

/// NITKU is written as its 22 digits (PER-6/PJ/2024).
pub fn format(number: &str) -> String {
    compact(number)
}

/// The head office's 16-digit NPWP.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `nitku.` and the rule (`nitku.length`, `nitku.characters`, …:
/// [`Reason`]).
pub fn npwp(number: &str) -> Result<String, IdentifierError> {
    check(number).map(|d| d.as_str().get(..16).unwrap_or("").to_string())
}

/// The place-of-business sequence: 0 for the head office, 1 onward for branches.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `nitku.` and the rule (`nitku.length`, `nitku.characters`, …:
/// [`Reason`]).
pub fn branch(number: &str) -> Result<u32, IdentifierError> {
    check(number).map(|d| d.number(16..22))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structure() {
        assert_eq!(branch("0013121660091000000000").unwrap(), 0);
        assert!(is_valid("3275014101900001000000"));
        assert_eq!(
            validate("0013121661091000000000").unwrap_err().code(),
            "nitku.checksum"
        );
        assert_eq!(
            validate("001312166009100000000").unwrap_err().code(),
            "nitku.length"
        );
        assert_eq!(
            validate("013121660091000000000").unwrap_err().code(),
            "nitku.length"
        );
    }
}
