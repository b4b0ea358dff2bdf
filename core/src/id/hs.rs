//! HS (Harmonized System) tariff codes and Indonesia's BTKI 2022.
//!
//! 2 digits chapter, 4 heading, 6 subheading (international, WCO); 8 digits is the national
//! tariff line of BTKI 2022 (PMK 26/2022, in force 1 April 2022, on AHTN 2022); 10 digits is
//! accepted for statistical and partner-country lines. Chapters run 01–97; 77 is reserved and
//! unused; 98 and 99 are kept for national use. Written `0306.17.10` (heading, then pairs).
//!
//! What is checked: the heading and the subheading a code contains must exist in the HS 2022
//! nomenclature (the WCO's, as UN Comtrade publishes it: 1,228 headings, 5,612 subheadings,
//! `core/data/hs2022.csv`). The national 8- and 10-digit lines are not checked against BTKI
//! (no openly licensed copy of the list was found), only their first six digits; chapters 98
//! and 99 are national and only their length is checked. A code of an older edition that HS
//! 2022 dropped is refused: convert it first.
//!
//! ```
//! use umkm::id::hs;
//! assert_eq!(hs::validate("0306.17.10").unwrap(), "03061710");
//! assert_eq!(hs::chapter("0306.17.10").unwrap(), 3);
//! assert_eq!(hs::format("030617"), "0306.17");
//! assert_eq!(hs::validate("7701").unwrap_err().code(), "hs.unknown_chapter");
//! // Heading 1604 (prepared fish) has no subheading 1604.99 in HS 2022.
//! assert_eq!(hs::validate("1604.99").unwrap_err().code(), "hs.unknown_subheading");
//! ```

use super::compact::Compact;
use super::digits::{digits, strip};
use super::error::{IdentifierError, Reason};
use super::kind::IdentifierKind;
use crate::reference::data::{HS_HEADINGS, HS_SUBHEADING_ENDS, HS_SUBHEADING_SUFFIXES};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The edition of the nomenclature headings and subheadings are checked against.
pub const EDITION: &str = "HS 2022";

const SEPARATORS: &[char] = &['.', '-'];

/// Whether the heading at `heading` (its place in `HS_HEADINGS`) has the subheading whose last
/// two digits are `suffix`.
fn subheading_exists(heading: usize, suffix: u8) -> bool {
    let start = heading
        .checked_sub(1)
        .and_then(|i| HS_SUBHEADING_ENDS.get(i))
        .map_or(0, |e| usize::from(*e));
    let end = HS_SUBHEADING_ENDS
        .get(heading)
        .map_or(start, |e| usize::from(*e));
    HS_SUBHEADING_SUFFIXES
        .get(start..end)
        .is_some_and(|run| run.binary_search(&suffix).is_ok())
}

fn check(code: &str) -> Result<super::digits::Digits<10>, IdentifierError> {
    let e = |r| IdentifierError::new(IdentifierKind::Hs, r);
    let d = digits::<10>(code, SEPARATORS, "2, 4, 6, 8 or 10").map_err(e)?;
    if !matches!(d.len(), 2 | 4 | 6 | 8 | 10) {
        return Err(e(Reason::InvalidLength {
            length: d.len(),
            expected: "2, 4, 6, 8 or 10".into(),
        }));
    }
    let chapter = d.number(0..2);
    if chapter == 0 || chapter == 77 {
        return Err(e(Reason::UnknownChapter {
            chapter: format!("{chapter:02}"),
        }));
    }
    if chapter >= 98 {
        return Ok(d); // national chapters: BTKI's own, not in the WCO nomenclature
    }
    if d.len() < 4 {
        return Ok(d);
    }
    let Ok(heading) = HS_HEADINGS.binary_search(&(d.number(0..4) as u16)) else {
        return Err(e(Reason::UnknownHeading {
            heading: layout(d.as_str().get(..4).unwrap_or("")),
        }));
    };
    if d.len() >= 6 && !subheading_exists(heading, d.number(4..6) as u8) {
        return Err(e(Reason::UnknownSubheading {
            subheading: layout(d.as_str().get(..6).unwrap_or("")),
        }));
    }
    Ok(d)
}

/// Removes dots, dashes and spaces.
pub fn compact(code: &str) -> String {
    strip(code, SEPARATORS)
}

