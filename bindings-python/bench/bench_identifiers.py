"""Benchmark (a script that prints figures, not a timed test): validating identifiers in bulk
with umkm against python-stdnum on the same data, and a whole DataFrame classified and checked.

    python bindings-python/bench/bench_identifiers.py [N]

Data: N NPWPs (default 1,000,000), a mix of valid 15-digit numbers with their Luhn check
digit, numbers with a mistyped digit, and 16-digit forms, dotted and plain, built
deterministically. The two libraries must agree on every valid 15-digit number (python-stdnum
knows only that form); the time is the best of three runs of each.
"""

from __future__ import annotations

import random
import sys
import time
from typing import Callable, List

import umkm


def luhn_digit(digits: str) -> str:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npwps(n: int) -> List[str]:
    rng = random.Random(20251101)
    out = []
    for i in range(n):
        body = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 999999):06d}"
        number = body + luhn_digit(body) + f"{rng.randrange(0, 999):03d}{rng.randrange(0, 999):03d}"
        kind = i % 4
        if kind == 1:  # a mistyped digit
            j = rng.randrange(0, 9)
            number = number[:j] + str((int(number[j]) + 1) % 10) + number[j + 1 :]
        if kind == 2:  # dotted
            number = f"{number[:2]}.{number[2:5]}.{number[5:8]}.{number[8]}-{number[9:12]}.{number[12:]}"
        out.append(number)
    return out


def best(f: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return min(times)


def niks(n: int) -> List[str]:
    """NIKs of West Java regencies with real birth dates (a quarter of them impossible days)."""
    rng = random.Random(20251102)
    regencies = [r.code.replace(".", "") for r in umkm.region.regencies_of("32")]
    out = []
    for i in range(n):
        day = rng.randrange(1, 29) + (40 if i % 2 else 0)
        if i % 4 == 3:
            day = 32  # an impossible day
        out.append(f"{rng.choice(regencies)}{rng.randrange(1, 20):02d}{day:02d}{rng.randrange(1, 13):02d}{rng.randrange(0, 99):02d}{rng.randrange(1, 9999):04d}")
    return out


def frame_figures(n: int) -> None:
    import datetime

    import numpy as np
    import pandas as pd

    import umkm.pandas as upd

    rng = np.random.default_rng(1)
    df = pd.DataFrame(
        {
            "business_capital": rng.integers(0, 20_000_000_000, n),
            "annual_sales": rng.integers(0, 60_000_000_000, n),
            "npwp": npwps(n),
            "nik": niks(n),
        }
    )
    as_of = datetime.date(2025, 11, 1)

    def run() -> None:
        upd.classify_frame(df, as_of)
        umkm.npwp.is_valid_many(df["npwp"])
        umkm.nik.is_valid_many(df["nik"])

    t = best(run, runs=3)
    print(f"DataFrame of {n:,} rows: classify_frame + NPWP and NIK columns validated: {t:.2f} s (target: under 2 s)")

    # A register of whole records, validated field by field (validate_frame): every row clean,
    # then with two rows in five carrying an issue (no NIB, a wrong NPWP checksum, a region code
    # that does not exist).
    regencies = [r.code for r in umkm.region.regencies_of("32")]
    clean = pd.DataFrame(
        {
            "name": [f"IKM {i}" for i in range(n)],
            "nib": ["9120301234567"] * n,
            "npwp": ["01.312.166.0-091.000"] * n,
            "region": [regencies[i % len(regencies)] for i in range(n)],
            "workers": rng.integers(1, 120, n).tolist(),
            "business_capital": rng.integers(0, 20_000_000_000, n).tolist(),
        }
    )
    t_clean = best(lambda: upd.validate_frame(clean, as_of), runs=3)
    print(f"DataFrame of {n:,} records, validate_frame, every row clean: {t_clean:.2f} s")
    flawed = clean.copy()
    flawed.loc[flawed.index % 5 == 1, "nib"] = None
    flawed.loc[flawed.index % 10 == 2, "npwp"] = "01.312.166.1-091.000"
    flawed.loc[flawed.index % 20 == 3, "region"] = "32.99"
    out = upd.validate_frame(flawed, as_of)
    with_issues = sum(1 for x in out["issues"] if x)
    t_flawed = best(lambda: upd.validate_frame(flawed, as_of), runs=3)
    print(
        f"DataFrame of {n:,} records, validate_frame, {with_issues / n:.0%} of rows with issues: {t_flawed:.2f} s"
    )


def reasons_figures(n: int) -> None:
    """``validate_many`` (a frame with the reason of each invalid row) against
    ``is_valid_many`` on the same pandas Series: n NPWPs, nine in ten with a mistyped check
    digit. Issue 18's target: within 3 times."""
    import pandas as pd

    rng = random.Random(20251103)
    data = []
    for i in range(n):
        body = f"{rng.randrange(1, 99):02d}{rng.randrange(0, 999999):06d}"
        digit = luhn_digit(body)
        if i % 10:
            digit = str((int(digit) + 1) % 10)
        data.append(body + digit + "000000")
    columns = [("pandas", pd.Series(data))]
    try:
        import polars as pl

        columns.append(("Polars", pl.Series(data)))
    except ImportError:
        pass
    for library, series in columns:
        t_valid = best(lambda: umkm.npwp.is_valid_many(series), runs=5)
        t_reasons = best(lambda: umkm.npwp.validate_many(series), runs=5)
        print(f"{library} Series of {n:,} NPWPs (90 % checksum errors): is_valid_many {t_valid:.3f} s, "
              f"validate_many {t_reasons:.3f} s, ratio {t_reasons / t_valid:.1f} (target: 3 or less)")


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    from stdnum.id import nik as stdnum_nik
    from stdnum.id import npwp as stdnum_npwp

    data = npwps(n)
    ours = umkm.npwp.is_valid_many(data)
    theirs = [stdnum_npwp.is_valid(x) for x in data]
    disagree = sum(1 for a, b in zip(ours, theirs) if a != b)
    print(f"{n:,} NPWPs: umkm valid {sum(ours):,}, python-stdnum valid {sum(theirs):,}, disagree {disagree:,}")
    t_umkm = best(lambda: umkm.npwp.is_valid_many(data))
    t_stdnum = best(lambda: [stdnum_npwp.is_valid(x) for x in data], runs=1 if n >= 500_000 else 3)
    print(f"umkm.npwp.is_valid_many:       {t_umkm:8.3f} s  ({t_umkm / n * 1e9:6.0f} ns each)")
    print(f"python-stdnum npwp.is_valid:   {t_stdnum:8.3f} s  ({t_stdnum / n * 1e9:6.0f} ns each)")
    print(f"ratio: {t_stdnum / t_umkm:.1f}x faster (target: 50x or more)")
    nik_data = niks(n)
    t_nik = best(lambda: umkm.nik.is_valid_many(nik_data))
    t_nik_stdnum = best(lambda: [stdnum_nik.is_valid(x) for x in nik_data], runs=1 if n >= 500_000 else 3)
    print(f"umkm.nik.is_valid_many:        {t_nik:8.3f} s  ({t_nik / n * 1e9:6.0f} ns each)")
    print(f"python-stdnum nik.is_valid:    {t_nik_stdnum:8.3f} s  ({t_nik_stdnum / n * 1e9:6.0f} ns each)")
    print(f"ratio: {t_nik_stdnum / t_nik:.1f}x faster (target: 50x or more)")
    frame_figures(n)
    reasons_figures(n)
    return 0 if disagree == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
