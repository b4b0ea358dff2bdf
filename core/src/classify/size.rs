//! UMKM size classes: micro, small, medium, large.
//!
//! Two regulations, chosen by the date asked for:
//!
//! | rule | in force | capital criterion | micro | small | medium |
//! | --- | --- | --- | --- | --- | --- |
//! | UU 20/2008 Pasal 6 | 4 Jul 2008 – 1 Feb 2021 | net assets (kekayaan bersih) | ≤ Rp50 juta | ≤ Rp500 juta | ≤ Rp10 miliar |
//! | | | annual sales | ≤ Rp300 juta | ≤ Rp2,5 miliar | ≤ Rp50 miliar |
//! | PP 7/2021 Pasal 35 | from 2 Feb 2021 | business capital (modal usaha) | ≤ Rp1 miliar | ≤ Rp5 miliar | ≤ Rp10 miliar |
//! | | | annual sales | ≤ Rp2 miliar | ≤ Rp15 miliar | ≤ Rp50 miliar |
//!
//! Each class is "more than" the ceiling below it and "at most" (*paling banyak*, inclusive)
//! its own; above the medium ceiling the business is large (*usaha besar*). Capital excludes
//! land and buildings of the premises. PP 7/2021 was promulgated on 2 February 2021 (LN 2021
//! No. 17) and applies from that day.
//!
//! Either criterion classifies. When both are known and disagree, PP 7/2021 Pasal 35 says which
//! one serves which purpose: ayat (2), the capital criterion is for setting up or registering a
//! business; ayat (4), the sales criterion is for ease-of-business, protection and empowerment
//! measures. So [`Purpose::Registration`] lets capital decide and [`Purpose::Empowerment`] (the
//! default: programmes for existing businesses) lets sales decide. UU 20/2008 is silent on
//! disagreement; the library applies the same split there and marks the result
//! [`Basis::Convention`]. The result always carries both readings.
//!
//! ```
//! use umkm::classify::size::{classify_size, SizeClass, SizeInput};
//! use umkm::money::Money;
//! use chrono::{Datelike, NaiveDate};
//! let as_of = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
//! let input = SizeInput { business_capital: Some(Money::idr(1_000_000_000)), ..Default::default() };
//! assert_eq!(classify_size(&input, as_of).unwrap().class, SizeClass::Micro);
//! let input = SizeInput { business_capital: Some(Money::idr(1_000_000_001)), ..Default::default() };
//! assert_eq!(classify_size(&input, as_of).unwrap().class, SizeClass::Small);
//! ```

use super::{ClassifyError, RuleRef};
use crate::money::Money;
use crate::text::{Lang, Message};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// UMKM size class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SizeClass {
    /// Usaha mikro.
    Micro,
    /// Usaha kecil.
    Small,
    /// Usaha menengah.
    Medium,
    /// Usaha besar.
    Large,
}

impl SizeClass {
    /// Name in a language: `Usaha mikro` / `Micro enterprise`.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (SizeClass::Micro, Lang::Id) => "Usaha mikro",
            (SizeClass::Small, Lang::Id) => "Usaha kecil",
            (SizeClass::Medium, Lang::Id) => "Usaha menengah",
            (SizeClass::Large, Lang::Id) => "Usaha besar",
            (SizeClass::Micro, Lang::En) => "Micro enterprise",
            (SizeClass::Small, Lang::En) => "Small enterprise",
            (SizeClass::Medium, Lang::En) => "Medium enterprise",
            (SizeClass::Large, Lang::En) => "Large enterprise",
        }
    }
}

/// Which criterion decided a classification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    /// Business capital (PP 7/2021) or net assets (UU 20/2008), without land and buildings.
    BusinessCapital,
    /// Annual sales (hasil penjualan tahunan).
    AnnualSales,
}

/// What the classification is for; decides between the criteria when both are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Setting up or registering a business (PP 7/2021 Pasal 35 ayat 2): capital decides.
    Registration,
    /// Ease of business, protection and empowerment of an existing business (ayat 4): sales decide.
    #[default]
    Empowerment,
}

