"""Fixtures for the settings and CLI tests: a clean environment and the real `newsbot` command."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


def _ours(name: str) -> bool:
    return name.startswith(("SLACK_", "NEWSBOT_"))


@pytest.fixture
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """No SLACK_* or NEWSBOT_* variable of the developer's shell leaks into an in-process Settings."""
    for name in list(os.environ):
        if _ours(name):
            monkeypatch.delenv(name)


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a `newsbot` run: ours removed, a scratch SQLite file, the Slack API unreachable."""
    env = {k: v for k, v in os.environ.items() if not _ours(k)}
    env["NEWSBOT_DATABASE_URL"] = f"sqlite:///{tmp_path}/nb.db"
    # Nothing here should call Slack; if something does, it fails fast instead of reaching slack.com.
    env["SLACK_API_URL"] = "http://127.0.0.1:9/api/"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


@pytest.fixture
def newsbot(tmp_path: Path, cli_env: dict[str, str]) -> Run:
    """Run `python -m bot ARGS...` in tmp_path (so no .env is picked up) with ``cli_env`` plus ``env``."""

    def run(
        *args: str, env: dict[str, str] | None = None, stdin: str = ""
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot", *args],
            cwd=tmp_path,
            env={**cli_env, **(env or {})},
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            check=False,
        )

    return run
