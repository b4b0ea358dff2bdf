//! What makes a rule set unusable, checked part by part: dimensions and their weights, rules
//! and their points, levels, the certificate and document catalogues, markets, and the
//! prerequisites between steps. Each problem is an [`Issue`] with the JSON pointer of what is
//! wrong, so an office editing its own rule set sees every mistake at once.

use super::ruleset::{certificate_step, problem, Check, Requirement, RuleSet, ALL_DIMENSIONS};
use super::terms::{Dimension, ReadinessLevel, ShipmentDocument};
use crate::record::enterprise::CertificateKind;
use crate::record::issue::Issue;
use crate::text::privacy::shown;
use crate::text::Text;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};

impl RuleSet {
    /// Every semantic problem of a rule set (empty when it is usable).
    ///
    /// ```
    /// use umkm::readiness::RuleSet;
    /// assert!(RuleSet::default_set().unwrap().problems().is_empty());
    /// ```
    pub fn problems(&self) -> Vec<Issue> {
        let mut out = Problems(Vec::new());
        let weights = out.dimensions(self);
        let sums = out.rules(self);
        out.points(&weights, &sums);
        out.levels(self);
        let lists = requirement_lists(self);
        out.catalogues(self, &lists);
        out.markets(self);
        out.prerequisites(self, &lists);
        out.0
    }
}

/// The problems found so far.
struct Problems(Vec<Issue>);

/// Where a list of requirements sits in the rule set, and the list.
type Lists<'a> = Vec<(String, &'a [Requirement])>;

/// Each step with the steps it comes after.
type Graph = BTreeMap<Text, Vec<Text>>;

/// Every list of requirements: the base list, each market's and the generic market's.
fn requirement_lists(set: &RuleSet) -> Lists<'_> {
    let mut lists: Lists = vec![("/base_requirements".into(), &set.base_requirements)];
    for (i, m) in set.markets.iter().enumerate() {
        lists.push((format!("/markets/{i}/requirements"), &m.requirements));
    }
    lists.push((
        "/generic_market/requirements".into(),
        &set.generic_market.requirements,
    ));
    lists
}

