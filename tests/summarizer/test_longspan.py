"""A state over a long span, chronic conditions and hedged perfects of a state (summarizer.longspan)."""
from __future__ import annotations

from datetime import date

from summarizer.backdrop import cues as backdrop_cues
from summarizer.longspan import chronic, cues, long_span

DAY = date(2031, 3, 12)  # a Wednesday


def span(text: str) -> float:
    """The ``s_span`` cue of ``text`` published on DAY."""
    return cues(text, DAY)["s_span"]


def test_a_long_span_in_a_clause_of_state_or_endurance() -> None:
    assert span("The island has endured decades of drought and neglect.") == 1.0
    assert span("The valley has a long history of floods.") == 1.0
    assert span("The port has been a haven for smugglers for much of its history.") == 1.0
    assert span("The province has long been the poorest in the region.") == 1.0
    assert span("The town was ruled for centuries by a line of bishops.") == 1.0  # a passive of a lasting condition
    assert span("After years of drought, which is worsening in the south, most farmers depend on wells.") == 1.0
    assert span("The islanders are struggling after years of poor harvests.") == 1.0


def test_a_span_that_the_days_event_ends_or_follows_is_news() -> None:
    assert span("The rebels ended decades of military rule over the valley.") == 0.0
    assert span("The vote curtails 12 years of one-party rule in the province.") == 0.0
    assert span("The brewery is to close after almost 40 years of brewing in the town.") == 0.0  # a plan
    assert span("The council has scrapped decades of zoning rules.") == 0.0  # a perfect of an event
    assert span("The dockers are bracing for cuts after years of growth.") == 0.0  # a progressive of an event
    assert span("The ferry was sunk in the port after decades of service.") == 0.0  # a passive of an event


def test_a_span_as_a_record_is_news() -> None:
    assert span("It was the worst storm to hit the coast in over a century.") == 0.0
    assert span("The campaign is the biggest of its kind since the 1980s.") == 0.0
    assert not long_span("This is the first flood of its kind since the 1990s.")


def test_a_long_span_is_not_an_adjective_or_the_future() -> None:
    assert span("The painters have long and varied careers in the city.") == 0.0  # "long" an adjective
    assert span("Future generations of pupils will read the ruling.") == 0.0


def test_anchored_or_reported_spans_do_not_count() -> None:
    assert span("The island has endured decades of drought, the mayor said.") == 0.0
    assert span("On Monday the island marked decades of drought with a vigil.") == 0.0


def test_chronic_conditions_in_a_clause_of_state() -> None:
    assert chronic("The republic suffers from poverty, corruption and unrest.")
    assert span("The republic suffers from poverty, corruption and unrest.") == 1.0
    assert not chronic("Unrest grew in the capital overnight.")  # one condition, an event
    assert not chronic("Police arrested protesters who denounced corruption and poverty.")  # an event


def test_a_hedged_perfect_of_a_state_is_the_state() -> None:
    # "appears to have" reads as a finding of the news (summarizer.aspect) unless it is a perfect of a state
    assert span("The republic appears to have had more than its share of coups and misrule.") == 1.0
    assert span("The valley seems to have been a battleground for centuries.") == 1.0
    # a hedged perfect of an event, or with no span or condition, is not a state over time
    assert span("Most of the sailors appear to have had contact with the infected crew.") == 0.0
    assert span("The infection appears to have been acquired on the ferry.") == 0.0
    assert span("Up to 40 sailors are believed to have died in the storm.") == 0.0


def test_the_backdrop_cues_carry_it() -> None:
    assert backdrop_cues("The valley has a long history of floods.", DAY)["s_span"] == 1.0
    assert backdrop_cues("The ferry crossed the bay with twelve passengers.", DAY)["s_span"] == 0.0


def test_any_superlative_makes_a_record_but_not_a_noun_in_est() -> None:
    assert span("The dockers are facing the hardest times since the 1970s.") == 0.0
    assert span("The valley has a long history of floods and of interest from developers.") == 1.0
    assert span("The protest movement has a long history of sit-ins.") == 1.0
