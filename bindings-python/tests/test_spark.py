"""umkm.spark on PySpark in local mode (Java from Debian's openjdk-17-jre-headless, which
``make python-test`` installs when missing): every frame helper gives, row by row, the pandas
helper's answer, in the declared schema; a kept column comes first."""

import datetime
import math
import os
import sys

import pandas as pd
import pytest

import umkm.pandas
import umkm.spark

pyspark = pytest.importorskip("pyspark")
from pyspark.sql import SparkSession  # noqa: E402

from test_dask import register  # noqa: E402

INPUT = (
    "nib string, name string, business_capital double, npwp string, "
    "products array<struct<name:string,category:string,unit:string>>"
)


@pytest.fixture(scope="module")
def spark():
    # The executors' Python is this one, which has umkm installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("umkm-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


def frame() -> pd.DataFrame:
    """The register of test_dask as Spark holds it: text NPWPs, products as structs or null."""
    df = register()
    df.insert(0, "nib", [f"91203012345{i:02d}" for i in range(len(df))])
    df["npwp"] = [None if v is None else str(v) for v in df["npwp"]]
    df["products"] = pd.Series([p if isinstance(p, list) else None for p in df["products"]], dtype=object)
    return df


def records(df: pd.DataFrame) -> list:
    """The rows as Spark takes them: missing cells as None (never the float NaN)."""
    return df.astype(object).where(df.notna(), None).to_dict("records")


def plain(value):
    """A pandas answer's cell as Spark gives it back: None for missing, dicts for issues."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, list):
        return [plain(v) for v in value]
    if hasattr(value, "to_dict"):
        return {k: str(v) for k, v in value.to_dict().items()}
    if hasattr(value, "item"):
        return value.item()
    return value


CALLS = [
    ("classify_frame", ("2025-11-01",), {"sales": None}),
    ("validate_frame", (datetime.date(2025, 11, 1),), {}),
    ("assess_frame", ("Batik tulis", "NZ", "2025-11-01"), {}),
]


@pytest.mark.parametrize("name,args,options", CALLS, ids=[c[0] for c in CALLS])
def test_each_helper_answers_as_pandas(spark, name, args, options):
    df = frame()
    sdf = spark.createDataFrame(records(df), INPUT).repartition(3)
    lazy = getattr(umkm.spark, name)(sdf, *args, keep=["nib"], **options)
    got = {r["nib"]: r.asDict(recursive=True) for r in lazy.collect()}
    want = getattr(umkm.pandas, name)(df, *args, **options)
    columns = [n for n, _ in umkm.spark._COLUMNS[name]]
    assert list(lazy.columns) == ["nib", *columns]
    assert list(want.columns) == columns
    assert len(got) == len(df)
    for i, nib in enumerate(df["nib"]):
        expected = {c: plain(want[c].iloc[i]) for c in columns}
        actual = {c: got[nib][c] for c in columns}
        assert actual == expected, nib


def test_declared_types(spark):
    sdf = spark.createDataFrame(records(frame()), INPUT)
    types = dict(umkm.spark.assess_frame(sdf, "Batik tulis", "NZ", "2025-11-01").dtypes)
    assert types == {
        "score": "double",
        "level": "string",
        "export_ready": "boolean",
        "blocked": "boolean",
        "blockers": "array<string>",
        "earliest_ready_date": "date",
        "error_code": "string",
        "error_path": "string",
        "error_message_id": "string",
        "error_message_en": "string",
    }
    issues = dict(umkm.spark.validate_frame(sdf, "2025-11-01").dtypes)["issues"]
    assert issues == "array<struct<code:string,message_en:string,message_id:string,path:string,severity:string>>"


def test_columns_are_checked_before_anything_runs(spark):
    sdf = spark.createDataFrame(records(frame()), INPUT)
    with pytest.raises(umkm.ArgumentError) as e:
        umkm.spark.validate_frame(sdf, "2025-11-01", keep=["nik"])
    assert e.value.code == "frame.column"
    # A column named by a NIK is not copied into the message.
    with pytest.raises(umkm.ArgumentError) as e:
        umkm.spark.validate_frame(sdf, "2025-11-01", keep=["3275014101900001"])
    assert "3275014101900001" not in str(e.value) and "****" in e.value.message_en
    # classify_frame reads annual_sales unless told not to, as in pandas.
    with pytest.raises(umkm.ArgumentError) as e:
        umkm.spark.classify_frame(sdf, "2025-11-01")
    assert e.value.code == "frame.column"


def test_only_the_columns_read_cross_into_python(spark):
    sdf = spark.createDataFrame(records(frame()), INPUT)
    assert umkm.spark._read("classify_frame", sdf, ("2025-11-01",), {"capital": "business_capital", "sales": None}) == [
        "business_capital"
    ]
    assert umkm.spark._read("assess_frame", sdf, ("Batik tulis", "NZ", "2025-11-01"), {}) == [
        "nib",
        "name",
        "business_capital",
        "npwp",
        "products",
    ]
