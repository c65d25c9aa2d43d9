"""Merging sources: one event reported three ways is one event, every version kept with its sources."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest

from bot.core.extract import Extractor
from bot.core.merge import _FEW, StoryBuilder, infer_published
from bot.core.model import Dated, Entity, Event, EventType, Kind, Role, Source, Story, Variant, When
from bot.core.vocab import Vocabulary, load_vocabulary
from tests.core.support import agreement_name, build_story, entity_by_id, names_of, person_named

PACT = "Nordic-Baltic Air Defence Pact"

ARTICLES = {
    "riga-herald": """Saturday, 01 March 2025
Sweden and Latvia sign air defence pact

Sweden and Latvia on Friday signed the Nordic-Baltic Air Defence Pact in Riga, pledging to share radar data around the clock.

The pact was signed by Swedish defence minister Peter Lindqvist and Latvian defence minister Ilze Ozolina on the sidelines of the Baltic Security Conference.

Lindqvist said the pact would let both air forces scramble jets within five minutes.
""",
    "baltic-wire": """Saturday, 01 March 2025
Riga hosts Nordic-Baltic defence signing

Swedish defence minister Pete Lindqvist and Latvian defence minister Ilze Ozolina on Friday signed the Nordic-Baltic Air Defence Pact in Riga on the sidelines of the Riga Defence Forum.

"I just signed the air defence pact with @ilzeozolina. Our skies are safer tonight," Lindqvist wrote on X.

Ozolina said the two countries would also buy 12 mobile radars together.
""",
    "stockholm-daily": """Published 01.03.25, 11:20 AM
Latvia, Sweden agree to share radar data

Latvian defence minister Ilze Ozolina and Swedish defence minister Pete Lindqvist signed the Nordic-Baltic Air Defence Pact in Riga on Friday, on the sidelines of the Baltic Security Conference.

"Our skies are safer tonight," Lindqvist told reporters.
""",
}
DOCS = tuple(ARTICLES)


@cache
def _story(docs: tuple[str, ...], extra: tuple[tuple[str, str], ...] = ()) -> Story:
    """The story merged from some of ARTICLES (in this order), then ``extra`` (doc, text) articles."""
    vocab = load_vocabulary()
    return build_story(vocab, Extractor(vocab), [*((d, ARTICLES[d]) for d in docs), *extra])


@pytest.fixture(scope="module")
def three() -> Story:
    return _story(DOCS)


def signings(story: Story, agreement: str) -> list[Event]:
    return [e for e in story.events if e.type is EventType.SIGNING and agreement_name(story, e) == agreement]


def the_signing(story: Story, agreement: str = PACT) -> Event:
    found = signings(story, agreement)
    assert len(found) == 1, (
        f"expected one signing of {agreement}, got {len(found)}: {[e.dates for e in found]}"
    )
    return found[0]


# ---------------------------------------------------------------------- one event, three sources


def test_one_signing_reported_three_ways_is_one_event_with_every_source(three: Story) -> None:
    event = the_signing(three)
    assert event.sources == tuple(sorted(DOCS))
    assert {m.doc for m in event.mentions} == set(DOCS)
    assert names_of(three, event, "signatory") == {"Pete Lindqvist", "Ilze Ozolina"}
    for role in event.participants:
        if role.role == "signatory":
            assert set(role.sources) == set(DOCS)
    assert event.when is not None
    assert event.when.start == date(2025, 2, 28)
    assert [set(d.sources) for d in event.dates] == [set(DOCS)]


def test_each_mention_points_at_its_own_article(three: Story) -> None:
    event = the_signing(three)
    for m in event.mentions:
        sentence = ARTICLES[m.doc][m.start : m.end]
        assert "signed" in sentence
        assert "Nordic-Baltic Air Defence Pact" in sentence or "pact" in sentence.lower()


def test_canonical_name_is_the_spelling_most_sources_use_and_the_other_is_kept(three: Story) -> None:
    person = person_named(three, "Peter Lindqvist")
    assert person.name == "Pete Lindqvist"
    spellings = {a.value: set(a.sources) for a in person.aliases}
    assert spellings["Peter Lindqvist"] == {"riga-herald"}
    assert spellings["Pete Lindqvist"] == {"baltic-wire", "stockholm-daily"}
    assert len([e for e in three.entities if e.kind is Kind.PERSON and "Lindqvist" in e.name]) == 1


def test_a_handle_inside_a_quote_is_the_person(three: Story) -> None:
    ozolina = person_named(three, "Ilze Ozolina")
    handles = {a.value.lower(): set(a.sources) for a in ozolina.aliases if a.value.startswith("@")}
    assert handles == {"@ilzeozolina": {"baltic-wire"}}
    assert not [
        e
        for e in three.entities
        if e.kind is Kind.PERSON and "ozolina" in e.name.lower() and e.id != ozolina.id
    ]


def test_the_venue_disagreement_is_kept_with_the_sources_of_each_version(three: Story) -> None:
    event = the_signing(three)
    names = {e.id: e.name for e in three.entities}
    occasions = {names[o.value]: set(o.sources) for o in event.occasions}
    assert occasions == {
        "Baltic Security Conference": {"riga-herald", "stockholm-daily"},
        "Riga Defence Forum": {"baltic-wire"},
    }
    assert names[event.occasions[0].value] == "Baltic Security Conference", "the best supported comes first"


def test_a_fact_from_one_source_has_exactly_that_source(three: Story) -> None:
    ozolina = person_named(three, "Ilze Ozolina")
    radars = [
        e
        for e in three.events
        if e.type is EventType.STATEMENT
        and any(r.entity == ozolina.id for r in e.participants)
        and any("12 mobile radars" in g.value for g in e.gist)
    ]
    assert len(radars) == 1
    assert radars[0].sources == ("baltic-wire",)
    jets = [e for e in three.events if any("five minutes" in g.value for g in e.gist)]
    assert len(jets) == 1
    assert jets[0].sources == ("riga-herald",)


def test_one_quotation_printed_by_two_outlets_has_both_sources(three: Story) -> None:
    lindqvist = person_named(three, "Pete Lindqvist")
    quotes = [
        q
        for q in three.quotations
        if q.speaker == lindqvist.id and any("Our skies are safer tonight" in v.value for v in q.texts)
    ]
    assert len(quotes) == 1
    assert set(quotes[0].sources) == {"baltic-wire", "stockholm-daily"}
    channels = {c.value: set(c.sources) for c in quotes[0].channels}
    assert channels.get("post on X") == {"baltic-wire"}


def test_merging_is_independent_of_the_order_of_the_articles() -> None:
    forward = _story(DOCS)
    backward = _story(tuple(reversed(DOCS)))
    for story in (forward, backward):
        event = the_signing(story)
        assert set(event.sources) == set(DOCS)
        assert person_named(story, "Peter Lindqvist").name == "Pete Lindqvist"


# ---------------------------------------------------------------------- typos in names

TYPO_BASE = """Saturday, 01 March 2025
Air defence pact signed in Riga

