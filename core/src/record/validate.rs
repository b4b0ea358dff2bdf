//! Validation of a whole enterprise record: every problem at once, each with a JSON-pointer
//! path, a stable code, a severity and a message in Indonesian and English.
//!
//! Errors are what makes the record wrong (a mistyped NPWP, a price range upside down).
//! Warnings are legal but suspicious or time-sensitive on `as_of`: a certificate expiring
//! within [`EXPIRY_WARNING_DAYS`] days or already expired, sales above the ceiling of the
//! declared size class, a founding date after `as_of`, a region code retired by a split.
//!
//! ```
//! use umkm::{validate, Enterprise};
//! use chrono::NaiveDate;
//! let mut e = Enterprise::new("Batik Bekasi");
//! e.npwp = Some("01.312.166.1-091.000".into());
//! let report = validate(&e, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
//! assert!(!report.valid);
//! let issue = report.with_code("npwp.checksum").next().unwrap();
//! assert_eq!(issue.path, "/npwp");
//! assert_eq!(issue.message_en, "NPWP check digit does not match: a digit is mistyped");
//! ```

use crate::classify::size::{ceilings, SizeClass};
use crate::id::{bpom, halal, hs, kbli, nib, nik, npwp, pirt, wilayah, IdentifierError, Reason};
use crate::money::Money;
use crate::record::enterprise::{
    CertificateKind, Enterprise, LegalForm, MoneyRange, QuantityRange,
};
use crate::reference::country;
use crate::text::{Message, Text};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeSet;

/// Days before expiry from which a certificate gets a warning.
pub const EXPIRY_WARNING_DAYS: i64 = 90;

pub use crate::record::issue::{Issue, Report, Severity, MAX_BATCH_ISSUES};

struct Collector {
    issues: Vec<Issue>,
}

impl Collector {
    fn push(&mut self, path: String, code: impl Into<Text>, severity: Severity, m: Message) {
        self.issues.push(Issue {
            severity,
            ..Issue::error(path, code, m)
        });
    }
    fn error(&mut self, path: String, code: &'static str, m: Message) {
        self.push(path, code, Severity::Error, m);
    }
    fn warn(&mut self, path: String, code: &'static str, m: Message) {
        self.push(path, code, Severity::Warning, m);
    }
    fn identifier(&mut self, path: String, e: IdentifierError) {
        let severity = if matches!(e.reason, Reason::RetiredRegion { .. }) {
            Severity::Warning
        } else {
            Severity::Error
        };
        self.push(path, e.code(), severity, e.message());
    }
    fn check<T>(&mut self, path: impl Fn() -> String, r: Result<T, IdentifierError>) -> Option<T> {
        r.map_err(|e| self.identifier(path(), e)).ok()
    }
    fn text(&mut self, path: impl Fn() -> String, value: &str, what: (&str, &str)) {
        if value.trim().is_empty() {
            self.error(
                path(),
                "text.empty",
                Message::new(format!("{} kosong", what.0), format!("{} is empty", what.1)),
            );
        }
    }
    fn amount(&mut self, path: impl Fn() -> String, m: &Money, rupiah: bool) {
        if m.amount.is_sign_negative() && !m.amount.is_zero() {
            self.error(
                path(),
                "money.negative",
                Message::new(
                    "Nilai uang tidak boleh negatif",
                    "Amount must not be negative",
                ),
            );
        }
        if rupiah && !m.is_rupiah() {
            self.warn(
                path(),
                "money.not_rupiah",
                Message::new(
                    format!(
                        "Nilai dalam {}, bukan Rupiah: klasifikasi ukuran memerlukan Rupiah",
                        m.currency
                    ),
                    format!(
                        "Amount is in {}, not Rupiah: size classes need Rupiah",
                        m.currency
                    ),
                ),
            );
        }
    }
    fn money_range(&mut self, path: impl Fn() -> String, r: &MoneyRange) {
        self.amount(|| format!("{}/min", path()), &r.min, false);
        self.amount(|| format!("{}/max", path()), &r.max, false);
        if r.min.currency != r.max.currency {
            self.error(
                path(),
                "range.currency_mismatch",
                Message::new(
                    "Batas bawah dan atas dalam mata uang berbeda",
                    "Lower and upper bound are in different currencies",
                ),
            );
        } else if r.min.amount > r.max.amount {
            self.error(
                path(),
                "range.inverted",
                Message::new(
                    "Batas bawah lebih besar dari batas atas",
                    "Lower bound is above upper bound",
                ),
            );
        }
    }
    fn quantity_range(&mut self, path: impl Fn() -> String, r: &QuantityRange) {
        if r.min.is_sign_negative() && !r.min.is_zero() {
            self.error(
                format!("{}/min", path()),
                "quantity.negative",
                Message::new(
                    "Jumlah tidak boleh negatif",
                    "Quantity must not be negative",
                ),
            );
        }
        if r.min > r.max {
            self.error(
                path(),
                "range.inverted",
                Message::new(
                    "Batas bawah lebih besar dari batas atas",
                    "Lower bound is above upper bound",
                ),
            );
        }
    }
}

