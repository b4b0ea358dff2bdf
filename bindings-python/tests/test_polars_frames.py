"""The frame helpers take a Polars DataFrame and answer in Polars, with the pandas answers."""

import datetime

import pandas as pd
import polars as pl
import pytest

from umkm.pandas import assess_frame, classify_frame, validate_frame

ROWS = {
    "name": ["IKM Duo Ayu Sehati", "Batik Bekasi", "Tanpa nama"],
    "business_capital": [250_000_000, None, None],
    "annual_sales": [None, 3_000_000_000, None],
    "npwp": ["013121660091000", "x", None],
    "region": ["19.71", "32.75", "32.16"],
}


def test_classify_and_validate_polars_match_pandas():
    pdf, plf = pd.DataFrame(ROWS), pl.DataFrame(ROWS)
    a, b = classify_frame(pdf, "2025-11-01"), classify_frame(plf, "2025-11-01")
    assert isinstance(b, pl.DataFrame)
    assert b["class"].to_list() == [None if pd.isna(x) else x for x in a["class"]] == ["micro", "small", None]
    assert b["error_code"].to_list()[2] == a["error_code"].tolist()[2] == "classify.missing"
    v, w = validate_frame(pdf, "2025-11-01"), validate_frame(plf, "2025-11-01")
    assert w["valid"].to_list() == v["valid"].tolist()
    assert w["codes"].to_list() == v["codes"].tolist()
    # Issues are structs in their JSON shape.
    assert w.schema["issues"] == pl.List(pl.Struct({"code": pl.String, "message_en": pl.String, "message_id": pl.String, "path": pl.String, "severity": pl.String}))


def test_assess_polars_with_nested_products_and_dates():
    products = [[{"name": "Batik", "category": "fashion_textile", "unit": "sheet"}]]
    plf = pl.DataFrame({"name": ["A"], "products": products})
    out = assess_frame(plf, "Batik", "JP", "2025-11-01", report=True)
    same = assess_frame(pd.DataFrame({"name": ["A"], "products": products}), "Batik", "JP", "2025-11-01")
    assert out["score"].to_list() == same["score"].tolist()
    assert out["blockers"].to_list() == same["blockers"].tolist()
    assert out.schema["earliest_ready_date"] == pl.Date
    assert isinstance(out["earliest_ready_date"][0], datetime.date)
    assert out["report"][0].product == "Batik"


def test_rankings_from_a_frame_match_the_list():
    import json
    import pathlib

    import umkm
    from umkm.pandas import export_records_from_frame

    vectors = pathlib.Path(__file__).resolve().parents[2] / "tests" / "vectors" / "growth.json"
    case = next(c for c in json.loads(vectors.read_text(encoding="utf-8"))["cases"] if c["name"].startswith("rank_export_growth: West Java"))
    args = case["args"]
    rows = {
        "region": [r["region"] for r in args["records"]],
        "date": [pd.Timestamp(r["date"]) for r in args["records"]],
        "value": [float(r["value"]["amount"]) for r in args["records"]],
        "currency": [r["value"]["currency"] for r in args["records"]],
    }
    expected = umkm.rank_export_growth(args["records"], args["options"], rates=args["rates"])
    for frame in (pd.DataFrame(rows), pl.DataFrame(rows)):
        records = export_records_from_frame(frame, currency_column="currency")
        ranking = umkm.rank_export_growth(records, args["options"], rates=args["rates"])
        assert ranking.to_dict() == expected.to_dict()
    # Rupiah only: the frame straight into rank_export_growth.
    idr = pd.DataFrame({"region": ["32.76", "32.76", "32.75", "32.75"], "date": ["2021-06-01", "2024-06-01"] * 2, "value": [100, 150, 100, 80]})
    options = {"level": "regency", "base": {"start": "2021-01-01", "end": "2021-12-31"}, "current": {"start": "2024-01-01", "end": "2024-12-31"}}
    ranked = umkm.rank_export_growth(idr, options)
    assert [r.region.name for r in ranked.ranked] == ["Kota Depok", "Kota Bekasi"]
    with pytest.raises(umkm.UmkmError) as e:
        umkm.rank_export_growth(idr.assign(value=[100.5, 1, 1, 1]), options)
    assert e.value.code == "frame.amount"


