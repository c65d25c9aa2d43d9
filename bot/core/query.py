"""Questions put to the story model. Answers are data (no Slack text); every fact carries its sources."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz, process

from bot.core.describe import describe_event, join_names, person_label
from bot.core.model import Entity, Event, EventType, Kind, Quotation, Source, Story, Variant, When
from bot.core.names import slugify

__all__ = [
    "Cited",
    "Disagreement",
    "NoMatch",
    "PersonRef",
    "QuoteAnswer",
    "QuoteGroup",
    "SigningAnswer",
    "SourceRef",
    "SourcesAnswer",
    "StoryIndex",
    "TimelineAnswer",
    "TimelineEntry",
]

DEFAULT_TOPIC = "india-us"
"""What /timeline shows without an argument: the whole bilateral story (the most reported pair if absent)."""
MATCH_THRESHOLD = 78


@dataclass(frozen=True)
class SourceRef:
    """A source as answers cite it: outlet when known, document id always."""

    doc: str
    outlet: str | None
    byline: str | None
    title: str | None
    published: str
    published_basis: str
    inferred: bool

    @property
    def label(self) -> str:
        """ "The Telegraph (000_ec6a…)" or the document id."""
        return f"{self.outlet} ({self.doc})" if self.outlet else self.doc

    @property
    def short(self) -> str:
        """The outlet, else the document id."""
        return self.outlet or self.doc


@dataclass(frozen=True)
class Cited:
    """A value and the sources that give it."""

    value: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class PersonRef:
    """A person in an answer: canonical name, title as reported, country, sources."""

    id: str
    name: str
    title: str | None
    country: str | None
    sources: tuple[str, ...]
    aliases: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """Title and name."""
        return f"{self.title} {self.name}" if self.title else self.name


@dataclass(frozen=True)
class NoMatch:
    """Nothing in the model matches the argument; the closest few are suggested."""

    query: str
    what: str
    suggestions: tuple[str, ...]


@dataclass(frozen=True)
class SigningAnswer:
    """Who signed an agreement, when, where, and on whose authority."""

    event_id: str
    agreement: str
    acronym: str | None
    notes: tuple[Cited, ...]
    signatories: tuple[PersonRef, ...]
    parties: tuple[str, ...]
    when: When | None
    dates: tuple[tuple[When, tuple[str, ...]], ...]
    places: tuple[Cited, ...]
    occasions: tuple[Cited, ...]
    status: str | None
    sources: tuple[SourceRef, ...]
    signatory_sources: tuple[str, ...]
    total_sources: int
    other_agreements: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a timeline."""

    event_id: str
    when: When | None
    text: str
    sources: tuple[str, ...]
    topics: tuple[str, ...]

    @property
    def single_source(self) -> bool:
        """True when only one source reports it."""
        return len(self.sources) == 1


