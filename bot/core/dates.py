"""Date expressions in article text, resolved against the publication date at their own precision.

"on Friday" in a report of Saturday 1 Nov 2025 is 31 Oct 2025; "in August 2024" stays a month;
"last year" is a year and "this week" a week. Nothing is padded to a day it does not name.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from bot.core.model import Precision, When

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "WEEKDAY_BEFORE_PUBLICATION",
    "DateMatch",
    "count_of",
    "find_dates",
    "names_a_weekday_and_day",
    "parse_day_month_year",
    "resolve_month_day",
    "weekday_dated",
]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAY_BEFORE_PUBLICATION = "the weekday on or before the publication date"
"""The basis of a bare weekday's day: the last such weekday on or before the reference."""
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a few": 3, "few": 3, "several": 4,
}  # fmt: skip

# Lowercase words: each pattern is compiled twice, case-insensitive for any text and case-sensitive for
# lowercased ASCII text, where it matches the same spans several times faster.
_MONTH = r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
_PREP = r"(?:(?P<prep>on|in|since|by|until|till|from|during|before|after|as of|earlier in|later in|since early|in early|in late|in mid-?|starting|effective|starting from|with effect from)\s+)?"
_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

_SOURCES: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    # "on 10.11.2026": day, month and year with dots, as most of Europe writes them
    ("dotted", r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\d.]\d)"),
    # "signed the agreement on the 9th.": a day of the month the page was published in (or the one before)
    (
        "dom",
        r"\b(?P<prep>on|since|from)\s+the\s+" + _DAY.format(g="d").replace("(?:st|nd|rd|th)?", "(?:st|nd|rd|th)")
        + r"\b(?=[.;:)]|,(?!\s*(?:the\s+)?\d)|\s*$|\s+(?:in|at|when|after|before|with|to|during|as|while|but)\b)",
    ),
    (
        "dmy",
        _PREP + r"(?:the\s+)?" + _DAY.format(g="d") + r"(?:\s+of)?\s+" + _MONTH.format(g="m")
        + r",?\s+" + _YEAR.format(g="y") + r"\b",
    ),
    ("mdy", _PREP + _MONTH.format(g="m") + r"\s+" + _DAY.format(g="d") + r",?\s+" + _YEAR.format(g="y") + r"\b"),
    ("my", _PREP + _MONTH.format(g="m") + r",?\s+(?:of\s+)?" + _YEAR.format(g="y") + r"\b"),
    ("dm", _PREP + r"(?:the\s+)?" + _DAY.format(g="d") + r"(?:\s+of)?\s+" + _MONTH.format(g="m") + r"(?![a-z])"),
    ("md", _PREP + _MONTH.format(g="m") + r"\s+" + _DAY.format(g="d") + r"\b(?!\s*[-–]\s*\d)"),
    # Spans of days: "on 9-10 March", "from 3 to 5 March 2026", "March 2-3", "between March 3 and 5, 2026".
    (
        "dmr",
        r"(?:(?P<prep>on|from|between)\s+)?(?:the\s+)?" + _DAY.format(g="d") + r"\s*(?:[-–]|\s(?:to|and|until)\s)\s*"
        + _DAY.format(g="d2") + r"(?:\s+of)?\s+" + _MONTH.format(g="m") + r"(?![a-z])(?:,?\s+" + _YEAR.format(g="y") + r"\b)?",
    ),
    (
        "mdr",
        r"(?:(?P<prep>on|from|between)\s+)?" + _MONTH.format(g="m") + r"\s+" + _DAY.format(g="d")
        + r"\s*(?:[-–]|\s(?:to|and|until)\s)\s*" + _DAY.format(g="d2") + r"\b(?!\s*(?:%|per|percent))(?:,?\s+"
        + _YEAR.format(g="y") + r"\b)?",
    ),
    # "from Monday to Thursday last week", "between Tuesday and Thursday"
    (
        "wr",
        r"\b(?P<prep>from|between)\s+" + _WEEKDAY + r"\s+(?:to|until|through|and)\s+"
        + _WEEKDAY.replace("weekday", "weekday2") + r"\b(?:\s+(?P<which>last|this|next)\s+week\b)?",
    ),
    # "in the third week of August", "during the last week of March 2026": seven days of a month
    (
        "mweek",
        r"(?:(?P<prep>in|during|by)\s+)?the\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+"
        + _MONTH.format(g="m") + r"(?![a-z])(?:,?\s+" + _YEAR.format(g="y") + r"\b)?",
    ),
    # "in the second half of the year", "in the first half of 2027": a time in that year
    (
        "yhalf",
        r"(?:(?P<prep>in|during|by)\s+)?the\s+(?P<half>first|second)\s+half\s+of\s+(?:(?:the|this)\s+year|"
        r"(?P<which>next|last)\s+year|" + _YEAR.format(g="y") + r"\b)",
    ),
    # "last June", "next March": the month's last or next occurrence
    ("mlast", r"\b(?P<which>last|next)\s+" + _MONTH.format(g="m") + r"(?![a-z])(?!\s+\d)"),
    ("mrel", r"(?P<prep>in|since|during|until|by|in early|in late|in mid-?|earlier in|later in)\s+"
             + _MONTH.format(g="m") + r"\s+(?P<which>last|this|next) year\b"),
    ("m", r"(?P<prep>in|since|during|until|by|for|from|in early|in late|in mid-?|earlier in|later in)\s+"
          + _MONTH.format(g="m") + r"(?![a-z])(?!\s+\d)"),
    ("y", r"(?P<prep>in|since|during|until|by|earlier in|later in|in early|in late|in mid-?)\s+"
          + _YEAR.format(g="y") + r"\b(?!\s*[-–]\d)"),
    (
        "weekday",
        r"(?:(?P<prep>on|last|this|next|this past|this coming|earlier on|by|until|till|before)\s+)?"
        + _WEEKDAY
        + r"\b"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?",
    ),
    (
        "relative",
        r"\b(?P<rel>today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening|"
        r"(?:earlier |later )?this (?:week|month|year)|last (?:week|month|year)|next (?:week|month|year)|"
        # "is expected to make a state visit to Indonesia later in the year": this year's
        r"(?:earlier|later) in the (?:week|month|year)|"
        r"in recent (?:days|weeks|months)|recent (?:days|weeks|months)|"
        # "met at the weekend", "last weekend" (not "this weekend", which a page tells of its own days as often as of
        # an event's)
        r"(?:at|over|during) the weekend|(?:last|next|this past|this coming) weekend|"
        r"(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several)\s+"
        r"(?:days?|weeks?|fortnights?|months?|years?)\s+ago)|"
        r"the (?:previous|past|last) (?:week|month|year)|the day before|the previous day|"
        # "will take place in Sofia by the end of the year": within this year
        r"(?:(?:by|before|at|towards?|until) )?the end of (?:the|this|next) (?:year|month)|"
        # "met at the start of the month": that month
        r"(?:(?:at|from|since) )?the (?:start|beginning) of (?:the|this|next) (?:year|month)|"
        # "has accepted an invitation to visit Apia in the new year": the year after the page's
        r"(?:early |later )?in the new year|"
        r"a (?:day|week|month|year) (?:earlier|ago|before))\b",
    ),
]  # fmt: skip