/// The certificate needs of a requirement, with the field each sits in.
fn needs(req: &Requirement) -> [(&'static str, &[super::ruleset::CertificateNeed]); 2] {
    [
        ("required", &req.required),
        ("recommended", &req.recommended),
    ]
}

impl Problems {
    fn push(&mut self, path: impl Into<String>, code: &'static str, id: String, en: String) {
        self.0.push(problem(path, code, id, en));
    }

    /// Each dimension exactly once, weights non-negative and summing to 100. Returns the
    /// weights.
    fn dimensions(&mut self, set: &RuleSet) -> BTreeMap<Dimension, Decimal> {
        let mut weights: BTreeMap<Dimension, Decimal> = BTreeMap::new();
        for (i, d) in set.dimensions.iter().enumerate() {
            if weights.insert(d.dimension, d.weight).is_some() {
                let dim = d.dimension;
                self.push(
                    format!("/dimensions/{i}"),
                    "ruleset.duplicate",
                    format!("dimensi {dim:?} ganda"),
                    format!("dimension {dim:?} appears twice"),
                );
            }
            if d.weight < Decimal::ZERO {
                self.push(
                    format!("/dimensions/{i}/weight"),
                    "ruleset.negative",
                    "bobot negatif".into(),
                    "negative weight".into(),
                );
            }
        }
        // Weights come from the caller: summed with a check, an overflowing sum is not 100.
        let total = set
            .dimensions
            .iter()
            .try_fold(Decimal::ZERO, |sum, d| sum.checked_add(d.weight));
        if total != Some(Decimal::ONE_HUNDRED) {
            let (id, en) = sum_text(total);
            self.push(
                "/dimensions",
                "ruleset.weights_sum",
                format!("jumlah bobot dimensi {id}, seharusnya 100"),
                format!("dimension weights sum to {en}, not 100"),
            );
        }
        for dim in ALL_DIMENSIONS {
            if !weights.contains_key(&dim) {
                self.push(
                    "/dimensions",
                    "ruleset.missing",
                    format!("dimensi {dim:?} tidak ada"),
                    format!("dimension {dim:?} is missing"),
                );
            }
        }
        weights
    }

    /// Unique rule ids, non-negative points, an agency and a lead time for every rule that is
    /// not a certificate list. Returns the points of each dimension (`None` on overflow).
    fn rules(&mut self, set: &RuleSet) -> BTreeMap<Dimension, Option<Decimal>> {
        let mut ids = BTreeSet::new();
        let mut sums: BTreeMap<Dimension, Option<Decimal>> = BTreeMap::new();
        for (i, r) in set.rules.iter().enumerate() {
            if !ids.insert(r.id.as_str()) {
                let id = shown(&r.id);
                self.push(
                    format!("/rules/{i}/id"),
                    "ruleset.duplicate",
                    format!("id aturan {id:?} ganda"),
                    format!("rule id {id:?} appears twice"),
                );
            }
            if r.points < Decimal::ZERO {
                self.push(
                    format!("/rules/{i}/points"),
                    "ruleset.negative",
                    "poin negatif".into(),
                    "negative points".into(),
                );
            }
            let sum = sums
                .entry(r.dimension)
                .or_insert_with(|| Some(Decimal::ZERO));
            *sum = sum.and_then(|s| s.checked_add(r.points));
            let list = matches!(
                r.check,
                Check::RequiredCertificates | Check::RecommendedCertificates
            );
            if r.agency.is_none() && !list {
                self.push(
                    format!("/rules/{i}/agency"),
                    "ruleset.missing",
                    "aturan tanpa instansi".into(),
                    "rule has no agency".into(),
                );
            }
            if r.lead_time_days.is_none() && !list {
                self.push(
                    format!("/rules/{i}/lead_time_days"),
                    "ruleset.missing",
                    "aturan tanpa waktu tunggu".into(),
                    "rule has no lead time".into(),
                );
            }
        }
        sums
    }

    /// The points of each dimension's rules equal its weight.
    fn points(
        &mut self,
        weights: &BTreeMap<Dimension, Decimal>,
        sums: &BTreeMap<Dimension, Option<Decimal>>,
    ) {
        for (dim, weight) in weights {
            let sum = sums.get(dim).copied().unwrap_or(Some(Decimal::ZERO));
            if sum != Some(*weight) {
                let (id, en) = sum_text(sum);
                self.push(
                    "/rules",
                    "ruleset.points_sum",
                    format!("poin aturan dimensi {dim:?} berjumlah {id}, bobotnya {weight}"),
                    format!("rule points of dimension {dim:?} sum to {en}, its weight is {weight}"),
                );
            }
        }
    }

    /// Levels: each once, from 0 upwards, strictly increasing, within 0..=100, export_ready
    /// among them.
    fn levels(&mut self, set: &RuleSet) {
        let mut seen = BTreeSet::new();
        for (i, l) in set.levels.iter().enumerate() {
            if !seen.insert(l.level) {
                self.push(
                    format!("/levels/{i}"),
                    "ruleset.duplicate",
                    format!("level {:?} ganda", l.level),
                    format!("level {:?} appears twice", l.level),
                );
            }
            if l.min_score < Decimal::ZERO || l.min_score > Decimal::ONE_HUNDRED {
                self.push(
                    format!("/levels/{i}/min_score"),
                    "ruleset.levels_order",
                    "ambang di luar 0–100".into(),
                    "threshold outside 0–100".into(),
                );
            }
            let prev = i.checked_sub(1).and_then(|j| set.levels.get(j));
            if prev.is_some_and(|p| l.min_score <= p.min_score || l.level <= p.level) {
                self.push(
                    format!("/levels/{i}"),
                    "ruleset.levels_order",
                    "ambang level harus naik berurutan".into(),
                    "level thresholds must rise in order".into(),
                );
            }
        }
        if set.levels.first().map(|l| l.min_score) != Some(Decimal::ZERO) {
            self.push(
                "/levels",
                "ruleset.levels_order",
                "level pertama harus mulai dari 0".into(),
                "the first level must start at 0".into(),
            );
        }
        if !seen.contains(&ReadinessLevel::ExportReady) {
            self.push(
                "/levels",
                "ruleset.missing",
                "level export_ready tidak ada".into(),
                "level export_ready is missing".into(),
            );
        }
    }

    /// Every certificate (and alternative) and document a requirement names has a catalogue
    /// entry.
    fn catalogues(&mut self, set: &RuleSet, lists: &Lists) {
        let certs: Vec<CertificateKind> = set.certificates.iter().map(|c| c.kind).collect();
        let docs: Vec<ShipmentDocument> = set.documents.iter().map(|d| d.kind).collect();
        for (base, list) in lists {
            for (i, req) in list.iter().enumerate() {
                for (field, needs) in needs(req) {
                    for (j, n) in needs.iter().enumerate() {
                        let path = format!("{base}/{i}/{field}/{j}");
                        self.certificate(&certs, n.kind, format!("{path}/kind"));
                        for (k, alt) in n.alternatives.iter().enumerate() {
                            self.certificate(&certs, *alt, format!("{path}/alternatives/{k}"));
                        }
                    }
                }
                for (j, d) in req.documents.iter().enumerate() {
                    if !docs.contains(d) {
                        self.push(
                            format!("{base}/{i}/documents/{j}"),
                            "ruleset.not_in_catalogue",
                            format!("dokumen {d:?} tidak ada di katalog"),
                            format!("document {d:?} is not in the catalogue"),
                        );
                    }
                }
            }
        }
    }

    fn certificate(&mut self, certs: &[CertificateKind], kind: CertificateKind, path: String) {
        if !certs.contains(&kind) {
            self.push(
                path,
                "ruleset.not_in_catalogue",
                format!("sertifikat {kind:?} tidak ada di katalog"),
                format!("certificate {kind:?} is not in the catalogue"),
            );
        }
    }

    /// Markets: known country and language codes, each country in one market.
    fn markets(&mut self, set: &RuleSet) {
        let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
        for (i, m) in set.markets.iter().enumerate() {
            for (j, c) in m.countries.iter().enumerate() {
                if !crate::reference::country::is_country(c) {
                    let code = shown(c);
                    self.push(
                        format!("/markets/{i}/countries/{j}"),
                        "ruleset.unknown_value",
                        format!("kode negara tidak dikenal: {code:?}"),
                        format!("unknown country code: {code:?}"),
                    );
                }
                if let Some(other) = owner.insert(c, &m.code) {
                    self.push(
                        format!("/markets/{i}/countries/{j}"),
                        "ruleset.duplicate",
                        format!("negara {c} sudah masuk pasar {other}"),
                        format!("country {c} is already in market {other}"),
                    );
                }
            }
            for (j, l) in m.label_languages.iter().enumerate() {
                if !crate::reference::country::is_language(l) {
                    let code = shown(l);
                    self.push(
                        format!("/markets/{i}/label_languages/{j}"),
                        "ruleset.unknown_value",
                        format!("kode bahasa tidak dikenal: {code:?}"),
                        format!("unknown language code: {code:?}"),
                    );
                }
            }
        }
    }

    /// Prerequisites: every step named exists, and no step depends on itself through others.
    fn prerequisites(&mut self, set: &RuleSet, lists: &Lists) {
        let (graph, refs) = steps(set, lists);
        for (path, step) in refs {
            if !graph.contains_key(step) {
                let step = shown(step);
                self.push(
                    path,
                    "ruleset.unknown_step",
                    format!("langkah prasyarat tidak dikenal: {step:?}"),
                    format!("unknown prerequisite step: {step:?}"),
                );
            }
        }
        if let Some(step) = find_cycle(&graph) {
            let step = shown(&step);
            self.push(
                "",
                "ruleset.cycle",
                format!("prasyarat melingkar di langkah {step:?}"),
                format!("circular prerequisites at step {step:?}"),
            );
        }
    }
}

/// The graph of steps (rules and certificates, each with the steps it comes after) and every
/// reference to a step with its path.
fn steps<'a>(set: &'a RuleSet, lists: &Lists<'a>) -> (Graph, Vec<(String, &'a Text)>) {
    let mut graph = Graph::new();
    let mut refs: Vec<(String, &Text)> = Vec::new();
    for (i, r) in set.rules.iter().enumerate() {
        graph.insert(r.id.clone(), r.after.clone());
        refs.extend(after_refs(format!("/rules/{i}/after"), &r.after));
    }
    for (i, c) in set.certificates.iter().enumerate() {
        graph.insert(certificate_step(c.kind), c.after.clone());
        refs.extend(after_refs(format!("/certificates/{i}/after"), &c.after));
    }
    for (base, list) in lists {
        for (i, req) in list.iter().enumerate() {
            for (field, needs) in needs(req) {
                for (j, n) in needs.iter().enumerate() {
                    refs.extend(after_refs(
                        format!("{base}/{i}/{field}/{j}/after"),
                        &n.after,
                    ));
                    let after = graph.entry(certificate_step(n.kind)).or_default();
                    after.extend(n.after.iter().cloned());
                }
            }
        }
    }
    (graph, refs)
}

