"""/quote: what a person said, quoted directly, with channel, date, sources and wording variants."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltResponse

from handlers import blocks
from handlers.commands import CommandHelp, ack_response, describe, story_answer
from handlers.deps import Deps

COMMAND = "/quote"


def answer(deps: Deps, text: str, shared: bool = False) -> blocks.Reply:
    """The reply to `/quote text`."""
    return story_answer(
        deps, text, COMMAND, lambda index, argument: index.quotes(argument), blocks.quote_reply, shared
    )


def register(app: App, deps: Deps) -> CommandHelp:
    """Register /quote."""

    @app.command(COMMAND)
    def handle_quote(command: dict[str, Any]) -> BoltResponse:
        """Direct quotations of a person: speaker, channel, date, sources, and who printed which wording.

        Usage: [person]
        Without an argument: the most quoted person. Someone only paraphrased is shown as reported, not quoted.
        """
        return ack_response(answer(deps, command.get("text", "")))

    return describe(COMMAND, handle_quote)
