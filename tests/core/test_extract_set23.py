"""Rules read from set 23 (tenth session, after set 24 took its place as held out); articles of our own."""

from __future__ import annotations

from datetime import date

from bot.core.dates import find_dates
from bot.core.model import EventType
from bot.core.vocab import load_vocabulary
from tests.core.support import (
    Analyse,
    cleaned,
    event_facts,
    of_kind,
    people,
    quote_speakers,
    titles_by_person,
)

MAGAZINE = (
    "LE COURRIER DU SAHEL\nLe magazine de l'Afrique de l'Ouest · English edition\n\n"
    "Politique | Économie | Culture | Abonnement\n\n"
    "Nous utilisons des cookies pour mesurer l'audience. [Tout accepter] [Refuser]\n\n"
    "GRAND FORMAT · DIPLOMATIE\n\n"
    "A river that wants to be a road\n\n"
    "Mali's president came to Niamey with a fund for the river towns and a promise of duty-free trade.\n\n"
    "By Claire Dubosc, in Niamey and Ayorou\n"
    "Publié en ligne le 14 mars 2026 · 9 min de lecture\n\n"
    "[PHOTO] Presidents Amadou Keïta-Sow and Issoufou Garba at the palace, 10 March. © Présidence\n\n"
    "On Tuesday, President Amadou Keïta-Sow met President Issoufou Garba in Niamey for talks on the river fund.\n\n"
    "The two ministers of trade signed a protocol on duty-free river trade on Wednesday.\n\n"
    "À LIRE AUSSI\n"
    "→ Niamey : le maire Boubacar Maïga veut un port sur le fleuve à Ayorou, avec le président Garba\n"
    "→ Football : l'entraîneur Sidi Touré quitte le club après la défaite\n\n"
    "Le Courrier du Sahel · © 2026 Tous droits réservés\n"
)


def test_a_cookie_notice_in_french_with_a_two_word_button_is_furniture() -> None:
    clean = cleaned(MAGAZINE)
    kept = [MAGAZINE[p.start : p.end] for p in clean.paragraphs]
    assert not any("cookies" in p for p in kept)


def test_a_french_publication_line_under_a_standfirst_and_byline_dates_the_page() -> None:
    clean = cleaned(MAGAZINE)
    assert clean.published is not None
    assert clean.published.start == date(2026, 3, 14)
    assert clean.byline == "Claire Dubosc"


def test_a_photo_line_with_its_copyright_is_a_caption_not_story() -> None:
    clean = cleaned(MAGAZINE)
    kept = [MAGAZINE[p.start : p.end] for p in clean.paragraphs]
    assert kept[0].startswith("Mali's president came to Niamey")
    assert not any(p.startswith("[PHOTO]") for p in kept)


def test_read_also_in_the_outlets_language_ends_the_article() -> None:
    clean = cleaned(MAGAZINE)
    kept = " ".join(MAGAZINE[p.start : p.end] for p in clean.paragraphs)
    assert "duty-free river trade" in kept
    assert "Boubacar" not in kept
    assert "Sidi Touré" not in kept


DEPUTY = (
    "Moldova and Romania agree joint border checks\n\n"
    "Published 12 March 2026\n\n"
    "Moldova and Romania agreed on Wednesday to check trucks only once at the Leuseni crossing, during a two-day "
    "visit to Bucharest by Moldovan Deputy Prime Minister Radu Ciobanu.\n\n"
    "On Thursday, Prime Minister Ilie Marinescu received the Moldovan deputy prime minister at the Victoria Palace.\n\n"
    "The Moldovan prime minister will visit Bucharest in May.\n"
)


def test_a_guest_told_by_country_and_a_title_of_three_words_is_the_one_who_holds_it(
    analysed: Analyse,
) -> None:
    facts = event_facts(analysed(DEPUTY, "doc").fragment)
    assert ({"Ilie Marinescu", "Radu Ciobanu"}, "2026-03-12..2026-03-12") in of_kind(facts, EventType.MEETING)


def test_the_prime_minister_of_a_country_is_not_its_deputy_prime_minister(analysed: Analyse) -> None:
    facts = event_facts(analysed(DEPUTY, "doc").fragment)
    visits = of_kind(facts, EventType.VISIT)
    assert not any(when == "2026-05-01..2026-05-31" and "Radu Ciobanu" in who for who, when in visits)


DURING = (
    "Moldova and Romania agree joint border checks\n\n"
    "Published 12 March 2026\n\n"
    "Moldova and Romania have agreed to check trucks only once at the Leuseni crossing, under an agreement signed in "
    "Bucharest on Wednesday during a two-day visit by Moldovan Deputy Prime Minister Radu Ciobanu.\n\n"
    "Speaking to reporters before leaving Bucharest on Thursday evening, Ciobanu said the two governments had "
    "discussed it for years.\n"
)


