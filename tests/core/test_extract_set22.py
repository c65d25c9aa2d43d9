"""Rules read from set 22 (ninth session, after set 23 took its place as held out); articles of our own."""

from __future__ import annotations

from datetime import date

from bot.core.clean import clean_article
from bot.core.dates import find_dates
from bot.core.model import EventType
from bot.core.vocab import load_vocabulary
from tests.core.support import Analyse, event_facts, of_kind, people, quote_speakers

AGENCY = (
    "NAMPA NEWS SERVICE\n\nEconomy\n\nNamibia and Botswana agree to extend the Trans-Kalahari rail line\n\n"
    "Published 19 November 2026, 15:40\n\n"
    "Windhoek, 19 Nov (NAMPA) – Namibia and Botswana on Wednesday signed an agreement to extend the Trans-Kalahari "
    "rail line, at the end of the 5th session of their Joint Permanent Commission.\n\n"
    "The rail agreement was signed by Namibia's Minister of Works Selma Haufiku and Botswana's Minister of Transport "
    "Kagiso Mmusi. The line will carry copper from Maun to Walvis Bay.\n\n"
    "Haufiku said the line would open to freight in 2029.\n"
)


def test_a_day_first_dateline_is_not_the_day_of_what_the_lead_tells(analysed: Analyse) -> None:
    facts = event_facts(analysed(AGENCY, "doc").fragment)
    signings = of_kind(facts, EventType.SIGNING)
    assert signings
    assert all(when == "2026-11-18..2026-11-18" for _, when in signings)


def test_the_agreement_told_just_before_was_signed_on_its_day_by_those_named(analysed: Analyse) -> None:
    facts = event_facts(analysed(AGENCY, "doc").fragment)
    assert ({"Selma Haufiku", "Kagiso Mmusi", "Namibia", "Botswana"}, "2026-11-18..2026-11-18") in of_kind(
        facts, EventType.SIGNING
    )


def test_a_day_first_dateline_is_read_as_one() -> None:
    vocab = load_vocabulary()
    clean = clean_article(AGENCY, vocab.outlets, vocab.agencies)
    first = clean.paragraphs[0]
    assert clean.dateline == "Windhoek"
    assert AGENCY[first.start : first.end].startswith("Namibia and Botswana on Wednesday signed")


BORDER = (
    "Tuesday, 16 June 2026\n\nNamibia to drop duty on Botswana beef as border commission meets\n\n"
    "Namibia will stop charging import duty on beef, hides and other livestock products from Botswana from July 1, "
    "Trade Minister Selma Haufiku announced in Mamuno yesterday at the close of a meeting of the Namibia–Botswana "
    "Joint Border Commission.\n\n"
    "Haufiku said the waiver would double trade at the post within a year.\n"
)


def test_stopping_a_duty_is_a_tariff_action_from_its_day(analysed: Analyse) -> None:
    facts = event_facts(analysed(BORDER, "doc").fragment)
    assert of_kind(facts, EventType.TARIFF) == [({"Namibia", "Botswana"}, "2026-07-01..2026-07-01")]


def test_a_session_is_held_on_its_day_not_the_day_a_measure_takes_effect(analysed: Analyse) -> None:
    facts = event_facts(analysed(BORDER, "doc").fragment)
    assert of_kind(facts, EventType.TALKS) == [({"Namibia", "Botswana"}, "2026-06-15..2026-06-15")]


def test_a_portfolio_ending_in_control_or_management_is_no_part_of_the_name(analysed: Analyse) -> None:
    text = (
        "Tuesday, 16 June 2026\n\nNamibia and Botswana open one-stop post\n\n"
        "Namibia Revenue Agency Commissioner for Customs and Border Control Selma Ndapewa Haufiku told the commission on "
        "Monday that her officers would begin joint operations.\n\n"
        "Head of Risk Management Kagiso Mmusi said Botswana's officers would join them.\n"
    )
    names = set(people(analysed(text, "doc").fragment))
    assert {"Selma Ndapewa Haufiku", "Kagiso Mmusi"} <= names
    assert not any(n.startswith(("Control", "Management")) for n in names)


