"""Fixtures: one fake Slack Web API, the seeded bot, and a bot over a 200-article generated corpus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bench.corpus import generate_corpus
from bot.core.pipeline import ArticleInput
from tests.fakes.slack_api import FakeSlackAPI
from tests.slack.harness import ADMIN, BOT_TOKEN, DIGEST_CHANNEL, SlackBot, settings_for

CORPUS_SIZE = 200


@pytest.fixture(scope="session")
def fake_slack() -> Iterator[FakeSlackAPI]:
    with FakeSlackAPI(tokens={BOT_TOKEN}) as fake:
        yield fake


@pytest.fixture
def slack(fake_slack: FakeSlackAPI) -> FakeSlackAPI:
    """The fake Web API, with nothing recorded or queued yet."""
    fake_slack.reset()
    return fake_slack


@pytest.fixture(scope="session")
def seeded_bot(fake_slack: FakeSlackAPI, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SlackBot]:
    """The bot over a fresh store filled from the seed model, with an admin and a digest channel."""
    database = tmp_path_factory.mktemp("seeded") / "nb.db"
    settings = settings_for(
        fake_slack,
        str(database),
        NEWSBOT_ADMIN_USERS=ADMIN,
        NEWSBOT_DIGEST_CHANNEL=DIGEST_CHANNEL,
    )
    bot = SlackBot(settings, fake_slack)
    yield bot
    bot.close()


@pytest.fixture
def bot(seeded_bot: SlackBot, slack: FakeSlackAPI) -> SlackBot:
    """The seeded bot, with the fake Web API reset for this test."""
    return seeded_bot


@pytest.fixture(scope="session")
def corpus_bot_session(
    fake_slack: FakeSlackAPI, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SlackBot]:
    """The bot after ingesting 200 generated articles on top of the seed (the largest answers)."""
    database = tmp_path_factory.mktemp("corpus") / "nb.db"
    bot = SlackBot(settings_for(fake_slack, str(database)), fake_slack)
    articles = [ArticleInput(doc=a.doc_id, text=a.text) for a in generate_corpus(CORPUS_SIZE, seed=7)]
    report = bot.runtime.story.ingest(articles)
    assert len(report.added) > CORPUS_SIZE * 3 // 4, report.failed[:5]
    yield bot
    bot.close()


@pytest.fixture
def corpus_bot(corpus_bot_session: SlackBot, slack: FakeSlackAPI) -> SlackBot:
    return corpus_bot_session
