"""The story model: sources, entities, events and quotations, every fact with the sources that report it.

Values only: frozen dataclasses, no I/O. Dates carry their precision (see ``When``).
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

__all__ = [
    "SCHEMA_VERSION",
    "Dated",
    "Entity",
    "Event",
    "EventType",
    "Figure",
    "Kind",
    "Mention",
    "Precision",
    "Quotation",
    "Role",
    "Source",
    "Story",
    "StoryParts",
    "Variant",
    "When",
    "totals_of",
]

SCHEMA_VERSION = 1
"""Version of the exported model format (seeds/README.md documents it)."""


class Precision(StrEnum):
    """How precisely a date is known."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class When:
    """A date at its precision: ``start``..``end`` inclusive, with how it was worked out.

    ``phrase`` is the text that gave it ("on Friday"); ``reference`` the date it was resolved
    against (the article's publication date); ``basis`` a short explanation.
    """

    start: date
    end: date
    precision: Precision
    phrase: str = ""
    reference: date | None = None
    basis: str = ""

    @staticmethod
    def day(day: date, phrase: str = "", reference: date | None = None, basis: str = "") -> When:
        """One day."""
        return When(day, day, Precision.DAY, phrase, reference, basis)

    @staticmethod
    def month(
        year: int, month: int, phrase: str = "", reference: date | None = None, basis: str = ""
    ) -> When:
        """A whole month, e.g. "in August 2024"."""
        last = calendar.monthrange(year, month)[1]
        return When(date(year, month, 1), date(year, month, last), Precision.MONTH, phrase, reference, basis)

    @staticmethod
    def year(year: int, phrase: str = "", reference: date | None = None, basis: str = "") -> When:
        """A whole year, e.g. "last year"."""
        return When(date(year, 1, 1), date(year, 12, 31), Precision.YEAR, phrase, reference, basis)

    @staticmethod
    def week_of(day: date, phrase: str = "", reference: date | None = None, basis: str = "") -> When:
        """The Monday-to-Sunday week containing ``day``."""
        monday = day - timedelta(days=day.weekday())
        return When(monday, monday + timedelta(days=6), Precision.WEEK, phrase, reference, basis)

    def label(self) -> str:
        """The date as a reporter writes it at its precision: 31 Oct 2025, Aug 2024, week of 27 Oct 2025."""
        s, e = self.start, self.end
        if self.precision is Precision.DAY:
            return f"{s.day} {_MONTHS[s.month - 1]} {s.year}"
        if self.precision is Precision.MONTH:
            return f"{_MONTHS[s.month - 1]} {s.year}"
        if self.precision is Precision.YEAR:
            return str(s.year)
        if self.precision is Precision.WEEK:
            return f"week of {s.day} {_MONTHS[s.month - 1]} {s.year}"
        if s == e:
            return f"{s.day} {_MONTHS[s.month - 1]} {s.year}"
        if s.year == e.year and s.month == e.month:
            return f"{s.day}–{e.day} {_MONTHS[s.month - 1]} {s.year}"
        if s.year == e.year:
            return f"{s.day} {_MONTHS[s.month - 1]} – {e.day} {_MONTHS[e.month - 1]} {e.year}"
        return f"{s.day} {_MONTHS[s.month - 1]} {s.year} – {e.day} {_MONTHS[e.month - 1]} {e.year}"

    def explain(self) -> str:
        """How the date was worked out, e.g. '"on Friday", per a report dated 1 Nov 2025'."""
        parts = []
        if self.phrase:
            parts.append(f"“{self.phrase}”")
        if self.reference is not None:
            ref = When.day(self.reference).label()
            parts.append(f"per a report dated {ref}")
        if self.basis and not parts:
            parts.append(self.basis)
        return ", ".join(parts)

    @property
    def span_days(self) -> int:
        """Length of the interval in days (1 for a single day)."""
        return (self.end - self.start).days + 1

    def overlaps(self, other: When) -> bool:
        """True when the two intervals share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def within(self, other: When) -> bool:
        """True when this interval lies inside ``other``."""
        return other.start <= self.start and self.end <= other.end


@dataclass(frozen=True, slots=True)
class Variant:
    """One version of a fact (a spelling, a venue name, a wording) and the sources that give it."""

    value: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Dated:
    """One dating of an event and the sources that give it."""

    when: When
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Mention:
    """Where a fact is reported: a document and a sentence's character offsets in its text."""

    doc: str
    start: int
    end: int


