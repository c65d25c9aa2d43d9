"""bot.logs: every line, text or JSON, traceback included, leaves secrets and token shapes out."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.logs import REDACTED, configure_logging, redact
from config.settings import Settings

SECRET = "some-long-secret-value"
TOKEN_SHAPED = "xoxb-1111-2222-AbCdEfGhIj"  # not configured anywhere: caught by its shape


@pytest.fixture
def restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)


def _log_everything(stream: io.StringIO, fmt: str, secrets: list[str]) -> str:
    configure_logging("DEBUG", fmt, secrets, stream=stream)
    log = logging.getLogger("newsbot.test")
    log.info("token %s and secret %s", TOKEN_SHAPED, secrets[0])
    log.debug("headers %r", {"Authorization": f"Bearer {TOKEN_SHAPED}", "X-Secret": secrets[0]})
    try:
        raise RuntimeError(f"failed with {secrets[0]} / {TOKEN_SHAPED}")
    except RuntimeError:
        log.exception("unexpected: %s", secrets[0])
    log.warning("app token xapp-1-A0123-4567-abcdef, signature v0=%s", "a" * 64)
    return stream.getvalue()


@pytest.mark.usefixtures("restore_root_logger")
@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize("secret", [SECRET, 'quote"and\\backslash-secret', "nön-ascii-sécret-value"])
def test_secrets_and_token_shapes_are_redacted(fmt: str, secret: str) -> None:
    output = _log_everything(io.StringIO(), fmt, [secret])
    lines = output.splitlines()
    assert output.count(REDACTED) >= 7
    for part in (
        secret,
        TOKEN_SHAPED,
        "xapp-1-A0123",
        "v0=aaaa",
        json.dumps(secret)[1:-1],
        repr(secret)[1:-1],
    ):
        assert part not in output
    if fmt == "json":
        records = [json.loads(line) for line in lines if line.startswith("{")]
        assert len(records) == 4
        assert {r["level"] for r in records} == {"INFO", "DEBUG", "ERROR", "WARNING"}
        assert all(r["logger"] == "newsbot.test" for r in records)
        assert "Traceback" in records[2]["exc_info"]
    else:
        assert lines[0].endswith(f"INFO    newsbot.test: token {REDACTED} and secret {REDACTED}")
        assert "Traceback (most recent call last):" in output


@pytest.mark.usefixtures("restore_root_logger")
def test_the_level_filters() -> None:
    stream = io.StringIO()
    configure_logging("WARNING", "text", [], stream=stream)
    logging.getLogger("newsbot.test").info("quiet")
    logging.getLogger("newsbot.test").warning("loud")
    assert "quiet" not in stream.getvalue()
    assert "loud" in stream.getvalue()


@pytest.mark.usefixtures("restore_root_logger")
def test_configuring_twice_leaves_one_handler() -> None:
    first, second = io.StringIO(), io.StringIO()
    configure_logging("INFO", "text", [], stream=first)
    configure_logging("INFO", "json", [], stream=second)
    logging.getLogger("newsbot.test").info("once")
    assert first.getvalue() == ""
    assert second.getvalue().count("once") == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no secrets here", "no secrets here"),
        ("xoxp-123-456-abc xoxa-2-x xoxr-9 xoxe.xoxp-1-abc", " ".join([REDACTED] * 4)),
        ("sig v0=0123456789abcdef0123", f"sig {REDACTED}"),
        (f"the secret is {SECRET}.", f"the secret is {REDACTED}."),
    ],
)
def test_redact(text: str, expected: str) -> None:
    assert redact(text, [SECRET, ""]) == expected


@pytest.mark.usefixtures("restore_root_logger", "clean_environ")
def test_an_unexpected_error_is_logged_redacted_not_raised(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import bot.cli

    def boom(settings: Settings, args: object) -> int:
        assert settings.slack_signing_secret is not None
        raise RuntimeError(f"boom with {settings.slack_signing_secret.get_secret_value()}")

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-SECRET123-456")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
    monkeypatch.setattr(bot.cli, "_check_config", boom)
    assert bot.cli.main(["check-config"]) == 1
    out, err = capsys.readouterr()
    assert "unexpected error in `newsbot check-config`" in err
    assert f"RuntimeError: boom with {REDACTED}" in err
    assert SECRET not in out + err
