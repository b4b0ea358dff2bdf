//! The product: label languages the market asks for, export packaging, quality control.

use crate::readiness::context::{yes_no, Context, Finding};
use crate::readiness::messages::{self, missing};
use crate::readiness::report::Outcome;
use crate::record::enterprise::CertificateKind;

/// The label is in a language the market asks for (one is enough).
pub(super) fn label_language(ctx: &Context) -> Finding {
    let have = &ctx.product.label_languages;
    let asked = &ctx.market.label_languages;
    let wanted = asked.join(", ");
    if have.is_empty() {
        return (
            Outcome::NotRecorded,
            messages::label_languages_missing(&wanted),
        );
    }
    let met = have
        .iter()
        .any(|l| asked.iter().any(|w| w.eq_ignore_ascii_case(l)));
    (
        if met { Outcome::Met } else { Outcome::Unmet },
        messages::label_languages(&have.join(", "), &wanted),
    )
}

/// Export-grade packaging.
pub(super) fn export_packaging(ctx: &Context) -> Finding {
    yes_no(
        ctx.product.export_packaging,
        messages::EXPORT_PACKAGING,
        messages::NO_EXPORT_PACKAGING,
        missing::EXPORT_PACKAGING,
    )
}

/// A valid quality-system certificate (the first of `certificates` held), or else a written
/// quality-control procedure.
pub(super) fn quality_control(ctx: &Context, certificates: &[CertificateKind]) -> Finding {
    if let Some(c) = certificates.iter().find_map(|k| ctx.valid(*k)) {
        return (
            Outcome::Met,
            messages::quality_system(&ctx.cert_name(c.kind)),
        );
    }
    yes_no(
        ctx.product.quality_control,
        messages::QUALITY_PROCEDURE,
        messages::NO_QUALITY_SYSTEM,
        missing::QUALITY_CONTROL,
    )
}
