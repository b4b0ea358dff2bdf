"""Kemendagri region codes: province ``32``, regency/city ``32.75``, district ``32.75.01``,
village ``32.75.01.1001`` (Kepmendagri 300.2.2-2138/2025); codes retired by the 2022 Papua
split fail with ``wilayah.retired_region`` and ``resolve`` follows them.
"""

from __future__ import annotations

from typing import Any

from umkm import _identifier, _umkm
from umkm._core import call as _call

__all__ = ["compact", "validate", "is_valid", "format", "is_valid_many", "validate_many", "level", "lookup", "resolve", "parent"]


def compact(number: str) -> str:
    """The number without separators or spaces."""
    return _call("wilayah.compact", number=number)  # type: ignore[no-any-return]


def validate(number: str) -> str:
    """The compact number if valid; raises ``umkm.InvalidIdentifier`` (``.code`` names the rule)."""
    return _call("wilayah.validate", number=number)  # type: ignore[no-any-return]


def is_valid(number: object) -> bool:
    """True when ``validate`` passes. Never raises: ``None``, numbers, bytes, text with a lone
    surrogate, any object that is not a ``str`` is simply not valid (as in python-stdnum)."""
    return _umkm.is_valid("wilayah", number)


def format(number: str) -> str:
    """The number as it is officially written."""
    return _call("wilayah.format", number=number)  # type: ignore[no-any-return]


def is_valid_many(numbers: Any) -> Any:
    """``is_valid`` of every item of a list, tuple, Series or array: a list of bools (a bool
    Series aligned to the input for a Series). ``None``, NaN and non-text items are not valid."""
    return _identifier.is_valid_many("wilayah", numbers)


def validate_many(numbers: Any) -> Any:
    """``validate`` of every item: a list of ``IdentifierCheck(value, code, message_id,
    message_en)``; for a Series, a DataFrame with those columns and ``valid``, on its index."""
    return _identifier.validate_many("wilayah", numbers)


def level(number: str) -> Any:
    """Province, regency, district or village."""
    return _call("wilayah.level", number=number)


def lookup(number: str) -> Any:
    """The region a valid code names."""
    return _call("wilayah.lookup", number=number)


def resolve(number: str) -> Any:
    """Like ``lookup``, following a retired code to its successor."""
    return _call("wilayah.resolve", number=number)


def parent(number: str, level: str) -> Any:
    """The enclosing region at a higher level."""
    return _call("wilayah.parent", number=number, level=level)
