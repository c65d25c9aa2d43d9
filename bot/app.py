"""The Bolt app: built from settings and dependencies, handlers registered, one error handler."""

from __future__ import annotations

import json
import logging
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.middleware import Middleware
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from config.settings import Settings
from handlers import register_all
from handlers.commands import CommandHelp
from handlers.deps import Deps

__all__ = ["CONSOLE_IDENTITY", "RefuseReplays", "ReplayGuard", "build_app", "make_client"]

log = logging.getLogger("newsbot.app")

CONSOLE_IDENTITY = AuthorizeResult(
    enterprise_id=None,
    team_id="T0CONSOLE",
    bot_token="xoxb-console-mode",  # noqa: S106 - not a secret: console mode never calls Slack
    bot_id="B0CONSOLE",
    bot_user_id="U0CONSOLE",
)
SIGNATURE_MAX_AGE = 300
"""Slack's rule: a request older than five minutes is refused (and remembered that long for replays)."""


def make_client(settings: Settings, token: str | None = None, retry_failures: bool = True) -> WebClient:
    """A Web API client on SLACK_API_URL, retrying rate limits and (unless told not to) server errors and
    dropped connections. A post must not be retried blindly after a failure: it may have been delivered."""
    if token is None and settings.slack_bot_token is not None:
        token = settings.slack_bot_token.get_secret_value()
    client = WebClient(
        token=token or None,
        base_url=settings.slack_api_url,
        timeout=15,
    )
    client.retry_handlers.clear()
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    if retry_failures:
        client.retry_handlers.extend(
            [ServerErrorRetryHandler(max_retry_count=3), ConnectionErrorRetryHandler(max_retry_count=3)]
        )
    return client


class ReplayGuard:
    """Refuses a signed request seen before: Bolt checks signatures and age, not replays."""

    def __init__(self, max_age: int = SIGNATURE_MAX_AGE, capacity: int = 200_000) -> None:
        self.max_age = max_age
        self.capacity = capacity
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, signature: str, now: float | None = None) -> bool:
        """True the first time a signature is seen within its lifetime."""
        moment = time.time() if now is None else now
        with self._lock:
            while self._seen:
                _oldest, seen_at = next(iter(self._seen.items()))
                if moment - seen_at <= self.max_age * 2 and len(self._seen) < self.capacity:
                    break
                self._seen.popitem(last=False)
            if signature in self._seen:
                return False
            self._seen[signature] = moment
            return True


class RefuseReplays(Middleware):
    """Bolt middleware answering 401 to a request whose signature ``guard`` has seen before.

    A Middleware object rather than a decorated function: Bolt builds a function middleware's arguments
    anew on every request (the whole set it can inject, for two of them)."""

    def __init__(self, guard: ReplayGuard) -> None:
        self.guard = guard

    def process(
        self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]
    ) -> BoltResponse | None:
        signature = req.headers.get("x-slack-signature", [None])[0]
        if signature and not self.guard.first_time(signature):
            log.warning("refused a replayed request")
            return BoltResponse(status=401, body="")
        return next()


class _BoltTokenNotice(logging.Filter):
    """Drops Bolt's start-up notices that SLACK_BOT_TOKEN (read from the environment by Bolt itself) is
    unused because a client and an authorize function are given: that is how Newsbot is built, and the
    notices read like a fault on every start."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not ("`token`" in message and ("will be unused" in message or "will be ignored" in message))


def build_app(
    settings: Settings,
    deps: Deps,
    *,
    client: WebClient | None = None,
    identity: AuthorizeResult | None = None,
    signing_secret: str | None = None,
    on_help: Callable[[list[CommandHelp]], None] | None = None,
) -> App:
    """The Bolt app. In console mode (no bot token) it never calls Slack and answers signed local requests.

    ``identity`` is the bot's auth.test result (serve fetches it once at start); ``signing_secret``
    overrides SLACK_SIGNING_SECRET (console mode signs its own requests with a random one).
    """
    secret = signing_secret or (
        settings.slack_signing_secret.get_secret_value()
        if settings.slack_signing_secret
        else secrets.token_hex(16)
    )
    who = identity or CONSOLE_IDENTITY
    bolt_logger = logging.getLogger("newsbot.bolt")
    if not any(isinstance(f, _BoltTokenNotice) for f in bolt_logger.filters):
        bolt_logger.addFilter(_BoltTokenNotice())
    # Bolt reads its logger's own level, not the effective one, before it formats a debug line for every
    # middleware and listener of every request: left unset (0), that costs each request more than our
    # handlers do. Set, Bolt's lines follow NEWSBOT_LOG_LEVEL like everything else.
    bolt_logger.setLevel(settings.log_level)
    app = App(
        signing_secret=secret,
        client=client or make_client(settings, token=""),
        authorize=lambda **_: who,
        process_before_response=True,
        logger=bolt_logger,
        url_verification_enabled=True,
        ssl_check_enabled=True,
        ignoring_self_events_enabled=True,
    )
    app.use(RefuseReplays(ReplayGuard()))

    helps = register_all(app, deps)
    if on_help:
        on_help(helps)

    @app.error
    def handle_errors(error: Exception, body: dict[str, Any], logger: logging.Logger) -> BoltResponse:
        ids = {
            "team": (body.get("team") or {}).get("id")
            if isinstance(body.get("team"), dict)
            else body.get("team_id"),
            "user": (body.get("user") or {}).get("id")
            if isinstance(body.get("user"), dict)
            else body.get("user_id"),
            "channel": body.get("channel_id") or (body.get("channel") or {}).get("id")
            if isinstance(body.get("channel"), dict)
            else body.get("channel_id"),
            "command": body.get("command"),
            "trigger": body.get("trigger_id"),
        }
        logger.error("unexpected failure %s: %s", {k: v for k, v in ids.items() if v}, error, exc_info=error)
        apology = {
            "response_type": "ephemeral",
            "text": "Sorry, something went wrong on our side while answering. It has been logged; please try again.",
        }
        return BoltResponse(
            status=200, body=json.dumps(apology), headers={"content-type": "application/json"}
        )

    return app
