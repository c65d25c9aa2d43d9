"""An undated page that retells a dated one: the agreement's full name, the visit's destination under a dateline of
the place alone, and the page dated the day after the visit it tells as ended "last night". Short articles of our
own; the forms are those of set 14 (read on 1 December 2026, fifth session), whose undated page was refused."""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.extract import Extractor
from bot.core.merge import StoryBuilder
from bot.core.model import EventType, Story
from bot.core.pipeline import ArticleInput, Rejected, analyse
from bot.core.vocab import Vocabulary
from tests.core.support import Analyse, agreement_name, names_of

DATED = """THE KALAHARI LEDGER

Botswana, Namibia sign water MoU as Namibian minister ends visit

Published: 12/03/2026 07:10

By Neo Tshekiso

GABORONE – Botswana and Namibia will share flood data under a memorandum signed here yesterday.

The Memorandum of Understanding on Cooperation in Transboundary Water Management was signed by Minister Kagiso \
Mmolawa and Namibia's Minister of Agriculture, Water and Land Reform, Hileni Shaanika, who arrived in the country on \
Monday for a three-day working visit.

"The rivers do not stop at the border," Mmolawa said.
"""

RETOLD = """THE WINDHOEK COURIER

Shaanika back from Gaborone with water deal

By Petrus Amakali

WINDHOEK — Agriculture Minister Hileni Shaanika returned home last night from a three-day working visit to \
Botswana, where on Wednesday she and her Botswana counterpart, Minister Kagiso Mmolawa, signed a memorandum of \
understanding on transboundary water management.

The opposition said the memorandum should be tabled in the National Assembly.
"""


def _story(
    vocab: Vocabulary, extractor: Extractor, articles: list[tuple[str, str]]
) -> tuple[Story, list[date]]:
    builder = StoryBuilder(None, vocab)
    published = []
    for seq, (doc, text) in enumerate(articles, start=1):
        result = analyse(ArticleInput(doc, text), builder, extractor, vocab, seq)
        builder.add(result.fragment, result.source)
        published.append(result.source.published.start)
    return builder.build(), published


def test_an_agreement_on_cooperation_in_a_field_keeps_the_field(analysed: Analyse) -> None:
    story = analysed(DATED).fragment
    signing = next(e for e in story.events if e.type is EventType.SIGNING)
    name = agreement_name(story, signing)
    assert name == "Memorandum of Understanding on Cooperation in Transboundary Water Management"


def test_cooperation_in_a_place_is_where_it_was_signed_not_its_field(analysed: Analyse) -> None:
    text = (
        "Thursday, 12 March 2026\nHeadline\n\n"
        "Minister Kagiso Mmolawa and Minister Hileni Shaanika signed the Memorandum of Understanding on Water "
        "Cooperation in Windhoek on Wednesday.\n"
    )
    story = analysed(text).fragment
    signing = next(e for e in story.events if e.type is EventType.SIGNING)
    assert agreement_name(story, signing) == "Memorandum of Understanding on Water Cooperation"


def test_who_arrived_in_the_country_visits_the_datelines_country_and_the_host_does_not(
    analysed: Analyse,
) -> None:
    story = analysed(DATED).fragment
    visit = next(e for e in story.events if e.type is EventType.VISIT)
    assert names_of(story, visit, "visitor") == {"Hileni Shaanika"}
    assert names_of(story, visit, "destination") == {"Botswana"}
    assert visit.when is not None
    assert (visit.when.start, visit.when.end) == (date(2026, 3, 9), date(2026, 3, 11))


def test_an_undated_page_is_of_the_day_after_the_visit_it_tells_as_ended_last_night(
    vocab: Vocabulary, extractor: Extractor
) -> None:
    story, published = _story(vocab, extractor, [("ledger", DATED), ("courier", RETOLD)])
    # The visit ran from Monday 9 to Wednesday 11 March; the minister was home "last night": the page is of the 12th.
    assert published[1] == date(2026, 3, 12)
    source = next(s for s in story.sources if s.doc == "courier")
    assert source.inferred
    signings = [e for e in story.events if e.type is EventType.SIGNING]
    assert len(signings) == 1
    assert {m.doc for m in signings[0].mentions} == {"ledger", "courier"}


