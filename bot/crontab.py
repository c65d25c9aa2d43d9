"""Standard crontab expressions, read the way admins know them, as APScheduler 3.x triggers.

APScheduler's own ``CronTrigger.from_crontab`` numbers weekdays from Monday = 0, so
``0 9 * * 1-5`` would fire Tuesday to Saturday; it also ANDs a restricted day-of-month with a
restricted day-of-week, where cron ORs them; and at a DST fall-back it fires the repeated wall
time twice. ``parse_crontab`` and ``WallClockCronTrigger`` give the standard meaning instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger

__all__ = ["Crontab", "CrontabError", "WallClockCronTrigger", "parse_crontab"]

MACROS = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
}
FIELD_NAMES = ("minute", "hour", "day of month", "month", "day of week")
_DAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_DOW_ITEM = re.compile(r"^(\*|[0-7]|[a-z]{3})(?:-([0-7]|[a-z]{3}))?(?:/([0-9]+))?$")
_PLAIN_FIELD = re.compile(r"^[0-9a-z*,/\-]+$")
_PROBE_FROM = datetime(2000, 1, 1, tzinfo=UTC)
"""A leap year: a schedule with no fire time after it never fires."""


class CrontabError(ValueError):
    """A crontab expression that cannot be read; the message says what is expected."""


@dataclass(frozen=True)
class Crontab:
    """A parsed crontab: APScheduler field strings with standard cron semantics."""

    expression: str
    minute: str
    hour: str
    day: str
    month: str
    day_of_week: str
    days_ored: bool

    def triggers(self, timezone: tzinfo) -> list[CronTrigger]:
        """One CronTrigger, or two when cron's day-of-month OR day-of-week rule applies."""
        common = {"minute": self.minute, "hour": self.hour, "month": self.month, "timezone": timezone}
        if self.days_ored:
            return [
                CronTrigger(day=self.day, day_of_week="*", **common),
                CronTrigger(day="*", day_of_week=self.day_of_week, **common),
            ]
        return [CronTrigger(day=self.day, day_of_week=self.day_of_week, **common)]


def _day_number(token: str) -> int:
    if token.isdigit():
        return int(token)
    if token in _DAY_NAMES:
        return _DAY_NAMES.index(token)
    raise CrontabError(f"unknown weekday {token!r} (use 0-7 or sun-sat)")


def _expand_day_of_week(field: str) -> str:
    """Standard weekday field (0 or 7 = Sunday, 1 = Monday) -> APScheduler weekday names."""
    days: set[int] = set()
    for item in field.split(","):
        match = _DOW_ITEM.match(item)
        if not match:
            raise CrontabError(f"cannot read weekday item {item!r} (use 0-7, sun-sat, ranges and steps)")
        first, last, step = match.groups()
        if first == "*":
            low, high = 0, 6
        else:
            low = _day_number(first)
            high = _day_number(last) if last else low
            if step and not last:
                high = 6 if low < 7 else 7
        if low > high:
            raise CrontabError(f"weekday range {item!r} runs backwards")
        stride = int(step) if step else 1
        if stride < 1:
            raise CrontabError(f"weekday step in {item!r} must be at least 1")
        days.update(day % 7 for day in range(low, high + 1, stride))
    return ",".join(_DAY_NAMES[day] for day in sorted(days))