/// Why the deciding criterion was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Only one criterion was given.
    OnlyCriterion,
    /// Both were given and agree.
    BothAgree,
    /// Both were given and disagree; the regulation assigns the criterion to the purpose.
    Regulation,
    /// Both were given and disagree; the regulation is silent and the library applied the
    /// later regulation's split (UU 20/2008).
    Convention,
}

/// Input of [`classify_size`]. Amounts must be in IDR.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SizeInput {
    /// Business capital (or net assets before PP 7/2021), without land and buildings.
    #[serde(default)]
    pub business_capital: Option<Money>,
    /// Annual sales.
    #[serde(default)]
    pub annual_sales: Option<Money>,
    /// What the classification is for.
    #[serde(default)]
    pub purpose: Purpose,
}

/// The result: the class, how it was decided, both readings and the rule cited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct SizeClassification {
    /// The class.
    pub class: SizeClass,
    /// The criterion that decided.
    pub decided_by: Criterion,
    /// Why that criterion.
    pub basis: Basis,
    /// The class by capital alone, if capital was given.
    pub by_capital: Option<SizeClass>,
    /// The class by sales alone, if sales were given.
    pub by_sales: Option<SizeClass>,
    /// The rule applied.
    pub rule: RuleRef,
    /// One sentence saying the above.
    pub explanation: Message,
}

/// One size regulation as data: ceilings (inclusive, Rupiah) of micro, small, medium.
#[derive(Debug, Clone, Copy)]
struct SizeRule {
    id: &'static str,
    citation: &'static str,
    from: (i32, u32, u32),
    until: Option<(i32, u32, u32)>,
    capital_name: (&'static str, &'static str),
    capital_ceilings: [Rupiah; 3],
    sales_ceilings: [Rupiah; 3],
}

/// A ceiling in whole Rupiah, also kept as a `Decimal` made at compile time so comparing an
/// amount with it costs no conversion.
#[derive(Debug, Clone, Copy)]
struct Rupiah {
    rupiah: i64,
    decimal: Decimal,
}

/// A ceiling of `n` Rupiah (`n` below 2^63, as every ceiling of the law is).
const fn rp(n: i64) -> Rupiah {
    let u = n.unsigned_abs();
    Rupiah {
        rupiah: n,
        decimal: Decimal::from_parts(u as u32, (u >> 32) as u32, 0, n < 0, 0),
    }
}

/// The size regulations, oldest first.
static SIZE_RULES: [SizeRule; 2] = [
    SizeRule {
        id: "uu-20-2008",
        citation: "UU No. 20 Tahun 2008 tentang UMKM, Pasal 6",
        from: (2008, 7, 4),
        until: Some((2021, 2, 1)),
        capital_name: ("kekayaan bersih", "net assets"),
        capital_ceilings: [rp(50_000_000), rp(500_000_000), rp(10_000_000_000)],
        sales_ceilings: [rp(300_000_000), rp(2_500_000_000), rp(50_000_000_000)],
    },
    SizeRule {
        id: "pp-7-2021",
        citation: "PP No. 7 Tahun 2021, Pasal 35 ayat (3) dan (5)",
        from: (2021, 2, 2),
        until: None,
        capital_name: ("modal usaha", "business capital"),
        capital_ceilings: [rp(1_000_000_000), rp(5_000_000_000), rp(10_000_000_000)],
        sales_ceilings: [rp(2_000_000_000), rp(15_000_000_000), rp(50_000_000_000)],
    },
];

fn ymd((y, m, d): (i32, u32, u32)) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The size regulation in force on a date (`None` before UU 20/2008 took effect on
/// 4 July 2008).
///
/// ```
/// use umkm::classify::size::rule_on;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(rule_on(d(2021, 2, 1)).unwrap().id, "uu-20-2008");
/// assert_eq!(rule_on(d(2021, 2, 2)).unwrap().id, "pp-7-2021");
/// ```
pub fn rule_on(as_of: NaiveDate) -> Option<RuleRef> {
    rule_in_force(as_of).map(SizeRule::reference)
}

fn rule_in_force(as_of: NaiveDate) -> Option<&'static SizeRule> {
    // (year, month, day) tuples order as the dates do: no date is built per call.
    let day = (as_of.year(), as_of.month(), as_of.day());
    SIZE_RULES
        .iter()
        .rev()
        .find(|r| r.from <= day && r.until.is_none_or(|u| day <= u))
}

