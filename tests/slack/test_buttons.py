"""Buttons: Share in channel, and the timeline's page buttons, answered through response_url."""

from __future__ import annotations

import json

from tests.slack.harness import SlackBot, button, buttons, message_text


def test_share_posts_the_same_answer_in_channel_without_the_button(bot: SlackBot) -> None:
    answer = bot.command("/who-signed")
    block_id, share = button(answer.payload, "newsbot_share", "Share in channel")
    assert json.loads(share["value"]) == {"c": "/who-signed", "t": ""}

    clicked = bot.click(block_id, share, response_url="share-who-signed")

    assert clicked.status == 200
    (call,) = bot.fake.wait_for("response_url:share-who-signed")
    shared = call.params
    assert call.content_type is not None
    assert call.content_type.startswith("application/json")
    assert shared["response_type"] == "in_channel"
    assert shared["replace_original"] is False
    assert shared["text"] == answer.payload["text"]
    assert answer.blocks[-1]["type"] == "actions"
    assert shared["blocks"][:-1] == answer.blocks[:-1]  # the same answer, block for block
    assert shared["blocks"][-1]["type"] == "context"
    assert "Shared from Newsbot · `/who-signed`" in shared["blocks"][-1]["elements"][0]["text"]
    assert buttons(shared) == []
    assert "Rajnath Singh" in message_text(shared)


def test_share_of_an_answer_with_an_argument(bot: SlackBot) -> None:
    answer = bot.command("/quote hegsith")
    block_id, share = button(answer.payload, "newsbot_share")

    bot.click(block_id, share, response_url="share-quote")

    (call,) = bot.fake.wait_for("response_url:share-quote")
    assert call.params["response_type"] == "in_channel"
    assert call.params["blocks"][:-1] == answer.blocks[:-1]
    assert "`/quote hegsith`" in call.params["blocks"][-1]["elements"][0]["text"]


def test_share_of_a_long_unicode_argument_still_works(bot: SlackBot) -> None:
    typed = "trade " + "😀" * 250  # an emoji was 12 characters of JSON: the value used to be cut
    answer = bot.command(f"/timeline {typed}")
    assert not answer.is_error, answer.text
    block_id, share = button(answer.payload, "newsbot_share")
    assert len(share["value"]) <= 2000
    assert json.loads(share["value"]) == {"c": "/timeline", "t": typed}

    bot.click(block_id, share, response_url="share-long")

    (call,) = bot.fake.wait_for("response_url:share-long")
    assert call.params["response_type"] == "in_channel"
    assert call.params["blocks"][:-1] == answer.blocks[:-1]


def test_stale_share_button_gets_a_clear_ephemeral_reply(bot: SlackBot) -> None:
    answer = bot.command("/who-signed")
    block_id, share = button(answer.payload, "newsbot_share")

    bot.click(block_id, {**share, "value": '{"c": "/retired-command"}'}, response_url="share-stale")

    (call,) = bot.fake.wait_for("response_url:share-stale")
    assert call.params["response_type"] == "ephemeral"
    assert "out of date" in call.params["text"]


def _page_lines(payload: dict[str, object]) -> list[str]:
    return [
        line
        for block in payload["blocks"]  # type: ignore[attr-defined]
        if block["type"] == "section"
        for line in block["text"]["text"].splitlines()
    ]


def test_timeline_page_buttons_move_between_pages(corpus_bot: SlackBot) -> None:
    first = corpus_bot.command("/timeline defence")
    assert not first.is_error, first.text
    context = next(b for b in first.blocks if b["type"] == "context")["elements"][0]["text"]
    pages = int(context.split(" of ", 1)[1].split(" ", 1)[0])
    assert context.startswith("Page 1 of ")
    assert pages >= 3
    assert len(_page_lines(first.payload)) == 15
    assert [e["text"]["text"] for _b, e in buttons(first.payload)] == ["Later ›", "Share in channel"]

    block_id, later = button(first.payload, "newsbot_timeline_page", "Later")
    assert block_id == "newsbot-pages"
    assert corpus_bot.click(block_id, later, response_url="page-2").status == 200
    (call,) = corpus_bot.fake.wait_for("response_url:page-2")
    second = call.params
    assert second["replace_original"] is True
    assert second["response_type"] == "ephemeral"
    assert f"Page 2 of {pages}" in message_text(second)
    assert set(_page_lines(second)).isdisjoint(_page_lines(first.payload))
    assert [e["text"]["text"] for _b, e in buttons(second)] == ["‹ Earlier", "Later ›", "Share in channel"]

    block_id, earlier = button(second, "newsbot_timeline_page", "Earlier")
    corpus_bot.click(block_id, earlier, response_url="page-1")
    (call,) = corpus_bot.fake.wait_for("response_url:page-1")
    assert call.params["replace_original"] is True
    assert call.params["blocks"] == first.blocks

    shown = list(_page_lines(first.payload))
    current = first.payload
    for page in range(2, pages + 1):
        block_id, later = button(current, "newsbot_timeline_page", "Later")
        corpus_bot.click(block_id, later, response_url=f"walk-{page}")
        (call,) = corpus_bot.fake.wait_for(f"response_url:walk-{page}")
        current = call.params
        assert f"Page {page} of {pages}" in message_text(current)
        shown += _page_lines(current)
    assert [e["text"]["text"] for _b, e in buttons(current)] == ["‹ Earlier", "Share in channel"]
    assert f"({len(shown)} entries)" in first.payload["text"]


def test_a_page_button_with_a_foreign_value_shows_the_first_page(bot: SlackBot) -> None:
    first = bot.command("/timeline")
    assert not first.is_error, first.text
    for n, value in enumerate(['"[1]"', "[1]", '{"t": "india-us", "p": "x"}', "not json", '{"p": 1e999}']):
        button_ = {
            "action_id": "newsbot_timeline_page",
            "value": value,
            "text": {"type": "plain_text", "text": "Later"},
        }
        bot.click("newsbot-pages", button_, response_url=f"odd-{n}")
        (call,) = bot.fake.wait_for(f"response_url:odd-{n}")
        assert call.params["replace_original"] is True
        assert call.params["blocks"] == first.blocks, value
    assert bot.fake.calls_to("chat.postMessage") == []
