"""The real `newsbot` command in a subprocess: config errors, secrets, --help, check-config."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.config.conftest import Run

EX_CONFIG = 78

BAD = [
    ("SLACK_BOT_TOKEN", "xoxp-1234-5678-abcdef"),
    ("SLACK_APP_TOKEN", "xoxb-1234-5678-abcdef"),
    ("NEWSBOT_DIGEST_CRON", "every tuesday-ish"),
    ("NEWSBOT_TIMEZONE", "Mars/Olympus"),
    ("NEWSBOT_DIGEST_CHANNEL", "#news"),
    ("NEWSBOT_PORT", "70000"),
    ("NEWSBOT_PORT", "abc"),
    ("NEWSBOT_LOG_LEVEL", "loud"),
    ("NEWSBOT_LOG_FORMAT", "xml"),
    ("NEWSBOT_DATABASE_URL", "postgres://newsbot:hunter2@db/newsbot"),
    ("NEWSBOT_ADMIN_USERS", "bob"),
    ("NEWSBOT_DIGEST_GRACE", "soon"),
    ("SLACK_API_URL", "ftp://x"),
]


def _assert_config_error(result: subprocess.CompletedProcess[str], names: list[str]) -> list[str]:
    """Exit 78, nothing on stdout, exactly one line per bad variable on stderr, no traceback."""
    assert result.returncode == EX_CONFIG, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert sorted(line.split(":", 1)[0] for line in lines) == sorted(names), result.stderr
    return lines


@pytest.mark.parametrize(("name", "value"), BAD, ids=[f"{n}={v}" for n, v in BAD])
def test_check_config_names_a_bad_variable_in_one_line_and_exits_78(
    newsbot: Run, name: str, value: str
) -> None:
    result = newsbot("check-config", env={name: value})
    [line] = _assert_config_error(result, [name])
    assert len(line) < 300
    assert "hunter2" not in line


def test_the_issue_done_when_a_vague_cron_is_one_clear_line(newsbot: Run) -> None:
    result = newsbot("check-config", env={"NEWSBOT_DIGEST_CRON": "every tuesday-ish"})
    assert result.returncode == EX_CONFIG
    assert re.fullmatch(
        r"NEWSBOT_DIGEST_CRON: 'every tuesday-ish' is not a crontab schedule: .+\n", result.stderr
    )


def test_several_bad_variables_give_one_line_each(newsbot: Run) -> None:
    bad = dict(BAD)  # NEWSBOT_PORT=abc wins over 70000
    _assert_config_error(newsbot("check-config", env=bad), list(bad))


@pytest.mark.parametrize("command", [["serve"], ["export", "--out", "x"]])
def test_every_command_refuses_bad_settings(newsbot: Run, command: list[str]) -> None:
    _assert_config_error(newsbot(*command, env={"NEWSBOT_TIMEZONE": "Mars/Olympus"}), ["NEWSBOT_TIMEZONE"])


def test_a_bad_env_file_in_the_working_directory_is_read_and_reported(newsbot: Run, tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("NEWSBOT_LOG_FORMAT=xml\nNEWSBOT_PORT=3001\n", encoding="utf-8")
    _assert_config_error(newsbot("check-config"), ["NEWSBOT_LOG_FORMAT"])
    (tmp_path / ".env").write_bytes("NEWSBOT_TIMEZONE=Café\n".encode("latin-1"))
    result = newsbot("check-config")
    assert result.returncode == EX_CONFIG
    assert result.stderr == ".env: not UTF-8 text (byte 0xe9 at position 20)\n"


def test_http_mode_without_a_signing_secret_is_a_config_error(newsbot: Run) -> None:
    result = newsbot("check-config", env={"SLACK_BOT_TOKEN": "xoxb-1-2-abcdef"})
    assert result.returncode == EX_CONFIG
    assert "Mode: http" in result.stdout
    assert result.stderr.startswith("SLACK_SIGNING_SECRET: required in HTTP mode")


# --- secrets -------------------------------------------------------------------------------------

SECRETS = {
    "SLACK_BOT_TOKEN": "xoxb-SECRET123-4567-abcdef",
    "SLACK_APP_TOKEN": "xapp-1-APPSECRET789-xyz",
    "SLACK_SIGNING_SECRET": "some-long-secret-value",
}
SECRET_PARTS = ("SECRET123", "APPSECRET789", "some-long-secret-value")


def _assert_no_secret(result: subprocess.CompletedProcess[str]) -> None:
    for stream in (result.stdout, result.stderr):
        for part in SECRET_PARTS:
            assert part not in stream


@pytest.mark.parametrize(
    "command",
    [["check-config"], ["ask", "/who-signed"], ["ask", "/newsbot status"], ["digest"]],
)
def test_secrets_never_appear_in_output(newsbot: Run, command: list[str]) -> None:
    result = newsbot(*command, env={**SECRETS, "NEWSBOT_LOG_LEVEL": "DEBUG"})
    assert result.returncode in (0, 2), result.stderr
    assert "Traceback" not in result.stderr
    _assert_no_secret(result)


@pytest.mark.parametrize(
    ("bad_app_token", "fmt"), [("xoxb-APPSECRET789-xyz", "text"), ("APPSECRET789-not-a-token", "json")]
)
def test_secrets_never_appear_in_a_config_error(newsbot: Run, bad_app_token: str, fmt: str) -> None:
    env = {**SECRETS, "SLACK_APP_TOKEN": bad_app_token, "NEWSBOT_LOG_FORMAT": fmt}
    result = newsbot("check-config", env=env)
    _assert_config_error(result, ["SLACK_APP_TOKEN"])
    _assert_no_secret(result)


# --- help ----------------------------------------------------------------------------------------

SUBCOMMANDS = ["serve", "ask", "ingest", "digest", "check-config", "export", "build-seeds"]


def test_top_level_help_lists_every_subcommand(newsbot: Run) -> None:
    result = newsbot("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: newsbot")
    for sub in SUBCOMMANDS:
        assert sub in result.stdout


@pytest.mark.parametrize("sub", SUBCOMMANDS)
def test_subcommand_help(newsbot: Run, sub: str) -> None:
    result = newsbot(sub, "--help", env={"NEWSBOT_PORT": "abc"})  # help needs no valid settings
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: newsbot {sub}")
    assert result.stderr == ""


def test_no_arguments_is_a_usage_error(newsbot: Run) -> None:
    result = newsbot()
    assert result.returncode == 2
    assert result.stdout == ""
    assert "usage: newsbot" in result.stderr


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "newsbot"
    if not script.exists():
        pytest.skip(f"no console script next to {sys.executable}")
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith("usage: newsbot")


# --- check-config --------------------------------------------------------------------------------


def _digest_times(stdout: str) -> list[datetime]:
    lines = stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Next digest times"))
    return [datetime.fromisoformat(line.strip()) for line in lines[start + 1 : start + 4]]


def test_check_config_shows_masked_secrets_mode_and_digest_times(newsbot: Run) -> None:
    before = datetime.now(UTC)
    result = newsbot("check-config", env={**SECRETS, "NEWSBOT_TIMEZONE": "Asia/Kolkata"})
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for name in SECRETS:
        assert re.search(rf"^\s+{name}\s+\(set, hidden\)$", out, re.MULTILINE), name
    assert "Mode: socket" in out
    assert "Next digest times (Asia/Kolkata):" in out
    times = _digest_times(out)
    assert len(times) == 3
    for moment in times:
        assert moment.isoformat().endswith("+05:30")
        assert moment.utcoffset() == timedelta(hours=5, minutes=30)
        assert (moment.hour, moment.minute) == (9, 0)
        assert moment.weekday() < 5, moment  # 0 9 * * 1-5: Monday to Friday
    assert before < times[0] < times[1] < times[2] <= before + timedelta(days=7)
    _assert_no_secret(result)


@pytest.mark.parametrize(
    ("env", "mode"),
    [
        ({}, "console"),
        ({"SLACK_BOT_TOKEN": SECRETS["SLACK_BOT_TOKEN"], "SLACK_SIGNING_SECRET": "0123456789abcdef"}, "http"),
    ],
)
def test_check_config_reports_the_mode(newsbot: Run, env: dict[str, str], mode: str) -> None:
    result = newsbot("check-config", env={**env, "NEWSBOT_DIGEST_CRON": "@weekly"})
    assert result.returncode == 0, result.stderr
    assert f"Mode: {mode}" in result.stdout
    assert "SLACK_BOT_TOKEN" in result.stdout
    expected = "(not set)" if mode == "console" else "(set, hidden)"
    assert re.search(rf"^\s+SLACK_BOT_TOKEN\s+{re.escape(expected)}$", result.stdout, re.MULTILINE)
    times = _digest_times(result.stdout)
    assert [t.weekday() for t in times] == [6, 6, 6]  # @weekly: Sundays at midnight, UTC
    assert [t - times[0] for t in times] == [timedelta(0), timedelta(days=7), timedelta(days=14)]
    assert all(t.utcoffset() == timedelta(0) for t in times)


def test_check_config_lists_every_setting(newsbot: Run) -> None:
    from config.settings import Settings

    result = newsbot("check-config")
    assert result.returncode == 0
    for field in Settings.model_fields.values():
        assert re.search(rf"^\s+{field.alias}\s+\S", result.stdout, re.MULTILINE), field.alias
    # NEWSBOT_SEED_PATH unset shows the file actually used, not "None"
    assert re.search(
        r"^\s+NEWSBOT_SEED_PATH\s+\(default\) \S*seeds/model\.json\.xz$", result.stdout, re.MULTILINE
    )


def test_ask_names_every_registered_command_when_the_command_is_unknown(newsbot: Run) -> None:
    from tests.test_docs import registered_commands

    result = newsbot("ask", "/nonsense", env={**SECRETS, "NEWSBOT_LOG_LEVEL": "DEBUG"})
    assert result.returncode == 2
    for command in registered_commands():
        assert command.command in result.stderr
    _assert_no_secret(result)