def test_an_agreement_described_in_lower_case_ends_before_where_it_applies(analysed: Analyse) -> None:
    text = (
        "Thursday, 14 May 2026\nHeadline\n\n"
        "Ghana and Togo yesterday signed a memorandum of understanding on combating smuggling and piracy along "
        "their Aflao border, as Togo's Foreign Minister Kossi Agbodjan held talks in Accra.\n\n"
        "On the same occasion, Energy Minister Yaw Boateng-Mensah and Togo's Deputy Minister of Energy, Komla "
        "Dossou, initialled a framework on cross-border power trade.\n"
    )
    story = analysed(text).fragment
    agreements = {agreement_name(story, e) for e in story.events if e.type is EventType.SIGNING}
    assert "memorandum of understanding on combating smuggling and piracy" in agreements
    assert "framework on cross-border power trade" in agreements


def test_an_undated_page_is_of_the_day_after_the_signing_it_tells_as_yesterdays(
    vocab: Vocabulary, extractor: Extractor
) -> None:
    dated = (
        "Thursday, 14 May 2026\nGhana, Togo sign anti-smuggling pact\n\n"
        "Ghana and Togo yesterday signed a memorandum of understanding on combating smuggling and piracy along "
        "their Aflao border.\n\n"
        "The memorandum was signed by Foreign Minister Ama Owusu-Bekoe and Togo's Foreign Minister Kossi Agbodjan "
        "on Wednesday morning. On the same occasion, Energy Minister Yaw Boateng-Mensah and Togo's Deputy "
        "Minister of Energy, Komla Dossou, initialled a framework on cross-border power trade.\n\n"
        '"The sea should carry our trade, not contraband," Ms Owusu-Bekoe told a joint press briefing after the '
        "signing.\n"
    )
    undated = (
        "THE LOME OBSERVER\n\nAgbodjan signs anti-smuggling MoU in Accra\n\n"
        "Foreign Minister Kossi Agbodjan signed a memorandum of understanding on combating smuggling and piracy "
        "with his Ghanaian counterpart, Ama Owusu-Bekoe, in Accra yesterday morning, the ministry said.\n"
    )
    _, published = _story(vocab, extractor, [("dated", dated), ("undated", undated)])
    assert published[1] == date(2026, 5, 14)


UNDATED_WEEKDAYS = (
    "THE CASPIAN LEDGER\n\nFerry line to link Turkmenbashi and Aktau\n\n"
    "Turkmenistan and Kazakhstan will set up a joint ferry company under a protocol the transport ministers signed "
    "in Ashgabat on Thursday, 12 February. Transport Minister Dovlet Amanov and his Kazakh counterpart, Minister "
    "Serik Abenov, said the first sailing was planned for the spring.\n"
)


def test_an_undated_page_naming_days_without_a_year_takes_the_year_of_the_story_it_joins(
    vocab: Vocabulary, extractor: Extractor
) -> None:
    story, published = _story(vocab, extractor, [("dated", DATED), ("ledger", UNDATED_WEEKDAYS)])
    # 12 February is a Thursday in 2026, the year of the store's latest article (and in 2015 and 2032, which are not).
    assert published[1] == date(2026, 2, 12)
    source = next(s for s in story.sources if s.doc == "ledger")
    assert source.inferred
    assert "store's latest article" in source.published_basis


def test_an_undated_page_naming_days_without_a_year_is_refused_when_nothing_gives_the_year(
    analysed: Analyse,
) -> None:
    with pytest.raises(Rejected, match="no usable date"):
        analysed(UNDATED_WEEKDAYS)


def test_who_signed_with_the_minister_told_by_title_then_name_signed_too(analysed: Analyse) -> None:
    text = (
        "Friday 24 April 2026\nHeadline\n\n"
        "Iceland's Minister of Industries Hallgerður Ásmundsdóttir visited Tromsø on Thursday.\n\n"
        "Ásmundsdóttir signed the arrangement with the Norwegian fisheries minister, Sigrun Westvik, during a "
        "three-day visit to Northern Norway.\n"
    )
    story = analysed(text, "doc").fragment
    names = {e.id: e.name for e in story.entities}
    signers = [
        {names.get(r.entity) for r in e.participants if r.role == "signatory"}
        for e in story.events
        if e.type.value == "signing"
    ]
    assert signers == [{"Hallgerður Ásmundsdóttir", "Sigrun Westvik"}]
