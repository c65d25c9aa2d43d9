"""Slash commands over signed HTTP: every command answers from the seed model, loosely matched, escaped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.core.pipeline import ArticleInput
from handlers.blocks import escape
from handlers.commands import describe
from tests.fakes.slack_api import FakeSlackAPI
from tests.slack.harness import Answer, SlackBot, button, message_text, settings_for, strings

COMMANDS = ("/who-signed", "/timeline", "/quote", "/sources", "/newsbot")


def assert_answer(answer: Answer) -> None:
    """A 200 JSON message with blocks and a fallback text."""
    assert answer.status == 200, answer.body
    assert answer.headers["content-type"].startswith("application/json")
    assert answer.payload["blocks"], answer.payload
    assert answer.payload["text"].strip()
    assert answer.payload["response_type"] == "ephemeral"


@pytest.mark.parametrize(
    "line",
    [
        "/who-signed",
        "/who-signed sosa",
        "/timeline",
        "/timeline trade",
        "/quote",
        "/quote rajnath",
        "/sources",
        "/sources defence",
        "/newsbot",
        "/newsbot help",
        "/newsbot status",
        "/newsbot digest",
    ],
)
def test_every_command_answers_with_blocks_and_fallback_text(bot: SlackBot, line: str) -> None:
    answer = bot.command(line)

    assert_answer(answer)
    assert not answer.is_error, answer.text
    assert bot.fake.calls == []  # answers travel in the HTTP response, not through the Web API


def test_who_signed_names_the_signatories_and_date(bot: SlackBot) -> None:
    answer = bot.command("/who-signed")

    assert "Framework for the US-India Major Defence Partnership" in answer.blocks[0]["text"]["text"]
    signatories = answer.blocks[1]["text"]["text"]
    assert "*Rajnath Singh*, Defence Minister (India)" in signatories
    assert "*Pete Hegseth*, US Secretary of War (United States)" in signatories
    assert "*Date:* 31 Oct 2025" in answer.text
    assert "Kuala Lumpur" in answer.text
    assert "5 of 5 sources" in answer.text
    assert answer.payload["text"].endswith("signed by Rajnath Singh, Pete Hegseth on 31 Oct 2025")


def test_who_signed_sosa_says_no_signatories_are_named(bot: SlackBot) -> None:
    answer = bot.command("/who-signed sosa")

    assert "Security of Supply Arrangement (SOSA)" in answer.blocks[0]["text"]["text"]
    assert "*The sources name no signatories.*" in answer.blocks[1]["text"]["text"]
    assert "*Date:* Aug 2024" in answer.text
    assert "Rajnath Singh" not in answer.blocks[1]["text"]["text"]
    assert "single source" in answer.text


def test_timeline_is_in_chronological_order(bot: SlackBot) -> None:
    answer = bot.command("/timeline")

    entries = [
        line
        for block in answer.blocks
        if block["type"] == "section"
        for line in block["text"]["text"].splitlines()
    ]
    dates = [line.split("*")[1] for line in entries]
    assert dates.index("Aug 2024") < dates.index("16 Sep 2025") < dates.index("31 Oct 2025")
    assert "Rajnath Singh and Pete Hegseth signed" in entries[dates.index("31 Oct 2025")]
    undated = [i for i, d in enumerate(dates) if d == "date not reported"]
    assert undated == list(range(len(dates) - len(undated), len(dates)))  # undated entries come last
    assert "Page 1 of 1" in answer.text


def test_quote_of_someone_only_paraphrased(bot: SlackBot) -> None:
    answer = bot.command("/quote goyal")

    assert answer.blocks[0]["text"]["text"] == "Quotes: Piyush Goyal"
    assert "*No direct quotation in the sources* for Piyush Goyal." in answer.text
    assert "reported as saying that India would not rush into trade agreements" in answer.text
    assert answer.payload["text"] == "No direct quotation of Piyush Goyal in the sources"


def test_quote_shows_wording_variants_with_their_outlets(bot: SlackBot) -> None:
    answer = bot.command("/quote rajnath")

    assert answer.blocks[0]["text"]["text"] == "Quotes: Rajnath Singh"
    lines = answer.text.splitlines()
    quoted = next(line for line in lines if "rules-based Indo-Pacific region”" in line)
    variant = lines[lines.index(quoted) + 1]
    assert variant.startswith(">   _wording per 004_b866fdc46dd0074b:_")
    assert "rules-bound" in variant
    assert "_post on X · 31 Oct 2025" in answer.text


def test_sources_lists_outlets_and_disagreements(bot: SlackBot) -> None:
    answer = bot.command("/sources")

    assert "*The Telegraph* · `000_ec6a7b4aca683223` · by Imran Ahmed Siddiqui · 1 Nov 2025" in answer.text
    assert answer.text.count("`00") == 5  # every seed article by its document id
    assert "*Where the sources disagree*" in answer.text
    assert "“Peter Hegseth” — The Telegraph" in answer.text
    assert "“Marcon Rubio” — 001_71d3c31b3f2b2afb" in answer.text


def test_help_is_generated_from_the_listeners_docstrings(bot: SlackBot) -> None:
    answer = bot.command("/newsbot help")

    listeners = {}
    for listener in bot.app._listeners:
        function = getattr(listener, "ack_function", None)
        name = "/" + getattr(function, "__name__", "").removeprefix("handle_").replace("_", "-")
        if name in COMMANDS:
            listeners[name] = describe(name, function)
    assert set(listeners) == set(COMMANDS)
    assert [h.command for h in bot.helps] == list(COMMANDS)
    for command in COMMANDS:
        expected = listeners[command]
        assert expected in bot.helps
        assert f"*`{escape(expected.synopsis)}`* — {escape(expected.summary)}" in answer.text
        for detail in expected.details:
            assert escape(detail) in answer.text


def test_status_shows_the_model_counts(bot: SlackBot) -> None:
    stats = bot.runtime.story.current().stats()

    answer = bot.command("/newsbot status")

    assert answer.blocks[0]["text"]["text"] == "Newsbot status"
    assert stats["articles"] == 5
    assert (
        f"*Articles:* 5 · *Events:* {stats['events']} · *People:* {stats['people']} · "
        f"*Quotations:* {stats['quotations']}"
    ) in answer.text
    assert "*Next digest:* " in answer.text
    assert "`C0DIGEST001`" in answer.text


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("/timeline india us", "Timeline: india-us"),
        ("/timeline US-India", "Timeline: india-us"),
        ("/sources US-India", "Sources: india-us"),
        ("/timeline tarrifs", "Timeline: tariffs"),
        ("/sources tarrifs", "Sources: tariffs"),
        ("/quote hegsith", "Quotes: Pete Hegseth"),
        ("/timeline hegsith", "Timeline: Pete Hegseth"),
        ("/who-signed framework", "Who signed: Framework for the US-India Major Defence Partnership"),
    ],
)
def test_loose_arguments_resolve(bot: SlackBot, line: str, heading: str) -> None:
    answer = bot.command(line)

    assert_answer(answer)
    assert not answer.is_error, answer.text
    assert answer.blocks[0]["text"]["text"] == heading


@pytest.mark.parametrize(
    ("line", "suggestion"),
    [
        ("/who-signed zzqqxx", "`SOSA`"),
        ("/timeline zzqqxx", "`india-us`"),
        ("/quote zzqqxx", "`Pete Hegseth`"),
        ("/sources zzqqxx", "`trade`"),
    ],
)
def test_no_match_says_so_and_suggests(bot: SlackBot, line: str, suggestion: str) -> None:
    answer = bot.command(line)

    assert_answer(answer)
    assert answer.is_error
    (block,) = answer.blocks
    assert block["block_id"] == "newsbot-error"
    assert block["text"]["text"].startswith("Nothing matches ‘zzqqxx’. Did you mean: ")
    assert suggestion in block["text"]["text"]
    assert answer.payload["text"].startswith("Nothing matches ‘zzqqxx’")


RAW_CONTROL = ("<!", "<@", "<http", "<b>")
"""What typed text must never put into a reply unescaped: mentions, broadcasts, links, markup."""
HOSTILE = "<!channel> <!here> <@U123ABC> & <b>bold</b> @here <https://evil.example|click>"


@pytest.mark.parametrize(
    "line",
    [
        f"/who-signed {HOSTILE}",
        f"/timeline {HOSTILE}",
        f"/quote {HOSTILE}",
        f"/sources {HOSTILE}",
        f"/newsbot {HOSTILE}",
        f"/newsbot digest {HOSTILE}",
        # These resolve to answers, so the typed text also travels in the Share button's value.
        "/timeline trade <!channel> <@U123ABC> @here",
        "/sources trade & <b>x</b> <!here>",
        "/who-signed rajnath <!channel> <@U123ABC>",
        "/quote rajnath <!channel> <@U123ABC>",
        "/timeline rajnath <!channel> <@U123ABC>",
    ],
)
def test_typed_text_is_escaped_everywhere(bot: SlackBot, line: str) -> None:
    answer = bot.command(line)

    assert_answer(answer)
    for text in strings(answer.payload):  # button values included
        assert not [raw for raw in RAW_CONTROL if raw in text], text
    assert "@here" not in answer.text  # shown text: "@\u200bhere" is not linkified
    if answer.is_error:
        assert "&lt;!channel&gt;" in answer.text
    else:
        assert "Share in channel" in json.dumps(answer.payload)


def test_hostile_text_survives_the_share_button_escaped(bot: SlackBot) -> None:
    typed = "trade <!channel> <@U123ABC> @here"
    answer = bot.command(f"/timeline {typed}")
    assert not answer.is_error, answer.text
    block_id, share = button(answer.payload, "newsbot_share")
    assert json.loads(share["value"]) == {"c": "/timeline", "t": typed}

    clicked = bot.click(block_id, share, response_url="hostile-share")

    assert clicked.status == 200
    (call,) = bot.fake.wait_for("response_url:hostile-share")
    assert call.params["response_type"] == "in_channel"
    for text in strings(call.params):
        assert not [raw for raw in RAW_CONTROL if raw in text], text
    assert "@here" not in message_text(call.params)
    assert "&lt;!channel&gt;" in call.params["blocks"][-1]["elements"][0]["text"]


def test_an_answer_changes_when_a_new_article_changes_the_facts(slack: FakeSlackAPI, tmp_path: Path) -> None:
    bot = SlackBot(settings_for(slack, str(tmp_path / "nb.db")), slack)
    try:
        before = bot.command("/quote tremblay")
        assert before.is_error, before.text
        assert bot.command("/quote tremblay").payload == before.payload  # asked again: the same answer
        article = (
            "Published 05.06.25, 10:00 AM\n"
            "Canada and Poland sign Arctic sensor arrangement\n\n"
            "Canadian foreign minister Helene Tremblay and Polish defence minister Tomasz Wrona signed the "
            "Arctic Sensor Research Arrangement in Warsaw on Wednesday.\n\n"
            '"Our northern skies will be safer," Tremblay told reporters in Warsaw.\n'
        )
        report = bot.runtime.story.ingest([ArticleInput(doc="arctic", text=article)])
        assert report.added, report.failed
        after = bot.command("/quote tremblay")
        assert not after.is_error, after.text
        assert "Our northern skies will be safer" in message_text(after.payload)
    finally:
        bot.close()
