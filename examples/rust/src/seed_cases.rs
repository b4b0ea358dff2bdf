//! Validates and classifies the seed enterprises (a Pangkalpinang seafood maker, a Kota Bekasi
//! batik maker, a Sukatenang craft maker in Kabupaten Bekasi) and prints what a regional office
//! would read: region, size and industry class, validation, then an export-readiness report
//! for a destination each (Australia for the seafood and New Zealand for the batik, as in the
//! real cases; Japan for the crafts, an illustration) and, for the craft maker, whether an
//! order of 500 bags in 30 days fits. Then the programme figures: West Java's export growth
//! ranking from sample SKA records and Kabupaten Bekasi's active IKM rate (from a report of
//! about 2018) and target progress.
//!
//! The seeds keep only what their sources say; their numbers (NIB, NPWP, capital, sales,
//! capacity) are invented for the example: `examples/data/README.md` says which is which.
//! Indonesian by default; `--lang en` for English; `--as-of YYYY-MM-DD` for the date.

mod programme;

use chrono::NaiveDate;
use std::io::{self, Write};
use umkm::classify::size::classify_size;
use umkm::id::{npwp, wilayah};
use umkm::readiness::{assess, assess_order, Order};
use umkm::reference::calendar::WorkCalendar;
use umkm::{classify_industry, validate, Enterprise, IndustryInput, Lang, Severity};

/// An order to check: quantity in the product's unit, and days from the assessment date.
type OrderCase = Option<(u32, u64)>;

/// The destination each seed is assessed for, and an order to check.
const SCENARIOS: [(&str, &str, OrderCase); 3] = [
    ("IKM Duo Ayu Sehati", "AU", None),
    ("Batik Tulis Bekasi", "NZ", None),
    ("Kerajinan Anyaman Sukatenang", "JP", Some((500, 30))),
];

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
            let regency = wilayah::parent(&region.code, umkm::reference::region::Level::Regency)
                .unwrap_or(region.clone());
            let province = wilayah::parent(&region.code, umkm::reference::region::Level::Province)
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
        if let Some((_, destination, order)) = SCENARIOS.iter().find(|s| s.0 == e.name) {
            if let Some(product) = e.products.first() {
                readiness(out, &e, &product.name, destination, *order, as_of, lang)?;
            }
        }
        writeln!(out)?;
    }
    programme::print(out, as_of, lang)
}

/// Prints the export-readiness report of one product and, if asked, an order check.
fn readiness(
    out: &mut impl Write,
    e: &Enterprise,
    product: &str,
    destination: &str,
    order: Option<(u32, u64)>,
    as_of: NaiveDate,
    lang: Lang,
) -> io::Result<()> {
    let t = |id: &'static str, en: &'static str| if lang == Lang::Id { id } else { en };
    let r = match assess(e, product, destination, as_of) {
        Ok(r) => r,
        Err(err) => {
            return writeln!(
                out,
                "   {}: {}",
                t("Kesiapan ekspor", "Export readiness"),
                err.message().get(lang)
            );
        }
    };
    writeln!(
        out,
        "   {} {} → {}: {} / 100, {}{}",
        t("Kesiapan ekspor", "Export readiness"),
        r.product,
        r.market.name.get(lang),
        r.score,
        r.level_name.get(lang),
        if r.blocked {
            t(" (terhambat)", " (blocked)")
        } else {
            ""
        }
    )?;
    for d in &r.dimensions {
        let filled = (d.score * rust_decimal::Decimal::from(20)
            / d.weight.max(rust_decimal::Decimal::ONE))
        .round()
        .try_into()
        .unwrap_or(0usize);
        writeln!(
            out,
            "     {:<28} {:>4} / {:<4} {}",
            d.name.get(lang),
            d.score,
            d.weight,
            "█".repeat(filled.min(20))
        )?;
    }
    for b in &r.blockers {
        writeln!(
            out,
            "     ✗ {} ({})",
            b.message.get(lang),
            b.agency.name().get(lang)
        )?;
    }
    writeln!(out, "     {}:", t("Rencana aksi", "Action plan"))?;
    for step in r.plan.iter().filter(|s| !s.per_shipment).take(6) {
        writeln!(
            out,
            "      {:>2}. {} [{}, {} {}, +{} {}]",
            step.order,
            step.action.get(lang),
            step.agency.name().get(lang),
            step.lead_time_days,
            t("hari", "days"),
            step.points,
            t("poin", "points")
        )?;
    }
    let docs: Vec<&str> = r.documents.iter().map(|d| d.name.get(lang)).collect();
    writeln!(
        out,
        "     {}: {}",
        t("Dokumen tiap pengiriman", "Documents per shipment"),
        docs.join("; ")
    )?;
    writeln!(
        out,
        "     {}: {}",
        t("Paling cepat siap", "Earliest ready"),
        r.earliest_ready_date
    )?;
    let forms: Vec<String> = r
        .origin_forms
        .iter()
        .map(|f| {
            if f.preferential {
                format!("{} ({})", f.agreement, t("preferensi", "preferential"))
            } else {
                format!("Form B ({})", t("non-preferensi", "non-preferential"))
            }
        })
        .collect();
    writeln!(out, "     SKA: {}", forms.join(", "))?;
    for w in &r.warnings {
        writeln!(out, "     ! {}", w.message.get(lang))?;
    }
    if let (Some((quantity, days)), Some(p)) =
        (order, e.products.iter().find(|p| p.name == product))
    {
        let order = Order {
            quantity: quantity.into(),
            unit: p.unit,
            deadline: as_of + chrono::Days::new(days),
        };
        match assess_order(e, product, &order, as_of, &WorkCalendar::default()) {
            Ok(a) => writeln!(out, "     {}", a.summary.get(lang))?,
            Err(err) => writeln!(
                out,
                "     {}: {}",
                t("Pesanan", "Order"),
                err.message().get(lang)
            )?,
        }
    }
    Ok(())
}
