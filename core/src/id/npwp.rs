//! NPWP (Nomor Pokok Wajib Pajak), the Indonesian tax identification number.
//!
//! Two forms are in use:
//! - **15 digits**, written `01.312.166.0-091.000`: taxpayer type (2), serial (6), check digit
//!   (1, Luhn over the first nine digits), tax office KPP (3), branch status (3, `000` = head
//!   office or single taxpayer).
//! - **16 digits** (PMK 112/PMK.03/2022, mandatory in DJP services from 1 July 2024 under
//!   PMK 136/2023): for resident individuals the NIK itself; for entities, government bodies and
//!   non-residents `0` followed by the old 15 digits. PER-6/PJ/2024 writes the 16-digit form
//!   with digits only, without `.` or `-`, so [`format()`] does the same; python-stdnum instead
//!   forces the 15-digit mask onto 16 digits.
//!
//! Branches no longer get their own NPWP: they get a [`crate::id::nitku`] number.
//!
//! ```
//! use umkm::id::npwp;
//! assert_eq!(npwp::validate("01.312.166.0-091.000").unwrap(), "013121660091000");
//! assert_eq!(npwp::format("013121660091000"), "01.312.166.0-091.000");
//! assert_eq!(npwp::format("0013121660091000"), "0013121660091000");
//! assert!(npwp::is_valid("3275014101900001")); // a NIK used as NPWP
//! assert_eq!(npwp::validate("013121661091000").unwrap_err().code(), "npwp.checksum");
//! ```

use super::compact::Compact;
use super::digits::{digits, luhn_valid, strip};
use super::error::{IdentifierError, Reason};
use super::kind::IdentifierKind;
use super::nik;
use serde::{Deserialize, Serialize};

const SEPARATORS: &[char] = &['.', '-', '/'];

/// Which form an NPWP has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum NpwpForm {
    /// The old 15-digit number.
    Old15,
    /// 16 digits: `0` + the old number (entities, government bodies, non-residents).
    Prefixed16,
    /// 16 digits: the NIK of a resident individual.
    Nik16,
}

fn err(reason: Reason) -> IdentifierError {
    IdentifierError::new(IdentifierKind::Npwp, reason)
}

/// Removes separators (spaces, `.`, `-`, `/`).
///
/// ```
/// use umkm::id::npwp;
/// assert_eq!(npwp::compact("01.312.166.0-091.000"), "013121660091000");
/// ```
pub fn compact(number: &str) -> String {
    strip(number, SEPARATORS)
}

fn check(number: &str) -> Result<(super::digits::Digits<16>, NpwpForm), IdentifierError> {
    let d = digits::<16>(number, SEPARATORS, "15 or 16").map_err(err)?;
    check_digits(&d).map(|form| (d, form))
}

/// The NPWP rules on collected digits (shared with NITKU, whose first 16 digits are an NPWP).
pub(crate) fn check_digits(d: &super::digits::Digits<16>) -> Result<NpwpForm, IdentifierError> {
    let b = d.as_bytes();
    match d.len() {
        15 => {
            if luhn_valid(b.get(..9).unwrap_or(&[])) {
                Ok(NpwpForm::Old15)
            } else {
                Err(err(Reason::Checksum))
            }
        }
        16 if b.first() == Some(&b'0') => {
            if luhn_valid(b.get(1..10).unwrap_or(&[])) {
                Ok(NpwpForm::Prefixed16)
            } else {
                Err(err(Reason::Checksum))
            }
        }
        16 => nik::check_digits(d)
            .map(|_| NpwpForm::Nik16)
            .map_err(|e| err(e.reason)),
        length => Err(err(Reason::InvalidLength {
            length,
            expected: "15 or 16".into(),
        })),
    }
}

/// Checks an NPWP and returns its compact form.
///
/// 15 digits: Luhn check digit over the first nine. 16 digits starting with `0`: the same check
/// on the old number after the `0`. Other 16 digits: the NIK rules of [`crate::id::nik`]
/// (region and birth date), reported with `npwp.` codes.
///
/// ```
/// use umkm::id::npwp;
/// assert_eq!(npwp::validate("01.312.166.0-091.000").unwrap(), "013121660091000");
/// let e = npwp::validate("01.312.166.1-091.000").unwrap_err();
/// assert_eq!(e.code(), "npwp.checksum");
/// assert_eq!(e.message().id, "Digit pemeriksa NPWP tidak cocok: ada angka yang salah ketik");
/// ```
///
/// # Errors
///
/// An [`IdentifierError`] naming the rule: `npwp.empty` (only separators), `npwp.characters`
/// (a character that is not a digit or separator, with its position), `npwp.length` (not 15
/// or 16 digits), `npwp.checksum`, and for a 16-digit NIK the NIK's region and date rules
/// (`npwp.unknown_region`, `npwp.impossible_date`, ...). Messages never repeat the number.
pub fn validate(number: &str) -> Result<Compact, IdentifierError> {
    check(number).map(|(d, _)| d.compact(b""))
}

/// True when [`validate`] succeeds. Never panics.
///
/// ```
/// use umkm::id::npwp;
/// assert!(npwp::is_valid("01.312.166.0-091.000"));
/// assert!(!npwp::is_valid("01.312.166.1-091.000"));
/// ```
pub fn is_valid(number: &str) -> bool {
    check(number).is_ok()
}

