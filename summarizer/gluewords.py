"""Word classes that tell a glued boundary from running prose (:mod:`summarizer.glue`).

Small closed lists of English function words, clause-taking verbs, openers, titles and role
nouns; nothing here is about a given site or story.
"""
from __future__ import annotations

import re

from summarizer import lexicon
from summarizer.lexicon import FINITE_AUX, PAST_TENSES, SAY_WORDS, WEEKDAYS_LOWER

# Words after which a sentence goes on: function words, so "in Haiti said" or "and Police" never split.
FUNCTION = frozenset(
    """
    a an the and or but nor so yet of in on at to for from by with without into onto under about
    after before during since until against between through across among per as than that which who whom
    whose what when where why how this these those it its he she they we i you him her them us his their
    our your my me is are was were be been being has have had do does did will would shall should can
    could may might must not no also there here then if because while though although all any some each
    other such only more most very just even than like near via amid despite toward towards upon within
    mr mrs ms dr st last next past one two three four five six seven eight nine ten many much few several
    another every former late then over behind around outside inside beyond including regarding
    da de del della di do dos du la le van von der den bin ibn al el
    """.split()
)
# Verbs that take a clause without "that" ("officials said Obama would ...", "documents show X had ...").
CLAUSE_VERBS = SAY_WORDS | frozenset(
    """
    tell think thinks thought believe believes believed know knows knew hope hopes
    hoped fear fears feared warn warns warned claim claims claimed insist insists insisted suggest suggests
    suggested argue argues argued add adds added note notes noted show shows showed shown find finds found
    confirm confirms confirmed announce announces announced report reports reported reveal reveals revealed
    state states stated explain explains explained admit admits admitted deny denies denied acknowledge
    acknowledges acknowledged learn learns learned mean means meant expect expects expected agree agrees
    agreed write writes wrote indicate indicates indicated estimate estimates estimated predict predicts
    predicted assume assumes assumed guess realise realised realize realized feel feels felt see sees saw
    heard hear hears ensure ensures ensured decide decided decides saying telling warning claiming insisting
    arguing suggesting noting adding reporting showing
    """.split()
)
# Words that open an introductory phrase, often written without its comma ("After the quake UN officials said").
INTRO = frozenset(
    """
    after before when while since as if although though because despite during following in on at for
    last earlier later this next once until unless whether whatever wherever whenever by with without
    amid under over from to according given like unlike besides beyond throughout within but and or so yet
    every each
    """.split()
)
# Time words: "Last week The Times reported", "Earlier this month Apple said".
TIME = frozenset(
    """
    today yesterday tomorrow tonight morning afternoon evening night week weekend month year years ago
    earlier later now time times
    """.split()
) | WEEKDAYS_LOWER
# Determiners and possessives: "the carmaker Toyota said" is an apposition, "the bill Congress passed" a relative clause.
DETERMINERS = lexicon.DETERMINERS | frozenset("whose every any some one".split())  # and "whose", quantifiers
# Words that open a clause inside the left part, which the capitalised word could then continue.
SUBORDINATORS = frozenset("who which that whom whose where when because if whether than how what why".split())
OPENERS = frozenset("The A An This These Its His Her Their Our Thousands Hundreds Dozens Millions Many Some Most Several Both "
                     "Every".split())
