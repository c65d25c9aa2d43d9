"""Rules written from the pages of set 8 (tests/data/held-out/set8), read on 1 December 2026 after its two
held-out scores. Each checked on a short article of our own."""

from __future__ import annotations

from datetime import date

from bot.core.clean import clean_article
from bot.core.model import Event, EventType, Story
from bot.core.vocab import Vocabulary
from tests.core.support import Analyse, names_of

HEAD = "Wednesday, 13 May 2026\nHeadline of the story\n\n"


def events(story: Story, kind: EventType) -> list[Event]:
    return [e for e in story.events if e.type is kind]


def test_a_paywall_note_above_the_headline_is_furniture(vocab: Vocabulary) -> None:
    text = (
        "Central European Times\nPolitics   Economy   Defence   Energy   Culture\n\n"
        "You have 2 free articles left this month. Subscribe for unlimited access. Already a subscriber? Log in\n\n"
        "Prague and Warsaw agree to build shells together\n\nJakub Novotný\nLast updated: 27/10/2026\n\n"
        "Czech Defence Minister Zdeněk Procházka flew to Warsaw on Monday, where he held talks with Polish "
        "Defence Minister Tomasz Grabowski.\n"
    )
    article = clean_article(text, vocab.outlets, vocab.agencies)
    assert article.title == "Prague and Warsaw agree to build shells together"
    assert article.published is not None
    assert article.published.start == date(2026, 10, 27)


def test_a_signing_is_not_dated_by_what_its_agreement_foresees_next_year(analysed: Analyse) -> None:
    text = HEAD + (
        "Czech Defence Minister Zdeněk Procházka held talks with Polish Defence Minister Tomasz Grabowski in Warsaw "
        "on Monday. The two men then signed a Letter of Intent on Joint Ammunition Production, which foresees a "
        "plant near the border next year.\n\n"
        '"The bottleneck is not the plant," said Radek Šimůnek, chief executive of Moravia Defence Systems, which '
        "produces shell casings.\n"
    )
    story = analysed(text, "next-year").fragment
    (signing,) = events(story, EventType.SIGNING)
    assert names_of(story, signing, "signatory") == {"Zdeněk Procházka", "Tomasz Grabowski"}
    assert signing.when is not None
    assert signing.when.start == date(2026, 5, 11)
    assert sorted(e.name for e in story.entities if e.id.startswith("person:")) == [
        "Radek Šimůnek",
        "Tomasz Grabowski",
        "Zdeněk Procházka",
    ]
