"""Ratchet on news_dev's day-by-day quality (skipped without ../shared): the engine against sumy's LexRank-5,
both replayed in this run (``benchmarks/quality.py --news-dev``), so the ratios hold on any machine.

Met and kept: background R2 at most 0.8x LexRank-5's (the news-quality issue's bar; 0.760x measured on 3 December,
0.0165 against 0.0217). Not yet met: update R2 at least 1.3x (1.180x measured on 3 December after a headline opening
with a spaced quotation mark is cut off its lead, 0.0591 against 0.0501; 1.134x before) is kept from slipping back
below what was reached.

Relaxed on 4 December from 0.77 to 0.78 (still under the bar): cutting live-page clocks, repeated headlines and
retold lines from haiti's day digests (pagemarks, seams, stale checks) let one background sentence rise into the first
100 words of a day (0.774x); background R2 there comes mostly from the story's topic names inside news lines, so hiding
that one sentence would not move the total. Debris lines gone are worth more than 0.004 of a ratio.
Then a page's head cut from its lead at a glued time stamp (summarizer.stampbreak) and headlines that the lead
names again or that end before "The/A" cut off (summarizer.namerepeat, articlelead): update 1.183x (0.0596 against
0.0504), background 0.777x (0.0171 against 0.0220): update ratcheted to 1.18.
Traded on 4 December (third stop): a long line far likelier news than every line its story kept keeps its place
(summarizer.longnews, LONG_NEWS_RATIO 1.5, fitted leaving one episode out over twelve; news_dev never fitted on):
update 1.181x -> 1.212x (0.0595 -> 0.0611 against 0.0504), background 0.777x -> 0.782x (0.0171 -> 0.0172 against
0.0220, one iraq day): update ratcheted to 1.21, background relaxed to 0.79, still under the issue's 0.8. Later that
day a headline glued before a lead whose subject is a possessive ("X's former doctor, Name, has ...") was cut off
(summarizer.namerepeat) and a digest's lines past its first 100 words far below their story's best were held back
(summarizer.budget.DAY_RATIO): update 1.224x (0.0617), background 0.777x (0.0171): ratcheted to 1.22 and 0.78.
Traded on 4 December (fifth stop): programme teasers and glued subheads as furniture (summarizer.programme,
summarizer.subheads) and compression that no longer breaks lines (a weekday in a name, "by now", "said in December
last year", a closed aside): haiti update 0.0914 -> 0.0929 and background 0.0525 -> 0.0535, all update 1.226x (0.0618),
background 0.782x (0.0172): background relaxed to 0.785, still under the issue's 0.8.
Traded on 4 December (sixth stop): headlines and captions glued before a lead cut off (summarizer.leadrun: mj's debris
days 6 -> 3, the news lines under them now shown) and columns never leading a story (summarizer.backdrop column test):
mj background 0.0345 -> 0.0351, haiti 0.0535 -> 0.0527, all 0.786x (0.0173 against 0.0220); update 1.222x (0.0616;
finan 0.0094 -> 0.0091): background relaxed to 0.79, still under the issue's 0.8; update stays at 1.22.
5 December (second): teasers, credits and headers cut off leads (summarizer.programme, captions, reviews) and cuts that
broke sentences refused (mainclause, cutguards, compress): haiti update 0.0929 -> 0.0939, all 1.224x (0.0617 against
0.0504); background 0.0173 against 0.0219 (LexRank-5 reads the same cleaner sentences: 0.0220 -> 0.0219), 0.78995x:
update ratcheted to 1.224, background stays at 0.79 (no margin left).
5 December (third): guards from an unseen 2011 stream kept names and times that cuts took (comp26; "The mayor of London,
Ken Livingstone, suggested ..."): iraq update 0.0492 -> 0.0504, background 0.0070 -> 0.0068; all 1.234x (0.0622 against
0.0504), background 0.785x (0.0172 against 0.0219): update ratcheted to 1.23.
5 December (fifth): a past dated on a day the channel read past is a backdrop cue (summarizer.toldday; the six's
background + stale 8.4 % -> 7.7 %, the issue's 8 % bar met), with live-page clocks and broken link lines cleaned
(glue28) and more deletions (comp28): update 1.232x (0.0621 against 0.0504); background 0.0176 against 0.0220 (0.800x;
0.7975x before rounding): haiti's 13 January digest no longer retells the quake the day after it was told, and a line of
aftershocks that scores against the day's background summary takes its place in the first 100 words. Background
relaxed to the issue's 0.8 (no margin left); update stays at 1.23. A calling before a told name goes (described.py):
background 0.0175 (0.7955x), update unchanged. A column's first line gives way to another story's report (leadstory,
first30): finan background 0.0120 -> 0.0122, all 0.0176 (0.800x as rounded, 0.798x before), update 1.232x kept.
5 December (seventh): a lede whose event the line it would merge into does not tell stays apart (lead33) unless that
line tells its figures (upd34), a column's line holds no report's long line (col34): update 1.252x (0.0631 against
0.0504; h1n1 0.0919, haiti 0.0978, mj 0.1724), background 0.7455x (0.0164; haiti 0.0597 -> 0.0369): update ratcheted
to 1.245, background to 0.77. 6 December: glued subjects split (glue38), attributions pointing back kept after
their fact, letters held back: update 1.248x (0.0629; mj 0.1724 -> 0.1715), background 0.758x (0.0163): background
ratcheted to 0.765. 6 December (second): live-page labels and capital section labels stripped, link text put back on
its line (furn39), headline-grammar cuts (glue39): update 1.248x (0.0629; h1n1 0.0919 -> 0.0915), background 0.753x
(0.0162; h1n1 0.0448 -> 0.0437): background ratcheted to 0.76. 7 December: a figure a conjunction ends counts what
its predicate says (conj52), weeks-back pasts held back (bg52), off-subject short articles found their own story
(story52), place wordings one story counts as one (placealias): update 1.250x (0.0630; h1n1 0.0906 -> 0.0921),
background 0.751x (0.0163): update ratcheted to 1.248. 7 December (sixth): the Headline Case seam returns with its
present-tense caption rule (titleseam): background 0.733x (0.0159; finan 0.0121 -> 0.0108), update unchanged:
background ratcheted to 0.74. 7 December (update60): a comma piece "until" or "since" plus a point in time is the date
the verb runs to, not a subordinate clause to cut (timebound): update 1.284x (0.0647; mj 0.1715 -> 0.1839, one line keeps
the date a trial was put off to), background 0.733x unchanged: update ratcheted to 1.28. 7 December (ninth,
order60): a story's lines after its first ordered by news probability per word (lineorder): update 1.2996x (0.0655;
mj 0.1839 -> 0.1905, h1n1 0.0921 -> 0.0897, haiti 0.0992 -> 0.0973), background 0.7235x (0.0157): ratcheted to 1.299
and 0.73.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.lines import SHARED  # noqa: E402

NEWS_DEV = SHARED / "news_dev"


@pytest.mark.skipif(not (NEWS_DEV / "mj.gold.json").is_file(), reason=f"news_dev not found at {NEWS_DEV}")
def test_news_dev_update_and_background_ratios_hold() -> None:
    from benchmarks.quality import news_dev_quality

    res = news_dev_quality(NEWS_DEV)
    engine, lexrank = res["engine"]["all"], res["lexrank5"]["all"]
    update = engine["update_R2"] / lexrank["update_R2"]
    background = engine["background_R2"] / lexrank["background_R2"]
    assert background <= 0.73, (background, engine, lexrank)  # the bar is 0.8; measured 0.760, 0.774, 0.777,
    # 0.782, 0.777, 0.782, 0.786, 0.800, 0.7955, 0.800 (5 December fifth), 0.7455 (seventh), 0.763 (eighth),
    # 0.758 (6 December), 0.753 (6 December, second), 0.751 (7 December), 0.7465 (7 December, fifth), 0.733 (sixth),
    # 0.7235 (ninth)
    assert update >= 1.299, (update, engine, lexrank)  # measured 1.234, 1.236, 1.252 (5 December seventh), 1.248
    # (6 December), 1.250 (7 December), 1.248 (7 December, fifth: finan 0.0093 -> 0.0088 as broken cuts were mended),
    # 1.284 (7 December, update60: timebound), 1.2996 (ninth: lineorder); the bar is 1.3
    assert engine["days"] == lexrank["days"] == 181
