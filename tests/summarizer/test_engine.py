"""Engine: nothing-new sections, merged citations, condensed lines, background articles, ordering."""
from __future__ import annotations

from datetime import datetime

from enginekit import FLOODS, TROOPS_A, TROOPS_B, digest_of, item_texts, make_article
from summarizer.condense import condense
from summarizer.engine import Engine, EngineConfig, eligible
from summarizer.models import Kind
from summarizer.novelty import Memory


def test_fresh_article_gives_items() -> None:
    d = digest_of([make_article(TROOPS_A, source="Outlet A")])
    assert not d.empty
    assert any("12,000" in t for t in item_texts(d))


def test_repeat_of_everything_known_is_explicit_nothing_new() -> None:
    a = make_article(TROOPS_A, source="Outlet A")
    d = digest_of([make_article(TROOPS_A + "\n", source="Outlet A2")], known=[a])
    (section,) = d.stories
    assert section.nothing_new and section.items == []
    assert section.to_dict()["nothing_new"] is True
    assert d.empty and d.items == []


def test_paraphrasing_article_is_nothing_new() -> None:
    a = make_article(TROOPS_A, source="Outlet A")
    b = make_article("""North Korean soldiers head to Kursk
Pyongyang has sent about 12,000 troops to the Kursk region of Russia, South Korean intelligence said on Tuesday.
The troops are expected to join Russian units fighting Ukrainian forces near the border.""", source="Outlet B")
    d = digest_of([b], known=[a])
    assert d.empty, item_texts(d)


def test_same_fact_from_two_outlets_is_one_item_citing_both() -> None:
    a = make_article(TROOPS_A, source="Outlet A", published=datetime(2025, 1, 10))
    b = make_article(TROOPS_B, source="Outlet B", published=datetime(2025, 1, 11))
    d = digest_of([a, b])
    figure_items = [i for i in d.items if "12,000" in i.text]
    assert len(figure_items) == 1, item_texts(d)
    assert [s.name for s in figure_items[0].sources] == ["Outlet A", "Outlet B"]
    assert {s.article_id for s in figure_items[0].sources} == {a.id, b.id}
    # what only Outlet B told is its own item
    assert any("Plekhovo" in i.text and [s.name for s in i.sources] == ["Outlet B"] for i in d.items)


def test_two_stories_two_sections() -> None:
    d = digest_of([make_article(TROOPS_A), make_article(FLOODS)])
    assert len(d.stories) == 2
    titles = {s.title for s in d.stories}
    assert titles == {"North Korea sends troops to Russia's Kursk region", "Floods close schools across Valencia"}


def test_lines_condensed_and_keep_the_new_fact() -> None:
    long_sentence = (
        "In a statement released late on Tuesday evening after a lengthy meeting of the regional emergency committee, "
        "which had been convened at the request of several mayors, the Valencia government said that 7,400 homes "
        "had lost power, while crews from neighbouring provinces, who arrived overnight, were working to restore it, "
        "according to the regional spokesperson Ana Ruiz."
    )
    text = "Storm leaves Valencia homes without power\n" + long_sentence + "\n" + FLOODS.split("\n", 1)[1]
    d = digest_of([make_article(text)])
    (item,) = [i for i in d.items if i.sentence == long_sentence]
    assert len(item.text) <= 200, item.text
    assert len(item.text) < len(long_sentence)
    assert "7,400 homes" in item.text
    assert all(len(i.text) <= 220 for i in d.items), [len(i.text) for i in d.items]


def test_condense_keeps_fact_and_speaker() -> None:
    s = ("North Korea has sent around 15,000 combat troops to support Moscow's war against Ukraine since last "
         "autumn, with many of them deployed to the Kursk region where fighting has been heavy for months, "
         "the South Korean military said.")
    line = condense(s, keep={"15000"}, facts=["around 15,000 combat troops"])
    assert len(line) <= 200
    assert "around 15,000 combat troops" in line
    assert line.endswith((".", "…", "”"))


def test_update_item_names_earlier_value() -> None:
    known = make_article(TROOPS_A, source="Outlet A", published=datetime(2025, 1, 10))
    later = make_article("""North Korea doubles its Kursk deployment
North Korea has deployed about 25,000 soldiers to Russia's Kursk region, South Korean intelligence said on Friday.""",
                         source="Outlet C", published=datetime(2025, 2, 10))
    d = digest_of([later], known=[known])
    (item,) = [i for i in d.items if "25,000" in i.text]
    assert item.kind is Kind.UPDATED
    assert item.earlier == "about 12,000 soldiers"
    assert "(earlier: about 12,000 soldiers)" in item.full_text and "earlier" not in item.text


