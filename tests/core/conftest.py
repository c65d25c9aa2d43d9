"""Fixtures of the core tests: the vocabulary, one-article analysis, the seed model (committed and rebuilt)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.codec import read_seed
from bot.core.extract import Extractor
from bot.core.merge import StoryBuilder
from bot.core.model import Story
from bot.core.pipeline import Analysed, ArticleInput, analyse
from bot.core.vocab import Vocabulary, load_vocabulary
from bot.service import StoryService, read_articles
from bot.store import Store
from tests.core.support import SEED_FILE, SHARED_SEEDS, Analyse


@pytest.fixture(scope="session")
def vocab() -> Vocabulary:
    return load_vocabulary()


@pytest.fixture(scope="session")
def extractor(vocab: Vocabulary) -> Extractor:
    return Extractor(vocab)


@pytest.fixture(scope="session")
def analysed(vocab: Vocabulary, extractor: Extractor) -> Analyse:
    """Analyse one article on its own (a fresh builder), as ingest would; results cached per input."""
    cache: dict[tuple[str, str, date | None], Analysed] = {}

    def run(text: str, doc: str = "doc", published: date | None = None) -> Analysed:
        key = (doc, text, published)
        if key not in cache:
            builder = StoryBuilder(None, vocab)
            cache[key] = analyse(ArticleInput(doc, text, published=published), builder, extractor, vocab, 1)
        return cache[key]

    return run


@pytest.fixture(scope="session")
def committed_seed() -> Story:
    return read_seed(SEED_FILE.read_bytes())


@pytest.fixture(scope="session")
def fresh_seed(tmp_path_factory: pytest.TempPathFactory) -> Story:
    if not SHARED_SEEDS.is_dir() or not any(SHARED_SEEDS.glob("*.txt")):
        pytest.skip(f"the seed articles are not available at {SHARED_SEEDS}")
    store = Store(tmp_path_factory.mktemp("fresh") / "nb.db")
    try:
        service = StoryService(store, seed_path=tmp_path_factory.getbasetemp() / "no-seed.json.xz")
        report = service.ingest(list(read_articles([SHARED_SEEDS])))
        assert not report.failed, report.failed
        return service.load_story()
    finally:
        store.close()


@pytest.fixture(scope="session", params=["committed", "fresh"])
def seed_story(request: pytest.FixtureRequest) -> Story:
    """The seed model as committed in seeds/, and as rebuilt now from ../shared/seeds."""
    return request.getfixturevalue(f"{request.param}_seed")
