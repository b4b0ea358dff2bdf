//! Runs every conformance vector in `tests/vectors/*.json` against the Rust API.
//! The Python and JavaScript suites run the same files against their bindings.

use chrono::NaiveDate;
use serde_json::{json, Value};
use std::fs;
use std::path::PathBuf;
use umkm::classify::{industry, size};
use umkm::exchange::RateTable;
use umkm::id::{bpom, halal, hs, kbli, nib, nik, nitku, npwp, pirt, wilayah, IdentifierError};
use umkm::{
    activity, growth, production, ranking, readiness, target, transition, Currency, Enterprise,
    Lang, Money,
};

type Outcome = Result<Value, String>;

fn arg<'a>(args: &'a Value, name: &str) -> &'a Value {
    args.get(name)
        .unwrap_or_else(|| panic!("missing argument {name}"))
}

fn text(args: &Value, name: &str) -> String {
    arg(args, name)
        .as_str()
        .unwrap_or_else(|| panic!("{name} must be a string"))
        .to_string()
}

fn date(args: &Value) -> NaiveDate {
    serde_json::from_value(arg(args, "as_of").clone()).expect("as_of")
}

fn id_result<T: serde::Serialize>(r: Result<T, IdentifierError>) -> Outcome {
    r.map(|v| serde_json::to_value(v).unwrap())
        .map_err(|e| e.code())
}

macro_rules! identifier {
    ($module:ident, $function:expr, $number:expr) => {
        match $function {
            "compact" => Ok(json!($module::compact($number))),
            "validate" => id_result($module::validate($number)),
            "is_valid" => Ok(json!($module::is_valid($number))),
            "format" => Ok(json!($module::format($number))),
            other => panic!("unknown function {}.{other}", stringify!($module)),
        }
    };
}

fn call(name: &str, args: &Value) -> Outcome {
    if let Some((module, function)) = name.split_once('.') {
        if module == "money" {
            let money: Money = serde_json::from_value(arg(args, "money").clone()).expect("money");
            let lang: Lang = serde_json::from_value(arg(args, "lang").clone()).expect("lang");
            return Ok(json!(match function {
                "format" => money.format(lang),
                "format_short" => money.format_short(lang),
                other => panic!("unknown money.{other}"),
            }));
        }
        if module == "exchange" && function == "convert" {
            let rates: RateTable =
                RateTable::new(value(args, "rates")).map_err(|e| e.code().to_string())?;
            let money: Money = value(args, "money");
            let to: Currency = value(args, "to");
            return rates
                .convert(&money, to, value(args, "date"))
                .map(|m| json!(m))
                .map_err(|e| e.code().to_string());
        }
        let number = text(args, "number");
        let n = number.as_str();
        return match (module, function) {
            ("nik", "info") => id_result(nik::info(n, date(args))),
            ("nik", "mask") => Ok(json!(nik::mask(n))),
            ("wilayah", "lookup") => Ok(json!(wilayah::lookup(n))),
            ("wilayah", "resolve") => Ok(json!(wilayah::resolve(n))),
            ("kbli", "section") => id_result(kbli::section(n)),
            ("hs", "chapter") => id_result(hs::chapter(n)),
            ("npwp", f) => identifier!(npwp, f, n),
            ("nitku", f) => identifier!(nitku, f, n),
            ("nik", f) => identifier!(nik, f, n),
            ("nib", f) => identifier!(nib, f, n),
            ("kbli", f) => identifier!(kbli, f, n),
            ("hs", f) => identifier!(hs, f, n),
            ("wilayah", f) => identifier!(wilayah, f, n),
            ("pirt", f) => identifier!(pirt, f, n),
            ("bpom", f) => identifier!(bpom, f, n),
            ("halal", f) => identifier!(halal, f, n),
            _ => panic!("unknown call {name}"),
        };
    }
    match name {
        "classify_size" => {
            let input: size::SizeInput =
                serde_json::from_value(arg(args, "input").clone()).expect("input");
            size::classify_size(&input, date(args))
                .map(|r| json!(r))
                .map_err(|e| e.code().to_string())
        }
        "classify_industry" => {
            let input: industry::IndustryInput =
                serde_json::from_value(arg(args, "input").clone()).expect("input");
            industry::classify_industry(&input)
                .map(|r| json!(r))
                .map_err(|e| e.code().to_string())
        }
        "assess" => {
            let record = Enterprise::from_json(&arg(args, "record").to_string())
                .map_err(|_| "record.json".to_string())?;
            let custom = match args.get("rule_set") {
                Some(set) => Some(
                    readiness::RuleSet::from_json(&set.to_string())
                        .map_err(|_| "ruleset.invalid".to_string())?,
                ),
                None => None,
            };
            let set = match &custom {
                Some(set) => set,
                None => readiness::RuleSet::default_set().map_err(|_| "ruleset.invalid")?,
            };
            readiness::assess_with(
                set,
                &record,
                &text(args, "product"),
                &text(args, "destination"),
                date(args),
            )
            .map(|r| json!(r))
            .map_err(|e| e.code().to_string())
        }
        "assess_order" => {
            let record = Enterprise::from_json(&arg(args, "record").to_string())
                .map_err(|_| "record.json".to_string())?;
            let order: readiness::Order =
                serde_json::from_value(arg(args, "order").clone()).expect("order");
            let start: NaiveDate =
                serde_json::from_value(arg(args, "start").clone()).expect("start");
            let days_off: Vec<NaiveDate> = args
                .get("days_off")
                .map(|v| serde_json::from_value(v.clone()).expect("days_off"))
                .unwrap_or_default();
            readiness::assess_order(
                &record,
                &text(args, "product"),
                &order,
                start,
                &readiness::calendar::WorkCalendar::with_days_off(&days_off),
            )
            .map(|r| json!(r))
            .map_err(|e| e.code().to_string())
        }
        "origin_forms" => readiness::origin_forms(&text(args, "destination"), date(args))
            .map(|r| json!(r))
            .map_err(|e| e.code().to_string()),
        "check_rule_set" => Ok(json!(readiness::check_rule_set(
            &arg(args, "rule_set").to_string()
        ))),
        "validate" => {
            let record = Enterprise::from_json(&arg(args, "record").to_string())
                .map_err(|_| "record.json".to_string())?;
            Ok(json!(umkm::validate(&record, date(args))))
        }
        "growth" => growth::growth(value(args, "prev"), value(args, "curr"))
            .map(|r| json!(r))
            .map_err(|e| e.code().to_string()),
        "cagr" => growth::cagr(
            value(args, "first"),
            value(args, "last"),
            value(args, "years"),
        )
        .map(|r| json!(r))
        .map_err(|e| e.code().to_string()),
        "year_over_year" => {
            let values: Vec<growth::YearValue> = value(args, "values");
            growth::year_over_year(&values)
                .map(|r| json!(r))
                .map_err(|e| e.code().to_string())
        }
        "annual_sales_series" => {
            let record = Enterprise::from_json(&arg(args, "record").to_string())
                .map_err(|_| "record.json".to_string())?;
            growth::annual_sales_series(&record)
                .map(|r| json!(r))
                .map_err(|e| e.code().to_string())
        }
        "rank_export_growth" | "export_series" => {
            let records: Vec<ranking::ExportRecord> = value(args, "records");
            let rates = RateTable::new(value(args, "rates")).map_err(|e| e.code().to_string())?;
            let result = if name == "export_series" {
                ranking::export_series(&records, &rates, &value(args, "options")).map(|r| json!(r))
            } else {
                ranking::rank_export_growth(&records, &rates, &value(args, "options"))
                    .map(|r| json!(r))
            };
            result.map_err(|e| e.code().to_string())
        }
        "active_rate" => activity::active_rate(value(args, "registered"), value(args, "active"))
            .map(|r| json!(r))
            .map_err(|e| e.code().to_string()),
        "cohort_survival" => {
            let register: Vec<activity::Registration> = value(args, "register");
            let snapshots: Vec<activity::ActivitySnapshot> = value(args, "snapshots");
            activity::cohort_survival(&register, &snapshots)
                .map(|r| json!(r))
                .map_err(|e| e.code().to_string())
        }
        "transition_matrix" => {
            transition::transition_matrix(&value(args, "before"), &value(args, "after"))
                .map(|r| json!(r))
                .map_err(|e| e.code().to_string())
        }
        "target_progress" => {
            target::target_progress(&value(args, "target"), value(args, "achieved"), date(args))
                .map(|r| json!(r))
                .map_err(|e| e.code().to_string())
        }
        "daily_sales" => production::daily_sales(&value(args, "capacity"), &value(args, "price"))
            .map(|r| json!(r))
            .map_err(|e| e.code().to_string()),
        "monthly_sales" => production::monthly_sales(
            &value(args, "capacity"),
            &value(args, "price"),
            args.get("working_days")
                .map(|_| value(args, "working_days")),
        )
        .map(|r| json!(r))
        .map_err(|e| e.code().to_string()),
        other => panic!("unknown call {other}"),
    }
}

