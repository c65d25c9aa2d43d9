"""Sentences and page headers on which new rules misfired (found by reviews); each case is read right now, and each
would fail on the rule as first written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.core.clean import clean_article
from bot.core.describe import describe_event
from bot.core.extract import Extractor
from bot.core.merge import StoryBuilder
from bot.core.model import EventType, Kind, Story
from bot.core.pipeline import Analysed, ArticleInput, Rejected, finish, prepare
from bot.core.vocab import Vocabulary
from tests.core.support import Analyse, people

HEAD = "Wednesday, 11 March 2026\nHeadline\n\n"


def read(analysed: Analyse, sentence: str) -> Story:
    return analysed(HEAD + sentence + "\n", "misfire").fragment


def of_type(story: Story, kind: EventType) -> list:  # type: ignore[type-arg]
    return [e for e in story.events if e.type is kind]


def roles(event: object, role: str) -> set[str]:
    return {r.entity for r in event.participants if r.role == role}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "kind", "label"),
    [
        (
            "Japanese Defence Minister Kenji Harada said the two countries would build on the agreement signed on "
            "Tuesday in Manila.",
            EventType.SIGNING,
            "10 Mar 2026",
        ),
        (
            "Harada said Japan would build on the Reciprocal Access Agreement that the two countries signed in July.",
            EventType.SIGNING,
            "Jul 2025",
        ),
        (
            "Exporters will struggle under the 25% tariff that Washington imposed on Canadian steel on Monday.",
            EventType.TARIFF,
            "9 Mar 2026",
        ),
        (
            "Two days after Japan and the Philippines signed the Reciprocal Access Agreement on 8 July, Chinese "
            "vessels on Wednesday blocked a resupply mission.",
            EventType.SIGNING,
            "8 Jul 2025",
        ),
    ],
)
def test_a_past_verb_keeps_its_date(analysed: Analyse, sentence: str, kind: EventType, label: str) -> None:
    events = of_type(read(analysed, sentence), kind)
    assert [e.when.label() for e in events if e.when] == [label]


@pytest.mark.parametrize(
    ("sentence", "status", "actors"),
    [
        (
            "The United States, which has long raised concerns about Chinese overcapacity, imposed a 100% tariff on "
            "Chinese electric vehicles on Monday.",
            "imposed",
            {"country:us"},
        ),
        (
            "China, seeking to reduce its dependence on Australian coal, imposed an 80% tariff on Australian barley "
            "on Monday.",
            "imposed",
            {"country:china"},
        ),
        (
            "India, which has increasingly turned to Russian oil, was hit by a 25% tariff imposed by the United "
            "States on Monday.",
            "imposed",
            {"country:us"},
        ),
    ],
)
def test_a_tariffs_status_and_actor_come_from_its_own_verb(
    analysed: Analyse, sentence: str, status: str, actors: set[str]
) -> None:
    (tariff,) = of_type(read(analysed, sentence), EventType.TARIFF)
    assert [v.value for v in tariff.status] == [status]
    assert roles(tariff, "actor") == actors


@pytest.mark.parametrize(
    ("sentence", "signatories", "parties"),
    [
        (
            "Japanese Defence Minister Kenji Harada signed the agreement on Tuesday before a meeting with "
            "Philippine President Ferdinand Marcos Jr.",
            {"person:kenji-harada"},
            None,
        ),
        (
            "Philippine Defence Secretary Ramon Villarreal signed the agreement on Tuesday with President Ferdinand "
            "Marcos looking on.",
            {"person:ramon-villarreal"},
            None,
        ),
        (
            "Philippine President Ferdinand Marcos, who attended the ceremony in Manila, said the two defence chiefs "
            "signed the agreement on Tuesday.",
            set(),
            None,
        ),
        (
            "Vietnam signed a free trade agreement with the European Union on Tuesday, a year after talks with "
            "India stalled.",
            set(),
            {"country:vietnam"},
        ),
        (
            "Indonesia signed the agreement on Tuesday, bringing its trade with China under new rules.",
            set(),
            {"country:indonesia"},
        ),
        (
            "Kenya signed the loan agreement on Tuesday with Chinese financing worth $2 billion.",
            set(),
            {"country:kenya"},
        ),
    ],
)
def test_only_those_who_signed_sign(
    analysed: Analyse, sentence: str, signatories: set[str], parties: set[str] | None
) -> None:
    (signing,) = of_type(read(analysed, sentence), EventType.SIGNING)
    assert roles(signing, "signatory") == signatories
    if parties is not None:
        assert roles(signing, "party") == parties


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Foreign Minister Penny Wong and Trade officials met Chinese Foreign Minister Wang Yi in Beijing on "
            "Tuesday.",
            {"Penny Wong", "Wang Yi"},
        ),
        (
            "Trade Minister Maninder Sidhu and Business Council of Canada members met Indian Commerce Minister "
            "Piyush Goyal in New Delhi on Tuesday.",
            {"Maninder Sidhu", "Piyush Goyal"},
        ),
        ("Toyota Motor on Monday said it would raise prices in the United States.", set()),
        ("Iron ore prices rose when Fortescue Metals warned of weaker Chinese demand.", set()),
    ],
)
def test_people_and_not_companies(analysed: Analyse, sentence: str, names: set[str]) -> None:
    assert set(people(read(analysed, sentence))) == names


def test_a_name_after_a_titled_name_keeps_no_title(analysed: Analyse) -> None:
    story = read(
        analysed,
        "The talks were attended by President Prabowo, Sri Mulyani Indrawati, and Malaysian Prime Minister Anwar "
        "Ibrahim in Jakarta on Tuesday.",
    )
    found = people(story)
    assert "Prabowo" in found
    assert [t.value for t in found["Prabowo"].titles] == ["President"]
    assert all("Prabowo" not in t.value for e in found.values() for t in e.titles)


@pytest.mark.parametrize(
    ("sentence", "name", "title", "country"),
    [
        (
            "Talks were held on Tuesday between Andrei Belousov, the Russian minister of defence and Indian Defence "
            "Minister Rajnath Singh, in Moscow.",
            "Andrei Belousov",
            "minister of defence",
            "russia",
        ),
        (
            "Hiro Tanaka, an economist at Nomura who once worked for the Chinese commerce ministry, said the tariff "
            "was overdue.",
            "Hiro Tanaka",
            "economist at Nomura",
            None,
        ),
    ],
)
def test_an_appositive_title_stops_at_the_next_person_and_before_a_relative_clause(
    analysed: Analyse, sentence: str, name: str, title: str, country: str | None
) -> None:
    person = people(read(analysed, sentence))[name]
    assert [t.value for t in person.titles] == [title]
    assert person.country == country


def test_a_lead_signing_is_not_an_older_agreement_named_below(analysed: Analyse) -> None:
    story = read(
        analysed,
        "Japan and the Philippines signed a defence logistics agreement on Tuesday, deepening security ties.\n\n"
        "The two countries had earlier signed the Reciprocal Access Agreement, which took effect last year.",
    )
    assert len(of_type(story, EventType.SIGNING)) == 2


def test_an_unattributed_tariff_reads_as_a_sentence(analysed: Analyse) -> None:
    story = read(
        analysed,
        "Prices of steel have increased since Washington imposed a 25% tariff on Canadian steel in February.",
    )
    (tariff,) = of_type(story, EventType.TARIFF)
    entities = {e.id: e for e in story.entities}
    assert describe_event(tariff, entities.get).startswith("Tariffs imposed on Canada")


@pytest.mark.parametrize(
    ("lines", "title", "published", "outlet"),
    [
        (
            [
                "Wednesday, 11 March 2026",
                "Home | World | Business | Sport",
                "Japan, Philippines sign defence logistics pact",
            ],
            "Japan, Philippines sign defence logistics pact",
            date(2026, 3, 11),
            None,
        ),
        (
            ["Japan cuts banana tariff", "Home > Business > Asia", "Wednesday, 11 March 2026"],
            "Japan cuts banana tariff",
            date(2026, 3, 11),
            None,
        ),
        (
            ["By the Numbers: How tariffs hit Philippine bananas", "Wednesday, 11 March 2026"],
            "By the Numbers: How tariffs hit Philippine bananas",
            date(2026, 3, 11),
            None,
        ),
        (
            ["Explainer | Banana tariffs", "Wednesday, 11 March 2026"],
            "Explainer | Banana tariffs",
            date(2026, 3, 11),
            None,
        ),
        (
            ["Japan cuts banana tariff", "Updated 03/04/2026 10:15 AM EST | Published March 4, 2026"],
            "Japan cuts banana tariff",
            date(2026, 3, 4),
            None,
        ),
    ],
)
def test_headlines_and_dates_in_the_header(
    vocab: Vocabulary, lines: list[str], title: str, published: date, outlet: str | None
) -> None:
    body = (
        "MANILA - Japan agreed to cut its import tariff on Philippine bananas to 4% from 8%, trade officials said "
        "on Tuesday, a day after ministers of both countries met in Manila."
    )
    article = clean_article("\n".join(lines) + "\n\n" + body + "\n", vocab.outlets, vocab.agencies)
    assert article.title == title
    assert article.published is not None
    assert article.published.start == published
    assert article.outlet == outlet


# ---------------------------------------------------------------------- a second review (at 54ccbe8)


@pytest.mark.parametrize(
    ("sentence", "signatories", "parties"),
    [
        (
            "Indonesian Trade Minister Budi Santoso signed a free trade agreement with Canadian Trade Minister "
            "Maninder Sidhu in Jakarta on Tuesday.",
            {"person:budi-santoso", "person:maninder-sidhu"},
            {"country:indonesia", "country:canada"},
        ),
        (
            "Indonesia signed a free trade agreement with Canada on Tuesday.",
            set(),
            {"country:indonesia", "country:canada"},
        ),
    ],
)
def test_a_trade_agreement_signed_with_someone(
    analysed: Analyse, sentence: str, signatories: set[str], parties: set[str]
) -> None:
    (signing,) = of_type(read(analysed, sentence), EventType.SIGNING)
    assert roles(signing, "signatory") == signatories
    assert roles(signing, "party") == parties


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "President Lee met Japanese Prime Minister Kang Min-jae in Seoul on Tuesday.\n\nSamsung Electronics "
            "chairman Lee Jae-yong attended a dinner with the two leaders.",
            {"Lee", "Kang Min-jae"},
        ),
        ("Amnesty International, who monitored the talks, said the agreement ignored labour rights.", set()),
    ],
)
def test_one_word_names_and_who_clauses_make_no_wrong_person(
    analysed: Analyse, sentence: str, names: set[str]
) -> None:
    story = read(analysed, sentence)
    speakers_or_participants = {
        e.name
        for e in story.entities
        if any(e.id == r.entity for ev in story.events for r in ev.participants)
    }
    assert {n for n in speakers_or_participants if n in people(story)} == names


@pytest.mark.parametrize(
    ("sentence", "kind", "label"),
    [
        (
            "Japanese Prime Minister Kang Min-jae and Vietnamese Prime Minister Pham Quoc Thanh agreed to upgrade "
            "ties during talks in Hanoi on Tuesday.",
            EventType.TALKS,
            "10 Mar 2026",
        ),
        (
            "Japanese Prime Minister Kang Min-jae will meet Vietnamese Prime Minister Pham Quoc Thanh at a summit "
            "hosted by Indonesia on Friday.",
            EventType.MEETING,
            "13 Mar 2026",
        ),
        (
            "Washington imposed a 25% tariff on Canadian steel effective March 4, Canadian Prime Minister Mark "
            "Carney said on Tuesday.",
            EventType.TARIFF,
            "4 Mar 2026",
        ),
    ],
)
def test_agreed_hosted_by_and_effective_dates(
    analysed: Analyse, sentence: str, kind: EventType, label: str
) -> None:
    events = of_type(read(analysed, sentence), kind)
    assert [e.when.label() for e in events if e.when] == [label]


def test_a_counterparts_decision_is_no_meeting_and_a_post_by_someone_is_theirs(analysed: Analyse) -> None:
    story = read(
        analysed,
        "Japanese Prime Minister Kang Min-jae welcomed his Vietnamese counterpart's decision to cut tariffs on "
        "Japanese cars.\n\nCanadian Prime Minister Mark Carney cited a post by US President Donald Trump on Truth "
        "Social: “Canada will pay a big price for its tariffs on American farmers.”",
    )
    assert not of_type(story, EventType.MEETING)
    names = {e.id: e.name for e in story.entities}
    assert [names.get(q.speaker) for q in story.quotations] == ["Donald Trump"]


def test_raised_as_expected_its_tariffs(analysed: Analyse) -> None:
    (tariff,) = of_type(
        read(
            analysed,
            "The United States on Tuesday raised, as expected, its tariffs on Canadian steel to 50%.",
        ),
        EventType.TARIFF,
    )
    assert [v.value for v in tariff.status] == ["raised"]


@pytest.mark.parametrize(
    "second",
    [
        "Japanese Prime Minister Kang Min-jae and Vietnamese Prime Minister Pham Quoc Thanh signed the Reciprocal "
        "Access Agreement (RAA), which will take effect once ratified by both parliaments.",
        "Japanese Prime Minister Kang Min-jae and Vietnamese Prime Minister Pham Quoc Thanh signed the Reciprocal "
        "Access Agreement (RAA) after talks earlier in the day.",
    ],
)
def test_the_lead_signing_folds_despite_once_or_earlier_elsewhere(analysed: Analyse, second: str) -> None:
    story = read(analysed, "Japan and Vietnam signed a defence agreement in Hanoi on Tuesday.\n\n" + second)
    assert len(of_type(story, EventType.SIGNING)) == 1


@pytest.mark.parametrize(
    ("lines", "title", "published", "outlet"),
    [
        (
            [
                "Home | World | Business | Markets | Opinion",
                "Opinion | Why English farmers fear the Australia trade deal",
                "Wednesday, 11 March 2026",
            ],
            "Opinion | Why English farmers fear the Australia trade deal",
            date(2026, 3, 11),
            None,
        ),
        (
            ["World | Asia", "Vietnam and Japan sign defence pact", "Wednesday, 11 March 2026"],
            "Vietnam and Japan sign defence pact",
            date(2026, 3, 11),
            None,
        ),
        (
            [
                "France 24",
                "Home | World | Business | Markets | Opinion",
                "France cuts wine tariff",
                "Wednesday, 11 March 2026",
            ],
            "France cuts wine tariff",
            date(2026, 3, 11),
            "France 24",
        ),
        (
            ["India cuts duty on US almonds", "Last Updated: 04/03/2026 10:15 IST | ET Online"],
            "India cuts duty on US almonds",
            date(2026, 3, 4),
            None,
        ),
    ],
)
def test_bars_site_names_and_time_zones_in_the_header(
    vocab: Vocabulary, lines: list[str], title: str, published: date, outlet: str | None
) -> None:
    body = "HANOI - The two governments said on Tuesday that the agreement would take effect next month, officials said."
    article = clean_article("\n".join(lines) + "\n\n" + body + "\n", vocab.outlets, vocab.agencies)
    assert article.title == title
    assert article.published is not None
    assert article.published.start == published
    assert article.outlet == outlet


def test_a_table_of_figures_is_story_not_a_menu(vocab: Vocabulary) -> None:
    rows = ["Germany   $1.2 billion   up 8%", "Italy   $900 million   up 5%"]
    text = (
        "Coffee exporters brace for tariff\n\nWednesday, 11 March 2026\n\n"
        "HANOI - Vietnam's coffee exporters are bracing for a new US tariff, industry officials said on Tuesday.\n\n"
        "Vietnam's top coffee buyers in 2025:\n\n"
        + "\n\n".join(rows)
        + "\n\nThe tariff would take effect on April 1.\n"
    )
    article = clean_article(text, vocab.outlets, vocab.agencies)
    kept = [article.text[p.start : p.end] for p in article.paragraphs]
    assert all(row in kept for row in rows)


# ---------------------------------------------------------------------- third review (30 November 2026, night)
# Articles a helper wrote to find misfires of the night's rules (tests/data/misfires); each case failed on the code
# the review read (ce76e44).

MISFIRES = Path(__file__).resolve().parents[1] / "data" / "misfires"


def read_file(analysed: Analyse, name: str) -> Analysed:
    return analysed((MISFIRES / f"{name}.txt").read_text(encoding="utf-8"), name)


def signatories(story: Story) -> set[str]:
    names = {e.id: e.name for e in story.entities}
    return {
        names[r.entity]
        for e in of_type(story, EventType.SIGNING)
        for r in e.participants
        if r.role == "signatory"
    }


@pytest.mark.parametrize(
    ("name", "signers"),
    [
        ("p07-signed-before-they", {"Nguyen Hong Dien", "Kang Min-jae"}),
        ("p08-signed-where-leaders", {"Luiz Inácio Lula da Silva", "Javier Milei"}),
    ],
)
def test_a_subordinate_clause_whose_subject_refers_back_keeps_the_signatories(
    analysed: Analyse, name: str, signers: set[str]
) -> None:
    assert signatories(read_file(analysed, name).fragment) == signers


@pytest.mark.parametrize(
    ("name", "wrong_speaker", "words"),
    [
        ("p04-quote-according-to", "Kang Min-jae", "The deal is not dead"),
        ("p46-quote-next", "Kang Min-jae", "The door remains open"),
        ("p05-quote-who4", "Sebastián Cordero Valdivieso", "a victory for both our peoples"),
    ],
)
def test_a_quotation_credited_in_its_own_sentence_is_not_the_last_speakers(
    analysed: Analyse, name: str, wrong_speaker: str, words: str
) -> None:
    story = read_file(analysed, name).fragment
    names = {e.id: e.name for e in story.entities}
    assert all(
        names.get(q.speaker) != wrong_speaker for q in story.quotations if q.texts[0].value.startswith(words)
    )


@pytest.mark.parametrize(
    ("name", "not_people"),
    [
        ("p06-said-org", {"Goldman Sachs"}),
        ("p24-role-appositive-org", {"Inpex Corporation"}),
        ("p54-roles-orgs2", {"Winning Consortium Simandou"}),
        ("p25-caption-leak", {"Mohamed bin Zayed Al Nahyan"}),
    ],
)
def test_companies_and_people_named_only_in_a_caption_are_no_people_of_the_story(
    analysed: Analyse, name: str, not_people: set[str]
) -> None:
    assert not set(people(read_file(analysed, name).fragment)) & not_people


@pytest.mark.parametrize(
    ("name", "expected"),
    [("p15-weekday-year-count", date(2026, 3, 12)), ("p16-weekday-future", date(2026, 3, 10))],
)
def test_an_undated_page_is_dated_by_the_day_it_says_is_now_in_the_latest_year_that_fits(
    analysed: Analyse, name: str, expected: date
) -> None:
    source = read_file(analysed, name).source
    assert source.published is not None
    assert source.published.start == expected


@pytest.mark.parametrize(
    ("name", "kind", "not_day"),
    [
        ("p10-visit-follows", EventType.VISIT, date(2026, 3, 3)),
        ("p11-increase-reverses", EventType.TARIFF, date(2026, 1, 5)),
        ("p35-increase-effective", EventType.TARIFF, date(2026, 5, 12)),
        ("p34-meeting-anniv", EventType.MEETING, date(2026, 7, 14)),
    ],
)
def test_a_sentence_naming_the_event_by_its_noun_gives_no_date_of_something_else(
    analysed: Analyse, name: str, kind: EventType, not_day: date
) -> None:
    events = of_type(read_file(analysed, name).fragment, kind)
    assert events
    assert all(e.when is None or e.when.start != not_day for e in events)


def test_a_round_of_talks_with_another_party_is_not_the_storys_pair(analysed: Analyse) -> None:
    story = read_file(analysed, "p02-round-other-parties").fragment
    pair = {"country:japan", "country:philippines"}
    assert not [e for e in of_type(story, EventType.TALKS) if {r.entity for r in e.participants} == pair]


@pytest.mark.parametrize(
    ("name", "person"),
    [("p18-numbered-keypoints", "Kenji Harada"), ("p19-cookies-story", "Thomas Regnier")],
)
def test_story_lines_like_contents_or_a_cookie_notice_are_kept(
    analysed: Analyse, name: str, person: str
) -> None:
    assert person in people(read_file(analysed, name).fragment)


def test_an_agreement_description_runs_past_a_next_that_is_no_date(analysed: Analyse) -> None:
    story = read_file(analysed, "p36-agreement-next").fragment
    names = {e.id: e.name for e in story.entities}
    agreements = {names.get(e.agreement or "") for e in of_type(story, EventType.SIGNING)}
    assert "memorandum on the next generation of fighter jets" in agreements
    assert len(agreements) == 2


def test_visits_left_for_elsewhere_criticised_or_told_by_days_of_opening(analysed: Analyse) -> None:
    china = [
        e
        for e in of_type(read_file(analysed, "p44-stretch-left").fragment, EventType.VISIT)
        if any(r.entity == "country:china" for r in e.participants)
    ]
    assert [(e.when.start if e.when else None) for e in china] == [date(2026, 2, 12)]
    modi = read_file(analysed, "p37-criticised-visit").fragment
    assert [sorted(roles(e, "visitor")) for e in of_type(modi, EventType.VISIT)] == [["person:narendra-modi"]]
    spans = of_type(read_file(analysed, "p31-spans").fragment, EventType.VISIT)
    assert [e.when.label() if e.when else None for e in spans] == ["12 May 2026"]


@pytest.mark.parametrize(
    ("name", "apart"),
    [("p27-two-ministers-spelling", ("Ahmad", "Ahmed")), ("p53-fuzzy-possessive", ("Hansen", "Mark Hanson"))],
)
def test_two_people_with_close_surnames_stay_two(
    analysed: Analyse, name: str, apart: tuple[str, str]
) -> None:
    story = read_file(analysed, name).fragment
    holders = [
        {a.value for a in e.aliases} | {e.name}
        for e in story.entities
        if e.kind.value == "person" and ({a.value for a in e.aliases} | {e.name}) & set(apart)
    ]
    assert not any(set(apart) <= names for names in holders)


def test_a_standfirst_is_not_the_title_and_a_section_label_is_not_the_outlet(analysed: Analyse) -> None:
    assert (
        read_file(analysed, "p01-tagline-standfirst").source.title
        == "Colombia and Peru sign border trade pact in Leticia"
    )
    assert read_file(analysed, "p20-section-caps-agency").source.outlet == "Reuters"


# ---------------------------------------------------------------------- fourth review (30 November 2026, night)
# Found at 9a14ff6 by a second helper's review of the rules written after the third; each case failed there.


def test_speakers_after_an_inverted_said_with_first_names_no_list_knows(analysed: Analyse) -> None:
    story = read_file(analysed, "q06-inverted-names").fragment
    names = {e.id: e.name for e in story.entities}
    speakers = {names.get(q.speaker) for q in story.quotations}
    assert {"Wamkele Mene", "Akinwumi Adesina", "Gyude Moore"} <= speakers


@pytest.mark.parametrize(
    ("name", "status", "actors"),
    [
        ("t09-suspended-other", "imposed", {"country:kenya"}),
        ("t10-lifted-suspension", "imposed", {"country:south-africa"}),
        ("t05-suspended-talks", "imposed", set()),
        ("t07-and-capital-raised", None, set()),
        ("t08-and-capital-announced", None, {"country:us"}),
    ],
)
def test_a_tariff_is_suspended_only_by_a_verb_that_governs_it_and_acted_on_only_by_its_subject(
    analysed: Analyse, name: str, status: str | None, actors: set[str]
) -> None:
    (tariff,) = of_type(read_file(analysed, name).fragment, EventType.TARIFF)
    if status is not None:
        assert [v.value for v in tariff.status] == [status]
    assert {k for k in roles(tariff, "actor") if k.startswith("country:")} == actors


def test_a_ban_lifted_is_no_tariff_suspended(analysed: Analyse) -> None:
    (tariff,) = of_type(read_file(analysed, "t01-lifted-ban").fragment, EventType.TARIFF)
    assert [v.value for v in tariff.status] != ["suspended"]
    assert "country:kenya" not in roles(tariff, "actor")


def test_a_named_target_year_does_not_date_an_undated_page(analysed: Analyse) -> None:
    source = read_file(analysed, "d04-weekday-future-year").source
    assert source.published is not None
    assert source.published.start == date(2025, 6, 5)


def test_presidents_looking_on_while_the_ministers_signed_did_not_sign(analysed: Analyse) -> None:
    assert not signatories(read_file(analysed, "s01-while-ministers").fragment) & {
        "William Ruto",
        "Samia Suluhu Hassan",
    }


def test_an_unnamed_counterpart_of_another_office_is_not_the_one_person_of_that_country(
    analysed: Analyse,
) -> None:
    story = read_file(analysed, "c01-omani-counterpart").fragment
    assert all(
        "person:badr-albusaidi" not in {r.entity for r in e.participants}
        for e in of_type(story, EventType.TALKS)
    )


@pytest.mark.parametrize(
    ("name", "pair"),
    [
        ("c07-both-men", {"person:nikol-pashinyan", "person:jeyhun-bayramov"}),
        ("c03-the-pair", {"person:richard-marles", "person:sjafrie-sjamsoeddin"}),
    ],
)
def test_the_pair_and_both_men_are_the_two_named_just_before(
    analysed: Analyse, name: str, pair: set[str]
) -> None:
    story = read_file(analysed, name).fragment
    assert any(roles(e, "participant") == pair for e in of_type(story, EventType.MEETING))


def test_a_meeting_before_a_signing_keeps_its_own_date_and_people(analysed: Analyse) -> None:
    earlier = of_type(read_file(analysed, "p03-meet-earlier").fragment, EventType.MEETING)
    assert [e.when.label() if e.when else None for e in earlier] == ["Jun 2025"]
    other = of_type(read_file(analysed, "p02-meet-other-people").fragment, EventType.MEETING)
    assert [roles(e, "participant") for e in other] == [{"person:william-ruto", "person:yoweri-museveni"}]


def test_the_visit_by_or_of_another_is_theirs_and_undated_by_the_comment(analysed: Analyse) -> None:
    told = of_type(read_file(analysed, "v03-criticised-visit").fragment, EventType.VISIT)
    assert [e.when.label() if e.when else None for e in told] == ["9 Mar 2026"]
    of = of_type(read_file(analysed, "v02-visit-by").fragment, EventType.VISIT)
    assert [sorted(roles(e, "visitor")) for e in of] == [["person:francis-tolentino"]]


def test_time_words_end_an_agreements_description(analysed: Analyse) -> None:
    story = read_file(analysed, "a01-this-morning").fragment
    names = {e.id: e.name for e in story.entities}
    agreements = {names.get(e.agreement or "") for e in of_type(story, EventType.SIGNING)}
    assert agreements == {"memorandum on maritime security", "agreement on cyber security"}


def test_a_masthead_under_the_menu_a_bare_cookie_notice_and_a_list_of_teasers(analysed: Analyse) -> None:
    assert read_file(analysed, "k01-menu-first").source.outlet == "The Citizen"
    cookie = read_file(analysed, "k06-cookie")
    assert cookie.source.outlet == "The Standard"
    assert "cookies" not in cookie.fragment.events[0].gist if cookie.fragment.events else True
    teasers = read_file(analysed, "k02-teaser-list").fragment
    assert not [
        e
        for e in teasers.events
        if e.type is EventType.MEETING and "person:yoweri-museveni" in roles(e, "participant")
    ]


# ---------------------------------------------------------------------- fifth review (1 December 2026)
# Articles a helper wrote to find misfires of the rules read from pages sets 6 and 7 (tests/data/misfires/r5-*);
# each case failed on the code the review read (f1192cd).


def kinds_of(story: Story) -> list[EventType]:
    return [e.type for e in story.events]


def speakers(story: Story) -> set[str]:
    names = {e.id: e.name for e in story.entities}
    return {
        names.get(r.entity, r.entity) for e in of_type(story, EventType.STATEMENT) for r in e.participants
    }


@pytest.mark.parametrize(
    "name",
    [
        "r5-p15-its-meeting-company",
        "r5-p17-parliament-session",
        "r5-p18-tazara-board",
        "r5-p19-cabinet-meeting",
        "r5-p64-central-bank-meeting",
        "r5-p65-wto-council",
        "r5-p20-the-two-teams",
    ],
)
def test_a_bodys_meeting_or_two_teams_are_no_talks_of_the_story_countries(
    analysed: Analyse, name: str
) -> None:
    story = read_file(analysed, name).fragment
    assert EventType.TALKS not in kinds_of(story)
    assert EventType.MEETING not in kinds_of(story)


@pytest.mark.parametrize(
    "name", ["r5-p41-leader-fallback-visit", "r5-p42-minister-of-labour", "r5-p43-japanese-leader-korea"]
)
def test_a_leader_or_minister_of_another_office_or_country_is_no_one_named(
    analysed: Analyse, name: str
) -> None:
    assert of_type(read_file(analysed, name).fragment, EventType.VISIT) == []


def test_a_visit_that_ends_on_a_day_did_not_begin_on_it(analysed: Analyse) -> None:
    (visit,) = of_type(read_file(analysed, "r5-p27-visit-ends-thursday").fragment, EventType.VISIT)
    assert visit.when is None or visit.when.start >= date(2026, 5, 12)


def test_two_days_of_talks_that_ended_on_a_day_are_the_days_up_to_it(analysed: Analyse) -> None:
    (talks,) = of_type(read_file(analysed, "r5-p37-held-two-days-ending").fragment, EventType.TALKS)
    assert talks.when is not None
    assert (talks.when.start, talks.when.end) == (date(2026, 5, 12), date(2026, 5, 13))


@pytest.mark.parametrize(
    ("name", "not_speakers"),
    [
        ("r5-p28-according-to-office", {"William Ruto", "Yoweri Museveni"}),
        ("r5-p61-according-source-close", {"William Ruto"}),
        ("r5-p31-millers-said", {"Stephen Miller"}),
        ("r5-p71-criticised-passive", {"Lee Kinyanjui"}),
        ("r5-p34-responded-by", {"Yoweri Museveni"}),
        ("r5-p48-slammed-door", {"Emmanuel Macron"}),
    ],
)
def test_no_statement_by_someone_who_did_not_speak(
    analysed: Analyse, name: str, not_speakers: set[str]
) -> None:
    assert not speakers(read_file(analysed, name).fragment) & not_speakers


def test_a_given_name_a_letter_off_is_another_person(analysed: Analyse) -> None:
    assert {"Julia Ramos", "Julio Ramos"} <= set(people(read_file(analysed, "r5-p33-julio-julia").fragment))


@pytest.mark.parametrize(
    ("name", "stranger"),
    [("r5-p44-read-more-next-story", "Jafar Hassan"), ("r5-p16-read-more-end-3para", "Sitiveni Rabuka")],
)
def test_another_story_below_read_more_stays_out(analysed: Analyse, name: str, stranger: str) -> None:
    assert stranger not in people(read_file(analysed, name).fragment)


@pytest.mark.parametrize("name", ["r5-p39-year-target", "r5-p40-year-old-treaty"])
def test_a_target_year_or_an_old_treaty_does_not_date_a_page_by_its_weekday(
    vocab: Vocabulary, name: str
) -> None:
    prepared = prepare(ArticleInput(name, (MISFIRES / f"{name}.txt").read_text(encoding="utf-8")), vocab)
    assert prepared.published is None  # left to the events it shares with dated pages, else refused
    builder, extractor = StoryBuilder(None, vocab), Extractor(vocab)
    with pytest.raises(Rejected):
        finish(prepared, builder, extractor, 1)


def test_a_sites_name_with_english_in_it_is_kept_whole(vocab: Vocabulary) -> None:
    text = (MISFIRES / "r5-p81-two-space-english.txt").read_text(encoding="utf-8")
    assert clean_article(text, vocab.outlets, vocab.agencies).outlet == "Malta English Schools"


# ---------------------------------------------------------------------- sixth review (1 December 2026)
# Articles a helper wrote to find misfires of the rules read from pages sets 7 and 8 (tests/data/misfires/r6-*);
# each case failed on the code the review read (ea7f94b).


def r6(analysed: Analyse, name: str) -> Story:
    (path,) = MISFIRES.glob(f"r6-{name}-*.txt")
    return analysed(path.read_text(encoding="utf-8"), path.stem).fragment


def named(story: Story, event: object, role: str) -> set[str]:
    names = {e.id: e.name for e in story.entities}
    return {names.get(r.entity, r.entity) for r in event.participants if r.role == role}  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["p08", "p61", "p11", "p56"])
def test_a_call_with_reporters_a_parliament_or_an_election_round_is_no_talks(
    analysed: Analyse, name: str
) -> None:
    assert of_type(r6(analysed, name), EventType.TALKS) == []


def test_two_leaders_next_meeting_is_theirs(analysed: Analyse) -> None:
    story = r6(analysed, "p12")
    later = [e for e in of_type(story, EventType.MEETING) if e.when and e.when.start == date(2026, 8, 1)]
    assert [named(story, e, "participant") for e in later] == [{"William Ruto", "Yoweri Museveni"}]


@pytest.mark.parametrize("name", ["p13", "p62", "p24"])
def test_the_two_who_signed_are_not_guessed_among_three(analysed: Analyse, name: str) -> None:
    story = r6(analysed, name)
    assert all(named(story, e, "signatory") == set() for e in of_type(story, EventType.SIGNING))


def test_then_signed_in_a_flashback_is_not_the_lead_events_day(analysed: Analyse) -> None:
    story = r6(analysed, "p25")
    assert all(e.when is None or e.when.start.year < 2026 for e in of_type(story, EventType.SIGNING))


@pytest.mark.parametrize("name", ["p26", "p45", "p19"])
def test_musicians_instruments_a_denial_and_scare_quotes_are_no_signing(analysed: Analyse, name: str) -> None:
    assert of_type(r6(analysed, name), EventType.SIGNING) == []


def test_once_signed_next_month_is_a_signing_next_month(analysed: Analyse) -> None:
    (signing,) = of_type(r6(analysed, "p27"), EventType.SIGNING)
    assert signing.when is not None
    assert signing.when.start == date(2026, 6, 1)


@pytest.mark.parametrize(
    ("name", "who"), [("p15", "Birame Souleye Diop"), ("p16", "Sosten Gwengwe"), ("p37", "Lee Kinyanjui")]
)
def test_landing_in_trouble_court_or_a_decision_expected_is_no_visit(
    analysed: Analyse, name: str, who: str
) -> None:
    story = r6(analysed, name)
    assert all(who not in named(story, e, "visitor") for e in of_type(story, EventType.VISIT))


@pytest.mark.parametrize(("name", "who"), [("p37", "Jamieson Greer"), ("p43", "Narendra Modi")])
def test_a_journey_told_in_the_present_is_to_come(analysed: Analyse, name: str, who: str) -> None:
    story = r6(analysed, name)
    days = {
        e.when.start for e in of_type(story, EventType.VISIT) if who in named(story, e, "visitor") and e.when
    }
    assert days == {date(2026, 5, 14)}


@pytest.mark.parametrize(("name", "speaker"), [("p18", "Lee Kinyanjui"), ("p35", "Kalonzo Musyoka")])
def test_a_numbered_list_in_the_story_and_a_slammed_deal_keep_their_quotations(
    analysed: Analyse, name: str, speaker: str
) -> None:
    story = r6(analysed, name)
    names = {e.id: e.name for e in story.entities}
    assert speaker in {names.get(q.speaker) for q in story.quotations}


def test_the_story_goes_on_below_read_more_with_a_named_speaker(analysed: Analyse) -> None:
    assert "Lee Kinyanjui" in speakers(r6(analysed, "p36"))


@pytest.mark.parametrize("name", ["p31", "p52"])
def test_the_two_leaders_in_apposition_give_no_title(analysed: Analyse, name: str) -> None:
    story = r6(analysed, name)
    assert not any("two " in t.value for e in story.entities for t in e.titles)


def test_ma_written_alone_is_a_surname(analysed: Analyse) -> None:
    assert "Ma" in people(r6(analysed, "p22"))


def test_an_airlines_fuel_surcharge_is_no_tariff(analysed: Analyse) -> None:
    assert of_type(r6(analysed, "p38"), EventType.TARIFF) == []


def test_a_post_that_quotes_another_is_not_its_writers_quotation_of_those_words(analysed: Analyse) -> None:
    story = r6(analysed, "p60")
    assert not any("unfair tariffs on our tea" in t.value for q in story.quotations for t in q.texts)


# ---------------------------------------------------------------------- seventh review (1 December 2026, second session)
# Articles a helper wrote to find misfires of the rules read from pages sets 9 and 10 (tests/data/misfires/r7-*),
# all dated Wednesday 14 October 2026; each case failed on the code the review read (a981d74).

WEDNESDAY = date(2026, 10, 14)


def r7(analysed: Analyse, name: str) -> Story:
    (path,) = MISFIRES.glob(f"r7-{name}-*.txt")
    return analysed(path.read_text(encoding="utf-8"), path.stem).fragment


@pytest.mark.parametrize(
    ("name", "kind", "day"),
    [
        ("f01", EventType.MEETING, date(2026, 10, 13)),
        ("f02", EventType.SIGNING, date(2026, 10, 12)),
        ("f03", EventType.SIGNING, date(2026, 10, 12)),
    ],
)
def test_a_day_after_a_relative_clause_about_the_future_is_the_main_clauses(
    analysed: Analyse, name: str, kind: EventType, day: date
) -> None:
    assert [e.when.start if e.when else None for e in of_type(r7(analysed, name), kind)] == [day]


@pytest.mark.parametrize("name", ["h12", "h01", "a05", "h02", "h11", "h10"])
def test_an_office_named_alone_is_no_one_the_article_named_with_another(analysed: Analyse, name: str) -> None:
    story = r7(analysed, name)
    later = [e for e in story.events if e.when is not None and e.when.start > WEDNESDAY]
    assert all(
        named(story, e, "visitor") | named(story, e, "signatory")
        <= {"Subrahmanyam Jaishankar", "Lee Kinyanjui"}
        for e in later
    ), [(e.type, named(story, e, "visitor"), named(story, e, "signatory")) for e in later]


def test_the_president_who_spoke_is_not_a_bank_president(analysed: Analyse) -> None:
    story = r7(analysed, "h09")
    names = {e.id: e.name for e in story.entities}
    assert "Sidi Ould Tah" not in {names.get(q.speaker) for q in story.quotations}


@pytest.mark.parametrize("name", ["a09", "n05", "n01", "n04", "n03", "a10", "i01"])
def test_officials_or_a_committee_of_one_side_are_no_talks_of_the_two(analysed: Analyse, name: str) -> None:
    story = r7(analysed, name)
    ours = {"country:kenya", "country:uganda", "country:australia", "country:japan"}
    assert [
        e
        for e in of_type(story, EventType.TALKS)
        if roles(e, "party") >= ours & roles(e, "party") and len(roles(e, "party") & ours) == 2
    ] == []


def test_bandar_seri_begawan_is_a_city_not_a_person(analysed: Analyse) -> None:
    assert "Begawan" not in people(r7(analysed, "g18"))


@pytest.mark.parametrize("name", ["z05", "d01", "d02", "d04", "y03"])
def test_a_quotation_credited_to_someone_else_by_name_is_not_a_known_persons(
    analysed: Analyse, name: str
) -> None:
    story = r7(analysed, name)
    names = {e.id: e.name for e in story.entities}
    kinds = {e.id: e.kind for e in story.entities}
    last = [
        q for q in story.quotations if q.texts[0].value.startswith(("We ", "Trade will", "Sugar farmers"))
    ]
    assert all(
        names.get(q.speaker) not in {"Ruth Nankabirwa", "Hassan Sheikh Mohamud", "William Ruto"}
        and kinds.get(q.speaker) is not Kind.ORGANISATION
        for q in last
    ), [(names.get(q.speaker), q.texts[0].value) for q in last]


@pytest.mark.parametrize("name", ["u03", "e01", "u01", "u02"])
def test_two_weekdays_of_two_events_are_no_span(analysed: Analyse, name: str) -> None:
    story = r7(analysed, name)
    assert all(e.when is None or e.when.start == e.when.end for e in story.events)


def test_a_slogan_in_single_quotes_is_no_ones_quotation(analysed: Analyse) -> None:
    story = r7(analysed, "q02")
    assert [q for q in story.quotations if q.texts[0].value.startswith("Made in Kenya")] == []


@pytest.mark.parametrize("name", ["j02", "j01"])
def test_a_meeting_keeps_its_day_when_the_part_after_and_tells_no_talks(analysed: Analyse, name: str) -> None:
    story = r7(analysed, name)
    wandayi = [
        e for e in of_type(story, EventType.MEETING) if "Opiyo Wandayi" in named(story, e, "participant")
    ]
    assert wandayi
    assert all(e.when is not None for e in wandayi)


def test_a_coordinated_meeting_of_one_group_alone_is_no_event(analysed: Analyse) -> None:
    story = r7(analysed, "t01")
    assert all(len(e.participants) >= 2 for e in of_type(story, EventType.MEETING))


def test_a_story_paragraph_above_a_bare_signature_line_is_kept(analysed: Analyse) -> None:
    story = r7(analysed, "k01")
    assert "Ruth Nankabirwa" in people(story)


# ---------------------------------------------------------------------- eighth review (1 December 2026, second session)
# Articles a helper wrote to find misfires of the rules and mends after the seventh review
# (tests/data/misfires/r8-*), dated Wednesday 14 October 2026 but for the undated n02; each case failed on the code
# the review read (0f7e444).


def r8(analysed: Analyse, name: str) -> Story:
    (path,) = MISFIRES.glob(f"r8-{name}-*.txt")
    return analysed(path.read_text(encoding="utf-8"), path.stem).fragment


def test_a_day_a_comma_sets_off_at_a_sentences_end_keeps_the_clauses_future(analysed: Analyse) -> None:
    story = r8(analysed, "n01")
    (signing,) = of_type(story, EventType.SIGNING)
    assert signing.when is not None
    assert signing.when.start == date(2026, 10, 16)
    assert all(e.when and e.when.start == date(2026, 10, 20) for e in of_type(story, EventType.VISIT))


def test_an_old_embedded_post_does_not_date_an_undated_page(vocab: Vocabulary) -> None:
    (path,) = MISFIRES.glob("r8-n02-*.txt")
    with pytest.raises(Rejected):
        finish(
            prepare(ArticleInput(path.stem, path.read_text(encoding="utf-8")), vocab),
            StoryBuilder(None, vocab),
            Extractor(vocab),
            1,
        )


@pytest.mark.parametrize("name", ["n03", "n03b"])
def test_him_with_a_third_person_named_is_no_one_guessed(analysed: Analyse, name: str) -> None:
    story = r8(analysed, name)
    assert all(
        not ({"Robert Dussey", "Nana Akufo-Addo"} & named(story, e, "participant"))
        for e in of_type(story, EventType.MEETING)
    )


def test_two_weekdays_then_how_or_with_whom_are_one_span(analysed: Analyse) -> None:
    story = r8(analysed, "n04")
    spans = {(e.when.start, e.when.end) for e in story.events if e.when}
    assert spans == {(date(2026, 10, 12), date(2026, 10, 13))}


def test_read_also_in_the_middle_of_a_story_does_not_end_it(analysed: Analyse) -> None:
    assert "Edward Katumba Wamala" in people(r8(analysed, "n05"))


@pytest.mark.parametrize("name", ["n06", "n06b", "n14", "n14b"])
def test_results_forms_vouchers_rulings_and_statements_have_no_signatories(
    analysed: Analyse, name: str
) -> None:
    story = r8(analysed, name)
    assert all(named(story, e, "signatory") == set() for e in of_type(story, EventType.SIGNING))
    assert all(e.status == () or e.status[0].value != "initialled" for e in of_type(story, EventType.SIGNING))


@pytest.mark.parametrize("name", ["n07", "n07b", "n08", "n09", "o01", "o01b"])
def test_a_run_off_a_match_and_domestic_meetings_are_no_talks(analysed: Analyse, name: str) -> None:
    assert of_type(r8(analysed, name), EventType.TALKS) == []


@pytest.mark.parametrize("name", ["n10", "n10b"])
def test_a_joint_commission_near_a_domestic_word_is_still_the_two_countries(
    analysed: Analyse, name: str
) -> None:
    story = r8(analysed, name)
    assert [
        (roles(e, "party"), e.when.start if e.when else None) for e in of_type(story, EventType.TALKS)
    ] == [({"country:kenya", "country:uganda"}, date(2026, 11, 1))]


def test_an_institutions_post_above_its_signature_is_its_post(analysed: Analyse) -> None:
    story = r8(analysed, "n11")
    days = sorted(e.when.start for e in of_type(story, EventType.MEETING) if e.when)
    assert days == [date(2026, 10, 13)]


@pytest.mark.parametrize(
    ("name", "person", "title"),
    [
        ("n12", "Ing Kantha Phavi", "Minister of Women's Affairs"),
        ("n13", "Mohamed Muizzu", "Maldivian President"),
    ],
)
def test_a_cambodian_surname_ing_and_a_title_before_a_bracketed_degree(
    analysed: Analyse, name: str, person: str, title: str
) -> None:
    entity = people(r8(analysed, name))[person]
    assert any(title in t.value for t in entity.titles)


def test_a_name_set_off_by_dashes_after_its_title(analysed: Analyse) -> None:
    assert "Abdulla Khaleel" in people(r8(analysed, "n13b"))


def test_a_visit_still_to_come_in_a_relative_clause_is_no_visit_done(analysed: Analyse) -> None:
    story = r8(analysed, "n15")
    assert all(e.when is not None for e in of_type(story, EventType.VISIT))


def test_talks_after_which_mediators_spoke_are_not_the_mediators(analysed: Analyse) -> None:
    story = r8(analysed, "n16b")
    assert all("country:us" not in roles(e, "party") for e in of_type(story, EventType.TALKS))


# ---------------------------------------------------------------------- old misfires, mended on 1 December (third session)

LEAD = (
    "President Yoweri Museveni of Uganda and Kenyan President William Ruto on Tuesday agreed to reopen the Busia "
    "border post. "
)


def channels_of(story: Story, words: str) -> dict[str, list[str]]:
    """The speaker of the quotation that opens with ``words``, with its channels."""
    names = {e.id: e.name for e in story.entities}
    return {
        names[q.speaker]: [c.value for c in q.channels]
        for q in story.quotations
        if q.texts[0].value.startswith(words)
    }


@pytest.mark.parametrize(
    ("sentence", "speaker", "channel"),
    [
        (
            "“The border will open next week for all traders,” Museveni's spokesman said on Tuesday.",
            "Yoweri Museveni",
            "through a spokesperson",
        ),
        (
            "“The border will open next week for all traders,” a spokesman for Ruto told reporters.",
            "William Ruto",
            "through a spokesperson",
        ),
        (
            "An aide to President Ruto said: “The border will open next week for all traders.”",
            "William Ruto",
            "through an aide",
        ),
        (
            "“The border will open next week for all traders,” Ruto's office said in a statement.",
            "William Ruto",
            "through the office",
        ),
        # the spokesman named: his words, not the one he speaks for
        (
            "“The border will open next week for all traders,” Museveni's spokesman Don Wanyama said.",
            "Don Wanyama",
            None,
        ),
        (
            "“The border will open next week for all traders,” said Don Wanyama, a spokesman for Museveni.",
            "Don Wanyama",
            None,
        ),
        ("“The border will open next week for all traders,” Ruto told reporters.", "William Ruto", None),
    ],
)
def test_words_a_spokesperson_speaks_for_someone_say_through_whom(
    analysed: Analyse, sentence: str, speaker: str, channel: str | None
) -> None:
    found = channels_of(read(analysed, LEAD + sentence), "The border will open next week")
    assert list(found) == [speaker]
    assert (
        (channel in found[speaker]) if channel else not any(c.startswith("through") for c in found[speaker])
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "A letter signed by 40 MPs urged both governments to cut transit fees.",
        "An open letter, signed by 120 economists, urged both governments to drop the levy.",
        "The executive order signed by Ruto on Friday raises the levy on Ugandan sugar to 25%.",
    ],
)
def test_a_letter_or_an_order_signed_by_someone_is_no_signing(analysed: Analyse, sentence: str) -> None:
    assert of_type(read(analysed, LEAD + sentence), EventType.SIGNING) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A letter of intent signed by the two trade ministers on Friday commits both sides to a customs union.",
        "The agreement signed by the two ministers on Friday cuts transit fees.",
    ],
)
def test_an_agreement_signed_by_someone_is_still_a_signing(analysed: Analyse, sentence: str) -> None:
    assert len(of_type(read(analysed, LEAD + sentence), EventType.SIGNING)) == 1


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('Kenyan opposition leader Raila "Baba" Odinga met Museveni on Friday.', "Raila Odinga"),
        ("Former Ghanaian minister Joseph ‘Jojo’ Mensah met Ruto on Friday.", "Joseph Mensah"),
    ],
)
def test_a_nickname_in_quotes_is_no_end_of_the_name(analysed: Analyse, sentence: str, name: str) -> None:
    story = read(analysed, LEAD + sentence)
    assert name in people(story)
    [meeting] = of_type(story, EventType.MEETING)
    assert people(story)[name].id in roles(meeting, "participant")


def test_a_possessive_is_no_part_of_a_name_and_no_participant(analysed: Analyse) -> None:
    story = read(analysed, LEAD + "US President Donald Trump's envoy met Ruto on Friday.")
    assert "Donald Trump" in people(story)
    assert not any(name.endswith(("'s", "’s")) for name in people(story))
    assert of_type(story, EventType.MEETING) == []  # the envoy, unnamed, met Ruto: not Trump
    story = read(
        analysed,
        LEAD
        + "US President Donald Trump spoke on Thursday. Ruto met Donald Trump's envoy, Steve Witkoff, on Friday.",
    )
    [meeting] = of_type(story, EventType.MEETING)
    assert {people(story)[n].id for n in ("William Ruto", "Steve Witkoff")} == roles(meeting, "participant")


def test_a_possessive_before_a_visit_is_the_visitor(analysed: Analyse) -> None:
    story = read(
        analysed, LEAD + "Kenya's Foreign Minister Musalia Mudavadi's visit to Kampala ended on Friday."
    )
    assert "Musalia Mudavadi" in people(story)
    [visit] = of_type(story, EventType.VISIT)
    assert roles(visit, "visitor") == {people(story)["Musalia Mudavadi"].id}


# ---------------------------------------------------------------------- the ninth review's cases (r9-*), at 8ea4689


@pytest.mark.parametrize(
    ("name", "kinds", "who"),
    [
        ("r9-o001-titled-meeting-with", {EventType.MEETING}, {"Donald Trump", "Xi Jinping"}),
        (
            "r9-o030-possessive-participant-meeting-curly",
            {EventType.MEETING},
            {"Anthony Albanese", "Xi Jinping"},
        ),
        ("r9-r004-possessive-phone-call", {EventType.TALKS}, {"Donald Trump", "Vladimir Putin"}),
        ("r9-r005-xi-talks-with-putin", {EventType.TALKS}, {"Xi Jinping", "Vladimir Putin"}),
        ("r9-o002-titled-talks-with", {EventType.TALKS}, {"Vladimir Putin", "Steve Witkoff"}),
        ("r9-o022-possessive-hosted", {EventType.TALKS}, {"Keir Starmer", "Narendra Modi"}),
        (
            "r9-t013-visit-with-host-possessive",
            {EventType.TALKS},
            {"Luiz Inácio Lula da Silva", "Xi Jinping"},
        ),
        ("r9-o003-contraction-is", {EventType.MEETING}, {"Donald Trump", "Xi Jinping"}),
        ("r9-t001-gold-card", {EventType.MEETING}, {"Donald Trump", "Narendra Modi"}),
        ("r9-n017-nickname-and-possessive", {EventType.MEETING}, {"William Ruto", "Paul Mwangi"}),
        ("r9-o006-visit-three-words", {EventType.VISIT}, {"Donald Trump"}),
        ("r9-o008-long-visit-noun-phrase", {EventType.VISIT}, {"Mark Carney"}),
    ],
)
def test_a_possessive_name_before_its_own_event_takes_part(
    analysed: Analyse, name: str, kinds: set[EventType], who: set[str]
) -> None:
    story = read_file(analysed, name).fragment
    names = {e.id: e.name for e in story.entities}
    assert any(
        {names.get(r.entity) for r in e.participants if r.entity.startswith("person:")} == who
        for e in story.events
        if e.type in kinds
    ), [(e.type, [names.get(r.entity, r.entity) for r in e.participants]) for e in story.events]


@pytest.mark.parametrize(
    ("name", "speaker", "channel"),
    [
        ("r9-q003-titled-possessive-office-before", "William Ruto", "through the office"),
        ("r9-r011-titled-office-after-quote", "William Ruto", "through the office"),
        ("r9-q001-titled-possessive-spox-after", "Donald Trump", "through a spokesperson"),
        ("r9-p003-spox-appos-before", "Don Wanyama", None),
        ("r9-p017-trade-adviser-named", "Peter Navarro", None),
        ("r9-p032-economic-adviser", "David Ndii", None),
        (
            "r9-p027-spox-chain-possessive",
            "Musalia Mudavadi",
            None,
        ),  # the ministry's spokesman: not Mudavadi's
    ],
)
def test_a_credit_line_names_the_right_speaker_and_channel(
    analysed: Analyse, name: str, speaker: str, channel: str | None
) -> None:
    story = read_file(analysed, name).fragment
    names = {e.id: e.name for e in story.entities}
    found = {(names.get(q.speaker), tuple(c.value for c in q.channels)) for q in story.quotations}
    assert len(found) == 1, found
    [(who, channels)] = found
    assert who == speaker
    assert (channel in channels) if channel else not any(c.startswith("through") for c in channels)


def test_a_statement_told_through_an_office_keeps_its_speaker(analysed: Analyse) -> None:
    story = read_file(analysed, "r9-r006-office-said-that-statement-event").fragment
    assert [r.entity for e in of_type(story, EventType.STATEMENT) for r in e.participants] == [
        people(story)["William Ruto"].id
    ]


@pytest.mark.parametrize(
    "name",
    [
        "r9-s006-order-restore",
        "r9-s007-ruling-signed",
        "r9-r003-court-order-formally-signed",
        "r9-s017-motion-bill-after-talks",
        "r9-r020-cheque-noun",
        "r9-r018-notes-adverb",
        "r9-s020-notes-signed-deal",
        "r9-s008-statement-appositive",
        "r9-r002-according-to-statement-signed",
        "r9-s028-checks-signed",
        "r9-r017-letter-signed-by-leaders-then-signed-agreement",
        "r9-s021-order-of-malta",
        "r9-s023-card-surname",
        "r9-r019-bills-team",
        "r9-s012-exchange-of-notes",
    ],
)
def test_a_real_signing_near_a_document_word_is_still_a_signing(analysed: Analyse, name: str) -> None:
    assert of_type(read_file(analysed, name).fragment, EventType.SIGNING)


# ---------------------------------------------------------------------- the tenth review's cases (r10-*), at a598afd


def read_dated(analysed: Analyse, name: str) -> Story:
    """A review's probe, read at the date its first line gives."""
    text = (MISFIRES / f"{name}.txt").read_text(encoding="utf-8")
    return analysed(text, name).fragment


