"""Fault proof: a misbehaving Slack, and processes killed part-way.

- The fake Web API answers chat.postMessage and conversations.history with 429 + Retry-After, 500,
  503, slow replies (the message is stored, the answer comes after the client gave up) and dropped
  connections, in fixed scenarios and in random sequences (hypothesis): a DigestPoster with an
  injected clock, run again after each failure as a restart or the next scheduler would, posts the
  slot exactly once, never twice at any point, and what it posts is what a fault-free run posts;
  the next digest's "new since" is the same as without faults (nothing lost).
- SIGKILL during ingest: ``newsbot ingest`` of a folder of generated articles is killed right after
  its first batch is committed (tests/proof/ingest_observed.py prints a line per committed batch),
  then ``newsbot ingest`` of the same folder runs to completion: PRAGMA integrity_check is ok,
  articles are unique by doc and by content hash, the model's sources are exactly the stored docs,
  every source of every event, quotation and entity exists, and the stored docs are exactly those a
  clean, uninterrupted ingest accepts (none lost, none duplicated). Quick: 60 articles in batches of
  10; long: 300 articles in batches of 50, and 300 killed by a timeout with the default batch.
- SIGKILL during a digest post: tests/proof/digest_victim.py claims a slot and posts it; the fake
  stores the message and holds the answer; the victim is killed before confirming. Within the lease
  nobody posts; after it, a new poster finds the message by its metadata and posts nothing.

Long run: NEWSBOT_LONG=1 .venv/bin/pytest tests/proof -m slow
"""

from __future__ import annotations

import http.client
import itertools
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import make_client
from bot.runtime import Runtime
from bot.scheduler import CLAIM_LEASE, DIGEST_EVENT, DigestPoster, slot_key
from bot.service import StoryService, read_articles
from bot.store import Store
from handlers.blocks import digest_reply
from tests.digest.conftest import Clock
from tests.fakes.slack_api import FakeResponse, FakeSlackAPI
from tests.proof.support import Child, Served, child_env, newsbot_command, write_corpus
from tests.slack.harness import ADMIN, BOT_TOKEN, DIGEST_CHANNEL, settings_for

HERE = Path(__file__).resolve().parent
CHANNEL = "C0123456789"
CONTROL = "C0CONTROL01"
FAULT_TIMEOUT = 0.5
"""Seconds the poster's client waits for an answer here (15 in production): a "slow" answer takes 1.2."""
SLOW = 1.2
_slots = itertools.count(1)


def next_slot() -> datetime:
    """A fresh slot time inside the fake's history window (its messages are numbered from ts 1.7e9)."""
    return datetime.fromtimestamp(1_700_000_000 - 5_000 * 60 + 60 * next(_slots), UTC)


def fault_poster(runtime: Runtime, clock: Clock, owner: str, channel: str = CHANNEL) -> DigestPoster:
    """The production poster (its client retries only 429s), with a short timeout and no real backoff."""
    client = make_client(runtime.settings, retry_failures=False)
    client.timeout = FAULT_TIMEOUT
    return DigestPoster(
        runtime.store,
        runtime.story,
        client,
        (channel,),
        runtime.settings.zone,
        clock=clock,
        owner=owner,
        wait=lambda _seconds: None,
    )


def slot_messages(slack: FakeSlackAPI, channel: str, key: str) -> list[dict[str, Any]]:
    return [
        m
        for m in slack.posted_messages(channel)
        if (m.get("metadata") or {}).get("event_type") == DIGEST_EVENT
        and (m["metadata"].get("event_payload") or {}).get("slot_key") == key
    ]


def expected_blocks(poster: DigestPoster, channel: str) -> list[dict[str, Any]]:
    """The blocks a fault-free post of the channel's next digest carries."""
    blocks: list[dict[str, Any]] = digest_reply(
        poster.build(channel), poster.story.current(), poster.zone
    ).payload()["blocks"]
    return blocks


