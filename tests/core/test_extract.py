"""Extraction through the pipeline: people, signings, meetings, tariffs, quotations and dates of one article."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bot.core.describe import describe_event
from bot.core.model import Event, EventType, Kind, Precision, Quotation, Story
from bot.core.vocab import Vocabulary
from tests.core.support import Analyse, agreement_name, names_of, people, person_named

# ---------------------------------------------------------------------- articles (invented facts)

ARCTIC = """Published 05.06.25, 10:00 AM
Canada and Poland sign Arctic sensor arrangement

Canada and Poland on Wednesday signed the Arctic Sensor Research Arrangement (ASRA) in Warsaw, pledging to pool work on radar and cold-weather equipment.

Canadian National Defence Minister Claire Dubois and Polish defence minister Tomasz Wrona signed the arrangement on the sidelines of the Baltic Security Summit.

Under ASRA, engineers from both countries will share test ranges in Alberta and Pomerania.

Dubois posted on X: "Canada and Poland are building the sensors that will keep our northern skies safe."

"This is only the start. More joint projects will follow next year," she added.

Wrona said that the accord would bring about 400 jobs to Polish defence firms.

Mr Wrona also met Canadian foreign minister Helene Tremblay in Warsaw on Thursday.

The two sides signed a memorandum on cadet exchanges in August 2024.

RELATED TOPICS
Canada Poland Defence
Follow us on:
ADVERTISEMENT
Storm batters Buenos Aires as Argentina declares emergency
Argentine interior minister Julian Acosta said on Friday that 5,000 people had been evacuated and 40 flights cancelled in Buenos Aires.
"""

WATER = """Published 20.02.25, 07:30 AM
Kenya and Ethiopia ink water accord

Kenyan water minister Achieng Odhiambo and Ethiopian water minister Tesfaye Bekele signed the Omo Basin Water Agreement in Addis Ababa on Wednesday.

"We will share every drop fairly," Odhiambo said in a post on X.
"""

MARITIME = """Published 31.10.25, 05:10 PM
Vietnam and Australia sign maritime memorandum

Vietnam and Australia signed the Coastal Patrol Memorandum in Hanoi on Thursday, pledging joint patrols in the South China Sea.

The memorandum was signed by Vietnamese deputy defence minister Tran Van Long and Australian defence minister Helen Markham.

Markham told reporters that the two navies would hold their first joint patrol next year.
"""

CABLE = """Published 20.02.25, 07:30 AM
Greece and Egypt seal energy deal

Greek energy minister Nikos Papadakis and his counterpart Karim Mansour inked the Mediterranean Cable Agreement in Athens on Wednesday.

"This cable will light homes on both shores," Mansour told reporters after the ceremony.

Papadakis said that the cable would be finished by 2028.
"""

OCEAN = """Saturday, 14 June 2025
Portugal and Brazil sign ocean pact in Lisbon

Portugal and Brazil on Friday signed the Atlantic Ocean Research Pact in Lisbon, officials said.

Lucas Andrade, Brazil's foreign minister, said the pact would fund 20 research vessels.

Portuguese prime minister Ines Carvalho met Andrade in Lisbon on the sidelines of the Atlantic Futures Summit.

Mr Andrade said the two governments would review progress every year.

"We are two Atlantic nations with one ocean to protect," the foreign ministry said in a statement.
"""

DEFENCE_TALKS = """Published 03.04.25, 06:00 PM
Defence chiefs meet in Manila

US Secretary of Defense Harold Brennan met Philippine defence secretary Gilberto Reyes in Manila on Wednesday, the Pentagon said.

"Both navies will hold more drills this year," said trade minister Felipe Santos, who joined the talks.

Brennan said that the two militaries would share more intelligence.
"""

TARIFFS = """Published 12.09.25, 08:00 PM
US hits Vietnam with new tariffs

US President Arthur Coleman on Thursday hit Vietnamese goods with a 15% reciprocal tariff and followed it up with an additional 10% penalty over Vietnam's purchases of Iranian oil.

Vietnam's trade ministry said in a statement that the measures were unjustified and that talks would continue.
"""

INVENTED = """Published 02.02.25, 09:00 AM
Lowland republics agree river plan

Belgian river commissioner Zoltrana Quibek and Dutch water envoy Brannagh Oyelaran signed the Meuse Flood Compact in Brussels on Saturday.

Tavish Ferrand, Luxembourg's flood adviser, said the compact would pay for 14 new floodgates.
"""

CUSTOMS = """Published 02.02.25, 09:00 AM
Nigeria and Ghana sign customs deal

Amara Nwosu, Nigeria's trade minister, and Ghanaian trade minister Kwame Asante signed the West African Customs Agreement in Accra on Saturday.

Nwosu said the agreement would cut border waiting times.
"""

PROTOCOL = """Published 13.09.25, 08:00 PM
US and Vietnam agree customs protocol

US Trade Representative Dana Whitfield and his counterpart Nguyen Thi Mai inked a customs cooperation protocol in Geneva on Friday.

Whitfield said more talks would follow in October.
"""

SOFIA = """Published 10.07.25, 04:45 PM
Chile and Peru open copper talks

Chilean trade minister Sofia Herrera met Peruvian mining minister Diego Paredes in Santiago on Wednesday to discuss a joint copper export strategy.

Herrera said the two countries could agree a price floor before December.
"""

VISA = """Saturday, 01 November 2025
Kenya and Ghana agree to scrap visas

Kenya and Ghana on Friday signed the Visa Abolition Agreement in Nairobi, with Kenyan foreign minister Peter Otieno calling it "a gift to every trader on the continent".

"Our students will travel freely from next term," Ghanaian foreign minister Ama Boateng told reporters, adding that flights between the two capitals would double by March.

