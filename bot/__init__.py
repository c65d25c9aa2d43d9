"""Newsbot: a Slack bot that answers reporters' questions about a developing story, with sources."""

__version__ = "0.1.0"
