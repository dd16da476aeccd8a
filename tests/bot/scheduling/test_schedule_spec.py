"""Schedule specs, crontab day numbers, and fire times across daylight-saving changes."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.scheduling.spec import ScheduleError, missed_run, parse_spec

UTC = timezone.utc


def utc(*a: int) -> datetime:
    return datetime(*a, tzinfo=UTC)


def fires(spec: str, tz: str | None, start: datetime, n: int) -> list[datetime]:
    return [t.astimezone(UTC) for t in parse_spec(spec, tz).next_runs(start, n)]


@pytest.mark.parametrize("spec,tz,text,dow", [
    ("weekdays 09:00", "Europe/Berlin", "weekdays 09:00", "mon,tue,wed,thu,fri"),
    ("weekdays 09:00 Europe/Berlin", None, "weekdays 09:00", "mon,tue,wed,thu,fri"),
    ("daily 18:30", None, "daily 18:30", "*"),
    ("every day at 6:15", None, "daily 06:15", "*"),
    ("mon,wed,fri 08:00", None, "mon,wed,fri 08:00", "mon,wed,fri"),
    ("Monday, Friday 7pm", None, "mon,fri 19:00", "mon,fri"),
    ("fri-mon 10:00", None, "mon,fri,sat,sun 10:00", "mon,fri,sat,sun"),
    ("weekends 10:00", None, "weekends 10:00", "sat,sun"),
    ("cron 30 8 * * 1-5", None, "cron 30 8 * * 1-5", "mon,tue,wed,thu,fri"),
    ("30 8 * * 0", None, "cron 30 8 * * 0", "sun"),
    ("30 8 * * 7", None, "cron 30 8 * * 7", "sun"),
    ("0 9 * * 5-7", None, "cron 0 9 * * 5-7", "fri,sat,sun"),
    ("0 9 * * sun,mon", None, "cron 0 9 * * sun,mon", "mon,sun"),
    ("0 9 * * */2", None, "cron 0 9 * * */2", "tue,thu,sat,sun"),  # cron 0,2,4,6
])
def test_parse(spec, tz, text, dow):
    s = parse_spec(spec, tz)
    assert (s.text, s.day_of_week) == (text, dow)


def test_cron_sunday_numbers_fire_on_sunday():
    start = utc(2025, 3, 26)  # a Wednesday
    for spec in ("0 9 * * 0", "0 9 * * 7", "0 9 * * sun"):
        (t,) = fires(spec, None, start, 1)
        assert t == utc(2025, 3, 30, 9) and t.weekday() == 6
    assert [t.weekday() for t in fires("0 9 * * 1-5", None, start, 5)] == [2, 3, 4, 0, 1]


@pytest.mark.parametrize("spec,tz,msg", [
    ("* * * * *", None, "at most every 15 minutes"),
    ("*/5 9 * * *", None, "at most every 15 minutes"),
    ("0 9 1 * 1", None, "not both"),
    ("0 9 * * 8", None, "bad day"),
    ("1,3 09:00", None, "day names"),
    ("weekdays", None, "one time"),
    ("mon 25:00", None, "bad time"),
    ("daily 09:00", "Mars/Olympus", "unknown time zone"),
    ("daily 09:00 Europe/Berlin", "Asia/Tokyo", "two time zones"),
    ("0 9 * *", None, "5 fields"),
    ("", None, "empty"),
])
def test_rejected(spec, tz, msg):
    with pytest.raises(ScheduleError) as err:
        parse_spec(spec, tz)
    assert msg in str(err.value) and "\n" not in str(err.value)


def test_daily_0900_berlin_across_march_dst():
    # Last Sunday of March 2025 is the 30th: CET (+1) -> CEST (+2).
    assert fires("daily 09:00", "Europe/Berlin", utc(2025, 3, 28, 12), 4) == [
        utc(2025, 3, 29, 8), utc(2025, 3, 30, 7), utc(2025, 3, 31, 7), utc(2025, 4, 1, 7)]


def test_daily_0900_berlin_across_october_dst():
    # Last Sunday of October 2025 is the 26th: CEST (+2) -> CET (+1).
    assert fires("daily 09:00", "Europe/Berlin", utc(2025, 10, 24, 12), 3) == [
        utc(2025, 10, 25, 7), utc(2025, 10, 26, 8), utc(2025, 10, 27, 8)]


def test_weekdays_skip_the_dst_weekend():
    assert fires("weekdays 09:00", "Europe/Berlin", utc(2025, 3, 28, 6), 2) == [utc(2025, 3, 28, 8), utc(2025, 3, 31, 7)]


def test_nonexistent_time_fires_an_hour_later_and_repeated_time_fires_once():
    spring = fires("daily 02:30", "Europe/Berlin", utc(2025, 3, 29, 12), 2)
    assert spring == [utc(2025, 3, 30, 1, 30), utc(2025, 3, 31, 0, 30)]  # 03:30 CEST, then 02:30 CEST
    autumn = fires("daily 02:30", "Europe/Berlin", utc(2025, 10, 25, 12), 2)
    assert autumn == [utc(2025, 10, 26, 0, 30), utc(2025, 10, 27, 1, 30)]  # once on the 26th (02:30 CEST)


def test_missed_run_is_the_newest_within_grace():
    spec = parse_spec("daily 09:00", "Europe/Berlin")
    last = datetime(2025, 3, 27, 8, 0)  # naive UTC: the 27th's run
    # Down from the 27th to the 31st 10:00 Berlin: four runs missed, the newest (31st 07:00Z) is caught up once.
    assert missed_run(spec, last, utc(2025, 3, 31, 8), grace=6 * 3600) == utc(2025, 3, 31, 7)
    assert missed_run(spec, last, utc(2025, 3, 31, 20), grace=6 * 3600) is None  # too late: wait for tomorrow
    assert missed_run(spec, datetime(2025, 3, 31, 7, 30), utc(2025, 3, 31, 8), grace=6 * 3600) is None
    assert missed_run(spec, last, utc(2025, 3, 27, 8, 30), grace=3600) is None  # nothing due since
    assert missed_run(spec, last, utc(2025, 3, 31, 8), grace=6 * 3600) - utc(2025, 3, 31, 7) == timedelta(0)


def test_superscript_digits_are_refused_in_words() -> None:
    for spec in ("¹ 9 * * *", "0 9 * * ¹", "*/¹ 9 * * *"):
        with pytest.raises(ScheduleError):
            parse_spec(spec)