/// Each step of an `after` list with its path.
fn after_refs(base: String, after: &[Text]) -> impl Iterator<Item = (String, &Text)> {
    after
        .iter()
        .enumerate()
        .map(move |(k, a)| (format!("{base}/{k}"), a))
}

/// A checked sum as written in a problem; an overflowing sum says so.
fn sum_text(sum: Option<Decimal>) -> (String, String) {
    match sum {
        Some(s) => (s.to_string(), s.to_string()),
        None => (
            "terlalu besar untuk dihitung".into(),
            "too large to compute".into(),
        ),
    }
}
/// A step that lies on a cycle of prerequisites, if any (iterative depth-first search).
fn find_cycle(graph: &Graph) -> Option<Text> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    let mut marks: BTreeMap<&str, Mark> = BTreeMap::new();
    for start in graph.keys() {
        if marks.contains_key(start.as_str()) {
            continue;
        }
        let mut stack: Vec<(&str, usize)> = vec![(start.as_str(), 0)];
        marks.insert(start.as_str(), Mark::Open);
        while let Some((node, next)) = stack.pop() {
            let deps = graph.get(node).map(Vec::as_slice).unwrap_or(&[]);
            if let Some(dep) = deps.get(next) {
                stack.push((node, next + 1));
                match marks.get(dep.as_str()) {
                    Some(Mark::Open) => return Some(dep.clone()),
                    Some(Mark::Done) => {}
                    None => {
                        if graph.contains_key(dep) {
                            marks.insert(dep.as_str(), Mark::Open);
                            stack.push((dep.as_str(), 0));
                        }
                    }
                }
            } else {
                marks.insert(node, Mark::Done);
            }
        }
    }
    None
}
