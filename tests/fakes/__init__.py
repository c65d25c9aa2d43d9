"""Local fakes for tests (no network beyond 127.0.0.1)."""

from tests.fakes.slack_api import FakeResponse, FakeSlackAPI, RecordedCall

__all__ = ["FakeResponse", "FakeSlackAPI", "RecordedCall"]
