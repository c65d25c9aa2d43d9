"""Slack I/O: one module per command, each registered with register(app, deps)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from slack_bolt import App

from handlers import newsbot, quote, share, sources, timeline, who_signed
from handlers.commands import CommandHelp
from handlers.deps import Deps

__all__ = ["STORY_COMMANDS", "register_all"]

STORY_COMMANDS = (who_signed, timeline, quote, sources)
"""The story commands, in the order help lists them (then /newsbot)."""


def register_all(app: App, deps: Deps) -> list[CommandHelp]:
    """Register every command and button; returns the commands' help, as /newsbot help shows it.

    Bolt tries the listeners in the order they were registered and builds the arguments of each one's
    matcher as it tries it, so every listener ahead of the one that matches costs a request tens of
    microseconds: the slash commands are registered first, in alphabetical order, and the buttons,
    pressed less often, after them. Help lists the commands in its own order.
    """
    helps: list[CommandHelp] = []
    registrars: dict[str, Callable[[], CommandHelp]] = {
        module.COMMAND: partial(module.register, app, deps) for module in STORY_COMMANDS
    }
    registrars[newsbot.COMMAND] = partial(newsbot.register, app, deps, helps)
    own = {command: registrars[command]() for command in sorted(registrars)}
    helps += [own[module.COMMAND] for module in (*STORY_COMMANDS, newsbot)]
    timeline.register_pages(app, deps)
    share.register(app, deps)
    return helps
