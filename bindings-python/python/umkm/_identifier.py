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


def _is_polars(obj: Any) -> bool:
    return _column.kind(obj) == "polars"


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
    values, series = _values(numbers)
    if isinstance(numbers, str):
        values = numbers
    answers: Optional[List[bool]] = _joined(_umkm.is_valid_joined, identifier, values)
    if answers is None:
        answers = _umkm.is_valid_many(identifier, values)
    if series is not None and _is_polars(series):
        import polars

        return polars.Series(series.name, answers, dtype=polars.Boolean)
    if series is not None:
        import pandas

        return pandas.Series(answers, index=series.index, name=series.name, dtype=bool)
    return answers


def format_many(identifier: str, numbers: Any) -> Any:
    values, series = _values(numbers)
    if isinstance(numbers, str):
        values = numbers
    written: List[Optional[str]] = list(_umkm.format_many(identifier, values))
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
    return written


def validate_many(identifier: str, numbers: Any) -> Any:
    values, series = _values(numbers)
    if isinstance(numbers, str):
        values = numbers
    fields = list(IdentifierCheck._fields)
    if series is None or _is_polars(series):
        # Five columns straight from Rust, each distinct message one string object.
        answer = _umkm.validate_many_columns(identifier, values)
        if series is None:
            # tuple.__new__ mapped over the rows makes each IdentifierCheck in C, without a
            # Python call a row (a third faster than IdentifierCheck(*row) for a million).
            return list(map(functools.partial(tuple.__new__, IdentifierCheck), zip(*answer)))
        import polars

        columns = dict(zip(fields, answer))
        frame = polars.DataFrame({c: polars.Series(c, columns[c], dtype=polars.String) for c in fields})
        return frame.with_columns(polars.col("code").is_null().alias("valid")).select(["valid"] + fields)
    return _validation_frame(identifier, values, series)


def _arrow_text(dtype: Any) -> bool:
    """True when pandas keeps text of ``dtype`` in Arrow (pandas 3's ``str``)."""
    return getattr(dtype, "storage", None) == "pyarrow"


def _validation_frame(identifier: str, values: Any, series: Any) -> Any:
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
    answer = _joined(
        lambda name, joined, count: _umkm.validate_joined_indexed(name, joined, count, arrow), identifier, values
    )
    if answer is None:
        answer = _umkm.validate_many_indexed(identifier, values, arrow)
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
        import pyarrow

        validity, offsets, data = buffers
        array = pyarrow.Array.from_buffers(
            pyarrow.large_string(),
            rows,
            [None if validity is None else pyarrow.py_buffer(validity), pyarrow.py_buffer(offsets), pyarrow.py_buffer(data)],
        )
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
