"""Settings built directly: every bad value is one readable line naming its variable; .env.example loads."""

from __future__ import annotations

import re
import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from config.settings import ConfigError, Settings, load_settings

ROOT = Path(__file__).resolve().parents[2]
ALIASES = [field.alias for field in Settings.model_fields.values()]

pytestmark = pytest.mark.usefixtures("clean_environ")

BAD = [
    ("SLACK_BOT_TOKEN", "xoxp-1234-5678-abcdef", "xoxb-"),
    ("SLACK_APP_TOKEN", "xoxb-1234-5678-abcdef", "xapp-"),
    ("SLACK_SIGNING_SECRET", "short", "signing secret"),
    ("SLACK_SIGNING_SECRET", "has spaces in the middle of it", "no spaces"),
    ("SLACK_API_URL", "ftp://x", "http(s) URL"),
    ("SLACK_API_URL", "slack.com/api", "http(s) URL"),
    ("NEWSBOT_DATABASE_URL", "postgres://newsbot:pw@db/newsbot", "SQLite"),
    ("NEWSBOT_DATABASE_URL", "sqlite:///", "SQLite"),
    ("NEWSBOT_PORT", "70000", "65535"),
    ("NEWSBOT_PORT", "-1", "65535"),
    ("NEWSBOT_PORT", "abc", "whole number"),
    ("NEWSBOT_HTTP_THREADS", "0", "at least 1"),
    ("NEWSBOT_HTTP_CONNECTION_LIMIT", "many", "whole number"),
    ("NEWSBOT_DIGEST_CHANNEL", "#news", "channel IDs"),
    ("NEWSBOT_DIGEST_CHANNEL", "C0123456789,general", "channel IDs"),
    ("NEWSBOT_DIGEST_CRON", "every tuesday-ish", "crontab"),
    ("NEWSBOT_DIGEST_CRON", "61 * * * *", "crontab"),
    ("NEWSBOT_DIGEST_GRACE", "soon", "duration"),
    ("NEWSBOT_DIGEST_GRACE", "-60", "zero or more"),
    ("NEWSBOT_DIGEST_SKIP_EMPTY", "maybe", "true or false"),
    ("NEWSBOT_TIMEZONE", "Mars/Olympus", "IANA"),
    ("NEWSBOT_TIMEZONE", "../../etc/passwd", "IANA"),
    ("NEWSBOT_ADMIN_USERS", "bob", "user IDs"),
    ("NEWSBOT_LOG_LEVEL", "loud", "DEBUG"),
    ("NEWSBOT_LOG_FORMAT", "xml", "text or json"),
]


