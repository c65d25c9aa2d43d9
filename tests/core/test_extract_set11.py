"""Rules written from the pages of set 11 (tests/data/held-out/set11), read on 1 December 2026 (second session)
after three held-out scores. Each checked on a short article of our own."""

from __future__ import annotations

from datetime import date

from bot.core.extract import Extractor
from bot.core.merge import StoryBuilder
from bot.core.model import EventType
from bot.core.pipeline import ArticleInput, finish, prepare
from bot.core.vocab import Vocabulary
from tests.core.support import Analyse, quoted, titles_by_person


def test_a_latin_american_degree_before_a_name_is_no_part_of_it(analysed: Analyse) -> None:
    text = "Tuesday, 16 June 2026\nHeadline\n\n" + (
        "El Salvador's Minister of Agriculture and Livestock, Ing. Óscar Armando Villatoro Cea, and his Honduran "
        "counterpart, Secretary of Agriculture and Livestock Leticia Suyapa Maradiaga Zelaya, inked a memorandum "
        "of understanding on artisanal fishing on Monday.\n\n"
        'Villatoro told a press conference after the signing: "No Salvadoran fisherman should ever again spend a '
        'night in a cell."\n'
    )
    story = analysed(text, "ing").fragment
    assert titles_by_person(story) == {
        "Óscar Armando Villatoro Cea": ["Minister of Agriculture and Livestock"],
        "Leticia Suyapa Maradiaga Zelaya": ["Secretary of Agriculture and Livestock"],
    }
    assert (
        "Óscar Armando Villatoro Cea",
        "No Salvadoran fisherman should ever again spend a night in a cell",
    ) in quoted(story)


def test_a_name_written_again_in_its_own_script_before_its_title(analysed: Analyse) -> None:
    text = "Tuesday, 9 December 2025\nHeadline\n\n" + (
        "Taiwan and Palau signed a coast guard pact in Koror on Monday.\n\n"
        "Chang Yi-hsuan (張以萱), a research fellow at National Chengchi University, said the pact gave Taiwan a "
        'practical role.\n\n"This is the kind of diplomacy Taiwan does best," Chang said.\n'
    )
    story = analysed(text, "native").fragment
    assert titles_by_person(story) == {"Chang Yi-hsuan": ["research fellow at National Chengchi University"]}
    assert quoted(story) == {("Chang Yi-hsuan", "This is the kind of diplomacy Taiwan does best")}


def test_talks_told_after_the_fact_ended_the_day_they_were_told(analysed: Analyse) -> None:
    text = "Wednesday, 11 March 2026\nHeadline\n\n" + (
        "Uganda and South Sudan signed minutes on trade in Kampala on Tuesday.\n\n"
        "South Sudan and Uganda agreed on Tuesday to lift the levy, after two days of talks in Kampala that eased a "
        "trade row.\n"
    )
    story = analysed(text, "after-days").fragment
    (talks,) = [e for e in story.events if e.type is EventType.TALKS]
    assert {r.entity for r in talks.participants} == {"country:uganda", "country:south-sudan"}
    assert talks.when is not None
    assert (talks.when.start, talks.when.end) == (date(2026, 3, 9), date(2026, 3, 10))


def test_a_misspelt_subject_for_his_part_is_the_speaker(analysed: Analyse) -> None:
    text = "Wednesday, 22 October 2025\nHeadline\n\n" + (
        "Italy's Minister of Enterprises Lorenzo Bertolaccini and Algeria's Minister of Trade Karim Hamroune signed "
        "a trade accord in Algiers on Tuesday.\n\n"
        'Bertolacini, for his part, said at the embassy that the duty cut showed that "energy and trade can move '
        'together."\n'
    )
    assert ("Lorenzo Bertolaccini", "energy and trade can move together") in quoted(
        analysed(text, "for-his-part").fragment
    )


