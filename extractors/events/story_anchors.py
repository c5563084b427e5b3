"""An anchor for an article that nothing dates, borrowed from the report of its story it shares most with.

Why: an article with no publication date and no dated mention has no anchor (``blocks.article_anchors``), so its
mentions fall in a merge unit of their own and join nothing: a preview page scraped without its date ("the
president will travel to the island"), a landing report whose dateline was lost. Their events then take no dates
from the reports that give them, and each is a cluster of its own. The story is plain from the other reports of the
run: the one that names the same people and the same places. Such an article is taken to be about the days that
report is about: it borrows that report's anchor, and its undated mentions then look for their event in the weeks
around it (``blocks.block_span``), under the same tests as any undated mention (``cluster._Facts``: one shared name
is not enough without a place on the map).

A mate must share at least one person and, with places, two things in all (people's name tokens and place names):
one common surname alone ("Kim") ties unrelated stories. When the best mates are about days further apart than a
visit, the story is not one: nothing is borrowed. Mates are the articles clustered together (one merge run, one
staging part in the incremental flow): an undated page whose only mate is in another batch keeps no anchor.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .names import is_person, name_tokens

_MIN_SHARED = 2  # people's tokens and place names two articles share: one surname alone is no story
_SAME_STORY_DAYS = 14  # best mates whose anchors lie further apart tell different stories: nothing is borrowed


@dataclass(frozen=True)
class Mention:
    """What a mention gives its article's story: who (person names) and where (place names)."""

    article_id: str
    people: tuple[str, ...]
    places: tuple[str, ...]


def _story(mentions: Iterable[Mention]) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    people: dict[str, set[str]] = defaultdict(set)
    places: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        people[m.article_id].update(*(name_tokens(n) for n in m.people))
        places[m.article_id].update(p.lower() for p in m.places if p)
    return {a: (frozenset(people[a]), frozenset(places[a])) for a in people}


def borrowed_anchors(mentions: Iterable[Mention], anchors: Mapping[str, date]) -> dict[str, date]:
    """Anchors for the articles ``anchors`` lacks, from their best story mate (see the module docstring)."""
    story = _story(mentions)
    lacking = sorted(a for a in story if a not in anchors)
    if not lacking:
        return {}
    dated = sorted(a for a in story if a in anchors)
    out: dict[str, date] = {}
    for a in lacking:
        people, places = story[a]
        scored = []
        for b in dated:
            shared_people = len(people & story[b][0])
            shared = shared_people + len(places & story[b][1])
            if shared_people and shared >= _MIN_SHARED:
                scored.append((shared, b))
        if not scored:
            continue
        top = max(s for s, _ in scored)
        days = sorted(anchors[b] for s, b in scored if s == top)
        if (days[-1] - days[0]).days <= _SAME_STORY_DAYS:
            out[a] = days[0]
    return out


def event_mentions(events: Iterable) -> list[Mention]:
    """``Mention`` of each ``records.Event``: its named people, and its place and destination names."""
    out = []
    for e in events:
        places = tuple(p.name for p in (e.location, e.destination) if p is not None and p.name)
        out.append(Mention(e.article_id, tuple(p.name for p in e.participants if is_person(p)), places))
    return out


def row_mentions(articles: list[str], participants: list, locations: list, destinations: list) -> list[Mention]:
    """``Mention`` of each staged row (the staged table's columns as Python lists)."""
    out = []
    for art, people, loc, dest in zip(articles, participants, locations, destinations, strict=True):
        names = tuple(p["name"] for p in people or () if p.get("name") and _is_person_name(p["name"]))
        places = tuple(p["name"] for p in (loc, dest) if p and p.get("name"))
        out.append(Mention(art, names, places))
    return out


def _is_person_name(name: str) -> bool:
    from ..records import Participant

    return is_person(Participant(name, None, None, None))  # type: ignore[arg-type]
