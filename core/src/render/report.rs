//! Reports for people: the dimension chart of a readiness report as SVG, and readiness reports
//! and export rankings as HTML tables, in Indonesian or English.
//!
//! Rendered here, in the core, so a notebook (`_repr_html_`, `report.to_svg()`), a web page and
//! a Rust service show the same picture. The SVG is self-contained (no fonts or scripts
//! fetched) and every text is escaped.

use crate::analytics::ranking::{Ranking, RegionExports};
use crate::readiness::ReadinessReport;
use crate::text::{Lang, Message};
use rust_decimal::Decimal;
use std::fmt::Write;

/// Escapes text for HTML and SVG (`&`, `<`, `>`, `"`, `'`).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn t(lang: Lang, id: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// A decimal as the language writes it: `92,5` / `92.5`.
fn number(value: Decimal, lang: Lang) -> String {
    crate::money::format_number(value, lang)
}

/// Share of the weight met, 0 to 1.
fn filled(score: Decimal, weight: Decimal) -> Decimal {
    if weight <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    // A report is read from the caller: a tiny weight must not overflow the division.
    match score.checked_div(weight) {
        Some(share) => share.clamp(Decimal::ZERO, Decimal::ONE),
        None if score > Decimal::ZERO => Decimal::ONE,
        None => Decimal::ZERO,
    }
}

/// Bar colour by share met: green from 80 %, amber from 50 %, red below.
fn colour(share: Decimal) -> &'static str {
    if share >= Decimal::new(8, 1) {
        "#2e7d32"
    } else if share >= Decimal::new(5, 1) {
        "#f9a825"
    } else {
        "#c62828"
    }
}

/// A bar's grey track and its filled part, coloured by the share met.
fn bar(s: &mut String, x: u32, y: u32, track: u32, height: u32, width: u32, share: Decimal) {
    let _ = write!(
        s,
        r##"<rect class="track" x="{x}" y="{y}" width="{track}" height="{height}" fill="#eeeeee"/><rect class="bar" x="{x}" y="{y}" width="{width}" height="{height}" fill="{}"/>"##,
        colour(share)
    );
}

/// A dimension's points met of its weight, `8 / 15`.
fn points(d: &crate::readiness::DimensionScore, lang: Lang) -> String {
    format!("{} / {}", number(d.score, lang), number(d.weight, lang))
}

impl ReadinessReport {
    /// The dimension scores as a horizontal bar chart (SVG, 640 px wide): one bar per
    /// dimension, filled in proportion to the points met of its weight, with the total score
    /// and level in the title.
    ///
    /// ```
    /// use umkm::{readiness::assess, Enterprise, Lang};
    /// use chrono::NaiveDate;
    /// let e = Enterprise::from_json(r#"{"name": "Batik <Tulis>", "products": [
    ///     {"name": "Batik", "category": "fashion_textile", "unit": "sheet"}]}"#).unwrap();
    /// let r = assess(&e, "Batik", "JP", NaiveDate::from_ymd_opt(2025, 11, 1).unwrap()).unwrap();
    /// let svg = r.to_svg(Lang::Id);
    /// assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    /// assert_eq!(svg.matches("<rect class=\"bar\"").count(), r.dimensions.len());
    /// ```
    pub fn to_svg(&self, lang: Lang) -> String {
        const WIDTH: u32 = 640;
        const LABEL: u32 = 220;
        const BAR: u32 = 300;
        const ROW: u32 = 30;
        const TOP: u32 = 44;
        let height = TOP + ROW * u32::try_from(self.dimensions.len()).unwrap_or(0) + 12;
        let mut s = String::new();
        let _ = write!(
            s,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="13" role="img">"#
        );
        let title = format!(
            "{} → {}: {} / 100, {}",
            self.product,
            self.market.name.get(lang),
            number(self.score, lang),
            self.level_name.get(lang)
        );
        let _ = write!(s, "<title>{}</title>", escape(&title));
        let _ = write!(
            s,
            r#"<text x="8" y="22" font-size="15" font-weight="bold">{}</text>"#,
            escape(&title)
        );
        if self.blocked {
            let _ = write!(
                s,
                r##"<text x="{}" y="22" text-anchor="end" fill="#c62828" font-weight="bold">{}</text>"##,
                WIDTH - 8,
                t(lang, "terhambat", "blocked")
            );
        }
        for (i, d) in self.dimensions.iter().enumerate() {
            let y = TOP + ROW * u32::try_from(i).unwrap_or(0);
            let share = filled(d.score, d.weight);
            let width: u32 = (share * Decimal::from(BAR)).round().try_into().unwrap_or(0);
            let _ = write!(
                s,
                r#"<text x="8" y="{}">{}</text>"#,
                y + 15,
                escape(d.name.get(lang))
            );
            bar(&mut s, LABEL, y, BAR, 20, width, share);
            let _ = write!(
                s,
                r#"<text x="{}" y="{}">{}</text>"#,
                LABEL + BAR + 10,
                y + 15,
                points(d, lang)
            );
        }
        s.push_str("</svg>");
        s
    }

