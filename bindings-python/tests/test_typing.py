"""The stubs never lie: they regenerate identically from the core, every public name at
runtime has a stub and every stub a runtime name, and mypy passes on the examples."""

from __future__ import annotations

import ast
import pathlib
import subprocess
import sys

import umkm
import umkm.types

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "tools"))

import stubgen  # noqa: E402

PACKAGE = pathlib.Path(umkm.__file__).resolve().parent
ROOT = pathlib.Path(__file__).resolve().parents[2]


def stub_names(path: pathlib.Path) -> set:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.asname:
                    names.add(alias.asname)
    return names


def test_stubs_are_generated_from_the_core() -> None:
    assert (PACKAGE / "types.pyi").read_text(encoding="utf-8") == stubgen.types_stub(), (
        "types.pyi is stale: run python bindings-python/tools/stubgen.py"
    )
    assert (PACKAGE / "__init__.pyi").read_text(encoding="utf-8") == stubgen.init_stub(), (
        "__init__.pyi is stale: run python bindings-python/tools/stubgen.py"
    )


def test_every_public_name_has_a_stub() -> None:
    top = stub_names(PACKAGE / "__init__.pyi")
    runtime = {n for n in umkm.__all__ if n not in umkm.types.__all__}
    assert runtime - top == set(), "names without a stub"
    assert {n for n in top if not n.startswith("_") and n not in ("DateLike", "Amount")} - runtime - {"__version__"} == set()
    types = stub_names(PACKAGE / "types.pyi")
    assert set(umkm.types.__all__) - types - {"Model"} == set()
    assert types - set(umkm.types.__all__) == set()


def test_mypy_passes_on_the_examples() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--ignore-missing-imports",
            "--no-incremental",
            str(ROOT / "examples" / "python" / "tour.py"),
            str(ROOT / "examples" / "python" / "messy_register.py"),
            str(ROOT / "bindings-python" / "tests" / "typing_check.py"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_sees_the_real_types(tmp_path: pathlib.Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        "import datetime\nimport umkm\n"
        "size = umkm.classify_size({}, datetime.date(2025, 1, 1))\n"
        "x: int = size.class_\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--ignore-missing-imports", "--no-incremental", str(wrong)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert 'expression has type "SizeClass", variable has type "int"' in result.stdout
