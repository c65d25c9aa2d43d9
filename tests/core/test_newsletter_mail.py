"""A newsletter as its e-mail came: headers above it (the sender is the outlet, the subject its headline), a
"having trouble reading this?" line, the date line under a standfirst, and a numbered section of other stories
("2 | ELSEWHERE IN THE CONE") that ends the story (eighth session, from set 21's page 10 as read); our own text."""

from __future__ import annotations

from datetime import date

from bot.core.clean import clean_article
from tests.core.support import Analyse, people

LETTER = (
    "From: Andes Water Letter <letter@andeswater.example>\n"
    "Subject: The Titicaca accord is signed. What next?\n\n"
    "Having trouble reading this? Open in your browser →\n\n"
    "ANDES WATER LETTER\n"
    "Rivers, lakes and trade across the high Andes · weekly, in English\n\n"
    "Edição nº 12 · quinta-feira, 5 de novembro de 2026\n"
    "by Mariela Quispe, La Paz\n\n"
    "Hello again. One story dominates this week.\n\n"
    "═══════════════════════════════\n\n"
    "1 | TITICACA: SIGNED AT LAST\n\n"
    "On Tuesday, in Puno, Peru and Bolivia signed an agreement on the joint management of Lake Titicaca. "
    "Peruvian Foreign Minister Rosa Mamani Ccori and Bolivian Foreign Minister Ernesto Villca Choque signed it "
    "at the regional government's headquarters.\n\n"
    "═══════════════════════════════\n\n"
    "2 | ELSEWHERE IN THE ANDES\n\n"
    "• Chile: Energy Minister Tomás Errázuriz Vial opened the lithium auction on Friday.\n"
    "• Ecuador: Oil Minister Paola Andrade Lema said exports would rise.\n"
)


def test_the_mail_headers_give_the_outlet_and_headline_and_the_date_line_is_read() -> None:
    clean = clean_article(LETTER)
    assert clean.outlet == "Andes Water Letter"
    assert clean.title == "The Titicaca accord is signed. What next?"
    assert clean.published is not None
    assert clean.published.start == date(2026, 11, 5)
    kept = " ".join(LETTER[p.start : p.end] for p in clean.paragraphs)
    assert "From:" not in kept
    assert "trouble reading" not in kept


def test_a_numbered_section_of_other_stories_ends_the_story(analysed: Analyse) -> None:
    names = set(people(analysed(LETTER, "doc").fragment))
    assert {"Rosa Mamani Ccori", "Ernesto Villca Choque"} <= names
    assert not names & {"Tomás Errázuriz Vial", "Paola Andrade Lema"}
