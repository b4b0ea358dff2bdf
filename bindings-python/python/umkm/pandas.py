"""pandas helpers: classify, validate and assess every row of a DataFrame.

pandas is imported only when these are called. Each returns a DataFrame on the input's index,
one row per input row; a row the core refuses gets its error code and messages in the
``error_*`` columns instead of stopping the whole frame.

One cell rule for every helper:

- ``None``, ``NaN``, ``NaT``, ``pd.NA`` and blank text (``''``, spaces) are missing (the field
  is left out); text in an amount column is read without the spaces around it.
- Amounts read from CSV are often ``float64``: a float that is a whole number below 2**53 is
  exact and is used as that integer; a float with a fraction, an infinite float, a ``Decimal``
  that is NaN or infinite, and a boolean (``True`` is not Rp1) are refused for their row.
- An identifier column (``npwp``, ``nib``) that ``pd.read_csv`` read as numbers is read back as
  its digits; where it lost leading zeros (an NPWP of 14 digits), they are put back and the row
  gets the warning ``npwp.leading_zeros`` (read the column with ``dtype=str``).
- Text holding a lone surrogate fails its row alone; timestamps at midnight are dates.
- A column named in an argument that the frame does not have, and a frame with two columns of
  one name, raise ``ArgumentError`` (``frame.column``, ``frame.duplicate_column``).

A Polars DataFrame is taken too and answered with a Polars DataFrame (nulls as Polars nulls,
in the input's row order): the columns the helper reads (the record fields, and the columns
its arguments name) are read through pandas (``to_pandas``, which needs pyarrow), so it costs
a copy of those columns; the frame's other columns are not touched.
"""

from __future__ import annotations

import datetime
import decimal
import functools
import gc
import inspect
import math
from typing import Any, Callable, Dict, Iterable, List, Optional

from umkm import _umkm
from umkm._core import call as _call
from umkm._model import decode as _decode
from umkm.errors import UmkmError

__all__ = ["classify_frame", "validate_frame", "assess_frame", "records_from_frame"]

#: Enterprise fields a flat column can hold directly.
_SCALAR_FIELDS = (
    "name",
    "nib",
    "npwp",
    "legal_form",
    "region",
    "founded",
    "workers",
    "declared_size",
)
#: Enterprise fields holding an amount: a number column plus ``currency``.
_MONEY_FIELDS = ("business_capital", "investment_value")
#: Enterprise fields holding lists or objects: cells must hold lists or dicts.
_NESTED_FIELDS = (
    "kbli",
    "annual_sales",
    "products",
    "certifications",
    "sales_channels",
    "retail_partners",
    "shipments",
    "management",
    "marketing",
)

_EXACT = 2**53


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        import pandas

        return bool(value is pandas.NA or value is pandas.NaT)
    except ImportError:  # pragma: no cover - pandas is there when these run
        return False


class _RowError(Exception):
    def __init__(self, field: str, message_en: str, message_id: str) -> None:
        super().__init__(message_en)
        self.field = field
        self.message_en = message_en
        self.message_id = message_id


def _cell(field: str, value: Any) -> Any:
    """A cell as the core reads it; raises ``_RowError`` for a float with a fraction."""
    if isinstance(value, float):
        if value.is_integer() and abs(value) < _EXACT:
            return int(value)
        raise _RowError(
            field,
            f"float {value} in column {field!r} cannot hold Rupiah exactly: read the column as str or Decimal",
            f"float {value} di kolom {field!r} tidak dapat menyimpan Rupiah dengan tepat: baca kolom sebagai str atau Decimal",
        )
    if hasattr(value, "to_pydatetime") and hasattr(value, "normalize"):  # pandas Timestamp
        return value.to_pydatetime()
    if hasattr(value, "item") and not isinstance(value, (str, bytes, list, dict)):
        try:
            return _cell(field, value.item())  # NumPy scalars
        except (AttributeError, ValueError):
            return value
    return value


