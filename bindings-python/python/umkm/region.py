"""Indonesia's administrative regions as coded by Kemendagri (Kepmendagri 300.2.2-2138/2025):
38 provinces, 514 regencies/cities and 7,285 districts embedded in the core."""

from __future__ import annotations

from typing import Any, List

from umkm._core import call as _call

__all__ = ["provinces", "regencies_of"]


def provinces() -> List[Any]:
    """Every province, in code order, as ``Region`` objects."""
    return _call("region.provinces")  # type: ignore[no-any-return]


def regencies_of(province: str) -> List[Any]:
    """Every regency and city of a province (``"32"``), in code order."""
    return _call("region.regencies_of", province=province)  # type: ignore[no-any-return]
