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