/// Validates a record as of a date. Never fails: the result lists every problem, each with a
/// JSON-pointer path, a stable code, a severity and messages in Indonesian and English.
///
/// ```
/// use umkm::{validate, Enterprise, NaiveDate, Severity};
///
/// let record = Enterprise::from_json(r#"{"name": "Keripik Bu Sri", "npwp": "01.312.166.1-091.000"}"#).unwrap();
/// let report = validate(&record, NaiveDate::from_ymd_opt(2025, 11, 1).unwrap());
/// assert!(!report.valid);
/// let npwp = report.issues.iter().find(|i| i.path == "/npwp").unwrap();
/// assert_eq!((npwp.code.as_str(), npwp.severity), ("npwp.checksum", Severity::Error));
/// ```
pub fn validate(e: &Enterprise, as_of: NaiveDate) -> Report {
    let mut c = Collector {
        issues: crate::record::enterprise::record_issues(e),
    };
    identity(&mut c, e, as_of);
    amounts(&mut c, e, as_of);
    check_declared_size(&mut c, e, as_of);
    products(&mut c, e);
    certifications(&mut c, e, as_of);
    shipments(&mut c, e, as_of);
    if let Some(m) = &e.management.working_capital {
        c.amount(|| "/management/working_capital".into(), m, false);
    }
    let errors = c
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .count();
    let warnings = c.issues.len() - errors;
    Report {
        as_of,
        valid: errors == 0,
        errors,
        warnings,
        issues: c.issues,
    }
}

/// The name, NIB, NPWP (and whether its form fits the legal form), KBLI codes, region and
/// founding date.
fn identity(c: &mut Collector, e: &Enterprise, as_of: NaiveDate) {
    c.text(|| "/name".into(), &e.name, ("Nama usaha", "Business name"));

    match &e.nib {
        Some(n) => {
            c.check(|| "/nib".into(), nib::validate(n));
        }
        None => c.warn(
            "/nib".into(),
            "nib.missing",
            Message::new(
                "NIB belum tercatat: setiap pelaku usaha wajib memiliki NIB dari OSS",
                "No NIB recorded: every business needs a NIB from OSS",
            ),
        ),
    }

    if let Some(n) = &e.npwp {
        if let Some(form) = c.check(|| "/npwp".into(), npwp::form(n)) {
            check_npwp_form(c, n, form, e.legal_form);
        }
    }

    for (i, code) in e.kbli.iter().enumerate() {
        c.check(|| format!("/kbli/{i}"), kbli::validate_any(code));
    }
    let mut seen = BTreeSet::new();
    for (i, code) in e.kbli.iter().enumerate() {
        if !seen.insert(kbli::compact(code)) {
            c.warn(
                format!("/kbli/{i}"),
                "kbli.duplicate",
                Message::new("Kode KBLI tercatat dua kali", "KBLI code listed twice"),
            );
        }
    }

    if let Some(r) = &e.region {
        c.check(|| "/region".into(), wilayah::validate(r));
    }

    if let Some(f) = e.founded {
        if f > as_of {
            c.warn(
                "/founded".into(),
                "founded.future",
                Message::new(
                    format!("Tanggal berdiri {f} setelah tanggal penilaian {as_of}"),
                    format!("Founding date {f} is after the assessment date {as_of}"),
                ),
            );
        }
    }
}

