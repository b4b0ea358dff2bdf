#!/usr/bin/env bash
# Builds and tests the umkm crate with the oldest Rust it declares (`rust-version` in the
# workspace Cargo.toml), the way a user on that toolchain gets it: the core alone, its
# dependencies resolved to versions that support that Rust (cargo's MSRV-aware fallback).
# The benchmark harness (criterion, which needs a newer Rust) is left out: it is not part
# of what users build. Runs in target/msrv, installs the toolchain with rustup when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(awk -F'"' '/^rust-version = / {print $2; exit}' Cargo.toml)
toolchain=$version
[[ $version =~ ^[0-9]+\.[0-9]+$ ]] && toolchain="$version.0"
rustup toolchain list | grep -q "^${toolchain}-" || rustup toolchain install "${toolchain}" --profile minimal
dir=target/msrv
rm -rf "$dir" && mkdir -p "$dir"
cp -r core "$dir/core"
cp README.md "$dir/README.md"
python3 - "$dir/core/Cargo.toml" Cargo.toml <<'PY'
import re, sys
crate, root = sys.argv[1], sys.argv[2]
s, ws = open(crate).read(), open(root).read()
package = dict(re.findall(r'^(version|edition|license|rust-version) = (.+)$', ws.split('[workspace.package]')[1].split('\n[')[0], re.M))
deps = dict(re.findall(r'^([\w-]+) = (.+)$', ws.split('[workspace.dependencies]')[1].split('\n[')[0], re.M))
for key, value in package.items():
    s = re.sub(rf'^{key}\.workspace = true$', f'{key} = {value}', s, flags=re.M)
for name, spec in deps.items():
    s = re.sub(rf'^{name}\.workspace = true$', f'{name} = {spec}', s, flags=re.M)
    inline = spec.strip()[1:-1] if spec.strip().startswith('{') else f'version = {spec}'
    s = re.sub(rf'^{name} = \{{ workspace = true, (.*)\}}$', lambda m: f'{name} = {{ {inline}, {m.group(1)}}}', s, flags=re.M)
s = re.sub(r'\ncriterion = [^\n]*', '', s)
s = re.sub(r'\n\[\[bench\]\]\nname = "core"\nharness = false', '', s)
open(crate, 'w').write('[workspace]\n\n' + s)
PY
cd "$dir/core"
CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS=fallback cargo generate-lockfile --quiet
cargo "+${toolchain}" build --quiet --all-features
cargo "+${toolchain}" build --quiet --no-default-features
cargo "+${toolchain}" test --quiet --lib --all-features
echo "umkm builds and passes its unit tests with Rust ${version} (rust-version)"
