"""Is a line English? The English cues of ranking and lead choice (event verbs, attribution, the writer's voice) read
English text only; a line in another language is never judged by them."""
from __future__ import annotations

from summarizer.language import dominant_script
from summarizer.latin import language_of


def english(text: str) -> bool:
    """Is ``text`` read as English (Latin script, no other Latin-script language registered for it)?"""
    return dominant_script(text[:200]) in ("", "LATIN") and language_of(text) == "en"
