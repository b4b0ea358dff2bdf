//! Legality: a valid NIB and NPWP, and a legal entity (badan usaha).

use crate::readiness::context::{met_if, Context, Finding};
use crate::readiness::messages::{self, missing};
use crate::readiness::report::Outcome;
use crate::readiness::terms::snake_name;
use crate::text::Message;

/// The NIB (Nomor Induk Berusaha, PP 28/2025) is recorded and valid.
pub(super) fn nib(ctx: &Context) -> Finding {
    identifier(
        "NIB",
        missing::NIB,
        ctx.enterprise.nib.as_deref(),
        crate::id::nib::validate,
    )
}

/// The NPWP is recorded and valid (the PEB and the SKA need it).
pub(super) fn npwp(ctx: &Context) -> Finding {
    identifier(
        "NPWP",
        missing::NPWP,
        ctx.enterprise.npwp.as_deref(),
        crate::id::npwp::validate,
    )
}

/// The legal form is an entity (PT, CV, cooperative…), not an individual's business.
pub(super) fn legal_entity(ctx: &Context) -> Finding {
    match ctx.enterprise.legal_form {
        None => (Outcome::NotRecorded, missing::LEGAL_FORM),
        Some(f) => (
            met_if(f.is_entity()),
            messages::legal_form(snake_name(&f), f.is_entity()),
        ),
    }
}

/// A recorded identifier that must be valid: met, invalid (with the error code) or not recorded.
/// The number itself is not repeated, only its shown form (a NIK's digits never).
fn identifier(
    label: &str,
    missing: Message,
    value: Option<&str>,
    validate: fn(&str) -> Result<crate::id::Compact, crate::IdentifierError>,
) -> Finding {
    match value {
        None => (Outcome::NotRecorded, missing),
        Some(n) => match validate(n) {
            Ok(_) => (Outcome::Met, messages::identifier_valid(label)),
            Err(err) => (
                Outcome::Unmet,
                messages::identifier_invalid(label, &crate::text::privacy::shown(n), err.code()),
            ),
        },
    }
}
