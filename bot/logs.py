"""Logging set-up: text or JSON lines, with every secret scrubbed from the final output."""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from typing import TextIO

from pythonjsonlogger.json import JsonFormatter

__all__ = ["REDACTED", "RedactingFormatter", "configure_logging", "redact"]

REDACTED = "[REDACTED]"
# Slack tokens and signatures look alike wherever they come from: scrub the shapes too.
_TOKEN_SHAPES = re.compile(r"\b(?:xox[abposr]|xapp|xoxe(?:\.xox[bp])?)-[A-Za-z0-9-]+|\bv0=[0-9a-f]{16,}")


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Replace each secret value, and anything shaped like a Slack token or signature.

    Also where JSON or ``repr`` escaped the secret (quotes, backslashes, non-ASCII).
    """
    for secret in secrets:
        if secret:
            shown = repr(secret)[1:-1]
            for form in dict.fromkeys((secret, shown, _json_escaped(secret), _json_escaped(shown))):
                text = text.replace(form, REDACTED)
    return _TOKEN_SHAPES.sub(REDACTED, text)


def _json_escaped(text: str) -> str:
    return json.dumps(text)[1:-1]


class RedactingFormatter(logging.Formatter):
    """Formats with ``inner`` and then scrubs the whole line, traceback included."""

    def __init__(self, inner: logging.Formatter, secrets: Iterable[str]) -> None:
        super().__init__()
        self.inner = inner
        self.secrets = tuple(s for s in secrets if s)

    def format(self, record: logging.LogRecord) -> str:
        return redact(self.inner.format(record), self.secrets)


def configure_logging(
    level: str, fmt: str, secrets: Iterable[str] = (), stream: TextIO | None = None
) -> logging.Handler:
    """Send every logger's records to ``stream`` (stderr) as text or JSON, secrets scrubbed."""
    inner: logging.Formatter
    if fmt == "json":
        inner = JsonFormatter(
            "%(asctime)s %(levelname)s %(name)s %(message)s",
            rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
        )
    else:
        inner = logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(RedactingFormatter(inner, secrets))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    return handler
