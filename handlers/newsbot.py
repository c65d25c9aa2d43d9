"""/newsbot: help (from the commands' docstrings), status, and the digest (preview; admins may post)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from slack_bolt import Ack, App

from handlers import blocks
from handlers.commands import CommandHelp, clean_argument, describe
from handlers.deps import Deps

COMMAND = "/newsbot"


def answer(deps: Deps, text: str, user: str, helps: Sequence[CommandHelp]) -> blocks.Reply:
    """The reply to `/newsbot text` from ``user``."""
    argument, problem = clean_argument(text)
    if problem:
        return blocks.error_reply(problem)
    words = argument.lower().split()
    verb = words[0] if words else "help"
    if verb == "help":
        return blocks.help_reply(helps)
    if verb == "status":
        return blocks.status_reply(deps.status(), deps.zone)
    if verb == "digest":
        if deps.digest is None:
            return blocks.error_reply("The digest is not available in this mode.")
        if words[1:] == ["post"]:
            if user not in deps.admin_users:
                return blocks.error_reply(
                    "Only Newsbot admins can post the digest (see NEWSBOT_ADMIN_USERS). "
                    "`/newsbot digest` shows you a preview."
                )
            outcomes = deps.digest.post_now(user)
            return blocks.post_outcome_reply(outcomes)
        if len(words) > 1:
            return blocks.error_reply(
                f"Unknown digest option ‘{blocks.escape(' '.join(words[1:]))}’. "
                "Use `/newsbot digest` (preview) or `/newsbot digest post` (admins)."
            )
        preview = deps.digest.preview()
        reply = blocks.digest_reply(preview, deps.story(), deps.zone)
        reply.response_type = "ephemeral"
        return reply
    return blocks.error_reply(
        f"Unknown option ‘{blocks.escape(blocks.fit(verb, 60))}’. Try `/newsbot help`, `/newsbot status` or "
        "`/newsbot digest`."
    )


def register(app: App, deps: Deps, helps: list[CommandHelp]) -> CommandHelp:
    """Register /newsbot; its help lists ``helps`` (and itself)."""

    @app.command(COMMAND)
    def handle_newsbot(ack: Ack, command: dict[str, Any]) -> None:
        """Newsbot itself: `help` lists the commands, `status` shows the model and the schedule, `digest` previews.

        Usage: help | status | digest [post]
        `digest post` posts the digest now (admins only). (`/help` is reserved by Slack.)
        """
        ack(**answer(deps, command.get("text", ""), command.get("user_id", ""), helps).payload())

    own = describe(COMMAND, handle_newsbot)
    helps.append(own)
    return own
