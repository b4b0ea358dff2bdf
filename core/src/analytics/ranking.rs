//! Regional export growth ranking from certificate-of-origin (SKA) or shipment records.
//!
//! A province office ranks its regencies and cities by export growth between a base period and
//! a current period, from the SKA records issued by IPSKA (the way Kota Depok came first among
//! West Java's 27 regencies and cities for positive export growth, 2021–2024). Each record is
//! the exporter's region code, the issue date and the FOB value.
//!
//! How the ranking is made:
//! - every record dated inside the base or the current period (both inclusive, not
//!   overlapping) is converted into the ranking currency at the caller's rate in force on the
//!   record's date ([`crate::analytics::exchange`]) and added to its region at the chosen [`Level`];
//! - a region's growth is `(current − base) ÷ base` ([`crate::analytics::growth::growth`]) and its
//!   increase `current − base`;
//! - regions are ranked by growth (or by increase), highest first; equal values share a rank
//!   and the next rank is skipped ("1, 2, 2, 4"); equal regions are listed in code order;
//! - a region with a zero base is **new**: listed apart, unranked (its growth is undefined);
//! - a region with no record in either period does not appear;
//! - with `positive_only` ("pertumbuhan ekspor positif"), regions whose growth (or increase)
//!   is zero or negative are listed apart, unranked, and the rest ranked among themselves.
//!
//! Region codes are Kemendagri codes, dotted or not. Only the digits the ranking level needs
//! are checked (district codes are renumbered when districts split, as NIKs show), and a
//! regency code retired by the 2022 Papua split counts for its successor. Names come from the
//! embedded region data ([`crate::reference::region`]).
//!
//! Bad input is never skipped: every invalid record (unknown region, negative value, no rate)
//! and every invalid option is listed in one [`RankingError::Invalid`], at most
//! [`crate::record::issue::MAX_BATCH_ISSUES`] of them.
//!
//! ```
//! use umkm::analytics::ranking::{rank_export_growth, ExportRecord, Period, RankingOptions};
//! use umkm::analytics::exchange::RateTable;
//! use umkm::reference::region::Level;
//! use umkm::Money;
//! use chrono::NaiveDate;
//!
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let r = |region: &str, date, rupiah| ExportRecord { region: region.into(), date, value: Money::idr(rupiah) };
//! let records = [
//!     r("32.76", d(2021, 3, 1), 100), r("32.76", d(2024, 3, 1), 300),  // Depok: +200 %
//!     r("32.75", d(2021, 5, 1), 200), r("32.75", d(2024, 5, 1), 300),  // Kota Bekasi: +50 %
//!     r("32.16", d(2024, 6, 1), 50),                                   // Kab. Bekasi: new
//! ];
//! let options = RankingOptions::new(
//!     Level::Regency,
//!     Period::year(2021).unwrap(),
//!     Period::year(2024).unwrap(),
//! );
//! let ranking = rank_export_growth(&records, &RateTable::default(), &options).unwrap();
//! assert_eq!(ranking.ranked[0].region.name, "Kota Depok");
//! assert_eq!(ranking.ranked[0].rank, Some(1));
//! assert_eq!(ranking.new[0].region.name, "Kabupaten Bekasi");
//! ```

use crate::analytics::exchange::RateTable;
use crate::analytics::growth::{growth, Rate, Series, SeriesError, YearValue};
use crate::money::{Currency, Money};
use crate::record::issue::{BatchIssues, Issue};
use crate::reference::region::{self, dotted, Level, Region};
use crate::text::Message;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// One export record: an SKA issued, or a shipment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExportRecord {
    /// Kemendagri code of the exporter's region (regency/city or finer), e.g. `32.76`.
    pub region: String,
    /// Issue date of the SKA (or the export date of the shipment).
    pub date: NaiveDate,
    /// FOB value.
    pub value: Money,
}

