"""Block Kit limits on the largest answers: a store with 200 generated articles on top of the seed."""

from __future__ import annotations

import json
from typing import Any

from slack_sdk.models.blocks import Block

from tests.slack.harness import SlackBot, button, buttons

LINES = (
    "/who-signed",
    "/who-signed sosa",
    "/timeline",
    "/quote",
    "/quote rajnath",
    "/sources",
    "/sources trade",
    "/sources defence",
    "/newsbot help",
    "/newsbot status",
    "/newsbot digest",
)
PAGED_TOPICS = ("trade", "defence", "tariffs", "diplomacy")


def assert_within_limits(where: str, payload: dict[str, Any]) -> None:
    blocks = payload["blocks"]
    assert 0 < len(blocks) <= 50, where
    assert 0 < len(payload["text"]) <= 40_000, where
    for raw in blocks:
        block = Block.parse(raw)
        assert block is not None, (where, raw)
        block.validate_json()
        kind = raw["type"]
        if kind == "section":
            assert len(raw["text"]["text"]) <= 3000, where
        elif kind == "header":
            assert len(raw["text"]["text"]) <= 150, where
        elif kind == "context":
            assert len(raw["elements"]) <= 10, where
        elif kind == "actions":
            assert len(raw["elements"]) <= 25, where
    for _block_id, element in buttons(payload):
        assert len(element["value"]) <= 2000, where
        json.loads(element["value"])  # readable when pressed


def test_every_answer_fits_block_kit_limits(corpus_bot: SlackBot) -> None:
    answers: dict[str, dict[str, Any]] = {}
    for line in LINES:
        answer = corpus_bot.command(line)
        assert answer.status == 200, (line, answer.body)
        assert not answer.is_error, (line, answer.text)
        answers[line] = answer.payload

    for topic in PAGED_TOPICS:
        current = corpus_bot.command(f"/timeline {topic}").payload
        answers[f"/timeline {topic} page 1"] = current
        page = 1
        while any(e["text"]["text"] == "Later ›" for _b, e in buttons(current)):
            page += 1
            block_id, later = button(current, "newsbot_timeline_page", "Later")
            corpus_bot.click(block_id, later, response_url=f"limits-{topic}-{page}")
            (call,) = corpus_bot.fake.wait_for(f"response_url:limits-{topic}-{page}")
            current = {k: v for k, v in call.params.items() if k != "replace_original"}
            answers[f"/timeline {topic} page {page}"] = current
        assert page > 1, f"/timeline {topic} should need more than one page"

    for where, payload in answers.items():
        assert_within_limits(where, payload)
    longest = max(
        len(b["text"]["text"]) for p in answers.values() for b in p["blocks"] if b["type"] == "section"
    )
    assert longest > 2500  # the corpus really fills sections up to the limit
    assert len(answers) > 20


def test_shared_answers_fit_block_kit_limits(corpus_bot: SlackBot) -> None:
    for n, line in enumerate(("/sources trade", "/quote", "/timeline trade")):
        answer = corpus_bot.command(line)
        block_id, share = button(answer.payload, "newsbot_share")
        corpus_bot.click(block_id, share, response_url=f"limits-share-{n}")
        (call,) = corpus_bot.fake.wait_for(f"response_url:limits-share-{n}")
        assert call.params["response_type"] == "in_channel"
        shared = {k: v for k, v in call.params.items() if k != "replace_original"}
        assert_within_limits(f"shared {line}", shared)
