//! No import cycle between the files of the core: for every module (a file under `core/src`),
//! the modules it names (outside comments and its `#[cfg(test)]` modules) by a `crate::`,
//! `super::` or `self::` path, or by the name of one of its own child modules, are its
//! dependencies, and the graph they make has no strongly connected component of more than one
//! module. So a child never names its folder's `mod.rs`: what siblings share lives in a leaf
//! file of its own (`id/error.rs`, `readiness/terms.rs`, `record/issue.rs`), and a `mod.rs`
//! declares, re-exports and at most dispatches to its children. A newcomer can read the core
//! bottom-up.

use std::collections::BTreeMap;
use std::path::Path;

/// Module path (`id::nik`, `readiness`) → its source without comments and tests.
fn modules() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(&root).unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
                parts.pop();
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text
                .split("#[cfg(test)]\nmod ")
                .next()
                .unwrap_or("")
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            out.insert(parts.join("::"), code);
        }
    }
    out
}

/// The module a `crate::a::b::c` path names: its longest prefix that is a module.
fn module_of<'a>(path: &str, known: &'a BTreeMap<String, String>) -> Option<&'a str> {
    let segments: Vec<&str> = path.split("::").collect();
    (1..=segments.len()).rev().find_map(|k| {
        let candidate = segments[..k].join("::");
        known.get_key_value(&candidate).map(|(m, _)| m.as_str())
    })
}

/// Every `crate::` path in `code`, with the names of a `crate::a::{b, c}` group expanded.
fn crate_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        let base = rest[..end].trim_end_matches(':').to_string();
        if rest[end..].starts_with('{') && rest[..end].ends_with("::") {
            let group_end = rest[end..].find('}').map_or(rest.len(), |g| end + g);
            for item in rest[end + 1..group_end].split(',') {
                let name = item.trim().split([' ', ':']).next().unwrap_or("");
                if name.starts_with(|c: char| c.is_ascii_lowercase()) && name != "self" {
                    out.push(format!("{base}::{name}"));
                }
            }
        }
        out.push(base);
    }
    out
}

/// Strongly connected components of more than one module (Tarjan).
fn cycles(edges: &BTreeMap<&str, Vec<&str>>) -> Vec<Vec<String>> {
    struct State<'a> {
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        next: usize,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(v: &'a str, edges: &BTreeMap<&'a str, Vec<&'a str>>, s: &mut State<'a>) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        for &w in edges.get(v).into_iter().flatten() {
            if !s.index.contains_key(w) {
                visit(w, edges, s);
                let lw = s.low[w];
                s.low.entry(v).and_modify(|l| *l = (*l).min(lw));
            } else if s.stack.contains(&w) {
                let iw = s.index[w];
                s.low.entry(v).and_modify(|l| *l = (*l).min(iw));
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                component.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut s = State {
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        next: 0,
        found: Vec::new(),
    };
    for &v in edges.keys() {
        if !s.index.contains_key(v) {
            visit(v, edges, &mut s);
        }
    }
    s.found
}

/// `code` of module `module` with its relative paths written from the crate root: `super::x`
/// and `self::x` as `crate::<parent>::x` and `crate::<module>::x`, and a path that starts with
/// one of `children` (`npwp::check`) as `crate::<module>::npwp::check`.
fn absolute(code: &str, module: &str, children: &[&str]) -> String {
    let parent = module.rsplit_once("::").map_or("", |(p, _)| p);
    let join = |base: &str| {
        if base.is_empty() {
            "crate::".to_string()
        } else {
            format!("crate::{base}::")
        }
    };
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some((i, c)) = rest.char_indices().next() {
        let before = out.chars().last();
        let at_start = !before.is_some_and(|b| b.is_ascii_alphanumeric() || b == '_' || b == ':');
        let word_end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let word = &rest[..word_end];
        if at_start && word_end > 0 && rest[word_end..].starts_with("::") {
            let replaced = match word {
                "super" => Some(join(parent)),
                "self" => Some(join(module)),
                w if children.contains(&w) => Some(format!("{}{w}::", join(module))),
                _ => None,
            };
            if let Some(r) = replaced {
                out.push_str(&r);
                rest = &rest[word_end + 2..];
                continue;
            }
        }
        let step = if word_end > 0 {
            word_end
        } else {
            i + c.len_utf8()
        };
        out.push_str(&rest[..step]);
        rest = &rest[step..];
    }
    out
}

#[test]
fn the_core_has_no_import_cycle() {
    let modules = modules();
    assert!(modules.len() > 30, "modules not found: {}", modules.len());
    let mut edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (name, code) in &modules {
        let prefix = if name.is_empty() {
            String::new()
        } else {
            format!("{name}::")
        };
        let children: Vec<&str> = modules
            .keys()
            .filter_map(|m| m.strip_prefix(&prefix))
            .filter(|c| !c.is_empty() && !c.contains("::"))
            .collect();
        let code = absolute(code, name, &children);
        let mut deps: Vec<&str> = crate_paths(&code)
            .iter()
            .filter_map(|p| module_of(p, &modules))
            .filter(|m| *m != name.as_str() && !m.is_empty())
            .collect();
        deps.sort();
        deps.dedup();
        edges.insert(name.as_str(), deps);
    }
    let found = cycles(&edges);
    assert!(
        found.is_empty(),
        "import cycles between core modules: {found:?}"
    );
}

#[test]
fn the_checker_finds_a_cycle_when_there_is_one() {
    let edges: BTreeMap<&str, Vec<&str>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec!["a"]),
    ]
    .into_iter()
    .collect();
    assert_eq!(cycles(&edges), vec![vec!["a", "b", "c"]]);
    let paths =
        crate_paths("use crate::id::{self, nik, Compact};\nlet x = crate::money::Money::idr(1);");
    assert_eq!(paths, ["id::nik", "id", "money::Money::idr"]);
}

#[test]
fn relative_paths_count_as_the_modules_they_name() {
    let code =
        "use super::error::{IdentifierError, Reason};\nlet k = npwp::check(x);\nself::kind::K";
    assert_eq!(
        absolute(code, "id::nitku", &[]),
        "use crate::id::error::{IdentifierError, Reason};\nlet k = npwp::check(x);\ncrate::id::nitku::kind::K"
    );
    assert_eq!(
        absolute("npwp::is_valid(n); a::npwp::x; super::X", "id", &["npwp"]),
        "crate::id::npwp::is_valid(n); a::npwp::x; crate::X"
    );
    // A child naming its folder's mod.rs, which names the child, is a cycle.
    let modules: BTreeMap<String, String> = [
        ("id".to_string(), "pub use npwp::check;".to_string()),
        (
            "id::npwp".to_string(),
            "use super::IdentifierError;".to_string(),
        ),
    ]
    .into_iter()
    .collect();
    let npwp = crate_paths(&absolute(&modules["id::npwp"], "id::npwp", &[]));
    assert_eq!(module_of(&npwp[0], &modules), Some("id"));
    let id = crate_paths(&absolute(&modules["id"], "id", &["npwp"]));
    assert_eq!(module_of(&id[0], &modules), Some("id::npwp"));
}