def parse_crontab(expression: str) -> Crontab:
    """Read a five-field crontab (or a macro such as @daily) with the standard meaning."""
    text = " ".join(expression.strip().lower().split())
    text = MACROS.get(text, text)
    fields = text.split(" ")
    if len(fields) != 5:
        raise CrontabError(
            f"expected 5 fields 'minute hour day-of-month month day-of-week' (e.g. '0 9 * * 1-5'), "
            f"or a macro such as @daily; got {len(fields)} field(s)"
        )
    for name, field in zip(FIELD_NAMES, fields, strict=True):
        if not _PLAIN_FIELD.match(field):
            raise CrontabError(f"the {name} field {field!r} has characters cron does not use")
    minute, hour, day, month, raw_dow = fields
    day_of_week = _expand_day_of_week(raw_dow)
    crontab = Crontab(
        expression=text,
        minute=minute,
        hour=hour,
        day=day,
        month=month,
        day_of_week=day_of_week,
        days_ored=not day.startswith("*") and not raw_dow.startswith("*"),
    )
    for name, key, value in zip(FIELD_NAMES, ("minute", "hour", "day", "month"), fields, strict=False):
        try:
            CronTrigger(timezone=UTC, **{key: value})
        except ValueError as exc:
            reason = str(exc).split(": ", 1)[-1]
            raise CrontabError(f"the {name} field {value!r} is not valid: {reason}") from None
    if all(t.get_next_fire_time(None, _PROBE_FROM) is None for t in crontab.triggers(UTC)):
        raise CrontabError(
            f"{text!r} never fires: no month has that day (day of month {day!r}, month {month!r})"
        )
    return crontab


class WallClockCronTrigger(BaseTrigger):  # type: ignore[misc]
    """Fires at wall-clock times in one zone: once per slot across DST changes.

    A time that a spring-forward skips fires just after the jump; a time that a fall-back
    repeats fires only at its first occurrence.
    """

    def __init__(self, crontab: Crontab, timezone: tzinfo) -> None:
        self.crontab = crontab
        self.timezone = timezone
        self._wall_triggers = crontab.triggers(UTC)

    def __str__(self) -> str:
        return f"cron[{self.crontab.expression!r} in {self.timezone}]"

    def _localize(self, wall: datetime) -> datetime:
        """The first instant showing ``wall``, or for a wall time a spring-forward skips, the jump itself."""
        after = wall.replace(tzinfo=self.timezone, fold=0).astimezone(UTC)
        if after.astimezone(self.timezone).replace(tzinfo=None) == wall:
            return after.astimezone(self.timezone)
        # In a gap, fold=0 reads the wall time with the offset before the jump (an instant after it)
        # and fold=1 with the offset after it (an instant before it); the jump lies in between.
        before = wall.replace(tzinfo=self.timezone, fold=1).astimezone(UTC)
        offset = after.astimezone(self.timezone).utcoffset()
        while after - before > timedelta(seconds=1):
            middle = before + timedelta(seconds=(after - before).total_seconds() // 2)
            if middle.astimezone(self.timezone).utcoffset() == offset:
                after = middle
            else:
                before = middle
        return after.astimezone(self.timezone)

    def _next_wall(self, wall: datetime) -> datetime:
        candidates: list[datetime] = [
            t.get_next_fire_time(None, wall.replace(tzinfo=UTC)) for t in self._wall_triggers
        ]
        return min(c for c in candidates if c is not None).replace(tzinfo=None)

    def get_next_fire_time(self, previous_fire_time: datetime | None, now: datetime) -> datetime:
        # Aware datetimes sharing a tzinfo compare by wall time, ignoring fold: compare in UTC.
        start = now.astimezone(UTC)
        if previous_fire_time is not None:
            start = max(start, previous_fire_time.astimezone(UTC) + timedelta(microseconds=1))
        wall = start.astimezone(self.timezone).replace(tzinfo=None)
        while True:
            wall = self._next_wall(wall)
            fire = self._localize(wall)
            if fire.astimezone(UTC) >= start:
                return fire
            wall += timedelta(seconds=1)

    def __getstate__(self) -> dict[str, Any]:
        return {"version": 1, "expression": self.crontab.expression, "timezone": self.timezone}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(parse_crontab(state["expression"]), state["timezone"])  # type: ignore[misc]

    def next_fire_times(self, now: datetime, count: int) -> list[datetime]:
        """The next ``count`` fire times after ``now``, in the trigger's zone."""
        times: list[datetime] = []
        previous: datetime | None = None
        for _ in range(count):
            previous = self.get_next_fire_time(previous, now)
            times.append(previous)
        return times
