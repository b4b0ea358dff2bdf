//! What an assessment reads: the [`Context`] every check is given, the product found by its
//! name, and what a check answers ([`Finding`], [`Evaluation`]).

use super::error::ReadinessError;
use super::messages;
use super::report::{Gap, Outcome};
use super::ruleset::{CertificateNeed, MarketProfile, Requirement, RuleSet};
use crate::record::enterprise::{
    CertificateKind, Certification, Enterprise, Product, SalesChannel, Shipment,
};
use crate::text::Message;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// What a rule gave: its points, outcome and detail, and the gaps it leaves.
pub(crate) struct Evaluation {
    pub(crate) awarded: Decimal,
    pub(crate) outcome: Outcome,
    pub(crate) detail: Message,
    pub(crate) gaps: Vec<Gap>,
}

/// What every check reads: the rule set, the record, the product, the market and the date,
/// and the certificates the market's requirements ask of this product.
pub(crate) struct Context<'a> {
    pub(crate) set: &'a RuleSet,
    pub(crate) enterprise: &'a Enterprise,
    pub(crate) product: &'a Product,
    pub(crate) market: &'a MarketProfile,
    pub(crate) as_of: NaiveDate,
    pub(crate) required: Vec<CertificateNeed>,
    pub(crate) recommended: Vec<CertificateNeed>,
}

impl Context<'_> {
    /// Whether a certificate covers the product (one naming no product covers them all).
    pub(crate) fn covers(&self, c: &Certification) -> bool {
        c.products.is_empty() || c.products.iter().any(|p| same_name(p, &self.product.name))
    }

    /// The kind that meets a need: its own kind or an alternative, held and valid on `as_of`.
    pub(crate) fn meets(&self, need: &CertificateNeed) -> Option<CertificateKind> {
        std::iter::once(&need.kind)
            .chain(need.alternatives.iter())
            .copied()
            .find(|k| self.valid(*k).is_some())
    }

    /// A certificate of this kind covering the product and valid on `as_of` (the latest
    /// expiring).
    pub(crate) fn valid(&self, kind: CertificateKind) -> Option<&Certification> {
        self.enterprise
            .certifications
            .iter()
            .filter(|c| c.kind == kind && self.covers(c) && c.is_valid_on(self.as_of))
            .max_by_key(|c| c.expires)
    }

    /// The latest-expiring certificate of this kind covering the product, valid or not.
    pub(crate) fn latest(&self, kind: CertificateKind) -> Option<&Certification> {
        self.enterprise
            .certifications
            .iter()
            .filter(|c| c.kind == kind && self.covers(c))
            .max_by_key(|c| c.expires)
    }

    /// A certificate's name from the rule set's catalogue.
    pub(crate) fn cert_name(&self, kind: CertificateKind) -> Message {
        self.set
            .certificate(kind)
            .map(|c| c.name.clone())
            .unwrap_or_else(|| messages::unnamed(&kind))
    }

    /// The shipments made up to `as_of`.
    pub(crate) fn shipped(&self) -> impl Iterator<Item = &Shipment> {
        let as_of = self.as_of;
        self.enterprise
            .shipments
            .iter()
            .filter(move |s| s.date <= as_of)
    }

    /// Whether the enterprise sells through the channel.
    pub(crate) fn has_channel(&self, channel: SalesChannel) -> bool {
        self.enterprise.sales_channels.contains(&channel)
    }
}

/// What a check found: the outcome and the sentence that says why.
pub(crate) type Finding = (Outcome, Message);

/// The finding of a recorded yes/no fact.
pub(crate) fn yes_no(
    value: Option<bool>,
    met: Message,
    unmet: Message,
    missing: Message,
) -> Finding {
    match value {
        Some(true) => (Outcome::Met, met),
        Some(false) => (Outcome::Unmet, unmet),
        None => (Outcome::NotRecorded, missing),
    }
}

/// `Met` when `ok`, else `Unmet`.
pub(crate) fn met_if(ok: bool) -> Outcome {
    if ok {
        Outcome::Met
    } else {
        Outcome::Unmet
    }
}

/// The finding of a recorded value that must be at least `min`: met or unmet with the
/// sentence `said` writes of it, or not recorded.
pub(crate) fn at_least<T: PartialOrd + Copy>(
    value: Option<T>,
    min: T,
    missing: Message,
    said: impl FnOnce(T, T) -> Message,
) -> Finding {
    match value {
        None => (Outcome::NotRecorded, missing),
        Some(v) => (met_if(v >= min), said(v, min)),
    }
}

impl<'a> Context<'a> {
    /// The context of one assessment; the certificates are those the requirements that apply
    /// to the product ask for, merged by kind (a recommended one that is also required counts
    /// once, as required).
    pub(crate) fn new(
        set: &'a RuleSet,
        enterprise: &'a Enterprise,
        product: &'a Product,
        market: &'a MarketProfile,
        as_of: NaiveDate,
        requirements: &[&Requirement],
    ) -> Self {
        let required = merge(requirements.iter().flat_map(|r| r.required.iter().cloned()));
        let recommended = merge(
            requirements
                .iter()
                .flat_map(|r| r.recommended.iter().cloned()),
        )
        .into_iter()
        .filter(|n| !required.iter().any(|r| r.kind == n.kind))
        .collect();
        Context {
            set,
            enterprise,
            product,
            market,
            as_of,
            required,
            recommended,
        }
    }
}

/// Merges needs of the same kind (their `after` lists join; the first override wins).
fn merge(needs: impl Iterator<Item = CertificateNeed>) -> Vec<CertificateNeed> {
    let mut out: Vec<CertificateNeed> = Vec::new();
    for need in needs {
        match out.iter_mut().find(|n| n.kind == need.kind) {
            Some(n) => {
                n.agency = n.agency.or(need.agency);
                n.lead_time_days = n.lead_time_days.or(need.lead_time_days);
                // Met by an alternative only where every list naming the need allows it.
                n.alternatives.retain(|a| need.alternatives.contains(a));
                for a in need.after {
                    if !n.after.contains(&a) {
                        n.after.push(a);
                    }
                }
            }
            None => out.push(need),
        }
    }
    out
}

/// Product names are the same ignoring case (Unicode's lower case, final sigma as sigma) and
/// the spaces around them.
fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        folded(a).eq(folded(b))
    }
}

/// The text in lower case as `char::to_lowercase` gives it, final sigma as sigma.
fn folded(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ς' { 'σ' } else { c })
}

/// Finds a product by name.
pub(crate) fn find_product<'a>(
    enterprise: &'a Enterprise,
    name: &str,
) -> Result<&'a Product, ReadinessError> {
    enterprise
        .products
        .iter()
        .find(|p| p.name == name)
        .or_else(|| {
            enterprise
                .products
                .iter()
                .find(|p| same_name(&p.name, name))
        })
        .ok_or_else(|| ReadinessError::UnknownProduct {
            product: name.to_string(),
            available: enterprise.products.iter().map(|p| p.name.clone()).collect(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn product_names_match_ignoring_case_in_any_script() {
        assert!(same_name(" KOPI GAYO ", "kopi gayo"));
        assert!(same_name("Kue Éclair", "KUE ÉCLAIR"));
        assert!(same_name("Bánh Mì Đặc Biệt", "BÁNH MÌ ĐẶC BIỆT"));
        assert!(same_name("ΟΔΟΣ", "οδος"));
        assert!(same_name("Пельмени", "ПЕЛЬМЕНИ"));
        assert!(same_name("Ⴀ", "ⴀ")); // Georgian: any script Unicode cases
        assert!(!same_name("Kopi", "Kopi Gayo"));
    }
}