def test_initialling_is_a_signing_of_its_own_status_and_a_visit_told_before_it_stays(
    analysed: Analyse,
) -> None:
    text = "Thursday, 4 December 2025\nHeadline\n\n" + (
        "North Macedonia's Minister of Internal Affairs Dimitar Petreski was received in Belgrade on Wednesday by "
        "his Serbian counterpart Nenad Milutinović.\n\n"
        "Petreski, who was in Belgrade on a one-day working visit, and Milutinović also initialled an implementing "
        "protocol to the 2010 readmission agreement.\n"
    )
    story = analysed(text, "initialled").fragment
    names = {e.id: e.name for e in story.entities}
    (signing,) = [e for e in story.events if e.type is EventType.SIGNING]
    assert [s.value for s in signing.status] == ["initialled"]
    assert "Nenad Milutinović" in {names[r.entity] for r in signing.participants if r.role == "signatory"}
    visitors = {
        names[r.entity]
        for e in story.events
        if e.type is EventType.VISIT
        for r in e.participants
        if r.role == "visitor"
    }
    assert visitors == {"Dimitar Petreski"}


def test_a_post_in_quotation_marks_and_one_signed_with_a_shorter_name(analysed: Analyse) -> None:
    text = "Tuesday, 18 November 2025\nHeadline\n\n" + (
        "Somalia's Defence Minister Mahad Isse and Eritrea's Information Minister Fitsum Andemariam Weldu attended "
        "the signing of a defence agreement in Asmara on Monday.\n\n"
        '"Signed this evening in Asmara: the Agreement on Defence Cooperation. A new chapter for two brotherly '
        'nations."\n'
        "— Fitsum Andemariam (@FitsumAndemariam) November 17, 2025\n\n"
        "The agreement covers training and intelligence sharing.\n"
    )
    story = analysed(text, "quoted-post").fragment
    names = {e.id: e.name for e in story.entities}
    posted = {
        (names[q.speaker], q.texts[0].value)
        for q in story.quotations
        if any(c.value == "post on X" for c in q.channels)
    }
    assert posted == {
        ("Fitsum Andemariam Weldu", "Signed this evening in Asmara: the Agreement on Defence Cooperation"),
        ("Fitsum Andemariam Weldu", "A new chapter for two brotherly nations"),
    }


def test_myanmar_honorifics_are_no_part_of_the_name(analysed: Analyse) -> None:
    text = "Thursday, 14 May 2026\nHeadline\n\n" + (
        "Union Minister for Foreign Affairs U Than Naing Soe signed a memorandum of understanding on combating drug "
        "trafficking with his Lao counterpart, Mr Bounthavy Sisouphanh, in Vientiane on Wednesday.\n\n"
        "Daw Khin Myat Noe, a researcher at the Yangon Institute of Economics, said the hotline would help.\n"
    )
    assert set(titles_by_person(analysed(text, "u-daw").fragment)) == {
        "Than Naing Soe",
        "Bounthavy Sisouphanh",
        "Khin Myat Noe",
    }


def test_an_undated_page_that_tells_a_known_signing_as_yesterdays_is_of_the_day_after(
    vocab: Vocabulary,
) -> None:
    dated = "Tuesday, 10 March 2026\nHeadline\n\n" + (
        "Uganda's Minister of Trade Moses Kateregga Lubega and South Sudan's Minister of Trade Nyandeng Akech "
        "Malual signed the agreed minutes of the Joint Trade Committee in Kampala on Tuesday.\n"
    )
    undated = "JUBA MONITOR\n\nMalual back from Kampala\n\n" + (
        "South Sudan's Minister of Trade Nyandeng Akech Malual returned to Juba last night. Malual and Uganda's Trade "
        "Minister Moses Kateregga Lubega signed the agreed minutes of the Joint Trade Committee in Kampala yesterday.\n"
    )
    extractor, builder = Extractor(vocab), StoryBuilder(None, vocab)
    first = finish(prepare(ArticleInput("monitor-kampala", dated), vocab), builder, extractor, 1)
    builder.add(first.fragment, first.source)
    second = finish(prepare(ArticleInput("monitor-juba", undated), vocab), builder, extractor, 2)
    assert second.source.inferred
    assert second.source.published is not None
    assert second.source.published.start == date(2026, 3, 11)
