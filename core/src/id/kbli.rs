//! KBLI (Klasifikasi Baku Lapangan Usaha Indonesia) business classification codes.
//!
//! A business activity is a five-digit *kelompok*; its first two digits are the division
//! (*golongan pokok*), which belongs to one section (*kategori*). Two editions are embedded:
//!
//! - **KBLI 2025** (Peraturan BPS No. 7 Tahun 2025, BPS book of 24 December 2025, after ISIC
//!   Rev.5): 22 sections A–V, 1,559 codes (`core/data/kbli2025.csv`). The sections are
//!   re-lettered from J on (J publishing and broadcasting, K telecommunication and computing,
//!   …, V extraterritorial bodies) and motor-vehicle trade (division 45) is gone. It is the
//!   latest edition, so every function checks against it unless told.
//! - **KBLI 2020** (Peraturan BPS No. 2 Tahun 2020, after ISIC Rev.4): 21 sections A–U, 1,791
//!   codes (`core/data/kbli2020.csv`): the codes of NIBs issued before OSS moved to KBLI 2025.
//!
//! What is checked: the code must be one of the edition's five-digit codes, else
//! `kbli.unknown_code` (10999 has the right shape and an existing division but neither edition
//! has a group 109); a division no section holds is `kbli.unknown_division`. The titles come
//! with [`lookup`] in builds with the edition's titles feature: `kbli-titles` (both; Rust by
//! default, Python) or `kbli-titles-2025` (the full npm module). An enterprise record may hold
//! codes of either edition ([`validate_any`]).
//!
//! BPS publishes its correspondence between the editions as a PDF (*Tabel Konversi KBLI 2020
//! ke KBLI 2025*), and OSS serves the same conversions one code at a time
//! (oss.go.id/id/kbli/konversi: 1:1, 1:N, N:1 or N:N, a reference rather than a legal
//! decision). The only machine-readable copies found by December 2026 are extractions from that
//! PDF with misread codes (`829s2`, `9322.1`) and, in one, whole divisions left out; a
//! conversion built on them could drop a successor without saying so. So there is no
//! `convert`: a code's successors have to be looked up in OSS.
//!
//! ```
//! use umkm::id::kbli::{self, KbliVersion};
//! assert_eq!(kbli::validate("10792").unwrap(), "10792");
//! assert_eq!(kbli::section("10792").unwrap().letter, 'C');
//! // Other computer programming: 62019 in section J of KBLI 2020, 62199 in K of KBLI 2025.
//! assert_eq!(kbli::section_in("62019", KbliVersion::Kbli2020).unwrap().letter, 'J');
//! assert_eq!(kbli::section("62199").unwrap().letter, 'K');
//! assert_eq!(kbli::validate("40100").unwrap_err().code(), "kbli.unknown_division");
//! assert_eq!(kbli::validate("10999").unwrap_err().code(), "kbli.unknown_code");
//! // Batik is 13134 in KBLI 2020 and 13133 in KBLI 2025.
//! assert!(kbli::is_valid_in("13134", KbliVersion::Kbli2020) && !kbli::is_valid("13134"));
//! ```

use super::compact::Compact;
use super::digits::{digits, strip};
use super::error::{IdentifierError, Reason};
use super::kind::IdentifierKind;
use crate::reference::data as tables;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

const SEPARATORS: &[char] = &['.'];

/// Edition of the KBLI. Written `"kbli2020"`, `"kbli2025"`; read from those, from the year
/// (`2025`) or from `"2025"`. An edition that is not embedded is refused when read, naming the
/// editions there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum KbliVersion {
    /// KBLI 2020, Peraturan BPS No. 2 Tahun 2020.
    Kbli2020,
    /// KBLI 2025, Peraturan BPS No. 7 Tahun 2025: the latest edition.
    #[default]
    Kbli2025,
}

impl KbliVersion {
    /// The latest edition embedded: what every KBLI function checks against unless told.
    pub const LATEST: KbliVersion = KbliVersion::Kbli2025;
    /// Every edition embedded, oldest first.
    pub const EMBEDDED: [KbliVersion; 2] = [KbliVersion::Kbli2020, KbliVersion::Kbli2025];

    /// The year of the edition.
    ///
    /// ```
    /// use umkm::id::kbli::KbliVersion;
    /// assert_eq!(KbliVersion::LATEST.year(), 2025);
    /// ```
    pub const fn year(self) -> u16 {
        match self {
            KbliVersion::Kbli2020 => 2020,
            KbliVersion::Kbli2025 => 2025,
        }
    }

