//! Applies a rule set to one enterprise, product, destination and date.

use super::error::{destination_code, ReadinessError};
use super::origin::origin_forms;
use super::report::{
    DimensionScore, DocumentStatus, Gap, MarketSummary, Outcome, PlanStep, ReadinessReport,
    ReportWarning, TraceEntry,
};
use super::ruleset::{certificate_step, CertificateNeed, Check, MarketProfile, Rule, RuleSet};
use super::terms::{snake_name, Agency, ReadinessLevel, ShipmentDocument};
use crate::money::Money;
use crate::record::enterprise::{
    Bookkeeping, CertificateKind, Certification, Enterprise, Product, SalesChannel,
};
use crate::text::{text, Message, Text};
use chrono::{Days, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};
use std::cmp::Reverse;
use std::collections::BTreeMap;

/// Assesses with the embedded default rule set (`umkm-default-2026`).
///
/// `product` is the product's name in the record (case and surrounding spaces ignored);
/// `destination` an ISO 3166-1 alpha-2 code or `EU`. A destination without a market profile is
/// assessed on the generic profile, with a `market.generic` warning.
///
/// ```
/// use umkm::{readiness::{assess, ReadinessLevel}, Enterprise};
/// use chrono::NaiveDate;
///
/// let record = Enterprise::from_json(r#"{
///     "name": "Keripik Tempe Bu Sri",
///     "nib": "9120001234567",
///     "products": [{"name": "Keripik tempe", "category": "processed_food", "unit": "pack"}],
///     "certifications": [{"kind": "pirt", "number": "P-IRT No. 2053275010023-27"}]
/// }"#).unwrap();
/// let report = assess(&record, "Keripik tempe", "NZ", NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()).unwrap();
/// assert!(report.blocked);
/// assert_eq!(report.level, ReadinessLevel::NotReady);
/// // BPOM's export certificate (SKE) is issued for P-IRT products: the P-IRT is enough, and
/// // the one blocker is the missing NPWP (the PEB and the SKA need it).
/// let steps: Vec<&str> = report.blockers.iter().map(|g| g.step.as_str()).collect();
/// assert_eq!(steps, ["legality.npwp"]);
/// ```
///
/// # Errors
///
/// A [`ReadinessError`]: `readiness.unknown_product` when the record has no product of that
/// name (the names it has are listed, as messages show input), `readiness.unknown_country` for a
/// destination that is neither a country code nor `EU`, and a limit's code when a date is past
/// the years a plan can count ([`crate::limits`]).
pub fn assess(
    enterprise: &Enterprise,
    product: &str,
    destination: &str,
    as_of: NaiveDate,
) -> Result<ReadinessReport, ReadinessError> {
    assess_with(
        RuleSet::default_set()?,
        enterprise,
        product,
        destination,
        as_of,
    )
}

/// One decimal place, half away from zero, always written with its decimal (`83.0`).
fn one_dp(x: Decimal) -> Decimal {
    // Points are mostly written with one decimal or none already; rounding is for the rest.
    match x.scale() {
        1 => x,
        0 => x
            .mantissa()
            .checked_mul(10)
            .and_then(|m| Decimal::try_from_i128_with_scale(m, 1).ok())
            .unwrap_or_else(|| round_one_dp(x)),
        _ => round_one_dp(x),
    }
}

fn round_one_dp(x: Decimal) -> Decimal {
    let mut y = x.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero);
    y.rescale(1);
    y
}

/// Product names are the same ignoring case and the spaces around them.
fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.chars().map(lower).eq(b.chars().map(lower))
    }
}

/// The lower case of a letter of the Latin, Greek and Cyrillic alphabets (the scripts of the
/// product names in Indonesian records, Vietnamese letters included), as `char::to_lowercase`
/// gives it, and final sigma as sigma; any other character as it is. Written out instead of
/// using the standard library's tables for every script: those are 8 KB of the WebAssembly
/// module, for letters no product name here is written in. The test holds it to
/// `to_lowercase` over these alphabets.
fn lower(c: char) -> char {
    let u = u32::from(c);
    let even = u % 2 == 0;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            u + 0x20
        }
        0x400..=0x40F => u + 0x50,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF
            if even =>
        {
            u + 1
        }
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x4FF if even => u + 1,
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if !even => u + 1,
        0x178 => 0xFF,
        0x1E9E => 0xDF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E | 0x38F => u + 63,
        0x3C2 => 0x3C3,
        0x4C0 => 0x4CF,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// Finds a product by name.
pub(crate) fn find_product<'a>(
    enterprise: &'a Enterprise,
    name: &str,
) -> Result<&'a Product, ReadinessError> {
    enterprise
        .products
        .iter()
        .find(|p| p.name == name)
        .or_else(|| {
            enterprise
                .products
                .iter()
                .find(|p| same_name(&p.name, name))
        })
        .ok_or_else(|| ReadinessError::UnknownProduct {
            product: name.to_string(),
            available: enterprise.products.iter().map(|p| p.name.clone()).collect(),
        })
}

fn document_step(doc: ShipmentDocument) -> Text {
    // Written out so a step id costs nothing per report; a test holds each to `document.` + the
    // document's JSON name, and a new document cannot compile without one.
    Text::fixed(match doc {
        ShipmentDocument::HealthCertificateFish => "document.health_certificate_fish",
        ShipmentDocument::PhytosanitaryCertificate => "document.phytosanitary_certificate",
        ShipmentDocument::FumigationCertificate => "document.fumigation_certificate",
        ShipmentDocument::VLegalDocument => "document.v_legal_document",
        ShipmentDocument::BpomHealthCertificate => "document.bpom_health_certificate",
        ShipmentDocument::CertificateOfOrigin => "document.certificate_of_origin",
        ShipmentDocument::Peb => "document.peb",
    })
}

struct Evaluation {
    awarded: Decimal,
    outcome: Outcome,
    detail: Message,
    gaps: Vec<Gap>,
}

struct Context<'a> {
    set: &'a RuleSet,
    enterprise: &'a Enterprise,
    product: &'a Product,
    market: &'a MarketProfile,
    as_of: NaiveDate,
    required: Vec<CertificateNeed>,
    recommended: Vec<CertificateNeed>,
}

