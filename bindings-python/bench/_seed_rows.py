"""The rows both frame benchmarks build: the seed enterprises of examples/data that have
products, repeated to ``n`` rows, each with its own name and region. ``extra(seed, i)`` adds the
columns a benchmark measures besides these."""

from __future__ import annotations

import json
import pathlib
from typing import Any, Callable, Dict, List

ROOT = pathlib.Path(__file__).resolve().parents[2]

REGENCIES = ["32.75", "32.76", "32.16", "19.71", "32.04"]


def seed_rows(n: int, extra: Callable[[Dict[str, Any], int], Dict[str, Any]]) -> List[Dict[str, Any]]:
    """``n`` rows: name, nib, npwp, legal_form, region, workers, products, sales_channels, the
    columns of ``extra`` and ``produk`` (the first product's name)."""
    seeds = json.loads((ROOT / "examples" / "data" / "seed_enterprises.json").read_text(encoding="utf-8"))
    seeds = [s for s in seeds if s.get("products")]
    rows = []
    for i in range(n):
        s = seeds[i % len(seeds)]
        rows.append(
            {
                "name": f"{s['name']} {i}",
                "nib": s.get("nib"),
                "npwp": s.get("npwp"),
                "legal_form": s.get("legal_form"),
                "region": REGENCIES[i % len(REGENCIES)],
                "workers": s.get("workers"),
                "products": s["products"],
                "sales_channels": s.get("sales_channels", []),
                **extra(s, i),
                "produk": s["products"][0]["name"],
            }
        )
    return rows
