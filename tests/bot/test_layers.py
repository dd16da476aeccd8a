"""The layout: every ``bot`` package imports only its own layer or lower ones, and no module imports in a cycle."""
from __future__ import annotations

import ast
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"
# Lowest first: what a layer may import is itself and everything above it in this list.
LAYERS = {"core": 0, "db": 1, "digests": 2, "delivery": 3, "render": 3, "feeds": 4, "scheduling": 4, "chat": 5, "tasks": 5,
          "platforms": 6, "app": 7, "cli": 8}
MAX_LINES = 300


def module_name(path: Path) -> str:
    """``bot/db/store.py`` -> ``bot.db.store`` (a package's ``__init__`` is the package)."""
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_type_checking(node: ast.If) -> bool:
    """``if TYPE_CHECKING:`` (imports for annotations only)."""
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def imports(path: Path) -> tuple[set[str], set[str]]:
    """(module-level, all run-time) ``bot`` imports of a file; ``TYPE_CHECKING`` blocks are skipped."""
    top: set[str] = set()
    every: set[str] = set()

    def visit(node: ast.AST, module_level: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and is_type_checking(child):
                continue
            names: list[str] = []
            if isinstance(child, ast.Import):
                names = [a.name for a in child.names]
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                names = [child.module] + [f"{child.module}.{a.name}" for a in child.names]
            for name in names:
                if name.startswith("bot.") or name == "bot":
                    every.add(name)
                    if module_level:
                        top.add(name)
            inner = module_level and not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
            visit(child, inner)

    visit(ast.parse(path.read_text()), True)
    return top, every


def layer(module: str) -> int:
    """The layer of ``bot.<package>...``."""
    return LAYERS[module.split(".")[1]]


def graph() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Module-level and run-time import edges between ``bot`` modules."""
    files = {module_name(p): p for p in BOT.rglob("*.py") if "migrations" not in p.parts}
    top, every = {}, {}
    for name, path in files.items():
        t, e = imports(path)
        top[name] = {m for m in t if m in files and m != name}
        every[name] = {m for m in e if m in files and m != name}
    return top, every


def test_every_package_has_a_layer() -> None:
    packages = {p.name if p.is_dir() else p.stem for p in BOT.iterdir() if not p.name.startswith("__")}
    assert packages == set(LAYERS)


def test_lower_layers_never_import_higher_ones() -> None:
    _, every = graph()
    wrong = sorted(f"{a} -> {b}" for a, deps in every.items() if a != "bot" for b in deps
                   if b != "bot" and layer(b) > layer(a))
    assert wrong == []


def test_no_import_cycles() -> None:
    top, _ = graph()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def walk(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(top[node]):
            if state.get(nxt) == 1:
                cycles.append(path[path.index(nxt):] + [nxt] if nxt in path else [node, nxt])
            elif nxt not in state:
                walk(nxt, path + [nxt])
        state[node] = 2

    for node in sorted(top):
        if node not in state:
            walk(node, [node])
    assert cycles == []


def test_the_checker_sees_a_cycle_and_an_upward_import(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("from bot.app import build_app\nif TYPE_CHECKING:\n    from bot.cli import main\n"
                                   "def f():\n    from bot.db import store\n")
    top, every = imports(tmp_path / "m.py")
    assert top == {"bot.app", "bot.app.build_app"}
    assert every == {"bot.app", "bot.app.build_app", "bot.db", "bot.db.store"}


def test_no_module_is_too_long() -> None:
    long = sorted(f"{p.relative_to(BOT.parent)}: {n}" for p in BOT.rglob("*.py")
                  if (n := len(p.read_text().splitlines())) > MAX_LINES)
    assert long == []
