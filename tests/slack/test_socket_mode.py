"""Socket Mode: the same app answers slash commands and buttons over a WebSocket, with no public URL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.authorization import AuthorizeResult

from bot.app import make_client
from bot.runtime import Runtime
from tests.fakes.slack_api import FakeResponse, FakeSlackAPI
from tests.fakes.socket_mode import FakeSocketMode
from tests.slack.harness import BOT_TOKEN, message_text, settings_for

APP_TOKEN = "xapp-1-A000TEST-1-abcdef0123456789"


@pytest.fixture
def slack() -> Iterator[FakeSlackAPI]:
    """A fake Web API of its own that knows the app-level token as well as the bot token."""
    with FakeSlackAPI(tokens={BOT_TOKEN, APP_TOKEN}) as fake:
        yield fake


@pytest.fixture
def socket_bot(slack: FakeSlackAPI, tmp_path: Path) -> Iterator[tuple[FakeSocketMode, Runtime]]:
    settings = settings_for(slack, str(tmp_path / "nb.db"), SLACK_APP_TOKEN=APP_TOKEN)
    runtime = Runtime(settings)
    identity = AuthorizeResult(
        enterprise_id=None,
        team_id="T0000000001",
        bot_token=BOT_TOKEN,
        bot_id="B0000000001",
        bot_user_id="U0000BOT1",
    )
    with FakeSocketMode() as server:
        slack.queue("apps.connections.open", FakeResponse.ok(url=server.url))
        handler = SocketModeHandler(
            runtime.app(identity=identity), APP_TOKEN, web_client=make_client(settings)
        )
        handler.connect()
        server.wait_connected()
        try:
            yield server, runtime
        finally:
            handler.close()
            runtime.close()


def slash(envelope_id: str, command: str, text: str = "") -> dict[str, object]:
    return {
        "envelope_id": envelope_id,
        "type": "slash_commands",
        "accepts_response_payload": True,
        "payload": {
            "token": "unused",
            "team_id": "T0000000001",
            "channel_id": "C0000000001",
            "user_id": "U0REPORTER",
            "command": command,
            "text": text,
            "response_url": "http://127.0.0.1:9/unused",
            "trigger_id": f"trigger.{envelope_id}",
            "api_app_id": "A000TEST",
        },
    }


def test_the_app_token_opens_the_connection_at_slack_api_url(
    socket_bot: tuple[FakeSocketMode, Runtime], slack: FakeSlackAPI
) -> None:
    (call,) = slack.calls_to("apps.connections.open")
    assert call.token == APP_TOKEN


@pytest.mark.parametrize(
    ("command", "text", "expected"),
    [
        ("/who-signed", "", ["Rajnath Singh", "Pete Hegseth", "31 Oct 2025"]),
        ("/who-signed", "sosa", ["name no signatories", "Aug 2024"]),
        ("/timeline", "tarrifs", ["25% reciprocal tariff"]),
        ("/newsbot", "help", ["/who-signed", "/timeline", "/quote", "/sources", "/newsbot"]),
    ],
)
def test_slash_commands_are_answered_in_the_acknowledgement(
    socket_bot: tuple[FakeSocketMode, Runtime], command: str, text: str, expected: list[str]
) -> None:
    server, _runtime = socket_bot
    server.send(slash("env-1", command, text))

    payload = server.wait_ack("env-1")

    assert payload["blocks"], payload
    shown = message_text(payload)
    for fragment in expected:
        assert fragment in shown


def test_hostile_text_over_socket_mode_is_escaped(socket_bot: tuple[FakeSocketMode, Runtime]) -> None:
    server, _runtime = socket_bot
    server.send(slash("env-2", "/who-signed", "<!channel> <@U0123ABC> please"))

    payload = server.wait_ack("env-2")

    raw = json.dumps(payload)
    assert "<!channel>" not in raw
    assert "<@U0123ABC>" not in raw
    assert "&lt;!channel&gt;" in raw


def test_newsbot_serve_in_socket_mode_answers_through_slack_api_url(
    slack: FakeSlackAPI, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "NEWSBOT_"))}
    env.update(
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_APP_TOKEN=APP_TOKEN,
        SLACK_API_URL=slack.url,
        NEWSBOT_DATABASE_URL=f"sqlite:///{tmp_path / 'nb.db'}",
        NEWSBOT_PORT="0",
    )
    with FakeSocketMode() as server:
        slack.queue("apps.connections.open", FakeResponse.ok(url=server.url))
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            server.wait_connected(timeout=30)
            server.send(slash("env-serve", "/who-signed", "sosa"))
            payload = server.wait_ack("env-serve", timeout=30)
        finally:
            process.terminate()
            _out, errors = process.communicate(timeout=30)
    assert "name no signatories" in message_text(payload)
    assert slack.calls_to("auth.test")[0].token == BOT_TOKEN
    assert APP_TOKEN not in errors
    assert BOT_TOKEN not in errors
    assert "`token`" not in errors  # Bolt's notices about the token it reads from the environment
