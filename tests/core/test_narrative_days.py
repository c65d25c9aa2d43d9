"""Which day an event told beside others takes (seventh session, from the read sets' date misses; articles of our
own): an undated signing or meeting told as the next step of the story takes the day of the meeting, talks or signing
told with its day just before it; talks told with their own day after another verb's day take their own."""

from __future__ import annotations

import pytest

from bot.core.model import EventType
from tests.core.support import Analyse, event_facts

HEAD = (
    "Wednesday, 28 January 2026\nHeadline\n\n"
    "Belize's Foreign Minister Marisol Castellanos-Young and Guatemala's Minister of Foreign Affairs Héctor "
    "Chavarría held talks on Monday in Benque Viejo del Carmen, their first meeting since the dispute.\n\n"
)


def _signing_days(analysed: Analyse, text: str) -> list[str | None]:
    story = analysed(text, "doc").fragment
    return [e.when.start.isoformat() if e.when else None for e in story.events if e.type is EventType.SIGNING]


def test_a_signing_told_in_the_paragraph_after_dated_talks_is_of_their_day(analysed: Analyse) -> None:
    text = HEAD + (
        "A protocol on the joint management of river traffic on the Sarstoon was signed by the two ministers at the "
        "end of the four-hour meeting.\n"
    )
    assert _signing_days(analysed, text) == ["2026-01-26"]


@pytest.mark.parametrize(
    "second",
    [
        "The two ministers will sign a protocol on river traffic on the Sarstoon.",
        "The two ministers had signed a protocol on river traffic on the Sarstoon.",
        "Last year a protocol on river traffic on the Sarstoon was signed by the two ministers.",
    ],
)
def test_a_signing_not_told_as_the_next_step_takes_no_day_from_the_talks(
    analysed: Analyse, second: str
) -> None:
    days = _signing_days(analysed, HEAD + second + "\n")
    assert "2026-01-26" not in days


@pytest.mark.parametrize(
    ("published", "day"),
    [
        # Since the ninth session: the talks the lead tells, two days before publication, are the story's day, and a
        # signing told as done with no time of its own happened on it.
        ("Wednesday, 28 January 2026", "2026-01-26"),
        # Not when the lead's day is further back: no day from the talks two paragraphs before.
        ("Friday, 30 January 2026", None),
    ],
)
def test_a_signing_two_paragraphs_after_the_talks_takes_their_day_only_as_the_news_day(
    analysed: Analyse, published: str, day: str | None
) -> None:
    text = HEAD.replace("Wednesday, 28 January 2026", published) + (
        "The dispute over the river has lasted for decades.\n\n"
        "Fishermen on both banks have complained about patrols.\n\n"
        "A protocol on river traffic on the Sarstoon was signed by the two ministers.\n"
    )
    assert _signing_days(analysed, text) == [day]


def test_talks_told_with_their_own_day_after_an_arrival_are_of_that_day(analysed: Analyse) -> None:
    text = (
        "Wednesday 28 January 2026\nIran and Afghanistan agree\n\n"
        "Iranian Energy Minister Abbas Hosseini-Talab arrived in Kabul on Sunday and held talks on Monday with "
        "Afghanistan's acting Minister of Energy and Water, Abdul Wahid Rahimzai.\n"
    )
    story = analysed(text, "doc").fragment
    days = {e.type.value: e.when.start.isoformat() if e.when else None for e in story.events}
    assert days == {"visit": "2026-01-25", "talks": "2026-01-26"}


@pytest.mark.parametrize(
    ("told", "days"),
    [
        # the leaving told in a later paragraph, by the visitor's name
        (
            "Egyptian Minister of Transport Hisham Fathy, who arrived in Djibouti on Wednesday, was received by the "
            "President the same evening.\n\nThe two sides discussed the port.\n\n"
            "Mr. Fathy will leave Djibouti on Friday morning for Asmara, the next stage of a regional tour.",
            ("2026-11-04", "2026-11-06"),
        ),
        # a present tense "returns ... on Thursday" after an arrival on Monday: the Thursday after it
        (
            "Egyptian Minister of Transport Hisham Fathy, who arrived in Djibouti on Monday, returns to Cairo on "
            "Thursday.",
            ("2026-11-02", "2026-11-05"),
        ),
        # the leaving told on the day of the arrival: a visit of one day, not one of a week
        (
            "Egyptian Minister of Transport Hisham Fathy arrived in Djibouti early on Wednesday for a one-day working "
            "visit.\n\nThe two sides discussed the port.\n\nFathy flew back to Cairo on Wednesday evening.",
            ("2026-11-04", "2026-11-04"),
        ),
        # the leaving told eight paragraphs on
        (
            "Egyptian Minister of Transport Hisham Fathy, who arrived in Djibouti on Wednesday, was received by the "
            "President the same evening.\n\n"
            + "The port handles most of the region's trade.\n\n" * 7
            + "The Egyptian minister will leave for Asmara on Friday.",
            ("2026-11-04", "2026-11-06"),
        ),
        # another person's leaving is not the visitor's
        (
            "Egyptian Minister of Transport Hisham Fathy, who arrived in Djibouti on Wednesday, was received by the "
            "President the same evening.\n\nDjibouti's Foreign Minister Idriss Waberi will leave for Addis Ababa on "
            "Friday.",
            ("2026-11-04", "2026-11-04"),
        ),
    ],
)
def test_a_visit_runs_from_the_arrival_to_the_day_the_visitor_leaves(
    analysed: Analyse, told: str, days: tuple[str, str]
) -> None:
    text = "Thursday, 5 November 2026\nHeadline\n\n" + told + "\n"
    story = analysed(text, "doc").fragment
    visits = [e for e in story.events if e.type is EventType.VISIT and e.when is not None]
    fathy = {e.id: e.name for e in story.entities}
    spans = [
        (v.when.start.isoformat(), v.when.end.isoformat())
        for v in visits
        if v.when is not None
        and any(fathy.get(p.entity) == "Hisham Fathy" and p.role == "visitor" for p in v.participants)
    ]
    assert spans[0] == days


