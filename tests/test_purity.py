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


def loaded_forbidden(module: str, after: str = "") -> list[str]:
    """Forbidden top-level modules that importing ``module`` adds to ``sys.modules`` in a fresh interpreter.

    ``after`` is imported first, and what it loads is not counted: used for sumy, whose
    ``sumy.utils`` imports ``requests`` at module level for a ``fetch_url`` digestbot never calls.
    """
    code = (
        "import importlib, json, sys\n"
        f"bad = set({FORBIDDEN!r})\n"
        "def now(): return {n.split('.')[0] for n in sys.modules} & bad\n"
        f"base = now() if not {after!r} else (importlib.import_module({after!r}), now())[1]\n"
        f"importlib.import_module({module!r})\n"
        "print(json.dumps(sorted(now() - base)))\n"
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
# model imports sumy.utils: what that loads is sumy's, not ours, so it is the baseline for them.
SUMY_USERS = {"summarizer.rank", "summarizer.engine"}


@pytest.mark.parametrize("module", engine_modules())
def test_importing_loads_no_platform_or_network_library(module: str) -> None:
    assert loaded_forbidden(module, "sumy.utils" if module in SUMY_USERS else "") == []


def test_only_sumy_brings_a_network_library() -> None:
    # Without the sumy baseline the engine loads requests; with it, nothing: the leak is sumy's alone.
    assert "requests" in loaded_forbidden("summarizer.engine")
    assert loaded_forbidden("summarizer.engine", "sumy.utils") == []


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
