//! Registered versus active enterprises, and survival of founding-year cohorts.
//!
//! Offices register far more enterprises than stay in business: Kabupaten Bekasi's industry
//! office counted about 1,400 IKM of which about 300 were active, an active rate of
//! 300 ÷ 1,400 = 21.4 %. [`active_rate`] computes that share; [`cohort_survival`] follows the
//! enterprises founded in each year through dated activity snapshots (the share of a cohort
//! still active at each snapshot), from a register of NIBs with founding dates and, per
//! snapshot, the NIBs seen active.
//!
//! A share is `active ÷ existing`, exact in `Decimal`, `None` when nobody existed yet (a cohort
//! founded after the snapshot), never NaN. Active NIBs missing from the register, and
//! enterprises seen active before their founding date, are reported as warnings, not dropped.
//!
//! ```
//! use umkm::analytics::activity::active_rate;
//! let r = active_rate(1400, 300).unwrap();
//! assert_eq!(r.inactive, 1100);
//! assert_eq!(r.rate.round_dp(3).to_string(), "0.214");
//! ```

use crate::id::nib;
use crate::record::issue::{BatchIssues, Issue};
use crate::text::Message;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The active share of a register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ActiveRate {
    /// Enterprises registered.
    pub registered: u64,
    /// Enterprises active.
    pub active: u64,
    /// `registered − active`.
    pub inactive: u64,
    /// `active ÷ registered`, a fraction.
    #[serde(with = "crate::money::decimal")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::money::decimal::DecimalString")
    )]
    pub rate: Decimal,
}

/// Invalid activity figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ActivityError {
    /// Nothing is registered, so there is no rate.
    #[error("no enterprise is registered")]
    NoneRegistered,
    /// More active than registered.
    #[error("{active} active is more than {registered} registered")]
    ActiveExceedsRegistered {
        /// Registered.
        registered: u64,
        /// Active.
        active: u64,
    },
    /// The register or the snapshots have problems, each listed with its path.
    #[error("invalid activity data: {} problem(s)", issues.len())]
    Invalid {
        /// Every problem found.
        issues: Vec<Issue>,
    },
}

crate::text::coded_error!(ActivityError);

impl ActivityError {
    /// The problems listed, for the error that lists them; empty otherwise.
    pub fn issues(&self) -> &[Issue] {
        match self {
            ActivityError::Invalid { issues } => issues,
            _ => &[],
        }
    }

    /// Stable code: `activity.none_registered`, `activity.active_exceeds_registered`,
    /// `activity.invalid`.
    pub fn code(&self) -> &'static str {
        match self {
            ActivityError::NoneRegistered => "activity.none_registered",
            ActivityError::ActiveExceedsRegistered { .. } => "activity.active_exceeds_registered",
            ActivityError::Invalid { .. } => "activity.invalid",
        }
    }

    /// Message in both languages.
    pub fn message(&self) -> Message {
        match self {
            ActivityError::NoneRegistered => Message::new(
                "Belum ada usaha terdaftar: tingkat keaktifan tidak terdefinisi.",
                "No enterprise is registered: the active rate is undefined.",
            ),
            ActivityError::ActiveExceedsRegistered { registered, active } => Message::new(
                // Counts shown as messages show input: a NIK typed as a count is not copied.
                format!(
                    "Usaha aktif ({}) lebih banyak dari yang terdaftar ({}).",
                    crate::text::privacy::shown(&active.to_string()),
                    crate::text::privacy::shown(&registered.to_string())
                ),
                format!(
                    "Active enterprises ({}) exceed those registered ({}).",
                    crate::text::privacy::shown(&active.to_string()),
                    crate::text::privacy::shown(&registered.to_string())
                ),
            ),
            ActivityError::Invalid { issues } => Message::new(
                format!("Data keaktifan memuat {} masalah.", issues.len()),
                format!("The activity data has {} problem(s).", issues.len()),
            ),
        }
    }
}

use crate::money::decimal::share;

/// `active ÷ registered`: an error when nothing is registered or more are active than
/// registered.
///
/// # Errors
///
/// An [`ActivityError`]: `activity.none_registered` when nothing is registered,
/// `activity.active_exceeds_registered` when more are active than registered.
pub fn active_rate(registered: u64, active: u64) -> Result<ActiveRate, ActivityError> {
    if active > registered {
        return Err(ActivityError::ActiveExceedsRegistered { registered, active });
    }
    let rate = share(active, registered).ok_or(ActivityError::NoneRegistered)?;
    Ok(ActiveRate {
        registered,
        active,
        inactive: registered - active,
        rate,
    })
}

