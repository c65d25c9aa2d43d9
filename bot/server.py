"""HTTP mode: the Bolt app at /slack/events and a health check at /healthz, served by waitress."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from waitress import wasyncore
from waitress.server import create_server

__all__ = ["finish_server", "make_server", "make_wsgi", "stop_server"]

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def make_wsgi(app: App, healthy: Callable[[], bool]) -> WsgiApp:
    """The WSGI application: Slack's requests to Bolt, GET /healthz to the store check, 404 otherwise."""
    slack = SlackRequestHandler(app, path="/slack/events")

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == "/healthz":
            ok = healthy()
            body = b"ok\n" if ok else b"store unavailable\n"
            start_response(
                "200 OK" if ok else "503 Service Unavailable",
                [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))],
            )
            return [body]
        return slack(environ, start_response)

    return application


STOP_GRACE = 10.0
"""Seconds a stopping server gives the requests in flight to be answered (a deploy's SIGTERM)."""


def stop_server(server: Any, grace: float = STOP_GRACE) -> None:
    """Stop a running waitress server cleanly, without blocking the caller (a signal handler in the loop's
    thread): the requests in flight are answered, for up to ``grace`` seconds; then every connection is
    closed and ``run()`` returns. Sockets are closed by the server's own loop thread: closing them from
    another thread races with select and fails with EBADF."""

    def drain() -> None:
        deadline = time.monotonic() + grace
        while _busy(server) and time.monotonic() < deadline:
            time.sleep(0.02)
        # A closed trigger means the server was closed meanwhile by other means: nothing left to close.
        with contextlib.suppress(OSError):
            server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))

    threading.Thread(target=drain, name="newsbot-stop", daemon=True).start()


def _busy(server: Any) -> bool:
    """A request is being answered, waits for a worker, or has answer bytes not yet sent."""
    tasks = server.task_dispatcher
    if tasks.active_count or tasks.queue:
        return True
    return any(getattr(channel, "total_outbufs_len", 0) for channel in list(server._map.values()))


def finish_server(server: Any) -> None:
    """After ``run()`` has returned: let the worker threads end."""
    server.task_dispatcher.shutdown(cancel_pending=True, timeout=5)


def make_server(
    app: App, healthy: Callable[[], bool], host: str, port: int, threads: int, connection_limit: int
) -> Any:
    """A waitress server (port 0 picks a free one: read it from ``server.effective_port``)."""
    return create_server(
        make_wsgi(app, healthy),
        host=host,
        port=port,
        threads=threads,
        connection_limit=connection_limit,
        backlog=2048,
        channel_timeout=30,
        ident="newsbot",
        clear_untrusted_proxy_headers=True,
    )
