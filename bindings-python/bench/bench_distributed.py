"""Benchmark (a script that prints figures, not a timed test): ``umkm.dask`` and ``umkm.spark``
on a register of N rows (default 5,000,000) on this machine's cores, and the throughput per
core from which BENCHMARKS.md projects the national register.

    python bindings-python/bench/bench_distributed.py [N] [--runs 3] [--assess-runs 1] [--only dask|spark]

Data: the seed enterprises of examples/data that have products (their products,
certificates, sales channels and management as nested cells), each row with its own name,
made where it is used and kept there before the runs: Dask builds each partition on its worker
(``from_map``, then ``persist``), Spark crosses the seeds with ``range`` and caches the result
(nothing of the register passes through this process). Each helper's
answer is written nowhere: Dask reduces it to a count of failed rows, Spark too, so the time
is the helper's and the framework's, not a collect's.

Printed per framework and helper: the median of ``--runs`` runs in seconds (``--assess-runs``
for ``assess_frame``, a run of several minutes at 5,000,000 rows on two cores), rows per
second, rows per second per core, the load average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIELDS = ("name", "nib", "npwp", "legal_form", "region", "workers", "products", "certifications", "sales_channels", "management")
CORES = os.cpu_count() or 1


def seeds() -> list:
    rows = json.loads((ROOT / "examples" / "data" / "seed_enterprises.json").read_text(encoding="utf-8"))
    out = []
    for s in rows:
        if not s.get("products"):
            continue
        row = {f: s.get(f) for f in FIELDS}
        row["capital"] = int(s["business_capital"]["amount"]) if s.get("business_capital") else None
        row["produk"] = s["products"][0]["name"]
        out.append(row)
    return out


def partition(args: tuple) -> "object":
    """Rows ``first..first+count`` of the register as a pandas frame (built on the worker)."""
    import pandas as pd

    first, count, base = args
    rows = []
    for i in range(first, first + count):
        row = dict(base[i % len(base)])
        row["name"] = f"{row['name']} {i}"
        rows.append(row)
    frame = pd.DataFrame(rows)
    for column in ("products", "certifications", "sales_channels", "management"):
        frame[column] = pd.Series([r[column] for r in rows], dtype=object, index=frame.index)
    return frame


def load() -> str:
    return f"{os.getloadavg()[0]:.2f}"


def timed(runs: int, job) -> tuple:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        failed = job()
        times.append(time.perf_counter() - t)
    return statistics.median(times), times, failed


def report(framework: str, helper: str, n: int, median: float, times: list, failed: int, before: str) -> None:
    print(
        json.dumps(
            {
                "framework": framework,
                "helper": helper,
                "rows": n,
                "median_s": round(median, 1),
                "runs_s": [round(t, 1) for t in times],
                "rows_per_s": round(n / median),
                "rows_per_s_per_core": round(n / median / CORES),
                "cores": CORES,
                "failed_rows": failed,
                "load_before": before,
                "load_after": load(),
            }
        ),
        flush=True,
    )


def run_jobs(framework: str, n: int, jobs: dict, runs: int, assess_runs: int, failed_rows) -> None:
    """Times each helper of ``jobs`` (``assess_runs`` runs for ``assess_frame``, ``runs`` for
    the rest); ``failed_rows(result)`` runs the lazy result and counts its rows with an error."""
    for helper, make in jobs.items():
        before = load()
        count = assess_runs if helper == "assess_frame" else runs
        median, times, failed = timed(count, lambda: failed_rows(make()))
        report(framework, helper, n, median, times, failed, before)


def dask_bench(n: int, runs: int, assess_runs: int) -> None:
    import dask
    import dask.dataframe as dd
    import distributed

    import umkm.dask

    base = seeds()
    parts = 4 * CORES
    size = -(-n // parts)
    pieces = [(i * size, min(size, n - i * size), base) for i in range(parts) if i * size < n]
    with distributed.LocalCluster(n_workers=CORES, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, distributed.Client(cluster):
        with dask.config.set({"dataframe.convert-string": False}):
            # Built once on the workers and kept there, so the runs time the helpers only.
            register = dd.from_map(partition, pieces).persist()
            distributed.wait(register)
            jobs = {
                "classify_frame": lambda: umkm.dask.classify_frame(register, "2025-11-01", capital="capital", sales=None),
                "assess_frame": lambda: umkm.dask.assess_frame(register, "produk", "JP", "2025-11-01"),
            }
            run_jobs("dask", n, jobs, runs, assess_runs, lambda frame: int(frame["error_code"].notnull().sum().compute()))


def spark_bench(n: int, runs: int, assess_runs: int) -> None:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession, functions as F

    import umkm.spark

    spark = (
        SparkSession.builder.master(f"local[{CORES}]")
        .appName("umkm-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "4g")
        .config("spark.sql.pyspark.inferNestedDictAsStruct.enabled", "true")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "8192")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        base = seeds()
        seed = spark.createDataFrame(base).withColumn("seed", F.monotonically_increasing_id())
        copies = -(-n // len(base))
        register = (
            spark.range(copies)
            .crossJoin(seed)
            .withColumn("name", F.concat_ws(" ", "name", "id"))
            .drop("id", "seed")
            .limit(n)
            .repartition(4 * CORES)
            .cache()
        )
        register.count()
        jobs = {
            "classify_frame": lambda: umkm.spark.classify_frame(register, "2025-11-01", capital="capital", sales=None),
            "assess_frame": lambda: umkm.spark.assess_frame(register, "produk", "JP", "2025-11-01"),
        }
        run_jobs("spark", n, jobs, runs, assess_runs, lambda frame: frame.where(F.col("error_code").isNotNull()).count())
    finally:
        spark.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=5_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--assess-runs", type=int, default=1)
    parser.add_argument("--only", choices=["dask", "spark"])
    a = parser.parse_args()
    if a.only in (None, "dask"):
        dask_bench(a.n, a.runs, a.assess_runs)
    if a.only in (None, "spark"):
        spark_bench(a.n, a.runs, a.assess_runs)


if __name__ == "__main__":
    main()
