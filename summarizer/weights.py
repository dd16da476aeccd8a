"""The weights that combine a candidate's features into its salience (see :mod:`summarizer.rank`).

Features (each about 0..1, computed by :func:`summarizer.rank.cheap_features`):
  central     sumy centrality among the story's top candidates by the cheap score
  relevance   cosine to the titles and leads of today's articles of the story
  lead        1 / (1 + position / 2): early sentences carry the news
  new_lead    the same over the article's candidates only (what the reader has not been told): its first
              new sentence leads a re-published page or a follow-up
  novelty     share of the sentence the audience has not been told
  fact        hard facts: an update, a conflict, new figures or dates
  prevalence  how many further outlets reported it today, (sources - 1) / 3, capped at 1
  recent      refers to a time within a week before publication ("on Tuesday", "yesterday")
  background  earlier years, history, profile or explainer cues
  future      plans and forecasts ("will", "is due to")
  event       actor + past action + figure or place: the shape of an event report
  opinion     modal, hedge, first-person, evaluative or question cues
  article_background  share of the article's opening sentences that read as background
                      (explainers, profiles: :mod:`summarizer.genre`)
  article_opinion     share of its opening sentences with opinion cues, raised by a question title
  article_report      share of its opening sentences that attribute what they tell ("police said")
  article_news        how much its opening reads as a report: mean event prior and attributed share, averaged
                      (below REPORT_CUT the article's lines are buried: explainers, columns, features)
  title       cosine to its own article's headline: the sentence that tells the headline's news
  attributed  tells who says it ("police said", "according to")
  quoted      share of the sentence inside quotation marks (reaction and colour)
  question    asks a question in the writer's voice (not inside quotation marks)
  short       min(1, 20 / words): a short, headline-like line
  today       refers to the publication day or the day before ("today", "on Monday" said on Tuesday)
  new_names   capitalised words (names, places, bodies) the audience was not told, 3 or more -> 1

WEIGHTS are fitted by ``benchmarks/fit_weights.py`` on the news_dev day gold (reward
bigram overlap with each day's Update summaries, penalise overlap with its Background
summaries, first 100 words of the day digest), with leave-one-story-out validation (fit on
four stories, score the fifth); a weight leaves its starting value only when that helps the
held-out story in at least four of the five folds. Re-run the script to refit; it prints the
held-out figures. The fit on the twelve hand-labelled training episodes (``benchmarks/learn.py --with-train2``,
3 December) proposes moving three of them (prevalence, relevance, recent; see WEIGHTS).
"""
from __future__ import annotations

FEATURES = ("central", "relevance", "lead", "new_lead", "novelty", "fact", "prevalence",
            "recent", "background", "future", "event", "opinion", "article_background", "article_opinion",
            "article_report", "article_news", "title", "attributed", "quoted", "question", "short", "today", "new_names")

