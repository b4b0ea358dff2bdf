//! The action plan: the gaps of an assessment ordered so that every open prerequisite comes
//! first (blockers by their earliest start, then the rest by points per day of lead time), each
//! with its earliest start and finish; the earliest date the product can be export ready; and
//! a per-shipment step for each shipment document.

use super::messages;
use super::points::one_dp;
use super::report::{DocumentStatus, Gap, PlanStep};
use super::ruleset::certificate_step;
use super::terms::ShipmentDocument;
use crate::text::Text;
use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use std::cmp::Reverse;
use std::collections::BTreeMap;

/// The gaps of a report in plan order, with each step's earliest start and finish.
pub(crate) struct Plan {
    /// Gaps that block export, in plan order.
    pub(crate) blockers: Vec<Gap>,
    /// The other gaps, in plan order.
    pub(crate) others: Vec<Gap>,
    /// Each step id's gap, as a position in the gaps as drafted (its last, if repeated).
    position: BTreeMap<Text, usize>,
    /// Start and finish of each drafted gap.
    times: Vec<Option<(NaiveDate, NaiveDate)>>,
    as_of: NaiveDate,
}

impl Plan {
    /// Orders the gaps as drafted (points to one decimal place, prerequisites kept only where
    /// they are open gaps themselves) and schedules them from `as_of`. Worked on positions:
    /// step ids are compared once, to find each prerequisite's gap (a repeated step id means
    /// its last gap, as a map would).
    pub(crate) fn new(mut gaps: Vec<Gap>, as_of: NaiveDate) -> Plan {
        let mut position: BTreeMap<Text, usize> = BTreeMap::new();
        for (i, g) in gaps.iter().enumerate() {
            position.insert(g.step.clone(), i);
        }
        for g in &mut gaps {
            g.points = one_dp(g.points);
            g.after.retain(|a| position.contains_key(a));
            g.after.dedup();
        }
        let canon: Vec<usize> = gaps
            .iter()
            .enumerate()
            .map(|(i, g)| position.get(&g.step).copied().unwrap_or(i))
            .collect();
        let after: Vec<Vec<usize>> = gaps
            .iter()
            .map(|g| {
                g.after
                    .iter()
                    .filter_map(|a| position.get(a).copied())
                    .collect()
            })
            .collect();
        // The map's values are each step id's gap, in the order of the ids.
        let steps: Vec<usize> = position.values().copied().collect();
        let times = schedule(&gaps, &steps, &after, as_of);
        let mut plan = Plan {
            blockers: Vec::new(),
            others: Vec::new(),
            position,
            times,
            as_of,
        };
        let (blockers, others) = plan.order(&gaps, &canon, &after);
        let mut slots: Vec<Option<Gap>> = gaps.into_iter().map(Some).collect();
        let mut take = |order: Vec<usize>| -> Vec<Gap> {
            order
                .into_iter()
                .filter_map(|i| slots.get_mut(i).and_then(Option::take))
                .collect()
        };
        plan.blockers = take(blockers);
        plan.others = take(others);
        plan
    }

    /// Positions of the blockers, by earliest start then longest lead time, and of the other
    /// gaps, by points per day of lead time then points; each list keeps prerequisites first.
    fn order(
        &self,
        gaps: &[Gap],
        canon: &[usize],
        after: &[Vec<usize>],
    ) -> (Vec<usize>, Vec<usize>) {
        let per_day = |g: &Gap| g.points / Decimal::from(g.lead_time_days.max(1));
        let (mut blockers, mut others): (Vec<usize>, Vec<usize>) =
            (0..gaps.len()).partition(|i| gaps.get(*i).is_some_and(|g| g.blocker));
        // Keys computed once per gap (a comparison must not divide decimals or look up dates).
        blockers.sort_by_cached_key(|i| {
            gaps.get(*i).map(|g| {
                (
                    self.start_of(&g.step),
                    Reverse(g.lead_time_days),
                    g.step.clone(),
                )
            })
        });
        others.sort_by_cached_key(|i| {
            gaps.get(*i)
                .map(|g| (Reverse(per_day(g)), Reverse(g.points), g.step.clone()))
        });
        let mut placed = vec![false; gaps.len()];
        let blockers = topological(&blockers, canon, after, &mut placed);
        let others = topological(&others, canon, after, &mut placed);
        (blockers, others)
    }

