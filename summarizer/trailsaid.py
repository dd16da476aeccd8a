"""A trailing attribution and the clause it closes: "The toll rose to 31, an unnamed source told AP." tells "The toll
rose to 31." by whoever told it. The tail after the verb names where, when or to whom ("on Tuesday", "in a statement",
"the UN refugee agency UNHCR"), never a clause: in "On Friday, Harwood Bank said it would pay $3bn" or "Harwood Pharma,
which makes a rival drug, said there was no sign of resistance" the saying is the main clause, not its attribution.
"""
from __future__ import annotations

import re

__all__ = ["without_trailing_said"]

_TOLD_BY = re.compile(r",\s+[^,“”\"]{0,60}\b(?:told|said|says|according to)\b(?![^,;“”\"]*\b(?:it|he|she|they|we|i|you|"
                      r"that|there|would|will|could|can|may|might|had|has|have|was|were|is|are|did)\b)[^,;“”\"]{0,80}$",
                      re.I)


def without_trailing_said(text: str) -> str:
    """``text`` without its trailing attribution, ended by a full stop; unchanged when it has none."""
    return _TOLD_BY.sub(".", text)
