"""The model's JSON format (schema in seeds/README.md): snapshots, per-article fragments, the seed file."""

from __future__ import annotations

import dataclasses
import gc
import gzip
import lzma
import typing
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import IO, Any

import msgspec

from bot.core.model import (
    SCHEMA_VERSION,
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
    totals_of,
)
from bot.core.names import slugify

__all__ = [
    "CodecError",
    "StoryTally",
    "collector_paused",
    "count_story_parts",
    "decode_source",
    "decode_story",
    "decode_story_parts",
    "encode_source",
    "encode_story",
    "read_seed",
    "write_seed",
    "write_story",
]

_encoder = msgspec.json.Encoder(order="deterministic")
_story_decoder = msgspec.json.Decoder(Story)
_source_decoder = msgspec.json.Decoder(Source)


class CodecError(ValueError):
    """Bytes that are not a Newsbot model of a version this Newsbot reads."""


def encode_story(story: Story) -> bytes:
    """The story as compact JSON."""
    return _encoder.encode(story)


def write_story(story: Story | StoryParts, out: IO[bytes]) -> int:
    """Write ``encode_story(story)`` to ``out`` a record at a time; returns the bytes written.

    The snapshot of a large model is tens of megabytes of JSON: written this way, it is never held whole.
    Given StoryParts, each record is frozen as it is written, so the frozen story is never held either.
    """
    written = 0

    def put(data: bytes) -> None:
        nonlocal written
        written += out.write(data)

    for position, item in enumerate(dataclasses.fields(Story)):
        put(b"{" if position == 0 else b",")
        put(_encoder.encode(item.name) + b":")
        value = getattr(story, item.name)
        if isinstance(value, tuple | Iterator):
            put(b"[")
            for number, record in enumerate(value):
                put(b"," + _encoder.encode(record) if number else _encoder.encode(record))
            put(b"]")
        else:
            put(_encoder.encode(value))
    put(b"}")
    return written


class StoryTally:
    """``Story.totals`` of StoryParts, counted as their records are read: given ``parts`` to ``write_story``, the counts
    of the model it wrote, taken without holding the model or reading the snapshot back (a large model's events alone
    are megabytes of JSON)."""

    def __init__(self, parts: StoryParts) -> None:
        self._kinds: Counter[str] = Counter()
        self._events = 0
        self._quotations = 0
        self._articles = len(parts.sources)
        self.parts = dataclasses.replace(
            parts,
            entities=self._entities(parts.entities),
            events=self._counted_events(parts.events),
            quotations=self._counted_quotations(parts.quotations),
        )
        """``parts``, counted as they are read."""

    def _entities(self, entities: Iterator[Entity]) -> Iterator[Entity]:
        for entity in entities:
            self._kinds[entity.kind.value] += 1
            yield entity

    def _counted_events(self, events: Iterator[Event]) -> Iterator[Event]:
        for event in events:
            self._events += 1
            yield event

    def _counted_quotations(self, quotations: Iterator[Quotation]) -> Iterator[Quotation]:
        for quotation in quotations:
            self._quotations += 1
            yield quotation

    def totals(self) -> dict[str, int]:
        """The counts of what has been read of the parts so far (all of it, once ``write_story`` returns)."""
        return totals_of(self._articles, self._events, self._kinds, self._quotations)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block, as it was after.

    Decoding a large model creates hundreds of thousands of objects, none of them garbage; each
    allocation threshold reached meanwhile would walk them all (two thirds of the decode time).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def decode_story(data: bytes) -> Story:
    """A story from JSON; CodecError when it is not one or has another schema version."""
    try:
        with collector_paused():
            story = _story_decoder.decode(data)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise CodecError(f"not a Newsbot story model: {exc}") from None
    _check_schema(story.schema)
    return story


def _check_schema(schema: object) -> None:
    if schema != SCHEMA_VERSION:
        raise CodecError(f"story model schema {schema} is not the supported {SCHEMA_VERSION}")


