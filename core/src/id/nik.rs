//! NIK (Nomor Induk Kependudukan), the 16-digit population number on the KTP.
//!
//! Layout `PPRRSSDDMMYYXXXX` (UU 24/2013 on population administration, Dukcapil practice):
//! province (2), regency/city (2), district (2) of the place of issue, birth day (plus 40 for
//! women), birth month, two-digit birth year, serial (4).
//!
//! Rules checked here: 16 digits; the province and regency/city exist in the Kemendagri data
//! (Kepmendagri 300.2.2-2138/2025), including Kalimantan Utara (65) and the Papua provinces
//! 91–96, and including regency codes retired by the 2022 Papua split, because a NIK keeps the
//! code it was issued under; the birth date exists in 19YY or 20YY. The district is not
//! checked: districts have been split and renumbered since many NIKs were issued
//! ([`district_known`] tells whether it is still in the data, for a warning at most).
//!
//! NIK is personal data (UU 27/2022 on personal data protection): show it with [`mask`], join
//! datasets on a keyed [`pseudonym`], and never write it into a log ([`crate::text::privacy`]).
//!
//! ```
//! use umkm::id::nik::{self, Sex};
//! use chrono::NaiveDate;
//! let n = "3275014101900001"; // Kota Bekasi, woman born 1 January 1990
//! assert!(nik::is_valid(n));
//! assert_eq!(nik::sex(n).unwrap(), Sex::Female);
//! let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
//! assert_eq!(nik::birth_date(n, today).unwrap(), NaiveDate::from_ymd_opt(1990, 1, 1).unwrap());
//! assert_eq!(nik::mask(n).unwrap(), "3275**********01");
//! ```

use super::compact::Compact;
use super::digits::{digits, strip, Digits};
use super::error::{IdentifierError, Reason};
use super::kind::IdentifierKind;
use super::wilayah;
use crate::reference::region::{self, Region};
use chrono::NaiveDate;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

const SEPARATORS: &[char] = &['.', '-'];

/// Sex encoded in the NIK's day field (women: day + 40).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// Day field 01–31.
    Male,
    /// Day field 41–71.
    Female,
}

/// What a valid NIK says about its holder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct NikInfo {
    /// The compact NIK.
    pub nik: String,
    /// Province where it was issued.
    pub province: Region,
    /// Regency/city where it was issued (as named today; a retired code is resolved).
    pub regency: Region,
    /// The six-digit district code as issued, dotted (`32.75.01`).
    pub district_code: String,
    /// Whether that district code is still in the data.
    pub district_known: bool,
    /// Birth date, century chosen as the latest not after `as_of`.
    pub birth_date: NaiveDate,
    /// Sex.
    pub sex: Sex,
    /// The four-digit serial.
    pub serial: String,
}

fn err(reason: Reason) -> IdentifierError {
    IdentifierError::new(IdentifierKind::Nik, reason)
}

/// Decoded fields of a NIK that passed the checks.
pub(crate) struct Parts {
    pub(crate) regency: u16,
    pub(crate) district: u32,
    pub(crate) day: u32,
    pub(crate) month: u32,
    pub(crate) yy: i32,
    pub(crate) sex: Sex,
}

/// Whether day/month exist in 19YY or in 20YY: 29 February exists when either year is a leap
/// year, which for two digits is exactly when YY is divisible by 4 (2000 is a leap year; 1900
/// is not, but then 2000 is). Plain arithmetic: this runs for every NIK checked.
fn date_exists(yy: i32, month: u32, day: u32) -> bool {
    let last = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if yy % 4 == 0 => 29,
        2 => 28,
        _ => return false,
    };
    (1..=last).contains(&day)
}

