//! What an identifier broke: the rule ([`Reason`]) and the coded bilingual error
//! ([`IdentifierError`]) every identifier module returns.

use super::kind::IdentifierKind;
use crate::text::Message;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The rule an identifier broke. Serialised with the rule's code as its tag
/// (`{"reason": "characters", …}`): one vocabulary with [`Reason::code`] and the error codes
/// (`npwp.characters`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reason {
    /// Nothing but separators was given.
    Empty,
    /// A character that is neither a digit nor an accepted separator.
    #[serde(rename = "characters")]
    InvalidCharacter {
        /// The character.
        character: char,
        /// Its position in the input, counted in characters from 0.
        position: usize,
    },
    /// Wrong number of digits.
    #[serde(rename = "length")]
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
        /// The year of the KBLI edition checked against (2020, 2025).
        edition: u16,
    },
    /// The KBLI code is not one of the edition's five-digit codes (its division exists).
    UnknownCode {
        /// The five digits.
        code: String,
        /// The year of the KBLI edition checked against (2020, 2025).
        edition: u16,
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
    #[serde(rename = "prefix")]
    InvalidPrefix,
    /// One position has a value the format does not allow (P-IRT packaging digit, village code).
    #[serde(rename = "component")]
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
    pub const CODES: [&'static str; 15] = [
        "empty",
        "characters",
        "length",
        "checksum",
        "unknown_region",
        "retired_region",
        "impossible_date",
        "unknown_division",
        "unknown_code",
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
            Reason::UnknownCode { .. } => "unknown_code",
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

/// A character as a message shows it: `'x'` for a visible ASCII character, `'３' (U+FF13)`
/// for any other, `U+0009` for an ASCII control or space, so an invisible or look-alike
/// character is still named. Written here rather than with `{:?}`, whose escaping brings
/// Unicode tables of about 2.8 KB gzipped into the identifiers-only WebAssembly module
/// (`umkm/id`, budget 50,000 bytes); `bindings-wasm/build.sh` fails if that module has them.
fn shown(character: char) -> String {
    let point = u32::from(character);
    if character.is_ascii_graphic() {
        format!("'{character}'")
    } else if character.is_ascii() {
        format!("U+{point:04X}")
    } else {
        format!("'{character}' (U+{point:04X})")
    }
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

/// Every `<identifier>.<rule>` code, by [`IdentifierKind`] (in declaration order) and by
/// [`Reason::CODES`] (in order), written once, on first use (a table of literals would add a
/// kilobyte to the identifiers-only WebAssembly module, whose budget is 50 KB).
fn codes() -> &'static [String] {
    static CODES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    CODES.get_or_init(|| {
        IdentifierKind::ALL
            .iter()
            .flat_map(|kind| Reason::CODES.map(|rule| format!("{}.{rule}", kind.as_str())))
            .collect()
    })
}

crate::text::coded_error!(IdentifierError);

impl IdentifierError {
    pub(crate) fn new(kind: IdentifierKind, reason: Reason) -> Self {
        IdentifierError { kind, reason }
    }

    /// Stable error code: `<identifier>.<rule>`, e.g. `npwp.checksum`, `nik.unknown_region`,
    /// as every other error of the crate answers its code: a `&'static str`.
    pub fn code(&self) -> &'static str {
        let rule = Reason::CODES
            .iter()
            .position(|c| *c == self.reason.code())
            .unwrap_or(0);
        codes()
            .get(self.kind as usize * Reason::CODES.len() + rule)
            .map_or("", String::as_str)
    }

    /// [`IdentifierError::code`] as a new `String`, written from its two parts. For code that
    /// must not carry the table of every code `code()` reads: the identifiers-only WebAssembly
    /// module (`umkm/id`), whose budget that table would cost a kilobyte of, uses this.
    pub fn code_text(&self) -> String {
        format!("{}.{}", self.kind.as_str(), self.reason.code())
    }

    /// What went wrong, in Indonesian and English.
    pub fn message(&self) -> Message {
        let (lid, len) = (self.kind.label_id(), self.kind.label());
        match &self.reason {
            Reason::Empty => Message::new(format!("{lid} kosong"), format!("{len} is empty")),
            Reason::InvalidCharacter { character, position } => Message::new(
                format!("{lid} berisi karakter tidak sah {} pada posisi {}", shown(*character), position + 1),
                format!("{len} contains the invalid character {} at position {}", shown(*character), position + 1),
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
            Reason::UnknownDivision { division, edition } => Message::new(
                format!("{lid}: golongan pokok {division} tidak termasuk kategori mana pun di KBLI {edition}"),
                format!("{len}: division {division} belongs to no KBLI {edition} section"),
            ),
            Reason::UnknownCode { code, edition } => Message::new(
                format!("{lid}: kode {code} tidak ada dalam KBLI {edition}"),
                format!("{len}: code {code} is not in KBLI {edition}"),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 15: one vocabulary. Each rule's serde tag is its code.
    #[test]
    fn each_rule_is_serialised_with_its_code() {
        let s = || String::from("x");
        let reasons = [
            Reason::Empty,
            Reason::InvalidCharacter {
                character: 'x',
                position: 0,
            },
            Reason::InvalidLength {
                length: 1,
                expected: s(),
            },
            Reason::Checksum,
            Reason::UnknownRegion { code: s() },
            Reason::RetiredRegion {
                code: s(),
                successor: s(),
            },
            Reason::ImpossibleDate,
            Reason::UnknownDivision {
                division: s(),
                edition: 2025,
            },
            Reason::UnknownCode {
                code: s(),
                edition: 2020,
            },
            Reason::UnknownChapter { chapter: s() },
            Reason::UnknownHeading { heading: s() },
            Reason::UnknownSubheading { subheading: s() },
            Reason::InvalidPrefix,
            Reason::InvalidComponent { component: s() },
            Reason::BirthAfterDate,
        ];
        assert_eq!(reasons.len(), Reason::CODES.len());
        for r in reasons {
            let json = serde_json::to_value(&r).unwrap();
            assert_eq!(json["reason"], r.code(), "{r:?}");
            assert_eq!(serde_json::from_value::<Reason>(json).unwrap(), r);
        }
        let e = crate::id::npwp::validate("01.312.x").unwrap_err();
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(
            format!(
                "{}.{}",
                json["kind"].as_str().unwrap(),
                json["reason"].as_str().unwrap()
            ),
            e.code()
        );
    }

    #[test]
    fn every_code_is_the_identifier_and_the_rule() {
        for kind in IdentifierKind::ALL {
            for (i, rule) in Reason::CODES.iter().enumerate() {
                let code = &codes()[kind as usize * Reason::CODES.len() + i];
                assert_eq!(code, &format!("{}.{rule}", kind.as_str()));
            }
        }
        let e = IdentifierError::new(IdentifierKind::Halal, Reason::Checksum);
        assert_eq!(e.code(), "halal.checksum");
        assert_eq!(e.code_text(), e.code());
    }

    #[test]
    fn a_character_is_shown_with_its_code_point_unless_plain() {
        assert_eq!(shown('x'), "'x'");
        assert_eq!(shown('\''), "'''");
        assert_eq!(shown(' '), "U+0020");
        assert_eq!(shown('\t'), "U+0009");
        assert_eq!(shown('\u{7f}'), "U+007F");
        assert_eq!(shown('３'), "'３' (U+FF13)");
        assert_eq!(shown('\u{200b}'), "'\u{200b}' (U+200B)");
        assert_eq!(shown('😀'), "'😀' (U+1F600)");
        let e = IdentifierError::new(
            IdentifierKind::Npwp,
            Reason::InvalidCharacter {
                character: '\u{a0}',
                position: 2,
            },
        );
        assert_eq!(
            e.message().en,
            "NPWP contains the invalid character '\u{a0}' (U+00A0) at position 3"
        );
    }
}