_SECTIONS = tuple(item.name for item in dataclasses.fields(Story))
"""The snapshot's top-level keys, in the order ``write_story`` writes them."""
_SECTION_DECODERS = {
    name: msgspec.json.Decoder(hint)
    for name, hint in typing.get_type_hints(Story).items()
    if name in _SECTIONS
}


def decode_story_parts(size: int, read: Callable[[int, int], bytes], scan_chunk: int = 1 << 20) -> Story:
    """A story from the ``size`` bytes that ``read(offset, length)`` returns, as ``write_story`` wrote them, one
    top-level section at a time: the bytes of the whole snapshot are never held at once (a large model's are
    tens of MB, alive beside the decoded story otherwise). The sections are found by reading ``scan_chunk``
    bytes at a time. Anything else is decoded whole."""
    bounds = _section_bounds(size, read, scan_chunk)
    if bounds is None:
        return decode_story(read(0, size))
    values: dict[str, Any] = {}
    try:
        with collector_paused():
            for name, (start, end) in bounds.items():
                data = read(start, end - start)
                values[name] = (
                    _decode_events(data) if name == "events" else _SECTION_DECODERS[name].decode(data)
                )
                del data
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise CodecError(f"not a Newsbot story model: {exc}") from None
    _check_schema(values["schema"])
    return Story(**values)


_raw_list = msgspec.json.Decoder(list[msgspec.Raw])
"""A section's records, each left undecoded (a view of the section's bytes)."""
_event_decoder = msgspec.json.Decoder(Event)


def _decode_events(data: bytes) -> tuple[Event, ...]:
    """The snapshot's events section, decoded an event at a time, each given what those before it share (see
    _SharedParts): the events are never all alive with their copies."""
    shared = _SharedParts()
    return tuple([shared.event(_event_decoder.decode(raw)) for raw in _raw_list.decode(data)])


_share = object.__setattr__
"""How a shared part is put in place in a record of the frozen dataclasses (as ``dataclasses`` does it)."""


class _SharedParts:
    """One object for each string and each tuple of strings in the parts of events that repeat them most: their
    participants, sources (of the event, its roles, dates and figures), topics and mentions.

    JSON has no references: decoded as it is stored, a snapshot repeats the id of a document as a new string
    wherever a fact cites it, and a tuple of sources as a new tuple wherever it recurs. The events are most of a
    model: those of the benchmark's 10,000 articles are 51 MiB decoded, 32 MiB shared so. Each event is given its
    shared parts as it comes from the decoder, before anything else holds it: the values are equal, only copies are
    let go. Peak RSS of a new process loading that model 142 -> 125 MiB (bench_ingest --load-db), for 0.03-0.06 s
    more in service.current() (medians of 5, alternating: 317 and 309 ms without, 339 and 380 ms with, a busy
    machine). Sharing the events' variants (places,
    status, gist ...) and dates too saved 5.3 MiB more for 0.15 s more, the other sections 2.6 MiB more for 0.08 s
    more (a load must stay under 0.5 s): they are left as decoded. Sharing only the tuples saved 7 MiB less for
    nearly the same time: most of it is the walk over each event, and letting the copies go.
    """

    def __init__(self) -> None:
        strings: dict[str, str] = {}
        tuples: dict[tuple[str, ...], tuple[str, ...]] = {}
        # The first of equal values stands for them all; dict.setdefault, a C call, is the whole lookup (a tuple's
        # own strings are those of its first copy: the later copies, strings and all, are let go).
        self._text = strings.setdefault
        self._texts = tuples.setdefault

    def event(self, event: Event) -> Event:
        # Names bound once and no helper called for each string: this runs over every part of every event.
        text, texts = self._text, self._texts
        for role in event.participants:
            _share(role, "entity", text(role.entity, role.entity))
            _share(role, "role", text(role.role, role.role))
            _share(role, "sources", texts(role.sources, role.sources))
        if event.agreement is not None:
            _share(event, "agreement", text(event.agreement, event.agreement))
        for dated in event.dates:
            _share(dated, "sources", texts(dated.sources, dated.sources))
        for figure in event.figures:
            _share(figure, "sources", texts(figure.sources, figure.sources))
        _share(event, "topics", texts(event.topics, event.topics))
        for mention in event.mentions:
            _share(mention, "doc", text(mention.doc, mention.doc))
        _share(event, "sources", texts(event.sources, event.sources))
        return event


