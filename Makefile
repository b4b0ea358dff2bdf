# One entry point for every language's tests; README.md and .ci/run call these targets.
# Each target installs what it needs, so a fresh machine runs them as they are.

.PHONY: example test rust-test lint schema

# The main job: validate and classify the embedded seed records (LANG_FLAG=--lang en for English).
example:
	cargo run --quiet -p umkm-examples --bin seed-cases -- $(LANG_FLAG)

# Every test of every language. Python (bindings-python) and JavaScript (bindings-wasm)
# suites join here as their bindings land; today the Rust suite runs the shared vectors.
test: lint rust-test

rust-test:
	@rustup component add rustfmt clippy >/dev/null 2>&1 || true
	cargo fmt --all -- --check
	cargo run --quiet -p umkm-examples --bin seed-cases > /dev/null
	cargo test --workspace --all-targets
	cargo test --workspace --doc

lint:
	cargo clippy --workspace --all-targets -- -D warnings

# Rewrite the committed JSON Schemas after changing the record types.
schema:
	UPDATE_SCHEMA=1 cargo test -p umkm --test schema
