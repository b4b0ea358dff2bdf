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

use super::{digits, IdentifierError, IdentifierKind, Reason};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where the registered food is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// `MD` (Makanan Dalam negeri): made in Indonesia.
    Domestic,
    /// `ML` (Makanan Luar negeri): imported.
    Imported,
}

/// Upper-cases, drops `BPOM`, `RI` and separators: `MD224510001234`.
pub fn compact(number: &str) -> String {
    let upper = number.to_uppercase();
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

fn check(number: &str) -> Result<(Origin, super::Digits<12>), IdentifierError> {
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
pub fn validate(number: &str) -> Result<String, IdentifierError> {
    check(number).map(|(o, d)| {
        format!(
            "{}{}",
            if o == Origin::Domestic { "MD" } else { "ML" },
            d.as_str()
        )
    })
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
pub fn origin(number: &str) -> Result<Origin, IdentifierError> {
    check(number).map(|(o, _)| o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_and_lengths() {
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
