"""Questions put to the seed story: who signed, timeline, quotes, sources; and answers that change with news."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bot.core.model import EventType, Story
from bot.core.pipeline import ArticleInput
from bot.core.query import NoMatch, QuoteAnswer, SigningAnswer, SourcesAnswer, StoryIndex, TimelineAnswer
from bot.service import StoryService
from bot.store import Store
from tests.core.support import SEED_FILE

FRAMEWORK = "Framework for the US-India Major Defence Partnership"


@pytest.fixture(scope="module")
def index(committed_seed: Story) -> StoryIndex:
    return StoryIndex.build(committed_seed)


def signed(index: StoryIndex, text: str = "") -> SigningAnswer:
    answer = index.who_signed(text)
    assert isinstance(answer, SigningAnswer), answer
    return answer


# ---------------------------------------------------------------------- who signed


def test_who_signed_by_default_is_the_main_signing(index: StoryIndex) -> None:
    answer = signed(index)
    assert answer.agreement == FRAMEWORK
    assert {p.name for p in answer.signatories} == {"Rajnath Singh", "Pete Hegseth"}
    titles = {p.name: p.title for p in answer.signatories}
    assert titles["Pete Hegseth"] is not None
    assert "Secretary of War" in titles["Pete Hegseth"]
    assert titles["Rajnath Singh"] is not None
    assert "Defence Minister" in titles["Rajnath Singh"]
    countries = {p.name: p.country for p in answer.signatories}
    assert countries == {"Rajnath Singh": "India", "Pete Hegseth": "United States"}
    assert answer.when is not None
    assert answer.when.label() == "31 Oct 2025"
    assert "on Friday" in answer.when.explain()
    assert "per a report dated" in answer.when.explain()
    assert [p.value for p in answer.places][:1] == ["Kuala Lumpur"]
    assert len(answer.sources) == 5
    assert answer.total_sources == 5
    assert len(answer.occasions) >= 2


@pytest.mark.parametrize(
    ("text", "agreement", "signatories", "label"),
    [
        ("sosa", "Security of Supply Arrangement", set(), "Aug 2024"),
        ("SOSA", "Security of Supply Arrangement", set(), "Aug 2024"),
        ("framework", FRAMEWORK, {"Rajnath Singh", "Pete Hegseth"}, "31 Oct 2025"),
        ("hegsith", FRAMEWORK, {"Rajnath Singh", "Pete Hegseth"}, "31 Oct 2025"),
        ("liaison", "memorandum of agreement regarding the assignment of liaison officers", set(), "2024"),
        ("us india defence framework", FRAMEWORK, {"Rajnath Singh", "Pete Hegseth"}, "31 Oct 2025"),
    ],
)
def test_who_signed_matches_loosely(
    index: StoryIndex, text: str, agreement: str, signatories: set[str], label: str
) -> None:
    answer = signed(index, text)
    assert answer.agreement == agreement
    assert {p.name for p in answer.signatories} == signatories
    assert answer.when is not None
    assert answer.when.label() == label
    if not signatories:
        assert set(answer.parties) == {"India", "United States"}


def test_sosa_answer_carries_its_notes(index: StoryIndex) -> None:
    answer = signed(index, "sosa")
    assert answer.acronym == "SOSA"
    notes = [n.value for n in answer.notes]
    assert "non-binding" in notes
    assert all(n.sources for n in answer.notes)


@pytest.mark.parametrize("text", ["zebra crossing treaty of narnia", "qqqq", "xylophone"])
def test_nonsense_gets_nomatch_with_suggestions(index: StoryIndex, text: str) -> None:
    answer = index.who_signed(text)
    assert isinstance(answer, NoMatch)
    assert answer.query == text
    assert answer.suggestions
    assert len(answer.suggestions) <= 4
    known = {e.name for e in index.story.entities} | {e.acronym for e in index.story.entities if e.acronym}
    assert set(answer.suggestions) <= known


# ---------------------------------------------------------------------- timeline


@pytest.mark.parametrize("text", ["", "india-us", "us india", "India US"])
def test_the_india_us_timeline_is_chronological_with_labels_at_precision(
    index: StoryIndex, text: str
) -> None:
    answer = index.timeline(text)
    assert isinstance(answer, TimelineAnswer)
    assert answer.subject == "india-us"
    starts = [e.when.start for e in answer.entries if e.when]
    assert starts == sorted(starts)
    labels = {e.when.label() for e in answer.entries if e.when}
    assert {"Aug 2024", "2024", "16 Sep 2025", "27 Oct 2025", "week of 27 Oct 2025", "31 Oct 2025"} <= labels
    framework = [e for e in answer.entries if FRAMEWORK in e.text]
    assert len(framework) == 1
    assert len(framework[0].sources) == 5
    sosa = [e for e in answer.entries if "Security of Supply Arrangement" in e.text]
    assert len(sosa) == 1
    assert sosa[0].single_source
    assert len(answer.sources) == 5


def test_a_misspelt_topic_resolves(index: StoryIndex) -> None:
    answer = index.timeline("tarrifs")
    assert isinstance(answer, TimelineAnswer)
    assert answer.subject == "tariffs"
    texts = [e.text for e in (*answer.entries, *answer.undated)]
    assert any("25% reciprocal tariff" in t for t in texts)


def test_a_person_timeline(index: StoryIndex) -> None:
    answer = index.timeline("hegsith")
    assert isinstance(answer, TimelineAnswer)
    assert answer.subject == "Pete Hegseth"
    assert answer.kind == "person"
    assert any(FRAMEWORK in e.text for e in answer.entries)


def test_a_nonsense_timeline_gets_nomatch(index: StoryIndex) -> None:
    answer = index.timeline("platypus husbandry")
    assert isinstance(answer, NoMatch)
    assert answer.suggestions


# ---------------------------------------------------------------------- quotes


def test_goyal_has_no_direct_quotation_only_what_he_was_reported_saying(index: StoryIndex) -> None:
    answer = index.quotes("goyal")
    assert isinstance(answer, QuoteAnswer)
    assert answer.person.name == "Piyush Goyal"
    assert answer.groups == ()
    assert answer.paraphrases
    assert any("would not rush into trade agreements" in text for text, _when, _src in answer.paraphrases)
    assert all(sources for _t, _w, sources in answer.paraphrases)


def test_rajnath_quotes_with_channel_date_and_wording_variants(index: StoryIndex) -> None:
    answer = index.quotes("rajnath")
    assert isinstance(answer, QuoteAnswer)
    assert answer.person.name == "Rajnath Singh"
    x_posts = [g for g in answer.groups if g.channel == "post on X"]
    assert x_posts
    assert x_posts[0].when is not None
    assert x_posts[0].when.label() == "31 Oct 2025"
    wordings = [
        (best, variants) for g in answer.groups for best, _src, variants in g.quotes if "Indo-Pacific" in best
    ]
    assert wordings
    all_text = " ".join([best for best, _ in wordings] + [v.value for _, vs in wordings for v in vs])
    assert "rules-based" in all_text
    assert "rules-bound" in all_text


def test_hegseth_has_posts_and_remarks_to_the_media(index: StoryIndex) -> None:
    answer = index.quotes("hegseth")
    assert isinstance(answer, QuoteAnswer)
    assert {"post on X", "remarks to the media"} <= {g.channel for g in answer.groups}


# ---------------------------------------------------------------------- sources and disagreements


def test_sources_lists_all_five_and_the_disagreements(index: StoryIndex) -> None:
    answer = index.sources_of()
    assert isinstance(answer, SourcesAnswer)
    assert len(answer.sources) == 5
    assert {r.doc for r in answer.sources} == {s.doc for s in index.story.sources}
    telegraph = [r for r in answer.sources if r.outlet == "The Telegraph"]
    assert len(telegraph) == 1
    assert telegraph[0].doc.startswith("000_")
    aspects = {d.aspect for d in answer.disagreements}
    assert {"occasion", "spelling of the name", "wording"} <= aspects
    spellings = {
        c.value for d in answer.disagreements if d.aspect == "spelling of the name" for c in d.versions
    }
    assert {"Marco Rubio", "Marcon Rubio", "Pete Hegseth", "Peter Hegseth"} <= spellings
    for disagreement in answer.disagreements:
        assert len(disagreement.versions) >= 2
        for version in disagreement.versions:
            assert version.sources


def test_sources_of_a_topic(index: StoryIndex) -> None:
    answer = index.sources_of("trade")
    assert isinstance(answer, SourcesAnswer)
    assert answer.subject == "trade"
    assert "004_b866fdc46dd0074b" in {r.doc for r in answer.sources}


# ---------------------------------------------------------------------- answers change with a new article

NEW_SIGNING = """Published 12.11.25, 07:45 PM
India and US sign undersea cable security pact

