"""Currency conversion with rates the caller supplies, each with the date it took effect.

No rate is built in or fetched: pass the rates you are bound to use (the weekly Kurs Menteri
Keuangan, Bank Indonesia's JISDOR) as a list of ``ExchangeRate`` objects or dicts
``{"base": "USD", "quote": "IDR", "rate": "16250", "valid_from": "2025-11-19"}``. The rate in
force on a date is the latest one of the pair (either direction) that took effect on or before
it, unless its ``valid_until`` has passed; none in force raises ``UmkmError``
(``exchange.no_rate``).
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

from umkm._core import call as _call

__all__ = ["convert", "rate_on"]


def convert(money: Any, to: str, date: Any, rates: Optional[Sequence[Any]] = None) -> Any:
    """``money`` in currency ``to`` at the rate in force on ``date``, exactly (a ``Money``)."""
    return _call("exchange.convert", money=money, to=to, date=date, rates=rates)


def rate_on(from_: str, to: str, date: Any, rates: Optional[Sequence[Any]] = None) -> Any:
    """The rate from ``from_`` to ``to`` in force on ``date`` (an ``AppliedRate``)."""
    return _call("exchange.rate_on", to=to, date=date, rates=rates, **{"from": from_})
