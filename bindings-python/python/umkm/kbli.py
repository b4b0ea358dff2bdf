"""KBLI business classification codes: 5 digits, whose first two (the division) map to a
section. Two editions are embedded: KBLI 2025 (Peraturan BPS 7/2025, sections A–V, 1,559 codes),
the latest and the default, and KBLI 2020 (Peraturan BPS 2/2020, sections A–U, 1,791 codes),
the codes of NIBs issued before OSS moved to KBLI 2025. A code is valid only when the edition
has it (``"10999"`` is refused with ``kbli.unknown_code``); ``version=2020`` checks against
KBLI 2020. ``lookup`` gives its title. An enterprise record may hold codes of either edition.
BPS publishes its correspondence between the editions only as a PDF (Tabel Konversi KBLI 2020
ke KBLI 2025; OSS serves it one code at a time at oss.go.id/id/kbli/konversi), and the
machine-readable copies found have misread or missing codes, so there is no ``convert``.
"""

from __future__ import annotations

from typing import Any, Optional, Union

from umkm import _identifier, _umkm
from umkm._core import call as _call

__all__ = ["compact", "validate", "is_valid", "format", "is_valid_many", "validate_many", "format_many", "check", "section", "division", "is_manufacturing", "lookup"]


def compact(number: str) -> str:
    """The number without separators or spaces."""
    return _call("kbli.compact", number=number)  # type: ignore[no-any-return]


def validate(number: str, version: Optional[Union[int, str]] = None) -> str:
    """The compact number if valid in the edition (``2020``, ``2025``, ``"kbli2020"``; the
    latest, KBLI 2025, when left out); raises ``umkm.InvalidIdentifier`` (``.code`` names the
    rule)."""
    return _call("kbli.validate", number=number, version=version)  # type: ignore[no-any-return]


def is_valid(number: object, version: Optional[Union[int, str]] = None) -> bool:
    """True when ``validate`` passes in the edition (the latest when left out). Never raises
    for the number: ``None``, numbers, bytes, text with a lone surrogate, any object that is
    not a ``str`` is simply not valid (as in python-stdnum); an edition that is not embedded
    raises ``umkm.ArgumentError``."""
    if version is None:
        return _umkm.is_valid("kbli", number)
    return _umkm.kbli_is_valid_in(number, version)


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


def section(number: str, version: Optional[Union[int, str]] = None) -> Any:
    """The section of the code in the edition (the latest when left out): the letters differ
    from J on (division 62 is J in KBLI 2020, K in KBLI 2025)."""
    return _call("kbli.section", number=number, version=version)


def division(number: str, version: Optional[Union[int, str]] = None) -> Any:
    """The two-digit division of a code valid in the edition (the latest when left out)."""
    return _call("kbli.division", number=number, version=version)


def is_manufacturing(number: str) -> Any:
    """True for section C (divisions 10–33 in both editions), the IKM industries; a code of
    either edition counts."""
    return _call("kbli.is_manufacturing", number=number)


def lookup(number: str, version: Optional[Union[int, str]] = None) -> Any:
    """The code with its section letter, division and Indonesian title as BPS prints it (a
    ``KbliEntry``: ``{"code": "10792", "version": "kbli2025", "section": "C", "division": "10",
    "title": "INDUSTRI KUE BASAH"}``); raises ``umkm.InvalidIdentifier`` as ``validate``.

    ``version`` names the edition (``2020``, ``2025``, ``"kbli2020"``); the default is the
    latest embedded, KBLI 2025. An edition that is not embedded (``version=2015``) raises
    ``umkm.ArgumentError`` (``argument.invalid``) rather than answer from another."""
    return _call("kbli.lookup", number=number, version=version)