/// Checks an HS code and returns it compact.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `hs.` and the rule (`hs.length`, `hs.characters`, …: [`Reason`]).
pub fn validate(code: &str) -> Result<Compact, IdentifierError> {
    check(code).map(|d| d.compact(b""))
}

/// True when [`validate`] succeeds. Never panics.
pub fn is_valid(code: &str) -> bool {
    check(code).is_ok()
}

/// The written form: `03`, `0306`, `0306.17`, `0306.17.10`, `0306.17.10.00`.
pub fn format(code: &str) -> String {
    // Unfinished (`03061`): masked as far as typed, `0306.1`.
    super::partial::progressive(IdentifierKind::Hs, code).unwrap_or_else(|| layout(code))
}

/// The layout of [`format`] without the unfinished case (what error messages show).
fn layout(code: &str) -> String {
    let c = compact(code);
    if !c.bytes().all(|b| b.is_ascii_digit()) || c.len() < 4 {
        return c;
    }
    let mut out = c.get(..4).unwrap_or("").to_string();
    let mut i = 4;
    while let Some(pair) = c.get(i..i + 2) {
        out.push('.');
        out.push_str(pair);
        i += 2;
    }
    if let Some(rest) = c.get(i..).filter(|r| !r.is_empty()) {
        out.push_str(rest);
    }
    out
}

/// The chapter (first two digits) of a valid code.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `hs.` and the rule (`hs.length`, `hs.characters`, …: [`Reason`]).
pub fn chapter(code: &str) -> Result<u8, IdentifierError> {
    check(code).map(|d| d.number(0..2) as u8)
}

/// The four-digit heading of a valid code of at least four digits.
pub fn heading(code: &str) -> Option<String> {
    let d = check(code).ok()?;
    d.as_str().get(..4).map(str::to_string)
}

/// Truncates a valid code to `len` digits (2, 4 or 6: chapter, heading, subheading), for
/// grouping shipments whatever detail they were recorded at.
pub fn truncate(code: &str, len: usize) -> Option<String> {
    let d = check(code).ok()?;
    if !matches!(len, 2 | 4 | 6) || d.len() < len {
        return None;
    }
    d.as_str().get(..len).map(str::to_string)
}

/// What the embedded nomenclature says about a valid code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HsEntry {
    /// The code, compact.
    pub code: String,
    /// The edition the code was checked against (`HS 2022`).
    pub edition: String,
    /// The two-digit chapter.
    pub chapter: String,
    /// The four-digit heading, for a code of four digits or more.
    #[serde(default)]
    pub heading: Option<String>,
    /// The six-digit subheading, for a code of six digits or more.
    #[serde(default)]
    pub subheading: Option<String>,
    /// The English description of the most detailed HS 2022 level of the code (the subheading
    /// of a national 8-digit line); `None` in builds without the `descriptions` feature (the
    /// npm package) and for the national chapters 98 and 99.
    #[serde(default)]
    pub description: Option<String>,
    /// The code `description` describes (`030617` for `03061710`).
    #[serde(default)]
    pub described: Option<String>,
}

/// A valid code with its chapter, heading, subheading and, where the build has them, the
/// description of its most detailed HS 2022 level.
///
/// ```
/// use umkm::id::hs;
/// let e = hs::lookup("0306.17.10").unwrap();
/// assert_eq!(e.subheading.as_deref(), Some("030617"));
/// assert_eq!(e.described.as_deref(), Some("030617"));
/// # #[cfg(feature = "descriptions")]
/// assert!(e.description.unwrap().starts_with("Crustaceans; frozen, shrimps and prawns"));
/// ```
///
/// # Errors
/// The code's [`validate`] error (`hs.length`, `hs.unknown_heading`, ...).
pub fn lookup(code: &str) -> Result<HsEntry, IdentifierError> {
    let d = check(code)?;
    let digits = d.as_str();
    let part = |n: usize| (digits.len() >= n).then(|| digits.get(..n).unwrap_or("").to_string());
    let described = [6, 4, 2]
        .into_iter()
        .find(|n| digits.len() >= *n && d.number(0..2) < 98)
        .and_then(&part);
    Ok(HsEntry {
        code: digits.to_string(),
        edition: EDITION.to_string(),
        chapter: digits.get(..2).unwrap_or("").to_string(),
        heading: part(4),
        subheading: part(6),
        description: described.as_deref().and_then(description),
        described,
    })
}