NEWS_DAY = (
    "Wednesday, 20 May 2026\n\nNamibia and Botswana sign rail accord\n\n"
    "Namibia and Botswana on Tuesday signed an agreement to extend the Trans-Kalahari railway, Works Minister Selma "
    "Haufiku said.\n\n"
    "The line, first planned in 2008, will carry copper from Maun to Walvis Bay from 2029.\n\n"
    '"This is the most important railway of the decade," Haufiku said.\n\n'
    "President Elias Shikongo and President Tebogo Mooketsi held a private meeting at State House before the "
    "ceremony.\n\n"
    "Haufiku said the first trains would run in 2029.\n"
)


def test_a_meeting_told_done_with_no_time_happened_on_the_day_the_lead_tells(analysed: Analyse) -> None:
    facts = event_facts(analysed(NEWS_DAY, "doc").fragment)
    meetings = of_kind(facts, EventType.MEETING)
    assert meetings == [({"Elias Shikongo", "Tebogo Mooketsi"}, "2026-05-19..2026-05-19")]


def test_a_meeting_told_as_before_the_story_takes_no_day_of_the_lead(analysed: Analyse) -> None:
    text = NEWS_DAY.replace("held a private meeting at State House before the ceremony", "had met before")
    facts = event_facts(analysed(text, "doc").fragment)
    assert [when for kind, _, when in facts if kind == EventType.MEETING.value] in ([], [None])


CABINET = (
    "Wednesday, 20 May 2026\n\nNamibia to lift beef duty as binational cabinet meets\n\n"
    "Shikongo and Mooketsi sign Declaration of Rundu; Mamuno border post to be jointly run\n\n"
    "Namibia will suspend the safeguard duty it imposed on Botswana beef from June 1, Trade Minister Selma Haufiku "
    "announced on Tuesday, as the presidents of both countries met in Rundu for the third Namibia–Botswana binational "
    "cabinet.\n\n"
    "The 12% duty had angered ranchers in Ghanzi, who sell most of their beef to Namibia.\n\n"
    "President Elias Shikongo and President Tebogo Mooketsi held a private meeting at the river lodge before chairing "
    "the cabinet.\n\n"
    "The fourth binational cabinet will be held in Maun in May next year, according to the final act.\n\n"
    '"The river does not separate us," Shikongo said at a press conference after the cabinet.\n\n'
    "Mooketsi, in a post on X, thanked his Namibian counterpart for the hospitality of Rundu.\n"
)


def test_a_binational_cabinet_its_presidents_met_for_is_talks_on_that_day(analysed: Analyse) -> None:
    facts = event_facts(analysed(CABINET, "doc").fragment)
    talks = of_kind(facts, EventType.TALKS)
    assert talks == [
        ({"Namibia", "Botswana"}, "2026-05-19..2026-05-19"),
        ({"Namibia", "Botswana"}, "2027-05-01..2027-05-31"),
    ]


def test_the_news_day_is_read_from_the_lead_under_a_standfirst(analysed: Analyse) -> None:
    facts = event_facts(analysed(CABINET, "doc").fragment)
    assert of_kind(facts, EventType.MEETING) == [
        ({"Elias Shikongo", "Tebogo Mooketsi"}, "2026-05-19..2026-05-19")
    ]


LATER = (
    "Wednesday, 4 November 2026\n\nNamibia, Botswana sign fisheries deal\n\n"
    "Namibia and Botswana signed an agreement on river fisheries, officials said on Wednesday.\n\n"
    "Namibia's Minister of Fisheries Selma Haufiku arrived in Gaborone on Monday for a three-day visit.\n\n"
    "Haufiku and her counterpart Kagiso Mmusi signed the agreement on Tuesday at the ministry.\n\n"
    '"Every fourth fish comes back to a Namibian river port," Mmusi said.\n\n'
    "Haufiku was later received by President Tebogo Mooketsi at the State House.\n"
)


def test_a_meeting_told_later_takes_the_day_told_before_not_the_news_day(analysed: Analyse) -> None:
    facts = event_facts(analysed(LATER, "doc").fragment)
    assert of_kind(facts, EventType.MEETING) == [
        ({"Selma Haufiku", "Tebogo Mooketsi"}, "2026-11-03..2026-11-03")
    ]


