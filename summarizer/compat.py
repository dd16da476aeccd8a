"""Compatibility characters from pages folded to the plain letters they stand for.

Typeset and social pages carry typographic ligatures ("ﬁ", "ﬃ"), full-width Latin letters and
digits, "mathematical" bold or italic letters used as styling, soft hyphens and odd-width spaces.
Read as they are, "ofﬁcials" is not "officials" to the term, fact and repeat tests. Only these are
folded (NFKC, one character at a time); what NFKC would also change and the engine relies on is
left alone: quotation marks and dashes, the ellipsis, the trade mark sign, fractions, superscripts
and ordinal indicators ("½" is not "1⁄2", "km²" is not "km2"), and full-width punctuation, which
ends CJK sentences.
"""
from __future__ import annotations

import re
import unicodedata

# Latin ligatures (U+FB00-FB06), full-width Latin letters and digits, mathematical letters and digits.
_FOLD = re.compile("[\ufb00-\ufb06\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\U0001d400-\U0001d7ff]")
_SPACES = re.compile("[\u2000-\u200a\u202f\u205f]")
_HINT = re.compile("[\u00ad\u2011\ufb00-\ufb06\uff10-\uff5a\u2000-\u200a\u202f\u205f\U0001d400-\U0001d7ff]")


def fold_compat(text: str) -> str:
    """``text`` with ligatures, full-width letters and digits and mathematical letters as plain letters, soft
    hyphens removed, odd-width spaces as spaces and the non-breaking hyphen as "-"; other text unchanged."""
    if not _HINT.search(text):
        return text
    text = _FOLD.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)
    return _SPACES.sub(" ", text.replace("\u00ad", "").replace("\u2011", "-"))
