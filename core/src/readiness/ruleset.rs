//! The readiness model as data: a versioned rule set that serde loads, so an office can ship its
//! own weights, thresholds, lead times and market requirements without recompiling.
//!
//! The default, `umkm-default-2026` (`core/data/readiness/umkm-default-2026.json`), follows the
//! model in the project's `export-readiness.md`: six dimensions weighted 15/25/20/15/15/10,
//! levels at 0/40/60/80, blockers for a missing NIB, NPWP or a certificate the destination
//! requires for the category. Its market requirements come from the reference notes on
//! destinations (Badan Karantina Indonesia for fish and plant health under Perpres 45/2023,
//! SVLK/V-Legal for timber, label languages), corrected by the December 2026 audit (its
//! `changes`): processed food needs a P-IRT or a BPOM MD, since BPOM issues its export
//! certificate (SKE) for both; halal in Saudi Arabia and the UAE only for meat or a halal
//! claim; a registered farm for fresh produce only where a protocol asks (China). The model it
//! replaced, `umkm-default-2025`, stays embedded ([`RuleSet::builtin`]) so that its reports can
//! be made again. Lead times are planning estimates, not the agencies' service levels.

use super::terms::{Agency, Dimension, ReadinessLevel, ShipmentDocument};
use crate::money::Money;
use crate::record::enterprise::{
    Bookkeeping, CertificateKind, Product, ProductCategory, ProductFact,
};
use crate::record::issue::Issue;
use crate::text::{Message, Text};
use chrono::NaiveDate;
use rust_decimal::Decimal;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::sync::OnceLock;

/// The embedded default rule set.
const DEFAULT_JSON: &str = include_str!("../../data/readiness/umkm-default-2026.json");
/// The default it replaced, kept so that reports made with it can be made again.
const PREVIOUS_JSON: &str = include_str!("../../data/readiness/umkm-default-2025.json");

/// Ids of the embedded rule sets, the default first.
pub const BUILTIN_IDS: [&str; 2] = ["umkm-default-2026", "umkm-default-2025"];

/// The fact a rule checks, with its parameters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(tag = "fact", rename_all = "snake_case", deny_unknown_fields)]
pub enum Check {
    /// A valid NIB is recorded.
    HasNib,
    /// A valid NPWP is recorded.
    HasNpwp,
    /// The legal form is an entity (CV, firma, PT, PT perorangan, koperasi).
    LegalEntity,
    /// A bank account in the business's name.
    BusinessBankAccount,
    /// Every certificate the market requires for the category, valid on `as_of`; points in
    /// proportion to those held. Each missing one is its own gap.
    RequiredCertificates,
    /// Every certificate the market recommends for the category, valid on `as_of`.
    RecommendedCertificates,
    /// The label carries one of the market's label languages (where the category needs one).
    LabelLanguage,
    /// Packaging fit for export.
    ExportPackaging,
    /// Documented quality control, or one of these certificates valid on `as_of`.
    QualityControl {
        /// Certificates that show a quality system.
        certificates: Vec<CertificateKind>,
    },
    /// Maximum daily capacity × `working_days` reaches the product's first-order quantity, both
    /// in the product's unit (price plays no part: a dear product is not readier).
    FirstOrderCapacity {
        /// Working days to produce a first order.
        working_days: u32,
    },
    /// Maximum daily capacity at most `max_ratio` times the minimum.
    StableOutput {
        /// Highest acceptable max/min ratio.
        #[serde(with = "crate::money::decimal")]
        #[cfg_attr(
            feature = "schema",
            schemars(with = "crate::money::decimal::DecimalString")
        )]
        max_ratio: Decimal,
    },
    /// Raw-material supply secured.
    RawMaterialSecured,
    /// Sells through modern retail (channel or a named retail partner).
    ModernRetail,
    /// Marketplace, website or social media.
    OnlinePresence,
    /// At least `min` trade fairs attended.
    TradeFairs {
        /// Fewest fairs.
        min: u32,
    },
    /// Can quote in an export Incoterm (FOB, CFR, CIF, FCA, CPT, CIP).
    ExportQuotation,
    /// Bookkeeping at least `min`.
    Bookkeeping {
        /// Lowest practice that earns the points.
        min: Bookkeeping,
    },
    /// Working capital at least `min` (same currency).
    WorkingCapital {
        /// Working capital for one order.
        min: Money,
    },
    /// Access to credit (KUR or a bank loan).
    CreditAccess,
    /// At least `min` export-skilled staff.
    ExportSkilledStaff {
        /// Fewest staff.
        min: u32,
    },
    /// A shipment on or before `as_of`, or an export sales channel.
    ExportedBefore,
    /// A shipment in its own name on or before `as_of`, or the direct-export channel.
    ExportedDirect,
    /// A shipment with an SKA on or before `as_of`.
    SkaIssuedBefore,
    /// A foreign buyer contact, or a past shipment.
    BuyerContact,
}