class _Patterns:
    """One set of the date patterns and their anchors, for either casing of the text."""

    def __init__(self, flags: re.RegexFlag) -> None:
        self.patterns = [(kind, re.compile(source, flags)) for kind, source in _SOURCES]
        self.month = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", flags)
        # Every month pattern has a month word that no letter follows ("May 5", not "Mayor").
        self.month_word = re.compile(_MONTH.format(g="mw") + r"(?![a-z])", flags)
        self.year = re.compile(r"(?:19|20)\d\d")
        # The two day numbers of every span of days ("9-10 March", "March 3 to 5") and what joins them: without
        # the month and preposition around them, a cheap test before the span patterns (few sentences hold one).
        self.day_span = re.compile(r"\d(?:st|nd|rd|th)?\s*(?:[-–]|\s(?:to|and|until)\s)\s*[0-3]?\d", flags)
        # The same for the patterns that open with an optional preposition, which the search tries at every
        # character: what each of their matches holds, opening with a digit or a month (ten times cheaper).
        month = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
        self.day_month = re.compile(r"\d(?:st|nd|rd|th)?(?:\s+of)?\s+" + month, flags)  # "dm", "dmy"
        self.month_day = re.compile(month + r"[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b", flags)  # "md", "mdy"
        self.month_year = re.compile(month + r"[a-z]*\.?,?\s+(?:of\s+)?(?:19|20)\d\d", flags)  # "my"
        self.weekday = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", flags)
        self.relative = re.compile(
            r"\b(?:today|tonight|yesterday|last night|tomorrow|this (?:morning|afternoon|evening)|week|month|year|ago|recent|"
            r"the day before|the previous day)",
            flags,
        )