    /// The dimension chart of the HTML report: 360 px wide, each dimension's name and points
    /// above its bar, so that on a 375 px phone it shows at nearly its own size (labels about
    /// 12 px, where the 640 px chart scaled down to 7 px). No title of its own: the report's
    /// heading above it says what it is (its accessible name is "Skor per dimensi").
    fn to_html_chart(&self, lang: Lang) -> String {
        const WIDTH: u32 = 360;
        const ROW: u32 = 42;
        let height = ROW * u32::try_from(self.dimensions.len()).unwrap_or(0) + 4;
        let mut s = String::new();
        let _ = write!(
            s,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="sans-serif" font-size="13" role="img"><title>{}</title>"#,
            t(lang, "Skor per dimensi", "Score by dimension")
        );
        for (i, d) in self.dimensions.iter().enumerate() {
            let y = ROW * u32::try_from(i).unwrap_or(0);
            let share = filled(d.score, d.weight);
            let width: u32 = (share * Decimal::from(WIDTH))
                .round()
                .try_into()
                .unwrap_or(0);
            let _ = write!(
                s,
                r#"<text x="0" y="{}">{}</text><text x="{WIDTH}" y="{}" text-anchor="end">{}</text>"#,
                y + 14,
                escape(d.name.get(lang)),
                y + 14,
                points(d, lang)
            );
            bar(&mut s, 0, y + 20, WIDTH, 16, width, share);
        }
        s.push_str("</svg>");
        s
    }

    /// The report as an HTML fragment: score and level, the chart, blockers, the action plan
    /// with agencies and lead times, the earliest ready date and the SKA forms, with the
    /// default [`HtmlOptions`].
    pub fn to_html(&self, lang: Lang) -> String {
        self.to_html_with(lang, &HtmlOptions::default())
    }

    /// [`to_html`](Self::to_html) for a page of one's own: the heading level to fit the page's
    /// outline, the class prefix its stylesheet targets, and dates as `1 Des 2025`.
    ///
    /// ```
    /// use umkm::render::{DateStyle, HtmlOptions};
    /// # use umkm::{readiness::assess, Enterprise, Lang};
    /// # let e = Enterprise::from_json(r#"{"name": "A", "products": [
    /// #     {"name": "Batik", "category": "fashion_textile", "unit": "sheet"}]}"#).unwrap();
    /// # let r = assess(&e, "Batik", "JP", umkm::NaiveDate::from_ymd_opt(2025, 11, 1).unwrap()).unwrap();
    /// let o = HtmlOptions { heading_level: 2, class_prefix: "kb".into(), date_style: DateStyle::Short };
    /// let html = r.to_html_with(Lang::Id, &o);
    /// assert!(html.starts_with(r#"<div class="kb-readiness"><h2 class="kb-title">"#));
    /// assert!(html.contains("<h3 class=\"kb-heading\">Rencana aksi</h3>"));
    /// ```
    pub fn to_html_with(&self, lang: Lang, options: &HtmlOptions) -> String {
        let p = options.prefix();
        let (h1, h2) = options.levels();
        let date = |d: chrono::NaiveDate| options.date(d, lang);
        let mut h = String::new();
        let _ = write!(
            h,
            r#"<div class="{p}-readiness"><h{h1} class="{p}-title">{}: {} → {}</h{h1}><p class="{p}-score"><strong>{} / 100</strong>, {}{}</p>"#,
            t(lang, "Kesiapan ekspor", "Export readiness"),
            escape(&self.product),
            escape(self.market.name.get(lang)),
            number(self.score, lang),
            escape(self.level_name.get(lang)),
            if self.blocked {
                format!(
                    r#" <span class="{p}-blocked">{}</span>"#,
                    t(lang, "(terhambat)", "(blocked)")
                )
            } else {
                String::new()
            }
        );
        h.push_str(&self.to_html_chart(lang));
        if !self.blockers.is_empty() {
            let _ = write!(
                h,
                r#"<h{h2} class="{p}-heading">{}</h{h2}><ul class="{p}-blockers">"#,
                t(lang, "Penghambat", "Blockers")
            );
            for b in &self.blockers {
                let _ = write!(
                    h,
                    "<li>{} ({})</li>",
                    escape(b.message.get(lang)),
                    escape(b.agency.name().get(lang))
                );
            }
            h.push_str("</ul>");
        }
        let _ = write!(
            h,
            r#"<h{h2} class="{p}-heading">{}</h{h2}><table class="{p}-plan"><thead><tr><th>#</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>"#,
            t(lang, "Rencana aksi", "Action plan"),
            t(lang, "Langkah", "Step"),
            t(lang, "Instansi", "Agency"),
            t(lang, "Hari", "Days"),
            t(lang, "Selesai", "Done by")
        );
        for step in &self.plan {
            let _ = write!(
                h,
                r#"<tr><td>{}</td><td>{}</td><td>{}</td><td class="{p}-days">{}</td><td class="{p}-date">{}</td></tr>"#,
                step.order,
                escape(step.action.get(lang)),
                escape(step.agency.name().get(lang)),
                step.lead_time_days,
                date(step.finish)
            );
        }
        h.push_str("</tbody></table>");
        let forms: Vec<String> = self
            .origin_forms
            .iter()
            .map(|f| escape(&f.agreement))
            .collect();
        let _ = write!(
            h,
            r#"<p class="{p}-ready">{}: <span class="{p}-date">{}</span></p><p class="{p}-forms">SKA: {}</p></div>"#,
            t(lang, "Paling cepat siap", "Earliest ready"),
            date(self.earliest_ready_date),
            forms.join(", ")
        );
        h
    }
}

