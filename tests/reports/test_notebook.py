"""notebooks/walkthrough.ipynb runs top to bottom (nbclient, kernel python3) on the bundled library."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "walkthrough.ipynb"
LIBRARY = ROOT / "examples" / "dry-needling-evidence.xml"

pytestmark = pytest.mark.slow


def _text(cell) -> str:
    out = []
    for o in cell.get("outputs", []):
        out.append(o.get("text", ""))
        out.extend(str(v) for k, v in o.get("data", {}).items() if k == "text/plain")
    return "".join(out)


def test_walkthrough_runs_top_to_bottom(tmp_path):
    if not LIBRARY.exists():
        pytest.skip("the bundled library examples/dry-needling-evidence.xml is missing")
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, kernel_name="python3", timeout=180, resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(o.get("output_type") != "error" for c in code for o in c.get("outputs", []))
    texts = [_text(c) for c in code]
    assert any("misattributed: " in t and "misattributed: 0" not in t for t in texts)
    assert any(o.get("data", {}).get("image/png") for c in code for o in c.get("outputs", []))  # the chart
    assert (ROOT / "out" / "walkthrough" / "report.html").exists()


def test_walkthrough_uses_only_the_public_api():
    import nbformat

    nb = nbformat.read(NOTEBOOK, as_version=4)
    source = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    imports = [line.strip() for line in source.splitlines() if line.startswith(("import ", "from "))]
    allowed = {"from pathlib import Path", "import matplotlib.pyplot as plt", "import pandas as pd", "import audit",
               "import claims", "import reports", "from audit.library import Library"}
    assert set(imports) <= allowed
    assert all(o == [] for c in nb.cells if c.cell_type == "code" for o in [c.outputs])  # committed without outputs