/// One registered enterprise.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Registration {
    /// NIB (any layout; matched on its digits).
    pub nib: String,
    /// Founding date (or registration date, when that is what the office keeps).
    pub founded: NaiveDate,
}

/// The enterprises seen active on a date (by a survey, a visit, a tax or sales record).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActivitySnapshot {
    /// Date of the snapshot.
    pub date: NaiveDate,
    /// NIBs active on that date.
    pub active: Vec<String>,
}

/// A cohort at one snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct SurvivalCell {
    /// Snapshot date.
    pub date: NaiveDate,
    /// Members founded on or before the date.
    pub existing: u64,
    /// Of those, active on the date.
    pub active: u64,
    /// `active ÷ existing`; `None` when none existed yet.
    #[serde(with = "crate::money::decimal::option")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::money::decimal::DecimalString>")
    )]
    pub rate: Option<Decimal>,
}

/// Enterprises founded in one year, through the snapshots.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Cohort {
    /// Founding year.
    pub year: i32,
    /// Members registered.
    pub registered: u64,
    /// One cell per snapshot, in date order.
    pub survival: Vec<SurvivalCell>,
}

/// Survival of every founding-year cohort.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct CohortTable {
    /// Snapshot dates, in order.
    pub dates: Vec<NaiveDate>,
    /// Cohorts, oldest first.
    pub cohorts: Vec<Cohort>,
    /// The whole register at each snapshot.
    pub overall: Vec<SurvivalCell>,
    /// NIBs active but not registered, or active before their founding date
    /// (`activity.unregistered`, `activity.before_founding`); not counted.
    pub warnings: Vec<Issue>,
}

/// Survival of founding-year cohorts through activity snapshots. See the module docs.
///
/// Errors (every one listed, with its path): a blank or repeated NIB in the register
/// (`activity.nib_blank`, `activity.nib_duplicate`), two snapshots on one date
/// (`activity.snapshot_duplicate`).
///
/// # Errors
///
/// [`ActivityError::Invalid`] (`activity.invalid`) listing every problem with its path: a blank
/// or repeated NIB in the register (`activity.nib_blank`, `activity.nib_duplicate`), two
/// snapshots on one date (`activity.snapshot_duplicate`).
pub fn cohort_survival(
    register: &[Registration],
    snapshots: &[ActivitySnapshot],
) -> Result<CohortTable, ActivityError> {
    let mut issues = BatchIssues::default();
    let founded = founding_dates(register, &mut issues);
    let order = snapshot_order(snapshots, &mut issues);
    if !issues.is_empty() {
        return Err(ActivityError::Invalid {
            issues: issues.finish(),
        });
    }
    let mut warnings = BatchIssues::default();
    let mut dates = Vec::with_capacity(order.len());
    // Per snapshot: active members by cohort year.
    let mut active_by_year: Vec<BTreeMap<i32, u64>> = Vec::with_capacity(order.len());
    for &i in &order {
        let Some(s) = snapshots.get(i) else { continue };
        dates.push(s.date);
        active_by_year.push(active_by_cohort(s, i, &founded, &mut warnings));
    }
    let cohorts = cohorts(&founded, &dates, &active_by_year);
    let overall = dates
        .iter()
        .enumerate()
        .map(|(k, date)| {
            let (existing, active) = cohorts
                .iter()
                .filter_map(|c| c.survival.get(k))
                .fold((0, 0), |(e, a), c| (e + c.existing, a + c.active));
            cell(*date, existing, active)
        })
        .collect();
    Ok(CohortTable {
        dates,
        cohorts,
        overall,
        warnings: warnings.finish(),
    })
}

/// The founding date of each NIB in the register (by its digits), in one sort (it may hold
/// millions); each blank or repeated NIB is reported where it stands, in register order.
fn founding_dates(
    register: &[Registration],
    issues: &mut BatchIssues,
) -> BTreeMap<String, NaiveDate> {
    let keys: Vec<String> = register.iter().map(|r| nib::compact(&r.nib)).collect();
    let (founded, repeated) = super::keyed::first_of_each(
        keys.iter()
            .zip(register)
            .filter(|(k, _)| !k.is_empty())
            .map(|(k, r)| (k.clone(), r.founded))
            .collect(),
    );
    let mut repeated = repeated.into_iter().peekable();
    let mut keyed = 0;
    for (i, key) in keys.iter().enumerate() {
        if key.is_empty() {
            issues.push(Issue::error(
                format!("/register/{i}/nib"),
                "activity.nib_blank",
                Message::new("NIB kosong", "NIB is blank"),
            ));
            continue;
        }
        if repeated.next_if_eq(&keyed).is_some() {
            issues.push(Issue::error(
                format!("/register/{i}/nib"),
                "activity.nib_duplicate",
                Message::new("NIB ini terdaftar dua kali", "This NIB is registered twice"),
            ));
        }
        keyed += 1;
    }
    founded
}

