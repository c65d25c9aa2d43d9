"""Normalising names: keys for matching, slugs for ids, tidy titles for display."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["name_key", "slugify", "tidy_title"]

_HONORIFIC = re.compile(
    r"^(?:mr|mrs|ms|dr|shri|smt|sri|sir|dame|prof|gen|lt|col|adm|sen|rep|gov|hon"
    r"|datuk|dato'?|datin|seri|haji|hajah|ratu|samdech|oknha|chumteav"
    r"|colonel|brigadier|lieutenant|commodore|admiral|captain|u|daw"
    r"|honourable|honorable|excellency|lyonpo|dasho|setia|pehin)\.?\s+|^(?:ing|lic|licda|arq|abg)\.\s*",
    re.I,
)


_MEMO = 1 << 16
"""Names and phrases remembered by name_key and slugify: the same ones recur across sentences and articles."""


_LETTERS = str.maketrans(
    {
        "ə": "a",
        "Ə": "A",
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "ß": "ss",
    }
)
"""Letters with no decomposition to ASCII, as they are written in English: "Məmmədli" is "Mammadli", "Łukasz"
"Lukasz" (they were dropped: "mmmdli", "ukasz")."""


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text.translate(_LETTERS)).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=_MEMO)
def name_key(name: str) -> str:
    """A person's name reduced for matching: no honorific, dots, possessive or case."""
    name = name.replace("’", "'").strip()
    name = re.sub(r"'s$", "", name)
    while _HONORIFIC.match(name):
        name = _HONORIFIC.sub("", name, count=1)
    name = name.replace(".", " ")
    return " ".join(_ascii(name).lower().split())


@lru_cache(maxsize=_MEMO)
def slugify(text: str) -> str:
    """Lowercase ASCII words joined by hyphens: "Framework for the US-India ..." -> "framework-for-the-us-india-..."."""
    text = _ascii(text.replace("’", "'")).lower().replace("'", "").replace(".", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def tidy_title(title: str) -> str:
    """A title as stated, with whitespace tidied and trailing commas dropped."""
    return " ".join(title.replace(",", " ").split())
