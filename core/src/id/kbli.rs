//! KBLI (Klasifikasi Baku Lapangan Usaha Indonesia) business classification codes.
//!
//! KBLI 2020 (Peraturan BPS No. 2 Tahun 2020, based on ISIC Rev.4): a business activity is a
//! five-digit *kelompok*; its first two digits are the division (*golongan pokok*), which
//! belongs to one section (*kategori*) A–U. Divisions 04, 34, 40, 44, 48, 54, 57, 67, 76, 83
//! and 89 belong to no section and are rejected (`kbli.unknown_division`).
//!
//! What is checked: the code must be one of the 1,791 five-digit codes of KBLI 2020
//! (`core/data/kbli2020.csv`, merged from two public transcriptions of BPS's book; OSS uses
//! the same codes), else `kbli.unknown_code`: 10999 has the right shape and an existing
//! division but KBLI 2020 has no group 109. The titles come with [`lookup`] in builds with the
//! `kbli-titles` feature (Rust by default, Python, the full npm module).
//!
//! KBLI 2025 (Peraturan BPS No. 7 Tahun 2025) re-letters the sections from J onward; no
//! machine-readable list of it or of BPS's correspondence table between the editions was found,
//! so only KBLI 2020 is embedded and there is no conversion. The tables are keyed by
//! [`KbliVersion`] so the edition can be added as data.
//!
//! ```
//! use umkm::id::kbli;
//! assert_eq!(kbli::validate("10792").unwrap(), "10792");
//! assert_eq!(kbli::section("10792").unwrap().letter, 'C');
//! assert_eq!(kbli::validate("40100").unwrap_err().code(), "kbli.unknown_division");
//! assert_eq!(kbli::validate("10999").unwrap_err().code(), "kbli.unknown_code");
//! ```

use super::compact::Compact;
use super::digits::{digits, strip};
use super::error::{IdentifierError, Reason};
use super::kind::IdentifierKind;
use crate::reference::data::{
    KBLI_2020_CLASSES_PER_DIVISION, KBLI_2020_CLASS_ENDS, KBLI_2020_DIGITS_HIGH,
    KBLI_2020_DIGITS_LOW,
};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

const SEPARATORS: &[char] = &['.'];

/// Edition of the KBLI. Written `"kbli2020"`; read from that, from the year `2020` or from
/// `"2020"`. An edition that is not embedded (KBLI 2025) is refused when read, naming the
/// editions there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum KbliVersion {
    /// KBLI 2020, Peraturan BPS No. 2 Tahun 2020.
    #[default]
    Kbli2020,
}

impl KbliVersion {
    /// The latest edition embedded: what every KBLI function checks against unless told.
    pub const LATEST: KbliVersion = KbliVersion::Kbli2020;
    /// Every edition embedded.
    pub const EMBEDDED: [KbliVersion; 1] = [KbliVersion::Kbli2020];

    /// The year of the edition.
    ///
    /// ```
    /// use umkm::id::kbli::KbliVersion;
    /// assert_eq!(KbliVersion::LATEST.year(), 2020);
    /// ```
    pub const fn year(self) -> u16 {
        match self {
            KbliVersion::Kbli2020 => 2020,
        }
    }

    /// The embedded edition of a year, if there is one (`2020`; not `2025`).
    pub fn of_year(year: u64) -> Option<KbliVersion> {
        Self::EMBEDDED
            .into_iter()
            .find(|v| u64::from(v.year()) == year)
    }
}

/// The names an edition is read from, for the error that lists them.
const EDITION_NAMES: &[&str] = &["2020", "kbli2020"];

impl<'de> Deserialize<'de> for KbliVersion {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Edition;
        impl serde::de::Visitor<'_> for Edition {
            type Value = KbliVersion;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a KBLI edition: 2020 or \"kbli2020\"")
            }
            fn visit_u64<E: serde::de::Error>(self, year: u64) -> Result<KbliVersion, E> {
                KbliVersion::of_year(year)
                    .ok_or_else(|| E::unknown_variant(&year.to_string(), EDITION_NAMES))
            }
            fn visit_i64<E: serde::de::Error>(self, year: i64) -> Result<KbliVersion, E> {
                match u64::try_from(year) {
                    Ok(year) => self.visit_u64(year),
                    Err(_) => Err(E::unknown_variant(&year.to_string(), EDITION_NAMES)),
                }
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<KbliVersion, E> {
                let year = text.strip_prefix("kbli").unwrap_or(text);
                match year.parse::<u64>().ok().and_then(KbliVersion::of_year) {
                    Some(v) if year.len() == 4 => Ok(v),
                    _ => Err(E::unknown_variant(text, EDITION_NAMES)),
                }
            }
        }
        deserializer.deserialize_any(Edition)
    }
}

