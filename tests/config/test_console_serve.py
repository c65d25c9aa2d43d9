"""The README's first command ends in `newsbot serve`: without tokens it is console mode, answering stdin."""

from __future__ import annotations

from tests.config.conftest import Run


def test_console_serve_shows_help_then_answers_each_line_and_ends_at_end_of_input(newsbot: Run) -> None:
    result = newsbot("serve", stdin="/who-signed\n\nwho-signed\n/nope\n/timeline tarrifs\n")

    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "console mode" in out
    assert "/who-signed [agreement]" in out  # the help, generated from the handlers
    assert "Rajnath Singh" in out
    assert "31 Oct 2025" in out
    assert "A command starts with '/'" in out
    assert "Unknown command /nope" in out
    assert "25% reciprocal tariff" in out
    assert "Traceback" not in result.stderr


def test_console_serve_with_nothing_on_stdin_prints_help_and_exits(newsbot: Run) -> None:
    result = newsbot("serve", stdin="")

    assert result.returncode == 0, result.stderr
    assert "/timeline [topic | person]" in result.stdout
