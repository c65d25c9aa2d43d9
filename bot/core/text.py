"""Sentences and quotations in a paragraph, as character offsets into the article text."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass

__all__ = [
    "Caseless",
    "Folded",
    "QuoteSpan",
    "Sentence",
    "find_quotes",
    "grouped_alternation",
    "holds_any",
    "mask",
    "split_sentences",
]

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "adm", "sen", "rep", "gov", "hon", "st", "jr", "sr", "no",
    "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "fig", "approx", "dept", "govt", "est", "mt",
    "h.e", "brig", "maj", "capt", "cdr",
}  # fmt: skip
_BOUNDARY = re.compile(r"[.!?…]([”\"’')\]]*\s+)(?=[“\"‘(\[]?[A-Z0-9])")
"""A sentence's end: its stop, then (group 1, cut from the sentence) closing quotes or brackets and the space before
a capital or a digit. The stop is matched, not looked behind at, so that the search skips from stop to stop."""


_ESCAPE_OR_GROUP_NAME = re.compile(r"\\.|\(\?P[<=]")


class Caseless:
    """A case-insensitive pattern that reads ASCII text by its lowercase, case-sensitively.

    Both find the same spans (ASCII letters fold only to each other), and the second is several
    times faster than ``re.IGNORECASE``. The source is written in lowercase; a match over ASCII text
    is a match over its lowercase, so its groups read lowercase.
    """

    def __init__(self, source: str, hints: tuple[str, ...] = ()) -> None:
        """``hints``: lowercase words one of which every match holds; ASCII text without any is not searched."""
        literal = _ESCAPE_OR_GROUP_NAME.sub("", source)
        if literal != literal.lower() or any(hint != hint.lower() for hint in hints):
            raise ValueError(f"a caseless pattern is written in lowercase: {source!r}")
        self.any_case = re.compile(source, re.IGNORECASE)
        self.lowercase = re.compile(source)
        self.hints = hints

    def search(self, text: str) -> re.Match[str] | None:
        if text.isascii():
            low = text.lower()
            if self.hints and not holds_any(low, self.hints):
                return None
            return self.lowercase.search(low)
        return self.any_case.search(text)

    def count(self, text: str) -> int:
        """How many matches ``findall`` finds (without overlaps)."""
        if text.isascii():
            low = text.lower()
            if self.hints and not holds_any(low, self.hints):
                return 0
            return len(self.lowercase.findall(low))
        return len(self.any_case.findall(text))

    def search_lowered(self, text: str, low: str | None) -> re.Match[str] | None:
        """``search(text)``, given ``low``: ``text.lower()`` when ``text`` is ASCII, else None (read once for several
        patterns)."""
        if low is not None:
            if self.hints and not holds_any(low, self.hints):
                return None
            return self.lowercase.search(low)
        return self.any_case.search(text)


class Folded:
    """A case-insensitive pattern (``re.IGNORECASE``) searched first over the lowercase of ASCII text.

    Its source in lowercase, compiled without the flag, finds where the first match may start several times faster
    than the pattern; the pattern is then tried from there, so that the match (its groups, its ``re``) is the one the
    pattern finds. A part that keeps case ("(?-i:[A-Z])") reads the lowercase as a lowercase part, and so finds a
    match wherever the pattern does as long as it is positive: none may be a negated class or sit in a negative
    lookaround (the constructor refuses such a pattern).
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        source = pattern.pattern
        if not pattern.flags & re.IGNORECASE or not _only_positive_cased_parts(source):
            raise ValueError(f"not a pattern to fold: {source!r}")
        self.pattern = pattern
        self.lowercase = re.compile(_lowercase_source(source), pattern.flags & ~re.IGNORECASE)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if text.isascii():
            first = self.lowercase.search(text.lower(), pos, endpos)
            if first is None:
                return None
            pos = first.start()
        return self.pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if text.isascii() and self.lowercase.match(text.lower(), pos, endpos) is None:
            return None
        return self.pattern.match(text, pos, endpos)


_SOURCE_PIECE = re.compile(r"\\.|\(\?P[<=]\w+|\(\?-i:|\(\?<?[!=]?|\[\^?|\]|\(|\)")


def _lowercase_source(source: str) -> str:
    """``source`` with its letters in lowercase, but not an escape or a group's name, and its case-sensitive groups
    made plain ones."""
    pieces: list[str] = []
    pos = 0
    for m in re.finditer(r"\\.|\(\?P[<=]\w+|\(\?-i:", source):
        pieces.append(source[pos : m.start()].lower())
        pieces.append("(?:" if m.group() == "(?-i:" else m.group())
        pos = m.end()
    pieces.append(source[pos:].lower())
    return "".join(pieces)