    /// The embedded edition of a year, if there is one (`2020`, `2025`; not `2015`).
    pub fn of_year(year: u64) -> Option<KbliVersion> {
        Self::EMBEDDED
            .into_iter()
            .find(|v| u64::from(v.year()) == year)
    }

    /// The tables of the edition.
    fn edition(self) -> &'static Edition {
        match self {
            KbliVersion::Kbli2020 => &KBLI_2020,
            KbliVersion::Kbli2025 => &KBLI_2025,
        }
    }
}

/// The names an edition is read from, for the error that lists them.
const EDITION_NAMES: &[&str] = &["2020", "kbli2020", "2025", "kbli2025"];

impl<'de> Deserialize<'de> for KbliVersion {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Edition;
        impl serde::de::Visitor<'_> for Edition {
            type Value = KbliVersion;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a KBLI edition: 2020, 2025, \"kbli2020\" or \"kbli2025\"")
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
    /// Letter A–U (KBLI 2020) or A–V (KBLI 2025).
    pub letter: char,
    /// First division of the section.
    pub first_division: u8,
    /// Last division of the section.
    pub last_division: u8,
    /// Title in Indonesian (KBLI).
    pub title_id: String,
    /// Title in English (ISIC Rev.4 for KBLI 2020, ISIC Rev.5 for KBLI 2025).
    pub title_en: String,
}

/// One edition's tables for checking a code: sections (letter and division range) and the codes
/// as written by `build.rs`. No text: the section titles and the code titles are reached only
/// through [`Edition::section_at`] and [`Edition::title`], so the identifiers-only WebAssembly
/// module (umkm/id), which only checks, carries none of them.
struct Edition {
    version: KbliVersion,
    sections: &'static [(char, u8, u8)],
    classes_per_division: &'static [u8; 100],
    class_ends: &'static [u8],
    digits_low: &'static [u8],
    digits_high: &'static [u8],
}

static KBLI_2020: Edition = Edition {
    version: KbliVersion::Kbli2020,
    sections: &SECTIONS_2020,
    classes_per_division: &tables::KBLI_2020_CLASSES_PER_DIVISION,
    class_ends: &tables::KBLI_2020_CLASS_ENDS,
    digits_low: &tables::KBLI_2020_DIGITS_LOW,
    digits_high: &tables::KBLI_2020_DIGITS_HIGH,
};

static KBLI_2025: Edition = Edition {
    version: KbliVersion::Kbli2025,
    sections: &SECTIONS_2025,
    classes_per_division: &tables::KBLI_2025_CLASSES_PER_DIVISION,
    class_ends: &tables::KBLI_2025_CLASS_ENDS,
    digits_low: &tables::KBLI_2025_DIGITS_LOW,
    digits_high: &tables::KBLI_2025_DIGITS_HIGH,
};