impl SizeRule {
    fn reference(&self) -> RuleRef {
        RuleRef {
            id: self.id.to_string(),
            citation: self.citation.to_string(),
            effective_from: ymd(self.from),
            effective_until: self.until.and_then(ymd),
        }
    }
}

fn band(amount: Decimal, ceilings: &[Rupiah; 3]) -> SizeClass {
    const CLASSES: [SizeClass; 3] = [SizeClass::Micro, SizeClass::Small, SizeClass::Medium];
    ceilings
        .iter()
        .zip(CLASSES)
        .find(|(ceiling, _)| amount <= ceiling.decimal)
        .map_or(SizeClass::Large, |(_, class)| class)
}

fn rupiah(m: &Option<Money>, name: &str) -> Result<Option<Decimal>, ClassifyError> {
    match m {
        None => Ok(None),
        Some(m) if !m.is_rupiah() => Err(ClassifyError::NotRupiah {
            criterion: name.to_string(),
            currency: m.currency.code().to_string(),
        }),
        Some(m) if m.amount.is_sign_negative() && !m.amount.is_zero() => {
            Err(ClassifyError::Negative {
                criterion: name.to_string(),
            })
        }
        Some(m) => Ok(Some(m.amount)),
    }
}

/// The ceilings (inclusive, IDR) of micro, small and medium under the rule in force on `as_of`,
/// for capital and for sales; `None` before 4 July 2008.
pub fn ceilings(as_of: NaiveDate) -> Option<([Money; 3], [Money; 3])> {
    let r = rule_in_force(as_of)?;
    Some((
        r.capital_ceilings.map(|c| Money::idr(c.rupiah)),
        r.sales_ceilings.map(|c| Money::idr(c.rupiah)),
    ))
}

/// The rule in force on a date.
pub fn rule(as_of: NaiveDate) -> Option<RuleRef> {
    rule_in_force(as_of).map(SizeRule::reference)
}

/// The class alone, without the text of [`SizeClassification`]: what a whole register needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct SizeVerdict {
    /// The class.
    pub class: SizeClass,
    /// The criterion that decided.
    pub decided_by: Criterion,
    /// Why that criterion.
    pub basis: Basis,
    /// The class by capital alone, if capital was given.
    pub by_capital: Option<SizeClass>,
    /// The class by sales alone, if sales were given.
    pub by_sales: Option<SizeClass>,
}

fn verdict(rule: &SizeRule, input: &SizeInput) -> Result<SizeVerdict, ClassifyError> {
    let capital = rupiah(&input.business_capital, "business_capital")?;
    let sales = rupiah(&input.annual_sales, "annual_sales")?;
    let by_capital = capital.map(|c| band(c, &rule.capital_ceilings));
    let by_sales = sales.map(|s| band(s, &rule.sales_ceilings));
    let (class, decided_by, basis) = match (by_capital, by_sales) {
        (None, None) => {
            return Err(ClassifyError::Missing {
                what: "business_capital or annual_sales".to_string(),
            });
        }
        (Some(c), None) => (c, Criterion::BusinessCapital, Basis::OnlyCriterion),
        (None, Some(s)) => (s, Criterion::AnnualSales, Basis::OnlyCriterion),
        (Some(c), Some(s)) => {
            let by_purpose = match input.purpose {
                Purpose::Registration => (c, Criterion::BusinessCapital),
                Purpose::Empowerment => (s, Criterion::AnnualSales),
            };
            let basis = if c == s {
                Basis::BothAgree
            } else if rule.id == "uu-20-2008" {
                Basis::Convention
            } else {
                Basis::Regulation
            };
            (by_purpose.0, by_purpose.1, basis)
        }
    };
    Ok(SizeVerdict {
        class,
        decided_by,
        basis,
        by_capital,
        by_sales,
    })
}

