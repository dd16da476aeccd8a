"""Words about the telling of a story, not about its events: what a retelling adds without adding news.

A paraphrase that repeats a known event often wraps it in words about the reporting itself ("Lowmere
papers printed a series of dramatic *revelations* about the audit, in which the mayor was named four
times"; "*details* of the *findings* were made public") or in a judgement of it ("an *astonishing* turn").
Such words are no fact of the event: novelty (:mod:`summarizer.novelty`) leaves them out of the weighted
share of a sentence it compares with what the audience knows, as :data:`summarizer.text.NEWS_STOP` leaves out
reporting verbs. They stay in the sentence's terms everywhere else (finding neighbours, ranking, condensing).
Only generic news-writing vocabulary is listed: nouns for reports and their parts, and evaluative adjectives.
"""
from __future__ import annotations

from summarizer.quotes import unquoted
from summarizer.text import canon, words

# Nouns that name the report, its parts or its sequence rather than an event.
# A noun whose stem is also a common verb's ("findings": "find", "developments": "develop") is left out.
_REPORT_NOUNS = """revelation revelations detail details series latest briefing briefings coverage headline
    headlines""".split()
# Adjectives and adverbs that judge what is told (how striking it is), not what happened.
_EVALUATIVE = """dramatic dramatically astonishing astonishingly shocking stunning startling extraordinary
    remarkable remarkably sensational surprising surprisingly unexpected unexpectedly""".split()
TELLING = frozenset(_REPORT_NOUNS + _EVALUATIVE)  # word forms, not stems: "detailed" and "surprised" are actions


def informative(text: str, terms: dict[str, float]) -> dict[str, float]:
    """``terms`` (of ``text``) without the terms only its words about the telling (:data:`TELLING`) outside
    quotations give: a term another word of ``text`` also gives stays ("details ... were detailed"), and words
    inside a quotation are what someone said ("nothing extraordinary"). ``terms`` itself when nothing is left
    out (the dict may be shared: never modified)."""
    if TELLING.isdisjoint(words(text)):
        return terms
    framing = {canon(w) for w in words(unquoted(text)) if w in TELLING}
    told = framing - {canon(w) for w in words(text) if w not in TELLING}
    return {t: w for t, w in terms.items() if t not in told} if told & terms.keys() else terms

