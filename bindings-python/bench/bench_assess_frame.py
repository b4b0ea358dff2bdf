"""Benchmark (a script that prints figures, not a timed test): export readiness of a whole
register with ``umkm.pandas.assess_frame``, its time and the process's peak memory.

    python bindings-python/bench/bench_assess_frame.py [N]

Data: N rows (default 1,000,000) built from the seed enterprises of examples/data, each with
its own name, NIB, region and amounts, its products in a column of lists, assessed for Japan.
Each run is its own process (peak memory is per process): the figures are the median of three
runs, each giving the time of ``assess_frame`` and the peak resident memory of the process
against its peak after building the frame (what ``assess_frame`` added).
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time

from _seed_rows import seed_rows


def one_run(n: int) -> None:
    import pandas as pd

    import umkm.pandas as upd

    rows = seed_rows(
        n,
        lambda s, i: {"certifications": s.get("certifications", []), "management": s.get("management")},
    )
    df = pd.DataFrame(rows)
    del rows
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    out = upd.assess_frame(df, "produk", "JP", "2025-11-01")
    seconds = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    failed = int(out["error_code"].notna().sum())
    answer = int(out.memory_usage(deep=True).sum())
    print(json.dumps({"seconds": seconds, "peak_kb": peak, "frame_kb": before, "failed": failed, "answer_bytes": answer}))


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    if os.environ.get("UMKM_BENCH_CHILD"):
        one_run(n)
        return
    results = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, __file__, str(n)],
            env={**os.environ, "UMKM_BENCH_CHILD": "1"},
            check=True,
            capture_output=True,
            text=True,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    med = lambda k: statistics.median(r[k] for r in results)  # noqa: E731
    added = statistics.median(r["peak_kb"] - r["frame_kb"] for r in results)
    print(f"assess_frame of {n:,} rows (summary columns): {med('seconds'):.2f} s (median of 3; runs "
          + ", ".join(f"{r['seconds']:.2f}" for r in results) + ")")
    print(f"  peak resident memory {med('peak_kb') / 1024:.0f} MB, of which the frame itself "
          f"{med('frame_kb') / 1024:.0f} MB: assess_frame added {added / 1024:.0f} MB "
          f"({added * 1024 / n:.0f} bytes a row); the answer frame {med('answer_bytes') / n:.0f} bytes a row; "
          f"rows failed: {results[0]['failed']}")
    print(f"  machine load (1, 5, 15 min): {os.getloadavg()}")


if __name__ == "__main__":
    main()