/// An argument read into its Rust type (decimals are JSON strings, as everywhere).
fn value<T: serde::de::DeserializeOwned>(args: &Value, name: &str) -> T {
    serde_json::from_value(arg(args, name).clone()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Expected matches actual: scalars equal, arrays item by item, objects on the expected keys.
fn matches(expected: &Value, actual: &Value, at: &str) -> Result<(), String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, v) in e {
                let got = a
                    .get(k)
                    .ok_or_else(|| format!("{at}/{k}: missing in result"))?;
                matches(v, got, &format!("{at}/{k}"))?;
            }
            Ok(())
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                return Err(format!(
                    "{at}: expected {} items, got {}: {}",
                    e.len(),
                    a.len(),
                    actual
                ));
            }
            e.iter()
                .zip(a)
                .enumerate()
                .try_for_each(|(i, (x, y))| matches(x, y, &format!("{at}/{i}")))
        }
        _ if expected == actual => Ok(()),
        _ => Err(format!("{at}: expected {expected}, got {actual}")),
    }
}

#[test]
fn every_vector_file_passes() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 4,
        "vector files missing in {}",
        dir.display()
    );
    let mut failures = Vec::new();
    let mut count = 0;
    for file in files {
        let doc: Value = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
        for case in doc["cases"].as_array().unwrap() {
            count += 1;
            let name = case["name"].as_str().unwrap();
            let outcome = call(case["call"].as_str().unwrap(), &case["args"]);
            let verdict = match (case.get("result"), case.get("error"), outcome) {
                (Some(expected), None, Ok(actual)) => matches(expected, &actual, ""),
                (None, Some(code), Err(actual)) if code == &json!(actual) => Ok(()),
                (_, _, outcome) => Err(format!("unexpected outcome {outcome:?}")),
            };
            if let Err(why) = verdict {
                failures.push(format!(
                    "{}: {name}: {why}",
                    file.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} vectors failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!("{count} vectors passed");
}
