"""Results as tables: to_frame in pandas and Polars, with exact amounts and real dates."""

import datetime
import json
import pathlib
from decimal import Decimal

import pandas as pd
import polars as pl
import pytest

import umkm
from umkm import dates, money, wilayah
from umkm.frames import to_frame

VECTORS = pathlib.Path(__file__).resolve().parents[2] / "tests" / "vectors"


def _case(file, name_start, call=None):
    cases = json.loads((VECTORS / file).read_text(encoding="utf-8"))["cases"]
    return next(c for c in cases if c["name"].startswith(name_start) and call in (None, c["call"]) and "result" in c)


def test_ranking_to_frame_has_depok_first_with_exact_amounts():
    args = _case("growth.json", "rank_export_growth: West Java")["args"]
    ranking = umkm.rank_export_growth(args["records"], args["options"], rates=args["rates"])
    df = ranking.to_frame()
    assert list(df["region.name"])[:3] == ["Kota Depok", "Kabupaten Cirebon", "Kota Bandung"]
    assert df.loc[0, "current.amount"] == Decimal("10112000000")
    assert df.loc[1, "growth.value"] == Decimal("0.5468531468531468531468531469")
    assert list(df["rank"]) == [1, 2, 2, 4, 5, 6, 7]
    pf = ranking.to_frame("polars")
    assert isinstance(pf.schema["current.amount"], pl.Decimal)
    assert pf["region.code"].to_list()[0] == "32.76"


def test_column_results_to_frame():
    df = money.parse_many(["Rp 1.250.000", "1.250"]).to_frame()
    assert list(df.columns) == ["amounts", "currencies", "codes"]
    assert df.loc[0, "amounts"] == Decimal("1250000") and df.loc[1, "codes"] == "money.ambiguous"
    assert df.loc[0, "codes"] is None
    pf = dates.parse_many(["17/08/2025", "x"]).to_frame("polars")
    assert pf.schema["dates"] == pl.Date and pf["dates"].to_list() == [datetime.date(2025, 8, 17), None]
    found = wilayah.find_many(["Bogor", "Kota Bekasi"]).to_frame()
    assert list(found["codes"]) == [None, "32.75"] and list(found["matches"]) == [2, 1]


def test_plan_and_validation_report_to_frame():
    args = _case("readiness.json", "", call="assess")["args"]
    report = umkm.assess(args["record"], args["product"], args["destination"], args["as_of"])
    plan = report.to_frame()
    assert len(plan) == len(report.plan)
    assert str(plan["finish"].dtype).startswith("datetime64")
    issues = umkm.validate({"name": "", "annual_sales": [{"year": 2030, "amount": {"amount": "1", "currency": "IDR"}}]}, "2025-11-01").to_frame()
    assert "code" in issues.columns and len(issues) >= 1


def test_a_list_of_results_and_refusals():
    df = to_frame(wilayah.find("Bogor"))
    assert list(df["code"]) == ["32.01", "32.71"]
    with pytest.raises(TypeError):
        to_frame([1, 2])
    with pytest.raises(ValueError):
        to_frame(wilayah.find("Bogor"), "spark")


def test_every_result_renders_in_jupyter_in_the_package_language():
    region = wilayah.find("Kota Bekasi")[0]
    try:
        umkm.set_language("en")
        assert "<th>Field</th>" in region._repr_html_() and "Kota Bekasi" in region._repr_html_()
        with pytest.raises(umkm.UmkmError) as e:
            money.parse("1.250")
        assert str(e.value).startswith('"1.250" can be read two ways') and str(e.value).endswith("[money.ambiguous]")
        umkm.set_language("id")
        assert "<th>Kolom</th>" in region._repr_html_()
        with pytest.raises(umkm.UmkmError) as e:
            money.parse("1.250")
        assert "dapat dibaca dua cara" in str(e.value)
        # A result with a table shows the table.
        assert "<table" in money.parse_many(["Rp 5.000"])._repr_html_() and "5000" in money.parse_many(["Rp 5.000"])._repr_html_()
        with pytest.raises(ValueError):
            umkm.set_language("fr")
    finally:
        umkm.set_language("id")
    assert umkm.get_language() == "id"


def test_charts_from_counts_columns_and_frames():
    from umkm import chart

    classes = pd.Series(["micro"] * 1300 + ["small"] * 80 + ["medium"] * 15 + ["large"] * 5)
    svg = chart.size_mix(classes, lang="id")
    assert svg == chart.size_mix({"micro": 1300, "small": 80, "medium": 15, "large": 5}, lang="id")
    assert "1.300 (92,9 %)" in svg
    rows = pl.DataFrame({"region": ["Kota Depok", "Kota Bekasi"], "valid": [380, 300], "total": [400, 400]})
    assert "300 / 400 (75%)" in chart.validity_by_region(rows, lang="en")
    assert chart.validity_by_region(rows.to_pandas(), lang="en") == chart.validity_by_region(rows, lang="en")
    with pytest.raises(umkm.UmkmError) as e:
        chart.validity_by_region([{"region": "X", "valid": 2, "total": 1}])
    assert e.value.code == "chart.valid_exceeds_total"
    args = _case("growth.json", "rank_export_growth: West Java")["args"]
    ranking = umkm.rank_export_growth(args["records"], args["options"], rates=args["rates"])
    assert "1. Kota Depok" in ranking.to_svg() and "371,4 %" in ranking.to_svg("id")
