"""Typed classes built from the core's JSON Schema bundle (``_umkm.schema()``).

Every record, argument and result type of the core is a class here, named as in Rust
(``Enterprise``, ``ReadinessReport``, ``Rate``). An instance holds the core's JSON (amounts as
decimal strings, dates as ISO text) and decodes on attribute access: decimal strings become
``decimal.Decimal``, dates ``datetime.date``, nested objects their classes, enumerations ``str``
enums whose values are the JSON strings. ``to_dict()`` gives the JSON back unchanged, so
dict → Rust → dict is identical to the Rust JSON. Input types are read by the core itself on
construction (every problem reported with its path); results are taken as the core wrote them.
Instances are immutable: ``replace(**changes)`` makes a changed copy.
"""

from __future__ import annotations

import copy
import datetime
import decimal
import enum
import html
import json
import keyword
from typing import Any, ClassVar, Dict, List, Mapping, Optional, Tuple

from umkm import _umkm

BUNDLE: Dict[str, Any] = json.loads(_umkm.schema())
DEFS: Dict[str, Any] = BUNDLE["$defs"]
FUNCTIONS: Dict[str, Dict[str, Any]] = {f["name"]: f for f in _umkm.functions()}

#: Types the core reads as input; ``from_dict`` checks them with the core's own reader.
INPUT_TYPES = frozenset(_umkm.input_types())

#: Kept as plain ``str``: ISO currency codes (180 of them) and decimal strings.
_PLAIN = frozenset(["Currency", "DecimalString"])


def attribute(field: str) -> str:
    """The Python attribute of a JSON field: ``class`` → ``class_``, ``from`` → ``from_``."""
    return field + "_" if keyword.iskeyword(field) else field


def _enum_values(schema: Mapping[str, Any]) -> Optional[List[str]]:
    values = schema.get("enum")
    if isinstance(values, list) and values and all(isinstance(v, str) for v in values):
        return list(values)
    alternatives = schema.get("oneOf")
    if isinstance(alternatives, list) and alternatives:
        out = []
        for alt in alternatives:
            if isinstance(alt.get("const"), str):
                out.append(alt["const"])
            elif isinstance(alt.get("enum"), list) and len(alt["enum"]) == 1:
                out.append(alt["enum"][0])
            else:
                return None
        return out
    return None


def _variants(schema: Mapping[str, Any]) -> List[Mapping[str, Any]]:
    """The object shapes of a type: one for a struct, one per variant for a tagged enum."""
    if "properties" in schema:
        return [schema]
    out = []
    for alt in schema.get("oneOf", []) + schema.get("anyOf", []):
        if "properties" in alt:
            out.append(alt)
    return out


def _member_name(value: str) -> str:
    name = "".join(c if c.isalnum() else "_" for c in value.upper())
    return "_" + name if not name or name[0].isdigit() else name


def encode(value: Any) -> Any:
    """Python values to the core's JSON shape (Decimal → plain string, date → ISO text)."""
    if isinstance(value, Model):
        return copy.deepcopy(value._data)
    if isinstance(value, enum.Enum):
        return encode(value.value)
    if isinstance(value, bool) or value is None or isinstance(value, (int, str, float)):
        return value
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise _argument_error("a Decimal that is NaN or infinite cannot be used")
        return format(value, "f")
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    return value


def _argument_error(message: str) -> Exception:
    from umkm.errors import ArgumentError

    return ArgumentError("argument.invalid", message, kind="argument")


