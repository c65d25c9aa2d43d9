"""The story service over a real SQLite file: duplicates, bad files, undated articles, crash repair, bootstrap."""

from __future__ import annotations

import gc
import io
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from bot import store as store_module
from bot.codec import (
    CodecError,
    StoryTally,
    decode_story,
    decode_story_parts,
    encode_source,
    encode_story,
    read_seed,
    write_story,
)
from bot.core.merge import StoryBuilder
from bot.core.model import EventType, Story
from bot.core.pipeline import ArticleInput, analyse, reader_version
from bot.core.query import SigningAnswer, StoryIndex
from bot.service import StoryService, read_articles
from bot.store import NewArticle, Store
from tests.core.support import SEED_FILE, agreement_name

SIGNING = """Saturday, 01 March 2025
Sweden and Latvia sign air defence pact

Sweden and Latvia on Friday signed the Nordic-Baltic Air Defence Pact in Riga, pledging to share radar data around the clock.

The pact was signed by Swedish defence minister Peter Lindqvist and Latvian defence minister Ilze Ozolina on the sidelines of the Baltic Security Conference.

Lindqvist said the pact would let both air forces scramble jets within five minutes.
"""

DRONES = """Saturday, 15 November 2025
Sweden and Latvia extend cooperation

Swedish defence minister Peter Lindqvist and Latvian defence minister Ilze Ozolina on Friday signed the Baltic Drone Production Agreement in Stockholm.

Lindqvist said the factories would open next year.
"""

UNDATED = """Air defence pact draws praise from analysts

Swedish defence minister Peter Lindqvist and Latvian defence minister Ilze Ozolina signed the Nordic-Baltic Air Defence Pact in Riga, officials said.

Analysts said the pact would deter drone incursions over the Baltic Sea.
"""

NO_DATE_AT_ALL = """Officials said the talks were useful and would continue.

Nobody gave details of what was discussed at the meeting or when the next round would be held.
"""

GRID = """Published 05.11.25, 09:00 AM
Peru and Brazil sign grid agreement

Peruvian energy minister Rosa Quispe and Brazilian energy minister Joao Ferreira signed the Amazon Grid Agreement in Lima on Tuesday.

Quispe said the link would carry 500 megawatts.
"""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "nb.db")
    yield store
    store.close()


@pytest.fixture
def service(store: Store, tmp_path: Path) -> StoryService:
    service = StoryService(store, seed_path=tmp_path / "missing-seed.json.xz")
    assert "no seed" in (service.bootstrap() or "")
    return service


def counts(service: StoryService) -> dict[str, int]:
    return service.current().stats()


# ---------------------------------------------------------------------- duplicates


def test_an_empty_store_starts_empty_when_the_seed_is_missing(service: StoryService) -> None:
    assert counts(service)["articles"] == 0
    assert counts(service)["events"] == 0


def test_ingesting_the_same_article_twice_changes_nothing(service: StoryService, store: Store) -> None:
    first = service.ingest([ArticleInput("riga", SIGNING)])
    assert [doc for doc, _ in first.added] == ["riga"]
    before = counts(service)
    snapshot = store.load_snapshot()
    second = service.ingest([ArticleInput("riga", SIGNING)])
    assert second.added == []
    assert second.failed == []
    assert [doc for doc, _ in second.skipped] == ["riga"]
    assert "already ingested" in second.skipped[0][1]
    assert counts(service) == before
    assert store.load_snapshot() == snapshot
    assert store.article_count() == 1


@pytest.mark.parametrize(
    "variant",
    [
        SIGNING.replace("\n", "\r\n"),
        SIGNING.replace(" on Friday", "  on\tFriday").replace("\n\n", "\n\n\n"),
        "   " + SIGNING + "\n\n\n",
    ],
    ids=["crlf", "spaces-and-tabs", "padding"],
)
def test_the_same_text_with_other_whitespace_is_a_duplicate(service: StoryService, variant: str) -> None:
    service.ingest([ArticleInput("riga", SIGNING)])
    before = counts(service)
    report = service.ingest([ArticleInput("riga-copy", variant)])
    assert report.added == []
    assert report.skipped
    assert report.skipped[0][0] == "riga-copy"
    assert "riga" in report.skipped[0][1]
    assert counts(service) == before


