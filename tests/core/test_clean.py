"""Cleaning scraped pages: the story's own paragraphs kept at their offsets, everything else dropped."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.clean import CleanArticle, clean_article
from bot.core.vocab import Vocabulary

STORY = [
    "Norway and Chile on Wednesday signed a fisheries cooperation agreement in Oslo, with fisheries minister Ola Brekke calling it a fair deal for coastal communities.",
    "Chilean trade minister Camila Rojas said the accord would open Norwegian markets to Chilean salmon feed producers within two years.",
    "The agreement sets a joint quota review every 18 months and creates a working group of scientists from both countries.",
    '"We have waited a long time for this," Brekke told reporters after the ceremony.',
]

TEASER = [
    "Volcano erupts near Catania as Italy evacuates villages",
    "Italian civil protection chief Marco Bellini said on Friday that 3,000 residents of Zafferana had been moved and 12 flights cancelled at Catania airport.",
]


def page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def clean(text: str, vocab: Vocabulary) -> CleanArticle:
    return clean_article(text, vocab.outlets, vocab.agencies)


def kept(article: CleanArticle) -> list[str]:
    return [article.text[p.start : p.end] for p in article.paragraphs]


HEADER = ["Norway and Chile sign fisheries pact in Oslo", "Published 14.03.24, 09:15 PM"]


# ---------------------------------------------------------------------- ads, end markers, teasers


def test_an_ad_mid_body_is_dropped_and_the_story_around_it_kept(vocab: Vocabulary) -> None:
    text = page(*HEADER, STORY[0], STORY[1], "ADVERTISEMENT", STORY[2], "Advertisement", STORY[3])
    article = clean(text, vocab)
    assert kept(article) == STORY
    assert "ADVERTISEMENT" not in article.body_text().upper()


@pytest.mark.parametrize(
    "marker",
    [
        "RELATED TOPICS",
        "Read Next",
        "Follow us on:",
        "To read the full article or to get the complete feed from this publication, please",
        "RELATED",
        "Related coverage",
        "MORE ON GULF DISPATCH",
        "ALSO THIS WEEK",
    ],
)
def test_an_end_marker_ends_the_article_and_the_teaser_after_it_is_dropped(
    marker: str, vocab: Vocabulary
) -> None:
    text = page(*HEADER, *STORY, marker, *TEASER)
    article = clean(text, vocab)
    assert kept(article) == STORY
    body = article.body_text()
    assert "Catania" not in body
    assert "3,000" not in body
    assert "on Friday" not in body


def test_a_teaser_after_a_topics_list_and_follow_line_is_dropped(vocab: Vocabulary) -> None:
    text = page(
        *HEADER,
        *STORY,
        "RELATED TOPICS",
        "Norway Chile Fisheries",
        "Follow us on:",
        "ADVERTISEMENT",
        *TEASER,
        "READ MORE",
    )
    assert kept(clean(text, vocab)) == STORY


def test_a_closing_paragraph_quoting_a_new_voice_is_the_story_not_a_teaser(vocab: Vocabulary) -> None:
    story = [
        "Kenya and Ghana on Friday signed the Visa Abolition Agreement in Nairobi, Kenyan foreign minister Peter Otieno said.",
        "The agreement takes effect in January and covers stays of up to 90 days.",
        '"Our students will travel freely from next term," Ghanaian foreign minister Ama Boateng told reporters.',
    ]
    article = clean(page("Kenya and Ghana agree to scrap visas", "Saturday, 01 November 2025", *story), vocab)
    assert kept(article) == story


# ---------------------------------------------------------------------- embedded posts and captions


EMBED_STORY = [
    "Vietnam and Australia signed a maritime security memorandum in Hanoi on Thursday, pledging joint patrols and training for coast guard officers.",
    "The memorandum was signed by Vietnamese deputy defence minister Tran Van Long and Australian defence minister Helen Markham.",
    "Markham told reporters that the two navies would hold their first joint patrol next year.",
]


def test_embedded_posts_are_dropped_and_their_handles_recorded(vocab: Vocabulary) -> None:
    text = page(
        "Vietnam and Australia sign maritime memorandum",
        "Published 31.10.25, 05:10 PM",
        EMBED_STORY[0],
        "#WATCH | Hanoi: Ministers exchange the signed memorandum. pic.twitter.com/AbCdEf1234 — VNA (@VNAnews) October 30, 2025",
        EMBED_STORY[1],
        "Proud to sign a new maritime memorandum with our friends in Hanoi. We will patrol together. pic.twitter.com/Zx81Qw — Helen Markham (@HelenMarkhamMP) October 30, 2025",
        EMBED_STORY[2],
    )
    article = clean(text, vocab)
    assert kept(article) == EMBED_STORY
    assert "pic.twitter.com" not in article.body_text()
    handles = {h.handle: h.name for h in article.handles}
    assert handles.get("HelenMarkhamMP") == "Helen Markham"


def test_a_post_whose_text_stands_on_its_own_line_is_dropped_with_its_signature(vocab: Vocabulary) -> None:
    text = page(
        "Vietnam and Australia sign maritime memorandum",
        "Published 31.10.25, 05:10 PM",
        EMBED_STORY[0],
        EMBED_STORY[1],
        "Proud to sign a new maritime memorandum with our friends in Hanoi. We will patrol together.",
        "pic.twitter.com/Zx81Qw — Helen Markham (@HelenMarkhamMP) October 30, 2025",
        EMBED_STORY[2],
    )
    article = clean(text, vocab)
    assert kept(article) == EMBED_STORY
    assert "HelenMarkhamMP" in {h.handle for h in article.handles}


@pytest.mark.parametrize(
    "caption",
    ["Ola Brekke File picture", "Fisheries minister Ola Brekke. File photo", "Representational image"],
)
def test_photo_captions_are_dropped(caption: str, vocab: Vocabulary) -> None:
    text = page(*HEADER, STORY[0], caption, *STORY[1:])
    article = clean(text, vocab)
    assert kept(article) == STORY


# ---------------------------------------------------------------------- publication dates


@pytest.mark.parametrize(
    ("header", "expected", "time"),
    [
        ("Published 01.11.25, 06:39 AM", date(2025, 11, 1), "06:39 AM"),
        ("Saturday, 01 November 2025", date(2025, 11, 1), None),
        ("November 1, 2025", date(2025, 11, 1), None),
        ("Updated: 31.10.2025, 11:05 PM", date(2025, 10, 31), "11:05 PM"),
    ],
)
def test_publication_date_forms_in_the_header(
    header: str, expected: date, time: str | None, vocab: Vocabulary
) -> None:
    text = page(header, "Norway and Chile sign fisheries pact in Oslo", *STORY)
    article = clean(text, vocab)
    assert article.published is not None
    assert article.published.start == expected
    assert article.published_time == time
    assert article.published_basis == "stated"
    assert kept(article) == STORY


def test_a_date_at_the_start_of_the_first_paragraph_is_read_and_cut_off(vocab: Vocabulary) -> None:
    text = " date 2025-10-31 " + STORY[0] + "\n\n" + "\n\n".join(STORY[1:]) + "\n"
    article = clean(text, vocab)
    assert article.published is not None
    assert article.published.start == date(2025, 10, 31)
    assert kept(article) == STORY


def test_a_dateline_gives_month_and_day_and_leaves_the_year_to_the_pipeline(vocab: Vocabulary) -> None:
    first = "Peru and Brazil on Friday agreed to connect their electricity grids across the Amazon border, energy minister Rosa Quispe said in Lima."
    text = "Peru and Brazil link power grids\nLima, Nov. 1 -- " + first + "\n" + STORY[2] + "\n"
    article = clean(text, vocab)
    assert article.published is None
    assert article.dateline == "Lima"
    assert article.dateline_month_day == (11, 1)
    assert "Nov. 1" in article.dateline_phrase
    assert kept(article) == [first, STORY[2]]


def test_a_dateline_with_its_year_is_a_full_date(vocab: Vocabulary) -> None:
    text = "Ports reopen after strike\nMOMBASA, Oct. 30, 2025 -- " + STORY[1] + "\n" + STORY[2] + "\n"
    article = clean(text, vocab)
    assert article.published is not None
    assert article.published.start == date(2025, 10, 30)
    assert kept(article) == [STORY[1], STORY[2]], "the dateline, dash included, is not story text"
    assert article.dateline == "Mombasa"


def test_a_page_without_any_date_says_so(vocab: Vocabulary) -> None:
    article = clean(page(*STORY), vocab)
    assert article.published is None
    assert article.dateline_month_day is None


# ---------------------------------------------------------------------- bylines, titles, outlets


@pytest.mark.parametrize("byline", ["Marit Solberg", "MARIT SOLBERG", "By Marit Solberg", "BY MARIT SOLBERG"])
def test_byline_forms(byline: str, vocab: Vocabulary) -> None:
    text = page(
        "Norway and Chile sign fisheries pact in Oslo", byline, "Published 14.03.24, 09:15 PM", *STORY
    )
    article = clean(text, vocab)
    assert article.byline == "Marit Solberg"
    assert article.title == "Norway and Chile sign fisheries pact in Oslo"
    assert kept(article) == STORY


def test_a_byline_before_the_date_on_one_line(vocab: Vocabulary) -> None:
    text = page(
        "Norway and Chile sign fisheries pact in Oslo", "Marit Solberg Published 14.03.24, 09:15 PM", *STORY
    )
    article = clean(text, vocab)
    assert article.byline == "Marit Solberg"
    assert article.published is not None
    assert article.published.start == date(2024, 3, 14)


def test_a_name_in_the_story_is_not_taken_for_the_byline(vocab: Vocabulary) -> None:
    text = page("Norway and Chile sign fisheries pact in Oslo", "Published 14.03.24, 09:15 PM", *STORY)
    assert clean(text, vocab).byline is None


@pytest.mark.parametrize(
    ("furniture", "outlet"),
    [
        ("HINDUSTAN TIMES", "Hindustan Times"),
        ("Follow us on:\nwww.thehindu.com", "The Hindu"),
        ("© 2025 livemint.com. All rights reserved", "Mint"),
    ],
)
def test_outlet_from_the_page_furniture(furniture: str, outlet: str, vocab: Vocabulary) -> None:
    assert outlet in {name for name, _markers in vocab.outlets}
    text = page(furniture, *HEADER, *STORY) if furniture.isupper() else page(*HEADER, *STORY, furniture)
    article = clean(text, vocab)
    assert article.outlet == outlet
    assert kept(article) == STORY


@pytest.mark.parametrize("furniture", ["HINDUSTAN TIMES", "thehindu.com › International › Asia"])
def test_page_furniture_above_the_headline_is_not_the_title(furniture: str, vocab: Vocabulary) -> None:
    article = clean(page(furniture, *HEADER, *STORY), vocab)
    assert article.title == HEADER[0]
    assert kept(article) == STORY


def test_an_outlet_named_only_inside_the_story_is_not_the_publisher(vocab: Vocabulary) -> None:
    story = [
        *STORY[:2],
        "Brekke told The Hindu last month that the talks had nearly collapsed twice over quota numbers.",
    ]
    article = clean(page(*HEADER, *story), vocab)
    assert article.outlet is None


def test_no_outlet_when_the_page_names_none(vocab: Vocabulary) -> None:
    assert clean(page(*HEADER, *STORY), vocab).outlet is None


# ---------------------------------------------------------------------- offsets


KITCHEN_SINK = (
    "HINDUSTAN TIMES\nADVERTISEMENT\n"
    "Norway and Chile sign fisheries pact in Oslo\r\n\r\n"
    "MARIT SOLBERG\r\nPublished 14.03.24, 09:15 PM\r\n\r\n"
    "   " + STORY[0] + "  \r\n\r\n"
    "Ola Brekke File picture\r\n"
    + STORY[1]
    + "\r\n\r\nADVERTISEMENT\r\n\r\n\t"
    + STORY[2]
    + "\r\n"
    + STORY[3]
    + "\r\n\r\n    RELATED TOPICS\r\n    Norway Chile\r\n"
    + "\r\n".join(TEASER)
    + "\r\n"
)


@pytest.mark.parametrize(
    "text",
    [
        page(*HEADER, STORY[0], "ADVERTISEMENT", *STORY[1:], "Read Next", *TEASER),
        KITCHEN_SINK,
        " date 2025-10-31 " + "\n\n".join(STORY),
    ],
    ids=["plain", "crlf-indented", "date-prefix"],
)
def test_offsets_point_at_each_paragraph_in_the_raw_text(text: str, vocab: Vocabulary) -> None:
    article = clean(text, vocab)
    assert article.text == text
    assert kept(article) == STORY
    for p in article.paragraphs:
        assert 0 <= p.start < p.end <= len(text)
    starts = [p.start for p in article.paragraphs]
    assert starts == sorted(starts)


def test_a_first_paragraph_that_states_a_date_is_the_story_not_a_date_line(vocab: Vocabulary) -> None:
    lead = (
        "Chile's Minister of Foreign Affairs Camila Rojas met her Norwegian counterpart Ola Brekke "
        "on March 19, 2023, officials said."
    )
    result = clean(
        page("Chile, Norway hold talks on fisheries", "Updated: Mar 20, 2023 13:30 IST", lead, *STORY[1:]),
        vocab,
    )
    assert result.published is not None
    assert result.published.start == date(2023, 3, 20)
    assert result.text[result.paragraphs[0].start : result.paragraphs[0].end] == lead
    assert [why for _, _, why in result.dropped] == ["title", "publication date"]


@pytest.mark.parametrize(
    ("lead", "story"),
    [
        ("Chile and Norway held talks on 19 March 2023 in Oslo on fisheries.", True),
        ("Updated on 19 March 2023", False),
        ("Talks: March 19, 2023", False),
    ],
)
def test_a_short_first_sentence_dated_another_day_than_the_page_is_the_story(
    vocab: Vocabulary, lead: str, story: bool
) -> None:
    result = clean(
        page("HARBOUR GAZETTE", "March 20, 2023", "Chile, Norway hold talks", lead, *STORY[1:]), vocab
    )
    assert result.published is not None
    assert result.published.start == date(2023, 3, 20)
    assert (kept(result)[0] == lead) is story
    assert len(kept(result)) == len(STORY) - 1 + story


def test_a_first_sentence_that_goes_on_after_its_date_is_the_story_not_a_date_line(vocab: Vocabulary) -> None:
    lead = "Chile and Norway on March 19, 2023 signed a fisheries pact in Oslo."
    result = clean(page("HARBOUR GAZETTE", "Chile, Norway sign fisheries pact", lead, *STORY[1:]), vocab)
    assert result.published is None
    assert kept(result)[0] == lead


def test_a_lead_sentence_that_goes_on_with_and_is_the_story(vocab: Vocabulary) -> None:
    lead = "Modi and Kishida met in Tokyo on 20 March 2023 and signed a defence pact."
    result = clean(
        page("HARBOUR GAZETTE", "March 20, 2023", "Modi and Kishida sign pact", lead, *STORY[1:]), vocab
    )
    assert kept(result)[0] == lead


@pytest.mark.parametrize(
    "line",
    [
        "Anna Lee, Senior Correspondent, The Baltic Times. 20 March 2023 at 10:30",
        "Anna Lee, Senior Correspondent, The Baltic Times. 20 March 2023, last updated 10:30",
        "Story filed by our correspondent in Oslo on 20 March 2023.",
    ],
)
def test_a_byline_with_its_date_is_still_the_date_line(vocab: Vocabulary, line: str) -> None:
    result = clean(page("Chile, Norway hold talks on fisheries", line, *STORY), vocab)
    assert result.published is not None
    assert result.published.start == date(2023, 3, 20)
    assert kept(result) == STORY


def test_a_date_line_with_a_long_byline_before_the_date_is_still_the_date_line(vocab: Vocabulary) -> None:
    line = "By Camila Rojas Fuentes and Ola Brekke, Santiago Weekly Review, Foreign Desk. Updated: Mar 20, 2023 06:39 AM"
    result = clean(page("Chile, Norway hold talks on fisheries", line, *STORY), vocab)
    assert result.published is not None
    assert result.published.start == date(2023, 3, 20)
    assert len(result.paragraphs) == len(STORY)


# ---------------------------------------------------------------------- page headers seen in the wild


@pytest.mark.parametrize(
    "menu",
    [
        "Home | World | Business | Markets | Asia-Pacific | Sign in",
        "Markets · Policy · Commodities · Logistics",
        "Home > World > Asia",
        "Subscribe | Log in",
        "English Edition | 日本語",
        "[Subscribe - it's free]",
        "Follow Us  [Google News]  [WhatsApp Channel]",
        "☰ UAE  Saudi Arabia  Qatar  Oman  Kuwait  Bahrain  Business  Defence",
        "Breaking: Dubai Airshow closes with record orders ▸ Brent crude steady at $63 ▸ Riyadh Metro adds service",
        "Lire aussi / Read also: Algeria's Sonatrach signs gas supply deal with Italian utility, CEO Rachid Benali says",
        "[Photo: Sayyid Faisal bin Hamad Al Busaidi receives Sheikh Abdullah bin Nasser Al Kuwari at Bait Al Falaj, "
        "Muscat, before the two ministers signed the memorandum. (ONA)]",
    ],
)
def test_menus_breadcrumbs_and_buttons_above_the_story_are_dropped(vocab: Vocabulary, menu: str) -> None:
    text = page("THE OSLO COURIER", menu, *HEADER, *STORY)
    article = clean(text, vocab)
    assert article.title == HEADER[0]
    assert article.published is not None
    assert article.published.start == date(2024, 3, 14)
    assert kept(article) == STORY


def test_a_menu_line_is_not_joined_to_the_date_line_under_it(vocab: Vocabulary) -> None:
    text = "Politics | Business | City | Opinion | Arts\ndate 2024-03-14\nBy Staff | Politics\n\n" + page(
        HEADER[0], *STORY
    )
    article = clean(text, vocab)
    assert article.published is not None
    assert article.published.start == date(2024, 3, 14)
    assert article.title == HEADER[0]
    assert kept(article) == STORY


@pytest.mark.parametrize(
    ("line", "day", "byline"),
    [
        ("Posted 14/03/2024 at 21:15 (BRT)", date(2024, 3, 14), None),
        ("Posted 03/14/2024", date(2024, 3, 14), None),
        ("Reporting by Beatriz Nogueira, São Paulo", None, "Beatriz Nogueira"),
    ],
)
def test_slashed_dates_and_reporting_by_lines(
    vocab: Vocabulary, line: str, day: date | None, byline: str | None
) -> None:
    text = page(HEADER[0], line, "Saturday, 16 March 2024" if day is None else "", *STORY)
    article = clean(text, vocab)
    assert article.published is not None
    assert article.published.start == (day or date(2024, 3, 16))
    assert article.byline == byline
    assert kept(article) == STORY


def test_a_long_byline_and_date_line_after_the_standfirst_dates_the_page(vocab: Vocabulary) -> None:
    standfirst = "Oslo's deal with Santiago comes as Norway itself deepens ties with South America."
    line = "Written by Arjun Mehra | New Delhi | Updated: Mar 14, 2024 21:04 IST"
    article = clean(page(HEADER[0], standfirst, line, *STORY), vocab)
    assert article.published is not None
    assert article.published.start == date(2024, 3, 14)
    assert article.byline == "Arjun Mehra"
    assert line not in kept(article)


def test_the_pages_first_line_in_capitals_names_an_outlet_no_list_knows(vocab: Vocabulary) -> None:
    article = clean(page("THE OSLO-FJORD COURIER", *HEADER, *STORY), vocab)
    assert article.outlet == "The Oslo-Fjord Courier"
    # A known outlet named in the page's furniture wins over the masthead.
    known = clean(page("MY KOLKATA EDUGRAPH", *HEADER, *STORY), vocab)
    assert known.outlet == "The Telegraph"
    # Capitals further down the header are not a masthead.
    assert clean(page(HEADER[0], "THE OSLO COURIER", HEADER[1], *STORY), vocab).outlet is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Updated 2024-03-14T08:45:00Z", date(2024, 3, 14)),
        ("Published 2024.03.14 10:12  |  Updated 2024.03.14 15:40", date(2024, 3, 14)),
        ("2024/03/14 | 11:04", date(2024, 3, 14)),
        ("ECONOMY   14.03.2024 | 08:30", date(2024, 3, 14)),
    ],
)
def test_numeric_date_lines_of_the_header(vocab: Vocabulary, line: str, day: date) -> None:
    article = clean(page("Business > Industry", HEADER[0], line, *STORY), vocab)
    assert article.published is not None
    assert article.published.start == day
    assert article.title == HEADER[0]
    assert kept(article) == STORY


@pytest.mark.parametrize("site", ["Farm & Market Journal", "VIETPULSE", "CritMin Insider"])
def test_the_first_line_above_a_menu_is_the_sites_name(vocab: Vocabulary, site: str) -> None:
    menu = "Markets | Crops | Livestock | Policy | Weather"
    lines = (
        [site, "Supply chains for the stuff that makes everything", menu] if " " in site[5:] else [site, menu]
    )
    article = clean(page(*lines, *HEADER, *STORY), vocab)
    assert article.outlet is not None
    assert article.outlet.lower() == site.lower()
    # A section label over a headline is no site's name.
    assert clean(page("Nation", *HEADER, *STORY), vocab).outlet is None


@pytest.mark.parametrize(
    "more",
    [
        "Also on Tuesday, Norway's ministry of fisheries announced that it would cut quotas for cod by 5%.",
        "More on the fisheries deal is expected when Norway and Chile meet again in Oslo.",
        "Related talks between Norway and Chile on a salmon quota will be held in Oslo next year.",
    ],
)
def test_a_story_paragraph_opening_with_words_of_an_end_marker_is_no_end_marker(
    vocab: Vocabulary, more: str
) -> None:
    article = clean(page(*HEADER, *STORY, more), vocab)
    assert kept(article) == [*STORY, more]


@pytest.mark.parametrize(
    ("lines", "day", "outlet"),
    [
        (
            [
                "TÜRKİYE DAILY HERALD",
                "HOME | TÜRKİYE | POLITICS | ECONOMY",
                "Elif Sarıkaya - ANKARA",
                "14-03-2024 19:47",
            ],
            date(2024, 3, 14),
            "Türkiye Daily Herald",
        ),
        (
            [
                "HEARTLAND FARM JOURNAL",
                "Markets | Crops | Livestock | Policy",
                "By Russ Kettering | Published 03/14/2024 6:12 PM CDT",
            ],
            date(2024, 3, 14),
            "Heartland Farm Journal",
        ),
        (
            [
                "HEARTLAND FARM JOURNAL",
                "Markets | Crops | Livestock | Policy",
                "By Russ Kettering | Published 06/04/2024 6:12 PM CDT",
            ],
            date(2024, 6, 4),
            "Heartland Farm Journal",
        ),
    ],
)
def test_dashed_and_us_numeric_dates_and_dotted_capitals(
    vocab: Vocabulary, lines: list[str], day: date, outlet: str
) -> None:
    article = clean(page(*lines, HEADER[0], *STORY), vocab)
    assert article.published is not None
    assert article.published.start == day
    assert article.outlet == outlet
    assert kept(article) == STORY


def test_a_menu_spaced_without_bars_and_a_site_name_with_its_edition(vocab: Vocabulary) -> None:
    lines = [
        "NUSANTARA DAILY | English Edition",
        "News   Politics   Business   World   Defence   Regions   Lifestyle   Opinion",
        "Sign In | Subscribe",
    ]
    article = clean(page(*lines, *HEADER, *STORY), vocab)
    assert article.outlet == "Nusantara Daily"
    assert article.title == HEADER[0]
    assert kept(article) == STORY


@pytest.mark.parametrize(
    ("lines", "outlet", "day"),
    [
        (  # a newsletter: links, masthead, tagline, issue line, contents, a sponsor, then the lead story
            [
                "View in browser | Forward to a colleague",
                "OSLO TRADE MONITOR",
                "Weekly intelligence on trade, tariffs and logistics across the North",
                "Issue No. 214 | Published: 2024-03-14",
                "IN THIS ISSUE",
                "1. Norway and Chile sign fisheries pact",
                "2. Salmon prices: what next",
                "SPONSORED | NordCover — cargo insurance built for Arctic routes. Get a quote in 24 hours.",
                "LEAD STORY",
                HEADER[0],
            ],
            "Oslo Trade Monitor",
            date(2024, 3, 14),
        ),
        (  # a site's name in capitals, a cookie notice, a slash path, a date line in French; a wire story
            [
                "LE COURRIER DU NORD",
                "English edition | Français",
                "Ce site utilise des cookies / This site uses cookies to measure audience. [Accepter / Accept]",
                "News / Economy / Nordic",
                HEADER[0],
                "Mis à jour le 14/03/2024 à 11h32",
            ],
            "Le Courrier du Nord",
            date(2024, 3, 14),
        ),
        (  # the site's name with an emoji, its initials before it, a live blog's promotion
            [
                "OSLO BUZZ 🔥",
                "NEWS | GOSSIP | SPORTS | VIRAL",
                "🔴 LIVE: Carnival 2024 countdown — fetes & more",
                HEADER[0],
                HEADER[1],
            ],
            "Oslo Buzz",
            date(2024, 3, 14),
        ),
        (
            [
                "ONT | OSLO NATIONAL TIMES",
                "Voice of the North",
                "Home | National | Politics | Economy",
                HEADER[0],
                HEADER[1],
            ],
            "Oslo National Times",
            date(2024, 3, 14),
        ),
        (  # the site's initials before its name
            [
                "BWS  BALKAN WIRE SERVICE",
                "Wires | Politics | Economy | Energy | Markets",
                HEADER[0],
                "March 14, 2024 1:47 PM CET",
            ],
            "Balkan Wire Service",
            date(2024, 3, 14),
        ),
        (  # a site's name over its tagline and a menu of links with one longer item; an agency's copy
            [
                "Fjord Policy Digest",
                "Policy, trade and governance across the North",
                "Home | Analysis | Briefings | Podcast | Reading list | About | Support us on Patreon",
                "Analysis / Fisheries",
                HEADER[0],
                "By Associated Press and Fjord Policy Digest staff",
                "Published 14.03.24, 09:15 PM",
            ],
            "Fjord Policy Digest",
            date(2024, 3, 14),
        ),
    ],
)
def test_newsletters_taglines_cookie_notices_and_section_paths_above_the_headline(
    vocab: Vocabulary, lines: list[str], outlet: str, day: date
) -> None:
    article = clean(page(*lines, *STORY), vocab)
    assert article.title == HEADER[0]
    assert article.outlet == outlet
    assert article.published is not None
    assert article.published.start == day
    assert kept(article) == STORY


def test_a_read_also_teaser_between_paragraphs_is_dropped(vocab: Vocabulary) -> None:
    teaser = "Lire aussi / Read also: Algeria's Sonatrach signs gas supply deal with Italian utility, CEO Rachid Benali says"
    article = clean(page(*HEADER, STORY[0], STORY[1], teaser, STORY[2], STORY[3]), vocab)
    assert kept(article) == STORY


def test_a_you_may_also_like_line_with_its_teaser_does_not_end_the_story(vocab: Vocabulary) -> None:
    teaser = "YOU MAY ALSO LIKE: Soca queen 'Lady Sparkz' is ENGAGED — see the ring and the proposal video"
    article = clean(page(*HEADER, STORY[0], STORY[1], teaser, STORY[2], STORY[3]), vocab)
    assert kept(article) == STORY


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("APN  |  ASIA-PACIFIC NEWSWIRE", "Asia-Pacific Newswire"),
        ("KNS - KUWAIT NEWS SERVICE", "Kuwait News Service"),
        ("NORDKANAL  NEWS IN ENGLISH", "Nordkanal"),
    ],
)
def test_a_mastheads_initials_or_edition_beside_the_sites_name(
    masthead: str, outlet: str, vocab: Vocabulary
) -> None:
    menu = "Home | World | Business | Markets | Sport | Video"
    article = clean(page(masthead, menu, *HEADER, *STORY), vocab)
    assert article.outlet == outlet
    assert article.title == HEADER[0]


@pytest.mark.parametrize(
    "line",
    [
        "Skip to content   Listen to this article  ▶ 4 min",
        "Font size: A+ A-   |   Print   |   Send to a friend",
    ],
)
def test_reading_tools_above_the_headline_are_furniture(line: str, vocab: Vocabulary) -> None:
    article = clean(page(line, *HEADER, *STORY), vocab)
    assert article.title == HEADER[0]
    assert kept(article) == STORY


def test_a_spanish_date_line(vocab: Vocabulary) -> None:
    article = clean(
        page("Publicado: 21 ago 2026 - 04:20 p.m. · Actualizado: 21 ago 2026 - 05:02 p.m.", *STORY), vocab
    )
    assert article.published is not None
    assert article.published.start == date(2026, 8, 21)