def _frame_error(code: str, en: str, id_: str) -> UmkmError:
    from umkm.errors import _from_call_error

    return _from_call_error(
        {"kind": "argument", "code": code, "message_en": en, "message_id": id_, "path": "", "issues": []}
    )


def _check_columns(df: Any, named: Dict[str, Optional[str]]) -> None:
    """Raises for a frame with a repeated column name, and for a column named in an argument
    (``named``: argument → column) that the frame does not have."""
    # Column names are shown as any input is: a column named by a NIK is not copied.
    seen = set()
    for c in df.columns:
        if c in seen:
            name = _umkm.shown(str(c))
            raise _frame_error(
                "frame.duplicate_column",
                f"The frame has two columns named {name!r}: rename one (df.columns)",
                f"Frame memiliki dua kolom bernama {name!r}: ganti nama salah satunya (df.columns)",
            )
        seen.add(c)
    for argument, column in named.items():
        if column is not None and column not in seen:
            name = _umkm.shown(str(column))
            raise _frame_error(
                "frame.column",
                f"The frame has no column {name!r} (argument {argument})",
                f"Frame tidak memiliki kolom {name!r} (argumen {argument})",
            )


def _rows(df: Any) -> Iterable[Any]:
    return zip(df.index, df.to_dict("records"))


def records_from_frame(df: Any, currency: str = "IDR") -> List[Dict[str, Any]]:
    """The enterprise records of a DataFrame's rows (columns named as ``Enterprise`` fields;
    other columns are ignored; amounts in ``currency``). A row whose cell cannot be used gets
    ``{"__error__": ...}`` instead."""
    return [_record(row, currency) for _, row in _rows(df)]


def export_records_from_frame(
    df: Any,
    *,
    region: str = "region",
    date: str = "date",
    value: str = "value",
    currency: str = "IDR",
    currency_column: Optional[str] = None,
) -> List[Dict[str, Any]]:
    """Export records (``{"region", "date", "value"}``, as ``rank_export_growth`` and
    ``export_series`` take them) from a pandas or Polars DataFrame of SKA or shipment rows:
    the region code column, the date column (dates, timestamps at midnight or ISO text) and
    the amount column (``Decimal``, integers, whole floats or decimal text) in ``currency`` or
    in the currency named by ``currency_column`` row by row. A float with a fraction is refused
    (it is not an exact amount), as everywhere in the package."""
    if _is_polars_frame(df):
        df = df.to_pandas()
    _check_columns(df, {"region": region, "date": date, "value": value, "currency_column": currency_column})
    regions, dates, values = df[region].tolist(), df[date].tolist(), df[value].tolist()
    currencies = df[currency_column].tolist() if currency_column else [currency] * len(regions)
    return [
        {
            "region": None if _missing(r) else str(r).strip(),
            "date": _iso_date(d, i),
            "value": {"amount": _amount_text(v, i), "currency": c},
        }
        for i, (r, d, v, c) in enumerate(zip(regions, dates, values, currencies))
    ]


def _iso_date(value: Any, row: int) -> Any:
    if _missing(value):
        return None
    if hasattr(value, "date") and callable(value.date):  # pandas Timestamp, datetime
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value).strip()


def _amount_text(value: Any, row: int) -> Any:
    if _missing(value):
        return None
    if isinstance(value, bool):
        raise _frame_error("frame.amount", f"row {row}: a boolean is not an amount", f"baris {row}: nilai boolean bukan jumlah uang")
    if isinstance(value, float):
        if not value.is_integer() or abs(value) >= 2**53:
            raise _frame_error(
                "frame.amount",
                f"row {row}: a float with a fraction is not an exact amount; use Decimal or text",
                f"baris {row}: float berpecahan bukan jumlah uang yang pasti; pakai Decimal atau teks",
            )
        return str(int(value))
    return str(value).strip()


#: Identifier fields a frame may hold as numbers (read back as their digits).
_IDENTIFIER_FIELDS = ("nib", "npwp")