@pytest.mark.parametrize(
    "name",
    [
        "r10-e01-due-in-parliament",
        "r10-e02-due-in-district-court",
        "r10-e03-report-due-in-geneva",
        "r10-e04-said-due-in-q3",
        "r10-e05-said-shipment-due-in-city",
        "r10-e06-said-bill-due-in-parliament",
        "r10-e11-said-payment-due-in-us-dollars",
        "r10-e12-due-in-senate",
        "r10-e14-due-in-high-court",
        "r10-e17-due-in-object-after-person",
        "r10-e24-due-in-cabinet",
        "r10-e25-due-in-congress-testify",
        "r10-e28-ruling-due-in-supreme-court",
        "r10-a19-said-visits-where",
        "r10-a23-said-visit-where",
    ],
)
def test_due_in_an_institution_or_a_visit_talked_about_is_no_visit(analysed: Analyse, name: str) -> None:
    assert of_type(read_dated(analysed, name), EventType.VISIT) == []


@pytest.mark.parametrize(
    ("name", "visitor"),
    [("r10-e26-due-in-the-hague-positive", "Theresa Lazaro"), ("r10-e30-said-envoy-due-in", "Keith Kellogg")],
)
def test_due_in_a_place_is_the_visit_of_the_one_named_right_before(
    analysed: Analyse, name: str, visitor: str
) -> None:
    story = read_dated(analysed, name)
    [visit] = of_type(story, EventType.VISIT)
    assert {r.entity for r in visit.participants if r.role == "visitor"} == {people(story)[visitor].id}


