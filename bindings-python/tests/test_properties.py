"""Property tests: any string into any identifier's validate either returns (the compact
number, which validates again to itself) or raises InvalidIdentifier; nothing else."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import umkm

MODULES = ["npwp", "nitku", "nik", "nib", "kbli", "hs", "wilayah", "pirt", "bpom", "halal"]

# Digits and separators find the interesting paths; any text finds the rest.
numberish = st.text(alphabet="0123456789 .-/PIRTMDLBOIDNo", max_size=30)
anything = st.text(max_size=40)


@pytest.mark.parametrize("module", MODULES)
@settings(max_examples=300, deadline=None)
@given(text=st.one_of(numberish, anything))
def test_validate_returns_or_raises_invalid_identifier(module: str, text: str) -> None:
    m = getattr(umkm, module)
    try:
        compact = m.validate(text)
    except umkm.InvalidIdentifier as e:
        assert e.code.startswith(module + ".")
        assert e.message_id and e.message_en
        assert m.is_valid(text) is False
    else:
        assert isinstance(compact, str)
        assert m.is_valid(text) is True
        assert m.validate(compact) == compact


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(st.one_of(numberish, anything, st.none()), max_size=20))
def test_column_answers_equal_single_answers(texts: list) -> None:
    assert umkm.npwp.is_valid_many(texts) == [t is not None and umkm.npwp.is_valid(t) for t in texts]
    checks = umkm.nik.validate_many(texts)
    assert [c.valid for c in checks] == [t is not None and umkm.nik.is_valid(t) for t in texts]


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.one_of(numberish, anything, st.sampled_from(["\n", "0131\n21660091000", ""])), max_size=20))
def test_the_joined_fast_path_equals_one_by_one(texts: list) -> None:
    # Lists of str only take the joined path; a newline inside a number falls back.
    assert umkm.npwp.is_valid_many(texts) == [umkm.npwp.is_valid(t) for t in texts]
    assert umkm.wilayah.is_valid_many(tuple(texts)) == [umkm.wilayah.is_valid(t) for t in texts]
