"""Talks of the story's two countries told by the body or the officials that meet (seventh session, from the read
sets' missed talks); articles of our own."""

from __future__ import annotations

import pytest

from bot.core.model import EventType
from tests.core.support import Analyse, event_facts

HEAD = (
    "Wednesday 28 January 2026\nIran and Afghanistan agree on Helmand\n\n"
    "Iranian Energy Minister Abbas Hosseini-Talab and Afghan Minister Abdul Wahid Rahimzai signed a water protocol "
    "in Kabul on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("told", "when"),
    [
        (
            "The Permanent Joint Technical Commission on the Helmand River will meet in Zabol next month.",
            "2026-02-01..2026-02-28",
        ),
        ("Officials from both health departments will meet in Herat in May.", "2026-05-01..2026-05-31"),
        ("The Joint Economic Committee will convene in Kabul in June.", "2026-06-01..2026-06-30"),
    ],
)
def test_a_joint_body_or_both_sides_officials_meeting_are_talks_of_the_two(
    analysed: Analyse, told: str, when: str
) -> None:
    facts = event_facts(analysed(HEAD + told + "\n", "doc").fragment)
    assert [(who, w) for kind, who, w in facts if kind == EventType.TALKS.value] == [
        ({"Iran", "Afghanistan"}, when)
    ]


def test_a_parliament_that_convenes_holds_no_talks(analysed: Analyse) -> None:
    facts = event_facts(analysed(HEAD + "Parliament will convene in Kabul in June.\n", "doc").fragment)
    assert [kind for kind, _, _ in facts] == [EventType.SIGNING.value]


GEORGIA = (
    "Wednesday 18 March 2026\nGeorgia and Armenia agree power line\n\n"
    "Georgian Energy Minister Nino Beridze and Armenian Minister Vahagn Hakobjanyan signed an agreement in Tbilisi on "
    "Monday.\n\n"
)


def test_a_working_group_of_the_two_ministries_meeting_is_talks_of_the_two(analysed: Analyse) -> None:
    told = "A joint working group of the two ministries will meet in Yerevan in July.\n"
    facts = event_facts(analysed(GEORGIA + told, "doc").fragment)
    assert [(who, w) for kind, who, w in facts if kind == EventType.TALKS.value] == [
        ({"Georgia", "Armenia"}, "2026-07-01..2026-07-31")
    ]


@pytest.mark.parametrize(
    ("told", "chairs"),
    [
        (
            "Georgian Economy Minister Ketevan Sulakvelidze and Armenian Minister Vahagn Hakobjanyan co-chaired the "
            "14th session of the Georgian-Armenian intergovernmental commission in Tbilisi on Monday.",
            {"Ketevan Sulakvelidze", "Vahagn Hakobjanyan"},
        ),
        (
            "On Monday, Georgian Economy Minister Ketevan Sulakvelidze co-chaired the 14th meeting of the "
            "Georgia–Armenia Joint Commission in Tbilisi with his Armenian counterpart, Vahagn Hakobjanyan.",
            {"Ketevan Sulakvelidze", "Vahagn Hakobjanyan"},
        ),
    ],
)
def test_a_joint_bodys_session_co_chaired_is_talks_of_the_two_countries_and_its_chairs(
    analysed: Analyse, told: str, chairs: set[str]
) -> None:
    facts = event_facts(analysed(GEORGIA + told + "\n", "doc").fragment)
    talks = [(who, w) for kind, who, w in facts if kind == EventType.TALKS.value]
    assert talks == [({"Georgia", "Armenia"} | chairs, "2026-03-16..2026-03-16")]


def test_two_presidents_who_discussed_a_dispute_by_phone_held_talks(analysed: Analyse) -> None:
    text = (
        "Thursday 5 November 2026\nPanama and Costa Rica\n\n"
        "Panama's Minister Ramón Tejeira and Costa Rica's Minister Marcela Quesada signed an agreement in Paso Canoas "
        "on Thursday.\n\n"
        "President Esteban Villalobos Arce and his Panamanian counterpart, Julio Vallarino Herrera, discussed the "
        "dispute by phone on Monday.\n"
    )
    facts = event_facts(analysed(text, "doc").fragment)
    talks = [(who, w) for kind, who, w in facts if kind == EventType.TALKS.value]
    assert talks == [({"Esteban Villalobos Arce", "Julio Vallarino Herrera"}, "2026-11-02..2026-11-02")]