The agreement takes effect in January and covers stays of up to 90 days, Otieno said.
"""

ALL = {
    "arctic": ARCTIC,
    "water": WATER,
    "maritime": MARITIME,
    "cable": CABLE,
    "ocean": OCEAN,
    "defence-talks": DEFENCE_TALKS,
    "tariffs": TARIFFS,
    "invented": INVENTED,
    "customs": CUSTOMS,
    "protocol": PROTOCOL,
    "visa": VISA,
    "sofia": SOFIA,
}


def story_of(analysed: Analyse, doc: str) -> Story:
    return analysed(ALL[doc], doc).fragment


def events(story: Story, kind: EventType) -> list[Event]:
    return [e for e in story.events if e.type is kind]


def signing_of(story: Story, agreement: str) -> Event:
    found = [e for e in events(story, EventType.SIGNING) if agreement_name(story, e) == agreement]
    names = [agreement_name(story, e) for e in events(story, EventType.SIGNING)]
    assert len(found) == 1, f"expected one signing of {agreement!r}; signings: {names}"
    return found[0]


def quotes_of(story: Story, name: str) -> list[Quotation]:
    person = person_named(story, name)
    return [q for q in story.quotations if q.speaker == person.id]


def all_quoted_text(story: Story) -> str:
    return " | ".join(v.value for q in story.quotations for v in q.texts)


# ---------------------------------------------------------------------- people and titles


@pytest.mark.parametrize(
    ("doc", "name", "title", "country"),
    [
        ("defence-talks", "Harold Brennan", "US Secretary of Defense", "us"),
        ("defence-talks", "Gilberto Reyes", "Philippine defence secretary", "philippines"),
        ("defence-talks", "Felipe Santos", "trade minister", None),
        ("ocean", "Lucas Andrade", "foreign minister", "brazil"),
        ("ocean", "Ines Carvalho", "Portuguese prime minister", "portugal"),
        ("arctic", "Claire Dubois", "Canadian National Defence Minister", "canada"),
        ("arctic", "Tomasz Wrona", "Polish defence minister", "poland"),
        ("arctic", "Helene Tremblay", "Canadian foreign minister", "canada"),
        ("water", "Achieng Odhiambo", "Kenyan water minister", "kenya"),
        ("invented", "Brannagh Oyelaran", "Dutch water envoy", "netherlands"),
        ("invented", "Zoltrana Quibek", "Belgian river commissioner", "belgium"),
        ("customs", "Amara Nwosu", "trade minister", "nigeria"),
        ("sofia", "Sofia Herrera", "Chilean trade minister", "chile"),
    ],
)
def test_people_with_their_titles_as_stated(
    analysed: Analyse, doc: str, name: str, title: str, country: str | None
) -> None:
    story = story_of(analysed, doc)
    person = people(story).get(name)
    assert person is not None, f"{name} not found; people: {sorted(people(story))}"
    assert title in [t.value for t in person.titles]
    if country is not None:
        assert person.country == country


@pytest.mark.parametrize("name", ["Zoltrana Quibek", "Brannagh Oyelaran", "Tavish Ferrand"])
def test_people_in_no_list_are_found(analysed: Analyse, vocab: Vocabulary, name: str) -> None:
    assert name.split(maxsplit=1)[0] not in vocab.given_names, "the test needs a first name in no list"
    story = story_of(analysed, "invented")
    assert name in people(story), f"people: {sorted(people(story))}"


@pytest.mark.parametrize(
    ("doc", "full", "short"), [("ocean", "Lucas Andrade", "Andrade"), ("arctic", "Tomasz Wrona", "Wrona")]
)
def test_a_surname_and_mr_surname_are_the_same_person(
    analysed: Analyse, doc: str, full: str, short: str
) -> None:
    story = story_of(analysed, doc)
    assert full in people(story)
    assert not any(n in people(story) for n in (short, f"Mr {short}", f"Mr. {short}"))


# ---------------------------------------------------------------------- signings


@pytest.mark.parametrize(
    ("doc", "agreement", "signatories", "day", "place"),
    [
        (
            "water",
            "Omo Basin Water Agreement",
            {"Achieng Odhiambo", "Tesfaye Bekele"},
            date(2025, 2, 19),
            "Addis Ababa",
        ),
        (
            "maritime",
            "Coastal Patrol Memorandum",
            {"Tran Van Long", "Helen Markham"},
            date(2025, 10, 30),
            "Hanoi",
        ),
        (
            "cable",
            "Mediterranean Cable Agreement",
            {"Nikos Papadakis", "Karim Mansour"},
            date(2025, 2, 19),
            "Athens",
        ),
        (
            "arctic",
            "Arctic Sensor Research Arrangement",
            {"Claire Dubois", "Tomasz Wrona"},
            date(2025, 6, 4),
            "Warsaw",
        ),
        (
            "invented",
            "Meuse Flood Compact",
            {"Zoltrana Quibek", "Brannagh Oyelaran"},
            date(2025, 2, 1),
            "Brussels",
        ),
        (
            "customs",
            "West African Customs Agreement",
            {"Amara Nwosu", "Kwame Asante"},
            date(2025, 2, 1),
            "Accra",
        ),
        (
            "protocol",
            "customs cooperation protocol",
            {"Dana Whitfield", "Nguyen Thi Mai"},
            date(2025, 9, 12),
            "Geneva",
        ),
    ],
    ids=[
        "active",
        "passive",
        "counterpart-inked",
        "acronym",
        "invented-names",
        "appositive-signatory",
        "protocol",
    ],
)
def test_signings_name_their_signatories_date_and_place(
    analysed: Analyse, doc: str, agreement: str, signatories: set[str], day: date, place: str
) -> None:
    story = story_of(analysed, doc)
    event = signing_of(story, agreement)
    assert names_of(story, event, "signatory") == signatories
    when = event.when
    assert when is not None
    assert (when.start, when.end, when.precision) == (day, day, Precision.DAY)
    assert when.reference is not None, "a weekday is resolved against the publication date"
    places = {e.id: e.name for e in story.entities}
    assert [places.get(p.value) for p in event.places] == [place]


def test_the_two_sides_signing_gives_parties_not_signatories_at_month_precision(analysed: Analyse) -> None:
    story = story_of(analysed, "arctic")
    event = signing_of(story, "memorandum on cadet exchanges")
    assert names_of(story, event, "signatory") == set()
    assert names_of(story, event, "party") == {"Canada", "Poland"}
    when = event.when
    assert when is not None
    assert when.precision is Precision.MONTH
    assert (when.start, when.end) == (date(2024, 8, 1), date(2024, 8, 31))
    assert when.label() == "Aug 2024"


def test_an_acronym_and_its_later_mentions_are_one_agreement(analysed: Analyse) -> None:
    story = story_of(analysed, "arctic")
    agreements = [e for e in story.entities if e.kind is Kind.AGREEMENT]
    asra = [e for e in agreements if e.acronym == "ASRA"]
    assert len(asra) == 1
    assert asra[0].name == "Arctic Sensor Research Arrangement"
    assert "ASRA" in {a.value for a in asra[0].aliases}
    assert not [e for e in agreements if e.name == "ASRA"], "the bare acronym is not a second agreement"
    assert len([e for e in events(story, EventType.SIGNING) if e.agreement == asra[0].id]) == 1


def test_an_agreement_named_only_by_its_kind_is_not_a_second_signing(analysed: Analyse) -> None:
    story = story_of(analysed, "arctic")
    signings = events(story, EventType.SIGNING)
    assert sorted(agreement_name(story, e) or "" for e in signings) == [
        "Arctic Sensor Research Arrangement",
        "memorandum on cadet exchanges",
    ]


# ---------------------------------------------------------------------- meetings


@pytest.mark.parametrize(
    ("doc", "who", "place", "occasion", "day"),
    [
        ("ocean", {"Ines Carvalho", "Lucas Andrade"}, "Lisbon", "Atlantic Futures Summit", None),
        ("defence-talks", {"Harold Brennan", "Gilberto Reyes"}, "Manila", None, date(2025, 4, 2)),
        ("arctic", {"Tomasz Wrona", "Helene Tremblay"}, "Warsaw", None, date(2025, 6, 5)),
    ],
)
def test_meetings_with_place_occasion_and_date(
    analysed: Analyse, doc: str, who: set[str], place: str, occasion: str | None, day: date | None
) -> None:
    story = story_of(analysed, doc)
    names = {e.id: e.name for e in story.entities}
    meetings = [e for e in events(story, EventType.MEETING) if names_of(story, e, "participant") == who]
    assert len(meetings) == 1, [names_of(story, e, "participant") for e in events(story, EventType.MEETING)]
    meeting = meetings[0]
    assert [names.get(p.value) for p in meeting.places] == [place]
    if occasion is not None:
        assert [names.get(o.value) for o in meeting.occasions] == [occasion]
    if day is not None:
        assert meeting.when is not None
        assert (meeting.when.start, meeting.when.precision) == (
            day,
            Precision.DAY,
        )


def test_the_occasion_of_a_signing_is_kept(analysed: Analyse) -> None:
    story = story_of(analysed, "arctic")
    event = signing_of(story, "Arctic Sensor Research Arrangement")
    names = {e.id: e.name for e in story.entities}
    assert [names.get(o.value) for o in event.occasions] == ["Baltic Security Summit"]


# ---------------------------------------------------------------------- tariffs


def test_tariff_figures_are_kept_as_the_article_states_them(analysed: Analyse) -> None:
    story = story_of(analysed, "tariffs")
    tariffs = events(story, EventType.TARIFF)
    assert len(tariffs) == 1
    event = tariffs[0]
    figures = {(f.value, f.unit): f.label for f in event.figures}
    assert set(figures) == {(15.0, "%"), (10.0, "%")}
    assert "reciprocal" in figures[(15.0, "%")]
    assert "penalty" in figures[(10.0, "%")]
    assert "Iranian oil" in figures[(10.0, "%")]
    assert names_of(story, event, "target") == {"Vietnam"}
    assert "Arthur Coleman" in names_of(story, event, "actor")
    assert event.when is not None
    assert event.when.start == date(2025, 9, 11)
    assert "tariffs" in event.topics


# ---------------------------------------------------------------------- quotations and paraphrase


@pytest.mark.parametrize(
    ("doc", "speaker", "words", "channel"),
    [
        (
            "arctic",
            "Claire Dubois",
            "building the sensors that will keep our northern skies safe",
            "post on X",
        ),
        ("water", "Achieng Odhiambo", "We will share every drop fairly", "post on X"),
        ("cable", "Karim Mansour", "This cable will light homes on both shores", "remarks to the media"),
    ],
)
def test_direct_quotations_have_speaker_and_channel(
    analysed: Analyse, doc: str, speaker: str, words: str, channel: str
) -> None:
    story = story_of(analysed, doc)
    quotes = [q for q in quotes_of(story, speaker) if any(words in v.value for v in q.texts)]
    assert len(quotes) == 1, f"no quotation of {speaker} with {words!r}; quoted: {all_quoted_text(story)}"
    assert [c.value for c in quotes[0].channels] == [channel]
    assert quotes[0].sources == (doc,)


def test_a_partial_quotation_is_a_quotation(analysed: Analyse) -> None:
    story = story_of(analysed, "visa")
    quotes = quotes_of(story, "Peter Otieno")
    assert any("a gift to every trader on the continent" in v.value for q in quotes for v in q.texts), (
        f"quoted: {all_quoted_text(story)}"
    )


def test_a_quotation_is_not_dated_by_a_plan_it_mentions(analysed: Analyse) -> None:
    story = story_of(analysed, "visa")
    quotes = [q for q in quotes_of(story, "Ama Boateng") if any("travel freely" in v.value for v in q.texts)]
    assert len(quotes) == 1
    when = quotes[0].when
    # Spoken at the signing reported on 1 Nov 2025; "by March" is when flights double, not when she spoke.
    assert when is None or date(2025, 10, 31) <= when.start <= when.end <= date(2025, 11, 1), when


def test_a_statement_by_a_ministry_is_a_statement(analysed: Analyse) -> None:
    story = story_of(analysed, "ocean")
    quotes = [q for q in story.quotations if any("one ocean to protect" in v.value for v in q.texts)]
    assert len(quotes) == 1
    assert [c.value for c in quotes[0].channels] == ["statement"]
    speaker = {e.id: e for e in story.entities}[quotes[0].speaker]
    assert speaker.kind is Kind.ORGANISATION
    assert "ministry" in speaker.name


def test_a_quote_continued_with_she_added_keeps_speaker_and_channel(analysed: Analyse) -> None:
    story = story_of(analysed, "arctic")
    quotes = [
        q
        for q in story.quotations
        if any("More joint projects will follow next year" in v.value for v in q.texts)
    ]
    assert len(quotes) == 1
    assert quotes[0].speaker == person_named(story, "Claire Dubois").id
    assert [c.value for c in quotes[0].channels] == ["post on X"]


def test_a_quote_said_by_a_lowercase_titled_speaker(analysed: Analyse) -> None:
    story = story_of(analysed, "defence-talks")
    quotes = quotes_of(story, "Felipe Santos")
    assert any("Both navies will hold more drills this year" in v.value for q in quotes for v in q.texts)


@pytest.mark.parametrize(
    ("doc", "speaker", "gist"),
    [
        ("arctic", "Tomasz Wrona", "400 jobs"),
        ("cable", "Nikos Papadakis", "finished by 2028"),
        ("defence-talks", "Harold Brennan", "share more intelligence"),
    ],
)
def test_paraphrase_stays_paraphrase(analysed: Analyse, doc: str, speaker: str, gist: str) -> None:
    story = story_of(analysed, doc)
    assert not quotes_of(story, speaker), "'X said that ...' is not a direct quotation"
    assert gist not in all_quoted_text(story)
    person = person_named(story, speaker)
    statements = [
        e
        for e in events(story, EventType.STATEMENT)
        if any(r.entity == person.id and r.role == "speaker" for r in e.participants)
    ]
    assert any(gist in g.value for e in statements for g in e.gist)


# ---------------------------------------------------------------------- what is not the story


def test_a_teaser_after_the_end_marker_contributes_nothing(analysed: Analyse) -> None:
    story = story_of(analysed, "arctic")
    everything = " ".join(
        [e.name for e in story.entities]
        + [a.value for e in story.entities for a in e.aliases]
        + [v.value for q in story.quotations for v in q.texts]
        + [g.value for e in story.events for g in e.gist]
    )
    for word in ("Julian Acosta", "Acosta", "Buenos Aires", "Argentina", "5,000"):
        assert word not in everything
    teaser_at = ARCTIC.index("Storm batters")
    for event in story.events:
        assert all(m.start < teaser_at for m in event.mentions)
    assert not any(f.value == 5000 for e in story.events for f in e.figures)


# ---------------------------------------------------------------------- dates and offsets


def test_dates_resolve_against_the_publication_date(analysed: Analyse) -> None:
    result = analysed(ARCTIC, "arctic")
    assert result.source.published is not None
    assert result.source.published.start == date(2025, 6, 5)
    for event in result.fragment.events:
        for dated in event.dates:
            if dated.when.reference is not None:
                assert dated.when.reference == date(2025, 6, 5)


def test_the_publication_date_given_at_ingest_wins(analysed: Analyse) -> None:
    result = analysed(WATER, "water-given", published=date(2025, 2, 24))
    assert result.source.published is not None
    assert result.source.published.start == date(2025, 2, 24)
    assert result.source.published_basis == "given at ingest"
    story = result.fragment
    event = signing_of(story, "Omo Basin Water Agreement")
    assert event.when is not None
    assert event.when.start == date(2025, 2, 19)


def test_a_dateline_year_comes_from_the_story_not_from_a_future_target(analysed: Analyse) -> None:
    text = (
        "Peru and Brazil link power grids\n"
        "Lima, Nov. 1 -- Peru and Brazil on Friday signed the Amazon Grid Agreement in Lima, energy minister Rosa Quispe said.\n"
        "The two countries first discussed the link in March 2025 and it will carry 500 megawatts by 2028.\n"
    )
    result = analysed(text, "grid")
    assert result.source.published is not None
    assert result.source.published.start == date(2025, 11, 1)
    event = signing_of(result.fragment, "Amazon Grid Agreement")
    assert event.when is not None
    assert event.when.start == date(2025, 10, 31)


def test_a_dateline_year_is_the_first_after_the_past_the_story_reports(analysed: Analyse) -> None:
    text = (
        "Chile and Peru hold talks on lithium\n"
        "Santiago, May 24 -- Chile and Peru held talks last week on lithium mining, according to a statement.\n"
        "Chilean mining minister Paula Rojas and Peruvian energy minister Jorge Salas met on November 25, 2021 "
        "in Lima.\n"
    )
    result = analysed(text, "lithium")
    assert result.source.published is not None
    assert result.source.published.start == date(2022, 5, 24)
    assert result.source.inferred


def test_a_date_run_into_the_first_paragraph_is_the_publication_date(analysed: Analyse) -> None:
    text = (
        "Chile and Peru discuss lithium in Lima\n"
        "The two sides also discussed copper exports and port fees.\n"
        "date 2026-02-12 Chilean mining minister Paula Rojas and Peruvian energy minister Jorge Salas held "
        "talks in Lima on January 30, 2026, officials said.\n"
    )
    result = analysed(text, "runin")
    assert result.source.published is not None
    assert result.source.published.start == date(2026, 2, 12)


def test_an_undated_also_event_takes_the_date_of_the_lead_event(analysed: Analyse) -> None:
    text = (
        "Published 20.07.22, 09:00 AM\n"
        "Chile and Peru leaders meet in Lima\n"
        "Chilean President Paula Rojas and Peruvian President Jorge Salas met on Saturday in Lima and "
        "discussed lithium mining.\n"
        "The two sides also signed the Lithium Supply Agreement.\n"
        "Peruvian trade minister Ana Flores and Chilean trade minister Luis Vera signed the Andean Water "
        "Agreement, officials said.\n"
    )
    story = analysed(text, "also").fragment
    also = signing_of(story, "Lithium Supply Agreement")
    assert also.when is not None
    assert also.when.start == date(2022, 7, 16)
    assert "same occasion" in also.when.basis
    plain = signing_of(story, "Andean Water Agreement")
    assert plain.when is None


@pytest.mark.parametrize(
    "told",
    [
        "Earlier, Peruvian trade minister Ana Flores and Chilean trade minister Luis Vera held a meeting in Lima.",
        "The Lithium Supply Agreement was signed in the presence of Paula Rojas and Jorge Salas.",
        "The Lithium Supply Agreement was signed after delegation-level talks between the two sides.",
    ],
)
def test_an_undated_event_told_as_part_of_the_lead_occasion_takes_its_date(
    analysed: Analyse, told: str
) -> None:
    text = (
        "Published 20.07.22, 09:00 AM\n"
        "Chile and Peru leaders meet in Lima\n"
        "Chilean President Paula Rojas and Peruvian President Jorge Salas met on Saturday in Lima and "
        "discussed lithium mining.\n"
        f"{told}\n"
    )
    story = analysed(text, "occasion").fragment
    assert story.events
    assert all(e.when is not None and e.when.start == date(2022, 7, 16) for e in story.events)
    assert any(e.when is not None and "same occasion" in e.when.basis for e in story.events)


def test_an_event_during_a_visit_takes_the_days_of_the_visit(analysed: Analyse) -> None:
    text = (
        "Sunday, 09 February 2025\n"
        "Nepal's foreign minister in Peru\n\n"
        "Nepal's Foreign Minister Rabindra Gurung landed in Lima on Saturday, kicking off a three-day visit.\n"
        "During the visit, Gurung met Peruvian foreign minister Elsa Quispe and discussed trade.\n"
        "Gurung also met Peruvian trade minister Ana Flores, officials said.\n"
    )
    story = analysed(text, "during").fragment
    meetings = sorted(
        (e for e in story.events if e.type is EventType.MEETING), key=lambda e: e.mentions[0].start
    )
    assert [m.when.label() if m.when else None for m in meetings] == ["8–10 Feb 2025", "8–10 Feb 2025"]
    assert meetings[0].when is not None
    assert "during the visit" in meetings[0].when.basis


@pytest.mark.parametrize("doc", sorted(ALL))
def test_every_mention_points_inside_the_article(analysed: Analyse, doc: str) -> None:
    text = ALL[doc]
    story = story_of(analysed, doc)
    assert story.events
    for event in story.events:
        assert event.mentions, f"{event.type} has no mention"
        for m in event.mentions:
            assert m.doc == doc
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start : m.end].strip() == text[m.start : m.end]
        if event.type is EventType.SIGNING:
            quoted = " ".join(text[m.start : m.end] for m in event.mentions)
            assert re.search(r"\b(signed|inked)\b", quoted)
    for quote in story.quotations:
        for m in quote.mentions:
            assert 0 <= m.start < m.end <= len(text)


def test_a_fact_of_one_article_has_that_article_as_its_only_source(analysed: Analyse) -> None:
    story = story_of(analysed, "arctic")
    for event in story.events:
        assert event.sources == ("arctic",)
    for entity in story.entities:
        if entity.kind is Kind.PERSON:
            assert entity.sources == ("arctic",)


def test_a_leader_called_pm_is_found_with_that_title(analysed: Analyse) -> None:
    text = """Sunday, 09 February 2025
