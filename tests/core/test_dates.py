"""Date expressions resolved against the publication date, each at its own precision."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.dates import find_dates, latest_reported, next_month_day, weekday_dated
from bot.core.model import Precision, When

SAT_1_NOV_2025 = date(2025, 11, 1)
FRI_23_AUG_2024 = date(2024, 8, 23)


def only_date(text: str, reference: date | None) -> When:
    """The single resolved date in ``text``."""
    found = [m for m in find_dates(text, reference) if m.when is not None]
    assert len(found) == 1, f"expected one date in {text!r}, found {[m.phrase for m in found]}"
    when = found[0].when
    assert when is not None
    return when


# ---------------------------------------------------------------------- weekdays


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("The ministers signed the accord on Friday in Oslo.", SAT_1_NOV_2025, date(2025, 10, 31)),
        ("The envoys met on Thursday to review the ceasefire.", FRI_23_AUG_2024, date(2024, 8, 22)),
        ("The port reopened on Monday after the strike.", SAT_1_NOV_2025, date(2025, 10, 27)),
        ("Talks ended on Saturday without a deal.", SAT_1_NOV_2025, SAT_1_NOV_2025),
    ],
)
def test_a_weekday_is_the_last_such_day_on_or_before_the_report(
    text: str, reference: date, expected: date
) -> None:
    when = only_date(text, reference)
    assert (when.start, when.end) == (expected, expected)
    assert when.precision is Precision.DAY
    assert when.reference == reference
    assert "on " in when.phrase
    assert when.phrase.split()[-1] in text


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("The envoy arrived in Al Wakrah Saturday.", True),
        ("The minister landed Saturday in Doha.", True),
        ("Shops opened early for Black Friday.", False),
        ("The ministers formalised the pact Sunday in Cape Town.", True),
        ("Talks resumed Friday evening in Doha.", True),
        ("The Good Friday Agreement was cited.", False),
        ("The minister spoke on Palm Sunday.", False),
        ("The two sides talked Friday evening, officials said.", True),
        ("The two sides are expected to sign the agreement Friday.", False),
        ("The two sides must sign the agreement by Tuesday.", False),
        ("Saturday markets in Doha drew crowds.", False),
        ("Officials expect a Friday prayer crowd near the Saturday market square.", False),
        ("The president arrived in the capital Monday for an official visit.", True),
        ("The envoy met officials in Doha Tuesday and left.", True),
        ("The minister arrived in the Saturday market square with aides.", False),
    ],
)
def test_a_bare_weekday_is_a_date_after_a_verb_of_travel_or_ending_a_sentence(text: str, dated: bool) -> None:
    found = [m for m in find_dates(text, SAT_1_NOV_2025) if m.when is not None]
    assert bool(found) is dated
    for m in found:
        assert m.when is not None
        assert m.when.start <= SAT_1_NOV_2025
        assert m.when.start.strftime("%A") in text


def test_a_weekday_explains_itself_with_the_report_date() -> None:
    when = only_date("The pact was signed on Friday.", SAT_1_NOV_2025)
    explanation = when.explain()
    assert "on Friday" in explanation
    assert "per a report dated 1 Nov 2025" in explanation


# ---------------------------------------------------------------------- months and years stay months and years


def test_a_month_stays_a_month_with_no_day_invented() -> None:
    when = only_date("The two navies signed a logistics pact in August 2024.", SAT_1_NOV_2025)
    assert when.precision is Precision.MONTH
    assert when.start == date(2024, 8, 1)
    assert when.end == date(2024, 8, 31)
    assert when.label() == "Aug 2024"
    assert when.phrase == "in August 2024"


@pytest.mark.parametrize(
    ("text", "start", "end", "precision", "label"),
    [
        (
            "Parliament ratified it in March last year.",
            date(2024, 3, 1),
            date(2024, 3, 31),
            Precision.MONTH,
            "Mar 2024",
        ),
        ("The treaty lapsed in 2019.", date(2019, 1, 1), date(2019, 12, 31), Precision.YEAR, "2019"),
        (
            "The two sides signed a memorandum last year.",
            date(2024, 1, 1),
            date(2024, 12, 31),
            Precision.YEAR,
            "2024",
        ),
    ],
)
def test_months_and_years_keep_their_precision(
    text: str, start: date, end: date, precision: Precision, label: str
) -> None:
    when = only_date(text, SAT_1_NOV_2025)
    assert (when.start, when.end, when.precision) == (start, end, precision)
    assert when.label() == label


# ---------------------------------------------------------------------- relative expressions


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Last year, the two sides set up a liaison office.", "Last year"),
        ("The trade minister said last week that no deal was near.", "last week"),
        ("The president hinted this week that a deal was close.", "this week"),
        ("Earlier this year the two navies held joint drills.", "Earlier this year"),
        ("The two countries have renewed contacts in recent weeks.", "in recent weeks"),
    ],
)
def test_relative_phrases_keep_the_phrase_and_the_report_date(text: str, phrase: str) -> None:
    when = only_date(text, SAT_1_NOV_2025)
    assert when.phrase.lower() == phrase.lower()
    assert when.reference == SAT_1_NOV_2025
    assert when.precision is not Precision.DAY, "a relative period must not become one invented day"
    assert when.start < when.end
    explanation = when.explain()
    assert phrase.lower() in explanation.lower()
    assert "per a report dated 1 Nov 2025" in explanation


def test_last_week_is_the_monday_to_sunday_week_before_the_report() -> None:
    when = only_date("The envoy visited last week.", SAT_1_NOV_2025)
    assert when.precision is Precision.WEEK
    assert (when.start, when.end) == (date(2025, 10, 20), date(2025, 10, 26))
    assert when.label() == "week of 20 Oct 2025"


def test_this_week_is_the_week_of_the_report() -> None:
    when = only_date("The president hinted this week that a deal was close.", SAT_1_NOV_2025)
    assert when.precision is Precision.WEEK
    assert when.start == date(2025, 10, 27)
    assert when.start <= SAT_1_NOV_2025 <= when.end
    assert when.label() == "week of 27 Oct 2025"


def test_earlier_this_year_runs_from_new_year_to_no_later_than_the_report() -> None:
    when = only_date("Earlier this year the two navies held joint drills.", SAT_1_NOV_2025)
    assert when.start == date(2025, 1, 1)
    assert when.end <= SAT_1_NOV_2025


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Earlier this month the envoys met in Geneva.", date(2025, 11, 1)),
        ("The envoys met earlier this week in Geneva.", date(2025, 11, 10)),
        ("The envoys met earlier this year in Geneva.", date(2025, 1, 1)),
    ],
)
def test_earlier_this_period_ends_the_day_before_the_report(text: str, start: date) -> None:
    when = only_date(text, date(2025, 11, 12))
    assert (when.start, when.end) == (start, date(2025, 11, 11))


def test_latest_reported_date_skips_the_future_and_deadlines() -> None:
    text = (
        "The ministers first met in March 2024 and signed a pact on 4 June 2024. "
        "Talks will be held in March 2026, and the pact runs until 2035. Tariffs are due in May 2027."
    )
    latest = latest_reported(text)
    assert latest is not None
    assert (latest.start, latest.precision) == (date(2024, 6, 4), Precision.DAY)
    assert latest_reported("No dates here at all.") is None


@pytest.mark.parametrize(
    ("bound", "expected"),
    [
        (date(2021, 11, 25), date(2022, 5, 24)),
        (date(2022, 5, 24), date(2022, 5, 24)),
        (date(2022, 1, 1), date(2022, 5, 24)),
    ],
)
def test_a_month_day_is_the_first_on_or_after_the_bound(bound: date, expected: date) -> None:
    assert next_month_day(5, 24, bound) == expected


def test_the_29th_of_february_waits_for_a_leap_year() -> None:
    assert next_month_day(2, 29, date(2025, 3, 1)) == date(2028, 2, 29)


def test_in_recent_weeks_is_a_period_ending_by_the_report() -> None:
    when = only_date("The two countries have renewed contacts in recent weeks.", SAT_1_NOV_2025)
    assert when.end <= SAT_1_NOV_2025
    assert date(2025, 7, 1) <= when.start <= date(2025, 10, 25)


# ---------------------------------------------------------------------- explicit dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The accord was signed on 3 March 2024 in Geneva.", date(2024, 3, 3)),
        ("The accord was signed on March 3, 2024 in Geneva.", date(2024, 3, 3)),
        ("Signed in Hanoi, Oct. 31, 2025, by both ministers.", date(2025, 10, 31)),
        ("Filed 2025-10-31 by the ministry.", date(2025, 10, 31)),
        ("The accord was signed on the 9th of July 2023.", date(2023, 7, 9)),
    ],
)
@pytest.mark.parametrize("reference", [None, SAT_1_NOV_2025])
def test_explicit_dates_are_days_whatever_the_reference(
    text: str, expected: date, reference: date | None
) -> None:
    when = only_date(text, reference)
    assert (when.start, when.end, when.precision) == (expected, expected, Precision.DAY)
    assert when.basis == "stated"


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        (SAT_1_NOV_2025, date(2025, 9, 16)),
        (date(2025, 9, 10), date(2024, 9, 16)),  # not yet 16 September: the last one was a year earlier
        (date(2026, 1, 5), date(2025, 9, 16)),
    ],
)
def test_a_day_without_a_year_is_the_last_one_before_the_report(reference: date, expected: date) -> None:
    when = only_date("Officials held talks in New Delhi on September 16.", reference)
    assert (when.start, when.precision) == (expected, Precision.DAY)
    assert when.reference == reference
    assert "September 16" in when.explain()


def test_dates_needing_a_reference_are_left_unresolved_without_one() -> None:
    found = find_dates("The two ministers met on Friday.", None)
    assert [m.phrase for m in found] == ["on Friday"]
    assert found[0].when is None


def test_an_impossible_date_is_not_invented() -> None:
    assert all(m.when is None for m in find_dates("It was signed on 31 February 2024.", SAT_1_NOV_2025))


def test_matches_point_at_their_phrase_in_the_text() -> None:
    text = "The envoy arrived on Monday and the pact was signed in August 2024, officials said last week."
    matches = find_dates(text, SAT_1_NOV_2025)
    assert [m.phrase for m in matches] == ["on Monday", "in August 2024", "last week"]
    for m in matches:
        assert text[m.start : m.end].strip() == m.phrase


# ---------------------------------------------------------------------- labels


@pytest.mark.parametrize(
    ("when", "label"),
    [
        (When.day(date(2025, 10, 31)), "31 Oct 2025"),
        (When.month(2024, 8), "Aug 2024"),
        (When.year(2024), "2024"),
        (When.week_of(date(2025, 10, 30)), "week of 27 Oct 2025"),
        (When(date(2025, 10, 21), date(2025, 10, 30), Precision.RANGE), "21–30 Oct 2025"),
        (When(date(2025, 9, 27), date(2025, 11, 1), Precision.RANGE), "27 Sep – 1 Nov 2025"),
        (When(date(2024, 12, 20), date(2025, 1, 10), Precision.RANGE), "20 Dec 2024 – 10 Jan 2025"),
    ],
)
def test_labels_are_written_at_their_precision(when: When, label: str) -> None:
    assert when.label() == label


def test_february_of_a_leap_year_ends_on_the_29th() -> None:
    assert When.month(2024, 2).end == date(2024, 2, 29)
    assert When.month(2025, 2).end == date(2025, 2, 28)


# ---------------------------------------------------------------------- property: never raises, never inverted

_FRAGMENTS = st.sampled_from(
    [
        "on Friday", "last Monday", "next Tuesday", "in August 2024", "in March last year", "31 February 2024",
        "2025-13-45", "2025-10-31", "Oct. 31, 2025", "March 3, 2024", "on September 16", "last year", "this week",
        "earlier this year", "in recent weeks", "three weeks ago", "a day earlier", "yesterday", "in 2019",
        "May", "in May", "Friday's", "signed Sunday", "the 31st of April", "Sept 31", "in mid-June", " ", ",", "(",
        "0", "29 Feb 2023", "29 Feb 2024", "Dec 31, 1999",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(
        st.text(max_size=300),
        st.lists(st.one_of(_FRAGMENTS, st.text(max_size=12)), max_size=12).map(" ".join),
    ),
    reference=st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))),
)
def test_find_dates_never_raises_and_never_inverts(text: str, reference: date | None) -> None:
    last_end = 0
    for match in find_dates(text, reference):
        assert 0 <= match.start <= match.end <= len(text)
        assert match.start >= last_end, "matches overlap"
        last_end = match.end
        if match.when is not None:
            assert match.when.start <= match.when.end
            match.when.label()
            match.when.explain()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("She added that officials would meet again in Seoul in June to begin drafting.", "Jun 2026"),
        ("The ministers will sign the pact on Friday.", "27 Mar 2026"),
        ("They are scheduled to meet on 5 January.", "5 Jan 2027"),
        # Past clauses, and a name that is no modal verb, keep the last such day.
        ("They met in June.", "Jun 2025"),
        ("Officials said on Friday that they will meet.", "20 Mar 2026"),
        ("Defense Secretary Will Pemberton met him on 3 September.", "3 Sep 2025"),
    ],
)
def test_a_day_or_month_without_its_year_is_the_next_one_in_a_clause_about_the_future(
    text: str, label: str
) -> None:
    found = [m for m in find_dates(text, date(2026, 3, 24)) if m.when is not None]
    assert [m.when.label() for m in found if m.when] == [label]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Seoul's finance ministry said it would scrap the 3% import duty on rare-earth oxides and natural "
            "graphite from April 1.",
            [("from April 1", "1 Apr 2026")],
        ),
        (
            "The United States will impose a 25% tariff on roasted and soluble coffee from Brazil starting March 1, "
            "Trade Representative Daniel Whitford announced Tuesday.",
            # the day the measure is to take effect is kept (eighth session): a tariff is dated by it
            [("starting March 1", "1 Mar 2027"), ("Tuesday", "24 Mar 2026")],
        ),
        (
            "Harada said the two countries would build on the agreement signed on Tuesday in Manila.",
            [("on Tuesday", "24 Mar 2026")],
        ),
    ],
)
def test_when_a_measure_takes_effect_and_futures_across_and(
    text: str, found: list[tuple[str, str | None]]
) -> None:
    matches = find_dates(text, date(2026, 3, 25))
    assert [(m.phrase, m.when.label() if m.when else None) for m in matches] == found


@pytest.mark.parametrize(
    ("text", "page", "expected"),
    [
        (
            "Speaking this afternoon, Wednesday 15 October, the minister said.",
            "© 2025 Digest",
            date(2025, 10, 15),
        ),
        (
            "The summit opened on Tuesday, March 3, in Hanoi.",
            "Copyright 2019-2026 Vietnam Post",
            date(2026, 3, 3),
        ),
        ("Talks ended on Friday 2 January as planned.", "© 2025 Digest", date(2026, 1, 2)),
        ("The talks began on Wednesday 15 October in 2025.", "no copyright here", date(2025, 10, 15)),
        ("Speaking on Monday 15 October, the minister said.", "© 2025 Digest", None),
        ("Speaking on Wednesday 15 October 2025, the minister said.", "© 2025 Digest", None),
        ("Speaking on Wednesday 15 October, the minister said.", "no year at all", None),
        # Named only as past ("since the coup in July 2023"): the first fitting year two or three years on.
        (
            "Yesterday, Tuesday 15 July, the ministers signed the first text since the coup in July 2023.",
            "",
            date(2025, 7, 16),
        ),
        (
            "Yesterday, Tuesday 10 March, the ministers signed a deal, paid from the 2026 budget, due by 2028.",
            "no copyright here",
            date(2026, 3, 11),
        ),
    ],
)
def test_a_weekday_day_and_month_without_a_year_take_the_year_in_which_the_weekday_fits(
    text: str, page: str, expected: date | None
) -> None:
    found = weekday_dated(text, text + "\n" + page)
    assert (found.start if found else None) == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The round, held in Santiago from Monday to Thursday last week, ended.",
            date(2025, 6, 9),
            date(2025, 6, 12),
        ),
        ("Talks ran from Monday to Wednesday.", date(2025, 6, 9), date(2025, 6, 11)),
        ("He made a two-day stop in the capital on 9-10 March.", date(2025, 3, 9), date(2025, 3, 10)),
        ("The minister visited Hanoi on March 2-3 for talks.", date(2025, 3, 2), date(2025, 3, 3)),
        ("The fair was held from 3 to 5 March 2024.", date(2024, 3, 3), date(2024, 3, 5)),
        ("The summit ran March 3 to 5, 2024, in Lima.", date(2024, 3, 3), date(2024, 3, 5)),
        ("The ministers will meet from Monday to Wednesday.", date(2025, 6, 23), date(2025, 6, 25)),
    ],
)
def test_a_span_of_days_is_a_range_from_the_first_to_the_last(text: str, start: date, end: date) -> None:
    found = [m.when for m in find_dates(text, date(2025, 6, 17)) if m.when is not None]
    assert [(w.start, w.end, w.precision) for w in found] == [(start, end, Precision.RANGE)]


@pytest.mark.parametrize("text", ["Prices rose by 3 to 5 percent in March.", "Scores of 10-12 were common."])
def test_figures_are_no_span_of_days(text: str) -> None:
    found = [m.when for m in find_dates(text, date(2025, 6, 17)) if m.when is not None]
    assert all(w.precision is not Precision.RANGE for w in found)


def test_a_month_with_a_long_s_is_that_month() -> None:
    (found,) = find_dates("The pact was signed on 5 ſept 2025 in Delhi.", date(2025, 10, 1))
    assert found.when is not None
    assert found.when.start == date(2025, 9, 5)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a few weeks ahead, not most of a year back (eighth session, from set 21's page 10 as read)
        ("The binational technical committee meets in Foz do Iguaçu on 1 December.", "1 Dec 2026"),
        # a day a few weeks back stays in the past
        ("The committee met in Foz do Iguaçu on 1 October.", "1 Oct 2026"),
        # and a day some months back too
        ("The committee met in Foz do Iguaçu on 1 March.", "1 Mar 2026"),
    ],
)
def test_a_day_and_month_without_a_year_is_the_nearer_when_the_past_one_is_most_of_a_year_back(
    text: str, label: str
) -> None:
    found = [m.when.label() for m in find_dates(text, date(2026, 11, 5)) if m.when is not None]
    assert found == [label]