# Fitted by benchmarks/fit_weights.py (news_dev, five stories, 181 gold days) in two rounds, each
# starting from the previous weights (round 1: the earlier hand-set combination, new features
# at 0). A weight moved only when, fitted alone on four stories, it helped the held-out fifth
# in at least 4 of 5 folds: round 1 kept background -0.25 (5/5 folds), round 2 lead 0.25 -> 0.5
# (4/5). Held out, day-weighted update / background R2: 0.0636 / 0.0208 (hand-set) -> 0.0652 /
# 0.0200 (LexRank-5: 0.0553 / 0.0227). recent, future, event and opinion did not help held out
# and stay at 0 (still computed, so the script can refit them); nor did the article genre features
# (refit 1 December: article_background helped the held-out story in 0/5 folds, article_opinion
# in 1/5, article_report in 0/5; by hand, article_report 0.25 or 0.5 did not help the labelled
# episodes either). Refit when features change.
# 1 December, later: title, attributed and quoted added (still 0). Neither fit moved a weight held out:
# a logistic regression on labels from the day gold (a line is positive when its share of bigrams in
# the Update summaries exceeds that in the Background summaries by 0.1: 0.4-6 % of lines) blended with
# these weights scored 1.22x / 0.91x LexRank-5 held out against 1.22x / 0.91x for these weights; a
# coordinate search on the hand-labelled sentences (benchmarks/learn.py) beat these weights on 0 of 6
# held-out episodes, and its fit on all six scored 1.16x / 0.87x on the news_dev gold it never saw
# (these weights: 1.22x / 0.86x, simulated). Refit with the sharper time anchoring (fit_weights.py,
# 18 features): lead helped the held-out story in 4/5 folds (fact 4/5 but never moved by the fit);
# lead 0.5 -> 0.6 raised simulated held-out update R2 0.0655 -> 0.0673 (1.22x -> 1.25x LexRank-5;
# finan, haiti, mj up, iraq equal, h1n1 down), background 0.86x -> 0.85x, but NOT kept: read line by
# line, it turned two haiti day digests (13 and 15 January 2010) from a news first line (the quake
# and its feared toll) to a glued feature teaser (checked with
# lead 0.5 and 0.6 alone), while benchmarks/lines.py's first-line share stayed 0.558.
# 3 December (refit9), over the twelve training episodes (the six and train2, benchmarks/learn.py --with-train2):
# the full coordinate search beat these weights on 3 of 12 held-out episodes (unstable: each fold moves 5-12 weights
# its own way). Three moves recur: prevalence 0.3 -> -0.2 (10 of 12 folds; all 12 lower it), relevance 0.25 -> 0.15
# (9) and recent 0 -> 0.1 (9); those three alone are the candidate. Simulated held out over the twelve: objective 7.11 -> 7.41, news
# lines 126 -> 131, better on 8 episodes, worse on 4 (armstrong-oprah, galloway, haiti, spector; the rule that
# picked the three saw every fold, so this is a little optimistic). Replayed (benchmarks/lines.py): six 335 -> 336
# lines, news lines 79 kept, background+stale 11.4 % -> 11.3 %, first line news 33/41 kept; train2 255 -> 259
# lines, news lines 33 -> 35, background+stale 18.4 % -> 18.5 %, first line news 21/33 -> 22/33; seeds unchanged.
# With it a line many outlets carried today would weigh less, not more. news_dev update R2 0.0578 (1.15x LexRank-5),
# background 0.75x. NOT kept: the six's median line 104 -> 105 characters, past the line-form ratchet. Subsets:
# prevalence alone keeps the median but loses a six news line; the others pass 0.18 over 140 characters.
# 3 December (benchmarks/short_fit.py, twelve episodes): a length term after each story's lead (the short cue, or
# min(1, ref / condensed line length)) shortens lines only by losing news: held out 126 -> 124 news lines; replayed at
# x 0.3 the six's median line 104 -> 103 but news lines 80 -> 76, first line news 33 -> 24 of 41. short stays 0.
WEIGHTS: dict[str, float] = {
    "central": 0.25, "relevance": 0.25, "lead": 0.5, "new_lead": 0.0, "novelty": 0.10, "fact": 0.15, "prevalence": 0.3,
    "recent": 0.0, "background": -0.25, "future": 0.0, "event": 0.0, "opinion": 0.0,
    "article_background": 0.0, "article_opinion": 0.0, "article_report": 0.0, "article_news": 0.0,
    "title": 0.0, "attributed": 0.0, "quoted": 0.0, "question": 0.0, "short": 0.0, "today": 0.0, "new_names": 0.0,
}
DIGEST_WORDS = 100  # salience budget (summarizer.budget): the digest's first lines up to this many words always show
MARGIN = 99.0  # after them, a line scoring more than this below its story's best is minor (not shown, counted)
FLOOR = -99.0  # and so is a line scoring below this (a story's best line always shows)
# The budget is fitted (benchmarks/fit_weights.py, leave one story out, ROUGE-2 F of whole day
# digests): MARGIN 99 and FLOOR 1.0 in all five folds (day digests 15 -> 7 lines, held-out update
# F2 up in every story, first-100-word R2 unchanged). It is NOT on by default: on the seeds it
# drops deltas the gold counts (F1 0.925 -> 0.742 at 1.0, 0.799 at 0.6), so the salience scores do
# not yet separate news from minor lines well enough for an absolute floor. Set
# EngineConfig.salience_floor to use it.
MMR_PENALTY = 0.3  # maximal marginal relevance: salience lost per unit of cosine similarity to a line already chosen
# Background lines are not news: a line whose background cue (summarizer.anchor: an earlier year,
# history, profile or explainer cues, a date over a month back) reaches BACKGROUND_CUT scores BURY
# lower, so it ranks after every other line of its story, and the budget (summarizer.budget) counts
# it as minor instead of showing it (unless it is the story's best). Chosen on the hand-labelled
# candidate sentences of benchmarks/lines.py (739 in six episodes): at 0.5 the cue catches 0 of 83
# news, 3 of 473 minor, 13 of 103 background, 3 of 56 stale sentences (at 0.3: 8 news, 44 minor,
# 39 background, 7 stale). benchmarks/learn.py fits the cut leave one episode out: five folds chose
# 0.3, which beat no cut on 3 of 6 held-out episodes (armstrong background+stale 0.20 -> 0.12, haiti
# 0.13 -> 0.11, assange 0.325 -> 0.312) and lost news lines on pistorius (0.157 -> 0.129). 0.5 is
# kept for precision (a lost news line costs more than a shown background line): it never lost a
# news line (armstrong 0.20 -> 0.15, mj 0.18 -> 0.17, the rest unchanged). Seeds unchanged (F1 0.925).
# 2 December: a cue that tells the past (a life, a founding, a lasting past: summarizer.anchor) now weighs 0.5
# outside reported speech and the last week, so it reaches the cut alone. The cue at 0.5 then catches 0 of 85
# news, 3 of 475 minor, 17 of 104 background and 3 of 55 stale candidates; refitted leave one episode out
# (benchmarks/learn.py), five of six folds chose 0.5 (pistorius chose 0.3 and lost news lines there).
# A question in the writer's voice ("Could he be smuggled out?") is buried the same way: of the
# seven such candidates in the episodes six are minor, one background, none news; the seeds have none.
# 3 December, refit over the twelve training episodes (the six and train2, benchmarks/learn.py --with-train2): 11 of
# 12 folds chose 0.5 again (armstrong-usada chose 0.3 and lost there: first line news 0.50 -> 0.33). Kept.
BACKGROUND_CUT = 0.5
# An article that does not read as a report (article_news below REPORT_CUT: few event sentences, little
# attribution; an explainer, column, essay or feature) has its lines buried the same way, and when every
# line of a story is buried only its best shows (summarizer.budget). benchmarks/learn.py fits the cut leave
# one episode out: every fold chose 0.4 (the top of the grid), which beat no cut on 3 of 6 held-out episodes
# but lost news lines on haiti (18 -> 15). 0.15 is kept for precision: on the labelled episodes it buries
# only an explainer on diplomatic law (assange, 24 background sentences), never a news line; engine replay
# (benchmarks/lines.py) background+stale 0.203 -> 0.187, news 0.171 -> 0.175, first line news 0.605 kept.
# At 0.25 (which would catch more finan op-eds, article_news 0.18-0.30) the labelled episodes lost 3 news
# lines and background+stale rose to 0.197. Why the genre weights above helped no held-out story: a weight
# shifts all of an article's lines together, so on a day whose only article is a column or an explainer it
# changes nothing (it has to cut, with its best line alone shown), and the article background share missed
# explainers written in the general present ("Such passports do not confer immunity": share 0), which the
# report score (few event sentences, no attribution) catches.
# 3 December, twelve episodes (learn.py --with-train2): every fold chose 0.4, the top of the grid (the objective's
# shares reward a shorter digest); held out, the simulated objective 7.11 -> 7.69 over the twelve but news lines
# 126 -> 102 (haiti 19 -> 12, armstrong-usada 9 -> 5, assange 11 -> 8, finan 11 -> 8, palin 4 -> 2): 0.15 kept.
REPORT_CUT = 0.15
BURY = 10.0

