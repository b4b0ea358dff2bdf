//! Certificates of origin (SKA, Surat Keterangan Asal) for a destination on a date.
//!
//! IPSKA offices issue them through e-SKA (Permendag 24/2018 as amended by 39/2020). A
//! preferential form gives the importer the agreement's tariff; it is listed only from the day
//! the agreement gives preference to Indonesian goods at that partner. Form B, the
//! non-preferential certificate, is always listed last as the fallback (it is also what Middle
//! Eastern buyers usually ask for where no agreement applies).
//!
//! The agreements are data (`core/data/agreements.csv`), one row per agreement with its
//! partners, dates and source, so a corrected date is a data change.

use super::destination::IntoDestination;
use super::error::ReadinessError;
use crate::record::enterprise::SkaForm;
use crate::reference::data::AGREEMENTS;
use crate::text::Text;
use chrono::NaiveDate;
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One certificate-of-origin form usable for a destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct OriginForm {
    /// The form.
    pub form: SkaForm,
    /// Agreement code (`IJEPA`, `RCEP`, `NON-PREFERENTIAL`).
    pub agreement: Text,
    /// Agreement name.
    pub agreement_name: Text,
    /// True for forms that give a preferential tariff.
    pub preferential: bool,
    /// First day the form applies for this destination (`None` for Form B).
    #[serde(default)]
    pub in_force_from: Option<NaiveDate>,
    /// Where the date comes from.
    pub source: Text,
    /// `verified` (checked against a named source) or `reference` (from the project's reference
    /// notes, not re-checked).
    pub status: Text,
}