_ANY_CASE = _Patterns(re.IGNORECASE)
_LOWERCASE = _Patterns(re.NOFLAG)
"""For ASCII text lowercased: case-insensitive matching of ASCII is exactly matching its lowercase."""


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in text; ``when`` is None when it cannot be resolved (no reference).

    ``deadline`` marks "by March", "until 2028": a limit set, not when something happened.
    """

    start: int
    end: int
    phrase: str
    when: When | None
    deadline: bool = False


def _month(token: str) -> int:
    # NFKC: a case-insensitive pattern also matches "ſept" (long s) and "K" (Kelvin sign); fold them to ASCII
    word = unicodedata.normalize("NFKC", token).lower().rstrip(".")
    return MONTHS.get(word) or MONTHS[word[:3]]


def _safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_day_month_year(day: int, month: int, year: int) -> date | None:
    """A calendar date, or None when the combination does not exist (31 Feb)."""
    return _safe_day(year, month, day)


def resolve_month_day(month: int, day: int, reference: date, future: bool = False) -> date | None:
    """A day named without its year: the latest occurrence on or before the reference (news reports what
    happened), or the next one when the text speaks of the future."""
    candidates = [
        d
        for d in (_safe_day(y, month, day) for y in (reference.year - 1, reference.year, reference.year + 1))
        if d is not None
    ]
    if future:
        upcoming = [d for d in candidates if d >= reference]
        return upcoming[0] if upcoming else None
    past = [d for d in candidates if d <= reference + timedelta(days=2)]
    return past[-1] if past else (candidates[0] if candidates else None)


def next_month_day(month: int, day: int, bound: date) -> date | None:
    """The first occurrence of a month and day on or after ``bound``."""
    for year in range(bound.year, bound.year + 9):
        found = _safe_day(year, month, day)
        if found is not None and found >= bound:
            return found
    return None


_FUTURE_WORDS = re.compile(
    r"\b(?:(?-i:will|shall)|due|scheduled|expected|expects|plans?|planned|planning|next|upcoming|aims?|aiming|"
    r"targets?|deadline|set to|to be held|runs? (?:to|until|through)|reconvenes?|"
    r"agree(?:d|s)? to (?:hold|meet|visit|resume|launch|start|begin|convene)|"
    # "has accepted an invitation to visit Santiago in December", "intends to travel to Hanoi in May"
    r"(?<!\bhad )(?:invitation|intends?|intending|hopes?|hoping) to (?:visit|travel|come|return|meet|attend|hold|sign)|"
    # "are to sign a framework agreement in Port of Spain in September", "is to meet in Mendoza in August"
    r"(?:is|are) to (?:be|sign|meet|visit|hold|travel|host|attend|open|begin|start|launch|convene|resume)|"
    # the present of a journey told ahead: "Greer flies to Addis Ababa on Thursday"
    r"(?:flies|lands|arrives|travels|leaves|heads)(?: on)? (?:to|in|for)|"
    # "Saruul leaves Astana on Wednesday morning for a one-day visit to Tashkent"
    r"(?:leaves|departs)(?: (?-i:[A-Z])[\w'’-]+){1,2}(?![\w'’-])|"
    # the present of a body's sitting to come: "A joint technical committee meets in Rusumo on 20–21 November"
    r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )(?:meets|convenes|sits) (?:again )?(?:in|at)|"
    # "Quách wraps up his visit on Wednesday" (a page of Tuesday): the end of a journey under way
    r"(?:wraps|winds) up (?:his|her|their|the) (?:[\w-]+ )?(?:visit|trip|tour|stay)|"
    r"(?:concludes|ends) (?:his|her|their) (?:[\w-]+ )?(?:visit|trip|tour|stay)|"
    # "on a three-day working visit to Italy that ends on Thursday": the end of what is under way
    r"(?<=\bthat )(?:ends|concludes|closes|finishes))\b",
    re.IGNORECASE,
)


_PROPER_NOUN_PIECE = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*")
_PAST_VERB = re.compile(
    r"\b(?:[a-z]{3,}ed|met|held|signed|took|began|spoke|made|led|sat|said|told|went|came|flew|won|gave|inked)\b"
)
_STILL_TO_COME = re.compile(
    r"\b(?:takes? effect|enters? into force|comes? into force|begins?|starts?|expires?|runs? until|will|shall)\b",
    re.IGNORECASE,
)


def latest_reported(text: str, past_only: bool = False) -> When | None:
    """The date with the latest start that the text states in full (a day, a month or a year) as something
    that happened: dates in clauses about the future and deadlines are left out. A page is published on or
    after every past event it reports, which bounds a year-less dateline. ``past_only``: only dates in sentences
    told in the past tense ("held talks on 12 March 2025"; not "takes effect on 1 January 2026")."""
    latest: When | None = None
    done = -1
    for year in _ANY_CASE.year.finditer(text):
        if year.start() < done:
            continue
        # Only the stretch around a year can hold a full date: read from the start of its sentence.
        start = max(text.rfind(". ", 0, year.start()), text.rfind("\n", 0, year.start())) + 1
        stops = [i for i in (text.find(". ", year.end()), text.find("\n", year.end())) if i != -1]
        done = min(stops) if stops else len(text)
        chunk = text[start:done]
        for found in find_dates(chunk, None):
            when = found.when
            if when is None:
                continue
            # The words leading to the date, within its clause: "talks will be held in March 2026".
            lead = chunk[max(0, found.start - 48) : found.start]
            lead = re.split(r",\s|;\s|\sand\s|\sbut\s", lead)[-1]
            if _FUTURE_WORDS.search(lead):
                continue
            if past_only and (not _PAST_VERB.search(chunk) or _STILL_TO_COME.search(chunk)):
                continue
            if latest is None or when.start > latest.start:
                latest = when
    return latest


_WEEKDAY_MONTH_DAY = re.compile(
    r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"\s+(?P<month>[a-z]{3,9})\.?|(?P<month2>[a-z]{3,9})\.?\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?)\b(?!,?\s+\d{4})",
    re.IGNORECASE,
)
_SCHEDULE_BEFORE = re.compile(
    r"\b(?:open|opens|operate|operates|closed|available|staffed|run|runs|works|trade|trades)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_NOW_BEFORE = re.compile(
    r"\b(?:today|tonight|yesterday|this (?:morning|afternoon|evening))\W*$", re.IGNORECASE
)
_YESTERDAY_BEFORE = re.compile(r"\byesterday\W*$", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|\bcopyright)\s*(?:\d{4}\s*[-–]\s*)?(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE
)


_PAST_YEAR = re.compile(r"\b(?:in|since)\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d{2})\b")
"""A year told as past: "since the coup in July 2023", "in 2021"."""


def names_a_weekday_and_day(text: str) -> bool:
    """Whether the text names a day by weekday, day and month ("On Monday, 12 October")."""
    return _WEEKDAY_MONTH_DAY.search(text) is not None


def copyright_year(page: str) -> int | None:
    """The latest year of the page's copyright lines ("© 2026 Rawafed National News Agency"), or None."""
    return max((int(m.group("year")) for m in _COPYRIGHT.finditer(page)), default=None)


