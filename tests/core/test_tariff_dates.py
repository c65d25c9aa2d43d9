"""A tariff's day where its clause tells more days than one, and a tariff's imposition told apart from the change
to it. Rules read from the date misses of the read sets (seventh session); each checked on short articles of our own."""

from __future__ import annotations

import pytest

from bot.core.model import EventType, Story
from tests.core.support import Analyse, event_facts


def _tariffs(story: Story) -> list[tuple[set[str], str | None, str]]:
    statuses = [e.status[0].value if e.status else "" for e in story.events if e.type is EventType.TARIFF]
    facts = [(who, when) for kind, who, when in event_facts(story) if kind == "tariff"]
    return [(who, when, status) for (who, when), status in zip(facts, statuses, strict=True)]


def test_a_measure_takes_the_day_it_takes_effect_not_the_day_of_another_verb_before_it(
    analysed: Analyse,
) -> None:
    text = (
        "Thursday, 12 March 2026\nHeadline\n\n"
        "Trade Minister Amara Kollie returned to Monrovia last night from Abidjan, where she signed an agreement "
        "yesterday under which Liberia will suspend its 25 per cent levy on Ivorian cement from 1 April.\n"
    )
    tariffs = _tariffs(analysed(text, "doc").fragment)
    assert [(when, status) for _, when, status in tariffs] == [("2026-04-01..2026-04-01", "suspended")]


def test_a_measure_announced_on_a_day_keeps_the_day_it_was_announced(analysed: Analyse) -> None:
    text = (
        "Thursday, 12 March 2026\nHeadline\n\n"
        "Separately, Turkey's trade ministry said on Tuesday it would scrap an additional 10% customs duty on "
        "Indonesian palm oil from June 1.\n"
    )
    tariffs = _tariffs(analysed(text, "doc").fragment)
    assert [when for _, when, _ in tariffs] == ["2026-03-10..2026-03-10"]


def test_an_imposition_told_after_the_tariff_with_its_own_day_is_an_event_of_its_own(
    analysed: Analyse,
) -> None:
    text = (
        "Thursday, 12 March 2026\nHeadline\n\n"
        "Minister Kpangbai announced that Liberia would suspend, from April 1, the 25 percent surcharge on Ivorian "
        "cement that the Ministry of Commerce imposed in January to protect a new plant.\n"
    )
    tariffs = _tariffs(analysed(text, "doc").fragment)
    assert [(when, status) for _, when, status in tariffs] == [
        ("2026-04-01..2026-04-01", "suspended"),
        ("2026-01-01..2026-01-31", "imposed"),
    ]
    assert tariffs[0][0] == tariffs[1][0]
    assert {"Liberia", "Ivory Coast"} <= tariffs[1][0]


def test_a_surcharge_slapped_on_goods_in_a_month_is_imposed_that_month(analysed: Analyse) -> None:
    text = (
        "Thursday, 16 July 2026\nHeadline\n\n"
        "Trinidad and Tobago will suspend from August 1 the 20 per cent surcharge slapped on Jamaican patties and "
        "other processed meat products in February, the trade minister said.\n"
    )
    tariffs = _tariffs(analysed(text, "doc").fragment)
    assert [(when, status) for _, when, status in tariffs] == [
        ("2026-08-01..2026-08-01", "suspended"),
        ("2026-02-01..2026-02-28", "imposed"),
    ]


def test_a_tariff_named_again_and_introduced_on_a_day_is_its_imposition(analysed: Analyse) -> None:
    text = (
        "Wednesday, 11 March 2026\nHeadline\n\n"
        "South Sudan will suspend its 25 per cent emergency levy on Ugandan processed foods from 1 April, the trade "
        "minister said.\n\n"
        "The levy was introduced on 1 February after oil exports were disrupted.\n"
    )
    tariffs = _tariffs(analysed(text, "doc").fragment)
    assert [(when, status) for _, when, status in tariffs] == [
        ("2026-04-01..2026-04-01", "suspended"),
        ("2026-02-01..2026-02-01", "imposed"),
    ]
    assert "Uganda" in tariffs[1][0]


def test_a_tariff_imposed_and_named_again_is_the_same_tariff(analysed: Analyse) -> None:
    text = (
        "Wednesday, 11 March 2026\nHeadline\n\n"
        "India imposed a 20 per cent duty on Malaysian palm oil on Monday.\n\n"
        "India imposed the duty after a row over shipments.\n"
    )
    tariffs = _tariffs(analysed(text, "doc").fragment)
    assert len(tariffs) == 1
    assert tariffs[0][1] == "2026-03-09..2026-03-09"


