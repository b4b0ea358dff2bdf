//! The registry: every function of the facade once, with its arguments, its result type and
//! what runs it. `dispatch`, [`functions`], the schema bundle and the Python and TypeScript
//! docs all read it, so they cannot drift apart.

#![allow(clippy::result_large_err)]

use super::args::{id_out, output, Args, Outcome};
use super::errors::{CallError, ErrorKind};
use crate::analytics::{activity, growth, production, ranking, target, transition};
use crate::classify::{industry, size};
use crate::id::{bpom, hs, kbli, nik, nitku, npwp, pirt, wilayah, IdentifierKind};
use crate::money::{Currency, Money};
use crate::readiness::{self, ReadinessError, RuleSet};
use crate::record::enterprise::Enterprise;
use crate::reference::calendar::{self, WorkCalendar};
use crate::reference::region;
use crate::text::Message;
use chrono::NaiveDate;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One function of the facade, for documentation and for the bindings' parity tests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct FunctionInfo {
    /// Name, as in Rust (`npwp.validate`, `rank_export_growth`).
    pub name: String,
    /// Required arguments.
    pub args: Vec<String>,
    /// Optional arguments.
    pub optional: Vec<String>,
    /// What it returns: a definition of the schema bundle (`api::schema::bundle`, `ReadinessReport`), or
    /// `string`, `boolean`, `integer`, `date`; `[]` after it for a list, `?` for maybe null.
    pub returns: String,
}

/// A function every identifier module has, reading one `number`: what it answers for a kind.
pub(super) type PerIdentifier = fn(IdentifierKind, &str) -> Outcome;

/// The functions every identifier module has that read one `number`: name, result, what runs
/// it (besides `format_many`, which reads a list of `numbers`).
pub(super) const PER_IDENTIFIER: [(&str, &str, PerIdentifier); 5] = [
    ("compact", "string", |k, n| output(k.compact(n))),
    ("validate", "string", |k, n| id_out(k.validate(n))),
    ("is_valid", "boolean", |k, n| output(k.is_valid(n))),
    ("format", "string", |k, n| output(k.format(n))),
    ("check", "PartialCheck", |k, n| {
        output(crate::id::check(k, n))
    }),
];

const N: &[&str] = &["number"];
const NS: &[&str] = &["numbers"];
const NONE: &[&str] = &[];
/// The optional KBLI edition (`2020`, `"kbli2025"`; the latest when left out).
const VERSION: &[&str] = &["version"];

/// The KBLI functions of [`PER_IDENTIFIER`] that read an edition as `version`.
pub(super) const KBLI_IN_EDITION: [&str; 2] = ["validate", "is_valid"];

/// The edition named by the `version` argument, the latest when it is left out.
pub(super) fn kbli_version(a: &Args<'_>) -> Result<kbli::KbliVersion, CallError> {
    Ok(a.opt("version")?.unwrap_or(kbli::KbliVersion::LATEST))
}

/// How a function reads its arguments.
#[derive(Clone, Copy)]
pub(super) enum Run {
    /// Reads the text argument `number` first, before any shape limit: one linear pass, so an
    /// identifier function answers any text (however long) without a limit error.
    Number(fn(&str, &Args<'_>) -> Outcome),
    /// Reads its arguments after the shape limits of [`crate::limits`].
    Args(fn(&Args<'_>) -> Outcome),
}

/// One function of the facade.
pub(super) struct Function {
    /// Name (`nik.info`, `rank_export_growth`).
    pub name: &'static str,
    /// Required arguments.
    pub args: &'static [&'static str],
    /// Optional arguments.
    pub optional: &'static [&'static str],
    /// What it returns (see [`FunctionInfo::returns`]).
    pub returns: &'static str,
    /// What runs it.
    pub run: Run,
}

impl Function {
    const fn new(
        name: &'static str,
        args: &'static [&'static str],
        optional: &'static [&'static str],
        returns: &'static str,
        run: Run,
    ) -> Self {
        Function {
            name,
            args,
            optional,
            returns,
            run,
        }
    }
}