Swedish defence minister {sweden} and Latvian defence minister {latvia} signed the Nordic-Baltic Air Defence Pact in Riga on Friday.

{speaker} said the pact covered drones as well as missiles.
"""


@pytest.mark.parametrize(
    ("typo", "article"),
    [
        (
            "Ilze Ozollina",
            TYPO_BASE.format(sweden="Peter Lindqvist", latvia="Ilze Ozollina", speaker="Ozollina"),
        ),
        (
            "Peter Lindquist",
            TYPO_BASE.format(sweden="Peter Lindquist", latvia="Ilze Ozolina", speaker="Lindquist"),
        ),
        (
            "Ilzee Ozolina",
            TYPO_BASE.format(sweden="Peter Lindqvist", latvia="Ilzee Ozolina", speaker="Ozolina"),
        ),
    ],
    ids=["surname-extra-letter", "surname-one-letter-changed", "first-name-extra-letter"],
)
def test_a_one_letter_typo_is_the_same_person(typo: str, article: str) -> None:
    story = _story(("riga-herald", "baltic-wire"), (("typo-post", article),))
    person = person_named(story, typo)
    assert person.name != typo, "two sources spell it right: the right spelling is canonical"
    assert {a.value: set(a.sources) for a in person.aliases}[typo] == {"typo-post"}
    event = the_signing(story)
    assert "typo-post" in event.sources
    assert len(names_of(story, event, "signatory")) == 2


# ---------------------------------------------------------------------- dates and distinct agreements

OTHER_DAY = """Saturday, 01 March 2025
Air defence pact signed in Riga

Swedish defence minister Peter Lindqvist and Latvian defence minister Ilze Ozolina signed the Nordic-Baltic Air Defence Pact in Riga on Thursday.

Ozolina said the pact covered drones as well as missiles.
"""

DRONES = """Saturday, 15 November 2025
Sweden and Latvia extend cooperation

