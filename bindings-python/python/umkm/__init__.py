"""umkm: Indonesian UMKM/IKM business rules for Python, computed by the Rust core.

Identifiers as python-stdnum users know them (``umkm.npwp``, ``umkm.nik``, ``umkm.nib``,
``umkm.kbli``, ``umkm.hs``, ``umkm.wilayah``, ``umkm.nitku``, ``umkm.pirt``, ``umkm.bpom``,
``umkm.halal``: ``compact``, ``validate``, ``is_valid``, ``format``, plus ``is_valid_many`` and
``validate_many`` for whole columns); size classes under the regulation in force on a date
(UU 20/2008, PP 7/2021) and IKM classes (Permenperin 64/2016); record validation; export
readiness; growth, CAGR, regional export rankings, activity, "naik kelas" and targets.

Money is ``decimal.Decimal`` (ints and numeric strings accepted; a ``float`` is refused, since
it loses Rupiah precision), dates ``datetime.date`` (ISO strings accepted). Records and
arguments may be dicts in the JSON shape (as read from JSON or a DataFrame row) or the typed
classes of :mod:`umkm.types`. Every error is an :class:`UmkmError` (a ``ValueError``) with a
stable ``code`` and messages in Indonesian and English.

>>> import umkm, datetime
>>> umkm.npwp.format("013121660091000")
'01.312.166.0-091.000'
>>> capital = {"amount": 1_000_000_000, "currency": "IDR"}
>>> umkm.classify_size({"business_capital": capital}, datetime.date(2025, 11, 1)).class_
<SizeClass.MICRO: 'micro'>
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

from umkm import _umkm
from umkm import (
    bpom,
    chart,
    dates,
    exchange,
    halal,
    hs,
    kbli,
    money,
    nib,
    nik,
    nitku,
    npwp,
    pirt,
    region,
    wilayah,
)
from umkm._core import call as _call
from umkm._identifier import IdentifierCheck
from umkm._settings import get_language, set_language
from umkm.errors import ArgumentError, InvalidIdentifier, UmkmError, ValidationError
from umkm.types import *  # noqa: F401,F403  (every type, named as in Rust)
from umkm.types import __all__ as _types

__version__: str = _umkm.__version__

__all__ = [
    # identifier modules and helpers
    "npwp",
    "nitku",
    "nik",
    "nib",
    "kbli",
    "hs",
    "wilayah",
    "pirt",
    "bpom",
    "halal",
    "region",
    "money",
    "dates",
    "chart",
    "exchange",
    "IdentifierCheck",
    "set_language",
    "stylesheet",
    "get_language",
    # errors
    "UmkmError",
    "InvalidIdentifier",
    "ValidationError",
    "ArgumentError",
    # functions
    "classify_size",
    "classify_industry",
    "classify_size_many",
    "size_rule",
    "validate",
    "assess",
    "assess_summary",
    "assess_order",
    "origin_forms",
    "check_rule_set",
    "default_rule_set",
    "growth",
    "cagr",
    "year_over_year",
    "annual_sales_series",
    "rank_export_growth",
    "export_series",
    "active_rate",
    "cohort_survival",
    "transition_matrix",
    "target_progress",
    "daily_sales",
    "monthly_sales",
    "data_versions",
    "holidays",
] + list(_types)


def classify_size(input: Any, as_of: Any) -> Any:
    """Size class (micro, small, medium, large) by business capital and annual sales under the
    rule in force on ``as_of``: UU 20/2008 Pasal 6 until 1 Feb 2021, PP 7/2021 Pasal 35 from
    2 Feb 2021 ("paling banyak" is inclusive: exactly Rp1 miliar of capital is micro).

    ``input`` is a ``SizeInput`` or a dict ``{"business_capital", "annual_sales", "purpose"}``
    whose amounts are ``Money`` or ``{"amount": Decimal | int | str, "currency": "IDR"}``.
    Returns a ``SizeClassification`` saying which criterion decided and why."""
    return _call("classify_size", input=input, as_of=as_of)


def classify_size_many(inputs: Any, as_of: Any) -> Any:
    """The size class of every input of a register on one date, without explanation texts (the
    fast path for whole registers): a list of ``SizeRow`` with ``verdict`` (class, criterion,
    basis, both readings) or ``error`` (code and messages) for that row."""
    return _call("classify_size_many", inputs=inputs, as_of=as_of)


def size_rule(as_of: Any) -> Any:
    """The size regulation in force on a date (a ``RuleRef``: UU 20/2008 until 1 Feb 2021,
    PP 7/2021 from 2 Feb 2021), or ``None`` before 4 July 2008."""
    return _call("size_rule", as_of=as_of)


def classify_industry(input: Any) -> Any:
    """IKM class (industri kecil, menengah, besar) by workers and investment value
    (Permenperin 64/M-IND/PER/7/2016). ``input``: ``IndustryInput`` or ``{"workers",
    "investment_value": {"amount", "currency": "IDR"}}``."""
    return _call("classify_industry", input=input)


def validate(record: Any, as_of: Any) -> Any:
    """Every problem of an enterprise record (``Enterprise`` or dict) on ``as_of``: a
    ``Report`` whose ``issues`` carry a JSON-pointer ``path``, a stable ``code``, a
    ``severity`` and messages in Indonesian and English. A record that cannot be read at all
    raises ``ArgumentError`` (code ``record.json``) naming the field."""
    return _call("validate", record=record, as_of=as_of)


def assess(
    record: Any,
    product: str,
    destination: str,
    as_of: Any,
    rule_set: Optional[Any] = None,
) -> Any:
    """Export readiness of one product for one destination (ISO country code, or ``EU``) on
    ``as_of``: score 0–100, level, blockers, gaps, ordered action plan with agencies and lead
    times, earliest ready date, shipment documents and SKA forms (a ``ReadinessReport``; in
    Jupyter it shows as HTML, ``report.to_svg()`` draws the dimension chart). ``rule_set``
    replaces the embedded ``umkm-default-2026`` model: a whole rule set, or the id of an
    embedded one (``"umkm-default-2025"`` reproduces reports made before December 2026)."""
    return _call(
        "assess",
        record=record,
        product=product,
        destination=destination,
        as_of=as_of,
        rule_set=rule_set,
    )


def assess_summary(
    record: Any,
    product: str,
    destination: str,
    as_of: Any,
    rule_set: Optional[Any] = None,
) -> Any:
    """The figures of ``assess`` a register is tabulated by, without the report's texts: score,
    level, export_ready, blocked, the blockers' step ids and the earliest ready date (a
    ``ReadinessSummary``). About a hundredth of the work of building a whole report in Python."""
    return _call(
        "assess_summary",
        record=record,
        product=product,
        destination=destination,
        as_of=as_of,
        rule_set=rule_set,
    )


def assess_order(
    record: Any,
    product: str,
    order: Any,
    start: Any,
    days_off: Optional[Sequence[Any]] = None,
) -> Any:
    """Whether an order (``{"quantity", "unit", "deadline"}``) fits the product's daily
    capacity over Indonesian working days from ``start`` (weekends, national holidays and cuti
    bersama of 2025–2027, plus ``days_off``): an ``OrderFeasibility``."""
    return _call(
        "assess_order", record=record, product=product, order=order, start=start, days_off=days_off
    )


def origin_forms(destination: str, as_of: Any) -> Any:
    """SKA (certificate of origin) forms usable for a destination on a date: preferential
    forms of the agreements in force, oldest first, then Form B."""
    return _call("origin_forms", destination=destination, as_of=as_of)


def check_rule_set(rule_set: Any) -> Any:
    """Every problem of a readiness rule set (a list of ``Issue``; empty when usable)."""
    return _call("check_rule_set", rule_set=rule_set)


def default_rule_set() -> Any:
    """The embedded readiness model ``umkm-default-2026`` as a ``RuleSet`` (its ``changes``
    say what it corrected in ``umkm-default-2025``)."""
    return _call("default_rule_set")


def growth(prev: Any, curr: Any) -> Any:
    """``(curr − prev) ÷ prev`` as a ``Rate``: ``status`` ``defined`` with a ``value``, or
    ``undefined`` with a ``reason`` (a zero base is never infinity). Negative inputs raise."""
    return _call("growth", prev=prev, curr=curr)


def cagr(first: Any, last: Any, years: Any) -> Any:
    """Compound annual growth ``(last ÷ first)^(1 ÷ years) − 1`` as a ``Rate`` (years may be
    fractional)."""
    return _call("cagr", first=first, last=last, years=years)


def year_over_year(values: Any) -> Any:
    """Growth of each year on the previous one from ``[{"year", "value"}]`` (any order); a
    missing year is a gap, never a zero (pandas' ``pct_change`` differs). A ``Series``."""
    return _call("year_over_year", values=values)


def annual_sales_series(record: Any) -> Any:
    """Year-over-year growth of an enterprise's annual sales (a ``Series``)."""
    return _call("annual_sales_series", record=record)


def rank_export_growth(records: Any, options: Any, rates: Optional[Sequence[Any]] = None) -> Any:
    """Regional export growth ranking from SKA or shipment records ``{"region", "date",
    "value"}`` between a base and a current period (``RankingOptions``: level, base, current,
    by growth or increase, positive_only, currency, within). Ties share a rank, zero-base
    regions are listed as new; values in other currencies are converted with ``rates``.
    Invalid records raise ``ValidationError`` listing each. A ``Ranking`` (HTML in Jupyter).

    ``records`` may also be a pandas or Polars DataFrame with the columns ``region``, ``date``
    and ``value`` (amounts in IDR; see ``umkm.pandas.export_records_from_frame`` for other
    names and currencies)."""
    return _call("rank_export_growth", records=_export_records(records), options=options, rates=rates)


def _export_records(records: Any) -> Any:
    if hasattr(records, "columns") and hasattr(records, "shape"):
        from umkm.pandas import export_records_from_frame

        return export_records_from_frame(records)
    return records


def export_series(
    records: Any, rates: Optional[Sequence[Any]] = None, options: Optional[Any] = None
) -> Any:
    """Exports by calendar year and their year-over-year growth (a ``Series``); ``records``
    as for ``rank_export_growth``, a DataFrame included."""
    return _call("export_series", records=_export_records(records), rates=rates, options=options)


def active_rate(registered: int, active: int) -> Any:
    """``active ÷ registered`` (Kabupaten Bekasi: 300 of 1,400 IKM = 21.4 %)."""
    return _call("active_rate", registered=registered, active=active)


def cohort_survival(register: Any, snapshots: Any) -> Any:
    """Survival of founding-year cohorts through activity snapshots: ``register`` is
    ``[{"nib", "founded"}]``, ``snapshots`` ``[{"date", "active": [nib, ...]}]``."""
    return _call("cohort_survival", register=register, snapshots=snapshots)


def transition_matrix(before: Any, after: Any) -> Any:
    """"Naik kelas": moves between size classes from one dated snapshot ``{"date",
    "records"}`` to the next, matched by NIB, each classified by the rule of its own date."""
    return _call("transition_matrix", before=before, after=after)


def target_progress(target: Any, achieved: Any, as_of: Any) -> Any:
    """Progress toward ``{"goal", "deadline", "start"?}``: share, remaining, months left and
    the monthly pace still needed (a ``TargetProgress``)."""
    return _call("target_progress", target=target, achieved=achieved, as_of=as_of)


def daily_sales(capacity: Any, price: Any) -> Any:
    """Gross sales a day from a capacity range and a price range (2–8 pieces at
    Rp40,000–100,000: Rp80,000–800,000). A ``MoneyRange``."""
    return _call("daily_sales", capacity=capacity, price=price)


def monthly_sales(capacity: Any, price: Any, working_days: Optional[int] = None) -> Any:
    """Gross sales a month over ``working_days`` (default 25)."""
    return _call("monthly_sales", capacity=capacity, price=price, working_days=working_days)


def stylesheet() -> str:
    """The default stylesheet of the HTML reports (class prefix ``umkm``), as CSS text."""
    return _call("readiness.stylesheet")  # type: ignore[no-any-return]


def data_versions() -> Any:
    """Every embedded table (wilayah, agreements, holidays, ...) with its source, the version
    embedded and its licence: a list of ``DataVersion``."""
    return _call("data_versions")


def holidays(year: int) -> Any:
    """The national holidays and cuti bersama of ``year`` in date order (a list of ``Holiday``:
    ``date``, ``kind`` ``"holiday"`` or ``"cuti_bersama"``, ``name_id``, ``name_en``,
    ``source``, the decree). A year whose decree is not embedded raises ``UmkmError`` with code
    ``calendar.year_not_covered`` rather than answering an empty year."""
    return _call("holidays", year=year)
