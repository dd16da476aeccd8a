"""Comma pieces (summarizer.segments): a list's last items are no appositive; an aside before the verb goes."""
from __future__ import annotations

from summarizer.compress import edits
from summarizer.condense import condense


def _cuts(text: str) -> list[str]:
    return [text[e.start:e.end] for e in edits(text)]


def test_the_last_items_of_a_list_are_not_an_appositive() -> None:
    s = ("The vote may close a period of city politics that grew out of the Harbour Plan, the dock strike and the "
         "housing crisis, was shaped by Mayor Olsen, and ended with the bankruptcy of the port authority.")
    assert ", the dock strike and the housing crisis," not in _cuts(s)
    line = condense(s, set(), goal=40)
    assert "Harbour Plan, the dock strike" in line or "Harbour Plan" not in line


def test_an_appositive_with_a_compound_role_still_goes() -> None:
    s = "Lena Moss, the party chair and former mayor, said the council would meet again in the spring."
    assert ", the party chair and former mayor," in _cuts(s)


def test_a_prepositional_aside_before_the_verb_goes_though_an_and_follows() -> None:
    s = ("Inspector Paul Grey, of Westfield police, said that a review had found no grounds for charges and the "
         "file had been passed to the safety regulator.")
    assert ", of Westfield police," in _cuts(s)
    assert condense(s, set(), goal=60).startswith("Inspector Paul Grey says a review had found")


def test_a_list_of_names_is_still_no_aside() -> None:
    s = "The fund sold its stakes in Norvale, Kestrel Mining and Brightwater, to the surprise of analysts."
    assert ", Kestrel Mining and Brightwater," not in _cuts(s)


def test_then_before_a_subject_is_no_appositive() -> None:
    s = ("If the club sells the stadium it wants to, then the two remaining partners, led by Arno Bank, can expect "
         "to share between $40m and $60m from the deal.")
    assert ", then the two remaining partners," not in _cuts(s)


def test_a_then_appositive_after_a_name_still_goes() -> None:
    s = "Dana Kerr, then the head of the regional office, approved the 12 contracts before the audit began."
    assert ", then the head of the regional office," in _cuts(s)


def test_a_name_after_a_role_is_the_actor_even_with_a_title_before_it() -> None:
    s = "The court appointee, US lawyer Ann Ray, said the firm sold its carbon credits to an offshore entity in 2001."
    assert ", US lawyer Ann Ray," not in _cuts(s)
    assert "Ann Ray" in condense(s, set(), goal=50)


def test_an_aside_that_opens_with_once_or_itself_after_a_name_is_an_appositive() -> None:
    from summarizer.quotes import quote_spans
    from summarizer.segments import commas, segment_edit
    s = "Corvex Holdings, itself under scrutiny for late filings, said the audit had been routine."
    c = commas(s, quote_spans(s))
    end = len(s.rstrip("."))
    e = segment_edit(s, c[0], c[1], end, s[:c[0]])
    assert e is not None and e.rule == "appositive" and s[e.start:e.end] == ", itself under scrutiny for late filings,"


def test_a_trailing_participle_goes_with_the_verbless_pieces_after_it() -> None:
    s = ("Two loaded grain barges capsized in the shallow estuary of the Holm river, blocking the channel, including "
         "the ferry lane.")
    assert condense(s, goal=60).startswith("Two loaded grain barges capsized") and "blocking" not in condense(s, goal=60)
    s = ("The town council raised the levy on parking in the old quarter, thereby funding the new tram line, the first "
         "in the region.")
    assert condense(s, goal=60) == "The town council raised the levy on parking in the old quarter."
    s = "The river rose overnight, flooding the lower town, and the mayor ordered the market square cleared."
    assert not any(e.rule == "participial" and s[e.end:].strip() == "" and e.start == s.index(", flooding")
                   for e in edits(s))  # a clause with its own verb follows: not a chain of verbless pieces
    s = "The regime handed the mines to a foreign-owned, export-minded, tax-shy consortium based in the capital city."
    assert not any(e.rule == "participial" for e in edits(s))  # hyphenated adjectives, not a participle
    s = "Her week at the consulate was dull: Filing forms, running a small canteen, event planning for the guests."
    assert not any(e.rule == "participial" for e in edits(s))  # a list of gerunds, not a participle after a clause


def test_after_a_participial_aside_of_the_subject_the_ed_word_is_the_verb() -> None:
    s = "The talks, held behind closed doors at a hotel outside the town, ended without agreement late on Thursday."
    assert ", ended without agreement late on Thursday" not in _cuts(s)
    line = condense(s, set(), goal=40)
    assert "ended without agreement" in line


def test_an_aside_led_by_an_irregular_participle_goes_before_the_verb() -> None:
    s = "The old mill, built by a weaver in the last century, collapsed under the weight of the snow."
    assert ", built by a weaver in the last century," in _cuts(s)
    assert condense(s, set(), goal=40) == "The old mill collapsed under the weight of the snow."
    # after a verb it is the object's aside, whose clause goes on: it stays
    assert ", held through a trust," not in _cuts("The family sold its stake, held through a trust, to a rival.")


def test_a_caption_aside_is_not_read_as_a_participial_aside() -> None:
    s = "The coach, shown here in May, left the club after a row with the board over the budget."
    assert ", shown here in May," not in _cuts(s)