/// A KBLI section (kategori).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Section {
    /// Letter A–U.
    pub letter: char,
    /// First division of the section.
    pub first_division: u8,
    /// Last division of the section.
    pub last_division: u8,
    /// Title in Indonesian (KBLI).
    pub title_id: String,
    /// Title in English (ISIC Rev.4).
    pub title_en: String,
}

/// KBLI 2020 sections: letter and division range. The titles are a table of their own
/// ([`TITLES_2020`], same order), so checking a code reads no text: the identifiers-only
/// WebAssembly module (umkm/id) carries no titles.
static KBLI_2020: [(char, u8, u8); 21] = [
    ('A', 1, 3),
    ('B', 5, 9),
    ('C', 10, 33),
    ('D', 35, 35),
    ('E', 36, 39),
    ('F', 41, 43),
    ('G', 45, 47),
    ('H', 49, 53),
    ('I', 55, 56),
    ('J', 58, 63),
    ('K', 64, 66),
    ('L', 68, 68),
    ('M', 69, 75),
    ('N', 77, 82),
    ('O', 84, 84),
    ('P', 85, 85),
    ('Q', 86, 88),
    ('R', 90, 93),
    ('S', 94, 96),
    ('T', 97, 98),
    ('U', 99, 99),
];

/// Indonesian and English titles of the KBLI 2020 sections, in the order of [`KBLI_2020`].
static TITLES_2020: [(&str, &str); 21] = [
    ("Pertanian, Kehutanan dan Perikanan", "Agriculture, forestry and fishing"),
    ("Pertambangan dan Penggalian", "Mining and quarrying"),
    ("Industri Pengolahan", "Manufacturing"),
    ("Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin", "Electricity, gas, steam and air conditioning supply"),
    ("Treatment Air, Treatment Air Limbah, Treatment dan Pemulihan Material Sampah, dan Aktivitas Remediasi", "Water supply; sewerage, waste management and remediation activities"),
    ("Konstruksi", "Construction"),
    ("Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor", "Wholesale and retail trade; repair of motor vehicles and motorcycles"),
    ("Pengangkutan dan Pergudangan", "Transportation and storage"),
    ("Penyediaan Akomodasi dan Penyediaan Makan Minum", "Accommodation and food service activities"),
    ("Informasi dan Komunikasi", "Information and communication"),
    ("Aktivitas Keuangan dan Asuransi", "Financial and insurance activities"),
    ("Real Estat", "Real estate activities"),
    ("Aktivitas Profesional, Ilmiah dan Teknis", "Professional, scientific and technical activities"),
    ("Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi, Ketenagakerjaan, Agen Perjalanan dan Penunjang Usaha Lainnya", "Administrative and support service activities"),
    ("Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib", "Public administration and defence; compulsory social security"),
    ("Pendidikan", "Education"),
    ("Aktivitas Kesehatan Manusia dan Aktivitas Sosial", "Human health and social work activities"),
    ("Kesenian, Hiburan dan Rekreasi", "Arts, entertainment and recreation"),
    ("Aktivitas Jasa Lainnya", "Other service activities"),
    ("Aktivitas Rumah Tangga sebagai Pemberi Kerja; Aktivitas yang Menghasilkan Barang dan Jasa oleh Rumah Tangga yang Digunakan untuk Memenuhi Kebutuhan Sendiri", "Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use"),
    ("Aktivitas Badan Internasional dan Badan Ekstra Internasional Lainnya", "Activities of extraterritorial organizations and bodies"),
];

/// Divisions of KBLI 2020 that belong to no section.
const UNUSED_2020: [u8; 11] = [4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89];

/// The place in [`KBLI_2020`] of the section a division belongs to.
fn section_index(version: KbliVersion, division: u8) -> Option<usize> {
    let KbliVersion::Kbli2020 = version;
    if UNUSED_2020.contains(&division) {
        return None;
    }
    KBLI_2020
        .iter()
        .position(|s| (s.1..=s.2).contains(&division))
}