def weekday_dated(
    text: str, page: str, years: tuple[int, ...] = (), store_year: int | None = None
) -> When | None:
    """The day a page was written, from the latest day its text names by weekday, day and month without a year
    ("this afternoon, Wednesday 15 October"; "Yesterday, Tuesday 10 March" was written the day after): the year is
    the latest in which that day is that weekday, within a year of the page's copyright year, else of a year the text
    names, or of ``years`` (those of the posts the page embeds), else of ``store_year`` (the latest article's in the
    store: a page that names no year is read as of the story it joins). A day told as now ("this morning, ...") wins; a
    day in a clause about the future is not the page's. None when no year fits or none is known."""
    copyright_years = [int(m.group("year")) for m in _COPYRIGHT.finditer(page)]
    named = set(copyright_years or [int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", text)] or years)
    why = "copyright year" if copyright_years else "year the text names"
    found = _weekday_fit(text, sorted(named, reverse=True), why) if named else None
    if found is None and store_year is not None:
        found = _weekday_fit(text, [store_year], "year of the store's latest article,")
    return found


def _weekday_fit(text: str, anchors: list[int], why: str) -> When | None:
    """The latest day the text names by weekday, day and month, in the first of ``anchors`` (the latest first) or a
    year off it in which that day is that weekday."""
    past = {int(y) for y in _PAST_YEAR.findall(text)}
    latest: When | None = None
    matches = list(_WEEKDAY_MONTH_DAY.finditer(text))
    # "this morning, Tuesday 10 March" says when the page was written; a day in a clause about the future does not.
    now = [m for m in matches if _NOW_BEFORE.search(text, max(0, m.start() - 24), m.start())]
    for m in now or [m for m in matches if not _future_clause(text, m.start())]:
        month = MONTHS.get((m.group("month") or m.group("month2")).lower())
        if month is None:
            continue
        day = int(m.group("day") or m.group("day2"))
        weekday = WEEKDAYS[m.group("weekday").lower()]
        # A year the text names first (the latest that fits), then one a year off it: "by 2030" is no reason for 2031.
        fits = [
            (found, anchor)
            # Last, two or three years after a year told as past: "since the coup in July 2023" is told some years on
            # ("to double trade by 2030" is no such year).
            for offsets in ((0,), (-1, 1), (2, 3))
            for anchor in anchors
            if offsets != (2, 3) or anchor in past
            for year in (anchor + o for o in offsets)
            if (found := _safe_day(year, month, day)) is not None and found.weekday() == weekday
        ]
        if not fits:
            continue
        found, anchor = fits[0]
        after = 1 if _YESTERDAY_BEFORE.search(text, max(0, m.start() - 20), m.start()) else 0
        written = found + timedelta(days=after)
        if latest is None or written > latest.start:
            basis = f"the weekday fits {found.year} (the {why} {anchor})" + (
                "; told as yesterday" if after else ""
            )
            latest = When(written, written, Precision.DAY, m.group(0), None, basis)
    return latest


def _last_weekday(reference: date, weekday: int, strictly_before: bool = False) -> date:
    delta = (reference.weekday() - weekday) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return reference - timedelta(days=delta)


def _relative(rel: str, ref: date, phrase: str, ahead: bool = False) -> When | None:
    rel = rel.lower()
    if rel.startswith(("earlier in the ", "later in the ")):
        rel = rel.replace(" in the ", " this ")  # "later in the year": later this year
    basis = "relative to the publication date"
    if rel in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return When.day(ref, phrase, ref, basis)
    if rel in (
        "yesterday",
        "last night",
        "the day before",
        "the previous day",
        "a day earlier",
        "a day ago",
        "a day before",
    ):
        return When.day(ref - timedelta(days=1), phrase, ref, basis)
    if rel == "tomorrow":
        return When.day(ref + timedelta(days=1), phrase, ref, basis)
    if rel.startswith("earlier this "):
        unit = rel.rsplit(" ", 1)[1]
        start = {
            "week": ref - timedelta(days=ref.weekday()),
            "month": ref.replace(day=1),
            "year": ref.replace(month=1, day=1),
        }[unit]
        # Before the day of publication: what happened that day is reported as "today".
        return When(start, max(start, ref - timedelta(days=1)), Precision.RANGE, phrase, ref, basis)
    if rel.endswith("this week"):
        week = When.week_of(ref, phrase, ref, basis)
        return When(week.start, min(week.end, ref), Precision.WEEK, phrase, ref, basis)
    if rel in (
        "last week",
        "the previous week",
        "the past week",
        "the last week",
        "a week earlier",
        "a week ago",
        "a week before",
    ):
        return When.week_of(ref - timedelta(days=7), phrase, ref, basis)
    if rel == "next week":
        return When.week_of(ref + timedelta(days=7), phrase, ref, basis)
    if rel.endswith("this month"):
        return When.month(ref.year, ref.month, phrase, ref, basis)
    if rel in (
        "last month",
        "the previous month",
        "the past month",
        "the last month",
        "a month earlier",
        "a month ago",
        "a month before",
    ):
        first = _last_of_month_before(ref)
        return When.month(first.year, first.month, phrase, ref, basis)
    if rel == "next month":
        nxt = _first_of_month_after(ref)
        return When.month(nxt.year, nxt.month, phrase, ref, basis)
    if "start of " in rel or "beginning of " in rel:
        # "at the start of the month", "from the beginning of next year": that month or year
        if rel.endswith("month"):
            first = _first_of_month_after(ref) if "next" in rel else ref
            return When.month(first.year, first.month, phrase, ref, basis)
        return When.year(ref.year + (1 if "next" in rel else 0), phrase, ref, basis)
    if "end of " in rel:
        # "by the end of the year", "before the end of next year", "at the end of the month": that year or month
        if rel.endswith("month"):
            return When.month(ref.year, ref.month, phrase, ref, basis)
        return When.year(ref.year + (1 if "next" in rel else 0), phrase, ref, basis)
    if rel.endswith("this year"):
        return When.year(ref.year, phrase, ref, basis)
    if rel in (
        "last year",
        "the previous year",
        "the past year",
        "the last year",
        "a year earlier",
        "a year ago",
        "a year before",
    ):
        return When.year(ref.year - 1, phrase, ref, basis)
    if rel == "next year":
        return When.year(ref.year + 1, phrase, ref, basis)
    if rel.endswith("in the new year"):
        # the year to come, told ahead or late in a year; else the one begun ("talks in Apia in the new year", on a
        # page of January, in the past)
        return When.year(ref.year + (1 if ahead or ref.month >= 10 else 0), phrase, ref, basis)
    if rel.endswith("weekend"):
        # its Saturday and Sunday: the coming ones ("next weekend", "will meet at the weekend"), else the last ones
        # on or before the publication date ("last weekend" on a Saturday or Sunday: the one before)
        weekday = ref.weekday()
        coming = (
            rel.startswith("next") or rel == "this coming weekend" or (ahead and rel.endswith("the weekend"))
        )
        if coming:
            saturday = ref + timedelta(days=(5 - weekday) % 7 or 7)
        else:
            saturday = ref - timedelta(
                days=(weekday - 5) % 7 + (7 if rel.startswith("last") and weekday >= 5 else 0)
            )
        end = saturday + timedelta(days=1)
        return When(saturday, end if coming else min(end, ref), Precision.RANGE, phrase, ref, basis)
    match = re.match(r"(?:in )?recent (days|weeks|months)", rel)
    if match:
        days = {"days": 7, "weeks": 35, "months": 120}[match.group(1)]
        return When(ref - timedelta(days=days), ref, Precision.RANGE, phrase, ref, basis)
    match = re.match(r"(\d+|a few|few|several|[a-z]+)\s+(day|week|fortnight|month|year)s?\s+ago", rel)
    if match:
        count = count_of(match.group(1))
        if not count:
            return None
        unit = match.group(2)
        if unit == "day":
            return When.day(ref - timedelta(days=count), phrase, ref, basis)
        if unit in ("week", "fortnight"):
            # ("a fortnight ago": the week two weeks back)
            return When.week_of(
                ref - timedelta(days=(14 if unit == "fortnight" else 7) * count), phrase, ref, basis
            )
        if unit == "month":
            year, month = divmod(ref.year * 12 + ref.month - 1 - count, 12)
            return When.month(year, month + 1, phrase, ref, basis)
        return When.year(ref.year - count, phrase, ref, basis)
    return None


def count_of(word: str) -> int:
    """The number a count word or numeral gives ("two", "a few", "3"); 0 when it is none."""
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word, 0)


def _resolve(kind: str, m: re.Match[str], phrase: str, ref: date | None, ahead: bool = False) -> When | None:
    """The date a match names; ``m`` may be a match over the lowercased text (its groups are read as such).

    ``ahead``: the clause speaks of the future, so a day, month or weekday named without its year is the next
    one, not the last."""
    g = m.groupdict()
    if kind in ("iso", "dmy", "mdy", "dotted"):
        month = int(g["m"]) if kind in ("iso", "dotted") else _month(g["m"])
        day = _safe_day(int(g["y"]), month, int(g["d"]))
        return When.day(day, phrase, ref, "stated") if day else None
    if kind == "my":
        return When.month(int(g["y"]), _month(g["m"]), phrase, ref, "stated")
    if kind == "y":
        return When.year(int(g["y"]), phrase, ref, "stated")
    if kind in ("dmr", "mdr") and g.get("y"):
        return _day_span(g, phrase, ref, ahead)
    if ref is None:
        return None
    if kind in ("dm", "md"):
        day = resolve_month_day(_month(g["m"]), int(g["d"]), ref, future=ahead)
        return When.day(day, phrase, ref, "year taken from the publication date") if day else None
    if kind in ("dmr", "mdr"):
        return _day_span(g, phrase, ref, ahead)
    if kind == "wr":
        return _weekday_span(g, phrase, ref, ahead)
    if kind == "mweek":
        return _week_of_month(g, phrase, ref, ahead)
    if kind == "yhalf":
        year = (
            int(g["y"])
            if g.get("y")
            else ref.year + {"next": 1, "last": -1}.get((g.get("which") or "").lower(), 0)
        )
        # (the year, at its precision: six months are no span of days an event runs over)
        return When.year(year, phrase, ref, "the year whose half is named")
    if kind == "mlast":
        month = _month(g["m"])
        if g["which"].lower() == "last":
            year = ref.year if month < ref.month else ref.year - 1
            return When.month(year, month, phrase, ref, "the last such month before the publication date")
        year = ref.year if month > ref.month else ref.year + 1
        return When.month(year, month, phrase, ref, "the next such month after the publication date")
    if kind == "mrel":
        month = _month(g["m"])
        year = ref.year + {"last": -1, "this": 0, "next": 1}[g["which"].lower()]
        return When.month(year, month, phrase, ref, "relative to the publication date")
    if kind == "m":
        month = _month(g["m"])
        basis = "the coming month" if ahead else "year taken from the publication date"
        return When.month(_year_of_month(month, ref, ahead), month, phrase, ref, basis)
    if kind == "weekday":
        weekday = WEEKDAYS[g["weekday"].lower()]
        prep = (g.get("prep") or "").lower()
        if prep in ("next", "this coming") or (ahead and prep in ("on", "")):
            delta = (weekday - ref.weekday()) % 7
            if delta == 0 and prep in ("next", "this coming"):
                # "next Wednesday" in a page of a Wednesday ("flies to Harare on Wednesday" is that day)
                delta = 7
            basis = "the coming weekday" if delta else "the publication day, told as still to come"
            return When.day(ref + timedelta(days=delta), phrase, ref, basis)
        day = _last_weekday(ref, weekday, strictly_before=prep == "last")
        return When.day(day, phrase, ref, WEEKDAY_BEFORE_PUBLICATION)
    if kind == "relative":
        return _relative(g["rel"], ref, phrase, ahead)
    if kind == "dom":
        return _day_of_month(int(g["d"]), phrase, ref, ahead)
    return None


def _year_of_month(month: int, ref: date, ahead: bool) -> int:
    """The year of a month named without one: the last such month up to the publication date's, or the next from it
    (``ahead``: a clause about the future)."""
    if ahead:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def _week_of_month(g: dict[str, str | None], phrase: str, ref: date | None, ahead: bool) -> When | None:
    """ "the third week of August": days 15 to 21 of that month (of the year named, else the one the publication date
    puts it in); "the last week": its last seven days."""
    month = _month(g["m"] or "")
    if g.get("y"):
        year = int(g["y"] or 0)
    elif ref is None:
        return None
    else:
        year = _year_of_month(month, ref, ahead)
    last = calendar.monthrange(year, month)[1]
    nth = (g["nth"] or "").lower()
    first_day = (
        last - 6 if nth in ("last", "final") else 1 + 7 * ("first", "second", "third", "fourth").index(nth)
    )
    return When(
        date(year, month, first_day),
        date(year, month, min(first_day + 6, last)),
        Precision.RANGE,
        phrase,
        ref,
        "stated" if g.get("y") else "year taken from the publication date",
    )


def _first_of_month_after(ref: date) -> date:
    return (ref.replace(day=28) + timedelta(days=4)).replace(day=1)


def _last_of_month_before(ref: date) -> date:
    return ref.replace(day=1) - timedelta(days=1)


def _day_of_month(day: int, phrase: str, ref: date, ahead: bool) -> When | None:
    """ "on the 9th": that day of the month of publication, or of the month before when it is still to come there (the
    next month's, in a clause about the future); none when that month has no such day."""
    this = _safe_day(ref.year, ref.month, day)
    if ahead:
        if this is not None and this >= ref:
            return When.day(this, phrase, ref, "the day of the month, in the month of publication")
        nxt = _first_of_month_after(ref)
        found = _safe_day(nxt.year, nxt.month, day)
        return When.day(found, phrase, ref, "the day of the month, in the next month") if found else None
    if this is not None and this <= ref:
        return When.day(this, phrase, ref, "the day of the month, in the month of publication")
    before = _last_of_month_before(ref)
    found = _safe_day(before.year, before.month, day)
    return (
        When.day(found, phrase, ref, "the day of the month, in the month before publication")
        if found
        else None
    )


def _day_span(g: dict[str, str | None], phrase: str, ref: date | None, ahead: bool) -> When | None:
    """ "9-10 March", "March 3 to 5, 2026": the days from the first to the last, in the year stated or taken from
    the publication date."""
    month, first, last = _month(g["m"] or ""), int(g["d"] or 0), int(g["d2"] or 0)
    if last <= first:
        return None
    if g.get("y"):
        start = _safe_day(int(g["y"] or 0), month, first)
        basis = "stated"
    elif ref is not None:
        start = resolve_month_day(month, first, ref, future=ahead)
        basis = "year taken from the publication date"
    else:
        return None
    end = _safe_day(start.year, month, last) if start else None
    if start is None or end is None:
        return None
    return When(start, end, Precision.RANGE, phrase, ref, basis)


def _weekday_span(g: dict[str, str | None], phrase: str, ref: date | None, ahead: bool) -> When | None:
    """ "from Monday to Thursday last week": those days of that week; without the week, the last such days (the
    next, in a clause about the future)."""
    if ref is None:
        return None
    first, last = WEEKDAYS[(g["weekday"] or "").lower()], WEEKDAYS[(g["weekday2"] or "").lower()]
    length = (last - first) % 7
    which = (g.get("which") or "").lower()
    if which:
        monday = (
            ref - timedelta(days=ref.weekday()) + timedelta(days={"last": -7, "this": 0, "next": 7}[which])
        )
        start = monday + timedelta(days=first)
        basis = f"{which} week, relative to the publication date"
    elif ahead:
        start = ref + timedelta(days=(first - ref.weekday()) % 7 or 7)
        basis = "the coming weekdays"
    else:
        start = _last_weekday(ref, last) - timedelta(days=length)
        basis = "the weekdays on or before the publication date"
    return When(start, start + timedelta(days=length), Precision.RANGE, phrase, ref, basis)


_SCHEDULED_FOR = re.compile(
    r"\b(?:scheduled|planned|slated|pencilled in|penciled in|earmarked|expected|due)\s+$", re.I
)
"""Before "for" and a month: the month something is to happen in ("talks are scheduled for September")."""


def find_dates(text: str, reference: date | None) -> list[DateMatch]:
    """Every date expression in ``text``, left to right, without overlaps (the longest wins).

    An explicit date right after a weekday ("on Friday (31st October)") is kept as one match.
    """
    result: list[DateMatch] = []
    for start, end, kind, m, prep, phrase in _expressions(text):
        if prep == "for" and _SCHEDULED_FOR.search(text, max(0, start - 30), start) is None:
            continue  # "for March" is a time only after "scheduled", "planned" (not "the squad for March qualifiers")
        # The clause is read only where it matters: a date without its year, or one a measure takes effect on.
        future = (
            reference is not None
            and (
                kind in ("dm", "md", "m", "mweek", "weekday", "dmr", "mdr", "wr", "dom")
                or prep in _TAKES_EFFECT
                or (kind == "relative" and phrase.lower().endswith(("weekend", "new year")))
            )
            and (
                _future_clause(text, start, end)
                # "agreed to scrap, from September 1, the levy": the day a measure agreed on is to take effect
                or (prep == "from" and _AGREED_TO.search(text, max(0, start - 80), start) is not None)
                # "from 1 September Uzbekistan will abolish the duty": the measure to come is told after the day
                or (prep == "from" and _WILL_AFTER.match(text, end) is not None)
            )
        )
        ahead = (
            kind in ("dm", "md", "m", "mweek", "weekday", "dmr", "mdr", "wr", "dom", "relative") and future
        )
        when = _resolve(kind, m, phrase, reference, ahead)
        if not ahead and kind in ("dm", "md") and reference is not None and when is not None:
            # "levy ... suspended from 1 October" on a page of 7 September, told with no tense of its own: the nearer
            # such day (a measure's day of taking effect is told close to it, before or after); and any day and month
            # a few weeks ahead rather than most of a year back ("The committee meets in Foz do Iguaçu on 1 December"
            # on a page of 5 November: a writer tells a December long past as "last December")
            coming = _resolve(kind, m, phrase, reference, True)
            if coming is not None and (
                (_EFFECT_AT.match(phrase) and coming.start - reference < reference - when.start)
                or (
                    (coming.start - reference).days <= 45
                    and (reference - when.start).days >= 240
                    and not _PAST_VERB.search(
                        text, max(text.rfind(". ", 0, start), text.rfind(";", 0, start), 0), start
                    )
                )
            ):
                when = replace(coming, basis="the nearer such day to the publication date")
        # "by Friday", "until March": a deadline; "will impose a tariff starting March 1": when a measure is to take
        # effect, not when it was decided ("imposed ... effective March 4" is the day it was).
        deadline = prep in ("by", "until", "till", "before") or (future and prep in _TAKES_EFFECT)
        # (a measure's day of taking effect is kept: a tariff is dated by it)
        kept = when if not deadline or prep in _TAKES_EFFECT else None
        result.append(DateMatch(start, end, phrase, kept, deadline))
    return _merge_weekday_with_explicit(text, result)


@lru_cache(maxsize=256)
def _expressions(text: str) -> tuple[tuple[int, int, str, re.Match[str], str, str], ...]:
    """The date expressions of ``text`` without overlaps, as (start, end, kind, match, preposition, phrase):
    what find_dates reads before it looks at the reference. Remembered: a sentence is often read again, at
    another date or none (37 % of calls on the generated corpus find it among the last 256; 43 % among 1,024, at
    four times the memory, 0.45 MiB, which the ingest's memory target cannot spare)."""
    found: list[tuple[int, int, str, re.Match[str]]] = []
    low = text.lower().replace("mid-", "mid ")  # "in mid-April" as "in mid April" (the same offsets)
    subject, patterns = (low, _LOWERCASE) if text.isascii() else (text.replace("mid-", "mid "), _ANY_CASE)
    has_month = patterns.month.search(subject) is not None and patterns.month_word.search(subject) is not None
    has_year = patterns.year.search(subject) is not None
    has_weekday = "day" in low and patterns.weekday.search(subject) is not None
    has_relative = patterns.relative.search(subject) is not None
    has_day_of_month = "the " in low and _ORDINAL_DAY.search(low) is not None
    if not (has_month or has_year or has_weekday or has_relative or has_day_of_month):
        return ()  # most sentences name no date
    has_span = has_month and patterns.day_span.search(subject) is not None
    day_month = has_month and patterns.day_month.search(subject) is not None
    month_day = has_month and patterns.month_day.search(subject) is not None
    month_year = has_month and has_year and patterns.month_year.search(subject) is not None
    wanted = {
        "iso": has_year, "dotted": has_year and "." in low, "dom": has_day_of_month,
        "dmy": day_month and has_year, "mdy": month_day and has_year, "my": month_year,
        "dm": day_month, "md": month_day, "m": has_month, "dmr": has_span, "mdr": has_span, "wr": has_weekday,
        "mlast": has_month, "mrel": has_month and has_relative, "y": has_year, "weekday": has_weekday,
        "relative": has_relative, "mweek": has_month and "week of" in low,
        "yhalf": "half of" in low,
    }  # fmt: skip
    for kind, pattern in patterns.patterns:
        if not wanted[kind]:
            continue
        for m in pattern.finditer(subject):
            if kind == "weekday" and not m.group("prep") and not _weekday_is_date(text, m):
                continue
            if kind == "wr" and _SCHEDULE_BEFORE.search(subject, max(0, m.start() - 30), m.start()):
                continue  # "the crossings are open from Monday to Saturday": every week, not a date
            found.append((m.start(), m.end(), kind, m))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str, re.Match[str], str, str]] = []
    taken_until = -1
    for start, end, kind, m in found:
        if start < taken_until:
            continue
        prep = (m.groupdict().get("prep") or "").lower()
        kept.append((start, end, kind, m, prep, text[start:end].strip()))
        taken_until = end
    return tuple(kept)


