"""Misfires a review found in the thirteenth session's rules (each test failed on the rule as first committed);
articles of our own."""

from __future__ import annotations

from datetime import date

from bot.core.model import EventType
from tests.core.support import Analyse, event_facts, of_kind, quote_speakers


def _held(story: object) -> list[tuple[set[str], str | None]]:
    facts = event_facts(story)  # type: ignore[arg-type]
    return of_kind(facts, EventType.MEETING) + of_kind(facts, EventType.TALKS)


def test_the_president_is_no_senate_president(analysed: Analyse) -> None:
    text = (
        "Ghana and Togo Agree on Border Trade\n\n"
        "ACCRA, 4 June 2025 — Ghana's Foreign Minister Kwame Asante met Togolese Foreign Minister Komi Dogbe in "
        "Accra on Tuesday to discuss cross-border trade.\n\n"
        "Senate President Efua Mensah also attended a dinner for the delegation on Tuesday evening.\n\n"
        "The president, who met Togolese leaders in Lomé in March, said the border would be reopened in July.\n"
    )
    story = analysed(text).fragment
    assert not any("Efua Mensah" in who for who, _ in _held(story)), _held(story)


def test_a_call_on_an_office_holder_to_act_is_an_appeal_not_a_meeting(analysed: Analyse) -> None:
    text = (
        "KAMPALA (Monitor) - Uganda's Trade Minister Paul Okello on Wednesday called on Kenya's President to reopen "
        "the Busia border.\n\n"
        "Okello also called on the Prime Minister of Tanzania to lift a ban on Ugandan sugar.\n\n"
        "On Tuesday he called on his Rwandan counterpart to drop new fees.\n\n"
        "Okello held talks with the Ugandan Foreign Minister's chief of staff on Thursday.\n"
    )
    story = analysed(text, published=date(2026, 7, 9)).fragment
    assert not any(who & {"Kenya", "Tanzania", "Rwanda", "Uganda"} for who, _ in _held(story)), _held(story)


def test_an_apposition_with_a_participle_does_not_cut_two_subjects_apart(analysed: Analyse) -> None:
    text = (
        "JAKARTA (Antara) - Chile's newly elected president, Valeria Rojas, and Indonesian President Dimas Hartono "
        "held talks in Jakarta on Wednesday.\n"
    )
    story = analysed(text, published=date(2026, 7, 9)).fragment
    assert ({"Valeria Rojas", "Dimas Hartono"}, "2026-07-08..2026-07-08") in _held(story)


def test_a_summit_of_another_body_is_not_the_two_countries(analysed: Analyse) -> None:
    text = (
        "PRAIA (Inforpress) - Cabo Verde and Portugal held the 7th Cabo Verde–Portugal Summit in Praia yesterday.\n\n"
        "Prime Minister Ulisses Correia e Silva will also attend the next Summit of the African Union, to be held "
        "in Addis Ababa in February.\n"
    )
    story = analysed(text, published=date(2026, 5, 27)).fragment
    assert not any(when and when.startswith("2027-02") for _, when in _held(story)), _held(story)


def test_in_the_new_year_told_in_january_in_the_past_is_this_year(analysed: Analyse) -> None:
    text = (
        "APIA (SPN) - Samoa and Tonga signed a fisheries arrangement on Friday.\n\n"
        "Prime Minister Semisi Kupu held talks with Prime Minister Lauofo Sapolu in Apia in the new year, officials "
        "said on Monday.\n"
    )
    story = analysed(text, published=date(2025, 1, 20)).fragment
    assert ({"Semisi Kupu", "Lauofo Sapolu"}, "2025-01-01..2025-12-31") in _held(story)


def test_one_who_had_been_invited_and_came_visited_in_the_past(analysed: Analyse) -> None:
    text = (
        "APIA (SPN) - New Zealand's Prime Minister Helen Tane, who had been invited to visit Apia in December, "
        "arrived on 5 January.\n"
    )
    story = analysed(text, published=date(2025, 1, 20)).fragment
    whens = {when for _, when in of_kind(event_facts(story), EventType.VISIT)}
    assert "2025-12-01..2025-12-31" not in whens, whens


