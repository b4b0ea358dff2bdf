//! "Naik kelas": how enterprises moved between size classes from one dated snapshot of the
//! register to the next.
//!
//! Each record is classified on its own snapshot's date by the regulation in force then
//! ([`crate::classify::size::classify_size`], PP 7/2021 Pasal 35 since 2 February 2021, UU
//! 20/2008 Pasal 6 before), from its business capital and the sales of the last complete
//! year ([`crate::Enterprise::size_input`]); when both are known the sales decide (Pasal 35
//! ayat 4: empowerment of existing businesses). So a snapshot of 2020 and one of 2024 are each
//! judged by their own law, and a micro enterprise of 2020 with Rp400 juta sales (small under
//! UU 20/2008) that still sells Rp400 juta in 2024 (micro under PP 7/2021) is shown to have
//! moved down a class on paper: the matrix reports what the law says, and the rule of each
//! snapshot is in the result.
//!
//! Records are matched by NIB (its digits). The matrix counts matched enterprises by class
//! before (rows) and after (columns), `unknown` where a class could not be determined (the
//! reason is kept per enterprise); the shares moved up, stayed and moved down are over the
//! enterprises whose class is known both times. Enterprises only in the later snapshot have
//! entered, those only in the earlier one have left; records without a NIB cannot be matched
//! and are listed as warnings.

use crate::classify::size::{classify_size, rule_on, SizeClass};
use crate::classify::RuleRef;
use crate::id::nib;
use crate::record::enterprise::Enterprise;
use crate::record::issue::{BatchIssues, Issue};
use crate::text::Message;
use chrono::NaiveDate;
use rust_decimal::Decimal;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The register on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// The date the records describe; classification uses the rule in force on it.
    pub date: NaiveDate,
    /// The records.
    pub records: Vec<Enterprise>,
}

/// A size class, or unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SizeState {
    /// Usaha mikro.
    Micro,
    /// Usaha kecil.
    Small,
    /// Usaha menengah.
    Medium,
    /// Usaha besar.
    Large,
    /// Not determined (no capital or sales, not in Rupiah, no rule on the date).
    Unknown,
}

impl SizeState {
    /// Row and column order of the matrix.
    pub const ALL: [SizeState; 5] = [
        SizeState::Micro,
        SizeState::Small,
        SizeState::Medium,
        SizeState::Large,
        SizeState::Unknown,
    ];

    fn index(self) -> usize {
        self as usize
    }
}

impl From<SizeClass> for SizeState {
    fn from(c: SizeClass) -> Self {
        match c {
            SizeClass::Micro => SizeState::Micro,
            SizeClass::Small => SizeState::Small,
            SizeClass::Medium => SizeState::Medium,
            SizeClass::Large => SizeState::Large,
        }
    }
}

/// Which way an enterprise moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// To a larger class ("naik kelas").
    Up,
    /// The same class.
    Stayed,
    /// To a smaller class.
    Down,
    /// A class is unknown on one date or both.
    Unknown,
}

/// One matched enterprise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Move {
    /// NIB, digits only.
    pub nib: String,
    /// Name in the later snapshot.
    pub name: String,
    /// Class on the earlier date.
    pub from: SizeState,
    /// Class on the later date.
    pub to: SizeState,
    /// Which way.
    pub direction: Direction,
    /// Why `from` is unknown (the classification's error code), if it is.
    pub from_reason: Option<String>,
    /// Why `to` is unknown, if it is.
    pub to_reason: Option<String>,
}

/// A fixed-size array written as a list (serde writes arrays as tuples, which a serializer
/// into Python objects makes tuples; every result here is a list in every language).
fn list<S: serde::Serializer, T: Serialize, const N: usize>(
    items: &[T; N],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_seq(items)
}

/// A fixed-size matrix written as a list of lists.
fn rows<S: serde::Serializer, T: Serialize, const N: usize, const M: usize>(
    rows: &[[T; M]; N],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_seq(rows.iter().map(|r| r.as_slice()))
}

