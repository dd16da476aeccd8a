"""A sentence that opens with a capitalised preposition or subordinator, run into the headline before it.

A headline, subhead or caption flattened into the text keeps no stop before the lead, but when the lead opens
with a preposition or a subordinator ("After a deadly outbreak, ...", "Up to 70 people ...", "As the crisis
grows, ..."), its capital is the only mark of the seam: mid-sentence English writes these words in lower case.
:func:`function_start` cuts there when the word before is a lower-case content word (no function word: "the aim
of In Competition Tests" is a name) and the word after is in lower case or a number (a title of a work goes on
in title case), with no quotation open on the left.
"""
from __future__ import annotations

from summarizer import gluewords as W

# Prepositions and subordinators that open a sentence (adverbial) and stand in lower case inside one.
OPENING_WORDS = frozenset("""after up as amid despite with in on at for by over under into from following before during
    since while when although though because if""".split())
_QUOTES = frozenset("\"“”")


def function_start(tokens: list[str], i: int) -> bool:
    """``tokens[i]`` is a capitalised preposition or subordinator that opens a sentence glued to the words before
    it ("... triggers pandemic fears Up to 70 dead ...", see the module)."""
    word, before = tokens[i], tokens[i - 1]
    if i < 2 or i + 1 >= len(tokens) or not (word[:1].isupper() and word[1:].islower()) or word.lower() not in OPENING_WORDS:
        return False
    if not (before.isalpha() and before.islower() and before not in W.FUNCTION):
        return False
    after = tokens[i + 1]
    if not (after[:1].islower() or after[:1].isdigit()):
        return False
    return not any(c in _QUOTES for t in tokens[:i] for c in t)
