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


def test_a_newsletters_next_item_ends_the_story_and_plural_titles_are_each_ones(analysed: Analyse) -> None:
    text = (
        "THE ANDEAN BRIEF\n\nIssue #214 | November 18th, 2026\n\n"
        "1. THE BIG ONE: Ecuador blinks first\n\n"
        'Ecuador suspended its 20% "border security surcharge" on Colombian imports on Monday.\n\n'
        "Ecuador's Minister of Production, Foreign Trade and Investment, María Fernanda Castillo Rendón, and "
        "Colombia's Minister of Commerce, Industry and Tourism, Juan Sebastián Ortiz Villegas, agreed on a joint "
        "border committee.\n\n"
        "The foreign ministers, Luz Marina Quintero de la Hoz of Colombia and Andrés Felipe Cevallos Moreno of "
        "Ecuador, will meet in Quito next month.\n\n"
        "2. PERU: Congress censures energy minister\n"
        "Lawmakers voted on Tuesday to censure Energy and Mines Minister Ricardo Palomino Huamán.\n"
    )
    story = analysed(text, "newsletter").fragment
    people = {
        e.name: ([t.value for t in e.titles], e.country) for e in story.entities if e.id.startswith("person:")
    }
    assert people == {
        "María Fernanda Castillo Rendón": (
            ["Minister of Production Foreign Trade and Investment"],
            "ecuador",
        ),
        "Juan Sebastián Ortiz Villegas": (["Minister of Commerce Industry and Tourism"], "colombia"),
        "Luz Marina Quintero de la Hoz": (["foreign minister"], "colombia"),
        "Andrés Felipe Cevallos Moreno": (["foreign minister"], "ecuador"),
    }
    (tariff,) = events(story, EventType.TARIFF)
    assert {p.entity: p.role for p in tariff.participants} == {
        "country:ecuador": "actor",
        "country:colombia": "target",
    }
    assert [v.value for v in tariff.status] == ["suspended"]
    (meeting,) = events(story, EventType.MEETING)
    assert names_of(story, meeting, "participant") == {
        "Luz Marina Quintero de la Hoz",
        "Andrés Felipe Cevallos Moreno",
    }


def test_a_post_below_a_line_that_introduces_it_and_possessive_portfolios(analysed: Analyse) -> None:
    text = HEAD + (
        "Sri Lanka removed its levy on Maldivian tuna on Monday.\n\n"
        "Bangladesh's Minister of Expatriates' Welfare and Overseas Employment, Nusrat Jahan Khondoker, met Sri "
        "Lankan officials in Colombo on Tuesday.\n\n"
        "The Power Sales Agreement was inked on Tuesday by Hitendra Dev Bhattarai, Managing Director of the Nepal "
        "Electricity Authority, and Rezaul Haque Talukder, Chairman of the Bangladesh Power Development Board.\n\n"
        "President Ibrahim Shafeeq welcomed the decision on X on Tuesday evening:\n\n"
        "I thank the Government of Sri Lanka for removing the levy on Maldivian tuna. Our fishermen are the "
        "backbone of our nation.\n"
        "— Ibrahim Shafeeq (@IbuShafeeq) May 12, 2026\n\n"
        "Fishermen in Malé said the decision came late.\n"
    )
    story = analysed(text, "post-below").fragment
    people = {e.name: [t.value for t in e.titles] for e in story.entities if e.id.startswith("person:")}
    assert people["Nusrat Jahan Khondoker"] == ["Minister of Expatriates' Welfare and Overseas Employment"]
    assert people["Hitendra Dev Bhattarai"] == ["Managing Director of the Nepal Electricity Authority"]
    assert "Welfare" not in people
    names = {e.id: e.name for e in story.entities}
    said = {(names[q.speaker], q.texts[0].value) for q in story.quotations}
    assert (
        "Ibrahim Shafeeq",
        "I thank the Government of Sri Lanka for removing the levy on Maldivian tuna",
    ) in said


def test_a_visit_told_in_a_who_clause_before_witnessing_a_signing(analysed: Analyse) -> None:
    text = HEAD + (
        "Jamaica and the Dominican Republic signed a fisheries memorandum in Kingston on Tuesday.\n\n"
        "Dominican Foreign Minister Rafael Antonio Peña Almonte, who arrived in Kingston on Monday for a three-day "
        "working visit, witnessed the signing alongside his Jamaican counterpart.\n"
    )
    story = analysed(text, "who-visit").fragment
    (visit,) = events(story, EventType.VISIT)
    assert names_of(story, visit, "visitor") == {"Rafael Antonio Peña Almonte"}
    assert visit.when is not None
    assert (visit.when.start, visit.when.end) == (date(2026, 5, 11), date(2026, 5, 13))


def test_titles_with_oceans_social_affairs_or_ending_the_sentence(analysed: Analyse) -> None:
    text = HEAD + (
        "Iceland's Minister of Industries Sigrún Þórðardóttir hosted Norway's Minister of Fisheries and Oceans Eirik "
        "Haugland Strand in Reykjavík on Tuesday.\n\n"
        "She called on Kuwait's Minister of Social Affairs, Talal al-Mutairi, on Tuesday. The initials on the draft "
        "belong to Rezaul Karim Bhuiyan, Bangladesh's ambassador in Kuwait.\n\n"
        "A Memorandum on Combating Illegal, Unreported and Unregulated Fishing was signed by the two ministers.\n"
    )
    story = analysed(text, "titles-8").fragment
    people = {e.name: [t.value for t in e.titles] for e in story.entities if e.id.startswith("person:")}
    assert people["Eirik Haugland Strand"] == ["Minister of Fisheries and Oceans"]
    assert people["Talal al-Mutairi"] == ["Minister of Social Affairs"]
    assert people["Rezaul Karim Bhuiyan"] == ["ambassador in Kuwait"]
    assert not {"Oceans", "Unregulated Fishing", "Social Affairs"} & set(people)
