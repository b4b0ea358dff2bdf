"""Reading a messy register's columns: amounts, dates, region names (issue 18, point 1), and
format_many of NPWPs, 200,000 rows each, as lists and as pandas and Polars Series. Prints the
median of three runs of each. `python bindings-python/bench/bench_parse.py` (make python-bench)."""

import os
import statistics
import time

import pandas as pd
import polars as pl

from umkm import dates, money, npwp, wilayah

N = 200_000
COLUMNS = {
    "money.parse_many": (money.parse_many, ["Rp 1.250.000", "131,9 juta", "1,25 M", "Rp 40 ribu", "IDR 1,250,000"]),
    "dates.parse_many": (dates.parse_many, ["17/08/2025", "17 Agustus 2025", "2025-08-17", "1 Des 2025", "Minggu, 17 Agustus 2025"]),
    "wilayah.find_many": (wilayah.find_many, ["KAB. BOGOR", "Kota Bekasi", "Pangkalpinang", "Bogor", "Jakarta Selatan"]),
    "npwp.format_many": (npwp.format_many, ["013121660091000", "0013121660091000", "01.312.166.0-091.000", "013121", "x"]),
}


def median_of_three(f, column):
    times = []
    for _ in range(3):
        t = time.perf_counter()
        f(column)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main():
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    for name, (f, cells) in COLUMNS.items():
        values = (cells * (N // len(cells) + 1))[:N]
        for kind, column in (("list", values), ("pandas", pd.Series(values)), ("polars", pl.Series(values))):
            print(f"{name} of {N:,} cells ({kind}): {median_of_three(f, column):.3f} s")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
