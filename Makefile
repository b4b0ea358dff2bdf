# One entry point for every language's tests; README.md and .ci/run call these targets.
# Each target installs what it needs, so a fresh machine runs them as they are.

.PHONY: example test rust-test bounds msrv semver dist dist-test lint schema python-env python-test python-bench distributed-bench js-build js-test js-bench web bench

VENV ?= .venv
PY := $(VENV)/bin/python

# The main job: validate and classify the embedded seed records (LANG_FLAG=--lang en for English).
example:
	cargo run --quiet -p umkm-examples --bin seed-cases -- $(LANG_FLAG)

# Every test of every language: Rust, Python, JavaScript (Node and the browser tool in
# Chromium). Each suite runs the shared vectors in tests/vectors.
test: lint rust-test bounds msrv python-test js-test dist-test

rust-test:
	@rustup component add rustfmt clippy >/dev/null 2>&1 || true
	cargo fmt --all -- --check
	cargo run --quiet -p umkm-examples --bin seed-cases > /dev/null
	cargo test --workspace --all-targets
	cargo test --workspace --doc

lint:
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p umkm --no-default-features -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc -p umkm --no-deps

# The resource-bound harness (core/tests/bounds.rs): every facade function with extreme
# values under a counting allocator, held to the budget of core/src/limits.rs. Optimised,
# since it times each call.
bounds:
	cargo test --release -p umkm --test bounds -- --nocapture

# The crate built and unit-tested with the oldest Rust it declares (rust-version), its
# dependencies resolved for that Rust (tools/msrv.sh installs the toolchain with rustup).
msrv:
	bash tools/msrv.sh

# The public API against the last release (a git tag v*) with cargo-semver-checks, installed
# when missing; says so and passes while nothing has been released.
semver:
	@last=$$(git tag --list 'v*' --sort=-v:refname | head -1); \
	if [ -z "$$last" ]; then echo "semver: no release tagged yet (v*), nothing to compare"; \
	else command -v cargo-semver-checks >/dev/null || cargo install cargo-semver-checks; \
	cargo semver-checks -p umkm --baseline-rev "$$last"; fi

# Every artefact into dist/: abi3 wheels tagged manylinux2014 for x86_64 and aarch64 (zig
# from PyPI cross-compiles; auditwheel checks the tag), the sdist, the npm tarball, the .crate.
dist: python-env
	bash tools/dist.sh

# Each artefact installed in a clean place and used: the wheel on the oldest and newest
# supported Python without Rust, refused by Python 3.8 with a clear message; the sdist built
# from source; the npm tarball in a new project (ESM, CommonJS); the .crate built on its own.
dist-test: dist
	bash tools/dist-test.sh

# Rewrite the committed JSON Schemas after changing the record types.
schema:
	UPDATE_SCHEMA=1 cargo test -p umkm --features schema --test schema

# A virtualenv with the Python test tools (created if missing).
python-env:
	@test -x $(PY) || python3 -m venv $(VENV)
	@$(PY) -m pip install -q --upgrade pip
	@$(PY) -m pip install -q -r bindings-python/requirements-test.txt

# Installs the package the way the README says (pip builds it with maturin), then runs pytest:
# vectors, conversions, pandas, properties, stubs, mypy, the notebooks, and umkm.dask on a
# local Dask cluster and umkm.spark on PySpark in local mode (Java from Debian's
# openjdk-17-jre-headless, installed when missing).
python-test: python-env
	@command -v java >/dev/null || (apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null)
	$(PY) -m pip install -q ./bindings-python
	cd bindings-python && ../$(PY) -m pytest -q tests

# Speed against python-stdnum on 1,000,000 NPWPs (prints the ratio; not part of make test).
python-bench: python-test
	$(PY) bindings-python/bench/bench_identifiers.py
	$(PY) bindings-python/bench/bench_parse.py
	$(PY) bindings-python/bench/bench_one_call.py

# Registers past one machine: umkm.dask and umkm.spark on 5,000,000 rows (about 25 minutes on
# two cores; not part of make bench).
distributed-bench: python-test
	$(PY) bindings-python/bench/bench_distributed.py 5000000 --runs 3 --assess-runs 1

# The npm package into bindings-wasm/pkg (installs the wasm32 target, the locked
# wasm-bindgen CLI when missing and the npm packages), its two modules (everything, and the
# identifiers only for umkm/id); fails when either entry is over its gzipped size budget.
js-build:
	bash bindings-wasm/build.sh

# Node's test runner: every vector, JS-side conversions and errors, umkm/id against the core's
# facade, the generated types (tsc), and the browser tool end to end in Debian's Chromium
# (installed when missing).
js-test: js-build
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)
	cd bindings-wasm && npx tsc -p tsconfig.json
	cd bindings-wasm && node --test tests/test_all.mjs tests/test_hardening.mjs tests/test_init.mjs tests/test_id.mjs tests/browser.test.mjs

# The browser self-assessment tool on http://localhost:8080/ (Ctrl-C to stop).
web: js-build
	node bindings-wasm/tools/serve.mjs 8080

# Size of the .wasm and the time to assess 10,000 enterprises in Node (prints figures).
js-bench: js-build
	node bindings-wasm/bench/assess.mjs
	node bindings-wasm/bench/first-answer.mjs

# Every benchmark: criterion (Rust), Python against python-stdnum and a 1,000,000-row
# DataFrame, WebAssembly size and Node. Figures and the machine are in BENCHMARKS.md.
bench: python-bench js-bench
	cargo bench -p umkm --bench core
