"""Rules written from the pages of set 14 (tests/data/held-out/set14), read on 1 December 2026 (fifth session)
after it was held out since the third session (sets 17 and 18 are held out in its place). Each checked on a short
article of our own."""

from __future__ import annotations

import pytest

from tests.core.support import Analyse, person_facts

HEAD = "Thursday, 4 September 2025\nHeadline\n\n"


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Lesotho's Minister of Natural Resources, Honourable Tšeliso Ramokhele, arrived in Mbabane on Tuesday.",
         "Tšeliso Ramokhele", "Minister of Natural Resources"),
        ("Nauru's President, His Excellency Teloni Amwano, arrived in Funafuti on Monday.",
         "Teloni Amwano", "President"),
        ("Health Minister Lyonpo Karma Lhendup met the Bruneian minister in Thimphu on Thursday.",
         "Karma Lhendup", "Health Minister"),
        ("Federal Councillor Urs Ruckstuhl-Meier spent the day in Vaduz on Wednesday.",
         "Urs Ruckstuhl-Meier", "Federal Councillor"),
        ("Castellón called on Venezuela's Minister of People's Power for Petroleum, Héctor Rafael Carrasquero Molina, "
         "on Wednesday.", "Héctor Rafael Carrasquero Molina", "Minister of People's Power for Petroleum"),
    ],
)  # fmt: skip
def test_a_form_of_address_or_a_title_of_its_own_is_no_part_of_the_name(
    analysed: Analyse, sentence: str, name: str, title: str
) -> None:
    found = person_facts(analysed(HEAD + sentence + "\n", "doc").fragment)
    assert name in found
    assert title in found[name][0]
    assert not [n for n in found if n.startswith(("Honourable", "His ", "Lyonpo", "Councillor"))]


def test_a_coach_is_a_title_not_a_first_name(analysed: Analyse) -> None:
    text = (
        HEAD
        + 'Coach José Riveiro said the squad was fully fit. "We are ready for a difficult game," he said.\n'
    )
    found = person_facts(analysed(text, "doc").fragment)
    assert found.get("José Riveiro") == (["Coach"], None)
