"""Rules written from the pages of set 9 (tests/data/held-out/set9), read on 1 December 2026 after its three
held-out scores. Each checked on a short article of our own."""

from __future__ import annotations

from datetime import date

from bot.core.clean import clean_article
from bot.core.dates import find_dates
from bot.core.model import EventType, Precision
from bot.core.text import find_quotes
from bot.core.vocab import Vocabulary
from tests.core.support import Analyse, quoted, titles_by_person

HEAD = "Wednesday, 15 October 2026\nHeadline of the story\n\n"


def test_malaysian_fijian_and_cambodian_honorifics_are_no_part_of_the_name(analysed: Analyse) -> None:
    text = HEAD + (
        "Fiji's Deputy Prime Minister Ratu Peni Koroilavesau held talks with Malaysia's Minister of Investment, "
        "Trade and Industry, Datuk Seri Mohd Faizal bin Yusof, in Kuala Lumpur on Tuesday.\n\n"
        "On Wednesday Ratu Peni called on Malaysia's Deputy Prime Minister, Datuk Seri Hajah Norliza binti Osman, "
        "in Putrajaya. Malaysia's Minister of Agriculture, Datuk Rahim Ismail, joined them.\n"
    )
    assert titles_by_person(analysed(text, "honorifics").fragment) == {
        "Peni Koroilavesau": ["Deputy Prime Minister"],
        "Mohd Faizal bin Yusof": ["Minister of Investment Trade and Industry"],
        "Norliza binti Osman": ["Deputy Prime Minister"],
        "Rahim Ismail": ["Minister of Agriculture"],
    }
    text = HEAD + (
        "Laos and Cambodia exchanged the instruments of ratification of their border treaty on Tuesday.\n\n"
        "In Phnom Penh, the Lao minister had an audience with Samdech Chea Vuthy, President of the Senate. "
        "Samdech Chea Vuthy welcomed the treaty. Lok Chumteav Keo Sreymom, Secretary of State at the Ministry of "
        "Mines and Energy, told reporters that a power line would follow.\n"
    )
    assert titles_by_person(analysed(text, "honorifics-kh").fragment) == {
        "Chea Vuthy": ["President of the Senate"],
        "Keo Sreymom": ["Secretary of State at the Ministry of Mines and Energy"],
    }


def test_names_joined_by_binti_e_de_las_and_i_are_one_name(analysed: Analyse) -> None:
    for doc, text, name in (
        (
            "binti",
            "The memorandum was signed by Tanzania's Minister of Health, Zuhura binti Said Mussa, and Uganda's "
            "Minister of Health, Dr Grace Atim Okot, on Monday.\n",
            "Zuhura binti Said Mussa",
        ),
        (
            "e",
            "Portugal's Minister of Infrastructure, Rui Manuel Moreira e Sousa, met Spain's Minister of Transport, "
            "Pilar de las Cuevas Roig, in Lisbon on Thursday.\n",
            "Rui Manuel Moreira e Sousa",
        ),
        (
            "de-las",
            "Spain's Minister of Transport, Pilar de las Cuevas Roig, met Portugal's Minister of Infrastructure in "
            "Lisbon on Thursday.\n",
            "Pilar de las Cuevas Roig",
        ),
        (
            "i",
            "Norway and the Faroe Islands agreed on mackerel quotas on Thursday. Faroese fisheries minister "
            "Jógvan í Lon said the talks had been hard.\n",
            "Jógvan í Lon",
        ),
    ):
        people = set(titles_by_person(analysed(HEAD + text, doc).fragment))
        assert name in people, (doc, people)
        assert not any(other != name and name.startswith(other) for other in people), (doc, people)


def test_a_long_portfolio_no_list_knows_before_a_name_in_apposition(analysed: Analyse) -> None:
    text = HEAD + (
        "Armenia's Minister of Territorial Administration and Infrastructure, Hrant Avetisyan, flew to Tbilisi on "
        "Monday.\n"
    )
    assert titles_by_person(analysed(text, "portfolio").fragment) == {
        "Hrant Avetisyan": ["Minister of Territorial Administration and Infrastructure"]
    }


def test_a_dispatcher_or_an_engineer_in_apposition_is_a_person(analysed: Analyse) -> None:
    text = HEAD + (
        "Georgia and Armenia initialled a power trade agreement in Tbilisi on Tuesday.\n\n"
        "Levan Gogichaishvili, the chief dispatcher at the national grid operator, told reporters that the "
        "operators had been ready since 2024. Anna Petrosyan, a senior engineer at the Armenian grid, said the "
        "line was ready.\n"
    )
    people = titles_by_person(analysed(text, "roles").fragment)
    assert people == {
        "Levan Gogichaishvili": ["chief dispatcher at the national grid operator"],
        "Anna Petrosyan": ["senior engineer at the Armenian grid"],
    }


