//! Applies a rule set to one enterprise, product, destination and date: the steps of the
//! method, each a function of its own (the checks in [`super::checks`], the plan in
//! [`super::plan`], the sentences in [`super::messages`]).

use super::checks::evaluate;
use super::context::{find_product, Context};
use super::destination::{Destination, IntoDestination};
use super::error::ReadinessError;
use super::messages;
use super::origin::origin_forms;
use super::plan::Plan;
use super::points::one_dp;
use super::report::{
    DimensionScore, DocumentStatus, Gap, MarketSummary, ReadinessReport, ReadinessSummary,
    ReportWarning, TraceEntry,
};
use super::ruleset::{MarketProfile, Requirement, RuleSet};
use super::terms::ReadinessLevel;
use crate::record::enterprise::{Enterprise, Product};
use crate::text::Message;
use chrono::NaiveDate;
use rust_decimal::Decimal;
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
    destination: impl IntoDestination,
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
    destination: impl IntoDestination,
    as_of: NaiveDate,
) -> Result<ReadinessReport, ReadinessError> {
    let start = Start::new(set, enterprise, product, destination, as_of)?;
    let Start {
        destination,
        product,
        market,
        generic,
        ref requirements,
    } = start;
    let code = destination.as_str();
    let ctx = Context::new(set, enterprise, product, market, as_of, requirements);
    let scored = score(&ctx);
    let plan = Plan::new(scored.gaps, as_of);
    let ready = plan.ready_date(scored.score, export_ready_score(set));
    let documents = documents(&ctx, requirements);
    let steps = plan.steps(&documents, ready);
    let blocked = !plan.blockers.is_empty();
    let level = level(set, scored.score, blocked);
    // A rule set's lead times can add up past any calendar a caller reads dates with (Python
    // stops at 9999): the plan stays within the years of the limits, or the answer says why.
    for date in steps
        .iter()
        .flat_map(|s| [s.start, s.finish])
        .chain([ready])
    {
        crate::limits::check_date(date)?;
    }
    Ok(ReadinessReport {
        rule_set: set.id.clone(),
        enterprise: enterprise.name.clone(),
        product: product.name.clone(),
        category: product.category,
        destination: code.to_string(),
        market: MarketSummary {
            code: market.code.clone(),
            name: market.name.clone(),
            generic,
        },
        as_of,
        score: scored.score,
        level,
        level_name: level.label(),
        export_ready: level == ReadinessLevel::ExportReady,
        blocked,
        dimensions: scored.dimensions,
        blockers: plan.blockers,
        gaps: plan.others,
        plan: steps,
        earliest_ready_date: ready,
        // Read once above: the forms take the destination as it is, not as text to check again.
        origin_forms: origin_forms(&destination, as_of)?,
        documents,
        notes: notes(set, market, requirements),
        warnings: warnings(&ctx, code, generic),
        trace: scored.trace,
    })
}