/// Movements between two snapshots.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct TransitionMatrix {
    /// Earlier snapshot's date.
    pub before: NaiveDate,
    /// Later snapshot's date.
    pub after: NaiveDate,
    /// Size rule in force on the earlier date.
    pub rule_before: Option<RuleRef>,
    /// Size rule in force on the later date.
    pub rule_after: Option<RuleRef>,
    /// Row and column labels: micro, small, medium, large, unknown.
    #[serde(serialize_with = "list")]
    pub classes: [SizeState; 5],
    /// `counts[i][j]`: enterprises of class `classes[i]` before and `classes[j]` after.
    #[serde(serialize_with = "rows")]
    pub counts: [[u64; 5]; 5],
    /// Enterprises in both snapshots.
    pub matched: u64,
    /// Moved to a larger class.
    pub moved_up: u64,
    /// Kept their class.
    pub stayed: u64,
    /// Moved to a smaller class.
    pub moved_down: u64,
    /// Class unknown on either date.
    pub unknown: u64,
    /// `moved_up ÷ (moved_up + stayed + moved_down)`; `None` when no class is known twice.
    #[serde(with = "crate::money::decimal::option")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::money::decimal::DecimalString>")
    )]
    pub up_share: Option<Decimal>,
    /// `stayed ÷` the same.
    #[serde(with = "crate::money::decimal::option")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::money::decimal::DecimalString>")
    )]
    pub stayed_share: Option<Decimal>,
    /// `moved_down ÷` the same.
    #[serde(with = "crate::money::decimal::option")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::money::decimal::DecimalString>")
    )]
    pub down_share: Option<Decimal>,
    /// NIBs only in the later snapshot, in its order.
    pub entered: Vec<String>,
    /// NIBs only in the earlier snapshot, in its order.
    pub exited: Vec<String>,
    /// Every matched enterprise, in the earlier snapshot's order.
    pub moves: Vec<Move>,
    /// Records without a NIB (`transition.nib_missing`), not matched.
    pub warnings: Vec<Issue>,
}

/// Invalid snapshots.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum TransitionError {
    /// The later snapshot is not after the earlier one.
    #[error("snapshot dates out of order: {before} is not before {after}")]
    DatesOutOfOrder {
        /// Earlier snapshot's date.
        before: NaiveDate,
        /// Later snapshot's date.
        after: NaiveDate,
    },
    /// A NIB appears twice in one snapshot; every one is listed.
    #[error("duplicate NIBs: {} problem(s)", issues.len())]
    Invalid {
        /// Every problem found.
        issues: Vec<Issue>,
    },
}

crate::text::coded_error!(TransitionError);

impl TransitionError {
    /// The problems listed, for the error that lists them; empty otherwise.
    pub fn issues(&self) -> &[Issue] {
        match self {
            TransitionError::Invalid { issues } => issues,
            _ => &[],
        }
    }

    /// Stable code: `transition.dates`, `transition.invalid`.
    pub fn code(&self) -> &'static str {
        match self {
            TransitionError::DatesOutOfOrder { .. } => "transition.dates",
            TransitionError::Invalid { .. } => "transition.invalid",
        }
    }

    /// Message in both languages.
    pub fn message(&self) -> Message {
        match self {
            TransitionError::DatesOutOfOrder { before, after } => Message::new(
                format!("Potret kedua ({after}) harus sesudah potret pertama ({before})."),
                format!("The second snapshot ({after}) must be after the first ({before})."),
            ),
            TransitionError::Invalid { issues } => Message::new(
                format!("Potret data memuat {} masalah.", issues.len()),
                format!("The snapshots have {} problem(s).", issues.len()),
            ),
        }
    }
}

struct Classified<'a> {
    record: &'a Enterprise,
    state: SizeState,
    reason: Option<String>,
}

/// Classifies every record of a snapshot, keyed by NIB digits, in record order.
fn classify_all<'a>(
    snapshot: &'a Snapshot,
    side: &str,
    issues: &mut BatchIssues,
    warnings: &mut BatchIssues,
) -> (Vec<String>, BTreeMap<String, Classified<'a>>) {
    let mut entries = Vec::with_capacity(snapshot.records.len());
    let mut places = Vec::with_capacity(snapshot.records.len());
    for (i, record) in snapshot.records.iter().enumerate() {
        let key = record.nib.as_deref().map(nib::compact).unwrap_or_default();
        if key.is_empty() {
            warnings.push(Issue::warning(
                format!("/{side}/records/{i}/nib"),
                "transition.nib_missing",
                Message::new(
                    format!("{} tanpa NIB: tidak dapat dicocokkan", record.name),
                    format!("{} has no NIB: cannot be matched", record.name),
                ),
            ));
            continue;
        }
        let (state, reason) = match classify_size(&record.size_input(snapshot.date), snapshot.date)
        {
            Ok(c) => (SizeState::from(c.class), None),
            Err(e) => (SizeState::Unknown, Some(e.code().to_string())),
        };
        let entry = Classified {
            record,
            state,
            reason,
        };
        entries.push((key, entry));
        places.push(i);
    }
    // Keyed in one sort (a snapshot may hold a whole register); a repeated NIB is an error at
    // each later record, the first keeps its place in the order.
    let keys: Vec<String> = entries.iter().map(|(k, _)| k.clone()).collect();
    let (map, repeated) = super::keyed::first_of_each(entries);
    let mut repeated = repeated.into_iter().peekable();
    let mut order = Vec::with_capacity(keys.len());
    for (n, key) in keys.into_iter().enumerate() {
        if repeated.next_if_eq(&n).is_some() {
            let i = places.get(n).copied().unwrap_or(n);
            issues.push(Issue::error(
                format!("/{side}/records/{i}/nib"),
                "transition.nib_duplicate",
                Message::new(
                    "NIB ini muncul dua kali dalam potret yang sama",
                    "This NIB appears twice in one snapshot",
                ),
            ));
        } else {
            order.push(key);
        }
    }
    (order, map)
}

