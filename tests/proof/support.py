"""Helpers of the proof suites: run length, store state, reply checks, corpora and child processes."""

from __future__ import annotations

import itertools
import math
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlencode

from slack_sdk.models.blocks import Block
from slack_sdk.signature import SignatureVerifier

from bench.corpus import generate_corpus
from bot.store import Store
from tests.fakes.slack_api import TEAM_ID, FakeSlackAPI
from tests.slack.harness import BOT_TOKEN, REPORTER, SIGNING_SECRET, strings

LONG = os.environ.get("NEWSBOT_LONG") == "1"
"""True for the long runs (NEWSBOT_LONG=1): tests marked ``slow`` run, hypothesis runs longer."""
LONG_COMMAND = "NEWSBOT_LONG=1 .venv/bin/pytest tests/proof -m slow"
REPO = Path(__file__).resolve().parents[2]
_unique = itertools.count(1)
APOLOGY = "something went wrong on our side"
"""The app.error reply: an unexpected exception reached Bolt."""


def newsbot_command() -> list[str]:
    """The installed `newsbot` command of this interpreter's environment (else ``python -m bot``)."""
    script = Path(sys.executable).with_name("newsbot")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "bot"]


def child_env(**values: str) -> dict[str, str]:
    """A child's environment: ours (SLACK_*, NEWSBOT_*) removed, the repository importable, ``values`` set."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "NEWSBOT_"))}
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.update(values)
    return env


@dataclass(frozen=True)
class StoreState:
    """What a read-only request or a refused file must leave unchanged."""

    articles: int
    snapshot: bytes | None
    slots: int


def store_state(store: Store) -> StoreState:
    """The store's article count, snapshot bytes and number of digest slots."""
    snapshot = store.load_snapshot()
    return StoreState(store.article_count(), snapshot[1] if snapshot else None, len(store.slots()))


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def block_kit_problems(payload: dict[str, Any]) -> list[str]:
    """Where a Slack message breaks Block Kit's limits (50 blocks, 3,000 a section, 150 a header, ...)."""
    problems: list[str] = []
    blocks = payload.get("blocks") or []
    if len(blocks) > 50:
        problems.append(f"{len(blocks)} blocks")
    if len(str(payload.get("text", ""))) > 40_000:
        problems.append(f"top-level text of {len(payload['text'])} characters")
    for number, raw in enumerate(blocks):
        kind = raw.get("type")
        text = (raw.get("text") or {}).get("text", "")
        if kind == "section" and len(text) > 3000:
            problems.append(f"block {number}: section text of {len(text)} characters")
        if kind == "header" and len(text) > 150:
            problems.append(f"block {number}: header of {len(text)} characters")
        parsed = Block.parse(raw)
        if parsed is None:
            problems.append(f"block {number}: not a Block Kit block: {raw!r:.200}")
            continue
        try:
            parsed.validate_json()
            parsed.to_dict()  # validates the nested elements too
        except Exception as exc:
            problems.append(f"block {number} ({kind}): {exc}")
    return problems


def unescaped_mentions(payload: dict[str, Any]) -> list[str]:
    """Strings of a payload that contain ``<!``, ``<@`` or ``<#`` (a broadcast, a mention, a channel link)."""
    return [s[:200] for s in strings(payload) if any(mark in s for mark in ("<!", "<@", "<#"))]


def signed_command(
    fake: FakeSlackAPI, line: str, user: str = REPORTER, secret: str = SIGNING_SECRET
) -> tuple[str, dict[str, str]]:
    """A slash command's form body and headers, signed as Slack signs them (for a bot in another process)."""
    command, _, text = line.partition(" ")
    body = urlencode(
        {
            "token": "verification-token-unused",
            "team_id": TEAM_ID,
            "team_domain": "newsroom",
            "channel_id": "C0NEWSROOM1",
            "channel_name": "newsroom",
            "user_id": user,
            "user_name": f"user-{user.lower()}",
            "command": command,
            "text": text,
            "api_app_id": "A0000000001",
            "response_url": fake.response_url("proof"),
            "trigger_id": f"{next(_unique)}.{time.time_ns()}.proof",
        }
    )
    stamp = str(int(time.time()))
    signature = SignatureVerifier(secret).generate_signature(timestamp=stamp, body=body) or ""
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": signature,
    }
    return body, headers


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[str]:
    """Write ``count`` generated articles as ``<doc>.txt`` files; returns the document ids."""
    folder.mkdir(parents=True, exist_ok=True)
    docs = []
    for article in generate_corpus(count, seed=seed):
        (folder / f"{article.doc_id}.txt").write_text(article.text, encoding="utf-8")
        docs.append(article.doc_id)
    return docs


class Lines:
    """A child's output, line by line, read by a thread: waits are blocking gets with a timeout."""

    def __init__(self, stream: IO[str]) -> None:
        self._lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self._lines.put(line)
        self._lines.put(None)

    def next(self, timeout: float) -> str | None:
        """The next line, or None at the end of the output; AssertionError after ``timeout`` seconds."""
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no output for {timeout} s; so far: {self.seen[-5:]}") from None
        if line is not None:
            self.seen.append(line)
        return line

    def until(self, prefix: str, timeout: float) -> str:
        """The first line starting with ``prefix`` (each line waited for at most ``timeout`` seconds)."""
        while True:
            line = self.next(timeout)
            if line is None:
                raise AssertionError(f"the output ended without a line starting {prefix!r}: {self.seen[-5:]}")
            if line.startswith(prefix):
                return line


class Child:
    """A child process: stdout read line by line, stderr kept in a file."""

    def __init__(self, args: Sequence[str], env: dict[str, str], cwd: Path, stderr: Path) -> None:
        self.stderr_path = stderr
        self._stderr = stderr.open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            list(args),
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="utf-8",
        )
        assert self.process.stdout is not None
        self.stdout = Lines(self.process.stdout)

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self, timeout: float = 30) -> int:
        """SIGTERM, then wait for the exit code (SIGKILL if it does not stop in time)."""
        if self.process.poll() is None:
            self.process.terminate()
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait(timeout=timeout)
        finally:
            self._stderr.close()

    def kill(self) -> int:
        """SIGKILL, and wait for it."""
        self.process.kill()
        code = self.process.wait(timeout=30)
        self._stderr.close()
        return code

    def stderr(self) -> str:
        if not self._stderr.closed:
            self._stderr.flush()
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")


class Served:
    """`newsbot serve` in HTTP mode on a free port, over ``database``; ``settings`` adds NEWSBOT_* values."""

    def __init__(self, fake: FakeSlackAPI, database: Path, folder: Path, *args: str, **settings: str) -> None:
        env = child_env(
            SLACK_BOT_TOKEN=BOT_TOKEN,
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_API_URL=fake.url,
            NEWSBOT_DATABASE_URL=f"sqlite:///{database}",
            NEWSBOT_PORT="0",
            NEWSBOT_LOG_LEVEL="WARNING",
            **settings,
        )
        self.child = Child([*newsbot_command(), "serve", *args], env, folder, folder / "serve.stderr")
        line = self.child.stdout.until("Newsbot listening on", timeout=60)
        self.port = int(line.rsplit(":", 1)[1].split("/", 1)[0])
        self.fake = fake

    def signed(self, line: str, user: str = REPORTER) -> tuple[str, dict[str, str]]:
        return signed_command(self.fake, line, user=user)

    def stop(self) -> tuple[int, str]:
        """SIGTERM, then the exit code and everything the server wrote to stderr."""
        return self.child.stop(), self.child.stderr()