class Model:
    """Base of the typed classes. See the module docs."""

    __slots__ = ("_data", "_cache")
    _name: ClassVar[str] = ""
    _shapes: ClassVar[List[Mapping[str, Any]]] = []
    _fields: ClassVar[Dict[str, str]] = {}  # attribute -> JSON field

    def __init__(self, **fields: Any) -> None:
        data = self._read({self._fields.get(k, k): v for k, v in fields.items()})
        object.__setattr__(self, "_data", data)
        object.__setattr__(self, "_cache", {})

    @classmethod
    def _read(cls, data: Mapping[str, Any]) -> Dict[str, Any]:
        # Input types are read by the core, whose converter takes Decimal, date and the typed
        # classes itself; results are only brought to the JSON shape.
        if cls._name in INPUT_TYPES:
            value = _umkm.call("normalize", {"type": cls._name, "value": data})
        else:
            value = encode(data)
        if not isinstance(value, dict):
            raise _argument_error(f"{cls._name} is read from a dict, not {type(data).__name__}")
        return value

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Any:
        """An instance from a dict in the JSON shape (``Decimal`` and ``date`` accepted too).
        Input types are checked by the core; an error names the field's path."""
        obj = cls.__new__(cls)
        object.__setattr__(obj, "_data", cls._read(data))
        object.__setattr__(obj, "_cache", {})
        return obj

    @classmethod
    def _wrap(cls, data: Dict[str, Any]) -> Any:
        obj = cls.__new__(cls)
        object.__setattr__(obj, "_data", data)
        object.__setattr__(obj, "_cache", {})
        return obj

    def to_dict(self) -> Dict[str, Any]:
        """The JSON shape, exactly as Rust writes it (a copy)."""
        return copy.deepcopy(self._data)

    def to_json(self) -> str:
        """The JSON text."""
        return json.dumps(self._data, ensure_ascii=False)

    def _umkm_json(self) -> Dict[str, Any]:
        return self._data

    def replace(self, **changes: Any) -> Any:
        """A copy with some fields changed."""
        data = self.to_dict()
        for k, v in changes.items():
            data[self._fields.get(k, k)] = encode(v)
        return type(self).from_dict(data)

    def _shape(self) -> Mapping[str, Any]:
        for shape in self._shapes:
            consts = {
                k: p["const"]
                for k, p in shape.get("properties", {}).items()
                if "const" in p
            }
            if all(self._data.get(k) == v for k, v in consts.items()):
                return shape.get("properties", {})
        return {}

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        field = self._fields.get(name)
        if field is None:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}")
        cache = self._cache
        if name in cache:
            return cache[name]
        schema = self._shape().get(field)
        raw = self._data.get(field)
        value = decode_schema(schema, raw) if schema is not None else raw
        cache[name] = value
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(
            f"{type(self).__name__} is immutable: use .replace({name}=...)"
        )

    def __dir__(self) -> List[str]:
        return sorted(set(super().__dir__()) | set(self._fields))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Model):
            return NotImplemented
        return type(self) is type(other) and self._data == other._data

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        parts = []
        for attr, field in self._fields.items():
            if field not in self._data:
                continue
            value = getattr(self, attr)
            if isinstance(value, list) and len(value) > 3:
                text = f"[... {len(value)} items]"
            else:
                text = repr(value)
            parts.append(f"{attr}={text}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __reduce__(self) -> Tuple[Any, ...]:
        return (_restore, (self._name, self._data))

    def _repr_html_(self) -> str:
        """Jupyter's view: the result's fields as a table, headed in the package's language
        (``umkm.set_language``); a result with a table shows it (``to_frame``)."""
        from umkm._settings import get_language

        en = get_language() == "en"
        rows = []
        for attr, field in self._fields.items():
            if field not in self._data:
                continue
            value = self._data[field]
            if isinstance(value, list) and len(value) > 20:
                shown = f"[{len(value)} {'items' if en else 'butir'}]"
            elif isinstance(value, (dict, list)):
                shown = json.dumps(value, ensure_ascii=False)
            else:
                shown = "" if value is None else str(value)
            rows.append(f"<tr><th style=\"text-align:left\">{html.escape(attr)}</th><td style=\"text-align:left\">{html.escape(shown)}</td></tr>")
        head = f"<tr><th>{'Field' if en else 'Kolom'}</th><th>{'Value' if en else 'Nilai'}</th></tr>"
        table = f"<table><caption>{html.escape(type(self).__name__)}</caption><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"
        frame = getattr(self, "to_frame", None)
        if callable(frame):
            try:
                return f"<div><strong>{html.escape(type(self).__name__)}</strong>{frame().to_html(index=False, na_rep='')}</div>"
            except ImportError:
                return table
        return table


def _restore(name: str, data: Dict[str, Any]) -> Any:
    return CLASSES[name]._wrap(data)


class ReadinessReportMixin:
    """What a readiness report adds: the chart and HTML for notebooks."""

    def to_svg(self, lang: str = "id") -> str:
        """The dimension scores as an SVG bar chart, rendered by the core."""
        result: str = _umkm.call("readiness.svg", {"report": self._data, "lang": lang})  # type: ignore[attr-defined]
        return result

    def to_html(self, lang: str = "id", options: Optional[Mapping[str, Any]] = None) -> str:
        """The report as HTML: score, chart, blockers, action plan, SKA forms. ``options``:
        ``heading_level`` (1-5, default 3), ``class_prefix`` (default ``"umkm"``; the
        stylesheet is ``umkm.stylesheet()``), ``date_style`` (``"iso"`` or ``"short"``:
        ``1 Des 2025``)."""
        args: Dict[str, Any] = {"report": self._data, "lang": lang}
        if options is not None:
            args["options"] = encode(options)
        result: str = _umkm.call("readiness.html", args)  # type: ignore[attr-defined]
        return result

    def _repr_html_(self) -> str:
        from umkm._settings import get_language

        return self.to_html(get_language())

    def to_frame(self, library: str = "pandas") -> Any:
        """The action plan as a pandas or Polars DataFrame (``umkm.frames.to_frame``)."""
        from umkm.frames import to_frame

        return to_frame(self, library)


class FrameMixin:
    """What a result with a table adds: ``to_frame`` (pandas or Polars)."""

    def to_frame(self, library: str = "pandas") -> Any:
        """The result's table as a pandas or Polars DataFrame (``umkm.frames.to_frame``)."""
        from umkm.frames import to_frame

        return to_frame(self, library)


class RankingMixin(FrameMixin):
    """What a ranking adds: an HTML table for notebooks."""

    def to_svg(self, lang: Optional[str] = None) -> str:
        """Export growth of the ranked regions as bars, rendered by the core."""
        from umkm._settings import get_language

        result: str = _umkm.call("chart.ranking_bars", {"ranking": self._data, "lang": lang or get_language()})  # type: ignore[attr-defined]
        return result

    def to_html(self, lang: str = "id") -> str:
        """The ranking as an HTML table, rendered by the core."""
        result: str = _umkm.call("ranking.html", {"ranking": self._data, "lang": lang})  # type: ignore[attr-defined]
        return result

    def _repr_html_(self) -> str:
        from umkm._settings import get_language

        return self.to_html(get_language())


class MoneyMixin:
    """What an amount adds: Indonesian formatting."""

    def format(self, lang: str = "id") -> str:
        """``Rp1.250.000`` (or ``IDR 1,250,000`` in English)."""
        result: str = _umkm.call("money.format", {"money": self._data, "lang": lang})  # type: ignore[attr-defined]
        return result

    def format_short(self, lang: str = "id") -> str:
        """``Rp1,25 miliar`` (or ``IDR 1.25 billion``)."""
        result: str = _umkm.call("money.format_short", {"money": self._data, "lang": lang})  # type: ignore[attr-defined]
        return result

    def __str__(self) -> str:
        return self.format("id")


_MIXINS: Dict[str, type] = {
    "ReadinessReport": ReadinessReportMixin,
    "Ranking": RankingMixin,
    "Money": MoneyMixin,
    **{name: FrameMixin for name in ("Report", "Series", "CohortTable", "TransitionMatrix", "ParsedAmounts", "ParsedDates", "FoundRegions")},
}

CLASSES: Dict[str, Any] = {}


def _build() -> None:
    for name, schema in DEFS.items():
        if name in _PLAIN:
            continue
        values = _enum_values(schema)
        if values is not None:
            members = [(_member_name(v), v) for v in values]
            cls: Any = enum.Enum(name, members, type=str, module="umkm.types")  # type: ignore[misc]
            cls.__doc__ = schema.get("description", name)
            cls.__str__ = lambda self: str(self.value)
            CLASSES[name] = cls
            continue
        shapes = _variants(schema)
        if not shapes:
            continue
        fields: Dict[str, str] = {}
        for shape in shapes:
            for field in shape.get("properties", {}):
                fields.setdefault(attribute(field), field)
        bases = (_MIXINS[name], Model) if name in _MIXINS else (Model,)
        CLASSES[name] = type(
            name,
            bases,
            {
                "__slots__": (),
                "__doc__": schema.get("description", name),
                "__module__": "umkm.types",
                "_name": name,
                "_shapes": shapes,
                "_fields": fields,
            },
        )


_build()


def _ref_name(schema: Mapping[str, Any]) -> Optional[str]:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def decode_named(name: str, value: Any) -> Any:
    """A value of the bundle's definition ``name``."""
    if value is None:
        return None
    if name == "DecimalString":
        return decimal.Decimal(value)
    cls = CLASSES.get(name)
    if cls is not None:
        if isinstance(cls, type) and issubclass(cls, Model):
            return cls._wrap(value) if isinstance(value, dict) else value
        try:
            return cls(value)
        except ValueError:
            return value
    schema = DEFS.get(name)
    return decode_schema(schema, value) if schema is not None else value


def decode_schema(schema: Optional[Mapping[str, Any]], value: Any) -> Any:
    """A value read by the (sub)schema it was written by."""
    if value is None or schema is None:
        return value
    name = _ref_name(schema)
    if name is not None:
        return decode_named(name, value)
    for key in ("anyOf", "oneOf"):
        alternatives = [a for a in schema.get(key, []) if a.get("type") != "null"]
        if len(alternatives) == 1:
            return decode_schema(alternatives[0], value)
    t = schema.get("type")
    if isinstance(t, list):
        t = next((x for x in t if x != "null"), None)
    if t == "string" and schema.get("format") == "date" and isinstance(value, str):
        return datetime.date.fromisoformat(value)
    if t == "array" and isinstance(value, list):
        items = schema.get("items")
        return [decode_schema(items, v) for v in value] if isinstance(items, dict) else value
    if t == "object" and isinstance(value, dict):
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            return {k: decode_schema(extra, v) for k, v in value.items()}
    return value


def decode(returns: str, value: Any) -> Any:
    """A function result by its declared type (``Region?``, ``OriginForm[]``, ``date``)."""
    if returns.endswith("[]"):
        inner = returns[:-2]
        return [decode(inner, v) for v in value]
    if returns.endswith("?"):
        return None if value is None else decode(returns[:-1], value)
    if returns == "date":
        return datetime.date.fromisoformat(value)
    if returns in ("string", "boolean", "integer", "any"):
        return value
    return decode_named(returns, value)
