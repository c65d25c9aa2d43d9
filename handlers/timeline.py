"""/timeline: what happened, in order, for a topic or a person; paged with buttons."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import Ack, App, Respond

from bot.core.query import NoMatch
from handlers import blocks
from handlers.commands import CommandHelp, clean_argument, describe
from handlers.deps import Deps

COMMAND = "/timeline"


def answer(deps: Deps, text: str, page: int = 0, shared: bool = False) -> blocks.Reply:
    """The reply to `/timeline text`, at ``page``."""
    argument, problem = clean_argument(text)
    if problem:
        return blocks.error_reply(problem)
    result = deps.story().timeline(argument)
    if isinstance(result, NoMatch):
        return blocks.no_match_reply(result)
    return blocks.finish_reply(blocks.timeline_reply(result, page, argument), COMMAND, argument, shared)


def register(app: App, deps: Deps) -> CommandHelp:
    """Register /timeline and its page buttons."""

    @app.command(COMMAND)
    def handle_timeline(ack: Ack, command: dict[str, Any]) -> None:
        """The story in date order: each line with its date at its precision, source count and single-source mark.

        Usage: [topic | person]
        Without an argument: the whole bilateral story (`india-us`). Topics: defence, trade, tariffs, ...
        """
        ack(**answer(deps, command.get("text", "")).payload())

    @app.action(blocks.PAGE_ACTION)
    def handle_timeline_page(ack: Ack, action: dict[str, Any], respond: Respond) -> None:
        ack()
        try:
            value = json.loads(action.get("value") or "{}")
            text, page = str(value.get("t", "")), int(value.get("p", 0))
        except (ValueError, TypeError):
            text, page = "", 0
        respond(replace_original=True, **answer(deps, text, page).payload())

    return describe(COMMAND, handle_timeline)