@dataclass(frozen=True)
class TimelineAnswer:
    """A chronological list of what happened in a topic or to a person."""

    subject: str
    kind: str
    entries: tuple[TimelineEntry, ...]
    undated: tuple[TimelineEntry, ...]
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class QuoteGroup:
    """Consecutive quotations of one speaker through one channel."""

    channel: str | None
    when: When | None
    quotes: tuple[tuple[str, tuple[str, ...], tuple[Cited, ...]], ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class QuoteAnswer:
    """What a person said: direct quotations, else what they were reported as saying."""

    person: PersonRef
    groups: tuple[QuoteGroup, ...]
    paraphrases: tuple[tuple[str, When | None, tuple[str, ...]], ...]
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class Disagreement:
    """A point where the sources differ, each version with who gave it."""

    subject: str
    aspect: str
    versions: tuple[Cited, ...]


@dataclass(frozen=True)
class SourcesAnswer:
    """The sources behind a topic and the points where they disagree."""

    subject: str
    sources: tuple[SourceRef, ...]
    counts: dict[str, int]
    disagreements: tuple[Disagreement, ...]


@dataclass(frozen=True)
class _Choice:
    label: str
    kind: str
    target: str


@dataclass(frozen=True)
class _Pool:
    """The choices of some kinds with what matching needs, normalised once per index."""

    choices: list[_Choice]
    labels: list[str]
    exact: dict[str, list[_Choice]]
    words: dict[str, set[int]]
    """Each word of a label, to the labels (by position) that have it."""

    @classmethod
    def of(cls, choices: list[_Choice]) -> _Pool:
        labels = [_normalise(c.label) for c in choices]
        exact: dict[str, list[_Choice]] = defaultdict(list)
        words: dict[str, set[int]] = defaultdict(set)
        for i, (label, choice) in enumerate(zip(labels, choices, strict=True)):
            exact[label].append(choice)
            for word in label.split():
                words[word].add(i)
        return cls(choices, labels, dict(exact), dict(words))

    def containing(self, words: Sequence[str]) -> list[int]:
        """Labels with more words than typed that have every typed word (4+ letters, allowing a typo):
        "liaison" in a long agreement name."""
        if not words or any(len(w) < 4 for w in words):
            return []
        found: set[int] | None = None
        vocabulary = list(self.words)
        for word in words:
            near = process.extract(word, vocabulary, scorer=fuzz.ratio, score_cutoff=85, limit=None)
            having = set().union(*(self.words[w] for w, _score, _i in near)) if near else set()
            found = having if found is None else found & having
            if not found:
                return []
        return sorted(i for i in found or () if len(self.labels[i].split()) > len(words))


@dataclass
class StoryIndex:
    """The story, indexed for answering. Build once per model version; queries are read-only."""

    story: Story
    entities: dict[str, Entity] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    events_by_entity: dict[str, list[Event]] = field(default_factory=dict)
    events_by_topic: dict[str, list[Event]] = field(default_factory=dict)
    quotes_by_speaker: dict[str, list[Quotation]] = field(default_factory=dict)
    _choices: list[_Choice] | None = None
    _pools: dict[tuple[str, ...], _Pool] = field(default_factory=dict)
    _country_words: dict[str, str] | None = None
    _topics: list[str] | None = None
    _stats: dict[str, int] | None = None

    @classmethod
    def build(cls, story: Story) -> StoryIndex:
        """Index a story."""
        index = cls(story)
        index.entities = {e.id: e for e in story.entities}
        index.sources = {s.doc: s for s in story.sources}
        by_entity: dict[str, list[Event]] = defaultdict(list)
        by_topic: dict[str, list[Event]] = defaultdict(list)
        countries = {e.id.removeprefix("country:") for e in story.entities if e.kind is Kind.COUNTRY}
        pairs: dict[str, tuple[str, ...]] = {}  # (a few hundred topics over tens of thousands of events)
        for event in story.events:
            for role in event.participants:
                by_entity[role.entity].append(event)
            if event.agreement:
                by_entity[event.agreement].append(event)
            named = {role.entity for role in event.participants}
            for topic in event.topics:
                by_topic[topic].append(event)
                # A country's events are also those of its pairs: "japan" holds "japan-philippines".
                pair = pairs.get(topic)
                if pair is None:
                    pair = pairs[topic] = _pair_countries(topic, countries)
                for slug in pair:
                    if f"country:{slug}" not in named:
                        named.add(f"country:{slug}")
                        by_entity[f"country:{slug}"].append(event)
        quotes: dict[str, list[Quotation]] = defaultdict(list)
        for quote in story.quotations:
            quotes[quote.speaker].append(quote)
        index.events_by_entity = dict(by_entity)
        index.events_by_topic = dict(by_topic)
        index.quotes_by_speaker = dict(quotes)
        return index

    # ------------------------------------------------------------------ lookups

    def entity(self, entity_id: str) -> Entity | None:
        """An entity by id."""
        return self.entities.get(entity_id)

    def source_ref(self, doc: str) -> SourceRef:
        """How a source is cited."""
        source = self.sources.get(doc)
        if source is None:
            return SourceRef(doc, None, None, None, "", "", False)
        return SourceRef(
            doc=doc,
            outlet=source.outlet,
            byline=source.byline,
            title=source.title,
            published=source.published.label() if source.published else "",
            published_basis=source.published_basis,
            inferred=source.inferred,
        )

    def refs(self, docs: Iterable[str]) -> tuple[SourceRef, ...]:
        """Source refs in publication order."""
        unique = sorted(set(docs), key=lambda d: (self._published(d), d))
        return tuple(self.source_ref(d) for d in unique)

    def _published(self, doc: str) -> date:
        source = self.sources.get(doc)
        return source.published.start if source and source.published else date.max

    def person_ref(self, entity_id: str, sources: Sequence[str] = ()) -> PersonRef:
        """A person (or organisation) as answers show them, with the title most sources give."""
        entity = self.entities.get(entity_id)
        if entity is None:
            return PersonRef(entity_id, entity_id, None, None, tuple(sources))
        title = _best_title(entity, sources)
        country = (
            self.entities[f"country:{entity.country}"].name
            if entity.country and f"country:{entity.country}" in self.entities
            else entity.country
        )
        aliases = tuple(a.value for a in entity.aliases if a.value != entity.name)
        return PersonRef(entity.id, entity.name, title, country, tuple(sources) or entity.sources, aliases)

    def topics(self) -> list[str]:
        """Every topic, the most reported first."""
        if self._topics is None:
            counts = Counter(
                {t: len({s for e in events for s in e.sources}) for t, events in self.events_by_topic.items()}
            )
            self._topics = [t for t, _ in counts.most_common()]
        return list(self._topics)

    def default_topic(self) -> str:
        """india-us when the model has it, else the most reported country pair, else the largest topic."""
        topics = self.topics()
        if DEFAULT_TOPIC in self.events_by_topic:
            return DEFAULT_TOPIC
        pairs = [t for t in topics if _is_pair(t)]
        return pairs[0] if pairs else (topics[0] if topics else DEFAULT_TOPIC)

    # ------------------------------------------------------------------ matching user text

    def choices(self) -> list[_Choice]:
        """Everything an argument can name: topics, people (names and aliases), agreements, occasions."""
        if self._choices is None:
            items: list[_Choice] = []
            for topic in self.events_by_topic:
                items.append(_Choice(topic, "topic", topic))
                if _is_pair(topic):
                    a, b = topic.split("-", 1) if topic.count("-") == 1 else (topic, "")
                    items.append(_Choice(f"{b}-{a}", "topic", topic))
            for entity in self.entities.values():
                if entity.kind in (
                    Kind.PERSON,
                    Kind.AGREEMENT,
                    Kind.ORGANISATION,
                    Kind.OCCASION,
                    Kind.COUNTRY,
                ):
                    names = {entity.name, *(a.value.lstrip("@") for a in entity.aliases)}
                    if entity.acronym:
                        names.add(entity.acronym)
                    for name in names:
                        items.append(_Choice(name, entity.kind.value, entity.id))
                    if entity.kind is Kind.PERSON:
                        for token in entity.name.split():
                            if len(token) > 2:
                                items.append(_Choice(token, "person", entity.id))
            self._choices = items
        return self._choices

    def match(self, text: str, kinds: Sequence[str]) -> tuple[_Choice | None, tuple[str, ...]]:
        """The best thing ``text`` names among ``kinds``, and suggestions when nothing is close enough."""
        query = _normalise(text)
        pool = self._pool(tuple(kinds))
        choices, labels = pool.choices, pool.labels
        if not query or not choices:
            return None, ()
        pair = self._pair_topic(query) if "topic" in kinds else None
        if pair is not None:
            return _Choice(pair, "topic", pair), ()
        exact = pool.exact.get(query)
        if exact:
            return _prefer(exact, kinds), ()
        scored = process.extract(query, labels, scorer=fuzz.WRatio, limit=12, score_cutoff=50)
        best = [(score, choices[i]) for _label, score, i in scored]
        best.extend((90.0, choices[i]) for i in pool.containing(query.split()))
        strong = [
            (score, c) for score, c in best if score >= MATCH_THRESHOLD and _close_enough(query, c.label)
        ]
        if strong:
            top = max(score for score, _ in strong)
            return _prefer([c for score, c in strong if score >= top - 2], kinds), ()
        suggestions = []
        for _score, choice in best:
            label = self._display(choice)
            if label not in suggestions:
                suggestions.append(label)
        return None, tuple(suggestions[:4])

    def _pool(self, kinds: tuple[str, ...]) -> _Pool:
        pool = self._pools.get(kinds)
        if pool is None:
            pool = _Pool.of([c for c in self.choices() if c.kind in kinds])
            self._pools[kinds] = pool
        return pool

    def _display(self, choice: _Choice) -> str:
        if choice.kind == "topic":
            return choice.target
        entity = self.entities.get(choice.target)
        return entity.name if entity else choice.label

    def _pair_topic(self, query: str) -> str | None:
        words = query.replace("-", " ").split()
        if self._country_words is None:
            names: dict[str, str] = {}
            for entity in self.entities.values():
                if entity.kind is Kind.COUNTRY:
                    slug = entity.id.split(":", 1)[1]
                    for name in (
                        slug,
                        _normalise(entity.name),
                        *(_normalise(a.value) for a in entity.aliases),
                    ):
                        names.setdefault(name, slug)
            self._country_words = names
        found: list[str] = []
        for word in words:
            country = self._country_words.get(word)
            if country is not None and country not in found:
                found.append(country)
        if len(found) == 2 and len(words) <= 3:
            topic = "-".join(sorted(found))
            return topic if topic in self.events_by_topic else None
        return None

    # ------------------------------------------------------------------ who signed

    def signings(self, topic: str | None = None) -> list[Event]:
        """Signing events (of one topic, when given), the most corroborated first."""
        events = [
            e
            for e in self.story.events
            if e.type is EventType.SIGNING and (topic is None or topic in e.topics)
        ]
        return sorted(
            events, key=lambda e: (-len(e.sources), -(e.when.start.toordinal() if e.when else 0), e.id)
        )

    def who_signed(self, text: str = "") -> SigningAnswer | NoMatch:
        """Signatories of an agreement (fuzzy name); without one, the story's main signing."""
        signings = self.signings()
        if not signings:
            return NoMatch(text, "signing", ())
        if not text.strip():
            event = (self.signings(self.default_topic()) or signings)[0]
        else:
            choice, suggestions = self.match(text, ("agreement",))
            if choice is None:
                person, _ = self.match(text, ("person",))
                signed = [
                    e
                    for e in signings
                    if person
                    and any(r.entity == person.target and r.role == "signatory" for r in e.participants)
                ]
                if not signed:
                    return NoMatch(
                        text, "agreement", suggestions or tuple(self._agreement_names(signings)[:4])
                    )
                event = signed[0]
            else:
                events = [e for e in signings if e.agreement == choice.target]
                if not events:
                    return NoMatch(text, "agreement", tuple(self._agreement_names(signings)[:4]))
                event = events[0]
        return self._signing_answer(event, signings)

    def _agreement_names(self, signings: Sequence[Event]) -> list[str]:
        names = []
        for event in signings:
            agreement = self.entities.get(event.agreement or "")
            if agreement and agreement.name not in names:
                names.append(agreement.acronym or agreement.name)
        return names

    def _signing_answer(self, event: Event, signings: Sequence[Event]) -> SigningAnswer:
        agreement = self.entities.get(event.agreement or "")
        signatories = tuple(
            self.person_ref(r.entity, r.sources)
            for r in event.participants
            if r.role == "signatory"
            and r.entity in self.entities
            and self.entities[r.entity].kind is Kind.PERSON
        )
        signatory_sources = tuple(
            sorted({s for r in event.participants if r.role == "signatory" for s in r.sources})
        )
        parties = tuple(
            dict.fromkeys(
                self.entities[r.entity].name
                for r in event.participants
                if r.role == "party" and r.entity in self.entities
            )
        )
        others = tuple(
            n
            for n in self._agreement_names(signings)
            if agreement is None or n not in (agreement.name, agreement.acronym)
        )
        return SigningAnswer(
            event_id=event.id,
            agreement=agreement.name if agreement else "an agreement",
            acronym=agreement.acronym if agreement else None,
            notes=tuple(Cited(n.value, n.sources) for n in (agreement.notes if agreement else ())),
            signatories=signatories,
            parties=parties,
            when=event.when,
            dates=tuple((d.when, d.sources) for d in event.dates),
            places=self._cite_entities(event.places),
            occasions=self._cite_entities(event.occasions, acronyms=True),
            status=event.status[0].value if event.status else None,
            sources=self.refs(event.sources),
            signatory_sources=signatory_sources,
            total_sources=len(self.sources),
            other_agreements=others,
        )

    def _cite_entities(self, variants: Sequence[Variant], acronyms: bool = False) -> tuple[Cited, ...]:
        cited = []
        for v in variants:
            entity = self.entities.get(v.value)
            name = entity.name if entity else v.value
            if acronyms and entity and entity.acronym and entity.acronym not in name:
                name = f"{name} ({entity.acronym})"
            cited.append(Cited(name, v.sources))
        return tuple(cited)

    # ------------------------------------------------------------------ timeline

    def timeline(self, text: str = "") -> TimelineAnswer | NoMatch:
        """Chronological events of a topic or person (default: the whole bilateral story)."""
        if not text.strip():
            topic = self.default_topic()
            return self._timeline(topic, "topic", self.events_by_topic.get(topic, []))
        choice, suggestions = self.match(text, ("topic", "person", "agreement", "country", "organisation"))
        if choice is None:
            return NoMatch(text, "topic or person", suggestions or tuple(self.topics()[:4]))
        if choice.kind == "topic":
            return self._timeline(choice.target, "topic", self.events_by_topic.get(choice.target, []))
        entity = self.entities[choice.target]
        events = self.events_by_entity.get(entity.id, [])
        return self._timeline(entity.name, entity.kind.value, events, person=entity.kind is Kind.PERSON)

    def _timeline(
        self, subject: str, kind: str, events: Sequence[Event], person: bool = False
    ) -> TimelineAnswer:
        entries: list[TimelineEntry] = []
        undated: list[TimelineEntry] = []
        for event in events:
            if event.type is EventType.STATEMENT and event.when is None and not person:
                continue
            entry = TimelineEntry(
                event_id=event.id,
                when=event.when,
                text=describe_event(event, self.entity, titles=False),
                sources=event.sources,
                topics=event.topics,
            )
            (entries if event.when else undated).append(entry)
        entries.sort(
            key=lambda e: (e.when.start if e.when else date.max, e.when.end if e.when else date.max, e.text)
        )
        undated.sort(key=lambda e: (-len(e.sources), e.text))
        docs = {s for e in events for s in e.sources}
        return TimelineAnswer(subject, kind, tuple(entries), tuple(undated), self.refs(docs))

    # ------------------------------------------------------------------ quotations

    def quotes(self, text: str = "") -> QuoteAnswer | NoMatch:
        """Direct quotations of a person (default: the most quoted), grouped by channel, with wording variants."""
        if not text.strip():
            if not self.quotes_by_speaker:
                return NoMatch(text, "person", ())
            speaker = max(
                self.quotes_by_speaker,
                key=lambda s: (len({d for q in self.quotes_by_speaker[s] for d in q.sources}), s),
            )
        else:
            choice, suggestions = self.match(text, ("person", "organisation"))
            if choice is None:
                people = [e.name for e in self.entities.values() if e.kind is Kind.PERSON]
                return NoMatch(text, "person", suggestions or tuple(people[:4]))
            speaker = choice.target
        person = self.person_ref(speaker)
        quotes = sorted(
            self.quotes_by_speaker.get(speaker, []),
            key=lambda q: (q.mentions[0].doc, q.mentions[0].start) if q.mentions else ("", 0),
        )
        groups: dict[tuple[str | None, str], list[Quotation]] = defaultdict(list)
        order: list[tuple[str | None, str]] = []
        for quote in quotes:
            channel = quote.channels[0].value if quote.channels else None
            key = (channel, quote.when.label() if quote.when else "")
            if key not in groups:
                order.append(key)
            groups[key].append(quote)
        built = []
        for key in order:
            items = groups[key]
            lines = []
            for quote in items:
                best = quote.texts[0]
                variants = tuple(Cited(v.value, v.sources) for v in quote.texts[1:])
                lines.append((best.value, best.sources, variants))
            docs = tuple(sorted({d for q in items for d in q.sources}))
            built.append(QuoteGroup(key[0], items[0].when, tuple(lines), docs))
        paraphrases = []
        for event in self.events_by_entity.get(speaker, []):
            if event.type is EventType.STATEMENT and any(
                r.entity == speaker and r.role == "speaker" for r in event.participants
            ):
                for gist in event.gist:
                    paraphrases.append((gist.value, event.when, gist.sources))
        cited = {d for q in quotes for d in q.sources} | {d for _g, _w, s in paraphrases for d in s}
        if not cited and speaker in self.entities:
            cited = set(self.entities[speaker].sources)
        return QuoteAnswer(person, tuple(built), tuple(paraphrases), self.refs(cited))

    # ------------------------------------------------------------------ sources and disagreements

    def sources_of(self, text: str = "") -> SourcesAnswer | NoMatch:
        """The sources behind a topic (default: the whole story) and where they disagree."""
        if not text.strip():
            subject = self.default_topic()
            events = self.events_by_topic.get(subject, list(self.story.events))
        else:
            choice, suggestions = self.match(
                text, ("topic", "person", "agreement", "country", "organisation", "occasion")
            )
            if choice is None:
                return NoMatch(text, "topic", suggestions or tuple(self.topics()[:4]))
            if choice.kind == "topic":
                subject = choice.target
                events = self.events_by_topic.get(subject, [])
            else:
                subject = self.entities[choice.target].name
                events = self.events_by_entity.get(choice.target, [])
        docs = {s for e in events for s in e.sources}
        counts = Counter(s for e in events for s in e.sources)
        return SourcesAnswer(subject, self.refs(docs), dict(counts), tuple(self.disagreements(events)))

    def disagreements(self, events: Sequence[Event]) -> list[Disagreement]:
        """Where sources give different versions: venues, dates, wordings of quotations, spellings of names."""
        found: list[Disagreement] = []
        people: set[str] = set()
        for event in events:
            label = describe_event(event, self.entity)
            if len({self._occasion_key(v.value) for v in event.occasions}) > 1:
                found.append(
                    Disagreement(label, "occasion", self._cite_entities(event.occasions, acronyms=True))
                )
            if len(event.places) > 1:
                found.append(Disagreement(label, "place", self._cite_entities(event.places)))
            dated = [d for d in event.dates]
            if len(dated) > 1 and not all(dated[0].when.overlaps(d.when) for d in dated[1:]):
                found.append(
                    Disagreement(label, "date", tuple(Cited(d.when.label(), d.sources) for d in dated))
                )
            for role in event.participants:
                if role.entity.startswith("person:"):
                    people.add(role.entity)
        for speaker in sorted(people | {q.speaker for e in events for q in self._event_quotes(e)}):
            entity = self.entities.get(speaker)
            if entity is None:
                continue
            spellings = [
                a for a in entity.aliases if not a.value.startswith("@") and len(a.value.split()) > 1
            ]
            if len(spellings) > 1:
                found.append(
                    Disagreement(
                        entity.name,
                        "spelling of the name",
                        tuple(Cited(a.value, a.sources) for a in spellings),
                    )
                )
            for quote in self.quotes_by_speaker.get(speaker, []):
                if len(quote.texts) > 1:
                    found.append(
                        Disagreement(
                            f"{entity.name}, quoted",
                            "wording",
                            tuple(Cited(v.value, v.sources) for v in quote.texts),
                        )
                    )
        return found

    def _event_quotes(self, event: Event) -> list[Quotation]:
        speakers = {r.entity for r in event.participants}
        return [q for s in speakers for q in self.quotes_by_speaker.get(s, [])]

    def _occasion_key(self, value: str) -> str:
        return value

    # ------------------------------------------------------------------ people

    def person(self, text: str) -> PersonRef | NoMatch:
        """A person by fuzzy name or alias."""
        choice, suggestions = self.match(text, ("person",))
        if choice is None:
            return NoMatch(text, "person", suggestions)
        return self.person_ref(choice.target)

    def stats(self) -> dict[str, int]:
        """Counts of what the model holds (counted once per index: the story does not change under it)."""
        if self._stats is None:
            self._stats = self.story.totals()
        return dict(self._stats)

    def main_event_line(self) -> tuple[str, When | None, tuple[str, ...]] | None:
        """The story in one line: its most corroborated signing (else event), date and sources."""
        events = (
            self.signings(self.default_topic())
            or self.signings()
            or sorted(self.story.events, key=lambda e: -len(e.sources))
        )
        if not events:
            return None
        event = events[0]
        return describe_event(event, self.entity, titles=True), event.when, event.sources


def _best_title(entity: Entity, sources: Sequence[str]) -> str | None:
    """The title the given sources use most (the title as reported at the time), else the model's best."""
    if not entity.titles:
        return None
    if sources:
        wanted = set(sources)
        scored = sorted(
            entity.titles, key=lambda t: (-len(wanted & set(t.sources)), -len(t.sources), t.value)
        )
        title = scored[0].value
    else:
        title = entity.titles[0].value
    return title[:1].upper() + title[1:]


def _normalise(text: str) -> str:
    text = text.lower().replace("’", "'").replace("u.s.", "us")
    return " ".join(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text)).replace("-", " ")