def test_no_news_day_once_the_story_has_gone_on_to_a_later_day(analysed: Analyse) -> None:
    text = (
        "Thursday, 12 March 2026\n\nOfficial visit of the Prime Minister of Botswana\n\n"
        "1. The Prime Minister of Botswana, Tebogo Mooketsi, paid an official visit to Namibia from 10 to 11 March.\n\n"
        "2. On 10 March, Mooketsi paid a courtesy call on Speaker Selma Haufiku at Parliament.\n\n"
        "3. On 11 March, Prime Minister Elias Shikongo held a bilateral meeting with Mooketsi at State House.\n\n"
        "4. Following the meeting, the two Prime Ministers witnessed the signing of an agreement on rail transport, "
        "which was signed by the two ministers of transport, Kagiso Mmusi and Petrus Amutenya.\n"
    )
    facts = event_facts(analysed(text, "doc").fragment)
    assert "2026-03-10..2026-03-10" not in [
        when for kind, _, when in facts if kind == EventType.SIGNING.value
    ]


WEEK_BEFORE = (
    "Published 24.09.26, 08:12 AM\n\nWhat Mooketsi came to Windhoek for\n\n"
    "When President Tebogo Mooketsi stepped off the jet at Hosea Kutako airport on Monday, September 14, he was "
    "greeted by a choir. By the time he flew home on Wednesday evening, Botswana had promised to remove its duty on "
    "Namibian fish from October 1.\n\n"
    "The working day was Tuesday. Mooketsi and President Elias Shikongo held talks at State House for two hours.\n\n"
    "On Wednesday, before leaving, Mooketsi called on Speaker Selma Haufiku at Parliament.\n"
)


def test_a_day_named_with_its_weekday_sets_the_week_of_the_bare_weekdays_after_it() -> None:
    (named,) = find_dates("on Monday, September 14, he was greeted", date(2026, 9, 24))
    assert named.when is not None
    assert named.when.start == date(2026, 9, 14)


def test_bare_weekdays_after_it_are_of_that_week_not_the_week_before_publication(analysed: Analyse) -> None:
    facts = event_facts(analysed(WEEK_BEFORE, "doc").fragment)
    assert ({"Tebogo Mooketsi", "Elias Shikongo"}, "2026-09-15..2026-09-15") in of_kind(
        facts, EventType.TALKS
    )
    assert ({"Tebogo Mooketsi", "Selma Haufiku"}, "2026-09-16..2026-09-16") in of_kind(
        facts, EventType.MEETING
    )


def test_a_safeguard_fee_suspended_and_the_day_it_has_applied_since(analysed: Analyse) -> None:
    text = (
        "date 2026-08-23\n\nNamibia pauses beef fee for Botswana\n\n"
        "Namibia will suspend from 1 September the 10% temporary safeguard fee on beef imported from Botswana, which "
        "has applied since 1 June, Trade Minister Selma Haufiku said on Tuesday.\n\n"
        "Ranchers in Ghanzi said the fee had cost them three months of orders.\n"
    )
    facts = event_facts(analysed(text, "doc").fragment)
    assert sorted(when or "" for kind, _, when in facts if kind == EventType.TARIFF.value) == [
        "2026-06-01..2026-06-01",
        "2026-09-01..2026-09-01",
    ]


COMMITTEE = (
    "date 2026-08-23\n\nNamibia and Botswana hold first trade committee\n\n"
    "Botswana's Minister of Trade, Kagiso Mmusi, spent Monday and Tuesday in Windhoek for the first meeting of the "
    "Namibia–Botswana Joint Committee for Trade, which he co-chaired with Namibia's Minister of Trade, Selma Haufiku.\n\n"
    "Mmusi said the committee had agreed to simplify the paperwork at the Mamuno post.\n\n"
    "The committee's second meeting is planned in Gaborone in January.\n\n"
    "Haufiku said she expected trade to double within five years.\n"
)


def test_a_minister_who_spent_two_days_in_a_foreign_capital_visited_it(analysed: Analyse) -> None:
    facts = event_facts(analysed(COMMITTEE, "doc").fragment)
    assert of_kind(facts, EventType.VISIT) == [({"Kagiso Mmusi"}, "2026-08-17..2026-08-18")]


