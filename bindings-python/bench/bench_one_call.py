"""Benchmark (a script that prints figures, not a timed test): one call from Python, as a web
service or a notebook cell makes it, for the seafood seed of examples/data assessed for
Australia: ``umkm.assess_summary`` (the figures a register is tabulated by), ``umkm.assess``
(the whole report, decoded lazily) and ``umkm.validate``.

    python bindings-python/bench/bench_one_call.py

Each figure is the median of three runs of 5,000 calls (after 500 to warm up), in µs a call,
with the load average before and after.
"""

from __future__ import annotations

import json
import os
import pathlib
import statistics
import time

import umkm

ROOT = pathlib.Path(__file__).resolve().parents[2]


def per_call(f, calls: int = 5_000) -> list:
    for _ in range(500):
        f()
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        for _ in range(calls):
            f()
        runs.append((time.perf_counter() - t) / calls * 1e6)
    return runs


def main() -> None:
    seeds = json.loads((ROOT / "examples" / "data" / "seed_enterprises.json").read_text(encoding="utf-8"))
    record = seeds[0]
    product = record["products"][0]["name"]
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    for name, f in [
        ("umkm.assess_summary", lambda: umkm.assess_summary(record, product, "AU", "2025-11-01")),
        ("umkm.assess", lambda: umkm.assess(record, product, "AU", "2025-11-01")),
        ("umkm.validate", lambda: umkm.validate(record, "2025-11-01")),
    ]:
        runs = per_call(f)
        print(f"{name}: {statistics.median(runs):.1f} µs a call (runs {', '.join(f'{r:.1f}' for r in runs)})")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