def test_a_visit_told_around_a_signing_runs_to_the_day_the_visitor_left(analysed: Analyse) -> None:
    analysis = analysed(DURING, "doc")
    visits = [e for e in analysis.fragment.events if e.type is EventType.VISIT]
    assert len(visits) == 1
    when = visits[0].when
    assert when is not None
    assert (when.start, when.end) == (date(2026, 3, 11), date(2026, 3, 12))
    assert [p.value for p in visits[0].places] == ["place:bucharest"]


NEXT_SESSION = (
    "Moldova and Romania agree joint border checks\n\n"
    "Published 12 March 2026\n\n"
    "Moldova and Romania agreed on Wednesday to check trucks once. The 9th session of the Moldovan–Romanian "
    "Intergovernmental Commission was held in Bucharest on Wednesday.\n\n"
    "Railway experts from the two countries will meet in Ungheni on 24–25 March to discuss freight rates, and the "
    "commission's next session will be held in Chisinau next year.\n\n"
    "The previous session of the commission was held in Iasi last year.\n"
)


def test_a_session_of_a_commission_named_before_told_by_its_noun_is_talks_on_its_own_day(
    analysed: Analyse,
) -> None:
    facts = event_facts(analysed(NEXT_SESSION, "doc").fragment)
    talks = of_kind(facts, EventType.TALKS)
    assert ({"Moldova", "Romania"}, "2027-01-01..2027-12-31") in talks
    assert ({"Moldova", "Romania"}, "2025-01-01..2025-12-31") in talks
    assert ({"Moldova", "Romania"}, "2026-03-24..2026-03-25") in talks


POST = (
    "Moldova and Romania agree joint border checks\n\n"
    "Published 12 March 2026\n\n"
    "Moldova and Romania agreed on Wednesday to check trucks only once at the Leuseni crossing.\n\n"
    "Economy Minister Ana Rusnac welcomed her guest on X on Wednesday:\n\n"
    "   Ana Rusnac @ARusnacMD · Mar 11\n"
    "   A good day for Leuseni. One border, one check, for every driver and every traveller.\n"
    "   ♡ 412   ⟲ 96\n\n"
    "Trade between the two countries grew last year.\n"
)


def test_a_post_under_its_one_line_head_is_a_quotation_of_its_writer() -> None:
    clean = cleaned(POST)
    assert [(p.name, p.handle, p.network) for p in clean.posts] == [("Ana Rusnac", "ARusnacMD", "X")]
    kept = " ".join(POST[p.start : p.end] for p in clean.paragraphs)
    assert "♡" not in kept
    assert "A good day for Leuseni" not in kept  # the post is read as a post, not as story text


def test_the_post_is_quoted_as_its_writers(analysed: Analyse) -> None:
    speakers = quote_speakers(analysed(POST, "doc").fragment)
    assert speakers.get("A good day for Leuseni"[:20]) == "Ana Rusnac"


ONE_DAY = (
    "THE MAPUTO DISPATCH\n\n"
    "Friday 17 April 2026\n\n"
    "🔔 Support independent journalism — become a Dispatch member from 45 meticais a month. [Join now] [Maybe later]\n\n"
    "Railway deal signed as Eswatini's prime minister spends a day in Maputo\n\n"
    "Dlamini-Nxumalo and Cossa chair Bi-National Commission; the line to be built by 2030\n\n"
    "Mozambique and Eswatini on Thursday signed the implementation agreement for the Goba railway, as Eswatini's "
    "Prime Minister Sipho Dlamini-Nxumalo paid a one-day working visit to Maputo for the fifth session of the two "
    "countries' Bi-National Commission.\n\n"
    "Before the commission, Dlamini-Nxumalo and President Armando Cossa held a one-on-one meeting in the president's "
    "office, officials said.\n"
)


def test_a_banner_that_ends_with_its_buttons_is_furniture() -> None:
    clean = cleaned(ONE_DAY)
    kept = [ONE_DAY[p.start : p.end] for p in clean.paragraphs]
    assert not any("Join now" in p for p in kept)
    assert kept[1].startswith("Mozambique and Eswatini on Thursday signed")


def test_a_one_day_visit_told_in_a_clause_after_the_signing_is_on_its_day(analysed: Analyse) -> None:
    facts = event_facts(analysed(ONE_DAY, "doc").fragment)
    assert of_kind(facts, EventType.VISIT) == [({"Sipho Dlamini-Nxumalo"}, "2026-04-16..2026-04-16")]


def test_a_visit_for_a_session_of_a_joint_body_holds_its_talks(analysed: Analyse) -> None:
    facts = event_facts(analysed(ONE_DAY, "doc").fragment)
    assert ({"Mozambique", "Eswatini"}, "2026-04-16..2026-04-16") in of_kind(facts, EventType.TALKS)


def test_a_meeting_before_the_session_is_on_the_news_day_under_a_banner(analysed: Analyse) -> None:
    facts = event_facts(analysed(ONE_DAY, "doc").fragment)
    assert ({"Sipho Dlamini-Nxumalo", "Armando Cossa"}, "2026-04-16..2026-04-16") in of_kind(
        facts, EventType.MEETING
    )