@pytest.mark.parametrize(
    "name",
    [
        "r10-c04-will-sign-at-ceremony",
        "r10-c05-will-then-sign",
        "r10-c31-if-approved-will-then-sign",
        "r10-c32-expected-to-be-signed-afterwards",
        "r10-c34-ceremony-at-un-session-future",
        "r10-c40-afterwards-next-week-future",
        "r10-c10-had-signed-after-meeting",
        "r10-c11-would-be-signed-afterwards",
        "r10-c08-same-ceremony-last-year",
        "r10-c13-close-of-talks-range",
        "r10-c39-anchor-older-meeting-new-month",
        "r10-c25-then-signed-decades",
        "r10-c38-then-in-quote-past-year-no-digits",
    ],
)
def test_a_signing_to_come_done_before_or_on_another_day_takes_no_sequels_day(
    analysed: Analyse, name: str
) -> None:
    signings = of_type(read_dated(analysed, name), EventType.SIGNING)
    assert signings
    assert not any(s.when is not None and s.when.precision.value == "day" for s in signings)


def test_a_signing_at_a_ceremony_still_to_come_keeps_its_month(analysed: Analyse) -> None:
    [signing] = of_type(read_dated(analysed, "r10-c26-ceremony-later-month"), EventType.SIGNING)
    assert signing.when is not None
    assert signing.when.start.isoformat()[:7] == "2026-12"


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("r10-b01-met-with-and-signed", "2026-11-09"),
        ("r10-b02-talks-with-and-signed", "2026-11-12"),
        ("r10-b05-together-with-signed", "2026-11-09"),
        ("r10-b09-visit-with-counterpart-signed-date", "2026-11-09"),
        ("r10-b10-met-with-then-signed-other-day", "2026-11-12"),
        ("r10-b11-sat-down-with", "2026-11-10"),
        ("r10-b18-during-visit-agreed-with-and-signed", "2026-11-09"),
    ],
)
def test_met_with_someone_and_signed_keeps_the_signings_day(analysed: Analyse, name: str, day: str) -> None:
    [signing] = of_type(read_dated(analysed, name), EventType.SIGNING)
    assert signing.when is not None
    assert signing.when.start.isoformat() == day


