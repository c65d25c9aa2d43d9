"""Request verification: forged, stale, replayed or unsigned requests get 401 and reach no listener."""

from __future__ import annotations

import json
import time
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

from tests.slack.harness import SlackBot


def assert_refused(bot: SlackBot, answer_status: int, body: bytes) -> None:
    assert answer_status == 401
    assert b"blocks" not in body
    assert bot.fake.calls == []


def test_forged_signature_is_refused(bot: SlackBot) -> None:
    body = bot.command_body("/who-signed")
    headers = bot.signed_headers(body)
    stamp = headers["X-Slack-Request-Timestamp"]
    headers["X-Slack-Signature"] = (
        SignatureVerifier("not-the-signing-secret-0000000000").generate_signature(timestamp=stamp, body=body)
        or ""
    )

    answer = bot.post(body, headers)

    assert_refused(bot, answer.status, answer.body)


def test_body_changed_after_signing_is_refused(bot: SlackBot) -> None:
    body = bot.command_body("/newsbot", "digest post")
    headers = bot.signed_headers(body)

    answer = bot.post(body.replace("U0REPORTER1", "U0ADMIN0001"), headers)

    assert_refused(bot, answer.status, answer.body)


def test_stale_timestamp_is_refused_even_when_correctly_signed(bot: SlackBot) -> None:
    body = bot.command_body("/who-signed")
    headers = bot.signed_headers(body, timestamp=int(time.time()) - 6 * 60)

    answer = bot.post(body, headers)

    assert_refused(bot, answer.status, answer.body)


def test_replayed_request_is_refused(bot: SlackBot) -> None:
    body = bot.command_body("/who-signed")
    headers = bot.signed_headers(body)

    first = bot.post(body, headers)
    second = bot.post(body, headers)

    assert first.status == 200
    assert first.payload["blocks"]
    assert_refused(bot, second.status, second.body)


def test_missing_signature_headers_are_refused(bot: SlackBot) -> None:
    body = bot.command_body("/who-signed")

    bare = bot.post(body, {"Content-Type": "application/x-www-form-urlencoded"})
    no_signature = bot.post(
        body,
        {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Slack-Request-Timestamp": str(int(time.time())),
        },
    )
    signed = bot.signed_headers(body)
    no_timestamp = bot.post(
        body,
        {"Content-Type": signed["Content-Type"], "X-Slack-Signature": signed["X-Slack-Signature"]},
    )

    for answer in (bare, no_signature, no_timestamp):
        assert_refused(bot, answer.status, answer.body)


def test_forged_button_press_is_refused(bot: SlackBot) -> None:
    payload = {
        "type": "block_actions",
        "user": {"id": "U0REPORTER1"},
        "team": {"id": "T0000000001"},
        "response_url": bot.fake.response_url("forged"),
        "actions": [{"type": "button", "action_id": "newsbot_share", "value": '{"c": "/who-signed"}'}],
    }
    body = urlencode({"payload": json.dumps(payload)})
    headers = bot.signed_headers(body)
    headers["X-Slack-Signature"] = "v0=" + "0" * 64

    answer = bot.post(body, headers)

    assert_refused(bot, answer.status, answer.body)
