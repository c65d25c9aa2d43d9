"""/who-signed: who signed an agreement, from the story model, with sources."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App

from bot.core.query import NoMatch
from handlers import blocks
from handlers.commands import CommandHelp, clean_argument, describe
from handlers.deps import Deps

COMMAND = "/who-signed"


def answer(deps: Deps, text: str, shared: bool = False) -> blocks.Reply:
    """The reply to `/who-signed text`."""
    argument, problem = clean_argument(text)
    if problem:
        return blocks.error_reply(problem)
    index = deps.story()
    result = index.who_signed(argument)
    if isinstance(result, NoMatch):
        return blocks.no_match_reply(result)
    return blocks.finish_reply(blocks.who_signed_reply(result, index), COMMAND, argument, shared)


def register(app: App, deps: Deps) -> CommandHelp:
    """Register /who-signed."""

    @app.command(COMMAND)
    def handle_who_signed(ack: Ack, command: dict[str, Any]) -> None:
        """Who signed an agreement: signatories with their titles, date, place, occasion and sources.

        Usage: [agreement]
        Without an argument: the story's main signing. Names are matched loosely, e.g. `sosa`, `framework`.
        """
        ack(**answer(deps, command.get("text", "")).payload())

    return describe(COMMAND, handle_who_signed)