/// The NIK rules on 16 collected digits (shared with 16-digit NPWP).
pub(crate) fn check_digits(d: &Digits<16>) -> Result<Parts, IdentifierError> {
    if d.len() != 16 {
        return Err(err(Reason::InvalidLength {
            length: d.len(),
            expected: "16".into(),
        }));
    }
    let regency = d.number(0..4) as u16;
    if !region::regency_or_retired_exists(regency) {
        let code = if region::province_exists(d.number(0..2) as u8) {
            format!("{:02}.{:02}", regency / 100, regency % 100)
        } else {
            format!("{:02}", regency / 100)
        };
        return Err(err(Reason::UnknownRegion { code }));
    }
    let raw_day = d.number(6..8);
    let (day, sex) = if raw_day > 40 {
        (raw_day - 40, Sex::Female)
    } else {
        (raw_day, Sex::Male)
    };
    let month = d.number(8..10);
    let yy = d.number(10..12) as i32;
    if !date_exists(yy, month, day) {
        return Err(err(Reason::ImpossibleDate));
    }
    Ok(Parts {
        regency,
        district: d.number(0..6),
        day,
        month,
        yy,
        sex,
    })
}

fn check(number: &str) -> Result<(Digits<16>, Parts), IdentifierError> {
    let d = digits::<16>(number, SEPARATORS, "16").map_err(err)?;
    let parts = check_digits(&d)?;
    Ok((d, parts))
}

/// Removes separators (spaces, `.`, `-`).
pub fn compact(number: &str) -> String {
    strip(number, SEPARATORS)
}

/// Checks a NIK and returns its compact form.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `nik.` and the rule (`nik.length`, `nik.characters`, …: [`Reason`]).
pub fn validate(number: &str) -> Result<Compact, IdentifierError> {
    check(number).map(|(d, _)| d.compact(b""))
}

/// True when [`validate`] succeeds. Never panics.
pub fn is_valid(number: &str) -> bool {
    check(number).is_ok()
}

/// A NIK is written as its 16 digits; this compacts it.
pub fn format(number: &str) -> String {
    compact(number)
}

/// Sex of the holder.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `nik.` and the rule (`nik.length`, `nik.characters`, …: [`Reason`]).
pub fn sex(number: &str) -> Result<Sex, IdentifierError> {
    check(number).map(|(_, p)| p.sex)
}

/// Birth date. The NIK has a two-digit year, so the century is the latest that puts the date
/// on or before `as_of` (a NIK read on 2026-01-01 with year 30 is 1930, with year 05 is 2005).
/// The answer is never after `as_of`.
///
/// # Errors
///
/// Those of [`validate`], and `nik.birth_after_date` when the date is after `as_of` in both
/// the 1900s and the 2000s (a NIK with year 90 read on 1989-12-31).
///
/// ```
/// use umkm::id::nik::birth_date;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(birth_date("3275014101900001", d(2026, 1, 1)).unwrap(), d(1990, 1, 1));
/// assert_eq!(birth_date("3275014101900001", d(1989, 12, 31)).unwrap_err().code(), "nik.birth_after_date");
/// ```
pub fn birth_date(number: &str, as_of: NaiveDate) -> Result<NaiveDate, IdentifierError> {
    check(number).and_then(|(_, p)| resolve_birth(&p, as_of))
}

fn resolve_birth(p: &Parts, as_of: NaiveDate) -> Result<NaiveDate, IdentifierError> {
    let recent = NaiveDate::from_ymd_opt(2000 + p.yy, p.month, p.day).filter(|d| *d <= as_of);
    let older = NaiveDate::from_ymd_opt(1900 + p.yy, p.month, p.day);
    match recent.or(older) {
        Some(born) if born <= as_of => Ok(born),
        Some(_) => Err(err(Reason::BirthAfterDate)),
        None => Err(err(Reason::ImpossibleDate)),
    }
}

/// Regency/city where the NIK was issued, resolved to today's code if it was retired.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `nik.` and the rule (`nik.length`, `nik.characters`, …: [`Reason`]).
pub fn region(number: &str) -> Result<Region, IdentifierError> {
    let (_, p) = check(number)?;
    region::regency_resolved(p.regency).ok_or_else(|| {
        err(Reason::UnknownRegion {
            code: format!("{:04}", p.regency),
        })
    })
}

