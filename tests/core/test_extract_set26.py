"""Rules read from set 26 (thirteenth session, once set 27 was written to take its place as held out); articles of
our own."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.model import EventType
from tests.core.support import (
    Analyse,
    cleaned,
    event_facts,
    of_kind,
    people,
    quote_speakers,
    titles_by_person,
)

LIVE = (
    "DILI DAILY\nNotísia | Polítika | Ekonomia\n\n"
    "Atualiza ikus / Last updated: Tersa, 14 Abríl 2026, 20:05 TLT\n\n"
    "19:40\nPresident Bambang Hadisuryo of Indonesia left Dili this evening after talks with President Jacinto "
    "Loikere.\n"
)


@pytest.mark.parametrize(
    ("stated", "day"),
    [
        (
            "Tersa, 14 Abríl 2026, 20:05 TLT",
            date(2026, 4, 14),
        ),  # a Portuguese month with an accent added (Tetum)
        ("le 3 fevrier 2026", date(2026, 2, 3)),  # a French month with its accent left out
        ("14 abril 2026", date(2026, 4, 14)),
    ],
)
def test_a_month_with_an_accent_added_or_left_out_dates_a_page(stated: str, day: date) -> None:
    clean = cleaned(LIVE.replace("Tersa, 14 Abríl 2026, 20:05 TLT", stated))
    assert clean.published is not None
    assert clean.published.start == day


def test_a_word_like_no_month_does_not_date_a_page() -> None:
    clean = cleaned(LIVE.replace("Tersa, 14 Abríl 2026, 20:05 TLT", "Tersa, 14 Abrolhos 2026"))
    assert clean.published is None


def test_a_page_dated_by_an_accented_month_is_read(analysed: Analyse) -> None:
    story = analysed(LIVE).fragment
    talks = of_kind(event_facts(story), EventType.TALKS) + of_kind(event_facts(story), EventType.MEETING)
    assert ({"Bambang Hadisuryo", "Jacinto Loikere"}, "2026-04-14..2026-04-14") in talks


def test_a_courtesy_call_on_a_countrys_office_holder_unnamed_is_a_meeting_with_that_country(
    analysed: Analyse,
) -> None:
    text = (
        "DAR ES SALAAM (FreightLine) - Zambia's Minister of Commerce Mutale Kabwe Sikazwe held talks with "
        "Tanzania's Minister of Industry Hamisi Kilindo Mzava on Monday.\n\n"
        "Before flying back to Lusaka on Tuesday evening, Kabwe Sikazwe paid a courtesy call on Tanzania's "
        "Vice-President at the Vice-President's office.\n\n"
        "Mzava also met Zambia's trucking association on Tuesday.\n"
    )
    story = analysed(text, published=date(2026, 7, 16)).fragment
    meetings = of_kind(event_facts(story), EventType.MEETING)
    assert ({"Mutale Kabwe Sikazwe", "Tanzania"}, "2026-07-14..2026-07-14") in meetings
    # (an association is no office)
    assert not any("Hamisi Kilindo Mzava" in who and "Zambia" in who for who, _ in meetings), meetings


@pytest.mark.parametrize(
    ("told", "title"),
    [
        (
            "Togo's President of the Council of Ministers, Komlan Afanvi Gbeassor,",
            "President of the Council of Ministers",
        ),
        ("Chairman of the Council of State Komlan Afanvi Gbeassor", "Chairman of the Council of State"),
        (
            "Speaker of the House of Representatives Komlan Afanvi Gbeassor",
            "Speaker of the House of Representatives",
        ),
    ],
)
def test_a_title_whose_body_has_an_of_of_its_own_is_whole(analysed: Analyse, told: str, title: str) -> None:
    text = f"ACCRA (SBN) - The deal was welcomed by {told} on Tuesday.\n\nGhana signed it on Monday.\n"
    story = analysed(text, published=date(2026, 9, 22)).fragment
    assert titles_by_person(story)["Komlan Afanvi Gbeassor"] == [title]


def test_the_two_leaders_are_the_heads_of_state_or_government_not_the_last_two_ministers(
    analysed: Analyse,
) -> None:
    text = (
        "ACCRA (SBN) - Ghana and Togo signed an agreement on Tuesday during a visit to Accra by Togo's President of "
        "the Council of Ministers, Komlan Afanvi Gbeassor.\n\n"
        "Mr Gbeassor held talks with President John Asamoah-Boateng at the Jubilee House before the signing.\n\n"
        "The agreement was signed by Ghana's Foreign Minister, Ebenezer Ampadu, and Togo's Foreign Minister, Yao "
        "Atsutse.\n\n"
        "Trade Minister Yaw Frimpong held talks yesterday with Togo's Minister of Trade, Afi Kpodar-Lawson.\n\n"
        "Frimpong said the surcharge had been shelved.\n\n"
        "Analysts welcomed the deal.\n\n"
        "Traders at the border said prices had risen.\n\n"
        "The two leaders last met in Lomé in May.\n"
    )
    story = analysed(text, published=date(2026, 9, 22)).fragment
    meetings = of_kind(event_facts(story), EventType.MEETING) + of_kind(event_facts(story), EventType.TALKS)
    assert ({"Komlan Afanvi Gbeassor", "John Asamoah-Boateng"}, "2026-05-01..2026-05-31") in meetings


@pytest.mark.parametrize(
    "told",
    [
        "Hilal bin Saif Al Kharusi, who heads Asyad Ports, said",
        "Amal bint Saud Al Habsi told reporters",
    ],
)
def test_an_untitled_name_with_particles_within_is_a_person(analysed: Analyse, told: str) -> None:
    text = (
        "DOHA (QNA) - Qatar and Oman signed a port agreement on Tuesday.\n\n"
        f"{told} the deal would cut shipping times.\n"
    )
    story = analysed(text, published=date(2026, 5, 6)).fragment
    name = told.split(",", maxsplit=1)[0].removesuffix(" said").removesuffix(" told reporters")
    assert name in people(story)


NEWSLETTER = (
    "THE GULF LEDGER\nTuesday 6 May 2026\n\n"
    "Qatar and Oman sign port agreement\n\n"
    "Qatar's Minister of Transport Jassim Al Sulaiti and Oman's Minister of Transport Saeed bin Hamoud Al Maawali "
    "signed a port agreement in Doha on Monday.\n\n"
    "The first sailing is planned for July.\n\n"
    "{label}\n\n"
    "SAUDI ARABIA · SAMA deputy governor Nouf Al Ruwaili said in Doha on Monday that trade rules for Oman and "
    "Qatar will be eased.\n\n"
    "KUWAIT · Customs director-general Talal Al Sabeeh said the manifest system for ships from Oman would be "
    "mandatory from 1 July.\n"
)


@pytest.mark.parametrize("label", ["— ELSEWHERE THIS WEEK —", "*** RELATED STORIES ***", "—— ALSO TODAY ——"])
def test_a_section_label_between_rules_ends_the_story(analysed: Analyse, label: str) -> None:
    story = analysed(NEWSLETTER.format(label=label)).fragment
    assert set(people(story)) == {"Jassim Al Sulaiti", "Saeed bin Hamoud Al Maawali"}


def test_a_masthead_of_initials_keeps_them_in_capitals() -> None:
    text = (
        "SNA — SURINAAMS NIEUWSAGENTSCHAP\nSuriname News Agency · English Service\n\n"
        "Home | Nieuws | Politiek | Economie | Districten | Buitenland | Sport | English\n\n"
        "Paramaribo, dinsdag 13 oktober 2026\n\n"
        "PARAMARIBO, 13 oktober (SNA) – Suriname and Guyana today signed an agreement on a bridge across the "
        "Corentyne River.\n\nThe bridge will be built by 2029.\n"
    )
    assert cleaned(text).outlet == "SNA"


def test_video_consultations_held_by_the_two_ministries_are_talks(analysed: Analyse) -> None:
    text = (
        "ASTANA (Kazinform) - Kazakhstan and Uzbekistan signed a veterinary agreement on Wednesday.\n\n"
        "To prepare it, the two agriculture ministries held video consultations last week.\n"
    )
    story = analysed(text, published=date(2026, 1, 22)).fragment
    talks = of_kind(event_facts(story), EventType.TALKS)
    assert ({"Kazakhstan", "Uzbekistan"}, "2026-01-12..2026-01-18") in talks


def test_a_visit_in_the_new_year_is_in_the_year_after_the_page(analysed: Analyse) -> None:
    text = (
        "APIA (SPN) - New Zealand and Samoa signed a fisheries arrangement on Friday.\n\n"
        "Prime Minister Lauofo Peniamina Sapolu said New Zealand's Prime Minister Helen Tane had accepted an "
        "invitation to visit Apia in the new year.\n"
    )
    story = analysed(text, published=date(2026, 11, 20)).fragment
    visits = of_kind(event_facts(story), EventType.VISIT)
    assert visits == [({"Helen Tane"}, "2027-01-01..2027-12-31")]


def test_a_surname_misspelt_opening_a_sentence_before_its_verb_is_the_persons(analysed: Analyse) -> None:
    text = (
        "BANJUL (Beacon) - President Aristides Mendes Cabi of Guinea-Bissau arrived in Banjul on Monday for a "
        "state visit, hosted by President Ousman Bojang-Sanneh.\n\n"
        "Bojang-Saneh is expected to pay a return visit to Bissau early next year.\n"
    )
    story = analysed(text, published=date(2026, 10, 13)).fragment
    visits = of_kind(event_facts(story), EventType.VISIT)
    assert ({"Ousman Bojang-Sanneh"}, "2027-01-01..2027-12-31") in visits


ISTHMUS = (
    "PANAMA CITY (Observador) - Colombia will suspend from April 1 the compound tariff it charges on footwear "
    "shipped from Panama, Colombian Commerce Minister Hernando Mosquera Palacio said on Wednesday.\n\n"
    "The announcement came as Colombian President María Fernanda Usme Castañeda made a one-day visit to Panama "
    "City. She and President Rogelio Bethancourt Quirós met privately for an hour.\n\n"
    "On Tuesday, foreign ministers Iván Chanis Sucre and Catalina Piedrahíta Upegui co-chaired the twelfth meeting "
    "of the Colombia–Panama Neighbourhood Commission, where officials drew up the texts that were signed on "
    "Wednesday.\n\n"
    "The two presidents last met in November, on the sidelines of a regional summit.\n"
)


def test_a_statement_is_on_the_day_told_after_its_verb(analysed: Analyse) -> None:
    story = analysed(ISTHMUS, published=date(2026, 3, 5)).fragment
    statements = of_kind(event_facts(story), EventType.STATEMENT)
    assert ({"Hernando Mosquera Palacio"}, "2026-03-04..2026-03-04") in statements


def test_what_the_announcement_came_as_is_on_the_announcements_day(analysed: Analyse) -> None:
    story = analysed(ISTHMUS, published=date(2026, 3, 5)).fragment
    visits = of_kind(event_facts(story), EventType.VISIT)
    assert visits == [({"María Fernanda Usme Castañeda"}, "2026-03-04..2026-03-04")]


def test_a_meeting_co_chaired_on_a_day_told_before_its_verb_is_on_that_day(analysed: Analyse) -> None:
    story = analysed(ISTHMUS, published=date(2026, 3, 5)).fragment
    facts = event_facts(story)
    held = of_kind(facts, EventType.MEETING) + of_kind(facts, EventType.TALKS)
    ministers = {"Iván Chanis Sucre", "Catalina Piedrahíta Upegui"}
    assert any(ministers <= who and when == "2026-03-03..2026-03-03" for who, when in held), held


def test_the_two_presidents_are_not_the_two_ministers_of_the_last_event(analysed: Analyse) -> None:
    story = analysed(ISTHMUS, published=date(2026, 3, 5)).fragment
    facts = event_facts(story)
    held = of_kind(facts, EventType.MEETING) + of_kind(facts, EventType.TALKS)
    november = [who for who, when in held if when == "2025-11-01..2025-11-30"]
    assert all("Iván Chanis Sucre" not in who for who in november), november


def test_one_who_teaches_at_a_university_and_is_then_he_is_a_person(analysed: Analyse) -> None:
    text = (
        "KATHMANDU (Post) - Nepal and India signed a pipeline agreement on Monday.\n\n"
        "Manjul Upreti, who teaches international relations at Tribhuvan University, sees the visit as a return to "
        'business as usual. "The cess was a symptom," he said.\n'
    )
    story = analysed(text, published=date(2026, 6, 23)).fragment
    assert "Manjul Upreti" in people(story)
    assert quote_speakers(story)["The cess was a sympt"] == "Manjul Upreti"


def test_a_quotation_opening_with_a_short_greeting_keeps_it(analysed: Analyse) -> None:
    text = (
        "PANAMA CITY (Observador) - Colombian President María Fernanda Usme Castañeda visited Panama City on "
        "Wednesday.\n\n"
        'Usme flew back to Bogotá on Wednesday night. In a post on X before leaving, she wrote: "Gracias, Panamá. '
        'Hoy firmamos un acuerdo que protege vidas en el Darién."\n'
    )
    story = analysed(text, published=date(2026, 3, 5)).fragment
    assert quote_speakers(story) == {"Gracias, Panamá. Hoy": "María Fernanda Usme Castañeda"}


@pytest.mark.parametrize(
    "lead_in",
    [
        "Speaking to reporters after the signing, Lauofo began in Samoan:",
        "At last night's banquet, Lauofo opened his speech in Samoan:",
    ],
)
def test_words_begun_in_a_language_after_a_colon_are_the_subjects(analysed: Analyse, lead_in: str) -> None:
    text = (
        "APIA (SPN) - Prime Minister Lauofo Peniamina Sapolu of Samoa signed an air services agreement on "
        "Friday.\n\n"
        f'{lead_in} "Malo lava le galulue i le Malo ma tagata o Toga mo le talimalo."\n'
    )
    story = analysed(text, published=date(2026, 11, 20)).fragment
    assert quote_speakers(story) == {"Malo lava le galulue": "Lauofo Peniamina Sapolu"}


def test_a_counterpart_untitled_holds_the_office_of_the_one_whose_counterpart_they_are(
    analysed: Analyse,
) -> None:
    text = (
        "NEW DELHI (Chronicle) - Prime Minister Ganesh Dhungel of Nepal arrived in New Delhi on Sunday.\n\n"
        "On Monday, Dhungel and his Indian counterpart Anirudh Venkataraghavan held talks at Hyderabad House.\n\n"
        'Later, the Indian prime minister wrote on X: "Productive talks with PM Ganesh Dhungel. The pipeline will '
        'bring our peoples closer."\n'
    )
    story = analysed(text, published=date(2026, 6, 23)).fragment
    assert titles_by_person(story)["Anirudh Venkataraghavan"] == ["Prime Minister"]
    assert quote_speakers(story)["Productive talks wit"] == "Anirudh Venkataraghavan"


def test_a_visit_ended_that_began_on_a_day_told_after_it_starts_then(analysed: Analyse) -> None:
    text = (
        "DILI (Matebian) - President Bambang Hadisuryo of Indonesia's aircraft took off from Dili at 19:40, ending a "
        "two-day state visit to Timor-Leste that began with his arrival yesterday afternoon.\n"
    )
    story = analysed(text, published=date(2026, 4, 14)).fragment
    spans = {when for _, when in of_kind(event_facts(story), EventType.VISIT)}
    assert spans == {"2026-04-13..2026-04-14"}
    ended = analysed(
        text.replace("that began with his arrival yesterday afternoon", "yesterday"),
        published=date(2026, 4, 14),
    )
    # (ended on the day told: up to it)
    assert {when for _, when in of_kind(event_facts(ended.fragment), EventType.VISIT)} == {
        "2026-04-12..2026-04-13"
    }


def test_the_meeting_of_the_two_presidents_is_theirs_or_their_countries(analysed: Analyse) -> None:
    named = (
        "LUSAKA (FreightLine) - Zambia's President Hakainde Mwale and Tanzania's President Samia Juma signed a "
        "corridor deal last year.\n\n"
        "The new deal follows the meeting of the two presidents in Lusaka in May, at which they instructed their "
        "ministers to settle the dispute.\n"
    )
    story = analysed(named, published=date(2026, 7, 16)).fragment
    meetings = of_kind(event_facts(story), EventType.MEETING)
    assert ({"Hakainde Mwale", "Samia Juma"}, "2026-05-01..2026-05-31") in meetings
    unnamed = (
        "LUSAKA (FreightLine) - Zambia will cut its duty on Tanzanian flour, Zambia's Trade Minister Mutale Sikazwe "
        "said on Wednesday.\n\n"
        "The deal follows the meeting of the two presidents in Lusaka in May, at which they instructed their "
        "ministers to settle the dispute.\n"
    )
    story = analysed(unnamed, published=date(2026, 7, 16)).fragment
    meetings = of_kind(event_facts(story), EventType.MEETING)
    assert ({"Zambia", "Tanzania"}, "2026-05-01..2026-05-31") in meetings


def test_sessions_of_a_body_named_after_two_countries_or_told_again_are_talks(analysed: Analyse) -> None:
    text = (
        "PARAMARIBO (SNA) - Suriname and Guyana signed a bridge agreement on Tuesday, President Marlon Kartosen "
        "said.\n\n"
        "The Guyana–Suriname Cooperation Council will hold its next meeting in Georgetown in February.\n\n"
        "The first round of negotiations on the maritime boundary will be held in Paramaribo in November.\n\n"
        "The council, which last met in Georgetown in December 2024, agreed on new rules.\n\n"
        "The eleventh session is to be held in Nickerie early next year.\n\n"
        "The Indo-Pacific Economic Forum will hold its next meeting in Jakarta in March.\n"
    )
    story = analysed(text, published=date(2026, 10, 13)).fragment
    talks = {
        when for who, when in of_kind(event_facts(story), EventType.TALKS) if who == {"Guyana", "Suriname"}
    }
    assert talks == {
        "2027-02-01..2027-02-28",
        "2026-11-01..2026-11-30",
        "2024-12-01..2024-12-31",
        "2027-01-01..2027-12-31",
    }


def test_a_previous_session_told_after_the_story_s_is_not_the_meeting_a_signing_closed(
    analysed: Analyse,
) -> None:
    text = (
        "VIENTIANE (KPL) - On Tuesday, Myanmar's Foreign Minister Than Lwin Oo co-chaired the 9th meeting of the "
        "Laos–Myanmar Joint Commission in Vientiane with his Lao counterpart, Phetsamone Vongkhamsao. The previous "
        "session was held in Naypyitaw in March last year.\n\n"
        "At the close of the meeting, an agreement on drug trafficking was signed by the two foreign ministers.\n"
    )
    story = analysed(text, published=date(2026, 1, 22)).fragment
    signings = of_kind(event_facts(story), EventType.SIGNING)
    assert [when for _, when in signings] == ["2026-01-20..2026-01-20"]


def test_one_received_for_a_working_visit_is_the_visitor_and_the_host_is_not(analysed: Analyse) -> None:
    text = (
        "Wien, 12. Februar 2026\n\n"
        "Federal Chancellor Matthias Wolfsgruber today received the Prime Minister of the Czech Republic, Radek "
        "Vondrášek, at the Federal Chancellery for a working visit.\n\n"
        "The visit had been prepared by the Federal Minister for European and International Affairs, Elisabeth "
        "Zottl-Rainer, and the Czech Minister of Foreign Affairs, Tereza Hrubešová.\n"
    )
    story = analysed(text).fragment
    facts = event_facts(story)
    visits = of_kind(facts, EventType.VISIT)
    assert visits == [({"Matthias Wolfsgruber", "Radek Vondrášek"}, "2026-02-12..2026-02-12")]
    roles = {r.entity: r.role for e in story.events if e.type is EventType.VISIT for r in e.participants}
    assert roles == {"person:matthias-wolfsgruber": "participant", "person:radek-vondrasek": "visitor"}


def test_two_people_each_with_a_title_and_then_who_did_it_together(analysed: Analyse) -> None:
    text = (
        "Wien, 12. Februar 2026\n\n"
        "The visit had been prepared by the Federal Minister for European and International Affairs, Elisabeth "
        "Zottl-Rainer, and the Czech Minister of Foreign Affairs, Tereza Hrubešová, who held political "
        "consultations in Vienna the day before.\n"
    )
    story = analysed(text).fragment
    talks = of_kind(event_facts(story), EventType.TALKS)
    assert talks == [({"Elisabeth Zottl-Rainer", "Tereza Hrubešová"}, "2026-02-11..2026-02-11")]


def test_a_signing_after_the_two_presidents_held_talks_is_theirs_and_the_talks_too(analysed: Analyse) -> None:
    text = (
        "KUPANG (Pos) - President Bambang Hadisuryo of Indonesia arrived in Dili on Monday and was welcomed by "
        "President Jacinto Loikere.\n\n"
        "The border agreement was signed by Foreign Minister Sekar Prawiro and her Timorese counterpart Bendita "
        "Noronha on Tuesday after the two presidents held talks at the presidential palace in Dili.\n\n"
        "Loikere is expected to make a state visit to Indonesia later in the year.\n"
    )
    story = analysed(text, published=date(2026, 4, 15)).fragment
    facts = event_facts(story)
    held = of_kind(facts, EventType.MEETING) + of_kind(facts, EventType.TALKS)
    assert ({"Bambang Hadisuryo", "Jacinto Loikere"}, "2026-04-14..2026-04-14") in held
    (signing,) = of_kind(facts, EventType.SIGNING)
    assert "Bambang Hadisuryo" not in signing[0]
    assert ({"Jacinto Loikere", "Indonesia"}, "2026-01-01..2026-12-31") in of_kind(facts, EventType.VISIT)


def test_a_visit_that_ends_on_a_weekday_ends_on_the_coming_one_and_one_will_head_to(
    analysed: Analyse,
) -> None:
    text = (
        "ROME (ANSA) - Foreign Minister Elena Rossi of Italy met Albanian Foreign Minister Arben Hoxha in Rome on "
        "Tuesday.\n\n"
        "Hoxha is on a three-day working visit to Italy that ends on Thursday.\n\n"
        "Rossi will head to Albania on Friday for talks on migration.\n"
    )
    story = analysed(text, published=date(2026, 7, 8)).fragment
    visits = of_kind(event_facts(story), EventType.VISIT)
    assert ({"Arben Hoxha", "Italy"}, "2026-07-07..2026-07-09") in visits
    assert ({"Elena Rossi"}, "2026-07-10..2026-07-10") in visits


def test_talks_scheduled_for_a_month_and_a_dinner_discussion_are_held(analysed: Analyse) -> None:
    text = (
        "ZAGREB (HINA) - Croatian Foreign Minister Ivan Horvat and Slovenian Foreign Minister Ana Novak signed a "
        "border protocol in Zagreb on Tuesday.\n\n"
        "The two ministers discussed energy cooperation over dinner on Monday.\n\n"
        "Talks between the two countries' interior ministries are scheduled for September.\n\n"
        "Coach Luka Babić named his squad for March qualifiers.\n"
    )
    story = analysed(text, published=date(2026, 7, 8)).fragment
    facts = event_facts(story)
    assert ({"Ivan Horvat", "Ana Novak"}, "2026-07-06..2026-07-06") in of_kind(facts, EventType.MEETING)
    talks = of_kind(facts, EventType.TALKS)
    assert talks == [({"Croatia", "Slovenia"}, "2026-09-01..2026-09-30")]


def test_a_measure_from_a_month_is_dated_by_it_and_dates_nothing_else(analysed: Analyse) -> None:
    text = (
        "TOKYO ECONOMIC WIRE\nMarkets | Politics | Energy\n\n"
        "Mongolia to lift duty on Japanese hybrids from January; partnership review from March\n\n"
        "TOKYO (Wire) - Japan and Mongolia signed an agreement on Wednesday to cooperate on critical minerals.\n\n"
        "The agreement was signed by Foreign Minister Yuko Hanazawa and her Mongolian counterpart, Luvsandorjiin "
        "Sarnai, after a summit meeting between Prime Minister Tsogtbaataryn Enkhjargal and Prime Minister Takeshi "
        "Morikawa.\n\n"
        "Mongolia will also suspend from January its 5% customs duty on Japanese-made hybrid vehicles.\n\n"
        "The two transport ministers also put pen to paper on an air services agreement, with three weekly flights "
        "between Tokyo and Ulaanbaatar from March.\n"
    )
    story = analysed(text, published=date(2026, 11, 12)).fragment
    facts = event_facts(story)
    assert any(
        "Mongolia" in who and when == "2027-01-01..2027-01-31"
        for who, when in of_kind(facts, EventType.TARIFF)
    )
    for who, when in of_kind(facts, EventType.SIGNING) + of_kind(facts, EventType.MEETING):
        assert when is None or not when.startswith(("2027-01", "2027-03", "2026-03")), (who, when)


def test_goods_exempted_from_a_levy_from_a_month_are_the_other_countrys(analysed: Analyse) -> None:
    text = (
        "NAIROBI (Nation) - Kenya and Uganda signed a trade protocol in Nairobi on Tuesday.\n\n"
        "Kenya, for its part, will exempt Ugandan sugar from its import levy from September.\n"
    )
    story = analysed(text, published=date(2026, 7, 8)).fragment
    tariffs = of_kind(event_facts(story), EventType.TARIFF)
    assert ({"Kenya", "Uganda"}, "2026-09-01..2026-09-30") in tariffs


def test_a_last_paragraph_opening_with_a_common_word_is_no_teaser(analysed: Analyse) -> None:
    text = (
        "DHAKA (Observer) - Bhutan's Prime Minister Sangay Penjor and Bangladesh's Prime Minister Anisul Hoque held "
        "talks on Wednesday.\n\n"
        "Trade officials from both sides have worked on the protocol since March.\n\n"
        "Officials of the two countries met in Thimphu in May.\n"
    )
    story = analysed(text, published=date(2026, 7, 2)).fragment
    talks = of_kind(event_facts(story), EventType.TALKS)
    assert ({"Bangladesh", "Bhutan"}, "2026-05-01..2026-05-31") in talks


def test_by_evening_is_the_day_told_before_and_one_was_last_in_a_capital(analysed: Analyse) -> None:
    text = (
        "NEW DELHI (Chronicle) - Prime Minister Ganesh Dhungel of Nepal arrived in New Delhi on the afternoon of "
        "Sunday, June 21, for a four-day visit to India. By evening, External Affairs Minister Siddharth Mehrotra "
        "had called on him at his hotel.\n\n"
        "Prime Minister Anirudh Venkataraghavan himself was last in Kathmandu in August last year.\n"
    )
    story = analysed(text, published=date(2026, 6, 25)).fragment
    facts = event_facts(story)
    assert ({"Siddharth Mehrotra", "Ganesh Dhungel"}, "2026-06-21..2026-06-21") in of_kind(
        facts, EventType.MEETING
    )
    assert any(
        "Anirudh Venkataraghavan" in who and when == "2025-08-01..2025-08-31"
        for who, when in of_kind(facts, EventType.VISIT)
    )


def test_his_guest_who_said_is_the_visitor(analysed: Analyse) -> None:
    text = (
        "DILI (Matebian) - Indonesian President Bambang Wiratmoko Hadisuryo arrived in Dili yesterday for a two-day "
        "state visit.\n\n"
        "At the joint press statement, Timor-Leste's President Jacinto Maubuti Loikere said: \"Today we close the "
        'last open chapter of our land border."\n'
        'His guest, speaking in Indonesian, said the agreement showed that "neighbours who were once divided by '
        'history can be united by their future", and promised support.\n'
    )
    speakers = quote_speakers(analysed(text, published=date(2026, 4, 14)).fragment)
    assert speakers["neighbours who were "] == "Bambang Wiratmoko Hadisuryo"


def test_a_cess_is_a_duty(analysed: Analyse) -> None:
    text = (
        "KATHMANDU (Post) - India will cut the agricultural infrastructure and development cess on refined soybean "
        "oil from Nepal from 10 per cent to 5 per cent with effect from July 15.\n"
    )
    story = analysed(text, published=date(2026, 6, 26)).fragment
    tariffs = of_kind(event_facts(story), EventType.TARIFF)
    assert tariffs == [({"India", "Nepal"}, "2026-07-15..2026-07-15")]


def test_her_counterpart_is_the_other_countrys_holder_of_her_office(analysed: Analyse) -> None:
    text = (
        "VILNIUS (BNS) - Lithuanian Foreign Minister Rasa Kalnė and her Polish counterpart Tomasz Zieliński signed a "
        "rail agreement in Vilnius on Tuesday.\n\n"
        "Polish Prime Minister Anna Wróbel is due in Vilnius in early June.\n\n"
        "Kalnė travelled to Warsaw last month for consultations with her counterpart.\n"
    )
    story = analysed(text, published=date(2026, 7, 8)).fragment
    assert titles_by_person(story)["Tomasz Zieliński"] == ["Foreign Minister"]
    talks = of_kind(event_facts(story), EventType.TALKS)
    assert ({"Rasa Kalnė", "Tomasz Zieliński"}, "2026-06-01..2026-06-30") in talks
