"""Shared pieces of the benchmarks: machine facts, figures, the generated corpus and its store, and the
real app and a bare Bolt app served over HTTP on 127.0.0.1 with signed slash commands.

Not a benchmark itself; bench_ingest, bench_latency and bench_load import it.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parent.parent
SEED_MODEL = REPO / "seeds" / "model.json.xz"
SEED_ARTICLES = REPO.parent / "shared" / "seeds"

BOT_TOKEN = "xoxb-bench-token"
SIGNING_SECRET = "bench0signing0secret0not0a0real0one"
TEAM_ID = "T0BENCH0001"
BOT_ID = "B0BENCH0001"
BOT_USER_ID = "U0BENCHBOT1"
CHANNEL = "C0BENCHNEWS1"
REPORTER = "U0REPORTER01"

COMMANDS = (
    "/who-signed",
    "/who-signed sosa",
    "/timeline",
    "/timeline trade",
    "/quote rajnath",
    "/sources",
    "/newsbot help",
    "/newsbot status",
)
"""The command lines every latency and load figure is measured on."""

APOLOGY = b"something went wrong on our side"
"""Part of the app.error reply: an answer containing it is an error, whatever its HTTP status."""


# ---------------------------------------------------------------------- machine and figures


def machine() -> dict[str, str]:
    """CPU, memory, Python and the date, as printed at the top of every benchmark."""
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "code": code_revision(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": f"{os.cpu_count()} (usable by this process: {len(os.sched_getaffinity(0))})",
        "cpu model": model,
        "ram": ram,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(),
        "load average": " ".join(f"{x:.2f}" for x in load),
    }


def code_revision() -> str:
    """The checkout's commit, and whether the product code has uncommitted changes (read-only git calls)."""
    import subprocess

    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", "--no-optional-locks", *args], cwd=REPO, capture_output=True, text=True, check=False
        )
        return done.stdout.strip() if done.returncode == 0 else ""

    head = git("rev-parse", "--short", "HEAD")
    if not head:
        return "unknown (not a git checkout)"
    changed = git("status", "--porcelain", "--untracked-files=no", "--", "bot", "handlers", "config", "seeds")
    count = len(changed.splitlines())
    return head + (f" + uncommitted changes in {count} product file(s)" if count else "")


def print_machine(title: str) -> None:
    """A heading and the machine facts."""
    print(title)
    print("=" * len(title))
    for key, value in machine().items():
        print(f"  {key:<13} {value}")
    print()


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (p99 of 300 samples is the 297th smallest)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def verdict(ok: bool) -> str:
    """PASS or FAIL."""
    return "PASS" if ok else "FAIL"


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain-text table: first column left-aligned, the others right-aligned."""
    cells = [[str(h) for h in headers], *([str(c) for c in row] for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        return "  ".join(
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule, *(line(row) for row in cells[1:])])


def peak_rss_mib() -> float:
    """This process's peak resident set size so far (ru_maxrss), in MiB."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---------------------------------------------------------------------- corpus and store


def write_corpus(folder: Path, count: int, seed: int) -> int:
    """Write ``count`` generated articles (bench.corpus, ``seed``) as .txt files; returns their bytes."""
    from bench.corpus import generate_corpus

    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for article in generate_corpus(count, seed):
        data = article.text.encode("utf-8")
        (folder / f"{article.doc_id}.txt").write_bytes(data)
        total += len(data)
    return total


def default_db(articles: int, seed: int) -> Path:
    """Where a generated store of ``articles`` articles is cached between runs."""
    return Path(tempfile.gettempdir()) / f"newsbot-bench-{articles}-s{seed}.db"


def _stamp_path(db: Path) -> Path:
    return db.with_name(db.name + ".json")


def cached_db_info(db: Path) -> dict[str, Any] | None:
    """What a cached store holds (written after a complete ingest), or None."""
    try:
        info: dict[str, Any] = json.loads(_stamp_path(db).read_text())
    except (OSError, ValueError):
        return None
    return info if db.is_file() else None


def mark_db(db: Path, info: dict[str, Any]) -> None:
    """Record that ``db`` holds a complete ingest described by ``info``."""
    _stamp_path(db).write_text(json.dumps(info, indent=1))


