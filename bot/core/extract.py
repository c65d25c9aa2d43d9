"""Extraction: one cleaned article in, a one-source story fragment out.

Rules over general vocabulary, never facts of a particular story: people are found by the titles
and verbs around their names, agreements by their head nouns (framework, arrangement, pact ...),
events by verbs (signed, inked, met, held talks, hit ... with tariffs) and their arguments.
Every fact keeps the sentence it came from (character offsets into the article text).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from bot.core.clean import CleanArticle
from bot.core.dates import MONTHS, WEEKDAY_BEFORE_PUBLICATION, WEEKDAYS, DateMatch, count_of, find_dates
from bot.core.model import (
    Dated,
    Entity,
    Event,
    EventType,
    Figure,
    Kind,
    Mention,
    Precision,
    Quotation,
    Role,
    Story,
    Variant,
    When,
)
from bot.core.names import name_key, slugify, tidy_title
from bot.core.text import (
    Caseless,
    Folded,
    QuoteSpan,
    Sentence,
    find_quotes,
    grouped_alternation,
    holds_any,
    mask,
    split_sentences,
)
from bot.core.tokens import PhraseIndex, Token, adjacent, possessive, strip_possessive, tokenize
from bot.core.vocab import (
    AGREEMENT_HEADS,
    COMPANY_WORDS,
    FOREIGN_TITLE_HEADS,
    FOREIGN_TITLE_WORDS,
    HONORIFICS,
    OCCASION_HEADS,
    ORG_ACRONYMS,
    ORG_HEADS,
    ROLE_HEADS,
    SPEECH_VERBS,
    SURNAME_PARTICLES,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TOPIC_WORDS,
    Vocabulary,
    words_pattern,
)

__all__ = ["Analysis", "Extractor"]

_MEMO = 1 << 16
"""Entries kept by the memoised pure helpers below (names and words recur across sentences and articles)."""

_CAP = r"(?:[A-Z][\w’'.&-]*[\w’']|[A-Z]|\d+(?:st|nd|rd|th))"
_FIRST_CAP = r"[A-Z\d](?:(?<=[A-Z])(?:[\w’'.&-]*[\w’'])?|(?<=\d)\d*(?:st|nd|rd|th))"
"""_CAP as the opening of a pattern: the same matches, tried in the same order, but opening with a class of characters,
which the search skips to (it tries the pattern at every character when the opening is a choice of classes)."""
_CHUNK = re.compile(
    rf"{_FIRST_CAP}(?:\s+(?:(?:of|for|the|on|and|de)\s+)*{_CAP}|(?:(?<=Cooperation)|(?<=Co-operation)|(?<=Collaboration))"
    rf"\s+in\s+(?:the\s+)?{_CAP})*(?:\s*\([A-Z][\w-]*\))?"
)
"""A run of capitalised words: a name ("Memorandum of Understanding on Cooperation in Water Resources Management")."""
_ARRIVED_IN = re.compile(
    r"\barrived\s+(?:here\b|in\s+the\s+country\b|in\s+(?P<where>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?))"
)
_ITEM_AGREEMENT = re.compile(
    r"(?:\d{1,2}[.)]\s+)?(?:The\s+)?(?P<name>(?:(?!(?:Agreement|Protocol|Plan|Programme)\b)[A-Z][\w-]+\s+){0,2}"
    r"(?P<head>Agreement|Memorandum of Understanding|Memorandum|Protocol|Treaty|Convention|"
    r"Accord|Arrangement|Framework|Charter|Declaration|Programme|Program|Plan|Roadmap)\s+(?:on|regarding|concerning|for|between|of)\s+"
    r"(?:[^—–;:.\n]|(?<=\w)[–-](?=\w)){3,140}?)(?=\s+(?:—|–|--)\s+|\s*[;:]|,\s+(?:signed|initialled)\b)"
)
"""A document named by its title at the head of a list item: "1. Agreement on the joint operation of the crossing — signed
by ...", "3. The Binational Plan for the Environmental Recovery of Lake Titicaca 2026–2030 — signed by ..." (a capitalised
head, with a word or two before it)."""
_ITEM_OPENINGS = frozenset("0123456789AMPTCFDR")
_LIST_ITEM = re.compile(r"(?:^|\n)\d{1,2}[.)]\s+$")
_LIST_REACH = 1200
"""Characters before a list item within which the signing it follows is told."""
_FOLLOWING_SIGNED = re.compile(
    r"\bthe following (?:[a-z-]+ ){0,3}(?:documents|agreements|instruments|memoranda|texts|accords)\s+"
    r"(?:were|have been|had been|was|are)\s+(?:also\s+)?(?:signed|exchanged|initialled)(?:\s+[^:\n]{0,60})?:\s*(?:\n|$)"
    r"(?:[^\n]*\n){0,12}?[^\n]*$"
)
"""The lead of a list of documents signed: "the following documents were also signed:" (up to the item)."""
_ITEM_SIGNED_BY = re.compile(r",(?P<verb>\s+(?:exchanged|signed|initialled)|)(?=\s+by\s+(?:the\b|[A-Z]))")
"""In such an item, who signed it: "..., by the Minister of ...", "..., exchanged by ..."."""
_JUST_SIGNED = re.compile(r"\b(?:has|have)\s+just\s+been\s+signed\b")
_JUST_DONE = re.compile(r"\b(?:has|have)\s+just\s+(?:been\s+)?[a-z]+")
_CHUNK_CUT = re.compile(
    r"\s+(?:on|of|for|the|and|in)\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December)\b"
)
_LEADING_WORDS = {
    "the", "a", "an", "in", "on", "and", "for", "of", "this", "that", "these", "those", "our", "their", "his", "her",
    "its", "my", "new", "both", "after", "following", "during", "with",
}  # fmt: skip
_PRONOUN = re.compile(
    "(?:" + grouped_alternation(["he", "she", "He", "She", "him", "her"], word_start=True) + r")\b"
)
_SIDES = re.compile(
    r"\b(?:the two|both) (?:sides|countries|nations|governments|parties|neighbours|neighbors|allies|leaders|"
    r"(?:[a-z]+ )?ministries)\b",
    re.IGNORECASE,
)
_SIDES_SUBJECT = re.compile(
    r"(?:\b(?:[Tt]he two|[Bb]oth) (?:sides|countries|nations|governments|delegations|(?:[a-z]+ )?ministries)|"
    r"\b[Tt]he delegations|"
    r"\b(?i:officials|negotiators|delegations|delegates|teams|representatives|planners|experts|groups|secretaries) (?:from|of) "
    r"(?:the two|both) (?:[a-z]+ ){0,2}(?:sides|countries|nations|governments|ministries|departments|agencies|"
    r"administrations|authorities|services)|"
    # "Senior officials will meet in Tarawa in November": the working level of the story's two
    r"(?P<bare>\b(?:[Ss]enior officials|[Tt]echnical teams|[Ww]orking groups|[Ee]xpert groups))|"
    # "Delegations led by the two deputy ministers met in Struga on Thursday"
    r"\b(?:[Tt]he )?[Dd]elegations (?:led|headed) by (?:the two|both) (?:[a-z-]+ ){0,3}(?:ministers|secretaries|"
    r"leaders|officials|heads of (?:state|government))|"
    r"(?P<a>\b[A-Z][a-z]+(?: [A-Z][a-z]+)?) and (?P<b>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:trade )?"
    r"(?:negotiators|officials|delegations|delegates|teams))"
    r"(?: (?:would|will|shall|could|may|had|have|has|are|were|is|be|to|agreed|again|also|last|then|first|later|"
    r"once|plan|plans|planned|expected|due|set))*\s+$"
)
"""The subject of a meeting verb that is the two countries' people, unnamed: "officials from the two countries would
meet", "Costa Rican and Panamanian negotiators ended two days of talks", "since the two governments sat down"."""
_ITS_SESSION = re.compile(r"\b(?:its|their)\b", re.IGNORECASE)
_JOINT_BODY = re.compile(
    r"\b(?:(?:Joint|Intergovernmental|Inter-Governmental|Bilateral|Binational|Bi-National|Mixed)\b[^,.;]{0,40}?"
    r"\b(?:Committee|Commission|Council|Working Group|Forum|Dialogue)|"
    # in lower case: "a joint technical committee on the corridor will meet"
    r"(?:joint|intergovernmental|bilateral|binational|mixed)\s+(?:[a-z-]+\s+){0,2}?(?:committee|commission|working group)|"
    # "A working-level dialogue on trade remedies will hold its first meeting in Hanoi in July"
    r"(?:working-level|bilateral|strategic|joint)\s+(?:[a-z-]+\s+){0,1}?dialogue|"
    # in Spanish, Portuguese, French, Italian: "the Comisión Mixta Hispano-Caboverdiana de Pesca", "Comissão Mista"
    r"(?:Comisión|Comissão|Commission|Commissione|Comité|Comitê|Comitato) (?:[\w-]+ )?(?:Mixta|Mista|Mixte|Conjunta|"
    r"Bilateral|Bilatérale|Intergubernamental|Intergouvernementale|Permanente?))\b"
)
"""A body two countries hold together: "the Kuwaiti-Jordanian Joint Higher Committee", "Joint Trade Committee"."""
_SESSION_BODY = re.compile(
    _JOINT_BODY.pattern
    + r"|\b(?:Binational|Bi-National|Joint) Cabinet\b|\b(?i:binational|bi-national) cabinet\b"
    # "the first joint session of the two governments", "a joint cabinet session"
    r"|\b(?i:joint) (?:(?i:government|cabinet|intergovernmental) )?(?i:session)(?= of the two governments| in\b|[,.])"
    r"|\b(?:High-Level|Strategic|Supreme|Higher) (?:[\w-]+ ){0,2}"
    r"(?:Council|Committee|Commission)\b"
)
"""A body two countries hold together, a session of which is talks: _JOINT_BODY, "the Binational Cabinet", "the
High-Level Cooperation Council"."""
_AS_CLAUSE = re.compile(r",\s+(?:as|while|when)\s+(?=[A-Z]|the\b|his\b|her\b)")
"""A clause of its own after the main one: "..., as Botswana's President Lesego Ntshekisang paid a visit ..."."""
_A_DAY_SPENT = re.compile(
    r"\bspent (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the day|a day|yesterday|today)\b(?! and)"
)
"""A visit of one day: "Rwanda's President Innocent Mugiraneza spent Monday in Dar es Salaam"."""
_THE_BODY_SESSION = re.compile(
    r"\b[Tt]he (?:(?:next|last|previous|following|coming|first|second|third|\d+(?:st|nd|rd|th)) )?"
    r"(?:session|meeting|sitting) of the (?P<head>commission|committee|council)\b|"
    r"\b[Tt]he (?P<head2>commission|committee|council)['’]s (?:(?:next|last|previous|first|second|third|\d+(?:st|nd|rd|th)) )?"
    r"(?:session|meeting|sitting)\b|"
    # "The council last met in Budapest in December"
    r"\b[Tt]he (?P<head3>commission|committee|council)(?=(?:,? (?:which|that))? (?:last |first |previously )?"
    r"(?:met|convened|sat)\b)|"
    # "The eleventh session is to be held in Muscat early next year", after the joint committee's
    r"^\W*[Tt]he (?:next|last|previous|following|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|\d+(?:st|nd|rd|th)) (?P<bare>session|meeting)(?= (?:is|was|will|would|had))"
)
"""A session of a body named before, told by its noun: "the commission's next session", "The previous session of the
commission"."""
_SESSION_BODY_HINTS = (
    "committee", "commission", "council", "group", "forum", "dialogue", "cabinet", "session", "comis", "comit",
    "summit",
)  # fmt: skip
"""A word one of which every match of _SESSION_BODY and _THE_BODY_SESSION holds, in lowercase ("comis": "Comisión",
"Comissão"; "comit": "Comité", "Comitê", "Comitato")."""
_BODY_HELD = re.compile(
    r"\b(?:(?:took|take|takes|taking) place|(?:was|were|will be|is to be|would be|is being|be|been) held|"
    r"(?:is|was) (?:now )?under way|(?:first |last )?met|(?:will|would) (?:meet|convene|sit)|convened|sat)\b"
)
"""What a body's session is told as: held, to be held, under way."""
_AT_BODY = re.compile(
    r"\b(?:at|during)\s+(?:the|a|their)\s+(?:(?:first|second|third|last|latest|\d+(?:st|nd|rd|th))\s+)?$"
)
"""Right before a body's session, its occasion: "at the first joint session of the two governments"."""
_MET_FOR_BODY = re.compile(
    # "paid a one-day working visit to Windhoek for the seventh session of the two countries' Bi-National Commission"
    r"\b(?:met|gathered|convened|visit|visited|visiting)\b[^;]{0,80}?\bfor (?:the|a|their)\s+(?:[\w–'’-]+\s+){0,6}$"
    # "The two governments will also hold a joint cabinet session in Helsinki in November"
    r"|\b(?:hold|holds|held|holding)\s+(?:a|an|the|their)\s+(?:(?:first|second|third|next|\d+(?:st|nd|rd|th))\s+)?$"
)
"""Before a body's name, its members met for its session: "met on the shores of Lake Titicaca for the eighth ..."."""
_SAID_BY_NAME = re.compile(
    r"\W{0,3}\s*(?:said|says|added|told|wrote|noted|stressed)\s+(?:[a-z-]+\s+){0,3}(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?"
    r"(?P<first>(?!(?:The|He|She|They)\b)[A-Z][\w’'-]*)\s+[A-Z]"
)
"""After a quotation, a verb of saying and a name of two capitalised words: "said Dr Rasa Kuprevičiūtė of ..."."""
_NAME_WORD_BEFORE = re.compile(r"(?<![.,;:])\b(?!(?:The|A|An|He|She)\b)([A-Z][a-z]+) $")
"""A capitalised word right before a one-word name: "Amina Hassan", not "The Hassan" or "Dr Hassan"."""
_NAME_OF_COUNTRY = re.compile(
    r"(?P<name>[A-Z](?<=\b[A-Z])[\w'’-]+(?: [A-Z][\w'’-]+){1,2}) of (?P<of>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r"(?=\s*(?:,|and\b|who\b|\.|;))"
)
"""A name and its country: "Karim Hadj-Mokhtar of Algeria and Leila Haddar of Tunisia"."""
_GIVEN_NAME_DOES = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) (?=[a-z]+(?:s|ed)\b|is\b|was\b)"
)
"""A sentence that opens with a name of two or three words and a verb: "Lotfi Hermassi sells olive oil ...",
"Joaquín Cruchaga Bulnes is not a man given to grand gestures" (a given name and two surnames)."""
_SAID_NAME_OF = re.compile(
    "(?:"
    + grouped_alternation(["said", "says", "told", "added", "noted", "wrote"], word_start=True)
    + r")\s+(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}) of (?:the )?[A-Z]"
)
_PERSON_OF = re.compile(r"(?:(?P<honorific>[A-Z][\w.]*) )?(?P<name>[A-Z][^\s,]*(?: [A-Z][^\s,]*){0,3}) of ")
"""A name (after an honorific) and "of": "Dr Rasa Kuprevičiūtė of Vilnius University" (a person and where they
work)."""
_WORKING_LEVEL_MEETS = re.compile(r"\s*(?:(?:The|the|and|but|Meanwhile,?|Also,?)\s+)?")
"""Before the working level that meets: nothing that makes it one side's ("Kenyan senior officials", "In Kenya, ...")."""
_WILL_MEET = re.compile(r"\b(?:will|would|shall|are due to|are to|are expected to|are set to|plan to)\b")
_MEETS_WHERE = re.compile(r"\s+(?:again\s+)?in\s+(?-i:[A-Z])")
"""After the verb: where or when, not whom ("will meet the World Bank")."""
_NATIVE_SCRIPT = re.compile(r" \([^\x00-\u024f()]{1,16}\)")
"""A name written again in its own script, in brackets: " (張以萱)"."""
_WHO_BEFORE = re.compile(r", who\b[^,;]*$")
_FUTURE_VISIT = re.compile(r"\b(?:will|would|is to|are to|is due to|is expected to|plans? to)\b[^,;]*$")
_TO_VISIT = re.compile(r"\b(?:invitation|invited|plans?|hopes?|expected|due|intends?|agreed|set) to\s+$")
_AND_SUBJECT = re.compile(r", and (?-i:[A-Z])\w+")
_DOTTED_ONLY = frozenset({"Ing", "Lic", "Licda", "Arq", "Abg"})
"""Honorifics that are abbreviations, and only with their dot ("Ing." is an engineer; "Ing" may be a surname)."""
_SECOND_HONORIFICS = frozenset({"Seri", "Sri", "Paduka"})
"""A second word of an honorific, after the first: "Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin"."""
_HOSTED_BEFORE = re.compile(
    r"\b(?:hosted|received|welcomed|met|thanked|invited|greeted|called on|paid (?:a )?(?:courtesy )?call on)\s+$"
)
_AND_ANOTHER = re.compile(r", and (?=(?:a|an|the|two|three|later|then)\b)")
"""Where a clause goes on to another of its kind: "..., and a telephone call between the two presidents in January"."""
_JOINT_BODY_BEFORE = re.compile(
    _JOINT_BODY.pattern + r"(?: (?:on|for) (?:the )?[A-Z][\w-]*(?: (?:(?:and|of|the) )?[A-Z][\w-]*)*|"
    r" (?:on|for) (?:the )?[a-z][\w-]*(?: (?:and )?[a-z][\w-]*){0,3}|"
    # "a joint working group of officials will meet for the first time in Helsinki in March"
    r" of (?:[a-z-]+ ){0,2}(?:officials|experts|ministers|ministries|countries|sides|governments))?"
    # "..., which is due to meet", "The joint technical committee provided for in the agreement will hold"
    r"(?:,? (?:which|that)| (?:provided for|set up|created|established|envisaged|foreseen|formed)(?: [a-z]+){0,5})?"
    r"(?: (?:will|would|is to|is due to|is set to|is expected to|also|then|next))* $"
    # "The committee's second meeting is planned in Manama in January"
    r"|\b[Tt]he (?:(?:joint|technical|bilateral|permanent) )*(?P<head2>commission|committee|working group)[’']s "
    r"(?:next|second|third|fourth|fifth|\d+(?:st|nd|rd|th)) $"
)
"""A joint body that is the subject of a meeting verb: "... Joint Permanent Commission on Cooperation will "."""
_BODY_WORDS = {
    "commission": "commission|comisión|comissão|commissione",
    "committee": "committee|comité|comitê|comitato",
    "council": "council|consejo|conselho|consiglio",
}
"""The noun of "the commission" told again, as the body's name may have it in its own language."""
_MEETS_ALONE = re.compile(
    r"\s*(?:$|[,.;]|(?:in|on|at|again|next|this|for|later|early|before|after|every)\b|"
    r"(?:is|was) (?:planned|scheduled|set|due) (?:for|in)\b)"
)
"""After a meeting verb, a place, a time or nothing: the body meets; not "will meet political parties"."""
_THE_BODY_BEFORE = re.compile(
    r"\b[Tt]he (?:(?:joint|technical|bilateral|permanent) )*(?P<head>commission|committee|working group)"
    r"(?: (?:will|would|is to|is due to|is set to|is expected to|also|then|next))* $"
)
"""A joint body named before, told again as "the commission": "The commission will meet in Bujumbura in May"."""
_DOMESTIC_BODY = re.compile(
    r"\b(?:Parliamentary|Senate|House|Congressional|Cabinet|Party) Joint\b|\bJoint (?:Select|Standing|Chiefs)\b|"
    r"\b(?:parliamentary|senate|house|congressional|cabinet|party|select|standing|departmental)\s+(?:joint\s+)?"
    r"(?:committee|commission)\b|\bof both (?:houses|chambers)\b"
)
"""A joint body of one country's own: "the Parliamentary Joint Committee on Treaties", "the Joint Chiefs"."""
_JOINT_BODY_AFTER = re.compile(r" of (?:the )?(?:[\w–-]+ ){0,4}?" + _JOINT_BODY.pattern)
"""The joint body a meeting is of: "the first meeting of the Malaysia–Timor-Leste Joint Commission"."""
_SESSION_OF = re.compile(r" (?:the |a |its )?(?:[\w-]+ ){0,3}(?:session|meeting)" + _JOINT_BODY_AFTER.pattern)
"""After "co-chaired": the session of a joint body ("the 14th session of the Georgian-Armenian intergovernmental
commission")."""
_MEETING_LINK = re.compile(
    r"\b(?:following|after|during|at) (?:the|their|these) (?:discussions?|talks|meeting|meetings)\b",
    re.IGNORECASE,
)
_SIGN = Folded(
    re.compile(
        r"\b(?P<verb>sign(?:ed|s|ing)?|ink(?:ed|s|ing)?|seal(?:ed|s|ing)?|conclud(?:ed|es|ing)|initial(?:l?ed|l?ing)|"
        r"renew(?:ed|s|ing)?|formalis(?:e|ed|es|ing)|formaliz(?:e|ed|es|ing)|exchang(?:ed|e|es) (?:an? |the )?agreements?|"
        r"exchang(?:ed|e|es) signed copies|put their signatures|put their names to|"
        # "The two leaders themselves put pen to paper on a memorandum of understanding"
        r"(?:put|puts|putting) pen to paper(?: on)?|"
        # "exchanged the instruments of ratification", "The instruments were exchanged by A and B"
        r"exchang(?:ed|e|es|ing) (?:the )?instruments of (?:ratification|accession|approval)|exchang(?:ed|e|es|ing) the "
        r"instruments\b|(?<=instruments were )exchanged|"
        r"(?<=instruments of ratification were )exchanged)\b",
        re.IGNORECASE,
    )
)
_SIGNED_THEN = re.compile(
    r"(?:\s+(?!(?:that|which|who|to|will|would|effective|from|until|by|since)\b)[^\s,;:()]+){0,8}\s+"
)
"""Between "signed" and a day told right after it, in the same clause: a place or the agreement ("signed in Dhaka
yesterday", "signed the MoU on Thursday"), not a clause about something else ("signed a deal that takes effect on
1 July")."""
_OF_THE_AGREEMENT = re.compile(
    r"\b(?:(?:that|which)\s+(?:will\s+)?(?:takes?|took|enters?|entered|comes?|came|goes|went)\s+(?:into\s+)?"
    r"(?:effect|force)|to take effect|taking effect|effective|in force|expires?|runs? until)\b"
)
"""After "signed", a clause about the agreement: a day told in it is not the signing's."""
_FUTURE = re.compile(
    r"\b(?:will|would|to|set to|expected to|likely to|plans? to|is to|are to|could|may|might|shall|going to)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_SUBJECT_AUXILIARIES = frozenset({"is", "was", "will", "would", "has", "had", "also", "then", "later"})
"""After a sentence's first word, its verb: the word is the subject ("Bojang-Saneh is expected to ...")."""
_TO_BE_DONE = re.compile(r"\b(?:will|would|shall|plans?|intends?|is to|are to|aims? to)\b")
_SAID_THEN = re.compile(
    r"\s*(?:(?:reporters|journalists|the (?:media|press))\s+)?(?:(?:in|at) [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?\s+)?"
)
"""Between a verb of saying and the day it was said: "said in Kampala on Tuesday", "told reporters on Tuesday"."""
_ONLY_WHEN_OR_WHERE = re.compile(
    r"(?:(?:reporters|journalists|the (?:media|press))\s*)?(?:(?:on|in|at|late on|early on|last|this|yesterday|today|on the sidelines of)\b[^,;]{0,60}|yesterday|today)?"
    r"\s*[.;]?\s*"
)
"""After a verb of saying, only when or where it was said ("said on Wednesday.", "said."): what was said came before."""
_OPENED_IN = re.compile(
    r"\b(?P<verb>began|opened|closed|ended|continued|switched)(?:(?: (?:his|her|their) (?:speech|remarks|address|toast))"
    r"(?: (?:by saying|with the words))?(?: in (?-i:[A-Z])[\w-]+)?| in (?-i:[A-Z])[\w-]+):\s*[“\"‘']?\s*$"
)
"""Before a colon and a quotation, words said in a language: "Lauofo began in Samoan:"."""
_AND_HIS_COUNTERPART = re.compile(
    r"(?P<a>[A-Z][\w'’-]+)\s+and\s+(?:his|her)\s+(?:(?P<dem>[A-Z][\w-]+)\s+)?counterpart,?\s+"
    r"(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
)
"""One named, then their counterpart: "Dhungel and his Indian counterpart Anirudh Venkataraghavan"."""
_OF_A_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?$")
_MINISTER_END = re.compile(r"\b(?:Minister|Secretary)$")
_NUMBERED_SUMMIT = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|previous) "
    r"(?P<name>(?:[A-Z][\w-]*(?:[–-][A-Z][\w-]*)* ){0,4})Summit\b(?! of\b)"
)
"""A summit of a series: "the 6th Summit", "the 7th Cabo Verde–Portugal Summit", "the next Summit"."""
_OF_THE_TWO = re.compile(
    r"\s+of\s+the\s+two\s+(?:[a-z]+\s+){0,2}?[a-z]+s(?:\s+of\s+(?:state|government))?\b(?![’'])"
)
"""After a meeting's noun, whose it was: "the meeting of the two presidents", "of the two heads of state"."""
_ANOTHER_SESSION = re.compile(
    r"\W*[Tt]he (?:previous|last|next|following|coming|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)) (?:session|meeting|round|summit)\b"
)
"""A sentence that opens with a session of a series, told as another time than the story's."""
_PASSIVE_BEFORE_BY = re.compile(
    r"\b(?:was|were|had been|has been|have been|is being|will be)\s+[a-z]+ed\s+by\s+$"
)
"""Between a visit's noun and "by": a verb in the passive, whose agent follows ("The visit had been prepared by")."""
_RECEIVED_FOR = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
    r"\b(?:received|welcomed|hosted|greeted|receives|welcomes|hosts)\s+(?!by\b)"
)
"""A host's verb before a visit told after its guest: "X today received Y ... for a working visit"."""
_ELIDED_TITLE_PARTNER = re.compile(
    r",?\s+and\s+(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)['’]s\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|del|da|dos|van|von|bin|al)){1,3})(?=[\s,.;:])(?!\s+[a-z]+\s+[A-Z])"
)
"""After a person with a country's title, the other country's person without one: "and Chile's Francisca Undurraga
Moya"."""
_OPENED_ON = re.compile(r",?\s+(?:which|that)\s+(?:had\s+)?(?:opened|began|started)\b")
"""After a body's session: the day it opened, told next ("..., which opened on Monday")."""
_SESSION_WORD = re.compile(
    r"\b(?:session|meeting|talks|consultations|round|summit|conference|dialogue)\b", re.I
)
_AFTER_DATELINE_DAY = re.compile(r"\s*(?:\([A-Za-z]{2,12}\))?\s*[–—-]")
"""After a dateline's day: the agency and the dash ("Nouakchott, 12 nov. (ASI) –")."""
_BARE_TITLES_NOT_NAMES = frozenset(
    {"president", "minister", "ambassador", "secretary", "chairman", "chair", "director", "governor", "mayor",
     "general", "king", "queen", "prince", "chief", "head", "official", "spokesman", "spokesperson", "spokeswoman",
     "senator", "commissioner", "envoy", "premier", "chancellor", "speaker", "judge", "professor", "adviser"}
)  # fmt: skip
"""Titles that, standing alone, are the office told of, not a name ("the President", "Minister" in a heading)."""
_GUEST = re.compile(r"\W*(?:His|Her|Their|The) guest\b")
_CAME_AS = re.compile(
    r"\W*[Tt]he (?:announcement|decision|move|statement|pledge|news) (?:came|comes|was made) (?:as|while|when|during)\b"
)
"""A clause that tells what happened on the day of what was said before: "The announcement came as ..."."""
_BODY_WORDS_AFTER = (
    r"(?:University|Institute|College|School|Bank|Council|Centre|Center|Foundation|Association|Chamber|Ministry|"
    r"Agency|Group|Forum|Society|Academy)\b"
)
"""The second word of a body's name ("Tribhuvan University"), which names no second person."""
_INNER_PARTICLES = frozenset({"bin", "bint", "binti", "ibn"})
"""Words within an Arab or Malay name, in lower case, that join its given name to the father's: "Hilal bin Saif Al
Kharusi" (not "van der", "de": a name told by its surname alone may open with them)."""
_BODY_HEADS = frozenset(
    {"council", "board", "chamber", "assembly", "court", "bank", "house", "senate", "state"}
)
"""A title's body whose name has an "of" of its own: "President of the Council of Ministers", "Speaker of the House
of Representatives"."""
_PAIR_BODY = re.compile(
    r"(?P<pair>[A-Z][\w'’]*(?: [A-Z][\w'’]*)?[–-][A-Z][\w'’]*(?: [A-Z][\w'’]*)?)(?: [A-Z][\w-]*){0,3} "
    r"(?:Committee|Commission|Council|Dialogue|Forum)\b"
)
"""A body named after two countries ("the Guyana–Suriname Cooperation Council"): joint, when both are countries."""
_PAIR_BODY_BEFORE = re.compile(
    _PAIR_BODY.pattern + r"(?: (?:will|would|is to|is due to|is set to|is expected to|also|then|next))* $"
)
_THE_OFFICE_AHEAD = (
    r" the (?:(?-i:[A-Z])[\w-]+ )?(?-i:President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Crown Prince|"
    r"Foreign Minister|Minister|Secretary|Vice President|Deputy)\b"
)
"""After "a telephone conversation with": an office holder unnamed ("the Prime Minister of Japan", "the Japanese
Prime Minister"), not a newspaper ("the Daily Nation")."""
_ROUND = (
    r"(?:(?:a|an|the|their|another) )?(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|"
    r"fresh|latest|final|further|formal|informal|bilateral|wide-ranging|delegation-level|high-level|ministerial|"
    r"exploratory|preliminary|technical|trilateral|closed-door|technical-level|expert-level|working-level|"
    r"senior-level|political|annual|regular|strategic|two|three|four|five|several) )*"
    r"(?:rounds? of (?:(?:their|the|bilateral|formal|informal|trade|strategic|political|economic|technical) )*)?"
)
"""Before "talks": "a first round of", "the eighth round of", "their bilateral"."""
_MEET = Folded(
    re.compile(
        r"\b(?P<verb>met|meet(?:s|ing)?|sits?(?= in (?-i:[A-Z]))|convene[sd]?(?= (?:again )?in (?-i:[A-Z]))|(?:held|holding|hold) "
        + _ROUND
        + r"(?:talks|discussions|negotiations|consultations|meeting|dialogue)|"
        # "Political consultations at the level of deputy foreign ministers were held in Tirana", "Talks on a free trade
        # agreement resumed in Skopje", "The talks, held behind closed doors in Tirana"
        r"(?:talks|discussions|negotiations|consultations)(?:,\s+held| [^,;.]{0,80}?\s+(?:(?:were|was)\s+held|took place|"
        r"resumed))(?: [^,;.]{0,40}?)?\s+in(?= (?-i:[A-Z]))|"
        # "held nearly three hours of talks", "held two days of talks"
        r"(?:held|holding|hold|ended|concluded|wrapped up|began|opened) (?:[\w-]+ ){0,3}(?:hours|days) of (?:[\w-]+ )?"
        r"(?:talks|discussions|negotiations|consultations)|"
        # "talks with", "talks on mineral supply between the two governments"
        r"(?:talks|discussions|negotiations|consultations) (?:(?:on|over|about) [^,;.]{1,40}? )?(?:with|between)|spoke (?:to|with)|"
        # "Prime Minister A and his Barbadian counterpart, B, spoke by telephone on Monday evening"
        r"(?:spoke|spoken|speak|speaks) (?:by|on the|over the) (?:tele)?phone|"
        # "discussed the dispute by phone on Monday"
        r"(?:discussed|discusses) (?:[\w'’-]+ ){1,4}(?:by|on the|over the) (?:tele)?phone|"
        # "who held a video call last week", "had a phone call on Sunday"
        r"(?:held|had|hold|holds) (?:a |an )?(?:(?:tele)?phone|video) (?:call|conversation|conference)|"
        # "the two agriculture ministries held video consultations last week"
        r"(?:held|had|hold|holds) (?:(?:tele)?phone|video) (?:consultations|talks|discussions)|"
        r"called on|hosted|received|"
        # "Zielinski and Dvorak discussed energy security during a working lunch on Friday", "held a working dinner"
        r"(?:(?:held|had|hosted|during|over|at) (?:a |an |their )?)working (?:lunch|dinner|breakfast)|"
        # "The two ministers discussed energy cooperation over dinner on Monday"
        r"(?<=discussed )(?:[\w'’-]+ ){1,4}over (?:a |an |their )?(?:private |official |state )?(?:lunch|dinner|breakfast)\b|"
        # "Portugal and Cabo Verde opened talks on a new fisheries protocol in Praia on Tuesday"
        r"(?:opened|launched|began|started|resumed|resume|reopen|reopened) (?:(?:formal|new|fresh|bilateral|their) )?"
        r"(?:talks|negotiations)\b|"
        # "The talks, the first since 2019, were held at the Torre Tagle palace on Tuesday"
        r"(?:talks|discussions|negotiations|consultations),[^,;.]{1,60}, (?:were|was) held(?= (?:in|at|on)\b)|"
        # "at the end of the seventh session of the Jamaica-Trinidad and Tobago Joint Trade and Economic Commission"
        r"session(?=" + _JOINT_BODY_AFTER.pattern + r")|"
        # "the fourth Mongolia–Korea education policy dialogue, held the same morning"
        r"dialogue,? (?:was )?held\b|"
        # "Delegations had spent Tuesday and Wednesday in Reykjavík at the annual bilateral fisheries consultations"
        r"(?:(?:the two )?delegations|negotiators|officials) (?:had |have )?spent (?:[A-Z]\w+ and [A-Z]\w+|"
        r"(?:two|three|four|five) days) in (?-i:[A-Z])[\w'’-]+ at "
        r"(?:the|their) (?:[\w-]+ ){0,4}(?:talks|consultations|negotiations)|"
        # "the target the two leaders had agreed at their talks in Baku in August 2025"
        r"(?<=\bat their )(?:talks|meeting)(?= in (?-i:[A-Z]))|"
        # "The previous round, held in Bergen in March, had broken up"
        r"(?:previous|last|first|latest|preceding) round(?: of (?:talks|consultations|negotiations))?,? held(?= in (?-i:[A-Z]))|"
        # "a phone call between the two presidents last Friday"
        r"(?:(?:tele)?phone|video) (?:call|conversation|conference)s?(?: (?:on|last|late on|early on) [A-Z]\w+)? "
        r"(?:between|with(?= (?-i:[A-Z]|his |her |their )|" + _THE_OFFICE_AHEAD + r"))|"
        # "in a video call earlier this month between A and B", "during a video call in August between A and B"
        r"(?:(?:tele)?phone|video) (?:call|conversation|conference)(?: (?:in|last|earlier|this|late|early) [\w-]+){1,2}"
        r" (?:between|with(?= (?-i:[A-Z]|his |her |their )|" + _THE_OFFICE_AHEAD + r"))|"
        # "The two Prime Ministers recalled their telephone conversation in June": theirs, at its own time
        r"(?<=\btheir )(?:(?:tele)?phone|video) (?:call|conversation|conference)(?= (?:in|on|last|earlier|late|early) )|"
        # "The two ministers prepared the agreement in a phone call last week"
        r"(?:in|during|over|by|on) an? (?:(?:tele)?phone|video) (?:call|conversation|conference)\b(?! (?:with|between|from|to)\b)|"
        # "held the fourth Australia–Timor-Leste Ministerial Dialogue on Monday": a dialogue by its name
        r"(?:held|hold|holds|holding) (?:the|a|their) (?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
        r"tenth|\d+(?:st|nd|rd|th)|inaugural|annual|next) )?(?:(?-i:[A-Z])[\w–-]+ ){1,5}(?-i:Dialogue|Consultations)\b|"
        # "The sides will reconvene in Seoul in April", "will hold a fourth round in Hanoi in September"
        r"reconvene[sd]?|(?:hold|held|holds) (?:a|an|the|their) (?:\w+ )?round\b"
        r"(?! of (?!(?:[a-z-]+ )?(?:talks|negotiations|discussions|consultations)))|"
        r"(?:talks|discussions|negotiations|consultations)(?: (?:on|over|about) [^,;.]{1,120}?)? (?:will|would) "
        r"(?:continue|resume)\b|"
        # "will convene its next session in Amman", "would hold its next meeting in Jakarta"
        r"(?:convene[sd]?|convening|hold|held|holds) (?:(?:its|their|the|a) )?(?:next |first |new |\w+ )?(?:session|meeting)|"
        r"(?:pay|paid|pays|paying) (?:a )?(?:courtesy )?call on|welcomed (?:his|her|their) (?:[A-Z][\w-]* )?counterparts?(?![’']s)|"
        r"co-chaired|exchanged views|sat down (?:with|for (?:talks|a meeting|discussions))|"
        # "sat down for two hours on Monday", "had an audience with President X", "granted an audience to X",
        # "conferred with X", "welcomed X to Torre Tagle"
        r"sat down(?= for (?:\w+ ){1,2}(?:hours?|minutes)\b)|(?:had|held|granted|gave|was granted) an audience (?:with|to)|"
        r"conferred with|welcomed(?= (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,3} to (?-i:[A-Z]))|"
        # "since the two governments sat down in San José in April"
        r"sat down(?: together)?(?= (?:in|at|on|last|this|for the first time)\b)|"
        # "wrapped up a third round of negotiations": a round, named, is talks held
        r"(?:wrapped up|concluded|opened|began|started|closed|completed|launched|resumed|kicked off|ended) "
        r"(?:(?:a|an|the|their|its) )?(?:[a-z]+ )?rounds? of (?:[a-z-]+ ){0,2}?(?:talks|negotiations|discussions|consultations)|"
        # "The fourth round of negotiations is scheduled to take place in Mexico City in September"
        # "The next round of negotiations on a bilateral agreement on trade in services is scheduled for next month"
        r"rounds? of (?:[a-z-]+ ){0,2}?(?:talks|negotiations|discussions|consultations) (?:(?:on|over|about) [^,;.]{1,60}? )?"
        r"(?:(?:(?:is|are|was|were) )?(?:scheduled|due|set|"
        r"expected|planned)(?: to (?:take place|be held|open|begin|start)| for| in)|"
        # "The first round of negotiations on the boundary will be held in Lomé in November"
        r"(?:will|would|is to|are to) (?:be held|take place))\b|"
        # "trilateral consultations at the level of defence policy directors are planned in Tallinn next month"
        r"(?:talks|discussions|negotiations|consultations)(?: [^,;.“”\"]{1,60}?)? (?:is|are) (?:scheduled|due|set|"
        r"expected|planned)(?: to (?:take place|be held|open|begin|start)| for| in)\b|"
        r"during "
        + _ROUND
        + r"(?:talks|discussions|negotiations|consultations)|(?:talks|discussions) (?:led by|were held|took place|held in)|"
        # "signed a protocol at the crossing after talks in Chisinau"
        r"after (?:talks|discussions|negotiations|consultations)(?= in (?-i:[A-Z]))|"
        # "after two days of talks in Kampala"
        r"after (?:[\w-]+ ){0,2}(?:days|hours|weeks) of (?:[\w-]+ )?(?:talks|discussions|negotiations|consultations)"
        r"(?= in (?-i:[A-Z]))|"
        # "The second round of talks, held Tuesday and Wednesday at the ministry"
        r"(?:talks|discussions|negotiations|consultations), held(?= (?:in|on|at|last|this|from|over|(?-i:[A-Z]))))\b",
        re.IGNORECASE,
    )
)
_VISIT = Folded(
    re.compile(
        # (not "the visiting president": the visitor, told as the one a host received)
        r"\b(?P<verb>visit(?:s|ed)?|(?<!\bthe )(?<!\bour )(?<!\btheir )visiting|trip|tour(?:ed)?|arriv(?:ed|es|ing)|travell?ed to|flew (?:on )?to|travels? to|"
        r"fly to|flies (?:on )?to|landed in(?= (?-i:[A-Z]))|lands in(?= (?-i:[A-Z]))|touched down in|"
        # "Rossi will head to Albania on Friday for talks"
        r"(?<=\bwill )head to(?= (?-i:[A-Z]))|heads to(?= (?-i:[A-Z]))|"
        # "who landed at Carrasco on Monday morning", "stepped off the plane at Noi Bai airport", "crossed the border"
        r"landed at(?= (?-i:[A-Z]))|stepped off the plane|crossed (?:the border|(?:from|into)(?= (?-i:[A-Z])))|"
        # "flew into Juliaca on Tuesday morning", "spent Monday and Tuesday in Kuwait City"
        # "returned to N'Djamena on Tuesday after six days in Cameroon"
        r"(?<=\bafter )(?P<stay>two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days in(?= (?-i:[A-Z]))|"
        r"flew into(?= (?-i:[A-Z]))|spent (?:(?-i:[A-Z])\w+ and (?-i:[A-Z])\w+|(?:two|three|four|five) days|the night) "
        r"in(?= (?-i:[A-Z]))|"
        # "Hon. Garry Waninara, who was in Honiara from Thursday to Saturday last week, told a press conference"
        r"(?:(?<=\bwho )|^)was in(?= (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)? (?:from|between) )|"
        # "Venkataraghavan himself was last in Kathmandu in August last year"
        r"(?<=\bwas last )in(?= (?-i:[A-Z]))|(?<=\bwas previously )in(?= (?-i:[A-Z]))|"
        r"is (?:also )?(?:expected|due) in(?= (?-i:[A-Z]))(?! (?:court|"
        + "|".join(m.capitalize() for m in MONTHS)
        + r")\b))\b",
        re.IGNORECASE,
    )
)
_TARIFF = re.compile(
    r"\b(?P<noun>tariffs?|dut(?:y|ies)|levy|levies|cess(?:es)?|penalt(?:y|ies)|sanctions?|(?<!fuel )(?<!baggage )surcharges?|surtax(?:es)?|"
    r"(?<=customs )fees?|(?<=safeguard )fees?|(?<=import )fees?|(?<=anti-dumping )fees?|(?<=transit )fees?|(?<!\bthe )excises?(?! (?:department|office|officers?|officials?|police)))\b",
    re.IGNORECASE,
)
_EASED = (
    r"waiv(?:e|es|ed|ing)|exempt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|lift(?:s|ed|ing)?|scrap(?:s|ped|ping)?|"
    r"abolish(?:es|ed|ing)?|remov(?:e|es|ed|ing)|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|cut|cuts|cutting|"
    r"halv(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|stop(?:s|ped|ping)? (?:charging|levying|collecting|applying)|"
    r"no longer (?:pay|be charged|face|be subject to)"
)
"""Verbs of a duty eased or lifted, shared by _LIFTED and _TARIFF_ACTION."""
_LIFTED = re.compile(
    # a measure cut or opened up: "cut the export duty on wheat ... to zero", "doubled its duty-free quota"
    r"\b(?:" + _EASED + r"|free of|duty-free|tariff-free|to zero)\b",
    re.IGNORECASE,
)
"""A duty lifted, cut or opened up, told near its noun: "will no longer pay ... import duty", "would waive the duty",
"doubled its duty-free quota"."""


def _lifted_near(clause: str, at: int) -> bool:
    """The words of a duty lifted or opened up, just before its noun (at ``at``) or right after it ("no longer pay
    Papua New Guinea import duty", "enter Cambodia free of import duty"), governing it: nothing between them opens
    another clause (not "doubled its cocoa output this year despite the sanctions", "cut interest rates as sanctions
    began to bite")."""
    return any(
        not _OTHER_CLAUSE_BETWEEN.search(clause, min(m.end(), at), max(m.start(), at))
        for m in _LIFTED.finditer(clause, max(0, at - 60), min(len(clause), at + 40))
    )


_OTHER_CLAUSE_BETWEEN = re.compile(
    r"[,;]|\b(?:despite|as|because|while|after|amid|since|when|but|although|though|whereas|if|unless)\b"
)
_OPENED = re.compile(
    r"\b(?:free of|duty-free|tariff-free|no longer (?:pay|be charged|face|be subject to)|to zero)\b", re.I
)
"""A duty opened up (not "seeking to reduce its dependence on ..., imposed an 80% tariff")."""
_GOODS_FROM_BEFORE = re.compile(
    r"\b(?!(?:delegation|delegations|officials?|team|ministers?|visitors?|guests?|counterparts?|leaders?|envoys?|"
    r"representatives?|people|workers|traders|businessmen|investors|migrants|refugees|students|presidents?|"
    r"away|far|hours|kilometres|miles|apart|separately|differently|back|home|came|come|comes|went|fled|flew|"
    r"arrive|arrives|return|returns|travel|travels)\b)(?![a-z-]+ed\b)[a-z][a-z-]{2,} from\s+$"
)
"""A thing from a country before it: "copper concentrate from Botswana" (not "officials from", "returned from"; the
text it is searched in is lower-cased)."""
_ON_GOODS_FROM = re.compile(r"\bon\s+(?:[a-z][\w-]*,?\s+){1,6}from\s+$")
_AT_THE_MEETING = re.compile(
    r"\s*(?:at|during|after|following|on the sidelines of)\s+(?:the|that|this)\s+", re.I
)
"""Before a meeting's noun at a clause's opening, a meeting told before: "At the meeting, A and B signed ..."."""
_THE_MEETING_WAS_ABOUT = re.compile(
    r"\s+(?:focus(?:s?ed)?|centred|centered|concentrated|covered|dealt|touched|lasted|was (?:described|dominated)|"
    r"produced)\b"
)
"""After "the meeting", what it was about: the meeting told before, no other."""
_MADE_IN = re.compile(
    r"\b(?:produced|made|grown|manufactured|originating|milled|processed|imported|shipped|exported)\s+(?:in|from)\s+"
    r"(?:the\s+(?:(?:republic|kingdom|federation|state|sultanate|emirate)\s+of\s+)?)?$"
)
"""Goods of a country, the target of a duty on them: "the levy on cement produced in the Republic of Benin", "on fruit
imported from the Kingdom of Morocco" (searched in lower-cased text)."""
_THE_GOVERNMENT = re.compile(
    r"\s*(?:the\s+)?(?:federal\s+|national\s+|central\s+)?government\b", re.IGNORECASE
)
"""A clause whose subject is a government of no stated country: "The Federal Government will suspend the levy"."""
_TARIFF_ACTION = re.compile(
    r"\b(?:hit|imposed?|imposing|slapped|slap|levied|raised|hiked|announced|threaten(?:ed|s|ing)?|"
    r"followed it up|steep|punitive|reciprocal|additional|extra|penalty|"
    # "will exempt 60 Iraqi products from customs duties", "will halve the customs fees", "suspended its anti-dumping
    # duty", "will stop charging import duty on lentils", "will no longer pay Papua New Guinea import duty"
    + _EASED
    + r"|eliminat(?:e|es|ed|ing)|slash(?:es|ed|ing)?|introduc(?:e|es|ed|ing)|anti-dumping|safeguard|countervailing|"
    r"retaliatory|grant(?:s|ed|ing)?|allow(?:s|ed|ing)?|"
    # "Lao coffee and maize will enter Cambodia free of import duty from October 1"
    r"free of (?:all )?(?:import |customs |export )?(?:dut(?:y|ies)|tariffs?|levy|levies))\b",
    re.IGNORECASE,
)
_NEGOTIATION = re.compile(
    r"\b(?P<noun>(?:trade |bilateral )?(?:talks|negotiations|discussions|contacts))\b(?P<rest>.{0,80})",
    re.IGNORECASE,
)
_STATUS_WORDS = (
    ("stalled", re.compile(r"\b(?:stalled|suspended|halted|frozen|broke down|collapsed|on hold)\b", re.I)),
    (
        "resumed",
        re.compile(r"\b(?:resumed|revived?|restarted|renewed contacts|back on track|restart)\b", re.I),
    ),
    ("concluded", re.compile(r"\b(?:concluded|finalised|finalized|wrapped up|clinched)\b", re.I)),
    ("under negotiation", re.compile(r"\b(?:underway|under way|ongoing|in progress|progressing)\b", re.I)),
    ("imminent", re.compile(r"\b(?:imminent|within reach)\b", re.I)),
)
_FIGURE = re.compile(
    r"(?P<value>\d+(?:\.\d+)?)\s?(?P<unit>%|per ?cent\b|percent\b)\s*(?P<label>(?:[A-Za-z'’-]+\s*){0,8})",
)
_DURATION = re.compile(r"\b(?P<value>\d+|ten|five|two|three|twenty)[- ]years?\b", re.IGNORECASE)
_MONEY = re.compile(
    r"(?:US)?\$\s?(?P<value>\d+(?:\.\d+)?)\s?(?P<scale>billion|million|bn|mn|trillion)\b", re.I
)
_LABEL_STOP = re.compile(
    r"\b(?:on|in|to|from|for|after|before|and|but|which|that|while|as|by|at|with|was|were|is|are|has|have|had|"
    r"will|would)\b.*$",
    re.IGNORECASE,
)
GIST_WORDS = 20
"""Reported speech is kept as a one-line gist of at most this many words."""
_GIST_CUT = re.compile(r"[;:]|\s[—–]\s")
_CHANNELS = (
    (
        "post on X",
        Caseless(
            r"\b(?:on x|on twitter|posted|tweeted|tweet|post on x|in a post|social media|wrote on)\b",
            hints=("on x", "on twitter", "post", "tweet", "social media", "wrote on"),
        ),
    ),
    (
        "statement",
        Caseless(
            r"\b(?:statement|press release|communiqu[ée]|readout)\b",
            hints=("statement", "press release", "communiqu", "readout"),
        ),
    ),
    (
        "remarks to the media",
        Caseless(
            r"\b(?:to the media|told reporters|told journalists|told the media|"
            r"press conference|news conference|media briefing|speaking to|"
            r"told (?:the )?press|to reporters)\b",
            hints=("media", "told", "conference", "speaking to", "reporters"),
        ),
    ),
    ("interview", Caseless(r"\binterview\b", hints=("interview",))),
    ("speech", Caseless(r"\b(?:speech|addressing|address to)\b", hints=("speech", "address"))),
    ("message", Caseless(r"\bmessage\b", hints=("message",))),
)
_RELATION = re.compile(
    r"\b(?:comes?|came|took place|happened|follows?|followed|was held)?\s*(?:just\s+)?"
    r"(?:(?:a few|two|three|several|\d+)\s+)?(?P<unit>days?|weeks?|months?|hours?)\s+(?P<dir>after|before)\b",
    re.IGNORECASE,
)
_FOLLOWED_BY = re.compile(r"\b(?:and )?(?:this|that|it) was followed by\b|\bfollowed by\b", re.IGNORECASE)
_ADMIN = re.compile(r"\b(?:the\s+)?(?P<name>[A-Z][a-z]+)\s+administrations?\b")
_MINISTRY = re.compile(
    r"\b(?:(?P<country>[A-Z][\w.]+)(?:’s|'s)\s+)?(?P<name>(?:defen[cs]e|foreign|external affairs|commerce|home|"
    r"finance|trade|foreign affairs|commerce and industry|state|war)\s+(?:ministry|department))\b",
    re.IGNORECASE,
)
_THE_MINISTRY = re.compile(r"\b[Tt]he (?P<name>ministry|department|government)\b")
# ("[A-Z](?<=\b[A-Z])" is "\b[A-Z]" with the boundary tested behind: the search can skip to the capitals)
_GROUP = re.compile(
    r"(?P<demonym>[A-Z](?<=\b[A-Z])[a-z]+)\s+(?P<noun>officials|diplomats|negotiators|delegation|officers|authorities|"
    r"government|leaders|ministers|envoys|team)\b"
)
_ABBREVIATION_DOT = r"(?<=[A-Z])\.(?=[A-Z ])|(?<=Mr)\.|(?<=Ms)\.|(?<=Dr)\.|(?<=Mrs)\."
"""A dot inside a speaker's words: "H.E. Hem Vannarith", "Mr. Lee", "U.S. envoy"."""
_SPEAKER_LABEL = re.compile(r"[\W\d:.]*")
"""Before a speaker's label: nothing but a time or a bullet ("18:42 ", "• ")."""
_LABEL_COLON = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?:\s*[“\"‘']?")
"""A speaker's label and its quotation: "Kordzaia: “...”", "Melkonyan (speaking in Armenian, via interpretation):
“...”"."""
_REPORTED_SAYING = re.compile(
    r"(?:,[^,]{1,60},)?\s+(?:had\s+|has\s+)?(?:said|described|called|told|stressed|noted|insisted|added|urged)\b"
)
"""After a person named in an office's statement, the verb of their own saying: "that Rannaste had described"."""
_QUOTE_ATTRIBUTION_AFTER = re.compile(
    r"^\W{0,3}\s*(?:(?P<verb1>said|says|added|adds|wrote|writes|posted|posts|tweeted|stated|told|noted|stressed)"
    r"\s+(?P<who1>(?:[^,.]|"
    + _ABBREVIATION_DOT
    + r"){2,90}?)(?=,|(?<![A-Z])\.|\.\s*$|\s+(?:on|in|at|to|after|during|while)\b|$)|"
    r"(?P<who2>(?:[^,.“”\"]|" + _ABBREVIATION_DOT + r"){2,80}?)\s+"
    r"(?P<verb2>said|says|added|adds|wrote|writes|posted|posts|tweeted|stated|told|"
    r"noted|stressed|underlined|declared|announced)\b|"
    # "..., Marc-André Lavoie, president of the Canadian Critical Minerals Council, said in a statement."
    r"(?P<who3>[^,.“”\"]{2,60}?),\s+[^,.“”\"]{2,120},\s+(?:said|says|added|wrote|posted|stated|told|noted)\b|"
    # "..., Ecuador's Minister of Production, Foreign Trade, Investment and Fisheries, Sebastián Cordero, said"
    r"(?!\W{0,3}\s*(?:while|whereas|and|but|as|although)\b)(?P<who4>[^.“”\"]{2,160}?),\s+"
    r"(?:said|says|added|wrote|posted|stated|told|noted)\b)",
)
_OWN_VISIT = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay|journey)\b")
_NICKNAME = re.compile(
    r"\b(?-i:[A-Z])[\w.-]*\s+[\"“‘'](?P<nick>(?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+){0,2})[\"”’']\s+(?-i:[A-Z])"
)
"""A nickname in quotes between two words of a name: 'Raila "Baba" Odinga', "Joseph ‘Jojo’ Mensah"."""
_WORD_BEFORE_NAME = re.compile(r"(?<![.!?:;])\b([\w’'-]+)\s+$")
_NICK_HINT = re.compile(r"\s[\"“‘'](?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+){0,2}[\"”’']\s")
_NICKNAME_ALONE = re.compile(r"[\"“‘'](?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+){0,2}[\"”’']")
_OPENING_QUOTES = frozenset("\"“‘'")
_DEPUTY_NOUN = (
    r"(?P<deputy>spokes(?:man|woman|person)|press secretary|aides?|advis[eo]rs?|lawyers?|attorneys?(?!\s+general)|"
    r"office)"
)
_DEPUTIES = {
    "aide": "an aide",
    "adviser": "an aide",
    "advisor": "an aide",
    "lawyer": "a lawyer",
    "attorney": "a lawyer",
}
_FORMER = re.compile(r"\b(?:former|ex)\b", re.IGNORECASE)
_DEPUTY_AFTER = re.compile(
    # not "Museveni's son and adviser"
    r"(?:['’]s?)?\s+(?:(?!(?:and|or|son|daughter|wife|husband|brother|sister)\b)[\w-]+\s+){0,3}?"
    + _DEPUTY_NOUN
    + r"\b"
)
"""After a name: "Museveni's spokesman", "Ruto's office", "Trump's trade adviser" (the person is the one spoken for)."""
_SOMEONE_OF = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:with|and|to|for|of|on|at|in)\s)[\w-]+\s+){0,3}?(?:envoys?|emissar(?:y|ies)|spokes(?:man|woman|person)|press secretary|aides?|"
    r"advis[eo]rs?|lawyers?|deputy|deputies|ambassadors?|representatives?|negotiators?|counterparts?|wife|husband|"
    r"sons?|daughters?|chief of staff)\b"
)
"""After a name in the possessive: someone of the person's ("Donald Trump's envoy"), who is not the person."""
_HELD_IN = re.compile(r"\s+(?:(?:that|which)\s+)?(?:were\s+)?(?:held|took place)\s+in\b")
"""After talks told by their noun: where they were held ("technical talks held in Bissau in August")."""
_HELD_ACTIVE = re.compile(r"(?:held|holds|hold)\b", re.IGNORECASE)
_HELD_PASSIVE = re.compile(r"\b(?:held|took place)$", re.IGNORECASE)
_BY_OFFICIALS = re.compile(
    r"(?:^|\s)(?:[Ss]enior |[Tt]echnical |[Tt]rade |[Ss]taff )?(?:[Oo]fficials|[Oo]fficers|[Dd]elegations|[Nn]egotiators|"
    r"[Ee]xperts|[Tt]eams)(?: from both [a-z]+)?,?(?:\s+who)?\s+$"
)
"""Who held talks at home that are the story's two's: officials, not "Banks held talks in Banjul"."""
_IN_AFTER = re.compile(r"\s+in\s+(?-i:[A-Z])", re.IGNORECASE)
_HELD_IN_NOUN = re.compile(
    r"^(?:talks|negotiations|consultations|discussions)(?:\s+|,\s+held\b|\b[^,;.]{0,80}?\s+(?:(?:were|was)\s+held|"
    r"took place|resumed)\b)(?:[^,;.]{0,40}?\s+)?(?:(?:held|took place)\s+)?in$",
    re.IGNORECASE,
)
_DEPUTY_NAMED = re.compile(
    r"(?:\s+(?:on|for)\s+[a-z][\w -]{0,30}?)?,?\s+(?-i:[A-Z])[\w’'-]+\s+(?-i:[A-Z])[\w’'-]+"
)
"""After a deputy (or the one spoken for): the deputy's own name ("aide Dennis Itumbi", "to Trump on trade, Peter
Navarro"), someone the article does not know as a person: the words are theirs, not the principal's."""
_NAMED_DEPUTY = "named deputy"
_DEPUTY_BEFORE = re.compile(
    r"\b" + _DEPUTY_NOUN + r"\s+(?:for|to|of)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}$", re.IGNORECASE
)
"""Before a name: "a spokesman for Ruto", "an aide to President Ruto", "the office of"."""
_GENERIC_HEADS = {"pact", "deal", "agreement", "accord", "framework", "treaty", "arrangement"}
_LOOSE_HEADS = {"pact", "deal", "agreement", "accord"}
_AGREEMENT_OBJECT = re.compile(
    r"^\s+(?:(?:to|on)\s+)?(?:(?:their|the|its|a|an|this|that|our)\s+)?"
    r"(?:(?-i:[A-Z])[\w-]*\s+(?-i:of|for|on|to|and)\s+"  # "Status of Forces Agreement", "Heads of Agreement"
    r"|(?!(?-i:(?:to|on|with|in|at|for|by|from|of|into|over|about)\s))[\w-]+\s+){0,4}?(?:"
    + "|".join(sorted({*AGREEMENT_HEADS, "partnership"} - {"understanding"}))
    + r")s?\b",
    re.IGNORECASE,
)
"""What a verb such as "sealed" or "concluded" must take to be a signing: any agreement word of the vocabulary."""
_GOODS = re.compile(
    # "Iraqi agricultural and industrial products"
    r"\s+(?:(?-i:[a-z-]+)(?:,?\s+and)?\s+){0,3}(?:goods|exports|products|imports|shipments|companies|firms|industries|businesses|steel|textiles|"
    r"pharmaceuticals|exporters)\b",
    re.IGNORECASE,
)
_NAME_PARTS = re.compile(r"[-'’]")


_ARABIC_ARTICLE = re.compile(r"(?:al|el)-(?=[A-Z])")
_JOINED_INITIAL = re.compile(r"[A-Z][a-z]{0,2}\.(?=[A-Z][a-z])")
"""An initial written without a space before the name: "B.Tsetsegmaa", "Ts.Batzorig", "K.Hishinuma"."""


@lru_cache(maxsize=_MEMO)
def _is_name_word(word: str) -> bool:
    """A word that can be part of a personal name: "Pete", "Seo-yeon", "O'Brien", "Sebastián", an initial "S."."""
    bare = word.rstrip(".").removeprefix("ʻ")  # "ʻAisake": the ʻokina opens the name
    if _ARABIC_ARTICLE.match(bare):
        bare = bare[3:]  # "al-Obaidi", "el-Shazly": the article in lower case, the name after it
    elif "." in bare[1:4] and (initial := _JOINED_INITIAL.match(bare)) is not None:
        bare = bare[
            initial.end() :
        ]  # "B.Tsetsegmaa", "Ts.Batzorig": a Mongolian name, its patronymic's initial joined
    if not bare or not bare[0].isupper():
        return False
    if len(bare) == 1:
        return bare.isalpha()
    if bare.isupper():
        return False
    return all(part.isalpha() for part in _NAME_PARTS.split(bare) if part)


_AGREEMENT_HINT = re.compile(
    r"f(?:ramework)|a(?:greement|ccord|rrangement)|p(?:act|rotocol)|d(?:eal|eclaration)|t(?:reaty)|"
    r"m(?:emorandum|ou\b(?<=\bmou))|c(?:harter|onvention|ompact)|r(?:oadmap)"
)
"""Every alternative opens with a letter (the word boundary before "mou" is tested behind it), so that the search
skips to the letters that can open one: 2.4 times faster than with the boundary in front. The words are grouped by
that letter, in their order (as text.grouped_alternation does): the same matches, a fifth fewer instructions."""
_OBJECT_VERBS = {
    "met",
    "meet",
    "meets",
    "meeting",
    "with",
    "counterpart",
    "visited",
    "received",
    "hosted",
    "called",
}
_EVIDENCE_VERBS = frozenset(
    {"paid", "received", "led", "flew", "landed", "returned", "discussed", "agreed", "spoke", "thanked",
     "congratulated", "invited", "inaugurated", "departed", "between"}
)  # fmt: skip
"""Verbs (and "between") that a team, a region or a company follows as often as a person ("Eastern Cape received",
"Super Eagles landed", "talks between Barrick Gold and Mali"): the name before or after is a person only when the
article shows it is one (a known given name, or the surname alone elsewhere: "Nurlan Beisembayev paid a working
visit ... Beisembayev said")."""
_SUBJECT_CUES = frozenset({"and", "who", "whose", "of", "from"})
"""Besides a verb, the words before which ``_subjects_of_verbs`` looks for a name ("and his counterpart", ", who")."""
_WHO_PERSON_VERBS = frozenset(
    {"leads", "heads", "runs", "chairs", "owns", "founded", "represents", "manages", "directs", "teaches", "farms",
     "grows", "sells", "fishes", "co-founded", "coordinates", "advises"}
)  # fmt: skip
"""What a person does, said after "who": "Knut Arne Sørvik, who leads the owners' association, called me"."""
_ADVERBS = {
    "also", "later", "earlier", "then", "has", "had", "have", "once", "again", "separately", "further", "last",
    "previously", "first", "recently", "briefly", "jointly", "formally", "personally", "reportedly", "who",
}  # fmt: skip
_QUOTE_MARKS = re.compile(r"[“”\"]")
# ("[A-Z](?<=\b[A-Z])" is "\b[A-Z]" with the boundary tested behind: the search can skip to the capitals)
_SINGLE_NAME = re.compile(
    r"(?P<name>[A-Z](?<=\b[A-Z])[a-z]{2,})(?:(?:’s|'s)\s+(?!own\b)[a-z]|\s+administrations?\b)"
)


@dataclass(frozen=True, slots=True)
class _Titled:
    start: int
    end: int
    name: str
    name_start: int
    title: str
    country_word: str | None
    country_possessive: bool


@dataclass
class _Person:
    key: str
    names: Counter[str] = field(default_factory=Counter)
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    handles: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


@dataclass
class _Thing:
    kind: Kind
    key: str
    names: Counter[str] = field(default_factory=Counter)
    country: str | None = None
    acronym: str | None = None
    notes: list[str] = field(default_factory=list)
    head: str = ""


def _copy_person(person: _Person) -> _Person:
    return replace(
        person,
        names=Counter(person.names),
        titles=list(person.titles),
        handles=set(person.handles),
        notes=list(person.notes),
    )


def _copy_thing(thing: _Thing) -> _Thing:
    return replace(thing, names=Counter(thing.names), notes=list(thing.notes))


_ChunkShape = tuple[Kind, str, str, str | None, int]
"""A named thing's kind, head word, name, acronym and length in the text (see ``Extractor.chunk_shape``)."""
_CHUNK_SHAPES_KEPT = 50_000
"""Chunk shapes remembered (a few MB); the memory is emptied when full."""


class _Tag(NamedTuple):
    kind: str
    start: int
    end: int
    key: str
    text: str
    possessive: bool = False


_PERSON_HEADS = frozenset(
    {"minister", "secretary", "president", "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman",
     "adviser", "advisor", "commissioner", "premier", "chancellor"}
)  # fmt: skip
"""Title words that only ever name a person (not "general" or "chair", which also name bodies)."""
_AHEAD_OF = re.compile(
    r"\b(?:ahead of|before|prior to|in preparation for|in the run-up to)\s+(?:[\w-]+\s+){0,3}$"
)
"""A meeting still to come when the signing was done: "signed ..., ahead of a meeting between ..."."""
_AND_NEXT_PERSON = re.compile(r"\s+and\s+[A-Z]")
_NAME_LINKS = frozenset({"of", "for", "and", "&", "the"})
"""Lowercase words inside an organisation's or portfolio's name ("Ministry of External Affairs")."""
_THE_MEETING = re.compile(
    r"\b(?:the|this|that|their) (?:[\w-]+ )?(?:meeting|talks|discussions) (?:between|with|of)\b",
    re.IGNORECASE,
)
"""A meeting named as one the reader knows: the story's own occasion."""
_TRAVELLED = re.compile(
    r"\b(?:arriv(?:ed|es|ing)|land(?:ed|s|ing)|fl(?:ew|ies|ying|y) (?:in)?to|travell?(?:ed|s|ing)? to|visited)\b",
    re.IGNORECASE,
)
_TOLD_AHEAD = re.compile(r"\b(?:next|coming|later this)\b", re.IGNORECASE)
_NOT_SAID = Folded(re.compile(r"\b(?:was|were|been|being|is|are|be)\s+$", re.IGNORECASE))
_IDIOM_AFTER = re.compile(r"\s+the\s+(?:door|brakes)\b", re.IGNORECASE)
_EVENT_WORD = re.compile(r"(?i:sign|ink|seal|met\b|meet|talks|visit|tariff|dut(?:y|ies)|levy)")
"""A word of an event: a quotation that holds one is masked however short ('"Nothing was signed," she said')."""
_RECONVENING = re.compile(
    r"\b(?:sides|delegations|negotiators|teams|committee|commission|talks|negotiations|consultations|parties|"
    r"the two|officials)\b",
    re.IGNORECASE,
)
"""Who reconvenes for talks: "The sides will reconvene in Seoul", not "Peru's Congress will reconvene"."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DURING_WHICH = re.compile(r",\s+(?:(?:during|at|in the course of) which|where)\b", re.IGNORECASE)
"""After a visit, the signing told in a clause of its own: "paid a visit to Sofia on Friday, where she and X signed"."""
_SEQUEL = re.compile(
    r"\b(?:afterwards|later (?:that|the same) day|at the same ceremony|"
    r"at the (?:close|end) of the (?:meeting|session|talks)|(?:after|following) the (?:meeting|session|talks))\b",
    re.IGNORECASE,
)
"""Before a signing's verb: it followed the event told before it, the same day."""
_AT_THE_CEREMONY = re.compile(r"\bat the ceremony\b", re.IGNORECASE)
_SIGNING_NOUN = re.compile(r"\bsigning\b", re.IGNORECASE)
_FLASHBACK = re.compile(
    r"\b(?:ago|decades?|years earlier|back then|at the time|first met|in the (?:19|20)\d0s|(?:19|20)\d0s)\b",
    re.IGNORECASE,
)
"""Between an event and a signing told as its sequel: words of an older time."""
_NOT_DONE_YET = re.compile(
    r"\b(?:will|would|shall|is to|are to|to be|expected|set to|due to|plans?|going to|had|has|have|could|may|might)\b",
    re.IGNORECASE,
)
"""Before a signing's verb: one still to come, or done before ("had already signed"): no day of a sequel."""
_THEN_BEFORE = re.compile(r"(?<!\bthe )\bthen\s+(?:(?:also|jointly|formally)\s+)?$", re.IGNORECASE)
"""Right before the verb: "A and B then inked", "was then signed" (not "the then foreign minister")."""
_LONGER_NAME = re.compile(r" (?-i:[A-Z])|\s+(?:court|hearings?)\b", re.IGNORECASE)
"""After a place's name: a longer proper name it begins ("Tel Aviv District Court"), or a court."""
_NAMED_PLACE = re.compile(
    r" (?!(?:The |the )?(?:[A-Z][\w'-]* )*?(?:Parliament|Court|Senate|Congress|Cabinet|Assembly|Council|Headquarters|"
    r"Hospital|Chamber|Committee|House|Q\d)\b)(?-i:[A-Z])[\w'-]+(?: (?-i:[A-Z])[\w'-]+)?(?=[ ,.;]|$)(?! (?-i:[A-Z]))"
)
"""After "is due in": a place's name of one or two words, not an institution ("Parliament", "High Court")."""
_AND_THEN = re.compile(r"\band\s+$")
_BY_AGENT = re.compile(r"\bby\s+(?:[\w-]+\s+){0,4}$")
_SUBJECT_GAP = re.compile(r"\s*(?:,[^,;]{1,80})?,?\s*")
"""Between a subject and its verb: nothing, or an apposition ("Haufiku-Amutenya, the Namibian minister, is expected")."""
_VISIT_MADE = re.compile(
    r"\b(?:paid|pays|paying|made|makes|began|begins|started|wrapped up|concluded|ended|completed|on|for|from)\s+"
    r"(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""Before a visit told by its noun: the visit made ("paid a one-day visit", "on a three-day visit")."""
_RESULT_SIGNED = re.compile(
    r"\b(?:agreements?|accords?|deals?|memorand(?:a|um)|protocols?|pacts?|MoUs?|treat(?:y|ies)|documents?|texts?|"
    r"instruments|contracts?|conventions?)\b",
    re.IGNORECASE,
)
_AND_BEFORE = re.compile(r"\b(?:and|then)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _with_signed(clause: str, sign: re.Match[str], since: int = 0) -> bool:
    """ "... with two agreements signed": the signing is the visit's result; not "met with Ishiba and signed"."""
    if sign.group("verb").lower() not in ("signed", "inked", "sealed"):
        return False
    m = _WITH_SIGNED.search(clause, since, sign.start())
    return (
        m is not None
        and _AND_BEFORE.search(clause, m.start(), sign.start()) is None
        and _RESULT_SIGNED.search(clause, m.start(), sign.start()) is not None
    )


_WITH_SIGNED = re.compile(
    r"\bwith\s+(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several|new|its|their)\s+)?"
    r"(?:[\w'’-]+\s+){0,10}$",
    re.IGNORECASE,
)
"""Before "signed": the visit's result ("wrapped up a visit to Montevideo on Wednesday with three agreements signed")."""
_THEN_DID = re.compile(
    r"\bthen\s+(?:signed|inked|held|met|travell?ed|flew|put|exchanged|visited|went|sat)\b", re.IGNORECASE
)
_SAME_OCCASION = Folded(
    re.compile(
        r"\balso\b|^\W*(?:earlier|later|separately|in addition|additionally)\b|\bin the presence of\b"
        r"|\b(?:after|followed|following)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:talks|meetings?|negotiations|discussions)\b"
        r"|^\W*(?:prior to|ahead of|before|after|following)\s+the\s+(?:signing(?:\s+ceremony)?|ceremony)\b",
        re.IGNORECASE,
    )
)
"""How an undated event is told as part of the lead event's occasion ("Prior to the signing ceremony, ...")."""
_SAME_DAY = Folded(
    re.compile(
        r"\b(?:(?:on )?the same (?:day|morning|afternoon|evening)|that same (?:day|morning|afternoon|evening)|"
        r"(?:earlier|later) in the day|later that (?:day|morning|afternoon|evening)|the (?:previous|preceding) "
        r"day|the day before|the (?:next|following) day|a day later|that (?:morning|afternoon|evening|night)|"
        # "a memorandum was signed on the day by ..."
        r"on the day(?! (?:of|before|after|when|that|it)\b)|"
        # "was signed at the Ministry of the Environment in the afternoon" (of the day told before)
        r"in the (?:morning|afternoon|evening)|"
        # "... landed at Palam on the afternoon of Sunday, June 21. By evening, X had called on him at his hotel"
        r"^\W*by (?:the )?(?:evening|afternoon|nightfall|midday|noon))\b",
        re.IGNORECASE,
    )
)
"""A day told by reference to the last one the article gave."""
_DURING_VISIT = Folded(
    re.compile(
        r"\b(?:during|in the course of|on the sidelines of)\s+(?:the|his|her|their|this)\s+"
        r"(?:(?!(?:previous|last|earlier|prior|past|\d{4})\b)[\w-]+\s+)?(?:visit|trip|tour)\b",
        re.IGNORECASE,
    )
)
_ANOTHER_TIME = re.compile(
    r"\bhad\s+(?:\w+\s+)?(?:\w+ed|met|held|signed|made|taken|seen|been)\b"
    r"|\b(?:will|shall|would|expected to|set to|plans? to|going to|is to|are to)\b",
    re.IGNORECASE,
)
"""A clause about another occasion than the lead's: "had signed", "will sign"."""
_RELATIVE = re.compile(r"\b(?:that|which|who)\b")
"""Where a relative clause begins: "... signed a memorandum that will boost investment"."""
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+\s+)?$")
_GAPPED_BEFORE = re.compile(r",\s*(?:and\s+)?$")
_GAPPED_FOR = re.compile(
    r"\s+(?:for|on behalf of)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s*(?:[.;]|,\s|$)"
)
"""A signing with its verb left out: ", Petrovski for North Macedonia"."""
_FOR_A_COUNTRY = re.compile(r"\s(?:for|on behalf of)\s+(?:the\s+)?(?-i:[A-Z])")
_DOCUMENT_SET_OFF = re.compile(
    r"\b(?:protocol|agreement|memorandum|minutes|convention|accord|treaty|declaration|arrangement|deal|pact|MoU|"
    r"framework|charter|roadmap|compact|contract)\b[^.;:,—–]{0,120}"
    r"(?:\s[—–]|,)\s*$",
    re.IGNORECASE,
)
"""A document named before a participle set off by a dash or comma: "the protocol of the session — signed by"."""
_IN_PRESENCE = re.compile(r"\bin the presence of\s+")
_BY = re.compile(r"\bby\s+")
_WHO_ASIDE = re.compile(r",\s+who\s+[^,;]{1,160},")
"""A relative clause set off by commas: ", who flew into Astana on Tuesday evening for a two-day state visit,"."""
_RATE = re.compile(
    r"\d+(?:[.,]\d+)?(?=\s*(?:%|per\s*cent|percent)|\s+(?:to|and)\s+\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent))"
)
"""A rate's number: "12%", "35 per cent", the 35 of "from 35 to 20 percent"."""
_RIGHT_BEFORE_VERB = re.compile(r"\s*(?:,\s*)?(?:who\s+)?(?:(?:also|then|first|later|finally|had|has)\s+)*")
"""Between a subject and its verb, nothing but "who" and an adverb or auxiliary: "Gbagidi, who crossed ..."."""
_UNNAMED_COUNTERPART = re.compile(
    r"\b(?:his|her|their)\s+(?P<demonym>[A-Z][\w-]+)\s+counterparts?\s+(?:also\s+|then\s+|later\s+)?$"
)
"""Before a verb, a counterpart told by country alone: "Vidal-Rojas and her Peruvian counterpart also signed"."""
_AGENT_AFTER = re.compile(
    r"(?: (?:on|in|at|late on|earlier on) [^,;]{1,40}?)? by (?=[A-Z]|the |his |her |their )"
)
"""After a participle, its agent, perhaps after when or where: "signed by A and B", "signed on Monday by A and B"."""
_NOUN_KINDS: dict[str, frozenset[EventType]] = {
    **dict.fromkeys(("increase", "hike", "rise", "cut", "reduction"), frozenset({EventType.TARIFF})),
    **dict.fromkeys(("visit", "trip", "tour"), frozenset({EventType.VISIT})),
    **dict.fromkeys(("talks", "meeting", "round"), frozenset({EventType.TALKS, EventType.MEETING})),
}
_BY_NOUN = re.compile(
    r"(?:The|This|That)\s+(?:(?!last|previous|earlier|prior|first|second|third|next|\d)\w+\s+)?(?P<noun>"
    + "|".join(_NOUN_KINDS)
    + r")\b(?![^.]*\b(?:will|would|ends?|until|due|expected|scheduled)\b)"
    # and telling its own happening: "The increase, set out in a decree ...", "The visit, which began on Monday",
    # "The round, held in Santiago ..." (not "The visit follows the signing of ... on 3 March")
    r",?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had been|has been)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:held|began|begun|started|set out|announced|took place|opened|kicked off|got under way|published|unveiled)\b"
)
"""A sentence opening with the noun of the event just told, and its happening: "The increase, set out in a decree ..."."""
_SAID_INVERTED = frozenset({"said", "says", "added", "adds"})
_QUOTE_CLOSED = re.compile(r"[,?!]\s?[\"”’']\s*$")
_NAME_ENDS = re.compile(r"\s*(?:[,.]|$)")
_DATE_WORD = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|today|tonight|tomorrow|yesterday|(?:last|this|next)\s+(?:week|weekend|month|year|"
    r"morning|afternoon|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b"
)
"""A word that begins a date, where an agreement's description ends: "a memorandum on maritime security on Wednesday"."""
_ROLE_HEADS = frozenset(ROLE_HEADS)
_WORDS = re.compile(r"[^\W\d_][\w’'-]*")
_WORD_BEFORE = re.compile(r"([\w.’'-]+) $")
_NOT_APPOSITIVE_OPEN = frozenset(
    {"at", "in", "on", "from", "with", "for", "to", "by", "during", "after", "before"}
)
_ACRONYM_ENDS = re.compile(r"\s*\([A-Z][\w&.-]{1,12}\)\s*[,.;]")
_WITH_ANOTHER = re.compile(r"\bwith\s+(?:the\s+)?[A-Z]")
_ORG_CHANNEL_AFTER = re.compile(r"\s+in\s+(?:a|an|its)\s+(?:research\s+)?(?:note|report|filing)\b")
_OWN_ATTRIBUTION = re.compile(
    r"\b(?:said|says|added|told|according to|responded|replied|countered|retorted|noted|stressed|wrote|posted|"
    r"insisted|argued|warned|explained|asked)\b",
    re.IGNORECASE,
)
"""Words that credit a quotation to someone in its own sentence."""
_OWN_SUBJECT = re.compile(
    r"(?!(?i:they|he|she|we|it|both|the pair|the two(?! (?:governments|countries|nations|sides)))\b)"
    r"(?:[A-Z][\w'’-]*|(?!been\b|being\b|having\b)\w+\s+\w+(?:\s+\w+){0,2})\s+"
)
"""The subject of a subordinate clause, up to its verb: "while other European countries "; not one that refers back to
the people before it ("before they signed", "where the two leaders signed")."""
_OTHER_CLAUSE = re.compile(r"\s(?:after|before|while|when|where|following|once|because|since|during which)\s")
_HOSTED_BY = re.compile(r"\b(?:received|welcomed|greeted|hosted)\s+by\s+", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+(?:[\w’'-]+\s+){0,3}$")
_SAID_AFTER = re.compile(
    r"\s+(?:said|says|told \w+|announced|stated|added)"
    r"(?:\s+(?:on|in|at|to|earlier|late|later|this|last)\b[^,;]{0,30})?\s*[.,;]?\s*$"
)
"""A tariff's announcer, closing its clause: "..., Trade Minister Mikhail Morozov said."."""
_IMPOSING = re.compile(
    r"\b(?:impos\w*|slap\w*|levie[sd]|levying|retaliat\w*|rais\w*|hik\w*|announc\w*|introduc\w*|threaten\w*|"
    r"suspend\w*|lift(?:s|ed|ing)?|scrap\w*|remov\w*|waiv\w*|eliminat\w*|halv\w*|doubl\w*|kept|keeps|maintain\w*|exempt\w*|"
    r"stop(?:s|ped|ping)? (?:charging|levying|collecting|applying)|"
    r"unveil\w*|plac\w*|put|puts|set|sets|cut|cuts|cutting|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?|"
    r"increas(?:e|es|ed|ing)|"
    # "Benin will allow Nigerian rice in duty-free", "Morocco granted Mauritanian fish duty-free access"
    r"allow(?:s|ed|ing)?|grant(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
_NOT_IMPOSING = re.compile(
    r"\b(?:(?:was|were|been|being|is|are|be)\s+(?:\w+\s+)?(?:hit|\w+ed)|fac(?:ed|es|ing)|suffer\w*|receiv\w*|got|gets)\b",
    re.IGNORECASE,
)
_REPORTED_SUBJECT = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|confirmed)(?:\s+(?:on|in)\s+\w+)?\s+that\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before the subject of reported speech: "told reporters on Tuesday that Tokyo ..."."""
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|seeking|hoping|having)\b[^,]*,", re.IGNORECASE)
"""A clause between commas that is not the tariff's: ", which has long raised concerns ...,"."""
_TARIFF_ACTION_VERB = re.compile(
    r".*\b(?:(?P<cut>cut|cuts|cutting|exempt(?:s|ed|ing)?|abolish(?:es|ed|ing)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing|tion)|slash(?:es|ed|ing)?|"
    r"scrap(?:s|ped|ping)?|eliminat(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|waiv(?:e|es|ed|ing))|"
    r"(?P<raise>rais(?:e|es|ed|ing)|increase[sd]?|increasing|hik(?:e|es|ed|ing)|doubl(?:e|es|ed|ing))|"
    r"(?P<impose>impos\w*|slap\w*|levie[sd]|levying|introduc\w*|announc\w*|unveil\w*|retaliat\w*))\b",
    re.IGNORECASE | re.DOTALL,
)
"""The last verb of cutting, raising or imposing before a tariff's noun, in the tariff's clause."""
_ON_GOODS = re.compile(
    r"\bon\s+(?:(?:a\s+)?(?:range|number|host|list|raft|basket)\s+of\s+)?(?:[a-z-]+\s+){0,2}$"
)
_LOWER_NOUN = re.compile(r"\s+[a-z][a-z-]+\b")
_EXEMPT_BEFORE = re.compile(r"\bexempt(?:s|ed|ing)?\s+(?:all\s+|some\s+)?$")
_CLAUSE_OPENING = re.compile(
    # "Under a separate decision announced at the commission, Mauritania will suspend ...": a phrase that sets the scene
    r"\W*"
    # "Nouakchott, 12 nov. (ASI) – Mauritania will suspend ...": a dateline
    r"(?:[A-Z][\w.'’ -]{1,30},\s+[\w .()]{1,30}?\s*(?:--|[–—])\s+)?"
    r"(?:(?:Under|Following|After|In|With|As part of|Through|By)\s+(?:a|an|the|its|this|that)\s+[^,;]{3,80},\s+)?"
    # "In addition, Guatemala will suspend ...": a word that joins it to the sentence before
    r"(?:(?:In addition|Meanwhile|Separately|Moreover|Furthermore|Likewise|In turn|In return|For its part|Also),\s+)?"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
"""What may come before a clause's subject."""
_SUSPENDED = re.compile(
    r"\b(?:suspend(?:s|ed|ing)?|lift(?:s|ed|ing)?|halt(?:s|ed|ing)?),?\s+(?!(?:\S+\s+){0,3}suspension)"
    r"(?:(?:from|as of|with effect from)\s+(?:\w+,?\s+){1,3})?(?:[\w%.,$\"“”'’-]+\s+){0,6}$",
    re.IGNORECASE,
)
"""A verb that suspends the tariff it governs, right before the tariff's noun: "has suspended the 25 per cent levy";
not "lifted a two-year suspension of its tariff", "suspended talks with India over New Delhi's 50 per cent tariff"."""
_MOVES_AFTER = re.compile(
    r"\b(?:will|would|shall|is to|are to|is set to|are set to)\s+"
    r"(?:(?P<cut>fall|drop|come down|go down|be (?:cut|reduced|lowered|halved))|rise|climb|go up|increase|be raised)"
    r"\s+(?:from|to|by)\b"
)
"""A tariff told cut or raised after its noun: "the tariff on rice ... will fall from 35 to 20 percent"."""
_MOVES_STOP = re.compile(r";|,?\s+(?:and|but|while|whereas)\s|\b(?:said|says|told|according)\b")
_SUSPENDED_AFTER = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+(?:suspended|lifted|halted)\b")
"""A tariff told suspended after its noun, in the passive: "the duty ... would be suspended from March 1"."""
_AND_THAT = re.compile(r",? and that (?!(?:he|she|they|it|we|I|his|her|their)\b)")
_CLAUSE_VERB = re.compile(
    r"\b(?:met|held|made|took|paid|sat|went|flew|signed|visited|arrived|received|hosted|said|told|announced|agreed|"
    r"talked|discussed|travelled|traveled|was|were|is|are|has|have|had|will|would)\b"
)
"""A verb of a clause before a second subject's (not "Valeria Rojas, Chile's president, and ... held talks")."""
_NEW_SUBJECT_CLAUSE = re.compile(
    r"(?:,\s+(?:and|while|whereas|but)|;)\s+(?=(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}|"
    # "..., and the 12th Joint Committee is to be held in Hanoi in the second half of next year"
    r"the\s+(?:(?:next|first|last|\d+(?:st|nd|rd|th)|[A-Z][\w-]+)\s+){1,4}(?:Committee|Commission|Council|"
    r"Consultations?|Dialogue|Forum|Summit|Cabinet)|"
    # "..., and a joint working group of officials will meet for the first time in Helsinki in March"
    r"(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}(?:group|committee|commission|council|panel|teams?|delegations?)"
    r"(?:\s+of\s+(?:[a-z-]+\s+){0,2}(?:officials|experts|ministers))?|"
    # "..., and the commission's next session will be held in Yerevan next year"
    r"the\s+(?:commission|committee|council)['’]s\s+(?:[a-z\d]+\s+){0,2}(?:session|meeting|sitting)|"
    r"the\s+(?:next|last|previous)\s+(?:session|meeting)\s+of\s+the\s+(?:[a-z-]+\s+){0,2}(?:commission|committee|council)|"
    # "..., and the next IGC meeting will be held in Dhaka next year"
    r"the\s+next\s+(?:[A-Z][\w-]*\s+){1,2}(?:session|meeting|round))"
    r"\s+(?:is|are|was|were|will|would|has|have|had)\s+(?:also\s+|due\s+|expected\s+|scheduled\s+|set\s+)?"
    r"(?:to\s+)?(?:visit|travel|meet|sign|hold|fly|go|attend|host|receive|lead|call|pay|return|be|"
    # "..., while Iraq will halve the customs fees on Jordanian construction materials as of June 1"
    r"halve|cut|lower|reduce|raise|impose|suspend|lift|scrap|waive|exempt|remove|abolish|"
    # "..., while Toleafoa is expected in Auckland in September"
    r"in(?=\s+[A-Z]))\b|"
    # "Foreign ministers A and B signed an agreement ..., and the two presidents signed a Declaration on ..."
    r"the\s+two\s+(?:presidents|leaders|prime\s+ministers|premiers|ministers|heads\s+of\s+state)\s+(?:also\s+)?signed\b|"
    # "The council last met in Budapest in December, and President Stanimirović paid an official visit to Budapest in
    # March": a subject by title and name, with a verb of an event of its own
    r"(?P<own>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){1,3}\s+(?:paid|made|held|met|visited|travelled|traveled|"
    r"flew|hosted|received|welcomed)\s+(?:an?\s+|talks\b|(?-i:[A-Z]))))"
)
"""A second clause with a subject of its own after ", and", ", while" or ";": "..., and Bhadoria is expected to
visit Kathmandu later this year"."""
_CLAUSE_BREAK = re.compile(r",\s+(?:but|and|while|whereas)\s|;\s")
_TAKES_EFFECT_FROM = re.compile(r"(?:from|as of|effective|starting|with effect from)\b", re.IGNORECASE)
_TARIFF_VERB = re.compile(
    r"\b(?:impos(?:e|es|ed|ing)|slapp(?:ed|ing)|levie[sd]|levying|introduc(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|"
    r"lift(?:s|ed|ing)?|scrap(?:s|ped|ping)?|waiv(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|cut(?:s|ting)?|"
    r"rais(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|charg(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)
"""A verb of a tariff's action, for the date told right beside it: _IMPOSING without the verbs of announcing and the
general ones ("announced", "set", "put", "kept"), whose day is not the measure's."""
_NOT_NARRATED = re.compile(
    r"\b(?:will|would|shall|is to|are to|expected|due to|plans? to|set to|hopes? to|had (?:\w+ )?(?:signed|met|held|been)|"
    r"previously|earlier|already|first|last met|in the past|since|ago|before that)\b",
    re.IGNORECASE,
)
"""A clause not told as the next step of the story: "will sign", "had met", "first met in 2019", "since"."""
_OWN_CLAUSE = re.compile(r"\b(?:under which|in which|which|whose)\b|;")
"""Where a clause about a thing begins: "a contract under which YPFB will supply ..." (not "told reporters that a deal
would be signed", the clause the signing is told in)."""
_FLASHBACK = re.compile(
    r"\b(?:ago|first met|last met|previously|in the past|decades?|back in)\b", re.IGNORECASE
)
"""Between a day told and an undated event: a turn to the past ("The two leaders first met over a decade ago")."""
_THEN = re.compile(r"\b(?:then|later|afterwards|subsequently|after that)\b")
_BARE_WEEKDAY = re.compile(
    r"(?:on |On )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?"
)
_WHO_QUOTED = re.compile(r",\s+who\s+[\"“‘']?$")
"""Right before a quotation, a relative clause of the person named before it: ", who \"stressed ..."."""
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?\w+ed\b")
"""A time before the story's: "The two leaders had agreed to close the file when they met in September"."""
_TOLD_DONE = re.compile(
    r"\b(?:signed|met|held|inked|exchanged|initialled|received|hosted|called on|sat down)\b"
)
"""A signing or meeting told as done."""
_LIST_OF_PLACES = re.compile(
    r"\b(?:governors|mayors|people|residents|provinces|regions|districts|towns|cities|states|prefects|councils) of "
    r"(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, )+(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? )?and $"
)
"""Before the last of a list of places: "The governors of El Kef, Jendouba, Tébessa and "."""
_ONE_DAY = re.compile(r"\b(?:one-day|day-long|daylong|single-day|a day trip)\b", re.IGNORECASE)
_SIGNED_AS_TOLD = re.compile(
    r"\W*The\s+(?:[\w’'–-]+\s+){1,5}(?:was|were)\s+(?:signed|inked|initialled)\s+by\b"
)
"""An agreement told before, now by who signed it: "The pipeline agreement was signed by ..."."""
_CONTINUES = re.compile(
    r"\b(?:the two|both|the pair|the meeting|the talks|their talks|the session|the ceremony|afterwards|"
    r"after the|at the (?:end|close) of|following the|the same)\b",
    re.IGNORECASE,
)
"""A clause told as the next step of the event before it: "by the two ministers at the end of the meeting"."""
_TAKES_EFFECT = "the day the measure takes effect"
"""The end of a date's basis when it is a measure's day of taking effect: no day for "in the afternoon" to be of."""
_IMPOSED_AFTER = re.compile(
    r"(?:\b(?:that|which)\s+(?:[\w’'.-]+\s+){0,5}?(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?|,\s+)"
    r"(?:first\s+)?(?:imposed|introduced|slapped|levied)\b"
    # "the 10% safeguard fee on aluminium imported from Bahrain, which has applied since 1 June"
    r"|\b(?:that|which)\s+(?:has|have|had)\s+(?:applied|been\s+in\s+(?:force|place))(?=\s+since\b)"
    r"|,\s+in\s+(?:force|place)(?=\s+since\b)"
    # "the provisional duty of 18 percent on PVC pipes originating in Honduras, applied since 17 November 2025"
    r"|,\s+(?:first\s+)?(?:applied|charged)(?=\s+since\b)"
)
"""After a tariff, its imposition told with its own day: "the surcharge ... that the Ministry imposed in January",
"the duty on wheat flour, introduced in January", "..., which has applied since 1 June"."""
_IMPOSED_PARTICIPLE = re.compile(
    r"\s+(?:(?:it|they)\s+(?:had\s+|has\s+)?)?(?:first\s+)?(?:imposed|introduced|slapped|levied)\b"
    # "the 10% excise surcharge it has charged on cement, beer and steel bars from Uganda since July 1"
    r"|\s+(?:it|they)\s+(?:had|has|have)\s+(?:charged|applied)\b"
)
"""Right after a tariff's noun: "the 20 per cent surcharge slapped on Jamaican patties ... in February", "the 10 per
cent import surcharge it imposed in January"."""
_TARIFF_AGAIN = re.compile(
    r"^\W*(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[\w%-]+\s+){0,2}(?P<noun>levy|duty|tariff|surcharge|surtax|rate)"
    # "The levy was introduced in March", "The levy, introduced on January 12", "The 35 percent rate had been restored
    # in January"
    r"(?:\s+(?:was|were|had been)\s+|,\s+)"
    r"(?:first\s+)?(?:imposed|introduced|levied|restored|reinstated|re-?imposed)"
    r"|(?:[A-Z][\w’'-]+\s+){1,3}(?:first\s+)?(?:imposed|introduced|slapped)"
    r"\s+(?:the|this|that|its)\s+(?:[a-z-]+\s+){0,2}(?P<noun2>levy|duty|tariff|surcharge|surtax))\b"
)
"""The tariff told before, named again with no figure, imposed on a day of its own: "The levy was introduced in
March", "Malawi imposed the surtax in May"."""
_ANNOUNCED = re.compile(r"\b(?:said|says|announc(?:ed|es)|told|stated|confirmed|declared)\b", re.IGNORECASE)
_NEXT_TO_VERB = re.compile(r"(?:\s+(?:it|them|the\s+\w+|its\s+\w+|a\s+\w+))?\s+$|\s*$")


def _own_day_after(
    clause: str, offset: int, dates: list[DateMatch], verb: re.Match[str], when: When | None
) -> When | None:
    """ "arrived in Kabul on Sunday and held talks on Monday with ...": the day told right after the second verb of
    a clause is that verb's, not the first day told before it. ``offset``: where the clause starts in its sentence."""
    first = next((d for d in dates if d.when is not None and d.when is when), None)
    if (
        first is None
        or first.end - offset > verb.start()
        or not _AND_VERB.search(clause, first.end - offset, verb.start())
    ):
        return when
    return next(
        (d.when for d in dates if d.when is not None and 0 <= d.start - offset - verb.end() <= 60),
        when,
    )


_ROUND_AFTER = re.compile(
    r"(?:,|,? and)\s+in (?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) (?=(?:in|on|from|last|early|late|during)\b)"
)
"""After a meeting's first place and day, another place with a day of its own: ", in Oslo in February"."""
_AND_VERB = re.compile(r"\s+and\s+(?:then\s+)?(?:was\s+|were\s+|had\s+|has\s+)?$")
"""Between a first day told and a second verb: "arrived on Sunday and held talks on Monday"."""


def _tariff_when(clause: str, offset: int, dates: list[DateMatch], when: When | None) -> When | None:
    """The day of a tariff's action, where the clause tells more days than one: the day a measure takes effect, told
    after its verb ("will suspend its 25 per cent levy on Ugandan foods from 1 April", not the day she "returned last
    night" before it), unless the clause tells the day it was announced; else the day told right after or before the
    verb ("The levy was introduced on 1 February", "Malawi in May imposed the surtax", "the surcharge it has levied
    since March 1"), else the clause's first day.

    ``offset``: where the clause starts in the sentence the dates' offsets count from.
    """
    told = [(d.start - offset, d.end - offset, d) for d in dates if d.when is not None]
    verbs = list(_TARIFF_VERB.finditer(clause))
    if verbs and (semicolon := clause.find("; ", verbs[0].start())) >= 0:
        # "Bamako to cut duty on Cabo Verdean canned tuna to 5%; Praia–Bamako flights from October": another's day
        told = [x for x in told if x[0] < semicolon]
        if when is not None and not any(d.when is when for _, _, d in told):
            when = told[0][2].when if told else None
    since = any(d.phrase.lower().startswith("since") for _, _, d in told)
    if len(told) < 2 and not since:
        return when
    if not verbs:
        return when
    first_verb = verbs[0].start()
    if not (_ANNOUNCED.search(clause, 0, first_verb) and any(at < first_verb for at, _, _ in told)):
        # (not "said on Tuesday it would scrap the duty from June 1": the day it was announced)
        for at, _, d in told:
            if at > first_verb and _TAKES_EFFECT_FROM.match(d.phrase) and d.when is not None:
                return replace(d.when, basis=f"{d.when.basis}; {_TAKES_EFFECT}".lstrip("; "))
    noun = _TARIFF.search(clause)
    for verb in verbs:
        if noun is not None and verb.start() > noun.start() and not since:
            break  # (not "from 1 September X will abolish the duty on flour, introduced in January": told apart)
        for at, end, d in told:
            if 0 <= at - verb.end() <= 40 and _NEXT_TO_VERB.fullmatch(clause, verb.end(), at) is not None:
                return d.when  # "introduced on 1 February", "has levied since March 1"
            if 0 <= verb.start() - end <= 2:
                return d.when  # "in May imposed the surtax"
    return when


_NOT_A_TARIFF_OBJECT = re.compile(
    r"\s+(?:concerns?|questions?|objections?|doubts?|fears?|the issue|an? (?:[\w$.]+\s+){0,3}(?:aid|package|fund|plan))\b",
    re.IGNORECASE,
)
_ASIDE_AFTER = re.compile(r",\s+(?:when|where|as|while|after which|during which)\b")
"""A clause told after a meeting's, with people of its own: "..., when Yeom raised the steel duties in person"."""
_THE_TWO = re.compile(
    r"\b(?:the two|both)\s+(?P<office>(?:[a-z]+\s+)?(?:ministers|leaders|presidents|premiers|prime ministers|"
    r"secretaries|counterparts|men|women|heads of (?:state|government)|co-chairs|co-chairmen|co-chairpersons))\b|"
    r"\bthe pair\b",
    re.IGNORECASE,
)
_THE_BODY_SUBJECT = re.compile(
    r"\W*[Tt]he\s+(?:[A-Z][\w-]*\s+){0,2}(?P<head>[Cc]ommittee|[Cc]ommission|[Cc]ouncil|[Ww]orking [Gg]roup)\s+(?!of\b)"
)
"""A clause whose subject is a body by its noun alone: "The committee will hold its next meeting", "The Ministerial
Council agreed to hold its next session"."""
_SPOKE_AT = re.compile(
    r"\b(?:spoke|was speaking|were speaking|speaking)\s+(?:at|after|on the sidelines of|at the (?:end|close|start|opening)"
    r" of)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$"
)
"""A speaker told where they spoke: "Dr. Okwuosa spoke at the end of a meeting of the ... Committee"."""
_CO_CHAIRED_WITH = re.compile(
    r",?\s+(?:which|that)\s+(?:he|she|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+co-chaired\s+with\b"
)
"""After a body's session, who chaired it: "a meeting of the Joint Committee, which she co-chaired with X", "..., which
Manyang co-chaired with Uganda's Minister of Trade"."""
_NEXT_NAMED_MEETING = re.compile(
    r"\W*[Tt]he\s+next\s+(?P<name>[A-Z][\w-]*|[Cc]ommission|[Cc]ommittee)\s+(?:meeting|session)\s+(?:will|would|is to)\b"
)
"""A body's next meeting told by its acronym or noun: "the next IGC meeting will be held in Dhaka next year"."""
_THE_TALKS = re.compile(r"\W*[Tt]he (?:[a-z-]+ )?(?:talks|negotiations|consultations|discussions)\b")
"""A clause that opens with the talks the story tells of: "The talks, the first since 2019, were held ..."."""
_THE_LEADERS_THEMSELVES = re.compile(
    r"\b[Tt]he\s+(?P<office>presidents|prime\s+ministers|premiers|heads\s+of\s+(?:state|government))\s+(?:themselves|also)\s+$"
    # "The ministers agreed to meet again in Santiago in December": the clause's subject
    r"|^\W*[Tt]he\s+(?P<office2>ministers|presidents|prime\s+ministers|premiers|leaders)\s+(?:also\s+)?"
    r"(?:agreed|decided|promised|pledged|plan|planned|are|were|will|would)\s+(?:to\s+|due\s+to\s+)?$"
)
"""The two leaders told again by their office alone before a verb: "The presidents themselves signed a declaration",
"The ministers agreed to meet again"."""
_LEADERS = r"(?:presidents|leaders|heads\s+of\s+(?:state|government)|prime\s+ministers|premiers)"
_LEADERS_OF_TWO = re.compile(r"\bof the two " + _LEADERS + r"\b")
_LEADERS_WHO_MET = re.compile(
    r"(?P<who>\bthe\s+two\s+countries['’]\s+"
    + _LEADERS
    + r"|\bthe\s+"
    + _LEADERS
    + r"\s+of\s+(?:the\s+)?(?:both|two)\s+(?:countries|republics|nations|kingdoms)|\b(?:the\s+two|both)\s+"
    + _LEADERS
    + r")(?:,?\s+who\s+|\s+when\s+they\s+)(?:had\s+|have\s+|first\s+|last\s+)*$",
    re.IGNORECASE,
)
"""The story's two leaders before a past meeting told in a relative clause: "the two countries' presidents, who met
in Abuja on March 12", "agreed by the Presidents of both Republics when they met in Esquipulas on 14 January"."""
_A_VISIT_BY = re.compile(
    r"\b(?:on|during|at the (?:end|start) of)\s+(?:the\s+(?P<ordinal>first|second|third|fourth|fifth|last|final)\s+day\s+"
    r"of\s+)?(?:a|an|the|his|her)\s+(?:(?P<n>\w+)-day\s+)?(?:(?:official|state|working|three-nation|"
    r"regional)\s+)*visit\s+(?:to\s+(?P<to>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})\s+)?(?:by|of)\s+",
    re.IGNORECASE,
)
"""A visit told in a signing's sentence: "on the second day of a two-day visit by Han", "during a visit by X"."""
_BEGAN = re.compile(r"\b(?:began|begun|begins|started|starts|starting|beginning|kicked off)\b")
_ORDINAL_DAYS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_NOT_BEFORE_A_NAME = frozenset({"the", "in", "from", "at", "near", "across", "of", "into"})
_PERSONAL_MEETING_VERBS = (
    "received",
    "hosted",
    "called on",
    "spoke",
    "welcomed",
    "pay",
    "paid",
    "co-chaired",
)
_NAME_WORDS = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?: (?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|la|del|da|dos|van|von|bin|al))+?"
# ("[Tt](?<=\b[Tt])he" is "\b[Tt]he" with the boundary tested behind: the search can skip to the Ts)
_PLURAL_APPOSITIVE = re.compile(
    r"[Tt](?<=\b[Tt])he (?:(?:two|three|four) )?(?P<title>(?:[a-z]+ )?(?:ministers|presidents|prime ministers|leaders|envoys|"
    r"ambassadors|secretaries)), (?:(?P<pa>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s )?(?P<a>"
    + _NAME_WORDS
    + r")(?: of (?P<ca>[A-Z][a-z]+(?: [A-Z][a-z]+)?))? and (?:(?P<pb>[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s )?(?P<b>"
    + _NAME_WORDS
    + r")(?: of (?P<cb>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?,"
)
"""Two people in apposition to their plural title: "The foreign ministers, A of Colombia and B of Ecuador,", "the
two foreign ministers, Togo's A and Burkina Faso's B,"."""
_PLURAL_TITLE = re.compile(r"\b(?:ministers|presidents|leaders|envoys|ambassadors|secretaries)\b")


def _title_head_is(title: str, head: str) -> bool:
    """ "Transport Minister" is a minister, "Prime Minister" is not ("the minister" of a story is not its premier)."""
    lower = title.lower()
    if head == "minister" and "prime minister" in lower:
        return False
    if head == "minister":
        # a deputy minister may be "the minister" of a story
        return re.search(r"\bminister\b", lower) is not None
    # "the Armenian prime minister" is not the Armenian Deputy Prime Minister, "the president" not a vice-president
    return re.search(rf"\b{head}\b", lower) is not None and _same_rank(head, lower)


def _singular_title(title: str) -> str:
    """ "foreign ministers" -> "foreign minister", "secretaries" -> "secretary"."""
    return title[:-3] + "y" if title.endswith("ies") else title[:-1]


_ROUND_BEFORE = re.compile(r"\brounds? of (?:[a-z-]+ ){0,2}$", re.IGNORECASE)
_DESCRIBED = re.compile(
    # (the boundary looked at behind the "T": the search skips to a "T" or a "t" instead of trying every character)
    r"[Tt](?<=\b[Tt])he (?:(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?P<office>(?:(?:deputy|vice) (?=prime ))?"
    r"(?:(?:foreign|trade|defen[cs]e|finance|economy|industry|commerce|deputy|prime|vice) )?(?:minister|leader|president|premier|chancellor|envoy|secretary|king|"
    r"emir)|(?-i:Prime Minister|President|Foreign Minister))\b(?![ -][A-Z])(?! (?:of|for|in charge)\b)|"
    # "the Prime Minister of Thailand", "the President of the Republic of Ghana"
    r"(?P<office2>(?-i:Prime Minister|President|Foreign Minister|Vice[ -]President|Premier))"
    r" of (?:the )?(?:(?:Kingdom|Republic|Federal Republic|State|Sultanate|Commonwealth) of (?:the )?)?"
    r"(?P<country2>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?![ -][A-Z]))"
)
"""A person told by country and office: "The Jordanian minister had arrived ...", "the Vanuatu leader", "the Lao Prime
Minister", "the Prime Minister of Thailand"."""
_OFFICE_IN_OTHER_WORDS = {
    "foreign minister": (
        "canciller", "chanceler", "minister of foreign", "minister for foreign", "foreign affairs",
        "affaires étrangères", "relaciones exteriores", "relações exteriores", "außenminist", "esteri",
    ),
    "trade minister": ("minister of trade", "minister for trade", "ministro de comercio", "ministre du commerce"),
    "defence minister": ("minister of defence", "minister for defence", "ministro de defensa", "ministre des armées"),
    "defense minister": ("minister of defense", "secretary of defense", "ministro de defensa"),
}  # fmt: skip
"""The titles an office told in English ("the Chilean foreign minister") may be printed as ("canciller")."""
# ("[Tt](?<=\b[Tt])he" is "\b[Tt]he" with the boundary tested behind: the search can skip to the Ts)
_THE_TITLE_SAID = re.compile(
    r"[Tt](?<=\b[Tt])he (?P<title>[\w-]+(?: [\w-]+){0,3}) (?=(?:said|says|told|added|stressed|noted)\b)"
)
"""A speaker told by a title the article gave them, maybe in another language: '..., the secretario de Transporte
said' in a story of Secretary of Transport Gustavo Sorrentino."""
# ("[Tt](?<=\b[Tt])he" is "\b[Tt]he" with the boundary tested behind: the search can skip to the Ts)
_THE_OFFICE = re.compile(
    r"[Tt](?<=\b[Tt])he (?P<visiting>visiting )?(?P<office>(?i:president|prime minister|premier|chancellor|foreign minister|"
    r"defen[cs]e minister|trade minister|finance minister|king|emir))\b(?![ -][A-Z])(?! (?:of|for|in charge)\b)"
    r"(?(visiting)|(?= (?:said|says|told|added|insisted|stressed|noted|declared|wrote|leaves for|left for|flies to|"
    r"flew to|arrived|arrives|travels to|travelled to|returns to|returned to)\b))"
)
"""A speaker told by office alone: "the President said ..." (not what "the President would" do: that may be another
country's, whom the article does not name)."""
_RANK_WORD = re.compile(r"\b(?:deputy|vice|assistant|under|junior|former)\b")
"""Words of a title that make it another office than the same title without them (not "acting": an acting minister
is the minister)."""


def _same_rank(told: str, title: str) -> bool:
    """ "prime minister" told, "Deputy Prime Minister" held: another office (nor is "trade minister" a "Deputy Trade
    Minister")."""
    return _RANK_WORD.findall(told.lower()) == _RANK_WORD.findall(title.lower())


_NOT_THE_OFFICE = re.compile(
    r"\b(?:former|ex|outgoing|elect|acting|late|bank|chamber|association|union|federation|council|club|company|board|"
    r"party|court|university|college|society|institute|foundation|commission|committee|league|assembly|senate)\b"
)
"""Words that make a title another office than the country's: "Former President", "Chamber of Commerce President"."""
_OF_COUNTRY = re.compile(r",? of (?:the )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\b")
"""A titled name's country after it: "President Marc-Antoine Esparon of Seychelles"."""
_LEADER_TITLES = (
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "king",
    "emir",
    "sultan",
    "head of state",
)
_TITLE_SUBJECT = re.compile(
    r"\s*(?:[Tt]he\s+)?(?P<title>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+(?:held|met|had|sat|hosted|received|called)\b"
)
"""A subject told by title alone before a verb of meeting: "Lyonchhen held talks", "the Premier met"."""
_THE_OFFICE_OF = re.compile(
    r"(?:\s+with)?\s+the\s+(?:(?P<dem>[A-Z][\w-]+)\s+)?(?P<office>(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?(?![\w-])"
)
"""After "with": an office and its country, the holder unnamed: "the Prime Minister of Japan", "the Japanese
Prime Minister"."""
_APPEAL_OR_POSSESSIVE = re.compile(r"[’']s\b|\s+to\s+(?!the\b|a\b|an\b|his\b|her\b)[a-z]+")
"""After an office holder: an appeal ("called on X to reopen ..."), or the holder's own ("X's chief of staff")."""
_COUNTRYS_OFFICE = re.compile(
    r"(?:\s+(?:with|on))?\s+(?P<dem>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+"
    r"(?P<office>(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)(?![\w'’-])"
)
"""After a meeting's verb: a country's office holder, unnamed: "paid a courtesy call on Tanzania's Vice-President"."""
_COUNTERPART_AFTER = re.compile(
    r"(?:\s+with)?\s+(?:his|her|their)\s+(?P<dem>[A-Z][\w-]+)\s+(?P<office>counterparts?)\b(?![’']s)"
)
"""After a meeting's verb: the counterpart of a country, unnamed: "last met his Tajik counterpart in Dushanbe"."""
_BARE_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+counterparts?\b")
_COUNTERPART_OF = re.compile(r"\b(?:his|her|their)\s+(?P<country>[A-Z][\w-]+)\s+counterparts?\b")
_COORDINATED_SUBJECT = re.compile(r"(?:,\s+(?:and|but|while)|;)\s+(?:the\s+)?$")
_GOVERNMENT = re.compile(r"\s+(?:administration|government|authorities|side)\b", re.IGNORECASE)
_PUTTING_PEN = re.compile(
    r",\s+with\s+(?P<who>[^,;]{3,160}?)\s+(?:putting (?:pen to paper|their signatures? to it)|signing (?:it|for|on behalf))\b",
    re.IGNORECASE,
)
_SIGNED_BY = re.compile(
    r"\b(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?signed\s+by\s+", re.IGNORECASE
)
_TRADE_TALK = re.compile(r"\b(?:trade|deal|negotiat|talks)\w*", re.IGNORECASE)
_ACCORDING_TO = Folded(re.compile(r"\baccording to\s+(?:the\s+)?", re.IGNORECASE))
_TITLE_GAP = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}")
_OPENING_ACCORDING = re.compile(r"\s*according to\s+(?:the\s+)?", re.IGNORECASE)
_THAT = re.compile(r"\b(?:that|how)\s+")
_COUNTERPART = re.compile(r"\bcounterpart\b", re.IGNORECASE)
_OCCASION_KINDS = frozenset({EventType.SIGNING, EventType.MEETING, EventType.TALKS, EventType.VISIT})


@dataclass
class _Event:
    type: EventType
    start: int
    end: int
    participants: dict[str, str] = field(default_factory=dict)
    agreement: str | None = None
    when: When | None = None
    place: str | None = None
    occasion: str | None = None
    status: str | None = None
    figures: list[tuple[float, str, str]] = field(default_factory=list)
    gist: list[str] = field(default_factory=list)
    text: str = ""
    countries: set[str] = field(default_factory=set)
    relation: tuple[str, _Event] | None = None
    paragraph: int = 0
    mentions_extra: list[tuple[int, int]] = field(default_factory=list, compare=False)
    """Where else the article reports this event (sentences folded into it)."""


@dataclass
class _Quote:
    speaker: str
    text: str
    channel: str | None
    when: When | None
    start: int
    end: int
    sentence: tuple[int, int]


class Extractor:
    """Builds one-source story fragments; compile once, use for many articles."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        country_pairs = [(w, slug) for w, slug in vocab.country_words.items() if w[:1].isupper()] + list(
            vocab.demonyms.items()
        )
        self._countries: PhraseIndex[str] = PhraseIndex(country_pairs)
        self._lexicon: PhraseIndex[tuple[str, str]] = PhraseIndex(
            [(w, ("country", slug)) for w, slug in country_pairs]
            + [(name, ("place", place.name)) for name, place in vocab.places.items() if name[:1].isupper()]
            + [(a, ("organisation", a)) for a in ORG_ACRONYMS]
        )
        self._head_words = {h.split(" of ")[0].split()[-1] for h in TITLE_HEADS} | {
            h.split(" of ")[0].split()[0] for h in TITLE_HEADS if " of " in h
        }
        self._modifier_words = set(TITLE_MODIFIERS) | {w for h in TITLE_HEADS for w in h.split()} - {"of"}
        self._title_words = self._head_words | self._modifier_words
        self._appositive_heads = self._head_words | _ROLE_HEADS
        self._honorifics = {h.rstrip(".") for h in HONORIFICS}
        self._honorific_before = re.compile(
            r"\b(?:"
            + "|".join(re.escape(h) for h in sorted(self._honorifics, key=len, reverse=True))
            + r")\s+$"
        )
        verbs = grouped_alternation(sorted(SPEECH_VERBS, key=len, reverse=True))
        self._subject_verbs = {v for v in SPEECH_VERBS if " " not in v} | {
            "met",
            "signed",
            "visited",
            "held",
            "hinted",
            "announced",
            "inked",
            "arrived",
            "travelled",
            "traveled",
            "witnessed",
            "attended",
            "hosted",
            # "Nurlan Beisembayev paid a working visit": a name before them is a person only as the article shows
            # one (_EVIDENCE_VERBS)
            *(_EVIDENCE_VERBS - {"between"}),
        }
        self._speech_re = re.compile(rf"\b(?P<verb>{verbs})\b")
        self._heads = {h for h in AGREEMENT_HEADS}
        self._occasion_heads = {h for h in OCCASION_HEADS}
        self._org_heads = {h for h in ORG_HEADS}
        self._desc_agreement_re = re.compile(
            r"\b(?P<det>the|a|an|their|this|its|our|that)\s+"
            r"(?P<mods>(?:(?:new|renewed|landmark|historic|non-binding|legally binding|binding|\d+[- ]years?|"
            r"ten-year|bilateral|comprehensive|interim|mini|major|proposed|long-awaited|much-awaited|first|final|"
            r"initial|broad|broader|limited|key|crucial|significant|ambitious|potential|possible|sweeping)\s+)*)"
            r"(?P<domain>(?:(?!(?:and|or|of|to|the|a|an|was|were|is|are|has|have|had|will|would|not|that|this|"
            r"their|its|with|for|on|in|by)\s)[a-z][a-z-]+\s+){0,3})"
            r"(?P<head>framework agreement|framework|agreement|pact|deal|treaty|memorandum of (?:agreement|"
            r"understanding)|memorandum|accord|arrangement|mou|protocol|charter|declaration|convention|compact|"
            r"roadmap)\b"
            r"(?P<comp>\s+(?:regarding|on|concerning|for)\s+(?!" + _DATE_WORD + r")"
            r"(?:the\s+)?(?:(?!" + _DATE_WORD + r")[a-z][\w-]*\s+){0,7}?(?!" + _DATE_WORD + r")[a-z][\w-]*"
            r"(?=\s+(?:to|that|which|in|with|between|was|is|will|along|across|at|under|during|amid)\b"
            r"|\s+(?:(?:earlier|later|on|late|early)\s+)?" + _DATE_WORD + r"|\s*[,.;]))?",
            re.IGNORECASE,
        )
        self._chunk_shapes: dict[str, _ChunkShape | None] = {}
        self._vocab_words: dict[str, bool] = {}
        self._topic_res = {
            topic: Caseless(
                words_pattern([w.lower() for w in words]).pattern, hints=tuple(w.lower() for w in words)
            )
            for topic, words in TOPIC_WORDS.items()
        }

    def vocab_word(self, word: str) -> bool:
        """A country, place, month, weekday or title word ("India's", "Delhi", "May"), not a name (remembered)."""
        known = self._vocab_words.get(word)
        if known is None:
            if len(self._vocab_words) >= _MEMO:
                self._vocab_words.clear()
            bare = word.rstrip(".,").replace("’", "'").removesuffix("'s")
            known = self._vocab_words[word] = (
                self.vocab.country_of(bare) is not None
                or bare in self.vocab.places
                or bare.lower() in _MONTH_AND_DAY_WORDS
                or bare.lower() in _TITLE_WORDS
            )
        return known

    def chunk_shape(self, chunk: str) -> _ChunkShape | None:
        """What a run of capitalised words names: its kind, head word, name, acronym and length in the text.

        None when it names no agreement, occasion or organisation. Remembered: the same names recur.
        """
        if chunk in self._chunk_shapes:
            return self._chunk_shapes[chunk]
        if len(self._chunk_shapes) >= _CHUNK_SHAPES_KEPT:
            self._chunk_shapes.clear()
        shape = self._chunk_shapes[chunk] = self._read_chunk(chunk)
        return shape

    def _read_chunk(self, chunk: str) -> _ChunkShape | None:
        acronym = None
        am = _ACRONYM_END.search(chunk) if chunk.endswith(")") else None
        if am:
            acronym = am.group("acr")
            chunk = chunk[: am.start()]
        cut = _CHUNK_CUT.search(chunk)
        if cut:
            chunk = chunk[: cut.start()]
        if " in " in chunk and not self._field_of_cooperation(chunk):
            chunk = chunk[: chunk.index(" in ")]  # "the Ministry of International Cooperation in Rome"
        words = chunk.strip("’'‘ ").split()
        while words and words[0].lower() in _LEADING_WORDS:
            words.pop(0)
        if not words:
            return None
        lowered = [w.lower().strip("’'") for w in words]
        kind: Kind | None = None
        head = ""
        if any(w in self._heads for w in lowered) and len(words) >= 2 and lowered[-1] not in _INSTITUTIONS:
            # Not "Kenyatta International Convention Centre": a building named after its use.
            kind = Kind.AGREEMENT
            head = next(w for w in lowered if w in self._heads)
            # Drop a leading year or ordinal; keep the name proper.
            while words and _ORDINAL.fullmatch(words[0]):
                words.pop(0)
        elif lowered[-1] in self._occasion_heads and len(words) >= 2:
            kind = Kind.OCCASION
            head = lowered[-1]
        elif (
            any(w in self._org_heads for w in lowered)
            and len(words) >= 2
            and not _is_person_title(words)
            and not self._ends_with_titled_name(words)
            and not any(
                self._ends_with_titled_name(words[:k]) for k, w in enumerate(words) if w in ("and", "&")
            )
        ):
            kind = Kind.ORGANISATION
            head = next(w for w in lowered if w in self._org_heads)
        if kind is None:
            return None
        name = " ".join(words)
        if kind is Kind.AGREEMENT:
            name = _YEAR_END.sub("", name)
        return kind, head, name, acronym, len(chunk)

    def _field_of_cooperation(self, chunk: str) -> bool:
        """ "Agreement on Cooperation in Water Resources Management": an agreement's field, not where it was signed
        ("a Memorandum on Defence Cooperation in Kuala Lumpur")."""
        before, _, field = chunk.partition(" in ")
        words = field.removeprefix("the ").split()
        return (
            any(w.lower() in self._heads for w in before.split())
            and bool(words)
            and field not in self.vocab.places
            and not any(self.vocab.country_of(w) or w in self.vocab.places for w in words)
        )

    def _ends_with_titled_name(self, words: list[str]) -> bool:
        """ "Indian Union Commerce and Industry Minister Nitin Iyer": a person's title and name, however many
        organisation words the title holds."""
        for k, word in enumerate(words[:-2]):
            rest = words[k + 1 :]
            if (
                word.lower() in _PERSON_HEADS
                and len(rest) in (2, 3)
                and all(_is_name_word(w) and w.lower() not in self._org_heads for w in rest)
            ):
                return True
        return False

    # ------------------------------------------------------------------ entry point

    def extract(self, doc: str, clean: CleanArticle, reference: date | None) -> Story:
        """The article's entities, events and quotations, every one sourced to ``doc``."""
        run = _Run(self, doc, clean, reference)
        run.analyse()
        return run.finish()

    def analyse(self, doc: str, clean: CleanArticle) -> Analysis:
        """An article read up to the point where the publication date matters, to extract at several dates."""
        run = _Run(self, doc, clean, None)
        run.analyse()
        return Analysis(run)


_PRONOUN_SPEAKS = re.compile(
    r"\b(?:he|she|they)\s+(?:\w+\s+)?(?:said|told|replied|wrote|added|posted|declared)\b"
)
_AFTER_PREPOSITION = re.compile(
    r"\b(?:with|to|from|about|by|for|of|on|against|at)\s+(?:[A-Za-z][\w.'’-]*\s+){0,6}$"
)
"""Before a name, a preposition and the words of a title: the name is no subject ("with Ugandan President ")."""
_LIVE_STAMP = re.compile(
    r"\s*(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,5})?\s*", re.IGNORECASE
)
"""A live blog's entry time on a line of its own: "2.30pm", "14:05", "9 a.m. EST"."""
_NOT_THAT_DAY = re.compile(
    r"\b(?:will|would|shall|is to|are to|due|expected|plans?|next|last met|first met|previously|earlier this|"
    r"ago|in the past|had (?:\w+ )?(?:met|signed|held|visited))\b",
    re.IGNORECASE,
)
"""A clause of a live entry about another day: one to come, or one before."""
_POST_NOMINALS = frozenset(
    {
        "MP",
        "QC",
        "KC",
        "OBE",
        "MBE",
        "CBE",
        "KBE",
        "DBE",
        "MLA",
        "MPP",
        "MNA",
        "MSP",
        "MEP",
        "TD",
        "JP",
        "PhD",
    }
)
"""Letters written after a name, no part of it: "Liam Cotterell MP", "Dame Ann Keane DBE"."""
_STATE_WORDS = frozenset(
    {
        "Republic",
        "Kingdom",
        "Sultanate",
        "Emirate",
        "Federation",
        "Commonwealth",
        "Principality",
        "Duchy",
        "State",
    }
)
"""The head of a country's formal name: "the Republic of Kazakhstan", "the Kingdom of Morocco"."""


class Analysis:
    """An article's sentences, people, things and tags, which do not depend on the publication date."""

    def __init__(self, run: _Run) -> None:
        self._run = run

    def extract(self, reference: date | None) -> Story:
        """The same fragment as ``Extractor.extract`` at ``reference``, without reading the article again."""
        return self._run.fork(reference).finish()


class _Run:
    """State of one extraction."""

    def __init__(self, ex: Extractor, doc: str, clean: CleanArticle, reference: date | None) -> None:
        self.ex = ex
        self.vocab = ex.vocab
        self.doc = doc
        self.clean = clean
        self.text = clean.text
        self.reference = reference
        self.people: dict[str, _Person] = {}
        self.things: dict[str, _Thing] = {}
        self.events: list[_Event] = []
        self.quotes: list[_Quote] = []
        self.paraphrases: list[_Event] = []
        self.sentences: list[Sentence] = []
        self.quote_spans: list[tuple[int, int]] = []
        self.para_quotes: dict[int, list[QuoteSpan]] = {}
        """Each paragraph's quotations, read once by analyse (headings have none)."""
        self.tags: dict[tuple[int, int], list[_Tag]] = {}
        self.last_subject: str | None = None
        self.other_subject: str | None = None
        """Who the last sentence named while "he" or "she" stayed its subject: who the other pronoun is."""
        self.genders: dict[str, str] = {}
        """People an opening "he" or "she" referred to, with that pronoun."""
        self.last_agreement: str | None = None
        self.country_counts: Counter[str] = Counter()
        self.seen_sentences: set[str] = set()
        self.token_index: dict[str, set[str]] = {}
        self.thing_alias: dict[str, str] = {}
        self.token_cache: dict[tuple[int, int], list[Token]] = {}
        self.word_cache: dict[tuple[int, int], frozenset[str]] = {}
        self.para_tokens: dict[int, list[Token]] = {}
        self.acronyms: dict[str, str] = {}
        self.acronym_re: re.Pattern[str] | None = None
        self.titles_alone: dict[str, str] = {}
        self.titled_cache: dict[tuple[int, int], list[_Titled]] = {}
        self.chunk_cache: dict[tuple[int, int], list[tuple[str, int]]] = {}
        self.folded: dict[int, _Event] = {}
        self.main_pair: tuple[str, ...] = ()
        # "Ma" written alone ("Ma told reporters"): a surname here, not "Ma." of "Ma. Cristina" (set by analyse)
        self.surname_abbreviations: frozenset[str] = frozenset()
        # A round of talks the article told was with a party outside its pair.
        self._talks_with_another = False
        # Days the story names with their weekday ("on Monday, September 14"), over a week before publication, where
        # they are told: the weeks its bare weekdays after them are of (set as the sentences are read).
        self.weekday_anchors: list[tuple[int, When]] = []

    # ------------------------------------------------------------------ pipeline

    def analyse(self) -> None:
        """The phases that do not read the reference: sentences, registries and tags."""
        self.surname_abbreviations = frozenset(f"{w}." for w in _ABBREVIATION_AS_WORD.findall(self.text))
        for index, para in enumerate(self.clean.paragraphs):
            if para.heading:
                continue
            quotes = self.para_quotes[index] = find_quotes(self.text, para.start, para.end)
            for q in quotes:
                self.quote_spans.append((q.start, q.end))
            self.sentences.extend(split_sentences(self.text, para.start, para.end, index, quotes))
        self._register_handles()
        self._register_people()
        self._coordinated()
        self._fold_title_tails()  # (again: a coordinated name may run a title into it)
        self._register_named_things()
        self.acronyms = {t.acronym: k for k, t in self.things.items() if t.acronym}
        self.acronym_re = (
            re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in self.acronyms) + r")(?![\w-])")
            if self.acronyms
            else None
        )
        self.titles_alone = self._titles_alone()  # (the people's titles are all registered by now)
        for sentence in self.sentences:
            self.tags[(sentence.start, sentence.end)] = self._tag(sentence)
        self.main_pair = self._main_pair()

    def fork(self, reference: date | None) -> _Run:
        """A run in the state ``analyse`` left, to finish at ``reference``; this run stays as it is.

        What the later phases change is copied (the people's and things' records, the events and
        quotations); the sentences, tokens and tags are shared, as nothing changes them after ``analyse``.
        """
        run = _Run(self.ex, self.doc, self.clean, reference)
        # Shared: what analyse built and nothing after it changes.
        run.sentences, run.quote_spans, run.tags = self.sentences, self.quote_spans, self.tags
        run.para_quotes = self.para_quotes
        run.token_cache, run.para_tokens, run.word_cache = self.token_cache, self.para_tokens, self.word_cache
        run.titled_cache, run.chunk_cache = self.titled_cache, self.chunk_cache
        run.token_index, run.thing_alias = self.token_index, self.thing_alias
        run.acronyms, run.acronym_re, run.main_pair = self.acronyms, self.acronym_re, self.main_pair
        run.titles_alone = self.titles_alone
        run.surname_abbreviations = self.surname_abbreviations
        run.country_counts = self.country_counts
        run.last_subject, run.last_agreement = self.last_subject, self.last_agreement
        run.other_subject, run.genders = self.other_subject, dict(self.genders)
        # Copied: what the later phases change.
        run.people = {key: _copy_person(person) for key, person in self.people.items()}
        run.things = {key: _copy_thing(thing) for key, thing in self.things.items()}
        run.seen_sentences = set(self.seen_sentences)
        run.folded = dict(self.folded)
        return run

    def finish(self) -> Story:
        """The phases that read the reference: events, quotations and the fragment."""
        for sentence in self.sentences:
            self._events_in(sentence)
        self._date_live_entries()
        self._quotes()
        self._tidy_events()
        return self._fragment()

    def _date_live_entries(self) -> None:
        """A live blog's entries, each under its time ("2.30pm"): what an entry tells with no day of its own ("is
        under way ..., after a four-eyes meeting between Hisham and Bambang") happened on the page's day, not in a
        clause about what is to come or what came before."""
        if self.reference is None:
            return
        # (the first entry's time may have been read as a label above the story)
        lines = [(p.start, p.end) for p in self.clean.paragraphs] + [
            (start, end) for start, end, why in self.clean.dropped if why == "section label"
        ]
        stamps = sorted((s, e) for s, e in lines if _LIVE_STAMP.fullmatch(self.text, s, e))
        if len(stamps) < 2:
            return
        for event in self.events:
            stamp = next(((s, e) for s, e in reversed(stamps) if s < event.start), None)
            if (
                event.when is not None
                or stamp is None
                or event.relation is not None
                or _NOT_THAT_DAY.search(event.text)
                or event.type is EventType.VISIT
            ):
                continue
            told = " ".join(self.text[stamp[0] : stamp[1]].split())
            event.when = When(
                self.reference,
                self.reference,
                Precision.DAY,
                told,
                self.reference,
                "a live blog's entry of that time, on the publication day",
            )

    # ------------------------------------------------------------------ registries

    def _register_handles(self) -> None:
        # the handles the page's signature lines tie to names, and the posts signed for an institution (once each)
        signers = dict.fromkeys(
            [(h.name, h.handle) for h in self.clean.handles]
            + [(p.name, p.handle) for p in self.clean.posts if _signed_for(p.name) is not None]
        )
        for signer, handle in signers:
            if signer.isupper() or " " not in signer:
                continue
            # "Embaixada do Brasil em Jacarta / Amb. Ana Luíza Marcondes": an institution's account, signed by the
            # person who holds the office
            title, name = _signed_for(signer) or (None, signer)
            person = self._person(name, title, None)
            person.handles.add(handle.lower())

    def _untitled_person(self, name: str, at: int, country: str | None, opens: bool = False) -> None:
        """A person named without a title, where the first word is a given name and no word names anything else."""
        words = name.split()
        before = self.text[max(0, at - 30) : at].split() if not opens else []
        if (
            words[0] not in self.vocab.given_names
            or words[0].lower() in SURNAME_PARTICLES  # "Al Falasi said": a surname, of more than one person
            # not part of a longer name or a titled one: "President Ricardo Ernesto Alfaro Menjívar of El Salvador"
            or (before and before[-1][:1].isupper() and not before[-1].endswith((",", ";", ":", ".")))
            or self._in_quote(at)
            or any(self._vocab_word(w) or w.lower() in _NOT_NAMES for w in words[1:])
            or self.vocab.country_of(name) is not None
            or name in self.vocab.places
        ):
            return
        self._person(name, None, country)

    def _person(self, name: str, title: str | None, country: str | None) -> _Person:
        if name.endswith(("'s", "’s")):
            name = name[:-2]  # "US President Donald Trump's envoy": the name, not its possessive
        while " " in name and name.rsplit(" ", 1)[1] in _POST_NOMINALS:
            name = name.rsplit(" ", 1)[0]  # "— Liam Cotterell MP (@LiamCotterellMP)": letters after the name
        key = self._resolve_name(name) or name_key(name)
        person = self.people.get(key)
        if person is None:
            person = _Person(key=key)
            self.people[key] = person
            for token in name_key(name).split():
                if _indexed(token):
                    self.token_index.setdefault(token, set()).add(key)
        person.names[name] += 1
        # "the foreign ministers, A and B": no one's title ("President of the Council of Ministers" is one's)
        if title and not _PLURAL_TITLE.search(title.lower().split(" of ")[0]):
            person.titles.append(title)
        if country and person.country is None:
            person.country = country
        return person

    def _resolve_name(self, name: str) -> str | None:
        """A full name already registered that this (possibly partial) name refers to."""
        key = name_key(name)
        if key in self.people:
            return key
        tokens = key.split()
        candidates: set[str] | None = None
        for token in tokens:
            if not _indexed(token):
                continue
            found = self.token_index.get(token, set())
            candidates = found if candidates is None else candidates & found
        if candidates and len(candidates) == 1:
            only = next(iter(candidates))
            if len(tokens) == 1 or set(tokens) <= set(only.split()) or len(only.split()) >= len(tokens):
                return only
        if candidates is not None and not candidates and len(tokens) == 2:
            # "Mr Tavarez Lobo" in a story of Miguel Tavares Lobo: one word of two misspelt by a letter.
            return self._one_letter_off(tokens)
        return None

    def _one_letter_off(self, tokens: list[str]) -> str | None:
        known = [self.token_index.get(t) for t in tokens]
        if sum(k is not None for k in known) != 1:
            return None
        exact = next(k for k in known if k is not None)
        right = tokens[known.index(exact)]
        other = tokens[known.index(None)]
        if len(other) < 5 or len(exact) != 1:
            return None
        (only,) = exact
        if right not in only.split()[1:]:
            return None  # the word spelt right is a surname: "Erik Hanson" is not Erik Hansen
        # Not the given name: "Julio Ramos" is not Julia Ramos.
        near = [w for w in only.split()[1:] if w not in tokens and _a_letter_off(w, other)]
        return only if len(near) == 1 and near[0][:1] == other[:1] else None

    def _register_people(self) -> None:
        text = self.text
        # A photo's caption names the story's people in full ("Prime Minister Daher Omar Abdillahi of Djibouti")
        # and reports no event: read first for names, kept only for people the story itself names.
        captions = [
            sentence
            for start, end, why in self.clean.dropped
            if why == "photo caption"
            for sentence in split_sentences(text, start, end, -1)
        ]
        # and the headline, for the full names it gives ("LIVE: Indonesian President Bambang Wiranegara's state visit",
        # "Bambang" below); not a name of one word ("Conti Meets Chinese Counterpart Xu": the story says who Xu is)
        headlines = [
            sentence
            for start, end, why in self.clean.dropped
            if why == "title"
            for sentence in split_sentences(text, start, end, -1)
        ]
        signed = set(self.people)  # the writers of the page's posts, registered before (not the captions')
        for sentence in captions:
            self._register_in(sentence)
        before_headlines = set(self.people)
        for sentence in headlines:
            self._register_in(sentence)
        for key in set(self.people) - before_headlines:
            if all(w in SURNAME_PARTICLES for w in key.split()[:-1]):  # (nor "Al Dosari", "Van Der Merwe")
                self._forget_person(key)
        from_captions = set(self.people) - signed
        for sentence in self.sentences:
            self._register_in(sentence)
        if captions:
            body = {w for s in self.sentences for w in _WORDS.findall(text, s.start, s.end)}
            for key in [k for k in from_captions if k in self.people]:
                # Named in the story by a word of their own: the first word of a name, or a surname no one else
                # has ("Mohamed bin Zayed Al Nahyan" is not named by the story's "Abdullah bin Zayed").
                others = {w for k, p in self.people.items() if k != key for n in p.names for w in n.split()}
                words = {
                    w
                    for name in self.people[key].names
                    for i, w in enumerate(name.split())
                    if _indexed(w.lower()) and (i == 0 or w not in others)
                }
                if not words & body:
                    self._forget_person(key)  # only the caption names them
        self._fold_title_tails()
        self._complete_surnames()
        self._fold_singles()
        self._fold_middle_names()
        self._fold_compound_surnames()
        self._counterparts_office()

    def _counterparts_office(self) -> None:
        """ "Dhungel and his Indian counterpart Anirudh Venkataraghavan held talks": a counterpart with no title of their
        own holds the office of the one whose counterpart they are (a prime minister's is a prime minister), without
        its country."""
        if "counterpart" not in self.text:
            return
        for m in _AND_HIS_COUNTERPART.finditer(self.text):
            own = self._resolve_name(m.group("a"))
            other = self._resolve_name(m.group("b"))
            if own is None or other is None or own == other or self.people[other].titles:
                continue
            office = next(
                (
                    bare
                    for title in self.people[own].titles
                    if (bare := self._without_country(title))
                    and (_LEADER_TITLE.search(bare) or _MINISTER_END.search(bare))
                ),
                None,
            )
            if (
                office is None
                or self._country_in_title(office)
                or any(w[:1].islower() for w in office.split()[:1])
            ):
                continue
            self.people[other].titles.append(office)
            if self.people[other].country is None and (dem := m.group("dem")):
                self.people[other].country = self.vocab.country_of(dem)

    def _fold_compound_surnames(self) -> None:
        """ "Dr Mifsud Grech said" in a story of Clayton Mifsud Grech: a surname of two words after an honorific is
        the one full name of the article that ends with both words (not a given name's: "Ana Lopes" is no one's)."""
        for key in [k for k in self.people if len(k.split()) == 2]:
            if key not in self.people or key.split()[0].title() in self.vocab.given_names:
                continue
            fuller = [k for k in self.people if len(k.split()) >= 3 and k.endswith(f" {key}")]
            if len(fuller) == 1 and self._honoured_surname(key):
                self._fold_into(key, fuller[0])
                for token in key.split():
                    if _indexed(token):
                        self.token_index.setdefault(token, set()).add(fuller[0])

    def _fold_title_tails(self) -> None:
        """ "Malta's Minister for Health and Active Ageing Clayton Mifsud Grech" in a caption, without a comma: the
        last word of the title read as a first name. One person, when the article names "Clayton Mifsud Grech"
        with the title "Minister for Health and Active Ageing" in full (or the name was read with no title, and the
        other's ends with the word)."""
        for key in [k for k in self.people if len(k.split()) >= 3]:
            words = key.split()
            for cut in (1, 2):
                rest = " ".join(words[cut:])
                if len(words) - cut < 2 or rest not in self.people or rest == key:
                    continue
                head = " ".join(words[:cut]).lower()
                other = self.people[rest]
                titles = [
                    t
                    for t in self.people[key].titles
                    if f"{t} {head}".lower() in (o.lower() for o in other.titles)
                ]
                # or, with no title of its own ("Minister of Water and Sanitation Nokuthula Mbengashe" read as
                # "Sanitation Nokuthula Mbengashe"), the other's title ends with the word
                if not titles and not (
                    not self.people[key].titles and any(o.lower().endswith(f" {head}") for o in other.titles)
                ):
                    continue
                short = self._forget_person(key)
                short.titles = [t for t in short.titles if t not in titles]
                other.names.update({" ".join(n.split()[cut:]): c for n, c in short.names.items()})
                other.titles.extend(t for t in short.titles if t not in other.titles)
                other.notes.extend(short.notes)
                other.handles |= short.handles
                other.country = other.country or short.country
                break
        for person in self.people.values():
            # the same, when the later full name was read as the caption's person: one name and one title
            for name in [n for n in person.names if len(n.split()) >= 3]:
                words = name.split()
                rest, head = " ".join(words[1:]), words[0].lower()
                titles = [
                    t for t in person.titles if f"{t} {head}".lower() in (o.lower() for o in person.titles)
                ]
                if rest in person.names and titles:
                    person.names[rest] += person.names.pop(name)
                    person.titles = [t for t in person.titles if t not in titles]

    def _register_in(self, sentence: Sentence) -> None:
        """The people one sentence names, by every rule that finds them."""
        text = self.text
        chunk = text[sentence.start : sentence.end]
        for m in _NAME_OF_COUNTRY.finditer(chunk) if " of " in chunk else ():
            # "the two heads of government, Karim Hadj-Mokhtar of Algeria and Leila Haddar of Tunisia,": a person by a
            # given name, and the country they are of
            self._untitled_person(
                m.group("name"), sentence.start + m.start(), self.vocab.country_of(m.group("of"))
            )
        if (opening := _GIVEN_NAME_DOES.match(chunk)) is not None:
            # "Lotfi Hermassi sells olive oil and dates across the frontier": a sentence that opens with a person by a
            # given name, who does something
            self._untitled_person(opening.group("name"), sentence.start, None, opens=True)
        for m in _SAID_NAME_OF.finditer(chunk) if " of " in chunk else ():
            # '"...," said Mary Wanjiku of the Kenya Sugar Board': a person by a given name, and where they work
            if m.group("name").split()[0] in self.vocab.given_names and not self._in_quote(
                sentence.start + m.start()
            ):
                self._person(m.group("name"), None, None)
        for match in self._titled(sentence):
            name = self._clean_name(match.name, titled=True)
            if not name:
                continue
            if f"{match.name}." in _GIVEN_NAME_ABBREVIATIONS - self.surname_abbreviations and text.startswith(
                ".", match.name_start + len(match.name)
            ):
                # "Foreign Secretary Ma. Cristina Dela Peña-Soriano": the given name shortened; the name follows
                rest = _NAME_AFTER_ABBREVIATION.match(text, match.name_start + len(match.name))
                name = self._clean_name(rest.group(1), titled=True) if rest else None
                if not name:
                    continue
            if self._in_quote(match.name_start):
                self._person(name, None, None)
                continue
            title = match.title
            country = self._country_word(match.country_word) if match.country_word else None
            country = country or self._country_in_title(title)
            if country is None and (of := _OF_COUNTRY.match(text, match.end)) is not None:
                country = self.vocab.country_of(of.group(1))  # "President Marc-Antoine Esparon of Seychelles"
            if match.country_word and not match.country_possessive:
                title = f"{match.country_word} {title}"
            if _COUNTERPART.search(title) and not _is_real_title(title):
                title_text = f"{match.country_word + ' ' if match.country_word else ''}counterpart"
                self._person(name, None, country).notes.append(title_text)
                continue
            self._person(name, tidy_title(_strip_counterpart(title)), country)
            partner = _ELIDED_TITLE_PARTNER.match(text, match.end)
            if (
                partner is not None
                and match.country_possessive
                and (other := self.vocab.country_of(partner.group("country"))) is not None
                and other != country
                and (first := partner.group("name").split()[0]).lower() not in self.ex._title_words
                and not self._vocab_word(first)
                and not self._in_quote(partner.start())
            ):
                # "Peru's Foreign Minister A and Chile's B met ...": B holds the same office, of the other country
                self._person(partner.group("name"), tidy_title(match.title), other)
        for m in _PLURAL_APPOSITIVE.finditer(text, sentence.start, sentence.end) if ", " in chunk else ():
            # "The foreign ministers, Luz Marina Quintero de la Hoz of Colombia and Andrés Felipe Cevallos Moreno of
            # Ecuador, will meet ...": each is one, of their country ("the two leaders, A and B": no one's title).
            each = None if m.group("title") == "leaders" else _singular_title(m.group("title"))
            for part, where, owner in (("a", "ca", "pa"), ("b", "cb", "pb")):
                name = self._clean_name(m.group(part), titled=True)
                stated = m.group(where) or m.group(owner)
                country = self.vocab.country_of(stated) if stated else None
                if name and not self._in_quote(m.start()):
                    self._person(name, each, country)
        for raw_name, title, country in self._appositives(sentence):
            name = self._clean_name(raw_name, titled=True)
            if name and not self._in_quote(sentence.start):
                # "Zurab Mchedlishvili, and the chairman of Armenia's State Revenue Committee, Arsen Khachikyan": the
                # words after "and" are the next person's title, not this one's
                own = title.startswith("and ")
                self._person(name, None if own else tidy_title(title), None if own else country)
        for name in self._honoured(sentence):
            if self._resolve_name(name) is None:
                self._person(name, None, None)
        for m in _SINGLE_NAME.finditer(chunk):
            word = m.group("name")
            if (
                self._resolve_name(word) is None
                and not self._vocab_word(word)
                and word.lower() not in _NOT_NAMES
                and word.lower() not in self.ex._org_heads  # "the Commission's midday briefing"
                and not self._part_of_a_name(sentence.start + m.start())  # "Hyundai Rotem's defense division"
                and not self._in_quote(sentence.start + m.start())
                and word not in self.vocab.given_names
            ):
                self._person(word, None, None)
        for m in _AGED.finditer(chunk) if ", " in chunk else ():
            # "For Rafiqul Islam Mridha, 34, from Chauddagram, the change comes too late": a name with an age
            name = self._clean_name(m.group("name"))
            if name and len(name.split()) >= 2 and not self._in_quote(sentence.start + m.start("name")):
                self._person(name, None, None)
        for name in [*self._subjects_of_verbs(sentence), *self._objects_of_verbs(sentence)]:
            if self._resolve_name(name) is None and not self._vocab_word(name):
                self._person(name, None, None)

    def _complete_surnames(self) -> None:
        """A person known so far by a surname alone ("Ms. Rahim said ...") whose full name the article writes in a
        form no other rule reads ("Vivvian Low and Nurul Rahim co-chaired ..."): the person is the full name, when
        the article gives one full name for that surname."""
        singles = {key: person for key, person in self.people.items() if _surname_only(key)}
        if not singles:
            return
        found: dict[str, set[str]] = {}
        for sentence in self.sentences:
            tokens = self._tokens(sentence)
            for i in range(1, len(tokens)):
                surname = strip_possessive(tokens[i].text)
                key = name_key(surname)
                if (
                    key not in singles
                    and key in SURNAME_PARTICLES
                    and i + 1 < len(tokens)
                    and self._joined(tokens[i], tokens[i + 1])
                ):
                    # "Dalia Al Mutairi ... Al Mutairi said": a surname with its particle.
                    surname = f"{tokens[i].text} {strip_possessive(tokens[i + 1].text)}"
                    key = name_key(surname)
                if key not in singles:
                    continue
                given = tokens[i - 1]
                if (
                    self._joined(given, tokens[i])
                    and self._name_token(tokens, i - 1)
                    and given.text.rstrip(".") not in self.ex._honorifics
                    and given.text not in _SECOND_HONORIFICS
                    and len(given.text.rstrip(".")) > 1
                    and (i > 1 or given.text in self.vocab.given_names)
                    and not self._in_quote(given.start)
                    and not any(self._vocab_word(part) for part in given.text.split("-"))
                    and not self._vocab_word(f"{given.text} {surname}")  # "New Zealand", "Al Wakrah"
                ):
                    found.setdefault(key, set()).add(f"{given.text} {surname}")
        for key, names in found.items():
            if len(names) != 1:
                continue  # two people with this surname: which one is "Ms. Rahim" is not known
            (full,) = names
            known = self._resolve_name(full)
            if known not in (None, key) and (known is None or key not in known.split()):
                continue
            short = self._forget_person(key)
            # The full name may be a person already ('"...," said Wulan Hartono.'): "Ms. Hartono" is that person.
            person = (
                self.people[known]
                if known and known in self.people
                else self._person(full, None, short.country)
            )
            person.country = person.country or short.country
            person.names.update(short.names)
            person.titles.extend(short.titles)
            person.notes.extend(short.notes)
            person.handles |= short.handles

    def _fold_middle_names(self) -> None:
        """ "President Daniel Rotich" in a caption, "President Daniel Kiprono Rotich" in the story, "Dr. Abdirahman H.
        Farah" signing a post: one person, the same first and last names with a middle name or its initial, when one
        fuller name of the article fits."""
        for key in [k for k in self.people if " " in k]:
            if key not in self.people:
                continue
            words = key.split()
            fuller = [
                k
                for k in self.people
                if k != key
                and len(k.split()) >= len(words)
                and k.split()[0] == words[0]
                and k.split()[-1] == words[-1]
                and _middle_names_fit(words[1:-1], k.split()[1:-1])
            ]
            if len(fuller) == 1:
                self._fold_into(key, fuller[0])
                for token in words:
                    if _indexed(token):
                        self.token_index.setdefault(token, set()).add(fuller[0])

    def _forget_person(self, key: str) -> _Person:
        """Take a person out of the registry and its name index, to fold into another."""
        short = self.people.pop(key)
        for keys in self.token_index.values():
            keys.discard(key)
        return short

    def _fold_singles(self) -> None:
        """ "PM Kang secures ..." before "Prime Minister Kang Min-jae": a one-word name met before the full name
        is that person, when exactly one full name of the article holds the word."""
        for key in [k for k in self.people if " " not in k and _indexed(k)]:
            fuller = [k for k in self.people if " " in k and key in k.split()]
            if len(fuller) != 1 or not _same_office(self.people[key].titles, self.people[fuller[0]].titles):
                continue  # "President Lee" is not "Samsung chairman Lee Jae-yong"
            self._fold_into(key, fuller[0])
        # "Al Kuwary also called on ..." in an article that names "Sheikh Abdullah bin Nasser Al Kuwari": a surname
        # alone, misspelt, is the one full name whose surname it nearly is.
        for key in [k for k in self.people if _surname_only(k)]:
            if key not in self.people:
                continue  # folded into another already
            surname = key.split()[-1]
            if len(surname) < 5:
                continue
            titles = self.people[key].titles
            near = [
                k
                for k in self.people
                if k != key
                and k.split()[-1] != surname
                and (
                    _spelling_variant(k.split()[-1], surname)
                    # "Mr Tuhaike" in a story of Stanley Tuhaika: a person by surname, one letter off
                    or (
                        k.split()[-1][:1] == surname[:1]
                        and fuzz.ratio(k.split()[-1], surname) >= 80
                        and not titles
                        and self._honoured_surname(key)
                    )
                    # "Minister Al-Mutari" in a story of Minister Abdulaziz Al-Mutairi: titled, one letter off
                    or (titles and not _surname_only(k) and _a_letter_off(k.split()[-1], surname))
                )
                and (not titles or _same_office(titles, self.people[k].titles))
                and (
                    self.people[k].country is None
                    or self.people[key].country in (None, self.people[k].country)
                )
                and (not _surname_only(k) or (titles and self.people[k].titles))  # two surnames: both titled
            ]
            if len(near) != 1:
                continue
            (other,) = near
            if _surname_only(other) and sum(self.people[other].names.values()) < sum(
                self.people[key].names.values()
            ):
                key, other = other, key  # "Abdilahi" once, "Abdillahi" thrice: the spelling used more
            self._fold_into(key, other)
            # Its later mentions find the person.
            self.token_index.setdefault(key.split()[-1], set()).add(other)

    def _honoured_surname(self, key: str) -> bool:
        """The article writes the name after an honorific ("Mr Tuhaike"), as it writes a person's surname.

        Without a pattern made of the names: such patterns, one per person, filled the re module's cache of 512
        compiled patterns with ones never used again (about 1.5 MiB at the 10,000-article ingest's peak)."""
        text = self.text
        for name in self.people[key].names:
            at = text.find(name)
            while at >= 0:
                after = at + len(name)
                if (after == len(text) or not (text[after].isalnum() or text[after] == "_")) and (
                    self.ex._honorific_before.search(text, max(0, at - 24), at)
                ):
                    return True
                at = text.find(name, at + 1)
        return False

    def _fold_into(self, key: str, full: str) -> None:
        short = self._forget_person(key)
        person = self.people[full]
        person.names.update(short.names)
        person.titles.extend(t for t in short.titles if t not in person.titles)
        person.notes.extend(short.notes)
        person.handles |= short.handles
        person.country = person.country or short.country

    def _clean_name(self, raw: str, titled: bool = False) -> str | None:
        """``raw`` without the vocabulary words around the name; ``titled``: it follows a title or is described
        by one ("Foreign Minister Gusstavo Medina"), so a place's name after any unknown word is a surname."""
        tokens = raw.replace("’", "'").split()
        while (
            len(tokens) > 1
            and tokens[0].rstrip(".") in self.ex._honorifics
            and tokens[0] not in _DOTTED_ONLY
            and self.ex._countries.get(" ".join(tokens[:2])) is None  # not "Sri Lanka"
        ):
            tokens.pop(0)  # "Ntate Ramakoae told the gathering": an honorific, no part of the name
        if len(tokens) > 1 and tokens[0] == "Seri":
            tokens.pop(0)  # "Datuk Seri Anwar said": the second word of the honorific
        while tokens and (self._vocab_word(tokens[-1]) or tokens[-1].lower() in _NOT_NAMES):
            if self._place_as_surname(tokens, titled):
                break  # "Gustavo Medina", "Yael Golan": a first name and nothing else before a place's name
            tokens.pop()
        while (
            tokens
            and (self._vocab_word(tokens[0]) or tokens[0].lower() in _NOT_NAMES)
            and not (tokens[0] in self.vocab.given_names and len(tokens) > 1)  # "Sofia Herrera"
            and not (titled and self._given_name_first(tokens))  # "President He Haoran"
        ):
            tokens.pop(0)
        if not tokens or all(len(t.rstrip(".")) <= 1 for t in tokens):
            return None
        if tokens[-1] in _STATE_WORDS and len(tokens) > 1:
            return None  # "the Lao People's Democratic Republic": a country's formal name, no one's
        name = " ".join(tokens)
        if self.ex._countries.get(name) is not None:
            return None  # "the Central Bank of Sri Lanka, Ruwan Kodithuwakku": a country, no one's name
        return name if not name.isupper() else None

    def _place_as_surname(self, tokens: list[str], titled: bool = False) -> bool:
        """The last word names a place (not a country, month or title) and only first names come before it (or,
        after a title, words that name nothing else)."""
        last = tokens[-1].rstrip(".,")
        return (
            len(tokens) >= 2
            and all(
                t in self.vocab.given_names
                or (
                    titled
                    and t[:1].isupper()
                    and not self._vocab_word(t)
                    and t.lower() not in _NOT_NAMES
                    and t.lower() not in self.ex._head_words
                    and t.lower() not in self.ex._modifier_words
                )
                for t in tokens[:-1]
            )
            and last in self.vocab.places
            and self.vocab.country_of(last) is None
            and last.lower() not in _MONTH_AND_DAY_WORDS
            and last.lower() not in _TITLE_WORDS
        )

    def _vocab_word(self, word: str) -> bool:
        return self.ex.vocab_word(word)

    def _country_word(self, word: str | None) -> str | None:
        return self.vocab.country_of(word) if word else None

    def _formal_country_end(self, tokens: list[Token], k: int) -> int | None:
        """ "Republic of Kazakhstan", "United Republic of Tanzania", "Kingdom of Morocco": a country's formal name
        from token ``k``; the index after it."""
        n = len(tokens)
        m = k
        while m < n and m - k < 3 and tokens[m].capitalised and tokens[m].text not in _STATE_WORDS:
            m += 1  # "United", "Federal Democratic", "Islamic"
        if not (m + 2 < n and tokens[m].text in _STATE_WORDS and tokens[m + 1].text == "of"):
            return None
        m += 2
        if tokens[m].text == "the" and m + 1 < n:
            m += 1
        for size in (2, 1):
            # a country's name, not its demonym: "the Federation of Nepalese Exporters" is no country
            if m + size <= n and " ".join(t.text for t in tokens[m : m + size]) in self.vocab.country_words:
                return m + size
        return None

    def _country_in_title(self, title: str) -> str | None:
        found = self.ex._countries.find(title, tokenize(title))
        return found[0][2] if found else None

    def _opens_name(self, lo: int, at: int) -> bool:
        """The word at ``at`` is a name's first: no capitalised word but a title's before it (not "Donald Trump
        \"Gold\" Card": the nickname goes after a first name)."""
        before = _WORD_BEFORE_NAME.search(self.text, max(lo, at - 40), at)
        if before is None:
            return True
        word = before.group(1)
        low = word.lower()
        return (
            not word[:1].isupper()
            or low in _TITLE_WORDS
            or low in self.ex._head_words
            or low in self.ex._modifier_words
            or self.vocab.country_of(word) is not None
        )

    def _tokens(self, sentence: Sentence) -> list[Token]:
        key = (sentence.start, sentence.end)
        tokens = self.token_cache.get(key)
        if tokens is None and sentence.paragraph < 0:
            tokens = self.token_cache[key] = tokenize(self.text, sentence.start, sentence.end)  # a caption's
        if tokens is None:
            para = self.clean.paragraphs[sentence.paragraph]
            words = self.para_tokens.get(sentence.paragraph)
            if words is None:
                words = tokenize(self.text, para.start, para.end)
                if _NICK_HINT.search(self.text, para.start, para.end):
                    # 'Raila "Baba" Odinga': the nickname is no word of the name (``_joined`` steps over it).
                    nicknames = [
                        m.span("nick")
                        for m in _NICKNAME.finditer(self.text, para.start, para.end)
                        if self._opens_name(para.start, m.start())
                    ]  # "Desmond 'Patty King' Morrison-Hall": each word of the nickname
                    words = [w for w in words if not any(a <= w.start < b for a, b in nicknames)]
                self.para_tokens[sentence.paragraph] = words
            lo = bisect_left(words, sentence.start, key=lambda t: t.start)
            hi = bisect_left(words, sentence.end, key=lambda t: t.start)
            tokens = words[lo:hi]
            self.token_cache[key] = tokens
        return tokens

    def _words(self, sentence: Sentence) -> frozenset[str]:
        """The ``lower`` of each of the sentence's tokens: a cheap test before a pass over its tokens that reads only
        some words (most sentences hold none of them)."""
        key = (sentence.start, sentence.end)
        words = self.word_cache.get(key)
        if words is None:
            words = self.word_cache[key] = frozenset([t.lower for t in self._tokens(sentence)])
        return words

    def _titled(self, sentence: Sentence) -> list[_Titled]:
        """People named after a title: "US Secretary of War Pete Hegseth", "commerce minister Piyush Goyal"."""
        key = (sentence.start, sentence.end)
        cached = self.titled_cache.get(key)
        if cached is not None:
            return cached
        text = self.text
        heads, modifiers = self.ex._head_words, self.ex._modifier_words
        found: list[_Titled] = []
        if self._words(sentence).isdisjoint(heads):
            self.titled_cache[key] = found  # (each title below opens with a head word)
            return found
        tokens = self._tokens(sentence)
        n = len(tokens)
        for i, tok in enumerate(tokens):
            if tok.lower not in heads or tok.text.endswith(("s’", "s'", "’s", "'s")):
                continue
            j = i + 1
            if tok.lower in _ENVOYS and _EXTRAORDINARY.match(text, tok.end):
                # "Ambassador Extraordinary and Plenipotentiary of Japan to Mongolia Masako Tsujimoto": the rank is
                # the title's
                j = next((k for k in range(j, n) if tokens[k].lower == "plenipotentiary"), j - 1) + 1
            foreign = tok.lower in _FOREIGN_HEADS
            if foreign and self._foreign_title_names_a_place(tokens, i):
                continue
            links = _FOREIGN_LINKS if foreign else _ENVOY_LINKS if tok.lower in _ENVOYS else ("of", "for")
            # "Minister of State for External Affairs": each "of" or "for" and the words it brings; "ministro de
            # Comercio Exterior", "Bundesminister für Wirtschaft".
            while (
                j + 1 < n
                and tokens[j].text in links
                and adjacent(text, tokens[j - 1], tokens[j])
                # "Ambassador to San Marino", "envoy to Kenya"; not "an envoy to Goma, North Kivu, to meet"
                and (
                    tokens[j].text != "to"
                    or tok.capitalised
                    or self.ex._countries.get(tokens[j + 1].text) is not None
                )
                # "High Commissioner in Dhaka, Datin Paduka Noraini Mat Salleh,": where the envoy serves
                and (
                    tokens[j].text != "in"
                    or (tok.capitalised and self.vocab.places.get(tokens[j + 1].text) is not None)
                    or self.ex._countries.get(tokens[j + 1].text) is not None
                )
            ):
                k = j + 1
                if k < n and tokens[k].text == "the":
                    k += 1
                formal = self._formal_country_end(tokens, k) if tokens[j].text == "of" else None
                if formal is not None:
                    j = formal  # "Minister of Water Resources of the Republic of Kazakhstan Nurlan Beisembayev"
                    continue
                start_k = k
                given = self.vocab.given_names
                while (
                    k < n
                    and k - start_k < 8
                    and (
                        adjacent(text, tokens[k - 1], tokens[k])
                        or (  # "Minister of Trade, Industry and Energy", "Secretary for Investments, Trade and ..."
                            text[tokens[k - 1].end : tokens[k].start] == ", "
                            and _portfolio_word(tokens[k - 1].lower, modifiers)
                            and (
                                _portfolio_word(tokens[k].lower, modifiers)
                                or (tokens[k].capitalised and self._named_after_portfolio(tokens, k))
                            )
                        )
                    )
                    and (
                        _portfolio_word(tokens[k].lower, modifiers)
                        or tokens[k].text == "and"
                        or (
                            # A portfolio word no list knows opens the portfolio or follows "and" ("of Heritage",
                            # "Fisheries and Oceans"); after a known one it is the name's first word ("Minister of
                            # Defence Pham Huu Phuoc"), unless the capitals run on to a comma and a name ("of
                            # Transport, Urban Mobility and Road Safety, Issiaka Kiendrebeogo,").
                            tokens[k].capitalised
                            and tokens[k].text.rstrip(".") not in self.ex._honorifics
                            and (
                                (
                                    (k == start_k or tokens[k - 1].text in ("and", "&"))
                                    and tokens[k].text not in given
                                    and self._capitals_after(tokens, k + 1) >= 2
                                )
                                # (a given name too: "Ambassador to San Marino, Paola Montefiori,")
                                or self._named_after_portfolio(tokens, k)
                                # "President of the Council of Ministers": a body's name with an "of" of its own
                                or (
                                    k == start_k
                                    and k + 2 < n
                                    and tokens[k].lower in _BODY_HEADS
                                    and tokens[k + 1].text == "of"
                                    and tokens[k + 2].capitalised
                                )
                                # "Ambassador of Japan to Mongolia Masako Tsujimoto": the country that sends the
                                # envoy, then where to
                                or (
                                    k == start_k
                                    and links is _ENVOY_LINKS
                                    and k + 1 < n
                                    and tokens[k + 1].text in ("to", "in")
                                    and self.ex._countries.get(tokens[k].text) is not None
                                )
                            )
                        )
                    )
                ):
                    k += 1
                if (
                    k < n
                    and tokens[k].capitalised
                    and tokens[k].text not in given
                    and not _JOINED_INITIAL.match(tokens[k].text)  # "of Mongolia B.Tsetsegmaa": the name
                ):
                    # "Director General of the Nepal Bureau of Standards and Metrology Keshav Timsina": a body's
                    # name, in capitals, runs on to the given name that opens the person's
                    m = k
                    while (
                        m < n
                        and m - start_k < 12
                        and adjacent(text, tokens[m - 1], tokens[m])
                        and (tokens[m].capitalised or tokens[m].text in ("and", "of", "for", "&"))
                        and tokens[m].text not in given
                    ):
                        m += 1
                    if (
                        m + 1 < n
                        and tokens[m].text in given
                        # (a body's name: not "Minister Nguyen Thi Lan Huong", a name of four words)
                        and any(t.lower in self.ex._org_heads for t in tokens[k:m])
                        and tokens[m - 1].capitalised
                        and adjacent(text, tokens[m - 1], tokens[m])
                        and self._name_token(tokens, m + 1)
                    ):
                        k = m
                    elif (
                        m - 3 >= k
                        and tokens[m - 3].lower in self.ex._org_heads
                        and all(
                            _is_name_word(t.text)
                            and not self._vocab_word(t.text)
                            and t.lower not in self.ex._org_heads
                            for t in tokens[m - 2 : m]
                        )
                        and (m == n or not tokens[m].capitalised)
                    ):
                        # "... of the Bangladesh Standards and Testing Institution Farhana Patwary signed"
                        k = m - 2
                if k == start_k:
                    break
                j = k
            title_end = tokens[j - 1].end
            # "ministre de l'Énergie, de l'Hydraulique et des Hydrocarbures, Aïssatou Sow Kourouma,", "ministro de
            # Agricultura, Pesca y Alimentación, Ignacio Garmendia Ugalde,", "secretaria general de Pesca, Mercedes
            # Azcárate Pombo,": the words up to the name are the title's
            apposed = self._after_foreign_title(tokens, i + 1) if foreign else None
            if (
                apposed is None
                and j < n
                and tokens[j].lower in self.ex._title_words
                and not (
                    tokens[j].text in self.vocab.given_names and j + 1 < n and self._name_token(tokens, j + 1)
                )
            ):
                continue  # a chained title: the next head names the person
            j = self._past_honorifics(tokens, j)
            if (
                j + 2 < n
                and tokens[j].capitalised
                and self._vocab_word(tokens[j].text)
                and self._country_word(tokens[j].text) is None
                and self._joined(tokens[j], tokens[j + 1])
                and self._joined(tokens[j + 1], tokens[j + 2])
                and _is_name_word(tokens[j + 1].text)
                and _is_name_word(tokens[j + 2].text)
                and not self._vocab_word(tokens[j + 1].text)
            ):
                j += 1  # "Chief Minister Punjab Maryam Nawaz": the place is the portfolio's
                title_end = tokens[j - 1].end
            names = self._name_run(tokens, j, titled=True)
            if (
                len(names) >= 3
                and names[0].text.endswith("s")
                and names[0].text not in self.vocab.given_names
                and j > 0
                and self._country_word(tokens[j - 1].text)
                and adjacent(text, tokens[j - 1], names[0])  # not "of Equatorial Guinea, Crisantos Mba Nsue"
            ):
                # "Executive Director of the Federation of Kenya Employers Jacqueline Mugo": the body's last word
                title_end, names, j = names[0].end, names[1:], j + 1
            if names and any(c in text[tokens[j - 1].end : names[0].start] for c in '/:"“'):
                # "(Photo: Office of the President / Kevin Ramnauth)": a credit, not the President's name; 'Analyst:
                # "Now both ministries ...' (a live entry's heading): the first word of what the analyst says
                names = []
            j += len(names)
            if not names and j < n and text[tokens[j - 1].end : tokens[j - 1].end + 2] == ", ":
                # "Spain's Secretary General for Fisheries, Isabel Carrasco Muñoz, said": the name in apposition.
                at, named = self._apposed_name(tokens, j)
                if named:
                    names = named
                    j = at + len(named)
            if apposed is not None:
                title_end, names, j = apposed
            if not names:
                continue
            if (
                len(names) <= 2
                and _PORTFOLIO_LINK.search(text, tok.end, names[0].start)
                and not any(t.text in self.vocab.given_names for t in names)
            ):
                # "Minister for Economic Cooperation, Katrin Albers,", "... Cooperation and Development, Katrin
                # Albers": the word was the portfolio's; the name follows the comma (not "President Prabowo, Sri
                # Mulyani Indrawati, and ...").
                at = self._portfolio_end(tokens, j)
                if at < n and text[tokens[at - 1].end : tokens[at - 1].end + 1] == ",":
                    at, named = self._apposed_name(tokens, at)
                    if named:
                        title_end, names = tokens[at - 1].end, named
                        j = at + len(named)
            if (
                len(names) == 1
                and text.endswith((" and ", " & "), 0, names[0].start)
                and _PORTFOLIO_LINK.search(text, tok.end, names[0].start)
            ):
                continue  # "Minister of Agriculture, ..., Water and Wildlife.": the portfolio's last word, no name
            if j < n and adjacent(text, tokens[j - 1], tokens[j]) and tokens[j].capitalised:
                continue  # "… Informal Meeting": the capitals run on into a longer proper noun
            if names[-1].lower in self.ex._org_heads:
                continue  # "president of the American Coffee Roasters Alliance": an organisation's name
            if self._name_goes_on(tokens, j):
                continue  # "Economic Cooperation and Development", "Banana Growers and Exporters Association"
            k = i - 1
            country_word: str | None = None
            country_possessive = False
            while (
                k >= 0
                and (
                    adjacent(text, tokens[k], tokens[k + 1])
                    or (  # "trade, industry and energy minister Park Ji-hoon" (a list that ends with "and")
                        text[tokens[k].end : tokens[k + 1].start] == ", "
                        and _portfolio_word(tokens[k].lower, modifiers)
                        and _portfolio_word(tokens[k + 1].lower, modifiers)
                        and any(t.text == "and" for t in tokens[k + 1 : i])
                    )
                )
            ):
                word = tokens[k]
                is_country = self.ex._countries.get(word.text) is not None
                if not is_country and (
                    word.lower in modifiers or word.text in ("and", "&") or word.lower in heads
                ):
                    k -= 1
                    continue
                if (
                    not word.capitalised
                    and word.text.isalpha()
                    and word.lower not in self.ex._subject_verbs
                    and not any(
                        t.capitalised for t in tokens[k + 1 : i + 1]
                    )  # not "Burkina Faso met Prime Minister"
                    and any(self.ex._countries.get(tokens[b].text) for b in (k - 1, k - 2) if b >= 0)
                ):
                    k -= 1  # "Belgian river commissioner": a portfolio of no list, after a country word
                    continue
                # The country's name of one to four adjacent words ending here: "Congo's", "South Korea's",
                # "Trinidad and Tobago's", "Democratic Republic of Congo's"; the longest first.
                longest = 1
                while (
                    longest < 4
                    and k >= longest
                    and adjacent(text, tokens[k - longest], tokens[k - longest + 1])
                ):
                    longest += 1
                for size in range(longest, 0, -1):
                    candidate = " ".join(t.text for t in tokens[k - size + 1 : k + 1])
                    if self.ex._countries.get(candidate):
                        country_word = strip_possessive(candidate)
                        country_possessive = possessive(text, word)
                        k -= size
                        break
                break
            first = k + 1
            while first < i and tokens[first].text in ("and", "&"):
                first += 1
            title_start = first + len(country_word.split()) if country_word else first
            title = text[tokens[title_start].start : title_end] if title_start <= i else tok.text
            found.append(
                _Titled(
                    tokens[first].start,
                    names[-1].end,
                    " ".join(t.text for t in names),
                    names[0].start,
                    title,
                    country_word,
                    country_possessive,
                )
            )
            if tok.lower.endswith("s") and j + 1 < n and tokens[j].text == "and":
                # "Prime Ministers Kang Min-jae and Pham Quoc Thanh": the plural title names both.
                second = self._name_run(tokens, j + 1, titled=True)
                if len(second) >= 2:
                    found.append(
                        _Titled(
                            second[0].start,
                            second[-1].end,
                            " ".join(t.text for t in second),
                            second[0].start,
                            title[:-1] if title.endswith("s") else title,
                            country_word,
                            country_possessive,
                        )
                    )
        self.titled_cache[key] = found
        return found

    def _honoured(self, sentence: Sentence) -> list[str]:
        """Names after an honorific: "Mr Jang Young-soo", "Ms. Assefa"."""
        tokens = self._tokens(sentence)
        names = []
        for i, token in enumerate(tokens[:-1]):
            if token.capitalised and self._is_honorific(token):
                if self._is_honorific(tokens[i + 1]):
                    continue  # "Datuk Haji Anwar Ibrahim": the name follows the last honorific
                first = i + 2 if tokens[i + 1].text in _SECOND_HONORIFICS and i + 2 < len(tokens) else i + 1
                run = self._name_run(tokens, first, limit=3)
                after = first + len(run)
                if run and any(t.lower in _INSTITUTIONS for t in tokens[after : after + 2]):
                    # "at Sir Manasupe Haus", "Sir Seewoosagur Ramgoolam International Airport": named after someone
                    continue
                if (
                    run
                    and self._joined(tokens[first - 1], run[0])
                    and (first == i + 1 or self._joined(token, tokens[i + 1]))
                ):
                    name = self._clean_name(" ".join(t.text for t in run))
                    if name:
                        names.append(name)
        return names

    def _coordinated(self) -> None:
        """ "Hakan Arslan and James Dunmore, Australia's defence minister, held ...": both are people."""
        for sentence in self.sentences:
            if "and" not in self._words(sentence):
                continue  # (the rule reads the words around an "and")
            tokens = self._tokens(sentence)
            for i, token in enumerate(tokens):
                if token.text != "and" or i == 0 or i + 1 >= len(tokens):
                    continue
                start = i - 1
                while start > 0 and i - start < 3 and self._name_token(tokens, start - 1):
                    start -= 1
                left = self._name_run(tokens, start, limit=3)
                right = self._name_run(tokens, i + 1, limit=3)
                if left and left[-1] is not tokens[i - 1]:
                    left = []
                if left and start > 0 and tokens[start - 1].lower in _NOT_BEFORE_A_NAME:
                    continue  # "Minister for the Ecological Transition and ...", "in Santa Catarina and São Paulo"
                names = [" ".join(t.text for t in run) for run in (left, right) if len(run) >= 2]
                if len(left) >= 2 and not right and self._titled_partner(sentence, tokens, i + 1):
                    # "Zarina Zainal and NSA Benedict Tan held talks": the partner is a titled person.
                    cleaned = self._clean_name(names[0])
                    if cleaned and self._resolve_name(cleaned) is None and not self._vocab_word(cleaned):
                        self._person(cleaned, None, None)
                    continue
                if len(names) < 2 and not (
                    names
                    and (
                        (left and self._resolve_name(" ".join(t.text for t in right)))
                        or (right and self._resolve_name(" ".join(t.text for t in left)))
                    )
                ):
                    continue
                known = [self._resolve_name(n) for n in names]
                if any(known) or (len(names) == 2 and self._verb_follows(tokens, right)):
                    for name in names:
                        cleaned = self._clean_name(name)
                        if cleaned and self._resolve_name(cleaned) is None and not self._vocab_word(cleaned):
                            self._person(cleaned, None, None)

    def _titled_partner(self, sentence: Sentence, tokens: list[Token], first: int) -> bool:
        """A known person written with a title from ``tokens[first]``, with a verb after the name."""
        at = tokens[first].start
        for match in self._titled(sentence):
            if (
                match.start == at
                and self._resolve_name(self._clean_name(match.name, titled=True) or "") is not None
            ):
                last = [t for t in tokens if t.start < match.end]
                return bool(last) and self._verb_follows(tokens, last[-1:])
        return False

    def _objects_of_verbs(self, sentence: Sentence) -> list[str]:
        """Untitled names right after "met", "with", "counterpart": "last met Laura Bramley"."""
        names: list[str] = []
        words = self._words(sentence)
        if words.isdisjoint(_OBJECT_VERBS) and words.isdisjoint(_SAID_INVERTED) and "between" not in words:
            return names  # (the rule reads the words after these)
        tokens = self._tokens(sentence)
        for i, token in enumerate(tokens[:-1]):
            # '"Before, we crossed in two hours," said Jhon Fredy Cuastumal, a driver': the speaker after the quotation.
            inverted = token.lower in _SAID_INVERTED and _QUOTE_CLOSED.search(
                self.text, token.start - 4, token.start
            )
            weak = token.lower == "between"
            if token.lower not in _OBJECT_VERBS and not inverted and not weak:
                continue
            run = self._name_run(tokens, i + 1, limit=3)
            if inverted and run and not _NAME_ENDS.match(self.text, run[-1].end):
                continue
            if inverted and run and _ORG_CHANNEL_AFTER.match(self.text, run[-1].end):
                continue  # '"...," said Goldman Sachs in a note': a firm's note, not a person's words
            if len(run) >= 2 and self._joined(token, run[0]):
                name = self._clean_name(" ".join(t.text for t in run))
                if name and len(name.split()) >= 2 and (not weak or self._shown_a_person(name, given=False)):
                    names.append(name)
        return names

    def _shown_a_person(self, name: str, given: bool = True) -> bool:
        """The article shows ``name`` is a person's, not a team's, a region's or a firm's: its first word is a known
        given name (``given``; not a particle: "Al Ahly"), or its surname speaks alone elsewhere ("Beisembayev said",
        "said Beisembayev", "Mr Beisembayev"), or "he" or "she" says something right after it."""
        words = name.split()
        if given and words[0] in self.vocab.given_names and words[0].lower() not in SURNAME_PARTICLES:
            return True
        # the surname last, or first ("Lim Seo-yeon ... Lim said": the family name first)
        for word, before in ((words[-1], words[-2]), (words[0], "")):
            alone = re.escape(word) + (rf"(?! {re.escape(words[1])})" if not before else "")
            after = rf"(?<!{re.escape(before)} )" if before else ""
            if re.search(
                rf"(?:\b(?:said|says|told|added|asked)\s+|\b(?:Mr|Mrs|Ms|Dr)\.?\s+){after}{alone}\b"
                rf"|(?<![\w’'-]){after}{alone}(?:,[^,]{{1,60}},)?\s+(?:\w+ly\s+)?"
                r"(?:said|says|told|added|replied|wrote|noted|stressed|explained|insisted|argued|warned)\b",
                self.text,
            ):
                return True
        # "Hannes Kiviloo, who runs a haulage firm, was more upbeat. “...,” he said": told of as "he" or "she" before
        # anyone else is named (a firm or a reserve is no "he")
        return (
            re.search(
                # (another name between, not a body's: "Manjul Upreti, who teaches ... at Tribhuvan University, ...
                # “...,” he said")
                re.escape(name)
                + r"(?:(?![A-Z][a-z]+ (?!"
                + _BODY_WORDS_AFTER
                + r")[A-Z][a-z]+)[^\n]){0,250}?"
                r"\b(?:he|she)\s+(?:said|says|added|told)\b",
                self.text,
            )
            is not None
        )

    def _verb_follows(self, tokens: list[Token], run: list[Token]) -> bool:
        if not run:
            return False
        index = tokens.index(run[-1]) + 1
        while index < len(tokens) and tokens[index].lower in _ADVERBS:
            index += 1
        return index < len(tokens) and tokens[index].lower in self.ex._subject_verbs

    def _subjects_of_verbs(self, sentence: Sentence) -> list[str]:
        """Untitled names of two or three words right before a verb of speech or action: "Jane Doe said"."""
        verbs = self.ex._subject_verbs
        names: list[str] = []
        words = self._words(sentence)
        if words.isdisjoint(verbs) and words.isdisjoint(_SUBJECT_CUES):
            return names  # (the rule reads the words before these)
        tokens = self._tokens(sentence)
        for i, token in enumerate(tokens):
            if token.lower not in verbs and token.lower not in _SUBJECT_CUES:
                continue  # (a cheap test first: the rule below reads only these words)
            # A verb a team or a firm follows as often as a person, or "X, who runs ...": the article must show a
            # person (not "Eastern Cape received", "Ol Pejeta Conservancy, who manages the reserve").
            who_does = (
                token.lower == "who" and i + 1 < len(tokens) and tokens[i + 1].lower in _WHO_PERSON_VERBS
            )
            weak = token.lower in _EVIDENCE_VERBS or (who_does and not self._given_name_before(tokens, i))
            if (
                token.lower not in verbs
                and not self._and_counterpart(tokens, i)
                and not (
                    token.lower in ("who", "whose", "of", "from")
                    and self.text[token.start - 2 : token.start] == ", "
                    and (
                        self._given_name_before(tokens, i)
                        # "Knut Arne Sørvik, who leads the Norwegian Pelagic Vessel Owners' Association,"
                        or who_does
                    )
                    and (token.lower in ("who", "whose") or self._verb_after_comma(tokens, i))
                )
            ):
                # "Halima Guyo, who sells textiles ..., said": "who" is said of a person; so is "Tom Ellery, of the
                # campaign group Climate Coalition North, said".
                continue
            j = i - 1
            while j >= 0 and tokens[j].lower in _ADVERBS and not tokens[j].capitalised:
                j -= 1
            j = _before_time(tokens, j)
            run: list[Token] = []
            while (
                j >= 0
                # (a particle within the name does not count: "Amal bint Saud Al Habsi said")
                and len(run) - sum(1 for t in run if t.lower in SURNAME_PARTICLES) < 3
                and (
                    self._name_token(tokens, j)
                    or (
                        run
                        and tokens[j].text in _INNER_PARTICLES
                        and j > 0
                        and self._name_token(tokens, j - 1)
                        and self._joined(tokens[j - 1], tokens[j])
                    )
                )
                and (not run or self._joined(tokens[j], run[0]))
                # "Petropar's Insfrán said": whose the person is, not a word of the name
                and not (run and tokens[j].text.endswith(("'s", "’s")))
            ):
                run.insert(0, tokens[j])
                j -= 1
            if len(run) < 2 or run[-1].lower in COMPANY_WORDS or run[-1].lower in self.ex._org_heads:
                continue  # "Toyota Motor on Monday said": a company; "The European Commission found": a body
            before = self.text[max(sentence.start, run[0].start - 6) : run[0].start]
            if (
                j >= 0
                and not _SUBJECT_START.search(before)
                and tokens[j].text.rstrip(".") not in self.ex._honorifics
                # "vegetable seller Mariem Mint Ely said": who the speaker is, in lower case, before the name
                and not (tokens[j].text.islower() and _OCCUPATION.fullmatch(tokens[j].text) is not None)
            ):
                continue
            if _LIST_OF_PLACES.search(self.text, max(sentence.start, run[0].start - 120), run[0].start):
                continue  # "The governors of El Kef, Jendouba, Tébessa and Souk Ahras had met": the last of a list of places
            name = self._clean_name(" ".join(t.text for t in run))
            if name and len(name.split()) >= 2 and (not weak or self._shown_a_person(name)):
                names.append(name)
        return names

    def _part_of_a_name(self, at: int) -> bool:
        """The word at ``at`` follows a capitalised word that is no title: it ends a longer name ("Hyundai Rotem")."""
        before = _WORD_BEFORE.search(self.text, max(0, at - 30), at)
        if before is None:
            return False
        word = before.group(1)
        lower = word.lower()
        return (
            word[:1].isupper()
            and lower not in self.ex._head_words
            and lower not in self.ex._modifier_words
            and word.rstrip(".") not in self.ex._honorifics
            and not self.vocab.country_of(word)
        )

    def _verb_after_comma(self, tokens: list[Token], i: int) -> bool:
        """A subject's verb follows the next comma after token ``i`` ("..., of the X group, said")."""
        for k in range(i + 1, min(len(tokens) - 1, i + 12)):
            if self.text[tokens[k].end : tokens[k].end + 1] == ",":
                return tokens[k + 1].lower in self.ex._subject_verbs
        return False

    def _given_name_before(self, tokens: list[Token], i: int) -> bool:
        """ "Halima Guyo, who ...": a known given name opens the two or three words before "who" (not "Amnesty
        International, who")."""
        return tokens[i - 1].lower not in self.ex._org_heads and any(
            i - size >= 0 and tokens[i - size].text in self.vocab.given_names for size in (2, 3)
        )

    def _and_counterpart(self, tokens: list[Token], i: int) -> bool:
        """ "and his Chinese counterpart": the name before it is a subject, as before a verb."""
        if (
            tokens[i].lower != "and"
            or i + 2 >= len(tokens)
            or tokens[i + 1].lower not in ("his", "her", "their")
        ):
            return False
        k = i + 2
        if tokens[k].lower != "counterpart" and self.vocab.country_of(tokens[k].text):
            k += 1
        return k < len(tokens) and tokens[k].lower in ("counterpart", "counterparts")

    def _name_run(self, tokens: list[Token], j: int, limit: int = 4, titled: bool = False) -> list[Token]:
        """The name starting at token ``j``: name words, with particles ("van der") between them; ``titled``: the
        name follows a title, so a place's name after a word of the name is a surname ("Minister Gusstavo Medina")."""
        run: list[Token] = []
        n = len(tokens)
        while j < n and len(run) < limit + 2:
            if run and not self._joined(tokens[j - 1], tokens[j]):
                break
            if (
                run
                and tokens[j].text in SURNAME_PARTICLES
                and j + 1 < n
                and self._joined(tokens[j], tokens[j + 1])
                and (self._name_token(tokens, j + 1) or tokens[j + 1].text in SURNAME_PARTICLES)
            ):
                run.append(tokens[j])
                j += 1
                continue
            if not self._name_token(tokens, j, titled and bool(run)) and not (
                titled and not run and self._given_name_after_title(tokens, j)
            ):
                break
            run.append(tokens[j])
            j += 1
            if tokens[j - 1].text.endswith(("’s", "'s")):
                break
        while run and run[-1].text in SURNAME_PARTICLES:
            run.pop()
        return run if sum(1 for t in run if t.text not in SURNAME_PARTICLES) <= limit else []

    def _appositives(self, sentence: Sentence) -> list[tuple[str, str, str | None]]:
        """ "Kang Seo-yeon, South Korea's minister of trade," -> (name, title, country)."""
        text = self.text
        found: list[tuple[str, str, str | None]] = []
        tokens = self._tokens(sentence)
        # Each appositive below follows a comma right after a word, or after a name in its own script in brackets: none
        # in most sentences.
        if not tokens or (
            "," not in text[tokens[0].start : tokens[-1].end + 1]
            and " (" not in text[tokens[0].start : tokens[-1].end + 2]
        ):
            return found
        heads, modifiers = self.ex._appositive_heads, self.ex._modifier_words
        for i, token in enumerate(tokens):
            # "Chang Yi-hsuan (張以萱), a research fellow at ...": the name in its own script, set off in brackets
            native = _NATIVE_SCRIPT.match(text, token.end) if text.startswith(" (", token.end) else None
            comma_at = native.end() if native else token.end
            if text[comma_at : comma_at + 1] != "," or i + 2 >= len(tokens):
                continue
            start = i
            while (
                start > 0
                and sum(1 for t in tokens[start : i + 1] if t.text.lower() not in SURNAME_PARTICLES) < 4
                and (
                    tokens[start - 1].text.rstrip(".") not in self.ex._honorifics
                    or tokens[start - 1].text in self.vocab.given_names  # "Sri Hidayat"
                )
                and (self._name_token(tokens, start - 1) or tokens[start - 1].text in SURNAME_PARTICLES)
                and self._joined(tokens[start - 1], tokens[start])
            ):
                start -= 1
            run = self._name_run(tokens, start, limit=4)
            if len(run) < 2 or run[-1] is not token:
                continue
            if any(t.lower in self.ex._org_heads or t.lower in COMPANY_WORDS for t in run):
                continue  # "Inpex Corporation, the field's operator and a long-time partner of ...": a company
            k = i + 1
            while k < len(tokens) and tokens[k].start < comma_at:
                k += 1
            if k >= len(tokens):
                continue
            if tokens[k].text in ("the", "a", "an"):
                k += 1
            country: str | None = None
            for size in (2, 1):
                if k + size <= len(tokens):
                    phrase = " ".join(t.text for t in tokens[k : k + size])
                    slug = self.ex._countries.get(phrase)
                    if slug:
                        country, k = slug, k + size
                        break
            title_start = k
            if k < len(tokens) and tokens[k].lower in _NOT_APPOSITIVE_OPEN:
                continue  # "ʻAisake Vaipulu, at the Prime Minister's Office": where, not who
            head_at = None
            while (
                k < len(tokens)
                and k - title_start < 6
                and (
                    tokens[k].lower in modifiers
                    or tokens[k].lower in heads
                    or tokens[k].text == "and"
                    or (head_at is None and _ROLE_WORD.fullmatch(tokens[k].text) is not None)
                    or (head_at is None and k > title_start and tokens[title_start - 1].text in ("a", "an"))
                    # "Dmitry Peskov, the Kremlin spokesman,", "Dmitry Peskov, Putin's spokesman,"
                    or (
                        head_at is None
                        and k - title_start < 2
                        # not "A, and Colombia's Minister B", "A, met Uganda's Foreign Minister, B,"
                        and all(t.capitalised for t in tokens[title_start : k + 1])
                    )
                )
            ):
                if tokens[k].lower in heads:
                    head_at = k
                k += 1
            if head_at is None:
                continue
            end = head_at + 1
            while end < k and tokens[end].lower in modifiers:
                end += 1  # "Minister Responsible for Defence Affairs"
            extended = False
            if end + 1 < len(tokens) and tokens[end].text in ("of", "for", "to", "at"):
                extended = True
                m = end + 1
                if m < len(tokens) and tokens[m].text == "the":
                    m += 1
                last = m
                # "spokesperson of the Ministry of External Affairs,": up to the comma the check below wants.
                while (
                    last < len(tokens)
                    and last - m < 8
                    and (last == m or adjacent(text, tokens[last - 1], tokens[last]))
                    and (
                        tokens[last].capitalised
                        or tokens[last].lower in modifiers
                        or (last > m and tokens[last].text in _NAME_LINKS)
                    )
                ):
                    if tokens[last].text in ("and", "&") and last + 1 < len(tokens):
                        after_and = tokens[last + 1]
                        if self.ex._countries.get(after_and.text) or after_and.lower in heads:
                            break  # "... minister of defence and Nepali Defence Minister Prakash Poudel"
                    last += 1
                while last > m and tokens[last - 1].text in _NAME_LINKS:
                    last -= 1
                if last > m:
                    end = last
            title_end = None
            if (
                extended
                or (end < len(tokens) and tokens[end].text in ("of", "for", "to", "at", "in", "who", "which"))
            ) and text[tokens[end - 1].end : tokens[end - 1].end + 1] != ",":
                # "a researcher at the Centre for Strategic and International Studies in Jakarta,", "executive
                # president of the industry association Aço Brasil,", "a former Corfo executive who now heads the
                # Santiago consultancy Pulso Minero,": words of no list, up to the comma; not past "and" and
                # another person's title, and the title stops before a relative clause.
                for k in range(end, min(len(tokens), end + 16)):
                    if tokens[k].lower in self.ex._subject_verbs or (
                        tokens[k].text in ("and", "&")
                        and _AND_NEXT_PERSON.match(text, tokens[k - 1].end)
                        and not self._portfolio_ends(tokens, k + 1)  # "at the Ministry of Mines and Energy,"
                    ):
                        break
                    if tokens[k].text in ("who", "which") and title_end is None:
                        title_end = k
                    if text[tokens[k].end : tokens[k].end + 1] == "," or (
                        # (or, with a relative clause after the title, the sentence's end: "a political scientist
                        # at the Pontifical Catholic University of Peru (PUCP) who follows Andean relations.")
                        (not extended or title_end is not None)
                        and k == len(tokens) - 1
                        and text[tokens[k].end : tokens[k].end + 1] in ".;"
                    ):
                        end = (
                            k + 1
                        )  # up to the comma, or the sentence's end: "..., Bangladesh's ambassador in Kuwait."
                        break
                else:
                    title_end = None
            if not self._appositive_ends(tokens[end - 1]):
                if head_at + 1 == end or not self._appositive_ends(tokens[head_at]):
                    continue
                end = head_at + 1  # "Satoshi Ito, Japan's PM, at the Foreign Ministry in Tokyo"
                title_end = None
            last_word = tokens[(title_end if title_end is not None and title_end < end else end) - 1]
            title = text[tokens[title_start].start : last_word.end]
            name = " ".join(t.text for t in run)
            found.append((name, title, country or self._country_in_title(title)))
        return found

    def _after_foreign_title(self, tokens: list[Token], j: int) -> tuple[int, list[Token], int] | None:
        """A foreign title's words from token ``j`` ("chef du gouvernement", "du Conseil des ministres", "de
        l'Énergie, de l'Hydraulique", "des Affaires étrangères et des Cultes"), then a comma (or a known given name)
        and a name of two words or more that a comma, stop or bracket ends: (the title's end, the name, the index
        after it)."""
        text, n = self.text, len(tokens)
        for k in range(j, min(n, j + 14)):
            word = tokens[k]
            gap = text[tokens[k - 1].end : word.start]
            given = gap == " " and word.text in self.vocab.given_names
            if gap == ", " or given:
                # "..., Aminata Togola Samaké,"; "ministre des Transports et des Infrastructures Seydou Kané Diarra,"
                at = self._past_honorifics(tokens, k)
                named = self._name_run(tokens, at, titled=True)
                if (
                    len(named) >= 2
                    and (
                        text.startswith((",", ".", " (", "\n"), named[-1].end)
                        or named[-1].end == len(text)
                        # "ministre des Transports et des Infrastructures Seydou Kané Diarra said after talks"
                        or (given and k > j)
                    )
                    and not self._apposed_name_follows(tokens, at + len(named))
                ):
                    return tokens[k - 1].end, named, at + len(named)
                if given and len(named) >= 2:
                    return None  # "El ministro Ignacio Garmendia Ugalde y el Ministro do Mar": the name came first
            elif gap != " ":
                return None
            if k > j and word.lower in self.ex._head_words:
                return None  # another title: another person's
            if not (
                word.capitalised
                or word.lower in FOREIGN_TITLE_WORDS
                or _ELIDED.match(word.text)
                # a French, Portuguese or Spanish adjective: "étrangères", "naturelles", "social"
                or (
                    word.text.isalpha()
                    and word.text.islower()
                    and word.lower not in self.ex._subject_verbs
                    and word.lower
                    not in _ENGLISH_LINKS  # not "Presidente Lula and his wife, Rosângela da Silva,"
                )
            ):
                return None
        return None

    def _foreign_title_names_a_place(self, tokens: list[Token], i: int) -> bool:
        """ "Avenida Presidente Masaryk", "Hotel Président Wilson", "in Presidente Franco, Paraguay", "the Ministro
        Hales mine": a foreign title word inside the name of a street, building, town or mine."""
        text = self.text
        if i > 0 and adjacent(text, tokens[i - 1], tokens[i]):
            before = tokens[i - 1]
            if before.lower in _PLACE_PREPOSITIONS and tokens[i].capitalised:
                return True
            if (
                before.capitalised
                and before.lower not in _ARTICLES  # "The ministre des ...", "El ministro ..."
                and self.ex._countries.get(strip_possessive(before.text)) is None
                and before.lower not in self.ex._title_words
                and before.text.rstrip(".") not in self.ex._honorifics
            ):
                return True
        if _PLACE_NOUN_AFTER.match(text, tokens[i].end, min(len(text), tokens[i].end + 40)) is not None:
            return True
        # "Presidente Franco, Paraguay": a town, and its country after the comma
        for k in (i + 2, i + 3):
            if (
                k < len(tokens)
                and text[tokens[k - 1].end : tokens[k].start] == ", "
                and all(t.capitalised for t in tokens[i + 1 : k])
                and self.ex._countries.get(tokens[k].text) is not None
                and not text.startswith("'s", tokens[k].end)
            ):
                return True
        return False

    def _apposed_name(self, tokens: list[Token], k: int) -> tuple[int, list[Token]]:
        """From token ``k``, past honorifics, a name in apposition: two words or more that a comma, a stop or the
        text's end closes ("..., Isabel Carrasco Muñoz, said"). The index it starts at, and the name (empty if none)."""
        at = self._past_honorifics(tokens, k)
        named = self._name_run(tokens, at, titled=True)
        closed = len(named) >= 2 and self.text[named[-1].end : named[-1].end + 1] in (",", ".", "")
        return at, named if closed else []

    def _apposed_name_follows(self, tokens: list[Token], k: int) -> bool:
        """A comma and a name in apposition at token ``k``: the words before were the title's ("Pesca y
        Alimentación, Ignacio Garmendia Ugalde,")."""
        if k >= len(tokens) or self.text[tokens[k - 1].end : tokens[k].start] != ", ":
            return False
        return bool(self._apposed_name(tokens, k)[1])

    def _portfolio_end(self, tokens: list[Token], j: int) -> int:
        """The token after "and" and the portfolio words that follow it ("and Development"), or ``j``."""
        k = j + 1
        if (
            j + 1 < len(tokens)
            and tokens[j].text in ("and", "&")
            and adjacent(self.text, tokens[j - 1], tokens[j])
        ):
            while (
                k < len(tokens)
                and tokens[k].capitalised
                and tokens[k].lower in self.ex._modifier_words
                and tokens[k].lower not in self.ex._head_words
            ):
                k += 1
        return k if k > j + 1 else j

    def _name_goes_on(self, tokens: list[Token], j: int) -> bool:
        """After "and", a portfolio word or an organisation's name: the words before were no person's name."""
        n = len(tokens)
        if (
            j + 1 >= n
            or tokens[j].text not in ("and", "&")
            or not adjacent(self.text, tokens[j - 1], tokens[j])
        ):
            return False
        k = j + 1
        heads, modifiers = self.ex._head_words, self.ex._modifier_words
        while k < n and tokens[k].lower in modifiers and tokens[k].lower not in heads:
            k += 1
        if k > j + 1:
            # "and Development,": the portfolio goes on; "and Trade Minister Rui Costa", "and US national security
            # advisor Graham Kingsley": another person's title.
            first = tokens[j + 1]
            return (
                first.capitalised
                and self.ex._countries.get(first.text) is None
                and not (k < n and tokens[k].lower in heads)
                and self._run_closes(tokens[k - 1])  # not "Penny Wong and Trade officials met ..."
            )
        while (
            k < n
            and k - j <= 6
            and (tokens[k].capitalised or tokens[k].text in ("and", "of"))
            and adjacent(self.text, tokens[k - 1], tokens[k])
        ):
            k += 1
        run = {t.lower for t in tokens[j + 1 : k]}
        # "and Exporters Association": an organisation's name; "and Indian Union Commerce and Industry Minister
        # Nitin Iyer": another person's title.
        return bool(run & self.ex._org_heads) and not run & heads and self._run_closes(tokens[k - 1])

    def _run_closes(self, last: Token) -> bool:
        """The words end at a comma, a stop or the sentence's end: "... Exporters Association, told", not
        "... Business Council of Canada members met"."""
        after = self.text[last.end : last.end + 1]
        return after in ("", ",", ".", ";", ")", "\n")

    def _appositive_ends(self, last: Token) -> bool:
        """An appositive's title ends at ``last``: a comma or the sentence's end follows, or another person
        ("..., the Russian minister of defence and Nepali ...")."""
        after = self.text[last.end : last.end + 2]
        return bool(after) and (
            after[0] in ",.;"
            or after.startswith(" s")
            or _AND_NEXT_PERSON.match(self.text, last.end) is not None
            or _ACRONYM_ENDS.match(self.text, last.end) is not None  # "... Agriculture Society (SNA), said"
        )

    def _joined(self, left: Token, right: Token) -> bool:
        """Adjacent words of one name: only spaces between, or the dot of an initial or honorific."""
        between = self.text[left.end : right.start].strip()
        return (
            not between
            or (between == "." and (len(left.text) == 1 or left.text in self.ex._honorifics))
            or (between[0] in _OPENING_QUOTES and _NICKNAME_ALONE.fullmatch(between) is not None)
        )

    def _portfolio_ends(self, tokens: list[Token], k: int) -> bool:
        """Token ``k`` is a portfolio's last word ("Energy,"), not the start of another person's title."""
        return (
            k < len(tokens)
            and _portfolio_word(tokens[k].lower, self.ex._modifier_words)
            and self.text[tokens[k].end : tokens[k].end + 1] in (",", ".", ";")
        )

    def _countries_of_words(self, words: list[str]) -> list[str]:
        """The countries a run of words names, in order, a name of two or three words first ("Uganda–South Sudan
        Joint Trade Committee": Uganda and South Sudan, not Sudan)."""
        found: list[str] = []
        i = 0
        while i < len(words):
            for size in (3, 2):
                slug = (
                    self.vocab.country_of(" ".join(words[i : i + size])) if i + size <= len(words) else None
                )
                if slug is not None:
                    found.append(slug)
                    i += size
                    break
            else:
                found.extend(self._countries_of_word(words[i]))
                i += 1
        return found

    def _countries_of_word(self, word: str) -> list[str]:
        """The country a word names ("Timor-Leste"), or those its hyphenated parts name ("Kuwaiti-Jordanian")."""
        slug = self.vocab.country_of(word)
        if slug is not None:
            return [slug]
        return (
            [s for part in word.split("-") if (s := self.vocab.country_of(part)) is not None]
            if "-" in word
            else []
        )

    def _joint_body_meeting(self, clause: str, meet: re.Match[str], start: int) -> tuple[int, int] | None:
        """Where the clause (at ``start`` in the text) names a joint body that meets: "the Zambia–Malawi Joint
        Permanent Commission on Cooperation will sit in Lilongwe", "the first meeting of the Malaysia–Timor-Leste
        Joint Commission, held in Dili" (the body's name with the words before it, which may name its two countries),
        or "The commission will meet" after the article named a joint commission."""
        before = _JOINT_BODY_BEFORE.search(clause, max(0, meet.start() - 160), meet.start())
        found: tuple[int, int] | None = None
        if before is not None:
            found = max(0, before.start() - 40), before.end()
        elif meet.group("verb").lower().startswith(("meeting", "session")):
            after = _JOINT_BODY_AFTER.match(clause, meet.end())
            if after is not None:
                found = meet.end(), after.end()
        elif meet.group("verb").lower().startswith("co-chair"):
            # "co-chaired the 14th session of the Georgian-Armenian intergovernmental commission": the body's talks
            session = _SESSION_OF.match(clause, meet.end())
            if session is not None:
                found = meet.end(), session.end()
        elif (
            (the := _THE_BODY_BEFORE.search(clause, max(0, meet.start() - 60), meet.start())) is not None
            # it meets in a place or at a time, not "will meet political parties"
            and _MEETS_ALONE.match(clause, meet.end()) is not None
            and self._joint_body_told_before(the.group("head"), start + the.start())
        ):
            found = the.start(), the.end()
        if (
            found is None
            and (pair := _PAIR_BODY_BEFORE.search(clause, max(0, meet.start() - 120), meet.start()))
            is not None
            and len(set(self._countries_of_words(re.split(r"[\s\-–]+", pair.group("pair"))))) >= 2
        ):
            # "The Guyana–Suriname Cooperation Council will hold its next meeting in Georgetown": a body named after two
            # countries
            found = pair.start(), pair.end()
        if found is not None and _DOMESTIC_BODY.search(clause, max(0, found[0]), found[1]):
            return None  # "The Parliamentary Joint Committee on Treaties", "The Joint Select Committee on Energy"
        return found

    def _joint_body_told_before(self, head: str, at: int) -> bool:
        """Whether "the commission" (``head``) at ``at`` names again a joint body: the last body of that noun the text
        names before ``at`` is a joint one."""
        words = _BODY_WORDS.get(head.lower(), head.lower())
        told = list(re.finditer(rf"\b(?:{words})\b", self.text[:at], re.IGNORECASE))
        # the last one told by its name: "the commission" in lower case after "the" names it again ("Opening the
        # commission on Monday morning, ...")
        last = next(
            (
                m
                for m in reversed(told)
                if m.group(0)[0].isupper() or self.text[max(0, m.start() - 4) : m.start()].lower() != "the "
            ),
            None,
        )
        # the last such body told before is a joint one (not "Kenya's Independent Electoral and Boundaries
        # Commission", named after the joint commission)
        if last is None:
            return False
        joint = any(
            b.start() <= last.start() < b.end()
            for body in (_JOINT_BODY, _SESSION_BODY)
            for b in body.finditer(self.text, max(0, last.start() - 80), last.end() + 60)
        ) or any(
            # "the Guyana–Suriname Cooperation Council": named after two countries
            b.start() <= last.start() < b.end()
            and len(set(self._countries_of_words(re.split(r"[\s\-–]+", b.group("pair"))))) >= 2
            for b in _PAIR_BODY.finditer(self.text, max(0, last.start() - 80), last.end() + 60)
        )
        return joint and not _DOMESTIC_BODY.search(self.text[max(0, last.start() - 60) : last.end()].lower())

    def _is_honorific(self, token: Token) -> bool:
        """ "Dr", "Datuk", "Ing." (with its dot only: "Ing Kantha Phavi" is a Cambodian name)."""
        return token.text.rstrip(".") in self.ex._honorifics and (
            token.text not in _DOTTED_ONLY or self.text.startswith(".", token.end)
        )

    def _past_honorifics(self, tokens: list[Token], j: int) -> int:
        """The index after the honorifics that open at ``j``: "Datuk Seri Mohd Azlan" -> the index of "Mohd"."""
        if (
            j + 1 < len(tokens)
            and tokens[j].text in ("His", "Her")
            and tokens[j + 1].text in ("Excellency", "Majesty", "Highness", "Honour")
        ):
            j += 2  # "President His Excellency Teloni Amwano"
        while j < len(tokens) and self._is_honorific(tokens[j]):
            j += 1
            if j < len(tokens) and tokens[j].text in _SECOND_HONORIFICS:
                j += 1  # "Datuk Seri", "Tan Sri" (not the "Seri" of Bandar Seri Begawan)
        return j

    def _named_after_portfolio(self, tokens: list[Token], k: int) -> bool:
        """ "Minister of Territorial Administration and Infrastructure, Vahagn Tadevosyan,": capitalised words
        from token ``k`` (and "and") up to a comma, then a name of two words or more that a comma or stop ends."""
        text, n = self.text, len(tokens)
        m = k
        while m + 1 < n and m - k < 5 and adjacent(text, tokens[m], tokens[m + 1]):
            if not (tokens[m + 1].capitalised or tokens[m + 1].text in ("and", "&")):
                return False
            m += 1
        if not tokens[m].capitalised or text[tokens[m].end : tokens[m].end + 2] != ", ":
            return False
        return bool(self._apposed_name(tokens, m + 1)[1])

    def _capitals_after(self, tokens: list[Token], j: int) -> int:
        """How many adjacent capitalised words run from token ``j`` (a title's "of ..." must leave a name)."""
        count = 0
        while (
            j < len(tokens)
            and tokens[j].capitalised
            and (count == 0 or adjacent(self.text, tokens[j - 1], tokens[j]))
        ):
            if tokens[j].lower in self.ex._head_words:
                break
            # (a name with its initial joined, "of Mongolia B.Tsetsegmaa", counts as two words: a whole name)
            count += 2 if _JOINED_INITIAL.match(tokens[j].text) else 1
            j += 1
        return count

    def _given_name_first(self, words: list[str]) -> bool:
        """ "He Haoran", "Bethlehem Wolde": a capitalised first word that is not a title or a date word, then
        name words that name nothing else."""
        first, rest = words[0], words[1:]
        if self._vocab_word(first) and len(rest) > 1:
            return False  # "Chief Minister Punjab Maryam Nawaz": the place is the portfolio's
        return (
            bool(rest)
            and first[:1].isupper()
            and first.lower() not in _TITLE_WORDS
            and first.lower() not in _MONTH_AND_DAY_WORDS
            and all(
                _is_name_word(w) and not self._vocab_word(w) and w.lower() not in _NOT_NAMES for w in rest
            )
        )

    def _given_name_after_title(self, tokens: list[Token], j: int) -> bool:
        """ "President He Haoran", "Minister Bethlehem Wolde", "Prime Minister Park Yoon-hee": right after a
        title, a word that is also a pronoun, place or common noun begins a name when a surname no list knows
        follows it."""
        word = tokens[j]
        if not word.capitalised or j + 1 >= len(tokens) or not self._joined(word, tokens[j + 1]):
            return False
        if word.lower in _TITLE_WORDS or word.lower in _MONTH_AND_DAY_WORDS or not _is_name_word(word.text):
            return False
        nxt = strip_possessive(tokens[j + 1].text)
        if (
            self._vocab_word(word.text)
            and j + 2 < len(tokens)
            and self._joined(tokens[j + 1], tokens[j + 2])
            and _is_name_word(tokens[j + 2].text)
        ):
            return False  # "Chief Minister Punjab Maryam Nawaz": the place is the portfolio's
        return (
            _is_name_word(nxt)
            and len(nxt) > 1
            and nxt.lower() not in _NOT_NAMES
            and not self._vocab_word(nxt)
            and nxt.lower() not in self.ex._head_words
            and nxt.lower() not in self.ex._modifier_words
        )

    def _name_token(self, tokens: list[Token], j: int, titled: bool = False) -> bool:
        word = tokens[j].text
        bare = strip_possessive(word)
        if not _is_name_word(bare):
            return False
        if (
            bare.lower() in _INSTITUTIONS
            and j + 1 < len(tokens)
            and _KOREAN_GIVEN.fullmatch(tokens[j + 1].text)
            and self._joined(tokens[j], tokens[j + 1])
        ):
            return True  # "Park Jun-ho": the surname Park before a Korean given name, not a park
        if len(bare.rstrip(".")) == 1 or (
            bare in _GIVEN_NAME_ABBREVIATIONS and bare not in self.surname_abbreviations
        ):
            # An initial, or "Ma. Cristina", "Md. Touhid": a given name shortened, before the rest of the name
            return j + 1 < len(tokens) and _is_name_word(tokens[j + 1].text) and len(tokens[j + 1].text) > 1
        lower = bare.lower()
        followed = (
            j + 1 < len(tokens)
            and _is_name_word(tokens[j + 1].text)
            and self._joined(tokens[j], tokens[j + 1])
        )
        if lower in self.ex._head_words or lower in self.ex._modifier_words or self._vocab_word(bare):
            # "Minister Sultan Hassan": a given name that is also a title word, followed by a surname.
            # "Gustavo Medina": a place's name as the surname after a first name.
            return (
                bare in self.vocab.given_names and followed and tokens[j + 1].lower not in self.ex._head_words
            ) or (
                j > 0
                and self._joined(tokens[j - 1], tokens[j])
                and self._place_as_surname([tokens[j - 1].text, bare], titled)
            )
        return lower not in _NOT_NAMES

    def _register_named_things(self) -> None:
        for sentence in self.sentences:
            for chunk, start in self._chunks(sentence):
                self._classify_chunk(chunk, start)
        self._merge_agreement_names()

    def _chunks(self, sentence: Sentence) -> list[tuple[str, int]]:
        """The sentence's runs of capitalised words and their offsets (read once, used by two passes)."""
        key = (sentence.start, sentence.end)
        chunks = self.chunk_cache.get(key)
        if chunks is None:
            found = _CHUNK.finditer(self.text, sentence.start, sentence.end)
            chunks = self.chunk_cache[key] = [(m.group(0), m.start()) for m in found]
        return chunks

    def _merge_agreement_names(self) -> None:
        """One article's names for one agreement ("Defence Framework", "U.S.-India Defense Framework",
        "Framework for the US-India Major Defence Partnership") become one agreement, named by the longest."""
        agreements = sorted(
            (t for t in self.things.values() if t.kind is Kind.AGREEMENT),
            key=lambda t: -max(len(_agreement_words(n)) for n in t.names),
        )
        for small in reversed(agreements):
            small_words = set().union(*(_agreement_words(n) for n in small.names))
            for big in agreements:
                if big is small or big.key not in self.things or small.key not in self.things:
                    continue
                big_words = set().union(*(_agreement_words(n) for n in big.names))
                heads = small_words & big_words & set(AGREEMENT_HEADS)
                if heads and small_words < big_words and (small.acronym is None or big.acronym is None):
                    big.names.update(small.names)
                    big.notes += [n for n in small.notes if n not in big.notes]
                    big.acronym = big.acronym or small.acronym
                    del self.things[small.key]
                    self.thing_alias[small.key] = big.key
                    break

    def _classify_chunk(self, chunk: str, start: int) -> _Tag | None:
        shape = self.ex.chunk_shape(chunk)
        if shape is None:
            return None
        kind, head, name, acronym, length = shape
        key = self._thing_key(kind, name)
        thing = self.things.get(key)
        if thing is None:
            thing = _Thing(kind=kind, key=key, head=head)
            self.things[key] = thing
        thing.names[name] += 1
        if acronym and not thing.acronym:
            thing.acronym = acronym
        return _Tag(kind.value, start, start + length, key, name)

    def _titled_person_within(self, sentence: Sentence, tag: _Tag) -> bool:
        """A person the article knows, named after a title inside the span of a would-be organisation's name."""
        for match in self._titled(sentence):
            if tag.start <= match.start < tag.end and match.end <= tag.end:
                name = self._clean_name(match.name, titled=True)
                if name and (self._resolve_name(name) or name_key(name)) in self.people:
                    return True
        # "Dr Rasa Kuprevičiūtė of Vilnius University", "William Kamau of the Kenya Institute for Public Policy": a
        # person the article knows, and where they work
        m = _PERSON_OF.match(self.text, tag.start, tag.end)
        if m is None:
            return False
        name = m.group("name")
        if m.group("honorific") and m.group("honorific").rstrip(".") not in self.ex._honorifics:
            name = f"{m.group('honorific')} {name}"
        return self._resolve_name(name) is not None

    def _note_adjectives(self, tag: _Tag, before: str) -> None:
        m = re.search(
            r"\b(?:the|a|an|their|its)\s+((?:(?:non-binding|legally binding|binding|landmark|historic|"
            r"renewed|\d+-year|ten-year|interim|comprehensive)\s+)+)$",
            before,
            re.IGNORECASE,
        )
        if m and tag.key in self.things:
            thing = self.things[tag.key]
            for word in m.group(1).lower().split():
                note = _duration_note(word.split("-")[0]) if word.endswith("-year") else word
                if note not in thing.notes:
                    thing.notes.append(note)

    def _thing_key(self, kind: Kind, name: str) -> str:
        key = self._thing_key_raw(kind, name)
        while key in self.thing_alias:
            key = self.thing_alias[key]
        return key

    def _thing_key_raw(self, kind: Kind, name: str) -> str:
        norm = slugify(name)
        for key, thing in self.things.items():
            if thing.kind is kind and (
                key == f"{kind.value}:{norm}" or norm in (slugify(a) for a in thing.names)
            ):
                return key
            if thing.kind is kind and thing.acronym and name == thing.acronym:
                return key
        return f"{kind.value}:{norm}"

    # ------------------------------------------------------------------ tagging

    def _tag(self, sentence: Sentence) -> list[_Tag]:
        text = self.text
        s, e = sentence.start, sentence.end
        tags: list[_Tag] = []
        taken: list[tuple[int, int]] = []

        def add(tag: _Tag) -> None:
            if any(tag.start < te and ts < tag.end for ts, te in taken):
                return
            tags.append(tag)
            taken.append((tag.start, tag.end))

        for chunk, start in self._chunks(sentence):
            tag = self._classify_chunk(chunk, start)
            if tag is not None and tag.kind == "organisation" and self._titled_person_within(sentence, tag):
                continue  # "Commission Executive Vice-President Pieter Van Damme": the titled person, not a body
            if tag is not None:
                add(tag)
                if tag.kind == "agreement":
                    self._note_adjectives(tag, text[max(s, tag.start - 60) : tag.start])
        for match in self._titled(sentence):
            name = self._clean_name(match.name, titled=True)
            if name:
                key = self._resolve_name(name) or name_key(name)
                if key in self.people:
                    # "US President Donald Trump's envoy met Ruto": not Trump (but "Trump's meeting with Xi" is his)
                    owns = _SOMEONE_OF.match(text, match.end, min(e, match.end + 60)) is not None and (
                        match.name.endswith(("’s", "'s")) or text[match.end : match.end + 2] in ("’s", "'s")
                    )
                    add(_Tag("person", match.start, match.end, key, name, owns))
        low = text[s:e].lower()
        for m in _DESCRIBED.finditer(text, s, e) if "the " in low else ():
            country, office = (
                m.group("country") or m.group("country2"),
                m.group("office") or m.group("office2"),
            )
            described = self._by_office(country, office.lower().replace("vice-", "vice "), text[s:e])
            if described is not None:
                owns = text[m.end() : m.end() + 2] in ("’s", "'s")
                add(_Tag("person", m.start(), m.end(), described, m.group(0), owns))
        for m in _THE_OFFICE.finditer(text, s, e) if "the " in low else ():
            # "the President said the visit had achieved ...": the one person of the article with that office
            described = self._by_title(m.group("office").lower())
            if described is not None and not any(t.start <= m.start() < t.end for t in tags):
                owns = text[m.end() : m.end() + 2] in ("’s", "'s")
                add(_Tag("person", m.start(), m.end(), described, m.group(0), owns))
        for m in _THE_TITLE_SAID.finditer(text, s, e) if "the " in low else ():
            if any(t.start <= m.start() < t.end or m.start() <= t.start < m.end() for t in tags):
                continue
            described = self._by_title_words(m.group("title"))
            if described is not None:
                add(_Tag("person", m.start(), m.end("title"), described, m.group(0).strip()))
        if "@" in low:
            for m in re.finditer(r"@(\w{2,30})", text[s:e]):
                handle_key = self._person_for_handle(m.group(1))
                if handle_key:
                    add(_Tag("person", s + m.start(), s + m.end(), handle_key, m.group(0)))
        if "ministry" in low or "department" in low:
            for m in _MINISTRY.finditer(text, s, e):
                country = self._country_word(m.group("country")) or self._home_country()
                name = m.group("name").lower()
                key = f"organisation:{slugify(name)}-{country or 'unknown'}"
                thing = self.things.setdefault(
                    key, _Thing(Kind.ORGANISATION, key, country=country, head="ministry")
                )
                thing.names[name] += 1
                add(_Tag("organisation", m.start(), m.end(), key, m.group(0)))
        if "administration" in low:
            for m in _ADMIN.finditer(text, s, e):
                admin = self._resolve_name(m.group("name"))
                slug = self.vocab.country_of(m.group("name"))
                if admin:
                    add(_Tag("person", m.start(), m.end(), admin, m.group(0)))
                elif slug:
                    add(_Tag("country", m.start(), m.end(), slug, m.group(0)))
        for m in _GROUP.finditer(text, s, e):
            country = self.vocab.country_of(m.group("demonym"))
            if country:
                add(_Tag("group", m.start(), m.end(), f"group:{country}", m.group(0)))
        tokens = self._tokens(sentence)
        for start, end, (kind, value) in self.ex._lexicon.find(text, tokens):
            owns = text[end : end + 2] in ("’s", "'s")
            if kind == "country":
                add(_Tag("country", start, end, value, text[start:end], owns))
            elif (
                kind == "place"
                and not _PLACE_BEFORE.search(text, max(s, start - 12), start)
                and (person_key := self._surname_person(text[start:end]))
            ):
                add(_Tag("person", start, end, person_key, text[start:end], owns))  # "Medina said"
            elif kind == "place":
                place = self.vocab.places[value]
                key = f"place:{slugify(place.name)}"
                thing = self.things.setdefault(key, _Thing(Kind.PLACE, key, country=place.country))
                thing.names[place.name] += 1
                add(_Tag("place", start, end, key, text[start:end], owns))
            else:
                key = f"organisation:{slugify(value)}"
                thing = self.things.setdefault(key, _Thing(Kind.ORGANISATION, key))
                thing.names[value] += 1
                add(_Tag("organisation", start, end, key, value))
        if self.acronym_re is not None:
            for m in self.acronym_re.finditer(text, s, e):
                key = self.acronyms[m.group(0)]
                add(_Tag(self.things[key].kind.value, m.start(), m.end(), key, m.group(0)))
        verbs = self.ex._subject_verbs
        words = self._words(sentence)
        # Before a verb of speech or ", who": where a surname misspelt by a letter may stand ("Arosemana said ...").
        speakers_at = (
            set()
            if words.isdisjoint(verbs)
            else {i - 1 for i, t in enumerate(tokens) if i and t.lower in verbs}
        )
        if ", who " in low:
            speakers_at |= {i for i, t in enumerate(tokens) if text.startswith(", who ", t.end)}
        if tokens and text.startswith(", for ", tokens[0].end):
            speakers_at.add(0)  # "Bertolacini, for his part, said ...": the sentence's subject
        if len(tokens) > 1 and tokens[1].lower in _SUBJECT_AUXILIARIES and tokens[0].start == s:
            speakers_at.add(0)  # "Bojang-Saneh is expected to pay a return visit": the sentence's subject
        # (each rule below reads a word before a speaker's verb, or a word of a known name)
        names_known = speakers_at or not words.isdisjoint(self.token_index) or not "".join(words).isascii()
        for i, token in enumerate(tokens if names_known else ()):
            if not token.capitalised:
                continue  # (each rule below reads a capitalised word)
            if (
                i in speakers_at
                and len(token.text) >= 5
                and token.lower not in self.token_index
                and (misspelt := self._misspelt_surname(token.text)) is not None
            ):
                # "Arosemana said ..." in an article that names "Rodrigo Arosemena Vidal"; "Ridly, who was dressed ..."
                add(_Tag("person", token.start, token.end, misspelt, token.text))
                continue
            if token.capitalised and (
                token.lower in self.token_index
                or (not token.lower.isascii() and name_key(token.text) in self.token_index)
            ):
                single = self._resolve_single(strip_possessive(token.text))
                if single:
                    bare = strip_possessive(token.text)
                    add(
                        _Tag(
                            "person",
                            token.start,
                            token.start + len(bare),
                            single,
                            bare,
                            possessive(text, token),
                        )
                    )
        alone = self.titles_alone
        for i, token in enumerate(tokens if alone else ()):
            holder = alone.get(token.text)
            if holder is None:
                continue
            # "Lyonchhen told reporters", "Lyonchhen wrote on X": the one person whose whole title is that word, the
            # word standing alone (not "Lyonchhen Sangay Penjor", a title before the name)
            joined_before = (
                i > 0 and tokens[i - 1].capitalised and text[tokens[i - 1].end : token.start] == " "
            )
            joined_after = (
                i + 1 < len(tokens)
                and tokens[i + 1].capitalised
                and text[token.end : tokens[i + 1].start] == " "
            )
            if not joined_before and not joined_after:
                add(_Tag("person", token.start, token.end, holder, token.text, possessive(text, token)))
        if _AGREEMENT_HINT.search(low):
            for m in self.ex._desc_agreement_re.finditer(text, s, e):
                tag = self._descriptive_agreement(m)
                if tag:
                    add(tag)
        item = _ITEM_AGREEMENT.match(text, s, e) if text[s : s + 1] in _ITEM_OPENINGS else None
        if item is not None and not any(
            t.kind == "agreement" and t.start <= item.start("name") < t.end for t in tags
        ):
            # "1. Agreement on the joint operation of the Sadakhlo–Bagratashen border crossing point — signed by ...": a
            # document named by its title in a list, a capitalised head with words in lower case
            within = (item.start("name"), item.end("name"))
            tags[:] = [
                t for t in tags if not (within[0] <= t.start and t.end <= within[1])
            ]  # "of Georgia and Armenia"
            taken[:] = [(ts, te) for ts, te in taken if not (within[0] <= ts and te <= within[1])]
            name = " ".join(item.group("name").split())
            key = f"agreement:{slugify(name)}"
            thing = self.things.setdefault(
                key, _Thing(Kind.AGREEMENT, key, head=item.group("head").split()[0].lower())
            )
            thing.names[name] += 1
            add(_Tag("agreement", item.start("name"), item.end("name"), key, item.group("name")))
        tags.sort(key=lambda t: t.start)
        for i in range(len(tags) - 1, 0, -1):
            left, right = tags[i - 1], tags[i]
            between = text[left.end : right.start].strip()
            if (
                left.kind == right.kind == "person"
                and left.key == right.key
                and (not between or _NICKNAME_ALONE.fullmatch(between) is not None)
            ):
                # "Donald" and "Trump's", each known as Donald Trump: one name, "Donald Trump's envoy" a possessive
                tags[i - 1 : i + 1] = [
                    left._replace(
                        end=right.end, text=text[left.start : right.end], possessive=right.possessive
                    )
                ]
        for tag in tags:
            if tag.kind == "country" and not self._in_quote(tag.start):
                self.country_counts[tag.key] += 1
            elif (
                tag.kind == "organisation"
                and text[max(0, tag.start - 1) : tag.start] in ("–", "-")
                and not self._in_quote(tag.start)
            ):
                # "the Nepal–Bangladesh Inter-Governmental Committee": the body, read from after the dash, names the
                # second country of the two ("Uganda–South Sudan Joint Trade Committee": of two words)
                for slug in self._countries_of_words(tag.text.split()[:2]):
                    self.country_counts[slug] += 1
        return tags

    def _by_office(self, country_word: str, office: str, told_in: str) -> str | None:
        """The one person of the article that "the Jordanian minister" or "the Vanuatu leader" can be: of that country
        and office ("leader": a head of state or government; one whose country the article does not say, when the
        sentence names them too)."""
        country = self.vocab.country_of(country_word)
        if country is None:
            return None
        words = _LEADER_TITLES if office == "leader" else (office, *_OFFICE_IN_OTHER_WORDS.get(office, ()))

        def holds(person: _Person) -> bool:
            # "the Armenian prime minister" is not the Armenian Deputy Prime Minister
            return any(any(w in t.lower() for w in words) and _same_rank(office, t) for t in person.titles)

        found = [k for k, p in self.people.items() if p.country == country and holds(p)]
        if not found and office != "leader":
            # Where no one of that country holds the office, the one of the office whose country the story does not
            # say, when the office is in other words ("the Chilean foreign minister" for "La canciller Macarena
            # Irarrázaval Brahm y su par argentino") or another country's holder of it is named ("the Tajik president"
            # beside the President of Uzbekistan); not "the Kenyan president would travel" for the one president named
            others = _OFFICE_IN_OTHER_WORDS.get(office, ())
            paired = any(p.country not in (None, country) and holds(p) for p in self.people.values())
            found = [
                k
                for k, p in self.people.items()
                if p.country is None
                and (any(w in t.lower() for t in p.titles for w in others) or (paired and holds(p)))
            ]
        if not found and office == "leader":
            # Only one the sentence names too: "The Vanuatu leader is set to visit Canberra, where Toara ..."
            found = [
                k
                for k, p in self.people.items()
                if p.country is None
                and holds(p)
                and any(w in told_in for n in p.names for w in n.split()[1:])
            ]
        return found[0] if len(found) == 1 else None

    def _by_title_words(self, words: str) -> str | None:
        """The one person whose title is ``words`` as written, or nearly (a title in another language: "secretario de
        Transporte" for "Secretary of Transport"); none for a word of one office alone ("the minister")."""
        told = words.lower()
        if (
            len(told.split()) < 2
            or told.split()[0] in ("two", "three", "other", "same", "new", "former")
            # "the Foreign Ministry said": a body, not its minister
            or told.split()[-1] in _INSTITUTIONS
            or told.split()[-1]
            in ("government", "presidency", "commission", "committee", "spokesman", "spokeswoman")
        ):
            return None
        found = {
            key
            for key, person in self.people.items()
            for title in person.titles
            if (fuzz.ratio(told, title.lower()) >= 80 or (len(told) >= 12 and title.lower().endswith(told)))
            # "the Armenian prime minister" is not the Armenian Deputy Prime Minister
            and _same_rank(told, title)
        }
        return next(iter(found)) if len(found) == 1 else None

    def _by_title(self, office: str) -> str | None:
        """The one person of the article whose title holds ``office`` ("president", not "vice president")."""
        office_re = re.compile(rf"(?<!vice )(?<!vice-)(?<!deputy )\b{re.escape(office)}\b(?!-elect)")

        def holds(title: str) -> bool:
            low = title.lower()
            return office_re.search(low) is not None and not _NOT_THE_OFFICE.search(low)

        # of a country the article says ("African Development Bank President Sidi Ould Tah" keeps only "President")
        holders = [
            k for k, p in self.people.items() if p.country is not None and any(holds(t) for t in p.titles)
        ]
        others = [
            k
            for k, p in self.people.items()
            if k not in holders and any(office in t.lower() for t in p.titles)
        ]
        # "Former President Uhuru Kenyatta", "African Development Bank President Sidi Ould Tah": then no one surely
        return holders[0] if len(holders) == 1 and not others else None

    def _person_for_handle(self, handle: str) -> str | None:
        low = handle.lower()
        for key, person in self.people.items():
            if low in person.handles:
                return key
        squashed = {key: key.replace(" ", "") for key in self.people}
        bare = low.replace(".", "").replace(
            "_", ""
        )  # "sonia.jouini.officiel": an account's name with its dots
        for key, flat in squashed.items():
            if flat in (low, bare) or (len(low) >= 5 and (flat in low or low in flat or flat in bare)):
                self.people[key].handles.add(low)
                return key
        return None

    def _surname_person(self, word: str) -> str | None:
        """The article's person whose surname is ``word``, a place's name too ("Hernán Medina": "Medina")."""
        if " " in word:
            return None
        key = self._resolve_name(word)
        return key if key and " " in key and key.rsplit(" ", 1)[1] == name_key(word) else None

    def _misspelt_surname(self, word: str) -> str | None:
        """The one person whose surname ``word`` misspells by one letter ("Nyamadzwo", "Ridly"), when the word names
        nothing else."""
        if self._vocab_word(word) or word.lower() in _NOT_NAMES or word in self.vocab.given_names:
            return None
        low = word.lower()
        found = {
            key
            for key, person in self.people.items()
            for name in person.names
            if " " in name
            for surname in name.lower().split()[1:]  # "Arosemena" of "Rodrigo Arosemena Vidal"
            if surname != low
            and len(surname) >= 5
            and low != surname + "s"  # "Millers said": a plural, not Stephen Miller
            and _a_letter_off(surname, low)
        }
        return found.pop() if len(found) == 1 else None

    def _resolve_single(self, word: str) -> str | None:
        bare = word.replace("’", "'")
        if (bare.lower() in _NOT_NAMES and bare.lower() not in _INSTITUTIONS) or self._vocab_word(bare):
            return None
        # "Park told ...": a word that also names buildings is a surname once the article gives the full name.
        return self._resolve_name(bare)

    def _descriptive_agreement(self, m: re.Match[str]) -> _Tag | None:
        if m.group("head")[:1].isupper():
            return None  # a capitalised head is a name: the named-agreement tagger has it
        head = m.group("head").lower()
        domain = " ".join(m.group("domain").lower().split())
        comp = (m.group("comp") or "").strip()
        mods = m.group("mods").lower()
        start, end = m.start(), m.end()
        if self.text[end : end + 1] == "s":
            return None
        if not domain and not comp:
            # "the agreement", "the pact": the agreement the article is about.
            key = self._compatible_named(head, "") or self.last_agreement
            if key is None:
                return None
            return _Tag("agreement", start, end, key, m.group(0), possessive=False)
        key = None if comp else self._compatible_named(head, domain)
        name = " ".join(f"{domain} {head} {comp}".split())
        if key is None:
            key = f"agreement:{slugify(name)}"
            thing = self.things.setdefault(key, _Thing(Kind.AGREEMENT, key, head=head.split()[-1]))
            thing.names[name] += 1
        thing = self.things[key]
        for word in ("non-binding", "legally binding", "landmark", "historic", "renewed"):
            if word in mods and word not in thing.notes:
                thing.notes.append(word)
        dur = _DURATION.search(mods)
        if dur and f"{dur.group(0)}" not in thing.notes:
            thing.notes.append(_duration_note(dur.group("value")))
        return _Tag("agreement", start, end, key, m.group(0))

    def _compatible_named(self, head: str, domain: str) -> str | None:
        """A named agreement of this article that a description ("the defence framework") refers to."""
        head_word = head.split(maxsplit=1)[0] if head else ""
        best: tuple[int, str] | None = None
        for key, thing in self.things.items():
            if thing.kind is not Kind.AGREEMENT or not thing.names:
                continue
            words = {w.lower().strip("’'") for n in thing.names for w in n.split()}
            words |= {w.replace("defense", "defence") for w in words}
            if (
                head_word
                and head_word not in words
                and head_word not in _LOOSE_HEADS
                and not (not domain and head_word in _GENERIC_HEADS)
            ):
                continue
            domain_words = [w.replace("defense", "defence") for w in domain.split()]
            if domain_words and not all(w in words for w in domain_words):
                continue
            score = sum(thing.names.values())
            if best is None or score > best[0]:
                best = (score, key)
        return best[1] if best else None

    def _in_quote(self, pos: int) -> bool:
        for s, e in self.quote_spans:  # noqa: SIM110 - a plain loop: any() over a generator costs more here
            if s <= pos < e:
                return True
        return False

    def _home_country(self) -> str | None:
        if self.clean.dateline and self.clean.dateline in self.vocab.places:
            return self.vocab.places[self.clean.dateline].country
        return None

    def _main_pair(self) -> tuple[str, ...]:
        counts = Counter(self.country_counts)
        for sentence in self.sentences:
            for tag in self.tags[(sentence.start, sentence.end)]:
                if tag.kind == "person":
                    country = self.people[tag.key].country
                    if country:
                        counts[country] += 1
        return tuple(sorted(slug for slug, _ in counts.most_common(2)))

    # ------------------------------------------------------------------ events

    def _events_in(self, sentence: Sentence) -> None:
        text = self.text
        raw = text[sentence.start : sentence.end]
        norm = " ".join(raw.lower().split())
        if norm in self.seen_sentences:
            return
        self.seen_sentences.add(norm)
        # Quotations are masked, but not a few words in scare quotes: 'suspended its 20% "border security surcharge"'
        quotes = [
            (s, e)
            for s, e in self.quote_spans
            if s < sentence.end
            and e > sentence.start
            and (e - s > 40 or text.count(" ", s, e) >= 4 or _EVENT_WORD.search(text, s, e))
        ]
        masked = mask(raw, quotes, sentence.start)
        tags = [t for t in self.tags[(sentence.start, sentence.end)] if not self._in_quote(t.start)]
        dates = self._in_told_week(find_dates(masked, self.reference), sentence.start)
        lead = _LEAD_RELATION.match(masked)
        if lead:
            # "A day after the Philippines signed a logistics pact with Japan, senators on Wednesday demanded ...":
            # the opening clause happened that long before the main clause's date.
            main_at = lead.end()
            clauses = [
                (sentence.start + lead.start("sub"), sentence.start + lead.end("sub"), None),
                *self._clauses(masked[main_at:], sentence.start + main_at),
            ]
        else:
            clauses = self._clauses(masked, sentence.start)
        previous: _Event | None = None
        who_start = sentence.start
        opening: list[_Event] = []
        told_before = len(self.events)
        for c_start, c_end, relation in clauses:
            c_tags = [t for t in tags if c_start <= t.start < c_end]
            c_dates = [d for d in dates if c_start <= sentence.start + d.start < c_end]
            c_text = masked[c_start - sentence.start : c_end - sentence.start]
            if relation == "who":
                who_start = c_start
            if relation in ("who", "main"):
                # The main clause after a relative one has the relative clause's antecedent for its subject.
                antecedent = self._antecedent(tags, who_start)
                if antecedent is None and who_start > sentence.start:
                    # "The president, who last met his Tajik counterpart in Dushanbe in October, wrote ...": the one
                    # person the title fits
                    antecedent = self._described_subject(
                        masked[: who_start - sentence.start], sentence.start, tags
                    )
                if antecedent is not None:
                    c_tags = [*self._joined_before(tags, antecedent), antecedent, *c_tags]
            if lead and c_start == sentence.start + lead.start("sub"):
                # Undated, its date is worked out from the main clause's (below).
                opening = made = self._clause_events(sentence, c_text, c_start, c_tags, c_dates)
            else:
                made = self._clause_events(sentence, c_text, c_start, c_tags, c_dates)
            if relation == "main":
                relation = None
            if relation and previous and made:
                for event in made:
                    if event.when is None:
                        event.relation = (relation, previous)
            if made:
                previous = made[0]
            for tag in c_tags:
                if tag.kind == "agreement":
                    self.last_agreement = tag.key
        if lead and opening:
            main = next((d.when for d in dates if d.start >= lead.end() and d.when is not None), None)
            earlier = _earlier_by(lead, main) if main is not None else None
            for event in opening:
                event.when = event.when or earlier
        if len(self.events) == told_before:
            self._date_by_noun(sentence, masked, dates)
        subject = next((t.key for t in tags if t.kind == "person"), None)
        he = _OPENING_PRONOUN.match(masked)
        if subject and he and self.last_subject and all(t.start >= sentence.start + he.end() for t in tags):
            # "He held talks on Friday with X": the subject is still who "he" is, not X; X is who "she" would be
            self.genders[self.last_subject] = he.group("pronoun").lower()
            self.other_subject = subject
        elif subject:
            self.last_subject, self.other_subject = subject, None

    def _in_told_week(self, dates: list[DateMatch], at: int) -> list[DateMatch]:
        """ "When President Latheef stepped off the jet on Monday, September 14 ... The working day was Tuesday" (a
        page of Thursday 24 September): a bare weekday told after a day the story names with its weekday, over a week
        before publication, is of that day's week (the Tuesday after it), not of the week before publication. Records
        such days as the sentences are read, in order."""
        if self.reference is None:
            return dates
        result = []
        for d in dates:
            when = d.when
            anchor = next((w for p, w in reversed(self.weekday_anchors) if p <= at), None)
            if (
                anchor is not None
                and when is not None
                and when.basis == WEEKDAY_BEFORE_PUBLICATION
                and _BARE_WEEKDAY.fullmatch(d.phrase)
            ):
                day = anchor.start + timedelta(days=(when.start.weekday() - anchor.start.weekday()) % 7)
                if day < when.start:
                    basis = f"the {d.phrase.split()[-1]} of the week the story names before ({anchor.phrase})"
                    d = replace(d, when=When.day(day, when.phrase, when.reference, basis))
            result.append(d)
            if (
                when is not None
                and when.precision is Precision.DAY
                and when.basis != WEEKDAY_BEFORE_PUBLICATION
                and _WEEKDAY_NAMED.search(d.phrase)
                and timedelta(days=7) <= self.reference - when.start <= timedelta(days=60)
                and (not self.weekday_anchors or self.weekday_anchors[-1][0] < at)
            ):
                self.weekday_anchors.append((at, when))
        return result

    def _body_session(
        self,
        sentence: Sentence,
        clause: str,
        start: int,
        tags: list[_Tag],
        when: When | None,
        place: str | None,
    ) -> _Event | None:
        """ "The next session of the Greece–Bulgaria High-Level Cooperation Council will take place in Sofia", "The
        last Binational Cabinet was held in Cochabamba in 2024", "The plenary session of the Binational Cabinet is under
        way": a session of a body two countries hold together, told held, to be held or under way, is talks between the
        countries its name holds (else the story's two)."""
        if clause.isascii() and not holds_any(clause.lower(), _SESSION_BODY_HINTS):
            return None  # no word of a body's name: neither search below can find one
        body = _SESSION_BODY.search(clause)
        if body is None and (summit := _NUMBERED_SUMMIT.search(clause)) is not None:
            # "the 6th Summit had been held in Lisbon in June 2024", "the 8th Summit will be held in Portugal": a
            # summit of a series the two countries hold, named after both here or before
            words = [w for w in re.split(r"[\s\-–]+", summit.group("name") or "") if w]
            named = set(self._countries_of_words(words))
            # (not "the 47th ASEAN Summit": a summit of others)
            if len(named) >= 2 or (not words and self._bilateral_summit_told()):
                body = summit
        if body is None and (again := _THE_BODY_SESSION.search(clause)) is not None:
            # "the commission's next session will be held in Yerevan next year", the commission named before
            head = again.group("head") or again.group("head2") or again.group("head3")
            heads = (head,) if head else ("commission", "committee", "council")
            body = (
                again if any(self._joint_body_told_before(h, start + again.start()) for h in heads) else None
            )
        if body is None or _DOMESTIC_BODY.search(clause, max(0, body.start() - 30), body.end() + 25):
            return None  # "The Parliamentary Joint Committee on Treaties met": one country's own
        held = _BODY_HELD.search(clause, body.end())
        if held is None and (met := _MET_FOR_BODY.search(clause, 0, body.start())) is not None:
            held = met  # "as the presidents of both countries met ... for the eighth Peru–Bolivia binational cabinet"
        elif (
            held is None and when is not None and (at := _AT_BODY.search(clause, 0, body.start())) is not None
        ):
            held = at  # "agreed yesterday in Shkodër ..., at the first joint session of the two governments"
        elif held is None or _CLAUSE_BREAK.search(clause, body.end(), held.start()):
            return None
        if when is None and place is None and "under way" not in held.group(0):
            return None
        slugs = self._countries_of_words(re.split(r"[\s\-–]+", body.group(0)))
        parties = list(dict.fromkeys(slugs)) if len(set(slugs)) >= 2 else list(self.main_pair)
        if len(parties) < 2:
            return None
        if when is None and self.reference is not None and "under way" in held.group(0):
            when = When.day(
                self.reference, held.group(0), self.reference, "told as under way: the publication date"
            )
        event = self._new_event(EventType.TALKS, sentence, clause, when)
        event.place = place
        for slug in parties:
            event.participants[f"country:{slug}"] = "party"
        return event

    def _later_rounds(
        self,
        first: _Event,
        sentence: Sentence,
        clause: str,
        start: int,
        tags: list[_Tag],
        dates: list[DateMatch],
        rounds: list[re.Match[str]],
    ) -> list[_Event]:
        """ "..., in Oslo in February and in Bergen from 10 to 12 March": each place told after the first with a day
        of its own is another round between the same parties."""
        made: list[_Event] = []
        for index, m in enumerate(rounds):
            until = rounds[index + 1].start() if index + 1 < len(rounds) else len(clause)
            when = next(
                (
                    d.when
                    for d in dates
                    if d.when is not None and start + m.end() <= sentence.start + d.start < start + until
                ),
                None,
            )
            where = next((t for t in tags if t.start == start + m.start("place")), None)
            word = m.group("place").split()[0].lower()
            if (
                when is None
                or word in MONTHS
                or word in WEEKDAYS
                or (where is not None and where.kind not in ("place", "country"))
            ):
                continue  # (not ", in March on ...": a month is no place)
            event = self._new_event(first.type, sentence, clause, when)
            event.participants = dict(first.participants)
            if where is not None:
                event.place = where.key if where.kind == "place" else f"country:{where.key}"
            made.append(event)
        return made

    def _coordinated_meetings(
        self,
        sentence: Sentence,
        clause: str,
        start: int,
        tags: list[_Tag],
        dates: list[DateMatch],
        first: re.Match[str],
    ) -> list[_Event]:
        """ "The visit follows technical talks between the two countries' services in Sanniquellie last month, and
        a telephone call between the two presidents in January": each part after ", and a ..." that tells talks of
        its own is read as a clause of its own, with its own date and place."""
        made: list[_Event] = []
        for part in _AND_ANOTHER.finditer(clause, first.end()):
            at = part.end()
            end = next((m.start() for m in _AND_ANOTHER.finditer(clause, at)), len(clause))
            text = clause[at:end]
            meet = _MEET.search(text) if holds_any(text.lower(), _MEET_HINTS) else None
            if meet is None:
                continue
            own = [d for d in dates if start + at <= sentence.start + d.start < start + end]
            when = next((d.when for d in own if d.when is not None), None)
            part_tags = [t for t in tags if start + at <= t.start < start + end]
            event = self._meeting(
                sentence,
                text,
                start + at,
                part_tags,
                meet,
                when,
                self._place(text, start + at, part_tags),
                None,
            )
            # (not "the meeting with Tanzanian officials" alone)
            if event is not None and len(event.participants) >= 2:
                made.append(event)
        return made

    def _date_by_noun(self, sentence: Sentence, masked: str, dates: list[DateMatch]) -> None:
        """ "Argentina has raised tariffs ... The increase, set out in a decree published on Monday, ...", "The
        visit, which began on Monday, ...": a sentence that names the event just told by its noun, and reports
        nothing else, gives its day."""
        noun = _BY_NOUN.match(masked)
        if noun is None:
            return
        day = next((d.when for d in dates if d.when is not None), None)
        if day is None or day.precision not in (Precision.DAY, Precision.RANGE):
            return
        kinds = _NOUN_KINDS[noun.group("noun").lower()]
        event = next(
            (e for e in reversed(self.events) if sentence.paragraph - e.paragraph <= 1 and e.type in kinds),
            None,
        )
        if event is None or event.start != self.events[-1].start:
            return  # only an event of the sentence that told the last one
        known = event.when
        # Undated, or dated more loosely by a span that holds this one ("last week", then "from Monday to Thursday
        # last week").
        if known is None or (
            known.span_days > day.span_days and known.start <= day.start and day.end <= known.end
        ):
            event.when = replace(day, basis=f"{day.basis}; told of “{noun.group(0)}”".lstrip("; "))

    def _joined_before(self, tags: list[_Tag], last: _Tag) -> list[_Tag]:
        """The people joined to ``last`` before it: "Pham Quoc Thanh and his South Korean counterpart Kang Min-jae,
        who held talks ..." (both held them)."""
        joined: list[_Tag] = []
        current = last
        for tag in reversed([t for t in tags if t.kind == "person" and t.end <= last.start]):
            if not _JOINED_PERSON.fullmatch(self.text, tag.end, current.start):
                break
            joined.insert(0, tag)
            current = tag
        return joined

    def _antecedent(self, tags: list[_Tag], before: int) -> _Tag | None:
        """Who "who" refers to: the last person before the clause, or the one an appositive describes."""
        people = [t for t in tags if t.kind == "person" and t.end <= before]
        if not people:
            return None
        last = people[-1]
        prefix = self.text[: last.start]
        if len(people) >= 2 and re.search(r",\s+(?:a|an|the)\s+[^,]{0,60}$", prefix):
            return people[-2]
        return last

    def _clauses(self, masked: str, offset: int) -> list[tuple[int, int, str | None]]:
        cuts: list[tuple[int, int, str]] = []
        low = masked.lower()
        # Each pattern needs its words ("after", "followed by"), whose letters fold only to themselves.
        for m in _RELATION.finditer(masked) if "after" in low or "before" in low else ():
            cuts.append((m.start(), m.end(), f"{m.group('unit').rstrip('s')}s {m.group('dir').lower()}"))
        for m in _FOLLOWED_BY.finditer(masked) if "followed by" in low else ():
            cuts.append((m.start(), m.end(), "followed by"))
        for m in _AND_THAT.finditer(masked) if " and that " in masked else ():
            # "He said he had spoken by telephone with X late on Sunday and that technical teams would meet in Cairo
            # next week": two things said, each with its own events and days
            cuts.append((m.start(), m.end(), "main"))
        for m in _NEW_SUBJECT_CLAUSE.finditer(masked) if ", " in masked or "; " in masked else ():
            # "The committee is to meet in Rabat in June, and Ould Cheikhna is expected to visit Morocco later this
            # year": a second clause with its own subject, its own events and its own day
            if m.group("own") and (
                _CLAUSE_VERB.search(masked, 0, m.start()) is None or ", who" in masked[: m.start()]
            ):
                continue  # "Valeria Rojas, Chile's president, and Indonesian President Dimas Hartono held talks": one
            cuts.append((m.start(), m.end(), "main"))
        for m in _WHO.finditer(masked) if ", who" in masked else ():
            cuts.append((m.start(), m.end(), "who"))
            # "Harada, who arrived in Manila on Sunday, signed the agreement on Tuesday": the relative clause
            # ends at the comma before the main clause's verb.
            for back in _RESUMED.finditer(masked, m.end()):
                if (
                    back.group("verb").lower() in self.ex._subject_verbs
                    or back.group("verb") in _AUXILIARIES
                    # "Brazão, who arrived in Lisbon on Tuesday evening, co-chaired the summit": the main clause's verb
                    or back.group("verb").lower() in ("co-chaired", "chaired")
                ):
                    cuts.append((back.start(), back.start() + 1, "main"))
                    break
                if _AND_BY.match(masked, back.start()):
                    # "laid by the two ministers, who held a video call last week, and by Dossou's visit to
                    # Ouagadougou in March": the main clause's second "by"
                    cuts.append((back.start(), back.start() + 1, "main"))
                    break
        cuts.sort()
        result: list[tuple[int, int, str | None]] = []
        pos = 0
        relation: str | None = None
        for start, end, rel in cuts:
            if start <= pos:
                continue
            result.append((offset + pos, offset + start, relation))
            pos, relation = end, rel
        result.append((offset + pos, offset + len(masked), relation))
        return result

    def _resolve_pronoun(
        self, clause: str, clause_start: int, tags: list[_Tag], sentence: Sentence | None = None
    ) -> _Tag | None:
        m = _PRONOUN.search(clause)
        if m and m.group(0).lower() in ("him", "her"):
            return self._hosted_object(clause, clause_start, tags, m, sentence)
        if not m:
            return self._described_subject(clause, clause_start, tags)
        before = [t for t in tags if t.kind == "person" and t.start < clause_start + m.start()]
        key = before[0].key if before else self.last_subject
        if (
            not before
            and key is not None
            and self.other_subject is not None
            and self.genders.get(key, m.group(0).lower()) != m.group(0).lower()
        ):
            key = (
                self.other_subject
            )  # "He held talks with President Samia Suluhu Hassan. She said ...": Samia
        if key is None:
            return None
        return _Tag("person", clause_start + m.start(), clause_start + m.end(), key, m.group(0))

    def _without_country(self, title: str) -> str:
        """A title without the country it names: "Lithuanian Foreign Minister", "Prime Minister of Nepal" -> "Foreign
        Minister", "Prime Minister"."""
        bare = _OF_A_COUNTRY.sub("", title)
        first, _, rest = bare.partition(" ")
        return rest if rest and self.vocab.country_of(first) is not None else bare

    def _titles_alone(self) -> dict[str, str]:
        """One-word titles, as written, that exactly one person of the article holds whole ("Lyonchhen")."""
        holders: dict[str, set[str]] = {}
        for key, person in self.people.items():
            for title in person.titles:
                if " " not in title and title[:1].isupper() and title.lower() not in _BARE_TITLES_NOT_NAMES:
                    holders.setdefault(title, set()).add(key)
        return {title: next(iter(keys)) for title, keys in holders.items() if len(keys) == 1}

    def _visitors(self) -> set[str]:
        """Every visitor of the visits told so far."""
        return {
            k
            for e in self.events
            if e.type is EventType.VISIT
            for k, r in e.participants.items()
            if r == "visitor"
        }

    def _one_guest(self) -> str | None:
        """ "His guest", "the guest": the one person who visits in the story told so far, if only one."""
        guests = self._visitors() & self.people.keys()
        return guests.pop() if len(guests) == 1 else None

    def _head_of(self, head: str) -> str | None:
        """The one person whose title is that office of a country ("President", "Kyrgyz President", "President of
        Chile"), not of a body ("Senate President", "President of the Senate")."""
        office = head.title() if head != "prime minister" else "Prime Minister"
        found = set()
        for key, person in self.people.items():
            for title in person.titles:
                m = _HEAD_OF_A_COUNTRY.fullmatch(title)
                if m is None or m.group("office") != office:
                    continue
                told = m.group("before") or m.group("of")
                if (told is None or self.vocab.country_of(told) is not None) and not self._of_a_body(
                    person, office
                ):
                    found.add(key)
        return found.pop() if len(found) == 1 else None

    def _of_a_body(self, person: _Person, office: str) -> bool:
        """The text tells the office as a body's before the name: "Senate President Efua Mensah"."""
        for name in person.names:
            for m in re.finditer(rf"([A-Z][\w'’-]+) {office} {re.escape(name)}", self.text):
                if m.group(1) not in ("The", "Then", "And") and self.vocab.country_of(m.group(1)) is None:
                    return True
        return False

    def _described_subject(self, clause: str, clause_start: int, tags: list[_Tag]) -> _Tag | None:
        """ "Later on Saturday the Burkinabè minister called on ...", "the visiting minister met", "the minister from
        Burkina Faso met": a clause whose subject is a title with its country, or "visiting", is the one person named
        before that it fits; no one when none or two fit."""
        m = _DESCRIBED_SUBJECT.match(clause)
        if m is None or any(t.kind == "person" and t.start < clause_start + m.end() + 3 for t in tags):
            return None
        if m.group("guest"):
            guest = self._one_guest()
            if guest is None:
                return None
            return _Tag("person", clause_start + m.start("guest"), clause_start + m.end(), guest, m.group(0))
        head = m.group("head").lower()
        country = m.group("country") or m.group("of")
        slug = self.vocab.country_of(country) if country else None
        if country and slug is None:
            return None
        visitors = self._visitors() if m.group("visiting") else None
        if slug is None and visitors is None:
            if head in ("president", "prime minister", "premier") and (
                clause.startswith(", who", m.end()) or not clause[m.end() :].strip()
            ):
                # "The president, who last met ...": the one head of state or government of a country the story
                # names (not "Senate President X", "Alliance President Y")
                key = self._head_of(head)
                if key is None:
                    return None
                return _Tag("person", clause_start + m.start("the"), clause_start + m.end(), key, m.group(0))
            return None
        fits = [
            person.key
            for person in self.people.values()
            if any(_title_head_is(title, head) for title in person.titles)
            and (slug is None or person.country == slug)
            and (visitors is None or person.key in visitors)
        ]
        if len(fits) != 1:
            return None
        return _Tag("person", clause_start + m.start("the"), clause_start + m.end(), fits[0], m.group(0))

    def _hosted_object(
        self, clause: str, clause_start: int, tags: list[_Tag], m: re.Match[str], sentence: Sentence | None
    ) -> _Tag | None:
        """ "N'Dri arrived ... and was welcomed by President Kpangbai, who hosted him for talks": "him" after a verb
        of hosting is the sentence's first person, when that is not who hosts."""
        if sentence is None or not _HOSTED_BEFORE.search(clause, max(0, m.start() - 12), m.start()):
            return None
        hosts = {t.key for t in tags if t.kind == "person" and t.start < clause_start + m.start()}
        people = [t for t in self.tags.get((sentence.start, sentence.end), []) if t.kind == "person"]
        first = next((t for t in people if not t.possessive and not self._in_quote(t.start)), None)
        if (
            hosts
            and {t.key for t in people} == hosts
            and len(hosts) == 1
            and self.last_subject is not None
            and self.last_subject not in hosts
            and not any(t.kind == "person" for t in tags if t.start > clause_start + m.end())
        ):
            # "... Dhungel arrived in New Delhi on Sunday. By evening, Mehrotra had called on him": the last sentence's
            # subject, the sentence naming only the host
            return _Tag(
                "person", clause_start + m.start(), clause_start + m.end(), self.last_subject, m.group(0)
            )
        if first is None or first.key in hosts or not hosts or len({t.key for t in people}) != 2:
            return None  # only the two the sentence names: not when a third may be "him" (a speaker, a guest)
        return _Tag("person", clause_start + m.start(), clause_start + m.end(), first.key, m.group(0))

    def _clause_events(
        self, sentence: Sentence, clause: str, start: int, tags: list[_Tag], dates: list[DateMatch]
    ) -> list[_Event]:
        made: list[_Event] = []
        pronoun = self._resolve_pronoun(clause, start, tags, sentence)
        if pronoun:
            tags = sorted([*tags, pronoun], key=lambda t: t.start)
        # "the first visit since 2019", "in force since 2016": the start of a state, not when the event happened
        # (nor the dateline's day, "Nouakchott, 12 nov. (ASI) –", where the clause tells another)
        usable = [d for d in dates if d.when is not None and not d.phrase.lower().startswith("since")]
        if (
            len(usable) > 1
            and usable[0].start < 40
            and _AFTER_DATELINE_DAY.match(self.text, sentence.start + usable[0].end)
        ):
            dates = [d for d in dates if d is not usable[0]]
            usable = usable[1:]
        when = usable[0].when if usable else None
        if (
            when is None
            and self.reference is not None
            and "just" in clause  # (the pattern's word: a cheap test first)
            and (just := _JUST_DONE.search(clause)) is not None
            and not self._in_quote(start + just.start())
        ):
            # "Two documents have just been signed in the presence of the prime ministers" (a live blog's entry): now
            when = When.day(
                self.reference, just.group(0), self.reference, "told as just done: the publication date"
            )
        if when is None and _CAME_AS.match(clause) is not None:
            # "The announcement came as Colombian President X made a one-day visit to Panama City": on the day of
            # the announcement told before
            when = self._day_of_last_said(start)
        told_by_reference = _SAME_DAY.search(clause) if when is not None else None
        if told_by_reference and all(
            sentence.start + d.start >= start + told_by_reference.end() for d in dates
        ):
            # "The next day, the ACSA was signed ..., capping a two-day stop on 9-10 March": the day is the next.
            when = None
        place = self._place(clause, start, tags)
        occasion = self._occasion(clause, start, tags)
        low = clause.lower()
        sign = _SIGN.search(clause) if holds_any(low, _SIGN_HINTS) else None
        if (
            sign
            and not sign.group("verb").lower().startswith(("sign", "ink", "exchang"))
            and not _AGREEMENT_OBJECT.match(clause[sign.end() :])
        ):
            sign = None
        while sign and _is_noise_sign(clause, sign):
            # "Days after a letter signed by 40 MPs urged action, Kenya and Uganda signed ...": the next one
            sign = _SIGN.search(clause, sign.end())
            if sign and not sign.group("verb").lower().startswith(("sign", "ink", "exchang")):
                sign = None
        if (
            sign
            and when is not None
            and self.reference is not None
            and when.start > self.reference
            and _TOLD_AHEAD.search(when.phrase)
            and sign.group("verb").lower().endswith("ed")
            and not _FUTURE.search(clause, 0, sign.start())
            and not re.search(r"\b(?:once|when|after|if)\s+$", clause[: sign.start()], re.IGNORECASE)
        ):
            # "The two men then signed a letter of intent, which foresees a plant next year": not the signing's day
            when = None
        if sign:
            result = _with_signed(clause, sign) and _VISIT.search(clause, 0, sign.start()) is not None
            # "wrapped up a visit to Laos on Wednesday with two agreements signed": the day is the visit's end's
            signed_when = None if result else when
            where = _DURING_WHICH.search(clause, 0, sign.start())
            if where is not None and not result:
                # "returned yesterday from a visit to Latvia, where on Thursday she signed ...": the where-clause's day
                signed_when = next(
                    (
                        d.when
                        for d in dates
                        if d.when is not None
                        and start + where.end() <= sentence.start + d.start < start + len(clause)
                    ),
                    when,
                )
            if not result and where is None:
                signed_when = self._day_after_signed(sentence, clause, start, sign, dates, signed_when)

            if (
                signed_when is not None
                and _TAKES_EFFECT_FROM.match(signed_when.phrase)
                and not re.search(r"\b(?:to|until|till|through)\b|[–-]", signed_when.phrase)
            ):
                # "put pen to paper on an air services agreement ... with three weekly flights from March": the day
                # something under the agreement begins, not its signing's
                signed_when = None
            semicolon = clause.find("; ", sign.end())
            if semicolon >= 0 and any(
                d.when is signed_when and sentence.start + d.start > start + semicolon for d in dates
            ):
                signed_when = None  # "Kyrgyzstan signs migration agreement with Germany; first nurses to leave next year"
            made.append(self._signing(sentence, clause, start, tags, sign, signed_when, place, occasion))
        if (
            not sign
            and ", " in clause
            and (item := _ITEM_SIGNED_BY.search(clause)) is not None
            and _FOLLOWING_SIGNED.search(self.text, max(0, sentence.start - 800), sentence.start) is not None
            and any(t.kind == "person" and t.start >= start + item.end() for t in tags)
        ):
            # "the following documents were also signed: – A Memorandum of Understanding on ..., by the Minister of
            # Environment and Energy Eleni Karamitrou and ... Plamen Nedyalkov": each item a signing, by those named,
            # on the day of the signing told before the list ("also signed")
            signed_before = [
                e
                for e in self.events
                if e.type is EventType.SIGNING
                and e.when is not None
                and 0 < sentence.start - e.start <= _LIST_REACH
            ]
            item_when = when or (max(signed_before, key=lambda e: e.start).when if signed_before else None)
            made.append(self._signing(sentence, clause, start, tags, item, item_when, place, occasion))
        meet = _MEET.search(clause) if holds_any(low, _MEET_HINTS) else None
        if meet and _AT_THE_MEETING.fullmatch(clause, 0, meet.start()):
            # "At the meeting, A and B signed ...", "After the meeting, A met B on Tuesday": the meeting told before
            # is no other; the clause's own verb may be
            meet = _MEET.search(clause, meet.end())
        if meet and not sign:
            when = _held_when(when, dates)
            others = self._coordinated_meetings(sentence, clause, start, tags, dates, meet)
            part_end = (
                next((m.start() for m in _AND_ANOTHER.finditer(clause, meet.end())), None) if others else None
            )
            if part_end is not None:
                # "talks in Sanniquellie last month, and a telephone call ... in January": not the part after's day
                when = next(
                    (
                        d.when
                        for d in dates
                        if d.when is not None and sentence.start + d.start < start + part_end
                    ),
                    None,
                )
            own = _own_day_after(clause, start - sentence.start, dates, meet, when)
            rounds = list(_ROUND_AFTER.finditer(clause, meet.end()))
            if rounds:
                # "met in Reykjavík in January, in Oslo in February and in Bergen from 10 to 12 March": the first
                # round's own day and place
                own = next(
                    (
                        d.when
                        for d in dates
                        if d.when is not None and sentence.start + d.start < start + rounds[0].start()
                    ),
                    own,
                )
            event = self._meeting(sentence, clause, start, tags, meet, own, place, occasion)
            if event:
                event.when = _days_of_talks(meet, event.when, clause)
                made.append(event)
                made.extend(self._later_rounds(event, sentence, clause, start, tags, dates, rounds))
            made.extend(others)
        elif (
            meet
            and sign
            and meet.start() > sign.end()
            and made
            and not self._in_name(tags, start + meet.start())
            and not _AHEAD_OF.search(clause, sign.end(), meet.start())
        ):
            # "signed ... during a meeting between A and B": the meeting's people signed, and the meeting (or
            # talks) is an event of its own, on the same day. "signed by A and B after C held talks with D":
            # the talks have a subject of their own, who did not sign.
            other = _OTHER_CLAUSE.search(clause, sign.end(), meet.start())
            subject = [
                t
                for t in tags
                if other
                and t.kind in ("person", "group")
                and start + other.end() <= t.start < start + meet.start()
            ]
            if other and not subject and (by_title := self._subject_by_title(clause, start, other.end())):
                # "signed by A and B, after Lyonchhen held talks with Prime Minister C": the one whose title that is
                subject = [by_title]
                tags = sorted([*tags, by_title], key=lambda t: t.start)
            if other and not subject and _THE_TWO.match(clause, other.end()):
                # "was signed by A and B after the two presidents held talks at the palace": the two told before
                at, till = start + other.end(), start + meet.start()
                subject = [
                    _Tag("person", at, till, key, clause[other.end() : meet.start()])
                    for key in self._the_two(clause[other.end() : meet.start()], sentence)
                ]
                tags = sorted([*tags, *subject], key=lambda t: t.start)
            if subject and other:
                partners = [
                    t for t in tags if t.start >= start + other.end() and t.kind in ("person", "group")
                ]
            else:
                partners = self._between(clause, start, tags, meet.end())
                for tag in partners:
                    made[0].participants.setdefault(tag.key, "signatory")
            held = self._meeting(sentence, clause, start, partners or tags, meet, when, place, occasion)
            if held and held.when is None and subject:
                held.relation = ("same occasion", made[0])
            if held:
                made.append(held)
        elif (
            meet
            and sign
            and made
            and meet.end() <= sign.start()
            and not self._in_name(tags, start + meet.start())
            and not _FUTURE.search(clause, 0, meet.start())
            and not _AHEAD_OF.search(low, 0, meet.start())
        ):
            # "At a meeting in Tbilisi on Tuesday, A and B signed ...", "X flew in, sat down with Y ..., and the pair
            # then signed ...": the meeting before the signing is an event of its own.
            # A meeting told by its noun ("At a meeting ...") is the signatories'; one told by its verb ("X met Y in
            # Kampala, ...", "sat down with Y at the ministry ...,") is of the people up to the comma after it.
            noun = meet.group("verb").lower() in ("meeting", "talks")
            comma = clause.find(", ", meet.end(), sign.start())
            until = start + (sign.start() if noun or comma < 0 else comma)
            before = [t for t in tags if t.start < until]
            # Its own date, between its verb and the signing ("who sat down with Y ... last June"), else the signing's.
            own = next(
                (d.when for d in dates if d.when and start + meet.end() <= sentence.start + d.start < until),
                None,
            ) or next(
                # "On Tuesday, foreign ministers A and B co-chaired the twelfth meeting of the Commission, where
                # officials drew up the texts that were signed on Wednesday": the day told before the meeting's verb
                (
                    d.when
                    for d in dates
                    if d.when
                    and start <= sentence.start + d.start
                    and sentence.start + d.end <= start + meet.start()
                    and not noun
                    and not _TAKES_EFFECT_FROM.match(d.phrase)
                ),
                None,
            )
            held = self._meeting(sentence, clause, start, before, meet, own, place, occasion)
            later = next(
                (
                    d.when
                    for d in dates
                    if d.when and sentence.start + d.start >= until and not _TAKES_EFFECT_FROM.match(d.phrase)
                ),
                None,
            )  # (not "signed a communiqué committing both sides to suspend the measures from August 1")
            if own is not None and made[0].when is own and later is not None:
                # The clause's first date was the meeting's; the signing has its own after it.
                made[0].when = later
            if held and held.when is None:
                held.relation = ("same occasion", made[0])
            if held:
                made.append(held)
        visit = _VISIT.search(clause) if holds_any(low, _VISIT_HINTS) else None
        # "..., as Botswana's President X paid a one-day working visit to Windhoek": a visit of that one day, told in a
        # clause of its own after the signing (a longer one is told with its own days elsewhere, if at all)
        as_clause = (
            visit is not None
            and sign is not None
            and sign.end() < visit.start()
            and _AS_CLAUSE.search(clause, sign.end(), visit.start()) is not None
            and _ONE_DAY.search(clause, max(0, visit.start() - 30), visit.end() + 30) is not None
        )
        if visit and (
            not sign
            or (
                _DURING_WHICH.search(clause, visit.end(), sign.start())
                # (not "visits to the Maasai Mara, where ...", "his visit to Beijing, where ..., had been a success")
                and (
                    visit.group("verb").lower() not in ("visit", "visits", "trip", "tour")
                    or _VISIT_MADE.search(clause, 0, visit.start()) is not None
                )
            )
            or (visit.end() < sign.start() and _with_signed(clause, sign, visit.end()))
            or as_clause
            # "Petreski, who was in Belgrade on a one-day working visit, and Milutinović also initialled ...": the visit
            # is told in a relative clause before the signing
            or (
                visit.end() < sign.start()
                and (
                    _WHO_BEFORE.search(clause, 0, visit.start()) is not None
                    or _AND_SUBJECT.search(clause, visit.end(), sign.start()) is not None
                )
                # (a visit done: not "X, who will travel to Kampala on a state visit next month, and Y signed")
                and _FUTURE_VISIT.search(clause, 0, visit.start()) is None
            )
        ):
            # "X flew to Amman for a working visit, during which the two governments exchanged the instruments"
            visit_when = when
            if _TO_VISIT.search(clause, 0, visit.start()) is not None:
                # "In a statement issued last night, he said he had accepted an invitation to visit Jakarta later this
                # year": a visit to come is on the day told after it, not the statement's
                visit_when = next(
                    (
                        d.when
                        for d in dates
                        if d.when is not None and sentence.start + d.start >= start + visit.end()
                    ),
                    when,
                )
            first = next((d for d in dates if d.when is not None and d.when is when), None)
            if (
                first is not None
                and visit_when is when
                and sentence.start + first.end <= start + visit.start()
                and _FUTURE_VISIT.search(clause, first.end - (start - sentence.start), visit.start())
                is not None
            ):
                # "recalled his telephone conversation ... in January and confirmed that he will pay an official visit
                # to Tokyo in October": a visit to come, told after a day of something else, on the day told after it
                visit_when = next(
                    (
                        d.when
                        for d in dates
                        if d.when is not None and 0 <= sentence.start + d.start - (start + visit.end()) <= 60
                    ),
                    visit_when,
                )
            event = self._visit(sentence, clause, start, tags, visit, visit_when, place)
            if event is None and (again := _VISIT.search(clause, visit.end())) is not None:
                # "The visit comes after Azlina Hashim visited Dili last week": the noun names none; the verb does
                event = self._visit(sentence, clause, start, tags, again, when, place)
            if event:
                made.append(event)
        elif visit and sign and made and (during := _A_VISIT_BY.search(clause, sign.end())) is not None:
            self._visit_of_signing(sentence, clause, start, tags, dates, during, made)
        if not any(e.type in (EventType.TALKS, EventType.MEETING) for e in made) and (
            session := self._body_session(sentence, clause, start, tags, _held_when(when, dates), place)
        ):
            made.append(session)
        tariff = _TARIFF.search(clause) if holds_any(low, _TARIFF_HINTS) else None
        if tariff:
            event = (
                self._tariff(
                    sentence,
                    clause,
                    start,
                    tags,
                    _tariff_when(clause, sentence.start - start, dates, when),
                )
                if _FIGURE.search(clause) or _TARIFF_ACTION.search(clause)
                else None
            )
            if (
                event
                and not event.participants
                and (told := self._same_tariff_before(sentence, clause, tariff))
            ):
                # "The 35 percent rate had been restored in January, after a year in which lower duties failed",
                # "The 12% levy, introduced last year, will fall to 6% from January 1": the parties of the tariff
                # told before
                event.participants = dict(told.participants)
            if event:
                made.append(event)
                if (
                    earlier := self._imposed_earlier(event, sentence, clause, start, tariff, dates)
                ) is not None:
                    made.append(earlier)
            elif (repeated := self._tariff_again(sentence, clause, dates)) is not None:
                made.append(repeated)
        elif " rate " in low and (repeated := self._tariff_again(sentence, clause, dates)) is not None:
            # "The 35 percent rate had been restored in January": the tariff told before
            made.append(repeated)
        negotiation = _NEGOTIATION.search(clause) if holds_any(low, _NEGOTIATION_HINTS) else None
        if negotiation and not sign:
            event = self._negotiation(sentence, clause, start, tags, when, place)
            if event:
                made.append(event)
        # "According to Dr Faizal Abdullah, officials from both sides would meet again": said, with no verb of saying.
        speech = self.ex._speech_re.search(clause) or _OPENING_ACCORDING.match(clause)
        if speech:
            said_when = when
            if when is not None and speech.re is not _OPENING_ACCORDING:
                # "Colombia will suspend from April 1 the compound tariff ..., X said on Wednesday": the day told
                # right after the verb of saying is the statement's
                said_when = next(
                    (
                        d.when
                        for d in dates
                        if d.when is not None
                        and _SAID_THEN.fullmatch(self.text, start + speech.end(), sentence.start + d.start)
                        and not _TAKES_EFFECT_FROM.match(d.phrase)
                    ),
                    when,
                )
            event = self._statement(sentence, clause, start, tags, speech, said_when, place)
            if event:
                made.append(event)
        if when is None and made:
            same_day = _SAME_DAY.search(clause) or (
                _THEN_DID.search(clause) if self._told_just_before(sentence) else None
            )
            if same_day:
                # "the next day", and "The two ministers then signed ..." after talks held yesterday morning
                self._same_day(made, sentence, same_day)
            elif sign and (anchor := self._sequel_of(sentence, clause, sign)) is not None and anchor.when:
                day = anchor.when
                if day.precision is Precision.RANGE:
                    # at the close of a session of some days: its last day
                    day = When(day.end, day.end, Precision.DAY, day.phrase, day.reference, day.basis)
                for event in made:
                    if event.when is None and event.type is EventType.SIGNING:
                        event.when = replace(
                            day,
                            basis=f"{day.basis}; the same day as the {anchor.type.value} told before it".lstrip(
                                "; "
                            ),
                        )
            elif _DURING_VISIT.search(clause):
                self._during_visit(made, sentence)
            elif _SAME_OCCASION.search(clause) and not _ANOTHER_TIME.search(_RELATIVE.split(clause, 1)[0]):
                self._same_occasion(made, sentence)
        mentioned = {t.key for t in tags if t.kind == "country"}
        for event in made:
            event.countries |= mentioned - ({event.place.split(":", 1)[1]} if event.place else set())
            if event.type is EventType.TALKS:
                event.when = self._session_span(clause, start - sentence.start, dates, event.when)
        self.events.extend(made)
        return made

    def _visit_of_signing(
        self,
        sentence: Sentence,
        clause: str,
        start: int,
        tags: list[_Tag],
        dates: list[DateMatch],
        during: re.Match[str],
        made: list[_Event],
    ) -> None:
        """ "A and B signed ... on the second day of a two-day visit by Han that began Monday": Han's visit is an event
        of its own, with the days it began on; the signing is on the day of the visit told."""
        at = start + during.end()
        visitor = next((t for t in tags if t.kind == "person" and at <= t.start < at + 60), None)
        if visitor is None:
            return
        own = next((d for d in dates if sentence.start + d.start >= at and d.when is not None), None)
        if own is not None and not _BEGAN.search(self.text, at, sentence.start + own.start):
            own = None  # "a three-day visit by Han that ends Thursday": not the day it began
        when = own.when if own is not None else None
        n = count_of(during.group("n")) if during.group("n") else None
        if when is not None and n is not None and when.precision is Precision.DAY and 2 <= n <= 31:
            when = _visit_span(when, n, ended=False)
        signing = made[0]
        ordinal = during.group("ordinal")
        nth_day = _ORDINAL_DAYS.get(ordinal.lower()) if ordinal else None
        told = signing.when
        if (
            when is None
            and own is None
            and n is not None
            and nth_day is not None
            and told is not None
            and told.precision is Precision.DAY
            and nth_day <= n <= 31
        ):
            # "today signed ..., on the second day of a three-day visit to Port Vila by X": from the day before
            first = told.start - timedelta(days=nth_day - 1)
            when = When(
                first,
                first + timedelta(days=n - 1),
                Precision.RANGE,
                told.phrase,
                told.reference,
                f"{told.basis}; day {nth_day} of a {n}-day visit".lstrip("; "),
            )
        event = self._new_event(EventType.VISIT, sentence, clause, when)
        event.participants[visitor.key] = "visitor"
        if (
            when is None
            and n is not None
            and 2 <= n <= 31
            and told is not None
            and told.precision is Precision.DAY
            and (left := self._day_left_later(event, sentence.end)) is not None
            and 0 <= (left.start - told.start).days < n
        ):
            # "signed in Tbilisi on Wednesday during a two-day visit by Zohrabyan" ... "before leaving Tbilisi on
            # Thursday evening": the visit's days are those up to the day the visitor left
            first = left.start - timedelta(days=n - 1)
            event.when = When(
                first,
                left.start,
                Precision.RANGE,
                told.phrase,
                told.reference,
                f"{told.basis}; a {n}-day visit to the day the visitor left ({left.phrase})".lstrip("; "),
            )
        if during.group("to"):
            to = next(
                (
                    t
                    for t in tags
                    if t.kind in ("place", "country")
                    and start + during.start("to") <= t.start < start + during.end("to")
                ),
                None,
            )
            slug = (
                (to.key if to.kind == "country" else self.things[to.key].country) if to is not None else None
            )
            if slug:
                event.participants[f"country:{slug}"] = "destination"
                event.place = event.place or (to.key if to is not None and to.kind == "place" else None)
        else:
            event.place = event.place or signing.place  # "signed in Tbilisi ... during a two-day visit by X"
        if own is not None and own.when is not None and signing.when is own.when:
            # The signing took the day the visit began: it is on the day of the visit the clause tells, if it tells one.
            nth = nth_day
            if nth is None and ordinal and ordinal.lower() in ("last", "final") and n:
                nth = n
            signing.when = (
                When(
                    own.when.start + timedelta(days=nth - 1),
                    own.when.start + timedelta(days=nth - 1),
                    Precision.DAY,
                    own.when.phrase,
                    own.when.reference,
                    f"{own.when.basis}; day {nth} of the visit".lstrip("; "),
                )
                if nth is not None and own.when.precision is Precision.DAY
                else None
            )
        made.append(event)

    def _same_occasion(self, made: list[_Event], sentence: Sentence) -> None:
        """ "The two sides also signed ...", "Earlier, A and B held a meeting", "... was signed after talks
        between A and B": an undated event told so, right after the article's lead event, happened on the
        same occasion, and takes its date."""
        # (not a measure's day: "Mongolia to lift duty on Japanese hybrids from January" in the headline)
        lead = next((e for e in self.events if e.when is not None and e.type is not EventType.TARIFF), None)
        if lead is None or lead.when is None or lead.paragraph > 2 or sentence.paragraph - lead.paragraph > 4:
            return
        for event in made:
            if event.when is None and event.type in _OCCASION_KINDS:
                event.when = replace(
                    lead.when, basis=f"{lead.when.basis}; the same occasion as the lead event".lstrip("; ")
                )

    def _in_name(self, tags: list[_Tag], pos: int) -> bool:
        """True when ``pos`` lies inside the name of an occasion or organisation ("... Ministers' Meeting Plus")."""
        return any(t.start <= pos < t.end for t in tags if t.kind in ("occasion", "organisation"))

    def _same_day(self, made: list[_Event], sentence: Sentence, phrase: re.Match[str]) -> None:
        """ "On the same day, X hosted Y", "who met her counterpart the previous day": an undated event takes the
        day of the last event told with a day, a paragraph or two before, shifted by the phrase."""
        anchor = next(
            (
                told
                for e in reversed(self.events)
                if sentence.paragraph - e.paragraph <= 2 and (told := _told_day(e.when)) is not None
            ),
            None,
        )
        at = self._sentence_index(sentence)
        before = self.sentences[at - 1] if at > 0 else None
        # "The groundwork was laid on Monday, when the working group met. Later that evening A sat down with B": the
        # one day the sentence just before tells, when no event was read from it
        if (
            before is not None
            and sentence.paragraph - before.paragraph <= 1
            and not any(e.start == before.start for e in self.events)
        ):
            days = [
                d.when
                for d in find_dates(
                    mask(self.text[before.start : before.end], self.quote_spans, before.start),
                    self.reference,
                )
                if d.when is not None and d.when.precision is Precision.DAY
            ]
            if len(days) == 1:  # (not one of "travels today and returns on Saturday")
                anchor = days[0]
        if anchor is None:
            return
        words = phrase.group(0).lower()
        if any(w in words for w in ("previous", "preceding", "before")):
            shift = -1
        elif any(w in words for w in ("next", "following", "a day later")):
            shift = 1
        else:
            shift = 0
        day = anchor.start + timedelta(days=shift)
        for event in made:
            if event.when is None:
                event.when = When(
                    day,
                    day,
                    Precision.DAY,
                    phrase.group(0),
                    anchor.reference,
                    f"{phrase.group(0)} as {anchor.label()}",
                )

    def _during_visit(self, made: list[_Event], sentence: Sentence) -> None:
        """ "During the visit, A met B": an undated event takes the dates of the visit told just before."""
        visit = next(
            (e for e in reversed(self.events) if e.type is EventType.VISIT and e.when is not None), None
        )
        if visit is None or visit.when is None or sentence.paragraph - visit.paragraph > 2:
            return
        for event in made:
            if event.when is None and event.type in _OCCASION_KINDS and event.type is not EventType.VISIT:
                event.when = replace(visit.when, basis=f"{visit.when.basis}; during the visit".lstrip("; "))

    def _new_event(self, kind: EventType, sentence: Sentence, clause: str, when: When | None) -> _Event:
        return _Event(
            type=kind,
            start=sentence.start,
            end=sentence.end,
            when=when,
            text=clause,
            paragraph=sentence.paragraph,
        )

    def _gathering(
        self,
        kind: EventType,
        sentence: Sentence,
        clause: str,
        when: When | None,
        place: str | None,
        occasion: str | None,
        roles: dict[str, str],
    ) -> _Event:
        """A meeting or talks at ``place`` and ``occasion``, with these participants in these roles."""
        event = self._new_event(kind, sentence, clause, when)
        event.place, event.occasion = place, occasion
        event.participants.update(roles)
        return event

    def _pair_parties(self) -> dict[str, str]:
        """The story's two countries, as parties."""
        return {f"country:{slug}": "party" for slug in self.main_pair}

    def _place(self, clause: str, start: int, tags: list[_Tag]) -> str | None:
        for tag in tags:
            if tag.kind == "place" and not tag.possessive:
                before = self.text[max(start, tag.start - 4) : tag.start].lower()
                if (
                    before.endswith("in ")
                    or before.endswith("at ")
                    or before.endswith(", ")
                    or self.text[max(0, tag.start - 2) : tag.start] == ": "
                ):
                    return tag.key
        for tag in tags:
            if tag.kind == "country" and not tag.possessive:
                before = self.text[max(start, tag.start - 4) : tag.start].lower()
                if before.endswith("in ") and tag.text not in self.vocab.demonyms:
                    return f"country:{tag.key}"
        return None

    def _occasion(self, clause: str, start: int, tags: list[_Tag]) -> str | None:
        for tag in tags:
            if tag.kind == "occasion":
                return tag.key
        return None

    def _between(self, clause: str, start: int, tags: list[_Tag], after: int) -> list[_Tag]:
        return [t for t in tags if t.kind == "person" and t.start >= start + after][:2]

    def _at_the_signing_ceremony(
        self, sentence: Sentence, clause: str, sign: re.Match[str]
    ) -> re.Match[str] | None:
        """ "... witnessed the signing of X. Three other documents were also signed at the ceremony": the ceremony the
        sentence before told (not "On Sunday, Museveni had been sworn in. At the ceremony, A and B signed")."""
        m = _AT_THE_CEREMONY.search(clause, 0, sign.end() + 40)
        if m is None:
            return None
        at = self._sentence_index(sentence)
        previous = self.sentences[at - 1] if at > 0 else sentence
        return m if _SIGNING_NOUN.search(self.text, previous.start, sentence.start) else None

    def _sequel_of(self, sentence: Sentence, clause: str, sign: re.Match[str]) -> _Event | None:
        """The event a dateless signing follows on the same day ("At the close of the session, A and B inked ...",
        "was then signed by"): the last one told in a day, in its paragraph or the two before."""
        m = (
            _SEQUEL.search(clause, 0, sign.end() + 40)
            or _THEN_BEFORE.search(clause, 0, sign.start())
            or self._at_the_signing_ceremony(sentence, clause, sign)
        )
        if m is None or _NOT_DONE_YET.search(clause, 0, sign.start()):
            return None  # not "will then sign", "is expected to be signed afterwards", "had already signed"
        if _AND_THEN.search(clause, 0, m.start()):
            return None  # "Brandt travelled to Warsaw and then signed": the sequel of what the sentence tells
        kinds = (
            (EventType.MEETING, EventType.TALKS)
            if m.group(0).lower().endswith(("meeting", "session", "talks"))
            else (EventType.MEETING, EventType.TALKS, EventType.VISIT, EventType.SIGNING)
        )
        # The last such event told with a date: a day, or no anchor (not an older one's day: "talks from Monday to
        # Wednesday ... At the close of the talks", "talks in Istanbul in October. At the end of the talks").
        # (a session frames more of the story: "At the end of the session" three paragraphs after its day)
        reach = 3 if m.group(0).lower().endswith("session") else 2
        anchor = next(
            (
                e
                for e in reversed(self.events)
                if sentence.paragraph - e.paragraph <= reach
                and e.type in kinds
                and e.when is not None
                # (not "The previous session was held in Naypyitaw in March last year", told after the story's)
                and not _ANOTHER_SESSION.match(e.text)
            ),
            None,
        )
        closing = re.search(r"\b(?:close|end)\b", m.group(0), re.IGNORECASE) is not None
        if (
            anchor is None
            or anchor.when is None
            or (
                anchor.when.precision is not Precision.DAY
                # "At the end of the session" after a session of some days: its last day
                # (told by the day it closed, "today", not as a span: "talks from Monday to Wednesday")
                and not (
                    closing
                    and anchor.when.precision is Precision.RANGE
                    and (anchor.when.end - anchor.when.start).days <= 14
                    and not re.search(r"\b(?:to|until|till|through|and)\b|[–-]", anchor.when.phrase)
                )
            )
        ):
            return None
        if _FLASHBACK.search(self.text, anchor.end, sentence.end):
            return None  # "The two first met over a decade ago ... The two governments then signed"
        # not a flashback: "The two first worked together in 2015 ... and the two then signed a pipeline agreement"
        years = (int(y.group(0)) for y in _YEAR.finditer(self.text, anchor.end, sentence.end))
        return None if any(year < anchor.when.start.year for year in years) else anchor

    def _signing(
        self,
        sentence: Sentence,
        clause: str,
        start: int,
        tags: list[_Tag],
        sign: re.Match[str],
        when: When | None,
        place: str | None,
        occasion: str | None,
    ) -> _Event:
        event = self._new_event(EventType.SIGNING, sentence, clause, when)
        event.place, event.occasion = place, occasion
        verb_at = start + sign.start()
        before = clause[: sign.start()]
        future = _FUTURE.search(before)
        event.status = (
            "planned"
            if future
            else (
                "renewed"
                if sign.group("verb").lower().startswith("renew")
                # "initialled, not signed": the text agreed, to be signed later
                else "initialled"
                if sign.group("verb").lower().startswith("initial")
                else "signed"
            )
        )
        agreements = [t for t in tags if t.kind == "agreement"]
        after_tags = [t for t in agreements if t.start >= verb_at]
        before_tags = [t for t in agreements if t.start < verb_at]
        # "was signed by"; or a participle with its agent: "2. A Memorandum of Understanding on ..., signed by A and B"
        passive = _PASSIVE_BEFORE.search(before) is not None or (
            # (an agreement before it: not "the ruling, signed by Justice X", "a statement signed by Y")
            _AGENT_AFTER.match(clause, sign.end()) is not None
            and (
                bool(before_tags)
                # "• the protocol of the 14th session of the Intergovernmental Commission — signed by the two co-chairs"
                or _DOCUMENT_SET_OFF.search(before) is not None
            )
        )
        if passive:
            agreement = before_tags[-1] if before_tags else (after_tags[0] if after_tags else None)
        else:
            agreement = after_tags[0] if after_tags else (before_tags[-1] if before_tags else None)
        event.agreement = agreement.key if agreement else self.last_agreement
        people = [t for t in tags if t.kind in ("person", "group")]
        presence = _IN_PRESENCE.search(clause)
        if presence:
            witnessed_from = start + presence.end()
            for tag in _listed(self.text, [t for t in people if t.start >= witnessed_from]):
                event.participants[tag.key] = "witness"
            people = [t for t in people if t.key not in event.participants]
        by = _BY.search(clause[sign.end() :])
        if passive and by:
            by_at = start + sign.end() + by.end()
            # "... by A and B at the palace after C held talks with D": C and D did something else.
            other = _OTHER_CLAUSE.search(clause, by_at - start)
            by_end = start + other.start() if other else start + len(clause)
            for tag in people:
                if by_at <= tag.start < by_end:
                    event.participants[tag.key] = "signatory"
        else:
            # The subject: after a leading subordinate clause ("After talks in X, A and B signed ..."),
            # else the whole stretch before the verb (an appositive's commas belong to the subject).
            opener = _SUBORDINATE.match(before)
            clause_from = start + (
                before.find(", ", opener.end()) + 2 if opener and ", " in before[opener.end() :] else 0
            )
            # "X said ... while other countries signed ...": the verb is the subordinate clause's (no comma
            # between its conjunction and the verb); who comes before it did not sign.
            inner = [m for m in _OTHER_CLAUSE.finditer(before) if _OWN_SUBJECT.fullmatch(before, m.end())]
            if inner:
                clause_from = max(clause_from, start + inner[-1].end())
            for tag in people:
                # A tag before the clause is the antecedent of "who" or of the main clause after it.
                subject = clause_from <= tag.start or (
                    tag.start < start and _BARE_BEFORE.fullmatch(before) is not None
                )
                if subject and tag.start < verb_at and tag.kind == "person" and not tag.possessive:
                    event.participants[tag.key] = "signatory"
            # "Vidal-Rojas and her Peruvian counterpart also signed": the one person of that country told before
            unnamed = _UNNAMED_COUNTERPART.search(before)
            slug = self.vocab.country_of(unnamed.group("demonym")) if unnamed else None
            if slug and (only := self._only_person_of(slug, sentence)) is not None:
                event.participants.setdefault(only, "signatory")
            # "met X to formalise the agreement": the one met signed too.
            if re.search(r"\bmet\s+", before) and event.participants:
                for tag in people:
                    if tag.start < verb_at:
                        event.participants[tag.key] = "signatory"
        if not any(role == "signatory" for role in event.participants.values()):
            # "The two ministers then signed ...", "was signed by the two men": the two the article named last.
            told = clause[sign.end() + by.start() : sign.end() + by.end() + 30] if passive and by else before
            for key in self._the_two(told, sentence):
                event.participants[key] = "signatory"
        if any(role == "signatory" for role in event.participants.values()):
            # "Harada signed the agreement with Philippine Defence Secretary Ramon Villarreal": who signed with
            # the subject signed too.
            other = _OTHER_CLAUSE.search(clause, sign.end())
            w = _WITH.search(clause, sign.end(), other.start() if other else len(clause))
            if w is not None and not _NOT_SIGNED_WITH.search(clause, sign.end(), w.start()):
                for tag in people:
                    gap = self.text[start + w.end() : tag.start]
                    if tag.start >= start + w.end() and _WITH_GAP.fullmatch(gap) and tag.kind == "person":
                        listed = _listed(self.text, [t for t in people if t.start >= tag.start])
                        if not _LOOKING_ON.match(self.text, listed[-1].end):
                            for co in listed:
                                event.participants.setdefault(co.key, "signatory")
                        break
            # "Hoxha signed on behalf of Albania, Petrovski for North Macedonia": the one after the comma signed too;
            # so did "Cárdenas Paz" of "Vidal-Rojas signed the accord for Chile and Cárdenas Paz for Peru"
            for tag in people:
                if (
                    tag.start > start + sign.end()
                    and (
                        _GAPPED_BEFORE.search(self.text, max(start, tag.start - 8), tag.start) is not None
                        or (
                            self.text.endswith(" and ", start, tag.start)
                            and _FOR_A_COUNTRY.search(self.text, start + sign.end(), tag.start) is not None
                        )
                    )
                    and _GAPPED_FOR.match(self.text, tag.end) is not None
                ):
                    event.participants.setdefault(tag.key, "signatory")
        else:
            self._later_signatories(event, clause, start, sign, people)
        for tag in tags:
            if (
                tag.kind == "country"
                and not tag.possessive
                and (
                    tag.start < verb_at
                    or (
                        _WITH_BEFORE.search(self.text, max(start, tag.start - 10), tag.start)
                        and tag.text not in self.vocab.demonyms
                        and not _NOT_SIGNED_WITH.search(self.text, start + sign.end(), tag.start)
                    )
                )
            ):
                # "India and Japan signed ...", "the Philippines signed a logistics pact with Japan".
                event.participants.setdefault(f"country:{tag.key}", "party")
        if _SIDES.search(clause[: sign.start()]) or not any(
            r == "party" for r in event.participants.values()
        ):
            if _MEETING_LINK.search(clause) and self._last_meeting():
                for key in self._last_meeting_people():
                    event.participants.setdefault(key, "signatory")
            for slug in self.main_pair:
                event.participants.setdefault(f"country:{slug}", "party")
        self._add_figures(event, clause)
        if agreement is not None and agreement.key in self.things:
            dur = _DURATION.search(clause)
            if dur:
                note = _duration_note(dur.group("value"))
                if note not in self.things[agreement.key].notes:
                    self.things[agreement.key].notes.append(note)
        self._note_agreement_description(event, clause, sign.end())
        return event

    def _later_signatories(
        self, event: _Event, clause: str, start: int, sign: re.Match[str], people: list[_Tag]
    ) -> None:
        """Signatories the clause names after its first signing verb: "X and Y sealed the pact on Friday, which was
        signed by A and B"; "..., with A and B putting pen to paper"; "Signing the pact in Lima, A and B said ..."
        (the participle's subject)."""
        persons = [t for t in people if t.kind == "person" and not t.possessive]
        later = _SIGNED_BY.search(clause, sign.end())
        pen = _PUTTING_PEN.search(clause, sign.end())
        if later:
            named = _listed(self.text, [t for t in persons if t.start >= start + later.end()])
        elif pen:
            named = [t for t in persons if start + pen.start("who") <= t.start < start + pen.end("who")]
        elif sign.group("verb").lower() == "signing" and not clause[: sign.start()].strip():
            comma = clause.find(", ", sign.end())
            named = (
                _listed(self.text, [t for t in persons if t.start >= start + comma + 2]) if comma >= 0 else []
            )
        else:
            named = []
        for tag in named:
            event.participants[tag.key] = "signatory"

    def _note_agreement_description(self, event: _Event, clause: str, after: int) -> None:
        """ "..., a pact that allows X to ..." after a signing: a short description of the agreement."""
        if event.agreement is None or event.agreement not in self.things:
            return
        m = re.search(
            r",\s+(?:a|an|the)\s+(?:pact|deal|agreement|framework|arrangement|document|accord)\s+that\s+"
            r"(?P<what>[^.;]{10,200})",
            clause[after:],
        )
        if m:
            note = " ".join(m.group("what").split())
            note = note if len(note) <= 120 else note[:117].rsplit(" ", 1)[0] + "…"
            if note not in self.things[event.agreement].notes:
                self.things[event.agreement].notes.append(note)

    def _last_meeting(self) -> _Event | None:
        """The meeting or talks told last, not a session told as another time ("The previous session was held in
        Naypyitaw in March last year", after the one the story tells)."""
        for event in reversed(self.events):
            if event.type in (EventType.MEETING, EventType.TALKS) and not _ANOTHER_SESSION.match(event.text):
                return event
        return None

    def _only_person_of(self, country: str, sentence: Sentence) -> str | None:
        """The one person of a country the sentences before this one name, if only one."""
        named = {
            t.key
            for earlier in self.sentences[: self._sentence_index(sentence)]
            for t in self.tags.get((earlier.start, earlier.end), [])
            if t.kind == "person" and self.people[t.key].country == country
        }
        return named.pop() if len(named) == 1 else None

    def _day_said_before(self, sentence: Sentence, tags: list[_Tag]) -> When | None:
        """The one past day the sentence just before tells, when it names the clause's first person and says what
        they said ("..., Dr. Ifeoma Okwuosa, announced at Seme on Tuesday.")."""
        speaker = next((t.key for t in tags if t.kind == "person"), None)
        at = self._sentence_index(sentence)
        if speaker is None or at == 0 or self.reference is None:
            return None
        before = self.sentences[at - 1]
        text = self.text[before.start : before.end]
        if not any(
            t.key == speaker for t in self.tags[(before.start, before.end)]
        ) or not self.ex._speech_re.search(text):
            return None
        days = {
            d.when
            for d in find_dates(text, self.reference)
            if d.when is not None and d.when.precision is Precision.DAY and d.when.start <= self.reference
        }
        return days.pop() if len(days) == 1 else None

    def _body_told_before(self, clause: str, sentence: Sentence) -> bool:
        """Whether the clause's subject is "the committee" (council, commission, working group) and a joint body of that
        noun, or one named after the story's two countries, came before in the article."""
        subject = _THE_BODY_SUBJECT.match(clause)
        if subject is None or len(self.main_pair) != 2:
            return False
        head = subject.group("head").lower()
        if self._joint_body_told_before(head, sentence.start):
            return True
        # "the Guatemala–Honduras Ministerial Council of the Customs Union": a body named after the story's two
        for m in re.finditer(rf"((?:\S+\s+){{1,4}}){head.title()}\b", self.text[: sentence.start]):
            slugs = set(self._countries_of_words(re.split(r"[\s–-]+", m.group(1))))
            if set(self.main_pair) <= slugs:
                return True
        return False

    def _the_two(self, before: str, sentence: Sentence) -> list[str]:
        """ "The two prime ministers", "the pair", "both men" before a verb: the last two people (of that office) the
        article named just before this sentence, else the two people of its last event with two, else none."""
        m = _THE_TWO.search(before) or _THE_LEADERS_THEMSELVES.search(before)
        if m is None:
            return []
        # "The two prime ministers": the last two prime ministers named; "both men": the last two people named.
        office = (m.group("office") or m.groupdict().get("office2") or "").lower().rstrip("s")
        office = office.replace("secretarie", "secretary")
        office = office.replace("heads of", "head of")  # "The two heads of state"
        leaders = office in ("leader", "head of state", "head of government")
        if office in (
            "leader", "counterpart", "men", "women", "head of state", "head of government", "co-chair", "co-chairmen",
            "co-chairperson", "",
        ):  # fmt: skip
            office = ""
        at = self._sentence_index(sentence)
        named: list[str] = []
        for earlier in reversed(self.sentences[max(0, at - (8 if office or leaders else 2)) : at]):
            these = list(
                dict.fromkeys(
                    tag.key
                    for tag in reversed(self.tags[(earlier.start, earlier.end)])
                    if tag.kind == "person"
                    and tag.key not in named
                    and not self._in_quote(tag.start)
                    and (not office or any(_holds_office(t, office) for t in self.people[tag.key].titles))
                    # "The two leaders": heads of state or government, not the ministers named since
                    and (not leaders or any(_LEADER_TITLE.search(t) for t in self.people[tag.key].titles))
                )
            )
            if len(named) + len(these) > 2:
                return []  # "A met B and C ... The two ministers then signed": which two is not told
            named.extend(these)
            if len(named) == 2:
                return named[::-1]
        if m.re is _THE_LEADERS_THEMSELVES:
            # "The ministers agreed to meet again", "The presidents also signed": no count told, only the two of that
            # office named last are "the two", not the two of the last event
            return []
        # Else the two people of the article's last event with two ("The pair first discussed the idea when they met").
        for event in reversed(self.events):
            pair = [k for k in event.participants if k in self.people]
            if (
                len(pair) == 2
                and event.type is not EventType.STATEMENT
                # "The two interior ministers": a pair one of whom holds that office (a portfolio told, not "the two
                # ministers")
                and (
                    (" " not in office and office not in ("president", "prime minister", "premier"))
                    or not office.endswith(("minister", "secretary", "president", "premier"))
                    # "The two presidents last met in November": a pair one of whom is a president, not the foreign
                    # ministers of the last event
                    or any(_holds_office(t, office) for k in pair for t in self.people[k].titles)
                )
                # "The two leaders last met in Lomé in May": heads of state or government, not the last two ministers
                and (
                    not leaders
                    # (a title in another language may be a leader's: "Lyonchhen Tshering Wangdi"; a minister's is not)
                    or all(
                        any(_LEADER_TITLE.search(t) for t in self.people[k].titles)
                        or not any(_MINISTER_WORD.search(t) for t in self.people[k].titles)
                        for k in pair
                    )
                )
            ):
                return pair
        return []

    def _day_after_signed(
        self,
        sentence: Sentence,
        clause: str,
        start: int,
        sign: re.Match[str],
        dates: list[DateMatch],
        when: When | None,
    ) -> When | None:
        """The day told right after "signed" (or "renewed", "inked"; the clause's later ones too) is the signing's,
        not a day the clause told before it: "duty-free from August 1 under an agreement signed in Dhaka yesterday".
        A day told in a clause about the agreement is not: "signed a transit protocol that takes effect on 1 September"."""
        verbs = [sign]
        while len(verbs) < 4 and (later := _SIGN.search(clause, verbs[-1].end())) is not None:
            verbs.append(later)
        ends = [v.end() for v in verbs if v.group("verb").lower().endswith("ed")]
        told = [(d, sentence.start + d.start - start) for d in dates if d.when is not None]
        for d, at in told:
            if not d.phrase.lower().startswith(("from", "until", "by", "since")) and any(
                end <= at and _SIGNED_THEN.fullmatch(clause, end, at) for end in ends
            ):
                return d.when
        for d, at in told:
            last = max((end for end in ends if end <= at), default=None)
            if d.when is when and last is not None and _OF_THE_AGREEMENT.search(clause, last, at):
                return None
        return when

    def _sentence_index(self, sentence: Sentence) -> int:
        """Where ``sentence`` stands among the article's sentences (0 when it is none of them)."""
        return next((i for i, s in enumerate(self.sentences) if s.start == sentence.start), 0)

    def _told_just_before(self, sentence: Sentence) -> bool:
        """The last event with a day was told in this sentence or the one before ("A held talks with B yesterday
        morning. The two ministers then signed ..."), not a flashback's sentence later."""
        dated = next((e for e in reversed(self.events) if _told_day(e.when) is not None), None)
        if dated is None:
            return False
        at = self._sentence_index(sentence)
        previous = self.sentences[at - 1] if at > 0 else sentence
        return dated.start >= previous.start and not _YEAR.search(self.text, previous.start, sentence.start)

    def _last_meeting_people(self) -> list[str]:
        event = self._last_meeting()
        return [k for k, r in event.participants.items() if k in self.people] if event else []

    def _meeting(
        self,
        sentence: Sentence,
        clause: str,
        start: int,
        tags: list[_Tag],
        meet: re.Match[str],
        when: When | None,
        place: str | None,
        occasion: str | None,
    ) -> _Event | None:
        verb = meet.group("verb").lower()
        kind = (
            EventType.TALKS
            if any(
                w in verb
                for w in (
                    "talks",
                    "discussions",
                    "negotiations",
                    "consultations",
                    "phone",
                    "video",
                    "round",
                    "reconven",
                    "dialogue",
                )
            )
            else EventType.MEETING
        )
        sides = _SIDES_SUBJECT.search(clause, 0, meet.start())
        # (not "Chile and Peru held their first round of consultations": the two countries' own)
        its_session = (
            _ITS_SESSION.search(meet.group(0)) is not None
            and len({t.key for t in tags if t.kind == "country" and t.start < start + meet.start()}) < 2
        )
        named_before = any(t.kind == "person" and t.start < start + meet.start() for t in tags)
        if (
            its_session
            and not named_before
            # (not "The two foreign ministries held their annual consultations": the two countries' own)
            and (sides is None or sides.group("bare"))
            and not _JOINT_BODY.search(clause, max(0, meet.start() - 100), meet.start())
            # (nor "The Guyana–Suriname Cooperation Council will hold its next meeting": a body of two countries)
            and self._joint_body_meeting(clause, meet, start) is None
        ):
            if (when is not None or place is not None) and self._body_told_before(clause, sentence):
                # "The committee will hold its next meeting in Cotonou in September", after the Joint Trade and Border
                # Committee's session: the story's two countries' talks
                return self._gathering(
                    EventType.TALKS, sentence, clause, when, place, occasion, self._pair_parties()
                )
            return None  # "The cabinet held its weekly meeting", "the board will hold its next meeting": no talks
        if (
            verb == "met"
            and (leaders := _LEADERS_WHO_MET.search(self.text, sentence.start, start + meet.start()))
            is not None
        ):
            # "the two countries' presidents, who met in Abuja on March 12": the two leaders told before, else the
            # story's two countries
            pair = [
                key
                for key in self._the_two(leaders.group("who"), sentence)
                if any(_LEADER_TITLE.search(t) for t in self.people[key].titles)
            ]
            pair = pair if len(pair) == 2 else []
            parties = pair or (
                [f"country:{slug}" for slug in self.main_pair] if len(self.main_pair) == 2 else []
            )
            if parties and (when is not None or place is not None):
                roles = dict.fromkeys(parties, "participant" if pair else "party")
                return self._gathering(EventType.MEETING, sentence, clause, when, place, occasion, roles)
        if (
            verb in ("talks", "meeting")
            and clause[max(0, meet.start() - 9) : meet.start()].lower() == "at their "
            and (pair := self._the_two(clause[: meet.start()], sentence))
        ):
            # "the target the two leaders had agreed at their talks in Baku in August 2025": the two leaders'
            return self._gathering(
                kind, sentence, clause, when, place, occasion, dict.fromkeys(pair, "participant")
            )
        if (
            (next_named := _NEXT_NAMED_MEETING.match(clause)) is not None
            and len(self.main_pair) == 2
            and (when is not None or place is not None)
            and (
                # "the next IGC meeting": the body the article named with that acronym
                next_named.group("name") in self.acronyms
                or self._joint_body_told_before(next_named.group("name"), sentence.start)
            )
        ):
            return self._gathering(
                EventType.TALKS, sentence, clause, when, place, occasion, self._pair_parties()
            )
        if (
            " spent " in verb
            and len(self.main_pair) == 2
            # (not "European Union officials spent two days in Geneva at the WTO fisheries negotiations")
            and not any(
                t.kind in ("organisation", "group") or (t.kind == "country" and t.key not in self.main_pair)
                for t in tags
                if start <= t.start < start + meet.end()
            )
        ):
            # "Delegations had spent Tuesday and Wednesday in Reykjavík at the annual bilateral fisheries
            # consultations": the story's two countries' talks
            return self._gathering(
                EventType.TALKS, sentence, clause, when, place, occasion, self._pair_parties()
            )
        if (
            _THE_MEETING_WAS_ABOUT.match(clause, meet.end())
            and clause[max(0, meet.start() - 4) : meet.start()].lower() == "the "
        ):
            return None  # "Icelandic officials said the meeting focused on ocean monitoring": the meeting told before
        if "reconven" in verb and not _RECONVENING.search(clause, max(0, meet.start() - 120), meet.start()):
            return None  # "Peru's Congress will reconvene on Thursday": not talks
        if (
            sides is not None
            and sides.group("bare")
            and not (
                _WORKING_LEVEL_MEETS.fullmatch(clause, 0, sides.start())
                and _WILL_MEET.search(clause, sides.end("bare"), meet.start() + len(meet.group(0)))
                and _MEETS_WHERE.match(clause, meet.end())
            )
        ):
            # Only "Senior officials will meet in Tarawa in November": not officials who "met with protesting traders",
            # "Kenyan senior officials met in Naivasha", "Expert groups will meet the World Bank"
            sides = None
        body = self._joint_body_meeting(clause, meet, start)
        if (verb.startswith("sit") or verb in ("convene", "convenes", "convened")) and body is None:
            # "protesters sit in Parliament Square", "Parliament will convene in Dodoma": only a joint body sits as talks
            return None
        if (
            sides is not None
            or body is not None
            or (
                its_session
                and not any(t.start >= start + meet.start() - 60 for t in tags if t.kind == "person")
            )
        ):
            # "He said officials from the two countries would meet in Pretoria": the two countries hold talks, not
            # the speaker. "the Kuwaiti-Jordanian Joint Higher Committee will convene its next session": the
            # countries its name holds.
            named = (
                [sides.group("a"), sides.group("b")]
                if sides is not None and sides.group("a")
                else re.split(r"[\s–]+", clause[body[0] : body[1]])
                if body is not None
                else re.split(r"[\s\-–]+", clause[max(0, meet.start() - 80) : meet.start()])
            )
            slugs = self._countries_of_words(named)
            parties = list(dict.fromkeys(slugs)) if len(set(slugs)) >= 2 else list(self.main_pair)
            if (sides is None or sides.group("a")) and len(set(slugs)) < 2 and (body is None or slugs):
                # "Smith and Jones officials", a joint body that names no two countries ("The Joint Commission will
                # meet in Lusaka": the story's two, when it names no country at all)
                parties = []
            if len(parties) >= 2:
                if (
                    sides is not None
                    and when is not None
                    and self.ex._speech_re.search(clause, 0, sides.start())
                ):
                    # "Ito said in a post on X on October 26 that officials would meet again": the day is the post's.
                    own = [d.when for d in find_dates(clause[sides.start() :], self.reference) if d.when]
                    when = own[0] if own else None
                if when is None and _SPOKE_AT.search(clause, 0, meet.start()):
                    # "... announced at Seme on Tuesday.¶ Dr. Okwuosa spoke at the end of a meeting of the Joint
                    # Committee": the day of what the speaker said just before
                    when = self._day_said_before(sentence, tags)
                if when is None and place is None and not _SAME_DAY.search(clause):
                    # "officials from both sides would meet again before the end of the year": talks no one can place
                    # in time or space, told by every other article, are no event of the story ("met the same day"
                    # is placed by the day told before)
                    return None
                event = self._new_event(EventType.TALKS, sentence, clause, when)
                event.place, event.occasion = place, occasion
                for slug in parties:
                    event.participants[f"country:{slug}"] = "party"
                co_chaired = _CO_CHAIRED_WITH.match(clause, body[1] if body else meet.end())
                if verb.startswith("co-chair") or co_chaired:
                    # and the people who chaired it ("the two heads of state": the two the article told of last)
                    with_at = clause.find(" with ", meet.end())
                    chairs = (
                        [
                            t.key
                            for t in tags
                            if t.kind == "person"
                            and not t.possessive
                            # before the verb, or its partner ("... Joint Commission with his Lao counterpart, X"), or
                            # who co-chaired it ("..., which Manyang co-chaired with ...")
                            and (
                                t.start < start + meet.start()
                                or (with_at >= 0 and t.start > start + with_at)
                                or (
                                    co_chaired
                                    and start + co_chaired.start() <= t.start < start + co_chaired.end()
                                )
                            )
                        ]
                        or self._the_two(clause[: meet.start()], sentence)
                    )
                    for key in chairs:
                        event.participants.setdefault(key, "participant")
                return event
        # Not "Kholmatov's ministry said": a possessive is no party.
        people = [t for t in tags if t.kind in ("person", "group") and not t.possessive]
        # "The two prime ministers last met ...", "talks between the two ministers in Cairo"
        # (after the verb only as its object: not "During the talks, the two leaders appreciated ...")
        # "a virtual meeting between trade officials of the two countries", "Talks between Chilean and Peruvian customs
        # officials took place in Arica"
        between = (
            re.search(r"\b(?:between|with)$", meet.group(0)) is not None
            or clause.startswith(" between ", meet.end())
            or (kind is EventType.TALKS and " between " in meet.group(0).lower())
        )
        tail = clause[meet.start() : meet.end() + 30] if between else ""
        if (
            not tail
            and meet.group("verb").lower() in ("meeting", "talks")
            and (of := _OF_THE_TWO.match(clause, meet.end()))
        ):
            # "The deal follows the meeting of the two presidents in Lusaka in May": theirs
            tail = clause[meet.start() : of.end()]
        # (not people of a clause told after it: "The two ministers last met in Hanoi in December, when Yeom raised ...")
        aside = _ASIDE_AFTER.search(clause, meet.end())
        own_people = [t for t in people if aside is None or t.start < start + aside.start()]
        pair = self._the_two(clause[: meet.start()] + " " + tail, sentence) if not own_people else []
        if pair:
            # "The two prime ministers last met in December in Brussels": the two the article told of last.
            return self._gathering(
                kind, sentence, clause, when, place, occasion, dict.fromkeys(pair, "participant")
            )
        if (
            not own_people
            and tail
            and _LEADERS_OF_TWO.search(tail)
            and len(self.main_pair) == 2
            and (when is not None or place is not None)
        ):
            # "The deal follows the meeting of the two presidents in Lusaka in May", the presidents unnamed: the
            # story's two countries met
            return self._gathering(kind, sentence, clause, when, place, occasion, self._pair_parties())
        if not people:
            if verb.startswith(_PERSONAL_MEETING_VERBS):
                return None  # "more attention than it has received": receiving or hosting is done by people
            countries = [
                t
                for t in tags
                if t.kind == "country"
                and not t.possessive
                # "consultations between Lithuania and Latvia are planned": the two named after "between"
                and (t.start < start + meet.start() or (between and t.start < start + meet.end() + 40))
            ]
            # "wrapped up a third round of talks", "The second round of talks, held Tuesday": a round
            a_round = (
                "round" in verb
                or "reconven" in verb
                or " will " in verb
                or " would " in verb
                or _ROUND_BEFORE.search(clause, 0, meet.start()) is not None
            )
            round_of_ours = a_round and not _WITH_ANOTHER.search(clause, meet.start())
            if round_of_ours and self._talks_with_another:
                return None  # "the fourth round" after a round with someone else: theirs
            if a_round and not round_of_ours:
                self._talks_with_another = True  # "... a third round of negotiations with the European Union"
            # "technical talks between the two countries' customs services": the story's two
            # ("a virtual meeting between trade officials of the two countries")
            after_sides = _SIDES.search(clause, meet.end(), meet.end() + 50) if between else None
            sides_after = after_sides is not None and not (
                # not "a meeting between officials of the two countries' football federations"
                verb.startswith("meet") and clause[after_sides.end() : after_sides.end() + 1] in ("'", "’")
            )
            # "technical talks held in Bissau in August": talks held at home by one of the story's two, theirs
            at_home = (
                kind is EventType.TALKS
                and when is not None
                and place is not None
                and place in self.things
                and self.things[place].country in self.main_pair
                and not _WITH_ANOTHER.search(clause, meet.start())
                and (
                    _HELD_IN.match(clause, meet.end()) is not None
                    or _HELD_IN_NOUN.search(meet.group(0)) is not None
                    # "Officials held technical-level discussions in Dhaka", "The discussions took place in Dhaka"
                    or (
                        _IN_AFTER.match(clause, meet.end()) is not None
                        and (
                            _HELD_PASSIVE.search(meet.group(0)) is not None
                            # (not "Banks held talks in Banjul": the officials' talks, not another body's)
                            or (
                                _HELD_ACTIVE.match(meet.group(0)) is not None
                                and _BY_OFFICIALS.search(clause, 0, meet.start()) is not None
                            )
                        )
                    )
                )
            )
            if len({t.key for t in countries}) < 2 and not (
                (
                    _SIDES.search(clause[: meet.start()])
                    # "Talks between the two countries' interior ministries are scheduled for September"
                    or _SIDES.search(clause, meet.start(), meet.end())
                    or round_of_ours
                    or sides_after
                    or at_home
                    # "The talks, the first since 2019, were held at the Torre Tagle palace on Tuesday": the story's
                    or (when is not None and _THE_TALKS.match(clause) is not None)
                )
                and self.main_pair
            ):
                return None  # a round of talks is the story's two countries' when it names no one else
            if when is None and place is None and all(t.start > start + meet.start() for t in countries):
                return (
                    None  # "trade negotiations between India and the US are underway": no talks held, a state
                )
            # "a virtual meeting between trade officials of the two countries": the two governments' talks
            event = self._new_event(EventType.TALKS if sides_after else kind, sentence, clause, when)
            event.place, event.occasion = place, occasion
            named = list(dict.fromkeys(t.key for t in countries))  # in order, not a set's
            if len(named) < 2 and not set(named) <= set(self.main_pair):
                return None  # "The next round of talks on the Armenia peace treaty": another pair's
            if len(named) < 2:
                # "the Japan–Mongolia committee would reconvene": the story's two
                named = list(self.main_pair)
            for slug in named:
                event.participants[f"country:{slug}"] = "party"
            return event
        event = self._new_event(kind, sentence, clause, when)
        event.place, event.occasion = place, occasion
        for tag in people:
            if tag.possessive:
                continue
            event.participants.setdefault(tag.key, "participant")
        counterpart = self._unnamed_counterpart(clause, start, tags, event.participants)
        if counterpart is not None:
            event.participants.setdefault(counterpart, "participant")
        alone = next(iter(event.participants)) if len(event.participants) == 1 else None
        if (
            alone in self.people
            and (office_of := self._office_holder_of(clause, start, tags, meet.end())) is not None
            and office_of != self.people[alone].country
        ):
            # "recalled his telephone conversation with the Prime Minister of Japan in January", "who last met his
            # Tajik counterpart in Dushanbe in October": with that country, its holder of the office unnamed
            event.participants[f"country:{office_of}"] = "party"
            return event
        if len([k for k in event.participants if k in self.people or k.startswith("group:")]) < 2 and not (
            self._mentions_other(clause)
        ):
            return None
        return event

    def _unnamed_counterpart(
        self, clause: str, start: int, tags: list[_Tag], taken: dict[str, str]
    ) -> str | None:
        """ "held talks with his Omani counterpart at the ministry": the one person of that country the article
        names, when the clause names no one after the word."""
        m = _COUNTERPART_OF.search(clause) or _BARE_COUNTERPART.search(clause)
        if m is None or any(t.kind == "person" and t.end > start + m.end() for t in tags):
            return None
        subject = next((k for k in taken if k in self.people), None)
        if m.re is _BARE_COUNTERPART:
            # "travelled to Warsaw for consultations with her counterpart": of the story's other country
            own = self.people[subject].country if subject is not None else None
            others = [slug for slug in self.main_pair if slug != own] if own in self.main_pair else []
            country = others[0] if len(others) == 1 else None
        else:
            country = self.vocab.country_of(m.group("country"))
        if country is None:
            return None
        found = [k for k, p in self.people.items() if p.country == country and k not in taken]
        if m.re is _BARE_COUNTERPART and len(found) > 1 and subject is not None:
            # (of those, the one who holds the subject's office: the Polish foreign minister, not the prime minister)
            office = _portfolio(self.people[subject].titles, self.ex._modifier_words)
            found = [
                k
                for k in found
                if office and office & _portfolio(self.people[k].titles, self.ex._modifier_words)
            ]
        if len(found) != 1 or subject is None:
            return None
        # The counterpart holds the subject's office: a defence minister's counterpart is not a foreign minister.
        offices = [_portfolio(self.people[k].titles, self.ex._modifier_words) for k in (subject, found[0])]
        return found[0] if not offices[0] or not offices[1] or offices[0] & offices[1] else None

    def _subject_by_title(self, clause: str, start: int, at: int) -> _Tag | None:
        """A clause's subject told by a title alone, at ``at``: "Lyonchhen held talks", "the Premier met" — the one
        person of the article whose title it is, whole."""
        m = _TITLE_SUBJECT.match(clause, at)
        if m is None:
            return None
        told = m.group("title").lower()
        found = [k for k, p in self.people.items() if any(t.lower() == told for t in p.titles)]
        if len(found) != 1:
            return None
        return _Tag("person", start + m.start("title"), start + m.end("title"), found[0], m.group("title"))

    def _bilateral_summit_told(self) -> bool:
        """Whether the article names a summit after the story's two countries ("the 7th Cabo Verde–Portugal Summit")."""
        if len(self.main_pair) != 2:
            return False
        return any(
            set(self.main_pair) <= set(self._countries_of_words(re.split(r"[\s\-–]+", m.group("name") or "")))
            for m in _NUMBERED_SUMMIT.finditer(self.text)
        )

    def _session_span(
        self, clause: str, offset: int, dates: list[DateMatch], when: When | None
    ) -> When | None:
        """ "at the close of the 15th session of the Joint Commission, which opened on Monday": from the day it
        opened to the day told (among the clause's ``dates``, whose offsets count from ``offset`` before the
        clause)."""
        if when is None or when.precision is not Precision.DAY:
            return when
        opened = _OPENED_ON.search(clause)
        if opened is None or not _SESSION_WORD.search(clause, 0, opened.start()):
            return when
        began = next(
            (
                d.when
                for d in dates
                if d.when is not None
                and d.when.precision is Precision.DAY
                and opened.end() <= d.start - offset
                and d.end - offset <= opened.end() + 40
            ),
            None,
        )
        if began is None or not 0 < (when.start - began.start).days <= 14:
            return when
        return When(
            began.start,
            when.end,
            Precision.RANGE,
            when.phrase,
            when.reference,
            f"{when.basis}; from the day it opened ({began.phrase})".lstrip("; "),
        )

    def _day_of_last_said(self, before: int) -> When | None:
        """The day of the last statement told before ``before``, when told by its day."""
        said = [
            e
            for e in self.events
            if e.type is EventType.STATEMENT
            and e.start < before
            and e.when is not None
            and e.when.precision is Precision.DAY
        ]
        return max(said, key=lambda e: e.start).when if said else None

    def _office_holder_of(self, clause: str, start: int, tags: list[_Tag], after: int) -> str | None:
        """The country whose holder of an office, unnamed, a clause tells right after ``after``: "with the Prime
        Minister of Japan", "with the Japanese Prime Minister" (not "with the Japanese delegation")."""
        m = (
            _THE_OFFICE_OF.match(clause, after)
            or _COUNTRYS_OFFICE.match(clause, after)
            or _COUNTERPART_AFTER.match(clause, after)
        )
        if m is None or _APPEAL_OR_POSSESSIVE.match(clause, m.end()):
            return None  # "called on Kenya's President to reopen the border", "the Ugandan Foreign Minister's aide"
        words = (m.group("dem") or "").split() + m.group("office").split()
        if not any(w.lower() in self.ex._head_words for w in words) and m.re is not _COUNTERPART_AFTER:
            return None
        country = next(
            (
                t.key.removeprefix("country:")
                for t in tags
                if t.kind == "country" and start + m.start() <= t.start < start + m.end()
            ),
            None,
        )
        if country is None or any(
            t.kind == "person" and start + m.end() <= t.start <= start + m.end() + 2 for t in tags
        ):
            return None  # (not "with the Prime Minister of Japan, Shigeru Ishiba": named)
        return country

    def _mentions_other(self, clause: str) -> bool:
        return (
            re.search(r"\b(?:officials|counterpart|delegation|leaders)\b", clause, re.IGNORECASE) is not None
        )

    def _visit(
        self,
        sentence: Sentence,
        clause: str,
        start: int,
        tags: list[_Tag],
        visit: re.Match[str],
        when: When | None,
        place: str | None,
    ) -> _Event | None:
        verb_at = start + visit.start()
        # not "Trump's envoy visited": a possessive is no visitor, unless of the visit ("Mudavadi's visit to Kampala")
        people = [
            t
            for t in tags
            if t.kind == "person" and (not t.possessive or _OWN_VISIT.match(self.text, t.end) is not None)
        ]
        if not people:
            return None
        if visit.group("verb").lower().startswith(("crossed", "stepped off", "landed at")):
            # "Gbagidi, who crossed from Krake ...", "When Secretary X stepped off the plane": the person right before
            # the verb crossed, not one who said "300 trucks crossed the border"
            subject = next((t for t in reversed(people) if t.end <= verb_at), None)
            if subject is None or not _RIGHT_BEFORE_VERB.fullmatch(self.text, subject.end, verb_at):
                return None
            people = [subject]
        owners = [t for t in people if t.possessive and t.end <= verb_at]
        if owners and _OWN_VISIT.fullmatch(self.text, owners[-1].end, start + visit.end()):
            # "the target the two leaders agreed during Abdikarimov's state visit to Azerbaijan": his visit alone
            people = owners[-1:]
        if visit.group("verb").lower().startswith("is "):
            # "Stanchev is due in Belgrade later this month": the person right before, bound for a place the vocabulary
            # knows (not "is due in Parliament", "the report ... is due in Geneva", "is due in Tel Aviv District Court")
            where = next((t for t in tags if t.start == start + visit.end() + 1), None)
            subject = next((t for t in reversed(people) if t.end <= verb_at), None)
            bound = (
                where.kind in ("place", "country") and not _LONGER_NAME.match(self.text, where.end)
                if where is not None
                else _NAMED_PLACE.match(clause, visit.end())
                is not None  # a place no list knows: "Nieuw Nickerie"
            )
            if (
                not bound
                or subject is None
                or not _SUBJECT_GAP.fullmatch(self.text, subject.end, verb_at)
                # not "The report, prepared by UN special envoy Martin Griffiths, is due in Geneva"
                or _BY_AGENT.search(self.text, max(start, subject.start - 40), subject.start) is not None
            ):
                return None
            people = [subject]
        if visit.group("verb").lower() in ("visit", "trip", "tour") and _THE_BEFORE.search(
            clause, 0, visit.start()
        ):
            # "she called the visit a practical step": a visit told before, not hers. "criticised the visit by Modi to
            # Moscow": Modi's, dated by the story that tells it, not by the criticism.
            by = _BY_OR_OF_AFTER.match(clause, visit.end())
            visitors = [t for t in people if by and start + by.end() <= t.start < start + by.end() + 60]
            if not visitors:
                return None
            event = self._new_event(EventType.VISIT, sentence, clause, None)
            event.participants[visitors[0].key] = "visitor"
            return event
        event = self._new_event(EventType.VISIT, sentence, clause, when)
        # "a visit to Delhi by Rubio", not "on a two-day visit, the first by a Cambodian foreign minister".
        by = re.search(r"\bvisits?\b[^,;]{0,40}?\bby\s+", clause)
        by = by if by and any(t.start >= start + by.end() for t in people) else None
        if by is not None and _PASSIVE_BEFORE_BY.search(clause, by.start(), by.end()):
            # "The visit had been prepared by the two foreign ministers": who prepared it, not who visited
            return None
        if by:
            for tag in _listed(self.text, [t for t in people if t.start >= start + by.end()]):
                event.participants[tag.key] = "visitor"
        else:
            said = self.ex._speech_re.search(clause, 0, visit.start())
            if said is not None and any(start + said.end() <= t.start < verb_at for t in people):
                # "Sapolu said New Zealand's Prime Minister Helen Tane had accepted an invitation to visit Apia": the
                # one said to visit, not the speaker
                people = [t for t in people if t.start >= start + said.end()]
            # "A was received by B when he arrived in Lima": B is the host, not a visitor.
            host = _HOSTED_BY.search(clause, 0, visit.start())
            received = _RECEIVED_FOR.search(clause, 0, visit.start())
            for tag in people:
                if tag.start < verb_at:
                    hosted = host is not None and tag.start >= start + host.end()
                    # "Federal Chancellor X today received the Prime Minister of the Czech Republic, Y, ... for a
                    # working visit": X hosts
                    hosting = (
                        received is not None
                        and tag.start < start + received.start()
                        and any(start + received.end() <= t.start < verb_at for t in people)
                    )
                    if event.participants.get(tag.key) != "visitor":  # "when he arrived": still the visitor
                        event.participants[tag.key] = "participant" if hosted or hosting else "visitor"
                    if hosting and event.participants[tag.key] == "participant":
                        # the host's country is where the guest came (else the dateline's)
                        home = (self.people[tag.key].country if tag.key in self.people else None) or (
                            self._home_country()
                        )
                        if home is not None:
                            event.participants.setdefault(f"country:{home}", "destination")
        if not any(role == "visitor" for role in event.participants.values()):
            return None
        dest = re.search(
            # (and "crossed from Krake into Nigeria")
            r"\b(?:(?:visits?|visited|trip|tour)\s+(?:to\s+)?|crossed\s+(?:from\s+[A-Z][\w.-]+\s+)?into\s+|days\s+in\s+)(?:the\s+)?"
            r"(?P<where>[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)",
            clause,
        )
        if dest:
            slug = self.vocab.country_of(dest.group("where"))
            if slug:
                event.participants[f"country:{slug}"] = "destination"
            elif dest.group("where") in self.vocab.places:
                event.place = f"place:{slugify(self.vocab.places[dest.group('where')].name)}"
        elif (arrived := _ARRIVED_IN.search(clause)) is not None:
            # "who arrived in the country on Tuesday for a three-day working visit", under a dateline of Mbabane
            named = arrived.group("where")
            slug = self.vocab.country_of(named) if named else self._home_country()
            at = start + arrived.start()
            who = _WHO_BEFORE.search(self.text, max(sentence.start, at - 80), at)
            arriving = [t for t in people if t.end <= who.start()][-1:] if who else []
            for tag in people:
                if arriving and tag is not arriving[0] and event.participants.get(tag.key) == "visitor":
                    event.participants[tag.key] = (
                        "participant"  # "signed by A and B, who arrived on Tuesday": A hosts
                    )
            going = [k for k, role in event.participants.items() if role == "visitor"]
            if slug and all(k not in self.people or self.people[k].country != slug for k in going):
                event.participants[f"country:{slug}"] = "destination"
        event.place = event.place or place
        event.when = _visit_days(clause, event.when)
        stay = visit.groupdict().get("stay")
        if (
            stay
            and event.when is not None
            and event.when.precision is Precision.DAY
            and 2 <= count_of(stay) <= 31
        ):
            # "returned ... on Tuesday after six days in Cameroon": the six days up to that day
            event.when = _visit_span(event.when, count_of(stay), ended=True)
        return event

    def _tariff(
        self, sentence: Sentence, clause: str, start: int, tags: list[_Tag], when: When | None
    ) -> _Event | None:
        event = self._new_event(EventType.TARIFF, sentence, clause, when)
        tariff_at = start + (_TARIFF.search(clause).start() if _TARIFF.search(clause) else 0)  # type: ignore[union-attr]
        clause_end = start + len(clause)
        announcers = []
        reported = False
        for tag in tags:
            if tag.kind == "person" and (
                tag.start < tariff_at + 40
                or _BY_BEFORE.search(self.text, max(start, tag.start - 40), tag.start)
            ):
                # "... was announced on Friday by Zubair Khattak": the one it was announced by.
                event.participants.setdefault(tag.key, "actor")
            elif tag.kind == "person" and _SAID_AFTER.match(self.text, _run_end(tags, tag), clause_end):
                announcers.append(tag.key)
        for tag in tags:
            if tag.kind in ("country", "place"):
                slug = tag.key if tag.kind == "country" else self.things[tag.key].country
                if not slug:
                    continue
                before = self.text[max(start, tag.start - 22) : tag.start].lower()
                word = tag.text
                after = self.text[tag.end : tag.end + 60]  # (" agricultural and industrial products")
                goods = word in self.vocab.demonyms and (
                    _GOODS.match(after)
                    or (_ON_GOODS.search(before) is not None and _LOWER_NOUN.match(after) is not None)
                    # "will exempt Ugandan sugar from its import levy"
                    or (_EXEMPT_BEFORE.search(before) is not None and _LOWER_NOUN.match(after) is not None)
                )  # "Chinese steel", "a tariff on fresh Philippine bananas"
                if (
                    (
                        re.search(
                            r"\b(?:on|hit|against|targeting|(?:imports|goods|exports|products|imported|shipped) from)\s+$",
                            before,
                        )
                        and word not in self.vocab.demonyms
                    )
                    or goods
                    or (tag.possessive and re.search(r"\bover\s+$", before))
                    # "the 15 percent import duty on wheat flour from Kazakhstan"
                    or (
                        word not in self.vocab.demonyms
                        and _ON_GOODS_FROM.search(self.text, max(start, tag.start - 60), tag.start)
                        is not None
                    )
                    or (
                        word not in self.vocab.demonyms
                        and _MADE_IN.search(self.text[max(start, tag.start - 50) : tag.start].lower())
                        is not None
                    )
                    # "copper concentrate from Botswana exported through Walvis Bay would be exempt from the export
                    # levy": goods from a country, the subject of the measure
                    or (
                        word not in self.vocab.demonyms
                        and tag.start < tariff_at
                        and _GOODS_FROM_BEFORE.search(before) is not None
                    )
                ):
                    event.participants.setdefault(f"country:{slug}", "target")
                elif _REPORTED_SUBJECT.search(
                    self.text, max(start, tag.start - 60), tag.start
                ) and self._imposes(tag.end, tariff_at, tags):
                    # "Sarmiento told reporters that Tokyo had agreed to cut its tariff": Tokyo's country acts;
                    # the one who told of it did not.
                    reported = True
                    event.participants.setdefault(f"country:{slug}", "actor")
                elif (
                    tag.possessive
                    or re.search(r"\bby\s+(?:the\s+)?$", before)
                    or (
                        tag.start < tariff_at
                        and (
                            _CLAUSE_OPENING.fullmatch(self.text, start, tag.start)
                            # "Kenyan manufacturers disputed that claim, and Nairobi threatened ... duties"
                            or _COORDINATED_SUBJECT.search(self.text, max(start, tag.start - 12), tag.start)
                        )
                        and (word not in self.vocab.demonyms or _GOVERNMENT.match(after))
                        and self._imposes(tag.end, tariff_at, tags)
                    )
                ):
                    # "India retaliated with levies ...", "The Russian administration slapped a tariff ...".
                    event.participants.setdefault(f"country:{slug}", "actor")
        for tag in tags:
            if (
                tag.kind == "group"
                and tag.start < tariff_at
                and _CLAUSE_OPENING.fullmatch(self.text, start, tag.start)
                and _GOVERNMENT.search(tag.text)
                and self._imposes(tag.end, tariff_at, tags)
            ):
                # "The Moldovan government on Tuesday approved the removal of a 15% safeguard duty"
                event.participants.setdefault(f"country:{tag.key.split(':', 1)[1]}", "actor")
        targets = {k.split(":", 1)[1] for k, r in event.participants.items() if r == "target"}
        if (
            len(targets) == 1
            and len(self.main_pair) == 2
            and not any(r == "actor" and k.startswith("country:") for k, r in event.participants.items())
            and _THE_GOVERNMENT.match(clause)
            and self._imposes(start + _THE_GOVERNMENT.match(clause).end(), tariff_at, tags)  # type: ignore[union-attr]
        ):
            # "The Federal Government will from June 1 suspend the levy on cement produced in the Republic of Benin",
            # in a story of Nigeria and Benin: the government of the other country of the story
            (target,) = targets
            if target in self.main_pair:
                other = self.main_pair[1 - self.main_pair.index(target)]
                event.participants.setdefault(f"country:{other}", "actor")
        if reported:
            # The one who told of it acts only for their own country ("Yoon said that South Korea would impose").
            acting = {k.split(":", 1)[1] for k, r in event.participants.items() if r == "actor" and ":" in k}
            for key in [k for k, r in event.participants.items() if r == "actor" and k in self.people]:
                if self.people[key].country is not None and self.people[key].country not in acting:
                    del event.participants[key]
            announcers = []
        targets = {k.split(":", 1)[1] for k, r in event.participants.items() if r == "target"}
        for key in announcers:
            # "..., Trade Minister X said": the one who announced it, unless from a country it targets.
            if self.people[key].country not in targets:
                event.participants.setdefault(key, "actor")
        for key, role in list(event.participants.items()):
            if role == "actor" and key in self.people and self.people[key].country:
                event.participants.setdefault(f"country:{self.people[key].country}", "actor")
        # The verb nearest the tariff, after any relative clause ("which has long raised concerns ..., imposed").
        before_tariff = _RELATIVE_CLAUSE.sub(" ", clause[: max(0, tariff_at - start) + 1])
        action = _TARIFF_ACTION_VERB.search(before_tariff)
        if re.search(r"\bthreat", clause, re.IGNORECASE):
            event.status = "threatened"
        elif _SUSPENDED.search(clause, 0, max(0, tariff_at - start)) and not _CLAUSE_BREAK.search(
            clause, max(0, tariff_at - start - 60), max(0, tariff_at - start)
        ):
            # "Tanzania has suspended the 25 per cent levy", "lifted its duty on paddy"
            event.status = "suspended"
        elif _SUSPENDED_AFTER.search(clause, max(0, tariff_at - start)):
            event.status = "suspended"  # "the 15 per cent duty on cement ... would be suspended from March 1"
        elif action and action.group("cut"):
            event.status = "cut"  # "agreed to cut its import tariff on bananas to 4% from 8%"
        elif (
            moves := _MOVES_AFTER.search(
                clause,
                max(0, tariff_at - start),
                # (the tariff's own clause: not "..., and analysts said prices will rise by 5 percent")
                stop.start()
                if (stop := _MOVES_STOP.search(clause, max(0, tariff_at - start)))
                else len(clause),
            )
        ) is not None:
            # "the tariff on rice imported from Vietnam will fall from 35 to 20 percent"
            event.status = "cut" if moves.group("cut") else "raised"
        elif action and action.group("raise"):
            event.status = "raised"
        else:
            event.status = "imposed"
        self._add_figures(event, clause, tariff=True)
        at = max(0, tariff_at - start)
        if event.status == "imposed" and _OPENED.search(clause, max(0, at - 60), min(len(clause), at + 20)):
            event.status = "cut"  # ("allow Nigerian rice in duty-free", "granted ... duty-free access")
        if (
            not any(r == "target" for r in event.participants.values())
            and not event.figures
            # "... will no longer pay Papua New Guinea import duty from June 1": a country's own duty lifted
            and not (
                any(r == "actor" and k.startswith("country:") for k, r in event.participants.items())
                and _lifted_near(clause, at)
            )
        ):
            return None
        return event

    def _imposed_earlier(
        self,
        event: _Event,
        sentence: Sentence,
        clause: str,
        start: int,
        tariff: re.Match[str],
        dates: list[DateMatch],
    ) -> _Event | None:
        """ "would suspend, from April 1, the 25 percent surcharge on Ivorian cement that the Ministry of Commerce
        imposed in January": the measure's imposition, told with its own day after the tariff, is an event of its own,
        between the same parties."""
        noun_end = tariff.end()
        while (more := _TARIFF.match(clause, noun_end + 1)) is not None and clause[noun_end] == " ":
            noun_end = more.end()  # "the 10% excise surcharge it has charged ...": the noun's last word
        imposed = _IMPOSED_PARTICIPLE.match(clause, noun_end) or _IMPOSED_AFTER.search(clause, noun_end)
        if imposed is None:
            return None
        at = sentence.start - start
        day = next(
            (
                d.when
                for d in dates
                if d.when is not None
                and 0 <= d.start - at - imposed.end() <= 60
                and not _CLAUSE_BREAK.search(clause, imposed.end(), d.start - at)
            ),
            None,
        )
        if day is None or (event.when is not None and day.start >= event.when.start):
            return None
        earlier = self._new_event(EventType.TARIFF, sentence, clause, day)
        earlier.participants = dict(event.participants)
        earlier.figures = list(event.figures)
        earlier.status = "imposed"
        return earlier

    def _same_tariff_before(self, sentence: Sentence, clause: str, named: re.Match[str]) -> _Event | None:
        """The tariff a clause with no country of its own tells again: the last one a paragraph or two before by the
        same noun ("The levy, introduced ..." after a levy) or with a rate the clause states ("The 35 percent rate"
        after a tariff "from 35 to 20 percent"); not "The 12% levy" after a 10 percent tariff on steel."""
        noun = named.group("noun").lower()[:4]  # ("duty", "duties": "dut")
        noun = noun[:3] if noun.startswith("dut") else noun
        here = set(_RATE.findall(clause))
        tariffs = [e for e in reversed(self.events) if e.type is EventType.TARIFF]
        near = (e for e in tariffs if sentence.paragraph - e.paragraph <= 3)
        return next(
            (e for e in near if noun in e.text.lower() or here & set(_RATE.findall(e.text))), None
        ) or next(  # (as _tariff_told_before: by its noun, up to eight paragraphs before)
            (e for e in tariffs if noun in e.text.lower() and sentence.paragraph - e.paragraph <= 8), None
        )

    def _tariff_told_before(self, sentence: Sentence, named: re.Match[str]) -> _Event | None:
        """The tariff a sentence names again: the last one told a paragraph or two before, else the last one by the
        same noun ("the levy": a levy) up to eight paragraphs before. ``named``: the noun's match (group "noun", or
        "noun2", or the whole)."""
        groups = named.groupdict()
        noun = (groups.get("noun") or groups.get("noun2") or named.group(0)).lower()
        tariffs = [e for e in reversed(self.events) if e.type is EventType.TARIFF]
        return next((e for e in tariffs if sentence.paragraph - e.paragraph <= 3), None) or next(
            (e for e in tariffs if noun in e.text.lower() and sentence.paragraph - e.paragraph <= 8), None
        )

    def _tariff_again(self, sentence: Sentence, clause: str, dates: list[DateMatch]) -> _Event | None:
        """ "The levy was introduced in March", "Malawi imposed the surtax in May": the tariff told just before, named
        again by its noun with no figure, imposed on a day of its own, between the same parties; when the tariff told
        was itself an imposition, this sentence tells it again."""
        again = _TARIFF_AGAIN.search(clause)
        if again is None:
            return None
        told = self._tariff_told_before(sentence, again)
        if told is None:
            return None
        day = next((d.when for d in dates if d.when is not None), None)
        if day is None:
            return None
        if told.status in (None, "imposed"):
            # "... over New Delhi's 50 per cent tariff on European wine. India imposed the duty last year.": the same
            # tariff told again
            told.mentions_extra.append((sentence.start, sentence.end))
            told.when = told.when or day
            return None
        event = self._new_event(EventType.TARIFF, sentence, clause, day)
        event.participants = dict(told.participants)
        event.figures = list(told.figures)
        event.status = "imposed"
        return event

    def _imposes(self, subject_end: int, tariff_at: int, tags: list[_Tag]) -> bool:
        """An active verb of imposing between a clause's subject and its tariff: "India retaliated with levies",
        "China said it would impose ...", not "India was hit with tariffs" or "Mexico said that the United
        States imposed" (another country before the verb)."""
        # "raised concerns about the levy" is no imposing of it; "which has long raised concerns ..., imposed" is.
        verb = next(
            (
                v
                for v in _IMPOSING.finditer(self.text, subject_end, tariff_at)
                if not _NOT_A_TARIFF_OBJECT.match(self.text, v.end())
            ),
            None,
        )
        if verb is None or _NOT_IMPOSING.search(self.text, subject_end, verb.start()):
            return False
        if _CLAUSE_BREAK.search(self.text, verb.end(), tariff_at):
            return False  # "lifted its ban on Ugandan sugar, but Uganda kept its tariff": the verb is another clause's
        return not any(
            t.kind == "country"
            and subject_end <= t.start < verb.start()
            and t.text not in self.vocab.demonyms
            for t in tags
        )  # another country named before the verb acts ("Chinese overcapacity" names none)

    def _negotiation(
        self,
        sentence: Sentence,
        clause: str,
        start: int,
        tags: list[_Tag],
        when: When | None,
        place: str | None,
    ) -> _Event | None:
        status = None
        status_match = None
        for noun in _NEGOTIATION.finditer(clause):
            if re.search(
                r"\b(?:during|following|after|at|in) (?:the|their|these)\s+$",
                clause[: noun.start()],
                re.IGNORECASE,
            ):
                continue
            window = clause[max(0, noun.start() - 30) : noun.end() + 45]
            for name, pattern in _STATUS_WORDS:
                found = pattern.search(window)
                if found:
                    status, status_match = name, found
                    break
            if status:
                break
        if status is None or status_match is None:
            return None
        if when is not None and re.search(re.escape(status_match.group(0)) + r"\s+after\b", clause):
            when = When(
                when.start,
                self.reference or when.end,
                Precision.RANGE,
                f"after {when.phrase}".strip(),
                self.reference,
                f"after {when.label()}",
            )
        elif when is None and status in ("under negotiation", "imminent") and self.reference is not None:
            when = When.day(
                self.reference, status_match.group(0), self.reference, "status as of the report's date"
            )
        if not _TRADE_TALK.search(clause):
            return None
        event = self._new_event(EventType.NEGOTIATION, sentence, clause, when)
        event.status = status
        agreement = next((t.key for t in tags if t.kind == "agreement"), None)
        event.agreement = agreement or self._generic_deal(clause)
        for slug in self.main_pair:
            event.participants.setdefault(f"country:{slug}", "party")
        return event

    def _generic_deal(self, clause: str) -> str | None:
        m = re.search(
            r"\b(trade|defen[cs]e|investment|security|nuclear)\s+(deal|agreement|pact|talks|negotiations)\b",
            clause,
            re.IGNORECASE,
        )
        domain = m.group(1).lower() if m else ("trade" if re.search(r"\btrade\b", clause, re.I) else None)
        if domain is None:
            return None
        name = f"{domain} deal"
        key = f"agreement:{slugify(name)}"
        thing = self.things.setdefault(key, _Thing(Kind.AGREEMENT, key, head="deal"))
        thing.names[name] += 1
        return key

    def _statement(
        self,
        sentence: Sentence,
        clause: str,
        start: int,
        tags: list[_Tag],
        speech: re.Match[str],
        when: When | None,
        place: str | None,
    ) -> _Event | None:
        verb_at = start + speech.start()
        if _NOT_SAID.search(clause, 0, speech.start()) or _IDIOM_AFTER.match(clause, speech.end()):
            return None  # "Kinyanjui was criticised by farmers", "Macron slammed the door on the deal"
        if _UNNAMED_SOURCE.search(clause, 0, speech.start()):
            return None  # "Park also met X on Monday, a Korean official said, speaking on condition of anonymity"
        speaker = None
        for tag in tags:
            if tag.kind in ("person", "organisation") and tag.start < verb_at and not tag.possessive:
                speaker = tag
                break
        according = _ACCORDING_TO.search(clause)
        if speaker is None and according:
            at = start + according.end()
            speaker = next((t for t in tags if t.start >= at and t.kind in ("person", "organisation")), None)
        if speaker is None:
            return None
        if _QUOTE_MARKS.search(self.text[sentence.start : sentence.end]):
            return None
        rest = clause[speech.end() :]
        that = _THAT.search(rest[:90])
        if speech.re is _OPENING_ACCORDING:
            at = start + speech.end()
            # The person named right after it, titles aside: not "According to Ruto's spokesman ..." (Ruto's) nor
            # "According to a source close to President Ruto" (Ruto).
            speaker = next((t for t in tags if t.start >= at and t.kind == "person"), None)
            if (
                speaker is None
                or speaker.possessive
                or not _TITLE_GAP.fullmatch(self.text, at, speaker.start)
            ):
                return None  # "According to Defence ministry the meeting marked ...": an account, not a statement
            gist_text = self.text[speaker.end : start + len(clause)].lstrip(" ,")
        elif according and according.start() < speech.start():
            gist_text = clause[according.end() :]
            gist_text = gist_text.split(",", 1)[1] if "," in gist_text else gist_text
        elif that:
            gist_text = rest[that.end() :]
        else:
            gist_text = rest.strip()
            told_before = clause.rfind(", ", 0, speaker.start - start)
            if (
                told_before > 0
                and _ONLY_WHEN_OR_WHERE.fullmatch(gist_text)
                # an announcement of what is to be, by a person (not "India and the US on Thursday signed ..., the
                # commerce ministry said": the report of an event, attributed)
                and speaker.kind == "person"
                and _TO_BE_DONE.search(clause, 0, told_before) is not None
            ):
                # "Colombia will suspend from April 1 the tariff ..., Minister X said on Wednesday": what was said is
                # told before the speaker
                gist_text = clause[:told_before]
            elif re.match(
                r"(?:after|before|during|on|in|at|following|while|to|with|by)\b", gist_text, re.IGNORECASE
            ):
                return None
        gist = _tidy_gist(gist_text)
        if not gist or len(gist.split()) < 4 or gist.strip(" ,.") == "":
            return None
        event = self._new_event(EventType.STATEMENT, sentence, clause, when)
        event.participants[speaker.key] = "speaker"
        event.gist.append(gist)
        event.place = place
        event.status = _channel(clause)
        return event

    def _add_figures(self, event: _Event, clause: str, tariff: bool = False) -> None:
        for m in _FIGURE.finditer(clause):
            label = _tidy_label(m.group("label"))
            if tariff and not label:
                label = "tariff"
            event.figures.append((float(m.group("value")), "%", label))
        for m in _MONEY.finditer(clause):
            scale = m.group("scale").lower()
            unit = {"bn": "billion", "mn": "million"}.get(scale, scale)
            event.figures.append((float(m.group("value")), "USD", unit))

    # ------------------------------------------------------------------ quotations

    def _quotes(self) -> None:
        self._quote_paragraphs()
        self._quote_posts()

    def _quote_posts(self) -> None:
        """An embedded post the page shows ("Proud moment for ... pic.twitter.com/x — Dr. Abdirahman H. Farah
        (@DrFarahHealthKE) January 13, 2026"): its writer's words, on X, that day; not again what the story quotes."""
        told_of = (
            {t.key for tags in self.tags.values() for t in tags if t.kind == "person"}
            if self.clean.posts
            else set()
        )
        for post in self.clean.posts:
            signed = _signed_for(post.name)
            if signed is not None:
                speaker = self._resolve_name(signed[1])
                told_of = told_of | ({speaker} if speaker else set())
            else:
                speaker = self._person_for_handle(post.handle) or self._resolve_name(post.name)
            if speaker not in told_of:
                # "— Julio César Monterroso (@JCMonterrosoGT)" of the story's Julio César Monterroso Ávila; "Ramón Tejeira
                # B." of Ramón Tejeira Barsallo; "Canciller Mónica Arrúa" (a title before the name) of Mónica Arrúa
                # Villagra
                words = name_key(post.name).split()
                fuller = [k for k in told_of if _writes_as(words, k.split())]
                speaker = fuller[0] if len(fuller) == 1 else speaker
            if speaker is None or speaker not in self.people or speaker not in told_of:
                continue  # a person the story tells of, not an outlet's account ("— Newswire Asia (@NewswireAsia)")
            when = (
                When(post.day, post.day, Precision.DAY, post.day.isoformat(), None, "the post's date")
                if post.day
                else None
            )
            told = [q.text for q in self.quotes if q.speaker == speaker]
            # where a piece too short to stand alone opens the next ("Acordo assinado! The line is back")
            opened = -1
            for piece_start, piece_end in _quote_sentences(self.text, post.start, post.end):
                if opened >= 0:
                    piece_start, opened = opened, -1
                if len(self.text[piece_start:piece_end].split()) < 3 and piece_end < post.end:
                    opened = piece_start
                    continue
                piece = self.text[piece_start:piece_end].strip(" ,.…")
                if (
                    len(piece.split()) < 3
                    or _QUOTE_MARKS.search(piece)
                    or any(fuzz.partial_ratio(piece, t) >= 85 for t in told)
                ):
                    continue  # too short, someone else's words quoted in the post, or what the story quotes
                self.quotes.append(
                    _Quote(
                        speaker,
                        piece,
                        f"post on {post.network}",
                        when,
                        piece_start,
                        piece_end,
                        (post.start, post.end),
                    )
                )

    def _quote_paragraphs(self) -> None:
        text = self.text
        last_speaker: str | None = None
        last_channel: str | None = None
        for index, para in enumerate(self.clean.paragraphs):
            if para.heading:
                continue
            spans = list(self.para_quotes[index])
            told_end = -1  # where the sentence of the paragraph's last attributed quotation ends
            for q in spans:
                words = text[q.start : q.end].split()
                if len(words) < 2:
                    continue
                sentence = next((s for s in self.sentences if s.start <= q.start < s.end), None)
                closing = next(
                    (s for s in self.sentences if s.start <= max(q.end - 1, q.start) < s.end), sentence
                )
                if sentence is None or closing is None:
                    continue
                speaker, channel = self._attribute(para.start, para.end, q.start, q.end, sentence, closing)
                if (who := _WHO_QUOTED.search(text, max(sentence.start, q.start - 12), q.start)) is not None:
                    # "Buhazza called on the Foreign Minister, Fahad Muteb Al-Athbi, who "stressed the depth of the
                    # fraternal relations"": the person the relative clause is of
                    speaker = next(
                        (
                            t.key
                            for t in self.tags.get((sentence.start, sentence.end), [])
                            if t.kind == "person" and who.start() - 2 <= t.end <= who.start()
                        ),
                        speaker,
                    )
                if len(words) < 4 and (
                    speaker is None or not (self._said_in(sentence, q.start) or self._opens_split(q, spans))
                ):
                    continue  # a short quotation counts only when its sentence says who said it: "called it “a core partner”"
                if speaker is None:
                    speaker, said = self._speaker_before(para.start, q.start)
                    channel = channel or said
                named, by_name = self._named_speaker(q.end, closing.end) if speaker is None else (False, None)
                if by_name is not None:
                    speaker = by_name
                if speaker is None and (
                    (q.start - para.start <= 2 and not named)
                    or (
                        told_end >= 0
                        and not text[told_end : q.start].strip(" \n\"“‘'")
                        # not '"The door remains open," responded Muto', '..., according to a Japanese official'
                        and not _OWN_ATTRIBUTION.search(text, q.end, closing.end)
                    )
                ):
                    # At the paragraph's start, or opening the sentence after an attributed quotation: '"...,"
                    # Kang said at a press conference. "Technology transfer is the heart of this agreement."'
                    speaker = last_speaker
                    channel = channel or last_channel
                if speaker is None:
                    continue
                if channel is None and speaker == last_speaker:
                    channel = last_channel
                around = text[sentence.start : closing.end]
                masked = mask(around, [(s.start, s.end) for s in spans], sentence.start)
                when = next((d.when for d in find_dates(masked, self.reference) if d.when), None)
                # a piece too short to stand alone opens the next ("Thank you, Panama. Today we signed ...")
                opened = -1
                for piece_start, piece_end in _quote_sentences(text, q.start, q.end):
                    if opened >= 0:
                        piece_start, opened = opened, -1
                    piece = text[piece_start:piece_end].strip(" ,.…")
                    if len(piece.split()) < min(4, len(words)) and piece_end < q.end:
                        opened = piece_start
                        continue
                    if len(piece.split()) >= min(4, len(words)):
                        self.quotes.append(
                            _Quote(
                                speaker,
                                piece,
                                channel,
                                when,
                                piece_start,
                                piece_end,
                                (sentence.start, sentence.end),
                            )
                        )
                last_speaker, last_channel = speaker, channel
                told_end = closing.end
            if not spans:
                own = [s for s in self.sentences if s.paragraph == index]
                # "Not everybody is celebrating. Knut Arne Sørvik, who leads ..., called me on Thursday:": the
                # sentence before the colon says who speaks in the quotation below it
                colon = bool(own) and text[para.start : para.end].rstrip().endswith(":")
                subject = None
                if colon and not _PRONOUN_SPEAKS.search(text, own[-1].start, own[-1].end):
                    # the subject of that sentence, not a person after "with", "to" or "from" ("At a news conference
                    # with Museveni, he said:", "In a letter to Minister Meth, Phetoe wrote:")
                    subject = next(
                        (
                            t.key
                            for t in self.tags[(own[-1].start, own[-1].end)]
                            if t.kind in ("person", "organisation")
                            and not t.possessive
                            and not self._in_quote(t.start)
                            and not _AFTER_PREPOSITION.search(text, own[-1].start, t.start)
                        ),
                        None,
                    )
                subject = subject or next(
                    (
                        t.key
                        for first in own[:1]
                        for t in self.tags[(first.start, first.end)]
                        if t.kind in ("person", "organisation")
                        and not t.possessive
                        and not text.startswith(("'s", "’s"), t.end)  # "after President Ruto's speech"
                        and not self._in_quote(t.start)
                    ),
                    None,
                )
                if subject:
                    last_speaker = subject
                    last_channel = _channel(text[para.start : para.end])

    def _named_speaker(self, q_end: int, closing_end: int) -> tuple[bool, str | None]:
        """Whether the quotation's own sentence credits it by name ('"...," said Dr Rasa Kuprevičiūtė of Vilnius
        University'), and the article's one person that name can be, misspelt or shortened ('"...," El Amrani told
        reporters' of Youssef El Amrani-Bennis): such a quotation is not the last speaker's."""
        m = _QUOTE_ATTRIBUTION_AFTER.match(self.text[q_end:closing_end])
        if m is None:
            named = _SAID_BY_NAME.match(self.text, q_end, closing_end)
            if named is None or named.group("first").lower() in self.ex._title_words:
                return False, None
            words = self.text[named.start("first") : closing_end].split()[:3]
        else:
            who = next((m.group(g) for g in ("who1", "who2", "who3", "who4") if m.group(g)), "")
            words = [
                w
                for w in who.split()
                if w[:1].isupper()
                and w.lower() not in self.ex._title_words
                and w.rstrip(".") not in self.ex._honorifics
                and w not in ("The", "He", "She", "They", "It")
            ]
        words = [
            part
            for w in words
            for part in name_key(strip_possessive(w.strip(".,"))).split("-")
            if len(part) > 2 and part not in ("of", "the", "and")
        ]
        if not words:
            return False, None
        # By surname, or a part of it ("Asante-Mensa" of Asante-Mensah): not "Ruthie Nakato" for Ruth Nankabirwa
        found = {
            key
            for key, person in self.people.items()
            for name in person.names
            for part in name_key(name).split()[-1].split("-")
            if len(part) > 2 and any(fuzz.ratio(w, part) >= 85 for w in words)
        }
        return True, (next(iter(found)) if len(found) == 1 else None)

    def _opens_split(self, q: QuoteSpan, spans: list[QuoteSpan]) -> bool:
        """'"By buying together," Minister Ozoliņš said, "we pay less ..."': the quotation's first words, which
        a comma ends, with the speaker and a verb of speech between them and the rest."""
        after = next((s for s in spans if s.start > q.end), None)
        if after is None or not self.text[q.start : q.end].rstrip("\"”’'").endswith(","):
            return False
        between = self.text[q.end : after.start]
        return (
            len(between) <= 80
            and "." not in between.replace(". ", ".").strip(".\"”’' ")
            and between.rstrip(" \"“‘'").endswith(",")
            and self.ex._speech_re.search(between) is not None
        )

    def _said_in(self, sentence: Sentence, q_start: int) -> bool:
        """A verb of speech before the quotation in its sentence: "Kang said Korea regarded Viet Nam as “...”"."""
        return self.ex._speech_re.search(self.text, sentence.start, q_start) is not None

    def _attribute(
        self, p_start: int, p_end: int, q_start: int, q_end: int, sentence: Sentence, closing: Sentence
    ) -> tuple[str | None, str | None]:
        """Who said the quotation ending at ``q_end`` and through what channel."""
        text = self.text
        spans = [(s, e) for s, e in self.quote_spans if p_start <= s < p_end]
        tags = [
            t
            for t in self.tags.get((sentence.start, sentence.end), [])
            + (self.tags.get((closing.start, closing.end), []) if closing is not sentence else [])
            if not self._in_quote(t.start)
        ]
        after_text = mask(text[q_end : closing.end], spans, q_end)
        before_text = mask(text[sentence.start : q_start], spans, sentence.start)
        lead_in = mask(text[p_start:q_start], spans, p_start)
        speaker: str | None = None
        m = _QUOTE_ATTRIBUTION_AFTER.match(after_text)
        if m:
            who = next(g for g in ("who1", "who2", "who3", "who4") if m.group(g))
            who_start, who_end = q_end + m.start(who), q_end + m.end(who)
            speaker = self._speaker_in(who_start, who_end, tags)
            if speaker is None:
                speaker = self._pronoun_speaker(text[who_start:who_end], sentence)
            channel = (
                self._through(speaker, who_start, who_end, tags)
                or _channel(after_text + " " + before_text)
                or _channel(lead_in)
            )
            if channel == _NAMED_DEPUTY:
                return None, None
            if speaker:
                return speaker, channel
        if before_text.strip():
            label = next(
                (
                    t
                    for t in tags
                    if t.kind == "person"
                    and t.start >= sentence.start
                    and _SPEAKER_LABEL.fullmatch(text, sentence.start, t.start) is not None
                    and _LABEL_COLON.fullmatch(text, t.end, q_start) is not None
                ),
                None,
            )
            if label is not None:
                return label.key, None  # "Kordzaia: “Georgia and Armenia are not just neighbours ...”"
            # "Lauofo began in Samoan:", "President Loikere opened his speech in Tetum:": words said, in a language
            verb = self.ex._speech_re.search(before_text) or _OPENED_IN.search(before_text)
            candidates = [
                t
                for t in tags
                if t.start < q_start
                and t.kind in ("person", "organisation")
                # "Museveni's spokesman told reporters: “...”": Museveni speaks, through his spokesman
                and (not t.possessive or (t.kind == "person" and _DEPUTY_AFTER.match(text, t.end, q_start)))
            ]
            if verb and candidates:
                near = [t for t in candidates if t.start < sentence.start + verb.start()] or candidates
                # "Zhao Linfeng, a spokesperson for China's Foreign Ministry, told ...": the person speaks.
                people = [t for t in near if t.kind == "person"]
                if len(people) > 1:
                    # "Don Wanyama, a spokesman for Museveni, told reporters:": the spokesman, named, speaks
                    people = [t for t in people if not self._deputy(t, q_start)] or people
                key = (people or near)[-1].key
                if not people:
                    # "The Government Office said afterwards that Rannaste had described the cable as “...”": the
                    # office reports the words of the person its statement names
                    inner = next(
                        (
                            t
                            for t in candidates
                            if t.kind == "person"
                            and t.start > sentence.start + verb.end()
                            and _REPORTED_SAYING.match(text, t.end, q_start)
                        ),
                        None,
                    )
                    if inner is not None:
                        return inner.key, _channel(before_text + " " + after_text) or "statement"
                channel = self._through(key, sentence.start, q_start, tags)
                if channel == _NAMED_DEPUTY:
                    return None, None
                return key, channel or _channel(before_text + " " + after_text)
            if candidates and before_text.rstrip(" “\"‘'").endswith(":") and _POSTED.search(before_text):
                # "Sugimoto followed up on Tuesday with a post on X: “...”": the clause's subject wrote it.
                people = [t for t in candidates if t.kind == "person"]
                # "a post by US President Donald Trump on Truth Social: “...”", "a letter from X, which read:".
                author = [
                    t
                    for t in people
                    if _BY_OR_FROM.search(self.text, max(sentence.start, t.start - 40), t.start)
                ]
                return (author or people or candidates)[0].key, _channel(before_text)
            if candidates and before_text.rstrip(" “\"‘'").endswith(":"):
                # "Benlahrache went further: “...”", "Dr. Mwakatobe, in her speech after the signing, was direct:
                # “...”": the sentence's subject, a person, says what follows its colon
                first = candidates[0]
                if (
                    first.kind == "person"
                    and not first.possessive
                    and _TITLE_WORDS_ONLY.fullmatch(self.text, sentence.start, first.start) is not None
                    and len(self.text[first.end : q_start].split()) <= 14
                    and not any(t.kind == "person" and t.key != first.key for t in candidates[1:])
                ):
                    return first.key, _channel(before_text)
            if verb or re.search(r"\b(?:as|that)\s*(?:a|an|the)?\s*$", before_text):
                pronoun = self._pronoun_speaker(before_text, sentence)
                if pronoun:
                    return pronoun, _channel(before_text)
        return None, _channel(after_text + " " + before_text) if (after_text + before_text).strip() else None

    def _speaker_before(self, p_start: int, q_start: int) -> tuple[str | None, str | None]:
        """ "..., the ministry said. "Quote."": the speaker of the previous sentence of the paragraph."""
        previous = [s for s in self.sentences if p_start <= s.start and s.end <= q_start]
        if not previous:
            return None, None
        sentence = previous[-1]
        raw = self.text[sentence.start : sentence.end]
        m = re.search(r",\s+(?P<who>[^,]{2,60}?)\s+(?:said|says|added|stated|noted)\b[^.]*\.?\s*$", raw)
        if not m:
            return None, None
        who_start = sentence.start + m.start("who")
        tags = self.tags.get((sentence.start, sentence.end), [])
        speaker = self._speaker_in(who_start, sentence.start + m.end("who"), tags)
        channel = self._through(speaker, who_start, sentence.start + m.end("who"), tags)
        if channel == _NAMED_DEPUTY:
            return None, None
        return speaker, channel or _channel(raw[m.start() :])

    def _another_name_before(self, start: int, at: int) -> bool:
        """A given name right before a one-word name ("said Amina Hassan"): not a title ("President Ruto"), an
        honorific ("Dr Hassan") or a country ("Kenyan Ruto")."""
        m = _NAME_WORD_BEFORE.search(self.text, start, at)
        if m is None:
            return False
        word = m.group(1)
        return (
            word.lower() not in self.ex._title_words
            and word.rstrip(".") not in self.ex._honorifics
            and not self._vocab_word(word)
            and word.lower() not in _NOT_NAMES
        )

    def _through(self, speaker: str | None, start: int, end: int, tags: list[_Tag]) -> str | None:
        """ "Museveni's spokesman said", "a spokesman for Ruto told reporters": the speaker, named between ``start``
        and ``end``, is the one spoken for; the channel says through whom."""
        for tag in tags:
            if tag.key != speaker or tag.kind != "person" or not start <= tag.start < end:
                continue
            m = self._deputy(tag, end)
            if m is None:
                continue
            # "an adviser to Trump on trade, Peter Navarro, told", "Kenyatta's former aide Dennis Itumbi said": the
            # deputy, named, speaks
            if _DEPUTY_NAMED.match(self.text, tag.end if m.end() <= tag.start + 1 else m.end()):
                return _NAMED_DEPUTY
            if _FORMER.search(m.group(0)):
                return (
                    _NAMED_DEPUTY  # "Museveni's former spokesman told reporters": no longer his; no one named
                )
            deputy = m.group("deputy").lower().rstrip("s")
            return (
                "through the office"
                if deputy == "office"
                else f"through {_DEPUTIES.get(deputy, 'a spokesperson')}"
            )
        return None

    def _deputy(self, tag: _Tag, end: int) -> re.Match[str] | None:
        """The spokesperson, aide, lawyer or office that speaks for the person ``tag`` names, if the text says so."""
        owned = tag.text.endswith(("'s", "’s")) or self.text.startswith(("'s", "’s"), tag.end)
        return _DEPUTY_AFTER.match(self.text, tag.end, min(end + 40, len(self.text))) or (
            # not "a spokesman for Mudavadi's ministry": the ministry's
            None if owned else _DEPUTY_BEFORE.search(self.text, max(0, tag.start - 60), tag.start)
        )

    def _speaker_in(self, start: int, end: int, tags: list[_Tag]) -> str | None:
        within = [
            t
            for t in tags
            if start <= t.start < end
            and t.kind in ("person", "organisation")
            # not "Hassan" of "said Amina Hassan" (a name of its own) for Hassan Sheikh Mohamud
            and not (t.kind == "person" and " " not in t.text and self._another_name_before(start, t.start))
        ]
        # "Colombia's Minister of Commerce, Industry and Tourism, Mariana Ospina": the person, not the portfolio.
        people = [t for t in within if t.kind == "person"]
        if len(people) > 1:
            # "Museveni's spokesman Don Wanyama said": the spokesman, not the one he speaks for.
            people = [t for t in people if not self._deputy(t, end)] or people
        for tag in people or within:
            return tag.key
        words = self.text[start:end]
        m = _THE_MINISTRY.search(words)
        if m:
            for key, thing in self.things.items():
                if thing.kind is Kind.ORGANISATION and thing.head == "ministry":
                    return key
        return None

    def _pronoun_speaker(self, words: str, sentence: Sentence) -> str | None:
        if _GUEST.match(words):
            # "His guest, speaking in Indonesian, said the agreement showed that “...”": the one visitor
            return self._one_guest()
        if not _PRONOUN.search(words):
            return None
        tags = [
            t
            for t in self.tags.get((sentence.start, sentence.end), [])
            if t.kind == "person" and not self._in_quote(t.start)
        ]
        return tags[0].key if tags else self.last_subject_before(sentence.start)

    def last_subject_before(self, pos: int) -> str | None:
        for sentence in reversed(self.sentences):
            if sentence.start >= pos:
                continue
            for tag in self.tags.get((sentence.start, sentence.end), []):
                if tag.kind == "person" and not self._in_quote(tag.start):
                    return tag.key
        return None

    # ------------------------------------------------------------------ tidy and emit

    def _tidy_events(self) -> None:
        """Merge an article's repeated reports of one event; fold a signing's meeting into it."""
        merged: list[_Event] = []
        for event in self.events:
            target = next((m for m in merged if _same_local(m, event, self)), None)
            if target is None:
                merged.append(event)
                continue
            _absorb(target, event)
            self.folded[id(event)] = target
        final = self._fold_lead_signing(merged)
        self._date_by_signing(final)
        self._date_list_items(final)
        for event in final:
            if event.type is EventType.SIGNING:
                for key in [
                    k for k, r in event.participants.items() if r == "signatory" and k in self.people
                ]:
                    country = self.people[key].country
                    if country:
                        event.participants.setdefault(f"country:{country}", "party")
        for event in final:
            if event.relation and event.when is None:
                relation, anchor = event.relation
                while id(anchor) in self.folded:
                    anchor = self.folded[id(anchor)]
                if anchor.when is not None:
                    event.when = _relative_when(relation, anchor.when)
        self._date_by_narrative(final)
        self.events = self._drop_echoed_visits(final)
        self._stretch_visits()
        self._visits_to_their_return()
        self._infer_countries()

    def _date_by_narrative(self, events: list[_Event]) -> None:
        """ "X and Y held talks on Monday ...¶ A protocol ... was signed by the two ministers at the end of the
        meeting": an undated signing or meeting told as done, in the paragraph of a meeting, talks or signing told
        with its day (or of a visit of one day) or the paragraph after it, happened on that day, when no other time is
        told between them (not "will sign", "had met", "first met", "since") and it is told as part of that event (its
        people, "the two ministers", "at the end of the meeting"), not of another pair of people. Any sentence that
        reports the event may be the one told so (a headline told it first)."""
        if self.reference is None:
            return
        reference = self.reference

        def anchors() -> list[_Event]:
            return sorted(
                (
                    e
                    for e in events
                    if e.when is not None
                    and e.when.precision is Precision.DAY
                    and e.when.start <= reference
                    and (
                        e.type in (EventType.SIGNING, EventType.MEETING, EventType.TALKS)
                        # "crossed into the Chaco on Saturday for a one-day visit": the visit's day is the day's events'
                        or (
                            e.type is EventType.VISIT
                            and (
                                _ONE_DAY.search(e.text) is not None or _A_DAY_SPENT.search(e.text) is not None
                            )
                        )
                    )
                ),
                key=lambda e: e.start,
            )

        for event in events:
            if event.when is None and event.type is EventType.TALKS and _TOLD_DONE.search(event.text):
                # "The working day was Tuesday. A and B held talks at the Presidential Secretariat"
                self._take_day_told_before(event, events)
            if event.when is not None or event.type not in (EventType.SIGNING, EventType.MEETING):
                continue
            people = {k for k in event.participants if k in self.people}
            told = anchors()
            for start, end in sorted([(event.start, event.end), *event.mentions_extra]):
                anchor = next((e for e in reversed(told) if e.start < start and e is not event), None)
                as_told = (
                    event.type is EventType.SIGNING
                    and _SIGNED_AS_TOLD.match(self.text, start, end) is not None
                )
                if as_told:
                    # the signing told just before (not the session it closed, told in the same sentence)
                    anchor = next(
                        (
                            e
                            for e in reversed(told)
                            if e.start < start and e is not event and e.type is EventType.SIGNING
                        ),
                        anchor,
                    )
                if (
                    # the sentence's own clause, not "a contract under which YPFB will supply ..." after it
                    _NOT_NARRATED.search(_OWN_CLAUSE.split(self.text[start:end], 1)[0])
                    or anchor is None
                    or anchor.when is None
                    or self._paragraph_at(start) - anchor.paragraph > 1
                    or find_dates(self.text[anchor.end : start], self.reference)
                    or _FLASHBACK.search(self.text, anchor.end, start)
                    # told as part of the anchor's story: its people, "the two ministers", "at the end of the meeting"
                    or not (
                        _CONTINUES.search(event.text)
                        or people & {k for k in anchor.participants if k in self.people}
                        # "Mozambique and Zimbabwe on Wednesday signed an agreement to expand the pipeline ...¶ The
                        # pipeline agreement was signed by ...": the agreement told just before, by its signatories
                        or (as_told and anchor.type is EventType.SIGNING)
                    )
                ):
                    continue
                event.when = replace(
                    anchor.when,
                    basis=f"{anchor.when.basis}; the day of the {anchor.type.value} told just before".lstrip(
                        "; "
                    ),
                )
                break
            if event.when is None:
                # "On Tuesday, at the Itaipu dam, Brazil and Paraguay closed the revision. Presidents A and B met in the
                # control room": the one day the sentence just before tells, when no event was read from it
                self._take_day_told_before(event, events)
        news = self._news_day(events)
        news_day, lead_end = news if news is not None else (None, 0)
        for event in events:
            if (
                news_day is None
                or event.when is not None
                or event.type not in (EventType.SIGNING, EventType.MEETING, EventType.TALKS)
                or _NOT_NARRATED.search(_OWN_CLAUSE.split(event.text, 1)[0])
                or not _TOLD_DONE.search(event.text)
                # (a day told in a relative clause is that clause's: "A, who flew into Astana on Tuesday evening for
                # a two-day state visit, held talks with B at the palace")
                or find_dates(_WHO_ASIDE.sub(" ", event.text), self.reference)
                or self._turned_to_another_time(event.start, news_day)
                # the story has gone on to another day since: "On 11 March ... held a bilateral meeting ...¶ Following
                # the meeting, the two Prime Ministers witnessed the signing" is not of the lead's 10 March
                or any(
                    other.when is not None
                    and other.when.precision is Precision.DAY
                    and other.when.start > news_day.start
                    and other.start < event.start
                    and other.type in (EventType.SIGNING, EventType.MEETING, EventType.TALKS)
                    and other.start >= lead_end
                    # (a later day of the story's week)
                    and (other.when.start - news_day.start).days <= 7
                    for other in events
                )
            ):
                continue
            # "Peru will suspend the duty from June 1, the minister announced on Tuesday, as the presidents met for the
            # binational cabinet ...¶ ... President A and President B held a private meeting in Puno before chairing
            # the cabinet": a signing or meeting told as done, with no time of its own, in a story whose lead tells
            # one recent day, happened on that day
            day, why = news_day, "the day the story's lead tells"
            if _THEN.search(event.text):
                # "... signed the agreement on Tuesday ...¶ ... Rasoamanana was later received by the President": the
                # day of the last signing, meeting or talks told before, within the story's week
                last = max(
                    (
                        other
                        for other in events
                        if other.when is not None
                        and other.when.precision is Precision.DAY
                        and other.start < event.start
                        and other.type in (EventType.SIGNING, EventType.MEETING, EventType.TALKS)
                        and abs((other.when.start - news_day.start).days) <= 7
                    ),
                    key=lambda other: other.start,
                    default=None,
                )
                if last is not None and last.when is not None:
                    day, why = last.when, f"the day of the {last.type.value} told before"
            event.when = replace(day, basis=f"{day.basis}; {why}".lstrip("; "))

    def _take_day_told_before(self, event: _Event, events: list[_Event]) -> None:
        """An undated event told as done takes the one recent day the sentence just before tells (_day_told_just_before)."""
        if _NOT_NARRATED.search(_OWN_CLAUSE.split(event.text, 1)[0]):
            return
        day = self._day_told_just_before(event.start, events)
        if day is not None:
            event.when = replace(day, basis=f"{day.basis}; the day the sentence before tells".lstrip("; "))

    def _turned_to_another_time(self, start: int, day: When) -> bool:
        """The sentence before the one at ``start`` tells another time or turns to the past: "The two leaders first
        worked together in 2015, when ... Mahama then visited Lagos and the two then signed ..."."""
        at = next((i for i, s in enumerate(self.sentences) if s.start == start), None)
        if not at or not _THEN.search(self.text, start, self.sentences[at].end):
            return False  # (told as what came next only: "then", "later", "afterwards")
        before = self.sentences[at - 1]
        told = mask(self.text[before.start : before.end], self.quote_spans, before.start)
        return _FLASHBACK.search(told) is not None or any(
            d.when is not None and d.when.start != day.start for d in find_dates(told, self.reference)
        )

    def _news_day(self, events: list[_Event]) -> tuple[When, int] | None:
        """The one day (within two days of publication) of what the story's first paragraphs (a standfirst and the
        lead) tell done: a signing, a meeting, talks or a statement; and where those paragraphs end."""
        # (the first two: a standfirst may come before the lead)
        first = [p for p in self.clean.paragraphs if not p.heading][:2]
        if not first or self.reference is None:
            return None

        days = {
            e.when.start: e.when
            for e in events
            if any(p.start <= e.start < p.end for p in first)
            and e.when is not None
            and e.when.precision is Precision.DAY
            and e.type in (EventType.SIGNING, EventType.MEETING, EventType.TALKS, EventType.STATEMENT)
            and timedelta(0) <= self.reference - e.when.start <= timedelta(days=2)
        }
        lead = first[-1] if len(first) > 1 and first[0].end - first[0].start < 40 else first[0]
        if not days and not any(
            lead.start <= e.start < lead.end and e.type is EventType.VISIT for e in events
        ):
            # "ASTANA, Feb 11 (CPW) - Kazakhstan and Azerbaijan agreed on Wednesday to set up a joint shipping company":
            # no signing, meeting or statement of that day read from the lead, but the one day it tells (not a visit's
            # first day: "landed in Doha on Friday for a two-day visit")
            reference = self.reference
            days = {
                d.when.start: d.when
                for d in find_dates(
                    mask(self.text[lead.start : lead.end], self.quote_spans, lead.start), reference
                )
                if d.when is not None
                and d.when.precision is Precision.DAY
                and _WEEKDAY_NAMED.search(d.when.phrase)
                and timedelta(0) <= reference - d.when.start <= timedelta(days=2)
            }
        return (next(iter(days.values())), first[-1].end) if len(days) == 1 else None

    def _day_told_just_before(self, start: int, events: list[_Event]) -> When | None:
        at = next((i for i, s in enumerate(self.sentences) if s.start == start), None)
        if not at:
            return None
        before, this = self.sentences[at - 1], self.sentences[at]
        if this.paragraph - before.paragraph > 1 or any(
            e.start == before.start or (before.start, before.end) in e.mentions_extra for e in events
        ):
            return None
        days = [
            d.when
            for d in self._in_told_week(
                find_dates(
                    mask(self.text[before.start : before.end], self.quote_spans, before.start), self.reference
                ),
                before.start,
            )
            if d.when is not None
        ]
        if len(days) != 1 or days[0].precision is not Precision.DAY or self.reference is None:
            return None
        # (a day of the story's weeks, not of its background: "In 1973 the annex was drafted on 26 April")
        return days[0] if timedelta(0) <= self.reference - days[0].start <= timedelta(days=60) else None

    def _paragraph_at(self, pos: int) -> int:
        """The paragraph of the sentence at ``pos`` (-1 before the first)."""
        return next((s.paragraph for s in reversed(self.sentences) if s.start <= pos), -1)

    def _stretch_visits(self) -> None:
        """ "... concluded a two-day official visit" in the lead, "X arrived in Tashkent on Monday" below: a visit
        dated by one day takes the days the article's text gives the visit elsewhere, from its arrival or up to its
        end. Only when the text (not a headline) names one length of visit."""
        visits = [
            e
            for e in self.events
            if e.type is EventType.VISIT and e.when is not None and e.when.precision is Precision.DAY
        ]
        if not visits:
            return
        lengths = {
            count_of(m.group("n"))
            for p in self.clean.paragraphs
            if not p.heading
            for m in _VISIT_DAYS.finditer(self.text, p.start, p.end)
        }
        if len(lengths) != 1:
            return
        (days,) = lengths
        if not 2 <= days <= 31:
            return
        for visit in visits:
            arrived = _ARRIVED.search(visit.text)
            ended = _VISIT_ENDED_DAY.search(visit.text)
            when = visit.when
            if when is None or bool(arrived) == bool(ended):
                continue
            visit.when = _visit_span(when, days, ended=not arrived, told=" the article tells")

    def _visits_to_their_return(self) -> None:
        """ "arrived in Dushanbe on February 3 and returned home on Friday, February 6", "who arrived in Tehran on
        Monday evening, flies on to Baku on Thursday", "... arrived in Djibouti on Wednesday ...¶ Fathy will leave
        Djibouti on Friday morning for Asmara": a visit dated by its arrival runs to the day its sentence, or a later
        sentence of the visitor's, says the visitor left (within a fortnight)."""
        for visit in self.events:
            when = visit.when
            if visit.type is not EventType.VISIT or when is None or when.precision is not Precision.DAY:
                continue
            # the sentence that tells the arrival, of those that report the visit
            span = next(
                (
                    (a, b)
                    for a, b in [(visit.start, visit.end), *visit.mentions_extra]
                    if _ARRIVED.search(self.text, a, b)
                ),
                None,
            )
            if span is None:
                continue
            told = self.text[span[0] : span[1]]
            arrived = _ARRIVED.search(told)
            back = _WENT_BACK.search(told, arrived.end()) if arrived else None
            left = self._day_left(told, back) if back is not None else self._day_left_later(visit, span[1])
            if left is not None and left.start < when.start and _WEEKDAY_NAMED.search(left.phrase):
                # "who arrived in Caracas on Monday, returns to Managua on Thursday": the Thursday after the arrival
                later = left.start + timedelta(days=7)
                left = When(
                    later, later, Precision.DAY, left.phrase, left.reference, "the weekday after the arrival"
                )
            if left is None or not 0 < (left.start - when.start).days <= 14:
                continue
            visit.when = When(
                when.start,
                left.start,
                Precision.RANGE,
                when.phrase,
                when.reference,
                f"{when.basis}; from the arrival to the day the visitor left ({left.phrase})".lstrip("; "),
            )

    def _day_left(self, text: str, back: re.Match[str]) -> When | None:
        """The day told right after a verb of leaving: "flies on to Baku on Thursday", "leave Djibouti on Friday"."""
        found = [d.when for d in find_dates(text[back.start() : back.end() + 60], self.reference) if d.when]
        return found[0] if found and found[0].precision is Precision.DAY else None

    def _day_left_later(self, visit: _Event, after: int) -> When | None:
        """The day a later sentence, twelve paragraphs on at most, says the visitor leaves: its subject is the visitor,
        by name or as "The Romanian minister", "He", with no other person before the verb of leaving."""
        visitor = next(
            (k for k, r in visit.participants.items() if r == "visitor" and k in self.people), None
        )
        if visitor is None:
            return None
        told_in = next((s.paragraph for s in self.sentences if s.end >= after), visit.paragraph)
        for sentence in self.sentences:
            if sentence.start < after or sentence.paragraph - told_in > 12:
                continue
            text = self.text[sentence.start : sentence.end]
            back = _LEAVES.search(text) or _WENT_BACK.search(text)
            if back is None:
                continue
            people = [
                t.key
                for t in self.tags.get((sentence.start, sentence.end), [])
                if t.kind == "person" and t.start < sentence.start + back.start()
            ]
            if (people and set(people) != {visitor}) or (
                not people
                and not _SUBJECT_BY_TITLE.match(text)
                and not self._opening_leaves(sentence, visitor)
                # "By the time he flew home from Ho Chi Minh City on Thursday, September 17, ...", the visitor the last
                # person named before
                and not (
                    _HE_BEFORE.search(text, 0, back.start()) and self._last_named_before(sentence) == visitor
                )
            ):
                continue
            return self._day_left(text, back)
        return None

    def _last_named_before(self, sentence: Sentence) -> str | None:
        """The last person the sentences before this one name."""
        for earlier in reversed(self.sentences[: self._sentence_index(sentence)]):
            named = [t.key for t in self.tags.get((earlier.start, earlier.end), []) if t.kind == "person"]
            if named:
                return named[-1]
        return None

    def _opening_leaves(self, sentence: Sentence, visitor: str) -> bool:
        """ "Speaking to MBC before leaving Tbilisi on Thursday evening, Zohrabyan said ...": the leaving is told in
        the phrase that opens the sentence, whose subject, the first person after it, is the visitor."""
        opening = _OPENING_PHRASE.match(self.text, sentence.start, sentence.end)
        if opening is None:
            return False
        after = [
            t
            for t in self.tags.get((sentence.start, sentence.end), [])
            if t.kind == "person" and t.start >= opening.end()
        ]
        return bool(after) and after[0].key == visitor and after[0].start - opening.end() <= 3

    def _fold_lead_signing(self, events: list[_Event]) -> list[_Event]:
        """ "Japan and the Philippines signed a defence logistics agreement on Tuesday ..." in the lead, then "Harada
        and Villareal signed the Acquisition and Cross-Servicing Agreement (ACSA) ...": the lead describes the
        signing the article names later, when exactly one named signing of the same parties agrees with it."""
        # The lead, or the standfirst above it: the first two paragraphs of the story.
        leads = [i for i, p in enumerate(self.clean.paragraphs) if not p.heading][:2]
        for described in [e for e in events if e.type is EventType.SIGNING and e.paragraph in leads]:
            if not self._described(described.agreement):
                continue
            parties = {k for k, r in described.participants.items() if r == "party"}
            signers = {k for k, r in described.participants.items() if r == "signatory"}
            named = [
                e
                for e in events
                if e is not described
                and e.type is EventType.SIGNING
                and e.start > described.start
                and e.paragraph <= described.paragraph + 2
                and not _EARLIER_SIGNING.search(e.text)  # "The two countries had earlier signed the RAA"
                and e.agreement is not None
                and not self._described(e.agreement)
                and _dates_agree(e.when, described.when)
                and parties & {k for k, r in e.participants.items() if r == "party"}
                and (not signers or signers & {k for k, r in e.participants.items() if r == "signatory"})
            ]
            if len(named) == 1:
                target = named[0]
                agreement = target.agreement
                _absorb(target, described)
                target.agreement = agreement
                self.folded[id(described)] = target
                events = [e for e in events if e is not described]
        return events

    def _described(self, key: str | None) -> bool:
        """An agreement the article only describes ("a defence logistics agreement"), or none."""
        thing = self.things.get(key) if key else None
        return key is None or (thing is not None and _best_name(thing)[:1].islower())

    def _date_list_items(self, events: list[_Event]) -> None:
        """ "Two documents have just been signed: 1. Agreement on ... — signed by A and B. 2. Programme of ... — signed
        by C and D": an undated signing told as an item of a numbered list takes the date of the signing told last
        before it (within a few lines: the list's lead or its item before)."""
        for event in [e for e in events if e.type is EventType.SIGNING]:
            # the sentence that tells it as a list item, of those that report it (a headline may have told it first)
            item = next(
                (
                    a
                    for a, _ in sorted([(event.start, event.end), *event.mentions_extra])
                    if _LIST_ITEM.search(self.text, max(0, a - 6), a) is not None
                ),
                None,
            )
            if event.when is not None or item is None:
                continue
            told = [
                e
                for e in self.events
                if e.type is EventType.SIGNING and item - _LIST_REACH <= e.start < item and e is not event
            ]
            if told:
                last = max(told, key=lambda e: e.start)
                while id(last) in self.folded:  # told again in the list: the signing it was folded into
                    last = self.folded[id(last)]
                event.when = last.when
            elif self.reference is not None:
                # "In the presence of both presidents, the following have just been signed: 1. ...": now
                lead = [
                    m
                    for m in _JUST_SIGNED.finditer(self.text, max(0, item - _LIST_REACH), item)
                    if not self._in_quote(m.start())
                ]
                if lead:
                    event.when = When.day(
                        self.reference,
                        lead[-1].group(0),
                        self.reference,
                        "told as just done: the publication date",
                    )

    def _date_by_signing(self, events: list[_Event]) -> None:
        """ "The meeting between A and B comes days after ...": an undated meeting or talks the article names
        as the one between a signing's signatories is the occasion of that signing, and takes its date."""
        signings = [e for e in events if e.type is EventType.SIGNING and e.when is not None]
        for event in events:
            if event.when is not None or event.type not in (EventType.MEETING, EventType.TALKS):
                continue
            if not _THE_MEETING.search(event.text):
                continue
            people = {k for k in event.participants if k in self.people}
            signing = next(
                (
                    s
                    for s in signings
                    if people and people <= {k for k, r in s.participants.items() if r == "signatory"}
                ),
                None,
            )
            if signing is not None and signing.when is not None:
                event.when = replace(
                    signing.when, basis=f"{signing.when.basis}; the occasion of the signing".lstrip("; ")
                )

    def _drop_echoed_visits(self, events: list[_Event]) -> list[_Event]:
        """ "a visit by X, who met Y": one development, told once as the meeting (a visit with no destination,
        named only by the word). A journey told by its verb ("was received by B when he arrived in Lima") is one."""
        kept = []
        for event in events:
            if event.type is EventType.VISIT and not any(
                r == "destination" for r in event.participants.values()
            ):
                visitors = {k for k, r in event.participants.items() if r == "visitor"}
                hosted = any(r == "participant" for r in event.participants.values())
                # (not "X today received Y ... for a working visit": a visit with its host)
                if (
                    not _TRAVELLED.search(event.text)
                    and not hosted
                    and any(
                        other.type is EventType.MEETING
                        and other.start == event.start
                        and visitors <= set(other.participants)
                        for other in events
                    )
                ):
                    continue
            kept.append(event)
        return kept

    def _infer_countries(self) -> None:
        """Two parties, two signatories or participants, one country known: the other is the other party's."""
        for event in self.events:
            parties = [k.split(":", 1)[1] for k, r in event.participants.items() if k.startswith("country:")]
            people = [
                k
                for k, r in event.participants.items()
                if k in self.people and r in ("signatory", "participant")
            ]
            if len(set(parties)) != 2 or len(people) != 2:
                continue
            known = [self.people[p].country for p in people]
            for person, other in ((people[0], known[1]), (people[1], known[0])):
                if self.people[person].country is None and other in parties:
                    self.people[person].country = next(c for c in parties if c != other)

    def _fragment(self) -> Story:
        doc = (self.doc,)
        entities: list[Entity] = []
        for key, person in self.people.items():
            if (
                not any(key in e.participants for e in self.events)
                and not any(q.speaker == key for q in self.quotes)
                and sum(person.names.values()) < 2
                and not person.titles
                and not person.notes  # "his Guatemalan counterpart Sergio Estuardo Pellecer": one, and described
            ):
                continue
            entities.append(
                Entity(
                    id=f"person:{slugify(key)}",
                    kind=Kind.PERSON,
                    # The full name, as the article writes it most, over a surname used more ("Al-Rawashdeh said").
                    name=max(person.names.items(), key=lambda item: (" " in item[0], item[1]))[0],
                    aliases=tuple(Variant(n, doc) for n in sorted(person.names))
                    + tuple(Variant("@" + h, doc) for h in sorted(person.handles)),
                    titles=tuple(Variant(t, doc) for t in dict.fromkeys(person.titles)),
                    country=person.country,
                    notes=tuple(Variant(n, doc) for n in dict.fromkeys(person.notes)),
                    sources=doc,
                )
            )
        used = (
            {e.agreement for e in self.events if e.agreement}
            | {e.place for e in self.events if e.place}
            | {e.occasion for e in self.events if e.occasion}
            | {k for e in self.events for k in e.participants}
            | {q.speaker for q in self.quotes}
        )
        for key, thing in self.things.items():
            if key not in used and thing.kind is not Kind.AGREEMENT:
                continue
            if thing.kind is Kind.AGREEMENT and key not in used and sum(thing.names.values()) < 2:
                continue
            name = _best_name(thing)
            entities.append(
                Entity(
                    id=key,
                    kind=thing.kind,
                    name=name,
                    aliases=tuple(Variant(n, doc) for n in sorted(thing.names))
                    + ((Variant(thing.acronym, doc),) if thing.acronym else ()),
                    country=thing.country,
                    acronym=thing.acronym,
                    notes=tuple(Variant(n, doc) for n in thing.notes),
                    sources=doc,
                )
            )
        for key in sorted(
            {k.split(":", 1)[1] for e in self.events for k in e.participants if k.startswith("country:")}
            | {
                k.split(":", 1)[1]
                for e in self.events
                if e.place and e.place.startswith("country:")
                for k in [e.place]
            }
        ):
            country = self.vocab.countries.get(key)
            if country:
                entities.append(
                    Entity(id=f"country:{key}", kind=Kind.COUNTRY, name=country.name, sources=doc)
                )
        for key in sorted({k for e in self.events for k in e.participants if k.startswith("group:")}):
            slug = key.split(":", 1)[1]
            country = self.vocab.countries.get(slug)
            demonym = country.demonyms[0] if country and country.demonyms else slug
            entities.append(
                Entity(id=key, kind=Kind.ORGANISATION, name=f"{demonym} officials", country=slug, sources=doc)
            )
        events = [self._emit_event(i, e) for i, e in enumerate(self.events)]
        quotes = [
            Quotation(
                id=f"quote:{self.doc}:{i}",
                speaker=_entity_id(q.speaker),
                texts=(Variant(q.text, doc),),
                channels=(Variant(q.channel, doc),) if q.channel else (),
                when=q.when,
                mentions=(Mention(self.doc, q.start, q.end),),
                sources=doc,
            )
            for i, q in enumerate(self.quotes)
        ]
        return Story(entities=tuple(entities), events=tuple(events), quotations=tuple(quotes))

    def _emit_event(self, index: int, event: _Event) -> Event:
        doc = (self.doc,)
        mentions = [(event.start, event.end), *event.mentions_extra]
        topics = self._topics(event)
        occasion_names = (Variant(event.occasion, doc),) if event.occasion else ()
        return Event(
            id=f"event:{self.doc}:{index}",
            type=event.type,
            participants=tuple(Role(_entity_id(k), r, doc) for k, r in event.participants.items()),
            agreement=event.agreement,
            dates=(Dated(event.when, doc),) if event.when else (),
            places=(Variant(event.place, doc),) if event.place else (),
            occasions=occasion_names,
            status=(Variant(event.status, doc),) if event.status else (),
            figures=tuple(Figure(v, u, label, doc) for v, u, label in event.figures),
            gist=tuple(Variant(g, doc) for g in event.gist),
            topics=topics,
            mentions=tuple(Mention(self.doc, s, e) for s, e in dict.fromkeys(mentions)),
            sources=doc,
        )

    def _topics(self, event: _Event) -> tuple[str, ...]:
        """Topics from what the event is about: a signing by its agreement, others by their words and titles."""
        agreement = self.things.get(event.agreement) if event.agreement else None
        if event.type is EventType.SIGNING and agreement is not None:
            text = " ".join([*agreement.names, *agreement.notes])
        elif event.type is EventType.NEGOTIATION:
            text = " ".join(agreement.names) if agreement else event.text
        else:
            text = event.text + " " + (" ".join(agreement.names) if agreement else "")
            for key in event.participants:
                if key in self.people:
                    text += " " + " ".join(self.people[key].titles)
        low = text.lower() if text.isascii() else None
        topics = [topic for topic, pattern in self.ex._topic_res.items() if pattern.search_lowered(text, low)]
        if event.type is EventType.TARIFF:
            topics += ["tariffs", "trade"]
        if event.type is EventType.NEGOTIATION:
            topics.append("trade") if "trade" in text.lower() else None
        countries = set()
        for key in event.participants:
            if key.startswith("country:") or key.startswith("group:"):
                countries.add(key.split(":", 1)[1])
            elif key in self.people and self.people[key].country:
                countries.add(self.people[key].country or "")
            elif key in self.things and self.things[key].country:
                countries.add(self.things[key].country or "")
        countries.discard("")
        if event.type is not EventType.TARIFF:
            countries |= event.countries
        if len(self.main_pair) == 2 and countries <= set(self.main_pair):
            countries |= set(self.main_pair)
        if len(countries) >= 2:
            for pair in _pairs(sorted(countries)):
                topics.append(pair)
        return tuple(dict.fromkeys(topics))


# ---------------------------------------------------------------------- helpers

_NAME_AFTER_ABBREVIATION = re.compile(
    r"\.\s+((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|dela|de|del|la|da|van|bin))*)"
)
_GIVEN_NAME_ABBREVIATIONS = frozenset({"Ma.", "Md.", "Mohd.", "Muhd.", "Wm."})
_ABBREVIATION_AS_WORD = re.compile(
    "("
    + grouped_alternation(sorted(a[:-1] for a in _GIVEN_NAME_ABBREVIATIONS), word_start=True)
    + r")\b(?!\.)"
)
"""An abbreviated given name written as a word of its own, with no dot ("Ma told reporters"): one search of the text."""
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,4}")
_INSTITUTIONS = {
    "palace", "assembly", "office", "house", "hall", "centre", "center", "hotel", "ministry", "building", "council",
    "parliament", "embassy", "secretariat", "court", "university", "institute", "airport", "museum", "square",
    "park", "bridge", "port", "street", "avenue", "road", "tower", "stadium", "guest", "conference", "convention",
    "complex", "club", "library", "mission", "department", "agency", "bank", "board", "haus", "mansion",
}  # fmt: skip
_NOT_NAMES = _INSTITUTIONS | {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "his", "her", "their", "our", "this", "that", "these",
    "in", "on", "at", "for", "and", "but", "or", "of", "to", "with", "after", "before", "during", "while", "as",
    "defence", "defense", "minister", "secretary", "president", "mr", "mrs", "ms", "dr", "according", "speaking",
    "following", "welcoming", "annoucning", "announcing", "however", "meanwhile", "also", "both", "last", "next",
    "earlier", "later", "currently", "discussions", "trade", "read", "broader", "context", "framework", "agreement",
    "partnership", "major", "deal", "pact", "talks", "meeting", "summit", "ministers", "plus", "ministry", "watch",
    "x", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "will", "yesterday", "today",
    "tomorrow", "tonight", "fishing", "what", "who", "why", "how", "where", "when", "here", "there",
    "remain", "relations", "pillar", "region", "indo-pacific", "regional", "security", "united", "states",
    # platforms: "in a post on his official Facebook page"
    "facebook", "instagram", "youtube", "tiktok", "linkedin", "whatsapp", "telegram", "threads", "bluesky",
    "visit", "official",
    # places named after people: "King Fahd Causeway", "Bandaranaike International Airport"
    "causeway", "airport", "highway", "expressway", "avenue", "boulevard", "stadium", "palace", "harbour", "terminal",
    "canal", "corridor", "crossing",
    # firms: "chief executive of Gulf Profile Extrusions in Hidd"
    "ltd", "limited", "inc", "corp", "corporation", "plc", "llc", "gmbh", "holdings", "industries", "extrusions",
    "mills", "motors", "logistics", "technologies", "enterprises", "airways", "airlines",
}  # fmt: skip
_MONTH_AND_DAY_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip
_TITLE_WORDS = {w for h in TITLE_HEADS for w in h.split()} | {
    "defence",
    "defense",
    "foreign",
    "external",
    "affairs",
    "commerce",
    "industry",
    "state",
    "war",
    "trade",
    # plural titles before two names: "Presidents Marcelo Tarqui and Gabriela Huamantica met ..."
    "presidents",
    "premiers",
    "chancellors",
    "secretaries",
    "ambassadors",
    "governors",
}


_SUBORDINATE = re.compile(
    r"\s*(?:after|while|as|when|because|amid|following|since|despite|although|before|once|with|in a|on the)\b",
    re.IGNORECASE,
)
_SIGN_HINTS = (
    "sign", "ink", "seal", "conclud", "renew", "formali", "exchang", "initial", "put their names", "pen to paper",
)  # fmt: skip
_PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|near|outside|into|across|around|of|via)\s+$", re.IGNORECASE)
"""A word that makes the name after it a place ("talks in Medina"), where "Medina said" is a person."""
_MEET_HINTS = ("met", "meet", "talks", "discussion", "negotiation", "spoke", "called on", "hosted", "received",
               "co-chaired", "exchanged views", "held", "hold", "sat down", "call on", "welcomed", "conven", "consultation", "phone", "video", "round", " sit in", " sits in", "session",
               "working lunch", "working dinner", "working breakfast", "audience", "conferred", "dinner", "lunch",
               "breakfast")  # fmt: skip
_VISIT_HINTS = (
    "visit",
    "trip",
    "tour",
    "arriv",
    "travel",
    "flew",
    "flies",
    "head to",
    "heads to",
    "land",
    "touched down",
    "expected in",
    "due in",
    "spent",
    "was in ",
    "was last in ",
    "was previously in ",
    "days in ",
    "stepped off",
    "crossed",
)
_TARIFF_HINTS = (
    "tariff", "dut", "levy", "levie", "penalt", "sanction", "surcharge", "surtax", "customs fee", "excise", " cess",
    "safeguard fee", "import fee", "anti-dumping fee", "transit fee",
)  # fmt: skip
_NEGOTIATION_HINTS = ("talks", "negotiation", "discussion", "contacts")


_ACRONYM_END = re.compile(r"\s*\((?P<acr>[A-Z][\w-]*)\)$")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)?")
_YEAR_END = re.compile(r"\s*\(\d{4}\)$")
_ROLE_WORD = re.compile(r"[a-z]+(?:[-’'][a-z]+)*|[A-Z][\w-]*-based")
"""A word before a role's head: "the company's chief executive", "a defence-industry analyst", "a Singapore-based
analyst"."""
_JOINED_PERSON = re.compile(
    r"\s*(?:,\s*)?and\s+(?:(?:his|her|their)\s+(?:(?:[A-Z][\w-]*\s+){0,2}counterparts?,?\s*)?|"
    # "A, and the Czech Minister of Foreign Affairs, B, who held ...": a title before the name (within its tag, or
    # in apposition)
    r"the\s+(?:(?:(?:[A-Z][\w'’-]*|of|for|and|the)\s+){0,7}[A-Z][\w'’-]*,\s+)?)?"
)
_BY_OR_FROM = re.compile(r"\b(?:by|from)\s+(?:[\w.’'-]+\s+){0,5}$")
_UNNAMED_SOURCE = Folded(
    re.compile(
        r"(?:^|,\s*)(?:(?:an?|the|two|three|several|some|other)\s+)?(?:[\w-]+\s+){0,3}(?:officials?|sources?|aides?|"
        r"diplomats?|people|analysts?|person|insiders?)(?:\s+familiar with [^,]{1,60})?\s+$",
        re.IGNORECASE,
    )
)
"""Before a verb of speech, someone the article does not name: ", a Korean official said"."""
_POSTED = re.compile(
    r"\b(?:post(?:ed)?|wrote|tweet(?:ed)?|statement|message|letter|responded|replied|tone|put it"
    r"|on (?:X|Twitter|Facebook|Telegram|Instagram|LinkedIn|social media))\b",
    re.IGNORECASE,
)
"""Before a colon that opens a quotation: "responded within hours in a post on X: “...”", "struck a warmer tone on X
on Wednesday evening: “...”", "put it bluntly: “...”"."""
_TITLE_WORDS_ONLY = re.compile(r"\W*(?:(?:[A-Z][\w.’'-]*|of|for|the)\s+){0,5}")
"""Before a sentence's subject: nothing, or its title and honorific ("Dr.", "Foreign Minister")."""
_PORTFOLIO_LINK = re.compile(r"\s(?:of|for)\s")
_OPENING_PRONOUN = re.compile(r"\s*(?:[A-Z]\w*(?: \w+){0,3},? )?(?P<pronoun>he|she|He|She)\b")
"""A sentence whose subject is "he" or "she", after an opening adverbial ("Later on Saturday he called on")."""
_DESCRIBED_SUBJECT = re.compile(
    r"\s*(?:(?:[Ll]ater|[Ee]arlier|[Tt]hen|[Oo]n|[Ll]ate|[Ee]arly|[Ii]n|[Tt]hat|[Tt]his|[Nn]ext)(?: \w+){0,3},? )?"
    r"(?:(?P<the>[Tt]he) (?:(?P<visiting>visiting) |(?P<country>[A-Z][\w-]+(?: [A-Z][\w-]+)?) )?"
    r"(?P<head>minister|president|prime minister|premier|envoy|ambassador)|"
    # "His guest, speaking in Indonesian, said ...": the visitor
    r"(?P<guest>(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he) guest))"
    r"(?: (?:from|of) (?P<of>[A-Z][\w-]+(?: [A-Z][\w-]+)?))?(?!\w)(?!,(?! who\b))(?! of\b)"
)
"""A clause's subject told by title: "Later on Saturday the Burkinabè minister", "the minister from Burkina Faso",
"The president, who last met ..."."""

_ARTICLES = frozenset(
    {"the", "el", "la", "le", "les", "los", "las", "o", "a", "os", "as", "il", "lo", "der", "die", "das"}
)
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "via", "along", "outside"})
_PLACE_NOUN_AFTER = re.compile(
    r"(?: [A-ZÀ-Þ][\w'’-]*){1,3} (?:mine|stadium|avenue|street|road|airport|hospital|bridge|square|park|school|"
    r"university|dam|port|station|hotel|district|province|county)\b"
)
"""After a foreign title and the name it would take, a common noun of places: "Ministro Hales mine"."""
_ENVOYS = frozenset({"ambassador", "envoy", "ambassador-designate", "representative", "commissioner"})
_ENVOY_LINKS = ("of", "for", "to", "in")
_EXTRAORDINARY = re.compile(r" Extraordinary and Plenipotentiary\b", re.IGNORECASE)
"""An envoy's title names where they are sent: "Italy's Ambassador to San Marino, Paola Montefiori,"."""
_FOREIGN_HEADS = frozenset(FOREIGN_TITLE_HEADS)
_FOREIGN_LINKS = ("of", "for", "de", "del", "do", "da", "du", "des", "für")
"""What opens a foreign title's portfolio ("ministro de Comercio", "Bundesminister für Wirtschaft")."""
_ENGLISH_LINKS = frozenset(
    {"and", "or", "his", "her", "their", "its", "the", "a", "an", "who", "which", "that", "with", "was", "is", "has",
     "had", "were", "are", "by", "to", "in", "on", "at", "as", "after", "before", "wife", "husband", "said", "says"}
)  # fmt: skip
"""English words that end a foreign title's run: what follows is no longer the title."""
_ELIDED = re.compile(r"[ldLD]['’]\w")
"""A French word after an elided article: "l'Énergie", "d'État", "l'étranger"."""
_EARLIER_SIGNING = re.compile(
    r"\b(?:had|previously|already|earlier|once)\s+(?:\w+\s+){0,2}(?:signed|inked|concluded)\b", re.IGNORECASE
)
_BARE_BEFORE = re.compile(
    r"[\s,]*(?:(?:also|later|then|formally|jointly|reportedly|personally|on \w+|\w+ly)[\s,]+)*"
)
"""Before a "who" or main clause's verb when the antecedent is its subject: nothing but adverbs."""
_AUXILIARIES = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "also", "then"}
"""After ", who ...,": the main clause's verb ("Bambang, who arrived on Monday, is scheduled to ...")."""
_WITH = re.compile(r"\bwith\s+")
_NOT_SIGNED_WITH = re.compile(r",|\b(?:before|after|during|following|ahead|amid|meeting|talks)\b")
"""Between a signing's verb and "with": another phrase's "with" ("before a meeting with", "…, a year after talks
with India", "bringing its trade with China")."""
_LOOKING_ON = re.compile(r"\s+(?:looking on|watching|in attendance|present|attending)\b")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
_WITH_GAP = re.compile(
    r"(?:(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?(?:counterparts?,?\s*)?|"
    r"the\s+(?:(?:[A-Z][\w-]*\s+)?(?:[a-z-]+\s+){0,3}(?:counterpart|minister|secretary|president|premier|envoy|"
    r"ambassador|chancellor),\s*)?)?"
)
"""Between "with" and the person: nothing, or "his counterpart", "her Philippine counterpart,", "the" before a title
("the Norwegian fisheries minister, Sigrun Westvik", the title the person's tag holds), "the Norwegian minister,"."""
_WHO = re.compile(r",\s+who\s+")
_AND_BY = re.compile(r",\s+and\s+(?:by|through|with)\s")
_RESUMED = re.compile(r",\s+(?:(?:also|later|then|formally|jointly)\s+)?(?P<verb>[a-z]+(?:-[a-z]+)?)\b")
_AGED = re.compile(
    r"(?P<name>(?-i:[A-Z])[\w’'-]+(?: (?-i:[A-Z])[\w’'-]+){1,4}), (?:aged )?(?:1[6-9]|[2-9]\d|10\d), "
)
"""A name told with an age: "Rafiqul Islam Mridha, 34, from Chauddagram"."""
_OCCUPATION = re.compile(
    r"[a-z]{2,}(?:er|or|ist|ant|man|woman|ian)|(?:resident|student|vendor|trader|owner|driver|farmer|official)"
)
"""A person's occupation before the name: "vegetable seller", "taxi driver", "fisherman", "economist"."""
_SUBJECT_START = re.compile(
    r"(?:^|[.,;:]\s*|\s[-–—]\s+|\b(?:and|but|while|as|after|before|when|since|once)\s+)$"
)


def _is_person_title(words: list[str]) -> bool:
    return any(w.lower() in _TITLE_WORDS for w in words[-2:])


def _agreement_words(name: str) -> set[str]:
    text = name.lower().replace("defense", "defence").replace("u.s.", "us").replace("’", "'")
    return {
        w for w in re.findall(r"[a-z0-9]+", text) if w not in ("the", "for", "of", "on", "and", "a", "an")
    }


_REAL_TITLE_WORDS = _TITLE_WORDS - {"state", "war", "trade", "defence", "defense", "counterpart"}


def _is_real_title(title: str) -> bool:
    return any(w in _REAL_TITLE_WORDS for w in title.lower().split())


def _strip_counterpart(title: str) -> str:
    return (
        re.sub(r"^.*?\bcounterpart\b,?\s*", "", title, flags=re.IGNORECASE)
        if _is_real_title(title)
        else title
    )


def _duration_note(value: str) -> str:
    words = {"ten": "10", "five": "5", "two": "2", "three": "3", "twenty": "20"}
    return f"{words.get(value.lower(), value)}-year"


def _held_when(when: When | None, dates: list[DateMatch]) -> When | None:
    """The day a meeting or session was held, not the day a measure told in its clause takes effect: "Kenya will stop
    charging import duty ... from July 1, Lemayian announced yesterday at the close of a meeting of the commission"."""
    if when is None or not _TAKES_EFFECT_FROM.match(when.phrase):
        return when
    return next(
        (
            d.when
            for d in dates
            if d.when is not None
            and not _TAKES_EFFECT_FROM.match(d.phrase)
            and not d.phrase.lower().startswith("since")
        ),
        when,
    )


_LEADER_TITLE = re.compile(
    r"\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|head of (?:state|government))\b",
    re.IGNORECASE,
)


def _holds_office(title: str, office: str) -> bool:
    """ "Minister of Industry and Trade" is one of "the two ministers"; "Prime Minister" is not (it is one of "the two
    prime ministers")."""
    low = title.lower()
    if office == "minister":
        return "minister" in low and "prime minister" not in low
    # "the two interior ministers": "Minister of the Interior", "Interior Minister"
    return office in low or set(office.split()) <= set(re.findall(r"[a-z]+", low))


def _is_noise_sign(clause: str, sign: re.Match[str]) -> bool:
    """ "sign up", "sign off", "signs of": not a signing (but "exchanged signed copies of" is)."""
    if not sign.group("verb").lower().startswith("sign"):
        return False
    after = clause[sign.end() : sign.end() + 12].lower()
    if after.startswith(" up") or after.startswith(" off") or after.startswith(" of "):
        return True
    # "following up the implementation of the agreements and memoranda of understanding signed between the two
    # countries": agreements signed at some time, told in the plural, not a signing.
    # "A letter signed by 40 MPs urged ...", "an executive order signed by Trump": a document, not an agreement.
    return sign.group("verb").lower() == "signed" and (
        _GENERIC_SIGNED.search(clause, 0, sign.start()) is not None
        or (
            clause.startswith(" by ", sign.end())
            and _DOCUMENT_SIGNED.search(clause, max(0, sign.start() - 60), sign.start()) is not None
        )
    )


_GENERIC_SIGNED = re.compile(
    r"\b(?:the|all|several|many|various|previous|earlier|existing)\s+(?:\w+\s+){0,2}"
    r"(?:agreements|accords|deals|memoranda|MoUs|treaties|documents|protocols)"
    r"(?:\s+(?:and|or)\s+(?:\w+\s+)?(?:agreements|accords|memoranda|MoUs|treaties|protocols))?"
    r"(?:\s+of\s+understanding)?\s+(?:already\s+|previously\s+)?$"
)


_DOCUMENT_SIGNED = re.compile(
    r"(?:\b(?:letters?|petitions?|statements?|cheques?|checks?|books?|rulings?|judge?ments?|"
    r"(?:executive |presidential )?orders?|decrees?|bills?|motions?|condolence|cards?)"
    r"\s+(?:\w+ly\s+)?|^\W*(?:[Aa]n?|[Tt]he)\s+(?:open\s+|joint\s+)?letter,\s+)$"
)
"""Before "signed by": a document that is not an agreement, in lower case (not "The Sovereign Order signed", "Andrew
Card signed"), right before the verb (not "pledging to restore public order, signed a pact")."""


_LEAD_RELATION = Folded(
    re.compile(
        r"\s*(?:just\s+|only\s+)?(?P<count>a|an|one|two|three|four|five|six|seven|a few|several|\d+)\s+"
        r"(?P<unit>days?|weeks?)\s+after\s+(?P<sub>[^,;]{5,200}),\s+",
        re.IGNORECASE,
    )
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _earlier_by(lead: re.Match[str], main: When) -> When | None:
    """The date of a sentence's opening "A day after X" clause: a day (or weeks) before the main clause's date;
    a range when the count is vague ("a few days after")."""
    from bot.core.model import Precision

    unit_days = 7 if lead.group("unit").lower().startswith("week") else 1
    count = lead.group("count").lower()
    n = int(count) if count.isdigit() else _COUNTS.get(count)
    phrase = f"{lead.group('count')} {lead.group('unit')} before {main.label()}"
    if n is not None and main.precision is Precision.DAY:
        day = main.start - timedelta(days=n * unit_days)
        return When(day, day, Precision.DAY, phrase, main.start, phrase)
    return When(
        main.start - timedelta(days=10 * unit_days),
        main.start - timedelta(days=1),
        Precision.RANGE,
        phrase,
        main.start,
        phrase,
    )


def _told_day(when: When | None) -> When | None:
    """The day a date told: itself, or the first day of a stay told by its day ("arrived on Monday on a three-day
    visit" told Monday)."""
    if when is not None and when.basis.endswith(_TAKES_EFFECT):
        return None
    if when is None or when.precision is Precision.DAY:
        return when
    if when.precision is Precision.RANGE and when.phrase:
        told = next((m.when for m in find_dates(when.phrase, when.reference) if m.when is not None), None)
        if told is not None and told.precision is Precision.DAY and told.start == when.start:
            return told
    return None


def _relative_when(relation: str, anchor: When) -> When | None:
    from datetime import timedelta

    from bot.core.model import Precision

    if relation.endswith("after"):
        # "X comes days after Y": Y happened within the days before X.
        span = {"hours after": 1, "days after": 10, "weeks after": 35, "months after": 120}.get(relation, 10)
        return When(
            anchor.start - timedelta(days=span),
            anchor.start - timedelta(days=1),
            Precision.RANGE,
            relation.replace("after", "before"),
            anchor.start,
            f"{relation.split(maxsplit=1)[0]} before {anchor.label()}",
        )
    if relation == "who":
        return anchor
    if relation == "same occasion":
        return replace(anchor, basis=f"{anchor.basis}; the same occasion as the signing".lstrip("; "))
    if relation == "followed by":
        return When(
            anchor.start,
            anchor.reference or anchor.end,
            Precision.RANGE,
            "followed by",
            anchor.reference,
            f"after {anchor.label()}",
        )
    return None


def _dates_agree(a: When | None, b: When | None) -> bool:
    return a is None or b is None or a.overlaps(b)


_VISIT_DAYS = re.compile(
    r"\b(?P<n>[a-z]+|\d{1,2})[- ]day\s+(?:(?:official|state|working|maiden|trade)\s+)?(?:visit|trip|tour|stay|mission)\b",
    re.IGNORECASE,
)
_BY_OR_OF_AFTER = re.compile(r"\s+(?:by|of)\s")
_THE_BEFORE = re.compile(
    r"\b(?:called|described|hailed|praised|criticised|criticized)\s+(?:the|this|that)\s+$|"
    # "on Monday, the eve of the visit", "to prepare the visit": the visit told elsewhere, not by this clause
    r"\b(?:(?:eve|run-up|lead-up|preparations?)\s+(?:of|for|to)|ahead of|(?:to )?prepare(?:\s+for)?)\s+(?:the|this)\s+$",
    re.IGNORECASE,
)
_ARRIVED = re.compile(
    r"\b(?:arriv(?:ed|es|ing)|landed|touched down|stepped off|crossed (?:the border|into|from))\b",
    re.IGNORECASE,
)
_VISIT_ENDED_DAY = re.compile(
    r"\b(?:wrapped up|concluded|ended|at the end of (?:a|his|her|the|their) visit)\b|\bleft\b(?![^.]{0,40}\bfor\b)",
    re.IGNORECASE,
)
"""The last day of a visit; not "left Tokyo for Beijing on Thursday", the start of the next."""
_WENT_BACK = re.compile(
    r"\b(?:returned|returns|returning) (?:home|to [A-Z][\w-]+)|\b(?:flew|flies|flying|headed|heads|travelled|"
    r"travels) (?:back|home|on to|onward to)\b|\b(?:left|leaves|leaving|departed|departs) for\b|"
    # "landed in Darwin on Sunday, flew to Canberra on Monday and went home last night", "before crossing back to Guyana"
    r"\bwent (?:back )?home\b|\bcross(?:ed|es|ing) back\b"
)
"""After an arrival, the visitor's leaving: "returned home on Friday", "flies on to Baku on Thursday"."""
_HE_BEFORE = re.compile(r"^(?:By the time|When|After|Before|As|Once)\s+(?:he|she)\s+$")
"""A sentence that opens with the visitor's leaving, told of "he" or "she": "By the time he flew home ..."."""
_WEEKDAY_NAMED = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
_LEAVES = re.compile(
    r"\b(?:leave|leaves|leaving|left|depart|departs|departed|departing)\b(?:\s+[A-Z][\w-]+)?"
    r"(?:\s+(?:late\s+|early\s+)?on\s+\w+(?:\s+(?:morning|afternoon|evening|night))?)?\s+for\b|"
    r"\b(?:return|returns|returning|returned)\s+(?:home|to\s+[A-Z])|\b(?:fly|flies|flew|flying)\s+(?:back|home|on\s+to)\b|"
    # "Speaking to MBC before leaving Tbilisi on Thursday evening, Zohrabyan said"
    r"\bbefore\s+(?:leaving|departing)(?:\s+[A-Z][\w-]+){1,3}(?=\s+(?:late\s+|early\s+)?on\s+[A-Z])"
)
"""A visitor's leaving told in a later sentence: "will leave Djibouti on Friday morning for Asmara", "before returning
to Bucharest late on Wednesday"."""
_OPENING_PHRASE = re.compile(
    r"\W*(?:[A-Z][a-z]+ing\s+(?=to|with|at|in|on|from|before|after|for|by|during)\b|Before\b|After\b)[^,;.]{4,100},\s*"
)
"""A participle phrase before the subject: "Speaking to MBC before leaving Tbilisi on Thursday evening, "."""
_SUBJECT_BY_TITLE = re.compile(
    r"\W*(?:He|She|The\s+(?:[A-Z][\w-]+\s+)?(?:[a-z]+\s+)?(?:minister|president|premier|"
    r"prime minister|secretary|envoy|chancellor|delegation|visitor|guest))\b"
)
"""A sentence opening with its subject told by pronoun or title: "The Romanian minister then flew ...", "She ..."."""
_VISIT_ENDED = re.compile(
    r"\b(?:conclud(?:ed|es|ing)|wrap(?:ped|s|ping) up|end(?:ed|s|ing)|complet(?:ed|es|ing)|wound up|cut short|"
    # "signed ... on Thursday at the end of a two-day visit to Bishkek"
    r"at the (?:end|close) of)"
    r"\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _visit_days(clause: str, when: When | None) -> When | None:
    """ "landed in Doha on Saturday, kicking off a two-day visit": the visit's days from that day, or up to it
    ("concluded a three-day visit on Sunday"). A date less precise than a day stays as it is."""
    m = _VISIT_DAYS.search(clause) if when is not None and when.precision is Precision.DAY else None
    if m is None or when is None:
        return when
    days = count_of(m.group("n"))
    if not 2 <= days <= 31:
        return when
    # "concluded a three-day visit on Sunday", "on a three-day working visit to Tanzania that ends today"
    # (the day told after the visit: "landed on Sunday for a five-day trade mission that ends today" began then)
    began = _BEGAN_AFTER.match(clause, m.end())
    if began is not None:
        # (its day, not one told after it ended: "that began in Hanoi and ended in Ho Chi Minh City on Wednesday")
        told_at = clause.find(when.phrase, began.end())
        if told_at < 0 or _END_WORD.search(clause, began.end(), told_at):
            began = None
    ended = (
        # (not "ending a two-day state visit that began with his arrival yesterday afternoon": its first day)
        (
            _VISIT_ENDED.search(clause, 0, m.start()) is not None
            and not (began is not None and clause.find(when.phrase, began.end()) >= 0)
        )
        or (_ENDED_AFTER.match(clause, m.end()) is not None and clause.find(when.phrase, m.end()) >= 0)
        # "returned to Luanda yesterday from a three-day working visit to Namibia", "flew back to Santiago on Wednesday
        # after a three-day visit to Peru" (not "... that began on Monday")
        or (_RETURNED_FROM.search(clause, 0, m.start()) is not None and not _BEGAN.search(clause, m.end()))
    )
    return _visit_span(when, days, ended=ended)


_RETURNED_FROM = re.compile(
    r"\b(?:returned|returns|came back|flew back|is back|was back|got back|arrived back)\b[^.;:]{0,60}\b(?:from|after)\s+"
    r"(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _days_of_talks(meet: re.Match[str], when: When | None, clause: str) -> When | None:
    """ "ended two days of trade talks in Panama City on Wednesday": the talks' days, up to that day (from it, when they
    began or were held on it)."""
    m = _DAYS_OF.search(meet.group(0))
    if m is None or when is None or when.precision is not Precision.DAY:
        return when
    days = count_of(m.group("n"))
    if not 2 <= days <= 31:
        return when
    ended = meet.group(0).lower().startswith(("ended", "concluded", "wrapped", "after")) or (
        _ENDED_AFTER.match(clause, meet.end()) is not None  # "held two days of talks that ended on Wednesday"
    )
    return _visit_span(when, days, ended=ended)


_BEGAN_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:that|which)\s+(?:had\s+)?(?:began|begun|started|opened|kicked off)\b"
)
"""After a visit's days: the day it began told next ("a two-day state visit that began with his arrival yesterday")."""
_MINISTER_WORD = re.compile(r"\b(?:minister|secretary|ministro|ministre|minister)\b", re.IGNORECASE)
_HEAD_OF_A_COUNTRY = re.compile(
    r"(?:(?P<before>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)\s+)?(?P<office>President|Prime Minister|Premier)"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?))?"
)
_END_WORD = re.compile(r"\b(?:ended|ends|ending|concluded|closed|wound up|wrapped up)\b")
_ENDED_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:that|which)\s+(?:ended|ends|concluded|concludes|closed|closes)\b|,?\s+ending\b"
)


_DAYS_OF = re.compile(r"\b(?P<n>\w+)\s+days\s+of\b", re.IGNORECASE)


def _visit_span(when: When, days: int, ended: bool, told: str = "") -> When:
    """The ``days`` of a visit from the day ``when`` tells, or up to it when the visit ``ended`` that day."""
    span = timedelta(days=days - 1)
    start, end = (when.start - span, when.start) if ended else (when.start, when.start + span)
    basis = f"the {days} days of the visit{told} {'up to' if ended else 'from'} that day"
    return When(
        start, end, Precision.RANGE, when.phrase, when.reference, f"{when.basis}; {basis}".lstrip("; ")
    )


def _run_end(tags: list[_Tag], tag: _Tag) -> int:
    """Where the run of tags of ``tag``'s entity that begins with ``tag`` ends ("Laura" "Galloway": one name)."""
    end = tag.end
    for other in tags:
        if other.start > tag.start and other.key == tag.key and other.start - end <= 1:
            end = other.end
    return end


_FULL_MONTHS = {m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")}
_TIME_WORDS = {*_FULL_MONTHS, *WEEKDAYS, "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "late", "early", "last", "this", "week", "on"}  # fmt: skip
_TIME_OPENERS = {*WEEKDAYS, "yesterday", "today", "tonight", "last", "this", "on"}


def _before_time(tokens: list[Token], j: int) -> int:
    """The token before a time phrase ending at ``j`` ("on Thursday", "on Monday evening", "on 8 July 2024",
    "yesterday"), or ``j`` when the words there are no such phrase: "Ratchanee Kaewkla on Thursday met ..."."""
    k = j
    while k >= 0 and (tokens[k].lower in _TIME_WORDS or tokens[k].text.isdigit()):
        k -= 1
    return k if k < j and tokens[k + 1].lower in _TIME_OPENERS else j


_TITLE_ABBREVIATIONS = {"pm": "prime minister", "fm": "foreign minister", "eam": "external affairs minister"}


def _portfolio(titles: list[str], modifiers: set[str]) -> set[str]:
    """The words of a person's titles that name a portfolio ("defence", "foreign", "trade"), spelt one way."""
    words = {w.replace("defense", "defence") for t in titles for w in t.lower().replace(",", " ").split()}
    return {w for w in words if w in modifiers} - _NOT_PORTFOLIO


_NOT_PORTFOLIO = frozenset(
    {"deputy", "senior", "junior", "acting", "former", "first", "vice", "chief", "state", "national", "union",
     "federal", "special", "principal", "assistant", "then", "affairs", "minister", "ministry", "office"}
)  # fmt: skip


_SIGNED_FOR = re.compile(
    r"\s/\s*(?P<title>Amb|Min|Sen|Gov|Pres)\.?\s+(?P<name>(?-i:[A-ZÀ-Þ])[\w’'-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w’'-]+){1,3})\s*$"
)
_SIGNED_TITLES = {
    "amb": "Ambassador",
    "min": "Minister",
    "sen": "Senator",
    "gov": "Governor",
    "pres": "President",
}


def _signed_for(name: str) -> tuple[str, str] | None:
    """An institution's account signed by a person: "Embaixada do Brasil em Jacarta / Amb. Ana Luíza Marcondes" ->
    ("Ambassador", "Ana Luíza Marcondes")."""
    m = _SIGNED_FOR.search(name)
    return (_SIGNED_TITLES[m.group("title").lower()], m.group("name")) if m else None


def _writes_as(words: list[str], full: list[str]) -> bool:
    """A post's writer's name ("jailson tolentino", "ramon tejeira b", "canciller monica arrua") is a fuller name of
    the story's: its words are the full name's, or two of them are and the others are its initials or one word before
    them all (a title)."""
    if words and set(words) <= set(full):
        return True
    known = [w for w in words if w in full]
    if len(known) < 2:
        return False
    rest = [w for w in words if w not in full]
    initials = [w for w in rest if len(w) == 1 and any(f.startswith(w) for f in full)]
    others = [w for w in rest if w not in initials]
    return not others or (len(others) == 1 and words[0] == others[0])


def _a_letter_off(a: str, b: str) -> bool:
    """Two spellings at most one letter apart, added, dropped or changed ("Arosemana", "Arosemena"; "Nyamadzwo",
    "Nyamadzawo"). The same word is too: the callers leave it out."""
    return Levenshtein.distance(a, b, score_cutoff=1) <= 1


def _middle_names_fit(short: list[str], full: list[str]) -> bool:
    """The middle names of a shorter form are the full form's, or their initials ("Abdirahman H. Farah" of
    "Abdirahman Hassan Farah"); a form with no middle name fits one with some."""
    if len(short) > len(full):
        return False
    if len(short) == len(full):
        return short != full and all(
            s == f or (len(s) == 1 and f.startswith(s)) for s, f in zip(short, full, strict=True)
        )
    return set(short) <= set(full)


def _spelling_variant(a: str, b: str) -> bool:
    """Two spellings of one name as writers vary it: y for i, a letter doubled or not, ph for f, ou for u ("Kuwary",
    "Kuwari"; "Abdilahi", "Abdillahi"), not two names ("Hansen", "Hanson")."""
    return a != b and _spelling_key(a) == _spelling_key(b)


def _spelling_key(word: str) -> str:
    word = word.lower().replace("y", "i").replace("ph", "f").replace("ou", "u")
    return re.sub(r"(.)\1", r"\1", word)


def _same_office(short: list[str], full: list[str]) -> bool:
    """Both titled, and the short name's title is within the full name's: "PM" and "Prime Minister"."""

    def words(titles: list[str]) -> set[str]:
        found: set[str] = set()
        for title in titles:
            for word in title.lower().replace(".", "").split():
                found.update(_TITLE_ABBREVIATIONS.get(word, word).split())
        return found

    a, b = words(short), words(full)
    return bool(a) and bool(b) and a <= b


def _portfolio_word(lower: str, modifiers: set[str]) -> bool:
    """A word of a portfolio, singular or plural: "Trade", "Investments", "Expatriates'"."""
    lower = lower.rstrip("'’")
    return lower in modifiers or (lower.endswith("s") and lower[:-1] in modifiers)


def _indexed(token: str) -> bool:
    """A word of a name that finds the person: not an initial or a particle; "Do" and "He" are surnames."""
    return len(token) > 2 or (len(token) == 2 and token not in SURNAME_PARTICLES)


def _surname_only(key: str) -> bool:
    """A name key of one word, or of a surname particle and one word ("al mutairi")."""
    words = key.split()
    return len(words) == 1 or (len(words) == 2 and words[0] in SURNAME_PARTICLES)


def _same_local(a: _Event, b: _Event, run: _Run) -> bool:
    if a.type is not b.type or not _dates_agree(a.when, b.when):
        return False
    if a.type is EventType.SIGNING:
        if a.agreement is not None and b.agreement is not None:
            return a.agreement == b.agreement
        # One report names no agreement: the same signing when the dates agree and the signers do not differ.
        people_a = {k for k, r in a.participants.items() if r == "signatory"}
        people_b = {k for k, r in b.participants.items() if r == "signatory"}
        return not people_a or not people_b or bool(people_a & people_b)
    if a.type is EventType.TARIFF:
        if a.status and b.status and a.status != b.status:
            return False  # "has raised tariffs to 35%" and "tariffs had been cut to 20% last year"
        targets_a = {k for k, r in a.participants.items() if r == "target"}
        targets_b = {k for k, r in b.participants.items() if r == "target"}
        return bool(targets_a & targets_b) or not targets_a or not targets_b
    if a.type is EventType.NEGOTIATION:
        return a.agreement == b.agreement and a.status == b.status
    people_a = {k for k in a.participants if k in run.people}
    people_b = {k for k in b.participants if k in run.people}
    if a.type is EventType.STATEMENT:
        return people_a == people_b and (a.when is None or b.when is None or a.when == b.when)
    if (a.when is None) != (b.when is None) and a.type in (EventType.MEETING, EventType.TALKS):
        # "A was received by B, where the two leaders held talks" and "The two leaders had agreed ... when they met
        # in New York in September": the story's meeting, undated, is not the one told as before it (or to come)
        dated = a if a.when is not None else b
        told = _OWN_CLAUSE.split(dated.text, 1)[0]
        if _NOT_NARRATED.search(told) or _PAST_PERFECT.search(told):
            return False
    return bool(people_a) and people_a == people_b


def _absorb(target: _Event, other: _Event) -> None:
    for key, role in other.participants.items():
        if role == "signatory" or key not in target.participants:
            target.participants[key] = role
    target.agreement = target.agreement or other.agreement
    if target.when is None or (
        other.when is not None
        and other.when.span_days < target.when.span_days
        and not _visit_holds(target, other.when)
    ):
        target.when = other.when or target.when
    target.place = target.place or other.place
    target.occasion = target.occasion or other.occasion
    target.status = target.status or other.status
    target.figures += [f for f in other.figures if f not in target.figures]
    target.gist += [g for g in other.gist if g not in target.gist]
    target.text += " " + other.text
    target.mentions_extra = [*target.mentions_extra, (other.start, other.end)]


def _visit_holds(visit: _Event, when: When) -> bool:
    """A day within a visit's days ("is scheduled to tour a plant on Wednesday", or "arrived on 10 March" in a visit
    "from 10 to 11 March") leaves the visit its days."""
    days = visit.when
    return (
        visit.type is EventType.VISIT
        and days is not None
        and (
            "days of the visit" in days.basis
            or (
                days.precision is Precision.RANGE
                and days.basis in ("stated", "year taken from the publication date")
            )
        )
        and days.start <= when.start
        and when.end <= days.end
    )


def _listed(text: str, tags: list[_Tag]) -> list[_Tag]:
    """The first person and those joined to it by "and" or commas: "A and B", not "A, an aide of B"."""
    result: list[_Tag] = []
    for tag in tags:
        if result and not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?", text[result[-1].end : tag.start]):
            break
        result.append(tag)
    return result


def _pairs(countries: list[str]) -> list[str]:
    return [f"{a}-{b}" for i, a in enumerate(countries) for b in countries[i + 1 :]]


def _entity_id(key: str) -> str:
    return f"person:{slugify(key)}" if ":" not in key else key


def _best_name(thing: _Thing) -> str:
    return max(thing.names.items(), key=lambda kv: (kv[1], len(kv[0])))[0]


def _channel(text: str) -> str | None:
    low = text.lower() if text.isascii() else None
    for name, pattern in _CHANNELS:
        if pattern.search_lowered(text, low):
            return name
    return None


def _tidy_label(label: str) -> str:
    label = _LABEL_STOP.sub("", label.strip()).strip(" ,.'’")
    label = re.sub(
        r"\b(tariff|dut(?:y|ie)|levie|penaltie)s\b", lambda m: m.group(1).replace("ie", "y"), label
    )
    label = label.replace("dutys", "duty")
    return label[:1].lower() + label[1:] if label[:2].istitle() and " " in label else label


def _tidy_gist(text: str) -> str:
    text = _GIST_CUT.split(text, 1)[0]
    text = " ".join(text.split()).strip(" ,.")
    words = text.split()
    if len(words) > GIST_WORDS:
        text = " ".join(words[:GIST_WORDS]) + "…"
    return text


def _quote_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A quotation's own sentences (offsets), so that outlets quoting parts of it still line up."""
    pieces: list[tuple[int, int]] = []
    last = start
    for m in re.finditer(r"(?<=[.!?…])\s+(?=[A-Z‘'])", text[start:end]):
        pieces.append((last, start + m.start()))
        last = start + m.end()
    pieces.append((last, end))
    return [(s, e) for s, e in pieces if text[s:e].strip()]
