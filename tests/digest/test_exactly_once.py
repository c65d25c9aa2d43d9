"""Each slot is posted exactly once: second processes, racing threads, re-runs and restarts."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import make_client
from bot.runtime import Runtime
from bot.scheduler import CLAIM_LEASE, DIGEST_EVENT, DigestPoster, slot_key
from tests.digest.conftest import CHANNEL, Clock, make_poster, make_settings
from tests.fakes.slack_api import FakeSlackAPI

SLOT = datetime(2025, 11, 10, 9, 0, tzinfo=UTC)


def test_two_processes_sharing_the_store_post_a_slot_once(
    runtime: Runtime, slack: FakeSlackAPI, tmp_path: Path
) -> None:
    other = Runtime(make_settings(slack, tmp_path))  # a second process on the same database file
    try:
        clock = Clock(SLOT + timedelta(seconds=1))
        first = make_poster(runtime, clock, owner="host-a:101")
        second = make_poster(other, clock, owner="host-b:202")

        assert first.run_slot(SLOT) == {CHANNEL: "posted"}
        assert second.run_slot(SLOT) == {CHANNEL: "already posted"}
    finally:
        other.close()

    (call,) = slack.calls_to("chat.postMessage")
    assert call.params["channel"] == CHANNEL
    assert len(slack.posted_messages(CHANNEL)) == 1
    row = runtime.store.slot(slot_key(CHANNEL, SLOT))
    assert row is not None
    assert (row.state, row.owner) == ("posted", "host-a:101")


def test_eight_threads_racing_on_one_slot_post_once(runtime: Runtime, slack: FakeSlackAPI) -> None:
    clock = Clock(SLOT + timedelta(seconds=1))
    posters = [
        DigestPoster(
            runtime.store,
            runtime.story,
            make_client(runtime.settings),
            (CHANNEL,),
            runtime.settings.zone,
            clock=clock,
            owner=f"worker-{n}",
        )
        for n in range(8)
    ]
    start = threading.Barrier(len(posters))

    def run(poster: DigestPoster) -> str:
        start.wait()
        return poster.post_slot(CHANNEL, SLOT)

    with ThreadPoolExecutor(max_workers=len(posters)) as pool:
        outcomes = list(pool.map(run, posters))

    assert outcomes.count("posted") == 1
    assert set(outcomes) - {"posted"} <= {"already posted", "in progress"}
    assert len(slack.calls_to("chat.postMessage")) == 1
    assert len(slack.posted_messages(CHANNEL)) == 1


def test_rerunning_a_posted_slot_calls_nothing(runtime: Runtime, slack: FakeSlackAPI) -> None:
    clock = Clock(SLOT + timedelta(seconds=1))
    poster = make_poster(runtime, clock)
    poster.run_slot(SLOT)
    slack.clear()

    assert poster.run_slot(SLOT) == {CHANNEL: "already posted"}
    clock.advance(CLAIM_LEASE * 3)  # long after: a posted slot is never taken over
    assert make_poster(runtime, clock, owner="host-b:1").run_slot(SLOT) == {CHANNEL: "already posted"}

    assert slack.calls == []


def test_manual_runs_within_one_minute_post_once(runtime: Runtime, slack: FakeSlackAPI) -> None:
    clock = Clock(datetime(2025, 11, 10, 14, 3, 7, 250_000, tzinfo=UTC))
    poster = make_poster(runtime, clock)

    assert poster.post_now("U0ADMIN0001") == {CHANNEL: "posted"}
    clock.advance(timedelta(seconds=40))  # a second admin, or a double click, within the minute
    assert poster.post_now("U0ADMIN0002") == {CHANNEL: "already posted"}
    clock.advance(timedelta(seconds=30))  # the next minute is a new manual slot
    assert poster.post_now("U0ADMIN0001") == {CHANNEL: "posted"}

    calls = slack.calls_to("chat.postMessage")
    assert [c.params["metadata"]["event_payload"]["slot_key"] for c in calls] == [
        f"{CHANNEL}@2025-11-10T14:03:00Z",
        f"{CHANNEL}@2025-11-10T14:04:00Z",
    ]


# The fake numbers its messages from ts 1700000000 (2023-11-14 22:13:20 UTC): slots here are just before.
LOST_SLOT = datetime(2023, 11, 14, 22, 0, tzinfo=UTC)
LOST_KEY = slot_key(CHANNEL, LOST_SLOT)
DIED_AT = LOST_SLOT + timedelta(minutes=13)


def post_as_a_dead_process(runtime: Runtime, key: str = LOST_KEY) -> str:
    """What a process that died after posting leaves behind: the message in Slack, an unconfirmed claim."""
    assert runtime.client is not None
    claim = runtime.store.claim_slot(key, CHANNEL, LOST_SLOT, "dead-host:9", DIED_AT, CLAIM_LEASE)
    assert claim is not None
    response = runtime.client.chat_postMessage(
        channel=CHANNEL,
        text="Story digest",
        metadata={"event_type": DIGEST_EVENT, "event_payload": {"slot_key": key}},
    )
    return str(response["ts"])


def test_killed_after_posting_the_next_claimant_confirms_without_posting(
    runtime: Runtime, slack: FakeSlackAPI
) -> None:
    ts = post_as_a_dead_process(runtime)
    slack.clear()
    clock = Clock(DIED_AT + timedelta(minutes=1))
    poster = make_poster(runtime, clock, owner="host-b:2")

    assert poster.run_slot(LOST_SLOT) == {CHANNEL: "in progress"}  # the lease still holds
    assert slack.calls == []

    clock.now = DIED_AT + CLAIM_LEASE + timedelta(seconds=1)
    assert poster.run_slot(LOST_SLOT) == {CHANNEL: "already posted"}

    (history,) = slack.calls_to("conversations.history")
    assert history.params["channel"] == CHANNEL
    assert history.params["include_all_metadata"] in (True, "1", "true")
    assert slack.calls_to("chat.postMessage") == []
    assert len(slack.posted_messages(CHANNEL)) == 1
    row = runtime.store.slot(LOST_KEY)
    assert row is not None
    assert (row.state, row.owner, row.message_ts) == ("posted", "host-b:2", ts)


def test_killed_after_posting_found_beyond_the_first_page_of_history(
    runtime: Runtime, slack: FakeSlackAPI
) -> None:
    ts = post_as_a_dead_process(runtime)
    assert runtime.client is not None
    for n in range(250):  # a busy channel: the digest is no longer among the newest 200 messages
        runtime.client.chat_postMessage(channel=CHANNEL, text=f"chatter {n}")
    slack.clear()
    poster = make_poster(runtime, Clock(DIED_AT + CLAIM_LEASE + timedelta(seconds=1)), owner="host-b:2")

    assert poster.run_slot(LOST_SLOT) == {CHANNEL: "already posted"}

    assert len(slack.calls_to("conversations.history")) == 2
    assert slack.calls_to("chat.postMessage") == []
    row = runtime.store.slot(LOST_KEY)
    assert row is not None
    assert (row.state, row.message_ts) == ("posted", ts)


def test_claimed_but_never_posted_is_posted_once_after_the_lease(
    runtime: Runtime, slack: FakeSlackAPI
) -> None:
    runtime.store.claim_slot(LOST_KEY, CHANNEL, LOST_SLOT, "dead-host:9", DIED_AT, CLAIM_LEASE)
    clock = Clock(DIED_AT + timedelta(minutes=9))
    poster = make_poster(runtime, clock, owner="host-b:2")

    assert poster.run_slot(LOST_SLOT) == {CHANNEL: "in progress"}
    assert slack.calls == []

    clock.now = DIED_AT + CLAIM_LEASE
    assert poster.run_slot(LOST_SLOT) == {CHANNEL: "posted"}
    assert poster.run_slot(LOST_SLOT) == {CHANNEL: "already posted"}

    assert [c.api_method for c in slack.calls] == ["conversations.history", "chat.postMessage"]
    (message,) = slack.posted_messages(CHANNEL)
    assert message["metadata"] == {"event_type": DIGEST_EVENT, "event_payload": {"slot_key": LOST_KEY}}
    row = runtime.store.slot(LOST_KEY)
    assert row is not None
    assert (row.state, row.owner) == ("posted", "host-b:2")


def test_a_failure_after_slack_took_the_message_is_not_posted_again(
    runtime: Runtime, slack: FakeSlackAPI
) -> None:
    # The connection dropped after Slack had posted: the attempt was recorded as failed.
    ts = post_as_a_dead_process(runtime)
    runtime.store.fail_slot(LOST_KEY, "dead-host:9", "connection: RemoteDisconnected")
    slack.clear()
    poster = make_poster(runtime, Clock(DIED_AT + timedelta(minutes=1)), owner="host-b:2")

    assert poster.run_slot(LOST_SLOT) == {CHANNEL: "already posted"}

    assert [c.api_method for c in slack.calls] == ["conversations.history"]
    row = runtime.store.slot(LOST_KEY)
    assert row is not None
    assert (row.state, row.message_ts) == ("posted", ts)
