"""Cleaning article text: page furniture, captions, credits, bylines and bare URLs out.

Works line by line on plain text (what HTML extraction, feeds and files give us), and
returns the metadata it found on the way (a publication date line, a ``date`` marker).
The rules are about page furniture common to news sites, never about a given story.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache
from dataclasses import dataclass
from datetime import datetime

from summarizer.boilerplate import keep_lines, line_features
from summarizer.caches import SENTENCES
from summarizer.casebreaks import break_case_glued
from summarizer.captions import is_photo_caption, is_pull_quote, is_reporter_credit, own_voice, strip_lead_credit
from summarizer.chatter import thread_start
from summarizer.datelines import (AGENCY_DASH, AGENCY_PREFIX, CAPS_WIRE, CLOCK_DATELINE, CLOCK_STRIP, PAPER, WIRE_STAMP, glued_wire,
                                  CAPS_PAPER, after_glued_head, strip_body_dateline, strip_wire_dateline, strip_wire_tag)
from summarizer.dates import parse_date_line
from summarizer.detok import detokenize, tokenised
from summarizer.glue import break_inline_bullets, strip_bullet
from summarizer.compat import fold_compat
from summarizer.corrections import is_column, is_correction, notice_lines, notice_start
from summarizer.mojibake import fix_mojibake
from summarizer.media import is_credit_line, is_media_teaser, strip_server_text, video_page
from summarizer.linebreaks import join_broken_lines
from summarizer.livelabels import strip_caps_label, strip_live_label
from summarizer.programme import running_order
from summarizer.pagedebris import drop_teaser_runs, headline_case, is_glued_box, is_profile_field, is_teaser_stamp, tidy_line
from summarizer.timeline import timeline_item
from summarizer.pointers import strip_pointer_head
from summarizer.pagefurniture import furniture_line, link_list, stamp_text, strip_run_on, writer_note
from summarizer.pagemarks import (clock_page, document_furniture, live_self_reference, opens_inside, points_elsewhere, strip_live_clock, strip_page_marks,
                                   unescape_entities)
from summarizer.stampbreak import TIMESTAMP as _TIMESTAMP, UPDATED_STAMP as _UPDATED_STAMP, break_at_stamps
from summarizer.regions import (comment_thread_start, credits_and_captions, is_fact_box, marked_blocks, strip_highlights,
                                transcript_lines)

_NAV = re.compile(
    r"""^\s*(?:\d+\.\s*)?(?:
        skip\ to\ (?:content|main|more|navigation|search|footer)\b.* |
        recommended(?:\ stories|\ articles|\ for\ you)?\s*$ |
        (?:related|more|top|most\ read|trending)\ (?:stories|articles|news|content|topics)\s*$ |
        list\ of\ \d+\ items.*$ |
        end\ of\ list\s*$ |
        advertisement\s*(?:[-–—|:]\s*.{0,40})?$ | (?:share|share\ this(?:\ article)?|print|email|comments?)\s*$ |
        share\ (?:on|via)\ [\w.]+\s*$ | (?:image|media|video)\ caption\b.{0,200}$ |
        (?:read|see)\ (?:more|also)\b.{0,80}$ |
        sign\ up\b.{0,120}$ | subscribe\b.{0,120}$ | follow\ us\b.{0,120}$ |
        (?:image|photo(?:graph)?|picture|video|graphic|illustration)(?:\ credit)?s?\s*:.*$ |
        (?:copyright|©).{0,200}$ | all\ rights\ reserved.*$ |
        click\ here\b.{0,120}$ | listen\ to\ this\ article.*$ | \d+\ min(?:ute)?\ read\s*$
    )""",
    re.I | re.X,
)
# Sidebar and video teasers, labelled: "READ MORE: ...", "Related: ...", "Watch: ...", "Video: ...".
_TEASER = re.compile(
    r"^(?:read more|more|related(?: stories| articles| content| coverage| links)?|see also|also read|read also|"
    r"watch|video|videos|photos?|gallery|listen|podcast|live|in pictures|more on this story|full coverage|"
    r"top stories|latest|(?:video|photo|audio|live) (?:feed|gallery|report|slideshow|updates|blog|stream))\s*[:|»›>]|"
    r"^watch (?:more|the (?:full )?(?:video|clip|report|interview|presentation)|it here|live)\b|"
    r"^top (?:\w+ )?(?:stories|headlines)(?: (?:on|from|in) (?-i:[A-Z])[\w.]*)?\s+(?=(?-i:[A-Z\"“]))|"  # a list's head glued to it
    r"^\(?for (?:full|more|complete|further|the latest) (?:coverage|news|stories|updates|details)\b.{0,100}$|"
    r"^.{0,120}\bclick (?:here|below|on (?:the link|any|an?|this|each|the (?:image|picture|photo|thumbnail)s?))\b|"
    r"^.{0,120}?(?-i:\b(?:Jan|Febr)uary|\bMarch|\bApril|\bMay|\bJune|\bJuly|\bAugust|\b(?:Sept|Nov|Dec)ember|\bOctober) \d{1,2}, "
    r"(?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+|leader|editorial): ",  # a column index entry: "October 2, Jo Bloggs: ..."
    re.I,
)
# Sign-up, newsletter, legal, cookie and paywall text: a cue addressed to the reader.
_PROMO_CUE = re.compile(
    r"\b(?:sign(?:ing)? up|sign in|log ?in|subscri(?:be|bed|ber|bers|ption|ptions)|newsletters?|cookies?|"
    r"privacy (?:policy|notice|settings)|terms (?:of|and) (?:use|service|conditions)|javascript|ad ?blockers?|"
    r"your browser|free (?:articles?|trial)|paywall|unlimited access|download (?:our|the) app|follow us|like us on|"
    r"support (?:our|independent|quality) journalism|donate|all rights reserved|redistributed|"
    r"(?:contact|email|tell) us|rewritten|reading list|save (?:articles?|this (?:article|story))|bookmark|"
    r"(?:want|like|love) to (?:know|hear))\b",
    re.I,
)
_PROMO_ADDRESS = re.compile(
    r"^(?:\W+\s*|(?-i:[A-Z][\w’']*(?: [A-Z]?[\w’']+)?):\s+)?(?-i:(?:Sign|Subscribe|Join|Get|Download|Follow|Like|Click|Tap|Register|Log|Support|Become|Enable|"
    r"Please|Try|Start|Continue|Already|Tell|Save|Create|Don't forget|To (?:sign|subscribe|continue|donate))|SIGN UP)\b|"
    r"\bour (?:newsletters?|journalism|site|website|app|terms|privacy|cookies?|readers|flickr|facebook|twitter)\b|"
    r"\byou can (?:also )?(?:sign|subscribe|follow|find us|download|register|donate|listen)\b|"
    r"\b(?:sent|delivered) (?:direct(?:ly)? )?to (?:you|your)\b|\bwe use cookies\b|\byour (?:inbox|browser settings)\b|\bemail address\b|"
    r"\b(?:subscribe|sign up|register|log in) (?:now|today|here|for free|free)\b|\byou(?:'ve| have) reached\b|"
    r"\bwe(?:'d| would)? (?:want|like|love) to (?:know|hear) (?:your|from you|what you)\b",
    re.I,
)
# Contributor and source notes: "CNN's Jane Doe contributed to this report.", "Additional reporting by ...".
_CONTRIBUTED = re.compile(
    r"\bcontributed (?:reporting )?to this (?:report|story|article)\b|^additional reporting\b|^(?:edited|compiled|produced) by\b|"
    r"^this (?:article|story|report) (?:was|has been) (?:written|compiled|produced|prepared) (?:using|with|from)\b|"
    r"^(?:source|sources)\s*:|\b(?:is|are) not responsible for the content\b|\bsolely responsible for (?:all|the|its|this) content\b|"
    r"\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed|copied|republished)\b",
    re.I,
)
# A news aggregator's list glued on one line: "Headline - 9 hrs ago Outlet Headline - 19 hrs ago".
_AGO = re.compile(r"(?:^|\s)[-–—|·]\s*\d{1,2} (?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?) ago\b", re.I)
# "Updated 2:15 PM ET, Sat December 27, 2025", "Posted: 27/12/2025 10:32": a time-stamp line.
_STAMP_LINE = re.compile(r"^(?:updated|posted|published|last (?:updated|modified)|first published)\b\s?:?\s.{0,80}$", re.I)
# A blog post's stamp and links glued before its text: "Posted by Jane Doe at 10:42 AM | Comments | Permalink EA has ...".
_POSTED_BY = re.compile(r"^Posted (?:by [^|]{1,40}? )?(?:at|on) [^|]{1,40}?(?:\s*\|\s*[A-Za-z ()\d]{1,20}?){1,4}\s+(?=[A-Z\"“])")
# <script>, <style> and other non-text elements of HTML given as text; the tags of the rest.
_HTML_HINT = re.compile(r"<(?:script|style|p|div|br|span|html|body|head|meta|link|li|ul|h[1-6])\b", re.I)
_HTML_SKIP = re.compile(r"<(script|style|noscript|template|svg|iframe|nav|aside|footer|figcaption)\b[^>]*>.*?</\1\s*>|<!--.*?-->",
                        re.I | re.S)
_HTML_BLOCK = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|figure|blockquote)\b[^>]*>", re.I)
_HTML_TAG = re.compile(r"<[^<>]{1,500}>")
# A caption with its credit glued on ("...UkraineImage: Agency/AP/picture alliance").
_GLUED_CREDIT = re.compile(r"\S(?:Image|Photo|Picture|Credit)s?:\s", re.I)
# A photo credit glued to the start of a line: "Photograph: Jane Doe/AP The death toll ..."
_BULLET = re.compile(r"^(?:[*•·▪‣◦-]|\\\*)\s+")
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_BARE_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)
# Agency sign-off lines such as "ess/lo (AFP, Reuters)" or "-- Reporting by X; Editing by Y".
# The initials are lower-case only, so "US/UK talks resumed ..." is not taken for one.
_SIGNOFF = re.compile(
    r"^\s*(?:(?-i:[a-z]{1,4}/[a-z]{1,4}(?:/[a-z]{1,4})?)\s*(?:\(.{0,80}\))?\s*|\(?(?:reporting|writing|editing) by\b.*)$", re.I
)
_BYLINE = re.compile(
    r"^\s*(?:[Bb]y|BY)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}(?:\s+(?:and|&)\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})?"
    r"\s*(?:[,|].{0,80})?(?<![.!?\u201d\x22])$"
)
# Control characters (terminal escapes), bidi overrides and zero-width characters: never part of a fact.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_MARKER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*")


@dataclass
class Cleaned:
    """Clean text (lines joined by newlines) and what cleaning learned about the article."""

    text: str
    published: datetime | None = None
    lines_dropped: int = 0


def strip_html(raw: str) -> str:
    """Text of HTML given as text: script, style, navigation and caption elements out, tags to line breaks.

    Only a page is treated so (three or more element tags): a sentence that quotes one
    ``<script>`` tag is text, and renderers escape it; there only character references are read.
    """
    if len(_HTML_HINT.findall(raw[:100_000])) < 3:
        return unescape_entities(raw)  # plain text may still hold a feed's character references
    raw = _HTML_BLOCK.sub("\n", _HTML_SKIP.sub("\n", raw))
    return html.unescape(_HTML_TAG.sub("", raw))


def split_glued_credit(line: str) -> str:
    """The text before a photo credit glued to a line's last word; "" when that text is only a caption.

    "Sentences. People mourn in KyivImage: Agency/AP" gives "Sentences.": a one-paragraph
    article keeps its paragraph, and the short caption glued after its last sentence goes;
    a line that is only a short caption goes whole.
    """
    low = line.lower()
    m = _GLUED_CREDIT.search(line) if ("image" in low or "photo" in low or "picture" in low or "credit" in low) else None
    if not m:
        return line
    left = line[: m.start() + 1].strip()
    ends = [e.end() for e in re.finditer(r"[.!?][\"'”’)]*\s", left + " ")]
    tail = left[ends[-1]:] if ends else ""
    if tail and len(tail.split()) <= 10 and not line_features(tail).verb:  # a caption glued after the last sentence
        return left[: ends[-1]].strip()
    return left if ends or len(left.split()) >= 12 else ""


# Cheap substrings one of which every promo cue holds (a pre-check: most lines have none).
_PROMO_HINTS = re.compile(
    r"to know|to hear|sign|log|subscri|reading list|save |bookmark|newsletter|cookie|privacy|terms|javascript|blocker|browser|free |"
    r"paywall|unlimited|download|follow us|like us|journalism|donate|rights reserved|redistributed| us|rewritten"
)


def _is_promo(line: str) -> bool:
    """Sign-up, newsletter, legal, cookie or paywall text: a cue addressed to the reader, or a short cue line."""
    if not _PROMO_HINTS.search(line.lower()):
        return False
    return bool(_PROMO_CUE.search(line)) and (bool(_PROMO_ADDRESS.search(line)) or len(line.split()) <= 4)


def _is_furniture_line(line: str) -> bool:
    """A whole line of page furniture, by the explicit rules."""
    if _NAV.match(line) or _BARE_URL_LINE.match(line) or _SIGNOFF.match(line) or _BYLINE.match(line):
        return True
    if _TEASER.match(line) or _is_promo(line) or len(_AGO.findall(line)) >= 2 or is_fact_box(line):
        return True
    if is_credit_line(line) or is_media_teaser(line) or furniture_line(line):
        return True
    low = line.lower()
    if any(h in low for h in ("version", "correct", "amended", "updated", "wrong", "original", "mistaken", "error")) \
            and is_correction(line):
        return len(line.split()) <= 25
    if any(h in low for h in ("contribut", "reporting", " by", "this ", "source", "may not", "responsible")) and _CONTRIBUTED.search(line):
        return len(line.split()) <= 30
    return _is_stamp(line)


def _is_stamp(line: str) -> bool:
    """A time-stamp line: "Updated 2:15 PM ET, Sat December 27, 2025"."""
    return bool(_STAMP_LINE.match(line) and re.search(r"\d", line) and len(line.split()) <= 15)


def clean_text(raw: str) -> Cleaned:
    """Drop page furniture and return the article's clean lines and any date found.

    Explicit rules first (navigation, bylines, stamps, teasers, sign-up text, comment
    threads, highlight blocks, transcript marks), then the line classifier of
    :mod:`summarizer.boilerplate` for what the rules do not name.
    """
    published: datetime | None = None
    out: list[str] = []
    dropped = 0
    page = strip_html(raw)
    raw = _INVISIBLE.sub("", break_inline_bullets(fold_compat(detokenize(fix_mojibake(page), tokenised(page))))).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    lines = [tidy_line(strip_page_marks(strip_server_text(ln.replace("\u00a0", " ").replace("\\/", "/").strip()))) for ln in raw.split("\n")]
    lines = transcript_lines(join_broken_lines([part for ln in lines if ln for part in break_at_stamps(ln)]))
    cut = min(comment_thread_start(lines), thread_start(lines), notice_start(lines))  # a thread, a correction
    if video_page(lines[:cut]) or is_column(lines[:cut]):  # a video's blurb, a corrections column: nothing is news
        cut = 0
    dropped += len(lines) - cut
    lines = lines[:cut]
    blocks = [any(f) for f in zip(marked_blocks(lines), credits_and_captions(lines), notice_lines(lines), link_list(lines))]
    live = clock_page(lines)  # "2358 The UN chief ...": every four-digit lead on the page is a clock
    for line, in_block in zip(lines, blocks):
        if in_block or _is_stamp(line):
            published = published or (parse_date_line(stamp_text(line)) if not in_block else None)
            dropped += 1
            continue
        low = line.lower()  # cheap substring checks spare the costly patterns most lines
        if "day" in low:
            line = _TIMESTAMP.sub("", line)
        if "updated" in low:
            line = _UPDATED_STAMP.sub("", line)
        line = strip_bullet(_BULLET.sub("", strip_lead_credit(line))).strip()
        line = CLOCK_STRIP.sub("", line)
        if ":" in line[:60] or "." in line[:60]:
            m = CLOCK_DATELINE.match(line)  # "Lyon 10:15 a.m. EDT, May 3, 2011 - ": a clock-stamped dateline
            line = line[m.end():] if m and len(line) - m.end() > 20 else line
        if line.startswith("Posted "):
            line = _POSTED_BY.sub("", line)
        if not out:  # the headline: a wire's "(LEAD)", "UPDATE 2-" tag is how the copy was filed
            line = strip_wire_tag(line)
        line = strip_run_on(split_glued_credit(strip_pointer_head(strip_caps_label(strip_live_label(strip_live_clock(strip_highlights(line), live).strip())))))
        if not line:
            dropped += 1
            continue
        m = _MARKER.match(line)
        if m:
            published = published or parse_date_line(m.group(1))
            line = line[m.end():].strip()
            if not line:
                continue
        if len(line) < 80:
            when = parse_date_line(line)
            if when is not None:
                published = published or when
                dropped += 1
                continue
        if _is_furniture_line(line):
            dropped += 1
            continue
        if glued_wire(line):  # highlights, related headlines or a byline glued before a wire dateline
            while out and len(out[-1].split()) <= 15 and not _TERMINAL.search(out[-1]):
                out.pop()  # the highlights or related headlines on the lines just above it
                dropped += 1
            line = strip_wire_dateline(line)
        elif len(out) < 3 or CAPS_WIRE.match(line) or CAPS_PAPER.match(line):  # the dateline opens the body, after a headline and a standfirst
            line = strip_body_dateline(strip_wire_dateline(after_glued_head(line), strict=bool(out)))
        elif WIRE_STAMP.match(line):  # a wire story pasted further down a page (live pages, round-ups)
            line = strip_wire_dateline(line)
        line = AGENCY_DASH.sub("", AGENCY_PREFIX.sub("", PAPER.sub("", line)))
        if "http" in line.lower() or "www." in line.lower():
            line = _URL.sub("", line).strip()
        line = re.sub(r"\s{2,}", " ", line)
        if line:
            out.append(line)
    out = break_case_glued(drop_teaser_runs(out))
    keep = keep_lines(out)
    dropped += keep.count(False)
    return Cleaned("\n".join(line for line, k in zip(out, keep) if k), published, dropped)


_CONTACT = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
# Photo captions ("Barroso, left, and Trichet, center, arrive ...").
_CAPTION = re.compile(r",\s(?:left|right|center|centre|second left|second right|top|bottom),\s|\((?:L|R|C)\)")


@lru_cache(maxsize=SENTENCES)  # the splitter, story vectors and line eligibility ask about the same sentences
def is_furniture(sentence: str) -> bool:
    """True for a sentence that is page furniture, not news: a contact line, a photo caption, a correction notice,
    a reporter's credit, a pull quote, a live page on itself, a pointer to a website, a teaser's stamp, a glued fact box,
    a programme's running order (:mod:`summarizer.captions`, ``corrections``, ``pagemarks``, ``pagedebris``, ``programme``)."""
    return bool("@" in sentence and _CONTACT.search(sentence) or _CAPTION.search(sentence)) or is_correction(sentence) \
        or is_photo_caption(sentence) or is_reporter_credit(sentence) or is_pull_quote(sentence) \
        or live_self_reference(sentence) or points_elsewhere(sentence) or is_teaser_stamp(sentence) or is_glued_box(sentence) \
        or running_order(sentence) or writer_note(sentence)


def not_a_line(sentence: str) -> bool:
    """True for a sentence that is never a digest line: furniture, the writer's own voice (words to the reader, the
    first person with no one quoted), a headline in Headline Case, or a remnant opening inside another sentence. The last two still tell what an
    article is about and what it reports, so story vectors keep them (they drop only :func:`is_furniture`)."""
    return is_furniture(sentence) or own_voice(sentence) or opens_inside(sentence) or timeline_item(sentence) \
        or document_furniture(sentence) or is_profile_field(sentence) or headline_case(sentence)
