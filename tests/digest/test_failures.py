"""Slack failures: retried when they pass, recorded and shown once when the channel or token is wrong."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from slack_sdk import WebClient

from bot.runtime import Runtime
from bot.scheduler import DigestPoster, DigestScheduler, slot_key
from tests.digest.conftest import CHANNEL, TOKEN, Clock, make_poster
from tests.fakes.slack_api import FakeResponse, FakeSlackAPI

MONDAY = datetime(2025, 11, 10, 9, 0, tzinfo=UTC)


def state(runtime: Runtime, slot: datetime) -> str | None:
    row = runtime.store.slot(slot_key(CHANNEL, slot))
    return row.state if row else None


@pytest.mark.parametrize(
    ("first_answer", "first_status"),
    [
        pytest.param(FakeResponse.server_error(500), 500, id="500"),
        pytest.param(FakeResponse.server_error(503), 503, id="503"),
        pytest.param(FakeResponse.dropped(), 0, id="dropped-connection"),
    ],
)
def test_server_errors_and_dropped_connections_are_retried(
    runtime: Runtime, slack: FakeSlackAPI, first_answer: FakeResponse, first_status: int
) -> None:
    slack.queue("chat.postMessage", first_answer)

    assert make_poster(runtime, Clock(MONDAY)).post_slot(CHANNEL, MONDAY) == "posted"

    assert [c.status for c in slack.calls_to("chat.postMessage")] == [first_status, 200]
    assert len(slack.posted_messages(CHANNEL)) == 1
    assert state(runtime, MONDAY) == "posted"


def test_rate_limit_waits_for_retry_after(runtime: Runtime, slack: FakeSlackAPI) -> None:
    slack.queue("chat.postMessage", FakeResponse.rate_limited(retry_after=1))

    assert make_poster(runtime, Clock(MONDAY)).post_slot(CHANNEL, MONDAY) == "posted"

    limited, retried = slack.calls_to("chat.postMessage")
    assert (limited.status, retried.status) == (429, 200)
    assert retried.at - limited.at >= 0.95
    assert len(slack.posted_messages(CHANNEL)) == 1
    assert state(runtime, MONDAY) == "posted"


def test_a_dropped_post_is_checked_in_history_before_it_is_sent_again(
    runtime: Runtime, slack: FakeSlackAPI
) -> None:
    waits: list[float] = []
    bare = WebClient(base_url=slack.url, token=TOKEN, timeout=5, retry_handlers=[])
    poster = DigestPoster(
        runtime.store, runtime.story, bare, (CHANNEL,), UTC, clock=Clock(MONDAY), wait=waits.append
    )
    slack.queue("chat.postMessage", FakeResponse.dropped())

    assert poster.post_slot(CHANNEL, MONDAY) == "posted"

    # It checks that the dropped attempt did not reach the channel, then posts once.
    assert [c.api_method for c in slack.calls] == [
        "chat.postMessage",
        "conversations.history",
        "chat.postMessage",
    ]
    assert len(slack.posted_messages(CHANNEL)) == 1
    assert waits == [1.0]
    assert state(runtime, MONDAY) == "posted"


def test_a_post_that_timed_out_but_arrived_is_not_sent_twice(runtime: Runtime, slack: FakeSlackAPI) -> None:
    impatient = WebClient(base_url=slack.url, token=TOKEN, timeout=0.3, retry_handlers=[])
    # The real backoff (1 s) lets the late post land before the history check.
    # The fake numbers its messages from ts 1700000000: the slot is just before, inside the history window.
    slot = datetime.fromtimestamp(1_700_000_000 - 60, UTC)
    poster = DigestPoster(runtime.store, runtime.story, impatient, (CHANNEL,), UTC, clock=Clock(slot))
    slack.queue("chat.postMessage", FakeResponse.slow(0.6))  # Slack posts it; the answer comes too late

    assert poster.post_slot(CHANNEL, slot) == "posted"

    assert len(slack.calls_to("chat.postMessage")) == 1
    assert len(slack.posted_messages(CHANNEL)) == 1
    row = runtime.store.slot(slot_key(CHANNEL, slot))
    assert row is not None
    assert row.state == "posted"
    assert row.message_ts == slack.posted_messages(CHANNEL)[0]["ts"]


def test_a_failed_history_check_posts_nothing(runtime: Runtime, slack: FakeSlackAPI) -> None:
    bare = WebClient(base_url=slack.url, token=TOKEN, timeout=5, retry_handlers=[])
    poster = DigestPoster(
        runtime.store, runtime.story, bare, (CHANNEL,), UTC, clock=Clock(MONDAY), wait=lambda _s: None
    )
    slack.queue("chat.postMessage", FakeResponse.dropped())
    slack.queue("conversations.history", FakeResponse.error("missing_scope"))

    assert poster.post_slot(CHANNEL, MONDAY) == "failed: unverified"
    assert len(slack.posted_messages(CHANNEL)) == 0
    assert state(runtime, MONDAY) == "failed"


@pytest.mark.parametrize("error", ["channel_not_found", "not_in_channel", "invalid_auth"])
def test_channel_errors_are_logged_once_shown_in_status_and_cleared_by_a_success(
    runtime: Runtime, slack: FakeSlackAPI, caplog: pytest.LogCaptureFixture, error: str
) -> None:
    caplog.set_level(logging.INFO, logger="newsbot.digest")
    slack.queue("chat.postMessage", FakeResponse.error(error), FakeResponse.error(error))
    clock = Clock(MONDAY + timedelta(seconds=2))
    scheduler = DigestScheduler(
        make_poster(runtime, clock), runtime.settings.crontab, UTC, timedelta(hours=1)
    )

    assert scheduler.run_due() == {CHANNEL: f"failed: {error}"}  # returned, never raised
    assert state(runtime, MONDAY) == "failed"
    assert runtime.store.slot(slot_key(CHANNEL, MONDAY)).detail == error  # type: ignore[union-attr]
    (problem,) = runtime.status().problems
    assert problem == f"digest to {CHANNEL} failed at 2025-11-10T09:00+00:00: {error}"

    clock.now = MONDAY + timedelta(days=1, seconds=2)
    assert scheduler.run_due() == {CHANNEL: f"failed: {error}"}

    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1
    assert errors[0].name == "newsbot.digest"
    assert f"cannot post the digest to {CHANNEL}: {error}" in errors[0].getMessage()
    assert runtime.status().problems == (f"digest to {CHANNEL} failed at 2025-11-11T09:00+00:00: {error}",)

    clock.now = MONDAY + timedelta(days=2, seconds=2)
    assert scheduler.run_due() == {CHANNEL: "posted"}
    assert runtime.status().problems == ()
    assert len(slack.calls_to("chat.postMessage")) == 3
    assert len(slack.posted_messages(CHANNEL)) == 1


def test_a_failed_slot_is_posted_when_run_again_after_the_channel_is_fixed(
    runtime: Runtime, slack: FakeSlackAPI
) -> None:
    slack.queue("chat.postMessage", FakeResponse.error("not_in_channel"))
    poster = make_poster(runtime, Clock(MONDAY))

    assert poster.post_slot(CHANNEL, MONDAY) == "failed: not_in_channel"
    assert poster.post_slot(CHANNEL, MONDAY) == "posted"

    assert [c.api_method for c in slack.calls] == ["chat.postMessage", "chat.postMessage"]


def bare_poster(runtime: Runtime, slack: FakeSlackAPI, clock: Clock) -> DigestPoster:
    """A poster whose client does not retry server errors itself (the poster's own attempts only)."""
    bare = WebClient(base_url=slack.url, token=TOKEN, timeout=5, retry_handlers=[])
    return DigestPoster(
        runtime.store, runtime.story, bare, (CHANNEL,), UTC, clock=clock, wait=lambda _s: None
    )


def test_a_slot_that_failed_is_tried_again_later_while_the_bot_runs(
    runtime: Runtime, slack: FakeSlackAPI
) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    clock = Clock(now)
    scheduler = DigestScheduler(
        bare_poster(runtime, slack, clock), runtime.settings.crontab, UTC, timedelta(hours=1)
    )
    slot = now - timedelta(seconds=30)
    slack.queue("chat.postMessage", *[FakeResponse.server_error(500)] * 4)
    scheduler.scheduler.start(paused=True)
    try:
        first = scheduler.retry(slot, 0)
        assert first[CHANNEL].startswith("failed"), (first, [(c.api_method, c.status) for c in slack.calls])
        job = scheduler.scheduler.get_job("newsbot-digest-retry")
        assert job is not None
        assert job.args == (slot, 1)
        assert abs((job.next_run_time - (now + timedelta(minutes=1))).total_seconds()) < 1
        (problem,) = runtime.status().problems  # the failure shows in /newsbot status
        assert problem.startswith(f"digest to {CHANNEL} failed at ")

        clock.now = now + timedelta(minutes=1)
        assert scheduler.retry(*job.args) == {CHANNEL: "posted"}
        assert len(slack.posted_messages(CHANNEL)) == 1
        assert runtime.status().problems == ()  # cleared by the success
    finally:
        scheduler.scheduler.shutdown(wait=False)


def test_no_retry_beyond_the_grace_period_or_after_a_channel_error(
    runtime: Runtime, slack: FakeSlackAPI
) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    clock = Clock(now)
    scheduler = DigestScheduler(
        bare_poster(runtime, slack, clock), runtime.settings.crontab, UTC, timedelta(minutes=2)
    )
    scheduler.scheduler.start(paused=True)
    try:
        slack.queue("chat.postMessage", *[FakeResponse.server_error(500)] * 4)
        assert scheduler.retry(now - timedelta(seconds=90), 0)[CHANNEL].startswith("failed")
        assert scheduler.scheduler.get_job("newsbot-digest-retry") is None  # 1 minute later is past the grace

        slack.queue("chat.postMessage", FakeResponse.error("channel_not_found"))
        assert scheduler.retry(now, 0) == {CHANNEL: "failed: channel_not_found"}
        assert scheduler.scheduler.get_job("newsbot-digest-retry") is None  # a person must fix the channel
    finally:
        scheduler.scheduler.shutdown(wait=False)
