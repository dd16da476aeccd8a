"""Capitalised clause starts glued after a headline or standfirst (:mod:`summarizer.clausestarts`)."""
from summarizer.glue import split_glued


def test_a_quantity_subject_after_a_headline_starts_a_sentence() -> None:
    text = "Bread prices are not as high as bakers fear One of the biggest mills in the valley has cut its price."
    assert split_glued(text, True) == ("Bread prices are not as high as bakers fear",
                                       "One of the biggest mills in the valley has cut its price.")


def test_a_standfirst_byline_and_a_participle_lead_are_cut_off() -> None:
    text = ("Valley bakers face a long winter Jo Bloggs reports from Provo on how flour is changing the trade "
            "Facing the highest prices in a decade, the bakers are cutting their hours.")
    assert split_glued(text, True) == ("Valley bakers face a long winter",
                                       "Jo Bloggs reports from Provo on how flour is changing the trade",
                                       "Facing the highest prices in a decade, the bakers are cutting their hours.")


def test_titles_and_names_in_apposition_stay_in_the_sentence() -> None:
    for text in ("She sang the song One of Us at the fair and the crowd cheered loudly.",
                 "The baker wrote a book called Baking the Bread, which became a best seller last year.",
                 "To mark the day, lifelong baker Jo Bloggs writes to the mayor about the price of flour.",
                 "The fair saw a talk by the author of the book Rising Dough, and the crowd was large."):
        assert split_glued(text, True) == (text,)


def test_a_dotted_title_saying_something_after_a_headline_in_headline_case_starts_a_sentence() -> None:
    text = "Bakers Differ on How To Price Bread, Buns Rep. Jo Bloggs (D-Ut.) said the price of bread would fall."
    assert split_glued(text, True) == ("Bakers Differ on How To Price Bread, Buns",
                                       "Rep. Jo Bloggs (D-Ut.) said the price of bread would fall.")
    plain = "Bakers in Provo met on Monday and Rep. Jo Bloggs said the price of bread would fall."
    assert split_glued(plain, True) == (plain,)



def test_a_dotted_title_with_any_verb_of_saying_after_a_headline_starts_a_sentence() -> None:
    # the verbs of saying are chunks.SAY_VERBS, not only "said", "added", "warned" and "announced"
    for verb in ("argued", "insists", "confirmed"):
        text = f"Bakers Differ on How To Price Bread, Buns Rep. Jo Bloggs (D-Ut.) {verb} the price of bread would fall."
        assert split_glued(text, True) == ("Bakers Differ on How To Price Bread, Buns",
                                           f"Rep. Jo Bloggs (D-Ut.) {verb} the price of bread would fall.")


def test_a_clause_start_needs_both_a_start_and_a_plain_left_part() -> None:
    from summarizer.clausestarts import clause_start

    tokens = "Harbour council hires more wardens One of the new wardens said the job was hard.".split()
    assert clause_start(tokens, tokens.index("One"))
    for left in ("harbour council hires more wardens", "Harbour council hires more “wardens",
                 "Harbour council hires more wardens of"):  # no capital, an open quotation, a function word last
        tokens = (left + " One of the new wardens said the job was hard.").split()
        assert not clause_start(tokens, tokens.index("One"))
    tokens = "Harbour council hires more wardens Once the new wardens came the job was hard.".split()
    assert not clause_start(tokens, tokens.index("Once"))  # a plain left part, but no start


def test_a_verbless_heading_runs_into_a_sentence_opening_on_a_time_adverb() -> None:
    from summarizer.glue import split_glued
    glued = "Day three of the envoy's tour of Asia Earlier the envoy had lunch with the premier, Ann Poe."
    assert split_glued(glued) == ("Day three of the envoy's tour of Asia",
                                  "Earlier the envoy had lunch with the premier, Ann Poe.")
    for whole in ("The talks in Geneva resumed and Earlier the envoy said no to the plan.",  # a verb on the left
                  "A new review of the novel Earlier Years by the poet Ann Poe of Leeds."):  # a title
        assert split_glued(whole) == (whole,)


def test_a_caption_with_its_own_verb_runs_into_a_sentence_opening_on_a_time_adverb() -> None:
    from summarizer.glue import split_glued
    glued = "Crowds are waiting in the square of Lowmere-on-Sea Overnight a rumour went round of a second storm."
    assert split_glued(glued) == ("Crowds are waiting in the square of Lowmere-on-Sea",
                                  "Overnight a rumour went round of a second storm.")
    # after a clause of its own, a capitalised word after the adverb may go on a name: no cut
    whole = "Crowds are waiting in the square of Lowmere Overnight Express staff said the road was shut."
    assert split_glued(whole) == (whole,)
