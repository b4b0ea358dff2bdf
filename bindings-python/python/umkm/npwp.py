"""NPWP (Nomor Pokok Wajib Pajak), the Indonesian tax number.

15 digits written ``01.312.166.0-091.000`` (2 taxpayer type, 6 serial, 1 Luhn check digit over
the first 9, 3 tax office, 3 branch), or since PMK 112/2022 16 digits: ``0`` followed by the
old number, or the NIK of a resident individual (mandatory from 1 July 2024, PMK 136/2023).
PER-6/PJ/2024 writes the 16-digit form as digits only.
"""

from __future__ import annotations

from typing import Any

from umkm import _identifier, _umkm
from umkm._core import call as _call

__all__ = ["compact", "validate", "is_valid", "format", "is_valid_many", "validate_many", "format_many", "check", "form", "to_16", "mask"]


def compact(number: str) -> str:
    """The number without separators or spaces."""
    return _call("npwp.compact", number=number)  # type: ignore[no-any-return]


def validate(number: str) -> str:
    """The compact number if valid; raises ``umkm.InvalidIdentifier`` (``.code`` names the rule)."""
    return _call("npwp.validate", number=number)  # type: ignore[no-any-return]


def is_valid(number: object) -> bool:
    """True when ``validate`` passes. Never raises: ``None``, numbers, bytes, text with a lone
    surrogate, any object that is not a ``str`` is simply not valid (as in python-stdnum)."""
    return _umkm.is_valid("npwp", number)


def format(number: str) -> str:
    """The number as it is officially written."""
    return _call("npwp.format", number=number)  # type: ignore[no-any-return]


def is_valid_many(numbers: Any) -> Any:
    """``is_valid`` of every item of a list, tuple, Series or array, answered in kind: a list
    of bools, a bool Series aligned to a pandas or Polars Series, a bool array for a NumPy or
    pyarrow array. ``None``, NaN and non-text items are not valid."""
    return _identifier.is_valid_many("npwp", numbers)


def check(number: str) -> Any:
    """The number as typed so far: a ``PartialCheck`` with ``state`` ``"valid"``,
    ``"incomplete"`` (nothing wrong yet) or ``"invalid"``, the ``code`` of the rule not (yet)
    met, and ``formatted``, the text masked as far as it goes. For forms that check as the
    user types."""
    return _call("npwp.check", number=number)


def format_many(numbers: Any) -> Any:
    """``format`` of every item of a list, tuple, Series or array, read as ``is_valid_many``
    reads it, answered in kind: a list of strings, a Series aligned to a pandas or Polars
    Series, a NumPy object array or a pyarrow string array (missing items stay missing)."""
    return _identifier.format_many("npwp", numbers)


def validate_many(numbers: Any) -> Any:
    """``validate`` of every item: a list of ``IdentifierCheck(value, code, message_id,
    message_en, warning)``; with those columns and ``valid``, a DataFrame on a pandas or Polars
    Series' index, a NumPy record array for a NumPy array, a pyarrow Table for an Arrow one."""
    return _identifier.validate_many("npwp", numbers)


def form(number: str) -> Any:
    """Which form the number has (``old15``, ``zero16``, ``nik16``)."""
    return _call("npwp.form", number=number)


def to_16(number: str) -> Any:
    """The 16-digit form of a valid NPWP."""
    return _call("npwp.to_16", number=number)


def mask(number: str) -> Any:
    """A valid NPWP with its identifying digits hidden, for display and logs: 15 digits keep
    the taxpayer type and branch (``01.***.***.*-***.000``), ``0`` + 15 the same
    (``001**********000``), a NIK-based NPWP as ``nik.mask`` (``3275**********01``).
    Validates first: raises ``umkm.InvalidIdentifier`` (without the number) otherwise."""
    return _call("npwp.mask", number=number)
