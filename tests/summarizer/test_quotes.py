"""Quotation spans and protected facts (summarizer.quotes)."""
import re

from summarizer.condense import condense
from summarizer.quotes import balance_quotes, close_curly, occurrences, protected_spans, unquoted


def test_occurrences_are_what_an_escaped_pattern_finds() -> None:
    text = "The toll (3.5%) rose to 3.5% from 3.5%; 3.5%3.5% twice, aaa then aaaa."
    for needle in ["3.5%", "(3.5%)", "aa", "a", "toll", "missing", "3.5%3.5%"]:
        expected = [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]
        assert occurrences(needle, text) == expected, needle
    assert occurrences("aa", "aaaa") == [(0, 2), (2, 4)]  # not overlapping
    assert occurrences("", "abc") == []


def test_protected_spans_hold_quotations_and_every_fact() -> None:
    text = 'Officials said 12 people died, "most of them 12 or younger", and 12 more are missing.'
    spans = protected_spans(text, ["12", ""])
    quote = text.index('"')
    assert (quote, text.index('",') + 1) in spans
    assert [s for s in spans if text[s[0]:s[1]] == "12"] == [(m.start(), m.end()) for m in re.finditer("12", text)]


def test_a_mark_left_at_the_end_of_a_line_is_not_an_empty_quotation() -> None:
    # crawled pages break a quotation's lines after its opening mark: the mark belongs to the next line
    assert balance_quotes('one reader wrote on the forum page. "') == "one reader wrote on the forum page."
    assert "“”" not in balance_quotes('The council said it would meet. " ')


def test_a_closing_mark_before_an_agency_with_lower_case_words_opens_the_line_inside_a_quotation() -> None:
    line = 'The mayor has caused great harm, " the city news agency said.'
    assert balance_quotes(line) == "“The mayor has caused great harm,” the city news agency said."
    line = 'The mayor has caused great harm, " Metro news agency said.'
    assert balance_quotes(line) == "“The mayor has caused great harm,” Metro news agency said."
    # an opening mark after a clause is still an opening mark
    assert balance_quotes('He said: " We will go. "') == "He said: “We will go.”"


def test_a_closing_mark_before_a_lower_case_subject_and_its_verb_keeps_the_attribution_outside() -> None:
    # the quotation opened in the sentence before: 'one clerk said' is who said it, not quoted words
    line = 'By noon we had people queuing round the block for sandbags, " one shop clerk said.'
    assert balance_quotes(line) == "“By noon we had people queuing round the block for sandbags,” one shop clerk said."
    line = 'The bridge will reopen in a week, " chief engineer Mara Voss said at a briefing.'
    assert balance_quotes(line).startswith("“The bridge will reopen in a week,” chief engineer Mara Voss said")
    assert balance_quotes('Stocks ran out, " health officials said.') == "“Stocks ran out,” health officials said."
    # the quoted words stay whole and in order
    assert unquoted(line).split() == ["chief", "engineer", "Mara", "Voss", "said", "at", "a", "briefing."]


def test_a_mark_after_a_reporting_verb_and_its_comma_opens_the_quotation() -> None:
    line = 'The mayor said, " police told us to leave the square.'
    assert balance_quotes(line) == "The mayor said, “police told us to leave the square”."


def test_a_mark_opening_a_line_that_a_quotation_closes_is_dropped() -> None:
    # '" Marta posted ... " rumour ".': the quotation at the end is closed, so the first mark closed one begun earlier
    line = '" Marta posted about the meeting and was told by party members that it was " rumour ".'
    assert balance_quotes(line) == "Marta posted about the meeting and was told by party members that it was “rumour”."
    # a quotation that runs on keeps its opening mark
    assert balance_quotes('" We won, " he said, " and we will win again.') == "“We won,” he said, “and we will win again”."


def test_a_mark_followed_by_a_comma_closes_a_quotation_begun_earlier() -> None:
    line = 'the song of the river town ", which does not match her bold style.'
    assert balance_quotes(line) == "“the song of the river town”, which does not match her bold style."
    assert "river" not in unquoted(line) and "bold style" in unquoted(line)


