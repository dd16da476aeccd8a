"""Time anchoring and the event-sentence prior (summarizer.anchor, summarizer.event)."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from summarizer.anchor import anchor
from summarizer.event import event_cues

PUB = datetime(2024, 12, 27, 9, 0)  # a Friday


def test_weekday_counts_back_from_publication() -> None:
    a = anchor("Rescuers pulled 14 survivors from the rubble on Tuesday.", PUB)
    assert a.days_before == 3
    assert a.recent and not a.past_year and a.background == 0.0


def test_a_calendar_day_of_an_earlier_year_names_that_year() -> None:
    for text in ("On October 23, 2001, the firm unveiled its first phone.", "On October 23 2001, the firm unveiled a phone.",
                 "On 23 October 2001 the firm unveiled its first phone."):
        a = anchor(text, PUB)
        assert a.past_year and a.stale and a.background == 0.8
    assert not anchor("On December 23, 2024, the firm unveiled a phone.", PUB).past_year  # four days back: news
    assert not anchor("On March 3 the firm unveiled a phone.", PUB).past_year  # no year written: not an earlier year


def test_last_weekday_written_on_that_weekday_is_a_week_back() -> None:
    assert anchor("The council met last Friday.", PUB).days_before == 7
    assert anchor("The council met on Friday.", PUB).days_before == 0
    assert anchor("The council met last Tuesday.", PUB).days_before == 3


def test_yesterday_and_today_are_recent() -> None:
    assert anchor("The ministry said yesterday that 40 people died.", PUB).days_before == 1
    assert anchor("Parliament votes on the bill today.", PUB).days_before == 0


def test_explicit_date_without_year_is_read_in_the_publication_year() -> None:
    assert anchor("On Dec 24 the storm reached the coast.", PUB).days_before == 3
    # A January date in a late-December article is last January, not next.
    assert anchor("The strike began on January 5.", PUB).days_before == 357


def test_earlier_years_and_history_are_background() -> None:
    born = anchor("She was born in 1961 in a small town in Ohio.", PUB)
    assert born.past_year and born.history and not born.recent
    assert anchor("The dispute dates back to the 1990s.", PUB).past_year
    assert anchor("The plant closed two years ago.", PUB).past_year
    assert anchor("The firm has grown every year since 2005.", PUB).background >= 0.5
    assert anchor("Last year the company made a loss.", PUB).past_year


def test_same_year_is_not_a_past_year() -> None:
    a = anchor("Sales fell in 2024 for the first time.", PUB)
    assert not a.past_year


def test_explainer_and_future_cues() -> None:
    assert anchor("Influenza is a respiratory disease that spreads through droplets.", PUB).explainer
    assert anchor("The minister will visit the region next week.", PUB).future
    assert not anchor("Police arrested 12 people in Lyon on Monday.", PUB).explainer


def test_no_publication_date_still_reads_cues() -> None:
    a = anchor("The company was founded in 1998.", None)
    assert a.history and a.days_before is None
    assert anchor("Talks resumed on Monday.", date(2024, 12, 27)).days_before == 4


def test_event_sentence_versus_opinion() -> None:
    event = event_cues("Police arrested 12 people in Lyon on Monday.")
    assert event.actor and event.action and event.figure and event.place
    assert event.event == 1.0 and event.opinion == 0.0
    opinion = event_cues("I think the government should resign.")
    assert opinion.event == 0.0 and opinion.opinion >= 0.7
    assert event_cues("Is this the end of cheap money?").opinion > 0
    assert event_cues("Analysts say the bank could be forced to raise rates.").opinion >= 0.8


def test_quoted_first_person_is_reported_speech_not_opinion() -> None:
    cues = event_cues('The mayor said: "We have lost everything."')
    assert cues.opinion == 0.0
    assert cues.action


def test_a_date_with_its_year_after_a_comma_is_a_year_back() -> None:
    a = anchor("He died in a car crash on 28 June, 2013 at the age of 71.", datetime(2014, 6, 28))
    assert a.days_before == 365 and a.stale and a.background > 0 and not a.recent


def test_a_recent_event_told_with_old_context_is_recent_and_stale() -> None:
    a = anchor("On Tuesday the court ruled on the dispute, which began in 2019.", PUB)
    assert a.recent and a.stale and a.past_year


def test_a_month_and_year_is_anchored() -> None:
    a = anchor("The seamstress who boarded a bus in Montgomery in December 1955 refused to give up her seat.", PUB)
    assert a.past_year and a.stale and a.background >= 0.5
    assert anchor("Output fell in November 2024, the agency said.", PUB).days_before == 42


def test_a_perfect_passive_of_an_event_is_not_a_lasting_state() -> None:
    assert not anchor("The UN headquarters has been seriously damaged by the quake.", PUB).explainer
    assert not anchor("Cases have been reported in Spain and Canada.", PUB).explainer
    assert anchor("Brazil's leadership of the mission has been difficult.", PUB).explainer


def test_past_perfect_and_profile_cues_are_history_unless_reported() -> None:
    assert anchor("She had featured in a magazine's South African edition.", PUB).history
    assert not anchor("Police said he had fired four shots through the door.", PUB).history
    assert anchor("Jackson died at his home, aged 50.", PUB).history


def test_a_running_total_since_a_past_time_is_news_not_history() -> None:
    total = anchor("Since last year, the North has sent around 15,000 troops to Russia.", PUB)
    assert total.background == 0.0
    assert anchor("Relations have deepened since the invasion in 2022.", PUB).background >= 0.5


def test_earlier_this_month_and_last_years_noun_are_not_an_earlier_year() -> None:
    assert not anchor("Earlier this month, the minister resigned.", PUB).past_year
    assert not anchor("Following last year's agreement, Seoul raised the idea of arming Kyiv.", PUB).past_year


def test_an_old_date_in_reported_speech_a_relative_clause_or_a_dated_sentence_is_context() -> None:
    testimony = anchor("She testified that over two days in March 2008 the patient received 300mg of a sedative.", PUB)
    assert testimony.reported and testimony.background < 0.5
    critic = anchor("The swimmer has hit out at a row which he says should have been settled in 2008, when officials "
                    "approved his swimsuit.", PUB)
    assert not critic.past_year and critic.background == 0.0
    analyst = anchor("An analyst who backed the leaker triggered an investigation last year.", PUB)  # no comma: main clause
    assert analyst.past_year
    monday = anchor("On Monday the lawyer argued the singer was addicted when he died in June 2009.", PUB)
    assert monday.recent and monday.background < 0.5
    assert anchor("The singer died at his home in June 2009, aged 50.", PUB).background >= 0.5


def test_a_history_or_profile_cue_outside_the_last_week_and_reported_speech_is_background() -> None:
    assert anchor("The studio once had a biopic of the cyclist in the works.", PUB).background >= 0.5
    assert anchor("The singer was born in a small town and rose to fame as a child.", PUB).background >= 0.5
    # Reported or anchored in the last week, the cue is context of today's news: not buried.
    assert anchor("Police said on Tuesday the suspect had previously been arrested.", PUB).background < 0.5
    assert anchor("The minister, who was formerly a banker, resigned on Thursday.", PUB).background < 0.5


def test_a_development_up_to_now_or_a_reported_earlier_time_is_not_buried_as_history() -> None:
    since = anchor("Since then, the leader has met with the families of soldiers who died abroad.", PUB)
    assert since.history and since.development and since.background < 0.5
    saying = anchor("Kim sent greetings to Putin, saying that their ties had been strengthened by the war.", PUB)
    assert not saying.history and saying.background < 0.5


def test_a_role_named_in_passing_is_a_weak_history_cue() -> None:
    westland = anchor("Westland is weighing emergency loans for Veltria to help its former colonial power.", PUB)
    assert westland.history and westland.passing and westland.background < 0.5
    assert anchor("The minister is best known as a banker in Lisbon.", PUB).background >= 0.5
    assert anchor("In her first interview since the attack, Palin appeared on Fox News.", PUB).background < 0.5
    assert anchor("The archive released previously censored documents about the war.", PUB).background < 0.5
    assert anchor("The firm dates back to a small workshop.", PUB).background >= 0.5


def test_a_past_perfect_is_a_weak_history_cue() -> None:
    # As often the days just before the news as an earlier time: never buried on that cue alone.
    assert anchor("Lawyers for the builder had asked for more time to study the new evidence.", PUB).background < 0.5
    assert anchor("She had featured in a magazine's South African edition.", PUB).history


def test_a_trait_of_a_kind_reads_as_an_explainer() -> None:
    assert anchor("The measles virus is notorious for its speed of spreading.", None).explainer
    assert anchor("Fruit bats are known to carry the virus.", None).explainer
    assert not anchor("The virus killed 20 people in Mexico on Friday.", None).explainer


def test_a_year_naming_an_old_event_dates_a_past_tense_sentence() -> None:
    pub = datetime(2009, 4, 28)
    assert anchor("The 1918 pandemic killed 50 million people worldwide.", pub).background >= 0.5
    assert anchor("The 1918 pandemic is the benchmark for planners.", pub).background < 0.5  # a present comparison
    assert anchor("The 2008 season ended badly.", pub).background < 0.5  # last year's thing: not two years back
    assert anchor("He continues to maintain that his 2005 comeback was clean.", pub).background < 0.5  # a stance now


def test_a_general_trait_is_background_unless_told_this_week_or_reported() -> None:
    pub = datetime(2009, 4, 28)
    assert anchor("The virus is notorious for its speed of spreading.", pub).background >= 0.5
    assert anchor("The virus is notorious for its speed of spreading, scientists said on Monday.", pub).background < 0.5
    assert anchor("The market usually opens at nine.", pub).background < 0.5  # a weak explainer cue alone


def test_a_year_naming_an_object_of_todays_news_does_not_date_it() -> None:
    pub = datetime(2000, 11, 4)
    assert anchor("The 1992 trading commission was chaired by a senator's wife.", pub).background >= 0.5
    assert anchor("The verdict confirmed an earlier finding that he had broken his 1971 deal with the band.",
                  pub).background < 0.5


def test_a_definition_in_reported_speech_is_a_finding_not_an_explainer() -> None:
    pub = datetime(2009, 4, 26)
    reported = anchor("Officials say 75 students have fallen ill and tests will show if it is the same strain of flu.", pub)
    assert reported.explainer and reported.background == 0.0
    assert anchor("It is the same strain of flu that spread in 1957.", pub).background > 0.0  # told in the writer's voice


def test_a_year_after_a_verb_or_a_trait_beside_this_weeks_event_dates_nothing() -> None:
    pub = datetime(2007, 4, 28)
    assert anchor("Ms Melvin described the 1993 encounter at his home in Pasadena.", pub).background < 0.5
    assert anchor("She is famous for a memo, which was read out in court yesterday, about the fraud.",
                  pub).background < 0.5
    assert anchor("In the transcript, Jobs refers to the system as OS10.", pub).background < 0.5
    assert anchor("At sea, a knot refers to a speed of one nautical mile an hour.", pub).background >= 0.5


def test_a_past_perfect_that_lasted_up_to_the_events_tells_earlier_weeks() -> None:
    lasting = anchor("The singer had been dating the footballer since October.", PUB)
    assert lasting.history and not lasting.passing and lasting.background >= 0.5
    assert anchor("The nurse had been working in the camp for more than two years.", PUB).background >= 0.5
    # A past perfect event without a duration is as often the days just before the news: it stays weak.
    assert anchor("Lawyers for the driver had asked for a delay.", PUB).background < 0.5
    # In reported speech the lasting past is what was said today.
    assert anchor("The mayor said the two had been in talks since October.", PUB).background < 0.5


def test_a_noun_show_is_no_reporting_verb() -> None:
    assert not anchor("The chef was due to appear in a cookery TV show.", PUB).reported
    assert not anchor("Fans queued for the show.", PUB).reported
    assert anchor("Figures show the toll rose to 40.", PUB).reported
    assert anchor("The record shows he was paid twice.", PUB).reported


def test_a_definition_of_a_term_is_background_unless_told_this_week() -> None:
    for text in ("Alert level five means the disease is spreading between countries.",
                 "Under maritime law, merchant ships are considered the territory of their flag state."):
        a = anchor(text, PUB)
        assert a.trait and a.background >= 0.5, text
    # A consequence of an event, a pronoun or an adverb before "means", a noun "means": no definition.
    for text in ("The ruling means the ferry company can sail again.", "Ecuador's decision means he can stay.",
                 "And this means the talks are over.", "He has the means to flee.",
                 "A referral inevitably means more delays.", "The two ships are considered a danger."):
        assert not anchor(text, PUB).trait, text
    assert anchor("Alert level five means the disease is spreading, officials said on Tuesday.", PUB).background < 0.5


def test_the_words_a_cue_needs_never_hide_a_match() -> None:
    """Each anchor cue with ``needs`` finds what its pattern finds (the words only spare a search)."""
    import summarizer.anchor as module
    from summarizer.foldcase import Cue, ascii_lower

    lines = ["It is now over.", "He left tonight.", "Rescuers arrived overnight.", "They met this week.",
             "She spoke yesterday.", "It happened last night.", "In the late 1990s it grew.", "Back in the '80s.",
             "Last year it fell.", "Prices rose in the previous decade.", "Since March it has grown.",
             "He had been ill for months.", "The virus is known for its ability to mutate.", "Symptoms include fever.",
             "Level four means the virus spreads.", "Diplomatic posts are considered territory.",
             "It has been difficult.", "She had previously tried.", "The troops have been sent.",
             "He once worked there.", "She is aged 50.", "It is one of the biggest banks.", "Nothing of the kind here."]
    cues = [c for c in vars(module).values() if isinstance(c, Cue) and c.needs]
    assert len(cues) >= 10
    hits = 0
    for cue in cues:
        for line in lines:
            found = cue.pattern.search(line) is not None
            assert cue.found(line, ascii_lower(line)) is found, (cue.pattern.pattern[:40], line)
            hits += found
    assert hits >= len(cues)  # every cue is tried on lines it matches


def test_a_statement_dated_before_its_reporting_verb_is_old() -> None:
    """"On 2 March an expert said ..." (a timeline entry months back) tells an old statement; a date after the verb or
    in a relative clause dates what is told, and the statement stays a statement of the day."""
    pub = date(2024, 10, 21)
    old = anchor("Day 8: 12 March 2024 A harbour engineer said the wall had been cracked for years.", pub)
    assert not old.reported and old.stale and old.background > 0
    assert anchor("A harbour engineer said on 12 March that the wall had cracked.", pub).reported
    assert anchor("Mr Vole, who inspected the wall on 12 March, said it had cracked.", pub).reported
    assert anchor("On 18 October the harbour engineer said the wall had cracked.", pub).reported  # three days back


def test_a_year_before_1900_is_an_old_time_unless_it_counts_things() -> None:
    """A founding or a war centuries back is history ("in 1822", "in March 1754", "the 1840s"), read as the year it
    names; "by 1800 troops" counts soldiers and names no time."""
    for text in ("The small kingdom broke away from its neighbour in 1822, but the two remain close allies.",
                 "The harbour fort was built in March 1754 by settlers from the coast.",
                 "The mining town was founded in the 1840s by prospectors."):
        a = anchor(text, PUB)
        assert a.past_year and a.days_before is not None and a.days_before > 36_500, text
    for text in ("Police reinforced the square by 1800 troops overnight.", "The army sent in 1500 soldiers on Monday."):
        a = anchor(text, PUB)
        assert not a.past_year and (a.days_before is None or a.days_before < 7), text


def test_a_finished_tenure_told_over_its_span_is_a_life_told() -> None:
    """ "During his eight years as mayor" tells a past career in a past-tense sentence; the same span naming papers
    to be released next week, or a present, is today's news."""
    assert anchor("Local taxes rose by a third during his eight years as mayor of the port city.", PUB).history
    assert anchor("Crime fell sharply over her time as police chief of the valley.", PUB).history
    assert not anchor("Letters written during her time as mayor are to be published next week.", PUB).history
    assert not anchor("The mayor cut local taxes by a third on Tuesday.", PUB).history