@pytest.mark.parametrize(("name", "value", "hint"), BAD, ids=[f"{n}={v}" for n, v, _ in BAD])
def test_a_bad_value_is_one_line_naming_the_variable(name: str, value: str, hint: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(_env_file=None, **{name: value})
    assert len(caught.value.problems) == 1
    line = caught.value.problems[0]
    assert line.startswith(f"{name}: ")
    assert hint in line
    assert "\n" not in line
    assert "pydantic" not in line
    assert "errors.pydantic.dev" not in line


def test_several_bad_values_give_one_line_each() -> None:
    bad = {name: value for name, value, _ in reversed(BAD)}  # one value per variable
    with pytest.raises(ConfigError) as caught:
        load_settings(_env_file=None, **bad)
    named = [line.split(":", 1)[0] for line in caught.value.problems]
    assert sorted(named) == sorted(bad)


def test_a_field_name_passed_in_code_is_reported_by_its_variable() -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(_env_file=None, port="abc", timezone="Mars/Olympus")
    assert sorted(line.split(":", 1)[0] for line in caught.value.problems) == [
        "NEWSBOT_PORT",
        "NEWSBOT_TIMEZONE",
    ]


def test_variables_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBOT_PORT", "4000")
    monkeypatch.setenv("NEWSBOT_DIGEST_CHANNEL", "C0123456789, G0123456789")
    settings = load_settings(_env_file=None)
    assert settings.port == 4000
    assert settings.digest_channel == ["C0123456789", "G0123456789"]
    monkeypatch.setenv("NEWSBOT_PORT", "abc")
    with pytest.raises(ConfigError, match=r"^NEWSBOT_PORT: expected a whole number$"):
        load_settings(_env_file=None)


@pytest.mark.parametrize(
    ("name", "value", "field", "expected"),
    [
        ("SLACK_BOT_TOKEN", "", "slack_bot_token", None),
        ("SLACK_API_URL", "http://127.0.0.1:8080/api", "slack_api_url", "http://127.0.0.1:8080/api/"),
        ("NEWSBOT_DATABASE_URL", "sqlite:////var/lib/nb.db", "database_path", Path("/var/lib/nb.db")),
        ("NEWSBOT_DATABASE_URL", "sqlite:///data/x.db", "database_path", Path("data/x.db")),
        ("NEWSBOT_SEED_PATH", "", "seed_path", None),
        ("NEWSBOT_PORT", "0", "port", 0),
        ("NEWSBOT_PORT", "65535", "port", 65535),
        ("NEWSBOT_DIGEST_CHANNEL", "", "digest_channel", []),
        (
            "NEWSBOT_DIGEST_CHANNEL",
            " C0123456789 G0123456789 ",
            "digest_channel",
            ["C0123456789", "G0123456789"],
        ),
        ("NEWSBOT_DIGEST_CRON", "@daily", "digest_cron", "@daily"),
        ("NEWSBOT_DIGEST_CRON", "*/15 9-17 * * mon-fri", "digest_cron", "*/15 9-17 * * mon-fri"),
        ("NEWSBOT_DIGEST_GRACE", "PT1H", "digest_grace", timedelta(hours=1)),
        ("NEWSBOT_DIGEST_GRACE", "90", "digest_grace", timedelta(seconds=90)),
        ("NEWSBOT_DIGEST_SKIP_EMPTY", "yes", "digest_skip_empty", True),
        ("NEWSBOT_TIMEZONE", "Asia/Kolkata", "timezone", "Asia/Kolkata"),
        ("NEWSBOT_ADMIN_USERS", "U012345678,W012345678", "admin_users", ["U012345678", "W012345678"]),
        ("NEWSBOT_LOG_LEVEL", "debug", "log_level", "DEBUG"),
        ("NEWSBOT_LOG_FORMAT", "json", "log_format", "json"),
    ],
)
def test_good_values_are_accepted(name: str, value: str, field: str, expected: object) -> None:
    assert getattr(load_settings(_env_file=None, **{name: value}), field) == expected


@pytest.mark.parametrize(
    ("env", "console", "socket"),
    [
        ({}, True, False),
        ({"SLACK_BOT_TOKEN": "xoxb-1-2-abc", "SLACK_APP_TOKEN": "xapp-1-A1-abc"}, False, True),
        ({"SLACK_BOT_TOKEN": "xoxb-1-2-abc", "SLACK_SIGNING_SECRET": "0123456789abcdef0123"}, False, False),
    ],
)
def test_mode_follows_the_tokens(env: dict[str, str], console: bool, socket: bool) -> None:
    settings = Settings(_env_file=None, **env)
    assert (settings.console_mode, settings.socket_mode) == (console, socket)


def test_secrets_stay_out_of_repr_and_dumps() -> None:
    settings = Settings(
        _env_file=None,
        SLACK_BOT_TOKEN="xoxb-SECRET123-456",
        SLACK_APP_TOKEN="xapp-1-APPSECRET789",
        SLACK_SIGNING_SECRET="some-long-secret-value",
    )
    for shown in (repr(settings), str(settings), settings.model_dump_json()):
        for secret in ("SECRET123", "APPSECRET789", "some-long-secret-value"):
            assert secret not in shown


def test_a_bad_secret_is_not_echoed() -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(_env_file=None, SLACK_APP_TOKEN="xoxb-APPSECRET789", SLACK_SIGNING_SECRET="tiny secret")
    assert "APPSECRET789" not in str(caught.value)
    assert "tiny secret" not in str(caught.value)


def test_settings_are_not_loaded_at_import_time() -> None:
    import config.settings as module

    assert not any(isinstance(value, Settings) for value in vars(module).values())


def test_an_env_file_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_bytes("NEWSBOT_TIMEZONE=Café\n".encode("latin-1"))
    with pytest.raises(ConfigError) as caught:
        load_settings(_env_file=env_file)
    assert caught.value.problems == [f"{env_file}: not UTF-8 text (byte 0xe9 at position 20)"]


def _env_example() -> list[tuple[str, str, str]]:
    """(comment above, name, value) for each assignment in .env.example."""
    entries = []
    comment = ""
    for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            comment = line.removeprefix("#").strip()
        elif "=" in line:
            name, value = line.split("=", 1)
            entries.append((comment, name.strip(), value.strip()))
            comment = ""
    return entries


def test_env_example_lists_exactly_the_settings() -> None:
    names = [name for _, name, _ in _env_example()]
    assert len(names) == len(set(names)), "a variable is listed twice"
    assert sorted(names) == sorted(ALIASES)


def test_env_example_comments_are_the_settings_docstrings() -> None:
    docs = {field.alias: field.description for field in Settings.model_fields.values()}
    for comment, name, _ in _env_example():
        assert comment == docs[name], name


def test_env_example_loads_as_the_defaults(tmp_path: Path) -> None:
    env_file = tmp_path / "example.env"
    shutil.copyfile(ROOT / ".env.example", env_file)
    assert Settings(_env_file=env_file) == Settings(_env_file=None)
    assert load_settings(_env_file=env_file).console_mode


def test_every_setting_has_an_alias_and_a_docstring() -> None:
    for name, field in Settings.model_fields.items():
        assert field.alias, name
        assert re.fullmatch(r"(SLACK|NEWSBOT)_[A-Z_]+", field.alias), name
        assert field.description, name