/// One scoring rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable id, also the plan step id (`legality.nib`).
    pub id: Text,
    /// Dimension it scores in.
    pub dimension: Dimension,
    /// Points it is worth.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub points: Decimal,
    /// Unmet, it blocks export whatever the score.
    #[serde(default)]
    pub blocker: bool,
    /// What it checks.
    pub check: Check,
    /// Said when met.
    pub met: Message,
    /// Said when not met (the gap).
    pub unmet: Message,
    /// What to do about it.
    pub action: Message,
    /// Who resolves it (certificate rules take the certificate's agency).
    #[serde(default)]
    pub agency: Option<Agency>,
    /// Typical days to resolve it.
    #[serde(default)]
    pub lead_time_days: Option<u32>,
    /// Steps that must be done first (rule ids or `certificate.<kind>`).
    #[serde(default)]
    pub after: Vec<Text>,
}

/// What it takes to obtain one kind of certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CertificateInfo {
    /// Kind.
    pub kind: CertificateKind,
    /// Name in both languages.
    pub name: Message,
    /// Issuing agency.
    pub agency: Agency,
    /// Typical days to obtain it.
    pub lead_time_days: u32,
    /// Steps that must be done first.
    #[serde(default)]
    pub after: Vec<Text>,
    /// Certificates that are sometimes taken for this one but do not replace it.
    #[serde(default)]
    pub not_replaced_by: Vec<CertificateKind>,
    /// Said when the enterprise holds one of `not_replaced_by` instead.
    #[serde(default)]
    pub note: Option<Message>,
}

/// What it takes to obtain one kind of shipment document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DocumentInfo {
    /// Kind.
    pub kind: ShipmentDocument,
    /// Name in both languages.
    pub name: Message,
    /// Issuing agency.
    pub agency: Agency,
    /// Typical days per shipment.
    pub lead_time_days: u32,
    /// Certificates it cannot be issued without.
    #[serde(default)]
    pub requires: Vec<CertificateKind>,
    /// Certificates of which it needs at least one (BPOM's Surat Keterangan Ekspor: P-IRT or
    /// BPOM MD); empty when none is asked for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires_any: Vec<CertificateKind>,
}

impl DocumentInfo {
    /// Whether the enterprise holds what the document needs, by `valid` (a kind held and valid).
    pub fn obtainable_with(&self, valid: impl Fn(CertificateKind) -> bool) -> bool {
        self.requires.iter().all(|k| valid(*k))
            && (self.requires_any.is_empty() || self.requires_any.iter().any(|k| valid(*k)))
    }
}

