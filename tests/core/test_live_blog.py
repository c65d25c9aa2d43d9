"""A live blog's entries, each under its time: what an entry tells with no day of its own happened on the page's day;
and a person the headline names in full and the story only by one name (eighth session, from set 21's page 8 as
read); our own text."""

from __future__ import annotations

from tests.core.support import Analyse, event_facts, people

LIVE = (
    "SEMENANJUNG POST\n\n"
    "Rabu, 19 Ogos 2026\n\n"
    "LIVE: Bruneian Sultan Hassan Bolkiah Adnan's state visit — talks and an MoU on halal certification\n\n"
    "Updated 10.05pm MYT\n\n"
    "────────────────\n\n"
    "4.15pm\n"
    "The MoU is signed. The Memorandum of Understanding on Halal Certification was signed by Trade Minister "
    "Rosnah Kamaruzzaman and Brunei's Minister of Primary Resources, Yusof Jumat Bakar.\n\n"
    "────────────────\n\n"
    "2.30pm\n"
    "The talks are under way at Perdana Putra, after a four-eyes meeting between Prime Minister Hisham Mokhtaruddin "
    "and Adnan that lasted about 45 minutes.\n\n"
    "────────────────\n\n"
    "9.00am\n"
    "Good morning. The two leaders last met in Bandar Seri Begawan in January. Adnan will leave for Singapore "
    "tomorrow.\n"
)


def test_what_an_entry_tells_without_a_day_happened_on_the_pages_day(analysed: Analyse) -> None:
    facts = event_facts(analysed(LIVE, "doc").fragment)
    assert ("signing", "2026-08-19..2026-08-19") in [(kind, when) for kind, _, when in facts]
    meetings = [when for kind, who, when in facts if kind == "meeting" and "Hisham Mokhtaruddin" in who]
    assert "2026-08-19..2026-08-19" in meetings
    assert "2026-01-01..2026-01-31" in meetings  # "last met ... in January" keeps its own day


def test_the_headlines_full_name_is_the_one_person_the_story_names_by_one_name(analysed: Analyse) -> None:
    names = set(people(analysed(LIVE, "doc").fragment))
    assert "Hassan Bolkiah Adnan" in names
    assert "Adnan" not in names


def test_a_headlines_one_word_name_is_left_to_the_story(analysed: Analyse) -> None:
    text = (
        "The Hindu\nFriday, 08 November 2024\nConti Meets Chinese Counterpart Xu\n\n"
        "Italy's NSA Matteo Conti held talks with Xu Lei, the Chinese national security adviser, on Thursday in Rome.\n\n"
        'In a statement, Mr. Xu said: "We had a very good conversation."\n'
    )
    names = set(people(analysed(text, "doc").fragment))
    assert names == {"Matteo Conti", "Xu Lei"}
