"""Trip nouns that point back at the trip a story tells: "during the visit, the Abbot signed ...", "the trip will take
place from Feb. 3-5", "her trip has been postponed", "the state visit had been planned for June".

Such a noun names no place of its own, and often no traveller. Read alone it is no event (a trip must go somewhere);
made into an event of its own it is a second, placeless copy of the story's trip. A reader takes it as one more
mention of the trip already told (before it, or, in a headline-first story, after it), and keeps what its own clause
adds: the days ("from Feb. 3-5") and the status ("was postponed"). So the builder sets such a noun's
candidate aside without a place (``set_aside``); once every sentence is read, ``join_trip_references``
finds the trip it refers to (by its travellers, before the in-article merge) and joins it to that trip, which takes
the reference's own days and status and keeps its own trigger and sentence. A reference never stands as a trip by
itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..places import gazetteer
from ..records import Participant, Place
from .candidate import Candidate, dates_compatible, named_people, named_place
from .clauses import governing_verb
from .dates import is_period_value
from .locate import nationality_in_story, place_at, places_in
from .phrases import clause_tokens
from .triggers import lexicon
from .trip_whereabouts import visit_where_the_story_has_them
from .visit_span import part_of_more, told_days

if TYPE_CHECKING:
    from ..people import DocPeople
    from .assemble import _Builder
    from .triggers import Lexicon

if not Doc.has_extension("trip_references"):
    # the trip nouns of a Doc read as mentions of the story's trip, set aside until every sentence is read
    Doc.set_extension("trip_references", default=None)

# steps of a trip, not the trip: an arrival or a departure is one day of it, so a reference never takes their place
_STEPS = frozenset({"arrive", "depart", "return"})
# determiners and owners that point back ("the visit", "this trip", "his journey", "Gates' visit")
_POINTING = frozenset({"the", "this", "that"})
_OWN_DAY = frozenset({"own", "governing"})


def refers_back(t: Token, lex: Lexicon, people: DocPeople) -> bool:
    """``t`` is a trip noun (``reference_trip_nouns``) that points back: definite or possessed ("the visit", "his
    trip", "Gates' trip"), not a modifier of another noun ("visit plans"), not the trip a travel verb already tells
    ("arrived on Friday for a three-day visit": the verb's own trip), and not placed by the verb it hangs on
    ("kicked off his trip in Lima": a trip of its own, starting there). A tour is not listed: it goes to several
    places, so no one trip the story tells is the one it names."""
    if t.pos_ not in {"NOUN", "PROPN"} or t.lemma_.lower() not in lex.reference_trip_nouns:
        return False
    if t.dep_ == "compound":
        return False
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.lemma_.lower() in (lex.travel_verbs or {}):
        return False
    supported = _supported(t, lex)  # "is making an official working visit": the subject's trip
    if not supported and not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _POINTING for c in t.children):
        return False
    verb, _ = governing_verb(t)
    return verb is None or not places_in(clause_tokens(verb, exclude=t), people, lex.location_preps)


def _supported(t: Token, lex: Lexicon) -> bool:
    """A trip noun that is the object of a verb that only says its subject is on it or begins it ('is making an
    official working visit', 'will begin a two-day visit Thursday', 'paid a visit'): the subject's trip, and the
    verb's days are the trip's. Not one to somewhere of its own the map does not know ("paid a visit to the
    temple"): that is a visit there, not the trip."""
    return t.dep_ == "dobj" and t.head.lemma_.lower() in lex.trip_support_verbs and not any(
        c.dep_ == "prep" and c.lower_ in lex.destination_preps for c in t.children)


def about_the_trip(t: Token) -> bool:
    """What ``t``'s clause says is said of the trip: ``t`` is the subject of its verb ("the trip will take place
    from June 3 to 5", "the visit was planned for June"), the object of a verb that only tells it is made or begun
    ("will begin a two-day visit Thursday"), or in a phrase with no verb ("The June 3-5 visit")."""
    verb, how = governing_verb(t)
    return verb is None or how in {"nsubj", "nsubjpass"} or _supported(t, lexicon())


def set_aside(c: Candidate) -> None:
    """Keep ``c`` apart as a trip reference (its place and, when the sentence did not name them, its travellers are
    the referred trip's), out of the sentence's events: a reference is no step of the story, so it moves no one and
    dates nothing told after it. A day near the mention is not the trip's: it keeps only the days its own clause
    gives when it is what its clause is about: the subject of its verb ("the trip will take place from June 3 to 5",
    "the visit was planned for June") or a phrase with no verb ("The June 3-5 visit"). In any other slot the days
    near it are a day within the trip ("warned X on Tuesday during his trip"), not the trip's."""
    if c.date_source not in _OWN_DAY or not about_the_trip(c.trigger) or _ages(c):
        c.date_start = c.date_end = c.date_value = None
        c.date_source = "none"
    doc = c.trigger.doc
    doc._.trip_references = [*(doc._.trip_references or []), c]


def _ages(c: Candidate) -> bool:
    """A value coarser than a year (a decade "201", a century "20": "this visit opens a golden era ... for the 21st
    century") is the era the clause talks of, not when a trip is."""
    v = c.date_value or ""
    return v.isdigit() and len(v) < 4


def join_trip_references(doc: Doc, cands: list[Candidate], known: set[str]) -> None:
    """Join each trip reference set aside in ``doc`` to the trip of ``cands`` it points at (found by its travellers).

    The trip referred to is one the story tells with a place on the map, of the reference's named travellers, or,
    when the reference names none ("the trip will take place ..."), of the one traveller (or party) every trip told
    before it (or, told first, every trip of the story) is told of: the nearest one told before the reference, else
    the first told after it. Two travellers' trips told before it leave an unowned reference unresolved, and so does
    a story of several legs (the reference names the whole journey, which no one leg is): it is dropped. Arrivals
    and departures are steps of a trip, not the trip. The lengths the references tell stay on ``doc`` for the step
    that sets off on the trip (``visit_span.reference_length``)."""
    refs, doc._.trip_references = doc._.trip_references or [], None
    doc._.trip_lengths = [(c, n) for c in refs if not part_of_more(c.trigger, c.trigger.sent.root)
                          and (n := told_days(c.trigger)) is not None]
    trips = [c for c in cands if c.event_type == "travel" and c.subtype not in _STEPS
             and named_place(c.destination) and named_people(c, known)]
    for c in refs:
        if c.participants and not named_people(c, known):
            continue  # "the delegation's visit": travellers of its own, none of them the story's
        host = _referred_trip(c, trips, known)
        if host is not None and dates_compatible(host.date_start, host.date_end, c.date_start, c.date_end):
            _join(host, c)
        elif host is None and about_the_trip(c.trigger) and (
                visit := visit_where_the_story_has_them(c, cands, known)) is not None:
            cands.append(visit)
        # otherwise no event of its own: a second copy of the trip, or (its own days keeping it apart: "the trip,
        # first set for June, is now planned for October") a trip whose place and travellers are only guessed


def _join(host: Candidate, ref: Candidate) -> None:
    """The referred trip takes what the reference's own clause says: its days when the trip has none of its own or
    only the month or week they fall in ("will visit Japan in June ... the trip will take place from June 3 to 5"),
    and its status when the trip's is unknown, or 'cancelled' for a plan ("her visit was postponed"), and the length it
    tells ("during his three-day trip": ``visit_span`` counts it from the day the travellers set off). Undated, beside
    a trip the story dates, "the trip never materialized" may be about another of the story's trips: it says nothing
    of the dated one's status. The trip keeps its own trigger, sentence and subtype."""
    own = ref.date_source in _OWN_DAY
    narrower = own and host.date_source in _OWN_DAY and is_period_value(host.date_value) and not is_period_value(
        ref.date_value)
    if own and (host.date_source not in _OWN_DAY or narrower):
        host.date_start, host.date_end, host.date_value = ref.date_start, ref.date_end, ref.date_value
        host.date_source = ref.date_source
    if host.told_days is None:
        host.told_days = next((n for r, n in ref.trigger.doc._.trip_lengths or [] if r is ref), None)
    says_status = own or not (host.date_start or host.date_end)
    if says_status and (host.status == "unknown" or ref.status == "cancelled" and host.status == "planned"):
        host.status = ref.status
    # (the trip's count of mentions is left alone: it ranks the mentions the in-article merge keeps, and a mention
    # that names neither place nor traveller is no better evidence of the trip than the trip's own)


def _referred_trip(ref: Candidate, trips: list[Candidate], known: set[str]) -> Candidate | None:
    who = named_people(ref, known)
    if who:  # a reference adds no traveller: everyone it names travels on the trip it points at
        hosts = [k for k in trips if who <= named_people(k, known)]
    else:  # "the trip will take place ...": the story's trip, when every trip it tells is one traveller's (or party's);
        # told after some, it points back at those ("X will visit Y this week. The visit, from May 3-5, comes a
        # week after Z visited W"), and a trip told later does not make it ambiguous
        told = [k for k in trips if k.start_char < ref.start_char] or trips
        shared = set.intersection(*(named_people(k, known) for k in told)) if told else set()
        hosts = told if shared else []
    gz = gazetteer()
    if any(not gz.compatible(a.destination, b.destination) for a in hosts for b in hosts):
        return None  # a story of several legs: "the trip" is the whole journey, which no one leg is
    before = [k for k in hosts if k.start_char < ref.start_char]
    if before:
        return max(before, key=lambda k: k.start_char)
    after = [k for k in hosts if k.start_char > ref.start_char]
    return min(after, key=lambda k: k.start_char) if after else None


# --- the story's traveller: a trip noun with a place and no traveller ----------------------------------------------

_POINTING_PRONOUNS = frozenset({"his", "her"})  # "on his maiden trip to India, X ...": the pronoun may point ahead
_TIME_WORDS = frozenset({"after", "before", "following", "since", "until", "ahead"})  # "after the trip to Seoul"


def story_traveller(b: _Builder, t: Token, dest: list[Place]) -> list[Participant]:
    """Who goes on a trip noun that names a place on the map but no traveller the resolver can name: "The three-day
    visit to Chile is also the first by a Peruvian president", "The Chile visit was meant to ...", "the first royal
    visit to Norway", "on his maiden trip to Peru, X met Y". A reader takes it
    for the trip of the person the story is about (its protagonist), when that trip is abroad for them: the noun is
    definite ("the", "this", an owner's "his"/"her"), names no other owner or agent than an indefinite one ("by a
    pope", a description of the protagonist), is no other trip than the one told ("the last visit", "his next trip"),
    and the place is not in the protagonist's own country (whose country is not known leaves it alone: "the visit to
    Arequipa" in a story about a governor at home is a tour the rule cannot tell from a visit by someone else).
    Empty otherwise, as before: the noun makes no event."""
    lex = lexicon()
    if t.pos_ not in {"NOUN", "PROPN"} or t.lemma_.lower() not in lex.story_trip_nouns or not b.protagonist:
        return []
    if not dest or any(p.country_code is None for p in dest):
        return []
    det = [c for c in t.children if c.dep_ in {"det", "poss"}]
    if not det or not all(c.lower_ in _POINTING or c.lower_ in _POINTING_PRONOUNS for c in det):
        return []  # "a visit to X", "another trip", "Ruiz's visit" (an owner the resolver could not name)
    if any(c.lower_ in lex.other_trip_modifiers for c in t.children if c.dep_ in {"amod", "advmod", "compound"}):
        return []  # "the last visit to Japan", "his next trip": another trip than the story's
    if (edge := t.left_edge.i) > 0 and t.doc[edge - 1].lower_ in _TIME_WORDS:
        return []  # "After the trip to Seoul, they will ...": a time the sentence is told from (parsed or not as one)
    for pp in (c for c in t.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "of"}):
        if any(not _indefinite(o) for o in pp.children if o.dep_ == "pobj" and not _is_place(b, o)):
            return []  # "the visit by the delegation": someone else goes
    person = b.people.people[b.protagonist]
    home = person.country_code or nationality_in_story(t.doc, person.name)
    if home is None or any(p.country_code == home for p in dest):
        return []
    return [b.res.participant(person, None)]


def _indefinite(o: Token) -> bool:
    """'by a pope', 'by an Indian Prime Minister': a description, not a name, of who goes."""
    return o.tag_ in {"NN", "NNP"} and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in o.children)


def _is_place(b: _Builder, o: Token) -> bool:
    """'the tour of Kenya': the 'of' object is where it goes, not who."""
    return place_at(o, b.people) is not None
