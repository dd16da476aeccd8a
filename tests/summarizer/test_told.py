"""Was a sentence's main event told? A new actor and action is news; a paraphrase of a told event is not."""
from __future__ import annotations

from datetime import datetime

from summarizer.novelty import Memory, judge
from summarizer.text import canon
from summarizer.told import action_terms, coordinated, day_event, event_object, main_event, tells, untold_event

TOLD = ["The city's mayor, Anna Brindle, has pleaded not guilty to harbour bribery charges and is awaiting trial.",
        "The mayor denies taking bribes from the harbour contractor."]
NEW = "A magistrate has ordered the city's mayor, Anna Brindle, to stand trial for harbour bribery."


def _memory(sentences: list[str]) -> Memory:
    memory = Memory()
    for s in sentences:
        memory.add(s, "story", "a1")
    return memory


def test_main_event_reads_the_action_and_the_head_of_its_subject() -> None:
    action, subject = main_event("A magistrate has ordered the mayor to stand trial for bribery.")
    assert "order" in action and subject == "magistr"


def test_the_subject_is_read_across_an_appositive_aside() -> None:
    assert main_event("Dr Anna Brindle, a friend of the mayor for two decades, testified that he took bribes.")[1] == "brindl"
    assert main_event("The interview, a scoop for the harbour network, was broken into two parts.")[1] == canon("interview")
    assert main_event("On Monday, the council suspended the mayor.")[1] == canon("council")  # no aside: as before


def test_plans_backstory_and_unreadable_subjects_are_no_event() -> None:
    assert main_event("The council will decide whether to suspend the mayor.") == (frozenset(), "")
    assert main_event("Investigators had concluded that the contractor paid the mayor.") == (frozenset(), "")
    assert main_event("The mayor fears being suspended by the council.") == (frozenset(), "")
    assert main_event("In March, the council suspended the mayor.") == (frozenset(), "")  # a month without its day
    assert main_event("Last year the council suspended the mayor.") == (frozenset(), "")
    assert main_event("The chief clerk stepped down over the affair.") == (frozenset(), "")  # a phrasal verb
    assert not main_event("Lawyer Ed Brindle subpoenaed the contractor.")[0] & {"ed", ""}  # "Ed" is a name
    assert "suspend" in main_event("On March 3, the council suspended the mayor.")[0]
    # the verb of a subordinate clause is not the main event
    assert main_event("On Monday the donors pledged aid for the port, where flood damage is hampering the work.") == (
        frozenset(), "")


def test_british_and_american_spellings_share_an_action() -> None:
    assert action_terms("apologised") & action_terms("apologized")


def test_a_known_sentence_tells_the_event_by_its_subject_or_in_the_passive() -> None:
    action, subject = main_event("A magistrate has ordered the mayor to stand trial for bribery.")
    assert tells("Last week a magistrate ordered the mayor to hand over her passport.", action, subject)
    assert tells("The mayor was ordered to stand trial.", action, subject, {"mayor", "trial"})
    assert not tells("Tests were ordered on the contractor's accounts.", action, subject, {"mayor", "trial"})
    assert not tells("A magistrate may order a trial next month.", action, subject)  # a prospect, not a fact


def test_a_new_event_about_known_participants_is_news() -> None:
    memory = _memory(TOLD)
    text = NEW
    assert untold_event(text, TOLD, memory, set())
    assert judge(text, memory, "story").novel


def test_a_paraphrase_of_the_told_event_stays_known() -> None:
    memory = _memory(TOLD + ["A magistrate ordered the mayor, Anna Brindle, to stand trial for bribery on Monday."])
    text = NEW
    assert not untold_event(text, [], memory, set())
    assert not judge(text, memory, "story").novel


