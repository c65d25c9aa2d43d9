"""The story service: the store's model, kept current, and ingest into it."""

from __future__ import annotations

import gc
import logging
import pickle
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, NamedTuple

from bot.codec import (
    CodecError,
    StoryTally,
    collector_paused,
    count_story_parts,
    decode_source,
    decode_story,
    decode_story_parts,
    encode_source,
    encode_story,
    read_seed,
    write_seed,
    write_story,
)
from bot.core.extract import Extractor
from bot.core.merge import StoryBuilder
from bot.core.model import Source, Story, StoryParts
from bot.core.pipeline import ArticleInput, Prepared, Rejected, content_hash, finish, prepare, reader_version
from bot.core.query import StoryIndex
from bot.core.vocab import Vocabulary, load_vocabulary
from bot.store import NewArticle, Store, StoredArticle

__all__ = ["Added", "IngestReport", "RereadReport", "StoryService", "default_seed_path"]

log = logging.getLogger("newsbot.story")

BATCH_COMMIT = 100
"""Articles written per transaction during a large ingest (a crash loses at most the batch in flight). Each waits
with its text and what it yielded, encoded, and those of the last batch still wait while the snapshot is written: peak
RSS of a 10,000-article ingest 130.4 MiB with batches of 500, 126.3 with 100 (a commit in WAL mode costs little)."""
SEED_BASE_KEY = "seed_base"


def default_seed_path() -> Path | None:
    """seeds/model.json.xz of the working directory, else of the checkout this code runs from."""
    for base in (Path.cwd(), Path(__file__).resolve().parent.parent):
        candidate = base / "seeds" / "model.json.xz"
        if candidate.is_file():
            return candidate
    return None


class Added(NamedTuple):
    """What one article added to the model (a tuple: an ingest of 10,000 articles keeps 10,000 of them)."""

    events: int
    people: int
    quotations: int