/// The section of the section at `index` in [`KBLI_2020`].
fn section_at(index: usize) -> Option<Section> {
    let (letter, first, last) = *KBLI_2020.get(index)?;
    let (title_id, title_en) = *TITLES_2020.get(index)?;
    Some(Section {
        letter,
        first_division: first,
        last_division: last,
        title_id: title_id.to_string(),
        title_en: title_en.to_string(),
    })
}

/// The section of a two-digit division in a KBLI version.
pub fn section_of_division(version: KbliVersion, division: u8) -> Option<Section> {
    section_index(version, division).and_then(section_at)
}

/// The digits of a valid code and the place of its section in [`KBLI_2020`].
fn check(code: &str) -> Result<(super::digits::Digits<5>, usize), IdentifierError> {
    let e = |r| IdentifierError::new(IdentifierKind::Kbli, r);
    let d = digits::<5>(code, SEPARATORS, "5").map_err(e)?;
    if d.len() != 5 {
        return Err(e(Reason::InvalidLength {
            length: d.len(),
            expected: "5".into(),
        }));
    }
    let division = d.number(0..2) as u8;
    let section = section_index(KbliVersion::Kbli2020, division).ok_or_else(|| {
        e(Reason::UnknownDivision {
            division: format!("{division:02}"),
        })
    })?;
    if !exists(d.number(0..5)) {
        return Err(e(Reason::UnknownCode {
            code: d.as_str().to_string(),
        }));
    }
    Ok((d, section))
}

/// Whether KBLI 2020 has the five-digit code `number`: its class (the first four digits) is
/// among its division's classes and the class has its last digit. At most 100 + 40 steps.
fn exists(number: u32) -> bool {
    let (division, class, digit) = (number / 1000, (number / 10 % 100) as u8, number % 10);
    let counts = KBLI_2020_CLASSES_PER_DIVISION
        .iter()
        .map(|&n| usize::from(n));
    let first: usize = counts.clone().take(division as usize).sum();
    let Some(count) = counts.clone().nth(division as usize) else {
        return false;
    };
    (first..first + count)
        .find(|&i| KBLI_2020_CLASS_ENDS.get(i) == Some(&class))
        .and_then(|i| {
            Some((
                *KBLI_2020_DIGITS_LOW.get(i)?,
                *KBLI_2020_DIGITS_HIGH.get(i / 4)? >> (i % 4 * 2) & 3,
            ))
        })
        .is_some_and(|(low, high)| (u16::from(low) | u16::from(high) << 8) & (1 << digit) != 0)
}

/// Removes dots and spaces.
pub fn compact(code: &str) -> String {
    strip(code, SEPARATORS)
}

/// Checks a five-digit KBLI 2020 code and returns it compact.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `kbli.` and the rule (`kbli.length`, `kbli.characters`, …: [`Reason`]).
pub fn validate(code: &str) -> Result<Compact, IdentifierError> {
    check(code).map(|(d, _)| d.compact(b""))
}

/// True when [`validate`] succeeds. Never panics.
pub fn is_valid(code: &str) -> bool {
    check(code).is_ok()
}

/// KBLI codes are written as their five digits.
pub fn format(code: &str) -> String {
    compact(code)
}

/// The section (kategori) of a valid code.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `kbli.` and the rule (`kbli.length`, `kbli.characters`, …: [`Reason`]).
pub fn section(code: &str) -> Result<Section, IdentifierError> {
    let (d, index) = check(code)?;
    section_at(index).ok_or_else(|| {
        IdentifierError::new(
            IdentifierKind::Kbli,
            Reason::UnknownDivision {
                division: format!("{:02}", d.number(0..2)),
            },
        )
    })
}

/// The two-digit division (golongan pokok) of a valid code.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `kbli.` and the rule (`kbli.length`, `kbli.characters`, …: [`Reason`]).
pub fn division(code: &str) -> Result<u8, IdentifierError> {
    check(code).map(|(d, _)| d.number(0..2) as u8)
}

/// True for manufacturing (section C, divisions 10–33): the activities of industri, to which
/// the IKM classification of Permenperin 64/2016 applies.
pub fn is_manufacturing(code: &str) -> bool {
    check(code).is_ok_and(|(_, s)| KBLI_2020.get(s).is_some_and(|s| s.0 == 'C'))
}

