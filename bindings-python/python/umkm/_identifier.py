"""Column functions shared by the identifier modules: ``is_valid_many`` and ``validate_many``
over a list, tuple, pandas Series, NumPy array or Arrow array, with the GIL released while
Rust checks."""

from __future__ import annotations

import functools
from typing import Any, List, NamedTuple, Optional, Tuple

from umkm import _column, _umkm


class IdentifierCheck(NamedTuple):
    """One answer of ``validate_many``: the compact number, or the error's code and messages;
    ``warning`` is ``<kind>.leading_zeros`` where the item was a number that had lost its
    leading zeros (a column read as numbers), put back before checking."""

    value: Optional[str]
    code: Optional[str]
    message_id: Optional[str]
    message_en: Optional[str]
    warning: Optional[str] = None

    @property
    def valid(self) -> bool:
        """True when the number passed."""
        return self.code is None


def _values(numbers: Any) -> Tuple[Any, Optional[Any]]:
    """The items as a list (or tuple), and the Series (pandas or Polars) they came from."""
    if isinstance(numbers, (list, tuple)):
        return numbers, None
    if isinstance(numbers, (str, bytes)):
        return [numbers], None  # the extension refuses a lone str with a clear message
    return _column.items(numbers), (numbers if _column.kind(numbers) else None)


def _arrow_column(numbers: Any) -> Optional[Tuple[int, int, Optional[bytes], bytes, bytes]]:
    """The buffers of a text column kept in Arrow (a pandas ``str`` Series from pandas 3, a
    Polars ``String`` Series, a pyarrow string array) as ``large_string``: rows, offset,
    validity (``None`` with no null), offsets, bytes. Three copies of bytes, no Python object a
    cell. ``None`` for any other column (or without pyarrow): the caller reads the items."""
    library = _column.kind(numbers)
    try:
        import pyarrow
    except ImportError:
        return None
    if library == "pandas":
        if not _arrow_text(numbers.dtype):
            return None
        array = numbers.array.__arrow_array__()
    elif library == "polars":
        import polars

        if numbers.dtype != polars.String:
            return None
        array = numbers.to_arrow()
    elif isinstance(numbers, (pyarrow.Array, pyarrow.ChunkedArray)):
        array = numbers
    else:
        return None
    if isinstance(array, pyarrow.ChunkedArray):
        array = array.combine_chunks()
    kind = array.type
    if not (pyarrow.types.is_string(kind) or pyarrow.types.is_large_string(kind) or pyarrow.types.is_string_view(kind)):
        return None
    if not pyarrow.types.is_large_string(kind):
        array = array.cast(pyarrow.large_string())
    validity, offsets, data = array.buffers()
    return (
        len(array),
        array.offset,
        None if validity is None or array.null_count == 0 else validity.to_pybytes(),
        offsets.to_pybytes(),
        b"" if data is None else data.to_pybytes(),
    )


def _null_positions(column: Any) -> Any:
    """The positions of the null cells of a column kept in Arrow (pandas, Polars or pyarrow),
    from its validity, without reading the cells."""
    import numpy

    library = _column.kind(column)
    if library == "pandas":
        return numpy.flatnonzero(column.isna().to_numpy())
    if library == "polars":
        return numpy.flatnonzero(column.is_null().to_numpy())
    return numpy.flatnonzero(column.is_null().to_numpy(zero_copy_only=False))


def _is_polars(obj: Any) -> bool:
    return _column.kind(obj) == "polars"


def _array_kind(numbers: Any) -> str:
    """``"numpy"`` for a NumPy array, ``"arrow"`` for a pyarrow array or chunked array, else
    ``""``: the two array kinds the column functions answer in kind."""
    t = type(numbers)
    module = t.__module__.split(".")[0]
    if module == "numpy" and t.__name__ == "ndarray":
        return "numpy"
    if module == "pyarrow":
        import pyarrow

        if isinstance(numbers, (pyarrow.Array, pyarrow.ChunkedArray)):
            return "arrow"
    return ""


def _in_kind(numbers: Any, answers: List[Any], arrow_type: str) -> Any:
    """``answers`` (one a row) as the caller's kind of array: a NumPy array (``bool`` or
    ``object`` with ``None``) for a NumPy array, a pyarrow array for an Arrow one, else the
    list."""
    kind = _array_kind(numbers)
    if kind == "numpy":
        import numpy

        return numpy.array(answers, dtype=bool if arrow_type == "bool" else object)
    if kind == "arrow":
        import pyarrow

        return pyarrow.array(answers, type=pyarrow.bool_() if arrow_type == "bool" else pyarrow.string())
    return answers


def _joined(fast: Any, identifier: str, values: Any) -> Any:
    """The fast path of the column functions: one joined string crosses into Rust instead of
    one object per number. ``None`` (take the item-by-item path, which gives the same answers)
    when an item is not a str (join raises) or a number holds a newline (the count differs)."""
    if not values or isinstance(values, str):
        return None
    try:
        joined = "\n".join(values)
    except TypeError:
        return None
    return fast(identifier, joined, len(values))


