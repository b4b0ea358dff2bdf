//! Indonesian identifiers, each in its own module with the four functions python-stdnum users
//! know: `compact` (strip separators), `validate` (the compact form, or an error saying which
//! rule failed), `is_valid` (never fails), `format` (the official written layout).
//!
//! | module | what | rule |
//! | --- | --- | --- |
//! | [`npwp`] | tax number, 15 or 16 digits | Luhn check digit; 16 digits = `0` + old number, or a NIK (PMK 112/2022) |
//! | [`nitku`] | place-of-business number, 22 digits | NPWP16 + 6-digit branch (PER-6/PJ/2024) |
//! | [`nik`] | population number, 16 digits | region exists, birth date exists |
//! | [`nib`] | business number from OSS, 13 digits | digits only |
//! | [`kbli`] | KBLI 2020 business classification | division maps to a section A–U |
//! | [`hs`] | HS / BTKI 2022 tariff code | chapter 01–99 except 77 |
//! | [`wilayah`] | Kemendagri region code | code exists in the embedded data |
//! | [`pirt`], [`bpom`], [`halal`] | certificate numbers | public format |

pub mod bpom;
mod compact;
pub mod halal;
pub mod hs;
pub mod kbli;
pub mod nib;
pub mod nik;
pub mod nitku;
pub mod npwp;
mod partial;
pub mod pirt;
pub mod wilayah;

pub use compact::Compact;
pub use partial::{check, InputState, PartialCheck};

use crate::lang::Message;
use serde::{Deserialize, Serialize};
use std::fmt;

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

    /// The module's `compact`.
    pub fn compact(self, number: &str) -> String {
        match self {
            IdentifierKind::Npwp => npwp::compact(number),
            IdentifierKind::Nitku => nitku::compact(number),
            IdentifierKind::Nik => nik::compact(number),
            IdentifierKind::Nib => nib::compact(number),
            IdentifierKind::Kbli => kbli::compact(number),
            IdentifierKind::Hs => hs::compact(number),
            IdentifierKind::Wilayah => wilayah::compact(number),
            IdentifierKind::Pirt => pirt::compact(number),
            IdentifierKind::Bpom => bpom::compact(number),
            IdentifierKind::Halal => halal::compact(number),
        }
    }

    /// The module's `validate`.
    pub fn validate(self, number: &str) -> Result<Compact, IdentifierError> {
        match self {
            IdentifierKind::Npwp => npwp::validate(number),
            IdentifierKind::Nitku => nitku::validate(number),
            IdentifierKind::Nik => nik::validate(number),
            IdentifierKind::Nib => nib::validate(number),
            IdentifierKind::Kbli => kbli::validate(number),
            IdentifierKind::Hs => hs::validate(number),
            IdentifierKind::Wilayah => wilayah::validate(number),
            IdentifierKind::Pirt => pirt::validate(number),
            IdentifierKind::Bpom => bpom::validate(number),
            IdentifierKind::Halal => halal::validate(number),
        }
    }

    /// The module's `is_valid`.
    pub fn is_valid(self, number: &str) -> bool {
        match self {
            IdentifierKind::Npwp => npwp::is_valid(number),
            IdentifierKind::Nitku => nitku::is_valid(number),
            IdentifierKind::Nik => nik::is_valid(number),
            IdentifierKind::Nib => nib::is_valid(number),
            IdentifierKind::Kbli => kbli::is_valid(number),
            IdentifierKind::Hs => hs::is_valid(number),
            IdentifierKind::Wilayah => wilayah::is_valid(number),
            IdentifierKind::Pirt => pirt::is_valid(number),
            IdentifierKind::Bpom => bpom::is_valid(number),
            IdentifierKind::Halal => halal::is_valid(number),
        }
    }

    /// The module's `format`.
    pub fn format(self, number: &str) -> String {
        match self {
            IdentifierKind::Npwp => npwp::format(number),
            IdentifierKind::Nitku => nitku::format(number),
            IdentifierKind::Nik => nik::format(number),
            IdentifierKind::Nib => nib::format(number),
            IdentifierKind::Kbli => kbli::format(number),
            IdentifierKind::Hs => hs::format(number),
            IdentifierKind::Wilayah => wilayah::format(number),
            IdentifierKind::Pirt => pirt::format(number),
            IdentifierKind::Bpom => bpom::format(number),
            IdentifierKind::Halal => halal::format(number),
        }
    }

    fn label_id(self) -> &'static str {
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