@pytest.mark.parametrize(
    "name", ["r10-d02-returned-visit-that-began", "r10-d14-returned-visit-which-he-began"]
)
def test_returned_from_a_visit_that_began_on_a_day_runs_from_that_day(analysed: Analyse, name: str) -> None:
    [visit] = of_type(read_dated(analysed, name), EventType.VISIT)
    assert visit.when is not None
    assert (visit.when.start.isoformat(), visit.when.end.isoformat()) == ("2026-11-09", "2026-11-11")


# ---------------------------------------------------------------------- left open by the ninth and tenth reviews
# Cases the reviews of 1 December 2026 (third session) found wrong both before and after the rules they probed.

SPEAKING_LEAD = (
    "Wednesday, 13 May 2026\nHeadline\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni and "
    "Russian President Vladimir Putin in Entebbe on Tuesday. "
)


@pytest.mark.parametrize("verb", ["said", "told reporters"])
def test_a_quotation_after_a_spokesmans_colon_is_his_principals(analysed: Analyse, verb: str) -> None:
    story = analysed(
        SPEAKING_LEAD + f'Museveni\'s spokesman {verb}: "The two presidents agreed on the pipeline."\n'
    )
    quotes = [(q.speaker, [c.value for c in q.channels]) for q in story.fragment.quotations]
    assert quotes == [(people(story.fragment)["Yoweri Museveni"].id, ["through a spokesperson"])]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Dmitry Peskov, Putin's spokesman, told reporters that the talks had been useful.",
            "Putin's spokesman",
        ),
        (
            "Dmitry Peskov, the Kremlin spokesman, told reporters that the talks had been useful.",
            "Kremlin spokesman",
        ),
    ],
)
def test_a_spokesman_in_apposition_with_an_institution_or_a_principal_speaks(
    analysed: Analyse, sentence: str, title: str
) -> None:
    story = analysed(SPEAKING_LEAD + sentence + "\n").fragment
    peskov = people(story)["Dmitry Peskov"]
    assert [t.value for t in peskov.titles] == [title]
    assert [named(story, e, "speaker") for e in of_type(story, EventType.STATEMENT)] == [{"Dmitry Peskov"}]


