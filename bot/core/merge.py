"""Merging sources: one-source fragments into one story, every version of every fact kept with its sources.

People are reconciled with rapidfuzz and context (surname, country, handles): "Peter Hegseth" and
"Pete Hegseth" are one person, and the canonical spelling is the one most sources use. One event
reported by four outlets is one event with four mentions; where outlets disagree (a venue's name,
a quotation's wording, a date), each version is kept with the sources that give it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice, product, starmap
from types import MappingProxyType
from typing import TypeVar

from rapidfuzz import fuzz

from bot.core.model import (
    Dated,
    Entity,
    Event,
    EventType,
    Figure,
    Kind,
    Mention,
    Precision,
    Quotation,
    Role,
    Source,
    Story,
    StoryParts,
    Variant,
    When,
)
from bot.core.names import name_key, slugify
from bot.core.vocab import SURNAME_PARTICLES, Vocabulary

__all__ = ["StoryBuilder", "infer_published", "match_events", "normalise_words"]

_PRECISION_RANK = {
    Precision.DAY: 0,
    Precision.WEEK: 1,
    Precision.MONTH: 2,
    Precision.RANGE: 3,
    Precision.YEAR: 4,
}
_SPELLING = (("defense", "defence"), ("ize", "ise"), ("yze", "yse"), ("u.s.", "us"), ("u.s", "us"))
_NICKNAMES = {
    "pete": "peter", "mike": "michael", "bob": "robert", "bill": "william", "tom": "thomas", "jim": "james",
    "joe": "joseph", "tony": "anthony", "dan": "daniel", "dave": "david", "steve": "steven", "chris": "christopher",
    "nick": "nicholas", "alex": "alexander", "ben": "benjamin", "sam": "samuel", "matt": "matthew", "andy": "andrew",
    "rob": "robert", "jon": "jonathan", "liz": "elizabeth", "kate": "katherine", "sue": "susan", "jen": "jennifer",
    "kathy": "katherine", "katie": "katherine", "maggie": "margaret", "peggy": "margaret", "becky": "rebecca",
    "rick": "richard", "rich": "richard", "dick": "richard", "beth": "elizabeth", "jimmy": "james",
    "muhammad": "mohammed", "mohamed": "mohammed", "mohammad": "mohammed",
}  # fmt: skip

_WORD = re.compile(r"[a-z0-9%]+")
_K = TypeVar("_K")
_R = TypeVar("_R")


@lru_cache(maxsize=1 << 13)
def normalise_words(text: str) -> str:
    """Lowercase words with British/American spellings folded, for comparing wordings."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    for a, b in _SPELLING:
        text = text.replace(a, b)
    return " ".join(_WORD.findall(text))


Docs = tuple[str, ...] | set[str]
"""The documents that give a fact: a tuple while there are few of them, a set once there are many.

Most facts have one or two sources: a tuple of one takes 48 bytes where the smallest set takes 216,
and the builder holds a hundred thousand of them (10,000 articles). Tuples are never changed in place
(``_joined`` returns a new one); a set belongs to the one record that holds it.
"""

_FEW = 64
"""Sources kept in a tuple; one more and they go into a set. Up to here a tuple is the smaller (64 sources:
552 bytes against 2,264) and copying it to add one is cheap. A 10,000-article ingest peaks at 141 MiB
(142 with 32, 145 with 16; session measurements, same snapshot bytes)."""


def _joined(docs: Docs | None, more: Iterable[str]) -> Docs:
    """``docs`` with ``more`` added: the same set grown, or a new tuple (a set once past _FEW)."""
    if isinstance(docs, set):
        docs.update(more)
        return docs
    if isinstance(more, tuple) and len(more) == 1:
        # One more source, the common case (a fragment has one): no generator, no dict.
        if not docs:
            return more
        if more[0] in docs:
            return docs
        joined = docs + more
        return set(joined) if len(joined) > _FEW else joined
    if not docs:
        docs = ()
    extra = tuple(d for d in dict.fromkeys(more) if d not in docs)
    if not extra:
        return docs
    joined = docs + extra
    return set(joined) if len(joined) > _FEW else joined


def _add_docs(facts: dict[_K, Docs], key: _K, more: Iterable[str]) -> None:
    """Record that ``more`` give the fact ``key``."""
    facts[key] = _joined(facts.get(key), more)


@dataclass(slots=True)
class _EntityRec:
    id: str
    kind: Kind
    names: dict[str, Docs] = field(default_factory=dict)
    titles: dict[str, Docs] = field(default_factory=dict)
    country: str | None = None
    acronym: str | None = None
    notes: dict[str, Docs] = field(default_factory=dict)
    sources: Docs = ()
    keys: tuple[str, ...] = ()
    keys_for: int = -1
    norms: tuple[str, ...] = ()
    norms_for: int = -1
    indexed: int = 0
    """How many of ``names`` the builder has indexed the record under: the first ones, as names are only ever added
    (a count, not a set of the names: 1,950 sets of a 10,000-article ingest were about 1 MiB)."""

    def add_variants(self, target: dict[str, Docs], variants: Iterable[Variant]) -> None:
        for v in variants:
            _add_docs(target, v.value, v.sources)


_NO_FACTS: Mapping[str, Docs] = MappingProxyType({})
"""The places, occasions, status or gist of an event record that has none: one read-only mapping that they all share.
Most events have no occasion, place or figure, more than half no status or gist; a dict of its own for each (64 bytes
empty), and a list for the figures (56), in each of the 18,459 event records of a 10,000-article ingest took 5 MiB
(peak RSS of that ingest 125.7 -> 121.1 MiB)."""


def _no_facts() -> Mapping[str, Docs]:
    return _NO_FACTS


def _added(facts: Mapping[str, Docs], items: Iterable[tuple[str, Iterable[str]]]) -> Mapping[str, Docs]:
    """``facts`` with each fact of ``items`` added, with the sources that give it: the record's own dict grown, or a
    new one in place of _NO_FACTS (never changed) once there is something to add."""
    own = facts if isinstance(facts, dict) else {}
    for key, more in items:
        _add_docs(own, key, more)
    return own or facts


