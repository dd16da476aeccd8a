"""The CLI subcommands, in process, against a local feed server."""
from __future__ import annotations

from fakes.web import STRIKE, Route, page, rss

from bot.cli import main

CH = "webhook:cli"


def run(capsys, db, *args: str) -> tuple[int, str]:
    code = main([*args, "--db", db])
    return code, capsys.readouterr().out


def test_feeds_schedule_poll_status(web, tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    web.routes["/rss"] = Route(rss([]))
    code, out = run(capsys, db, "feeds", "add", web.url("/rss"), "--channel", CH, "--interval", "15m",
                    "--allow-private", "--target", "http://127.0.0.1:1/hook")
    assert code == 0 and out.startswith(f"Following {web.url('/rss')} (checked every 15m)")
    code, out = run(capsys, db, "feeds", "add", web.url("/rss"), "--channel", CH)
    assert code == 1 and "refusing a private address" in out
    code, out = run(capsys, db, "feeds", "list", "--channel", CH)
    assert out.startswith(f"1. Riverton Gazette <{web.url('/rss')}> — checked never")  # titled when added

    code, out = run(capsys, db, "poll", "--allow-private")
    assert code == 0 and "first poll, 0 existing entries recorded as baseline" in out
    code, out = run(capsys, db, "poll", "--allow-private")
    assert out.strip() == "no feed is due"
    web.routes["/rss"] = Route(rss([{"title": "Dockers strike", "link": web.url("/s"), "guid": "s"}]))
    web.routes["/s"] = Route(page("Dockers strike", STRIKE))
    code, out = run(capsys, db, "poll", "--all", "--allow-private")
    assert code == 0 and "1 new (0 updated), 0 duplicates" in out

    code, out = run(capsys, db, "schedule", "set", "weekdays 09:00", "--tz", "Europe/Berlin", "--channel", CH)
    assert code == 0 and out.startswith("Digests weekdays 09:00 (Europe/Berlin). Next:")
    code, out = run(capsys, db, "schedule", "set", "* * * * *", "--channel", CH)
    assert code == 1 and "at most every 15 minutes" in out

    code, out = run(capsys, db, "status")
    assert f"{web.url('/rss')} — last fetch" in out and ", ok, next in" in out
    assert f"{CH}: weekdays 09:00 (Europe/Berlin), next run" in out
    assert f"{CH} (webhook): last digest never" in out

    code, out = run(capsys, db, "schedule", "off", "--channel", CH)
    assert out.strip() == "Scheduled digests are off for this channel."
    code, out = run(capsys, db, "feeds", "remove", "2", "--channel", CH)
    assert code == 1 and out.startswith("No feed number 2")
    code, out = run(capsys, db, "feeds", "remove", "1", "--channel", CH)
    assert code == 0 and out.strip() == f"Stopped following {web.url('/rss')}."
    code, out = run(capsys, db, "deliver-pending")
    assert code == 0 and out.strip() == "nothing pending"


def test_poll_reports_a_broken_feed_in_one_line(web, tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    web.routes["/missing"] = Route(rss([]))
    run(capsys, db, "feeds", "add", web.url("/missing"), "--channel", CH, "--allow-private")
    del web.routes["/missing"]
    code, out = run(capsys, db, "poll", "--allow-private")
    assert code == 1
    assert out.strip() == f"{web.url('/missing')}: error: HTTP 404 Not Found"
