"""BPOM registration numbers of processed food: ``MD`` (made in Indonesia) or ``ML``
(imported) followed by 12 digits.
"""

from __future__ import annotations

from typing import Any

from umkm import _identifier, _umkm
from umkm._core import call as _call

__all__ = ["compact", "validate", "is_valid", "format", "is_valid_many", "validate_many", "format_many", "check", "origin"]


def compact(number: str) -> str:
    """The number without separators or spaces."""
    return _call("bpom.compact", number=number)  # type: ignore[no-any-return]


def validate(number: str) -> str:
    """The compact number if valid; raises ``umkm.InvalidIdentifier`` (``.code`` names the rule)."""
    return _call("bpom.validate", number=number)  # type: ignore[no-any-return]


def is_valid(number: object) -> bool:
    """True when ``validate`` passes. Never raises: ``None``, numbers, bytes, text with a lone
    surrogate, any object that is not a ``str`` is simply not valid (as in python-stdnum)."""
    return _umkm.is_valid("bpom", number)


def format(number: str) -> str:
    """The number as it is officially written."""
    return _call("bpom.format", number=number)  # type: ignore[no-any-return]


def is_valid_many(numbers: Any) -> Any:
    """``is_valid`` of every item of a list, tuple, Series or array, answered in kind: a list
    of bools, a bool Series aligned to a pandas or Polars Series, a bool array for a NumPy or
    pyarrow array. ``None``, NaN and non-text items are not valid."""
    return _identifier.is_valid_many("bpom", numbers)


def check(number: str) -> Any:
    """The number as typed so far: a ``PartialCheck`` with ``state`` ``"valid"``,
    ``"incomplete"`` (nothing wrong yet) or ``"invalid"``, the ``code`` of the rule not (yet)
    met, and ``formatted``, the text masked as far as it goes. For forms that check as the
    user types."""
    return _call("bpom.check", number=number)


def format_many(numbers: Any) -> Any:
    """``format`` of every item of a list, tuple, Series or array, read as ``is_valid_many``
    reads it, answered in kind: a list of strings, a Series aligned to a pandas or Polars
    Series, a NumPy object array or a pyarrow string array (missing items stay missing)."""
    return _identifier.format_many("bpom", numbers)


def validate_many(numbers: Any) -> Any:
    """``validate`` of every item: a list of ``IdentifierCheck(value, code, message_id,
    message_en, warning)``; with those columns and ``valid``, a DataFrame on a pandas or Polars
    Series' index, a NumPy record array for a NumPy array, a pyarrow Table for an Arrow one."""
    return _identifier.validate_many("bpom", numbers)


def origin(number: str) -> Any:
    """``domestic`` (MD) or ``imported`` (ML)."""
    return _call("bpom.origin", number=number)
