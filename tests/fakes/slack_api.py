"""A local fake of the Slack Web API that records every call, for tests.

Usage::

    with FakeSlackAPI(tokens={"xoxb-test"}) as slack:
        client = WebClient(base_url=slack.url, token="xoxb-test")
        client.chat_postMessage(channel="C1", text="hi")
        (call,) = slack.calls_to("chat.postMessage")

The server listens on 127.0.0.1 on a free port and serves each request in a daemon thread.
Everything is stdlib only; waits use a ``threading.Condition`` (no sleeping or polling).

Behaviour notes:

* Calls to ``/api/<method>`` are answered with the next queued ``FakeResponse`` for that method,
  otherwise with a realistic default answer (see ``FakeSlackAPI._defaults``).
* A queued ``FakeResponse`` with ``body=None`` and a status below 400 answers with the default
  answer (including its side effects, e.g. a posted message is remembered), only altered by
  ``status``/``headers``/``delay``. With ``body=None`` and a status of 400 or more the body is
  ``{"ok": false, "error": "http_<status>"}`` and there are no side effects. An explicit ``body``
  is sent as-is and has no side effects.
* Auth is checked before the queue: a rejected call does not consume a queued response.
* ``RecordedCall.status`` is the HTTP status answered, or ``0`` for a dropped connection.
  ``RecordedCall.at`` is ``time.monotonic()`` at arrival (calls are recorded before any delay).
* ``chat.update``/``chat.delete`` of an unknown message are answered ok (lenient).
"""

from __future__ import annotations

import copy
import json
import selectors
import socket
import socketserver
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast
from urllib.parse import parse_qsl, quote, unquote, urlsplit

__all__ = [
    "APP_ID",
    "BOT_ID",
    "BOT_USER_ID",
    "TEAM_ID",
    "FakeResponse",
    "FakeSlackAPI",
    "RecordedCall",
]

TEAM_ID = "T0000000001"
BOT_USER_ID = "U0000000BOT"
BOT_ID = "B0000000001"
APP_ID = "A0000000001"
TEAM_NAME = "Newsbot Test"
TEAM_URL = "https://newsbot-test.slack.com/"
BOT_USER_NAME = "newsbot"

_API_PREFIX = "/api/"
_RESPONSE_PREFIX = "/response/"
_RESPONSE_URL_METHOD_PREFIX = "response_url:"
_FIRST_TS_MICROS = 1_700_000_000_000_000
_TS_STEP_MICROS = 100
_DEFAULT_HISTORY_LIMIT = 100
_JSON_CONTENT_TYPE = "application/json; charset=utf-8"

Params = dict[str, Any]


@dataclass(frozen=True)
class FakeResponse:
    """A scripted answer, queued per API method with ``FakeSlackAPI.queue``."""

    status: int = 200
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False

    @classmethod
    def ok(cls, **fields: Any) -> FakeResponse:
        """HTTP 200 ``{"ok": true, **fields}`` (no side effects)."""
        return cls(body={"ok": True, **fields})

    @classmethod
    def error(cls, error: str, status: int = 200, **fields: Any) -> FakeResponse:
        """A Slack API error, e.g. ``error("channel_not_found")`` (HTTP 200 like Slack)."""
        return cls(status=status, body={"ok": False, "error": error, **fields})

    @classmethod
    def rate_limited(cls, retry_after: int = 1) -> FakeResponse:
        """HTTP 429 with a ``Retry-After`` header, as Slack answers rate-limited calls."""
        return cls(
            status=429,
            body={"ok": False, "error": "ratelimited"},
            headers={"Retry-After": str(retry_after)},
        )

    @classmethod
    def server_error(cls, status: int = 500) -> FakeResponse:
        """An HTTP 5xx answer (slack_sdk's ServerErrorRetryHandler retries 500 and 503)."""
        return cls(status=status, body={"ok": False, "error": "internal_error"})

    @classmethod
    def dropped(cls) -> FakeResponse:
        """Close the connection without any HTTP response (the client sees a connection error)."""
        return cls(drop=True)

    @classmethod
    def slow(cls, seconds: float, body: dict[str, Any] | None = None) -> FakeResponse:
        """Answer after ``seconds`` (the default answer unless ``body`` is given)."""
        return cls(body=body, delay=seconds)


