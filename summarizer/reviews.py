"""Reviews: is an article a critic's review of a film, play, concert, album, book or show?

A review judges a work: it is dense in evaluative adjectives ("a gripping, overlong, beautifully
acted drama"), names the work's parts (the cast, the staging, the plot, the second act), gives
credits and a running time ("directed by", "starring", "110 mins") or a rating ("★★★★", "4/5"),
and narrates the plot in the present tense. A news story about the same work (a transfer, an
award, a closure) names the work too but judges little and attributes what it tells.
:func:`review_score` reads those shares over an article's opening; :mod:`summarizer.genre` reads it as
the article's review score. General English cues only, no titles or names.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.foldcase import Cue, ascii_lower

RATING = re.compile(r"★|☆|\b[0-5](?:\.5)?\s*/\s*(?:5|10)\b|\b(?:one|two|three|four|five|[1-5])(?: out of (?:five|5))? stars?\b",
                    re.I)
# Credits and running time: "directed by", "starring", "running time", "110 mins", "until 12 March" box-office lines.
_CREDITS = Cue(re.compile(r"\b(?:directed by|starring|written and directed|running time|runtime|\d{2,3} ?mins?\b|"
                          r"box office|tickets? (?:from|cost)|(?:is|are) at the \w+ (?:theatre|theater)|in cinemas)", re.I))
# The parts of a work a critic judges.
_WORK = Cue(re.compile(
    r"\b(?:(?:the|a|this|its|his|her|their|new|latest) (?:film|movie|play|plays|production|staging|revival|musical|opera|"
    r"ballet|album|record|songs?|novel|book|memoir|show|series|episode|script|screenplay|score|soundtrack|plot|cast|"
    r"ensemble|performances?|direction|director|playwright|novelist|author|audiences?|first act|second act|finale|"
    r"characters?|protagonist|narrative|prose|scenes?|set design|action|comedy|drama|thriller|satire|tragedy|sequel)"
    r"|(?:his|her|its|their) (?:portrayal|debut album|new album)|plays (?:the|a|an) (?:\w+ )?(?:role|part|lead|hero|villain)|"
    # Words that name a work's parts whatever the determiner (not "stage", "performance" or "director": a race
    # stage, a company's performance, a director of a firm).
    r"albums?|songs?|songwriting|vocals|lyrics|choruses|melod(?:y|ies)|guitars?|band|bands|gigs?|films?|movies?|novels?|"
    r"screenplay|playwright|novelist|theatre|theater|on stage|onstage|on screen|(?:is|are) set in)\b", re.I))
# A critic's verdict: evaluative adjectives and adverbs of English reviewing (praise and blame alike).
_VERDICT = Cue(re.compile(
    r"\b(?:brilliant(?:ly)?|superb(?:ly)?|dazzling(?:ly)?|gripping|compelling|riveting|mesmeri[sz]ing|masterful|masterpiece|"
    r"witty|hilarious|poignant|stunning|sublime|exhilarating|electrifying|breathtaking|heartbreaking|wonderful|"
    r"fantastic|marvellous|marvelous|terrific|magnificent|glorious|tedious|dull|clumsy|clunky|overlong|lacklustre|"
    r"lackluster|leaden|laboured|labored|pretentious|forgettable|memorable|uneven|engaging|entertaining|delightful|"
    r"charming|thrilling|spectacular|triumph(?:ant)?|tour de force|beautifully|wonderfully|exquisite(?:ly)?|"
    r"vivid(?:ly)?|deft(?:ly)?|ingenious|inventive|bravura|underwhelming|disappointing|persuasive|bold(?:ly)?|epic|"
    r"colou?rful|nuanced|subtle|powerful|gorgeous|elegant|haunting|affecting|playful|ponderous|plodding|sluggish|"
    r"stilted|wooden|turgid|bland|overwrought|self-indulgent|unconvincing|convincing|accomplished|assured|"
    r"excellent|irresistibl[ey]|uplifting|pleasing|catchy|anthemic|soaring|likeable|likable|good-natured|"
    r"(?:is|was) (?:a )?(?:joy|delight|mess|bore|let-down))\b", re.I))
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")  # a verdict inside quotation marks is someone else's, reported
MIN_SENTENCES = 4  # fewer body sentences than this: too little to read as a review


def verdict_share(sentences: Sequence[str]) -> float:
    """0..1: the share of ``sentences`` that judge in the writer's own words (evaluative words outside quotation marks)."""
    if not sentences:
        return 0.0
    own = [_QUOTED.sub(" ", text) for text in sentences]
    return sum(_VERDICT.found(text, ascii_lower(text)) for text in own) / len(sentences)


def review_score(title: str, sentences: Sequence[str]) -> float:
    """0..1: how much an article with ``title`` and opening body ``sentences`` reads as a critic's review.

    A rating weighs 0.5. The work must be named in at least 30 % of the sentences for the rest to
    count: a credits line or running time weighs 0.3, and when at least a fifth of the sentences judge
    (evaluative words outside quotation marks), the verdict share plus half the work share is added. A
    report on a play that names the play in every line but judges nothing in its own voice scores 0."""
    if len(sentences) < MIN_SENTENCES:
        return 0.0
    rating = bool(RATING.search(title)) or any(RATING.search(text) for text in sentences)
    credits = any(_CREDITS.found(text, ascii_lower(text)) for text in sentences)
    lows = [ascii_lower(text) for text in sentences]
    work = sum(_WORK.found(text, low) for text, low in zip(sentences, lows)) / len(sentences)
    verdict = verdict_share(sentences)
    score = 0.5 * rating
    if work >= 0.3:  # credits and verdicts count only in an article about a work ("90 mins" of a match, a "spectacular collapse")
        score += 0.3 * credits + (verdict + 0.5 * work if verdict >= 0.2 else 0.0)
    return min(1.0, score)


# A book review's header run into its first sentence: the title, "by" and the author, then the page count, the
# publisher and the price ("The Long Road by Jo Roe 512pp, Lowmere, £18.99 Caravaggio painted ...", "(320pp, Lowmere,
# £14.99) So many ...", "288 pp. /$19.95 In a recent essay ..."). Prose never puts a price right before a new
# capitalised sentence, so the header ends there.
_BOOK_HEADER = re.compile(
    r"^.{0,300}?\b\d{2,4}\s?pp\b\.?,?\s*/?\s*(?:[^,()/\n]{1,40},\s*)?Â?[£$€#]\s?\d{1,3}(?:\.\d\d)?\)?\s+(?=[A-Z\"“])")


def strip_book_header(line: str) -> str:
    """``line`` without the book-review headers (title, author, pages, publisher, price) that open it."""
    if "pp" not in line:
        return line
    while (m := _BOOK_HEADER.match(line)) and len(line) - m.end() > 20:
        line = line[m.end():]
    return line
