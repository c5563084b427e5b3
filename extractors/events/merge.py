"""One record per event per article: merge the mentions of an event that an article repeats ("the talks",
"Tuesday's meeting", "the two-plus-two"), keeping the best-evidenced mention's trigger and sentence."""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Token

from ..places import gazetteer
from ..records import in_a_country
from .candidate import (
    GENERIC_MEETING,
    TRIP_MOVES,
    Candidate,
    best_fit,
    dates_compatible,
    eve_of,
    merge_people,
    named_people,
    named_place,
    subtypes_compatible,
)
from .clause_meetings import own_clause_counterparts
from .clauses import governing_verb, trip_noun_of
from .dates import is_period_value
from .headline_fold import fold_headlines
from .headlines import is_headline_verb
from .name_variants import others_than
from .plan_ahead import plan_ahead_of_done, told_as_more
from .retold import lent_day_pairs
from .status_cues import arrival_purpose, has_future_aux, is_plan_word
from .triggers import lexicon


def _named_here(c: Candidate, known: set[str]) -> set[str]:
    """People the mention's own sentence names (not those 'the meeting' was given from earlier sentences)."""
    return {p.name for p in c.participants if p.name in known and p.mention}


def _compatible(a: Candidate, b: Candidate, known: set[str],
                lent: frozenset[tuple[int, int]] = frozenset()) -> bool:
    gz = gazetteer()
    if a.event_type != b.event_type or not subtypes_compatible(a.subtype, b.subtype, a.event_type):
        return False
    if a.trigger == b.trigger and a.subtype != b.subtype:
        return False  # an arrival and the visit it begins, read from one verb, are two events
    remote = lexicon().remote_subtypes
    if a.subtype in remote and b.subtype not in remote and b.explicit_place \
            or b.subtype in remote and a.subtype not in remote and a.explicit_place:
        # a call happens nowhere: a meeting the text places somewhere is another one (two calls are not kept apart
        # by a place their sentence gives to something else: "the first call since their summit in Lima")
        return False
    if not (gz.compatible(a.location, b.location) and gz.compatible(a.destination, b.destination)
            and gz.compatible(a.origin, b.origin)):
        return False
    if a.event_type == "travel" and not (a.destination and b.destination) and not (a.origin and b.origin) \
            and not _same_step_unplaced(a, b, known):
        return False
    if not dates_compatible(a.date_start, a.date_end, b.date_start, b.date_end) and not (
            _on_the_eve(a, b) or _on_the_eve(b, a) or _day_borrowed_before(a, b) or _day_borrowed_before(b, a)
            or (id(a), id(b)) in lent or (id(b), id(a)) in lent):
        return False
    if (a.sentence != b.sentence and _plan_and_occurrence(a, b)) or _plan_beside_done(a, b) \
            or _plan_beside_done(b, a) or plan_ahead_of_done(a, b):
        return False
    if _a_later_leg(a, b) or _a_later_leg(b, a) or _moves_within(a, b) or _moves_within(b, a):
        return False
    if _one_more(a, b) or _other_counterparts(a, b, known) or own_clause_counterparts(a, b, known):
        return False
    pa, pb = named_people(a, known), named_people(b, known)
    placed = bool((a.location or a.destination) and (b.location or b.destination))
    dated = (a.date_start or a.date_end) is not None and (b.date_start or b.date_end) is not None
    if not (placed or dated):
        # nothing anchors the pair: only the very same people make it one event, or, inside one sentence, some of
        # the people of the other ("will visit Weber ..., a trip that makes him the first to meet with Weber")
        same_sentence = a.sentence == b.sentence
        return bool(pa) and (pa == pb or same_sentence and (pa <= pb or pb <= pa))
    ea, eb = _named_here(a, known), _named_here(b, known)
    if a.event_type == "meeting" and len(ea) >= 2 and len(eb) >= 2 and others_than(ea, eb) and others_than(eb, ea):
        return False  # "met the president and held talks with the minister": each names someone the other lacks
    if pa and pb:
        return bool(pa & pb)
    if pa or pb:
        return _unnamed_beside_named(a, b, known)
    return (a.location == b.location and a.destination == b.destination and a.date_start == b.date_start
            and a.date_end == b.date_end)


