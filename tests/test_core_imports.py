"""The core never imports textual or rich: only monitor/tui/ and monitor/cli.py may."""

import ast
from pathlib import Path

import monitor

ROOT = Path(monitor.__file__).parent
UI_ONLY = {"textual", "rich"}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_core_modules_do_not_import_the_user_interface():
    core = [p for p in ROOT.rglob("*.py") if "tui" not in p.relative_to(ROOT).parts and p.name != "cli.py"]
    assert len(core) > 10
    offenders = {str(p.relative_to(ROOT)): sorted(imported_roots(p) & UI_ONLY) for p in core}
    assert {k: v for k, v in offenders.items() if v} == {}
