"""Choosing a digest: the story in one line, related developments by topic, and what is new.

Sections come from the model's topics, not from a fixed list: a development in a new topic
appears without a code change. Figures are the articles' own; anything computed (a total) is
labelled as computed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.core.describe import describe_event
from bot.core.model import Event, EventType, When
from bot.core.query import StoryIndex, _is_pair

__all__ = ["Digest", "DigestItem", "DigestSection", "event_fingerprints", "select_digest"]

TOPIC_ORDER = ("tariffs", "trade", "defence", "energy", "technology", "diplomacy")
"""When an event has several topics, it is listed under the first of these it has."""
TOPIC_TITLES = {
    "tariffs": "Tariffs",
    "trade": "Trade talks",
    "defence": "Defence",
    "energy": "Energy",
    "technology": "Technology",
    "diplomacy": "Diplomacy",
}
MAX_ITEMS = 5


@dataclass(frozen=True)
class DigestItem:
    """One line of a digest, with its sources."""

    text: str
    when: When | None
    sources: tuple[str, ...]
    note: str = ""

    @property
    def single_source(self) -> bool:
        """True when one source reports it."""
        return len(self.sources) == 1


@dataclass(frozen=True)
class DigestSection:
    """Related developments of one topic."""

    topic: str
    title: str
    items: tuple[DigestItem, ...]


@dataclass(frozen=True)
class Digest:
    """A digest, ready to render."""

    headline: DigestItem | None
    related: tuple[DigestSection, ...]
    new: tuple[DigestItem, ...]
    first: bool
    covers_seq: int
    fingerprints: dict[str, str]
    articles: int

    @property
    def has_news(self) -> bool:
        """True when something is new since the previous digest (or this is the first)."""
        return self.first or bool(self.new)


def event_fingerprints(index: StoryIndex) -> dict[str, str]:
    """What each event says now, compactly, so the next digest can tell what changed."""
    prints = {}
    for event in index.story.events:
        dates = ",".join(d.when.label() for d in event.dates)
        status = ",".join(v.value for v in event.status)
        figures = ",".join(f.label_text() for f in event.figures)
        prints[event.id] = f"{len(event.sources)}|{dates}|{status}|{figures}"
    return prints


def _sort_key(event: Event) -> tuple[int, int]:
    """Most recent first by when a development began: "Aug 2024" after "2024", "27 Oct" after "16 Sep – 1 Nov"."""
    when = event.when
    return (when.start.toordinal() if when else 0, len(event.sources))


def _item(index: StoryIndex, event: Event, note: str = "") -> DigestItem:
    return DigestItem(describe_event(event, index.entity, titles=False), event.when, event.sources, note)


def _tariff_note(event: Event) -> str:
    percents = [f for f in event.figures if f.unit == "%"]
    if len(percents) >= 2:
        total = sum(f.value for f in percents)
        return f"computed: {total:g}% in all, adding the figures above"
    return ""


def select_digest(
    index: StoryIndex,
    previous_seq: int | None,
    previous_prints: Mapping[str, str] | None,
    max_items: int = MAX_ITEMS,
) -> Digest:
    """The digest of the story now, against the previous digest (None for a channel's first)."""
    story = index.story
    main = (
        index.signings()[0]
        if index.signings()
        else (max(story.events, key=lambda e: (len(e.sources), e.id)) if story.events else None)
    )
    headline = None
    if main is not None:
        headline = DigestItem(describe_event(main, index.entity, titles=True), main.when, main.sources)
    sections: list[DigestSection] = []
    used: set[str] = {main.id} if main else set()
    topics = [t for t in TOPIC_ORDER if t in index.events_by_topic] + [
        t for t in index.topics() if t not in TOPIC_ORDER and not _is_pair(t)
    ]
    for topic in topics:
        events = [
            e for e in index.events_by_topic.get(topic, []) if e.id not in used and _home(e, topics) == topic
        ]
        items = _section_items(index, events, max_items)
        used.update(event.id for event, _ in items)
        if items:
            sections.append(
                DigestSection(topic, TOPIC_TITLES.get(topic, topic.capitalize()), tuple(i for _e, i in items))
            )
    prints = event_fingerprints(index)
    covers = max((s.seq for s in story.sources), default=0)
    first = previous_seq is None
    new: list[DigestItem] = []
    if not first:
        seqs = {s.doc: s.seq for s in story.sources}
        for event in sorted(story.events, key=_sort_key, reverse=True):
            fresh = [d for d in event.sources if seqs.get(d, 0) > (previous_seq or 0)]
            if not fresh:
                continue
            before = (previous_prints or {}).get(event.id)
            if before is None:
                new.append(_item(index, event, "new"))
            elif before != prints.get(event.id):
                old_count = int(before.split("|", 1)[0] or 0)
                note = (
                    f"now {len(event.sources)} sources (was {old_count})"
                    if old_count != len(event.sources)
                    else "details changed"
                )
                new.append(_item(index, event, note))
    return Digest(headline, tuple(sections), tuple(new), first, covers, prints, len(story.sources))


def _home(event: Event, order: Sequence[str]) -> str | None:
    """The one section an event is listed in: its own first topic (tariff actions under tariffs, talks under trade)."""
    preferred = {EventType.TARIFF: "tariffs", EventType.NEGOTIATION: "trade"}.get(event.type)
    if preferred in event.topics:
        return preferred
    return next((t for t in event.topics if t in order), None)


def _section_items(
    index: StoryIndex, events: Sequence[Event], max_items: int
) -> list[tuple[Event, DigestItem]]:
    """The latest status of any negotiation, then the most recent dated developments, then undated ones."""
    chosen: list[tuple[Event, DigestItem]] = []
    negotiations = [e for e in events if e.type is EventType.NEGOTIATION]
    if negotiations:
        ordered = sorted(
            negotiations, key=lambda e: (e.when.start.toordinal() if e.when else 0, len(e.sources))
        )
        latest = ordered[-1]
        earlier = [
            f"{e.status[0].value}" + (f" ({e.when.label()})" if e.when else "")
            for e in ordered[:-1]
            if e.status
        ]
        note = "latest status" + (f"; earlier: {', '.join(earlier)}" if earlier else "")
        chosen.append((latest, _item(index, latest, note)))
    others = [
        e
        for e in events
        if e.type is not EventType.NEGOTIATION and not (e.type is EventType.STATEMENT and e.when is None)
    ]
    dated = sorted((e for e in others if e.when), key=_sort_key, reverse=True)
    undated = sorted((e for e in others if not e.when), key=lambda e: -len(e.sources))
    for event in [*dated, *undated]:
        if len(chosen) >= max_items:
            break
        note = _tariff_note(event) if event.type is EventType.TARIFF else ""
        chosen.append((event, _item(index, event, note)))
    return chosen