def _unnamed_beside_named(a: Candidate, b: Candidate, known: set[str]) -> bool:
    """One trip mention names people the page knows, the other no one it knows ("the statesman arrived in Lima late
    Thursday" beside "Weber began a four-day visit to Peru on Friday"; "the jet touched down in Lima" beside "Weber
    landed in Peru"): a one-person epithet is the story's traveller retold when both mentions are placed and dated
    (the caller has found the places and days compatible) and told with the same status. With one anchor missing,
    or a plan beside a done trip, nothing says it is the same one; a group ("the delegation", "business leaders and
    experts") is other people."""
    if a.event_type != "travel":
        return False  # a meeting no one names is as often the gathering a named meeting is held at ("the summit")
    unnamed = a if not named_people(a, known) else b
    return _placed_and_dated(a, b) and a.status == b.status and not any(
        _a_group(unnamed, p.name) for p in unnamed.participants)


def _placed_and_dated(a: Candidate, b: Candidate) -> bool:
    """Both mentions have a place and a day: the anchors an unnamed telling must share with a named one."""
    placed = (a.location or a.destination) is not None and (b.location or b.destination) is not None
    dated = (a.date_start or a.date_end) is not None and (b.date_start or b.date_end) is not None
    return placed and dated


def _a_group(c: Candidate, name: str) -> bool:
    """Whether a party's name, as its sentence tells it, is of several people: a coordination, or a plural head
    ("senior officials", "the delegation of ministers": the last word the parser tags as a plural noun)."""
    words = name.split()
    if not words or "and" in words:
        return bool(words)
    last = words[-1]
    return any(t.text == last and t.tag_ in _PLURAL_TAGS for t in c.trigger.sent)


_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _retold_unnamed(k: Candidate, c: Candidate, known: set[str]) -> bool:
    """Whether two joined mentions were joined as a trip and its unnamed retelling (``_unnamed_beside_named``): exactly
    one names people the page knows, and both are placed and dated. Other joins with an unnamed side (a meeting
    whose other side is an office or a title, a sentence with nothing to anchor it) pool their sides as before."""
    return k.event_type == "travel" and bool(named_people(k, known)) != bool(named_people(c, known)) \
        and _placed_and_dated(k, c)


def _on_the_eve(step: Candidate, visit: Candidate) -> bool:
    """``step`` lands the day before ``visit`` begins (``candidate.eve_of``): one trip, told twice."""
    return step.event_type == "travel" and visit.event_type == "travel" and eve_of(
        step.subtype, step.date_start, step.date_end, visit.subtype, visit.date_start, visit.date_end)


_COMES_AFTER = frozenset({"before"})  # "before leaving": the step comes after the day its governing clause tells
_AFTER_DAYS = 3  # how many days after that day the step may come and still be the same step told on its own day


def _day_borrowed_before(step: Candidate, other: Candidate) -> bool:
    """``step`` is told in a 'before' clause and dated only by the clause it hangs on ("In a statement Friday,
    before leaving for Lima, Ruiz said ..."): that day is one the step comes on or after, not its day. ``other``,
    dated by its own words a few days later ("Ruiz left for Lima on Saturday"), is the same step."""
    t = step.trigger
    before = t.dep_ == "pcomp" and t.head.lower_ in _COMES_AFTER or t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _COMES_AFTER for c in t.children)
    return (before and step.date_source == "governing" and other.date_source == "own"
            and step.date_start is not None and step.date_start == step.date_end and other.date_start is not None
            and 0 < (other.date_start - step.date_start).days <= _AFTER_DAYS)


def _plan_and_occurrence(a: Candidate, b: Candidate) -> bool:
    """Two sentences, one dating an event by its own clause in words that put it ahead ("will", "is scheduled to"),
    the other telling one as done, tell two events: the story's now lies between them ("Carter met Weber in Lima on
    Monday ... Carter will meet Weber again in Lima this week"; "arrived in Lima to a warm welcome ... will visit
    Cusco later this week"). The done one may be dated by the report alone: it has happened, the plan has not; a
    done trip, not at all (a simple past "arrived", which takes no day from the report). An undated meeting told as
    done is not: "at the meeting, Ruiz said" points back at the meeting the story plans or tells. A plan read from the
    tense alone (a caption's "Carter meets Weber") is no such evidence."""
    by_status = {a.status: a, b.status: b}
    plan, done = by_status.get("planned"), by_status.get("occurred")
    if plan is None or done is None or plan.date_source not in {"own", "governing"}:
        return False
    done_dated = done.date_source in {"own", "governing", "context"} or (
        done.event_type == "travel" and done.date_source == "none")
    return done_dated and _told_as_coming(plan)


