"""Every conformance vector of tests/vectors/ through the public Python API: the answers must
be the Rust answers (compared in their JSON shape, as the Rust and JavaScript suites do)."""

from __future__ import annotations

import datetime
import decimal
import enum
import json
import pathlib
from typing import Any, Callable, Dict, List, Tuple

import pytest

import umkm
from umkm.types import Model

VECTORS = pathlib.Path(__file__).resolve().parents[2] / "tests" / "vectors"


def load() -> List[Tuple[str, Dict[str, Any]]]:
    cases = []
    for path in sorted(VECTORS.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            cases.append((f"{path.stem}: {case['name']}", case))
    return cases


CASES = load()


def python_function(name: str) -> Callable[..., Any]:
    """The Python callable for a core function name."""
    if name == "readiness.svg":
        return lambda report, lang="id": umkm.ReadinessReport.from_dict(report).to_svg(lang)
    if name == "readiness.html":
        return lambda report, lang="id", options=None: umkm.ReadinessReport.from_dict(report).to_html(lang, options)
    if name == "readiness.stylesheet":
        return umkm.stylesheet
    if name == "ranking.html":
        return lambda ranking, lang="id": umkm.Ranking.from_dict(ranking).to_html(lang)
    if name == "normalize":
        # An unknown type has no class: that vector goes to the core as it is.
        return lambda type, value: (
            getattr(umkm.types, type).from_dict(value)
            if hasattr(umkm.types, type)
            else umkm._core.call("normalize", type=type, value=value)
        )
    if name == "exchange.rate_on":
        return lambda **a: umkm.exchange.rate_on(a.pop("from"), **a)
    if "." in name:
        module, function = name.split(".", 1)
        return getattr(getattr(umkm, module), function)  # type: ignore[no-any-return]
    return getattr(umkm, name)  # type: ignore[no-any-return]


def to_json(value: Any) -> Any:
    """A Python result in the core's JSON shape."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, list):
        return [to_json(v) for v in value]
    return value


def matches(expected: Any, actual: Any, at: str = "") -> None:
    """Expected matches actual: scalars equal, arrays item by item, objects on the expected keys."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{at}: expected an object, got {actual!r}"
        for k, v in expected.items():
            assert k in actual, f"{at}/{k}: missing in result"
            matches(v, actual[k], f"{at}/{k}")
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected), (
            f"{at}: expected {len(expected)} items, got {actual!r}"
        )
        for i, (e, a) in enumerate(zip(expected, actual)):
            matches(e, a, f"{at}/{i}")
    else:
        assert type(expected) is type(actual) and expected == actual, f"{at}: expected {expected!r}, got {actual!r}"


def test_there_are_vectors() -> None:
    assert len(CASES) >= 240


@pytest.mark.parametrize("case", [c for _, c in CASES], ids=[n for n, _ in CASES])
def test_vector(case: Dict[str, Any]) -> None:
    function = python_function(case["call"])
    if "error" in case:
        with pytest.raises(umkm.UmkmError) as info:
            function(**case["args"])
        assert info.value.code == case["error"], info.value
    else:
        matches(case["result"], to_json(function(**case["args"])))


def test_every_core_function_is_reachable_from_python() -> None:
    for f in umkm._umkm.functions():
        assert callable(python_function(f["name"])), f["name"]