def test_polars_columns_the_helper_does_not_read_are_left_alone():
    # A register's other columns (an Int128 column, which pandas has no form for, and text)
    # are not read: the answers are those of the frame without them.
    products = [[{"name": "Batik", "category": "fashion_textile", "unit": "sheet"}]] * 3
    base = pl.DataFrame({**ROWS, "products": products, "produk": ["Batik"] * 3, "tujuan": ["JP", "NZ", "AU"]})
    extra = base.with_columns(
        pl.Series("nomor_internal", [1, 2, 3], dtype=pl.Int128),
        pl.Series("alamat", ["Jl. Melati 3", None, "Gg. Mawar"]),
    )
    with pytest.raises(Exception):
        extra.to_pandas()  # what the helpers did before with every column
    for helper, args in (
        (classify_frame, ("2025-11-01",)),
        (validate_frame, ("2025-11-01",)),
        (assess_frame, ("produk", "tujuan", "2025-11-01")),
    ):
        assert helper(extra, *args).equals(helper(base, *args)), helper.__name__
    # The columns the arguments name are read: a destination per row.
    assert assess_frame(extra, "produk", "tujuan", "2025-11-01")["score"].to_list() == [
        assess_frame(base.slice(i, 1), "Batik", d, "2025-11-01")["score"][0] for i, d in enumerate(["JP", "NZ", "AU"])
    ]


def _seed_rows():
    import json
    import pathlib

    seeds = json.loads((pathlib.Path(__file__).resolve().parents[2] / "examples" / "data" / "seed_enterprises.json").read_text(encoding="utf-8"))
    keep = ["name", "legal_form", "region", "workers", "products", "certifications", "sales_channels", "management", "annual_sales"]
    return seeds, [{k: s[k] for k in keep if k in s} for s in seeds]


def _plain(values):
    return [None if (v is None or (isinstance(v, float) and v != v) or v is pd.NA or v is pd.NaT) else v for v in values]


def test_nested_polars_columns_read_as_json_text_answer_as_pandas():
    # A register's nested columns (products, certificates, management) go from Polars to the
    # extension as JSON text that Polars encodes, not as Python objects: each answer, errors
    # included, is the one the same rows give in pandas. Struct fields a row lacks are null in
    # Polars and absent in pandas; a null cell is a missing cell; a wrong value fails its row.
    seeds, rows = _seed_rows()
    product = dict(seeds[0]["products"][0])
    variants = [
        *rows,
        dict(rows[0], products=None),
        dict(rows[0], products=[dict(product, shelf_life_days=-3)]),
        dict(rows[0], products=[dict(product, unit="crate")]),
        dict(rows[0], products=[dict(product, label_languages=None, hs_code=None)]),
        dict(rows[0], products=[]),
        dict(rows[1], management={"bookkeeping": "standard", "business_bank_account": True}),
        dict(rows[1], management={"bookkeeping": "ledger"}),
        dict(rows[2], certifications=[{"kind": "halal", "issued": "2025-02-30"}]),
    ]
    pdf = pd.DataFrame(variants)
    plf = pl.DataFrame(variants, infer_schema_length=None)
    pdf["produk"] = plf.with_columns(produk=pl.lit(product["name"]))["produk"].to_list()
    plf = plf.with_columns(produk=pl.lit(product["name"]))
    from umkm.pandas import _json_columns

    assert {"products", "certifications", "management", "annual_sales"} <= set(_json_columns(plf))
    a, b = assess_frame(pdf, "produk", "JP", "2025-11-01"), assess_frame(plf, "produk", "JP", "2025-11-01")
    for c in ["score", "level", "blockers", "error_code", "error_path", "error_message_en"]:
        assert _plain(b[c].to_list()) == _plain(a[c].tolist()), c
    assert a["error_code"].notna().sum() >= 4
    v, w = validate_frame(pdf, "2025-11-01"), validate_frame(plf, "2025-11-01")
    for c in ["valid", "codes", "error_code", "error_path"]:
        assert _plain(w[c].to_list()) == _plain(v[c].tolist()), c