# The news bar (summarizer.newsbar): a logistic model of "this line is news" (against minor, background,
# stale and debris) over these features, fitted by benchmarks/learn.py on the hand-labelled sentences of
# benchmarks/lines.py (six episodes, 739 candidates, 85 news), ridge 1.0. A digest whose best candidate's
# probability is below NEWS_BAR is a quiet day: its new-kind lines are minor (counted, not shown);
# updates and conflicts still show.
# 2 December (benchmarks/gate.py): refitted with lead (raw position), new_names and short added (six episodes,
# ridge 1.0). Held out over every candidate (model fitted on five episodes, the sixth scored), log loss / AUC of news
# against the rest: 0.2915 / 0.796 with the 14 features before, 0.2856 / 0.808 with these 17. Tried and not kept
# (held-out AUC within 0.002 alone): prevalence, today, article_news, article_report, future, question.
# 3 December, refit on the twelve training episodes (benchmarks/gate.py --with-train2: 1,699 candidates, 154 news):
# held out it is slightly better calibrated (train2, never fitted on by these coefficients: log loss 0.179 -> 0.172,
# better on 4 of 6 episodes; the six, a model of the other eleven against one of the other five: 0.2873 -> 0.2860,
# 4 of 6), but NOT kept: in the engine (the quiet-day bar) it made one h1n1 day with a news line quiet (six: 335 ->
# 329 lines, news lines 79 -> 78, first line news 33/41 -> 33/40, background+stale 11.4 % -> 11.6 %; --brief: news
# lines 43 -> 41), train2 and the seeds unchanged. These coefficients are still those of the six.
NEWS_FEATURES = ("relevance", "new_lead", "title", "event", "attributed", "background", "opinion", "article_opinion",
                 "article_background", "recent", "quoted", "novelty", "central", "fact", "lead", "new_names", "short")
