"""The real Newsbot served over HTTP on 127.0.0.1, and a client that talks to it as Slack does."""

from __future__ import annotations

import http.client
import itertools
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from slack_bolt.authorization import AuthorizeResult
from slack_sdk.signature import SignatureVerifier

from bot.runtime import Runtime
from bot.server import finish_server, make_server, stop_server
from config.settings import Settings
from handlers.commands import CommandHelp
from tests.fakes.slack_api import BOT_ID, BOT_USER_ID, TEAM_ID, FakeSlackAPI

BOT_TOKEN = "xoxb-test-token"
SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
CHANNEL = "C0NEWSROOM1"
REPORTER = "U0REPORTER1"
ADMIN = "U0ADMIN0001"
DIGEST_CHANNEL = "C0DIGEST001"
ERROR_BLOCK_ID = "newsbot-error"

_unique = itertools.count(1)


def settings_for(fake: FakeSlackAPI, database: str, **overrides: Any) -> Settings:
    """Settings for a test bot: HTTP mode, the fake Web API, a real SQLite file."""
    values: dict[str, Any] = {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake.url,
        "NEWSBOT_DATABASE_URL": f"sqlite:///{database}",
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@dataclass
class Answer:
    """An HTTP answer from the bot."""

    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def payload(self) -> dict[str, Any]:
        return json.loads(self.body) if self.body else {}

    @property
    def blocks(self) -> list[dict[str, Any]]:
        return list(self.payload.get("blocks") or [])

    @property
    def text(self) -> str:
        """Every text of the message, joined: fallback, headers, sections, fields and context."""
        return message_text(self.payload)

    @property
    def is_error(self) -> bool:
        blocks = self.blocks
        return bool(blocks) and blocks[0].get("block_id") == ERROR_BLOCK_ID


def message_text(payload: dict[str, Any]) -> str:
    """The visible text of a Slack message payload, one piece per line."""
    parts = [str(payload.get("text", ""))]
    for block in payload.get("blocks") or []:
        if "text" in block:
            parts.append(block["text"]["text"])
        parts.extend(f["text"] for f in block.get("fields") or [])
        if block["type"] == "context":
            parts.extend(e.get("text", "") for e in block["elements"])
    return "\n".join(parts)


def strings(value: Any) -> Iterator[str]:
    """Every string anywhere in a JSON value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def buttons(payload: dict[str, Any]) -> list[tuple[str | None, dict[str, Any]]]:
    """(block_id, button element) for every button of a message."""
    found = []
    for block in payload.get("blocks") or []:
        if block["type"] == "actions":
            found.extend(
                (block.get("block_id"), element)
                for element in block["elements"]
                if element["type"] == "button"
            )
    return found


def button(payload: dict[str, Any], action_id: str, label: str | None = None) -> tuple[str, dict[str, Any]]:
    """The one button with ``action_id`` (and ``label``, when given)."""
    matches = [
        (block_id or "", element)
        for block_id, element in buttons(payload)
        if element["action_id"] == action_id and (label is None or label in element["text"]["text"])
    ]
    assert len(matches) == 1, f"expected one {action_id} button labelled {label!r}, got {matches}"
    return matches[0]


@dataclass
class SlackBot:
    """Newsbot's Bolt app behind waitress on 127.0.0.1:0, over a real SQLite store."""

    settings: Settings
    fake: FakeSlackAPI
    runtime: Runtime = field(init=False)
    helps: list[CommandHelp] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.runtime = Runtime(self.settings)
        identity = AuthorizeResult(
            enterprise_id=None,
            team_id=TEAM_ID,
            bot_token=BOT_TOKEN,
            bot_id=BOT_ID,
            bot_user_id=BOT_USER_ID,
        )
        self.app = self.runtime.app(
            identity=identity, signing_secret=SIGNING_SECRET, on_help=self.helps.extend
        )
        self.server = make_server(self.app, self.runtime.store.ping, "127.0.0.1", 0, 4, 100)
        self.port = int(self.server.effective_port)
        self.thread = threading.Thread(target=self.server.run, name=f"newsbot:{self.port}", daemon=True)
        self.thread.start()
        self.verifier = SignatureVerifier(SIGNING_SECRET)

    def close(self) -> None:
        stop_server(self.server)
        self.thread.join(timeout=10)
        finish_server(self.server)
        self.runtime.close()

    # ------------------------------------------------------------------ HTTP

    def request(
        self, method: str, path: str, body: str = "", headers: dict[str, str] | None = None
    ) -> Answer:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=body.encode() if body else None, headers=headers or {})
            response = conn.getresponse()
            return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
        finally:
            conn.close()

    def signed_headers(self, body: str, timestamp: int | None = None) -> dict[str, str]:
        """Headers as Slack sends them, signed with the app's signing secret."""
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        return {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": self.verifier.generate_signature(timestamp=stamp, body=body) or "",
        }

    def post(self, body: str, headers: dict[str, str]) -> Answer:
        return self.request("POST", "/slack/events", body, headers)

    def command_body(
        self, command: str, text: str = "", user: str = REPORTER, response_url: str = "r1"
    ) -> str:
        """A slash command's form body, as Slack posts it."""
        n = next(_unique)
        return urlencode(
            {
                "token": "verification-token-unused",
                "team_id": TEAM_ID,
                "team_domain": "newsroom",
                "channel_id": CHANNEL,
                "channel_name": "newsroom",
                "user_id": user,
                "user_name": f"user-{user.lower()}",
                "command": command,
                "text": text,
                "api_app_id": "A0000000001",
                "is_enterprise_install": "false",
                "response_url": self.fake.response_url(response_url),
                "trigger_id": f"{n}.{time.time_ns()}.abcdef",
            }
        )

    def command(self, line: str, user: str = REPORTER, response_url: str = "r1") -> Answer:
        """Send ``/command text`` as a signed slash-command request."""
        command, _, text = line.partition(" ")
        body = self.command_body(command, text, user, response_url)
        return self.post(body, self.signed_headers(body))

    def click(
        self,
        block_id: str,
        element: dict[str, Any],
        user: str = REPORTER,
        response_url: str = "clicks",
    ) -> Answer:
        """Press a button of an ephemeral message: a signed block_actions payload."""
        n = next(_unique)
        payload = {
            "type": "block_actions",
            "user": {"id": user, "username": f"user-{user.lower()}", "team_id": TEAM_ID},
            "api_app_id": "A0000000001",
            "token": "verification-token-unused",
            "container": {
                "type": "message",
                "message_ts": f"1700000000.{n:06d}",
                "channel_id": CHANNEL,
                "is_ephemeral": True,
            },
            "trigger_id": f"{n}.{time.time_ns()}.fedcba",
            "team": {"id": TEAM_ID, "domain": "newsroom"},
            "enterprise": None,
            "is_enterprise_install": False,
            "channel": {"id": CHANNEL, "name": "newsroom"},
            "state": {"values": {}},
            "response_url": self.fake.response_url(response_url),
            "actions": [
                {
                    "type": "button",
                    "action_id": element["action_id"],
                    "block_id": block_id,
                    "text": element["text"],
                    "value": element.get("value", ""),
                    "action_ts": f"{time.time():.6f}",
                }
            ],
        }
        body = urlencode({"payload": json.dumps(payload)})
        return self.post(body, self.signed_headers(body))
