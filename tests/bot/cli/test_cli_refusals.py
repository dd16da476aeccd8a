"""Options that would give a misleading answer are refused with a clear message (issue 11, item 13)."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.cli import main
from bot.core.service import Audience, DigestRequest
from summarizer.models import NOTHING_NEW
from bot.render.slack import NOTHING_NEW_DIGEST


@pytest.mark.parametrize("args, says", [
    (["--max", "0"], "must be at least 1 (got 0); leave the option out for no limit"),
    (["--max", "-3"], "must be at least 1 (got -3)"),
    (["--max-per-story", "0"], "must be at least 1 (got 0)"),
])
def test_zero_caps_are_refused_not_answered_with_nothing_new(tmp_path, capsys, args, says):
    with pytest.raises(SystemExit) as exit_:
        main(["digest", "--db", f"sqlite:///{tmp_path / 'x.db'}", *args])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and says in err and "nothing new" not in err.lower()


@pytest.mark.parametrize("window", ["0h", "0m", "0d", "400d"])
def test_a_zero_or_huge_window_is_refused_not_read_as_no_window(tmp_path, capsys, window):
    code = main(["digest", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--window", window])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert f"--window {window} is outside 1 minute to 366 days; leave --window out for everything new" in captured.err


def test_a_valid_window_and_cap_still_work(tmp_path, capsys):
    assert main(["digest", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--window", "24h", "--max", "1"]) == 0
    assert capsys.readouterr().out.strip() == "nothing new"


def test_the_request_itself_refuses_zero_caps_and_windows():
    with pytest.raises(ValueError, match="at least 1 item"):
        DigestRequest(Audience("c"), max_items=0)
    with pytest.raises(ValueError, match="longer than zero"):
        DigestRequest(Audience("c"), window=timedelta(0))
    assert DigestRequest(Audience("c"), window=timedelta(minutes=1), max_items=1).max_items == 1


def test_an_empty_digest_does_not_mention_a_last_digest_the_user_may_never_have_had():
    for text in (NOTHING_NEW, NOTHING_NEW_DIGEST):
        assert "last digest" not in text and text.startswith("Nothing new")