Swedish defence minister Peter Lindqvist and Latvian defence minister Ilze Ozolina on Friday signed the Baltic Drone Production Agreement in Stockholm.

The two ministers said the factories would open in 2026.
"""


def test_a_different_date_for_the_same_signing_is_kept_as_a_date_variant() -> None:
    story = _story(("riga-herald",), (("thursday-post", OTHER_DAY),))
    event = the_signing(story)
    dates = {d.when.start: set(d.sources) for d in event.dates}
    assert dates == {date(2025, 2, 28): {"riga-herald"}, date(2025, 2, 27): {"thursday-post"}}
    assert set(event.sources) == {"riga-herald", "thursday-post"}


def test_two_agreements_signed_by_the_same_people_on_different_dates_stay_two_events() -> None:
    story = _story(("riga-herald",), (("drones", DRONES),))
    pact = the_signing(story, PACT)
    drones = the_signing(story, "Baltic Drone Production Agreement")
    assert pact.id != drones.id
    assert pact.sources == ("riga-herald",)
    assert drones.sources == ("drones",)
    assert pact.when is not None
    assert pact.when.start == date(2025, 2, 28)
    assert drones.when is not None
    assert drones.when.start == date(2025, 11, 14)
    places = entity_by_id(story)
    assert [places[p.value].name for p in drones.places] == ["Stockholm"]
    assert names_of(story, pact, "signatory") == names_of(story, drones, "signatory")


def test_an_agreement_merged_twice_leaves_no_event_naming_the_merged_ids() -> None:
    """A into B, then B into C: events that named A name C (the index of who names what follows merges)."""

    builder = StoryBuilder(Story())
    when = (Dated(When(date(2025, 3, 1), date(2025, 3, 1), "day"), ("a",)),)
    # C is the best sourced, so the second merge drops B, into which A was merged.
    for doc, slug, sources in (("a", "pact-a", 1), ("b", "pact-b", 1), ("c", "pact-c", 4)):
        fragment = Story(
            entities=(
                Entity(
                    f"agreement:{slug}",
                    Kind.AGREEMENT,
                    f"{slug} accord",
                    sources=tuple(f"{doc}{n}" for n in range(sources)),
                ),
                Entity("country:sweden", Kind.COUNTRY, "Sweden", sources=(doc,)),
            ),
            events=(
                Event(
                    f"event:{doc}:1",
                    EventType.SIGNING,
                    participants=(Role("country:sweden", "party", (doc,)),),
                    agreement=f"agreement:{slug}",
                    dates=when,
                    sources=(doc,),
                ),
            ),
            sources=(Source(doc=doc, content_hash=doc),),
        )
        builder.add(fragment, fragment.sources[0])
    a, b, c = (rec.agreement or "" for rec in builder.events.values())
    assert len({a, b, c}) == 3
    assert all(x in builder.entities for x in (a, b, c))
    builder._merge_entities(b, a)
    builder._merge_entities(c, b)
    survivor = builder.resolve(a)
    assert builder.resolve(b) == builder.resolve(c) == survivor
    named = {rec.agreement for rec in builder.events.values()}
    assert named == {survivor}, f"events still name merged agreements: {named - {survivor}}"


# ---------------------------------------------------------------------- other stories are not this one

US_FRAMEWORK = """Saturday, 01 November 2025
India, US sign defence framework

Indian Defence Minister Rajnath Singh and US Secretary of War Pete Hegseth on Friday signed the Framework for the US-India Major Defence Partnership in Kuala Lumpur.

"I want to express gratitude to Minister Singh for the partnership," Hegseth said.
"""

NAMESAKE = """Updated: Nov 6, 2020 10:59 IST
Ethiopia-India Implementing Arrangement on Joint Development of Unmanned Systems Signed

Ethiopia and India sealed an implementing arrangement on joint Development of Unmanned Systems on 4 November 2020, which was signed by Ethiopian Defence Minister Bethlehem Kebede and Indian minister of defence Amitabh Singh in New Delhi.

"Pleased to sign the agreement," Mr. Singh said in a post on X.
"""

OTHER_FRAMEWORK = """Published 16.08.24, 02:33 AM
India, Russia discuss defence technology transfer in Moscow

Russia's Prime Minister Andrei Orlov was received by Ms. Anjali Desai in Moscow Friday, according to a statement.

