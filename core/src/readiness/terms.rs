//! The readiness model's vocabulary: its six dimensions, the levels of a score, the agencies
//! that issue certificates and the documents of a shipment.

use crate::text::Message;
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

/// The JSON name of a unit enum value (`CertificateKind::BpomMd` → `bpom_md`), used in step ids
/// and messages so they read as the record's own words.
pub(crate) fn snake_name<T: Serialize>(value: &T) -> &'static str {
    crate::json::variant::name(value).unwrap_or_default()
}
