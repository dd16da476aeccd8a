"""An article about another matter that names a story once does not join it (its headline and lead decide)."""
from __future__ import annotations

from datetime import datetime, timedelta

from summarizer.leadabout import about_elsewhere, own_vector
from summarizer.models import Article
from summarizer.stories import StoryIndex
from summarizer.vectors import LineTerms, body_lines, vector_parts

DAY = datetime(2025, 6, 2, 8)


def art(aid: str, title: str, lines: list[str], day: int = 0) -> Article:
    """A dated article: its title, then one sentence a line."""
    return Article(aid, title, "\n".join([title, *lines]), source="Wire", published=DAY + timedelta(days=day))


FLOOD = art("f1", "Floods kill 9 in Marvale province, hundreds evacuated", [
    "Flash floods swept through Marvale province on Monday, killing nine people and forcing hundreds of residents "
    "from their homes, the emergency ministry said.",
    "Rescuers in the town of Dunhollow searched flooded houses for the missing.",
    "The Marvale river burst its banks after two days of heavy rain."])
FLOOD_2 = art("f2", "Marvale flood toll rises to 15 as river recedes", [
    "The death toll from the floods in Marvale province rose to 15, the emergency ministry said.",
    "Water levels on the Marvale river fell overnight and residents of Dunhollow began returning home."], day=1)
MARKET = art("m1", "Tellan shares close higher as exporters gain", [
    "Tellan shares closed 0.8 percent higher on Tuesday, led by exporters, as overseas buyers returned.",
    "Insurers fell on worries over claims from the Marvale floods, which killed nine people.",
    "The crown firmed against the dollar."], day=1)
MATCH = art("k1", "Harbour City beat Stonebridge 3-1 in league opener", [
    "Harbour City beat Stonebridge United 3-1 on Wednesday to open the league season.",
    "Players wore black armbands for the victims of the Marvale floods."], day=2)
FEATURE = art("p1", "We lost the farm and the animals", [
    "Ada Renner, 71, has farmed the same valley for fifty years.",
    "The floods in Marvale took her barn, her herd and her neighbour's house.",
    "Rescuers reached her farm near Dunhollow only on the second day of the floods.",
    "The emergency ministry says most of the Marvale dead were elderly farmers."], day=1)
DAM = art("d1", "Police raid Marvale dam operator after deadly floods", [
    "Police raided the offices of the company that runs the Marvale dam, which gave way during the floods.",
    "The death toll from the Marvale floods rose to 18, the emergency ministry said."], day=2)


def lines(article: Article) -> tuple[LineTerms, list[LineTerms]]:
    """The title's and clean body sentences' terms of ``article``."""
    parts = vector_parts(article)
    return parts.title, body_lines(parts)


def test_reports_on_other_matters_naming_the_story_once_found_their_own() -> None:
    index = StoryIndex()
    flood = index.assign(FLOOD)
    assert index.assign(FLOOD_2).id == flood.id
    assert index.assign(MARKET).id != flood.id
    assert index.assign(MATCH).id not in (flood.id, index.of_article[MARKET.id])


def test_articles_on_the_story_still_join_whatever_their_lead() -> None:
    index = StoryIndex()
    flood = index.assign(FLOOD)
    assert index.assign(FEATURE).id == flood.id  # a person first, the floods in more than one sentence
    assert index.assign(DAM).id == flood.id  # a new turn of the story


def test_the_passing_mention_is_not_the_subject_of_the_story_it_founds() -> None:
    index = StoryIndex()
    flood = index.assign(FLOOD)
    market = index.assign(MARKET)
    assert "flood" not in index.last_vector and "=marvale" not in index.last_vector
    assert market.id != flood.id and index.assign(DAM).id == flood.id


def test_about_elsewhere_names_the_passing_sentences() -> None:
    index = StoryIndex()
    flood = index.assign(FLOOD)
    assert about_elsewhere(*lines(MARKET), flood, index.weigh) == (1,)
    assert about_elsewhere(*lines(FLOOD_2), flood, index.weigh) is None
    assert about_elsewhere(*lines(FEATURE), flood, index.weigh) is None
    assert "insur" not in own_vector(*lines(MARKET), {1}) and "insur" in own_vector(*lines(MARKET), set())
