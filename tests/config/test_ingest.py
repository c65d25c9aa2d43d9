"""`newsbot ingest`, `export` and `build-seeds` end to end, through the real command."""

from __future__ import annotations

import json
import lzma
import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bot.codec import encode_story, read_seed
from bot.core.model import Story
from tests.config.conftest import Run

ROOT = Path(__file__).resolve().parents[2]
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"

PORT_DEAL = """Port deal agreed

Asha Rao Published 03.02.26, 10:00 AM

India and Japan on Tuesday signed a port cooperation agreement in Tokyo. The agreement was signed by \
Indian Shipping Minister Sarbananda Sonowal and Japanese Transport Minister Tetsuo Saito on the sidelines \
of a maritime summit.

"This is a new chapter for our ports," Sonowal said in a statement.
"""

GRID_PACT = """Grid link pact

Ravi Menon Published 05.02.26, 09:30 AM

France and India on Wednesday signed an electricity grid agreement in Paris. The pact was signed by \
French Energy Minister Olivier Dupont and Indian Power Minister Manohar Lal Khattar during a state visit.

"Clean power will flow both ways," Khattar said in remarks to the media.
"""


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "port_deal.txt").write_text(PORT_DEAL, encoding="utf-8")
    (folder / "grid_pact.md").write_text(GRID_PACT, encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (folder / "latin1.txt").write_bytes("Défense: l'Inde et la France, accord signé.\n".encode("latin-1"))
    (folder / "port_deal_again.text").write_text(PORT_DEAL, encoding="utf-8")
    (folder / "notes.csv").write_text("ignored,because,of,the,suffix\n", encoding="utf-8")
    return folder


def test_ingest_a_folder_reports_added_skipped_and_failed(
    newsbot: Run, articles: Path, tmp_path: Path
) -> None:
    first = newsbot("ingest", str(articles))
    assert first.returncode == 1, first.stderr  # some files failed, the rest went in
    assert "Traceback" not in first.stderr
    assert first.stdout.startswith("Added 2 article(s): ")
    assert "+ port_deal:" in first.stdout
    assert "+ grid_pact:" in first.stdout
    assert "skipped port_deal_again: already ingested (as port_deal)" in first.stdout
    failed = {
        line.split(": ", 1)[0].strip("! ").strip(): line for line in first.stderr.splitlines() if "!" in line
    }
    assert {Path(name).name for name in failed} == {"empty.txt", "binary.txt", "latin1.txt"}
    reasons = {Path(name).name: line for name, line in failed.items()}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "not UTF-8" in reasons["latin1.txt"]
    assert "notes.csv" not in first.stdout + first.stderr

    before = newsbot("export", "--out", str(tmp_path / "before.json.xz"))
    assert before.returncode == 0, before.stderr
    second = newsbot("ingest", str(articles))
    assert second.returncode == 1
    assert second.stdout.startswith("Added 0 article(s): 0 new event(s), 0 new people, 0 new quotation(s).")
    assert second.stdout.count("skipped") == 3
    assert newsbot("export", "--out", str(tmp_path / "after.json.xz")).returncode == 0
    assert (tmp_path / "after.json.xz").read_bytes() == (tmp_path / "before.json.xz").read_bytes()

    story = read_seed((tmp_path / "after.json.xz").read_bytes())
    sources = {source.doc: source for source in story.sources}
    assert {"port_deal", "grid_pact"} <= set(sources)
    assert "port_deal_again" not in sources
    published = sources["port_deal"].published
    assert published is not None
    assert published.start == date(2026, 2, 3)
    assert any("port_deal" in event.sources for event in story.events)


def test_the_answers_change_after_an_ingest(newsbot: Run, articles: Path) -> None:
    assert "Japan" not in newsbot("ask", "/sources").stdout
    newsbot("ingest", str(articles / "port_deal.txt"))
    answer = newsbot("ask", "/timeline japan")
    assert answer.returncode == 0, answer.stdout + answer.stderr
    assert "3 Feb 2026" in answer.stdout
    assert "port_deal" in answer.stdout


def test_ingest_of_only_good_files_exits_0(newsbot: Run, articles: Path) -> None:
    result = newsbot(
        "ingest", str(articles / "grid_pact.md"), "--outlet", "The Grid Times", "--url", "https://x.test/grid"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Added 1 article(s)")


@pytest.mark.parametrize(
    "options",
    [["--published", "2026-02-03"], ["--outlet", "Somewhere"], ["--url", "https://x.test/a"]],
)
def test_single_article_options_on_a_folder_are_a_usage_error(
    newsbot: Run, articles: Path, options: list[str]
) -> None:
    result = newsbot("ingest", str(articles), *options)
    assert result.returncode == 2
    assert "single article" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_published_date_is_a_usage_error(newsbot: Run, articles: Path) -> None:
    result = newsbot("ingest", str(articles / "port_deal.txt"), "--published", "03.02.26")
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr


def test_a_missing_path_is_reported(newsbot: Run, tmp_path: Path) -> None:
    result = newsbot("ingest", str(tmp_path / "nowhere.txt"))
    assert result.returncode == 1
    assert "nowhere.txt: no such file or folder" in result.stderr


def test_export_writes_a_seed_file_that_reads_back(newsbot: Run, tmp_path: Path) -> None:
    out = tmp_path / "out" / "model.json.xz"
    result = newsbot("export", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert f"Wrote {out}" in result.stdout
    story = read_seed(out.read_bytes())
    assert len(story.sources) == 5  # the seed model, loaded into the empty store
    assert story.events


@pytest.mark.skipif(
    not SHARED_SEEDS.is_dir(), reason=f"{SHARED_SEEDS} is missing (CI has it: the golden drift check)"
)
def test_build_seeds_reproduces_the_committed_seed_model(newsbot: Run, tmp_path: Path) -> None:
    out = tmp_path / "model.json.xz"
    result = newsbot("build-seeds", str(SHARED_SEEDS), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "from 5 article(s)" in result.stdout
    built, committed = out.read_bytes(), (ROOT / "seeds" / "model.json.xz").read_bytes()
    if built != committed:
        new, old = (json.loads(lzma.decompress(data)) for data in (built, committed))
        changed = sorted(k for k in new.keys() | old.keys() if new.get(k) != old.get(k))
        pytest.fail(
            f"seeds/model.json.xz has drifted from the extractor (changed: {', '.join(changed) or 'bytes only'}); "
            "rebuild it with `newsbot build-seeds ../shared/seeds --out seeds/model.json.xz`"
        )


def test_build_seeds_is_independent_of_the_store(newsbot: Run, articles: Path, tmp_path: Path) -> None:
    folder = tmp_path / "two"
    folder.mkdir()
    for name in ("port_deal.txt", "grid_pact.md"):
        shutil.copy(articles / name, folder / name)
    one, two = tmp_path / "one.xz", tmp_path / "two.xz"
    assert newsbot("build-seeds", str(folder), "--out", str(one)).returncode == 0
    assert newsbot("build-seeds", str(folder), "--out", str(two)).returncode == 0
    assert one.read_bytes() == two.read_bytes()
    assert {s.doc for s in read_seed(one.read_bytes()).sources} == {"port_deal", "grid_pact"}


def test_reread_reads_again_what_an_earlier_release_read(
    newsbot: Run, articles: Path, tmp_path: Path
) -> None:
    assert newsbot("ingest", str(articles / "port_deal.txt")).returncode == 0
    current = newsbot("reread")
    assert current.returncode == 0, current.stderr
    assert current.stdout.startswith("Read 0 article(s) again; 1 already read by this release"), (
        current.stdout
    )
    # As an earlier release that found nothing in the page would have left the store:
    with sqlite3.connect(tmp_path / "nb.db") as conn:
        conn.execute(
            "UPDATE articles SET fragment = ?, reader = 'an-earlier-release' WHERE doc = 'port_deal'",
            (encode_story(Story()),),
        )
        conn.execute("DELETE FROM snapshot")
    conn.close()
    assert "3 Feb 2026" not in newsbot("ask", "/timeline japan").stdout

    noticed = newsbot("ingest", str(articles / "grid_pact.md"))
    assert "Note: 1 stored article(s) were read by an earlier release" in noticed.stdout

    result = newsbot("reread")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Read 1 article(s) again; 1 already read by this release")
    sources = re.search(r"Model: (\d+) -> (\d+) articles", result.stdout)
    assert sources is not None
    assert sources[1] == sources[2]
    assert "3 Feb 2026" in newsbot("ask", "/timeline japan").stdout
    assert "Note:" not in newsbot("ingest", str(articles / "port_deal_again.text")).stdout
