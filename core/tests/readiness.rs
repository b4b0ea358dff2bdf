//! Worked examples of the export-readiness engine, each figure checked by hand against the
//! default rule set `umkm-default-2025` (core/data/readiness/umkm-default-2025.json).
// Tests compare with serde_json reading (core/clippy.toml keeps it out of the library).
#![allow(clippy::disallowed_methods)]

use chrono::NaiveDate;
use rust_decimal::Decimal;
use umkm::readiness::{assess, assess_with, Outcome, ReadinessLevel, ReadinessReport, RuleSet};
use umkm::record::enterprise::{CertificateKind, SkaForm};
use umkm::Enterprise;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn seeds() -> Vec<Enterprise> {
    let text = include_str!("data/seed_enterprises.json");
    let values: Vec<serde_json::Value> = serde_json::from_str(text).unwrap();
    values
        .iter()
        .map(|v| Enterprise::from_json(&v.to_string()).unwrap())
        .collect()
}

/// Assesses with `umkm-default-2025`, the default until 2 December 2026: its reports stay
/// reproducible.
fn assess_2025(
    e: &Enterprise,
    product: &str,
    destination: &str,
    on: NaiveDate,
) -> Result<ReadinessReport, umkm::readiness::ReadinessError> {
    let set = RuleSet::builtin("umkm-default-2025").unwrap().unwrap();
    assess_with(set, e, product, destination, on)
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn awarded(r: &ReadinessReport, rule: &str) -> Decimal {
    r.trace.iter().find(|t| t.rule == rule).unwrap().awarded
}

fn steps(gaps: &[umkm::readiness::Gap]) -> Vec<&str> {
    gaps.iter().map(|g| g.step.as_str()).collect()
}

fn forms(r: &ReadinessReport) -> Vec<SkaForm> {
    r.origin_forms.iter().map(|f| f.form).collect()
}

/// Pangkalpinang processed seafood to Sydney with complete papers, 1 November 2025.
/// Legality 5+4+3+3 = 15; product 12 (SKP and HACCP valid) + 3 (nothing further
/// recommended) + 5 (English label) + 5 (export packaging) = 25; capacity: quality 6 (HACCP),
/// first order 6 (120 packs × 40 working days = 4,800 ≥ the buyer's 4,000), stable
/// output 0 (120/40 = 3 > 2), raw material 0 (not recorded) = 12; market 5+3+3+4 = 15;
/// management 2+3+3 (Rp50.000.000 ≥ Rp50.000.000, the boundary) +3+4 = 15; experience 3+2+3+2
/// = 10. Total 92.0.
#[test]
fn seafood_to_australia_complete_papers_is_export_ready() {
    let duo = &seeds()[0];
    let r = assess(duo, "Kerupuk ikan tenggiri", "AU", d("2025-11-01")).unwrap();
    assert_eq!(r.score, dec("92.0"));
    assert_eq!(r.score.to_string(), "92.0");
    let dims: Vec<String> = r.dimensions.iter().map(|d| d.score.to_string()).collect();
    assert_eq!(dims, ["15.0", "25.0", "12.0", "15.0", "15.0", "10.0"]);
    assert_eq!(r.level, ReadinessLevel::ExportReady);
    assert!(r.export_ready && !r.blocked);
    assert_eq!(awarded(&r, "management.working_capital"), dec("3.0"));
    assert_eq!(awarded(&r, "capacity.stable_output"), dec("0.0"));
    assert_eq!(
        steps(&r.gaps),
        ["capacity.raw_material", "capacity.stable_output"]
    );
    assert_eq!(r.earliest_ready_date, d("2025-11-01"));
    assert_eq!(
        forms(&r),
        [
            SkaForm::FormAanz,
            SkaForm::IaCepa,
            SkaForm::Rcep,
            SkaForm::FormB
        ]
    );
    let docs: Vec<_> = r
        .documents
        .iter()
        .map(|x| (x.document, x.obtainable))
        .collect();
    use umkm::readiness::ShipmentDocument as D;
    assert_eq!(
        docs,
        [
            (D::CertificateOfOrigin, true),
            (D::Peb, true),
            (D::HealthCertificateFish, true)
        ]
    );
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    // Every rule is traced and the trace adds up to the score.
    assert_eq!(r.trace.len(), 25);
    assert_eq!(r.trace.iter().map(|t| t.awarded).sum::<Decimal>(), r.score);
}

/// The same maker without SKP and HACCP: both required certificates missing (12 points, 6 each)
/// and no quality system (6): 92 − 18 = 74.0, blocked. SKP takes 30 days, fishery HACCP 45 days
/// after it: ready 75 days after 1 November 2025, on 15 January 2026, and only then the
/// quarantine health certificate for each shipment.
#[test]
fn seafood_without_haccp_and_skp_is_blocked_with_the_quarantine_route() {
    let mut duo = seeds()[0].clone();
    duo.certifications
        .retain(|c| !matches!(c.kind, CertificateKind::Haccp | CertificateKind::Skp));
    let r = assess(&duo, "Kerupuk ikan tenggiri", "AU", d("2025-11-01")).unwrap();
    assert_eq!(r.score, dec("74.0"));
    assert!(r.blocked && !r.export_ready);
    assert_eq!(r.level, ReadinessLevel::NearlyReady);
    assert_eq!(steps(&r.blockers), ["certificate.skp", "certificate.haccp"]);
    let haccp = &r.blockers[1];
    assert_eq!(haccp.points, dec("6.0"));
    assert_eq!(haccp.agency, umkm::readiness::Agency::Kkp);
    assert_eq!(haccp.after, ["certificate.skp"]);
    assert_eq!(r.earliest_ready_date, d("2026-01-15"));
    let trace = r
        .trace
        .iter()
        .find(|t| t.rule == "product.required_certificates")
        .unwrap();
    assert_eq!(trace.outcome, Outcome::Unmet);
    // Plan: blockers first, then quality control (6 points in 30 days), ..., and the
    // per-shipment quarantine certificate once both certificates are in hand.
    let plan: Vec<&str> = r.plan.iter().map(|p| p.step.as_str()).collect();
    assert_eq!(
        &plan[..3],
        [
            "certificate.skp",
            "certificate.haccp",
            "capacity.quality_control"
        ]
    );
    let route = r
        .plan
        .iter()
        .find(|p| p.step == "document.health_certificate_fish")
        .unwrap();
    assert!(route.per_shipment);
    assert_eq!(route.agency, umkm::readiness::Agency::BadanKarantina);
    assert_eq!(route.after, ["certificate.skp", "certificate.haccp"]);
    assert_eq!(route.start, d("2026-01-15"));
    assert!(
        !r.documents
            .iter()
            .find(|x| x.document == umkm::readiness::ShipmentDocument::HealthCertificateFish)
            .unwrap()
            .obtainable
    );
    for b in &r.blockers {
        assert!(r.plan.iter().any(|p| p.step == b.step && p.blocker));
    }
}

/// Batik Tulis Bekasi (UD) to Japan, 1 November 2025. Legality 5+4+0+3 = 12; product: no
/// certificate required or recommended for textiles (12+3), no Japanese label (0), no export
/// packaging (0) = 15; capacity: SNI valid (6), 10 sheets × 40 = 400 ≥ 300 (6),
/// 10/3 > 2 (0), raw material not recorded (0) = 12; market: online only = 3; management:
/// simple books 2, credit 3 = 5; experience: exported indirectly 3, SKA (IJEPA) 3, a buyer
/// 2 = 8. Total 55.0: needs coaching. To reach 80 it closes, by points per day: label (5 in 14
/// days), quotation (4/14), legal entity (3/14), packaging (5/30), raw material (4/30), working
/// capital (3/30), stable output (4/60): 55 → 83, the last one done after 60 days.
#[test]
fn batik_to_japan_needs_coaching() {
    let batik = &seeds()[1];
    let r = assess(
        batik,
        "Kain batik tulis motif Bekasi",
        "jp",
        d("2025-11-01"),
    )
    .unwrap();
    assert_eq!(r.destination, "JP");
    assert_eq!(r.score, dec("55.0"));
    assert_eq!(r.level, ReadinessLevel::NeedsCoaching);
    assert!(!r.blocked);
    let dims: Vec<String> = r.dimensions.iter().map(|d| d.score.to_string()).collect();
    assert_eq!(dims, ["12.0", "15.0", "12.0", "3.0", "5.0", "8.0"]);
    let plan: Vec<&str> = r.plan.iter().take(7).map(|p| p.step.as_str()).collect();
    assert_eq!(
        plan,
        [
            "product.label_language",
            "market.export_quotation",
            "legality.legal_entity",
            "product.export_packaging",
            "capacity.raw_material",
            "management.working_capital",
            "capacity.stable_output",
        ]
    );
    assert_eq!(r.earliest_ready_date, d("2025-12-31"));
    assert_eq!(
        forms(&r),
        [
            SkaForm::Ijepa,
            SkaForm::FormAj,
            SkaForm::Rcep,
            SkaForm::FormB
        ]
    );
    // The SNI certificate behind the quality points expires on 20 December 2025, 49 days on.
    assert_eq!(r.warnings.len(), 1);
    assert_eq!(r.warnings[0].code, "certificate.expiring");
    assert!(r.warnings[0].message.en.contains("49 days"));
}

/// The Sukatenang craft maker has no NIB and no NPWP: blocked whatever else.
#[test]
fn craft_maker_without_nib_or_npwp_is_blocked() {
    let craft = &seeds()[2];
    let r = assess(craft, "Tas anyaman pandan", "JP", d("2025-11-01")).unwrap();
    assert!(r.blocked);
    assert_eq!(steps(&r.blockers), ["legality.npwp", "legality.nib"]);
    assert_eq!(r.level, ReadinessLevel::NotReady);
    // Crafts need no certificate in Japan; the wood-packaging treatment is a shipment document.
    assert_eq!(awarded(&r, "product.required_certificates"), dec("12.0"));
    assert!(r
        .documents
        .iter()
        .any(|x| x.document == umkm::readiness::ShipmentDocument::FumigationCertificate));
}

fn pirt_food_maker() -> Enterprise {
    Enterprise::from_json(
        r#"{
        "name": "Keripik Pisang Mekar",
        "nib": "9120401234561",
        "npwp": "01.312.166.0-091.000",
        "legal_form": "pt_perorangan",
        "products": [{"name": "Keripik pisang", "category": "processed_food", "unit": "pack",
                      "label_languages": ["id", "en"], "export_packaging": true}],
        "certifications": [
            {"kind": "pirt", "number": "P-IRT No. 2053275010023-27", "issued": "2022-05-01", "expires": "2027-05-01"}
        ],
        "sales_channels": ["reseller", "marketplace"]
    }"#,
    )
    .unwrap()
}