def test_a_former_aide_named_after_his_principal_is_the_speaker(analysed: Analyse) -> None:
    story = analysed(
        SPEAKING_LEAD + '"This is a good day," said Kenyatta\'s former aide Dennis Itumbi.\n'
    ).fragment
    assert [q.speaker for q in story.quotations] == [people(story)["Dennis Itumbi"].id]


# ---------------------------------------------------------------------- eleventh review (1 December 2026, fourth session)
# Articles a helper wrote to find misfires of the rules read from sets 13 and 15 (tests/data/misfires/r11-*): 28 of
# the 30 cases fail on the code the review read (abee4e0), all but the two lawyers' (kept as the rule intends); 27 pass
# on the code before the rules (c018761), which found no Lula and credited no lawyer.


def r11(analysed: Analyse, name: str) -> Story:
    (path,) = MISFIRES.glob(f"r11-{name}.txt")
    return analysed(path.read_text(encoding="utf-8"), path.stem).fragment


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("r1-envoy-to-city", "North Kivu"),
        ("r1-envoy-to-cape-town", "Western Cape"),
        ("r1-envoy-to-bunia", "Ituri"),
    ],
)
def test_an_envoy_sent_to_a_town_makes_no_person_of_its_region(
    analysed: Analyse, name: str, place: str
) -> None:
    assert not [n for n in people(r11(analysed, name)) if place in n]