def _record(row: Dict[str, Any], currency: str) -> Dict[str, Any]:
    record: Dict[str, Any] = {}
    try:
        for field in _SCALAR_FIELDS + _NESTED_FIELDS:
            if field in row and not _missing_cell(row[field]):
                value = row[field]
                if field in _IDENTIFIER_FIELDS and not isinstance(value, (str, bool)):
                    text, _ = _umkm.identifier_text(field, value)
                    if text:
                        record[field] = text
                        continue
                record[field] = _cell(field, value)
        for field in _MONEY_FIELDS:
            if field in row and not _missing_cell(row[field]):
                value = row[field]
                if isinstance(value, dict) or hasattr(value, "_umkm_json"):
                    record[field] = value
                else:
                    record[field] = {"amount": _cell(field, value), "currency": currency}
    except _RowError as e:
        return {"__error__": e}
    return record


def _missing_cell(value: Any) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return not isinstance(value, (list, dict, tuple)) and _missing(value)


def _frame(data: Any, index: Any) -> Any:
    """A frame of result rows (a list of dicts) or columns (a dict of lists) on ``index``."""
    import pandas

    return pandas.DataFrame(data, index=index)


_ERROR_KINDS = {"error_code": "text", "error_path": "text", "error_message_id": "text", "error_message_en": "text"}
#: The type of every result column of each helper, whatever its rows hold (a frame, or a
#: Dask partition, whose rows all failed has the same columns as any other): text in the
#: text dtype of the pandas in use (``str`` from pandas 3, missing as NaN), yes/no that can
#: be missing as the nullable ``boolean`` (``pd.NA``), counts that can be missing as
#: ``Int64``, scores as ``float64`` (NaN), dates as ``datetime64[s]`` (NaT), lists and
#: objects as ``object`` (``None``).
_KINDS = {
    "classify_frame": {
        **{c: "text" for c in ("class", "decided_by", "basis", "by_capital", "by_sales", "rule")},
        **_ERROR_KINDS,
    },
    "validate_frame": {
        "valid": "bool",
        "errors": "count",
        "warnings": "count",
        "codes": "object",
        "issues": "object",
        **_ERROR_KINDS,
    },
    "assess_frame": {
        "score": "float",
        "level": "text",
        "export_ready": "yes_no",
        "blocked": "yes_no",
        "blockers": "object",
        "earliest_ready_date": "date",
        **_ERROR_KINDS,
        "report": "object",
    },
}


def _typed(frame: Any, helper: str) -> Any:
    """``frame`` with each column of ``helper`` in its type (``_KINDS``)."""
    import numpy
    import pandas

    text = pandas.Series(["x"]).dtype  # "str" from pandas 3, object before
    for column, kind in _KINDS[helper].items():
        if column not in frame.columns:
            continue
        cells = frame[column]
        if kind == "text":
            present = cells.notna()
            frame[column] = cells.astype(object).where(present, numpy.nan).astype(text)
        elif kind == "yes_no":
            frame[column] = cells.astype("boolean")
        elif kind == "count":
            frame[column] = cells.astype("Int64")
        elif kind == "bool":
            frame[column] = cells.astype(bool)
        elif kind == "float":
            frame[column] = cells.astype("float64")
        elif kind == "date":
            frame[column] = pandas.to_datetime(cells).astype("datetime64[s]")
        else:
            frame[column] = cells.astype(object).where(cells.notna(), None)
    return frame


def _error_columns(error: Optional[BaseException]) -> Dict[str, Any]:
    if error is None:
        return {"error_code": None, "error_path": None, "error_message_id": None, "error_message_en": None}
    if isinstance(error, _RowError):
        return {
            "error_code": "argument.invalid",
            "error_path": "/" + error.field,
            "error_message_id": error.message_id,
            "error_message_en": error.message_en,
        }
    if isinstance(error, UmkmError):
        return {
            "error_code": error.code,
            "error_path": error.path or None,
            "error_message_id": error.message_id,
            "error_message_en": error.message_en,
        }
    return {"error_code": "internal", "error_path": None, "error_message_id": str(error), "error_message_en": str(error)}