Pakistan raises tariffs on French garments

A 30% tariff on French garments was announced late on Saturday by Pakistani PM Zubair Khattak.

"This is about fairness for our workers and our farmers," Mr Khattak added.
"""
    story = analysed(text, "garments").fragment
    person = people(story).get("Zubair Khattak")
    assert person is not None, f"people: {sorted(people(story))}"
    assert "Pakistani PM" in [t.value for t in person.titles]
    assert person.country == "pakistan"
    assert "Khattak" not in people(story), "Mr Khattak is Zubair Khattak"


CO_CHAIRED = """Monday, 10 February 2025
Malaysia and Singapore hold trade forum

Vivvian Low and {names} co-chaired the fifth round of the Trade Policy Forum on Sunday in Kuala Lumpur.

Ms. Rahim said the two sides had agreed to set up a joint working group on digital trade.
"""


def test_a_full_name_no_rule_reads_completes_the_surname_the_article_uses(analysed: Analyse) -> None:
    """ "Ms. Rahim said ..." and, without a title, "Vivvian Low and Nurul Rahim co-chaired ...": Nurul Rahim."""
    story = analysed(CO_CHAIRED.format(names="Nurul Rahim"), "forum").fragment
    found = people(story)
    assert sorted(found) == ["Nurul Rahim", "Vivvian Low"]
    assert "Rahim" in [a.value for a in found["Nurul Rahim"].aliases]
    (meeting,) = [e for e in story.events if e.type is EventType.MEETING]
    assert {r.entity for r in meeting.participants} == {found["Nurul Rahim"].id, found["Vivvian Low"].id}


def test_a_surname_two_people_share_is_not_completed(analysed: Analyse) -> None:
    """Two full names end in Rahim: which of them "Ms. Rahim" is, the article does not say."""
    story = analysed(CO_CHAIRED.format(names="Nurul Rahim, Aisyah Rahim"), "forum-two").fragment
    assert "Rahim" in people(story)
    assert "Nurul Rahim" not in people(story)
    assert "Aisyah Rahim" not in people(story)


@pytest.mark.parametrize("name", ["Gustavo Medina", "Yael Golan"])
def test_a_surname_that_is_also_a_place_is_the_persons(analysed: Analyse, name: str) -> None:
    """Medina is a city and Golan a region; after a first name they are surnames."""
    text = f"""Sunday, 09 February 2025
Nepal and Argentina hold talks

Nepal's Foreign Minister Rabindra Gurung met Argentine foreign minister {name} in Kathmandu on Saturday.

Gurung and {name.rsplit(maxsplit=1)[-1]} had previously met in June last year.
"""
    story = analysed(text, "talks").fragment
    found = people(story)
    assert name in found, f"people: {sorted(found)}"
    assert "Argentine foreign minister" in [t.value for t in found[name].titles]
    meetings = [e for e in story.events if e.type is EventType.MEETING]
    assert meetings
    assert all(found[name].id in {r.entity for r in e.participants} for e in meetings)
    places = {e.name for e in story.entities if e.kind is Kind.PLACE}
    assert name.rsplit(maxsplit=1)[-1] not in places


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Delegation-level talks led by Gurung and Medina were held in Lima on Friday.", EventType.TALKS),
        (
            "Gurung and his Argentine counterpart Medina discussed trade during talks on Friday.",
            EventType.TALKS,
        ),
        ("Gurung sat down with Medina in Lima on Friday.", EventType.MEETING),
    ],
)
def test_talks_and_meetings_told_in_other_words(analysed: Analyse, sentence: str, kind: EventType) -> None:
    text = f"""Sunday, 09 February 2025
