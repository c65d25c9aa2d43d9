"""/newsbot digest post (admins only) and the Web API client's rate-limit handling."""

from __future__ import annotations

from pathlib import Path

from bot.app import make_client
from tests.fakes.slack_api import FakeResponse, FakeSlackAPI
from tests.slack.harness import ADMIN, BOT_TOKEN, DIGEST_CHANNEL, REPORTER, SlackBot, settings_for


def test_digest_post_is_refused_for_a_non_admin(bot: SlackBot) -> None:
    answer = bot.command("/newsbot digest post", user=REPORTER)

    assert answer.status == 200
    assert answer.is_error
    assert "Only Newsbot admins can post the digest" in answer.text
    assert "`/newsbot digest` shows you a preview" in answer.text
    assert bot.fake.calls_to("chat.postMessage") == []
    assert bot.runtime.store.slots(DIGEST_CHANNEL) == []


def test_digest_post_by_an_admin_posts_once_with_metadata(bot: SlackBot) -> None:
    answer = bot.command("/newsbot digest post", user=ADMIN)

    assert answer.status == 200
    assert not answer.is_error, answer.text
    assert answer.payload["text"] == "Digest posted to 1 of 1 channel(s)."
    assert f"<#{DIGEST_CHANNEL}>" in answer.blocks[0]["text"]["text"]
    (call,) = bot.fake.wait_for("chat.postMessage")
    assert call.token == BOT_TOKEN
    assert call.params["channel"] == DIGEST_CHANNEL
    assert call.params["metadata"]["event_type"] == "newsbot_digest"
    slot_key = call.params["metadata"]["event_payload"]["slot_key"]
    assert call.params["blocks"][0]["text"]["text"] == "Story digest"
    assert "31 Oct 2025" in call.params["text"]
    (slot,) = bot.runtime.store.slots(DIGEST_CHANNEL)
    assert (slot.slot_key, slot.state, slot.message_ts) == (
        slot_key,
        "posted",
        bot.fake.posted_messages(DIGEST_CHANNEL)[0]["ts"],
    )


def test_web_api_client_waits_out_a_rate_limit_and_retries(slack: FakeSlackAPI, tmp_path: Path) -> None:
    client = make_client(settings_for(slack, str(tmp_path / "nb.db")))
    slack.queue("chat.postMessage", FakeResponse.rate_limited(retry_after=1))

    response = client.chat_postMessage(channel=DIGEST_CHANNEL, text="after the limit")

    assert response["ok"] is True
    limited, retried = slack.wait_for("chat.postMessage", 2)
    assert (limited.status, retried.status) == (429, 200)
    assert retried.at - limited.at >= 1.0  # Retry-After was honoured
    assert retried.params["text"] == "after the limit"
    assert [m["text"] for m in slack.posted_messages(DIGEST_CHANNEL)] == ["after the limit"]
