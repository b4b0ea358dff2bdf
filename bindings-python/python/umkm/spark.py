"""Spark helpers: the frame functions of :mod:`umkm.pandas` on a Spark DataFrame, batch by
batch on the executors (``mapInArrow``), with the output schema declared.

Each Arrow batch is read into pandas, answered by the pandas helper of the same name and
written back in the declared schema, so every row gets exactly the pandas helper's answer
(columns in the same order; missing values as Spark nulls)::

    from pyspark.sql import SparkSession
    import umkm.spark

    spark = SparkSession.builder.getOrCreate()
    register = spark.read.parquet("register/")                # e.g. 65 million rows
    sizes = umkm.spark.classify_frame(register, "2025-11-01")
    sizes.groupBy("class").count().show()

The answer has the result columns only, one row per input row in the input's order within
each batch; keep an identifying column by naming it in ``keep`` (``keep=["nib"]``), which
puts it first. Types: text as ``string``, yes/no as ``boolean``, counts as ``int``, scores as
``double``, dates as ``date``, lists of step ids or codes as ``array<string>`` and issues as
``array<struct<...>>``. Each executor needs the ``umkm`` package (and pandas, pyarrow);
``pyspark`` is imported only when a helper is called.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from umkm import pandas as _pandas

__all__ = ["classify_frame", "validate_frame", "assess_frame", "schema"]

_ERRORS = [
    ("error_code", "string"),
    ("error_path", "string"),
    ("error_message_id", "string"),
    ("error_message_en", "string"),
]
_ISSUE = "struct<code:string,message_en:string,message_id:string,path:string,severity:string>"

#: The result columns of each helper, in order, as Spark types.
_COLUMNS: Dict[str, List[Tuple[str, str]]] = {
    "classify_frame": [
        ("class", "string"),
        ("decided_by", "string"),
        ("basis", "string"),
        ("by_capital", "string"),
        ("by_sales", "string"),
        ("rule", "string"),
        *_ERRORS,
    ],
    "validate_frame": [
        ("valid", "boolean"),
        ("errors", "int"),
        ("warnings", "int"),
        ("codes", "array<string>"),
        ("issues", f"array<{_ISSUE}>"),
        *_ERRORS,
    ],
    "assess_frame": [
        ("score", "double"),
        ("level", "string"),
        ("export_ready", "boolean"),
        ("blocked", "boolean"),
        ("blockers", "array<string>"),
        ("earliest_ready_date", "date"),
        *_ERRORS,
    ],
}


def schema(helper: str, keep: Sequence[Tuple[str, str]] = ()) -> str:
    """The declared output schema of ``helper`` (DDL), after the kept columns."""
    return ", ".join(f"`{n}` {t}" for n, t in [*keep, *_COLUMNS[helper]])


def _arrow_type(spark_type: str) -> Any:
    import pyarrow

    simple = {
        "string": pyarrow.string(),
        "boolean": pyarrow.bool_(),
        "int": pyarrow.int32(),
        "double": pyarrow.float64(),
        "date": pyarrow.date32(),
        "array<string>": pyarrow.list_(pyarrow.string()),
    }
    if spark_type in simple:
        return simple[spark_type]
    if spark_type == f"array<{_ISSUE}>":
        fields = [f.split(":") for f in _ISSUE[len("struct<") : -1].split(",")]
        return pyarrow.list_(pyarrow.struct([(n, pyarrow.string()) for n, _ in fields]))
    raise ValueError(spark_type)


def _plain(value: Any) -> Any:
    """A cell of a pandas answer as Arrow takes it: missing as None, issues as dicts, dates
    as dates, NumPy scalars as Python ones."""
    import pandas

    if value is None or value is pandas.NA or value is pandas.NaT:
        return None
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, pandas.Timestamp):
        return value.date()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "to_dict") and hasattr(value, "_umkm_json"):
        return {k: str(v) if v is not None else None for k, v in value.to_dict().items()}
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


def _column(cells: Any, kind: str) -> Any:
    """One column of a pandas answer as an Arrow array of its declared type: a column of
    plain values converted whole (NaN, NA and None as null), issues cell by cell."""
    import pyarrow

    arrow = _arrow_type(kind)
    if kind == "date":
        return pyarrow.array(cells, from_pandas=True).cast(arrow)
    if kind in ("string", "boolean", "int", "double", "array<string>"):
        return pyarrow.array(cells, type=arrow, from_pandas=True)
    return pyarrow.array([_plain(v) for v in cells.tolist()], type=arrow)


def _batch(frame: Any, columns: List[Tuple[str, str]]) -> Any:
    import pyarrow

    arrays = [_column(frame[name], kind) for name, kind in columns]
    return pyarrow.RecordBatch.from_arrays(arrays, names=[n for n, _ in columns])


def _read(helper: str, sdf: Any, args: tuple, options: Dict[str, Any]) -> List[str]:
    """The columns ``helper`` reads (the rest need not cross into Python): the amount columns
    of a size class; the record's fields, or its one column, and the product and destination
    columns of a validation or an assessment."""
    present = set(sdf.columns)
    if helper == "classify_frame":
        wanted = [options.get("capital"), options.get("sales")]
    elif options.get("record"):
        wanted = [options["record"]]
    else:
        wanted = [*_pandas._SCALAR_FIELDS, *_pandas._NESTED_FIELDS, *_pandas._MONEY_FIELDS]
    if helper == "assess_frame":
        wanted += [args[0], args[1]]
    return [c for c in sdf.columns if c in wanted and c in present]


def _each_batch(helper: str, sdf: Any, keep: Sequence[str], args: tuple, options: Dict[str, Any]) -> Any:
    """``mapInArrow`` of the pandas helper ``helper`` over the Spark DataFrame ``sdf``."""
    # Refused here, as the pandas helpers refuse them, not on an executor: a repeated column
    # name, a column named in an argument or in ``keep`` that the frame does not have.
    named: Dict[str, Optional[str]] = {f"keep[{i}]": k for i, k in enumerate(keep)}
    if helper == "classify_frame":
        named.update(capital=options.get("capital"), sales=options.get("sales"))
    else:
        named["record"] = options.get("record")
    _pandas._check_columns(sdf, named)
    types = dict(sdf.dtypes)
    kept = [(k, types[k]) for k in keep]
    columns = _COLUMNS[helper]
    ddl = schema(helper, kept)
    names = [n for n, _ in kept]
    # Only the columns the helper reads (and those kept) cross into Python.
    read = _read(helper, sdf, args, options)
    sdf = sdf.select(*dict.fromkeys([*names, *read]))

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow

        from umkm import pandas as helpers

        fn = getattr(helpers, helper)
        for batch in batches:
            given = batch.to_pandas()
            # Nested cells (products as lists of structs) as Python lists and dicts.
            for i, field in enumerate(batch.schema):
                if pyarrow.types.is_nested(field.type):
                    given[field.name] = batch.column(i).to_pylist()
            answer = _batch(fn(given, *args, **options), columns)
            if names:
                out = pyarrow.RecordBatch.from_arrays(
                    [batch.column(batch.schema.get_field_index(n)) for n in names] + answer.columns,
                    names=names + answer.schema.names,
                )
                yield out
            else:
                yield answer

    return sdf.mapInArrow(run, ddl)


def classify_frame(
    sdf: Any,
    as_of: Any,
    *,
    capital: Optional[str] = "business_capital",
    sales: Optional[str] = "annual_sales",
    currency: str = "IDR",
    purpose: str = "empowerment",
    keep: Sequence[str] = (),
) -> Any:
    """:func:`umkm.pandas.classify_frame` of every row of a Spark DataFrame (lazy)."""
    options = {"capital": capital, "sales": sales, "currency": currency, "purpose": purpose}
    return _each_batch("classify_frame", sdf, keep, (as_of,), options)


def validate_frame(
    sdf: Any,
    as_of: Any,
    *,
    currency: str = "IDR",
    record: Optional[str] = None,
    keep: Sequence[str] = (),
) -> Any:
    """:func:`umkm.pandas.validate_frame` of every row of a Spark DataFrame (lazy)."""
    return _each_batch("validate_frame", sdf, keep, (as_of,), {"currency": currency, "record": record})


def assess_frame(
    sdf: Any,
    product: str,
    destination: str,
    as_of: Any,
    *,
    currency: str = "IDR",
    record: Optional[str] = None,
    keep: Sequence[str] = (),
) -> Any:
    """:func:`umkm.pandas.assess_frame` of every row of a Spark DataFrame (lazy): ``product``
    and ``destination`` are column names or one value for every row. The whole reports are
    not offered here; assess the rows you will read with :func:`umkm.assess`."""
    return _each_batch(
        "assess_frame",
        sdf,
        keep,
        (product, destination, as_of),
        {"currency": currency, "record": record},
    )