@dataclass(slots=True)
class _EventRec:
    id: str
    type: EventType
    participants: dict[tuple[str, str], Docs] = field(default_factory=dict)
    agreement: str | None = None
    dates: list[tuple[When, Docs]] = field(default_factory=list)
    places: Mapping[str, Docs] = field(default_factory=_no_facts)
    occasions: Mapping[str, Docs] = field(default_factory=_no_facts)
    status: Mapping[str, Docs] = field(default_factory=_no_facts)
    figures: Sequence[tuple[float, str, str, Docs]] = ()
    """A new list for each change (figures are rare): an event without any holds no list."""
    gist: Mapping[str, Docs] = field(default_factory=_no_facts)
    topics: tuple[str, ...] = ()
    mentions: list[Mention] = field(default_factory=list)
    """In the order added, repeats and all (one article can report an event twice); build() drops repeats."""
    sources: Docs = ()
    ranked: list[tuple[When, Docs]] | None = field(default=None, repr=False, compare=False)
    """``dates`` best first, kept until they change (``add_date``)."""

    def people(self) -> set[str]:
        return {e for e, _ in self.participants if e.startswith("person:")}

    def entities(self, *roles: str) -> set[str]:
        return {e for e, r in self.participants if not roles or r in roles}

    def ranked_dates(self) -> list[tuple[When, Docs]]:
        if self.ranked is None:
            self.ranked = _rank_dates(self.dates)
        return self.ranked

    def best_when(self) -> When | None:
        return self.ranked_dates()[0][0] if self.dates else None

    def add_date(self, when: When, sources: Iterable[str]) -> None:
        """A date a source gives: the same interval at the same precision gains the source."""
        self.ranked = None
        for i, (known, dated_sources) in enumerate(self.dates):
            if known.start == when.start and known.end == when.end and known.precision is when.precision:
                self.dates[i] = (known, _joined(dated_sources, sources))
                return
        self.dates.append((when, _joined(None, sources)))


@dataclass(slots=True)
class _QuoteRec:
    id: str
    speaker: str
    texts: dict[str, Docs] = field(default_factory=dict)
    channels: dict[str, Docs] = field(default_factory=dict)
    when: When | None = None
    mentions: list[Mention] = field(default_factory=list)
    sources: Docs = ()
    key: str = ""


def _rank_dates(dates: list[tuple[When, Docs]]) -> list[tuple[When, Docs]]:
    """Best first: supported by the most sources (a range supports the days inside it), then most precise."""

    def support(item: tuple[When, Docs]) -> int:
        when = item[0]
        return len(set().union(*(s for w, s in dates if when.within(w))))

    return sorted(
        dates,
        key=lambda item: (-support(item), _PRECISION_RANK[item[0].precision], -len(item[1]), item[0].start),
    )