@dataclass
class IngestReport:
    """What an ingest did: per article added, what was skipped and why."""

    added: list[tuple[str, Added]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def totals(self) -> dict[str, int]:
        """Sums over the added articles."""
        totals = {"articles": len(self.added), "events": 0, "people": 0, "quotations": 0}
        for _doc, counts in self.added:
            totals["events"] += counts.events
            totals["people"] += counts.people
            totals["quotations"] += counts.quotations
        return totals


@dataclass
class RereadReport:
    """What ``StoryService.reread`` did: articles read again, kept as they were, and the model before and after."""

    read: int = 0
    current: int = 0
    """Articles this release had read already (their fragments are reused)."""
    seed_sources: int = 0
    """Sources of the seed model: their text is not stored, so they stay as the seed model has them."""
    kept: list[tuple[str, str]] = field(default_factory=list)
    """Articles this release refuses or cannot read, kept as an earlier release read them, with the reason."""
    before: dict[str, int] = field(default_factory=dict)
    after: dict[str, int] = field(default_factory=dict)


class StoryService:
    """Keeps the current story index for the handlers and merges new articles into the store."""

    def __init__(self, store: Store, seed_path: Path | None = None, vocab: Vocabulary | None = None) -> None:
        self.store = store
        self.seed_path = seed_path
        self.vocab = vocab or load_vocabulary()
        self.extractor = Extractor(self.vocab)
        self._lock = threading.Lock()
        self._index: StoryIndex | None = None
        self._version: tuple[int, int, str] | None = None

    # ------------------------------------------------------------------ the current model

    def bootstrap(self) -> str | None:
        """Load the seed model into an empty store, so a fresh install answers at once."""
        if self.store.has_snapshot() or self.store.article_count():
            return None
        path = self.seed_path or default_seed_path()
        if path is None or not path.is_file():
            return "no seed model found; the store starts empty"
        try:
            story = read_seed(path.read_bytes())
        except (OSError, CodecError) as exc:
            raise CodecError(f"cannot load the seed model {path}: {exc}") from None
        if not self.import_story(story):
            return None
        return f"loaded the seed model from {path} ({len(story.sources)} sources, {len(story.events)} events)"

    def import_story(self, story: Story) -> bool:
        """Make ``story`` the base of an empty store: its sources are recorded (for duplicates), its model kept.

        False, and nothing written, when the store is not empty any more (another process sharing the
        file loaded it first): the check and the writes are one transaction.
        """
        data = encode_story(story)
        rows = [(s.doc, s.content_hash, encode_source(s), b"", None) for s in story.sources]
        covers = max((s.seq for s in story.sources), default=0)
        with self.store.transaction() as conn:
            if conn.execute(
                "SELECT EXISTS (SELECT 1 FROM articles) OR EXISTS (SELECT 1 FROM snapshot)"
            ).fetchone()[0]:
                return False
            for seq, (doc, digest, source, fragment, text) in zip(
                (s.seq for s in story.sources), rows, strict=True
            ):
                conn.execute(
                    "INSERT INTO articles (seq, doc, content_hash, source, fragment, text, ingested_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, datetime('now'))",
                    (seq, doc, digest, source, fragment, text),
                )
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (SEED_BASE_KEY, data.decode())
            )
            conn.execute(
                "INSERT INTO snapshot (id, covers_seq, story, updated_at) VALUES (1, ?, ?, datetime('now'))"
                " ON CONFLICT (id) DO UPDATE SET covers_seq = excluded.covers_seq, story = excluded.story",
                (covers, data),
            )
        return True

    def current(self) -> StoryIndex:
        """The index of the store's current story; rebuilt only when the store changed."""
        version = self.store.data_version()
        index = self._index
        if index is not None and version == self._version:
            return index
        with self._lock:
            if self._index is not None and self.store.data_version() == self._version:
                return self._index
            gc.collect()  # cheap: a model loaded before is frozen; what is left is garbage, not to be frozen
            with collector_paused():
                story = self.load_story()
                self._index = StoryIndex.build(story)
                # The model is hundreds of thousands of objects that live until the next ingest: frozen,
                # the collector never walks them again. It holds no reference cycles, so reference
                # counting frees it when a new model replaces it.
                gc.freeze()
            self._version = self.store.data_version()
            return self._index

    def load_story(self) -> Story:
        """The snapshot, with any article stored after it merged in (repairs an interrupted ingest)."""
        loaded = self.store.read_snapshot(lambda covers, size, read: (covers, decode_story_parts(size, read)))
        covers, story = loaded if loaded is not None else (0, self._seed_base())
        missing = list(self.store.articles_after(covers))
        missing = [row for row in missing if row.fragment]
        if not missing:
            return story
        builder = StoryBuilder(story, self.vocab)
        for row in missing:
            builder.add(decode_story(row.fragment), decode_source(row.source))
        story = builder.build()
        with self._spooled(story) as spool:
            self.store.save_snapshot(missing[-1].seq, spool)
        log.info("merged %d article(s) the snapshot did not cover yet", len(missing))
        return story

    def _seed_base(self) -> Story:
        """The seed model this store started from (an empty story if it started empty)."""
        base = self.store.get_meta(SEED_BASE_KEY)
        return decode_story(base.encode()) if base else Story()

    @contextmanager
    def _spooled(self, story: Story | StoryParts) -> Iterator[IO[bytes]]:
        """``story`` as snapshot JSON in a temporary file beside the database, for the store to copy into its
        blob: the snapshot of a large model is tens of MB, never held in memory whole this way."""
        with tempfile.TemporaryFile(dir=self.store.path.parent, prefix=".newsbot-snapshot-") as spool:
            write_story(story, spool)
            yield spool

    def export_seed(self) -> bytes:
        """The current model as a seed file (xz JSON, reproducible)."""
        return write_seed(self.load_story())

    # ------------------------------------------------------------------ reading stored articles again

    def read_by_others(self) -> int:
        """How many stored articles an earlier (or other) release of the reader read: ``reread`` reads them again."""
        return self.store.read_by_others(reader_version())

    def reread(self, everything: bool = False, progress: Callable[[int], None] | None = None) -> RereadReport:
        """Read stored articles again with this release's reader and rebuild the model from what they yield.

        Articles this release read already keep their fragments (unless ``everything``); the seed model's
        sources, whose text is not stored, stay as the seed model has them; an article this release refuses
        keeps what it yielded before. Fragments are written BATCH_COMMIT at a time and the snapshot last, so an
        interruption leaves the model as it was and a second run takes up where the first stopped.
        """
        version = reader_version()
        report = RereadReport()
        with self._lock:
            report.before = self.snapshot_totals()
            builder = StoryBuilder(self._seed_base(), self.vocab)
            pending: list[tuple[int, bytes, bytes, str]] = []
            undated: list[int] = []
            last_seq = 0

            def keep(row: StoredArticle) -> None:
                builder.add(decode_story(row.fragment), decode_source(row.source))

            def merge(row: StoredArticle, prepared: Prepared) -> None:
                try:
                    result = finish(prepared, builder, self.extractor, row.seq)
                except Rejected as exc:
                    report.kept.append((row.doc, str(exc)))
                    keep(row)
                    return
                except Exception:
                    log.exception("could not read %s again", row.doc)
                    report.kept.append((row.doc, _INTERNAL_ERROR))
                    keep(row)
                    return
                builder.add(result.fragment, result.source)
                report.read += 1
                pending.append(
                    (row.seq, encode_source(result.source), encode_story(result.fragment), version)
                )
                if len(pending) >= BATCH_COMMIT:
                    self.store.replace_fragments(pending)
                    pending.clear()

            for row in self.store.stored_articles():
                last_seq = row.seq
                if not row.fragment:
                    report.seed_sources += 1
                elif row.text is None or (row.reader == version and not everything):
                    report.current += 1
                    keep(row)
                elif (prepared := self._prepare_again(row, report)) is None:
                    keep(row)
                elif prepared.published is None:
                    undated.append(row.seq)
                    continue
                else:
                    merge(row, prepared)
                if progress:
                    progress(1)
            # Dated by the events they share with the others, as at ingest. Only their numbers waited: each is read
            # from the store and prepared again as its turn comes (held with their texts, cleaning and what they
            # yielded before, the 2,386 undated articles of a 10,000-article store took 26 MiB).
            for seq in undated:
                row = self.store.stored_article(seq)
                if (prepared := self._prepare_again(row, report)) is None:
                    keep(row)
                else:
                    merge(row, prepared)
                if progress:
                    progress(1)
            if pending:
                self.store.replace_fragments(pending)
            tally = StoryTally(builder.frozen_parts())
            with self._spooled(tally.parts) as spool:
                self.store.save_snapshot(last_seq, spool)
            report.after = tally.totals()
        return report

    def snapshot_totals(self) -> dict[str, int]:
        """``Story.totals`` of the stored model, counted without loading it."""
        counted = self.store.read_snapshot(lambda covers, size, read: count_story_parts(size, read))
        return counted if counted is not None else Story().totals()

    def _prepare_again(self, row: StoredArticle, report: RereadReport) -> Prepared | None:
        """A stored article prepared as at its ingest: the outlet, URL and date given then still win."""
        source = decode_source(row.source)
        given = source.published if source.published_basis == "given at ingest" else None
        article = ArticleInput(
            row.doc,
            row.text or "",
            outlet=row.given_outlet,
            url=source.url,
            published=given.start if given is not None else None,
        )
        try:
            return prepare(article, self.vocab)
        except Rejected as exc:
            report.kept.append((row.doc, str(exc)))
        except Exception:
            log.exception("could not read %s again", row.doc)
            report.kept.append((row.doc, _INTERNAL_ERROR))
        return None

    # ------------------------------------------------------------------ ingest

    def ingest(
        self,
        articles: Iterable[ArticleInput | tuple[str, str]],
        progress: Callable[[int], None] | None = None,
    ) -> IngestReport:
        """Merge articles into the store. Items are articles or (name, reason) pairs of files already refused.

        Dated articles are merged as they come; undated ones wait to the end, so they can be dated by the
        events they share with the others. Each batch of BATCH_COMMIT articles is one transaction; the
        snapshot is written last. ``articles`` may be a generator: the undated articles wait in a temporary
        file (_Waiting).

        The cyclic garbage collector is paused meanwhile: reading an article makes tens of thousands of objects,
        which reference counting frees, and the builder's records live to the end; each collection walked them for
        nothing (85 objects found in the 3,000-article benchmark, in 1.7 s of collections).
        """
        report = IngestReport()
        with (
            self._lock,
            tempfile.TemporaryFile(dir=self.store.path.parent, prefix=".newsbot-undated-") as waiting,
            collector_paused(),
        ):
            undated = _Waiting(waiting)
            builder = StoryBuilder(self.load_story(), self.vocab)
            batch = _Batch(self.store, self.store.next_seq())
            known_hashes: dict[str, str] = {}
            for item in articles:
                if isinstance(item, tuple):
                    report.failed.append(item)
                elif (prepared := self._prepare(item, report, known_hashes)) is None:
                    pass
                elif prepared.published is None:
                    undated.add(prepared.article)
                    continue
                else:
                    self._merge(prepared, builder, batch, report)
                if progress:
                    progress(1)
            for article in undated:
                # (prepared once already, so this fails only by a fault of ours: that article's, not the ingest's)
                if (again := self._prepare_one(article, report)) is not None:
                    self._merge(again, builder, batch, report)
                if progress:
                    progress(1)
            if report.added:
                with self._spooled(builder.frozen_parts()) as spool:
                    batch.flush(spool)
            else:
                batch.flush()
        return report

    def _merge(self, prepared: Prepared, builder: StoryBuilder, batch: _Batch, report: IngestReport) -> None:
        try:
            result = finish(prepared, builder, self.extractor, batch.seq)
        except Rejected as exc:
            report.failed.append((prepared.article.doc, str(exc)))
            return
        except Exception:  # a fault of ours on one article must not cost the others theirs
            log.exception("could not read %s", prepared.article.doc)
            report.failed.append((prepared.article.doc, _INTERNAL_ERROR))
            return
        counts = builder.add(result.fragment, result.source)
        report.added.append(
            (prepared.article.doc, Added(counts["events"], counts["people"], counts["quotations"]))
        )
        batch.add(
            NewArticle(
                result.source.doc,
                result.source.content_hash,
                encode_source(result.source),
                encode_story(result.fragment),
                prepared.article.text,
                reader_version(),
                prepared.article.outlet,
            )
        )

    def _prepare_one(self, article: ArticleInput, report: IngestReport) -> Prepared | None:
        """An article prepared, or the reason it cannot be written to the report: a failure costs that article, not
        the ingest."""
        try:
            return prepare(article, self.vocab)
        except Rejected as exc:
            report.failed.append((article.doc, str(exc)))
        except Exception:  # a fault of ours on one article must not cost the others theirs
            log.exception("could not read %s", article.doc)
            report.failed.append((article.doc, _INTERNAL_ERROR))
        return None

    def _prepare(self, article: ArticleInput, report: IngestReport, known: dict[str, str]) -> Prepared | None:
        digest = content_hash(article.text) if article.text else ""
        existing = self.store.doc_for_hash(digest) if digest else None
        if existing or digest in known:
            report.skipped.append(
                (article.doc, f"already ingested (as {existing or known[digest]}); nothing changed")
            )
            return None
        if self.store.has_doc(article.doc):
            report.failed.append(
                (
                    article.doc,
                    "another article with this id is already stored; give the new version its own name",
                )
            )
            return None
        prepared = self._prepare_one(article, report)
        if prepared is not None:
            known[digest] = article.doc
        return prepared