/// The rule an identifier broke.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Reason {
    /// Nothing but separators was given.
    Empty,
    /// A character that is neither a digit nor an accepted separator.
    InvalidCharacter {
        /// The character.
        character: char,
        /// Its position in the input, counted in characters from 0.
        position: usize,
    },
    /// Wrong number of digits.
    InvalidLength {
        /// Digits found.
        length: usize,
        /// What the identifier allows, e.g. "15 or 16".
        expected: String,
    },
    /// The check digit does not match.
    Checksum,
    /// The region code is not in the Kemendagri data.
    UnknownRegion {
        /// The code, dotted.
        code: String,
    },
    /// The region code was retired when the region was split; the successor covers the area now.
    RetiredRegion {
        /// The retired code, dotted.
        code: String,
        /// Its successor, dotted.
        successor: String,
    },
    /// The encoded date cannot exist (31 February, month 13).
    ImpossibleDate,
    /// The KBLI division belongs to no section.
    UnknownDivision {
        /// The two-digit division.
        division: String,
    },
    /// The HS chapter does not exist.
    UnknownChapter {
        /// The two-digit chapter.
        chapter: String,
    },
    /// The four-digit heading is not one of HS 2022.
    UnknownHeading {
        /// The heading, dotted as written (`1099`).
        heading: String,
    },
    /// The six-digit subheading is not one of HS 2022.
    UnknownSubheading {
        /// The subheading, dotted as written (`1604.99`).
        subheading: String,
    },
    /// The prefix is not one the format allows (BPOM `MD`/`ML`, halal `ID`).
    InvalidPrefix,
    /// One position has a value the format does not allow (P-IRT packaging digit, village code).
    InvalidComponent {
        /// Which part.
        component: String,
    },
    /// The encoded birth date is after the date asked in both centuries the two-digit year
    /// may stand for: the holder was not yet born then.
    BirthAfterDate,
}

impl Reason {
    /// Every rule's code, as [`Reason::code`] answers them.
    pub const CODES: [&'static str; 14] = [
        "empty",
        "characters",
        "length",
        "checksum",
        "unknown_region",
        "retired_region",
        "impossible_date",
        "unknown_division",
        "unknown_chapter",
        "unknown_heading",
        "unknown_subheading",
        "prefix",
        "component",
        "birth_after_date",
    ];

    /// The stable second part of an error code (`checksum` in `npwp.checksum`).
    pub fn code(&self) -> &'static str {
        match self {
            Reason::Empty => "empty",
            Reason::InvalidCharacter { .. } => "characters",
            Reason::InvalidLength { .. } => "length",
            Reason::Checksum => "checksum",
            Reason::UnknownRegion { .. } => "unknown_region",
            Reason::RetiredRegion { .. } => "retired_region",
            Reason::ImpossibleDate => "impossible_date",
            Reason::UnknownDivision { .. } => "unknown_division",
            Reason::UnknownChapter { .. } => "unknown_chapter",
            Reason::UnknownHeading { .. } => "unknown_heading",
            Reason::UnknownSubheading { .. } => "unknown_subheading",
            Reason::InvalidPrefix => "prefix",
            Reason::InvalidComponent { .. } => "component",
            Reason::BirthAfterDate => "birth_after_date",
        }
    }
}

