"""Lead choice (summarizer.lead): an explainer, a round-up, a state or a column's line does not lead a digest."""
from __future__ import annotations

from datetime import datetime
from typing import Callable

from summarizer.engine import Engine, EngineConfig
from summarizer.lead import (event_first, first_fit, lead_first, lead_flaw, likeliest_first, state_first, tells_event,
                             tells_no_action, tells_state)
from summarizer.models import Article, Item, Kind, StoryDigest
from summarizer.novelty import Memory

PUB = datetime(2025, 3, 6, 8, 0)
REPORT = Article(id="r", title="Bridge collapse", published=PUB, text=(
    "A road bridge collapsed in Tarnow on Wednesday, killing four drivers. "
    "Rescuers pulled 11 people from the water overnight, the fire service said. "
    "Police closed the A4 motorway near Tarnow, a spokesman told reporters."))
COLUMN = Article(id="c", title="Our bridges deserve better", published=PUB, text=(
    "I think the government should have acted years ago. "
    "You cannot keep patching a bridge and hope, and we all know it. "
    "Perhaps the minister will finally listen to us. "
    "My advice: spend the money now."))


def test_an_event_sentence_may_lead() -> None:
    assert lead_flaw("A road bridge collapsed in Tarnow on Wednesday, killing four drivers.", REPORT) == ""
    assert lead_flaw("Officials say 40 bridges of the same design will be inspected.", REPORT) == ""


def test_an_explainer_and_a_question_do_not_lead() -> None:
    assert lead_flaw("The cold virus is notorious for its knack of changing shape.", REPORT) == "explainer"
    assert lead_flaw("Suspension bridges typically carry several times their own weight.", REPORT) == "explainer"
    assert lead_flaw("Could the bridge have been saved?", REPORT) == "question"


def test_a_plan_or_a_verb_the_event_cue_misses_may_lead() -> None:
    assert lead_flaw("A panel of seven judges will hear the appeal against extradition.", REPORT) == ""
    assert lead_flaw("The warrant should not stand, the supreme court has heard.", REPORT) == ""


def test_the_writers_own_voice_does_not_lead_reported_speech_may() -> None:
    assert lead_flaw("We all know where cheap-money policy has taken us.", REPORT) == "commentary"
    assert lead_flaw("\"We will rebuild the bridge,\" the mayor said on Thursday.", REPORT) == ""


def test_a_round_up_of_reports_and_a_blog_self_reference_do_not_lead() -> None:
    assert lead_flaw("Regional papers reported a series of startling claims about the affair.", REPORT) == "roundup"
    assert lead_flaw("Here is what we know about the collapse so far, updated on Wednesday.", REPORT) == "roundup"
    assert lead_flaw("Newspapers reported that the bridge had failed an inspection in March.", REPORT) == ""


def test_a_press_reviews_item_a_cited_paper_and_its_quoted_words_does_not_lead() -> None:
    assert lead_flaw('Tarnow Herald Editorial, Poland March 5 " Say what you like about the mayor, he has nerve.',
                     REPORT) == "roundup"
    assert lead_flaw('Jan Kowal Daily Courier, March 4 " The bridge was a disaster waiting to happen.', REPORT) == "roundup"
    assert lead_flaw('The mayor said on March 5 " we will rebuild the bridge ".', REPORT) == ""  # a report's quotation
    assert lead_flaw("Tarnow Herald, March 5: the bridge closed.", REPORT) == ""  # no quotation: the writer's words


def test_a_columns_line_does_not_lead_even_when_it_tells_an_event() -> None:
    assert lead_flaw("The minister visited the bridge on Tuesday.", COLUMN) == "commentary"


def _story(sid: str, *texts: str, kind: Kind = Kind.NEW) -> StoryDigest:
    return StoryDigest(sid, sid, [Item(kind, t, key=t) for t in texts])


def _flaw(item: Item) -> str:
    return lead_flaw(item.text, REPORT)


