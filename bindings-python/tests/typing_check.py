"""Checked by mypy (tests/test_typing.py), not run by pytest: the stubs give real types."""

import datetime
from decimal import Decimal
from typing import List, Optional

import umkm

size = umkm.classify_size({"annual_sales": {"amount": 1, "currency": "IDR"}}, datetime.date(2025, 1, 1))
klass: umkm.SizeClass = size.class_
sales_class: Optional[umkm.SizeClass] = size.by_sales
rate = umkm.growth(Decimal(1), 2)
value: Optional[Decimal] = rate.value
report = umkm.assess({"name": "x"}, "p", "AU", "2025-11-01")
score: Decimal = report.score
ready: datetime.date = report.earliest_ready_date
svg: str = report.to_svg("en")
forms: List[umkm.OriginForm] = umkm.origin_forms("JP", datetime.date(2025, 11, 1))
compact: str = umkm.npwp.validate("013121660091000")
