"""Meetings of "the two ministers" told with an aside after them, and which two they are (ninth session, from the
read set 21's and page 07's missed meetings); articles of our own."""

from __future__ import annotations

from bot.core.model import EventType
from tests.core.support import Analyse, event_facts, of_kind

HEAD = (
    "Tuesday 12 May 2026\nNamibia and Botswana settle rail dispute\n\n"
    "Namibian Works Minister Selma Haufiku and Botswana's Minister of Transport Kagiso Mmusi signed a rail protocol "
    "in Windhoek on Monday.\n\n"
)


def _meetings(text: str, analysed: Analyse) -> list[tuple[set[str], str | None]]:
    facts = event_facts(analysed(HEAD + text, "doc").fragment)
    return of_kind(facts, EventType.MEETING)


def test_the_two_who_last_met_are_not_the_person_of_the_aside(analysed: Analyse) -> None:
    told = "The two ministers last met in Gaborone in December, when Haufiku raised the toll in person.\n"
    assert _meetings(told, analysed) == [({"Selma Haufiku", "Kagiso Mmusi"}, "2025-12-01..2025-12-31")]


def test_a_prime_minister_is_not_one_of_the_two_ministers(analysed: Analyse) -> None:
    told = (
        "On Tuesday, Mmusi called on Prime Minister Elias Shikongo at his office.\n\n"
        "The two ministers last met in Gaborone in December.\n\n"
        "Mmusi said the protocol would cut freight times on the Trans-Kalahari line by a day.\n"
    )
    assert ({"Selma Haufiku", "Kagiso Mmusi"}, "2025-12-01..2025-12-31") in _meetings(told, analysed)


LEADERS = (
    "Wednesday 18 March 2026\nNamibia and Botswana sign rail deal\n\n"
    "President Elias Shikongo of Namibia and President Tebogo Mooketsi of Botswana held talks in Windhoek on "
    "Wednesday morning.\n\n"
    "Foreign ministers Selma Haufiku and Kagiso Mmusi signed an agreement on a rail bridge, and the two presidents "
    "signed a Declaration on Strategic Partnership.\n\n"
    "The two leaders first discussed the bridge when they spoke by telephone in February.\n\n"
    "Haufiku said the bridge would be finished in 2029.\n"
)


def test_the_two_presidents_who_signed_after_the_ministers_are_signatories(analysed: Analyse) -> None:
    facts = event_facts(analysed(LEADERS, "doc").fragment)
    signers = [who for kind, who, _ in facts if kind == EventType.SIGNING.value]
    assert any({"Elias Shikongo", "Tebogo Mooketsi"} <= who for who in signers)
    assert any({"Selma Haufiku", "Kagiso Mmusi"} <= who for who in signers)


def test_the_two_leaders_are_the_heads_not_the_ministers_named_since(analysed: Analyse) -> None:
    facts = event_facts(analysed(LEADERS, "doc").fragment)
    assert ({"Elias Shikongo", "Tebogo Mooketsi"}, "2026-02-01..2026-02-28") in of_kind(
        facts, EventType.TALKS
    )


def test_the_meeting_of_the_story_is_not_merged_with_one_told_as_before_it(analysed: Analyse) -> None:
    text = (
        "Thursday 27 November 2025\nNamibia and Botswana close the file\n\n"
        "Prime Minister Tebogo Mooketsi of Botswana was received by President Elias Shikongo at State House, where "
        "the two leaders held talks for almost two hours.\n\n"
        "The two leaders had agreed to close the file when they met on the sidelines of the UN General Assembly in "
        "New York in September.\n\n"
        "Mooketsi said the border would open in 2026.\n"
    )
    facts = event_facts(analysed(text, "doc").fragment)
    meetings = [when for kind, _, when in facts if kind == EventType.MEETING.value]
    assert "2025-09-01..2025-09-30" in meetings
    assert len(meetings) == 2
