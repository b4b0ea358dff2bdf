"""Issue 14, each case as it was seen from Python: no small input takes the process down, no
personal number is copied into a message, ``is_valid`` never raises, frames read cells one way."""

from __future__ import annotations

import datetime
import decimal
import io

import numpy
import pandas
import pytest

import umkm
import umkm.pandas as upd
from umkm import nik, npwp

AS_OF = datetime.date(2025, 11, 1)
NIK = "3275014101900001"


def no_digits_of(secret: str, *texts: object) -> None:
    for t in texts:
        digits = "".join(c for c in str(t) if c.isdigit())
        assert secret not in digits, t


def test_a_two_item_series_far_apart_is_a_coded_error_not_an_abort() -> None:
    with pytest.raises(umkm.UmkmError) as e:
        umkm.year_over_year([{"year": 1, "value": 1}, {"year": 2147483647, "value": 2}])
    assert e.value.code == "limit.year"
    record = {"name": "A", "annual_sales": [
        {"year": 1, "amount": {"amount": "1", "currency": "IDR"}},
        {"year": 2147483647, "amount": {"amount": "2", "currency": "IDR"}},
    ]}
    with pytest.raises(umkm.UmkmError) as e:
        umkm.annual_sales_series(record)
    assert e.value.code == "limit.year"
    report = umkm.validate(record, AS_OF)
    assert [i.code for i in report.issues if i.code == "limit.year"] == ["limit.year", "limit.year"]


def test_assess_on_the_last_date_python_knows_is_a_coded_error() -> None:
    seed = umkm.validate  # noqa: F841 (the package loads)
    record = {"name": "Anyaman", "products": [{"name": "Tas", "category": "craft", "unit": "piece",
                                               "daily_capacity": {"min": "2", "max": "8"}}]}
    with pytest.raises(umkm.UmkmError) as e:
        umkm.assess(record, "Tas", "JP", datetime.date(9999, 12, 31))
    assert e.value.code == "limit.year"
    with pytest.raises(umkm.UmkmError) as e:
        umkm.assess_order(record, "Tas", {"quantity": "500", "unit": "piece", "deadline": "2200-12-31"},
                          datetime.date(2025, 1, 1))
    assert e.value.code == "limit.date_span"


def test_keys_and_lists_are_refused_before_they_are_copied() -> None:
    key = "k" * 100_000_000
    with pytest.raises(umkm.UmkmError) as e:
        umkm.validate({"name": "A", key: 1}, AS_OF)
    assert (e.value.code, e.value.path) == ("limit.key", "/record")
    assert len(str(e.value)) < 300
    del key
    with pytest.raises(umkm.UmkmError) as e:
        umkm.rank_export_growth([None] * 10_000_001, {"level": "regency", "base": {"from": "2024-01-01", "to": "2024-12-31"},
                                                      "current": {"from": "2025-01-01", "to": "2025-12-31"}})
    assert e.value.code == "limit.list"
    # A column of str takes the joined fast path; it is held to the same limit as the rest.
    numbers = ["0"] * 10_000_001
    for many in (umkm.npwp.is_valid_many, umkm.npwp.validate_many):
        with pytest.raises(umkm.UmkmError) as e:
            many(numbers)
        assert e.value.code == "limit.list"
    del numbers
    with pytest.raises(umkm.UmkmError) as e:
        umkm.validate({"name": "x" * (1024 * 1024 + 1)}, AS_OF)
    assert e.value.code == "limit.string"


