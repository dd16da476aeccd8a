"""``--channel`` values the store could not hold alike on every database are refused in one line."""
from __future__ import annotations

import pytest

from bot.cli import main


@pytest.mark.parametrize("argv", [
    ["digest", "--channel", "x" * 201],
    ["feeds", "list", "--channel", "slack:T1:\x00C1"],
    ["schedule", "off", "--channel", " "],
    ["status", "--channel", "a\nb"],
])
def test_bad_channel_keys_are_refused(argv: list[str], tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as info:
        main([*argv, "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "a channel key is 1 to 200 printable characters" in err and "Traceback" not in err
    assert not (tmp_path / "x.db").exists()  # refused before anything was opened


def test_a_200_character_key_is_fine(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    assert main(["feeds", "list", "--channel", "c" * 200, "--db", f"sqlite:///{tmp_path / 'x.db'}"]) == 0
