"""Newsbot's configuration: one typed Settings class, read from the environment and an optional .env."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.crontab import Crontab, CrontabError, parse_crontab

__all__ = ["ConfigError", "Settings", "load_settings"]

_CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{8,}$")
_USER_ID = re.compile(r"^[UW][A-Z0-9]{8,}$")
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def _split_ids(value: Any) -> Any:
    if isinstance(value, str):
        return [part for part in re.split(r"[\s,]+", value.strip()) if part]
    return value


class Settings(BaseSettings):
    """Every setting Newsbot reads; each field's alias is its environment variable."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
        populate_by_name=True,
        frozen=True,
        use_attribute_docstrings=True,
    )

    slack_bot_token: SecretStr | None = Field(default=None, alias="SLACK_BOT_TOKEN")
    """Bot token (xoxb-...). Without it, Newsbot runs in console mode."""
    slack_app_token: SecretStr | None = Field(default=None, alias="SLACK_APP_TOKEN")
    """App-level token (xapp-...); when set, `newsbot serve` uses Socket Mode."""
    slack_signing_secret: SecretStr | None = Field(default=None, alias="SLACK_SIGNING_SECRET")
    """Signing secret that verifies Slack's HTTP requests (HTTP mode)."""
    slack_api_url: str = Field(default="https://slack.com/api/", alias="SLACK_API_URL")
    """Base URL of the Slack Web API (a local fake, or GovSlack)."""

    database_url: str = Field(default="sqlite:///data/newsbot.db", alias="NEWSBOT_DATABASE_URL")
    """Where the story model lives: sqlite:///relative/path.db or sqlite:////absolute/path.db."""
    seed_path: Path | None = Field(default=None, alias="NEWSBOT_SEED_PATH")
    """Seed model loaded into an empty store (default: seeds/model.json.xz of the checkout)."""
    host: str = Field(default="127.0.0.1", alias="NEWSBOT_HOST")
    """HTTP mode: address to listen on."""
    port: int = Field(default=3000, alias="NEWSBOT_PORT")
    """HTTP mode: port to listen on (0 picks a free one)."""
    http_threads: int = Field(default=8, alias="NEWSBOT_HTTP_THREADS")
    """HTTP mode: worker threads of the HTTP server."""
    http_connection_limit: int = Field(default=1000, alias="NEWSBOT_HTTP_CONNECTION_LIMIT")
    """HTTP mode: open connections accepted at once before new ones wait."""

    digest_channel: Annotated[list[str], NoDecode] = Field(
        default_factory=list, alias="NEWSBOT_DIGEST_CHANNEL"
    )
    """Channel ID(s) for the scheduled digest, comma-separated; empty turns the digest off."""
    digest_cron: str = Field(default="0 9 * * 1-5", alias="NEWSBOT_DIGEST_CRON")
    """When the digest is posted: a standard crontab (1-5 = Monday to Friday) or @daily."""
    digest_grace: timedelta = Field(default=timedelta(hours=1), alias="NEWSBOT_DIGEST_GRACE")
    """How late a missed digest may still be posted after start-up (seconds or ISO 8601, e.g. PT1H)."""
    digest_skip_empty: bool = Field(default=False, alias="NEWSBOT_DIGEST_SKIP_EMPTY")
    """Skip posting a digest when nothing is new since the last one."""
    timezone: str = Field(default="UTC", alias="NEWSBOT_TIMEZONE")
    """IANA time zone of the digest schedule and of dates shown (e.g. Asia/Kolkata)."""
    admin_users: Annotated[list[str], NoDecode] = Field(default_factory=list, alias="NEWSBOT_ADMIN_USERS")
    """Slack user IDs allowed to post the digest from Slack, comma-separated."""
    log_level: str = Field(default="INFO", alias="NEWSBOT_LOG_LEVEL")
    """DEBUG, INFO, WARNING, ERROR or CRITICAL."""
    log_format: Literal["text", "json"] = Field(default="text", alias="NEWSBOT_LOG_FORMAT")
    """text for people, json for log collectors."""

    @field_validator("slack_bot_token")
    @classmethod
    def _bot_token(cls, value: SecretStr | None) -> SecretStr | None:
        return _check_token(value, "xoxb-", "a bot token")

    @field_validator("slack_app_token")
    @classmethod
    def _app_token(cls, value: SecretStr | None) -> SecretStr | None:
        return _check_token(value, "xapp-", "an app-level token")

    @field_validator("slack_signing_secret")
    @classmethod
    def _signing_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            return None
        secret = value.get_secret_value()
        if len(secret) < 16 or any(ch.isspace() for ch in secret):
            raise ValueError("expected the app's signing secret (at least 16 characters, no spaces)")
        return value

    @field_validator("seed_path", mode="before")
    @classmethod
    def _seed_path(cls, value: Any) -> Any:
        return None if value is None or str(value).strip() == "" else value

    @field_validator("slack_api_url")
    @classmethod
    def _api_url(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+(/\S*)?$", value):
            raise ValueError("expected an http(s) URL such as https://slack.com/api/")
        return value if value.endswith("/") else value + "/"

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        if not value.startswith("sqlite:///") or value == "sqlite:///":
            raise ValueError(
                "expected an SQLite URL such as sqlite:///data/newsbot.db (only SQLite is supported)"
            )
        return value

    @field_validator("port")
    @classmethod
    def _port(cls, value: int) -> int:
        if not 0 <= value <= 65535:
            raise ValueError("expected a port number from 1 to 65535 (or 0 for any free port)")
        return value

    @field_validator("http_threads", "http_connection_limit")
    @classmethod
    def _positive(cls, value: int) -> int:
        if value < 1:
            raise ValueError("expected a whole number of at least 1")
        return value

    @field_validator("digest_channel", mode="before")
    @classmethod
    def _channels(cls, value: Any) -> Any:
        channels = _split_ids(value)
        bad = [c for c in channels if not _CHANNEL_ID.match(str(c))]
        if bad:
            raise ValueError(
                f"expected Slack channel IDs such as C0123456789 (not names like #news); got {', '.join(map(repr, bad))}"
            )
        return channels

    @field_validator("admin_users", mode="before")
    @classmethod
    def _admins(cls, value: Any) -> Any:
        users = _split_ids(value)
        bad = [u for u in users if not _USER_ID.match(str(u))]
        if bad:
            raise ValueError(f"expected Slack user IDs such as U0123456789; got {', '.join(map(repr, bad))}")
        return users

    @field_validator("digest_cron")
    @classmethod
    def _cron(cls, value: str) -> str:
        try:
            parse_crontab(value)
        except CrontabError as exc:
            raise ValueError(f"{value!r} is not a crontab schedule: {exc}") from None
        return value

    @field_validator("digest_grace", mode="before")
    @classmethod
    def _grace_seconds(cls, value: Any) -> Any:
        # pydantic reads a timedelta string only as ISO 8601 or [-][D ]HH:MM:SS; "3600" means seconds here.
        if isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", value.strip()):
            return float(value)
        return value

    @field_validator("digest_grace")
    @classmethod
    def _grace(cls, value: timedelta) -> timedelta:
        if value < timedelta(0):
            raise ValueError("expected a duration of zero or more")
        return value

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"{value!r} is not an IANA time zone; expected e.g. UTC or Asia/Kolkata"
            ) from None
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _log_level(cls, value: Any) -> Any:
        level = str(value).upper()
        if level not in _LOG_LEVELS:
            raise ValueError(f"expected one of {', '.join(_LOG_LEVELS)}")
        return level

    @property
    def zone(self) -> ZoneInfo:
        """The configured time zone."""
        return ZoneInfo(self.timezone)

    @property
    def crontab(self) -> Crontab:
        """The digest schedule, parsed."""
        return parse_crontab(self.digest_cron)

    @property
    def database_path(self) -> Path:
        """The SQLite file named by NEWSBOT_DATABASE_URL."""
        return Path(self.database_url.removeprefix("sqlite:///"))

    @property
    def socket_mode(self) -> bool:
        """True when an app-level token asks for Socket Mode."""
        return self.slack_app_token is not None

    @property
    def console_mode(self) -> bool:
        """True when no bot token is set: answers are printed, never sent."""
        return self.slack_bot_token is None