class StoryBuilder:
    """A mutable story that fragments are merged into; ``build()`` freezes it."""

    def __init__(self, story: Story | None = None, vocab: Vocabulary | None = None) -> None:
        self.given_names = {n.lower() for n in vocab.given_names} if vocab else set()
        self._countries = (
            {normalise_words(word): slug for word, slug in vocab.country_words.items()} if vocab else {}
        )
        """Country slugs by their names as normalised words ("us", "united states"), to read names with."""
        self._countries_in: dict[tuple[str, ...], frozenset[str]] = {}
        """What _countries_named found in each agreement's names (an agreement is compared many times)."""
        self.sources: dict[str, Source] = {}
        self.entities: dict[str, _EntityRec] = {}
        self.events: dict[str, _EventRec] = {}
        self.quotes: dict[str, _QuoteRec] = {}
        self.notes: dict[str, str] = {}
        self._by_token: dict[str, set[str]] = defaultdict(set)
        self._by_handle: dict[str, str] = {}
        self._by_flat: dict[str, set[str]] = defaultdict(set)
        self._events_by_key: dict[tuple[EventType, str], set[str]] = defaultdict(set)
        self._events_naming: dict[str, set[str]] = defaultdict(set)
        """Events by the entities they name (participants, agreement), for merging entities; never pruned."""
        self._quotes_by_speaker: dict[str, list[str]] = defaultdict(list)
        self._alias: dict[str, str] = {}
        self._next = 0
        self._serial: dict[str, int] = {"event": 0, "quote": 0}
        self._spent = False
        self._offsets: dict[int, int] = {}
        """One int object for each offset the added mentions hold: a 10,000-article model's 126,000 offsets above 256
        (Python's shared small ints) are 1,900 numbers, 3 MiB as objects of their own."""
        self._topics: dict[tuple[str, ...], tuple[str, ...]] = {}
        """One tuple for each list of topics the events hold (17,800 events of 10,000 articles, 3,400 lists)."""
        if story is not None:
            self._load(story)

    # ------------------------------------------------------------------ loading a frozen story

    def _load(self, story: Story) -> None:
        self.notes = dict(story.notes)
        for source in story.sources:
            self.sources[source.doc] = source
        for entity in story.entities:
            rec = _EntityRec(
                entity.id,
                entity.kind,
                country=entity.country,
                acronym=entity.acronym,
                sources=_joined(None, entity.sources),
            )
            rec.add_variants(rec.names, entity.aliases)
            rec.names.setdefault(entity.name, _joined(None, entity.sources))
            rec.add_variants(rec.titles, entity.titles)
            rec.add_variants(rec.notes, entity.notes)
            self._index_entity(rec)
        for event in story.events:
            ev = _EventRec(
                event.id, event.type, agreement=event.agreement, sources=_joined(None, event.sources)
            )
            for role in event.participants:
                _add_docs(ev.participants, (role.entity, role.role), role.sources)
            ev.dates = [(d.when, _joined(None, d.sources)) for d in event.dates]
            ev.places, ev.occasions, ev.status, ev.gist = (
                _added(_NO_FACTS, ((v.value, v.sources) for v in variants))
                for variants in (event.places, event.occasions, event.status, event.gist)
            )
            ev.figures = [(f.value, f.unit, f.label, _joined(None, f.sources)) for f in event.figures] or ()
            ev.topics = event.topics
            ev.mentions = list(event.mentions)
            self.events[ev.id] = ev
            self._index_event(ev)
        for quote in story.quotations:
            q = _QuoteRec(quote.id, quote.speaker, when=quote.when, sources=_joined(None, quote.sources))
            for v in quote.texts:
                _add_docs(q.texts, v.value, v.sources)
            for v in quote.channels:
                _add_docs(q.channels, v.value, v.sources)
            q.mentions = list(quote.mentions)
            q.key = normalise_words(quote.texts[0].value) if quote.texts else ""
            self.quotes[q.id] = q
            self._quotes_by_speaker[q.speaker].append(q.id)
        self._next = len(self.events) + len(self.quotes) + len(self.entities)
        self._serial = {
            "event": _next_serial(self.events, "event"),
            "quote": _next_serial(self.quotes, "quote"),
        }

    def _serial_id(self, prefix: str) -> str:
        """Events and quotations are numbered in order of creation: event:000000, event:000001, ..."""
        number = self._serial.get(prefix, 0)
        self._serial[prefix] = number + 1
        return f"{prefix}:{number:06d}"

    def _new_id(self, prefix: str, hint: str) -> str:
        base = f"{prefix}:{slugify(hint)[:60]}" if hint else prefix
        candidate = base
        while candidate in self.entities or candidate in self.events or candidate in self.quotes:
            self._next += 1
            candidate = f"{base}-{self._next}"
        return candidate

    def _index_entity(self, rec: _EntityRec) -> None:
        """Index the record under its names (only the names it was not indexed under yet)."""
        self.entities[rec.id] = rec
        new = list(islice(rec.names, rec.indexed, None))
        rec.indexed = len(rec.names)
        if rec.kind is Kind.PERSON:
            for name in new:
                if name.startswith("@"):
                    self._by_handle[name[1:].lower()] = rec.id
                    continue
                key = name_key(name)
                self._by_flat[key.replace(" ", "")].add(rec.id)
                for token in _lookup_words(key):
                    self._by_token[token].add(rec.id)
        else:
            for name in new:
                for token in normalise_words(name).split():
                    if len(token) > 2:
                        self._by_token[f"{rec.kind.value}|{token}"].add(rec.id)

    def _index_event(self, rec: _EventRec) -> None:
        for entity, _role in rec.participants:
            self._events_by_key[(rec.type, entity)].add(rec.id)
            self._events_naming[entity].add(rec.id)
        if rec.agreement:
            self._events_by_key[(rec.type, rec.agreement)].add(rec.id)
            self._events_naming[rec.agreement].add(rec.id)

    def resolve(self, entity_id: str) -> str:
        """The id an entity is known by now (merges replace ids)."""
        while entity_id in self._alias:
            entity_id = self._alias[entity_id]
        return entity_id

    # ------------------------------------------------------------------ adding a fragment

    def _mentions(self, mentions: Iterable[Mention]) -> Iterator[Mention]:
        """``mentions`` as the builder keeps them: equal, with their offsets shared (``_offsets``)."""
        offsets = self._offsets
        for m in mentions:
            yield Mention(m.doc, offsets.setdefault(m.start, m.start), offsets.setdefault(m.end, m.end))

    def _check_unspent(self) -> None:
        if self._spent:
            raise RuntimeError("this StoryBuilder has built its story already; start a new one")

    def add(self, fragment: Story, source: Source) -> dict[str, int]:
        """Merge a one-source fragment; returns counts of what was new."""
        self._check_unspent()
        self.sources[source.doc] = source
        added = {"events": 0, "people": 0, "quotations": 0}
        mapping: dict[str, str] = {}
        for entity in fragment.entities:
            target, new = self._match_entity(entity)
            mapping[entity.id] = target
            if new and entity.kind is Kind.PERSON:
                added["people"] += 1
        for event in fragment.events:
            if self._add_event(event, mapping):
                added["events"] += 1
        for quote in fragment.quotations:
            if self._add_quote(quote, mapping):
                added["quotations"] += 1
        return added

    def _match_entity(self, entity: Entity) -> tuple[str, bool]:
        if (
            entity.kind in (Kind.COUNTRY, Kind.PLACE)
            or entity.id.startswith("group:")
            or (entity.kind is Kind.ORGANISATION and entity.id in self.entities)
        ):
            target = (
                self.resolve(entity.id) if entity.id in self.entities or entity.id in self._alias else None
            )
        elif entity.kind is Kind.PERSON:
            target = self._match_person(entity)
        else:
            target = self._match_thing(entity)
        new = target is None
        if target is None:
            hint = entity.name if entity.kind is not Kind.COUNTRY else entity.id.split(":", 1)[1]
            target = (
                entity.id
                if entity.kind is Kind.COUNTRY
                or entity.id.startswith("group:")
                or (entity.kind in (Kind.PLACE, Kind.ORGANISATION) and entity.id not in self.entities)
                else self._new_id(entity.kind.value, hint)
            )
            rec = _EntityRec(target, entity.kind, country=entity.country, acronym=entity.acronym)
            self.entities[target] = rec
        rec = self.entities[target]
        rec.add_variants(rec.names, entity.aliases or (Variant(entity.name, entity.sources),))
        _add_docs(rec.names, entity.name, entity.sources)
        rec.add_variants(rec.titles, entity.titles)
        rec.add_variants(rec.notes, entity.notes)
        rec.sources = _joined(rec.sources, entity.sources)
        rec.country = rec.country or entity.country
        rec.acronym = rec.acronym or entity.acronym
        self._index_entity(rec)
        return target, new

    def _countries_named(self, norms: tuple[str, ...]) -> frozenset[str]:
        """The countries named in normalised names: "us india" in "framework us india major defence ..."."""
        known = self._countries_in.get(norms)
        if known is None:
            known = self._countries_in[norms] = self._read_countries(norms)
        return known

    def _read_countries(self, norms: tuple[str, ...]) -> frozenset[str]:
        found = set()
        for norm in norms:
            words = norm.split()
            for size in (1, 2, 3):
                for i in range(len(words) - size + 1):
                    country = self._countries.get(" ".join(words[i : i + size]))
                    if country is not None:
                        found.add(country)
        return frozenset(found)

    def _match_person(self, entity: Entity) -> str | None:
        handles = [a.value[1:].lower() for a in entity.aliases if a.value.startswith("@")]
        for handle in handles:
            if handle in self._by_handle:
                return self.resolve(self._by_handle[handle])
        names = [a.value for a in entity.aliases if not a.value.startswith("@")] or [entity.name]
        keys = tuple(dict.fromkeys(name_key(name) for name in names))
        candidates: set[str] = set()
        for key in keys:
            for token in _lookup_words(key):
                candidates |= self._by_token.get(token, set())
        for handle in handles:
            candidates |= self._by_flat.get(handle.lower(), set())
        best: tuple[float, str] | None = None
        for cand in sorted(candidates):  # in a set's order, ties would go by hash
            cand = self.resolve(cand)
            rec = self.entities[cand]
            if rec.kind is not Kind.PERSON:
                continue
            if entity.country and rec.country and entity.country != rec.country:
                continue
            score = _names_score(keys, _name_keys(rec))
            if score and (best is None or score > best[0]):
                best = (score, cand)
        return best[1] if best and best[0] >= 80 else None

    def _match_thing(self, entity: Entity) -> str | None:
        names = [a.value for a in entity.aliases] or [entity.name]
        norms = tuple(_thing_norm(n) for n in names)
        candidates: set[str] = set()
        for name in names:
            for token in normalise_words(name).split():
                if len(token) > 2 and token not in _COMMON_NAME_WORDS:
                    posting = self._by_token.get(f"{entity.kind.value}|{token}", set())
                    if len(posting) <= MAX_POSTING:
                        candidates |= posting
        countries = self._countries_named(norms) if entity.kind is Kind.AGREEMENT else frozenset()
        best: tuple[float, str] | None = None
        threshold = 88 if entity.kind is Kind.OCCASION else 90
        for cand in sorted(candidates):  # in a set's order, ties would go by hash
            cand = self.resolve(cand)
            rec = self.entities[cand]
            if rec.kind is not entity.kind:
                continue
            if entity.acronym and rec.acronym and entity.acronym.lower() == rec.acronym.lower():
                return cand
            rec_norms = _thing_norms(rec)
            if entity.kind is Kind.AGREEMENT and not (
                _agreements_compatible(norms, rec_norms)
                and _nested(countries, self._countries_named(rec_norms))
            ):
                continue
            score = max(
                starmap(fuzz.token_sort_ratio, product(norms, rec_norms))
            )  # every pair, looped over in C
            if score >= threshold and (best is None or score > best[0]):
                best = (score, cand)
        return best[1] if best else None

    def _add_event(self, event: Event, mapping: dict[str, str]) -> bool:
        participants = [
            (self.resolve(mapping.get(r.entity, r.entity)), r.role, r.sources) for r in event.participants
        ]
        agreement = self.resolve(mapping.get(event.agreement, event.agreement)) if event.agreement else None
        places = [(self.resolve(mapping.get(v.value, v.value)), v.sources) for v in event.places]
        probe = _EventRec("probe", event.type, agreement=agreement)
        for entity, role, sources in participants:
            _add_docs(probe.participants, (entity, role), sources)
        probe.dates = [(d.when, _joined(None, d.sources)) for d in event.dates]
        probe.places = _added(probe.places, places)
        probe.status = _added(probe.status, ((v.value, v.sources) for v in event.status))
        target = self._find_event(probe, event)
        new = target is None
        if target is None:
            target = _EventRec(self._serial_id("event"), event.type, agreement=agreement)
            self.events[target.id] = target
        elif agreement and target.agreement and agreement != target.agreement:
            self._merge_entities(target.agreement, agreement)
        chosen = target.agreement or agreement
        target.agreement = self.resolve(chosen) if chosen else None
        for entity, role, sources in participants:
            _upgrade_role(target, entity, role, sources)
        for d in event.dates:
            target.add_date(d.when, d.sources)
        target.places = _added(target.places, places)
        target.occasions = _added(
            target.occasions,
            ((self.resolve(mapping.get(v.value, v.value)), v.sources) for v in event.occasions),
        )
        target.status = _added(target.status, ((v.value, v.sources) for v in event.status))
        for v in event.gist:
            match = next(
                (
                    g
                    for g in target.gist
                    if fuzz.token_set_ratio(normalise_words(g), normalise_words(v.value)) >= 90
                ),
                None,
            )
            target.gist = _added(target.gist, [(match or v.value, v.sources)])
        for f in event.figures:
            for i, (number, unit, label, figure_sources) in enumerate(target.figures):
                if (
                    number == f.value
                    and unit == f.unit
                    and (label == f.label or fuzz.partial_ratio(label, f.label) >= 80)
                ):
                    figures = list(target.figures)
                    figures[i] = (
                        number,
                        unit,
                        max(label, f.label, key=len),
                        _joined(figure_sources, f.sources),
                    )
                    target.figures = figures
                    break
            else:
                target.figures = [*target.figures, (f.value, f.unit, f.label, _joined(None, f.sources))]
        extra = tuple(t for t in dict.fromkeys(event.topics) if t not in target.topics)
        if extra:
            topics = target.topics + extra
            target.topics = self._topics.setdefault(topics, topics)
        target.mentions.extend(self._mentions(event.mentions))
        target.sources = _joined(target.sources, event.sources)
        self._index_event(target)
        return new

    def _find_event(self, probe: _EventRec, event: Event) -> _EventRec | None:
        keys = {(probe.type, e) for e, _ in probe.participants} | (
            {(probe.type, probe.agreement)} if probe.agreement else set()
        )
        # Countries take part in most events: look candidates up by people and agreements, except for the
        # events that are countries' own (tariffs, negotiations), which reports tell with or without a person.
        country_level = probe.type in (EventType.TARIFF, EventType.NEGOTIATION)
        specific = keys if country_level else {k for k in keys if not k[1].startswith(("country:", "group:"))}
        candidates: set[str] = set()
        for key in specific or keys:
            candidates |= self._events_by_key.get(key, set())
        best: tuple[int, _EventRec] | None = None
        for cid in sorted(candidates):
            rec = self.events[cid]
            score = match_events(rec, probe, self)
            if score > 0 and (best is None or score > best[0]):
                best = (score, rec)
        return best[1] if best else None

    def _add_quote(self, quote: Quotation, mapping: dict[str, str]) -> bool:
        speaker = self.resolve(mapping.get(quote.speaker, quote.speaker))
        text = quote.texts[0].value
        key = normalise_words(text)
        target = None
        for qid in self._quotes_by_speaker.get(speaker, []):
            rec = self.quotes[qid]
            if _same_quote(rec.key, key):
                target = rec
                break
        new = target is None
        if target is None:
            target = _QuoteRec(self._serial_id("quote"), speaker, key=key)
            self.quotes[target.id] = target
            self._quotes_by_speaker[speaker].append(target.id)
        elif len(key) > len(target.key):
            target.key = key
        _add_docs(target.texts, text, quote.sources)
        for v in quote.channels:
            _add_docs(target.channels, v.value, v.sources)
        if quote.when and (target.when is None or quote.when.span_days < target.when.span_days):
            target.when = quote.when
        target.mentions.extend(self._mentions(quote.mentions))
        target.sources = _joined(target.sources, quote.sources)
        return new

    def _merge_entities(self, keep: str, drop: str) -> None:
        keep, drop = self.resolve(keep), self.resolve(drop)
        if keep == drop or keep not in self.entities or drop not in self.entities:
            return
        a, b = self.entities[keep], self.entities[drop]
        if len(b.sources) > len(a.sources):
            keep, drop, a, b = drop, keep, b, a
        for name, sources in b.names.items():
            _add_docs(a.names, name, sources)
        for title, sources in b.titles.items():
            _add_docs(a.titles, title, sources)
        for note, sources in b.notes.items():
            _add_docs(a.notes, note, sources)
        a.sources = _joined(a.sources, b.sources)
        a.country = a.country or b.country
        a.acronym = a.acronym or b.acronym
        del self.entities[drop]
        self._alias[drop] = keep
        self._index_entity(a)
        naming = self._events_naming.pop(drop, set())
        self._events_naming[keep] |= naming  # an event naming ``drop`` names ``keep`` now, its agreement too
        for rid in sorted(naming):
            rec = self.events[rid]
            if rec.agreement == drop:
                rec.agreement = keep
            moved = {(keep if e == drop else e, r): s for (e, r), s in rec.participants.items()}
            if moved != rec.participants:
                rec.participants = moved
                self._index_event(rec)

    # ------------------------------------------------------------------ canonical forms and freezing

    def reconcile_people(self) -> None:
        """Merge people a later source showed to be the same (a surname alone, a typo) after all are in."""
        people = [rec for rec in self.entities.values() if rec.kind is Kind.PERSON]
        people.sort(key=lambda r: (-len(r.sources), r.id))
        for rec in people:
            if rec.id not in self.entities:
                continue
            for other_id in sorted(self._person_candidates(rec)):
                other = self.entities.get(other_id)
                if other is None or other.id == rec.id or rec.id not in self.entities:
                    continue
                if rec.country and other.country and rec.country != other.country:
                    continue
                if _names_score(_name_keys(rec), _name_keys(other)) >= 80:
                    self._merge_entities(rec.id, other.id)
        for event in self.events.values():
            for entity, role in list(event.participants):
                if entity != self.resolve(entity):
                    _upgrade_role(event, self.resolve(entity), role, event.participants.pop((entity, role)))
                    self._events_naming[self.resolve(entity)].add(event.id)
        for quote in self.quotes.values():
            quote.speaker = self.resolve(quote.speaker)

    def _person_candidates(self, rec: _EntityRec) -> set[str]:
        """People sharing a name word (surname, first name) with ``rec``: the only ones worth comparing."""
        found: set[str] = set()
        for key in _name_keys(rec):
            for token in _lookup_words(key):
                found |= {self.resolve(p) for p in self._by_token.get(token, ())}
        return found

    def _canonical_name(self, rec: _EntityRec) -> str:
        names = {n: s for n, s in rec.names.items() if not n.startswith("@")}
        if not names:
            return next(iter(rec.names))
        if rec.kind is not Kind.PERSON:
            return max(
                names.items(),
                key=lambda kv: (
                    len(kv[1]),
                    len(kv[0].split()) > 1,
                    not kv[0][:1].isdigit(),
                    kv[0][:1].isupper(),
                    len(kv[0]),
                    kv[0],
                ),
            )[0]
        multi = {n: s for n, s in names.items() if len(n.split()) > 1} or names

        def score(item: tuple[str, Docs]) -> tuple[int, int, int, int, str]:
            name, sources = item
            tokens = name.split()
            known = sum(1 for t in tokens if t.lower().strip(".") in self.given_names)
            return (len(sources), known, -sum(1 for t in tokens if len(t.rstrip(".")) == 1), len(name), name)

        return max(multi.items(), key=score)[0]

    def build(self) -> Story:
        """Freeze the story: canonical names, best-supported versions first, stable order.

        This spends the builder: each record is let go as soon as it is frozen.
        """
        parts = self.frozen_parts()
        return Story(
            sources=parts.sources,
            entities=tuple(parts.entities),
            events=tuple(parts.events),
            quotations=tuple(parts.quotations),
            notes=parts.notes,
        )

    def frozen_parts(self) -> StoryParts:
        """The story ``build()`` returns, with its entities, events and quotations frozen one at a time as they
        are read (in that order), each builder record let go as it is frozen: a large model written out this
        way (``codec.write_story``) is never held twice, as records and as a frozen story. Spends the builder.
        """
        self._check_unspent()
        self.reconcile_people()
        self._spent = True
        for index in (self._by_token, self._by_flat, self._events_by_key, self._events_naming):
            index.clear()
        self._quotes_by_speaker.clear()
        self._offsets.clear()
        self._topics.clear()
        frozen = _Frozen()
        return StoryParts(
            sources=tuple(sorted(self.sources.values(), key=lambda s: (s.seq, s.doc))),
            entities=self._frozen_entities(frozen),
            events=self._frozen_events(frozen),
            quotations=self._frozen_quotations(frozen),
            notes=dict(self.notes),
        )

    def _frozen_entities(self, frozen: _Frozen) -> Iterator[Entity]:
        for rec in _drained(self.entities):
            yield Entity(
                id=rec.id,
                kind=rec.kind,
                name=self._canonical_name(rec),
                aliases=_variants(rec.names, frozen),
                titles=_variants(_fold_titles(rec.titles), frozen),
                country=rec.country,
                acronym=rec.acronym,
                notes=_variants(rec.notes, frozen),
                sources=frozen(rec.sources),
            )

    def _frozen_events(self, frozen: _Frozen) -> Iterator[Event]:
        for ev in _drained(self.events):
            participants: dict[tuple[str, str], Docs] = {}
            for (entity, role), sources in ev.participants.items():
                participants[(self.resolve(entity), role)] = sources
            yield Event(
                id=ev.id,
                type=ev.type,
                participants=tuple(
                    Role(e, r, frozen(s))
                    for (e, r), s in sorted(participants.items(), key=lambda kv: _ROLE_ORDER.get(kv[0][1], 9))
                ),
                agreement=self.resolve(ev.agreement) if ev.agreement else None,
                dates=tuple(Dated(w, frozen(s)) for w, s in _rank_dates(ev.dates)),
                places=_variants(_resolve_keys(ev.places, self.resolve), frozen),
                occasions=_variants(_resolve_keys(ev.occasions, self.resolve), frozen),
                status=_variants(ev.status, frozen),
                figures=tuple(Figure(v, u, lbl, frozen(s)) for v, u, lbl, s in ev.figures),
                gist=_variants(ev.gist, frozen),
                topics=ev.topics,
                mentions=_in_order(ev.mentions),
                sources=frozen(ev.sources),
            )

    def _frozen_quotations(self, frozen: _Frozen) -> Iterator[Quotation]:
        for qr in _drained(self.quotes):
            yield Quotation(
                id=qr.id,
                speaker=self.resolve(qr.speaker),
                texts=_variants(_fold_wordings(qr.texts), frozen, longest_first=True),
                channels=_variants(qr.channels, frozen),
                when=qr.when,
                mentions=_in_order(qr.mentions),
                sources=frozen(qr.sources),
            )