def test_the_first_words_of_a_split_quotation_are_quoted(analysed: Analyse) -> None:
    text = HEAD + (
        "Latvian Defence Minister Edgars Kalniņš met his Lithuanian counterpart in Riga on Tuesday.\n\n"
        '"By buying together," Minister Kalniņš said, "we pay less and we train together."\n'
    )
    words = quoted(analysed(text, "split").fragment)
    assert ("Edgars Kalniņš", "By buying together") in words
    assert ("Edgars Kalniņš", "we pay less and we train together") in words


def test_quotations_in_single_quotes_as_british_outlets_write_them(analysed: Analyse) -> None:
    text = HEAD + (
        "Georgia's Minister of Economy, Nino Beridze, spoke at the joint press appearance on Tuesday. "
        "'Electricity does not need a visa, and from now on it will not need five permits either,' she said.\n\n"
        "'We have spent too many winters importing power. This gives us a neighbour we can plan with.'\n\n"
        "Beridze added: 'The engineers were never the problem.'\n"
    )
    assert quoted(analysed(text, "single").fragment) == {
        (
            "Nino Beridze",
            "Electricity does not need a visa, and from now on it will not need five permits either",
        ),
        ("Nino Beridze", "We have spent too many winters importing power"),
        ("Nino Beridze", "This gives us a neighbour we can plan with"),
        ("Nino Beridze", "The engineers were never the problem"),
    }


def test_single_quotes_around_a_title_or_a_possessive_are_no_quotation() -> None:
    for text in (
        "The two ministers signed the 'Framework for Peace and Prosperity.'",
        "The army called it 'Operation Sindoor' on Friday, and the ministers' meeting went on.",
        "India's minister said the talks' outcome was 'a good sign' for both sides.",
    ):
        assert find_quotes(text, 0, len(text)) == [], text


def test_a_publication_line_with_hyphens_is_read(vocab: Vocabulary) -> None:
    text = (
        "Saharan Press Service\n\nTunisia, Libya sign freight corridor deal\n\n"
        "04-Feb-2026 11:47 GMT | Updated 04-Feb-2026 13:05 GMT\nBy Leila Haddad\n\n"
        "TUNIS, Feb 4 (SPS) - Tunisia and Libya signed a memorandum on Tuesday.\n"
    )
    article = clean_article(text, vocab.outlets, vocab.agencies)
    assert article.published is not None
    assert article.published.start == date(2026, 2, 4)


def test_a_counterpart_named_once_a_video_call_and_words_posted_after_a_colon(analysed: Analyse) -> None:
    text = HEAD + (
        "Mexico suspended its levy on Guatemalan coffee on Wednesday.\n\n"
        "The ground had been prepared in a video call between President Rodrigo Alcántara Ibarra and his "
        "Guatemalan counterpart, Sergio Estuardo Pellecer.\n\n"
        'Pellecer struck a warmer tone on X on Wednesday evening: "Good news for Guatemalan families. Dialogue '
        'works when both sides want it to."\n'
    )
    story = analysed(text, "counterpart").fragment
    assert set(titles_by_person(story)) == {"Rodrigo Alcántara Ibarra", "Sergio Estuardo Pellecer"}
    names = {e.id: e.name for e in story.entities}
    talks = [e for e in story.events if e.type is EventType.TALKS]
    assert [{names[r.entity] for r in e.participants} for e in talks] == [
        {"Rodrigo Alcántara Ibarra", "Sergio Estuardo Pellecer"}
    ]
    assert ("Sergio Estuardo Pellecer", "Good news for Guatemalan families") in quoted(story)


def test_his_excellency_written_h_e_before_a_speaker(analysed: Analyse) -> None:
    text = HEAD + (
        "Cambodia and Laos exchanged the instruments of ratification of their border treaty on Tuesday.\n\n"
        "The instruments were exchanged by H.E. Sok Dara, Deputy Prime Minister and Minister of Foreign Affairs "
        "and International Cooperation of Cambodia, and H.E. Khamphao Vongsay, Minister of Foreign Affairs of "
        "Laos, in Phnom Penh.\n\n"
        '"The border between our two countries is no longer a line of doubt," said H.E. Sok Dara at the joint '
        "press briefing.\n\n"
        '"Laos has water and Cambodia has a growing economy," H.E. Chan Virak said.\n'
    )
    story = analysed(text, "h-e").fragment
    people = titles_by_person(story)
    assert set(people) == {"Sok Dara", "Khamphao Vongsay", "Chan Virak"}
    assert people["Sok Dara"] == [
        "Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation of Cambodia"
    ]
    assert quoted(story) == {
        ("Sok Dara", "The border between our two countries is no longer a line of doubt"),
        ("Chan Virak", "Laos has water and Cambodia has a growing economy"),
    }