/// The size class by the rule in force on `as_of`, without the explanation text: the same
/// class, criterion and basis as [`classify_size`], at a fraction of the cost.
///
/// ```
/// use umkm::classify::size::{size_verdict, SizeClass};
/// use umkm::{Money, SizeInput};
/// use chrono::NaiveDate;
/// let input = SizeInput { annual_sales: Some(Money::idr(2_000_000_000)), ..Default::default() };
/// let v = size_verdict(&input, NaiveDate::from_ymd_opt(2025, 11, 1).unwrap()).unwrap();
/// assert_eq!(v.class, SizeClass::Micro); // exactly Rp2 miliar of sales is still micro
/// ```
///
/// # Errors
///
/// A [`ClassifyError`]: `classify.no_rule` for a date before any rule,
/// `classify.missing` without capital or sales, `classify.negative`, `classify.not_rupiah`.
pub fn size_verdict(input: &SizeInput, as_of: NaiveDate) -> Result<SizeVerdict, ClassifyError> {
    let rule = rule_in_force(as_of).ok_or(ClassifyError::NoRuleInForce { date: as_of })?;
    verdict(rule, input)
}

/// One row of a whole-register classification: the verdict, or the error (code and messages)
/// that row got.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct SizeRow {
    /// The verdict, when the row could be classified.
    pub verdict: Option<SizeVerdict>,
    /// Why not, otherwise.
    pub error: Option<crate::record::issue::Issue>,
}

impl From<Result<SizeVerdict, ClassifyError>> for SizeRow {
    fn from(r: Result<SizeVerdict, ClassifyError>) -> Self {
        match r {
            Ok(v) => SizeRow {
                verdict: Some(v),
                error: None,
            },
            Err(e) => SizeRow {
                verdict: None,
                error: Some(crate::record::issue::Issue::error(
                    "",
                    e.code(),
                    e.message(),
                )),
            },
        }
    }
}

/// [`size_verdict`] of a whole register on one date: one answer (or error) a row, in order.
/// The rule in force is looked up once.
pub fn classify_size_many(
    inputs: &[SizeInput],
    as_of: NaiveDate,
) -> Vec<Result<SizeVerdict, ClassifyError>> {
    match rule_in_force(as_of) {
        Some(rule) => crate::batch::map(inputs, |i| verdict(rule, i)),
        None => inputs
            .iter()
            .map(|_| Err(ClassifyError::NoRuleInForce { date: as_of }))
            .collect(),
    }
}

/// Classifies by the rule in force on `as_of`. See the module docs for the criteria.
///
/// ```
/// use umkm::{classify_size, Money, NaiveDate, SizeClass, SizeInput};
///
/// let as_of = NaiveDate::from_ymd_opt(2025, 11, 1).unwrap();
/// // PP 7/2021: annual sales up to Rp2 billion are micro, up to Rp15 billion small.
/// let input = SizeInput { annual_sales: Some(Money::idr(2_000_000_000)), ..Default::default() };
/// assert_eq!(classify_size(&input, as_of).unwrap().class, SizeClass::Micro);
/// let input = SizeInput { annual_sales: Some(Money::idr(2_000_000_001)), ..Default::default() };
/// assert_eq!(classify_size(&input, as_of).unwrap().class, SizeClass::Small);
/// ```
///
/// # Errors
///
/// A [`ClassifyError`]: `classify.missing` when neither capital nor sales is given,
/// `classify.negative` for a negative amount, `classify.not_rupiah` for another currency (the
/// thresholds are Rupiah), `classify.no_rule` for a date before UU 20/2008.
pub fn classify_size(
    input: &SizeInput,
    as_of: NaiveDate,
) -> Result<SizeClassification, ClassifyError> {
    let rule = rule_in_force(as_of).ok_or(ClassifyError::NoRuleInForce { date: as_of })?;
    let v = verdict(rule, input)?;
    let explanation = explain(rule, v.class, v.decided_by, v.basis, input.purpose);
    Ok(SizeClassification {
        class: v.class,
        decided_by: v.decided_by,
        basis: v.basis,
        by_capital: v.by_capital,
        by_sales: v.by_sales,
        rule: rule.reference(),
        explanation,
    })
}

