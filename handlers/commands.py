"""What a command is, for help: read from the listener's own docstring so it cannot drift."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from slack_bolt import BoltResponse

from bot.core.query import NoMatch, StoryIndex
from handlers.blocks import Reply, error_reply, finish_reply, no_match_reply
from handlers.deps import Deps

__all__ = ["CommandHelp", "ack_response", "clean_argument", "describe", "story_answer"]


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


def describe(command: str, listener: Callable[..., Any] | None) -> CommandHelp:
    """Help for ``command`` from ``listener``'s docstring.

    The first line is the summary; a line ``Usage: <args>`` gives the arguments; other lines
    are details shown under the summary.
    """
    doc = inspect.getdoc(listener) if listener is not None else None
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


def ack_response(reply: Reply) -> BoltResponse:
    """The acknowledgement of a slash command carrying ``reply``: what ``ack(**reply.payload())`` makes, but
    from the reply's cached JSON, so a cached answer is not serialised again on every request.

    A listener returns it; Bolt sends a listener's returned BoltResponse as its acknowledgement.
    """
    return BoltResponse(status=200, body=reply.json())


def story_answer(
    deps: Deps,
    text: str,
    command: str,
    query: Callable[[StoryIndex, str], Any],
    render: Callable[[Any, StoryIndex], Reply],
    shared: bool,
    variant: Hashable = None,
) -> Reply:
    """The reply of a story command: argument checked, question put to the model, answer rendered.

    ``variant`` is whatever else shapes the reply (a page number); answers are cached per model version.
    """
    argument, problem = clean_argument(text)
    if problem:
        return error_reply(problem)
    index = deps.story()

    def make() -> Reply:
        result = query(index, argument)
        if isinstance(result, NoMatch):
            return no_match_reply(result)
        return finish_reply(render(result, index), command, argument, shared)

    return deps.answers.get(index, (command, argument, shared, variant), make)


MAX_ARGUMENT = 300
"""Longest argument a story command accepts (characters)."""


def clean_argument(text: str | None) -> tuple[str, str | None]:
    """The argument with control characters removed and spaces collapsed, and a complaint if unusable."""
    raw = text or ""
    if raw.isascii() and raw.isprintable():  # the usual case: nothing to remove, spaces to collapse
        cleaned = " ".join(raw.split())
    else:
        cleaned = " ".join("".join(ch if ch.isprintable() else " " for ch in raw).split())
        cleaned = cleaned.replace("\u200b", "").replace("\u200e", "").replace("\u200f", "").strip()
    if len(cleaned) > MAX_ARGUMENT:
        return "", (
            f"That argument is {len(cleaned):,} characters long; Newsbot matches names and topics of at most "
            f"{MAX_ARGUMENT} characters. Try a name, an agreement or a topic such as `india-us`."
        )
    return cleaned, None
