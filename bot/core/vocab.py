"""General vocabulary: countries, places, given names, outlets, title words, event verbs.

Nothing here is about a particular story: these are the words any news article is made of.
The lists come from the JSON files beside this module (bot/core/data/).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["Country", "Place", "Vocabulary", "load_vocabulary"]


@dataclass(frozen=True, slots=True)
class Country:
    """A country (or union) with the words that name it."""

    name: str
    slug: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None


@dataclass(frozen=True, slots=True)
class Place:
    """A city, region or state."""

    name: str
    country: str | None
    kind: str


FOREIGN_TITLE_HEADS = (
    # As English-language pages of French-, Portuguese-, Spanish- and German-speaking countries print them.
    "ministre", "ministro", "ministra", "président", "présidente", "presidente", "primeiro-ministro",
    "primeira-ministra", "premierminister", "premierministerin", "bundesminister", "bundesministerin",
    "bundeskanzler", "bundeskanzlerin", "bundespräsident", "ministerpräsident", "ministerpräsidentin",
    "secretaria", "secretario", "secretária", "secretário", "secrétaire", "segretario", "segretaria",
    "sottosegretario", "staatssekretär", "staatssekretärin",
    # "Canciller Javier Céspedes Loayza": Latin America's foreign ministers; and ambassadors
    "canciller", "vicecanciller", "chanceler", "vicepresidente", "vicepresidenta", "embajador", "embajadora",
    "embaixador", "embaixadora", "ambassadeur", "ambassadrice",
)  # fmt: skip
TITLE_HEADS = (
    *FOREIGN_TITLE_HEADS,
    "prime minister", "deputy prime minister", "minister of state", "minister", "ministers", "secretary of state",
    "secretary", "president", "vice president", "vice-president", "premier", "chancellor", "ambassador-designate",
    "ambassador", "envoy", "special envoy", "high commissioner", "consul general", "trade representative",
    "representative", "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "chief of staff",
    "chief of defence staff", "army chief", "chief", "general", "admiral", "air marshal", "commander", "governor",
    "senator", "congressman", "congresswoman", "lawmaker", "mayor", "king", "queen", "crown prince", "prince",
    "emperor", "sultan", "emir", "leader", "chairman", "chairperson", "chairwoman", "chair", "director-general",
    "director general", "director", "secretary-general", "secretary general", "commissioner", "counterpart",
    "undersecretary", "under secretary", "deputy secretary", "official", "diplomat", "head", "ceo", "chief executive",
    "founder", "mp", "pm", "judge", "justice", "attorney general", "solicitor general", "national security adviser",
    "nsa", "foreign secretary", "home secretary", "cabinet secretary", "negotiator", "chief negotiator",
    "governor-general", "speaker", "deputy speaker", "president-elect", "prime minister-designate", "nominee",
    "researcher", "analyst", "professor", "economist", "scholar", "lecturer", "fellow", "mep", "lawyer",
    "consultant", "strategist", "activist", "campaigner", "aide",
    # "Federal Councillor Urs Ruckstuhl-Meier", "Tánaiste Eimear Costigan", "Lyonchhen Ngawang Tobden"
    "councillor", "councilor", "tánaiste", "taoiseach", "lyonchhen", "coach", "head coach",
    # "Customs Area Controller of the Seme Command, Comptroller Babatunde Oyelakin": ranks of customs services
    "controller", "comptroller", "comptroller-general", "comptroller general", "inspector-general", "inspector general",
)  # fmt: skip
FOREIGN_TITLE_WORDS = frozenset(FOREIGN_TITLE_HEADS) | {
    "ministres", "ministros", "ministras", "chef", "chefe", "jefe", "gouvernement", "governo", "gobierno",
    "conseil", "conselho", "consejo", "premier", "primer", "primera", "d'état", "d’état", "de", "du", "des",
    "la", "le", "les", "et", "e", "y", "do", "da", "dos", "das", "del", "für", "und", "der",
}  # fmt: skip
"""The words of a title in French, Portuguese, Spanish or German, lowercase ("Premier ministre, chef du
gouvernement", "Président du Conseil des ministres", "Primeiro-Ministro e Chefe do Governo")."""
ROLE_HEADS = ("partner", "expert", "specialist", "trader", "farmer", "manager", "driver", "owner", "worker",
              "dispatcher", "engineer", "officer", "planner", "historian", "scientist", "sociologist", "journalist",
              "teacher", "nurse", "fisherman", "fisher", "businessman", "businesswoman", "entrepreneur", "exporter",
              "importer", "shopkeeper", "vendor", "resident", "student", "doctor", "member", "mother", "father",
              "grandmother", "grandfather", "widow", "widower", "parent", "villager", "pensioner", "retiree", "mechanic",
              "herder", "pastoralist", "fisherwoman", "baker", "tailor", "miner", "labourer", "laborer", "smallholder",
              "grower", "activist", "campaigner", "commuter", "passenger", "shopper", "housewife", "midwife")  # fmt: skip
"""Roles that make a title only in apposition ("Siti Rahmawati, a Jakarta-based partner at a law firm,"): before a
name they are common nouns ("a key partner for the United Arab Emirates")."""
TITLE_MODIFIERS = (
    "defence", "defense", "foreign", "external", "affairs", "home", "interior", "internal", "finance", "financial",
    "commerce", "industry", "industries", "trade", "economic", "economy", "economics", "war", "state", "treasury",
    "agriculture", "energy", "health", "education", "law", "justice", "transport", "railways", "petroleum", "oil",
    "natural", "gas", "information", "broadcasting", "environment", "climate", "labour", "labor", "civil",
    "aviation", "shipping", "ports", "steel", "coal", "mines", "mining", "power", "telecommunications",
    "communications", "technology", "science", "culture", "tourism", "sports", "youth", "women", "development",
    "rural", "urban", "housing", "water", "resources", "fisheries", "food", "consumer", "corporate",
    "parliamentary", "security", "national", "cabinet", "junior", "senior", "assistant", "deputy", "acting",
    "former", "principal", "special", "union", "federal", "vice", "first", "chief", "trade", "us", "u.s.",
    "navy", "naval", "army", "air", "force", "military", "intelligence", "strategic", "digital", "investment",
    "infrastructure", "planning", "budget", "revenue", "customs", "immigration", "citizenship", "veterans",
    "homeland", "commerce", "innovation", "research", "public", "works", "foreign-affairs", "then", "erstwhile",
    "ministry", "office", "department", "embassy", "tourism", "minerals", "industrial", "responsible", "export", "exports",
    "promotion", "expatriates", "reform", "competitiveness", "mineral", "production", "managing", "welfare",
    "overseas", "employment", "oceans", "ocean", "maritime", "marine", "social",
    "international", "cooperation", "co-operation", "cooperatives", "co-operatives", "relations", "enterprises",
    "manufacturing",
    "small", "medium", "micro", "regional", "integration", "livestock", "forests", "forestry",
    "policy", "irrigation", "wildlife", "heritage", "lands", "people's", "people",
    # "Commissioner for Customs and Border Control Caroline Nyaboke Oseko"
    "border", "borders", "control", "management",
)  # fmt: skip
SURNAME_PARTICLES = frozenset(
    {"bin", "bint", "al", "el", "de", "da", "di", "van", "von", "der", "den", "le", "la", "dos", "das", "del", "du",
     "ibn", "ter", "ten", "y", "binti", "bte", "e", "las", "los", "í"}
)  # fmt: skip
"""Words that begin a surname or join its parts: "Ursula von der Leyen", "Mariam Al Falasi"."""
HONORIFICS = ("Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Shri", "Smt.", "Smt", "Sri", "Sir", "Dame",
              "Prof.", "Prof", "Gen.", "Lt.", "Col.", "Adm.", "Sen.", "Rep.", "Gov.", "Hon.", "H.E.", "Brig.", "Maj.",
              "Capt.", "Cdr.", "Sayyid", "Sayyida", "Sheikh", "Sheikha", "Alhaji", "Alhaja", "Hajia",
              # Malaysia's, Fiji's and Cambodia's: "Datuk Seri Mohd Azlan", "Ratu Josefa", "Samdech Tea Sokha"
              "Datuk", "Dato'", "Dato", "Datin", "Haji", "Hajah", "Ratu", "Samdech",
              "Oknha", "Chumteav",
              # Samoa's forms of address: "Afioga Toleafoa Sefo Lemalu", "Susuga Ana Pouono"
              "Afioga", "Susuga",
              # ranks written out: "Colonel Brigitte Hoareau"
              "Colonel", "Brigadier", "Lieutenant", "Commodore", "Admiral", "Captain", "Lieutenant-General",
              "Lieutenant-Colonel", "Major-General", "Brigadier-General", "Lt-Gen", "Lt-Col", "Maj-Gen",
              # Afghanistan's clerical titles: "Mawlawi Abdul Wahid Rahimzai"
              "Mawlawi", "Maulvi", "Mullah",
              # Latin American degrees written as titles: "Ing. Óscar Armando Villatoro Cea", "Lic. Ana Gómez"
              "Ing.", "Lic.", "Licda.", "Arq.", "Abg.",
              # Myanmar's: "U Than Naing Soe", "Daw Khin Myat Noe"
              "U", "Daw",
              # forms of address: "Honourable Tšeliso Ramokhele", "His Excellency Teloni Amwano"; Bhutan's
              # "Lyonpo Karma Lhendup", "Dasho"; Brunei's "Dato Seri Setia", "Pehin"
              "Honourable", "Hon", "Honorable", "Excellency", "Lyonpo", "Dasho", "Setia", "Pehin",
              # Sesotho's and Setswana's "Mr" and "Mrs": "Ntate Ramakoae", "'Mè Mpho"; Kiswahili's "Mheshimiwa"
              "Ntate", "Rra", "Mma", "'Mè", "Mheshimiwa",
              # French, Spanish and Portuguese forms of address: "Mme Diakhaté", "Sra. Rojas"
              "Mme", "Mme.", "Mlle", "Sr.", "Sra.", "Srta.")  # fmt: skip
AGREEMENT_HEADS = (
    "agreement", "arrangement", "framework", "pact", "treaty", "memorandum", "accord", "deal", "protocol",
    "charter", "declaration", "convention", "mou", "roadmap", "compact", "understanding",
)  # fmt: skip
OCCASION_HEADS = (
    "meeting", "summit", "conference", "forum", "dialogue", "plus", "session", "assembly", "games", "expo",
    "retreat", "conclave", "symposium", "congress", "convention", "ministerial", "talks", "week", "festival",
)  # fmt: skip
COMPANY_WORDS = (
    "motor", "motors", "metals", "holdings", "corp", "inc", "ltd", "plc", "airlines", "airways", "electric",
    "electronics", "industries", "technologies", "systems", "steel", "mining", "resources", "petroleum", "energy",
    "oil", "gas", "pharma", "pharmaceuticals", "chemicals", "logistics", "shipping", "telecom", "automotive",
    "capital", "partners", "securities", "insurance", "foods", "textiles", "group", "bank", "minerals",
)  # fmt: skip
"""Last words of companies' names: "Toyota Motor", "Fortescue Metals" are no people."""
ORG_HEADS = (
    "ministry", "department", "council", "agency", "commission", "organisation", "organization", "association",
    "party", "bank", "fund", "union", "nations", "office", "administration", "forces", "army", "navy", "force",
    "corporation", "company", "group", "institute", "university", "court", "parliament", "senate", "pentagon",
    "committee", "board", "authority", "bureau", "command", "secretariat", "cabinet", "government", "federation",
    "alliance", "coalition", "league", "house", "service", "services", "society", "community", "chamber",
    "foundation", "journal", "gazette", "consortium", "bulletin", "systems", "institution",
)  # fmt: skip
ORG_ACRONYMS = (
    "ASEAN", "NATO", "UN", "EU", "WTO", "IMF", "BRICS", "Quad", "QUAD", "G20", "G7", "G-20", "G-7", "SCO", "SAARC",
    "OPEC", "APEC", "IAEA", "WHO", "UNSC", "AU", "GCC", "OECD", "BIMSTEC", "IPEF", "USTR", "MEA", "MoD", "DRDO",
    "ISRO", "NASA", "CIA", "FBI", "Pentagon", "BJP", "Congress",
    # regional blocs and agencies, written as words: "Mercosur's dispute settlement"
    "Mercosur", "MERCOSUR", "ECOWAS", "Ecowas", "SADC", "COMESA", "Comesa", "CARICOM", "Caricom", "COTED", "EAC",
    "CELAC", "Celac", "OAS", "UNESCO", "UNICEF", "UNHCR", "FAO", "WFP", "Interpol", "INTERPOL", "Frontex",
)  # fmt: skip
SPEECH_VERBS = (
    "said", "says", "say", "saying", "told", "tells", "added", "adds", "wrote", "writes", "posted", "posts",
    "tweeted", "stated", "states", "announced", "announces", "noted", "notes", "stressed", "stresses",
    "emphasised", "emphasized", "underlined", "highlighted", "highlights", "described", "describes", "hinted",
    "hints", "pointed out", "shared", "remarked", "observed", "asserted", "declared", "insisted", "warned",
    "urged", "explained", "affirmed", "reaffirmed", "claimed", "argued", "suggested", "indicated", "welcomed",
    "expressed", "called", "termed", "maintained", "confirmed", "acknowledged", "tweets", "commented",
    "calling", "describing", "terming", "hailing", "hailed", "praising", "praised", "responded", "replied", "writing",
    "telling", "blasted", "slammed", "criticised", "criticized",
)  # fmt: skip
TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "defence": ("defence", "defense", "military", "militaries", "security", "armed", "army", "navy", "naval",
                "war", "weapon", "weapons", "arms", "liaison officers", "interoperability", "deterrence",
                "secretary of war", "defence minister", "defense secretary", "supply arrangement", "troops"),
    "trade": ("trade", "trading", "commerce", "commercial", "market access", "exports", "imports", "economic",
              "economy", "investment", "negotiation", "negotiations", "trade deal", "trade representative"),
    "tariffs": ("tariff", "tariffs", "duty", "duties", "levy", "levies", "penalty", "customs"),
    "energy": ("oil", "gas", "energy", "crude", "fuel", "lng", "nuclear power", "electricity"),
    "diplomacy": ("foreign minister", "external affairs", "secretary of state", "diplomatic", "diplomacy",
                  "ambassador", "envoy", "summit", "foreign secretary"),
    "technology": ("technology", "tech", "semiconductor", "semiconductors", "ai", "critical minerals", "space",
                   "cyber", "digital"),
}  # fmt: skip