def test_a_flawed_first_line_gives_way_to_the_first_fit_line_in_the_window() -> None:
    stories = [_story("a", "The cold virus is notorious for its knack of changing shape."),
               _story("b", "Is the vaccine safe?", "Health officials closed 12 schools in Queens on Monday.")]
    lead_first(stories, _flaw, window=3)
    assert [s.story_id for s in stories] == ["b", "a"]
    assert stories[0].items[0].text.startswith("Health officials closed")
    assert stories[0].items[1].text == "Is the vaccine safe?"


def test_outside_the_window_or_with_a_fit_first_line_nothing_moves() -> None:
    stories = [_story("a", "The cold virus is notorious for its knack of changing shape.", "Is the vaccine safe?"),
               _story("b", "Health officials closed 12 schools in Queens on Monday.")]
    lead_first(stories, _flaw, window=2)
    assert [s.story_id for s in stories] == ["a", "b"]
    fit = [_story("a", "Health officials closed 12 schools on Monday.", "The virus is notorious for mutating.")]
    lead_first(fit, _flaw, window=5)
    assert fit[0].items[0].text.startswith("Health officials")


def test_an_update_leads_whatever_its_form() -> None:
    stories = [_story("a", "The toll is now 169.", kind=Kind.UPDATED), _story("b", "Police arrested 3 men on Monday.")]
    lead_first(stories, _flaw, window=5)
    assert stories[0].story_id == "a"


def test_first_fit_picks_the_first_unflawed_index_within_the_window() -> None:
    assert first_fit([True, True, False, False], bool, 5) == 2
    assert first_fit([True, True, False], bool, 2) == 0
    assert first_fit([False, False], bool, 5) == 0
    assert first_fit([], bool, 5) == 0


def test_the_engine_does_not_lead_with_an_explainer() -> None:
    explainer = Article(id="e", title="Swine flu spreads", published=PUB, text=(
        "The cold virus is notorious for its knack of changing shape and picking up new traits. "
        "Health officials in Mexico closed 300 schools on Wednesday after 20 people died of the flu. "
        "The appearance of new flu strains is a perennial problem for doctors and scientists."))
    engine = Engine(EngineConfig(lead_window=3))
    digest = engine.digest("a", [explainer], Memory())
    assert digest.items and digest.items[0].text.startswith("Health officials")


def test_a_quotation_running_on_from_or_into_another_sentence_is_the_speakers_voice() -> None:
    assert lead_flaw('A police spokesman said: " We have this morning served a surrender notice on a man', REPORT) == ""
    assert lead_flaw('We will not give up, " the mayor told reporters on Friday.', REPORT) == ""


def test_a_day_whose_only_article_is_a_column_is_quiet() -> None:
    column = Article(id="c2", title="Why our bridges deserve better", published=PUB, text=(
        "I walked across the old Dunajec bridge in Tarnow every morning for twenty years. "
        "You could feel the deck shake whenever a lorry passed over the river. "
        "The Dunajec bridge was surely the ugliest structure in the whole region, and the council must finally act. "
        "My neighbours would agree that the old crossing deserves a dignified end. "
        "Perhaps a new crossing downstream would bring the whole town of Tarnow back to life."))
    engine = Engine(EngineConfig())
    assert engine.candidates([column], Memory())  # its reported lines are candidates
    digest = engine.digest("a", [column], Memory())
    assert not digest.items  # no line may lead: the new-kind lines are minor, counted
    assert sum(s.minor for s in digest.stories) >= 1
    assert Engine(EngineConfig()).digest("a", [REPORT], Memory()).items  # a report's day is not quiet


def test_a_blog_post_that_reads_as_a_report_may_lead() -> None:
    blog = Article(id="b", title="Bridge closed", published=PUB, text=(
        "I have just heard that the Dunajec bridge in Tarnow was closed on Tuesday, officials said. "
        "You may remember the petition we wrote about in March. "
        "The regional governor ordered inspections of 40 bridges, a spokesman told reporters. "
        "Police diverted traffic through Brzesko on Wednesday, the fire service said."))
    assert lead_flaw("The regional governor ordered inspections of 40 bridges, a spokesman told reporters.", blog) == ""


def test_a_line_in_another_language_is_never_judged_by_the_english_cues() -> None:
    from summarizer.latin import register

    french = "Le pont de Tarnow s'est effondré mercredi, et la police me dit que quatre conducteurs sont morts."
    register([french], "fr")  # as ingestion registers an article's language
    assert lead_flaw(french, REPORT) == ""  # "me" is no English first person here
    assert lead_flaw("We all know the bridge was unsafe.", REPORT) == "commentary"