/// Every function besides the six of each identifier module (compact, validate, is_valid,
/// format, check, format_many), in the order [`functions`] lists them.
pub(super) const FUNCTIONS: &[Function] = &[
    Function::new(
        "nik.info",
        &["number", "as_of"],
        NONE,
        "NikInfo",
        Run::Number(|n, a| a.date("as_of").and_then(|d| id_out(nik::info(n, d)))),
    ),
    Function::new(
        "nik.birth_date",
        &["number", "as_of"],
        NONE,
        "date",
        Run::Number(|n, a| a.date("as_of").and_then(|d| id_out(nik::birth_date(n, d)))),
    ),
    Function::new(
        "nik.sex",
        N,
        NONE,
        "Sex",
        Run::Number(|n, _| id_out(nik::sex(n))),
    ),
    Function::new(
        "nik.region",
        N,
        NONE,
        "Region",
        Run::Number(|n, _| id_out(nik::region(n))),
    ),
    Function::new(
        "nik.mask",
        N,
        NONE,
        "string",
        Run::Number(|n, _| id_out(nik::mask(n))),
    ),
    Function::new(
        "nik.pseudonym",
        &["number", "key"],
        NONE,
        "string",
        Run::Number(|n, a| {
            a.text("key")
                .and_then(|key| nik::pseudonym(n, key.as_bytes()).map_err(CallError::from))
                .and_then(output)
        }),
    ),
    Function::new(
        "npwp.mask",
        N,
        NONE,
        "string",
        Run::Number(|n, _| id_out(npwp::mask(n))),
    ),
    Function::new(
        "npwp.form",
        N,
        NONE,
        "NpwpForm",
        Run::Number(|n, _| id_out(npwp::form(n))),
    ),
    Function::new(
        "npwp.to_16",
        N,
        NONE,
        "string",
        Run::Number(|n, _| id_out(npwp::to_16(n))),
    ),
    Function::new(
        "nitku.npwp",
        N,
        NONE,
        "string",
        Run::Number(|n, _| id_out(nitku::npwp(n))),
    ),
    Function::new(
        "nitku.branch",
        N,
        NONE,
        "integer",
        Run::Number(|n, _| id_out(nitku::branch(n))),
    ),
    Function::new(
        "kbli.section",
        N,
        VERSION,
        "Section",
        Run::Number(|n, a| id_out(kbli::section_in(n, kbli_version(a)?))),
    ),
    Function::new(
        "kbli.division",
        N,
        VERSION,
        "integer",
        Run::Number(|n, a| id_out(kbli::division_in(n, kbli_version(a)?))),
    ),
    Function::new(
        "kbli.lookup",
        N,
        VERSION,
        "KbliEntry",
        Run::Number(|n, a| id_out(kbli::lookup_in(n, kbli_version(a)?))),
    ),
    Function::new(
        "kbli.is_manufacturing",
        N,
        NONE,
        "boolean",
        Run::Number(|n, _| output(kbli::is_manufacturing(n))),
    ),
    Function::new(
        "hs.chapter",
        N,
        NONE,
        "integer",
        Run::Number(|n, _| id_out(hs::chapter(n))),
    ),
    Function::new(
        "hs.heading",
        N,
        NONE,
        "string?",
        Run::Number(|n, _| output(hs::heading(n))),
    ),
    Function::new(
        "hs.lookup",
        N,
        NONE,
        "HsEntry",
        Run::Number(|n, _| id_out(hs::lookup(n))),
    ),
    Function::new(
        "wilayah.level",
        N,
        NONE,
        "Level",
        Run::Number(|n, _| id_out(wilayah::level(n))),
    ),
    Function::new(
        "wilayah.lookup",
        N,
        NONE,
        "Region?",
        Run::Number(|n, _| output(wilayah::lookup(n))),
    ),
    Function::new(
        "wilayah.resolve",
        N,
        NONE,
        "Region?",
        Run::Number(|n, _| output(wilayah::resolve(n))),
    ),
    Function::new(
        "wilayah.parent",
        &["number", "level"],
        NONE,
        "Region?",
        Run::Number(|n, a| a.get("level").and_then(|l| output(wilayah::parent(n, l)))),
    ),
    Function::new(
        "wilayah.find",
        &["name"],
        &["level", "within"],
        "Region[]",
        Run::Args(|a| {
            output(region::find(
                &a.text("name")?,
                a.opt("level")?,
                a.opt::<String>("within")?.as_deref(),
            )?)
        }),
    ),
    Function::new(
        "wilayah.find_many",
        &["names"],
        &["level", "within"],
        "FoundRegions",
        Run::Args(|a| {
            output(region::find_many(
                &a.get::<Vec<String>>("names")?,
                a.opt("level")?,
                a.opt::<String>("within")?.as_deref(),
            )?)
        }),
    ),
    Function::new(
        "pirt.packaging",
        N,
        NONE,
        "Packaging",
        Run::Number(|n, _| id_out(pirt::packaging(n))),
    ),
    Function::new(
        "pirt.expiry_year",
        N,
        NONE,
        "integer",
        Run::Number(|n, _| id_out(pirt::expiry_year(n))),
    ),
    Function::new(
        "bpom.origin",
        N,
        NONE,
        "Origin",
        Run::Number(|n, _| id_out(bpom::origin(n))),
    ),
    Function::new(
        "region.provinces",
        NONE,
        NONE,
        "Region[]",
        Run::Args(|_a| output(region::provinces().collect::<Vec<_>>())),
    ),
    Function::new(
        "region.regencies_of",
        &["province"],
        NONE,
        "Region[]",
        Run::Args(|a| output(region::regencies_of(&a.text("province")?))),
    ),
    Function::new(
        "money.format",
        &["money"],
        &["lang"],
        "string",
        Run::Args(|a| output(a.get::<Money>("money")?.format(a.lang()?))),
    ),
    Function::new(
        "money.format_short",
        &["money"],
        &["lang"],
        "string",
        Run::Args(|a| output(a.get::<Money>("money")?.format_short(a.lang()?))),
    ),
    Function::new(
        "money.parse",
        &["text"],
        &["lang"],
        "Money",
        Run::Args(|a| output(crate::money::parse(&a.text("text")?, a.opt("lang")?)?)),
    ),
    Function::new(
        "money.parse_many",
        &["texts"],
        &["lang"],
        "ParsedAmounts",
        Run::Args(|a| {
            output(crate::money::parse_many(
                &a.get::<Vec<String>>("texts")?,
                a.opt("lang")?,
            ))
        }),
    ),
    Function::new(
        "dates.parse",
        &["text"],
        &["options"],
        "date",
        Run::Args(|a| {
            output(crate::dates::parse(
                &a.text("text")?,
                &a.opt("options")?.unwrap_or_default(),
            )?)
        }),
    ),
    Function::new(
        "dates.parse_many",
        &["texts"],
        &["options"],
        "ParsedDates",
        Run::Args(|a| {
            output(crate::dates::parse_many(
                &a.get::<Vec<String>>("texts")?,
                &a.opt("options")?.unwrap_or_default(),
            ))
        }),
    ),
    Function::new(
        "classify_size",
        &["input", "as_of"],
        NONE,
        "SizeClassification",
        Run::Args(|a| output(size::classify_size(&a.get("input")?, a.date("as_of")?)?)),
    ),
    Function::new(
        "classify_industry",
        &["input"],
        NONE,
        "IndustryClassification",
        Run::Args(|a| output(industry::classify_industry(&a.get("input")?)?)),
    ),
    Function::new(
        "size_rule",
        &["as_of"],
        NONE,
        "RuleRef?",
        Run::Args(|a| output(size::rule_on(a.date("as_of")?))),
    ),
    Function::new(
        "classify_size_many",
        &["inputs", "as_of"],
        NONE,
        "SizeRow[]",
        Run::Args(|a| {
            let inputs: Vec<size::SizeInput> = a.get("inputs")?;
            let rows: Vec<size::SizeRow> = size::classify_size_many(&inputs, a.date("as_of")?)
                .into_iter()
                .map(size::SizeRow::from)
                .collect();
            output(rows)
        }),
    ),
    Function::new(
        "validate",
        &["record", "as_of"],
        NONE,
        "Report",
        Run::Args(|a| output(crate::validate(&a.record("record")?, a.date("as_of")?))),
    ),
    Function::new(
        "assess",
        &["record", "product", "destination", "as_of"],
        &["rule_set"],
        "ReadinessReport",
        Run::Args(|a| {
            output(assessed(a, &a.record("record")?, |s, r, p, d: &str, t| {
                readiness::assess_with(s, r, p, d, t)
            })?)
        }),
    ),
    Function::new(
        "assess_summary",
        &["record", "product", "destination", "as_of"],
        &["rule_set"],
        "ReadinessSummary",
        Run::Args(|a| {
            output(assessed(a, &a.record("record")?, |s, r, p, d: &str, t| {
                readiness::assess_summary_with(s, r, p, d, t)
            })?)
        }),
    ),
    Function::new(
        "assess_order",
        &["record", "product", "order", "start"],
        &["days_off"],
        "OrderFeasibility",
        Run::Args(|a| {
            let days_off: Vec<NaiveDate> = a.opt("days_off")?.unwrap_or_default();
            output(readiness::assess_order(
                &a.record("record")?,
                &a.text("product")?,
                &a.get("order")?,
                a.date("start")?,
                &WorkCalendar::with_days_off(&days_off),
            )?)
        }),
    ),
    Function::new(
        "origin_forms",
        &["destination", "as_of"],
        NONE,
        "OriginForm[]",
        Run::Args(|a| {
            output(readiness::origin_forms(
                &a.text("destination")?,
                a.date("as_of")?,
            )?)
        }),
    ),
    Function::new(
        "check_rule_set",
        &["rule_set"],
        NONE,
        "Issue[]",
        Run::Args(|a| {
            output(match RuleSet::from_value(a.raw("rule_set")?) {
                Ok(_) => Vec::new(),
                Err(e) => e.problems,
            })
        }),
    ),
    Function::new(
        "default_rule_set",
        NONE,
        NONE,
        "RuleSet",
        Run::Args(|_a| output(RuleSet::default_set()?)),
    ),
    Function::new(
        "readiness.svg",
        &["report"],
        &["lang"],
        "string",
        Run::Args(|a| {
            let report: readiness::ReadinessReport = a.get("report")?;
            output(report.to_svg(a.lang()?))
        }),
    ),
    Function::new(
        "readiness.html",
        &["report"],
        &["lang", "options"],
        "string",
        Run::Args(|a| {
            let report: readiness::ReadinessReport = a.get("report")?;
            let options: crate::render::HtmlOptions = a.opt("options")?.unwrap_or_default();
            output(report.to_html_with(a.lang()?, &options))
        }),
    ),
    Function::new(
        "readiness.stylesheet",
        NONE,
        NONE,
        "string",
        Run::Args(|_a| output(crate::render::STYLESHEET)),
    ),
    Function::new(
        "growth",
        &["prev", "curr"],
        NONE,
        "Rate",
        Run::Args(|a| output(growth::growth(a.decimal("prev")?, a.decimal("curr")?)?)),
    ),
    Function::new(
        "cagr",
        &["first", "last", "years"],
        NONE,
        "Rate",
        Run::Args(|a| {
            output(growth::cagr(
                a.decimal("first")?,
                a.decimal("last")?,
                a.decimal("years")?,
            )?)
        }),
    ),
    Function::new(
        "year_over_year",
        &["values"],
        NONE,
        "Series",
        Run::Args(|a| {
            let values: Vec<growth::YearValue> = a.get("values")?;
            output(growth::year_over_year(&values)?)
        }),
    ),
    Function::new(
        "annual_sales_series",
        &["record"],
        NONE,
        "Series",
        Run::Args(|a| output(growth::annual_sales_series(&a.record("record")?)?)),
    ),
    Function::new(
        "exchange.convert",
        &["money", "to", "date"],
        &["rates"],
        "Money",
        Run::Args(|a| {
            let to: Currency = a.get("to")?;
            output(
                a.rates("rates")?
                    .convert(&a.get("money")?, to, a.date("date")?)?,
            )
        }),
    ),
    Function::new(
        "exchange.rate_on",
        &["from", "to", "date"],
        &["rates"],
        "AppliedRate",
        Run::Args(|a| {
            output(
                a.rates("rates")?
                    .rate_on(a.get("from")?, a.get("to")?, a.date("date")?)?,
            )
        }),
    ),
    Function::new(
        "rank_export_growth",
        &["records", "options"],
        &["rates"],
        "Ranking",
        Run::Args(|a| {
            let records: Vec<ranking::ExportRecord> = a.get("records")?;
            output(ranking::rank_export_growth(
                &records,
                &a.rates("rates")?,
                &a.get("options")?,
            )?)
        }),
    ),
    Function::new(
        "ranking.html",
        &["ranking"],
        &["lang"],
        "string",
        Run::Args(|a| {
            let r: ranking::Ranking = a.get("ranking")?;
            output(r.to_html(a.lang()?))
        }),
    ),
    Function::new(
        "chart.size_mix",
        &["mix"],
        &["lang"],
        "string",
        Run::Args(|a| output(crate::render::chart::size_mix(&a.get("mix")?, a.lang()?))),
    ),
    Function::new(
        "chart.validity_by_region",
        &["rows"],
        &["lang"],
        "string",
        Run::Args(|a| {
            output(crate::render::chart::validity_by_region(
                &a.get::<Vec<crate::render::chart::RegionValidity>>("rows")?,
                a.lang()?,
            )?)
        }),
    ),
    Function::new(
        "chart.ranking_bars",
        &["ranking"],
        &["lang"],
        "string",
        Run::Args(|a| {
            output(crate::render::chart::ranking_bars(
                &a.get("ranking")?,
                a.lang()?,
            ))
        }),
    ),
    Function::new(
        "export_series",
        &["records"],
        &["rates", "options"],
        "Series",
        Run::Args(|a| {
            let records: Vec<ranking::ExportRecord> = a.get("records")?;
            let options: ranking::SeriesOptions = a.opt("options")?.unwrap_or_default();
            output(ranking::export_series(
                &records,
                &a.rates("rates")?,
                &options,
            )?)
        }),
    ),
    Function::new(
        "active_rate",
        &["registered", "active"],
        NONE,
        "ActiveRate",
        Run::Args(|a| {
            output(activity::active_rate(
                a.get("registered")?,
                a.get("active")?,
            )?)
        }),
    ),
    Function::new(
        "cohort_survival",
        &["register", "snapshots"],
        NONE,
        "CohortTable",
        Run::Args(|a| {
            let register: Vec<activity::Registration> = a.get("register")?;
            let snapshots: Vec<activity::ActivitySnapshot> = a.get("snapshots")?;
            output(activity::cohort_survival(&register, &snapshots)?)
        }),
    ),
    Function::new(
        "transition_matrix",
        &["before", "after"],
        NONE,
        "TransitionMatrix",
        Run::Args(|a| {
            output(transition::transition_matrix(
                &a.get("before")?,
                &a.get("after")?,
            )?)
        }),
    ),
    Function::new(
        "target_progress",
        &["target", "achieved", "as_of"],
        NONE,
        "TargetProgress",
        Run::Args(|a| {
            output(target::target_progress(
                &a.get("target")?,
                a.decimal("achieved")?,
                a.date("as_of")?,
            )?)
        }),
    ),
    Function::new(
        "daily_sales",
        &["capacity", "price"],
        NONE,
        "MoneyRange",
        Run::Args(|a| {
            output(production::daily_sales(
                &a.get("capacity")?,
                &a.get("price")?,
            )?)
        }),
    ),
    Function::new(
        "monthly_sales",
        &["capacity", "price"],
        &["working_days"],
        "MoneyRange",
        Run::Args(|a| {
            output(production::monthly_sales(
                &a.get("capacity")?,
                &a.get("price")?,
                a.opt("working_days")?,
            )?)
        }),
    ),
    Function::new(
        "normalize",
        &["type", "value"],
        NONE,
        "any",
        Run::Args(|a| normalize(&a.text("type")?, a)),
    ),
    Function::new(
        "holidays",
        &["year"],
        NONE,
        "Holiday[]",
        Run::Args(|a| output(calendar::holidays_in(a.get("year")?)?)),
    ),
    Function::new(
        "data_versions",
        NONE,
        NONE,
        "DataVersion[]",
        Run::Args(|_a| output(crate::reference::provenance::data_versions())),
    ),
];