impl ExportRecord {
    /// The shipments of an enterprise as export records in its region (an enterprise without
    /// a region gives records with an empty region, which the ranking reports as invalid).
    pub fn from_enterprise(e: &crate::Enterprise) -> Vec<ExportRecord> {
        let region = e.region.clone().unwrap_or_default();
        e.shipments
            .iter()
            .map(|s| ExportRecord {
                region: region.clone(),
                date: s.date,
                value: s.value,
            })
            .collect()
    }
}

/// A span of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
}

impl Period {
    /// A calendar year, 1 January to 31 December.
    pub fn year(year: i32) -> Option<Period> {
        Some(Period {
            start: NaiveDate::from_ymd_opt(year, 1, 1)?,
            end: NaiveDate::from_ymd_opt(year, 12, 31)?,
        })
    }

    /// True when `date` lies in the period.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }

    fn overlaps(&self, other: &Period) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

/// What regions are ranked by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RankBy {
    /// Growth rate `(current − base) ÷ base`.
    #[default]
    Growth,
    /// Absolute increase `current − base`, in the ranking currency.
    Increase,
}

fn idr() -> Currency {
    Currency::IDR
}

/// How to rank.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RankingOptions {
    /// Level regions are aggregated to: province, regency (regency/city) or district.
    pub level: Level,
    /// The base period.
    pub base: Period,
    /// The current period; must not overlap the base.
    pub current: Period,
    /// Rank by growth (default) or by absolute increase.
    #[serde(default)]
    pub by: RankBy,
    /// Rank only regions with positive growth (or increase); the others are listed apart.
    #[serde(default)]
    pub positive_only: bool,
    /// Currency of the ranking; records in other currencies are converted (default IDR).
    #[serde(default = "idr")]
    pub currency: Currency,
    /// Rank only regions inside this region (`32` for West Java's regencies and cities).
    #[serde(default)]
    pub within: Option<String>,
}

impl RankingOptions {
    /// By growth, in Rupiah, every region, positive or not.
    pub fn new(level: Level, base: Period, current: Period) -> Self {
        RankingOptions {
            level,
            base,
            current,
            by: RankBy::Growth,
            positive_only: false,
            currency: Currency::IDR,
            within: None,
        }
    }
}

/// One region's exports in the two periods.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct RegionExports {
    /// The region, with its official name.
    pub region: Region,
    /// Exports in the base period.
    pub base: Money,
    /// Exports in the current period.
    pub current: Money,
    /// `current − base`.
    pub increase: Money,
    /// `(current − base) ÷ base`; undefined for a zero base.
    pub growth: Rate,
    /// Records counted in the base period.
    pub base_records: u64,
    /// Records counted in the current period.
    pub current_records: u64,
    /// Rank (1 = highest); `None` for new regions and, with `positive_only`, the regions left out.
    pub rank: Option<u32>,
}

/// Totals over every region in the ranking's scope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Totals {
    /// Exports in the base period.
    pub base: Money,
    /// Exports in the current period.
    pub current: Money,
    /// `current − base`.
    pub increase: Money,
    /// Growth of the total.
    pub growth: Rate,
}

/// How many records went where.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct RecordCounts {
    /// Records given.
    pub total: u64,
    /// Counted in the base period.
    pub base: u64,
    /// Counted in the current period.
    pub current: u64,
    /// Dated outside both periods (not counted).
    pub outside_periods: u64,
    /// In a region outside `within` (not counted).
    pub outside_scope: u64,
}

/// The ranking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Ranking {
    /// The options it was made with.
    pub options: RankingOptions,
    /// Ranked regions, best first.
    pub ranked: Vec<RegionExports>,
    /// Regions with a zero base ("new"), unranked, largest current exports first.
    pub new: Vec<RegionExports>,
    /// With `positive_only`: regions with zero or negative growth, unranked, best first.
    pub not_positive: Vec<RegionExports>,
    /// Totals over all regions above.
    pub totals: Totals,
    /// Where the records went.
    pub records: RecordCounts,
}

