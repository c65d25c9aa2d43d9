"""Tests of the fake Slack Web API itself, driven by a real slack_sdk WebClient."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import FixedValueRetryIntervalCalculator

from tests.fakes.slack_api import BOT_ID, BOT_USER_ID, TEAM_ID, FakeResponse, FakeSlackAPI

TOKEN = "xoxb-test"
NO_WAIT = FixedValueRetryIntervalCalculator(0.0)

BLOCKS = [{"type": "section", "text": {"type": "mrkdwn", "text": "*Breaking*"}}]
METADATA = {"event_type": "story_update", "event_payload": {"story_id": "s-42"}}


@pytest.fixture
def slack() -> Iterator[FakeSlackAPI]:
    with FakeSlackAPI(tokens={TOKEN}) as fake:
        yield fake


def make_client(slack: FakeSlackAPI, token: str | None = TOKEN, **kwargs: object) -> WebClient:
    kwargs.setdefault("retry_handlers", [])
    return WebClient(base_url=slack.url, token=token, timeout=5, **kwargs)  # type: ignore[arg-type]


def test_url_points_at_a_local_free_port(slack: FakeSlackAPI) -> None:
    assert slack.url == f"http://127.0.0.1:{slack.port}/api/"
    assert slack.port > 0


def test_auth_test_success_is_recorded_with_token(slack: FakeSlackAPI) -> None:
    response = make_client(slack).auth_test()

    assert response["ok"] is True
    assert (response["team_id"], response["user_id"], response["bot_id"]) == (TEAM_ID, BOT_USER_ID, BOT_ID)
    (call,) = slack.calls_to("auth.test")
    assert call.token == TOKEN
    assert call.status == 200
    assert call.header("authorization") == f"Bearer {TOKEN}"


def test_token_form_param_is_accepted_without_header(slack: FakeSlackAPI) -> None:
    # slack_sdk always moves the token into the Authorization header, so post the form by hand.
    request = urllib.request.Request(f"{slack.url}auth.test", data=f"token={TOKEN}".encode(), method="POST")

    with urllib.request.urlopen(request, timeout=5) as response:
        body = json.loads(response.read())

    assert body["ok"] is True
    (call,) = slack.calls
    assert call.token == TOKEN
    assert call.params == {"token": TOKEN}
    assert call.header("Authorization") is None


def test_missing_token_is_not_authed(slack: FakeSlackAPI) -> None:
    with pytest.raises(SlackApiError) as excinfo:
        make_client(slack, token=None).auth_test()

    assert excinfo.value.response.status_code == 200
    assert excinfo.value.response["error"] == "not_authed"
    (call,) = slack.calls_to("auth.test")
    assert call.token is None


def test_unknown_token_is_invalid_auth_and_does_not_consume_the_queue(slack: FakeSlackAPI) -> None:
    slack.queue("auth.test", FakeResponse.error("account_inactive"))

    with pytest.raises(SlackApiError) as excinfo:
        make_client(slack, token="xoxb-wrong").auth_test()

    assert excinfo.value.response["error"] == "invalid_auth"
    assert [c.token for c in slack.calls_to("auth.test")] == ["xoxb-wrong"]
    assert slack.queued_count("auth.test") == 1


def test_any_token_accepted_when_tokens_is_none() -> None:
    with FakeSlackAPI() as open_slack:
        assert make_client(open_slack, token="xoxb-anything").auth_test()["ok"] is True
        assert open_slack.calls[0].token == "xoxb-anything"


def test_post_message_with_blocks_and_metadata_then_history(slack: FakeSlackAPI) -> None:
    client = make_client(slack)

    first = client.chat_postMessage(channel="C123", text="first", blocks=BLOCKS, metadata=METADATA)
    second = client.chat_postMessage(channel="C123", text="second")

    assert first["channel"] == "C123"
    assert first["message"]["blocks"] == BLOCKS
    assert first["message"]["metadata"] == METADATA
    assert float(second["ts"]) > float(first["ts"])
    (call, _) = slack.calls_to("chat.postMessage")
    assert call.content_type is not None
    assert call.content_type.startswith("application/json")
    assert call.params["blocks"] == BLOCKS
    assert call.params["metadata"] == METADATA

    without_meta = client.conversations_history(channel="C123")
    assert [m["text"] for m in without_meta["messages"]] == ["second", "first"]  # newest first
    assert all("metadata" not in m for m in without_meta["messages"])

    with_meta = client.conversations_history(channel="C123", include_all_metadata=True)
    assert with_meta["messages"][1]["metadata"] == METADATA
    assert with_meta["messages"][1]["blocks"] == BLOCKS
    assert slack.calls_to("conversations.history")[1].params["include_all_metadata"] == "1"

    assert [m["ts"] for m in slack.posted_messages("C123")] == [first["ts"], second["ts"]]
    assert client.conversations_history(channel="C-other")["messages"] == []


def test_form_encoded_json_values_are_decoded(slack: FakeSlackAPI) -> None:
    response = make_client(slack).api_call(
        "chat.postMessage",
        params={
            "channel": "C9",
            "text": "form",
            "blocks": json.dumps(BLOCKS),
            "metadata": json.dumps(METADATA),
        },
    )

    assert response["message"]["blocks"] == BLOCKS
    (call,) = slack.calls_to("chat.postMessage")
    assert call.content_type == "application/x-www-form-urlencoded"
    assert call.params["blocks"] == BLOCKS
    assert call.params["metadata"] == METADATA
    assert slack.posted_messages("C9")[0]["metadata"] == METADATA


def test_history_honours_limit_oldest_and_latest(slack: FakeSlackAPI) -> None:
    client = make_client(slack)
    ts = [client.chat_postMessage(channel="C1", text=f"m{i}")["ts"] for i in range(4)]

    limited = client.conversations_history(channel="C1", limit=2)
    assert [m["text"] for m in limited["messages"]] == ["m3", "m2"]
    assert limited["has_more"] is True

    window = client.conversations_history(channel="C1", oldest=ts[0], latest=ts[3])
    assert [m["text"] for m in window["messages"]] == ["m2", "m1"]  # bounds exclusive, like Slack

    inclusive = client.conversations_history(channel="C1", oldest=ts[0], latest=ts[3], inclusive=True)
    assert [m["text"] for m in inclusive["messages"]] == ["m3", "m2", "m1", "m0"]


def test_queued_error_answers_are_consumed_in_order(slack: FakeSlackAPI) -> None:
    client = make_client(slack)
    slack.queue(
        "chat.postMessage", FakeResponse.error("channel_not_found"), FakeResponse.error("is_archived")
    )

    errors = []
    for _ in range(2):
        with pytest.raises(SlackApiError) as excinfo:
            client.chat_postMessage(channel="C1", text="hello")
        errors.append(excinfo.value.response["error"])
    ok = client.chat_postMessage(channel="C1", text="hello")

    assert errors == ["channel_not_found", "is_archived"]
    assert ok["ok"] is True
    assert [c.status for c in slack.calls_to("chat.postMessage")] == [200, 200, 200]
    assert len(slack.posted_messages("C1")) == 1  # queued errors have no side effects
    assert slack.queued_count() == 0


def test_rate_limited_call_is_retried_after_retry_after(slack: FakeSlackAPI) -> None:
    slack.queue("chat.postMessage", FakeResponse.rate_limited(retry_after=1))
    client = make_client(slack, retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=1)])

    response = client.chat_postMessage(channel="C1", text="once")

    assert response["ok"] is True
    first, second = slack.calls_to("chat.postMessage")
    assert (first.status, second.status) == (429, 200)
    assert second.at - first.at >= 1.0
    assert first.params == second.params
    assert [m["text"] for m in slack.posted_messages("C1")] == ["once"]


def test_server_error_is_retried(slack: FakeSlackAPI) -> None:
    slack.queue("chat.postMessage", FakeResponse.server_error(500))
    client = make_client(slack, retry_handlers=[ServerErrorRetryHandler(interval_calculator=NO_WAIT)])

    response = client.chat_postMessage(channel="C1", text="after 500")

    assert response["ok"] is True
    assert [c.status for c in slack.calls_to("chat.postMessage")] == [500, 200]
    assert len(slack.posted_messages("C1")) == 1


def test_server_error_without_retry_raises(slack: FakeSlackAPI) -> None:
    slack.queue("chat.postMessage", FakeResponse.server_error(503))

    with pytest.raises(SlackApiError) as excinfo:
        make_client(slack).chat_postMessage(channel="C1", text="lost")

    assert excinfo.value.response.status_code == 503
    assert [c.status for c in slack.calls] == [503]
    assert slack.posted_messages("C1") == []


def test_dropped_connection_is_retried(slack: FakeSlackAPI) -> None:
    slack.queue("chat.postMessage", FakeResponse.dropped())
    client = make_client(
        slack, retry_handlers=[ConnectionErrorRetryHandler(max_retry_count=1, interval_calculator=NO_WAIT)]
    )

    response = client.chat_postMessage(channel="C1", text="after drop")

    assert response["ok"] is True
    assert [c.status for c in slack.calls_to("chat.postMessage")] == [0, 200]
    assert [m["text"] for m in slack.posted_messages("C1")] == ["after drop"]


def test_dropped_connection_without_retry_is_a_connection_error(slack: FakeSlackAPI) -> None:
    slack.queue("auth.test", FakeResponse.dropped())

    with pytest.raises(ConnectionError):
        make_client(slack).auth_test()

    assert [c.status for c in slack.calls_to("auth.test")] == [0]


def test_slow_answer_is_delayed_but_recorded_on_arrival(slack: FakeSlackAPI) -> None:
    slack.queue("auth.test", FakeResponse.slow(0.3))
    client = make_client(slack)
    result: dict[str, object] = {}
    worker = threading.Thread(target=lambda: result.update(response=client.auth_test().data))
    started = time.monotonic()
    worker.start()

    (call,) = slack.wait_for("auth.test", timeout=2.0)  # recorded before the delayed answer
    worker.join(timeout=5.0)

    assert call.status == 200
    assert time.monotonic() - started >= 0.3
    assert isinstance(result["response"], dict)
    assert result["response"]["user_id"] == BOT_USER_ID  # the default answer, after the delay


def test_wait_for_returns_calls_made_from_another_thread(slack: FakeSlackAPI) -> None:
    client = make_client(slack)
    worker = threading.Thread(target=lambda: client.chat_postMessage(channel="C7", text="bg"))
    worker.start()

    calls = slack.wait_for("chat.postMessage", count=1, timeout=5.0)
    worker.join(timeout=5.0)

    assert calls[0].params["text"] == "bg"


def test_wait_for_times_out_with_assertion_error(slack: FakeSlackAPI) -> None:
    make_client(slack).chat_postMessage(channel="C1", text="only one")

    with pytest.raises(AssertionError, match=r"2 call\(s\) to 'chat.postMessage': got 1"):
        slack.wait_for("chat.postMessage", count=2, timeout=0.1)
    assert len(slack.calls_to("chat.postMessage")) == 1


def test_response_url_sink_records_json_post(slack: FakeSlackAPI) -> None:
    url = slack.response_url("r1")
    assert url == f"http://127.0.0.1:{slack.port}/response/r1"
    payload = {"response_type": "ephemeral", "text": "Working on it", "replace_original": False}
    request = urllib.request.Request(
        url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}, method="POST"
    )

    with urllib.request.urlopen(request, timeout=5) as response:
        status, body = response.status, response.read()

    assert (status, body) == (200, b"ok")
    (call,) = slack.wait_for("response_url:r1")
    assert call.params == payload
    assert call.token is None
    assert slack.calls_to("chat.postMessage") == []


def test_response_url_answers_are_queueable(slack: FakeSlackAPI) -> None:
    slack.queue("response_url:r2", FakeResponse(status=404, body={"error": "expired_url"}))
    request = urllib.request.Request(slack.response_url("r2"), data=b'{"text": "late"}', method="POST")

    with pytest.raises(urllib.error.HTTPError) as excinfo:
        urllib.request.urlopen(request, timeout=5)

    assert excinfo.value.code == 404
    excinfo.value.close()
    assert [(c.status, c.params) for c in slack.calls_to("response_url:r2")] == [(404, {"text": "late"})]


def test_update_delete_and_other_defaults(slack: FakeSlackAPI) -> None:
    client = make_client(slack)
    ts = client.chat_postMessage(channel="C1", text="draft")["ts"]

    assert client.chat_update(channel="C1", ts=ts, text="final")["message"]["text"] == "final"
    assert slack.posted_messages("C1")[0]["text"] == "final"
    assert client.chat_postEphemeral(channel="C1", user="U1", text="psst")["message_ts"]
    assert client.conversations_info(channel="C1")["channel"]["id"] == "C1"
    assert client.users_info(user="U1")["user"]["id"] == "U1"
    assert client.api_call("reactions.add", params={"name": "eyes"}).data == {"ok": True}
    assert client.chat_delete(channel="C1", ts=ts)["ok"] is True
    assert slack.posted_messages("C1") == []
    assert [c.api_method for c in slack.calls][-1] == "chat.delete"


def test_clear_forgets_calls_but_not_messages(slack: FakeSlackAPI) -> None:
    make_client(slack).chat_postMessage(channel="C1", text="kept")

    slack.clear()

    assert slack.calls == []
    assert len(slack.posted_messages("C1")) == 1