def test_an_announcement_with_no_day_of_its_own_leaves_the_measure_its_day(analysed: Analyse) -> None:
    text = (
        "Thursday, 22 January 2026\nHeadline\n\n"
        "Trade Minister Chipo Hamoonga announced after the meeting that the 15 per cent duty on cement from Tanzania, "
        "which Lusaka introduced last August to protect local producers, would be suspended from March 1.\n"
    )
    tariffs = _tariffs(analysed(text, "doc").fragment)
    assert [(when, status) for _, when, status in tariffs] == [
        ("2026-03-01..2026-03-01", "suspended"),
        ("2025-08-01..2025-08-31", "imposed"),
    ]


def test_a_signing_after_a_meeting_is_not_of_the_day_its_measure_takes_effect(analysed: Analyse) -> None:
    text = (
        "Monday 13 July 2026\nKenya and Tanzania\n\n"
        "Kenya's Cabinet Secretary Esther Nyambura Kihoro and Tanzania's Minister Hamisi Mbaruku agreed the truce at "
        "a meeting in Arusha on Friday, and signed a joint communiqué committing both sides to suspend the measures "
        "from August 1.\n"
    )
    story = analysed(text, "doc").fragment
    signings = [
        e.when.start.isoformat() if e.when else None for e in story.events if e.type is EventType.SIGNING
    ]
    assert signings == ["2026-07-10"]


# Eighth session, from set 21's pages 2, 3 and 11 as read.


def test_two_measures_of_a_programme_each_take_the_day_they_take_effect(analysed: Analyse) -> None:
    text = (
        "Tuesday, 7 April 2026\nJordan and Iraq sign trade programme\n\n"
        "Under the programme, Jordan will exempt 60 Iraqi agricultural and industrial products from customs duties "
        "starting from May 1, while Iraq will halve the customs fees levied at the Turaibil border crossing on "
        "Jordanian construction materials as of June 1, the trade minister told reporters on Monday.\n"
    )
    tariffs = [(who & {"Jordan", "Iraq"}, when) for who, when, _ in _tariffs(analysed(text, "doc").fragment)]
    # (tenth session: Jordan, after "Under the programme,", is read as the country that exempts, as Iraq is below)
    assert ({"Jordan", "Iraq"}, "2026-05-01..2026-05-01") in tariffs
    assert ({"Jordan", "Iraq"}, "2026-06-01..2026-06-01") in tariffs


def test_a_standfirsts_measure_to_come_takes_the_coming_day(analysed: Analyse) -> None:
    text = (
        "Monday 13th July 2026\n\nKenya, Tanzania agree truce in cooking oil and rice duty row\n\n"
        "Dar es Salaam to suspend 25pc duty on Kenyan edible oils from August 1, Nairobi to waive rice levy\n\n"
        "Tanzania on June 1 imposed a 25 per cent duty on edible oils refined in Kenya.\n"
    )
    whens = {when for _, when, _ in _tariffs(analysed(text, "doc").fragment)}
    assert "2026-08-01..2026-08-01" in whens
    assert not any(w and w.startswith("2025") for w in whens)


@pytest.mark.parametrize(
    ("sentence", "who", "when"),
    [
        (
            "Peru suspended its anti-dumping duty on Bolivian soybean oil on Monday.",
            {"Peru", "Bolivia"},
            "2026-05-11..2026-05-11",
        ),
        (
            "Fiji will waive the 32 per cent import excise on Vanuatu kava from next month.",
            {"Fiji", "Vanuatu"},
            "2026-06-01..2026-06-30",
        ),
        (
            "Bahrain will exempt Kuwaiti dairy products from customs duty from July 1.",
            {"Bahrain", "Kuwait"},
            "2026-07-01..2026-07-01",
        ),
        (
            "Mozambique will remove the import tariff on Zimbabwean maize, officials said on Wednesday.",
            {"Mozambique", "Zimbabwe"},
            None,
        ),
    ],
)
def test_measures_told_by_other_verbs_and_nouns(
    analysed: Analyse, sentence: str, who: set[str], when: str | None
) -> None:
    text = f"Wednesday, 13 May 2026\nTrade news\n\n{sentence}\n"
    tariffs = _tariffs(analysed(text, "doc").fragment)
    assert [found & who for found, _, _ in tariffs] == [who]
    if when is not None:
        assert [w for _, w, _ in tariffs] == [when]


def test_a_measures_day_of_taking_effect_told_without_tense_is_the_nearer_such_day(analysed: Analyse) -> None:
    text = (
        "Monday, 7 September 2026\nCentral African Republic eases trade with Sudan\n\n"
        "The Central African Republic's 12% levy on Sudanese sugar and fuel is suspended from 1 October, the trade "
        "ministry said in Bangui on Saturday.\n"
    )
    whens = {w for _, w, _ in _tariffs(analysed(text, "doc").fragment)}
    assert whens == {"2026-10-01..2026-10-01"}