def test_numbers_typed_where_text_belongs_are_not_echoed() -> None:
    with pytest.raises(umkm.ArgumentError) as e:
        nik.validate(3275014101900001)  # type: ignore[arg-type]
    no_digits_of(NIK, e.value, e.value.message_id, e.value.path)
    for field in ["legal_form", "declared_size", "workers"]:
        with pytest.raises(umkm.UmkmError) as e:
            umkm.validate({"name": "A", field: NIK}, AS_OF)
        no_digits_of(NIK, e.value, e.value.message_id, e.value.message_en, repr(e.value))
        assert e.value.path == f"/record/{field}"
    # An NPWP column read by pandas as int64: each row answered, nothing echoed.
    df = pandas.read_csv(io.StringIO(f"name,npwp\nA,{NIK}\nB,13121660091000\n"))
    assert str(df["npwp"].dtype) == "int64"
    out = upd.validate_frame(df, AS_OF)
    assert out["error_code"].isna().all()
    for row in out["issues"]:
        for issue in row:
            no_digits_of(NIK, issue.message_en, issue.message_id, issue.path)
            no_digits_of("13121660091000", issue.message_en, issue.message_id)
    # The 14-digit one lost its leading zero: put back, with a warning.
    assert "npwp.leading_zeros" in out.loc[1, "codes"]
    assert "npwp.leading_zeros" not in out.loc[0, "codes"]
    assert "npwp.checksum" not in out.loc[1, "codes"]


@pytest.mark.parametrize("value", ["\ud800", None, 13121660091000, b"013121660091000", object(), 1.5, True, ["x"]])
def test_is_valid_never_raises(value: object) -> None:
    for module in [npwp, nik, umkm.nib, umkm.kbli, umkm.hs, umkm.wilayah, umkm.pirt, umkm.bpom, umkm.halal, umkm.nitku]:
        assert module.is_valid(value) is False  # type: ignore[arg-type]


def test_a_bad_cell_fails_only_its_own_row() -> None:
    cells = ["013121660091000", "\ud800", None, float("nan"), 13121660091000, "01.312.166.0-091.000"]
    assert npwp.is_valid_many(cells) == [True, False, False, False, True, True]
    checks = npwp.validate_many(cells)
    assert [c.code for c in checks] == [None, "npwp.characters", "npwp.empty", "npwp.empty", None, None]
    assert [c.warning for c in checks] == [None, None, None, None, "npwp.leading_zeros", None]
    frame = npwp.validate_many(pandas.Series(cells))
    assert frame["warning"].tolist()[4] == "npwp.leading_zeros"
    with pytest.raises(umkm.UmkmError):
        npwp.validate("\ud800")


def test_a_nik_column_read_as_float_is_still_those_niks() -> None:
    df = pandas.read_csv(io.StringIO(f"nik\n{NIK}\n\n3275014101900002\n"), skip_blank_lines=False)
    assert str(df["nik"].dtype) == "float64"
    assert nik.is_valid_many(df["nik"]).tolist() == [True, False, True]
    checks = nik.validate_many(df["nik"])
    assert checks["value"].tolist()[0] == NIK
    assert checks["code"].tolist()[1] == "nik.empty"


def test_amount_cells_one_rule_in_every_helper() -> None:
    df = pandas.DataFrame({
        "name": ["A", "B", "C", "D", "E"],
        "business_capital": pandas.Series([True, False, decimal.Decimal("Infinity"), "", " 5 "], dtype=object),
    })
    out = upd.classify_frame(df, AS_OF, sales=None)
    assert out["error_code"].tolist()[:3] == ["argument.invalid"] * 3
    assert out["error_code"].tolist()[3] == "classify.missing"  # blank: missing
    assert out["class"].tolist()[4] == "micro"  # ' 5 ' is Rp5
    valid = upd.validate_frame(df, AS_OF)
    assert valid["error_code"].tolist()[:3] == ["argument.invalid"] * 3
    assert pandas.isna(valid["error_code"].tolist()[3]) and pandas.isna(valid["error_code"].tolist()[4])
    no_digits_of("5", "")


