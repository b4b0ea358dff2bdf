"""Money: exact amounts in ISO 4217 currencies, written the Indonesian way (``Rp1.250.000``,
``Rp1,25 miliar``, ``Rp40 ribu``) or in English (``IDR 1,250,000``)."""

from __future__ import annotations

from typing import Any

from umkm._core import call as _call

__all__ = ["format", "format_short"]


def format(money: Any, lang: str = "id") -> str:
    """``Rp1.250.000`` / ``IDR 1,250,000``; ``money`` is a ``Money`` or a dict."""
    return _call("money.format", money=money, lang=lang)  # type: ignore[no-any-return]


def format_short(money: Any, lang: str = "id") -> str:
    """``Rp1,25 miliar`` / ``IDR 1.25 billion``."""
    return _call("money.format_short", money=money, lang=lang)  # type: ignore[no-any-return]
