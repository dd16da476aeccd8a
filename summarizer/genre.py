"""Article genre: is a whole article a news report, or an explainer, profile, opinion or analysis piece?

A sentence alone often cannot tell: "Such passports do not confer immunity" is background in
an explainer and context in a report. The article it comes from can: explainers, profiles and
analysis pieces are dense in background sentences (earlier years, history, definitions, general
truths), opinion pieces in modal, evaluative and first-person cues, and both often ask
questions in the title or body; reports attribute what they tell ("police said"). :func:`genre` reads those shares over an article's body
sentences (the same shallow cues :mod:`summarizer.anchor` and :mod:`summarizer.event` read per
sentence) and returns :class:`Genre` features that the ranker weighs per candidate, like every
other feature (fitted, see :mod:`summarizer.weights`). No word lists aimed at any corpus.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.anchor import anchor
from summarizer.event import ATTRIBUTION, event_cues
from summarizer.lexicon import MONTH_NAMES
from summarizer.models import Article
from summarizer.profiles import profile_share
from summarizer.reviews import RATING, review_score
from summarizer.sections import url_section
from summarizer.sentences import article_sentences, is_heading

# The writer's own voice: first or second person (read outside quotation marks, QUOTED).
VOICE = re.compile(r"\b(?:I|I'm|I've|I'd|[Mm]e|[Mm]y|[Ww]e|[Ww]e're|[Ww]e've|us|[Oo]ur|[Yy]ou|[Yy]ou're|[Yy]ou've|[Yy]our)\b")
QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def unquoted(text: str) -> str:
    """``text`` without its quotations, also one that runs on from the sentence before or into the next.

    After the paired marks, a mark left alone closes a quotation opened earlier (drop what precedes it) or
    opens one that ends later (drop what follows it): 'He said: "We will act.' keeps 'He said: '."""
    text = QUOTED.sub(" ", text)
    mark = re.search(r"[“”\"]", text)
    if mark is None:
        return text
    before = text[: mark.start()].rstrip()
    closing = mark.group() == "”" or (mark.group() == '"' and before[-1:] in (",", ".", "!", "?", ";"))
    return text[mark.end():] if closing else text[: mark.start()]


# A review or profile score this high marks the article as one (below it, a report naming a play or a parent in
# passing): its report score is scaled down by that score and its column score raised by it.
KIND_CUT = 0.4
_SECTION_FLOOR = 0.5  # the review, profile or voice score of a page filed under such a section (at least)
MIN_SENTENCES = 3  # fewer body sentences than this: too little to judge, neutral features
_OPENING = 12  # shares are read over the opening of the article (a report's tail drifts to context)
# A profile is read over a longer opening: a feature often opens with a scene or a joke before the life it tells.
# On entities articles (/tmp/mix.jsonl, 2,500 articles outside the slice tuned on) 30 sentences raised one article
# past KIND_CUT, a profile of a record producer.
_LIFE_OPENING = 30


@dataclass(frozen=True)
class Genre:
    """Shares (0..1) of an article's opening body sentences carrying each kind of cue."""

    background: float  # read as background: earlier years, history, profile, explainer
    opinion: float  # modal, hedge, evaluative, first-person or question cues
    event: float  # the mean event prior (actor + action + figure or place)
    attribution: float  # share attributing what they tell to a source (a report's mark)
    question_title: bool  # the title asks a question
    voice: float = 0.0  # share in the writer's first or second person ("I", "we", "you", outside quotation marks)
    rating: bool = False  # a star or score rating ("★★★★", "4/5", "three stars"): a review
    review: float = 0.0  # 0..1: reads as a critic's review of a work (summarizer.reviews)
    profile: float = 0.0  # 0..1: reads as a profile or life story (summarizer.profiles)
    letter: bool = False  # answers an earlier article it cites by title and date: a letter to the editor (:data:`CITED`)

    @property
    def kind(self) -> float:
        """0..1: the review or profile score when it reaches KIND_CUT (the article is a review or a life story), 1 for a
        letter, else 0."""
        score = max(self.review, self.profile, float(self.letter))
        return score if score >= KIND_CUT else 0.0

    @property
    def report(self) -> float:
        """0..1: how much the opening reads as a news report: the mean event prior and the attributed share, averaged,
        scaled down by the review or profile score (:attr:`kind`).

        Reports narrate events and say who tells them; explainers, columns, features and essays
        (general truths, argument, scene and colour) do neither, whatever their words. A review or a
        profile narrates too (a plot, a life), but what it narrates is a work or a past."""
        return (self.event + self.attribution) / 2 * (1.0 - self.kind)

    @property
    def commentary(self) -> float:
        """0..1: opinion share, raised when the title asks a question (an analysis or opinion headline)."""
        return min(1.0, self.opinion + 0.3 * self.question_title)

    @property
    def column(self) -> float:
        """0..1: how much the article reads as a column, review, profile or blog post: its commentary share, raised by
        the writer's own voice (a reporter seldom writes "I" or "you" outside quotations), by a rating and by
        the review or profile score (:attr:`kind`)."""
        return min(1.0, self.commentary + self.voice + max(0.5 * self.rating, self.kind))


