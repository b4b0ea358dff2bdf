"""umkm.dask on a local Dask cluster (two worker processes): every frame helper gives, on a
frame cut into partitions, exactly the pandas helper's answer on the whole frame, including
partitions whose rows all fail; nothing runs before ``compute``; a column of lists that Dask
made text is warned about."""

import datetime
import warnings

import pandas as pd
import pytest

import umkm
import umkm.dask
import umkm.pandas

dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

BATIK = {"name": "Batik tulis", "category": "fashion_textile", "unit": "sheet"}


def register() -> pd.DataFrame:
    """Twelve rows: valid records, rows that fail (a float with a fraction as capital, text
    where a list belongs, a lost-zero NPWP read as a number), and a partition of failures
    only (rows 8-11 with 4 rows a partition)."""
    rows = [
        {"name": "Batik Tulis Bekasi", "business_capital": 500_000_000, "npwp": "013121660091000", "products": [BATIK]},
        {"name": "Kerupuk Pangkalpinang", "business_capital": 3_000_000_000, "npwp": None, "products": [BATIK]},
        {"name": "Anyaman Depok", "business_capital": None, "npwp": 13121660091000, "products": []},
        {"name": "Madu Bogor", "business_capital": 40_000_000, "npwp": "1", "products": [BATIK]},
        {"name": "Keripik", "business_capital": 1_000_000_001, "npwp": None, "products": [BATIK]},
        {"name": "Rotan", "business_capital": 15_000_000_000, "npwp": None, "products": None},
        {"name": "Tenun", "business_capital": 60_000_000_000, "npwp": None, "products": [BATIK]},
        {"name": "Kopi", "business_capital": 900_000_000, "npwp": "013121660091000", "products": [BATIK]},
        {"name": "Gagal 1", "business_capital": 1.5, "npwp": None, "products": "Batik"},
        {"name": "Gagal 2", "business_capital": 2.5, "npwp": None, "products": "Batik"},
        {"name": "Gagal 3", "business_capital": 3.5, "npwp": None, "products": "Batik"},
        {"name": "Gagal 4", "business_capital": 4.5, "npwp": None, "products": "Batik"},
    ]
    df = pd.DataFrame(rows)
    df["products"] = pd.Series([r["products"] for r in rows], dtype=object)
    return df


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def partitioned(df: pd.DataFrame):
    with dask.config.set({"dataframe.convert-string": False}):
        return dd.from_pandas(df, npartitions=3)


CALLS = [
    ("classify_frame", ("2025-11-01",), {"capital": "business_capital", "sales": None}),
    ("validate_frame", (datetime.date(2025, 11, 1),), {}),
    ("assess_frame", ("Batik tulis", "NZ", "2025-11-01"), {}),
]


@pytest.mark.parametrize("name,args,options", CALLS, ids=[c[0] for c in CALLS])
def test_each_helper_answers_as_pandas_on_the_whole_frame(client, name, args, options):
    df = register()
    lazy = getattr(umkm.dask, name)(partitioned(df), *args, **options)
    got = lazy.compute()
    want = getattr(umkm.pandas, name)(df, *args, **options)
    pd.testing.assert_frame_equal(got, want)
    # The columns are declared before anything runs, in the pandas answer's types.
    assert list(lazy.dtypes.items()) == list(want.dtypes.items())


def test_answers_hold_the_regulation(client):
    got = umkm.dask.classify_frame(partitioned(register()), "2025-11-01", sales=None).compute()
    # PP 7/2021 Pasal 35: business capital up to Rp1 miliar is micro, over Rp1 miliar to
    # Rp5 miliar small, over Rp5 miliar to Rp10 miliar medium (land and buildings excluded).
    classes = [c if isinstance(c, str) else None for c in got["class"]]
    # Rp15 and Rp60 miliar are over the Rp10 miliar of medium: large. No capital: no class.
    assert classes[:8] == ["micro", "small", None, "micro", "small", "large", "large", "micro"]
    # Rp1.5 is no whole Rupiah: the row is refused at its cell.
    assert got["error_code"].iloc[8:].tolist() == ["argument.invalid"] * 4
    assert got["error_path"].iloc[8] == "/business_capital"
    assessed = umkm.dask.assess_frame(partitioned(register()), "Batik tulis", "NZ", "2025-11-01").compute()
    # The last partition failed whole: its rows answer NA, not a frame of other types.
    assert assessed["export_ready"].iloc[8:].isna().all()
    assert assessed["error_code"].iloc[8:].tolist() == ["argument.invalid"] * 4


def test_nothing_runs_before_compute():
    calls = []

    def counted(df, *args, **options):
        calls.append(len(df))
        return umkm.pandas.validate_frame(df, *args, **options)

    lazy = umkm.dask._each_partition(counted, partitioned(register()), "2025-11-01")
    assert calls == [0]  # the empty frame that declares the columns
    lazy.compute(scheduler="sync")
    assert sorted(calls) == [0, 4, 4, 4]


def test_a_list_column_made_text_is_warned_about():
    df = register()
    made_text = dd.from_pandas(df.assign(products=df["products"].astype(str)), npartitions=2)
    with pytest.warns(umkm.dask.NestedAsTextWarning, match="products"):
        umkm.dask.validate_frame(made_text, "2025-11-01")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        umkm.dask.validate_frame(partitioned(df), "2025-11-01")
