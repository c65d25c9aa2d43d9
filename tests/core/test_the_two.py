"""Meetings of "the two ministers" told with an aside after them, and which two they are (ninth session, from the
read set 21's and page 07's missed meetings); articles of our own."""

from __future__ import annotations

from bot.core.model import EventType
from tests.core.support import Analyse, event_facts

HEAD = (
    "Tuesday 12 May 2026\nNamibia and Botswana settle rail dispute\n\n"
    "Namibian Works Minister Selma Haufiku and Botswana's Minister of Transport Kagiso Mmusi signed a rail protocol "
    "in Windhoek on Monday.\n\n"
)


def _meetings(text: str, analysed: Analyse) -> list[tuple[set[str], str | None]]:
    facts = event_facts(analysed(HEAD + text, "doc").fragment)
    return [(who, when) for kind, who, when in facts if kind == EventType.MEETING.value]


def test_the_two_who_last_met_are_not_the_person_of_the_aside(analysed: Analyse) -> None:
    told = "The two ministers last met in Gaborone in December, when Haufiku raised the toll in person.\n"
    assert _meetings(told, analysed) == [({"Selma Haufiku", "Kagiso Mmusi"}, "2025-12-01..2025-12-31")]


def test_a_prime_minister_is_not_one_of_the_two_ministers(analysed: Analyse) -> None:
    told = (
        "On Tuesday, Mmusi called on Prime Minister Elias Shikongo at his office.\n\n"
        "The two ministers last met in Gaborone in December.\n\n"
        "Mmusi said the protocol would cut freight times on the Trans-Kalahari line by a day.\n"
    )
    assert ({"Selma Haufiku", "Kagiso Mmusi"}, "2025-12-01..2025-12-31") in _meetings(told, analysed)
