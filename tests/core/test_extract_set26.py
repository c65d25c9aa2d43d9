"""Rules read from set 26 (thirteenth session, once set 27 was written to take its place as held out); articles of
our own."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.model import EventType
from tests.core.support import Analyse, cleaned, event_facts, of_kind

LIVE = (
    "DILI DAILY\nNotísia | Polítika | Ekonomia\n\n"
    "Atualiza ikus / Last updated: Tersa, 14 Abríl 2026, 20:05 TLT\n\n"
    "19:40\nPresident Bambang Hadisuryo of Indonesia left Dili this evening after talks with President Jacinto "
    "Loikere.\n"
)


@pytest.mark.parametrize(
    ("stated", "day"),
    [
        (
            "Tersa, 14 Abríl 2026, 20:05 TLT",
            date(2026, 4, 14),
        ),  # a Portuguese month with an accent added (Tetum)
        ("le 3 fevrier 2026", date(2026, 2, 3)),  # a French month with its accent left out
        ("14 abril 2026", date(2026, 4, 14)),
    ],
)
def test_a_month_with_an_accent_added_or_left_out_dates_a_page(stated: str, day: date) -> None:
    clean = cleaned(LIVE.replace("Tersa, 14 Abríl 2026, 20:05 TLT", stated))
    assert clean.published is not None
    assert clean.published.start == day


def test_a_word_like_no_month_does_not_date_a_page() -> None:
    clean = cleaned(LIVE.replace("Tersa, 14 Abríl 2026, 20:05 TLT", "Tersa, 14 Abrolhos 2026"))
    assert clean.published is None


def test_a_page_dated_by_an_accented_month_is_read(analysed: Analyse) -> None:
    story = analysed(LIVE).fragment
    talks = of_kind(event_facts(story), EventType.TALKS) + of_kind(event_facts(story), EventType.MEETING)
    assert ({"Bambang Hadisuryo", "Jacinto Loikere"}, "2026-04-14..2026-04-14") in talks