/// KBLI 2020 sections: letter and division range (Peraturan BPS 2/2020).
static SECTIONS_2020: [(char, u8, u8); 21] = [
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

/// Indonesian and English titles of the KBLI 2020 sections, in the order of [`SECTIONS_2020`].
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

/// KBLI 2025 sections: letter and division range (Peraturan BPS 7/2025 Pasal 3 and its
/// annex; the divisions of each section as BPS's book lists them).
static SECTIONS_2025: [(char, u8, u8); 22] = [
    ('A', 1, 3),
    ('B', 5, 9),
    ('C', 10, 33),
    ('D', 35, 35),
    ('E', 36, 39),
    ('F', 41, 43),
    ('G', 46, 47),
    ('H', 49, 53),
    ('I', 55, 56),
    ('J', 58, 60),
    ('K', 61, 63),
    ('L', 64, 66),
    ('M', 68, 68),
    ('N', 69, 75),
    ('O', 77, 82),
    ('P', 84, 84),
    ('Q', 85, 85),
    ('R', 86, 88),
    ('S', 90, 93),
    ('T', 94, 96),
    ('U', 97, 98),
    ('V', 99, 99),
];

/// Indonesian (Peraturan BPS 7/2025 Pasal 3) and English (ISIC Rev.5) titles of the KBLI 2025
/// sections, in the order of [`SECTIONS_2025`].
static TITLES_2025: [(&str, &str); 22] = [
    ("Pertanian, Kehutanan, dan Perikanan", "Agriculture, forestry and fishing"),
    ("Pertambangan dan Penggalian", "Mining and quarrying"),
    ("Industri", "Manufacturing"),
    ("Penyediaan Listrik, Gas, Uap/Air Panas, dan Udara Dingin", "Electricity, gas, steam and air conditioning supply"),
    ("Penyediaan Air; Pengelolaan Air Limbah, Penanganan Limbah, dan Remediasi", "Water supply; sewerage, waste management and remediation activities"),
    ("Konstruksi", "Construction"),
    ("Perdagangan Besar dan Eceran", "Wholesale and retail trade"),
    ("Transportasi dan Penyimpanan", "Transportation and storage"),
    ("Aktivitas Penyediaan Akomodasi dan Makan Minum", "Accommodation and food service activities"),
    ("Aktivitas Penerbitan, Penyiaran, serta Produksi dan Distribusi Konten", "Publishing, broadcasting, and content production and distribution activities"),
    ("Aktivitas Telekomunikasi, Pemrograman Komputer, Konsultansi, Infrastruktur Komputasi, dan Jasa Informasi Lainnya", "Telecommunication, computer programming, consultancy, computing infrastructure, and other information service activities"),
    ("Aktivitas Keuangan dan Asuransi", "Financial and insurance activities"),
    ("Aktivitas Real Estat", "Real estate activities"),
    ("Aktivitas Profesional, Ilmiah, dan Teknis", "Professional, scientific and technical activities"),
    ("Aktivitas Administratif dan Penunjang Usaha", "Administrative and support service activities"),
    ("Administrasi Pemerintahan dan Pertahanan, serta Jaminan Sosial Wajib", "Public administration and defence; compulsory social security"),
    ("Pendidikan", "Education"),
    ("Aktivitas Kesehatan Manusia dan Aktivitas Sosial", "Human health and social work activities"),
    ("Kesenian, Olahraga, dan Rekreasi", "Arts, sports and recreation"),
    ("Aktivitas Jasa Lainnya", "Other service activities"),
    ("Aktivitas Rumah Tangga sebagai Pemberi Kerja dan Aktivitas Produksi Barang dan Jasa oleh Rumah Tangga untuk Keperluan Sendiri yang Tidak Terdiferensiasi", "Activities of households as employers and undifferentiated goods- and services-producing activities of households for own use"),
    ("Aktivitas Badan Internasional dan Badan Ekstra Internasional Lainnya", "Activities of extraterritorial organizations and bodies"),
];

impl Edition {
    /// The place in [`Edition::sections`] of the section a division belongs to: a division
    /// with no code (KBLI 2020's 04, 34, 40, …; KBLI 2025's 45 too) belongs to none.
    fn section_index(&self, division: u8) -> Option<usize> {
        if self.classes_per_division.get(usize::from(division)) == Some(&0) {
            return None;
        }
        self.sections
            .iter()
            .position(|s| (s.1..=s.2).contains(&division))
    }

    /// Indonesian and English titles of the sections, in the order of [`Edition::sections`].
    fn section_titles(&self) -> &'static [(&'static str, &'static str)] {
        match self.version {
            KbliVersion::Kbli2020 => &TITLES_2020,
            KbliVersion::Kbli2025 => &TITLES_2025,
        }
    }

    /// The section at `index` in [`Edition::sections`].
    fn section_at(&self, index: usize) -> Option<Section> {
        let (letter, first, last) = *self.sections.get(index)?;
        let (title_id, title_en) = *self.section_titles().get(index)?;
        Some(Section {
            letter,
            first_division: first,
            last_division: last,
            title_id: title_id.to_string(),
            title_en: title_en.to_string(),
        })
    }

    /// Whether the edition has the five-digit code `number`: its class (the first four digits)
    /// is among its division's classes and the class has its last digit. At most 100 + 40
    /// steps.
    fn exists(&self, number: u32) -> bool {
        let (division, class, digit) = (number / 1000, (number / 10 % 100) as u8, number % 10);
        let counts = self.classes_per_division.iter().map(|&n| usize::from(n));
        let first: usize = counts.clone().take(division as usize).sum();
        let Some(count) = counts.clone().nth(division as usize) else {
            return false;
        };
        (first..first + count)
            .find(|&i| self.class_ends.get(i) == Some(&class))
            .and_then(|i| {
                Some((
                    *self.digits_low.get(i)?,
                    *self.digits_high.get(i / 4)? >> (i % 4 * 2) & 3,
                ))
            })
            .is_some_and(|(low, high)| (u16::from(low) | u16::from(high) << 8) & (1 << digit) != 0)
    }

    /// The digits of a code valid in this edition and the place of its section.
    fn check(&self, code: &str) -> Result<(super::digits::Digits<5>, usize), IdentifierError> {
        let e = |r| IdentifierError::new(IdentifierKind::Kbli, r);
        let edition = self.version.year();
        let d = digits::<5>(code, SEPARATORS, "5").map_err(e)?;
        if d.len() != 5 {
            return Err(e(Reason::InvalidLength {
                length: d.len(),
                expected: "5".into(),
            }));
        }
        let division = d.number(0..2) as u8;
        let section = self.section_index(division).ok_or_else(|| {
            e(Reason::UnknownDivision {
                division: format!("{division:02}"),
                edition,
            })
        })?;
        if !self.exists(d.number(0..5)) {
            return Err(e(Reason::UnknownCode {
                code: d.as_str().to_string(),
                edition,
            }));
        }
        Ok((d, section))
    }

    /// The sorted `code title` lines of the edition, in builds with its titles feature.
    fn code_titles(&self) -> Option<&'static str> {
        match self.version {
            #[cfg(feature = "kbli-titles-2020")]
            KbliVersion::Kbli2020 => Some(tables::KBLI_2020_TITLES),
            #[cfg(feature = "kbli-titles-2025")]
            KbliVersion::Kbli2025 => Some(tables::KBLI_2025_TITLES),
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }

    /// The title of a code, found by halving the sorted `code title` lines of the text.
    fn title(&self, code: &str) -> Option<String> {
        let text = self.code_titles()?;
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
}

/// The section of a two-digit division in a KBLI version.
pub fn section_of_division(version: KbliVersion, division: u8) -> Option<Section> {
    let edition = version.edition();
    edition
        .section_index(division)
        .and_then(|i| edition.section_at(i))
}

/// Removes dots and spaces.
pub fn compact(code: &str) -> String {
    strip(code, SEPARATORS)
}

/// Checks a five-digit code of the latest edition (KBLI 2025) and returns it compact.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `kbli.` and the rule (`kbli.length`, `kbli.characters`, …: [`Reason`]).
pub fn validate(code: &str) -> Result<Compact, IdentifierError> {
    validate_in(code, KbliVersion::LATEST)
}

/// [`validate`] in a named edition (facade `kbli.validate` with `version`).
///
/// # Errors
///
/// As [`validate`], the error naming the edition.
pub fn validate_in(code: &str, version: KbliVersion) -> Result<Compact, IdentifierError> {
    version.edition().check(code).map(|(d, _)| d.compact(b""))
}

/// Checks a code of any embedded edition: what an enterprise record may hold, since NIBs issued
/// before OSS moved to KBLI 2025 carry KBLI 2020 codes. The latest edition is tried first;
/// when no edition has the code, the error is the latest edition's.
///
/// ```
/// use umkm::id::kbli;
/// assert!(kbli::validate_any("13134").is_ok()); // KBLI 2020 only
/// assert!(kbli::validate_any("01138").is_ok()); // KBLI 2025 only
/// assert_eq!(kbli::validate_any("10999").unwrap_err().code(), "kbli.unknown_code");
/// ```
///
/// # Errors
///
/// The latest edition's [`validate`] error.
pub fn validate_any(code: &str) -> Result<Compact, IdentifierError> {
    validate(code).or_else(|latest| {
        KbliVersion::EMBEDDED
            .into_iter()
            .rev()
            .skip(1)
            .find_map(|v| validate_in(code, v).ok())
            .ok_or(latest)
    })
}

/// True when [`validate`] succeeds. Never panics.
pub fn is_valid(code: &str) -> bool {
    is_valid_in(code, KbliVersion::LATEST)
}

/// True when [`validate_in`] succeeds in that edition. Never panics.
pub fn is_valid_in(code: &str, version: KbliVersion) -> bool {
    version.edition().check(code).is_ok()
}

/// KBLI codes are written as their five digits.
pub fn format(code: &str) -> String {
    compact(code)
}

/// The section (kategori) of a valid code of the latest edition.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `kbli.` and the rule (`kbli.length`, `kbli.characters`, …: [`Reason`]).
pub fn section(code: &str) -> Result<Section, IdentifierError> {
    section_in(code, KbliVersion::LATEST)
}

/// [`section`] in a named edition: the letters differ from J on (division 62, computer
/// programming, is J in KBLI 2020 and K in KBLI 2025).
///
/// # Errors
///
/// As [`section`], in that edition.
pub fn section_in(code: &str, version: KbliVersion) -> Result<Section, IdentifierError> {
    let edition = version.edition();
    let (d, index) = edition.check(code)?;
    edition.section_at(index).ok_or_else(|| {
        IdentifierError::new(
            IdentifierKind::Kbli,
            Reason::UnknownDivision {
                division: format!("{:02}", d.number(0..2)),
                edition: version.year(),
            },
        )
    })
}

/// The two-digit division (golongan pokok) of a valid code of the latest edition.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `kbli.` and the rule (`kbli.length`, `kbli.characters`, …: [`Reason`]).
pub fn division(code: &str) -> Result<u8, IdentifierError> {
    division_in(code, KbliVersion::LATEST)
}

/// [`division`] in a named edition.
///
/// # Errors
///
/// As [`division`], in that edition.
pub fn division_in(code: &str, version: KbliVersion) -> Result<u8, IdentifierError> {
    version
        .edition()
        .check(code)
        .map(|(d, _)| d.number(0..2) as u8)
}

/// True for manufacturing (section C, divisions 10–33 in both editions): the activities of
/// industri, to which the IKM classification of Permenperin 64/2016 applies. A code of either
/// edition counts, as in [`validate_any`].
pub fn is_manufacturing(code: &str) -> bool {
    KbliVersion::EMBEDDED.into_iter().rev().any(|v| {
        let edition = v.edition();
        edition
            .check(code)
            .is_ok_and(|(_, s)| edition.sections.get(s).is_some_and(|s| s.0 == 'C'))
    })
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
    /// The section (kategori) letter, A–U (KBLI 2020) or A–V (KBLI 2025).
    pub section: char,
    /// The two-digit division (golongan pokok).
    pub division: String,
    /// The title in Indonesian as BPS prints it (in capitals, `INDUSTRI KUE BASAH`); `None`
    /// in builds without the edition's titles (features `kbli-titles-2020`, `kbli-titles-2025`):
    /// the full npm module has KBLI 2025's only, the identifiers-only one (umkm/id) none.
    #[serde(default)]
    pub title: Option<String>,
}

/// A valid code of the latest edition with its section, division and, where the build has
/// them, its title.
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
/// `umkm.kbli.lookup("10792", version=2020)`, JS `kbli.lookup("10792", 2020)`). BPS's
/// correspondence between the editions was not found as a complete, correct list (see the
/// module's notes), so there is no `convert`: a code is answered from the edition asked, never
/// from another.
///
/// ```
/// use umkm::id::kbli::{self, KbliVersion};
/// let e = kbli::lookup_in("13134", KbliVersion::Kbli2020).unwrap();
/// assert_eq!(e.version, KbliVersion::Kbli2020);
/// # #[cfg(feature = "kbli-titles")]
/// assert_eq!(e.title.as_deref(), Some("INDUSTRI BATIK"));
/// ```
///
/// # Errors
/// The code's [`validate_in`] error in that edition.
pub fn lookup_in(code: &str, version: KbliVersion) -> Result<KbliEntry, IdentifierError> {
    let edition = version.edition();
    let (d, index) = edition.check(code)?;
    let digits = d.as_str();
    Ok(KbliEntry {
        code: digits.to_string(),
        version,
        section: edition.sections.get(index).map_or('?', |s| s.0),
        division: digits.get(..2).unwrap_or("").to_string(),
        title: edition.title(digits),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use KbliVersion::{Kbli2020, Kbli2025};

    /// Sections as Peraturan BPS 2/2020 and 7/2025 set them; every division in at most one.
    #[test]
    fn every_division_has_at_most_one_section() {
        for version in KbliVersion::EMBEDDED {
            let edition = version.edition();
            for division in 0u8..=99 {
                let hits = edition
                    .sections
                    .iter()
                    .filter(|s| (s.1..=s.2).contains(&division))
                    .count();
                assert!(hits <= 1);
            }
            assert!(section_of_division(version, 0).is_none());
            assert_eq!(edition.sections.len(), edition.section_titles().len());
        }
        let in2020 = |c| section_in(c, Kbli2020).unwrap();
        assert_eq!(in2020("01111").letter, 'A');
        assert_eq!(in2020("47111").letter, 'G');
        assert_eq!(in2020("45101").letter, 'G');
        assert_eq!(in2020("62019").letter, 'J');
        assert_eq!(in2020("99000").letter, 'U');
        assert_eq!(in2020("13134").title_en, "Manufacturing");
        // KBLI 2025 (ISIC Rev.5): re-lettered from J on, 22 sections.
        assert_eq!(section("01111").unwrap().letter, 'A');
        assert_eq!(section("47111").unwrap().letter, 'G');
        assert_eq!(section("58110").unwrap().letter, 'J');
        assert_eq!(section("62199").unwrap().letter, 'K');
        assert_eq!(section("64110").unwrap().letter, 'L');
        assert_eq!(section("85101").unwrap().letter, 'Q');
        assert_eq!(section("99000").unwrap().letter, 'V');
        assert_eq!(
            section("99000").unwrap().title_en,
            "Activities of extraterritorial organizations and bodies"
        );
        assert_eq!(section("10792").unwrap().title_id, "Industri");
        // KBLI 2020's unused divisions; KBLI 2025 has no division 45 (motor-vehicle trade went
        // to 46, 47 and 95).
        for d in [4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89] {
            for version in KbliVersion::EMBEDDED {
                assert_eq!(
                    validate_in(&format!("{d:02}100"), version)
                        .unwrap_err()
                        .code(),
                    "kbli.unknown_division"
                );
            }
        }
        assert!(section_of_division(Kbli2020, 45).is_some());
        assert!(section_of_division(Kbli2025, 45).is_none());
        let e = validate("45101").unwrap_err();
        assert_eq!(e.code(), "kbli.unknown_division");
        assert_eq!(
            e.message().en,
            "KBLI: division 45 belongs to no KBLI 2025 section"
        );
        assert_eq!(
            validate("00000").unwrap_err().code(),
            "kbli.unknown_division"
        );
        assert_eq!(validate("1079").unwrap_err().code(), "kbli.length");
        assert!(is_manufacturing("10213"));
        assert!(is_manufacturing("13134")); // KBLI 2020 only
        assert!(is_manufacturing("10113")); // KBLI 2025 only
        assert!(!is_manufacturing("47111"));
        assert!(!is_manufacturing("10999"));
    }

    /// The codes of a CSV, comment and header lines left out.
    fn listed(csv: &str) -> std::collections::HashSet<&str> {
        csv.lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter_map(|l| l.split(',').next())
            .collect()
    }

    /// In each edition, every code of its CSV validates, every other five-digit number does
    /// not, and every listed code has its title.
    #[test]
    fn exactly_the_listed_codes_exist() {
        for (version, csv, count) in [
            (Kbli2020, include_str!("../../data/kbli2020.csv"), 1791),
            (Kbli2025, include_str!("../../data/kbli2025.csv"), 1559),
        ] {
            let listed = listed(csv);
            assert_eq!(listed.len(), count);
            let titled = version.edition().code_titles().is_some();
            for number in 0..100_000 {
                let code = format!("{number:05}");
                let there = listed.contains(code.as_str());
                assert_eq!(is_valid_in(&code, version), there, "{code}");
                if titled {
                    assert_eq!(version.edition().title(&code).is_some(), there, "{code}");
                }
            }
        }
    }

    /// Codes and titles as the regulations print them: both edges of each list, the six codes
    /// only one KBLI 2020 transcription has, and codes that moved between the editions.
    #[test]
    fn codes_that_exist_and_codes_that_do_not() {
        for ok in [
            "01111", "10433", "10792", "13134", "16291", "35117", "35202", "91035", "99000",
        ] {
            assert!(is_valid_in(ok, Kbli2020), "{ok}");
        }
        // Group 109 exists in neither; class 1079 has no 10790; 47111 exists, 47110 does not.
        for version in KbliVersion::EMBEDDED {
            for (bad, code) in [
                ("10999", "kbli.unknown_code"),
                ("10790", "kbli.unknown_code"),
                ("47110", "kbli.unknown_code"),
                ("99999", "kbli.unknown_code"),
                ("00000", "kbli.unknown_division"),
            ] {
                assert_eq!(validate_in(bad, version).unwrap_err().code(), code, "{bad}");
                assert!(!is_valid_in(bad, version));
            }
        }
        // Moved in KBLI 2025 (OSS's conversion pages): batik 13134 -> 13133, chili 01283 ->
        // 01138, fish processing 10211.. stay, 45101 (car wholesale) -> 46611, 01119 -> 01118.
        for only2020 in ["13134", "45101", "01119", "62011"] {
            assert!(is_valid_in(only2020, Kbli2020), "{only2020}");
            assert!(!is_valid(only2020), "{only2020}");
        }
        for only2025 in ["01138", "10113", "46611", "95311", "91410"] {
            assert!(is_valid(only2025), "{only2025}");
            assert!(!is_valid_in(only2025, Kbli2020), "{only2025}");
        }
        let e = validate_in("10999", Kbli2020).unwrap_err();
        assert_eq!(e.message().en, "KBLI: code 10999 is not in KBLI 2020");
        assert_eq!(e.message().id, "KBLI: kode 10999 tidak ada dalam KBLI 2020");
        let e = validate("13134").unwrap_err();
        assert_eq!(e.message().en, "KBLI: code 13134 is not in KBLI 2025");
        assert_eq!(e.message().id, "KBLI: kode 13134 tidak ada dalam KBLI 2025");
        let entry = lookup_in("99000", Kbli2020).unwrap();
        assert_eq!((entry.section, entry.division.as_str()), ('U', "99"));
        assert_eq!(entry.version, Kbli2020);
        let entry = lookup("99000").unwrap();
        assert_eq!((entry.section, entry.version), ('V', Kbli2025));
        #[cfg(feature = "kbli-titles")]
        {
            let title = |c, v| lookup_in(c, v).unwrap().title.unwrap();
            assert_eq!(title("13134", Kbli2020), "INDUSTRI BATIK");
            assert_eq!(title("01111", Kbli2020), "PERTANIAN JAGUNG");
            assert_eq!(
                title("99000", Kbli2020),
                "AKTIVITAS BADAN INTERNASIONAL DAN BADAN EKSTRA INTERNASIONAL LAINNYA"
            );
            // KBLI 2025: the same code with a new title, a new code, the last one.
            assert_eq!(title("01112", Kbli2020), "PERTANIAN GANDUM");
            assert_eq!(
                title("01112", Kbli2025),
                "PERTANIAN SEREALIA SELAIN PADI DAN JAGUNG"
            );
            assert_eq!(title("10792", Kbli2025), "INDUSTRI KUE BASAH");
            assert_eq!(title("01111", Kbli2025), "PERTANIAN JAGUNG");
        }
        assert_eq!(lookup("1079").unwrap_err().code(), "kbli.length");
    }

    /// A record's code may be of either edition; no edition's code is an error of the latest.
    #[test]
    fn a_record_code_may_be_of_either_edition() {
        assert_eq!(validate_any("13134").unwrap(), "13134");
        assert_eq!(validate_any("13.133").unwrap(), "13133");
        let e = validate_any("10999").unwrap_err();
        assert_eq!(e.message().en, "KBLI: code 10999 is not in KBLI 2025");
        assert_eq!(validate_any("1").unwrap_err().code(), "kbli.length");
    }

    /// The edition is read from the year or its name; one not embedded says so.
    #[test]
    fn an_edition_is_read_from_its_year_or_name() {
        use serde_json::{from_value, json};
        for (ok, version) in [
            (json!(2020), Kbli2020),
            (json!("2020"), Kbli2020),
            (json!("kbli2020"), Kbli2020),
            (json!(2025), Kbli2025),
            (json!("2025"), Kbli2025),
            (json!("kbli2025"), Kbli2025),
        ] {
            assert_eq!(from_value::<KbliVersion>(ok).unwrap(), version);
        }
        for bad in [
            json!(2015),
            json!("2009"),
            json!("kbli2015"),
            json!(-2020),
            json!("20200"),
            json!(2020.0),
        ] {
            assert!(from_value::<KbliVersion>(bad.clone()).is_err(), "{bad}");
        }
        assert_eq!(KbliVersion::of_year(2015), None);
        assert_eq!(KbliVersion::default(), KbliVersion::LATEST);
        assert_eq!(
            serde_json::to_value(KbliVersion::LATEST).unwrap(),
            json!("kbli2025")
        );
        assert_eq!(
            lookup_in("10792", Kbli2025).unwrap(),
            lookup("10792").unwrap()
        );
    }
}