use crate::money::decimal::share;

/// The transition matrix from `before` to `after`. See the module docs.
///
/// ```
/// use umkm::analytics::transition::{transition_matrix, Snapshot, SizeState};
/// use umkm::Enterprise;
/// use chrono::NaiveDate;
///
/// let rec = |sales: &str| Enterprise::from_json(&format!(r#"{{"name": "Batik Tulis Bekasi",
///     "nib": "9120301234567", "annual_sales": [{{"year": 2023, "amount": {{"amount": "{sales}", "currency": "IDR"}}}}]}}"#)).unwrap();
/// let d = |y| NaiveDate::from_ymd_opt(y, 6, 30).unwrap();
/// // Rp1,8 miliar (micro) in the 2024 snapshot's data, Rp2,5 miliar (small) a year later.
/// let before = Snapshot { date: d(2024), records: vec![rec("1800000000")] };
/// let mut after = Snapshot { date: d(2025), records: vec![rec("2500000000")] };
/// after.records[0].annual_sales[0].year = 2024;
/// let m = transition_matrix(&before, &after).unwrap();
/// assert_eq!(m.counts[0][1], 1); // micro → small
/// assert_eq!(m.moved_up, 1);
/// assert_eq!(m.up_share.unwrap().to_string(), "1");
/// ```
///
/// # Errors
///
/// A [`TransitionError`]: `transition.dates` when the later snapshot is not after the
/// earlier, `transition.invalid` listing every NIB that appears twice in one snapshot (with
/// its path).
pub fn transition_matrix(
    before: &Snapshot,
    after: &Snapshot,
) -> Result<TransitionMatrix, TransitionError> {
    if after.date <= before.date {
        return Err(TransitionError::DatesOutOfOrder {
            before: before.date,
            after: after.date,
        });
    }
    let mut issues = BatchIssues::default();
    let mut warnings = BatchIssues::default();
    let (order_before, first) = classify_all(before, "before", &mut issues, &mut warnings);
    let (order_after, second) = classify_all(after, "after", &mut issues, &mut warnings);
    if !issues.is_empty() {
        return Err(TransitionError::Invalid {
            issues: issues.finish(),
        });
    }
    let mut counts = [[0u64; 5]; 5];
    let (mut up, mut stayed, mut down, mut unknown) = (0u64, 0u64, 0u64, 0u64);
    let mut moves = Vec::new();
    let mut exited = Vec::new();
    for key in &order_before {
        let (Some(a), Some(b)) = (first.get(key), second.get(key)) else {
            exited.push(key.clone());
            continue;
        };
        if let Some(cell) = counts
            .get_mut(a.state.index())
            .and_then(|row| row.get_mut(b.state.index()))
        {
            *cell += 1;
        }
        let direction = match (a.state, b.state) {
            (SizeState::Unknown, _) | (_, SizeState::Unknown) => Direction::Unknown,
            (x, y) if y > x => Direction::Up,
            (x, y) if y < x => Direction::Down,
            _ => Direction::Stayed,
        };
        match direction {
            Direction::Up => up += 1,
            Direction::Stayed => stayed += 1,
            Direction::Down => down += 1,
            Direction::Unknown => unknown += 1,
        }
        moves.push(Move {
            nib: key.clone(),
            name: b.record.name.clone(),
            from: a.state,
            to: b.state,
            direction,
            from_reason: a.reason.clone(),
            to_reason: b.reason.clone(),
        });
    }
    let entered = order_after
        .into_iter()
        .filter(|k| !first.contains_key(k))
        .collect();
    let known = up + stayed + down;
    Ok(TransitionMatrix {
        before: before.date,
        after: after.date,
        rule_before: rule_on(before.date),
        rule_after: rule_on(after.date),
        classes: SizeState::ALL,
        counts,
        matched: known + unknown,
        moved_up: up,
        stayed,
        moved_down: down,
        unknown,
        up_share: share(up, known),
        stayed_share: share(stayed, known),
        down_share: share(down, known),
        entered,
        exited,
        moves,
        warnings: warnings.finish(),
    })
}
