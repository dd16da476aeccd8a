"""Tests for summarizer.cueneeds: the needs read from a pattern must be held by every match of it."""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

import summarizer.engine  # noqa: F401  (imports every stage, so every cue is made)
from summarizer.cueneeds import MOST, literal_needs
from summarizer.foldcase import Cue, ascii_lower


@pytest.mark.parametrize(("pattern", "want"), [
    (r"\b(?:said|says|told|according to)\b", ("said", "says", "told", "accord")),
    (r"\bsince\b", ("since",)),
    (r"\b(?:say|says|saying)\b", ("say",)),  # "says" holds "say": one test stands for both
    (r"\bthe (?:early|late) 1990s", ("the ea", "the la")),  # cut to HEAD characters
    (r"\b(?:a|b)x", ("a", "b")),
    (r"\b(?:w00x|w01x)\b", ("w00x", "w01x")),  # the parser takes the shared "w" out before the alternation
    (r"[iy]ou\b", ("i", "y")),
])
def test_the_literal_openings_of_the_alternatives(pattern: str, want: tuple[str, ...]) -> None:
    assert set(literal_needs(re.compile(pattern))) == set(want)


@pytest.mark.parametrize("pattern", [
    r"\d+ people", r"\b(?:said|\w+ed)\b", r"(?:x)?said", r"(?<!not )said", r"(?=s)said", r"(?:said|)",
    r"\b(?:" + "|".join(f"w{n:02d}x" for n in range(MOST + 1)) + r")\b",  # too many to test one by one
])
def test_no_needs_when_an_alternative_may_open_otherwise(pattern: str) -> None:
    assert literal_needs(re.compile(pattern)) == ()


def test_case_insensitive_patterns_are_not_read() -> None:
    assert literal_needs(re.compile(r"\bsaid\b", re.I)) == ()  # the cue reads its lowercased copy


def test_a_cue_given_no_needs_reads_them_and_finds_what_its_pattern_finds() -> None:
    cue = Cue(re.compile(r"\b(?:yesterday|last night)\b", re.I))
    assert cue.needs == ("last n", "yester")
    for text in ["He left LAST NIGHT.", "Yesterday it rained.", "Nothing at all.", "The last nightingale.", ""]:
        got, want = cue.search(text), cue.pattern.search(text)
        assert (got.span() if got else None) == (want.span() if want else None)


def _sentences() -> list[str]:
    """Every string of two words or more written in this folder's tests (invented sentences)."""
    out: set[str] = set()
    for path in Path(__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value.strip():
                out.add(node.value)
    return sorted(out)


def test_every_cue_of_the_engine_matches_only_text_holding_one_of_its_needs() -> None:
    cues = [c for name, module in list(sys.modules.items()) if name.startswith("summarizer.")
            for c in vars(module).values() if isinstance(c, Cue) and c.needs]  # the engine's own cues
    texts = [low for t in _sentences() if (low := ascii_lower(t)) is not None]
    assert len(cues) >= 20 and len(texts) >= 1000
    matched = 0
    for cue in cues:
        for low in texts:
            if cue._lower.search(low) is not None:
                matched += 1
                assert any(n in low for n in cue.needs), (cue.pattern.pattern, low)
    assert matched >= 200  # the sentences reach most cues: the test can fail
