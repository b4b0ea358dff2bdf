//! Export experience: shipments made up to the date, in its own name, with an SKA, buyers.

use crate::readiness::context::{Context, Finding};
use crate::readiness::messages::{self, missing};
use crate::readiness::report::Outcome;
use crate::record::enterprise::SalesChannel;

/// A shipment recorded up to the date, or an export channel.
pub(super) fn exported(ctx: &Context) -> Finding {
    let n = ctx.shipped().count();
    let channel = ctx.has_channel(SalesChannel::ExportDirect)
        || ctx.has_channel(SalesChannel::ExportIndirect);
    if n > 0 || channel {
        (Outcome::Met, messages::exported(n, ctx.as_of))
    } else {
        (Outcome::Unmet, messages::NOT_EXPORTED)
    }
}

/// A shipment in its own name (not through a trading house), or the direct export channel.
pub(super) fn exported_direct(ctx: &Context) -> Finding {
    let direct = ctx.shipped().filter(|s| !s.indirect).count();
    if direct > 0 || ctx.has_channel(SalesChannel::ExportDirect) {
        (Outcome::Met, messages::exported_direct(direct))
    } else {
        (Outcome::Unmet, messages::NOT_EXPORTED_DIRECT)
    }
}

/// A shipment with a certificate of origin (SKA).
pub(super) fn ska_issued(ctx: &Context) -> Finding {
    let n = ctx.shipped().filter(|s| s.ska_form.is_some()).count();
    if n > 0 {
        (Outcome::Met, messages::ska_issued(n))
    } else {
        (Outcome::Unmet, messages::NO_SKA)
    }
}

/// A buyer contact or a shipment.
pub(super) fn buyer_contact(ctx: &Context) -> Finding {
    let contacts = ctx.enterprise.marketing.buyer_contacts;
    let shipped = ctx.shipped().count();
    match contacts {
        _ if contacts.unwrap_or(0) > 0 || shipped > 0 => (
            Outcome::Met,
            messages::buyer_contacts(contacts.unwrap_or(0), shipped),
        ),
        None => (Outcome::NotRecorded, missing::BUYER_CONTACTS),
        Some(_) => (Outcome::Unmet, messages::NO_BUYER),
    }
}
