"""Process proof: several Newsbots sharing one SQLite file post each digest slot once.

- Quick: three DigestScheduler/DigestPoster pairs, each over its own Runtime (own connections) on
  one database file, with injected clocks stepping over five every-minute slots; at each slot the
  three fire at once from three threads (a few milliseconds apart, as three processes would), and a
  fourth starts late and catches up. Every slot key is in exactly one chat.postMessage.
- Quick: a process stopped while its digest job waits for Slack lets the job confirm before the
  store is closed (the long run found `newsbot serve` dying with SIGSEGV there).
- Quick: processes starting at once on a fresh file all load the seed model without a conflict
  (a race found by this suite: one of three crashed with "UNIQUE constraint failed: articles.seq").
- Long: the same with random Slack faults over 120 slots; and three real `newsbot serve`
  processes (HTTP mode, NEWSBOT_DIGEST_CRON='* * * * *', NEWSBOT_DIGEST_GRACE=PT1H, all with
  schedulers, one SQLite file, started at once) over at least four real minutes: the fake's
  chat.postMessage calls, grouped by metadata slot_key, are exactly one per slot, and their DEBUG
  logs hold no secret.

Long run (about five minutes): NEWSBOT_LONG=1 .venv/bin/pytest tests/proof -m slow
"""

from __future__ import annotations

import http.client
import itertools
import random
import subprocess
import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import make_client
from bot.codec import read_seed
from bot.runtime import Runtime
from bot.scheduler import DigestPoster, DigestScheduler, slot_key
from bot.service import StoryService, default_seed_path
from bot.store import Store
from config.settings import Settings
from tests.digest.conftest import Clock
from tests.fakes.slack_api import FakeResponse, FakeSlackAPI, RecordedCall
from tests.proof.support import Child, child_env, newsbot_command
from tests.proof.test_security import leaks
from tests.slack.harness import BOT_TOKEN, SIGNING_SECRET, settings_for

CHANNEL = "C0123456789"
START = datetime(2025, 11, 10, 9, 0, tzinfo=UTC)


def every_minute(slack: FakeSlackAPI, database: Path) -> Settings:
    return settings_for(
        slack,
        str(database),
        NEWSBOT_DIGEST_CHANNEL=CHANNEL,
        NEWSBOT_DIGEST_CRON="* * * * *",
        NEWSBOT_DIGEST_GRACE="PT1H",
    )


def posts_by_slot(calls: list[RecordedCall]) -> Counter[str]:
    """How many chat.postMessage calls carried each slot key in their metadata."""
    return Counter(call.params["metadata"]["event_payload"]["slot_key"] for call in calls)


class Process:
    """One simulated Newsbot process: its own Runtime (connections) and scheduler, with a clock."""

    def __init__(self, settings: Settings, name: str) -> None:
        self.runtime = Runtime(settings)
        self.clock = Clock(START)
        poster = DigestPoster(
            self.runtime.store,
            self.runtime.story,
            make_client(settings, retry_failures=False),
            (CHANNEL,),
            settings.zone,
            clock=self.clock,
            owner=name,
            wait=lambda _seconds: None,
        )
        self.scheduler = DigestScheduler(poster, settings.crontab, settings.zone, settings.digest_grace)

    def close(self) -> None:
        self.runtime.close()


@pytest.fixture
def processes(slack: FakeSlackAPI, tmp_path: Path) -> Iterator[list[Process]]:
    settings = every_minute(slack, tmp_path / "shared.db")
    started = [Process(settings, f"host-{n}:{1000 + n}") for n in range(4)]
    yield started
    for process in started:
        process.close()


def fire_at_once(processes: list[Process], slot: datetime, rng: random.Random) -> list[str]:
    """Each process's job runs at ``slot`` plus its own small delay, all in threads released together."""
    for process in processes:
        process.clock.now = slot + timedelta(milliseconds=rng.randint(0, 900))
    start = threading.Barrier(len(processes))

    def fire(process: Process) -> str:
        start.wait(timeout=30)
        return process.scheduler.run_due().get(CHANNEL, "nothing due")

    with ThreadPoolExecutor(max_workers=len(processes)) as pool:
        return list(pool.map(fire, processes))


def run_slots(processes: list[Process], slack: FakeSlackAPI, slots: int, faults: bool, seed: int) -> None:
    rng = random.Random(seed)
    three, late = processes[:3], processes[3]
    expected = []
    for minute in range(slots):
        slot = START + timedelta(minutes=minute)
        expected.append(slot_key(CHANNEL, slot))
        if faults:  # up to two failures (the poster makes three attempts), then maybe a slow success
            failures = [
                FakeResponse.server_error(500),
                FakeResponse.server_error(503),
                FakeResponse.dropped(),
            ]
            answers = rng.sample(failures, rng.randint(0, 2)) + [FakeResponse.slow(0.2)] * rng.randint(0, 1)
            slack.queue("chat.postMessage", *answers)
        outcomes = fire_at_once(three, slot, rng)
        assert outcomes.count("posted") == 1, (slot, outcomes)
        assert set(outcomes) - {"posted"} <= {"already posted", "in progress"}, (slot, outcomes)
        assert slack.queued_count() == 0
        late.clock.now = slot + timedelta(seconds=30)
        assert late.scheduler.catch_up() == {CHANNEL: "already posted"}
    counts = posts_by_slot([c for c in slack.calls_to("chat.postMessage") if c.status == 200])
    assert counts == Counter(dict.fromkeys(expected, 1))
    assert len(slack.posted_messages(CHANNEL)) == slots
    for key in expected:
        row = processes[0].runtime.store.slot(key)
        assert row is not None
        assert row.state == "posted"


