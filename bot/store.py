"""Persistence: an SQLite file behind a small interface.

Articles are kept with their metadata, content hash and extracted fragment; the merged story is
cached as a snapshot that records which articles it covers, so a crash between the two is
repaired on the next load. Digest slots have a unique key: claimed before posting, confirmed
after, so a slot is never posted twice.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, NamedTuple, TypeVar

T = TypeVar("T")

__all__ = ["ArticleRow", "NewArticle", "SlotClaim", "Store", "StoreError", "StoredArticle"]

SNAPSHOT_CHUNK = 1 << 20
"""Bytes of a spooled snapshot written to its blob at a time."""

_SCHEMA = [
    """
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        doc TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        source BLOB NOT NULL,
        fragment BLOB NOT NULL,
        text TEXT,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE snapshot (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        covers_seq INTEGER NOT NULL,
        story BLOB NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE digest_slots (
        slot_key TEXT PRIMARY KEY,
        channel TEXT NOT NULL,
        scheduled_for TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('claimed', 'posted', 'skipped', 'failed')),
        owner TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        posted_at TEXT,
        message_ts TEXT,
        covers_seq INTEGER,
        digest BLOB,
        detail TEXT
    );
    CREATE INDEX digest_slots_channel ON digest_slots (channel, state, scheduled_for);
    CREATE TABLE channel_errors (
        channel TEXT PRIMARY KEY,
        error TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
    # The snapshot's blob last: SQLite writes a zeroblob() out in full (in memory, twice its size) unless
    # it ends the row, and a spooled snapshot is stored as a zeroblob filled in chunks.
    """
    CREATE TABLE snapshot_blob_last (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        covers_seq INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        story BLOB NOT NULL
    );
    INSERT INTO snapshot_blob_last (id, covers_seq, updated_at, story)
        SELECT id, covers_seq, updated_at, story FROM snapshot;
    DROP TABLE snapshot;
    ALTER TABLE snapshot_blob_last RENAME TO snapshot;
    """,
    # Which release read each article (NULL: one before this column), and the outlet given at ingest, so
    # an article read again keeps it.
    """
    ALTER TABLE articles ADD COLUMN reader TEXT;
    ALTER TABLE articles ADD COLUMN given_outlet TEXT;
    """,
]


class StoreError(Exception):
    """The store cannot be opened or used; the message says why."""


@dataclass(frozen=True)
class ArticleRow:
    """An ingested article as stored."""

    seq: int
    doc: str
    content_hash: str
    source: bytes
    fragment: bytes


class NewArticle(NamedTuple):
    """An article to store: what it yielded, its text, which release read it and the outlet given at ingest."""

    doc: str
    content_hash: str
    source: bytes
    fragment: bytes
    text: str | None
    reader: str | None
    given_outlet: str | None


class StoredArticle(NamedTuple):
    """A stored article with what is needed to read it again."""

    seq: int
    doc: str
    source: bytes
    fragment: bytes
    text: str | None
    reader: str | None
    given_outlet: str | None


