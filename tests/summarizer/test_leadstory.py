"""Lead story (summarizer.leadstory): an unfit first line gives way to another story whose first line tells an action."""
from __future__ import annotations

from summarizer.config import EngineConfig
from summarizer.lead import tells_no_action
from summarizer.leadstory import STORY_RATIO, event_story_first, leads, report_event, report_in_story, unfit
from summarizer.models import Item, Kind, StoryDigest

PLAN = "The mayor is to give the annual lecture on city planning."  # a plan: no action told
STATE = "The council should consider a new budget for the bridges."  # a hedge
EVENT = "Police arrested two men after the bridge collapsed in Tarnow."
OTHER = "Rescuers pulled eleven people from the river overnight."
NEWS = {PLAN: 0.4, STATE: 0.5, EVENT: 0.3, OTHER: 0.6}


def _story(sid: str, *texts: str, kind: Kind = Kind.NEW) -> StoryDigest:
    return StoryDigest(sid, sid, [Item(kind, t, key=t) for t in texts])


def _news(item: Item) -> float:
    return NEWS.get(item.text, 0.1)


def _no_flaw(item: Item) -> str:
    return ""


def _order(stories: list[StoryDigest]) -> list[str]:
    return [s.story_id for s in stories]


def test_the_cues_read_the_lines_as_meant() -> None:
    assert tells_no_action(PLAN) and tells_no_action(STATE)
    assert not tells_no_action(EVENT) and not tells_no_action(OTHER)


def test_a_plan_first_gives_way_to_the_likeliest_story_telling_an_action() -> None:
    stories = [_story("a", PLAN, EVENT), _story("b", STATE), _story("c", EVENT), _story("d", OTHER)]
    event_story_first(stories, _news, _no_flaw, 0.0)
    assert _order(stories) == ["d", "a", "b", "c"]  # the others keep their order
    assert [i.text for i in stories[1].items] == [PLAN, EVENT]  # lines of a story are never moved


def test_a_first_line_telling_an_action_stays() -> None:
    stories = [_story("a", EVENT), _story("b", OTHER)]
    event_story_first(stories, _news, _no_flaw, 0.0)
    assert _order(stories) == ["a", "b"]


def test_a_flawed_first_line_gives_way_even_when_it_tells_an_action() -> None:
    stories = [_story("a", OTHER), _story("b", EVENT)]
    event_story_first(stories, _news, lambda i: "commentary" if i.text == OTHER else "", 0.0)
    assert _order(stories) == ["b", "a"]


def test_nothing_moves_without_a_story_that_may_lead() -> None:
    stories = [_story("a", PLAN), _story("b", STATE), _story("c")]
    event_story_first(stories, _news, _no_flaw, 0.0)
    assert _order(stories) == ["a", "b", "c"]


def test_a_changed_figure_first_stays_and_one_elsewhere_may_lead() -> None:
    stories = [_story("a", STATE, kind=Kind.UPDATED), _story("b", OTHER)]
    event_story_first(stories, _news, _no_flaw, 0.0)
    assert _order(stories) == ["a", "b"]
    stories = [_story("a", PLAN), _story("b", EVENT), _story("c", STATE, kind=Kind.UPDATED)]
    event_story_first(stories, _news, _no_flaw, 0.0)
    assert _order(stories) == ["c", "a", "b"]  # an update may lead whatever its cues (0.5 against 0.3)


def test_the_ratio_asks_the_news_model_and_below_zero_is_off() -> None:
    stories = [_story("a", PLAN), _story("b", EVENT)]
    event_story_first(stories, _news, _no_flaw, 2.0)  # 0.3 < 2 x 0.4
    assert _order(stories) == ["a", "b"]
    event_story_first(stories, _news, _no_flaw, -1.0)
    assert _order(stories) == ["a", "b"]
    event_story_first(stories, _news, _no_flaw, 0.5)
    assert _order(stories) == ["b", "a"]


def test_unfit_and_leads() -> None:
    assert unfit(Item(Kind.NEW, PLAN), _no_flaw) and not unfit(Item(Kind.NEW, EVENT), _no_flaw)
    assert unfit(Item(Kind.NEW, EVENT), lambda i: "question")
    assert leads(Item(Kind.UPDATED, PLAN), _news, _no_flaw, 0.9)
    assert not leads(Item(Kind.NEW, EVENT), _news, _no_flaw, 0.9)


