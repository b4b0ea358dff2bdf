"""Identifier columns: format_many, and Polars Series in, Polars out (nulls as Polars nulls)."""

import pandas as pd
import polars as pl
import pytest

from umkm import nik, npwp
from umkm._identifier import IdentifierCheck

NPWPS = ["013121660091000", 13121660091000, None, "x"]


def test_format_many_list_keeps_missing_as_none():
    assert npwp.format_many(NPWPS) == ["01.312.166.0-091.000", "01.312.166.0-091.000", None, "x"]


def test_format_many_pandas_on_its_index():
    s = pd.Series(NPWPS, index=list("abcd"), name="npwp", dtype=object)
    out = npwp.format_many(s)
    assert list(out.index) == list("abcd") and out.name == "npwp"
    assert out["a"] == "01.312.166.0-091.000" and out["c"] is None


def test_polars_in_polars_out():
    s = pl.Series("npwp", ["013121660091000", "013121661091000", None])
    valid = npwp.is_valid_many(s)
    assert isinstance(valid, pl.Series) and valid.to_list() == [True, False, False]
    written = npwp.format_many(s)
    assert isinstance(written, pl.Series) and written.to_list() == ["01.312.166.0-091.000", "01.312.166.1-091.000", None]
    checks = nik.validate_many(pl.Series(["3276011708850003", "3275012902010001"]))
    assert isinstance(checks, pl.DataFrame)
    assert checks["valid"].to_list() == [True, False]
    assert checks["code"].to_list() == [None, "nik.impossible_date"]


def test_check_as_typed():
    c = npwp.check("013121")
    assert (c.state, c.code, c.formatted) == ("incomplete", "npwp.length", "01.312.1")
    assert npwp.check("01.312.166.0-091.000").state == "valid"
    assert npwp.check("013121661091000").code == "npwp.checksum"


def test_validate_many_columns_match_the_row_answers():
    # The Series path builds its frame from columns; each row equals the list path's answer.
    values = ["013121660091000", "013121661091000", "x", "", None, 13121660091000]
    rows = npwp.validate_many(values)
    frame = npwp.validate_many(pd.Series(values, index=[f"r{i}" for i in range(len(values))]))
    for (label, row), check in zip(frame.iterrows(), rows):
        assert row["valid"] == check.valid
        for field in ("value", "code", "message_id", "message_en", "warning"):
            got = row[field]
            assert (None if pd.isna(got) else got) == getattr(check, field), (label, field)


@pytest.mark.parametrize(
    "values",
    [
        ["013121660091000", "013121661091000", "x", None],
        ["013121660091000", "01.312.166.0-091.000"],  # all valid: code and messages all None
        ["013121661091000", "x"],  # none valid: value all None
    ],
)
def test_validate_many_frame_has_the_dtypes_pandas_infers_from_the_rows(values):
    # The columns are typed without inference; they must be what inference would give.
    frame = npwp.validate_many(pd.Series(values))
    rows = pd.DataFrame([tuple(c) for c in npwp.validate_many(values)], columns=list(frame.columns[1:]))
    assert frame.drop(columns="valid").dtypes.tolist() == rows.dtypes.tolist()
    assert frame.drop(columns="valid").equals(rows)


@pytest.mark.parametrize(
    "values",
    [
        ["013121660091000", "013121661091000", "x", "", "01.312.166.0-091.000"] * 50,  # all str: joined
        ["013121660091000", "013121661091000", "x", None, 13121660091000],  # item by item
        ["013121660091000", "01.312.166.0-091.000"],
        ["013121661091000", "x"],
    ],
)
def test_validate_many_frame_is_the_same_from_arrow_buffers_and_from_lists(values, monkeypatch):
    # pandas 3 keeps text in Arrow: the columns come as Arrow buffers. The other way (lists,
    # for an older pandas) must give the same frame, dtypes included.
    from umkm import _identifier

    series = pd.Series(values, index=[f"r{i}" for i in range(len(values))])
    frame = npwp.validate_many(series)
    monkeypatch.setattr(_identifier, "_arrow_text", lambda dtype: False)
    listed = npwp.validate_many(series)
    assert frame.dtypes.tolist() == listed.dtypes.tolist()
    assert frame.equals(listed)
    assert frame.index.tolist() == series.index.tolist()


