"""What the bot keeps between requests, over signed HTTP: help and answers are built once, and a change to
the store still shows: at once when this process made it, within ``recheck_after`` when another did."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.core.pipeline import ArticleInput
from bot.service import StoryService
from bot.store import Store
from tests.fakes.slack_api import FakeSlackAPI
from tests.slack.harness import DIGEST_CHANNEL, SlackBot, message_text, settings_for

ARTICLE = (
    "Published 05.06.25, 10:00 AM\n"
    "Canada and Poland sign Arctic sensor arrangement\n\n"
    "Canadian foreign minister Helene Tremblay and Polish defence minister Tomasz Wrona signed the "
    "Arctic Sensor Research Arrangement in Warsaw on Wednesday.\n\n"
    '"Our northern skies will be safer," Tremblay told reporters in Warsaw.\n'
)


@pytest.fixture
def fresh_bot(slack: FakeSlackAPI, tmp_path: Path) -> Iterator[SlackBot]:
    """A bot over its own store, with a digest channel (status shows the next digest)."""
    bot = SlackBot(settings_for(slack, str(tmp_path / "nb.db"), NEWSBOT_DIGEST_CHANNEL=DIGEST_CHANNEL), slack)
    yield bot
    bot.close()


def ingest_elsewhere(bot: SlackBot, text: str = ARTICLE) -> None:
    """Ingest as `newsbot ingest` does from another process: its own store connections and service."""
    store = Store(bot.runtime.settings.database_path)
    try:
        report = StoryService(store).ingest([ArticleInput(doc="arctic", text=text)])
        assert report.added, report.failed
    finally:
        store.close()


def test_help_is_the_same_every_time_and_lists_every_command(fresh_bot: SlackBot) -> None:
    first = fresh_bot.command("/newsbot help")
    again = fresh_bot.command("/newsbot")

    assert first.status == again.status == 200
    assert first.body == again.body
    for command in ("/who-signed", "/timeline", "/quote", "/sources", "/newsbot"):
        assert f"*`{command}" in first.text
    assert first.payload["response_type"] == "ephemeral"


def test_a_cached_answer_is_sent_as_the_reply_it_was_built_from(fresh_bot: SlackBot) -> None:
    first = fresh_bot.command("/sources")
    again = fresh_bot.command("/sources")

    assert first.body == again.body
    assert first.headers["content-type"].startswith("application/json")
    assert json.loads(first.body) == first.payload
    assert first.payload["response_type"] == "ephemeral"
    share = first.payload["blocks"][-1]["elements"][0]
    assert share["action_id"] == "newsbot_share"
    assert json.loads(share["value"]) == {"c": "/sources", "t": ""}


def test_status_shows_an_ingest_by_this_process_at_once(fresh_bot: SlackBot) -> None:
    before = fresh_bot.command("/newsbot status")
    assert "*Articles:* 5 ·" in before.text
    assert "*Last ingest:* never" in before.text

    fresh_bot.runtime.story.ingest([ArticleInput(doc="arctic", text=ARTICLE)])
    after = fresh_bot.command("/newsbot status")

    assert "*Articles:* 6 ·" in after.text
    assert "*Last ingest:* never" not in after.text
    assert "*Next digest:* " in after.text
    assert f"`{DIGEST_CHANNEL}`" in after.text
    quote = fresh_bot.command("/quote tremblay")
    assert "Our northern skies will be safer" in message_text(quote.payload)


def test_status_is_built_again_only_when_what_it_shows_changes(fresh_bot: SlackBot) -> None:
    runtime = fresh_bot.runtime
    first = runtime.status()
    assert runtime.status() is first

    runtime.story.ingest([ArticleInput(doc="arctic", text=ARTICLE)])
    after = runtime.status()

    assert after is not first
    assert (first.articles, after.articles) == (5, 6)
    assert after.last_ingest is not None
    assert runtime.status() is after


def test_an_ingest_by_another_process_shows_within_recheck_after(fresh_bot: SlackBot) -> None:
    fresh_bot.runtime.recheck_after = 0.5
    before = fresh_bot.command("/quote tremblay")
    assert before.is_error, before.text
    status = fresh_bot.command("/newsbot status")
    asked = time.monotonic()
    assert "*Articles:* 5 ·" in status.text

    ingest_elsewhere(fresh_bot)
    time.sleep(max(0.0, asked + 0.6 - time.monotonic()))

    after = fresh_bot.command("/quote tremblay")
    assert not after.is_error, after.text
    assert "Our northern skies will be safer" in message_text(after.payload)
    status = fresh_bot.command("/newsbot status")
    assert "*Articles:* 6 ·" in status.text
    assert "*Last ingest:* never" not in status.text


def test_with_recheck_after_zero_another_process_s_ingest_shows_on_the_next_request(
    fresh_bot: SlackBot,
) -> None:
    fresh_bot.runtime.recheck_after = 0.0
    assert "*Articles:* 5 ·" in fresh_bot.command("/newsbot status").text
    assert fresh_bot.command("/quote tremblay").is_error

    ingest_elsewhere(fresh_bot)

    assert "*Articles:* 6 ·" in fresh_bot.command("/newsbot status").text
    assert not fresh_bot.command("/quote tremblay").is_error


def test_status_shows_a_digest_failure_recorded_by_this_process_at_once(fresh_bot: SlackBot) -> None:
    assert "*Problems:*" not in fresh_bot.command("/newsbot status").text

    fresh_bot.runtime.store.set_channel_error(
        DIGEST_CHANNEL, "not_in_channel", fresh_bot.runtime.poster.clock()
    )
    failed = fresh_bot.command("/newsbot status")
    assert "*Problems:*" in failed.text
    assert f"digest to {DIGEST_CHANNEL} failed at " in failed.text
    assert "not_in_channel" in failed.text

    fresh_bot.runtime.store.set_channel_error(DIGEST_CHANNEL, None, fresh_bot.runtime.poster.clock())
    assert "*Problems:*" not in fresh_bot.command("/newsbot status").text


def test_the_next_digest_is_the_scheduler_s(fresh_bot: SlackBot) -> None:
    shown = fresh_bot.runtime.status().next_digest
    expected = fresh_bot.runtime.scheduler.next_times(1)[0]

    assert shown == expected
    assert fresh_bot.runtime.status().next_digest == expected  # kept until that slot passes


def test_within_recheck_after_requests_do_not_read_the_store_until_this_process_writes(
    fresh_bot: SlackBot,
) -> None:
    runtime = fresh_bot.runtime
    runtime.recheck_after = 60.0
    fresh_bot.command("/who-signed")
    seen = runtime.view()

    for line in ("/who-signed", "/timeline trade", "/quote rajnath", "/sources", "/newsbot status"):
        assert fresh_bot.command(line).status == 200
    assert runtime.view() is seen

    runtime.store.set_meta("unrelated", "1")  # any write of this process: read again on the next request
    assert runtime.view() is not seen
