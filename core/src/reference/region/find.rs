//! Finding a region's code from its name as registers write it: `KAB. BOGOR`, `Kab Bogor`,
//! `Kota Bekasi`, `Pangkalpinang` (officially `Kota Pangkal Pinang`), `Jakarta Selatan`
//! (`Kota Administrasi Jakarta Selatan`), `Prov. Jawa Barat`, `Jabar`, `DKI Jakarta`.
//!
//! A name is compared by its letters and digits only, case and spaces aside. A leading
//! `Kabupaten`/`Kab.`, `Kota`/`Kotamadya`, `Provinsi`/`Prov.` or `Kecamatan`/`Kec.`/`Distrik`
//! narrows the answer to that kind of region; `Kep.` is read as `Kepulauan`. Since some
//! names begin with `Kota` themselves (the district `Kota Baru`, the regency `Kabupaten
//! Kotabaru`), a name is also tried whole. A name shared by several regions (`Bogor` is a
//! kabupaten and a kota; many districts share names) is answered with every candidate, in
//! code order: the caller narrows by `level` or `within`. Provinces are also found by the
//! abbreviations in everyday administrative use (`Jabar`, `Jateng`, `NTB`, `Kepri`, `DIY`).

use super::table::{dotted, Level, Region};
use crate::limits::MAX_REGION_NAME_BYTES;
use crate::reference::data::{
    DISTRICT_BITS, DISTRICT_NAMES, DISTRICT_STARTS, PROVINCES, REGENCIES,
};
use crate::text::Message;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Why a name could not be looked for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FindError {
    /// Nothing but spaces and punctuation.
    #[error("empty region name")]
    Empty,
    /// Longer than [`MAX_REGION_NAME_BYTES`].
    #[error("region name too long")]
    TooLong {
        /// Its length in bytes.
        bytes: usize,
    },
    /// `within` is not the code of a province or regency/city.
    #[error("within is not a province or regency code")]
    UnknownWithin,
}

crate::text::coded_error!(FindError);

impl FindError {
    /// Stable code: `region.name_empty`, `region.name_too_long`, `region.unknown_within`.
    pub fn code(&self) -> &'static str {
        match self {
            FindError::Empty => "region.name_empty",
            FindError::TooLong { .. } => "region.name_too_long",
            FindError::UnknownWithin => "region.unknown_within",
        }
    }

    /// Message in Indonesian and English.
    pub fn message(&self) -> Message {
        match self {
            FindError::Empty => Message::new("Nama wilayah kosong.", "The region name is empty."),
            FindError::TooLong { bytes } => Message::new(
                format!("Nama wilayah terlalu panjang: {bytes} byte, paling banyak {MAX_REGION_NAME_BYTES}."),
                format!("The region name is too long: {bytes} bytes, at most {MAX_REGION_NAME_BYTES}."),
            ),
            FindError::UnknownWithin => Message::new(
                "Batas pencarian (within) bukan kode provinsi atau kabupaten/kota yang ada.",
                "The search bound (within) is not the code of an existing province or regency/city.",
            ),
        }
    }
}

/// What a leading word says about the kind of region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Province,
    Kabupaten,
    Kota,
    District,
}

impl Kind {
    fn of_word(word: &str) -> Option<Kind> {
        Some(match word {
            "provinsi" | "propinsi" | "prov" | "prop" => Kind::Province,
            "kabupaten" | "kab" => Kind::Kabupaten,
            "kota" | "kotamadya" | "kodya" | "kotif" => Kind::Kota,
            "kecamatan" | "kec" | "distrik" => Kind::District,
            _ => return None,
        })
    }
}

/// Province abbreviations in everyday administrative use, and the short forms registers write
/// for the two special regions, with the province code.
const PROVINCE_ALIASES: &[(&str, u8)] = &[
    ("nad", 11),
    ("nanggroeacehdarussalam", 11),
    ("sumut", 12),
    ("sumbar", 13),
    ("sumsel", 16),
    ("babel", 19),
    ("bangkabelitung", 19),
    ("kepri", 21),
    ("dki", 31),
    ("dkijakarta", 31),
    ("dkj", 31),
    ("daerahkhususjakarta", 31),
    ("jakarta", 31),
    ("jabar", 32),
    ("jateng", 33),
    ("diy", 34),
    ("diyogyakarta", 34),
    ("yogyakarta", 34),
    ("jatim", 35),
    ("ntb", 52),
    ("ntt", 53),
    ("kalbar", 61),
    ("kalteng", 62),
    ("kalsel", 63),
    ("kaltim", 64),
    ("kaltara", 65),
    ("sulut", 71),
    ("sulteng", 72),
    ("sulsel", 73),
    ("sultra", 74),
    ("sulbar", 76),
    ("malut", 82),
];

