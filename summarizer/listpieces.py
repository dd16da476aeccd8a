"""Lists inside a sentence: which comma pieces are a list's items rather than an aside or a clause.

A piece after a comma may be the next item of a list ("Shapiro, Baden, Kaplan,"; "including A, B and C,"; "its
policies, politics, and ..."), whose deletion would leave a list cut in two or a clause without its verb. Used by
:mod:`summarizer.segments` and :mod:`summarizer.condense`.
"""
from __future__ import annotations

import re

from summarizer.chunks import has_verb

# The last items of a list, not an appositive: "Mayor Roe's housing charter, the river tunnel and the harbour
# revival, was ..." (two noun phrases with the same determiner; "an old city and the heart of X" is one thing).
LAST_ITEMS = re.compile(r"^(?P<det>the|a|an|his|her|its|their)\s.*\s(?:and|or)\s+(?P=det)\s", re.I)
# Past forms of verbs that take no object, so never a passive participle's aside: ", seemed to agree" is the clause's verb.
NO_PASSIVE = frozenset("seemed appeared happened remained existed occurred belonged arrived emerged tended".split())
# The last items of a list running on after a comma piece: ", tailored suits and headscarves, seemed".
LIST_TAIL = re.compile(r",\s+(?:[\w'’-]+\s){0,4}?(?:and|or)\s+[\w'’-]+(?:\s[\w'’-]+){0,2},\s")
INCLUDING = re.compile(r"\s*(?:including|such as|like|among them|notably)\s", re.I)  # a list's opening piece


def name_list(before: str, toks: list[str]) -> bool:
    """True when a piece of capitalised words follows another such piece after a comma ("Shapiro, Baden, Kaplan,"):
    items of a list of names, not an appositive."""
    pieces = before.split(",")
    item = pieces[-1].split() if len(pieces) >= 2 else []
    return (0 < len(item) <= 3 and all(t[:1].isupper() for t in item) and 0 < len(toks) <= 3
            and all(t[:1].isupper() for t in toks))


def list_item_before(head: str) -> bool:
    """True when ``head`` ends with a list's item before its ", and" or ", or": a short verbless piece after a comma
    ("its policies, politics", "supermarkets, pharmacies"), not a clause ("..., officials said")."""
    item = head.rsplit(",", 1)[1] if "," in head else ""
    return 0 < len(item.split()) <= 4 and not has_verb(item)