PRONOUNS = frozenset("He She They We You It There".split())
# Role nouns that stand before a name in apposition ("IMF chief Dominique Strauss-Kahn confirmed").
ROLES = frozenset(
    """
    chief chairman chairwoman president minister secretary executive director spokesman spokeswoman spokesperson
    leader head official adviser advisor governor senator correspondent editor analyst economist commissioner
    ambassador envoy general coach founder ceo manager mayor judge lawyer attorney prosecutor star singer actor
    actress player captain commander officer chancellor premier candidate nominee rival partner wife husband
    son daughter brother sister father mother colleague counterpart deputy member
    author writer novelist poet artist reporter journalist columnist photographer producer host presenter model
    winner guard promoter researcher scientist expert professor doctor student activist campaigner businessman
    """.split()
)
PRONOUN_WORDS = frozenset("he she they we you it i there what who".split())
TITLES = frozenset("Mr Mrs Ms Dr President Sir Lord Lady Senator Sen Rep Gov Governor General Gen Judge Prof Professor".split())
FINITE = frozenset(
    """
    shall does did do
    adds added warned warns announced announces confirmed confirms reported reports
    """.split()
) | SAY_WORDS | FINITE_AUX
# Nouns that take a letter as a label ("influenza A virus", "type A personality"): "A" after them is no article.
LETTER_LABELS = frozenset(
    """
    type vitamin hepatitis influenza grade class category group section part level plan block gate row flight
    terminal platform series division league pool tier option exhibit appendix annex schedule wing ward
    """.split()
)
# Prepositions before a place or name that can end a caption ("Aid arrives in Haiti The first ...").
PLACE_PREPS = frozenset("in at near from of to outside inside across".split())
# Irregular past tenses common in news: a clause that holds one has its finite verb ("when he died").
# Glue also reads these (compression's chunks.PAST_FORMS leaves them out: "heard", "broke" there cut lines worse).
PAST = PAST_TENSES | frozenset("was were had did died hit put cut set lay broke drew flew threw heard stole swore tore wore "
                               "woke".split())
# Auxiliaries and copulas: "Scottish charities are to be given ..." opens a clause, where "the bill Congress
# passed" may be a relative clause after a noun.
AUX = FINITE_AUX | {"shall"}
# Words that open a sentence (subordinators, prepositions of an opening adverbial, pronouns) but, capitalised,
# never go on inside one. Not demonstratives or quantifiers, which open titles of works ("the movie This Is
# It"), not name particles, titles, modals, months or numbers ("Van", "Dr", "Will", "May", "Formula One").
STARTERS = frozenset(
    """when if as after before since while although though because despite during following until unless whether
    according amid like unlike in on at for by with without from over under near around about behind outside
    within throughout once he she they we you it there here then so yet but and or nor last next earlier later up
    nearly almost between among""".split())
# "cents" before a capitalised word: a bullet ("¢", a misread "•") spelt out, unless an amount comes before it.
CENT_BULLET = re.compile(r"(?:(\S+)[ \t]+|^)[Cc]ents[ \t]+(?=[A-Z])", re.M)
AMOUNT = re.compile(r"\d|^(?:a|few|several|many|some|hundreds?|thousands?|millions?|dozens?|half|one|two|three|four|five|six"
                     r"|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$",
                     re.I)
# Nouns that take a clause without "that" ("the way Roe has stirred up the contest", "a chance Enron could
# become ..."): a capitalised subject after one goes on in the same sentence.
CLAUSE_NOUNS = frozenset(
    """
    way chance fact hope idea sign signs possibility reason time day moment fear fears belief news view claim
    suggestion danger risk evidence impression feeling sense guarantee proof notion assumption expectation
    """.split()
)

# Unions read in the glue tests' inner loops, made once (a set union per test cost more than the test).
NOT_TITLE_END = FUNCTION | TIME | ROLES | INTRO | SUBORDINATORS  # a title ends with none of these (a caption's last word)
NOT_PLAIN_END = FUNCTION | TIME | ROLES | INTRO  # a plain clause's last word is none of these
NOT_NOUNS = FUNCTION | TIME | CLAUSE_VERBS  # no head noun of a subject
NOT_TITLE_START = INTRO | PRONOUN_WORDS | DETERMINERS  # a title opens with none of these
CLAUSE_LEADS = INTRO | SUBORDINATORS | CLAUSE_NOUNS  # words that lead into a clause
VERB_FORMS = FINITE | AUX | PAST  # finite verbs, auxiliaries and past tenses
CAPITAL_STARTS = TITLES | OPENERS | PRONOUNS  # capitalised words that open a clause or a name
FUNCTION_OR_LABEL = FUNCTION | LETTER_LABELS  # function words and nouns that take a letter label
OPENERS_OR_PRONOUNS = OPENERS | PRONOUNS  # determiners and pronouns opening a clause
FINITE_OR_PAST = FINITE | PAST  # finite verbs and past tenses
FINITE_OR_AUX = FINITE | AUX  # finite verbs and auxiliaries
