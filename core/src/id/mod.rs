//! Indonesian identifiers, each in its own module with the four functions python-stdnum users
//! know: `compact` (strip separators), `validate` (the compact form, or an error saying which
//! rule failed), `is_valid` (never fails), `format` (the official written layout).
//!
//! | module | what | rule |
//! | --- | --- | --- |
//! | [`npwp`] | tax number, 15 or 16 digits | Luhn check digit; 16 digits = `0` + old number, or a NIK (PMK 112/2022) |
//! | [`nitku`] | place-of-business number, 22 digits | NPWP16 + 6-digit branch (PER-6/PJ/2024) |
//! | [`nik`] | population number, 16 digits | region exists, birth date exists |
//! | [`nib`] | business number from OSS, 13 digits | digits only |
//! | [`kbli`] | KBLI 2025 (default) or 2020 business classification | code exists in the edition; division maps to a section (A–V, A–U) |
//! | [`hs`] | HS / BTKI 2022 tariff code | chapter 01–99 except 77 |
//! | [`wilayah`] | Kemendagri region code | code exists in the embedded data |
//! | [`pirt`], [`bpom`], [`halal`] | certificate numbers | public format |

pub mod bpom;
mod compact;
mod digits;
mod error;
pub mod halal;
pub mod hs;
pub mod kbli;
mod kind;
pub mod nib;
pub mod nik;
pub mod nitku;
pub mod npwp;
mod partial;
pub mod pirt;
pub mod wilayah;

pub use compact::Compact;
pub use partial::{check, InputState, PartialCheck};

pub use error::{IdentifierError, Reason};
pub use kind::IdentifierKind;

/// What each identifier module answers, by kind: the dispatch [`check`], the batch functions
/// and the facade go through.
impl IdentifierKind {
    /// The module's `compact`.
    pub fn compact(self, number: &str) -> String {
        match self {
            IdentifierKind::Npwp => npwp::compact(number),
            IdentifierKind::Nitku => nitku::compact(number),
            IdentifierKind::Nik => nik::compact(number),
            IdentifierKind::Nib => nib::compact(number),
            IdentifierKind::Kbli => kbli::compact(number),
            IdentifierKind::Hs => hs::compact(number),
            IdentifierKind::Wilayah => wilayah::compact(number),
            IdentifierKind::Pirt => pirt::compact(number),
            IdentifierKind::Bpom => bpom::compact(number),
            IdentifierKind::Halal => halal::compact(number),
        }
    }

    /// The module's `validate`.
    ///
    /// # Errors
    ///
    /// An [`IdentifierError`](crate::IdentifierError) with the rule the number broke; its code
    /// is the identifier and the rule (`npwp.checksum`), the rules are those of
    /// [`Reason`](crate::id::Reason).
    pub fn validate(self, number: &str) -> Result<Compact, IdentifierError> {
        match self {
            IdentifierKind::Npwp => npwp::validate(number),
            IdentifierKind::Nitku => nitku::validate(number),
            IdentifierKind::Nik => nik::validate(number),
            IdentifierKind::Nib => nib::validate(number),
            IdentifierKind::Kbli => kbli::validate(number),
            IdentifierKind::Hs => hs::validate(number),
            IdentifierKind::Wilayah => wilayah::validate(number),
            IdentifierKind::Pirt => pirt::validate(number),
            IdentifierKind::Bpom => bpom::validate(number),
            IdentifierKind::Halal => halal::validate(number),
        }
    }

    /// The module's `is_valid`.
    pub fn is_valid(self, number: &str) -> bool {
        match self {
            IdentifierKind::Npwp => npwp::is_valid(number),
            IdentifierKind::Nitku => nitku::is_valid(number),
            IdentifierKind::Nik => nik::is_valid(number),
            IdentifierKind::Nib => nib::is_valid(number),
            IdentifierKind::Kbli => kbli::is_valid(number),
            IdentifierKind::Hs => hs::is_valid(number),
            IdentifierKind::Wilayah => wilayah::is_valid(number),
            IdentifierKind::Pirt => pirt::is_valid(number),
            IdentifierKind::Bpom => bpom::is_valid(number),
            IdentifierKind::Halal => halal::is_valid(number),
        }
    }

