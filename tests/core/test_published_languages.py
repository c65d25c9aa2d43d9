"""Publication dates printed in the outlet's own language (seventh session): month names from CLDR
(bot/core/data/months.json, written by tools/months_from_cldr.py); articles of our own."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.clean import clean_article
from bot.core.vocab import month_names
from tests.core.support import Analyse

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
        # (eighth session) Arabic-Indic digits and the months of the Levant and Iraq, of one word and of two
        "الأربعاء ٤ تشرين الثاني ٢٠٢٦   |   ١٤ جمادى الأولى ١٤٤٨ هـ",
        "الأربعاء 4 نوفمبر 2026",
        "چهارشنبه ۴ نوامبر ۲۰۲۶",
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


def test_a_levantine_month_of_one_word_in_arabic_indic_digits() -> None:
    clean = clean_article("Some Outlet\nالثلاثاء ٧ نيسان ٢٠٢٦" + BODY)
    assert clean.published is not None
    assert clean.published.start == date(2026, 4, 7)
    assert clean.published.phrase == "٧ نيسان ٢٠٢٦"  # as the page writes it


def test_a_dateline_without_a_year_takes_the_copyright_years_on_a_page_that_dates_nothing_else(
    analysed: Analyse,
) -> None:
    text = (
        "RUVAL NATIONAL NEWS AGENCY\n\nRuritania, Freedonia sign pipeline deal\n\n"
        "Strelsau, April 7 (RNNA) -- Ruritania and Freedonia on Tuesday signed a framework agreement on an oil "
        "pipeline, officials said.\n\n"
        "The pipeline will carry one million barrels a day once it is built, the energy ministry said.\n\n"
        "© 2026 Ruval National News Agency. All rights reserved.\n"
    )
    source = analysed(text, "doc").source
    assert source.published.start == date(2026, 4, 7)
    assert source.inferred
    assert "copyright" in source.published_basis