@dataclass(frozen=True)
class RecordedCall:
    """One call received by the fake."""

    api_method: str
    params: dict[str, Any]
    headers: dict[str, str]
    token: str | None
    at: float
    status: int
    content_type: str | None = None

    def header(self, name: str) -> str | None:
        """Case-insensitive header lookup (urllib sends e.g. ``Content-type``)."""
        wanted = name.lower()
        for key, value in self.headers.items():
            if key.lower() == wanted:
                return value
        return None


@dataclass(frozen=True)
class _Reply:
    status: int
    body: bytes
    headers: dict[str, str]
    delay: float = 0.0
    drop: bool = False


def _json_reply(status: int, body: Params, headers: dict[str, str] | None = None) -> _Reply:
    all_headers = {"Content-Type": _JSON_CONTENT_TYPE, **(headers or {})}
    return _Reply(status=status, body=json.dumps(body).encode("utf-8"), headers=all_headers)


def _maybe_json(value: str) -> Any:
    """Decode JSON-looking form values (``blocks``, ``metadata``...) into Python objects."""
    stripped = value.strip()
    if stripped[:1] in ("{", "["):
        try:
            return json.loads(stripped)
        except ValueError:
            return value
    return value


def _parse_form(text: str) -> Params:
    return {key: _maybe_json(value) for key, value in parse_qsl(text, keep_blank_values=True)}


def _parse_body(body: bytes, content_type: str) -> Params:
    if not body.strip():
        return {}
    text = body.decode("utf-8", errors="replace")
    # JSON is also accepted under another content type (urllib defaults to form-urlencoded).
    if content_type == "application/json" or text.lstrip().startswith(("{", "[")):
        try:
            decoded = json.loads(text)
        except ValueError:
            return {"_raw": text}
        return decoded if isinstance(decoded, dict) else {"_json": decoded}
    if content_type in ("application/x-www-form-urlencoded", ""):
        return _parse_form(text)
    return {"_raw": text}


def _ok_answer(params: Params) -> Params:
    return {"ok": True}


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


def _ts_key(ts: Any) -> tuple[int, int]:
    """Slack ts ("1700000000.000100") as an exactly comparable (seconds, micros) pair."""
    text = str(ts).strip()
    seconds, _, fraction = text.partition(".")
    if not seconds.isdigit() or (fraction and not fraction.isdigit()) or len(fraction) > 6:
        raise ValueError(f"invalid ts: {ts!r}")
    return int(seconds), int(fraction.ljust(6, "0") or "0")


def _bearer_token(headers: dict[str, str]) -> str | None:
    for key, value in headers.items():
        if key.lower() == "authorization":
            scheme, _, token = value.strip().partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return token.strip()
    return None


class _FakeHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, fake: FakeSlackAPI, stop_event: threading.Event) -> None:
        self.fake = fake
        self.stop_event = stop_event
        super().__init__(("127.0.0.1", 0), _Handler)
        self.timeout = 0  # handle_request() must never block: the serve loop waits on a selector.

    def server_bind(self) -> None:
        # HTTPServer.server_bind does a reverse DNS lookup (socket.getfqdn), which can be slow offline.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # the client went away (e.g. it timed out on a slow answer)
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server_version = "FakeSlackAPI/1.0"

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def log_message(self, format: str, *args: Any) -> None:
        return  # keep test output clean

    def _dispatch(self) -> None:
        server = cast(_FakeHTTPServer, self.server)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        url = urlsplit(self.path)
        reply = server.fake._handle_request(
            path=url.path,
            query=url.query,
            headers=dict(self.headers.items()),
            body=body,
        )
        if reply.delay > 0:
            server.stop_event.wait(reply.delay)
        if reply.drop:
            self.close_connection = True
            return
        try:
            self.send_response(reply.status)
            for key, value in reply.headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)
        except ConnectionError:
            self.close_connection = True