NEWS_COEF: dict[str, float] = {
    "relevance": 1.14, "new_lead": 0.699, "title": 1.17, "event": 1.33, "attributed": 0.19, "background": -0.567,
    "opinion": -0.535, "article_opinion": -0.996, "article_background": -0.0847, "recent": -0.223, "quoted": -1.13,
    "novelty": -0.596, "central": 0.0345, "fact": 1.26, "lead": 1.71, "new_names": 0.378, "short": 0.524,
}
NEWS_BIAS = -4.84
# Held out (the model fitted on five episodes, the sixth scored), the best news probability of a day
# separates the days with a news candidate from those without. The bar fitted on five episodes
# (objective: first-line news share + news share - background/stale share) is 0.4-0.5 in every fold and
# beats no bar on 4 of 6 held-out episodes, but there it loses 17 of 74 news lines (mj: 12 -> 4). Kept
# low for recall: at 0.2 (models held out) 1 news line of 74 is lost, lines 398 -> 385, background+stale
# 0.151 -> 0.145, first line news h1n1 0.33 -> 0.40, mj 0.55 -> 0.60 (simulated; benchmarks/learn.py).
# The model reads lead position among the article's new sentences (new_lead), not raw position: with
# raw position a re-published page whose news comes after what was told fell below the bar.
# Refit 2 December (after the history cue and changed figures leading): folds chose 0.4-0.5 again, with a better
# first line on 5 of 6 held-out episodes, but 56 of 74 news lines kept (mj 12 -> 3); 0.2 is kept. A lead line
# chosen by this model (held out) instead of by salience was news on 23 of 43 days against 26; with salience
# plus a multiple of it fitted per fold, 25 of 42 (a scratch script, not kept): it does not pick leads better.
# Refit with the 17-feature model (benchmarks/gate.py, quiet-day bar alone, bars 0-0.4): folds chose 0.2 (armstrong),
# 0 (haiti) and 0.3 (the other four); held out it changed nothing but 5 h1n1 lines (first line news 32/40 either way).
# 3 December, twelve episodes: gate.py (quiet-day bar alone, objective with news recall) folds chose 0 or 0.2-0.3;
# held out first line news 54/74 against the engine's 54/73 (0.2; one h1n1 day quiet). learn.py (shares only) chose
# 0.5 in every fold and beat no bar on 10 of 12, but lost 28 of 126 news lines (haiti 19 -> 9, mj 15 -> 7). 0.2 kept.
NEWS_BAR = 0.2
# The show gate (summarizer.budget.gate): a new-kind line whose news probability is below a ratio of the best
# line's of its story is minor (counted, not shown). SHOW_RATIO is the ratio fitted by benchmarks/gate.py leave one episode out
# (objective: first-line news share + news share + news recall - background/stale share - debris share; ratios
# 0-0.8, with the quiet-day bar): five folds chose 0.7, one 0.6. Held out on the six labelled episodes (engine
# digests, the news model fitted on the other five): lines 374 -> 44, news share 0.195 -> 0.750, background+stale
# 0.168 -> 0.045, news lines 73 -> 33, first line news 32/40 -> 29/34. It is not the default
# at 0.7 (every digest: budget.DAY_RATIO, 0.05, after 100 words): the seeds gold counts every new fact of an article as a delta, including lines the
# model rates 0.03-0.1 ("Seoul raised the possibility of reconsidering weapons supplies to Kyiv"), and the gate at
# 0.1 already drops seeds recall 0.946 -> 0.757 (0.7: 0.378), below the ratchet. On news_dev (first 100 words of
# each day digest, benchmarks/quality.py --show-ratio 0.7) the shorter digests lower update R2 0.0543 -> 0.0378 (0.76x
# LexRank-5's) and background R2 0.0159 -> 0.0111 (0.51x): the gold rewards 100 words of update text, the gate shows
# one or two lines a day.
# 3 December, twelve episodes (gate.py --with-train2): nine folds chose 0.7, three 0.6; held out lines 584 -> 107,
# news share 0.190 -> 0.636 (111 -> 68 news lines), background+stale 0.146 -> 0.084, first line news 54/73 kept. Kept.
SHOW_RATIO = 0.7