def post_until_done(
    poster: DigestPoster, slack: FakeSlackAPI, channel: str, slot: datetime, runs: int = 8
) -> list[str]:
    """Run the slot again after each failure (as a restart's catch-up would); never more than one message."""
    key = slot_key(channel, slot)
    outcomes = []
    for _run in range(runs):
        outcomes.append(poster.post_slot(channel, slot))
        assert len(slot_messages(slack, channel, key)) <= 1, f"posted twice: {outcomes}"
        if outcomes[-1] in ("posted", "already posted"):
            break
    return outcomes


def assert_posted_once(
    runtime: Runtime, slack: FakeSlackAPI, channel: str, slot: datetime, blocks: list[dict[str, Any]]
) -> None:
    key = slot_key(channel, slot)
    (message,) = slot_messages(slack, channel, key)
    row = runtime.store.slot(key)
    assert row is not None
    assert (row.state, row.message_ts) == ("posted", message["ts"])
    assert row.covers_seq == runtime.store.data_version()[0]
    assert message["blocks"] == blocks, "the posted digest differs from a fault-free one"


@pytest.fixture
def fault_runtime(slack: FakeSlackAPI, tmp_path: Path) -> Iterator[Runtime]:
    runtime = Runtime(settings_for(slack, str(tmp_path / "nb.db"), NEWSBOT_DIGEST_CHANNEL=CHANNEL))
    yield runtime
    runtime.close()


# ---------------------------------------------------------------------- a misbehaving Slack

SCENARIOS: dict[str, tuple[list[FakeResponse], list[FakeResponse], int]] = {
    # name: (chat.postMessage answers, conversations.history answers, runs needed)
    "429-retry-after-1": ([FakeResponse.rate_limited(retry_after=1)], [], 1),
    "500-then-503": ([FakeResponse.server_error(500), FakeResponse.server_error(503)], [], 1),
    "dropped-twice": ([FakeResponse.dropped(), FakeResponse.dropped()], [], 1),
    "slow-but-delivered": ([FakeResponse.slow(SLOW)], [], 1),
    "429-500-dropped": (
        [FakeResponse.rate_limited(retry_after=0), FakeResponse.server_error(500), FakeResponse.dropped()],
        [],
        1,
    ),
    "more-failures-than-attempts": ([FakeResponse.server_error(500)] * 3, [], 2),
    "history-down-after-a-drop": ([FakeResponse.dropped()], [FakeResponse.server_error(500)], 2),
    "slow-post-and-slow-history": ([FakeResponse.slow(SLOW)], [FakeResponse.slow(SLOW)], 2),
    "rate-limited-beyond-retries": ([FakeResponse.rate_limited(retry_after=0)] * 4, [], 2),
}


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_a_faulty_slack_gets_the_digest_exactly_once(
    fault_runtime: Runtime, slack: FakeSlackAPI, name: str
) -> None:
    posts, history, runs = SCENARIOS[name]
    slot = next_slot()
    poster = fault_poster(fault_runtime, Clock(slot + timedelta(seconds=1)), owner="proof-faults")
    blocks = expected_blocks(poster, CHANNEL)
    slack.queue("chat.postMessage", *posts)
    slack.queue("conversations.history", *history)

    outcomes = post_until_done(poster, slack, CHANNEL, slot)

    assert len(outcomes) == runs, outcomes
    assert outcomes[-1] in ("posted", "already posted")
    assert_posted_once(fault_runtime, slack, CHANNEL, slot, blocks)
    assert slack.queued_count() == 0


post_faults = st.sampled_from(["ok", "429", "500", "503", "drop", "drop", "slow"])
history_faults = st.sampled_from(["ok", "ok", "500", "drop", "slow", "missing_scope"])
ANSWERS = {
    "ok": FakeResponse(),
    "429": FakeResponse.rate_limited(retry_after=0),
    "500": FakeResponse.server_error(500),
    "503": FakeResponse.server_error(503),
    "drop": FakeResponse.dropped(),
    "slow": FakeResponse.slow(SLOW),
    "missing_scope": FakeResponse.error("missing_scope"),
}


