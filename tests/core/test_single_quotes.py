"""Partial quotations in single quotes, as British-style outlets print them (seventh session, from the read sets'
missed quotations); articles of our own."""

from __future__ import annotations

import pytest

from tests.core.support import Analyse, quote_speakers

HEAD = (
    "Wednesday 28 January 2026\nSerbia and North Macedonia sign rail deal\n\n"
    "Serbian Transport Minister Nenad Milutinović and North Macedonian Minister Blagoj Petreski signed a rail "
    "agreement in Belgrade on Tuesday.\n\nMilutinović spoke about the route at length. "
)


@pytest.mark.parametrize(
    "told",
    [
        "He described the Kumanovo route as 'a business, not a tragedy' for the region.",
        "He said the route was 'a business, not a tragedy' for the region.",
    ],
)
def test_a_partial_quotation_in_single_quotes_after_a_verb_of_saying(analysed: Analyse, told: str) -> None:
    quoted = quote_speakers(analysed(HEAD + told + "\n", "doc").fragment)
    assert quoted.get("a business, not a tr") == "Nenad Milutinović"


def test_a_term_in_single_quotes_is_no_quotation(analysed: Analyse) -> None:
    told = "He opened the so-called 'green corridor' for lorries at the border."
    assert quote_speakers(analysed(HEAD + told + "\n", "doc").fragment) == {}