_ORDINAL_DAY = re.compile(r"t(?<=\bt)he [0-3]?\d(?:st|nd|rd|th)\b")
"""(\\bthe with the boundary looked at behind the "t": the search skips to a "t" instead of trying every character)"""
_DATE_VERB_BEFORE = re.compile(
    r"\b(signed|met|said|announced|held|inked|arrived|landed|began|concluded|visited|imposed|slapped|spent)\s+$"
)
_VERB_PLACE_BEFORE = re.compile(
    r"\b(?:met|arrived|landed|signed|inked|held talks)\s+(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?"
    r"(?:[A-Za-z][\w'’-]*\s+){1,3}(?<!\bthe\s)(?<!\ba\s)$"
)
"""Before a bare weekday that is a date: "arrived in the capital Monday", "met officials in Doha Tuesday"."""
_WEEKDAY_GAP = re.compile(r"\s*[(,]?\s*")


def _future_clause(text: str, at: int, end: int = -1) -> bool:
    """True when the clause before ``at`` speaks of what is still to come: "officials would meet again in Seoul
    in June", "are expected to sign ... Friday", "will travel to Delhi on Monday"."""
    sentence = text[max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1 : at]
    pieces = re.split(r",\s|;\s|\sbut\s", sentence)
    # "would suspend, from April 1, the surcharge": a date set off by commas on both sides belongs to the clause
    # before them (not "X, who is due to travel, on Tuesday met Y": the main clause's)
    set_off = (
        end >= 0
        and text[end:].lstrip(" ")[:1] in (",", ".", ";", "")
        and len(pieces) > 1
        and not re.match(r"\s*(?:who|which|that)\b", pieces[-2])
    )
    index = len(pieces) - 1 if pieces[-1].strip() or not set_off else len(pieces) - 2
    while index > 0 and _PROPER_NOUN_PIECE.fullmatch(pieces[index]):
        index -= 1  # "will next meet in Hawassa, Ethiopia, in December": the place's country is no clause of its own
    clause = pieces[index]
    ahead = [m.end() for m in (*_FUTURE_WORDS.finditer(clause), *_MODAL.finditer(clause))]
    # "would build on the agreement signed on Tuesday", "the tariff that Washington imposed on Monday": a past
    # verb between the future word and the date has the date ("to be signed on Friday" is still to come); not one
    # far from a day the measure takes effect ("will halve the fees levied at the Turaibil border crossing on
    # construction materials as of June 1").
    effect = _EFFECT_BEFORE.search(clause) is not None or _EFFECT_AT.match(text, at) is not None
    return bool(ahead) and not any(
        m.group("who") or not effect or len(clause) - m.end() <= 40
        for m in _PAST_AFTER.finditer(clause, max(ahead))
    )