/// The summary of [`assess_with`] (score, level, blockers, earliest ready date) without the
/// rest of the report: the same rules and plan, but no documents, plan steps, notes,
/// warnings or certificates of origin are made. For registers of many enterprises, where a
/// report is read for the few rows that need one.
///
/// ```
/// use umkm::{readiness::{assess_summary_with, assess_with, ReadinessSummary, RuleSet}, Enterprise, NaiveDate};
///
/// let record = Enterprise::from_json(r#"{"name": "Batik Bekasi",
///     "products": [{"name": "Batik tulis", "category": "fashion_textile", "unit": "piece"}]}"#).unwrap();
/// let as_of = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
/// let set = RuleSet::default_set().unwrap();
/// let summary = assess_summary_with(set, &record, "Batik tulis", "NZ", as_of).unwrap();
/// let report = assess_with(set, &record, "Batik tulis", "NZ", as_of).unwrap();
/// assert_eq!(summary, ReadinessSummary::from(&report));
/// ```
///
/// # Errors
///
/// As [`assess`], the same error for the same input.
pub fn assess_summary_with(
    set: &RuleSet,
    enterprise: &Enterprise,
    product: &str,
    destination: impl IntoDestination,
    as_of: NaiveDate,
) -> Result<ReadinessSummary, ReadinessError> {
    let start = Start::new(set, enterprise, product, destination, as_of)?;
    let ctx = Context::new(
        set,
        enterprise,
        start.product,
        start.market,
        as_of,
        &start.requirements,
    );
    let scored = score(&ctx);
    let plan = Plan::new(scored.gaps, as_of);
    if crate::limits::check_date(latest_possible(set, &plan)).is_err() {
        // A plan that might pass the years of the limits: the report says which date does.
        return assess_with(set, enterprise, product, start.destination, as_of)
            .map(|r| ReadinessSummary::from(&r));
    }
    let ready = plan.ready_date(scored.score, export_ready_score(set));
    let blocked = !plan.blockers.is_empty();
    let level = level(set, scored.score, blocked);
    Ok(ReadinessSummary {
        score: scored.score,
        level,
        export_ready: level == ReadinessLevel::ExportReady,
        blocked,
        blockers: plan.blockers.into_iter().map(|g| g.step).collect(),
        earliest_ready_date: ready,
    })
}

/// What every assessment starts from: the destination read, the product found, the market
/// profile (or the generic one) and the requirements that apply to the product.
struct Start<'a> {
    destination: Destination,
    product: &'a Product,
    market: &'a MarketProfile,
    generic: bool,
    requirements: Vec<&'a Requirement>,
}

impl<'a> Start<'a> {
    fn new(
        set: &'a RuleSet,
        enterprise: &'a Enterprise,
        product: &str,
        destination: impl IntoDestination,
        as_of: NaiveDate,
    ) -> Result<Self, ReadinessError> {
        crate::limits::check_date(as_of)?;
        let destination = destination.into_destination()?;
        let product = find_product(enterprise, product)?;
        let (market, generic) = match set.market(destination.as_str()) {
            Some(m) => (m, false),
            None => (&set.generic_market, true),
        };
        Ok(Start {
            requirements: requirements(set, market, product),
            destination,
            product,
            market,
            generic,
        })
    }
}

/// The score at which the rule set calls a product export ready.
fn export_ready_score(set: &RuleSet) -> Decimal {
    set.threshold(ReadinessLevel::ExportReady)
        .unwrap_or(Decimal::ONE_HUNDRED)
}

/// A date no step of the report's plan can pass: the last gap step's finish (the ready date is
/// one of the gaps' finishes or `as_of`), then the longest shipment document of the rule set
/// (a document step starts by then at the latest). Read from the plan's own schedule, so it
/// holds for any rule set, one built in Rust with a cycle of prerequisites too. The summary
/// is made without the plan's steps where this is within the limits' years, as every step
/// then is.
fn latest_possible(set: &RuleSet, plan: &Plan) -> NaiveDate {
    let document = set.documents.iter().map(|d| d.lead_time_days).max();
    plan.latest_finish()
        .checked_add_days(chrono::Days::new(u64::from(document.unwrap_or(0))))
        .unwrap_or(NaiveDate::MAX)
}

/// The requirements that apply to the product: the rule set's base ones and the market's.
fn requirements<'a>(
    set: &'a RuleSet,
    market: &'a MarketProfile,
    product: &Product,
) -> Vec<&'a Requirement> {
    set.base_requirements
        .iter()
        .chain(market.requirements.iter())
        .filter(|r| r.applies_to_product(product))
        .collect()
}

/// Every rule applied, in the rule set's order.
struct Scored {
    trace: Vec<TraceEntry>,
    dimensions: Vec<DimensionScore>,
    score: Decimal,
    /// The gaps as the rules left them, before the plan orders them.
    gaps: Vec<Gap>,
}

