//! Export readiness: how ready an enterprise is to send one product to one destination on a
//! date, what blocks it, what to do first and when it can be ready.
//!
//! - [`RuleSet`]: the model as data (dimensions and weights, rules with points, the certificate
//!   and shipment-document catalogues with agencies and lead times, market profiles). The default
//!   `umkm-default-2026` is embedded ([`RuleSet::default_set`]), and the one it replaced,
//!   `umkm-default-2025`, stays selectable ([`RuleSet::builtin`]); an office can load its own from
//!   JSON ([`RuleSet::from_json`]), which lists every problem in a malformed set.
//! - [`assess`] / [`assess_with`]: the [`ReadinessReport`]: score, level, dimension scores,
//!   blockers, gaps, an ordered action plan with the earliest ready date, the SKA forms, the
//!   shipment documents and a trace of every rule applied.
//! - [`origin_forms`]: certificate-of-origin (SKA) forms for a destination on a date.
//! - [`assess_order`]: whether a requested quantity fits a deadline at the product's capacity,
//!   over Indonesian working days ([`calendar`]).
//!
//! Certificates are judged on `as_of`: a certificate counts when it was issued on or before it
//! and has not expired. A report with a blocker is never export ready.

pub mod calendar;
mod engine;
pub mod order;
pub mod origin;
mod report;
pub mod ruleset;

pub use engine::{assess, assess_with};
pub use order::{assess_order, Order, OrderError, OrderFeasibility, OrderFit};
pub use origin::{origin_forms, OriginForm};
pub use report::{
    DimensionScore, DocumentStatus, Gap, MarketSummary, Outcome, PlanStep, ReadinessReport,
    ReadinessSummary, ReportWarning, TraceEntry,
};
pub use ruleset::{check_rule_set, RuleSet, RuleSetError};

use crate::lang::Message;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The six dimensions of the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// NIB, NPWP, legal entity, bank account.
    Legality,
    /// Certificates the category and destination need, label language, export packaging.
    ProductCompliance,
    /// The coaches' "3K": kualitas, kuantitas, kontinuitas.
    CapacityQuality,
    /// Domestic channels won, online presence, trade fairs, export quotations.
    Market,
    /// Bookkeeping, working capital, credit, export-skilled staff.
    Management,
    /// Exports and SKA before, buyer contacts.
    ExportExperience,
}

/// Readiness level from the score (thresholds in the rule set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReadinessLevel {
    /// Belum siap.
    NotReady,
    /// Perlu pendampingan.
    NeedsCoaching,
    /// Hampir siap.
    NearlyReady,
    /// Siap ekspor (only with no blocker).
    ExportReady,
}

impl ReadinessLevel {
    /// Name of the level: `Siap ekspor` / `Export ready`.
    pub fn label(self) -> Message {
        let (id, en) = match self {
            ReadinessLevel::NotReady => ("Belum siap", "Not ready"),
            ReadinessLevel::NeedsCoaching => ("Perlu pendampingan", "Needs coaching"),
            ReadinessLevel::NearlyReady => ("Hampir siap", "Nearly ready"),
            ReadinessLevel::ExportReady => ("Siap ekspor", "Export ready"),
        };
        Message::new(id, en)
    }
}

/// The agency or party that resolves a gap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Agency {
    /// OSS (Online Single Submission), issues the NIB.
    Oss,
    /// Direktorat Jenderal Pajak (NPWP).
    Djp,
    /// Kemenkumham AHU Online (PT, CV, koperasi deeds).
    Kemenkumham,
    /// A bank (accounts, KUR).
    Bank,
    /// BPJPH (halal certificates).
    Bpjph,
    /// BPOM (MD/ML registration, export health certificate).
    Bpom,
    /// Badan Karantina Indonesia (fish health, phytosanitary, ISPM 15).
    BadanKarantina,
    /// Kementerian Kelautan dan Perikanan (SKP, fishery HACCP).
    Kkp,
    /// Kementerian Pertanian / Dinas Pertanian (farm registration, GAP).
    Kementan,
    /// Direktorat Jenderal Bea dan Cukai (PEB, customs).
    BeaCukai,
    /// Kemendag and its SKA issuing offices (IPSKA).
    KemendagIpska,
    /// Kemendag export development (DJPEN, BBPPEI, ITPC, trade attachés).
    Kemendag,
    /// The regional office (Dinas Perindustrian dan Perdagangan, Dinas Koperasi dan UKM).
    Dinas,
    /// Timber legality verification body (LVLK) for SVLK and V-Legal.
    Lvlk,
    /// Product certification body for SNI (LSPro).
    Lspro,
    /// An accredited certification body (HACCP, ISO 22000, FSSC 22000, organic).
    CertificationBody,
}