impl Context<'_> {
    fn covers(&self, c: &Certification) -> bool {
        c.products.is_empty() || c.products.iter().any(|p| same_name(p, &self.product.name))
    }

    /// A certificate of this kind covering the product and valid on `as_of`.
    /// The kind that meets a need: its own kind or an alternative, held and valid on `as_of`.
    fn meets(&self, need: &CertificateNeed) -> Option<CertificateKind> {
        std::iter::once(&need.kind)
            .chain(need.alternatives.iter())
            .copied()
            .find(|k| self.valid(*k).is_some())
    }

    fn valid(&self, kind: CertificateKind) -> Option<&Certification> {
        self.enterprise
            .certifications
            .iter()
            .filter(|c| c.kind == kind && self.covers(c) && c.is_valid_on(self.as_of))
            .max_by_key(|c| c.expires)
    }

    /// The latest-expiring certificate of this kind covering the product, valid or not.
    fn latest(&self, kind: CertificateKind) -> Option<&Certification> {
        self.enterprise
            .certifications
            .iter()
            .filter(|c| c.kind == kind && self.covers(c))
            .max_by_key(|c| c.expires)
    }

    fn cert_name(&self, kind: CertificateKind) -> Message {
        self.set
            .certificate(kind)
            .map(|c| c.name.clone())
            .unwrap_or_else(|| Message::new(snake_name(&kind), snake_name(&kind)))
    }

    fn shipped(&self) -> impl Iterator<Item = &crate::record::enterprise::Shipment> {
        let as_of = self.as_of;
        self.enterprise
            .shipments
            .iter()
            .filter(move |s| s.date <= as_of)
    }

    fn has_channel(&self, channel: SalesChannel) -> bool {
        self.enterprise.sales_channels.contains(&channel)
    }
}

fn yes_no(
    value: Option<bool>,
    met: Message,
    unmet: Message,
    missing: Message,
) -> (Outcome, Message) {
    match value {
        Some(true) => (Outcome::Met, met),
        Some(false) => (Outcome::Unmet, unmet),
        None => (Outcome::NotRecorded, missing),
    }
}

/// "<what> not recorded", written at compile time (fixed text, nothing to allocate).
macro_rules! not_recorded {
    ($id:literal, $en:literal $(,)?) => {
        Message::new(
            concat!($id, " tidak tercatat."),
            concat!($en, " not recorded."),
        )
    };
}

/// Evaluates a certificate list rule: points in proportion to the certificates held, one gap
/// per missing certificate worth the points it adds.
fn certificates(ctx: &Context, rule: &Rule, needs: &[CertificateNeed]) -> Evaluation {
    if needs.is_empty() {
        return Evaluation {
            awarded: rule.points,
            outcome: Outcome::NotApplicable,
            detail: if matches!(rule.check, Check::RecommendedCertificates) {
                Message::new(
                    "Pasar ini tidak menganjurkan sertifikat tambahan untuk kategori produk ini.",
                    "This market recommends no further certificate for this product category.",
                )
            } else {
                Message::new(
                    "Pasar ini tidak mensyaratkan sertifikat untuk kategori produk ini.",
                    "This market requires no certificate for this product category.",
                )
            },
            gaps: Vec::new(),
        };
    }
    let n = Decimal::from(needs.len());
    // A rule set built in Rust skips the checks of `from_json`: its arithmetic saturates.
    let share = |k: usize| {
        one_dp(
            rule.points
                .checked_mul(Decimal::from(k))
                .and_then(|p| p.checked_div(n))
                .unwrap_or(Decimal::MAX),
        )
    };
    let (held, missing): (Vec<&CertificateNeed>, Vec<&CertificateNeed>) =
        needs.iter().partition(|need| ctx.meets(need).is_some());
    let awarded = share(held.len());
    let list = |v: &[&CertificateNeed], lang: crate::Lang| {
        let mut out = String::new();
        for (i, n) in v.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(ctx.cert_name(ctx.meets(n).unwrap_or(n.kind)).get(lang));
        }
        out
    };
    let detail = Message::new(
        text!(
            held.len(),
            " dari ",
            needs.len(),
            " sertifikat berlaku pada ",
            ctx.as_of,
            if held.is_empty() { "" } else { ": " },
            list(&held, crate::Lang::Id),
            "."
        ) + &if missing.is_empty() {
            String::new()
        } else {
            text!(" Belum ada/berlaku: ", list(&missing, crate::Lang::Id), ".")
        },
        text!(
            held.len(),
            " of ",
            needs.len(),
            " certificates valid on ",
            ctx.as_of,
            if held.is_empty() { "" } else { ": " },
            list(&held, crate::Lang::En),
            "."
        ) + &if missing.is_empty() {
            String::new()
        } else {
            text!(
                " Missing or expired: ",
                list(&missing, crate::Lang::En),
                "."
            )
        },
    );
    let outcome = match (held.len(), missing.len()) {
        (_, 0) => Outcome::Met,
        (0, _) => Outcome::Unmet,
        _ => Outcome::Partial,
    };
    let mut gaps = Vec::new();
    for (i, need) in missing.iter().enumerate() {
        let points = share(held.len() + i + 1).saturating_sub(share(held.len() + i));
        let info = ctx.set.certificate(need.kind);
        let name = ctx.cert_name(need.kind);
        let agency = need
            .agency
            .or(info.map(|c| c.agency))
            .unwrap_or(Agency::Dinas);
        let lead = need
            .lead_time_days
            .or(info.map(|c| c.lead_time_days))
            .unwrap_or(30);
        let mut after: Vec<Text> = info.map(|c| c.after.clone()).unwrap_or_default();
        after.extend(need.after.iter().cloned());
        let mut message = match ctx.latest(need.kind).and_then(|c| c.expires) {
            Some(expired) if expired < ctx.as_of => Message::new(
                text!(name.id, " kedaluwarsa sejak ", expired, "."),
                text!(name.en, " expired on ", expired, "."),
            ),
            _ => Message::new(
                text!(name.id, " belum dimiliki."),
                text!("No ", name.en, "."),
            ),
        };
        if let Some(info) = info {
            if let Some(note) = &info.note {
                if info.not_replaced_by.iter().any(|k| ctx.valid(*k).is_some()) {
                    message.id = text!(message.id, " ", note.id).into();
                    message.en = text!(message.en, " ", note.en).into();
                }
            }
        }
        let agency_name = agency.name();
        gaps.push(Gap {
            step: certificate_step(need.kind),
            rule: rule.id.clone(),
            dimension: rule.dimension,
            points,
            blocker: rule.blocker,
            certificate: Some(need.kind),
            message,
            action: Message::new(
                text!("Urus ", name.id, " di ", agency_name.id, "."),
                text!("Obtain the ", name.en, " from ", agency_name.en, "."),
            ),
            agency,
            lead_time_days: lead,
            after,
        });
    }
    Evaluation {
        awarded,
        outcome,
        detail,
        gaps,
    }
}