/// A certificate a market requires or recommends, with overrides for this route.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CertificateNeed {
    /// Kind.
    pub kind: CertificateKind,
    /// Agency for this route, if not the catalogue's (fishery HACCP comes from KKP).
    #[serde(default)]
    pub agency: Option<Agency>,
    /// Lead time for this route, if not the catalogue's.
    #[serde(default)]
    pub lead_time_days: Option<u32>,
    /// Extra steps first on this route (`certificate.skp` before fishery HACCP).
    #[serde(default)]
    pub after: Vec<Text>,
    /// Other certificates that meet the need as well (BPOM MD for the P-IRT a food export
    /// needs); the gap, when none is held, names `kind`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<CertificateKind>,
}

/// Requirements for some product categories (all categories when `categories` is empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    /// Categories it applies to; empty for all.
    #[serde(default)]
    pub categories: Vec<ProductCategory>,
    /// Applies only to a product with at least one of these facts recorded as true (halal in
    /// Saudi Arabia: meat or a halal claim); empty for every product.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub when: Vec<ProductFact>,
    /// Certificates required (missing or expired blocks export).
    #[serde(default)]
    pub required: Vec<CertificateNeed>,
    /// Certificates recommended (points only).
    #[serde(default)]
    pub recommended: Vec<CertificateNeed>,
    /// Documents needed for each shipment.
    #[serde(default)]
    pub documents: Vec<ShipmentDocument>,
    /// Notes for the exporter.
    #[serde(default)]
    pub notes: Vec<Message>,
}

impl Requirement {
    /// Applies to a category.
    pub fn applies_to(&self, category: ProductCategory) -> bool {
        self.categories.is_empty() || self.categories.contains(&category)
    }

    /// Applies to a product: its category, and one of `when` if any is given.
    pub fn applies_to_product(&self, product: &Product) -> bool {
        self.applies_to(product.category)
            && (self.when.is_empty() || self.when.iter().any(|f| product.has(*f)))
    }
}

/// A destination market's profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MarketProfile {
    /// Market code: a country code, or `EU`.
    pub code: Text,
    /// Name in both languages.
    pub name: Message,
    /// ISO 3166-1 alpha-2 codes of the countries it covers.
    pub countries: Vec<String>,
    /// Label languages accepted (ISO 639-1).
    #[serde(default)]
    pub label_languages: Vec<String>,
    /// Categories whose label must be in one of `label_languages`.
    #[serde(default)]
    pub label_categories: Vec<ProductCategory>,
    /// Requirements on top of the base requirements.
    #[serde(default)]
    pub requirements: Vec<Requirement>,
    /// Notes for the exporter.
    #[serde(default)]
    pub notes: Vec<Message>,
}

/// A dimension's weight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DimensionWeight {
    /// Dimension.
    pub dimension: Dimension,
    /// Points the dimension is worth (the weights sum to 100).
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub weight: Decimal,
    /// Name in both languages.
    pub name: Message,
}

/// The lowest score of a level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LevelThreshold {
    /// Level.
    pub level: ReadinessLevel,
    /// Lowest score of the level.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub min_score: Decimal,
}

/// A complete, checked readiness model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    /// Stable id (`umkm-default-2026`); bumped when the model changes.
    pub id: Text,
    /// First day the model is meant for.
    pub effective_from: NaiveDate,
    /// Where the model comes from.
    pub citation: String,
    /// A note shown with every report.
    #[serde(default)]
    pub note: Option<Message>,
    /// What changed from the model it replaces, one entry each, with the source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Message>,
    /// Dimensions and weights.
    pub dimensions: Vec<DimensionWeight>,
    /// Level thresholds, lowest first.
    pub levels: Vec<LevelThreshold>,
    /// Certificates expiring within this many days of `as_of` are warned about.
    pub expiry_warning_days: u32,
    /// Scoring rules.
    pub rules: Vec<Rule>,
    /// Certificate catalogue.
    pub certificates: Vec<CertificateInfo>,
    /// Shipment-document catalogue.
    pub documents: Vec<DocumentInfo>,
    /// Requirements of every destination.
    pub base_requirements: Vec<Requirement>,
    /// Market profiles.
    pub markets: Vec<MarketProfile>,
    /// Profile used for a destination without one.
    pub generic_market: MarketProfile,
}