impl Agency {
    /// Name of the agency in both languages.
    pub fn name(self) -> Message {
        let (id, en) = match self {
            Agency::Oss => (
                "OSS (Online Single Submission)",
                "OSS (Online Single Submission)",
            ),
            Agency::Djp => ("Direktorat Jenderal Pajak", "Directorate General of Taxes"),
            Agency::Kemenkumham => ("Kemenkumham (AHU Online)", "Ministry of Law (AHU Online)"),
            Agency::Bank => ("Bank", "Bank"),
            Agency::Bpjph => ("BPJPH", "BPJPH (Halal Product Assurance Agency)"),
            Agency::Bpom => ("BPOM", "BPOM (Food and Drug Authority)"),
            Agency::BadanKarantina => ("Badan Karantina Indonesia", "Indonesian Quarantine Agency"),
            Agency::Kkp => (
                "Kementerian Kelautan dan Perikanan",
                "Ministry of Marine Affairs and Fisheries",
            ),
            Agency::Kementan => (
                "Kementerian Pertanian / Dinas Pertanian",
                "Ministry of Agriculture",
            ),
            Agency::BeaCukai => ("Bea Cukai", "Customs (Bea Cukai)"),
            Agency::KemendagIpska => ("Kemendag / IPSKA", "Ministry of Trade / IPSKA"),
            Agency::Kemendag => ("Kementerian Perdagangan", "Ministry of Trade"),
            Agency::Dinas => ("Dinas daerah", "Regional office (Dinas)"),
            Agency::Lvlk => (
                "Lembaga Verifikasi Legalitas Kayu",
                "Timber legality verifier (LVLK)",
            ),
            Agency::Lspro => (
                "Lembaga Sertifikasi Produk (LSPro)",
                "Product certification body (LSPro)",
            ),
            Agency::CertificationBody => ("Lembaga sertifikasi", "Certification body"),
        };
        Message::new(id, en)
    }
}

/// Documents issued for each shipment (not held in advance).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ShipmentDocument {
    /// Health Certificate for Fish and Fishery Products (Badan Karantina Indonesia, Perpres 45/2023).
    HealthCertificateFish,
    /// Phytosanitary certificate for plants and fresh produce (Badan Karantina Indonesia).
    PhytosanitaryCertificate,
    /// Fumigation or ISPM 15 treatment certificate for wood packaging.
    FumigationCertificate,
    /// V-Legal document for timber products.
    VLegalDocument,
    /// BPOM export health certificate for processed food.
    BpomHealthCertificate,
    /// Certificate of origin (SKA).
    CertificateOfOrigin,
    /// Export declaration (PEB) to Bea Cukai.
    Peb,
}

/// Why an assessment could not be made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReadinessError {
    /// The product is not in the enterprise's product list.
    #[error("product {product:?} is not in the record (products: {available:?})")]
    UnknownProduct {
        /// The name asked for.
        product: String,
        /// The names in the record.
        available: Vec<String>,
    },
    /// The destination is neither an ISO 3166-1 alpha-2 country code nor `EU`.
    #[error("{destination:?} is not an ISO 3166-1 alpha-2 country code or EU")]
    UnknownCountry {
        /// The destination given.
        destination: String,
    },
    /// The rule set is malformed.
    #[error(transparent)]
    RuleSet(#[from] RuleSetError),
    /// The date is outside the years the plan can count ([`crate::limits`]).
    #[error(transparent)]
    Limit(#[from] crate::limits::LimitError),
}

use crate::privacy::shown;

impl ReadinessError {
    /// Stable code: `readiness.unknown_product`, `readiness.unknown_country`, `ruleset.invalid`.
    pub fn code(&self) -> &'static str {
        match self {
            ReadinessError::UnknownProduct { .. } => "readiness.unknown_product",
            ReadinessError::UnknownCountry { .. } => "readiness.unknown_country",
            ReadinessError::RuleSet(_) => "ruleset.invalid",
            ReadinessError::Limit(e) => e.code(),
        }
    }

    /// Message in both languages.
    pub fn message(&self) -> Message {
        match self {
            ReadinessError::UnknownProduct { product, available } => {
                // The caller's names, shown as messages show input (digit runs masked, long
                // names cut), at most ten of them.
                let product = shown(product);
                let mut names: Vec<String> = available.iter().take(10).map(|n| shown(n)).collect();
                if available.len() > 10 {
                    names.push("…".into());
                }
                let names = names.join(", ");
                Message::new(
                    format!("Produk {product:?} tidak ada dalam data usaha (produk: {names})."),
                    format!("Product {product:?} is not in the record (products: {names})."),
                )
            }
            ReadinessError::UnknownCountry { destination } => {
                let destination = shown(destination);
                Message::new(
                    format!("{destination:?} bukan kode negara ISO 3166-1 alpha-2 atau EU."),
                    format!("{destination:?} is not an ISO 3166-1 alpha-2 country code or EU."),
                )
            }
            ReadinessError::Limit(e) => e.message(),
            ReadinessError::RuleSet(e) => Message::new(
                format!("Rule set tidak sah: {} masalah.", e.problems.len()),
                format!("Invalid rule set: {} problems.", e.problems.len()),
            ),
        }
    }
}

/// The JSON name of a unit enum value (`CertificateKind::BpomMd` → `bpom_md`), used in step ids
/// and messages so they read as the record's own words.
pub(crate) fn snake_name<T: Serialize>(value: &T) -> &'static str {
    crate::variant::name(value).unwrap_or_default()
}

/// Normalises a destination (`" jp "` → `JP`) and checks it is a country code or `EU`.
pub(crate) fn destination_code(destination: &str) -> Result<String, ReadinessError> {
    let code = destination.trim().to_ascii_uppercase();
    if code == "EU" || crate::country::is_country(&code) {
        Ok(code)
    } else {
        Err(ReadinessError::UnknownCountry {
            destination: destination.to_string(),
        })
    }
}
