"""Rules read from set 23 (tenth session, after set 24 took its place as held out); articles of our own."""

from __future__ import annotations

from datetime import date

from bot.core.clean import CleanArticle, clean_article
from bot.core.vocab import load_vocabulary

MAGAZINE = (
    "LE COURRIER DU SAHEL\nLe magazine de l'Afrique de l'Ouest · English edition\n\n"
    "Politique | Économie | Culture | Abonnement\n\n"
    "Nous utilisons des cookies pour mesurer l'audience. [Tout accepter] [Refuser]\n\n"
    "GRAND FORMAT · DIPLOMATIE\n\n"
    "A river that wants to be a road\n\n"
    "Mali's president came to Niamey with a fund for the river towns and a promise of duty-free trade.\n\n"
    "By Claire Dubosc, in Niamey and Ayorou\n"
    "Publié en ligne le 14 mars 2026 · 9 min de lecture\n\n"
    "[PHOTO] Presidents Amadou Keïta-Sow and Issoufou Garba at the palace, 10 March. © Présidence\n\n"
    "On Tuesday, President Amadou Keïta-Sow met President Issoufou Garba in Niamey for talks on the river fund.\n\n"
    "The two ministers of trade signed a protocol on duty-free river trade on Wednesday.\n\n"
    "À LIRE AUSSI\n"
    "→ Niamey : le maire Boubacar Maïga veut un port sur le fleuve à Ayorou, avec le président Garba\n"
    "→ Football : l'entraîneur Sidi Touré quitte le club après la défaite\n\n"
    "Le Courrier du Sahel · © 2026 Tous droits réservés\n"
)


def _clean(text: str) -> CleanArticle:
    vocab = load_vocabulary()
    return clean_article(text, vocab.outlets, vocab.agencies)


def test_a_cookie_notice_in_french_with_a_two_word_button_is_furniture() -> None:
    clean = _clean(MAGAZINE)
    kept = [MAGAZINE[p.start : p.end] for p in clean.paragraphs]
    assert not any("cookies" in p for p in kept)


def test_a_french_publication_line_under_a_standfirst_and_byline_dates_the_page() -> None:
    clean = _clean(MAGAZINE)
    assert clean.published is not None
    assert clean.published.start == date(2026, 3, 14)
    assert clean.byline == "Claire Dubosc"


def test_a_photo_line_with_its_copyright_is_a_caption_not_story() -> None:
    clean = _clean(MAGAZINE)
    kept = [MAGAZINE[p.start : p.end] for p in clean.paragraphs]
    assert kept[0].startswith("Mali's president came to Niamey")
    assert not any(p.startswith("[PHOTO]") for p in kept)


def test_read_also_in_the_outlets_language_ends_the_article() -> None:
    clean = _clean(MAGAZINE)
    kept = " ".join(MAGAZINE[p.start : p.end] for p in clean.paragraphs)
    assert "duty-free river trade" in kept
    assert "Boubacar" not in kept
    assert "Sidi Touré" not in kept
