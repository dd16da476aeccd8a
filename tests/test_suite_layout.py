"""The test suite's own layout: pytest imports a test module outside a package by its file name alone, so two such
files with one name stop the whole run at collection ("import file mismatch"), as tests/summarizer/test_settings.py
did against tests/bot/app/test_settings.py."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def top_level_test_modules(root: Path) -> dict[str, list[Path]]:
    """Test files under ``root`` that pytest imports by their name alone (no ``__init__.py`` beside them), by name."""
    out: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(root.rglob("test_*.py")):
        if not (path.parent / "__init__.py").exists():
            out[path.stem].append(path)
    return out


def test_no_two_test_files_share_a_name() -> None:
    twins = {name: [str(p.relative_to(TESTS)) for p in paths]
             for name, paths in top_level_test_modules(TESTS).items() if len(paths) > 1}
    assert not twins, f"test files with one name (rename one): {twins}"


def test_the_check_finds_twins(tmp_path: Path) -> None:
    for folder in ("a", "b", "c"):
        (tmp_path / folder).mkdir()
    (tmp_path / "a" / "test_x.py").write_text("")
    (tmp_path / "b" / "test_x.py").write_text("")
    (tmp_path / "c" / "__init__.py").write_text("")
    (tmp_path / "c" / "test_x.py").write_text("")  # inside a package: imported as c.test_x, no clash
    assert [p.parent.name for p in top_level_test_modules(tmp_path)["test_x"]] == ["a", "b"]
