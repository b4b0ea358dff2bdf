//! The checks of the readiness model, one small function per [`Check`] from the
//! [`Context`] to a finding, grouped by what they look at: [`legality`], [`product`],
//! [`capacity`], [`market`], [`management`], [`experience`], and the certificate lists
//! ([`certificates`]). The sentences come from [`super::messages`]; the points, the gap a rule
//! leaves and its action from the rule set.

mod capacity;
mod certificates;
mod experience;
mod legality;
mod management;
mod market;
mod product;

use super::context::{Context, Evaluation, Finding};
use super::messages;
use super::report::{Gap, Outcome};
use super::ruleset::{Check, Rule};
use super::terms::Agency;
use crate::text::Message;
use rust_decimal::Decimal;

/// Applies one rule: a certificate list gives points in proportion to what is held; any other
/// rule is met (all its points) or not (none, and one gap with the rule's action).
pub(crate) fn evaluate(ctx: &Context, rule: &Rule) -> Evaluation {
    match rule.check {
        Check::RequiredCertificates => return certificates::evaluate(ctx, rule, &ctx.required),
        Check::RecommendedCertificates => {
            return certificates::evaluate(ctx, rule, &ctx.recommended)
        }
        Check::LabelLanguage if !ctx.market.label_categories.contains(&ctx.product.category) => {
            return Evaluation {
                awarded: rule.points,
                outcome: Outcome::NotApplicable,
                detail: messages::LABEL_NOT_ASKED,
                gaps: Vec::new(),
            }
        }
        _ => {}
    }
    let (outcome, detail) = fact(ctx, &rule.check);
    let met = matches!(outcome, Outcome::Met | Outcome::NotApplicable);
    Evaluation {
        awarded: if met { rule.points } else { Decimal::ZERO },
        outcome,
        detail,
        gaps: if met { Vec::new() } else { vec![gap(rule)] },
    }
}

/// The gap an unmet rule leaves: its points, message and action as the rule set writes them.
fn gap(rule: &Rule) -> Gap {
    Gap {
        step: rule.id.clone(),
        rule: rule.id.clone(),
        dimension: rule.dimension,
        points: rule.points,
        blocker: rule.blocker,
        certificate: None,
        message: rule.unmet.clone(),
        action: rule.action.clone(),
        agency: rule.agency.unwrap_or(Agency::Dinas),
        lead_time_days: rule.lead_time_days.unwrap_or(0),
        after: rule.after.clone(),
    }
}

/// What a rule that is met or not as a whole finds.
fn fact(ctx: &Context, check: &Check) -> Finding {
    match check {
        Check::HasNib => legality::nib(ctx),
        Check::HasNpwp => legality::npwp(ctx),
        Check::LegalEntity => legality::legal_entity(ctx),
        Check::BusinessBankAccount => management::bank_account(ctx),
        Check::LabelLanguage => product::label_language(ctx),
        Check::ExportPackaging => product::export_packaging(ctx),
        Check::QualityControl { certificates } => product::quality_control(ctx, certificates),
        Check::FirstOrderCapacity { working_days } => capacity::first_order(ctx, *working_days),
        Check::StableOutput { max_ratio } => capacity::stable_output(ctx, *max_ratio),
        Check::RawMaterialSecured => capacity::raw_material(ctx),
        Check::ModernRetail => market::modern_retail(ctx),
        Check::OnlinePresence => market::online(ctx),
        Check::TradeFairs { min } => market::trade_fairs(ctx, *min),
        Check::ExportQuotation => market::export_quotation(ctx),
        Check::Bookkeeping { min } => management::bookkeeping(ctx, *min),
        Check::WorkingCapital { min } => management::working_capital(ctx, min),
        Check::CreditAccess => management::credit(ctx),
        Check::ExportSkilledStaff { min } => management::export_staff(ctx, *min),
        Check::ExportedBefore => experience::exported(ctx),
        Check::ExportedDirect => experience::exported_direct(ctx),
        Check::SkaIssuedBefore => experience::ska_issued(ctx),
        Check::BuyerContact => experience::buyer_contact(ctx),
        // Certificate lists are evaluated by `certificates`.
        Check::RequiredCertificates | Check::RecommendedCertificates => {
            (Outcome::NotApplicable, Message::fixed("", ""))
        }
    }
}
