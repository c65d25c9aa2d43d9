"""The schedule: catch-up within the grace period after downtime, the job at DST changes, APScheduler wiring."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.crontab import WallClockCronTrigger, parse_crontab
from bot.runtime import Runtime
from bot.scheduler import DigestScheduler, slot_key
from tests.digest.conftest import CHANNEL, Clock, make_poster
from tests.fakes.slack_api import FakeSlackAPI

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
MONDAY_9 = datetime(2025, 11, 10, 9, 0, tzinfo=LONDON)
HOUR = timedelta(hours=1)


def scheduler(
    runtime: Runtime,
    clock: Clock,
    cron: str = "0 9 * * 1-5",
    zone: ZoneInfo = LONDON,
    grace: timedelta = HOUR,
) -> DigestScheduler:
    return DigestScheduler(make_poster(runtime, clock), parse_crontab(cron), zone, grace)


def posted_keys(slack: FakeSlackAPI) -> list[str]:
    return [c.params["metadata"]["event_payload"]["slot_key"] for c in slack.calls_to("chat.postMessage")]


def test_catch_up_posts_a_slot_missed_within_the_grace(runtime: Runtime, slack: FakeSlackAPI) -> None:
    clock = Clock(MONDAY_9 + timedelta(minutes=30))

    assert scheduler(runtime, clock).catch_up() == {CHANNEL: "posted"}
    assert scheduler(runtime, clock).catch_up() == {CHANNEL: "already posted"}  # a second restart

    assert posted_keys(slack) == [slot_key(CHANNEL, MONDAY_9)]


@pytest.mark.parametrize(
    ("now", "missed"),
    [
        pytest.param(MONDAY_9 + 2 * HOUR, MONDAY_9, id="two-hours-late"),
        pytest.param(
            datetime(2025, 11, 8, 9, 30, tzinfo=LONDON),
            datetime(2025, 11, 7, 9, tzinfo=LONDON),
            id="saturday",
        ),
    ],
)
def test_catch_up_skips_a_slot_older_than_the_grace_and_says_so(
    runtime: Runtime,
    slack: FakeSlackAPI,
    caplog: pytest.LogCaptureFixture,
    now: datetime,
    missed: datetime,
) -> None:
    caplog.set_level(logging.INFO, logger="newsbot.digest")

    assert scheduler(runtime, Clock(now)).catch_up() == {}

    assert slack.calls == []
    assert runtime.store.slots() == []
    (record,) = [r for r in caplog.records if "NEWSBOT_DIGEST_GRACE" in r.getMessage()]
    assert record.levelno == logging.WARNING
    assert missed.isoformat() in record.getMessage()
    assert "skipped" in record.getMessage()


def test_the_job_posts_its_slot_even_with_no_grace(runtime: Runtime, slack: FakeSlackAPI) -> None:
    clock = Clock(MONDAY_9 + timedelta(milliseconds=300))  # the job runs a moment after its fire time

    assert scheduler(runtime, clock, grace=timedelta(0)).run_due() == {CHANNEL: "posted"}
    clock.advance(timedelta(minutes=5))
    assert scheduler(runtime, clock, grace=timedelta(0)).run_due() == {}

    assert posted_keys(slack) == [slot_key(CHANNEL, MONDAY_9)]


def test_the_job_at_a_spring_forward_jump_posts_once(runtime: Runtime, slack: FakeSlackAPI) -> None:
    jump = datetime(2025, 3, 9, 7, 0, tzinfo=UTC)  # 02:00 EST becomes 03:00 EDT
    clock = Clock(jump + timedelta(milliseconds=200))
    job = scheduler(runtime, clock, cron="30 2 * * *", zone=NEW_YORK)

    assert job.trigger.get_next_fire_time(None, jump - HOUR) == jump
    assert job.run_due() == {CHANNEL: "posted"}
    clock.now = jump + timedelta(minutes=30)  # 03:30 EDT: no second run for the skipped 02:30
    assert job.run_due() == {CHANNEL: "already posted"}

    assert posted_keys(slack) == [f"{CHANNEL}@2025-03-09T07:00:00Z"]


@pytest.mark.parametrize("grace", [HOUR, 2 * HOUR], ids=["grace-1h", "grace-2h"])
def test_the_job_at_a_fall_back_repeat_posts_once(
    runtime: Runtime, slack: FakeSlackAPI, caplog: pytest.LogCaptureFixture, grace: timedelta
) -> None:
    caplog.set_level(logging.INFO, logger="newsbot.digest")
    first = datetime(2025, 11, 2, 5, 30, tzinfo=UTC)  # 01:30 EDT; 01:30 EST follows an hour later
    clock = Clock(first + timedelta(milliseconds=200))
    job = scheduler(runtime, clock, cron="30 1 * * *", zone=NEW_YORK, grace=grace)

    assert job.run_due() == {CHANNEL: "posted"}
    clock.now = first + HOUR + timedelta(milliseconds=200)  # the repeated 01:30, in EST
    latest = job.latest_slot(clock.now)
    assert latest is not None
    assert latest.astimezone(UTC) == first  # (an ambiguous local time never equals a UTC one)
    assert job.run_due() in ({}, {CHANNEL: "already posted"})

    assert posted_keys(slack) == [f"{CHANNEL}@2025-11-02T05:30:00Z"]
    assert not [r for r in caplog.records if "skipped" in r.getMessage()]  # it was posted, not skipped


def test_a_local_clock_is_read_by_the_instant_it_names(runtime: Runtime, slack: FakeSlackAPI) -> None:
    # 01:50 EST, in the repeated hour: 80 minutes after the 01:30 EDT slot, though the wall says 20.
    repeated = datetime(2025, 11, 2, 1, 50, tzinfo=NEW_YORK, fold=1)
    job = scheduler(runtime, Clock(repeated), cron="30 1 * * *", zone=NEW_YORK, grace=HOUR)

    latest = job.latest_slot(repeated)
    assert latest is not None
    assert latest.astimezone(UTC) == datetime(2025, 11, 2, 5, 30, tzinfo=UTC)
    assert job.catch_up() == {}
    assert slack.calls == []


def test_a_restart_long_after_a_posted_slot_does_not_claim_it_was_skipped(
    runtime: Runtime, slack: FakeSlackAPI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="newsbot.digest")
    clock = Clock(MONDAY_9 + timedelta(seconds=1))
    assert scheduler(runtime, clock).run_due() == {CHANNEL: "posted"}

    clock.now = MONDAY_9 + 5 * HOUR
    assert scheduler(runtime, clock).catch_up() == {}

    assert len(slack.calls) == 1
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize(("grace", "misfire"), [(HOUR, 3600), (timedelta(minutes=5), 300), (timedelta(0), 1)])
def test_start_registers_one_job_on_our_trigger(
    runtime: Runtime, slack: FakeSlackAPI, grace: timedelta, misfire: int
) -> None:
    saturday = datetime(2025, 11, 8, 12, 0, tzinfo=LONDON)  # nothing to catch up
    digest = scheduler(runtime, Clock(saturday), grace=grace)

    digest.start()
    try:
        (job,) = digest.scheduler.get_jobs()
        assert isinstance(job.trigger, WallClockCronTrigger)
        assert job.trigger is digest.trigger
        assert job.trigger.crontab.expression == "0 9 * * 1-5"
        assert job.misfire_grace_time == misfire
        assert job.coalesce is True
        assert job.max_instances == 1
        assert job.func == digest.run_due
        assert job.next_run_time == digest.trigger.get_next_fire_time(None, datetime.now(UTC))
    finally:
        digest.shutdown()

    assert not digest.scheduler.running
    assert slack.calls == []


def test_status_shows_the_next_slot_from_the_same_trigger(runtime: Runtime) -> None:
    status = runtime.status()
    expected = WallClockCronTrigger(parse_crontab("0 9 * * 1-5"), LONDON).get_next_fire_time(
        None, datetime.now(UTC)
    )

    assert status.next_digest == expected
    assert f"{status.next_digest:%H:%M}" == "09:00"
    assert f"{status.next_digest:%a}" in {"Mon", "Tue", "Wed", "Thu", "Fri"}
