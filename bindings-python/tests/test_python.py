"""Python-side behaviour: value conversions, typed classes, errors, column functions."""

from __future__ import annotations

import datetime
import decimal
import json
import pickle
import pathlib

import numpy
import pandas
import pyarrow
import pytest

import umkm
from umkm.types import Enterprise, Money, SizeClass

D = decimal.Decimal
AS_OF = datetime.date(2025, 11, 1)
SEEDS = json.loads(
    (pathlib.Path(__file__).resolve().parents[2] / "examples" / "data" / "seed_enterprises.json").read_text(
        encoding="utf-8"
    )
)


def idr(amount: object) -> dict:
    return {"amount": amount, "currency": "IDR"}


# --- amounts and dates -------------------------------------------------------------------


@pytest.mark.parametrize("amount", [D("1000000000"), 1_000_000_000, "1000000000", D("1E+9")])
def test_amounts_as_decimal_int_or_str_give_the_same_answer(amount: object) -> None:
    r = umkm.classify_size({"business_capital": idr(amount)}, AS_OF)
    # Exactly Rp1 miliar is still micro: "paling banyak" is inclusive (PP 7/2021 Pasal 35).
    assert r.class_ is SizeClass.MICRO
    assert r.class_ == "micro"


def test_a_float_amount_is_refused_with_its_path() -> None:
    with pytest.raises(umkm.ArgumentError) as info:
        umkm.classify_size({"business_capital": idr(1.5)}, AS_OF)
    e = info.value
    assert isinstance(e, ValueError) and isinstance(e, umkm.UmkmError)
    assert e.code == "argument.invalid"
    assert e.path == "/input/business_capital/amount"
    assert "send it as a string" in e.message_en
    assert "kirim sebagai teks" in e.message_id


@pytest.mark.parametrize("bad", [float("nan"), D("NaN"), D("Infinity"), float("inf")])
def test_nan_and_infinity_are_refused(bad: object) -> None:
    with pytest.raises(umkm.ArgumentError) as info:
        umkm.classify_size({"business_capital": idr(bad)}, AS_OF)
    assert info.value.path == "/input/business_capital/amount"


@pytest.mark.parametrize(
    "as_of",
    [AS_OF, "2025-11-01", datetime.datetime(2025, 11, 1), pandas.Timestamp("2025-11-01")],
)
def test_dates_as_date_iso_text_or_midnight_timestamp(as_of: object) -> None:
    r = umkm.classify_size({"annual_sales": idr(2_000_000_001)}, as_of)
    assert r.class_ is SizeClass.SMALL


def test_a_datetime_with_a_time_is_not_a_date() -> None:
    with pytest.raises(umkm.ArgumentError) as info:
        umkm.classify_size({"annual_sales": idr(1)}, datetime.datetime(2025, 11, 1, 9, 30))
    assert info.value.path == "/as_of"


def test_results_decode_to_decimal_and_date() -> None:
    g = umkm.growth(D("390000000"), 480_000_000)
    assert g.status == "defined"
    assert g.value == D("0.2307692307692307692307692308")
    t = umkm.target_progress({"goal": 5000, "deadline": "2026-12-31"}, 1250, AS_OF)
    assert t.deadline == datetime.date(2026, 12, 31)
    assert t.monthly_needed.quantize(D("0.01")) == D("267.86")
    undefined = umkm.growth(0, 5)
    assert (undefined.status, undefined.value, undefined.reason) == ("undefined", None, "zero_base")


# --- typed classes ------------------------------------------------------------------------