/// Why a ranking or a series could not be made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum RankingError {
    /// Invalid options or records; every problem is listed with its path
    /// (`/options/current`, `/records/12/region`).
    #[error("invalid ranking input: {} problem(s)", issues.len())]
    Invalid {
        /// Every problem found.
        issues: Vec<Issue>,
    },
    /// A sum left the range of `Decimal`.
    #[error("export total out of range")]
    Overflow,
}

crate::text::coded_error!(RankingError);

impl RankingError {
    /// Stable code: `ranking.invalid`, `ranking.overflow`.
    pub fn code(&self) -> &'static str {
        match self {
            RankingError::Invalid { .. } => "ranking.invalid",
            RankingError::Overflow => "ranking.overflow",
        }
    }

    /// Message in both languages.
    pub fn message(&self) -> Message {
        match self {
            RankingError::Invalid { issues } => Message::new(
                format!("Data peringkat memuat {} masalah.", issues.len()),
                format!("The ranking input has {} problem(s).", issues.len()),
            ),
            RankingError::Overflow => Message::new(
                "Jumlah ekspor di luar jangkauan angka desimal.",
                "An export total is out of the decimal range.",
            ),
        }
    }

    /// The issues listed, if any.
    pub fn issues(&self) -> &[Issue] {
        match self {
            RankingError::Invalid { issues } => issues,
            RankingError::Overflow => &[],
        }
    }
}

/// Digits of a region code with dots and spaces removed, as a number and a length.
fn code_digits(code: &str) -> Option<(u64, usize)> {
    let mut value: u64 = 0;
    let mut len = 0usize;
    for b in code.bytes() {
        match b {
            b'0'..=b'9' => {
                len += 1;
                if len > 10 {
                    return None;
                }
                value = value * 10 + u64::from(b - b'0');
            }
            b'.' | b' ' => {}
            _ => return None,
        }
    }
    matches!(len, 2 | 4 | 6 | 10).then_some((value, len))
}

fn unknown_region(path: String, code: &str) -> Issue {
    Issue::error(
        path,
        "wilayah.unknown_region",
        Message::new(
            format!(
                "Kode wilayah {:?} tidak dikenal",
                crate::text::privacy::shown(code)
            ),
            format!(
                "Region code {:?} is not known",
                crate::text::privacy::shown(code)
            ),
        ),
    )
}

/// The code of the region at `level` that a record's region code lies in: a retired regency
/// counts for its successor; only the digits `level` needs are checked.
fn region_key(code: &str, level: Level, path: impl Fn() -> String) -> Result<u32, Issue> {
    let Some((value, len)) = code_digits(code) else {
        return Err(Issue::error(
            path(),
            "wilayah.format",
            Message::new(
                format!(
                    "Kode wilayah {:?} harus 2, 4, 6 atau 10 angka",
                    crate::text::privacy::shown(code)
                ),
                format!(
                    "Region code {:?} must have 2, 4, 6 or 10 digits",
                    crate::text::privacy::shown(code)
                ),
            ),
        ));
    };
    let need = level.digits();
    if len < need {
        return Err(Issue::error(
            path(),
            "ranking.region_level",
            Message::new(
                format!(
                    "Kode wilayah {:?} terlalu umum untuk peringkat per {need} angka",
                    crate::text::privacy::shown(code)
                ),
                format!(
                    "Region code {:?} is too coarse for a ranking by {need}-digit regions",
                    crate::text::privacy::shown(code)
                ),
            ),
        ));
    }
    let prefix = |digits: usize| {
        let shift = u32::try_from(len - digits).unwrap_or(0);
        value / 10u64.pow(shift)
    };
    // The regency, following a retired code to its successor.
    let regency = if len >= 4 {
        let r = u16::try_from(prefix(4)).unwrap_or(0);
        if region::regency_name(r).is_some() {
            Some((r, false))
        } else {
            match region::successor_of(r) {
                Some((s, _)) => Some((s, true)),
                None => return Err(unknown_region(path(), code)),
            }
        }
    } else {
        None
    };
    let key = match (level, regency) {
        (Level::Province, Some((r, _))) => u32::from(r / 100),
        (Level::Province, None) => u32::try_from(prefix(2)).unwrap_or(0),
        (Level::Regency, Some((r, _))) => u32::from(r),
        (Level::District, Some((_, true))) => {
            return Err(Issue::error(
                path(),
                "wilayah.retired_region",
                Message::new(
                    format!("Kode wilayah {:?} sudah dihapus sejak pemekaran; gunakan kode kecamatan yang baru", crate::text::privacy::shown(code)),
                    format!("Region code {:?} was retired by a split; use the new district code", crate::text::privacy::shown(code)),
                ),
            ))
        }
        _ => u32::try_from(prefix(6)).unwrap_or(0),
    };
    let known = match level {
        Level::Province => region::province_name(u8::try_from(key).unwrap_or(0)).is_some(),
        Level::Regency => true,
        _ => region::district_name(key).is_some(),
    };
    if known {
        Ok(key)
    } else {
        Err(unknown_region(path(), code))
    }
}

