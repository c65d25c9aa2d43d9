"""One article through the pipeline: check, clean, date, extract. Pure: text in, source and fragment out."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.resources import files
from itertools import islice

from bot.core.clean import CleanArticle, clean_article
from bot.core.dates import (
    copyright_year,
    find_dates,
    latest_reported,
    names_a_weekday_and_day,
    next_month_day,
    parse_day_month_year,
    weekday_dated,
)
from bot.core.extract import Extractor
from bot.core.merge import StoryBuilder, infer_published
from bot.core.model import Event, Precision, Source, Story, When
from bot.core.vocab import Vocabulary

__all__ = [
    "Analysed",
    "ArticleInput",
    "Prepared",
    "Rejected",
    "analyse",
    "content_hash",
    "finish",
    "prepare",
    "reader_version",
]

MAX_ARTICLE_CHARS = 2_000_000
"""Articles longer than this (2 million characters) are refused."""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_WORD = re.compile(r"[A-Za-z]{2,}")
_OLD_POST = re.compile(r"\b(?:years?|ago|last year|in (?:19|20)\d\d|once|first)\b", re.IGNORECASE)
"""Before an embedded post: words that make it an old one ("two years after Museveni posted", "In a post last year")."""
_YESTERDAY = re.compile(r"\b(?:yesterday|last night)\b", re.IGNORECASE)
"""An event an undated page tells as yesterday's ("signed an agreement yesterday"): the page is of the day after."""


class Rejected(ValueError):
    """An article that cannot be ingested; the message says why, for the person who gave it."""


@dataclass(frozen=True)
class ArticleInput:
    """An article as given: its id, decoded text and any metadata supplied at ingest (which wins)."""

    doc: str
    text: str
    outlet: str | None = None
    url: str | None = None
    published: date | None = None


@dataclass(frozen=True)
class Analysed:
    """What one article yields."""

    source: Source
    fragment: Story


_READER_MODULES = (
    "clean.py",
    "dates.py",
    "extract.py",
    "merge.py",
    "model.py",
    "names.py",
    "pipeline.py",
    "text.py",
    "tokens.py",
    "vocab.py",
)
"""The modules whose code decides what an article yields and how the yields merge."""


@lru_cache(maxsize=1)
def reader_version() -> str:
    """A fingerprint of the code and vocabulary that read articles (16 hex digits).

    Stored with each article's fragment: a fragment stamped with another version was read by another
    release, and ``newsbot reread`` reads its article again.
    """
    package = files("bot.core")
    digest = hashlib.sha256()
    data = package / "data"
    for name in sorted(_READER_MODULES):
        digest.update(name.encode() + b"\0" + (package / name).read_bytes())
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=8)
def content_hash(text: str) -> str:
    """The same article, however its whitespace and line endings were saved, gets the same hash (128 bits).

    Remembered for the last few texts: an ingest hashes each article twice, to find duplicates, then for its source.
    """
    canonical = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def check_text(text: str) -> None:
    """Refuse text that is not an article: empty, binary, huge, or without a single sentence."""
    if not text.strip():
        raise Rejected("the file is empty")
    if "\x00" in text:
        raise Rejected("the file is binary, not text")
    controls = len(_CONTROL.findall(text, 0, 20000))
    if controls > 10:
        raise Rejected("the file is binary, not text (it is full of control characters)")
    if len(text) > MAX_ARTICLE_CHARS:
        raise Rejected(
            f"the article is too long ({len(text):,} characters; the limit is {MAX_ARTICLE_CHARS:,})"
        )
    if len(list(islice(_WORD.finditer(text), 8))) < 8:
        raise Rejected("the file has no article text (fewer than 8 words)")


@dataclass(frozen=True)
class Prepared:
    """An article checked and cleaned; ``published`` is None when it must be inferred."""

    article: ArticleInput
    clean: CleanArticle
    published: When | None
    basis: str
    inferred: bool


def prepare(article: ArticleInput, vocab: Vocabulary) -> Prepared:
    """Check and clean an article and read its publication date (given at ingest, else stated)."""
    check_text(article.text)
    clean = clean_article(article.text, vocab.outlets, vocab.agencies)
    if not clean.paragraphs:
        raise Rejected("no article text was left after removing page furniture")
    published = clean.published
    basis = clean.published_basis
    inferred = "year taken from" in basis
    if article.published is not None:
        published = When.day(article.published, basis="given at ingest")
        basis, inferred = "given at ingest", False
    return Prepared(article, clean, published, basis, inferred)


def analyse(
    article: ArticleInput, builder: StoryBuilder, extractor: Extractor, vocab: Vocabulary, seq: int
) -> Analysed:
    """Clean, date and extract one article; the builder supplies context for undated articles."""
    return finish(prepare(article, vocab), builder, extractor, seq)