def _only_positive_cased_parts(source: str) -> bool:
    """No negated class or negative lookaround inside a case-sensitive group, none inside a negative lookaround; only
    the escapes of character classes and of punctuation; no letter whose lowercase is two characters."""
    if any(len(c.lower()) != 1 for c in source):
        return False
    opened: list[str] = []  # the groups around the position read, by how they open
    in_class = False
    for m in _SOURCE_PIECE.finditer(source):
        piece = m.group()
        if piece.startswith("\\"):
            if piece[1].isalpha() and piece[1] not in "bBsSwWdDAZ":
                return False
        elif in_class:
            in_class = piece != "]"
        elif piece.startswith("["):
            in_class = True
            if piece == "[^" and "(?-i:" in opened:
                return False
        elif piece == ")":
            if opened:
                opened.pop()
        elif piece == "]":
            continue
        else:
            negative = piece in ("(?!", "(?<!")
            if (piece == "(?-i:" and ("(?!" in opened or "(?<!" in opened)) or (
                negative and "(?-i:" in opened
            ):
                return False
            opened.append(piece)
    return True


def grouped_alternation(words: list[str], word_start: bool = False) -> str:
    """``"|".join(re.escape(w) for w in words)`` for a case-sensitive pattern, with the words that open with the same
    character grouped after it, in their order: "s(?:aid|ays)|told".

    The same matches: at each position the search tries the same words, in the same order (those that open with the
    character there), but compares that character with one word of each group instead of with every word (twice as
    fast for the 70 verbs of speech, tried at every word's start).

    ``word_start``: the words where a word starts, as ``\\b(?:...)`` finds them, but with the boundary looked at
    behind the first character ("s(?<=\\bs)(?:aid|ays)"): the pattern then opens with a choice of characters, which the
    search skips to instead of trying the pattern at every character (several times faster).
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        if not word:
            raise ValueError("an empty word in an alternation")
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(
        re.escape(first)
        + (rf"(?<=\b{re.escape(first)})" if word_start else "")
        + ("(?:" + "|".join(re.escape(rest) for rest in rests) + ")" if rests != [""] else "")
        for first, rests in groups.items()
    )


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Any of ``words`` in ``text``: a cheap test before a pattern is tried."""
    for word in words:  # noqa: SIM110 - a plain loop: any() over a generator costs more than the test here
        if word in text:
            return True
    return False