fn region_of(key: u32, level: Level) -> Region {
    let name = match level {
        Level::Province => u8::try_from(key).ok().and_then(region::province_name),
        Level::Regency => u16::try_from(key).ok().and_then(region::regency_name),
        _ => region::district_name(key),
    };
    Region {
        code: dotted(u64::from(key), level.digits()),
        level,
        name: name.unwrap_or_default().to_string(),
    }
}

/// The region `within` names: its level and its code as a number (a valid Kemendagri code,
/// errors at `/options/within`).
fn within_region(within: &str) -> Result<(Level, u64), Issue> {
    let invalid =
        |e: crate::id::IdentifierError| Issue::error("/options/within", e.code(), e.message());
    let level = crate::id::wilayah::level(within).map_err(invalid)?;
    let code = crate::id::wilayah::validate(within).map_err(invalid)?;
    let value = code
        .parse::<u64>()
        .map_err(|_| unknown_region("/options/within".into(), within))?;
    Ok((level, value))
}

/// The region `within` names and the divisor that takes a key at `level` up to it.
fn scope(within: &str, level: Level) -> Result<(u32, u32), Issue> {
    let (scope_level, value) = within_region(within)?;
    if scope_level >= level {
        return Err(Issue::error(
            "/options/within",
            "ranking.within_level",
            Message::new(
                "Wilayah cakupan harus lebih tinggi dari tingkat peringkat",
                "The scope region must be above the ranking level",
            ),
        ));
    }
    let divisor = 10u32.pow(u32::try_from(level.digits() - scope_level.digits()).unwrap_or(0));
    Ok((u32::try_from(value).unwrap_or(0), divisor))
}

fn check_options(options: &RankingOptions, issues: &mut BatchIssues) -> Option<(u32, u32)> {
    for (name, p) in [("base", &options.base), ("current", &options.current)] {
        if p.start > p.end {
            issues.push(Issue::error(
                format!("/options/{name}"),
                "ranking.period",
                Message::new(
                    format!(
                        "Periode {name}: tanggal awal {} sesudah tanggal akhir {}",
                        p.start, p.end
                    ),
                    format!("Period {name}: start {} is after end {}", p.start, p.end),
                ),
            ));
        }
    }
    if options.base.overlaps(&options.current) {
        issues.push(Issue::error(
            "/options/current",
            "ranking.periods_overlap",
            Message::new(
                "Periode dasar dan periode berjalan bertumpang tindih",
                "The base and current periods overlap",
            ),
        ));
    }
    if options.level == Level::Village {
        issues.push(Issue::error(
            "/options/level",
            "ranking.level",
            Message::new(
                "Peringkat dibuat per provinsi, kabupaten/kota atau kecamatan",
                "Rankings are by province, regency/city or district",
            ),
        ));
        return None;
    }
    match options.within.as_deref().map(|w| scope(w, options.level)) {
        Some(Ok(s)) => Some(s),
        Some(Err(issue)) => {
            issues.push(issue);
            None
        }
        None => None,
    }
}