def is_valid_many(identifier: str, numbers: Any) -> Any:
    column = _arrow_column(numbers)
    answers: Optional[List[bool]] = None if column is None else _umkm.is_valid_arrow(identifier, column)
    if answers is not None:
        series = numbers if _column.kind(numbers) else None
    else:
        values, series = _values(numbers)
        if isinstance(numbers, str):
            values = numbers
        answers = _joined(_umkm.is_valid_joined, identifier, values)
        if answers is None:
            answers = _umkm.is_valid_many(identifier, values)
    if series is not None and _is_polars(series):
        import polars

        return polars.Series(series.name, answers, dtype=polars.Boolean)
    if series is not None:
        import pandas

        return pandas.Series(answers, index=series.index, name=series.name, dtype=bool)
    return _in_kind(numbers, answers, "bool")


def format_many(identifier: str, numbers: Any) -> Any:
    column = _arrow_column(numbers)
    answer = None if column is None else _umkm.format_arrow(identifier, column)
    if answer is not None:
        written: List[Optional[str]] = answer
        series = numbers if _column.kind(numbers) else None
        # A null cell stays missing (None, and the frame's own null), not "".
        for i in _null_positions(numbers):
            written[i] = None
    else:
        values, series = _values(numbers)
        if isinstance(numbers, str):
            values = numbers
        written = list(_umkm.format_many(identifier, values))
        # A missing cell stays missing (None, and the frame's own null), not "".
        for i, item in enumerate(values):
            if _column.is_missing(item):
                written[i] = None
    if series is not None and _is_polars(series):
        import polars

        return polars.Series(numbers.name, written, dtype=polars.String)
    if series is not None:
        import pandas

        return pandas.Series(written, index=series.index, name=series.name, dtype=object)
    return _in_kind(numbers, written, "text")


def validate_many(identifier: str, numbers: Any) -> Any:
    if _column.kind(numbers) == "pandas":
        return _validation_frame(identifier, numbers)
    if _is_polars(numbers):
        frame = _polars_validation_frame(identifier, numbers)
        if frame is not None:
            return frame
    if _array_kind(numbers) == "arrow":
        table = _arrow_checks(identifier, numbers)
        if table is not None:
            return table
    values, series = _values(numbers)
    if isinstance(numbers, str):
        values = numbers
    fields = list(IdentifierCheck._fields)
    if series is None or _is_polars(series):
        # Five columns straight from Rust, each distinct message one string object.
        answer = _umkm.validate_many_columns(identifier, values)
        kind = _array_kind(numbers)
        if kind:
            return _checks_in_kind(kind, fields, answer)
        if series is None:
            # tuple.__new__ mapped over the rows makes each IdentifierCheck in C, without a
            # Python call a row (a third faster than IdentifierCheck(*row) for a million).
            return list(map(functools.partial(tuple.__new__, IdentifierCheck), zip(*answer)))
        import polars

        columns = dict(zip(fields, answer))
        frame = polars.DataFrame({c: polars.Series(c, columns[c], dtype=polars.String) for c in fields})
        return frame.with_columns(polars.col("code").is_null().alias("valid")).select(["valid"] + fields)
    return _validation_frame(identifier, series)


def _arrow_strings(buffers: Any, rows: int, views: bool = False) -> Any:
    """A pyarrow ``large_string`` array (validity or ``None``, offsets, bytes), or with
    ``views`` a ``string_view`` array (validity, views, bytes), over the buffers Rust wrote,
    without a copy."""
    import pyarrow

    validity, offsets_or_views, data = buffers
    return pyarrow.Array.from_buffers(
        pyarrow.string_view() if views else pyarrow.large_string(),
        rows,
        [None if validity is None else pyarrow.py_buffer(validity), pyarrow.py_buffer(offsets_or_views), pyarrow.py_buffer(data)],
    )


def _polars_validation_frame(identifier: str, series: Any) -> Any:
    """``validate_many``'s Polars frame from the Series' Arrow buffers, answered in Polars' own
    ``string_view`` buffers (no Python object a row); ``None`` without pyarrow or for a Series
    that is not text, which takes the list path."""
    table = _arrow_checks(identifier, series, views=True)
    if table is None:
        return None
    import polars

    return polars.from_arrow(table)