def test_a_polars_column_with_floats_inside_is_read_from_its_python_values():
    # A float inside a nested column (NaN would be null as JSON) is not encoded as text: the
    # cell goes as Python values, and a NaN fails its row as in pandas.
    product = {"name": "Tas", "category": "craft", "unit": "piece", "shelf_life_days": float("nan")}
    plf = pl.DataFrame({"name": ["A"], "products": [[product]]})
    out = assess_frame(plf, "Tas", "JP", "2025-11-01")
    same = assess_frame(pd.DataFrame({"name": ["A"], "products": [[product]]}), "Tas", "JP", "2025-11-01")
    assert out["error_code"].to_list() == same["error_code"].tolist() == ["argument.invalid"]
    assert out["error_path"].to_list() == same["error_path"].tolist()


def _both_kinds(rows, product):
    pdf, plf = pd.DataFrame(rows), pl.DataFrame(rows, infer_schema_length=None)
    a, b = assess_frame(pdf, product, "JP", "2025-11-01"), assess_frame(plf, product, "JP", "2025-11-01")
    for c in ["score", "level", "blockers", "error_code", "error_path", "error_message_en"]:
        assert _plain(b[c].to_list()) == _plain(a[c].tolist()), c
    return a


def test_a_struct_field_one_row_has_is_null_in_the_others_and_answers_as_pandas():
    # Polars gives every row of a struct column every field: `colour` is null where a row
    # lacks it. The rows without it answer as in pandas (the null left out), the row with it
    # fails at the unknown field as in pandas.
    seeds, rows = _seed_rows()
    product = seeds[0]["products"][0]
    changed = [dict(rows[0], products=[dict(product, colour="merah")]), *rows]
    out = _both_kinds(changed, product["name"])
    assert out["error_path"].tolist()[0] == "/record/products/0/colour"
    assert not any(str(p).startswith("/record/products") for p in out["error_path"].iloc[1:].dropna())


def test_a_list_where_the_record_has_an_object_is_refused_as_in_pandas():
    # serde_json would read a struct from an array (an empty one as the struct's defaults);
    # the core refuses it. Such a column is never read straight into the record's types.
    from umkm.pandas import _json_columns

    seeds, rows = _seed_rows()
    changed = [dict(r, management=[]) for r in rows]
    kinds = {k: v[0] for k, v in _json_columns(pl.DataFrame(changed, infer_schema_length=None)).items()}
    assert kinds["management"] == "json" and kinds["products"] == "json-typed"
    out = _both_kinds(changed, seeds[0]["products"][0]["name"])
    assert out["error_path"].tolist() == ["/record/management"] * len(rows)


def test_a_struct_where_the_record_has_a_name_is_read_as_the_core_reads_it():
    # `{"simple": null}` is a name to serde_json; to the core, with the null left out, it is
    # an empty object and no name. Such a column goes the core's way, as in pandas.
    from umkm.pandas import _json_columns

    seeds, rows = _seed_rows()
    changed = [dict(r, management={"bookkeeping": {"simple": None}}) for r in rows]
    plf = pl.DataFrame(changed, infer_schema_length=None)
    assert _json_columns(plf)["management"][0] == "json"
    out = _both_kinds(changed, seeds[0]["products"][0]["name"])
    assert out["error_path"].tolist() == ["/record/management/bookkeeping"] * len(rows)
