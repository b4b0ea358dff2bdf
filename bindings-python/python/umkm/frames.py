"""Results as tables: ``to_frame`` turns a ranking, a validation report, a series, a readiness
plan, a cohort table, a transition's moves, a column result (``ParsedAmounts``,
``ParsedDates``, ``FoundRegions``) or a list of results into a pandas or Polars DataFrame.

Nested records are flattened with dotted names (``region.code``, ``current.amount``). Values
keep the core's exactness: amounts and rates are ``decimal.Decimal`` (pandas ``object``,
Polars ``Decimal``), dates are dates (pandas ``datetime64``, Polars ``Date``), missing values
the frame's own null (``None``/``NaT`` in pandas, ``null`` in Polars).
"""

from __future__ import annotations

import datetime
import decimal
from typing import Any, Dict, List, Optional, Tuple

from umkm._model import DEFS, Model

__all__ = ["to_frame", "TABLES"]

#: Which list of each result is its table.
TABLES: Dict[str, str] = {
    "Ranking": "ranked",
    "Report": "issues",
    "Series": "years",
    "ReadinessReport": "plan",
    "CohortTable": "cohorts",
    "TransitionMatrix": "moves",
}

#: Results that are already columns, in the order of the Rust fields.
COLUMNS: Dict[str, Tuple[str, ...]] = {
    "ParsedAmounts": ("amounts", "currencies", "codes"),
    "ParsedDates": ("dates", "codes"),
    "FoundRegions": ("codes", "names", "matches", "errors"),
}


def _ref(schema: Dict[str, Any]) -> Optional[str]:
    for s in [schema] + [a for a in schema.get("anyOf", []) if a.get("type") != "null"]:
        ref = s.get("$ref")
        if isinstance(ref, str):
            return ref.rsplit("/", 1)[-1]
    return None


def _properties(name: str) -> Dict[str, Any]:
    """The fields of a definition, those of every variant merged for a tagged enum."""
    schema = DEFS.get(name, {})
    merged: Dict[str, Any] = dict(schema.get("properties", {}))
    for key in ("oneOf", "anyOf"):
        for variant in schema.get(key, []):
            for field, sub in variant.get("properties", {}).items():
                merged.setdefault(field, sub)
    return merged


def _kinds(name: str, prefix: str = "", depth: int = 0) -> Dict[str, str]:
    """Dotted column → ``"decimal"`` or ``"date"`` for the fields of definition ``name``."""
    out: Dict[str, str] = {}
    for field, schema in _properties(name).items():
        column = prefix + field
        ref = _ref(schema)
        if ref == "DecimalString":
            out[column] = "decimal"
        elif schema.get("format") == "date" or any(a.get("format") == "date" for a in schema.get("anyOf", [])):
            out[column] = "date"
        elif ref is not None and depth < 3 and _properties(ref):
            out.update(_kinds(ref, column + ".", depth + 1))
    return out


def _flatten(row: Any, prefix: str = "", out: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    out = {} if out is None else out
    if isinstance(row, dict):
        for k, v in row.items():
            if isinstance(v, dict):
                _flatten(v, f"{prefix}{k}.", out)
            else:
                out[prefix + k] = v
    return out


def _rows(obj: Any) -> Tuple[List[Dict[str, Any]], Optional[str]]:
    """The table's rows (JSON shape) and the definition they follow."""
    if isinstance(obj, Model):
        name = obj._name
        if name in TABLES:
            field = TABLES[name]
            item = DEFS[name]["properties"][field].get("items", {})
            return list(obj._data.get(field) or []), _ref(item)
        return [obj._data], name
    if isinstance(obj, (list, tuple)):
        models = [x for x in obj if isinstance(x, Model)]
        if len(models) != len(obj):
            raise TypeError("to_frame takes umkm results or a list of them")
        names = {m._name for m in models}
        return [m._data for m in models], names.pop() if len(names) == 1 else None
    raise TypeError(f"to_frame takes umkm results or a list of them, not {type(obj).__name__}")


def to_frame(obj: Any, library: str = "pandas") -> Any:
    """The table of a result (see the module docs) as a ``"pandas"`` or ``"polars"`` frame."""
    if library not in ("pandas", "polars"):
        raise ValueError('library is "pandas" or "polars"')
    if isinstance(obj, Model) and obj._name in COLUMNS:
        columns = {k: list(obj._data[k]) for k in COLUMNS[obj._name]}
        kinds = {"amounts": "decimal", "dates": "date"}
    else:
        rows, name = _rows(obj)
        flat = [_flatten(r) for r in rows]
        names: List[str] = []
        for r in flat:
            names.extend(k for k in r if k not in names)
        columns = {n: [r.get(n) for r in flat] for n in names}
        kinds = _kinds(name) if name else {}
    for column, kind in kinds.items():
        if column in columns:
            columns[column] = [_convert(v, kind) for v in columns[column]]
    return _polars(columns, kinds) if library == "polars" else _pandas(columns, kinds)


def _convert(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "decimal":
        return decimal.Decimal(value)
    return datetime.date.fromisoformat(value)


def _pandas(columns: Dict[str, List[Any]], kinds: Dict[str, str]) -> Any:
    import pandas

    data = {}
    for name, values in columns.items():
        if kinds.get(name) == "date":
            data[name] = pandas.to_datetime(pandas.Series(values, dtype=object))
        elif kinds.get(name) == "decimal" or any(isinstance(v, (list, dict, str)) for v in values):
            # Exact amounts, texts and lists stay Python objects; missing is None.
            data[name] = pandas.Series(values, dtype=object)
        else:
            data[name] = pandas.Series(values) if values else pandas.Series([], dtype=object)
    return pandas.DataFrame(data)


def _polars(columns: Dict[str, List[Any]], kinds: Dict[str, str]) -> Any:
    import polars

    series = []
    for name, values in columns.items():
        if kinds.get(name) == "date":
            series.append(polars.Series(name, values, dtype=polars.Date))
        elif kinds.get(name) == "decimal":
            places = [-v.as_tuple().exponent for v in values if isinstance(v, decimal.Decimal)]
            scale = max([0] + [p for p in places if isinstance(p, int) and p > 0])
            series.append(polars.Series(name, values, dtype=polars.Decimal(38, scale)))
        else:
            series.append(polars.Series(name, values, strict=False))
    return polars.DataFrame(series)
