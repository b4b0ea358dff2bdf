//! The embedded table of regions and its lookups by code: names, existence, the regency
//! codes retired by the 2022 Papua split and their successors.

#[cfg(test)]
use crate::reference::data::DISTRICTS;
use crate::reference::data::{
    DISTRICT_BITS, DISTRICT_COUNT, DISTRICT_NAMES, DISTRICT_STARTS, PROVINCES, PROVINCE_BITS,
    REGENCIES, REGENCY_BITS, REGENCY_RANK, REGION_SOURCE, SUCCESSORS,
};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The decree the embedded region data follows.
pub const DATA_VERSION: &str = "Kepmendagri No 300.2.2-2138 Tahun 2025";

/// Where the embedded region data was compiled from.
pub const DATA_SOURCE: &str = REGION_SOURCE;

/// Level of an administrative region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Provinsi: 2 digits.
    Province,
    /// Kabupaten or kota: 4 digits.
    Regency,
    /// Kecamatan (distrik in Papua): 6 digits.
    District,
    /// Kelurahan or desa: 10 digits.
    Village,
}

impl Level {
    /// Number of digits of a code at this level.
    pub fn digits(self) -> usize {
        match self {
            Level::Province => 2,
            Level::Regency => 4,
            Level::District => 6,
            Level::Village => 10,
        }
    }
}

/// A region found in the data.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Region {
    /// Dotted Kemendagri code, e.g. `32.75`.
    pub code: String,
    /// Level.
    pub level: Level,
    /// Official name, e.g. `Kota Bekasi`.
    pub name: String,
}

fn find_row<T: Ord + Copy>(table: &[(T, &'static str)], code: T) -> Option<&'static str> {
    table
        .binary_search_by(|row| row.0.cmp(&code))
        .ok()
        .and_then(|i| table.get(i))
        .map(|row| row.1)
}

pub(crate) fn province_name(code: u8) -> Option<&'static str> {
    find_row(&PROVINCES, code)
}

/// The row of a current regency code in `REGENCIES`, from its bit: constant time, where a
/// binary search over 514 rows was most of a NIK check.
fn regency_row(code: u16) -> Option<usize> {
    let (word, bit) = (usize::from(code / 64), code % 64);
    let w = *REGENCY_BITS.get(word)?;
    if (w >> bit) & 1 == 0 {
        return None;
    }
    let below = (w & ((1u64 << bit) - 1)).count_ones() as usize;
    Some(usize::from(*REGENCY_RANK.get(word)?) + below)
}

pub(crate) fn regency_name(code: u16) -> Option<&'static str> {
    regency_row(code)
        .and_then(|i| REGENCIES.get(i))
        .map(|row| row.1)
}

/// The row of a district code among all districts: the districts of earlier regencies plus
/// those of its own regency numbered below it.
/// Where a district is: its regency's row and its own place among that regency's districts.
fn district_place(code: u32) -> Option<(usize, usize)> {
    let regency = regency_row(u16::try_from(code / 100).ok()?)?;
    let bits = *DISTRICT_BITS.get(regency)?;
    let number = code % 100;
    if (bits >> number) & 1 == 0 {
        return None;
    }
    let below = (bits & ((1u128 << number) - 1)).count_ones() as usize;
    Some((regency, below))
}

pub(crate) fn district_name(code: u32) -> Option<&'static str> {
    let (regency, below) = district_place(code)?;
    let start = *DISTRICT_STARTS.get(regency)? as usize;
    DISTRICT_NAMES
        .get(start..)?
        .split_terminator('\n')
        .nth(below)
}

pub(crate) fn province_exists(code: u8) -> bool {
    code < 128 && (PROVINCE_BITS >> code) & 1 == 1
}

pub(crate) fn district_exists(code: u32) -> bool {
    district_place(code).is_some()
}

/// Successor of a retired regency code, with the law that split the region.
pub(crate) fn successor_of(code: u16) -> Option<(u16, &'static str)> {
    SUCCESSORS
        .binary_search_by(|row| row.0.cmp(&code))
        .ok()
        .and_then(|i| SUCCESSORS.get(i))
        .map(|row| (row.1, row.2))
}

/// Whether a current regency/city has this code. Reads the bits only, not the names, so the
/// identifiers-only WebAssembly module (umkm/id) carries no region names.
pub(crate) fn regency_exists(code: u16) -> bool {
    regency_row(code).is_some()
}

