"""/newsbot: help (from the commands' docstrings), status, and the digest (preview; admins may post)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from typing import Any

from slack_bolt import App, BoltResponse

from handlers import blocks
from handlers.commands import CommandHelp, ack_response, clean_argument, describe
from handlers.deps import Deps, Status

COMMAND = "/newsbot"


class Rendered:
    """The replies of /newsbot that are sent many times as they are: help, which does not change once
    every command is registered, and status, rendered again only when what it shows changes."""

    def __init__(self, helps: Sequence[CommandHelp]) -> None:
        self.helps = helps
        self._help: blocks.Reply | None = None
        self._status: tuple[Status, tzinfo, blocks.Reply] | None = None

    def help(self) -> blocks.Reply:
        """Help for ``helps``, built on first use (every command is registered by then)."""
        if self._help is None:
            self._help = blocks.help_reply(self.helps)
        return self._help

    def status(self, status: Status, zone: tzinfo) -> blocks.Reply:
        """The status reply showing ``status``: the last one rendered when it showed the same."""
        last = self._status
        if last is not None and last[0] == status and last[1] == zone:
            return last[2]
        reply = blocks.status_reply(status, zone)
        self._status = (status, zone, reply)
        return reply


def answer(deps: Deps, text: str, user: str, rendered: Rendered) -> blocks.Reply:
    """The reply to `/newsbot text` from ``user``."""
    argument, problem = clean_argument(text)
    if problem:
        return blocks.error_reply(problem)
    words = argument.lower().split()
    verb = words[0] if words else "help"
    if verb == "help":
        return rendered.help()
    if verb == "status":
        return rendered.status(deps.status(), deps.zone)
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


def register(app: App, deps: Deps, helps: Sequence[CommandHelp]) -> CommandHelp:
    """Register /newsbot; its help lists ``helps`` as they are when it is first asked for (the caller
    adds every command's, /newsbot's included, after registering them)."""
    rendered = Rendered(helps)

    @app.command(COMMAND)
    def handle_newsbot(command: dict[str, Any]) -> BoltResponse:
        """Newsbot itself: `help` lists the commands, `status` shows the model and the schedule, `digest` previews.

        Usage: help | status | digest [post]
        `digest post` posts the digest now (admins only). (`/help` is reserved by Slack.)
        """
        return ack_response(answer(deps, command.get("text", ""), command.get("user_id", ""), rendered))

    return describe(COMMAND, handle_newsbot)
