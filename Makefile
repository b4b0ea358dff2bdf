# One entry point for every language's tests; README.md and .ci/run call these targets.
# Each target installs what it needs, so a fresh machine runs them as they are.

.PHONY: example test rust-test lint schema python-env python-test python-bench

VENV ?= .venv
PY := $(VENV)/bin/python

# The main job: validate and classify the embedded seed records (LANG_FLAG=--lang en for English).
example:
	cargo run --quiet -p umkm-examples --bin seed-cases -- $(LANG_FLAG)

# Every test of every language: Rust, then Python (the JavaScript suite joins with its binding).
# Each suite runs the shared vectors in tests/vectors.
test: lint rust-test python-test

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

# A virtualenv with the Python test tools (created if missing).
python-env:
	@test -x $(PY) || python3 -m venv $(VENV)
	@$(PY) -m pip install -q --upgrade pip
	@$(PY) -m pip install -q -r bindings-python/requirements-test.txt

# Installs the package the way the README says (pip builds it with maturin), then runs pytest:
# vectors, conversions, pandas, properties, stubs, mypy, and the tour notebook.
python-test: python-env
	$(PY) -m pip install -q ./bindings-python
	cd bindings-python && ../$(PY) -m pytest -q tests

# Speed against python-stdnum on 1,000,000 NPWPs (prints the ratio; not part of make test).
python-bench: python-test
	$(PY) bindings-python/bench/bench_identifiers.py
