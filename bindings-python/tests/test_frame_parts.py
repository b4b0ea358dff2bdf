"""assess_frame reads nested cells (lists of product dicts, the management dict) straight into
the record's types: every answer, errors included, must be the one the JSON way gives.

The JSON way (``parts=False`` of the private ``_umkm.assess_columns``) is the reference: it is
how every cell was read before, and how ``call`` reads a record. The cells here are the seed
records' nested fields, then the same with one place changed to a value the fast reader must
give up on (a float, a tuple, a str subclass, a lone surrogate, a number past 64 bits, an
unknown key, a deep list, a ``Decimal``, a date, a NumPy scalar) or must read as the JSON way
does (a ``None`` entry left out, a ``None`` item kept, a negative number, an enum as a dict).
"""

from __future__ import annotations

import collections
import copy
import datetime
import decimal
import json
import pathlib
import random
from typing import Any, Dict, List

import numpy
from hypothesis import given, settings
from hypothesis import strategies as st

from umkm import _umkm
from umkm.pandas import _NESTED_FIELDS

AS_OF = datetime.date(2025, 11, 1)
SEEDS = json.loads(
    (pathlib.Path(__file__).resolve().parents[2] / "examples" / "data" / "seed_enterprises.json").read_text(
        encoding="utf-8"
    )
)
NESTED = list(_NESTED_FIELDS)
SCALAR = ["name", "nib", "npwp", "legal_form", "region", "workers"]


class Text(str):
    pass


class Whole(int):
    pass


class Table(dict):  # type: ignore[type-arg]
    pass


def deep(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = [value]
    return value


#: Values put in place of a part of a cell: each is either taken by the fast reader exactly
#: as JSON would be, or makes it give up (the JSON way then answers).
ODD: List[Any] = [
    None,
    True,
    False,
    0,
    7,
    -3,
    2**63 - 1,
    2**63,
    2**64 + 5,
    -(2**70),
    1.5,
    3.0,
    float("nan"),
    float("inf"),
    "",
    "   ",
    "craft",
    "piece",
    "halal",
    "2025-13-40",
    "2025-01-31",
    "\ud800",
    "ÿ" * 3,
    "x" * 2000,
    Text("craft"),
    Whole(4),
    Table(name="Tas", category="craft", unit="piece"),
    collections.OrderedDict(name="Tas", category="craft", unit="piece"),
    decimal.Decimal("1.5"),
    decimal.Decimal("25000"),
    datetime.date(2025, 1, 2),
    numpy.int64(3),
    numpy.float64(2.0),
    ("id", "en"),
    [],
    {},
    [None],
    [None, "id"],
    {"craft": None},
    {"unknown": 1},
    {"amount": "1000", "currency": "IDR"},
    {"amount": 1000, "currency": "USD"},
    {"amount": "1000", "currency": "XXX"},
    {"min": "1", "max": "2"},
    {"min": {"amount": "1", "currency": "IDR"}, "max": {"amount": "2", "currency": "IDR"}},
    {"year": 2024, "amount": {"amount": "5", "currency": "IDR"}},
    {"kind": "halal", "products": None},
    {"name": "Tas", "category": "craft", "unit": "piece", "hs_code": None},
    {1: "x"},
    {"x" * 300: 1},
    deep(3),
    deep(20),
    deep(70),
    object(),
]


def places(value: Any, path: tuple = ()) -> List[tuple]:  # type: ignore[type-arg]
    """Every place inside a cell: (path of keys and indices)."""
    out = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            out.extend(places(v, path + (k,)))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.extend(places(v, path + (i,)))
    return out


def changed(cell: Any, rnd: random.Random) -> Any:
    """The cell with one place replaced, a key added or taken out, or an item added."""
    cell = copy.deepcopy(cell)
    where = rnd.choice(places(cell))
    odd = rnd.choice(ODD)
    if not where:
        return odd
    parent = cell
    for step in where[:-1]:
        parent = parent[step]
    last = where[-1]
    action = rnd.random()
    if isinstance(parent, dict) and action < 0.15:
        del parent[last]
    elif isinstance(parent, dict) and action < 0.3:
        parent[rnd.choice(["unknown", "name", "kind", "min", "amount", "year", "bookkeeping"])] = odd
    elif isinstance(parent, list) and action < 0.3:
        parent.insert(last, odd)
    else:
        parent[last] = odd
    return cell


def columns_of(rows: List[Dict[str, Any]]) -> Dict[str, List[Any]]:
    fields = sorted({k for r in rows for k in r if k in NESTED + SCALAR})
    return {f: [r.get(f) for r in rows] for f in fields}


def both_ways(rows: List[Dict[str, Any]], product: str = "Kerupuk ikan tenggiri") -> None:
    columns = columns_of(rows)
    args = (columns, ["business_capital", "investment_value"], "IDR", len(rows), [product], ["JP"], AS_OF)
    fast = _umkm.assess_columns(*args)
    reference = _umkm.assess_columns(*args, parts=False)
    assert fast == reference


def test_seed_records_answer_the_same_both_ways() -> None:
    rows = [dict(s) for s in SEEDS for _ in range(30)]
    both_ways(rows)
    for seed in SEEDS:
        both_ways([dict(seed)], seed["products"][0]["name"])


def test_every_odd_value_in_every_field_answers_as_json() -> None:
    rows = []
    for seed in SEEDS:
        for field in NESTED:
            for odd in ODD:
                row = {k: seed[k] for k in SCALAR if k in seed}
                row.update({k: seed[k] for k in NESTED if k in seed})
                row[field] = odd
                rows.append(row)
    both_ways(rows)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, 2**32 - 1))