_MONTH = f"(?:{MONTH_NAMES})"
# An earlier article cited by its title (or page) and day in brackets: "(Report, 24 December)", "(Letters, January 29)",
# "(Greed is the creed, 13 January)". Letters pages answer articles this way; a report cites its sources by name.
CITED = re.compile(rf"\([A-Z][^()]{{0,60}}?, (?:\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}})(?: \d{{4}})?\)")


_OPENS = re.compile(r"[“\"]\s*[A-Z]")  # an opening mark before a capital ('He wrote: " I hereby ...')
_CLOSES = re.compile(r"(?:^|[.,!?])\s?[”\"]\s*(?:$|[a-z,]|[A-Z][\w.'’-]*\s+(?:said|says|wrote|writes|added)\b)")  # '... Steve. "'
_RUN = 12  # sentences a quotation over paragraphs may run


def quoted_run(texts: list[str]) -> list[bool]:
    """For each sentence, whether it lies inside a quotation over several sentences: one left open by an opening
    mark before a capital and closed, at most :data:`_RUN` sentences on, by a mark after a full stop or comma."""
    out = [False] * len(texts)
    i = 0
    while i < len(texts):
        odd = (texts[i].count('"') % 2 == 1) or texts[i].count("“") > texts[i].count("”")
        end = None
        for j in range(i + 1, min(len(texts), i + _RUN + 1)) if odd and _OPENS.search(texts[i]) else ():
            if texts[j].count('"') % 2 == 1 or texts[j].count("”") > texts[j].count("“"):
                if _CLOSES.search(texts[j]):
                    end = j
                    break
                if not _OPENS.match(texts[j].lstrip()):
                    break  # a mark neither closing the quotation nor opening its next paragraph ('" I believe ...')
        if end is not None:
            out[i + 1:end + 1] = [True] * (end - i)
            i = end
        i += 1
    return out


@lru_cache(maxsize=4096)
def genre(article: Article) -> Genre:
    """The genre features of ``article`` (cached per article)."""
    full = [s.text for s in article_sentences(article) if not s.is_title and not is_heading(s.text)]
    body = full[:_OPENING]
    question = article.title.strip().endswith("?")
    if len(body) < MIN_SENTENCES:
        return Genre(0.0, 0.0, 0.5, 0.5, question)
    rating = bool(RATING.search(article.title) or any(RATING.search(text) for text in body))
    background = opinion = event = attribution = voice = 0.0
    for text, inside in zip(body, quoted_run(full[:_OPENING + _RUN])):  # a letter quoted over paragraphs: not the writer's voice
        background += anchor(text, article.published).background >= 0.5
        cues = event_cues(text)
        opinion += cues.opinion >= 0.4
        event += cues.event
        attribution += bool(ATTRIBUTION.search(text))
        voice += not inside and bool(VOICE.search(unquoted(text)))
    n = len(body)
    # The address's section (summarizer.sections) sets a floor under the score its words earn: a review or
    # an obituary reads as one, an opinion section's page as a column (as if written in the writer's voice).
    section = url_section(article.url)
    review, profile = review_score(article.title, body), profile_share(full[:_LIFE_OPENING])
    review = max(review, _SECTION_FLOOR) if section == "review" else review
    profile = max(profile, _SECTION_FLOOR) if section == "profile" else profile
    voice = max(voice / n, _SECTION_FLOOR) if section == "opinion" else voice / n
    letter = any(CITED.search(text) for text in body)
    return Genre(background / n, opinion / n, event / n, attribution / n, question, voice, rating, review, profile, letter)
