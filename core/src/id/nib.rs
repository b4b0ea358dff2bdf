//! NIB (Nomor Induk Berusaha), the business identification number issued through OSS. 13
//! digits with no public check digit, so only the length and the characters can be checked.
//!
//! Its legal basis changed twice without changing the number ([`legal_basis`]): PP 24/2018
//! (OSS, from 21 June 2018), PP 5/2021 on risk-based licensing (from 2 February 2021) and PP
//! 28/2025, which replaced PP 5/2021 from 5 June 2025; NIBs issued earlier stay valid and no
//! change to the number's form was found.
//!
//! ```
//! use umkm::id::nib;
//! assert_eq!(nib::validate("9120 0012 3456 7").unwrap(), "9120001234567");
//! assert_eq!(nib::validate("912000123456").unwrap_err().code(), "nib.length");
//! ```

use super::compact::Compact;
use super::digits::{digits, strip};
use super::error::{IdentifierError, Reason};
use super::kind::IdentifierKind;
use chrono::NaiveDate;

/// The regulations NIBs are issued under, newest first: (first day, citation).
const BASES: [((i32, u32, u32), &str); 3] = [
    (
        (2025, 6, 5),
        "PP No. 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko",
    ),
    (
        (2021, 2, 2),
        "PP No. 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko",
    ),
    (
        (2018, 6, 21),
        "PP No. 24 Tahun 2018 tentang Pelayanan Perizinan Berusaha Terintegrasi Secara Elektronik",
    ),
];

/// The regulation NIBs were issued under on `date`; `None` before OSS (21 June 2018).
///
/// ```
/// use umkm::id::nib;
/// use chrono::NaiveDate;
/// let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert!(nib::legal_basis(on(2025, 6, 4)).unwrap().starts_with("PP No. 5 Tahun 2021"));
/// assert!(nib::legal_basis(on(2025, 6, 5)).unwrap().starts_with("PP No. 28 Tahun 2025"));
/// assert_eq!(nib::legal_basis(on(2018, 6, 20)), None);
/// ```
pub fn legal_basis(date: NaiveDate) -> Option<&'static str> {
    BASES
        .iter()
        .find(|((y, m, d), _)| NaiveDate::from_ymd_opt(*y, *m, *d).is_some_and(|from| from <= date))
        .map(|(_, citation)| *citation)
}

const SEPARATORS: &[char] = &['.', '-'];

fn check(number: &str) -> Result<super::digits::Digits<13>, IdentifierError> {
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
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `nib.` and the rule (`nib.length`, `nib.characters`, …: [`Reason`]).
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
