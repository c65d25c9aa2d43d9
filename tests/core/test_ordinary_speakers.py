"""People who are no officials, told by what they do ("a historian at ...", "who runs a haulage firm"), and their
words: not the official quoted before them (seventh session, from the read sets' misattributed quotations); articles
of our own."""

from __future__ import annotations

from tests.core.support import Analyse, quote_speakers

TEXT = (
    "Wednesday 28 January 2026\nEstonia and Finland agree on ferry papers\n\n"
    "Estonian Minister Liisa Mäesalu and Finnish Minister Outi Järvelä-Rantanen signed an agreement in Tallinn on "
    "Tuesday.\n\n"
    '"The paper is not what keeps trucks waiting," Mäesalu said.\n\n'
    "Hannes Kiviloo, who runs a 40-truck haulage firm in Maardu, was more upbeat. "
    '"My drivers lose an hour a day on stamps and photocopies," he said.\n\n'
    "Gerda Amafo, a historian at the University of Tartu, reminded me that archives matter. "
    '"A tax treaty is a very Estonian way of showing friendship," she said, laughing.\n\n'
    'The Ol Pejeta Conservancy, who manages the reserve, was pleased. "We are ready to help," she said.\n'
)


def test_the_words_of_people_told_by_what_they_do_are_theirs(analysed: Analyse) -> None:
    quoted = quote_speakers(analysed(TEXT, "doc").fragment)
    assert quoted.get("My drivers lose an h") == "Hannes Kiviloo"
    assert quoted.get("A tax treaty is a ve") == "Gerda Amafo"


def test_a_body_told_with_who_is_no_person(analysed: Analyse) -> None:
    story = analysed(TEXT, "doc").fragment
    assert not any("Pejeta" in e.name for e in story.entities if e.kind.value == "person")


def test_a_surname_after_a_firms_possessive_is_the_persons_and_so_is_the_next_she(analysed: Analyse) -> None:
    text = (
        "Monday 8 June 2026\nParaguay and Bolivia seal gas deal\n\n"
        "Paraguayan President Rodrigo Zaldívar Brítez and Bolivian President Eduardo Terceros Rivero met in Mariscal "
        "Estigarribia on Saturday.\n\n"
        "The contract was signed by YPFB president Óscar Montaño Villca and Petropar president Liz Carolina Insfrán.\n\n"
        "Terceros said the gas would flow soon.\n\n"
        "Petropar's Insfrán said on Sunday that the first trucks should arrive before the end of the year.\n\n"
        '"Paraguayan industry has been paying for imported diesel for decades," she told Radio Chaco Boreal.\n'
    )
    story = analysed(text, "doc").fragment
    assert quote_speakers(story).get("Paraguayan industry ") == "Liz Carolina Insfrán"
    assert not any("Petropar" in e.name for e in story.entities if e.kind.value == "person")


def test_a_member_told_in_apposition_is_a_person_and_her_words_hers(analysed: Analyse) -> None:
    text = (
        "Wednesday 28 January 2026\nNauru and Tuvalu agree\n\n"
        "Nauru President Teloni Amwano and Tuvalu Prime Minister Feleti Telupe signed an agreement in Yaren on "
        "Tuesday.\n\n"
        "Not all members of Parliament are convinced. Ruby Temaki-Agege, the Member for Anetan, said yesterday that "
        "Parliament should have been consulted.\n\n"
        "'We welcome our Tuvaluan brothers and sisters, but we have a housing shortage of our own,' she said.\n"
    )
    assert quote_speakers(analysed(text, "doc").fragment).get("We welcome our Tuval") == "Ruby Temaki-Agege"


def test_words_an_office_reports_are_those_of_the_person_its_statement_names(analysed: Analyse) -> None:
    text = (
        "Wednesday 21 January 2026\nEstonia and Finland\n\n"
        "Finnish Minister Outi Järvelä-Rantanen and Estonian Minister Liisa Mäesalu signed an agreement in Tallinn on "
        "Wednesday.\n\n"
        "The Finnish minister was received by Prime Minister Mihkel Rannaste for lunch. The Government Office said "
        'afterwards that Rannaste had described the planned data cable as "a bridge made of glass fibre, and just as '
        'important to us as the ferries".\n'
    )
    assert quote_speakers(analysed(text, "doc").fragment).get("a bridge made of gla") == "Mihkel Rannaste"


def test_a_speakers_label_before_a_colon_says_who_speaks(analysed: Analyse) -> None:
    text = (
        "Tuesday 7 July 2026\nLive\n\n"
        "Armenian Prime Minister Hrant Melkonyan arrived in Tbilisi, where Georgian Prime Minister Davit Kordzaia "
        "received him.\n\n"
        'Kordzaia: "Georgia and Armenia are not just neighbours, we are each other\'s window."\n\n'
        'Melkonyan (speaking in Armenian, via interpretation): "For Armenia, Georgia is the road to the Black Sea."\n'
    )
    quoted = quote_speakers(analysed(text, "doc").fragment)
    assert quoted.get("Georgia and Armenia ") == "Davit Kordzaia"
    assert quoted.get("For Armenia, Georgia") == "Hrant Melkonyan"


def test_a_role_in_apposition_followed_by_a_relative_clause_to_the_sentences_end(analysed: Analyse) -> None:
    text = (
        "Updated Fri 16 Oct 2026\nLive: Peru and Bolivia\n\n"
        "President Lucía Marroquín Arévalo and President Gonzalo Quisbert Aruquipa signed the Declaration of Puno on "
        "Friday.\n\n"
        "We spoke to Inés Palacios, a political scientist at the Pontifical Catholic University of Peru (PUCP) who "
        "follows Andean relations.\n\n"
        '"Every binational cabinet produces a declaration," Palacios told the Observer.\n'
    )
    assert quote_speakers(analysed(text, "doc").fragment).get("Every binational cab") == "Inés Palacios"


def test_a_person_told_as_a_mother_of_four_and_her_words(analysed: Analyse) -> None:
    text = (
        "Tuesday 23 June 2026\nLesotho and South Africa sign water deal\n\n"
        "South African Minister Nokuthula Mbengashe and Lesotho Minister Motlatsi Ramakoae signed the protocol on "
        "Tuesday.\n\n"
        "Puseletso Ntsane, a mother of four, said in Sesotho that her family had lost three fields to the reservoir. "
        '"They promised us new land two winters ago," she said.\n'
    )
    assert quote_speakers(analysed(text, "doc").fragment).get("They promised us new") == "Puseletso Ntsane"


def test_an_honorific_in_the_speakers_language_is_no_part_of_the_name(analysed: Analyse) -> None:
    text = (
        "Tuesday 23 June 2026\nLesotho deal\n\n"
        "Lesotho Minister of Natural Resources Motlatsi Ramakoae signed the protocol on Tuesday.\n\n"
        'Ntate Ramakoae told the gathering that the new formula "puts Basotho at the centre" of the project.\n'
    )
    story = analysed(text, "doc").fragment
    assert quote_speakers(story).get("puts Basotho at the ") == "Motlatsi Ramakoae"
    assert not any("Ntate" in e.name for e in story.entities)