def test_call_answers_in_the_result_field_order() -> None:
    # Issue 15: the answer goes straight into Python objects, keys in the order the result
    # declares them (not alphabetical, as a JSON value would have them).
    rule = umkm._umkm.call("size_rule", {"as_of": "2025-11-01"})
    assert list(rule) == ["id", "citation", "effective_from", "effective_until"]
    report = umkm._umkm.call("assess", {"record": SEEDS[0], "product": SEEDS[0]["products"][0]["name"],
                                  "destination": "JP", "as_of": "2025-11-01"})
    assert list(report)[:4] == ["rule_set", "enterprise", "product", "category"]
    assert list(report["trace"][0]) == ["rule", "dimension", "points", "awarded", "outcome", "detail"]
    # Fixed-size tables are lists, as in JSON (never tuples).
    matrix = umkm._umkm.call("transition_matrix", {"before": {"date": "2020-12-31", "records": []},
                                             "after": {"date": "2025-12-31", "records": []}})
    assert isinstance(matrix["classes"], list) and isinstance(matrix["counts"][0], list)


def test_dict_to_rust_to_dict_is_the_rust_json() -> None:
    for seed in SEEDS:
        e = Enterprise.from_dict(seed)
        again = Enterprise.from_dict(e.to_dict())
        assert again == e
        assert again.to_dict() == e.to_dict()
        # The canonical form writes every field, amounts as strings.
        assert set(e.to_dict()) >= {"name", "nib", "products", "management", "marketing"}
    minimal = Enterprise(name="Batik Tulis Bekasi", business_capital=Money(amount=D("40000.50"), currency="IDR"))
    assert minimal.to_dict()["business_capital"] == {"amount": "40000.50", "currency": "IDR"}
    assert minimal.business_capital.amount == D("40000.50")
    assert str(minimal.business_capital) == "Rp40.000,50"
    assert minimal.business_capital.format_short("en") == "IDR 40 thousand"


def test_typed_classes_have_repr_eq_replace_and_pickle() -> None:
    e = Enterprise(name="Kerajinan Anyaman", nib="9120301234567")
    assert repr(e).startswith("Enterprise(annual_sales=[], business_capital=None")
    assert e == Enterprise.from_dict({"name": "Kerajinan Anyaman", "nib": "9120301234567"})
    assert e != Enterprise(name="Lain")
    changed = e.replace(region="32.16")
    assert (changed.region, e.region) == ("32.16", None)
    with pytest.raises(AttributeError):
        e.name = "x"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(e)) == e
    with pytest.raises(AttributeError):
        e.nama  # type: ignore[attr-defined]
    assert "nib" in dir(e)


def test_a_misspelt_field_is_refused_at_its_path() -> None:
    with pytest.raises(umkm.ArgumentError) as info:
        Enterprise.from_dict({"name": "X", "products": [{"name": "a", "category": "food", "unit": "piece"}]})
    assert info.value.code == "record.json"
    assert info.value.path == "/value/products/0/category"
    assert "nilai `food` tidak dikenal" in info.value.message_id


def test_keyword_fields_get_a_trailing_underscore() -> None:
    r = umkm.classify_size({"annual_sales": idr(1)}, AS_OF)
    assert r.class_ is SizeClass.MICRO and r.to_dict()["class"] == "micro"


# --- errors -------------------------------------------------------------------------------


def test_error_classes() -> None:
    with pytest.raises(umkm.InvalidIdentifier) as info:
        umkm.nik.validate("3275012902010001")
    assert info.value.code == "nik.impossible_date"
    assert info.value.message("en") == info.value.message_en
    assert pickle.loads(pickle.dumps(info.value)).code == "nik.impossible_date"
    with pytest.raises(umkm.UmkmError) as domain:
        umkm.classify_size({}, AS_OF)
    assert domain.value.code == "classify.missing"
    with pytest.raises(umkm.ValidationError) as many:
        umkm.rank_export_growth(
            [{"region": "99.99", "date": "2024-01-01", "value": idr(1)}, {"region": "32", "date": "2024-01-01", "value": idr(1)}],
            {"level": "regency", "base": {"start": "2021-01-01", "end": "2021-12-31"}, "current": {"start": "2024-01-01", "end": "2024-12-31"}},
        )
    issues = many.value.issues
    assert [(i.path, i.code) for i in issues] == [
        ("/records/0/region", "wilayah.unknown_region"),
        ("/records/1/region", "ranking.region_level"),
    ]
    assert issues[0].severity == "error"


