"""Benchmark (prints figures, not a timed test): the frame helpers on the same register as a
pandas and as a Polars DataFrame.

    python bindings-python/bench/bench_polars_frames.py [N]

Data: N rows (default 200,000) built from the seed enterprises that have products: name,
identifiers, region, workers, a column of product lists, sales channels, annual sales (a list
of year and amount), business capital as text. Each helper is timed three times on each kind
of frame; the figure is the median. Polars is given the frame as ``pl.DataFrame(rows)``
infers it (products a list of structs).
"""

from __future__ import annotations

import os
import statistics
import sys
import time

from _seed_rows import seed_rows


def main() -> None:
    import pandas as pd
    import polars as pl

    import umkm.pandas as upd

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    rows = seed_rows(
        n,
        lambda s, i: {"business_capital": str(150_000_000 + i), "annual_sales": s.get("annual_sales", [])},
    )
    frames = {"pandas": pd.DataFrame(rows), "Polars": pl.DataFrame(rows)}
    del rows

    def median_seconds(call) -> float:  # type: ignore[no-untyped-def]
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            call()
            runs.append(time.perf_counter() - start)
        return statistics.median(runs)

    helpers = {
        "classify_frame (capital only)": lambda df: upd.classify_frame(df, "2025-11-01", sales=None),
        "validate_frame": lambda df: upd.validate_frame(df, "2025-11-01"),
        "assess_frame": lambda df: upd.assess_frame(df, "produk", "JP", "2025-11-01"),
    }
    print(f"{n:,} rows, median of 3 (s): helper | pandas | Polars")
    for name, helper in helpers.items():
        figures = [median_seconds(lambda df=df: helper(df)) for df in frames.values()]
        print(f"  {name} | {figures[0]:.2f} | {figures[1]:.2f}")
    print(f"  machine load (1, 5, 15 min): {os.getloadavg()}")


if __name__ == "__main__":
    main()