FISH = (
    "Fisheries protocol renewed\n\n"
    "Published 17 February 2026\n\n"
    "Benin and Togo renewed their fisheries protocol on Monday. It was signed by Benin's Fisheries Minister "
    "Aurélie Houngbédji Adjovi and Togo's Minister of the Sea, Kossi Agbéko.\n\n"
    "Under a separate decision announced at the commission, Togo will suspend the customs duty of 10 per cent levied "
    "on fresh fish exported by road to Benin, with effect from 1 March.\n\n"
    "On Monday Agbéko co-chaired the session of the commission with Mme Adjovi at the conference centre.\n\n"
    '"This protocol is a protocol of peace at sea," Mme Adjovi told reporters.\n\n'
    "Trade Minister Kossi Agbéko also announced that palm oil from Benin sold in Lomé would be exempt from the "
    "market levy from 1 April.\n"
)


def test_mme_is_a_form_of_address_not_part_of_a_name(analysed: Analyse) -> None:
    fragment = analysed(FISH, "doc").fragment
    names = set(people(fragment))
    assert names == {"Aurélie Houngbédji Adjovi", "Kossi Agbéko"}
    assert quote_speakers(fragment).get("This protocol is a protocol"[:20]) == "Aurélie Houngbédji Adjovi"


def test_a_country_after_a_phrase_that_sets_the_scene_imposes_the_measure(analysed: Analyse) -> None:
    facts = event_facts(analysed(FISH, "doc").fragment)
    tariffs = of_kind(facts, EventType.TARIFF)
    assert any("Togo" in who and when == "2026-03-01..2026-03-01" for who, when in tariffs)


def test_goods_from_a_country_exempt_from_a_levy_make_it_the_target(analysed: Analyse) -> None:
    facts = event_facts(analysed(FISH, "doc").fragment)
    tariffs = of_kind(facts, EventType.TARIFF)
    assert any("Benin" in who and when == "2026-04-01..2026-04-01" for who, when in tariffs)


UNTITLED = (
    "The border that wants to be a bridge\n\n"
    "Published 2 October 2026\n\n"
    "The second day belonged to the two heads of government, Karim Benali of Morocco and Leila Ouazzani of "
    "Mauritania, who co-chaired the 9th session of the Moroccan–Mauritanian High Joint Commission in Rabat on "
    "Thursday 24 September.\n\n"
    "At its close, Ouazzani and Benali signed a convention establishing a joint fund for the border regions.\n\n"
    '"Every president who comes here talks about the border," said Ahmed Tazi, a historian at the University of '
    "Oujda.\n\n"
    'Lotfi Bennani sells olive oil and dates across the frontier. "If the free zone is real, I will hire ten '
    'people," he said.\n'
)


def test_a_name_with_its_country_and_no_title_is_a_person(analysed: Analyse) -> None:
    fragment = analysed(UNTITLED, "doc").fragment
    names = set(people(fragment))
    assert {"Karim Benali", "Leila Ouazzani"} <= names
    facts = event_facts(fragment)
    assert ({"Karim Benali", "Leila Ouazzani", "Morocco", "Mauritania"}, "2026-09-24..2026-09-24") in of_kind(
        facts, EventType.SIGNING
    )


def test_a_sentence_that_opens_with_a_given_name_and_a_verb_names_a_person(analysed: Analyse) -> None:
    speakers = quote_speakers(analysed(UNTITLED, "doc").fragment)
    assert speakers.get("If the free zone is real"[:20]) == "Lotfi Bennani"


HEADS = (
    "Railway deal\n\nPublished 17 April 2026\n\n"
    "Mozambique and Eswatini on Thursday signed the implementation agreement for the Goba railway, as Eswatini's "
    "Prime Minister Sipho Dlamini-Nxumalo paid a one-day working visit to Maputo.\n\n"
    "The agreement was signed at the Ponta Vermelha palace by Transport Minister Celso Macuane and Eswatini's Minister "
    "of Works, Thabo Masilela, after the commission, which was chaired by President Armando Cossa and his guest. "
    "The two heads of state then signed the agreed minutes of the session.\n"
)


def test_the_two_heads_of_state_are_the_two_leaders_named_not_the_ministers_of_the_last_signing(
    analysed: Analyse,
) -> None:
    facts = event_facts(analysed(HEADS, "doc").fragment)
    signers = set().union(*(who for who, _ in of_kind(facts, EventType.SIGNING)))
    assert {"Sipho Dlamini-Nxumalo", "Armando Cossa"} <= signers


BODIES = (
    "Standards pact\n\nPublished 11 June 2026\n\n"
    "Ghana and Togo agreed on Tuesday to recognise each other's test certificates. On the same day, Director General "
    "of the Ghana Standards Authority Kwame Mensah-Otoo and Director General of the Togolese Testing Institution "
    "Afiwa Dzogbedji signed a memorandum of understanding.\n\n"
    "Foreign Minister Nguyen Thi Lan Huong of Vietnam said the model would serve her country too.\n"
)