fn explain(
    rule: &SizeRule,
    class: SizeClass,
    by: Criterion,
    basis: Basis,
    purpose: Purpose,
) -> Message {
    let (crit_id, crit_en) = match by {
        Criterion::BusinessCapital => rule.capital_name,
        Criterion::AnnualSales => ("hasil penjualan tahunan", "annual sales"),
    };
    let (why_id, why_en) = match (basis, purpose) {
        (Basis::OnlyCriterion, _) => ("satu-satunya kriteria yang tersedia", "the only criterion given"),
        (Basis::BothAgree, _) => ("kedua kriteria memberi kelas yang sama", "both criteria give the same class"),
        (Basis::Regulation, Purpose::Registration) => {
            ("kriteria modal usaha untuk pendirian/pendaftaran (Pasal 35 ayat 2)", "capital is the criterion for registration (Article 35(2))")
        }
        (Basis::Regulation, Purpose::Empowerment) => (
            "kriteria penjualan untuk kemudahan, pelindungan, dan pemberdayaan (Pasal 35 ayat 4)",
            "sales are the criterion for ease of business, protection and empowerment (Article 35(4))",
        ),
        (Basis::Convention, _) => (
            "kriteria berbeda dan UU 20/2008 tidak mengatur; mengikuti pembagian PP 7/2021",
            "the criteria disagree and UU 20/2008 is silent; following the split of PP 7/2021",
        ),
    };
    Message::new(
        format!(
            "{} menurut {} ({}; {})",
            class.label(Lang::Id),
            crit_id,
            rule.citation,
            why_id
        ),
        format!(
            "{} by {} ({}; {})",
            class.label(Lang::En),
            crit_en,
            rule.citation,
            why_en
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compile_time_ceilings_equal_their_rupiah() {
        for rule in &SIZE_RULES {
            for c in rule.capital_ceilings.iter().chain(&rule.sales_ceilings) {
                assert_eq!(c.decimal, Decimal::from(c.rupiah));
            }
        }
        assert_eq!(rp(-5).decimal, Decimal::from(-5));
        assert_eq!(rp(i64::MAX).decimal, Decimal::from(i64::MAX));
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn cap(rp: i64, as_of: NaiveDate) -> SizeClass {
        let i = SizeInput {
            business_capital: Some(Money::idr(rp)),
            ..Default::default()
        };
        classify_size(&i, as_of).unwrap().class
    }

    fn sales(rp: i64, as_of: NaiveDate) -> SizeClass {
        let i = SizeInput {
            annual_sales: Some(Money::idr(rp)),
            ..Default::default()
        };
        classify_size(&i, as_of).unwrap().class
    }

    #[test]
    fn pp_7_2021_capital_boundaries() {
        let t = d(2025, 6, 1);
        assert_eq!(cap(0, t), SizeClass::Micro);
        assert_eq!(cap(1_000_000_000, t), SizeClass::Micro);
        assert_eq!(cap(1_000_000_001, t), SizeClass::Small);
        assert_eq!(cap(5_000_000_000, t), SizeClass::Small);
        assert_eq!(cap(5_000_000_001, t), SizeClass::Medium);
        assert_eq!(cap(10_000_000_000, t), SizeClass::Medium);
        assert_eq!(cap(10_000_000_001, t), SizeClass::Large);
    }

    #[test]
    fn pp_7_2021_sales_boundaries() {
        let t = d(2025, 6, 1);
        assert_eq!(sales(2_000_000_000, t), SizeClass::Micro);
        assert_eq!(sales(2_000_000_001, t), SizeClass::Small);
        assert_eq!(sales(15_000_000_000, t), SizeClass::Small);
        assert_eq!(sales(15_000_000_001, t), SizeClass::Medium);
        assert_eq!(sales(50_000_000_000, t), SizeClass::Medium);
        assert_eq!(sales(50_000_000_001, t), SizeClass::Large);
    }

    #[test]
    fn uu_20_2008_boundaries() {
        let t = d(2020, 12, 31);
        assert_eq!(cap(50_000_000, t), SizeClass::Micro);
        assert_eq!(cap(50_000_001, t), SizeClass::Small);
        assert_eq!(cap(500_000_000, t), SizeClass::Small);
        assert_eq!(cap(500_000_001, t), SizeClass::Medium);
        assert_eq!(cap(10_000_000_001, t), SizeClass::Large);
        assert_eq!(sales(300_000_000, t), SizeClass::Micro);
        assert_eq!(sales(300_000_001, t), SizeClass::Small);
        assert_eq!(sales(2_500_000_000, t), SizeClass::Small);
        assert_eq!(sales(2_500_000_001, t), SizeClass::Medium);
        assert_eq!(sales(50_000_000_000, t), SizeClass::Medium);
        assert_eq!(sales(50_000_000_001, t), SizeClass::Large);
    }

    #[test]
    fn the_day_before_and_the_day_pp_7_2021_took_effect() {
        // Rp600 juta capital: medium under UU 20/2008 (> Rp500 juta), micro under PP 7/2021.
        assert_eq!(cap(600_000_000, d(2021, 2, 1)), SizeClass::Medium);
        assert_eq!(cap(600_000_000, d(2021, 2, 2)), SizeClass::Micro);
        assert_eq!(rule(d(2021, 2, 1)).unwrap().id, "uu-20-2008");
        assert_eq!(rule(d(2021, 2, 2)).unwrap().id, "pp-7-2021");
        assert_eq!(rule(d(2008, 7, 4)).unwrap().id, "uu-20-2008");
        let err = classify_size(
            &SizeInput {
                business_capital: Some(Money::idr(1)),
                ..Default::default()
            },
            d(2008, 7, 3),
        );
        assert_eq!(err.unwrap_err().code(), "classify.no_rule");
    }

    #[test]
    fn disagreement_follows_purpose() {
        let t = d(2025, 6, 1);
        let mut input = SizeInput {
            business_capital: Some(Money::idr(800_000_000)), // micro by capital
            annual_sales: Some(Money::idr(3_000_000_000)),   // small by sales
            purpose: Purpose::Empowerment,
        };
        let r = classify_size(&input, t).unwrap();
        assert_eq!(
            (r.class, r.decided_by, r.basis),
            (SizeClass::Small, Criterion::AnnualSales, Basis::Regulation)
        );
        assert_eq!(
            (r.by_capital, r.by_sales),
            (Some(SizeClass::Micro), Some(SizeClass::Small))
        );
        assert!(
            r.explanation.id.contains("Pasal 35 ayat 4"),
            "{}",
            r.explanation.id
        );
        input.purpose = Purpose::Registration;
        let r = classify_size(&input, t).unwrap();
        assert_eq!(
            (r.class, r.decided_by),
            (SizeClass::Micro, Criterion::BusinessCapital)
        );
        // UU 20/2008: Rp40 juta net assets (micro) but Rp1 miliar sales (small).
        let old = SizeInput {
            business_capital: Some(Money::idr(40_000_000)),
            annual_sales: Some(Money::idr(1_000_000_000)),
            purpose: Purpose::Empowerment,
        };
        let r = classify_size(&old, d(2019, 1, 1)).unwrap();
        assert_eq!((r.class, r.basis), (SizeClass::Small, Basis::Convention));
        assert_eq!(
            r.rule.citation,
            "UU No. 20 Tahun 2008 tentang UMKM, Pasal 6"
        );
    }

    #[test]
    fn bad_input_is_an_error() {
        let t = d(2025, 6, 1);
        assert_eq!(
            classify_size(&SizeInput::default(), t).unwrap_err().code(),
            "classify.missing"
        );
        let neg = SizeInput {
            annual_sales: Some(Money::idr(-1)),
            ..Default::default()
        };
        assert_eq!(
            classify_size(&neg, t).unwrap_err().code(),
            "classify.negative"
        );
        let usd = SizeInput {
            annual_sales: Some(Money::new(
                Decimal::ONE,
                crate::money::Currency::from_code("USD").unwrap(),
            )),
            ..Default::default()
        };
        assert_eq!(
            classify_size(&usd, t).unwrap_err().code(),
            "classify.not_rupiah"
        );
    }
}
