"""Rules read from set 24 (eleventh session, while set 25 was written to take its place as held out); articles of
our own."""

from __future__ import annotations

from datetime import date

from bot.core.clean import CleanArticle, clean_article
from bot.core.vocab import load_vocabulary
from tests.core.support import Analyse, people, quote_speakers

LIVE = (
    "PRAŠKÝ DENÍK\nZprávy | Domov | Svět | Ekonomika | English\n\n"
    "ŽIVĚ / LIVE\n\n"
    "Austrian chancellor in Prague: energy pact signed\n\n"
    "Publikováno: 03. 05. 2026 v 09:10 · Aktualizováno: 17:40\n\n"
    "Our English service follows the visit of Austrian Chancellor Reinhold Auerbacher to Prague.\n\n"
    "17:40\n"
    'Economist: "Now both grids will need new lines"\n'
    "Vojtěch Pastorek, an economist at Charles University, said the deal was overdue. "
    '"Now both grids will need new lines," he said.\n\n'
    "11:30\n"
    "Prime Minister Radek Holeček met Auerbacher at Kramář's Villa.\n\n"
    "Čtěte také / Read also\n• Hockey: Sparta win again\n"
)


def _clean(text: str) -> CleanArticle:
    vocab = load_vocabulary()
    return clean_article(text, vocab.outlets, vocab.agencies)


def test_a_day_month_and_year_with_a_space_after_each_dot_dates_the_page() -> None:
    clean = _clean(LIVE)
    assert clean.published is not None
    assert clean.published.start == date(2026, 5, 3)
    # (a trailing dot, as Croatian writes the year: "14. 3. 2026.")
    croatian = _clean(LIVE.replace("03. 05. 2026 v 09:10", "14. 3. 2026. u 09:12"))
    assert croatian.published is not None
    assert croatian.published.start == date(2026, 3, 14)


def test_a_quotation_after_a_role_and_a_colon_is_no_person_named_by_its_first_word(analysed: Analyse) -> None:
    story = analysed(LIVE, published=date(2026, 5, 3)).fragment
    assert "Now" not in people(story)
    assert "Vojtěch Pastorek" in quote_speakers(story).values()
