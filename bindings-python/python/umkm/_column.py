"""Columns of typed text (amounts, dates) as the core reads them: one list of strings from a
list, tuple, NumPy or Arrow array, pandas or Polars Series, missing cells as empty strings."""

from __future__ import annotations

from typing import Any, List


def kind(column: Any) -> str:
    """``"pandas"`` or ``"polars"`` for a Series of that library, else ``""``."""
    t = type(column)
    library = t.__module__.split(".")[0]
    return library if t.__name__ == "Series" and library in ("pandas", "polars") else ""


def items(column: Any) -> List[Any]:
    """The cells of a pandas or Polars Series, an Arrow or NumPy array, or any iterable, as a
    list of Python values."""
    if hasattr(column, "to_list"):  # pandas and Polars Series
        return list(column.to_list())
    if hasattr(column, "to_pylist"):  # Arrow arrays
        return list(column.to_pylist())
    if hasattr(column, "tolist"):  # NumPy arrays
        return list(column.tolist())
    return list(column)


def is_missing(item: Any) -> bool:
    """Whether a cell is missing: None, a float NaN, pandas NA or NaT."""
    if item is None or (isinstance(item, float) and item != item):
        return True
    try:
        import pandas
    except ImportError:
        return False
    return item is pandas.NA or item is pandas.NaT


def texts(column: Any, function: str) -> List[str]:
    """The cells as strings; a missing cell (None, NaN, pandas NA, Polars null) as ``""``,
    which the core answers with its ``parse_empty`` code."""
    if isinstance(column, (str, bytes)):
        raise TypeError(f"{function} takes a column of texts, not one text: use parse")
    return [item if isinstance(item, str) else "" if is_missing(item) else str(item) for item in items(column)]
