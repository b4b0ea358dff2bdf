"""Region codes from names as registers write them, one cell and a column."""

import pandas as pd
import polars as pl
import pytest

import umkm
from umkm import wilayah

NAMES = ["KAB. BOGOR", "Kota Bekasi", "Pangkalpinang", "Bogor", "Atlantis", None]
CODES = ["32.01", "32.75", "19.71", None, None, None]
MATCHES = [1, 1, 1, 2, 0, 0]
ERRORS = [None] * 5 + ["region.name_empty"]


def test_find_one_name():
    assert [r.code for r in wilayah.find("KAB. BOGOR")] == ["32.01"]
    assert [r.code for r in wilayah.find("Bogor")] == ["32.01", "32.71"]
    assert [r.code for r in wilayah.find("Depok", level="district", within="34")] == ["34.04.07"]
    assert wilayah.find("Pangkalpinang")[0].name == "Kota Pangkal Pinang"
    assert wilayah.find("Atlantis") == []


def test_find_errors():
    with pytest.raises(umkm.UmkmError) as e:
        wilayah.find("Depok", within="99")
    assert e.value.code == "region.unknown_within"


def test_find_many_list():
    found = wilayah.find_many(NAMES)
    assert found.codes == CODES and found.matches == MATCHES and found.errors == ERRORS


def test_find_many_pandas_on_its_index():
    s = pd.Series(NAMES, index=[f"r{i}" for i in range(len(NAMES))])
    df = wilayah.find_many(s)
    assert list(df.index) == list(s.index)
    assert list(df["code"]) == CODES and list(df["matches"]) == MATCHES and list(df["error"]) == ERRORS
    assert df.loc["r1", "name"] == "Kota Bekasi"


def test_find_many_polars():
    df = wilayah.find_many(pl.Series(NAMES), within="32")
    assert df["code"].to_list() == ["32.01", "32.75", None, None, None, None]
    assert df["matches"].to_list() == [1, 1, 0, 2, 0, 0]
