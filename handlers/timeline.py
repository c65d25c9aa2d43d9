"""/timeline: what happened, in order, for a topic or a person; paged with buttons."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import Ack, App, BoltResponse, Respond

from handlers import blocks
from handlers.commands import CommandHelp, ack_response, clean_argument, describe, story_answer
from handlers.deps import Deps

COMMAND = "/timeline"


def answer(deps: Deps, text: str, page: int = 0, shared: bool = False) -> blocks.Reply:
    """The reply to `/timeline text`, at ``page``."""
    return story_answer(
        deps,
        text,
        COMMAND,
        lambda index, argument: index.timeline(argument),
        lambda result, _index: blocks.timeline_reply(result, page, result_argument(text)),
        shared,
        variant=page,
    )


def result_argument(text: str) -> str:
    """The argument as the page buttons carry it (cleaned like every argument)."""
    return clean_argument(text)[0]


def page_of(value: Any) -> tuple[str, int]:
    """The argument and page a page button carries; the first page of the default story when the value
    is not what Newsbot put there."""
    try:
        data = json.loads(value or "{}")
        if not isinstance(data, dict):
            return "", 0
        return str(data.get("t", "")), max(0, int(data.get("p", 0)))
    except (ValueError, TypeError, OverflowError):
        return "", 0


def register(app: App, deps: Deps) -> CommandHelp:
    """Register /timeline (its page buttons: ``register_pages``)."""

    @app.command(COMMAND)
    def handle_timeline(command: dict[str, Any]) -> BoltResponse:
        """The story in date order: each line with its date at its precision, source count and single-source mark.

        Usage: [topic | person]
        Without an argument: the whole bilateral story (`india-us`). Topics: defence, trade, tariffs, ...
        """
        return ack_response(answer(deps, command.get("text", "")))

    return describe(COMMAND, handle_timeline)


def register_pages(app: App, deps: Deps) -> None:
    """Register the Earlier / Later buttons of /timeline."""

    @app.action(blocks.PAGE_ACTION)
    def handle_timeline_page(ack: Ack, action: dict[str, Any], respond: Respond) -> None:
        ack()
        text, page = page_of(action.get("value"))
        respond(replace_original=True, **answer(deps, text, page).payload())