def test_a_title_with_a_bodys_name_in_capitals_runs_to_the_name_after_it(analysed: Analyse) -> None:
    fragment = analysed(BODIES, "doc").fragment
    titles = titles_by_person(fragment)
    assert titles.get("Kwame Mensah-Otoo") == ["Director General of the Ghana Standards Authority"]
    assert titles.get("Afiwa Dzogbedji") == ["Director General of the Togolese Testing Institution"]
    assert "Nguyen Thi Lan Huong" in titles  # a name of four words, not "Lan Huong" after a body's name
    facts = event_facts(fragment)
    assert ({"Kwame Mensah-Otoo", "Afiwa Dzogbedji", "Ghana", "Togo"}, "2026-06-09..2026-06-09") in of_kind(
        facts, EventType.SIGNING
    )


SPENT = (
    "THE CORRIDOR BRIEF\n\nPublished 4 November 2026\n\n"
    "Hello! Big week for the corridor. The railway to Nacala finally has a signed financing agreement. Also: our "
    "calendar.\n\n"
    "1 | NACALA SPUR: SIGNED AT STATE HOUSE\n\n"
    "Malawi's President Chimwemwe Banda spent Monday in Lusaka, his first visit since the election, and left the "
    "same evening. He and President Mwansa Phiri met for about two hours at State House.\n\n"
    "The point of the day: the joint financing agreement for the Nacala rail spur. It was signed in the presence of "
    "the two presidents by Malawi's Minister of Finance, Grace Chirwa, and Zambia's Minister of Finance, Mulenga "
    "Tembo.\n"
)


def test_a_day_spent_somewhere_dates_the_meeting_and_signing_told_after_it(analysed: Analyse) -> None:
    facts = event_facts(analysed(SPENT, "doc").fragment)
    assert ({"Chimwemwe Banda", "Mwansa Phiri"}, "2026-11-02..2026-11-02") in of_kind(
        facts, EventType.MEETING
    )
    signings = of_kind(facts, EventType.SIGNING)
    assert any(
        {"Grace Chirwa", "Mulenga Tembo"} <= who and when == "2026-11-02..2026-11-02"
        for who, when in signings
    )


def test_a_body_that_meets_somewhere_on_a_day_to_come_meets_on_the_coming_one() -> None:
    found = find_dates("A joint technical committee meets in Rusumo on 20–21 November.", date(2026, 11, 4))
    assert [(d.when.start, d.when.end) for d in found if d.when] == [(date(2026, 11, 20), date(2026, 11, 21))]
    # a meeting told in the past keeps the last such days
    found = find_dates("The joint technical committee met in Rusumo on 20–21 November.", date(2026, 11, 4))
    assert [(d.when.start, d.when.end) for d in found if d.when] == [(date(2025, 11, 20), date(2025, 11, 21))]


MARKETS = (
    "Border markets to go duty-free\n\nTuesday 12 May 2026\n\n"
    "Villagers from the Tanna Islands who sell kava and fish across the border will no longer pay Fiji import duty "
    "from June 1, Fiji's Foreign Minister Ratu Semi Nawaqa said in Port Vila on Friday.\n\n"
    "Nawaqa, who was in Port Vila from Thursday to Saturday last week, told a press conference that Fiji would "
    "waive the duty on produce sold at the border markets.\n"
)


def test_a_countrys_own_duty_lifted_is_a_tariff_action_without_a_figure_or_a_target(
    analysed: Analyse,
) -> None:
    facts = event_facts(analysed(MARKETS, "doc").fragment)
    tariffs = of_kind(facts, EventType.TARIFF)
    assert any("Fiji" in who and when == "2026-06-01..2026-06-01" for who, when in tariffs)


def test_who_was_in_a_city_from_one_day_to_another_was_visiting_it(analysed: Analyse) -> None:
    facts = event_facts(analysed(MARKETS, "doc").fragment)
    assert ({"Semi Nawaqa"}, "2026-05-07..2026-05-09") in of_kind(facts, EventType.VISIT)


ONWARD = (
    "Mongolia and Kazakhstan sign road deal\n\nPublished 27 January 2026\n\n"
    "Kazakhstan and Mongolia signed an agreement on road transport on Tuesday.\n\n"
    "Mongolian Foreign Minister Oyuun Batsaikhan arrived in Astana on Monday and held talks with Kazakh Foreign "
    "Minister Nurlan Abenov the same afternoon.\n\n"
    "In a Facebook post on Monday evening, the Mongolian minister wrote:\n\n"
    "   Oyuun Batsaikhan\n"
    "   26 January at 21:14 · 🌐\n"
    "   Arrived in Astana under a clear, cold sky. Thank you for the warm welcome, dear colleagues.\n"
    "   👍 1.2K   💬 86   ↗ 41\n\n"
    "Batsaikhan leaves Astana on Wednesday morning for a one-day visit to Tashkent, the ministry said.\n"
)


def test_a_facebook_post_with_its_audience_after_the_time_is_a_post() -> None:
    clean = cleaned(ONWARD)
    assert [(p.name, p.network) for p in clean.posts] == [("Oyuun Batsaikhan", "Facebook")]


