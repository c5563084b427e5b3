"""Cross-article clustering: link mentions of the same real-world event, then reconcile what members lack.

Two mentions are the same event when type and (specific) subtype agree, they share a participant (by name token, so
'Ruiz' meets 'Ana Ruiz'), places are equal or nested (Springfield in Illinois), and dates overlap. Clusters are
built by complete linkage (a mention joins a cluster only if it is compatible with every member), which keeps a
generic "talks" mention from chaining a bilateral meeting to a two-plus-two. Cluster ids hash the sorted member ids,
so they are deterministic and independent of input order.

Reconciliation fills gaps from the cluster, never overwriting evidence: a member without a date takes the dates the
other members agree on, a country/state-level place takes a city inside it, and missing named participants are added.
Status stays per article (it is what each article reported); ``cluster_status`` gives the cluster's view, where a
later report that an event happened beats an earlier plan.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from ...ids import stable_id
from ..places import gazetteer
from ..records import Event, Participant
from .candidate import dates_compatible, subtypes_compatible

_TITLE_TOKENS = {"mr", "mrs", "ms", "dr", "the"}
_PRONOUNS = {"he", "she", "him", "her", "his", "they", "them", "their"}


def name_tokens(name: str) -> set[str]:
    words = name.lower().replace("-", " ").replace(".", " ").split()
    return {w.strip(",'’") for w in words if len(w.strip(",'’")) >= 3 and w not in _TITLE_TOKENS}


def is_person(p: Participant) -> bool:
    """A named person rather than a group description ('Chinese counterparts')."""
    words = p.name.split()
    return bool(words) and all(w[:1].isupper() or w.lower() in {"bin", "al", "da", "de", "van", "von"} for w in words)


def same_person(a: str, b: str) -> bool:
    return bool(name_tokens(a) & name_tokens(b))


def _people(e: Event) -> list[str]:
    return [p.name for p in e.participants if is_person(p)]


def compatible(a: Event, b: Event) -> bool:
    gz = gazetteer()
    if a.event_type != b.event_type or a.article_id == b.article_id:
        return False
    if not subtypes_compatible(a.subtype, b.subtype, a.event_type):
        return False
    if not (gz.compatible(a.location, b.location) and gz.compatible(a.destination, b.destination)
            and gz.compatible(a.origin, b.origin)):
        return False
    if not dates_compatible(*_bounded(a), *_bounded(b)):
        return False
    pa, pb = _people(a), _people(b)
    if not pa and not pb:
        # events named only by a group ("the leaders of ...") or by nobody: the same specific kind on the same
        # dates is the same event ("last week's summit" in two reports of one week)
        return (a.subtype not in {"meeting", "talks", "visit"} and a.date_start is not None
                and (a.date_start, a.date_end) == (b.date_start, b.date_end))
    if not pa or not pb:
        return False
    if not (_named(a) and _named(b)):
        # people given only by context ("the meetings" in a live blog's opening line) are weak evidence: such a
        # mention joins a report from elsewhere only when both are dated and placed (checked compatible above)
        dated = (a.date_start or a.date_end) is not None and (b.date_start or b.date_end) is not None
        placed = (a.location or a.destination) is not None and (b.location or b.destination) is not None
        if not (dated and placed):
            return False
    shared = _shared_people(pa, pb)
    if _undated(a) or _undated(b):
        # nothing ties an undated mention to a time: one shared name ("Hu", "Hashimoto") links reports of
        # different years; two shared people, or one at the same mapped place, make it the same event
        placed = _mapped(a) and _mapped(b)
        return shared >= 2 or (shared >= 1 and placed)
    return shared >= 1


_OPEN_DAYS = 31  # an open range ("by Thursday", "since March") is read as at most a month for cross-article links


def _bounded(e: Event) -> tuple[date | None, date | None]:
    """The event's range with an open end closed at a month: 'arrived (some day) by 20 January' is no evidence
    that it is the same arrival as one a year earlier."""
    start, end = e.date_start, e.date_end
    if start is None and end is not None:
        start = end - timedelta(days=_OPEN_DAYS)
    elif end is None and start is not None:
        end = start + timedelta(days=_OPEN_DAYS)
    return start, end


def _undated(e: Event) -> bool:
    return e.date_start is None and e.date_end is None


def _mapped(e: Event) -> bool:
    """Placed somewhere on the map (a city, a state, a country): the place then says which event it is."""
    p = e.location or e.destination
    return p is not None and p.country_code is not None


def _shared_people(pa: list[str], pb: list[str]) -> int:
    """How many people of ``pa`` also take part in the other mention (by name token)."""
    return sum(any(same_person(x, y) for y in pb) for x in pa)


def _named(e: Event) -> list[str]:
    """People the mention's own sentence names or refers to by a pronoun; not those filled in from context (no
    ``mention``) or read from a group noun ('the foreign ministers' meetings' -> every minister in the story)."""
    return [p.name for p in e.participants if is_person(p) and p.mention
            and (same_person(p.name, p.mention) or p.mention.lower() in _PRONOUNS)]


def _specificity(e: Event) -> tuple:
    """Well-anchored mentions (dated, placed, many people) seed clusters; vague ones then join the best fit."""
    return (e.date_start is not None or e.date_end is not None, bool(e.location or e.destination),
            len(_people(e)), e.subtype not in {"meeting", "talks"}, e.confidence, e.event_id)


def _keys(e: Event) -> set[tuple[str, str]]:
    """Blocking keys: a cluster can only take an event of the same type sharing a name token (or, for events that
    name nobody, the same type), so a batch of many articles is not compared all against all."""
    toks = {t for n in _people(e) for t in name_tokens(n)}
    return {(e.event_type, t) for t in toks} if toks else {(e.event_type, "~")}


def cluster_events(events: Sequence[Event]) -> list[Event]:
    """The same events (input order) with ``cluster_id`` set and gaps reconciled across each cluster."""
    order = sorted(events, key=_specificity, reverse=True)
    clusters: list[list[Event]] = []
    index: dict[tuple[str, str], set[int]] = {}
    for e in order:
        best, best_overlap = None, -1
        keys = _keys(e)
        for ci in sorted({i for k in keys for i in index.get(k, ())}):
            c = clusters[ci]
            if all(compatible(e, m) for m in c):
                overlap = sum(any(same_person(x, y) for m in c for y in _people(m)) for x in _people(e))
                if overlap > best_overlap:
                    best, best_overlap = ci, overlap
        if best is None:
            clusters.append([e])
            best = len(clusters) - 1
        else:
            clusters[best].append(e)
        for k in keys:
            index.setdefault(k, set()).add(best)
    out: dict[str, Event] = {}
    for c in clusters:
        cid = stable_id("clu", *sorted(m.event_id for m in c))
        for m in _reconcile(c):
            out[m.event_id] = replace(m, cluster_id=cid)
    return [out[e.event_id] for e in events]


def _consensus_dates(members: list[Event]) -> tuple[date | None, date | None] | None:
    votes = Counter((m.date_start, m.date_end) for m in members if m.date_start is not None and m.date_end is not None)
    if not votes:
        return None
    (top, n), = votes.most_common(1)
    return top


def _reconcile(members: list[Event]) -> list[Event]:
    if len(members) == 1:
        return members
    gz = gazetteer()
    cons = _consensus_dates(members)
    loc = dest = origin = None
    for m in members:
        loc = gz.more_specific(loc, m.location) if gz.compatible(loc, m.location) else loc
        dest = gz.more_specific(dest, m.destination) if gz.compatible(dest, m.destination) else dest
        origin = gz.more_specific(origin, m.origin) if gz.compatible(origin, m.origin) else origin
    people: dict[str, Participant] = {}
    for m in members:
        for p in m.participants:
            if is_person(p) and not any(same_person(p.name, q) for q in people):
                people[p.name] = Participant(p.name, p.role, p.country_code, None)
    out = []
    for m in members:
        changes: dict = {}
        if cons is not None:
            s, e = cons
            if m.date_start is None and m.date_end is None:
                changes.update(date_start=s, date_end=e)
            elif (m.date_start is not None and m.date_end is not None and s is not None and e is not None
                  and s <= m.date_start and m.date_end <= e and (s, e) != (m.date_start, m.date_end)):
                changes.update(date_start=s, date_end=e)  # a narrower reading of the same span
        if m.event_type == "meeting" and loc is not None and gz.compatible(m.location, loc) and m.location != loc:
            changes["location"] = loc
        if m.event_type == "travel":
            if dest is not None and gz.compatible(m.destination, dest) and m.destination != dest:
                changes["destination"] = dest
            if origin is not None and gz.compatible(m.origin, origin) and m.origin != origin:
                changes["origin"] = origin
        mine = _people(m)
        extra = [p for n, p in people.items() if not any(same_person(n, x) for x in mine)]
        if extra:
            changes["participants"] = tuple(m.participants) + tuple(extra)
        out.append(replace(m, **changes) if changes else m)
    return out


def cluster_status(members: Sequence[Event]) -> str:
    """The cluster's status: cancelled if any report says so after the plan, occurred if any report says it
    happened, else planned/unknown."""
    sts = {m.status for m in members}
    for s in ("occurred", "cancelled", "planned"):
        if s in sts:
            return s
    return "unknown"
