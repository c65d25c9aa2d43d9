"""Publication dates printed in the outlet's own language (seventh session): month names from CLDR
(bot/core/data/months.json, written by tools/months_from_cldr.py); articles of our own."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.clean import clean_article
from bot.core.vocab import month_names

BODY = (
    "\nHeadline about the two ministers\n\n"
    "The minister of Ruritania and the minister of Freedonia signed an agreement on trade in the capital on Tuesday, "
    "officials said.\n\n"
    "The deal covers customs and transit, and it will take effect next year after ratification by both parliaments.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "4 ноября 2026, 10:32",
        "4 Kasım 2026 Çarşamba",
        "Δημοσίευση: 4 Νοεμβρίου 2026",
        "Objavljeno: 4. studenoga 2026.",
        "Publicat: 4 noiembrie 2026",
        "Miércoles 4 de noviembre del 2026",
        "Ngày 4 tháng 11 năm 2026",
    ],
)
def test_a_publication_date_in_the_outlets_language(line: str) -> None:
    clean = clean_article("Some Outlet\n" + line + BODY)
    assert clean.published is not None
    assert clean.published.start == date(2026, 11, 4)


def test_a_month_name_that_is_another_month_in_another_language_dates_nothing() -> None:
    # "listopada": November in Polish, October in Croatian
    assert "listopada" not in month_names()
    clean = clean_article("Some Outlet\nOpublikowano: 4 listopada 2026" + BODY)
    assert clean.published is None


def test_a_word_before_a_year_that_is_no_month_dates_nothing() -> None:
    clean = clean_article("Some Outlet\nIssue 4 Autumn 2026" + BODY)
    assert clean.published is None
