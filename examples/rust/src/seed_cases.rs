//! Validates and classifies the seed enterprises (a Pangkalpinang seafood maker, a Kota Bekasi
//! batik maker, a Sukatenang craft maker in Kabupaten Bekasi) and prints what a regional office
//! would read. Indonesian by default; `--lang en` for English; `--as-of YYYY-MM-DD` for the date.

use chrono::NaiveDate;
use std::io::{self, Write};
use umkm::classify::size::classify_size;
use umkm::id::{npwp, wilayah};
use umkm::{classify_industry, validate, Enterprise, IndustryInput, Lang, Severity};

const SEEDS: &str = include_str!("../../data/seed_enterprises.json");

fn main() {
    let mut out = io::BufWriter::new(io::stdout().lock());
    // A closed pipe (`| head`) ends the output quietly; any other write error is reported.
    if let Err(e) = run(&mut out).and_then(|()| out.flush()) {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("seed-cases: {e}");
            std::process::exit(1);
        }
    }
}

fn run(out: &mut impl Write) -> io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let lang = if args.windows(2).any(|w| w[0] == "--lang" && w[1] == "en") {
        Lang::En
    } else {
        Lang::Id
    };
    let as_of = args
        .windows(2)
        .find(|w| w[0] == "--as-of")
        .and_then(|w| NaiveDate::parse_from_str(&w[1], "%Y-%m-%d").ok())
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(2025, 11, 1).expect("valid date"));
    let t = |id: &'static str, en: &'static str| if lang == Lang::Id { id } else { en };

    let records: Vec<serde_json::Value> =
        serde_json::from_str(SEEDS).expect("seed data is valid JSON");
    writeln!(
        out,
        "{} {as_of}\n",
        t("Data UMKM per", "UMKM records as of")
    )?;
    for raw in records {
        let e = match Enterprise::from_json(&raw.to_string()) {
            Ok(e) => e,
            Err(err) => {
                writeln!(
                    out,
                    "{}: {err}",
                    t("Data tidak terbaca", "Record could not be read")
                )?;
                continue;
            }
        };
        writeln!(out, "== {}", e.name)?;
        if let Some(region) = e.region.as_deref().and_then(wilayah::resolve) {
            let regency = wilayah::parent(&region.code, umkm::region::Level::Regency)
                .unwrap_or(region.clone());
            let province = wilayah::parent(&region.code, umkm::region::Level::Province)
                .map(|p| p.name)
                .unwrap_or_default();
            let place = if regency == region {
                region.name.clone()
            } else {
                format!("{}, {}", region.name, regency.name)
            };
            writeln!(
                out,
                "   {}: {place} ({}), {province}",
                t("Wilayah", "Region"),
                region.code
            )?;
        }
        if let Some(n) = &e.npwp {
            writeln!(out, "   NPWP: {}", npwp::format(n))?;
        }
        match classify_size(&e.size_input(as_of), as_of) {
            Ok(size) => writeln!(
                out,
                "   {}: {}",
                t("Kelas usaha", "Size class"),
                size.explanation.get(lang)
            )?,
            Err(err) => writeln!(
                out,
                "   {}: {}",
                t("Kelas usaha", "Size class"),
                err.message().get(lang)
            )?,
        }
        if let (Some(workers), Some(investment)) = (e.workers, e.investment_value) {
            if let Ok(ikm) = classify_industry(&IndustryInput {
                workers,
                investment_value: investment,
            }) {
                writeln!(
                    out,
                    "   {}: {}",
                    t("Kelas industri", "Industry class"),
                    ikm.explanation.get(lang)
                )?;
            }
        }
        for p in &e.products {
            if let (Some(price), Some(cap)) = (p.price, p.daily_capacity) {
                writeln!(
                    out,
                    "   {}: {} – {} / {unit}, {} {}–{} {unit} {}",
                    p.name,
                    price.min.format(lang),
                    price.max.format(lang),
                    t("kapasitas", "capacity"),
                    cap.min,
                    cap.max,
                    t("per hari", "a day"),
                    unit = p.unit.label(lang),
                )?;
            }
        }
        let report = validate(&e, as_of);
        writeln!(
            out,
            "   {}: {} {}, {} {}",
            t("Validasi", "Validation"),
            report.errors,
            t("galat", "errors"),
            report.warnings,
            t("peringatan", "warnings")
        )?;
        for issue in &report.issues {
            let mark = if issue.severity == Severity::Error {
                "✗"
            } else {
                "!"
            };
            writeln!(
                out,
                "     {mark} {} [{}] {}",
                issue.path,
                issue.code,
                issue.message(lang)
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}
