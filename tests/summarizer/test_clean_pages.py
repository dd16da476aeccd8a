"""Cleaning whole pages: captions, credits, datelines, agency prefixes, teasers, sign-up text, HTML."""
from __future__ import annotations

from summarizer.clean import clean_text, split_glued_credit
from summarizer.ingest import make_article
from summarizer.novelty import features

LEAD = "The death toll from the strike on the city rose to 40 on Sunday, regional officials said."
BODY = "Rescue teams were still searching the rubble of two apartment blocks late into the night."


def lines_of(*lines: str) -> list[str]:
    """The clean lines of a page made of ``lines``."""
    return clean_text("\n".join(lines)).text.split("\n")


def test_caption_line_with_credit_in_brackets_goes() -> None:
    assert lines_of(LEAD, "Rescuers carry a survivor from the rubble (Photo: Jane Doe/Reuters)", BODY) == [LEAD, BODY]


def test_glued_credit_split_off_a_one_paragraph_article() -> None:
    para = ("Russian drones struck power stations across the country overnight, the energy ministry said. "
            "Repairs would take weeks, it said, as temperatures fell in eastern UkraineImage: Agency/AP/picture alliance")
    article = make_article(para, name="one.txt")
    assert article.text.endswith("in eastern Ukraine")
    assert "Image:" not in article.text and "Agency" not in article.text


def test_glued_credit_on_a_short_caption_drops_it() -> None:
    assert split_glued_credit("Mourners gather in KyivImage: Jane Doe/AP") == ""


def test_dateline_with_clock_time_stripped() -> None:
    page = ["Strike death toll rises to 40", "By Jane Doe and John Roe, CNN",
            "Updated 2:15 PM ET, Sat December 27, 2025",
            "KYIV | Sat Dec 27, 2025 2:15pm EST KYIV (Reuters) - " + LEAD, BODY]
    assert lines_of(*page) == ["Strike death toll rises to 40", LEAD, BODY]


def test_live_page_clock_stamp_opening_a_line_removed() -> None:
    assert lines_of(LEAD, "9.55am GMT: " + BODY) == [LEAD, BODY]


def test_agency_prefix_is_never_a_figure_or_a_date() -> None:
    page = ["North Korea fires missiles", "Seoul, Dec 27 (IANS) " + LEAD, BODY,
            "New Delhi, Dec. 27, 2025 (PTI) - The ministry said 12 flights were cancelled in the capital."]
    got = lines_of(*page)
    assert got[1] == LEAD
    assert got[3] == "The ministry said 12 flights were cancelled in the capital."
    f = features(got[3])
    assert [q.low for q in f.quantities] == [12] and not f.days


def test_teasers_and_video_promos_go() -> None:
    page = [LEAD, "READ MORE: Floods hit Valencia again", "Related: Ten things to know", "Watch: the moment the bridge fell",
            "Video: Rescue teams at work", BODY, "Watch the full interview here"]
    assert lines_of(*page) == [LEAD, BODY]


def test_a_top_stories_list_glued_to_its_head_goes() -> None:
    teaser = ("Top eight stories on Newsdesk Station owner splits group but keeps faith in radio Board to sell music "
              "arm but believes talk stations will grow Council fines paper over ads.")
    assert lines_of(LEAD, teaser, BODY) == [LEAD, BODY]
    line = "Top stories of the week were about the floods in the north, the editor said."
    assert lines_of(LEAD, line, BODY) == [LEAD, line, BODY]


def test_sign_up_newsletter_cookie_and_paywall_text_goes() -> None:
    page = [LEAD, "Sign up to our daily newsletter for the best of our journalism.",
            "We use cookies to improve your experience. By continuing you agree to our cookie policy.",
            "You have reached your limit of free articles this month. Subscribe now for unlimited access.",
            BODY, "Already a subscriber? Log in"]
    assert lines_of(*page) == [LEAD, BODY]


def test_a_sentence_about_subscribers_is_news() -> None:
    line = "The streaming service said it lost 2 million subscribers in the last quarter of the year."
    assert lines_of(LEAD, line, BODY) == [LEAD, line, BODY]


def test_script_and_style_of_an_html_page_go() -> None:
    page = ("<html><head><style>p { color: red; }</style><script>var ads = load('x'); track();</script></head>"
            "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<h1>Strike death toll rises to 40</h1><p>{LEAD}</p><p>{BODY}</p>"
            "<figure><figcaption>Rescuers at work</figcaption></figure><script>window.dataLayer=[];</script></body></html>")
    assert lines_of(page) == ["Strike death toll rises to 40", LEAD, BODY]


def test_a_quoted_script_tag_in_plain_text_is_text() -> None:
    line = "Attackers posted <script>alert(1)</script> in the comment box of the ministry's website, officials said."
    assert lines_of(line) == [line]