#[derive(Default, Clone, Copy)]
struct Sums {
    base: Decimal,
    current: Decimal,
    base_records: u64,
    current_records: u64,
}

fn add(total: &mut Decimal, amount: Decimal) -> Result<(), RankingError> {
    *total = total.checked_add(amount).ok_or(RankingError::Overflow)?;
    Ok(())
}

fn negative_value(i: usize) -> Issue {
    Issue::error(
        format!("/records/{i}/value"),
        "money.negative",
        Message::new(
            "Nilai ekspor tidak boleh negatif",
            "An export value must not be negative",
        ),
    )
}

fn exchange_issue(i: usize, e: &crate::analytics::exchange::ExchangeError) -> Issue {
    Issue::error(format!("/records/{i}/value"), e.code(), e.message())
}

/// Ranks regions by export growth between two periods. See the module docs for the rules.
///
/// ```
/// use umkm::analytics::exchange::RateTable;
/// use umkm::analytics::ranking::{rank_export_growth, ExportRecord, Period, RankingOptions};
/// use umkm::{reference::region::Level, Money, NaiveDate};
///
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let ska = |region: &str, date, rupiah| ExportRecord {
///     region: region.into(), date, value: Money::idr(rupiah),
/// };
/// let records = [
///     ska("32.76", d(2021, 3, 15), 100), ska("32.76", d(2024, 2, 20), 450), // Kota Depok
///     ska("32.75", d(2021, 4, 12), 800), ska("32.75", d(2024, 3, 5), 1_000), // Kota Bekasi
/// ];
/// let options = RankingOptions::new(Level::Regency, Period::year(2021).unwrap(), Period::year(2024).unwrap());
/// let ranking = rank_export_growth(&records, &RateTable::default(), &options).unwrap();
/// assert_eq!(ranking.ranked[0].region.name, "Kota Depok"); // +350 % against +25 %
/// assert_eq!(ranking.ranked[1].rank, Some(2));
/// ```
///
/// # Errors
///
/// [`RankingError::Invalid`] (`ranking.invalid`) with every problem at its path: a region code
/// that does not exist, a record below the ranking's level, a negative value, a foreign
/// amount with no rate in force on its date; [`RankingError::Overflow`] when a sum leaves the
/// range of `Decimal`.
pub fn rank_export_growth(
    records: &[ExportRecord],
    rates: &RateTable,
    options: &RankingOptions,
) -> Result<Ranking, RankingError> {
    let mut issues = BatchIssues::default();
    let within = check_options(options, &mut issues);
    if !issues.is_empty() {
        return Err(RankingError::Invalid {
            issues: issues.finish(),
        });
    }
    // Each region's sums, found by its key: the sorted index holds only (key, slot), so a
    // new region moves little, and the sums stay where they were first put.
    let mut index: BTreeMap<u32, usize> = BTreeMap::new();
    let mut sums: Vec<(u32, Sums)> = Vec::new();
    let mut counts = RecordCounts {
        total: records.len() as u64,
        ..RecordCounts::default()
    };
    for (i, r) in records.iter().enumerate() {
        let in_base = options.base.contains(r.date);
        if !in_base && !options.current.contains(r.date) {
            counts.outside_periods += 1;
            continue;
        }
        let key = match region_key(&r.region, options.level, || format!("/records/{i}/region")) {
            Ok(k) => k,
            Err(issue) => {
                issues.push(issue);
                continue;
            }
        };
        if within.is_some_and(|(w, div)| key / div != w) {
            counts.outside_scope += 1;
            continue;
        }
        if r.value.amount.is_sign_negative() && !r.value.amount.is_zero() {
            issues.push(negative_value(i));
            continue;
        }
        let amount = match rates.convert(&r.value, options.currency, r.date) {
            Ok(m) => m.amount,
            Err(e) => {
                issues.push(exchange_issue(i, &e));
                continue;
            }
        };
        let slot = match index.get(&key) {
            Some(&slot) => slot,
            None => {
                index.insert(key, sums.len());
                sums.push((key, Sums::default()));
                sums.len() - 1
            }
        };
        let Some((_, s)) = sums.get_mut(slot) else {
            continue;
        };
        if in_base {
            add(&mut s.base, amount)?;
            s.base_records += 1;
            counts.base += 1;
        } else {
            add(&mut s.current, amount)?;
            s.current_records += 1;
            counts.current += 1;
        }
    }
    if !issues.is_empty() {
        return Err(RankingError::Invalid {
            issues: issues.finish(),
        });
    }
    build(sums, options, counts)
}

fn money(amount: Decimal, currency: Currency) -> Money {
    Money::new(amount.normalize(), currency)
}

fn build(
    sums: Vec<(u32, Sums)>,
    options: &RankingOptions,
    records: RecordCounts,
) -> Result<Ranking, RankingError> {
    let cur = options.currency;
    let mut total_base = Decimal::ZERO;
    let mut total_current = Decimal::ZERO;
    let mut rows = Vec::with_capacity(sums.len());
    for (key, s) in sums {
        add(&mut total_base, s.base)?;
        add(&mut total_current, s.current)?;
        let increase = s
            .current
            .checked_sub(s.base)
            .ok_or(RankingError::Overflow)?;
        let g = growth(s.base, s.current).map_err(|_| RankingError::Overflow)?;
        rows.push(RegionExports {
            region: region_of(key, options.level),
            base: money(s.base, cur),
            current: money(s.current, cur),
            increase: money(increase, cur),
            growth: g,
            base_records: s.base_records,
            current_records: s.current_records,
            rank: None,
        });
    }
    let measure = |r: &RegionExports| match options.by {
        RankBy::Growth => r.growth.value().unwrap_or(Decimal::ZERO),
        RankBy::Increase => r.increase.amount,
    };
    let (new, rest): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| r.base.amount.is_zero());
    let (mut ranked, mut not_positive): (Vec<_>, Vec<_>) = rest
        .into_iter()
        .partition(|r| !options.positive_only || measure(r) > Decimal::ZERO);
    let best_first = |a: &RegionExports, b: &RegionExports| {
        measure(b)
            .cmp(&measure(a))
            .then_with(|| a.region.code.cmp(&b.region.code))
    };
    ranked.sort_by(best_first);
    not_positive.sort_by(best_first);
    let mut new = new;
    new.sort_by(|a, b| {
        b.current
            .amount
            .cmp(&a.current.amount)
            .then_with(|| a.region.code.cmp(&b.region.code))
    });
    // Competition ranking: equal values share a rank, the next rank skips.
    let mut previous: Option<(Decimal, u32)> = None;
    for (i, row) in ranked.iter_mut().enumerate() {
        let value = measure(row);
        let rank = match previous {
            Some((v, r)) if v.cmp(&value) == Ordering::Equal => r,
            _ => u32::try_from(i + 1).unwrap_or(u32::MAX),
        };
        row.rank = Some(rank);
        previous = Some((value, rank));
    }
    let increase = total_current
        .checked_sub(total_base)
        .ok_or(RankingError::Overflow)?;
    Ok(Ranking {
        options: options.clone(),
        ranked,
        new,
        not_positive,
        totals: Totals {
            base: money(total_base, cur),
            current: money(total_current, cur),
            increase: money(increase, cur),
            growth: growth(total_base, total_current).map_err(|_| RankingError::Overflow)?,
        },
        records,
    })
}