def test_duplicates_within_one_batch_are_added_once(service: StoryService) -> None:
    report = service.ingest([ArticleInput("a", SIGNING), ArticleInput("b", SIGNING.replace("\n", "\r\n"))])
    assert [doc for doc, _ in report.added] == ["a"]
    assert [doc for doc, _ in report.skipped] == ["b"]
    assert counts(service)["articles"] == 1


# ---------------------------------------------------------------------- bad inputs


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "blank.txt").write_bytes(b"  \n\n\t \n")
    (inbox / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (inbox / "latin1.txt").write_bytes(
        "Sweden and Latvia signed a pact in Riga on Friday, the caf\xe9 owners said.".encode("latin-1")
    )
    (inbox / "nodate.txt").write_text(NO_DATE_AT_ALL, encoding="utf-8")
    (inbox / "good.txt").write_text(SIGNING, encoding="utf-8")
    (inbox / "grid.md").write_text(GRID, encoding="utf-8")
    (inbox / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    return inbox


def test_bad_files_are_reported_by_name_with_a_reason_and_the_good_ones_ingested(
    service: StoryService, folder: Path
) -> None:
    report = service.ingest(read_articles([folder]))
    assert sorted(doc for doc, _ in report.added) == ["good", "grid"]
    failed = dict(report.failed)
    reasons = {Path(name).stem: reason for name, reason in failed.items()}
    assert set(reasons) == {"empty", "blank", "binary", "latin1", "nodate"}
    for name in failed:
        assert Path(name).stem in {"empty", "blank", "binary", "latin1", "nodate"}
    assert "empty" in reasons["empty"]
    assert "empty" in reasons["blank"]
    assert "binary" in reasons["binary"]
    assert "UTF-8" in reasons["latin1"]
    assert "date" in reasons["nodate"]
    assert "--published" in reasons["nodate"]
    assert counts(service)["articles"] == 2
    assert not any("notes" in name for name in failed), ".csv files are not articles to read"


def test_a_missing_path_is_reported(service: StoryService, tmp_path: Path) -> None:
    report = service.ingest(read_articles([tmp_path / "nowhere.txt"]))
    assert report.added == []
    assert [(Path(n).name, r) for n, r in report.failed] == [("nowhere.txt", "no such file or folder")]


def test_an_undated_article_is_accepted_with_a_date_given_at_ingest(service: StoryService) -> None:
    report = service.ingest(
        [
            ArticleInput(
                "nodate", NO_DATE_AT_ALL + "\nThe talks were held in Riga.\n", published=date(2025, 3, 2)
            )
        ]
    )
    assert [doc for doc, _ in report.added] == ["nodate"]
    source = service.current().sources["nodate"]
    assert source.published is not None
    assert source.published.start == date(2025, 3, 2)
    assert source.inferred is False


# ---------------------------------------------------------------------- undated articles dated from the events they share


def test_an_undated_article_is_dated_from_an_earlier_report_of_the_same_signing(
    service: StoryService,
) -> None:
    service.ingest([ArticleInput("riga", SIGNING)])
    report = service.ingest([ArticleInput("praise", UNDATED)])
    assert [doc for doc, _ in report.added] == ["praise"]
    source = service.current().sources["praise"]
    assert source.inferred is True
    assert source.published_basis.startswith("inferred")
    assert source.published is not None
    assert source.published.start == date(2025, 2, 28)
    story = service.current().story
    pact = [
        e
        for e in story.events
        if e.type is EventType.SIGNING and agreement_name(story, e) == "Nordic-Baltic Air Defence Pact"
    ]
    assert len(pact) == 1
    assert set(pact[0].sources) == {"riga", "praise"}


def test_an_undated_article_is_not_dated_before_a_later_event_it_reports(service: StoryService) -> None:
    service.ingest([ArticleInput("riga", SIGNING)])
    later = UNDATED + "\nLindqvist and Ozolina held talks in Stockholm on 12 March 2025.\n"
    service.ingest([ArticleInput("praise", later)])
    source = service.current().sources["praise"]
    assert source.inferred is True
    assert source.published is not None
    assert source.published.start == date(2025, 3, 12)
    assert "12 March 2025" in source.published_basis


@pytest.mark.parametrize(
    "later",
    [
        "The pact takes effect on 1 January 2026, when joint patrols begin.",
        "Joint air defence drills begin on 3 June 2025 off the coast of Gotland.",
    ],
)
def test_an_undated_article_is_not_dated_by_a_day_still_to_come(service: StoryService, later: str) -> None:
    service.ingest([ArticleInput("riga", SIGNING)])
    service.ingest([ArticleInput("praise", UNDATED + "\n" + later + "\n")])
    source = service.current().sources["praise"]
    assert source.published is not None
    assert source.published.start == date(2025, 2, 28)


def test_an_undated_article_in_the_same_batch_is_dated_after_the_dated_ones(service: StoryService) -> None:
    report = service.ingest([ArticleInput("praise", UNDATED), ArticleInput("riga", SIGNING)])
    assert sorted(doc for doc, _ in report.added) == ["praise", "riga"]
    source = service.current().sources["praise"]
    assert source.inferred
    assert source.published is not None
    assert source.published.start == date(2025, 2, 28)


def test_an_undated_article_is_not_dated_from_another_agreement_of_the_same_people(
    service: StoryService,
) -> None:
    service.ingest([ArticleInput("riga", SIGNING), ArticleInput("drones", DRONES)])
    service.ingest([ArticleInput("praise", UNDATED)])
    source = service.current().sources["praise"]
    assert source.inferred is True
    assert source.published is not None
    assert source.published.start == date(2025, 2, 28), (
        f"dated {source.published.label()} ({source.published_basis}); the article reports the "
        "Nordic-Baltic Air Defence Pact signing of 28 Feb 2025, not the drone agreement of 14 Nov 2025"
    )


# ---------------------------------------------------------------------- crash consistency


def test_articles_stored_without_a_snapshot_are_merged_on_the_next_load(store: Store, tmp_path: Path) -> None:
    first = StoryService(store, seed_path=tmp_path / "missing.json.xz")
    first.ingest([ArticleInput("riga", SIGNING)])
    covered = store.snapshot_seq()
    # An ingest that stored its articles and crashed before writing the snapshot:
    builder = StoryBuilder(first.load_story(), first.vocab)
    seq = store.next_seq()
    rows = []
    for offset, (doc, text) in enumerate([("grid", GRID), ("drones", DRONES)]):
        result = analyse(ArticleInput(doc, text), builder, first.extractor, first.vocab, seq + offset)
        builder.add(result.fragment, result.source)
        rows.append(
            NewArticle(
                doc,
                result.source.content_hash,
                encode_source(result.source),
                encode_story(result.fragment),
                text,
                reader_version(),
                None,
            )
        )
    store.add_articles(rows, None, None)
    assert store.snapshot_seq() == covered

    index = StoryService(store, seed_path=tmp_path / "missing.json.xz").current()
    assert set(index.sources) == {"riga", "grid", "drones"}
    agreements = {agreement_name(index.story, e) for e in index.story.events if e.type is EventType.SIGNING}
    assert {
        "Nordic-Baltic Air Defence Pact",
        "Amazon Grid Agreement",
        "Baltic Drone Production Agreement",
    } <= agreements
    assert store.snapshot_seq() == seq + 1, "the snapshot was repaired to cover the stored articles"

    again = StoryService(store, seed_path=tmp_path / "missing.json.xz")
    report = again.ingest([ArticleInput("grid-again", GRID)])
    assert report.added == [], "a repaired article is still known as a duplicate"
    assert [doc for doc, _ in report.skipped] == ["grid-again"]


# ---------------------------------------------------------------------- bootstrap from the seed model


def seed_copy(tmp_path: Path) -> Path:
    target = tmp_path / "elsewhere" / "model.json.xz"
    target.parent.mkdir()
    shutil.copyfile(SEED_FILE, target)
    return target


def test_the_seed_model_loads_into_an_empty_store_and_answers(store: Store, tmp_path: Path) -> None:
    service = StoryService(store, seed_path=seed_copy(tmp_path))
    message = service.bootstrap()
    assert message is not None
    assert "5 sources" in message
    answer = service.current().who_signed()
    assert isinstance(answer, SigningAnswer)
    assert {p.name for p in answer.signatories} == {"Rajnath Singh", "Pete Hegseth"}
    assert answer.when is not None
    assert answer.when.start == date(2025, 10, 31)
    assert service.bootstrap() is None, "a store that has a model is not bootstrapped again"


def test_a_seed_article_is_a_duplicate_after_bootstrap(store: Store, tmp_path: Path) -> None:
    service = StoryService(store, seed_path=seed_copy(tmp_path))
    service.bootstrap()
    shared = SEED_FILE.parents[2] / "shared" / "seeds"
    files = sorted(shared.glob("*.txt"))
    if not files:
        pytest.skip(f"the seed articles are not available at {shared}")
    before = service.current().stats()
    report = service.ingest(read_articles(files[:1]))
    assert report.added == []
    assert len(report.skipped) == 1
    assert service.current().stats() == before


def test_new_articles_merge_into_the_bootstrapped_seed(store: Store, tmp_path: Path) -> None:
    service = StoryService(store, seed_path=seed_copy(tmp_path))
    service.bootstrap()
    before = service.current().stats()
    report = service.ingest([ArticleInput("grid", GRID)])
    assert [doc for doc, _ in report.added] == ["grid"]
    after = service.current().stats()
    assert after["articles"] == before["articles"] + 1
    assert after["events"] > before["events"]
    story: Story = service.current().story
    assert len(story.sources) == 6
    assert isinstance(service.current().who_signed(), SigningAnswer)


# ---------------------------------------------------------------------- memory


def test_a_model_holds_no_reference_cycles_so_a_frozen_one_is_still_freed(
    store: Store, tmp_path: Path
) -> None:
    """service.current() freezes the loaded model (gc.freeze): only reference counting can free it then."""
    service = StoryService(store, seed_path=seed_copy(tmp_path))
    service.bootstrap()
    service.ingest([ArticleInput("grid", GRID)])
    gc.collect()
    gc.disable()
    try:
        index = StoryIndex.build(service.load_story())
        index.who_signed(), index.timeline(), index.timeline("grid"), index.quotes("quispe")
        index.sources_of(), index.person("Lindqvist"), index.stats(), index.main_event_line()
        del index
        assert gc.collect() == 0, "the model or its answers hold reference cycles: a frozen model would leak"
    finally:
        gc.enable()


def test_a_new_model_replaces_the_frozen_one(service: StoryService) -> None:
    first = service.current()
    assert gc.get_freeze_count() > 0, "the loaded model is frozen"
    service.ingest([ArticleInput("grid", GRID)])
    second = service.current()
    assert second is not first
    assert second.stats()["articles"] == first.stats()["articles"] + 1


# ---------------------------------------------------------------------- the snapshot, spooled


def test_the_snapshot_is_written_a_record_at_a_time_as_the_same_bytes(service: StoryService) -> None:
    service.ingest(
        [ArticleInput("riga", SIGNING), ArticleInput("stockholm", DRONES), ArticleInput("lima", GRID)]
    )
    for story in (service.load_story(), read_seed(SEED_FILE.read_bytes()), Story()):
        spool = io.BytesIO()
        written = write_story(story, spool)
        assert spool.getvalue() == encode_story(story)
        assert written == len(spool.getvalue())


def test_the_snapshot_is_read_back_a_section_at_a_time(service: StoryService, store: Store) -> None:
    service.ingest(
        [ArticleInput("riga", SIGNING), ArticleInput("stockholm", DRONES), ArticleInput("lima", GRID)]
    )
    lengths: list[int] = []

    def parts(covers: int, size: int, read: Callable[[int, int], bytes]) -> tuple[int, int, Story]:
        def recorded(offset: int, length: int) -> bytes:
            lengths.append(length)
            return read(offset, length)

        return covers, size, decode_story_parts(size, recorded, scan_chunk=1024)

    loaded = store.read_snapshot(parts)
    assert loaded is not None
    covers, size, story = loaded
    whole = store.load_snapshot()
    assert whole is not None
    assert (covers, size) == (whole[0], len(whole[1]))
    assert story == decode_story(whole[1])
    assert story.events
    # Never the whole snapshot in one read: each section on its own (the largest is the events').
    assert max(lengths) < size
    assert max(lengths) <= len(encode_story(Story(events=story.events)))


@pytest.mark.parametrize(
    "data",
    [
        b'{"schema": 1, "sources": [], "entities": [], "events": [], "quotations": [], "notes": {}}',
        b'{"sources":[],"schema":1,"entities":[],"events":[],"quotations":[],"notes":{}}',
    ],
)
def test_a_snapshot_laid_out_otherwise_is_decoded_whole(data: bytes) -> None:
    assert decode_story_parts(len(data), lambda offset, length: data[offset : offset + length]) == Story()


def test_a_snapshot_of_another_schema_is_refused_section_by_section() -> None:
    data = encode_story(Story()).replace(b'"schema":1', b'"schema":7')
    with pytest.raises(CodecError, match="schema 7"):
        decode_story_parts(len(data), lambda offset, length: data[offset : offset + length])


def test_no_snapshot_reads_as_none(store: Store) -> None:
    assert store.read_snapshot(lambda covers, size, read: (covers, size)) is None
    assert store.has_snapshot() is False


def test_a_builder_writes_its_story_frozen_a_record_at_a_time_as_the_same_bytes(
    service: StoryService,
) -> None:
    service.ingest(
        [ArticleInput("riga", SIGNING), ArticleInput("stockholm", DRONES), ArticleInput("lima", GRID)]
    )
    story = service.load_story()
    built = StoryBuilder(story, service.vocab).build()
    assert encode_story(built) == encode_story(story)
    builder = StoryBuilder(story, service.vocab)
    spool = io.BytesIO()
    write_story(builder.frozen_parts(), spool)
    assert spool.getvalue() == encode_story(story)
    assert (len(builder.entities), len(builder.events), len(builder.quotes)) == (0, 0, 0), (
        "each record let go"
    )


def test_a_tally_counts_the_story_a_builder_writes(store: Store) -> None:
    service = StoryService(store, seed_path=SEED_FILE)
    assert service.bootstrap()
    service.ingest([ArticleInput("riga", SIGNING), ArticleInput("lima", GRID)])
    story = service.load_story()
    tally = StoryTally(StoryBuilder(story, service.vocab).frozen_parts())
    assert tally.totals()["events"] == 0  # nothing read yet
    spool = io.BytesIO()
    write_story(tally.parts, spool)
    assert spool.getvalue() == encode_story(story)
    assert tally.totals() == story.totals()
    assert min(story.totals().values()) > 0


def test_ingest_writes_the_snapshot_through_a_spool_file_it_removes(
    service: StoryService, store: Store, tmp_path: Path
) -> None:
    before = sorted(p.name for p in tmp_path.iterdir())
    service.ingest([ArticleInput("riga", SIGNING)])
    small = store.load_snapshot()
    service.ingest([ArticleInput("stockholm", DRONES), ArticleInput("lima", GRID)])
    covered, data = store.load_snapshot() or (0, b"")

    assert small is not None
    assert len(data) > len(small[1])  # replaced by a larger blob, not truncated
    story = decode_story(data)
    assert encode_story(story) == data
    assert [s.doc for s in story.sources] == ["riga", "stockholm", "lima"]
    assert covered == store.next_seq() - 1
    # Only the database's own files are left beside it (the spool is gone).
    after = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("nb.db"))
    assert after == [p for p in before if not p.startswith("nb.db")]


def test_a_store_of_the_first_schema_keeps_its_snapshot_with_the_blob_moved_last(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        store_module._run_script(conn, store_module._SCHEMA[0])
        conn.execute("PRAGMA user_version = 1")
        conn.execute(
            "INSERT INTO snapshot (id, covers_seq, story, updated_at) VALUES (1, 7, ?, '2026-11-01T00:00:00+00:00')",
            (b'{"schema": 1}',),
        )
    conn.close()

    upgraded = Store(path)
    try:
        assert upgraded.load_snapshot() == (7, b'{"schema": 1}')
        columns = [row[1] for row in upgraded._conn().execute("PRAGMA table_info(snapshot)")]
        assert columns == ["id", "covers_seq", "updated_at", "story"]
        assert upgraded._conn().execute("PRAGMA user_version").fetchone()[0] == len(store_module._SCHEMA)
    finally:
        upgraded.close()


def test_a_month_written_with_a_long_s_is_read_and_the_batch_goes_on(service: StoryService) -> None:
    # "ſept" matched the case-insensitive month pattern but no month's name: the whole ingest stopped with a KeyError.
    odd = "Published 5 ſept 2025\nHeadline\n\nIndia and Japan signed a defence pact on 3 ſeptember 2025 in Delhi.\n"
    plain = (
        "Published 5 Sept 2025\nHeadline two\n\nIndia and Japan held talks on 4 September 2025 in Tokyo.\n"
    )
    report = service.ingest([ArticleInput("odd", odd), ArticleInput("plain", plain)])
    assert sorted(doc for doc, _ in report.added) == ["odd", "plain"], report.failed
    assert report.failed == []
