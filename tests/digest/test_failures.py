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


def test_a_connection_failure_without_retries_is_retried_on_the_next_run(
    runtime: Runtime, slack: FakeSlackAPI
) -> None:
    bare = WebClient(base_url=slack.url, token=TOKEN, timeout=5, retry_handlers=[])
    poster = DigestPoster(runtime.store, runtime.story, bare, (CHANNEL,), UTC, clock=Clock(MONDAY))
    slack.queue("chat.postMessage", FakeResponse.dropped())

    assert poster.post_slot(CHANNEL, MONDAY) == "failed: connection"
    assert state(runtime, MONDAY) == "failed"
    assert poster.post_slot(CHANNEL, MONDAY) == "posted"

    # Before posting again it checks that the dropped attempt did not reach the channel.
    assert [c.api_method for c in slack.calls] == [
        "chat.postMessage",
        "conversations.history",
        "chat.postMessage",
    ]
    assert len(slack.posted_messages(CHANNEL)) == 1


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
