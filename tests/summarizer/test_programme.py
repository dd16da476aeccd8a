"""A programme's running order, a questioner's turn on a live page and a press review's line are furniture; news that
reports speech, a present-tense headline and a quoted teaser are not (made-up sentences)."""
from __future__ import annotations

import pytest

from summarizer.clean import is_furniture, not_a_line
from summarizer.programme import running_order

RUNNING_ORDER = [
    "Tomas discusses the harbour closure, the ferry strike, how to mend a net and the week's best songs.",
    "Ann Vole, a marine biologist at Lowmere University, examines the cause of the algae bloom.",
    "Chief harbour correspondent Ed Pike looks at what the council hopes the levy will achieve.",
    "Ed Pike reports from the quayside on reaction to the ruling.",
    "Harbour master Ann Vole and Ed Pike, of the ferry union, debate whether the levy can work.",
    "Business news with Ann Vole on the port's record borrowing costs.",
    "Plus reports on the tide tables and the life of a lighthouse keeper.",
    "Coming up on the programme: the ferry strike and a new lighthouse.",
    "And also on today's programme, we hear from the lighthouse keepers.",

    "Ed Pike asks if the levy was ever put to a vote.",
    "Ed Pike, a councillor, asks whether the harbour will be dredged this year.",
    "Tomas chats to the ferry's captain and a retired lighthouse keeper.",
    # a transcript's introduction of its guest, whatever the guest goes on to say
    "Ann Vole is editor of the Lowmere Tide Gazette and begins by telling the Harbour Hour the ferry was never safe.",
    "Ed Pike, a former harbour master, joins us now from the quayside.",
    "Later, Ed Pike joins us from the lighthouse.",
    # a film's reporter with the people it shows, or on an errand to find out
    "Ann Vole follows a group of fishermen as one crew prepares for the storm.",
    "Ed Pike meets those who lost their boats in the flood",
    "Ann Vole goes to Lowmere, on the coast, to find out.",
    "Ed Pike visits the fish market to find out more.",
    "Harbour correspondent Ed Pike assesses the mayor's first year.",
]
NEWS = [
    "The ferry company reports a loss of 3 million pounds for the year.",
    "Ann Vole said the levy would be reviewed next month.",
    "Ed Pike explains that the harbour will stay closed until Friday.",
    "Ann Vole, the harbour master, told reporters: \"Tomas discusses nothing with us.\"",
    "Talks with the ferry union broke down on Monday, the council said.",
    "Reports from the quayside suggest the damage is worse than feared.",
    "Later in the show, the mayor was seen dancing with the ferry crew.",
    "Coming up to the harbour wall, the ferry struck a buoy.",
    "The harbour board works with Ann Vole on the new tide tables.",
    "Ed Pike explains the ruling: the council must repay every toll it took since March.",
    "The ferry union began by asking for a pay rise of five per cent.",
    "Ann Vole joined the ferry company in 2004 and became its chief engineer.",
    "The harbour master joins US coastguards in blaming the ferry company for the delay.",
    "Its licence is on the line after the ferry ran aground for a second time this year.",
    "The ferry's second voyage follows a pattern set by the first.",
    "Ann Vole meets the ferry union on Monday to discuss the toll.",
    "The harbour board went to court to find out who owns the quay.",
    "Ann Vole went to the quay to find out what had happened to her son, she told the inquiry.",
]


@pytest.mark.parametrize("sentence", RUNNING_ORDER)
def test_running_order_is_furniture(sentence: str) -> None:
    assert running_order(sentence)
    assert is_furniture(sentence) and not_a_line(sentence)


@pytest.mark.parametrize("sentence", NEWS)
def test_news_is_no_running_order(sentence: str) -> None:
    assert not running_order(sentence)