/// Applies every rule: the trace, the points of each dimension and their sum, and the gaps.
fn score(ctx: &Context) -> Scored {
    let set = ctx.set;
    let mut trace = Vec::with_capacity(set.rules.len());
    let mut gaps = Vec::new();
    let mut sums: BTreeMap<_, Decimal> = BTreeMap::new();
    for rule in &set.rules {
        let ev = evaluate(ctx, rule);
        let awarded = one_dp(ev.awarded);
        let sum = sums.entry(rule.dimension).or_default();
        *sum = sum.saturating_add(awarded);
        trace.push(TraceEntry {
            rule: rule.id.clone(),
            dimension: rule.dimension,
            points: one_dp(rule.points),
            awarded,
            outcome: ev.outcome,
            detail: ev.detail,
        });
        gaps.extend(ev.gaps);
    }
    let dimensions: Vec<DimensionScore> = set
        .dimensions
        .iter()
        .map(|d| DimensionScore {
            dimension: d.dimension,
            name: d.name.clone(),
            weight: one_dp(d.weight),
            score: one_dp(sums.get(&d.dimension).copied().unwrap_or_default()),
        })
        .collect();
    let score = one_dp(
        dimensions
            .iter()
            .fold(Decimal::ZERO, |sum, d| sum.saturating_add(d.score)),
    );
    Scored {
        trace,
        dimensions,
        score,
        gaps,
    }
}

/// The shipment documents the requirements name, once each in the order first named, and
/// whether the certificates held make each obtainable.
fn documents(ctx: &Context, requirements: &[&Requirement]) -> Vec<DocumentStatus> {
    let mut kinds = Vec::new();
    for d in requirements.iter().flat_map(|r| r.documents.iter()) {
        if !kinds.contains(d) {
            kinds.push(*d);
        }
    }
    kinds
        .iter()
        .filter_map(|d| ctx.set.document(*d))
        .map(|info| DocumentStatus {
            document: info.kind,
            name: info.name.clone(),
            agency: info.agency,
            lead_time_days: info.lead_time_days,
            requires: info.requires.clone(),
            requires_any: info.requires_any.clone(),
            obtainable: info.obtainable_with(|k| ctx.valid(k).is_some()),
        })
        .collect()
}

/// The level the score reaches; a report with a blocker is never export ready, but keeps the
/// highest level below it that the score reaches.
fn level(set: &RuleSet, score: Decimal, blocked: bool) -> ReadinessLevel {
    let level = set.level_for(score);
    if !(blocked && level == ReadinessLevel::ExportReady) {
        return level;
    }
    set.levels
        .iter()
        .filter(|l| l.level < ReadinessLevel::ExportReady && l.min_score <= score)
        .map(|l| l.level)
        .max()
        .unwrap_or(ReadinessLevel::NotReady)
}

/// A generic market profile, and each valid certificate covering the product that expires
/// within the rule set's warning period.
fn warnings(ctx: &Context, code: &str, generic: bool) -> Vec<ReportWarning> {
    let mut warnings = Vec::new();
    if generic {
        warnings.push(ReportWarning {
            code: "market.generic".into(),
            message: messages::generic_market(code),
        });
    }
    let as_of = ctx.as_of;
    for c in ctx.enterprise.certifications.iter() {
        let Some(exp) = c.expires.filter(|_| ctx.covers(c) && c.is_valid_on(as_of)) else {
            continue;
        };
        let days = (exp - as_of).num_days();
        if days <= i64::from(ctx.set.expiry_warning_days) {
            warnings.push(ReportWarning {
                code: "certificate.expiring".into(),
                message: messages::expiring(&ctx.cert_name(c.kind), exp, days),
            });
        }
    }
    warnings
}

/// The market's notes, the requirements' and the rule set's, once each.
fn notes(set: &RuleSet, market: &MarketProfile, requirements: &[&Requirement]) -> Vec<Message> {
    let mut notes: Vec<Message> = Vec::new();
    for n in market
        .notes
        .iter()
        .chain(requirements.iter().flat_map(|r| r.notes.iter()))
        .chain(set.note.iter())
    {
        if !notes.contains(n) {
            notes.push(n.clone());
        }
    }
    notes
}
