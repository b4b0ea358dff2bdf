"""NITKU (Nomor Identitas Tempat Kegiatan Usaha): 22 digits, the 16-digit NPWP followed by a
6-digit place-of-business number (``000000`` for the head office), PER-6/PJ/2024.
"""

from __future__ import annotations

from typing import Any

from umkm import _identifier, _umkm
from umkm._core import call as _call

__all__ = ["compact", "validate", "is_valid", "format", "is_valid_many", "validate_many", "format_many", "check", "npwp", "branch"]


def compact(number: str) -> str:
    """The number without separators or spaces."""
    return _call("nitku.compact", number=number)  # type: ignore[no-any-return]


def validate(number: str) -> str:
    """The compact number if valid; raises ``umkm.InvalidIdentifier`` (``.code`` names the rule)."""
    return _call("nitku.validate", number=number)  # type: ignore[no-any-return]


def is_valid(number: object) -> bool:
    """True when ``validate`` passes. Never raises: ``None``, numbers, bytes, text with a lone
    surrogate, any object that is not a ``str`` is simply not valid (as in python-stdnum)."""
    return _umkm.is_valid("nitku", number)


def format(number: str) -> str:
    """The number as it is officially written."""
    return _call("nitku.format", number=number)  # type: ignore[no-any-return]


def is_valid_many(numbers: Any) -> Any:
    """``is_valid`` of every item of a list, tuple, Series or array, answered in kind: a list
    of bools, a bool Series aligned to a pandas or Polars Series, a bool array for a NumPy or
    pyarrow array. ``None``, NaN and non-text items are not valid."""
    return _identifier.is_valid_many("nitku", numbers)


def check(number: str) -> Any:
    """The number as typed so far: a ``PartialCheck`` with ``state`` ``"valid"``,
    ``"incomplete"`` (nothing wrong yet) or ``"invalid"``, the ``code`` of the rule not (yet)
    met, and ``formatted``, the text masked as far as it goes. For forms that check as the
    user types."""
    return _call("nitku.check", number=number)


def format_many(numbers: Any) -> Any:
    """``format`` of every item of a list, tuple, Series or array, read as ``is_valid_many``
    reads it, answered in kind: a list of strings, a Series aligned to a pandas or Polars
    Series, a NumPy object array or a pyarrow string array (missing items stay missing)."""
    return _identifier.format_many("nitku", numbers)


def validate_many(numbers: Any) -> Any:
    """``validate`` of every item: a list of ``IdentifierCheck(value, code, message_id,
    message_en, warning)``; with those columns and ``valid``, a DataFrame on a pandas or Polars
    Series' index, a NumPy record array for a NumPy array, a pyarrow Table for an Arrow one."""
    return _identifier.validate_many("nitku", numbers)


def npwp(number: str) -> Any:
    """The NPWP part (16 digits)."""
    return _call("nitku.npwp", number=number)


def branch(number: str) -> Any:
    """The place-of-business number."""
    return _call("nitku.branch", number=number)
