"""Sessions told ahead in a second clause, by the end of a year, and a journey that ends tomorrow (ninth session,
from the read set 21's missed dates); articles of our own."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.dates import find_dates
from bot.core.model import EventType
from tests.core.support import Analyse, event_facts, of_kind

HEAD = (
    "Tuesday 12 May 2026\nNamibia and Botswana settle rail dispute\n\n"
    "Namibian Works Minister Selma Haufiku and Botswana's Minister of Transport Kagiso Mmusi signed a rail protocol "
    "in Windhoek on Monday.\n\n"
)


def _talks(text: str, analysed: Analyse) -> list[tuple[set[str], str | None]]:
    facts = event_facts(analysed(HEAD + text + "\n", "doc").fragment)
    return of_kind(facts, EventType.TALKS)


def test_a_body_told_in_a_second_clause_keeps_its_own_time(analysed: Analyse) -> None:
    told = (
        "A technical dialogue on border posts will sit in Gaborone in July, and the 9th Joint Permanent Commission "
        "is to be held in Maun in the second half of next year."
    )
    assert ({"Namibia", "Botswana"}, "2027-01-01..2027-12-31") in _talks(told, analysed)


def test_a_working_level_dialogue_meeting_is_talks(analysed: Analyse) -> None:
    told = "A working-level dialogue on rail tariffs will hold its first meeting in Gaborone in July."
    assert _talks(told, analysed) == [({"Namibia", "Botswana"}, "2026-07-01..2026-07-31")]


def test_a_session_by_the_end_of_the_year_is_this_year(analysed: Analyse) -> None:
    told = "The two ministers agreed that the next session of the Namibia–Botswana Joint Commission will take place in Maun by the end of the year."
    assert _talks(told, analysed) == [({"Namibia", "Botswana"}, "2026-01-01..2026-12-31")]


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("by the end of the year", date(2026, 1, 1), date(2026, 12, 31)),
        ("before the end of next year", date(2027, 1, 1), date(2027, 12, 31)),
        ("at the end of the month", date(2026, 5, 1), date(2026, 5, 31)),
    ],
)
def test_the_end_of_a_year_or_month_is_that_year_or_month(phrase: str, start: date, end: date) -> None:
    found = find_dates(f"The line will open {phrase}.", date(2026, 5, 12))
    assert [(m.phrase, m.when.start, m.when.end) for m in found if m.when] == [(phrase, start, end)]


@pytest.mark.parametrize(
    "told",
    [
        "Haufiku wraps up her visit on Wednesday with a tour of the Francistown yard.",
        "Haufiku concludes her three-day visit on Wednesday.",
    ],
)
def test_a_visit_that_wraps_up_on_a_weekday_ends_on_the_coming_one(told: str) -> None:
    found = find_dates(told, date(2026, 5, 12))
    assert [(m.phrase, m.when.start) for m in found if m.when] == [("on Wednesday", date(2026, 5, 13))]


def test_a_visit_that_wrapped_up_on_a_weekday_is_past() -> None:
    found = find_dates("Haufiku wrapped up her visit on Wednesday.", date(2026, 5, 12))
    assert [(m.phrase, m.when.start) for m in found if m.when] == [("on Wednesday", date(2026, 5, 6))]


def test_a_call_the_two_recalled_is_talks_at_its_own_time(analysed: Analyse) -> None:
    told = "The two ministers recalled their telephone conversation in April, in which they had agreed on the route."
    facts = event_facts(analysed(HEAD + told + "\n", "doc").fragment)
    assert of_kind(facts, EventType.TALKS) == [({"Selma Haufiku", "Kagiso Mmusi"}, "2026-04-01..2026-04-30")]
