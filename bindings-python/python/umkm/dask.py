"""Dask helpers: the frame functions of :mod:`umkm.pandas` on every partition of a Dask
DataFrame, for registers larger than one machine's memory or spread over a cluster.

Each helper is ``ddf.map_partitions`` of the pandas helper of the same name, with the output
columns declared (``meta``) from the pandas helper's answer to the frame's empty ``_meta``: so
the answer is, partition by partition, exactly what :mod:`umkm.pandas` gives, on the input's
index, and nothing is computed until the caller asks (``.compute()``, ``.to_parquet()``)::

    import dask.dataframe as dd
    import umkm.dask

    register = dd.read_parquet("register/")                 # e.g. 65 million rows
    sizes = umkm.dask.classify_frame(register, "2025-11-01",
                                     capital="business_capital", sales="annual_sales")
    sizes["class"].value_counts().compute()

Each partition runs in Rust on its worker's cores; ``dask`` is imported only when a helper is
called.

Dask turns columns of Python objects into text when it makes a frame (its setting
``dataframe.convert-string``), which would make a column of product lists unreadable: make a
frame with such columns (``products``, ``certifications``, ``annual_sales`` as yearly lists,
...) under ``dask.config.set({"dataframe.convert-string": False})``. ``validate_frame`` and
``assess_frame`` refuse a frame whose list columns were made text (``frame.nested_as_text``)
instead of failing every row.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from umkm import pandas as _pandas

__all__ = ["classify_frame", "validate_frame", "assess_frame", "NestedAsTextWarning"]


class NestedAsTextWarning(UserWarning):
    """A column of lists or records is text: Dask's ``dataframe.convert-string`` made it so."""


def _lists_kept(ddf: Any, record: Optional[str]) -> None:
    """Warns when a column of lists or records is text (each of its rows would fail)."""
    import warnings

    import pandas

    from umkm._settings import get_language

    meta = ddf._meta
    named = [record] if record else [f for f in _pandas._NESTED_FIELDS if f in meta.columns]
    for column in named:
        dtype = meta[column].dtype
        if pandas.api.types.is_string_dtype(dtype) and dtype != object:
            if get_language() == "en":
                text = (
                    f"column {column!r} should hold lists or records but is text, so each row "
                    "with a value in it fails with record.json; if Dask made it text, make the "
                    'frame under dask.config.set({"dataframe.convert-string": False})'
                )
            else:
                text = (
                    f"kolom {column!r} seharusnya berisi daftar atau rekaman tetapi berupa teks, "
                    "sehingga setiap baris yang mengisinya gagal dengan record.json; bila Dask "
                    'yang menjadikannya teks, buat frame di bawah dask.config.set({"dataframe.convert-string": False})'
                )
            warnings.warn(text, NestedAsTextWarning, stacklevel=3)


def _each_partition(helper: Callable[..., Any], ddf: Any, *args: Any, **options: Any) -> Any:
    """``helper`` on every partition; its answer to the empty frame declares the columns."""
    meta = helper(ddf._meta, *args, **options)
    return ddf.map_partitions(helper, *args, meta=meta, **options)


def classify_frame(
    ddf: Any,
    as_of: Any,
    *,
    capital: Optional[str] = "business_capital",
    sales: Optional[str] = "annual_sales",
    currency: str = "IDR",
    purpose: str = "empowerment",
) -> Any:
    """:func:`umkm.pandas.classify_frame` on every partition of a Dask DataFrame (lazy)."""
    return _each_partition(
        _pandas.classify_frame,
        ddf,
        as_of,
        capital=capital,
        sales=sales,
        currency=currency,
        purpose=purpose,
    )


def validate_frame(ddf: Any, as_of: Any, *, currency: str = "IDR", record: Optional[str] = None) -> Any:
    """:func:`umkm.pandas.validate_frame` on every partition of a Dask DataFrame (lazy)."""
    _lists_kept(ddf, record)
    return _each_partition(_pandas.validate_frame, ddf, as_of, currency=currency, record=record)


def assess_frame(
    ddf: Any,
    product: str,
    destination: str,
    as_of: Any,
    *,
    currency: str = "IDR",
    record: Optional[str] = None,
    report: bool = False,
) -> Any:
    """:func:`umkm.pandas.assess_frame` on every partition of a Dask DataFrame (lazy):
    ``product`` and ``destination`` are column names or one value for every row."""
    _lists_kept(ddf, record)
    return _each_partition(
        _pandas.assess_frame,
        ddf,
        product,
        destination,
        as_of,
        currency=currency,
        record=record,
        report=report,
    )