def ingest_into(db: Path, folder: Path, started: Callable[[], None] | None = None) -> dict[str, Any]:
    """The product path on a fresh store: load the seed model (as `newsbot ingest` does), then ingest ``folder``.

    Returns the timing (ingest only), counts and CPU time; ``started`` is called just before the ingest.
    """
    from bot.service import StoryService, read_articles
    from bot.store import Store

    store = Store(db)
    try:
        service = StoryService(store, SEED_MODEL)
        service.bootstrap()
        if started is not None:
            started()
        wall0, cpu0 = time.perf_counter(), time.process_time()
        report = service.ingest(read_articles([folder]))
        wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        return {
            "wall_s": wall,
            "cpu_s": cpu,
            "threads_at_end": threading.active_count(),
            "added": len(report.added),
            "skipped": len(report.skipped),
            "failed": len(report.failed),
            "totals": report.totals,
        }
    finally:
        store.close()


def add_model_options(parser: argparse.ArgumentParser) -> None:
    """--articles, --seed, --rebuild and --db: which model a server benchmark runs on (see ensure_db)."""
    parser.add_argument(
        "--articles",
        type=int,
        default=0,
        help="ingest this many generated articles on top of the seed model (default 0)",
    )
    parser.add_argument("--seed", type=int, default=7, help="corpus seed for --articles (default 7)")
    parser.add_argument(
        "--rebuild", action="store_true", help="with --articles: ingest again even if the cached store exists"
    )
    parser.add_argument(
        "--db",
        type=Path,
        help="store to use; with --articles it is built there once and reused "
        "(default /tmp/newsbot-bench-<articles>-s<seed>.db)",
    )


def ensure_db(articles: int, seed: int, db: Path | None, rebuild: bool = False) -> Path:
    """A store with the seed model plus ``articles`` generated articles, built once and cached."""
    path = db or default_db(articles, seed)
    info = cached_db_info(path)
    if not rebuild and info and info.get("articles") == articles and info.get("seed") == seed:
        built_by = info.get("code", "unknown")
        print(
            f"using the cached store {path} ({articles} generated articles, seed {seed}, built by {built_by})"
        )
        if built_by != code_revision():
            print("  note: built by other code than this checkout's; --rebuild ingests again")
        return path
    print(f"building {path}: seed model + {articles} generated articles (seed {seed}); this takes a while")
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="newsbot-bench-") as scratch:
        folder = Path(scratch) / "articles"
        write_corpus(folder, articles, seed)
        result = ingest_into(path, folder)
    mark_db(path, {"articles": articles, "seed": seed, "code": code_revision(), **result})
    print(
        f"  ingested {result['added']} article(s) in {result['wall_s']:.1f} s "
        f"({articles / result['wall_s']:.0f} articles/s)"
    )
    return path


@contextmanager
def seed_db() -> Iterator[Path]:
    """A temporary store path; the runtime fills it from the seed model on start."""
    with tempfile.TemporaryDirectory(prefix="newsbot-bench-") as scratch:
        yield Path(scratch) / "seed.db"


# ---------------------------------------------------------------------- a minimal Slack Web API


class _FakeSlack(BaseHTTPRequestHandler):
    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        body = json.dumps({"ok": True, "team_id": TEAM_ID, "user_id": BOT_USER_ID, "bot_id": BOT_ID}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@contextmanager
def fake_slack() -> Iterator[str]:
    """A local Web API answering {"ok": true} to everything; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeSlack)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="fake-slack", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# ---------------------------------------------------------------------- serving


@dataclass
class Timing:
    """WSGI middleware: server-side time of each request, from entry into the app to its last body byte.

    Requests carry an ``X-Bench-Label`` header; samples are kept per label (in nanoseconds):
    ``first`` is the time to start_response, ``total`` the time until the body is produced.
    """

    app: Callable[..., Iterable[bytes]]
    total: dict[str, list[int]] = field(default_factory=dict)
    first: dict[str, list[int]] = field(default_factory=dict)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        started = time.perf_counter_ns()
        label = environ.get("HTTP_X_BENCH_LABEL", "")
        first: list[int] = []

        def timed_start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            first.append(time.perf_counter_ns())
            return start_response(status, headers, exc_info)

        result = self.app(environ, timed_start)
        try:
            body = list(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        ended = time.perf_counter_ns()
        if label:
            self.total.setdefault(label, []).append(ended - started)
            self.first.setdefault(label, []).append((first[0] if first else ended) - started)
        return body

    def reset(self) -> None:
        """Forget every sample (after a warm-up)."""
        self.total.clear()
        self.first.clear()


@dataclass
class Served:
    """An app behind waitress on 127.0.0.1, in a daemon thread."""

    name: str
    server: Any
    timing: Timing
    thread: threading.Thread
    close_extra: Callable[[], None] | None = None

    @property
    def port(self) -> int:
        return int(self.server.effective_port)

    def close(self) -> None:
        self.server.task_dispatcher.shutdown(timeout=10)
        self.server.close()
        self.thread.join(timeout=10)
        if self.close_extra:
            self.close_extra()


def identity() -> Any:
    """The bot's auth.test result, as `newsbot serve` fetches it once."""
    from slack_bolt.authorization import AuthorizeResult

    return AuthorizeResult(
        enterprise_id=None, team_id=TEAM_ID, bot_token=BOT_TOKEN, bot_id=BOT_ID, bot_user_id=BOT_USER_ID
    )


def product_settings(db: Path, slack_url: str) -> Any:
    """HTTP-mode settings over ``db`` and the local Web API; threads and connection limit at their defaults."""
    from config.settings import Settings

    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack_url,
        NEWSBOT_DATABASE_URL=f"sqlite:///{db.resolve()}",
        NEWSBOT_SEED_PATH=str(SEED_MODEL),
        NEWSBOT_LOG_LEVEL="WARNING",
    )


