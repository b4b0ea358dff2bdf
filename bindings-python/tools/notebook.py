"""Builds the example notebooks from their scripts (examples/python/tour.py → tour.ipynb,
messy_register.py → messy_register.ipynb; cells marked ``# %%``, text cells ``# %%
[markdown]``), so a notebook and its script never differ. ``tests/test_examples.py`` checks
the committed notebooks against the scripts and runs them."""

from __future__ import annotations

import pathlib
import sys
from typing import Any, List, Tuple

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "examples" / "python" / "tour.py"
NOTEBOOK = ROOT / "examples" / "python" / "tour.ipynb"
#: Every example: its script and its notebook.
EXAMPLES = [
    (SCRIPT, NOTEBOOK),
    (ROOT / "examples" / "python" / "messy_register.py", ROOT / "examples" / "python" / "messy_register.ipynb"),
]


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


def build(script: pathlib.Path = SCRIPT) -> Any:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for kind, text in cells(script.read_text(encoding="utf-8")):
        nb.cells.append(nbformat.v4.new_markdown_cell(text) if kind == "markdown" else nbformat.v4.new_code_cell(text))
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i}"
    return nb


def main() -> int:
    import nbformat

    for script, notebook in EXAMPLES:
        nbformat.write(build(script), str(notebook))
        print("wrote", notebook)
    return 0


if __name__ == "__main__":
    sys.exit(main())
