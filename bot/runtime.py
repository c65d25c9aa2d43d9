"""Wiring: settings in, a store, the story service, the digest and the handlers' dependencies out."""

from __future__ import annotations

import json
import logging
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from slack_bolt import App, BoltRequest
from slack_sdk import WebClient
from slack_sdk.signature import SignatureVerifier

from bot.app import build_app, make_client
from bot.core.query import StoryIndex
from bot.scheduler import DigestPoster, DigestScheduler
from bot.service import StoryService
from bot.store import Store
from config.settings import Settings
from handlers.deps import Deps, DigestPort, Status

__all__ = ["RECHECK_AFTER", "ConsoleAnswer", "Runtime", "WatchedStore"]

log = logging.getLogger("newsbot")

RECHECK_AFTER = 1.0
"""Seconds for which the handlers take the model and what status shows as current without asking the
store whether another process (`newsbot ingest`, another `newsbot serve`) changed them; this process's
own writes are seen at once. Asking costs SQLite queries, during which the interpreter passes to other
threads: on every request it was most of what a story command cost over a bare Bolt app."""


class WatchedStore(Store):
    """The store, counting the write transactions this process has committed (or tried to)."""

    _writes = 0

    def __init__(self, path: Path) -> None:
        self._writes_lock = threading.Lock()
        super().__init__(path)

    @property
    def writes(self) -> int:
        """Changes (at least) whenever a write transaction of this process ends."""
        return self._writes

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            with super().transaction() as conn:
                yield conn
        finally:
            with self._writes_lock:
                self._writes += 1


@dataclass(frozen=True)
class _View:
    """What the handlers read from the store, as read at one moment."""

    index: StoryIndex
    last_ingest: datetime | None
    problems: tuple[str, ...]
    writes: int
    """The store's count of this process's writes before it was read."""
    until: float
    """time.monotonic() after which it is read again."""


@dataclass(frozen=True)
class ConsoleAnswer:
    """What the bot answered to a console command: HTTP status and Slack payload."""

    status: int
    payload: dict[str, Any]

    @property
    def is_error(self) -> bool:
        """True for a usage error (unknown command, no match, bad argument)."""
        blocks = self.payload.get("blocks") or []
        return self.status != 200 or bool(blocks and blocks[0].get("block_id") == "newsbot-error")


