"""Word tokens and terms (summarizer.text)."""
from summarizer.text import words


def test_words_drop_possessives_and_apostrophes() -> None:
    assert words("Kim's aides say it doesn't matter") == ("kim", "aides", "say", "it", "doesnt", "matter")
    assert words("The Smiths’ house, rock ’n’ roll") == ("the", "smiths", "house", "rock", "n", "roll")


def test_words_of_a_line_with_another_script_keep_its_runs() -> None:
    out = words("Officials in Москва said 12 people's homes flooded")
    assert out[:2] == ("officials", "in") and out[-4:] == ("12", "people", "homes", "flooded")
    assert len(out) > 6  # the Cyrillic run became tokens too