def test_rounds_told_in_a_list_of_places_and_days_are_talks_each(analysed: Analyse) -> None:
    text = (
        "Friday 24 April 2026\nNorway and Iceland agree\n\n"
        "Norway's Minister Sigrun Vestvik and Iceland's Minister Hallgerður Ásmundsdóttir signed an arrangement in "
        "Tromsø on Thursday. It follows four rounds of consultations between the two countries' delegations. The "
        "delegations met in Reykjavík in January, in Oslo in February and in Bergen from 10 to 12 March.\n"
    )
    facts = event_facts(analysed(text, "doc").fragment)
    assert [(who, w) for kind, who, w in facts if kind == EventType.TALKS.value] == [
        ({"Norway", "Iceland"}, "2026-01-01..2026-01-31"),
        ({"Norway", "Iceland"}, "2026-02-01..2026-02-28"),
        ({"Norway", "Iceland"}, "2026-03-10..2026-03-12"),
    ]


def test_the_two_delegations_opening_a_sentence_hold_talks_of_the_two(analysed: Analyse) -> None:
    text = (
        "Wednesday 28 January 2026\nKuwait and Bangladesh agree\n\n"
        "Kuwaiti Minister Ahmad Al-Sabah and Bangladeshi Minister Rahim Uddin signed a labour agreement in Dhaka on "
        "Tuesday.\n\n"
        "The two delegations met for three days of consultations in Dhaka from Tuesday to Thursday.\n\n"
        "Both sides will meet again in Kuwait City in March.\n"
    )
    facts = event_facts(analysed(text, "doc").fragment)
    assert [(who, w) for kind, who, w in facts if kind == EventType.TALKS.value] == [
        ({"Kuwait", "Bangladesh"}, "2026-01-20..2026-01-22"),
        ({"Kuwait", "Bangladesh"}, "2026-03-01..2026-03-31"),
    ]


@pytest.mark.parametrize(
    "told",
    [
        "The arrangement was prepared by officials who held technical-level discussions in Dhaka in early September.",
        "Technical-level talks were held in Dhaka in early September.",
    ],
)
def test_talks_officials_held_at_home_are_the_two_countries(analysed: Analyse, told: str) -> None:
    text = (
        "Wednesday 28 January 2026\nKuwait and Bangladesh agree\n\n"
        "Kuwaiti Minister Ahmad Al-Sabah and Bangladeshi Minister Rahim Uddin signed a labour agreement in Dhaka on "
        "Tuesday.\n\n" + told + "\n"
    )
    facts = event_facts(analysed(text, "doc").fragment)
    assert [(who, w) for kind, who, w in facts if kind == EventType.TALKS.value] == [
        ({"Kuwait", "Bangladesh"}, "2025-09-01..2025-09-30")
    ]


# Eighth session, from sets 20 and 21 as read: a session of a body told held, to be held or under way.

SESSIONS = (
    "Tuesday 14 July 2026\nPeru and Bolivia talk\n\n"
    "Peruvian President Ana Quispe Mamani met Bolivian President Luis Arce Choque in Puno on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("The plenary session of the Binational Cabinet is under way at the regional government headquarters.",
         "2026-07-14..2026-07-14"),
        ("The last Binational Cabinet was held in Cochabamba in 2024.", "2024-01-01..2024-12-31"),
        ("The fourth session of the Peru–Bolivia Joint Permanent Commission took place in Lima last week.",
         "2026-07-06..2026-07-12"),
        ("The Peru–Bolivia Joint Committee on Labor first met in La Paz in February.", "2026-02-01..2026-02-28"),
        ("The next session of the Peru–Bolivia High-Level Cooperation Council will take place in La Paz next year.",
         "2027-01-01..2027-12-31"),
    ],
)  # fmt: skip
def test_a_session_of_a_body_two_countries_hold_is_their_talks(
    analysed: Analyse, sentence: str, when: str
) -> None:
    facts = event_facts(analysed(SESSIONS + sentence + "\n", "doc").fragment)
    assert ("talks", {"Peru", "Bolivia"}, when) in facts


def test_a_session_of_one_countrys_body_is_no_talks(analysed: Analyse) -> None:
    text = SESSIONS + "The Parliamentary Joint Committee on Treaties met in Lima on Monday.\n"
    assert [kind for kind, _, _ in event_facts(analysed(text, "doc").fragment) if kind == "talks"] == []
