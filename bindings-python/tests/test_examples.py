"""The tour notebook is the type-checked script, and it runs (nbclient), so it never rots."""

from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "tools"))

import nbformat  # noqa: E402
from nbclient import NotebookClient  # noqa: E402

import notebook  # noqa: E402


def test_committed_notebook_is_built_from_the_script() -> None:
    committed = nbformat.read(str(notebook.NOTEBOOK), as_version=4)
    built = notebook.build()
    assert [(c.cell_type, c.source) for c in committed.cells] == [(c.cell_type, c.source) for c in built.cells], (
        "examples/python/tour.ipynb is stale: run python bindings-python/tools/notebook.py"
    )


def test_notebook_runs() -> None:
    nb = nbformat.read(str(notebook.NOTEBOOK), as_version=4)
    client = NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(notebook.NOTEBOOK.parent)}},
    )
    client.execute()
    text = "\n".join(
        str(out.get("text", "")) + str(out.get("data", {}).get("text/plain", ""))
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
    )
    html = "\n".join(
        str(out.get("data", {}).get("text/html", ""))
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
    )
    assert "npwp.checksum" in text
    assert "74.0 nearly_ready blocked 2026-01-15" in text  # the README's worked example
    assert "Kota Depok" in html and "<svg" in html  # ranking table and readiness chart
    assert "21.4% of registered IKM active" in text


def test_messy_register_notebook_is_built_from_its_script_and_runs() -> None:
    script, path = notebook.EXAMPLES[1]
    committed = nbformat.read(str(path), as_version=4)
    assert [(c.cell_type, c.source) for c in committed.cells] == [(c.cell_type, c.source) for c in notebook.build(script).cells], (
        "examples/python/messy_register.ipynb is stale: run python bindings-python/tools/notebook.py"
    )
    client = NotebookClient(committed, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    outputs = [out for cell in committed.cells if cell.cell_type == "code" for out in cell.get("outputs", [])]
    text = "\n".join(str(out.get("text", "")) + str(out.get("data", {}).get("text/plain", "")) for out in outputs)
    svgs = [out["data"]["image/svg+xml"] for out in outputs if "image/svg+xml" in out.get("data", {})]
    # Worked out from the invented register (examples/data/make_register_messy.py): 36 rows,
    # 2 NPWP with a mistyped check digit and 5 left blank; one blank capital, one blank date.
    assert "amounts read: 35 of 36 capital, 36 sales" in text
    assert "NPWP valid: 29 of 36" in text
    assert "{'micro': 24, 'small': 11, 'medium': 1}" in text
    assert "Kota Depok      5      7" in text
    assert "first: Kabupaten Bogor" in text
    assert len(svgs) == 3 and all("<svg" in s for s in svgs)