def _clause_verb(c: Candidate) -> Token | None:
    """The verb whose clause tells ``c``: the trigger itself, or the verb a noun trigger is an argument of."""
    t = c.trigger
    return t if t.pos_ in {"VERB", "AUX"} else governing_verb(t)[0]


def _plan_beside_done(plan: Candidate, done: Candidate) -> bool:
    """One sentence, two clauses: 'Ruiz met Weber at his residence and will hold talks on Tuesday'. A plan dated by
    its own clause, in words that put it ahead, beside a clause telling a meeting or trip as done, is the next event,
    not the done one retold: the clauses are joined, not the events (a done clause needs no day of its own here, as
    its tense, not a day, sets it apart)."""
    if plan.sentence != done.sentence or plan.status != "planned" or done.status != "occurred" \
            or plan.date_source != "own" or not _told_as_coming(plan) or _told_as_coming(done):
        return False
    pv, dv = _clause_verb(plan), _clause_verb(done)
    return pv is not None and dv is not None and pv.i != dv.i


def _told_as_coming(c: Candidate) -> bool:
    """Whether the clause of ``c``'s trigger marks it as ahead: a future auxiliary, a governing verb or adjective of
    planning ("scheduled to have dinner", "expected to visit"), or the purpose of an arrival ("arrived on Monday for
    talks with")."""
    t = c.trigger
    if arrival_purpose(t):
        return True
    for _ in range(4):  # the trigger and the few verbs that govern it ("are scheduled to have talks")
        if is_plan_word(t) or has_future_aux(t):
            return True
        if t.head == t:
            break
        t = t.head
    return False


def _share_the_scene(kept: list[Candidate], c: Candidate, known: set[str]) -> None:
    """A meeting kept apart from a held one as the next event of the same people on the same day ("they met at the
    fort ... they are to have dinner later in the evening") is held where they are that day, unless it says where."""
    if c.event_type != "meeting" or c.location is not None or c.date_start is None or c.date_start != c.date_end:
        return
    people = named_people(c, known)
    for k in kept:
        if k.event_type == "meeting" and k.location is not None and _plan_and_occurrence(k, c) \
                and (k.date_start, k.date_end) == (c.date_start, c.date_end) and people \
                and people <= named_people(k, known) and k.subtype not in lexicon().remote_subtypes \
                and c.subtype not in lexicon().remote_subtypes:
            c.location = k.location
            return


def _one_more(a: Candidate, b: Candidate) -> bool:
    """A meeting told as one more thing with someone the story's meeting so far lacks ("He also met civil society
    leaders", "Ana is also scheduled to meet Luis") is another meeting: "also" sets it beside what a sentence before
    told, and the new party says it is not a retelling. A trip told with "also" ("he will also visit the plant") is
    left to the places, which tell a leg from the trip it belongs to."""
    if a.event_type != "meeting" or b.event_type != "meeting":
        return False
    earlier, later = sorted((a, b), key=lambda c: c.start_char)
    if earlier.sentence == later.sentence or not told_as_more(later):
        return False
    return bool({p.name for p in later.participants} - {p.name for p in earlier.participants})


def _other_counterparts(a: Candidate, b: Candidate, known: set[str]) -> bool:
    """Two sentences, two meetings, each naming in its own words someone the article knows whom the other does not
    have ("On Friday he will meet Mayor Ruiz ... A meeting with Bishop Moran is planned"): the traveller they share
    makes them one trip, not one meeting; a counterpart is what tells one meeting of a visit from the next. A
    retelling names no one new ("the talks with Ruiz"), or only people the told meeting already has; a party lent by
    the context (no words of its own in the sentence) is no evidence either way. Nor is a group ("met officials",
    "business leaders"): it may be the named people told loosely, or the same crowd told twice in other words."""
    if a.event_type != "meeting" or b.event_type != "meeting" or a.sentence == b.sentence:
        return False
    new_a = others_than(_named_in_sentence(a, known), (p.name for p in b.participants))
    new_b = others_than(_named_in_sentence(b, known), (p.name for p in a.participants))
    return bool(new_a and new_b)


