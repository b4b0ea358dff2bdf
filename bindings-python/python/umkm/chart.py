"""Charts made by the core as SVG, in the package's language unless told: the size-class mix
of a register, the share of valid records by region, and export growth by region as bars.
In a notebook, show one with ``IPython.display.SVG(svg)``."""

from __future__ import annotations

from collections import Counter
from typing import Any, Dict, Optional

from umkm import _column
from umkm._core import call as _call
from umkm._settings import get_language

__all__ = ["size_mix", "validity_by_region", "ranking_bars"]

_CLASSES = ("micro", "small", "medium", "large")


def size_mix(mix: Any, lang: Optional[str] = None) -> str:
    """The size-class mix: ``mix`` is the counts (``{"micro": 1300, "small": 80, ...}``) or a
    column of classes (a list or Series of ``"micro"``, ``"small"``, ``"medium"``, ``"large"``,
    ``SizeClass`` members; anything else, missing included, counts as unknown)."""
    if isinstance(mix, dict):
        counts: Dict[str, Any] = dict(mix)
    else:
        seen = Counter(str(getattr(c, "value", c)) if c is not None else None for c in _column.items(mix))
        counts = {k: seen.get(k, 0) for k in _CLASSES}
        counts["unknown"] = sum(n for k, n in seen.items() if k not in _CLASSES)
    return _call("chart.size_mix", mix=counts, lang=lang or get_language())  # type: ignore[no-any-return]


def validity_by_region(rows: Any, lang: Optional[str] = None) -> str:
    """The share of valid records by region: ``rows`` is a list of ``{"region", "valid",
    "total"}`` or a DataFrame (pandas or Polars) with those columns. Raises ``umkm.UmkmError``
    ``chart.valid_exceeds_total`` for a row with more valid records than records."""
    if hasattr(rows, "to_dicts"):  # Polars
        rows = rows.select(["region", "valid", "total"]).to_dicts()
    elif hasattr(rows, "to_dict") and hasattr(rows, "columns"):  # pandas
        rows = rows[["region", "valid", "total"]].to_dict("records")
    clean = [{"region": str(r["region"]), "valid": int(r["valid"]), "total": int(r["total"])} for r in rows]
    return _call("chart.validity_by_region", rows=clean, lang=lang or get_language())  # type: ignore[no-any-return]


def ranking_bars(ranking: Any, lang: Optional[str] = None) -> str:
    """Export growth of the ranked regions of a ``Ranking`` as bars, falls in red."""
    return _call("chart.ranking_bars", ranking=ranking, lang=lang or get_language())  # type: ignore[no-any-return]