/// Options of an export series.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SeriesOptions {
    /// Currency of the series; records in other currencies are converted (default IDR).
    #[serde(default = "idr")]
    pub currency: Currency,
    /// Count only records of regions inside this region (`32.76`); all records when absent.
    #[serde(default)]
    pub within: Option<String>,
}

impl Default for SeriesOptions {
    fn default() -> Self {
        SeriesOptions {
            currency: Currency::IDR,
            within: None,
        }
    }
}

/// Exports by calendar year (converted at the rate in force on each record's date) and their
/// year-over-year growth. A year without any record between the first and the last is a gap,
/// not a zero ([`crate::analytics::growth::year_over_year`]). Region codes are checked only when
/// `within` asks for a region.
///
/// ```
/// use umkm::analytics::ranking::{export_series, ExportRecord, SeriesOptions};
/// use umkm::analytics::exchange::RateTable;
/// use umkm::Money;
/// use chrono::NaiveDate;
///
/// let r = |y, rupiah| ExportRecord {
///     region: "32.76".into(), date: NaiveDate::from_ymd_opt(y, 6, 1).unwrap(), value: Money::idr(rupiah),
/// };
/// let s = export_series(&[r(2021, 100), r(2022, 150), r(2024, 300)], &RateTable::default(), &SeriesOptions::default()).unwrap();
/// assert_eq!(s.gaps, [2023]);
/// assert_eq!(s.years[1].growth.unwrap().value().unwrap().to_string(), "0.5");
/// ```
///
/// # Errors
///
/// A [`RankingError`]: `ranking.invalid` listing every record that cannot be used (with its
/// path), `ranking.overflow` past the decimal range.
pub fn export_series(
    records: &[ExportRecord],
    rates: &RateTable,
    options: &SeriesOptions,
) -> Result<Series, RankingError> {
    let mut issues = BatchIssues::default();
    // Scope: the region's level and code; records are keyed at that level.
    let within = match options.within.as_deref().map(within_region) {
        Some(Ok((Level::Village, _))) => {
            issues.push(Issue::error(
                "/options/within",
                "ranking.level",
                Message::new(
                    "Cakupan deret adalah provinsi, kabupaten/kota atau kecamatan",
                    "A series scope is a province, regency/city or district",
                ),
            ));
            None
        }
        Some(Ok((level, value))) => Some((level, u32::try_from(value).unwrap_or(0))),
        Some(Err(issue)) => {
            issues.push(issue);
            None
        }
        None => None,
    };
    let mut by_year: BTreeMap<i32, Decimal> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        if let Some((level, code)) = within {
            match region_key(&r.region, level, || format!("/records/{i}/region")) {
                Ok(k) if k == code => {}
                Ok(_) => continue,
                Err(issue) => {
                    issues.push(issue);
                    continue;
                }
            }
        }
        if r.value.amount.is_sign_negative() && !r.value.amount.is_zero() {
            issues.push(negative_value(i));
            continue;
        }
        if let Err(e) = crate::limits::check_date(r.date) {
            issues.push(Issue::error(
                format!("/records/{i}/date"),
                e.code(),
                e.message(),
            ));
            continue;
        }
        match rates.convert(&r.value, options.currency, r.date) {
            Ok(m) => {
                let sum = by_year.entry(r.date.year()).or_default();
                add(sum, m.amount)?;
            }
            Err(e) => issues.push(exchange_issue(i, &e)),
        }
    }
    if !issues.is_empty() {
        return Err(RankingError::Invalid {
            issues: issues.finish(),
        });
    }
    let values: Vec<YearValue> = by_year
        .iter()
        .map(|(&year, value)| YearValue {
            year,
            value: value.normalize(),
        })
        .collect();
    // Years are unique and values non-negative here, so this reports nothing in practice;
    // should it, the series' own code is passed on.
    crate::analytics::growth::year_over_year(&values).map_err(|e: SeriesError| {
        RankingError::Invalid {
            issues: vec![Issue::error("/records", e.code(), e.message())],
        }
    })
}