def _is_polars_frame(df: Any) -> bool:
    t = type(df)
    return t.__name__ == "DataFrame" and t.__module__.startswith("polars")


#: Key of ``DataFrame.attrs`` under which the Polars wrapper hands a record-reading helper the
#: nested columns it encoded as JSON text (field -> Arrow buffers of a ``large_string`` array).
_JSON_COLUMNS = "_umkm_json_columns"

#: Polars types whose JSON text (``struct.json_encode``) is what the cell's Python values
#: become on the way to the core: texts, whole numbers, booleans, dates as ISO text, decimals as
#: plain text. A float (NaN becomes null in JSON, an error as a value) or a datetime is read
#: from its Python values instead.
_JSON_LEAVES = ("String", "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32", "UInt64", "Boolean", "Date", "Decimal", "Null")


def _json_exact(dtype: Any) -> bool:
    """Whether a Polars type holds only what ``_JSON_LEAVES`` allows, at every depth."""
    import polars

    if isinstance(dtype, polars.List):
        return _json_exact(dtype.inner)
    if isinstance(dtype, polars.Struct):
        return all(_json_exact(field.dtype) for field in dtype.fields)
    return dtype.base_type().__name__ in _JSON_LEAVES


@functools.lru_cache(maxsize=1)
def _record_schema() -> Dict[str, Any]:
    """The JSON Schema of a record (``Enterprise``), from the extension's bundle."""
    import json

    bundle = json.loads(_umkm.schema())
    found = bundle.get("$defs", {}).get("Enterprise") or bundle
    return {"node": found, "defs": bundle.get("$defs", {})}


def _schema_node(node: Any, defs: Dict[str, Any]) -> Any:
    """A schema node with its ``$ref`` followed and an optional (``anyOf`` with null) opened;
    ``None`` when it is not one thing (several non-null choices)."""
    for _ in range(16):
        if not isinstance(node, dict):
            return None
        if "$ref" in node:
            node = defs.get(str(node["$ref"]).rsplit("/", 1)[-1])
            continue
        choices = node.get("anyOf") or node.get("oneOf")
        if choices:
            real = [c for c in choices if c != {"type": "null"}]
            if len(real) != 1:
                return None
            node = real[0]
            continue
        return node
    return None


def _no_list_for_an_object(dtype: Any, node: Any, defs: Dict[str, Any]) -> bool:
    """Whether a Polars type never puts a list where the record has an object: then its JSON
    text is read by serde_json exactly as the core reads it (serde_json would read a struct
    from an array, the core refuses that)."""
    import polars

    node = _schema_node(node, defs)
    if node is None:
        # Not one thing (an enum of documented names): a list or a struct there is left to the
        # core's reader. serde_json reads `{"simple": null}` as a name, the core (with the
        # null left out) refuses `{}`.
        return not isinstance(dtype, (polars.List, polars.Struct))
    kinds = node.get("type")
    is_object = "properties" in node or kinds == "object" or (isinstance(kinds, list) and "object" in kinds)
    if isinstance(dtype, polars.List):
        if is_object:
            return False
        return _no_list_for_an_object(dtype.inner, node.get("items", {}), defs)
    if isinstance(dtype, polars.Struct):
        properties = node.get("properties", {}) if is_object else {}
        return all(_no_list_for_an_object(f.dtype, properties[f.name], defs) for f in dtype.fields if f.name in properties)
    return True


