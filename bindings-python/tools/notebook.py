"""Builds examples/python/tour.ipynb from examples/python/tour.py (cells marked ``# %%``, text
cells ``# %% [markdown]``), so the notebook and the type-checked script never differ.
``tests/test_examples.py`` checks the committed notebook against the script and runs it."""

from __future__ import annotations

import pathlib
import sys
from typing import Any, List, Tuple

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "examples" / "python" / "tour.py"
NOTEBOOK = ROOT / "examples" / "python" / "tour.ipynb"


def cells(source: str) -> List[Tuple[str, str]]:
    """``(kind, text)`` of every cell of a ``# %%`` script."""
    out: List[Tuple[str, List[str]]] = []
    for line in source.splitlines():
        if line.startswith("# %%"):
            out.append(("markdown" if "[markdown]" in line else "code", []))
        elif out:
            out[-1][1].append(line)
    result = []
    for kind, lines in out:
        if kind == "markdown":
            lines = [l[2:] if l.startswith("# ") else l.lstrip("#") for l in lines]
        text = "\n".join(lines).strip("\n")
        result.append((kind, text))
    return result


def build() -> Any:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for kind, text in cells(SCRIPT.read_text(encoding="utf-8")):
        nb.cells.append(nbformat.v4.new_markdown_cell(text) if kind == "markdown" else nbformat.v4.new_code_cell(text))
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i}"
    return nb


def main() -> int:
    import nbformat

    nbformat.write(build(), str(NOTEBOOK))
    print("wrote", NOTEBOOK)
    return 0


if __name__ == "__main__":
    sys.exit(main())