fn date(ymd: Option<(i32, u32, u32)>) -> Option<NaiveDate> {
    ymd.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

/// SKA forms for goods sent to `destination` (ISO 3166-1 alpha-2, or `EU`) on `as_of`:
/// the preferential forms of agreements in force for Indonesia and that partner on that date,
/// oldest agreement first, then Form B.
///
/// ```
/// use umkm::readiness::origin_forms;
/// use umkm::record::enterprise::SkaForm;
/// use chrono::NaiveDate;
///
/// let forms = |d: &str, date| -> Vec<SkaForm> {
///     origin_forms(d, NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap())
///         .unwrap().iter().map(|f| f.form).collect()
/// };
/// assert_eq!(forms("JP", "2025-11-01"), [SkaForm::Ijepa, SkaForm::FormAj, SkaForm::Rcep, SkaForm::FormB]);
/// assert_eq!(forms("AU", "2025-11-01"), [SkaForm::FormAanz, SkaForm::IaCepa, SkaForm::Rcep, SkaForm::FormB]);
/// // The day before RCEP entered into force for Indonesia:
/// assert_eq!(forms("AU", "2023-01-01"), [SkaForm::FormAanz, SkaForm::IaCepa, SkaForm::FormB]);
/// assert_eq!(forms("SA", "2025-11-01"), [SkaForm::FormB]);
/// ```
///
/// # Errors
///
/// `readiness.unknown_country` for a destination that is neither a country code nor `EU`.
pub fn origin_forms(
    destination: impl IntoDestination,
    as_of: NaiveDate,
) -> Result<Vec<OriginForm>, ReadinessError> {
    let destination = destination.into_destination()?;
    let code = destination.as_str();
    let mut preferential = Vec::new();
    let mut fallback = Vec::new();
    for &(ska, agreement, name, partners, from, to, source, status) in AGREEMENTS.iter() {
        let until_ok = date(to).is_none_or(|t| as_of <= t);
        if partners.iter().any(|(p, _)| *p == "*") {
            fallback.push(OriginForm {
                form: ska,
                agreement: Text::fixed(agreement),
                agreement_name: Text::fixed(name),
                preferential: false,
                in_force_from: None,
                source: Text::fixed(source),
                status: Text::fixed(status),
            });
            continue;
        }
        let Some((_, joined)) = partners.iter().find(|(p, _)| *p == code) else {
            continue;
        };
        let start = match (date(from), date(*joined)) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        if start.is_some_and(|s| s <= as_of) && until_ok {
            preferential.push(OriginForm {
                form: ska,
                agreement: Text::fixed(agreement),
                agreement_name: Text::fixed(name),
                preferential: true,
                in_force_from: start,
                source: Text::fixed(source),
                status: Text::fixed(status),
            });
        }
    }
    preferential.sort_by_key(|f| f.in_force_from);
    preferential.extend(fallback);
    Ok(preferential)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn forms(dest: &str, on: &str) -> Vec<SkaForm> {
        origin_forms(dest, d(on))
            .unwrap()
            .iter()
            .map(|f| f.form)
            .collect()
    }

    #[test]
    fn every_agreement_row_reads() {
        for row in AGREEMENTS.iter() {
            // The form is the enum variant itself (the build fails on an unknown form).
            assert!(row.4.is_none() || date(row.4).is_some(), "{:?}", row.0);
            for (p, joined) in row.3.iter() {
                assert!(*p == "*" || crate::reference::country::is_country(p), "{p}");
                assert!(joined.is_none() || date(*joined).is_some());
            }
        }
    }

    #[test]
    fn every_partner_gets_its_form_from_the_first_day_and_not_the_day_before() {
        // Issue 16: for every row and partner, the later of the agreement's first day and the
        // day the partner joined; after a last day the form is gone again.
        for &(form, agreement, _, partners, from, to, _, _) in AGREEMENTS.iter() {
            let Some(from) = date(from) else { continue };
            for &(partner, joined) in partners.iter().filter(|(p, _)| *p != "*") {
                let first = date(joined).map_or(from, |j| j.max(from));
                let listed = |on: NaiveDate| {
                    origin_forms(partner, on)
                        .unwrap()
                        .iter()
                        .any(|f| f.form == form)
                };
                let before = first.pred_opt().unwrap();
                assert!(!listed(before), "{agreement} {partner} on {before}");
                assert!(listed(first), "{agreement} {partner} on {first}");
                if let Some(last) = date(to) {
                    assert!(listed(last), "{agreement} {partner} on {last}");
                    let after = last.succ_opt().unwrap();
                    assert!(!listed(after), "{agreement} {partner} on {after}");
                }
            }
        }
    }

    #[test]
    fn dates_before_entry_into_force_do_not_list_the_agreement() {
        // IJEPA from 2008-07-01, AJCEP between Japan and Indonesia from 2018-03-01 (METI's
        // announcement), RCEP from 2023-01-02.
        assert_eq!(forms("JP", "2008-06-30"), [SkaForm::FormB]);
        assert_eq!(forms("JP", "2008-07-01"), [SkaForm::Ijepa, SkaForm::FormB]);
        assert_eq!(forms("JP", "2018-02-28"), [SkaForm::Ijepa, SkaForm::FormB]);
        assert_eq!(
            forms("JP", "2018-03-01"),
            [SkaForm::Ijepa, SkaForm::FormAj, SkaForm::FormB]
        );
        // ATIGA implemented 17 May 2010 (Kemendag FTA Center).
        assert_eq!(forms("MY", "2010-05-16"), [SkaForm::FormB]);
        assert_eq!(forms("MY", "2010-05-17"), [SkaForm::FormD, SkaForm::FormB]);
        assert_eq!(
            forms("JP", "2023-01-02"),
            [
                SkaForm::Ijepa,
                SkaForm::FormAj,
                SkaForm::Rcep,
                SkaForm::FormB
            ]
        );
        // AANZFTA 2012-01-10, IA-CEPA 2020-07-05.
        assert_eq!(forms("AU", "2012-01-09"), [SkaForm::FormB]);
        assert_eq!(
            forms("AU", "2020-07-04"),
            [SkaForm::FormAanz, SkaForm::FormB]
        );
        assert_eq!(
            forms("NZ", "2025-11-01"),
            [SkaForm::FormAanz, SkaForm::Rcep, SkaForm::FormB]
        );
    }

    #[test]
    fn agreements_added_in_december_2026_start_on_their_day() {
        // (destination, first day, form): IC-CEPA (OAS SICE), IE-CEPA for each EFTA State
        // (EFTA Secretariat), AHKFTA for Indonesia (HKSAR Government, 3 June 2020), IM-PTA
        // (Mozambique's WTO notification), IP-PTA (1 September 2013 in two Kemendag statements).
        let cases = [
            ("CL", "2019-08-10", SkaForm::IcCepa),
            ("CH", "2021-11-01", SkaForm::IeCepa),
            ("NO", "2021-11-01", SkaForm::IeCepa),
            ("IS", "2021-11-01", SkaForm::IeCepa),
            ("LI", "2021-11-01", SkaForm::IeCepa),
            ("HK", "2020-07-04", SkaForm::Ahkfta),
            ("MZ", "2022-06-06", SkaForm::ImPta),
            ("PK", "2013-09-01", SkaForm::IpPta),
        ];
        for (dest, first, form) in cases {
            let day = d(first);
            let before = day.pred_opt().unwrap().to_string();
            assert_eq!(forms(dest, &before), [SkaForm::FormB], "{dest} before");
            assert_eq!(forms(dest, first), [form, SkaForm::FormB], "{dest} from");
            let listed = origin_forms(dest, day).unwrap();
            assert_eq!(listed[0].in_force_from, Some(day));
            assert!(listed[0].preferential);
        }
        // Indonesia-Canada CEPA: Canada's Act comes into force by an order not yet found.
        assert_eq!(forms("CA", "2026-12-01"), [SkaForm::FormB]);
    }

    #[test]
    fn status_says_which_dates_were_checked_against_a_named_source() {
        // Verified: ATIGA (Kemendag FTA Center), AJCEP (METI), IP-PTA (Kemendag's Directors
        // General). Not settled: ACFTA (Indonesia's first day of the Normal Track) and AKFTA
        // (the in-force clause of PMK 75/131/PMK.011/2007 was not read).
        let status = |dest: &str, on: &str, form: SkaForm| {
            let listed = origin_forms(dest, d(on)).unwrap();
            let row = listed.iter().find(|f| f.form == form).unwrap();
            (row.status.to_string(), row.source.to_string())
        };
        for (dest, form, want, cites) in [
            ("MY", SkaForm::FormD, "verified", "ftacenter.kemendag.go.id"),
            ("JP", SkaForm::FormAj, "verified", "METI"),
            ("PK", SkaForm::IpPta, "verified", "Iman Pambagyo"),
            ("CN", SkaForm::FormE, "reference", "MOFCOM"),
            ("KR", SkaForm::FormAk, "reference", "PMK 131/PMK.011/2007"),
        ] {
            let (got, source) = status(dest, "2025-11-01", form);
            assert_eq!(got, want, "{dest}");
            assert!(source.contains(cites), "{dest}: {source}");
        }
    }

    #[test]
    fn partners_that_joined_later() {
        // RCEP for the Philippines from 2023-06-02.
        assert_eq!(forms("PH", "2023-06-01"), [SkaForm::FormD, SkaForm::FormB]);
        assert_eq!(
            forms("PH", "2023-06-02"),
            [SkaForm::FormD, SkaForm::Rcep, SkaForm::FormB]
        );
        let ph = origin_forms("PH", d("2024-01-01")).unwrap();
        assert_eq!(ph[1].in_force_from, Some(d("2023-06-02")));
    }

    #[test]
    fn other_destinations() {
        assert_eq!(
            forms("KR", "2025-11-01"),
            [
                SkaForm::FormAk,
                SkaForm::IkCepa,
                SkaForm::Rcep,
                SkaForm::FormB
            ]
        );
        assert_eq!(
            forms("CN", "2025-11-01"),
            [SkaForm::FormE, SkaForm::Rcep, SkaForm::FormB]
        );
        assert_eq!(forms("AE", "2023-08-31"), [SkaForm::FormB]);
        assert_eq!(
            forms("AE", "2023-09-01"),
            [SkaForm::IuaeCepa, SkaForm::FormB]
        );
        assert_eq!(forms("IN", "2010-10-01"), [SkaForm::FormAi, SkaForm::FormB]);
        assert_eq!(forms("eu", "2025-11-01"), [SkaForm::FormB]);
        assert_eq!(forms(" us ", "2025-11-01"), [SkaForm::FormB]);
        assert_eq!(
            origin_forms("XX", d("2025-11-01")).unwrap_err().code(),
            "readiness.unknown_country"
        );
    }
}