@pytest.mark.parametrize(
    "examples",
    [
        pytest.param(8, id="quick-8"),
        pytest.param(200, id="long-200", marks=[pytest.mark.slow, pytest.mark.timeout(900)]),
    ],
)
def test_random_fault_sequences_never_post_twice_and_always_post_once(
    fault_runtime: Runtime, slack: FakeSlackAPI, examples: int
) -> None:
    @settings(
        max_examples=examples, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
    )
    @given(st.lists(post_faults, max_size=6), st.lists(history_faults, max_size=4))
    def run(posts: list[str], history: list[str]) -> None:
        slack.reset()
        slot = next_slot()
        poster = fault_poster(
            fault_runtime, Clock(slot + timedelta(seconds=1)), owner=f"proof-chaos-{slot:%H%M}"
        )
        blocks = expected_blocks(poster, CHANNEL)
        slack.queue("chat.postMessage", *(ANSWERS[p] for p in posts))
        slack.queue("conversations.history", *(ANSWERS[h] for h in history))

        outcomes = post_until_done(poster, slack, CHANNEL, slot, runs=len(posts) + len(history) + 2)

        assert outcomes[-1] in ("posted", "already posted"), (posts, history, outcomes)
        assert_posted_once(fault_runtime, slack, CHANNEL, slot, blocks)

    run()


def test_after_a_faulty_post_the_next_digest_loses_nothing(
    fault_runtime: Runtime, slack: FakeSlackAPI, tmp_path: Path
) -> None:
    """The same two slots to two channels, one through faults: the second digests are identical."""
    first, second = next_slot(), next_slot()
    faulty = fault_poster(fault_runtime, Clock(first + timedelta(seconds=1)), owner="proof-faulty")
    control = fault_poster(
        fault_runtime, Clock(first + timedelta(seconds=1)), owner="proof-control", channel=CONTROL
    )
    assert control.post_slot(CONTROL, first) == "posted"
    slack.queue("chat.postMessage", FakeResponse.slow(SLOW))
    slack.queue("conversations.history", FakeResponse.dropped())
    assert post_until_done(faulty, slack, CHANNEL, first) == ["failed: unverified", "already posted"]
    write_corpus(tmp_path / "new", 2, seed=23)
    report = fault_runtime.story.ingest(read_articles([tmp_path / "new"]))
    assert report.added

    for poster in (faulty, control):
        poster.clock = Clock(second + timedelta(seconds=1))
    assert control.post_slot(CONTROL, second) == "posted"
    slack.queue("chat.postMessage", FakeResponse.server_error(500), FakeResponse.dropped())
    assert faulty.post_slot(CHANNEL, second) == "posted"

    (faulty_message,) = slot_messages(slack, CHANNEL, slot_key(CHANNEL, second))
    (control_message,) = slot_messages(slack, CONTROL, slot_key(CONTROL, second))
    assert faulty_message["blocks"] == control_message["blocks"]
    assert "nothing new" not in str(faulty_message["blocks"])


# ---------------------------------------------------------------------- SIGKILL during ingest


def ingest_env(database: Path, folder: Path) -> dict[str, str]:
    return child_env(
        NEWSBOT_DATABASE_URL=f"sqlite:///{database}",
        NEWSBOT_SEED_PATH=str(folder / "no-such-seed.json.xz"),
        SLACK_API_URL="http://127.0.0.1:9/api/",
    )


def clean_ingest(articles: Path, database: Path) -> tuple[set[str], int]:
    """The docs an uninterrupted ingest of ``articles`` into an empty store accepts, and how many it skips."""
    store = Store(database)
    try:
        report = StoryService(store).ingest(read_articles([articles]))
    finally:
        store.close()
    return {doc for doc, _counts in report.added}, len(report.skipped)


