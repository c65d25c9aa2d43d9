"""The "Share in channel" button: posts the same answer, visibly, to the channel it was asked in."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, Respond

from handlers import blocks, quote, sources, timeline, who_signed
from handlers.deps import Deps

ANSWERS: dict[str, Callable[..., blocks.Reply]] = {
    who_signed.COMMAND: who_signed.answer,
    timeline.COMMAND: timeline.answer,
    quote.COMMAND: quote.answer,
    sources.COMMAND: sources.answer,
}


def register(app: App, deps: Deps) -> None:
    """Register the Share button."""

    @app.action(blocks.SHARE_ACTION)
    def handle_share(ack: Ack, action: dict[str, Any], respond: Respond) -> None:
        ack()
        try:
            value = json.loads(action.get("value") or "{}")
            command, text = str(value["c"]), str(value.get("t", ""))
            answer = ANSWERS[command]
        except (ValueError, KeyError, TypeError):
            respond(
                replace_original=False,
                response_type="ephemeral",
                text="That button is out of date; run the command again to share its answer.",
            )
            return
        reply = answer(deps, text, shared=True)
        respond(replace_original=False, **reply.payload())
