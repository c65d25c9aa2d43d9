"""What handlers are given: plain values and callables, built by bot.app; no settings, no store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo

from bot.core.digest import Digest
from bot.core.query import StoryIndex

__all__ = ["Deps", "DigestPort", "Status"]


@dataclass(frozen=True)
class Status:
    """What /newsbot status shows."""

    articles: int
    events: int
    people: int
    quotations: int
    last_ingest: datetime | None
    next_digest: datetime | None
    digest_channels: tuple[str, ...]
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class DigestPort:
    """The digest, as handlers may use it: a preview for anyone, posting for admins."""

    preview: Callable[[], Digest]
    post_now: Callable[[str], list[str]]


@dataclass(frozen=True)
class Deps:
    """Everything a handler needs, closed over at registration."""

    story: Callable[[], StoryIndex]
    status: Callable[[], Status]
    zone: tzinfo
    admin_users: frozenset[str] = frozenset()
    digest: DigestPort | None = None
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