class _Item(msgspec.Struct):
    """An entity, event, quotation or source, read for nothing but its kind (when it has one)."""

    kind: str = ""


_COUNTED = ("sources", "entities", "events", "quotations")
_count_decoder = msgspec.json.Decoder(list[_Item])


def count_story_parts(
    size: int, read: Callable[[int, int], bytes], scan_chunk: int = 1 << 20
) -> dict[str, int]:
    """``Story.totals`` of a snapshot, counted without building the story (a large model's counts, for a report, at
    the memory of one section's bytes)."""
    bounds = _section_bounds(size, read, scan_chunk)
    if bounds is None:
        return decode_story(read(0, size)).totals()
    items: dict[str, list[_Item]] = {}
    try:
        for name in _COUNTED:
            start, end = bounds[name]
            items[name] = _count_decoder.decode(read(start, end - start))
    except (KeyError, msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise CodecError(f"not a Newsbot story model: {exc}") from None
    kinds = Counter(e.kind for e in items["entities"])
    return totals_of(len(items["sources"]), len(items["events"]), kinds, len(items["quotations"]))


def _section_bounds(
    size: int, read: Callable[[int, int], bytes], scan_chunk: int
) -> dict[str, tuple[int, int]] | None:
    """Where each top-level value of a snapshot starts and ends, found by a scan for the keys that
    ``write_story`` writes (``,"events":``). A key's quotes inside a string value are escaped, so only the
    top-level keys match; nested fields of the same name ("notes") come before the top-level one, which is
    the last. None when the bytes are not laid out so."""
    keys = [(b"{" if i == 0 else b",") + _encoder.encode(name) + b":" for i, name in enumerate(_SECTIONS)]
    found: dict[int, int] = {}  # key index -> offset just after the key
    overlap = max(len(k) for k in keys)
    offset, carry = 0, b""
    while offset < size:
        chunk = read(offset, min(scan_chunk, size - offset))
        if not chunk:
            break
        data, base = carry + chunk, offset - len(carry)
        for index, key in enumerate(keys):
            last = index == len(keys) - 1
            if index in found and not last:
                continue
            if index > 0 and index - 1 not in found:
                break
            at = data.rfind(key) if last else data.find(key, max(0, found.get(index - 1, base) - base))
            if at >= 0 and base + at + len(key) > found.get(index, -1):
                found[index] = base + at + len(key)
        offset += len(chunk)
        carry = data[-overlap:]
    if len(found) != len(keys) or found[0] != len(keys[0]):
        return None  # not every key, or the first not at the start
    starts = [found[i] for i in range(len(keys))]
    ends = [found[i + 1] - len(keys[i + 1]) for i in range(len(keys) - 1)] + [size - 1]
    if any(s >= e for s, e in zip(starts, ends, strict=True)) or read(size - 1, 1) != b"}":
        return None
    return {name: (s, e) for name, s, e in zip(_SECTIONS, starts, ends, strict=True)}


def encode_source(source: Source) -> bytes:
    """An article's metadata as JSON."""
    return _encoder.encode(source)


def decode_source(data: bytes) -> Source:
    """An article's metadata from JSON."""
    try:
        return _source_decoder.decode(data)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise CodecError(f"not a Newsbot source record: {exc}") from None


SEED_FORMAT = "newsbot-seed"
_BASIS_CODES = {
    "stated": "s",
    "year taken from the publication date": "y",
    "relative to the publication date": "r",
    "the weekday on or before the publication date": "w",
    "the coming weekday": "c",
    "status as of the report's date": "a",
}
_BASIS_TEXT = {code: text for text, code in _BASIS_CODES.items()}
_PRECISION = {"day": "", "month": "", "year": "", "week": "w", "range": "r"}


def _trim(items: list[Any]) -> list[Any]:
    while items and items[-1] in (None, "", [], 0, False):
        items.pop()
    return items


def _when_code(when: When | None) -> Any:
    """A date in a few characters: 2025-10-31, 2024-08, 2024, or start..end with w (week) or r (range)."""
    if when is None:
        return None
    if when.precision is Precision.DAY:
        span = when.start.isoformat()
    elif when.precision is Precision.MONTH:
        span = when.start.isoformat()[:7]
    elif when.precision is Precision.YEAR:
        span = str(when.start.year)
    else:
        span = f"{when.start.isoformat()}..{when.end.isoformat()}{_PRECISION[when.precision.value]}"
    basis = _BASIS_CODES.get(when.basis, when.basis)
    return (
        _trim([span, when.phrase, when.reference.isoformat() if when.reference else None, basis])
        if (when.phrase or when.reference or basis)
        else span
    )


def _when_decode(value: Any) -> When | None:
    if value is None:
        return None
    span, phrase, reference, basis = (value if isinstance(value, list) else [value]) + [None] * (
        4 - (len(value) if isinstance(value, list) else 1)
    )
    ref = date.fromisoformat(reference) if reference else None
    basis = _BASIS_TEXT.get(basis or "", basis or "")
    phrase = phrase or ""
    if ".." in span:
        kind = span[-1] if span[-1] in "wr" else "r"
        start, end = span.rstrip("wr").split("..")
        precision = Precision.WEEK if kind == "w" else Precision.RANGE
        return When(date.fromisoformat(start), date.fromisoformat(end), precision, phrase, ref, basis)
    if len(span) == 4:
        return When.year(int(span), phrase, ref, basis)
    if len(span) == 7:
        return When.month(int(span[:4]), int(span[5:7]), phrase, ref, basis)
    return When.day(date.fromisoformat(span), phrase, ref, basis)


class _SeedWriter:
    def __init__(self, story: Story) -> None:
        self.docs = {source.doc: i for i, source in enumerate(story.sources)}
        self.refs = {entity.id: i for i, entity in enumerate(story.entities)}

    def src(self, sources: tuple[str, ...], parent: tuple[str, ...] | None = None) -> Any:
        return None if parent is not None and sources == parent else [self.docs[d] for d in sources]

    def variants(
        self, variants: tuple[Variant, ...], parent: tuple[str, ...], refs: bool = False
    ) -> list[Any]:
        return [
            _trim([self.refs.get(v.value, v.value) if refs else v.value, self.src(v.sources, parent)])
            for v in variants
        ]

    def entity(self, e: Entity) -> list[Any]:
        # The id is left out when it is derivable (kind:slug-of-name); so is the alias that is the name itself.
        entity_id = None if e.id == f"{e.kind.value}:{slugify(e.name)}" else e.id
        aliases = tuple(a for a in e.aliases if not (a.value == e.name and a.sources == e.sources))
        named = len(aliases) < len(e.aliases)
        return _trim(
            [
                entity_id,
                e.kind.value,
                e.name,
                self.variants(aliases, e.sources),
                self.variants(e.titles, e.sources),
                e.country,
                e.acronym,
                self.variants(e.notes, e.sources),
                self.src(e.sources),
                named,
            ]
        )

    def mentions(self, mentions: tuple[Mention, ...]) -> list[Any]:
        return [[self.docs[m.doc], m.start, m.end - m.start] for m in mentions]

    def event(self, e: Event, position: int) -> list[Any]:
        parent = e.sources
        return _trim(
            [
                None if e.id == f"event:{position:06d}" else e.id,
                e.type.value,
                [
                    _trim([self.refs.get(r.entity, r.entity), r.role, self.src(r.sources, parent)])
                    for r in e.participants
                ],
                self.refs.get(e.agreement, e.agreement) if e.agreement else None,
                [_trim([_when_code(d.when), self.src(d.sources, parent)]) for d in e.dates],
                self.variants(e.places, parent, refs=True),
                self.variants(e.occasions, parent, refs=True),
                self.variants(e.status, parent),
                [_trim([f.value, f.unit, f.label, self.src(f.sources, parent)]) for f in e.figures],
                self.variants(e.gist, parent),
                list(e.topics),
                self.mentions(e.mentions),
                self.src(e.sources),
            ]
        )

    def quotation(self, q: Quotation, position: int) -> list[Any]:
        parent = q.sources
        return _trim(
            [
                None if q.id == f"quote:{position:06d}" else q.id,
                self.refs.get(q.speaker, q.speaker),
                self.variants(q.texts, parent),
                self.variants(q.channels, parent),
                _when_code(q.when),
                q.event,
                None,
                self.src(q.sources),
            ]
        )

    def source(self, s: Source, position: int) -> dict[str, Any]:
        body = {
            "doc": s.doc,
            "hash": s.content_hash,
            "outlet": s.outlet,
            "url": s.url,
            "byline": s.byline,
            "title": s.title,
            "published": _when_code(s.published),
            "time": s.published_time,
            "basis": s.published_basis,
            "inferred": s.inferred,
            "chars": s.chars,
            "seq": None if s.seq == position + 1 else s.seq,
        }
        return {k: v for k, v in body.items() if v not in (None, "", False)}


class _SeedReader:
    def __init__(self, body: dict[str, Any]) -> None:
        self.docs = [s["doc"] for s in body.get("sources", [])]
        self.ids = [e[0] if e[0] else f"{e[1]}:{slugify(e[2])}" for e in body.get("entities", [])]

    def src(self, value: Any, parent: tuple[str, ...] = ()) -> tuple[str, ...]:
        return parent if value is None else tuple(self.docs[i] for i in value)

    def ref(self, value: Any) -> str:
        return self.ids[value] if isinstance(value, int) else str(value)

    def variants(self, items: list[Any], parent: tuple[str, ...], refs: bool = False) -> tuple[Variant, ...]:
        return tuple(
            Variant(
                self.ref(item[0]) if refs else str(item[0]),
                self.src(item[1] if len(item) > 1 else None, parent),
            )
            for item in items
        )

    def entity(self, row: list[Any]) -> Entity:
        row = row + [None] * (10 - len(row))
        sources = self.src(row[8] or [])
        aliases = self.variants(row[3] or [], sources)
        if row[9]:
            aliases = tuple(
                sorted((*aliases, Variant(row[2], sources)), key=lambda v: (-len(v.sources), v.value))
            )
        entity_id = row[0] or f"{row[1]}:{slugify(row[2])}"
        return Entity(
            id=entity_id,
            kind=Kind(row[1]),
            name=row[2],
            aliases=aliases,
            titles=self.variants(row[4] or [], sources),
            country=row[5],
            acronym=row[6],
            notes=self.variants(row[7] or [], sources),
            sources=sources,
        )

    def event(self, row: list[Any], position: int) -> Event:
        row = row + [None] * (13 - len(row))
        parent = self.src(row[12] or [])
        return Event(
            id=row[0] or f"event:{position:06d}",
            type=EventType(row[1]),
            participants=tuple(
                Role(self.ref(r[0]), r[1], self.src(r[2] if len(r) > 2 else None, parent))
                for r in row[2] or []
            ),
            agreement=self.ref(row[3]) if row[3] is not None else None,
            dates=tuple(
                Dated(
                    _when_decode(d[0]) or When.day(date.min), self.src(d[1] if len(d) > 1 else None, parent)
                )
                for d in row[4] or []
            ),
            places=self.variants(row[5] or [], parent, refs=True),
            occasions=self.variants(row[6] or [], parent, refs=True),
            status=self.variants(row[7] or [], parent),
            figures=tuple(
                Figure(
                    float(f[0]),
                    f[1],
                    f[2] if len(f) > 2 else "",
                    self.src(f[3] if len(f) > 3 else None, parent),
                )
                for f in row[8] or []
            ),
            gist=self.variants(row[9] or [], parent),
            topics=tuple(row[10] or []),
            mentions=tuple(Mention(self.docs[m[0]], m[1], m[1] + m[2]) for m in row[11] or []),
            sources=parent,
        )

    def quotation(self, row: list[Any], position: int) -> Quotation:
        row = row + [None] * (8 - len(row))
        parent = self.src(row[7] or [])
        return Quotation(
            id=row[0] or f"quote:{position:06d}",
            speaker=self.ref(row[1]),
            texts=self.variants(row[2] or [], parent),
            channels=self.variants(row[3] or [], parent),
            when=_when_decode(row[4]),
            event=row[5],
            mentions=tuple(Mention(self.docs[m[0]], m[1], m[1] + m[2]) for m in row[6] or []),
            sources=parent,
        )

    def source(self, body: dict[str, Any], position: int) -> Source:
        return Source(
            doc=body["doc"],
            content_hash=body["hash"],
            outlet=body.get("outlet"),
            url=body.get("url"),
            byline=body.get("byline"),
            title=body.get("title"),
            published=_when_decode(body.get("published")),
            published_time=body.get("time"),
            published_basis=body.get("basis", ""),
            inferred=bool(body.get("inferred", False)),
            chars=int(body.get("chars", 0)),
            seq=int(body.get("seq", position + 1)),
        )


_SEED_FILTERS = [{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME, "dict_size": 1 << 20}]
"""The strongest preset with a 1 MiB dictionary (the preset's 64 MiB one is allocated by every reader)."""


def write_seed(story: Story) -> bytes:
    """The seed file: compact JSON (format in seeds/README.md), xz-compressed (reproducible: no timestamps)."""
    writer = _SeedWriter(story)
    body = {
        "format": SEED_FORMAT,
        "schema": story.schema,
        "sources": [writer.source(s, i) for i, s in enumerate(story.sources)],
        "entities": [writer.entity(e) for e in story.entities],
        "events": [writer.event(e, i) for i, e in enumerate(story.events)],
        "quotations": [writer.quotation(q, i) for i, q in enumerate(story.quotations)],
    }
    if story.notes:
        body["notes"] = story.notes
    return lzma.compress(
        _encoder.encode(body), format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC32, filters=_SEED_FILTERS
    )


def read_seed(data: bytes) -> Story:
    """A story from a seed file (xz, gzip or plain JSON; the compact seed format or a full story)."""
    try:
        if data[:6] == b"\xfd7zXZ\x00":
            raw = lzma.decompress(data)
        elif data[:2] == b"\x1f\x8b":
            raw = gzip.decompress(data)
        else:
            raw = data
        body = msgspec.json.decode(raw)
    except (OSError, EOFError, lzma.LZMAError, msgspec.DecodeError) as exc:
        raise CodecError(f"the seed file is damaged: {exc}") from None
    if not isinstance(body, dict):
        raise CodecError("the seed file does not hold a story model")
    _check_schema(body.get("schema", SCHEMA_VERSION))
    if body.get("format") != SEED_FORMAT:
        return decode_story(raw)
    reader = _SeedReader(body)
    try:
        return Story(
            schema=SCHEMA_VERSION,
            sources=tuple(reader.source(s, i) for i, s in enumerate(body.get("sources", []))),
            entities=tuple(reader.entity(e) for e in body.get("entities", [])),
            events=tuple(reader.event(e, i) for i, e in enumerate(body.get("events", []))),
            quotations=tuple(reader.quotation(q, i) for i, q in enumerate(body.get("quotations", []))),
            notes=dict(body.get("notes", {})),
        )
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise CodecError(f"the seed file is not a valid {SEED_FORMAT} model: {exc!r}") from None


def to_builtins(story: Story) -> Any:
    """The story as plain lists and dicts (for tests and diffs)."""
    return msgspec.to_builtins(story, order="deterministic")
