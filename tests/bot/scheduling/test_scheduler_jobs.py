"""DigestScheduler: jobs rebuilt from the DB after a restart, missed runs caught up once, coalescing."""
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

from bot.db.schedules import ScheduleRepo
from bot.scheduling.scheduler import DigestScheduler
from bot.scheduling.spec import parse_spec
from bot.db.schema import utcnow

CH = "webhook:news"


class Recorder:
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.event = asyncio.Event()

    async def __call__(self, channel: str) -> None:
        self.calls.append(channel)
        self.event.set()


def daily_at(moment: datetime) -> str:
    return f"daily {moment.hour:02d}:{moment.minute:02d}"


async def test_jobs_restored_from_db_after_restart(store):
    repo = ScheduleRepo(store)
    repo.set(CH, parse_spec("weekdays 09:00", "Europe/Berlin"))
    repo.set("webhook:other", parse_spec("daily 18:30"))
    repo.set("webhook:off", parse_spec("daily 07:00"))
    repo.disable("webhook:off")
    expected = parse_spec("weekdays 09:00", "Europe/Berlin").next_runs(datetime.now(timezone.utc), 1)[0]

    first = DigestScheduler(repo, Recorder())
    first.start()
    assert sorted(j.id for j in first.scheduler.get_jobs()) == ["digest:webhook:news", "digest:webhook:other"]
    assert first.next_run(CH) == expected
    first.shutdown()

    # "Restart": a new process, a new scheduler, only the DB in common.
    second = DigestScheduler(ScheduleRepo(store), Recorder())
    second.start()
    job = second.scheduler.get_job("digest:webhook:news")
    assert job.next_run_time == expected and job.coalesce and job.misfire_grace_time == 6 * 3600
    assert second.next_run("webhook:off") is None
    second.shutdown()


async def test_missed_runs_while_down_become_one_digest_on_start(store):
    repo = ScheduleRepo(store)
    now = utcnow()
    spec = parse_spec(daily_at(now - timedelta(hours=1)))  # today's run was an hour ago
    repo.set(CH, spec)
    repo.mark_run(CH, now - timedelta(days=3))  # down for three days: three runs missed
    rec = Recorder()
    sched = DigestScheduler(repo, rec)
    sched.start()
    await asyncio.wait_for(rec.event.wait(), 5)
    await asyncio.sleep(0.1)
    assert rec.calls == [CH]  # one digest, not three
    assert repo.get(CH).last_run_at >= now
    assert sched.next_run(CH) > datetime.now(timezone.utc) + timedelta(hours=22)
    sched.shutdown()

    # Restarting again right away does not run it again.
    rec2 = Recorder()
    again = DigestScheduler(ScheduleRepo(store), rec2)
    again.start()
    await asyncio.sleep(0.2)
    assert rec2.calls == []
    again.shutdown()


async def test_missed_run_older_than_grace_waits_for_the_next_one(store):
    repo = ScheduleRepo(store)
    now = utcnow()
    repo.set(CH, parse_spec(daily_at(now - timedelta(hours=3))))
    repo.mark_run(CH, now - timedelta(days=1, hours=4))
    rec = Recorder()
    sched = DigestScheduler(repo, rec, grace=3600)
    sched.start()
    await asyncio.sleep(0.2)
    assert rec.calls == []
    assert sched.next_run(CH) > datetime.now(timezone.utc) + timedelta(hours=20)
    sched.shutdown()


async def test_a_stalled_process_coalesces_missed_fires(store):
    repo = ScheduleRepo(store)
    # The daily fire time is an hour ago whatever the time of day the test runs at, so the
    # newest missed fire is inside the grace time (a fixed "09:00" was not after ~15:00).
    last_fire = datetime.now(timezone.utc).replace(second=0, microsecond=0) - timedelta(hours=1)
    repo.set(CH, parse_spec(daily_at(last_fire)))
    rec = Recorder()
    sched = DigestScheduler(repo, rec)
    sched.start(catch_up=False)
    # As if the loop had been blocked for three days: three fire times are due at once.
    sched.scheduler.modify_job(DigestScheduler.job_id(CH), next_run_time=last_fire - timedelta(days=2))
    sched.scheduler.wakeup()
    await asyncio.wait_for(rec.event.wait(), 5)
    await asyncio.sleep(0.2)
    assert rec.calls == [CH]
    assert sched.next_run(CH) > datetime.now(timezone.utc)
    sched.shutdown()


async def test_sync_follows_db_changes(store):
    repo = ScheduleRepo(store)
    sched = DigestScheduler(repo, Recorder())
    sched.start()
    assert sched.scheduler.get_jobs() == []
    repo.set(CH, parse_spec("daily 18:30"))
    sched.sync()
    assert sched.scheduler.get_job("digest:webhook:news").trigger.fields[5].expressions[0].first == 18
    repo.set(CH, parse_spec("daily 07:15"))
    sched.sync()
    (job,) = sched.scheduler.get_jobs()
    assert str(job.trigger.fields[5]) == "7" and str(job.trigger.fields[6]) == "15"
    repo.disable(CH)
    sched.sync()
    assert sched.scheduler.get_jobs() == []
    sched.shutdown()


async def test_failed_digest_is_logged_and_run_recorded(store):
    repo = ScheduleRepo(store)
    repo.set(CH, parse_spec("daily 09:00"))

    async def boom(channel: str) -> None:
        raise RuntimeError("engine down")

    sched = DigestScheduler(repo, boom)
    await sched._fire(CH)
    assert repo.get(CH).last_run_at is not None