/// The function named `name` of [`FUNCTIONS`].
pub(super) fn find(name: &str) -> Option<&'static Function> {
    FUNCTIONS.iter().find(|f| f.name == name)
}

/// Every function of the facade: the six of each identifier module, then the rest.
pub fn functions() -> Vec<FunctionInfo> {
    let strings = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let per_identifier = IdentifierKind::ALL
        .iter()
        .map(|k| k.as_str())
        .flat_map(|id| {
            PER_IDENTIFIER
                .map(|(fun, returns, _)| {
                    let edition = id == "kbli" && KBLI_IN_EDITION.contains(&fun);
                    let optional = if edition { VERSION } else { NONE };
                    (format!("{id}.{fun}"), N, optional, returns)
                })
                .into_iter()
                .chain([(format!("{id}.format_many"), NS, NONE, "string[]")])
        });
    per_identifier
        .chain(
            FUNCTIONS
                .iter()
                .map(|f| (f.name.to_string(), f.args, f.optional, f.returns)),
        )
        .map(|(name, args, optional, returns)| FunctionInfo {
            name,
            args: strings(args),
            optional: strings(optional),
            returns: returns.to_string(),
        })
        .collect()
}

/// The input types [`call`](crate::api::call)`("normalize", ...)` reads: the records and arguments a caller
/// builds.
pub const INPUT_TYPES: [&str; 17] = [
    "Enterprise",
    "SizeInput",
    "IndustryInput",
    "Money",
    "MoneyRange",
    "QuantityRange",
    "Order",
    "RuleSet",
    "ExchangeRate",
    "ExportRecord",
    "RankingOptions",
    "SeriesOptions",
    "YearValue",
    "Registration",
    "ActivitySnapshot",
    "Snapshot",
    "Target",
];

