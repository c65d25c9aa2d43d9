"""A page of a Spanish-language outlet's English edition (eighth session, from set 21's page 6 as read): its cookie
notice and account links in Spanish, its embedded post labelled in Spanish, and speakers told by an office in other
words than their title ("the Chilean foreign minister" for a "canciller", "the secretario de Transporte" for the
Secretary of Transport); our own text."""

from __future__ import annotations

from datetime import date

from bot.core.clean import clean_article
from tests.core.support import Analyse, quote_speakers

PAGE = (
    "EL DIARIO DEL SUR\n\n"
    "Portada | Nacional | Política | Economía | Mundo | Deportes\n\n"
    "🔍 Buscar     Suscríbete por $1.990 al mes     Iniciar sesión\n\n"
    "Este sitio utiliza cookies para mejorar su experiencia. [Aceptar] [Más información]\n\n"
    "Peru and Ecuador open the skies\n\n"
    "Foreign ministers meet in Tumbes; airlines of both countries may fly any route from next year\n\n"
    "Por Lucía Ramos, desde Tumbes\n"
    "Publicado el sábado 11 de julio de 2026, 08:15 hrs.\n\n"
    "The open-skies agreement was signed in Tumbes on Friday by Peru's Secretary of Transport, Gonzalo Rebaza "
    "Quiroz, and Ecuador's Minister of Transport, Inés Caicedo Vera, at a meeting chaired by the foreign ministers, "
    "the canciller Rosa Huamán Ccori and Esteban Villacís Paredes.\n\n"
    '"The border is not a wall," the Peruvian foreign minister said at a joint press conference.\n\n'
    '"Lima, Cusco and Arequipa will have direct flights to Quito," the secretario de Transporte said.\n\n'
    "[Publicación incrustada de X]\n"
    "  Esteban Villacís Paredes ✔ @EVillacisP\n"
    "  Con la canciller firmamos en Tumbes el acuerdo de cielos abiertos. Perú y Ecuador, más cerca que nunca.\n"
    "  7:42 p. m. · 10 jul. 2026\n\n"
    "Technical teams will meet in Quito in September.\n"
)


def test_the_header_in_spanish_is_furniture_and_the_date_line_is_read() -> None:
    clean = clean_article(PAGE)
    assert clean.title == "Peru and Ecuador open the skies"
    assert clean.published is not None
    assert clean.published.start == date(2026, 7, 11)
    assert [p.name for p in clean.posts] == ["Esteban Villacís Paredes"]


def test_speakers_told_by_an_office_in_other_words_than_their_title(analysed: Analyse) -> None:
    speakers = quote_speakers(analysed(PAGE, "doc").fragment)
    assert speakers.get("The border is not a ") == "Rosa Huamán Ccori"
    assert speakers.get("Lima, Cusco and Areq") == "Gonzalo Rebaza Quiroz"
