"""Rules written from the pages of set 10 (tests/data/held-out/set10), read on 1 December 2026 after its three
held-out scores. Each checked on a short article of our own."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.clean import clean_article
from bot.core.dates import find_dates
from bot.core.extract import Extractor
from bot.core.merge import StoryBuilder
from bot.core.model import Event, EventType, Precision, Story
from bot.core.pipeline import ArticleInput, Rejected, finish, prepare
from bot.core.vocab import Vocabulary
from tests.core.support import Analyse, quoted, titles_by_person

HEAD = "Wednesday, 8 July 2026\nHeadline of the story\n\n"
LEAD = "Zambia and Malawi signed an agreement on sugar trade in Chipata on Tuesday.\n\n"


def events(story: Story, kind: EventType) -> list[Event]:
    return [e for e in story.events if e.type is kind]


def parties(event: Event) -> set[str]:
    return {r.entity for r in event.participants}


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        (
            "Technical teams from the two public works ministries will meet in Lusaka next month to begin a study.",
            8,
        ),
        (
            "Officials from the two trade ministries are due to meet on the margins of COTED in Lusaka in August.",
            8,
        ),
        ("Expert groups from the two ministries will meet in Lilongwe in September, the ministry said.", 9),
        (
            "Senior officials will meet in Lilongwe in November to work out how the estate will be managed.",
            11,
        ),
        ("The Zambia–Malawi Joint Permanent Commission on Cooperation will sit in Lilongwe in October.", 10),
        ("The Joint Commission will meet in Lusaka in October.", 10),
    ],
)
def test_the_working_level_or_a_joint_body_that_will_meet_is_talks_of_the_two(
    analysed: Analyse, sentence: str, month: int
) -> None:
    story = analysed(HEAD + LEAD + sentence + "\n", "working-level").fragment
    (talks,) = events(story, EventType.TALKS)
    assert parties(talks) == {"country:zambia", "country:malawi"}
    assert talks.when is not None
    assert (talks.when.start.year, talks.when.start.month) == (2026, month)


def test_the_meeting_of_a_joint_body_named_after_it_and_protesters_who_sit(analysed: Analyse) -> None:
    text = HEAD + (
        "Malaysia and Timor-Leste signed an agreement on coffee trade in Putrajaya on Tuesday.\n\n"
        "The visit follows the first meeting of the Malaysia–Timor-Leste Joint Commission, held in Dili in March. "
        "Protesters sit in Merdeka Square every Friday.\n"
    )
    story = analysed(text, "joint-body").fragment
    (talks,) = events(story, EventType.TALKS)
    assert parties(talks) == {"country:malaysia", "country:east-timor"}
    assert talks.when is not None
    assert (talks.when.start, talks.when.end) == (date(2026, 3, 1), date(2026, 3, 31))
    assert len(events(story, EventType.MEETING)) == 0


def test_two_leaders_who_spoke_by_telephone_held_talks(analysed: Analyse) -> None:
    text = HEAD + (
        "Saint Lucia put a 20 per cent duty on Barbadian beer on Monday.\n\n"
        "Prime Minister Kenson Alcide Mathurin and his Barbadian counterpart, Prime Minister Carlton "
        "Harewood-Best, spoke by telephone on Monday evening.\n"
    )
    story = analysed(text, "telephone").fragment
    names = {e.id: e.name for e in story.entities}
    (talks,) = events(story, EventType.TALKS)
    assert {names[r.entity] for r in talks.participants} == {
        "Kenson Alcide Mathurin",
        "Carlton Harewood-Best",
    }
    assert talks.when is not None
    assert talks.when.start == date(2026, 7, 6)


def test_a_visit_told_by_its_verb_after_the_noun(analysed: Analyse) -> None:
    text = "Friday, 26 September 2025\nHeadline\n\n" + (
        "Malaysia and Timor-Leste signed a coffee deal in Putrajaya on Wednesday, during a visit by Prime "
        "Minister Agostinho Ximenes. Malaysia's Foreign Minister Azlina Hashim hosted him.\n\n"
        "The visit comes after Azlina Hashim visited Dili last week.\n"
    )
    story = analysed(text, "visit-verb").fragment
    names = {e.id: e.name for e in story.entities}
    visitors = {
        names[r.entity] for e in events(story, EventType.VISIT) for r in e.participants if r.role == "visitor"
    }
    assert visitors == {"Agostinho Ximenes", "Azlina Hashim"}


@pytest.mark.parametrize(
    ("sentence", "reference", "expected"),
    [
        (
            "Liberia would suspend, from April 1, the 25 percent surcharge on Ivorian cement.",
            date(2025, 3, 12),
            date(2025, 4, 1),
        ),
        (
            "Kiribati will also remove, from November 1, the 5 per cent duty on coconut oil.",
            date(2026, 9, 30),
            date(2026, 11, 1),
        ),
    ],
)
def test_a_day_set_off_by_commas_in_a_clause_about_the_future_is_to_come(
    sentence: str, reference: date, expected: date
) -> None:
    (found,) = find_dates(sentence, reference)
    assert found.when is not None
    assert found.when.start == expected


def test_a_post_in_another_language_on_the_line_above_its_signature_is_its_writers(analysed: Analyse) -> None:
    text = "Wednesday, 22 October 2025\nHeadline\n\n" + (
        "Paraguay's Foreign Minister Rubén Darío Ayala Benítez and his Uruguayan counterpart Mariana Arocena Sosa "
        "signed an agreement on river transit in Montevideo on Tuesday.\n\n"
        "Firmamos hoy en Montevideo con la Canciller @MArocenaUY el Acuerdo de Tránsito Fluvial. Paraguay y "
        "Uruguay, hermanos del río. 🇵🇾🇺🇾\n"
        "— Rubén Ayala Benítez (@RubenAyalaPY) October 21, 2025\n\n"
        "The agreement takes effect in January.\n"
    )
    story = analysed(text, "post-es").fragment
    names = {e.id: e.name for e in story.entities}
    posted = [
        (names[q.speaker], q.texts[0].value, q.when.start if q.when else None)
        for q in story.quotations
        if any(c.value == "post on X" for c in q.channels)
    ]
    assert posted == [
        (
            "Rubén Darío Ayala Benítez",
            "Firmamos hoy en Montevideo con la Canciller @MArocenaUY el Acuerdo de Tránsito Fluvial",
            date(2025, 10, 21),
        ),
        ("Rubén Darío Ayala Benítez", "Paraguay y Uruguay, hermanos del río", date(2025, 10, 21)),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publié le : mardi 10 mars 2026 – 17:48", date(2026, 3, 10)),
        ("Mis à jour le 1er avril 2026", date(2026, 4, 1)),
        ("Publié le 3 juillet 2026, 09:12", date(2026, 7, 3)),
        ("15 juin 2026", date(2026, 6, 15)),
        ("Le 2 août 2025", date(2025, 8, 2)),
        ("4 déc. 2025", date(2025, 12, 4)),
        ("martes 16 de junio de 2026, 08:30", date(2026, 6, 16)),
        ("3 de março de 2026", date(2026, 3, 3)),
    ],
)
def test_a_publication_line_in_french_is_read(vocab: Vocabulary, line: str, expected: date) -> None:
    text = (
        "PORT LOUIS GAZETTE\n\nMauritius and Seychelles sign a surveillance pact\n\n"
        f"{line}\nPar Nadia Ramdewar\n\n"
        "Mauritius and Seychelles signed an agreement on joint maritime surveillance in Port Louis on Tuesday, "
        "the two governments said.\n"
    )
    article = clean_article(text, vocab.outlets, vocab.agencies)
    assert article.published is not None
    assert article.published.start == expected


def test_an_undated_page_is_dated_by_a_signing_known_by_the_days_of_a_visit(vocab: Vocabulary) -> None:
    dated = (
        "PORT LOUIS GAZETTE\n\nMauritius and Seychelles sign a surveillance pact\n\nPublié le : mardi 10 mars 2026\n\n"
        "President Marc-Antoine Esparon of Seychelles is in Port Louis on a three-day state visit that ends "
        "today. During the visit, the Agreement on Joint Maritime Surveillance was signed by Seychelles' Minister "
        "for Foreign Affairs Régis Labrosse and Mauritius' Minister of Foreign Affairs Anjalee Baboolall-Ramdin.\n"
    )
    undated = (
        "MAHÉ COURIER\n\nEsparon home with patrol deal\n\n"
        "President Marc-Antoine Esparon returned home from a state visit to Mauritius, bringing back the "
        "Agreement on Joint Maritime Surveillance, which Foreign Affairs Minister Régis Labrosse and his Mauritian "
        "counterpart, Anjalee Baboolall-Ramdin, signed in Port Louis.\n"
    )
    extractor = Extractor(vocab)
    builder = StoryBuilder(None, vocab)
    first = finish(prepare(ArticleInput("gazette", dated), vocab), builder, extractor, 1)
    builder.add(first.fragment, first.source)
    (signing,) = events(first.fragment, EventType.SIGNING)
    assert signing.when is not None
    assert (signing.when.start, signing.when.precision) == (date(2026, 3, 8), Precision.RANGE)
    second = finish(prepare(ArticleInput("courier", undated), vocab), builder, extractor, 2)
    assert second.source.inferred
    assert second.source.published is not None
    assert second.source.published.start == date(2026, 3, 8)


def test_the_one_person_of_an_office_is_told_by_it_and_ranks_are_no_part_of_a_name(analysed: Analyse) -> None:
    text = "Tuesday, 10 March 2026\nHeadline\n\n" + (
        "President Marc-Antoine Esparon of Seychelles returned home on Monday from a state visit to Mauritius, "
        "where he met Prime Minister Vikash Dookhony.\n\n"
        'Speaking to reporters, the President said the visit had achieved "everything we went for and a little '
        'more."\n\n'
        'The Seychellois president told reporters: "We will study the patrol rules carefully."\n\n'
        "The Chief of Defence Forces, Colonel Brigitte Hoareau, said the coast guard had been consulted. Colonel "
        "Hoareau said Seychelles would keep the final say.\n"
    )
    story = analysed(text, "office").fragment
    assert quoted(story) == {
        ("Marc-Antoine Esparon", "everything we went for and a little more"),
        ("Marc-Antoine Esparon", "We will study the patrol rules carefully"),
    }
    people = {e.name: [t.value for t in e.titles] for e in story.entities if e.id.startswith("person:")}
    assert people["Brigitte Hoareau"] == ["Chief of Defence Forces"]
    assert "Colonel Brigitte Hoareau" not in people


def test_the_president_of_an_article_with_two_presidents_is_no_one(analysed: Analyse) -> None:
    text = "Tuesday, 10 March 2026\nHeadline\n\n" + (
        "President Marc-Antoine Esparon of Seychelles met President Navin Ramjattan of Mauritius in Port Louis on "
        "Monday.\n\n"
        'Speaking to reporters, the President said the visit had achieved "everything we went for and a little '
        'more."\n'
    )
    assert quoted(analysed(text, "two-presidents").fragment) == set()


def test_talks_and_a_call_told_in_one_clause_are_two_events_each_with_its_date(analysed: Analyse) -> None:
    text = (
        HEAD
        + LEAD
        + (
            "The breakthrough was prepared by a telephone call on Friday between President Bwalya Musonda Chisanga and "
            "his Malawian counterpart, President Stanford Nkhoma.\n\n"
            "The visit follows technical talks between the two countries' customs services in Chipata last month, and "
            "a telephone call between the two presidents in January.\n"
        )
    )
    story = analysed(text, "two-talks").fragment
    names = {e.id: e.name for e in story.entities}
    found = sorted(
        (
            sorted(names.get(r.entity, r.entity) for r in e.participants),
            e.when.start if e.when else None,
            e.when.end if e.when else None,
        )
        for e in events(story, EventType.TALKS)
    )
    assert found == [
        (["Bwalya Musonda Chisanga", "Stanford Nkhoma"], date(2026, 1, 1), date(2026, 1, 31)),
        (["Bwalya Musonda Chisanga", "Stanford Nkhoma"], date(2026, 7, 3), date(2026, 7, 3)),
        (["Malawi", "Zambia"], date(2026, 6, 1), date(2026, 6, 30)),
    ]


def test_a_quotation_credited_by_name_is_that_persons_and_never_the_last_speakers(analysed: Analyse) -> None:
    text = "Wednesday, 13 May 2026\nHeadline\n\n" + (
        "Lithuania and Romania signed a memorandum on ammunition in Vilnius on Wednesday, said Lithuania's "
        "Defence Minister Gintarė Žemaitytė-Balčiūnienė.\n\n"
        '"We are not ordering shells for a parade," Žemaitytė-Balčiūnienė said.\n\n'
        '"Memoranda are a good start, but Europe is full of them," said Dr Rasa Kuprevičiūtė of Vilnius '
        "University's Institute of International Relations and Political Science.\n\n"
        '"A memorandum is a promise to keep talking," said economist Dr Tomas Baltrunas-Vaitkus of the University '
        "of Klaipėda, a critic of the minister.\n\n"
        '"Every shell we produce together is one no one waits for," Zemaityte told reporters.\n"'
    )
    assert quoted(analysed(text, "credited").fragment) == {
        ("Gintarė Žemaitytė-Balčiūnienė", "We are not ordering shells for a parade"),
        ("Rasa Kuprevičiūtė", "Memoranda are a good start, but Europe is full of them"),
        ("Tomas Baltrunas-Vaitkus", "A memorandum is a promise to keep talking"),
        ("Gintarė Žemaitytė-Balčiūnienė", "Every shell we produce together is one no one waits for"),
    }


def test_a_meeting_between_officials_of_the_two_countries_is_their_talks(analysed: Analyse) -> None:
    text = HEAD + (
        "Kuwait and Bangladesh signed a labour agreement in Kuwait City on Tuesday.\n\n"
        "The ground for the visit was prepared at a virtual meeting between trade officials of the two countries "
        "earlier this month, according to the Foreign Ministry.\n"
    )
    story = analysed(text, "officials-of").fragment
    found = sorted(
        (sorted(parties(e)), e.when.start if e.when else None) for e in events(story, EventType.TALKS)
    )
    assert found == [(["country:bangladesh", "country:kuwait"], date(2026, 7, 1))]


def test_a_listed_agreement_signed_by_two_ministers_names_its_signatories(analysed: Analyse) -> None:
    text = "Friday, 23 October 2026\nHeadline\n\n" + (
        "Indonesia and Vietnam signed four agreements in Jakarta on Thursday. The documents were:\n\n"
        "1. A Memorandum of Understanding on Cooperation in Combating Illegal Fishing, signed by Marine Affairs and "
        "Fisheries Minister Retno Ayu Lestari and Vietnam's Minister of Agriculture, Nguyen Thi Thanh Ha.\n"
    )
    story = analysed(text, "listed").fragment
    names = {e.id: e.name for e in story.entities}
    signatories = {
        names[r.entity]
        for e in events(story, EventType.SIGNING)
        for r in e.participants
        if r.role == "signatory"
    }
    assert signatories == {"Retno Ayu Lestari", "Nguyen Thi Thanh Ha"}


def test_an_undated_page_takes_its_year_from_the_post_it_embeds(vocab: Vocabulary) -> None:
    text = (
        "PIPES & BORDERS\n\nThe Southern Interconnection is finally on paper\n\nPosted by Mirela Tomic\n\n"
        "I'm writing this on Saturday morning, two days after the signing in Zagreb. On Thursday, 5 November, "
        "Croatia's Minister of Economy Ivana Saric and Bosnia's energy minister Dzenan Hadziahmetovic signed the "
        "Intergovernmental Agreement on the Southern Gas Interconnection in Zagreb.\n\n"
        "Within hours, Republika Srpska's energy minister, Slobodan Vukovic, had posted his objection:\n\n"
        "Agreement signed in Zagreb tonight has no validity without the consent of Republika Srpska.\n"
        "— Slobodan Vukovic (@SVukovicTesic) November 5, 2026\n\n"
        "He is not wrong about the constitutional muddle.\n"
    )
    result = finish(
        prepare(ArticleInput("blog", text), vocab), StoryBuilder(None, vocab), Extractor(vocab), 1
    )
    assert result.source.inferred
    assert result.source.published is not None
    assert result.source.published.start == date(2026, 11, 5)


def test_names_of_places_blocs_and_photo_credits_are_no_people(analysed: Analyse) -> None:
    text = "Wednesday, 22 October 2025\nHeadline\n\n" + (
        "President Thomas Gbatu Kpangbai hosted Ivorian President Gilbert N'Dri for talks at the Executive "
        "Mansion in Monrovia on Tuesday, after N'Dri landed at Sir Seewoosagur Ramgoolam International Airport.\n\n"
        "Photo caption: Presidents Kpangbai and N'Dri after the signing. (Photo: Office of the President / Kevin "
        "Ramnauth)\n\n"
        "Minister for Commerce, Manufacturing and Consumer Affairs Dr Ambrose Jn Baptiste said Montevideo had "
        "threatened to take the matter to Mercosur's dispute settlement mechanism.\n"
    )
    people = set(titles_by_person(analysed(text, "not-people").fragment))
    assert people == {"Thomas Gbatu Kpangbai", "Gilbert N'Dri", "Ambrose Jn Baptiste"}


def test_him_after_a_verb_of_hosting_is_the_sentences_first_person(analysed: Analyse) -> None:
    text = "Wednesday, 12 March 2025\nHeadline\n\n" + (
        "Ivorian President Gilbert Kouassi N'Dri and Liberia signed a border agreement in Monrovia on Tuesday.\n\n"
        "N'Dri arrived at Roberts International Airport on Monday evening and was welcomed by President Thomas "
        "Gbatu Kpangbai, who hosted him for closed-door talks at the Executive Mansion on Tuesday morning.\n"
    )
    story = analysed(text, "hosted-him").fragment
    names = {e.id: e.name for e in story.entities}
    (meeting,) = events(story, EventType.MEETING)
    assert {names[r.entity] for r in meeting.participants} == {
        "Thomas Gbatu Kpangbai",
        "Gilbert Kouassi N'Dri",
    }
    assert meeting.when is not None
    assert meeting.when.start == date(2025, 3, 11)


def test_an_undated_page_naming_no_day_is_dated_by_its_latest_post_unless_it_tells_the_post_as_old(
    vocab: Vocabulary,
) -> None:
    story = (
        "THE RIVER POST\n\nParaguay and Uruguay sign river deal\n\n"
        "Paraguay's Foreign Minister Rubén Ayala and Uruguay's Foreign Minister Mariana Arocena signed an agreement "
        "on river transit in Montevideo.\n\n{lead}\n\n"
        "Firmamos hoy en Montevideo con la Canciller @MArocenaUY el Acuerdo de Tránsito Fluvial.\n"
        "— Rubén Ayala (@RubenAyalaPY) October 21, 2025\n\nThe agreement takes effect in January.\n"
    )
    new = finish(
        prepare(ArticleInput("post-recent", story.format(lead="Ayala posted on X:")), vocab),
        StoryBuilder(None, vocab),
        Extractor(vocab),
        1,
    )
    assert new.source.published is not None
    assert new.source.published.start == date(2025, 10, 21)
    with pytest.raises(Rejected):
        finish(
            prepare(ArticleInput("post-old", story.format(lead="Two years ago, Ayala posted on X:")), vocab),
            StoryBuilder(None, vocab),
            Extractor(vocab),
            1,
        )