@pytest.mark.parametrize(
    "name",
    [
        "r1-minister-of-state-for",
        "r6-name-verb-country-minister",
        "r6-name-verb-country-president",
        "r6-name-thanked-country",
        "r6-urged-country-minister",
        "r6-told-country-president",
    ],
)
def test_a_verb_after_a_name_and_a_comma_opens_no_title(analysed: Analyse, name: str) -> None:
    titles = [t.value for e in r11(analysed, name).entities for t in e.titles]
    assert titles
    assert not [t for t in titles if t.split()[0] in ("met", "thanked", "urged", "told")]


@pytest.mark.parametrize(
    ("name", "not_a_person"),
    [
        ("r2-avenida-presidente", "Masaryk"),
        ("r2-hotel-president-wilson", "Wilson"),
        ("r2-ministro-hales-mine", "Hales"),
        ("r2-ministro-street", "Duarte Pacheco"),
        ("r2-presidente-city", "Franco"),
        ("r2-presidente-stadium", "Perón"),
    ],
)
def test_a_foreign_title_word_in_the_name_of_a_place_makes_no_person(
    analysed: Analyse, name: str, not_a_person: str
) -> None:
    assert not [n for n in people(r11(analysed, name)) if n.endswith(not_a_person)]


def test_a_foreign_title_stops_at_and_his_wife(analysed: Analyse) -> None:
    story = r11(analysed, "r2-presidente-lula-wife")
    assert [t.value for t in people(story)["Lula"].titles] == ["Presidente"]
    assert not [e for e in story.entities if any("wife" in t.value for t in e.titles)]
    [visit] = of_type(story, EventType.VISIT)
    assert named(story, visit, "visitor") == {"Lula"}


