"""What a posted digest says, from the seed model and from articles ingested after it."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.pipeline import ArticleInput
from bot.runtime import Runtime
from bot.scheduler import slot_key
from tests.digest.conftest import CHANNEL, Clock, block_texts, make_poster, new_section
from tests.fakes.slack_api import FakeSlackAPI

LONDON = ZoneInfo("Europe/London")
MONDAY = datetime(2025, 11, 10, 9, 0, tzinfo=LONDON)
TUESDAY = MONDAY + timedelta(days=1)
WEDNESDAY = MONDAY + timedelta(days=2)

MINERALS_ARTICLE = """India, US sign critical minerals pact in Washington

NEW DELHI, 14 November 2025

India and the United States on Thursday signed the Critical Minerals Supply Chain Agreement in Washington, \
the commerce ministry said.

Commerce minister Piyush Goyal and US Commerce Secretary Howard Lutnick signed the agreement at the \
Department of Commerce.

"This agreement secures the supply chains of both countries," Goyal said.
"""

FRAMEWORK_ARTICLE = """India, US renew defence framework for 10 years

KUALA LUMPUR, 1 November 2025

Defence minister Rajnath Singh and US Secretary of War Pete Hegseth on Friday signed the Framework for the \
US-India Major Defence Partnership in Kuala Lumpur.

The 10-year framework was signed on the sidelines of the ASEAN Defence Ministers' Meeting Plus, officials said.

"This will usher in a new era in our defence partnership," Singh said.
"""


def ingest(runtime: Runtime, doc: str, text: str, published: date) -> None:
    report = runtime.story.ingest([ArticleInput(doc=doc, text=text, outlet="The Hindu", published=published)])
    assert [name for name, _counts in report.added] == [doc], report


def section(texts: list[str], title: str) -> str:
    (found,) = [t for t in texts if t.startswith(f"*{title}*\n")]
    return found


def test_first_digest_from_the_seed_model(runtime: Runtime, slack: FakeSlackAPI) -> None:
    poster = make_poster(runtime, Clock(MONDAY + timedelta(seconds=1)))

    assert poster.run_slot(MONDAY) == {CHANNEL: "posted"}

    (call,) = slack.calls_to("chat.postMessage")
    texts = block_texts(call)
    headline, sources = texts[1], texts[2]
    assert headline.startswith("*31 Oct 2025* — ")
    assert "signed the Framework for the US-India Major Defence Partnership in Kuala Lumpur" in headline
    assert sources.startswith("*5 sources:*")
    assert "Framework for the US-India Major Defence Partnership" in call.params["text"]
    assert "*Related developments*" in texts

    tariffs = section(texts, "Tariffs")
    assert "25% reciprocal" in tariffs
    assert "25% penalty" in tariffs
    for line in tariffs.splitlines():
        for figure in re.findall(r"\d+(?:\.\d+)?%", line):
            if figure != "25%":
                assert f"computed: {figure}" in line, line  # a total is never shown as reported
    assert "computed: 50%" in tariffs

    trade = section(texts, "Trade talks")
    assert "latest status" in trade.splitlines()[1]
    assert "Talks on the trade deal" in trade.splitlines()[1]

    assert new_section(call) == (
        "*New since the last digest:* this is the first digest here; it covers 5 articles."
    )
    assert call.params["metadata"] == {
        "event_type": "newsbot_digest",
        "event_payload": {"slot_key": slot_key(CHANNEL, MONDAY)},
    }
    blocks = call.params["blocks"]
    assert len(blocks) <= 50
    assert all(len(t) <= 3000 for t in texts)


def test_related_sections_follow_the_models_topics(runtime: Runtime) -> None:
    digest = make_poster(runtime, Clock(MONDAY)).preview()
    topics = set(runtime.story.current().topics())

    assert {s.topic for s in digest.related} <= topics
    assert [s.title for s in digest.related][:2] == ["Tariffs", "Trade talks"]
    assert digest.first


def test_new_since_the_last_digest_lists_an_ingested_event_then_nothing_new(
    runtime: Runtime, slack: FakeSlackAPI
) -> None:
    clock = Clock(MONDAY)
    poster = make_poster(runtime, clock)
    assert poster.run_slot(MONDAY) == {CHANNEL: "posted"}

    ingest(runtime, "hindu-minerals", MINERALS_ARTICLE, date(2025, 11, 14))
    clock.now = TUESDAY
    assert poster.run_slot(TUESDAY) == {CHANNEL: "posted"}
    clock.now = WEDNESDAY
    assert poster.run_slot(WEDNESDAY) == {CHANNEL: "posted"}

    _first, second, third = slack.calls_to("chat.postMessage")
    news = new_section(second)
    assert news.startswith("*New since the last digest*\n")
    (item,) = news.splitlines()[1:]
    assert item.startswith("• *13 Nov 2025* — ")
    assert "signed the Critical Minerals Supply Chain Agreement in Washington" in item
    assert item.endswith("(1 source) _new_")
    assert "Framework for the US-India Major Defence Partnership" in block_texts(second)[1]  # headline kept
    assert new_section(third) == "*New since the last digest:* nothing new."


def test_a_changed_fact_is_new_too(runtime: Runtime, slack: FakeSlackAPI) -> None:
    clock = Clock(MONDAY)
    poster = make_poster(runtime, clock)
    poster.run_slot(MONDAY)

    ingest(runtime, "hindu-framework", FRAMEWORK_ARTICLE, date(2025, 11, 1))
    clock.now = TUESDAY
    poster.run_slot(TUESDAY)

    (item,) = new_section(slack.calls_to("chat.postMessage")[1]).splitlines()[1:]
    assert "Framework for the US-India Major Defence Partnership" in item
    assert "now 6 sources (was 5)" in item


def test_skip_empty_posts_nothing_when_nothing_is_new(runtime: Runtime, slack: FakeSlackAPI) -> None:
    clock = Clock(MONDAY)
    poster = make_poster(runtime, clock, skip_empty=True)
    assert poster.run_slot(MONDAY) == {CHANNEL: "posted"}  # the first digest always has news
    slack.clear()

    clock.now = TUESDAY
    assert poster.run_slot(TUESDAY) == {CHANNEL: "skipped"}

    assert slack.calls == []
    assert slack.posted_messages(CHANNEL)[-1]["metadata"]["event_payload"]["slot_key"] == slot_key(
        CHANNEL, MONDAY
    )
    skipped = runtime.store.slot(slot_key(CHANNEL, TUESDAY))
    assert skipped is not None
    assert skipped.state == "skipped"
    assert poster.run_slot(TUESDAY) == {CHANNEL: "already posted"}

    # News is counted from the last *posted* digest, so the skipped slot hides nothing.
    ingest(runtime, "hindu-minerals", MINERALS_ARTICLE, date(2025, 11, 14))
    clock.now = WEDNESDAY
    assert poster.run_slot(WEDNESDAY) == {CHANNEL: "posted"}
    (call,) = slack.calls_to("chat.postMessage")
    assert "Critical Minerals Supply Chain Agreement" in new_section(call)


def test_the_stored_digest_records_what_it_covered(runtime: Runtime, slack: FakeSlackAPI) -> None:
    poster = make_poster(runtime, Clock(MONDAY))
    poster.run_slot(MONDAY)

    posted = runtime.store.last_posted(CHANNEL)
    assert posted is not None
    assert posted.state == "posted"
    assert posted.message_ts == slack.posted_messages(CHANNEL)[0]["ts"]
    assert posted.covers_seq == 5
    assert posted.digest is not None
    assert len(json.loads(posted.digest)) == len(runtime.story.current().story.events)