def test_the_committees_next_meeting_planned_for_a_month_is_talks_then(analysed: Analyse) -> None:
    facts = event_facts(analysed(COMMITTEE, "doc").fragment)
    assert ({"Namibia", "Botswana"}, "2027-01-01..2027-01-31") in of_kind(facts, EventType.TALKS)


def test_a_platform_or_an_official_visit_is_no_person(analysed: Analyse) -> None:
    text = (
        "Thursday, 9 April 2026\n\nNamibia and Botswana leaders meet\n\n"
        "Prime Minister Elias Shikongo of Namibia met Prime Minister Tebogo Mooketsi of Botswana on Tuesday, at the "
        "start of a three-day Official Visit to Namibia.\n\n"
        'In a post on his official Facebook page this afternoon, Mooketsi wrote: "Thank you, Namibia."\n\n'
        "Shikongo told reporters on his Telegram channel that the visit had gone well for both countries.\n"
    )
    names = set(people(analysed(text, "doc").fragment))
    assert names == {"Elias Shikongo", "Tebogo Mooketsi"}


def test_what_two_governments_agreed_at_their_joint_session_is_talks_on_that_day(analysed: Analyse) -> None:
    text = (
        "Thursday, 15 October 2026\n\nNamibia, Botswana hold joint government session\n\n"
        "Namibia and Botswana agreed yesterday in Rundu to carry out joint border checks at Mohembo, at the first joint "
        "session of the two governments in four years.\n\n"
        "Minister of Agriculture Selma Haufiku and Botswana's Minister of Agriculture Kagiso Mmusi signed an agreement "
        "on fishing in the Okavango.\n\n"
        '"We closed several questions today," Haufiku told a joint press conference.\n'
    )
    facts = event_facts(analysed(text, "doc").fragment)
    assert ({"Namibia", "Botswana"}, "2026-10-14..2026-10-14") in of_kind(facts, EventType.TALKS)
    assert [when for kind, _, when in facts if kind == EventType.SIGNING.value] == ["2026-10-14..2026-10-14"]


def test_two_governments_that_will_hold_a_joint_cabinet_session_hold_talks(analysed: Analyse) -> None:
    text = (
        "Thursday, 9 July 2026\n\nNamibia and Botswana sign power deal\n\n"
        "Namibian Works Minister Selma Haufiku and Botswana's Minister of Transport Kagiso Mmusi signed a power "
        "agreement in Windhoek on Wednesday.\n\n"
        "The two governments will also hold a joint cabinet session in Gaborone in November.\n\n"
        "Haufiku said the line would be finished in 2029.\n"
    )
    facts = event_facts(analysed(text, "doc").fragment)
    assert of_kind(facts, EventType.TALKS) == [({"Namibia", "Botswana"}, "2026-11-01..2026-11-30")]


def test_a_signing_on_the_nth_day_of_a_visit_to_a_place_by_someone_dates_the_visit(analysed: Analyse) -> None:
    text = (
        "Thursday, 25 June 2026\n\nNamibia and Botswana sign labour deal\n\n"
        "Namibia and Botswana today signed a labour mobility arrangement, on the second day of a three-day visit to "
        "Windhoek by Botswana's Prime Minister, Tebogo Mooketsi.\n\n"
        "Mooketsi said the arrangement would help young workers in both countries.\n"
    )
    facts = event_facts(analysed(text, "doc").fragment)
    assert of_kind(facts, EventType.VISIT) == [({"Tebogo Mooketsi", "Namibia"}, "2026-06-24..2026-06-26")]


def test_sri_of_sri_lanka_is_no_honorific(analysed: Analyse) -> None:
    text = (
        "Thursday, 24 September 2026\n\nSri Lanka and Maldives sign swap deal\n\n"
        "The Governor of the Central Bank of Sri Lanka, Ruwan Kodithuwakku, and the Governor of the Maldives Monetary "
        "Authority, Fathimath Zeeniya Shakir, signed a currency swap agreement on Tuesday.\n\n"
        "Kodithuwakku said the swap would be settled in rupees and rufiyaa.\n"
    )
    names = set(people(analysed(text, "doc").fragment))
    assert names == {"Ruwan Kodithuwakku", "Fathimath Zeeniya Shakir"}


