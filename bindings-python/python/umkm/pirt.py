"""P-IRT / SPP-IRT home-industry food numbers (Peraturan BPOM 22/2018): 15 digits written
``P-IRT No. 2063275010123-29``.
"""

from __future__ import annotations

from typing import Any

from umkm import _identifier, _umkm
from umkm._core import call as _call

__all__ = ["compact", "validate", "is_valid", "format", "is_valid_many", "validate_many", "format_many", "check", "packaging", "expiry_year"]


def compact(number: str) -> str:
    """The number without separators or spaces."""
    return _call("pirt.compact", number=number)  # type: ignore[no-any-return]


def validate(number: str) -> str:
    """The compact number if valid; raises ``umkm.InvalidIdentifier`` (``.code`` names the rule)."""
    return _call("pirt.validate", number=number)  # type: ignore[no-any-return]


def is_valid(number: object) -> bool:
    """True when ``validate`` passes. Never raises: ``None``, numbers, bytes, text with a lone
    surrogate, any object that is not a ``str`` is simply not valid (as in python-stdnum)."""
    return _umkm.is_valid("pirt", number)


def format(number: str) -> str:
    """The number as it is officially written."""
    return _call("pirt.format", number=number)  # type: ignore[no-any-return]


def is_valid_many(numbers: Any) -> Any:
    """``is_valid`` of every item of a list, tuple, Series or array, answered in kind: a list
    of bools, a bool Series aligned to a pandas or Polars Series, a bool array for a NumPy or
    pyarrow array. ``None``, NaN and non-text items are not valid."""
    return _identifier.is_valid_many("pirt", numbers)


def check(number: str) -> Any:
    """The number as typed so far: a ``PartialCheck`` with ``state`` ``"valid"``,
    ``"incomplete"`` (nothing wrong yet) or ``"invalid"``, the ``code`` of the rule not (yet)
    met, and ``formatted``, the text masked as far as it goes. For forms that check as the
    user types."""
    return _call("pirt.check", number=number)


def format_many(numbers: Any) -> Any:
    """``format`` of every item of a list, tuple, Series or array, read as ``is_valid_many``
    reads it, answered in kind: a list of strings, a Series aligned to a pandas or Polars
    Series, a NumPy object array or a pyarrow string array (missing items stay missing)."""
    return _identifier.format_many("pirt", numbers)


def validate_many(numbers: Any) -> Any:
    """``validate`` of every item: a list of ``IdentifierCheck(value, code, message_id,
    message_en, warning)``; with those columns and ``valid``, a DataFrame on a pandas or Polars
    Series' index, a NumPy record array for a NumPy array, a pyarrow Table for an Arrow one."""
    return _identifier.validate_many("pirt", numbers)


def packaging(number: str) -> Any:
    """The packaging the first digit records."""
    return _call("pirt.packaging", number=number)


def expiry_year(number: str) -> Any:
    """The year the registration expires."""
    return _call("pirt.expiry_year", number=number)