fn money_ok(have: &Money, need: &Money) -> Option<bool> {
    (have.currency == need.currency).then(|| have.amount >= need.amount)
}

/// A recorded identifier that must be valid: met, invalid (with the error code) or not recorded.
fn identifier(
    label: &str,
    missing: Message,
    value: Option<&str>,
    validate: fn(&str) -> Result<crate::id::Compact, crate::IdentifierError>,
) -> (Outcome, Message) {
    match value {
        None => (Outcome::NotRecorded, missing),
        Some(n) => match validate(n) {
            // The number itself is not repeated: an NPWP of 16 digits is a NIK, personal data
            // (UU 27/2022), and a report is shown, printed and saved.
            Ok(_) => (
                Outcome::Met,
                Message::new(text!(label, " sah."), text!(label, " is valid.")),
            ),
            Err(err) => (
                Outcome::Unmet,
                Message::new(
                    format!(
                        "{label} {:?} tidak sah ({}).",
                        crate::text::privacy::shown(n),
                        err.code()
                    ),
                    format!(
                        "{label} {:?} is invalid ({}).",
                        crate::text::privacy::shown(n),
                        err.code()
                    ),
                ),
            ),
        },
    }
}

/// Evaluates a rule that is met or not as a whole.
fn fact(ctx: &Context, rule: &Rule) -> (Outcome, Message) {
    let e = ctx.enterprise;
    let p = ctx.product;
    let m = &e.management;
    match &rule.check {
        Check::HasNib => identifier(
            "NIB",
            not_recorded!("NIB", "NIB"),
            e.nib.as_deref(),
            crate::id::nib::validate,
        ),
        Check::HasNpwp => identifier(
            "NPWP",
            not_recorded!("NPWP", "NPWP"),
            e.npwp.as_deref(),
            crate::id::npwp::validate,
        ),
        Check::LegalEntity => match e.legal_form {
            None => (
                Outcome::NotRecorded,
                not_recorded!("Bentuk usaha", "Legal form"),
            ),
            Some(f) => {
                let name = snake_name(&f);
                if f.is_entity() {
                    (
                        Outcome::Met,
                        Message::new(
                            text!("Bentuk usaha ", name, ": badan usaha."),
                            text!("Legal form ", name, ": an entity."),
                        ),
                    )
                } else {
                    (
                        Outcome::Unmet,
                        Message::new(
                            text!("Bentuk usaha ", name, ": bukan badan usaha."),
                            text!("Legal form ", name, ": not an entity."),
                        ),
                    )
                }
            }
        },
        Check::BusinessBankAccount => yes_no(
            m.business_bank_account,
            Message::new("Rekening bank usaha ada.", "Business bank account held."),
            Message::new(
                "Tidak ada rekening bank usaha.",
                "No business bank account.",
            ),
            not_recorded!("Rekening bank usaha", "Business bank account"),
        ),
        Check::LabelLanguage => {
            let langs = p.label_languages.join(", ");
            let wanted = ctx.market.label_languages.join(", ");
            let said = || {
                Message::new(
                    text!("Bahasa label ", langs, "; pasar meminta ", wanted, "."),
                    text!(
                        "Label languages ",
                        langs,
                        "; the market asks for ",
                        wanted,
                        "."
                    ),
                )
            };
            if p.label_languages.iter().any(|l| {
                ctx.market
                    .label_languages
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(l))
            }) {
                (Outcome::Met, said())
            } else if p.label_languages.is_empty() {
                (
                    Outcome::NotRecorded,
                    Message::new(
                        text!("Bahasa label tidak tercatat; pasar meminta ", wanted, "."),
                        text!(
                            "Label languages not recorded; the market asks for ",
                            wanted,
                            "."
                        ),
                    ),
                )
            } else {
                (Outcome::Unmet, said())
            }
        }
        Check::ExportPackaging => yes_no(
            p.export_packaging,
            Message::new("Kemasan layak ekspor.", "Export-grade packaging."),
            Message::new("Kemasan belum layak ekspor.", "Packaging not export grade."),
            not_recorded!("Kelayakan kemasan ekspor", "Export packaging"),
        ),
        Check::QualityControl { certificates } => {
            if let Some(c) = certificates.iter().find_map(|k| ctx.valid(*k)) {
                let name = ctx.cert_name(c.kind);
                (
                    Outcome::Met,
                    Message::new(
                        text!("Sistem mutu ditunjukkan oleh ", name.id, " yang berlaku."),
                        text!("Quality system shown by a valid ", name.en, "."),
                    ),
                )
            } else {
                yes_no(
                    p.quality_control,
                    Message::new(
                        "Prosedur pengendalian mutu tertulis ada.",
                        "Written quality-control procedure in place.",
                    ),
                    Message::new(
                        "Tidak ada prosedur mutu tertulis atau sertifikat sistem mutu.",
                        "No written quality procedure or quality-system certificate.",
                    ),
                    not_recorded!("Pengendalian mutu", "Quality control"),
                )
            }
        }
        Check::FirstOrderCapacity { working_days } => {
            let unit = (p.unit.label(crate::Lang::Id), p.unit.label(crate::Lang::En));
            match (&p.daily_capacity, p.first_order_quantity) {
                (None, _) => (
                    Outcome::NotRecorded,
                    not_recorded!("Kapasitas harian", "Daily capacity"),
                ),
                (Some(_), None) => (
                    Outcome::NotRecorded,
                    not_recorded!(
                        "Besar pesanan pertama pembeli",
                        "The buyer's first-order quantity",
                    ),
                ),
                (Some(cap), Some(order)) => match cap.max.checked_mul(Decimal::from(*working_days))
                {
                    None => (
                        Outcome::NotRecorded,
                        Message::new(
                            "Kapasitas terlalu besar untuk dihitung.",
                            "Capacity too large to compute.",
                        ),
                    ),
                    Some(made) => {
                        let ok = made >= order;
                        let sign = if ok { "≥" } else { "<" };
                        (
                            if ok { Outcome::Met } else { Outcome::Unmet },
                            Message::new(
                                text!(
                                    cap.max.normalize(),
                                    " ",
                                    unit.0,
                                    "/hari × ",
                                    working_days,
                                    " hari kerja = ",
                                    made.normalize(),
                                    " ",
                                    unit.0,
                                    " ",
                                    sign,
                                    " pesanan pertama ",
                                    order.normalize(),
                                    " ",
                                    unit.0,
                                    "."
                                ),
                                text!(
                                    cap.max.normalize(),
                                    " ",
                                    unit.1,
                                    "/day × ",
                                    working_days,
                                    " working days = ",
                                    made.normalize(),
                                    " ",
                                    unit.1,
                                    " ",
                                    sign,
                                    " the first order of ",
                                    order.normalize(),
                                    " ",
                                    unit.1,
                                    "."
                                ),
                            ),
                        )
                    }
                },
            }
        }
        Check::StableOutput { max_ratio } => match &p.daily_capacity {
            None => (
                Outcome::NotRecorded,
                not_recorded!("Kapasitas harian", "Daily capacity"),
            ),
            Some(cap) => match cap.max.checked_div(cap.min) {
                Some(ratio) if cap.min > Decimal::ZERO => {
                    let r = ratio.round_dp(2).normalize();
                    let text = (
                        text!(
                            "Kapasitas ",
                            cap.min.normalize(),
                            "–",
                            cap.max.normalize(),
                            " per hari: maksimum/minimum ",
                            r,
                            " (batas ",
                            max_ratio.normalize(),
                            ")."
                        ),
                        text!(
                            "Capacity ",
                            cap.min.normalize(),
                            "–",
                            cap.max.normalize(),
                            " a day: max/min ",
                            r,
                            " (limit ",
                            max_ratio.normalize(),
                            ")."
                        ),
                    );
                    let outcome = if ratio <= *max_ratio {
                        Outcome::Met
                    } else {
                        Outcome::Unmet
                    };
                    (outcome, Message::new(text.0, text.1))
                }
                _ => (
                    Outcome::Unmet,
                    Message::new(
                        "Kapasitas minimum 0: produksi tidak kontinu.",
                        "Minimum capacity 0: output is not continuous.",
                    ),
                ),
            },
        },
        Check::RawMaterialSecured => yes_no(
            p.raw_material_secured,
            Message::new("Pasokan bahan baku terjamin.", "Raw material secured."),
            Message::new(
                "Pasokan bahan baku belum terjamin.",
                "Raw material not secured.",
            ),
            not_recorded!("Pasokan bahan baku", "Raw-material supply"),
        ),
        Check::ModernRetail => {
            if !e.retail_partners.is_empty() {
                let partners = e.retail_partners.join(", ");
                (
                    Outcome::Met,
                    Message::new(
                        text!("Mitra ritel modern: ", partners, "."),
                        text!("Modern-retail partners: ", partners, "."),
                    ),
                )
            } else if ctx.has_channel(SalesChannel::ModernRetail) {
                (
                    Outcome::Met,
                    Message::new(
                        "Menjual lewat ritel modern.",
                        "Sells through modern retail.",
                    ),
                )
            } else {
                (
                    Outcome::Unmet,
                    Message::new(
                        "Tidak ada saluran ritel modern.",
                        "No modern-retail channel.",
                    ),
                )
            }
        }
        Check::OnlinePresence => {
            let online = [
                SalesChannel::Marketplace,
                SalesChannel::Website,
                SalesChannel::SocialMedia,
            ]
            .iter()
            .any(|c| ctx.has_channel(*c));
            if online {
                (
                    Outcome::Met,
                    Message::new("Hadir secara daring.", "Present online."),
                )
            } else {
                (
                    Outcome::Unmet,
                    Message::new("Tidak ada saluran daring.", "No online channel."),
                )
            }
        }
        Check::TradeFairs { min } => match e.marketing.trade_fairs {
            None => (
                Outcome::NotRecorded,
                not_recorded!("Pameran dagang", "Trade fairs"),
            ),
            Some(n) => (
                if n >= *min {
                    Outcome::Met
                } else {
                    Outcome::Unmet
                },
                Message::new(
                    text!(n, " pameran dagang (minimal ", min, ")."),
                    text!(n, " trade fairs (at least ", min, ")."),
                ),
            ),
        },
        Check::ExportQuotation => {
            let mut terms = String::new();
            for (i, t) in e.marketing.incoterms.iter().enumerate() {
                if i > 0 {
                    terms.push_str(", ");
                }
                terms.push_str(snake_name(t));
            }
            terms.make_ascii_uppercase();
            if e.marketing
                .incoterms
                .iter()
                .any(|t| t.is_export_quotation())
            {
                (
                    Outcome::Met,
                    Message::new(
                        text!("Dapat menawar dalam ", terms, "."),
                        text!("Quotes in ", terms, "."),
                    ),
                )
            } else if terms.is_empty() {
                (
                    Outcome::NotRecorded,
                    not_recorded!("Incoterms", "Incoterms"),
                )
            } else {
                (
                    Outcome::Unmet,
                    Message::new(
                        text!("Hanya ", terms, ": bukan penawaran ekspor."),
                        text!("Only ", terms, ": not an export quotation."),
                    ),
                )
            }
        }
        Check::Bookkeeping { min } => match m.bookkeeping {
            None => (
                Outcome::NotRecorded,
                not_recorded!("Pembukuan", "Bookkeeping"),
            ),
            Some(b) => {
                let name = |b: Bookkeeping| match b {
                    Bookkeeping::None => ("tidak ada", "none"),
                    Bookkeeping::Simple => ("sederhana", "simple"),
                    Bookkeeping::Standard => ("laporan keuangan", "financial statements"),
                };
                let (have, want) = (name(b), name(*min));
                (
                    if b >= *min {
                        Outcome::Met
                    } else {
                        Outcome::Unmet
                    },
                    Message::new(
                        text!("Pembukuan: ", have.0, " (diminta minimal ", want.0, ")."),
                        text!("Bookkeeping: ", have.1, " (at least ", want.1, " asked)."),
                    ),
                )
            }
        },
        Check::WorkingCapital { min } => match &m.working_capital {
            None => (
                Outcome::NotRecorded,
                not_recorded!("Modal kerja", "Working capital"),
            ),
            Some(have) => match money_ok(have, min) {
                None => (
                    Outcome::NotRecorded,
                    Message::new(
                        text!(
                            "Modal kerja dalam ",
                            have.currency,
                            ", acuan dalam ",
                            min.currency,
                            "."
                        ),
                        text!(
                            "Working capital in ",
                            have.currency,
                            ", reference in ",
                            min.currency,
                            "."
                        ),
                    ),
                ),
                Some(ok) => (
                    if ok { Outcome::Met } else { Outcome::Unmet },
                    Message::new(
                        text!(
                            "Modal kerja ",
                            have.format(crate::Lang::Id),
                            " ",
                            if ok { "≥" } else { "<" },
                            " ",
                            min.format(crate::Lang::Id),
                            "."
                        ),
                        text!(
                            "Working capital ",
                            have.format(crate::Lang::En),
                            " ",
                            if ok { "≥" } else { "<" },
                            " ",
                            min.format(crate::Lang::En),
                            "."
                        ),
                    ),
                ),
            },
        },
        Check::CreditAccess => yes_no(
            m.credit_access,
            Message::new("Akses pembiayaan ada.", "Has access to credit."),
            Message::new("Belum ada akses pembiayaan.", "No access to credit."),
            not_recorded!("Akses pembiayaan", "Credit access"),
        ),
        Check::ExportSkilledStaff { min } => match m.export_skilled_staff {
            None => (
                Outcome::NotRecorded,
                not_recorded!("Staf ekspor", "Export-skilled staff"),
            ),
            Some(n) => (
                if n >= *min {
                    Outcome::Met
                } else {
                    Outcome::Unmet
                },
                Message::new(
                    text!(n, " staf terampil ekspor (minimal ", min, ")."),
                    text!(n, " export-skilled staff (at least ", min, ")."),
                ),
            ),
        },
        Check::ExportedBefore => {
            let n = ctx.shipped().count();
            let channel = ctx.has_channel(SalesChannel::ExportDirect)
                || ctx.has_channel(SalesChannel::ExportIndirect);
            if n > 0 || channel {
                (
                    Outcome::Met,
                    Message::new(
                        text!(n, " pengiriman ekspor tercatat sampai ", ctx.as_of, "."),
                        text!(n, " export shipments recorded up to ", ctx.as_of, "."),
                    ),
                )
            } else {
                (
                    Outcome::Unmet,
                    Message::new("Belum ada ekspor tercatat.", "No export recorded."),
                )
            }
        }
        Check::ExportedDirect => {
            let direct = ctx.shipped().filter(|s| !s.indirect).count();
            if direct > 0 || ctx.has_channel(SalesChannel::ExportDirect) {
                (
                    Outcome::Met,
                    Message::new(
                        text!(direct, " pengiriman atas nama sendiri."),
                        text!(direct, " shipments in its own name."),
                    ),
                )
            } else {
                (
                    Outcome::Unmet,
                    Message::new(
                        "Belum ada ekspor atas nama sendiri.",
                        "No export in its own name.",
                    ),
                )
            }
        }
        Check::SkaIssuedBefore => {
            let n = ctx.shipped().filter(|s| s.ska_form.is_some()).count();
            if n > 0 {
                (
                    Outcome::Met,
                    Message::new(
                        text!(n, " pengiriman dengan SKA."),
                        text!(n, " shipments with an SKA."),
                    ),
                )
            } else {
                (
                    Outcome::Unmet,
                    Message::new("Belum ada SKA tercatat.", "No SKA recorded."),
                )
            }
        }
        Check::BuyerContact => {
            let contacts = e.marketing.buyer_contacts.unwrap_or(0);
            let shipped = ctx.shipped().count();
            if contacts > 0 || shipped > 0 {
                (
                    Outcome::Met,
                    Message::new(
                        text!(contacts, " kontak pembeli, ", shipped, " pengiriman."),
                        text!(contacts, " buyer contacts, ", shipped, " shipments."),
                    ),
                )
            } else if e.marketing.buyer_contacts.is_none() {
                (
                    Outcome::NotRecorded,
                    not_recorded!("Kontak pembeli", "Buyer contacts"),
                )
            } else {
                (
                    Outcome::Unmet,
                    Message::new("Belum ada kontak pembeli.", "No buyer contact."),
                )
            }
        }
        // Certificate lists are evaluated by `certificates`.
        Check::RequiredCertificates | Check::RecommendedCertificates => {
            (Outcome::NotApplicable, Message::new("", ""))
        }
    }
}

