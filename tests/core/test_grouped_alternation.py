"""text.grouped_alternation: words grouped by their first character match as the plain alternation does (at a word's
start: as the plain alternation after a boundary)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core.text import grouped_alternation
from bot.core.vocab import SPEECH_VERBS

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


def test_groups_keep_the_words_order() -> None:
    assert grouped_alternation(["said", "says", "told", "s", "a.b"]) == r"s(?:aid|ays|)|t(?:old)|a(?:\.b)"
    assert grouped_alternation(["he", "him", "She"], word_start=True) == r"h(?<=\bh)(?:e|im)|S(?<=\bS)(?:he)"
    with pytest.raises(ValueError):
        grouped_alternation(["said", ""])


@pytest.mark.parametrize(
    "words",
    [
        sorted(SPEECH_VERBS, key=len, reverse=True),
        sorted(SPEECH_VERBS),
        ["on", "one", "o", "only", "of the", "ofx", "a", "an", "and", "at"],
    ],
)
def test_same_matches_as_the_plain_alternation(words: list[str]) -> None:
    lines = ["He said, she says: one of the only ones told of them", "An ant and a bat at one"]
    for page in sorted(PAGES.glob("*.txt"))[:40]:
        lines.extend(line for line in page.read_text(encoding="utf-8").splitlines() if line.strip())
    plain = "|".join(re.escape(w) for w in words)
    for template in (r"\b(?P<w>{})\b", r"(?P<w>{})", r"(?:{})\w*"):
        one = re.compile(template.format(plain))
        other = re.compile(template.format(grouped_alternation(words)))
        for line in lines:
            assert [(m.span(), m.groups()) for m in one.finditer(line)] == [
                (m.span(), m.groups()) for m in other.finditer(line)
            ]
    # at a word's start: the boundary looked at behind the first character
    for template in (r"\b(?P<w>{})\b", r"\b(?:{})\w*"):
        one = re.compile(template.format(plain))
        other = re.compile(template.replace(r"\b", "", 1).format(grouped_alternation(words, word_start=True)))
        for line in lines:
            assert [(m.span(), m.groups()) for m in one.finditer(line)] == [
                (m.span(), m.groups()) for m in other.finditer(line)
            ]
