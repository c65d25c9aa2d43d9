"""Tests of the synthetic article generator (bench.corpus)."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bench.corpus import GeneratedArticle, generate_corpus

REPO = Path(__file__).resolve().parents[2]
N = 300

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
EVENT_DATE_FORMS = {
    "explicit_md",  # "on March 3"
    "explicit_dmy",  # "on 3 March 2024"
    "weekday",  # "on Friday"
    "month",  # "in August 2024"
    "last_year",
    "last_week",
    "this_week",
    "earlier_this_month",
    "today",
    "yesterday",
}
PUBLISHED_FORMS = {
    "published_line": re.compile(r"^Published \d\d\.\d\d\.\d\d, \d\d:\d\d [AP]M$", re.M),
    "weekday_long": re.compile(r"^[A-Z][a-z]+day, \d\d [A-Z][a-z]+ \d{4}$", re.M),
    "iso_lead": re.compile(r"^date \d{4}-\d\d-\d\d ", re.M),
    "dateline": re.compile(r"^[A-Za-z .'-]+, [A-Z][a-z]{2,4}\.? \d{1,2} (--|\(Reuters\) -) ", re.M),
    "updated_ist": re.compile(r"^Updated: [A-Z][a-z]{2} \d{1,2}, \d{4} \d\d:\d\d IST$", re.M),
    "long": re.compile(r"^[A-Z][a-z]+ \d{1,2}, \d{4}$", re.M),
}


@pytest.fixture(scope="module")
def corpus() -> list[GeneratedArticle]:
    return list(generate_corpus(N, seed=7))


def _events(corpus: list[GeneratedArticle]):
    for art in corpus:
        for ev in art.truth["events"]:
            yield art, ev


def test_deterministic_for_seed() -> None:
    a = [(x.doc_id, x.text, x.truth) for x in generate_corpus(40, seed=7)]
    b = [(x.doc_id, x.text, x.truth) for x in generate_corpus(40, seed=7)]
    c = [x.text for x in generate_corpus(40, seed=8)]
    assert a == b
    assert [t for _, t, _ in a] != c
    assert len({t for _, t, _ in a} & set(c)) == 0


def test_shorter_corpus_is_prefix() -> None:
    short = [x.text for x in generate_corpus(25, seed=3)]
    long = [x.text for x in generate_corpus(60, seed=3)]
    assert short == long[:25]


def test_article_shape(corpus: list[GeneratedArticle]) -> None:
    assert len(corpus) == N
    assert len({a.doc_id for a in corpus}) == N
    for art in corpus:
        assert re.fullmatch(r"gen-\d{6}", art.doc_id)
        data = art.text.encode("utf-8")
        assert 1000 <= len(data) <= 6000, (art.doc_id, len(data))
        assert "\x00" not in art.text
        json.dumps(art.truth)  # JSON-serialisable
        assert {
            "published",
            "published_form",
            "outlet",
            "byline",
            "story",
            "events",
            "people",
            "quotes",
        } <= set(art.truth)


def test_every_date_form_occurs(corpus: list[GeneratedArticle]) -> None:
    forms = {ev["date_form"] for _, ev in _events(corpus)}
    assert forms >= EVENT_DATE_FORMS, EVENT_DATE_FORMS - forms
    for _, ev in _events(corpus):
        phrase = ev["date_phrase"]
        if ev["date_form"] == "explicit_md":
            assert not re.search(r"\d{4}", phrase)
        if ev["date_form"] == "explicit_dmy":
            assert re.search(r"\b\d{1,2}\b", phrase)
            assert re.search(r"\b(19|20)\d\d\b", phrase)
    pub_forms = {a.truth["published_form"] for a in corpus}
    assert pub_forms >= {*PUBLISHED_FORMS, "none"}
    for art in corpus:
        form = art.truth["published_form"]
        if form in PUBLISHED_FORMS:
            assert PUBLISHED_FORMS[form].search(art.text), (form, art.text[:300])


def test_date_phrases_are_printed(corpus: list[GeneratedArticle]) -> None:
    for art, ev in _events(corpus):
        if ev["date_phrase"]:
            assert ev["date_phrase"] in art.text, (art.doc_id, ev["date_phrase"])


def test_month_precision_never_has_a_day(corpus: list[GeneratedArticle]) -> None:
    seen = 0
    for _, ev in _events(corpus):
        if ev["date_form"] in ("month", "last_month") and ev["date"] is not None:
            assert re.fullmatch(r"\d{4}-\d\d", ev["date"]), ev
            seen += 1
        if ev["date_form"] in ("last_year", "year") and ev["date"] is not None:
            assert re.fullmatch(r"\d{4}", ev["date"]), ev
    assert seen > 10


def test_weekday_phrases_resolve_against_publication(corpus: list[GeneratedArticle]) -> None:
    checked = 0
    for art, ev in _events(corpus):
        if ev["date_form"] != "weekday" or art.truth["published"] is None:
            continue
        pub = dt.date.fromisoformat(art.truth["published"])
        value = ev["date"]["start"] if isinstance(ev["date"], dict) else ev["date"]
        day = dt.date.fromisoformat(value)
        assert 0 <= (pub - day).days <= 6, (art.doc_id, ev)
        assert WEEKDAYS[day.weekday()] in ev["date_phrase"].lower(), (art.doc_id, ev)
        checked += 1
    assert checked > 50


def test_relative_phrases_resolve(corpus: list[GeneratedArticle]) -> None:
    for art, ev in _events(corpus):
        pub_s = art.truth["published"]
        if pub_s is None or ev["date"] is None:
            continue
        pub = dt.date.fromisoformat(pub_s)
        monday = pub - dt.timedelta(days=pub.weekday())
        form, date = ev["date_form"], ev["date"]
        if ev["type"] == "visit" and isinstance(date, dict) and form in ("today", "yesterday", "weekday"):
            date = date["start"]  # multi-day visits are ranges starting on the stated day
        if form == "today":
            assert date == pub_s
        elif form == "yesterday":
            assert date == (pub - dt.timedelta(days=1)).isoformat()
        elif form == "this_week":  # "earlier this week" ends the day before publication
            assert date["start"] == monday.isoformat()
            assert date["end"] == (
                pub_s
                if "earlier" not in ev["date_phrase"].lower()
                else (pub - dt.timedelta(days=1)).isoformat()
            )
        elif form == "last_week":
            assert date["start"] == (monday - dt.timedelta(days=7)).isoformat()
            assert date["end"] == (monday - dt.timedelta(days=1)).isoformat()
        elif form == "earlier_this_month":
            assert date["start"] == pub.replace(day=1).isoformat()
            assert date["end"] < pub_s
        elif form == "last_year":
            assert date == str(pub.year - 1)
        elif isinstance(date, str) and len(date) == 10:
            assert date <= pub_s or ev["type"] == "visit"


def test_undated_articles_are_about_five_percent(corpus: list[GeneratedArticle]) -> None:
    undated = [a for a in corpus if a.truth["published"] is None]
    assert 0.02 <= len(undated) / N <= 0.09
    for art in undated:
        assert art.truth["published_form"] == "none"
        for ev in art.truth["events"]:
            if ev["date_form"] in ("weekday", "today", "yesterday", "last_week", "this_week"):
                assert ev["date"] is None


def test_teasers_occur_and_never_leak(corpus: list[GeneratedArticle]) -> None:
    with_teasers = [a for a in corpus if a.truth["teaser_people"]]
    assert 0.2 <= len(with_teasers) / N <= 0.4
    for art in corpus:
        teasers = set(art.truth["teaser_people"])
        in_events = {p["name"] for ev in art.truth["events"] for p in ev["participants"]}
        in_people = {p["name"] for p in art.truth["people"]}
        assert not teasers & in_events, art.doc_id
        assert not teasers & in_people, art.doc_id
        for name in teasers:
            assert name in art.text


def test_sentence_pattern_variety(corpus: list[GeneratedArticle]) -> None:
    patterns = {ev["pattern"] for _, ev in _events(corpus) if ev["type"] in ("signing", "meeting")}
    assert len(patterns) >= 30, sorted(patterns)
    types = {ev["type"] for _, ev in _events(corpus)}
    assert types == {"signing", "meeting", "talks", "visit", "tariff", "statement", "negotiation"}


def test_truth_matches_text(corpus: list[GeneratedArticle]) -> None:
    variants = 0
    for art in corpus:
        for q in art.truth["quotes"]:
            assert q["text"] in art.text
            assert q["channel"] in ("post on X", "statement", "remarks to the media", None)
        for person in art.truth["people"]:
            for written in person["as_written"]:
                assert written in art.text
        for ev in art.truth["events"]:
            for p in ev["participants"]:
                assert p["as_written"] in art.text
                variants += p["as_written"] != p["name"]
            for fig in ev["figures"]:
                assert f"{fig['value']:g}" in art.text
        if art.truth["byline"]:
            assert art.truth["byline"] in art.text or art.truth["byline"].upper() in art.text
    assert variants > 0  # spelling / nickname disagreements occur


def test_cli_writes_files(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    proc = subprocess.run(
        [sys.executable, "-m", "bench.corpus", "--count", "20", "--seed", "7", "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "20" in proc.stdout
    assert "bytes" in proc.stdout
    txt = sorted(out.glob("*.txt"))
    assert len(txt) == 20
    lines = (out / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 20
    ids = [json.loads(line)["doc_id"] for line in lines]
    assert sorted(ids) == sorted(p.stem for p in txt)
    first = next(generate_corpus(1, seed=7))
    assert (out / f"{first.doc_id}.txt").read_text(encoding="utf-8") == first.text
