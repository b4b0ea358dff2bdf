"""NIK (Nomor Induk Kependudukan), the population number: 16 digits ``PPRRSSDDMMYYXXXX``:
province, regency/city and district of issue, birth day (plus 40 for women), month, two-digit
year, serial. The region must exist in Kemendagri's data (the district is not required to,
since districts split); the date must exist.
"""

from __future__ import annotations

from typing import Any

from umkm import _identifier, _umkm
from umkm._core import call as _call

__all__ = ["compact", "validate", "is_valid", "format", "is_valid_many", "validate_many", "format_many", "check", "info", "birth_date", "sex", "region", "mask", "pseudonym"]


def compact(number: str) -> str:
    """The number without separators or spaces."""
    return _call("nik.compact", number=number)  # type: ignore[no-any-return]


def validate(number: str) -> str:
    """The compact number if valid; raises ``umkm.InvalidIdentifier`` (``.code`` names the rule)."""
    return _call("nik.validate", number=number)  # type: ignore[no-any-return]


def is_valid(number: object) -> bool:
    """True when ``validate`` passes. Never raises: ``None``, numbers, bytes, text with a lone
    surrogate, any object that is not a ``str`` is simply not valid (as in python-stdnum)."""
    return _umkm.is_valid("nik", number)


def format(number: str) -> str:
    """The number as it is officially written."""
    return _call("nik.format", number=number)  # type: ignore[no-any-return]


def is_valid_many(numbers: Any) -> Any:
    """``is_valid`` of every item of a list, tuple, Series or array, answered in kind: a list
    of bools, a bool Series aligned to a pandas or Polars Series, a bool array for a NumPy or
    pyarrow array. ``None``, NaN and non-text items are not valid."""
    return _identifier.is_valid_many("nik", numbers)


def check(number: str) -> Any:
    """The number as typed so far: a ``PartialCheck`` with ``state`` ``"valid"``,
    ``"incomplete"`` (nothing wrong yet) or ``"invalid"``, the ``code`` of the rule not (yet)
    met, and ``formatted``, the text masked as far as it goes. For forms that check as the
    user types."""
    return _call("nik.check", number=number)


def format_many(numbers: Any) -> Any:
    """``format`` of every item of a list, tuple, Series or array, read as ``is_valid_many``
    reads it, answered in kind: a list of strings, a Series aligned to a pandas or Polars
    Series, a NumPy object array or a pyarrow string array (missing items stay missing)."""
    return _identifier.format_many("nik", numbers)


def validate_many(numbers: Any) -> Any:
    """``validate`` of every item: a list of ``IdentifierCheck(value, code, message_id,
    message_en, warning)``; with those columns and ``valid``, a DataFrame on a pandas or Polars
    Series' index, a NumPy record array for a NumPy array, a pyarrow Table for an Arrow one."""
    return _identifier.validate_many("nik", numbers)


def info(number: str, as_of: Any) -> Any:
    """Region, birth date, sex and serial, judged on ``as_of``."""
    return _call("nik.info", number=number, as_of=as_of)


def birth_date(number: str, as_of: Any) -> Any:
    """The birth date (the century the one that is not after ``as_of``); never after
    ``as_of``: a date after it in both centuries raises ``nik.birth_after_date``."""
    return _call("nik.birth_date", number=number, as_of=as_of)


def sex(number: str) -> Any:
    """``male`` or ``female`` (women's birth day is written plus 40)."""
    return _call("nik.sex", number=number)


def region(number: str) -> Any:
    """The regency/city of issue."""
    return _call("nik.region", number=number)


def mask(number: str) -> Any:
    """A valid NIK with all but the regency/city and the last two digits hidden
    (``3275**********01``). Validates first: raises ``umkm.InvalidIdentifier`` (without the
    number) otherwise."""
    return _call("nik.mask", number=number)


def pseudonym(number: str, key: str) -> Any:
    """A keyed pseudonym of a valid NIK: HMAC-SHA-256 of its 16 digits under ``key`` (at
    least 16 bytes), 64 hex digits. The same NIK and key always give the same pseudonym, so
    registers can be joined on it without the number. Under UU 27/2022 it is still personal
    data for whoever holds the key: keep the key apart from the data, one key per purpose."""
    return _call("nik.pseudonym", number=number, key=key)
