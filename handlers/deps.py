"""What handlers are given: plain values and callables, built by bot.app; no settings, no store."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo

from bot.core.digest import Digest
from bot.core.query import StoryIndex
from handlers.blocks import Reply

__all__ = ["AnswerCache", "Deps", "DigestPort", "Status"]


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
    post_now: Callable[[str], dict[str, str]]


class AnswerCache:
    """Rendered answers of the current model version, by command and argument: a newsroom asks the same
    questions many times, and an answer changes only when the model does. Thread-safe; bounded."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._index: StoryIndex | None = None
        self._replies: OrderedDict[Hashable, Reply] = OrderedDict()

    def get(self, index: StoryIndex, key: Hashable, make: Callable[[], Reply]) -> Reply:
        """The cached reply for ``key`` on this model version, else ``make()``'s (then cached)."""
        with self._lock:
            if self._index is not index:
                self._index, self._replies = index, OrderedDict()
            reply = self._replies.get(key)
            if reply is not None:
                self._replies.move_to_end(key)
                return reply
        reply = make()
        reply.payload()
        with self._lock:
            if self._index is index:
                self._replies[key] = reply
                while len(self._replies) > self.size:
                    self._replies.popitem(last=False)
        return reply


@dataclass(frozen=True)
class Deps:
    """Everything a handler needs, closed over at registration."""

    story: Callable[[], StoryIndex]
    status: Callable[[], Status]
    zone: tzinfo
    admin_users: frozenset[str] = frozenset()
    digest: DigestPort | None = None
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    answers: AnswerCache = field(default_factory=AnswerCache)
