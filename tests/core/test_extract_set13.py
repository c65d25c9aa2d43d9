"""Rules written from the pages of set 13 (tests/data/held-out/set13), read on 1 December 2026 (third session) after
two held-out scores. Each checked on a short article of our own."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import Extractor
from bot.core.merge import StoryBuilder
from bot.core.model import EventType, Story
from bot.core.pipeline import ArticleInput, finish, prepare
from bot.core.vocab import Vocabulary
from tests.core.support import Analyse, people

HEAD = "Saturday, 14 November 2026\nHeadline\n\n"
LEAD = (
    "Gambian President Momodou Jabang visited Guinea-Bissau on Monday and met Bissau-Guinean President Armando "
    "Indjai in Bissau for talks. "
)


def of_type(story: Story, kind: EventType) -> list:  # type: ignore[type-arg]
    return [e for e in story.events if e.type is kind]


def talks_of_countries(story: Story) -> list[tuple[set[str], str | None]]:
    """Talks whose parties are countries, with their month or day."""
    return [
        (
            {r.entity for r in e.participants if r.entity.startswith("country:")},
            e.when.start.isoformat()[:7] if e.when else None,
        )
        for e in of_type(story, EventType.TALKS)
        if all(r.entity.startswith("country:") for r in e.participants)
    ]


PAIR = {"country:gambia", "country:guinea-bissau"}


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("A joint technical committee on the corridor will meet in Banjul next month.", "2026-12"),
        ("The agreement builds on technical talks held in Bissau in August.", "2026-08"),
        ("Talks held in Banjul in August between the two central banks prepared the deal.", "2026-08"),
    ],
)
def test_the_two_countries_talks_told_without_their_names(
    analysed: Analyse, sentence: str, month: str
) -> None:
    story = analysed(HEAD + LEAD + sentence + "\n", sentence[:16]).fragment
    assert (PAIR, month) in talks_of_countries(story)


@pytest.mark.parametrize(
    "sentence",
    [
        "A joint committee of both houses will meet in Banjul on Tuesday to study the bill.",
        "The joint select committee will meet in Banjul next week.",
        "Banks held talks in Banjul in August on a new payment system.",
        "The agreement builds on technical talks held in Geneva in August.",
    ],
)
def test_no_talks_of_the_two_countries_from_others_bodies_or_places(analysed: Analyse, sentence: str) -> None:
    story = analysed(HEAD + LEAD + sentence + "\n", sentence[:16]).fragment
    assert talks_of_countries(story) == []


def test_a_call_told_in_the_pluperfect_or_as_held_is_talks_on_its_day(analysed: Analyse) -> None:
    story = analysed(
        HEAD
        + "Guinean Prime Minister Lansana Mory Sylla arrived in Freetown on Tuesday for a visit. Sylla and Sierra "
        "Leone's President, Julius Sahr Mansaray, had spoken by telephone on Monday, the eve of the visit.\n",
        "pluperfect",
    ).fragment
    [talks] = of_type(story, EventType.TALKS)
    assert {r.entity for r in talks.participants} == {
        people(story)["Lansana Mory Sylla"].id,
        people(story)["Julius Sahr Mansaray"].id,
    }
    assert talks.when is not None
    assert talks.when.start.isoformat() == "2026-11-09"
    # "the eve of the visit" tells no visit of its own
    assert [{r.entity for r in v.participants} for v in of_type(story, EventType.VISIT)] == [
        {people(story)["Lansana Mory Sylla"].id, "place:freetown"} - {"place:freetown"}
    ]


def test_that_evening_is_the_day_told_before(analysed: Analyse) -> None:
    story = analysed(
        HEAD
        + "Guinean Prime Minister Lansana Mory Sylla arrived in Freetown on Tuesday. He was hosted that evening "
        "at State House by Sierra Leone's Prime Minister Foday Sahr Jalloh for talks on energy.\n",
        "that-evening",
    ).fragment
    [meeting] = of_type(story, EventType.MEETING)
    assert meeting.when is not None
    assert meeting.when.start.isoformat() == "2026-11-10"


def test_two_things_said_and_that_each_keep_their_own_day_and_place(analysed: Analyse) -> None:
    story = analysed(
        HEAD
        + "Moroccan Trade Minister Youssef Bennani met Egyptian Trade Minister Hisham Mansour in Rabat on "
        "Thursday.\n\nBennani said he had spoken by telephone with Mansour late on Sunday and that technical teams "
        "from the two ministries would meet in Cairo next week.\n",
        "and-that",
    ).fragment
    found = talks_of_countries(story)
    assert ({"country:morocco", "country:egypt"}, "2026-11") in found
    calls = [
        e
        for e in of_type(story, EventType.TALKS)
        if people(story)["Youssef Bennani"].id in {r.entity for r in e.participants}
    ]
    assert [c.when.start.isoformat() for c in calls if c.when] == ["2026-11-08"]


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Burkina Faso's Minister of Transport, Urban Mobility and Road Safety, Issiaka Kiendrebeogo, arrived in "
            "Lome on Thursday.",
            "Issiaka Kiendrebeogo",
            "Minister of Transport Urban Mobility and Road Safety",
        ),
        (
            "Togo's Minister of Trade, Handicrafts and Local Consumption, Rose Kayi Mivedor, met the delegation.",
            "Rose Kayi Mivedor",
            "Minister of Trade Handicrafts and Local Consumption",
        ),
    ],
)
def test_a_portfolio_list_with_words_no_list_knows_ends_at_the_name(
    analysed: Analyse, sentence: str, name: str, title: str
) -> None:
    story = analysed(HEAD + LEAD + sentence + "\n", sentence[:20]).fragment
    found = people(story)
    assert name in found
    assert title in [t.value for t in found[name].titles]
    assert not {"Mobility", "Handicrafts", "Urban Mobility", "Local Consumption"} & set(found)


@pytest.mark.parametrize(
    ("sentence", "name", "title", "country"),
    [
        (
            "Sierra Leone's Chief Minister Alimamy Conteh was hosted that evening by the Premier ministre, chef du "
            "gouvernement, Mamadou Saliou Bangoura, for talks on energy.",
            "Mamadou Saliou Bangoura",
            "Premier ministre chef du gouvernement",
            None,
        ),
        (
            "Later on Wednesday, Guinea's ministre de l'Énergie, de l'Hydraulique et des Hydrocarbures, Aïssatou Sow "
            "Kourouma, and Sierra Leone's Minister of Energy, Foday Jalloh, signed the protocol.",
            "Aïssatou Sow Kourouma",
            "ministre de l'Énergie de l'Hydraulique et des Hydrocarbures",
            "guinea",
        ),
        (
            "Prime Minister Crisantos Mba Nsue held talks the same evening with the Primeiro-Ministro e Chefe do "
            "Governo, Adelino Quaresma Pontes, at the Palácio do Governo.",
            "Adelino Quaresma Pontes",
            "Primeiro-Ministro e Chefe do Governo",
            None,
        ),
        (
            "Later on Saturday the Burkinabè minister called on the Président du Conseil des ministres, Kodjovi "
            "Sénamé Apétogbor, at the Palais de la Présidence du Conseil.",
            "Kodjovi Sénamé Apétogbor",
            "Président du Conseil des ministres",
            None,
        ),
        (
            "Luxembourg's Premierminister Luc Frieden met Belgian Prime Minister Bart De Wever in Brussels on Friday.",
            "Luc Frieden",
            "Premierminister",
            "luxembourg",
        ),
        (
            "The talks went well, said Cuba's ministro de Comercio Exterior, Ramón Iriarte Ochoa, on Friday.",
            "Ramón Iriarte Ochoa",
            "ministro de Comercio Exterior",
            "cuba",
        ),
    ],
)
def test_titles_in_french_portuguese_spanish_and_german(
    analysed: Analyse, sentence: str, name: str, title: str, country: str | None
) -> None:
    story = analysed(HEAD + sentence + "\n", sentence[:24]).fragment
    person = people(story)[name]
    assert title in [t.value for t in person.titles]
    if country:
        assert person.country == country


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "On the same occasion, the two trade ministers, Goreth Niyonzima of Burundi and Denyse Ingabire Mutoni "
            "of Rwanda, initialled a protocol on cross-border trade.",
            {
                "Goreth Niyonzima": ("trade minister", "burundi"),
                "Denyse Ingabire Mutoni": ("trade minister", "rwanda"),
            },
        ),
        (
            "Diplomats said the groundwork was laid by the two foreign ministers, Togo's Ablavi Mawussi Dossou and "
            "Burkina Faso's Salif Yaméogo Konaté, who spoke last week.",
            {
                "Ablavi Mawussi Dossou": ("foreign minister", "togo"),
                "Salif Yaméogo Konaté": ("foreign minister", "burkina-faso"),
            },
        ),
        (
            "The two presidents, Américo Ceita Lima and Equatorial Guinea's Baltasar Eyi Nguema, had spoken by "
            "telephone on Sunday.",
            {
                "Américo Ceita Lima": ("president", None),
                "Baltasar Eyi Nguema": ("president", "equatorial-guinea"),
            },
        ),
    ],
)
def test_the_two_ministers_in_apposition_are_each_one_of_their_country(
    analysed: Analyse, sentence: str, found: dict[str, tuple[str, str | None]]
) -> None:
    story = analysed(HEAD + sentence + "\n", sentence[:24]).fragment
    for name, (title, country) in found.items():
        person = people(story)[name]
        assert [t.value for t in person.titles] == [title]
        assert person.country == country


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        (
            "The two presidents agreed to hold the first session of the Joint Permanent Commission in more than a "
            "decade. The commission will meet in Banjul in May.",
            "2027-05",
        ),
        (
            "The joint technical committee provided for in the agreement will hold its first meeting in Banjul in "
            "July.",
            "2027-07",
        ),
        (
            "She said the two governments would set up a joint working group on irregular migration, which is due to "
            "meet for the first time in Bissau in January.",
            "2027-01",
        ),
    ],
)
def test_a_joint_body_told_again_or_with_a_clause_meets_as_the_two_countries(
    analysed: Analyse, sentence: str, month: str
) -> None:
    story = analysed(HEAD + LEAD + sentence + "\n", sentence[:24]).fragment
    assert (PAIR, month) in talks_of_countries(story)


@pytest.mark.parametrize(
    "sentence",
    [
        "The commission will meet in Banjul in May.",
        "The Senate joint committee on trade was briefed. The committee will meet in Banjul in May.",
        "The European Commission was briefed. The commission will meet in Banjul in May.",
    ],
)
def test_the_commission_is_no_joint_body_unless_one_was_named(analysed: Analyse, sentence: str) -> None:
    story = analysed(HEAD + LEAD + sentence + "\n", sentence[:24]).fragment
    assert not [t for t in talks_of_countries(story) if t[1] == "2027-05"]


VISIT_LEAD = (
    "Monday, 8 June 2026\nHeadline\n\nBurkina Faso's Transport Minister Issiaka Kiendrebeogo arrived in Lome on "
    "Thursday for a four-day visit. He held talks on Friday with Togo's Maritime Economy Minister Yawo Kossi "
    "Amegankpoe. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Later on Saturday he called on Prime Minister Kodjovi Apetogbor at his office.",
        "Later on Saturday the Burkinabè minister called on Prime Minister Kodjovi Apetogbor at his office.",
        "On Saturday, the visiting minister met Prime Minister Kodjovi Apetogbor at his office.",
        "On Saturday the minister from Burkina Faso met Prime Minister Kodjovi Apetogbor at his office.",
    ],
)
def test_he_or_the_minister_after_he_did_something_is_the_first_named(
    analysed: Analyse, sentence: str
) -> None:
    story = analysed(VISIT_LEAD + sentence + "\n", sentence[:30]).fragment
    found = people(story)
    meetings = [
        ({r.entity for r in e.participants}, e.when.start.isoformat() if e.when else None)
        for e in of_type(story, EventType.MEETING)
    ]
    assert meetings == [({found["Issiaka Kiendrebeogo"].id, found["Kodjovi Apetogbor"].id}, "2026-06-06")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the minister is one of two, and neither was the subject told before
        "On Saturday the minister met Prime Minister Kodjovi Apetogbor at his office.",
        # a minister of a third country, not named before
        "On Saturday the Ghanaian minister met Prime Minister Kodjovi Apetogbor at his office.",
    ],
)
def test_a_descriptor_that_fits_no_one_named_gives_no_participant(analysed: Analyse, sentence: str) -> None:
    text = (
        "Monday, 8 June 2026\nHeadline\n\nBurkina Faso's Transport Minister Issiaka Kiendrebeogo and Togo's Maritime "
        "Economy Minister Yawo Kossi Amegankpoe held talks in Lome on Friday. " + sentence + "\n"
    )
    story = analysed(text, sentence[:30]).fragment
    found = people(story)
    for e in of_type(story, EventType.MEETING):
        assert found["Issiaka Kiendrebeogo"].id not in {r.entity for r in e.participants}
        assert found["Yawo Kossi Amegankpoe"].id not in {r.entity for r in e.participants}


def test_a_verb_between_a_country_and_a_title_is_no_portfolio(analysed: Analyse) -> None:
    text = VISIT_LEAD + "On Saturday the minister from Burkina Faso met Prime Minister Kodjovi Apetogbor.\n"
    story = analysed(text, "verb-portfolio").fragment
    assert [t.value for t in people(story)["Kodjovi Apetogbor"].titles] == ["Prime Minister"]


def test_an_undated_page_that_tells_a_known_visit_as_ended_yesterday_is_of_the_day_after(
    vocab: Vocabulary,
) -> None:
    dated = "Wednesday, 11 February 2026\nHeadline\n\n" + (
        "Angola's Minister of Energy and Water, Joaquim Ngunza, ended a three-day working visit to Namibia on "
        "Tuesday. He arrived in Windhoek on Sunday and on Monday signed the Baynes agreement with Namibian Minister of "
        "Mines and Energy Ndeshi Haufiku-Amutenya.\n"
    )
    undated = "JORNAL DE ANGOLA\n\nNgunza back from Windhoek\n\n" + (
        "Angola's Minister of Energy and Water, Joaquim Ngunza, returned to Luanda yesterday from a three-day working "
        "visit to Namibia, where he signed the Baynes agreement with Namibian Minister of Mines and Energy Ndeshi "
        "Haufiku-Amutenya.\n"
    )
    extractor, builder = Extractor(vocab), StoryBuilder(None, vocab)
    first = finish(prepare(ArticleInput("windhoek", dated), vocab), builder, extractor, 1)
    builder.add(first.fragment, first.source)
    second = finish(prepare(ArticleInput("luanda", undated), vocab), builder, extractor, 2)
    assert second.source.inferred
    assert second.source.published is not None
    assert second.source.published.start == date(2026, 2, 11)


def test_and_by_after_a_relative_clause_goes_back_to_the_main_clause(analysed: Analyse) -> None:
    text = VISIT_LEAD + (
        "Diplomats said the groundwork was laid by the two foreign ministers, Togo's Ablavi Mawussi Dossou and "
        "Burkina Faso's Salif Yameogo Konate, who held a video call last week, and by Dossou's visit to Ouagadougou "
        "in March.\n"
    )
    story = analysed(text, "and-by").fragment
    [visit] = [
        e for e in of_type(story, EventType.VISIT) if "place:ouagadougou" in {p.value for p in e.places}
    ]
    assert visit.when is not None
    assert visit.when.start.isoformat()[:7] == "2026-03"