def finish(prepared: Prepared, builder: StoryBuilder, extractor: Extractor, seq: int) -> Analysed:
    """Date and extract a prepared article.

    The publication date is the one supplied at ingest, else the one the page states, else one
    inferred from the events the article reports (marked inferred), else the article is refused.
    """
    article, clean = prepared.article, prepared.clean
    published, basis, inferred = prepared.published, prepared.basis, prepared.inferred
    if published is not None:
        fragment = extractor.extract(article.doc, clean, published.start)
        return Analysed(_source(prepared, published, basis, inferred, seq), fragment)
    # Undated: read once, extracted twice: without a date (a draft to date it by its events), then at its date.
    analysis = extractor.analyse(article.doc, clean)
    draft = analysis.extract(None)
    text = clean.text

    def told_as_yesterday(event: Event) -> bool:
        return any(_YESTERDAY.search(text, m.start, m.end) for m in event.mentions)

    anchor = infer_published(draft, builder, told_as_yesterday)
    body = clean.body_text()
    if clean.dateline_month_day is not None:
        # "Cairo, Aug. 27 --": the day is stated; the year is the first that puts the page on or after
        # the events it shares with dated articles and every past date the text states in full.
        month, day_number = clean.dateline_month_day
        reported = latest_reported(body)
        stated = reported.start if reported else None
        bounds = [d for d in (anchor[0] if anchor else None, stated) if d is not None]
        if bounds:
            candidate = next_month_day(month, day_number, max(bounds))
            if candidate is not None:
                why = "events it reports" if anchor and anchor[0] >= max(bounds) else "dates the text states"
                published = When.day(candidate, clean.dateline_phrase)
                basis, inferred = f"stated; year inferred from the {why}", True
        elif (year := copyright_year(article.text)) is not None and (
            candidate := parse_day_month_year(day_number, month, year)
        ) is not None:
            # "Amman, April 7 (RNNA) --" on a page "© 2026 ...", which reports nothing dated: that year's day
            published = When.day(candidate, clean.dateline_phrase)
            basis, inferred = f"stated; year taken from the page's copyright line ({year})", True
    if published is None:
        found = anchor if anchor is not None else _latest_stated_date(body)
        dated_posts = [p for p in clean.posts if p.day is not None]
        years = tuple(sorted({p.day.year for p in dated_posts if p.day is not None}))
        if (
            found is None
            and (named := weekday_dated(body, article.text, years, _latest_year(builder))) is not None
        ):
            # "this afternoon, Wednesday 15 October", on a page © 2025 (or embedding a post of 2025): the year in which
            # that day is a Wednesday.
            found = (named.start, f"the latest day the text names (“{named.phrase}”; {named.basis})")
        latest_post = max(dated_posts, key=lambda p: p.day or date.min, default=None)
        if (
            found is None
            and latest_post is not None
            and latest_post.day is not None
            # not when the page names a day ("On Monday, 12 October") that no post's year fits
            and not names_a_weekday_and_day(body)
            and not _OLD_POST.search(clean.text, max(0, latest_post.start - 300), latest_post.start)
        ):
            # A page is published on or after the posts it embeds (not "... two years after Museveni posted:").
            found = (
                latest_post.day,
                f"the date of the latest post it embeds ({latest_post.day.isoformat()})",
            )
        reported = latest_reported(body, past_only=True) if found is not None else None
        if (
            reported is not None
            and reported.precision is Precision.DAY
            and found is not None
            and reported.start > found[0]
        ):
            # A page is published on or after every past event it reports in full: "held talks on 10 July 2023".
            found = (reported.start, f"the latest date the text reports (“{reported.phrase}”)")
        if found is None:
            raise Rejected(
                "no usable date: the page states no publication date and none could be inferred "
                "(give one with --published YYYY-MM-DD)"
            )
        day, why = found
        published = When.day(day, basis=f"inferred: {why}")
        basis, inferred = f"inferred: {why}", True
    fragment = analysis.extract(published.start)
    return Analysed(_source(prepared, published, basis, inferred, seq), fragment)


def _source(prepared: Prepared, published: When, basis: str, inferred: bool, seq: int) -> Source:
    article, clean = prepared.article, prepared.clean
    return Source(
        doc=article.doc,
        content_hash=content_hash(article.text),
        outlet=article.outlet or clean.outlet,
        url=article.url,
        byline=clean.byline,
        title=clean.title,
        published=When.day(published.start, published.phrase),
        published_time=clean.published_time if article.published is None else None,
        published_basis=basis,
        inferred=inferred,
        chars=len(article.text),
        seq=seq,
    )


def _latest_year(builder: StoryBuilder) -> int | None:
    """The latest year a source in the store was published in (read only when needed: it reads every source)."""
    return max((s.published.start.year for s in builder.sources.values() if s.published), default=None)


def _latest_stated_date(text: str) -> tuple[date, str] | None:
    days = [
        m.when for m in find_dates(text, None) if m.when is not None and m.when.precision is Precision.DAY
    ]
    if not days:
        return None
    latest = max(days, key=lambda w: w.start)
    return latest.start, f"the latest date the text states (“{latest.phrase}”)"