@pytest.mark.parametrize(
    "name",
    [
        "r4-electoral-commission",
        "r4-commission-inquiry",
        "r4-au-commission-after-joint",
        "r4-committee-parliament-after-joint",
    ],
)
def test_the_commission_that_meets_someone_or_is_another_body_holds_no_talks(
    analysed: Analyse, name: str
) -> None:
    story = r11(analysed, name)
    to_come = [
        e
        for e in of_type(story, EventType.TALKS)
        if all(r.entity.startswith("country:") for r in e.participants)
        and e.when is not None
        and e.when.start > date(2026, 11, 14)
    ]
    assert to_come == []


@pytest.mark.parametrize(
    ("name", "kind", "role", "who"),
    [
        ("r5-he-talks-she-quote", EventType.STATEMENT, "speaker", "Samia Suluhu Hassan"),
        ("r5-she-talks-he-quote", EventType.STATEMENT, "speaker", "William Ruto"),
        ("r5-he-with-she-subject", EventType.VISIT, "visitor", "William Ruto"),
    ],
)
def test_she_after_he_held_talks_with_her_is_the_one_he_met(
    analysed: Analyse, name: str, kind: EventType, role: str, who: str
) -> None:
    story = r11(analysed, name)
    assert [named(story, e, role) for e in of_type(story, kind)] == [{who}]


