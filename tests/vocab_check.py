"""Validate the Newsbot vocabulary data files (bot/core/data) and print counts.

Usage: python -m tests.vocab_check    (exit status 1 if any check fails)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parents[1] / "bot" / "core" / "data"

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FIXED_SLUGS = {
    "United States": "us",
    "United Kingdom": "uk",
    "United Arab Emirates": "uae",
    "European Union": "eu",
}
COUNTRY_KINDS = {"country", "union"}
PLACE_KINDS = {"city", "state", "territory", "region"}
# Demonyms that really are shared by two countries.
SHARED_DEMONYMS = {"Congolese", "Dominican"}
# Words too generic to identify an outlet on their own.
GENERIC_MARKERS = {
    "news",
    "times",
    "express",
    "post",
    "daily",
    "the",
    "herald",
    "tribune",
    "star",
    "mail",
    "journal",
    "today",
    "live",
    "world",
    "online",
    "nation",
    "mint",
    "dawn",
    "time",
    "punch",
    "the times",
    "the star",
    "the nation",
    "the news",
    "the national",
    "the post",
    "the print",
    "the wire",
}

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def load(name: str) -> Any:
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return json.load(fh)


def is_str_list(value: Any, allow_empty: bool = True) -> bool:
    return (
        isinstance(value, list)
        and (allow_empty or bool(value))
        and all(isinstance(x, str) and x.strip() == x and x for x in value)
    )


def check_keys(where: str, entry: Any, spec: Mapping[str, tuple[type, ...]]) -> bool:
    if not isinstance(entry, dict):
        err(f"{where}: entry is not an object: {entry!r}")
        return False
    ok = True
    for key, types in spec.items():
        if key not in entry:
            err(f"{where}: missing key {key!r} in {entry.get('name')!r}")
            ok = False
        elif not isinstance(entry[key], types):
            err(f"{where}: key {key!r} of {entry.get('name')!r} has type {type(entry[key]).__name__}")
            ok = False
    extra = set(entry) - set(spec)
    if extra:
        err(f"{where}: unexpected keys {sorted(extra)} in {entry.get('name')!r}")
    return ok


def dupes(values: list[str]) -> list[str]:
    return sorted(v for v, n in Counter(values).items() if n > 1)


def check_countries(countries: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(countries, list):
        err("countries.json: top level must be a list")
        return {}
    spec = {
        "name": (str,),
        "slug": (str,),
        "aliases": (list,),
        "demonyms": (list,),
        "capital": (str,),
        "kind": (str,),
    }
    good = [c for c in countries if check_keys("countries.json", c, spec)]
    for c in good:
        n = c["name"]
        if not SLUG_RE.match(c["slug"]):
            err(f"countries.json: bad slug {c['slug']!r} for {n!r}")
        if n in FIXED_SLUGS and c["slug"] != FIXED_SLUGS[n]:
            err(f"countries.json: {n!r} must have slug {FIXED_SLUGS[n]!r}")
        if c["kind"] not in COUNTRY_KINDS:
            err(f"countries.json: bad kind {c['kind']!r} for {n!r}")
        if not is_str_list(c["aliases"]) or not is_str_list(c["demonyms"]):
            err(f"countries.json: aliases/demonyms of {n!r} must be lists of non-empty trimmed strings")
            continue
        if n in c["aliases"] or dupes(c["aliases"]):
            err(f"countries.json: {n!r} repeats its name or an alias in aliases")
        for a in c["aliases"]:
            if not any(ch.isupper() for ch in a):
                err(f"countries.json: alias {a!r} of {n!r} has no capital letter")
        for d in c["demonyms"]:
            if not d[0].isupper():
                err(f"countries.json: demonym {d!r} of {n!r} is not capitalised")
    for label, values in (("name", [c["name"] for c in good]), ("slug", [c["slug"] for c in good])):
        for d in dupes(values):
            err(f"countries.json: duplicate {label} {d!r}")
    # names and aliases: one owner each
    owner: dict[str, str] = {}
    for c in good:
        for s in [c["name"], *c["aliases"]]:
            if s in owner and owner[s] != c["slug"]:
                err(f"countries.json: {s!r} belongs to both {owner[s]!r} and {c['slug']!r}")
            owner[s] = c["slug"]
    dem_owner: dict[str, str] = {}
    for c in good:
        for d in c["demonyms"]:
            if d in owner:
                err(f"countries.json: demonym {d!r} of {c['slug']!r} is also a country name/alias")
            if d in dem_owner and dem_owner[d] != c["slug"] and d not in SHARED_DEMONYMS:
                err(f"countries.json: demonym {d!r} shared by {dem_owner[d]!r} and {c['slug']!r}")
            dem_owner.setdefault(d, c["slug"])
    if not any(c["kind"] == "union" and c["slug"] == "eu" for c in good):
        err("countries.json: European Union (kind 'union', slug 'eu') is missing")
    return {c["slug"]: c for c in good}


def check_places(places: Any, countries: dict[str, dict[str, Any]]) -> None:
    if not isinstance(places, list):
        err("places.json: top level must be a list")
        return
    spec = {"name": (str,), "country": (str, type(None)), "kind": (str,), "aliases": (list,)}
    good = [p for p in places if check_keys("places.json", p, spec)]
    for p in good:
        n = p["name"]
        if p["kind"] not in PLACE_KINDS:
            err(f"places.json: bad kind {p['kind']!r} for {n!r}")
        if p["kind"] == "region":
            if p["country"] is not None:
                err(f"places.json: region {n!r} must have country null")
        elif p["country"] not in countries:
            err(f"places.json: {n!r} has unknown country {p['country']!r}")
        if not is_str_list(p["aliases"]):
            err(f"places.json: aliases of {n!r} must be a list of non-empty trimmed strings")
            continue
        if n in p["aliases"] or dupes(p["aliases"]):
            err(f"places.json: {n!r} repeats its name or an alias in aliases")
        for s in [n, *p["aliases"]]:
            if not any(ch.isupper() for ch in s):
                err(f"places.json: {s!r} ({n!r}) has no capital letter")
    names = [p["name"] for p in good]
    for d in dupes(names):
        err(f"places.json: duplicate name {d!r}")
    name_set = set(names)
    alias_owner: dict[str, str] = {}
    for p in good:
        for a in p["aliases"]:
            if a in name_set:
                err(f"places.json: alias {a!r} of {p['name']!r} is the name of another entry")
            if a in alias_owner and alias_owner[a] != p["name"]:
                err(f"places.json: alias {a!r} used by {alias_owner[a]!r} and {p['name']!r}")
            alias_owner[a] = p["name"]
    # capitals must be present and consistent
    by_name = {p["name"]: p for p in good}
    for slug, c in countries.items():
        cap = by_name.get(c["capital"])
        if cap is None:
            err(f"places.json: capital {c['capital']!r} of {slug!r} is missing")
        elif c["kind"] == "country" and (cap["kind"] != "city" or cap["country"] != slug):
            err(f"places.json: capital {c['capital']!r} should be a city of {slug!r}")
    # no place string may also be a country string, except a city-state's own capital
    country_strings: dict[str, str] = {}
    for slug, c in countries.items():
        for s in [c["name"], *c["aliases"], *c["demonyms"]]:
            country_strings[s] = slug
    for p in good:
        for s in [p["name"], *p["aliases"]]:
            hit = country_strings.get(s)
            if hit is not None and not (countries[hit]["capital"] == p["name"] and p["country"] == hit):
                err(f"places.json: {s!r} ({p['name']!r}) collides with country {hit!r}")


def check_given_names(data: Any) -> int:
    if not isinstance(data, dict) or set(data) != {"names"} or not isinstance(data["names"], list):
        err('given_names.json: must be an object {"names": [...]}')
        return 0
    names = data["names"]
    for n in names:
        if not isinstance(n, str) or not n or not n[0].isupper() or any(ch.isspace() for ch in n):
            err(f"given_names.json: bad name {n!r}")
    for d in dupes([n for n in names if isinstance(n, str)]):
        err(f"given_names.json: duplicate {d!r}")
    return len(names)


def check_outlets(outlets: Any, countries: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    if not isinstance(outlets, list):
        err("outlets.json: top level must be a list")
        return []
    spec = {
        "name": (str,),
        "short": (str,),
        "markers": (list,),
        "country": (str, type(None)),
        "agency": (bool,),
    }
    good = [o for o in outlets if check_keys("outlets.json", o, spec)]
    for o in good:
        n = o["name"]
        if not is_str_list(o["markers"], allow_empty=False):
            err(f"outlets.json: markers of {n!r} must be a non-empty list of trimmed strings")
            continue
        if o["country"] is not None and o["country"] not in countries:
            err(f"outlets.json: {n!r} has unknown country {o['country']!r}")
        for m in o["markers"]:
            if len(m) < 3 or m.lower() in GENERIC_MARKERS:
                err(f"outlets.json: marker {m!r} of {n!r} is too short or generic")
    for d in dupes([o["name"] for o in good]):
        err(f"outlets.json: duplicate name {d!r}")
    owner: dict[str, str] = {}
    for o in good:
        for m in {m.lower() for m in o["markers"]}:
            if m in owner:
                err(f"outlets.json: marker {m!r} used by {owner[m]!r} and {o['name']!r}")
            owner[m] = o["name"]
    # informational: a marker contained in another outlet's marker (resolve by longest match).
    # All-caps acronyms (ANI, PTI, CNN ...) are meant to be matched case-sensitively as whole
    # words, so they are compared that way here.
    pairs = [(m, o["name"]) for o in good for m in o["markers"]]
    overlaps = []
    for m, o in pairs:
        acronym = m.isupper() and m.replace("-", "").replace("/", "").isalnum()
        pattern = re.compile(r"(?<![A-Za-z0-9])" + re.escape(m) + r"(?![A-Za-z0-9])")
        for m2, o2 in pairs:
            if o == o2 or m == m2:
                continue
            if pattern.search(m2) if acronym else m.lower() in m2.lower():
                overlaps.append((f"{m} [{o}]", f"{m2} [{o2}]"))
    return overlaps


def nested_country_strings(countries: dict[str, dict[str, Any]]) -> list[str]:
    """Country names/aliases that occur as whole words inside another country's string.

    Informational: a matcher must take the longest match ("Republic of China" inside
    "People's Republic of China", "Korea" inside "North Korea", "Guinea" inside "Papua New Guinea").
    """
    strings = [(s, slug) for slug, c in countries.items() for s in [c["name"], *c["aliases"]]]
    found = []
    for s, slug in strings:
        pattern = re.compile(r"(?<![\w.])" + re.escape(s) + r"(?![\w])")
        for s2, slug2 in strings:
            if slug != slug2 and pattern.search(s2):
                found.append(f"{s} [{slug}] in {s2} [{slug2}]")
    return sorted(found)


def main() -> int:
    countries_raw = load("countries.json")
    countries = check_countries(countries_raw)
    places = load("places.json")
    check_places(places, countries)
    n_names = check_given_names(load("given_names.json"))
    outlets = load("outlets.json")
    overlaps = check_outlets(outlets, countries)
    nested = nested_country_strings(countries)

    kinds = Counter(c.get("kind") for c in countries_raw if isinstance(c, dict))
    pkinds = Counter(p.get("kind") for p in places if isinstance(p, dict))
    n_agency = sum(1 for o in outlets if isinstance(o, dict) and o.get("agency") is True)
    print(
        f"countries.json:   {len(countries_raw)} entries ({dict(kinds)}), "
        f"{sum(len(c['aliases']) for c in countries.values())} aliases, "
        f"{sum(len(c['demonyms']) for c in countries.values())} demonyms"
    )
    print(f"places.json:      {len(places)} entries ({dict(pkinds)})")
    print(f"given_names.json: {n_names} names")
    print(
        f"outlets.json:     {len(outlets)} outlets ({n_agency} agencies), "
        f"{sum(len(o.get('markers', [])) for o in outlets if isinstance(o, dict))} markers"
    )
    if overlaps:
        print(
            f"note: {len(overlaps)} marker(s) are substrings of another outlet's marker "
            "(match longest first):"
        )
        for short, long in sorted(overlaps):
            print(f"  {short}  in  {long}")
    if nested:
        print(
            f"note: {len(nested)} country strings sit inside another country's string (match longest first):"
        )
        for line in nested:
            print("  " + line)
    if errors:
        print(f"\nFAILED: {len(errors)} error(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