    fn time_of(&self, id: &str) -> Option<(NaiveDate, NaiveDate)> {
        self.position
            .get(id)
            .and_then(|i| self.times.get(*i).copied().flatten())
    }

    /// The earliest start of a step (the date of the assessment for one not in the plan).
    pub(crate) fn start_of(&self, id: &str) -> NaiveDate {
        self.time_of(id).map_or(self.as_of, |t| t.0)
    }

    /// The earliest finish of a step (the date of the assessment for one not in the plan).
    pub(crate) fn finish_of(&self, id: &str) -> NaiveDate {
        self.time_of(id).map_or(self.as_of, |t| t.1)
    }

    /// The latest finish of any gap's step (`as_of` with none): no gap step, and so no ready
    /// date, ends after it.
    pub(crate) fn latest_finish(&self) -> NaiveDate {
        self.times
            .iter()
            .flatten()
            .map(|t| t.1)
            .max()
            .unwrap_or(self.as_of)
    }

    /// The earliest ready date: when the blockers' chains are done, and the gaps in plan order
    /// still needed to take `score` to `target` (the export-ready score).
    pub(crate) fn ready_date(&self, score: Decimal, target: Decimal) -> NaiveDate {
        let mut projected = self
            .blockers
            .iter()
            .fold(score, |sum, g| sum.saturating_add(g.points));
        let mut ready = self
            .blockers
            .iter()
            .map(|g| self.finish_of(&g.step))
            .max()
            .unwrap_or(self.as_of);
        for g in &self.others {
            if projected >= target {
                break;
            }
            projected = projected.saturating_add(g.points);
            ready = ready.max(self.finish_of(&g.step));
        }
        ready
    }

    /// The steps: every gap in plan order, then one per-shipment step for each document,
    /// starting when its certificates are done and not before `ready`; numbered from 1.
    pub(crate) fn steps(&self, documents: &[DocumentStatus], ready: NaiveDate) -> Vec<PlanStep> {
        let mut plan: Vec<PlanStep> = self
            .blockers
            .iter()
            .chain(self.others.iter())
            .map(|g| self.gap_step(g))
            .collect();
        plan.extend(documents.iter().map(|d| self.document_step(d, ready)));
        for (i, step) in plan.iter_mut().enumerate() {
            step.order = u32::try_from(i + 1).unwrap_or(u32::MAX);
        }
        plan
    }

    fn gap_step(&self, g: &Gap) -> PlanStep {
        PlanStep {
            order: 0,
            step: g.step.clone(),
            blocker: g.blocker,
            per_shipment: false,
            action: g.action.clone(),
            agency: g.agency,
            lead_time_days: g.lead_time_days,
            points: g.points,
            after: g.after.clone(),
            start: self.start_of(&g.step),
            finish: self.finish_of(&g.step),
        }
    }

    fn document_step(&self, d: &DocumentStatus, ready: NaiveDate) -> PlanStep {
        let after: Vec<Text> = d
            .requires
            .iter()
            .chain(d.requires_any.iter())
            .map(|k| certificate_step(*k))
            .filter(|s| self.position.contains_key(s))
            .collect();
        let start = after
            .iter()
            .map(|a| self.finish_of(a))
            .max()
            .unwrap_or(self.as_of)
            .max(ready);
        PlanStep {
            order: 0,
            step: document_step(d.document),
            blocker: false,
            per_shipment: true,
            action: messages::per_shipment(&d.name, &d.agency.name()),
            agency: d.agency,
            lead_time_days: d.lead_time_days,
            points: one_dp(Decimal::ZERO),
            after,
            start,
            finish: add_days(start, d.lead_time_days),
        }
    }
}

