"""Slack I/O: one module per command, each registered with register(app, deps)."""

from __future__ import annotations

from slack_bolt import App

from handlers import newsbot, quote, share, sources, timeline, who_signed
from handlers.commands import CommandHelp
from handlers.deps import Deps

__all__ = ["STORY_COMMANDS", "register_all"]

STORY_COMMANDS = (who_signed, timeline, quote, sources)


def register_all(app: App, deps: Deps) -> list[CommandHelp]:
    """Register every command and button; returns the commands' help, as /newsbot help shows it."""
    helps = [module.register(app, deps) for module in STORY_COMMANDS]
    newsbot.register(app, deps, helps)
    share.register(app, deps)
    return helps