# Lead choice (summarizer.lead): a question, an explainer, a round-up of reports, a line in the writer's own voice
# or a line of an article that reads as a column, review or blog (summarizer.genre.Genre.column: opinion cues,
# first and second person outside quotations, a question title, a rating) reaching COMMENTARY_CUT does not lead a
# digest; the first fit line among the digest's first LEAD_WINDOW lines leads instead.
# COMMENTARY_CUT is set by reading, not fitted (the labelled episodes hold almost no columns): on 40 articles of
# an entities slice (/tmp/mix.jsonl articles 1500-3000, sampled between 0.4 and 0.75) nearly every article at 0.5
# or more is a blog post, column, letter or review, while below it reports with a quoted "I" or "we" are common.
# LEAD_WINDOW is fitted leave one episode out on the engine's real day digests (benchmarks/learn.py --lead; windows
# 1, 2, 3, 5, 8; objective: news first lines minus background, stale and debris ones): five folds chose 2, the
# pistorius fold (the other five tie) 1. Held out: first line news 32/41 either way; background/stale first lines
# 1 either way (0 with window 2 on all six: pistorius 18 February 2013, a press-roundup line, gives way to a minor
# line; h1n1 26 April 2009, a general line on how the virus changes, sinks by its explainer cue,
# summarizer.anchor). A day none of whose lines may lead is quiet
# (summarizer.engine). Read on unseen entities slices (/tmp/mix.jsonl, all entities by date: lines 2735-2855,
# 3029-3149, 3164-3284, 4000-4299, 5000-5299): 32 day digests changed their first line; 22 had a column, review,
# blog essay or background line lead and became quiet or led by a less bad line, 5 neutral, 5 worse (a news line
# in a live blog's voice, glued to "You can read ... here:", in an article at column 0.50, or "Jony I ve", a
# corpus artifact, read as "I").
# A column-like article that still reads as a report (summarizer.genre.Genre.report at least COLUMN_REPORT: event
# sentences, attribution) may lead: read on three entities slices around 2009-2010 (Guardian blogs), the day made
# quiet by column >= 0.5 alone was a blog post carrying news on 4 of 16 days (a prototype iPhone found, a
# Microsoft officer's speech, a fake Steve Jobs account fooling a newspaper, Palin's crib notes: report 0.35-0.50)
# and a column, review or essay on the rest (report 0.18-0.33).
# LEAD_WINDOW refit 3 December over the twelve episodes (learn.py --lead --with-train2): eleven folds chose 2,
# spector 1; held out first line news 54/74 either way, background/stale/debris first lines 5 (4 with 2 everywhere).
COMMENTARY_CUT = 0.5
COLUMN_REPORT = 0.35
LEAD_WINDOW = 2
# After the lead choice, the lead story's line the news model (summarizer.newsbar) rates LEAD_RATIO times likelier news
# than its first line (and at least NEWS_BAR) may lead that story (summarizer.lead.likeliest_first). It is OFF (0).
# Fitted leave one episode out over all ten training episodes (benchmarks/learn.py --lead-ratio --with-train2;
# ratios 0, 1, 1.25, 1.5, 2, 3, 4; objective as the window's): every fold chose 1.5; held out first line news
# 48/63 -> 49/63 (h1n1 26 April 2009; 50/63 with a long-line exemption tried and reverted for news_dev background).
# But read on an unseen entities slice (/tmp/mix.jsonl lines 2000-2800, 212 day digests) it changed 15 first lines: 4 better (a
# return home, a first press conference, a poll figure), 7 worse (a recovery-time explainer over a scan result, a
# quotation over a team's unpaid wages, an earlier accusation over a dropped case), 4 neutral; at 3 it changed two,
# both worse (a quotation of a rider or manager leading). The news model does not order a story's lines better
# than salience does on unseen news.
LEAD_RATIO = 0.0
# A lead story whose first line is a reaction (summarizer.reaction: quoted speech only, a speaker's state of mind, a
# verb of reaction) leads with its first line that is none among its first REACTION_WINDOW lines
# (summarizer.lead.event_first: an action told, no plan or forecast, fit to lead; 1: off). Fitted leave one episode out
# over the twelve training episodes (benchmarks/learn.py --reaction --with-train2; windows 1, 2, 3, 5, 8; objective as
# LEAD_WINDOW's): every fold chose 2; held out first line news 54/74 -> 56/74 (assange 20 August 2012, a "committed to
# seeking a diplomatic solution" statement gives way to Ecuador's move; armstrong-usada 11 October 2012, a report
# "described ... as “...”" gives way to the team-mates' evidence), background/stale/debris first lines 4 -> 3. Wider
# windows reach a background line (3: 4, 5: 5). Read on unlabelled day replays (news_dev h1n1-300 and iraq-400, mixT):
# 1 first line of 414 changed, better (a quoted Assange statement gives way to "has been charged with theft").
REACTION_WINDOW = 2