fn evaluate(ctx: &Context, rule: &Rule) -> Evaluation {
    match rule.check {
        Check::RequiredCertificates => return certificates(ctx, rule, &ctx.required),
        Check::RecommendedCertificates => return certificates(ctx, rule, &ctx.recommended),
        Check::LabelLanguage if !ctx.market.label_categories.contains(&ctx.product.category) => {
            return Evaluation {
                awarded: rule.points,
                outcome: Outcome::NotApplicable,
                detail: Message::new(
                    "Pasar ini tidak mensyaratkan bahasa label untuk kategori ini.",
                    "This market sets no label language for this category.",
                ),
                gaps: Vec::new(),
            }
        }
        _ => {}
    }
    let (outcome, detail) = fact(ctx, rule);
    let met = matches!(outcome, Outcome::Met | Outcome::NotApplicable);
    let gaps = if met {
        Vec::new()
    } else {
        vec![Gap {
            step: rule.id.clone(),
            rule: rule.id.clone(),
            dimension: rule.dimension,
            points: rule.points,
            blocker: rule.blocker,
            certificate: None,
            message: rule.unmet.clone(),
            action: rule.action.clone(),
            agency: rule.agency.unwrap_or(Agency::Dinas),
            lead_time_days: rule.lead_time_days.unwrap_or(0),
            after: rule.after.clone(),
        }]
    };
    Evaluation {
        awarded: if met { rule.points } else { Decimal::ZERO },
        outcome,
        detail,
        gaps,
    }
}

