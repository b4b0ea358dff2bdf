# %% [markdown]
# # umkm: a tour for data teams
#
# Validate identifiers and records, classify enterprises under the regulation in force, assess
# the Pangkalpinang seafood maker's readiness to export to Australia, and rank West Java's
# regencies and cities by export growth. Every answer comes from the Rust core, the same as in
# Rust and JavaScript. (This notebook is built from `examples/python/tour.py`.)

# %%
import datetime
import json
import pathlib
from decimal import Decimal
from typing import Any, Dict, List

import pandas as pd

import umkm
import umkm.pandas as upd

HERE = pathlib.Path(globals().get("__file__", pathlib.Path.cwd() / "tour.py")).resolve().parent
DATA = HERE.parent / "data"
AS_OF = datetime.date(2025, 11, 1)

# %% [markdown]
# ## Identifiers
# python-stdnum's four functions, messages in Indonesian and English, and whole columns at once.

# %%
print(umkm.npwp.format("013121660091000"))
try:
    umkm.npwp.validate("01.312.166.1-091.000")
except umkm.InvalidIdentifier as e:
    print(e.code, "|", e.message_id, "|", e.message_en)

npwp_column = pd.Series(["01.312.166.0-091.000", "01.312.166.1-091.000", None, "0013121660091000"])
checks = umkm.npwp.validate_many(npwp_column)
checks

# %% [markdown]
# ## Records and size classes
# The seed enterprises: validation issues by JSON path, and the size class on 1 November 2025
# (PP 7/2021 Pasal 35; exactly Rp1 miliar of capital is still micro).

# %%
seeds: List[Dict[str, Any]] = json.loads((DATA / "seed_enterprises.json").read_text(encoding="utf-8"))
records = pd.DataFrame({"record": seeds}, index=[s["name"] for s in seeds])
upd.validate_frame(records, AS_OF, record="record")[["valid", "errors", "warnings", "codes"]]

# %%
register = pd.DataFrame(
    {
        "business_capital": [Decimal("1000000000"), Decimal("1000000001"), None, Decimal("6000000000")],
        "annual_sales": [None, Decimal("15000000000"), Decimal("300000000"), Decimal("50000000001")],
    },
    index=["tepat Rp1 miliar", "modal > Rp1 miliar", "hanya omzet", "omzet > Rp50 miliar"],
)
upd.classify_frame(register, AS_OF)[["class", "decided_by", "basis", "by_capital", "by_sales", "rule"]]

# %% [markdown]
# ## Export readiness: IKM Duo Ayu Sehati (Kota Pangkal Pinang) to Australia
# With its fish-processing approval (SKP) and HACCP certificate the maker is ready; the same
# record without them is blocked, and the report says what to do, where, and by when.

# %%
seafood = umkm.Enterprise.from_dict(next(s for s in seeds if s["name"] == "IKM Duo Ayu Sehati"))
product = seafood.products[0].name
ready = umkm.assess(seafood, product, "AU", AS_OF)
print(ready.score, ready.level, ready.export_ready)

without = seafood.replace(
    certifications=[c for c in seafood.certifications if c.kind.value not in ("skp", "haccp")]
)
report = umkm.assess(without, product, "AU", AS_OF)
print(report.score, report.level, "blocked" if report.blocked else "", report.earliest_ready_date)
report

# %%
plan = pd.DataFrame(
    [
        {
            "step": s.order,
            "action": s.action.en,
            "agency": s.agency.value,
            "days": s.lead_time_days,
            "per_shipment": s.per_shipment,
        }
        for s in report.plan
    ]
)
plan

# %% [markdown]
# ## West Java export growth ranking by SKA, 2021 to 2024 (illustrative sample data)

# %%
ska = json.loads((DATA / "west_java_ska.json").read_text(encoding="utf-8"))
ranking = umkm.rank_export_growth(ska["records"], ska["options"], rates=ska["rates"])
ranking

# %%
table = pd.DataFrame(
    [
        {
            "rank": r.rank,
            "region": r.region.name,
            "base": r.base.amount,
            "current": r.current.amount,
            "growth": r.growth.value,
        }
        for r in ranking.ranked + ranking.new
    ]
)
table

# %% [markdown]
# ## Kabupaten Bekasi: active IKM and the target of 5,000 new entrepreneurs

# %%
active = umkm.active_rate(1400, 300)
progress = umkm.target_progress(
    {"goal": 5000, "deadline": datetime.date(2026, 12, 31), "start": datetime.date(2025, 1, 1)},
    1250,
    AS_OF,
)
print(f"{active.rate:.1%} of registered IKM active")
print(progress.summary.en)