_PAST_VERB = re.compile(
    r"\b(?:[a-z]{2,}ed|met|held|made|took|led|was|were|had|did|came|went|began|spoke|told|said|won|saw|gave|"
    r"sat|ran|left|flew|ended)\b"
)
"""A verb told in the past before a day: "Officials held talks ... on September 16" is the last such day."""
_EFFECT_BEFORE = re.compile(
    r"\b(?:as of|from|starting(?: from)?|effective(?: from)?|with effect from)\s*$", re.I
)
_EFFECT_AT = re.compile(r"(?:as of|from|starting|effective|with effect from)\b", re.I)
"""Before a day, or opening its phrase: the day a measure takes effect."""


_PAST_AFTER = re.compile(
    r"\b(?P<who>that|which|who)\b(?=[^,;]*\b(?:[a-z]+ed|met|held|made|took|led)\b)|(?<!\bbe )(?<!\bbeen )"
    r"\b(?:[a-z]+ed|met|held|made|took|led)(?:\s+(?:on|in|at|last|this|earlier|late|early|during)\b|\s*$)"
)
"""After the future word, a past verb with its own time: "would build on the agreement signed on Tuesday", "the
tariff that Washington imposed ...", not "a tariff on roasted coffee"."""


def _weekday_is_date(text: str, m: re.Match[str]) -> bool:
    """A bare weekday counts as a date only in date positions ("signed Friday", "Friday's talks", "arrived in
    Doha Saturday.": ending the sentence, "formalised the pact Sunday in Cape Town")."""
    before = text[max(0, m.start() - 12) : m.start()].lower()
    after = text[m.end() : m.end() + 3]
    if text[: m.start()].rstrip().endswith(_NAMED_DAYS):
        return False  # "Black Friday", "Good Friday"
    if _WEEKDAY_AND.search(text, max(0, m.start() - 20), m.start()) is not None:
        return True  # "will visit Riga on Thursday and Friday": the second day of two
    if _future_clause(text, m.start()):
        return False  # "are expected to sign a gas agreement Friday": not a day that has been
    return (
        _DATE_VERB_BEFORE.search(before) is not None
        or after.startswith(("'s", "’s"))
        or after == ""
        or after[0] in ".;"
        or m.group("part") is not None
        or _PLACE_AFTER_WEEKDAY.match(text, m.end()) is not None
        or _VERB_PLACE_BEFORE.search(text, max(0, m.start() - 50), m.start()) is not None
        or _WEEKDAY_AND.search(text, max(0, m.start() - 20), m.start()) is not None
    )


