"""Reading typed amounts: one cell, a list, a pandas Series and a Polars Series give the same
exact answers (the one-cell answers are also in tests/vectors/money.json)."""

from decimal import Decimal

import pandas as pd
import polars as pl
import pytest

import umkm
from umkm import money

CELLS = ["Rp 1.250.000", "Rp1,25 miliar", "131,9 juta", "1,25 M", "IDR 1,250,000", "Rp 40 ribu", "Rp 50.000,-", "1.250", None, "satu juta"]
AMOUNTS = [Decimal("1250000"), Decimal("1250000000"), Decimal("131900000"), Decimal("1250000000"), Decimal("1250000"), Decimal("40000"), Decimal("50000"), None, None, None]
CODES = [None] * 7 + ["money.ambiguous", "money.parse_empty", "money.parse_invalid"]


def test_parse_one_amount_exactly():
    m = money.parse("Rp1,25 miliar")
    assert m.amount == Decimal("1250000000") and m.currency == "IDR"
    assert money.parse("1.250", lang="en").amount == Decimal("1.25")
    assert money.parse("1.250", lang="id").amount == Decimal("1250")
    assert money.parse("USD 1,250.75").currency == "USD"


def test_ambiguous_text_is_a_coded_error_in_both_languages():
    with pytest.raises(umkm.UmkmError) as e:
        money.parse("1.250")
    assert e.value.code == "money.ambiguous"
    assert "id atau en" in e.value.message_id and "id or en" in e.value.message_en


def test_long_digit_runs_stay_out_of_messages():
    with pytest.raises(umkm.UmkmError) as e:
        money.parse("3201234567890001 juta rupiah")
    assert "3201234567890001" not in str(e.value) and "3201234567890001" not in e.value.message_id


def test_list_gives_typed_columns():
    parsed = money.parse_many(CELLS)
    assert parsed.amounts == AMOUNTS
    assert parsed.codes == CODES
    assert parsed.currencies == ["IDR"] * 7 + [None] * 3


def test_pandas_series_gives_a_frame_on_its_index():
    s = pd.Series(CELLS, index=range(100, 100 + len(CELLS)), name="omzet")
    df = money.parse_many(s)
    assert isinstance(df, pd.DataFrame) and list(df.index) == list(s.index)
    assert list(df.columns) == ["amount", "currency", "code"]
    assert list(df["amount"]) == AMOUNTS
    assert list(df["code"]) == CODES
    assert list(df["currency"])[:7] == ["IDR"] * 7


def test_nan_and_pd_na_cells_are_empty():
    s = pd.Series(["Rp 5.000", float("nan"), pd.NA], dtype=object)
    assert list(money.parse_many(s)["code"]) == [None, "money.parse_empty", "money.parse_empty"]


def test_polars_series_gives_a_polars_frame_with_a_decimal_column():
    df = money.parse_many(pl.Series(CELLS))
    assert isinstance(df, pl.DataFrame)
    assert isinstance(df.schema["amount"], pl.Decimal)
    assert df["amount"].to_list() == AMOUNTS
    assert df["code"].to_list() == CODES


def test_convention_for_the_column_and_a_bad_convention():
    assert money.parse_many(["1.250", "2.500,5"], lang="id").amounts == [Decimal("1250"), Decimal("2500.5")]
    with pytest.raises(umkm.UmkmError) as e:
        money.parse_many(["1"], lang="fr")
    assert e.value.code == "argument.invalid"


def test_one_text_is_refused_as_a_column():
    with pytest.raises(TypeError):
        money.parse_many("Rp 5.000")


def test_a_lone_surrogate_is_a_coded_error_at_its_path():
    with pytest.raises(umkm.UmkmError) as e:
        money.parse_many(["Rp 1.000", "\ud800"])
    assert e.value.code == "argument.invalid" and e.value.path == "/texts/1"


def test_argument_refusals_are_wholly_indonesian_or_wholly_english():
    with pytest.raises(umkm.UmkmError) as e:
        money.parse_many(["\ud800"])
    assert e.value.message_id.startswith("Argumen tidak sah di /texts/0: teks memuat surrogate tunggal")
    assert "the text" not in e.value.message_id
    assert e.value.message_en.startswith("Invalid argument at /texts/0: the text holds a lone surrogate")