def _named_in_sentence(c: Candidate, known: set[str]) -> set[str]:
    """The people the article knows whom ``c``'s own sentence names (words there, not lent by the context)."""
    return {p.name for p in c.participants if p.mention and p.name in known}


def _a_later_leg(arrival: Candidate, visit: Candidate) -> bool:
    """'arrives in Peru on Saturday for a four-day visit ... Monday: arrival in Cusco', '... On Wednesday he will
    travel to Cusco': an arrival (or a move) on a day inside a visit of several days, other than the day the visit
    begins, is a step of that visit, not the visit itself."""
    if arrival.subtype not in TRIP_MOVES or visit.subtype in TRIP_MOVES or visit.event_type != "travel":
        return False
    day = arrival.date_start
    return day is not None and day == arrival.date_end and visit.date_start is not None \
        and visit.date_end is not None and visit.date_start < day <= visit.date_end


def _moves_within(step: Candidate, visit: Candidate) -> bool:
    """'reached C2 from C1' beside 'her visit to P' (C1 and C2 both in P): a step from one place of the visited country
    to another is a move inside the visit, not the visit (the landing that begins a visit comes from outside it)."""
    if step.subtype not in TRIP_MOVES or visit.subtype in TRIP_MOVES or visit.event_type != "travel":
        return False
    gz = gazetteer()
    inside = visit.destination is not None and step.origin is not None and step.destination is not None
    return inside and gz.compatible(step.origin, visit.destination) and gz.compatible(step.destination,
                                                                                        visit.destination) \
        and not gz.compatible(step.origin, step.destination)


def _same_step_unplaced(a: Candidate, b: Candidate, known: set[str]) -> bool:
    """A trip step told twice, once without a place ("Weber arrives May 10" in a headline block, "Weber arrived in
    Lima on Tuesday" in the lead): the same kind of step by the same people on the same single day with the same
    status is one step, the place coming from the mention that gives one."""
    if (a.destination or a.origin) and (b.destination or b.origin):
        return False
    one_day = a.date_start is not None and a.date_start == a.date_end
    same_day = one_day and (a.date_start, a.date_end) == (b.date_start, b.date_end)
    people = named_people(a, known)
    return bool(people) and same_day and a.subtype == b.subtype and a.status == b.status \
        and people == named_people(b, known)


def _absorb(keep: Candidate, other: Candidate) -> None:
    gz = gazetteer()
    # the landing on the eve of the visit: the trip runs from the landing to the visit's last day
    eve = _on_the_eve(keep, other) or _on_the_eve(other, keep)
    first = min(keep.date_start, other.date_start) if eve else None  # type: ignore[type-var]
    keep.participants = merge_people(keep.participants, other.participants)
    remote = lexicon().remote_subtypes
    if keep.subtype in remote or other.subtype in remote:
        keep.location = None  # a call happens nowhere, whatever scene a generic mention of it was put in
    else:
        keep.location = gz.more_specific(keep.location, other.location)
    keep.destination = gz.more_specific(keep.destination, other.destination)
    keep.origin = gz.more_specific(keep.origin, other.origin)
    rank = {"own": 3, "governing": 2, "sequence": 1, "context": 1, "none": 0}
    closed_other = other.date_start is not None and other.date_end is not None
    closed_keep = keep.date_start is not None and keep.date_end is not None
    # "the December 15-17 visit" told again as "his visit next week": the days, not the week they fall in
    narrower = closed_other and closed_keep and is_period_value(keep.date_value) and not is_period_value(
        other.date_value)
    # a gathering "held on Monday" told again as "held on October 28 and 29": the days it runs, that day among them
    wider = keep.event_type == "meeting" and closed_other and closed_keep and keep.date_start == keep.date_end \
        and other.date_start < other.date_end <= other.date_start + timedelta(days=3) \
        and other.date_start <= keep.date_start <= other.date_end  # type: ignore[operator]
    if rank[other.date_source] > rank[keep.date_source] or rank[other.date_source] == rank[keep.date_source] and (
            closed_other and not closed_keep or narrower or wider):
        keep.date_start, keep.date_end, keep.date_value = other.date_start, other.date_end, other.date_value
        keep.date_source = other.date_source
        if keep.status == "unknown":
            keep.status = other.status
    if eve:
        keep.date_start = first
        ends = [d for d in (keep.date_end, other.date_end) if d is not None]
        keep.date_end = max(ends) if ends else None
    if keep.subtype in GENERIC_MEETING and other.subtype not in GENERIC_MEETING and keep.event_type == "meeting":
        keep.subtype = other.subtype
    if keep.status == "unknown" or other.status == "cancelled" and keep.status == "planned":
        keep.status = other.status  # a plan the article also reports called off is off
    elif keep.status == "planned" and other.status == "occurred" and is_headline_verb(keep.trigger):
        # "Ruiz lands in Lima" over "... landed in Lima this afternoon": a plan read from the present tense of a
        # headline the parser took for a noun (``headlines``) yields to the same event told as done
        keep.status = "occurred"
    keep.merged += other.merged