def _drained(records: dict[str, _R]) -> Iterator[_R]:
    """The records in order of their ids, each taken out of ``records`` as it is handed over."""
    for key in sorted(records):
        yield records.pop(key)


def _in_order(mentions: list[Mention]) -> tuple[Mention, ...]:
    """Each mention once, in the order of the articles and their text."""
    return tuple(sorted(dict.fromkeys(mentions), key=lambda m: (m.doc, m.start)))


def _next_serial(records: Mapping[str, object], prefix: str) -> int:
    numbers = [int(key.split(":", 1)[1]) for key in records if re.fullmatch(prefix + r":\d+", key)]
    return max(numbers) + 1 if numbers else 0


_ROLE_ORDER = {
    "signatory": 0,
    "speaker": 0,
    "actor": 1,
    "visitor": 1,
    "participant": 2,
    "party": 3,
    "target": 4,
    "destination": 5,
    "witness": 6,
}


def _upgrade_role(rec: _EventRec, entity: str, role: str, sources: Iterable[str]) -> None:
    """Add a participant; a stronger role (signatory over participant) replaces a weaker one."""
    for (e, r), existing in list(rec.participants.items()):
        if e != entity or r == role:
            continue
        if _ROLE_ORDER.get(role, 9) < _ROLE_ORDER.get(r, 9):
            rec.participants.pop((e, r))
            _add_docs(rec.participants, (entity, role), existing)
        elif {r, role} <= {"participant", "signatory", "party", "actor", "visitor", "speaker"}:
            rec.participants[(e, r)] = _joined(existing, sources)
            return
    _add_docs(rec.participants, (entity, role), sources)