def test_a_document_that_ended_with_a_quotation_is_no_ones_quotation(analysed: Analyse) -> None:
    text = (
        "Timor-Leste and Australia Agree on Gas Talks\n\n"
        "DILI, 10 July 2025 — Timorese President José Ramos-Horta met Australian Prime Minister Anthony Albanese in "
        "Dili on Wednesday.\n\n"
        "The joint communiqué issued after the talks between Ramos-Horta and Albanese ended: “Both sides "
        "reaffirmed their commitment to the Greater Sunrise development.”\n\n"
        "Albanese began in English: “Thank you, Dili. Today we open a new chapter in our friendship.”\n"
    )
    speakers = quote_speakers(analysed(text).fragment)
    assert "Both sides reaffirme" not in speakers
    assert speakers["Thank you, Dili. Tod"] == "Anthony Albanese"


def test_others_who_go_home_do_not_end_a_visit(analysed: Analyse) -> None:
    text = (
        "DARWIN (ABC) - Prime Minister Xanana Gusmão landed in Darwin on Monday to meet seasonal workers, many of "
        "whom go home on Friday.\n"
    )
    story = analysed(text, published=date(2026, 7, 8)).fragment
    visits = of_kind(event_facts(story), EventType.VISIT)
    assert [when for _, when in visits] == ["2026-07-06..2026-07-06"]


def test_a_visit_that_began_in_one_city_and_ended_on_a_day_ended_that_day(analysed: Analyse) -> None:
    text = (
        "NAIROBI (Star) - President William Ruto concluded a three-day state visit to Vietnam that began in Hanoi "
        "and ended in Ho Chi Minh City on Wednesday.\n"
    )
    story = analysed(text, published=date(2026, 7, 10)).fragment
    visits = of_kind(event_facts(story), EventType.VISIT)
    assert [when for _, when in visits] == ["2026-07-06..2026-07-08"]


def test_the_two_presidents_staff_meeting_is_not_theirs(analysed: Analyse) -> None:
    text = (
        "LILONGWE (Nation) - President Hakainde Hichilema and President Lazarus Chakwera signed a corridor deal last "
        "year.\n\n"
        "The new deal follows the meeting of the two presidents' chiefs of staff in Lilongwe in May.\n"
    )
    story = analysed(text, published=date(2026, 7, 16)).fragment
    assert not any(when == "2026-05-01..2026-05-31" for _, when in _held(story)), _held(story)


def test_the_two_leaders_one_titled_in_another_language(analysed: Analyse) -> None:
    text = (
        "THIMPHU (Kuensel) - Lyonchhen Tshering Wangdi held talks with Nepali Prime Minister Sita Adhikari in "
        "Thimphu on Monday.\n\n"
        "Trade officials of both sides also met.\n\n"
        "The two leaders last met in Kathmandu in May.\n"
    )
    story = analysed(text, published=date(2026, 7, 9)).fragment
    assert ({"Tshering Wangdi", "Sita Adhikari"}, "2026-05-01..2026-05-31") in _held(story)


def test_a_statement_said_in_a_place_or_told_to_reporters_is_on_its_day(analysed: Analyse) -> None:
    text = (
        "KAMPALA (Monitor) - Uganda will cut duties on Kenyan milk in September, Trade Minister Paul Okello said in "
        "Kampala on Tuesday.\n\n"
        "Kenya will cut duties on Ugandan sugar in October, Trade Minister Rebecca Miano told reporters on "
        "Monday.\n"
    )
    story = analysed(text, published=date(2026, 7, 9)).fragment
    statements = of_kind(event_facts(story), EventType.STATEMENT)
    assert ({"Paul Okello"}, "2026-07-07..2026-07-07") in statements
    assert ({"Rebecca Miano"}, "2026-07-06..2026-07-06") in statements