/// What the embedded KBLI says about a valid code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KbliEntry {
    /// The five digits.
    pub code: String,
    /// The edition the code was checked against.
    pub version: KbliVersion,
    /// The section (kategori) letter, A–U.
    pub section: char,
    /// The two-digit division (golongan pokok).
    pub division: String,
    /// The title in Indonesian as BPS prints it (in capitals, `INDUSTRI KUE BASAH`); `None`
    /// in builds without the `kbli-titles` feature (the identifiers-only npm module, umkm/id).
    #[serde(default)]
    pub title: Option<String>,
}

/// A valid code with its section, division and, where the build has them, its title.
///
/// ```
/// use umkm::id::kbli;
/// let e = kbli::lookup("10792").unwrap();
/// assert_eq!((e.section, e.division.as_str()), ('C', "10"));
/// # #[cfg(feature = "kbli-titles")]
/// assert_eq!(e.title.as_deref(), Some("INDUSTRI KUE BASAH"));
/// assert_eq!(kbli::lookup("10999").unwrap_err().code(), "kbli.unknown_code");
/// ```
///
/// # Errors
/// The code's [`validate`] error (`kbli.length`, `kbli.unknown_code`, ...).
pub fn lookup(code: &str) -> Result<KbliEntry, IdentifierError> {
    lookup_in(code, KbliVersion::LATEST)
}

/// [`lookup`] in a named edition (facade `kbli.lookup` with `version`, Python
/// `umkm.kbli.lookup("10792", version=2020)`, JS `kbli.lookup("10792", 2020)`). Only KBLI 2020
/// is embedded: BPS's KBLI 2025 (Peraturan BPS No. 7 Tahun 2025) and its correspondence with
/// KBLI 2020 were not found as a list that could be embedded, so there is no `convert` yet.
///
/// ```
/// use umkm::id::kbli::{self, KbliVersion};
/// let e = kbli::lookup_in("10792", KbliVersion::Kbli2020).unwrap();
/// assert_eq!(e.version, KbliVersion::Kbli2020);
/// ```
///
/// # Errors
/// The code's [`validate`] error in that edition.
pub fn lookup_in(code: &str, version: KbliVersion) -> Result<KbliEntry, IdentifierError> {
    let KbliVersion::Kbli2020 = version;
    let (d, index) = check(code)?;
    let digits = d.as_str();
    Ok(KbliEntry {
        code: digits.to_string(),
        version,
        section: KBLI_2020.get(index).map_or('?', |s| s.0),
        division: digits.get(..2).unwrap_or("").to_string(),
        title: title(digits),
    })
}

/// The title of a code, found by halving the sorted `code title` lines of the text.
#[cfg(feature = "kbli-titles")]
fn title(code: &str) -> Option<String> {
    let text = crate::reference::data::KBLI_2020_TITLES;
    let (mut low, mut high) = (0, text.len());
    while low < high {
        // The line that holds the middle byte: from after the newline before it.
        let middle = low + (high - low) / 2;
        let start = text
            .get(..middle)?
            .rfind('\n')
            .map_or(0, |i| i + 1)
            .max(low);
        let end = text
            .get(start..)?
            .find('\n')
            .map_or(text.len(), |i| start + i + 1);
        let line = text.get(start..end)?.trim_end();
        let (key, title) = line.split_once(' ')?;
        match key.cmp(code) {
            std::cmp::Ordering::Equal => return Some(title.to_string()),
            std::cmp::Ordering::Less => low = end,
            std::cmp::Ordering::Greater => high = start,
        }
    }
    None
}

