"""umkm.pandas: results aligned to the input's index; a bad cell is that row's issue."""

from __future__ import annotations

import datetime
import decimal
import json
import pathlib

import numpy
import pandas
import pytest

import umkm
import umkm.pandas as upd

AS_OF = datetime.date(2025, 11, 1)
SEEDS = json.loads(
    (pathlib.Path(__file__).resolve().parents[2] / "examples" / "data" / "seed_enterprises.json").read_text(
        encoding="utf-8"
    )
)


def frame() -> pandas.DataFrame:
    return pandas.DataFrame(
        {
            "name": ["Batik Tulis Bekasi", "Kerajinan Anyaman", "Tanpa Angka", "Kue Basah", "Sen"],
            "npwp": ["01.312.166.0-091.000", "01.312.166.1-091.000", None, numpy.nan, "013121660091000"],
            # float64 as read from CSV: whole numbers are exact, NaN is missing, a fraction is refused
            "business_capital": [1_000_000_000.0, 1_000_000_001.0, numpy.nan, 5_000_000_000.0, 250.5],
            "annual_sales": [numpy.nan, 15_000_000_000.0, numpy.nan, 15_000_000_001.0, 1.0],
            "kecamatan": ["x", "y", "z", "w", "v"],  # not a record field: ignored
        },
        index=pandas.Index([101, 205, 307, 409, 511], name="id_ikm"),
    )


def test_classify_frame_by_hand() -> None:
    out = upd.classify_frame(frame(), AS_OF)
    assert out.index.tolist() == [101, 205, 307, 409, 511]
    # 101: capital exactly Rp1 miliar: micro. 205: sales exactly Rp15 miliar: small (sales decide).
    # 307: no figures: classify.missing. 409: sales Rp15 miliar + 1: medium. 511: float 250.5.
    assert out["class"].tolist()[:2] == ["micro", "small"]
    assert pandas.isna(out.loc[307, "class"]) and out.loc[409, "class"] == "medium"
    assert out.loc[205, "decided_by"] == "annual_sales"
    assert out.loc[205, "by_capital"] == "small"
    assert out.loc[307, "error_code"] == "classify.missing"
    assert out.loc[511, "error_code"] == "argument.invalid"
    assert "business_capital" in out.loc[511, "error_message_en"]
    assert out.loc[101, "rule"] == "pp-7-2021"
    assert pandas.isna(out.loc[101, "error_code"])


def test_classify_frame_on_an_older_date_uses_uu_20_2008() -> None:
    out = upd.classify_frame(frame().iloc[:1], datetime.date(2020, 12, 31))
    # Rp1 miliar of net assets is medium under UU 20/2008 (small ends at Rp500 juta).
    assert out["class"].tolist() == ["medium"]
    assert out["rule"].tolist() == ["uu-20-2008"]


def test_validate_frame() -> None:
    out = upd.validate_frame(frame().drop(columns="annual_sales"), AS_OF)
    assert out.index.tolist() == [101, 205, 307, 409, 511]
    assert out.loc[101, "valid"]
    assert not out.loc[205, "valid"]
    assert "npwp.checksum" in out.loc[205, "codes"]
    assert [i.path for i in out.loc[205, "issues"] if i.code == "npwp.checksum"] == ["/npwp"]
    assert out.loc[511, "error_code"] == "argument.invalid"
    # A flat sales figure is not the record's list of {year, amount}: refused at its path.
    flat = upd.validate_frame(frame().iloc[1:2], AS_OF)
    assert flat.loc[205, "error_code"] == "record.json"
    assert flat.loc[205, "error_path"] == "/record/annual_sales"


def test_validate_frame_from_a_record_column() -> None:
    df = pandas.DataFrame({"rec": SEEDS + [{"name": "X", "nama": "Y"}]}, index=list("abcd")[: len(SEEDS) + 1])
    out = upd.validate_frame(df, AS_OF, record="rec")
    assert out["error_code"].tolist()[-1] == "record.json"
    assert out["error_path"].tolist()[-1] == "/record/nama"
    assert out["valid"].tolist()[: len(SEEDS)] == [umkm.validate(s, AS_OF).valid for s in SEEDS]


