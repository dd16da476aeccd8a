"""Closed English word lists the engine shares: calendar names and verbs of saying, one home for each.

Modules build their own sets and pattern alternations from these and name what they add or leave out, so a
list is corrected in one place. Nothing here is about a given site or story.
"""
from __future__ import annotations

from collections.abc import Iterable

# Calendar names, in their order: a weekday's index is Python's ``date.weekday()``, a month's index + 1 its number.
WEEKDAY_LIST = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_LIST = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
WEEKDAYS = frozenset(WEEKDAY_LIST)
MONTHS = frozenset(MONTH_LIST)
WEEKDAYS_LOWER = frozenset(d.lower() for d in WEEKDAY_LIST)
MONTHS_LOWER = frozenset(m.lower() for m in MONTH_LIST)
# Alternations for patterns, in calendar order: "Monday|Tuesday|...|Sunday" ("...".lower() under re.I).
WEEKDAY_NAMES = "|".join(WEEKDAY_LIST)
MONTH_NAMES = "|".join(MONTH_LIST)
# A month's name, full or abbreviated ("Jan", "Sept", "June"), as datelines and dates in sentences write it.
MONTH_WORD = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
              r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")

# Verbs of saying and telling, every form a report uses, in the order patterns try them ("said" first, the
# commonest). Patterns put their own verbs after these and say why they leave one out.
SAY = ("said", "says", "say", "told", "tells")
# Verbs of a public report, after SAY in most attribution patterns.
REPORT = ("reported", "reports", "announced")
# Verbs of a disputed or judged claim, said of one speaker ("argued", "insists", "warned"), in both finite forms.
CLAIM = ("claimed", "claims", "argued", "argues", "insisted", "insists", "warned", "warns", "believed", "believes")
SAY_WORDS = frozenset(SAY)  # the same, as a set of tokens
# Without the bare "say", which is as often an infinitive or an aside ("to say", "would say", "say, a bank"):
# the finite forms of one speaker's report, "said|says|told|tells".
SAID = tuple(w for w in SAY if w != "say")
SAID_WORDS = frozenset(SAID)
# Verbs that attribute a quotation to its speaker ('..., " she added', '..., " Jo Roe replied'), in pattern order.
QUOTE_VERBS = ("said", "says", "added", "adds", "told", "tells", "wrote", "writes", "explained", "insisted", "warned",
               "recalled", "declared", "continued", "commented", "replied", "stated", "noted", "argued", "admitted")

# Irregular verbs' simple past where it differs from the base ("held", "began"): a clause that holds one has its finite
# verb. Pasts spelt like their base ("cut", "let", "spread") are as often a present or a noun: modules add them by name.
PAST_TENSES = frozenset("""said told won lost met took gave made left sent found held led paid sold brought bought began came
    went saw became fell rose ran wrote spoke struck fled grew kept knew thought shot fought caught taught sought sat stood
    understood meant felt dealt built spent lent bent slept swept wept withdrew overtook arose""".split())
# Irregular past participles unlike the simple past ("taken", "written").
PARTICIPLES = frozenset("""seen taken given known shown grown written spoken beaten broken chosen driven fallen forgotten
    hidden risen stolen sworn thrown woken begun done gone withdrawn overtaken""".split())

# Auxiliaries and modals that make a clause finite ("... , was arrested", "and could face"), in the order patterns try them.
FINITE_AUX_LIST = ("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
                   "should")
FINITE_AUX = frozenset(FINITE_AUX_LIST)

# Words that open a noun phrase before its head ("the", "its", "these"): articles, possessives, demonstratives. Modules
# add their own (quantifiers, "whose") or leave one out ("that", as often a conjunction) and say why.
DETERMINERS = frozenset("a an the his her its their our my your this that these those".split())
# Conjunctions that open an adverbial clause, subject and verb ("Although the bill passed, ...", "When Jo Roe was
# elected ..."). Some are prepositions too ("after the vote"): modules that need a clause to follow leave those out.
CLAUSE_SUBORDINATORS = frozenset("after although as because before if once since though unless until when whereas while "
                                 "whilst".split())

# Sentence adverbs that link a sentence to the one before it and still let it say its clause outright ("Moreover, X",
# "In fact, X"), in two kinds: links that add or concede, which may stand without a comma ("Nevertheless the bill
# passed"), and links that go with one. :data:`summarizer.chunks.CONNECTIVE` and summarizer.bound's link add their own.
LINKS_ADDING = ("moreover", "furthermore", "nevertheless", "nonetheless", "in addition", "additionally")
LINKS_WITH_COMMA = ("then", "still", "instead", "indeed", "besides", "again", "similarly", "likewise", "in turn",
                    "in fact", "of course", "after all")

# Words ending in "-ed" that are no verb form ("a hundred", "in red", "sacred"): a verbless fragment holding one is still
# verbless. Ones that are also verbs ("need", "shed", "feed") are not here.
NOT_ED_VERBS = frozenset("""hundred red bed sacred naked wicked wretched kindred hatred indeed greed creed deed steed
    tweed reed rugged ragged jagged beloved""".split())


def ed_verb(word: str) -> bool:
    """Whether a lower-case word reads as a regular past tense or participle by its "-ed" ("raised"; not "hundred")."""
    return word.endswith("ed") and word not in NOT_ED_VERBS


def alternation(*groups: Iterable[str], without: Iterable[str] = ()) -> str:
    """The words of ``groups`` in order, less ``without``, joined for a pattern: ``said|says|told|tells``."""
    left_out = frozenset(without)
    return "|".join(w for group in groups for w in group if w not in left_out)

# Members of a legislature, named by their seat: "the MP for <a constituency>", "a congressman from <a state>". Lower
# case, as compared (summarizer.referents: a place after "for" or "from" such a noun is no speaker's name).
LEGISLATORS = frozenset("mp mps mep msp congressman congresswoman lawmaker legislator representative councillor "
                        "councilman councilwoman assemblyman assemblywoman deputy senator".split())
