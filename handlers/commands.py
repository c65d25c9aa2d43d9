"""What a command is, for help: read from the listener's own docstring so it cannot drift."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["CommandHelp", "describe"]


@dataclass(frozen=True)
class CommandHelp:
    """A slash command as help shows it."""

    command: str
    usage: str
    summary: str
    details: tuple[str, ...]

    @property
    def synopsis(self) -> str:
        """The command with its arguments, e.g. ``/timeline [topic | person]``."""
        return f"{self.command} {self.usage}".strip()


def describe(command: str, listener: Callable[..., Any]) -> CommandHelp:
    """Help for ``command`` from ``listener``'s docstring.

    The first line is the summary; a line ``Usage: <args>`` gives the arguments; other lines
    are details shown under the summary.
    """
    doc = inspect.getdoc(listener)
    if not doc:
        raise ValueError(f"the listener of {command} has no docstring to build help from")
    lines = [line.strip() for line in doc.splitlines()]
    usage = ""
    details: list[str] = []
    for line in lines[1:]:
        if line.lower().startswith("usage:"):
            usage = line.split(":", 1)[1].strip()
        elif line:
            details.append(line)
    return CommandHelp(command=command, usage=usage, summary=lines[0], details=tuple(details))