def stored_docs(database: Path) -> int:
    with sqlite3.connect(database) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def assert_consistent(database: Path, expected: set[str]) -> None:
    """The store after a crash and a completed re-run: intact, no duplicates, model == articles == expected."""
    conn = sqlite3.connect(database)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        docs = [r[0] for r in conn.execute("SELECT doc FROM articles")]
        hashes = [r[0] for r in conn.execute("SELECT content_hash FROM articles")]
        seqs = [r[0] for r in conn.execute("SELECT seq FROM articles ORDER BY seq")]
    finally:
        conn.close()
    assert len(docs) == len(set(docs)), "a document stored twice"
    assert len(hashes) == len(set(hashes)), "the same content stored twice"
    assert set(docs) == expected, (
        f"lost {sorted(expected - set(docs))[:5]}, unexpected {sorted(set(docs) - expected)[:5]}"
    )
    store = Store(database)
    try:
        story = StoryService(store).current().story
    finally:
        store.close()
    sources = {s.doc for s in story.sources}
    assert sources == set(docs)
    assert sorted(s.seq for s in story.sources) == seqs, "model and store disagree on sequence numbers"
    for event in story.events:
        assert set(event.sources) <= sources, event.id
        assert {m.doc for m in event.mentions} <= sources, event.id
        for part in (*event.dates, *event.places, *event.participants):
            assert set(part.sources) <= sources, event.id
    for quotation in story.quotations:
        assert set(quotation.sources) <= sources, quotation.id
    for entity in story.entities:
        assert set(entity.sources) <= sources, entity.id


def kill_after_first_batch(articles: Path, database: Path, folder: Path, batch: int) -> tuple[str, int]:
    """Observed `newsbot ingest`, killed with SIGKILL as soon as its first batch is committed."""
    child = Child(
        [sys.executable, str(HERE / "ingest_observed.py"), str(batch), str(articles)],
        ingest_env(database, folder),
        folder,
        folder / "killed.stderr",
    )
    line = child.stdout.until("committed", timeout=240)
    code = child.kill()
    assert code == -signal.SIGKILL, f"the ingest ended on its own ({code}) before it was killed"
    return line.strip(), stored_docs(database)