_WEEKDAY_AND = re.compile(r"\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day and $", re.IGNORECASE)
"""Before a bare weekday that is a date: "on Monday and Tuesday"."""


_TAKES_EFFECT = ("starting", "effective", "starting from", "with effect from")
_WILL_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:will|shall|is to|are to)\s+(?:\w+\s+)?(?:abolish|scrap|cut|lift|suspend|remove|"
    r"reduce|lower|waive|halve|raise|end|phase out|extend|introduce|impose|apply|drop)\b"
)
_AGREED_TO = re.compile(
    # "agreed to scrap", "a joint communiqué committing both sides to suspend", a headline's "Dar es Salaam to suspend"
    r"\bto (?:scrap|cut|lift|"
    r"suspend|remove|reduce|lower|abolish|waive|halve|raise|drop|end|phase out|extend|introduce|impose|apply)\b"
    r"[^.;]*$",
    re.IGNORECASE,
)
"""A measure agreed on, before "from" and its day: "agreed to scrap, from September 1, the 5% levy"."""
_NAMED_DAYS = (
    "Black",
    "Good",
    "Super",
    "Cyber",
    "Ash",
    "Holy",
    "Easter",
    "Palm",
    "Maundy",
    "Shrove",
    "Bloody",
)
_PLACE_AFTER_WEEKDAY = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
"""After a bare weekday that is a date: "signed the pact Sunday in Cape Town"."""
_MODAL = re.compile(r"\b(?:must|should|could|may|might|would)\s+(?:\w+\s+)?\w+")
"""A verb not (yet) done: "must sign the agreement Tuesday"."""


