"""Word tokens and terms (summarizer.text)."""
from summarizer.text import canon, words


def test_words_drop_possessives_and_apostrophes() -> None:
    assert words("Kim's aides say it doesn't matter") == ("kim", "aides", "say", "it", "doesnt", "matter")
    assert words("The Smiths’ house, rock ’n’ roll") == ("the", "smiths", "house", "rock", "n", "roll")


def test_words_of_a_line_with_another_script_keep_its_runs() -> None:
    out = words("Officials in Москва said 12 people's homes flooded")
    assert out[:2] == ("officials", "in") and out[-4:] == ("12", "people", "homes", "flooded")
    assert len(out) > 6  # the Cyrillic run became tokens too


def test_text_whose_accents_were_stripped_into_letter_fragments_is_garbled() -> None:
    from summarizer.text import english_share, garbled

    stripped = "C c em h c sinh c n ch m ch h c t p m i ng y, c c th y c gi o n i h m qua t i tr ng."  # made up
    assert garbled(stripped) and english_share(stripped) == 0.0
    for english in ("He is to go on to the UK by 5 pm, as I said: it is up to us now, and so on.",
                    "Spain v Australia kicks off at 8 pm; the 5 km route is closed to traffic in the city.",
                    "A man in a car at an inn by a river saw it go up in smoke as he drove on to the bridge."):
        assert not garbled(english)


def test_hit_and_struck_are_one_news_action() -> None:
    assert canon("hit") == canon("struck") == canon("strikes") == canon("hitting")
    assert canon("hit") != canon("hold")


def test_words_lowercase_only_what_the_pattern_reads() -> None:
    from summarizer.text import words

    assert words("The “BIG” Talks – Kim’s") == ("the", "big", "talks", "kim")  # caseless marks: read lowercased
    assert words("The İzmir talks") == ("the", "zmir", "talks")  # "İ" lowercases to "i" + a dot: not read as a letter
    assert words("A 5 \u212a rise") == ("a", "5", "rise")  # the Kelvin sign lowercases to "k": no word of it


def test_tokens_of_different_sentences_share_one_string_per_word() -> None:
    # the per-sentence token cache holds one object per distinct word, not one per occurrence
    first = words("The harbourmaster closed the quay.")
    second = words("A harbourmaster from Leith spoke.")
    assert first[1] == second[1] == "harbourmaster" and first[1] is second[1]
