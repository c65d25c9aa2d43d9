"""Rules written from the pages of set 6 (tests/data/held-out/set6), read on 1 December 2026 after their last
held-out score: talks held by two countries' unnamed people, a person told by country and office, a visit told in a
signing's sentence, and a story that goes on below a "READ MORE" list. Each checked on a short article of our own."""

from __future__ import annotations

from datetime import date

from bot.core.model import Event, EventType, Story
from tests.core.support import Analyse, names_of, person_named

HEAD = "Wednesday, 13 May 2026\nHeadline of the story\n\n"


def events(story: Story, kind: EventType) -> list[Event]:
    return [e for e in story.events if e.type is kind]


def parties(event: Event) -> set[str]:
    return {p.entity for p in event.participants if p.entity.startswith("country:")}


def people_in(event: Event) -> set[str]:
    return {p.entity for p in event.participants if p.entity.startswith("person:")}


def test_officials_from_the_two_countries_meeting_are_the_countries_talks_not_the_speakers(
    analysed: Analyse,
) -> None:
    text = HEAD + (
        "Zimbabwe will raise its duty on South African cooking oil to 25%, its finance minister said on Monday.\n\n"
        "South Africa's Trade Minister Sipho Mahlangu called the move regrettable. He said officials from the two "
        "countries would meet in Pretoria later this month to look for a way out of the dispute.\n"
    )
    story = analysed(text, "sides-meet").fragment
    (talks,) = [e for e in story.events if e.type in (EventType.TALKS, EventType.MEETING)]
    assert parties(talks) == {"country:south-africa", "country:zimbabwe"}
    assert people_in(talks) == set()
    assert talks.when is not None
    assert (talks.when.start, talks.when.end) == (
        date(2026, 5, 1),
        date(2026, 5, 31),
    )


def test_two_countries_negotiators_ending_days_of_talks_are_the_countries_talks(analysed: Analyse) -> None:
    text = HEAD + (
        "Costa Rican and Panamanian negotiators ended two days of trade talks in Panama City on Tuesday without "
        "settling a dispute over dairy.\n\n"
        "Foreign Trade Minister Andrea Solís Mora, who led the Costa Rican delegation, said progress had been made "
        "on veterinary certification.\n"
    )
    story = analysed(text, "demonym-negotiators").fragment
    (talks,) = events(story, EventType.TALKS)
    assert parties(talks) == {"country:costa-rica", "country:panama"}
    assert talks.when is not None
    assert talks.when.end == date(2026, 5, 12)


def test_the_two_governments_sitting_down_somewhere_are_talks(analysed: Analyse) -> None:
    text = HEAD + (
        "Costa Rica and Panama failed to settle their dairy dispute on Tuesday.\n\n"
        "The row has dragged on since the two governments sat down in San José in April to try to end it.\n"
    )
    story = analysed(text, "sat-down").fragment
    talks = [e for e in story.events if e.type in (EventType.TALKS, EventType.MEETING)]
    assert [(parties(t), t.when and t.when.start) for t in talks] == [
        ({"country:costa-rica", "country:panama"}, date(2026, 4, 1))
    ]


def test_rounds_of_talks_told_with_their_subject_or_held_on_days(analysed: Analyse) -> None:
    text = HEAD + (
        "Uzbekistan's trade minister Jamshid Kholmatov and Tajikistan's economy minister Firuz Nazarzoda agreed on "
        "Tuesday to cut fertiliser duties.\n\n"
        "The next round of negotiations on a bilateral agreement on trade in services is scheduled for next month in "
        "Tashkent, the ministry said.\n\n"
        "The previous round of talks, held Monday and Tuesday at the ministry in Dushanbe, was the most tense yet.\n"
    )
    story = analysed(text, "rounds").fragment
    talks = sorted(
        (t.when.start for t in events(story, EventType.TALKS) if t.when is not None and parties(t)),
    )
    assert talks == [date(2026, 5, 11), date(2026, 6, 1)]