def test_within_a_digest_a_new_event_is_not_merged_into_its_prospect() -> None:
    """Sentences of one digest merge into the item they retell (``new_actions`` off), but an event is no
    retelling of the plan or prospect of it another article of the day told."""
    prospect = "A magistrate will decide if the city's mayor, Anna Brindle, must stand trial for harbour bribery."
    fresh = _memory(TOLD + [prospect])
    assert judge(NEW, fresh, "story", new_actions=False).novel
    retold = _memory(TOLD + ["A magistrate ordered the city's mayor, Anna Brindle, to stand trial for harbour bribery."])
    assert not judge(NEW, retold, "story", new_actions=False).novel


# A story whose words were all told (the contractor, the tender, the trial, even the verb in a request),
# but not that a jury convicted anyone.
TRIAL = ["The harbour contractor Brindle Marine faces a bribery trial over the city port tender, prosecutors said.",
         "Prosecutors asked the jury to convict Brindle Marine of bribery over the city port tender.",
         "A jury was sworn in at the city court for the harbour bribery trial of Brindle Marine."]
VERDICT = "A jury convicted the harbour contractor Brindle Marine of bribery over the city port tender."


def test_the_day_event_is_news_however_many_of_its_words_were_told() -> None:
    memory = _memory(TRIAL)
    assert judge(VERDICT, memory, "story", day=True).novel  # the day's lead: nobody told that a jury convicted
    assert judge(VERDICT, memory, "story").novel  # a request resolved: "asked the jury to convict", then "convicted"
    memory.add("The jury convicted a harbour pilot of bribery over the city port tender last year.", "story", "a0")
    assert not judge(VERDICT, memory, "story").novel  # by its words alone, the action told as done: a repeat
    assert judge(VERDICT, memory, "story", day=True).novel  # the day's lead: told of another object


def test_the_day_event_told_before_stays_known() -> None:
    memory = _memory(TRIAL + ["The city court jury convicted Brindle Marine of bribery over the port tender."])
    assert not judge(VERDICT, memory, "story", day=True).novel


def test_an_action_told_of_another_object_does_not_tell_the_event() -> None:
    memory = _memory(TRIAL + ["The jury convicted the harbour pilot of bribery over the city port tender."])
    assert judge(VERDICT, memory, "story", day=True).novel
    action, subject = main_event(VERDICT)
    assert not tells("The jury convicted the harbour pilot of bribery.", action, subject, (), "marin")
    assert tells("The jury convicted Brindle Marine of bribery.", action, subject, (), "marin")


def test_event_object_reads_the_head_of_the_object_phrase() -> None:
    assert event_object("Police searched the lakeside home of the mayor on Friday.", "searched") == canon("home")
    assert event_object(VERDICT, "convicted") == canon("marine")
    assert event_object("The mayor resigned on Friday.", "resigned") == ""  # no object


def test_day_event_is_the_lead_or_a_sentence_anchored_at_its_day() -> None:
    friday = datetime(2024, 3, 8)  # a Friday
    assert day_event("Anything at all.", friday, lead=True)
    assert day_event("The jury convicted the contractor yesterday.", friday, lead=False)
    assert day_event("Police searched the home on Thursday.", friday, lead=False)
    assert not day_event("Police searched the home on Monday.", friday, lead=False)  # four days back
    assert not day_event("The council will meet next Friday.", friday, lead=False)  # a plan
    assert not day_event("Residents are now leaving the town.", friday, lead=False)  # "now" names no day
    assert not day_event("The jury convicted the contractor.", friday, lead=False)  # no time at all


def test_a_light_verb_takes_its_event_from_its_object() -> None:
    action, subject = main_event("The harbour contractor was given a sentence of six years for bribery.")
    assert "sentenc" in action and subject == "contractor"
    assert "approv" in main_event("The council gave its approval to the harbour plan.")[0]
    assert main_event("The mayor took the bus to the harbour.") == (frozenset(), "")  # a common object: no event


