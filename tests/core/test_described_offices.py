"""People told by office and country ("the Prime Minister of Thailand", "the Lao Prime Minister"), a country's formal
name that is no one's ("the Lao People's Democratic Republic"), a visit's stated days kept when a day of it is told
again, and "later that evening" after a sentence that tells a day but no event (eighth session, from set 18's page 2
and set 14's page 3 as read); articles of our own."""

from __future__ import annotations

from tests.core.support import Analyse, event_facts, people

COMMUNIQUE = (
    "Joint Press Release\n\n12 March 2026\n\n"
    "1. Mr. Khamsing Vongphachanh, Prime Minister of the Lao People's Democratic Republic, paid an official visit to "
    "Thailand from 10 to 11 March 2026 at the invitation of Mrs. Pornthip Srisawang, Prime Minister of the Kingdom of "
    "Thailand.\n\n"
    "2. On 10 March 2026, the Lao Prime Minister and his delegation arrived at Don Mueang International Airport.\n\n"
    "3. On 11 March 2026, the Prime Minister of Thailand hosted an official welcoming ceremony for the Lao Prime "
    "Minister at Government House in Bangkok, after which the two Prime Ministers held a bilateral meeting.\n"
)


def test_a_countrys_formal_name_is_no_person(analysed: Analyse) -> None:
    names = set(people(analysed(COMMUNIQUE, "doc").fragment))
    assert names == {"Khamsing Vongphachanh", "Pornthip Srisawang"}


def test_prime_ministers_told_by_office_and_country_meet(analysed: Analyse) -> None:
    facts = event_facts(analysed(COMMUNIQUE, "doc").fragment)
    meetings = [(who, when) for kind, who, when in facts if kind == "meeting"]
    assert ({"Khamsing Vongphachanh", "Pornthip Srisawang"}, "2026-03-11..2026-03-11") in meetings


def test_a_visit_keeps_its_stated_days_when_its_first_day_is_told_again(analysed: Analyse) -> None:
    facts = event_facts(analysed(COMMUNIQUE, "doc").fragment)
    visits = [when for kind, who, when in facts if kind == "visit" and "Khamsing Vongphachanh" in who]
    assert visits == ["2026-03-10..2026-03-11"]


def test_later_that_evening_is_the_day_the_sentence_before_tells(analysed: Analyse) -> None:
    text = (
        "Wednesday 11 February 2026\nMalta and Ireland agree on placements\n\n"
        "Malta's Minister for Health, Renata Borg Cardona, and Irish Minister for Health Orla Kinsella-Hayes signed a "
        "memorandum in Dublin yesterday.\n\n"
        "The groundwork for the deal was laid on Monday, when officials finished the annex at Trinity College Dublin. "
        "Later that evening Borg Cardona sat down with the Minister for Further Education, Cathal Ó Dubhghaill, over "
        "dinner.\n"
    )
    facts = event_facts(analysed(text, "doc").fragment)
    assert ("meeting", {"Renata Borg Cardona", "Cathal Ó Dubhghaill"}, "2026-02-09..2026-02-09") in facts


HOSTED = (
    "Wednesday, 19 August 2026\nIndonesian president in Malaysia\n\n"
    "Indonesian President Bambang Wiranegara arrived in Kuala Lumpur yesterday.\n\n"
    "Prime Minister Hisham Mokhtaruddin hosted the visiting president at a dinner at Seri Perdana.\n\n"
    "The President leaves for Singapore tomorrow morning for a two-day state visit.\n"
)


def test_the_visiting_president_is_the_one_a_host_received_not_the_host_on_a_visit(analysed: Analyse) -> None:
    facts = event_facts(analysed(HOSTED, "doc").fragment)
    assert ("meeting", {"Hisham Mokhtaruddin", "Bambang Wiranegara"}) in [(k, w) for k, w, _ in facts]
    assert all("Hisham Mokhtaruddin" not in who for kind, who, _ in facts if kind == "visit")


def test_the_president_told_by_office_leaves_on_a_visit(analysed: Analyse) -> None:
    facts = event_facts(analysed(HOSTED, "doc").fragment)
    visits = [when for kind, who, when in facts if kind == "visit" and "Bambang Wiranegara" in who]
    assert "2026-08-20..2026-08-21" in visits
