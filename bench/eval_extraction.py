"""Extraction quality on generated articles, against the generator's truth. Prints figures.

    python -m bench.eval_extraction --count 500 --seed 11

Per article (before merging): publication date, people (recall, precision, teaser leaks), and
events of the main kinds (recall by type and participants, dates right at their precision).
After merging every article: people merged wrongly (one person of the model who is two people of the
generator: namesakes, a shared surname) or left split (one person of the generator who is several of
the model), and signings merged wrongly (one signing of the model reported as two of the generator's:
another agreement or another pair of countries).
The corpus comes from bench/corpus.py, which the extractor was not written against line by line.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from typing import Any

from bench.corpus import generate_corpus
from bot.core.extract import Extractor
from bot.core.merge import StoryBuilder, normalise_words
from bot.core.model import Kind, Precision, Story, When
from bot.core.names import name_key
from bot.core.pipeline import ArticleInput, Rejected, finish, prepare
from bot.core.vocab import load_vocabulary

MAIN_TYPES = {"signing", "meeting", "talks", "visit", "tariff"}


def _date_text(when: When | None) -> str | None:
    if when is None:
        return None
    if when.precision is Precision.DAY:
        return when.start.isoformat()
    if when.precision is Precision.MONTH:
        return when.start.isoformat()[:7]
    if when.precision is Precision.YEAR:
        return str(when.start.year)
    return f"{when.start.isoformat()}..{when.end.isoformat()}"


def _truth_date(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return f"{value['start']}..{value['end']}"


def _people(fragment: Story) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for entity in fragment.entities:
        if entity.kind is Kind.PERSON:
            keys = {name_key(a.value) for a in entity.aliases if not a.value.startswith("@")} | {
                name_key(entity.name)
            }
            found[entity.id] = keys
    return found


def evaluate(count: int, seed: int, verbose: int = 0) -> dict[str, float]:
    """Run the extractor over ``count`` generated articles and score it."""
    vocab = load_vocabulary()
    extractor = Extractor(vocab)
    builder = StoryBuilder(vocab=vocab)
    stats: Counter[str] = Counter()
    misses: list[str] = []
    truths: dict[str, dict[str, Any]] = {}
    started = time.perf_counter()
    for seq, article in enumerate(generate_corpus(count, seed), start=1):
        truth = article.truth
        truths[article.doc_id] = truth
        try:
            prepared = prepare(ArticleInput(article.doc_id, article.text), vocab)
            result = finish(prepared, builder, extractor, seq)
        except Rejected as exc:
            stats["rejected"] += 1
            if truth.get("published"):
                stats["rejected_dated"] += 1
                misses.append(f"{article.doc_id}: rejected: {exc}")
            continue
        builder.add(result.fragment, result.source)
        fragment, source = result.fragment, result.source
        if truth.get("published"):
            stats["published_total"] += 1
            if source.published and source.published.start.isoformat() == truth["published"]:
                stats["published_ok"] += 1
            elif verbose:
                misses.append(
                    f"{article.doc_id}: published {source.published and source.published.label()} "
                    f"!= {truth['published']} ({truth.get('published_form')})"
                )
        people = _people(fragment)
        all_keys = set().union(*people.values()) if people else set()
        truth_people = truth.get("people", [])
        for person in truth_people:
            stats["people_total"] += 1
            variants = {name_key(person["name"])} | {name_key(v) for v in person.get("as_written", [])}
            if variants & all_keys:
                stats["people_found"] += 1
            elif verbose > 1:
                misses.append(f"{article.doc_id}: missed person {person['name']}")
        truth_keys = set()
        for person in truth_people:
            truth_keys |= {name_key(person["name"])} | {name_key(v) for v in person.get("as_written", [])}
            truth_keys |= {name_key(v).split()[-1] for v in person.get("as_written", []) if v}
        for event in truth.get("events", []):
            for participant in event.get("participants", []):
                truth_keys |= {name_key(participant["name"]), name_key(participant.get("as_written") or "")}
        for keys in people.values():
            stats["people_extracted"] += 1
            if keys & truth_keys or any(k.split()[-1] in truth_keys for k in keys):
                stats["people_correct"] += 1
            elif verbose > 1:
                misses.append(f"{article.doc_id}: extra person {sorted(keys)[0]}")
        teaser = {name_key(n) for n in truth.get("teaser_people", [])}
        if teaser & all_keys:
            stats["teaser_leaks"] += 1
            misses.append(f"{article.doc_id}: teaser person leaked: {sorted(teaser & all_keys)}")
        for event in truth.get("events", []):
            if event["type"] not in MAIN_TYPES:
                continue
            stats[f"events_total_{event['type']}"] += 1
            stats["events_total"] += 1
            names = {name_key(p.get("as_written") or p["name"]) for p in event["participants"]}
            names |= {name_key(p["name"]) for p in event["participants"]}
            best = None
            want_date = _truth_date(event.get("date"))
            matches = []
            for candidate in fragment.events:
                kinds = {candidate.type.value} | (
                    {"meeting", "talks"} if candidate.type.value in ("meeting", "talks") else set()
                )
                if event["type"] not in kinds:
                    continue
                theirs = set()
                for role in candidate.participants:
                    if role.entity in people:
                        theirs |= people[role.entity]
                if (
                    not names
                    or names & theirs
                    or (not event["participants"] and candidate.type.value == event["type"])
                ):
                    matches.append(candidate)
            if matches:
                best = next((c for c in matches if _date_text(c.when) == want_date), matches[0])
            if best is None:
                if verbose > 1:
                    misses.append(f"{article.doc_id}: missed {event['type']} ({event.get('pattern')})")
                continue
            stats["events_found"] += 1
            stats[f"events_found_{event['type']}"] += 1
            want = _truth_date(event.get("date"))
            if want is not None:
                stats["event_dates_total"] += 1
                got = _date_text(best.when)
                if got == want:
                    stats["event_dates_ok"] += 1
                elif verbose:
                    misses.append(
                        f"{article.doc_id}: {event['type']} date {got} != {want} ({event.get('date_phrase')})"
                    )
    merged = _merge_figures(builder.build(), truths, misses if verbose else None)
    elapsed = time.perf_counter() - started
    figures = {
        "articles": float(count),
        "seconds": elapsed,
        "rejected": float(stats["rejected"]),
        "publication_date_accuracy": stats["published_ok"] / max(1, stats["published_total"]),
        "people_recall": stats["people_found"] / max(1, stats["people_total"]),
        "people_precision": stats["people_correct"] / max(1, stats["people_extracted"]),
        "teaser_leaks": float(stats["teaser_leaks"]),
        "event_recall": stats["events_found"] / max(1, stats["events_total"]),
        "event_date_accuracy": stats["event_dates_ok"] / max(1, stats["event_dates_total"]),
    }
    for kind in sorted(MAIN_TYPES):
        total = stats[f"events_total_{kind}"]
        if total:
            figures[f"event_recall_{kind}"] = stats[f"events_found_{kind}"] / total
    figures.update(merged)
    if verbose:
        for line in misses[: 40 * verbose]:
            print("  " + line, file=sys.stderr)
    return figures


def _merge_figures(
    story: Story, truths: dict[str, dict[str, Any]], misses: list[str] | None
) -> dict[str, float]:
    """Wrong and missed merges of people and signings in the merged ``story``, against each article's truth."""
    # Per article: each way the article writes a person (name key) -> the generator's person.
    written: dict[str, dict[str, str]] = {}
    for doc, truth in truths.items():
        forms: dict[str, set[str]] = {}
        for person in truth.get("people", []):
            for form in (person["name"], *person.get("as_written", [])):
                if form:
                    forms.setdefault(name_key(form), set()).add(person["name"])
        written[doc] = {key: next(iter(names)) for key, names in forms.items() if len(names) == 1}
    model_of: dict[str, set[str]] = {}
    people = wrong_people = 0
    for entity in story.entities:
        if entity.kind is not Kind.PERSON:
            continue
        found = {
            written[doc][name_key(alias.value)]
            for alias in entity.aliases
            for doc in alias.sources
            if doc in written and name_key(alias.value) in written[doc]
        }
        if not found:
            continue  # a seed person, or a name the generator does not list
        people += 1
        for truth_name in found:
            model_of.setdefault(truth_name, set()).add(entity.id)
        if len(found) > 1:
            wrong_people += 1
            if misses is not None:
                misses.append(f"merged people: {entity.name} is {sorted(found)}")
    split_people = 0
    for truth_name, ids in sorted(model_of.items()):
        if len(ids) > 1:
            split_people += 1
            if misses is not None:
                misses.append(f"split person: {truth_name} is {sorted(ids)}")
    # Signings: the generator's (agreement, countries) of each source's signing of the model's agreement.
    names = {
        e.id: {normalise_words(a.value) for a in e.aliases} | {normalise_words(e.name)}
        for e in story.entities
    }
    signings = wrong_signings = 0
    for event in story.events:
        if event.type.value != "signing" or event.agreement is None:
            continue
        mine = names.get(event.agreement, set())
        found_signings = set()
        for doc in event.sources:
            for told in truths.get(doc, {}).get("events", []):
                if (
                    told["type"] == "signing"
                    and told.get("agreement")
                    and normalise_words(told["agreement"]) in mine
                ):
                    found_signings.add((told["agreement"], frozenset(told.get("countries") or ())))
        if not found_signings:
            continue
        signings += 1
        if len({countries for _, countries in found_signings}) > 1:
            wrong_signings += 1
            if misses is not None:
                misses.append(
                    f"merged signings: {event.id} is {sorted((a, sorted(c)) for a, c in found_signings)}"
                )
    return {
        "people_merged_wrongly": wrong_people / max(1, people),
        "people_left_split": split_people / max(1, len(model_of)),
        "signings_merged_wrongly": wrong_signings / max(1, signings),
        "merge_people_checked": float(people),
        "merge_signings_checked": float(signings),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("-v", "--verbose", action="count", default=0)
    args = parser.parse_args(argv)
    figures = evaluate(args.count, args.seed, args.verbose)
    for key, value in figures.items():
        print(
            f"{key:28} {value:.3f}"
            if isinstance(value, float) and value <= 1 and key != "articles"
            else f"{key:28} {value:g}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
