"""Kemendagri region codes: province ``32``, regency/city ``32.75``, district ``32.75.01``,
village ``32.75.01.1001`` (Kepmendagri 300.2.2-2138/2025); codes retired by the 2022 Papua
split fail with ``wilayah.retired_region`` and ``resolve`` follows them. ``find`` gives the code
of a region from its name as registers write it (``KAB. BOGOR``, ``Kota Bekasi``,
``Pangkalpinang``, ``Jabar``).
"""

from __future__ import annotations

from typing import Any, Optional

from umkm import _column, _identifier, _umkm
from umkm._core import call as _call
from umkm._model import decode as _decode

__all__ = ["compact", "validate", "is_valid", "format", "is_valid_many", "validate_many", "format_many", "check", "level", "lookup", "resolve", "parent", "find", "find_many"]


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
    """``is_valid`` of every item of a list, tuple, Series or array, answered in kind: a list
    of bools, a bool Series aligned to a pandas or Polars Series, a bool array for a NumPy or
    pyarrow array. ``None``, NaN and non-text items are not valid."""
    return _identifier.is_valid_many("wilayah", numbers)


def check(number: str) -> Any:
    """The number as typed so far: a ``PartialCheck`` with ``state`` ``"valid"``,
    ``"incomplete"`` (nothing wrong yet) or ``"invalid"``, the ``code`` of the rule not (yet)
    met, and ``formatted``, the text masked as far as it goes. For forms that check as the
    user types."""
    return _call("wilayah.check", number=number)


def format_many(numbers: Any) -> Any:
    """``format`` of every item of a list, tuple, Series or array, read as ``is_valid_many``
    reads it, answered in kind: a list of strings, a Series aligned to a pandas or Polars
    Series, a NumPy object array or a pyarrow string array (missing items stay missing)."""
    return _identifier.format_many("wilayah", numbers)


def validate_many(numbers: Any) -> Any:
    """``validate`` of every item: a list of ``IdentifierCheck(value, code, message_id,
    message_en, warning)``; with those columns and ``valid``, a DataFrame on a pandas or Polars
    Series' index, a NumPy record array for a NumPy array, a pyarrow Table for an Arrow one."""
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


def find(name: str, level: Optional[str] = None, within: Optional[str] = None) -> Any:
    """Every region a name as written may stand for, in code order (a list of ``Region``;
    empty when none): ``find("KAB. BOGOR")`` is Kabupaten Bogor (``32.01``), ``find("Bogor")``
    both Kabupaten and Kota Bogor. ``level`` (``"province"``, ``"regency"``, ``"district"``)
    and ``within`` (a province or regency/city code) narrow the answer. Raises
    ``umkm.UmkmError``: ``region.name_empty``, ``region.name_too_long``,
    ``region.unknown_within``."""
    args = {"name": name, "level": level, "within": within}
    return _decode("Region[]", _umkm.call("wilayah.find", {k: v for k, v in args.items() if v is not None}))


def find_many(names: Any, level: Optional[str] = None, within: Optional[str] = None) -> Any:
    """``find`` of a register's column, one bad cell not stopping the rest. A row has a code
    where exactly one region matched; ``matches`` counts the candidates (0 none, 2 or more
    ambiguous: narrow with ``level``/``within`` or ask ``find``). From a list: a
    ``FoundRegions`` of the columns ``codes``, ``names``, ``matches``, ``errors``; from a
    pandas or Polars Series: a frame of that kind with ``code``, ``name``, ``matches``,
    ``error`` (pandas on the Series' index)."""
    values = _column.texts(names, "find_many")
    args = {"names": values, "level": level, "within": within}
    raw = _umkm.call("wilayah.find_many", {k: v for k, v in args.items() if v is not None})
    kind = _column.kind(names)
    columns = {"code": raw["codes"], "name": raw["names"], "matches": raw["matches"], "error": raw["errors"]}
    if kind == "polars":
        import polars

        return polars.DataFrame(
            columns,
            schema={"code": polars.String, "name": polars.String, "matches": polars.UInt32, "error": polars.String},
        )
    if kind == "pandas":
        import pandas

        index = names.index
        return pandas.DataFrame(
            {
                k: pandas.Series(v, index=index, dtype="uint32" if k == "matches" else object)
                for k, v in columns.items()
            }
        )
    return _decode("FoundRegions", raw)