class FakeSlackAPI:
    """A fake Slack Web API server on 127.0.0.1 that records calls and answers realistically."""

    def __init__(self, tokens: Iterable[str] | None = None) -> None:
        self.tokens: frozenset[str] | None = frozenset(tokens) if tokens is not None else None
        self._cond = threading.Condition(threading.RLock())
        self._calls: list[RecordedCall] = []
        self._queues: dict[str, deque[FakeResponse]] = {}
        self._messages: dict[str, list[Params]] = {}
        self._ts_counter = 0
        self._server: _FakeHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._wake: tuple[socket.socket, socket.socket] | None = None
        self._defaults: dict[str, Callable[[Params], Params]] = {
            "auth.test": self._auth_test,
            "chat.postMessage": self._chat_post_message,
            "chat.postEphemeral": self._chat_post_ephemeral,
            "chat.update": self._chat_update,
            "chat.delete": self._chat_delete,
            "conversations.history": self._conversations_history,
            "conversations.replies": self._conversations_replies,
            "conversations.info": self._conversations_info,
            "users.info": self._users_info,
        }

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> FakeSlackAPI:
        if self._server is not None:
            raise RuntimeError("FakeSlackAPI is already started")
        stop_event = threading.Event()
        server = _FakeHTTPServer(self, stop_event)
        wake_r, wake_w = socket.socketpair()
        thread = threading.Thread(
            target=self._serve, args=(server, wake_r), name=f"FakeSlackAPI:{server.server_port}", daemon=True
        )
        self._server, self._thread, self._wake = server, thread, (wake_r, wake_w)
        thread.start()
        return self

    def stop(self) -> None:
        server, thread, wake = self._server, self._thread, self._wake
        if server is None or thread is None or wake is None:
            return
        server.stop_event.set()  # cut short any slow answers still in flight
        wake[1].send(b"x")
        thread.join()
        server.server_close()
        wake[0].close()
        wake[1].close()
        self._server = self._thread = self._wake = None

    def __enter__(self) -> FakeSlackAPI:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @staticmethod
    def _serve(server: _FakeHTTPServer, wake_r: socket.socket) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(server, selectors.EVENT_READ)
            selector.register(wake_r, selectors.EVENT_READ)
            while True:
                for key, _ in selector.select():
                    if key.fileobj is wake_r:
                        return
                    server.handle_request()  # ready, and timeout=0: accepts without blocking

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FakeSlackAPI is not started")
        return self._server.server_port

    @property
    def url(self) -> str:
        """Base URL for ``slack_sdk.WebClient(base_url=...)``."""
        return f"http://127.0.0.1:{self.port}{_API_PREFIX}"

    def response_url(self, name: str = "r1") -> str:
        """A response_url sink; posts to it are recorded as ``response_url:<name>``."""
        return f"http://127.0.0.1:{self.port}{_RESPONSE_PREFIX}{quote(name, safe='')}"

    # ------------------------------------------------------------------ scripting & inspection

    def queue(self, api_method: str, *responses: FakeResponse) -> None:
        """Queue answers for ``api_method`` (or ``response_url:<name>``), consumed in order."""
        with self._cond:
            self._queues.setdefault(api_method, deque()).extend(responses)

    def queued_count(self, api_method: str | None = None) -> int:
        """How many queued answers are not consumed yet (for one method, or in total)."""
        with self._cond:
            if api_method is not None:
                return len(self._queues.get(api_method, ()))
            return sum(len(q) for q in self._queues.values())

    @property
    def calls(self) -> list[RecordedCall]:
        with self._cond:
            return list(self._calls)

    def calls_to(self, api_method: str) -> list[RecordedCall]:
        with self._cond:
            return [call for call in self._calls if call.api_method == api_method]

    def clear(self) -> None:
        """Forget the recorded calls (queued answers and remembered messages are kept)."""
        with self._cond:
            self._calls.clear()

    def reset(self) -> None:
        """Forget recorded calls, queued answers and remembered messages."""
        with self._cond:
            self._calls.clear()
            self._queues.clear()
            self._messages.clear()

    def wait_for(self, api_method: str, count: int = 1, timeout: float = 5.0) -> list[RecordedCall]:
        """Block until at least ``count`` calls to ``api_method`` were recorded; return them all."""
        with self._cond:
            arrived = self._cond.wait_for(lambda: len(self.calls_to(api_method)) >= count, timeout=timeout)
            calls = self.calls_to(api_method)
            if not arrived:
                seen = [call.api_method for call in self._calls]
                raise AssertionError(
                    f"timed out after {timeout}s waiting for {count} call(s) to {api_method!r}: "
                    f"got {len(calls)}; all calls so far: {seen}"
                )
            return calls

    def posted_messages(self, channel: str) -> list[dict[str, Any]]:
        """Messages remembered for ``channel`` (oldest first, thread replies included)."""
        with self._cond:
            return copy.deepcopy(self._messages.get(channel, []))

    # ------------------------------------------------------------------ request handling

    def _handle_request(self, *, path: str, query: str, headers: dict[str, str], body: bytes) -> _Reply:
        raw_content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
        content_type = raw_content_type.split(";", 1)[0].strip().lower()
        params = _parse_form(query)
        params.update(_parse_body(body, content_type))
        if path.startswith(_API_PREFIX):
            api_method = unquote(path[len(_API_PREFIX) :]).strip("/")
            if api_method:
                return self._handle_api_call(api_method, params, headers, raw_content_type or None)
        elif path.startswith(_RESPONSE_PREFIX):
            name = unquote(path[len(_RESPONSE_PREFIX) :])
            if name:
                return self._handle_response_url(name, params, headers, raw_content_type or None)
        return _Reply(status=404, body=b"not found", headers={"Content-Type": "text/plain"})

    def _handle_api_call(
        self, api_method: str, params: Params, headers: dict[str, str], content_type: str | None
    ) -> _Reply:
        token = _bearer_token(headers)
        if token is None and isinstance(params.get("token"), str) and params["token"]:
            token = params["token"]
        with self._cond:
            auth_error = self._auth_error(token)
            if auth_error is not None:
                response = FakeResponse.error(auth_error)
            else:
                response = self._next_queued(api_method) or FakeResponse()
            body: Params | None = None
            if not response.drop:
                if response.body is not None:
                    body = response.body
                elif response.status < 400:
                    body = self._defaults.get(api_method, _ok_answer)(params)
                else:
                    body = {"ok": False, "error": f"http_{response.status}"}
            self._record(api_method, params, headers, token, response, content_type)
        if body is None:
            return _Reply(status=0, body=b"", headers={}, delay=response.delay, drop=True)
        reply = _json_reply(response.status, body, response.headers)
        return _Reply(reply.status, reply.body, reply.headers, delay=response.delay)

    def _handle_response_url(
        self, name: str, params: Params, headers: dict[str, str], content_type: str | None
    ) -> _Reply:
        api_method = f"{_RESPONSE_URL_METHOD_PREFIX}{name}"
        with self._cond:
            response = self._next_queued(api_method) or FakeResponse()
            self._record(api_method, params, headers, None, response, content_type)
        if response.drop:
            return _Reply(status=0, body=b"", headers={}, delay=response.delay, drop=True)
        if response.body is not None:
            reply = _json_reply(response.status, response.body, response.headers)
            return _Reply(reply.status, reply.body, reply.headers, delay=response.delay)
        text = "ok" if response.status < 400 else f"http_{response.status}"
        reply_headers = {"Content-Type": "text/plain; charset=utf-8", **response.headers}
        return _Reply(response.status, text.encode("utf-8"), reply_headers, delay=response.delay)

    def _auth_error(self, token: str | None) -> str | None:
        if self.tokens is None:
            return None
        if not token:
            return "not_authed"
        if token not in self.tokens:
            return "invalid_auth"
        return None

    def _next_queued(self, api_method: str) -> FakeResponse | None:
        queue = self._queues.get(api_method)
        return queue.popleft() if queue else None

    def _record(
        self,
        api_method: str,
        params: Params,
        headers: dict[str, str],
        token: str | None,
        response: FakeResponse,
        content_type: str | None,
    ) -> None:
        call = RecordedCall(
            api_method=api_method,
            params=copy.deepcopy(params),
            headers=dict(headers),
            token=token,
            at=time.monotonic(),
            status=0 if response.drop else response.status,
            content_type=content_type,
        )
        self._calls.append(call)
        self._cond.notify_all()

    # ------------------------------------------------------------------ default answers (lock held)

    def _next_ts(self) -> str:
        self._ts_counter += 1
        micros = _FIRST_TS_MICROS + self._ts_counter * _TS_STEP_MICROS
        return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"

    def _find_message(self, channel: str, ts: str) -> Params | None:
        return next((m for m in self._messages.get(channel, []) if m["ts"] == ts), None)

    @staticmethod
    def _public(message: Params, include_metadata: bool) -> Params:
        out = copy.deepcopy(message)
        if not include_metadata:
            out.pop("metadata", None)
        return out

    def _auth_test(self, params: Params) -> Params:
        return {
            "ok": True,
            "url": TEAM_URL,
            "team": TEAM_NAME,
            "user": BOT_USER_NAME,
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": BOT_ID,
            "is_enterprise_install": False,
        }

    def _chat_post_message(self, params: Params) -> Params:
        channel = params.get("channel")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        if not (params.get("text") or params.get("blocks") or params.get("attachments")):
            return {"ok": False, "error": "no_text"}
        ts = self._next_ts()
        message: Params = {
            "type": "message",
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "app_id": APP_ID,
            "team": TEAM_ID,
            "text": params.get("text") or "",
            "ts": ts,
        }
        for key in ("blocks", "attachments", "metadata", "thread_ts"):
            if params.get(key) not in (None, ""):
                message[key] = copy.deepcopy(params[key])
        if "thread_ts" in message and _truthy(params.get("reply_broadcast")):
            message["subtype"] = "thread_broadcast"
        self._messages.setdefault(str(channel), []).append(message)
        return {"ok": True, "channel": channel, "ts": ts, "message": copy.deepcopy(message)}

    def _chat_post_ephemeral(self, params: Params) -> Params:
        if not params.get("channel"):
            return {"ok": False, "error": "channel_not_found"}
        if not params.get("user"):
            return {"ok": False, "error": "user_not_in_channel"}
        return {"ok": True, "message_ts": self._next_ts()}

    def _chat_update(self, params: Params) -> Params:
        channel, ts = str(params.get("channel") or ""), str(params.get("ts") or "")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        message = self._find_message(channel, ts)
        if message is None:
            message = {"type": "message", "user": BOT_USER_ID, "bot_id": BOT_ID, "text": "", "ts": ts}
        else:
            message["edited"] = {"user": BOT_USER_ID, "ts": self._next_ts()}
        for key in ("text", "blocks", "attachments", "metadata"):
            if key in params:
                message[key] = copy.deepcopy(params[key])
        return {
            "ok": True,
            "channel": channel,
            "ts": ts,
            "text": message.get("text", ""),
            "message": copy.deepcopy(message),
        }

    def _chat_delete(self, params: Params) -> Params:
        channel, ts = str(params.get("channel") or ""), str(params.get("ts") or "")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        messages = self._messages.get(channel, [])
        messages[:] = [m for m in messages if m["ts"] != ts]
        return {"ok": True, "channel": channel, "ts": ts}

    def _ts_window(self, params: Params) -> Callable[[Params], bool] | Params:
        inclusive = _truthy(params.get("inclusive"))
        try:
            oldest = _ts_key(params.get("oldest") or "0")
        except ValueError:
            return {"ok": False, "error": "invalid_ts_oldest"}
        try:
            latest = _ts_key(params["latest"]) if params.get("latest") else None
        except ValueError:
            return {"ok": False, "error": "invalid_ts_latest"}

        def keep(message: Params) -> bool:
            key = _ts_key(message["ts"])
            if key < oldest or (key == oldest and not inclusive):
                return False
            return latest is None or key < latest or (key == latest and inclusive)

        return keep

    @staticmethod
    def _page(messages: list[Params], params: Params) -> tuple[list[Params], bool, str] | Params:
        try:
            limit = int(params.get("limit") or _DEFAULT_HISTORY_LIMIT)
            offset = int(params.get("cursor") or 0)
        except ValueError:
            return {"ok": False, "error": "invalid_cursor"}
        limit = limit if limit > 0 else _DEFAULT_HISTORY_LIMIT
        page = messages[offset : offset + limit]
        has_more = offset + limit < len(messages)
        return page, has_more, str(offset + limit) if has_more else ""

    def _conversations_history(self, params: Params) -> Params:
        channel = params.get("channel")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        keep = self._ts_window(params)
        if isinstance(keep, dict):
            return keep
        top_level = [
            m
            for m in self._messages.get(str(channel), [])
            if (m.get("thread_ts") in (None, m["ts"]) or m.get("subtype") == "thread_broadcast") and keep(m)
        ]
        newest_first = sorted(top_level, key=lambda m: _ts_key(m["ts"]), reverse=True)
        paged = self._page(newest_first, params)
        if isinstance(paged, dict):
            return paged
        page, has_more, next_cursor = paged
        include_metadata = _truthy(params.get("include_all_metadata"))
        return {
            "ok": True,
            "messages": [self._public(m, include_metadata) for m in page],
            "has_more": has_more,
            "pin_count": 0,
            "response_metadata": {"next_cursor": next_cursor},
        }

    def _conversations_replies(self, params: Params) -> Params:
        channel, ts = str(params.get("channel") or ""), str(params.get("ts") or "")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        if self._find_message(channel, ts) is None:
            return {"ok": False, "error": "thread_not_found"}
        keep = self._ts_window(params)
        if isinstance(keep, dict):
            return keep
        thread = [
            m
            for m in self._messages.get(channel, [])
            if (m["ts"] == ts or m.get("thread_ts") == ts) and (m["ts"] == ts or keep(m))
        ]
        paged = self._page(sorted(thread, key=lambda m: _ts_key(m["ts"])), params)
        if isinstance(paged, dict):
            return paged
        page, has_more, next_cursor = paged
        include_metadata = _truthy(params.get("include_all_metadata"))
        return {
            "ok": True,
            "messages": [self._public(m, include_metadata) for m in page],
            "has_more": has_more,
            "response_metadata": {"next_cursor": next_cursor},
        }

    def _conversations_info(self, params: Params) -> Params:
        channel = str(params.get("channel") or "")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        name = f"channel-{channel.lower()}"
        return {
            "ok": True,
            "channel": {
                "id": channel,
                "name": name,
                "name_normalized": name,
                "is_channel": True,
                "is_group": False,
                "is_im": False,
                "is_mpim": False,
                "is_private": False,
                "is_archived": False,
                "is_general": False,
                "is_member": True,
                "created": 1_700_000_000,
                "creator": "U0000000001",
                "context_team_id": TEAM_ID,
                "topic": {"value": "", "creator": "", "last_set": 0},
                "purpose": {"value": "", "creator": "", "last_set": 0},
                "num_members": 2,
            },
        }

    def _users_info(self, params: Params) -> Params:
        user = str(params.get("user") or "")
        if not user:
            return {"ok": False, "error": "user_not_found"}
        is_bot = user == BOT_USER_ID
        name = BOT_USER_NAME if is_bot else f"user-{user.lower()}"
        real_name = "Newsbot" if is_bot else f"User {user}"
        return {
            "ok": True,
            "user": {
                "id": user,
                "team_id": TEAM_ID,
                "name": name,
                "deleted": False,
                "real_name": real_name,
                "tz": "UTC",
                "tz_label": "Coordinated Universal Time",
                "tz_offset": 0,
                "is_admin": False,
                "is_owner": False,
                "is_bot": is_bot,
                "is_app_user": False,
                "updated": 1_700_000_000,
                "profile": {
                    "real_name": real_name,
                    "display_name": name,
                    "real_name_normalized": real_name,
                    "display_name_normalized": name,
                    "team": TEAM_ID,
                },
            },
        }