def test_a_day_told_after_a_semicolon_is_not_the_signings(analysed: Analyse) -> None:
    text = (
        "Tuesday, 18 August 2026\nHeadline\n\n"
        "Kyrgyzstan signs migration agreement with Germany; first nurses to leave next year.\n"
    )
    assert _signing_days(analysed, text) == [None]


def test_a_meeting_told_first_by_the_headline_takes_the_day_of_a_one_day_visit_before_it(
    analysed: Analyse,
) -> None:
    text = (
        "Monday, 8 June 2026\nPresidents Zaldívar and Terceros meet in Mariscal Estigarribia\n\n"
        "Bolivia's President Eduardo Terceros Rivero crossed into the Paraguayan Chaco on Saturday for a one-day "
        "visit.\n\n"
        "Terceros and President Rodrigo Zaldívar Brítez met for two hours at the garrison before presiding over the "
        "signing of a ten-year contract under which Bolivia will supply gas to Paraguay.\n"
    )
    story = analysed(text, "doc").fragment
    meetings = [
        e.when.start.isoformat() if e.when else None for e in story.events if e.type is EventType.MEETING
    ]
    assert meetings == ["2026-06-06"]


def test_the_day_of_an_arrival_in_a_relative_clause_is_not_the_co_chaired_sessions(analysed: Analyse) -> None:
    text = (
        "Thursday, 12 February 2026\nHeadline\n\n"
        "Cabo Verdean Prime Minister Edmilson Cardoso Brazão, who arrived in Lisbon on Tuesday evening, co-chaired the "
        "summit with his Portuguese counterpart Henrique Macedo Valadares at the Ajuda National Palace.\n"
    )
    story = analysed(text, "doc").fragment
    days = {e.type.value: e.when.start.isoformat() if e.when else None for e in story.events}
    assert days == {"visit": "2026-02-10", "meeting": None}


def test_a_meeting_told_in_the_passive_after_another_verbs_day_has_its_own(analysed: Analyse) -> None:
    text = (
        "Wednesday, 4 November 2026\nHeadline\n\n"
        "Senegal's Minister of Fisheries Ousmane Thiombane had flown to Nouakchott on Tuesday and was received by "
        "Prime Minister Sidi Lemrabott Ebbaba on Thursday morning, before the final session.\n"
    )
    story = analysed(text, "doc").fragment
    meetings = [
        e.when.start.isoformat() if e.when else None for e in story.events if e.type is EventType.MEETING
    ]
    assert meetings == ["2026-10-29"]


def test_an_undated_meeting_takes_the_one_day_the_sentence_before_tells_without_an_event(
    analysed: Analyse,
) -> None:
    # eighth session, from set 21's page 10 as read
    text = (
        "Thursday, 5 November 2026\nItaipu: Annex C revised\n\n"
        "On Tuesday, at the Itaipu dam near Foz do Iguaçu, Brazil and Paraguay finally closed the revision of the "
        "treaty's financial annex. Presidents Otávio Sampaio Rezende and Santiago Ortellado met in the dam's central "
        "control room.\n"
    )
    facts = event_facts(analysed(text, "doc").fragment)
    assert ("meeting", "2026-11-03..2026-11-03") in [(kind, when) for kind, _, when in facts]


def test_a_meeting_after_a_sentence_of_another_time_takes_no_day_from_it(analysed: Analyse) -> None:
    text = (
        "Thursday, 5 November 2026\nItaipu: Annex C revised\n\n"
        "In 1973 the annex was drafted in Asunción on 26 April. Presidents Otávio Sampaio Rezende and Santiago "
        "Ortellado met in the dam's central control room.\n"
    )
    facts = event_facts(analysed(text, "doc").fragment)
    meetings = [when for kind, _, when in facts if kind == "meeting"]
    assert meetings
    assert all(when is None or not when.startswith("1973") for when in meetings)


def test_each_item_of_a_list_of_documents_also_signed_is_a_signing_of_the_day_before_it(
    analysed: Analyse,
) -> None:
    # eighth session, from set 21's page 7 as read
    text = (
        "Athens, 29 July 2026\nPress release\n\n"
        "Following the meeting, Prime Minister Konstantinos Mavrogenis and Prime Minister Ventsislav Draganov signed "
        "a Joint Declaration on energy connectivity today.\n\n"
        "In the presence of the two Prime Ministers, the following documents were also signed:\n"
        "– A Memorandum of Understanding on the Greece–Bulgaria Interconnector, by the Minister of Environment and "
        "Energy Eleni Karamitrou and the Minister of Energy of the Republic of Bulgaria, Plamen Nedyalkov.\n"
        "– A Memorandum of Cooperation on the Sea2Sea corridor, exchanged by the Minister of Infrastructure Stavros "
        "Kapetanakis and the Minister of Transport of the Republic of Bulgaria, Galina Staneva.\n"
    )
    signings = [
        (who, when) for kind, who, when in event_facts(analysed(text, "doc").fragment) if kind == "signing"
    ]
    assert any(
        {"Eleni Karamitrou", "Plamen Nedyalkov"} <= who and when == "2026-07-29..2026-07-29"
        for who, when in signings
    )
    assert any({"Stavros Kapetanakis", "Galina Staneva"} <= who for who, _ in signings)