#[cfg(not(feature = "kbli-titles"))]
fn title(_: &str) -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_division_has_at_most_one_section() {
        for division in 0u8..=99 {
            let hits = KBLI_2020
                .iter()
                .filter(|s| (s.1..=s.2).contains(&division))
                .count();
            let expected = section_of_division(KbliVersion::Kbli2020, division);
            assert!(hits <= 1);
            if division == 0 {
                assert!(expected.is_none());
            }
        }
        assert_eq!(section("01111").unwrap().letter, 'A');
        assert_eq!(section("47111").unwrap().letter, 'G');
        assert_eq!(section("99000").unwrap().letter, 'U');
        assert_eq!(section("13134").unwrap().title_en, "Manufacturing");
        for d in UNUSED_2020 {
            assert_eq!(
                validate(&format!("{d:02}100")).unwrap_err().code(),
                "kbli.unknown_division"
            );
        }
        assert_eq!(
            validate("00000").unwrap_err().code(),
            "kbli.unknown_division"
        );
        assert_eq!(validate("1079").unwrap_err().code(), "kbli.length");
        assert!(is_manufacturing("10213"));
        assert!(!is_manufacturing("47111"));
    }

    /// Every code of the CSV validates; every other five-digit number does not; every listed
    /// code has its title.
    #[test]
    fn exactly_the_listed_codes_exist() {
        let listed: std::collections::HashSet<&str> = include_str!("../../data/kbli2020.csv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter_map(|l| l.split(',').next())
            .collect();
        assert_eq!(listed.len(), 1791);
        for number in 0..100_000 {
            let code = format!("{number:05}");
            assert_eq!(is_valid(&code), listed.contains(code.as_str()), "{code}");
            #[cfg(feature = "kbli-titles")]
            assert_eq!(
                title(&code).is_some(),
                listed.contains(code.as_str()),
                "{code}"
            );
        }
    }

    /// Codes and titles as Peraturan BPS 2/2020 prints them, from both edges of the list and
    /// the six codes only one transcription has.
    #[test]
    fn codes_that_exist_and_codes_that_do_not() {
        for ok in [
            "01111", "10433", "10792", "13134", "16291", "35117", "35202", "91035", "99000",
        ] {
            assert!(is_valid(ok), "{ok}");
        }
        // Group 109 does not exist (101-108 do); class 1079 has 10791-10799 but no 10790;
        // 47111 exists, 47110 does not; 00000 and 99999 are past both ends.
        for (bad, code) in [
            ("10999", "kbli.unknown_code"),
            ("10790", "kbli.unknown_code"),
            ("47110", "kbli.unknown_code"),
            ("99999", "kbli.unknown_code"),
            ("00000", "kbli.unknown_division"),
        ] {
            assert_eq!(validate(bad).unwrap_err().code(), code, "{bad}");
            assert!(!is_valid(bad));
        }
        let e = validate("10999").unwrap_err();
        assert_eq!(e.message().en, "KBLI: code 10999 is not in KBLI 2020");
        assert_eq!(e.message().id, "KBLI: kode 10999 tidak ada dalam KBLI 2020");
        let entry = lookup("99000").unwrap();
        assert_eq!((entry.section, entry.division.as_str()), ('U', "99"));
        assert_eq!(entry.version, KbliVersion::Kbli2020);
        #[cfg(feature = "kbli-titles")]
        {
            assert_eq!(
                lookup("13134").unwrap().title.as_deref(),
                Some("INDUSTRI BATIK")
            );
            assert_eq!(
                lookup("01111").unwrap().title.as_deref(),
                Some("PERTANIAN JAGUNG")
            );
            assert_eq!(
                entry.title.as_deref(),
                Some("AKTIVITAS BADAN INTERNASIONAL DAN BADAN EKSTRA INTERNASIONAL LAINNYA")
            );
        }
        assert_eq!(lookup("1079").unwrap_err().code(), "kbli.length");
    }

    /// The edition is read from the year or its name; KBLI 2025 is not embedded and says so.
    #[test]
    fn an_edition_is_read_from_its_year_or_name() {
        use serde_json::{from_value, json};
        for ok in [json!(2020), json!("2020"), json!("kbli2020")] {
            assert_eq!(
                from_value::<KbliVersion>(ok).unwrap(),
                KbliVersion::Kbli2020
            );
        }
        for bad in [
            json!(2025),
            json!("2025"),
            json!("kbli2025"),
            json!(-2020),
            json!("20200"),
            json!(2020.0),
        ] {
            assert!(from_value::<KbliVersion>(bad.clone()).is_err(), "{bad}");
        }
        assert_eq!(KbliVersion::of_year(2025), None);
        assert_eq!(
            serde_json::to_value(KbliVersion::LATEST).unwrap(),
            json!("kbli2020")
        );
        assert_eq!(
            lookup_in("10792", KbliVersion::Kbli2020).unwrap(),
            lookup("10792").unwrap()
        );
    }
}
