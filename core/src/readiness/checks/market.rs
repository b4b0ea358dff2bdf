//! Market access: modern retail, online presence, trade fairs, export quotations.

use crate::readiness::context::{at_least, Context, Finding};
use crate::readiness::messages::{self, missing};
use crate::readiness::report::Outcome;
use crate::readiness::terms::snake_name;
use crate::record::enterprise::SalesChannel;

/// Partners in modern retail (Alfamidi and the like), or the modern-retail channel.
pub(super) fn modern_retail(ctx: &Context) -> Finding {
    let partners = &ctx.enterprise.retail_partners;
    if !partners.is_empty() {
        (
            Outcome::Met,
            messages::retail_partners(&partners.join(", ")),
        )
    } else if ctx.has_channel(SalesChannel::ModernRetail) {
        (Outcome::Met, messages::MODERN_RETAIL)
    } else {
        (Outcome::Unmet, messages::NO_MODERN_RETAIL)
    }
}

/// Sells on a marketplace, a website or social media.
pub(super) fn online(ctx: &Context) -> Finding {
    let online = [
        SalesChannel::Marketplace,
        SalesChannel::Website,
        SalesChannel::SocialMedia,
    ]
    .iter()
    .any(|c| ctx.has_channel(*c));
    if online {
        (Outcome::Met, messages::ONLINE)
    } else {
        (Outcome::Unmet, messages::NOT_ONLINE)
    }
}

/// At least `min` trade fairs.
pub(super) fn trade_fairs(ctx: &Context, min: u32) -> Finding {
    at_least(
        ctx.enterprise.marketing.trade_fairs,
        min,
        missing::TRADE_FAIRS,
        messages::trade_fairs,
    )
}

/// Quotes in an Incoterm fit for export (FOB, CIF…), not only ex works.
pub(super) fn export_quotation(ctx: &Context) -> Finding {
    let incoterms = &ctx.enterprise.marketing.incoterms;
    let mut terms = String::new();
    for (i, t) in incoterms.iter().enumerate() {
        if i > 0 {
            terms.push_str(", ");
        }
        terms.push_str(snake_name(t));
    }
    terms.make_ascii_uppercase();
    if incoterms.iter().any(|t| t.is_export_quotation()) {
        (Outcome::Met, messages::quotes_in(&terms))
    } else if terms.is_empty() {
        (Outcome::NotRecorded, missing::INCOTERMS)
    } else {
        (Outcome::Unmet, messages::only_terms(&terms))
    }
}