/// One region of the index.
struct Entry {
    code: u64,
    level: Level,
    name: &'static str,
    kind: Kind,
}

impl Entry {
    fn region(&self) -> Region {
        Region {
            code: dotted(self.code, self.level.digits()),
            level: self.level,
            name: self.name.to_string(),
        }
    }

    /// The code's digits as text, undotted (for `within`).
    fn digits(&self) -> String {
        format!("{:0w$}", self.code, w = self.level.digits())
    }
}

struct Index {
    entries: Vec<Entry>,
    by_key: HashMap<String, Vec<usize>>,
}

/// The words of a name: lower case, letters and digits, `kep` read as `kepulauan`.
fn words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.replace('\'', "").to_lowercase())
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w == "kep" {
                "kepulauan".to_string()
            } else {
                w
            }
        })
        .collect()
}

/// A leading kind word (and `administrasi` after it, as in Jakarta's), and the key of the rest.
fn designated(words: &[String]) -> Option<(Kind, String)> {
    let (first, rest) = words.split_first()?;
    let kind = Kind::of_word(first)?;
    let rest = match rest.split_first() {
        Some((w, r)) if w == "administrasi" || w == "adm" => r,
        _ => rest,
    };
    (!rest.is_empty()).then(|| (kind, rest.concat()))
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(build)
}

fn build() -> Index {
    let mut entries = Vec::with_capacity(8_000);
    for (code, name) in PROVINCES.iter() {
        entries.push(Entry {
            code: u64::from(*code),
            level: Level::Province,
            name,
            kind: Kind::Province,
        });
    }
    for (row, (code, name)) in REGENCIES.iter().enumerate() {
        let kind = if code % 100 >= 71 {
            Kind::Kota
        } else {
            Kind::Kabupaten
        };
        entries.push(Entry {
            code: u64::from(*code),
            level: Level::Regency,
            name: name.trim(),
            kind,
        });
        let bits = DISTRICT_BITS.get(row).copied().unwrap_or(0);
        let start = DISTRICT_STARTS
            .get(row)
            .map_or(DISTRICT_NAMES.len(), |s| *s as usize);
        let names = DISTRICT_NAMES
            .get(start..)
            .unwrap_or("")
            .split_terminator('\n');
        let numbers = (0..128u64).filter(|n| (bits >> n) & 1 == 1);
        for (number, name) in numbers.zip(names) {
            let code = u64::from(*code) * 100 + number;
            entries.push(Entry {
                code,
                level: Level::District,
                name: name.trim(),
                kind: Kind::District,
            });
        }
    }
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::with_capacity(entries.len() + 64);
    for (i, e) in entries.iter().enumerate() {
        let w = words(e.name);
        // Regencies are keyed without their `Kabupaten`/`Kota` (and Jakarta's `Administrasi`);
        // provinces and districts by their whole name.
        let key = match (e.level, designated(&w)) {
            (Level::Regency, Some((_, key))) => key,
            _ => w.concat(),
        };
        by_key.entry(key).or_default().push(i);
    }
    for (alias, code) in PROVINCE_ALIASES {
        if let Some(i) = entries
            .iter()
            .position(|e| e.level == Level::Province && e.code == u64::from(*code))
        {
            let list = by_key.entry((*alias).to_string()).or_default();
            if !list.contains(&i) {
                list.push(i);
            }
        }
    }
    Index { entries, by_key }
}

