//! Indonesia's administrative regions (wilayah) as coded by Kemendagri.
//!
//! Embedded data: every province (38), regency/city (514) and district (7,285) under
//! Kepmendagri No 300.2.2-2138 Tahun 2025 ([`DATA_VERSION`], [`DATA_SOURCE`]), plus the regency
//! codes retired by the 2022 Papua split with their successors. Regency/city codes 01–69 are
//! kabupaten and 71–99 kota. Kemendagri codes differ from BPS statistical codes for Papua:
//! this module uses Kemendagri's, as the NIK and regional offices do.
//!
//! Identifier functions (`compact`, `validate`, ...) for region codes are in
//! [`crate::id::wilayah`]; this module holds the data and the lookups.

mod find;
mod table;

pub use find::{find, find_many, FindError, FoundRegions};
pub use table::{counts, provinces, regencies_of, Level, Region, DATA_SOURCE, DATA_VERSION};
pub(crate) use table::{
    district_exists, district_name, dotted, province_exists, province_name, regency_exists,
    regency_name, regency_or_retired_exists, regency_resolved, successor_of,
};