# The backdrop model (summarizer.backdrop): a logistic model of "this line is background or stale" (against news,
# minor and debris) over 18 ranking features and tense/anchoring/told cues, ridge 1.0, fitted by
# `benchmarks/backdrop.py --lines --with-train2` on the day-digest lines of the ten training episodes (the six and
# train2: the lines the hide judges, not every candidate); a new-kind line (not its story's first) whose probability
# reaches BACKDROP_CUT is held back (not offered again). 1.0: off. Held out (model and cut fitted on nine episodes,
# the tenth scored; folds chose 0.25-0.35): with the present-of-state cue b_generic_state (summarizer.narrative: "the
# glacier is 80 miles long", "the country depends on foreign aid") background+stale 0.141 -> 0.126 on the six,
# 0.203 -> 0.192 on train2, no news line hidden (101 kept); every other cue tried (narrative past, a narrative-past
# run of neighbours, depth after the lead, the article's shares of narrative, generic, recent and reported
# sentences, undated, days ago) tied or lost on one set, and fitting on every candidate (the earlier fit) gained
# nothing from it (0.146 on the six). The cut fitted on all ten (objective: background/stale lines hidden - 3 x news
# lines - 0.25 x minor lines) is 0.3: replayed, the six 352 -> 346 lines, background+stale 13.1 % -> 11.8 %, news 79
# lines kept (22.4 % -> 22.8 %); train2 184 -> 181 lines, 18.5 % -> 15.5 %, news 22 lines kept; first lines and
# seeds unchanged. Fitted on top, the rest held (`--over X`, figures in benchmarks/backdrop.py): f_frame_old (bg11),
# a_state, p_backstory (bg13), s_span (bg14), t_old_date (stale20, summarizer.olddates), e_epithet (bg27,
# summarizer.epithets), t_told_day (bg28, summarizer.toldday), t_weeks_back (bg52), f_occasion (bg55,
# summarizer.occasion: "Earlier this month, ...", "Until now, ...": held out 487 -> 485 lines, 0.084 -> 0.080).
BACKDROP_COEF: dict[str, float] = {
    "background": 1.0, "attributed": -0.499, "b_said": -0.769, "b_bare": 0.167, "lead": -0.913, "new_lead": 0.296,
    "central": -0.456, "b_gap": 0.644, "b_containment": -0.0611, "b_coverage": 0.341, "novelty": -0.0432,
    "b_past_perfect": 0.836, "b_history": 0.488, "b_trait": 0.0, "b_past_year": 1.0, "title": 0.399, "short": -0.467,
    "today": -0.514, "b_generic_state": 1.09, "f_frame_old": 1.85, "a_state": 0.406, "p_backstory": 2.3, "s_span": 0.58,
    "t_old_date": 1.34, "b_sequence": 1.56, "e_epithet": 1.4, "t_told_day": 1.37, "t_weeks_back": 0.761,
    "f_occasion": 1.16}
BACKDROP_BIAS = -0.86
BACKDROP_CUT = 0.3