/// Reads `value` as the input type named `type` and writes it back in its canonical JSON form
/// (every field, defaults filled in): what a typed class in a binding holds, checked by the
/// same reader every function uses. A rule set is also checked for consistency.
fn normalize(type_name: &str, a: &Args<'_>) -> Outcome {
    fn canonical<T: DeserializeOwned + Serialize + Send + 'static>(a: &Args<'_>) -> Outcome {
        output(a.get::<T>("value")?)
    }
    match type_name {
        "Enterprise" => output(a.record("value")?),
        "SizeInput" => canonical::<size::SizeInput>(a),
        "IndustryInput" => canonical::<industry::IndustryInput>(a),
        "Money" => canonical::<Money>(a),
        "MoneyRange" => canonical::<crate::record::enterprise::MoneyRange>(a),
        "QuantityRange" => canonical::<crate::record::enterprise::QuantityRange>(a),
        "Order" => canonical::<readiness::Order>(a),
        "RuleSet" => output(RuleSet::from_value(a.raw("value")?)?),
        "ExchangeRate" => canonical::<crate::analytics::exchange::ExchangeRate>(a),
        "ExportRecord" => canonical::<ranking::ExportRecord>(a),
        "RankingOptions" => canonical::<ranking::RankingOptions>(a),
        "SeriesOptions" => canonical::<ranking::SeriesOptions>(a),
        "YearValue" => canonical::<growth::YearValue>(a),
        "Registration" => canonical::<activity::Registration>(a),
        "ActivitySnapshot" => canonical::<activity::ActivitySnapshot>(a),
        "Snapshot" => canonical::<transition::Snapshot>(a),
        "Target" => canonical::<target::Target>(a),
        other => Err(CallError::argument(
            "argument.invalid",
            "/type".into(),
            Message::new(
                format!(
                    "{:?} bukan salah satu dari {}",
                    crate::text::privacy::shown(other),
                    INPUT_TYPES.join(", ")
                ),
                format!(
                    "{:?} is not one of {}",
                    crate::text::privacy::shown(other),
                    INPUT_TYPES.join(", ")
                ),
            ),
        )),
    }
}