/// `umkm-default-2025`: a food maker with only P-IRT to New Zealand: BPOM MD is required
/// (blocker, 12 points, 60 days), HACCP is recommended (3 points). P-IRT does not replace BPOM
/// MD. (The December 2026 audit found this wrong: see the next test.)
#[test]
fn food_maker_with_only_pirt_to_new_zealand() {
    let r = assess_2025(&pirt_food_maker(), "Keripik pisang", "NZ", d("2025-11-01")).unwrap();
    assert!(r.blocked);
    assert_eq!(steps(&r.blockers), ["certificate.bpom_md"]);
    let bpom = &r.blockers[0];
    assert_eq!(bpom.points, dec("12.0"));
    assert_eq!(bpom.agency, umkm::readiness::Agency::Bpom);
    assert!(bpom
        .message
        .id
        .contains("P-IRT hanya izin edar dalam negeri"));
    assert!(bpom.message.en.contains("does not replace BPOM MD"));
    assert_eq!(awarded(&r, "product.recommended_certificates"), dec("0.0"));
    assert!(r
        .gaps
        .iter()
        .any(|g| g.step == "certificate.haccp" && g.points == dec("3.0")));
    assert!(r
        .notes
        .iter()
        .any(|n| n.en.contains("MPI-registered food importer")));
    assert_eq!(
        forms(&r),
        [SkaForm::FormAanz, SkaForm::Rcep, SkaForm::FormB]
    );
    // Legality 5+4+3 (no bank account recorded) + product 0+0+5+5 + capacity 0 + market 3
    // (marketplace) + management 0 + experience 0 = 25.0.
    assert_eq!(r.score, dec("25.0"));
    assert_eq!(r.level, ReadinessLevel::NotReady);
}