/// An identifier failed validation: which identifier, and which rule.
///
/// ```
/// use umkm::id::npwp;
/// let err = npwp::validate("01.312.166.1-091.000").unwrap_err();
/// assert_eq!(err.code(), "npwp.checksum");
/// assert_eq!(err.message().en, "NPWP check digit does not match: a digit is mistyped");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct IdentifierError {
    /// The identifier.
    pub kind: IdentifierKind,
    /// The rule it broke.
    #[serde(flatten)]
    pub reason: Reason,
}

/// The digit counts an identifier allows (`"15 or 16"`, `"8 to 30"`) in Indonesian words
/// (`"15 atau 16"`, `"8 sampai 30"`), so the Indonesian message holds no English word.
fn in_indonesian(expected: &str) -> String {
    let mut out = String::with_capacity(expected.len() + 8);
    for (i, word) in expected.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(match word {
            "or" => "atau",
            "to" => "sampai",
            other => other,
        });
    }
    out
}

impl IdentifierError {
    pub(crate) fn new(kind: IdentifierKind, reason: Reason) -> Self {
        IdentifierError { kind, reason }
    }

    /// Stable error code: `<identifier>.<rule>`, e.g. `npwp.checksum`, `nik.unknown_region`.
    pub fn code(&self) -> String {
        format!("{}.{}", self.kind.as_str(), self.reason.code())
    }

    /// What went wrong, in Indonesian and English.
    pub fn message(&self) -> Message {
        let (lid, len) = (self.kind.label_id(), self.kind.label());
        match &self.reason {
            Reason::Empty => Message::new(format!("{lid} kosong"), format!("{len} is empty")),
            Reason::InvalidCharacter { character, position } => Message::new(
                format!("{lid} berisi karakter tidak sah {character:?} pada posisi {}", position + 1),
                format!("{len} contains the invalid character {character:?} at position {}", position + 1),
            ),
            Reason::InvalidLength { length, expected } => Message::new(
                format!("{lid} harus {} digit, bukan {length}", in_indonesian(expected)),
                format!("{len} must have {expected} digits, not {length}"),
            ),
            Reason::Checksum => Message::new(
                format!("Digit pemeriksa {lid} tidak cocok: ada angka yang salah ketik"),
                format!("{len} check digit does not match: a digit is mistyped"),
            ),
            Reason::UnknownRegion { code } => Message::new(
                format!("{lid}: kode wilayah {code} tidak ada dalam data Kemendagri"),
                format!("{len}: region code {code} is not in the Kemendagri data"),
            ),
            Reason::RetiredRegion { code, successor } => Message::new(
                format!("{lid}: kode wilayah {code} sudah tidak berlaku sejak pemekaran; gunakan {successor}"),
                format!("{len}: region code {code} was retired by a region split; use {successor}"),
            ),
            Reason::ImpossibleDate => Message::new(
                format!("{lid} memuat tanggal yang tidak mungkin ada"),
                format!("{len} encodes a date that cannot exist"),
            ),
            Reason::UnknownDivision { division } => Message::new(
                format!("{lid}: golongan pokok {division} tidak termasuk kategori mana pun di KBLI 2020"),
                format!("{len}: division {division} belongs to no KBLI 2020 section"),
            ),
            Reason::UnknownChapter { chapter } => Message::new(
                format!("{lid}: bab {chapter} tidak ada"),
                format!("{len}: chapter {chapter} does not exist"),
            ),
            Reason::UnknownHeading { heading } => Message::new(
                format!("{lid}: pos {heading} tidak ada dalam HS 2022"),
                format!("{len}: heading {heading} is not in HS 2022"),
            ),
            Reason::UnknownSubheading { subheading } => Message::new(
                format!("{lid}: subpos {subheading} tidak ada dalam HS 2022"),
                format!("{len}: subheading {subheading} is not in HS 2022"),
            ),
            Reason::InvalidPrefix => Message::new(
                format!("{lid} berawalan tidak sah"),
                format!("{len} has an invalid prefix"),
            ),
            Reason::InvalidComponent { component } => Message::new(
                format!("{lid}: bagian '{component}' bernilai tidak sah"),
                format!("{len}: the {component} part has an invalid value"),
            ),
            Reason::BirthAfterDate => Message::new(
                format!("Tanggal lahir pada {lid} sesudah tanggal yang ditanyakan"),
                format!("The birth date in the {len} is after the date asked"),
            ),
        }
    }
}