/// Capital, investment and annual sales (one per year, none from a year to come): never
/// negative, in Rupiah, as a size class reads them.
fn amounts(c: &mut Collector, e: &Enterprise, as_of: NaiveDate) {
    if let Some(m) = &e.business_capital {
        c.amount(|| "/business_capital".into(), m, true);
    }
    if let Some(m) = &e.investment_value {
        c.amount(|| "/investment_value".into(), m, true);
    }

    let mut years = BTreeSet::new();
    for (i, s) in e.annual_sales.iter().enumerate() {
        c.amount(|| format!("/annual_sales/{i}/amount"), &s.amount, true);
        if !years.insert(s.year) {
            c.error(
                format!("/annual_sales/{i}/year"),
                "annual_sales.duplicate_year",
                Message::new(
                    format!(
                        "Penjualan tahun {} tercatat lebih dari sekali",
                        crate::text::privacy::shown_year(s.year)
                    ),
                    format!(
                        "Sales for {} are recorded more than once",
                        crate::text::privacy::shown_year(s.year)
                    ),
                ),
            );
        }
        if let Err(e) = crate::limits::check_year(s.year) {
            c.error(format!("/annual_sales/{i}/year"), e.code(), e.message());
        } else if s.year > as_of.year() {
            c.warn(
                format!("/annual_sales/{i}/year"),
                "annual_sales.future_year",
                Message::new(
                    format!(
                        "Penjualan tahun {} belum bisa diketahui pada {as_of}",
                        s.year
                    ),
                    format!("Sales for {} cannot be known on {as_of}", s.year),
                ),
            );
        }
    }
}

/// Each product: a name, its HS code, price and capacity ranges, first order, shelf life and
/// label languages.
fn products(c: &mut Collector, e: &Enterprise) {
    for (i, p) in e.products.iter().enumerate() {
        let base = || format!("/products/{i}");
        c.text(
            || format!("{}/name", base()),
            &p.name,
            ("Nama produk", "Product name"),
        );
        if let Some(h) = &p.hs_code {
            c.check(|| format!("{}/hs_code", base()), hs::validate(h));
        }
        if let Some(r) = &p.price {
            c.money_range(|| format!("{}/price", base()), r);
        }
        if let Some(r) = &p.daily_capacity {
            c.quantity_range(|| format!("{}/daily_capacity", base()), r);
        }
        if p.first_order_quantity
            .is_some_and(|q| q <= rust_decimal::Decimal::ZERO)
        {
            c.error(
                format!("{}/first_order_quantity", base()),
                "quantity.not_positive",
                Message::new(
                    "Besar pesanan pertama harus lebih dari 0",
                    "First-order quantity must be more than 0",
                ),
            );
        }
        if p.shelf_life_days == Some(0) {
            c.error(
                format!("{}/shelf_life_days", base()),
                "product.shelf_life_zero",
                Message::new("Masa simpan 0 hari", "Shelf life of 0 days"),
            );
        }
        for (j, lang) in p.label_languages.iter().enumerate() {
            if !country::is_language(lang) {
                c.error(
                    format!("{}/label_languages/{j}", base()),
                    "language.unknown",
                    Message::new(
                        format!(
                            "{:?} bukan kode bahasa ISO 639-1 (mis. \"id\", \"en\", \"ja\")",
                            crate::text::privacy::shown(lang)
                        ),
                        format!(
                            "{:?} is not an ISO 639-1 language code (e.g. \"id\", \"en\", \"ja\")",
                            crate::text::privacy::shown(lang)
                        ),
                    ),
                );
            }
        }
    }
}

/// Each certificate: its number in the format of its kind, its dates on `as_of`, and the
/// products it names among the record's.
fn certifications(c: &mut Collector, e: &Enterprise, as_of: NaiveDate) {
    let names: BTreeSet<&str> = e.products.iter().map(|p| p.name.as_str()).collect();
    for (i, cert) in e.certifications.iter().enumerate() {
        let base = || format!("/certifications/{i}");
        if let Some(n) = &cert.number {
            let r = match cert.kind {
                CertificateKind::Pirt => pirt::validate(n).map(drop),
                CertificateKind::BpomMd | CertificateKind::BpomMl => {
                    bpom::origin(n).and_then(|origin| {
                        // An MD number recorded as ML (or the reverse) has the wrong prefix for its kind.
                        let wanted = if cert.kind == CertificateKind::BpomMd {
                            bpom::Origin::Domestic
                        } else {
                            bpom::Origin::Imported
                        };
                        if origin == wanted {
                            Ok(())
                        } else {
                            Err(IdentifierError::new(
                                crate::id::IdentifierKind::Bpom,
                                Reason::InvalidPrefix,
                            ))
                        }
                    })
                }
                CertificateKind::Halal => halal::validate(n).map(drop),
                _ => Ok(()),
            };
            // A blank number of a kind with a known format is reported once, by its format check.
            let blank_free_text = n.trim().is_empty() && r.is_ok();
            c.check(|| format!("{}/number", base()), r);
            if blank_free_text {
                c.text(
                    || format!("{}/number", base()),
                    n,
                    ("Nomor sertifikat", "Certificate number"),
                );
            }
        }
        check_certificate_dates(c, &base, cert.issued, cert.expires, as_of);
        for (j, name) in cert.products.iter().enumerate() {
            if !names.contains(name.as_str()) {
                c.warn(
                    format!("{}/products/{j}", base()),
                    "certificate.unknown_product",
                    Message::new(
                        format!(
                            "Produk {:?} tidak ada dalam daftar produk",
                            crate::text::privacy::shown(name)
                        ),
                        format!(
                            "Product {:?} is not in the product list",
                            crate::text::privacy::shown(name)
                        ),
                    ),
                );
            }
        }
    }
}

