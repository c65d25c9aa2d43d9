"""Cleaning a scraped article: keep the story's own paragraphs, drop page furniture and other stories.

Works on general signals, never on strings of particular articles: end-of-article markers
(RELATED TOPICS, Read Next, Follow us on ...), ad and navigation lines, photo captions, embedded
posts (pic.twitter.com, "— Name (@handle) date"), position (what follows the end of the story)
and relevance to the lead. Every kept paragraph keeps its character offsets in the raw text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from bot.core.dates import MONTHS, WEEKDAYS, parse_day_month_year
from bot.core.model import When
from bot.core.text import Caseless, grouped_alternation
from bot.core.vocab import month_of

__all__ = ["CleanArticle", "Handle", "Paragraph", "Post", "clean_article"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A kept paragraph: raw offsets; ``heading`` for subheadings (kept, not mined for events)."""

    start: int
    end: int
    heading: bool = False


@dataclass(frozen=True, slots=True)
class Handle:
    """An X handle tied to a name by an embedded post's signature line."""

    handle: str
    name: str


@dataclass(frozen=True, slots=True)
class Post:
    """An embedded post's text (raw offsets, links left out), with its signature's name, handle and day."""

    start: int
    end: int
    name: str
    handle: str
    day: date | None
    network: str = "X"


