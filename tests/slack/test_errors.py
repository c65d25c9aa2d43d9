"""The unexpected-error path: a store that fails for real gets an apology, and the failure is logged."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.slack_api import FakeSlackAPI
from tests.slack.harness import REPORTER, SlackBot, settings_for

APOLOGY = "Sorry, something went wrong on our side while answering. It has been logged; please try again."


@pytest.fixture
def broken_bot(slack: FakeSlackAPI, tmp_path: Path) -> Iterator[SlackBot]:
    """A bot whose store lost its tables behind its back (another process, a bad migration...)."""
    database = tmp_path / "nb.db"
    bot = SlackBot(settings_for(slack, str(database)), slack)
    # Another process's change is noticed within runtime.recheck_after seconds; at 0, on the next request.
    bot.runtime.recheck_after = 0.0
    assert bot.command("/who-signed").status == 200  # it worked before
    with sqlite3.connect(database) as conn:
        conn.executescript("DROP TABLE articles; DROP TABLE snapshot;")
    yield bot
    bot.close()


def test_unexpected_failure_apologises_and_logs(
    broken_bot: SlackBot, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        answer = broken_bot.command("/timeline trade", user=REPORTER)

    assert answer.status == 200
    assert json.loads(answer.body) == {"response_type": "ephemeral", "text": APOLOGY}
    for leak in (b"Traceback", b"sqlite", b"no such table", b'File "'):
        assert leak not in answer.body
    (record,) = [r for r in caplog.records if r.getMessage().startswith("unexpected failure")]
    message = record.getMessage()
    assert "'command': '/timeline'" in message
    assert f"'user': '{REPORTER}'" in message
    assert "'channel': 'C0NEWSROOM1'" in message
    assert "no such table" in message
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None
    assert isinstance(record.exc_info[1], sqlite3.OperationalError)
    assert broken_bot.fake.calls == []


def test_health_check_reports_the_broken_store(broken_bot: SlackBot) -> None:
    answer = broken_bot.request("GET", "/healthz")

    assert answer.status == 503
    assert answer.body == b"store unavailable\n"


@pytest.mark.parametrize("level", ["INFO", "DEBUG"])
def test_bolts_own_log_lines_follow_the_configured_level(
    slack: FakeSlackAPI, tmp_path: Path, caplog: pytest.LogCaptureFixture, level: str
) -> None:
    # Bolt formats a debug line per middleware and listener of every request when its logger's own
    # level is unset; set from NEWSBOT_LOG_LEVEL, they appear only when asked for.
    bot = SlackBot(settings_for(slack, str(tmp_path / "nb.db"), NEWSBOT_LOG_LEVEL=level), slack)
    try:
        with caplog.at_level(logging.DEBUG):
            assert bot.command("/newsbot help").status == 200
    finally:
        bot.close()

    bolt_debug = [
        r for r in caplog.records if r.name.startswith("newsbot.bolt") and r.levelno == logging.DEBUG
    ]
    assert bot.app.logger.level == logging.getLevelName(level)
    if level == "DEBUG":
        assert any("Applying" in r.getMessage() for r in bolt_debug), [r.getMessage() for r in bolt_debug]
    else:
        assert bolt_debug == []
