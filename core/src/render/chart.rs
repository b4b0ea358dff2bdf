//! The charts a regional office puts in its reports, as self-contained SVG in Indonesian or
//! English: the size-class mix of a register, the share of valid records by region, and the
//! export-growth ranking as bars. Made in the core so a notebook, a web page and a Rust service
//! draw the same picture; every text is escaped, nothing is fetched.
//!
//! Each chart is a list of horizontal bars, one a row, labelled on the left and valued on the
//! right; the number of rows is the input's, so the picture grows linearly with it.

use crate::analytics::ranking::Ranking;
use crate::classify::size::SizeClass;
use crate::render::escape;
use crate::text::{Lang, Message};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// How many enterprises of each size class a register holds (`null` classes, not counted).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct SizeMix {
    /// Usaha mikro.
    pub micro: u64,
    /// Usaha kecil.
    pub small: u64,
    /// Usaha menengah.
    pub medium: u64,
    /// Usaha besar.
    pub large: u64,
    /// Records whose class could not be decided (no criterion given, an error).
    pub unknown: u64,
}

/// Valid records of one region, for [`validity_by_region`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RegionValidity {
    /// The region's label as it should show (`Kota Bekasi`, or a code).
    pub region: String,
    /// Records that passed validation.
    pub valid: u64,
    /// All records of the region.
    pub total: u64,
}

/// Why a chart cannot be drawn.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ChartError {
    /// A region counts more valid records than records.
    #[error("valid exceeds total at row {row}")]
    ValidExceedsTotal {
        /// The row, from 0.
        row: usize,
    },
}

crate::text::coded_error!(ChartError);

impl ChartError {
    /// Stable code: `chart.valid_exceeds_total`.
    pub fn code(&self) -> &'static str {
        match self {
            ChartError::ValidExceedsTotal { .. } => "chart.valid_exceeds_total",
        }
    }

    /// Message in Indonesian and English.
    pub fn message(&self) -> Message {
        match self {
            ChartError::ValidExceedsTotal { row } => Message::new(
                format!("Baris {row}: jumlah catatan sah melebihi jumlah seluruh catatan."),
                format!("Row {row}: more valid records than records."),
            ),
        }
    }
}

/// One bar: its label, its length as a share of the longest (0 to 1, negative to the left),
/// the text shown after it, and its colour.
struct Bar {
    label: String,
    share: Decimal,
    text: String,
    colour: &'static str,
}

const WIDTH: u32 = 640;
const LABEL: u32 = 220;
const BAR: u32 = 300;
const ROW: u32 = 26;
const TOP: u32 = 44;