/// Whether the NIK's six-digit district code is still in the Kemendagri data.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `nik.` and the rule (`nik.length`, `nik.characters`, …: [`Reason`]).
pub fn district_known(number: &str) -> Result<bool, IdentifierError> {
    check(number).map(|(_, p)| region::district_exists(p.district))
}

/// Everything the NIK encodes.
///
/// # Errors
///
/// An [`IdentifierError`] with the rule the number broke; its code is
/// `nik.` and the rule (`nik.length`, `nik.characters`, …: [`Reason`]).
pub fn info(number: &str, as_of: NaiveDate) -> Result<NikInfo, IdentifierError> {
    let (d, p) = check(number)?;
    let missing = || {
        err(Reason::UnknownRegion {
            code: format!("{:04}", p.regency),
        })
    };
    let regency = region::regency_resolved(p.regency).ok_or_else(missing)?;
    let province = wilayah::lookup(regency.code.get(..2).unwrap_or("")).ok_or_else(missing)?;
    Ok(NikInfo {
        nik: d.as_str().to_string(),
        province,
        regency,
        district_code: format!(
            "{:02}.{:02}.{:02}",
            p.district / 10000,
            p.district / 100 % 100,
            p.district % 100
        ),
        district_known: region::district_exists(p.district),
        birth_date: resolve_birth(&p, as_of)?,
        sex: p.sex,
        serial: d.as_str().get(12..16).unwrap_or("").to_string(),
    })
}

/// Hides the personal part of a valid NIK for display and logs: keeps the regency/city
/// (4 digits) and the last two digits, masks the district, birth date and the rest of the
/// serial with `*`.
///
/// # Errors
///
/// Those of [`validate`]: a number that is not a NIK is not masked (an error says why,
/// without the number).
///
/// ```
/// use umkm::id::nik;
/// assert_eq!(nik::mask("3275014101900001").unwrap(), "3275**********01");
/// assert_eq!(nik::mask("3275014101900").unwrap_err().code(), "nik.length");
/// ```
pub fn mask(number: &str) -> Result<String, IdentifierError> {
    let (d, _) = check(number)?;
    let c = d.as_str();
    Ok(format!(
        "{}**********{}",
        c.get(0..4).unwrap_or(""),
        c.get(14..16).unwrap_or("")
    ))
}

/// Shortest key [`pseudonym`] takes, in bytes (128 bits).
pub const MIN_PSEUDONYM_KEY_BYTES: usize = 16;

/// Why a pseudonym could not be made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum PseudonymError {
    /// The number is not a valid NIK.
    #[error(transparent)]
    Nik(#[from] IdentifierError),
    /// The key is shorter than [`MIN_PSEUDONYM_KEY_BYTES`].
    #[error("the key has {bytes} bytes, at least {MIN_PSEUDONYM_KEY_BYTES} are needed")]
    KeyTooShort {
        /// Bytes in the key given.
        bytes: usize,
    },
}

crate::text::coded_error!(PseudonymError);

impl PseudonymError {
    /// Stable code: the NIK's (`nik.checksum`, …) or `pseudonym.key`.
    pub fn code(&self) -> &'static str {
        match self {
            PseudonymError::Nik(e) => e.code(),
            PseudonymError::KeyTooShort { .. } => "pseudonym.key",
        }
    }

    /// Message in both languages.
    pub fn message(&self) -> crate::text::Message {
        match self {
            PseudonymError::Nik(e) => e.message(),
            PseudonymError::KeyTooShort { bytes } => crate::text::Message::new(
                format!("Kunci pseudonim {bytes} bita; paling sedikit {MIN_PSEUDONYM_KEY_BYTES} bita"),
                format!("The pseudonym key has {bytes} bytes; at least {MIN_PSEUDONYM_KEY_BYTES} are needed"),
            ),
        }
    }
}

