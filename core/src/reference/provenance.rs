//! Where the embedded reference data comes from: one entry per table, with its source
//! (decree, publication or compilation), the version embedded and its licence.
//!
//! The entries are `core/data/sources.csv`; the build fails when a data file has no entry, so
//! a new table cannot ship without saying where it comes from. Indonesian laws, government
//! regulations and ministerial decrees are not protected by copyright (UU 28/2014 tentang Hak
//! Cipta, Pasal 42); the compilations and the readiness model are the crate's own work.

use crate::reference::data::SOURCES;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One embedded table and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DataVersion {
    /// Short name of the table (`wilayah`, `agreements`, `holidays`, ...).
    pub table: String,
    /// The file under `core/data/`, or `(code: <module>)` for a table written in the code.
    pub file: String,
    /// What the table holds.
    pub content: String,
    /// The decree, publication or compilation it is taken from.
    pub source: String,
    /// The version embedded: an edition, a snapshot or a check date.
    pub version: String,
    /// The source's licence (an SPDX expression where one applies).
    pub licence: String,
    /// Number of rows of a data file (`None` for a table in the code or a JSON document).
    #[serde(default)]
    pub rows: Option<u32>,
}

/// Every embedded table with its source, version and licence, in the order of
/// `core/data/sources.csv`.
///
/// ```
/// let tables = umkm::reference::provenance::data_versions();
/// let wilayah = tables.iter().find(|t| t.table == "wilayah").unwrap();
/// assert!(wilayah.source.starts_with("Kepmendagri No 300.2.2-2138 Tahun 2025"));
/// assert!(wilayah.rows.unwrap() > 7_000);
/// assert!(tables.iter().all(|t| !t.licence.is_empty()));
/// ```
pub fn data_versions() -> Vec<DataVersion> {
    SOURCES
        .iter()
        .map(
            |&(table, file, content, source, version, licence, rows)| DataVersion {
                table: table.to_string(),
                file: file.to_string(),
                content: content.to_string(),
                source: source.to_string(),
                version: version.to_string(),
                licence: licence.to_string(),
                rows,
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_is_listed_once_with_its_rows() {
        let tables = data_versions();
        let names: Vec<&str> = tables.iter().map(|t| t.table.as_str()).collect();
        assert_eq!(
            names,
            [
                "wilayah",
                "region_successors",
                "countries",
                "currencies",
                "languages",
                "agreements",
                "holidays",
                "hs2022",
                "kbli2020",
                "kbli2025",
                "readiness_rule_set",
                "size_rules",
                "industry_rules"
            ]
        );
        let rows = |name: &str| tables.iter().find(|t| t.table == name).unwrap().rows;
        // The row counts of the files themselves (comment and header lines excluded).
        assert_eq!(rows("agreements"), Some(17));
        assert_eq!(rows("countries"), Some(249));
        assert_eq!(rows("holidays"), Some(79));
        assert_eq!(rows("kbli2020"), Some(1791));
        assert_eq!(rows("kbli2025"), Some(1559));
        assert_eq!(rows("size_rules"), None);
        assert_eq!(rows("readiness_rule_set"), None);
        assert_eq!(
            rows("wilayah"),
            Some(
                crate::reference::data::PROVINCES.len() as u32
                    + crate::reference::data::REGENCIES.len() as u32
                    + crate::reference::data::DISTRICTS.len() as u32
            )
        );
    }

    #[test]
    fn the_readme_lists_every_table_with_its_licence() {
        let readme = include_str!("../../README.md");
        for t in data_versions() {
            let row = format!(
                "| `{}` | {} | {} | {} | {} |",
                t.table, t.content, t.source, t.version, t.licence
            );
            assert!(readme.contains(&row), "README.md lacks the row {row}");
        }
    }
}
