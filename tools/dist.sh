#!/usr/bin/env bash
# Builds every artefact into dist/: the Python wheels (abi3, manylinux2014 = glibc 2.17, for
# x86_64 and aarch64, cross-compiled with zig from PyPI's ziglang), the Python sdist, the npm
# tarball and the .crate. Needs the venv of `make python-env` and installs the rest itself
# (ziglang and auditwheel into that venv, the aarch64 target with rustup).
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
out=dist
rm -rf "$out" && mkdir -p "$out"

"$py" -m pip install -q "ziglang>=0.13,<0.14" "auditwheel>=6"
rustup target add aarch64-unknown-linux-gnu >/dev/null 2>&1 || rustup target add aarch64-unknown-linux-gnu
for target in x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu; do
  PATH="$PWD/.venv/bin:$PATH" .venv/bin/maturin build --quiet --release --zig \
    --compatibility manylinux2014 --target "$target" \
    -m bindings-python/Cargo.toml --out "$out"
done
PATH="$PWD/.venv/bin:$PATH" .venv/bin/maturin sdist -m bindings-python/Cargo.toml --out "$out"
# The platform tag is checked, not trusted: auditwheel reads what the library links against.
for wheel in "$out"/*.whl; do
  shown=$(.venv/bin/auditwheel show "$wheel")
  grep -q 'consistent with the following platform tag: "manylinux_2_17' <<< "${shown//$'\n'/ }" \
    || { echo "$wheel: not manylinux_2_17 compatible"; echo "$shown"; exit 1; }
done

bash bindings-wasm/build.sh >/dev/null
(cd bindings-wasm/pkg && npm pack --silent --pack-destination "../../$out" >/dev/null)

cargo package --quiet -p umkm --no-verify --allow-dirty
cp target/package/umkm-*.crate "$out/"
ls -l "$out"