_INTERNAL_ERROR = (
    "Newsbot could not read this article (an error of ours, written to the log); nothing was changed"
)


class _Waiting:
    """The undated articles of an ingest, waiting for the dated ones to be merged: kept in ``spool`` (a temporary
    file beside the database) and handed back in their order, each prepared again as its turn comes.

    Held in memory with their texts and cleaning, the 2,505 undated articles of the benchmark's 10,000 took about
    20 MiB when the last dated one was merged, and their texts, allocated apart from Python's small objects, were
    not memory the builder could grow into once let go: peak RSS 137.8 MiB, 130.4 MiB spooled (the same store).
    Preparing is pure and takes about 0.6 ms an article: the same article prepares the same way again.
    """

    def __init__(self, spool: IO[bytes]) -> None:
        self._file = spool
        self._count = 0

    def add(self, article: ArticleInput) -> None:
        # pickle, not JSON: an article's text comes back exactly as it was given, whatever it holds. The file is
        # this process's own, written and read by it alone.
        pickle.dump(article, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._count += 1

    def __iter__(self) -> Iterator[ArticleInput]:
        self._file.seek(0)
        for _ in range(self._count):
            article: ArticleInput = pickle.load(self._file)  # noqa: S301 - our own file, see add()
            yield article


class _Batch:
    """Articles merged but not yet written: written BATCH_COMMIT at a time, each batch one transaction."""

    def __init__(self, store: Store, seq: int) -> None:
        self.store = store
        self.seq = seq
        """The sequence number the next article gets."""
        self.pending: list[NewArticle] = []

    def add(self, row: NewArticle) -> None:
        self.pending.append(row)
        self.seq += 1
        if len(self.pending) >= BATCH_COMMIT:
            self.store.add_articles(self.pending, None, None)
            self.pending = []

    def flush(self, snapshot: IO[bytes] | None = None) -> None:
        """Write what is pending, with the snapshot covering every article so far when one is given."""
        if self.pending or snapshot is not None:
            self.store.add_articles(self.pending, snapshot, self.seq - 1 if snapshot is not None else None)
        self.pending = []


def article_files(paths: Sequence[Path]) -> Iterator[Path | tuple[str, str]]:
    """The files ``paths`` name (folders: their .txt, .text and .md files, sorted), or (name, reason)."""
    for path in paths:
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in (".txt", ".text", ".md") and not p.name.startswith(".")
            )
            if not files:
                yield (str(path), "the folder has no .txt, .text or .md files")
            yield from files
        elif path.exists():
            yield path
        else:
            yield (str(path), "no such file or folder")