class Runtime:
    """Everything a running Newsbot needs, built once from the settings."""

    def __init__(self, settings: Settings, client: WebClient | None = None) -> None:
        self.settings = settings
        self.store = WatchedStore(settings.database_path)
        self.recheck_after = RECHECK_AFTER
        self._view: _View | None = None
        self.story = StoryService(self.store, settings.seed_path)
        message = self.story.bootstrap()
        if message:
            log.info(message)
        self.client = client or (make_client(settings) if not settings.console_mode else None)
        poster_client = make_client(settings, retry_failures=False) if self.client is not None else None
        self.poster = DigestPoster(
            self.store,
            self.story,
            poster_client,
            tuple(settings.digest_channel),
            settings.zone,
            settings.digest_skip_empty,
        )
        self.scheduler = DigestScheduler(self.poster, settings.crontab, settings.zone, settings.digest_grace)
        self._next_digest: tuple[datetime, datetime] | None = None
        self._status: tuple[_View, datetime | None, Status] | None = None
        self.deps = Deps(
            story=self.current,
            status=self.status,
            zone=settings.zone,
            admin_users=frozenset(settings.admin_users),
            digest=DigestPort(preview=self.poster.preview, post_now=self.poster.post_now),
        )

    def current(self) -> StoryIndex:
        """The current model's index, as the handlers see it (see ``view``)."""
        return self.view().index

    def view(self) -> _View:
        """What the handlers read from the store: read again after this process wrote to the store, else
        at most every ``recheck_after`` seconds (RECHECK_AFTER), by whichever request comes first."""
        view = self._view
        now = time.monotonic()
        if view is not None and view.writes == self.store.writes and now < view.until:
            return view
        writes = self.store.writes  # before reading: a write meanwhile makes the next request read again
        index = self.story.current()
        last = self.store.get_meta("last_ingest_at")
        problems = tuple(
            f"digest to {channel} failed at {at.isoformat(timespec='minutes')}: {error}"
            for channel, (error, at) in self.store.channel_errors().items()
        )
        view = _View(
            index=index,
            last_ingest=datetime.fromisoformat(last) if last else None,
            problems=problems,
            writes=writes,
            until=now + self.recheck_after,
        )
        self._view = view
        return view

    def status(self) -> Status:
        """What /newsbot status shows: the store as ``view`` reads it, and the next digest slot.

        The same Status while both are the same: building one (a frozen dataclass of eight fields) cost
        more than the rest of the status command's own work, and the reply is rendered once per Status.
        """
        view = self.view()
        next_digest = self.next_digest() if self.settings.digest_channel else None
        last = self._status
        if last is not None and last[0] is view and last[1] == next_digest:
            return last[2]
        stats = view.index.stats()
        problems = view.problems
        if not self.settings.digest_channel:
            problems += ("no digest channel is set (NEWSBOT_DIGEST_CHANNEL)",)
        status = Status(
            articles=stats["articles"],
            events=stats["events"],
            people=stats["people"],
            quotations=stats["quotations"],
            last_ingest=view.last_ingest,
            next_digest=next_digest,
            digest_channels=tuple(self.settings.digest_channel),
            problems=problems,
        )
        self._status = (view, next_digest, status)
        return status

    def next_digest(self) -> datetime:
        """The next digest slot after now. The cron trigger takes a while to work it out, and the answer
        stays the same from when it was worked out until that slot: it is kept until then."""
        now = utcnow()
        known = self._next_digest
        if known is not None and known[0] <= now < known[1]:
            return known[1]
        slot = self.scheduler.next_times(1, now)[0]
        self._next_digest = (now, slot)
        return slot

    def app(self, **kwargs: Any) -> App:
        """The Bolt app over this runtime (its client takes the token from each request's authorization)."""
        return build_app(self.settings, self.deps, **kwargs)

    def close(self) -> None:
        """Stop the scheduler and close the store."""
        self.scheduler.shutdown()
        self.store.close()


class Console:
    """Answers slash commands offline through the real Bolt app, signed like Slack signs them."""

    def __init__(self, runtime: Runtime) -> None:
        logging.getLogger("newsbot.bolt").addFilter(_quiet_console)
        self.secret = secrets.token_hex(16)
        self.app = runtime.app(signing_secret=self.secret)
        self.verifier = SignatureVerifier(self.secret)

    def ask(self, line: str, user: str = "U0CONSOLE") -> ConsoleAnswer:
        """The answer to a command line such as ``/timeline india-us``."""
        command, _, text = line.strip().partition(" ")
        body = urlencode(
            {
                "token": "console",
                "team_id": "T0CONSOLE",
                "team_domain": "console",
                "channel_id": "C0CONSOLE",
                "channel_name": "console",
                "user_id": user,
                "user_name": "console",
                "command": command,
                "text": text.strip(),
                "api_app_id": "A0CONSOLE",
                "response_url": "http://127.0.0.1:9/console",
                "trigger_id": f"console.{time.time_ns()}",
            }
        )
        timestamp = str(int(time.time()))
        headers: dict[str, str | Sequence[str]] = {
            "content-type": ["application/x-www-form-urlencoded"],
            "x-slack-request-timestamp": [timestamp],
            "x-slack-signature": [self.verifier.generate_signature(timestamp=timestamp, body=body) or ""],
        }
        response = self.app.dispatch(BoltRequest(body=body, headers=headers))
        try:
            payload = json.loads(response.body) if response.body else {}
        except ValueError:
            payload = {"text": response.body}
        return ConsoleAnswer(response.status, payload)


def _quiet_console(record: logging.LogRecord) -> bool:
    """Console mode: Bolt's advice about tokens and unhandled requests is not for a person at a terminal."""
    message = record.getMessage()
    return not (
        message.startswith("As `installation_store` or `authorize`")
        or message.startswith("As you gave")
        or "Unhandled request" in message
    )


def utcnow() -> datetime:
    """Now, in UTC."""
    return datetime.now(UTC)