def _resolve_keys(values: Mapping[str, Docs], resolve: Callable[[str], str]) -> dict[str, Docs]:
    resolved: dict[str, Docs] = {}
    for key, sources in values.items():
        _add_docs(resolved, resolve(key), sources)
    return resolved


class _Frozen:
    """Sources as the frozen story holds them: sorted tuples, one shared object for each set of sources."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, ...], tuple[str, ...]] = {}

    def __call__(self, docs: Iterable[str]) -> tuple[str, ...]:
        ordered = tuple(sorted(docs))
        return self._known.setdefault(ordered, ordered)


def _variants(
    values: Mapping[str, Docs], frozen: Callable[[Docs], tuple[str, ...]], longest_first: bool = False
) -> tuple[Variant, ...]:
    """Best supported first; between equals, the fuller wording first when asked."""
    return tuple(
        Variant(v, frozen(s))
        for v, s in sorted(
            values.items(), key=lambda kv: (-len(kv[1]), -len(kv[0]) if longest_first else 0, kv[0])
        )
    )


def _fold_titles(titles: dict[str, Docs]) -> dict[str, Docs]:
    """Titles that differ only in case are one title (the form most sources print)."""
    groups: dict[str, dict[str, Docs]] = defaultdict(dict)
    for title, sources in titles.items():
        groups[title.lower()][title] = sources
    folded: dict[str, Docs] = {}
    for forms in groups.values():
        best = max(forms.items(), key=lambda kv: (len(kv[1]), kv[0]))[0]
        folded[best] = set().union(*forms.values())
    return folded


def _fold_wordings(texts: dict[str, Docs]) -> dict[str, Docs]:
    """Wordings that differ only in spelling, case or punctuation are one wording; real differences stay."""
    groups: dict[str, dict[str, Docs]] = defaultdict(dict)
    for text, sources in texts.items():
        groups[normalise_words(text)][text] = sources
    folded: dict[str, Docs] = {}
    for forms in groups.values():
        best = max(forms.items(), key=lambda kv: (len(kv[1]), len(kv[0]), kv[0]))[0]
        folded[best] = set().union(*forms.values())
    return folded


def _thing_norm(name: str) -> str:
    text = normalise_words(name)
    text = re.sub(r"\b\d+(?:st|nd|rd|th)\b", "", text)
    return " ".join(w for w in text.split() if w not in ("the", "summit", "of", "for"))


_HEAD_WORDS = {
    "framework",
    "agreement",
    "arrangement",
    "pact",
    "treaty",
    "memorandum",
    "accord",
    "deal",
    "mou",
}


@lru_cache(maxsize=1 << 14)
def _heads(norms: tuple[str, ...]) -> frozenset[str]:
    """The head words (framework, pact ...) of normalised agreement names; remembered per set of names."""
    return frozenset(w for n in norms for w in n.split() if w in _HEAD_WORDS)


def _nested(a: frozenset[str], b: frozenset[str]) -> bool:
    """True unless each names something the other does not: two agreement names naming different pairs of
    countries (US-India, Russia-India) are two agreements, one naming fewer ("India framework") may not be."""
    return a <= b or b <= a


def _agreements_compatible(a_norms: tuple[str, ...], b_norms: tuple[str, ...]) -> bool:
    """Two agreement names can be one agreement only if their head words (framework, pact ...) do not conflict."""
    a_heads, b_heads = _heads(a_norms), _heads(b_norms)
    return not a_heads or not b_heads or bool(a_heads & b_heads)


def _names_score(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """How surely two people known by the name keys ``a`` and ``b`` are one (0 when they cannot be).

    When both have a full name, the full names decide: "Amitabh Singh" and "Rajnath Singh" are two people
    even where reports call each of them "Singh". A surname or first name alone counts only for someone
    known by nothing more.
    """
    folded_a, folded_b = tuple(map(_fold_particles, a)), tuple(map(_fold_particles, b))
    score = _scored(a, b)
    if folded_a == a and folded_b == b:
        return score  # no particle to fold (most names): the same keys score the same
    # "Al Gore" = "Albert Gore"; "Al Otaibi" = "Abdullah Al-Otaibi"
    return max(score, _scored(folded_a, folded_b))


def _scored(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    if len(a) == 1 and len(b) == 1:
        return _person_score(a[0], b[0])  # one name each: nothing to choose between
    full_a = [k for k in a if " " in k]
    full_b = [k for k in b if " " in k]
    if full_a and full_b:
        a, b = tuple(full_a), tuple(full_b)
    # Every pair, looped over in C (the remembered scores too): the busiest loop of a merge into a large model.
    return max(starmap(_person_score, product(a, b)), default=0)


_PARTICLES = SURNAME_PARTICLES - {"van", "le", "la", "y"}
"""Particles that belong to the surname after them: "Al Falasi", "Al-Falasi" and "Alfalasi" are one surname. Not
"Van" (a Vietnamese middle name), "Le" and "La" (surnames of their own) or "y" (it joins two surnames)."""


@lru_cache(maxsize=1 << 13)
def _fold_particles(key: str) -> str:
    """A name key with each surname particle joined to the word after it, by hyphen or space: "mariam al-falasi"
    and "mariam al falasi" -> "mariam alfalasi"; "al otaibi" -> "alotaibi" (a surname alone)."""
    tokens = key.split()
    words: list[str] = []
    pending = ""
    for token in tokens:
        head, dash, rest = token.partition("-")
        if dash and rest and head in _PARTICLES:
            token = head + rest
        if token in _PARTICLES and len(tokens) > 1:
            pending += token  # "von der leyen" -> "vonderleyen"
        elif pending:
            words.append(pending + token)
            pending = ""
        else:
            words.append(token)
    if pending:
        words.append(pending)
    return " ".join(words)


@lru_cache(maxsize=1 << 13)
def _lookup_words(key: str) -> frozenset[str]:
    """The words a person is looked up by: those of the name key, of its particles folded, and the parts of its
    hyphenated words ("mariam al-falasi": mariam, al-falasi, alfalasi, al, falasi); single letters left out."""
    words = set(key.split()) | set(_fold_particles(key).split())
    words |= {part for word in list(words) if "-" in word for part in word.split("-")}
    return frozenset(w for w in words if len(w) > 1)


@lru_cache(maxsize=1 << 13)
def _person_score(a: str, b: str) -> float:
    """How surely two name keys name one person (0 when they cannot); remembered, as the same pairs recur."""
    if a == b:
        return 100.0
    if "-" in a + b and a.replace("-", " ") == b.replace("-", " "):
        return 98.0  # "Yaw Boakye-Danquah" written "Yaw Boakye Danquah"
    ta, tb = a.split(), b.split()
    if not ta or not tb:
        return 0.0
    if len(ta) == 1 or len(tb) == 1:
        single, full = (ta, tb) if len(ta) == 1 else (tb, ta)
        return 85.0 if single[0] in (full[0], full[-1]) and len(single[0]) > 2 else 0.0
    if ta[-1] == tb[-1]:
        first_a, first_b = _NICKNAMES.get(ta[0], ta[0]), _NICKNAMES.get(tb[0], tb[0])
        if first_a == first_b or first_a.startswith(first_b) or first_b.startswith(first_a):
            return 95.0
        if len(ta[0]) == 1 or len(tb[0]) == 1:
            return 90.0 if ta[0][0] == tb[0][0] else 0.0
        ratio = fuzz.ratio(first_a, first_b)
        return ratio if ratio >= 80 else 0.0
    if ta[0] == tb[0] and len(ta[0]) > 1:
        short, long = (ta, tb) if len(ta) < len(tb) else (tb, ta)
        if len(short) < len(long) and long[: len(short)] == short:
            return 90.0  # "Marcelo Tarqui" of "Marcelo Tarqui Arandia": the second surname left out
        ratio = fuzz.ratio(ta[-1], tb[-1])
        return ratio if ratio >= 85 else 0.0
    ratio = fuzz.ratio(a, b)
    return ratio if ratio >= 92 else 0.0


def _same_quote(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if fuzz.ratio(a, b) >= 85:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short.split()) < 5:
        return f" {short} " in f" {long} "  # “new era”: a few words of a longer quotation, quoted in part
    return fuzz.partial_ratio(short, long) >= 92


def _dates_compatible(a: list[tuple[When, Docs]], b: list[tuple[When, Docs]]) -> bool:
    if not a or not b:
        return True
    # Plain loops, not any() over a generator: this runs for every candidate event of every report.
    for x, _ in a:
        for y, _ in b:
            if x.start <= y.end and y.start <= x.end:  # When.overlaps, inlined
                return True
    return False


def _days_apart(a: list[tuple[When, Docs]], b: list[tuple[When, Docs]]) -> int:
    """Days between the closest datings of two events (0 when they overlap or one is undated)."""
    if not a or not b:
        return 0
    return min(max((y.start - x.end).days, (x.start - y.end).days, 0) for x, _ in a for y, _ in b)


SAME_SIGNING_DAYS = 7
"""The same agreement, the same signatories, dated a few days apart by different reports: one signing."""


def match_events(rec: _EventRec, probe: _EventRec, builder: StoryBuilder) -> int:
    """How strongly ``probe`` is the same event as ``rec`` (0: not the same)."""
    if rec.type is not probe.type:
        return 0
    if not _dates_compatible(rec.dates, probe.dates):
        same_signing = (
            rec.type is EventType.SIGNING
            and rec.agreement is not None
            and rec.agreement == probe.agreement
            and _days_apart(rec.dates, probe.dates) <= SAME_SIGNING_DAYS
        )
        if not same_signing:
            return 0
    people_a, people_b = rec.people(), probe.people()
    shared_people = len(people_a & people_b)
    if rec.type is EventType.SIGNING:
        countries_a = frozenset(e for e in rec.entities() if e.startswith("country:"))
        countries_b = frozenset(e for e in probe.entities() if e.startswith("country:"))
        if not _nested(countries_a, countries_b):
            return 0  # the same agreement's name signed between other countries: another signing
        signatories_a, signatories_b = rec.entities("signatory"), probe.entities("signatory")
        if len(signatories_a) > 1 and len(signatories_b) > 1 and not signatories_a & signatories_b:
            return 0  # two pairs of signatories with no one in common: two signings
        if rec.agreement is not None and rec.agreement == probe.agreement:
            return 10 + shared_people
        dated_same_day = any(
            x.precision is Precision.DAY and y.precision is Precision.DAY and x.start == y.start
            for x, _ in rec.dates
            for y, _ in probe.dates
        )
        if rec.agreement and probe.agreement:
            a = builder.entities.get(builder.resolve(rec.agreement))
            b = builder.entities.get(builder.resolve(probe.agreement))
            if a and b and not _agreements_compatible(_thing_norms(a), _thing_norms(b)):
                return 0
            if a and b and a.acronym and b.acronym and a.acronym != b.acronym:
                return 0
        if signatories_a & signatories_b and (dated_same_day or not rec.dates or not probe.dates):
            return 5 + len(signatories_a & signatories_b)
        if (
            dated_same_day
            and countries_a
            and countries_a == countries_b
            and (people_a & people_b or not people_a or not people_b)
        ):
            return 3
        return 0
    if rec.type in (EventType.MEETING, EventType.TALKS, EventType.VISIT):
        if shared_people >= 2 or (shared_people == 1 and (len(people_a) == 1 or len(people_b) == 1)):
            return 5 + shared_people
        return 0
    if rec.type is EventType.TARIFF:
        targets_a, targets_b = rec.entities("target"), probe.entities("target")
        if targets_a and targets_b and not targets_a & targets_b:
            return 0
        figures_a = {(v, u) for v, u, _l, _s in rec.figures}
        figures_b = {(v, u) for v, u, _l, _s in probe.figures}
        if figures_a and figures_b and not figures_a & figures_b:
            return 0
        return 3 + len(targets_a & targets_b)
    if rec.type is EventType.STATEMENT:
        if not people_a & people_b and not (rec.entities("speaker") & probe.entities("speaker")):
            return 0
        if rec.dates and probe.dates:
            return 4
        gists_a = [normalise_words(g) for g in rec.gist]
        gists_b = [normalise_words(g) for g in probe.gist]
        if any(fuzz.token_set_ratio(x, y) >= 70 for x in gists_a for y in gists_b):
            return 3
        return 0
    if rec.type is EventType.NEGOTIATION:
        if rec.agreement != probe.agreement:
            return 0
        status_a, status_b = set(rec.status), set(probe.status)
        return 2 if not status_a or not status_b or status_a & status_b else 0
    return 0


def infer_published(
    fragment: Story, builder: StoryBuilder, told_as_yesterday: Callable[[Event], bool] | None = None
) -> tuple[date, str] | None:
    """A publication date for an undated article: the latest known date of the events it reports.

    An event counts as reported when the article has an event of the same type with two of its
    people, or one of its people and its agreement. An event that ``told_as_yesterday`` says the article tells as
    yesterday ("signed an agreement yesterday") dates the article the day after its last day; so does a visit told as
    ended yesterday ("returned home yesterday from a three-day visit") with its visitor and where they went alone (a
    visitor goes to a country more than once: only its end told as yesterday ties the page to one visit).
    """
    best: tuple[date, str] | None = None
    names = {e.id: name_key(e.name) for e in fragment.entities if e.kind is Kind.PERSON}
    for event in fragment.events:
        mine = {names[r.entity] for r in event.participants if r.entity in names}
        if not mine:
            continue
        frag_agreement = _fragment_names(fragment, event.agreement)
        yesterday = told_as_yesterday is not None and told_as_yesterday(event)
        went_to = (
            {r.entity for r in event.participants if r.role == "destination"}
            if event.type is EventType.VISIT and yesterday
            else set()
        )
        if len(mine) < 2 and not frag_agreement and not went_to:
            continue  # one person and no agreement or destination: no event can count as reported
        candidates: set[str] = set()
        for key in mine:
            for token in _lookup_words(key):
                for person in builder._by_token.get(token, ()):
                    candidates |= builder._events_by_key.get((event.type, builder.resolve(person)), set())
        for event_id in sorted(candidates):
            rec = builder.events[event_id]
            when = rec.best_when()
            if when is None or not (
                when.precision is Precision.DAY or (when.precision is Precision.RANGE and when.span_days <= 7)
            ):
                continue
            # A day; or the few days of a visit ("a three-day state visit"), which may run on after the page: the page
            # is from the first of them on (the day after the last, told as ended yesterday).
            day = (
                when.end + timedelta(days=1)
                if yesterday
                else when.end
                if when.precision is Precision.DAY
                else when.start
            )
            if best and day <= best[0]:
                continue
            agreement_names: set[str] = set()
            if rec.agreement and rec.agreement in builder.entities:
                agreement_names = {normalise_words(n) for n in builder.entities[rec.agreement].names}
            shared_agreement = bool(frag_agreement & agreement_names) or any(
                fuzz.token_set_ratio(a, b) >= 90 for a in frag_agreement for b in agreement_names
            )
            if frag_agreement and agreement_names and not shared_agreement:
                continue  # the same people, another agreement: not the event this article reports
            theirs = [_name_keys(builder.entities[e]) for e in sorted(rec.people()) if e in builder.entities]
            shared = {n for n in mine if any(_names_score((n,), keys) >= 80 for keys in theirs)}
            if (
                len(shared) >= 2
                or (shared and shared_agreement)
                or (shared and went_to and went_to & rec.entities("destination"))
            ):
                # (a visit's days told as ended yesterday: "returned home yesterday from a three-day visit")
                told = " as yesterday" if yesterday else ""
                best = (day, f"inferred from the {event.type.value} it reports{told} ({when.label()})")
    return best


def _thing_norms(rec: _EntityRec) -> tuple[str, ...]:
    """The record's names, normalised for comparison (cached on the record until its names change)."""
    if rec.norms_for != len(rec.names):
        rec.norms = tuple(dict.fromkeys(_thing_norm(n) for n in rec.names))
        rec.norms_for = len(rec.names)
    return rec.norms


MAX_POSTING = 400
"""An index word shared by more things than this names no particular one (it is not used to find candidates)."""
_COMMON_NAME_WORDS = {
    "the", "and", "for", "agreement", "framework", "arrangement", "pact", "treaty", "memorandum", "accord", "deal",
    "protocol", "charter", "declaration", "convention", "partnership", "cooperation", "meeting", "summit",
    "conference", "forum", "dialogue", "ministry", "ministers", "minister", "understanding", "joint", "strategic",
}  # fmt: skip


def _name_keys(rec: _EntityRec) -> tuple[str, ...]:
    """The record's spellings as name keys (cached on the record until its spellings change)."""
    if rec.keys_for != len(rec.names):
        rec.keys = tuple(dict.fromkeys(name_key(n) for n in rec.names if not n.startswith("@")))
        rec.keys_for = len(rec.names)
    return rec.keys


def _fragment_names(fragment: Story, entity_id: str | None) -> set[str]:
    for entity in fragment.entities:
        if entity.id == entity_id:
            return {normalise_words(a.value) for a in entity.aliases} | {normalise_words(entity.name)}
    return set()
