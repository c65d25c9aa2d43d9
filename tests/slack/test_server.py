"""The HTTP server around the Bolt app: health check, unknown paths, shutdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fakes.slack_api import FakeSlackAPI
from tests.slack.harness import SlackBot, settings_for


def test_healthz_answers_ok_while_the_store_is_readable(bot: SlackBot) -> None:
    answer = bot.request("GET", "/healthz")

    assert answer.status == 200
    assert answer.body == b"ok\n"
    assert answer.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize(("method", "path"), [("GET", "/"), ("GET", "/nope"), ("POST", "/slack/other")])
def test_other_paths_are_not_found(bot: SlackBot, method: str, path: str) -> None:
    answer = bot.request(method, path, "a=b" if method == "POST" else "")

    assert answer.status == 404
    assert bot.fake.calls == []


def test_runtime_closes_after_serving_requests(slack: FakeSlackAPI, tmp_path: Path) -> None:
    """Store.close() from the main thread closes the connections the server's worker threads opened."""
    bot = SlackBot(settings_for(slack, str(tmp_path / "nb.db")), slack)
    try:
        assert bot.command("/who-signed").status == 200
    finally:
        bot.server.close()
        bot.server.task_dispatcher.shutdown()
        bot.thread.join(timeout=10)

    bot.runtime.close()  # used to raise sqlite3.ProgrammingError (check_same_thread)
