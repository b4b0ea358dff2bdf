//! The committed JSON Schema must equal the generated one, so it never lies.
//! Regenerate with `UPDATE_SCHEMA=1 cargo test -p umkm --features schema --test schema`.
// Tests compare with serde_json reading (core/clippy.toml keeps it out of the library).
#![allow(clippy::disallowed_methods)]

use std::path::PathBuf;

fn check(file: &str, schema: serde_json::Value) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("schema")
        .join(file);
    let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == text,
        "{} is stale: run UPDATE_SCHEMA=1 cargo test -p umkm --features schema --test schema",
        path.display()
    );
}

#[test]
fn enterprise_schema_is_committed() {
    let schema = umkm::api::schema::enterprise_schema();
    assert_eq!(schema["title"], "Enterprise");
    assert_eq!(
        schema["additionalProperties"], false,
        "unknown fields must be refused"
    );
    assert_eq!(schema["required"], serde_json::json!(["name"]));
    assert_eq!(
        schema["$defs"]["Money"]["properties"]["amount"]["$ref"],
        "#/$defs/DecimalString"
    );
    assert_eq!(schema["$defs"]["DecimalString"]["type"], "string");
    check("enterprise.schema.json", schema);
}

#[test]
fn report_schema_is_committed() {
    check("report.schema.json", umkm::api::schema::report_schema());
}

#[test]
fn readiness_schemas_are_committed() {
    check(
        "readiness_report.schema.json",
        umkm::api::schema::readiness_report_schema(),
    );
    check("rule_set.schema.json", umkm::api::schema::rule_set_schema());
    check("order.schema.json", umkm::api::schema::order_schema());
}

#[test]
fn default_rule_set_matches_its_schema_shape() {
    let schema = umkm::api::schema::rule_set_schema();
    let set: serde_json::Value =
        serde_json::from_str(umkm::readiness::RuleSet::default_json()).unwrap();
    let required = schema["required"].as_array().unwrap();
    for key in required {
        assert!(set.get(key.as_str().unwrap()).is_some(), "{key} missing");
    }
}

#[test]
fn bundle_is_committed_and_names_every_result() {
    let bundle = umkm::api::schema::bundle();
    let defs = bundle["$defs"].as_object().unwrap();
    // Names are the Rust type names, none renamed apart by a clash.
    assert!(
        defs.keys()
            .all(|k| !k.chars().last().unwrap().is_ascii_digit()),
        "{:?}",
        defs.keys().collect::<Vec<_>>()
    );
    for f in umkm::api::functions() {
        let base = f.returns.trim_end_matches("[]").trim_end_matches('?');
        assert!(
            ["string", "boolean", "integer", "date", "any"].contains(&base)
                || defs.contains_key(base),
            "{} returns {}, not in the bundle",
            f.name,
            f.returns
        );
    }
    for t in umkm::api::INPUT_TYPES {
        assert!(defs.contains_key(t), "input type {t} not in the bundle");
    }
    check("umkm.schema.json", bundle);
}