/// `umkm-default-2026`: BPOM issues its export certificate (Surat Keterangan Ekspor) for P-IRT
/// products (istanaumkm.pom.go.id), so the P-IRT maker is not blocked: the P-IRT meets the
/// food requirement (P-IRT or BPOM MD, 12 points), BPOM MD and HACCP are recommended (1.5 points
/// each of 3), and the SKE can be had in 2 days.
#[test]
fn food_maker_with_only_pirt_to_new_zealand_under_the_corrected_model() {
    let r = assess(&pirt_food_maker(), "Keripik pisang", "NZ", d("2026-12-02")).unwrap();
    assert_eq!(r.rule_set, "umkm-default-2026");
    assert!(!r.blocked, "{:?}", steps(&r.blockers));
    assert_eq!(awarded(&r, "product.required_certificates"), dec("12.0"));
    assert_eq!(awarded(&r, "product.recommended_certificates"), dec("0.0"));
    let recommended: Vec<(&str, Decimal)> = r
        .gaps
        .iter()
        .filter(|g| g.rule == "product.recommended_certificates")
        .map(|g| (g.step.as_str(), g.points))
        .collect();
    assert_eq!(
        recommended,
        [
            ("certificate.bpom_md", dec("1.5")),
            ("certificate.haccp", dec("1.5"))
        ]
    );
    let ske = r
        .documents
        .iter()
        .find(|x| x.document == umkm::readiness::ShipmentDocument::BpomHealthCertificate)
        .unwrap();
    assert!(ske.obtainable);
    assert_eq!(ske.lead_time_days, 2);
    assert_eq!(
        ske.requires_any,
        [CertificateKind::Pirt, CertificateKind::BpomMd]
    );
    assert!(ske.name.en.contains("Surat Keterangan Ekspor"));
    // 25.0 under the old model plus the 12 required-certificate points.
    assert_eq!(r.score, dec("37.0"));
    assert_eq!(r.level, ReadinessLevel::NotReady);
    // Without P-IRT or MD the gap names P-IRT (30 days at the dinas), and the SKE cannot be had.
    let mut bare = pirt_food_maker();
    bare.certifications.clear();
    let r = assess(&bare, "Keripik pisang", "NZ", d("2026-12-02")).unwrap();
    assert_eq!(steps(&r.blockers), ["certificate.pirt"]);
    assert_eq!(r.blockers[0].lead_time_days, 30);
    assert!(!r
        .documents
        .iter()
        .any(|x| x.obtainable
            && x.document == umkm::readiness::ShipmentDocument::BpomHealthCertificate));
}

