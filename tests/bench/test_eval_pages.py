"""The hand-written pages of tests/data/pages, read as `newsbot ingest` reads a folder, against their truth."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.eval_pages import DEFAULT_PAGES, evaluate
from bot.core.pipeline import ArticleInput
from bot.core.query import SigningAnswer, TimelineAnswer
from bot.service import StoryService
from bot.store import Store


def test_every_page_is_read_dated_and_free_of_teasers() -> None:
    stats, misses = evaluate(DEFAULT_PAGES)
    assert stats["pages"] == 82
    assert stats["refused"] == 0, misses
    assert stats["dates_ok"] == stats["dates_total"], [m for m in misses if "published" in m]
    assert stats["teaser_leaks"] == 0, [m for m in misses if "teaser" in m]
    assert stats["people_right"] == stats["people_extracted"], [m for m in misses if "not in the truth" in m]


@pytest.fixture
def service(tmp_path: Path) -> Iterator[StoryService]:
    store = Store(tmp_path / "pages.db")
    yield StoryService(store, seed_path=None)
    store.close()


def test_five_outlets_make_one_signing_with_its_signatories_and_their_disagreements(
    service: StoryService,
) -> None:
    pages = sorted(DEFAULT_PAGES.glob("hand-0[1-5].txt"))
    report = service.ingest([ArticleInput(p.stem, p.read_text(encoding="utf-8")) for p in pages])
    assert not report.failed, report.failed
    index = service.current()
    answer = index.who_signed("acsa")
    assert isinstance(answer, SigningAnswer), answer
    assert answer.agreement == "Acquisition and Cross-Servicing Agreement"
    assert {p.name for p in answer.signatories} == {"Kenji Harada", "Ramon Villareal"}
    assert len(answer.sources) == 5
    assert answer.when is not None
    assert answer.when.label() == "10 Mar 2026"
    # "Villarreal" (one outlet) and "Villareal" (four) are one person, named as most sources name him.
    villareal = next(p for p in answer.signatories if p.name == "Ramon Villareal")
    assert "Ramon Villarreal" in villareal.aliases
    # The venue differs between outlets, and the model says who said which.
    assert {p.value for p in answer.places} >= {"Manila", "Quezon City"}
    timeline = index.timeline("japan")
    assert isinstance(timeline, TimelineAnswer)
    assert sum("Acquisition and Cross-Servicing Agreement" in e.text for e in timeline.entries) == 1