Nepal and Argentina hold talks

Nepal's Foreign Minister Rabindra Gurung and Argentine foreign minister Hernán Medina arrived in Lima on Thursday.

{sentence}
"""
    story = analysed(text, "lima").fragment
    found = people(story)
    events = [e for e in story.events if e.type is kind]
    assert len(events) == 1, [(e.type, e.participants) for e in story.events]
    assert {r.entity for r in events[0].participants} >= {
        found["Rabindra Gurung"].id,
        found["Hernán Medina"].id,
    }
    assert [d.when.start for d in events[0].dates] == [date(2025, 2, 7)]


def test_a_place_named_like_the_articles_person_is_still_a_place_after_in(analysed: Analyse) -> None:
    text = """Sunday, 09 February 2025
Argentina and Saudi Arabia hold talks

Argentine foreign minister Hernán Medina held talks with Saudi officials in Medina on Saturday.

Medina said the two sides had agreed to expand cooperation in energy.
"""
    story = analysed(text, "medina").fragment
    medina = people(story)["Hernán Medina"]
    talks = [e for e in story.events if e.type is EventType.TALKS]
    assert len(talks) == 1
    places = {e.id: e.name for e in story.entities if e.kind is Kind.PLACE}
    assert [places.get(v.value, v.value) for v in talks[0].places] == ["Medina"]
    statements = [e for e in story.events if e.type is EventType.STATEMENT]
    assert [r.entity for e in statements for r in e.participants if r.role == "speaker"] == [medina.id]


def test_sitting_down_for_an_interview_is_not_a_meeting(analysed: Analyse) -> None:
    text = """Sunday, 09 February 2025
Nepal's foreign minister speaks to the press

Nepal's Foreign Minister Rabindra Gurung and Argentine foreign minister Hernán Medina sat down for an interview with
Reuters on Saturday.
"""
    story = analysed(text, "interview").fragment
    assert [e.type for e in story.events if e.type in (EventType.MEETING, EventType.TALKS)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Gurung and Medina exchanged signed copies of the Memorandum of Understanding on Renewable Energy on Friday.",
        "Nepal and Argentina sealed the Memorandum of Understanding on Renewable Energy on Friday, which was signed"
        " by Gurung and Medina in Lima.",
        "Signing the Memorandum of Understanding on Renewable Energy on Friday in Lima, Gurung and Medina said it"
        " would boost investment.",
    ],
)
def test_signatories_of_a_signing_told_in_other_words(analysed: Analyse, sentence: str) -> None:
    text = f"""Sunday, 09 February 2025
Nepal and Argentina sign energy memorandum

Nepal's Foreign Minister Rabindra Gurung and Argentine foreign minister Hernán Medina spoke on Thursday.

{sentence}
"""
    story = analysed(text, "mou").fragment
    found = people(story)
    (signing,) = [e for e in story.events if e.type is EventType.SIGNING]
    signatories = {r.entity for r in signing.participants if r.role == "signatory"}
    assert signatories == {found["Rabindra Gurung"].id, found["Hernán Medina"].id}
    assert [d.when.start for d in signing.dates] == [date(2025, 2, 7)]


def test_a_tariff_announced_by_someone_at_the_end_of_the_sentence_has_that_actor(analysed: Analyse) -> None:
    text = """Sunday, 09 February 2025
Pakistan raises tariffs on French garments

Pakistani trade minister Zubair Khattak spoke to reporters in Islamabad on Saturday.

A 30% tariff on French garments was announced late on Saturday after weeks of talks by Khattak.
"""
    story = analysed(text, "garments-late").fragment
    (tariff,) = [e for e in story.events if e.type is EventType.TARIFF]
    actors = {r.entity for r in tariff.participants if r.role == "actor"}
    assert actors == {people(story)["Zubair Khattak"].id, "country:pakistan"}


def test_a_meeting_dated_only_by_its_year_is_not_folded_into_a_signing(analysed: Analyse) -> None:
    text = """Sunday, 09 February 2025
Britain and Egypt review counter-terrorism cooperation

British foreign secretary Graham Abbott and Egyptian Minister of Foreign Affairs Khalid Shoukry-Nasr had previously met last year. Mr. Abbott and Mr. Shoukry-Nasr had signed the Joint Declaration of Intent on Cooperation in Counter-Terrorism in December last year.
"""
    story = analysed(text, "jdi").fragment
    kinds = sorted(e.type.value for e in story.events if e.type in (EventType.MEETING, EventType.SIGNING))
    assert kinds == ["meeting", "signing"]
    (meeting,) = [e for e in story.events if e.type is EventType.MEETING]
    assert [d.when.label() for d in meeting.dates] == ["2024"]


def test_the_host_who_receives_a_visitor_is_not_a_visitor(analysed: Analyse) -> None:
    text = """Sunday, 09 February 2025
Nepal's foreign minister arrives in Lima