def _odds(**news: float) -> Callable[[Item], float]:
    return lambda item: next((p for word, p in news.items() if word in item.text), 0.0)


def test_a_line_much_likelier_news_leads_its_story() -> None:
    story = _story("a", "Drugs seem effective against the strain.", "Health officials closed 12 schools on Monday.")
    likeliest_first(story, _odds(Drugs=0.05, Health=0.3), _flaw, bar=0.2, ratio=1.5)
    assert story.items[0].text.startswith("Health officials")


def test_a_line_only_slightly_likelier_or_under_the_bar_or_flawed_does_not_move() -> None:
    texts = ("Police closed the motorway on Monday.", "Health officials closed 12 schools on Monday.")
    for odds in (_odds(Police=0.25, Health=0.3), _odds(Police=0.05, Health=0.15)):
        story = _story("a", *texts)
        likeliest_first(story, odds, _flaw, bar=0.2, ratio=1.5)
        assert story.items[0].text.startswith("Police")
    story = _story("a", "Police closed the motorway on Monday.", "Is the vaccine safe?")
    likeliest_first(story, _odds(Police=0.05, vaccine=0.9), _flaw, bar=0.2, ratio=1.5)
    assert story.items[0].text.startswith("Police")
    update = _story("a", "The toll is now 169.", "Health officials closed 12 schools.", kind=Kind.UPDATED)
    likeliest_first(update, _odds(toll=0.05, Health=0.9), _flaw, bar=0.2, ratio=1.5)
    assert update.items[0].text.startswith("The toll")
    off = _story("a", *texts)
    likeliest_first(off, _odds(Police=0.05, Health=0.9), _flaw, bar=0.2, ratio=0.0)
    assert off.items[0].text.startswith("Police")


def test_a_reaction_first_gives_way_to_the_next_event_line() -> None:
    story = _story("a", "The mayor says he was shocked by the collapse.", "Rescuers pulled 11 people from the water.")
    event_first(story, _flaw, window=2)
    assert story.items[0].text.startswith("Rescuers")


def test_a_reaction_first_stays_without_an_event_line_in_the_window_or_when_off() -> None:
    texts = ("The mayor says he was shocked by the collapse.", "The union welcomed the inquiry.",
             "Rescuers pulled 11 people from the water.")
    narrow = _story("a", *texts)
    event_first(narrow, _flaw, window=2)  # the second line is a reaction too, the event is third
    assert narrow.items[0].text.startswith("The mayor")
    plan = _story("a", texts[0], "The council will inspect 40 bridges next month.")
    event_first(plan, _flaw, window=2)  # a plan is no event told
    assert plan.items[0].text.startswith("The mayor")
    off = _story("a", texts[0], texts[2])
    event_first(off, _flaw, window=1)
    assert off.items[0].text.startswith("The mayor")
    fact = _story("a", "Police closed the motorway on Monday.", texts[2])
    event_first(fact, _flaw, window=2)  # an event first stays first
    assert fact.items[0].text.startswith("Police")


def test_a_state_a_hedge_or_a_plan_tells_no_action() -> None:
    assert tells_state("Two vaccines seem effective against the new strain.")
    assert tells_state("Local charities are to be given 40,000 euros to help the families.")
    assert tells_state("The council should consider a new bridge.")
    assert not tells_state("Rescuers pulled 11 people from the water.")
    assert not tells_state("Army engineers rebuilt the bridge in two days.")  # a past the verb finder does not know
    assert not tells_state("The skipper has today been fined 4,000 euros for the collision.")
    assert not tells_state("The mayor says he was shocked by the collapse.")  # a reaction: event_first's


def test_a_state_first_gives_way_to_the_likeliest_event_line_in_the_window() -> None:
    texts = ("Two vaccines seem effective against the new strain.", "Experts warned the outbreak may spread.",
             "Rescuers pulled 11 people from the water.", "Health officials say 75 pupils have fallen ill in Tarnow.")
    story = _story("a", *texts)
    state_first(story, _odds(vaccines=0.05, Experts=0.02, Rescuers=0.1, Health=0.3), _flaw, window=5, ratio=1.0)
    assert story.items[0].text.startswith("Health officials")
    assert [i.text for i in story.items[1:]] == list(texts[:3])  # the rest keep their order


