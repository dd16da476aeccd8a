"""A small generator of hostile, messy news pages for cleaning tests (texts written for the tests).

Each page holds a known body (a headline and news sentences about an invented event) and
page furniture of the kinds that crawled pages carry: navigation, cookie and sign-up banners,
bylines, datelines with clock times, story-highlights blocks, photo captions and credits,
related-story teasers, transcript turns, reader comments and legal text, as HTML or as plain
text. A seed picks the event, which furniture goes where, and the form.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

PLACES = ("Lyon", "Mombasa", "Valparaiso", "Tromso", "Cebu", "Leeds", "Porto", "Da Nang")
EVENTS = (
    ("Ferry capsizes near {place}", [
        "A passenger ferry capsized near {place} on Tuesday with {n} people on board, the coast guard said.",
        "Rescue boats pulled {m} survivors from the water by nightfall, officials said.",
        "The operator said the vessel had passed a safety inspection in March.",
        "Divers will resume the search for the missing at first light on Wednesday.",
    ]),
    ("Warehouse fire closes {place} port", [
        "A fire at a warehouse in the port of {place} forced the evacuation of {n} workers on Monday.",
        "Firefighters brought the blaze under control after nine hours, the fire service said.",
        "The port authority said shipping would resume on Thursday once the site is declared safe.",
        "Investigators from the national safety board have not yet found the cause of the fire.",
    ]),
    ("Teachers strike in {place} over pay", [
        "Teachers in {place} walked out of {n} schools on Friday in a dispute over pay.",
        "The union said the city had offered a rise of {m} percent, far below inflation.",
        "The education department said talks would continue next week.",
        "Parents were told to keep children at home until the strike ends.",
    ]),
)
NAV = ["Home", "World", "Business", "Sport", "Skip to main content", "Most read stories", "Share this article", "Print"]
COOKIE = [
    "We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.",
    "Sign up for our morning newsletter and get the news delivered to your inbox.",
    "You have reached your limit of free articles. Subscribe now for unlimited access.",
]
HIGHLIGHTS = ["STORY HIGHLIGHTS", "NEW: Dozens rescued as search goes on", "Officials blame high winds"]
CAPTIONS = [
    "Photo: Jane Roe/AP",
    "Image caption Rescuers at work on the quay",
    "A woman waits for news outside the harbour office in {place} May 4, 2011.",
]
TEASERS = ["READ MORE: How the port grew into a regional hub", "Related stories", "Watch: Drone footage of the scene"]
COMMENTS = ["Comments", "jdoe", "5 hours ago", "What a terrible day for everyone there.", "Reply", "Report abuse"]
TRANSCRIPT = ["ANCHOR: Good evening and welcome to the programme.", "REPORTER: Thank you, it has been a long day here."]
LEGAL = ["Copyright 2011 The Daily Example. All rights reserved.",
         "This material may not be published, broadcast, rewritten or redistributed."]
READER = ["You can share your pictures by logging on to your account and uploading them to our site."]


@dataclass(frozen=True)
class Page:
    """A generated page: its raw text, the headline, and the body sentences cleaning must keep, in order."""

    raw: str
    headline: str
    body: tuple[str, ...]


def make_page(seed: int) -> Page:
    """A messy page for ``seed``: the same seed always gives the same page."""
    rng = random.Random(seed)
    place = rng.choice(PLACES)
    head, sentences = rng.choice(EVENTS)
    n, m = rng.randint(40, 400), rng.randint(3, 39)
    headline = head.format(place=place)
    body = tuple(s.format(place=place, n=n, m=m) for s in sentences)
    top: list[str] = rng.sample(NAV, 4)
    if rng.random() < 0.5:
        top.append(rng.choice(COOKIE))
    top.append(headline)
    if rng.random() < 0.5:
        top.extend(HIGHLIGHTS)
    top.append("By Sam Carter, Transport Correspondent")
    if rng.random() < 0.5:
        top.append("Updated 10:42 GMT, Tuesday 3 May 2011")
    lead = body[0]
    form = rng.random()
    if form < 0.3:
        lead = f"{place.upper()}, May 3 (Reuters) - {lead}"
    elif form < 0.5:  # the highlights glued to the lead, as a flattened page gives them
        lead = " ".join(HIGHLIGHTS) + f" {place.upper()} (CNN) -- {lead}"
    elif form < 0.6:
        lead = f"{place} 10:15 a.m. EDT, May 3, 2011 - {lead}"
    middle: list[str] = [lead]
    for sentence in body[1:]:
        if rng.random() < 0.4:
            middle.append(rng.choice(CAPTIONS).format(place=place))
        if rng.random() < 0.2:
            middle.append(rng.choice(TEASERS))
        middle.append(sentence)
    bottom: list[str] = []
    for block in rng.sample([COMMENTS, TRANSCRIPT, LEGAL, READER, TEASERS[:1]], 3):
        bottom.extend(block)
    lines = top + middle + bottom
    if rng.random() < 0.5:
        return Page("\n".join(lines), headline, body)
    html = ["<html><head><title>%s</title><style>body { color: red; }</style>" % headline,
            "<script>var tracker = {id: 42, cookies: true};</script></head><body>",
            "<nav><ul>" + "".join(f"<li>{item}</li>" for item in NAV) + "</ul></nav>"]
    html += [f"<p>{line}</p>" for line in lines]
    html.append("<footer>Contact us | Terms of use | Privacy policy</footer></body></html>")
    return Page("\n".join(html), headline, body)
