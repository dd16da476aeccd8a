"""Generated ``/digest`` texts through the shared command grammar: always a ParsedCommand, never a crash."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.chat.commands import MAX_ITEMS_LIMIT, Action, ParsedCommand
from bot.chat.grammar import parse_command
from fuzzkit import examples, count, hostile_char

WORDS = ["help", "public", "--public", "max", "top", "limit=5", "--max=0", "max=x", "24h", "0h", "90m", "7d", "2w",
         "99999w", "last", "since", "feeds", "feed", "add", "remove", "rm", "list", "every", "30m", "0m",
         "schedule", "off", "weekdays", "09:00", "25:99", "Europe/Berlin", "Mars/Olympus", "status", "5", "0",
         "-1", "999999999999999999999", "https://user:pass@news.example/feed?token=abc", "<https://a.example|a>",
         "\"quoted", "“curly”", "--foo", "?"]
command_text = st.one_of(
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(hostile_char, max_size=10)), max_size=8).map(" ".join),
    st.text(hostile_char, max_size=200),
    st.none(),
)


@examples(4000)
@given(command_text)
def test_every_text_parses_to_a_command(text: str | None) -> None:
    count("slash commands")
    parsed = parse_command(text)
    assert isinstance(parsed, ParsedCommand)
    if parsed.action in (Action.ERROR, Action.HELP):
        assert parsed.message.strip()
    assert parsed.max_items is None or 1 <= parsed.max_items <= MAX_ITEMS_LIMIT
    assert parsed.window is None or parsed.window.total_seconds() > 0