def test_a_causeway_or_airport_named_after_a_king_is_no_person(analysed: Analyse) -> None:
    text = (
        "Sunday, 23 August 2026\n\nNamibia and Botswana sign customs deal\n\n"
        "Customs chiefs Selma Haufiku and Kagiso Mmusi signed a customs memorandum on Tuesday. Certified traders will "
        "get faster release at the King Seretse Causeway and at Hosea Kutako International Airport.\n\n"
        "Haufiku said the deal would save traders a day.\n"
    )
    names = set(people(analysed(text, "doc").fragment))
    assert names == {"Selma Haufiku", "Kagiso Mmusi"}


def test_the_commission_told_again_in_lower_case_still_meets_next_at_its_time(analysed: Analyse) -> None:
    text = (
        "Tuesday, 16 June 2026\n\nNamibia and Botswana border commission meets\n\n"
        "Trade Minister Selma Haufiku announced in Mamuno yesterday, at the close of a meeting of the Namibia–Botswana "
        "Joint Border Commission, that duties on beef would go.\n\n"
        "The commission, which had not met for two years, heard from traders.\n\n"
        "Opening the commission on Monday morning, Governor Kagiso Mmusi said the border was the county's lifeline.\n\n"
        "The commission will next meet in Maun, Botswana, in December, according to the minutes.\n\n"
        "Haufiku said she expected trade to double.\n"
    )
    facts = event_facts(analysed(text, "doc").fragment)
    assert ({"Namibia", "Botswana"}, "2026-12-01..2026-12-31") in of_kind(facts, EventType.TALKS)


def test_a_time_after_a_place_and_its_country_is_of_the_clause_before_them() -> None:
    (found,) = find_dates("The commission will next meet in Maun, Botswana, in December.", date(2026, 6, 16))
    assert found.when is not None
    assert (found.when.start, found.when.end) == (date(2026, 12, 1), date(2026, 12, 31))


def test_political_consultations_two_ministers_will_hold_are_talks(analysed: Analyse) -> None:
    text = (
        "Wednesday, 20 May 2026\n\nNamibia and Botswana sign transit deal\n\n"
        "Namibia's Foreign Minister Selma Haufiku and Botswana's Foreign Minister Kagiso Mmusi signed a transit "
        "agreement on Tuesday.\n\n"
        "Haufiku said she and Mmusi would hold political consultations in Gaborone next month to prepare a rail "
        "agreement.\n\n"
        "Mmusi said the agreement was good for both countries.\n"
    )
    facts = event_facts(analysed(text, "doc").fragment)
    assert of_kind(facts, EventType.TALKS) == [({"Selma Haufiku", "Kagiso Mmusi"}, "2026-06-01..2026-06-30")]


def test_a_firm_named_after_a_role_is_no_person_and_its_head_is_quoted(analysed: Analyse) -> None:
    text = (
        "date 2026-08-23\n\nNamibia pauses beef fee for Botswana\n\n"
        "Namibia will suspend from 1 September the 10% safeguard fee on beef imported from Botswana, Trade Minister "
        "Selma Haufiku said on Tuesday.\n\n"
        "Kagiso Mmusi, chief executive of Gulf Profile Extrusions in Walvis Bay, told the Digest her order book had "
        '"fallen off a cliff" since June.\n'
    )
    story = analysed(text, "doc").fragment
    names = set(people(story))
    assert names == {"Selma Haufiku", "Kagiso Mmusi"}
    assert quote_speakers(story).get("fallen off a cliff"[:20]) == "Kagiso Mmusi"


def test_a_quotation_after_who_is_of_the_person_named_before(analysed: Analyse) -> None:
    text = (
        "date 2026-08-23\n\nNamibia and Botswana\n\n"
        "Before leaving on Tuesday, Selma Haufiku called on Botswana's Foreign Minister, Kagiso Mmusi, who \"stressed "
        'the depth of the fraternal relations" between the two countries, according to BOPA.\n\n'
        "Haufiku said the visit had gone well for both countries.\n"
    )
    speakers = quote_speakers(analysed(text, "doc").fragment)
    assert speakers.get("stressed the depth of the fraternal"[:20]) == "Kagiso Mmusi"
