#!/usr/bin/env bash
# Installs each artefact of dist/ (tools/dist.sh) in a clean place and uses it, as a user
# would: the wheel in fresh venvs of the oldest and newest supported Python with no Rust on
# PATH, and refused with a clear message by a Python below the range; the sdist built from
# source; the npm tarball (one .wasm inside) in a new Node project (ESM and CommonJS) and in a
# new project of each bundler (bindings-wasm/tools/bundler-matrix.sh) opened in Chromium; the
# .crate extracted and its own tests run (`cargo test` inside it). Work happens in target/dist-test.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=target/dist-test
rm -rf "$work" && mkdir -p "$work"
wheel=$(ls dist/umkm-*-manylinux*x86_64*.whl)
sdist=$(ls dist/umkm-*.tar.gz)

# Every artefact carries both licence texts.
for w in dist/*.whl; do
  for l in LICENSE-MIT LICENSE-APACHE; do
    python3 -c "import sys, zipfile; names = zipfile.ZipFile(sys.argv[1]).namelist(); sys.exit(not any(n.endswith('.dist-info/licenses/' + sys.argv[2]) for n in names))" "$w" "$l" \
      || { echo "$w has no $l"; exit 1; }
  done
done
# (Listed first: `grep -q` in a pipe would stop tar early, which pipefail counts as failure.)
sdist_files=$(tar -tzf "$sdist")
crate_files=$(tar -tzf dist/umkm-*.crate)
npm_files=$(tar -tzf dist/umkm-*.tgz)
for l in LICENSE-MIT LICENSE-APACHE; do
  grep -q "^umkm-[^/]*/$l$" <<< "$sdist_files" || { echo "$sdist has no $l"; exit 1; }
  grep -q "^umkm-[^/]*/$l$" <<< "$crate_files" || { echo "the .crate has no $l"; exit 1; }
  grep -q "^package/$l$" <<< "$npm_files" || { echo "the npm tarball has no $l"; exit 1; }
done
echo "licences in every artefact: ok"
# The browsers' and Node's entries share one .wasm per module: the full one and umkm/id's.
wasms=$(grep '\.wasm$' <<< "$npm_files" | sort | tr '\n' ' ')
[ "$wasms" = "package/wasm/umkm_id_wasm_bg.wasm package/wasm/umkm_wasm_bg.wasm " ] \
  || { echo "the npm tarball holds the .wasm files $wasms, not one per module"; exit 1; }
echo "npm tarball: one .wasm per module (umkm, umkm/id), $(du -k dist/umkm-*.tgz | cut -f1) KB"

# A few calls that touch every layer: an identifier, a size class, a masked NIK, an assessment.
cat > "$work/smoke.py" <<'PY'
import datetime, umkm
from umkm import npwp, nik
assert npwp.validate("01.312.166.0-091.000") == "013121660091000"
assert npwp.is_valid(None) is False
assert nik.mask("3275014101900001") == "3275**********01"
size = umkm.classify_size({"business_capital": {"amount": "1000000000", "currency": "IDR"}}, datetime.date(2025, 11, 1))
assert size.class_.value == "micro" if hasattr(size, "class_") else True
record = {"name": "Anyaman", "products": [{"name": "Tas", "category": "craft", "unit": "piece"}]}
assert umkm.assess_summary(record, "Tas", "JP", datetime.date(2025, 11, 1)).blocked
print("ok", umkm.__version__)
PY

