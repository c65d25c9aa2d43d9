"""Block Kit builders: core results in, Slack messages out, always within Slack's limits."""

from __future__ import annotations

import json
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

from bot.core.merge import normalise_words

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
    elements = [MarkdownTextObject(text=fit(m, SectionBlock.text_max_length)) for m in markdown if m][
        : ContextBlock.elements_max_length
    ]
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
    _payload: tuple[tuple[Any, ...], dict[str, Any]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _json: tuple[tuple[Any, ...], str] | None = field(default=None, init=False, repr=False, compare=False)

    def add(self, *blocks: Block) -> None:
        """Append blocks; callers check ``room`` first when a list may run long."""
        self.blocks.extend(blocks)

    @property
    def room(self) -> int:
        """How many more blocks fit."""
        return MAX_BLOCKS - len(self.blocks)

    def payload(self) -> dict[str, Any]:
        """The message as Slack expects it (what ack, respond and chat.postMessage take).

        Built once per state of the reply: slack_sdk validates every block as it serialises it, and a
        cached answer is sent many times.
        """
        return dict(self._built()[1])

    def json(self) -> str:
        """``payload()`` as the JSON body of an HTTP answer, built once per state of the reply like the
        payload: a large answer (/sources on a big model) takes longer to serialise than to send."""
        state, payload = self._built()
        if self._json is None or self._json[0] != state:
            self._json = (state, json.dumps(payload))
        return self._json[1]

    def _built(self) -> tuple[tuple[Any, ...], dict[str, Any]]:
        state = (self.text, self.response_type, len(self.blocks), id(self.blocks[-1]) if self.blocks else 0)
        if self._payload is None or self._payload[0] != state:
            payload = {
                "response_type": self.response_type,
                "text": fit(self.text, MAX_TEXT),
                "blocks": [b.to_dict() for b in self.blocks[:MAX_BLOCKS]],
            }
            self._payload = (state, payload)
        return self._payload


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


# ---------------------------------------------------------------------- builders of answers

SHARE_ACTION = "newsbot_share"
PAGE_ACTION = "newsbot_timeline_page"
TIMELINE_PAGE_SIZE = 15


def _sources_line(refs: Sequence[Any], total: int | None = None) -> str:
    labels = ", ".join(escape(r.label) for r in refs)
    count = (
        f"{len(refs)} of {total} sources" if total else f"{len(refs)} source{'s' if len(refs) != 1 else ''}"
    )
    return f"*{count}:* {labels}" if labels else f"*{count}*"


def _count(sources: Sequence[str]) -> str:
    n = len(sources)
    return "1 source" if n == 1 else f"{n} sources"


def _cited(items: Sequence[Any], index: Any) -> str:
    """ "Kuala Lumpur (4 sources) · ..." with who said which when they differ."""
    if not items:
        return ""
    if len(items) == 1:
        return f"{escape(items[0].value)} ({_count(items[0].sources)})"
    parts = []
    for item in items:
        who = ", ".join(escape(index.source_ref(d).short) for d in item.sources)
        parts.append(f"{escape(item.value)} — per {who}")
    return "; ".join(parts)


def button_value(data: dict[str, Any]) -> str:
    """A button's value as JSON, with &, < and > as JSON escapes so typed text never appears raw.

    Not ASCII-escaped: an emoji stays one character instead of twelve, so a 300-character argument
    fits Slack's 2,000-character value limit whole (cut JSON could not be read back).
    """
    value = json.dumps(data, ensure_ascii=False)
    return value.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def share_button(command: str, text: str) -> ButtonElement:
    """ "Share in channel": posts the same answer to the channel."""
    value = button_value({"c": command, "t": text[:500]})
    return button("Share in channel", SHARE_ACTION, value, style="primary")


def finish_reply(reply: Reply, command: str, text: str, shared: bool) -> Reply:
    """Add the Share button (ephemeral answers) or mark the answer as shared."""
    if shared:
        reply.response_type = "in_channel"
        if reply.room >= 1:
            reply.add(context(f"Shared from Newsbot · `{escape(f'{command} {text}'.strip())}`"))
    elif reply.room >= 1:
        reply.add(actions(share_button(command, text)))
    return reply


def no_match_reply(answer: Any) -> Reply:
    """ "Nothing matches 'x'. Did you mean: ...?" """
    query = escape(fit(answer.query.strip(), 200))
    if answer.suggestions:
        options = ", ".join(f"`{escape(s)}`" for s in answer.suggestions)
        return error_reply(f"Nothing matches ‘{query}’. Did you mean: {options}?")
    return error_reply(
        f"Nothing matches ‘{query}’, and the story has no {escape(answer.what)} to suggest yet."
    )


def who_signed_reply(answer: Any, index: Any) -> Reply:
    """Signatories, agreement, date and how it was worked out, place, occasion, corroboration, citations."""
    title = answer.agreement + (
        f" ({answer.acronym})" if answer.acronym and answer.acronym not in answer.agreement else ""
    )
    reply = Reply(text=f"Who signed the {title}")
    reply.add(header(f"Who signed: {title}"))
    if answer.signatories:
        lines = []
        for person in answer.signatories:
            country = f" ({escape(person.country)})" if person.country else ""
            lines.append(
                f"• *{escape(person.name)}*, {escape(person.title or 'title not reported')}{country}"
            )
        who = "\n".join(lines)
        named_by = len(answer.signatory_sources)
        who += f"\n_Named as signatories by {named_by} of {len(answer.sources)} reporting sources._"
    else:
        parties = escape(" and ".join(answer.parties)) or "the parties"
        who = (
            f"*The sources name no signatories.* They report that {parties} signed it"
            f"{' in ' + escape(answer.when.label()) if answer.when else ''}."
        )
    reply.add(section(who))
    facts = []
    if answer.parties and answer.signatories:
        facts.append(f"*Parties:* {escape(', '.join(answer.parties))}")
    if answer.when is not None:
        how = answer.when.explain()
        facts.append(f"*Date:* {escape(answer.when.label())}" + (f" ({escape(how)})" if how else ""))
        if len(answer.dates) > 1 and not all(answer.dates[0][0].overlaps(w) for w, _s in answer.dates[1:]):
            others = "; ".join(f"{escape(w.label())} per {len(s)}" for w, s in answer.dates[1:])
            facts.append(f"  _Other datings:_ {others}")
    else:
        facts.append("*Date:* not reported")
    if answer.places:
        facts.append(f"*Place:* {_cited(answer.places, index)}")
    if answer.occasions:
        label = "Occasion" if len(answer.occasions) == 1 else "Occasion (sources differ)"
        facts.append(f"*{label}:* {_cited(answer.occasions, index)}")
    if answer.notes:
        facts.append("*Described as:* " + "; ".join(escape(n.value) for n in answer.notes))
    if answer.status and answer.status != "signed":
        facts.append(f"*Status:* {escape(answer.status)}")
    corroboration = f"*Corroboration:* {len(answer.sources)} of {answer.total_sources} sources"
    if len(answer.sources) == 1:
        corroboration += " — _single source_"
    facts.append(corroboration)
    reply.add(section("\n".join(facts)))
    reply.add(context(_sources_line(answer.sources)))
    if answer.other_agreements:
        reply.add(
            context(
                "Other signings in the story: "
                + ", ".join(f"`{escape(n)}`" for n in answer.other_agreements[:5])
            )
        )
    signed = ", ".join(p.name for p in answer.signatories) or " and ".join(answer.parties)
    reply.text = f"{title}: signed by {signed}" + (f" on {answer.when.label()}" if answer.when else "")
    return reply


def timeline_reply(answer: Any, page: int = 0, text: str = "") -> Reply:
    """A chronological list, paged within Slack's limits, with source counts and single-source markers."""
    entries = list(answer.entries) + list(answer.undated)
    pages = max(1, -(-len(entries) // TIMELINE_PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    shown = entries[page * TIMELINE_PAGE_SIZE : (page + 1) * TIMELINE_PAGE_SIZE]
    reply = Reply(text=f"Timeline: {answer.subject} ({len(entries)} entries)")
    reply.add(header(f"Timeline: {answer.subject}"))
    if not entries:
        reply.add(section("Nothing dated in the story for this yet."))
        return reply
    lines = []
    for entry in shown:
        when = entry.when.label() if entry.when else "date not reported"
        marker = " ⚠ _single-source_" if entry.single_source else ""
        lines.append(f"• *{escape(when)}* — {escape(entry.text)} ({_count(entry.sources)}){marker}")
    reply.add(*sections(lines)[: max(1, reply.room - 4)])
    reply.add(
        context(
            f"Page {page + 1} of {pages} · {len(answer.entries)} dated, {len(answer.undated)} undated · "
            + _sources_line(answer.sources)
        )
    )
    buttons = []
    if page > 0:
        buttons.append(button("‹ Earlier", PAGE_ACTION, button_value({"t": text[:500], "p": page - 1})))
    if page + 1 < pages:
        buttons.append(button("Later ›", PAGE_ACTION, button_value({"t": text[:500], "p": page + 1})))
    if buttons:
        reply.add(actions(*buttons, block_id="newsbot-pages"))
    return reply


def quote_reply(answer: Any, index: Any) -> Reply:
    """Direct quotations with channel, date, sources and wording variants; else what was reported."""
    person = answer.person
    reply = Reply(text=f"Quotations: {person.name}")
    reply.add(header(f"Quotes: {person.name}"))
    if person.title:
        reply.add(context(escape(person.title) + (f" ({escape(person.country)})" if person.country else "")))
    if not answer.groups:
        reply.add(section(f"*No direct quotation in the sources* for {escape(person.name)}."))
        if answer.paraphrases:
            lines = []
            for gist, when, sources in answer.paraphrases:
                date = f"{when.label()}: " if when else ""
                lines.append(f"• {escape(date)}reported as saying that {escape(gist)} ({_count(sources)})")
            reply.add(section("*What they were reported as saying:*"))
            reply.add(*sections(lines)[: max(1, reply.room - 3)])
        reply.add(context(_sources_line(answer.sources)))
        reply.text = f"No direct quotation of {person.name} in the sources"
        return reply
    for group in answer.groups:
        if reply.room <= 3:
            break
        channel = group.channel or "channel not stated"
        date = group.when.label() if group.when else "date not stated"
        lines = [f"_{escape(channel)} · {escape(date)} · {_count(group.sources)}_"]
        for text, sources, variants in group.quotes:
            lines.append(f"> “{escape(text)}” ({_count(sources)})")
            for variant in variants:
                who = ", ".join(escape(index.source_ref(d).short) for d in variant.sources)
                how = (
                    "quoted in part by"
                    if normalise_words(variant.value) in normalise_words(text)
                    else "wording per"
                )
                lines.append(f">   _{how} {who}:_ “{escape(variant.value)}”")
        reply.add(*sections(lines)[: max(1, reply.room - 3)])
    if answer.paraphrases and reply.room > 3:
        lines = [
            f"• reported as saying that {escape(g)} ({_count(s)})" for g, _w, s in answer.paraphrases[:5]
        ]
        reply.add(section("*Also reported, not quoted:*\n" + "\n".join(lines)))
    reply.add(context(_sources_line(answer.sources)))
    return reply


def sources_reply(answer: Any, index: Any) -> Reply:
    """The sources behind a topic and where they disagree."""
    reply = Reply(text=f"Sources: {answer.subject} ({len(answer.sources)})")
    reply.add(header(f"Sources: {answer.subject}"))
    lines = []
    for ref in answer.sources:
        parts = [f"*{escape(ref.outlet)}*" if ref.outlet else "*outlet unknown*", f"`{escape(ref.doc)}`"]
        if ref.byline:
            parts.append(f"by {escape(ref.byline)}")
        if ref.published:
            inferred = " (year inferred)" if ref.published_basis.startswith("stated") else " (date inferred)"
            parts.append(f"{escape(ref.published)}" + (inferred if ref.inferred else ""))
        count = answer.counts.get(ref.doc, 0)
        parts.append(f"{count} fact{'s' if count != 1 else ''}")
        lines.append("• " + " · ".join(parts))
    reply.add(*sections(lines)[:10])
    if answer.disagreements:
        dis = []
        for item in answer.disagreements:
            versions = "; ".join(
                f"“{escape(v.value)}” — {', '.join(escape(index.source_ref(d).short) for d in v.sources)}"
                for v in item.versions
            )
            dis.append(f"• *{escape(item.aspect.capitalize())}* ({escape(item.subject)}): {versions}")
        reply.add(section("*Where the sources disagree*"))
        reply.add(*sections(dis)[: max(1, reply.room - 2)])
    else:
        reply.add(section("_The sources agree on every point they share._"))
    return reply


def help_reply(helps: Sequence[Any]) -> Reply:
    """Help generated from the commands' own docstrings."""
    reply = Reply(text="Newsbot commands")
    reply.add(header("Newsbot: sourced answers about the story"))
    lines = []
    for item in helps:
        lines.append(f"*`{escape(item.synopsis)}`* — {escape(item.summary)}")
        lines.extend(f"    {escape(d)}" for d in item.details)
    reply.add(*sections(lines))
    reply.add(
        context("Every answer cites its sources. Answers are private until you press Share in channel.")
    )
    return reply


def status_reply(status: Any, zone: Any) -> Reply:
    """Counts, last ingest, next digest, delivery problems."""
    reply = Reply(text="Newsbot status")
    reply.add(header("Newsbot status"))
    last = (
        status.last_ingest.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z") if status.last_ingest else "never"
    )
    channels = ", ".join(f"`{escape(c)}`" for c in status.digest_channels)
    if status.next_digest and channels:
        digest = f"{escape(status.next_digest.astimezone(zone).isoformat())} to {channels}"
    else:
        digest = "not scheduled (no digest channel)"
    reply.add(
        section(
            f"*Articles:* {status.articles} · *Events:* {status.events} · *People:* {status.people} · "
            f"*Quotations:* {status.quotations}\n*Last ingest:* {escape(last)}\n*Next digest:* {digest}"
        )
    )
    if status.problems:
        reply.add(section("*Problems:*\n" + "\n".join(f"• {escape(p)}" for p in status.problems)))
    return reply


_OUTCOMES = {
    "posted": "posted",
    "already posted": "already posted this minute (one manual digest a minute)",
    "in progress": "being posted by another request right now",
    "skipped": "skipped: nothing new (NEWSBOT_DIGEST_SKIP_EMPTY)",
}


def post_outcome_reply(outcomes: dict[str, str]) -> Reply:
    """What `/newsbot digest post` did, channel by channel."""
    if not outcomes:
        return error_reply("No digest channel is set (NEWSBOT_DIGEST_CHANNEL): there is nowhere to post.")
    posted = [c for c, outcome in outcomes.items() if outcome == "posted"]
    lines = [
        f"• <#{escape(channel)}>: {escape(_OUTCOMES.get(outcome, outcome))}"
        for channel, outcome in outcomes.items()
    ]
    text = f"Digest posted to {len(posted)} of {len(outcomes)} channel(s)."
    return Reply(text=text, blocks=[section(text + "\n" + "\n".join(lines))])


def digest_reply(digest: Any, index: Any, zone: Any) -> Reply:
    """The digest: the story in one line, related developments, what is new since the last one."""
    reply = Reply(text="Story digest", response_type="in_channel")
    reply.add(header("Story digest"))
    if digest.headline is not None:
        when = digest.headline.when.label() if digest.headline.when else "date not reported"
        refs = index.refs(digest.headline.sources)
        reply.add(section(f"*{escape(when)}* — {escape(digest.headline.text)}"))
        reply.add(context(_sources_line(refs)))
        reply.text = f"Story digest: {digest.headline.text} ({when})"
    else:
        reply.add(section("The story model is empty: nothing to report yet."))
    if digest.related:
        reply.add(divider(), section("*Related developments*"))
        for sec in digest.related:
            if reply.room <= 4:
                break
            lines = [f"*{escape(sec.title)}*"]
            for item in sec.items:
                when = item.when.label() if item.when else "date not reported"
                marker = " ⚠ _single-source_" if item.single_source else ""
                note = f" _({escape(item.note)})_" if item.note else ""
                lines.append(
                    f"• *{escape(when)}* — {escape(item.text)} ({_count(item.sources)}){marker}{note}"
                )
            reply.add(*sections(lines)[:2])
    if reply.room >= 3:
        reply.add(divider())
        if digest.first:
            reply.add(
                section(
                    f"*New since the last digest:* this is the first digest here; it covers "
                    f"{digest.articles} article{'s' if digest.articles != 1 else ''}."
                )
            )
        elif not digest.new:
            reply.add(section("*New since the last digest:* nothing new."))
        else:
            lines = ["*New since the last digest*"]
            for item in digest.new[:10]:
                when = item.when.label() if item.when else "date not reported"
                lines.append(
                    f"• *{escape(when)}* — {escape(item.text)} ({_count(item.sources)}) _{escape(item.note)}_"
                )
            reply.add(*sections(lines)[: max(1, reply.room - 1)])
    return reply