def _merge_weekday_with_explicit(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    merged: list[DateMatch] = []
    for match in matches:
        if merged:
            prev = merged[-1]
            gap = text[prev.end : match.start]
            if (
                _WEEKDAY_GAP.fullmatch(gap)
                and prev.when
                and match.when
                and prev.when.precision is Precision.DAY
                and match.when.precision is Precision.DAY
            ):
                # "on Monday, September 14" on a page of Thursday 24 September: the day named, when it falls on that
                # weekday (not the Monday before publication)
                best = (
                    match.when
                    if match.when.basis == "stated" or match.when.start.weekday() == prev.when.start.weekday()
                    else prev.when
                )
                end = match.end + (1 if text[match.end : match.end + 1] == ")" else 0)
                phrase = text[prev.start : end].strip()
                merged[-1] = DateMatch(
                    prev.start, end, phrase, When.day(best.start, phrase, best.reference, best.basis)
                )
                continue
            if (
                gap == " and "
                and prev.when
                and match.when
                and prev.when.precision is Precision.DAY
                and match.when.precision is Precision.DAY
                # (the next weekday: "on Thursday and Friday" to come reads its Friday as the last one, alone)
                and match.when.start.weekday() == (prev.when.start + timedelta(days=1)).weekday()
                and _WEEKDAY_PAIR.fullmatch(text, prev.start, match.end)
                # not "on Monday and Tuesday the two leaders toured ...", "on Monday and Tuesday respectively"
                and _PAIR_GOES_ON.match(text, match.end) is None
            ):
                # "was in Maputo on a state visit on Monday and Tuesday": the two days, one span
                phrase = text[prev.start : match.end]
                first = prev.when.start
                if (
                    phrase[:5].lower() == "last "
                    and prev.when.reference is not None
                    and first + timedelta(days=1) >= prev.when.reference
                ):
                    first -= timedelta(days=7)  # "last Thursday and Friday" on a Friday: the week before's
                merged[-1] = DateMatch(
                    prev.start,
                    match.end,
                    phrase,
                    When(
                        first,
                        first + timedelta(days=1),
                        Precision.RANGE,
                        phrase,
                        prev.when.reference,
                        prev.when.basis,
                    ),
                )
                continue
        merged.append(match)
    return merged


_PAIR_GOES_ON = re.compile(
    r"\s+(?:the|he|she|they|it|we|i|his|her|their|its|respectively)\b|\s+(?-i:[A-Z])", re.IGNORECASE
)
"""After "on Monday and Tuesday": a new clause's subject ("... and Tuesday the two leaders toured"), or
"respectively": the two days are two events'."""
_WEEKDAY_PAIR = re.compile(
    # "on Monday and Tuesday", "spent Monday and Tuesday in Kuwait City", "last Thursday and Friday"
    r"(?:on |(?<=spent )|(?i:last) )(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day and (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
)