def test_frames_named_wrong_raise_a_coded_error() -> None:
    df = pandas.DataFrame({"modal": [1], "omzet": [2]})
    with pytest.raises(umkm.ArgumentError) as e:
        upd.classify_frame(df, AS_OF)
    assert e.value.code == "frame.column"
    with pytest.raises(umkm.ArgumentError) as e:
        upd.classify_frame(df, AS_OF, capital="modal", sales="penjualan")
    assert e.value.code == "frame.column"
    assert upd.classify_frame(df, AS_OF, capital="modal", sales="omzet")["class"].tolist() == ["micro"]
    with pytest.raises(umkm.ArgumentError) as e:
        upd.classify_frame(df, AS_OF, capital=NIK, sales="omzet")
    no_digits_of(NIK, e.value, e.value.message_id)
    twice = pandas.DataFrame([["A", "B"]], columns=["name", "name"])
    for helper in (lambda d: upd.validate_frame(d, AS_OF), lambda d: upd.assess_frame(d, "x", "JP", AS_OF)):
        with pytest.raises(umkm.ArgumentError) as e:
            helper(twice)
        assert e.value.code == "frame.duplicate_column"


def test_birth_date_is_never_after_as_of() -> None:
    with pytest.raises(umkm.InvalidIdentifier) as e:
        nik.birth_date(NIK, datetime.date(1989, 12, 31))
    assert e.value.code == "nik.birth_after_date"
    assert nik.birth_date(NIK, datetime.date(1990, 1, 1)) == datetime.date(1990, 1, 1)


def test_masks_and_pseudonyms() -> None:
    assert npwp.mask("01.312.166.0-091.000") == "01.***.***.*-***.000"
    assert nik.mask(NIK) == "3275**********01"
    with pytest.raises(umkm.InvalidIdentifier) as e:
        nik.mask("3275")
    no_digits_of("3275", e.value.message_en)
    import hashlib
    import hmac

    key = "kunci-rahasia-dinas-2026"
    expected = hmac.new(key.encode(), NIK.encode(), hashlib.sha256).hexdigest()
    assert nik.pseudonym("3275 0141 0190 0001", key) == expected
    with pytest.raises(umkm.UmkmError) as e:
        nik.pseudonym(NIK, "short")
    assert (e.value.code, e.value.path) == ("pseudonym.key", "/key")


def test_assess_summary_is_the_reports_figures() -> None:
    record = {"name": "Anyaman", "products": [{"name": "Tas", "category": "craft", "unit": "piece"}]}
    summary = umkm.assess_summary(record, "Tas", "JP", AS_OF)
    report = umkm.assess(record, "Tas", "JP", AS_OF)
    assert summary.score == report.score
    assert summary.blockers == [b.step for b in report.blockers]
    assert summary.earliest_ready_date == report.earliest_ready_date
    assert numpy.isfinite(float(summary.score))


def test_hs_codes_must_exist_in_hs_2022_and_lookup_describes_them() -> None:
    # Heading 1604 (prepared fish) has no subheading 1604.99; 1604.20 is fish otherwise
    # prepared (the Pangkalpinang maker's kerupuk and kemplang).
    with pytest.raises(umkm.InvalidIdentifier) as e:
        umkm.hs.validate("1604.99")
    assert e.value.code == "hs.unknown_subheading"
    assert "1604.99" in e.value.message_en
    entry = umkm.hs.lookup("1604.20")
    assert (entry.chapter, entry.heading, entry.subheading) == ("16", "1604", "160420")
    # The Python package is built with the descriptions (the npm package is not).
    assert entry.description == (
        "Fish preparations; fish minced or in forms n.e.c. in heading no. 1604, prepared or preserved"
    )
    assert umkm.hs.is_valid_many(["8517.13", "8517.12", "1099"]) == [True, False, False]