/// Each shipment: not after `as_of`, to a country other than Indonesia, its HS code and
/// value.
fn shipments(c: &mut Collector, e: &Enterprise, as_of: NaiveDate) {
    for (i, s) in e.shipments.iter().enumerate() {
        let base = || format!("/shipments/{i}");
        if s.date > as_of {
            c.warn(
                format!("{}/date", base()),
                "shipment.future",
                Message::new(
                    format!("Tanggal ekspor {} setelah {as_of}", s.date),
                    format!("Export date {} is after {as_of}", s.date),
                ),
            );
        }
        if s.destination == "ID" {
            c.error(
                format!("{}/destination", base()),
                "shipment.domestic",
                Message::new(
                    "Tujuan ekspor tidak boleh Indonesia",
                    "An export destination cannot be Indonesia",
                ),
            );
        } else if !country::is_country(&s.destination) {
            c.error(
                format!("{}/destination", base()),
                "country.unknown",
                Message::new(
                    format!(
                        "{:?} bukan kode negara ISO 3166-1 alpha-2 (mis. \"JP\")",
                        crate::text::privacy::shown(&s.destination)
                    ),
                    format!(
                        "{:?} is not an ISO 3166-1 alpha-2 country code (e.g. \"JP\")",
                        crate::text::privacy::shown(&s.destination)
                    ),
                ),
            );
        }
        if let Some(h) = &s.hs_code {
            c.check(|| format!("{}/hs_code", base()), hs::validate(h));
        }
        c.amount(|| format!("{}/value", base()), &s.value, false);
    }
}

fn check_npwp_form(c: &mut Collector, n: &str, form: npwp::NpwpForm, legal: Option<LegalForm>) {
    use npwp::NpwpForm;
    if form == NpwpForm::Nik16 && nik::district_known(n) == Ok(false) {
        c.warn(
            "/npwp".into(),
            "nik.unknown_district",
            Message::new("Kode kecamatan pada NIK tidak ada lagi dalam data (mungkin dimekarkan); NIK tetap sah", "The NIK's district code is no longer in the data (perhaps split); the NIK stays valid"),
        );
    }
    if let Some(l) = legal {
        if l.is_entity() && form == NpwpForm::Nik16 {
            c.warn(
                "/npwp".into(),
                "npwp.form_mismatch",
                Message::new(
                    "Badan usaha (CV, PT, firma, koperasi) memakai NPWP badan, bukan NIK",
                    "An entity (CV, PT, firma, koperasi) uses an entity NPWP, not a NIK",
                ),
            );
        }
    }
}

fn check_certificate_dates(
    c: &mut Collector,
    base: &dyn Fn() -> String,
    issued: Option<NaiveDate>,
    expires: Option<NaiveDate>,
    as_of: NaiveDate,
) {
    if let (Some(i), Some(x)) = (issued, expires) {
        if i > x {
            c.error(
                format!("{}/expires", base()),
                "certificate.dates_inverted",
                Message::new(
                    "Tanggal kedaluwarsa sebelum tanggal terbit",
                    "Expiry date is before the issue date",
                ),
            );
            return;
        }
    }
    if let Some(i) = issued {
        if i > as_of {
            c.warn(
                format!("{}/issued", base()),
                "certificate.not_yet_issued",
                Message::new(
                    format!("Sertifikat terbit {i}, setelah {as_of}"),
                    format!("Certificate issued on {i}, after {as_of}"),
                ),
            );
        }
    }
    if let Some(x) = expires {
        let days = (x - as_of).num_days();
        if days < 0 {
            c.warn(
                format!("{}/expires", base()),
                "certificate.expired",
                Message::new(
                    format!("Sertifikat kedaluwarsa pada {x}"),
                    format!("Certificate expired on {x}"),
                ),
            );
        } else if days <= EXPIRY_WARNING_DAYS {
            c.warn(
                format!("{}/expires", base()),
                "certificate.expiring",
                Message::new(
                    format!("Sertifikat kedaluwarsa dalam {days} hari ({x}): perpanjang sekarang"),
                    format!("Certificate expires in {days} days ({x}): renew it now"),
                ),
            );
        }
    }
}