def _arrow_checks(identifier: str, numbers: Any, views: bool = False) -> Any:
    """``validate_many``'s pyarrow Table (``valid`` and the ``IdentifierCheck`` fields) for an
    Arrow text column, read from its buffers and answered in Arrow buffers (``large_string``,
    or with ``views`` Polars' ``string_view``); ``None`` for a column that is not text (it takes
    the list path)."""
    column = _arrow_column(numbers)
    layout = "string_view" if views else "large_string"
    answer = None if column is None else _umkm.validate_arrow_indexed(identifier, column, layout)
    if answer is None:
        return None
    import numpy
    import pyarrow

    rows = column[0]
    value, errors, code, message_id, message_en, _restored = answer
    return pyarrow.table(
        {
            "valid": pyarrow.array(numpy.frombuffer(errors, dtype="<i4") < 0),
            "value": _arrow_strings(value, rows, views),
            "code": _arrow_strings(code, rows, views),
            "message_id": _arrow_strings(message_id, rows, views),
            "message_en": _arrow_strings(message_en, rows, views),
            # Text never loses leading zeros: no warning.
            "warning": pyarrow.nulls(rows, pyarrow.string_view() if views else pyarrow.large_string()),
        }
    )


def _checks_in_kind(kind: str, fields: List[str], answer: Any) -> Any:
    """The five columns of ``validate_many_columns`` and ``valid`` as a NumPy record array
    (``kind`` ``"numpy"``) or a pyarrow Table (``"arrow"``)."""
    columns = dict(zip(fields, answer))
    valid = [code is None for code in columns["code"]]
    if kind == "arrow":
        import pyarrow

        return pyarrow.table(
            {"valid": pyarrow.array(valid, type=pyarrow.bool_()),
             **{f: pyarrow.array(columns[f], type=pyarrow.large_string()) for f in fields}}
        )
    import numpy

    arrays = [numpy.array(valid, dtype=bool)] + [numpy.array(columns[f], dtype=object) for f in fields]
    return numpy.rec.fromarrays(arrays, names=["valid"] + fields)


def _arrow_text(dtype: Any) -> bool:
    """True when pandas keeps text of ``dtype`` in Arrow (pandas 3's ``str``)."""
    return getattr(dtype, "storage", None) == "pyarrow"


def _validation_frame(identifier: str, series: Any) -> Any:
    """``validate_many``'s pandas frame with no Python string a row. Where pandas keeps text in
    Arrow (its ``str`` dtype from pandas 3), the value, code and message columns come from Rust
    as Arrow buffers that pandas wraps without a copy; otherwise the valid values come as a
    list and the code and message columns are taken from the few distinct errors by each row's
    position among them. Each column has the dtype pandas would infer from the rows (its text
    dtype, or object for a column of None alone), given instead of inferred."""
    import numpy
    import pandas

    text = pandas.Series(["", None]).dtype
    arrow = _arrow_text(text)
    layout = "large_string" if arrow else "lists"
    column = _arrow_column(series)
    answer = None if column is None else _umkm.validate_arrow_indexed(identifier, column, layout)
    if answer is None:
        values = _column.items(series)
        answer = _joined(
            lambda name, joined, count: _umkm.validate_joined_indexed(name, joined, count, layout), identifier, values
        )
        if answer is None:
            answer = _umkm.validate_many_indexed(identifier, values, layout)
    valid_values, errors, codes, ids, ens, restored = answer
    at = numpy.frombuffer(errors, dtype="<i4")
    rows = len(at)

    def nothing() -> Any:
        return pandas.Series([None] * rows, index=series.index, dtype=object)

    def taken(distinct: list, positions: Any) -> Any:
        if not distinct:
            return nothing()
        if text == object:
            column = numpy.array(distinct + [None], dtype=object)[positions]
        else:
            column = pandas.array(numpy.array(distinct, dtype=object), dtype=text).take(positions, allow_fill=True)
        return pandas.Series(column, index=series.index, copy=False)

    def listed(data: list) -> Any:
        dtype = text if data.count(None) < len(data) else object
        return pandas.Series(data, index=series.index, dtype=dtype, copy=False)

    def wrapped(buffers: Any, present: bool) -> Any:
        if not present:
            return nothing()
        array = _arrow_strings(buffers, rows)
        try:
            column = pandas.arrays.ArrowStringArray(array, dtype=text)
        except TypeError:  # pandas before 3 takes no dtype here
            column = pandas.array(array, dtype=text)
        return pandas.Series(column, index=series.index, copy=False)

    if arrow:
        failed = bool((at >= 0).any())
        value, code, message_id, message_en = (
            wrapped(valid_values, bool((at < 0).any())),
            wrapped(codes, failed),
            wrapped(ids, failed),
            wrapped(ens, failed),
        )
    else:
        value, code, message_id, message_en = listed(valid_values), taken(codes, at), taken(ids, at), taken(ens, at)
    warned = numpy.frombuffer(restored, dtype=numpy.uint8)
    columns = {
        "value": value,
        "code": code,
        "message_id": message_id,
        "message_en": message_en,
        "warning": taken([f"{identifier}.leading_zeros"] if warned.any() else [], numpy.where(warned == 1, 0, -1)),
    }
    frame = pandas.DataFrame(columns, columns=list(IdentifierCheck._fields), copy=False)
    frame.insert(0, "valid", at < 0)
    return frame