/// Halal is required for food in the UAE. A certificate that expires on 1 March 2026 counts on
/// 1 February (with a warning) and not on 2 March: the report turns blocked and loses half of
/// the 12 certificate points (BPOM MD still held).
#[test]
fn halal_expiry_between_two_dates_changes_the_result() {
    let mut maker = pirt_food_maker();
    let extra: Vec<umkm::record::enterprise::Certification> = serde_json::from_str(
        r#"[{"kind": "bpom_md", "number": "MD 123456789012", "issued": "2024-01-10", "expires": "2029-01-10"},
            {"kind": "halal", "number": "ID32110000123456", "issued": "2022-03-01", "expires": "2026-03-01"}]"#,
    )
    .unwrap();
    maker.certifications.extend(extra);
    let before = assess_2025(&maker, "Keripik pisang", "AE", d("2026-02-01")).unwrap();
    let after = assess_2025(&maker, "Keripik pisang", "AE", d("2026-03-02")).unwrap();
    assert!(!before.blocked);
    assert_eq!(
        awarded(&before, "product.required_certificates"),
        dec("12.0")
    );
    assert!(before
        .warnings
        .iter()
        .any(|w| w.code == "certificate.expiring" && w.message.en.contains("in 28 days")));
    assert!(after.blocked);
    assert_eq!(awarded(&after, "product.required_certificates"), dec("6.0"));
    assert_eq!(before.score - after.score, dec("6.0"));
    assert_eq!(steps(&after.blockers), ["certificate.halal"]);
    assert!(after.blockers[0]
        .message
        .en
        .contains("expired on 2026-03-01"));
    assert_eq!(forms(&after), [SkaForm::IuaeCepa, SkaForm::FormB]);
    // Exactly on the expiry date the certificate is still valid.
    let on_the_day = assess_2025(&maker, "Keripik pisang", "AE", d("2026-03-01")).unwrap();
    assert!(!on_the_day.blocked);
}

/// `umkm-default-2026`: halal is required in the UAE and Saudi Arabia only for food with meat
/// or meat derivatives or a halal claim (SFDA; Business France on the UAE), recommended
/// otherwise. Banana chips without either are not blocked by an expired halal certificate;
/// labelled halal, they are, as under the old model.
#[test]
fn halal_is_required_for_meat_or_a_halal_claim_under_the_corrected_model() {
    let mut maker = pirt_food_maker();
    let extra: Vec<umkm::record::enterprise::Certification> = serde_json::from_str(
        r#"[{"kind": "halal", "number": "ID32110000123456", "issued": "2022-03-01", "expires": "2026-03-01"}]"#,
    )
    .unwrap();
    maker.certifications.extend(extra);
    for dest in ["AE", "SA"] {
        let plain = assess(&maker, "Keripik pisang", dest, d("2026-03-02")).unwrap();
        assert!(!plain.blocked, "{dest}");
        assert!(
            plain
                .gaps
                .iter()
                .any(|g| g.step == "certificate.halal"
                    && g.rule == "product.recommended_certificates")
        );
        assert!(plain
            .notes
            .iter()
            .any(|n| n.en.contains("contains meat or meat derivatives")));
        for fact in ["halal_claim", "contains_meat"] {
            let mut labelled = maker.clone();
            let product = serde_json::to_value(&labelled.products[0]).unwrap();
            let mut product = product.as_object().unwrap().clone();
            product.insert(fact.into(), serde_json::Value::Bool(true));
            labelled.products[0] = serde_json::from_value(product.into()).unwrap();
            let before = assess(&labelled, "Keripik pisang", dest, d("2026-02-01")).unwrap();
            let after = assess(&labelled, "Keripik pisang", dest, d("2026-03-02")).unwrap();
            assert!(!before.blocked, "{dest} {fact}");
            assert_eq!(
                steps(&after.blockers),
                ["certificate.halal"],
                "{dest} {fact}"
            );
            // Two required (P-IRT or MD, halal), one lost: 6 of 12 points.
            assert_eq!(awarded(&after, "product.required_certificates"), dec("6.0"));
        }
    }
}

