"""Reading stored articles again with this release (``StoryService.reread``), over a real SQLite file."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bot import store as store_module
from bot.codec import decode_source, encode_source, encode_story
from bot.core.extract import Extractor
from bot.core.merge import StoryBuilder
from bot.core.model import EventType, Story
from bot.core.pipeline import ArticleInput, analyse, reader_version
from bot.core.vocab import load_vocabulary
from bot.service import StoryService
from bot.store import NewArticle, Store
from tests.core.support import SEED_FILE, agreement_name
from tests.core.test_service import DRONES, NO_DATE_AT_ALL, SIGNING, UNDATED

EARLIER = "an-earlier-release"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "nb.db"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    store = Store(db)
    yield store
    store.close()


@pytest.fixture
def service(store: Store, tmp_path: Path) -> StoryService:
    service = StoryService(store, seed_path=tmp_path / "missing-seed.json.xz")
    service.bootstrap()
    return service


def read_by_an_earlier_release(db: Path, doc: str, fragment: Story | None = None) -> None:
    """Store ``doc`` as an earlier release would have left it: its own stamp, what it found (nothing by default),
    and a snapshot rebuilt from the stored fragments."""
    with sqlite3.connect(db) as conn:
        conn.execute(
            "UPDATE articles SET fragment = ?, reader = ? WHERE doc = ?",
            (encode_story(fragment or Story()), EARLIER, doc),
        )
        conn.execute("DELETE FROM snapshot")
    conn.close()


def signed(service: StoryService) -> set[str]:
    story = service.current().story
    return {agreement_name(story, e) for e in story.events if e.type is EventType.SIGNING}


def test_an_article_an_earlier_release_read_is_read_again_and_the_model_rebuilt(
    service: StoryService, store: Store, db: Path
) -> None:
    service.ingest([ArticleInput("riga", SIGNING), ArticleInput("drones", DRONES)])
    assert service.read_by_others() == 0
    read_by_an_earlier_release(db, "riga")
    other = StoryService(Store(db), seed_path=db.parent / "missing-seed.json.xz")
    assert "Nordic-Baltic Air Defence Pact" not in signed(other)
    assert service.read_by_others() == 1

    report = service.reread()

    assert (report.read, report.current, report.kept, report.seed_sources) == (1, 1, [], 0)
    assert report.after["events"] > report.before["events"]
    assert report.after["articles"] == report.before["articles"] == 2
    assert {"Nordic-Baltic Air Defence Pact", "Baltic Drone Production Agreement"} <= signed(service)
    # another process sharing the file sees the rebuilt model
    assert "Nordic-Baltic Air Defence Pact" in signed(other)
    assert service.read_by_others() == 0
    stamps = dict(sqlite3.connect(db).execute("SELECT doc, reader FROM articles").fetchall())
    assert stamps == {"riga": reader_version(), "drones": reader_version()}

    assert report.after == service.load_story().totals()  # counted as the snapshot was written
    again = service.reread()
    assert (again.read, again.current) == (0, 2)
    assert again.after == again.before == report.after


def test_all_reads_every_article_again_and_gives_the_same_model(service: StoryService) -> None:
    service.ingest([ArticleInput("riga", SIGNING), ArticleInput("drones", DRONES)])
    before = service.current().stats()
    report = service.reread(everything=True)
    assert (report.read, report.current) == (2, 0)
    assert service.current().stats() == before


def test_what_was_given_at_ingest_still_wins(service: StoryService, db: Path) -> None:
    service.ingest(
        [
            ArticleInput(
                "wire",
                UNDATED,
                outlet="Baltic Wire",
                url="https://example.org/pact",
                published=date(2025, 3, 4),
            )
        ]
    )
    read_by_an_earlier_release(db, "wire")
    assert service.reread().read == 1
    source = service.current().story.sources[0]
    assert (source.outlet, source.url, source.published_basis) == (
        "Baltic Wire",
        "https://example.org/pact",
        "given at ingest",
    )
    assert source.published is not None
    assert source.published.start == date(2025, 3, 4)


def test_an_article_this_release_refuses_keeps_what_it_yielded_before(
    service: StoryService, store: Store, db: Path
) -> None:
    service.ingest([ArticleInput("riga", SIGNING)])
    # An earlier release that dated this page by itself (this release finds no date in it):
    builder = StoryBuilder(service.load_story(), service.vocab)
    result = analyse(
        ArticleInput("talks", NO_DATE_AT_ALL, published=date(2025, 3, 2)),
        builder,
        service.extractor,
        service.vocab,
        store.next_seq(),
    )
    source = dataclasses.replace(result.source, published_basis="stated")
    store.add_articles(
        [
            NewArticle(
                "talks",
                source.content_hash,
                encode_source(source),
                encode_story(result.fragment),
                NO_DATE_AT_ALL,
                EARLIER,
                None,
            )
        ],
        None,
        None,
    )
    before = service.current().stats()

    report = service.reread()

    assert report.read == 0
    assert [doc for doc, _ in report.kept] == ["talks"]
    assert "no usable date" in report.kept[0][1]
    assert service.current().stats() == before
    row = sqlite3.connect(db).execute("SELECT source, reader FROM articles WHERE doc = 'talks'").fetchone()
    assert decode_source(row[0]).published_basis == "stated"
    assert row[1] == EARLIER  # still to be read by a release that can


def test_the_seed_models_sources_stay_as_the_seed_model_has_them(store: Store, db: Path) -> None:
    service = StoryService(store, seed_path=SEED_FILE)
    assert service.bootstrap()
    seeded = service.current().story
    service.ingest([ArticleInput("riga", SIGNING)])
    read_by_an_earlier_release(db, "riga")

    report = service.reread()

    assert (report.read, report.seed_sources) == (1, len(seeded.sources))
    story = service.current().story
    assert {s.doc for s in story.sources} == {s.doc for s in seeded.sources} | {"riga"}
    assert {agreement_name(seeded, e) for e in seeded.events if e.type is EventType.SIGNING} < signed(service)
    assert "Nordic-Baltic Air Defence Pact" in signed(service)


def test_articles_of_a_store_from_before_the_stamp_count_as_read_by_an_earlier_release(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        for number in (0, 1):
            store_module._run_script(conn, store_module._SCHEMA[number])
        conn.execute("PRAGMA user_version = 2")
        vocab = load_vocabulary()
        source = analyse(
            ArticleInput("riga", SIGNING), StoryBuilder(Story(), vocab), Extractor(vocab), vocab, 1
        ).source
        conn.execute(
            "INSERT INTO articles (seq, doc, content_hash, source, fragment, text, ingested_at)"
            " VALUES (1, 'riga', ?, ?, ?, ?, '2026-11-01T00:00:00+00:00')",
            (source.content_hash, encode_source(source), encode_story(Story()), SIGNING),
        )
    conn.close()

    upgraded = Store(path)
    try:
        service = StoryService(upgraded, seed_path=tmp_path / "missing-seed.json.xz")
        assert "Nordic-Baltic Air Defence Pact" not in signed(service)
        assert service.read_by_others() == 1
        assert service.reread().read == 1
        assert "Nordic-Baltic Air Defence Pact" in signed(service)
    finally:
        upgraded.close()
