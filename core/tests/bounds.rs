//! The resource-bound harness (`core/src/limits.rs`, "The budget"): every function of the
//! facade, called with arguments from the conformance vectors in which one place at a time is
//! replaced by an extreme value (years ±2^31, dates at chrono's limits, 29-digit decimals,
//! million-item lists, megabyte strings and keys, deep nesting, a NIK where anything else
//! belongs), answers with a value or a coded error, within the budget:
//!
//! - an input of at most 1 MB of JSON uses at most 256 MB and 1 s;
//! - a larger one at most 256 MB plus [`MEMORY_PER_INPUT_BYTE`] bytes a byte of input;
//! - no error copies the NIK or NPWP planted anywhere in the arguments into its message or
//!   path (UU 27/2022).
//!
//! Memory is counted by this binary's allocator, which also refuses any allocation past 4 GiB
//! (the process then aborts with the case printed by the watchdog: a failure, never a swap
//! storm). A watchdog ends the run, naming the case, if one call takes over 30 s.
//!
//! Timing is only meaningful optimised: `make bounds` runs it with `--release`; a debug build
//! runs the same cases with the time checks relaxed twentyfold.

use serde_json::{json, Value};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use umkm::api;
use umkm::limits::{BUDGET_INPUT_BYTES, BUDGET_MEMORY_BYTES, BUDGET_SECONDS};

mod common;

/// Memory allowed a byte of input beyond the budget's 256 MB: a JSON value in memory takes
/// about ten times its text, and a function may hold its input twice over while it works.
const MEMORY_PER_INPUT_BYTE: usize = 64;

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
const HARD_CAP: usize = 4 << 30;