fn pick(lang: Lang, id: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// `37,5 %` / `37.5%`, one decimal. A rate too large to show in percent (a growth from a
/// base of a few sen, read from the caller) shows as the fraction itself, `×` prefixed.
fn percent(fraction: Decimal, lang: Lang) -> String {
    let Some(p) = fraction.checked_mul(Decimal::ONE_HUNDRED) else {
        return format!(
            "×{}",
            crate::money::format_number(fraction.round_dp(1).normalize(), lang)
        );
    };
    let p = p.round_dp(1).normalize();
    match lang {
        Lang::Id => format!("{} %", crate::money::format_number(p, lang)),
        Lang::En => format!("{}%", crate::money::format_number(p, lang)),
    }
}

fn svg(title: &str, bars: &[Bar]) -> String {
    let rows = u32::try_from(bars.len()).unwrap_or(u32::MAX / ROW);
    let height = TOP + ROW.saturating_mul(rows) + 12;
    let negative = bars.iter().any(|b| b.share < Decimal::ZERO);
    // With negative bars the axis sits in the middle of the bar area.
    let (axis, span) = if negative {
        (LABEL + BAR / 2, BAR / 2)
    } else {
        (LABEL, BAR)
    };
    let mut s = String::with_capacity(256 + bars.len() * 220);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="13" role="img">"#
    );
    let title = escape(title);
    let _ = write!(s, "<title>{title}</title>");
    let _ = write!(
        s,
        r#"<text x="8" y="22" font-size="15" font-weight="bold">{title}</text>"#
    );
    for (i, b) in bars.iter().enumerate() {
        let y = TOP + ROW * u32::try_from(i).unwrap_or(0);
        let length: u32 = (b.share.abs().min(Decimal::ONE) * Decimal::from(span))
            .round()
            .try_into()
            .unwrap_or(0);
        let x = if b.share < Decimal::ZERO {
            axis - length
        } else {
            axis
        };
        let label: String = b.label.chars().take(30).collect();
        let _ = write!(s, r#"<text x="8" y="{}">{}</text>"#, y + 14, escape(&label));
        let _ = write!(
            s,
            r#"<rect class="bar" x="{x}" y="{}" width="{length}" height="{}" fill="{}"/>"#,
            y + 2,
            ROW - 8,
            b.colour
        );
        let _ = write!(
            s,
            r#"<text x="{}" y="{}">{}</text>"#,
            LABEL + BAR + 10,
            y + 14,
            escape(&b.text)
        );
    }
    let _ = write!(
        s,
        r##"<line x1="{axis}" y1="{}" x2="{axis}" y2="{}" stroke="#555"/>"##,
        TOP - 2,
        height - 10
    );
    s.push_str("</svg>");
    s
}

fn share(part: u64, whole: u64) -> Decimal {
    if whole == 0 {
        Decimal::ZERO
    } else {
        Decimal::from(part) / Decimal::from(whole)
    }
}

/// The size-class mix of a register: one bar a class, as a share of the enterprises counted,
/// with the count and the percentage.
///
/// ```
/// use umkm::render::chart::{size_mix, SizeMix};
/// use umkm::Lang;
/// let svg = size_mix(&SizeMix { micro: 1_300, small: 80, medium: 15, large: 5, unknown: 0 }, Lang::Id);
/// assert!(svg.contains("Usaha mikro") && svg.contains("1.300 (92,9 %)"));
/// assert_eq!(svg.matches("<rect class=\"bar\"").count(), 5);
/// ```
pub fn size_mix(mix: &SizeMix, lang: Lang) -> String {
    let total = mix
        .micro
        .saturating_add(mix.small)
        .saturating_add(mix.medium)
        .saturating_add(mix.large)
        .saturating_add(mix.unknown);
    let classes = [
        (SizeClass::Micro.label(lang), mix.micro, "#1565c0"),
        (SizeClass::Small.label(lang), mix.small, "#2e7d32"),
        (SizeClass::Medium.label(lang), mix.medium, "#f9a825"),
        (SizeClass::Large.label(lang), mix.large, "#6a1b9a"),
        (
            pick(lang, "Tidak diketahui", "Unknown"),
            mix.unknown,
            "#9e9e9e",
        ),
    ];
    let bars: Vec<Bar> = classes
        .iter()
        .map(|&(label, n, colour)| Bar {
            label: label.to_string(),
            share: share(n, total),
            text: format!(
                "{} ({})",
                crate::money::format_number(Decimal::from(n), lang),
                percent(share(n, total), lang)
            ),
            colour,
        })
        .collect();
    let title = format!(
        "{}: {}",
        pick(lang, "Sebaran kelas usaha", "Size-class mix"),
        crate::money::format_number(Decimal::from(total), lang)
    );
    svg(&title, &bars)
}

/// The share of valid records of each region, in the order given: green from 80 %, amber from
/// 50 %, red below.
///
/// ```
/// use umkm::render::chart::{validity_by_region, RegionValidity};
/// use umkm::Lang;
/// let rows = [RegionValidity { region: "Kota Bekasi".into(), valid: 300, total: 400 }];
/// let svg = validity_by_region(&rows, Lang::En).unwrap();
/// assert!(svg.contains("Kota Bekasi") && svg.contains("300 / 400 (75%)"));
/// ```
///
/// # Errors
/// `chart.valid_exceeds_total` when a row counts more valid records than records.
pub fn validity_by_region(rows: &[RegionValidity], lang: Lang) -> Result<String, ChartError> {
    let mut bars = Vec::with_capacity(rows.len());
    for (row, r) in rows.iter().enumerate() {
        if r.valid > r.total {
            return Err(ChartError::ValidExceedsTotal { row });
        }
        let s = share(r.valid, r.total);
        let colour = if s >= Decimal::new(8, 1) {
            "#2e7d32"
        } else if s >= Decimal::new(5, 1) {
            "#f9a825"
        } else {
            "#c62828"
        };
        bars.push(Bar {
            label: r.region.clone(),
            share: s,
            text: format!(
                "{} / {} ({})",
                crate::money::format_number(Decimal::from(r.valid), lang),
                crate::money::format_number(Decimal::from(r.total), lang),
                percent(s, lang)
            ),
            colour,
        });
    }
    let title = pick(lang, "Catatan sah per wilayah", "Valid records by region");
    Ok(svg(title, &bars))
}

/// The ranked regions of an export-growth ranking as bars of their growth, longest for the
/// fastest; falls drawn to the left in red. Regions without a rate (a zero base) are left out.
///
/// ```
/// use umkm::{render::chart, Lang, Money};
/// use umkm::analytics::exchange::RateTable;
/// use umkm::analytics::ranking::{rank_export_growth, ExportRecord, RankingOptions};
/// let day = |y| umkm::NaiveDate::from_ymd_opt(y, 6, 1).unwrap();
/// let sale = |region: &str, y, rp| ExportRecord { region: region.into(), date: day(y), value: Money::idr(rp) };
/// let records = [sale("32.76", 2021, 100), sale("32.76", 2024, 150), sale("32.75", 2021, 100), sale("32.75", 2024, 80)];
/// let options: RankingOptions = serde_json::from_str(r#"{"level": "regency",
///     "base": {"start": "2021-01-01", "end": "2021-12-31"},
///     "current": {"start": "2024-01-01", "end": "2024-12-31"}}"#).unwrap();
/// let ranking = rank_export_growth(&records, &RateTable::default(), &options).unwrap();
/// let svg = chart::ranking_bars(&ranking, Lang::Id);
/// assert!(svg.contains("1. Kota Depok") && svg.contains("50 %"));
/// assert!(svg.contains("2. Kota Bekasi") && svg.contains("-20 %"));
/// ```
pub fn ranking_bars(ranking: &Ranking, lang: Lang) -> String {
    let rows: Vec<(String, Decimal)> = ranking
        .ranked
        .iter()
        .filter_map(|r| {
            let value = r.growth.value()?;
            let rank = r.rank.map(|n| format!("{n}. ")).unwrap_or_default();
            Some((format!("{rank}{}", r.region.name), value))
        })
        .collect();
    let longest = rows
        .iter()
        .map(|(_, v)| v.abs())
        .max()
        .unwrap_or(Decimal::ZERO);
    let bars: Vec<Bar> = rows
        .into_iter()
        .map(|(label, v)| Bar {
            label,
            share: if longest.is_zero() {
                Decimal::ZERO
            } else {
                v.checked_div(longest).unwrap_or(Decimal::ZERO)
            },
            text: percent(v, lang),
            colour: if v < Decimal::ZERO {
                "#c62828"
            } else {
                "#1565c0"
            },
        })
        .collect();
    let title = pick(
        lang,
        "Pertumbuhan ekspor per wilayah",
        "Export growth by region",
    );
    svg(title, &bars)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_of_any_rate_is_text_not_a_panic() {
        assert_eq!(percent(Decimal::new(375, 3), Lang::Id), "37,5 %");
        assert_eq!(percent(Decimal::new(375, 3), Lang::En), "37.5%");
        assert_eq!(percent(Decimal::MAX, Lang::En).chars().next(), Some('×'));
        assert_eq!(percent(Decimal::MIN, Lang::Id).chars().next(), Some('×'));
    }
}