India and the United States on Tuesday signed the Undersea Cable Security Agreement (UCSA) in Washington, pledging to protect data cables in the Indian Ocean.

The agreement was signed by Indian telecom minister Arvind Kulkarni and US Commerce Secretary Laura Whitman.

Kulkarni said the pact would add two new cable landing stations in Chennai.
"""


@pytest.fixture
def service(tmp_path: Path) -> Iterator[StoryService]:
    store = Store(tmp_path / "nb.db")
    service = StoryService(store, seed_path=SEED_FILE)
    service.bootstrap()
    yield service
    store.close()


def test_answers_change_after_ingesting_a_new_signing(service: StoryService) -> None:
    before = service.current()
    assert isinstance(before.who_signed("UCSA"), NoMatch)
    report = service.ingest([ArticleInput("cable-news", NEW_SIGNING)])
    assert [doc for doc, _ in report.added] == ["cable-news"]

    after = service.current()
    answer = after.who_signed("UCSA")
    assert isinstance(answer, SigningAnswer)
    assert answer.agreement == "Undersea Cable Security Agreement"
    assert {p.name for p in answer.signatories} == {"Arvind Kulkarni", "Laura Whitman"}
    assert answer.when is not None
    assert answer.when.start == date(2025, 11, 11)
    assert [s.doc for s in answer.sources] == ["cable-news"]
    assert [p.value for p in answer.places] == ["Washington"]

    timeline = after.timeline("india-us")
    assert isinstance(timeline, TimelineAnswer)
    entry = [e for e in timeline.entries if "Undersea Cable Security Agreement" in e.text]
    assert len(entry) == 1
    assert entry[0].single_source
    assert timeline.entries[-1].event_id == entry[0].event_id, "the newest event comes last"

    default = after.who_signed()
    assert isinstance(default, SigningAnswer)
    assert default.agreement == FRAMEWORK, "the most corroborated signing stays the main one"
    assert any(e.type is EventType.SIGNING for e in after.story.events if "cable-news" in e.sources)


def test_stats_are_counted_once_and_handed_out_as_copies(committed_seed: Story) -> None:
    index = StoryIndex.build(committed_seed)
    first = index.stats()
    first["articles"] = -1

    again = index.stats()
    assert again["articles"] == len(committed_seed.sources) == 5
    assert again["events"] == len(committed_seed.events)
    assert again["quotations"] == len(committed_seed.quotations)
    assert again["people"] == sum(1 for e in committed_seed.entities if e.kind.value == "person")
    assert StoryIndex.build(committed_seed).stats() == again


CANADA_KOREA = """date 2026-03-24
Canada, South Korea launch talks on critical minerals

Canada and South Korea held a first round of talks in Ottawa on Monday on critical minerals.

International Trade Minister Claire Beaumont-Singh hosted Park Jun-ho, South Korea's minister for trade, who arrived in Ottawa on Sunday on a four-day visit.
"""


def test_a_country_names_the_events_of_its_pairs_for_timeline_and_sources(service: StoryService) -> None:
    service.ingest([ArticleInput("canada-korea", CANADA_KOREA)])
    index = service.current()
    for text in ("south korea", "Canada"):
        timeline = index.timeline(text)
        assert isinstance(timeline, TimelineAnswer), timeline
        texts = [e.text for e in timeline.entries]
        assert any("Park Jun-ho" in t for t in texts), texts
        sources = index.sources_of(text)
        assert isinstance(sources, SourcesAnswer), sources
        assert [s.doc for s in sources.sources] == ["canada-korea"]
    # The seed story's countries keep their own events only.
    india = index.timeline("india")
    assert isinstance(india, TimelineAnswer)
    assert not any("Park Jun-ho" in e.text for e in india.entries)
