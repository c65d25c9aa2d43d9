"""clean._ends_a_sentence: the last character tested, as the pattern _SENTENCE_END finds it."""

from __future__ import annotations

from pathlib import Path

from bot.core.clean import _SENTENCE_END, _ends_a_sentence

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


def test_same_as_the_pattern() -> None:
    lines = [
        "",
        " ",
        "Done.",
        "Done. \n",
        "Done.\n\n",
        "“Done”",
        "(a)",
        "[b] \u00a0",
        "x\u2003",
        "… ",
        "a.b",
        "'q'\t",
    ]
    lines += ["end.\u2028", "end\u3000.", "‘x’ \x0b\x0c", "no stop", "stop!? \r\n"]
    for page in sorted(PAGES.glob("*.txt"))[:80]:
        text = page.read_text(encoding="utf-8")
        lines.extend(text.splitlines())
        lines.extend(text[i : i + 60] for i in range(0, len(text), 53))
    # every character that is blank to both (29, up to U+3000)
    blanks = "".join(c for c in map(chr, range(0x3100)) if c.isspace())
    lines += [f"Done.{blanks}", f"Done{blanks}", blanks]
    for line in lines:
        assert _ends_a_sentence(line) == (_SENTENCE_END.search(line) is not None), repr(line)
