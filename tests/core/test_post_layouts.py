"""Social posts a page shows in more layouts (seventh session, from held-out set 19 once read): X's layout with the
time under the post, "[Post]" with a title before the writer's name, a post that opens with two words; the writer is
the story's person of a fuller name. Articles of our own."""

from __future__ import annotations

import pytest

from tests.core.support import Analyse

HEAD = (
    "Thursday, 5 November 2026\nPanama and Costa Rica end dairy dispute\n\n"
    "Panama's Minister of Commerce Ramón Tejeira Barsallo and Costa Rica's Foreign Minister Mónica Arrúa Villagra "
    "signed a trade agreement in Paso Canoas on Thursday.\n\n"
)


def _quoted(analysed: Analyse, post: str) -> dict[str, tuple[str, list[str]]]:
    story = analysed(HEAD + post + "\n\nThe agreement takes effect next month.\n", "doc").fragment
    names = {e.id: e.name for e in story.entities}
    return {
        q.texts[0].value[:24]: (names.get(q.speaker, q.speaker), [c.value for c in q.channels])
        for q in story.quotations
    }


@pytest.mark.parametrize(
    ("post", "start", "speaker"),
    [
        (
            "[Post on X]\nRamón Tejeira B. @RTejeiraMICI\nAcuerdo firmado en Paso Canoas con la ministra. Panamá "
            "suspende el arancel a los lácteos.\n5:32 p. m. · 5 nov. 2026",
            "Acuerdo firmado en Paso ",
            "Ramón Tejeira Barsallo",
        ),
        (
            "[Post]\nCanciller Mónica Arrúa (@MArruaVillagra)\nFirmamos hoy con el ministro el acuerdo de comercio. "
            "¡Un día histórico!\n6:47 p. m. · 5 nov. 2026",
            "Firmamos hoy con el mini",
            "Mónica Arrúa Villagra",
        ),
        (
            "[Embedded post]\nAcuerdo firmado! The dairy trade is back after four years. Thank you Minister "
            "@MArruaVillagra for the partnership.\n— Ramón Tejeira (@RTejeiraMICI) November 5, 2026",
            "Acuerdo firmado! The dai",
            "Ramón Tejeira Barsallo",
        ),
    ],
)
def test_a_post_is_its_writers_words_on_x(analysed: Analyse, post: str, start: str, speaker: str) -> None:
    quoted = _quoted(analysed, post)
    assert quoted.get(start) == (speaker, ["post on X"])


def test_an_institutions_post_signed_by_its_ambassador_is_the_ambassadors_words(analysed: Analyse) -> None:
    text = (
        "Tuesday, 15 September 2026\nIndonesia and Brazil sign defence pact\n\n"
        "Indonesian Defence Minister Hadi Sasmita and Brazilian Defence Minister Rogério Vilaça signed a defence "
        "industry agreement in Jakarta on Tuesday.\n\n"
        "[Embedded post]\n"
        "Dia histórico para a parceria estratégica Brasil–Indonésia! Os ministros assinaram hoje o acordo. 🇧🇷🇮🇩\n"
        "— Embaixada do Brasil em Jacarta / Amb. Ana Luíza Marcondes (@BrasilemJacarta) September 15, 2026\n\n"
        "The agreement covers joint production of patrol vessels.\n"
    )
    story = analysed(text, "doc").fragment
    quoted = {
        q.texts[0].value[:20]: next(e.name for e in story.entities if e.id == q.speaker)
        for q in story.quotations
    }
    assert quoted.get("Dia histórico para a") == "Ana Luíza Marcondes"


def test_a_post_shown_with_no_label_is_its_writers_words_on_facebook(analysed: Analyse) -> None:
    text = (
        "Wednesday, 13 May 2026\nJapan and the Cook Islands\n\n"
        "Japan's Vice-Minister Hideo Kawabe and Cook Islands Prime Minister Teina Vakatini Rongo signed an exchange "
        "of notes in Avarua on Tuesday.\n\n"
        "Kia orana from our Prime Minister\n"
        "Teina V. Rongo\n"
        "Tuesday ·\n"
        "Meitaki ma'ata to the Government of Japan for visiting our home and for the new harbour.\n"
        "👍 684   💬 57\n\n"
        "The harbour upgrade will take two years.\n"
    )
    story = analysed(text, "doc").fragment
    quoted = {
        q.texts[0].value[:20]: (
            next(e.name for e in story.entities if e.id == q.speaker),
            [c.value for c in q.channels],
        )
        for q in story.quotations
    }
    assert quoted.get("Meitaki ma'ata to th") == ("Teina Vakatini Rongo", ["post on Facebook"])
