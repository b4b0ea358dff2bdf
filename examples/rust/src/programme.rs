//! The programme figures a regional office reports: West Java's export growth ranking from
//! the sample SKA records (examples/data/west_java_ska.json, illustrative figures), and
//! Kabupaten Bekasi's active IKM rate and progress toward 5,000 new entrepreneurs.

use chrono::NaiveDate;
use std::io::{self, Write};
use umkm::analytics::activity::active_rate;
use umkm::analytics::exchange::RateTable;
use umkm::analytics::ranking::{rank_export_growth, ExportRecord, RankingOptions, RegionExports};
use umkm::analytics::target::{target_progress, Target};
use umkm::Lang;

const SKA: &str = include_str!("../../data/west_java_ska.json");

fn row(out: &mut impl Write, r: &RegionExports, lang: Lang) -> io::Result<()> {
    let rank = r.rank.map(|n| n.to_string()).unwrap_or_else(|| "–".into());
    writeln!(
        out,
        "   {rank:>2}  {:<22} {:>19} {:>19} {:>16}",
        r.region.name,
        r.base.format_short(lang),
        r.current.format_short(lang),
        r.growth.display(1).get(lang)
    )
}

/// Prints the ranking table and the Kabupaten Bekasi figures.
pub fn print(out: &mut impl Write, as_of: NaiveDate, lang: Lang) -> io::Result<()> {
    let t = |id: &'static str, en: &'static str| if lang == Lang::Id { id } else { en };
    let doc: serde_json::Value = serde_json::from_str(SKA).map_err(io::Error::other)?;
    let read = |key: &str| doc.get(key).cloned().unwrap_or_default();
    let records: Vec<ExportRecord> =
        serde_json::from_value(read("records")).map_err(io::Error::other)?;
    let rates: RateTable = serde_json::from_value(read("rates")).map_err(io::Error::other)?;
    let options: RankingOptions =
        serde_json::from_value(read("options")).map_err(io::Error::other)?;

    writeln!(
        out,
        "== {} {}–{} ({})",
        t(
            "Peringkat pertumbuhan ekspor Jawa Barat menurut SKA,",
            "West Java export growth ranking by SKA,"
        ),
        options.base.start.format("%Y"),
        options.current.start.format("%Y"),
        t("data contoh", "sample data")
    )?;
    let ranking = match rank_export_growth(&records, &rates, &options) {
        Ok(r) => r,
        Err(e) => {
            writeln!(out, "   {}", e.message().get(lang))?;
            for issue in e.issues() {
                writeln!(
                    out,
                    "     ✗ {} [{}] {}",
                    issue.path,
                    issue.code,
                    issue.message(lang)
                )?;
            }
            return Ok(());
        }
    };
    writeln!(
        out,
        "   {:>2}  {:<22} {:>19} {:>19} {:>16}",
        "#",
        t("Kabupaten/kota", "Regency/city"),
        options.base.start.format("%Y").to_string(),
        options.current.start.format("%Y").to_string(),
        t("Tumbuh", "Growth")
    )?;
    for r in &ranking.ranked {
        row(out, r, lang)?;
    }
    for r in &ranking.new {
        row(out, r, lang)?;
    }
    writeln!(
        out,
        "       {:<22} {:>19} {:>19} {:>16}",
        t("Jawa Barat (jumlah)", "West Java (total)"),
        ranking.totals.base.format_short(lang),
        ranking.totals.current.format_short(lang),
        ranking.totals.growth.display(1).get(lang)
    )?;
    writeln!(
        out,
        "   {}: {} SKA; {} {}, {} {}",
        t("Catatan", "Records"),
        ranking.records.total,
        ranking.records.outside_periods,
        t("di luar periode", "outside the periods"),
        ranking.records.outside_scope,
        t("di luar Jawa Barat", "outside West Java")
    )?;
    writeln!(out)?;

    writeln!(out, "== Kabupaten Bekasi")?;
    if let Ok(active) = active_rate(1400, 300) {
        let pct = (active.rate * rust_decimal::Decimal::ONE_HUNDRED).round_dp(1);
        writeln!(
            out,
            "   {} ({}): {} {} {} {} ({})",
            t("IKM aktif", "Active IKM"),
            t("laporan sekitar 2018", "report of about 2018"),
            umkm::money::format_number(active.active.into(), lang),
            t("dari", "of"),
            umkm::money::format_number(active.registered.into(), lang),
            t("terdaftar", "registered"),
            if lang == Lang::Id {
                format!("{} %", pct.to_string().replace('.', ","))
            } else {
                format!("{pct}%")
            }
        )?;
    }
    let target = Target {
        goal: 5000.into(),
        deadline: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap_or(as_of),
        start: NaiveDate::from_ymd_opt(2025, 1, 1),
    };
    match target_progress(&target, 1250.into(), as_of) {
        Ok(p) => writeln!(
            out,
            "   {} ({}): {}",
            t(
                "Target 5.000 wirausaha baru",
                "Target of 5,000 new entrepreneurs"
            ),
            t("capaian contoh", "sample progress"),
            p.summary.get(lang)
        )?,
        Err(e) => writeln!(out, "   {}", e.message().get(lang))?,
    }
    Ok(())
}
