//! P-IRT (SPP-IRT) numbers: the home-industry food production certificate issued by the
//! regency/city government (Peraturan BPOM No. 22 Tahun 2018).
//!
//! 15 digits, written `P-IRT No. 1234567890123-45`: digit 1 the packaging (1 glass,
//! 2 plastic, 3 carton/paper, 4 can, 5 aluminium foil, 6 other, 7 composite, 8 double
//! packaging), digits 2–3 the food type, 4–7 the province and regency/city code, 8–9 the
//! product sequence, 10–13 the producer's sequence in the regency, 14–15 the (two-digit) year
//! the registration expires. P-IRT is a domestic licence: it allows selling in Indonesia, not
//! the health or food-safety proof export markets ask for.
//!
//! Checked: 15 digits and the packaging digit 1–8. The region digits are exposed but not
//! checked, because whether they follow Kemendagri codes is not confirmed for every issuer.
//!
//! ```
//! use umkm::id::pirt::{self, Packaging};
//! let n = "P-IRT No. 2063275010123-29";
//! assert_eq!(pirt::validate(n).unwrap(), "206327501012329");
//! assert_eq!(pirt::packaging(n).unwrap(), Packaging::Plastic);
//! assert_eq!(pirt::expiry_year(n).unwrap(), 2029);
//! assert_eq!(pirt::format("206327501012329"), "P-IRT No. 2063275010123-29");
//! ```

use super::compact::Compact;
use super::digits::{compact_digits, digits, strip_word, trim_start, Digits};
use super::error::{IdentifierError, Reason};
use super::kind::IdentifierKind;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

const SEPARATORS: &[char] = &['.', '-', ':'];

/// Packaging type, the first digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Packaging {
    /// 1: glass.
    Glass,
    /// 2: plastic.
    Plastic,
    /// 3: carton or paper.
    CartonPaper,
    /// 4: can.
    Can,
    /// 5: aluminium foil.
    AluminiumFoil,
    /// 6: other.
    Other,
    /// 7: composite.
    Composite,
    /// 8: double packaging.
    Double,
}

/// Upper-cases ASCII letters (one outside ASCII stays, to be refused) and drops the written prefix (`P-IRT`, `PIRT`, `SPP-IRT`, `No.`) and separators.
pub fn compact(number: &str) -> String {
    let upper = number.trim().to_ascii_uppercase();
    let mut rest = upper.as_str();
    for prefix in ["SPP-IRT", "SPPIRT", "P-IRT", "PIRT"] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r.trim_start();
            break;
        }
    }
    for prefix in ["NO.", "NO:", "NO"] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r;
            break;
        }
    }
    rest.chars()
        .filter(|c| !SEPARATORS.contains(c) && !c.is_whitespace())
        .collect()
}

fn check(number: &str) -> Result<Digits<15>, IdentifierError> {
    if !number.is_ascii() {
        return check_text(number);
    }
    let rest = strip_word(
        trim_start(number.as_bytes()),
        &[b"SPP-IRT", b"SPPIRT", b"P-IRT", b"PIRT"],
        true,
    );
    let rest = strip_word(rest, &[b"NO.", b"NO:", b"NO"], false);
    let d = compact_digits::<15>(rest, b".-:", "15")
        .map_err(|r| IdentifierError::new(IdentifierKind::Pirt, r))?;
    rules(d)
}

/// The general path (any Unicode input): compact, then check. [`check`] gives the same answer
/// for ASCII input without allocating (a property test holds the two together).
fn check_text(number: &str) -> Result<Digits<15>, IdentifierError> {
    let c = compact(number);
    let d = digits::<15>(&c, SEPARATORS, "15")
        .map_err(|r| IdentifierError::new(IdentifierKind::Pirt, r))?;
    rules(d)
}