/// A rule set that cannot be used, with every problem found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("invalid rule set: {}", .problems.iter().map(|p| format!("{} ({}) {}", p.path, p.code, p.message_en)).collect::<Vec<_>>().join("; "))]
pub struct RuleSetError {
    /// Every problem, each with its JSON pointer, code and messages.
    pub problems: Vec<Issue>,
}

crate::text::coded_error!(RuleSetError);

impl RuleSetError {
    /// `ruleset.invalid`; each problem has its own code.
    pub fn code(&self) -> &'static str {
        "ruleset.invalid"
    }

    /// How many problems the rule set has, in Indonesian and English.
    pub fn message(&self) -> Message {
        let n = self.problems.len();
        Message::new(
            format!("Aturan kesiapan memuat {n} masalah."),
            format!("The rule set has {n} problem(s)."),
        )
    }
}

/// A problem of a rule set, an error at `path`.
pub(crate) fn problem(
    path: impl Into<String>,
    code: &'static str,
    id: String,
    en: String,
) -> Issue {
    Issue::error(path, code, Message::new(id, en))
}

/// Visits every value at a path pattern (`*` matches each array item).
fn visit(value: &Value, pattern: &[&str], path: String, f: &mut dyn FnMut(&Value, &str)) {
    let Some((head, rest)) = pattern.split_first() else {
        f(value, &path);
        return;
    };
    if *head == "*" {
        if let Value::Array(items) = value {
            for (i, item) in items.iter().enumerate() {
                visit(item, rest, format!("{path}/{i}"), f);
            }
        }
    } else if let Some(next) = value.get(*head) {
        visit(next, rest, format!("{path}/{head}"), f);
    }
}

/// Reports every string at `pattern` that is not a value of `T`.
fn check_names<T: DeserializeOwned>(
    doc: &Value,
    pattern: &str,
    what: &str,
    problems: &mut Vec<Issue>,
) {
    let parts: Vec<&str> = pattern.split('/').filter(|p| !p.is_empty()).collect();
    visit(doc, &parts, String::new(), &mut |v, path| {
        if v.is_string() && crate::json::reader::read::<T>(v).is_err() {
            problems.push(problem(
                path,
                "ruleset.unknown_value",
                format!("{what} tidak dikenal: {v}"),
                format!("unknown {what}: {v}"),
            ));
        }
    });
}

/// Paths of every requirement list in a rule set document.
const REQUIREMENT_LISTS: [&str; 3] = [
    "base_requirements",
    "markets/*/requirements",
    "generic_market/requirements",
];

