"""Proof under load, faults and hostile input.

Each suite has quick parts, run by the normal test run (the whole folder in about a minute), and long
runs marked ``slow``, skipped unless NEWSBOT_LONG=1:

    NEWSBOT_LONG=1 .venv/bin/pytest tests/proof -m slow

- test_security: forged, stale and replayed requests are all refused over HTTP; secrets never reach
  the logs at any level; admin-only actions are refused for everyone else.
- test_hostile: hostile command text (hypothesis) through every command, in-process and over HTTP,
  and hostile files through ingest: no crash, no mention, Block Kit limits kept, the store unchanged.
- test_load: 500 concurrent slash commands against one `newsbot serve` process: all 200, 0 errors;
  latencies printed; the p99 < 1 s target is measured by bench/bench_load.py, not by a timed test.
- test_faults: 429, 5xx, slow and dropped Slack replies; SIGTERM with a request in flight (answered);
  SIGKILL during ingest and during a digest post: posted exactly once, nothing lost, the store consistent.
- test_processes: three schedulers on one SQLite file (in-process with injected clocks; and, long,
  three real `newsbot serve` processes over real minutes): one post per slot.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.slack_api import FakeSlackAPI
from tests.proof.support import LONG, LONG_COMMAND
from tests.slack.harness import ADMIN, BOT_TOKEN, DIGEST_CHANNEL, SlackBot, settings_for


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("slow") is not None and not LONG:
        pytest.skip(f"long run: {LONG_COMMAND}")


@pytest.fixture(scope="session")
def proof_slack() -> Iterator[FakeSlackAPI]:
    """One fake Slack Web API for the in-process bots of this folder."""
    with FakeSlackAPI(tokens={BOT_TOKEN}) as fake:
        yield fake


@pytest.fixture
def slack(proof_slack: FakeSlackAPI) -> FakeSlackAPI:
    """The fake Web API with nothing recorded, queued or remembered."""
    proof_slack.reset()
    return proof_slack


@pytest.fixture(scope="session")
def proof_bot(proof_slack: FakeSlackAPI, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SlackBot]:
    """The real app over HTTP on 127.0.0.1, a fresh seeded store, an admin and a digest channel."""
    database = tmp_path_factory.mktemp("proof-bot") / "nb.db"
    settings = settings_for(
        proof_slack, str(database), NEWSBOT_ADMIN_USERS=ADMIN, NEWSBOT_DIGEST_CHANNEL=DIGEST_CHANNEL
    )
    bot = SlackBot(settings, proof_slack)
    yield bot
    bot.close()


@pytest.fixture
def bot(proof_bot: SlackBot, slack: FakeSlackAPI) -> SlackBot:
    """The seeded bot, with the fake Web API reset for this test."""
    return proof_bot


@pytest.fixture
def fresh_bot(slack: FakeSlackAPI, tmp_path: Path) -> Iterator[SlackBot]:
    """A bot of its own over a fresh seeded store (same admin and digest channel)."""
    settings = settings_for(
        slack, str(tmp_path / "nb.db"), NEWSBOT_ADMIN_USERS=ADMIN, NEWSBOT_DIGEST_CHANNEL=DIGEST_CHANNEL
    )
    bot = SlackBot(settings, slack)
    yield bot
    bot.close()
