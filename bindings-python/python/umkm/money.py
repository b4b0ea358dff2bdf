"""Money: exact amounts in ISO 4217 currencies, written the Indonesian way (``Rp1.250.000``,
``Rp1,25 miliar``, ``Rp40 ribu``) or in English (``IDR 1,250,000``), and read back from what
people type in registers (``parse``, ``parse_many``)."""

from __future__ import annotations

from typing import Any, List, Optional

from umkm import _column, _umkm
from umkm._core import call as _call
from umkm._model import decode as _decode

__all__ = ["format", "format_short", "parse", "parse_many"]


def format(money: Any, lang: str = "id") -> str:
    """``Rp1.250.000`` / ``IDR 1,250,000``; ``money`` is a ``Money`` or a dict."""
    return _call("money.format", money=money, lang=lang)  # type: ignore[no-any-return]


def format_short(money: Any, lang: str = "id") -> str:
    """``Rp1,25 miliar`` / ``IDR 1.25 billion``."""
    return _call("money.format_short", money=money, lang=lang)  # type: ignore[no-any-return]


def parse(text: str, lang: Optional[str] = None) -> Any:
    """The ``Money`` a typed amount stands for, exactly: ``"Rp 1.250.000"``, ``"Rp1,25 miliar"``,
    ``"131,9 juta"``, ``"1,25 M"``, ``"IDR 1,250,000"``, ``"Rp 40 ribu"``, ``"Rp 50.000,-"``.

    ``lang`` is the convention for ``.``/``,`` and ``M`` (``"id"``: ``1.250`` is a thousand and
    ``M`` miliar; ``"en"``: ``1.250`` is 1.25 and ``M`` million). Without it the text must
    show its convention; ``"1.250"`` alone raises ``umkm.UmkmError`` with code
    ``money.ambiguous``. Other codes: ``money.parse_empty``, ``money.parse_invalid``,
    ``money.parse_too_long`` (over 128 bytes), ``money.unknown_currency``, ``money.overflow``.
    """
    return _call("money.parse", text=text, lang=lang)


def parse_many(texts: Any, lang: Optional[str] = None) -> Any:
    """``parse`` of a whole column, one bad cell not stopping the rest, read in Rust with the
    GIL released. From a list (or tuple, NumPy or Arrow array): a ``ParsedAmounts`` of three
    columns, ``amounts`` (``Decimal`` or ``None``), ``currencies`` and ``codes`` (the error's
    code where a cell was not read). From a pandas Series: a DataFrame on its index with
    ``amount`` (``decimal.Decimal``, exact), ``currency`` and ``code`` (the error's code; missing
    where read); from a Polars Series, the same as a Polars DataFrame (``amount`` a Decimal
    column). Missing cells (``None``, NaN, null) are ``money.parse_empty``."""
    values = _column.texts(texts, "parse_many")
    amounts, currencies, codes = _umkm.parse_money_many(values, lang)
    kind = _column.kind(texts)
    if kind:
        return _frame(kind, texts, amounts, currencies, codes)
    # The facade's shape, wrapped as the typed result (its columns decoded when read).
    return _decode("ParsedAmounts", {"amounts": amounts, "currencies": currencies, "codes": codes})


def _frame(kind: str, texts: Any, amounts: List[Any], currencies: List[Any], codes: List[Any]) -> Any:
    """The three columns as the Series' own kind of frame (pandas on the Series' index)."""
    from decimal import Decimal

    decimals = [None if a is None else Decimal(a) for a in amounts]
    if kind == "polars":
        import polars

        return polars.DataFrame(
            [
                polars.Series("amount", decimals, dtype=polars.Decimal(38, _scale(decimals))),
                polars.Series("currency", currencies, dtype=polars.String),
                polars.Series("code", codes, dtype=polars.String),
            ]
        )
    import pandas

    index = texts.index
    return pandas.DataFrame(
        {
            "amount": pandas.Series(decimals, index=index, dtype=object),
            "currency": pandas.Series(currencies, index=index, dtype=object),
            "code": pandas.Series(codes, index=index, dtype=object),
        }
    )


def _scale(decimals: List[Any]) -> int:
    """The most decimal places among the amounts (Polars' Decimal has one scale a column)."""
    places = [-d.as_tuple().exponent for d in decimals if d is not None]
    return max([0] + [p for p in places if p > 0])
