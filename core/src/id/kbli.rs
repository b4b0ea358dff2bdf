//! KBLI (Klasifikasi Baku Lapangan Usaha Indonesia) business classification codes.
//!
//! KBLI 2020 (Peraturan BPS No. 2 Tahun 2020, based on ISIC Rev.4): a business activity is a
//! five-digit *kelompok*; its first two digits are the division (*golongan pokok*), which
//! belongs to one section (*kategori*) A–U. Divisions 04, 34, 40, 44, 48, 54, 57, 67, 76, 83
//! and 89 belong to no section and are rejected. KBLI 2025 (Peraturan BPS 7/2025) re-letters
//! the sections from J onward; the table is keyed by [`KbliVersion`] so it can be added as data.
//!
//! ```
//! use umkm::id::kbli;
//! assert_eq!(kbli::validate("10792").unwrap(), "10792");
//! assert_eq!(kbli::section("10792").unwrap().letter, 'C');
//! assert_eq!(kbli::validate("40100").unwrap_err().code(), "kbli.unknown_division");
//! ```

use super::{digits, strip, Compact, IdentifierError, IdentifierKind, Reason};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

const SEPARATORS: &[char] = &['.'];

/// Edition of the KBLI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum KbliVersion {
    /// KBLI 2020, Peraturan BPS No. 2 Tahun 2020.
    #[default]
    Kbli2020,
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

/// KBLI 2020 sections: letter, division range, Indonesian and English title.
static KBLI_2020: [(char, u8, u8, &str, &str); 21] = [
    ('A', 1, 3, "Pertanian, Kehutanan dan Perikanan", "Agriculture, forestry and fishing"),
    ('B', 5, 9, "Pertambangan dan Penggalian", "Mining and quarrying"),
    ('C', 10, 33, "Industri Pengolahan", "Manufacturing"),
    ('D', 35, 35, "Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin", "Electricity, gas, steam and air conditioning supply"),
    ('E', 36, 39, "Treatment Air, Treatment Air Limbah, Treatment dan Pemulihan Material Sampah, dan Aktivitas Remediasi", "Water supply; sewerage, waste management and remediation activities"),
    ('F', 41, 43, "Konstruksi", "Construction"),
    ('G', 45, 47, "Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor", "Wholesale and retail trade; repair of motor vehicles and motorcycles"),
    ('H', 49, 53, "Pengangkutan dan Pergudangan", "Transportation and storage"),
    ('I', 55, 56, "Penyediaan Akomodasi dan Penyediaan Makan Minum", "Accommodation and food service activities"),
    ('J', 58, 63, "Informasi dan Komunikasi", "Information and communication"),
    ('K', 64, 66, "Aktivitas Keuangan dan Asuransi", "Financial and insurance activities"),
    ('L', 68, 68, "Real Estat", "Real estate activities"),
    ('M', 69, 75, "Aktivitas Profesional, Ilmiah dan Teknis", "Professional, scientific and technical activities"),
    ('N', 77, 82, "Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi, Ketenagakerjaan, Agen Perjalanan dan Penunjang Usaha Lainnya", "Administrative and support service activities"),
    ('O', 84, 84, "Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib", "Public administration and defence; compulsory social security"),
    ('P', 85, 85, "Pendidikan", "Education"),
    ('Q', 86, 88, "Aktivitas Kesehatan Manusia dan Aktivitas Sosial", "Human health and social work activities"),
    ('R', 90, 93, "Kesenian, Hiburan dan Rekreasi", "Arts, entertainment and recreation"),
    ('S', 94, 96, "Aktivitas Jasa Lainnya", "Other service activities"),
    ('T', 97, 98, "Aktivitas Rumah Tangga sebagai Pemberi Kerja; Aktivitas yang Menghasilkan Barang dan Jasa oleh Rumah Tangga yang Digunakan untuk Memenuhi Kebutuhan Sendiri", "Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use"),
    ('U', 99, 99, "Aktivitas Badan Internasional dan Badan Ekstra Internasional Lainnya", "Activities of extraterritorial organizations and bodies"),
];

/// Divisions of KBLI 2020 that belong to no section.
const UNUSED_2020: [u8; 11] = [4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89];

/// The section of a two-digit division in a KBLI version.
pub fn section_of_division(version: KbliVersion, division: u8) -> Option<Section> {
    let KbliVersion::Kbli2020 = version;
    if UNUSED_2020.contains(&division) {
        return None;
    }
    KBLI_2020
        .iter()
        .find(|s| (s.1..=s.2).contains(&division))
        .map(|s| Section {
            letter: s.0,
            first_division: s.1,
            last_division: s.2,
            title_id: s.3.to_string(),
            title_en: s.4.to_string(),
        })
}

fn check(code: &str) -> Result<(super::Digits<5>, Section), IdentifierError> {
    let e = |r| IdentifierError::new(IdentifierKind::Kbli, r);
    let d = digits::<5>(code, SEPARATORS, "5").map_err(e)?;
    if d.len() != 5 {
        return Err(e(Reason::InvalidLength {
            length: d.len(),
            expected: "5".into(),
        }));
    }
    let division = d.number(0..2) as u8;
    let section = section_of_division(KbliVersion::Kbli2020, division).ok_or_else(|| {
        e(Reason::UnknownDivision {
            division: format!("{division:02}"),
        })
    })?;
    Ok((d, section))
}

/// Removes dots and spaces.
pub fn compact(code: &str) -> String {
    strip(code, SEPARATORS)
}

/// Checks a five-digit KBLI 2020 code and returns it compact.
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
pub fn section(code: &str) -> Result<Section, IdentifierError> {
    check(code).map(|(_, s)| s)
}

/// The two-digit division (golongan pokok) of a valid code.
pub fn division(code: &str) -> Result<u8, IdentifierError> {
    check(code).map(|(d, _)| d.number(0..2) as u8)
}

/// True for manufacturing (section C, divisions 10–33): the activities of industri, to which
/// the IKM classification of Permenperin 64/2016 applies.
pub fn is_manufacturing(code: &str) -> bool {
    section(code).is_ok_and(|s| s.letter == 'C')
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
}