impl std::error::Error for IdentifierError {}

impl fmt::Display for IdentifierError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.message().en, self.code())
    }
}

/// Digits of an identifier on the stack, separators removed.
#[derive(Clone, Copy)]
pub(crate) struct Digits<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> Digits<N> {
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }

    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or("")
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The first `M` digits (all of them when there are fewer).
    pub(crate) fn head<const M: usize>(&self) -> Digits<M> {
        let mut buf = [0u8; M];
        let mut len = 0;
        for (slot, b) in buf.iter_mut().zip(self.as_bytes()) {
            *slot = *b;
            len += 1;
        }
        Digits { buf, len }
    }

    const FITS: () = assert!(N <= Compact::CAPACITY, "Digits longer than a Compact");

    /// The digits as a [`Compact`], behind `prefix` (`MD` for BPOM, empty for the rest).
    pub(crate) fn compact(&self, prefix: &[u8]) -> Compact {
        let () = Self::FITS;
        Compact::checked(&[prefix, self.as_bytes()])
    }

    /// Value of the digits in `range` (at most 9 of them).
    pub(crate) fn number(&self, range: std::ops::Range<usize>) -> u32 {
        self.as_bytes()
            .get(range)
            .unwrap_or(&[])
            .iter()
            .fold(0u32, |acc, d| {
                acc.wrapping_mul(10).wrapping_add(u32::from(d - b'0'))
            })
    }
}

/// Collects the ASCII digits of `input`, skipping `separators`.
///
/// Fails on any other character, on no digit at all, and on more than `N` digits (reporting
/// the full count, so a message can say "17 digits"). Length rules beyond `N` are the caller's.
pub(crate) fn digits<const N: usize>(
    input: &str,
    separators: &[char],
    expected: &'static str,
) -> Result<Digits<N>, Reason> {
    let mut buf = [0u8; N];
    let mut len = 0usize;
    for (position, c) in input.chars().enumerate() {
        if c.is_ascii_digit() {
            if let Some(slot) = buf.get_mut(len) {
                *slot = c as u8;
            }
            len += 1;
        } else if !separators.contains(&c) && !c.is_whitespace() {
            return Err(Reason::InvalidCharacter {
                character: c,
                position,
            });
        }
    }
    collected(buf, len, expected)
}

/// The digits collected: none is `Empty`, more than `N` is a length error with the full count.
fn collected<const N: usize>(
    buf: [u8; N],
    len: usize,
    expected: &'static str,
) -> Result<Digits<N>, Reason> {
    match len {
        0 => Err(Reason::Empty),
        n if n > N => Err(Reason::InvalidLength {
            length: n,
            expected: expected.into(),
        }),
        _ => Ok(Digits { buf, len }),
    }
}

/// `char::is_whitespace` for one ASCII byte (unlike `u8::is_ascii_whitespace`, it includes
/// the vertical tab), so the byte paths below skip exactly what `trim` and the string paths do.
pub(crate) fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// The ASCII path of compacting (upper-case, drop `separators` and spaces) and then collecting
/// digits, in one pass without allocating: positions count characters of the compact form and
/// a wrong character is reported upper-cased, as the string path does.
pub(crate) fn compact_digits<const N: usize>(
    bytes: &[u8],
    separators: &[u8],
    expected: &'static str,
) -> Result<Digits<N>, Reason> {
    let mut buf = [0u8; N];
    let mut len = 0usize;
    for b in bytes.iter().copied() {
        if b.is_ascii_digit() {
            if let Some(slot) = buf.get_mut(len) {
                *slot = b;
            }
            len += 1;
        } else if !separators.contains(&b) && !ascii_space(b) {
            return Err(Reason::InvalidCharacter {
                character: char::from(b.to_ascii_uppercase()),
                position: len,
            });
        }
    }
    collected(buf, len, expected)
}