/// Merges needs of the same kind (their `after` lists join; the first override wins).
fn merge(needs: impl Iterator<Item = CertificateNeed>) -> Vec<CertificateNeed> {
    let mut out: Vec<CertificateNeed> = Vec::new();
    for need in needs {
        match out.iter_mut().find(|n| n.kind == need.kind) {
            Some(n) => {
                n.agency = n.agency.or(need.agency);
                n.lead_time_days = n.lead_time_days.or(need.lead_time_days);
                // Met by an alternative only where every list naming the need allows it.
                n.alternatives.retain(|a| need.alternatives.contains(a));
                for a in need.after {
                    if !n.after.contains(&a) {
                        n.after.push(a);
                    }
                }
            }
            None => out.push(need),
        }
    }
    out
}

fn add_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

/// Earliest start and finish of every gap: its lead time after the latest of its open
/// prerequisites (`after`, as positions). `steps` holds each step id's gap once (its last),
/// in the order of the ids.
fn schedule(
    gaps: &[Gap],
    steps: &[usize],
    after: &[Vec<usize>],
    as_of: NaiveDate,
) -> Vec<Option<(NaiveDate, NaiveDate)>> {
    struct Plan<'a> {
        gaps: &'a [Gap],
        after: &'a [Vec<usize>],
        as_of: NaiveDate,
        steps: usize,
        memo: Vec<Option<(NaiveDate, NaiveDate)>>,
    }
    fn finish(p: &mut Plan, i: usize, depth: usize) -> NaiveDate {
        if let Some(Some((_, f))) = p.memo.get(i) {
            return *f;
        }
        let (Some(g), Some(deps)) = (p.gaps.get(i), p.after.get(i)) else {
            return p.as_of;
        };
        // A well-formed rule set has no cycle; the depth bound keeps a bad one finite.
        let mut start = p.as_of;
        if depth <= p.steps {
            for &j in deps {
                start = start.max(finish(p, j, depth + 1));
            }
        }
        let end = add_days(start, g.lead_time_days);
        if let Some(slot) = p.memo.get_mut(i) {
            *slot = Some((start, end));
        }
        end
    }
    let mut plan = Plan {
        gaps,
        after,
        as_of,
        steps: steps.len(),
        memo: vec![None; gaps.len()],
    };
    for &i in steps {
        finish(&mut plan, i, 0);
    }
    plan.memo
}