ARROW_CELLS = ["013121660091000", "013121661091000", None, "", "x" * 40, "01.312.166.0-091.000", "ẞ"] * 7


def _plain(v):
    return None if v is None or (isinstance(v, float) and v != v) else v


@pytest.mark.parametrize(
    "make",
    [
        lambda cells: pd.Series(cells, dtype=pd.Series(["x"]).dtype),
        lambda cells: pl.Series(cells, dtype=pl.String),
        lambda cells: __import__("pyarrow").array(cells, type=__import__("pyarrow").string()),
        lambda cells: __import__("pyarrow").array(cells, type=__import__("pyarrow").large_string()),
        lambda cells: __import__("pyarrow").array(cells, type=__import__("pyarrow").string_view()),
        # Two chunks, and a slice that starts inside the first (an offset into the buffers).
        lambda cells: __import__("pyarrow").chunked_array([cells[:10], cells[10:]]),
        lambda cells: __import__("pyarrow").array(["pad", "pad"] + cells)[2:],
    ],
    ids=["pandas", "polars", "string", "large_string", "string_view", "chunked", "sliced"],
)
def test_arrow_text_columns_answer_as_their_cells_one_by_one(make):
    # A text column kept in Arrow is read from its buffers (no Python object a cell): every
    # answer, nulls included, equals the list path's.
    from umkm import _identifier

    column = make(ARROW_CELLS)
    assert _identifier._arrow_column(column) is not None
    valid = npwp.is_valid_many(column)
    valid = valid.to_pylist() if hasattr(valid, "to_pylist") else list(valid)
    assert valid == npwp.is_valid_many(ARROW_CELLS)
    written = npwp.format_many(column)
    written = written.to_pylist() if hasattr(written, "to_pylist") else list(written)
    assert written == npwp.format_many(ARROW_CELLS)
    rows = npwp.validate_many(ARROW_CELLS)
    checks = npwp.validate_many(column)
    # pandas and Polars answer with their DataFrame, an Arrow array with a pyarrow Table.
    frame = checks.to_pandas() if not isinstance(checks, pd.DataFrame) else checks
    for (_, row), check in zip(frame.iterrows(), rows):
        assert row["valid"] == check.valid
        for field in ("value", "code", "message_id", "message_en", "warning"):
            assert _plain(row[field]) == getattr(check, field), field


def test_polars_validation_frame_has_polars_types_and_nulls():
    checks = npwp.validate_many(pl.Series(["013121660091000", None, "x" * 13]))
    assert checks.schema == pl.Schema(
        {"valid": pl.Boolean, "value": pl.String, "code": pl.String, "message_id": pl.String,
         "message_en": pl.String, "warning": pl.String}
    )
    assert checks["valid"].to_list() == [True, False, False]
    assert checks["value"].to_list() == ["013121660091000", None, None]
    assert checks["code"].null_count() == 1 and checks["warning"].null_count() == 3


def test_numpy_and_arrow_arrays_are_answered_in_kind():
    # The caller's own kind back: NumPy arrays (a record array of checks) and pyarrow arrays
    # (a Table of checks), every value as the list path gives it.
    import numpy
    import pyarrow

    cells = ["013121660091000", "x", None, 13121660091000]
    rows = npwp.validate_many(cells)
    as_numpy = npwp.validate_many(numpy.array(cells, dtype=object))
    assert isinstance(as_numpy, numpy.recarray)
    assert as_numpy.dtype.names == ("valid",) + IdentifierCheck._fields
    assert as_numpy.valid.tolist() == [r.valid for r in rows]
    for field in IdentifierCheck._fields:
        assert as_numpy[field].tolist() == [getattr(r, field) for r in rows], field
    written = npwp.format_many(numpy.array(cells, dtype=object))
    assert isinstance(written, numpy.ndarray) and written.tolist() == npwp.format_many(cells)
    for column in (pyarrow.array(cells[:3]), pyarrow.array([13121660091000, None])):
        expected = npwp.validate_many(column.to_pylist())
        table = npwp.validate_many(column)
        assert isinstance(table, pyarrow.Table)
        assert table.column_names == ["valid"] + list(IdentifierCheck._fields)
        assert table.to_pylist() == [dict(valid=r.valid, **r._asdict()) for r in expected]
        written = npwp.format_many(column)
        assert isinstance(written, pyarrow.Array) and written.to_pylist() == npwp.format_many(column.to_pylist())