/// `bytes` after leading spaces, the first of `words` it starts with (any case) and, when
/// `then_trim`, the spaces after that word.
pub(crate) fn strip_word<'a>(bytes: &'a [u8], words: &[&[u8]], then_trim: bool) -> &'a [u8] {
    for word in words {
        if bytes
            .get(..word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
        {
            let rest = bytes.get(word.len()..).unwrap_or(&[]);
            return if then_trim { trim_start(rest) } else { rest };
        }
    }
    bytes
}

/// `bytes` without leading whitespace (as `str::trim_start` for ASCII).
pub(crate) fn trim_start(bytes: &[u8]) -> &[u8] {
    let n = bytes.iter().take_while(|b| ascii_space(**b)).count();
    bytes.get(n..).unwrap_or(&[])
}

/// The ASCII path of identifiers written as two letters and digits (BPOM `MD…`, halal `ID…`):
/// the same answer as upper-casing, dropping dots, dashes and spaces, checking the two letters
/// with `prefix_ok` and then the digits, but in one pass over the bytes and without allocating.
/// Positions count characters of that compact form, as the string path reports them.
pub(crate) fn prefixed_digits<const N: usize>(
    bytes: &[u8],
    prefix_ok: impl Fn([u8; 2]) -> bool,
    expected: &'static str,
) -> Result<([u8; 2], Digits<N>), Reason> {
    let mut prefix = [0u8; 2];
    let mut buf = [0u8; N];
    let (mut kept, mut len) = (0usize, 0usize);
    for b in bytes.iter().map(u8::to_ascii_uppercase) {
        if matches!(b, b'.' | b'-') || ascii_space(b) {
            continue;
        }
        match prefix.get_mut(kept) {
            Some(slot) => {
                *slot = b;
                if kept == 1 && !prefix_ok(prefix) {
                    return Err(Reason::InvalidPrefix);
                }
            }
            None if b.is_ascii_digit() => {
                if let Some(slot) = buf.get_mut(len) {
                    *slot = b;
                }
                len += 1;
            }
            None => {
                return Err(Reason::InvalidCharacter {
                    character: char::from(b),
                    position: kept,
                })
            }
        }
        kept += 1;
    }
    match (kept, len) {
        (0, _) => Err(Reason::Empty),
        (1, _) => Err(Reason::InvalidPrefix),
        (_, 0) => Err(Reason::Empty),
        (_, n) if n > N => Err(Reason::InvalidLength {
            length: n,
            expected: expected.into(),
        }),
        _ => Ok((prefix, Digits { buf, len })),
    }
}

/// Luhn (mod 10) check over ASCII digits whose last digit is the check digit.
pub(crate) fn luhn_valid(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            let v = u32::from(d - b'0');
            if i % 2 == 1 {
                let dbl = v * 2;
                if dbl > 9 {
                    dbl - 9
                } else {
                    dbl
                }
            } else {
                v
            }
        })
        .sum();
    sum % 10 == 0
}

/// Keeps only digits (for `compact` of numeric identifiers): separators and whitespace go,
/// anything else stays so `validate` can point at it.
pub(crate) fn strip(input: &str, separators: &[char]) -> String {
    input
        .chars()
        .filter(|c| !separators.contains(c) && !c.is_whitespace())
        .collect()
}