/// The snapshots' positions in date order; two on one date are an error.
fn snapshot_order(snapshots: &[ActivitySnapshot], issues: &mut BatchIssues) -> Vec<usize> {
    let mut order: Vec<usize> = (0..snapshots.len()).collect();
    order.sort_by_key(|&i| snapshots.get(i).map(|s| s.date));
    let mut seen_dates = BTreeSet::new();
    for &i in &order {
        if let Some(s) = snapshots.get(i) {
            if !seen_dates.insert(s.date) {
                issues.push(Issue::error(
                    format!("/snapshots/{i}/date"),
                    "activity.snapshot_duplicate",
                    Message::new(
                        format!("Dua potret keaktifan pada {}", s.date),
                        format!("Two activity snapshots on {}", s.date),
                    ),
                ));
            }
        }
    }
    order
}

/// The active NIBs of snapshot `i` counted by cohort year, each once; one not registered or
/// active before its founding is a warning and not counted.
fn active_by_cohort(
    s: &ActivitySnapshot,
    i: usize,
    founded: &BTreeMap<String, NaiveDate>,
    warnings: &mut BatchIssues,
) -> BTreeMap<i32, u64> {
    // Collected, then sorted and counted by cohort.
    let mut counted: Vec<(&str, i32)> = Vec::new();
    for (j, raw) in s.active.iter().enumerate() {
        let key = nib::compact(raw);
        let path = || format!("/snapshots/{i}/active/{j}");
        match founded.get_key_value(key.as_str()) {
            None => warnings.push(Issue::warning(
                path(),
                "activity.unregistered",
                Message::new(
                    "NIB aktif ini tidak terdaftar; tidak dihitung",
                    "This active NIB is not registered; not counted",
                ),
            )),
            Some((_, f)) if *f > s.date => warnings.push(Issue::warning(
                path(),
                "activity.before_founding",
                Message::new(
                    format!("NIB ini tercatat aktif sebelum didirikan ({f}); tidak dihitung"),
                    format!("This NIB is recorded active before its founding ({f}); not counted"),
                ),
            )),
            Some((k, f)) => counted.push((k, f.year())),
        }
    }
    counted.sort_by(|a, b| a.0.cmp(b.0));
    counted.dedup_by(|a, b| a.0 == b.0);
    let mut by_year: BTreeMap<i32, u64> = BTreeMap::new();
    for (_, year) in counted {
        *by_year.entry(year).or_default() += 1;
    }
    by_year
}

/// Each founding-year cohort: its members, and at each snapshot date those existing and
/// those active.
fn cohorts(
    founded: &BTreeMap<String, NaiveDate>,
    dates: &[NaiveDate],
    active_by_year: &[BTreeMap<i32, u64>],
) -> Vec<Cohort> {
    let mut members: BTreeMap<i32, Vec<NaiveDate>> = BTreeMap::new();
    for date in founded.values() {
        members.entry(date.year()).or_default().push(*date);
    }
    members
        .iter()
        .map(|(year, founded_on)| Cohort {
            year: *year,
            registered: founded_on.len() as u64,
            survival: dates
                .iter()
                .zip(active_by_year)
                .map(|(date, by_year)| {
                    let existing = founded_on.iter().filter(|f| *f <= date).count() as u64;
                    cell(*date, existing, by_year.get(year).copied().unwrap_or(0))
                })
                .collect(),
        })
        .collect()
}

