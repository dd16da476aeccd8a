"""The engine's layout: small modules, no import cycle between them (module-level imports)."""
from __future__ import annotations

import ast
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[2] / "summarizer"
MAX_LINES = 310  # "no module over ~300 lines"


def _edges() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for path in ENGINE.glob("*.py"):
        deps: set[str] = set()
        for node in ast.parse(path.read_text()).body:  # module level only (lazy imports break cycles)
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("summarizer."):
                deps.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                deps.update(a.name.split(".")[1] for a in node.names if a.name.startswith("summarizer."))
        out[path.stem] = deps
    return out


def test_no_engine_module_is_over_the_size_limit() -> None:
    long = {p.name: n for p in ENGINE.glob("*.py") if (n := len(p.read_text().splitlines())) > MAX_LINES}
    assert not long


def test_no_import_cycle_in_the_engine() -> None:
    edges = _edges()
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for dep in sorted(edges.get(node, ())):
            assert state.get(dep) != 1, "cycle: " + " -> ".join([*trail, node, dep])
            if dep not in state:
                visit(dep, [*trail, node])
        state[node] = 2

    for name in sorted(edges):
        if name not in state:
            visit(name, [])


def test_no_source_file_holds_a_control_character() -> None:
    """A control character in source is a lost backslash: ``"\\b"`` written in a plain string is a backspace, and a
    pattern holding one never matches (a guard in reductions.py was silently off that way)."""
    root = ENGINE.parent
    bad = {str(p.relative_to(root)): [i for i, line in enumerate(p.read_text().splitlines(), 1)
                                      if any(ord(ch) < 32 and ch != "\t" for ch in line)]
           for folder in ("summarizer", "bot", "benchmarks", "tests") for p in (root / folder).rglob("*.py")}
    assert not {name: lines for name, lines in bad.items() if lines}