/// Orders gaps (positions, in priority order) while keeping every open prerequisite before
/// its dependants; `placed` marks the steps already ordered, also by an earlier list.
fn topological(
    order: &[usize],
    canon: &[usize],
    after: &[Vec<usize>],
    placed: &mut [bool],
) -> Vec<usize> {
    let mut listed = vec![false; placed.len()];
    for &i in order {
        if let Some(l) = canon.get(i).and_then(|c| listed.get_mut(*c)) {
            *l = true;
        }
    }
    let mut left: Vec<Option<usize>> = order.iter().copied().map(Some).collect();
    let mut out = Vec::with_capacity(order.len());
    loop {
        let ready = |i: usize| {
            after.get(i).is_none_or(|deps| {
                deps.iter().all(|&j| {
                    placed.get(j).copied().unwrap_or(false)
                        || !listed.get(j).copied().unwrap_or(false)
                })
            })
        };
        let pick = left
            .iter()
            .position(|i| i.is_some_and(ready))
            .or_else(|| left.iter().position(Option::is_some));
        let Some(i) = pick.and_then(|k| left.get_mut(k)).and_then(Option::take) else {
            break;
        };
        if let Some(p) = canon.get(i).and_then(|c| placed.get_mut(*c)) {
            *p = true;
        }
        out.push(i);
    }
    out
}

