"""A story's lines after its first: the most news per word first, among the places stand-alone new lines hold
(made-up sentences)."""
from dataclasses import dataclass

from summarizer.lineorder import after_first, density, movable
from summarizer.models import Item, Kind, StoryDigest


@dataclass
class Cand:
    news: float
    text: str


FIRST = "Floods closed the main road between Tarrow and Quill on Monday."
COLOUR = "Residents of Quill gathered on the square to watch the water rise."
NEWS = "The regional council ordered the evacuation of 2,400 people from Tarrow."
LONG = ("The regional council, which met in an emergency session late on Monday evening after the river burst its banks "
        "in three places, also asked the army for boats.")
LEANING = "He said the bridge would stay shut until Friday."
CHANGED = "The number of homes flooded rose to 310."
PROBABILITY = {FIRST: 0.2, COLOUR: 0.1, NEWS: 0.7, LONG: 0.9, LEANING: 0.9, CHANGED: 0.05}


def story(*items: Item) -> StoryDigest:
    section = StoryDigest("s1", "Floods")
    section.items = list(items)
    return section


def line(text: str, kind: Kind = Kind.NEW) -> Item:
    return Item(kind=kind, text=text, sources=[], key=text)


def cand(item: Item) -> Cand | None:
    return Cand(PROBABILITY[item.text], item.text) if item.text in PROBABILITY else None


def texts(section: StoryDigest) -> list[str]:
    return [i.text for i in section.items]


def test_likelier_news_comes_before_a_minor_line_after_the_first() -> None:
    section = story(line(FIRST), line(COLOUR), line(NEWS))
    after_first([section], cand)
    assert texts(section) == [FIRST, NEWS, COLOUR]


def test_the_first_line_stays_first_whatever_its_probability() -> None:
    section = story(line(COLOUR), line(FIRST), line(NEWS))
    after_first([section], cand)
    assert texts(section) == [COLOUR, NEWS, FIRST]


def test_leaning_and_changed_lines_keep_their_places() -> None:
    section = story(line(FIRST), line(CHANGED, Kind.UPDATED), line(COLOUR), line(NEWS), line(LEANING))
    after_first([section], cand)
    assert texts(section) == [FIRST, CHANGED, NEWS, COLOUR, LEANING]


def test_a_long_line_moves_up_only_when_likelier_news_per_word() -> None:
    section = story(line(FIRST), line(COLOUR), line(LONG), line(NEWS))
    after_first([section], cand)
    assert texts(section) == [FIRST, NEWS, LONG, COLOUR]  # 0.9 over 28 words, below 0.7 over 11, above 0.1 over 12


def test_ties_and_lines_without_a_candidate_keep_salience_order() -> None:
    other = "Schools in Tarrow will stay closed on Tuesday."
    twin = "Shops on the riverside of old Quill will stay closed all week."  # as many words as COLOUR
    section = story(line(FIRST), line(other), line(COLOUR), line(twin))
    after_first([section], lambda i: None if i.text == other else Cand(0.3, i.text))
    assert texts(section) == [FIRST, COLOUR, twin, other]  # no candidate: probability 0, last; equal ones in order


def test_the_sentence_counts_not_the_line_condensed_from_it() -> None:
    condensed = "The council asked the army for boats."  # condensed from LONG
    section = story(line(FIRST), line(COLOUR), line(condensed))
    after_first([section], lambda i: Cand(0.3, LONG if i.text == condensed else i.text))
    assert texts(section) == [FIRST, COLOUR, condensed]  # 0.3 over 12 words before 0.3 over LONG's 28


def test_of_two_equally_likely_lines_the_shorter_comes_first() -> None:
    short = "Trains to Quill were cancelled."
    section = story(line(FIRST), line(COLOUR), line(short))
    after_first([section], lambda i: Cand(0.3, i.text))
    assert texts(section) == [FIRST, short, COLOUR]
    assert density(0.3, short) > density(0.3, COLOUR)
    assert density(0.3, "Rain.") == density(0.3, "Heavy rain fell.")  # both read as five words


def test_what_may_move() -> None:
    assert movable(line(NEWS)) and movable(line(LONG))
    assert not movable(line(LEANING))
    assert not movable(line(CHANGED, Kind.UPDATED))


def test_the_engine_orders_each_digest_after_its_holds(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import summarizer.engine as engine_module
    from tests.summarizer.enginekit import digest_of, make_article

    seen: list[list[str]] = []

    def spy(stories, cand):  # type: ignore[no-untyped-def]
        seen.append([i.text for s in stories for i in s.items])
        assert all(cand(i) is not None for s in stories for i in s.items)  # every shown line has its candidate
        for s in stories:
            s.items.reverse()

    monkeypatch.setattr(engine_module, "after_first", spy)
    text = ("Floods closed the main road between Tarrow and Quill on Monday. The regional council ordered the evacuation "
            "of 2,400 people from Tarrow. Trains to Quill were cancelled until Wednesday.")
    digest = digest_of([make_article(text, published="2031-05-05")])
    assert seen and [i.text for i in digest.items] == seen[0][::-1]  # what it orders is what the digest shows
