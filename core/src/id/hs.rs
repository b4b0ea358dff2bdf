//! HS (Harmonized System) tariff codes and Indonesia's BTKI 2022.
//!
//! 2 digits chapter, 4 heading, 6 subheading (international, WCO); 8 digits is the national
//! tariff line of BTKI 2022 (PMK 26/2022, in force 1 April 2022, on AHTN 2022); 10 digits is
//! accepted for statistical and partner-country lines. Chapters run 01–97; 77 is reserved and
//! unused; 98 and 99 are kept for national use. Written `0306.17.10` (heading, then pairs).
//!
//! ```
//! use umkm::id::hs;
//! assert_eq!(hs::validate("0306.17.10").unwrap(), "03061710");
//! assert_eq!(hs::chapter("0306.17.10").unwrap(), 3);
//! assert_eq!(hs::format("030617"), "0306.17");
//! assert_eq!(hs::validate("7701").unwrap_err().code(), "hs.unknown_chapter");
//! ```

use super::{digits, strip, Compact, IdentifierError, IdentifierKind, Reason};

const SEPARATORS: &[char] = &['.', '-'];

fn check(code: &str) -> Result<super::Digits<10>, IdentifierError> {
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
    Ok(d)
}

/// Removes dots, dashes and spaces.
pub fn compact(code: &str) -> String {
    strip(code, SEPARATORS)
}

/// Checks an HS code and returns it compact.
pub fn validate(code: &str) -> Result<Compact, IdentifierError> {
    check(code).map(|d| d.compact(b""))
}

/// True when [`validate`] succeeds. Never panics.
pub fn is_valid(code: &str) -> bool {
    check(code).is_ok()
}

/// The written form: `03`, `0306`, `0306.17`, `0306.17.10`, `0306.17.10.00`.
pub fn format(code: &str) -> String {
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
}