def test_kbli_codes_must_exist_in_the_edition_and_lookup_titles_them() -> None:
    # Neither KBLI 2025 (the default) nor KBLI 2020 has a group 109: 10999 is well formed,
    # not a code.
    for version in (None, 2020, 2025):
        with pytest.raises(umkm.InvalidIdentifier) as e:
            umkm.kbli.validate("10999", version=version)
        assert e.value.code == "kbli.unknown_code"
        assert umkm.kbli.is_valid("10999", version=version) is False
    assert "KBLI 2025" in str(e.value)
    entry = umkm.kbli.lookup("10792")
    assert (entry.code, entry.version, entry.section, entry.division) == ("10792", "kbli2025", "C", "10")
    assert entry.title == "INDUSTRI KUE BASAH"
    # Batik: 13134 in KBLI 2020 (Peraturan BPS 2/2020), 13133 in KBLI 2025 (7/2025).
    assert umkm.kbli.lookup("131.34", version=2020).title == "INDUSTRI BATIK"
    assert umkm.kbli.lookup("13133").title == "INDUSTRI KAIN BATIK"
    assert umkm.kbli.is_valid("13134") is False
    assert umkm.kbli.is_valid("13134", version=2020) is True
    assert umkm.kbli.validate("13.134", version="kbli2020") == "13134"
    assert umkm.kbli.lookup("10792", version=2020).version == "kbli2020"
    assert umkm.kbli.lookup("10792", version="kbli2020").title == "INDUSTRI KUE BASAH"
    # The sections are re-lettered from J on: division 62 is J in KBLI 2020, K in KBLI 2025.
    assert umkm.kbli.section("62019", version=2020).letter == "J"
    assert umkm.kbli.section("62199").letter == "K"
    assert umkm.kbli.division("45101", version=2020) == 45
    assert umkm.kbli.is_manufacturing("13134") is True
    # An edition that is not embedded is refused, never answered from another.
    for call in (umkm.kbli.lookup, umkm.kbli.validate, umkm.kbli.is_valid):
        with pytest.raises(umkm.ArgumentError) as e:
            call("10792", version=2015)  # type: ignore[operator]
        assert e.value.code == "argument.invalid"
    # is_valid never raises for the number, whatever the edition.
    for odd in (None, 10792, b"10792", "1079\ud800", "1" * 2_000_000):
        assert umkm.kbli.is_valid(odd, version=2020) is False
    # A wrong edition is shown as the core shows input: digit runs masked, a text over the
    # string limit refused at /version.
    for call in (umkm.kbli.lookup, umkm.kbli.is_valid):
        with pytest.raises(umkm.ArgumentError) as e:
            call("10792", version="3276011708850003")  # type: ignore[operator]
        assert "****************" in str(e.value) and "3276011708850003" not in str(e.value)
        with pytest.raises(umkm.ArgumentError) as e:
            call("10792", version="x" * 2_000_000)  # type: ignore[operator]
        assert (e.value.code, e.value.path) == ("limit.string", "/version")
    with pytest.raises(umkm.InvalidIdentifier) as e:
        umkm.kbli.lookup("47110")
    assert e.value.code == "kbli.unknown_code"
    assert umkm.kbli.is_valid_many(["10792", "10999", "47111", "", "13134"]) == [True, False, True, False, False]


def test_the_corrected_default_rule_set_and_the_old_one_by_id() -> None:
    record = {
        "name": "Keripik Pisang Mekar",
        "nib": "9120401234561",
        "npwp": "01.312.166.0-091.000",
        "products": [{"name": "Keripik pisang", "category": "processed_food", "unit": "pack"}],
        "certifications": [{"kind": "pirt", "number": "P-IRT No. 2053275010023-27"}],
    }
    on = datetime.date(2026, 12, 2)
    now = umkm.assess(record, "Keripik pisang", "NZ", on)
    old = umkm.assess(record, "Keripik pisang", "NZ", on, rule_set="umkm-default-2025")
    assert (now.rule_set, now.blocked) == ("umkm-default-2026", False)
    assert (old.rule_set, old.blocked) == ("umkm-default-2025", True)
    assert [g.step for g in old.blockers] == ["certificate.bpom_md"]
    assert len(umkm.default_rule_set().changes) == 3
    with pytest.raises(umkm.ArgumentError) as e:
        umkm.assess(record, "Keripik pisang", "NZ", on, rule_set="umkm-default-1999")
    assert (e.value.code, e.value.path) == ("ruleset.unknown_id", "/rule_set")