def test_three_schedulers_on_one_file_post_each_slot_once(
    processes: list[Process], slack: FakeSlackAPI
) -> None:
    run_slots(processes, slack, slots=5, faults=False, seed=1)


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_three_schedulers_with_slack_faults_over_120_slots(
    processes: list[Process], slack: FakeSlackAPI
) -> None:
    run_slots(processes, slack, slots=120, faults=True, seed=2)


def test_stopping_while_the_digest_job_posts_lets_it_finish(slack: FakeSlackAPI, tmp_path: Path) -> None:
    """SIGTERM's path (scheduler shut down, then the store closed) while a job waits for Slack's answer.

    Found by the long run: `newsbot serve` died with SIGSEGV when stopped while its job used the store.
    """
    runtime = Runtime(every_minute(slack, tmp_path / "nb.db"))
    slack.queue("chat.postMessage", FakeResponse.slow(1.0))
    try:
        runtime.scheduler.scheduler.start()
        runtime.scheduler.scheduler.add_job(runtime.scheduler.run_due, id="due-now")
        slack.wait_for("chat.postMessage", timeout=30)
    finally:
        runtime.close()

    (message,) = slack.posted_messages(CHANNEL)
    store = Store(tmp_path / "nb.db")
    try:
        (row,) = store.slots(CHANNEL)
    finally:
        store.close()
    assert (row.state, row.message_ts) == ("posted", message["ts"]), (
        "closed before the job confirmed its post"
    )


# ---------------------------------------------------------------------- starting together


def test_a_store_filled_by_another_process_is_not_seeded_again(tmp_path: Path) -> None:
    seed = default_seed_path()
    assert seed is not None
    story = read_seed(seed.read_bytes())
    first, second = Store(tmp_path / "nb.db"), Store(tmp_path / "nb.db")
    try:
        # Both saw an empty store; the first loads the seed, then the second tries.
        assert StoryService(first, seed).import_story(story) is True
        assert StoryService(second, seed).import_story(story) is False
        assert StoryService(second, seed).bootstrap() is None
        assert second.article_count() == len(story.sources)
    finally:
        first.close()
        second.close()


def test_three_processes_starting_at_once_on_a_fresh_file_all_start(
    slack: FakeSlackAPI, tmp_path: Path
) -> None:
    env = child_env(NEWSBOT_DATABASE_URL=f"sqlite:///{tmp_path / 'fresh.db'}", SLACK_API_URL=slack.url)
    children = [
        subprocess.Popen(
            [*newsbot_command(), "ask", "/newsbot status"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for _ in range(3)
    ]
    outputs = [child.communicate(timeout=120) for child in children]
    results = [(child.returncode, out, err) for child, (out, err) in zip(children, outputs, strict=True)]

    for code, out, err in results:
        assert code == 0, err[-2000:]
        assert "Articles:" in out
    store = Store(tmp_path / "fresh.db")
    try:
        assert store.article_count() == 5
    finally:
        store.close()


# ---------------------------------------------------------------------- real processes, real minutes


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_three_serve_processes_on_one_file_post_each_minute_once(slack: FakeSlackAPI, tmp_path: Path) -> None:
    database = tmp_path / "shared.db"
    env = child_env(
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack.url,
        NEWSBOT_PORT="0",
        NEWSBOT_DATABASE_URL=f"sqlite:///{database}",
        NEWSBOT_DIGEST_CHANNEL=CHANNEL,
        NEWSBOT_DIGEST_CRON="* * * * *",
        NEWSBOT_DIGEST_GRACE="PT1H",
        NEWSBOT_LOG_LEVEL="DEBUG",
    )
    children = [
        Child([*newsbot_command(), "serve"], env, tmp_path, tmp_path / f"serve-{n}.stderr") for n in range(3)
    ]
    try:
        for child in children:
            line = child.stdout.until("Newsbot listening on", timeout=120)
            port = int(line.rsplit(":", 1)[1].split("/", 1)[0])
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", "/healthz")
            assert conn.getresponse().status == 200
            conn.close()
        started = datetime.now(UTC)
        # The slot of the starting minute (caught up at start) and the next three, at least.
        slack.wait_for("chat.postMessage", count=4, timeout=300)
    finally:
        codes = [child.stop() for child in children]
    finished = datetime.now(UTC)

    calls = slack.calls_to("chat.postMessage")
    counts = posts_by_slot(calls)
    print(f"{len(counts)} slots from {started:%H:%M:%S} to {finished:%H:%M:%S}: {dict(counts)}")
    assert codes == [0, 0, 0]
    assert [c.status for c in calls] == [200] * len(calls)
    assert len(counts) >= 4
    assert set(counts.values()) == {1}, f"a slot posted more than once: {counts}"
    minutes = sorted(datetime.strptime(key.split("@")[1], "%Y-%m-%dT%H:%M:%SZ") for key in counts)
    assert all(b - a == timedelta(minutes=1) for a, b in itertools.pairwise(minutes)), minutes
    store = Store(database)
    try:
        rows = {row.slot_key: row for row in store.slots(CHANNEL)}
    finally:
        store.close()
    ts_of = {c.params["metadata"]["event_payload"]["slot_key"]: c for c in calls}
    posted = {m["metadata"]["event_payload"]["slot_key"]: m["ts"] for m in slack.posted_messages(CHANNEL)}
    for key in counts:
        assert key in ts_of
        assert (rows[key].state, rows[key].message_ts) == ("posted", posted[key])
    owners = Counter(rows[key].owner.rsplit(":", 1)[0] for key in counts)
    print(f"posted by: {dict(owners)}")
    for child in children:
        stderr = child.stderr()
        assert "DEBUG" in stderr
        assert leaks(stderr) == []
        assert "Traceback" not in stderr, stderr[-3000:]