def spread_cancellation(cands: list[Candidate], known: set[str]) -> None:
    """A trip the story calls off is off in every sentence that tells it: "the ministry announced his visit on
    September 2 and 3" in a story of its deferral is a cancelled visit, and so are the meetings planned within it
    ("his July 29 meeting with the president" in the capital of a visit that was postponed)."""
    gz = gazetteer()
    off = [c for c in cands if c.event_type == "travel" and c.status == "cancelled" and c.destination is not None
           and named_people(c, known)]
    for c in cands:
        if c.status not in {"planned", "unknown"}:
            continue
        for trip in off:
            travellers = named_people(trip, known)
            if not (travellers & named_people(c, known)) or not dates_compatible(
                    c.date_start, c.date_end, trip.date_start, trip.date_end):
                continue
            place = c.place
            if place is not None and gz.compatible(place, trip.destination) and (
                    c.event_type == "travel" or c.status == "planned"):
                c.status = "cancelled"
                break


def merge_mentions(cands: list[Candidate], known: set[str]) -> list[Candidate]:
    """One record per event per article: mentions that agree on type, subtype, people, place and dates are merged,
    keeping the best-evidenced mention's trigger and sentence."""
    # specific mentions first, so a generic "talks" joins the bilateral or the two-plus-two it shares most people with
    order = sorted(_join_begun_trips(cands, known), key=lambda c: (not _specific(c), -c.confidence, c.start_char))
    lent = lent_day_pairs(order, known)  # a reference dated by its paragraph and the one event it points back at
    # a headline's event the merge kept apart is the body's, whatever its day
    kept = fold_headlines(_join(order, known, lent), known)
    for c in kept:
        _share_the_scene(kept, c, known)
    return _fold_references(sorted(kept, key=lambda c: c.start_char), known)


def _specific(c: Candidate) -> bool:
    """A meeting of a named kind (a bilateral, a summit), not a generic one ('talks', 'met')."""
    return c.event_type == "meeting" and c.subtype not in GENERIC_MEETING


def _join(order: list[Candidate], known: set[str], lent: frozenset[tuple[int, int]]) -> list[Candidate]:
    """The events of ``order``: each mention joins the event kept so far that it fits best, or is kept as an event of
    its own. ``lent`` (reference, told) pairs follow the told event into the event it joins."""
    kept: list[Candidate] = []
    for c in order:
        pc = named_people(c, known)
        # a generic mention joins a specific event only if everyone it names takes part in that event
        fits = [k for k in kept if _compatible(k, c, known, lent)
                and (_specific(c) or not _specific(k) or pc <= named_people(k, known))]
        if fits:
            best_k = best_fit(fits, c, known)
            if _retold_unnamed(best_k, c, known):
                # the named telling is the record, and the epithet's lends it nothing: "the statesman" is no second
                # traveller, and its airport or landing day no better place or window for the named trip
                host, retelling = (best_k, c) if not pc else (c, best_k)
                host.merged += retelling.merged
                kept[next(i for i, k in enumerate(kept) if k is best_k)] = host
            else:
                _absorb(best_k, c)
                host = best_k
            lent = lent | {(ref, id(host)) for ref, told in lent if told in {id(c), id(best_k)}}  # the told, as joined
        else:
            kept.append(c)
    return kept