Nepal's Foreign Minister Rabindra Gurung was received by Argentine foreign minister Hernán Medina when he arrived in Lima on Saturday for a three-day visit to Peru.
"""
    story = analysed(text, "arrival").fragment
    found = people(story)
    visitors = {r.entity for e in story.events for r in e.participants if r.role == "visitor"}
    assert visitors == {found["Rabindra Gurung"].id}


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        (
            "Nepal's Foreign Minister Rabindra Gurung landed in Lima on Saturday, kicking off a two-day visit.",
            "8–9 Feb 2025",
        ),
        (
            "Nepal's Foreign Minister Rabindra Gurung on Friday began a four-day state visit to Peru.",
            "7–10 Feb 2025",
        ),
        (
            "Nepal's Foreign Minister Rabindra Gurung concluded a three-day visit to Peru on Saturday.",
            "6–8 Feb 2025",
        ),
        (
            "Nepal's Foreign Minister Rabindra Gurung arrived in Lima on Saturday for talks on trade.",
            "8 Feb 2025",
        ),
        ("Nepal's Foreign Minister Rabindra Gurung is on a three-day visit to Peru.", None),
    ],
)
def test_a_visit_of_several_days_spans_them(analysed: Analyse, sentence: str, label: str | None) -> None:
    text = f"Sunday, 09 February 2025\nNepal's foreign minister in Peru\n\n{sentence}\n"
    story = analysed(text, "visit-days").fragment
    visits = [e for e in story.events if e.type is EventType.VISIT]
    assert len(visits) == 1
    assert [d.when.label() for d in visits[0].dates] == ([label] if label else [])


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # An untitled name joined to a titled one by "and", before the verb.
        (
            "Zarina Zainal and NSA Benedict Tan held talks in Lima on Monday.",
            {"Zarina Zainal", "Benedict Tan"},
        ),
        # After a title, a place's name after an unknown first name (a typo) is still a surname.
        (
            "Nepali Foreign Minister Rabindra Gurung and Argentina's Foreign Minister Gusstavo Medina held talks "
            "in Lima on Monday.",
            {"Rabindra Gurung", "Gusstavo Medina"},
        ),
    ],
)
def test_both_people_of_a_pair_are_found(analysed: Analyse, sentence: str, pair: set[str]) -> None:
    text = f"Tuesday, 11 February 2025\nTalks in Lima\n\n{sentence}\n"
    story = analysed(text, "pair").fragment
    assert set(people(story)) == pair
    talks = [e for e in story.events if e.type is EventType.TALKS]
    assert len(talks) == 1
    assert names_of(story, talks[0], "participant") == pair


@pytest.mark.parametrize(
    ("sentences", "held"),
    [
        (
            "The Lithium Supply Agreement was signed on Monday during a meeting between Chilean President Paula "
            "Rojas and Peruvian President Jorge Salas in Lima.",
            EventType.MEETING,
        ),
        (
            "Chilean President Paula Rojas and Peruvian President Jorge Salas signed the Lithium Supply Agreement "
            "after holding talks in Lima on Monday.",
            EventType.TALKS,
        ),
        (
            "Chilean President Paula Rojas and Peruvian President Jorge Salas signed the Lithium Supply Agreement "
            "in Lima on Monday. Rojas and Salas met on Monday and discussed mining.",
            EventType.MEETING,
        ),
    ],
)
def test_the_meeting_or_talks_a_signing_came_with_is_an_event_of_its_own(
    analysed: Analyse, sentences: str, held: EventType
) -> None:
    text = f"Tuesday, 11 February 2025\nChile and Peru sign lithium pact\n\n{sentences}\n"
    story = analysed(text, "signed-at-talks").fragment
    by_type = {e.type: e for e in story.events}
    assert set(by_type) == {EventType.SIGNING, held}
    pair = {"Paula Rojas", "Jorge Salas"}
    assert names_of(story, by_type[EventType.SIGNING], "signatory") == pair
    assert names_of(story, by_type[held], "participant") == pair
    assert all(e.when is not None and e.when.start == date(2025, 2, 10) for e in story.events)


def test_meeting_in_an_occasions_name_is_no_meeting(analysed: Analyse) -> None:
    text = (
        "Tuesday, 11 February 2025\nChile and Peru sign lithium pact\n\n"
        "The Lithium Supply Agreement was signed on Monday on the sidelines of the Andean Defence Ministers' "
        "Meeting Plus in Lima by Chilean defence minister Paula Rojas and her Peruvian counterpart Jorge Salas.\n"
    )
    story = analysed(text, "occasion-name").fragment
    assert [e.type for e in story.events] == [EventType.SIGNING]
    assert names_of(story, story.events[0], "signatory") == {"Paula Rojas", "Jorge Salas"}


def test_the_meeting_of_a_signings_signatories_is_its_occasion(analysed: Analyse) -> None:
    text = (
        "Tuesday, 11 February 2025\nChile and Peru sign lithium pact\n\n"
        "Chilean defence minister Paula Rojas and Peruvian defence minister Jorge Salas signed the Lithium "
        "Supply Agreement in Lima on Monday.\n\n"
        "Markets in both countries rose.\n\n"
        "The meeting between Rojas and Salas comes days after Chilean foreign minister Ana Flores met "
        "Peruvian foreign minister Luis Vera in Santiago.\n"
    )
    story = analysed(text, "the-meeting").fragment
    meetings = {
        frozenset(names_of(story, e, "participant")): e for e in story.events if e.type is EventType.MEETING
    }
    ours = meetings[frozenset({"Paula Rojas", "Jorge Salas"})]
    assert ours.when is not None
    assert ours.when.start == date(2025, 2, 10)
    assert "occasion of the signing" in ours.when.basis
    before = meetings[frozenset({"Ana Flores", "Luis Vera"})]
    assert before.when is not None
    assert before.when.end < date(2025, 2, 10)


def test_a_visitor_received_on_arrival_made_a_visit(analysed: Analyse) -> None:
    text = (
        "Sunday, 09 February 2025\nNepal's foreign minister arrives in Lima\n\n"
        "Nepal's Foreign Minister Rabindra Gurung was received by Peruvian foreign minister Elsa Quispe when he "
        "arrived in Lima on Saturday.\n"
    )
    story = analysed(text, "received").fragment
    visits = [e for e in story.events if e.type is EventType.VISIT]
    assert len(visits) == 1
    assert names_of(story, visits[0], "visitor") == {"Rabindra Gurung"}
    assert visits[0].when is not None
    assert visits[0].when.start == date(2025, 2, 8)


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Indian Minister of State for External Affairs Rekha Bose said India remained committed to the talks.",
            "Rekha Bose",
            "Minister of State for External Affairs",
        ),
        (
            "Vikram Banerjee, spokesperson of the Ministry of External Affairs, told reporters the talks would go on.",
            "Vikram Banerjee",
            "spokesperson of the Ministry of External Affairs",
        ),
        (
            "The pact was signed by Yevgeny Lebedev, the Russian minister of defence, and Nepali defence minister "
            "Prakash Poudel.",
            "Yevgeny Lebedev",
            "minister of defence",
        ),
        (
            "Vietnamese Minister of Defence Pham Huu Phuoc travelled to Bandung in 2022.",
            "Pham Huu Phuoc",
            "Minister of Defence",
        ),
        (
            "Vietnam's minister of foreign affairs Do Minh Tuan had said the talks went well.",
            "Do Minh Tuan",
            "minister of foreign affairs",
        ),
        (
            "Canadian Minister of Fisheries and Oceans Joyce Murray said the talks went well.",
            "Joyce Murray",
            "Minister of Fisheries and Oceans",
        ),
        (
            "Malawi's Minister of Heritage Grace Banda said the talks went well.",
            "Grace Banda",
            "Minister of Heritage",
        ),
    ],
)
def test_a_title_with_several_links_names_its_person(
    analysed: Analyse, sentence: str, name: str, title: str
) -> None:
    text = f"Tuesday, 11 February 2025\nTalks go on\n\n{sentence}\n"
    story = analysed(text, "titles").fragment
    person = person_named(story, name)
    assert any(title in t.value for t in person.titles), [t.value for t in person.titles]


@pytest.mark.parametrize(
    ("sentence", "actors", "target"),
    [
        (
            "India retaliated on Monday with 26% levies on $7.8 billion worth of imports from Mexico, Commerce "
            "Minister Shalini Deshmukh said.",
            {"Shalini Deshmukh", "India"},
            "Mexico",
        ),
        (
            "The Russian administration on Monday slapped a 25% tariff on leather goods from Saudi Arabia, Trade "
            "Minister Mikhail Morozov said.",
            {"Mikhail Morozov", "Russia"},
            "Saudi Arabia",
        ),
    ],
)
def test_a_tariffs_subject_country_and_announcer_are_its_actors(
    analysed: Analyse, sentence: str, actors: set[str], target: str
) -> None:
    text = f"Tuesday, 11 February 2025\nNew tariffs\n\n{sentence}\n"
    story = analysed(text, "tariff-actors").fragment
    (tariff,) = [e for e in story.events if e.type is EventType.TARIFF]
    names = {e.id: e.name for e in story.entities}
    assert {names[r.entity] for r in tariff.participants if r.role == "actor"} == actors
    assert {names[r.entity] for r in tariff.participants if r.role == "target"} == {target}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile and Peru sealed a declaration of intent on lithium on Monday, which was signed by Chilean President "
        "Paula Rojas and Peruvian President Jorge Salas in Lima.",
        "Chile and Peru on Monday signed the Lithium Supply Agreement, with Chilean President Paula Rojas and "
        "Peruvian President Jorge Salas putting pen to paper in Lima.",
    ],
)
def test_signatories_told_after_the_signing_verb(analysed: Analyse, sentence: str) -> None:
    text = f"Tuesday, 11 February 2025\nChile and Peru sign lithium pact\n\n{sentence}\n"
    story = analysed(text, "signatories-after").fragment
    (signing,) = [e for e in story.events if e.type is EventType.SIGNING]
    assert names_of(story, signing, "signatory") == {"Paula Rojas", "Jorge Salas"}
    assert signing.when is not None
    assert signing.when.start == date(2025, 2, 10)


def test_a_surname_with_its_particle_alone_is_the_full_name_the_article_gives(analysed: Analyse) -> None:
    text = (
        "Saturday, 25 January 2020\nAl Mutairi arrives in Nairobi\n\n"
        "Dalia Al Mutairi was received by Kenyan president Njeri Ochieng when she arrived in Nairobi on Friday.\n\n"
        "Al Mutairi said cooperation on climate finance would be a priority.\n"
    )
    story = analysed(text, "particle-surname").fragment
    assert "Al Mutairi" not in people(story)
    dalia = person_named(story, "Dalia Al Mutairi")
    speakers = {r.entity for e in story.events if e.type is EventType.STATEMENT for r in e.participants}
    assert dalia.id in speakers


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("China's President He Haoran said the talks had gone well.", "He Haoran"),
        (
            "Ethiopia's Minister of Foreign Affairs Bethlehem Wolde said the talks had gone well.",
            "Bethlehem Wolde",
        ),
        ("South Korean Prime Minister Park Yoon-hee said the talks had gone well.", "Park Yoon-hee"),
    ],
)
def test_after_a_title_a_name_may_begin_with_a_common_word(
    analysed: Analyse, sentence: str, name: str
) -> None:
    text = f"Tuesday, 11 February 2025\nTalks go well\n\n{sentence}\n"
    story = analysed(text, "common-first-word").fragment
    assert set(people(story)) == {name}


def test_a_title_with_organisation_words_is_still_a_persons(analysed: Analyse) -> None:
    text = (
        "Tuesday, 11 February 2025\nTrade ministers meet\n\n"
        "Vietnam's Trade Minister Do Quoc Bao met Indian Union Commerce and Industry Minister Nitin Iyer in Hanoi "
        "on Monday.\n"
    )
    story = analysed(text, "union-minister").fragment
    assert not [e for e in story.entities if e.kind is Kind.ORGANISATION]
    (meeting,) = [e for e in story.events if e.type is EventType.MEETING]
    assert names_of(story, meeting, "participant") == {"Do Quoc Bao", "Nitin Iyer"}


# ---------------------------------------------------------------------- what the rules above must not read


LEAD_MEETING = "Indian Foreign Minister Anil Sharma met Qatari Foreign Minister Khalid Al Khulaifi in Doha on Friday.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A commitment to a charter is no signing; "a shared understanding" is no memorandum.
        (
            "Indian Foreign Minister Anil Sharma and Qatari Foreign Minister Khalid Al Khulaifi renewed their "
            "commitment to the UN Charter on Friday.\n",
            [],
        ),
        # Another occasion than the lead's: "had signed", "will sign".
        (
            LEAD_MEETING
            + "Earlier, India had signed a free trade agreement with the United Arab Emirates.\n",
            [None],
        ),
        (
            LEAD_MEETING + "Later, India will sign a free trade agreement with the United Arab Emirates.\n",
            [None],
        ),
        # A signing "ahead of" a meeting: the meeting has not happened.
        (
            "Swedish defence minister Peter Lindqvist and Latvian defence minister Ilze Ozolina signed the air "
            "defence pact in Riga on Friday, ahead of a meeting between their prime ministers next month.\n",
            ["28 Feb 2025"],
        ),
        # A day still to come or a deadline is not a day that has been.
        ("India and Qatar are expected to sign a gas agreement Friday.\n", [None]),
        ("India and Qatar must sign the gas agreement by Tuesday.\n", [None]),
    ],
)
def test_signings_the_occasion_rules_leave_alone(
    analysed: Analyse, body: str, expected: list[str | None]
) -> None:
    story = analysed(f"Saturday, 01 March 2025\nHeadline\n\n{body}", "leave-alone").fragment
    signings = [e for e in story.events if e.type is EventType.SIGNING]
    assert [s.when.label() if s.when else None for s in signings] == expected
    assert not [e for e in story.events if e.type is EventType.MEETING and "ahead of" in body]


def test_a_previous_visit_does_not_take_the_current_visits_days(analysed: Analyse) -> None:
    body = (
        "Indian Foreign Minister Anil Sharma landed in Doha on Friday for a two-day visit.\n\n"
        "During his previous visit, Sharma met Qatari Emir Tamim Al Thani.\n"
    )
    story = analysed(f"Saturday, 01 March 2025\nHeadline\n\n{body}", "previous-visit").fragment
    (meeting,) = [e for e in story.events if e.type is EventType.MEETING]
    assert meeting.when is None


def test_a_visit_wrapped_up_on_a_day_ends_that_day(analysed: Analyse) -> None:
    body = "Indian Foreign Minister Anil Sharma wrapped up a historic three-day visit to Qatar on Friday.\n"
    story = analysed(f"Saturday, 01 March 2025\nHeadline\n\n{body}", "wrapped-up").fragment
    (visit,) = [e for e in story.events if e.type is EventType.VISIT]
    assert visit.when is not None
    assert visit.when.label() == "26–28 Feb 2025"


@pytest.mark.parametrize(
    ("body", "not_actors"),
    [
        ("Mexico said on Friday that the United States imposed 25% tariffs on Mexican steel.\n", {"Mexico"}),
        ("China faced new 34% tariffs on electronics from the United States on Friday.\n", {"China"}),
        (
            "The United States imposed 25% tariffs on Indian steel on Friday, a move Indian Commerce Minister "
            "Piyush Goyal said was unfair.\n",
            {"Piyush Goyal", "India"},
        ),
    ],
)
def test_who_reports_or_suffers_a_tariff_is_not_its_actor(
    analysed: Analyse, body: str, not_actors: set[str]
) -> None:
    story = analysed(f"Saturday, 01 March 2025\nHeadline\n\n{body}", "not-actor").fragment
    names = {e.id: e.name for e in story.entities}
    actors = {
        names.get(r.entity)
        for e in story.events
        if e.type is EventType.TARIFF
        for r in e.participants
        if r.role == "actor"
    }
    assert story.events
    assert not actors & not_actors


def test_an_appositive_title_stops_before_the_next_person(analysed: Analyse) -> None:
    body = (
        "The pact was signed on Friday by Yevgeny Lebedev, the Russian minister of defence and Nepali Defence "
        "Minister Prakash Poudel.\n"
    )
    story = analysed(f"Saturday, 01 March 2025\nHeadline\n\n{body}", "appositive-and").fragment
    lebedev = person_named(story, "Yevgeny Lebedev")
    assert [t.value for t in lebedev.titles] == ["minister of defence"]
    assert set(people(story)) == {"Yevgeny Lebedev", "Prakash Poudel"}


def test_a_place_before_a_two_word_name_after_a_title_is_the_portfolios(analysed: Analyse) -> None:
    body = "Pakistani Chief Minister Punjab Maryam Nawaz met Indian Foreign Minister Anil Sharma on Friday.\n"
    story = analysed(f"Saturday, 01 March 2025\nHeadline\n\n{body}", "portfolio-place").fragment
    assert set(people(story)) == {"Maryam Nawaz", "Anil Sharma"}
    (meeting,) = [e for e in story.events if e.type is EventType.MEETING]
    assert names_of(story, meeting, "participant") == {"Maryam Nawaz", "Anil Sharma"}


@pytest.mark.parametrize(
    ("body", "kind", "label"),
    [
        # A relative clause about the future does not make the clause another occasion.
        (
            "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on Friday.\n\n"
            "The two sides also signed a memorandum on clean energy that will boost investment.\n",
            EventType.SIGNING,
            "28 Feb 2025",
        ),
        (
            "Due to bad weather, India and Japan signed the trade agreement Friday in Tokyo.\n",
            EventType.SIGNING,
            "28 Feb 2025",
        ),
        (
            "India and the US renewed the Status of Forces Agreement on Friday.\n",
            EventType.SIGNING,
            "28 Feb 2025",
        ),
        ("India and the US concluded the Heads of Agreement on Friday.\n", EventType.SIGNING, "28 Feb 2025"),
        ("India and the US sealed an in-principle agreement on Friday.\n", EventType.SIGNING, "28 Feb 2025"),
        (
            "Indian Prime Minister Narendra Modi arrived in Tokyo on Friday for a three-day visit.\n\n"
            "During his first visit to Japan since taking office, Modi met Japanese Prime Minister Fumio Kishida.\n",
            EventType.MEETING,
            "28 Feb – 2 Mar 2025",
        ),
    ],
)
def test_the_precision_rules_leave_ordinary_reports_alone(
    analysed: Analyse, body: str, kind: EventType, label: str
) -> None:
    story = analysed(f"Saturday, 01 March 2025\nHeadline\n\n{body}", "ordinary").fragment
    found = [e for e in story.events if e.type is kind]
    assert [e.when.label() if e.when else None for e in found] == [label]


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        (
            "Russia imposed a 25% tariff on Saudi steel on Friday, Russian Trade Minister Mikhail Morozov said on Friday.\n",
            "Mikhail Morozov",
        ),
        ("China said it would impose retaliatory tariffs of 10 percent on US coal.\n", "China"),
        ("China is imposing 10% tariffs on US coal.\n", "China"),
    ],
)
def test_a_tariffs_actor_told_with_a_tail_or_a_future(analysed: Analyse, body: str, actor: str) -> None:
    story = analysed(f"Saturday, 01 March 2025\nHeadline\n\n{body}", "tariff-tail").fragment
    names = {e.id: e.name for e in story.entities}
    actors = {
        names.get(r.entity)
        for e in story.events
        if e.type is EventType.TARIFF
        for r in e.participants
        if r.role == "actor"
    }
    assert actor in actors


def test_a_two_letter_surname_finds_its_person(analysed: Analyse) -> None:
    text = (
        "Saturday, 01 March 2025\nTrade ministers meet\n\n"
        "Vietnam's Trade Minister Do Quoc Bao met Indian Commerce Minister Nitin Iyer in Hanoi on Friday.\n\n"
        "Mr Do said the talks went well.\n"
    )
    story = analysed(text, "two-letter").fragment
    assert set(people(story)) == {"Do Quoc Bao", "Nitin Iyer"}
    (statement,) = [e for e in story.events if e.type is EventType.STATEMENT]
    assert names_of(story, statement, "speaker") == {"Do Quoc Bao"}


@pytest.mark.parametrize(
    ("sentence", "kind", "names"),
    [
        (
            "Richard Prescott and his Chinese counterpart Sun Lihua signed an agreement on energy security on "
            "8 July 2024 in Beijing.",
            EventType.SIGNING,
            {"Richard Prescott", "Sun Lihua"},
        ),
        (
            "Selin Özdemir and her counterpart Eduardo Villanueva discussed digital trade during talks yesterday.",
            EventType.TALKS,
            {"Selin Özdemir", "Eduardo Villanueva"},
        ),
        (
            "Ratchanee Kaewkla on Thursday met her counterpart Thomas Blakemore in Bangkok.",
            EventType.MEETING,
            {"Ratchanee Kaewkla", "Thomas Blakemore"},
        ),
        (
            "Nasser Al Falasi on Monday evening stressed that supply chains would be a priority.",
            EventType.STATEMENT,
            {"Nasser Al Falasi"},
        ),
        ("Gao Jun visited Nigeria in early December 2024.", EventType.VISIT, {"Gao Jun"}),
    ],
)
def test_an_untitled_subject_before_a_time_or_and_his_counterpart_is_a_person(
    analysed: Analyse, sentence: str, kind: EventType, names: set[str]
) -> None:
    text = f"Saturday, 1 March 2025\nMinisters meet\n\n{sentence}\n"
    story = analysed(text, "untitled-subject").fragment
    assert set(people(story)) == names
    events = [e for e in story.events if e.type is kind]
    assert len(events) == 1
    ids = {r.entity for r in events[0].participants}
    assert {name for name, entity in people(story).items() if entity.id in ids} == names


def test_a_name_before_words_of_no_time_is_not_read_as_a_subject(analysed: Analyse) -> None:
    text = (
        "Saturday, 1 March 2025\nMinisters meet\n\n"
        "Officials said New Delhi on Friday hosted talks on trade.\n"
    )
    story = analysed(text, "no-subject").fragment
    assert people(story) == {}


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Dewi Kartika, a researcher at the Centre for Strategic and International Studies in Jakarta, said the "
            "meeting reflected Jakarta's preference for practical co-operation.",
            "Dewi Kartika",
            "researcher at the Centre for Strategic and International Studies in Jakarta",
        ),
        (
            "Rodrigo Farias, executive president of the industry association Aço Brasil, welcomed the measure.",
            "Rodrigo Farias",
            "executive president of the industry association Aço Brasil",
        ),
        (
            "Sudhir Pillai, a senior fellow at a Delhi-based maritime think tank, said the pact could be a template.",
            "Sudhir Pillai",
            "senior fellow at a Delhi-based maritime think tank",
        ),
        (
            "The trade minister hosted Park Jun-ho, South Korea's minister for trade, who arrived in Ottawa on Sunday.",
            "Park Jun-ho",
            "minister for trade",
        ),
        (
            "On Thursday, Ma Dongsheng called on Satoshi Ito, Japan's PM, at the Foreign Ministry in Tokyo.",
            "Satoshi Ito",
            "PM",
        ),
    ],
)
def test_a_role_in_apposition_names_its_person(
    analysed: Analyse, sentence: str, name: str, title: str
) -> None:
    text = f"Tuesday, 24 March 2026\nTalks go on\n\n{sentence}\n"
    story = analysed(text, "apposition").fragment
    person = person_named(story, name)
    assert any(t.value == title for t in person.titles), [t.value for t in person.titles]


def test_a_park_is_no_person(analysed: Analyse) -> None:
    text = "Tuesday, 24 March 2026\nTalks go on\n\nThe two ministers walked through Lodhi Park, officials said.\n"
    assert people(analysed(text, "park").fragment) == {}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Estrella Bantug, president of the Pilipino Banana Growers and Exporters Association, told the Ledger "
            "the cut would help.",
            {"Estrella Bantug"},
        ),
        (
            "Germany's Federal Minister for Economic Cooperation and Development, Katrin Albers, arrived on Sunday.",
            {"Katrin Albers"},
        ),
        ("Germany's Minister for Economic Cooperation, Katrin Albers, arrived on Sunday.", {"Katrin Albers"}),
        # Guards: "and" followed by another person's title.
        (
            "Canadian Minister of Foreign Affairs Susan Holloway and Union External Affairs Minister Varun Mehta "
            "exchanged views in Montreal.",
            {"Susan Holloway", "Varun Mehta"},
        ),
        (
            "South Korean national security advisor Shin Ha-eun and US national security advisor Graham Kingsley "
            "met in Busan.",
            {"Shin Ha-eun", "Graham Kingsley"},
        ),
        (
            "Vietnamese minister of trade Do Quoc Bao and Indian Union Commerce and Industry Minister Nitin Iyer "
            "met in Hanoi.",
            {"Do Quoc Bao", "Nitin Iyer"},
        ),
    ],
)
def test_a_portfolio_or_organisation_going_on_after_and_is_no_name(
    analysed: Analyse, sentence: str, names: set[str]
) -> None:
    text = f"Tuesday, 17 February 2026\nMinisters meet\n\n{sentence}\n"
    assert set(people(analysed(text, "portfolio").fragment)) == names


def test_a_signatory_titled_with_an_organisation_word_still_signs(analysed: Analyse) -> None:
    text = (
        "Tuesday, 17 February 2026\nKenya and Germany sign energy deal\n\n"
        "The agreement was signed in Nairobi by Energy and Petroleum Cabinet Secretary Joseph Mutai and "
        "Germany's Federal Minister for Economic Cooperation and Development, Katrin Albers.\n"
    )
    story = analysed(text, "cabinet-secretary").fragment
    signings = [e for e in story.events if e.type is EventType.SIGNING]
    assert len(signings) == 1
    assert names_of(story, signings[0], "signatory") == {"Joseph Mutai", "Katrin Albers"}
    assert (
        person_named(story, "Katrin Albers")
        .titles[0]
        .value.endswith("Minister for Economic Cooperation and Development")
    )


def test_a_described_agreement_leaves_its_date_out_and_a_convention_centre_is_no_agreement(
    analysed: Analyse,
) -> None:
    text = (
        "Wednesday, 11 March 2026\nJapan and Philippines sign pact\n\n"
        "Japan and the Philippines signed a defence logistics agreement on Tuesday that will let their forces "
        "supply each other.\n\n"
        "Harada told a press conference at the Kenyatta International Convention Centre after the signing.\n"
    )
    story = analysed(text, "described").fragment
    agreements = {e.name for e in story.entities if e.kind is Kind.AGREEMENT}
    assert agreements == {"defence logistics agreement"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Japanese Defence Minister Kenji Harada, who arrived in Manila on Sunday on a three-day visit, signed the "
        "Acquisition and Cross-Servicing Agreement with Philippine Defence Secretary Ramon Villarreal on Tuesday.",
        "Japanese Defence Minister Kenji Harada signed the Acquisition and Cross-Servicing Agreement with his "
        "counterpart Ramon Villarreal on Tuesday.",
    ],
)
def test_who_signs_with_the_subject_signs_and_the_main_clause_keeps_its_date(
    analysed: Analyse, sentence: str
) -> None:
    text = f"Wednesday, 11 March 2026\nJapan and Philippines sign pact\n\n{sentence}\n"
    story = analysed(text, "signed-with").fragment
    signings = [e for e in story.events if e.type is EventType.SIGNING]
    assert len(signings) == 1
    assert names_of(story, signings[0], "signatory") == {"Kenji Harada", "Ramon Villarreal"}
    assert signings[0].when is not None
    assert signings[0].when.start == date(2026, 3, 10)


def test_signed_with_a_country_makes_no_signatory_of_it(analysed: Analyse) -> None:
    text = (
        "Wednesday, 11 March 2026\nJapan signs pact\n\n"
        "Japanese Defence Minister Kenji Harada signed the pact with the Philippines on Tuesday.\n"
    )
    story = analysed(text, "with-country").fragment
    signings = [e for e in story.events if e.type is EventType.SIGNING]
    assert names_of(story, signings[0], "signatory") == {"Kenji Harada"}


def test_the_leads_described_signing_is_the_named_signing_reported_below_it(analysed: Analyse) -> None:
    text = (
        "Wednesday, 11 March 2026\nJapan and Philippines sign pact\n\n"
        "Japan and the Philippines signed a defence logistics agreement on Tuesday that will let their forces "
        "share fuel and food.\n\n"
        "Japanese Defence Minister Kenji Harada and his Philippine counterpart, Defence Secretary Ramon Villareal, "
        "signed the Acquisition and Cross-Servicing Agreement (ACSA) at Camp Aguinaldo.\n"
    )
    story = analysed(text, "lead-signing").fragment
    signings = [e for e in story.events if e.type is EventType.SIGNING]
    assert len(signings) == 1
    assert agreement_name(story, signings[0]) == "Acquisition and Cross-Servicing Agreement"
    assert names_of(story, signings[0], "signatory") == {"Kenji Harada", "Ramon Villareal"}
    assert signings[0].when is not None
    assert signings[0].when.start == date(2026, 3, 10)


def test_a_described_signing_below_the_lead_stays_its_own(analysed: Analyse) -> None:
    text = (
        "Wednesday, 11 March 2026\nTalks in Nairobi\n\n"
        "The third round of talks on the Free Trade Agreement began on Tuesday in Nairobi.\n\n"
        "US secretary of state Richard Denholm and Kenyan foreign minister Akinyi Kariuki had signed the Framework "
        "for the US-Kenya Maritime Security Partnership in January 2025. A pact on maritime domain awareness was "
        "signed in 2025.\n"
    )
    story = analysed(text, "later-described").fragment
    assert len([e for e in story.events if e.type is EventType.SIGNING]) == 2


def test_an_opening_a_day_after_clause_is_dated_from_the_main_clause(analysed: Analyse) -> None:
    text = (
        "Thursday, 12 March 2026\nSenators want the text\n\n"
        "A day after the Philippines signed a logistics pact with Japan, senators on Wednesday demanded to see "
        "the full text of the agreement.\n"
    )
    story = analysed(text, "a-day-after").fragment
    signings = [e for e in story.events if e.type is EventType.SIGNING]
    assert len(signings) == 1
    assert signings[0].when is not None
    assert signings[0].when.start == date(2026, 3, 10)
    parties = {r.entity for r in signings[0].participants if r.role == "party"}
    assert parties == {"country:philippines", "country:japan"}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Canada and South Korea held a first round of talks in Ottawa on Monday.", EventType.TALKS),
        (
            "Two days after Ana Lima met Rui Costa in Lisbon, the ministers on Friday signed a pact.",
            EventType.MEETING,
        ),
    ],
)
def test_rounds_of_talks_and_meetings_in_an_opening_clause(
    analysed: Analyse, sentence: str, kind: EventType
) -> None:
    text = f"Tuesday, 24 March 2026\nTalks\n\n{sentence}\n"
    story = analysed(text, "rounds").fragment
    assert [e for e in story.events if e.type is kind]


@pytest.mark.parametrize(
    ("paragraph", "speaker", "start"),
    [
        (
            "Trade Minister Park Jun-ho spoke first. “Korea sees Canada not just as a supplier of raw materials, but "
            "as a partner,” Park told a joint press conference on Parliament Hill.",
            "Park Jun-ho",
            "Korea sees Canada",
        ),
        (
            "“These talks are long overdue, and Canadian miners are ready,” Marc-André Lavoie, president of the "
            "Canadian Critical Minerals Council, said in a statement.",
            "Marc-André Lavoie",
            "These talks are long overdue",
        ),
        (
            "Zhao Linfeng, a spokesperson for China's Foreign Ministry, told a regular press conference in Beijing "
            "on Wednesday that countries “should not form small, exclusive blocs that target third parties,” and "
            "urged restraint.",
            "Zhao Linfeng",
            "should not form small",
        ),
        (
            "Foreign Minister Haruka Sugimoto spoke to her counterpart. Sugimoto followed up on Tuesday morning with "
            "a post on X: “Productive call with my friend. Japan and Australia are partners.”",
            "Haruka Sugimoto",
            "Productive call with my friend",
        ),
        (
            "Brazil's Minister of Development, Industry, Trade and Services, Renata Figueiredo Prado, responded "
            "within hours in a post on X: “Brazil will defend its producers in every forum.”",
            "Renata Figueiredo Prado",
            "Brazil will defend its producers",
        ),
        (
            "Tomás Varela Ibáñez, a former Corfo executive who now heads the Santiago consultancy Pulso Minero, said "
            "in an interview that Chile's leverage was weaker. “When lithium was at record highs, Beijing came to "
            "us,” he said.",
            "Tomás Varela Ibáñez",
            "When lithium was at record highs",
        ),
    ],
)
def test_quotations_find_their_speaker(analysed: Analyse, paragraph: str, speaker: str, start: str) -> None:
    text = f"Wednesday, 25 March 2026\nTalks in Ottawa\n\nOfficials met in Ottawa this week.\n\n{paragraph}\n"
    story = analysed(text, "speakers").fragment
    names = {e.id: e.name for e in story.entities}
    found = [(names.get(q.speaker), q.texts[0].value) for q in story.quotations]
    assert any(who == speaker and words.startswith(start) for who, words in found), found


def test_a_day_within_a_visit_leaves_the_visit_its_days(analysed: Analyse) -> None:
    text = (
        "Tuesday, 24 March 2026\nKorean minister in Canada\n\n"
        "South Korea's trade minister Park Jun-ho arrived in Ottawa on Sunday on a four-day visit.\n\n"
        "Park is scheduled to tour a battery plant in Windsor on Wednesday before flying back to Seoul.\n"
    )
    story = analysed(text, "visit-days").fragment
    visits = [e for e in story.events if e.type is EventType.VISIT]
    assert len(visits) == 1
    assert visits[0].when is not None
    assert (visits[0].when.start, visits[0].when.end) == (date(2026, 3, 22), date(2026, 3, 25))


@pytest.mark.parametrize(
    ("sentence", "status", "actors", "targets"),
    [
        (
            "Philippine Trade Secretary Alfredo Sarmiento told reporters on Tuesday that Tokyo had agreed to cut "
            "its import tariff on fresh Philippine bananas to 4% from 8%, starting April 1.",
            "cut",
            {"country:japan"},
            {"country:philippines"},
        ),
        (
            "Brazil on Tuesday approved an increase in import tariffs on 19 steel products to 25% from 10.8%, a move "
            "aimed at Chinese steel.",
            "raised",
            {"country:brazil"},
            {"country:china"},
        ),
        (
            "South Korean trade minister Yoon Jae-sung said on Tuesday that South Korea would impose tariffs of 26% "
            "on $40 billion worth of Russian goods.",
            "imposed",
            {"country:south-korea", "person:yoon-jae-sung"},
            {"country:russia"},
        ),
    ],
)
def test_a_tariffs_action_its_actor_in_reported_speech_and_its_target(
    analysed: Analyse, sentence: str, status: str, actors: set[str], targets: set[str]
) -> None:
    text = f"Wednesday, 11 March 2026\nTariffs\n\n{sentence}\n"
    story = analysed(text, "tariff-action").fragment
    tariffs = [e for e in story.events if e.type is EventType.TARIFF]
    assert len(tariffs) == 1
    assert [v.value for v in tariffs[0].status] == [status]
    assert {r.entity for r in tariffs[0].participants if r.role == "actor"} == actors
    assert {r.entity for r in tariffs[0].participants if r.role == "target"} == targets


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        (
            "Stavros Lambrou, the company's chief executive, said in a statement that the study was on track.",
            "Stavros Lambrou",
        ),
        (
            "“Most of the motors still come from China,” Justyna Gródek, a defence-industry analyst at the Casimir "
            "Pulaski Foundation in Warsaw, said in an interview.",
            "Justyna Gródek",
        ),
        (
            "“Vietnam has the geology and Korea has the customers,” said Anjali Mehra, a Singapore-based analyst at "
            "consultancy Straits Metals Advisory, in a call.",
            "Anjali Mehra",
        ),
        (
            "The agreement was signed by Korean Minister of Trade, Industry and Energy Park Ji-hoon and Vietnam's "
            "Minister of Industry and Trade Nguyen Thi Lan Huong.",
            "Park Ji-hoon",
        ),
    ],
)
def test_roles_with_possessives_hyphens_and_listed_portfolios_name_their_person(
    analysed: Analyse, paragraph: str, name: str
) -> None:
    text = f"Wednesday, 4 March 2026\nMinerals deal\n\nOfficials met in Hanoi this week.\n\n{paragraph}\n"
    story = analysed(text, "roles").fragment
    assert name in people(story)


@pytest.mark.parametrize(
    ("sentence", "participants", "label"),
    [
        (
            "Prime Minister Pham Quoc Thanh and his South Korean counterpart Kang Min-jae, who held talks in Hanoi "
            "on Tuesday, looked on.",
            {"person:pham-quoc-thanh", "person:kang-min-jae"},
            "3 Mar 2026",
        ),
        (
            "Chile and China agreed to hold a second round of talks in Santiago in January.",
            {"country:chile", "country:china"},
            "Jan 2027",
        ),
        (
            "Chile and China finalised the text during an eighth round of negotiations in Brussels in March.",
            {"country:chile", "country:china"},
            "Mar 2026",
        ),
    ],
)
def test_talks_held_by_a_pair_in_rounds_and_to_come(
    analysed: Analyse, sentence: str, participants: set[str], label: str
) -> None:
    text = f"Wednesday, 4 March 2026\nTalks\n\n{sentence}\n"
    story = analysed(text, "talks-rounds").fragment
    talks = [e for e in story.events if e.type is EventType.TALKS]
    assert len(talks) == 1
    assert {r.entity for r in talks[0].participants} == participants
    assert talks[0].when is not None
    assert talks[0].when.label() == label


def test_a_one_word_name_met_before_the_full_name_is_that_person(analysed: Analyse) -> None:
    text = (
        "Wednesday, 4 March 2026\nKorea, Vietnam seal minerals deal\n\n"
        "PM Kang secures priority access to rare earths on his Hanoi trip, officials said.\n\n"
        "Prime Minister Kang Min-jae met Vietnamese Prime Minister Pham Quoc Thanh in Hanoi on Tuesday.\n"
    )
    story = analysed(text, "kang").fragment
    assert "Kang" not in people(story)
    assert "Kang Min-jae" in people(story)


def test_a_plural_title_names_both_people_and_an_organisations_name_is_no_person(analysed: Analyse) -> None:
    text = (
        "Wednesday, 4 March 2026\nMinerals deal\n\n"
        "The ministers met at the National Convention Center, with Prime Ministers Kang Min-jae and Pham Quoc "
        "Thanh looking on.\n\n"
        "“We have just rebuilt our supply chain,” said Mark Ellison, president of the American Coffee Roasters "
        "Alliance, in an interview.\n"
    )
    story = analysed(text, "plural").fragment
    names = set(people(story))
    assert {"Mark Ellison"} <= names
    assert not any("Alliance" in n for n in names)
    speakers = {e.name for e in story.entities if e.id in {q.speaker for q in story.quotations}}
    assert speakers == {"Mark Ellison"}


@pytest.mark.parametrize(
    ("sentence", "kind", "names"),
    [
        (
            "Halima Guyo, who sells textiles on the Kenyan side of the town, said traders pay unofficial charges.",
            EventType.STATEMENT,
            {"Halima Guyo"},
        ),
        (
            "Ethiopia's Minister of Trade and Regional Integration, Almaz Tadesse Worku, held talks with Kenya's "
            "Cabinet Secretary for Investments, Trade and Industry, Peter Mwangi Kariuki, on Tuesday.",
            EventType.TALKS,
            {"Almaz Tadesse Worku", "Peter Mwangi Kariuki"},
        ),
        (
            "Turkey and Indonesia on Tuesday signed a framework agreement, as President Selim Karadag welcomed his "
            "Indonesian counterpart Bambang Adiwijaya with an official ceremony.",
            EventType.MEETING,
            {"Selim Karadag", "Bambang Adiwijaya"},
        ),
    ],
)
def test_who_clauses_listed_portfolios_and_a_welcomed_counterpart(
    analysed: Analyse, sentence: str, kind: EventType, names: set[str]
) -> None:
    text = f"Wednesday, 27 August 2025\nBorder trade\n\n{sentence}\n"
    story = analysed(text, "who-list-welcome").fragment
    events = [e for e in story.events if e.type is kind]
    assert events
    ids = {r.entity for r in events[0].participants}
    assert {name for name, entity in people(story).items() if entity.id in ids} == names


def test_a_military_rank_abbreviated_is_no_name(analysed: Analyse) -> None:
    text = (
        "Wednesday, 13 May 2026\nDrones deal\n\n"
        "Defence Ministry spokesperson Brig. Gen. Fajar Nugroho said the package was worth around US$1.9 billion.\n"
    )
    assert set(people(analysed(text, "rank").fragment)) == {"Fajar Nugroho"}


def test_a_short_quotation_counts_when_its_sentence_says_who_said_it(analysed: Analyse) -> None:
    text = (
        "Wednesday, 4 March 2026\nMinerals deal\n\n"
        "PM Kang Min-jae said Korea regarded Viet Nam as “a core partner” in its supply chain strategy.\n\n"
        "The so-called “two-plus-two” format brings together four ministers and the “new normal” in the region.\n"
    )
    story = analysed(text, "short-quotes").fragment
    names = {e.id: e.name for e in story.entities}
    assert [(names.get(q.speaker), q.texts[0].value) for q in story.quotations] == [
        ("Kang Min-jae", "a core partner")
    ]


def test_the_first_by_after_a_visit_is_no_visitor(analysed: Analyse) -> None:
    text = (
        "Tuesday, 14 October 2025\nCambodian minister in Bangkok\n\n"
        "Chea Vuthy arrived in Bangkok on Monday on a two-day visit, the first by a Cambodian foreign minister to "
        "Thailand since the fighting.\n"
    )
    story = analysed(text, "first-by").fragment
    visits = [e for e in story.events if e.type is EventType.VISIT]
    assert len(visits) == 1
    assert names_of(story, visits[0], "visitor") == {"Chea Vuthy"}


def test_on_the_same_day_takes_the_day_last_told(analysed: Analyse) -> None:
    text = (
        "Wednesday, 13 May 2026\nIndonesia, Turkey sign drone deal\n\n"
        "Indonesian President Bambang Adiwijaya arrived in Ankara on Monday for an official visit.\n\n"
        "On the same day, Foreign Minister Aylin Demirtas hosted Indonesian Foreign Minister Dewi Lestari in Ankara.\n"
    )
    story = analysed(text, "same-day").fragment
    meetings = [e for e in story.events if e.type is EventType.MEETING]
    assert len(meetings) == 1
    assert meetings[0].when is not None
    assert meetings[0].when.start == date(2026, 5, 11)


def test_what_an_unnamed_official_said_is_no_statement_of_the_sentences_subject(analysed: Analyse) -> None:
    text = (
        "Wednesday, 4 March 2026\nMinisters meet\n\n"
        "Trade Minister Park Ji-hoon also met Vietnam's Minister of Agriculture Tran Duc Minh in Hanoi on Monday "
        "evening, a Korean official said, speaking on condition of anonymity.\n"
    )
    story = analysed(text, "unnamed-source").fragment
    assert not [e for e in story.events if e.type is EventType.STATEMENT]
    assert [e for e in story.events if e.type is EventType.MEETING]


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "South Korea's trade, industry and energy minister Park Ji-hoon said the deal would hold.",
            "Park Ji-hoon",
            "trade industry and energy minister",
        ),
        (
            "The move follows a new development, Defence Minister Rajnath Singh said on Friday.",
            "Rajnath Singh",
            "Defence Minister",
        ),
    ],
)
def test_a_portfolio_listed_with_commas_before_its_head(
    analysed: Analyse, sentence: str, name: str, title: str
) -> None:
    text = f"Wednesday, 4 March 2026\nTalks\n\n{sentence}\n"
    person = person_named(analysed(text, "comma-list").fragment, name)
    assert [t.value for t in person.titles] == [title]


def test_after_a_who_clause_an_auxiliary_resumes_the_main_clause_and_a_lone_meeting_reads_well(
    analysed: Analyse,
) -> None:
    text = (
        "Wednesday, 13 May 2026\nPresident in Istanbul\n\n"
        "Indonesian President Bambang Adiwijaya, who arrived in Ankara on Monday, is scheduled to fly to Istanbul "
        "today to meet Turkish business leaders.\n"
    )
    story = analysed(text, "who-is").fragment
    meetings = [e for e in story.events if e.type is EventType.MEETING]
    assert len(meetings) == 1
    assert meetings[0].when is not None
    assert meetings[0].when.start == date(2026, 5, 13)
    entities = {e.id: e for e in story.entities}
    assert describe_event(meetings[0], entities.get).startswith("Bambang Adiwijaya held a meeting")
