"""Generated JSON Lines records: each bad one is skipped with one line, the rest are stored, the store stays intact."""
from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bot.db.store import Store
from bot.digests import Digests
from fuzzkit import examples, article_text, count, hostile_char, json_value, odd_date
from summarizer.errors import InputError
from summarizer.ingest import jsonl_record, make_article, read_paths
from summarizer.models import Article

field = st.one_of(json_value, st.text(hostile_char, max_size=60))
record = st.fixed_dictionaries(
    {},
    optional={"text": st.one_of(article_text, json_value), "title": field, "source": field, "url": field,
              "id": field, "published": st.one_of(odd_date, json_value), "date": st.one_of(odd_date, json_value)},
)
line = st.one_of(
    record.map(lambda r: json.dumps(r)),
    json_value.map(lambda v: json.dumps(v)),
    st.text(hostile_char, max_size=80),  # not JSON at all
    record.map(lambda r: json.dumps(r)[:-1]),  # truncated
)
GOOD = make_article("The council voted on Monday to build a new bridge over the river.", name="good",
                    title="Council votes on the bridge", source="Daily", url="https://news.example/bridge")


@examples(3000)
@given(line)
def test_a_record_is_an_article_or_a_skip(text: str) -> None:
    count("jsonl records")
    result = jsonl_record(text, "f.jsonl:1")
    assert isinstance(result, (Article, InputError))
    if isinstance(result, InputError):
        assert "\n" not in str(result) and str(result).startswith("f.jsonl:1")


def _stored(store: Store) -> dict[str, Article]:
    return {a.id: a for a, _ in store.articles()}


@examples(150)
@given(st.lists(line, min_size=1, max_size=6))
def test_bad_records_never_cost_the_good_ones_nor_the_stored_data(tmp_path: Path, lines: list[str]) -> None:
    count("jsonl files")
    store = Store("sqlite://")
    service = Digests(store)
    service.ingest([GOOD])
    before = _stored(store)
    good_line = json.dumps({"text": "Cases of flu rose to 120 in the city this week, the health office said.",
                            "published": "2025-06-01T00:00:00+02:00"})
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([*lines, good_line]) + "\n", encoding="utf-8", errors="surrogatepass")
    skips: list[InputError] = []
    report = read_paths([path], on_skip=skips.append)
    assert len(report.articles) + len(skips) >= 1
    assert any("Cases of flu rose to 120" in a.text for a in report.articles)  # the last, good record survives
    service.ingest(report.articles)
    after = _stored(store)
    assert after[GOOD.id] == before[GOOD.id]  # what was stored is intact
    for article in report.articles:
        assert article.id in after
