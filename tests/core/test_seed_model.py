"""The seed story, as committed in seeds/ and as rebuilt from ../shared/seeds: the facts a reporter would check."""

from __future__ import annotations

import json
import lzma
from datetime import date

import pytest

from bot.codec import CodecError, read_seed, write_seed
from bot.core.model import Event, EventType, Kind, Precision, Story, When
from tests.core.support import (
    SEED_FILE,
    SHARED_SEEDS,
    agreement_name,
    entity_by_id,
    names_of,
    person_named,
)

FRAMEWORK = "Framework for the US-India Major Defence Partnership"


def events_with(story: Story, kind: EventType, *names: str) -> list[Event]:
    """Events of a type in which every named person takes part."""
    ids = {person_named(story, n).id for n in names}
    return [e for e in story.events if e.type is kind and ids <= {r.entity for r in e.participants}]


def signing(story: Story, agreement_words: str) -> Event:
    found = [
        e
        for e in story.events
        if e.type is EventType.SIGNING and agreement_words.lower() in (agreement_name(story, e) or "").lower()
    ]
    assert len(found) == 1, [agreement_name(story, e) for e in story.events if e.type is EventType.SIGNING]
    return found[0]


def day(when: When | None) -> date | None:
    assert when is not None
    assert when.precision is Precision.DAY
    return when.start


def place_names(story: Story, event: Event) -> list[str]:
    ents = entity_by_id(story)
    return [ents[p.value].name for p in event.places if p.value in ents]


def occasion_names(story: Story, event: Event) -> list[str]:
    ents = entity_by_id(story)
    out = []
    for o in event.occasions:
        entity = ents.get(o.value)
        if entity:
            out.append(entity.name)
            out.extend(a.value for a in entity.aliases)
            if entity.acronym:
                out.append(entity.acronym)
    return out


# ---------------------------------------------------------------------- the framework signing


def test_the_framework_signing(seed_story: Story) -> None:
    event = signing(seed_story, FRAMEWORK)
    assert agreement_name(seed_story, event) == FRAMEWORK
    assert names_of(seed_story, event, "signatory") == {"Rajnath Singh", "Pete Hegseth"}
    assert day(event.when) == date(2025, 10, 31)
    assert place_names(seed_story, event)[0] == "Kuala Lumpur"
    assert "ADMM-Plus" in occasion_names(seed_story, event)
    assert len({o.value for o in event.occasions}) >= 2, "the outlets name the venue differently"
    assert set(event.sources) == {s.doc for s in seed_story.sources}
    assert len(event.sources) == 5
    assert {m.doc for m in event.mentions} == set(event.sources) or not event.mentions


def test_the_framework_is_a_ten_year_agreement(seed_story: Story) -> None:
    framework = next(e for e in seed_story.entities if e.kind is Kind.AGREEMENT and e.name == FRAMEWORK)
    assert any("10-year" in n.value for n in framework.notes)


def test_the_jaishankar_rubio_meeting(seed_story: Story) -> None:
    meetings = events_with(seed_story, EventType.MEETING, "S Jaishankar", "Marco Rubio")
    assert len(meetings) == 1
    meeting = meetings[0]
    assert day(meeting.when) == date(2025, 10, 27)
    assert place_names(seed_story, meeting) == ["Kuala Lumpur"]


def test_sosa_is_a_non_binding_month_dated_arrangement_without_signatories(seed_story: Story) -> None:
    event = signing(seed_story, "Security of Supply Arrangement")
    sosa = entity_by_id(seed_story)[event.agreement or ""]
    assert sosa.acronym == "SOSA"
    when = event.when
    assert when is not None
    assert when.precision is Precision.MONTH
    assert when.label() == "Aug 2024"
    notes = [n.value for n in sosa.notes]
    assert "non-binding" in notes
    assert any("priority delivery" in n for n in notes)
    assert names_of(seed_story, event, "signatory") == set()
    assert names_of(seed_story, event, "party") == {"India", "United States"}


