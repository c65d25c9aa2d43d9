"""/who-signed: who signed an agreement, from the story model, with sources."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltResponse

from handlers import blocks
from handlers.commands import CommandHelp, ack_response, describe, story_answer
from handlers.deps import Deps

COMMAND = "/who-signed"


def answer(deps: Deps, text: str, shared: bool = False) -> blocks.Reply:
    """The reply to `/who-signed text`."""
    return story_answer(
        deps,
        text,
        COMMAND,
        lambda index, argument: index.who_signed(argument),
        blocks.who_signed_reply,
        shared,
    )


def register(app: App, deps: Deps) -> CommandHelp:
    """Register /who-signed."""

    @app.command(COMMAND)
    def handle_who_signed(command: dict[str, Any]) -> BoltResponse:
        """Who signed an agreement: signatories with their titles, date, place, occasion and sources.

        Usage: [agreement]
        Without an argument: the story's main signing. Names are matched loosely, e.g. `sosa`, `framework`.
        """
        return ack_response(answer(deps, command.get("text", "")))

    return describe(COMMAND, handle_who_signed)
