"""Sentences and page headers on which this session's first rules misfired (found by a review); each case is
read right now, and each would fail on the rule as first written."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.clean import clean_article
from bot.core.describe import describe_event
from bot.core.model import EventType, Story
from bot.core.vocab import Vocabulary
from tests.core.support import Analyse, people

HEAD = "Wednesday, 11 March 2026\nHeadline\n\n"


def read(analysed: Analyse, sentence: str) -> Story:
    return analysed(HEAD + sentence + "\n", "misfire").fragment


def of_type(story: Story, kind: EventType) -> list:  # type: ignore[type-arg]
    return [e for e in story.events if e.type is kind]


def roles(event: object, role: str) -> set[str]:
    return {r.entity for r in event.participants if r.role == role}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "kind", "label"),
    [
        (
            "Japanese Defence Minister Kenji Harada said the two countries would build on the agreement signed on "
            "Tuesday in Manila.",
            EventType.SIGNING,
            "10 Mar 2026",
        ),
        (
            "Harada said Japan would build on the Reciprocal Access Agreement that the two countries signed in July.",
            EventType.SIGNING,
            "Jul 2025",
        ),
        (
            "Exporters will struggle under the 25% tariff that Washington imposed on Canadian steel on Monday.",
            EventType.TARIFF,
            "9 Mar 2026",
        ),
        (
            "Two days after Japan and the Philippines signed the Reciprocal Access Agreement on 8 July, Chinese "
            "vessels on Wednesday blocked a resupply mission.",
            EventType.SIGNING,
            "8 Jul 2025",
        ),
    ],
)
def test_a_past_verb_keeps_its_date(analysed: Analyse, sentence: str, kind: EventType, label: str) -> None:
    events = of_type(read(analysed, sentence), kind)
    assert [e.when.label() for e in events if e.when] == [label]


@pytest.mark.parametrize(
    ("sentence", "status", "actors"),
    [
        (
            "The United States, which has long raised concerns about Chinese overcapacity, imposed a 100% tariff on "
            "Chinese electric vehicles on Monday.",
            "imposed",
            {"country:us"},
        ),
        (
            "China, seeking to reduce its dependence on Australian coal, imposed an 80% tariff on Australian barley "
            "on Monday.",
            "imposed",
            {"country:china"},
        ),
        (
            "India, which has increasingly turned to Russian oil, was hit by a 25% tariff imposed by the United "
            "States on Monday.",
            "imposed",
            {"country:us"},
        ),
    ],
)
def test_a_tariffs_status_and_actor_come_from_its_own_verb(
    analysed: Analyse, sentence: str, status: str, actors: set[str]
) -> None:
    (tariff,) = of_type(read(analysed, sentence), EventType.TARIFF)
    assert [v.value for v in tariff.status] == [status]
    assert roles(tariff, "actor") == actors


@pytest.mark.parametrize(
    ("sentence", "signatories", "parties"),
    [
        (
            "Japanese Defence Minister Kenji Harada signed the agreement on Tuesday before a meeting with "
            "Philippine President Ferdinand Marcos Jr.",
            {"person:kenji-harada"},
            None,
        ),
        (
            "Philippine Defence Secretary Ramon Villarreal signed the agreement on Tuesday with President Ferdinand "
            "Marcos looking on.",
            {"person:ramon-villarreal"},
            None,
        ),
        (
            "Philippine President Ferdinand Marcos, who attended the ceremony in Manila, said the two defence chiefs "
            "signed the agreement on Tuesday.",
            set(),
            None,
        ),
        (
            "Vietnam signed a free trade agreement with the European Union on Tuesday, a year after talks with "
            "India stalled.",
            set(),
            {"country:vietnam"},
        ),
        (
            "Indonesia signed the agreement on Tuesday, bringing its trade with China under new rules.",
            set(),
            {"country:indonesia"},
        ),
        (
            "Kenya signed the loan agreement on Tuesday with Chinese financing worth $2 billion.",
            set(),
            {"country:kenya"},
        ),
    ],
)
def test_only_those_who_signed_sign(
    analysed: Analyse, sentence: str, signatories: set[str], parties: set[str] | None
) -> None:
    (signing,) = of_type(read(analysed, sentence), EventType.SIGNING)
    assert roles(signing, "signatory") == signatories
    if parties is not None:
        assert roles(signing, "party") == parties


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Foreign Minister Penny Wong and Trade officials met Chinese Foreign Minister Wang Yi in Beijing on "
            "Tuesday.",
            {"Penny Wong", "Wang Yi"},
        ),
        (
            "Trade Minister Maninder Sidhu and Business Council of Canada members met Indian Commerce Minister "
            "Piyush Goyal in New Delhi on Tuesday.",
            {"Maninder Sidhu", "Piyush Goyal"},
        ),
        ("Toyota Motor on Monday said it would raise prices in the United States.", set()),
        ("Iron ore prices rose when Fortescue Metals warned of weaker Chinese demand.", set()),
    ],
)
def test_people_and_not_companies(analysed: Analyse, sentence: str, names: set[str]) -> None:
    assert set(people(read(analysed, sentence))) == names


def test_a_name_after_a_titled_name_keeps_no_title(analysed: Analyse) -> None:
    story = read(
        analysed,
        "The talks were attended by President Prabowo, Sri Mulyani Indrawati, and Malaysian Prime Minister Anwar "
        "Ibrahim in Jakarta on Tuesday.",
    )
    found = people(story)
    assert "Prabowo" in found
    assert [t.value for t in found["Prabowo"].titles] == ["President"]
    assert all("Prabowo" not in t.value for e in found.values() for t in e.titles)


@pytest.mark.parametrize(
    ("sentence", "name", "title", "country"),
    [
        (
            "Talks were held on Tuesday between Andrei Belousov, the Russian minister of defence and Indian Defence "
            "Minister Rajnath Singh, in Moscow.",
            "Andrei Belousov",
            "minister of defence",
            "russia",
        ),
        (
            "Hiro Tanaka, an economist at Nomura who once worked for the Chinese commerce ministry, said the tariff "
            "was overdue.",
            "Hiro Tanaka",
            "economist at Nomura",
            None,
        ),
    ],
)
def test_an_appositive_title_stops_at_the_next_person_and_before_a_relative_clause(
    analysed: Analyse, sentence: str, name: str, title: str, country: str | None
) -> None:
    person = people(read(analysed, sentence))[name]
    assert [t.value for t in person.titles] == [title]
    assert person.country == country


def test_a_lead_signing_is_not_an_older_agreement_named_below(analysed: Analyse) -> None:
    story = read(
        analysed,
        "Japan and the Philippines signed a defence logistics agreement on Tuesday, deepening security ties.\n\n"
        "The two countries had earlier signed the Reciprocal Access Agreement, which took effect last year.",
    )
    assert len(of_type(story, EventType.SIGNING)) == 2


def test_an_unattributed_tariff_reads_as_a_sentence(analysed: Analyse) -> None:
    story = read(
        analysed,
        "Prices of steel have increased since Washington imposed a 25% tariff on Canadian steel in February.",
    )
    (tariff,) = of_type(story, EventType.TARIFF)
    entities = {e.id: e for e in story.entities}
    assert describe_event(tariff, entities.get).startswith("Tariffs imposed on Canada")


@pytest.mark.parametrize(
    ("lines", "title", "published", "outlet"),
    [
        (
            [
                "Wednesday, 11 March 2026",
                "Home | World | Business | Sport",
                "Japan, Philippines sign defence logistics pact",
            ],
            "Japan, Philippines sign defence logistics pact",
            date(2026, 3, 11),
            None,
        ),
        (
            ["Japan cuts banana tariff", "Home > Business > Asia", "Wednesday, 11 March 2026"],
            "Japan cuts banana tariff",
            date(2026, 3, 11),
            None,
        ),
        (
            ["By the Numbers: How tariffs hit Philippine bananas", "Wednesday, 11 March 2026"],
            "By the Numbers: How tariffs hit Philippine bananas",
            date(2026, 3, 11),
            None,
        ),
        (
            ["Explainer | Banana tariffs", "Wednesday, 11 March 2026"],
            "Explainer | Banana tariffs",
            date(2026, 3, 11),
            None,
        ),
        (
            ["Japan cuts banana tariff", "Updated 03/04/2026 10:15 AM EST | Published March 4, 2026"],
            "Japan cuts banana tariff",
            date(2026, 3, 4),
            None,
        ),
    ],
)
def test_headlines_and_dates_in_the_header(
    vocab: Vocabulary, lines: list[str], title: str, published: date, outlet: str | None
) -> None:
    body = (
        "MANILA - Japan agreed to cut its import tariff on Philippine bananas to 4% from 8%, trade officials said "
        "on Tuesday, a day after ministers of both countries met in Manila."
    )
    article = clean_article("\n".join(lines) + "\n\n" + body + "\n", vocab.outlets, vocab.agencies)
    assert article.title == title
    assert article.published is not None
    assert article.published.start == published
    assert article.outlet == outlet
