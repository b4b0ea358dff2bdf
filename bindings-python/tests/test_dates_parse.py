"""Reading typed dates: one cell, a list, a pandas Series and a Polars Series give the same
answers (the one-cell answers are also in tests/vectors/dates.json)."""

import datetime

import pandas as pd
import polars as pl
import pytest

import umkm
from umkm import dates

CELLS = ["17/08/2025", "17 Agustus 2025", "2025-08-17", "Minggu, 17 Agustus 2025", "31/02/2025", "17/08/25", None, "kemarin"]
AUG17 = datetime.date(2025, 8, 17)
DATES = [AUG17] * 4 + [None] * 4
CODES = [None] * 4 + ["date.impossible", "date.two_digit_year", "date.parse_empty", "date.parse_invalid"]


def test_parse_register_forms():
    for text in CELLS[:4] + ["17 Agt 2025", "Aug 17, 2025", "17/08/2025 00:00"]:
        assert dates.parse(text) == AUG17, text
    assert dates.parse("08/17/2025", order="month_first") == AUG17
    assert dates.parse("45886", excel_serial=True) == AUG17


def test_coded_bilingual_errors():
    with pytest.raises(umkm.UmkmError) as e:
        dates.parse("45886")
    assert e.value.code == "date.serial_not_allowed"
    assert "excel_serial" in e.value.message_id and "excel_serial" in e.value.message_en
    with pytest.raises(umkm.UmkmError) as e:
        dates.parse("17/08/2025", order="dmy")
    assert e.value.code == "argument.invalid"


def test_list_gives_typed_columns():
    parsed = dates.parse_many(CELLS)
    assert parsed.dates == DATES and parsed.codes == CODES


def test_pandas_series_gives_datetimes_and_nat_on_its_index():
    s = pd.Series(CELLS, index=list("abcdefgh"))
    df = dates.parse_many(s)
    assert list(df.index) == list("abcdefgh")
    assert str(df["date"].dtype).startswith("datetime64")
    assert [None if pd.isna(d) else d.date() for d in df["date"]] == DATES
    assert list(df["code"]) == CODES


def test_pandas_timestamps_and_excel_numbers():
    s = pd.Series([pd.Timestamp("2025-08-17"), 45886])
    assert list(dates.parse_many(s, excel_serial=True)["code"]) == [None, None]


def test_polars_series_gives_a_date_column():
    df = dates.parse_many(pl.Series(CELLS))
    assert df.schema["date"] == pl.Date
    assert df["date"].to_list() == DATES and df["code"].to_list() == CODES