def test_one_who_leaves_a_city_on_a_weekday_leaves_on_the_coming_one(analysed: Analyse) -> None:
    facts = event_facts(analysed(ONWARD, "doc").fragment)
    visits = of_kind(facts, EventType.VISIT)
    assert any("Oyuun Batsaikhan" in who and when == "2026-01-28..2026-01-28" for who, when in visits)


COLON = (
    "Border deal\n\nPublished 2 October 2026\n\n"
    "President Kofi Asante met President Ibrahim Traoré-Diallo on Wednesday.\n\n"
    '"Ghana and Burkina Faso are not two neighbours," Asante said. Traoré-Diallo went further: "Our borders must '
    'be a bridge."\n\n'
    'Dr. Asante, in his speech after the signing, was direct: "This railway will be built."\n'
)


def test_the_subject_of_a_sentence_that_ends_with_a_colon_says_the_quotation_after_it(
    analysed: Analyse,
) -> None:
    speakers = quote_speakers(analysed(COLON, "doc").fragment)
    assert speakers.get("Our borders must be a bridge"[:20]) == "Ibrahim Traoré-Diallo"
    assert speakers.get("This railway will be built"[:20]) == "Kofi Asante"


SUSPEND = (
    "Fish duty to go\n\nPublished 17 February 2026\n\n"
    "Togo will suspend from the first of March the customs duty of ten per cent on fresh fish exported by road to "
    "Benin, the ministry said on Monday.\n\n"
    "Malabo will scrap that duty from January 1, the Gabonese trade minister said.\n"
)


def test_a_duty_a_country_suspends_is_a_tariff_action_without_a_figure_in_digits(analysed: Analyse) -> None:
    facts = event_facts(analysed(SUSPEND, "doc").fragment)
    tariffs = of_kind(facts, EventType.TARIFF)
    assert any("Togo" in who for who, _ in tariffs)


LAYOUTS = (
    "Dairy deal signed\n\nPublished 14 July 2026\n\n"
    "Costa Rica and Panama signed a dairy memorandum in Paso Canoas on Monday.\n\n"
    "On X, Trade Minister Rogelio Zamora Quesada wrote in Spanish after the signing:\n\n"
    "   Rogelio Zamora Quesada @RZamoraCR · 13 jul.\n"
    "   Firmamos en Paso Canoas un memorando que da reglas claras al comercio lácteo.\n\n"
    "President Alberto Jiménez Mora welcomed it:\n\n"
    "   Alberto Jiménez Mora @AJimenezCR\n"
    "   Con Panamá, los problemas se resuelven conversando. Felicito al ministro.\n"
    "   9:05 a. m. · 14 jul. 2026\n\n"
    "Dairy farmers in Costa Rica said they hoped exports would resume in August.\n"
)


def test_posts_in_x_layouts_with_a_day_in_another_language_or_the_time_below_are_posts() -> None:
    clean = cleaned(LAYOUTS)
    assert [(p.name, p.handle) for p in clean.posts] == [
        ("Rogelio Zamora Quesada", "RZamoraCR"),
        ("Alberto Jiménez Mora", "AJimenezCR"),
    ]


BULLETS = (
    "Moldova and Romania agree\n\nPublished 12 March 2026\n\n"
    "The agreement came at the 9th session of the Moldovan–Romanian Intergovernmental Commission, which Deputy Prime "
    "Minister Radu Ciobanu co-chaired with Romania's Minister of Economy, Elena Vasilescu.\n\n"
    "The documents signed on Wednesday:\n"
    "• the protocol of the 9th session of the Intergovernmental Commission — signed by the two co-chairs;\n"
    "• the memorandum on joint border control — signed by the head of the customs service, Ion Rusu, and the head "
    "of Romania's border police, Mihai Popa.\n"
)


def test_a_document_in_a_list_signed_by_the_two_co_chairs_was_signed_by_those_who_co_chaired(
    analysed: Analyse,
) -> None:
    facts = event_facts(analysed(BULLETS, "doc").fragment)
    signers = set().union(*(who for who, _ in of_kind(facts, EventType.SIGNING)))
    assert {"Radu Ciobanu", "Elena Vasilescu", "Ion Rusu"} <= signers


def test_the_title_after_and_is_the_next_persons_not_the_one_before(analysed: Analyse) -> None:
    text = (
        "Border pact signed\n\nPublished 12 March 2026\n\n"
        "The agreement was signed on Wednesday by the head of the Moldova Customs Service, Ion Rusu, and the chairman "
        "of Romania's National Customs Authority, Mihai Popescu-Vlad.\n"
    )
    fragment = analysed(text, "doc").fragment
    titles = titles_by_person(fragment)
    assert "and the chairman of Romania's National Customs Authority" not in titles.get("Ion Rusu", [])


