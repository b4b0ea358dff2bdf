//! Countries (ISO 3166-1 alpha-2) and languages (ISO 639-1), compiled in from Debian's
//! iso-codes 4.15.0 (`core/data/countries.csv`, `core/data/languages.csv`).

use crate::reference::data::{COUNTRIES, LANGUAGES};

/// True for an assigned ISO 3166-1 alpha-2 code in upper case (`JP`, `AU`, `NZ`).
pub fn is_country(code: &str) -> bool {
    country_name(code).is_some()
}

/// A two-letter code as one number, ordered as the text (the tables are sorted by code):
/// searching compares numbers, not strings, since every record checks its codes.
fn key(code: &str) -> Option<u16> {
    match code.as_bytes() {
        [a, b] => Some(u16::from_be_bytes([*a, *b])),
        _ => None,
    }
}

/// English short name of a country code (`NZ` → `New Zealand`).
pub fn country_name(code: &str) -> Option<&'static str> {
    let k = key(code)?;
    COUNTRIES
        .binary_search_by(|row| key(row.0).cmp(&Some(k)))
        .ok()
        .and_then(|i| COUNTRIES.get(i))
        .map(|row| row.2)
}

/// Every assigned ISO 3166-1 alpha-2 code, in order (`AD`, `AE`, ...).
pub fn codes() -> impl Iterator<Item = &'static str> {
    COUNTRIES.iter().map(|row| row.0)
}

/// True for an ISO 639-1 two-letter language code in lower case (`id`, `en`, `ja`).
pub fn is_language(code: &str) -> bool {
    language_name(code).is_some()
}

/// English name of a language code (`ja` → `Japanese`).
pub fn language_name(code: &str) -> Option<&'static str> {
    let k = key(code)?;
    LANGUAGES
        .binary_search_by(|row| key(row.0).cmp(&Some(k)))
        .ok()
        .and_then(|i| LANGUAGES.get(i))
        .map(|row| row.1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert_eq!(country_name("JP"), Some("Japan"));
        assert_eq!(country_name("NZ"), Some("New Zealand"));
        assert!(is_country("ID") && is_country("AU") && is_country("SA") && is_country("AE"));
        assert!(!is_country("jp") && !is_country("EU") && !is_country("XX"));
        assert_eq!(language_name("ja"), Some("Japanese"));
        assert!(is_language("id") && is_language("en") && !is_language("EN") && !is_language("xx"));
        assert!(!is_country("") && !is_country("J") && !is_country("JPN") && !is_language("jpn"));
    }

    #[test]
    fn every_code_is_two_letters_in_order() {
        assert!(COUNTRIES.windows(2).all(|w| key(w[0].0) < key(w[1].0)));
        assert!(LANGUAGES.windows(2).all(|w| key(w[0].0) < key(w[1].0)));
        assert!(COUNTRIES
            .iter()
            .all(|r| key(r.0).is_some() && country_name(r.0) == Some(r.2)));
        assert!(LANGUAGES
            .iter()
            .all(|r| key(r.0).is_some() && language_name(r.0) == Some(r.1)));
    }
}
