"""Text about pictures and videos, credits and server leftovers: out of the clean text; news about a clip stays."""
from __future__ import annotations

import pytest

from summarizer.clean import clean_text
from summarizer.media import is_credit_line, is_media_teaser, strip_server_text, video_page

LEAD = "A strong earthquake struck the north of the island on Monday, killing at least 12 people, officials said."
BODY = "Rescue teams from three countries were searching collapsed buildings in the port city overnight."


def lines_of(*lines: str) -> list[str]:
    """The clean lines of a page made of ``lines``."""
    return clean_text("\n".join(lines)).text.split("\n")


@pytest.mark.parametrize("teaser", [
    "Dashcam footage shows the moment the bridge gave way.",
    "This video captures the first minutes after the quake.",
    "The clip below shows rescuers pulling a girl from the rubble.",
    "Bridge collapse caught on camera",
    "Bridge falls into river as quake hits Security camera pictures capture the moment the bridge fell.",
])
def test_video_teasers_are_furniture(teaser: str) -> None:
    assert is_media_teaser(teaser)
    assert lines_of(LEAD, teaser, BODY) == [LEAD, BODY]


@pytest.mark.parametrize("news", [
    "The video showed four soldiers beating a prisoner at the base in 2010.",
    "Police said the footage shows the suspect leaving the building at 9pm.",
    "The grainy footage shows three dock workers unloading a crate of 40 rifles that are still wrapped "
    "in oil cloth, as they were shipped.",
    "As the pictures show, the old town was spared the worst of the damage.",
])
def test_news_about_a_clip_stays(news: str) -> None:
    assert not is_media_teaser(news)
    assert lines_of(LEAD, news, BODY) == [LEAD, news, BODY]


def test_a_short_video_page_goes_whole() -> None:
    page = ["Bridge collapse caught on security camera Pictures have surfaced showing the instant the span gave way.",
            "The footage is from a camera on a nearby office block.",
            "A driver who saw it described the moment the quake struck."]
    assert video_page(page)
    assert clean_text("\n".join(page)).text == ""
    assert not video_page([LEAD, BODY, "The footage is from a camera on a nearby office block."])


def test_server_include_error_text_is_cut_out_of_a_sentence() -> None:
    error = "(an error occurred while processing this directive) "  # a server-side include's failure text
    glued = "Page last updated at 11:05 GMT, Wednesday, 9 March 2011 " + error + LEAD
    assert strip_server_text("Officials said [an error occurred while processing this directive] 12 died.") == \
        "Officials said 12 died."
    assert lines_of(glued, BODY) == [LEAD, BODY]


def test_licence_credit_glued_to_the_front_of_a_sentence_goes() -> None:
    assert lines_of("Photo by jdoe on Flickr.", "Some rights reserved " + LEAD, BODY) == [LEAD, BODY]
    assert is_credit_line("Photograph by Jane Doe for the Ledger")
    assert not is_credit_line("Photographers from three agencies were arrested at the border on Monday, police said.")
    assert strip_server_text("All rights reserved.") == ""


def test_wire_story_codes_are_cut_out() -> None:
    assert strip_server_text("(ID: nBKK124734) Officials expect the virus to spread.") == "Officials expect the virus to spread."
    assert strip_server_text("Officials (nFLU) said so.") == "Officials said so."
    assert strip_server_text("The (new) rules apply.") == "The (new) rules apply."


def test_imperatives_listings_and_running_times_are_teasers() -> None:
    for line in ("Watch the video.", "Listen to him here.", "Watch: rescuers pull a girl from the rubble",
                 "Jane Doe presents an appeal on behalf of the relief committee for people affected by the floods.",
                 "Rescue teams reach the capital (2:34)"):
        assert is_media_teaser(line), line
    for line in ("Watch the Throne was released in 2011 and is his best album.",
                 "The minister presents a budget today.", "Listeners said the broadcast was cut."):
        assert not is_media_teaser(line), line


def test_a_clause_with_presents_is_no_listing() -> None:
    for line in ("After Marsh presents her case, the panel will send a recommendation to the assembly.",
                 "She presents a fresh style new to most of the region.", "That presents a huge opportunity for them."):
        assert not is_media_teaser(line), line


def test_a_gallery_pointer_is_a_teaser() -> None:
    assert is_media_teaser("See a gallery of the photographer's pictures here Marines in the town, as part of an offensive.")
    assert not is_media_teaser("See the full list of winners here.")
