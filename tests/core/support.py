"""Helpers of the core tests: where the seed files are, merging articles, looking things up in a story."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.core.clean import CleanArticle, clean_article
from bot.core.extract import Extractor
from bot.core.merge import StoryBuilder
from bot.core.model import Entity, Event, EventType, Kind, Story
from bot.core.pipeline import Analysed, ArticleInput, analyse
from bot.core.vocab import Vocabulary, load_vocabulary

REPO = Path(__file__).resolve().parents[2]
SEED_FILE = REPO / "seeds" / "model.json.xz"
SHARED_SEEDS = REPO.parent / "shared" / "seeds"

Analyse = Callable[..., Analysed]
"""analysed(text, doc="doc", published=None): one article through the pipeline on its own."""


def build_story(vocab: Vocabulary, extractor: Extractor, articles: list[tuple[str, str]]) -> Story:
    """Merge articles (doc, text) in order, each analysed against what came before, as ingest does."""
    builder = StoryBuilder(None, vocab)
    for seq, (doc, text) in enumerate(articles, start=1):
        result = analyse(ArticleInput(doc, text), builder, extractor, vocab, seq)
        builder.add(result.fragment, result.source)
    return builder.build()


def cleaned(text: str) -> CleanArticle:
    """A page cleaned with the project's vocabulary of outlets and agencies."""
    vocab = load_vocabulary()
    return clean_article(text, vocab.outlets, vocab.agencies)


def people(story: Story) -> dict[str, Entity]:
    """People by canonical name."""
    return {e.name: e for e in story.entities if e.kind is Kind.PERSON}


def entity_by_id(story: Story) -> dict[str, Entity]:
    return {e.id: e for e in story.entities}


def person_named(story: Story, name: str) -> Entity:
    """The person whose canonical name or one of whose spellings is ``name``."""
    for entity in story.entities:
        if entity.kind is Kind.PERSON and (
            entity.name == name or any(a.value == name for a in entity.aliases)
        ):
            return entity
    raise AssertionError(f"no person {name!r}; people: {sorted(people(story))}")


def names_of(story: Story, event: Event, role: str) -> set[str]:
    """Canonical names of an event's participants in one role."""
    ents = entity_by_id(story)
    return {ents[r.entity].name for r in event.participants if r.role == role and r.entity in ents}


def agreement_name(story: Story, event: Event) -> str | None:
    if event.agreement is None:
        return None
    entity = entity_by_id(story).get(event.agreement)
    return entity.name if entity else None


def titles_by_person(story: Story) -> dict[str, list[str]]:
    """Each person's canonical name with the titles the story gives them."""
    return {e.name: [t.value for t in e.titles] for e in story.entities if e.kind is Kind.PERSON}


def quoted(story: Story) -> set[tuple[str, str]]:
    """(speaker's name, words) of every quotation's wording."""
    names = {e.id: e.name for e in story.entities}
    return {(names[q.speaker], t.value) for q in story.quotations for t in q.texts}


def person_facts(story: Story) -> dict[str, tuple[list[str], str | None]]:
    """Each person by canonical name, with the titles and the country the story gives them."""
    return {e.name: ([t.value for t in e.titles], e.country) for e in story.entities if e.kind is Kind.PERSON}


def event_facts(story: Story) -> list[tuple[str, set[str], str | None]]:
    """Each event as (type, the names of its participants, "start..end" or None)."""
    names = {e.id: e.name for e in story.entities}
    return [
        (
            ev.type.value,
            {names.get(p.entity, p.entity) for p in ev.participants},
            f"{ev.when.start}..{ev.when.end}" if ev.when else None,
        )
        for ev in story.events
    ]


def of_kind(
    facts: list[tuple[str, set[str], str | None]], kind: EventType
) -> list[tuple[set[str], str | None]]:
    """Of ``event_facts``, the (participants, "start..end") of the events of one type, in order."""
    return [(who, when) for k, who, when in facts if k == kind.value]


def quote_speakers(story: Story) -> dict[str, str]:
    """Each quotation's first twenty characters, with its speaker's name."""
    names = {e.id: e.name for e in story.entities}
    return {q.texts[0].value.strip()[:20]: names.get(q.speaker, q.speaker) for q in story.quotations}
