"""NIK (Nomor Induk Kependudukan), the population number: 16 digits ``PPRRSSDDMMYYXXXX``:
province, regency/city and district of issue, birth day (plus 40 for women), month, two-digit
year, serial. The region must exist in Kemendagri's data (the district is not required to,
since districts split); the date must exist.
"""

from __future__ import annotations

from typing import Any

from umkm import _identifier
from umkm._core import call as _call

__all__ = ["compact", "validate", "is_valid", "format", "is_valid_many", "validate_many", "info", "birth_date", "sex", "region", "mask"]


def compact(number: str) -> str:
    """The number without separators or spaces."""
    return _call("nik.compact", number=number)  # type: ignore[no-any-return]


def validate(number: str) -> str:
    """The compact number if valid; raises ``umkm.InvalidIdentifier`` (``.code`` names the rule)."""
    return _call("nik.validate", number=number)  # type: ignore[no-any-return]


def is_valid(number: str) -> bool:
    """True when ``validate`` passes; never raises."""
    return _call("nik.is_valid", number=number)  # type: ignore[no-any-return]


def format(number: str) -> str:
    """The number as it is officially written."""
    return _call("nik.format", number=number)  # type: ignore[no-any-return]


def is_valid_many(numbers: Any) -> Any:
    """``is_valid`` of every item of a list, tuple, Series or array: a list of bools (a bool
    Series aligned to the input for a Series). ``None``, NaN and non-text items are not valid."""
    return _identifier.is_valid_many("nik", numbers)


def validate_many(numbers: Any) -> Any:
    """``validate`` of every item: a list of ``IdentifierCheck(value, code, message_id,
    message_en)``; for a Series, a DataFrame with those columns and ``valid``, on its index."""
    return _identifier.validate_many("nik", numbers)


def info(number: str, as_of: Any) -> Any:
    """Region, birth date, sex and serial, judged on ``as_of``."""
    return _call("nik.info", number=number, as_of=as_of)


def birth_date(number: str, as_of: Any) -> Any:
    """The birth date (the century the one that is not after ``as_of``)."""
    return _call("nik.birth_date", number=number, as_of=as_of)


def sex(number: str) -> Any:
    """``male`` or ``female`` (women's birth day is written plus 40)."""
    return _call("nik.sex", number=number)


def region(number: str) -> Any:
    """The regency/city of issue."""
    return _call("nik.region", number=number)


def mask(number: str) -> Any:
    """The NIK with all but the region and the last two digits hidden."""
    return _call("nik.mask", number=number)
