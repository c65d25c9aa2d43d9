"""tokens.tokenize: the remembered word forms give the tokens the word-by-word reading gives."""

from __future__ import annotations

from pathlib import Path

from bot.core import tokens
from bot.core.tokens import Token, strip_possessive, tokenize

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


def _read(text: str) -> list[Token]:
    """Each word read on its own, as tokenize read them before it remembered their forms."""
    found = []
    for m in tokens._TOKEN.finditer(text):
        word = m.group()
        lower = word.lower()
        if "’" in lower or "'" in lower:
            lower = strip_possessive(lower)
        capitalised = (
            word[0].isupper()
            or (word[0] == "ʻ" and word[1:2].isupper())
            or (word[2:3] == "-" and word[:2] in ("al", "el") and word[3:4].isupper())
        )
        found.append(Token(m.start(), m.end(), word, lower, capitalised))
    return found


def test_same_tokens_as_read_word_by_word() -> None:
    texts = [
        "India’s ministers’ don't ʻAisake al-Obaidi el-Shazly al-qaeda INDIA'S İstanbul @Handle #Tag 10%"
    ]
    texts += [page.read_text(encoding="utf-8") for page in sorted(PAGES.glob("*.txt"))[:80]]
    for text in texts * 2:  # the second time from the remembered forms
        assert tokenize(text) == _read(text)
    tokens._WORD_FORMS.clear()
    for text in texts:
        assert tokenize(text) == _read(text)
