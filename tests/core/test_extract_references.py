"""Rules written from the hand-written pages on 30 November 2026 (night): events told in relation to another clause or
sentence ("after X held talks with Y", "the same day"), each checked on a short article of our own."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.describe import describe_event
from bot.core.model import Event, EventType, Story
from tests.core.support import Analyse, agreement_name, names_of, person_named

HEAD = "Wednesday, 13 May 2026\nHeadline of the story\n\n"


def events(story: Story, kind: EventType) -> list[Event]:
    return [e for e in story.events if e.type is kind]


def test_a_passive_signings_signatories_stop_at_a_clause_about_something_else(analysed: Analyse) -> None:
    # The talks after which the pact was signed are an event of their own, on the signing's day.
    text = HEAD + (
        "Turkey and Indonesia signed a defence industry cooperation agreement on Tuesday.\n\n"
        "The Defence Industry Cooperation Agreement was signed by Turkish Defence Minister Murat "
        "Kalkavan and his Indonesian counterpart, Hendra Saputra, at the presidential complex in Ankara after "
        "President Selim Karadag held talks with visiting Indonesian President Bambang Adiwijaya.\n"
    )
    story = analysed(text, "passive-after").fragment
    (signing,) = events(story, EventType.SIGNING)
    assert names_of(story, signing, "signatory") == {"Murat Kalkavan", "Hendra Saputra"}
    (talks,) = events(story, EventType.TALKS)
    assert names_of(story, talks, "participant") == {"Selim Karadag", "Bambang Adiwijaya"}
    assert talks.when is not None
    assert talks.when.start == date(2026, 5, 12)


def test_the_same_day_as_a_visitors_arrival_is_the_day_of_arrival(analysed: Analyse) -> None:
    text = HEAD + (
        "Indonesian President Bambang Adiwijaya arrived in Ankara on Monday on a three-day visit. His foreign "
        "minister, Dewi Anggraini Lestari, met Turkish Foreign Minister Aylin Demirtas in Ankara the same day.\n"
    )
    story = analysed(text, "same-day-arrival").fragment
    (meeting,) = events(story, EventType.MEETING)
    assert names_of(story, meeting, "participant") == {"Dewi Anggraini Lestari", "Aylin Demirtas"}
    assert meeting.when is not None
    assert meeting.when.start == meeting.when.end == date(2026, 5, 11)


def test_a_name_with_its_affiliation_in_apposition_is_a_person_who_speaks(analysed: Analyse) -> None:
    text = HEAD + (
        "Britain and Norway signed a carbon storage pact on Tuesday. Campaigners were more sceptical. Tom Ellery, "
        'of the campaign group Climate Coalition North, said the plan risked "extending the life of polluting '
        'industries".\n'
    )
    story = analysed(text, "affiliation").fragment
    ellery = person_named(story, "Tom Ellery")
    assert [q.speaker for q in story.quotations] == [ellery.id]


def test_who_speaks_before_a_clause_in_which_others_signed_did_not_sign(analysed: Analyse) -> None:
    text = HEAD + (
        "Daniel Okafor and Ingrid Solheim-Bakke signed a memorandum of understanding on carbon storage in London "
        "on Tuesday.\n\n"
        "The shadow energy secretary, Fiona Marchbank, said the deal was overdue and accused ministers of "
        "having dithered for months while other European countries signed similar arrangements with Oslo.\n"
    )
    story = analysed(text, "while-signed").fragment
    signatories = set().union(*(names_of(story, e, "signatory") for e in events(story, EventType.SIGNING)))
    assert signatories == {"Daniel Okafor", "Ingrid Solheim-Bakke"}


def test_after_signing_is_no_clause_with_a_subject_of_its_own(analysed: Analyse) -> None:
    sentence = (
        "Defence Minister Kang Tae-hoon and Polish Defence Minister Tomasz Wierzbicki shook hands after signing an "
        "agreement in Warsaw on Tuesday."
    )
    story = analysed(HEAD + sentence + "\n", "after-signing").fragment
    (signing,) = events(story, EventType.SIGNING)
    assert names_of(story, signing, "signatory") == {"Kang Tae-hoon", "Tomasz Wierzbicki"}


@pytest.mark.parametrize(
    ("body", "kind", "day"),
    [
        (
            "Argentina has raised import tariffs on Chinese fabrics to 35% from 20%. The increase, set out in a "
            "decree published in the official gazette on Monday, was announced the same day by the economy minister.",
            EventType.TARIFF,
            date(2026, 5, 11),
        ),
        (
            "Kenya's trade minister Rebecca Miano is visiting Addis Ababa. The visit, which began on Monday, is her "
            "first to Ethiopia.",
            EventType.VISIT,
            date(2026, 5, 11),
        ),
    ],
)
def test_an_event_named_again_by_its_noun_takes_the_date_given_there(
    analysed: Analyse, body: str, kind: EventType, day: date
) -> None:
    story = analysed(HEAD + body + "\n", "by-its-noun").fragment
    (event,) = events(story, kind)
    assert event.when is not None
    assert event.when.start == day


def test_an_event_named_by_its_noun_in_another_tense_keeps_no_wrong_date(analysed: Analyse) -> None:
    # "The increase" of a year before is another increase: a date of another precision leaves the event alone.
    text = HEAD + (
        "Argentina has raised import tariffs on Chinese fabrics to 35% from 20%. The last increase came in 2019.\n"
    )
    story = analysed(text, "noun-other").fragment
    (event,) = events(story, EventType.TARIFF)
    assert event.when is None or event.when.start.year == 2026


def test_a_quotation_opening_the_sentence_after_an_attributed_one_has_the_same_speaker(
    analysed: Analyse,
) -> None:
    text = HEAD + (
        "Kang Tae-hoon and Tomasz Wierzbicki signed a defence pact in Warsaw on Tuesday.\n\n"
        '"Korea and Poland are no longer simply buyer and seller," Kang said at a joint press conference after '
        'the signing. "Technology transfer is the heart of this agreement, and we will honor it fully."\n\n'
        'Analysts were cautious. "The deliveries will tell," one analyst said.\n'
    )
    story = analysed(text, "follow-on").fragment
    kang = person_named(story, "Kang Tae-hoon")
    said = {q.texts[0].value.split(",")[0]: q for q in story.quotations}
    assert said["Technology transfer is the heart of this agreement"].speaker == kang.id
    assert (
        said["Technology transfer is the heart of this agreement"].channels[0].value == "remarks to the media"
    )
    assert all(q.speaker == kang.id for q in story.quotations)


def test_a_speaker_after_a_title_with_commas_or_after_an_inverted_said(analysed: Analyse) -> None:
    text = HEAD + (
        "Ecuador will double a tariff on imports from Colombia to 30%, its government announced on Friday.\n\n"
        '"We gave Colombia six months to show results," Ecuador\'s Minister of Production, Foreign Trade, '
        "Investment and Fisheries, Sebastián Cordero Valdivieso, said in an interview on Sunday.\n\n"
        '"Before, we crossed in two hours. Now it can be two days," said Jhon Fredy Cuastumal, a driver who hauls '
        "paper to Quito.\n"
    )
    story = analysed(text, "speakers").fragment
    by_start = {q.texts[0].value[:12]: q for q in story.quotations}
    assert by_start["We gave Colo"].speaker == person_named(story, "Sebastián Cordero Valdivieso").id
    assert by_start["We gave Colo"].channels[0].value == "interview"
    driver = person_named(story, "Jhon Fredy Cuastumal")
    assert by_start["Before, we c"].speaker == driver.id
    assert by_start["Now it can b"].speaker == driver.id


def test_a_surname_met_first_is_the_full_name_a_quotation_gives_later(analysed: Analyse) -> None:
    text = HEAD + (
        "The pact was signed by Wulan Hartono and Sri Lankan President Nuwan Senanayake in Jakarta on Tuesday.\n\n"
        "Earlier, Ms. Hartono and Mr. Senanayake held a meeting in Jakarta.\n\n"
        '"We are committed to working closely with Sri Lanka," said Wulan Hartono.\n'
    )
    story = analysed(text, "surname-first").fragment
    hartono = person_named(story, "Wulan Hartono")
    assert {a.value for a in hartono.aliases} >= {"Hartono", "Wulan Hartono"}
    assert [e.name for e in story.entities if e.kind.value == "person" and "Hartono" in e.name] == [
        "Wulan Hartono"
    ]


def test_a_page_without_a_date_is_dated_by_the_weekday_it_names_and_its_copyright_year(
    analysed: Analyse,
) -> None:
    text = (
        "Policy Digest\n\nSouth Africa and Nigeria sign auto parts MoU\n\n"
        "South Africa and Nigeria signed a memorandum of understanding in Pretoria earlier today.\n\n"
        "Speaking at a press conference this afternoon, Wednesday 15 October, the minister said the deal mattered.\n\n"
        "© 2025 Policy Digest. All rights reserved.\n"
    )
    result = analysed(text, "weekday-page")
    assert result.source.published is not None
    assert result.source.published.start == date(2025, 10, 15)
    assert result.source.inferred
    (signing,) = events(result.fragment, EventType.SIGNING)
    assert signing.when is not None
    assert signing.when.start == date(2025, 10, 15)


def test_a_described_agreement_ends_before_the_date_after_it(analysed: Analyse) -> None:
    text = HEAD + "Oman and Qatar signed a memorandum of understanding on maritime security on Wednesday.\n"
    story = analysed(text, "described-date").fragment
    (signing,) = events(story, EventType.SIGNING)
    assert agreement_name(story, signing) == "memorandum of understanding on maritime security"


def test_gulf_honorifics_and_a_minister_responsible_for_a_portfolio(analysed: Analyse) -> None:
    text = HEAD + (
        "The Memorandum of Understanding on Maritime Security was signed in Muscat on Tuesday by Sayyid Faisal bin "
        "Hamad Al Busaidi, Oman's Minister Responsible for Defence Affairs, and Sheikh Abdullah bin Nasser Al Kuwari, "
        "Qatar's Deputy Prime Minister.\n"
    )
    story = analysed(text, "gulf").fragment
    (signing,) = events(story, EventType.SIGNING)
    assert names_of(story, signing, "signatory") == {
        "Faisal bin Hamad Al Busaidi",
        "Abdullah bin Nasser Al Kuwari",
    }


def test_bodies_and_publications_are_no_people_and_their_members_are(analysed: Analyse) -> None:
    text = HEAD + (
        "The duties, set out in a regulation published in the EU's Official Journal on Monday, apply from Tuesday. "
        "The European Commission found that Chinese producers had been dumping plywood.\n\n"
        "Karin Holmqvist, the Swedish MEP who chairs the trade committee, welcomed the plywood duties. Rodrigo "
        "Baeza Ossandón, president of the National Agriculture Society (SNA), said Chilean plywood makers were "
        "worried. Chile may take the plywood case to the Andean Community's tribunal.\n\n"
        "At the Commission's midday briefing on Monday, trade spokesperson Olivia Marchetti rejected the claims "
        "of Chinese plywood producers.\n"
    )
    story = analysed(text, "bodies").fragment
    people = {e.name for e in story.entities if e.kind.value == "person"}
    assert people == {"Olivia Marchetti", "Karin Holmqvist", "Rodrigo Baeza Ossandón"}


def test_the_leads_described_signing_under_a_standfirst_and_a_caption_is_the_named_one(
    analysed: Analyse,
) -> None:
    text = (
        "Thursday, 20 November 2025\n\nOman, Qatar sign maritime security pact\n\n"
        "The agreement covers joint patrols and training in the Strait of Hormuz and the Arabian Sea\n\n"
        "[Photo: Sayyid Faisal bin Hamad Al Busaidi receives Sheikh Abdullah bin Nasser Al Kuwari at Bait Al Falaj, "
        "Muscat, before the two ministers signed the memorandum. (ONA)]\n\n"
        "Oman and Qatar signed a memorandum of understanding on maritime security on Wednesday.\n\n"
        "The Memorandum of Understanding on Military Cooperation was signed in Muscat by Sayyid Faisal bin Hamad Al "
        "Busaidi, Oman's Minister Responsible for Defence Affairs, and Sheikh Abdullah bin Nasser Al Kuwari, Qatar's "
        "Deputy Prime Minister.\n"
    )
    story = analysed(text, "standfirst").fragment
    (signing,) = events(story, EventType.SIGNING)
    assert agreement_name(story, signing) == "Memorandum of Understanding on Military Cooperation"
    assert signing.when is not None
    assert signing.when.start == date(2025, 11, 19)


def test_a_misspelt_surname_alone_is_the_person_whose_surname_it_nearly_is(analysed: Analyse) -> None:
    text = HEAD + (
        "The memorandum was signed in Muscat on Tuesday by Sheikh Abdullah bin Nasser Al Kuwari, Qatar's Deputy Prime "
        "Minister, and Oman's defence minister Faisal Al Busaidi.\n\n"
        "Before leaving Muscat on Wednesday, Al Kuwary also called on Vice Admiral Said bin Hamdan Al Maamari.\n"
    )
    story = analysed(text, "misspelt").fragment
    kuwari = person_named(story, "Abdullah bin Nasser Al Kuwari")
    assert "Al Kuwary" in {a.value for a in kuwari.aliases}
    (meeting,) = events(story, EventType.MEETING)
    assert names_of(story, meeting, "participant") == {
        "Abdullah bin Nasser Al Kuwari",
        "Said bin Hamdan Al Maamari",
    }


def test_rounds_of_negotiations_done_and_scheduled_are_talks(analysed: Analyse) -> None:
    text = HEAD + (
        "Chile and Mexico wrapped up a third round of negotiations to modernise their free trade agreement on "
        "Thursday, officials said.\n\n"
        "The fourth round of negotiations is scheduled to take place in Mexico City in September.\n"
    )
    story = analysed(text, "rounds").fragment
    talks = sorted(events(story, EventType.TALKS), key=lambda e: e.when.start if e.when else date.min)
    assert [e.when.label() if e.when else None for e in talks] == ["7 May 2026", "Sep 2026"]
    for event in talks:
        assert {r.entity for r in event.participants} == {"country:chile", "country:mexico"}


def test_the_next_day_told_first_wins_over_a_span_told_later_in_the_sentence(analysed: Analyse) -> None:
    text = HEAD + (
        "On 9 March 2026, Kenji Harada and Ramon Villareal sat down in Manila for their meeting. The next day, the "
        "ACSA was signed by Harada and Villareal at Camp Aguinaldo, capping Harada's two-day stop in the capital on "
        "9-10 March.\n"
    )
    story = analysed(text, "next-day-span").fragment
    (signing,) = events(story, EventType.SIGNING)
    assert signing.when is not None
    assert (signing.when.start, signing.when.end) == (date(2026, 3, 10), date(2026, 3, 10))


def test_the_round_named_again_narrows_last_week_to_its_days(analysed: Analyse) -> None:
    text = HEAD + (
        "Chile and Mexico wrapped up a third round of negotiations on their trade agreement last week.\n\n"
        "The round, held in Santiago from Monday to Thursday last week, brought together some 80 negotiators.\n"
    )
    story = analysed(text, "round-days").fragment
    (talks,) = events(story, EventType.TALKS)
    assert talks.when is not None
    assert (talks.when.start, talks.when.end) == (date(2026, 5, 4), date(2026, 5, 7))


def test_a_visit_dated_by_its_arrival_takes_the_length_the_article_gives_elsewhere(analysed: Analyse) -> None:
    text = HEAD + (
        "Kazakhstan and Uzbekistan signed a water agreement on Tuesday, as Kazakh Foreign Minister Yerlan "
        "Saparbekov concluded a two-day official visit to Tashkent.\n\n"
        "Saparbekov arrived in Tashkent on Monday morning and held talks with his counterpart.\n\n"
        "At a briefing in Astana on Wednesday, spokesperson Aigerim Dauletova called the visit a practical step.\n"
    )
    story = analysed(text, "visit-length").fragment
    (visit,) = events(story, EventType.VISIT)
    assert names_of(story, visit, "visitor") == {"Yerlan Saparbekov"}
    assert visit.when is not None
    assert (visit.when.start, visit.when.end) == (date(2026, 5, 11), date(2026, 5, 12))


def test_names_with_the_okina_and_people_described_by_their_role(analysed: Analyse) -> None:
    text = HEAD + (
        "Whitcombe arrived in Nuku'alofa on Monday and went straight into talks with Tonga's Prime Minister, "
        "ʻAisake Vaipulu, at the Prime Minister's Office.\n\n"
        '"Nobody in the region wants a tit-for-tat escalation," Siti Rahmawati, a Jakarta-based partner at a '
        "regional law firm, told reporters.\n"
    )
    story = analysed(text, "okina").fragment
    vaipulu = person_named(story, "ʻAisake Vaipulu")
    assert [t.value for t in vaipulu.titles] == ["Prime Minister"]
    rahmawati = person_named(story, "Siti Rahmawati")
    assert [q.speaker for q in story.quotations] == [rahmawati.id]


def test_a_caption_names_the_storys_people_in_full_and_no_one_else(analysed: Analyse) -> None:
    text = HEAD + (
        "[Photo: Prime Minister Getachew Alemu Desta receives Prime Minister Daher Omar Abdillahi of Djibouti at the "
        "National Palace, watched by Deputy Minister Lensa Bekele. Photo: Office of the Prime Minister]\n\n"
        "Prime Minister Abdillahi arrived in Addis Ababa on Tuesday for a three-day official visit.\n\n"
        "Prime Minister Abdilahi said Djibouti regards Ethiopia's development as its own.\n"
    )
    story = analysed(text, "caption").fragment
    people = {e.name: e for e in story.entities if e.kind.value == "person"}
    (abdillahi,) = [p for p in people.values() if "Abdillahi" in p.name]
    assert {a.value for a in abdillahi.aliases} >= {"Daher Omar Abdillahi", "Abdilahi"}
    assert not any("Bekele" in name for name in people)
    (visit,) = events(story, EventType.VISIT)
    assert names_of(story, visit, "visitor") == {abdillahi.name}
    assert not events(story, EventType.MEETING)  # the caption's "receives" is no event


@pytest.mark.parametrize(
    "body",
    [
        "At a meeting in Tbilisi on Tuesday, Georgia's foreign minister, Tamar Lomidze, and her Armenian counterpart, "
        "Vahe Sargsyan, signed a memorandum of understanding on the border crossing.",
        "Georgia and Armenia signed a memorandum on the border crossing on Tuesday.\n\nArmenian Foreign Minister Vahe "
        "Sargsyan flew into Tbilisi for a one-day visit, sat down with Georgian Foreign Minister Tamar Lomidze at the "
        "ministry for two hours, and the pair then signed the memorandum in front of the cameras.",
    ],
)
def test_a_meeting_told_before_a_signing_is_an_event_of_its_own(analysed: Analyse, body: str) -> None:
    story = analysed(HEAD + body + "\n", "meeting-first").fragment
    (meeting,) = events(story, EventType.MEETING)
    assert names_of(story, meeting, "participant") == {"Tamar Lomidze", "Vahe Sargsyan"}
    assert meeting.when is not None
    assert meeting.when.start == date(2026, 5, 12)


def test_a_signing_ahead_of_a_meeting_makes_no_meeting(analysed: Analyse) -> None:
    text = (
        HEAD
        + "Ahead of a meeting of their leaders, Tamar Lomidze and Vahe Sargsyan signed a memorandum on Tuesday.\n"
    )
    story = analysed(text, "ahead-of").fragment
    assert not events(story, EventType.MEETING)


def test_alhaji_is_an_honorific_not_a_name(analysed: Analyse) -> None:
    text = HEAD + (
        '"Since October, many of us have been paying double," Alhaji Musa Danjuma, chairman of the Seme Border '
        "Traders Association, told reporters in Lagos on Tuesday.\n"
    )
    story = analysed(text, "alhaji").fragment
    danjuma = person_named(story, "Musa Danjuma")
    assert [q.speaker for q in story.quotations] == [danjuma.id]


def test_a_tariff_suspended_and_one_threatened_by_a_capital_after_and(analysed: Analyse) -> None:
    text = HEAD + (
        "Tanzania has suspended the 25 per cent levy on a range of Kenyan processed foods.\n\n"
        "Kenyan manufacturers disputed that claim, and Nairobi threatened in April to impose reciprocal duties on "
        "Tanzanian maize, rice and onions.\n"
    )
    story = analysed(text, "suspended").fragment
    tariffs = {e.status[0].value if e.status else None: e for e in events(story, EventType.TARIFF)}
    assert set(tariffs) == {"suspended", "threatened"}
    for status, actor, target in (("suspended", "tanzania", "kenya"), ("threatened", "kenya", "tanzania")):
        roles = {(r.entity, r.role) for r in tariffs[status].participants}
        assert roles == {(f"country:{actor}", "actor"), (f"country:{target}", "target")}


def test_a_suspended_tariff_is_told_as_suspended(analysed: Analyse) -> None:
    text = HEAD + "Tanzania has suspended the 25 per cent levy on a range of Kenyan processed foods.\n"
    story = analysed(text, "suspended-line").fragment
    entities = {e.id: e for e in story.entities}
    (tariff,) = events(story, EventType.TARIFF)
    assert describe_event(tariff, entities.get).startswith("Tanzania suspended tariffs on Kenya")


def test_talks_with_an_unnamed_counterpart_the_same_afternoon(analysed: Analyse) -> None:
    text = HEAD + (
        "Oman's defence minister Faisal Al Busaidi and Qatar's defence minister Abdullah Al Kuwari signed a maritime "
        "pact in Muscat on Wednesday.\n\n"
        "Al Kuwari, who arrived in the Omani capital on Tuesday, held talks with his Omani counterpart at the "
        "ministry the same afternoon.\n"
    )
    story = analysed(text, "counterpart").fragment
    (talks,) = events(story, EventType.TALKS)
    assert names_of(story, talks, "participant") == {"Abdullah Al Kuwari", "Faisal Al Busaidi"}
    assert talks.when is not None
    assert talks.when.start == date(2026, 5, 12)


def test_a_named_counterpart_is_not_replaced_by_another_of_that_country(analysed: Analyse) -> None:
    text = HEAD + (
        "Governor Sanjay Raghunathan held talks with his UAE counterpart Saeed Rashid Al Falasi in Mumbai on Tuesday."
        "\n\nUAE Minister of State for Foreign Trade Omar Al Zarooni met Meera Chandrasekhar in March.\n"
    )
    story = analysed(text, "named-counterpart").fragment
    (talks,) = events(story, EventType.TALKS)
    assert names_of(story, talks, "participant") == {"Sanjay Raghunathan", "Saeed Rashid Al Falasi"}


def test_hours_of_talks_and_the_two_prime_ministers_who_last_met(analysed: Analyse) -> None:
    text = HEAD + (
        "Montenegrin Prime Minister Darko Lekic arrived in Tirana on Monday. He and Albanian Prime Minister Arben "
        "Dushaj held nearly three hours of talks on Tuesday morning.\n\n"
        "The two prime ministers last met in December in Brussels, on the sidelines of a summit.\n"
    )
    story = analysed(text, "the-two").fragment
    dated = sorted(
        (e.when.label() if e.when else "", e.type.value, frozenset(names_of(story, e, "participant")))
        for e in story.events
        if e.type in (EventType.MEETING, EventType.TALKS)
    )
    pair = frozenset({"Darko Lekic", "Arben Dushaj"})
    assert dated == [("12 May 2026", "talks", pair), ("Dec 2025", "meeting", pair)]


def test_a_person_titled_after_an_organisations_name_is_the_person(analysed: Analyse) -> None:
    text = HEAD + (
        "Last month, Commission Executive Vice-President Pieter Van Damme travelled to Beijing for talks with Vice "
        "Premier Zhao Jianmin.\n"
    )
    story = analysed(text, "org-title").fragment
    (visit,) = events(story, EventType.VISIT)
    assert names_of(story, visit, "visitor") == {"Pieter Van Damme"}
    (talks,) = events(story, EventType.TALKS)
    assert names_of(story, talks, "participant") == {"Pieter Van Damme", "Zhao Jianmin"}


def test_a_journey_due_to_travel_to_a_city_to_meet_people_is_a_visit(analysed: Analyse) -> None:
    text = HEAD + (
        "Norway's minister of energy, Ingrid Solheim-Bakke, signed the deal on Tuesday.\n\n"
        "Solheim-Bakke is due to travel to Aberdeen on Friday to meet offshore industry leaders.\n"
    )
    story = analysed(text, "travel-to").fragment
    (visit,) = events(story, EventType.VISIT)
    assert names_of(story, visit, "visitor") == {"Ingrid Solheim-Bakke"}


def test_an_export_portfolio_is_a_title(analysed: Analyse) -> None:
    text = HEAD + (
        "Tunisia's Minister of Trade and Export Development, Samira Ben Youssef, led a delegation to Tripoli on "
        "Monday.\n"
    )
    story = analysed(text, "export").fragment
    assert [t.value for t in person_named(story, "Samira Ben Youssef").titles] == [
        "Minister of Trade and Export Development"
    ]


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "The agreement follows talks between the two ministers in Cairo in March, when they settled the route.",
            "Mar 2026",
        ),
        ("Officials said the next round of talks is expected in Abu Dhabi in June.", "Jun 2026"),
    ],
)
def test_talks_between_the_two_ministers_and_a_round_expected(
    analysed: Analyse, body: str, label: str
) -> None:
    text = HEAD + (
        "Greek Energy Minister Nikos Papadrakakis and Egyptian Electricity Minister Hesham Mansour signed a cable "
        "deal in Athens on Tuesday.\n\n" + body + "\n"
    )
    story = analysed(text, "talks-more").fragment
    talks = events(story, EventType.TALKS)
    assert [e.when.label() if e.when else None for e in talks] == [label]


def test_during_the_talks_the_two_leaders_makes_no_second_talks(analysed: Analyse) -> None:
    text = HEAD + (
        "Greek Energy Minister Nikos Papadrakakis held talks with Egyptian Electricity Minister Hesham Mansour in "
        "Athens on Tuesday.\n\nDuring the talks, the two leaders appreciated the momentum in energy cooperation.\n"
    )
    story = analysed(text, "during-the-talks").fragment
    assert len(events(story, EventType.TALKS)) == 1