def test_a_date_in_khmer_or_lao_with_their_own_digits_dates_the_page() -> None:
    khmer = (
        "PHNOM PENH DAILY\n\nHome | National | Business\n\nថ្ងៃព្រហស្បតិ៍ ទី២៧ ខែសីហា ឆ្នាំ២០២៦\n\n"
        "Cambodia and Laos sign power deal\n\n"
        "Cambodia and Laos signed an electricity agreement in Phnom Penh on Wednesday.\n"
    )
    lao = (
        "VIENTIANE TODAY\n\nວັນທີ 27 ສິງຫາ 2026\n\nLaos and Thailand sign rail deal\n\n"
        "Laos and Thailand signed a rail agreement in Vientiane on Wednesday.\n"
    )
    for text in (khmer, lao):
        clean = cleaned(text)
        assert clean.published is not None
        assert clean.published.start == date(2026, 8, 27)


def test_a_key_point_under_the_dated_header_is_story_text() -> None:
    text = (
        "VIENTIANE TODAY\n\nHome | National | Business\n\nThursday, 27 August 2026\n\n"
        "Live updates: Thai Prime Minister Somchai in Vientiane\n\n"
        "WHAT WE KNOW SO FAR\n"
        "• Thai PM Somchai Wongsakul on official visit, Wednesday to Saturday\n"
        "• Rail agreement signed\n\n"
        "6.10pm\nMr. Somchai flies to Luang Prabang tomorrow.\n"
    )
    clean = cleaned(text)
    kept = [text[p.start : p.end] for p in clean.paragraphs]
    assert any(p.startswith("• Thai PM Somchai Wongsakul") for p in kept)


def test_duties_opened_up_or_cut_are_tariff_actions_of_the_country_that_acts(analysed: Analyse) -> None:
    lines = {
        "Benin will allow Nigerian rice in duty-free from March 1, the trade minister said on Monday.": "Benin",
        "Norway doubled its duty-free quota for Icelandic lamb to 1,200 tonnes from January 1.": "Norway",
        "Under the deal, South Sudan will scrap the transit fee on Ugandan trucks at Nimule.": "South Sudan",
        "Morocco granted Mauritanian fish duty-free access to its market from 1 December.": "Morocco",
        "Kazakhstan cut the export duty on wheat bound for Azerbaijan to zero on Friday.": "Kazakhstan",
    }
    for line, actor in lines.items():
        text = f"Trade news\n\nPublished 12 November 2026\n\n{line}\n"
        tariffs = of_kind(event_facts(analysed(text, "doc").fragment), EventType.TARIFF)
        assert any(actor in who for who, _ in tariffs), line


def test_a_working_lunch_or_dinner_of_two_people_is_a_meeting(analysed: Analyse) -> None:
    text = (
        "Diplomacy\n\nPublished 12 November 2026\n\n"
        "Czech President Tomas Dvorak visited Warsaw this week. Polish President Marek Zielinski and Dvorak discussed "
        "energy security during a working lunch on Friday.\n\n"
        "Zielinski held a working dinner with Dvorak on Thursday.\n"
    )
    meetings = of_kind(event_facts(analysed(text, "doc").fragment), EventType.MEETING)
    assert ({"Marek Zielinski", "Tomas Dvorak"}, "2026-11-06..2026-11-06") in meetings
    assert ({"Marek Zielinski", "Tomas Dvorak"}, "2026-11-12..2026-11-12") in meetings


def test_delegations_led_by_the_two_ministers_meeting_are_talks_of_the_two_countries(
    analysed: Analyse,
) -> None:
    text = (
        "Balkans\n\nPublished 12 November 2026\n\n"
        "Albania and North Macedonia are working on a new border crossing, Albanian Foreign Minister Elira Hoxha "
        "said.\n\nDelegations led by the two deputy ministers met in Struga on Thursday.\n"
    )
    talks = of_kind(event_facts(analysed(text, "doc").fragment), EventType.TALKS)
    assert ({"Albania", "North Macedonia"}, "2026-11-12..2026-11-12") in talks


def test_a_deal_signed_by_two_people_set_off_by_commas_was_signed_by_them(analysed: Analyse) -> None:
    text = (
        "Balkans\n\nPublished 12 November 2026\n\n"
        "Albanian Foreign Minister Elira Hoxha met North Macedonian Foreign Minister Goran Petrovski in Tirana on "
        "Wednesday.\n\nThe deal, signed by Hoxha and Petrovski, sets up a joint border post.\n"
    )
    signings = of_kind(event_facts(analysed(text, "doc").fragment), EventType.SIGNING)
    assert any({"Elira Hoxha", "Goran Petrovski"} <= who for who, _ in signings)


def test_a_signatory_after_a_comma_with_the_verb_left_out_signed_too(analysed: Analyse) -> None:
    text = (
        "Balkans\n\nPublished 12 November 2026\n\n"
        "Albanian Foreign Minister Elira Hoxha met North Macedonian Foreign Minister Goran Petrovski in Tirana on "
        "Wednesday.\n\nHoxha signed the border agreement on behalf of Albania, Petrovski for North Macedonia.\n"
    )
    signings = of_kind(event_facts(analysed(text, "doc").fragment), EventType.SIGNING)
    assert any({"Elira Hoxha", "Goran Petrovski"} <= who for who, _ in signings)


