//! Kemendagri region codes (kode wilayah): province `32`, regency/city `32.75`, district
//! `32.75.01`, village `32.75.01.1001`, written dotted or not.
//!
//! A code is valid when it exists at the levels the embedded data covers (provinces,
//! regencies/cities and districts under Kepmendagri 300.2.2-2138/2025, see
//! [`crate::reference::region`]). Villages are not embedded: a village code is valid when its district
//! exists and its four digits start with 1 (kelurahan) or 2 (desa), as Kemendagri numbers them.
//! A regency code retired by a region split fails with `wilayah.retired_region`, naming its
//! successor; [`resolve`] follows it.
//!
//! ```
//! use umkm::id::wilayah;
//! assert_eq!(wilayah::validate("32.75").unwrap(), "3275");
//! assert_eq!(wilayah::format("3275011001"), "32.75.01.1001");
//! assert_eq!(wilayah::lookup("3276").unwrap().name, "Kota Depok");
//! assert_eq!(wilayah::resolve("91.01").unwrap().name, "Kabupaten Merauke");
//! assert_eq!(wilayah::validate("91.01").unwrap_err().code(), "wilayah.retired_region");
//! ```

use super::compact::Compact;
use super::digits::{digits, strip};
use super::error::{IdentifierError, Reason};
use super::kind::IdentifierKind;
use crate::reference::region::{self, dotted, Level, Region};

const SEPARATORS: &[char] = &['.'];

fn err(reason: Reason) -> IdentifierError {
    IdentifierError::new(IdentifierKind::Wilayah, reason)
}

/// Removes dots and spaces.
pub fn compact(code: &str) -> String {
    strip(code, SEPARATORS)
}

fn level_of(len: usize) -> Option<Level> {
    match len {
        2 => Some(Level::Province),
        4 => Some(Level::Regency),
        6 => Some(Level::District),
        10 => Some(Level::Village),
        _ => None,
    }
}

fn check(code: &str) -> Result<(super::digits::Digits<10>, Level), IdentifierError> {
    let d = digits::<10>(code, SEPARATORS, "2, 4, 6 or 10").map_err(err)?;
    let level = level_of(d.len()).ok_or_else(|| {
        err(Reason::InvalidLength {
            length: d.len(),
            expected: "2, 4, 6 or 10".into(),
        })
    })?;
    let unknown = |n: usize| {
        err(Reason::UnknownRegion {
            code: dotted(u64::from(d.number(0..n)), n),
        })
    };
    if !region::province_exists(d.number(0..2) as u8) {
        return Err(unknown(2));
    }
    if level >= Level::Regency {
        let regency = d.number(0..4) as u16;
        if !region::regency_exists(regency) {
            return Err(match region::successor_of(regency) {
                Some((s, _)) => err(Reason::RetiredRegion {
                    code: dotted(u64::from(regency), 4),
                    successor: dotted(u64::from(s), 4),
                }),
                None => unknown(4),
            });
        }
    }
    if level >= Level::District && !region::district_exists(d.number(0..6)) {
        return Err(unknown(6));
    }
    if level == Level::Village && !matches!(d.as_bytes().get(6), Some(b'1' | b'2')) {
        return Err(err(Reason::InvalidComponent {
            component: "village".into(),
        }));
    }
    Ok((d, level))
}