@pytest.mark.parametrize("name", ["r6-former-spokesman-possessive", "r6-sons-possessive"])
def test_a_former_spokesman_or_a_son_does_not_speak_for_the_principal(analysed: Analyse, name: str) -> None:
    assert r11(analysed, name).quotations == ()


@pytest.mark.parametrize("name", ["r6-lawyer-possessive", "r6-navalny-lawyer"])
def test_a_lawyer_speaks_for_the_client_through_a_lawyer(analysed: Analyse, name: str) -> None:
    # Kept as the credit lines of 1 December (third session) read "Besigye's lawyer said": the client's words, and
    # the channel says through whom. The review counted these as misfires; we read them as the rule intends.
    quotes = r11(analysed, name).quotations
    assert quotes
    assert all([c.value for c in q.channels] == ["through a lawyer"] for q in quotes)


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("r7-percent-range-quote", "Lee Kinyanjui"),
        ("r7-percent-growth-sentence", "Opiyo Wandayi"),
        ("r7-percent-lead-short", "Lee Kinyanjui"),
    ],
)
def test_a_sentence_with_percent_ranges_is_no_market_ticker(
    analysed: Analyse, name: str, person: str
) -> None:
    assert person in people(r11(analysed, name))


# Articles a helper wrote to find misfires of the rules read from set 16 (tests/data/misfires/r12-*), on the code of
# 5da473c: 37 regressions. One is kept as it reads (r12-qt-markdown-quote-story: a quotation in a "> " line at a
# paragraph's start goes to the person the paragraph before names, as the code before the rule already did for a
# plain quoted paragraph; the reader named after it is no person the code finds).


def r12(analysed: Analyse, name: str) -> Story:
    path = MISFIRES / f"r12-{name}.txt"
    return analysed(path.read_text(encoding="utf-8"), path.stem).fragment


@pytest.mark.parametrize(
    ("name", "not_a_person"),
    [
        ("sv2-alahly-flew", "Al Ahly"),
        ("sv3-super-eagles-landed", "Super Eagles"),
        ("sv3-all-blacks-flew", "All Blacks"),
        ("sv3-harambee-returned", "Harambee Stars"),
        ("sv3-eastern-cape-received", "Eastern Cape"),
        ("sv3-upper-nile-received", "Upper Nile"),
        ("sv3-mercy-corps-received", "Mercy Corps"),
        ("sv3-red-crescent-led", "Red Crescent"),
        ("bw-clubs-match", "Orlando Pirates"),
        ("bw-parties-coalition", "Christian Democrats"),
        ("bw2-boko-haram-talks", "Boko Haram"),
        ("bw2-islamic-jihad-fatah", "Islamic Jihad"),
        ("bw2-barrick-mali", "Barrick Gold"),
        ("who2-charity-manages", "Ol Pejeta Conservancy"),
        ("who2-fund-advises", "Lazard Freres"),
        ("who2-coop-sells", "Othaya Farmers"),
        ("who2-gallery-directs", "Circle Art"),
    ],
)
def test_a_team_a_region_or_a_firm_before_a_verb_or_after_between_is_no_person(
    analysed: Analyse, name: str, not_a_person: str
) -> None:
    found = people(r12(analysed, name))
    assert not [n for n in found if n.endswith(not_a_person.rsplit(maxsplit=1)[-1])]


@pytest.mark.parametrize(
    ("name", "kind", "who", "day"),
    [
        ("cl-he-will-sign", EventType.SIGNING, {"William Ruto", "Xi Jinping"}, date(2026, 3, 12)),
        ("cl-and-she-will-meet", EventType.MEETING, {"Giorgia Meloni", "Kais Saied"}, date(2026, 3, 17)),
        ("cl2-modi-hold-talks", EventType.TALKS, {"Narendra Modi", "Donald Trump"}, date(2026, 6, 22)),
        (
            "cl2-and-she-is-to-sign",
            EventType.SIGNING,
            {"Samia Suluhu Hassan", "Yoweri Museveni"},
            date(2026, 6, 19),
        ),
    ],
)
def test_a_second_clause_told_of_he_or_she_stays_with_its_sentence(
    analysed: Analyse, name: str, kind: EventType, who: set[str], day: date
) -> None:
    story = r12(analysed, name)
    found = people(story)
    ids = {found[n].id for n in who}
    assert [e.when.start for e in of_type(story, kind) if ids <= roles_of(e) and e.when] == [day]


def roles_of(event: object) -> set[str]:
    return {r.entity for r in event.participants}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "speaker"),
    [
        ("colon-other-person-last", "William Ruto"),
        ("colon-asked-about", "John Mbadi"),
        ("colon-in-letter-to", "Solly Phetoe"),
    ],
)
def test_the_speaker_before_a_colon_is_the_sentences_subject_not_a_person_after_with_to_or_from(
    analysed: Analyse, name: str, speaker: str
) -> None:
    story = r12(analysed, name)
    names = {e.id: e.name for e in story.entities}
    assert story.quotations
    assert {names[q.speaker] for q in story.quotations} == {speaker}


def test_an_organisation_of_a_country_ends_before_the_name(analysed: Analyse) -> None:
    found = people(r12(analysed, "fc-federation-employers"))
    assert "Jacqueline Mugo" in found
    assert not [n for n in found if n.startswith("Employers")]


@pytest.mark.parametrize("name", ["tw-drc-possessive", "tw2-drc-short"])
def test_the_democratic_republic_of_congo_is_not_the_republic_of_the_congo(
    analysed: Analyse, name: str
) -> None:
    countries = {e.country for e in people(r12(analysed, name)).values() if e.country}
    assert "republic-of-the-congo" not in countries
    assert "dr-congo" in countries


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("cln-photo-marker-lead", "met Japanese Prime Minister Sanae Takaichi"),
        ("cln-photo-inline-bracket", "would clear arrears by April"),
        ("nl-sponsor-credit-top", "restarted construction of its liquefied"),
        ("nl-sponsor-mid-story", "met cocoa buyers in Accra"),
        ("nl-numbered-list-dont-miss", "open help desks in all 47 counties"),
        ("nl-numbered-read-next2", "met Democratic Alliance leader"),
        ("nl-numbered-copyright", "Musawa"),
    ],
)
def test_a_photo_marker_a_sponsor_line_or_a_numbered_list_drops_no_story(
    vocab: Vocabulary, name: str, kept: str
) -> None:
    text = (MISFIRES / f"r12-{name}.txt").read_text(encoding="utf-8")
    assert kept in clean_article(text, vocab.outlets, vocab.agencies).body_text()


@pytest.mark.parametrize("name", ["ms-section-caps-before-headline", "ms-sport-section"])
def test_a_section_name_in_capitals_is_no_outlet(vocab: Vocabulary, name: str) -> None:
    text = (MISFIRES / f"r12-{name}.txt").read_text(encoding="utf-8")
    assert clean_article(text, vocab.outlets, vocab.agencies).outlet is None


def test_a_signing_at_a_ceremony_of_another_day_takes_that_day_not_the_sequels(analysed: Analyse) -> None:
    # (r10-c12 asked for no day at all; since the eighth session the signing takes the day the sentence before it
    # tells, the ceremony's Sunday, and still not Monday's meeting's)
    signings = of_type(read_dated(analysed, "r10-c12-ceremony-other-day"), EventType.SIGNING)
    assert [s.when.start if s.when else None for s in signings] == [date(2026, 11, 8)]
