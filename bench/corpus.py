"""Synthetic news-article generator for Newsbot benchmarks and robustness tests.

Everything here is invented: people, agreements, venues, quotes and most outlets.
Real country names and a handful of real outlet names are used only as labels.

Model
-----
* A *world* (built from the seed) holds ~43 countries and ~1,500 invented people,
  each with a fixed country and title, plus ~300 *stories*.  A story is a pair of
  countries with a theme and a cast; it advances through *developments* dated
  2019-2026 (signings, meetings, talks, visits, tariffs, statements, trade
  negotiations).
* Each development is reported by 2-8 *articles*, written as different outlets
  would: different sentence patterns, date expressions relative to each
  article's own publication date, optional details, page furniture, and
  occasional disagreements (venue name, spelling of a name, one word of a quote).

``truth`` (JSON-serialisable) describes what each article says.  Conventions:

* ``published``: ISO date or ``None`` when the article carries no date.
  ``published_form`` names the header form used.
* event ``date``: what the text supports, resolved against ``published``:
  ``YYYY-MM-DD``, ``YYYY-MM`` (month only), ``YYYY`` (year only),
  ``{"start", "end"}`` (a range: "last week", "this week", "earlier this month",
  "earlier this year", multi-day visits) or ``None`` (no date given, or a
  relative phrase in an undated article).  ``date_form`` classifies the phrase.
* participant ``title``: the title printed at the person's first mention
  (without the nationality), ``None`` when none was printed.
* ``place``: ``"Venue, City"``, ``"City"`` or ``"Venue"`` as printed.
* ``agreement``: canonical name when the article names it, else ``None``.
* extra keys beyond the brief, on events: ``date_form`` (one of ``today``,
  ``yesterday``, ``weekday``, ``this_week``, ``last_week``, ``earlier_this_month``,
  ``last_month``, ``earlier_this_year``, ``last_year``, ``explicit_md``,
  ``explicit_dmy``, ``month``, ``year``, ``embed``, ``inherited`` - same date as the
  sentence it hangs off - or ``none``), ``status`` (negotiations: underway,
  stalled, resumed, concluded) and ``pattern`` (sentence-pattern id).
* ``published_form``: ``published_line``, ``weekday_long``, ``iso_lead``,
  ``dateline`` (no year printed), ``updated_ist``, ``long`` or ``none``.
* ``outlet`` is set only when the outlet's name is printed (masthead or a
  Reuters dateline); ``teaser_people`` lists people named only in teasers.

CLI: ``python -m bench.corpus --count 10000 --seed 7 --out DIR``.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
import string
import sys
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["GeneratedArticle", "generate_corpus", "main"]

# ---------------------------------------------------------------------------
# Static data
# ---------------------------------------------------------------------------

# slug, name, demonym, capital, other cities, name pool, leader titles
_COUNTRY_ROWS: tuple[tuple[str, str, str, str, tuple[str, ...], str, tuple[str, ...]], ...] = (
    (
        "india",
        "India",
        "Indian",
        "New Delhi",
        ("Mumbai", "Bengaluru", "Chennai", "Hyderabad"),
        "indian",
        ("Prime Minister", "President"),
    ),
    (
        "united-states",
        "United States",
        "US",
        "Washington",
        ("New York", "San Francisco", "Chicago"),
        "anglo",
        ("President",),
    ),
    (
        "china",
        "China",
        "Chinese",
        "Beijing",
        ("Shanghai", "Guangzhou", "Shenzhen"),
        "chinese",
        ("President", "Premier"),
    ),
    ("japan", "Japan", "Japanese", "Tokyo", ("Osaka", "Yokohama", "Kyoto"), "japanese", ("Prime Minister",)),
    (
        "south-korea",
        "South Korea",
        "South Korean",
        "Seoul",
        ("Busan", "Incheon"),
        "korean",
        ("President", "Prime Minister"),
    ),
    (
        "australia",
        "Australia",
        "Australian",
        "Canberra",
        ("Sydney", "Melbourne", "Perth"),
        "anglo",
        ("Prime Minister",),
    ),
    (
        "united-kingdom",
        "United Kingdom",
        "British",
        "London",
        ("Manchester", "Edinburgh", "Birmingham"),
        "anglo",
        ("Prime Minister",),
    ),
    (
        "france",
        "France",
        "French",
        "Paris",
        ("Marseille", "Lyon", "Toulouse"),
        "french",
        ("President", "Prime Minister"),
    ),
    (
        "germany",
        "Germany",
        "German",
        "Berlin",
        ("Munich", "Hamburg", "Frankfurt"),
        "german",
        ("Chancellor", "President"),
    ),
    (
        "italy",
        "Italy",
        "Italian",
        "Rome",
        ("Milan", "Naples", "Turin"),
        "italian",
        ("Prime Minister", "President"),
    ),
    (
        "spain",
        "Spain",
        "Spanish",
        "Madrid",
        ("Barcelona", "Valencia", "Seville"),
        "spanish",
        ("Prime Minister",),
    ),
    (
        "canada",
        "Canada",
        "Canadian",
        "Ottawa",
        ("Toronto", "Vancouver", "Montreal"),
        "anglo",
        ("Prime Minister",),
    ),
    (
        "brazil",
        "Brazil",
        "Brazilian",
        "Brasilia",
        ("São Paulo", "Rio de Janeiro", "Recife"),
        "portuguese",
        ("President",),
    ),
    ("mexico", "Mexico", "Mexican", "Mexico City", ("Monterrey", "Guadalajara"), "latam", ("President",)),
    ("argentina", "Argentina", "Argentine", "Buenos Aires", ("Córdoba", "Rosario"), "latam", ("President",)),
    ("chile", "Chile", "Chilean", "Santiago", ("Valparaiso", "Antofagasta"), "latam", ("President",)),
    (
        "russia",
        "Russia",
        "Russian",
        "Moscow",
        ("St Petersburg", "Kazan", "Vladivostok"),
        "russian",
        ("President", "Prime Minister"),
    ),
    (
        "ukraine",
        "Ukraine",
        "Ukrainian",
        "Kyiv",
        ("Lviv", "Odesa", "Kharkiv"),
        "ukrainian",
        ("President", "Prime Minister"),
    ),
    (
        "poland",
        "Poland",
        "Polish",
        "Warsaw",
        ("Krakow", "Gdansk", "Wroclaw"),
        "polish",
        ("Prime Minister", "President"),
    ),
    ("turkey", "Turkey", "Turkish", "Ankara", ("Istanbul", "Izmir"), "turkish", ("President",)),
    ("saudi-arabia", "Saudi Arabia", "Saudi", "Riyadh", ("Jeddah", "Dammam"), "arabic", ("Prime Minister",)),
    (
        "united-arab-emirates",
        "United Arab Emirates",
        "Emirati",
        "Abu Dhabi",
        ("Dubai", "Sharjah"),
        "arabic",
        ("President",),
    ),
    ("qatar", "Qatar", "Qatari", "Doha", ("Lusail", "Al Wakrah"), "arabic", ("Prime Minister",)),
    (
        "egypt",
        "Egypt",
        "Egyptian",
        "Cairo",
        ("Alexandria", "Giza"),
        "arabic",
        ("President", "Prime Minister"),
    ),
    (
        "israel",
        "Israel",
        "Israeli",
        "Jerusalem",
        ("Tel Aviv", "Haifa"),
        "hebrew",
        ("Prime Minister", "President"),
    ),
    ("iran", "Iran", "Iranian", "Tehran", ("Isfahan", "Mashhad"), "persian", ("President",)),
    (
        "pakistan",
        "Pakistan",
        "Pakistani",
        "Islamabad",
        ("Karachi", "Lahore"),
        "pakistani",
        ("Prime Minister", "President"),
    ),
    (
        "bangladesh",
        "Bangladesh",
        "Bangladeshi",
        "Dhaka",
        ("Chittagong", "Sylhet"),
        "bengali",
        ("Prime Minister",),
    ),
    (
        "sri-lanka",
        "Sri Lanka",
        "Sri Lankan",
        "Colombo",
        ("Kandy", "Galle"),
        "sinhala",
        ("President", "Prime Minister"),
    ),
    ("nepal", "Nepal", "Nepali", "Kathmandu", ("Pokhara", "Lalitpur"), "nepali", ("Prime Minister",)),
    (
        "indonesia",
        "Indonesia",
        "Indonesian",
        "Jakarta",
        ("Surabaya", "Bandung", "Denpasar"),
        "indonesian",
        ("President",),
    ),
    (
        "malaysia",
        "Malaysia",
        "Malaysian",
        "Kuala Lumpur",
        ("Penang", "Johor Bahru"),
        "malay",
        ("Prime Minister",),
    ),
    ("singapore", "Singapore", "Singaporean", "Singapore", ("Singapore",), "singapore", ("Prime Minister",)),
    (
        "vietnam",
        "Vietnam",
        "Vietnamese",
        "Hanoi",
        ("Ho Chi Minh City", "Da Nang"),
        "vietnamese",
        ("Prime Minister", "President"),
    ),
    ("thailand", "Thailand", "Thai", "Bangkok", ("Chiang Mai", "Phuket"), "thai", ("Prime Minister",)),
    ("philippines", "Philippines", "Philippine", "Manila", ("Cebu", "Davao"), "filipino", ("President",)),
    (
        "new-zealand",
        "New Zealand",
        "New Zealand",
        "Wellington",
        ("Auckland", "Christchurch"),
        "anglo",
        ("Prime Minister",),
    ),
    (
        "south-africa",
        "South Africa",
        "South African",
        "Pretoria",
        ("Johannesburg", "Cape Town", "Durban"),
        "southafrican",
        ("President",),
    ),
    ("nigeria", "Nigeria", "Nigerian", "Abuja", ("Lagos", "Kano"), "nigerian", ("President",)),
    ("kenya", "Kenya", "Kenyan", "Nairobi", ("Mombasa", "Kisumu"), "kenyan", ("President",)),
    (
        "ethiopia",
        "Ethiopia",
        "Ethiopian",
        "Addis Ababa",
        ("Dire Dawa", "Bahir Dar"),
        "ethiopian",
        ("Prime Minister",),
    ),
    ("sweden", "Sweden", "Swedish", "Stockholm", ("Gothenburg", "Malmo"), "nordic", ("Prime Minister",)),
    ("norway", "Norway", "Norwegian", "Oslo", ("Bergen", "Trondheim"), "nordic", ("Prime Minister",)),
)

# How a country is named in running text (duplicates weight the choice).
_NAME_FORMS: dict[str, tuple[str, ...]] = {
    "united-states": ("the United States", "the US", "the US", "Washington", "the U.S."),
    "united-kingdom": ("Britain", "Britain", "the United Kingdom", "the UK", "London"),
    "united-arab-emirates": ("the United Arab Emirates", "the UAE", "the UAE", "Abu Dhabi"),
    "philippines": ("the Philippines", "the Philippines", "Manila"),
    "china": ("China", "China", "China", "Beijing"),
    "india": ("India", "India", "India", "New Delhi"),
    "russia": ("Russia", "Russia", "Moscow"),
    "south-korea": ("South Korea", "South Korea", "Seoul"),
    "japan": ("Japan", "Japan", "Japan", "Tokyo"),
}
_SHORT: dict[str, str] = {
    "united-states": "US",
    "united-kingdom": "UK",
    "united-arab-emirates": "UAE",
    "philippines": "Philippines",
    "south-korea": "S Korea",
    "new-zealand": "NZ",
    "saudi-arabia": "Saudi",
    "south-africa": "S Africa",
}
_DEM_FORMS: dict[str, tuple[str, ...]] = {
    "united-states": ("US", "US", "U.S.", "American"),
    "united-kingdom": ("British", "British", "UK"),
    "united-arab-emirates": ("Emirati", "UAE"),
    "philippines": ("Philippine", "Filipino"),
}
_POSS_FORMS: dict[str, tuple[str, ...]] = {
    "united-states": ("America's", "the United States'"),
    "united-kingdom": ("Britain's", "Britain's", "the UK's"),
    "united-arab-emirates": ("the UAE's", "the UAE's"),
    "philippines": ("the Philippines'",),
}
_COUNTRY_WEIGHT: dict[str, float] = {
    "india": 6.0,
    "united-states": 5.0,
    "china": 3.0,
    "japan": 2.5,
    "united-kingdom": 2.0,
    "australia": 2.0,
    "germany": 1.8,
    "france": 1.8,
    "south-korea": 1.5,
    "russia": 1.5,
    "united-arab-emirates": 1.3,
    "indonesia": 1.2,
    "singapore": 1.2,
    "canada": 1.2,
    "brazil": 1.1,
}


@dataclass(frozen=True)
class _NamePool:
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    family_first: bool = False


def _t(s: str) -> tuple[str, ...]:
    return tuple(s.split("|"))


_POOLS: dict[str, _NamePool] = {
    "indian": _NamePool(
        _t(
            "Arjun|Rohan|Vikram|Sanjay|Anil|Rajiv|Suresh|Amitabh|Naveen|Harish|Prakash|Devendra|Manoj|Tarun|Kunal|"
            "Siddharth|Ashok|Girish|Nitin|Varun|Raghav|Mohan|Dinesh|Hemant"
        ),
        _t(
            "Priya|Anjali|Meera|Kavita|Sunita|Lakshmi|Neha|Shalini|Deepa|Rekha|Pooja|Smita|Radhika|Aparna|Jyoti"
        ),
        _t(
            "Mehta|Sharma|Singh|Iyer|Nair|Reddy|Rao|Kulkarni|Banerjee|Chatterjee|Menon|Pillai|Joshi|Desai|Bhatt|"
            "Kapoor|Malhotra|Saxena|Trivedi|Choudhury|Gupta|Verma|Srinivasan|Krishnan|Patil|Deshmukh|Bose|Naidu"
        ),
    ),
    "anglo": _NamePool(
        _t(
            "Peter|Michael|Robert|William|Daniel|Thomas|Jonathan|Nicholas|Christopher|Matthew|Andrew|James|Samuel|"
            "Benjamin|Joseph|Richard|Steven|Timothy|Gregory|Douglas|Henry|Patrick|Owen|Graham|Mark"
        ),
        _t(
            "Katherine|Elizabeth|Sarah|Rebecca|Laura|Emily|Margaret|Jennifer|Rachel|Hannah|Claire|Susan|Deborah|"
            "Patricia|Fiona|Alison|Megan|Victoria|Helen|Joanna"
        ),
        _t(
            "Hollis|Whitaker|Brennan|Caldwell|Prescott|Ashford|Bramley|Carver|Donnelly|Ellison|Fairbanks|Garrity|"
            "Hadley|Kingsley|Lockhart|Merritt|Norwood|Pemberton|Radcliffe|Sutcliffe|Thornton|Whitfield|Yardley|"
            "Calloway|Denholm|Abbott|Bellamy|Corrigan|Dunmore|Easton|Fenwick|Galloway|Harlow|Ingram|Jessop|"
            "Kimball|Langford|Mallory|Nesbitt|Ogilvie|Pritchard|Quayle|Rowntree|Stanhope|Tolliver|Underwood|"
            "Vickers|Wexford|Ashcroft|Blakemore|Cartwright|Dalton|Everett|Fulton|Granger|Holloway|Mercer|Sinclair"
        ),
    ),
    "chinese": _NamePool(
        _t("Jianguo|Wei|Xiaoming|Yong|Mingyu|Lei|Haoran|Zhiqiang|Jun|Guohua|Tao|Dongsheng"),
        _t("Lihua|Haiyan|Jing|Hong|Xiulan|Meiling|Yuqing|Fang|Xinyi|Ruolan"),
        _t("Wang|Li|Zhang|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Xu|Sun|Ma|Hu|Guo|He|Lin|Gao"),
        family_first=True,
    ),
    "japanese": _NamePool(
        _t("Hiroshi|Takeshi|Kenji|Naoki|Satoshi|Kazuo|Daisuke|Masato|Yusuke|Takumi|Ryota|Shinji"),
        _t("Yuko|Akiko|Emi|Haruka|Naoko|Keiko|Mariko|Ayumi|Sachiko|Rie"),
        _t(
            "Tanaka|Suzuki|Watanabe|Ito|Nakamura|Kobayashi|Yamamoto|Sato|Kato|Yoshida|Morita|Hayashi|Ishikawa|"
            "Fujiwara|Okada|Matsumoto|Inoue|Kimura"
        ),
    ),
    "korean": _NamePool(
        _t("Min-jun|Ji-ho|Hyun-woo|Dong-hyun|Jae-sung|Sung-min|Tae-yang|Young-soo|Kyung-ho"),
        _t("Seo-yeon|Soo-jin|Eun-ji|Ha-eun|Mi-kyung|Ji-won|Yoon-hee"),
        _t("Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin|Seo|Kwon|Hwang"),
        family_first=True,
    ),
    "french": _NamePool(
        _t("Pierre|Antoine|Olivier|Jean-Luc|Mathieu|Laurent|Nicolas|Thierry|Guillaume|Étienne|Baptiste|Rémi"),
        _t("Camille|Élodie|Mathilde|Sophie|Claire|Amélie|Hélène|Isabelle|Céline|Margaux"),
        _t(
            "Moreau|Lefèvre|Girard|Dubois|Marchand|Rousseau|Fontaine|Chevalier|Garnier|Lambert|Bonnet|Mercier|"
            "Faure|Renaud|Perrin|Gauthier"
        ),
    ),
    "german": _NamePool(
        _t("Klaus|Stefan|Matthias|Jürgen|Andreas|Tobias|Florian|Wolfgang|Markus|Henrik|Lukas|Dieter"),
        _t("Katrin|Ursula|Sabine|Annika|Birgit|Heike|Julia|Franziska|Miriam|Petra"),
        _t(
            "Hoffmann|Kessler|Lindemann|Vogt|Brückner|Falkenberg|Reinholt|Schröder|Wagner|Becker|Hartmann|"
            "Zimmermann|Krüger|Lehmann|Brandl|Seidel|Albrecht|Winkler"
        ),
    ),
    "italian": _NamePool(
        _t("Marco|Alessandro|Giuseppe|Lorenzo|Matteo|Stefano|Davide|Paolo|Roberto|Fabrizio"),
        _t("Giulia|Francesca|Chiara|Valentina|Elena|Silvia|Federica|Martina"),
        _t(
            "Rossi|Bianchi|Ferrara|Conti|Esposito|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Moretti|Fontana"
        ),
    ),
    "spanish": _NamePool(
        _t("Javier|Carlos|Alejandro|Pablo|Sergio|Álvaro|Diego|Raúl|Miguel|Fernando"),
        _t("Lucía|Elena|Carmen|Marta|Isabel|Cristina|Beatriz|Nuria"),
        _t("García|Navarro|Ortega|Delgado|Serrano|Molina|Castillo|Romero|Herrera|Iglesias|Vidal|Pascual"),
    ),
    "latam": _NamePool(
        _t("Andrés|Felipe|Gustavo|Ricardo|Emilio|Sebastián|Tomás|Rodrigo|Mauricio|Hernán"),
        _t("Valeria|Camila|Gabriela|Daniela|Ximena|Paula|Florencia|Mariana"),
        _t(
            "Fuentes|Aguirre|Cárdenas|Villalobos|Sandoval|Rojas|Medina|Quiroga|Salazar|Benítez|Cabrera|Ibarra"
        ),
    ),
    "portuguese": _NamePool(
        _t("João|Paulo|Rafael|Marcelo|Thiago|Eduardo|Renato|Gilberto|Vinícius|Leonardo"),
        _t("Ana|Fernanda|Luciana|Beatriz|Renata|Juliana|Adriana|Patrícia"),
        _t(
            "Silva|Costa|Oliveira|Almeida|Pereira|Carvalho|Ribeiro|Barbosa|Moreira|Teixeira|Nogueira|Cavalcanti"
        ),
    ),
    "russian": _NamePool(
        _t("Sergei|Dmitry|Andrei|Alexei|Mikhail|Yevgeny|Nikolai|Pavel|Igor|Viktor|Oleg"),
        _t("Olga|Natalia|Irina|Yelena|Svetlana|Tatiana|Marina|Anastasia"),
        _t("Volkov|Morozov|Sokolov|Lebedev|Kozlov|Novikov|Orlov|Belov|Zaitsev|Gromov|Tarasov|Korolev"),
    ),
    "ukrainian": _NamePool(
        _t("Oleksandr|Andrii|Taras|Bohdan|Serhiy|Mykola|Yaroslav|Dmytro|Vasyl"),
        _t("Oksana|Iryna|Kateryna|Halyna|Yulia|Nataliya|Solomiya"),
        _t("Petrenko|Kovalenko|Shevchuk|Bondarenko|Tkachenko|Kravchuk|Melnyk|Hnatyuk|Lysenko|Savchenko"),
    ),
    "polish": _NamePool(
        _t("Tomasz|Piotr|Krzysztof|Marcin|Paweł|Grzegorz|Jakub|Wojciech|Michał"),
        _t("Agnieszka|Katarzyna|Magdalena|Joanna|Małgorzata|Ewa|Barbara"),
        _t("Kowalski|Nowak|Wiśniewski|Zieliński|Kamiński|Lewandowski|Wróbel|Mazur|Krawczyk|Jabłoński"),
    ),
    "turkish": _NamePool(
        _t("Mehmet|Emre|Burak|Murat|Hakan|Serkan|Kemal|Ömer|Cem|Tolga"),
        _t("Ayşe|Zeynep|Elif|Selin|Derya|Gül|Esra|Hülya"),
        _t("Yılmaz|Demir|Kaya|Aydın|Öztürk|Çelik|Arslan|Doğan|Koç|Şahin|Kurt|Özdemir"),
    ),
    "arabic": _NamePool(
        _t("Khalid|Abdullah|Faisal|Hamad|Sultan|Omar|Tariq|Yousef|Saeed|Majid|Nasser|Adel|Mohammed"),
        _t("Mariam|Noura|Fatima|Amal|Hessa|Latifa|Reem|Dalia|Salma"),
        _t(
            "Al Mansoori|Al Falasi|Al Qahtani|El-Sayed|Hassan|Al Dosari|Al Harthy|Mahmoud|Al Suwaidi|"
            "Al Otaibi|Abdel-Rahman|Al Kaabi|Farouk|Al Mutairi|Shoukry-Nasr"
        ),
    ),
    "hebrew": _NamePool(
        _t("Avi|Noam|Eitan|Yoav|Amir|Gideon|Ronen|Uri|Itai"),
        _t("Yael|Tamar|Michal|Noa|Shira|Orly|Dafna"),
        _t("Levi|Cohen|Mizrahi|Friedman|Shapiro|Peretz|Biton|Katz|Avraham|Golan|Ben-David"),
    ),
    "persian": _NamePool(
        _t("Reza|Mohammad|Ali|Farhad|Hossein|Mehdi|Kamran|Dariush|Saeed"),
        _t("Maryam|Shirin|Parisa|Leila|Nasrin|Azadeh"),
        _t("Hosseini|Rahimi|Karimi|Moradi|Tehrani|Jafari|Sadeghi|Rostami|Ahmadi|Najafi"),
    ),
    "pakistani": _NamePool(
        _t("Imran|Faisal|Bilal|Asif|Usman|Hamid|Shahid|Kamran|Zubair|Mohammad"),
        _t("Ayesha|Sana|Nadia|Hina|Sadia|Mehreen|Rabia"),
        _t("Qureshi|Chaudhry|Malik|Siddiqui|Butt|Awan|Khattak|Abbasi|Mirza|Jamali|Durrani"),
    ),
    "bengali": _NamePool(
        _t("Tanvir|Rafiq|Shafiqul|Mahbub|Anisur|Kamrul|Nazmul|Towhid|Mohammad"),
        _t("Farzana|Nasrin|Shamima|Rokeya|Tahmina|Sultana"),
        _t("Rahman|Hossain|Islam|Chowdhury|Ahmed|Karim|Haque|Sarkar|Talukder|Mridha"),
    ),
    "sinhala": _NamePool(
        _t("Chaminda|Nuwan|Ruwan|Kasun|Lasantha|Dinesh|Sampath|Tharindu"),
        _t("Dilini|Nadeesha|Sanduni|Chathurika|Iresha|Thilini"),
        _t(
            "Perera|Fernando|Jayawardena|Wickramasinghe|Gunawardena|Senanayake|Bandara|Dissanayake|Rathnayake"
        ),
    ),
    "nepali": _NamePool(
        _t("Bishnu|Ramesh|Prakash|Suman|Binod|Kiran|Deepak|Rabindra"),
        _t("Sita|Anita|Sabina|Pramila|Gita|Sarita"),
        _t("Shrestha|Adhikari|Gurung|Thapa|Poudel|Karki|Bhandari|Koirala|Rai|Tamang"),
    ),
    "indonesian": _NamePool(
        _t("Budi|Agus|Bambang|Hendra|Rizal|Dimas|Fajar|Arif|Teguh|Yudi"),
        _t("Sri|Dewi|Ratna|Indah|Wulan|Siti|Ayu|Putri"),
        _t("Santoso|Wibowo|Hartono|Saputra|Nugroho|Kusuma|Pratama|Setiawan|Wijaya|Hidayat|Gunawan"),
    ),
    "malay": _NamePool(
        _t("Ahmad|Azman|Faizal|Hafiz|Rosli|Zulkifli|Khairul|Shahrul|Amirul"),
        _t("Nurul|Siti|Aisyah|Farah|Zarina|Hidayah"),
        _t("Ismail|Abdullah|Rahim|Hamzah|Yusof|Othman|Ibrahim|Zainal|Kamaruddin|Hashim"),
    ),
    "singapore": _NamePool(
        _t("Daniel|Kenneth|Marcus|Desmond|Gerald|Benedict|Jonathan|Melvin|Adrian"),
        _t("Grace|Michelle|Cheryl|Rachel|Joanne|Vivian|Denise"),
        _t("Tan|Lim|Lee|Ng|Ong|Teo|Goh|Chua|Koh|Yeo|Low|Sim"),
    ),
    "vietnamese": _NamePool(
        _t("Van Minh|Duc Anh|Quoc Bao|Thanh Son|Huu Phuoc|Minh Tuan|Van Hai|Dinh Long"),
        _t("Thi Lan|Thi Huong|Ngoc Anh|Thu Trang|Thi Mai|Bich Ngoc"),
        _t("Nguyen|Tran|Le|Pham|Hoang|Vu|Dang|Bui|Do|Ngo"),
        family_first=True,
    ),
    "thai": _NamePool(
        _t("Somchai|Anan|Chaiwat|Prasert|Kittipong|Surasak|Thanawat|Wichai"),
        _t("Siriporn|Malee|Ratchanee|Kanokwan|Pimchanok|Supaporn"),
        _t("Wongsakul|Srisuk|Chaiyaporn|Boonmee|Rattanakul|Suwannarat|Thongchai|Phromma|Kaewkla"),
    ),
    "filipino": _NamePool(
        _t("Jose|Ramon|Eduardo|Rogelio|Manuel|Antonio|Rafael|Enrique|Francisco"),
        _t("Maria|Rosario|Cristina|Teresita|Angelica|Marites|Lourdes"),
        _t("Santos|Reyes|Cruz|Bautista|Mendoza|Villanueva|Aquino|Dizon|Manalo|Tolentino|Soriano"),
    ),
    "southafrican": _NamePool(
        _t("Thabo|Sipho|Mandla|Pieter|Bongani|Themba|Johan|Lwazi|Kagiso"),
        _t("Lerato|Naledi|Nomvula|Thandiwe|Annelie|Zanele|Palesa"),
        _t("Mokoena|Dlamini|Nkosi|van der Merwe|Botha|Ndlovu|Khumalo|Mthembu|Pretorius|Molefe|Zulu"),
    ),
    "nigerian": _NamePool(
        _t("Chinedu|Oluwaseun|Adebayo|Emeka|Ibrahim|Tunde|Chukwudi|Babatunde|Musa|Segun"),
        _t("Ngozi|Amaka|Folake|Aisha|Chiamaka|Funmilayo|Hauwa|Yetunde"),
        _t("Okafor|Adeyemi|Balogun|Eze|Nwosu|Olatunji|Abubakar|Okonkwo|Bello|Adewale|Danjuma|Ogunleye"),
    ),
    "kenyan": _NamePool(
        _t("Kamau|Otieno|Mwangi|Kiprono|Wafula|Onyango|Kipchoge|Njoroge|Barasa"),
        _t("Wanjiru|Achieng|Njeri|Wambui|Akinyi|Chebet|Nyambura"),
        _t("Odhiambo|Mutua|Kariuki|Wekesa|Chege|Kiplagat|Omondi|Macharia|Ruto-Kemboi|Nyaga|Ochieng"),
    ),
    "ethiopian": _NamePool(
        _t("Abebe|Tesfaye|Dawit|Getachew|Yonas|Berhanu|Solomon|Mulugeta"),
        _t("Meskerem|Selamawit|Tigist|Hirut|Bethlehem|Almaz"),
        _t("Gebremedhin|Alemu|Tadesse|Bekele|Haile|Wolde|Kebede|Mengistu|Assefa"),
    ),
    "nordic": _NamePool(
        _t("Erik|Lars|Magnus|Anders|Henrik|Olav|Fredrik|Jonas|Nils|Sven"),
        _t("Ingrid|Astrid|Sigrid|Karin|Maja|Linnea|Solveig|Elin"),
        _t("Lindqvist|Johansson|Halvorsen|Nyberg|Bergström|Solberg|Dahl|Haugen|Eriksson|Lund|Strand|Holm"),
    ),
}

_NICKNAMES: dict[str, tuple[str, ...]] = {
    "Peter": ("Pete",),
    "Michael": ("Mike",),
    "Robert": ("Rob", "Bob"),
    "William": ("Bill", "Will"),
    "Daniel": ("Dan",),
    "Thomas": ("Tom",),
    "Jonathan": ("Jon",),
    "Nicholas": ("Nick",),
    "Christopher": ("Chris",),
    "Matthew": ("Matt",),
    "Andrew": ("Andy",),
    "James": ("Jim", "Jamie"),
    "Samuel": ("Sam",),
    "Benjamin": ("Ben",),
    "Joseph": ("Joe",),
    "Richard": ("Rick", "Rich"),
    "Steven": ("Steve",),
    "Timothy": ("Tim",),
    "Gregory": ("Greg",),
    "Douglas": ("Doug",),
    "Katherine": ("Kate", "Kathy"),
    "Elizabeth": ("Liz", "Beth"),
    "Jennifer": ("Jen",),
    "Deborah": ("Deb",),
    "Patricia": ("Pat", "Trish"),
    "Victoria": ("Vicky",),
    "Margaret": ("Maggie",),
    "Rebecca": ("Becky",),
    "Alexei": ("Alexey",),
    "Sergei": ("Sergey",),
    "Dmitry": ("Dmitri",),
    "Yevgeny": ("Evgeny",),
    "Mohammed": ("Mohammad", "Muhammad"),
    "Mohammad": ("Mohammed", "Muhammad"),
    "Yousef": ("Yusuf", "Youssef"),
    "Oleksandr": ("Olexander",),
    "Andrii": ("Andriy",),
    "Serhiy": ("Sergiy",),
    "Hossein": ("Hussein",),
    "Nataliya": ("Natalia",),
    "Tatiana": ("Tatyana",),
    "Yelena": ("Elena",),
    "Yulia": ("Julia",),
    "Giuseppe": ("Beppe",),
    "Amitabh": ("Amitab",),
}
_SURNAME_ALTS: dict[str, tuple[str, ...]] = {
    "Chaudhry": ("Chaudhary",),
    "Qureshi": ("Kureshi",),
    "Rahman": ("Rehman",),
    "Hossain": ("Hussain",),
    "Choudhury": ("Chowdhury",),
    "Chowdhury": ("Choudhury",),
    "Al Mansoori": ("Al-Mansouri",),
    "Al Falasi": ("Al-Falasi",),
    "El-Sayed": ("Elsayed", "El Sayed"),
    "Zaitsev": ("Zaytsev",),
    "Korolev": ("Korolyov",),
    "Srinivasan": ("Sreenivasan",),
    "Kulkarni": ("Kulkurni",),
}

# Title categories: how many people per country and which titles.
_CATEGORY_QUOTA: dict[str, int] = {
    "foreign": 4,
    "deputy_foreign": 3,
    "defence": 4,
    "trade": 5,
    "negotiator": 2,
    "finance": 4,
    "security": 3,
    "envoy": 5,
    "spokes": 3,
}
_DEFAULT_TITLES: dict[str, tuple[str, ...]] = {
    "foreign": ("Foreign Minister",),
    "deputy_foreign": ("Deputy Foreign Minister",),
    "defence": ("Defence Minister",),
    "trade": ("Minister of Trade",),
    "negotiator": ("chief trade negotiator",),
    "finance": ("Finance Minister",),
    "security": ("National Security Adviser",),
    "envoy": ("ambassador-designate",),
    "spokes": ("Foreign Ministry spokesperson",),
}
_TITLE_OVERRIDES: dict[str, dict[str, tuple[str, ...]]] = {
    "india": {
        "foreign": ("External Affairs Minister",),
        "deputy_foreign": ("Minister of State for External Affairs",),
        "trade": ("Commerce and Industry Minister",),
        "negotiator": ("Commerce Secretary",),
        "spokes": ("spokesperson of the Ministry of External Affairs",),
    },
    "united-states": {
        "foreign": ("Secretary of State",),
        "deputy_foreign": ("Deputy Secretary of State",),
        "defence": ("Secretary of Defense",),
        "trade": ("Trade Representative", "Commerce Secretary"),
        "negotiator": ("assistant trade representative",),
        "finance": ("Treasury Secretary",),
        "spokes": ("State Department spokesperson",),
    },
    "united-kingdom": {
        "foreign": ("Foreign Secretary",),
        "defence": ("Defence Secretary",),
        "trade": ("Business and Trade Secretary",),
        "finance": ("Chancellor of the Exchequer",),
        "spokes": ("Foreign Office spokesperson",),
    },
    "australia": {"trade": ("Minister for Trade and Tourism",)},
}
# Printed variants of titles (first entry repeated to weight the canonical form).
_TITLE_VARIANTS: dict[str, tuple[str, ...]] = {
    "Defence Minister": ("Defence Minister", "Defence Minister", "Defense Minister", "Minister of Defence"),
    "Foreign Minister": (
        "Foreign Minister",
        "Foreign Minister",
        "Minister of Foreign Affairs",
        "Foreign Affairs Minister",
    ),
    "External Affairs Minister": (
        "External Affairs Minister",
        "External Affairs Minister",
        "Union External Affairs Minister",
        "EAM",
    ),
    "Commerce and Industry Minister": (
        "Commerce and Industry Minister",
        "Union Commerce and Industry Minister",
        "Commerce Minister",
        "Union Minister of Commerce and Industry",
    ),
    "Finance Minister": ("Finance Minister", "Finance Minister", "Minister of Finance"),
    "Minister of Trade": ("Minister of Trade", "Trade Minister", "Minister of Trade"),
    "National Security Adviser": (
        "National Security Adviser",
        "National Security Adviser",
        "National Security Advisor",
        "NSA",
    ),
    "Secretary of Defense": ("Secretary of Defense", "Defense Secretary"),
    "Treasury Secretary": ("Treasury Secretary", "Treasury Secretary", "Secretary of the Treasury"),
    "Deputy Foreign Minister": (
        "Deputy Foreign Minister",
        "Deputy Foreign Minister",
        "Vice Foreign Minister",
    ),
    "Prime Minister": ("Prime Minister", "Prime Minister", "Prime Minister", "PM"),
}
_LOWERABLE = frozenset(
    _t(
        "Minister|Ministry|Defence|Defense|Foreign|Finance|Trade|Commerce|Industry|Affairs|External|Secretary|"
        "Deputy|National|Security|Adviser|Advisor|Prime|President|Chancellor|Premier|Representative|Vice|"
        "Business|Tourism|State|Treasury|Union"
    )
)

_THEMES: tuple[str, ...] = ("defence", "trade", "energy", "technology", "diplomacy")
_THEME_TOPICS: dict[str, tuple[str, ...]] = {
    "defence": (
        "maritime security",
        "defence manufacturing",
        "joint military exercises",
        "co-production of military hardware",
        "counter-terrorism",
        "defence technology transfer",
        "information sharing",
        "naval exercises",
    ),
    "trade": (
        "market access",
        "supply chains",
        "tariff reductions",
        "digital trade",
        "investment protection",
        "agricultural exports",
        "services trade",
        "standards and certification",
    ),
    "energy": (
        "green hydrogen",
        "critical minerals",
        "LNG supplies",
        "civil nuclear energy",
        "renewable energy",
        "battery storage",
        "energy security",
        "grid interconnection",
    ),
    "technology": (
        "semiconductors",
        "artificial intelligence",
        "space",
        "telecommunications",
        "quantum technologies",
        "cyber security",
        "digital public infrastructure",
        "biotechnology",
    ),
    "diplomacy": (
        "regional security",
        "people-to-people ties",
        "connectivity",
        "counter-terrorism",
        "climate finance",
        "education and skills",
        "maritime affairs",
        "global governance",
    ),
}
_AGREEMENT_TOPICS: dict[str, tuple[str, ...]] = {
    "defence": (
        "Reciprocal Logistics Support",
        "Defence Industrial Cooperation",
        "Mutual Protection of Classified Information",
        "Maritime Domain Awareness",
        "Security of Supply",
        "Joint Development of Unmanned Systems",
        "Military Medicine",
        "Hydrographic Cooperation",
    ),
    "trade": (
        "Mutual Recognition of Conformity Assessment",
        "Investment Facilitation",
        "Customs Cooperation and Mutual Assistance",
        "Digital Trade",
        "Supply Chain Resilience",
        "Trade in Services",
        "Small Business Cooperation",
    ),
    "energy": (
        "Critical Minerals",
        "Green Hydrogen",
        "Civil Nuclear Cooperation",
        "Renewable Energy",
        "Energy Security",
        "Battery Supply Chains",
        "Liquefied Natural Gas Supply",
    ),
    "technology": (
        "Semiconductor Supply Chains",
        "Critical and Emerging Technologies",
        "Cooperation in Outer Space",
        "Artificial Intelligence",
        "Quantum Technologies",
        "Telecommunications and 6G",
        "Cyber Security Cooperation",
    ),
    "diplomacy": (
        "Migration and Mobility",
        "Cultural Exchange",
        "Visa Exemption for Diplomatic Passport Holders",
        "Cooperation in Counter-Terrorism",
        "Youth Exchange",
        "Disaster Management",
        "Consular Cooperation",
    ),
}
_PARTNERSHIP_NAMES: dict[str, tuple[str, ...]] = {
    "defence": ("Major Defence Partnership", "Defence Cooperation Roadmap", "Maritime Security Partnership"),
    "trade": (
        "Strategic Trade Partnership",
        "Economic Security Partnership",
        "Trade and Investment Partnership",
    ),
    "energy": ("Clean Energy Partnership", "Critical Minerals Partnership", "Energy Transition Partnership"),
    "technology": ("Technology and Innovation Partnership", "Digital Partnership", "Space Partnership"),
    "diplomacy": (
        "Comprehensive Strategic Partnership",
        "Enhanced Strategic Partnership",
        "Partnership for the Future",
    ),
}
_SUMMITS: tuple[tuple[str, bool], ...] = (
    ("East Asia Summit", True),
    ("G20 Leaders' Summit", False),
    ("ASEAN Regional Forum", False),
    ("Shangri-La Dialogue", False),
    ("Munich Security Conference", False),
    ("BRICS Summit", True),
    ("Indian Ocean Conference", True),
    ("UN General Assembly", False),
    ("Bay of Bengal Connectivity Forum", True),
    ("Global Supply Chain Resilience Dialogue", True),
    ("Trans-Pacific Defence Roundtable", True),
    ("Southern Ocean Ministerial", True),
    ("Commonwealth Heads of Government Meeting", False),
    ("G7 Summit", False),
    ("SCO Council of Foreign Ministers meeting", False),
    ("APEC Leaders' Meeting", False),
    ("WTO Ministerial Conference", True),
    ("Blue Economy Ministerial", True),
    ("Critical Minerals Forum", True),
    ("Indo-Pacific Business Summit", True),
    ("Gulf Investment Forum", True),
)
_VENUES: tuple[tuple[str, str], ...] = (
    ("the Foreign Ministry", "the Ministry of Foreign Affairs"),
    ("the Presidential Palace", "the President's Palace"),
    ("the {city} International Convention Centre", "the {city} Convention Center"),
    ("Government House", "the Government House"),
    ("the State Guest House", "the Government Guest House"),
    ("the Grand Orchid Hotel", "the Orchid Grand Hotel"),
    ("the Ministry of Defence", "the Defence Ministry"),
    ("the Harbourfront Conference Hall", "the Harbourside Conference Hall"),
    ("the {city} Expo Centre", "the {city} Exhibition Centre"),
    ("the Lotus Pavilion", "the Lotus Hall"),
    ("the Prime Minister's Office", "the PM's Office"),
    ("the Sapphire Hall", "the Grand Sapphire Hall"),
    ("the Riverside Palace Hotel", "the Riverside Palace"),
    ("the National Assembly building", "the Parliament House"),
)
_PRODUCTS: tuple[str, ...] = (
    "steel and aluminium",
    "auto parts",
    "textiles",
    "frozen shrimp",
    "pharmaceuticals",
    "solar panels",
    "consumer electronics",
    "wine and spirits",
    "leather goods",
    "seafood",
    "industrial machinery",
    "rice",
    "garments",
    "gems and jewellery",
    "chemicals",
    "furniture",
)
_COMMODITIES: tuple[str, ...] = ("oil", "crude oil", "natural gas", "coal", "weapons", "fertiliser")
_ISSUES: tuple[str, ...] = (
    "agricultural market access",
    "dairy products",
    "data localisation rules",
    "rules of origin",
    "automobile tariffs",
    "pharmaceutical pricing",
    "steel safeguards",
    "genetically modified crops",
    "government procurement",
    "intellectual property protections",
    "labour standards",
    "digital services taxes",
)
_OUTLETS_REAL: tuple[str, ...] = ("Reuters", "The Hindu", "Hindustan Times", "NDTV", "The Straits Times")
_OUTLETS_FAKE: tuple[str, ...] = (
    "The Meridian Post",
    "Northbridge Times",
    "The Evening Compass",
    "Asia Wire Daily",
    "The Continental",
    "Harbour Gazette",
    "The Frontier Chronicle",
    "Global Desk 24",
    "The Capital Ledger",
    "Monsoon Herald",
    "The Pacific Ledger",
    "Daily Lantern",
    "The Wirebrief",
    "Eastern Courier",
)
_AGENCIES: tuple[tuple[str, str], ...] = (
    ("NewsWire Asia", "NewsWireAsia"),
    ("Capital Feed", "capitalfeed"),
    ("World Desk Live", "WorldDeskLive"),
    ("Subcontinent Agency", "SubconAgency"),
    ("The Meridian Post", "meridianpost"),
)
_REPORTER_FIRST: tuple[str, ...] = _t(
    "Priya|Rahul|Sneha|Aditya|Kavya|Manish|Ritika|Farah|Jonah|Celia|Marcus|Ines|Tomoko|Wei Ling|Kofi|Anaya|"
    "Gabriel|Leah|Omar|Saira|Devika|Nikhil|Hana|Bruno|Tessa|Ishaan|Maya|Joel|Zara|Pranav"
)
_REPORTER_LAST: tuple[str, ...] = _t(
    "Menon|Kashyap|Dutta|Varghese|Lobo|Ferris|Okoro|Halvard|Tanabe|Quek|Mensah|Sethi|Raman|Albers|Castell|"
    "Brunner|Haddad|Iqbal|Ghosal|Thampi|Arora|Koenig|Silveira|Matsuda|Achebe|Fonseca|Rao-Lind|Pascoe"
)
_WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS: tuple[str, ...] = tuple(calendar.month_name[1:])
_MON_AP: tuple[str, ...] = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
_MON3: tuple[str, ...] = tuple(calendar.month_abbr[1:])
_NUM_WORDS: tuple[str, ...] = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_ORDINALS: tuple[str, ...] = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "10th",
    "11th",
    "12th",
)

_EPOCH = dt.date(2019, 1, 1)
_END = dt.date(2026, 12, 24)


# ---------------------------------------------------------------------------
# World model
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class GeneratedArticle:
    """One synthetic article: ``text`` as scraped, ``truth`` as JSON-ready dict."""

    doc_id: str
    text: str
    truth: dict[str, Any]


@dataclass(frozen=True)
class Country:
    slug: str
    name: str
    dem: str
    capital: str
    cities: tuple[str, ...]
    pool: str
    leaders: tuple[str, ...]

    @property
    def name_forms(self) -> tuple[str, ...]:
        return _NAME_FORMS.get(self.slug, (self.name, self.name, self.name, self.capital))

    @property
    def dem_forms(self) -> tuple[str, ...]:
        return _DEM_FORMS.get(self.slug, (self.dem,))

    @property
    def poss_forms(self) -> tuple[str, ...]:
        return _POSS_FORMS.get(self.slug, (self.name + "'s",))

    @property
    def short(self) -> str:
        return _SHORT.get(self.slug, self.name)

    @property
    def all_cities(self) -> tuple[str, ...]:
        return (self.capital, *tuple(c for c in self.cities if c != self.capital))


@dataclass(frozen=True)
class Person:
    pid: int
    given: str
    family: str
    family_first: bool
    female: bool
    country: str
    category: str
    title: str
    doctor: bool
    handle: str

    @property
    def name(self) -> str:
        return f"{self.family} {self.given}" if self.family_first else f"{self.given} {self.family}"


@dataclass(frozen=True)
class Agreement:
    name: str
    acronym: str | None
    generic: str  # "a pact on reciprocal logistics support"
    short: str  # "the pact"


@dataclass(eq=False, repr=False)
class Story:
    sid: str
    a: Country
    b: Country
    theme: str
    cast: dict[str, dict[str, Person]]
    cursor: dt.date
    history: list[Dev] = field(default_factory=list)
    neg_status: str | None = None
    deal: Agreement | None = None


@dataclass(eq=False, repr=False)
class Dev:
    story: Story
    kind: str
    date: dt.date
    a: Country
    b: Country
    pa: Person | None = None
    pb: Person | None = None
    agreement: Agreement | None = None
    city: str | None = None
    venue: str | None = None
    alt_venue: str | None = None
    occasion: str | None = None
    with_meeting: bool = False
    witnesses: tuple[Person, Person] | None = None
    days: int = 0
    tariff: dict[str, Any] | None = None
    status: str | None = None
    issue: str | None = None
    round_no: int = 0
    topics: tuple[str, ...] = ()
    quotes: list[tuple[Person, str, str | None]] = field(default_factory=list)
    paraphrases: list[tuple[Person, str]] = field(default_factory=list)


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def _female_surname(family: str, pool: str) -> str:
    if pool == "russian" and family.endswith(("ov", "ev", "in")):
        return family + "a"
    if pool == "polish":
        if family.endswith("ski"):
            return family[:-1] + "a"
        if family.endswith("cki"):
            return family[:-1] + "a"
    return family


def _make_handle(rng: random.Random, given: str, family: str, doctor: bool) -> str:
    g = "".join(ch for ch in _ascii(given) if ch.isalnum())
    f = "".join(ch for ch in _ascii(family) if ch.isalnum())
    forms = [f"{g}{f}", f"{g[0]}{f}".lower(), f"{f}_{g}".lower(), f"{g}_{f}", f"{g}{f}Official"]
    if doctor:
        forms.append(f"Dr{g}{f}")
    return "@" + rng.choice(forms)[:15]


class World:
    """Countries, people and stories derived from one seed."""

    def __init__(self, rng: random.Random, n_stories: int = 300) -> None:
        self.rng = rng
        self.countries = [Country(*row) for row in _COUNTRY_ROWS]
        self.by_slug = {c.slug: c for c in self.countries}
        self.people: list[Person] = []
        self.by_cat: dict[str, dict[str, list[Person]]] = {}
        self._names: set[str] = set()
        for c in self.countries:
            self._populate(c)
        self.reporters = [f"{rng.choice(_REPORTER_FIRST)} {rng.choice(_REPORTER_LAST)}" for _ in range(60)]
        self.stories: list[Story] = []
        self._pairs: set[tuple[str, str]] = set()
        for _ in range(n_stories):
            self.new_story()

    def _new_person(self, c: Country, category: str, title: str) -> Person:
        rng = self.rng
        pool = _POOLS[c.pool]
        for _ in range(200):
            female = rng.random() < 0.38
            given = rng.choice(pool.female if female else pool.male)
            family = rng.choice(pool.surnames)
            if female:
                family = _female_surname(family, c.pool)
            name = f"{family} {given}" if pool.family_first else f"{given} {family}"
            if name not in self._names:
                break
        self._names.add(name)
        doctor = rng.random() < 0.08
        p = Person(
            len(self.people),
            given,
            family,
            pool.family_first,
            female,
            c.slug,
            category,
            title,
            doctor,
            _make_handle(rng, given, family, doctor),
        )
        self.people.append(p)
        self.by_cat.setdefault(c.slug, {}).setdefault(category, []).append(p)
        return p

    def _populate(self, c: Country) -> None:
        for i, title in enumerate(c.leaders):
            for _ in range(2 if i == 0 else 1):
                self._new_person(c, "leader", title)
        overrides = _TITLE_OVERRIDES.get(c.slug, {})
        for cat, quota in _CATEGORY_QUOTA.items():
            titles = overrides.get(cat, _DEFAULT_TITLES[cat])
            for i in range(quota):
                self._new_person(c, cat, titles[i % len(titles)])

    def new_story(self) -> Story:
        rng = self.rng
        weights = [_COUNTRY_WEIGHT.get(c.slug, 0.7) for c in self.countries]
        for _ in range(100):
            a, b = rng.choices(self.countries, weights, k=2)
            key = (min(a.slug, b.slug), max(a.slug, b.slug))
            if a.slug != b.slug and key not in self._pairs:
                break
        self._pairs.add(key)
        theme = rng.choice(_THEMES)
        cast: dict[str, dict[str, Person]] = {}
        for c in (a, b):
            side: dict[str, Person] = {}
            for cat, people in self.by_cat[c.slug].items():
                taken = {p.family for p in side.values()}
                fresh = [p for p in people if p.family not in taken]
                side[cat] = rng.choice(fresh or people)
            cast[c.slug] = side
        start = _EPOCH + dt.timedelta(days=rng.randint(0, (dt.date(2025, 6, 1) - _EPOCH).days))
        story = Story(f"story-{len(self.stories) + 1:04d}", a, b, theme, cast, start)
        # unreported back-story, so that articles can refer to earlier developments
        for _ in range(rng.randint(2, 5)):
            _next_dev(rng, self, story, gap=rng.randint(25, 220))
        self.stories.append(story)
        return story

    def others(self, exclude: set[int], n: int) -> list[Person]:
        out: list[Person] = []
        while len(out) < n:
            p = self.rng.choice(self.people)
            if p.pid not in exclude and p.category in ("leader", "foreign", "defence", "trade", "finance"):
                exclude.add(p.pid)
                out.append(p)
        return out


# ---------------------------------------------------------------------------
# Developments
# ---------------------------------------------------------------------------

_KIND_WEIGHTS: dict[str, dict[str, float]] = {
    "defence": {
        "signing": 3,
        "meeting": 3,
        "talks": 2,
        "visit": 2,
        "statement": 1.5,
        "tariff": 0.1,
        "negotiation": 0.2,
    },
    "trade": {
        "signing": 2,
        "meeting": 2,
        "talks": 1.5,
        "visit": 1,
        "statement": 1.5,
        "tariff": 2.5,
        "negotiation": 2.5,
    },
    "energy": {
        "signing": 3,
        "meeting": 2.5,
        "talks": 1.5,
        "visit": 1.5,
        "statement": 1.5,
        "tariff": 0.5,
        "negotiation": 0.8,
    },
    "technology": {
        "signing": 3,
        "meeting": 2.5,
        "talks": 2,
        "visit": 1.5,
        "statement": 1.5,
        "tariff": 0.6,
        "negotiation": 0.6,
    },
    "diplomacy": {
        "signing": 2,
        "meeting": 3.5,
        "talks": 2.5,
        "visit": 2.5,
        "statement": 2,
        "tariff": 0.2,
        "negotiation": 0.3,
    },
}
_THEME_CATS: dict[str, tuple[str, ...]] = {
    "defence": ("defence", "defence", "defence", "security", "leader", "foreign"),
    "trade": ("trade", "trade", "trade", "finance", "leader", "foreign"),
    "energy": ("trade", "foreign", "leader", "finance", "foreign"),
    "technology": ("foreign", "trade", "security", "leader", "foreign"),
    "diplomacy": ("foreign", "foreign", "leader", "deputy_foreign", "security"),
}


def _initials(words: str) -> str:
    skip = {"on", "of", "the", "for", "and", "in", "to"}
    return "".join(w[0] for w in words.replace("-", " ").split() if w.lower() not in skip and w[0].isupper())


def _make_agreement(rng: random.Random, theme: str, a: Country, b: Country) -> Agreement:
    topic = rng.choice(_AGREEMENT_TOPICS[theme])
    low = topic[0].lower() + topic[1:] if not topic[:2].isupper() else topic
    kind = rng.randrange(8)
    if kind == 0:
        pair = f"{a.short}-{b.short}" if rng.random() < 0.7 else f"{b.short}-{a.short}"
        partner = rng.choice(_PARTNERSHIP_NAMES[theme])
        return Agreement(
            f"Framework for the {pair} {partner}",
            None,
            f"a framework for a {partner.lower()}",
            "the framework",
        )
    if kind in (1, 2):
        return Agreement(
            f"Agreement on {topic}", _initials(topic) + "A", f"an agreement on {low}", "the agreement"
        )
    if kind == 3:
        return Agreement(f"Memorandum of Understanding on {topic}", None, f"an MoU on {low}", "the MoU")
    if kind == 4:
        name = f"{topic} Cooperation Agreement" if "Cooperation" not in topic else f"{topic} Agreement"
        return Agreement(name, _initials(name), f"a pact on {low}", "the pact")
    if kind == 5:
        return Agreement(
            f"Joint Declaration of Intent on {topic}",
            "JDI",
            f"a declaration of intent on {low}",
            "the declaration",
        )
    if kind == 6:
        return Agreement(
            f"Implementing Arrangement on {topic}",
            None,
            f"an implementing arrangement on {low}",
            "the arrangement",
        )
    return Agreement(f"Roadmap for {topic}", None, f"a roadmap on {low}", "the roadmap")


def _make_deal(rng: random.Random, a: Country, b: Country) -> Agreement:
    k = rng.randrange(4)
    if k == 0:
        return Agreement(
            "Comprehensive Economic Partnership Agreement",
            "CEPA",
            "a comprehensive economic partnership agreement",
            "the CEPA",
        )
    if k == 1:
        return Agreement(
            f"{a.short}-{b.short} Bilateral Trade Agreement",
            "BTA",
            "a bilateral trade agreement",
            "the trade deal",
        )
    if k == 2:
        return Agreement("Free Trade Agreement", "FTA", "a free trade agreement", "the FTA")
    return Agreement(
        f"{a.short}-{b.short} Economic Framework", None, "an economic framework deal", "the deal"
    )


_QUOTE_GENERAL: tuple[str, ...] = (
    "We are committed to working closely with {cb} on {topic}",
    "There is enormous potential in {topic} that we have only begun to tap",
    "Our two countries share a common vision for a free and open region",
    "We had a very good conversation on {topic}",
    "Our relationship with {cb} rests on strong foundations",
)
_QUOTE_OPEN: dict[str, tuple[str, ...]] = {
    "signing": (
        "This is an important milestone in our partnership with {cb}",
        "Today we have taken our relationship with {cb} to a new level",
        "The agreement reflects the strong trust between our two countries",
        "This pact will make a real difference in {topic}",
    ),
    "meeting": (
        "Our discussions were candid and productive",
        "We have agreed to deepen cooperation in {topic}",
        "It was a good opportunity to take stock of our ties with {cb}",
    ),
    "talks": (
        "Our discussions were candid and productive",
        "We have agreed to deepen cooperation in {topic}",
        "We covered a lot of ground today",
    ),
    "visit": (
        "This visit comes at an important moment for the region",
        "I am delighted to be in {cb} at such an important time",
        "This visit reflects the importance we attach to our ties with {cb}",
    ),
    "tariff": (
        "The measures announced today are unjustified and we will respond",
        "These tariffs will hurt consumers in both countries",
        "We will take all necessary steps to protect our exporters",
        "This is about fairness for our workers and our farmers",
    ),
    "negotiation": (
        "We want a fair deal, not a fast deal",
        "Talks are moving in the right direction",
        "Nothing has been agreed until everything is agreed",
        "Our negotiators are working hard to close the remaining gaps",
    ),
    "statement": (
        "Our position on this has been clear and consistent",
        "We remain open to dialogue with {cb}",
        "Our relationship with {cb} is important to us",
    ),
}
_QUOTE_CLOSE: tuple[str, ...] = (
    "",
    "",
    " We look forward to building on this momentum.",
    " There is much more we can do together.",
    " I thank my friend for the warm hospitality.",
    " The people of both countries will benefit.",
    " We will continue to engage constructively.",
    " Our teams will now work out the details.",
)
_X_POSTS: tuple[str, ...] = (
    "Held productive talks with {h} in {city}. Discussed {topic} and the way forward",
    "Delighted to meet my friend {h} today. Reviewed progress in {topic}",
    "Good meeting with {h} on the sidelines. Our partnership in {topic} continues to grow",
    "Warm conversation with {h}. Agreed to step up cooperation on {topic}",
)
_X_POSTS_BY_KIND: dict[str, tuple[str, ...]] = {
    "signing": (
        "Signed an important agreement with {h} today. A new chapter in ties with {cb}",
        "Pleased to sign the agreement with {h}. Our cooperation in {topic} moves forward",
    ),
    "tariff": (
        "Our exporters deserve a level playing field. We are in touch with {h} on the way forward",
        "Spoke to {h} about the new duties. We will protect our interests",
    ),
    "negotiation": (
        "Constructive session with {h} and our negotiating teams. Work continues",
        "Another round of talks with {h} today. We want a deal that works for our people",
    ),
    "statement": (
        "Our ties with {cb} remain strong. Spoke to {h} earlier today",
        "We remain committed to our partnership with {cb}",
    ),
}


def _x_post(rng: random.Random, kind: str) -> str:
    own = _X_POSTS_BY_KIND.get(kind, ())
    if kind in ("tariff", "negotiation", "statement"):
        return rng.choice(own)
    return rng.choice(own + _X_POSTS)


_SYNONYMS: dict[str, str] = {
    "important": "significant",
    "significant": "important",
    "productive": "fruitful",
    "candid": "frank",
    "closely": "together",
    "strong": "deep",
    "deepen": "expand",
    "enormous": "huge",
    "common": "joint",
    "good": "great",
    "new": "higher",
    "warm": "cordial",
    "fair": "good",
    "right": "correct",
    "continue": "keep",
    "details": "specifics",
    "benefit": "gain",
    "moment": "time",
    "grow": "strengthen",
}
_PARAPHRASES: tuple[str, ...] = (
    "{ca} remained committed to deepening ties with {cb}",
    "the two countries would soon finalise a roadmap on {topic}",
    "{possa} position on {issue} had not changed",
    "both sides had agreed to set up a joint working group on {topic}",
    "the relationship with {cb} was one of {possa} most important partnerships",
    "there had been substantial progress on {topic}",
    "{ca} would not accept any deal that hurt its farmers",
    "officials from both sides would meet again before the end of the year",
    "cooperation on {topic} would be a priority in the coming months",
    "the two sides had exchanged views on regional and global developments",
)


def _next_dev(rng: random.Random, world: World, story: Story, gap: int | None = None) -> Dev:
    if gap is None:
        gap = rng.randint(6, 110)
    story.cursor = story.cursor + dt.timedelta(days=gap)
    d = story.cursor
    if rng.random() < 0.35:  # a reshuffle: someone new holds a post
        side = story.cast[rng.choice((story.a.slug, story.b.slug))]
        cat = rng.choice(list(side))
        taken = {p.family for p in side.values()}
        fresh = [p for p in world.by_cat[side[cat].country][cat] if p.family not in taken]
        if fresh:
            side[cat] = rng.choice(fresh)
    weights = _KIND_WEIGHTS[story.theme]
    kinds = list(weights)
    kind = rng.choices(kinds, [weights[k] for k in kinds])[0]
    a, b = (story.a, story.b) if rng.random() < 0.6 else (story.b, story.a)
    if kind == "tariff" and (b.slug == "united-states" or (a.slug != "united-states" and rng.random() < 0.3)):
        a, b = b, a
    ca, cb = story.cast[a.slug], story.cast[b.slug]
    cat = rng.choice(_THEME_CATS[story.theme])
    if kind == "visit":
        cat = rng.choice(("leader", "foreign", "defence", "foreign", "envoy", "trade"))
    elif kind in ("negotiation",):
        cat = rng.choice(("trade", "negotiator", "trade"))
    elif kind == "tariff":
        cat = rng.choice(("leader", "trade", "trade", "finance"))
    elif kind == "statement":
        cat = rng.choice(("foreign", "spokes", "leader", "trade", "spokes"))
    dev = Dev(story, kind, d, a, b, pa=ca[cat], pb=cb[cat])
    dev.topics = tuple(rng.sample(_THEME_TOPICS[story.theme], 3))
    summit = rng.random() < 0.35
    if summit and kind in ("meeting", "talks", "signing"):
        name, ordinal = rng.choice(_SUMMITS)
        if ordinal:
            n = rng.randint(2, 19)
            suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            name = f"{n}{suffix} {name}"
        dev.occasion = name
        host = rng.choice(world.countries)
        dev.city = rng.choice(host.all_cities)
    else:
        host = a if rng.random() < 0.5 else b
        dev.city = host.capital if rng.random() < 0.7 else rng.choice(host.all_cities)
    v, alt = rng.choice(_VENUES)
    dev.venue = v.format(city=dev.city)
    dev.alt_venue = (
        alt.format(city=dev.city) if rng.random() < 0.7 else rng.choice(_VENUES)[0].format(city=dev.city)
    )
    if kind == "signing":
        dev.agreement = _make_agreement(rng, story.theme, a, b)
        dev.with_meeting = rng.random() < 0.4
        if rng.random() < 0.3:
            dev.witnesses = (ca["leader"], cb["leader"])
    elif kind in ("meeting", "talks") and rng.random() < 0.2:
        dev.agreement = _make_agreement(rng, story.theme, a, b)
    elif kind == "visit":
        dev.days = rng.choice((2, 3, 3, 4, 5))
        dev.city = rng.choice(b.all_cities) if rng.random() < 0.4 else b.capital
        dev.venue = None
    elif kind == "tariff":
        rate = rng.choice((10, 15, 20, 25, 26, 30, 34, 40, 50))
        extra = rng.choice((5, 10, 15, 25))
        third = rng.choice([c for c in world.countries if c.slug not in (a.slug, b.slug)])
        dev.tariff = {
            "rate": rate,
            "extra": extra,
            "total": rate + extra,
            "value": rng.choice((1.2, 2, 3.5, 5, 7.8, 12, 18, 25, 40)),
            "products": rng.choice(_PRODUCTS),
            "third": third,
            "commodity": rng.choice(_COMMODITIES),
            "effective": d + dt.timedelta(days=rng.choice((7, 14, 21, 30))),
        }
        dev.occasion = None
    elif kind == "negotiation":
        if story.deal is None:
            story.deal = _make_deal(rng, a, b)
        order = ("underway", "stalled", "resumed", "underway", "stalled", "resumed", "concluded")
        cur = story.neg_status
        if cur is None:
            status = "underway"
        elif cur == "concluded":
            story.deal = _make_deal(rng, a, b)
            status = "underway"
        else:
            idx = order.index(cur)
            status = order[min(idx + rng.choice((1, 1, 2)), len(order) - 1)]
        story.neg_status = status
        dev.status = status
        dev.issue = rng.choice(_ISSUES)
        dev.round_no = rng.randint(2, 11)
        dev.agreement = story.deal
        dev.occasion = None
    # quotes and paraphrases
    speakers = [p for p in (dev.pa, dev.pb) if p is not None]
    if kind == "statement":
        speakers = [dev.pa] if dev.pa else speakers
    fill = {"cb": "", "topic": dev.topics[0], "h": "", "city": dev.city or a.capital}
    used: set[str] = set()
    for _ in range(rng.randint(1, 3)):
        sp = rng.choice(speakers)
        other = b if sp.country == a.slug else a
        partner = dev.pb if sp is dev.pa else dev.pa
        channel = rng.choice(("post on X", "statement", "remarks to the media", None))
        fill.update(
            cb=other.name_forms[0],
            topic=rng.choice(dev.topics),
            h=partner.handle if partner else "@" + other.short,
        )
        if channel == "post on X" and rng.random() < 0.7:
            opener = _x_post(rng, kind)
            text = opener.format(**fill)
        else:
            pool = _QUOTE_OPEN[kind] + _QUOTE_GENERAL[: 2 if kind in ("tariff", "negotiation") else 5]
            if kind == "visit" and sp is not dev.pa:  # the host speaks
                pool = ("We were pleased to welcome our friends from {cb}", *_QUOTE_GENERAL)
            opener = rng.choice(pool)
            text = (opener.format(**fill) + "." + rng.choice(_QUOTE_CLOSE)).rstrip(".")
        if opener in used:
            continue
        used.add(opener)
        dev.quotes.append((sp, text, channel))
    for _ in range(rng.randint(1, 2)):
        sp = rng.choice(speakers)
        dev.paraphrases.append((sp, rng.choice(_PARAPHRASES)))
    story.history.append(dev)
    return dev


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DatePh:
    phrase: str | None
    truth: Any
    form: str


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _prev_month(d: dt.date) -> tuple[int, int]:
    return (d.year, d.month - 1) if d.month > 1 else (d.year - 1, 12)


def _date_options(d: dt.date, p: dt.date, background: bool) -> dict[str, float]:
    lag = (p - d).days
    o: dict[str, float] = {}
    if not background:
        if lag == 0:
            o["today"] = 3.0
        if lag == 1:
            o["yesterday"] = 2.5
    if 0 <= lag <= 6:
        o["weekday"] = 1.0 if background else 6.0
    if lag >= 1 and _monday(d) == _monday(p):
        o["this_week"] = 1.2
    if _monday(d) == _monday(p) - dt.timedelta(days=7):
        o["last_week"] = 1.5
    if d.year == p.year and d.month == p.month and lag >= 2:
        o["earlier_this_month"] = 1.2
    if lag < 300:
        o["explicit_md"] = 1.0 if background else 2.0
    o["explicit_dmy"] = 1.5
    if lag > 20:
        o["month"] = 3.0 if background else 1.0
    if background:
        o["year"] = 0.6
        if d.year == p.year - 1:
            o["last_year"] = 2.0
        if (d.year, d.month) == _prev_month(p):
            o["last_month"] = 2.0
        if d.year == p.year and d.month < p.month and lag > 30:
            o["earlier_this_year"] = 1.0
    else:
        o["none"] = 0.35
    return o


def _pick_date(rng: random.Random, d: dt.date, p: dt.date, undated: bool, background: bool = False) -> DatePh:
    opts = _date_options(d, p, background)
    if undated:  # absolute forms dominate; relative ones stay unresolvable (truth None)
        for k in list(opts):
            if k not in ("explicit_dmy", "month", "year", "none"):
                opts[k] *= 0.15
        opts.setdefault("month", 1.0)
    forms = list(opts)
    form = rng.choices(forms, [opts[f] for f in forms])[0]
    wd = _WEEKDAYS[d.weekday()]
    mon = _MONTHS[d.month - 1]
    ym = f"{d.year:04d}-{d.month:02d}"
    truth: Any
    if form == "today":
        phrase, truth = rng.choice(("today", "today", "earlier today")), _iso(p)
    elif form == "yesterday":
        phrase, truth = "yesterday", _iso(p - dt.timedelta(days=1))
    elif form == "weekday":
        phrase = rng.choice(
            (f"on {wd}", f"on {wd}", f"on {wd}", wd, f"on {wd} evening", f"late on {wd}", f"on {wd} morning")
        )
        truth = _iso(d)
    elif form == "this_week":
        # "earlier this week" is before the day of publication; "this week" may include it.
        phrase = rng.choice(("this week", "earlier this week")) if p.weekday() > 0 else "this week"
        end = p - dt.timedelta(days=1) if phrase.startswith("earlier") else p
        truth = {"start": _iso(_monday(p)), "end": _iso(end)}
    elif form == "last_week":
        m = _monday(p)
        phrase = "last week"
        truth = {"start": _iso(m - dt.timedelta(days=7)), "end": _iso(m - dt.timedelta(days=1))}
    elif form == "earlier_this_month":
        phrase = "earlier this month"
        truth = {"start": _iso(p.replace(day=1)), "end": _iso(p - dt.timedelta(days=1))}
    elif form == "explicit_md":
        phrase = rng.choice((f"on {mon} {d.day}", f"on {d.day} {mon}", f"on {_MON_AP[d.month - 1]} {d.day}"))
        truth = _iso(d)
    elif form == "explicit_dmy":
        phrase = rng.choice((f"on {d.day} {mon} {d.year}", f"on {mon} {d.day}, {d.year}"))
        truth = _iso(d)
    elif form == "month":
        opts_m = [f"in {mon} {d.year}", f"in {mon} {d.year}"]
        if d.day <= 10:
            opts_m.append(f"in early {mon} {d.year}")
        if d.day >= 20:
            opts_m.append(f"in late {mon} {d.year}")
        if not undated and d.year == p.year and d.month < p.month:
            opts_m.append(f"in {mon}")
        if not undated and d.year == p.year - 1:
            opts_m.append(f"in {mon} last year")
        phrase, truth = rng.choice(opts_m), ym
    elif form == "year":
        phrase, truth = f"in {d.year}", str(d.year)
    elif form == "last_year":
        phrase, truth = rng.choice(("last year", "last year", "late last year")), str(p.year - 1)
    elif form == "last_month":
        py, pm = _prev_month(p)
        phrase, truth = "last month", f"{py:04d}-{pm:02d}"
    elif form == "earlier_this_year":
        end = max(p - dt.timedelta(days=1), p.replace(month=1, day=1))
        phrase, truth = "earlier this year", {"start": f"{p.year:04d}-01-01", "end": _iso(end)}
    else:
        return DatePh(None, None, "none")
    if undated and form not in ("explicit_dmy", "month", "year"):
        truth = None
    return DatePh(phrase, truth, form)


def _pub_lag(rng: random.Random) -> int:
    r = rng.random()
    if r < 0.25:
        return 0
    if r < 0.6:
        return 1
    if r < 0.72:
        return 2
    if r < 0.87:
        return rng.randint(3, 6)
    if r < 0.95:
        return rng.randint(7, 13)
    return rng.randint(14, 40)


# ---------------------------------------------------------------------------
# Templates.  Flags: N both people named, C same-category counterparts,
# D needs a date phrase, O needs an occasion, P leaders present, W leaders
# witness, M/T also a meeting/talks event, S no people named.
# ---------------------------------------------------------------------------

_SIGNING: tuple[tuple[str, str, str], ...] = (
    ("sign.active", "{A} and {B} signed {agr}{date}{place}.", "N"),
    ("sign.active_datelead", "{Date}{A} and {B} signed {agr}{place}.", "ND"),
    ("sign.active_datemid", "{A} and {B}{date} signed {agr}{place}.", "N"),
    ("sign.counterpart", "{A} and {Bcp} signed {agr}{date}{place}.", "NC"),
    ("sign.inked_counterpart", "{A} and {Bcp0} inked {agr}{date}{place}.", "NC"),
    ("sign.inked", "{A} and {B} inked {agr}{date}.", "N"),
    ("sign.passive", "{Agr} was signed by {A} and {B}{date}{place}.", "N"),
    ("sign.passive_counterpart", "{Agr} was signed by {A} and {Bcp}{date}.", "NC"),
    ("sign.with", "{A} signed {agr} with {B}{date}{place}.", "N"),
    (
        "sign.countries_pen",
        "{Ca} and {cb}{date} signed {agr}, with {A} and {B} putting pen to paper{place}.",
        "N",
    ),
    ("sign.two_sides", "The two sides signed {agr}{date}{place}.", "S"),
    ("sign.countries", "{Ca} and {cb} signed {agr}{date}{place}.", "S"),
    ("sign.officials", "{Dema} and {demb} officials signed {agr}{date}{place}.", "S"),
    ("sign.during_meeting", "{Agr} was signed{date} during a meeting between {A} and {B}{place}.", "NM"),
    ("sign.after_talks", "{A} and {B} signed {agr} after holding talks{place}{date}.", "NT"),
    ("sign.exchanged", "{A} and {B} exchanged signed copies of {agr}{date}{place}.", "N"),
    ("sign.along_with", "{A}, along with {B}, signed {agr}{date}.", "N"),
    ("sign.presence", "{Ca} and {cb} signed {agr}{date} in the presence of {leaders}{place}.", "SP"),
    ("sign.presence_names", "{A} and {B} signed {agr}{date}, in the presence of {leaders}.", "NP"),
    ("sign.signatures", "{A} and {B} put their signatures to {agr}{date}{place}.", "N"),
    ("sign.sealed", "{Ca} and {cb} sealed {agr}{date}, which was signed by {A} and {B}{place}.", "N"),
    ("sign.witnessed", "{A} and {B} witnessed the signing of {agr}{date}{place}.", "W"),
    (
        "sign.during_talks_countries",
        "The two countries{date} signed {agr} during talks between {A} and {B}{place}.",
        "NT",
    ),
    ("sign.inked_lead", "{Date}{Ca} and {cb} inked {agr}, which officials said would {benefit}.", "SD"),
    ("sign.formalised", "{A} and {B} formalised {agr}{date}{place}.", "N"),
    ("sign.participle", "Signing {agr}{date}{place}, {A} and {B} said it would {benefit}.", "N"),
    ("sign.inked_by_passive", "{Agr} was inked{date} by {A} and {Bcp}{place}.", "NC"),
    ("sign.two_sides_lead", "{Date}the two sides signed {agr}{place}, capping months of negotiations.", "SD"),
)
_MEETING: tuple[tuple[str, str, str], ...] = (
    ("meet.met", "{A} met {B}{date}{place}{occ}.", "N"),
    ("meet.met_counterpart", "{A} met {Bcp}{occ}{date}.", "NC"),
    (
        "meet.bilateral_sidelines",
        "{A} held a bilateral meeting with {B} on the sidelines of {occn}{date}.",
        "NO",
    ),
    (
        "meet.during",
        "During a meeting between {A} and {B}{place}{date}, the two sides discussed {topics}.",
        "N",
    ),
    ("meet.and_met", "{A} and {B} met{date}{place}{occ} and discussed {topics}.", "N"),
    ("meet.called_on", "{Date}{A} called on {B}{place}.", "ND"),
    ("meet.hosted", "{A} hosted {B}{place}{date}.", "N"),
    ("meet.received_passive", "{B} was received by {A}{place}{date}.", "N"),
    ("meet.sat_down", "{A} sat down with {B}{date}{occ} for talks on {topics}.", "N"),
    ("meet.the_meeting", "The meeting between {A} and {B}{date}{place} came amid {context}.", "N"),
    ("meet.sidelines_lead", "On the sidelines of {occn}, {A} met {B}{date}.", "NO"),
    ("meet.first_inperson", "{A} and {B} held their first in-person meeting{date}{place}.", "N"),
    ("meet.met_counterpart0", "{A}{date} met {Bcp0}{place}{occ}.", "NC"),
    ("meet.officials", "{Dema} and {demb} officials met{date}{place} to review {topics}.", "S"),
    ("meet.in_a_meeting", "In a meeting with {B}{place}{date}, {A} discussed {topics}.", "N"),
    ("meet.exchanged_views", "{A} and {B} exchanged views on {topics} at a meeting{place}{date}.", "N"),
    ("meet.bilateral_counterpart", "{A} held a bilateral meeting with {Bcp}{date}{place}.", "NC"),
    ("meet.met_briefly", "{A} and {B} met briefly{occ}{date}.", "N"),
    ("meet.datelead_met", "{Date}{A} met {B}{occ}{place}, according to a readout.", "ND"),
)
_TALKS: tuple[tuple[str, str, str], ...] = (
    ("talks.held_with", "{A} held talks with {B}{date}{place}, focusing on {topics}.", "N"),
    ("talks.wide_ranging", "{A} and {B} held wide-ranging talks{date}{place}.", "N"),
    ("talks.delegation", "Delegation-level talks led by {A} and {B} were held{place}{date}.", "N"),
    ("talks.counterpart_discussed", "{A} and {Bcp0} discussed {topics} during talks{date}.", "NC"),
    ("talks.covered", "Talks between {A} and {B}{date} covered {topics}.", "N"),
    ("talks.countries", "{Ca} and {cb} held talks{date}{place} on {topics}.", "S"),
    ("talks.phone", "{A} spoke to {B} by phone{date}, and the two discussed {topics}.", "N"),
    ("talks.cochaired", "{A} and {B} co-chaired the {nth} round of the {dialogue}{date}{place}.", "N"),
)
_VISIT: tuple[tuple[str, str, str], ...] = (
    ("visit.arrived", "{A} arrived in {city}{date} on a {days} visit{purpose}.", ""),
    ("visit.began", "{A}{date} began a {days} visit to {cb}{purpose}.", ""),
    ("visit.landed", "{A} landed in {city}{date}, kicking off a {days} visit.", ""),
    ("visit.visited", "{A} visited {city}{date}{purpose}.", ""),
    ("visit.received", "{A} was received by {B} when {hea} arrived in {city}{date}.", "N"),
    ("visit.is_on", "{A} is on a {days} visit to {cb}, {hisa} first since taking office.", ""),
    ("visit.datelead", "{Date}{A} flew into {city} for a {days} visit{purpose}.", "D"),
)
_TARIFF: tuple[tuple[str, str, str], ...] = (
    ("tariff.announced", "{A}{date} announced a {rate}% reciprocal tariff on imports from {cb}.", ""),
    (
        "tariff.additional_over",
        "{Ca}{date} imposed an additional {extra}% duty on {demb} goods over {possb} "
        "purchases of {thirddem} {commodity}, taking the total to {total}%.",
        "",
    ),
    (
        "tariff.worth",
        "{A} said{date} that {ca} would impose tariffs of {rate}% on ${value} billion worth of {demb} goods.",
        "",
    ),
    (
        "tariff.slapped",
        "The {dema} administration{date} slapped a {rate}% tariff on {products} from {cb}, {A} said.",
        "",
    ),
    (
        "tariff.order",
        "{A} signed an executive order{date} raising duties on {demb} {products} to {rate}%.",
        "X",
    ),
    (
        "tariff.retaliate",
        "{Ca} retaliated{date} with {rate}% levies on ${value} billion worth of imports from {cb}, {A} said.",
        "",
    ),
    ("tariff.passive", "A {rate}% tariff on {demb} {products} was announced{date} by {A}.", ""),
    (
        "tariff.pressure",
        "{A}{date} slapped a {rate}% tariff on {demb} goods, ratcheting up pressure on {Bt}.",
        "N",
    ),
)
_NEGOTIATION: dict[str, tuple[tuple[str, str, str], ...]] = {
    "underway": (
        ("neg.underway", "Negotiations on {deal} are underway, {A} said{date}.", ""),
        (
            "neg.round",
            "The {nth} round of talks on {deal} began{date}{place}, with {A} and {B} leading the two "
            "delegations.",
            "N",
        ),
        (
            "neg.ongoing",
            "{Ca} and {cb} are in the middle of negotiations on {deal}, {A} told reporters{date}.",
            "",
        ),
    ),
    "stalled": (
        ("neg.stalled", "Talks on {deal} have stalled over {issue}, {A} said{date}.", ""),
        (
            "neg.roadblock",
            "Negotiations between {A} and {B} on {deal} hit a roadblock{date} over {issue}.",
            "N",
        ),
        (
            "neg.deadlock",
            "{Ca} and {cb} remain deadlocked on {deal}, {A} acknowledged{date}, with differences over "
            "{issue} unresolved.",
            "",
        ),
    ),
    "resumed": (
        (
            "neg.resumed",
            "{Ca} and {cb}{date} resumed talks on {deal}{place}, with {A} leading the {dema} side.",
            "",
        ),
        (
            "neg.back_table",
            "{A} and {B} returned to the negotiating table{date}{place}, reviving talks on {deal}.",
            "N",
        ),
    ),
    "concluded": (
        ("neg.concluded", "{Ca} and {cb}{date} concluded negotiations on {deal}, {A} said.", ""),
        ("neg.wrapped", "{A} and {B} announced the conclusion of talks on {deal}{date}.", "N"),
    ),
}
_STATEMENT: tuple[tuple[str, str, str], ...] = (
    ("stmt.said_that", "{A} said{date} that {clause}.", ""),
    ("stmt.told_reporters", "{A} told reporters{place}{date} that {clause}.", ""),
    ("stmt.in_statement", "In a statement{date}, {A} said {clause}.", ""),
    ("stmt.according", "According to {A}, {clause}.", ""),
    ("stmt.posted", "{A} said in a post on X{date} that {clause}.", ""),
    ("stmt.stressed", "{A}{date} stressed that {clause}.", ""),
)
_QUOTE_PATTERNS: tuple[tuple[str, str, str | None], ...] = (
    # id, template ({q} = quoted text incl. marks, {qc} = with trailing comma inside), channel
    ("q.said_after", "{qc} {A} said.", None),
    ("q.said_colon", "{A} said: {q}", None),
    ("q.said_inverted", "{qc} said {A}.", None),
    ("q.post_after", "{qc} {A} said in a post on X.", "post on X"),
    ("q.wrote_x", "{A} wrote on X: {q}", "post on X"),
    ("q.posted_x", "In a post on X, {A} said: {q}", "post on X"),
    ("q.statement", "In a statement, {A} said: {q}", "statement"),
    ("q.statement_after", "{qc} {A} said in a statement.", "statement"),
    ("q.reporters", "{A} told reporters: {q}", "remarks to the media"),
    ("q.reporters_after", "{qc} {A} told reporters{place}.", "remarks to the media"),
    ("q.added", "{qc} {A} added.", None),
    ("q.media", "Speaking to the media{place}, {A} said: {q}", "remarks to the media"),
)
_BACKGROUND: dict[str, tuple[tuple[str, str, str], ...]] = {
    "signing": (
        ("bg.sign.countries", "{Ca} and {cb} signed {agr}{date}.", "S"),
        ("bg.sign.passive", "{Agr} was signed{date}.", "S"),
        ("bg.sign.had", "{A} and {B} had signed {agr}{date}.", "N"),
    ),
    "meeting": (
        ("bg.meet.previously", "{A} and {B} had previously met{date}{occ}.", "N"),
        ("bg.meet.last_met", "{A} last met {B}{date}{place}.", "N"),
    ),
    "talks": (
        ("bg.talks.held", "{A} and {B} held talks{date}.", "N"),
        ("bg.talks.countries", "The two countries last held talks{date}{place}.", "S"),
    ),
    "visit": (
        ("bg.visit.visited", "{A} visited {cb}{date}.", ""),
        ("bg.visit.trip", "{A} travelled to {city}{date}.", ""),
    ),
    "tariff": (
        ("bg.tariff.imposed", "{Ca} imposed a {rate}% tariff on {demb} {products}{date}.", ""),
        ("bg.tariff.person", "{A} had announced a {rate}% tariff on imports from {cb}{date}.", ""),
    ),
    "negotiation": (("bg.neg.status", "Talks on {deal} {status_past}{date}.", "S"),),
    "statement": (("bg.stmt.said", "{A} had said{date} that {clause}.", ""),),
}
_BENEFITS: dict[str, tuple[str, ...]] = {
    "defence": (
        "boost defence logistics cooperation",
        "improve maritime security in the region",
        "allow the two militaries to use each other's bases for refuelling and repairs",
        "speed up joint development of defence equipment",
    ),
    "trade": (
        "ease the movement of goods",
        "open new markets for exporters",
        "cut red tape for small businesses",
        "expand investment flows",
    ),
    "energy": (
        "secure supplies of key minerals",
        "support the shift to clean energy",
        "diversify energy supplies",
        "strengthen supply chains",
    ),
    "technology": (
        "deepen research collaboration",
        "strengthen supply chains for chips",
        "boost joint research in emerging technologies",
        "support start-up partnerships",
    ),
    "diplomacy": (
        "make it easier for professionals to work abroad",
        "boost people-to-people ties",
        "deepen cooperation on regional issues",
        "ease travel for officials",
    ),
}
_CONTEXTS: tuple[str, ...] = (
    "rising tensions in the region",
    "a slowdown in global trade",
    "a row over tariffs",
    "growing concern over supply chain security",
    "renewed diplomatic activity in the region",
    "uncertainty over energy prices",
)
_DIALOGUES: tuple[str, ...] = (
    "Joint Commission",
    "2+2 ministerial dialogue",
    "Strategic Dialogue",
    "Trade Policy Forum",
    "Economic and Commercial Dialogue",
    "Defence Policy Dialogue",
)
_PURPOSES: tuple[str, ...] = (
    "",
    "",
    " to boost ties in {topic}",
    " aimed at deepening cooperation in {topic}",
    " for talks on {topic}",
)
_FILLER: tuple[str, ...] = (
    "{Ca} and {cb} have stepped up cooperation in {topic} in recent years.",
    "Bilateral trade between the two countries stood at about ${x} billion in {fy}, according to {source}.",
    "{Analysts} {said} the move reflected growing concern over {issue}.",
    "The {dema} side has been pushing for greater market access for its {products}, while {cb} wants {want}.",
    "Diplomats said more announcements were likely in the coming months.",
    "{Ca} is among {possb} {rank} largest trading partners.",
    "The two countries have held {n} rounds of talks on {topic} since the dialogue was launched.",
    "{Analysts} cautioned that implementation would be the real test.",
    "{Biz} welcomed the development, saying it would provide greater certainty for {investors}.",
    "Opposition leaders in {cb}, however, questioned the timing of the announcement.",
    "The {dema} embassy in {capb} did not immediately respond to a request for comment.",
    "Shares of {demb} {sector} companies {moved} as much as {p}% after the announcement.",
    "The relationship has had its share of strains, including differences over {issue}.",
    "Both governments are under pressure at home to show tangible results from the partnership.",
    "Officials familiar with the discussions said a joint statement was being finalised.",
    "Industry bodies in {cb} have long sought clarity on {issue}.",
    "A senior official, who spoke on condition of anonymity, said the two sides were close to an "
    "understanding on {topic}.",
    "{Possa} exports to {cb} are dominated by {products} and {products2}.",
    "{Ca} has emerged as a key partner for {cb} in {topic}, {analysts} say.",
    "The {sector} sector is expected to be among the biggest beneficiaries.",
    "Two-way investment has grown {adv}, with {demb} firms announcing {n} new projects in {ca}.",
    "Critics in {ca} argue that the government has conceded too much on {issue}.",
    "The development is likely to be closely watched in other capitals in the region.",
    "Officials described the atmosphere as {tone}.",
    "People familiar with the matter said a broader package covering {topic} and {topic2} was under "
    "discussion.",
    "The {demb} business community has lobbied for lower duties on {products}.",
    "Several {demb} companies have announced plans to expand {sector} operations in {ca}.",
    "Details of the arrangement were not immediately made public.",
    "Customs data show that {possb} imports of {products} from {ca} rose {p}% {period}.",
    "Public opinion in {cb} has been broadly supportive of closer ties, according to {survey}.",
    "Sea lanes linking the two countries carry a large share of their commerce.",
    "{Analysts} {said} the two sides still need to settle {issue} before a wider deal is possible.",
    "The {dema} government has made {topic} a central plank of its foreign policy.",
    "Officials in {capa} played down suggestions that the talks had been difficult.",
)
_FILL_POOLS: dict[str, tuple[str, ...]] = {
    "source": (
        "official data",
        "government figures",
        "the commerce ministry",
        "customs data",
        "trade statistics",
    ),
    "want": (
        "easier visa rules for its professionals",
        "greater access for its farm goods",
        "protection for its services sector",
        "more investment in manufacturing",
        "lower duties on machinery",
    ),
    "Analysts": (
        "Analysts",
        "Trade experts",
        "Security analysts",
        "Diplomatic observers",
        "Economists",
        "Industry watchers",
        "Former diplomats",
    ),
    "said": ("said", "noted", "pointed out", "argued"),
    "rank": ("ten", "five", "20"),
    "Biz": (
        "Business groups",
        "Industry chambers",
        "Exporters' associations",
        "Chambers of commerce in both countries",
        "Manufacturers' lobbies",
    ),
    "investors": ("investors", "exporters", "small businesses", "shipping firms"),
    "sector": (
        "defence",
        "pharmaceutical",
        "auto",
        "textile",
        "technology",
        "energy",
        "shipping",
        "farm",
        "electronics",
        "chemicals",
    ),
    "moved": ("rose", "fell", "jumped", "slipped", "climbed"),
    "tone": ("cordial", "constructive", "frank", "substantive", "business-like", "warm"),
    "adv": ("steadily", "sharply", "unevenly", "modestly"),
    "period": ("over the past year", "in the last fiscal year", "since the pandemic", "in the first half"),
    "survey": ("recent surveys", "a poll by a local think tank", "opinion surveys"),
}
_REACTION_TAILS: tuple[str, ...] = (
    "The remarks were seen as a signal that both sides want to keep the momentum going.",
    "Officials in {cb} were expected to respond in detail later.",
    "The ministry did not elaborate on the timeline.",
    "The comments drew a muted response from the {dema} side.",
)
_SUBHEADS: tuple[str, ...] = (
    "What the pact covers",
    "Trade ties",
    "Background",
    "Tariff row",
    "Looking ahead",
    "Strategic ties",
    "Key takeaways",
    "What was discussed",
    "The road ahead",
    "Why it matters",
)
_SECTIONS: tuple[str, ...] = (
    "World",
    "India News",
    "Diplomacy",
    "Business",
    "Asia",
    "Economy",
    "Politics",
    "Nation",
    "International",
)
_AD_LINES: tuple[str, ...] = (
    "ADVERTISEMENT",
    "ADVERTISEMENT",
    "Advertisement",
    "Story continues below Advertisement",
    "SCROLL TO CONTINUE WITH CONTENT",
)
_STATUS_PAST: dict[str, str] = {
    "underway": "got under way",
    "stalled": "stalled",
    "resumed": "resumed",
    "concluded": "were concluded",
}


@lru_cache(maxsize=512)
def _parse(template: str) -> tuple[tuple[str, str | None], ...]:
    return tuple((lit, fld) for lit, fld, _spec, _conv in string.Formatter().parse(template))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _clean(s: str) -> str:
    for a, b in ((",.", "."), (",,", ","), (", ,", ","), ("  ", " "), (" ,", ","), (" .", "."), (",:", ":")):
        while a in s:
            s = s.replace(a, b)
    return _cap(s)


def _misspell(rng: random.Random, w: str) -> str:
    for i in range(1, len(w)):
        if w[i] == w[i - 1] and w[i].isalpha():
            return w[:i] + w[i + 1 :]
    idx = [
        i
        for i in range(1, len(w) - 1)
        if w[i].isalpha() and w[i].lower() not in "aeiouy" and w[i - 1].lower() in "aeiou"
    ]
    if idx:
        i = rng.choice(idx)
        return w[:i] + w[i] + w[i:]
    return w


def _typo(rng: random.Random, text: str) -> str:
    words = [(i, w) for i, w in enumerate(text.split(" ")) if len(w) >= 5 and w.isalpha() and w.islower()]
    if not words:
        return text
    i, w = rng.choice(words)
    k = rng.randrange(1, len(w) - 1)
    op = rng.randrange(3)
    if op == 0:
        new = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    elif op == 1:
        new = w[:k] + w[k + 1 :]
    else:
        new = w[:k] + w[k] + w[k:]
    parts = text.split(" ")
    parts[i] = new
    return " ".join(parts)


def _an(x: float) -> str:
    """Indefinite article for a number as read aloud ("an 8%", "a 10%")."""
    s = f"{x:g}"
    return "an" if s.startswith("8") or s.split(".", 1)[0] in ("11", "18") else "a"


def _title_lower(t: str) -> str:
    return " ".join(w.lower() if w in _LOWERABLE else w for w in t.split(" "))


# ---------------------------------------------------------------------------
# Article writing
# ---------------------------------------------------------------------------


@dataclass
class _Style:
    outlet: str
    hon: str | None
    lower_titles: float
    curly: bool
    sep: str
    typo_rate: float


class _Writer:
    """Renders one article about one development."""

    def __init__(self, rng: random.Random, world: World, dev: Dev) -> None:
        self.rng = rng
        self.world = world
        self.dev = dev
        lag = _pub_lag(rng)
        self.pub = min(dev.date + dt.timedelta(days=lag), dt.date(2026, 12, 31))
        self.undated = rng.random() < 0.05
        outlet = rng.choice(_OUTLETS_REAL) if rng.random() < 0.35 else rng.choice(_OUTLETS_FAKE)
        hon = {"Reuters": None, "The Hindu": "Mr.", "The Straits Times": "Mr"}.get(
            outlet, rng.choice((None, None, "Mr", "Mr."))
        )
        self.style = _Style(
            outlet,
            hon,
            rng.choice((0.0, 0.0, 0.1, 0.5)),
            rng.random() < 0.55,
            "\n\n" if rng.random() < 0.75 else "\n",
            rng.choice((0.0, 0.0, 0.0, 0.02, 0.05)),
        )
        # mention tracking
        self.full: dict[int, str] = {}
        self.sur: dict[int, str] = {}
        self.first_title: dict[int, str | None] = {}
        self.order: list[Person] = []
        self.sur_used: set[int] = set()
        self.events: list[dict[str, Any]] = []
        self.quotes: list[dict[str, Any]] = []
        self.patterns: list[str] = []
        self.acr_printed: set[str] = set()
        self.filler_used: set[int] = set()
        self.typos = 0
        self.clauses_used: set[str] = set()
        self.cforms = {c.slug: self._pick_cform(c) for c in (dev.a, dev.b)}
        # sentence state
        self.s_ev: dict[str, Any] = {}
        self.s_dev: Dev = dev
        self.s_dph = DatePh(None, None, "none")
        self.s_a: Person | None = None
        self.s_b: Person | None = None
        self.s_roles = ("participant", "participant")
        self.s_extra: dict[str, str] = {}

    # -- names -------------------------------------------------------------
    def _pick_cform(self, c: Country) -> str:
        forms = c.name_forms
        return forms[0] if self.rng.random() < 0.8 else self.rng.choice(forms)

    def cname(self, c: Country) -> str:
        if self.rng.random() < 0.05:
            return self.rng.choice(c.name_forms)
        return self.cforms.get(c.slug, c.name_forms[0])

    def _variant(self, p: Person) -> None:
        rng = self.rng
        given, family = p.given, p.family
        r = rng.random()
        if r < 0.06 and given in _NICKNAMES:
            given = rng.choice(_NICKNAMES[given])
        elif r < 0.10 and family in _SURNAME_ALTS:
            family = rng.choice(_SURNAME_ALTS[family])
        elif r < 0.14:
            if len(family) >= len(given) or " " in given:
                family = _misspell(rng, family)
            else:
                given = _misspell(rng, given)
        self.full[p.pid] = f"{family} {given}" if p.family_first else f"{given} {family}"
        self.sur[p.pid] = family

    def _register(self, p: Person, title: str | None) -> str:
        if p.pid not in self.full:
            self._variant(p)
        if p.pid not in self.first_title:
            self.first_title[p.pid] = title
            self.order.append(p)
        return self.full[p.pid]

    def _printed_title(self, p: Person) -> str:
        t = self.rng.choice(_TITLE_VARIANTS.get(p.title, (p.title,)))
        if self.style.lower_titles and self.rng.random() < self.style.lower_titles:
            t = _title_lower(t)
        return t

    def first(self, p: Person, dest: Country | None = None) -> str:
        rng = self.rng
        c = self.world.by_slug[p.country]
        dem = rng.choice(c.dem_forms)
        poss = rng.choice(c.poss_forms)
        doc = bool(p.doctor and self.style.hon and rng.random() < 0.6)
        if p.pid not in self.full:
            self._variant(p)
        n = ("Dr " if doc else "") + self.full[p.pid]
        t = p.title
        if t == "spokesperson of the Ministry of External Affairs":
            form = rng.randrange(3)
            if form == 0:
                self._register(p, t)
                return f"{n}, spokesperson of the Ministry of External Affairs,"
            if form == 1:
                self._register(p, t)
                return f"the spokesperson of the Ministry of External Affairs, {n},"
            self._register(p, "MEA spokesperson")
            return f"MEA spokesperson {n}"
        if t == "ambassador-designate":
            form = rng.randrange(3)
            self._register(p, t)
            if form == 0 and dest is not None:
                return f"{n}, {poss} ambassador-designate to {self.cname(dest)},"
            return f"{dem} ambassador-designate {n}" if form == 1 else f"ambassador-designate {n}"
        if t == "assistant trade representative":
            self._register(p, t)
            return rng.choice(
                (
                    f"US assistant trade representative {n}",
                    f"assistant trade representative {n}",
                    f"{n}, assistant trade representative for South and Central Asia,",
                )
            )
        if t[0].islower():  # chief trade negotiator
            self._register(p, t)
            return rng.choice((f"{poss} {t} {n}", f"{dem} {t} {n}", f"{n}, {poss} {t},"))
        pt = self._printed_title(p)
        r = rng.random()
        if r < 0.30:
            out, tt = f"{dem} {pt} {n}", pt
        elif r < 0.45:
            out, tt = f"{poss} {pt} {n}", pt
        elif r < 0.65:
            out, tt = f"{pt} {n}", pt
        elif r < 0.73:
            lt = _title_lower(pt)
            out, tt = f"{n}, {poss} {lt},", lt
        elif r < 0.78:
            lt = _title_lower(pt)
            out, tt = f"{n}, the {dem} {lt},", lt
        elif r < 0.90:
            lt = _title_lower(pt)
            out, tt = f"{dem} {lt} {n}", lt
        elif r < 0.95 and self.style.hon:
            h = "Dr" if p.doctor else ("Ms" if p.female else "Mr")
            if self.style.hon.endswith(".") and not doc:
                h += "."
            out, tt = (n if doc else f"{h} {n}"), None
        else:
            out, tt = n, None
        self._register(p, tt)
        return out

    def second(self, p: Person) -> str:
        rng = self.rng
        sur = self.sur[p.pid]
        r = rng.random()
        if r < 0.08:
            return self.full[p.pid]
        self.sur_used.add(p.pid)
        if self.style.hon and r < 0.9:
            h = "Dr" if p.doctor and rng.random() < 0.7 else ("Ms" if p.female else "Mr")
            if self.style.hon.endswith("."):
                h += "."
            return f"{h} {sur}"
        return sur

    def ref(self, p: Person, dest: Country | None = None) -> str:
        if p.pid in self.first_title:
            return self.second(p)
        return self.first(p, dest)

    def plain(self, p: Person) -> str:
        if p.pid in self.first_title:
            return self.second(p) if self.rng.random() < 0.5 else self.sur_or_full(p)
        return self._register(p, None)

    def sur_or_full(self, p: Person) -> str:
        self.sur_used.add(p.pid)
        return self.sur[p.pid]

    def pron(self, p: Person | None) -> str:
        return "her" if p is not None and p.female else "his"

    # -- fields ------------------------------------------------------------
    def _add(self, p: Person, role: str) -> None:
        parts = self.s_ev.setdefault("_people", [])
        if all(q.pid != p.pid for q, _ in parts):
            parts.append((p, role))

    def field(self, name: str) -> str:
        rng, dev, ev = self.rng, self.s_dev, self.s_ev
        if name in self.s_extra:
            return self.s_extra[name]
        if name == "A":
            assert self.s_a is not None
            self._add(self.s_a, self.s_roles[0])
            return self.ref(self.s_a, dev.b)
        if name == "B":
            assert self.s_b is not None
            self._add(self.s_b, self.s_roles[1])
            return self.ref(self.s_b, dev.a)
        if name == "Bt":
            assert self.s_b is not None
            self._add(self.s_b, "target")
            return self.ref(self.s_b, dev.a)
        if name in ("Bcp", "Bcp0"):
            assert self.s_a is not None
            assert self.s_b is not None
            self._add(self.s_b, self.s_roles[1])
            dem = (rng.choice(dev.b.dem_forms) + " ") if name == "Bcp" else ""
            return f"{self.pron(self.s_a)} {dem}counterpart {self.plain(self.s_b)}"
        if name == "leaders":
            assert dev.witnesses is not None
            w1, w2 = dev.witnesses
            self._add(w1, "participant")
            self._add(w2, "participant")
            return f"{self.ref(w1, dev.b)} and {self.ref(w2, dev.a)}"
        if name in ("ca", "Ca"):
            s = self.cname(dev.a)
            return _cap(s) if name == "Ca" else s
        if name in ("cb", "Cb"):
            s = self.cname(dev.b)
            return _cap(s) if name == "Cb" else s
        if name in ("dema", "Dema"):
            return rng.choice(dev.a.dem_forms)
        if name in ("demb", "Demb"):
            return rng.choice(dev.b.dem_forms)
        if name == "possa":
            return rng.choice(dev.a.poss_forms)
        if name == "possb":
            return rng.choice(dev.b.poss_forms)
        if name == "hisa" or name == "hea":
            return (
                self.pron(self.s_a) if name == "hisa" else ("she" if self.s_a and self.s_a.female else "he")
            )
        if name in ("agr", "Agr"):
            return self._agr(name == "Agr")
        if name == "deal":
            return self._agr(False, deal=True)
        if name == "date":
            return (" " + self.s_dph.phrase) if self.s_dph.phrase else ""
        if name == "Date":
            ph = self.s_dph.phrase
            if not ph:
                return ""
            if ph in _WEEKDAYS:
                ph = "on " + ph
            ev["date_phrase"] = _cap(ph)
            return _cap(ph) + ", "
        if name == "place":
            return self._place()
        if name == "city":
            if ev.get("place") is None:
                ev["place"] = dev.city
            return dev.city or dev.b.capital
        if name in ("occ", "occn"):
            if not dev.occasion:
                return ""
            ev["occasion"] = dev.occasion
            if name == "occn":
                return f"the {dev.occasion}"
            return rng.choice(
                (" on the sidelines of the {}", " at the {}", " on the margins of the {}", " during the {}")
            ).format(dev.occasion)
        if name == "topics":
            return _join(rng.sample(list(dev.topics), rng.randint(1, 3)))
        if name == "topic":
            return rng.choice(dev.topics)
        if name == "days":
            ev["_days"] = dev.days
            return f"{_NUM_WORDS[dev.days]}-day"
        if name == "purpose":
            return rng.choice(_PURPOSES).format(topic=rng.choice(dev.topics))
        if name == "benefit":
            return rng.choice(_BENEFITS[dev.story.theme])
        if name == "context":
            return rng.choice(_CONTEXTS)
        if name == "dialogue":
            ev["occasion"] = None
            return rng.choice(_DIALOGUES)
        if name == "nth":
            return _ORDINALS[min(dev.round_no or rng.randint(2, 9), len(_ORDINALS)) - 1]
        if name == "issue":
            return dev.issue or rng.choice(_ISSUES)
        if name == "clause":
            return self._clause()
        if name == "status_past":
            return _STATUS_PAST[dev.status or "underway"]
        if name in ("rate", "extra", "total", "value"):
            tf = dev.tariff or {}
            v = tf.get(name, 10)
            labels = {
                "rate": "tariff",
                "extra": "additional duty",
                "total": "total duty",
                "value": "worth of goods",
            }
            label = labels[name]
            if name == "rate" and "reciprocal" in self.s_extra.get("_tpl", ""):
                label = "reciprocal tariff"
            unit = "USD billion" if name == "value" else "%"
            ev.setdefault("figures", []).append({"value": v, "unit": unit, "label": label})
            return f"{v:g}"
        if name == "products":
            return (dev.tariff or {}).get("products") or rng.choice(_PRODUCTS)
        if name == "thirddem":
            third = (dev.tariff or {}).get("third")
            if third is not None:
                ev.setdefault("_countries", []).append(third.slug)
                return rng.choice(third.dem_forms)
            return "Russian"
        if name == "commodity":
            return (dev.tariff or {}).get("commodity") or "oil"
        # filler-only fields
        if name == "x":
            return f"{rng.randint(8, 190)}"
        if name == "fy":
            y = self.pub.year - 1
            return rng.choice((str(y), f"{y}-{(y + 1) % 100:02d}", f"the {y} calendar year"))
        if name == "n":
            return str(rng.randint(3, 14))
        if name == "p":
            return str(rng.randint(2, 9))
        raise KeyError(name)

    def _agr(self, capital: bool, deal: bool = False) -> str:
        rng, dev, ev = self.rng, self.s_dev, self.s_ev
        ag = dev.agreement
        if ag is None:
            s = "a trade deal"
            return _cap(s) if capital else s
        if ev.get("agreement") == ag.name:
            s = f"the {ag.acronym}" if ag.acronym and ag.name in self.acr_printed else ag.short
        elif ag.acronym and ag.name in self.acr_printed and rng.random() < 0.5:
            s = f"the {ag.acronym}"
            ev["agreement"] = ag.name
        elif rng.random() < (0.7 if deal else 0.82):
            s = f"the {ag.name}"
            if ag.acronym and rng.random() < 0.4:
                s += f" ({ag.acronym})"
                self.acr_printed.add(ag.name)
            ev["agreement"] = ag.name
        else:
            s = ag.generic
            if deal and rng.random() < 0.5:
                s = f"the proposed {ag.generic.split(' ', 1)[1]}"
        return _cap(s) if capital else s

    def _place(self) -> str:
        rng, dev, ev = self.rng, self.s_dev, self.s_ev
        if ev.get("place") or not dev.city:
            return ""
        venue = dev.venue
        if venue and dev.alt_venue and rng.random() < 0.15:
            venue = dev.alt_venue
        r = rng.random()
        if venue and r < 0.3:
            ev["place"] = f"{venue.removeprefix('the ')}, {dev.city}"
            return f" at {venue} in {dev.city}"
        if r < 0.68:
            ev["place"] = dev.city
            return f" in {dev.city}"
        if venue and r < 0.78:
            ev["place"] = venue.removeprefix("the ")
            return f" at {venue}"
        return ""

    def _clause(self) -> str:
        rng, dev = self.rng, self.s_dev
        sp = self.s_a
        home = dev.a if sp is None or sp.country == dev.a.slug else dev.b
        other = dev.b if home is dev.a else dev.a
        own = [t for _, t in dev.paraphrases if t not in self.clauses_used]
        if own and rng.random() < 0.7:
            tpl = rng.choice(own)
        else:
            tpl = rng.choice([t for t in _PARAPHRASES if t not in self.clauses_used] or list(_PARAPHRASES))
        self.clauses_used.add(tpl)
        return tpl.format(
            ca=self.cname(home),
            cb=self.cname(other),
            possa=rng.choice(home.poss_forms),
            topic=rng.choice(dev.topics),
            issue=dev.issue or rng.choice(_ISSUES),
        )

    # -- sentences ---------------------------------------------------------
    def render(self, template: str, *, typo: bool = True) -> str:
        out: list[str] = []
        for lit, fld in _parse(template):
            if lit:
                out.append(self._maybe_typo(lit) if typo else lit)
            if fld is not None:
                out.append(self.field(fld))
        return _clean("".join(out))

    def _new_event(self, kind: str, dev: Dev, dph: DatePh | None, pattern: str) -> dict[str, Any]:
        ev: dict[str, Any] = {
            "type": kind,
            "date": dph.truth if dph else None,
            "date_phrase": dph.phrase if dph else None,
            "date_form": dph.form if dph else "none",
            "countries": [dev.a.slug, dev.b.slug],
            "agreement": None,
            "place": None,
            "occasion": None,
            "figures": [],
            "status": dev.status if kind == "negotiation" else None,
            "pattern": pattern,
        }
        return ev

    def sentence(
        self,
        kind: str,
        dev: Dev,
        choices: tuple[tuple[str, str, str], ...],
        dph: DatePh,
        *,
        roles: tuple[str, str] = ("participant", "participant"),
        add_event: bool = True,
        typo: bool = True,
    ) -> str:
        rng = self.rng
        same_cat = dev.pa is not None and dev.pb is not None and dev.pa.category == dev.pb.category
        ok = []
        for pid, tpl, flags in choices:
            if "X" in flags and dev.a.slug != "united-states":
                continue
            if "N" in flags and (dev.pa is None or dev.pb is None):
                continue
            if "C" in flags and not same_cat:
                continue
            if "D" in flags and not dph.phrase:
                continue
            if "O" in flags and not dev.occasion:
                continue
            if ("P" in flags or "W" in flags) and dev.witnesses is None:
                continue
            ok.append((pid, tpl, flags))
        pid, tpl, flags = rng.choice(ok)
        if "{date}" not in tpl and "{Date}" not in tpl:
            dph = DatePh(None, None, "none") if dph.form != "inherited" else dph
        ev = self._new_event(kind, dev, dph, pid)
        self.s_ev, self.s_dev, self.s_dph = ev, dev, dph
        if "W" in flags and dev.witnesses:
            self.s_a, self.s_b = dev.witnesses
            self.s_roles = ("participant", "participant")
        else:
            self.s_a, self.s_b = dev.pa, dev.pb
            self.s_roles = roles
        self.s_extra = {"_tpl": tpl}
        text = self.render(tpl, typo=typo)
        if add_event:
            self.events.append(ev)
            self.patterns.append(pid)
        if "M" in flags or "T" in flags:
            twin = self._new_event("meeting" if "M" in flags else "talks", dev, dph, pid)
            twin["place"], twin["occasion"] = ev["place"], ev["occasion"]
            twin["_people"] = [(p, "participant") for p, role in ev.get("_people", []) if role == "signatory"]
            self.events.append(twin)
        return text

    def inherited(self, main: dict[str, Any]) -> DatePh:
        return DatePh(None, main["date"], "inherited")

    # -- paragraphs --------------------------------------------------------
    def lead(self) -> tuple[str, dict[str, Any]]:
        dev, rng = self.dev, self.rng
        dph = _pick_date(rng, dev.date, self.pub, self.undated)
        kind = dev.kind
        if kind == "signing":
            text = self.sentence("signing", dev, _SIGNING, dph, roles=("signatory", "signatory"), typo=False)
        elif kind == "meeting":
            text = self.sentence("meeting", dev, _MEETING, dph, typo=False)
        elif kind == "talks":
            text = self.sentence("talks", dev, _TALKS, dph, typo=False)
        elif kind == "visit":
            text = self.sentence("visit", dev, _VISIT, dph, roles=("visitor", "participant"), typo=False)
        elif kind == "tariff":
            text = self.sentence("tariff", dev, _TARIFF, dph, roles=("actor", "target"), typo=False)
        elif kind == "negotiation":
            text = self.sentence(
                "negotiation",
                dev,
                _NEGOTIATION[dev.status or "underway"],
                dph,
                roles=("party", "party"),
                typo=False,
            )
        else:
            text = self.sentence("statement", dev, _STATEMENT, dph, roles=("speaker", "speaker"), typo=False)
        main = (
            self.events[-1]
            if kind not in ("signing",)
            else next(e for e in reversed(self.events) if e["type"] == "signing")
        )
        if (
            main["type"] == "visit"
            and main.pop("_days", 0)
            and main["date_form"] in ("today", "yesterday", "weekday", "explicit_md", "explicit_dmy")
            and isinstance(main["date"], str)
        ):
            start = dt.date.fromisoformat(main["date"])
            main["date"] = {"start": main["date"], "end": _iso(start + dt.timedelta(days=dev.days - 1))}
        if (
            rng.random() < 0.3
            and text.endswith(".")
            and not text.endswith("said.")
            and kind not in ("statement", "negotiation")
        ):
            tails = [", officials said", ", according to a statement"]
            if kind == "signing":
                tails.append(
                    f", in a move that officials said would {rng.choice(_BENEFITS[dev.story.theme])}"
                )
            if kind == "tariff":
                aim = rng.choice(
                    ("narrowing the trade deficit", "protecting domestic industry", "forcing talks")
                )
                tails.append(f", in a move that officials said was aimed at {aim}")
            if kind == "signing":
                tails.append(", the first such agreement between the two countries")
            text = text[:-1] + rng.choice(tails) + "."
        return text, main

    def details(self, main: dict[str, Any]) -> list[str]:
        dev, rng = self.dev, self.rng
        out: list[str] = []
        inh = self.inherited(main)
        if dev.kind == "signing":
            ag = dev.agreement
            if ag is not None:
                self.s_ev, self.s_dev = main, dev
                ref = self._agr(True)
                out.append(f"{ref} is expected to {rng.choice(_BENEFITS[dev.story.theme])}.")
            if dev.with_meeting and not any(e["type"] in ("meeting", "talks") for e in self.events):
                tpl = rng.choice(
                    (
                        (
                            "sign2.after_talks",
                            "The agreement was signed after talks between {A} and {B}{place}.",
                            "N",
                        ),
                        (
                            "sign2.earlier_met",
                            "Earlier, {A} and {B} held a meeting{place}{occ} to review {topics}.",
                            "N",
                        ),
                        (
                            "sign2.ceremony",
                            "The signing followed delegation-level talks led by {A} and {B}.",
                            "N",
                        ),
                    )
                )
                out.append(self.sentence("meeting" if "meeting" in tpl[1] else "talks", dev, (tpl,), inh))
            if main.get("place") is None and dev.city and rng.random() < 0.6:
                self.s_ev, self.s_dev = main, dev
                venue = dev.alt_venue if (rng.random() < 0.15 and dev.alt_venue) else dev.venue
                if venue:
                    main["place"] = f"{venue.removeprefix('the ')}, {dev.city}"
                    out.append(f"The ceremony took place at {venue} in {dev.city}.")
        elif dev.kind in ("meeting", "talks"):
            self.s_ev, self.s_dev = main, dev
            out.append(
                self.render(
                    rng.choice(
                        (
                            "The two sides discussed {topics}, officials said.",
                            "The discussions covered {topics}.",
                            "They reviewed progress in {topics} and agreed to stay in close touch.",
                        )
                    )
                )
            )
            if dev.agreement is not None and rng.random() < 0.7:
                tpl = rng.choice(
                    (
                        ("sign2.also_signed", "The two sides also signed {agr}.", "S"),
                        ("sign2.in_presence", "{Agr} was signed in the presence of {A} and {B}.", "N"),
                    )
                )
                out.append(self.sentence("signing", dev, (tpl,), inh, roles=("participant", "participant")))
        elif dev.kind == "visit":
            if dev.pb is not None and rng.random() < 0.6:
                out.append(
                    self.sentence(
                        "meeting",
                        dev,
                        (
                            ("visit2.met", "During the visit, {A} met {B} and discussed {topics}.", "N"),
                            ("visit2.held_talks", "{A} also held talks with {B}{place}.", "N"),
                        ),
                        inh,
                    )
                )
            self.s_ev, self.s_dev = main, dev
            out.append(
                self.render("The visit is expected to give fresh momentum to cooperation in {topics}.")
            )
        elif dev.kind == "tariff":
            tf = dev.tariff or {}
            eff: dt.date = tf.get("effective", dev.date)
            self.s_ev, self.s_dev = main, dev
            if rng.random() < 0.6:
                when = rng.choice(
                    (
                        f"from {_MONTHS[eff.month - 1]} {eff.day}",
                        f"on {eff.day} {_MONTHS[eff.month - 1]}",
                        "within three weeks",
                    )
                )
                out.append(f"The new duties will take effect {when}, according to the order.")
            if rng.random() < 0.5:
                v = tf.get("value", 2)
                main["figures"].append({"value": v, "unit": "USD billion", "label": "exports affected"})
                out.append(
                    self.render(
                        f"{{Demb}} exports worth about ${v:g} billion are likely to be affected, "
                        "trade officials estimated."
                    )
                )
        elif dev.kind == "negotiation":
            self.s_ev, self.s_dev = main, dev
            out.append(
                self.render(
                    rng.choice(
                        (
                            "Differences remain over {issue}, people familiar with the talks said.",
                            "The two sides are yet to bridge gaps on {issue}.",
                            "Officials said {issue} remained the main sticking point.",
                        )
                    )
                )
            )
        elif dev.kind == "statement" and dev.paraphrases:
            out.append(self.paraphrase(dev.paraphrases[-1][0]))
        return out

    def paraphrase(self, speaker: Person) -> str:
        dev, rng = self.dev, self.rng
        dph = (
            _pick_date(rng, dev.date, self.pub, self.undated)
            if rng.random() < 0.4
            else DatePh(None, None, "none")
        )
        tpl = rng.choice(_STATEMENT)
        if "{date}" not in tpl[1]:
            dph = DatePh(None, None, "none")
        ev = self._new_event("statement", dev, dph, tpl[0])
        self.s_ev, self.s_dev, self.s_dph = ev, dev, dph
        self.s_a, self.s_b, self.s_roles = speaker, None, ("speaker", "speaker")
        self.s_extra = {"_tpl": tpl[1]}
        text = self.render(tpl[1])
        self.events.append(ev)
        return text

    def quote(self, speaker: Person, text: str, channel: str | None) -> str:
        rng, dev = self.rng, self.dev
        if rng.random() < 0.15:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if w.strip(".,").lower() in _SYNONYMS]
            if idx:
                i = rng.choice(idx)
                core = words[i].strip(".,")
                rep = _SYNONYMS[core.lower()]
                words[i] = words[i].replace(core, _cap(rep) if core[0].isupper() else rep)
                if i and words[i - 1].lower() in ("a", "an"):
                    art = "an" if rep[0] in "aeiou" else "a"
                    words[i - 1] = _cap(art) if words[i - 1][0].isupper() else art
                text = " ".join(words)
        pats = [q for q in _QUOTE_PATTERNS if q[2] == channel or (q[2] is None and rng.random() < 0.35)]
        if speaker.pid not in self.first_title:
            pats = [q for q in pats if q[0] != "q.added"] or [_QUOTE_PATTERNS[0]]
        pid, tpl, ch = rng.choice(pats)
        o, c = ("“", "”") if self.style.curly else ('"', '"')
        ev = self._new_event("statement", dev, None, pid)
        self.s_ev, self.s_dev, self.s_dph = ev, dev, DatePh(None, None, "none")
        self.s_a, self.s_b, self.s_roles = speaker, None, ("speaker", "speaker")
        self.s_extra = {"_tpl": tpl, "q": f"{o}{text}.{c}", "qc": f"{o}{text},{c}"}
        out = self.render(tpl, typo=False)
        self.events.append(ev)
        self.quotes.append({"speaker": speaker.name, "text": text, "channel": ch})
        return out

    def background(self, prev: Dev) -> str | None:
        choices = _BACKGROUND.get(prev.kind)
        if not choices:
            return None
        if prev.kind == "negotiation" and prev.agreement is None:
            return None
        dph = _pick_date(self.rng, prev.date, self.pub, self.undated, background=True)
        kind = prev.kind
        roles = {
            "signing": ("signatory", "signatory"),
            "visit": ("visitor", "participant"),
            "tariff": ("actor", "target"),
            "negotiation": ("party", "party"),
            "statement": ("speaker", "speaker"),
        }.get(kind, ("participant", "participant"))
        return self.sentence(kind, prev, choices, dph, roles=roles)

    def filler(self) -> str:
        rng, dev = self.rng, self.dev
        free = [i for i in range(len(_FILLER)) if i not in self.filler_used]
        picks = rng.sample(free, min(len(free), rng.randint(2, 3)))
        self.filler_used.update(picks)
        out = []
        for i in picks:
            vals = {k: rng.choice(v) for k, v in _FILL_POOLS.items()}
            t1, t2 = rng.sample(list(dev.topics), 2)
            p1, p2 = rng.sample(_PRODUCTS, 2)
            y = self.pub.year - 1
            vals.update(
                Ca=_cap(self.cname(dev.a)),
                ca=self.cname(dev.a),
                cb=self.cname(dev.b),
                dema=rng.choice(dev.a.dem_forms),
                demb=rng.choice(dev.b.dem_forms),
                Possa=_cap(rng.choice(dev.a.poss_forms)),
                possb=rng.choice(dev.b.poss_forms),
                capa=dev.a.capital,
                capb=dev.b.capital,
                topic=t1,
                topic2=t2,
                products=p1,
                products2=p2,
                issue=dev.issue or rng.choice(_ISSUES),
                x=str(rng.randint(8, 190)),
                n=str(rng.randint(3, 14)),
                p=str(rng.randint(2, 9)),
                fy=rng.choice((str(y), f"{y}-{(y + 1) % 100:02d}")),
            )
            vals["Analysts"] = vals["Analysts"] if rng.random() < 0.8 else "Analysts"
            vals["analysts"] = vals["Analysts"].lower()
            sent = _FILLER[i].format_map(vals)
            out.append(_cap(self._maybe_typo(sent)))
        return " ".join(out)

    def _maybe_typo(self, text: str) -> str:
        if self.style.typo_rate and self.typos < 2 and self.rng.random() < self.style.typo_rate:
            self.typos += 1
            return _typo(self.rng, text)
        return text

    # -- furniture ---------------------------------------------------------
    def _surname(self, p: Person) -> str:
        self.sur_used.add(p.pid)
        return self.sur[p.pid]

    def headline(self) -> str:
        dev, rng = self.dev, self.rng
        seen = self.first_title
        a = dev.pa if dev.pa is not None and dev.pa.pid in seen else None
        b = dev.pb if dev.pb is not None and dev.pb.pid in seen else None
        ca, cb = dev.a.short, dev.b.short
        topic = rng.choice(dev.topics)
        ag = dev.agreement
        agr = (
            ag.acronym
            if ag and ag.acronym and rng.random() < 0.3
            else ag.generic.split(" ", 1)[1]
            if ag
            else "pact"
        )
        opts: list[str] = []
        if dev.kind == "signing":
            opts += [
                f"{ca}, {cb} sign {agr}",
                f"{ca} and {cb} ink {agr}",
                f"{ca}-{cb} {agr} signed",
                f"{ca}, {cb} seal deal on {topic}",
            ]
            if a and b:
                opts.append(f"{self._surname(a)}, {self._surname(b)} sign {agr}")
        elif dev.kind in ("meeting", "talks"):
            opts += [f"{ca}, {cb} hold talks on {topic}", f"{ca}, {cb} discuss {topic} in {dev.city}"]
            if a and b:
                occ = f" on sidelines of {dev.occasion}" if dev.occasion else ""
                opts += [
                    f"{self._surname(a)} meets {dev.b.dem_forms[0]} counterpart {self._surname(b)}{occ}",
                    f"{self._surname(a)}, {self._surname(b)} discuss {topic}",
                ]
        elif dev.kind == "visit":
            opts += [
                f"{dev.a.dem_forms[0]} {dev.pa.title if dev.pa else 'minister'} in {dev.city} for talks "
                f"on {topic}"
            ]
            if a:
                opts += [
                    f"{self._surname(a)} arrives in {dev.city} on {_NUM_WORDS[dev.days]}-day visit",
                    f"{self._surname(a)} begins {dev.b.short} visit",
                ]
        elif dev.kind == "tariff":
            tf = dev.tariff or {}
            opts += [
                f"{ca} slaps {tf.get('rate')}% tariff on {dev.b.dem_forms[0]} {tf.get('products')}",
                f"{ca} raises duties on {dev.b.dem_forms[0]} goods",
                f"Tariff row: {ca} targets ${tf.get('value'):g} billion of {dev.b.dem_forms[0]} imports",
            ]
        elif dev.kind == "negotiation":
            st = {
                "underway": "under way",
                "stalled": f"stall over {dev.issue}",
                "resumed": f"resume in {dev.city}",
                "concluded": "concluded; deal to be signed soon",
            }
            opts.append(f"{ca}-{cb} trade talks {st[dev.status or 'underway']}")
        else:
            if a:
                opts += [
                    f"{self._surname(a)} says ties with {cb} 'on track'",
                    f"{self._surname(a)} on {topic}: {ca} committed to partnership",
                ]
            opts.append(f"{ca} reaffirms ties with {cb}")
        h = rng.choice(opts)
        if rng.random() < 0.35:
            small = {"a", "an", "the", "on", "in", "of", "to", "and", "for", "with", "over", "at"}
            h = " ".join(
                w[:1].upper() + w[1:] if w[:1].islower() and w not in small else w for w in h.split(" ")
            )
        return _cap(h)

    def _full(self, p: Person) -> str:
        if p.pid not in self.full:
            self._variant(p)
        return self.full[p.pid]

    def caption(self) -> str | None:
        rng = self.rng
        if not self.order:
            return None
        p = rng.choice(self.order)
        r = rng.random()
        if r < 0.4:
            return f"{self._full(p)} File picture"
        src = rng.choice(
            (
                "(Photo: Reuters)",
                "(Photo: Handout)",
                "(Photo: X/" + p.handle + ")",
                "File photo",
                "(Image: Special arrangement)",
            )
        )
        if r < 0.75 and len(self.order) >= 2:
            q = next(x for x in self.order if x.pid != p.pid)
            dem = self.world.by_slug[q.country].dem_forms[0]
            if q.category == p.category and q.country != p.country:
                other = f"{self.pron(p)} {dem} counterpart {self._full(q)}"
            else:
                other = f"{dem} {q.title} {self._full(q)}"
            return f"{p.title} {self._full(p)} with {other}. {src}"
        return f"{self._full(p)} in {self.dev.city or self.dev.b.capital}. {src}"

    def watch_embed(self) -> str:
        rng, dev = self.rng, self.dev
        agency, handle = rng.choice(_AGENCIES)
        d = dev.date
        people = [p for p in (dev.pa, dev.pb) if p is not None and p.pid in self.first_title]
        city = dev.city or dev.b.capital
        if len(people) == 2 and dev.kind in ("meeting", "talks", "signing", "visit"):
            a, b = people
            desc = (
                f"{self.world.by_slug[a.country].dem_forms[0]} {a.title} {self._full(a)} holds a bilateral "
                f"meeting with {self.world.by_slug[b.country].dem_forms[0]} {b.title} {self._full(b)}"
            )
        elif people:
            desc = f"{people[0].title} {self._full(people[0])} speaks to the media"
        else:
            desc = f"Visuals from the {dev.a.short}-{dev.b.short} talks"
        pic = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(10))
        return (
            f"#WATCH | {city}: {desc}{self.style.sep}pic.twitter.com/{pic}{self.style.sep}"
            f"— {agency} (@{handle}) {_MONTHS[d.month - 1]} {d.day}, {d.year}"
        )

    def tweet_embed(self) -> str | None:
        rng, dev = self.rng, self.dev
        people = [p for p in (dev.pa, dev.pb) if p is not None and p.pid in self.first_title]
        if not people:
            return None
        sp = rng.choice(people)
        partner = dev.pb if sp is dev.pa else dev.pa
        other = dev.b if sp.country == dev.a.slug else dev.a
        text = _x_post(rng, dev.kind).format(
            h=partner.handle if partner else "@" + other.short,
            city=dev.city or other.capital,
            topic=rng.choice(dev.topics),
            cb=other.name_forms[0],
        )
        d = dev.date
        phrase = f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"
        ev = self._new_event("statement", dev, DatePh(phrase, _iso(d), "embed"), "embed.tweet")
        ev["_people"] = [(sp, "speaker")]
        self.events.append(ev)
        self.quotes.append({"speaker": sp.name, "text": text, "channel": "post on X"})
        pic = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(10))
        return f"{text}. pic.twitter.com/{pic}\n— {self._full(sp)} ({sp.handle}) {phrase}"

    def teaser_lines(self, n: int, exclude: set[int]) -> tuple[list[str], list[Person]]:
        rng, world = self.rng, self.world
        people = world.others(exclude, n * 2)
        lines: list[str] = []
        used: list[Person] = []
        for i in range(n):
            p, q = people[2 * i], people[2 * i + 1]
            c = world.by_slug[p.country]
            o = rng.choice([x for x in world.countries if x.slug != c.slug])
            dem = rng.choice(c.dem_forms)
            x = rng.choice((3, 5, 8, 12, 18, 20, 35))
            prod = rng.choice(_PRODUCTS)
            kind = rng.randrange(5)
            if kind == 0:
                h = f"{dem} {p.title} {p.name} to visit {o.name_forms[0]} next week"
            elif kind == 1:
                h = f"{p.name} says talks with {o.name_forms[0]} 'on track'"
            elif kind == 2:
                h = f"{rng.choice(c.poss_forms)} {p.title} {p.name} announces {x}% cut in duties on {prod}"
            elif kind == 3:
                qdem = self.world.by_slug[q.country].dem_forms[0]
                h = f"{dem} {p.title} {p.name} meets {qdem} {q.title} {q.name} in {rng.choice(o.all_cities)}"
                used.append(q)
            else:
                h = f"{_cap(o.name_forms[0])} imposes {x}% levy on {dem} {prod}; {p.name} vows response"
            used.append(p)
            lines.append(h)
            if rng.random() < 0.5:
                wd = rng.choice(_WEEKDAYS)
                y = rng.choice((1.5, 4, 9, 22, 60))
                city = rng.choice(c.all_cities)
                lines.append(
                    rng.choice(
                        (
                            f"{p.title} {p.name} on {wd} said {c.name_forms[0]} would seek talks on "
                            f"${y} billion worth of {prod} exports.",
                            f"The {wd} announcement follows {_an(x)} {x}% drop in {prod} shipments, "
                            f"{p.name} said.",
                            f"{p.name} told lawmakers in {city} on {wd} that {x}% of the new fund would go "
                            f"to {prod}.",
                            f"Officials said on {wd} that the package, backed by {p.name}, was worth "
                            f"${y} billion.",
                            f"{_cap(c.name_forms[0])} and {o.name_forms[0]} signed {_an(y)} ${y} billion "
                            f"deal on {wd}, {p.name} said.",
                        )
                    )
                )
        return lines, used

    def pub_header(self) -> tuple[str, str]:
        """Return (form, text).  Lead forms are prefixes of the first paragraph."""
        rng, p = self.rng, self.pub
        if self.undated:
            return "none", ""
        if self.style.outlet == "Reuters" and rng.random() < 0.7:
            form = "dateline"
        else:
            form = rng.choices(
                ("published_line", "weekday_long", "iso_lead", "dateline", "updated_ist", "long"),
                (1.2, 1.0, 0.7, 1.0, 1.0, 1.0),
            )[0]
        hh, mm = rng.randint(0, 23), rng.randint(0, 59)
        if form == "published_line":
            ampm = "AM" if hh < 12 else "PM"
            return form, f"Published {p:%d.%m.%y}, {(hh % 12) or 12:02d}:{mm:02d} {ampm}"
        if form == "weekday_long":
            return form, f"{_WEEKDAYS[p.weekday()]}, {p.day:02d} {_MONTHS[p.month - 1]} {p.year}"
        if form == "iso_lead":
            return form, f"date {p.isoformat()} "
        if form == "dateline":
            city = rng.choice((self.dev.a.capital, self.dev.b.capital, self.dev.city or self.dev.a.capital))
            if self.style.outlet == "Reuters":
                return form, f"{city.upper()}, {_MON3[p.month - 1]} {p.day} (Reuters) - "
            return form, f"{city}, {_MON_AP[p.month - 1]} {p.day} -- "
        if form == "updated_ist":
            return form, f"Updated: {_MON3[p.month - 1]} {p.day}, {p.year} {hh:02d}:{mm:02d} IST"
        return form, f"{_MONTHS[p.month - 1]} {p.day}, {p.year}"

    # -- assembly ----------------------------------------------------------
    def compose(self) -> tuple[str, dict[str, Any]]:
        rng, dev, style = self.rng, self.dev, self.style
        lead, main = self.lead()
        paras: list[tuple[str, str]] = [("lead", lead)]
        order = ["details", "quotes", "para", "reaction", "bg", "filler"]
        if rng.random() < 0.4:
            order = ["quotes", "details", "para", "bg", "reaction", "filler"]
        if rng.random() < 0.3:
            order[2], order[4] = order[4], order[2]
        long_form = rng.random() < 0.15
        budget = 4000 if long_form else 3000
        size = len(lead)
        for sec in order:
            if sec == "details":
                det = self.details(main)
                if det and rng.random() < 0.5:
                    det = [" ".join(det)]
                paras += [("body", t) for t in det]
            elif sec == "quotes" and dev.quotes:
                qs = list(dev.quotes)
                rng.shuffle(qs)
                k = 0 if rng.random() < 0.1 else rng.randint(1, len(qs))
                for q in qs[:k]:
                    paras.append(("body", self.quote(*q)))
            elif sec == "reaction" and rng.random() < 0.55:
                side = dev.b if rng.random() < 0.6 else dev.a
                who = dev.story.cast[side.slug][rng.choice(("spokes", "spokes", "foreign", "deputy_foreign"))]
                text = self.paraphrase(who)
                if rng.random() < 0.5:
                    text += " " + self.render(rng.choice(_REACTION_TAILS))
                paras.append(("body", text))
            elif sec == "para" and dev.paraphrases and rng.random() < 0.6:
                paras.append(("body", self.paraphrase(rng.choice(dev.paraphrases)[0])))
            elif sec == "bg":
                prev = [h for h in dev.story.history if h.date < dev.date - dt.timedelta(days=2)]
                if prev and size < budget:
                    k = rng.choice((3, 4, 5) if long_form else (0, 1, 2, 2, 3, 3))
                    picks = rng.sample(prev, min(len(prev), k))
                    picks.sort(key=lambda h: h.date)
                    sents = [s for s in (self.background(h) for h in picks) if s]
                    if sents:
                        paras.append(("body", " ".join(sents)))
            elif sec == "filler" and rng.random() < 0.5:
                paras.append(("filler", self.filler()))
            size = sum(len(t) for _, t in paras)
        target = rng.choice((1500, 1600, 1800, 2000, 2300, 2700))
        max_fill = 3
        if long_form:
            target, max_fill = rng.randint(3000, 4300), 6
        n_fill = sum(1 for k, _ in paras if k == "filler")
        while len(self.filler_used) < len(_FILLER) - 3:
            size = sum(len(t.encode()) for _, t in paras)
            if size >= 1550 and (size >= target or n_fill >= max_fill):
                break
            n_fill += 1
            paras.append(("filler", self.filler()))

        # header block
        header: list[str] = []
        outlet_printed = False
        outlet = style.outlet
        if outlet != "Reuters" and rng.random() < 0.45:
            header.append(outlet.upper() if rng.random() < 0.4 else outlet)
            outlet_printed = True
        if rng.random() < 0.35:
            header.append(rng.choice(_SECTIONS))
        form, pubtext = self.pub_header()
        if form in ("weekday_long", "long") and rng.random() < 0.4:
            header.append(pubtext)
            pubtext_done = True
        else:
            pubtext_done = False
        header.append(self.headline())
        if rng.random() < 0.3:
            self.s_ev, self.s_dev = {}, dev
            header.append(
                self.render(
                    rng.choice(
                        (
                            "The two sides also discussed {topics}.",
                            "The move is expected to {benefit}.",
                            "Officials said the development could reshape ties between {ca} and {cb}.",
                        )
                    ),
                    typo=False,
                )
            )
        byline: str | None = None
        if rng.random() < 0.7:
            byline = rng.choice(self.world.reporters)
            bform = rng.randrange(4)
            header.append({0: f"By {byline}", 1: byline.upper(), 2: byline, 3: f"Written by {byline}"}[bform])
        if rng.random() < 0.2:
            header.append(rng.choice(("Listen to this article", "2 min read", "Share", "5 min read | Share")))
        if pubtext and not pubtext_done and form not in ("iso_lead", "dateline"):
            header.append(pubtext)
        if form in ("iso_lead", "dateline"):
            paras[0] = ("lead", pubtext + paras[0][1])
            if form == "dateline" and outlet == "Reuters":
                outlet_printed = True
        cap = self.caption() if rng.random() < 0.3 else None

        # body furniture
        blocks = [t for _, t in paras]
        if cap:
            blocks.insert(rng.choice((0, 1)), cap)
        if rng.random() < 0.12:
            blocks.insert(rng.randint(1, len(blocks)), self.watch_embed())
        if rng.random() < 0.1:
            tw = self.tweet_embed()
            if tw:
                blocks.insert(rng.randint(1, len(blocks)), tw)
        teaser_people: list[Person] = []
        exclude = {p.pid for p in self.order} | {p.pid for p in (dev.pa, dev.pb) if p is not None}
        if rng.random() < 0.06:
            lines, used = self.teaser_lines(1, exclude)
            teaser_people += used
            blocks.insert(rng.randint(1, len(blocks)), "Also Read: " + lines[0])
        if rng.random() < 0.25 and len(blocks) > 2:
            blocks.insert(rng.randint(2, len(blocks)), rng.choice(_SUBHEADS))
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
            blocks.insert(rng.randint(1, len(blocks)), rng.choice(_AD_LINES))

        # footer: end markers, teasers
        footer: list[str] = []
        if rng.random() < 0.15:
            footer.append("(With inputs from agencies)")
        if rng.random() < 0.06:
            footer.append("To read the full article, please Contact Us.")
        if rng.random() < 0.2:
            footer.append("Follow us on: Facebook | X | Instagram | WhatsApp | YouTube")
        if rng.random() < 0.23:
            marker = rng.choice(
                (
                    "Read Next",
                    "READ MORE",
                    "RELATED TOPICS",
                    "Also Read:",
                    "More from World",
                    "Trending Stories",
                )
            )
            if marker == "RELATED TOPICS":
                footer += [marker, dev.a.name, dev.b.name, _cap(rng.choice(dev.topics))]
                marker = rng.choice(("Read Next", "READ MORE"))
            lines, used = self.teaser_lines(rng.randint(1, 4), exclude)
            teaser_people += used
            footer += [marker, *lines]
        elif rng.random() < 0.2:
            footer += ["RELATED TOPICS", dev.a.name, dev.b.name]
        text = "\n".join(header) + style.sep + style.sep.join(blocks)
        if footer:
            text += style.sep + "\n".join(footer)
        text += "\n"
        # keep articles within 5 KB: drop filler paragraphs (they carry no truth) if needed
        while len(text.encode()) > 5000 and any(k == "filler" for k, _ in paras):
            victim = next(t for k, t in reversed(paras) if k == "filler")
            paras = [(k, t) for k, t in paras if t != victim]
            text = text.replace(style.sep + victim, "", 1)
        truth = self.truth(form, outlet if outlet_printed else None, byline, teaser_people)
        return text, truth

    def truth(
        self, form: str, outlet: str | None, byline: str | None, teasers: list[Person]
    ) -> dict[str, Any]:
        events = []
        for ev in self.events:
            parts = ev.get("_people", [])
            countries = list(ev["countries"])
            for c in ev.get("_countries", []):
                if c not in countries:
                    countries.append(c)
            events.append(
                {
                    "type": ev["type"],
                    "date": ev["date"],
                    "date_phrase": ev["date_phrase"],
                    "date_form": ev["date_form"],
                    "participants": [
                        {
                            "name": p.name,
                            "as_written": self.full[p.pid],
                            "role": role,
                            "title": self.first_title.get(p.pid),
                        }
                        for p, role in parts
                    ],
                    "countries": countries,
                    "agreement": ev["agreement"],
                    "place": ev["place"],
                    "occasion": ev["occasion"],
                    "figures": ev["figures"],
                    "status": ev["status"],
                    "pattern": ev["pattern"],
                }
            )
        people = []
        for p in self.order:
            forms = [self.full[p.pid]]
            if p.pid in self.sur_used and self.sur[p.pid] != self.full[p.pid]:
                forms.append(self.sur[p.pid])
            people.append({"name": p.name, "as_written": forms, "title": p.title, "country": p.country})
        seen: list[str] = []
        for t in teasers:
            if t.name not in seen:
                seen.append(t.name)
        return {
            "published": None if self.undated else _iso(self.pub),
            "published_form": form,
            "outlet": outlet,
            "byline": byline,
            "story": self.dev.story.sid,
            "events": events,
            "people": people,
            "quotes": self.quotes,
            "teaser_people": seen,
        }


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def generate_corpus(count: int, seed: int = 7) -> Iterator[GeneratedArticle]:
    """Yield ``count`` synthetic articles, deterministic for ``seed``.

    A shorter corpus is a prefix of a longer one with the same seed.
    """
    rng = random.Random(seed)
    world = World(rng)
    live = list(world.stories)
    buf: list[tuple[str, dict[str, Any]]] = []
    n = 0
    limit = _END - dt.timedelta(days=110)
    while n < count:
        while len(buf) < 48:
            if not live:
                live.append(world.new_story())
            story = rng.choice(live)
            if story.cursor > limit:
                live = [s for s in live if s is not story]
                continue
            dev = _next_dev(rng, world, story)
            for _ in range(rng.randint(2, 8)):
                buf.append(_Writer(rng, world, dev).compose())
        rng.shuffle(buf)
        take, buf = buf[:24], buf[24:]
        for text, truth in take:
            if n >= count:
                break
            n += 1
            yield GeneratedArticle(f"gen-{n:06d}", text, truth)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m bench.corpus",
        description="Write a synthetic news corpus (one .txt per article + truth.jsonl).",
    )
    ap.add_argument("--count", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    ap.add_argument("--out", type=Path, required=True, help="output directory (created if missing)")
    args = ap.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    n_files = 0
    n_bytes = 0
    with (out / "truth.jsonl").open("w", encoding="utf-8", newline="\n") as tf:
        for art in generate_corpus(args.count, args.seed):
            data = art.text.encode("utf-8")
            (out / f"{art.doc_id}.txt").write_bytes(data)
            line = json.dumps({"doc_id": art.doc_id, **art.truth}, ensure_ascii=False) + "\n"
            tf.write(line)
            n_files += 1
            n_bytes += len(data) + len(line.encode("utf-8"))
    elapsed = time.perf_counter() - t0
    print(
        f"wrote {n_files} articles + truth.jsonl ({n_files + 1} files, {n_bytes} bytes, "
        f"{n_bytes / 1e6:.1f} MB) to {out} in {elapsed:.1f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