def test_a_day_of_the_month_a_weekend_and_a_dotted_date_are_dates() -> None:
    ref = date(2026, 11, 12)

    def days(text: str) -> list[tuple[date, date]]:
        return [(d.when.start, d.when.end) for d in find_dates(text, ref) if d.when]

    assert days("They signed the agreement on the 9th.") == [(date(2026, 11, 9), date(2026, 11, 9))]
    assert days("They will meet again on the 20th.") == [(date(2026, 11, 20), date(2026, 11, 20))]
    assert days("They signed it on the 25th.") == [(date(2026, 10, 25), date(2026, 10, 25))]
    assert days("They met on the 14th session of the commission.") == []
    assert days("They met at the weekend.") == [(date(2026, 11, 7), date(2026, 11, 8))]
    assert days("They met on 10.11.2026 in Skopje.") == [(date(2026, 11, 10), date(2026, 11, 10))]
    assert days("They met a fortnight ago in Skopje.") == [(date(2026, 10, 26), date(2026, 11, 1))]


def test_a_sentence_that_opens_with_a_surname_after_al_adds_no_alias_of_it(analysed: Analyse) -> None:
    text = (
        "Gulf talks\n\nPublished 12 November 2026\n\n"
        "Kuwaiti Foreign Minister Hamad Al Otaibi met Qatari Minister of State Khalid Al Thani on Monday.\n\n"
        "Al Otaibi stressed that the two sides had exchanged views on regional developments.\n"
    )
    fragment = analysed(text, "doc").fragment
    aliases = {a.value for e in fragment.entities if e.kind.value == "person" for a in e.aliases}
    assert "Al Otaibi" not in aliases  # a surname many share would join them across articles


# The review of this session's rules (helper report, 2 December 2026): misfires found and fixed.


def test_the_reviews_misfires_read_no_measure_signatory_or_target(analysed: Analyse) -> None:
    def facts(line: str) -> list[tuple[str, set[str], str | None]]:
        return event_facts(analysed(f"News\n\nPublished 12 November 2026\n\n{line}\n", "doc").fragment)

    assert not of_kind(
        facts("Ghana doubled its cocoa output this year despite the sanctions."), EventType.TARIFF
    )
    assert not of_kind(
        facts("Nigeria cut interest rates on Monday as sanctions began to bite."), EventType.TARIFF
    )
    tariffs = of_kind(
        facts("Officials who returned from Kenya on Monday said Tanzania will impose a 10% duty on sugar."),
        EventType.TARIFF,
    )
    assert all("Kenya" not in who for who, _ in tariffs)
    signings = of_kind(
        facts(
            "President William Ruto signed the condolence book, and Yoweri Museveni for Uganda's delegation laid a "
            "wreath."
        ),
        EventType.SIGNING,
    )
    assert all("Yoweri Museveni" not in who for who, _ in signings)


def test_a_duty_opened_up_is_told_as_cut_not_imposed(analysed: Analyse) -> None:
    text = "Trade news\n\nPublished 12 November 2026\n\nMorocco granted Mauritanian fish duty-free access to its market.\n"
    (tariff,) = [e for e in analysed(text, "doc").fragment.events if e.type is EventType.TARIFF]
    assert [v.value for v in tariff.status] == ["cut"]


def test_the_reviews_date_cases() -> None:
    def days(text: str, ref: date) -> list[tuple[date, date]]:
        return [(d.when.start, d.when.end) for d in find_dates(text, ref) if d.when]

    wednesday, saturday, sunday = date(2026, 11, 11), date(2026, 11, 14), date(2026, 11, 15)
    assert days("They will meet at the weekend.", wednesday) == [(date(2026, 11, 14), date(2026, 11, 15))]
    assert days("They met last weekend.", sunday) == [(date(2026, 11, 7), date(2026, 11, 8))]
    assert days("They met last weekend.", saturday) == [(date(2026, 11, 7), date(2026, 11, 8))]
    assert days("Residents from the 5th and 6th floors were moved.", wednesday) == []
    assert days("The deal was signed on the 13th.", wednesday) == [(date(2026, 10, 13), date(2026, 10, 13))]
    assert days("The council that meets in Addis Ababa approved the budget on Monday.", wednesday) == [
        (date(2026, 11, 9), date(2026, 11, 9))
    ]


def test_a_sentence_with_notes_in_brackets_is_story_text() -> None:
    text = (
        "Sugar duty raised\n\nPublished 12 November 2026\n\n"
        "Kenya raised its duty on Ugandan sugar to 25 per cent in March, according to the revenue authority. [1] [2]\n"
    )
    clean = cleaned(text)
    assert any("revenue authority" in text[p.start : p.end] for p in clean.paragraphs)


def test_a_name_with_its_country_after_a_sentence_that_ends_with_a_capital_is_a_person(
    analysed: Analyse,
) -> None:
    text = (
        "Border talks\n\nPublished 2 October 2026\n\n"
        "The commission met in Tunisia. Karim Benali of Morocco and Leila Ouazzani of Mauritania signed a fisheries "
        "agreement on Thursday.\n"
    )
    names = set(people(analysed(text, "doc").fragment))
    assert "Karim Benali" in names