def test_a_joint_committees_next_session_is_talks_of_the_countries_its_name_holds(analysed: Analyse) -> None:
    text = HEAD + (
        "Kuwait and Jordan signed an investment protection agreement in Kuwait City on Tuesday.\n\n"
        "The two ministers agreed that the Kuwaiti-Jordanian Joint Higher Committee will convene its next session in "
        "Amman in October, with the aim of following up the implementation of the agreements and memoranda of "
        "understanding signed between the two countries.\n"
    )
    story = analysed(text, "committee").fragment
    # The agreements "signed between the two countries" at some time are no signing in October.
    (signing,) = events(story, EventType.SIGNING)
    assert signing.when is not None
    assert signing.when.start == date(2026, 5, 12)
    (talks,) = events(story, EventType.TALKS)
    assert parties(talks) == {"country:kuwait", "country:jordan"}
    assert talks.when is not None
    assert talks.when.start == date(2026, 10, 1)


def test_a_person_told_by_country_and_office_is_the_one_person_who_can_be(analysed: Analyse) -> None:
    text = HEAD + (
        "Kuwaiti Foreign Minister Abdulaziz Al-Mutairi and Jordanian Foreign Minister Khaled Al-Rawashdeh signed an "
        "investment agreement in Kuwait City on Wednesday.\n\n"
        "The Jordanian minister had arrived in the country on Tuesday evening on a two-day official visit.\n"
    )
    story = analysed(text, "by-office").fragment
    (visit,) = events(story, EventType.VISIT)
    assert names_of(story, visit, "visitor") == {"Khaled Al-Rawashdeh"}
    assert visit.when is not None
    assert visit.when.start == date(2026, 5, 12)


def test_a_leader_whose_country_is_not_said_is_the_one_leader_of_the_article(analysed: Analyse) -> None:
    text = HEAD + (
        "Prime Minister Simeon Toara hosted the Australian minister Kirsten Ridley in Port Vila on Monday.\n\n"
        "The Vanuatu leader is set to visit Canberra in March, where Toara is expected to be welcomed with a full "
        "ceremonial guard.\n"
    )
    story = analysed(text, "leader").fragment
    (visit,) = events(story, EventType.VISIT)
    assert names_of(story, visit, "visitor") == {"Simeon Toara"}
    assert visit.when is not None
    assert visit.when.start == date(2027, 3, 1)


def test_no_person_is_told_by_an_office_two_people_hold(analysed: Analyse) -> None:
    text = HEAD + (
        "Jordanian Foreign Minister Khaled Al-Rawashdeh and Jordanian Trade Minister Yousef Shamali met Kuwaiti "
        "officials in Kuwait City on Wednesday.\n\n"
        "The Jordanian minister had arrived in the country on Tuesday evening on a two-day official visit.\n"
    )
    story = analysed(text, "two-ministers").fragment
    assert events(story, EventType.VISIT) == []


def test_a_visit_told_in_a_signings_sentence_is_the_visitors_and_dates_the_signing(analysed: Analyse) -> None:
    text = HEAD + (
        "South Korean Trade Minister Han Do-yoon and Mongolia's Minister of Mining, Ganzorig Batbayar, signed a "
        "memorandum on critical minerals in Ulaanbaatar on the second day of a two-day visit by Han that began "
        "Monday.\n"
    )
    story = analysed(text, "visit-in-signing").fragment
    (visit,) = events(story, EventType.VISIT)
    assert names_of(story, visit, "visitor") == {"Han Do-yoon"}
    assert visit.when is not None
    assert (visit.when.start, visit.when.end) == (
        date(2026, 5, 11),
        date(2026, 5, 12),
    )
    (signing,) = events(story, EventType.SIGNING)
    assert signing.when is not None
    assert signing.when.start == date(2026, 5, 12)


def test_according_to_a_person_is_that_persons_statement(analysed: Analyse) -> None:
    text = HEAD + (
        "Malaysia and Turkey signed an energy pact in Ankara on Tuesday.\n\n"
        "According to Dr Faizal Abdullah, officials from both sides would meet again before the end of the year.\n"
    )
    story = analysed(text, "according").fragment
    (statement,) = events(story, EventType.STATEMENT)
    assert names_of(story, statement, "speaker") == {"Faizal Abdullah"}


