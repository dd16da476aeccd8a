"""Salience scoring and MMR ordering of candidates (summarizer.rank.score_candidates, mmr_order)."""
from __future__ import annotations

from datetime import datetime, timezone

from summarizer.engine import Candidate, Engine
from summarizer.models import Article, SourceRef
from summarizer.novelty import Memory, Verdict
from summarizer.rank import get_ranker, mmr_order, score_candidates
from summarizer.weights import FEATURES, WEIGHTS

PUB = datetime(2024, 12, 27, 9, 0)
ZERO = {name: 0.0 for name in FEATURES}


def _article(aid: str, title: str = "Flood hits river towns") -> Article:
    return Article(id=aid, title=title, text=title + ". Water rose fast.", published=PUB)


def _cand(text: str, aid: str = "a1", position: int = 1, outlets: int = 1) -> Candidate:
    article = _article(aid)
    sources = [SourceRef(f"outlet{i}", article_id=f"{aid}-{i}") for i in range(outlets)]
    return Candidate(text, article, "s1", position, Verdict(novel=True), sources)


def test_no_cut_by_raw_position_and_prevalence_counts_before_centrality() -> None:
    # Forty filler lead sentences, then a fact three outlets reported, deep in the page.
    cands = [_cand(f"Officials in district {i} held a routine meeting about parking rules.", position=i)
             for i in range(40)]
    deep = _cand("Floods killed 31 people in river towns on Thursday.", position=55, outlets=3)
    cands.append(deep)
    weights = ZERO | {"prevalence": 1.0, "lead": 0.1, "central": 0.1}
    score_candidates(cands, get_ranker("lexrank"), top_k=5, weights=weights)
    assert mmr_order(cands, 3)[0] is deep


def test_centrality_only_on_the_top_k_by_cheap_score() -> None:
    cands = [_cand(f"Floods killed {i} people in river town number {i} on Thursday.", position=i) for i in range(6)]
    feats = score_candidates(cands, get_ranker("lexrank"), top_k=3, weights=ZERO | {"lead": 1.0, "central": 1.0})
    assert any(f["central"] > 0 for f in feats[:3])
    assert all(f["central"] == 0.0 for f in feats[3:])


def test_fitted_weights_put_news_before_background() -> None:
    news = _cand("Floods killed 31 people in river towns on Thursday, officials said.", aid="a1", position=3)
    old = _cand("The river towns were founded in 1820 and have flooded for decades since then.", aid="a2", position=3)
    score_candidates([news, old], get_ranker("lexrank"))
    assert news.score > old.score
    assert WEIGHTS["background"] < 0


def test_mmr_sinks_a_near_duplicate() -> None:
    a = _cand("Floods killed 31 people in river towns on Thursday.", aid="a1")
    b = _cand("Floods killed 31 people in the river towns on Thursday.", aid="a2")
    c = _cand("The government pledged 40 million euros for rebuilding bridges.", aid="a3")
    a.score, b.score, c.score = 1.0, 0.99, 0.8
    assert [x.text for x in mmr_order([a, b, c], 3)] == [a.text, c.text, b.text]
    assert mmr_order([a, b, c], 3, penalty=0.0) == [a, b, c]


def test_ties_are_ordered_by_article_then_position() -> None:
    texts = ["Floods killed 31 people on Thursday.", "The government pledged 40 million euros.",
             "Rail lines reopened in three regions.", "Schools stay closed until Monday."]
    cands = [_cand(texts[0], aid="b", position=2), _cand(texts[1], aid="a", position=5),
             _cand(texts[2], aid="a", position=1), _cand(texts[3], aid="b", position=0)]
    for c in cands:
        c.score = 0.5
    order = [(c.article.id, c.position) for c in mmr_order(cands, 2, penalty=0.0)]
    assert order == [("a", 1), ("a", 5), ("b", 0), ("b", 2)]


def test_engine_rank_is_the_thin_call() -> None:
    engine = Engine()
    cands = [_cand("Floods killed 31 people in river towns on Thursday.", aid="a1", position=0),
             _cand("I think the towns should have built higher walls long ago.", aid="a2", position=0)]
    ranked = engine.rank(cands)
    assert [c.article.id for c in ranked] == ["a1", "a2"]
    assert ranked[0].score > ranked[1].score


def test_every_sumy_ranker_rates_every_text_through_the_hook() -> None:
    """The private sumy hook the rankers read still carries one rating per sentence (see rank.py)."""
    from summarizer.rank import RANKERS, get_ranker

    texts = [  # overlapping vocabulary, so centrality differs between sentences
        "The Lowmere dam collapsed and flood water reached the villages of the Lowmere valley.",
        "Flood water from the collapsed Lowmere dam reached the county hospital in the valley.",
        "Rescue crews evacuated the county hospital as flood water rose in the Lowmere valley.",
        "The governor declared a state of emergency after the dam collapsed.",
        "Power company Northgrid said 18,000 customers were without electricity.",
    ]
    for name in RANKERS:
        scores = get_ranker(name)(texts)
        assert len(scores) == len(texts), name
        if name != "position":
            assert len(set(scores)) > 1, f"{name}: no ratings captured (fell back to uniform scores)"