# Pythons: pyenv's oldest and newest supported ones where the machine has them, else the system's.
pythons=()
for v in 3.10 3.13; do
  p=$(ls -d /root/.pyenv/versions/${v}.*/bin/python3 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$p" ] && pythons+=("$p")
done
[ ${#pythons[@]} -gt 0 ] || pythons=(python3)
clean_path=/usr/local/bin:/usr/bin:/bin
for python in "${pythons[@]}"; do
  name=$(basename "$(dirname "$(dirname "$python")")")
  "$python" -m venv "$work/venv-$name"
  # No cargo or rustc on PATH: the wheel must not need them.
  env PATH="$root/$work/venv-$name/bin:$clean_path" sh -c \
    "! command -v cargo >/dev/null && pip install -q --no-index '$root/$wheel' && python '$root/$work/smoke.py'"
  echo "wheel on $name: ok"
done

# A Python below the range is told why, not given a broken install.
old=$(ls -d /root/.pyenv/versions/3.9.*/bin/python3 2>/dev/null | sort -V | tail -1 || true)
if [ -n "$old" ]; then
  "$old" -m venv "$work/venv-old"
  if "$work/venv-old/bin/pip" install --no-index "$wheel" > "$work/old.log" 2>&1; then
    echo "Python 3.9 installed the wheel"; exit 1
  fi
  grep -q "is not a supported wheel on this platform" "$work/old.log"
  if "$work/venv-old/bin/pip" install "$sdist" > "$work/old-sdist.log" 2>&1; then
    echo "Python 3.9 installed the sdist"; exit 1
  fi
  grep -q "requires a different Python" "$work/old-sdist.log"
  echo "Python 3.9: refused, 'requires a different Python: ... not in >=3.10'"
fi

# The sdist, built from source by pip (maturin from PyPI, the Rust toolchain on PATH).
python3 -m venv "$work/venv-sdist"
"$work/venv-sdist/bin/pip" install -q "$sdist"
"$work/venv-sdist/bin/python" "$work/smoke.py"
echo "sdist built from source: ok"

# The npm tarball in a new project, imported as ESM and required as CommonJS.
mkdir -p "$work/npm-app"
(
  cd "$work/npm-app"
  npm init -y >/dev/null
  npm install --silent --no-audit --no-fund "$root"/dist/umkm-*.tgz
  node --input-type=module -e '
    import * as umkm from "umkm";
    if (umkm.npwp.validate("01.312.166.0-091.000") !== "013121660091000") throw new Error("npwp");
    if (umkm.npwp.isValid(null) !== false) throw new Error("isValid");
    if (!umkm.assessSummary({name: "A", products: [{name: "T", category: "craft", unit: "piece"}]}, "T", "JP", "2025-11-01").blocked) throw new Error("assess");
    console.log("npm ESM: ok", umkm.version);'
  node --input-type=module -e '
    import * as id from "umkm/id";
    import { schema } from "umkm/schema";
    import { UmkmError } from "umkm";
    if (id.npwp.check("013121").formatted !== "01.312.1") throw new Error("umkm/id");
    try { id.nik.validate("12"); throw new Error("no error"); } catch (e) { if (!(e instanceof UmkmError) || e.code !== "nik.length") throw e; }
    if (!("Enterprise" in schema().$defs)) throw new Error("umkm/schema");
    console.log("npm ESM umkm/id, umkm/schema: ok");'
  # CommonJS require of the ESM package: Node 20.19 and later (require of ES modules).
  node -e 'const umkm = require("umkm"); if (umkm.npwp.validate("013121660091000") !== "013121660091000") throw new Error("cjs"); console.log("npm CommonJS (Node " + process.versions.node + "): ok");'
  node -e 'const id = require("umkm/id"); if (id.npwp.format("013121660091000") !== "01.312.166.0-091.000") throw new Error("cjs id"); console.log("npm CommonJS umkm/id: ok");'
  test -f node_modules/umkm/LICENSE-MIT && test -f node_modules/umkm/LICENSE-APACHE
)

# The npm tarball in fresh Vite (current and 5.x), esbuild and webpack projects, each built and
# opened in Chromium; the bundlers pinned by bindings-wasm/bundlers/package-lock.json.
bash bindings-wasm/tools/bundler-matrix.sh dist/umkm-*.tgz "$work/bundlers"

# The .crate on its own: extracted outside this workspace, its own tests run (vectors, data
# and the README it documents itself with are inside the package).
mkdir -p "$work/crate"
tar -xzf dist/umkm-*.crate -C "$work/crate"
(
  cd "$work/crate"/umkm-*
  printf '\n[workspace]\n' >> Cargo.toml
  CARGO_TARGET_DIR="$root/target/dist-test-crate" cargo test --quiet > "$root/$work/crate.log" 2>&1 \
    || { tail -40 "$root/$work/crate.log"; exit 1; }
  echo "crate's own tests from the package: ok ($(grep -c '^test result: ok' "$root/$work/crate.log") suites)"
)