fn document_step(doc: ShipmentDocument) -> Text {
    // Written out so a step id costs nothing per report; a test holds each to `document.` + the
    // document's JSON name, and a new document cannot compile without one.
    Text::fixed(match doc {
        ShipmentDocument::HealthCertificateFish => "document.health_certificate_fish",
        ShipmentDocument::PhytosanitaryCertificate => "document.phytosanitary_certificate",
        ShipmentDocument::FumigationCertificate => "document.fumigation_certificate",
        ShipmentDocument::VLegalDocument => "document.v_legal_document",
        ShipmentDocument::BpomHealthCertificate => "document.bpom_health_certificate",
        ShipmentDocument::CertificateOfOrigin => "document.certificate_of_origin",
        ShipmentDocument::Peb => "document.peb",
    })
}

fn add_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

/// Earliest start and finish of every gap: its lead time after the latest of its open
/// prerequisites (`after`, as positions). `steps` holds each step id's gap once (its last),
/// in the order of the ids.
fn schedule(
    gaps: &[Gap],
    steps: &[usize],
    after: &[Vec<usize>],
    as_of: NaiveDate,
) -> Vec<Option<(NaiveDate, NaiveDate)>> {
    struct Plan<'a> {
        gaps: &'a [Gap],
        after: &'a [Vec<usize>],
        as_of: NaiveDate,
        steps: usize,
        memo: Vec<Option<(NaiveDate, NaiveDate)>>,
    }
    fn finish(p: &mut Plan, i: usize, depth: usize) -> NaiveDate {
        if let Some(Some((_, f))) = p.memo.get(i) {
            return *f;
        }
        let (Some(g), Some(deps)) = (p.gaps.get(i), p.after.get(i)) else {
            return p.as_of;
        };
        // A well-formed rule set has no cycle; the depth bound keeps a bad one finite.
        let mut start = p.as_of;
        if depth <= p.steps {
            for &j in deps {
                start = start.max(finish(p, j, depth + 1));
            }
        }
        let end = add_days(start, g.lead_time_days);
        if let Some(slot) = p.memo.get_mut(i) {
            *slot = Some((start, end));
        }
        end
    }
    let mut plan = Plan {
        gaps,
        after,
        as_of,
        steps: steps.len(),
        memo: vec![None; gaps.len()],
    };
    for &i in steps {
        finish(&mut plan, i, 0);
    }
    plan.memo
}

/// Orders gaps (positions, in priority order) while keeping every open prerequisite before
/// its dependants; `placed` marks the steps already ordered, also by an earlier list.
fn topological(
    order: &[usize],
    canon: &[usize],
    after: &[Vec<usize>],
    placed: &mut [bool],
) -> Vec<usize> {
    let mut listed = vec![false; placed.len()];
    for &i in order {
        if let Some(l) = canon.get(i).and_then(|c| listed.get_mut(*c)) {
            *l = true;
        }
    }
    let mut left: Vec<Option<usize>> = order.iter().copied().map(Some).collect();
    let mut out = Vec::with_capacity(order.len());
    loop {
        let ready = |i: usize| {
            after.get(i).is_none_or(|deps| {
                deps.iter().all(|&j| {
                    placed.get(j).copied().unwrap_or(false)
                        || !listed.get(j).copied().unwrap_or(false)
                })
            })
        };
        let pick = left
            .iter()
            .position(|i| i.is_some_and(ready))
            .or_else(|| left.iter().position(Option::is_some));
        let Some(i) = pick.and_then(|k| left.get_mut(k)).and_then(Option::take) else {
            break;
        };
        if let Some(p) = canon.get(i).and_then(|c| placed.get_mut(*c)) {
            *p = true;
        }
        out.push(i);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::text;

    #[test]
    fn document_steps_are_spelled_as_the_documents() {
        use ShipmentDocument::*;
        for doc in [
            HealthCertificateFish,
            PhytosanitaryCertificate,
            FumigationCertificate,
            VLegalDocument,
            BpomHealthCertificate,
            CertificateOfOrigin,
            Peb,
        ] {
            let json = serde_json::to_value(doc).unwrap();
            assert_eq!(
                document_step(doc),
                text!("document.", json.as_str().unwrap())
            );
        }
    }
}