impl RuleSet {
    /// The embedded default rule set, `umkm-default-2026`, parsed and checked once.
    ///
    /// # Errors
    ///
    /// `ruleset.invalid` only if the embedded rule set were malformed, which the tests rule
    /// out.
    pub fn default_set() -> Result<&'static RuleSet, RuleSetError> {
        static DEFAULT: OnceLock<Result<RuleSet, RuleSetError>> = OnceLock::new();
        DEFAULT
            .get_or_init(|| RuleSet::from_json(DEFAULT_JSON).map(RuleSet::into_static))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// An embedded rule set by its id ([`BUILTIN_IDS`]): the default, or
    /// `umkm-default-2025`, which it replaced on 2 December 2026 (see its `changes`), kept so
    /// that old reports can be made again. `None` for any other id.
    ///
    /// ```
    /// use umkm::readiness::RuleSet;
    /// assert_eq!(RuleSet::builtin("umkm-default-2025").unwrap().unwrap().id, "umkm-default-2025");
    /// assert_eq!(RuleSet::default_set().unwrap().id, "umkm-default-2026");
    /// assert!(RuleSet::builtin("umkm-default-1999").is_none());
    /// ```
    pub fn builtin(id: &str) -> Option<Result<&'static RuleSet, RuleSetError>> {
        static PREVIOUS: OnceLock<Result<RuleSet, RuleSetError>> = OnceLock::new();
        match id {
            "umkm-default-2026" => Some(RuleSet::default_set()),
            "umkm-default-2025" => Some(
                PREVIOUS
                    .get_or_init(|| RuleSet::from_json(PREVIOUS_JSON).map(RuleSet::into_static))
                    .as_ref()
                    .map_err(Clone::clone),
            ),
            _ => None,
        }
    }

    /// Every text made fixed ([`Text::into_static`]), for the embedded default set, which lives
    /// in a static as long as the program: reports then copy none of its names and count no
    /// references to them (a readiness report repeats some hundred of them).
    fn into_static(self) -> RuleSet {
        fn texts(v: Vec<Text>) -> Vec<Text> {
            v.into_iter().map(Text::into_static).collect()
        }
        fn messages(v: Vec<Message>) -> Vec<Message> {
            v.into_iter().map(Message::into_static).collect()
        }
        fn needs(v: Vec<CertificateNeed>) -> Vec<CertificateNeed> {
            v.into_iter()
                .map(|n| CertificateNeed {
                    after: texts(n.after),
                    ..n
                })
                .collect()
        }
        fn requirements(v: Vec<Requirement>) -> Vec<Requirement> {
            v.into_iter()
                .map(|r| Requirement {
                    required: needs(r.required),
                    recommended: needs(r.recommended),
                    notes: messages(r.notes),
                    ..r
                })
                .collect()
        }
        fn market(m: MarketProfile) -> MarketProfile {
            MarketProfile {
                code: m.code.into_static(),
                name: m.name.into_static(),
                requirements: requirements(m.requirements),
                notes: messages(m.notes),
                ..m
            }
        }
        RuleSet {
            id: self.id.into_static(),
            note: self.note.map(Message::into_static),
            dimensions: self
                .dimensions
                .into_iter()
                .map(|d| DimensionWeight {
                    name: d.name.into_static(),
                    ..d
                })
                .collect(),
            rules: self
                .rules
                .into_iter()
                .map(|r| Rule {
                    id: r.id.into_static(),
                    met: r.met.into_static(),
                    unmet: r.unmet.into_static(),
                    action: r.action.into_static(),
                    after: texts(r.after),
                    ..r
                })
                .collect(),
            certificates: self
                .certificates
                .into_iter()
                .map(|c| CertificateInfo {
                    name: c.name.into_static(),
                    after: texts(c.after),
                    note: c.note.map(Message::into_static),
                    ..c
                })
                .collect(),
            documents: self
                .documents
                .into_iter()
                .map(|d| DocumentInfo {
                    name: d.name.into_static(),
                    ..d
                })
                .collect(),
            base_requirements: requirements(self.base_requirements),
            markets: self.markets.into_iter().map(market).collect(),
            generic_market: market(self.generic_market),
            ..self
        }
    }

    /// The default rule set as JSON, a starting point for an office's own.
    pub fn default_json() -> &'static str {
        DEFAULT_JSON
    }

    /// Reads and checks a rule set. Unknown names (certificate kinds, categories, agencies,
    /// dimensions, levels) and every semantic problem are listed together: weights that do not
    /// sum to 100, rule points that do not sum to their dimension's weight, thresholds out of
    /// order, duplicate ids, unknown or circular prerequisites, requirements without a
    /// catalogue entry, unknown countries or languages.
    ///
    /// # Errors
    ///
    /// [`RuleSetError`] (`ruleset.invalid`) listing every problem with its JSON pointer:
    /// malformed JSON, a wrong shape, and each semantic problem of [`RuleSet::problems`].
    pub fn from_json(json: &str) -> Result<RuleSet, RuleSetError> {
        let doc: Value = crate::json::reader::parse(json).map_err(|e| {
            let code = match e {
                crate::json::reader::ParseError::Json(_) => "ruleset.json",
                _ => e.code(),
            };
            let m = e.message();
            RuleSetError {
                problems: vec![problem(e.path(), code, m.id.into(), m.en.into())],
            }
        })?;
        RuleSet::from_value(&doc)
    }

    /// [`RuleSet::from_json`] of a parsed JSON document (the facade's argument as it stands,
    /// without writing it out and parsing it again).
    ///
    /// # Errors
    ///
    /// As [`RuleSet::from_json`].
    pub fn from_value(doc: &Value) -> Result<RuleSet, RuleSetError> {
        let problems = crate::limits::ruleset_list_issues(doc);
        if !problems.is_empty() {
            return Err(RuleSetError { problems });
        }
        let mut problems = Vec::new();
        check_names::<Dimension>(doc, "dimensions/*/dimension", "dimensi", &mut problems);
        check_names::<Dimension>(doc, "rules/*/dimension", "dimensi", &mut problems);
        check_names::<ReadinessLevel>(doc, "levels/*/level", "level", &mut problems);
        for p in [
            "rules/*/agency",
            "certificates/*/agency",
            "documents/*/agency",
        ] {
            check_names::<Agency>(doc, p, "instansi", &mut problems);
        }
        for p in [
            "certificates/*/kind",
            "certificates/*/not_replaced_by/*",
            "documents/*/requires/*",
            "documents/*/requires_any/*",
            "rules/*/check/certificates/*",
        ] {
            check_names::<CertificateKind>(doc, p, "jenis sertifikat", &mut problems);
        }
        check_names::<ShipmentDocument>(doc, "documents/*/kind", "dokumen", &mut problems);
        check_names::<Bookkeeping>(doc, "rules/*/check/min", "pembukuan", &mut problems);
        check_names::<ProductCategory>(
            doc,
            "markets/*/label_categories/*",
            "kategori",
            &mut problems,
        );
        check_names::<ProductCategory>(
            doc,
            "generic_market/label_categories/*",
            "kategori",
            &mut problems,
        );
        for list in REQUIREMENT_LISTS {
            for (field, f) in [("required", "kind"), ("recommended", "kind")] {
                check_names::<CertificateKind>(
                    doc,
                    &format!("{list}/*/{field}/*/{f}"),
                    "jenis sertifikat",
                    &mut problems,
                );
                check_names::<Agency>(
                    doc,
                    &format!("{list}/*/{field}/*/agency"),
                    "instansi",
                    &mut problems,
                );
                check_names::<CertificateKind>(
                    doc,
                    &format!("{list}/*/{field}/*/alternatives/*"),
                    "jenis sertifikat",
                    &mut problems,
                );
            }
            check_names::<ProductFact>(doc, &format!("{list}/*/when/*"), "fakta", &mut problems);
            check_names::<ProductCategory>(
                doc,
                &format!("{list}/*/categories/*"),
                "kategori",
                &mut problems,
            );
            check_names::<ShipmentDocument>(
                doc,
                &format!("{list}/*/documents/*"),
                "dokumen",
                &mut problems,
            );
        }
        if !problems.is_empty() {
            return Err(RuleSetError { problems });
        }
        let set: RuleSet = crate::json::reader::read(doc).map_err(|e| {
            let m = e.problem.message();
            RuleSetError {
                problems: vec![problem(
                    e.path,
                    "ruleset.json",
                    format!("bentuk rule set salah: {}", m.id),
                    format!("malformed rule set: {}", m.en),
                )],
            }
        })?;
        let problems = set.problems();
        if problems.is_empty() {
            Ok(set)
        } else {
            Err(RuleSetError { problems })
        }
    }

    /// The catalogue entry of a certificate kind.
    pub fn certificate(&self, kind: CertificateKind) -> Option<&CertificateInfo> {
        self.certificates.iter().find(|c| c.kind == kind)
    }

    /// The catalogue entry of a shipment document.
    pub fn document(&self, kind: ShipmentDocument) -> Option<&DocumentInfo> {
        self.documents.iter().find(|d| d.kind == kind)
    }

    /// The market profile of a destination code (`JP`, `DE`, `EU`), or `None` for the generic one.
    pub fn market(&self, code: &str) -> Option<&MarketProfile> {
        self.markets
            .iter()
            .find(|m| m.code == code || m.countries.iter().any(|c| c == code))
    }

    /// The weight of a dimension.
    pub fn weight(&self, dimension: Dimension) -> Decimal {
        self.dimensions
            .iter()
            .find(|d| d.dimension == dimension)
            .map(|d| d.weight)
            .unwrap_or_default()
    }

    /// The level a score reaches (ignoring blockers).
    pub fn level_for(&self, score: Decimal) -> ReadinessLevel {
        self.levels
            .iter()
            .rev()
            .find(|l| score >= l.min_score)
            .map(|l| l.level)
            .unwrap_or(ReadinessLevel::NotReady)
    }

    /// The lowest score of a level, if the set has it.
    pub fn threshold(&self, level: ReadinessLevel) -> Option<Decimal> {
        self.levels
            .iter()
            .find(|l| l.level == level)
            .map(|l| l.min_score)
    }
}