@dataclass(frozen=True)
class Vocabulary:
    """Every word list the extractor uses, indexed for lookup."""

    countries: dict[str, Country]
    country_words: dict[str, str]
    demonyms: dict[str, str]
    places: dict[str, Place]
    given_names: frozenset[str]
    outlets: tuple[tuple[str, tuple[str, ...]], ...]
    agencies: tuple[str, ...]

    def country_of(self, word: str) -> str | None:
        """The slug of the country a word names or describes ("US", "Indian" ...), if any."""
        key = word.replace("’", "'").removesuffix("'s")
        return (
            self.country_words.get(key)
            or self.demonyms.get(key)
            or self.country_words.get(key.replace(".", ""))
        )


def _load(name: str) -> Any:
    with resources.files("bot.core.data").joinpath(name).open("r", encoding="utf-8") as handle:
        return json.load(handle)


@cache
def month_names() -> dict[str, int]:
    """Month names in the languages of the outlets Newsbot reads (CLDR, through tools/months_from_cldr.py), lower case,
    without a closing dot: "ноября" 11, "kasım" 11, "noiembrie" 11."""
    return {word: int(number) for word, number in _load("months.json")["months"].items()}


@cache
def _months_without_marks() -> dict[str, int]:
    plain: dict[str, set[int]] = {}
    for word, number in month_names().items():
        plain.setdefault(_without_marks(word), set()).add(number)
    return {key: next(iter(numbers)) for key, numbers in plain.items() if len(numbers) == 1}