def test_the_liaison_officer_memorandum_is_dated_2024(seed_story: Story) -> None:
    event = signing(seed_story, "liaison officers")
    when = event.when
    assert when is not None
    assert (when.start, when.end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert when.phrase.lower() == "last year"
    assert names_of(seed_story, event, "signatory") == set()


def test_the_tariffs_as_reported(seed_story: Story) -> None:
    tariffs = [e for e in seed_story.events if e.type is EventType.TARIFF]
    assert len(tariffs) == 1
    figures = {(f.value, f.unit, f.label) for f in tariffs[0].figures}
    assert (25.0, "%", "reciprocal tariff") in figures
    assert any(v == 25.0 and "penalty" in label and "Russian oil" in label for v, _u, label in figures)
    assert names_of(seed_story, tariffs[0], "target") == {"India"}


def test_brendan_lynch_held_talks_in_new_delhi_on_16_september(seed_story: Story) -> None:
    talks = events_with(seed_story, EventType.TALKS, "Brendan Lynch")
    assert len(talks) == 1
    assert day(talks[0].when) == date(2025, 9, 16)
    assert place_names(seed_story, talks[0]) == ["New Delhi"]
    lynch = person_named(seed_story, "Brendan Lynch")
    assert any("assistant trade representative" in t.value for t in lynch.titles)


def test_sergio_gor_met_narendra_modi(seed_story: Story) -> None:
    met = events_with(seed_story, EventType.MEETING, "Sergio Gor", "Narendra Modi")
    assert len(met) == 1
    gor = person_named(seed_story, "Sergio Gor")
    assert any("ambassador-designate" in t.value for t in gor.titles)
    when = met[0].when
    assert when is None or when.start >= date(2025, 9, 16), "it followed Lynch's talks"


def test_goyal_was_paraphrased_not_quoted(seed_story: Story) -> None:
    goyal = person_named(seed_story, "Piyush Goyal")
    assert not [q for q in seed_story.quotations if q.speaker == goyal.id]
    statements = events_with(seed_story, EventType.STATEMENT, "Piyush Goyal")
    gists = " ".join(g.value for e in statements for g in e.gist)
    assert "would not rush into trade agreements" in gists
    assert statements[0].when is not None
    assert statements[0].when.precision is Precision.WEEK


def test_trump_hinted_in_south_korea_that_a_deal_is_imminent(seed_story: Story) -> None:
    statements = events_with(seed_story, EventType.STATEMENT, "Donald Trump")
    hint = [e for e in statements if any("imminent" in g.value for g in e.gist)]
    assert len(hint) == 1
    when = hint[0].when
    assert when is not None
    assert when.precision is Precision.WEEK
    assert when.label() == "week of 27 Oct 2025"
    assert place_names(seed_story, hint[0]) == ["South Korea"]


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [("Peter Hegseth", "Pete Hegseth"), ("Marcon Rubio", "Marco Rubio"), ("@rajnathsingh", "Rajnath Singh")],
)
def test_aliases_point_at_the_person(seed_story: Story, alias: str, canonical: str) -> None:
    person = person_named(seed_story, alias)
    assert person.name == canonical
    assert all(a.sources for a in person.aliases)


def test_quotation_wording_variants_with_their_sources(seed_story: Story) -> None:
    rajnath = person_named(seed_story, "Rajnath Singh")
    quotes = [
        q
        for q in seed_story.quotations
        if q.speaker == rajnath.id and any("Indo-Pacific" in v.value for v in q.texts)
    ]
    variants = {v.value: set(v.sources) for q in quotes for v in q.texts}
    based = {doc for text, docs in variants.items() if "rules-based" in text for doc in docs}
    bound = {doc for text, docs in variants.items() if "rules-bound" in text for doc in docs}
    assert based
    assert bound
    assert not based & bound
    assert len(bound) == 1
    assert any(len(q.texts) > 1 for q in quotes), "both wordings belong to one quotation"


def test_nothing_from_the_teaser_of_another_story(seed_story: Story) -> None:
    words = " ".join(
        [e.name for e in seed_story.entities]
        + [a.value for e in seed_story.entities for a in e.aliases]
        + [g.value for e in seed_story.events for g in e.gist]
        + [v.value for q in seed_story.quotations for v in q.texts]
    )
    for name in ("Nitish", "Amit Shah", "Patna", "Chirag Paswan"):
        assert name not in words


def test_every_source_is_dated(seed_story: Story) -> None:
    for source in seed_story.sources:
        assert source.published is not None
        assert date(2025, 10, 31) <= source.published.start <= date(2025, 11, 1)
        assert source.published_basis


# ---------------------------------------------------------------------- the seed file itself


def test_the_seed_file_is_at_most_a_quarter_of_the_articles() -> None:
    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"the seed articles are not available at {SHARED_SEEDS}")
    articles = sum(p.stat().st_size for p in SHARED_SEEDS.glob("*.txt"))
    assert articles > 0
    assert SEED_FILE.stat().st_size <= articles * 0.25


def test_the_seed_file_holds_no_article_text() -> None:
    body = lzma.decompress(SEED_FILE.read_bytes()).decode("utf-8")
    assert "ADVERTISEMENT" not in body
    assert "China is seeking to boost its influence" not in body


def test_write_then_read_gives_the_same_story(committed_seed: Story) -> None:
    assert read_seed(write_seed(committed_seed)) == committed_seed


def test_write_seed_is_reproducible(committed_seed: Story) -> None:
    assert write_seed(committed_seed) == write_seed(read_seed(write_seed(committed_seed)))


def test_a_seed_of_another_schema_version_is_refused() -> None:
    body = json.loads(lzma.decompress(SEED_FILE.read_bytes()))
    body["schema"] = body["schema"] + 1
    with pytest.raises(CodecError, match="schema"):
        read_seed(lzma.compress(json.dumps(body).encode("utf-8")))


@pytest.mark.parametrize("data", [b"", b"\xfd7zXZ\x00broken", b"[1, 2, 3]", b"not json at all"])
def test_a_damaged_seed_is_refused(data: bytes) -> None:
    with pytest.raises(CodecError):
        read_seed(data)
