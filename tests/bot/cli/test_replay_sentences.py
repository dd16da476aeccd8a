"""``digestbot replay --sentences``: each item also carries the full source sentence its line was condensed from."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[3]


def _items(capsys: pytest.CaptureFixture[str], *flags: str) -> list[dict[str, object]]:
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    assert main(["replay", "--jsonl", "--every", "day", *flags, *seeds]) == 0
    return [item for line in capsys.readouterr().out.splitlines() for item in json.loads(line)["items"]]


def test_each_item_gives_its_source_sentence_only_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    plain = _items(capsys)
    assert plain and all("sentence" not in item for item in plain)  # the benchmarks' contract is unchanged
    told = _items(capsys, "--sentences")
    texts = "\n".join((ROOT / "seeds" / p.name).read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    assert [item["text"] for item in told] == [item["text"] for item in plain]
    for item in told:
        sentence = item["sentence"]
        assert isinstance(sentence, str) and sentence
        # the source sentence is the page's own words (spacing aside), and the line was made from it
        assert " ".join(sentence.split())[:40] in " ".join(texts.split()), sentence
