"""Dates as people type them in registers: ``2025-08-17``, ``17/08/2025``, ``17-08-2025``,
``17 Agustus 2025``, ``17 Agt 2025``, ``Minggu, 17 Agustus 2025``, ``Aug 17, 2025``,
``17/08/2025 00:00`` and, when asked, Excel serial numbers (``45886``).

Numeric dates are read day first (the Indonesian order) unless ``order="month_first"``; a
two-digit year is refused (``date.two_digit_year``); a weekday written with the date must be
that date's (``date.weekday_mismatch``); a bare number is a date only with
``excel_serial=True`` (the 1900 date system)."""

from __future__ import annotations

import datetime
from typing import Any, Dict, List, Optional

from umkm import _column
from umkm._core import call as _call
from umkm._model import decode as _decode

__all__ = ["parse", "parse_many"]


def _options(options: Optional[Any], order: Optional[str], excel_serial: Optional[bool]) -> Any:
    """The core's ``DateOptions``: the ``options`` given (a dict or ``DateOptions``, as the
    facade takes it) with the keyword shortcuts laid over it."""
    if order is None and excel_serial is None:
        return options
    merged: Dict[str, Any] = dict(options.to_dict() if hasattr(options, "to_dict") else options or {})
    if order is not None:
        merged["order"] = order
    if excel_serial is not None:
        merged["excel_serial"] = excel_serial
    return merged


def parse(
    text: str,
    options: Optional[Any] = None,
    *,
    order: Optional[str] = None,
    excel_serial: Optional[bool] = None,
) -> datetime.date:
    """The date a typed text stands for. Raises ``umkm.UmkmError`` with code
    ``date.parse_empty``, ``date.parse_invalid``, ``date.impossible`` (``31/02/2025``),
    ``date.two_digit_year``, ``date.weekday_mismatch``, ``date.serial_not_allowed``,
    ``date.parse_too_long`` (over 64 bytes) or ``limit.year`` (outside 1900-2200).

    ``order`` is ``"day_first"`` (the default) or ``"month_first"``; ``excel_serial=True``
    reads a bare number as an Excel serial date; both may also come as ``options``, a dict or
    ``umkm.DateOptions``."""
    return _call("dates.parse", text=text, options=_options(options, order, excel_serial))  # type: ignore[no-any-return]


def parse_many(
    texts: Any,
    options: Optional[Any] = None,
    *,
    order: Optional[str] = None,
    excel_serial: Optional[bool] = None,
) -> Any:
    """``parse`` of a whole column, one bad cell not stopping the rest. From a list (or tuple,
    NumPy or Arrow array): a ``ParsedDates`` of two columns, ``dates`` (``datetime.date`` or
    ``None``) and ``codes``. From a pandas Series: a DataFrame on its index with ``date``
    (``datetime64``, ``NaT`` where not read) and ``code``; from a Polars Series, a Polars
    DataFrame with a ``Date`` column. Missing cells are ``date.parse_empty``."""
    values = _column.texts(texts, "parse_many")
    raw = _umkm_call(values, _options(options, order, excel_serial))
    kind = _column.kind(texts)
    if kind == "polars":
        import polars

        return polars.DataFrame(
            [
                polars.Series("date", raw["dates"], dtype=polars.String).str.to_date("%Y-%m-%d"),
                polars.Series("code", raw["codes"], dtype=polars.String),
            ]
        )
    if kind == "pandas":
        import pandas

        index = texts.index
        return pandas.DataFrame(
            {
                "date": pandas.Series(pandas.to_datetime(raw["dates"], format="%Y-%m-%d"), index=index),
                "code": pandas.Series(raw["codes"], index=index, dtype=object),
            }
        )
    return _decode("ParsedDates", raw)


def _umkm_call(values: List[str], options: Any) -> Dict[str, Any]:
    from umkm import _umkm
    from umkm._model import encode

    args = {"texts": values} if options is None else {"texts": values, "options": encode(options)}
    return _umkm.call("dates.parse_many", args)  # type: ignore[no-any-return]
