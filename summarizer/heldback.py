"""Lines held back wherever they stand, a story's first line too: a column's own lines and a retold day.

:func:`summarizer.backdrop.hide` never hides a story's first line by its backdrop probability: the first line is the
story's news of the day. Two kinds of line are held back even there, the next line that is neither leading instead:

- a column's, review's or feature's own line (:func:`summarizer.backdrop.column_line`), as before;
- a *retold day*: a line that tells in the writer's voice, as a simple past with no new fact, an event of a day the
  channel already read the story past (:func:`summarizer.toldday.told_day`: "The minister resigned yesterday, ..." in
  an article of today when the channel's last digest of the story held an article of yesterday). A lead that retells
  the day before in other words (a report of the day after, its standfirst cut) passes the novelty test as new, and
  as its story's first line the backdrop model could not hold it back. Such a line that the backdrop probability
  leaves shown elsewhere in a story is held back too. A story whose only new lines are such shows none of them.
"""
from __future__ import annotations

from summarizer.backdrop import column_line
from summarizer.english import english
from summarizer.scored import Scored
from summarizer.toldday import told_day
from summarizer.weights import OTHER_CUT


def retold_day(c: Scored) -> bool:
    """Whether candidate ``c`` (English only: the cue reads English) retells an event of a day its audience read the
    story past (:func:`summarizer.toldday.told_day` of its sentence, article date and novelty verdict)."""
    return english(c.text) and told_day(c.text, c.article.published, c.verdict)


def held(c: Scored, other_cut: float = OTHER_CUT) -> bool:
    """Whether candidate ``c`` is held back wherever it stands in its story (its first line too): a column's own line
    (:func:`summarizer.backdrop.column_line` at ``other_cut``) or a :func:`retold_day`."""
    return column_line(c, other_cut) or retold_day(c)
