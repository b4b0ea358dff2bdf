//! Management and finance: bank account, bookkeeping, working capital, credit, export staff.

use crate::money::Money;
use crate::readiness::context::{at_least, met_if, yes_no, Context, Finding};
use crate::readiness::messages::{self, missing};
use crate::readiness::report::Outcome;
use crate::record::enterprise::Bookkeeping;

/// A business bank account.
pub(super) fn bank_account(ctx: &Context) -> Finding {
    yes_no(
        ctx.enterprise.management.business_bank_account,
        messages::BANK_ACCOUNT,
        messages::NO_BANK_ACCOUNT,
        missing::BANK_ACCOUNT,
    )
}

/// Bookkeeping at least at the level `min`.
pub(super) fn bookkeeping(ctx: &Context, min: Bookkeeping) -> Finding {
    at_least(
        ctx.enterprise.management.bookkeeping,
        min,
        missing::BOOKKEEPING,
        messages::bookkeeping,
    )
}

/// Working capital of at least `min`, in the same currency (another currency is not
/// converted: the finding says so and counts as not recorded).
pub(super) fn working_capital(ctx: &Context, min: &Money) -> Finding {
    let Some(have) = &ctx.enterprise.management.working_capital else {
        return (Outcome::NotRecorded, missing::WORKING_CAPITAL);
    };
    if have.currency != min.currency {
        return (
            Outcome::NotRecorded,
            messages::working_capital_currency(&have.currency, &min.currency),
        );
    }
    (
        met_if(have.amount >= min.amount),
        messages::working_capital(have, min),
    )
}

/// Access to credit.
pub(super) fn credit(ctx: &Context) -> Finding {
    yes_no(
        ctx.enterprise.management.credit_access,
        messages::CREDIT,
        messages::NO_CREDIT,
        missing::CREDIT,
    )
}

/// At least `min` export-skilled staff.
pub(super) fn export_staff(ctx: &Context, min: u32) -> Finding {
    at_least(
        ctx.enterprise.management.export_skilled_staff,
        min,
        missing::EXPORT_STAFF,
        messages::export_staff,
    )
}
