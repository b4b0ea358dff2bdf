# %% [markdown]
# # From a messy register to the size mix, validity by region and an export ranking
#
# A regional trade and industry office keeps its IKM register in a spreadsheet typed by many
# hands: NPWP with and without dots (and some in the new 16-digit form), amounts as
# `Rp 1.250.000`, `1,25 M` or `131,9 juta`, founding dates as `17/08/2019` or `17 Agt 2019`,
# and region names (`KAB. BOGOR`, `Kota Bekasi`, `Depok`) instead of Kemendagri codes. This
# notebook reads `examples/data/register_messy.csv` (invented data, modelled on such
# registers) with the library's parsers, then shows the size-class mix, the share of valid
# records by region and the regencies and cities ranked by export growth. (Built from
# `examples/python/messy_register.py`.)

# %%
import datetime
import pathlib

import pandas as pd
from IPython.display import SVG, display

import umkm
import umkm.pandas as upd

HERE = pathlib.Path(globals().get("__file__", pathlib.Path.cwd() / "messy_register.py")).resolve().parent
AS_OF = datetime.date(2025, 11, 1)


def show_svg(svg: str) -> None:
    """Shows a chart the core drew (IPython's display is untyped)."""
    display(SVG(svg))  # type: ignore[no-untyped-call]


raw = pd.read_csv(HERE.parent / "data" / "register_messy.csv", dtype=str, keep_default_na=False)
raw.head()

# %% [markdown]
# ## Cleaning: one call a column, in Rust
# Each parser answers every cell, with a code where a cell cannot be read; nothing is guessed
# (`Depok` alone is a city and two districts, so the region is looked for among regencies and
# cities only).

# %%
capital = umkm.money.parse_many(raw["modal_usaha"])
sales = umkm.money.parse_many(raw["omzet_tahunan"])
founded = umkm.dates.parse_many(raw["tanggal_berdiri"])
regions = umkm.wilayah.find_many(raw["kabupaten_kota"], level="regency")
npwp = umkm.npwp.validate_many(raw["npwp"].replace("", None))
print("amounts read:", int(capital["code"].isna().sum()), "of", len(raw), "capital,", int(sales["code"].isna().sum()), "sales")
print("dates read:", int(founded["code"].isna().sum()), "| regions found:", int((regions["matches"] == 1).sum()))
print("NPWP valid:", int(npwp["valid"].sum()), "of", len(raw))

# %%
register = pd.DataFrame(
    {
        "name": raw["nama_usaha"],
        "npwp": raw["npwp"].replace("", None),
        "region": regions["code"],
        "region_name": regions["name"],
        "founded": founded["date"].dt.date,
        "business_capital": capital["amount"],
        "annual_sales": [None if a is None else [{"year": 2024, "amount": {"amount": str(a), "currency": "IDR"}}] for a in sales["amount"]],
    }
)
register.head()

# %% [markdown]
# ## Size-class mix (PP 7/2021 Pasal 35)

# %%
sizes = upd.classify_frame(register.assign(annual_sales=sales["amount"]), AS_OF)
print(sizes["class"].value_counts(dropna=False).to_dict())
show_svg(umkm.chart.size_mix(sizes["class"], lang="id"))

# %% [markdown]
# ## Valid records by region

# %%
checked = upd.validate_frame(register.drop(columns=["region_name"]), AS_OF)
by_region = (
    pd.DataFrame({"region": register["region_name"].fillna("(tidak dikenali)"), "valid": checked["valid"]})
    .groupby("region", sort=True)["valid"]
    .agg(valid="sum", total="count")
    .reset_index()
)
print(by_region.to_string(index=False))
show_svg(umkm.chart.validity_by_region(by_region, lang="id"))

# %% [markdown]
# ## Export growth by regency and city, 2021 to 2024

# %%
exports = pd.concat(
    [
        pd.DataFrame({"region": register["region"], "date": f"{year}-06-30", "value": umkm.money.parse_many(raw[f"nilai_ekspor_{year}"])["amount"]})
        for year in (2021, 2024)
    ]
).dropna(subset=["region", "value"])
options = {
    "level": "regency",
    "base": {"start": "2021-01-01", "end": "2021-12-31"},
    "current": {"start": "2024-01-01", "end": "2024-12-31"},
}
ranking = umkm.rank_export_growth(exports, options)
table = ranking.to_frame()
print("first:", table.loc[0, "region.name"], table.loc[0, "growth.value"])
show_svg(ranking.to_svg("id"))
table[["rank", "region.name", "base.amount", "current.amount", "growth.value"]]