def test_a_month_and_year_opening_a_chronology_entry_dates_its_statement() -> None:
    """A chronology's entry ("March 2004 The firm opens ..., which it says ...") is old however it is reported; a
    statement with no opening date stays reported ("The firm says it opened its first store in March 2004")."""
    assert not anchor("March 2004 The firm opens its first store abroad, which it says is a big step.", PUB).reported
    assert anchor("In 2009 the board says it will sell the smaller plant.", PUB).reported  # no chronology entry
    assert anchor("The firm says it opened its first store abroad in March 2004.", PUB).reported
    assert anchor("On Tuesday the board says it will sell the smaller plant.", PUB).reported


def test_a_running_total_since_an_old_year_is_no_history() -> None:
    """ "has won 20 titles since 1888" counts up to now, as "since 1988" does: the old year is read the same way."""
    a = anchor("The rowing club has won 20 national titles since 1888.", PUB)
    assert not a.past_year and not a.history and a.days_before is None


def test_a_weekday_naming_a_paper_is_no_time() -> None:
    monday = date(2031, 5, 12)
    assert anchor("The Sunday Courier of Lowmere is suing him over an unpaid loan.", monday).days_before is None
    assert anchor("The company was sold to the Sunday Telegraph's owners.", monday).days_before is None
    assert anchor("The Sunday meeting of the board was cancelled.", monday).days_before == 1
    assert anchor("On Sunday the board met.", monday).days_before == 1


def test_each_cue_is_read_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    from collections import Counter

    from summarizer.foldcase import Cue
    reads: Counter[tuple[int, str]] = Counter()
    found = Cue.found

    def counted(self: Cue, text: str, lower: str | None) -> bool:
        reads[(id(self), text)] += 1
        return found(self, text, lower)
    monkeypatch.setattr(Cue, "found", counted)
    when = anchor("The Larkspur ferry, once owned by the council, had sailed on Tuesday and will sail again.",
                  datetime(2031, 5, 9))
    assert when.future and reads and max(reads.values()) == 1  # "future", "now", "profile" were read 2-3 times
