"""The import direction of the stages (claims <- audit <- reports) and who may import Bio.Entrez."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {"claims": {"audit", "reports"}, "audit": {"reports"}, "reports": set()}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_stage_imports_go_one_way(package: str) -> None:
    offenders = []
    for path in (ROOT / package).rglob("*.py"):
        for name in _imports(path):
            if name.split(".")[0] in FORBIDDEN[package]:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_only_pubmed_module_imports_bio_entrez() -> None:
    users = []
    for package in FORBIDDEN:
        for path in (ROOT / package).rglob("*.py"):
            names = _imports(path)
            if any(n == "Bio.Entrez" or n.startswith("Bio.Entrez.") for n in names) or (
                "Bio" in names and "Entrez" in path.read_text("utf-8")
            ):
                users.append(str(path.relative_to(ROOT)))
    assert users in ([], ["audit/pubmed.py"])