def test_teams_that_reconvene_on_a_day_meet_on_the_next_one(analysed: Analyse) -> None:
    text = "Friday, June 5, 2026\nHeadline\n\n" + (
        "Mexico and Guatemala agreed on a coffee quota in Tapachula on Wednesday.\n\n"
        "Technical teams from the two economy ministries reconvene in Guatemala City on June 22 to work on a "
        "permanent quota mechanism.\n"
    )
    talks = [e for e in analysed(text, "reconvene").fragment.events if e.type is EventType.TALKS]
    assert [(e.when.start if e.when else None) for e in talks] == [date(2026, 6, 22)]


def test_talks_between_two_countries_named_after_between(analysed: Analyse) -> None:
    text = HEAD + (
        "Lithuania and Latvia signed a deal on joint ammunition purchases in Vilnius on Tuesday.\n\n"
        "Further consultations between Lithuania and Latvia are planned in Tallinn next month.\n"
    )
    story = analysed(text, "between").fragment
    (talks,) = [e for e in story.events if e.type is EventType.TALKS]
    assert {r.entity for r in talks.participants} == {"country:lithuania", "country:latvia"}
    assert talks.when is not None
    assert (talks.when.start, talks.when.end) == (date(2026, 11, 1), date(2026, 11, 30))


def test_negotiations_between_two_countries_told_as_a_state_are_no_talks_held(analysed: Analyse) -> None:
    text = HEAD + (
        "Lithuania and Latvia signed a deal on joint ammunition purchases in Vilnius on Tuesday.\n\n"
        "The deal comes as trade negotiations between Lithuania and Latvia are underway.\n"
    )
    story = analysed(text, "underway").fragment
    assert [e for e in story.events if e.type is EventType.TALKS] == []


def test_two_weekdays_in_a_row_are_one_span_and_a_weekday_still_to_come_may_be_the_days_own() -> None:
    wednesday = date(2026, 7, 15)
    (both,) = find_dates(
        "President Sebina was in Maputo on a state visit on Monday and Tuesday, his first.", wednesday
    )
    assert both.when is not None
    assert (both.when.start, both.when.end, both.when.precision) == (
        date(2026, 7, 13),
        date(2026, 7, 14),
        Precision.RANGE,
    )
    apart = find_dates("The ministers met on Monday and Thursday.", wednesday)
    assert [d.when.start for d in apart if d.when] == [date(2026, 7, 13), date(2026, 7, 9)]
    (today,) = find_dates("Sebina flies to Harare on Wednesday.", wednesday)
    assert today.when is not None
    assert today.when.start == wednesday
    (week_on,) = find_dates("The ministers will meet next Wednesday.", wednesday)
    assert week_on.when is not None
    assert week_on.when.start == date(2026, 7, 22)


def test_a_visit_that_ends_today_ran_up_to_today_and_one_begun_on_a_day_from_it(analysed: Analyse) -> None:
    thursday = "Thursday, 15 October 2026\nHeadline\n\n"
    text = thursday + (
        "Uganda and Tanzania signed a health pact in Dar es Salaam on Tuesday.\n\n"
        "Uganda's health minister Joyce Okello is on a three-day working visit to Tanzania that ends today.\n"
    )
    (visit,) = [e for e in analysed(text, "ends-today").fragment.events if e.type is EventType.VISIT]
    assert visit.when is not None
    assert (visit.when.start, visit.when.end) == (date(2026, 10, 13), date(2026, 10, 15))
    text = thursday + (
        "Fiji and Malaysia signed a trade pact in Kuala Lumpur on Tuesday.\n\n"
        "Fiji's deputy prime minister Josefa Vakaloloma landed in Kuala Lumpur on Sunday for a five-day trade "
        "mission that ends today.\n"
    )
    (visit,) = [e for e in analysed(text, "mission").fragment.events if e.type is EventType.VISIT]
    assert visit.when is not None
    assert (visit.when.start, visit.when.end) == (date(2026, 10, 11), date(2026, 10, 15))


def test_related_press_releases_and_recent_posts_end_the_story(vocab: Vocabulary) -> None:
    story = (
        "Wednesday, 22 April 2026\nLithuania and Latvia sign ammunition deal\n\n"
        "Lithuania's Defence Minister Rūta Vaitkevičiūtė and Latvia's Defence Minister Jānis Ozoliņš signed an "
        "agreement on joint ammunition purchases in Vilnius on Tuesday.\n\n"
        "The two ministers said the first orders would be placed before the end of the year.\n\n"
        "Estonia has been invited to join the project, the Lithuanian ministry said in a statement.\n\n"
    )
    for marker, teaser in (
        (
            "Related press releases",
            "2026/04/20 Vice Minister Tomas Jankauskas meets Commander Gen. Robert M. Hollister",
        ),
        ("RECENT POSTS", "- Interview: former regulator head Ruzanna Melik-Adamyan on tariffs and trust"),
    ):
        page = f"{story}{marker}\n{teaser}\n► Salmon tax: industry minister promises review\n\n© 2026 The Review\n"
        article = clean_article(page, vocab.outlets, vocab.agencies)
        assert "Vaitkevičiūtė" in article.text
        assert teaser.split()[3] not in article.body_text(), marker