@dataclass(frozen=True, slots=True)
class CleanArticle:
    """What cleaning keeps of an article, and what it learnt from the page furniture."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    title: str | None
    byline: str | None
    outlet: str | None
    published: When | None
    published_time: str | None
    published_basis: str
    dateline: str | None
    dateline_month_day: tuple[int, int] | None
    dateline_phrase: str
    years: tuple[int, ...]
    handles: tuple[Handle, ...]
    dropped: tuple[tuple[int, int, str], ...]
    posts: tuple[Post, ...] = ()

    def body_text(self) -> str:
        """The kept paragraphs joined, for display and tests."""
        return "\n".join(self.text[p.start : p.end] for p in self.paragraphs)


_END_MARKERS = re.compile(
    r"^(?:related (?:topics|stories|articles|news|posts)|read next|follow us on|to read the full article|"
    r"you (?:may|might) (?:also )?like|recommended(?: for you| stories)?|trending(?: now| stories)?|"
    r"tags?\s*:|topics?\s*:|more (?:from|stories|news)\b|most (?:read|popular|viewed)|latest (?:news|stories|posts)|"
    r"recent (?:posts|stories|articles|news)\s*:?\s*$|"
    r"top stories|don'?t miss|(?:also|more) on\b(?=[^.,]{0,40}$)|related(?:\s+[a-z]+){0,2}\s*:?\s*$|"
    r"also (?:this week|in this issue|today)\s*:?\s*$|"
    r"elsewhere(?: this week| today| in the news| in the (?:[\w-]+ ){0,2}[\w-]+)?\s*(?:\(links\))?\s*:?\s*$|explore more|first published|copyright|©|all rights reserved|"
    r"disclaimer\s*:|(?:get|download) (?:the )?app|subscribe to (?:our|the))",
    re.IGNORECASE,
)
_FIRST_PUBLISHED_DATE = re.compile(r"first published\s*(?:on|at)?\s*:?\s*(?:\d|[A-Z][a-z]{2})", re.IGNORECASE)
"""A date right after "First published": where the page gives it, not a credit to another outlet ("first published
in The Conversation")."""
_NUMBERED_SECTION = re.compile(r"\d{1,2}(?:[.)]|\s+[|·—–-])\s+")
"""A newsletter section's number: "3. ", "2 | "."""
_BRACKETED = re.compile(r"\([^()]*\)")
_RULED = re.compile(r"^[\s—–*=#•_-]+|[\s—–*=#•_-]+$")
"""The dashes or stars around a newsletter's section label: "— ELSEWHERE THIS WEEK —"."""
_SPONSOR = re.compile(r"sponsored by\b[^.!?]{0,60}$", re.IGNORECASE)
_RULE_LINE = re.compile(r"[—–_=*~·•-]{3,}\s*$")
"""A rule drawn across the page with dashes: a newsletter's separator."""
_SOCIAL_LABEL = re.compile(
    r"^\[(?:(?P<net>Facebook|Instagram|LinkedIn|Telegram|Threads|Bluesky|X|Twitter) post|"
    r"(?:Embedded )?[Pp]ost(?: (?:on|from) (?P<on>X|Twitter|Facebook|Instagram|LinkedIn|Telegram|Threads|Bluesky))?|"
    # in the outlet's language: "[Publicación incrustada de X]", "[Publicação incorporada do X]", "[Publication sur X]"
    r"(?:Publicaci[óo]n|Publica[çc][ãa]o|Publication|Beitrag|Post|Messaggio)(?: (?:incrustada|incorporada|"
    r"int[ée]gr[ée]e|eingebettet|incorporato))? (?:de|do|da|sur|auf|su|en|no|na) "
    r"(?P<lang>X|Twitter|Facebook|Instagram|LinkedIn|Telegram|Threads|Bluesky))\]\s*$",
    re.IGNORECASE,
)
"""A label the page puts above a social post: "[Facebook post]", "[Post on X]", "[Post]"."""
_POST_HEADER = re.compile(
    r"^\s*(?P<name>[^@()\n·|]{2,60}?)\s+@(?P<handle>\w{2,30})\s*·\s*"
    # "· Mar 11", "· 13 jul.", "· 24 septembre", "· 3h": a day in the outlet's language too
    r"(?:[A-Za-zéûä]{3,10}\.? \d{1,2}|\d{1,2}\.? [A-Za-zéûä]{3,10}\.?|\d{1,2}[hm])(?:,? \d{4})?\s*$"
)
"""The head of a post as X shows it, on one line: "President Lesego Ntshekisang @LNtshekisang · Apr 16"."""
_ACCOUNT_HEADER = re.compile(
    r"^\s*(?P<handle>[a-z0-9](?=[a-z0-9._]*[._])[a-z0-9._]{2,28}[a-z0-9])\s*·\s*"
    r"(?:[A-Za-zéûä]{3,10}\.? \d{1,2}|\d{1,2}\.? [A-Za-zéûä]{3,10}\.?|\d{1,2}[hmd])(?:,? \d{4})?\s*$"
)
"""An account's name, with a dot or underscore, over a post: "sonia.jouini.officiel · 24 septembre"."""
_SOCIAL_NAME = re.compile(r"^\s*(?P<name>[^@()\n]{2,60}?)\s*(?:\(?@(?P<handle>\w{2,30})\)?)?\s*$")
"""The writer's line of a labelled post: "Teguh Wibisono", "Ramón Tejeira B. @RTejeiraMICI"."""
_SOCIAL_TIME = re.compile(
    r"^(?:(?:[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+)(?:,? \d{4})?|Yesterday|Today) at \d{1,2}[:.]\d{2}\s*"
    r"(?:[AaPp]\.?[Mm]\.?)?\s*(?:·\s*(?:🌐|🌍|👥|🔒)?)?\s*$"
    r"|^\d{1,2}[hmd]\s*·?\s*$"
    r"|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*·\s*$"
    # X's layout, under the post: "5:32 p. m. · 5 nov. 2026", "9:14 PM · Oct 20, 2026"
    r"|^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*·\s*[\w. ,]{3,20}\d{4}\s*$"
)
"""When a social post was written, as the network shows it: "July 9 at 9:14 PM ·", "3h ·", "Tuesday ·",
"5:32 p. m. · 5 nov. 2026"."""
_REACTIONS = re.compile(r"^[^\w\s]*\s*[\d.,]+[KkMm]?\b")
_FURNITURE = re.compile(
    r"^(?:advertisement|advertisment|ad|sponsored(?: content)?(?:\s*[|:—–]\s.*)?|sponsored by\b[^.!?]{0,60}|"
    r"forwarded this\b.{0,60}|subscribe here|[—–_=*~·•-]{3,}|(?:lead|top) story|story continues (?:below|after)(?: this ad)?|"
    r"continue reading|share(?: this)?(?: article| story)?|subscribe(?: now)?|subscribe to [^.!?]{1,40}/\s*(?:yr|year|month|mo)|sign up.*|log ?in|sign ?in|register|click here.*|"
    r"watch(?: video)?|listen(?: to this article)?|read more|read more\s*:.*|also read\s*[:|].*|also read|"
    r"(?:read also|see also|lire aussi|leer también|leia também|lesen sie auch)\b.*|"
    r"quote left quote right|print|comments?|whatsapp|facebook|twitter|linkedin|email|copy link|"
    r"\(?this (?:story|article|report) (?:has|was) .*|\(?with inputs from .*\)?|contact us\.?|home|menu|"
    r"breaking(?: news)?|live|opinion|premium|\d+ min(?:ute)?s? read|listen to this (?:article|story)|"
    r"scroll to continue(?: with content)?|advertisement\s*-\s*scroll to continue|story continues below advertisement|"
    r"view (?:this (?:email|newsletter) )?(?:in (?:your )?browser|online)|forward to a (?:colleague|friend)|unsubscribe|"
    r"(?:having )?trouble (?:reading|viewing) this(?: email)?\?.{0,60}|"
    r"in this issue|skip to (?:main )?content\b.*|font size\s*:.*|send to a friend|listen to this article\b.*)$",
    re.IGNORECASE,
)
_ACCOUNT_LINKS = Caseless(
    r"\b(?:search|buscar|rechercher|pesquisar|suche|cerca|subscribe|suscr[ií]bete|abonnez-vous|assine|abonnieren|"
    r"abbonati|sign in|log ?in|iniciar sesi[óo]n|entrar|se connecter|connexion|anmelden|accedi|register|reg[ií]strate|"
    r"my account|mi cuenta|mon compte)\b"
)
"""A site's search and account links, several on one line above the story."""
_MAIL_HEADER = re.compile(r"^(?P<field>From|To|Cc|Sent|Date|Subject|Reply-To)\s*:\s*(?P<value>.*)$")
"""A newsletter's e-mail headers above it: "From: Cone Sul Energy Letter <letter@...>", "Subject: ..."."""
_MAIL_SENDER = re.compile(r"^\s*\"?(?P<name>[^<>\"@]+?)\"?\s*<[^<>@\s]+@[^<>\s]+>\s*$")

_SLASH_CRUMB = re.compile(r"^[A-Z][\w&'’-]*(?: [\w&'’-]+){0,2}(?:\s+/\s+[A-Z][\w&'’-]*(?: [\w&'’-]+){0,2})+$")
"""A section path: "Analysis / Air Defence", "Trade & AfCFTA  /  Southern Africa"."""
_INLINE_TEASER = re.compile(
    r"^(?:you (?:may|might) (?:also )?like|don'?t miss|recommended(?: for you)?|trending(?: now)?|read next)"
    r"\s*:\s*(?:\S+\s+){4,}",
    re.IGNORECASE,
)
"""A marker with its teaser on the same line: "YOU MAY ALSO LIKE: Soca queen ... is ENGAGED — see the ring"."""
_OUTLET_WORDS = re.compile(
    r"^THE\s|\b(?:TIMES|POST|HERALD|CITIZEN|STANDARD|TRIBUNE|NEWS|DAILY|GAZETTE|JOURNAL|MAIL|EXPRESS|TELEGRAPH|"
    r"CHRONICLE|OBSERVER|COURIER|MONITOR|REVIEW|LEDGER|DISPATCH|WIRE|NATION|GUARDIAN|INDEPENDENT|STAR|SUN|TODAY|"
    r"WEEKLY|REPORTER|INQUIRER|BULLETIN|AGENCY)\b"
)
_NEXT_ITEM = re.compile(r"(?:[2-9]|1\d)[.)]\s+[A-Z][A-Z'’ &-]{2,}:\s+\S")
"""A newsletter's numbered item under a topic in capitals: "2. PERU: Congress censures energy minister" (a headline,
not a story's list: "2. VISAS: Kenyan traders get faster business visas, Kyle said.")."""
_CONTENTS_ITEM = re.compile(r"^\d{1,2}[.)]\s+[A-Z]")
_COOKIES = Caseless(
    r"\b(?:we use|(?:this|our) (?:site|website) uses|our use of|utilise des|utilisons des)\s+cookies\b|"
    # "Este sitio utiliza cookies", "Este site usa cookies", "Ce site utilise des cookies", "verwendet Cookies"
    r"\b(?:utiliza(?:mos)?|usa(?:mos)?|utilizza|verwendet|verwenden|gebruikt)\s+(?:\w+\s+)?cookies\b|"
    r"\buses cookies to (?:improve|give|provide|personalise|personalize|measure|analyse|analyze|deliver|offer)\b|"
    # "[Accept]", "[Tout accepter]", "[Alle akzeptieren]"
    r"\bcookies?\b.{0,80}\[(?:\w+\s)?(?:accept|ok|agree|aceptar|aceitar|accepter|akzeptieren|accetta)",
    hints=("cookie",),
)
"""A cookie notice: "This site uses cookies to measure audience ... [Accept]". Tried on every line of every page:
a line without the word is not searched."""
_PAYWALL = Caseless(
    r"\b(?:free (?:articles?|stories) (?:left|remaining)|already a subscriber\?|subscribe for unlimited access|"
    r"this (?:article|story) is for subscribers)",
    hints=("free art", "free stor", "subscriber", "unlimited access"),
)
"""A paywall's note: "You have 2 free articles left this month. Subscribe for unlimited access."."""
_TICKER = re.compile(
    r"^(?:[☰≡]\s|(?:breaking|trending|latest|just in)(?: news)?\s*:.*\s[▸►|•]\s|[^\w\s]{1,4}\s*live\s*:)",
    re.IGNORECASE,
)
"""A menu behind its icon ("☰ UAE  Saudi Arabia  Qatar"), a ticker ("Breaking: A ▸ B ▸ C"), a live blog's promotion
("🔴 LIVE: Carnival 2026 countdown")."""
_MARKETS = re.compile(r"(?:(?<![\w.,%])[▲▼△▽↑↓+−-]\s?\d[\d.,]*\s?%.*?){2}")
"""A market ticker: "DAX 24,318 ▲0.6%   MDAX 27,905 ▲0.3%   EUR/USD 1.1342"."""
_BREADCRUMB = re.compile(r"\S\s*[›»]\s*\S|^\S+\.(?:com|in|org|net|co\.\w+)\b.*\s[>|]\s")
"""Without a › or » only the second form can match, and only at the start of the line."""
_GUILLEMET_QUOTE = re.compile(r"«([^«»\n]*)»")
"""A quotation in guillemets, as French, Spanish, Italian or Russian outlets quote: read as one in curly quotation
marks (one character for one, so every offset stays), not as a breadcrumb's "»"."""
_QUOTED_LINE = re.compile(r"^> ", re.MULTILINE)
_MENU_SEPARATOR = re.compile(r"\s+[|·•>/]\s+|\s{3,}")
_BAR_SEPARATOR = re.compile(r"\s+[|·•>/]\s+")


_US_ZONE = re.compile(r"\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:EST|EDT|ET|CST|CDT|PST|PDT|PT|MST|MDT)\b")
"""A US time zone after a time: "6:12 PM CDT", not "ET Online"."""
_NAME_JOINERS = ("&", "and", "of", "the", "for", "on", "de", "do", "da", "la", "le", "el", "al", "di", "du")


def _site_name(text: str, paragraphs: list[tuple[int, int]]) -> str | None:
    """The page's first line when it is a site's name above its menu ("Farm & Market Journal" over "Markets |
    Crops | Livestock | ..."): short, no sentence, with a menu in the next two lines."""
    if len(paragraphs) < 2:
        return None
    first = text[paragraphs[0][0] : paragraphs[0][1]].strip()
    first = _SYMBOLS.sub("", _ACRONYM_AFTER.sub("", first) or first).strip()  # "CARIBBUZZ 🔥", "... (ASI)"
    name, rest = _split_masthead(first)
    if rest and (_LANGUAGES.search(rest) if " | " in first else _EDITION_SUFFIX.match(rest)):
        first = name  # "NUSANTARA DAILY | English Edition", "NORDKANAL  NEWS IN ENGLISH"
    elif rest and name.isupper() and name == "".join(w[0] for w in re.split(r"[\s-]+", rest) if w).upper():
        first = rest  # "ENT | ETHIO NATIONAL TIMES", "KNS - KUWAIT NEWS SERVICE": the initials, then the name
    elif rest and _NAME_THEN_DASH.match(first):
        first = name  # "SBN NEWS — Samoa Broadcasting Network": the name, then what it stands for
    if not 0 < _words(first) <= 5 or _ends_a_sentence(first) or _MENU_SEPARATOR.search(first):
        return None
    if _parse_published(first) or not all(
        w[:1].isupper() or w[:1].isdigit() or w in _NAME_JOINERS for w in first.split()
    ):  # "France 24", "Folha de S.Paulo" are names
        return None  # a date or a headline ("Japan cuts banana tariff"), not a name
    following = [text[s:e] for s, e in paragraphs[1:4]]
    return first if any(_is_menu(line) or _button_menu(line) for line in following) else None


def _split_masthead(line: str) -> tuple[str, str]:
    """A masthead's two parts: "ENT | ETHIO NATIONAL TIMES", "KNS - KUWAIT NEWS SERVICE", "NORDKANAL  NEWS IN
    ENGLISH" (two spaces); else the line and nothing."""
    m = _MASTHEAD_PARTS.match(line)
    return (m.group(1), m.group(2)) if m else (line, "")


_EDITION_SUFFIX = re.compile(
    r"(?:(?:news\s+)?in\s+english|english(?:\s+(?:edition|version|service))?)$", re.IGNORECASE
)
"""An edition beside a site's name: "NORDKANAL  NEWS IN ENGLISH" (not "MALTA  ENGLISH SCHOOLS")."""
_MASTHEAD_PARTS = re.compile(r"^(\S.*?)(?:\s+[|\-–—]\s+|\s{2,})(\S.*)$")
_SYMBOLS = re.compile(r"[^\w\s&'’.,:|—–-]+")
"""Emoji and other symbols beside a site's name (its dashes kept: "SBN NEWS — Samoa Broadcasting Network")."""
_DASH_WORDS = re.compile(r"(?:^|\s)[—–-](?=\s|$)")
"""A dash standing alone between words, no word to count."""


def _furniture_since(dropped: list[tuple[int, int, str]], tagline_at: int | None) -> bool:
    """Page furniture (a menu, the date line) came between the line taken for the title and this one: that line
    was the site's tagline. A headline is followed by its standfirst or byline, not by the site's menu."""
    return tagline_at is not None and any(
        why in ("page furniture", "navigation", "publication date", "contents", "section label")
        for _, _, why in dropped[tagline_at + 1 :]
    )


def _headline_below_tagline(
    dropped: list[tuple[int, int, str]], tagline_at: int | None, start: int, end: int
) -> None:
    """The line taken for the title was the site's tagline; the headline is the line at ``start``."""
    if tagline_at is not None:
        s0, e0, _ = dropped[tagline_at]
        dropped[tagline_at] = (s0, e0, "tagline")
    dropped.append((start, end, "title"))


def _button_menu(line: str) -> bool:
    """A menu of scraped links: "[Home]  [Trade & AfCFTA]  [Politics]  [Energy]"."""
    return len(_BUTTON.findall(line)) >= 3 and not _BUTTON.sub("", line).strip()


def _only_furniture(text: str, dropped: list[tuple[int, int, str]]) -> bool:
    """Nothing but page furniture so far, and no menu: the next line of text is the first of the page, the site's
    name ("ASIA PACIFIC" under the menu is a section's)."""
    return all(
        why in ("page furniture", "navigation", "masthead") and not _is_menu(text[s:e])
        for s, e, why in dropped
    )


def _outlet_like(line: str) -> bool:
    """ "THE CITIZEN", "DAILY NATION", "GULF TIMES": a name an outlet has, not a section's ("ASIA PACIFIC")."""
    return _OUTLET_WORDS.search(line) is not None


def _language_switch(line: str) -> bool:
    """ "English Edition | 日本語", "العربية | Sign in": short items, one naming a language or edition."""
    items = [item.strip() for item in line.split("|")]
    return all(_words(item) <= 2 for item in items) and any(_LANGUAGES.search(item) for item in items)


def _is_menu(line: str) -> bool:
    """A menu or breadcrumb: three or more short items between separators ("Home | World | Business",
    "Markets · Policy · Commodities", "Home > World > Asia")."""
    items = _MENU_SEPARATOR.split(line)
    enough = 2 if " > " in line else 3  # "Business > Industry"
    spaced = not _BAR_SEPARATOR.search(
        line
    )  # "News   Politics   Business": not a table row ("Germany   $1.2 billion")
    long_items = sum(1 for item in items if len(item.split()) > 3)
    # "Home | Analysis | Briefings | Podcast | Reading list | About | Support us on Patreon": one longer item in five
    allowed = 1 if len(items) >= 5 else 0
    return (
        len(items) >= enough
        and long_items <= allowed
        and all(
            0 < len(item.split()) <= 5
            and not _ends_a_sentence(item)
            and not (spaced and (not item[:1].isupper() or any(c.isdigit() or c in "$%€£" for c in item)))
            for item in items
        )
    )


_LANGUAGES = re.compile(
    r"\b(?:edition|english|español|français|deutsch|português)\b|[^\W\d_a-zA-Z\u00c0-\u024f]{2,}",
    re.IGNORECASE,
)
"""A language switcher: "English Edition | 日本語", "العربية | Sign in"."""
_BUTTON = re.compile(r"\[[^\[\]]{1,40}\]")
"""A link or button as scraped: "[Subscribe - it's free]", "Follow Us [Google News] [WhatsApp Channel]"."""
_BUTTONS_AT_END = re.compile(r"(?:\[[^\[\]\n]{0,24}[^\W\d_][^\[\]\n]{0,24}\]\s*){2,}$")
"""Two buttons or more that end a line: a banner's choices ("[Join now] [Maybe later]", "[Accept] [Settings]"), each
with a letter (not the notes "[1] [2]" of a story's sentence)."""
_READ_MORE = re.compile(
    r"^(?:read more|more stories|more news|also read|see also|"
    # in the outlet's language: "À LIRE AUSSI", "LEA TAMBIÉN", "LEIA TAMBÉM", "LESEN SIE AUCH", "LEGGI ANCHE"
    r"(?:à )?lire aussi|à lire également|le[ae] también|leia também|veja também|lesen sie auch|leggi anche|lees ook)"
    r"\s*:?$",
    re.IGNORECASE,
)
_CAPTION = Caseless(
    r"(?:\bfile (?:picture|photo|image|pic)|\brepresentational (?:image|picture|photo)|"
    r"^\(?(?:photo|image|picture|pic|credit)s?\s*[:|-]|\((?:photo|image|picture)[^)]*\)\s*$)"
)
_BRACKETED_CAPTION = re.compile(
    r"^\[(?:photo|image|picture|pic|video|graphic)s?\b[^\[\]]*\]$|^\[(?:photo|image|picture|pic)s?\]\s(?=[^\n]{0,300}(?:\b(?:photo|image|picture|credit)s?\s*:[^\n]*|\([A-Z][\w .&-]{1,30}\)\s*|[–—-]\s*[A-Z][^\n]{0,40}/\s*[\w ]+|©\s*[^\n©]{1,60})$)|^(?:(?:photo|image|picture) )?caption\s*:",
    re.IGNORECASE,
)
"""A caption as scraped, whole in its brackets: "[Photo: A receives B at Bait Al Falaj, Muscat. (ONA)]", or named one:
"Photo caption: Presidents A and B after the signing at State House. (Photo: Office of the President / C)"."""
_EMBED_SIGNATURE = re.compile(
    r"[—–-]{1,2}\s*(?P<name>[^()\n—–]{1,60}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}|"
    # "11 May 2026", "11 de mayo de 2026", "11. Mai 2026": the day first, in the writer's language
    r"\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?\s+(?:de\s+)?\d{4})\s*$"
)
_EMBED_START = Caseless(
    r"^#(?:watch|breaking|justin|live|update|video)\b|pic\.twitter\.com/|t\.co/\w+",
    hints=("#", "pic.twitter.com/", "t.co/"),
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|We|we|We're|We’re|my|our|Our|us)\b")
_QUOTE_CHARS = re.compile(r"[“”\"]")
_MONTH_RE = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_TIME_RE = r"(\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*(?:IST|GMT|UTC|ET|EST|EDT|PT|BST|CET|CEST|EET|EEST|WET|WEST|MSK|SGT|MYT|JST|KST|HKT|PHT|WIB|ICT|PKT|GST|SAST|EAT|WAT|CAT|AEST|AEDT|NZST|NZDT)\b)?)"
_PUBLISHED_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("dotted", re.compile(
        r"\b(?:Published|Updated|Posted|Last Updated|Veröffentlicht|Aktualisiert|Pubblicato|Aggiornato|Publicado|"
        r"Actualizado|Atualizado|Publié|Gepubliceerd|Bijgewerkt)\s*(?:on|at|am|il|el|em|le|op)?\s*:?\s*"
        r"(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?!\d)"
        r"(?:\s*,?\s*" + _TIME_RE + ")?", re.IGNORECASE)),
    # "2026-03-04", "Published: 2026-03-04", "Issue No. 214 | Published: 2025-11-04"
    ("iso", re.compile(r"(?:^\s*|[|·•]\s*(?:[\w.]+\s+){0,3}?)(?:date|dated|published|updated|posted)?\s*:?\s*"
                       r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?!\d)"
                       r"(?:[T ]" + _TIME_RE + ")?", re.IGNORECASE)),
    ("dmy", re.compile(
        r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)" + _MONTH_RE
        + r"(?:,?\s+|-)((?:19|20)\d\d)(?:\s*,?\s*" + _TIME_RE + ")?", re.IGNORECASE)),  # "04-Feb-2026 11:47 GMT"
    # "Publicado: 21 ago 2026 - 04:20 p.m.", "21 de agosto de 2026": a Spanish or Portuguese month
    ("dmy", re.compile(
        r"\b(\d{1,2})\s+(?:de\s+)?(ene(?:ro)?|abr(?:il)?|ago(?:sto)?|dic(?:iembre)?|set(?:embro|iembre)?|out(?:ubro)?|"
        r"dez(?:embro)?|fev(?:ereiro)?|mai(?:o)?|"
        # the months that open as English ones do: "martes 16 de junio de 2026", "3 de março de 2026"
        r"febrero|marzo|março|mayo|junio|junho|julio|julho|septiembre|octubre|noviembre|novembro|janeiro)"
        r"\.?\s+(?:de\s+)?((?:19|20)\d\d)(?:\s*[-,]?\s*" + _TIME_RE + ")?",
        re.IGNORECASE)),
    # "Publié le : mardi 10 mars 2026 – 17:48", "1er avril 2026": a French month
    ("dmy", re.compile(
        r"\b(\d{1,2})(?:er)?\s+(janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|"
        r"sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?)\.?\s+((?:19|20)\d\d)"
        r"(?:\s*[-–,]?\s*" + _TIME_RE + ")?", re.IGNORECASE)),
    # "martedì 14 luglio 2026", "23. Juni 2026", "3 maart 2026": an Italian, German or Dutch month
    ("dmy", re.compile(
        r"\b(\d{1,2})\.?\s+(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|"
        r"dicembre|januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|"
        r"januari|februari|maart|mei|augustus|december)\s+((?:19|20)\d\d)(?:\s*[-–—,]?\s*(?:ore\s+|um\s+)?"
        + _TIME_RE + ")?",
        re.IGNORECASE)),
    ("mdy", re.compile(
        r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\b" + _MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+"
        r"((?:19|20)\d\d)(?:\s*,?\s*" + _TIME_RE + ")?", re.IGNORECASE)),
    # "Published 2026.03.04 10:12", "2026/04/15 | 11:04": year first.
    ("ymd", re.compile(r"(?<![\d.])((?:19|20)\d\d)([./])(\d{1,2})\2(\d{1,2})(?![\d.])(?:\s*\|?\s*" + _TIME_RE + ")?")),
    # "2026年9月24日", "2026년 9월 24일", "2026 оны 9-р сарын 24": year, month and day by their words (Chinese,
    # Japanese, Korean, Mongolian).
    ("ymd-words", re.compile(
        r"((?:19|20)\d\d)\s*(?:年|년|оны)\s*(\d{1,2})\s*(?:月|월|(?:-?р\s+)?сарын)\s*(\d{1,2})(?!\d)\s*(?:日|일)?"
        r"(?:[^\d\n]{0,24}?" + _TIME_RE + ")?")),
    # "4 ноября 2026", "4 Kasım 2026 Çarşamba", "4. studenoga 2026.", "4 de noviembre del 2026": a month in another
    # language, looked up in the month names of CLDR (months.json)
    ("dmy-any", re.compile(
        # (a month of two words in Arabic: "٧ تشرين الأول ٢٠٢٦"; of two letters: "آب")
        r"(?<![\d.])(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,15}|[\u0600-\u06ff]{2,8}(?: [\u0600-\u06ff]{3,8})?)\.?,?\s+"
        r"(?:de\s+|del\s+)?((?:19|20)\d\d)(?!\d)"
        r"(?:[^\d\n]{0,12}?" + _TIME_RE + ")?")),
    # "ថ្ងៃព្រហស្បតិ៍ ទី២៧ ខែសីហា ឆ្នាំ២០២៦" (Khmer; its digits read as these), "27 ສິງຫາ 2026" (Lao): a month in a script
    # with vowel signs, which the form above does not take for letters
    ("dmy-any", re.compile(
        r"(?<![\d.])(\d{1,2})\s*(?:ខែ\s*)?([^\s\d.,:;|·]{2,20})\s+(?:ឆ្នាំ\s*)?((?:19|20)\d\d)(?!\d)"
        r"(?:[^\d\n]{0,12}?" + _TIME_RE + ")?")),
    # "5.X.2026", "5. X. 2026": the month in Roman numerals (as Polish, Czech or Latin American pages write it)
    ("dmy-roman", re.compile(
        r"(?<![\d.])(\d{1,2})\.\s?(I{1,3}|IV|VI{0,3}|IX|XI{0,2})\.\s?((?:19|20)\d\d)(?!\d)(?:[^\d\n]{0,12}?" + _TIME_RE + ")?")),
    # "Ngày 4 tháng 11 năm 2026" (Vietnamese): day, month and year by their words
    ("dmy-words", re.compile(
        r"(?i:ngày)\s+(\d{1,2})\s+(?i:tháng)\s+(\d{1,2})\s+(?i:năm)\s+((?:19|20)\d\d)(?:[^\d\n]{0,12}?" + _TIME_RE + ")?")),
    # "ECONOMY   04.03.2026 | 08:30", "12-05-2026 19:47", "Objavljeno: 07. 07. 2026 ob 08:55": a bare
    # day.month.year in the header (dots with a space after them, as Slovene, Czech or Croatian pages write it).
    ("numeric", re.compile(r"(?<![\d.-])(\d{1,2})(\. |[./-])(\d{1,2})\2((?:19|20)\d\d)(?![\d-]|\.\d)(?:\s*\|?\s*" + _TIME_RE + ")?")),
)  # fmt: skip
_NAMED_FORMS = tuple(fp for fp in _PUBLISHED_FORMS if fp[0] in ("dmy", "mdy"))
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?)(?:\s*\((?P<agency>[A-Za-z]{2,12})\))?,\s*"
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})"
    r"(?:,\s*(?P<year>(?:19|20)\d\d))?(?:\s*\((?P<agency2>[A-Za-z]{2,12})\))?\s*(?:--|—|–|-|:)\s*"
)
_DATELINE_DAY_FIRST = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'’ -]{1,40}?)(?:\s*\((?P<agency>[A-Za-z]{2,12})\))?,\s*(?P<day>\d{1,2})\s+"
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:,?\s*(?P<year>(?:19|20)\d\d))?(?:\s*\((?P<agency2>[A-Za-z]{2,12})\))?\s*(?:--|—|–|-|:)\s*"
)
"""A dateline with the day first: "Maputo, 19 Nov (AIN) – Mozambique and Zimbabwe on Wednesday signed ..." """