def test_old_article_flagged_as_background() -> None:
    new = make_article(TROOPS_A, published=datetime(2025, 6, 1))
    old = make_article(TROOPS_B, published=datetime(2024, 11, 1))
    d = digest_of([new, old])
    (section,) = d.stories
    assert section.background_ids == [old.id]
    assert set(section.article_ids) == {new.id, old.id}
    assert section.to_dict()["older_background"] is True


def test_articles_close_in_time_not_background() -> None:
    d = digest_of([make_article(TROOPS_A, published=datetime(2025, 1, 10)),
                   make_article(TROOPS_B, published=datetime(2025, 1, 20))])
    assert all(not s.background_ids for s in d.stories)


def test_undated_articles_never_background() -> None:
    d = digest_of([make_article(TROOPS_A, published=datetime(2025, 6, 1)), make_article(TROOPS_B)])
    assert all(not s.background_ids for s in d.stories)


def test_digest_does_not_change_memory() -> None:
    engine = Engine()
    memory = Memory()
    engine.remember(memory, [make_article(FLOODS)])
    before = len(memory)
    engine.digest("a", [make_article(TROOPS_A)], memory)
    assert len(memory) == before


def test_max_items_caps_whole_digest() -> None:
    d = Engine().digest("a", [make_article(TROOPS_A), make_article(FLOODS)], Memory(), max_items=2)
    assert len(d.items) == 2


def test_title_and_headings_never_items() -> None:
    d = digest_of([make_article(TROOPS_A)])
    assert "North Korea sends troops to Russia's Kursk region" not in [i.sentence for i in d.items]
    assert not eligible("North Korea sends troops to Russia's Kursk region", False, 5)


def test_item_keys_are_unique_and_stable() -> None:
    a = make_article(TROOPS_A)
    k1 = [i.key for i in digest_of([a]).items]
    k2 = [i.key for i in digest_of([a]).items]
    assert k1 == k2 and len(set(k1)) == len(k1)


def test_every_algorithm_runs() -> None:
    from summarizer.rank import RANKERS

    articles = [make_article(TROOPS_A), make_article(TROOPS_B), make_article(FLOODS)]
    for name in RANKERS:
        d = Engine(EngineConfig(algorithm=name)).digest("a", articles, Memory())
        assert not d.empty, name


def test_hostile_text_passes_through_as_text() -> None:
    text = ("Protest organisers post warning to members\n"
            "Organisers posted <!channel> and @everyone alerts with <b>bold</b> markup urging 3,000 members to gather at the square.")
    d = digest_of([make_article(text)])
    joined = " ".join(item_texts(d))
    assert "<!channel>" in joined and "@everyone" in joined and "<b>bold</b>" in joined


def test_an_article_with_no_new_sentence_is_not_read_for_its_subjects(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import summarizer.engine as engine_module

    asked: list[str] = []
    real = engine_module.away_from_subject

    def counted(article, centroid):  # type: ignore[no-untyped-def]
        asked.append(article.id)
        return real(article, centroid)

    monkeypatch.setattr(engine_module, "away_from_subject", counted)
    text = ("Bridge closed in Tromso\nThe harbour bridge in Tromso was closed on Monday after a ferry struck one of "
            "its pillars.\nEngineers will inspect the damaged pillar this week.")
    first = make_article(text, source="Outlet A")
    assert digest_of([first]).items and asked == [first.id]  # new sentences: its subjects read once
    again = make_article(text + "\n", source="Outlet B")
    assert not digest_of([again], known=[first]).items and asked == [first.id]  # every sentence told: never read


def test_a_force_and_a_count_of_the_displaced_are_updated_across_days() -> None:
    """Made-up border crisis over two days: the force "raised to about 8,000" updates "has sent more than 3,000",
    "18,000 have fled" updates "more than 15,000", and a refusal to comment never leads."""
    day1 = make_article(
        "Lowland has sent more than 3,000 troops to its border with Highland, two regional officials said on Monday. "
        "More than 15,000 people have fled villages on both sides of the border, the UN refugee agency said. "
        "Lowland's defence ministry did not reply to a faxed request for comment.",
        published=datetime(2026, 11, 2, 9), source="Wire", title="Lowland sends troops to Highland border")
    day2 = make_article(
        "Lowland's defence ministry did not reply to a faxed request for comment. "
        "Lowland has raised its force on the Highland border to about 8,000 troops, backed by tanks, officials said. "
        "The UN refugee agency said about 18,000 people had now fled the border area.",
        published=datetime(2026, 11, 4, 9), source="Wire", title="Lowland border force now 8,000")
    items = digest_of([day2], known=[day1]).items
    kinds = {i.text.split(",")[0][:40]: i.kind for i in items}
    assert any(i.kind is Kind.UPDATED and "8,000" in i.text and "3,000" in i.earlier for i in items), kinds
    assert any(i.kind is Kind.UPDATED and "18,000" in i.text and "15,000" in i.earlier for i in items), kinds
    assert items and "comment" not in items[0].text