def test_the_engine_reads_the_fitted_ratio() -> None:
    assert EngineConfig().story_ratio == STORY_RATIO >= 0.0


# A feature's opening that tells an action (so no flaw or state moves it) and a report's event line.
SCENE = "The old ferryman rowed his last passengers across the river at dusk."
REPORT = "Firefighters rescued nine workers from a burning warehouse in Gdansk on Tuesday."
KINDS = {SCENE: 0.7, REPORT: 0.1, OTHER: 0.7}


def _kind(item: Item) -> float:
    return KINDS.get(item.text, 0.2)


def test_a_column_first_line_gives_way_to_a_report_event_of_another_story() -> None:
    stories = [_story("a", SCENE), _story("b", OTHER), _story("c", REPORT)]
    assert not unfit(stories[0].items[0], _no_flaw)  # the old rule let the feature lead
    event_story_first(stories, _news, _no_flaw, 0.0, _kind, 0.6)
    assert _order(stories) == ["c", "a", "b"]  # OTHER tells an event too, but from a feature


def test_a_column_first_line_keeps_its_story_order() -> None:
    stories = [_story("a", SCENE, OTHER, REPORT), _story("b", REPORT)]  # only another story's first line may lead
    event_story_first(stories, _news, _no_flaw, 0.0, _kind, 0.6)
    assert _order(stories) == ["b", "a"] and [i.text for i in stories[1].items] == [SCENE, OTHER, REPORT]


def test_the_column_order_stays_below_the_cut_or_without_a_report_event() -> None:
    stories = [_story("a", SCENE), _story("b", REPORT)]
    event_story_first(stories, _news, _no_flaw, 0.0, _kind, 0.8)  # the scene's article below the cut
    assert _order(stories) == ["a", "b"]
    stories = [_story("a", SCENE), _story("b", OTHER, REPORT)]
    event_story_first(stories, _news, _no_flaw, 0.0, _kind, 0.6)  # b's first line is a feature's too
    assert _order(stories) == ["a", "b"]


def test_a_report_scene_told_in_the_present_does_not_take_the_lead() -> None:
    scene = "A fisherman walks out of the harbour in Gdansk and hands 12 crates to a young boy."  # present: a scene
    stories = [_story("a", SCENE, scene), _story("b", scene)]
    assert not report_event(stories[1].items[0], _kind, 0.6) and report_event(Item(Kind.NEW, REPORT, key=REPORT),
                                                                               _kind, 0.6)
    event_story_first(stories, _news, _no_flaw, 0.0, _kind, 0.6)
    assert _order(stories) == ["a", "b"] and stories[0].items[0].text == SCENE


def test_a_column_line_unfit_before_gives_way_as_before() -> None:
    stories = [_story("a", PLAN), _story("b", OTHER)]  # a plan from a column: any story telling an action leads
    event_story_first(stories, _news, _no_flaw, 0.0, lambda i: 0.7, 0.6)
    assert _order(stories) == ["b", "a"]


def test_a_column_first_line_gives_way_to_a_report_line_of_its_own_story() -> None:
    stories = [_story("a", SCENE, OTHER, REPORT)]  # one story: no other story's report to lead
    event_story_first(stories, _news, _no_flaw, 0.0, _kind, 0.6)
    assert [i.text for i in stories[0].items] == [REPORT, SCENE, OTHER]  # the column's line second, the rest kept


def test_a_report_line_leads_its_story_only_when_at_least_as_likely_news_and_below_the_cut() -> None:
    story = _story("a", SCENE, REPORT)
    report_in_story(story, lambda i: 0.5 if i.text == SCENE else 0.2, _kind, 0.6)  # less likely news than the column
    assert [i.text for i in story.items] == [SCENE, REPORT]
    report_in_story(story, _news, _kind, 0.8)  # the first line's article below the cut: not a column's
    assert [i.text for i in story.items] == [SCENE, REPORT]
    story = _story("a", SCENE, OTHER)  # the likelier line is the column's own
    report_in_story(story, _news, _kind, 0.6)
    assert [i.text for i in story.items] == [SCENE, OTHER]
    story = _story("a", SCENE, REPORT)
    event_story_first([story], _news, _no_flaw, -1.0, _kind, 0.6)  # the story order off: this move off too
    assert [i.text for i in story.items] == [SCENE, REPORT]