def test_the_day_a_speaker_said_officials_would_meet_is_not_the_day_they_meet(analysed: Analyse) -> None:
    text = HEAD + (
        "Canada and Japan signed a trade pact in Tokyo on Monday.\n\n"
        "Minister of Trade Rie Ito said in a post on X on Tuesday that officials from both sides would meet again "
        "before the end of the year.\n"
    )
    story = analysed(text, "said-day").fragment
    # Not talks on the Tuesday of the post: talks within the year ("before the end of the year", read as this year
    # since the ninth session; before it, talks placed neither in time nor in space were no event at all).
    talks = events(story, EventType.TALKS)
    assert [(t.when.start, t.when.end) for t in talks if t.when] == [(date(2026, 1, 1), date(2026, 12, 31))]
    assert len(talks) == 1


def test_the_story_goes_on_below_a_read_more_list_in_its_middle(analysed: Analyse) -> None:
    text = (
        "THE SAIGON COURIER\nThursday, 09/04/2026, 15:20 (GMT+7)\n"
        "Vietnam, Indonesia sign rice pact\n\n"
        "Vietnamese Trade Minister Nguyen Thanh Son and Indonesian Trade Minister Rizal Darmawan Siregar signed a "
        "rice trade memorandum in Hanoi on Wednesday.\n\n"
        "Siregar, speaking on Thursday morning before leaving Hanoi, said Jakarta wanted its food reserves full.\n\n"
        "READ MORE\n"
        "› Rice exports hit 2.1 million tonnes in Q1, prices ease\n"
        "› Vietnam, Malaysia agree to settle trade in local currencies\n\n"
        "The two ministers agreed that the Vietnam–Indonesia Joint Trade Committee would hold its next meeting in "
        "Jakarta in August, at which the two sides are expected to take up requests for wider market access.\n\n"
        "Do Van Thanh, chairman of the Vietnam Food Association, said the memorandum would help exporters plan "
        "their inventories for the coming year.\n\n"
        "MOST VIEWED\n"
        "1. HCMC metro line 2 to start tunnelling in June, says city chairman Pham Quoc Dung\n"
    )
    analysed_page = analysed(text, "read-more")
    body = analysed_page.fragment
    assert person_named(body, "Do Van Thanh")
    assert not any(e.name == "Pham Quoc Dung" for e in body.entities)
    assert any(
        parties(t) == {"country:vietnam", "country:indonesia"} and t.when and t.when.start == date(2026, 8, 1)
        for t in events(body, EventType.TALKS)
    )


def test_a_governments_removal_of_a_duty_on_goods_imported_from_a_country(analysed: Analyse) -> None:
    text = HEAD + (
        "Moldovan Economic Development Minister Victor Ciobanu and Ukrainian Economy Minister Oksana Hrytsenko "
        "signed a Protocol on Joint Border Control at the Palanca crossing after talks in Chisinau.\n\n"
        "The Moldovan government on Tuesday approved the removal of a 15% safeguard duty on sugar imported from "
        "Ukraine.\n"
    )
    story = analysed(text, "government-duty").fragment
    (tariff,) = events(story, EventType.TARIFF)
    roles = {p.entity: p.role for p in tariff.participants}
    assert roles == {"country:moldova": "actor", "country:ukraine": "target"}
    (talks,) = events(story, EventType.TALKS)
    assert names_of(story, talks, "participant") == {"Victor Ciobanu", "Oksana Hrytsenko"}


def test_a_surname_misspelt_by_one_letter_before_a_verb_of_speech_is_the_person(analysed: Analyse) -> None:
    text = HEAD + (
        "Panama raised its duty on Costa Rican milk on Monday, said Panama's Minister of Commerce and Industries, "
        "Rodrigo Arosemena Vidal. Australian minister Kirsten Ridley signed a police deal with Vanuatu on Tuesday.\n\n"
        'Arosemana said in Panama City that the tariff threat "is not on the table this week," according to '
        "Panamanian media.\n\n"
        "Ridly, who was dressed in a bright shirt, brushed off the criticism, telling reporters the deal was "
        '"what Vanuatu asked for."\n'
    )
    story = analysed(text, "misspelt").fragment
    said = {(q.speaker, q.texts[0].value) for q in story.quotations}
    assert said == {
        (person_named(story, "Rodrigo Arosemena Vidal").id, "is not on the table this week"),
        (person_named(story, "Kirsten Ridley").id, "what Vanuatu asked for"),
    }


