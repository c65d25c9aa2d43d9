"""text.Folded: a case-insensitive pattern searched first over lower-cased text finds what the pattern finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core import extract
from bot.core.text import Folded

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


def _lines() -> list[str]:
    lines = [
        "The two ministers met in Kigali on Tuesday.",
        "Delegations had spent Tuesday and Wednesday in Reykjavík at the annual bilateral fisheries consultations.",
        "The previous round, held in Bergen in March, had broken up.",
        "MET IN KIGALI",
        "who landed at Carrasco on Monday morning",
    ]
    for page in sorted(PAGES.glob("*.txt"))[:40]:
        lines.extend(line for line in page.read_text(encoding="utf-8").splitlines() if line.strip())
    return lines


def _found(match: re.Match[str] | None) -> tuple[tuple[int, int], tuple[str | None, ...]] | None:
    return (match.span(), match.groups()) if match else None


@pytest.mark.parametrize("name", ["_MEET", "_VISIT", "_SIGN", "_SAME_DAY", "_SAME_OCCASION", "_DURING_VISIT"])
def test_a_folded_pattern_finds_the_match_its_pattern_finds_at_every_start(name: str) -> None:
    folded = getattr(extract, name)
    assert isinstance(folded, Folded)
    for line in _lines():
        for pos in range(0, len(line), 7):
            assert _found(folded.search(line, pos)) == _found(folded.pattern.search(line, pos)), line
            assert _found(folded.match(line, pos)) == _found(folded.pattern.match(line, pos)), line


def test_a_pattern_that_cannot_be_folded_is_refused() -> None:
    with pytest.raises(ValueError, match="not a pattern to fold"):
        Folded(re.compile(r"met"))  # not case-insensitive
    with pytest.raises(ValueError, match="not a pattern to fold"):
        Folded(re.compile(r"met (?-i:[^A-Z])", re.IGNORECASE))  # a negated class that keeps case
    with pytest.raises(ValueError, match="not a pattern to fold"):
        Folded(
            re.compile(r"met (?!(?-i:[A-Z]))", re.IGNORECASE)
        )  # a case-sensitive part in a negative lookahead
