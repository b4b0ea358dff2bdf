//! Which identifier: the ten kinds, their names, labels and digit widths.

use serde::{Deserialize, Serialize};

/// Which identifier an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentifierKind {
    /// Nomor Pokok Wajib Pajak.
    Npwp,
    /// Nomor Identitas Tempat Kegiatan Usaha.
    Nitku,
    /// Nomor Induk Kependudukan.
    Nik,
    /// Nomor Induk Berusaha.
    Nib,
    /// Klasifikasi Baku Lapangan Usaha Indonesia.
    Kbli,
    /// Harmonized System / BTKI tariff code.
    Hs,
    /// Kemendagri region code.
    Wilayah,
    /// P-IRT (SPP-IRT) home-industry food registration.
    Pirt,
    /// BPOM MD/ML registration.
    Bpom,
    /// BPJPH halal certificate.
    Halal,
}

impl IdentifierKind {
    /// The lower-case name used as the first part of error codes (`npwp` in `npwp.checksum`).
    pub fn as_str(self) -> &'static str {
        match self {
            IdentifierKind::Npwp => "npwp",
            IdentifierKind::Nitku => "nitku",
            IdentifierKind::Nik => "nik",
            IdentifierKind::Nib => "nib",
            IdentifierKind::Kbli => "kbli",
            IdentifierKind::Hs => "hs",
            IdentifierKind::Wilayah => "wilayah",
            IdentifierKind::Pirt => "pirt",
            IdentifierKind::Bpom => "bpom",
            IdentifierKind::Halal => "halal",
        }
    }

    /// The name as written in messages.
    pub fn label(self) -> &'static str {
        match self {
            IdentifierKind::Npwp => "NPWP",
            IdentifierKind::Nitku => "NITKU",
            IdentifierKind::Nik => "NIK",
            IdentifierKind::Nib => "NIB",
            IdentifierKind::Kbli => "KBLI",
            IdentifierKind::Hs => "HS code",
            IdentifierKind::Wilayah => "Region code",
            IdentifierKind::Pirt => "P-IRT number",
            IdentifierKind::Bpom => "BPOM number",
            IdentifierKind::Halal => "Halal certificate number",
        }
    }

    /// Every identifier, in the order of the module table above.
    pub const ALL: [IdentifierKind; 10] = [
        IdentifierKind::Npwp,
        IdentifierKind::Nitku,
        IdentifierKind::Nik,
        IdentifierKind::Nib,
        IdentifierKind::Kbli,
        IdentifierKind::Hs,
        IdentifierKind::Wilayah,
        IdentifierKind::Pirt,
        IdentifierKind::Bpom,
        IdentifierKind::Halal,
    ];

    /// The kind named by its module name (`npwp`, `nik`, ...).
    pub fn from_name(name: &str) -> Option<IdentifierKind> {
        IdentifierKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The fixed number of digits of an identifier whose first digit may be `0`: what a
    /// number read from a spreadsheet as an integer lost its leading zeros from. NPWP 15
    /// (a 16-digit `0` + NPWP is the same taxpayer), NITKU 22, NIB 13, KBLI 5; `None` for the
    /// others (a NIK and a P-IRT number never start with `0`, HS codes have several lengths,
    /// the rest hold dots or letters).
    pub fn digit_width(self) -> Option<usize> {
        match self {
            IdentifierKind::Npwp => Some(15),
            IdentifierKind::Nitku => Some(22),
            IdentifierKind::Nib => Some(13),
            IdentifierKind::Kbli => Some(5),
            _ => None,
        }
    }

    /// The text of an identifier that reached the caller as a whole number (a column a
    /// spreadsheet or `pandas.read_csv` read as integers, or as floats because one cell was
    /// blank): its digits, with the leading zeros it lost put back up to
    /// [`IdentifierKind::digit_width`]. The flag says zeros were put back, for a warning
    /// (`<kind>.leading_zeros`): the column should be read as text.
    ///
    /// ```
    /// use umkm::id::IdentifierKind;
    /// assert_eq!(IdentifierKind::Npwp.from_integer(13121660091000), ("013121660091000".to_string(), true));
    /// assert_eq!(IdentifierKind::Nik.from_integer(3275014101900001), ("3275014101900001".to_string(), false));
    /// assert_eq!(IdentifierKind::Npwp.from_integer(12), ("12".to_string(), false));
    /// ```
    pub fn from_integer(self, value: u128) -> (String, bool) {
        let digits = value.to_string();
        self.pad(&digits).unwrap_or((digits, false))
    }

    /// [`IdentifierKind::from_integer`] of a whole number written as its decimal digits (a
    /// JavaScript `BigInt` or safe integer as text), without reading it as a number; `None` for
    /// text that is not digits or a number beyond `u128`, as `from_integer` could not take it.
    ///
    /// ```
    /// use umkm::id::IdentifierKind;
    /// assert_eq!(IdentifierKind::Npwp.from_digits("13121660091000"), Some(("013121660091000".to_string(), true)));
    /// assert_eq!(IdentifierKind::Npwp.from_digits("0012"), Some(("12".to_string(), false)));
    /// assert_eq!(IdentifierKind::Npwp.from_digits("12a"), None);
    /// assert_eq!(IdentifierKind::Nik.from_digits(&"9".repeat(40)), None);
    /// ```
    pub fn from_digits(self, digits: &str) -> Option<(String, bool)> {
        const U128_MAX: &str = "340282366920938463463374607431768211455";
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let trimmed = digits.trim_start_matches('0');
        let value = if trimmed.is_empty() { "0" } else { trimmed };
        if value.len() > U128_MAX.len() || (value.len() == U128_MAX.len() && value > U128_MAX) {
            return None;
        }
        Some(
            self.pad(value)
                .unwrap_or_else(|| (value.to_string(), false)),
        )
    }

    /// The digits of a whole number with the leading zeros it lost put back, where this kind
    /// can have them; `None` where nothing is put back.
    fn pad(self, digits: &str) -> Option<(String, bool)> {
        match self.digit_width() {
            Some(width) if digits.len() < width && width - digits.len() <= self.leading_zeros() => {
                Some((
                    format!("{}{digits}", "0".repeat(width - digits.len())),
                    true,
                ))
            }
            _ => None,
        }
    }

    /// How many leading zeros a real number of this kind can have: an NPWP's taxpayer type is
    /// `01`–`09` at most one zero (a `0` + NPWP of 16 digits is read as the 15-digit form), a
    /// NITKU is a 16-digit NPWP and so two, a KBLI's division starts at `01`, a NIB one. More
    /// zeros lost means the number was never one (`12` is no NPWP), and nothing is put back.
    fn leading_zeros(self) -> usize {
        match self {
            IdentifierKind::Nitku => 2,
            _ => 1,
        }
    }

    pub(crate) fn label_id(self) -> &'static str {
        match self {
            IdentifierKind::Hs => "Kode HS",
            IdentifierKind::Wilayah => "Kode wilayah",
            IdentifierKind::Pirt => "Nomor P-IRT",
            IdentifierKind::Bpom => "Nomor BPOM",
            IdentifierKind::Halal => "Nomor sertifikat halal",
            other => other.label(),
        }
    }
}
