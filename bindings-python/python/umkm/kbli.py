"""KBLI 2020 (Peraturan BPS 2/2020) business classification codes: 5 digits, whose first two
(the division) map to a section A–U. A code is valid only when KBLI 2020 has it (1,791 codes:
``"10999"`` is refused with ``kbli.unknown_code``); ``lookup`` gives its title.
"""

from __future__ import annotations

from typing import Any, Optional, Union

from umkm import _identifier, _umkm
from umkm._core import call as _call

__all__ = ["compact", "validate", "is_valid", "format", "is_valid_many", "validate_many", "format_many", "check", "section", "division", "is_manufacturing", "lookup"]


def compact(number: str) -> str:
    """The number without separators or spaces."""
    return _call("kbli.compact", number=number)  # type: ignore[no-any-return]


def validate(number: str) -> str:
    """The compact number if valid; raises ``umkm.InvalidIdentifier`` (``.code`` names the rule)."""
    return _call("kbli.validate", number=number)  # type: ignore[no-any-return]


def is_valid(number: object) -> bool:
    """True when ``validate`` passes. Never raises: ``None``, numbers, bytes, text with a lone
    surrogate, any object that is not a ``str`` is simply not valid (as in python-stdnum)."""
    return _umkm.is_valid("kbli", number)


def format(number: str) -> str:
    """The number as it is officially written."""
    return _call("kbli.format", number=number)  # type: ignore[no-any-return]


def is_valid_many(numbers: Any) -> Any:
    """``is_valid`` of every item of a list, tuple, Series or array, answered in kind: a list
    of bools, a bool Series aligned to a pandas or Polars Series, a bool array for a NumPy or
    pyarrow array. ``None``, NaN and non-text items are not valid."""
    return _identifier.is_valid_many("kbli", numbers)


def check(number: str) -> Any:
    """The number as typed so far: a ``PartialCheck`` with ``state`` ``"valid"``,
    ``"incomplete"`` (nothing wrong yet) or ``"invalid"``, the ``code`` of the rule not (yet)
    met, and ``formatted``, the text masked as far as it goes. For forms that check as the
    user types."""
    return _call("kbli.check", number=number)


def format_many(numbers: Any) -> Any:
    """``format`` of every item of a list, tuple, Series or array, read as ``is_valid_many``
    reads it, answered in kind: a list of strings, a Series aligned to a pandas or Polars
    Series, a NumPy object array or a pyarrow string array (missing items stay missing)."""
    return _identifier.format_many("kbli", numbers)


def validate_many(numbers: Any) -> Any:
    """``validate`` of every item: a list of ``IdentifierCheck(value, code, message_id,
    message_en, warning)``; with those columns and ``valid``, a DataFrame on a pandas or Polars
    Series' index, a NumPy record array for a NumPy array, a pyarrow Table for an Arrow one."""
    return _identifier.validate_many("kbli", numbers)


def section(number: str) -> Any:
    """The KBLI 2020 section of the code."""
    return _call("kbli.section", number=number)


def division(number: str) -> Any:
    """The two-digit division."""
    return _call("kbli.division", number=number)


def is_manufacturing(number: str) -> Any:
    """True for section C (divisions 10–33), the IKM industries."""
    return _call("kbli.is_manufacturing", number=number)


def lookup(number: str, version: Optional[Union[int, str]] = None) -> Any:
    """The code with its section letter, division and Indonesian title as BPS prints it (a
    ``KbliEntry``: ``{"code": "10792", "version": "kbli2020", "section": "C", "division": "10",
    "title": "INDUSTRI KUE BASAH"}``); raises ``umkm.InvalidIdentifier`` as ``validate``.

    ``version`` names the edition (``2020`` or ``"kbli2020"``); the default is the latest
    embedded, KBLI 2020. KBLI 2025 (Peraturan BPS 7/2025) is not embedded yet: ``version=2025``
    raises ``umkm.ArgumentError`` (``argument.invalid``) rather than answer from KBLI 2020."""
    return _call("kbli.lookup", number=number, version=version)