def test_assess_frame() -> None:
    df = pandas.DataFrame(
        {
            "rec": SEEDS,
            "product": [s["products"][0]["name"] for s in SEEDS],
            "tujuan": ["AU", "JP", "JP"][: len(SEEDS)],
        },
        index=[7, 8, 9][: len(SEEDS)],
    )
    out = upd.assess_frame(df, "product", "tujuan", AS_OF, record="rec", report=True)
    assert out.index.tolist() == df.index.tolist()
    first = umkm.assess(SEEDS[0], SEEDS[0]["products"][0]["name"], "AU", AS_OF)
    # The score is a float64 column: one decimal, exact as displayed.
    assert out.loc[7, "score"] == float(first.score)
    assert str(out["score"].dtype) == "float64"
    assert out.loc[7, "earliest_ready_date"].date() == first.earliest_ready_date
    assert out.loc[7, "report"] == first
    wrong = upd.assess_frame(df.iloc[:1], "Tidak ada", "AU", AS_OF, record="rec")
    assert wrong["error_code"].tolist() == ["readiness.unknown_product"]
    assert "report" not in wrong.columns


def test_assess_frame_summary_columns_equal_the_reports() -> None:
    # The summary of each row (computed in Rust from the record's columns) equals the report
    # of the same row assessed alone.
    df = pandas.DataFrame(SEEDS)
    df["tujuan"] = ["AU", "JP", "JP"][: len(SEEDS)]
    products = [s["products"][0]["name"] for s in SEEDS]
    df["produk"] = products
    out = upd.assess_frame(df, "produk", "tujuan", AS_OF)
    assert "report" not in out.columns
    for i, seed in enumerate(SEEDS):
        r = umkm.assess(seed, products[i], df.loc[i, "tujuan"], AS_OF)
        assert out.loc[i, "score"] == float(r.score)
        assert out.loc[i, "level"] == r.level.value
        assert out.loc[i, "blocked"] == r.blocked
        assert out.loc[i, "export_ready"] == r.export_ready
        assert out.loc[i, "blockers"] == [b.step for b in r.blockers]
        assert out.loc[i, "earliest_ready_date"].date() == r.earliest_ready_date
        assert pandas.isna(out.loc[i, "error_code"])
    # Same answers through the row-by-row path with reports.
    full = upd.assess_frame(df, "produk", "tujuan", AS_OF, report=True)
    for c in ["score", "level", "blocked", "export_ready", "blockers", "earliest_ready_date"]:
        assert full[c].tolist() == out[c].tolist(), c
    # A row that cannot be read fails alone.
    bad = pandas.concat([df.iloc[:1], pandas.DataFrame({"name": [5], "produk": ["x"], "tujuan": ["JP"]})], ignore_index=True)
    out = upd.assess_frame(bad, "produk", "tujuan", AS_OF)
    assert out["error_code"].tolist()[0] is None or pandas.isna(out["error_code"].tolist()[0])
    assert out.loc[1, "error_path"] == "/record/name"
    assert numpy.isnan(out.loc[1, "score"]) and pandas.isna(out.loc[1, "earliest_ready_date"])


def test_assess_frame_over_several_chunks_keeps_every_row_in_its_place() -> None:
    # The rows are read and assessed 8,192 at a time, the next chunk read while the last is
    # assessed: 20,000 rows (three chunks) with failing rows on both sides of each chunk's
    # edge answer exactly as each seed alone, in order.
    n = 20_000
    bad = {0, 8_191, 8_192, 16_383, 16_384, n - 1}
    rows = [dict(SEEDS[i % len(SEEDS)]) for i in range(n)]
    for i in bad:
        rows[i]["name"] = 5
    df = pandas.DataFrame(rows)
    df["produk"] = [r["products"][0]["name"] for r in rows]
    out = upd.assess_frame(df, "produk", "JP", AS_OF)
    alone = [umkm.assess(s, s["products"][0]["name"], "JP", AS_OF) for s in SEEDS]
    scores = out["score"].tolist()
    ready = out["export_ready"].tolist()
    paths = out["error_path"].tolist()
    for i in range(n):
        if i in bad:
            assert paths[i] == "/record/name" and numpy.isnan(scores[i]) and ready[i] is pandas.NA, i
        else:
            r = alone[i % len(SEEDS)]
            assert scores[i] == float(r.score) and ready[i] == r.export_ready and pandas.isna(paths[i]), i
    assert str(out["export_ready"].dtype) == "boolean" and str(out["blocked"].dtype) == "boolean"