#[test]
fn unknown_market_is_generic_with_a_warning_and_bad_input_is_an_error() {
    let duo = &seeds()[0];
    let r = assess(duo, "kerupuk IKAN tenggiri ", "BR", d("2025-11-01")).unwrap();
    assert!(r.market.generic);
    assert_eq!(r.warnings[0].code, "market.generic");
    assert_eq!(forms(&r), [SkaForm::FormB]);
    let e = assess(duo, "Kerupuk ikan tenggiri", "XX", d("2025-11-01")).unwrap_err();
    assert_eq!(e.code(), "readiness.unknown_country");
    let e = assess(duo, "Sambal", "AU", d("2025-11-01")).unwrap_err();
    assert_eq!(e.code(), "readiness.unknown_product");
    assert!(e.message().en.contains("Kerupuk ikan tenggiri"));
}

/// Shipments after `as_of` do not count: on 1 October 2025 the Pangkalpinang maker had not
/// yet made its first export (14 October 2025).
#[test]
fn export_history_is_judged_on_the_date() {
    let duo = &seeds()[0];
    let r = assess(duo, "Kerupuk ikan tenggiri", "AU", d("2025-10-01")).unwrap();
    assert_eq!(awarded(&r, "experience.ska"), dec("0.0"));
    // Direct export still counts through the recorded export_direct channel.
    assert_eq!(awarded(&r, "experience.direct"), dec("2.0"));
}

