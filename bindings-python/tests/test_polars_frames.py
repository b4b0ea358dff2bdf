"""The frame helpers take a Polars DataFrame and answer in Polars, with the pandas answers."""

import datetime

import pandas as pd
import polars as pl

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