def _check_token(value: SecretStr | None, prefix: str, what: str) -> SecretStr | None:
    if value is None or not value.get_secret_value():
        return None
    if not value.get_secret_value().startswith(prefix) or len(value.get_secret_value()) <= len(prefix):
        raise ValueError(f"expected {what} starting with {prefix!r}")
    return value


_FRIENDLY = {
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "bool_parsing": "expected true or false",
    "time_delta_parsing": "expected a duration in seconds or ISO 8601 (e.g. 3600 or PT1H)",
    "literal_error": "expected text or json",
}


class ConfigError(Exception):
    """Configuration that cannot be used; ``problems`` holds one line per bad variable."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def describe_errors(error: ValidationError) -> list[str]:
    """One line per problem, naming the variable; never the value of a secret."""
    lines = []
    for item in error.errors(include_input=False, include_url=False):
        name = str(item["loc"][0]) if item["loc"] else "configuration"
        field = Settings.model_fields.get(name)
        if field is not None and field.alias:
            name = field.alias
        message = _FRIENDLY.get(str(item["type"]), str(item["msg"]).removeprefix("Value error, "))
        lines.append(f"{name}: {message}")
    return lines


def load_settings(**overrides: Any) -> Settings:
    """Read the settings once, for the entry point; raise ConfigError with readable lines."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise ConfigError(describe_errors(exc)) from None
    except (UnicodeDecodeError, OSError) as exc:
        env_file = overrides.get("_env_file", Settings.model_config.get("env_file"))
        if isinstance(exc, UnicodeDecodeError):
            reason = f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at position {exc.start})"
        else:
            reason = f"cannot be read ({exc.strerror or exc})"
        raise ConfigError([f"{env_file}: {reason}"]) from None


SETTINGS_DOC = {
    name: (field.alias or name, field.description) for name, field in Settings.model_fields.items()
}