fn rules(d: Digits<15>) -> Result<Digits<15>, IdentifierError> {
    let e = |r| IdentifierError::new(IdentifierKind::Pirt, r);
    if d.len() != 15 {
        return Err(e(Reason::InvalidLength {
            length: d.len(),
            expected: "15".into(),
        }));
    }
    if !(1..=8).contains(&d.number(0..1)) {
        return Err(e(Reason::InvalidComponent {
            component: "packaging".into(),
        }));
    }
    Ok(d)
}

/// Checks a P-IRT number and returns its 15 digits.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `pirt.` and the rule (`pirt.length`, `pirt.characters`, …: [`Reason`]).
pub fn validate(number: &str) -> Result<Compact, IdentifierError> {
    check(number).map(|d| d.compact(b""))
}

/// True when [`validate`] succeeds. Never panics.
pub fn is_valid(number: &str) -> bool {
    check(number).is_ok()
}

/// The written form `P-IRT No. 1234567890123-45`; invalid input comes back compacted.
pub fn format(number: &str) -> String {
    match check(number) {
        Ok(d) => {
            let s = d.as_str();
            format!(
                "P-IRT No. {}-{}",
                s.get(..13).unwrap_or(""),
                s.get(13..).unwrap_or("")
            )
        }
        // Unfinished (`2063275`): `P-IRT No. 2063275`.
        Err(_) => super::partial::progressive(IdentifierKind::Pirt, number)
            .unwrap_or_else(|| compact(number)),
    }
}

/// The packaging type.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `pirt.` and the rule (`pirt.length`, `pirt.characters`, …: [`Reason`]).
pub fn packaging(number: &str) -> Result<Packaging, IdentifierError> {
    let d = check(number)?;
    Ok(match d.number(0..1) {
        1 => Packaging::Glass,
        2 => Packaging::Plastic,
        3 => Packaging::CartonPaper,
        4 => Packaging::Can,
        5 => Packaging::AluminiumFoil,
        6 => Packaging::Other,
        7 => Packaging::Composite,
        _ => Packaging::Double,
    })
}

/// The year the registration expires (20YY).
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `pirt.` and the rule (`pirt.length`, `pirt.characters`, …: [`Reason`]).
pub fn expiry_year(number: &str) -> Result<i32, IdentifierError> {
    check(number).map(|d| 2000 + d.number(13..15) as i32)
}

/// The four region digits (province and regency/city of the issuer), as printed.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `pirt.` and the rule (`pirt.length`, `pirt.characters`, …: [`Reason`]).
pub fn region_digits(number: &str) -> Result<String, IdentifierError> {
    check(number).map(|d| d.as_str().get(3..7).unwrap_or("").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn ascii_path_answers_as_the_text_path(s in "[ sSpPiIrRtTnNoO0-9.:x\\t\\x0b-]{0,30}") {
            prop_assert_eq!(check(&s).map(|d| d.compact(b"")), check_text(&s).map(|d| d.compact(b"")));
        }

        #[test]
        fn ascii_path_on_written_shapes(s in "\\s*((SPP-|spp|P-|p)IRT\\s*)?(No[.:]?|no)?[ 0-9.:x-]{0,20}") {
            prop_assert_eq!(check(&s).map(|d| d.compact(b"")), check_text(&s).map(|d| d.compact(b"")));
        }
    }

    #[test]
    fn written_forms() {
        assert!(!is_valid("P-ıRT No. 2063275010123-29"));
        for n in [
            "P-IRT No. 2063275010123-29",
            "PIRT 206327501012329",
            "p-irt no: 2063275010123-29",
            "206327501012329",
        ] {
            assert_eq!(validate(n).unwrap(), "206327501012329", "{n}");
        }
        assert_eq!(region_digits("206327501012329").unwrap(), "3275");
        assert_eq!(
            validate("006327501012329").unwrap_err().code(),
            "pirt.component"
        );
        assert_eq!(
            validate("906327501012329").unwrap_err().code(),
            "pirt.component"
        );
        assert_eq!(
            validate("20632750101232").unwrap_err().code(),
            "pirt.length"
        );
        assert_eq!(
            validate("P-IRT No. ABC").unwrap_err().code(),
            "pirt.characters"
        );
    }
}
