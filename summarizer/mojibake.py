"""Mojibake repair: UTF-8 text read as cp1252 ("â€™" for "’", "Ã©" for "é"), with ftfy.

Tokenised text adds a second defect: a tokeniser that splits at symbols puts spaces inside
the garbled pair and after it ("JosÃ © Serra", "SÃ © rgio", "clichÃ © s", "itâ€ ™ s"). Read as is, ftfy
takes "Ã " for a garbled "à" and leaves "clichà © s". The pair is rejoined first; the word
fragment after it is rejoined when it cannot be a word of its own here (a lower-case piece
that is no function word and that the text never uses as a word elsewhere).
"""
from __future__ import annotations

import re

import ftfy

from summarizer import gluewords as W

# Characters that only appear in UTF-8 text decoded as Latin-1/cp1252 (mojibake), for a cheap pre-check.
_HINT = re.compile("[ÂÃâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]")
# The second byte of a two-byte UTF-8 letter as cp1252 shows it (0x80-0xBF).
_TRAIL = "\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122"
# A garbled letter that a tokeniser split ("SÃ © rgio", "JosÃ © Serra"): the lead byte, a space, the trail byte,
# and the token after it.
_SPLIT_LETTER = re.compile(f"([ÃÂ]) ([{_TRAIL}])(?: ([^\\s]+))?")
# A garbled punctuation mark that a tokeniser split in two ("â€ ™" for "’", "â€ “" for "–", "â€ ¦" for "…",
# "â€ �" for "”" whose last byte was lost), and a garbled bullet.
# A line break splits it too ("â€\n™ t", "â€\n�"), then only with the last byte of a quote mark, dash or ellipsis
# (not "£" or "¡" opening the next line).
_SPLIT_MARK = re.compile(f"([âÂ]€)(?: ([{_TRAIL}\ufffd])|\n([™\ufffdœ˜“”¦]))")
# An apostrophe the tokeniser set apart from its word ("it’ s", "We ’ ll"), once the mark is repaired.
_SPLIT_APOSTROPHE = re.compile(r"(?<=[A-Za-z]) ?’[ \n](s|t|ll|re|ve|d|m)\b")  # a line break too: "Brazil’\ns rightwing"
# A garbled right double quote whose last byte (0x9D, which cp1252 leaves undefined) was lost with no trace: "â€"
# before anything but a trail byte ("She has to go.â€"); the other marks that lose that byte are rare spaces and joiners.
_LOST_QUOTE = re.compile(f"â€(?![{_TRAIL}\x9d])")
_GARBLED_BULLET = re.compile(r"(?:Â|Ã)?(?:â€¢|€¢)")
_FRAGMENT = re.compile(f"[a-z][a-zÃÂ{_TRAIL}]*")  # a lower-case piece, which may hold another garbled letter
_WORD = re.compile(r"(?<![^\s\"'“‘(])[a-z]+(?=[\s.,;:!?\"'”’)]|$)")


def _rejoin_split_letters(text: str) -> str:
    """``text`` with each tokeniser-split garbled letter rejoined, and the word fragment after it."""
    words = set(_WORD.findall(_SPLIT_LETTER.sub(" ", text)))  # the text's own words, fragments aside

    def join(m: re.Match[str]) -> str:
        after = m.group(3)
        if after is None:
            return m.group(1) + m.group(2)
        core = after.rstrip(".,;:!?)\"'”’")
        glued = bool(_FRAGMENT.fullmatch(core)) and core not in W.FUNCTION and core not in words
        return m.group(1) + m.group(2) + ("" if glued else " ") + after

    return _SPLIT_LETTER.sub(join, text)


def _join_mark(m: re.Match[str]) -> str:
    """A split garbled mark rejoined ("\ufffd", the lost last byte of "”", read as the byte it was)."""
    last = m.group(2) or m.group(3)
    return m.group(1) + ("\x9d" if last == "\ufffd" else last)


def fix_mojibake(text: str) -> str:
    """``text`` with UTF-8-read-as-cp1252 mojibake repaired ("â€™" -> "’", "SÃ © rgio" -> "Sérgio");
    other text unchanged."""
    if not _HINT.search(text) and "€" not in text and "Ã " not in text and "Â " not in text:
        return text
    if "Ã " in text or "Â " in text:
        text = _rejoin_split_letters(text)
    split_mark = "€ " in text or "€\n" in text
    if split_mark:
        text = _SPLIT_MARK.sub(_join_mark, text)
    text = _LOST_QUOTE.sub("”", text) if "â€" in text else text  # before ftfy, which reads "â€ " as a dagger
    text = str(ftfy.fix_text(_GARBLED_BULLET.sub("•", text), uncurl_quotes=False, normalization="NFC"))
    return _SPLIT_APOSTROPHE.sub(r"’\1", text) if split_mark else text
