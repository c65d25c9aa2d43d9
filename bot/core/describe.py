"""Plain-text descriptions of events and people, built from the model (no Slack formatting)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.core.model import Entity, Event, EventType, Kind

__all__ = ["country_name", "describe_event", "join_names", "person_label"]


def join_names(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    names = [n for n in names if n]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def person_label(entity: Entity, with_title: bool = True) -> str:
    """ "US Secretary of War Pete Hegseth": the title most sources give, then the canonical name."""
    if entity.kind is not Kind.PERSON or not with_title or not entity.titles:
        return entity.name
    title = entity.titles[0].value
    title = title[:1].upper() + title[1:]
    return f"{title} {entity.name}"


def describe_event(event: Event, entity: Callable[[str], Entity | None], titles: bool = False) -> str:
    """One sentence saying what happened, from the event's structure."""

    def names(*roles: str, kinds: tuple[Kind, ...] = (Kind.PERSON, Kind.ORGANISATION)) -> list[str]:
        found = []
        for role in event.participants:
            if role.role in roles:
                ent = entity(role.entity)
                if ent is not None and ent.kind in kinds:
                    label = person_label(ent) if titles else ent.name
                    if label not in found:
                        found.append(label)
        return found

    def countries(*roles: str) -> list[str]:
        return [country_name(n) for n in names(*roles, kinds=(Kind.COUNTRY,))]

    agreement = entity(event.agreement) if event.agreement else None
    agreement_name = agreement.name if agreement else "an agreement"
    if agreement and agreement.acronym and agreement.acronym not in agreement_name:
        agreement_name += f" ({agreement.acronym})"
    where = _where(event, entity)
    if event.type is EventType.SIGNING:
        who = join_names(names("signatory")) or _capital(join_names(countries("party"))) or "The parties"
        status = event.status[0].value if event.status else None
        verb = {"planned": "agreed to sign", "initialled": "initialled"}.get(status or "", "signed")
        article = "the " if agreement and not agreement_name.lower().startswith(("a ", "an ", "the ")) else ""
        return f"{who} {verb} {article}{agreement_name}{where}"
    if event.type in (EventType.MEETING, EventType.TALKS):
        people = names("participant", "signatory", "visitor")
        verb = "held talks" if event.type is EventType.TALKS else "met"
        if not people and countries("party"):
            return f"{_capital(join_names(countries('party')))} {verb}{where}"
        if len(people) >= 2:
            if event.type is EventType.TALKS:
                return f"{people[0]} held talks with {join_names(people[1:])}{where}"
            return f"{people[0]} met {join_names(people[1:])}{where}"
        if len(people) == 1 and event.type is EventType.MEETING:
            return f"{people[0]} held a meeting{where}"  # not "Bambang Adiwijaya met in Istanbul"
        return f"{join_names(people) or 'Officials'} {verb}{where}"
    if event.type is EventType.VISIT:
        dest = countries("destination")
        to = f" {join_names(dest)}" if dest else ""
        return f"{join_names(names('visitor')) or 'Officials'} visited{to}{where}"
    if event.type is EventType.TARIFF:
        actors = names("actor") or countries("actor")
        targets = countries("target")
        figures = "; ".join(f.label_text() for f in event.figures)
        status = event.status[0].value if event.status else "imposed"
        done = status if status in ("threatened", "cut", "raised", "suspended") else "imposed"
        on = f" on {join_names(targets)}" if targets else ""
        tail = f": {figures}" if figures else ""
        if not actors:
            return f"Tariffs {done}{on}{tail}"  # "Tariffs imposed on Canada: 25% tariff"
        return f"{join_names(actors)} {done} tariffs{on}{tail}"
    if event.type is EventType.NEGOTIATION:
        status = event.status[0].value if event.status else "under way"
        subject = agreement.name if agreement else "talks"
        parties = names("party", kinds=(Kind.COUNTRY,))
        between = f" ({'–'.join(parties)})" if parties else ""
        wording = {
            "under negotiation": "under negotiation",
            "stalled": "stalled",
            "resumed": "resumed",
            "concluded": "concluded",
            "imminent": "said to be imminent",
        }.get(status, status)
        return f"Talks on the {subject}{between}: {wording}{where}"
    if event.type is EventType.STATEMENT:
        speaker = join_names(names("speaker")) or "A spokesperson"
        gist = event.gist[0].value if event.gist else ""
        if not gist:
            return f"{speaker} made a statement{where}"
        return f"{speaker} said{where} that {gist}" if where else f"{speaker} said {gist}"
    return f"{event.type.value}{where}"


_THE = (
    "United ",
    "Republic of ",
    "Democratic Republic",
    "Czech Republic",
    "Netherlands",
    "Philippines",
    "Bahamas",
    "Gambia",
    "Maldives",
    "Central African Republic",
    "Dominican Republic",
    "Solomon Islands",
    "Marshall Islands",
    "European Union",
    "Vatican",
)


def country_name(name: str) -> str:
    """A country's name as it reads in a sentence: "the United States", "India"."""
    return f"the {name}" if name.startswith(_THE) else name


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _where(event: Event, entity: Callable[[str], Entity | None]) -> str:
    parts = ""
    if event.places:
        place = entity(event.places[0].value)
        if place is not None:
            parts += f" in {place.name}"
    if event.occasions:
        occasion = entity(event.occasions[0].value)
        if occasion is not None:
            name = occasion.name
            if occasion.acronym and occasion.acronym not in name:
                name += f" ({occasion.acronym})"
            parts += (
                f", on the sidelines of the {name}" if not name.lower().startswith("the ") else f", at {name}"
            )
    return parts
