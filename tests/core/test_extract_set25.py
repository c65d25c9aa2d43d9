"""Rules read from set 25 (twelfth session, while set 26 was written to take its place as held out); articles of
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

AGENCY = (
    "ULAANBAATAR POST\nМонгол | English\n\nHOME   POLITICS   ECONOMY\n\n"
    "Пүрэв, 2026 оны 3 сарын 12 · 09:40\n\n"
    "POLITICS\n\n"
    "Mongolia and Korea open air services talks\n\n"
    "Ulaanbaatar /UBP/. Minister of Road and Transport Development of Mongolia D.Ganbold received the Ambassador of "
    "the Republic of Korea to Mongolia Park Jin-woo on Wednesday.\n\n"
    "The sides discussed the next round of air services talks, to be held in Seoul in May.\n\n"
    "RELATED NEWS\n• Wrestler wins gold at Asian Championships\n"
)


@pytest.mark.parametrize(
    ("stated", "day"),
    [
        ("Пүрэв, 2026 оны 3 сарын 12 · 09:40", date(2026, 3, 12)),  # Mongolian, month without "-р"
        ("2026 оны 3-р сарын 12", date(2026, 3, 12)),
        ("5.X.2026", date(2026, 10, 5)),  # a Roman month
        ("Warszawa, 17. IV. 2026", date(2026, 4, 17)),
        (
            "Lachiwiri, 11 Ogasiti 2026",
            date(2026, 8, 11),
        ),  # Chichewa (CLDR through tools/months_from_cldr.py)
        ("Lwesiggandu, 4 Okitobba 2026", date(2026, 10, 4)),  # Luganda
        ("Lwesibili 9 Julayi 2026 | 10:15", date(2026, 7, 9)),  # Chichewa
    ],
)
def test_a_page_dated_in_another_form_or_language_is_dated(stated: str, day: date) -> None:
    clean = cleaned(AGENCY.replace("Пүрэв, 2026 оны 3 сарын 12 · 09:40", stated))
    assert clean.published is not None
    assert clean.published.start == day


FEATURE = (
    "ANDES REVIEW\nFeature · Diplomacy\n\n"
    "Text: Our correspondent · 6.X.2026\n\n"
    "Rodrigo Echenique Larraín is not a man given to speeches, but on his first morning in La Paz the Chilean "
    "president walked alone to the cathedral.\n\n"
    "Echenique arrived in La Paz on Monday for a three-day state visit, the first by a Chilean president in "
    "a decade.\n\n"
    'At the press conference, Echenique chose his words with care. "We came to build, not to argue," he said.\n'
)


def test_a_feature_that_opens_with_a_given_name_and_two_surnames_names_a_person(analysed: Analyse) -> None:
    story = analysed(FEATURE, published=date(2026, 10, 6)).fragment
    assert "Rodrigo Echenique Larraín" in people(story)
    assert "Rodrigo Echenique Larraín" in quote_speakers(story).values()
    visits = of_kind(event_facts(story), EventType.VISIT)
    assert visits == [({"Rodrigo Echenique Larraín"}, "2026-10-05..2026-10-07")]


MONGOLIAN = (
    "Ulaanbaatar /UBP/. Minister of Transport of Mongolia D.Ganbold and Minister of Transport of Korea Lee Soo-hyun "
    "co-chaired the fourth meeting of the Mongolia–Korea Transport Committee at the Government Palace on Wednesday, "
    "March 11.\n\n"
    'Minister D.Ganbold noted, "The new routes will bring our peoples closer." Minister Lee said that Korea was '
    '"ready to build".\n\n'
    "Prime Minister of Mongolia Ch.Oyunbileg received the Korean Minister on the same day.\n"
)


def test_a_mongolian_name_with_its_initial_joined_is_a_person(analysed: Analyse) -> None:
    story = analysed(MONGOLIAN, published=date(2026, 3, 12)).fragment
    assert titles_by_person(story) == {
        "D.Ganbold": ["Minister of Transport of Mongolia", "Minister"],
        "Lee Soo-hyun": ["Minister of Transport of Korea", "Minister"],
        "Ch.Oyunbileg": ["Prime Minister of Mongolia"],
    }
    assert quote_speakers(story)["The new routes will "] == "D.Ganbold"
    meetings = of_kind(event_facts(story), EventType.MEETING)
    assert ({"D.Ganbold", "Lee Soo-hyun"}, "2026-03-11..2026-03-11") in meetings


def test_an_ambassador_extraordinary_and_plenipotentiary_of_one_country_to_another_is_titled(
    analysed: Analyse,
) -> None:
    text = (
        "A memorandum on critical minerals was signed by Minister of Mining D.Ganbold and Ambassador Extraordinary "
        "and Plenipotentiary of Japan to Mongolia Masako Tsujimoto on Tuesday.\n\n"
        "Later the minister received the Ambassador of Peru to Mongolia Rosa Quispe Mamani.\n"
    )
    story = analysed(text, published=date(2026, 3, 12)).fragment
    titles = titles_by_person(story)
    assert titles["Masako Tsujimoto"] == ["Ambassador Extraordinary and Plenipotentiary of Japan to Mongolia"]
    assert titles["Rosa Quispe Mamani"] == ["Ambassador of Peru to Mongolia"]
    assert "Extraordinary" not in titles


def test_the_day_told_right_after_signed_is_the_signings(analysed: Analyse) -> None:
    text = (
        "Dhaka, Thursday 2 July 2026\n\n"
        "Nepal will let 12 more products from Bangladesh in without customs duty from August 1 under a revised trade "
        "agreement signed in Kathmandu yesterday by Commerce Minister Rabindra Adhikari Thapa and Bangladesh's "
        "Commerce Minister Shamsul Karim Bhuiyan.\n\n"
        "During his visit to Nepal, which began on Monday, Bhuiyan signed a power trade MoU on Tuesday with Energy "
        "Minister Deepak Khadka Rana.\n\n"
        "The two countries also signed a transit protocol that takes effect on 1 September.\n"
    )
    story = analysed(text, published=date(2026, 7, 2)).fragment
    signings = of_kind(event_facts(story), EventType.SIGNING)
    ministers = {"Rabindra Adhikari Thapa", "Shamsul Karim Bhuiyan", "Nepal", "Bangladesh"}
    assert (ministers, "2026-07-01..2026-07-01") in signings
    assert (
        {"Shamsul Karim Bhuiyan", "Deepak Khadka Rana", "Nepal", "Bangladesh"},
        "2026-06-30..2026-06-30",
    ) in signings
    # (a day in a clause about the agreement is not its signing's)
    assert not any(when and when.endswith("-09-01") for _, when in signings), signings


# Thirteenth session: more rules read from set 25's misses, on articles of our own.

PREMIER = (
    "Ulaanbaatar, April 15 (MTNA) - Prime Minister of Mongolia Gombo Sukhbat received Foreign Minister of Japan "
    "Kentaro Hishinuma on Wednesday.\n\n"
    "The Premier recalled his telephone conversation with the Prime Minister of Japan in January and confirmed that "
    "he will pay an official visit to Tokyo in October.\n\n"
    "Sukhbat also said he held a telephone conversation with the Japanese Prime Minister in March.\n\n"
    "Foreign Minister Hishinuma had a phone call with the Japanese delegation on Tuesday.\n"
)


def test_a_call_with_another_countrys_unnamed_office_holder_is_talks_with_that_country(
    analysed: Analyse,
) -> None:
    story = analysed(PREMIER, published=date(2026, 4, 15)).fragment
    talks = of_kind(event_facts(story), EventType.TALKS)
    assert ({"Gombo Sukhbat", "Japan"}, "2026-01-01..2026-01-31") in talks
    assert ({"Gombo Sukhbat", "Japan"}, "2026-03-01..2026-03-31") in talks
    # (a delegation is no office: the call is with the group, not with Japan)
    assert not any("Kentaro Hishinuma" in who and "Japan" in who for who, _ in talks), talks


def test_a_visit_to_come_told_after_a_day_of_something_else_is_on_its_own_day(analysed: Analyse) -> None:
    story = analysed(PREMIER, published=date(2026, 4, 15)).fragment
    visits = of_kind(event_facts(story), EventType.VISIT)
    assert visits == [({"Gombo Sukhbat"}, "2026-10-01..2026-10-31")]


def test_an_invitation_to_visit_in_a_month_is_to_come(analysed: Analyse) -> None:
    text = (
        "Lima, September 30 (Andina) - Chile's President Joaquín Cruchaga Bulnes ended his state visit to Peru on "
        "Wednesday.\n\n"
        "Peruvian President Alfonso Villacorta Chumpitaz has accepted an invitation to visit Santiago in December, "
        "the foreign ministry said.\n"
    )
    story = analysed(text, published=date(2026, 9, 30)).fragment
    visits = of_kind(event_facts(story), EventType.VISIT)
    assert ({"Alfonso Villacorta Chumpitaz"}, "2026-12-01..2026-12-31") in visits


def test_the_president_who_last_met_his_counterpart_met_that_country(analysed: Analyse) -> None:
    text = (
        "BISHKEK (Caravan Wire) - Tajik Prime Minister Qahhor Davlatshozoda was received by President Ulanbek "
        "Zhoomartov on Wednesday.\n\n"
        "The president, who last met his Tajik counterpart in Dushanbe in October, wrote on Facebook later that "
        "night.\n\n"
        "Davlatshozoda last met his Kyrgyz counterpart, Asylbek Dzhumakadyrov, in January.\n"
    )
    story = analysed(text, published=date(2026, 2, 26)).fragment
    meetings = of_kind(event_facts(story), EventType.MEETING)
    assert ({"Ulanbek Zhoomartov", "Tajikistan"}, "2025-10-01..2025-10-31") in meetings
    # (a counterpart named is the meeting's person, not the country)
    assert not any("Kyrgyzstan" in who for who, _ in meetings), meetings


COUNCIL = (
    "BELGRADE, June 16 (Tanjug) - Serbian Prime Minister Milica Đurković and Hungarian Prime Minister Gergely "
    "Szentiványi co-chaired the fifth session of the High-Level Strategic Cooperation Council on Tuesday.\n\n"
    "The council last met in Budapest in December, and President Nebojša Stanimirović paid an official visit to "
    "Budapest in March.\n\n"
    "The two prime ministers announced that the next session of the council will be held in Szeged in November.\n"
)


def test_a_joint_council_told_again_by_its_noun_met_and_will_meet(analysed: Analyse) -> None:
    story = analysed(COUNCIL, published=date(2026, 6, 16)).fragment
    talks = of_kind(event_facts(story), EventType.TALKS)
    assert ({"Serbia", "Hungary"}, "2025-12-01..2025-12-31") in talks
    assert ({"Serbia", "Hungary"}, "2026-11-01..2026-11-30") in talks


def test_a_second_subject_with_a_verb_of_its_own_has_its_own_day(analysed: Analyse) -> None:
    story = analysed(COUNCIL, published=date(2026, 6, 16)).fragment
    visits = of_kind(event_facts(story), EventType.VISIT)
    assert visits == [({"Nebojša Stanimirović"}, "2026-03-01..2026-03-31")]


def test_two_subjects_one_told_with_an_apposition_are_one_clause(analysed: Analyse) -> None:
    text = (
        "SANTIAGO (Monsoon Herald) - Indonesia and Chile signed a defence agreement on Saturday.\n\n"
        "Valeria Rojas, Chile's president, and Indonesian President Dimas Hartono held talks in December last "
        "year.\n"
    )
    story = analysed(text, published=date(2023, 2, 1)).fragment
    talks = of_kind(event_facts(story), EventType.TALKS) + of_kind(event_facts(story), EventType.MEETING)
    assert ({"Valeria Rojas", "Dimas Hartono"}, "2022-12-01..2022-12-31") in talks


def test_a_subject_told_by_title_alone_held_talks_of_their_own(analysed: Analyse) -> None:
    text = (
        "THIMPHU (Druk Dispatch) - Lyonchhen Sangay Penjor returned home on Thursday from a three-day official "
        "visit to Bangladesh.\n\n"
        "The protocol amending the trade agreement was signed by Foreign Minister Kezang Nidup and Bangladesh's "
        "Commerce Minister Shamsunnahar Mollik, after Lyonchhen held talks with Prime Minister Anisul Hoque Dhaly "
        "at his office in Dhaka on Wednesday.\n"
    )
    story = analysed(text, published=date(2026, 7, 2)).fragment
    facts = event_facts(story)
    talks = of_kind(facts, EventType.TALKS) + of_kind(facts, EventType.MEETING)
    assert ({"Sangay Penjor", "Anisul Hoque Dhaly"}, "2026-07-01..2026-07-01") in talks
    (signing,) = of_kind(facts, EventType.SIGNING)
    assert "Anisul Hoque Dhaly" not in signing[0]  # (he held talks; he did not sign)


def test_a_dialogue_held_by_its_name_is_talks_and_the_two_ministers_are_its_two(analysed: Analyse) -> None:
    text = (
        "DARWIN (The Arafura Brief) - Prime Minister Agapito Mau-Kalo and Prime Minister Callum Ridgeway signed a "
        "framework agreement on Tuesday.\n\n"
        "Foreign Minister Meredith Hargrave-Lunn and her Timorese counterpart, Lourenço Saldanha Taolin, held the "
        "fourth Australia–Timor-Leste Ministerial Dialogue on Monday. After the Dialogue, a new labour mobility "
        "arrangement was signed by the two ministers.\n"
    )
    story = analysed(text, published=date(2026, 9, 10)).fragment
    facts = event_facts(story)
    ministers = {"Meredith Hargrave-Lunn", "Lourenço Saldanha Taolin"}
    assert (ministers, "2026-09-07..2026-09-07") in of_kind(facts, EventType.TALKS)
    assert any(
        ministers <= who and "Callum Ridgeway" not in who and when == "2026-09-07..2026-09-07"
        for who, when in of_kind(facts, EventType.SIGNING)
    )


def test_summits_of_a_series_held_and_to_be_held_are_the_two_countries_talks(analysed: Analyse) -> None:
    text = (
        "PRAIA (Inforpress) - Cabo Verde and Portugal held the 7th Cabo Verde–Portugal Summit in Praia "
        "yesterday.\n\n"
        "The Prime Minister recalled that the 6th Summit had been held in Lisbon in June 2024.\n\n"
        "The two sides agreed that the 8th Summit will be held in Portugal in June next year.\n\n"
        "Earlier, the 47th ASEAN Summit was held in Kuala Lumpur in October.\n"
    )
    story = analysed(text, published=date(2026, 5, 27)).fragment
    talks = of_kind(event_facts(story), EventType.TALKS)
    assert ({"Cape Verde", "Portugal"}, "2024-06-01..2024-06-30") in talks
    assert ({"Cape Verde", "Portugal"}, "2027-06-01..2027-06-30") in talks
    # (a summit of others is none of theirs)
    assert not any(when and when.startswith("2025-10") for _, when in talks), talks


def test_leaders_who_put_pen_to_paper_signed(analysed: Analyse) -> None:
    text = (
        "BRIDGETOWN (CBC) - Prime Minister Avril Holder-Springer of Barbados and President Vishnu Doobay of Guyana "
        "held talks at Ilaro Court on Thursday afternoon. The two leaders themselves put pen to paper on a "
        "memorandum of understanding on the supply of natural gas.\n"
    )
    story = analysed(text, published=date(2026, 10, 23)).fragment
    signings = of_kind(event_facts(story), EventType.SIGNING)
    assert any(
        {"Avril Holder-Springer", "Vishnu Doobay"} <= who and when == "2026-10-22..2026-10-22"
        for who, when in signings
    ), signings


def test_a_visit_runs_from_the_landing_to_the_night_the_visitor_went_home(analysed: Analyse) -> None:
    text = (
        "DARWIN (The Arafura Brief) - Timor-Leste's Prime Minister Agapito Mau-Kalo signed a framework agreement "
        "with Australia on Tuesday.\n\n"
        "Mau-Kalo landed in Darwin on Sunday, flew to Canberra on Monday and went home last night.\n"
    )
    story = analysed(text, published=date(2026, 9, 10)).fragment
    visits = of_kind(event_facts(story), EventType.VISIT)
    assert visits == [({"Agapito Mau-Kalo"}, "2026-09-06..2026-09-09")]


def test_the_other_countrys_person_after_a_titled_one_holds_the_same_office(analysed: Analyse) -> None:
    text = (
        "LIMA (Andina) - Peru's Foreign Minister Martín Arizábal Quicaño and Chile's Francisca Undurraga Moya met on "
        "the sidelines of the UN General Assembly on 23 September.\n\n"
        "Peru's Foreign Minister Martín Arizábal Quicaño and Chile's Pacific coast were both mentioned.\n"
    )
    story = analysed(text, published=date(2026, 10, 5)).fragment
    assert titles_by_person(story) == {
        "Martín Arizábal Quicaño": ["Foreign Minister"],
        "Francisca Undurraga Moya": ["Foreign Minister"],
    }
    meetings = of_kind(event_facts(story), EventType.MEETING)
    assert ({"Martín Arizábal Quicaño", "Francisca Undurraga Moya"}, "2026-09-23..2026-09-23") in meetings


def test_one_back_after_days_in_a_country_visited_it_those_days(analysed: Analyse) -> None:
    text = (
        "N'DJAMENA (Express) - Chad's Finance Minister Youssouf Hassane Kelou returned to N'Djamena on Tuesday after "
        "six days in Cameroon, bringing a deal.\n"
    )
    story = analysed(text, published=date(2026, 11, 18)).fragment
    visits = of_kind(event_facts(story), EventType.VISIT)
    assert visits == [({"Youssouf Hassane Kelou", "Cameroon"}, "2026-11-12..2026-11-17")]


def test_a_session_that_opened_days_before_and_a_signing_at_its_end(analysed: Analyse) -> None:
    text = (
        "LILONGWE (NBS) - Malawi will cut the surtax on cement imported from Zambia from 25 percent to 10 percent, "
        "Minister of Trade Tamanda Chakhaza said.\n\n"
        "Chakhaza made the announcement today at the close of the 15th session of the Malawi–Zambia Joint Permanent "
        "Commission of Cooperation, which opened on Monday in Lilongwe.\n\n"
        '"We listened to the builders," Chakhaza told NBS.\n\n'
        "The commission was co-chaired by Minister of Foreign Affairs Chimwemwe Kalua and Zambia's Minister of "
        "Foreign Affairs, Mwansa Kapumba.\n\n"
        "At the end of the session, the two ministers signed an agreement on a one stop border post at Mchinji.\n"
    )
    story = analysed(text, published=date(2026, 8, 11)).fragment
    facts = event_facts(story)
    assert ({"Malawi", "Zambia"}, "2026-08-10..2026-08-11") in of_kind(facts, EventType.TALKS)
    signings = of_kind(facts, EventType.SIGNING)
    assert ({"Chimwemwe Kalua", "Mwansa Kapumba", "Malawi", "Zambia"}, "2026-08-11..2026-08-11") in signings


def test_a_datelines_day_dates_no_session_told_with_its_own_day(analysed: Analyse) -> None:
    text = (
        "Nouakchott, 12 nov. (ASI) – Mauritania will suspend from 1 December the increase in customs duties on fruit "
        "imported from Morocco, the Minister of Trade, Mr. El Moctar Ould Bowba, announced on Wednesday at the "
        "close of the ninth session of the Mauritanian–Moroccan Joint Commission.\n"
    )
    story = analysed(text, published=date(2026, 11, 12)).fragment
    talks = of_kind(event_facts(story), EventType.TALKS)
    assert talks == [({"Mauritania", "Morocco"}, "2026-11-11..2026-11-11")]


def test_a_day_told_at_the_end_of_a_visit_of_some_days_is_its_last(analysed: Analyse) -> None:
    text = (
        "BISHKEK, Feb 26 (Caravan Wire) – Kyrgyzstan and Tajikistan agreed how to share the water of the Isfara "
        "river, the two governments said on Thursday, at the end of a two-day visit to Bishkek by Tajik Prime "
        "Minister Qahhor Davlatshozoda.\n"
    )
    story = analysed(text, published=date(2026, 2, 26)).fragment
    visits = of_kind(event_facts(story), EventType.VISIT)
    assert [when for _, when in visits] == ["2026-02-25..2026-02-26"]


def test_secretaries_of_the_two_countries_who_met_the_same_day_held_talks_that_day(analysed: Analyse) -> None:
    text = (
        "DHAKA (Observer) - Bhutan's Prime Minister Sangay Penjor and Bangladesh's Prime Minister Anisul Hoque held "
        "talks on Wednesday.\n\n"
        "Penjor arrived in Dhaka on Tuesday on a three-day official visit. The commerce secretaries of the two "
        "countries met the same day to finalise the text of the protocol.\n"
    )
    story = analysed(text, published=date(2026, 7, 2)).fragment
    talks = of_kind(event_facts(story), EventType.TALKS)
    assert ({"Bangladesh", "Bhutan"}, "2026-06-30..2026-06-30") in talks


def test_one_told_by_a_one_word_title_alone_speaks(analysed: Analyse) -> None:
    text = (
        "THIMPHU (Druk Dispatch) - Lyonchhen Sangay Penjor returned home on Thursday from a three-day official "
        "visit to Bangladesh.\n\n"
        '"Our exporters have waited a long time for this," Lyonchhen told reporters on his arrival.\n\n'
        'On Wednesday evening, Lyonchhen wrote on X: "Tashi Delek and dhonnobad, Dhaka! A productive day."\n\n'
        '"The President will decide," President Kamal Hossain said. "We hope for more," the President added.\n'
    )
    story = analysed(text, published=date(2026, 7, 3)).fragment
    speakers = quote_speakers(story)
    assert speakers["Our exporters have w"] == "Sangay Penjor"
    assert speakers["Tashi Delek and dhon"] == "Sangay Penjor"
