"""Word tokens with offsets, and phrase lookup over them (longest match first).

Looking phrases up in dictionaries over tokens is linear in the text; a regex alternation of a
thousand country and place names is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Generic, NamedTuple, TypeVar

__all__ = ["PhraseIndex", "Token", "adjacent", "norm_phrase", "possessive", "tokenize"]

T = TypeVar("T")

_TOKEN = re.compile(r"[^\W_@#]?[@#]?[^\W_][\w.’'&-]*[\w’']|[^\W_%]|%")


class Token(NamedTuple):
    """A word and its offsets in the article text; ``lower`` is lowercase without a possessive ending."""

    start: int
    end: int
    text: str
    lower: str
    capitalised: bool


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``text[start:end]``, with offsets in ``text``."""
    tokens: list[Token] = []
    append = tokens.append
    known = _WORD_FORMS
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = m.group()
        form = known.get(word)
        if form is None:
            if len(known) >= _WORD_FORMS_MAX:
                known.clear()
            form = known[word] = _word_form(word)
        first = m.start()
        append(_new_token(Token, (first, first + len(word), word, form[0], form[1])))
    return tokens


def _word_form(word: str) -> tuple[str, bool]:
    """A word's ``lower`` and ``capitalised``, as its Token holds them."""
    lower = word.lower()
    if lower == word:
        lower = word  # (one string kept, not two)
    if "’" in lower or "'" in lower:
        lower = strip_possessive(lower)
    # "ʻAisake": a name may open with the ʻokina, a letter of Tongan, Hawaiian and Samoan.
    # "ʻAisake"; "al-Obaidi", "el-Shazly": a name with the Arabic article in lower case
    capitalised = (
        word[0].isupper()
        or (word[0] == "ʻ" and word[1:2].isupper())
        or (word[2:3] == "-" and word[:2] in ("al", "el") and word[3:4].isupper())
    )
    return lower, capitalised


_WORD_FORMS: dict[str, tuple[str, bool]] = {}
"""Each word's form (``_word_form``), remembered: most words of a text are words read before."""
_WORD_FORMS_MAX = 8_192
"""Words remembered at most; the memory is emptied when full (a word's form depends on the word alone). About 1 MiB
when full, with the words; the stored pages, read in turn, find 80 % of their words in it (85 % with 16,384)."""


_new_token = tuple.__new__
"""Builds a Token from a tuple without the Python-level ``Token.__new__`` (tokenize makes a great many)."""


def strip_possessive(word: str) -> str:
    """ "India’s" -> "India"; "ministers’" -> "ministers"."""
    if word.endswith(("’s", "'s")):
        return word[:-2]
    if word.endswith(("s’", "s'")):
        return word[:-1]
    return word.rstrip("’'")


def possessive(text: str, token: Token) -> bool:
    """True when the token is followed by 's (or ends with it)."""
    return token.text.endswith(("’s", "'s")) or text[token.end : token.end + 2] in ("’s", "'s")


def norm_phrase(phrase: str) -> str:
    """How phrases are compared: no dots, straight apostrophes, single spaces."""
    return " ".join(phrase.replace(".", "").replace("’", "'").split())


def adjacent(text: str, left: Token, right: Token) -> bool:
    """True when only spaces separate two tokens (no punctuation between)."""
    between = text[left.end : right.start]
    return not between.strip()


class PhraseIndex(Generic[T]):
    """Phrases (of up to ``max_words`` words) mapped to values, matched over tokens."""

    def __init__(self, phrases: Mapping[str, T] | Iterable[tuple[str, T]]) -> None:
        items = phrases.items() if isinstance(phrases, Mapping) else phrases
        self.values: dict[str, T] = {}
        self.prefixes: set[str] = set()
        self.max_words = 1
        for phrase, value in items:
            key = norm_phrase(phrase)
            if key and key not in self.values:
                self.values[key] = value
                words = key.split()
                self.max_words = max(self.max_words, len(words))
                for size in range(1, len(words)):
                    self.prefixes.add(" ".join(words[:size]))

    def get(self, phrase: str) -> T | None:
        """The value of one phrase, if known."""
        return self.values.get(norm_phrase(strip_possessive(phrase)))

    def find(self, text: str, tokens: list[Token], capitalised_only: bool = True) -> list[tuple[int, int, T]]:
        """Non-overlapping (start, end, value) matches, longest first; hyphenated compounds are split."""
        found: list[tuple[int, int, T]] = []
        values, prefixes = self.values, self.prefixes
        n = len(tokens)
        starts = [i for i, t in enumerate(tokens) if t.capitalised] if capitalised_only else range(n)
        resume = 0
        for i in starts:
            if i < resume:
                continue  # inside the phrase found last
            first = tokens[i]
            best: tuple[int, int, T] | None = None
            phrase = ""
            for length in range(1, min(self.max_words, n - i) + 1):
                word = tokens[i + length - 1]
                if length > 1 and not adjacent(text, tokens[i + length - 2], word):
                    break
                raw = word.text.replace(".", "").replace("’", "'")
                phrase = raw if length == 1 else f"{phrase} {raw}"
                bare = strip_possessive(phrase) if "'" in phrase else phrase
                value = values.get(bare)
                if value is not None:
                    best = (
                        length,
                        first.start + len(bare) + (word.text.count(".") if length == 1 else 0),
                        value,
                    )
                    if word.text.endswith(("’s", "'s")):
                        break
                if phrase not in prefixes:
                    break
            if best is not None:
                length, _end, value = best
                last = tokens[i + length - 1]
                end = last.start + len(strip_possessive(last.text))
                found.append((first.start, end, value))
                resume = i + length
                continue
            if "-" in first.text:
                offset = first.start
                for part in first.text.split("-"):
                    bare = strip_possessive(part)
                    value = self.values.get(norm_phrase(bare)) if bare[:1].isupper() else None
                    if value is not None:
                        found.append((offset, offset + len(bare), value))
                    offset += len(part) + 1
        return found
