"""Write bot/core/data/months.json: month names, wide and abbreviated, in the forms a date uses ("4 ноября 2026",
"4 listopada 2026") and standing alone, for the languages of the outlets Newsbot reads, from CLDR through Babel.

    pip install babel && python tools/months_from_cldr.py

Babel is needed only to write the file, not to run Newsbot: the file is committed.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from babel import Locale, __version__  # type: ignore[import-not-found]

LOCALES = (
    "ru", "uk", "be", "bg", "mk", "sr", "sr_Latn", "hr", "bs", "sl", "cs", "sk", "pl", "hu", "ro", "el", "tr", "az",
    "kk", "ky", "uz", "tg", "mn", "ka", "hy", "sq", "lt", "lv", "et", "fi", "sv", "da", "nb", "nn", "is", "ca", "gl",
    "eu", "pt", "es", "fr", "it", "de", "nl", "id", "ms", "fil", "sw", "af", "vi", "ar", "ar_SY", "fa", "he",
    "km", "lo", "my", "ne", "hi", "bn", "si", "ny", "sn", "zu", "xh", "tn", "rw", "lg", "so", "am", "ha", "yo",
    "ig", "mg", "to", "ti", "om", "rn", "nd", "ak", "ln", "mi", "ps", "ur", "ta", "te", "mr", "gu", "pa", "kn", "ml",
    "th", "jv", "su", "ceb",
)  # fmt: skip
"""(ar_SY: the months of Syria, Lebanon, Jordan, Palestine and Iraq, "٧ نيسان ٢٠٢٦"; ar has the Egyptian and Gulf ones.)"""
OUT = Path(__file__).resolve().parent.parent / "bot" / "core" / "data" / "months.json"


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKC", word).lower().rstrip(".")


def main() -> None:
    found: dict[str, set[int]] = {}
    for code in LOCALES:
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    word = _fold(name)
                    # (at least three letters, but "آب", August in ar_SY, has two)
                    if (len(word) >= 3 or not word.isascii()) and not any(c.isdigit() for c in word):
                        found.setdefault(word, set()).add(number)
    # A word that is one month in one language and another in another ("listopada": November in Polish, October in
    # Croatian) says no month.
    names = {word: next(iter(numbers)) for word, numbers in found.items() if len(numbers) == 1}
    OUT.write_text(
        json.dumps(
            {"source": f"CLDR through Babel {__version__}", "locales": list(LOCALES), "months": names},
            ensure_ascii=False,
            indent=0,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(names)} month names from {len(LOCALES)} locales -> {OUT}")


if __name__ == "__main__":
    main()