/// Checks a region code and returns it compact (digits only).
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `wilayah.` and the rule (`wilayah.length`, `wilayah.characters`, …:
/// [`Reason`]).
pub fn validate(code: &str) -> Result<Compact, IdentifierError> {
    check(code).map(|(d, _)| d.compact(b""))
}

/// True when [`validate`] succeeds. Never panics.
pub fn is_valid(code: &str) -> bool {
    check(code).is_ok()
}

/// The dotted form (`32.75.01.1001`); input that is not 2, 4, 6 or 10 digits comes back compacted.
pub fn format(code: &str) -> String {
    let c = compact(code);
    match (level_of(c.len()), c.parse::<u64>()) {
        (Some(_), Ok(n)) if c.bytes().all(|b| b.is_ascii_digit()) => dotted(n, c.len()),
        // Unfinished (`32750`): masked as far as typed, `32.75.0`.
        _ => super::partial::progressive(IdentifierKind::Wilayah, code).unwrap_or(c),
    }
}

/// Level of a valid code.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `wilayah.` and the rule (`wilayah.length`, `wilayah.characters`, …:
/// [`Reason`]).
pub fn level(code: &str) -> Result<Level, IdentifierError> {
    check(code).map(|(_, l)| l)
}

/// The region a valid code names (province, regency/city or district; for a village code, its
/// district, since villages are not embedded). `None` for invalid or retired codes.
pub fn lookup(code: &str) -> Option<Region> {
    let (d, level) = check(code).ok()?;
    let (level, len) = if level == Level::Village {
        (Level::District, 6)
    } else {
        (level, d.len())
    };
    let n = d.number(0..len);
    let name = match level {
        Level::Province => region::province_name(n as u8),
        Level::Regency => region::regency_name(n as u16),
        _ => region::district_name(n),
    }?;
    Some(Region {
        code: dotted(u64::from(n), len),
        level,
        name: name.to_string(),
    })
}

/// Like [`lookup`], but a regency code retired by a split resolves to its successor
/// (`91.01` → `93.01` Kabupaten Merauke, now in Papua Selatan).
pub fn resolve(code: &str) -> Option<Region> {
    lookup(code).or_else(|| successor(code))
}

/// The successor of a retired regency code, if the data records one.
pub fn successor(code: &str) -> Option<Region> {
    let c = compact(code);
    if c.len() != 4 {
        return None;
    }
    let (s, _) = region::successor_of(c.parse().ok()?)?;
    region::regency_resolved(s)
}

/// The enclosing region at a higher level (`32.75.01` at [`Level::Province`] is Jawa Barat).
/// `None` when the code is invalid or already above that level.
pub fn parent(code: &str, level: Level) -> Option<Region> {
    let c = validate(code).ok()?;
    if c.len() < level.digits() || level == Level::Village {
        return None;
    }
    lookup(c.get(..level.digits())?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_and_lookups() {
        assert_eq!(level("32").unwrap(), Level::Province);
        assert_eq!(level("32.16").unwrap(), Level::Regency);
        assert_eq!(lookup("32.16").unwrap().name, "Kabupaten Bekasi");
        assert_eq!(lookup("19.71").unwrap().name, "Kota Pangkal Pinang");
        assert_eq!(lookup("11.01.01").unwrap().name, "Bakongan");
        assert_eq!(
            parent("32.75.01", Level::Province).unwrap().name,
            "Jawa Barat"
        );
        assert_eq!(parent("32.75.01", Level::Regency).unwrap().code, "32.75");
        assert!(parent("32", Level::Regency).is_none());
    }

    #[test]
    fn rejections_name_the_rule() {
        assert_eq!(
            validate("33.99").unwrap_err().code(),
            "wilayah.unknown_region"
        );
        assert_eq!(validate("00").unwrap_err().code(), "wilayah.unknown_region");
        assert_eq!(validate("327").unwrap_err().code(), "wilayah.length");
        assert_eq!(
            validate("32.75.01.3001").unwrap_err().code(),
            "wilayah.component"
        );
        assert_eq!(
            validate("32.75.99").unwrap_err().code(),
            "wilayah.unknown_region"
        );
        assert_eq!(validate("32,75").unwrap_err().code(), "wilayah.characters");
        assert!(is_valid("32.75.01.1001"));
        assert!(is_valid("3216012001"));
    }

    #[test]
    fn retired_codes_map_to_successors() {
        let e = validate("92.71").unwrap_err();
        assert_eq!(
            e.reason,
            Reason::RetiredRegion {
                code: "92.71".into(),
                successor: "96.71".into()
            }
        );
        assert_eq!(resolve("92.71").unwrap().name, "Kota Sorong");
        assert_eq!(successor("9101").unwrap().code, "93.01");
        assert!(successor("3275").is_none());
    }
}