def test_a_curly_quotation_running_on_is_closed_and_one_begun_before_is_opened() -> None:
    """A multi-sentence quotation leaves its sentences with one curly mark: the line gets the other."""
    assert balance_quotes("Jo Roe said: “The panel has concluded that the man is detained.") == (
        "Jo Roe said: “The panel has concluded that the man is detained.”")
    assert balance_quotes("We want a deal now,” Kim said on Monday.") == "“We want a deal now,” Kim said on Monday."
    for same in ("She said “yes” and left.", "No quotation here."):
        assert balance_quotes(same) == same
    assert balance_quotes("Allies chanted: “Olá, Dilma.â€.") == "Allies chanted: “Olá, Dilma.”"


def test_a_quotation_begun_before_and_a_mark_of_the_next_one_are_paired_right() -> None:
    """'Will he be missed? " asked Jo Roe in the paper. "' is the end of a quotation and its attribution, and the
    last mark opens the next sentence's quotation."""
    assert balance_quotes('Will he be missed? " asked Jo Roe in the paper. "') == "“Will he be missed?” asked Jo Roe in the paper."


def test_a_mark_before_who_said_it_closes_a_quotation_begun_earlier() -> None:
    """'..., " said Jo Roe' closes a quotation the sentence before opened, also after a clause ending on "says,",
    after a role and a name ('the harbour spokesman Jo Roe told') and after "continued", "replied", "commented"."""
    assert balance_quotes('The port listens to what the city says, " said Jo Roe, a harbour analyst.') == (
        "“The port listens to what the city says,” said Jo Roe, a harbour analyst.")
    assert balance_quotes('Two ferries were used in the rescue, " harbour spokesman Jo Roe told reporters.') == (
        "“Two ferries were used in the rescue,” harbour spokesman Jo Roe told reporters.")
    for verb in ("continued", "replied", "commented"):
        assert balance_quotes(f'The ferry will sail again in May, " she {verb}.') == (
            f"“The ferry will sail again in May,” she {verb}.")
    assert balance_quotes('The mayor said, " boats were told nothing.') == "The mayor said, “boats were told nothing”."


def test_bracket_pairs_and_a_span_crossing_one() -> None:
    """Round and square brackets pair up nested; a stray closer pairs with nothing; a span holding one bracket of a
    pair crosses it, a span holding both or neither does not."""
    from summarizer.quotes import bracket_pairs, crossing

    text = "a (b [c] d) e) (f"
    pairs = bracket_pairs(text)
    assert sorted(pairs) == [(2, 10), (5, 7)]
    assert crossing(0, 4, pairs)  # "a (b" takes the opener only
    assert not crossing(2, 11, pairs)  # the whole "(b [c] d)"
    assert not crossing(11, 17, pairs)  # " e) (f": unpaired brackets only
    assert crossing(6, 12, pairs)  # "c] d) " takes two closers whose openers stay


def test_a_question_or_exclamation_running_to_the_line_end_stays_inside_its_quotation() -> None:
    """A quotation running on to the line's end closes after its own "?" or "!" ('“Who paid?”'), and before a full
    stop, as the house does for every closing quotation ('“We will go”.')."""
    assert balance_quotes('The mayor asked: " Who paid for the new pier?') == "The mayor asked: “Who paid for the new pier?”"
    assert balance_quotes('The crowd shouted: " Open the gates!') == "The crowd shouted: “Open the gates!”"
    assert balance_quotes('The mayor said: " We will rebuild the pier.') == "The mayor said: “We will rebuild the pier”."


def test_a_closing_mark_spaced_off_its_comma_is_joined_to_it() -> None:
    """A repaired page leaves 'pier, ” she said': the closing mark belongs to the comma, so a line that drops the
    speaker never ends on a stray ', ”'."""
    assert close_curly("“We will rebuild the pier, ” the mayor said.") == "“We will rebuild the pier,” the mayor said."
    assert close_curly("A “short-lived ” panel met.") == "A “short-lived ” panel met."  # no mark before it: left
    assert condense("The delay is a “deliberate attempt to wear us down over many months, ” Ann Roe said.").endswith(
        "months”.")