/// How dates show in HTML reports.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DateStyle {
    /// `2025-12-01`, the default.
    #[default]
    Iso,
    /// `1 Des 2025` in Indonesian, `1 Dec 2025` in English.
    Short,
}

/// Options of [`ReadinessReport::to_html_with`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(default, deny_unknown_fields)]
pub struct HtmlOptions {
    /// Level of the report's title, 1 to 5 (default 3); the sections take the next level.
    pub heading_level: u8,
    /// Prefix of every class (`umkm` gives `umkm-readiness`, `umkm-plan`, `umkm-date`, ...):
    /// letters, digits, `-` and `_`, else the default.
    pub class_prefix: String,
    /// Dates as ISO (default) or short (`1 Des 2025`).
    pub date_style: DateStyle,
}

impl Default for HtmlOptions {
    fn default() -> Self {
        HtmlOptions {
            heading_level: 3,
            class_prefix: "umkm".into(),
            date_style: DateStyle::Iso,
        }
    }
}

impl HtmlOptions {
    /// The class prefix, or `umkm` when it is empty, too long or holds other characters (a
    /// class name must not break out of its attribute).
    fn prefix(&self) -> &str {
        let ok = !self.class_prefix.is_empty()
            && self.class_prefix.len() <= 32
            && self
                .class_prefix
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if ok {
            &self.class_prefix
        } else {
            "umkm"
        }
    }

    /// The title's and the sections' heading levels, the title held to 1–5.
    fn levels(&self) -> (u8, u8) {
        let title = self.heading_level.clamp(1, 5);
        (title, title + 1)
    }

    fn date(&self, d: chrono::NaiveDate, lang: Lang) -> String {
        use chrono::Datelike;
        const ID: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
        ];
        const EN: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        match self.date_style {
            DateStyle::Iso => d.to_string(),
            DateStyle::Short => {
                let months = if lang == Lang::Id { ID } else { EN };
                let month = months.get(d.month0() as usize).copied().unwrap_or("");
                format!("{} {month} {}", d.day(), d.year())
            }
        }
    }
}

/// The default stylesheet of the HTML reports (class prefix `umkm`): optional, the reports
/// read without it. Also shipped as `umkm/umkm.css` in the npm package.
pub const STYLESHEET: &str = include_str!("../../assets/umkm.css");