/// The regions a name as written in a register may stand for, in code order; empty when none.
/// `level` keeps only regions of that level; `within` (a province or regency/city code, dotted
/// or not) only regions inside it (not the region itself).
///
/// ```
/// use umkm::reference::region::{find, Level};
/// let codes = |name: &str| find(name, None, None).unwrap().into_iter().map(|r| r.code).collect::<Vec<_>>();
/// assert_eq!(codes("KAB. BOGOR"), ["32.01"]);
/// assert_eq!(codes("Kota Bekasi"), ["32.75"]);
/// assert_eq!(codes("Pangkalpinang"), ["19.71"]);
/// assert_eq!(codes("Bogor"), ["32.01", "32.71"]); // a kabupaten and a kota: both
/// assert_eq!(codes("Jabar"), ["32"]);
/// let cities = find("Bekasi", Some(Level::Regency), Some("32")).unwrap();
/// assert_eq!(cities.len(), 2);
/// ```
///
/// # Errors
/// `region.name_empty`, `region.name_too_long` (over 128 bytes), `region.unknown_within`.
pub fn find(
    name: &str,
    level: Option<Level>,
    within: Option<&str>,
) -> Result<Vec<Region>, FindError> {
    let within = within_digits(within)?;
    Ok(candidates(name, level, within.as_deref())?
        .into_iter()
        .map(Entry::region)
        .collect())
}

/// `within` as its digits, checked to be a province or regency/city code.
fn within_digits(within: Option<&str>) -> Result<Option<String>, FindError> {
    let Some(w) = within else { return Ok(None) };
    let digits: String = w
        .chars()
        .filter(|c| *c != '.' && !c.is_whitespace())
        .collect();
    let all_digits = digits.bytes().all(|b| b.is_ascii_digit());
    let known = all_digits
        && match digits.len() {
            2 => digits.parse().is_ok_and(super::table::province_exists),
            4 => digits
                .parse()
                .is_ok_and(|c| super::table::regency_name(c).is_some()),
            _ => false,
        };
    if known {
        Ok(Some(digits))
    } else {
        Err(FindError::UnknownWithin)
    }
}

/// The regions of the index a name may stand for, in code order.
fn candidates(
    name: &str,
    level: Option<Level>,
    within: Option<&str>,
) -> Result<Vec<&'static Entry>, FindError> {
    if name.len() > MAX_REGION_NAME_BYTES {
        return Err(FindError::TooLong { bytes: name.len() });
    }
    let w = words(name);
    if w.is_empty() {
        return Err(FindError::Empty);
    }
    let idx = index();
    let lookup = |key: &str| -> Vec<&'static Entry> {
        idx.by_key
            .get(key)
            .into_iter()
            .flatten()
            .filter_map(|&i| idx.entries.get(i))
            .collect()
    };
    let mut found: Vec<&'static Entry> = Vec::new();
    // The name as designated (`Kab. Bogor`: kabupaten only) ...
    if let Some((kind, key)) = designated(&w) {
        found.extend(lookup(&key).into_iter().filter(|e| e.kind == kind));
    }
    // ... and whole (`Kota Baru`, a district; `Bogor`, any kind).
    found.extend(lookup(&w.concat()));
    found.sort_unstable_by_key(|e| (e.level, e.code));
    found.dedup_by_key(|e| (e.level, e.code));
    found.retain(|e| {
        let inside = |w: &str| {
            let d = e.digits();
            d.len() > w.len() && d.starts_with(w)
        };
        level.is_none_or(|l| l == e.level) && within.is_none_or(inside)
    });
    Ok(found)
}

/// A column of names looked up by `find_many`: for row `i`, `matches[i]` regions were
/// found; where exactly one, `codes[i]` and `names[i]` are its code and official name, else
/// `null` (none found, or several: ask `find` for the candidates). `codes[i]` is also `null`
/// with `errors[i]` set where the name could not be looked for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FoundRegions {
    /// The code when exactly one region matched.
    pub codes: Vec<Option<String>>,
    /// Its official name.
    pub names: Vec<Option<String>>,
    /// How many regions matched (0: none, 1: found, more: ambiguous).
    pub matches: Vec<u32>,
    /// The error's code where a name could not be looked for (`region.name_empty`), else `null`.
    pub errors: Vec<Option<String>>,
}