    /// The module's `format`.
    pub fn format(self, number: &str) -> String {
        match self {
            IdentifierKind::Npwp => npwp::format(number),
            IdentifierKind::Nitku => nitku::format(number),
            IdentifierKind::Nik => nik::format(number),
            IdentifierKind::Nib => nib::format(number),
            IdentifierKind::Kbli => kbli::format(number),
            IdentifierKind::Hs => hs::format(number),
            IdentifierKind::Wilayah => wilayah::format(number),
            IdentifierKind::Pirt => pirt::format(number),
            IdentifierKind::Bpom => bpom::format(number),
            IdentifierKind::Halal => halal::format(number),
        }
    }
}

/// `is_valid` of every number, in order: one pass, one allocation for the answer.
///
/// ```
/// use umkm::id::{is_valid_many, IdentifierKind};
/// let ok = is_valid_many(IdentifierKind::Npwp, &["01.312.166.0-091.000", "01.312.166.1-091.000"]);
/// assert_eq!(ok, [true, false]);
/// ```
pub fn is_valid_many<S: AsRef<str> + Sync>(kind: IdentifierKind, numbers: &[S]) -> Vec<bool> {
    crate::batch::map(numbers, |n| kind.is_valid(n.as_ref()))
}

/// `format` of every number, in order: a register's column written as it is officially.
///
/// ```
/// use umkm::id::{format_many, IdentifierKind};
/// let written = format_many(IdentifierKind::Npwp, &["013121660091000", "0013121660091000"]);
/// assert_eq!(written, ["01.312.166.0-091.000", "0013121660091000"]);
/// ```
pub fn format_many<S: AsRef<str> + Sync>(kind: IdentifierKind, numbers: &[S]) -> Vec<String> {
    crate::batch::map(numbers, |n| kind.format(n.as_ref()))
}

/// `validate` of every number, in order.
pub fn validate_many<S: AsRef<str> + Sync>(
    kind: IdentifierKind,
    numbers: &[S],
) -> Vec<Result<Compact, IdentifierError>> {
    crate::batch::map(numbers, |n| kind.validate(n.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::digits::{digits, luhn_valid};
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn digit_counts_are_wholly_indonesian_in_indonesian_messages() {
        let e = halal::validate("ID 12").unwrap_err();
        assert_eq!(e.code(), "halal.length");
        assert_eq!(
            e.message().id,
            "Nomor sertifikat halal harus 8 sampai 30 digit, bukan 2"
        );
        assert_eq!(
            e.message().en,
            "Halal certificate number must have 8 to 30 digits, not 2"
        );
        let e = npwp::validate("12").unwrap_err();
        assert_eq!(e.message().id, "NPWP harus 15 atau 16 digit, bukan 2");
        assert_eq!(
            hs::validate("123").unwrap_err().message().id,
            "Kode HS harus 2, 4, 6, 8 atau 10 digit, bukan 3"
        );
    }

    proptest! {
        #[test]
        fn from_digits_answers_as_from_integer(value: u128, zeros in 0usize..3) {
            for kind in IdentifierKind::ALL {
                let text = format!("{}{value}", "0".repeat(zeros));
                prop_assert_eq!(kind.from_digits(&text), Some(kind.from_integer(value)));
            }
        }
    }

    #[test]
    fn from_digits_refuses_what_is_no_whole_number_of_u128() {
        let kind = IdentifierKind::Npwp;
        assert_eq!(kind.from_digits(""), None);
        assert_eq!(kind.from_digits("-1"), None);
        assert_eq!(kind.from_digits("1 2"), None);
        assert_eq!(
            kind.from_digits("340282366920938463463374607431768211456"),
            None
        );
        assert_eq!(
            kind.from_digits("340282366920938463463374607431768211455"),
            Some((u128::MAX.to_string(), false))
        );
        assert_eq!(kind.from_digits("000"), Some(("0".to_string(), false)));
    }

    #[test]
    fn luhn_known_values() {
        assert!(luhn_valid(b"79927398713"));
        assert!(!luhn_valid(b"79927398710"));
        assert!(luhn_valid(b"013121660"));
    }

    #[test]
    fn digits_reports_what_is_wrong() {
        assert_eq!(
            digits::<4>("12.34", &['.'], "4").map(|d| d.len()).ok(),
            Some(4)
        );
        assert_eq!(
            digits::<4>("12x4", &['.'], "4").err(),
            Some(Reason::InvalidCharacter {
                character: 'x',
                position: 2
            })
        );
        assert_eq!(digits::<4>("...", &['.'], "4").err(), Some(Reason::Empty));
        assert_eq!(
            digits::<4>("123456", &['.'], "4").err(),
            Some(Reason::InvalidLength {
                length: 6,
                expected: "4".into()
            })
        );
    }
}