/// `assess` (the report, or only its summary) of `record` with the other arguments read from
/// `a` in the facade's order (rule set, product, destination, date), so that both answer
/// the same errors for the same input.
fn assessed<T>(
    a: &Args<'_>,
    record: &Enterprise,
    assess: fn(&RuleSet, &Enterprise, &str, &str, NaiveDate) -> Result<T, ReadinessError>,
) -> Result<T, CallError> {
    let custom = match a.0.get("rule_set") {
        Some(Value::Null) | None | Some(Value::String(_)) => None,
        Some(set) => Some(RuleSet::from_value(set)?),
    };
    let set = match (&custom, a.0.get("rule_set")) {
        (Some(set), _) => set,
        (None, Some(Value::String(id))) => RuleSet::builtin(id).ok_or_else(|| CallError {
            path: "/rule_set".to_string(),
            ..CallError::new(
                ErrorKind::Argument,
                "ruleset.unknown_id",
                Message::new(
                    "Tidak ada rule set bawaan dengan id ini (umkm-default-2026, umkm-default-2025).",
                    "No embedded rule set has this id (umkm-default-2026, umkm-default-2025).",
                ),
            )
        })??,
        (None, _) => RuleSet::default_set()?,
    };
    Ok(assess(
        set,
        record,
        &a.text("product")?,
        &a.text("destination")?,
        a.date("as_of")?,
    )?)
}