def _json_columns(df: Any) -> Dict[str, Any]:
    """The nested record columns of a Polars frame as JSON text in Arrow buffers, one object
    ``{"<field>": <cell>}`` a row, encoded by Polars: read by the extension without a Python
    object a cell (``to_list`` of a column of product structs costs about 27 µs a row). Each
    is ``("json-typed", buffers)`` when its text may be read straight into the record's types
    (``_no_list_for_an_object``), else ``("json", buffers)``."""
    import polars

    from umkm._identifier import _arrow_column

    schema = _record_schema()
    properties = schema["node"].get("properties", {})
    out = {}
    for c, dtype in df.schema.items():
        if c in _NESTED_FIELDS and dtype.is_nested() and _json_exact(dtype):
            buffers = _arrow_column(df.select(polars.struct(c).struct.json_encode().alias(c))[c])
            if buffers is not None:
                typed = c in properties and _no_list_for_an_object(dtype, properties[c], schema["defs"])
                out[c] = ("json-typed" if typed else "json", buffers)
    return out


def _record_columns(df: Any) -> Dict[str, Any]:
    """The frame's record columns as the extension reads them: each a list of its cells, and
    the nested columns the Polars wrapper encoded as JSON text (``_JSON_COLUMNS``)."""
    fields = [f for f in _SCALAR_FIELDS + _NESTED_FIELDS + _MONEY_FIELDS if f in df.columns]
    columns: Dict[str, Any] = {f: df[f].tolist() for f in fields}
    columns.update(df.attrs.get(_JSON_COLUMNS, {}))
    return columns


def _frames_of_either_kind(f: Callable[..., Any]) -> Callable[..., Any]:
    """Lets a pandas helper take a Polars DataFrame and answer in Polars."""
    signature = inspect.signature(f)
    # Helpers that read whole records from the columns take nested columns as JSON text.
    reads_records = "record" in signature.parameters

    @functools.wraps(f)
    def helper(df: Any, *args: Any, **kwargs: Any) -> Any:
        if not _is_polars_frame(df):
            return f(df, *args, **kwargs)
        import polars

        from umkm._model import Model

        import pandas

        # Only the columns the helper can read go to pandas: the record fields (for a helper
        # that reads records) and the columns its arguments name. A register's other columns
        # (addresses, owners, numbers) are neither copied nor converted, so a type pandas has
        # no form for cannot stop it.
        call = signature.bind(df, *args, **kwargs)
        call.apply_defaults()
        bound = call.arguments
        named = {v for v in bound.values() if isinstance(v, str)}
        fields = set(_SCALAR_FIELDS + _NESTED_FIELDS + _MONEY_FIELDS) if reads_records else set()
        known = fields | named
        df = df.select([c for c in df.columns if c in known])
        encoded = {}
        if reads_records and bound.get("record") is None and not bound.get("report"):
            encoded = _json_columns(df)
            df = df.drop(list(encoded))
        given = df.to_pandas()
        given.attrs[_JSON_COLUMNS] = encoded
        # Nested cells (products, certifications) as Python lists and dicts, as pandas has them.
        for c, dtype in df.schema.items():
            if dtype.is_nested():
                given[c] = pandas.Series(df[c].to_list(), dtype=object, index=given.index)
        answer = f(given, *args, **kwargs)
        frame = answer.reset_index(drop=True)
        # Whole reports stay Python objects; issues and other results become structs (their
        # JSON shape); everything else gets its Polars type.
        objects = [c for c in frame.columns if c == "report"]

        def plain_value(v: Any) -> Any:
            if isinstance(v, Model):
                return v.to_dict()
            if isinstance(v, list):
                return [plain_value(x) for x in v]
            return v

        # Only `issues` holds the package's objects (lists of `Issue`); the other object
        # columns hold lists of text, which Polars takes as they are.
        for c in frame.columns:
            if c == "issues" and frame[c].dtype == object:
                frame[c] = [plain_value(v) for v in frame[c]]
        plain = polars.from_pandas(frame.drop(columns=objects))
        # Dates (midnight timestamps in pandas) are Polars dates.
        plain = plain.with_columns(
            [polars.col(c).cast(polars.Date) for c, t in plain.schema.items() if c.endswith("date") and t == polars.Datetime]
        )
        for c in objects:
            plain = plain.with_columns(polars.Series(c, frame[c].tolist(), dtype=polars.Object))
        return plain

    return helper