def test_an_empty_frame_gives_the_result_columns_with_their_dtypes() -> None:
    empty = pandas.DataFrame({"name": pandas.Series([], dtype=object)})
    out = upd.assess_frame(empty, "Tas", "JP", AS_OF)
    assert len(out) == 0
    assert list(out.columns)[:6] == ["score", "level", "export_ready", "blocked", "blockers", "earliest_ready_date"]
    assert str(out["score"].dtype) == "float64"
    assert str(out["earliest_ready_date"].dtype).startswith("datetime64")
    assert len(upd.validate_frame(empty, AS_OF)) == 0
    assert len(upd.classify_frame(pandas.DataFrame({"business_capital": [], "annual_sales": []}), AS_OF)) == 0


def test_result_columns_have_one_type_whatever_the_rows_hold() -> None:
    # Every row failed (no such product): the columns are typed as when every row answers.
    failed = upd.assess_frame(pandas.DataFrame({"name": ["A", "B"]}), "Tas", "JP", AS_OF)
    answered = upd.assess_frame(
        pandas.DataFrame({"name": ["A"], "products": [[{"name": "Tas", "category": "craft", "unit": "piece"}]]}),
        "Tas",
        "JP",
        AS_OF,
    )
    assert failed["error_code"].tolist() == ["readiness.unknown_product"] * 2
    assert list(failed.dtypes) == list(answered.dtypes)
    assert str(failed["export_ready"].dtype) == "boolean" and failed["export_ready"].isna().all()
    assert str(answered["export_ready"].dtype) == "boolean"
    checked = upd.validate_frame(pandas.DataFrame({"name": ["A"], "business_capital": [1.5]}), AS_OF)
    assert str(checked["errors"].dtype) == "Int64" and checked["errors"].isna().all()
    assert str(upd.validate_frame(pandas.DataFrame({"name": ["A"]}), AS_OF)["errors"].dtype) == "Int64"


def test_a_records_null_fields_inside_a_cell_are_absent() -> None:
    # A struct read from Arrow, Parquet, Polars or Spark has every field, the absent ones
    # null: a certificate without products, a product without its HS code.
    product = {"name": "Batik", "category": "fashion_textile", "unit": "sheet", "hs_code": None, "price": None}
    certificate = {"kind": "sni", "number": "SNI 8302:2016", "issued": "2024-01-01", "expires": None, "products": None}
    df = pandas.DataFrame(
        {
            "name": ["Batik Tulis Bekasi"],
            "products": pandas.Series([[product]], dtype=object),
            "certifications": pandas.Series([[certificate]], dtype=object),
        }
    )
    checked = upd.validate_frame(df, AS_OF)
    assert checked["error_code"].isna().all(), checked.iloc[0].to_dict()
    assessed = upd.assess_frame(df, "Batik", "NZ", AS_OF)
    assert assessed["error_code"].isna().all(), assessed.iloc[0].to_dict()
    # The same record without the null fields answers the same.
    plain = df.assign(
        products=pandas.Series([[{k: v for k, v in product.items() if v is not None}]], dtype=object),
        certifications=pandas.Series([[{k: v for k, v in certificate.items() if v is not None}]], dtype=object),
    )
    pandas.testing.assert_frame_equal(upd.assess_frame(plain, "Batik", "NZ", AS_OF), assessed)


def test_records_from_frame_uses_the_currency_given() -> None:
    records = upd.records_from_frame(frame().iloc[:1], currency="USD")
    assert records[0]["business_capital"] == {"amount": 1_000_000_000, "currency": "USD"}
    assert "kecamatan" not in records[0]


@pytest.mark.parametrize("missing", [None, numpy.nan, pandas.NA, pandas.NaT])
def test_every_kind_of_missing_cell(missing: object) -> None:
    df = pandas.DataFrame({"name": ["A"], "npwp": pandas.Series([missing], dtype=object)})
    out = upd.validate_frame(df, AS_OF)
    assert pandas.isna(out.loc[0, "error_code"])
    assert "npwp.missing" not in out.loc[0, "codes"]


def test_classify_frame_before_any_rule_gives_each_row_its_error() -> None:
    out = upd.classify_frame(frame().iloc[:2], datetime.date(2008, 7, 3))
    assert out["error_code"].tolist() == ["classify.no_rule", "classify.no_rule"]
    assert out["class"].isna().all()


