"""Standard crontab semantics and wall-clock fire times, DST included (no scheduler, no sleeping)."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.cron import CronTrigger
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.crontab import CrontabError, WallClockCronTrigger, parse_crontab

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")


def fire_times(expression: str, zone: ZoneInfo, start: datetime, count: int) -> list[str]:
    """The next fire times as 'Mon 03 Nov 09:00 GMT' (weekday, local wall time and zone abbreviation)."""
    trigger = WallClockCronTrigger(parse_crontab(expression), zone)
    return [f"{t:%a %d %b %H:%M %Z}" for t in trigger.next_fire_times(start, count)]


SATURDAY = datetime(2025, 11, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("expression", "zone", "start", "expected"),
    [
        pytest.param(
            "0 9 * * 1-5",
            UTC,
            SATURDAY,
            [
                "Mon 03 Nov 09:00 UTC",
                "Tue 04 Nov 09:00 UTC",
                "Wed 05 Nov 09:00 UTC",
                "Thu 06 Nov 09:00 UTC",
                "Fri 07 Nov 09:00 UTC",
                "Mon 10 Nov 09:00 UTC",
            ],
            id="weekdays-1-5-are-monday-to-friday",
        ),
        pytest.param(
            "0 9 * * 1-5",
            KOLKATA,
            datetime(2025, 11, 1, 12, 0, tzinfo=KOLKATA),
            ["Mon 03 Nov 09:00 IST", "Tue 04 Nov 09:00 IST", "Wed 05 Nov 09:00 IST"],
            id="weekdays-in-kolkata",
        ),
        pytest.param(
            "0 9 * * 0", UTC, SATURDAY, ["Sun 02 Nov 09:00 UTC", "Sun 09 Nov 09:00 UTC"], id="sunday-as-0"
        ),
        pytest.param(
            "0 9 * * 7", UTC, SATURDAY, ["Sun 02 Nov 09:00 UTC", "Sun 09 Nov 09:00 UTC"], id="sunday-as-7"
        ),
        pytest.param(
            "0 9 * * 5-7",
            UTC,
            SATURDAY,
            ["Sun 02 Nov 09:00 UTC", "Fri 07 Nov 09:00 UTC", "Sat 08 Nov 09:00 UTC", "Sun 09 Nov 09:00 UTC"],
            id="range-ending-at-7",
        ),
        pytest.param(
            "30 8 * * MON,Wed,fri",
            UTC,
            SATURDAY,
            ["Mon 03 Nov 08:30 UTC", "Wed 05 Nov 08:30 UTC", "Fri 07 Nov 08:30 UTC", "Mon 10 Nov 08:30 UTC"],
            id="weekday-names-any-case",
        ),
        pytest.param(
            "0 9 * * mon-fri",
            UTC,
            SATURDAY,
            ["Mon 03 Nov 09:00 UTC", "Tue 04 Nov 09:00 UTC", "Wed 05 Nov 09:00 UTC"],
            id="weekday-name-range",
        ),
        pytest.param(
            "0 7 1 jan,jul *",
            UTC,
            SATURDAY,
            ["Thu 01 Jan 07:00 UTC", "Wed 01 Jul 07:00 UTC"],
            id="month-names",
        ),
        pytest.param(
            "0 9 * * */2",
            UTC,
            SATURDAY,
            ["Sun 02 Nov 09:00 UTC", "Tue 04 Nov 09:00 UTC", "Thu 06 Nov 09:00 UTC", "Sat 08 Nov 09:00 UTC"],
            id="weekday-step-from-sunday",
        ),
        pytest.param(
            "0 9 * * 1-5/2",
            UTC,
            SATURDAY,
            ["Mon 03 Nov 09:00 UTC", "Wed 05 Nov 09:00 UTC", "Fri 07 Nov 09:00 UTC", "Mon 10 Nov 09:00 UTC"],
            id="weekday-range-with-step",
        ),
        pytest.param(
            "*/20 9 * * 1",
            UTC,
            SATURDAY,
            ["Mon 03 Nov 09:00 UTC", "Mon 03 Nov 09:20 UTC", "Mon 03 Nov 09:40 UTC", "Mon 10 Nov 09:00 UTC"],
            id="minute-step",
        ),
        pytest.param(
            "0 9 13 * 5",
            UTC,
            datetime(2025, 6, 1, tzinfo=UTC),
            [
                "Fri 06 Jun 09:00 UTC",
                "Fri 13 Jun 09:00 UTC",
                "Fri 20 Jun 09:00 UTC",
                "Fri 27 Jun 09:00 UTC",
                "Fri 04 Jul 09:00 UTC",
                "Fri 11 Jul 09:00 UTC",
                "Sun 13 Jul 09:00 UTC",
                "Fri 18 Jul 09:00 UTC",
            ],
            id="day-of-month-OR-weekday",
        ),
        pytest.param(
            "0 9 1 * *",
            UTC,
            SATURDAY,
            ["Mon 01 Dec 09:00 UTC", "Thu 01 Jan 09:00 UTC"],
            id="day-of-month-alone",
        ),
        pytest.param(
            "@weekly", UTC, SATURDAY, ["Sun 02 Nov 00:00 UTC", "Sun 09 Nov 00:00 UTC"], id="at-weekly"
        ),
        pytest.param(
            "@daily", LONDON, SATURDAY, ["Sun 02 Nov 00:00 GMT", "Mon 03 Nov 00:00 GMT"], id="at-daily"
        ),
        pytest.param(
            "@monthly", UTC, SATURDAY, ["Mon 01 Dec 00:00 UTC", "Thu 01 Jan 00:00 UTC"], id="at-monthly"
        ),
    ],
)
def test_next_fire_times(expression: str, zone: ZoneInfo, start: datetime, expected: list[str]) -> None:
    assert fire_times(expression, zone, start, len(expected)) == expected


def test_apscheduler_from_crontab_would_fall_in_the_weekday_trap() -> None:
    saturday_morning = datetime(2025, 11, 1, 0, 0, tzinfo=UTC)
    theirs = CronTrigger.from_crontab("0 9 * * 1-5", timezone=UTC)
    ours = WallClockCronTrigger(parse_crontab("0 9 * * 1-5"), UTC)

    # APScheduler counts Monday as 0, so its 1-5 is Tuesday to Saturday.
    assert f"{theirs.get_next_fire_time(None, saturday_morning):%a %d %b}" == "Sat 01 Nov"
    assert f"{ours.get_next_fire_time(None, saturday_morning):%a %d %b}" == "Mon 03 Nov"


@pytest.mark.parametrize(
    ("expression", "zone", "start", "expected"),
    [
        pytest.param(
            "30 1 * * *",
            LONDON,
            datetime(2025, 3, 28, 12, 0, tzinfo=LONDON),
            [
                "Sat 29 Mar 01:30 GMT",
                "Sun 30 Mar 02:00 BST",  # 01:30 does not exist that day: fired once, at the jump
                "Mon 31 Mar 01:30 BST",
                "Tue 01 Apr 01:30 BST",
                "Wed 02 Apr 01:30 BST",
                "Thu 03 Apr 01:30 BST",
                "Fri 04 Apr 01:30 BST",
            ],
            id="london-spring-forward-gap",
        ),
        pytest.param(
            "30 1 * * *",
            LONDON,
            datetime(2025, 10, 24, 12, 0, tzinfo=LONDON),
            [
                "Sat 25 Oct 01:30 BST",
                "Sun 26 Oct 01:30 BST",  # 01:30 happens twice that day: fired at the first only
                "Mon 27 Oct 01:30 GMT",
                "Tue 28 Oct 01:30 GMT",
                "Wed 29 Oct 01:30 GMT",
                "Thu 30 Oct 01:30 GMT",
                "Fri 31 Oct 01:30 GMT",
            ],
            id="london-fall-back-repeat",
        ),
        pytest.param(
            "30 2 * * *",
            NEW_YORK,
            datetime(2025, 3, 7, 12, 0, tzinfo=NEW_YORK),
            [
                "Sat 08 Mar 02:30 EST",
                "Sun 09 Mar 03:00 EDT",
                "Mon 10 Mar 02:30 EDT",
                "Tue 11 Mar 02:30 EDT",
                "Wed 12 Mar 02:30 EDT",
                "Thu 13 Mar 02:30 EDT",
                "Fri 14 Mar 02:30 EDT",
            ],
            id="new-york-spring-forward-gap",
        ),
        pytest.param(
            "30 1 * * *",
            NEW_YORK,
            datetime(2025, 10, 31, 12, 0, tzinfo=NEW_YORK),
            [
                "Sat 01 Nov 01:30 EDT",
                "Sun 02 Nov 01:30 EDT",
                "Mon 03 Nov 01:30 EST",
                "Tue 04 Nov 01:30 EST",
                "Wed 05 Nov 01:30 EST",
                "Thu 06 Nov 01:30 EST",
                "Fri 07 Nov 01:30 EST",
            ],
            id="new-york-fall-back-repeat",
        ),
        pytest.param(
            "0 9 * * 1-5",
            LONDON,
            datetime(2025, 3, 27, 12, 0, tzinfo=LONDON),
            [
                "Fri 28 Mar 09:00 GMT",
                "Mon 31 Mar 09:00 BST",
                "Tue 01 Apr 09:00 BST",
                "Wed 02 Apr 09:00 BST",
            ],
            id="london-weekdays-across-the-change",
        ),
        pytest.param(
            "0 * * * *",
            NEW_YORK,
            datetime(2025, 11, 2, 0, 30, tzinfo=NEW_YORK),
            ["Sun 02 Nov 01:00 EDT", "Sun 02 Nov 02:00 EST", "Sun 02 Nov 03:00 EST"],
            id="new-york-hourly-fall-back-no-second-01:00",
        ),
        pytest.param(
            "0 * * * *",
            NEW_YORK,
            datetime(2025, 3, 9, 0, 30, tzinfo=NEW_YORK),
            ["Sun 09 Mar 01:00 EST", "Sun 09 Mar 03:00 EDT", "Sun 09 Mar 04:00 EDT"],
            id="new-york-hourly-spring-forward",
        ),
    ],
)
def test_dst_changes_neither_skip_nor_double(
    expression: str, zone: ZoneInfo, start: datetime, expected: list[str]
) -> None:
    assert fire_times(expression, zone, start, len(expected)) == expected


@pytest.mark.parametrize(
    ("expression", "zone", "day"),
    [
        ("30 1 * * *", LONDON, datetime(2025, 3, 30).date()),
        ("30 1 * * *", LONDON, datetime(2025, 10, 26).date()),
        ("30 2 * * *", NEW_YORK, datetime(2025, 3, 9).date()),
        ("30 1 * * *", NEW_YORK, datetime(2025, 11, 2).date()),
    ],
)
def test_a_daily_slot_fires_exactly_once_on_the_day_of_a_change(
    expression: str, zone: ZoneInfo, day: object
) -> None:
    trigger = WallClockCronTrigger(parse_crontab(expression), zone)
    times = trigger.next_fire_times(datetime(2025, 1, 1, tzinfo=UTC), 366)
    instants = [t.astimezone(UTC) for t in times]

    assert [t.date() for t in times].count(day) == 1  # type: ignore[arg-type]
    assert instants == sorted(set(instants))
    assert len({t.date() for t in times}) == 366


def test_spring_forward_gap_fires_at_the_jump_even_when_asked_from_inside_the_hour_before() -> None:
    trigger = WallClockCronTrigger(parse_crontab("30 2 * * *"), NEW_YORK)
    just_before = datetime(2025, 3, 9, 1, 59, 59, tzinfo=NEW_YORK)

    fire = trigger.get_next_fire_time(None, just_before)

    assert fire.astimezone(UTC) == datetime(2025, 3, 9, 7, 0, tzinfo=UTC)  # 03:00 EDT, the jump


def test_fall_back_does_not_fire_again_during_the_repeated_hour() -> None:
    trigger = WallClockCronTrigger(parse_crontab("30 1 * * *"), NEW_YORK)
    first = trigger.get_next_fire_time(None, datetime(2025, 11, 2, 0, 0, tzinfo=NEW_YORK))
    during_repeat = datetime(2025, 11, 2, 1, 10, tzinfo=NEW_YORK, fold=1)  # 01:10 EST, the second 01:10

    assert f"{first:%H:%M %Z}" == "01:30 EDT"
    assert trigger.get_next_fire_time(None, during_repeat) == datetime(2025, 11, 3, 1, 30, tzinfo=NEW_YORK)
    assert trigger.get_next_fire_time(first, first) == datetime(2025, 11, 3, 1, 30, tzinfo=NEW_YORK)


def test_trigger_survives_pickling_as_apscheduler_job_stores_do() -> None:
    trigger = WallClockCronTrigger(parse_crontab("0 9 * * 1-5"), LONDON)
    copy = pickle.loads(pickle.dumps(trigger))

    assert copy.next_fire_times(SATURDAY, 5) == trigger.next_fire_times(SATURDAY, 5)
    assert str(copy) == "cron['0 9 * * 1-5' in Europe/London]"


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("", "expected 5 fields"),
        ("0 9 * *", "got 4 field(s)"),
        ("0 9 * * 1 2", "got 6 field(s)"),
        ("@reboot", "or a macro such as @daily"),
        ("61 9 * * *", "the minute field '61' is not valid"),
        ("0 24 * * *", "the hour field '24' is not valid"),
        ("0 9 0 * *", "the day of month field '0' is not valid"),
        ("0 9 * 13 *", "the month field '13' is not valid"),
        ("0 9 * smarch *", "the month field 'smarch' is not valid"),
        ("*/0 9 * * *", "the minute field '*/0' is not valid"),
        ("0 9 * * 8", "cannot read weekday item '8' (use 0-7, sun-sat"),
        ("0 9 * * fri-mon", "weekday range 'fri-mon' runs backwards"),
        ("0 9 * * funday", "cannot read weekday item 'funday'"),
        ("0 9 * * fun", "unknown weekday 'fun' (use 0-7 or sun-sat)"),
        ("0 9 * * 1/0", "weekday step in '1/0' must be at least 1"),
        ("0 9 ? * 1", "the day of month field '?' has characters cron does not use"),
        ("0 9 * * 1#2", "the day of week field '1#2' has characters cron does not use"),
        ("0 9 31 2 *", "never fires"),
        ("0 9 30 feb *", "never fires"),
    ],
)
def test_bad_expressions_say_what_is_wrong(expression: str, message: str) -> None:
    with pytest.raises(CrontabError) as error:
        parse_crontab(expression)

    assert message in str(error.value)


_FIELD_TOKENS = st.sampled_from(
    [
        *("*", "0", "1", "5", "7", "9", "13", "29", "31", "59", "60", "*/2", "*/0", "1-5", "5-1", "1-5/2"),
        *(
            "1,3",
            "jan",
            "feb",
            "dec",
            "mon",
            "sun",
            "sat",
            "mon-fri",
            "fri-mon",
            "x",
            "?",
            "L",
            "#",
            "-",
            "/",
        ),
    ]
)
_CRONLIKE = st.one_of(
    st.lists(_FIELD_TOKENS, min_size=0, max_size=7).map(" ".join),
    st.sampled_from(["@daily", "@weekly", "@hourly", "@reboot", "@Daily "]),
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), _CRONLIKE))
@example("0 9 31 2 *")  # parses field by field, yet no date matches
@example("0 9 31 2 1")
def test_arbitrary_text_raises_only_crontab_error(text: str) -> None:
    try:
        crontab = parse_crontab(text)
    except CrontabError as error:
        message = str(error)
    else:
        times = WallClockCronTrigger(crontab, LONDON).next_fire_times(SATURDAY, 2)
        assert times[0] < times[1]
        assert times[0].astimezone(UTC) >= SATURDAY
        return
    assert message