/// [`find`] of every name of a register's column, one bad cell not stopping the rest.
///
/// # Errors
/// `region.unknown_within` (for the whole column).
pub fn find_many<S: AsRef<str>>(
    names: &[S],
    level: Option<Level>,
    within: Option<&str>,
) -> Result<FoundRegions, FindError> {
    let within = within_digits(within)?;
    let mut out = FoundRegions::default();
    for name in names {
        let (code, official, matches, error) =
            match candidates(name.as_ref(), level, within.as_deref()) {
                Ok(found) => match found.as_slice() {
                    [one] => {
                        let r = one.region();
                        (Some(r.code), Some(r.name), 1, None)
                    }
                    many => (
                        None,
                        None,
                        u32::try_from(many.len()).unwrap_or(u32::MAX),
                        None,
                    ),
                },
                Err(e) => (None, None, 0, Some(e.code().to_string())),
            };
        out.codes.push(code);
        out.names.push(official);
        out.matches.push(matches);
        out.errors.push(error);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(name: &str) -> Vec<String> {
        find(name, None, None)
            .unwrap()
            .into_iter()
            .map(|r| r.code)
            .collect()
    }

    #[test]
    fn register_spellings() {
        assert_eq!(codes("KAB. BOGOR"), ["32.01"]);
        assert_eq!(codes("Kab Bogor"), ["32.01"]);
        assert_eq!(codes("Kabupaten Bogor"), ["32.01"]);
        assert_eq!(codes("kota bogor"), ["32.71"]);
        assert_eq!(codes("Kota Bekasi"), ["32.75"]);
        assert_eq!(codes("Kab. Bekasi"), ["32.16"]);
        assert_eq!(codes("Pangkalpinang"), ["19.71"]);
        assert_eq!(codes("Kota Pangkal Pinang"), ["19.71"]);
        assert_eq!(codes("Jakarta Selatan"), ["31.74"]);
        assert_eq!(codes("Kota Adm. Jakarta Utara"), ["31.72"]);
        assert_eq!(codes("Kab. Kep. Seribu"), ["31.01"]);
        assert_eq!(codes("Prov. Jawa Barat"), ["32"]);
        assert_eq!(codes("JAWA BARAT"), ["32"]);
        assert_eq!(codes("DKI Jakarta"), ["31"]);
        assert_eq!(codes("Kep. Bangka Belitung"), ["19"]);
        // Kota Depok, and the districts named Depok in Kabupaten Cirebon and Sleman.
        assert_eq!(codes("Depok"), ["32.76", "32.09.31", "34.04.07"]);
        assert_eq!(codes("Kota Depok"), ["32.76"]);
    }

    #[test]
    fn ambiguous_names_give_every_candidate() {
        assert_eq!(codes("Bogor"), ["32.01", "32.71"]);
        assert_eq!(codes("Bekasi"), ["32.16", "32.75"]);
        // Districts that share a name across the country.
        let many = find("Kota Baru", None, None).unwrap();
        assert!(many.len() > 2, "{many:?}");
        assert!(many.iter().any(|r| r.level == Level::District));
        assert!(many.iter().any(|r| r.name == "Kabupaten Kotabaru"));
    }

    #[test]
    fn level_and_within_narrow() {
        let r = find("Bekasi", Some(Level::Regency), Some("32")).unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(find("Bogor", None, Some("32.71")).unwrap().len(), 0);
        assert_eq!(
            find("Cibinong", Some(Level::District), Some("32.01")).unwrap()[0].code,
            "32.01.01"
        );
        assert_eq!(find("x", None, Some("99")), Err(FindError::UnknownWithin));
        assert_eq!(
            find("x", None, Some("32.01.01")),
            Err(FindError::UnknownWithin)
        );
    }

    #[test]
    fn errors_and_misses() {
        assert_eq!(find(" . ", None, None), Err(FindError::Empty));
        assert_eq!(
            find(&"a".repeat(129), None, None).unwrap_err().code(),
            "region.name_too_long"
        );
        assert!(find("Atlantis", None, None).unwrap().is_empty());
    }

    #[test]
    fn many() {
        let out = find_many(&["KAB. BOGOR", "Bogor", "Atlantis", ""], None, None).unwrap();
        assert_eq!(out.codes, [Some("32.01".into()), None, None, None]);
        assert_eq!(out.names[0].as_deref(), Some("Kabupaten Bogor"));
        assert_eq!(out.matches, [1, 2, 0, 0]);
        assert_eq!(out.errors[3].as_deref(), Some("region.name_empty"));
    }
}