@dataclass(frozen=True)
class SlotClaim:
    """A digest slot's row."""

    slot_key: str
    channel: str
    scheduled_for: datetime
    state: str
    owner: str
    claimed_at: datetime
    posted_at: datetime | None
    message_ts: str | None
    covers_seq: int | None
    digest: bytes | None
    detail: str | None


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class Store:
    """The SQLite store; safe to share between threads (one connection per thread)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for the database {path}: {exc.strerror}") from None
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self._migrate()

    # ------------------------------------------------------------------ connections

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            try:
                # Each thread uses only its own connection; close() closes them all from one thread.
                conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("PRAGMA foreign_keys=ON")
                conn.execute("PRAGMA busy_timeout=30000")
            except sqlite3.Error as exc:
                raise StoreError(f"cannot open the database {self.path}: {exc}") from None
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE): all of it lands, or none of it."""
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def close(self) -> None:
        """Close every connection this store opened."""
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    def _migrate(self) -> None:
        try:
            with self.transaction() as conn:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version > len(_SCHEMA):
                    raise StoreError(
                        f"the database {self.path} was written by a newer Newsbot (schema {version}); upgrade Newsbot"
                    )
                for number in range(version, len(_SCHEMA)):
                    _run_script(conn, _SCHEMA[number])
                    conn.execute(f"PRAGMA user_version = {number + 1}")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a usable Newsbot database: {exc}") from None

    def ping(self) -> bool:
        """True when the store can be read."""
        try:
            self._conn().execute("SELECT count(*) FROM snapshot").fetchone()
        except (sqlite3.Error, StoreError):
            return False
        return True

    # ------------------------------------------------------------------ articles and the snapshot

    def doc_for_hash(self, content_hash: str) -> str | None:
        """The document already stored with this content, if any."""
        row = (
            self._conn()
            .execute("SELECT doc FROM articles WHERE content_hash = ?", (content_hash,))
            .fetchone()
        )
        return row[0] if row else None

    def has_doc(self, doc: str) -> bool:
        """True when a document with this id is stored."""
        return self._conn().execute("SELECT 1 FROM articles WHERE doc = ?", (doc,)).fetchone() is not None

    def next_seq(self) -> int:
        """The sequence number the next article will get."""
        row = self._conn().execute("SELECT seq FROM sqlite_sequence WHERE name = 'articles'").fetchone()
        covered = self.snapshot_seq()
        return max(row[0] if row else 0, covered) + 1

    def add_articles(
        self,
        rows: list[NewArticle],
        snapshot: IO[bytes] | None,
        covers_seq: int | None,
        now: datetime | None = None,
    ) -> None:
        """Store articles and, optionally, the snapshot that covers them."""
        stamp = _iso(now or _now())
        with self.transaction() as conn:
            for row in rows:
                conn.execute(
                    "INSERT INTO articles (doc, content_hash, source, fragment, text, reader, given_outlet,"
                    " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (*row, stamp),
                )
            if snapshot is not None and covers_seq is not None:
                self._write_snapshot(conn, covers_seq, snapshot, stamp)
            if rows:
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('last_ingest_at', ?)", (stamp,)
                )

    def articles_after(self, seq: int) -> Iterator[ArticleRow]:
        """Stored articles with a sequence number above ``seq``, in order."""
        cursor = self._conn().execute(
            "SELECT seq, doc, content_hash, source, fragment FROM articles WHERE seq > ? ORDER BY seq", (seq,)
        )
        for row in cursor:
            yield ArticleRow(*row)

    def read_by_others(self, reader: str) -> int:
        """How many stored articles (with their text) were read by a release other than ``reader``."""
        row = (
            self._conn()
            .execute(
                "SELECT count(*) FROM articles WHERE text IS NOT NULL AND length(fragment) > 0"
                " AND (reader IS NULL OR reader != ?)",
                (reader,),
            )
            .fetchone()
        )
        return int(row[0])

    def stored_articles(self, chunk: int = 200) -> Iterator[StoredArticle]:
        """Every stored article in order, ``chunk`` rows read at a time (the texts are never all in memory)."""
        seq = 0
        while True:
            rows = (
                self._conn()
                .execute(
                    "SELECT seq, doc, source, fragment, text, reader, given_outlet FROM articles"
                    " WHERE seq > ? ORDER BY seq LIMIT ?",
                    (seq, chunk),
                )
                .fetchall()
            )
            if not rows:
                return
            for row in rows:
                yield StoredArticle(*row)
            seq = rows[-1][0]

    def stored_article(self, seq: int) -> StoredArticle:
        """The stored article numbered ``seq``, as ``stored_articles`` gives it; StoreError when there is none."""
        row = (
            self._conn()
            .execute(
                "SELECT seq, doc, source, fragment, text, reader, given_outlet FROM articles WHERE seq = ?",
                (seq,),
            )
            .fetchone()
        )
        if row is None:
            raise StoreError(f"no stored article numbered {seq} in {self.path}")
        return StoredArticle(*row)

    def replace_fragments(self, rows: list[tuple[int, bytes, bytes, str]]) -> None:
        """Store what articles yielded when read again: (seq, source, fragment, reader), one transaction."""
        with self.transaction() as conn:
            conn.executemany(
                "UPDATE articles SET source = ?, fragment = ?, reader = ? WHERE seq = ?",
                [(source, fragment, reader, seq) for seq, source, fragment, reader in rows],
            )

    def article_count(self) -> int:
        """How many articles the store holds (seed articles included)."""
        row = self._conn().execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0])

    def article_text(self, doc: str) -> str | None:
        """The raw text of an ingested article (None for seed-model sources)."""
        row = self._conn().execute("SELECT text FROM articles WHERE doc = ?", (doc,)).fetchone()
        return row[0] if row else None

    def snapshot_seq(self) -> int:
        """The last article sequence number the snapshot covers (0 without one)."""
        row = self._conn().execute("SELECT covers_seq FROM snapshot WHERE id = 1").fetchone()
        return int(row[0]) if row else 0

    def has_snapshot(self) -> bool:
        """True when a snapshot is stored (without reading it)."""
        return self._conn().execute("SELECT 1 FROM snapshot WHERE id = 1").fetchone() is not None

    def load_snapshot(self) -> tuple[int, bytes] | None:
        """The cached merged story and the article sequence it covers."""
        row = self._conn().execute("SELECT covers_seq, story FROM snapshot WHERE id = 1").fetchone()
        return (int(row[0]), bytes(row[1])) if row else None

    def read_snapshot(self, consume: Callable[[int, int, Callable[[int, int], bytes]], T]) -> T | None:
        """``consume(covers_seq, size, read)`` on the snapshot, where ``read(offset, length)`` returns that range
        of its bytes: a large snapshot is read a part at a time, never whole. One read transaction, so the
        snapshot cannot change between the parts. None when there is no snapshot."""
        conn = self._conn()
        conn.execute("BEGIN")
        try:
            row = conn.execute("SELECT covers_seq, length(story) FROM snapshot WHERE id = 1").fetchone()
            if row is None:
                return None
            with conn.blobopen("snapshot", "story", 1, readonly=True) as blob:

                def read(offset: int, length: int) -> bytes:
                    blob.seek(offset)
                    return blob.read(length)

                return consume(int(row[0]), int(row[1]), read)
        finally:
            conn.execute("COMMIT")

    def save_snapshot(self, covers_seq: int, story: IO[bytes], now: datetime | None = None) -> None:
        """Replace the cached merged story."""
        with self.transaction() as conn:
            self._write_snapshot(conn, covers_seq, story, _iso(now or _now()))

    def _write_snapshot(
        self, conn: sqlite3.Connection, covers_seq: int, story: IO[bytes], stamp: str
    ) -> None:
        """Store the file ``story`` (read from its start) as the snapshot, a chunk at a time: a large model's
        snapshot is held whole neither here nor by SQLite, which writes an open blob page by page."""
        size = story.seek(0, 2)
        story.seek(0)
        conn.execute(
            "INSERT INTO snapshot (id, covers_seq, updated_at, story) VALUES (1, ?, ?, zeroblob(?))"
            " ON CONFLICT (id) DO UPDATE SET covers_seq = excluded.covers_seq, story = excluded.story,"
            " updated_at = excluded.updated_at",
            (covers_seq, stamp, size),
        )
        with conn.blobopen("snapshot", "story", 1) as blob:
            while chunk := story.read(SNAPSHOT_CHUNK):
                blob.write(chunk)

    def data_version(self) -> tuple[int, int, str]:
        """Changes when articles or the snapshot change: (last article, snapshot sequence, snapshot time)."""
        conn = self._conn()
        row = conn.execute(
            "SELECT (SELECT coalesce(max(seq), 0) FROM articles), (SELECT coalesce(max(covers_seq), 0) FROM snapshot),"
            " (SELECT coalesce(max(updated_at), '') FROM snapshot)"
        ).fetchone()
        return int(row[0]), int(row[1]), str(row[2])

    def get_meta(self, key: str) -> str | None:
        """A stored setting such as last_ingest_at."""
        row = self._conn().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        """Store a setting."""
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # ------------------------------------------------------------------ digest slots

    def claim_slot(
        self,
        slot_key: str,
        channel: str,
        scheduled_for: datetime,
        owner: str,
        now: datetime,
        lease: timedelta,
    ) -> SlotClaim | None:
        """Claim a slot for posting. None when it is posted, skipped, or claimed by someone whose lease holds.

        A claim older than ``lease`` whose owner never confirmed is handed over (the caller must
        first check Slack for a message already posted under this key).
        """
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT state, claimed_at FROM digest_slots WHERE slot_key = ?", (slot_key,)
            ).fetchone()
            if row is None:
                conn.execute(
                    "INSERT INTO digest_slots (slot_key, channel, scheduled_for, state, owner, claimed_at)"
                    " VALUES (?, ?, ?, 'claimed', ?, ?)",
                    (slot_key, channel, _iso(scheduled_for), owner, _iso(now)),
                )
            else:
                state, claimed_at = row
                if state in ("posted", "skipped"):
                    return None
                stale = (_parse(claimed_at) or now) + lease <= now
                if state == "claimed" and not stale:
                    return None
                conn.execute(
                    "UPDATE digest_slots SET state = 'claimed', owner = ?, claimed_at = ? WHERE slot_key = ?",
                    (owner, _iso(now), slot_key),
                )
        return self.slot(slot_key)

    def confirm_slot(
        self,
        slot_key: str,
        owner: str,
        message_ts: str | None,
        covers_seq: int,
        digest: bytes,
        now: datetime,
        state: str = "posted",
    ) -> bool:
        """Mark a claimed slot posted (or skipped); False if another owner holds it now."""
        with self.transaction() as conn:
            cursor = conn.execute(
                "UPDATE digest_slots SET state = ?, posted_at = ?, message_ts = ?, covers_seq = ?, digest = ?,"
                " detail = NULL WHERE slot_key = ? AND owner = ? AND state = 'claimed'",
                (state, _iso(now), message_ts, covers_seq, digest, slot_key, owner),
            )
            return cursor.rowcount == 1

    def record_slot_digest(self, slot_key: str, owner: str, covers_seq: int, digest: bytes) -> None:
        """Keep, before posting, what the digest of a claimed slot covers (recovery confirms with it)."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE digest_slots SET covers_seq = ?, digest = ? WHERE slot_key = ? AND owner = ? AND state = 'claimed'",
                (covers_seq, digest, slot_key, owner),
            )

    def fail_slot(self, slot_key: str, owner: str, detail: str) -> None:
        """Give a claim back after a failure, keeping why."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE digest_slots SET state = 'failed', detail = ? WHERE slot_key = ? AND owner = ?"
                " AND state = 'claimed'",
                (detail, slot_key, owner),
            )

    def slot(self, slot_key: str) -> SlotClaim | None:
        """A slot's row."""
        row = (
            self._conn()
            .execute(
                "SELECT slot_key, channel, scheduled_for, state, owner, claimed_at, posted_at, message_ts, covers_seq,"
                " digest, detail FROM digest_slots WHERE slot_key = ?",
                (slot_key,),
            )
            .fetchone()
        )
        return _slot(row) if row else None

    def slots(self, channel: str | None = None) -> list[SlotClaim]:
        """Every slot, oldest first (optionally of one channel)."""
        query = (
            "SELECT slot_key, channel, scheduled_for, state, owner, claimed_at, posted_at, message_ts, covers_seq,"
            " digest, detail FROM digest_slots"
        )
        params: tuple[str, ...] = ()
        if channel:
            query += " WHERE channel = ?"
            params = (channel,)
        return [_slot(r) for r in self._conn().execute(query + " ORDER BY scheduled_for, slot_key", params)]

    def last_posted(self, channel: str) -> SlotClaim | None:
        """The channel's most recent posted digest."""
        row = (
            self._conn()
            .execute(
                "SELECT slot_key, channel, scheduled_for, state, owner, claimed_at, posted_at, message_ts, covers_seq,"
                " digest, detail FROM digest_slots WHERE channel = ? AND state = 'posted'"
                " ORDER BY posted_at DESC LIMIT 1",
                (channel,),
            )
            .fetchone()
        )
        return _slot(row) if row else None

    def set_channel_error(self, channel: str, error: str | None, now: datetime) -> None:
        """Remember (or clear, with None) the last delivery problem of a channel."""
        with self.transaction() as conn:
            if error is None:
                conn.execute("DELETE FROM channel_errors WHERE channel = ?", (channel,))
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO channel_errors (channel, error, at) VALUES (?, ?, ?)",
                    (channel, error, _iso(now)),
                )

    def channel_errors(self) -> dict[str, tuple[str, datetime]]:
        """Channels whose last delivery failed, with the error and when."""
        rows = (
            self._conn().execute("SELECT channel, error, at FROM channel_errors ORDER BY channel").fetchall()
        )
        return {c: (e, _parse(a) or _now()) for c, e, a in rows}


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _slot(row: tuple[object, ...]) -> SlotClaim:
    (key, channel, scheduled, state, owner, claimed, posted, ts, covers, digest, detail) = row
    return SlotClaim(
        slot_key=str(key),
        channel=str(channel),
        scheduled_for=_parse(str(scheduled)) or _now(),
        state=str(state),
        owner=str(owner),
        claimed_at=_parse(str(claimed)) or _now(),
        posted_at=_parse(posted) if isinstance(posted, str) else None,
        message_ts=ts if isinstance(ts, str) else None,
        covers_seq=int(covers) if isinstance(covers, int) else None,
        digest=bytes(digest) if isinstance(digest, (bytes, bytearray, memoryview)) else None,
        detail=detail if isinstance(detail, str) else None,
    )