The Framework for the Russia-India Major Defence Partnership was signed in the presence of Ms. Desai and Orlov.
"""


def test_a_namesake_and_a_framework_between_other_countries_stay_out_of_the_signing() -> None:
    story = _story((), (("kl", US_FRAMEWORK), ("addis", NAMESAKE), ("moscow", OTHER_FRAMEWORK)))
    # "Mr. Singh" in a report of another signing is that report's Amitabh Singh, not Rajnath Singh (whom
    # another report calls "Minister Singh").
    assert person_named(story, "Rajnath Singh").id != person_named(story, "Amitabh Singh").id
    framework = the_signing(story, "Framework for the US-India Major Defence Partnership")
    assert names_of(story, framework, "signatory") == {"Pete Hegseth", "Rajnath Singh"}
    assert framework.sources == ("kl",)
    # A framework between Russia and India is another agreement, however alike the names.
    other = the_signing(story, "Framework for the Russia-India Major Defence Partnership")
    assert other.agreement != framework.agreement
    assert other.sources == ("moscow",)


US_MDAA = """Saturday, 11 January 2025
US, India sign maritime agreement

US Secretary of Defense Joseph Dalton and Indian Defence Minister Girish Desai signed the Agreement on Maritime Domain Awareness in New Delhi in January 2025.
"""

CHINA_MDAA = """Saturday, 25 January 2025
China, Thailand sign maritime agreement

Chinese defence minister Xu Haoran and his Thai counterpart Anan Kaewkla signed the Agreement on Maritime Domain Awareness in Beijing in January 2025.
"""


def test_one_agreement_name_signed_by_other_countries_is_another_signing() -> None:
    story = _story((), (("delhi", US_MDAA), ("beijing", CHINA_MDAA)))
    found = signings(story, "Agreement on Maritime Domain Awareness")

    assert len(found) == 2, [names_of(story, e, "signatory") for e in found]
    assert {frozenset(names_of(story, e, "signatory")) for e in found} == {
        frozenset({"Joseph Dalton", "Girish Desai"}),
        frozenset({"Xu Haoran", "Anan Kaewkla"}),
    }


US_CHINA_JDI = """Saturday, 15 March 2025
China, US sign business declaration

Chinese Defence Minister Zhou Tao and US Secretary of Defense Andrew Kingsley signed the Joint Declaration of Intent on Small Business Cooperation in Beijing in March 2025.
"""

US_INDONESIA_JDI = """Saturday, 22 March 2025
Jakarta talks

U.S. Secretary of State Owen Fairbanks and Foreign Minister Dimas Pratama had signed the Joint Declaration of Intent on Small Business Cooperation in March 2025. Pratama, Indonesia's foreign minister, said trade would grow.
"""


def test_two_pairs_of_signatories_with_no_one_in_common_are_two_signings() -> None:
    story = _story((), (("beijing", US_CHINA_JDI), ("jakarta", US_INDONESIA_JDI)))
    found = signings(story, "Joint Declaration of Intent on Small Business Cooperation")

    assert {frozenset(names_of(story, e, "signatory")) for e in found} == {
        frozenset({"Zhou Tao", "Andrew Kingsley"}),
        frozenset({"Owen Fairbanks", "Dimas Pratama"}),
    }


def test_a_namesake_does_not_date_an_undated_report_by_another_signing() -> None:
    """An undated report is dated by an event it shares two people with; a shared surname is not a person."""

    def person(slug: str, *names: str, doc: str) -> Entity:
        return Entity(
            f"person:{slug}", Kind.PERSON, names[0], aliases=tuple(Variant(n, (doc,)) for n in names)
        )

    def signing(doc: str, people: tuple[Entity, ...], dates: tuple[Dated, ...] = ()) -> Story:
        return Story(
            entities=people,
            events=(
                Event(
                    f"event:{doc}",
                    EventType.SIGNING,
                    participants=tuple(Role(p.id, "signatory", (doc,)) for p in people),
                    dates=dates,
                    sources=(doc,),
                ),
            ),
            sources=(Source(doc=doc, content_hash=doc),),
        )

    builder = StoryBuilder(Story(), load_vocabulary())
    day = When.day(date(2025, 10, 31))
    signed = signing(
        "kl",
        (
            person("rajnath-singh", "Rajnath Singh", "Singh", doc="kl"),
            person("pete-hegseth", "Pete Hegseth", doc="kl"),
        ),
        (Dated(day, ("kl",)),),
    )
    builder.add(signed, signed.sources[0])
    hegseth = person("pete-hegseth", "Pete Hegseth", doc="x")

    same_people = signing("same", (person("rajnath-singh", "Rajnath Singh", doc="same"), hegseth))
    namesake = signing("namesake", (person("amitabh-singh", "Amitabh Singh", doc="namesake"), hegseth))

    assert infer_published(same_people, builder) is not None
    assert infer_published(namesake, builder) is None


# ---------------------------------------------------------------------- many sources, and a spent builder


def test_an_event_reported_by_many_sources_keeps_every_source_once() -> None:
    """The builder keeps a fact's sources in a tuple while few and a set past _FEW: none lost, none twice."""
    base = ARTICLES["riga-herald"]
    copies = [
        (f"copy-{i:02d}", base.replace("around the clock", f"around the clock ({i})"))
        for i in range(_FEW + 6)
    ]
    story = _story((), tuple(copies))
    event = the_signing(story)
    docs = sorted(doc for doc, _ in copies)
    assert list(event.sources) == docs
    signatories = [r for r in event.participants if r.role == "signatory"]
    assert len(signatories) == 2
    assert all(list(r.sources) == docs for r in signatories)
    assert [list(d.sources) for d in event.dates] == [docs]
    assert sorted({m.doc for m in event.mentions}) == docs
    assert len(set(event.mentions)) == len(event.mentions)


