"""Fixtures for the digest tests: a recording fake Slack, a real SQLite store, an injected clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.runtime import Runtime
from bot.scheduler import DigestPoster
from config.settings import Settings
from tests.fakes.slack_api import FakeSlackAPI, RecordedCall

CHANNEL = "C0123456789"
TOKEN = "xoxb-test"


class Clock:
    """A clock that only moves when told to."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def slack() -> Iterator[FakeSlackAPI]:
    with FakeSlackAPI(tokens={TOKEN}) as fake:
        yield fake


def make_settings(slack: FakeSlackAPI, tmp_path: Path, **env: Any) -> Settings:
    """Settings as the bot reads them, pointed at the fake and a database file in ``tmp_path``."""
    values: dict[str, Any] = {
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_API_URL": slack.url,
        "NEWSBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'newsbot.db'}",
        "NEWSBOT_DIGEST_CHANNEL": CHANNEL,
        "NEWSBOT_TIMEZONE": "Europe/London",
    }
    values.update(env)
    return Settings(_env_file=None, **values)


@pytest.fixture
def runtime(slack: FakeSlackAPI, tmp_path: Path) -> Iterator[Runtime]:
    built = Runtime(make_settings(slack, tmp_path))
    yield built
    built.close()


def make_poster(
    runtime: Runtime, clock: Clock, owner: str = "host-a:1", skip_empty: bool | None = None
) -> DigestPoster:
    """A poster over the runtime's store, story and client, with an injected clock and owner."""
    settings = runtime.settings
    return DigestPoster(
        runtime.store,
        runtime.story,
        runtime.client,
        tuple(settings.digest_channel),
        settings.zone,
        settings.digest_skip_empty if skip_empty is None else skip_empty,
        clock=clock,
        owner=owner,
    )


def block_texts(call: RecordedCall) -> list[str]:
    """Every text of a recorded chat.postMessage, block by block (sections and context lines)."""
    texts: list[str] = []
    for block in call.params.get("blocks") or []:
        if isinstance(block.get("text"), dict):
            texts.append(block["text"]["text"])
        texts.extend(e["text"] for e in block.get("elements") or [] if isinstance(e, dict) and "text" in e)
    return texts


def new_section(call: RecordedCall) -> str:
    """The "New since the last digest" part of a posted digest."""
    (text,) = [t for t in block_texts(call) if t.startswith("*New since the last digest")]
    return text
