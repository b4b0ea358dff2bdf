//! Certificate lists: the certificates a market requires or recommends for the product's
//! category, each met by its own kind or an allowed alternative valid on the date.

use crate::readiness::context::{Context, Evaluation};
use crate::readiness::messages::{self, Names};
use crate::readiness::points::one_dp;
use crate::readiness::report::{Gap, Outcome};
use crate::readiness::ruleset::{certificate_step, CertificateInfo, CertificateNeed, Check, Rule};
use crate::readiness::terms::Agency;
use crate::text::{Lang, Message};
use rust_decimal::Decimal;

/// Points in proportion to the certificates held, one gap per missing certificate worth the
/// points it adds.
pub(super) fn evaluate(ctx: &Context, rule: &Rule, needs: &[CertificateNeed]) -> Evaluation {
    if needs.is_empty() {
        return Evaluation {
            awarded: rule.points,
            outcome: Outcome::NotApplicable,
            detail: if matches!(rule.check, Check::RecommendedCertificates) {
                messages::NO_RECOMMENDED_CERTIFICATE
            } else {
                messages::NO_REQUIRED_CERTIFICATE
            },
            gaps: Vec::new(),
        };
    }
    let (held, missing): (Vec<&CertificateNeed>, Vec<&CertificateNeed>) =
        needs.iter().partition(|need| ctx.meets(need).is_some());
    let share = |k: usize| share(rule.points, k, needs.len());
    let detail = messages::certificates_valid(
        held.len(),
        needs.len(),
        ctx.as_of,
        &names(ctx, &held),
        &names(ctx, &missing),
    );
    let outcome = match (held.len(), missing.len()) {
        (_, 0) => Outcome::Met,
        (0, _) => Outcome::Unmet,
        _ => Outcome::Partial,
    };
    let gaps = missing
        .iter()
        .enumerate()
        .map(|(i, need)| {
            let points = share(held.len() + i + 1).saturating_sub(share(held.len() + i));
            gap(ctx, rule, need, points)
        })
        .collect();
    Evaluation {
        awarded: share(held.len()),
        outcome,
        detail,
        gaps,
    }
}

/// The points of `k` certificates out of `n`, to one decimal place. A rule set built in Rust
/// skips the checks of `from_json`: the arithmetic saturates.
fn share(points: Decimal, k: usize, n: usize) -> Decimal {
    one_dp(
        points
            .checked_mul(Decimal::from(k))
            .and_then(|p| p.checked_div(Decimal::from(n)))
            .unwrap_or(Decimal::MAX),
    )
}

/// The names of the certificates (of the kind that meets each need, where one does), joined.
fn names(ctx: &Context, needs: &[&CertificateNeed]) -> Names {
    let list = |lang: Lang| {
        let mut out = String::new();
        for (i, n) in needs.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(ctx.cert_name(ctx.meets(n).unwrap_or(n.kind)).get(lang));
        }
        out
    };
    Names {
        id: list(Lang::Id),
        en: list(Lang::En),
    }
}

/// The gap a missing certificate leaves: expired or never held, with the catalogue's agency,
/// lead time and prerequisites unless the requirement overrides them.
fn gap(ctx: &Context, rule: &Rule, need: &CertificateNeed, points: Decimal) -> Gap {
    let info = ctx.set.certificate(need.kind);
    let name = ctx.cert_name(need.kind);
    let agency = need
        .agency
        .or(info.map(|c| c.agency))
        .unwrap_or(Agency::Dinas);
    let mut after = info.map(|c| c.after.clone()).unwrap_or_default();
    after.extend(need.after.iter().cloned());
    Gap {
        step: certificate_step(need.kind),
        rule: rule.id.clone(),
        dimension: rule.dimension,
        points,
        blocker: rule.blocker,
        certificate: Some(need.kind),
        message: missing_message(ctx, need, info, &name),
        action: messages::obtain(&name, &agency.name()),
        agency,
        lead_time_days: need
            .lead_time_days
            .or(info.map(|c| c.lead_time_days))
            .unwrap_or(30),
        after,
    }
}

/// Why a certificate is missing, with the catalogue's note where a certificate the
/// enterprise holds does not replace it (a P-IRT is not an MD).
fn missing_message(
    ctx: &Context,
    need: &CertificateNeed,
    info: Option<&CertificateInfo>,
    name: &Message,
) -> Message {
    let message = match ctx.latest(need.kind).and_then(|c| c.expires) {
        Some(expired) if expired < ctx.as_of => messages::certificate_expired(name, expired),
        _ => messages::certificate_missing(name),
    };
    match info.and_then(|i| i.note.as_ref().map(|note| (i, note))) {
        Some((info, note)) if info.not_replaced_by.iter().any(|k| ctx.valid(*k).is_some()) => {
            messages::with_note(message, note)
        }
        _ => message,
    }
}
