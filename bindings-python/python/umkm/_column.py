"""Columns of typed text (amounts, dates) as the core reads them: one list of strings from a
list, tuple, NumPy or Arrow array, pandas or Polars Series, missing cells as empty strings."""

from __future__ import annotations

from typing import Any, List


def kind(column: Any) -> str:
    """``"pandas"`` or ``"polars"`` for a Series of that library, else ``""``."""
    t = type(column)
    library = t.__module__.split(".")[0]
    return library if t.__name__ == "Series" and library in ("pandas", "polars") else ""


def texts(column: Any, function: str) -> List[str]:
    """The cells as strings; a missing cell (None, NaN, pandas NA, Polars null) as ``""``,
    which the core answers with its ``parse_empty`` code."""
    if isinstance(column, (str, bytes)):
        raise TypeError(f"{function} takes a column of texts, not one text: use parse")
    if hasattr(column, "to_list"):  # pandas and Polars Series
        items = column.to_list()
    elif hasattr(column, "to_pylist"):  # Arrow arrays
        items = column.to_pylist()
    elif hasattr(column, "tolist"):  # NumPy arrays
        items = column.tolist()
    else:
        items = list(column)
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
        elif item is None or (isinstance(item, float) and item != item) or _is_na(item):
            out.append("")
        else:
            out.append(str(item))
    return out


def _is_na(item: Any) -> bool:
    try:
        import pandas
    except ImportError:
        return False
    return item is pandas.NA or item is pandas.NaT