def test_no_panic_reaches_python() -> None:
    deep: object = []
    for _ in range(500):
        deep = [deep]
    with pytest.raises(umkm.ArgumentError):
        umkm.validate({"name": "x", "kbli": deep}, AS_OF)
    with pytest.raises(umkm.ArgumentError):
        umkm.validate(object(), AS_OF)


# --- columns ------------------------------------------------------------------------------

NPWPS = ["01.312.166.0-091.000", "01.312.166.1-091.000", None, "", "0013121660091000"]
EXPECTED = [True, False, False, False, True]


@pytest.mark.parametrize(
    "column",
    [
        NPWPS,
        tuple(NPWPS),
        numpy.array(NPWPS, dtype=object),
        pyarrow.array(NPWPS),
        pyarrow.chunked_array([NPWPS[:2], NPWPS[2:]]),
        (x for x in NPWPS),
    ],
    ids=["list", "tuple", "numpy", "arrow", "arrow-chunked", "generator"],
)
def test_is_valid_many_on_any_column(column: object) -> None:
    # A NumPy or Arrow array is answered in kind; any other column with a list.
    out = umkm.npwp.is_valid_many(column)
    if isinstance(column, numpy.ndarray):
        assert isinstance(out, numpy.ndarray) and out.dtype == bool
        out = out.tolist()
    elif isinstance(column, (pyarrow.Array, pyarrow.ChunkedArray)):
        assert isinstance(out, pyarrow.Array) and out.type == pyarrow.bool_()
        out = out.to_pylist()
    assert out == EXPECTED


def test_is_valid_many_on_a_series_keeps_the_index() -> None:
    s = pandas.Series(NPWPS + [float("nan")], index=[10, 11, 12, 13, 14, 15], name="npwp")
    out = umkm.npwp.is_valid_many(s)
    assert out.index.tolist() == [10, 11, 12, 13, 14, 15]
    assert out.dtype == bool and out.name == "npwp"
    assert out.tolist() == EXPECTED + [False]
    arrow_backed = pandas.Series(NPWPS, dtype="string[pyarrow]", index=list("abcde"))
    assert umkm.npwp.is_valid_many(arrow_backed).tolist() == EXPECTED
    numpy_unicode = numpy.array(["01.312.166.0-091.000", "x"])
    assert umkm.npwp.is_valid_many(numpy_unicode).tolist() == [True, False]


def test_validate_many_reports_each_row() -> None:
    checks = umkm.npwp.validate_many(NPWPS)
    assert checks[0] == umkm.IdentifierCheck("013121660091000", None, None, None)
    assert checks[0].valid
    assert (checks[1].code, checks[2].code) == ("npwp.checksum", "npwp.empty")
    frame = umkm.nik.validate_many(pandas.Series(["3276011708850003", "3275012902010001"], index=["a", "b"]))
    assert frame.index.tolist() == ["a", "b"]
    assert frame["valid"].tolist() == [True, False]
    assert frame.loc["b", "code"] == "nik.impossible_date"
    assert frame.loc["b", "message_en"]


def test_a_lone_string_is_not_a_column() -> None:
    with pytest.raises(umkm.ArgumentError):
        umkm.npwp.is_valid_many("013121660091000")


# --- notebook display -----------------------------------------------------------------------


def test_reports_show_as_html_and_svg() -> None:
    seafood = next(s for s in SEEDS if s["name"] == "IKM Duo Ayu Sehati")
    report = umkm.assess(seafood, seafood["products"][0]["name"], "AU", AS_OF)
    html = report._repr_html_()
    assert "<svg" in html and "Kesiapan ekspor" in html
    assert report.to_svg("en").startswith("<svg") and "Australia" in report.to_svg("en")
    assert isinstance(report.score, D) and isinstance(report.earliest_ready_date, datetime.date)