def _dateline(line: str) -> re.Match[str] | None:
    return _DATELINE.match(line) or _DATELINE_DAY_FIRST.match(line)


_AGENCY_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z .'-]{1,40}?)\s*\((?P<agency>[A-Za-z]{2,12})\)\s*(?:--|—|–|-|:)\s*"
)
_CAPS_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})\s*(?:--|—|–|-)\s+(?=[A-Z\"“‘'])"
)
"""A dateline of a place alone, in capitals: "MBABANE – Eswatini and Lesotho have agreed ..." """
_BYLINE_NAME = re.compile(r"^(?:[Bb][Yy]\s+)?(?P<name>[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){1,3})$")
_CAPS_NAME = re.compile(r"^(?:BY\s+)?(?P<name>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,3})$")
_SENTENCE_END = re.compile(r"[.!?…”\"’')\]]\s*$")
_SENTENCE_STOPS = frozenset(".!?…”\"’')]")


def _ends_a_sentence(text: str) -> bool:
    """What ``_SENTENCE_END.search(text)`` finds: the text ends with a stop, a closing quotation mark or bracket, blanks
    aside (rstrip drops what ``\\s`` matches). A test of the last character, not a search of every stop in the line."""
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in _SENTENCE_STOPS


_LEAD_WORD = re.compile(r"[A-Z](?<!\w[A-Z])(?:[a-z]{2,}(?:[-'’][A-Za-z]+)?\b|[A-Z]+\b)")
"""A capitalised word ("Modi", "Al-Sabah") or one in capitals ("ASEAN"). Written to open with its capital, and
what comes before it (no letter: a word's start) tested after, so that the search skips to the capitals."""


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        if stripped:
            spans.append((pos + lead, pos + lead + len(stripped)))
        else:
            spans.append((pos, pos))
        pos += len(line)
    return spans


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Lines, with a line that breaks mid-sentence joined to the next (lowercase continuation)."""
    merged: list[tuple[int, int]] = []
    for start, end in _lines(text):
        if start == end:
            merged.append((start, end))
            continue
        if merged and merged[-1][0] != merged[-1][1]:
            prev_start, prev_end = merged[-1]
            prev = text[prev_start:prev_end]
            if (
                not _ends_a_sentence(prev)
                and text[start].islower()
                and len(prev.split()) > 8
                and not _is_menu(prev)
            ):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    return [p for p in merged if p[0] != p[1]]


def _words(text: str) -> int:
    return len(text.split())


_BACK_REFERENCE = re.compile(
    r"(?:The two|Both|He|She|They|His|Her|Their|The pair|The (?:minister|ministers|leaders|presidents|agreement|deal|"
    r"memorandum|pact|visit|talks|accord|delegations|sides))\b"
)


_NAMED_SPEAKER = re.compile(r"([A-Z][\w'’-]+) (?:said|says|told|added|noted|stressed)\b")
"""A paragraph that opens with someone the story named speaking: "Kinyanjui said the agreement ..."."""


def _story_resumes(text: str, after: list[tuple[int, int]], kept: list[Paragraph]) -> bool:
    """ "READ MORE", then one to six teasers' headlines, then a paragraph of the story: prose that names someone or
    somewhere the story named before the marker."""
    teasers = 0
    for start, end in after[:7]:
        line = text[start:end]
        if _is_title_like(line) and _words(line) <= 16:
            teasers += 1
            continue
        if not teasers or _words(line) < 20 or not _ends_a_sentence(line):
            return False
        # It goes on from what was told: "The two ministers agreed ...", not another story's "Jordanian Prime Minister
        # Jafar Hassan met ..." that shares the site's countries.
        before = {w for p in kept for w in _LEAD_WORD.findall(text, p.start, p.end)}
        named = set(_LEAD_WORD.findall(line)[1:])  # not the word that opens the sentence
        said = _NAMED_SPEAKER.match(line)
        return (
            _BACK_REFERENCE.match(line) is not None or (said is not None and said.group(1) in before)
        ) and len(named & before) >= 2
    return False


def _is_title_like(text: str) -> bool:
    return not _ends_a_sentence(text) and 2 <= _words(text) <= 25


def _is_body(text: str) -> bool:
    words = _words(text)
    # a stop, not a decimal point ("EUR/USD 1.1342": a ticker is no sentence)
    return (words >= 8 and bool(re.search(r"[!?…”\"]|\.(?!\d)", text))) or (
        words >= 20 and bool(_ends_a_sentence(text))
    )


_DIGIT_ZEROS = (
    0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0,
    0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10,
)  # fmt: skip
_DIGITS = str.maketrans({chr(zero + n): str(n) for zero in _DIGIT_ZEROS for n in range(10)})
"""Digits of other scripts (Arabic-Indic, Persian, the Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian,
full-width) as ASCII ones, each one character for one ("٢٠٢٦", "២០២៦": 2026)."""


def _parse_published(given: str) -> tuple[date, str | None, str] | None:
    line = given.translate(_DIGITS)
    # Every form but "dotted" ("Updated 03.04.26") has a year of 19xx or 20xx: a line without one is not searched
    # for them (most lines tried are story sentences).
    has_year = "19" in line or "20" in line
    for form, pattern in _PUBLISHED_FORMS:
        if not has_year and form != "dotted":
            continue
        if form == "dmy-any":
            # the first day, word and year whose word is a month
            m = next((x for x in pattern.finditer(line) if month_of(x.group(2).lower()) is not None), None)
        else:
            m = pattern.search(line)
        if not m:
            continue
        g = m.groups()
        if form in ("dotted", "numeric") and g[1] == "/" and any(p.search(line) for f, p in _NAMED_FORMS):
            continue  # "Updated 03/04/2026 ... | Published March 4, 2026": the month's name is not ambiguous
        if form == "dotted":
            year = int(g[3]) + (2000 if len(g[3]) == 2 else 0)
            time = g[4]
            us = g[1] == "/" and _US_ZONE.search(line) is not None
            day = (
                parse_day_month_year(int(g[2]), int(g[0]), year) if us else None
            )  # "03/04/2026 10:15 AM EST"
            day = day or parse_day_month_year(int(g[0]), int(g[2]), year)
            if day is None and g[1] == "/":
                day = parse_day_month_year(int(g[2]), int(g[0]), year)  # "Posted 01/28/2026": month first
        elif form in ("iso", "ymd-words"):
            day = parse_day_month_year(int(g[2]), int(g[1]), int(g[0]))
            time = g[3]
        elif form == "ymd":
            day = parse_day_month_year(int(g[3]), int(g[2]), int(g[0]))
            time = g[4]
        elif form == "numeric":
            day = parse_day_month_year(int(g[0]), int(g[2]), int(g[3]))
            if day is None and g[1] == "/":
                day = parse_day_month_year(int(g[2]), int(g[0]), int(g[3]))
            time = g[4]
        elif form == "dmy":
            day = parse_day_month_year(int(g[0]), _month_number(g[1]), int(g[2]))
            time = g[3]
        elif form == "dmy-roman":
            day = parse_day_month_year(int(g[0]), _ROMAN_MONTHS.index(g[1]) + 1, int(g[2]))
            time = g[3]
        elif form == "dmy-any":
            day = parse_day_month_year(int(g[0]), month_of(g[1].lower()) or 0, int(g[2]))
            time = g[3]
        elif form == "dmy-words":
            day = parse_day_month_year(int(g[0]), int(g[1]), int(g[2]))
            time = g[3]
        else:
            day = parse_day_month_year(int(g[1]), _month_number(g[0]), int(g[2]))
            time = g[3]
        if day is not None:
            # (the phrase as the page writes it: its digits are where the translated ones are)
            return day, (time.strip() if time else None), given[m.start() : m.end()].strip()
    return None


_OTHER_MONTHS = {"ene": 1, "fev": 2, "abr": 4, "mai": 5, "ago": 8, "set": 9, "out": 10, "dic": 12, "dez": 12,
                 "fév": 2, "avr": 4, "aoû": 8, "aou": 8, "déc": 12, "juin": 6, "juil": 7,
                 "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10, "mär": 3, "mae": 3, "okt": 10, "maa": 3,
                 "mei": 5}  # fmt: skip
"""Spanish, Portuguese, French, Italian, German and Dutch months whose first three letters are no English month's
("juin" and "juillet" by their first four)."""


_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _month_number(token: str) -> int:
    word = (
        unicodedata.normalize("NFKC", token).lower().rstrip(".")
    )  # "ſept" (long s) matches a caseless pattern
    return MONTHS.get(word) or _OTHER_MONTHS.get(word[:4]) or MONTHS.get(word[:3]) or _OTHER_MONTHS[word[:3]]


def _years_in(text: str) -> list[int]:
    """Years the text mentions as when things happened (not targets such as "by 2028")."""
    return [
        int(m.group(1))
        for m in _YEAR_MENTION.finditer(text)
        if not _TARGET_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ]


_YEAR_MENTION = re.compile(r"((?:19|20)(?<![\d-]\d\d)\d\d)(?![\d-]|\s*(?:crore|lakh|million|billion))")
"""A year, not within a longer number, a range or an amount. What comes before it is tested after its first two
digits, so that the search skips to them (several times faster than a pattern opening with the test)."""
_TARGET_BEFORE = re.compile(r"\b(?:by|until|till|through|before|to|towards?|beyond|from)\s+$", re.IGNORECASE)


_DOMAIN_RUN = re.compile(r"[a-z0-9.-]*\.[a-z0-9-][a-z0-9.-]*")
"""A run of the characters of a domain name with a dot inside it ("www.example.com", not "said."): a
domain of that shape found in a text lies within one."""
_DOT_IN_RUN = re.compile(r"\.[a-z0-9-]")
_RUN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")


def _domain_runs(lowered: str) -> list[str]:
    """``_DOMAIN_RUN.findall(lowered)``, found from the dots inside runs (a text has few) outward to the run's ends:
    twenty times faster than the pattern, which is tried at every character of the page."""
    runs = []
    end = 0
    for m in _DOT_IN_RUN.finditer(lowered):
        start = m.start()
        if start < end:
            continue  # in the run found last
        while start and lowered[start - 1] in _RUN_CHARS:
            start -= 1
        end = m.end()
        while end < len(lowered) and lowered[end] in _RUN_CHARS:
            end += 1
        runs.append(lowered[start:end])
    return runs


@dataclass(frozen=True)
class _OutletMatcher:
    """Domains (matched anywhere, in order) and masthead words (matched whole, in page furniture), compiled once."""

    domains: tuple[tuple[str, str, bool], ...]
    """(domain, outlet, True when the domain can only be found within a domain run)."""
    loose_domains: tuple[tuple[str, str, bool], ...]
    """The domains that can be found outside domain runs (for a text without any run)."""
    pattern: re.Pattern[str] | None
    words: dict[str, str]

    def match(self, lines: Iterable[str], whole_text: str) -> str | None:
        lowered = whole_text.lower()
        runs = _domain_runs(lowered)
        # Neither a domain nor a run holds a space: a domain is in one of the runs when it is in them joined.
        joined = " ".join(runs)
        for domain, name, in_runs in self.domains if runs else self.loose_domains:
            if domain in (joined if in_runs else lowered):
                return name
        if self.pattern is not None:
            m = self.pattern.search(" \n ".join(lines).lower())
            if m:
                return self.words[m.group(0)]
        return None


@lru_cache(maxsize=8)
def _outlet_matcher(outlets: tuple[tuple[str, tuple[str, ...]], ...]) -> _OutletMatcher:
    domains: list[tuple[str, str, bool]] = []
    words: dict[str, str] = {}
    for name, markers in outlets:
        for marker in markers:
            low = marker.lower()
            if "." in low and " " not in low:
                domains.append((low, name, _DOMAIN_RUN.fullmatch(low) is not None))
            else:
                words.setdefault(low, name)
    ordered = sorted(words, key=len, reverse=True)
    pattern = re.compile(r"(?<![a-z])(?:" + grouped_alternation(ordered) + r")(?![a-z])") if words else None
    return _OutletMatcher(tuple(domains), tuple(d for d in domains if not d[2]), pattern, words)


_MATCHERS: dict[int, tuple[object, _OutletMatcher]] = {}
"""Matchers by the identity of their outlets (a tuple of tuples, so they cannot change), which they keep alive."""


def _matcher_for(outlets: Sequence[tuple[str, Sequence[str]]]) -> _OutletMatcher:
    known = _MATCHERS.get(id(outlets))
    if known is not None and known[0] is outlets:
        return known[1]
    key = tuple((name, tuple(markers)) for name, markers in outlets)
    matcher = _outlet_matcher(key)
    if key == outlets and len(_MATCHERS) < 8:
        _MATCHERS[id(outlets)] = (outlets, matcher)
    return matcher


def _match_outlet(
    lines: Iterable[str], whole_text: str, outlets: Sequence[tuple[str, Sequence[str]]]
) -> str | None:
    return _matcher_for(outlets).match(lines, whole_text)


def _embed_handles(text: str) -> Handle | None:
    if "(@" not in text:
        return None  # every signature has its handle in brackets; most lines have none, and need no search
    m = _EMBED_SIGNATURE.search(text)
    if not m:
        return None
    return Handle(handle=m.group("handle"), name=m.group("name").strip())


def clean_article(
    text: str,
    outlets: Sequence[tuple[str, Sequence[str]]] = (),
    agencies: Sequence[str] = (),
) -> CleanArticle:
    """Split ``text`` into the story's paragraphs and its metadata; drop everything else.

    ``outlets`` pairs outlet names with marker strings seen in page furniture; ``agencies`` are
    wire-service names that datelines credit, e.g. "NEW DELHI (Reuters) -".
    """
    if "«" in text:
        text = _GUILLEMET_QUOTE.sub(r"“\1”", text)
    if "> " in text:
        text = _QUOTED_LINE.sub(
            "  ", text
        )  # a newsletter's quoted line ('> "We have given ..."'), one space each
    paragraphs = _paragraphs(text)
    kept: list[Paragraph] = []
    dropped: list[tuple[int, int, str]] = []
    furniture_lines: list[str] = []
    handles: list[Handle] = []
    posts: list[Post] = []
    title: str | None = None
    byline: str | None = None
    published: tuple[date, str | None, str] | None = None
    dateline: str | None = None
    credit: str | None = None
    month_day: tuple[int, int] | None = None
    dateline_phrase = ""
    body_started = False
    ended = False
    social: tuple[str, int] | None = None
    social_name = social_handle = ""
    social_told = False
    ad_until = -1
    masthead: str | None = None
    masthead_at = -2
    teasers = False  # inside a list of teasers that a "YOU MAY ALSO LIKE:" line opened
    tagline_at: int | None = None  # where in `dropped` a title that may be the site's tagline is

    site = _site_name(text, paragraphs)
    for index, (start, end) in enumerate(paragraphs):
        line = text[start:end]
        if not body_started and not kept and (mail := _MAIL_HEADER.match(line)) is not None:
            # A newsletter as its e-mail came: the sender is the outlet, the subject its headline, the date its own
            field, value = mail.group("field"), mail.group("value").strip()
            sender = _MAIL_SENDER.match(value) if field == "From" else None
            if sender is not None and masthead is None:
                masthead, masthead_at = _tidy_name(sender.group("name")), index
            elif field == "Subject" and title is None and value:
                title = value
            elif field in ("Date", "Sent") and published is None:
                published = _parse_published(value)
            dropped.append((start, end, "e-mail header"))
            continue
        if site is not None and (start, end) == paragraphs[0]:
            masthead, masthead_at = _tidy_name(site), index
            dropped.append((start, end, "masthead"))
            furniture_lines.append(line)
            continue
        if index < ad_until:
            dropped.append((start, end, "advertisement"))
            continue
        if (
            _SPONSOR.match(line)
            and index > 0
            and _RULE_LINE.match(text, paragraphs[index - 1][0], paragraphs[index - 1][1]) is not None
        ):
            # "SPONSORED BY ARCTIC FREEZETECH", then the sponsor's words up to the rule that closes them
            ad_until = next(
                (
                    k
                    for k in range(index + 2, min(index + 4, len(paragraphs)))
                    if _RULE_LINE.match(text, paragraphs[k][0], paragraphs[k][1])
                ),
                index,
            )
        if ended:
            dropped.append((start, end, "after the end of the article"))
            furniture_lines.append(line)
            continue
        if (network := _SOCIAL_LABEL.match(line)) is not None:
            # "[Facebook post]", then the writer's name, the time, the post and its reactions, a line each; X's
            # layout has the time under the post ("[Post on X]", "Name @handle", the post, "5:32 p. m. · 5 nov. 2026")
            named = network.group("net") or network.group("on") or network.group("lang") or "X"
            social = ("X" if named.lower() in ("x", "twitter") else named.capitalize(), index)
            social_handle, social_told = "", False
            dropped.append((start, end, "embedded post"))
            continue
        if (
            social is None
            and "@" in line
            and index + 2 < len(paragraphs)
            and (writer_line := _SOCIAL_NAME.match(line)) is not None
            and writer_line.group("handle")
            and _words(writer_line.group("name")) <= 6
            and _SOCIAL_TIME.match(text[slice(*paragraphs[index + 2])]) is not None
        ):
            # "Esteban Barquero Solera @EBarqueroCR", the post, then its time ("9:05 a. m. · 14 jul. 2026"): X's
            # layout with no label above it
            social = ("X", index - 1)
            social_name = writer_line.group("name").strip()
            social_handle, social_told = writer_line.group("handle"), False
            dropped.append((start, end, "embedded post"))
            continue
        # (the "·" before the post's time, which both heads below hold: a cheap test first)
        if social is None and "·" in line and (header := _POST_HEADER.match(line)) is not None:
            # "Tamar Kiknavelidze @TKiknavelidze · Mar 11" over the post, its reactions below ("♡ 412   ⟲ 96")
            social = ("X", index - 1)
            social_name = header.group("name").strip().rstrip("✔✓☑\ufe0f ").strip()
            social_handle, social_told = header.group("handle"), False
            dropped.append((start, end, "embedded post"))
            continue
        if social is None and "·" in line and (account := _ACCOUNT_HEADER.match(line)) is not None:
            # "sonia.jouini.officiel · 24 septembre": an account's name alone over its post, as Instagram shows it
            social = ("Instagram", index - 1)
            social_name, social_handle, social_told = "", account.group("handle"), False
            dropped.append((start, end, "embedded post"))
            continue
        if (
            social is None
            and index + 3 < len(paragraphs)
            and _words(line) <= 5
            and not _ends_a_sentence(line)
            and _SOCIAL_TIME.match(text[slice(*paragraphs[index + 1])]) is not None
            and _REACTIONS.match(text[slice(*paragraphs[index + 3])]) is not None
        ):
            # a post the page shows with no label: the writer's name, "Tuesday ·", the post, "👍 684 💬 57"
            social = ("Facebook", index - 1)
            social_handle, social_told = "", False
        if social is not None:
            step = index - social[1]
            writer = _SOCIAL_NAME.match(line) if step == 1 else None
            if (
                writer is not None
                and _words(writer.group("name")) <= 6
                and (writer.group("handle") or not _ends_a_sentence(line))
            ):
                # (without a verified badge: "Federico Bustinza ✔ @FBustinzaAR")
                social_name = writer.group("name").strip().rstrip("✔✓☑\ufe0f ").strip()
                social_handle = writer.group("handle") or ""
                dropped.append((start, end, "embedded post"))
                continue
            if 2 <= step <= 5 and _SOCIAL_TIME.match(line):
                dropped.append((start, end, "embedded post"))
                continue
            if 2 <= step <= 3 and (social_name or social_handle) and not social_told and _words(line) >= 4:
                posts.append(Post(start, end, social_name, social_handle, None, social[0]))
                social_told = True
                dropped.append((start, end, "embedded post"))
                continue
            if social_told and step <= 5 and _REACTIONS.match(line):
                dropped.append((start, end, "embedded post"))
                continue
            social, social_name = None, ""
        end_marker = (
            (
                _END_MARKERS.match(line) is not None
                # "— ELSEWHERE THIS WEEK —", "*** RELATED ***": a label between rules of dashes or stars
                or (
                    (bare := _RULED.sub("", line)) != line
                    and bare.isupper()
                    and _END_MARKERS.match(bare) is not None
                )
                # "3. ELSEWHERE THIS WEEK (links)": a newsletter's numbered section of other stories, in capitals
                or (
                    (numbered := _NUMBERED_SECTION.match(line)) is not None
                    and _BRACKETED.sub("", line).isupper()  # "3. ELSEWHERE THIS WEEK (links)"
                    and _END_MARKERS.match(line[numbered.end() :]) is not None
                )
                # "TE PUEDE INTERESAR / RELATED", "LO MÁS LEÍDO / MOST READ": a label in two languages
                or (
                    " / " in line
                    and len(line) <= 60
                    and any(_END_MARKERS.match(p.strip()) for p in line.split(" / "))
                )
            )
            and not (
                # "First Published: Apr 15, 2026, 11:58 PM IST | Last Updated: ...": the page's date under its headline,
                # not the footer of a story first published elsewhere
                published is None
                and len(kept) <= 3
                and _FIRST_PUBLISHED_DATE.match(line) is not None
                and _parse_published(line) is not None
            )
        )
        if end_marker and body_started and _INLINE_TEASER.match(line):
            # "YOU MAY ALSO LIKE: Soca queen 'Lady Sparkz' is ENGAGED": teasers in the story, which goes on below them
            dropped.append((start, end, "teaser"))
            furniture_lines.append(line)
            teasers = True
            continue
        if teasers and _is_title_like(line) and not _ends_a_sentence(line) and _words(line) <= 16:
            dropped.append((start, end, "teaser"))  # the headlines listed under it
            continue
        teasers = False
        if body_started and _READ_MORE.match(line) and _story_resumes(text, paragraphs[index + 1 :], kept):
            # "READ MORE" over a list of teasers in the middle of the story, which goes on below them
            dropped.append((start, end, "teaser"))
            furniture_lines.append(line)
            teasers = True
            continue
        if body_started and len(kept) >= 2 and _NEXT_ITEM.match(line) and not _ends_a_sentence(line):
            # "2. PERU: Congress censures energy minister": a newsletter's next item, another story
            ended = True
            dropped.append((start, end, "end-of-article marker"))
            furniture_lines.append(line)
            continue
        if (end_marker or (_READ_MORE.match(line) and len(kept) >= 3)) and (
            body_started or _words(line) <= 4
        ):
            if body_started:
                ended = True
            dropped.append((start, end, "end-of-article marker" if body_started else "navigation"))
            furniture_lines.append(line)
            continue
        if (
            _FURNITURE.match(line)
            or _TICKER.match(line)
            or (
                # not "Tariffs will fall by 10-15% this year and 20-25% next year," a range in a sentence
                "%" in line
                and not _ends_a_sentence(line)
                and _MARKETS.search(line) is not None
                and _words(line) <= 20
            )
            or (not body_started and _SLASH_CRUMB.match(line) is not None)
            or ((_COOKIES.search(line) or _PAYWALL.search(line)) is not None and _words(line) <= 60)
            # "🔍 Buscar     Suscríbete por $1.990 al mes     Iniciar sesión": the site's search and account links
            or (_words(line) <= 14 and _ACCOUNT_LINKS.count(line) >= 2)
            or (
                line.isupper()
                and _words(line) <= 5
                and not _CAPS_NAME.match(line)
                and _parse_published(line) is None
                # "🐟 THE NORDIC CATCH" under "View this email in your browser": the page's name, read below
                and (
                    masthead is not None
                    or title is not None
                    or body_started
                    or not _only_furniture(text, dropped)
                    or _words(_DASH_WORDS.sub("", _SYMBOLS.sub("", line)))
                    < 2  # "SPORT", "POLITICS": a section's name
                )
            )
            or (_BREADCRUMB.search(line) if "›" in line or "»" in line else _BREADCRUMB.match(line))
            or (
                # A line that ends a sentence is no menu (its last item would end one): most lines are story
                # sentences, and this test is cheaper than the search for a separator.
                not _ends_a_sentence(line)
                and _MENU_SEPARATOR.search(line) is not None
                and _is_menu(line)
                and _parse_published(line) is None
            )
            or (
                "|" in line
                and (
                    all(_FURNITURE.match(item.strip()) for item in line.split("|")) or _language_switch(line)
                )
                and _parse_published(line) is None
            )
            or ("[" in line and _words(_BUTTON.sub("", line)) <= 2 and _BUTTON.search(line) is not None)
            # "🔔 Support independent journalism — become a member from N$45 a month. [Join now] [Maybe later]"
            or (
                "[" in line
                and _words(line) <= 40
                and _BUTTONS_AT_END.search(line) is not None
                and _parse_published(line) is None  # "Thursday, 18 September 2025     [Search]  [e-Edition]"
            )
        ):
            dropped.append((start, end, "page furniture"))
            furniture_lines.append(line)
            continue
        signature = _embed_handles(line)
        if signature or _EMBED_START.search(line):
            # the post's text, above its signature ("#WATCH | ..." or a link opens a post: not what is above it)
            _drop_embed_lead_in(
                text, kept, dropped, start if signature and _EMBED_SIGNATURE.match(text, start, end) else -1
            )
            if signature:
                handles.append(signature)
                post = _post_of(text, start, end, dropped, signature)
                if post is not None:
                    posts.append(post)
            dropped.append((start, end, "embedded post"))
            continue
        # The words counted first: most lines are longer than a caption, and counting is cheaper than the search.
        if (_words(line) <= 12 and _CAPTION.search(line)) or _BRACKETED_CAPTION.match(line):
            dropped.append((start, end, "photo caption"))
            continue
        if (
            body_started
            and byline is None
            and len(kept) <= 2
            and _BYLINE_LINE.match(line)
            and _words(line) <= 12
            and not _ends_a_sentence(line)
            and _parse_published(line)
            is None  # not "By Russ Kettering | Published 06/04/2026 6:12 PM", read below
        ):
            # "By Yasmine Karoui, in Tunis and El Kef" under a standfirst sentence
            byline = _byline_before(line + " .", ".")
            dropped.append((start, end, "byline"))
            continue
        if body_started and len(kept) <= 3 and published is None and month_day is None:
            # A dateline or date line can follow a standfirst sentence.
            found = _parse_published(line)
            if (
                found
                and (_words(line) <= 12 or _METADATA_BEFORE.search(line[: line.find(found[2])]))
                and not _date_within_sentence(line, found[2])
            ):
                published = found
                byline = byline or _byline_before(line, found[2])
                dropped.append((start, end, "publication date"))
                continue
            if found and line.startswith(found[2]):
                # "date 2026-02-12 French Minister ...": a date run into the first paragraph.
                published = found
                start += len(found[2])
                line = text[start:end].lstrip()
                start = end - len(line)
            dl = _dateline(line) or _AGENCY_DATELINE.match(line)
            if dl and dl.groupdict().get("month"):
                dateline, credit_found, published, month_day, dateline_phrase = _read_dateline(dl, text)
                credit = credit_found or credit
                start += dl.end()
                line = text[start:end]
        if body_started and dateline is None and len(kept) <= 1 and (caps := _CAPS_DATELINE.match(line)):
            # "MBABANE – Eswatini and Lesotho have agreed ...": the story's place, in capitals, under a dated header
            dateline = caps.group("place").title()
            start += caps.end()
            line = text[start:end]
        if not body_started:
            # Header region: dates, bylines and the title come before the story's first paragraph.
            found = None if (_dateline(line) or _AGENCY_DATELINE.match(line)) else _parse_published(line)
            if found and _date_within_sentence(
                line, found[2], found[0] != published[0] if published else False
            ):
                found = None  # "... met his counterpart on March 19, 2023, officials said.": the story's first line
            if found:
                if published is None:
                    published = found
                elif published[1] is None and found[1] and found[0] == published[0]:
                    published = (published[0], found[1], published[2])
                byline = byline or _byline_before(line, found[2])
                rest_start = _after_metadata(text, start, end, found[2])
                if rest_start is None:
                    dropped.append((start, end, "publication date"))
                    continue
                start = rest_start
                line = text[start:end]
            dl = _dateline(line) or _AGENCY_DATELINE.match(line) or _CAPS_DATELINE.match(line)
            if dl:
                place, credit_found, stated, found_day, phrase = _read_dateline(dl, text)
                dateline, credit = place, credit_found or credit
                if published is None and (stated or found_day):
                    published, month_day, dateline_phrase = stated, found_day, phrase
                start += dl.end()
                line = text[start:end]
            if _CONTENTS_ITEM.match(line) and _words(line) <= 16 and not _ends_a_sentence(line):
                dropped.append(
                    (start, end, "contents")
                )  # "1. Bolivia to cut onion safeguard": a newsletter's contents
                continue
            if not _is_body(line):
                # (a first line of more words in a language of short syllables: "BẢN TIN LÚA GẠO VIỆT NAM")
                if (
                    title is None
                    and line.isupper()
                    and (
                        _words(line) <= 5
                        # (not an English headline in capitals: "PERU AND CHILE SIGN NEW TRADE PACT")
                        or (
                            not dropped
                            and _words(line) <= 7
                            and not line.isascii()
                            and _SHORT_WORDS.fullmatch(line)
                        )
                    )
                ):
                    dropped.append((start, end, "masthead"))
                    if masthead is None and (_only_furniture(text, dropped[:-1]) or _outlet_like(line)):
                        masthead, masthead_at = (
                            _tidy_name(line),
                            index,
                        )  # the page's first line of text: its name
                    furniture_lines.append(line)
                    continue
                name_match = _BYLINE_NAME.match(line) or _CAPS_NAME.match(line)
                if name_match and _words(line) <= 5:
                    if (
                        byline is None
                        and title is not None
                        and not _appears_later(text, end, name_match.group("name"))
                    ):
                        byline = _tidy_name(name_match.group("name"))
                        dropped.append((start, end, "byline"))
                    else:
                        dropped.append((start, end, "caption"))
                    continue
                if _BYLINE_LINE.match(line) and _words(line) <= 10:
                    byline = byline or _byline_before(line + " .", ".")
                    dropped.append((start, end, "byline"))
                    continue
                if title is None and _is_title_like(line):
                    following = (
                        text[paragraphs[index + 1][0] : paragraphs[index + 1][1]]
                        if index + 1 < len(paragraphs)
                        else ""
                    )
                    if (
                        (" | " in line or " / " in line)
                        and _words(line) <= 4
                        and _is_title_like(following)
                        and _words(following) > 4
                    ):
                        dropped.append((start, end, "section label"))  # "World | Asia" above the headline
                        continue
                    title = line
                    # Right under the site's name: maybe its tagline ("Policy, trade and governance across the
                    # continent"), if a headline follows before the story.
                    tagline_at = len(dropped) if masthead is not None and index == masthead_at + 1 else None
                    dropped.append((start, end, "title"))
                    continue
                if (
                    _is_title_like(line)
                    and _furniture_since(dropped, tagline_at)
                    and _words(line) >= 4
                    and not kept
                ):
                    # The headline under the tagline: the first title-like line was the site's tagline.
                    _headline_below_tagline(dropped, tagline_at, start, end)
                    title, tagline_at = line, None
                    continue
                if (
                    _is_title_like(line)
                    and _words(line) < 12
                    # (not "• Lao PM Bounthavy Keomanivong on official visit, Wednesday to Saturday": a key point
                    # under the dated header, the story told in short)
                    and not (line.lstrip().startswith("•") and published is not None and title is not None)
                ):
                    dropped.append((start, end, "header"))
                    continue
                if _words(line) < 3:
                    dropped.append((start, end, "section label"))
                    furniture_lines.append(line)
                    continue
            if title is not None and not kept and not _ends_a_sentence(line) and _words(line) <= 60:
                if _furniture_since(dropped, tagline_at):
                    # The headline under the tagline ("Bolivia to cut onion safeguard ...; Peru wants it gone").
                    _headline_below_tagline(dropped, tagline_at, start, end)
                    title, tagline_at = line, None
                    continue
                kept.append(Paragraph(start, end))  # the standfirst: story text before the byline
                continue
            body_started = True
            kept.append(Paragraph(start, end))
            continue
        if _is_title_like(line) and _words(line) <= 16 and not line.endswith((",", ":")):
            # Not "President Ibrahim Shafeeq welcomed the decision on X on Tuesday evening:", a sentence that opens
            # a post or a quotation below it.
            kept.append(Paragraph(start, end, heading=True))
            continue
        kept.append(Paragraph(start, end))

    if not kept:
        # A one-paragraph item: its only text may have looked like a title.
        lines = [
            (s, e)
            for s, e, why in dropped
            if why in ("title", "header", "section label") and _words(text[s:e]) >= 5
        ]
        if lines:
            start, end = max(lines, key=lambda se: se[1] - se[0])
            kept.append(Paragraph(start, end))
            dropped = [d for d in dropped if (d[0], d[1]) != (start, end)]
    kept = _drop_unrelated_tail(text, kept, title, dropped)
    when, time, basis = _published_when(published, credit)
    outlet = _match_outlet(furniture_lines + ([title] if title else []), text, outlets)
    if outlet is None and credit:
        outlet = next((a for a in agencies if a.lower() == credit.lower()), None)
    if masthead is not None and (outlet is None or outlet in agencies):
        outlet = (
            masthead  # "BOGOTÁ, Colombia (AP) —" on The Andean Post's page: the page is The Andean Post's
        )
    return CleanArticle(
        text=text,
        paragraphs=tuple(kept),
        title=title,
        byline=byline,
        outlet=outlet,
        published=when,
        published_time=time,
        published_basis=basis,
        dateline=dateline,
        dateline_month_day=month_day if published is None else None,
        dateline_phrase=dateline_phrase,
        years=tuple(sorted(set(_years_in(text)))),
        handles=tuple(handles),
        dropped=tuple(sorted(dropped)),
        posts=tuple(posts),
    )


def _date_within_sentence(line: str, matched: str, another_day: bool = False) -> bool:
    """True when a date the line states is part of a story sentence, not the page's date line: the line reads
    as body text and more than eight words come before the date ("Nepal's minister ... met his Spanish
    counterpart ... on March 19, 2023, officials said."), or three when the page's date is known and this is
    another day ("India and Britain held talks on 13 August 2019 in Tel Aviv ...") or the sentence goes on after
    the date ("Brazil and Indonesia on June 29, 2022 signed ...")."""
    at = max(0, line.find(matched))
    before = line[:at]
    if not _is_body(line) or _METADATA_BEFORE.search(before):
        return False
    if _words(before) > 8:
        return True
    if _ON_OPENS.fullmatch(before) and _words(line) > 8:
        return True  # "On 9 March 2026, Kenji Harada and Ramon Villareal sat down in Manila ...": a story's sentence
    # "Brazil and Indonesia on June 29, 2022 signed ...": the sentence goes on after the date, or ends with it
    # ("Lindqvist and Ozolina held talks in Stockholm on 12 March 2025.").
    goes_on = _SENTENCE_GOES_ON.match(line, at + len(matched)) is not None
    ends = line[at + len(matched) :].strip() == "." and _words(before) >= 3
    # "Kenya on 29 April 2026 imposed ...": a subject, "on", the date, and the sentence goes on
    subject_on = goes_on and _words(before) >= 2 and _ON_BEFORE.search(before) is not None
    return (_words(before) >= 3 and (another_day or goes_on)) or ends or subject_on


_ON_OPENS = re.compile(r"\s*(?:On|In|Since|From|Until|By)\s+")
_ON_BEFORE = re.compile(r"\s(?:on|in)\s+$")
_SENTENCE_GOES_ON = re.compile(
    r",?\s+(?!(?:am|pm|ist|gmt|utc|edt|est|bst|cet|updated|last|by|from|via|hrs)\b)(?!at\s+\d)[a-z]{2,}\b"
)


_METADATA_BEFORE = re.compile(
    r"\||^\s*By\s+[A-Z]|\b(?i:updated|published|posted|last modified|correspondent|reporter|desk|publicado|"
    r"publicada|actualizado|atualizado|publié|mis à jour|pubblicato|aggiornato|veröffentlicht|aktualisiert|"
    r"gepubliceerd|bijgewerkt)\b"
)
"""What a byline or date line has before its date and a story sentence does not."""


def _after_metadata(text: str, start: int, end: int, matched: str) -> int | None:
    """Where the story resumes after a date on the same line, or None if the line was only metadata."""
    line = text[start:end]
    idx = line.find(matched)
    rest = line[idx + len(matched) :].strip() if idx >= 0 else ""
    if rest[:1] in ("·", "|", "•", "∙"):
        return (
            None  # "Published: 22.01.2026, 08:12 EET  ·  Updated: ...  ·  Reading time 5 min": more metadata
        )
    if _words(rest) >= 8:
        return start + line.index(rest, idx + len(matched))
    return None


_BYLINE_LINE = re.compile(r"^(?i:(?:written|reporting|reported|text|story)\s+)?(?i:by)\s+(?!The\b)[A-Z]")
"""A byline with its words: "By Staff | Politics", "Reporting by Beatriz Nogueira, São Paulo"."""


def _byline_before(line: str, matched: str) -> str | None:
    """The reporter named before a date ("Imran Ahmed Siddiqui Published ...", "Written by Arjun Mehra | New
    Delhi | Updated: ..."), if any."""
    before = line[: line.find(matched)].strip() if matched in line else ""
    before = re.sub(r"^[a-z-]*logo\s*", "", before)
    if "|" in before or _BYLINE_LINE.match(before):
        before = re.split(r"\s*[|,]\s*", before)[0]
        before = re.sub(
            r"^(?:(?:written|reporting|reported|text|story)\s+)?by\s+", "", before, flags=re.IGNORECASE
        )
    m = _BYLINE_NAME.match(before) or _CAPS_NAME.match(before)
    return (
        _tidy_name(m.group("name")) if m and not any(w.lower() in WEEKDAYS for w in before.split()) else None
    )


def _tidy_name(name: str) -> str:
    name = _ACRONYM_AFTER.sub("", name.strip()) or name  # "AGENCE SAHARIENNE D'INFORMATION (ASI)"
    name = _SYMBOLS.sub("", name).strip() or name  # "🐟 THE NORDIC CATCH"
    words = [w for w in name.split() if w not in _DASHES]
    if len(words) > 2 and words[0].isupper() and words[0] == "".join(w[0] for w in words[1:]).upper():
        name = " ".join(
            words[1:]
        )  # "BWS  BALKAN WIRE SERVICE", "KNS — KUWAIT NEWS SERVICE": the initials, the name
    elif (dash := _NAME_THEN_DASH.match(name)) is not None:
        name = dash.group(1)  # "SBN NEWS — Samoa Broadcasting Network": the name, then what it stands for
    return _tidy_words(name)


_DASHES = ("—", "–", "-")


_ACRONYM_AFTER = re.compile(r"\s*\([A-Z]{2,6}\)$")
_NAME_THEN_DASH = re.compile(r"^(\S.*?)\s+[—–]\s+\S")


def _tidy_words(name: str) -> str:
    """ "TÜRKİYE DAILY HERALD" -> "Türkiye Daily Herald" (not "Türki̇ye": "İ" lowers to "i" and a combining dot);
    "LE COURRIER DU MAGHREB" -> "Le Courrier du Maghreb": a name's joining words in lower case, but the first."""
    if name.isupper() and name.isalpha() and len(name) <= 3:
        return name  # "SNA", "NHK": a name of initials alone (not "MINT")
    words = []
    for i, w in enumerate(name.split()):
        if w.isupper() and w.lower() in _NAME_JOINERS:
            w = w.lower() if i else w[:1] + w[1:].lower()
        elif w.isupper() and w.isascii() and len(w) <= 4 and not _VOWELS.search(w):
            pass  # "SBN", "NHK": initials
        elif w.isupper() and i and _ELIDED.match(w):
            w = w[:2].lower() + w[2:3] + w[3:].lower()  # "D'INFORMATION" -> "d'Information"
        elif w.isupper() and len(w) > 2:
            w = "-".join(part[:1] + part[1:].lower() for part in w.split("-"))
        words.append(w)
    return " ".join(words).replace("i\u0307", "i")


_VOWELS = re.compile(r"[AEIOUY]")
_SHORT_WORDS = re.compile(r"[^\W\d_]{1,5}(?: [^\W\d_]{1,5})*")
"""Words of five letters at most, as Vietnamese writes a name in syllables: "BẢN TIN LÚA GẠO VIỆT NAM"."""
_ELIDED = re.compile(r"^[DL]['’]\w")


def _appears_later(text: str, after: int, name: str) -> bool:
    surname = name.rsplit(maxsplit=1)[-1]
    return re.search(r"\b" + re.escape(surname) + r"\b", text[after:], re.IGNORECASE) is not None


def _read_dateline(
    m: re.Match[str], text: str
) -> tuple[str, str | None, tuple[date, str | None, str] | None, tuple[int, int] | None, str]:
    """A dateline's place, credited agency, and date: full when it has a year, else month and day."""
    place = m.group("place").strip()
    place = place.title() if place.isupper() else place
    credit = m.groupdict().get("agency") or m.groupdict().get("agency2")
    if not m.groupdict().get("month"):
        return place, credit, None, None, ""
    if m.group("year"):
        return place, credit, _dateline_date(m, text), None, ""
    return (
        place,
        credit,
        None,
        (_month_number(m.group("month")), int(m.group("day"))),
        m.group(0).strip(" -—–:"),
    )


def _dateline_date(m: re.Match[str], text: str) -> tuple[date, str | None, str] | None:
    month = _month_number(m.group("month"))
    day_number = int(m.group("day"))
    if m.group("year"):
        day = parse_day_month_year(day_number, month, int(m.group("year")))
        return (day, None, m.group(0).strip()) if day else None
    years = _years_in(text)
    if not years:
        return None
    day = parse_day_month_year(day_number, month, max(years))
    return (day, None, f"{m.group(0).strip(' -—–:')} (year {max(years)} from the text)") if day else None


def _published_when(
    found: tuple[date, str | None, str] | None, credit: str | None
) -> tuple[When | None, str | None, str]:
    if found is None:
        return None, None, ""
    day, time, phrase = found
    basis = "stated; year taken from the years the text mentions" if "(year " in phrase else "stated"
    phrase = phrase.split(" (year ", 1)[0]
    return When.day(day, phrase), time, basis


def _post_of(
    text: str, start: int, end: int, dropped: list[tuple[int, int, str]], signature: Handle
) -> Post | None:
    """The text an embedded post's signature line signs: on the line before the dash ("... pic.twitter.com/x —
    Rajnath Singh (@rajnathsingh) October 31, 2025"), else the post's line just above it."""
    m = _EMBED_SIGNATURE.search(text, start, end)
    if m is None:
        return None
    body_start, body_end = start, m.start()
    if not text[body_start:body_end].strip():
        above = next(((s, e) for s, e, why in reversed(dropped) if e <= start), None)
        if above is None or text[above[1] : start].strip() or _EMBED_SIGNATURE.search(text, *above):
            return None
        body_start, body_end = above
    link = _POST_LINK.search(text, body_start, body_end)
    body_end = link.start() if link else body_end
    if text[body_start : body_start + 1] in '"“' and text[body_end - 1 : body_end] in '"”':
        body_start, body_end = body_start + 1, body_end - 1  # a post shown in quotation marks: its words only
    while (
        body_end > body_start and not text[body_end - 1].isalnum() and text[body_end - 1] not in ".!?…'’\"”"
    ):
        body_end -= 1  # flags and spaces before the link
    if len(text[body_start:body_end].split()) < 4:
        return None
    day = _parse_published(m.group(0))
    return Post(body_start, body_end, signature.name, signature.handle, day[0] if day else None)


def _writer_named(text: str, signature: int, body: str) -> bool:
    """Whether ``body`` names the writer whose signature line opens at ``signature`` by a word of their name."""
    m = _EMBED_SIGNATURE.match(
        text, signature, text.find("\n", signature) if "\n" in text[signature:] else len(text)
    )
    if m is None:
        return False
    words = {w for w in re.split(r"[\s,-]+", m.group("name")) if len(w) > 3 and w[:1].isupper()}
    if words & _ACCOUNT_WORDS:
        return False  # an institution's account ("State House Kenya") names itself in its own posts
    return any(re.search(rf"\b{re.escape(w)}\b", body) for w in words)


_ACCOUNT_WORDS = {
    "House", "Ministry", "Office", "Embassy", "Government", "Presidency", "Council", "Department", "Agency",
    "Mission", "Secretariat", "Party", "Palace", "Cabinet", "Parliament", "Assembly", "Commission", "Bureau",
    "Service", "Forces", "Army", "Police", "News", "Media", "Press", "Times", "Radio", "Post", "Kremlin",
}  # fmt: skip


_POST_MARKS = re.compile(r"[@#]\w|https?://|[\U0001F000-\U0001FAFF\u2600-\u27BF]")
_POST_LINK = re.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+)")


def _drop_embed_lead_in(
    text: str, kept: list[Paragraph], dropped: list[tuple[int, int, str]], signature: int
) -> None:
    """An embedded post's text comes before its signature line, unquoted and in the first person, or on the line
    right above a line that is only its signature (``signature``, else -1), in any language ("Firmamos hoy en
    Montevideo con la Canciller @MArocenaUY ...")."""
    first = True
    while kept:
        last = kept[-1]
        body = text[last.start : last.end]
        # Only the one line right above, nothing between: not the story's lines above it in turn.
        right_above = (
            first
            and signature > last.end
            and not text[last.end : signature].strip()
            # a post's marks (a handle, a hashtag, a link, an emoji or flag), or at least not its writer told of in the
            # third person ("Ruto later met ..." above "— William Samoei Ruto, PhD (@WilliamsRuto)": the story's line)
            and (_POST_MARKS.search(body) is not None or not _writer_named(text, signature, body))
        )
        # (a post the page shows in quotation marks, whole, right above its signature: still the post)
        quoted_whole = (
            body[:1] in '"“' and body.rstrip()[-1:] in '"”' and len(_QUOTE_CHARS.findall(body)) == 2
        )
        if (_QUOTE_CHARS.search(body) and not (right_above and quoted_whole)) or not (
            _FIRST_PERSON.search(body) or right_above
        ):
            return
        first = False
        kept.pop()
        dropped.append((last.start, last.end, "embedded post"))


def _names(text: str) -> set[str]:
    """Capitalised words of a paragraph, possessives stripped, common words left out."""
    words = {(w[:-2] if w.endswith(("’s", "'s")) else w).lower() for w in _LEAD_WORD.findall(text)}
    return words - _COMMON_CAPITALISED - _TITLE_CAPITALS


def _shares_a_name(these: set[str], earlier: set[str]) -> bool:
    """A name in common, or a country's and its people's ("Georgian" after "Georgia", "Peruvian" after "Peru",
    "Nepali" after "Nepal"): a word of four letters or more and the same with a demonym's ending (not "Baltica" after
    "Baltic")."""
    return bool(these & earlier) or any(
        len(short) >= 4 and long.startswith(short) and long[len(short) :] in _DEMONYM_ENDINGS
        for a in these
        for b in earlier
        for short, long in ((a, b) if len(a) <= len(b) else (b, a),)
    )


_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]{2,}\b")
_DEMONYM_ENDINGS = frozenset({"n", "an", "ian", "vian", "i", "ese", "ns", "ans", "ians", "is"})


_LIST_NUMBER = re.compile(r"\s*(\d{1,2})[.)]\s")


def _drop_unrelated_tail(
    text: str, kept: list[Paragraph], title: str | None, dropped: list[tuple[int, int, str]]
) -> list[Paragraph]:
    """Drop trailing paragraphs whose names appear nowhere earlier (teasers of other stories).

    A paragraph is judged only when it names at least two things; one that names fewer is kept.
    """
    if len(kept) < 3:
        return kept
    # (a word the article also writes in lower case is no name: "Officials of the two countries met in ...")
    common = {w for p in kept for w in _LOWER_WORD.findall(text, p.start, p.end)}
    names = [_names(text[p.start : p.end]) - common for p in kept]
    in_title = _names(title or "")
    cut = len(kept)
    for index in range(len(kept) - 1, 1, -1):
        earlier = in_title.union(*names[:index])
        number = _LIST_NUMBER.match(text, kept[index].start, kept[index].end)
        before = _LIST_NUMBER.match(text, kept[index - 1].start, kept[index - 1].end)
        if number and before and int(number.group(1)) == int(before.group(1)) + 1:
            break  # "3. The Binational Plan ..." after "2. An agreement ...": the list goes on
        if (
            len(names[index]) >= 2
            and not _shares_a_name(names[index], earlier)
            and not _QUOTE_CHARS.search(text[kept[index].start : kept[index].end])
        ):
            cut = index
        else:
            break
    for para in kept[cut:]:
        dropped.append((para.start, para.end, "unrelated to the story"))
    return kept[:cut]


_TITLE_CAPITALS = {
    "minister", "ministers", "foreign", "defence", "defense", "prime", "president", "secretary", "deputy", "trade",
    "finance", "affairs", "external", "national", "security", "adviser", "advisor", "spokesperson", "ambassador",
    "chancellor", "premier", "government", "ministry", "office", "says", "said", "talks", "deal", "visit", "meets",
}  # fmt: skip
_COMMON_CAPITALISED = {
    "the", "a", "an", "in", "on", "at", "for", "and", "but", "he", "she", "it", "they", "this", "that", "these",
    "those", "his", "her", "their", "its", "we", "our", "as", "with", "after", "before", "during", "while",
    "meanwhile", "however", "also", "according", "speaking", "following", "welcoming", "i", "we’re", "we're",
    "mr", "mrs", "ms", "dr", "x", "friday", "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday",
    # (a month is no name: "the next session of the council will be held in Szeged in November" names one place)
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
}  # fmt: skip