fn ranking_row(h: &mut String, r: &RegionExports, lang: Lang) {
    let rank = r.rank.map(|n| n.to_string()).unwrap_or_else(|| "–".into());
    let _ = write!(
        h,
        "<tr><td>{rank}</td><td>{}</td><td>{}</td><td>{}</td><td style=\"text-align:right\">{}</td><td style=\"text-align:right\">{}</td><td style=\"text-align:right\">{}</td></tr>",
        escape(&r.region.code),
        escape(&r.region.name),
        r.base_records + r.current_records,
        escape(&r.base.format(lang)),
        escape(&r.current.format(lang)),
        escape(r.growth.display(1).get(lang))
    );
}

impl Ranking {
    /// The ranking as an HTML table: rank, region, records, base and current values, growth;
    /// new regions and (with `positive_only`) the regions left out follow, unranked.
    pub fn to_html(&self, lang: Lang) -> String {
        let o = &self.options;
        let mut h = String::new();
        let title = Message::new(
            format!(
                "Peringkat pertumbuhan ekspor {} – {} dibanding {} – {}",
                o.current.start, o.current.end, o.base.start, o.base.end
            ),
            format!(
                "Export growth ranking {} – {} against {} – {}",
                o.current.start, o.current.end, o.base.start, o.base.end
            ),
        );
        let _ = write!(
            h,
            "<table class=\"umkm-ranking\"><caption>{}</caption><thead><tr><th>#</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            escape(title.get(lang)),
            t(lang, "Kode", "Code"),
            t(lang, "Wilayah", "Region"),
            t(lang, "Catatan", "Records"),
            t(lang, "Dasar", "Base"),
            t(lang, "Berjalan", "Current"),
            t(lang, "Tumbuh", "Growth")
        );
        for r in self
            .ranked
            .iter()
            .chain(&self.new)
            .chain(&self.not_positive)
        {
            ranking_row(&mut h, r, lang);
        }
        let _ = write!(
            h,
            "</tbody><tfoot><tr><td></td><td></td><td>{}</td><td>{}</td><td style=\"text-align:right\">{}</td><td style=\"text-align:right\">{}</td><td style=\"text-align:right\">{}</td></tr></tfoot></table>",
            t(lang, "Jumlah", "Total"),
            self.records.base + self.records.current,
            escape(&self.totals.base.format(lang)),
            escape(&self.totals.current.format(lang)),
            escape(self.totals.growth.display(1).get(lang))
        );
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            escape(r#"<Batik & "Tenun" 'X'>"#),
            "&lt;Batik &amp; &quot;Tenun&quot; &#39;X&#39;&gt;"
        );
    }

    #[test]
    fn bar_colours_and_fill() {
        assert_eq!(filled(Decimal::from(15), Decimal::from(15)), Decimal::ONE);
        assert_eq!(filled(Decimal::from(5), Decimal::ZERO), Decimal::ZERO);
        assert_eq!(colour(Decimal::new(8, 1)), "#2e7d32");
        assert_eq!(colour(Decimal::new(79, 2)), "#f9a825");
        assert_eq!(colour(Decimal::new(49, 2)), "#c62828");
    }

    #[test]
    fn the_html_chart_fits_a_phone_and_does_not_repeat_the_title() {
        use crate::{readiness::assess, Enterprise};
        let e = Enterprise::from_json(
            r#"{"name": "A", "products": [{"name": "Kerupuk", "category": "processed_seafood", "unit": "pack"}]}"#,
        )
        .unwrap();
        let date = chrono::NaiveDate::from_ymd_opt(2025, 11, 1).unwrap();
        let r = assess(&e, "Kerupuk", "AU", date).unwrap();
        let html = r.to_html(Lang::Id);
        // The heading names product and market once; the chart does not say it again.
        assert_eq!(html.matches("Kerupuk → Australia").count(), 1, "{html}");
        assert!(html.contains(r#"<svg xmlns="http://www.w3.org/2000/svg" width="360" "#));
        assert!(html.contains("<title>Skor per dimensi</title>"));
        assert_eq!(
            html.matches(r#"<rect class="bar""#).count(),
            r.dimensions.len()
        );
        // Six dimensions of 42 px, and 4 to spare.
        assert!(
            html.contains(r#"height="256" viewBox="0 0 360 256""#),
            "{html}"
        );
        // The stand-alone chart keeps its title: it is shown without a heading.
        assert_eq!(r.to_svg(Lang::En).matches("Kerupuk → Australia").count(), 2);
        assert!(r
            .to_html(Lang::En)
            .contains("<title>Score by dimension</title>"));
    }
}