// SAFETY: every method passes the layout it was given to the system allocator unchanged and
// only counts sizes beside it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        if now > HARD_CAP {
            CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
            return std::ptr::null_mut();
        }
        PEAK.fetch_max(now, Ordering::Relaxed);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let grow = new_size - layout.size();
            let now = CURRENT.fetch_add(grow, Ordering::Relaxed) + grow;
            if now > HARD_CAP {
                CURRENT.fetch_sub(grow, Ordering::Relaxed);
                return std::ptr::null_mut();
            }
            PEAK.fetch_max(now, Ordering::Relaxed);
        } else {
            CURRENT.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const NIK: &str = "3275014101900001";
const NPWP: &str = "01.312.166.0-091.000";

/// Values put in place of each scalar of the arguments.
fn leaf_extremes() -> Vec<Value> {
    vec![
        json!(2147483647),
        json!(-2147483648i64),
        json!(0),
        json!(-1),
        json!(18446744073709551615u64),
        json!(-9223372036854775808i64),
        json!(1.7976931348623157e308),
        json!(-0.5),
        json!("79228162514264337593543950335"),
        json!("-79228162514264337593543950335"),
        json!("0.0000000000000000000000000001"),
        json!("-262143-01-01"),
        json!("+262142-12-31"),
        json!("0001-01-01"),
        json!("9999-12-31"),
        json!("1899-12-31"),
        json!("2201-01-01"),
        json!(NIK),
        json!(3275014101900001u64),
        json!(NPWP),
        json!(""),
        json!(" "),
        json!(null),
        json!(true),
        json!([]),
        json!({}),
        json!("\u{0}\u{FFFF}\u{10FFFF}"),
    ]
}

/// Values put in place of the scalars and lists near the top of the arguments only (each is
/// costly to build and to answer).
fn heavy_extremes() -> Vec<Value> {
    let mut deep = json!(1);
    for _ in 0..200 {
        deep = json!([deep]);
    }
    let mut deep_object = json!(1);
    for _ in 0..200 {
        deep_object = json!({ "a": deep_object });
    }
    vec![
        Value::String("x".repeat(umkm::limits::MAX_STRING_BYTES + 1)),
        Value::String("9".repeat(100_000)),
        deep,
        deep_object,
        Value::Array(vec![json!(1); 1_000_000]),
        Value::Array(vec![json!("2025-01-01"); 1_000_000]),
    ]
}

/// One call's arguments from the vectors (its first case with a result), or a number.
fn baselines() -> Vec<(String, Value)> {
    let found = common::vector_baselines();
    api::functions()
        .into_iter()
        .map(|f| {
            let args = found
                .iter()
                .find(|(n, _)| *n == f.name)
                .map(|(_, a)| a.clone())
                .unwrap_or_else(|| json!({"number": NIK, "key": "kunci-rahasia-dinas-2026"}));
            (f.name, args)
        })
        .collect()
}

/// JSON pointers of every scalar and list in `v`, with their depth.
fn places(v: &Value, at: String, depth: usize, out: &mut Vec<(String, usize, bool)>) {
    match v {
        Value::Object(map) => {
            for (k, item) in map {
                places(item, format!("{at}/{k}"), depth + 1, out);
            }
        }
        Value::Array(items) => {
            out.push((at.clone(), depth, true));
            for (i, item) in items.iter().enumerate().take(3) {
                places(item, format!("{at}/{i}"), depth + 1, out);
            }
        }
        _ => out.push((at, depth, false)),
    }
}

/// The objects in `v`, as pointers.
fn objects(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            out.push(at.clone());
            for (k, item) in map {
                objects(item, format!("{at}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate().take(2) {
                objects(item, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

struct Watch {
    case: Mutex<String>,
    started: AtomicU64,
    running: AtomicBool,
}

/// What one call cost and answered.
struct Measured {
    seconds: f64,
    peak: usize,
    answer: Result<Value, Box<api::CallError>>,
}

fn measure(watch: &Watch, epoch: Instant, case: String, name: &str, args: &Value) -> Measured {
    if std::env::var_os("BOUNDS_TRACE").is_some() {
        eprintln!("bounds: {case}");
    }
    *watch.case.lock().unwrap() = case;
    let base = CURRENT.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    watch
        .started
        .store(epoch.elapsed().as_millis() as u64, Ordering::Relaxed);
    watch.running.store(true, Ordering::Relaxed);
    let t = Instant::now();
    let answer = api::call(name, args);
    let seconds = t.elapsed().as_secs_f64();
    watch.running.store(false, Ordering::Relaxed);
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    Measured {
        seconds,
        peak,
        answer,
    }
}

/// What is wrong with one answer, if anything.
fn judge(name: &str, text: &str, m: &Measured, slow: f64) -> Option<String> {
    let size = text.len();
    let (max_seconds, max_bytes) = if size <= BUDGET_INPUT_BYTES {
        (BUDGET_SECONDS as f64, BUDGET_MEMORY_BYTES)
    } else {
        (
            BUDGET_SECONDS as f64 * (size / BUDGET_INPUT_BYTES + 1) as f64,
            BUDGET_MEMORY_BYTES + MEMORY_PER_INPUT_BYTE * size,
        )
    };
    if m.seconds > max_seconds * slow {
        return Some(format!(
            "{:.2} s for {size} bytes of input (limit {max_seconds} s)",
            m.seconds
        ));
    }
    if m.peak > max_bytes {
        return Some(format!(
            "{} MB for {size} bytes of input (limit {} MB)",
            m.peak >> 20,
            max_bytes >> 20
        ));
    }
    let e = match &m.answer {
        Ok(v) => {
            let out = v.to_string().len();
            // An answer is no larger than a fixed part plus a multiple of its input.
            return (out > 2 * 1024 * 1024 + 64 * size)
                .then(|| format!("answer of {out} bytes for {size} bytes of input"));
        }
        Err(e) => e,
    };
    if e.code.is_empty() || e.code.starts_with("internal") {
        return Some(format!("uncoded error {e:?}"));
    }
    if e.message_id.is_empty() || e.message_en.is_empty() {
        return Some(format!("error without messages {e:?}"));
    }
    if matches!(e.kind, api::ErrorKind::Function) {
        return Some(format!("{name} is not a function: {e:?}"));
    }
    for secret in [NIK, "013121660091000"] {
        if text.contains(&secret[..8]) {
            if let Some(t) = common::leaked(e, secret) {
                return Some(format!("personal number copied into {t:?}"));
            }
        }
    }
    None
}

#[derive(Clone, Copy)]
enum KeyKind {
    Repeat(usize),
    Text(&'static str),
}

impl KeyKind {
    fn make(self) -> String {
        match self {
            KeyKind::Repeat(n) => "k".repeat(n),
            KeyKind::Text(t) => t.to_string(),
        }
    }
}

fn set(args: &Value, pointer: &str, value: Value) -> Value {
    let mut out = args.clone();
    if pointer.is_empty() {
        return value;
    }
    if let Some(slot) = out.pointer_mut(pointer) {
        *slot = value;
    }
    out
}

#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "timing needs an optimised build: make bounds (cargo test --release --test bounds)"
)]
fn every_function_answers_extremes_within_the_budget() {
    let watch = Arc::new(Watch {
        case: Mutex::new(String::new()),
        started: AtomicU64::new(0),
        running: AtomicBool::new(false),
    });
    let epoch = Instant::now();
    {
        let watch = Arc::clone(&watch);
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_millis(500));
            let now = epoch.elapsed().as_millis() as u64;
            if watch.running.load(Ordering::Relaxed)
                && now.saturating_sub(watch.started.load(Ordering::Relaxed)) > 30_000
            {
                eprintln!(
                    "bounds: over 30 s in {}",
                    watch.case.lock().map(|c| c.clone()).unwrap_or_default()
                );
                std::process::exit(1);
            }
        });
    }
    let slow = if cfg!(debug_assertions) { 20.0 } else { 1.0 };
    let leaves = leaf_extremes();
    let heavy = heavy_extremes();
    let mut failures = Vec::new();
    let mut calls = 0usize;
    let mut worst = (0.0f64, String::new(), 0usize, String::new());
    for (name, base) in baselines() {
        // Each case's arguments are made when it runs: made all at once, the long lists and
        // huge keys would not fit in memory together.
        type Make<'a> = Box<dyn Fn() -> Value + 'a>;
        let mut cases: Vec<(String, Make<'_>)> = Vec::new();
        let mut spots = Vec::new();
        places(&base, String::new(), 0, &mut spots);
        let base = &base;
        for (pointer, depth, is_list) in spots {
            if !is_list {
                for x in &leaves {
                    let p = pointer.clone();
                    cases.push((
                        format!("{pointer} = {x}"),
                        Box::new(move || set(base, &p, x.clone())),
                    ));
                }
            }
            if depth <= 1 {
                for (k, x) in heavy.iter().enumerate() {
                    let p = pointer.clone();
                    cases.push((
                        format!("{pointer} = heavy #{k}"),
                        Box::new(move || set(base, &p, x.clone())),
                    ));
                }
            }
            if is_list && depth <= 3 {
                // The list a million times as long, of its own first item.
                if let Some(first) = base.pointer(&pointer).and_then(|l| l.get(0)) {
                    // A million items, or as many as make 64 MB of JSON.
                    let item = first.to_string().len().max(1);
                    let n = 1_000_000.min((64 << 20) / item);
                    let p = pointer.clone();
                    cases.push((
                        format!("{pointer} = {n} × its first item"),
                        Box::new(move || set(base, &p, Value::Array(vec![first.clone(); n]))),
                    ));
                }
            }
        }
        let mut objs = Vec::new();
        objects(base, String::new(), &mut objs);
        for (n, pointer) in objs.into_iter().take(4).enumerate() {
            let huge = if n == 0 { 100_000_000 } else { 1_000_001 };
            for (label, key) in [
                ("a huge key", KeyKind::Repeat(huge)),
                ("a key of 257 bytes", KeyKind::Repeat(257)),
                ("a NIK as key", KeyKind::Text(NIK)),
                ("an NPWP as key", KeyKind::Text(NPWP)),
            ] {
                let p = pointer.clone();
                cases.push((
                    format!("{pointer} + {label}"),
                    Box::new(move || {
                        let mut args = base.clone();
                        if let Some(Value::Object(map)) = args.pointer_mut(&p) {
                            map.insert(key.make(), json!(1));
                        }
                        args
                    }),
                ));
            }
        }
        for (case, make) in cases {
            let args = make();
            let m = measure(&watch, epoch, format!("{name}: {case}"), &name, &args);
            calls += 1;
            if m.seconds > worst.0 {
                worst = (m.seconds, format!("{name}: {case}"), m.peak, String::new());
            }
            let text = serde_json::to_string(&args).unwrap_or_default();
            if let Some(why) = judge(&name, &text, &m, slow) {
                failures.push(format!("{name}: {case}: {why}"));
            }
        }
    }
    eprintln!(
        "bounds: {calls} calls; slowest {:.3} s ({}), {} MB",
        worst.0,
        worst.1,
        worst.2 >> 20
    );
    assert!(
        failures.is_empty(),
        "{} of {calls} calls broke the budget:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