def test_a_named_day_keeps_an_old_time_from_vetoing_the_event() -> None:
    assert main_event("The council suspended the mayor in 2019.") == (frozenset(), "")
    action, subject = main_event("The council today suspended the mayor over the bribery of 2019.")
    assert "suspend" in action and subject == "council"


def test_a_prospect_in_the_future_does_not_tell_the_event() -> None:
    action, subject = main_event("The contractor was given a sentence of six years today.")
    assert not tells("The contractor was jailed to await a sentence next month for bribery.", action, subject)
    assert tells("The contractor, who will appeal next week, received a sentence on Monday.", action, subject)
    assert tells("The contractor received a sentence on Monday.", action, subject)


def test_a_verdict_and_a_delay_horizon_are_events() -> None:
    assert main_event("The harbour contractor has been found guilty of bribery by a jury.") == (
        frozenset({"guilti"}), "contractor")  # "found" is light: its complement names the event
    assert "postpon" in main_event("The judge has postponed the bribery trial until September.")[0]  # a horizon
    assert main_event("The judge postponed the bribery trial in September.") == (frozenset(), "")  # backstory


def test_a_verb_of_attempt_takes_its_event_from_its_infinitive() -> None:
    assert main_event("The council yesterday tried to suspend the mayor.") == (action_terms("suspend"), "council")
    assert main_event("Dockers began to blockade the harbour.")[0] == action_terms("blockade")
    assert main_event("The council will try to suspend the mayor.") == (frozenset(), "")  # still a plan
    assert main_event("The council wants to suspend the mayor.") == (frozenset(), "")  # a wish is no act
    action, subject = main_event("The council tried to suspend the mayor.")
    assert tells("Last week the council attempted to suspend the mayor.", action, subject)
    assert not tells("The council may try to suspend the mayor.", action, subject)


def test_an_attempted_act_of_the_day_is_news_about_a_told_backdrop() -> None:
    memory = _memory(["The city's auditor warned last month that the harbour contract broke tendering law.",
                      "The auditor, Maria Vell, said the harbour contract was awarded without a tender."])
    lead = "The city council tried to bury the auditor's warning that the harbour contract broke tendering law."
    assert judge(lead, memory, "story", day=True).novel
    memory.add("The city council buried the auditor's warning on the harbour contract.", "story", "a2")
    assert not judge(lead, memory, "story", day=True).novel  # the attempt was told


CONCEDED = ["The harbour minister, Ada Lunn, conceded defeat in the port ballot on Sunday night.",
            "Lunn said the ballot had been fair and thanked her staff."]


def test_a_new_action_joined_by_and_to_a_told_one_is_news() -> None:
    """ "conceded defeat and resigned" tells a resignation nobody had told, though every other word is known."""
    memory = _memory(CONCEDED)
    assert judge("The harbour minister, Ada Lunn, conceded defeat in the port ballot and resigned on Sunday night.",
                 memory, "story").novel
    assert not judge("The harbour minister conceded defeat in the port ballot.", memory, "story").novel
    memory.add("Ada Lunn resigned as harbour minister after the ballot.", "story", "a2")
    assert not judge("Ada Lunn conceded defeat in the port ballot on Sunday night and resigned.", memory, "story").novel


def test_coordinated_reads_past_actions_joined_to_the_main_one() -> None:
    assert coordinated("The council suspended the clerk and fined the contractor.", "suspended") == ["fined"]
    assert coordinated("Lunn conceded defeat, and then resigned.", "conceded") == ["resigned"]
    assert coordinated("The floods damaged roads and bridges.", "damaged") == []  # "bridges" is no past action
    assert coordinated("Residents, dazed and confused, waited.", "dazed") == []  # no words between: modifiers
    assert coordinated("The plan helped industrialised and developed nations.", "helped") == []  # two modifiers
    assert coordinated("The clerk resigned after the council met and voted.", "resigned") == []  # a subordinate clause
    assert coordinated("The council will suspend the clerk and fine the firm.", "suspend") == []  # a plan
