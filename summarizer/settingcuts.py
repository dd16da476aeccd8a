"""Settings a headline leaves out: where a speaker said it and an opening time the reader cannot place.

- the channel after a verb of saying: "said in its latest forecast that" -> "said that", "says on its website" ->
  "says" (who says it stays; only the medium goes, never a name: "in an address to Sydney University" keeps its
  audience, the phrase ends at the channel's noun); an audience that is only the channel: "told reporters",
  "told a news conference", "told the court" -> "said" (not "told the BBC", "told Congress": a name is news);
- an opening time relative to a moment the line does not tell: "Later that evening, police arrested ..." ->
  "Police arrested ...", "The next day, two officers came" -> "Two officers came" (with a date set off after it:
  "The next day, May 4, two officers came").

Each is a candidate only: :func:`summarizer.compress.trim` checks what every deletion leaves (a fact, a quotation,
the main clause's verb, an opening pronoun the sentences before cannot name).
"""
from __future__ import annotations

import re
from typing import Iterator

from summarizer.lexicon import SAID, alternation
from summarizer.preambles import past_asides
from summarizer.segments import Edit

_SAID = r"\b(?:" + alternation(SAID) + r"|added|adds|announced|announces|wrote|writes|warned|warns|stated|states)"
_CHANNEL_NOUN = (r"(?:statement|forecast|report|briefing|bulletin|update|speech|letter|e-?mail|post|tweet|blog(?:\s+post)?|"
                 r"message|release|note|announcement|interview)")
_SITE_NOUN = r"(?:website|web\s+site|blog|Twitter\s+(?:account|feed)|Facebook\s+page|social\s+media\s+accounts?)"
# "said in its latest forecast", "says on its website": the channel, ending at its noun, then "that", a comma, the end
# or a clause's subject (not "in a report on X", "in an interview with Y": the phrase goes on and may name someone).
_CHANNEL = re.compile(
    _SAID + r"(?P<cut>\s+(?:in\s+(?:a|an|its|his|her|their|the)\s+(?:(?:latest|new|weekly|daily|monthly|annual|brief|"
    r"short|written|joint|official|online|separate|televised|emailed|final)\s+){0,2}" + _CHANNEL_NOUN
    + r"|on\s+(?:its|his|her|their|the\s+(?:company|party|group|ministry|agency)['’]s)\s+" + _SITE_NOUN + r"))"
    r"(?=\s+that\b|,|[.!?]?[\"”’]?$|\s+(?:the|a|an|it|he|she|they|we|there|this|his|her|its|their)\s)",
    re.I)
# "told reporters", "told a news conference", "tells the court": the audience is the channel, not who heard the news;
# only before "that", a pronoun subject or a name ("told reporters the story of ..." has an object: it stays).
_AUDIENCE = re.compile(
    r"\b(?P<verb>told|tells)\s+(?:reporters|journalists|(?:a|the)\s+(?:news|press)\s+(?:conference|briefing)|the\s+"
    r"(?:media|press|court|jury|inquest))(?=\s+that\b|,|[.!?]?[\"”’]?$|\s+(?:(?:it|he|she|they|we|there|I)\s|[A-Z]))")
_TIME_NOUN = r"(?:day|night|morning|afternoon|evening|week|weekend|month|year)"
# An opening time counted from a moment the line does not tell ("that evening", "the next day").
_RELATIVE_TIME = re.compile(
    r"^(?:(?:later|earlier|early|late)\s+that|that|the\s+(?:next|following|previous|same))\s+" + _TIME_NOUN + r",\s+", re.I)


def setting_edits(text: str) -> Iterator[Edit]:
    """The deletions this module proposes for ``text``: a channel after a verb of saying (an audience that is one:
    "told reporters" -> "said"), an opening relative time."""
    for m in _CHANNEL.finditer(text):
        yield Edit(m.start("cut"), m.end("cut"), "", 0.05, "channel")
    for m in _AUDIENCE.finditer(text):
        yield Edit(m.start(), m.end(), "said" if m.group("verb") == "told" else "says", 0.05, "channel")
    opening = _RELATIVE_TIME.match(text)
    if opening and text[opening.end():opening.end() + 1].isalpha():
        whole = past_asides(text, opening)  # "The following day, January 12, the court ...": the date set off goes too
        yield Edit(0, (whole or opening).end(), "", 0.0, "preamble")