/// Checks a rule set given as JSON: every problem found, empty when it is usable. The same
/// list [`RuleSet::from_json`] returns in its error, for callers that only want a verdict.
pub fn check_rule_set(json: &str) -> Vec<Issue> {
    match RuleSet::from_json(json) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems,
    }
}

/// The six dimensions, in report order.
pub const ALL_DIMENSIONS: [Dimension; 6] = [
    Dimension::Legality,
    Dimension::ProductCompliance,
    Dimension::CapacityQuality,
    Dimension::Market,
    Dimension::Management,
    Dimension::ExportExperience,
];

/// Plan step id of obtaining a certificate: `certificate.haccp`.
pub fn certificate_step(kind: CertificateKind) -> Text {
    // Written out so a step id costs nothing per report; a test holds each to
    // `certificate.` + the kind's JSON name, and a new kind cannot compile without one.
    Text::fixed(match kind {
        CertificateKind::Pirt => "certificate.pirt",
        CertificateKind::BpomMd => "certificate.bpom_md",
        CertificateKind::BpomMl => "certificate.bpom_ml",
        CertificateKind::Halal => "certificate.halal",
        CertificateKind::Sni => "certificate.sni",
        CertificateKind::Haccp => "certificate.haccp",
        CertificateKind::Skp => "certificate.skp",
        CertificateKind::Iso22000 => "certificate.iso22000",
        CertificateKind::Fssc22000 => "certificate.fssc22000",
        CertificateKind::Svlk => "certificate.svlk",
        CertificateKind::Organic => "certificate.organic",
        CertificateKind::Gap => "certificate.gap",
        CertificateKind::Other => "certificate.other",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certificate_steps_are_spelled_as_the_kinds() {
        use CertificateKind::*;
        for kind in [
            Pirt, BpomMd, BpomMl, Halal, Sni, Haccp, Skp, Iso22000, Fssc22000, Svlk, Organic, Gap,
            Other,
        ] {
            let json = serde_json::to_value(kind).unwrap();
            assert_eq!(
                certificate_step(kind),
                format!("certificate.{}", json.as_str().unwrap())
            );
        }
    }

    #[test]
    fn default_set_is_valid_and_sums_to_100() {
        let set = RuleSet::default_set().unwrap();
        assert_eq!(set.id, "umkm-default-2026");
        assert_eq!(set.changes.len(), 3);
        for id in BUILTIN_IDS {
            let builtin = RuleSet::builtin(id).unwrap().unwrap();
            assert_eq!(builtin.id, id);
            assert!(builtin.problems().is_empty(), "{id}");
        }
        let total: Decimal = set.rules.iter().map(|r| r.points).sum();
        assert_eq!(total, Decimal::ONE_HUNDRED);
        assert_eq!(set.weight(Dimension::ProductCompliance), Decimal::from(25));
        assert_eq!(
            set.level_for(Decimal::from(80)),
            ReadinessLevel::ExportReady
        );
        assert_eq!(
            set.level_for(Decimal::new(799, 1)),
            ReadinessLevel::NearlyReady
        );
        assert_eq!(
            set.level_for(Decimal::from(40)),
            ReadinessLevel::NeedsCoaching
        );
        assert_eq!(
            set.level_for(Decimal::new(399, 1)),
            ReadinessLevel::NotReady
        );
        assert_eq!(set.market("DE").unwrap().code, "EU");
        assert!(set.market("BR").is_none());
    }

    #[test]
    fn serialised_default_set_reads_back_identically() {
        let set = RuleSet::default_set().unwrap();
        let json = serde_json::to_string(set).unwrap();
        assert_eq!(&RuleSet::from_json(&json).unwrap(), set);
    }

    #[test]
    fn malformed_set_lists_every_problem() {
        let mut doc: Value = serde_json::from_str(DEFAULT_JSON).unwrap();
        doc["dimensions"][0]["weight"] = Value::from("20");
        doc["levels"][2]["min_score"] = Value::from("30");
        doc["certificates"][0]["kind"] = Value::from("iso9001");
        doc["markets"][0]["requirements"][0]["required"][0]["kind"] = Value::from("kosher");
        let err = RuleSet::from_json(&doc.to_string()).unwrap_err();
        let codes: Vec<(&str, &str)> = err
            .problems
            .iter()
            .map(|p| (p.path.as_str(), p.code.as_str()))
            .collect();
        // Unknown names are reported first, together.
        assert_eq!(
            codes,
            [
                ("/certificates/0/kind", "ruleset.unknown_value"),
                (
                    "/markets/0/requirements/0/required/0/kind",
                    "ruleset.unknown_value"
                ),
            ]
        );
        // With the names fixed, the semantic problems come out together.
        doc["certificates"][0]["kind"] = Value::from("pirt");
        doc["markets"][0]["requirements"][0]["required"][0]["kind"] = Value::from("bpom_md");
        let err = RuleSet::from_json(&doc.to_string()).unwrap_err();
        let codes: Vec<&str> = err.problems.iter().map(|p| p.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "ruleset.weights_sum",
                "ruleset.points_sum",
                "ruleset.levels_order"
            ],
            "{err}"
        );
        assert!(err.problems[0].message_en.contains("105"), "{err}");
    }

    #[test]
    fn prerequisites_must_exist_and_not_loop() {
        let mut doc: Value = serde_json::from_str(DEFAULT_JSON).unwrap();
        let rules = doc["rules"].as_array_mut().unwrap();
        let nib = rules
            .iter()
            .position(|r| r["id"] == "legality.nib")
            .unwrap();
        rules[nib]["after"] = serde_json::json!(["legality.bank_account"]);
        let bank = rules
            .iter()
            .position(|r| r["id"] == "legality.bank_account")
            .unwrap();
        rules[bank]["after"] = serde_json::json!(["legality.nib", "legality.passport"]);
        let err = RuleSet::from_json(&doc.to_string()).unwrap_err();
        let codes: Vec<&str> = err.problems.iter().map(|p| p.code.as_str()).collect();
        assert_eq!(codes, ["ruleset.unknown_step", "ruleset.cycle"], "{err}");
    }

    #[test]
    fn broken_json_is_one_clear_problem() {
        let err = RuleSet::from_json("{").unwrap_err();
        assert_eq!(err.problems[0].code, "ruleset.json");
        let err = RuleSet::from_json(r#"{"id": 5}"#).unwrap_err();
        assert_eq!(err.problems[0].code, "ruleset.json");
        assert_eq!(err.problems[0].path, "/id");
    }
}
