"""A caption that runs a title into the name ("Minister for Health and Active Ageing Clayton Mifsud Grech", no comma)
and a compound surname told after an honorific ("Dr Mifsud Grech"): one person, with the title in full (eighth
session, from set 14's page 3 as read); articles of our own."""

from __future__ import annotations

from tests.core.support import Analyse, event_facts, people, quote_speakers, titles_by_person

CAPTION = (
    "Ireland and Malta agree on nurse training\n\n"
    "Wednesday 11 February 2026\n\n"
    "[Image: Malta's Minister for Health and Active Ageing Renata Borg Cardona at Government Buildings on "
    "Tuesday.]\n\n"
    "The memorandum was signed in Dublin yesterday by the Minister for Health, Orla Kinsella-Hayes, and Malta's "
    "Minister for Health and Active Ageing, Dr Renata Borg Cardona, after talks at the Department of Health.\n\n"
    "Dr Borg Cardona arrived in Dublin on Monday for a five-day visit and flies home to Valletta on Friday.\n\n"
    "Signed today in Dublin with Minister @OrlaKHayes a memorandum on training.\n"
    "— Renata Borg Cardona (@RBorgCardona) February 10, 2026\n"
)


def test_a_title_run_into_a_captions_name_is_the_title_and_the_person_is_one(analysed: Analyse) -> None:
    story = analysed(CAPTION, "doc").fragment
    assert [n for n in people(story) if "Cardona" in n] == ["Renata Borg Cardona"]
    assert titles_by_person(story)["Renata Borg Cardona"] == ["Minister for Health and Active Ageing"]


def test_a_compound_surname_after_an_honorific_is_the_full_names_and_so_is_the_visit(
    analysed: Analyse,
) -> None:
    story = analysed(CAPTION, "doc").fragment
    assert ("visit", {"Renata Borg Cardona"}, "2026-02-09..2026-02-13") in [
        (kind, who - {"Dublin"}, when) for kind, who, when in event_facts(story) if kind == "visit"
    ]


def test_a_title_run_into_a_coordinated_name_is_the_other_names_title(analysed: Analyse) -> None:
    text = (
        "Tuesday 23 June 2026\nLesotho and South Africa sign water deal\n\n"
        "South African Minister of Water and Sanitation Nokuthula Mbengashe and Lesotho Natural Resources Minister "
        "Motlatsi Ramakoae signed the protocol on Tuesday.\n\n"
        '"From today, the more water Gauteng uses, the more Lesotho earns," Ramakoae said.\n\n'
        "Mbengashe told HBC News the deal would not raise water bills in Gauteng in the short term.\n\n"
        '"Gauteng cannot grow without Polihali," she said.\n'
    )
    story = analysed(text, "doc").fragment
    assert set(people(story)) == {"Nokuthula Mbengashe", "Motlatsi Ramakoae"}
    assert quote_speakers(story).get("Gauteng cannot grow ") == "Nokuthula Mbengashe"