def read_article(entry: Path | tuple[str, str], max_bytes: int = 5_000_000) -> ArticleInput | tuple[str, str]:
    """The article in a file from article_files; (name, reason) when it cannot be one."""
    return _read(entry, max_bytes) if isinstance(entry, Path) else entry


def read_articles(
    paths: Sequence[Path], max_bytes: int = 5_000_000
) -> Iterator[ArticleInput | tuple[str, str]]:
    """Articles from files and folders, read one at a time (see article_files and read_article).

    A file that cannot be an article yields (name, reason) instead: missing, too large, binary, not UTF-8.
    """
    for entry in article_files(paths):
        yield read_article(entry, max_bytes)


def _read(path: Path, max_bytes: int) -> ArticleInput | tuple[str, str]:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return (str(path), f"the file is too large ({size:,} bytes; the limit is {max_bytes:,})")
        data = path.read_bytes()
    except OSError as exc:
        return (str(path), f"cannot read the file: {exc.strerror}")
    if not data.strip():
        return (str(path), "the file is empty")
    if b"\x00" in data:
        return (str(path), "the file is binary, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return (
            str(path),
            f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x} at position {exc.start})",
        )
    return ArticleInput(doc=path.stem, text=text)


def source_label(source: Source) -> str:
    """How a source is named in messages."""
    return source.label