#[cfg(feature = "descriptions")]
fn description(code: &str) -> Option<String> {
    let text = &crate::reference::data::HS_TEXT;
    let i = text.binary_search_by(|(c, _)| (*c).cmp(code)).ok()?;
    text.get(i).map(|(_, t)| t.to_string())
}

#[cfg(not(feature = "descriptions"))]
fn description(_: &str) -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_and_chapters() {
        for ok in [
            "03",
            "0306",
            "030617",
            "03061710",
            "0306171000",
            "44.21",
            "9403.60",
            "99",
        ] {
            assert!(is_valid(ok), "{ok}");
        }
        assert_eq!(validate("030").unwrap_err().code(), "hs.length");
        assert_eq!(validate("030617100").unwrap_err().code(), "hs.length");
        assert_eq!(validate("00").unwrap_err().code(), "hs.unknown_chapter");
        assert_eq!(heading("0306.17.10").as_deref(), Some("0306"));
        assert_eq!(truncate("0306.17.10", 6).as_deref(), Some("030617"));
        assert!(truncate("0306", 6).is_none());
        assert_eq!(format("03061710"), "0306.17.10");
        assert_eq!(format("0306171000"), "0306.17.10.00");
        assert_eq!(format("03"), "03");
    }

    #[test]
    fn the_compact_subheading_table_holds_exactly_the_csv_list() {
        // Every 6-digit code under every heading of HS 2022, tried against the source file.
        let listed: std::collections::HashSet<&str> = include_str!("../../data/hs2022.csv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter_map(|l| l.split(',').next())
            .filter(|c| c.len() == 6)
            .collect();
        assert_eq!(listed.len(), 5612);
        for heading in HS_HEADINGS {
            for suffix in 0..100 {
                let code = format!("{heading:04}{suffix:02}");
                assert_eq!(is_valid(&code), listed.contains(code.as_str()), "{code}");
            }
        }
    }

    #[test]
    fn headings_and_subheadings_must_exist_in_hs_2022() {
        // Chapter 10 (cereals) has headings 1001-1008 only; heading 1604 has 1604.11-1604.20
        // and 1604.31-1604.32; 0901.11 is green coffee.
        assert_eq!(validate("1099").unwrap_err().code(), "hs.unknown_heading");
        assert_eq!(
            validate("1099.10").unwrap_err().code(),
            "hs.unknown_heading"
        );
        assert_eq!(
            validate("1604.99").unwrap_err().code(),
            "hs.unknown_subheading"
        );
        assert_eq!(
            validate("1604.99.10").unwrap_err().code(),
            "hs.unknown_subheading"
        );
        assert_eq!(
            validate("1604.99").unwrap_err().message().en,
            "HS code: subheading 1604.99 is not in HS 2022"
        );
        for ok in [
            "0901.11",
            "1604.20",
            "1604.32",
            "8517.13",
            "98",
            "9801.00.00",
            "99",
        ] {
            assert!(is_valid(ok), "{ok}");
        }
        // HS 2022 split 8517.12 (mobile phones) into 8517.13 and 8517.14.
        assert_eq!(
            validate("8517.12").unwrap_err().code(),
            "hs.unknown_subheading"
        );
        assert_eq!(
            (HS_HEADINGS.len(), HS_SUBHEADING_SUFFIXES.len()),
            (1228, 5612)
        );
    }

    #[test]
    fn lookup_names_the_levels_and_describes_the_most_detailed() {
        let e = lookup("1604.20").unwrap();
        assert_eq!(
            (e.chapter.as_str(), e.heading.as_deref()),
            ("16", Some("1604"))
        );
        assert_eq!(e.edition, "HS 2022");
        assert_eq!(e.described.as_deref(), Some("160420"));
        #[cfg(feature = "descriptions")]
        assert_eq!(
            e.description.as_deref(),
            Some("Fish preparations; fish minced or in forms n.e.c. in heading no. 1604, prepared or preserved")
        );
        let chapter = lookup("09").unwrap();
        assert_eq!((chapter.heading, chapter.subheading), (None, None));
        #[cfg(feature = "descriptions")]
        assert_eq!(
            chapter.description.as_deref(),
            Some("Coffee, tea, mate and spices")
        );
        let national = lookup("9801").unwrap();
        assert_eq!((national.described, national.description), (None, None));
        assert_eq!(lookup("1099").unwrap_err().code(), "hs.unknown_heading");
    }
}
