"""/sources: the articles behind a topic and the points where they disagree."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App

from bot.core.query import NoMatch
from handlers import blocks
from handlers.commands import CommandHelp, clean_argument, describe
from handlers.deps import Deps

COMMAND = "/sources"


def answer(deps: Deps, text: str, shared: bool = False) -> blocks.Reply:
    """The reply to `/sources text`."""
    argument, problem = clean_argument(text)
    if problem:
        return blocks.error_reply(problem)
    index = deps.story()
    result = index.sources_of(argument)
    if isinstance(result, NoMatch):
        return blocks.no_match_reply(result)
    return blocks.finish_reply(blocks.sources_reply(result, index), COMMAND, argument, shared)


def register(app: App, deps: Deps) -> CommandHelp:
    """Register /sources."""

    @app.command(COMMAND)
    def handle_sources(ack: Ack, command: dict[str, Any]) -> None:
        """The sources behind a topic (outlet, document id, byline, date) and where they disagree.

        Usage: [topic]
        Without an argument: the whole story.
        """
        ack(**answer(deps, command.get("text", "")).payload())

    return describe(COMMAND, handle_sources)
