"""HS / BTKI 2022 tariff codes (PMK 26/2022): chapter (2), heading (4), subheading (6), national
(8) digits; chapter 77 is reserved. Headings and subheadings must exist in HS 2022 (the WCO
nomenclature as UN Comtrade publishes it); national 8- and 10-digit lines are checked by their
first six digits only.
"""

from __future__ import annotations

from typing import Any

from umkm import _identifier, _umkm
from umkm._core import call as _call

__all__ = ["compact", "validate", "is_valid", "format", "is_valid_many", "validate_many", "format_many", "check", "chapter", "heading", "lookup"]


def compact(number: str) -> str:
    """The number without separators or spaces."""
    return _call("hs.compact", number=number)  # type: ignore[no-any-return]


def validate(number: str) -> str:
    """The compact number if valid; raises ``umkm.InvalidIdentifier`` (``.code`` names the rule)."""
    return _call("hs.validate", number=number)  # type: ignore[no-any-return]


def is_valid(number: object) -> bool:
    """True when ``validate`` passes. Never raises: ``None``, numbers, bytes, text with a lone
    surrogate, any object that is not a ``str`` is simply not valid (as in python-stdnum)."""
    return _umkm.is_valid("hs", number)


def format(number: str) -> str:
    """The number as it is officially written."""
    return _call("hs.format", number=number)  # type: ignore[no-any-return]


def is_valid_many(numbers: Any) -> Any:
    """``is_valid`` of every item of a list, tuple, Series or array, answered in kind: a list
    of bools, a bool Series aligned to a pandas or Polars Series, a bool array for a NumPy or
    pyarrow array. ``None``, NaN and non-text items are not valid."""
    return _identifier.is_valid_many("hs", numbers)


def check(number: str) -> Any:
    """The number as typed so far: a ``PartialCheck`` with ``state`` ``"valid"``,
    ``"incomplete"`` (nothing wrong yet) or ``"invalid"``, the ``code`` of the rule not (yet)
    met, and ``formatted``, the text masked as far as it goes. For forms that check as the
    user types."""
    return _call("hs.check", number=number)


def format_many(numbers: Any) -> Any:
    """``format`` of every item of a list, tuple, Series or array, read as ``is_valid_many``
    reads it, answered in kind: a list of strings, a Series aligned to a pandas or Polars
    Series, a NumPy object array or a pyarrow string array (missing items stay missing)."""
    return _identifier.format_many("hs", numbers)


def validate_many(numbers: Any) -> Any:
    """``validate`` of every item: a list of ``IdentifierCheck(value, code, message_id,
    message_en, warning)``; with those columns and ``valid``, a DataFrame on a pandas or Polars
    Series' index, a NumPy record array for a NumPy array, a pyarrow Table for an Arrow one."""
    return _identifier.validate_many("hs", numbers)


def chapter(number: str) -> Any:
    """The two-digit chapter."""
    return _call("hs.chapter", number=number)


def heading(number: str) -> Any:
    """The four-digit heading, if the code has one."""
    return _call("hs.heading", number=number)


def lookup(number: str) -> Any:
    """The code's chapter, heading and subheading with the English description of its most
    detailed HS 2022 level (an ``HsEntry``); raises ``umkm.InvalidIdentifier`` as ``validate``."""
    return _call("hs.lookup", number=number)
