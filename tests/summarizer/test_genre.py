"""Article genre features (summarizer.genre): explainers and opinion pieces read apart from reports."""
from __future__ import annotations

from datetime import datetime

from summarizer.genre import genre
from summarizer.models import Article

PUB = datetime(2025, 3, 6, 8, 0)

REPORT = """Bridge collapse in Tarnow
A road bridge over the Dunajec river collapsed in Tarnow on Wednesday, killing four drivers.
Rescuers pulled 11 people from the water overnight, the fire service said.
Police closed the A4 motorway near Tarnow and diverted traffic through Brzesko, a spokesman told reporters.
The regional governor ordered inspections of 40 bridges of the same design on Thursday."""

EXPLAINER = """What makes a bridge fail?
Suspension bridges are usually designed to carry several times their expected load.
Engineers have long known that corrosion is the most common cause of failure.
The first steel bridges were built in the 1870s and many have been in service for decades.
A truss is a structure that spreads the load across a set of triangles."""

OPINION = """Our bridges deserve better
I think the government should have acted years ago.
We cannot keep pretending that patching is enough, and it is clear that the money must be found.
Perhaps the minister will finally listen; frankly, it would be remarkable.
Should taxpayers really accept this?"""


def _article(text: str, aid: str) -> Article:
    title, body = text.split("\n", 1)
    return Article(id=aid, title=title, text=body, published=PUB)


def test_an_explainer_is_dense_in_background_a_report_is_not() -> None:
    report, explainer = genre(_article(REPORT, "r")), genre(_article(EXPLAINER, "e"))
    assert explainer.background >= 0.5 > report.background
    assert report.event > explainer.event


def test_an_opinion_piece_reads_as_commentary() -> None:
    report, opinion = genre(_article(REPORT, "r2")), genre(_article(OPINION, "o"))
    assert opinion.commentary >= 0.5 > report.commentary
    assert genre(_article(EXPLAINER, "e2")).question_title


def test_a_short_article_is_neutral() -> None:
    short = genre(Article(id="s", title="Storm", text="A storm hit Lyon on Monday.", published=PUB))
    assert short.background == 0.0 and short.opinion == 0.0


def test_a_report_attributes_what_it_tells_a_column_and_an_explainer_do_not() -> None:
    report = genre(_article(REPORT, "r3"))
    assert report.attribution >= 0.5
    assert genre(_article(EXPLAINER, "e3")).attribution == 0.0 == genre(_article(OPINION, "o3")).attribution


def test_a_report_reads_as_one_an_explainer_and_a_column_do_not() -> None:
    report = genre(_article(REPORT, "r4"))
    explainer, opinion = genre(_article(EXPLAINER, "e4")), genre(_article(OPINION, "o4"))
    assert report.report >= 0.6 > explainer.report
    assert opinion.report < 0.15  # summarizer.weights.REPORT_CUT buries its lines (the explainer's are background)
    short = genre(Article(id="s2", title="Storm", text="A storm hit Lyon on Monday.", published=PUB))
    assert short.report == 0.5  # too short to judge: neutral, never buried


def test_a_column_in_the_writers_own_voice_or_with_a_rating_reads_as_one() -> None:
    column = genre(_article("""Why I still love the old bridge
You may think the old bridge is ugly, but I walk across it every morning.
My neighbours feel the same way, and we will miss it when it goes.
Our town chose to replace it in March after a long debate.
The council said the new bridge would open in 2027.""", "v"))
    review = genre(_article("""Bridge: the musical ★★★★
The cast sang 14 songs at the Tarnow theatre on Friday.
The director staged the collapse with ropes and light.
The lead actor held the final note for 20 seconds.""", "rv"))
    report = genre(_article(REPORT, "r5"))
    assert column.voice >= 0.5 and column.column >= 0.5 > report.column
    assert review.rating and review.column >= 0.5 and not report.rating


PROFILE = """The engineer who ran the port
Marta Novak was born in Gdansk to a family of shipyard workers.
She grew up above her father's bakery and went to school in Sopot.
When she was 17 she won a scholarship to study in Krakow, where she said she found her calling.
She married in 1998 and later became the city's first female engineer, officials said.
She rose through the ranks of the port authority in the 2000s and ran it by 2015."""

REVIEW_TEXT = """The Glass Harbour, Lyric theatre
The new production of The Glass Harbour at the Lyric theatre is a gripping, beautifully staged drama.
The cast is superb, and Ana Ruiz plays the lead with dazzling control.
The second act sags, and the plot grows tedious before a haunting finale.
Directed by Tom Vale, it runs 150 mins with an interval.
It is the most accomplished staging of the play in a decade."""


def test_a_profile_or_a_review_reads_as_neither_report_nor_lead_a_report_is_unchanged() -> None:
    profile, review = genre(_article(PROFILE, "p")), genre(_article(REVIEW_TEXT, "rv2"))
    report = genre(_article(REPORT, "r6"))
    assert profile.profile >= 0.6 and review.review >= 0.6
    assert profile.report < 0.15 and review.report < 0.15  # summarizer.weights.REPORT_CUT buries their lines
    assert profile.column >= 0.5 and review.column >= 0.5  # and they may not lead (summarizer.lead)
    assert report.kind == 0.0 and report.report == (report.event + report.attribution) / 2


def test_a_letter_quoted_over_several_sentences_is_not_the_writers_voice() -> None:
    from summarizer.genre import quoted_run
    letter = ['The mayor resigned on Monday, writing: " I have always said I would go when the time came.',
              "That day is here.",
              '" I hereby resign as mayor.',
              "I thank you all for the years we worked together.",
              '"',
              "The council will meet on Friday to choose a successor."]
    assert quoted_run(letter) == [False, True, True, True, True, False]
    # a transcript's speaker turns open quotations that never close: the writer's voice is still read
    turns = ['AB: " We want the lowest price.', "We want to lead.", "CD:", "Why now?", 'AB: "', "Because it is small."]
    assert not any(quoted_run(turns))


def test_a_report_quoting_a_resignation_letter_has_no_writers_voice() -> None:
    body = ("Mayor quits\nThe mayor of Tarnow resigned on Wednesday in a letter to the council.\n"
            'He wrote: " I have always said I would go when I could no longer do the job well.\n'
            "Unfortunately, that day has come.\n\" I hereby resign as mayor.\n"
            "I thank you all for the years we worked together.\n\"\n"
            "The council will meet on Friday to choose a successor, a spokesman said.")
    assert genre(_article(body, "letter")).voice == 0.0
    assert genre(_article(body.replace('"', ""), "letter-unmarked")).voice > 0.3


def test_a_letter_citing_the_article_it_answers_reads_as_no_report() -> None:
    """'(Report, 14 March)' after a claim: a letters page answers an earlier article; its lines are not a report's."""
    letter = ("The council's decision to close the harbour ferry (Report, 14 March) was announced by the mayor on Monday. "
              "Officials said the service lost 2 million euros last year. "
              "The ferry carried 40,000 passengers in 2023, the port authority said. "
              "Jo Roe, Harbour Town.")
    report = letter.replace(" (Report, 14 March)", "")
    g, r = genre(_article("Ferry\n" + letter, "l")), genre(_article("Ferry\n" + report, "r"))
    assert g.letter and g.report == 0.0 and g.column >= 0.99
    assert not r.letter and r.report > 0.3
