"""The engine's tunable behaviour (:class:`EngineConfig`): what the CLI and the bot's settings fill."""
from __future__ import annotations

from dataclasses import dataclass

from summarizer.budget import ARTICLE_CUT, ARTICLE_LINES, DAY_RATIO, DIGEST_WORDS, FLOOR, MARGIN, NEWS_BAR
from summarizer.lead import STATE_RATIO, STATE_WINDOW
from summarizer.leadstory import KIND_CUT, STORY_RATIO
from summarizer.longnews import LONG_NEWS_RATIO
from summarizer.weights import BACKDROP_CUT, LEAD_RATIO, LEAD_WINDOW, REACTION_WINDOW


@dataclass
class EngineConfig:
    """Tunable behaviour of the engine (the CLI and settings fill it)."""

    algorithm: str = "lexrank"
    max_items_per_story: int = 10
    digest_words: int = DIGEST_WORDS  # the digest's first lines up to this many words are shown whatever their score
    salience_margin: float = MARGIN  # after them, lines scoring more than this below their story's best are minor
    salience_floor: float = FLOOR  # and so are lines scoring below this (a story's best line always shows)
    news_bar: float = NEWS_BAR  # a digest none of whose lines is this likely news is a quiet day (new lines minor)
    show_ratio: float = 0.0  # a new line less likely news than this share of the day's best is minor (fitted: SHOW_RATIO)
    minor_ratio: float = DAY_RATIO  # after the first digest_words words, a new line below this share of its story's best: minor
    article_lines: int = ARTICLE_LINES  # an article at least article_cut likely no report gives this many lines (0: off)
    article_cut: float = ARTICLE_CUT  # ... its further new lines are minor (summarizer.budget.per_article)
    backdrop_cut: float = BACKDROP_CUT  # a new line this likely background or stale is held back (summarizer.backdrop)
    column_first: bool = True  # a column's, review's or feature's line never leads its story (summarizer.backdrop.hide)
    report_first: bool = False  # an opinion line leads only with no report to lead; demoted, never hidden: off (README)
    lead_window: int = LEAD_WINDOW  # a flawed first line gives way to the first fit one among this many (summarizer.lead)
    lead_ratio: float = LEAD_RATIO  # the lead story's line this many times likelier news than its first leads it (0: off)
    reaction_window: int = REACTION_WINDOW  # a reaction first gives way to a line among this many (1: off; lead.py)
    state_window: int = STATE_WINDOW  # a state first gives way to a likelier event line among this many (1: off; lead.py)
    state_ratio: float = STATE_RATIO  # ... at least this many times as likely news as the state
    story_ratio: float = STORY_RATIO  # ... or another story's event line this likelier news (leadstory.py; < 0: off)
    kind_cut: float = KIND_CUT  # a first line of an article this likely no report gives way to a report's event line
    long_news_ratio: float = LONG_NEWS_RATIO  # a long line this many times likelier news than the kept keeps its place
    pending_days: int = 2  # items held back by a cap are offered again while this recent
    max_candidates: int = 40  # per story: sumy centrality on this many best by the cheap score (LexRank is quadratic)
    line_chars: int = 140
    background_days: int = 60
    min_content_words: int = 5