/// The Sukatenang maker (2–8 bags a day) asked for 500 bags in 30 days from Monday
/// 1 December 2025. December 2025 has 23 weekdays; Christmas (25th) and collective leave (26th)
/// leave 21 working days. At 8 a day it needs ⌈500/8⌉ = 63 working days, at 2 a day 250.
/// Counting 63 working days from 1 December: 21 in December; January 2026 has 20 (1 and
/// 16 January are holidays), 41 by 30 January; February 2–13 gives 10 (51), 16 and 17 February
/// are collective leave and Imlek, 18–20 gives 3 (54), 23–27 gives 5 (59), 2–5 March the last
/// 4: production ends on Thursday 5 March 2026.
#[test]
fn craft_order_of_500_pieces_in_30_days_does_not_fit() {
    use umkm::readiness::{assess_order, Order, OrderFit};
    use umkm::reference::calendar::WorkCalendar;
    let craft = &seeds()[2];
    let start = d("2025-12-01");
    let order = Order {
        quantity: 500.into(),
        unit: umkm::record::enterprise::Unit::Piece,
        deadline: start + chrono::Days::new(30),
    };
    let cal = WorkCalendar::default();
    let a = assess_order(craft, "Tas anyaman pandan", &order, start, &cal).unwrap();
    assert_eq!(a.deadline, d("2025-12-31"));
    assert_eq!(a.working_days_available, 21);
    assert_eq!(a.days_needed_at_max, 63);
    assert_eq!(a.days_needed_at_min, Some(250));
    assert_eq!(a.fit, OrderFit::DoesNotFit);
    assert_eq!(a.finish_at_max, Some(d("2026-03-05")));
    let at_min = a.finish_at_min.unwrap();
    assert_eq!(cal.working_days(start, at_min), 250);
    assert!(cal.is_working_day(at_min));
    // 21 days × 8 = 168 made by the deadline: 332 short.
    assert_eq!(a.shortfall_at_max, dec("332"));
    assert!(a.years_without_holidays.is_empty());
    assert!(a.summary.en.contains("does not fit"), "{}", a.summary.en);

    // 160 pieces fit at maximum capacity only (20 days at 8; 80 at 2), 40 fit at any rate.
    let mid = Order {
        quantity: 160.into(),
        ..order.clone()
    };
    let a = assess_order(craft, "Tas anyaman pandan", &mid, start, &cal).unwrap();
    assert_eq!(a.fit, OrderFit::FitsAtMaxOnly);
    let small = Order {
        quantity: 42.into(),
        ..order.clone()
    };
    let a = assess_order(craft, "Tas anyaman pandan", &small, start, &cal).unwrap();
    assert_eq!((a.days_needed_at_min, a.fit), (Some(21), OrderFit::Fits));
    // Dozens convert to pieces; kilograms do not.
    let dozens = Order {
        quantity: 5.into(),
        unit: umkm::record::enterprise::Unit::Dozen,
        ..order.clone()
    };
    let a = assess_order(craft, "Tas anyaman pandan", &dozens, start, &cal).unwrap();
    assert_eq!((a.quantity, a.days_needed_at_max), (dec("60"), 8));
    let kilos = Order {
        unit: umkm::record::enterprise::Unit::Kg,
        ..order.clone()
    };
    let e = assess_order(craft, "Tas anyaman pandan", &kilos, start, &cal).unwrap_err();
    assert_eq!(e.code(), "order.unit_mismatch");
    // A regional holiday the caller adds costs a working day.
    let local = WorkCalendar::with_days_off(&[d("2025-12-02")]);
    let a = assess_order(craft, "Tas anyaman pandan", &order, start, &local).unwrap();
    assert_eq!(a.working_days_available, 20);
    // An order into 2028 says the holidays of 2028 are not embedded.
    let late = Order {
        deadline: d("2028-01-31"),
        ..order.clone()
    };
    let a = assess_order(craft, "Tas anyaman pandan", &late, start, &cal).unwrap();
    assert_eq!(a.years_without_holidays, [2028]);
    let bad = Order {
        quantity: 0.into(),
        ..order.clone()
    };
    assert_eq!(
        assess_order(craft, "Tas anyaman pandan", &bad, start, &cal)
            .unwrap_err()
            .code(),
        "order.quantity"
    );
    let early = Order {
        deadline: d("2025-11-30"),
        ..order
    };
    assert_eq!(
        assess_order(craft, "Tas anyaman pandan", &early, start, &cal)
            .unwrap_err()
            .code(),
        "order.deadline"
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;
    use umkm::record::enterprise::{Certification, ProductCategory as C};

    const KINDS: [CertificateKind; 12] = [
        CertificateKind::Pirt,
        CertificateKind::BpomMd,
        CertificateKind::Halal,
        CertificateKind::Sni,
        CertificateKind::Haccp,
        CertificateKind::Skp,
        CertificateKind::Iso22000,
        CertificateKind::Fssc22000,
        CertificateKind::Svlk,
        CertificateKind::Organic,
        CertificateKind::Gap,
        CertificateKind::BpomMl,
    ];
    const CATEGORIES: [C; 8] = [
        C::ProcessedFood,
        C::ProcessedSeafood,
        C::FreshProduce,
        C::Beverage,
        C::Craft,
        C::WoodenGoods,
        C::FashionTextile,
        C::Other,
    ];
    const DESTINATIONS: [&str; 13] = [
        "JP", "AU", "NZ", "SG", "MY", "CN", "KR", "US", "DE", "EU", "SA", "AE", "BR",
    ];

    fn as_of() -> NaiveDate {
        d("2026-02-27")
    }

    prop_compose! {
        fn record()(
            category in 0..CATEGORIES.len(),
            nib in prop::option::of(prop::sample::select(vec!["9120301234567", "12"])),
            npwp in prop::option::of(prop::sample::select(vec!["0013121660091000", "01.312.166.0-091.001"])),
            legal in prop::option::of(prop::sample::select(vec!["ud", "cv", "pt_perorangan"])),
            certs in prop::collection::vec((0..KINDS.len(), prop::option::of(-400i64..800)), 0..6),
            langs in prop::sample::subsequence(vec!["id", "en", "ja", "ar", "zh", "ms", "ko", "de"], 0..3),
            flags in prop::collection::vec(prop::option::of(any::<bool>()), 5),
            cap in prop::option::of((0u32..40, 0u32..40)),
            price in prop::option::of(1u32..2_000_000),
            channels in prop::sample::subsequence(vec!["modern_retail", "marketplace", "export_indirect", "export_direct", "reseller"], 0..4),
            shipments in prop::collection::vec((-900i64..300, any::<bool>(), any::<bool>()), 0..3),
        ) -> Enterprise {
            let mut e = Enterprise::new("Usaha Uji");
            e.nib = nib.map(str::to_string);
            e.npwp = npwp.map(str::to_string);
            e.legal_form = legal.map(|l| serde_json::from_value(l.into()).unwrap());
            let mut product = serde_json::json!({
                "name": "Produk", "category": CATEGORIES[category], "unit": "pack",
                "label_languages": langs,
            });
            if let Some(v) = flags[0] { product["export_packaging"] = v.into(); }
            if let Some(v) = flags[1] { product["quality_control"] = v.into(); }
            if let Some(v) = flags[2] { product["raw_material_secured"] = v.into(); }
            if let Some((a, b)) = cap {
                product["daily_capacity"] = serde_json::json!({"min": a.min(b).to_string(), "max": a.max(b).to_string()});
            }
            if let Some(p) = price {
                product["price"] = serde_json::json!({"min": {"amount": p.to_string(), "currency": "IDR"}, "max": {"amount": (p * 2).to_string(), "currency": "IDR"}});
            }
            e.products.push(serde_json::from_value(product).unwrap());
            for (k, expires) in certs {
                let mut c = Certification::new(KINDS[k]);
                c.issued = Some(as_of() - chrono::Days::new(500));
                c.expires = expires.map(|x| as_of() + chrono::Duration::days(x));
                e.certifications.push(c);
            }
            e.management.business_bank_account = flags[3];
            e.management.credit_access = flags[4];
            e.sales_channels = channels.iter().map(|c| serde_json::from_value((*c).into()).unwrap()).collect();
            for (offset, indirect, ska) in shipments {
                e.shipments.push(serde_json::from_value(serde_json::json!({
                    "date": (as_of() + chrono::Duration::days(offset)).to_string(),
                    "destination": "JP",
                    "value": {"amount": "1000000", "currency": "IDR"},
                    "indirect": indirect,
                    "ska_form": if ska { Some("form_b") } else { None },
                })).unwrap());
            }
            e
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn score_is_bounded_and_fully_traced(e in record(), dest in prop::sample::select(DESTINATIONS.to_vec())) {
            let r = assess(&e, "Produk", dest, as_of()).unwrap();
            prop_assert!(r.score >= Decimal::ZERO && r.score <= Decimal::ONE_HUNDRED);
            prop_assert_eq!(r.score, r.dimensions.iter().map(|d| d.score).sum::<Decimal>());
            for dim in &r.dimensions {
                prop_assert!(dim.score >= Decimal::ZERO && dim.score <= dim.weight);
            }
            // Every point is either awarded or at stake in a gap.
            let open: Decimal = r.blockers.iter().chain(r.gaps.iter()).map(|g| g.points).sum();
            prop_assert_eq!(r.score + open, Decimal::ONE_HUNDRED);
            prop_assert_eq!(r.trace.iter().map(|t| t.awarded).sum::<Decimal>(), r.score);
            // The plan lists every blocker, as a blocker step, before any other step.
            for (i, b) in r.blockers.iter().enumerate() {
                let step = r.plan.iter().find(|p| p.step == b.step);
                prop_assert!(step.is_some_and(|s| s.blocker && s.order as usize == i + 1));
            }
            prop_assert!(!(r.blocked && r.export_ready));
            prop_assert_eq!(r.blocked, !r.blockers.is_empty());
            prop_assert!(r.earliest_ready_date >= r.as_of);
            // Prerequisites come before their dependants in the plan.
            for p in &r.plan {
                for a in &p.after {
                    let before = r.plan.iter().find(|q| &q.step == a).map(|q| q.order);
                    prop_assert!(before.is_some_and(|o| o < p.order), "{} after {}", p.step, a);
                }
            }
            prop_assert_eq!(r.origin_forms.last().map(|f| f.form), Some(SkaForm::FormB));
        }

        #[test]
        fn adding_a_missing_certificate_never_lowers_the_score(
            e in record(),
            dest in prop::sample::select(DESTINATIONS.to_vec()),
            k in 0..KINDS.len(),
        ) {
            let before = assess(&e, "Produk", dest, as_of()).unwrap();
            let mut more = e.clone();
            let mut c = Certification::new(KINDS[k]);
            c.issued = Some(as_of());
            c.products = vec!["Produk".into()];
            more.certifications.push(c);
            let after = assess(&more, "Produk", dest, as_of()).unwrap();
            prop_assert!(after.score >= before.score, "{} < {}", after.score, before.score);
            prop_assert!(after.blockers.len() <= before.blockers.len());
        }

        /// The register's answer is the report's summary for any record, under either
        /// embedded rule set, on any date of the limits' years: errors included.
        #[test]
        fn a_summary_is_always_the_reports_summary(
            e in record(),
            dest in prop::sample::select(DESTINATIONS.to_vec()),
            set in prop::sample::select(vec!["umkm-default-2025", "umkm-default-2026"]),
            day in 0i64..(2200 - 1900) * 366,
        ) {
            use umkm::readiness::{assess_summary_with, ReadinessSummary};
            let set = RuleSet::builtin(set).unwrap().unwrap();
            let on = d("1900-01-01") + chrono::Duration::days(day);
            let summary = assess_summary_with(set, &e, "Produk", dest, on);
            let report = assess_with(set, &e, "Produk", dest, on);
            prop_assert_eq!(
                summary.map_err(|e| e.to_string()),
                report.as_ref().map(ReadinessSummary::from).map_err(|e| e.to_string())
            );
        }
    }
}

/// Unlike tools that reward a high price, price plays no part: the first-order check compares
/// capacity with the buyer's order in the product's own unit. The Sukatenang maker makes at
/// most 8 bags a day, 320 in 40 working days: short of a 500-bag first order at any price.
#[test]
fn price_does_not_buy_readiness_and_capacity_is_compared_in_units() {
    let craft = &seeds()[2];
    let base = assess(craft, "Tas anyaman pandan", "JP", d("2025-11-01")).unwrap();
    let first = base
        .trace
        .iter()
        .find(|t| t.rule == "capacity.first_order")
        .unwrap();
    assert_eq!(first.outcome, Outcome::Unmet);
    assert!(
        first
            .detail
            .en
            .contains("8 piece/day × 40 working days = 320 piece < the first order of 500 piece"),
        "{}",
        first.detail.en
    );
    let mut dear = craft.clone();
    let price = dear.products[0].price.as_mut().unwrap();
    price.min.amount *= Decimal::from(50);
    price.max.amount *= Decimal::from(50);
    let r = assess(&dear, "Tas anyaman pandan", "JP", d("2025-11-01")).unwrap();
    assert_eq!(r.score, base.score);
    // A buyer asking for 320 bags is within capacity.
    let mut smaller = craft.clone();
    smaller.products[0].first_order_quantity = Some(Decimal::from(320));
    let r = assess(&smaller, "Tas anyaman pandan", "JP", d("2025-11-01")).unwrap();
    assert_eq!(r.score - base.score, dec("6.0"));
}

/// A register's answer (`assess_summary_with`, which makes no documents, steps, notes or
/// certificates of origin) is the summary of the full report: for every seed and product,
/// every market of each embedded rule set, the generic market, `EU` and a bad code, on dates
/// around certificate expiries, errors included.
#[test]
fn a_summary_is_the_full_reports_summary() {
    use umkm::readiness::{assess_summary_with, ReadinessSummary};
    let dates = ["2020-01-01", "2025-11-01", "2026-12-02", "2030-06-30"].map(d);
    let mut compared = 0;
    for id in umkm::readiness::ruleset::BUILTIN_IDS {
        let set = RuleSet::builtin(id).unwrap().unwrap();
        let mut destinations: Vec<String> =
            set.markets.iter().map(|m| m.code.to_string()).collect();
        destinations.extend(["BR", "EU", "X1", "nz"].map(String::from));
        for e in seeds() {
            let mut products: Vec<String> = e.products.iter().map(|p| p.name.clone()).collect();
            products.push("not a product of theirs".into());
            for product in &products {
                for dest in &destinations {
                    for on in dates {
                        let report = assess_with(set, &e, product, dest.as_str(), on);
                        let summary = assess_summary_with(set, &e, product, dest.as_str(), on);
                        assert_eq!(
                            summary,
                            report
                                .as_ref()
                                .map(ReadinessSummary::from)
                                .map_err(Clone::clone),
                            "{id} {} {product} {dest} {on}",
                            e.name
                        );
                        compared += 1;
                    }
                }
            }
        }
    }
    assert!(compared >= 700, "{compared}");
}

/// Near the last year the limits allow (2200), a plan whose steps would pass it is refused
/// with the report's own `limit.year`, by the summary as by the report; a plan with no steps
/// that long is answered.
#[test]
fn a_summary_near_the_last_year_answers_as_the_report() {
    use umkm::readiness::{assess_summary_with, ReadinessSummary};
    let set = RuleSet::default_set().unwrap();
    let craft = seeds()
        .into_iter()
        .find(|e| e.nib.is_none() && !e.products.is_empty())
        .unwrap();
    let product = craft.products[0].name.clone();
    for on in ["2200-12-31", "2200-06-01", "2199-01-01", "2150-01-01"].map(d) {
        let report = assess_with(set, &craft, &product, "JP", on);
        let summary = assess_summary_with(set, &craft, &product, "JP", on);
        assert_eq!(
            summary,
            report
                .as_ref()
                .map(ReadinessSummary::from)
                .map_err(Clone::clone)
        );
    }
    let late = assess_summary_with(set, &craft, &product, "JP", d("2200-12-31")).unwrap_err();
    assert_eq!(late.code(), "limit.year");
    assert!(assess_summary_with(set, &craft, &product, "JP", d("2150-01-01")).is_ok());
}