/// A keyed pseudonym of a valid NIK: HMAC-SHA-256 of its 16 digits under `key`, as 64
/// lower-case hex digits. The same NIK and key always give the same pseudonym, so registers
/// from different offices can be joined on it without holding or sharing the number itself.
///
/// Why keyed: there are only about 10^10 plausible NIKs (region, birth date, serial), so a
/// plain hash of one is undone by trying them all; without the key, a pseudonym cannot be
/// traced back. Under UU No. 27 Tahun 2022 (Pelindungan Data Pribadi) a pseudonym is still
/// personal data for whoever holds the key: keep the key as secret as the register (not in
/// the same place as the pseudonymised data), use one key per purpose, and a new key when
/// joins across purposes must become impossible.
///
/// # Errors
///
/// Those of [`validate`], and `pseudonym.key` for a key shorter than
/// [`MIN_PSEUDONYM_KEY_BYTES`].
///
/// ```
/// use umkm::id::nik;
/// let key = b"kunci-rahasia-dinas-2026";
/// let p = nik::pseudonym("3275014101900001", key).unwrap();
/// assert_eq!(p.len(), 64);
/// assert_eq!(p, nik::pseudonym("3275 0141 0190 0001", key).unwrap());
/// assert_ne!(p, nik::pseudonym("3275014101900001", b"another-key-of-16+bytes").unwrap());
/// ```
pub fn pseudonym(number: &str, key: &[u8]) -> Result<String, PseudonymError> {
    use hmac::{Hmac, Mac};
    let (d, _) = check(number)?;
    if key.len() < MIN_PSEUDONYM_KEY_BYTES {
        return Err(PseudonymError::KeyTooShort { bytes: key.len() });
    }
    let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(key)
        .map_err(|_| PseudonymError::KeyTooShort { bytes: key.len() })?;
    mac.update(d.as_bytes());
    let digest = mac.finalize().into_bytes();
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(64);
    for b in digest {
        for nibble in [b >> 4, b & 0x0f] {
            if let Some(&h) = HEX.get(usize::from(nibble)) {
                out.push(char::from(h));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn valid_numbers_and_fields() {
        let today = d(2026, 11, 23);
        // Man born 17 August 1985 in Kota Depok.
        let info = info("3276011708850003", today).unwrap();
        assert_eq!(info.sex, Sex::Male);
        assert_eq!(info.birth_date, d(1985, 8, 17));
        assert_eq!(info.regency.name, "Kota Depok");
        assert_eq!(info.province.name, "Jawa Barat");
        assert_eq!(info.district_code, "32.76.01");
        // Woman born 29 February 2000 in Kota Pangkal Pinang: 29+40 = 69.
        assert_eq!(
            birth_date("1971016902000002", today).unwrap(),
            d(2000, 2, 29)
        );
        assert_eq!(sex("1971016902000002").unwrap(), Sex::Female);
    }

    #[test]
    fn date_rule_agrees_with_the_calendar() {
        for yy in 0..100 {
            for month in 0..=13 {
                for day in 0..=32 {
                    let calendar = NaiveDate::from_ymd_opt(1900 + yy, month, day).is_some()
                        || NaiveDate::from_ymd_opt(2000 + yy, month, day).is_some();
                    assert_eq!(date_exists(yy, month, day), calendar, "{yy} {month} {day}");
                }
            }
        }
    }

    #[test]
    fn twenty_ninth_of_february() {
        // Year 00: 1900 is no leap year but 2000 is, so 29-02-00 exists; 29-02-01 exists in neither 1901 nor 2001.
        assert!(is_valid("3275012902000001"));
        assert_eq!(
            validate("3275012902010001").unwrap_err().code(),
            "nik.impossible_date"
        );
        assert!(is_valid("3275012902040001"));
    }

    #[test]
    fn regions_python_stdnum_misses() {
        // Kalimantan Utara: Kabupaten Bulungan 65.01.
        assert!(is_valid("6501011001900001"));
        // Papua Pegunungan 95.01 Jayawijaya, and the retired 91.02 code issued before the split.
        assert!(is_valid("9501011001900001"));
        assert!(is_valid("9102011001900001"));
        assert_eq!(region("9102011001900001").unwrap().code, "95.01");
        assert_eq!(
            region("9102011001900001").unwrap().name,
            "Kabupaten Jayawijaya"
        );
        // Papua Barat Daya: Kota Sorong 96.71.
        assert!(is_valid("9671011001900001"));
    }

    #[test]
    fn rejections() {
        assert_eq!(
            validate("3299011001900001").unwrap_err().code(),
            "nik.unknown_region"
        );
        assert_eq!(
            validate("9901011001900001").unwrap_err().code(),
            "nik.unknown_region"
        );
        assert_eq!(
            validate("3275013201900001").unwrap_err().code(),
            "nik.impossible_date"
        );
        assert_eq!(
            validate("3275017201900001").unwrap_err().code(),
            "nik.impossible_date"
        );
        assert_eq!(
            validate("3275010013900001").unwrap_err().code(),
            "nik.impossible_date"
        );
        assert_eq!(
            validate("327501100190000").unwrap_err().code(),
            "nik.length"
        );
        assert_eq!(
            validate("32750110019000011").unwrap_err().code(),
            "nik.length"
        );
        assert_eq!(
            validate("3275O11001900001").unwrap_err().code(),
            "nik.characters"
        );
    }

    #[test]
    fn century_follows_as_of() {
        let n = "3275011001250001"; // 10 January ?25
        assert_eq!(birth_date(n, d(2026, 1, 1)).unwrap(), d(2025, 1, 10));
        assert_eq!(birth_date(n, d(2024, 12, 31)).unwrap(), d(1925, 1, 10));
    }

    #[test]
    fn masking() {
        assert_eq!(mask("3275014101900001").unwrap(), "3275**********01");
        assert_eq!(mask("32.75.01.410190.0001").unwrap(), "3275**********01");
        // Validated first: what is not a NIK is refused, and the error holds no digits of it.
        let e = mask("12345").unwrap_err();
        assert_eq!(e.code(), "nik.length");
        assert!(!e.message().en.contains("12345"));
    }

    #[test]
    fn birth_date_is_never_after_as_of() {
        // Year 90 read on 1989-12-31: 2090 and 1990 are both after it.
        let n = "3275014101900001";
        let e = birth_date(n, d(1989, 12, 31)).unwrap_err();
        assert_eq!(e.code(), "nik.birth_after_date");
        assert_eq!(
            info(n, d(1989, 12, 31)).unwrap_err().code(),
            "nik.birth_after_date"
        );
        // The day itself is fine.
        assert_eq!(birth_date(n, d(1990, 1, 1)).unwrap(), d(1990, 1, 1));
    }

    const HMAC_OF_NIK: &str = "2dfa21e6dbd1e9adc66e86d6e8425ea72c7301757626f399f28d8f6e1b793a0e";

    #[test]
    fn pseudonym_is_hmac_sha256_of_the_digits() {
        // Worked out with Python's hmac module:
        // hmac.new(b"kunci-rahasia-dinas-2026", b"3275014101900001", hashlib.sha256).hexdigest()
        assert_eq!(
            pseudonym("3275 0141 0190 0001", b"kunci-rahasia-dinas-2026").unwrap(),
            HMAC_OF_NIK
        );
        let short = pseudonym("3275014101900001", b"short").unwrap_err();
        assert_eq!(short.code(), "pseudonym.key");
        let not_a_nik = pseudonym("32750141019", b"kunci-rahasia-dinas-2026").unwrap_err();
        assert_eq!(not_a_nik.code(), "nik.length");
    }
}