def test_a_hyphenated_adjective_is_no_participle() -> None:
    """"described him as modest, hard-working and level-headed": the list of adjectives stays whole."""
    assert condense("In a party magazine she described the new leader as modest, hard-working and level-headed.") == (
        "In a party magazine she described the new leader as modest, hard-working and level-headed.")


def test_a_relative_clause_followed_by_an_adverb_phrase_goes_with_it() -> None:
    s = ("A visitor might find it easy to admire the old mayor, who was more patient than most of his rivals and whose "
         "aim seemed to be helping the town's families, especially those from the poorer streets.")
    line = condense(s, goal=60)
    assert "mayor those" not in line and "mayor especially" not in line, line


def test_a_name_apposed_to_an_opening_description_stays() -> None:
    """"The deputy head of the Water Board, Marta Lind, is": the name is who the line is about."""
    s = ("The deputy head of the Regional Water Board, Marta Lind, is preparing to announce a plan to cut the price of "
         "tap water for farmers next spring.")
    assert ", Marta Lind," not in [s[e.start:e.end] for e in edits(s)]


def test_a_comma_piece_never_runs_past_a_semicolon() -> None:
    """"building, driven by X; farming, helped by Y; and fishing": a list's items stay whole."""
    s = ("The shortage is acute in three trades: building, boosted by a programme of new housing linked to the games in "
         "2030; farming, encouraged by high prices; and fishing.")
    assert not any(";" in s[e.start:e.end] for e in edits(s))


def test_a_verbless_relative_piece_is_not_a_whole_clause() -> None:
    """"Ada Lund, whose glossy, overpriced reports ... helped": no "Ada Lund overpriced reports ... helped" line."""
    line = condense("Instead the town hired experts like Ada Lund, whose glossy, overpriced reports on the harbour helped "
                    "sink the plan.")
    assert "Lund overpriced" not in line and "helped sink the plan" in line


def test_a_verb_of_saying_after_the_subject_asides_is_the_main_verb_not_a_participle() -> None:
    """"Ola Berg, mayor of Lowmere, where the ferry is based, added that ...": no verbless "Ola Berg, mayor of
    Lowmere, where the ferry is based." line."""
    from summarizer.text import canon, words

    s = "Ola Berg, mayor of Lowmere, where the ferry is based, added that two of the crew and a passenger were injured."
    keep = {canon(w) for w in words("Ola Berg mayor Lowmere ferry based crew passenger")}
    assert ", added two of the crew and a passenger were injured" not in [s[e.start:e.end] for e in edits(s.replace(
        "added that", "added"))]
    assert "added" in condense(s, keep, target=140, hard=200)


def test_a_piece_ending_on_a_relative_pronoun_is_no_appositive() -> None:
    """"the title, Tide Runner, a sailing game which, according to X, the team made in two weeks": the relative clause
    runs on past the comma after "which", so ", a sailing game which," is no aside to cut."""
    text = ("The harbour museum has also announced its own home-made ferry game, Tide Runner, a sailing game which, "
            "according to Jo Roe, the team knocked up in two weeks.")
    assert ", a sailing game which," not in _cuts(text)
    assert "Tide Runner according to" not in condense(text)


def test_a_name_apposed_to_a_clauses_subject_keeps_its_closing_comma() -> None:
    """"comes as a veteran harbour master, Jo Roe, who ..., questioned X": deleting the relative clause keeps the comma
    closing the apposition ("..., Jo Roe questioned X" read as a name run into its verb)."""
    text = ("The ferry company's trip to the island comes as a veteran harbour master, Jo Roe, who sits on the port "
            "board, yesterday questioned its safety record.")
    assert "a veteran harbour master, Jo Roe, questioned its safety record" in condense(text)


def test_a_trailing_verb_of_a_series_of_verbs_is_no_participle() -> None:
    """"have closed ports, stranded 55 ferries, wiped out X and brought Y": ", wiped out ..." is the series' third verb,
    not a participle's aside to cut (which left the series without its "and")."""
    text = ("Heavy storms, ice and winds have closed ports, stranded at least 55 ferries, wiped out piers and quays and "
            "brought much of the island's shipping to a standstill.")
    assert condense(text).endswith("to a standstill.")


def test_a_stray_comma_inside_a_relative_clause_keeps_it_whole() -> None:
    """"in Varna, where Ostrov, is attending the summit": the piece "where Ostrov" has no verb (its verb comes after
    a stray comma), so cutting it would leave "in Varna is attending the summit"."""
    text = ("An aide said the minister was calm ahead of the ruling, which is expected either in Sofia or in Varna, "
            "where Ostrov, is attending a conference on fisheries.")
    assert not [e for e in edits(text) if e.rule == "relative" and "Ostrov" in text[e.start:e.end]]
    line = condense(text, {"varna", "sofia", "ostrov", "fisheri"}, target=200, hard=240)
    assert "Varna is attending" not in line
    # a whole relative clause between commas still goes, and so does one whose date an earlier cut took
    assert [e for e in edits("The talks, which began in Varna, ended without a deal.") if e.rule == "relative"]
    assert [e for e in edits("Three riders may race in the tour, which starts, without a team car.") if e.rule == "relative"]


def test_an_example_after_say_is_the_object_not_an_appositive() -> None:
    text = "The firm said the pocket camera market, led by, say, the Zipcam, is something it wants to enter."
    assert not [e for e in edits(text) if e.rule == "appositive" and "Zipcam" in text[e.start:e.end]]
    text = "The firm met Ann Lee, the minister, on Friday about the plan."
    assert [e for e in edits(text) if e.rule == "appositive"]