/// The form of a valid NPWP.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `npwp.` and the rule (`npwp.length`, `npwp.characters`, …: [`Reason`]).
pub fn form(number: &str) -> Result<NpwpForm, IdentifierError> {
    check(number).map(|(_, f)| f)
}

/// The 16-digit NPWP for a 15-digit one (`0` + the old number), as PMK 112/2022 assigns it to
/// entities; a 16-digit NPWP is returned unchanged.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `npwp.` and the rule (`npwp.length`, `npwp.characters`, …: [`Reason`]).
pub fn to_16(number: &str) -> Result<String, IdentifierError> {
    let (d, f) = check(number)?;
    Ok(match f {
        NpwpForm::Old15 => format!("0{}", d.as_str()),
        _ => d.as_str().to_string(),
    })
}

/// 15 characters in the official layout `00.000.000.0-000.000`.
fn layout15(c: &str) -> String {
    let g = |r: std::ops::Range<usize>| c.get(r).unwrap_or("");
    format!(
        "{}.{}.{}.{}-{}.{}",
        g(0..2),
        g(2..5),
        g(5..8),
        g(8..9),
        g(9..12),
        g(12..15)
    )
}

/// Hides the identifying part of a valid NPWP for display and logs, keeping what says what
/// kind of number it is: 15 digits keep the taxpayer type (first 2) and the branch (last 3),
/// written in the official layout (`01.***.***.*-***.000`); 16 digits starting with `0` keep
/// the `0`, the type and the branch (`001**********000`); a 16-digit NPWP that is a person's
/// NIK is masked as [`crate::id::nik::mask`] masks it (`3275**********01`).
///
/// # Errors
///
/// Those of [`validate`]: a number that is not an NPWP is not masked.
///
/// ```
/// use umkm::id::npwp;
/// assert_eq!(npwp::mask("01.312.166.0-091.000").unwrap(), "01.***.***.*-***.000");
/// assert_eq!(npwp::mask("0013121660091000").unwrap(), "001**********000");
/// assert_eq!(npwp::mask("3275014101900001").unwrap(), "3275**********01");
/// ```
pub fn mask(number: &str) -> Result<String, IdentifierError> {
    let (d, form) = check(number)?;
    let c = d.as_str();
    let keep = |head: usize, tail: usize| {
        let stars = "*".repeat(c.len().saturating_sub(head + tail));
        format!(
            "{}{stars}{}",
            c.get(..head).unwrap_or(""),
            c.get(c.len().saturating_sub(tail)..).unwrap_or("")
        )
    };
    Ok(match form {
        NpwpForm::Old15 => layout15(&keep(2, 3)),
        NpwpForm::Prefixed16 => keep(3, 3),
        NpwpForm::Nik16 => keep(4, 2),
    })
}

/// The official written form: `01.312.166.0-091.000` for 15 digits, the plain 16 digits for the
/// 16-digit form (PER-6/PJ/2024). Input that is not 15 or 16 digits comes back compacted.
///
/// ```
/// use umkm::id::npwp;
/// assert_eq!(npwp::format("013121660091000"), "01.312.166.0-091.000");
/// ```
pub fn format(number: &str) -> String {
    let c = compact(number);
    if c.len() == 15 && c.bytes().all(|b| b.is_ascii_digit()) {
        layout15(&c)
    } else {
        // Unfinished (`013121`): masked as far as typed, `01.312.1`.
        super::partial::progressive(IdentifierKind::Npwp, number).unwrap_or(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifteen_digit_numbers() {
        // The example python-stdnum documents, and a second real-format number.
        assert_eq!(validate("013000666091000").unwrap(), "013000666091000");
        assert_eq!(validate("01.312.166.0-091.000").unwrap(), "013121660091000");
        assert_eq!(validate("013121660091000").unwrap(), "013121660091000");
        assert_eq!(
            validate("013121661091000").unwrap_err().code(),
            "npwp.checksum"
        );
        assert_eq!(
            validate("01312166009100").unwrap_err().code(),
            "npwp.length"
        );
        assert_eq!(
            validate("0131216600910000000").unwrap_err().code(),
            "npwp.length"
        );
        assert_eq!(
            validate("01.312.166.0-091.00A").unwrap_err().code(),
            "npwp.characters"
        );
        assert_eq!(validate(" - ").unwrap_err().code(), "npwp.empty");
    }

    #[test]
    fn sixteen_digit_numbers() {
        assert_eq!(form("0013121660091000").unwrap(), NpwpForm::Prefixed16);
        assert_eq!(
            validate("0013121661091000").unwrap_err().code(),
            "npwp.checksum"
        );
        assert_eq!(form("3275014101900001").unwrap(), NpwpForm::Nik16);
        // NIK with an impossible date (day 32) is not a valid NPWP.
        assert_eq!(
            validate("3275013201900001").unwrap_err().code(),
            "npwp.impossible_date"
        );
        assert_eq!(
            validate("9975014101900001").unwrap_err().code(),
            "npwp.unknown_region"
        );
        assert_eq!(to_16("01.312.166.0-091.000").unwrap(), "0013121660091000");
    }

    #[test]
    fn formatting() {
        assert_eq!(format("013121660091000"), "01.312.166.0-091.000");
        assert_eq!(format("0013121660091000"), "0013121660091000");
        assert_eq!(format("0013.1216.6009.1000"), "0013121660091000");
        assert_eq!(format("3275 0141 0190 0001"), "3275014101900001");
    }
}