def test_a_titled_surname_one_letter_off_a_full_name_is_that_person(analysed: Analyse) -> None:
    text = HEAD + (
        "Kuwaiti Foreign Minister Abdulaziz Al-Mutairi and Jordanian Foreign Minister Khaled Al-Rawashdeh signed an "
        "investment agreement in Kuwait City on Tuesday.\n\n"
        "Minister Al-Mutari and Minister Al-Rawashdeh had last met in Cairo in March. Al-Rawashdeh said the pact "
        "was historic. Al-Rawashdeh thanked his hosts.\n"
    )
    story = analysed(text, "titled-misspelt").fragment
    names = sorted(e.name for e in story.entities if e.id.startswith("person:"))
    assert names == ["Abdulaziz Al-Mutairi", "Khaled Al-Rawashdeh"]


def test_quotations_after_more_verbs_of_speech_and_a_long_portfolio(analysed: Analyse) -> None:
    text = HEAD + (
        "Tendai Nyamadzawo, Zimbabwe's Minister of Finance, Economic Development and Investment Promotion, "
        'announced the increase on Tuesday, saying local producers had been "flattened by a flood of cheaper '
        'imports" since the duty was cut.\n\n'
        'Coalition spokesman Brett Callaghan blasted the deal as "too little, too late" and accused the government '
        "of being asleep.\n\n"
        "Martín Echeverría Sosa, Argentina's Secretary of Industry and Trade, responded in a statement on Tuesday "
        'that the duties had been applied "in strict compliance with Mercosur and WTO rules".\n'
    )
    story = analysed(text, "speech-verbs").fragment
    said = {
        (next(e.name for e in story.entities if e.id == q.speaker), q.texts[0].value)
        for q in story.quotations
    }
    assert said == {
        ("Tendai Nyamadzawo", "flattened by a flood of cheaper imports"),
        ("Brett Callaghan", "too little, too late"),
        ("Martín Echeverría Sosa", "in strict compliance with Mercosur and WTO rules"),
    }


def test_yesterday_is_no_one_and_receiving_attention_is_no_meeting(analysed: Analyse) -> None:
    text = HEAD + (
        "Yesterday, Tuesday 12 May, the defence ministers of Niger and Chad signed a Technical Agreement on Joint "
        "Border Security Operations. It is the first defence text between the two countries since the coup in "
        "Niamey in July 2023, and it deserves more attention than it has received. Yesterday's ceremony was "
        "short.\n"
    )
    story = analysed(text, "yesterday").fragment
    assert [e.name for e in story.entities if e.id.startswith("person:")] == []
    assert [e.type for e in story.events] == [EventType.SIGNING]


def test_names_after_the_or_a_place_preposition_are_no_people(analysed: Analyse) -> None:
    text = HEAD + (
        "Brazil and Argentina signed a tile trade memorandum in Porto on Wednesday, signed by Lucía Berenguer, "
        "Spain’s Minister for the Ecological Transition, and Miguel Tavares Lobo, Portugal’s Minister of "
        "Environment and Energy.\n\n"
        "Tile producers in Santa Catarina and São Paulo say the Argentine duties have all but halted shipments.\n\n"
        "Mr Tavarez Lobo said he was confident the French government would come round.\n"
    )
    story = analysed(text, "not-people").fragment
    names = sorted(e.name for e in story.entities if e.id.startswith("person:"))
    assert names == ["Lucía Berenguer", "Miguel Tavares Lobo"]


def test_days_of_talks_ended_on_a_day_are_the_days_up_to_it(analysed: Analyse) -> None:
    text = HEAD + (
        "Costa Rican and Panamanian negotiators ended two days of trade talks in Panama City on Tuesday without "
        "settling a dispute over dairy.\n"
    )
    story = analysed(text, "days-of-talks").fragment
    (talks,) = events(story, EventType.TALKS)
    assert talks.when is not None
    assert (talks.when.start, talks.when.end) == (date(2026, 5, 11), date(2026, 5, 12))
