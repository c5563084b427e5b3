"""Trips: who goes from where to where, read from a travel trigger (a verb such as 'arrived', 'will fly', 'left
for'; a noun such as 'visit', 'tour'; 'due in' and 'will be in'). One function, ``travel_candidate``, called by the
article's builder (``assemble.py``) for every travel trigger; the builder's common tail dates it and sets its status.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..places import gazetteer
from ..records import Participant, Place
from .bound_for import bound_for
from .candidate import Candidate, merge_people
from .clauses import governing_verb, listed_items, relative_clauses, with_conjuncts
from .completed_trips import closed_trip, completed_trip, trip_places
from .host_guests import guest_object, guests, is_host_verb
from .itinerary_stops import off_map_town
from .kind_lists import listed_divisions
from .legs import (
    conjoined_preps,
    followed_trip,
    included_places,
    leg_days,
    places_beside_days,
    starting_places,
    tour_of_places,
)
from .locate import NEXT_STEP_WORDS, best, place_at, place_before, places_in
from .non_events import generic_use, habitual, hypothetical, object_is_not_moved, record_clause
from .parties import counted, human_noun, nominal_adjectives, recipients, subject_token, welcomed
from .phrases import agent_like, clause_tokens, segment_start
from .place_lists import (
    hung_on_description,
    item_by_own_words,
    kind_noun_items,
    later_item,
    list_places,
    read_by_own_words,
)
from .slot_places import adverb_place, described_place, slot_place
from .status import visiting_modifier
from .status_cues import has_future_aux
from .story import programme_item
from .triggers import TriggerSpec
from .trip_references import refers_back, set_aside, story_traveller
from .trip_routes import purpose_events, route_verb, site_modifier_place, stranded_preps
from .trip_travellers import home_country, place_owner, vehicle_riders
from .venue_city import off_map_venue
from .venue_sites import venue_site

if TYPE_CHECKING:
    from .assemble import _Builder


def travel_candidate(b: _Builder, t: Token, spec: TriggerSpec) -> Candidate | None:
    """A trip from a travel trigger: who goes, from where, to where (one leg per place of a list), then dated and
    given its status by the builder's common tail; None when the lexicon row's arguments are missing."""
    lex = b.lex
    lem = t.lemma_.lower()
    dest: list[Place] = []
    origin: list[Place] = []
    travellers: list[Participant] = []
    listed: list[Place] = []  # places a list of divisions names ("to the states of A and B"): one leg each
    weak_dest: list[Place] = []  # described places ('besieged areas', 'abroad'): used when no named one is given
    weak_origin: list[Place] = []
    sited: list[Place] = []  # venues read at a site (``venue_sites``) for an arrival whose slot names no mapped place
    is_verb = t.pos_ in {"VERB", "AUX"}
    if not is_verb and t.dep_ == "pobj" and t.head.lower_ in {"after", "following", "since"} \
            and not completed_trip(t):
        return None  # "after a visit to P, officials said": a background; "arrived after a visit to P" is a trip
    # "touched down in Lima": a verb the lexicon lists with its particle is that sense of the verb
    phrasal = lex.phrasal_spec(t) if is_verb else None
    if is_verb and (hypothetical(t) or habitual(t) or record_clause(t) or phrasal is None and any(
            c.dep_ == "prt" and c.lower_ == "down" for c in t.children)):
        return None  # counterfactual, or "came down in Saudi Arabia" (a crash, not a trip)
    # "came to power in 2019 in Caracas", "the talks came to an end in Geneva": a change of state, so the place is
    # where it happened, not where anyone went (a 'to' place besides it is a misread trip noun's: kept)
    idiom = is_verb and any(c.dep_ == "prep" and c.lower_ == "to" and o.dep_ == "pobj" and o.lemma_.lower()
                            in lex.figurative_goals for c in t.children for o in c.children)
    if "en_route" in spec.needs and not (t.i > 0 and t.nbor(-1).lower_ == "en"):
        return None  # "after the Lima leg" dates/places another trip; it is read as that trip's origin
    also = conjoined_preps(t)  # "to Rome and then to Vienna": the second 'to' is parsed as a conjunct
    for c in sorted({*t.children, *also}, key=lambda x: x.i):
        if c.dep_ in {"npadvmod", "dep"} and b.dateline is not None \
                and b.dateline.start_char <= c.idx < b.dateline.end_char:
            continue  # "LIMA - X will visit Quito": the parser may hang the dateline on the verb; it is no argument
        if c.dep_ in {"advmod", "npadvmod"} and c._.story_place is not None:  # "arrived here": the dateline place
            dest.append(c._.story_place.to_place())
        elif c.dep_ == "prep" or c in also:
            prep = c.lower_
            objs = [o for o in c.children if o.dep_ == "pobj"]
            objs = [x for o in objs for x in with_conjuncts(o)]  # "to Poland, Germany and France"
            objs += [x for o in objs for a in o.children if a.dep_ == "appos" and a.i > o.i and any(
                w.lower_ in NEXT_STEP_WORDS for w in o.doc[o.i + 1:a.i]) for x in with_conjuncts(a)]
            objs += [x for o in objs for x in hung_on_description(o)]  # "to A - the capital - and B"
            if prep in lex.destination_preps and (prep != "for" or lem in {"leave", "depart", "head", "set"}):
                got = [_or_divisions(slot_place(o, b.people), o, b, listed) for o in objs]
                # "to Aldport, Kestle and Lyon": once one item is a place, a mistagged conjunct is one too
                for o, ps in zip(objs, got, strict=True):
                    q = later_item(o, b.people) if not ps and any(got) and o.dep_ == "conj" \
                        and read_by_own_words(objs[0], b.people) else None
                    dest += ps or ([q] if q is not None else [])
                weak_dest += [p for o in objs if prep != "for" and (p := described_place(o, b.people))]
            elif prep == "for" and is_verb:  # "arrived for a G20 summit in Buenos Aires": where that event is
                weak_dest += [p for o in objs if b.is_event_noun(o)
                              for p in places_in(clause_tokens(o), b.people, frozenset({"in", "at"}))]
            elif prep in lex.origin_preps:
                origin += [p for o in objs if (p := slot_place(o, b.people))]
                weak_origin += [p for o in objs if (p := described_place(o, b.people))]
                if prep == "out":  # "out of Syria": the place hangs under "of"
                    for of in (x for x in c.children if x.dep_ == "prep" and x.lower_ == "of"):
                        origin += [p for o in of.children if o.dep_ == "pobj" and (p := place_at(o, b.people))]
                        weak_origin += [p for o in of.children
                                        if o.dep_ == "pobj" and (p := described_place(o, b.people))]
            elif prep in {"in", "at"} and not idiom and (
                    lem in {"arrive", "land", "come", "stop", "visit", "be"} or not is_verb
                    or lem in (lex.presence_participles or {})  # "is expected in Lima": where the subject will be
                    or phrasal is not None and phrasal.subtype == "arrive"):
                # "arrived at the station in Vienna": the site's place when the site itself is not on the map
                # "landed at the airport": an arrival at a venue off the map, placed in its city later
                # only when no object of the slot is on the map: "arrived at X Airport, P, R" (the venue's address
                # parsed as conjuncts) is the arrival in P the place reader already reads, not a second one at X
                arrival = (phrasal or spec).subtype == "arrive"
                mapped = [p for o in objs
                          if (p := place_at(o, b.people) or best(places_in(list(o.children), b.people, _SITE_PREPS)))]
                dest += mapped
                for o in objs if arrival and not mapped else ():
                    if (p := venue_site(o, b.people)) is not None:
                        dest.append(p)
                        sited.append(p)
                        if off_map_venue(p):
                            b.site_arrivals.add(t.i)  # read here as a site: dropped if the story places it nowhere
            elif prep in {"after", "following"}:
                for o in objs:  # "after the Lima leg": the trip starts where the previous leg was
                    origin += [p for x in o.children if x.dep_ in {"compound", "amod"}
                               and (p := place_at(x, b.people))]
            elif prep == "with":
                travellers += [q for o in objs for q in b.res.resolve(o) if b.people.people.get(q.name)]
            elif prep == "as" and is_verb:  # "fled abroad as refugees"
                travellers += [Participant(n, None, None, n) for o in objs
                               if o.tag_ == "NNS" and agent_like(o) and (n := o.text)]
            elif prep == "by" and not is_verb:
                travellers += [q for o in objs for q in b.res.resolve(o)]
            elif prep == "of" and not is_verb:  # "the evacuation of civilians", "the visit of the king"
                objs = [counted(o) for o in objs]  # "the transport of three of his countrymen"
                if tour_of_places(t):  # "a tour of Kenya, Ghana and Senegal": the places it goes to, no travellers
                    # (a list with a place in it is a list of places: "of the Alba, Nord and Sud Regions")
                    toured = [p for o in objs for p in _or_divisions(place_at(o, b.people), o, b, listed)]
                    dest += toured
                    objs = [] if toured else objs
                travellers += [q for o in objs if agent_like(o) for q in b.res.resolve(o, loose=True)]
                dest += [p for o in objs if not human_noun(o) and (p := site_modifier_place(b, o))]  # "a tour
                # of the Lyon plant": where the site is
            elif prep == "en":
                for o in objs:
                    for pp in (x for x in o.children if x.dep_ == "prep" and x.lower_ == "to"):
                        dest += [p for x in pp.children if x.dep_ == "pobj" and (p := place_at(x, b.people))]
        elif c.dep_ in {"advmod", "prt", "npadvmod"} and c.lower_ in {"back", "home", "off", "out", "away"}:
            # "flew back to Madrid"; "arrived back in London" (a verb that reaches a place takes it with 'in')
            for pp in (x for x in c.children if x.dep_ == "prep" and (
                    x.lower_ in lex.destination_preps or x.lower_ in {"in", "at"} and lem in _REACH)):
                dest += [p for x in pp.children if x.dep_ == "pobj" and (p := place_at(x, b.people))]
            if (p := adverb_place(c)) is not None:
                (weak_origin if _set_out_from(c, lem) else weak_dest).append(p)
        elif (p := adverb_place(c)) is not None and is_verb:
            (weak_origin if _set_out_from(c, lem) else weak_dest).append(p)  # "fled abroad", "heading home"
        elif c.dep_ == "advmod" and c.lower_ == "there" and is_verb and (p := place_before(c, b.people)):
            dest.append(p)  # "who visited Berlin in 2017, will return there": the place last named
        elif c.dep_ in {"dobj", "npadvmod"}:
            # "visited the southern city of Basra", "toured a camp in Idlib": the named place
            p = place_at(c, b.people) or (slot_place(c, b.people) if c.dep_ == "dobj" else None)
            # the object is a place item (not a site located by 'in R'): its list's other names may be read by
            # their own words (``place_lists``)
            place_item = p is not None
            divisions = listed_divisions(c, b.people) if p is None and c.dep_ == "dobj" \
                and lem in lex.destination_objects else []
            if divisions:  # "will visit the Alba and Nord regions"
                p = divisions[0]
                dest += divisions[1:]
                listed += divisions
            if p is None and is_verb and c.dep_ == "dobj" and lem in lex.destination_objects and not (
                    c.ent_type_ == "PERSON" or b.res.resolve(c)):
                # "will visit a steel plant in Lyon", "visited the old fort at Cusco": where the site is (a town
                # named as the site's modifier, "will visit the Lyon plant", is left alone: it added an unmatched
                # trip on a transfer split, likely a site inside a city already visited)
                p = best(places_in(list(c.subtree), b.people, _SITE_PREPS))
            items = list_places(c, b.people) if p is None and is_verb and c.dep_ == "dobj" \
                and lem in lex.destination_objects else []
            if items:  # "will visit Aldport, Brenford and Lyon" with the first names tagged as an organisation
                p = items[0]
            if p is None and lem in lex.origin_objects:  # "escaped the pogroms in Ukraine"
                p = next((q for pp in c.children if pp.dep_ == "prep" and pp.lower_ in {"in", "of"}
                          for o in pp.children if o.dep_ == "pobj" and (q := place_at(o, b.people))), None)
            if p is None and is_verb and c.dep_ == "dobj" and (
                    w := described_place(c, b.people)) is not None:
                if lem in lex.origin_objects:  # "fled the city", "escaped the camp"
                    weak_origin.append(w)
                elif lem in lex.destination_objects:  # "entered the country"
                    weak_dest.append(w)
            if p and lem in lex.origin_objects:
                origin.append(p)
            elif p and (lem in lex.destination_objects or not is_verb):
                dest.append(p)
                # "will visit Mauritania and Togo": the other places of the object are destinations too, each by
                # its own words when the tagger took it for a person or joined it to another (``place_lists``)
                own_words = place_item and read_by_own_words(c, b.people)
                dest += items[1:] if items else [q for x in listed_items(c)[1:] if (
                    q := place_at(x, b.people) or (item_by_own_words(x) if own_words else None))]
                # "visited the cities of Aldport and Kestle": the kind noun's list of names, each a place
                dest += [q for x in kind_noun_items(c)[1:] if (q := place_at(x, b.people))]
            elif not p and is_verb and c.dep_ == "dobj" and lem in lex.passenger_objects:
                travellers += b.res.resolve(c, loose=True)  # "evacuated 200 civilians"
                travellers += nominal_adjectives(c)  # "evacuate the sick and wounded"
            elif not p and is_verb and c.dep_ == "dobj" and lem in lex.place_object_verbs and not (
                    weak_origin or b.res.resolve(c, loose=True)):
                return None  # "escaped indictment": no one moved
        elif c.dep_ == "acomp" and is_verb and lem in lex.passenger_objects:
            travellers += nominal_adjectives(c)  # "to evacuate sick and wounded" (parsed as a complement)
        elif c.dep_ == "compound" and not is_verb:
            p = place_at(c, b.people)
            if p:
                dest.append(p)
            elif b.people.at(c):  # "granted Ana Ruiz asylum" (the name parsed as a modifier)
                travellers += b.res.resolve(c)
            elif c.pos_ == "PROPN" and c.ent_type_ in {"", "PERSON", "ORG"} and (
                    gv := governing_verb(t)[0]) is not None and gv.lemma_.lower() in lex.recipient_verbs:
                travellers += b.res.resolve(c, loose=True) or [Participant(c.text, None, None, c.text)]
        elif c.dep_ == "poss" and not is_verb:
            travellers += welcomed(b.res, t, c) or b.res.resolve(c)

    dest += [p for x in starting_places(t) if (p := slot_place(x, b.people))]  # "will begin her tour in Nairobi"
    dest += [p for x in bound_for(t) if (p := slot_place(x, b.people))]  # "left Rome on Sunday, bound for Oslo"
    if dest:  # "will visit Kenya on May 3 and Ghana on May 5", with 'Ghana' parsed as a conjunct of the day
        dest += [p for x in places_beside_days(t) if (p := place_at(x, b.people))]
    route = route_verb(t, lex)
    ahead = False
    for rel in [*relative_clauses(t), *([route] if route is not None else [])]:
        # "the tour, which will take him to Kenya, Ghana and Senegal": the places it goes to; "the tour, which
        # begins on March 20 in Berlin": where it starts, its first stop; "the trip took her to Lima": the same
        # said by the noun's own clause
        lem_rel = rel.lemma_.lower()
        preps = lex.destination_preps if lem_rel in lex.route_verbs else (
            frozenset({"in", "at"}) if lem_rel in lex.route_start_verbs else frozenset())
        dest += [p for pp in rel.children if pp.dep_ == "prep" and pp.lower_ in preps
                 for o in pp.children if o.dep_ == "pobj" for x in with_conjuncts(o)
                 if (p := slot_place(x, b.people))]
        if lem_rel in lex.route_object_verbs:  # "a trip which included Kenya and Ghana": one leg per place
            listed = [p for x in included_places(rel, lambda o: any(
                s.event_type == "travel" for s in lex.specs_for(o, b.scope))) if (p := slot_place(x, b.people))]
            dest += listed
            # "has embarked on a tour, which includes Kenya and Ghana": a programme told in the present or future
            # lists places still ahead, though the tour itself has begun
            ahead = ahead or bool(listed) and (rel.tag_ in {"VBZ", "VBP"} or has_future_aux(rel))
    if route is not None and not travellers:  # "the trip took her to Lima": she travels
        travellers += [q for o in route.children if o.dep_ == "dobj" for q in b.res.resolve(o)]
    if not is_verb and not dest:
        # "on the first day of their visit to the UK": the parser may hang the trip's 'to' on the noun its 'of'
        # phrase belongs to
        dest += [p for pp in stranded_preps(t, lex.destination_preps) for o in pp.children if o.dep_ == "pobj"
                 for x in with_conjuncts(o) if (p := slot_place(x, b.people))]
    if is_verb and object_is_not_moved(t, lex, b.res):
        return None  # "stopping oil purchases from X", "landed a deal in Paris", "headed the bank in Rome"
    if not (dest or weak_dest):  # "a planned trip to attend a summit in P", "flew out to attend talks in P"
        weak_dest += [p for o in purpose_events(t, b.is_event_noun)
                      for p in places_in(clause_tokens(o), b.people, frozenset({"in", "at"}))]
    weak_only = not (dest or origin) and bool(weak_dest or weak_origin)
    dest = dest or weak_dest
    origin = origin or weak_origin
    if "place_object" in spec.needs and not dest:
        return None
    # "his visit", "the President's upcoming visit": with no place of its own, the trip the story is telling;
    # "during the visit", "the trip will take place ...": one more mention of it (``trip_references``)
    told_trip = not is_verb and lem in _TRIP_NOUNS and not (dest or origin) and _owned(t)
    reference = not is_verb and not (dest or origin) and refers_back(t, lex, b.people)
    if "place" in spec.needs and not (dest or origin) and not (told_trip or reference):
        return None
    if t.pos_ == "ADJ":  # "the minister is due in Cairo": the copula's subject travels
        travellers = merge_people(b.res.subject_of(t.head, loose=True), travellers)
    elif is_verb and lem in lex.sender_verbs and travellers and not any(
            c.dep_ == "nsubjpass" for c in t.children):
        pass  # "the army sent 300 soldiers": the sender stays
    elif is_verb and visiting_modifier(t):  # "the visiting prime minister", "told visiting Prime Minister X"
        visitor = t.head if t.dep_ == "amod" else next((c for c in t.children if c.dep_ == "dobj"), None)
        travellers = merge_people(b.res.resolve(visitor, loose=True) if visitor is not None else [], travellers)
    elif is_verb:
        subj = vehicle_riders(b, t) or b.res.subject_of(t, loose=True)
        if not subj:
            s = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}
                      and c.i >= segment_start(t)), None)
            if s is not None and s.pos_ in {"NOUN", "PROPN"} and not place_at(s, b.people):
                subj = b.res.resolve(s, loose=True)
                if not subj and agent_like(s) and not (weak_only and "place" in spec.needs
                                                       and not human_noun(s)):
                    # "millions of Mexicans would migrate"; not "bad news coming from several areas"
                    owner = place_owner(b, s)
                    subj = [Participant(" ".join(x.text for x in clause_tokens(s)
                                                 if x.dep_ != "det" and x.ent_type_ not in {"DATE", "TIME"}
                                                 and x.i not in owner))]
        travellers = merge_people(subj, travellers)
    else:
        verb, how = governing_verb(t)
        vlem = verb.lemma_.lower() if verb is not None else ""
        if verb is not None and vlem in lex.recipient_verbs and how in {"dobj", "pobj"}:
            # "Peru granted Ruiz asylum": the recipient moves; a giver that is a place is where to
            travellers = travellers or recipients(b.res, verb)
            giver = subject_token(verb)
            if not dest and giver is not None and (p := place_at(giver, b.people)):
                dest.append(p)
        elif not travellers and how == "pobj" and is_host_verb(verb) and guest_object(verb) is not None:
            travellers = guests(b.res, verb)  # "will host B for a state visit": the guest travels, not the host
        elif not travellers and verb is not None and how in {"dobj", "pobj"} and vlem not in {"say", "tell"}:
            travellers = b.res.subject_of(verb)
    if not travellers and dest and (prior := followed_trip(t, lex)) is not None:
        # "the stop in Lyon was followed by visits to Nice and Arles": the later legs of the same traveller's trip,
        # the one it names or, named by nobody, the story's
        travellers = [q for c in prior.children if c.dep_ == "poss" for q in b.res.resolve(c)] or (
            [b.res.participant(b.people.people[b.protagonist], None)] if b.protagonist else [])
    if not travellers and (dest or origin) and b.protagonist and programme_item(t):
        # "4 p.m.: Arrival at the airport of Cusco.", "4 p.m.: Arrives in Cusco": a programme's items are its
        # traveller's
        travellers = [b.res.participant(b.people.people[b.protagonist], None)]
    travellers = travellers or story_traveller(b, t, dest)  # "the Pakistan visit was ...": the story's traveller
    if not travellers and not reference:
        return None
    where = b.scene.current_trip([p.name for p in travellers]) if told_trip and travellers else None
    if where is not None:
        dest = [where]
    elif told_trip or reference:  # the trip it points at may be told later, or be one the scene does not follow
        set_aside(b.finish("travel", spec.subtype, t, travellers))
        return None
    named = any(p.name in b.people.people for p in travellers)
    if not named and dest and all(any(p is q for q in sited) for p in dest):
        # "the visiting premier arrived at the airport": a venue is read as a site only for a traveller the page
        # names; a described subject is no one the story follows, so the site arrival is no step of a named
        # visit (not placed by its scene, not joined to its cluster) and stays an event no report shares
        return None
    if not named and is_verb and lem in (lex.presence_participles or {}):
        return None  # "rain is expected in Lima", "a ruling is expected in Paris": only a named person is awaited
    if "person_or_place" in spec.needs and not (dest or origin) and not named:
        return None
    if is_verb and lem in lex.passenger_objects and any(
            c.dep_ == "dobj" and not agent_like(c) for c in t.children):
        return None  # "a C-5 was used to fly the presidential cars": cargo, not people
    arrived = frozenset(q.country_code for x in travellers for _, q in b.scene.arrivals.get(x.name, ())
                        if q.country_code)
    dest = [home_country(travellers, t.doc, b.dateline, arrived) or p if p.name == "home" and p.country_code is None
            else p for p in dest]
    first = best(dest)
    c = b.finish("travel", spec.subtype, t, travellers, origin=best(origin), destination=first)
    if told_trip and c.date_source not in {"own", "governing"}:
        # a day near the mention is not the told trip's: it keeps the days its own clause gives, or none
        c.date_start = c.date_end = c.date_value = None
        c.date_source = "none"
    gz = gazetteer()
    for p in dest:  # "will travel to Manila and Tokyo": one leg per place that is not inside another
        if (p.latitude is not None or p.country_code or p in listed or off_map_town(p)) and not any(
                gz.compatible(p, q) for q in [first, *c.more_destinations]):
            c.more_destinations.append(p)
    if (days := leg_days(b, t, [first, *c.more_destinations])) is not None:
        # "will visit Kenya on May 3 and Ghana on May 5": the first leg's day is its own, not the last one written
        c.date_start, c.date_end, c.date_value = days[0]
        c.date_source = "own" if days[0][0] is not None else "none"
    if ahead and c.status == "occurred":
        c.status = "planned"
    if spec.subtype == "arrive" and c.origin is None and _home_again(b, t, first):
        c.subtype = "return"
    if not named and c.status == "unknown" and c.date_start is None and c.date_end is None and generic_use(t, lex):
        return None  # "refugees can return home when the conflict ends": a general statement
    return c


def _or_divisions(p: Place | None, o: Token, b: _Builder, listed: list[Place]) -> list[Place]:
    """The place ``p`` read from a tour's 'of' object or a destination slot's object, or else the divisions that
    object lists ("a tour of the Alba and Nord regions", "to the Alba and Nord regions"), these remembered in
    ``listed`` so that each stays a leg though off the map."""
    if p is not None:
        return [p]
    out = listed_divisions(o, b.people)
    listed += out
    return out


def _home_again(b: _Builder, t: Token, dest: Place | None) -> bool:
    """'Landed here on Sunday after ending a tour of P': an arrival at the place the report is filed
    from ('here', grounded by the dateline or by the page) that closes a finished trip to another country is the
    traveller coming home, told by the home paper; the journey it ends set out from there. An arrival elsewhere
    ('landed in Q after a tour of P') may be the next leg of a tour, and stays an arrival."""
    if dest is None or dest.country_code is None or not any(
            c.dep_ in {"advmod", "npadvmod"} and c._.story_place is not None
            and c._.story_place.to_place().name == dest.name for c in t.children):
        return False
    trip = closed_trip(t)
    if trip is None:
        return False
    gz = gazetteer()
    places = [p for o in trip_places(trip) if (p := place_at(o, b.people)) is not None]
    away = {p.country_code for p in places}
    return bool(away) and dest.country_code not in away and all(not gz.compatible(p, dest) for p in places)


_LEAVE = frozenset({"leave", "depart", "quit", "exit"})
_REACH = frozenset({"arrive", "land", "come", "get"})  # verbs that reach a place 'in' or 'at' it
_TRIP_NOUNS = frozenset({"visit", "trip"})  # one place; a "tour" is of several


_SITE_PREPS = frozenset({"in", "at", "near"})  # where a visited site is


def _owned(t: Token) -> bool:
    """'his visit', 'the President's upcoming visit': a trip noun owned by its traveller points at the trip the story
    tells of them ("the visit" alone may be any the article has mentioned)."""
    return any(c.dep_ == "poss" for c in t.children)


def _set_out_from(adverb: Token, lem: str) -> bool:
    """An adverb place ('home', 'abroad') is where a leaving verb sets out from ('left home', 'left home early',
    with 'home' parsed as an adverb or an object); for every other motion verb it is where they go."""
    return lem in _LEAVE and (adverb.lower_ == "home" or adverb.dep_ == "dobj")