def test_cells_changed_at_random_answer_as_json(seed: int) -> None:
    rnd = random.Random(seed)
    rows = []
    for _ in range(12):
        base = rnd.choice(SEEDS)
        row = {k: copy.deepcopy(base[k]) for k in SCALAR + NESTED if k in base}
        for _ in range(rnd.randint(1, 3)):
            field = rnd.choice(NESTED)
            row[field] = changed(row.get(field, []), rnd)
        rows.append(row)
    both_ways(rows, rnd.choice([s["products"][0]["name"] for s in SEEDS]))


def test_a_cell_the_fast_reader_takes_is_read_as_the_json_way_reads_it() -> None:
    # None entries are left out of a dict (as in every frame cell), None items stay in a
    # list, and a negative count is refused with the JSON way's own error.
    seed = SEEDS[0]
    product = dict(seed["products"][0], hs_code=None, label_languages=None)
    rows = [
        dict(name="A", products=[product]),
        dict(name="B", products=[dict(product, label_languages=["id", None])]),
        dict(name="C", products=[dict(product, shelf_life_days=-1)]),
        dict(name="D", products=[product], management={"bookkeeping": "simple", "working_capital": None}),
    ]
    both_ways(rows)
    out = _umkm.assess_columns(columns_of(rows), [], "IDR", 4, [product["name"]], ["JP"], AS_OF)
    assert out["error_code"][0] is None
    assert out["error_path"][1] == "/record/products/0/label_languages/1"
    assert out["error_path"][2] == "/record/products/0/shelf_life_days"
    assert out["error_code"][3] is None


def test_a_lone_surrogate_in_a_text_column_fails_its_row_alone() -> None:
    # An object column of text can hold one (pandas' Arrow text columns cannot): it failed the
    # whole frame with Python's UnicodeEncodeError before, not its row.
    rows = [dict(name="\ud800"), dict(name="Anyaman")]
    out = _umkm.assess_columns(columns_of(rows), [], "IDR", 2, ["Tas"], ["JP"], AS_OF)
    assert out["error_code"] == ["argument.invalid", "readiness.unknown_product"]
    assert out["error_path"][0] == "/record/name"
    both_ways(rows)