def test_comment_thread_and_transcript_cleaned_on_a_page() -> None:
    page = ["COOPER: " + LEAD, "SMITH: " + BODY, "Comments", "jdoe", "5 hours ago", "What a terrible day for the city.",
            "Reply", "Report abuse"]
    assert lines_of(*page) == [LEAD, BODY]


def test_highlights_block_on_a_page() -> None:
    page = ["Strike death toll rises to 40", "STORY HIGHLIGHTS", "NEW: Death toll rises to 40",
            "Rescue teams search two blocks", "(CNN) -- " + LEAD, BODY]
    assert lines_of(*page) == ["Strike death toll rises to 40", LEAD, BODY]


def test_correction_notice_line_goes() -> None:
    assert lines_of(LEAD, "This article was amended on 3 March 2014.", BODY) == [LEAD, BODY]


def test_news_site_page_keeps_headline_and_body_only() -> None:
    page = ["Skip to main content", "CNN", "World", "Strike death toll rises to 40", "By Jane Doe and John Roe, CNN",
            "Updated 10:32 AM EST, Sat December 27, 2025", "Source: CNN", "Rescuers search the rubble in Kyiv on Saturday.",
            "Jane Doe/Reuters", "Kyiv, Ukraine CNN — " + LEAD, BODY, "Related article", "Ukraine says it downed 40 drones",
            "CNN's Anna Smith contributed to this report."]
    assert lines_of(*page) == ["Strike death toll rises to 40", LEAD, BODY]


def test_headline_kept_above_a_byline_and_stamps() -> None:
    page = ["Strike death toll rises to 40", "Rescue teams search two blocks as mayor closes schools", "Jane Doe in Kyiv",
            "Sat 27 Dec 2025 10.32 GMT", LEAD, BODY, "Explore more on these topics", "Ukraine", "Russia", "Share"]
    assert lines_of(*page)[0] == "Strike death toll rises to 40"
    assert lines_of(*page)[-2:] == [LEAD, BODY]


def test_glued_caption_after_the_last_sentence_goes_with_its_credit() -> None:
    got = lines_of("Strike death toll rises to 40", LEAD + " " + BODY + " People mourn in KyivImage: Jane Doe/AP")
    assert got == ["Strike death toll rises to 40", LEAD + " " + BODY]


def test_related_links_and_a_glued_byline_before_the_wire_dateline_go() -> None:
    raw = ("(For full coverage of the floods, click (nFLD)) \\* Officials say river still rising \\* Relief pledged for "
           "farmers By Jane Doe, Environment Editor LONDON, May 8 (Reuters) - " + LEAD + "\n" + BODY)
    lines = lines_of(raw)
    assert lines[-2:] == [LEAD, BODY]
    assert not any("coverage" in line or "Jane Doe" in line or "Reuters" in line for line in lines)


def test_labelled_video_feed_and_press_release_disclaimer_go() -> None:
    raw = "Video Feed: Airline steps up cabin cleaning in response... \\* Acme Holdings is not responsible " \
          "for the content of this notice.\n" + LEAD + "\n" + BODY
    assert lines_of(raw) == [LEAD, BODY]


def test_press_review_page_references_are_furniture() -> None:
    page = [LEAD, "P5 Hackers hit a media site.", "P10 Propaganda films give a snapshot of life in the city.",
            "P16 The broadcaster loses its coverage crown.", "P29 Obituary: editor and co-founder of a journal.", BODY]
    assert lines_of(*page) == [LEAD, BODY]


def test_story_highlights_glued_before_a_wire_dateline_go() -> None:
    raw = ("\\* Agency criticises order to close the port \\* Says the storm risk is low \\* Renews calls for talks "
           "ROME, April 29 (Reuters) - " + LEAD + "\n" + BODY)
    assert lines_of(raw) == [LEAD, BODY]


def test_a_line_that_asks_to_click_goes() -> None:
    assert lines_of(LEAD, "For a graphic showing the spread of the floods, click here - - - - - -", BODY) == [LEAD, BODY]


def test_current_page_furniture_goes() -> None:
    page = ["Floods force hundreds from homes By ANA LOPEZ and JO ROE", "Published : May 4, 2026 - 15:21",
            "Image source, Example Agency", LEAD, "Story continues below advertisement", "list of 2 items",
            "Harbour to reopen", "Bridge works delayed", "end of list", BODY,
            "We use cookies to improve your experience. Accept all"]
    cleaned = clean_text("\n".join(page))
    assert cleaned.text.split("\n") == ["Floods force hundreds from homes", LEAD, BODY]
    assert cleaned.published is not None and cleaned.published.day == 4


def test_labelled_promo_gallery_caption_and_disclaimer_go() -> None:
    page = ["Editor's Note: Sign up for our weekly science newsletter.", "Floods force hundreds from homes",
            "Item 1 of 4 Residents wade through water in a flooded street, May 4, 2026. Agency/Jo Roe", LEAD, BODY,
            "The Example Press receives support from private foundations. The Example Press is solely responsible for all content."]
    assert lines_of(*page) == ["Floods force hundreds from homes", LEAD, BODY]