/// `is_valid` of every number, in order: one pass, one allocation for the answer.
///
/// ```
/// use umkm::id::{is_valid_many, IdentifierKind};
/// let ok = is_valid_many(IdentifierKind::Npwp, &["01.312.166.0-091.000", "01.312.166.1-091.000"]);
/// assert_eq!(ok, [true, false]);
/// ```
pub fn is_valid_many<S: AsRef<str> + Sync>(kind: IdentifierKind, numbers: &[S]) -> Vec<bool> {
    crate::batch::map(numbers, |n| kind.is_valid(n.as_ref()))
}

/// `format` of every number, in order: a register's column written as it is officially.
///
/// ```
/// use umkm::id::{format_many, IdentifierKind};
/// let written = format_many(IdentifierKind::Npwp, &["013121660091000", "0013121660091000"]);
/// assert_eq!(written, ["01.312.166.0-091.000", "0013121660091000"]);
/// ```
pub fn format_many<S: AsRef<str> + Sync>(kind: IdentifierKind, numbers: &[S]) -> Vec<String> {
    crate::batch::map(numbers, |n| kind.format(n.as_ref()))
}

/// `validate` of every number, in order.
pub fn validate_many<S: AsRef<str> + Sync>(
    kind: IdentifierKind,
    numbers: &[S],
) -> Vec<Result<Compact, IdentifierError>> {
    crate::batch::map(numbers, |n| kind.validate(n.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn digit_counts_are_wholly_indonesian_in_indonesian_messages() {
        let e = halal::validate("ID 12").unwrap_err();
        assert_eq!(e.code(), "halal.length");
        assert_eq!(
            e.message().id,
            "Nomor sertifikat halal harus 8 sampai 30 digit, bukan 2"
        );
        assert_eq!(
            e.message().en,
            "Halal certificate number must have 8 to 30 digits, not 2"
        );
        let e = npwp::validate("12").unwrap_err();
        assert_eq!(e.message().id, "NPWP harus 15 atau 16 digit, bukan 2");
        assert_eq!(
            hs::validate("123").unwrap_err().message().id,
            "Kode HS harus 2, 4, 6, 8 atau 10 digit, bukan 3"
        );
    }

    proptest! {
        #[test]
        fn from_digits_answers_as_from_integer(value: u128, zeros in 0usize..3) {
            for kind in IdentifierKind::ALL {
                let text = format!("{}{value}", "0".repeat(zeros));
                prop_assert_eq!(kind.from_digits(&text), Some(kind.from_integer(value)));
            }
        }
    }

    #[test]
    fn from_digits_refuses_what_is_no_whole_number_of_u128() {
        let kind = IdentifierKind::Npwp;
        assert_eq!(kind.from_digits(""), None);
        assert_eq!(kind.from_digits("-1"), None);
        assert_eq!(kind.from_digits("1 2"), None);
        assert_eq!(
            kind.from_digits("340282366920938463463374607431768211456"),
            None
        );
        assert_eq!(
            kind.from_digits("340282366920938463463374607431768211455"),
            Some((u128::MAX.to_string(), false))
        );
        assert_eq!(kind.from_digits("000"), Some(("0".to_string(), false)));
    }

    #[test]
    fn luhn_known_values() {
        assert!(luhn_valid(b"79927398713"));
        assert!(!luhn_valid(b"79927398710"));
        assert!(luhn_valid(b"013121660"));
    }

    #[test]
    fn digits_reports_what_is_wrong() {
        assert_eq!(
            digits::<4>("12.34", &['.'], "4").map(|d| d.len()).ok(),
            Some(4)
        );
        assert_eq!(
            digits::<4>("12x4", &['.'], "4").err(),
            Some(Reason::InvalidCharacter {
                character: 'x',
                position: 2
            })
        );
        assert_eq!(digits::<4>("...", &['.'], "4").err(), Some(Reason::Empty));
        assert_eq!(
            digits::<4>("123456", &['.'], "4").err(),
            Some(Reason::InvalidLength {
                length: 6,
                expected: "4".into()
            })
        );
    }
}
