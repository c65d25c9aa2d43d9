"""/sources: the articles behind a topic and the points where they disagree."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltResponse

from handlers import blocks
from handlers.commands import CommandHelp, ack_response, describe, story_answer
from handlers.deps import Deps

COMMAND = "/sources"


def answer(deps: Deps, text: str, shared: bool = False) -> blocks.Reply:
    """The reply to `/sources text`."""
    return story_answer(
        deps, text, COMMAND, lambda index, argument: index.sources_of(argument), blocks.sources_reply, shared
    )


def register(app: App, deps: Deps) -> CommandHelp:
    """Register /sources."""

    @app.command(COMMAND)
    def handle_sources(command: dict[str, Any]) -> BoltResponse:
        """The sources behind a topic (outlet, document id, byline, date) and where they disagree.

        Usage: [topic]
        Without an argument: the whole story.
        """
        return ack_response(answer(deps, command.get("text", "")))

    return describe(COMMAND, handle_sources)