@_frames_of_either_kind
def classify_frame(
    df: Any,
    as_of: Any,
    *,
    capital: Optional[str] = "business_capital",
    sales: Optional[str] = "annual_sales",
    currency: str = "IDR",
    purpose: str = "empowerment",
) -> Any:
    """Size class of every row from an amount column of business capital and one of annual
    sales (either may be missing in a row, not both), in ``currency`` (the regulation's
    thresholds are Rupiah), under the rule in force on ``as_of``. Both columns must exist;
    pass ``capital=None`` or ``sales=None`` to classify by the other alone.

    Columns: ``class``, ``decided_by``, ``basis``, ``by_capital``, ``by_sales``, ``rule``,
    ``error_code``, ``error_path``, ``error_message_id``, ``error_message_en``."""
    import pandas

    _check_columns(df, {"capital": capital, "sales": sales})
    n = len(df)
    columns = [df[c].tolist() if c is not None else [None] * n for c in (capital, sales)]
    # One call into the core for the whole frame, the GIL released, strings shared.
    out = _umkm.classify_columns(columns[0], columns[1], currency, purpose, as_of)
    in_force = _call("size_rule", as_of=as_of)
    rule = in_force.id if in_force else None
    frame = pandas.DataFrame(out, index=df.index)
    frame.insert(5, "rule", [rule if c is not None else None for c in out["class"]])
    return _typed(frame, "classify_frame")


def _per_record(
    df: Any,
    currency: str,
    record: Optional[str],
    empty: Dict[str, Any],
    answer: Callable[[Any, Dict[str, Any]], Dict[str, Any]],
) -> Any:
    """One result row per input row: ``answer(record, row)`` gives the columns, ``empty`` what
    stands where a row could not be read or the core refused it (with the ``error_*``
    columns saying why)."""
    out = []
    for _, row in _rows(df):
        rec = row[record] if record else _record(row, currency)
        result = dict(empty)
        error: Optional[BaseException] = None
        try:
            if isinstance(rec, dict) and "__error__" in rec:
                raise rec["__error__"]
            result.update(answer(rec, row))
        except (UmkmError, _RowError) as e:
            error = e
        result.update(_error_columns(error))
        out.append(result)
    return _frame(out, df.index)


@_frames_of_either_kind
def validate_frame(df: Any, as_of: Any, *, currency: str = "IDR", record: Optional[str] = None) -> Any:
    """Validation of every row as an enterprise record: from the column ``record`` (cells
    holding dicts or ``Enterprise`` objects) or else from the columns named as ``Enterprise``
    fields (amounts in ``currency``).

    Columns: ``valid``, ``errors``, ``warnings``, ``codes`` (list), ``issues`` (list of
    ``Issue``), and the ``error_*`` columns for a row that could not be read at all."""

    _check_columns(df, {"record": record})
    if record is None:
        # The whole frame in one call: the records are assembled from the columns and
        # validated in Rust (on all cores), each row answered as row by row below.
        columns = _record_columns(df)
        # The answer is millions of small objects: the cycle collector, which would walk them
        # again and again as they are made, waits until the frame is made (none holds a cycle).
        collecting = gc.isenabled()
        gc.disable()
        try:
            raw = _umkm.validate_columns(columns, list(_MONEY_FIELDS), currency, len(df), as_of)
            import numpy

            words = {
                k: [None] * len(df) if t == "none" else numpy.frombuffer(b, dtype=t)
                for k, (b, t) in raw.pop("words").items()
            }
            return _typed(_frame({**words, **raw}, df.index), "validate_frame")
        finally:
            if collecting:
                gc.enable()

    def answer(rec: Any, row: Dict[str, Any]) -> Dict[str, Any]:
        # The columns are read from the core's answer as it comes (typed objects are built
        # only for the issues).
        raw = _umkm.call("validate", {"record": rec, "as_of": as_of})
        issues = raw["issues"]
        return {
            "valid": raw["valid"],
            "errors": raw["errors"],
            "warnings": raw["warnings"],
            "codes": [i["code"] for i in issues],
            "issues": _decode("Issue[]", issues),
        }

    empty = {"valid": False, "errors": None, "warnings": None, "codes": None, "issues": None}
    rows = _per_record(df, currency, record, empty, answer)
    if len(df) == 0:
        rows = _frame({n: [] for n in list(empty) + list(_error_columns(None))}, df.index)
    return _typed(rows, "validate_frame")