def test_a_state_first_stays_when_off_out_of_the_window_less_likely_or_an_event() -> None:
    texts = ("Two vaccines seem effective against the new strain.", "Experts warned the outbreak may spread.",
             "Health officials say 75 pupils have fallen ill in Tarnow.")
    odds = _odds(vaccines=0.05, Experts=0.02, Health=0.3)
    for window in (1, 2):  # off; the event line is third
        story = _story("a", *texts)
        state_first(story, odds, _flaw, window=window, ratio=1.0)
        assert story.items[0].text.startswith("Two vaccines")
    story = _story("a", *texts)
    state_first(story, _odds(vaccines=0.5, Health=0.3), _flaw, window=5, ratio=1.0)  # the state is likelier news
    assert story.items[0].text.startswith("Two vaccines")
    event = _story("a", "Rescuers pulled 11 people from the water.", texts[2])
    state_first(event, _odds(Rescuers=0.01, Health=0.9), _flaw, window=5, ratio=1.0)
    assert event.items[0].text.startswith("Rescuers")
    update = _story("a", "The toll is now 169.", texts[2], kind=Kind.UPDATED)
    state_first(update, _odds(toll=0.01, Health=0.9), _flaw, window=5, ratio=1.0)
    assert update.items[0].text.startswith("The toll")


def test_a_reaction_or_a_non_comment_tells_no_action() -> None:
    assert tells_no_action("The mayor says he was shocked by the collapse.")
    assert tells_no_action("The union welcomed the inquiry.")
    assert tells_no_action("His agent says he had not seen the footage and so could not comment.")
    assert tells_no_action("Two vaccines seem effective against the new strain.")
    assert not tells_no_action("Rescuers pulled 11 people from the water.")
    assert not tells_event("Police denied leaking the report and the club refused to comment.")
    assert tells_event("Police denied leaking the report.")


def test_a_non_comment_first_gives_way_to_the_likeliest_event_line_not_another_non_comment() -> None:
    texts = ("His agent says he had not read the papers and so could not comment.",
             "The mayor: “We will rebuild it”",
             "Police denied leaking the report and the club refused to comment.",
             "The operator says the engineers inspected the bridge in May.",
             "The paper said the bridge's main cable had snapped before the collapse.")
    odds = _odds(agent=0.1, mayor=0.1, leaking=0.3, operator=0.12, cable=0.18)
    story = _story("a", *texts)
    state_first(story, odds, _flaw, window=6, ratio=1.0)
    assert story.items[0].text.startswith("The paper said")
    narrow = _story("a", *texts)
    state_first(narrow, odds, _flaw, window=4, ratio=1.0)  # only the operator's line: likelier than the first
    assert narrow.items[0].text.startswith("The operator")
    less = _story("a", *texts)
    state_first(less, _odds(agent=0.5, cable=0.18), _flaw, window=6, ratio=1.0)  # the first is likelier news
    assert less.items[0].text.startswith("His agent")


def test_a_reaction_first_gives_way_to_a_likelier_event_line_further_down() -> None:
    texts = ("The mayor says he was shocked by the collapse.", "The union welcomed the inquiry.",
             "Rescuers pulled 11 people from the water.")
    story = _story("a", *texts)
    state_first(story, _odds(mayor=0.2, union=0.1, Rescuers=0.3), _flaw, window=6, ratio=1.0)
    assert story.items[0].text.startswith("Rescuers")


def test_a_proposal_to_the_reader_does_not_lead() -> None:
    assert lead_flaw("Let's look for a moment at what the rival camp has been doing this week.", REPORT) == "commentary"
    assert lead_flaw("So let us be clear about what the bridge inspectors found.", REPORT) == "commentary"
    assert lead_flaw("Lettuce prices rose by a third after the bridge closed.", REPORT) == ""
    assert lead_flaw("The council let its inspectors close the A4 bridge on Wednesday.", REPORT) == ""