def test_title_attribution_and_quotation_features() -> None:
    lead = _cand("Flood hits river towns after two days of rain, officials said.", position=0)
    quote = _cand("“We lost everything in one night,” a farmer said of the water.", position=4)
    feats = score_candidates([lead, quote], get_ranker("lexrank"), weights=ZERO)
    assert feats[0]["title"] > 0.5 > feats[1]["title"]
    assert feats[0]["attributed"] == 1.0 and feats[0]["quoted"] == 0.0
    assert feats[1]["quoted"] > 0.5


def test_background_and_a_question_in_the_writers_voice_rank_after_every_other_line() -> None:
    news = _cand("Floods killed 31 people in river towns on Thursday.", position=9)
    old = _cand("The river towns were founded in 1990 and have flooded for decades since then.", position=0)
    asks = _cand("Could the river towns ever be safe from floods again?", position=0)
    said = _cand("A farmer asked: “Who will pay for this?”", position=9)
    score_candidates([news, old, asks, said], get_ranker("lexrank"))
    assert news.score > said.score > max(old.score, asks.score)


def test_the_lines_of_an_article_that_does_not_read_as_a_report_are_buried() -> None:
    essay = Article(id="e1", title="What makes a flood?", published=PUB, text=(
        "Rivers usually rise when rain falls faster than soil can absorb it. "
        "A flood plain is a stretch of land that a river covers in wet years. "
        "Towns are often built on them because the soil is rich. "
        "Perhaps we should build elsewhere."))
    report = Article(id="r1", title="Flood hits river towns", published=PUB, text=(
        "Floods killed 31 people in river towns on Thursday, police said. "
        "Rescuers pulled 40 people from roofs in Kell overnight, the fire service said. "
        "The governor ordered an inquiry on Friday, officials said."))
    general = Candidate("Rivers usually rise when rain falls faster than soil can absorb it.", essay, "s1", 0,
                        Verdict(novel=True), [SourceRef("o", article_id="e1")])
    news = Candidate("Rescuers pulled 40 people from roofs in Kell overnight, the fire service said.", report, "s1",
                     1, Verdict(novel=True), [SourceRef("o", article_id="r1")])
    feats = score_candidates([general, news], get_ranker("lexrank"))
    assert feats[0]["article_news"] < 0.15 <= feats[1]["article_news"]
    assert general.score < 0 < news.score
    kept = score_candidates([general, news], get_ranker("lexrank"), report_cut=0.0)
    assert kept[0]["article_news"] == feats[0]["article_news"] and general.score > -1.0


def test_changed_figures_lead_their_story_in_salience_order() -> None:
    from dataclasses import dataclass

    from summarizer.models import Kind
    from summarizer.novelty import Verdict
    from summarizer.rank import changes_first

    @dataclass
    class C:
        name: str
        verdict: Verdict

    ranked = [C(name, Verdict(True, kind)) for name, kind in
              (("a", Kind.NEW), ("b", Kind.UPDATED), ("c", Kind.NEW), ("d", Kind.CONFLICT))]
    assert [c.name for c in changes_first(ranked, 4)] == ["b", "d", "a", "c"]
    assert [c.name for c in changes_first(ranked, 2)] == ["b", "a", "c", "d"]  # a change below the shown lines stays
    assert changes_first([], 3) == []
    age = C("e", Verdict(True, Kind.CONFLICT, side=True))  # an age told otherwise: no news by itself
    assert [c.name for c in changes_first([ranked[0], age, ranked[1]], 3)] == ["b", "a", "e"]


def test_lines_about_another_subject_do_not_move_the_story_lines_centrality() -> None:
    """A live blog's roundup lines about other subjects (``away``) are never shown: the story's own lines rank by
    their centrality among themselves, whatever those lines say (invented sentences)."""
    own = [_cand("The senate voted 40-20 to open the trial of the governor of Kell.", position=1),
           _cand("The governor of Kell told supporters she would fight the trial in the senate.", position=2),
           _cand("Supporters of the governor gathered outside the senate in Kell overnight.", position=3)]
    away = [_cand(text, aid="blog", position=p) for p, text in enumerate((
        "Supporters of a jailed singer gathered outside a court in Varna overnight.",
        "A court in Varna said the singer told supporters she would fight the ruling.",
        "The singer's supporters said they would fight the ruling in every court."), 4)]
    for c in away:
        c.away = True
    alone = [f["central"] for f in score_candidates(own, get_ranker("lexrank"))]
    mixed = score_candidates(own + away, get_ranker("lexrank"))
    assert [f["central"] for f in mixed[:3]] == alone
    assert all(f["central"] == 0.0 for f in mixed[3:])


def test_a_refusal_to_comment_ranks_after_the_news() -> None:
    """"X declined to comment" is buried (summarizer.nocomment): it ranks after every other line of the story."""
    text = ("The Lowland mining regulator suspended operations at three mines run by Harwood Mining on Thursday. "
            "Harwood Mining did not respond to requests for comment. "
            "Inspectors had warned the company about unstable tunnels in March, the regulator said.")
    article = Article(id="a1", text=text, title="Regulator suspends Harwood mines",
                      published=datetime(2026, 5, 14, tzinfo=timezone.utc))
    engine = Engine()
    digest = engine.digest("c", [article], Memory())
    lines = [i.text for s in digest.stories for i in s.items]
    assert not lines or "comment" not in lines[0]
    assert all("comment" not in line for line in lines[:2])
