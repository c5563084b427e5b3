"""Cross-article clustering: link mentions of the same real-world event, then reconcile what members lack.

Two mentions are the same event when type and (specific) subtype agree, they share a participant (by name token, so
'Ruiz' meets 'Ana Ruiz'), places are equal or nested (Springfield in Illinois), and dates overlap. Clusters are
built by complete linkage (a mention joins a cluster only if it is compatible with every member), which keeps a
generic "talks" mention from chaining a bilateral meeting to a two-plus-two. Cluster ids hash the sorted member ids,
so they are deterministic and independent of input order. Clustering runs per merge unit (event type and event
month, see ``blocks``), with candidates found by (name token, week) keys, so its cost grows with the size of a
unit's blocks, not with the square of the history.

Reconciliation fills gaps from the cluster, never overwriting evidence: a member without a date takes the dates the
other members agree on, a country/state-level place takes a city inside it, and missing named participants are added.
Status stays per article (it is what each article reported); ``cluster_status`` gives the cluster's view, where a
later report that an event happened beats an earlier plan.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from ...ids import stable_id
from ..places import gazetteer
from ..records import Event, Participant
from .blocks import is_narrow, units, weeks
from .candidate import dates_compatible, subtypes_compatible

_TITLE_TOKENS = {"mr", "mrs", "ms", "dr", "the"}
_PRONOUNS = {"he", "she", "him", "her", "his", "they", "them", "their"}


@lru_cache(maxsize=65_536)
def name_tokens(name: str) -> frozenset[str]:
    words = name.lower().replace("-", " ").replace(".", " ").split()
    return frozenset(w.strip(",'’") for w in words if len(w.strip(",'’")) >= 3 and w not in _TITLE_TOKENS)


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
    if not dates_compatible(a.date_start, a.date_end, b.date_start, b.date_end):
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
    return any(same_person(x, y) for x in pa for y in pb)


def _named(e: Event) -> list[str]:
    """People the mention's own sentence names or refers to by a pronoun; not those filled in from context (no
    ``mention``) or read from a group noun ('the foreign ministers' meetings' -> every minister in the story)."""
    return [p.name for p in e.participants if is_person(p) and p.mention
            and (same_person(p.name, p.mention) or p.mention.lower() in _PRONOUNS)]


def _specificity(e: Event) -> tuple:
    """Well-anchored mentions (dated, placed, many people) seed clusters; vague ones then join the best fit."""
    return (e.date_start is not None or e.date_end is not None, bool(e.location or e.destination),
            len(_people(e)), e.subtype not in {"meeting", "talks"}, e.confidence, e.event_id)


@dataclass(frozen=True)
class _Facts:
    """What ``compatible`` reads of a mention, computed once. ``shape`` is all of it except the article: members of
    a cluster with the same shape answer the same, so complete linkage checks each shape once."""

    people: tuple[str, ...]
    tokens: frozenset[str]
    narrow: bool
    shape: tuple


def _facts(e: Event) -> _Facts:
    people = tuple(_people(e))
    tokens = frozenset(t for n in people for t in name_tokens(n)) or frozenset({"~"})
    shape = (e.event_type, e.subtype, e.location, e.destination, e.origin, e.date_start, e.date_end, people,
             tuple(_named(e)))
    return _Facts(people, tokens, is_narrow(e.date_start, e.date_end), shape)


@dataclass
class _Cluster:
    members: list[Event]
    articles: set[str]
    shapes: dict[tuple, Event]  # one member per distinct shape
    tokens: set[str]  # every name token of its members' people

    def add(self, e: Event, f: _Facts) -> None:
        self.members.append(e)
        self.articles.add(e.article_id)
        self.shapes.setdefault(f.shape, e)
        self.tokens.update(f.tokens)

    def accepts(self, e: Event) -> bool:
        """Complete linkage: compatible with every member (with one member of each shape, which is the same)."""
        return e.article_id not in self.articles and all(compatible(e, m) for m in self.shapes.values())


class _Index:
    """Blocking keys of one unit's clusters: (token, week) for narrow-dated members, token alone for undated or
    wide ones (which may be compatible with any week of the unit), and every token for the undated lookups."""

    def __init__(self) -> None:
        self.by_week: dict[tuple[str, int], set[int]] = defaultdict(set)
        self.wide: dict[str, set[int]] = defaultdict(set)
        self.by_token: dict[str, set[int]] = defaultdict(set)

    def candidates(self, e: Event, f: _Facts) -> set[int]:
        if f.narrow:
            found = {ci for t in f.tokens for ci in self.wide.get(t, ())}
            for w in weeks(e.date_start, e.date_end):  # type: ignore[arg-type]
                for t in f.tokens:
                    found.update(self.by_week.get((t, w), ()))
            return found
        return {ci for t in f.tokens for ci in self.by_token.get(t, ())}

    def add(self, ci: int, e: Event, f: _Facts) -> None:
        for t in f.tokens:
            self.by_token[t].add(ci)
            if not f.narrow:
                self.wide[t].add(ci)
        if f.narrow:
            for w in weeks(e.date_start, e.date_end):  # type: ignore[arg-type]
                for t in f.tokens:
                    self.by_week[(t, w)].add(ci)


def cluster_unit(events: Sequence[Event]) -> list[list[Event]]:
    """Complete-linkage clusters of one merge unit: well-anchored mentions first (``_specificity``), each joining
    the compatible cluster that shares most of its people (the earliest on a tie), else starting its own."""
    clusters: list[_Cluster] = []
    index = _Index()
    for e in sorted(events, key=_specificity, reverse=True):
        f = _facts(e)
        best, best_overlap = None, -1
        if f.people or e.date_start is not None:  # an undated mention naming nobody can join nothing
            for ci in sorted(index.candidates(e, f)):
                c = clusters[ci]
                if c.accepts(e):
                    overlap = sum(bool(name_tokens(x) & c.tokens) for x in f.people)
                    if overlap > best_overlap:
                        best, best_overlap = ci, overlap
        if best is None:
            clusters.append(_Cluster([], set(), {}, set()))
            best = len(clusters) - 1
        clusters[best].add(e, f)
        index.add(best, e, f)
    return [c.members for c in clusters]


def finish_cluster(members: Sequence[Event]) -> list[Event]:
    """A cluster's members with their deterministic ``cluster_id`` (a hash of the sorted member ids, so independent
    of input order and of how runs were split) and gaps reconciled."""
    cid = stable_id("clu", *sorted(m.event_id for m in members))
    return [replace(m, cluster_id=cid) for m in _reconcile(list(members))]


def cluster_events(events: Sequence[Event], published: Mapping[str, date | None] | None = None) -> list[Event]:
    """The same events (input order) with ``cluster_id`` set and gaps reconciled across each cluster. Clustering
    runs per merge unit (``blocks``): event type and event month, with undated mentions placed by their article's
    anchor; ``published`` (article id -> date) anchors articles none of whose mentions is dated."""
    out: dict[str, Event] = {}
    for members in units(events, published).values():
        for c in cluster_unit(members):
            for m in finish_cluster(c):
                out[m.event_id] = m
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
