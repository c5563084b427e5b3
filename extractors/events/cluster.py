"""Cross-article clustering: link mentions of the same real-world event, then reconcile what members lack.

Two mentions are the same event when type and (specific) subtype agree, they share a participant (by name token, so
'Ruiz' meets 'Ana Ruiz'), places are equal or nested (Springfield in Illinois), and dates overlap. Clusters are
built by complete linkage (a mention joins a cluster only if it is compatible with every member), which keeps a
generic "talks" mention from chaining a bilateral meeting to a two-plus-two. Cluster ids hash the sorted member ids,
so they are deterministic and independent of input order. Clustering runs per merge unit (event type and event
month, see ``blocks``), with candidates found by (name token, day) keys, so its cost grows with the size of a
unit's blocks, not with the square of the history. Two meetings that share only one person while each names, by
name, a party the other lacks ("A met B" and "A met C and D") are two meetings, not one visitor's day told twice. A
summit that a report tells without naming anyone ("the two leaders held a summit in Lima on Thursday") joins the one
cluster of named people that fits its days and place, and none when two do. A gathering whose people come only
from its story ("day one of the summit" in a report on two leaders) joins the report that names exactly those
people and gives the day and place; people from context are otherwise weak evidence.

Each cluster is then reconciled (``reconcile``): members fill their gaps from the others, never overwriting
evidence. Status stays per article; ``cluster_status`` gives the cluster's view, where a later report that an event
happened beats an earlier plan.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property, lru_cache

from ...ids import stable_id
from ..places import gazetteer
from ..records import Event, Place, in_a_country
from .blocks import article_anchors, block_span, buckets, is_narrow, units
from .candidate import EVE_STEPS, VISITS, dates_compatible, eve_of, subtypes_compatible
from .locate import is_venue_name
from .name_variants import one_spelling
from .names import is_person, name_tokens, person_names, same_person
from .page_day_status import held_by_page_day
from .reconcile import reconcile

_PRONOUNS = {"he", "she", "him", "her", "his", "they", "them", "their"}


def compatible(a: Event, b: Event) -> bool:
    return a.article_id != b.article_id and _facts(a).compatible(_facts(b))


@lru_cache(maxsize=262_144)
def _places_compatible(a: Place | None, b: Place | None) -> bool:
    """Equal or nested places; and a place the gazetteer cannot put on the map ('the Arabian Peninsula', 'a Middle
    Eastern country') against one it can: such a name says too little to tell two reports apart, like no place."""
    if a is not None and b is not None and (a.country_code is None) != (b.country_code is None):
        return True
    return gazetteer().compatible(a, b)


_GENERIC_UNNAMED = {"meeting", "talks", "visit"}


def _named(e: Event) -> list[str]:
    """People the mention's own sentence names or refers to by a pronoun; not those filled in from context (no
    ``mention``) or read from a group noun ('the foreign ministers' meetings' -> every minister in the story)."""
    return [p.name for p in e.participants if is_person(p) and p.mention
            and (same_person(p.name, p.mention) or p.mention.lower() in _PRONOUNS)]


_VISIT_DAYS = 14  # a visit's days; a longer span ("next month") only says when, and joins like any vague mention


def _tells_days(e: Event) -> bool:
    """A trip told by its days ("a three-day visit from Monday"), not by one step of it (the landing, the
    departure) nor by the month it falls in."""
    return (e.event_type == "travel" and e.date_start is not None and e.date_end is not None
            and 0 < (e.date_end - e.date_start).days <= _VISIT_DAYS)


def _specificity(e: Event) -> tuple:
    """Well-anchored mentions (dated, placed, many people) seed clusters; vague ones then join the best fit. A trip
    told by its days goes before its steps: a cluster takes one mention per article, and a report's own account of
    the visit, not its landing, is the one that says it is the visit another report tells."""
    return (e.date_start is not None or e.date_end is not None, bool(e.location or e.destination), _tells_days(e),
            len(person_names(e)), e.subtype not in {"meeting", "talks"}, e.confidence, e.event_id)


@dataclass(frozen=True)
class _Facts:
    """What ``compatible`` reads of a mention (all but its article), computed once. Members of a cluster with equal
    facts answer the same, so complete linkage checks each distinct one once."""

    event_type: str
    subtype: str | None
    location: Place | None
    destination: Place | None
    origin: Place | None
    date_start: date | None
    date_end: date | None
    people: tuple[str, ...]
    person_tokens: tuple[frozenset[str], ...]
    named: bool  # the sentence itself names (or refers by pronoun to) someone: see ``_named``
    named_tokens: tuple[frozenset[str], ...]  # name tokens of each person the sentence names by name (no pronoun)
    told: bool = False  # every person is in the sentence, by name or by a pronoun (none from context or a title)

    def __hash__(self) -> int:  # kept: facts are hashed each time a cluster's set of distinct facts is asked
        return self._hash

    @cached_property
    def _hash(self) -> int:
        return hash((self.event_type, self.subtype, self.location, self.destination, self.origin, self.date_start,
                     self.date_end, self.people, self.person_tokens, self.named, self.named_tokens, self.told))

    @cached_property
    def bounded(self) -> tuple[date | None, date | None]:
        """The dates as cross-article links read them (``_bounded``), computed once."""
        return _bounded(self.date_start, self.date_end)

    @cached_property
    def person_union(self) -> frozenset[str]:
        """Every name token of the people: a person of another mention shares a token with one of these people
        exactly when it shares one with this union."""
        return frozenset().union(*self.person_tokens)

    @cached_property
    def tokens(self) -> frozenset[str]:
        """Blocking tokens: every name token of the people, or ``~`` for a mention that names nobody."""
        return frozenset().union(*self.person_tokens) or frozenset({"~"})

    @property
    def narrow(self) -> bool:
        return is_narrow(self.date_start, self.date_end)

    def compatible(self, b: _Facts) -> bool:
        """Two mentions (of different articles) may be the same event: type and subtype agree, dates overlap, places
        are equal or nested, and they share a person (see the module docstring for groups and context people)."""
        return self.kept_apart_by(b) is None

    def kept_apart_by(self, b: _Facts) -> str | None:
        """The first test that says two mentions are not one event, or None when they may be (``compatible``); the
        name is what ``benchmarks/real_news/split_causes.py`` counts."""
        a = self
        if a.event_type != b.event_type:
            return "type differs"
        if not dates_compatible(*a.bounded, *b.bounded) and not (a.eve_of(b) or b.eve_of(a)):
            return "dates disagree"
        if not a.people or not b.people:
            if a.people or b.people:
                joined = a._gathering_of(b) or b._gathering_of(a)
            else:
                # events named only by a group ("the leaders of ...") or by nobody: the same specific kind on the
                # same dates is the same event ("last week's summit" in two reports of one week)
                joined = (a.subtype not in _GENERIC_UNNAMED and a.date_start is not None
                          and (a.date_start, a.date_end) == (b.date_start, b.date_end) and self._same_setting(b))
            return None if joined else "one names nobody"
        shared = sum(not x.isdisjoint(b.person_union) for x in a.person_tokens)  # people of a that b shares
        if not shared:
            return "no shared person"
        if a.event_type == "meeting" and shared == 1 and a._names_other_party(b) and b._names_other_party(a):
            # "A met B" and "A met C and D" on one day share only A, the traveller: two meetings, not one (reports
            # of one meeting that share two of its people may each name others: one names the aides, one the hosts)
            return "other parties"
        # nothing ties an undated mention to a time: one shared name ("Hu", "Hashimoto") links reports of different
        # years; two shared people, or one at a place on the map, make it the same event
        if (_undated(a) or _undated(b)) and shared < 2 and not (_mapped(a) and _mapped(b)):
            return "undated, one shared name"
        if not subtypes_compatible(a.subtype, b.subtype, a.event_type):
            return "subtype differs"
        if not a._places_agree(b):
            return "place differs"
        if not (a.named and b.named):
            # people given only by context ("the meetings" in a live blog's opening line) are weak evidence: such a
            # mention joins a report from elsewhere only when both are dated and placed
            dated = (a.date_start or a.date_end) is not None and (b.date_start or b.date_end) is not None
            placed = (a.location or a.destination) is not None and (b.location or b.destination) is not None
            if not (dated and placed or a._story_gathering_of(b) or b._story_gathering_of(a)):
                return "context people weak"
        return None

    @property
    def site_arrival(self) -> bool:
        """An arrival at a venue placed in its city ('arrived at X College, P', ``venue_sites``): one step inside
        a visit to that city, not the trip itself."""
        return (self.event_type == "travel" and self.subtype == "arrive" and self.date_start is not None
                and _site_in_city(self.destination))

    def step_of(self, visit: _Facts) -> bool:
        """This mention is a site arrival of ``visit``, a trip of the same article told by its days: the same
        traveller, the site's city inside the visit's place, and the arrival's day one of the visit's days. A report
        tells its visit and, later, the traveller arriving at one venue of it; both are the visit other reports
        tell, so the visit's cluster takes both (a site's city is its place for joining)."""
        v = visit
        return (self.site_arrival and v.event_type == "travel" and v.subtype in VISITS
                and v.date_start is not None and v.date_end is not None and (v.date_end - v.date_start).days > 0
                and v.date_start <= self.date_start <= v.date_end  # type: ignore[operator]
                and set(self.people) == set(v.people) and v.destination is not None
                and gazetteer().compatible(v.destination, self.destination))

    def eve_of(self, b: _Facts) -> bool:
        """This mention lands the day before the visit ``b`` begins (``candidate.eve_of``): the same trip."""
        return self.event_type == "travel" and eve_of(self.subtype, self.date_start, self.date_end, b.subtype,
                                                      b.date_start, b.date_end)

    @property
    def landing(self) -> bool:
        """A one-day move to a place: it may be the eve of a visit that begins the next day, so it is also
        indexed under that day (``cluster_unit``)."""
        return self.event_type == "travel" and self.subtype in EVE_STEPS and self.date_start is not None \
            and self.date_start == self.date_end

    @property
    def joins_gatherings(self) -> bool:
        """A meeting dated by a short span and placed: a report naming nobody ("the leaders held a summit in Lima
        on Thursday") may be the same gathering (``_gathering_of``)."""
        return self.event_type == "meeting" and self.narrow and self.location is not None

    def _gathering_of(self, b: _Facts) -> bool:
        """This mention names nobody and is a specific kind of gathering ("a summit", not "talks") on exactly
        ``b``'s days in ``b``'s place: the same event as ``b``, which names its people. ``cluster_unit`` links such a
        mention only when one cluster of named people fits it."""
        return (not self.people and bool(b.people) and self.joins_gatherings and b.joins_gatherings
                and self.subtype not in _GENERIC_UNNAMED
                and (self.date_start, self.date_end) == (b.date_start, b.date_end) and self._same_setting(b))

    def _story_gathering_of(self, b: _Facts) -> bool:
        """This mention's people come from its story, not its sentence ("day one of the summit" in a report on A
        and B), and it is a specific kind of gathering; ``b`` names each of those people in its own sentence (two
        or more) and is dated by a short span and placed: a summit of the story's protagonists in the days its
        article is about is the summit ``b`` reports. Context people of a generic "talks" stay weak evidence."""
        return (not self.named and self.subtype not in _GENERIC_UNNAMED and len(self.person_tokens) >= 2
                and b.named and b.narrow and (b.location or b.destination) is not None
                and all(not t.isdisjoint(b.person_union) for t in self.person_tokens)
                and all(any(not t.isdisjoint(n) for t in self.person_tokens) for n in b.named_tokens))

    def _names_other_party(self, b: _Facts) -> bool:
        """The sentence names two or more people by name, one of whom is none of ``b``'s people: a party ``b``
        lacks. Names only: a pronoun resolved to the wrong person would otherwise split one meeting in two. A
        sentence that names one person and refers to the others by a pronoun ('He met A' beside 'F met B', the
        traveller shared) names that one as its party too, when every person of the mention is in its sentence."""
        enough = len(self.named_tokens) >= 2 or (self.told and len(self.people) >= 2)
        return enough and any(t.isdisjoint(b.person_union) for t in self.named_tokens)

    def _same_setting(self, b: _Facts) -> bool:
        return subtypes_compatible(self.subtype, b.subtype, self.event_type) and self._places_agree(b)

    def _places_agree(self, b: _Facts) -> bool:
        return (_places_compatible(self.location, b.location) and _places_compatible(self.destination, b.destination)
                and _places_compatible(self.origin, b.origin))


_OPEN_DAYS = 31  # an open range ("by Thursday", "since March") is read as at most a month for cross-article links


def _bounded(start: date | None, end: date | None) -> tuple[date | None, date | None]:
    """A range with an open end closed at a month: 'arrived (some day) by 20 January' is no evidence that it is
    the same arrival as one a year earlier."""
    if start is None and end is not None:
        return end - timedelta(days=_OPEN_DAYS), end
    if end is None and start is not None:
        return start, start + timedelta(days=_OPEN_DAYS)
    return start, end


def _site_in_city(p: Place | None) -> bool:
    """A venue placed in its city ('X College, P', ``venue_city.at_venue_city``): on the map, and the name before
    the city's ends in a venue noun."""
    return p is not None and p.latitude is not None and ", " in p.name and is_venue_name(p.name.rsplit(", ", 1)[0])


def _undated(f: _Facts) -> bool:
    return f.date_start is None and f.date_end is None


def _mapped(f: _Facts) -> bool:
    """Placed somewhere on the map (a city, a state, a country): the place then says which event it is."""
    return in_a_country(f.location or f.destination)


def _facts(e: Event) -> _Facts:
    people = tuple(person_names(e))
    named = [p.name for p in e.participants if is_person(p) and p.mention and same_person(p.name, p.mention)]
    told = len(_named(e)) == len(people)
    return _Facts(e.event_type, e.subtype, e.location, e.destination, e.origin, e.date_start, e.date_end, people,
                  tuple(name_tokens(n) for n in people), bool(_named(e)), tuple(name_tokens(n) for n in named), told)


@dataclass
class _Cluster:
    members: list[Event]
    articles: set[str]
    facts: set[_Facts]  # the distinct facts of its members
    tokens: set[str]  # every name token of its members' people
    subtypes: set[str | None] = field(default_factory=set)  # its members' subtypes: a tie goes to the same kind
    own: dict[str, list[_Facts]] = field(default_factory=dict)  # article id -> the facts of its members

    def add(self, e: Event, f: _Facts) -> None:
        self.members.append(e)
        self.own.setdefault(e.article_id, []).append(f)
        self.subtypes.add(e.subtype)
        self.articles.add(e.article_id)
        self.facts.add(f)
        self.tokens.update(f.tokens)

    def accepts(self, e: Event, f: _Facts) -> bool:
        """Complete linkage: compatible with every member (checked once per distinct member facts). One mention per
        article, but for a visit and its site arrival (``_Facts.step_of``): one report's two mentions of one trip."""
        if e.article_id in self.articles and not all(f.step_of(g) or g.step_of(f) for g in self.own[e.article_id]):
            return False
        return all(f.compatible(m) for m in self.facts)


class _Index:
    """Blocking keys of one unit's clusters: (name token, day) for each day of each member's blocking span
    (``blocks.block_span``). Two mentions that may be the same event share a token and, when both are narrow-dated,
    a day; an undated or wide mention reaches only the days around its article's anchor."""

    def __init__(self) -> None:
        self.by_day: dict[tuple[str, int], set[int]] = defaultdict(set)

    @staticmethod
    def _keys(f: _Facts, span: tuple[date, date] | None) -> list[tuple[str, int]]:
        return [] if span is None else [(t, d) for d in buckets(*span) for t in f.tokens]

    def candidates(self, f: _Facts, span: tuple[date, date] | None) -> set[int]:
        found: set[int] = set()
        for k in self._keys(f, span):
            found.update(self.by_day.get(k, ()))
        return found

    def add(self, ci: int, f: _Facts, span: tuple[date, date] | None) -> None:
        for k in self._keys(f, span):
            self.by_day[k].add(ci)
        if f.people and f.joins_gatherings and span is not None:  # reachable by a gathering that names nobody
            for d in buckets(*span):
                self.by_day[("~", d)].add(ci)


def cluster_unit(events: Sequence[Event], anchors: Mapping[str, date] | None = None) -> list[list[Event]]:
    """Complete-linkage clusters of one merge unit: well-anchored mentions first (``_specificity``), each joining
    the compatible cluster that shares most of its people (for a trip, one of its own subtype on a tie, then the
    earliest), else starting its own.
    ``anchors`` (article id -> day, ``blocks.article_anchors``) bound where undated mentions look."""
    clusters: list[_Cluster] = []
    index = _Index()
    for e in sorted(events, key=_specificity, reverse=True):
        f = _facts(e)
        span = block_span(e.date_start, e.date_end, (anchors or {}).get(e.article_id))
        if span is not None and f.landing:  # also found by a visit that begins the next day
            span = (span[0], span[1] + timedelta(days=1))
        best = None
        if f.people or e.date_start is not None:  # an undated mention naming nobody can join nothing
            # the accepting cluster sharing most people, then (a trip) one of the same kind ("will visit next month"
            # is the visit, not the departure that ended it), then the earliest: try them best first, stop at one
            ranked = sorted((-sum(not tokens.isdisjoint(clusters[ci].tokens) for tokens in f.person_tokens),
                             e.event_type == "travel" and e.subtype not in clusters[ci].subtypes, ci)
                            for ci in index.candidates(f, span))
            if f.people:
                best = next((ci for *_, ci in ranked if clusters[ci].accepts(e, f)), None)
            else:  # naming nobody: another such report first, else the one cluster of named people that fits
                fits = [ci for *_, ci in ranked if clusters[ci].accepts(e, f)]
                unnamed = [ci for ci in fits if clusters[ci].tokens == {"~"}]
                best = unnamed[0] if unnamed else fits[0] if len(fits) == 1 else None
        if best is None:
            clusters.append(_Cluster([], set(), set(), set()))
            best = len(clusters) - 1
        clusters[best].add(e, f)
        index.add(best, f, span)
    return [c.members for c in clusters]


def finish_cluster(members: Sequence[Event], own_days: Mapping[str, date | None] | None = None) -> list[Event]:
    """A cluster's members with their deterministic ``cluster_id`` (a hash of the sorted member ids, so independent
    of input order and of how runs were split) and gaps reconciled, each one's status then weighed by its page's own
    day (``own_days``: article id -> that day, never a lent one; ``page_day_status``)."""
    cid = stable_id("clu", *sorted(m.event_id for m in members))
    return held_by_page_day((replace(m, cluster_id=cid) for m in reconcile(list(members))), own_days)


def cluster_events(events: Sequence[Event], published: Mapping[str, date | None] | None = None,
                   own_days: Mapping[str, date | None] | None = None) -> list[Event]:
    """The same events (input order) with ``cluster_id`` set and gaps reconciled across each cluster. Clustering
    runs per merge unit (``blocks``): event type and event month, with undated mentions placed by their article's
    anchor; ``published`` (article id -> date) anchors articles none of whose mentions is dated. ``own_days``
    (article id -> the page's own day, never a lent one) weighs each reconciled event's status
    (``page_day_status``)."""
    events = one_spelling(events)  # the flow respells its staged mentions the same way (``incremental``)
    anchors = article_anchors(((e.article_id, e.date_start, e.date_end) for e in events), published)
    out: dict[str, Event] = {}
    for members in units(events, anchors).values():
        for c in cluster_unit(members, anchors):
            for m in finish_cluster(c, own_days):
                out[m.event_id] = m
    return [out[e.event_id] for e in events]


def cluster_status(members: Sequence[Event]) -> str:
    """The cluster's status: cancelled if any report says so after the plan, occurred if any report says it
    happened, else planned/unknown."""
    sts = {m.status for m in members}
    for s in ("occurred", "cancelled", "planned"):
        if s in sts:
            return s
    return "unknown"