class Kind(StrEnum):
    """What an entity is."""

    PERSON = "person"
    COUNTRY = "country"
    ORGANISATION = "organisation"
    PLACE = "place"
    AGREEMENT = "agreement"
    OCCASION = "occasion"


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, country, organisation, place, agreement or occasion, reconciled across sources.

    ``aliases`` holds every spelling seen (the canonical ``name`` included) with its sources;
    ``titles`` the titles as reported; ``notes`` descriptions ("non-binding", "a close aide of ...").
    """

    id: str
    kind: Kind
    name: str
    aliases: tuple[Variant, ...] = ()
    titles: tuple[Variant, ...] = ()
    country: str | None = None
    acronym: str | None = None
    notes: tuple[Variant, ...] = ()
    sources: tuple[str, ...] = ()


class EventType(StrEnum):
    """What happened."""

    SIGNING = "signing"
    MEETING = "meeting"
    TALKS = "talks"
    VISIT = "visit"
    TARIFF = "tariff"
    STATEMENT = "statement"
    NEGOTIATION = "negotiation"


@dataclass(frozen=True, slots=True)
class Role:
    """An entity's part in an event (signatory, party, participant, speaker, actor, target ...)."""

    entity: str
    role: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as the sources state it: 25 "%" "reciprocal tariff"."""

    value: float
    unit: str
    label: str
    sources: tuple[str, ...]

    def label_text(self) -> str:
        """The figure as written: 25% reciprocal tariff, 10-year term."""
        number = f"{self.value:g}"
        if self.unit == "%":
            return f"{number}% {self.label}".strip()
        if self.unit == "year":
            return f"{number}-year {self.label}".strip()
        if self.unit == "USD":
            return f"${number} {self.label}".strip()
        return f"{number} {self.unit} {self.label}".strip()


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what, with whom, when and where, and which sources say so.

    Each attribute keeps every version the sources give (``dates``, ``places``, ``occasions``,
    ``status``); the first version is the best supported.
    """

    id: str
    type: EventType
    participants: tuple[Role, ...] = ()
    agreement: str | None = None
    dates: tuple[Dated, ...] = ()
    places: tuple[Variant, ...] = ()
    occasions: tuple[Variant, ...] = ()
    status: tuple[Variant, ...] = ()
    figures: tuple[Figure, ...] = ()
    gist: tuple[Variant, ...] = ()
    topics: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    sources: tuple[str, ...] = ()

    @property
    def when(self) -> When | None:
        """The best-supported date, if any source dates the event."""
        return self.dates[0].when if self.dates else None


@dataclass(frozen=True, slots=True)
class Quotation:
    """A direct quotation: speaker, wording variants (with who printed which), channel, date."""

    id: str
    speaker: str
    texts: tuple[Variant, ...]
    channels: tuple[Variant, ...] = ()
    when: When | None = None
    event: str | None = None
    mentions: tuple[Mention, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """An article: where it comes from and when it was published (stated, given or inferred)."""

    doc: str
    content_hash: str
    outlet: str | None = None
    url: str | None = None
    byline: str | None = None
    title: str | None = None
    published: When | None = None
    published_time: str | None = None
    published_basis: str = ""
    inferred: bool = False
    chars: int = 0
    seq: int = 0

    @property
    def label(self) -> str:
        """Outlet when known, always the document id: "The Telegraph (000_ec6a…)" or the id alone."""
        return f"{self.outlet} ({self.doc})" if self.outlet else self.doc


@dataclass(frozen=True, slots=True)
class StoryParts:
    """A story given field by field, its records produced as they are read (``StoryBuilder.frozen_parts``)."""

    sources: tuple[Source, ...]
    entities: Iterator[Entity]
    events: Iterator[Event]
    quotations: Iterator[Quotation]
    notes: dict[str, str]
    schema: int = SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class Story:
    """The whole model: what every command and the digest answer from."""

    schema: int = SCHEMA_VERSION
    sources: tuple[Source, ...] = ()
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    quotations: tuple[Quotation, ...] = ()
    notes: dict[str, str] = field(default_factory=dict)

    def totals(self) -> dict[str, int]:
        """Counts of what the model holds: articles, events, people, agreements, quotations."""
        kinds = Counter(e.kind.value for e in self.entities)
        return totals_of(len(self.sources), len(self.events), kinds, len(self.quotations))


def totals_of(articles: int, events: int, kinds: Counter[str], quotations: int) -> dict[str, int]:
    """The counts ``Story.totals`` reports, from counts taken elsewhere (a snapshot read a section at a time)."""
    return {
        "articles": articles,
        "events": events,
        "people": kinds.get("person", 0),
        "agreements": kinds.get("agreement", 0),
        "quotations": quotations,
    }
