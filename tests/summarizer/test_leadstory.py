"""Lead story (summarizer.leadstory): an unfit first line gives way to another story whose first line tells an action."""
from __future__ import annotations

from summarizer.config import EngineConfig
from summarizer.lead import tells_no_action
from summarizer.leadstory import STORY_RATIO, event_story_first, leads, unfit
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