fn check_declared_size(c: &mut Collector, e: &Enterprise, as_of: NaiveDate) {
    let (Some(declared), Some((cap_ceilings, sales_ceilings))) = (e.declared_size, ceilings(as_of))
    else {
        return;
    };
    let Some(ceiling_index) = [SizeClass::Micro, SizeClass::Small, SizeClass::Medium]
        .iter()
        .position(|x| *x == declared)
    else {
        return;
    };
    let (Some(cap_ceiling), Some(sales_ceiling)) = (
        cap_ceilings.get(ceiling_index),
        sales_ceilings.get(ceiling_index),
    ) else {
        return;
    };
    let over = |m: &Money, ceiling: &Money| m.is_rupiah() && m.amount > ceiling.amount;
    if let Some(sales) = e.sales_for_size(as_of) {
        if over(&sales.amount, sales_ceiling) {
            let idx = e.annual_sales.iter().position(|s| s == sales).unwrap_or(0);
            c.warn(
                format!("/annual_sales/{idx}/amount"),
                "size.sales_above_declared",
                Message::new(
                    format!(
                        "Penjualan {} sebesar {} melebihi batas {} untuk {}: periksa kelas usaha",
                        sales.year,
                        sales.amount.format_short(crate::Lang::Id),
                        sales_ceiling.format_short(crate::Lang::Id),
                        declared.label(crate::Lang::Id).to_ascii_lowercase()
                    ),
                    format!(
                        "{} sales of {} exceed the {} ceiling of a {}: check the size class",
                        sales.year,
                        sales.amount.format_short(crate::Lang::En),
                        sales_ceiling.format_short(crate::Lang::En),
                        declared.label(crate::Lang::En).to_ascii_lowercase()
                    ),
                ),
            );
        }
    }
    if let Some(cap) = &e.business_capital {
        if over(cap, cap_ceiling) {
            c.warn(
                "/business_capital".into(),
                "size.capital_above_declared",
                Message::new(
                    format!(
                        "Modal usaha {} melebihi batas {}",
                        cap.format_short(crate::Lang::Id),
                        declared.label(crate::Lang::Id).to_ascii_lowercase()
                    ),
                    format!(
                        "Business capital {} exceeds the ceiling of a {}",
                        cap.format_short(crate::Lang::En),
                        declared.label(crate::Lang::En).to_ascii_lowercase()
                    ),
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::enterprise::Certification;

    #[test]
    fn a_blank_certificate_number_is_reported_once() {
        let mut e = Enterprise::new("x");
        e.nib = Some("9120101234561".into());
        for kind in [CertificateKind::Pirt, CertificateKind::Haccp] {
            e.certifications.push(Certification {
                kind,
                number: Some(" ".into()),
                issued: None,
                expires: None,
                products: vec![],
            });
        }
        let r = validate(&e, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
        let codes: Vec<(&str, &str)> = r
            .issues
            .iter()
            .map(|i| (i.path.as_str(), i.code.as_str()))
            .collect();
        assert_eq!(
            codes,
            vec![
                ("/certifications/0/number", "pirt.empty"),
                ("/certifications/1/number", "text.empty")
            ]
        );
    }

    #[test]
    fn a_first_order_quantity_must_be_positive() {
        let e = Enterprise::from_json(
            r#"{"name": "x", "nib": "9120101234561",
                "products": [{"name": "a", "category": "craft", "unit": "piece", "first_order_quantity": "0"},
                             {"name": "b", "category": "craft", "unit": "piece", "first_order_quantity": "1"}]}"#,
        )
        .unwrap();
        let r = validate(&e, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
        let codes: Vec<(&str, &str)> = r
            .issues
            .iter()
            .map(|i| (i.path.as_str(), i.code.as_str()))
            .collect();
        assert_eq!(
            codes,
            vec![("/products/0/first_order_quantity", "quantity.not_positive")]
        );
    }

    #[test]
    fn an_unknown_destination_is_shown_masked() {
        let e = Enterprise::from_json(
            r#"{"name": "x", "nib": "9120101234561",
                "shipments": [{"date": "2025-01-01", "destination": "3275014101900001",
                               "value": {"amount": "1", "currency": "IDR"}}]}"#,
        )
        .unwrap();
        let r = validate(&e, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
        let issue = r.with_code("country.unknown").next().unwrap();
        assert_eq!(issue.path, "/shipments/0/destination");
        assert_eq!(
            issue.message_en,
            "\"****************\" is not an ISO 3166-1 alpha-2 country code (e.g. \"JP\")"
        );
        assert!(!issue.message_id.contains("3275"));
    }
}