/// One cell of the table: the survival rate of `active` among `existing`.
fn cell(date: NaiveDate, existing: u64, active: u64) -> SurvivalCell {
    SurvivalCell {
        date,
        existing,
        active,
        rate: share(active, existing),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn kabupaten_bekasi_1400_registered_300_active() {
        let r = active_rate(1400, 300).unwrap();
        // 300 / 1400 = 3/14 = 0.214285714285714285714285714... (28 significant digits)
        assert_eq!(r.rate, "0.2142857142857142857142857143".parse().unwrap());
        assert_eq!(r.inactive, 1100);
        assert_eq!(
            active_rate(0, 0).unwrap_err().code(),
            "activity.none_registered"
        );
        assert_eq!(
            active_rate(10, 11).unwrap_err().code(),
            "activity.active_exceeds_registered"
        );
        assert_eq!(active_rate(10, 10).unwrap().rate, Decimal::ONE);
        assert_eq!(active_rate(10, 0).unwrap().rate, Decimal::ZERO);
    }

    fn reg(nib: &str, founded: NaiveDate) -> Registration {
        Registration {
            nib: nib.into(),
            founded,
        }
    }

    #[test]
    fn cohorts_by_hand() {
        // 2022 cohort: A (Mar), B (Jun), C (Dec); 2023 cohort: D (Feb), E (Aug).
        let register = [
            reg("1000000000001", d(2022, 3, 1)),
            reg("1000000000002", d(2022, 6, 1)),
            reg("1000000000003", d(2022, 12, 1)),
            reg("1000000000004", d(2023, 2, 1)),
            reg("1000000000005", d(2023, 8, 1)),
        ];
        let snapshots = [
            ActivitySnapshot {
                date: d(2024, 12, 31),
                // A and D active; D listed twice; an unknown NIB.
                active: vec![
                    "1000000000001".into(),
                    "1000000000004".into(),
                    "1000000000004".into(),
                    "9999999999999".into(),
                ],
            },
            ActivitySnapshot {
                date: d(2023, 6, 30),
                // A, B, D; E is "active" before its founding in August.
                active: vec![
                    "1000000000001".into(),
                    "1000000000002".into(),
                    "1000000000004".into(),
                    "1000000000005".into(),
                ],
            },
        ];
        let t = cohort_survival(&register, &snapshots).unwrap();
        assert_eq!(t.dates, [d(2023, 6, 30), d(2024, 12, 31)]);
        let c2022 = &t.cohorts[0];
        assert_eq!((c2022.year, c2022.registered), (2022, 3));
        // Mid-2023: 2 of 3 active; end 2024: 1 of 3.
        assert_eq!(
            (c2022.survival[0].existing, c2022.survival[0].active),
            (3, 2)
        );
        assert_eq!(
            c2022.survival[1].rate.unwrap().round_dp(4).to_string(),
            "0.3333"
        );
        let c2023 = &t.cohorts[1];
        // Mid-2023 only D existed (E founded in August): 1 of 1; end 2024: 1 of 2.
        assert_eq!(
            (c2023.survival[0].existing, c2023.survival[0].active),
            (1, 1)
        );
        assert_eq!(c2023.survival[1].rate.unwrap().to_string(), "0.5");
        assert_eq!((t.overall[0].existing, t.overall[0].active), (4, 3));
        assert_eq!((t.overall[1].existing, t.overall[1].active), (5, 2));
        let codes: Vec<(&str, &str)> = t
            .warnings
            .iter()
            .map(|w| (w.path.as_str(), w.code.as_str()))
            .collect();
        assert_eq!(
            codes,
            [
                ("/snapshots/1/active/3", "activity.before_founding"),
                ("/snapshots/0/active/3", "activity.unregistered"),
            ]
        );
    }

    #[test]
    fn a_cohort_founded_after_a_snapshot_has_no_rate() {
        let t = cohort_survival(
            &[reg("1", d(2025, 5, 1))],
            &[ActivitySnapshot {
                date: d(2024, 12, 31),
                active: vec![],
            }],
        )
        .unwrap();
        assert_eq!(t.cohorts[0].survival[0].existing, 0);
        assert_eq!(t.cohorts[0].survival[0].rate, None);
        let json = serde_json::to_value(&t).unwrap();
        assert!(json["cohorts"][0]["survival"][0]["rate"].is_null());
    }

    #[test]
    fn register_problems_are_all_listed() {
        let err = cohort_survival(
            &[
                reg("12.34", d(2024, 1, 1)),
                reg(" ", d(2024, 1, 1)),
                reg("1234", d(2024, 2, 1)),
            ],
            &[
                ActivitySnapshot {
                    date: d(2024, 6, 1),
                    active: vec![],
                },
                ActivitySnapshot {
                    date: d(2024, 6, 1),
                    active: vec![],
                },
            ],
        )
        .unwrap_err();
        let ActivityError::Invalid { issues } = err else {
            panic!()
        };
        let got: Vec<(&str, &str)> = issues
            .iter()
            .map(|i| (i.path.as_str(), i.code.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("/register/1/nib", "activity.nib_blank"),
                ("/register/2/nib", "activity.nib_duplicate"),
                ("/snapshots/1/date", "activity.snapshot_duplicate"),
            ]
        );
    }
}