# The article-kind model (summarizer.articlekind): a logistic model of "this article is not a news report" (a review,
# column, feature, profile, explainer, listing) over whole-article cues, fitted by benchmarks/article_kind.py on
# articles read by a person (benchmarks/labels/articles/genre.json), leaving one topic out. Lines of an article whose
# probability reaches OTHER_CUT are held back (summarizer.backdrop.mark), first lines too (hide; opin22); 1.0: off. Held out,
# 0.7 (chosen on all topics) caught 52 of 81 others and 4 of 110 reports, but cost news_dev update R2 0.0593 -> 0.0577
# (finan, iraq, mj) and a news line of the episodes; 0.8 (31 others, 1 report held out) leaves both unchanged.
# 3 Dec (article_kind.py --with-train2, 229 articles, 86 other): on train2's articles, never seen, they and the models
# fitted leaving each topic out catch the same at 0.8 (1/5 others, 0/33 reports; 0.7: 2/5, 2/33 vs 1/33). Not refit;
# the cut chosen on all twelve is 0.7 (0.75 on the six): 0.8 kept. 4 Dec: style cues (article_kind.py --over).
OTHER_COEF: dict[str, float] = {
    "k_report": -2.05, "k_column": 1.27, "k_voice": 1.2, "k_kind": 0.0404, "k_background": 0.716, "k_question": 0.331,
    "k_lede_recent": -0.763, "k_lede_perfect": -1.37, "k_lede_future": -0.638, "k_quotes": -0.569, "k_verdict": 0.236,
    "k_past_year": 0.895, "k_recent": -0.619, "k_lede_said": -1.43, "k_past_action": -0.815, "k_generic": 0.151,
    "k_we_you": 1.13, "k_ask": 0.513, "k_evaluative": 0.589, "k_short": 0.273, "k_conj": 1.91, "k_listing": -0.474}
OTHER_BIAS = 1.84
OTHER_CUT = 0.8

# The stance cut (summarizer.backdrop.backdrop): a new-kind line, not its story's first, whose
# summarizer.stance.commentary (opinion, analysis or scene-setting cues, damped by the event prior) reaches
# STANCE_CUT is held back like a background line. Fitted by benchmarks/stance.py leave one episode out over the ten
# labelled episodes (objective: background/stale/debris lines hidden + 0.25 x minor - 3 x news): every fold chose 0.3.
# Held out: 538 -> 516 lines, news 101 kept (no news candidate of 131 scores 0.25 or more), 20 minor, 1 background, 1
# debris hidden (conditionals, forecasts, first person plural, a column's judgement). Replayed: six 352 -> 343 lines
# (news 0.224 -> 0.230), train2 184 -> 172 (0.120 -> 0.128); first line news, seeds unchanged.
# The stance also reads the article's genre evidence (summarizer.articlekind.other_probability at STANCE_GENRE) for
# the writer's own statements (not attributed, no action told: a column's statement carries no cue of its own) and a
# modal at STANCE_MODAL; benchmarks/stance.py chooses the three among the parameters that hide no news line of the
# training episodes (unconstrained, folds took the top genre weight and hid 2 news lines held out). Leave one out over
# the ten: 1 news line hidden (a finance report the article model scores 0.70), 25 minor, 3 background, 1 debris;
# 8 folds chose (0.3, 0.4, 0.3), as all ten do; a modal weight of 0.2 scored lower on those folds. Replayed: six
# 335 -> 334 lines (news 79 kept), train2 169 -> 165 (news 23 kept, background+stale 26 -> 25); on unlabelled
# entities days (mixG) 1215 -> 1195 lines, by reading column, review and analysis sentences but one plan.
STANCE_CUT = 0.3
STANCE_MODAL = 0.3  # a modal or hedge's weight among the stance cues (summarizer.stance.commentary)
STANCE_GENRE = 0.4  # the weight of the article's genre evidence (summarizer.articlekind.other_probability)
# A story's first line (backdrop.hide): stance.opinion_probability, "this sentence comments, not reports", its article's
# genre and its own cues, fitted by benchmarks/reportage.py leaving one topic out on leads read by a person (opin33).
OPINION_COEF: dict[str, float] = {"o_genre": 2.09, "o_stance": 1.23, "o_event": -1.38, "o_plan": -1.06}
OPINION_BIAS = -0.65
OPINION_CUT = 0.6  # at or above: leads only when no reporting line can (EngineConfig.report_first, off; trades places with it)
