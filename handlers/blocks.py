"""Block Kit builders: core results in, Slack messages out, always within Slack's limits."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

__all__ = [
    "MAX_BLOCKS",
    "Reply",
    "context",
    "divider",
    "escape",
    "fit",
    "header",
    "reply_text",
    "section",
]

MAX_BLOCKS = 50
"""Slack renders at most 50 blocks in a message."""
MAX_TEXT = 40_000
"""Slack truncates a message's top-level text beyond 40,000 characters."""
ERROR_BLOCK_ID = "newsbot-error"
"""block_id of the first block of a reply that reports a user mistake."""

_SPECIAL_MENTION = re.compile(r"@(?=(channel|here|everyone)\b)", re.IGNORECASE)


def escape(text: str) -> str:
    """Make any text safe to show in Slack: no mention, link or broadcast can come out of it.

    Slack's control characters &, < and > are escaped, so ``<!channel>`` and ``<@U123>`` show as
    typed; a zero-width space after ``@`` keeps bare ``@here``/``@channel`` from being linkified.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL_MENTION.sub("@\u200b", text)


def fit(text: str, limit: int) -> str:
    """Cut ``text`` to ``limit`` characters, ending with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    # Never leave half an escape sequence such as "&am" behind.
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut.rstrip() + "…"


def section(markdown: str, block_id: str | None = None) -> SectionBlock:
    """A mrkdwn section; the text is already escaped and is cut to Slack's limit."""
    return SectionBlock(
        text=MarkdownTextObject(text=fit(markdown, SectionBlock.text_max_length)), block_id=block_id
    )


def header(text: str) -> HeaderBlock:
    """A header; plain text, so nothing in it is parsed, cut to Slack's limit."""
    return HeaderBlock(text=PlainTextObject(text=fit(text, HeaderBlock.text_max_length)))


def context(*markdown: str) -> ContextBlock:
    """A context line (small grey text); at most Slack's element count."""
    elements = [
        MarkdownTextObject(text=fit(m, SectionBlock.text_max_length)) for m in markdown if m
    ][: ContextBlock.elements_max_length]
    return ContextBlock(elements=elements)


def divider() -> DividerBlock:
    """A divider line."""
    return DividerBlock()


def button(text: str, action_id: str, value: str, style: str | None = None) -> ButtonElement:
    """A button whose label and value fit Slack's limits."""
    return ButtonElement(
        text=PlainTextObject(text=fit(text, ButtonElement.text_max_length)),
        action_id=action_id,
        value=value[: ButtonElement.value_max_length],
        style=style,
    )


def actions(*elements: ButtonElement, block_id: str | None = None) -> ActionsBlock:
    """A row of buttons."""
    return ActionsBlock(elements=list(elements)[: ActionsBlock.elements_max_length], block_id=block_id)


@dataclass
class Reply:
    """A Slack message: fallback text plus blocks, kept within the 50-block limit."""

    text: str
    blocks: list[Block] = field(default_factory=list)
    response_type: str = "ephemeral"

    def add(self, *blocks: Block) -> None:
        """Append blocks; callers check ``room`` first when a list may run long."""
        self.blocks.extend(blocks)

    @property
    def room(self) -> int:
        """How many more blocks fit."""
        return MAX_BLOCKS - len(self.blocks)

    def payload(self) -> dict[str, Any]:
        """The message as Slack expects it (what ack, respond and chat.postMessage take)."""
        blocks = self.blocks[:MAX_BLOCKS]
        return {
            "response_type": self.response_type,
            "text": fit(self.text, MAX_TEXT),
            "blocks": [b.to_dict() for b in blocks],
        }


def error_reply(markdown: str) -> Reply:
    """A reply to a user mistake: one section, marked so the console can tell it apart."""
    return Reply(text=_plain(markdown), blocks=[section(markdown, block_id=ERROR_BLOCK_ID)])


def _plain(markdown: str) -> str:
    return markdown.replace("*", "").replace("`", "")


def reply_text(payload: dict[str, Any]) -> str:
    """Readable text of a Slack payload, for the console: what a person would see."""
    lines: list[str] = []
    for block in payload.get("blocks") or []:
        kind = block.get("type")
        if kind == "header":
            title = _unescape(block["text"]["text"])
            lines += [title, "=" * min(len(title), 72)]
        elif kind == "section":
            lines.append(_unescape(block["text"]["text"]))
            lines.extend(_unescape(f["text"]) for f in block.get("fields") or [])
        elif kind == "context":
            lines.append("  " + " · ".join(_unescape(e.get("text", "")) for e in block["elements"]))
        elif kind == "divider":
            lines.append("-" * 40)
        elif kind == "actions":
            labels = [e["text"]["text"] for e in block["elements"] if e.get("type") == "button"]
            lines.append("[" + "] [".join(labels) + "]")
    if not lines:
        lines.append(_unescape(str(payload.get("text", ""))))
    return "\n".join(lines)


def _unescape(text: str) -> str:
    return text.replace("\u200b", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def bullet_lines(lines: Iterable[str], limit: int = SectionBlock.text_max_length) -> list[str]:
    """Pack bullet lines into as few section texts as fit, never splitting a line."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        line = fit(line, limit)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            chunks.append(current)
            current = line
        else:
            current = candidate
    if current:
        chunks.append(current)
    return chunks


def sections(lines: Sequence[str]) -> list[SectionBlock]:
    """Bullet lines packed into sections."""
    return [section(chunk) for chunk in bullet_lines(lines)]
