"""`newsbot ingest`, with a line on stdout after each committed batch: the kill tests' signal.

    python tests/proof/ingest_observed.py BATCH PATH...

Runs ``bot.cli.main(["ingest", PATH...])`` unchanged, except that ``bot.service.BATCH_COMMIT`` is
BATCH (so a few hundred articles are committed in several transactions, as thousands are with the
default) and ``Store.add_articles`` prints ``committed <n> article(s)`` once its transaction has
committed. test_faults kills this process with SIGKILL after reading the first such line.
"""

from __future__ import annotations

import sys
from datetime import datetime

import bot.service
from bot.cli import main
from bot.store import Store

_add_articles = Store.add_articles


def _observed(
    self: Store,
    rows: list[tuple[str, str, bytes, bytes, str | None]],
    snapshot: bytes | None,
    covers_seq: int | None,
    now: datetime | None = None,
) -> None:
    _add_articles(self, rows, snapshot, covers_seq, now)
    print(f"committed {len(rows)} article(s){' and the snapshot' if snapshot else ''}", flush=True)


if __name__ == "__main__":
    bot.service.BATCH_COMMIT = int(sys.argv[1])
    Store.add_articles = _observed  # type: ignore[method-assign]
    sys.exit(main(["ingest", *sys.argv[2:]]))