def finish_ingest(articles: Path, database: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [*newsbot_command(), "ingest", str(articles)],
        cwd=folder,
        env=ingest_env(database, folder),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr[-2000:]
    assert "unexpected error" not in result.stderr, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    return result


@pytest.mark.parametrize(
    ("count", "batch"),
    [
        pytest.param(60, 10, id="quick-60-articles"),
        pytest.param(300, 50, id="long-300-articles", marks=[pytest.mark.slow, pytest.mark.timeout(600)]),
    ],
)
def test_an_ingest_killed_part_way_then_rerun_leaves_a_consistent_store(
    tmp_path: Path, count: int, batch: int
) -> None:
    articles = tmp_path / "articles"
    docs = write_corpus(articles, count, seed=5)
    database = tmp_path / "nb.db"

    line, at_kill = kill_after_first_batch(articles, database, tmp_path, batch)
    assert batch <= at_kill < count, (line, at_kill)
    rerun = finish_ingest(articles, database, tmp_path)
    expected, duplicates = clean_ingest(articles, tmp_path / "control.db")

    print(
        f"{count} articles: killed after '{line}' with {at_kill} stored; the re-run said: {rerun.stdout.splitlines()[0]}"
    )
    assert len(expected) > count * 3 // 4
    assert expected <= set(docs)
    assert_consistent(database, expected)
    # Skipped by the re-run: what the killed run stored, and the duplicates a clean run skips too.
    assert rerun.stdout.count("= skipped") == at_kill + duplicates, rerun.stdout[-2000:]


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_an_ingest_killed_by_a_timeout_then_rerun_leaves_a_consistent_store(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    write_corpus(articles, 300, seed=5)
    database = tmp_path / "nb.db"
    began = time.perf_counter()
    expected, _duplicates = clean_ingest(articles, tmp_path / "control.db")
    whole = time.perf_counter() - began

    with pytest.raises(subprocess.TimeoutExpired):  # subprocess.run kills the child on a timeout
        subprocess.run(
            [*newsbot_command(), "ingest", str(articles)],
            cwd=tmp_path,
            env=ingest_env(database, tmp_path),
            capture_output=True,
            timeout=1.0 + whole / 2,
            check=False,
        )
    at_kill = stored_docs(database) if database.exists() else 0
    finish_ingest(articles, database, tmp_path)

    print(
        f"300 articles: killed after {1.0 + whole / 2:.1f} s with {at_kill} stored (the default batch is 500)"
    )
    assert_consistent(database, expected)


# ---------------------------------------------------------------------- SIGKILL during a digest post


def test_a_poster_killed_before_confirming_is_never_posted_twice(
    fault_runtime: Runtime, slack: FakeSlackAPI, tmp_path: Path
) -> None:
    slot = next_slot()
    key = slot_key(CHANNEL, slot)
    slack.queue("chat.postMessage", FakeResponse.slow(60))  # stored at once, answered a minute later
    env = child_env(
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_API_URL=slack.url,
        NEWSBOT_DATABASE_URL=f"sqlite:///{fault_runtime.settings.database_path}",
        NEWSBOT_DIGEST_CHANNEL=CHANNEL,
    )
    victim = Child(
        [sys.executable, str(HERE / "digest_victim.py"), slot.isoformat()],
        env,
        tmp_path,
        tmp_path / "victim.stderr",
    )
    owner = victim.stdout.until("owner ", timeout=60).split(" ", 1)[1].strip()
    (call,) = slack.wait_for("chat.postMessage", timeout=60)
    assert victim.kill() == -signal.SIGKILL
    killed_at = datetime.now(UTC)

    row = fault_runtime.store.slot(key)
    assert row is not None
    assert (row.state, row.owner) == ("claimed", owner)
    assert row.covers_seq is not None, "what the digest covers is kept before posting"
    assert row.digest is not None
    (message,) = slot_messages(slack, CHANNEL, key)

    early = fault_poster(fault_runtime, Clock(killed_at), owner="proof-early")
    assert early.post_slot(CHANNEL, slot) == "in progress"  # the dead owner's lease still holds
    assert slack.calls_to("conversations.history") == []

    later = fault_poster(
        fault_runtime, Clock(killed_at + CLAIM_LEASE + timedelta(minutes=1)), owner="proof-later"
    )
    assert later.post_slot(CHANNEL, slot) == "already posted"
    assert later.post_slot(CHANNEL, slot) == "already posted"

    assert slack.calls_to("chat.postMessage") == [call]
    assert len(slack.calls_to("conversations.history")) == 1
    assert slot_messages(slack, CHANNEL, key) == [message]
    confirmed = fault_runtime.store.slot(key)
    assert confirmed is not None
    assert (confirmed.state, confirmed.message_ts, confirmed.owner) == (
        "posted",
        message["ts"],
        "proof-later",
    )
    assert (confirmed.covers_seq, confirmed.digest) == (row.covers_seq, row.digest)


# ---------------------------------------------------------------------- SIGTERM with a request in flight


def test_sigterm_lets_a_request_in_flight_finish(slack: FakeSlackAPI, tmp_path: Path) -> None:
    """A deploy stops `newsbot serve` with SIGTERM: a request being answered gets its whole answer, the server
    exits 0 and logs no error (its connections were closed under the request before)."""
    served = Served(
        slack,
        tmp_path / "nb.db",
        tmp_path,
        "--no-scheduler",
        NEWSBOT_ADMIN_USERS=ADMIN,
        NEWSBOT_DIGEST_CHANNEL=DIGEST_CHANNEL,
    )
    slack.queue(
        "chat.postMessage", FakeResponse.slow(2.0, {"ok": True, "channel": DIGEST_CHANNEL, "ts": "1.000100"})
    )
    body, headers = served.signed("/newsbot digest post", user=ADMIN)
    answer: dict[str, Any] = {}

    def post() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", served.port, timeout=30)
        try:
            conn.request("POST", "/slack/events", body=body.encode(), headers=headers)
            response = conn.getresponse()
            answer["status"], answer["body"] = response.status, response.read()
        except (OSError, http.client.HTTPException) as exc:
            answer["error"] = repr(exc)
        finally:
            conn.close()

    request = threading.Thread(target=post)
    request.start()
    deadline = time.monotonic() + 30
    while not slack.calls_to("chat.postMessage") and time.monotonic() < deadline:
        time.sleep(0.02)
    assert slack.calls_to("chat.postMessage"), "the digest post never reached Slack"
    code, log = served.stop()  # SIGTERM while the post waits for Slack's answer
    request.join(timeout=30)

    assert answer.get("status") == 200, answer
    assert b"posted" in answer["body"], answer["body"][:300]
    assert code == 0, log[-2000:]
    assert " ERROR " not in log, log[-2000:]
    assert "Traceback" not in log, log[-2000:]