def test_the_columnar_path_equals_classify_size_row_by_row() -> None:
    import random

    rng = random.Random(7)
    kinds = [
        lambda v: v,  # int
        lambda v: str(v),  # str
        lambda v: decimal.Decimal(v),  # Decimal
        lambda v: float(v),  # whole float (exact below 2**53)
        lambda v: numpy.int64(v),  # NumPy int
        lambda v: None,  # missing
        lambda v: numpy.nan,  # missing
    ]
    cells = [[rng.choice(kinds)(rng.randrange(0, 60_000_000_000)) for _ in range(300)] for _ in range(2)]
    df = pandas.DataFrame({"business_capital": cells[0], "annual_sales": cells[1]}, dtype=object)
    out = upd.classify_frame(df, AS_OF)
    for i in range(len(df)):
        size_input = {}
        for column in ("business_capital", "annual_sales"):
            v = df.at[i, column]
            if v is not None and not (isinstance(v, float) and numpy.isnan(v)):
                size_input[column] = {"amount": int(v), "currency": "IDR"}
        try:
            expected = umkm.classify_size(size_input, AS_OF)
        except umkm.UmkmError as e:
            assert out.at[i, "error_code"] == e.code
        else:
            assert out.at[i, "class"] == expected.class_.value
            assert out.at[i, "decided_by"] == expected.decided_by.value
            assert out.at[i, "basis"] == expected.basis.value


def _row_by_row(df: pandas.DataFrame, as_of: object) -> pandas.DataFrame:
    """validate_frame as it answered row by row: each row's record assembled in Python."""
    records = pandas.DataFrame({"rec": upd.records_from_frame(df)}, index=df.index)
    return upd.validate_frame(records, as_of, record="rec")


def _same(a: pandas.DataFrame, b: pandas.DataFrame) -> None:
    assert a.columns.tolist() == b.columns.tolist()
    assert a.index.tolist() == b.index.tolist()
    assert a.dtypes.to_dict() == b.dtypes.to_dict()
    for column in a.columns:
        for x, y in zip(a[column].tolist(), b[column].tolist()):
            both_missing = not isinstance(x, list) and pandas.isna(x) and pandas.isna(y)
            assert both_missing or x == y, (column, x, y)


def test_the_whole_frame_path_equals_validate_row_by_row() -> None:
    df = pandas.DataFrame(
        {
            "name": ["Batik", None, "Kue", "X" * 1001, "Anyaman", "Tahu", "Tempe", 3],
            "nib": ["9120301234567", numpy.nan, pandas.NA, "123", "9120301234567", None, None, None],
            "workers": [4.0, 5.5, numpy.nan, 20.0, 19.0, None, 7, None],
            "founded": [
                pandas.Timestamp("2019-02-28"),
                pandas.NaT,
                datetime.date(2024, 2, 29),
                pandas.Timestamp("2020-01-01 10:30"),
                None,
                "2021-13-01",
                None,
                None,
            ],
            "business_capital": [
                1_000_000_000,
                decimal.Decimal("250000000.50"),
                {"amount": "1", "currency": "USD"},
                250.5,
                numpy.nan,
                numpy.int64(5),
                float("inf"),
                None,
            ],
            "products": [
                [{"name": "Batik tulis", "category": "textile", "unit": "piece"}],
                None,
                "not a list",
                [],
                [{"name": "X", "category": "nope", "unit": "pack"}],
                None,
                None,
                None,
            ],
            "kecamatan": list("abcdefgh"),
        },
        index=pandas.Index(range(10, 18), name="id"),
    )
    for as_of in [AS_OF, "2025-11-01", "2025-02-30", None, object()]:
        _same(upd.validate_frame(df, as_of), _row_by_row(df, as_of))
    # An empty frame keeps its columns (row by row, it had none).
    empty = upd.validate_frame(df.iloc[:0], AS_OF)
    assert len(empty) == 0 and empty.columns.tolist()[:3] == ["valid", "errors", "warnings"]


def test_a_lone_surrogate_in_a_text_column_fails_its_row_not_the_frame() -> None:
    # An object column can hold a text no UTF-8 can (pandas' Arrow text columns cannot): the
    # frame helpers raised Python's UnicodeEncodeError for the whole frame; now the row fails
    # at its field, with the message `umkm.validate` gives the same text.
    df = pandas.DataFrame({"name": pandas.Series(["\ud800", "Anyaman"], dtype=object), "produk": ["Tas", "Tas"]})
    assessed = upd.assess_frame(df, "produk", "JP", AS_OF)
    assert assessed["error_code"].tolist() == ["argument.invalid", "readiness.unknown_product"]
    assert assessed.loc[0, "error_path"] == "/record/name"
    validated = upd.validate_frame(df, AS_OF)
    assert validated["valid"].tolist() == [False, True]
    assert validated.loc[0, "error_path"] == "/record/name"
    assert "surrogate" in validated.loc[0, "error_message_en"]