def month_of(word: str) -> int | None:
    """The month a word names (lower case, without a closing dot), as month_names() has it, or with an accent mark
    added or left out ("abríl", as Tetum writes the Portuguese "abril"), where only one month reads so."""
    return month_names().get(word) or _months_without_marks().get(_without_marks(word))


def _without_marks(word: str) -> str:
    """``word`` without its combining accent marks ("abríl" -> "abril"); other scripts are left as they are."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@cache
def load_vocabulary() -> Vocabulary:
    """Load the vocabulary once per process."""
    countries: dict[str, Country] = {}
    country_words: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for entry in _load("countries.json"):
        country = Country(
            name=entry["name"],
            slug=entry["slug"],
            aliases=tuple(entry.get("aliases", ())),
            demonyms=tuple(entry.get("demonyms", ())),
            capital=entry.get("capital"),
        )
        countries[country.slug] = country
        for word in (country.name, *country.aliases):
            country_words[word] = country.slug
            country_words.setdefault(word.replace(".", ""), country.slug)
        for word in country.demonyms:
            demonyms[word] = country.slug
    places: dict[str, Place] = {}
    for entry in _load("places.json"):
        place = Place(name=entry["name"], country=entry.get("country"), kind=entry.get("kind", "city"))
        places[place.name] = place
        for alias in entry.get("aliases", ()):
            places.setdefault(alias, place)
    names = frozenset(_load("given_names.json")["names"])
    outlets = tuple(
        (entry.get("short") or entry["name"], tuple(entry.get("markers", ())))
        for entry in _load("outlets.json")
    )
    agencies = tuple(
        entry.get("short") or entry["name"] for entry in _load("outlets.json") if entry.get("agency")
    )
    return Vocabulary(countries, country_words, demonyms, places, names, outlets, agencies)


def words_pattern(words: tuple[str, ...] | list[str], flags: int = 0) -> re.Pattern[str]:
    """One regex matching any of ``words`` as whole words, longest first."""
    ordered = sorted(set(words), key=len, reverse=True)
    return re.compile(r"(?<![\w@])(?:" + "|".join(re.escape(w) for w in ordered) + r")(?![\w])", flags)
