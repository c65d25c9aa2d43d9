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


# Eighth session, from set 21's page 4 as read.


def test_single_quoted_words_told_by_an_honorific_and_their_sequel_and_a_question(analysed: Analyse) -> None:
    text = (
        "Wednesday 13 May 2026\nSri Lanka and Maldives sign fisheries deal\n\n"
        "Maldivian Minister of Fisheries Aminath Nashfa met Sri Lankan Minister Upul Kodituwakku in Galle on "
        "Monday.\n\n"
        "'The Indian Ocean does not have fences, and our fishermen have never needed them,' Ms. Nashfa said at the "
        "harbour, where she met boat owners. 'What they need is to know that they will come home.'\n\n"
        "Nimal Kalupahana, secretary of the Multi-Day Boat Owners' Association, welcomed the agreement. 'The men come "
        "back, but the boats do not. Who will pay that?' he asked.\n\n"
        "Kodituwakku said the Maldives had agreed to consider the boats at the next round of talks.\n"
    )
    speakers = quote_speakers(analysed(text, "doc").fragment)
    assert speakers.get("The Indian Ocean doe") == "Aminath Nashfa"
    assert speakers.get("What they need is to") == "Aminath Nashfa"
    assert speakers.get("The men come back, b") == "Nimal Kalupahana"