pub(crate) fn regency_or_retired_exists(code: u16) -> bool {
    regency_exists(code) || successor_of(code).is_some()
}

/// The current regency for a code, following a retired code to its successor.
pub(crate) fn regency_resolved(code: u16) -> Option<Region> {
    let current = if regency_exists(code) {
        code
    } else {
        successor_of(code)?.0
    };
    Some(Region {
        code: dotted(u64::from(current), 4),
        level: Level::Regency,
        name: regency_name(current)?.to_string(),
    })
}

/// Writes a code of `len` digits dotted: `3275` → `32.75`, `3275011001` → `32.75.01.1001`.
pub(crate) fn dotted(code: u64, len: usize) -> String {
    let s = format!("{code:0len$}");
    let mut out = String::with_capacity(len + 3);
    for (i, c) in s.chars().enumerate() {
        if matches!(i, 2 | 4 | 6) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// Every province, in code order.
pub fn provinces() -> impl Iterator<Item = Region> {
    PROVINCES.iter().map(|(c, n)| Region {
        code: dotted(u64::from(*c), 2),
        level: Level::Province,
        name: n.to_string(),
    })
}

/// Every regency and city of a province (two-digit code, dotted or not), in code order.
pub fn regencies_of(province: &str) -> Vec<Region> {
    let Ok(p) = province.trim().parse::<u16>() else {
        return Vec::new();
    };
    REGENCIES
        .iter()
        .filter(|(c, _)| c / 100 == p && province.trim().len() == 2)
        .map(|(c, n)| Region {
            code: dotted(u64::from(*c), 4),
            level: Level::Regency,
            name: n.to_string(),
        })
        .collect()
}

/// Number of provinces, regencies/cities and districts in the embedded data.
pub fn counts() -> (usize, usize, usize) {
    (PROVINCES.len(), REGENCIES.len(), DISTRICT_COUNT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_lookups_answer_as_the_tables() {
        for code in 0..=u8::MAX {
            assert_eq!(
                province_exists(code),
                find_row(&PROVINCES, code).is_some(),
                "{code}"
            );
        }
        for code in 0..=u16::MAX {
            assert_eq!(regency_name(code), find_row(&REGENCIES, code), "{code}");
            assert_eq!(regency_exists(code), regency_name(code).is_some(), "{code}");
        }
        for code in (0..2_000_000u32).chain([u32::MAX - 1, u32::MAX]) {
            assert_eq!(district_name(code), find_row(&DISTRICTS, code), "{code}");
            assert_eq!(district_exists(code), district_name(code).is_some());
        }
    }

    #[test]
    fn data_is_complete_and_sorted() {
        assert_eq!(counts(), (38, 514, 7285));
        assert!(PROVINCES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(REGENCIES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(DISTRICTS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(SUCCESSORS.windows(2).all(|w| w[0].0 < w[1].0));
        // Every regency lies in a province, every district in a regency.
        assert!(REGENCIES
            .iter()
            .all(|(c, _)| province_exists((c / 100) as u8)));
        assert!(DISTRICTS
            .iter()
            .all(|(c, _)| regency_name((c / 100) as u16).is_some()));
        assert!(DATA_SOURCE.contains("300.2.2-2138"));
    }

    #[test]
    fn seed_regions() {
        assert_eq!(province_name(32), Some("Jawa Barat"));
        assert_eq!(regency_name(3216), Some("Kabupaten Bekasi"));
        assert_eq!(regency_name(3275), Some("Kota Bekasi"));
        assert_eq!(regency_name(3276), Some("Kota Depok"));
        assert_eq!(province_name(19), Some("Kepulauan Bangka Belitung"));
        assert_eq!(regency_name(1971), Some("Kota Pangkal Pinang"));
        assert_eq!(province_name(65), Some("Kalimantan Utara"));
        for p in 91..=96 {
            assert!(province_exists(p), "province {p}");
        }
        assert_eq!(regencies_of("32").len(), 27);
        assert_eq!(provinces().count(), 38);
    }

    #[test]
    fn dotted_codes() {
        assert_eq!(dotted(32, 2), "32");
        assert_eq!(dotted(3275, 4), "32.75");
        assert_eq!(dotted(327501, 6), "32.75.01");
        assert_eq!(dotted(3275011001, 10), "32.75.01.1001");
        assert_eq!(dotted(1101, 4), "11.01");
    }
}