/// Assesses with a given rule set: an office's own, or an embedded one by id
/// ([`RuleSet::builtin`]`("umkm-default-2025")` reproduces a report made under the old model).
/// See [`assess`].
///
/// ```
/// use umkm::{readiness::{assess_with, RuleSet}, Enterprise, NaiveDate};
///
/// let record = Enterprise::from_json(r#"{"name": "Batik Bekasi",
///     "products": [{"name": "Batik tulis", "category": "fashion_textile", "unit": "piece"}]}"#).unwrap();
/// let as_of = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
/// let old = RuleSet::builtin("umkm-default-2025").unwrap().unwrap();
/// let report = assess_with(old, &record, "Batik tulis", "NZ", as_of).unwrap();
/// assert_eq!(report.rule_set, "umkm-default-2025");
/// ```
///
/// # Errors
///
/// As [`assess`].
pub fn assess_with(
    set: &RuleSet,
    enterprise: &Enterprise,
    product: &str,
    destination: &str,
    as_of: NaiveDate,
) -> Result<ReadinessReport, ReadinessError> {
    crate::limits::check_date(as_of)?;
    let code = destination_code(destination)?;
    let product = find_product(enterprise, product)?;
    let (market, generic) = match set.market(&code) {
        Some(m) => (m, false),
        None => (&set.generic_market, true),
    };
    let reqs: Vec<_> = set
        .base_requirements
        .iter()
        .chain(market.requirements.iter())
        .filter(|r| r.applies_to_product(product))
        .collect();
    let required = merge(reqs.iter().flat_map(|r| r.required.iter().cloned()));
    let recommended: Vec<CertificateNeed> =
        merge(reqs.iter().flat_map(|r| r.recommended.iter().cloned()))
            .into_iter()
            .filter(|n| !required.iter().any(|r| r.kind == n.kind))
            .collect();
    let ctx = Context {
        set,
        enterprise,
        product,
        market,
        as_of,
        required,
        recommended,
    };

    let mut trace = Vec::with_capacity(set.rules.len());
    let mut drafts = Vec::new();
    let mut dimension_scores: BTreeMap<_, Decimal> = BTreeMap::new();
    for rule in &set.rules {
        let ev = evaluate(&ctx, rule);
        let awarded = one_dp(ev.awarded);
        {
            let sum = dimension_scores.entry(rule.dimension).or_default();
            *sum = sum.saturating_add(awarded);
        }
        trace.push(TraceEntry {
            rule: rule.id.clone(),
            dimension: rule.dimension,
            points: one_dp(rule.points),
            awarded,
            outcome: ev.outcome,
            detail: ev.detail,
        });
        drafts.extend(ev.gaps);
    }
    let dimensions: Vec<DimensionScore> = set
        .dimensions
        .iter()
        .map(|d| DimensionScore {
            dimension: d.dimension,
            name: d.name.clone(),
            weight: one_dp(d.weight),
            score: one_dp(
                dimension_scores
                    .get(&d.dimension)
                    .copied()
                    .unwrap_or_default(),
            ),
        })
        .collect();
    let score = one_dp(
        dimensions
            .iter()
            .fold(Decimal::ZERO, |sum, d| sum.saturating_add(d.score)),
    );

    // Gaps and the plan, worked on positions: step ids are compared once, to find each
    // prerequisite's gap (a repeated step id means its last gap, as a map would).
    let mut gaps: Vec<Gap> = drafts;
    let mut position: BTreeMap<Text, usize> = BTreeMap::new();
    for (i, g) in gaps.iter().enumerate() {
        position.insert(g.step.clone(), i);
    }
    for g in &mut gaps {
        g.points = one_dp(g.points);
        g.after.retain(|a| position.contains_key(a));
        g.after.dedup();
    }
    let canon: Vec<usize> = gaps
        .iter()
        .enumerate()
        .map(|(i, g)| position.get(&g.step).copied().unwrap_or(i))
        .collect();
    let after: Vec<Vec<usize>> = gaps
        .iter()
        .map(|g| {
            g.after
                .iter()
                .filter_map(|a| position.get(a).copied())
                .collect()
        })
        .collect();
    // The map's values are each step id's gap, in the order of the ids.
    let steps: Vec<usize> = position.values().copied().collect();
    let times = schedule(&gaps, &steps, &after, as_of);
    let time_of = |id: &str| {
        position
            .get(id)
            .and_then(|i| times.get(*i).copied().flatten())
    };
    let start_of = |id: &str| time_of(id).map_or(as_of, |t| t.0);
    let finish_of = |id: &str| time_of(id).map_or(as_of, |t| t.1);
    let per_day = |g: &Gap| g.points / Decimal::from(g.lead_time_days.max(1));
    let (mut blocker_order, mut other_order): (Vec<usize>, Vec<usize>) =
        (0..gaps.len()).partition(|i| gaps.get(*i).is_some_and(|g| g.blocker));
    // Keys computed once per gap (a comparison must not divide decimals or look up dates).
    blocker_order.sort_by_cached_key(|i| {
        gaps.get(*i)
            .map(|g| (start_of(&g.step), Reverse(g.lead_time_days), g.step.clone()))
    });
    other_order.sort_by_cached_key(|i| {
        gaps.get(*i)
            .map(|g| (Reverse(per_day(g)), Reverse(g.points), g.step.clone()))
    });
    let mut placed = vec![false; gaps.len()];
    let blocker_order = topological(&blocker_order, &canon, &after, &mut placed);
    let other_order = topological(&other_order, &canon, &after, &mut placed);
    let mut slots: Vec<Option<Gap>> = gaps.into_iter().map(Some).collect();
    let mut take = |order: Vec<usize>| -> Vec<Gap> {
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take))
            .collect()
    };
    let blockers = take(blocker_order);
    let others = take(other_order);

    // Earliest ready date: blockers' chains, then the gaps in plan order still needed to reach
    // the export-ready score.
    let target = set
        .threshold(ReadinessLevel::ExportReady)
        .unwrap_or(Decimal::ONE_HUNDRED);
    let mut projected = blockers
        .iter()
        .fold(score, |sum, g| sum.saturating_add(g.points));
    let mut ready = blockers
        .iter()
        .map(|g| finish_of(&g.step))
        .max()
        .unwrap_or(as_of);
    for g in &others {
        if projected >= target {
            break;
        }
        projected = projected.saturating_add(g.points);
        ready = ready.max(finish_of(&g.step));
    }

    // Shipment documents.
    let mut docs: Vec<ShipmentDocument> = Vec::new();
    for d in reqs.iter().flat_map(|r| r.documents.iter()) {
        if !docs.contains(d) {
            docs.push(*d);
        }
    }
    let documents: Vec<DocumentStatus> = docs
        .iter()
        .filter_map(|d| set.document(*d))
        .map(|info| DocumentStatus {
            document: info.kind,
            name: info.name.clone(),
            agency: info.agency,
            lead_time_days: info.lead_time_days,
            requires: info.requires.clone(),
            requires_any: info.requires_any.clone(),
            obtainable: info.obtainable_with(|k| ctx.valid(k).is_some()),
        })
        .collect();

    let mut plan = Vec::new();
    for g in blockers.iter().chain(others.iter()) {
        plan.push(PlanStep {
            order: 0,
            step: g.step.clone(),
            blocker: g.blocker,
            per_shipment: false,
            action: g.action.clone(),
            agency: g.agency,
            lead_time_days: g.lead_time_days,
            points: g.points,
            after: g.after.clone(),
            start: start_of(&g.step),
            finish: finish_of(&g.step),
        });
    }
    for d in &documents {
        let after: Vec<Text> = d
            .requires
            .iter()
            .chain(d.requires_any.iter())
            .map(|k| certificate_step(*k))
            .filter(|s| position.contains_key(s))
            .collect();
        let start = after
            .iter()
            .map(|a| finish_of(a))
            .max()
            .unwrap_or(as_of)
            .max(ready);
        let agency = d.agency.name();
        plan.push(PlanStep {
            order: 0,
            step: document_step(d.document),
            blocker: false,
            per_shipment: true,
            action: Message::new(
                text!(
                    "Setiap pengiriman: ajukan ",
                    d.name.id,
                    " ke ",
                    agency.id,
                    "."
                ),
                text!(
                    "For each shipment: apply for the ",
                    d.name.en,
                    " at ",
                    agency.en,
                    "."
                ),
            ),
            agency: d.agency,
            lead_time_days: d.lead_time_days,
            points: one_dp(Decimal::ZERO),
            after,
            start,
            finish: add_days(start, d.lead_time_days),
        });
    }
    for (i, step) in plan.iter_mut().enumerate() {
        step.order = u32::try_from(i + 1).unwrap_or(u32::MAX);
    }

    // Warnings and notes.
    let mut warnings = Vec::new();
    if generic {
        warnings.push(ReportWarning {
            code: "market.generic".into(),
            message: Message::new(
                text!(
                    "Belum ada profil pasar untuk ",
                    code,
                    ": dinilai dengan profil umum."
                ),
                text!(
                    "No market profile for ",
                    code,
                    ": assessed on the generic profile."
                ),
            ),
        });
    }
    for c in enterprise
        .certifications
        .iter()
        .filter(|c| ctx.covers(c) && c.is_valid_on(as_of))
    {
        {
            if let Some(exp) = c.expires {
                let days = (exp - as_of).num_days();
                if days <= i64::from(set.expiry_warning_days) {
                    let name = ctx.cert_name(c.kind);
                    warnings.push(ReportWarning {
                        code: "certificate.expiring".into(),
                        message: Message::new(
                            text!(
                                name.id,
                                " berakhir ",
                                exp,
                                " (",
                                days,
                                " hari lagi): perpanjang sebelum pengiriman."
                            ),
                            text!(
                                name.en,
                                " expires on ",
                                exp,
                                " (in ",
                                days,
                                " days): renew before shipping."
                            ),
                        ),
                    });
                }
            }
        }
    }
    let mut notes: Vec<Message> = Vec::new();
    for n in market
        .notes
        .iter()
        .chain(reqs.iter().flat_map(|r| r.notes.iter()))
        .chain(set.note.iter())
    {
        if !notes.contains(n) {
            notes.push(n.clone());
        }
    }

    let blocked = !blockers.is_empty();
    let mut level = set.level_for(score);
    if blocked && level == ReadinessLevel::ExportReady {
        level = set
            .levels
            .iter()
            .filter(|l| l.level < ReadinessLevel::ExportReady && l.min_score <= score)
            .map(|l| l.level)
            .max()
            .unwrap_or(ReadinessLevel::NotReady);
    }
    // A rule set's lead times can add up past any calendar a caller reads dates with (Python
    // stops at 9999): the plan stays within the years of the limits, or the answer says why.
    for date in plan.iter().flat_map(|s| [s.start, s.finish]).chain([ready]) {
        crate::limits::check_date(date)?;
    }
    Ok(ReadinessReport {
        rule_set: set.id.clone(),
        enterprise: enterprise.name.clone(),
        product: product.name.clone(),
        category: product.category,
        destination: code.clone(),
        market: MarketSummary {
            code: market.code.clone(),
            name: market.name.clone(),
            generic,
        },
        as_of,
        score,
        level,
        level_name: level.label(),
        export_ready: level == ReadinessLevel::ExportReady,
        blocked,
        dimensions,
        blockers,
        gaps: others,
        plan,
        earliest_ready_date: ready,
        origin_forms: origin_forms(&code, as_of)?,
        documents,
        notes,
        warnings,
        trace,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `lower` is `to_lowercase` (final sigma as sigma) over the Latin, Greek and Cyrillic
    /// blocks it covers, and leaves every other character as it is.
    #[test]
    fn lower_is_to_lowercase_over_latin_greek_and_cyrillic() {
        let covered =
            |u: u32| matches!(u, 0..=0x17F | 0x386..=0x3CE | 0x400..=0x4FF | 0x1E00..=0x1EFF);
        for u in 0..=0x10FFFF {
            let Some(c) = char::from_u32(u) else { continue };
            let mut std = c.to_lowercase();
            let expected = match (std.next(), std.next()) {
                _ if c == 'ς' => 'σ',
                (Some(l), None) if covered(u) => l,
                _ => c,
            };
            assert_eq!(lower(c), expected, "U+{u:04X}");
        }
        assert!(same_name(" KOPI GAYO ", "kopi gayo"));
        assert!(same_name("Kue Éclair", "KUE ÉCLAIR"));
        assert!(same_name("Bánh Mì Đặc Biệt", "BÁNH MÌ ĐẶC BIỆT"));
        assert!(same_name("ΟΔΟΣ", "οδος"));
        assert!(same_name("Пельмени", "ПЕЛЬМЕНИ"));
        assert!(!same_name("Kopi", "Kopi Gayo"));
    }
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn one_dp_fast_paths_agree_with_rounding(m in any::<i64>(), scale in 0u32..6) {
            let x = Decimal::new(m, scale);
            let (fast, slow) = (one_dp(x), round_one_dp(x));
            prop_assert_eq!(fast, slow);
            prop_assert_eq!(fast.scale(), 1);
        }
    }

    #[test]
    fn one_dp_keeps_a_written_decimal() {
        assert_eq!(one_dp(Decimal::new(25, 1)).to_string(), "2.5");
        assert_eq!(one_dp(Decimal::from(4)).to_string(), "4.0");
        assert_eq!(one_dp(Decimal::new(2_25, 2)).to_string(), "2.3");
        assert_eq!(one_dp(Decimal::new(-2_25, 2)).to_string(), "-2.3");
        assert_eq!(one_dp(Decimal::MAX), round_one_dp(Decimal::MAX));
    }

    #[test]
    fn document_steps_are_spelled_as_the_documents() {
        use ShipmentDocument::*;
        for doc in [
            HealthCertificateFish,
            PhytosanitaryCertificate,
            FumigationCertificate,
            VLegalDocument,
            BpomHealthCertificate,
            CertificateOfOrigin,
            Peb,
        ] {
            let json = serde_json::to_value(doc).unwrap();
            assert_eq!(
                document_step(doc),
                text!("document.", json.as_str().unwrap())
            );
        }
    }
}