@_frames_of_either_kind
def assess_frame(
    df: Any,
    product: str,
    destination: str,
    as_of: Any,
    *,
    currency: str = "IDR",
    record: Optional[str] = None,
    report: bool = False,
) -> Any:
    """Export readiness of every row (the default rule set): ``product`` and ``destination``
    are column names, or else the product name and destination code for every row.

    Columns: ``score`` (float64, one decimal), ``level``, ``export_ready``, ``blocked``,
    ``blockers`` (list of step ids), ``earliest_ready_date`` (datetime64), ``error_*``; with
    ``report=True`` also ``report`` (the whole ``ReadinessReport`` of each row, about 28 KB as
    JSON: ask for it for the rows you will read, not a whole register). Computed in Rust on
    all cores, a chunk of rows at a time: a row's answer is about 200 bytes."""
    import numpy
    import pandas

    _check_columns(df, {"record": record})
    products = df[product].tolist() if product in df.columns else [product]
    destinations = df[destination].tolist() if destination in df.columns else [destination]
    if record is None:
        columns = _record_columns(df)
    else:
        # Records in one column: each as its own object.
        columns = {}
    collecting = gc.isenabled()
    gc.disable()
    try:
        if record is None:
            raw = _umkm.assess_columns(
                columns, list(_MONEY_FIELDS), currency, len(df), products, destinations, as_of
            )
            words = {k: numpy.frombuffer(b, dtype=t) for k, (b, t) in raw.pop("words").items()}
            missing = words["missing"]
            frame = _frame(
                {
                    "score": words["score"],
                    "level": raw["level"],
                    "export_ready": pandas.arrays.BooleanArray(words["export_ready"], missing),
                    "blocked": pandas.arrays.BooleanArray(words["blocked"], missing),
                    "blockers": raw["blockers"],
                    "earliest_ready_date": pandas.to_datetime(words["earliest_ready_date"]),
                    "error_code": raw["error_code"],
                    "error_path": raw["error_path"],
                    "error_message_id": raw["error_message_id"],
                    "error_message_en": raw["error_message_en"],
                },
                df.index,
            )
        else:
            frame = None
    finally:
        if collecting:
            gc.enable()
    if frame is not None and not report:
        return _typed(frame, "assess_frame")

    def answer(rec: Any, row: Dict[str, Any]) -> Dict[str, Any]:
        name = row[product] if product in row else product
        dest = row[destination] if destination in row else destination
        raw = _umkm.call(
            "assess", {"record": rec, "product": name, "destination": dest, "as_of": as_of}
        )
        out = {
            "score": float(raw["score"]),
            "level": raw["level"],
            "export_ready": raw["export_ready"],
            "blocked": raw["blocked"],
            "blockers": [b["step"] for b in raw["blockers"]],
            "earliest_ready_date": pandas.Timestamp(raw["earliest_ready_date"]),
        }
        if report:
            out["report"] = _decode("ReadinessReport", raw)
        return out

    names = ["score", "level", "export_ready", "blocked", "blockers", "earliest_ready_date"]
    if report:
        names.append("report")
    rows = _per_record(df, currency, record, dict.fromkeys(names), answer)
    if len(df) == 0:
        rows = _frame({n: [] for n in names + list(_error_columns(None))}, df.index)
    return _typed(rows, "assess_frame")
