"""Console mode: `newsbot ask` answers one command offline, through the same Bolt app."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

CASES = {
    "text": (["/who-signed"], 0),
    "json": (["/who-signed sosa", "--json"], 0),
    "unknown": (["/nope"], 2),
    "no-match": (["/quote zzqqxx"], 2),
    "no-slash": (["who-signed"], 2),
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, subprocess.CompletedProcess[str]]:
    """Every case run at once, each in its own process, folder and SQLite file, with no Slack settings."""
    base = tmp_path_factory.mktemp("console")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "NEWSBOT_"))}
    started = {}
    for name, (args, _code) in CASES.items():
        folder = base / name
        folder.mkdir()
        started[name] = subprocess.Popen(
            [sys.executable, "-m", "bot", "ask", *args],
            cwd=folder,
            env={
                **env,
                "NEWSBOT_DATABASE_URL": f"sqlite:///{folder / 'nb.db'}",
                "NEWSBOT_LOG_LEVEL": "WARNING",
            },
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
    done = {}
    for name, process in started.items():
        stdout, stderr = process.communicate(timeout=60)
        done[name] = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
    return done


@pytest.mark.parametrize("name", list(CASES))
def test_exit_codes(runs: dict[str, subprocess.CompletedProcess[str]], name: str) -> None:
    assert runs[name].returncode == CASES[name][1], runs[name].stderr
    assert "Traceback" not in runs[name].stderr


def test_ask_prints_the_answer_as_text(runs: dict[str, subprocess.CompletedProcess[str]]) -> None:
    out = runs["text"].stdout

    assert out.startswith("Who signed: Framework for the US-India Major Defence Partnership\n")
    assert "• *Rajnath Singh*, Defence Minister (India)" in out
    assert "• *Pete Hegseth*, US Secretary of War (United States)" in out
    assert "*Date:* 31 Oct 2025" in out


def test_ask_json_prints_the_slack_payload(runs: dict[str, subprocess.CompletedProcess[str]]) -> None:
    payload = json.loads(runs["json"].stdout)

    assert payload["blocks"][0]["type"] == "header"
    assert "Security of Supply Arrangement" in payload["blocks"][0]["text"]["text"]
    assert "*The sources name no signatories.*" in payload["blocks"][1]["text"]["text"]
    assert payload["text"]


def test_usage_errors_say_why(runs: dict[str, subprocess.CompletedProcess[str]]) -> None:
    assert "unknown command '/nope'" in runs["unknown"].stderr
    assert "/who-signed, /timeline, /quote, /sources, /newsbot" in runs["unknown"].stderr
    assert "Nothing matches ‘zzqqxx’" in runs["no-match"].stdout
    assert "a command starts with '/'" in runs["no-slash"].stderr
    assert runs["no-slash"].stdout == ""