_LAST_WORD = re.compile(r"([\w.]+)[.!?…]$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: offsets in the article text and the index of its paragraph."""

    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A direct quotation: offsets of the quoted words, without the quotation marks."""

    start: int
    end: int


def split_sentences(
    text: str, start: int, end: int, paragraph: int, found: list[QuoteSpan] | None = None
) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences; never inside a quotation or after an abbreviation.

    ``found``: the quotations of ``text[start:end]`` when the caller has read them already (``find_quotes``).
    """
    chunk = text[start:end]
    if found is None:
        found = find_quotes(text, start, end)
    quotes = [(q.start - start, q.end - start) for q in found]
    sentences: list[Sentence] = []
    last = 0
    for m in _BOUNDARY.finditer(chunk):
        cut = m.start(1)
        # The word before the stop, read in the last 40 characters (again in the whole piece if it may go on).
        window = max(last, cut - 40)
        word = _LAST_WORD.search(chunk, window, cut)
        if word is not None and word.start() == window > last:
            word = _LAST_WORD.search(chunk, last, cut)
        token = word.group(1).lower().rstrip(".") if word else ""
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue
        if any(qs < cut < qe for qs, qe in quotes) and not _quote_is_long(chunk, quotes, cut):
            continue
        piece_end = m.end() - len(m.group(1)) + len(m.group(1).rstrip())
        sentences.append(Sentence(start + last, start + piece_end, paragraph))
        last = m.end()
    tail = chunk[last:].rstrip()
    if tail.strip():
        sentences.append(Sentence(start + last, start + last + len(tail), paragraph))
    return sentences


def _quote_is_long(chunk: str, quotes: list[tuple[int, int]], cut: int) -> bool:
    """A long quotation spanning several sentences may be split; a short one may not."""
    for qs, qe in quotes:
        if qs < cut < qe:
            return qe - qs > 400
    return False


_QUOTE_PAIRS = (("“", "”"), ('"', '"'))
_SINGLE_QUOTED = re.compile(
    r"(?<![\w’'])[‘'](?=[A-Z0-9])((?:(?!\s[‘']|[’'](?=\s))[^\n])*?(?P<stop>[,.!?…]))[’'](?![\w’'])"
)
"""A quotation in single quotes, as British outlets write them: the words open with a capital and end with
punctuation inside the marks; an apostrophe inside ("don't", "India's") is no closing mark."""


_SINGLE_PARTIAL = re.compile(
    r"(?<![\w’'])[‘'](?=[a-z])((?:(?!\s[‘']|[’'](?=\s))[^\n]){3,160}?)[’'](?![\w’'])"
)
"""Words in single quotes that open in lower case: a partial quotation ('a business, not a tragedy') or a term."""
_CALLED_BEFORE = re.compile(
    r"(?<!so-)\b(?:described|describes|called|calls|termed|branded|dubbed|labelled|labeled|said|says|told|"
    r"promised|vowed|pledged|insisted|warned)\b[^.!?‘’'\n]{0,80}$"
)
"""Before a partial quotation in single quotes, the verb of saying that makes it one: "described the route as
'a business, not a tragedy'", "said the navy had acted 'within the law'" (not "the so-called 'green corridor'")."""
_SAID_AFTER = re.compile(
    # (the dot of "Ms. Nashfa said" is no sentence's end)
    r"(?:[^.!?\n]|(?<=\bM[rs])\.|(?<=\bDr)\.|(?<=\bMrs)\.|(?<=\bHon)\.|(?<=\bProf)\.){0,80}?\b(?:said|says|told|added|adds|insisted|replied|asked|wrote|warned|explained|stressed|noted|"
    r"argued|recalled|continued|admitted)\b"
)
"""After a quotation in single quotes that a comma ends: its attribution ("'We are ready,' she said")."""


def find_quotes(text: str, start: int, end: int) -> list[QuoteSpan]:
    """Quoted passages in ``text[start:end]``: in double quotes (curly or straight), and in single quotes where
    they quote words said ('We are ready,' she said. / She said: 'We are ready.' / described it as 'a business, not a
    tragedy'), not a title ('Operation X')."""
    spans: list[QuoteSpan] = []
    if text.find("'", start, end) >= 0 or text.find("‘", start, end) >= 0:
        for m in _SINGLE_QUOTED.finditer(text, start, end):
            # A comma inside the marks: an attribution must follow (not "'Made in Kenya, Sold in Britain,' the
            # slogan ..."). A full stop: the quotation opens the paragraph or follows a colon ("She said: 'We are
            # ready.'"); elsewhere it may close a title.
            before = text[start : m.start()].rstrip(" ")
            if (
                _SAID_AFTER.match(
                    text, m.end(), end
                )  # "'...,' she said", "'... Who will pay that?' he asked"
                or (m.group("stop") != "," and (not before or before.endswith(":")))
                # "'...,' Ms. Nashfa said at the harbour, where she met boat owners. 'What they need is ...'": the
                # same speaker's words go on after the sentence that told them
                or (
                    m.group("stop") != ","
                    and before.endswith((".", "!", "?"))
                    and spans
                    and spans[-1].start >= start
                )
            ):
                spans.append(QuoteSpan(m.start(1), m.end(1)))
        for m in _SINGLE_PARTIAL.finditer(text, start, end):
            if len(m.group(1).split()) >= 2 and _CALLED_BEFORE.search(
                text, max(start, m.start() - 120), m.start()
            ):
                spans.append(QuoteSpan(m.start(1), m.end(1)))
    for opener, closer in _QUOTE_PAIRS:
        pos = start
        while True:
            open_at = text.find(opener, pos, end)
            if open_at == -1:
                break
            close_at = text.find(closer, open_at + 1, end)
            if close_at == -1:
                # An unclosed quotation runs to the end of the paragraph.
                close_at = end
            spans.append(QuoteSpan(open_at + 1, close_at))
            pos = close_at + 1
    spans.sort(key=lambda q: q.start)
    result: list[QuoteSpan] = []
    for span in spans:
        if result and span.start < result[-1].end:
            continue
        result.append(span)
    return result


def mask(text: str, spans: list[tuple[int, int]], offset: int = 0) -> str:
    """``text`` with each span blanked out, keeping every offset where it was."""
    if not spans:
        return text  # most sentences quote nothing
    chars = list(text)
    for s, e in spans:
        lo, hi = max(s - offset, 0), min(e - offset, len(chars))
        if lo < hi:
            chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)