def _close_enough(query: str, label: str) -> bool:
    """Guard against WRatio's generosity with short partial matches: lengths must be comparable."""
    a, b = _normalise(query), _normalise(label)
    if a in b.split() or b in a.split():
        return True
    return fuzz.ratio(a, b) >= 70 or (len(a) >= 5 and fuzz.partial_ratio(a, b) >= 90 and len(a) >= len(b) / 3)


def _prefer(choices: Sequence[_Choice], kinds: Sequence[str]) -> _Choice:
    order = {kind: i for i, kind in enumerate(kinds)}
    return min(choices, key=lambda c: (order.get(c.kind, 99), c.label))


def _pair_countries(topic: str, countries: set[str]) -> tuple[str, ...]:
    """The two countries of a pair topic ("south-korea-canada" -> south-korea, canada), or none."""
    for at, char in enumerate(topic):
        if char == "-" and (topic[:at] in countries or topic[at + 1 :] in countries):
            return topic[:at], topic[at + 1 :]
    return ()


def _is_pair(topic: str) -> bool:
    return (
        bool(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", topic))
        and topic not in ("defence", "trade", "tariffs", "energy", "diplomacy", "technology")
        and "-" in topic
    )


def person_names(entities: Iterable[Entity]) -> str:
    """ "A, B and C" of people."""
    return join_names([person_label(e) for e in entities])


def topic_slug(text: str) -> str:
    """A topic name as typed, in slug form."""
    return slugify(text)