def test_the_trade_minister_of_a_country_is_not_its_deputy_trade_minister_but_may_be_its_acting_one(
    analysed: Analyse,
) -> None:
    text = (
        "Trade talks\n\nPublished 12 November 2026\n\n"
        "Armenian Deputy Trade Minister Aram Sargsyan met Georgian Trade Minister Nino Beridze in Tbilisi on Monday.\n\n"
        "The Armenian trade minister will visit Tbilisi in May.\n"
    )
    visits = of_kind(event_facts(analysed(text, "doc").fragment), EventType.VISIT)
    assert not any("Aram Sargsyan" in who for who, _ in visits)


def test_a_name_without_its_second_surname_is_the_same_person_and_dates_an_undated_retelling() -> None:
    from bot.core.extract import Extractor
    from tests.core.support import build_story

    vocab = load_vocabulary()
    dated = (
        "Binational cabinet in Puno\n\nLima, miércoles 20 de mayo de 2026\n\n"
        "Peruvian President Gabriela Huamantica Olaechea met Bolivian President Marcelo Tarqui Arandia in Puno on "
        "Tuesday before the binational cabinet.\n"
    )
    undated = (
        "Soy oil back in Peru\n\n"
        "President Marcelo Tarqui and President Gabriela Huamantica met in Puno on Tuesday before the binational "
        "cabinet, where "
        "Peru agreed to suspend its safeguard duty on Bolivian soybean oil.\n"
    )
    story = build_story(vocab, Extractor(vocab), [("dated", dated), ("undated", undated)])
    sources = {s.doc: s for s in story.sources}
    assert sources["undated"].published.start == date(2026, 5, 19)
    assert sorted(people(story)) == ["Gabriela Huamantica Olaechea", "Marcelo Tarqui Arandia"]


def test_a_plural_title_before_two_names_is_no_part_of_the_first(analysed: Analyse) -> None:
    text = "News\n\nPublished 12 November 2026\n\nPresidents Marcelo Tarqui and Gabriela Huamantica met in Puno on Tuesday.\n"
    names = set(people(analysed(text, "doc").fragment))
    assert names == {"Marcelo Tarqui", "Gabriela Huamantica"}


def test_talks_told_by_their_noun_held_resumed_or_set_off_are_talks_of_the_two_countries(
    analysed: Analyse,
) -> None:
    lines = [
        "The two sides held the fourth round of their strategic dialogue in Tirana on Tuesday.",
        "Political consultations at the level of deputy foreign ministers were held in Tirana on Tuesday.",
        "Talks on a free trade agreement resumed in Skopje on Tuesday.",
        "The two foreign ministries held their annual consultations in Skopje on Tuesday.",
        "The talks, held behind closed doors in Tirana on Tuesday, focused on the border crossing.",
    ]
    for line in lines:
        text = (
            "Balkans\n\nPublished 12 November 2026\n\nAlbania and North Macedonia are working on a new border "
            f"crossing, Albanian Foreign Minister Elira Hoxha said.\n\n{line}\n"
        )
        talks = of_kind(event_facts(analysed(text, "doc").fragment), EventType.TALKS)
        assert ({"Albania", "North Macedonia"}, "2026-11-10..2026-11-10") in talks, line


def test_two_weekdays_to_come_joined_by_and_are_one_span() -> None:
    found = find_dates("She will pay an official visit to Riga on Thursday and Friday.", date(2026, 11, 10))
    assert [(d.when.start, d.when.end) for d in found if d.when] == [(date(2026, 11, 12), date(2026, 11, 13))]


def test_an_instagram_post_under_its_account_name_is_its_owners(analysed: Analyse) -> None:
    text = (
        "Tourism news\n\nPublished 2 October 2026\n\n"
        "Tunisian Tourism Minister Amira Belhadj met Algerian officials in Tabarka on Wednesday.\n\n"
        "Belhadj chose Instagram to make her own point:\n\n"
        "   amira.belhadj.officiel · 24 septembre\n"
        "   Trois millions d'Algériens nous ont rendu visite l'an dernier. Bienvenue chez vous, toujours.\n"
        "   ♥ 12 408\n\n"
        "Hotels in Tabarka said bookings from Algeria were up.\n"
    )
    clean = cleaned(text)
    assert [(p.handle, p.network) for p in clean.posts] == [("amira.belhadj.officiel", "Instagram")]
    speakers = quote_speakers(analysed(text, "doc").fragment)
    assert speakers.get("Trois millions d'Algériens"[:20]) == "Amira Belhadj"


def test_the_last_of_a_list_of_places_before_a_verb_is_no_person(analysed: Analyse) -> None:
    text = (
        "Border fund\n\nPublished 2 October 2026\n\n"
        "Morocco and Mauritania set up a border fund on Thursday. The governors of Oujda, Figuig, Nador and Bou Arfa "
        "had met in Oujda in July to prepare it, Moroccan Interior Minister Karim Benali said.\n"
    )
    names = set(people(analysed(text, "doc").fragment))
    assert "Bou Arfa" not in names