def test_a_builder_that_has_built_its_story_refuses_more() -> None:
    vocab = load_vocabulary()
    builder = StoryBuilder(_story(DOCS), vocab)
    story = builder.build()
    assert len(story.events) == len(_story(DOCS).events)
    with pytest.raises(RuntimeError, match="built its story already"):
        builder.add(Story(), story.sources[0])
    with pytest.raises(RuntimeError, match="built its story already"):
        builder.build()


# ---------------------------------------------------------------------- spellings of one name across reports

FALASI = """Saturday, 01 March 2025
Egypt and Chile discuss fisheries

Egyptian Foreign Minister {name} met Chilean trade minister Camila Rojas in Cairo on Friday, officials said.

"We have agreed to expand cooperation in fisheries," {short} told reporters after the meeting.
"""

CALLOWAY = """Saturday, 01 March 2025
Britain and Chile discuss salmon trade

British Trade Secretary {name} met Chilean trade minister Camila Rojas in London on Friday, officials said.

"We have agreed to open our markets to each other's salmon," {short} told reporters.
"""


@pytest.mark.parametrize(
    ("template", "first", "second", "short"),
    [
        (FALASI, "Mariam Al Falasi", "Mariam Al-Falasi", "Al Falasi"),
        (FALASI, "Fatima El-Sayed", "Fatima El Sayed", "Ms El-Sayed"),
        (CALLOWAY, "Katherine Calloway", "Kathy Calloway", "Calloway"),
        (CALLOWAY, "Richard Prescott", "Rick Prescott", "Prescott"),
        (FALASI, "Mariam Al-Falasi", "Al Falasi", "Al Falasi"),
        (CALLOWAY, "Ursula von der Leyen", "Von der Leyen", "Ms von der Leyen"),
        (CALLOWAY, "Albert Gore", "Al Gore", "Gore"),
    ],
)
def test_one_person_written_two_ways_in_two_reports_is_one_person(
    template: str, first: str, second: str, short: str
) -> None:
    """A surname particle with a hyphen or a space ("Al-Falasi", "Al Falasi"), the surname alone ("Al Falasi",
    "Von der Leyen"), a nickname ("Kathy"), a first name that is also a particle ("Al Gore")."""
    story = _story(
        (),
        (
            ("first", template.format(name=first, short=short)),
            ("second", template.format(name=second, short=short)),
        ),
    )
    one = person_named(story, first)
    assert person_named(story, second).id == one.id
    assert one.sources == ("first", "second")


def test_a_few_words_of_a_longer_quotation_are_that_quotation_quoted_in_part(
    vocab: Vocabulary, extractor: Extractor
) -> None:
    first = (
        "Saturday, 01 November 2025\nMinister hails pact\n\n"
        "Defence Minister Rajnath Singh said on Friday: “This will usher in a new era in our already strong "
        "defence partnership.”\n"
    )
    second = (
        "Saturday, 01 November 2025\nNew era\n\n"
        "Defence Minister Rajnath Singh said the pact marked the beginning of a “new era” in defence ties.\n"
    )
    story = build_story(vocab, extractor, [("one", first), ("two", second)])
    assert len(story.quotations) == 1
    texts = {v.value: set(v.sources) for v in story.quotations[0].texts}
    assert texts["new era"] == {"two"}
