"""Purity: the engine (``summarizer/``) never loads chat, scheduling or network libraries."""
from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "summarizer"
FORBIDDEN = ("slack_bolt", "slack_sdk", "discord", "apscheduler", "httpx", "requests", "aiohttp", "feedparser",
             "urllib3")


def engine_modules() -> list[str]:
    """Every module of the summarizer package, the package itself included (walked with pkgutil)."""
    names = ["summarizer"]
    names += [m.name for m in pkgutil.walk_packages([str(PACKAGE)], prefix="summarizer.")]
    return names


def loaded_forbidden(module: str) -> list[str]:
    """Forbidden top-level modules present in ``sys.modules`` after importing ``module`` in a fresh interpreter."""
    code = (
        "import importlib, json, sys\n"
        f"importlib.import_module({module!r})\n"
        f"bad = {FORBIDDEN!r}\n"
        "print(json.dumps(sorted({n.split('.')[0] for n in sys.modules} & set(bad))))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def imported_names(path: Path) -> set[str]:
    """Top-level module names of every import statement in a source file (nested ones too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            names.add(str(node.args[0].value).split(".")[0])
    return names


def test_walk_finds_the_engine() -> None:
    mods = engine_modules()
    for expected in ("summarizer.engine", "summarizer.ingest", "summarizer.novelty", "summarizer.rank"):
        assert expected in mods


# sumy.utils does ``import requests`` at module level (for its unused fetch_url), and every sumy
# model imports sumy.utils: rank.py, and engine.py through it, load requests and urllib3.
# rank.py is being tuned on the lead's branch, so it is not changed here (see the tests report).
SUMY_LEAK = pytest.mark.xfail(strict=True, reason="sumy.utils imports requests (and urllib3) at module level")
SUMY_USERS = {"summarizer.rank", "summarizer.engine"}


@pytest.mark.parametrize("module", [pytest.param(m, marks=SUMY_LEAK) if m in SUMY_USERS else m
                                    for m in engine_modules()])
def test_importing_loads_no_platform_or_network_library(module: str) -> None:
    assert loaded_forbidden(module) == []


def test_checker_sees_a_forbidden_import() -> None:
    """The subprocess check can fail: importing a forbidden library is caught."""
    assert loaded_forbidden("feedparser") == ["feedparser"]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.relative_to(REPO).as_posix())
def test_no_import_statement_for_forbidden_libraries(path: Path) -> None:
    assert imported_names(path) & set(FORBIDDEN) == set()


def test_import_scanner_finds_nested_and_dynamic_imports(tmp_path: Path) -> None:
    src = tmp_path / "m.py"
    src.write_text("def f():\n    import slack_sdk.web\n    from httpx import Client\n"
                   "    importlib.import_module('aiohttp')\n", encoding="utf-8")
    assert imported_names(src) == {"slack_sdk", "httpx", "aiohttp"}