def _join_begun_trips(cands: list[Candidate], known: set[str]) -> list[Candidate]:
    """An arrival and the trip noun its verb is 'on' or 'for' ("arrived here Wednesday on his fourth visit to Peru",
    "arrived from Quito for a 24-hour visit to Lima") are one event: the landing begins the visit it names (the
    README's reading of arrivals). Read apart, the noun names a place of its own (the country, "the Andean
    country", "the Peruvian capital") while the verb has none yet ("here", a relative clause) or another grain, so
    the merge's place test kept them as two trips told once. The arrival is the record; it takes the visit's
    travellers, its place when the verb's is missing or wider, and its days when it has none. A later leg of the
    noun ("for a visit to A and B": B) is not the visit the landing begins, and a plan beside a done trip is not
    joined."""
    by_trigger = {c.trigger.i: c for c in cands if c.event_type == "travel" and c.leg == 0
                  and c.subtype not in TRIP_MOVES}
    joined: set[int] = set()
    for a in cands:
        if a.event_type != "travel" or a.subtype != "arrive" or a.leg != 0 or a.trigger.pos_ not in {"VERB", "AUX"}:
            continue
        noun = trip_noun_of(a.trigger)
        visit = by_trigger.get(noun.i) if noun is not None else None
        if visit is None or id(visit) in joined or visit.status != a.status \
                or not named_people(visit, known) <= named_people(a, known) \
                or not dates_compatible(a.date_start, a.date_end, visit.date_start, visit.date_end) \
                or in_a_country(a.destination) and in_a_country(visit.destination) \
                and not gazetteer().compatible(a.destination, visit.destination):
            continue  # (two named places that do not nest: "landed in A for a visit to B" is a stop on the way)
        _begin(a, visit)
        joined.add(id(visit))
    return [c for c in cands if id(c) not in joined]


def _begin(arrival: Candidate, visit: Candidate) -> None:
    """The arrival takes what the visit noun adds: its travellers, its named place when the verb's is missing or
    wider ("here" not yet read, "arrived in Peru" for "a visit to Lima"; a described one, "the Andean country", is
    never better than a name), and its days when the arrival has none."""
    arrival.participants = merge_people(arrival.participants, visit.participants)
    deeper = in_a_country(visit.destination) and gazetteer().more_specific(
        arrival.destination, visit.destination) is visit.destination
    if named_place(visit.destination) and (not named_place(arrival.destination) or deeper):
        arrival.destination = visit.destination
    if arrival.date_start is None and arrival.date_end is None:
        arrival.date_start, arrival.date_end, arrival.date_value = visit.date_start, visit.date_end, visit.date_value
        arrival.date_source = visit.date_source
    arrival.merged += visit.merged


_DEFINITE = frozenset({"the", "this", "these", "those", "that"})


def _reference(c: Candidate, known: set[str]) -> bool:
    """A mention that points back at a meeting rather than telling one: a definite or possessed meeting noun
    ("the talks", "following the summit", "his meeting") naming at most one of its people, with no day and no
    place of its own."""
    t = c.trigger
    if c.event_type != "meeting" or t.pos_ not in {"NOUN", "PROPN"} or c.explicit_place:
        return False
    if c.date_source in {"own", "governing"} or len(named_people(c, known)) > 1:
        return False
    return any(d.dep_ == "det" and d.lower_ in _DEFINITE or d.dep_ == "poss" for d in t.children)


def _fold_references(kept: list[Candidate], known: set[str]) -> list[Candidate]:
    """A reference to a meeting the story has told is that meeting: it joins the nearest meeting of two or more
    named people that includes everyone it names, rather than standing as an event of its own."""
    refs = [_reference(c, known) for c in kept]
    hosts = [k for k, ref in zip(kept, refs, strict=True) if not ref and k.event_type == "meeting"
             and len(named_people(k, known)) >= 2]
    out: list[Candidate] = []
    for c, ref in zip(kept, refs, strict=True):
        if ref:
            pc = named_people(c, known)
            full = [k for k in hosts if pc <= named_people(k, known)
                    and subtypes_compatible(k.subtype, c.subtype, "meeting")
                    and dates_compatible(k.date_start, k.date_end, c.date_start, c.date_end)
                    and gazetteer().compatible(k.location, c.location)]
            if full:
                host = min(full, key=lambda k: (k.start_char > c.start_char, abs(k.start_char - c.start_char)))
                host.merged += c.merged
                continue
        out.append(c)
    return out
