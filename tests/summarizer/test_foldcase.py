"""Tests for summarizer.foldcase: a case-insensitive cue read fast must find what its pattern finds."""
import re

import pytest

from summarizer.foldcase import Cue, ascii_lower

SAYS = re.compile(r"\b(?:said|says|according to|I think)\b", re.I)


@pytest.mark.parametrize("text", [
    "The minister SAID on Monday", "According To the police, 12 died", "i think so", "He was Saidov's aide",
    "Nothing here", "", "Kim ſaid it", "The İ think tank", "KELVIN said it",
])
def test_found_agrees_with_the_pattern(text: str) -> None:
    assert Cue(SAYS).found(text, ascii_lower(text)) == (SAYS.search(text) is not None)


def test_non_ascii_text_reads_the_pattern_itself() -> None:
    assert ascii_lower("Kim ſaid it") is None
    assert Cue(SAYS).found("Kim ſaid it", None)  # re.IGNORECASE folds the long s to "s"


def test_ascii_text_is_lowercased() -> None:
    assert ascii_lower("Kim SAID") == "kim said"


@pytest.mark.parametrize("pattern", [
    re.compile(r"\bsaid\b"),  # case-sensitive: lowercasing the text would change it
    re.compile(r"\S+said", re.I),  # an uppercase escape changes meaning when lowercased
    re.compile(r"(?P<Who>\w+) said", re.I),  # a group name would change
    re.compile("\u017fays", re.I),  # the long s folds to an ASCII letter
])
def test_unsafe_patterns_are_refused(pattern: re.Pattern[str]) -> None:
    with pytest.raises(ValueError):
        Cue(pattern)


@pytest.mark.parametrize("text", ["We SAID it, According to Kim.", "nothing", "Kim ſaid it, according to ſources", ""])
def test_search_finds_the_span_the_pattern_finds(text: str) -> None:
    want, got = SAYS.search(text), Cue(SAYS).search(text)
    assert (got.span() if got else None) == (want.span() if want else None)


def test_needed_words_spare_the_search_on_ascii_text_only() -> None:
    cue = Cue(SAYS, needs=("said", "says"))  # a promise the caller makes: here an incomplete one, to show its effect
    assert cue.search("Kim SAID so") is not None and cue.search("According to Kim") is None
    assert cue.search("According to Kim, ſo") is not None  # non-ASCII text reads the pattern itself
    with pytest.raises(ValueError):
        Cue(SAYS, needs=("Said",))


@pytest.mark.parametrize("cue_name, lines", [
    ("summarizer.lead._REPORTS_OF", ["The paper published a string of new claims about him.", "It aired a SERIES of leaks.",
                                     "He reported a number of figures.", "A stream of people left."]),
    ("summarizer.lead._SELF", ["Here is what we know so far.", "Scroll down for more.", "In this post we answer it.",
                               "What you need to know.", "We listed the key points.", "The key Things To Watch.",
                               "There is nothing here."]),
    ("summarizer.condense._HAS_FILLER", ["He also said so.", "It was REPORTEDLY sold.", "However, it fell.",
                                        "Nothing to drop.", "The truly odd one."]),
    ("summarizer.captions._YOU", ["You can see it.", "It is YOURS now.", "Nothing for the reader.", "Youth clubs shut."]),
    ("summarizer.placecontext._HAS_FIGURE", ["Some 4,000 were hit.", "Thousands fled.", "Dozens of Houses fell.",
                                            "No figure at all.", "A Hundred died."]),
    ("summarizer.pagemarks._LIVE_SELF", ["Refresh The Page for the latest.", "Keep checking back for more.",
                                         "Welcome to our LIVE coverage.", "We'll bring you more soon.",
                                         "We will keep you posted.", "Read all our latest updates here.",
                                         "This liveblog has ended.", "Stay tuned for more.", "He will stay in town.",
                                         "Our reporters were there.", "Keep calm.", "Live updates: the vote.",
                                         "Live reporting from the square.", "LIVE COVERAGE now.", "Good evening, everyone.",
                                         "Good Afternoon and welcome.", "NB: times are local.", "N.B.: all times GMT.",
                                         "As it happened: the vote.", "See our coverage.", "Four hours later it ended.",
                                         "People live here.", "Good news came.", "They keep rising."]),
    ("summarizer.corrections._NOTICE", ["This has been changed since.", "The following clarification was published.",
                                        "The following apology was printed.", "The original report said he was 40.",
                                        "An earlier version of this article misnamed him.", "This article was amended to add a line.",
                                        "In the story above, we said he was 40.", "We wrongly said he left.",
                                        "As we said in yesterday's article, ...", "Correction appended.",
                                        "The rules changed in May.", "The following day he left.", "The original plan failed.",
                                        "He has been changed by it.", "A band played above the crowd."]),
])
def test_the_words_a_cue_needs_never_hide_a_match(cue_name: str, lines: list[str]) -> None:
    """A module's fast cue finds what its pattern finds, on lines that match and lines that do not."""
    import importlib

    module, name = cue_name.rsplit(".", 1)
    cue = getattr(importlib.import_module(module), name)
    found = [cue.pattern.search(line) is not None for line in lines]
    assert [cue.found(line, ascii_lower(line)) for line in lines] == found
    assert any(found) and not all(found)


@pytest.mark.parametrize("text", [
    "Updated 10:32 AM EST. Posted at 09:15 am, then UPDATED: Friday, June 26, 2009 10:02 AM", "no stamp here",
    "Posted 5:30 p.m. ET on ſunday 10:30 am", "", "At 08:47 am on 12 June 2009, reader wrote:",
])
def test_spans_are_the_spans_the_pattern_iterates(text: str) -> None:
    from summarizer.stamps import _STAMP, _STAMPS

    assert _STAMPS.spans(text) == [m.span() for m in _STAMP.finditer(text)]
    cue = Cue(SAYS, needs=("said", "says"))
    assert cue.spans("Kim SAID it, he says") == [(4, 8), (16, 20)] and cue.spans("According to Kim") == []


@pytest.mark.parametrize("text, lowered", [
    ("The minister SAID – “we stay”", "the minister said – “we stay”"),  # dashes and curly quotes are caseless
    ("Kim ſaid it", None),  # the long s folds to "s": the pattern itself reads it
    ("KELVIN said it", None),  # so does the Kelvin sign
    ("Élysée said", None),  # a cased letter outside ASCII
    ("plain ASCII", None),  # ASCII text is ascii_lower's
])
def test_caseless_lower(text: str, lowered: str | None) -> None:
    from summarizer.foldcase import caseless_lower

    assert caseless_lower(text) == lowered


@pytest.mark.parametrize("text", ["“We SAID it,” According to Kim – 2 €", "— I THINK so …", "Élysée SAID it", "Kim ſaid – it"])
def test_non_ascii_text_finds_what_the_pattern_finds(text: str) -> None:
    cue = Cue(SAYS, needs=("said", "says"))  # an incomplete promise: it holds on ASCII text alone
    want, got = SAYS.search(text), cue.search(text)
    assert (got.span() if got else None) == (want.span() if want else None)
    assert cue.spans(text) == [m.span() for m in SAYS.finditer(text)]
    assert cue.found(text, None) == (want is not None)