def _run(name: str, app: Any, healthy: Callable[[], bool], threads: int, limit: int) -> Served:
    from bot.server import make_server

    server = make_server(app, healthy, "127.0.0.1", 0, threads, limit)
    timing = Timing(server.application)
    server.application = timing
    thread = threading.Thread(target=server.run, name=f"bench-{name}", daemon=True)
    thread.start()
    return Served(name, server, timing, thread)


def serve_product(db: Path, slack_url: str) -> Served:
    """The real Newsbot (Runtime + its Bolt app) served by bot.server.make_server."""
    from bot.runtime import Runtime

    settings = product_settings(db, slack_url)
    runtime = Runtime(settings)
    app = runtime.app(identity=identity())
    served = _run("newsbot", app, runtime.store.ping, settings.http_threads, settings.http_connection_limit)
    served.close_extra = runtime.close
    return served


def serve_bare(slack_url: str, threads: int, limit: int) -> Served:
    """A bare Bolt app acking "ok" to every benchmarked command, served the same way."""
    from slack_bolt import Ack, App
    from slack_sdk import WebClient

    who = identity()
    app = App(
        signing_secret=SIGNING_SECRET,
        authorize=lambda **_: who,
        process_before_response=True,
        client=WebClient(base_url=slack_url),
    )

    def handle_ok(ack: Ack) -> None:
        ack("ok")

    for command in sorted({line.split(" ", 1)[0] for line in COMMANDS}):
        app.command(command)(handle_ok)
    return _run("bare-bolt", app, lambda: True, threads, limit)


# ---------------------------------------------------------------------- signed slash commands

_counter = iter(range(1, 1 << 62))
_counter_lock = threading.Lock()


def signed_command(line: str, slack_url: str) -> tuple[bytes, dict[str, str]]:
    """The form body and headers of ``/command text`` as Slack posts it, signed, labelled for Timing."""
    from slack_sdk.signature import SignatureVerifier

    with _counter_lock:
        n = next(_counter)
    command, _, text = line.partition(" ")
    body = urlencode(
        {
            "token": "verification-token-unused",
            "team_id": TEAM_ID,
            "team_domain": "newsroom",
            "channel_id": CHANNEL,
            "channel_name": "newsroom",
            "user_id": REPORTER,
            "user_name": "reporter",
            "command": command,
            "text": text,
            "api_app_id": "A0BENCH0001",
            "is_enterprise_install": "false",
            "response_url": f"{slack_url}response/{n}",
            "trigger_id": f"{n}.{time.time_ns()}.bench",
        }
    )
    stamp = str(int(time.time()))
    signature = SignatureVerifier(SIGNING_SECRET).generate_signature(timestamp=stamp, body=body) or ""
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": signature,
        "X-Bench-Label": line,
    }
    return body.encode(), headers


def answer_kind(status: int, body: bytes) -> str:
    """How a reply reads: ok, no match, usage error, server error."""
    if status != 200:
        return f"HTTP {status}"
    if APOLOGY in body:
        return "app.error apology"
    if b"Nothing matches" in body:
        return "no match"
    if b"newsbot-error" in body:
        return "usage error"
    return "answer"


def python_env() -> dict[str, str]:
    """Environment for child processes: the repository importable, output unbuffered."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    env["PYTHONUNBUFFERED"] = "1"
    return env


def taskset_prefix(cpu: int = 0) -> list[str]:
    """``taskset -c cpu`` when the tool exists, else nothing."""
    tool = shutil.which("taskset")
    return [tool, "-c", str(cpu)] if tool else []


def child_command(module: str, *args: str, pin: bool = False) -> list[str]:
    """``python -m module args`` with this interpreter, optionally pinned to one CPU."""
    return [*(taskset_prefix() if pin else []), sys.executable, "-m", module, *args]
