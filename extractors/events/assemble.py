"""From a parsed article to ``Event`` records: find triggers, gather arguments, date them, set status, and merge the
mentions of one event within the article.

Each trigger yields a ``Candidate`` only when it has the arguments its lexicon row asks for (a trip needs a place, a
'call' needs a 'courtesy'/'phone' modifier, a meeting needs someone taking part), so a bare "meeting" noun is not an
event. What a single sentence lacks comes from the story model, built once per article and read by every sentence:
the dateline and the protagonist (``story.py``), the people last in subject position and the map from role to
person (``participants.Resolver``), and, as the narrative moves, the day it is at and where each traveller is
(``scene.StoryScene``). Days and status come from the trigger's own clause (``clauses.py``, ``status.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from ...ids import stable_id
from ..cleaning import in_noise
from ..people import DocPeople, role_words
from ..places import gazetteer
from ..records import Event, NoiseReport, Participant, Place, Timex
from .candidate import GENERIC_MEETING, Candidate, merge_people
from .clauses import (
    ancestor_verbs,
    before_the_trip,
    clause_span,
    clock_time,
    ended_on,
    governing_verb,
    narrative_day,
    present_perfect,
    relative_clauses,
    reporting_verb,
    trigger_anchors,
    with_conjuncts,
)
from .dates import Attached, attach, dates_for, last_day_before
from .locate import (
    adverb_place,
    antecedent_place,
    best,
    described_place,
    place_at,
    places_in,
    slot_place,
)
from .merge import merge_mentions
from .participants import (
    Resolver,
    agent_like,
    clause_tokens,
    coordinated_name,
    segment_end,
    segment_start,
    unnamed_title,
)
from .scene import StoryScene
from .status import PRESENT, modality, status_of
from .story import (
    find_dateline,
    ground_deictic_places,
    programme_item,
    protagonist,
    seat_of_office,
)
from .triggers import SCOPES, TriggerSpec, lexicon, meeting_subtype

# a trip dated only by the report ("came to Lima", "toured Lima") began on a day the text does not give; "has
# arrived" is news of the report's own day
_STAYS = {"visit", "trip", "travel"}


# --- helpers ------------------------------------------------------------------------------------------------------

def _human_noun(t: Token) -> bool:
    """Plural or a person noun ('woman', 'official'): someone who can go to a described place; 'bad news coming
    from several areas' is not."""
    words = role_words()
    return t.tag_ in {"NNS", "NNPS"} or t.lemma_.lower() in words["group_nouns"] or t.lemma_.lower() in words[
        "head_nouns"]


def _counted(t: Token) -> Token:
    """'three to four of his countrymen', 'dozens of the wounded': the counted noun, not the number."""
    if t.pos_ == "NUM" or t.lower_ in {"dozens", "hundreds", "thousands", "some", "many", "most", "all"}:
        for pp in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
            for o in (c for c in pp.children if c.dep_ == "pobj"):
                return o
    return t


def _person_noun(t: Token) -> bool:
    """A noun for people ('officials', 'refugees', 'the delegation'), unlike 'purchases' or 'fire'."""
    words = role_words()
    lem = t.lemma_.lower()
    return lem in words["group_nouns"] or lem in words["head_nouns"] or lem in words.get("body_nouns", ())


def _nominal_adjectives(t: Token) -> list[Participant]:
    """'the sick and wounded', 'the injured': adjectives used as nouns for people, as the object of a transport verb
    (the parse gives them as ADJ objects or complements)."""
    if not (t.pos_ == "ADJ" or t.tag_ == "VBN"):
        return []
    words = [t] + [x for x in t.children if x.dep_ in {"cc", "conj"}]
    # "evacuate sick and wounded": the parse may hang 'and wounded' on the verb, right after the adjective
    nxt = t.i + 1
    while nxt < len(t.doc) and t.doc[nxt].head.i == t.head.i and t.doc[nxt].dep_ in {"cc", "conj"} and (
            t.doc[nxt].dep_ == "cc" or t.doc[nxt].pos_ == "ADJ" or t.doc[nxt].tag_ == "VBN"):
        words.append(t.doc[nxt])
        nxt += 1
    name = " ".join(x.text for x in sorted(words, key=lambda x: x.i))
    return [Participant(name, None, None, name)]


def _hypothetical(t: Token) -> bool:
    """'would not have been able to meet', 'could have visited': a counterfactual, not a report."""
    words: set[str] = set()
    a = t
    for _ in range(4):  # the verb and what it is a complement of: "would n't have been able to meet"
        words |= {c.lower_ for c in a.children if c.dep_ in {"aux", "auxpass", "neg"}}
        if a.dep_ not in {"xcomp", "acomp"} or a.head == a:
            break
        a = a.head
        words.add(a.lower_)
    return bool(words & {"would", "could", "might", "should"}) and "have" in words


def _met_with_a_thing(v: Token, people) -> bool:
    """'X was met with criticism', 'they were met with F-16s': passive 'met with' whose object is nobody."""
    if v.lemma_.lower() != "meet" or not any(c.dep_ == "auxpass" for c in v.children):
        return False
    objs = [o for c in v.children if c.dep_ == "prep" and c.lower_ in {"with", "by"} for o in c.children
            if o.dep_ == "pobj"]
    return bool(objs) and not any(people.at(o) for o in objs)


_HABITUAL = frozenset({"normally", "usually", "often", "always", "typically", "regularly", "generally", "routinely"})


def _habitual(t: Token) -> bool:
    """'Normally, the president flies on a Garuda aircraft': what someone does as a rule, not a trip."""
    return any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for a in trigger_anchors(t) for c in a.children)


def _generic(t: Token, lex) -> bool:
    """Under a modal ('can return') or a permissive/causative verb ('allow ... to roam', 'forcing people to leave')."""
    for a in trigger_anchors(t):
        if any(c.dep_ == "aux" and c.lower_ in lex.generic_modals for c in a.children):
            return True
        if a is not t and a.lemma_.lower() in lex.generic_governors:
            return True
    head = t.head
    return t.dep_ in {"xcomp", "ccomp"} and head.lemma_.lower() in lex.generic_governors


def _object_is_not_moved(t: Token, lex, res: Resolver) -> bool:
    """A motion verb that takes no object ('stop', 'head', 'land'; ``intransitive_motion_verbs``) used with a direct
    object that is neither a place nor someone: another sense of the verb, no trip."""
    if t.lemma_.lower() not in lex.intransitive_motion_verbs:
        return False
    for c in t.children:
        if c.dep_ != "dobj" or c.pos_ == "PRON":
            continue
        moved = (place_at(c, res.people) or described_place(c, res.people) or adverb_place(c) or res.resolve(c)
                 or c.ent_type_ in {"PERSON", "ORG", "NORP"} or _person_noun(c))
        if not moved:
            return True
    return False


def _subject_token(verb: Token) -> Token | None:
    """The subject of ``verb``, through control ('Ecuador decided to grant ...', 'will continue to provide ...')."""
    t = verb
    for _ in range(4):
        s = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if s is not None or t.dep_ not in {"xcomp", "conj"} or t.head == t:
            return s
        t = t.head
    return None


def _recipients(res: Resolver, verb: Token) -> list[Participant]:
    """Who receives what ``verb`` gives: the indirect object ('granted Assange asylum'), a 'to' object ('provide
    asylum to X') or, in the passive, the subject ('X was granted asylum')."""
    out: list[Participant] = []
    for c in verb.children:
        if c.dep_ in {"dative", "nsubjpass"} and c.pos_ != "ADP" or (c.dep_ == "dobj" and c.pos_ == "PROPN"):
            out += res.resolve(c, loose=True)
        elif c.dep_ in {"prep", "dative"} and c.lower_ == "to":
            out += [q for o in c.children if o.dep_ == "pobj" for q in res.resolve(o, loose=True)]
    return out


_SIDE_JOINERS = {"-", "–", "—", "/"}


def _compound_parties(res: Resolver, n: Token) -> list[Participant]:
    """'the Biden-Xi summit', 'US-China talks', 'the first Clinton - Trump debate': two or more proper-noun modifiers
    of an event noun are its sides, when every one of them is a person of the article or a country. Any other
    modifier ('the Camp David summit', 'the G20 summit') makes it a named event, not a list of sides."""
    mods = [c for c in n.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"]
    span = sorted({x for c in mods for x in c.subtree}, key=lambda x: x.i)
    # only a dash-joined list of names: "Former U.S. President Bill Clinton talks ..." is one person's title
    if not span or not any(x.text in _SIDE_JOINERS for x in span) or any(
            x.pos_ != "PROPN" and x.text not in _SIDE_JOINERS for x in span):
        return []
    toks = [x for x in span if x.pos_ == "PROPN"]
    if len(toks) < 2:
        return []
    gz = gazetteer()
    out: list[Participant] = []
    unknown: list[Token] = []  # a capitalised name the model left untagged ('the Clinton-Trump debate')
    for x in toks:
        m = res.people.at(x)
        known = res.people.people.get(res.people.canonical(x.text))
        if m is not None:
            out.append(res.participant(m.person, m.text))
        elif known is not None:
            out.append(res.participant(known, x.text))
        elif (info := gz.lookup(x.text)) is not None and info.kind == "country":
            out.append(Participant(info.name, None, info.country_code, x.text))
        elif x.ent_type_ in {"", "PERSON"} and x.text[:1].isupper() and info is None:
            unknown.append(x)
        else:
            return []
    if unknown and any(p.name in res.people.people for p in out):  # beside a known person: another person
        out += [Participant(x.text, None, None, x.text) for x in unknown]
    elif unknown:
        return []
    out = merge_people(out)
    return out if len(out) >= 2 else []


def _is_definite(tok: Token) -> bool:
    """'the meeting', 'Tuesday's meeting', 'this summit': refers to an event the reader already knows. A named event
    ('the G20 summit', 'the Camp David summit') is not a reference back to the people just mentioned."""
    if any(c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ in {"the", "this", "that"}:
            return True
        if c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"}:
            return True
    return False


_NOT_PARTY_PREPS = {"under", "since", "during", "after", "before", "about", "against", "over", "by", "like", "than",
                    "for", "in", "from", "at", "into", "despite", "without"}


def _not_party(t: Token, stop: Token) -> bool:
    """A person named inside 'under X', 'about X', ... is context, not a participant."""
    for a in t.ancestors:
        if a.i == stop.i:
            return False
        if a.dep_ == "prep" and a.lower_ in _NOT_PARTY_PREPS:
            return True
    return False


def _subtree_participants(res: Resolver, toks: list[Token], root: Token | None = None) -> list[Participant]:
    """Persons and group descriptions among ``toks`` (a noun phrase or clause without embedded clauses)."""
    if root is not None:
        toks = [t for t in toks if not _not_party(t, root)]
    out = res.persons_in(toks)
    seen = {p.name for p in out}
    for t in toks:
        if res.people.at(t):
            continue
        if t.pos_ in {"NOUN", "PRON"} and (t.dep_ in {"pobj", "dobj", "poss", "nsubj", "appos", "conj", "agent"}):
            for p in res.resolve(t):
                if p.name not in seen:
                    out.append(p)
                    seen.add(p.name)
    return out


# --- builders -----------------------------------------------------------------------------------------------------

class _Builder:
    def __init__(self, doc: Doc, timexes: Sequence[Timex], article_date: date | None, noise: NoiseReport,
                 scope: str = "news") -> None:
        self.doc = doc
        self.scope = scope
        self.text = doc.text  # spaCy rebuilds Doc.text on every access
        self.lex = lexicon()
        self.dateline = find_dateline(self.text)
        ground_deictic_places(doc, self.dateline)
        skip = noise.ignored if self.dateline is None else (
            *noise.ignored, (self.dateline.start_char, self.dateline.end_char, "dateline"))
        self.people = DocPeople(doc, skip, self.text)
        self.res = Resolver(self.people, self.dateline and (self.dateline.start_char, self.dateline.end_char))
        self.timexes = [t for t in timexes if not in_noise(noise, t.start_char, t.end_char)]
        self.attached: list[Attached] = attach(doc, self.timexes, self.is_event_noun)
        self.article_date = article_date
        self.noise = noise
        self.scene = StoryScene(self.dateline, article_date, frozenset(self.people.people))
        mentions = self.people.in_span(0, len(doc))
        self.protagonist = protagonist([(m.person.name, m.start) for m in mentions])
        self.res.protagonist = self.people.people.get(self.protagonist) if self.protagonist else None

    def is_event_noun(self, t: Token) -> bool:
        lem = t.lemma_.lower()
        return t.pos_ in {"NOUN", "PROPN"} and (lem in self.lex.meeting_nouns or lem in self.lex.travel_nouns)

    # -- meetings --
    def meeting_verb(self, v: Token, spec: TriggerSpec) -> Candidate | None:
        if _hypothetical(v) or _met_with_a_thing(v, self.people):
            return None
        subtype = spec.subtype
        # "spoke by phone with X", "talked to her over video", "met via video link": the medium names the kind
        preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ in {"by", "over", "via", "on"}]
        media = [o.lemma_.lower() for c in preps for o in c.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in self.lex.media]
        media += [c.lemma_.lower() for c in v.children if c.dep_ == "npadvmod" and c.lemma_.lower() in self.lex.media]
        if media:
            subtype = self.lex.media[media[0]]
        elif "medium" in spec.needs and not self._spoke_with_person(v):
            return None  # "spoke to reporters", "spoke at the forum": no conversation between named parties
        if "on_person" in spec.needs:  # "called on President Murmu"; not "called on the government to act"
            hosts = [q for c in v.children if c.dep_ == "prep" and c.lower_ == "on"
                     for o in c.children if o.dep_ == "pobj" for q in self.res.resolve(o)
                     if self.people.people.get(q.name)]
            if not hosts or any(c.dep_ in {"xcomp", "ccomp"} for c in v.children):
                return None
        objs: list[Participant] = []
        with_people: list[Participant] = []
        places: list[Place] = []
        for c in v.children:
            if c.dep_ == "dobj" and v.lemma_.lower() in self.lex.opponent_object_verbs:
                objs.extend(p for p in self.res.resolve(c) if self.people.people.get(p.name))  # "debated Clinton"
            elif c.dep_ == "dobj" and v.lemma_.lower() in self.lex.owner_object_verbs:
                objs.extend(q for x in c.children if x.dep_ == "poss" and x.pos_ == "PROPN"
                            for q in self.res.resolve(x, loose=True))  # "negotiating Britain's exit"
            elif c.dep_ in {"dobj", "dative"} and v.lemma_.lower() not in self.lex.topic_object_verbs:
                got = self.res.resolve(c, loose=v.lemma_.lower() != "meet" or c.ent_type_ != "" or unnamed_title(c))
                objs.extend(got)
                if not got and (spec.subtype == "visit" or v.lemma_.lower() == "meet"):
                    return None  # "meet the demands", "visit the factory" (a trip, not a meeting)
            elif c.dep_ == "prep" and c.lower_ in {"with", "on", "to"} or c.dep_ == "agent":
                for o in (x for x in c.children if x.dep_ == "pobj"):
                    with_people.extend(self.res.resolve(o, loose=c.lower_ == "with"))
        passive_subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if passive_subj is not None and passive_subj.pos_ != "PRON" and not self.res.resolve(passive_subj, loose=True):
            return None  # "the aircraft was greeted by 400 guests": a thing was welcomed, nobody met
        passive_by = with_people if passive_subj is not None else []
        if "person_object" in spec.needs and not any(self.people.people.get(p.name) for p in objs + passive_by):
            return None  # "received Kagame" / "was received by Kagame"
        if "with_participant" in spec.needs and not with_people:
            return None
        subj = self.res.subject_of(v, loose=True)
        if not subj:
            s = next((c for c in v.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i >= segment_start(v)), None)
            subj = self.res.resolve(s, loose=True) if s is not None else self.res.left_persons(v)
        parts = merge_people(subj, objs, with_people)
        if not parts or (len(parts) < 2 and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)):
            return None  # a meeting has two sides: "the first leader to meet with X" names only one
        places = places_in(clause_tokens(v), self.people, self.lex.location_preps) or self.shared_place(v)
        if not places and any(c.lower_ == "where" for c in v.children):
            p = antecedent_place(v, self.people)
            places = [p] if p else []
        return self._finish("meeting", subtype, v, parts, location=best(places))

    def _welcomed(self, t: Token, poss: Token) -> list[Participant]:
        """'X greeted Y on his arrival', 'received her upon their arrival': the one welcomed is who arrives."""
        prep = t.head
        if poss.pos_ != "PRON" or t.dep_ != "pobj" or prep.lower_ not in {"on", "upon"}:
            return []
        verb = prep.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"greet", "welcome", "receive", "meet"}:
            return []
        return [p for c in verb.children if c.dep_ == "dobj" for p in self.res.resolve(c)]

    def _spoke_with_person(self, v: Token) -> bool:
        """'spoke with President Ruiz', 'spoke to her': a conversation with a named person (or one the story
        names), which is talks even with no medium given."""
        objs = [o for c in v.children if c.dep_ == "prep" and c.lower_ in {"with", "to"}
                for o in c.children if o.dep_ == "pobj"]
        return any(self.people.people.get(p.name) for o in objs for p in self.res.resolve(o))

    def shared_place(self, verb: Token) -> list[Place]:
        """'In Cairo, Wang met X and held talks with Y': a coordinated verb shares the place phrases of the first
        verb of its coordination (only those hanging on that verb, not on its objects)."""
        first = verb
        for _ in range(4):
            if first.dep_ != "conj" or first.head == first:
                break
            first = first.head
            if first.pos_ not in {"VERB", "AUX"} and first.dep_ == "dobj":
                first = first.head  # the parser hung "and held talks" on the object of "met"
        if first == verb or first.pos_ not in {"VERB", "AUX"}:
            return []
        preps = [c for c in first.children if c.dep_ == "prep"]
        return places_in(preps, self.people, self.lex.location_preps)

    def meeting_noun(self, n: Token, spec: TriggerSpec) -> Candidate | None:
        if n.dep_ == "compound" and n.head.pos_ in {"NOUN", "PROPN"}:
            return None  # "meeting room", "summit venue"; "summit meeting" is found on its head
        subtype = meeting_subtype(n, spec)
        if subtype is None:
            return None
        toks = clause_tokens(n)
        sides = _compound_parties(self.res, n)
        side_toks = {x.i for c in n.children if c.dep_ in {"compound", "nmod"} for x in c.subtree} if sides else set()
        parts = merge_people(_subtree_participants(self.res, [t for t in toks if t is not n], n), sides)
        if "person_object" in spec.needs:
            tgt = [p for c in n.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}
                   for o in c.children if o.dep_ == "pobj" for p in self.res.resolve(o)]
            if not any(self.people.people.get(p.name) for p in tgt):
                return None
        has_with = any(c.dep_ == "prep" and c.lower_ == "with" for c in n.children)
        if "with_participant" in spec.needs and not has_with:
            return None
        if "with_participant_or_outlet" in spec.needs and not has_with:
            # "his ABC interview", "Trump's CNN interview": the one interviewed and the outlet
            owner = [p for c in n.children if c.dep_ == "poss" for p in self.res.resolve(c)]
            outlet = [Participant(coordinated_name(c), None, None, c.text) for c in n.children
                      if c.dep_ == "compound" and c.ent_type_ == "ORG" and not self.people.at(c)]
            if not (owner and outlet):
                return None
            parts = merge_people(parts, owner, outlet)
        verb, how = governing_verb(n)
        vtoks: list[Token] = []
        places = places_in(toks, self.people, self.lex.location_preps)
        places += [p for c in n.children if c.dep_ == "compound" and c.i not in side_toks
                   and (p := place_at(c, self.people))]
        if verb is not None and verb.lemma_.lower() not in {"say", "tell", "add", "note"}:
            vtoks = clause_tokens(verb, exclude=n)
            if how in {"nsubj", "nsubjpass"}:
                parts = merge_people(parts, _subtree_participants(self.res, vtoks, verb))
            elif how != "dobj" or verb.lemma_.lower() in self.lex.support_verbs:
                # "X held talks", "X made remarks at a meeting"; not "it follows last week's summit"
                parts = merge_people(self.res.subject_of(verb), parts)
                for c in verb.children:
                    if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with"):
                        for o in (x for x in c.children if x.dep_ == "pobj"):
                            parts = merge_people(parts, self.res.resolve(o))
            places += places_in(vtoks, self.people, self.lex.location_preps) or self.shared_place(verb)
            if not places and any(c.lower_ == "where" for c in verb.children):
                p = antecedent_place(verb, self.people)
                places = [p] if p else []
        elif verb is not None:
            parts = merge_people(self.res.subject_of(verb), parts)
        hosted = any(t.lemma_.lower() == "host" for t in (vtoks if verb is not None else toks))
        has_complement = any(c.dep_ == "prep" and c.lower_ in {"with", "between", "of", "among"} for c in n.children)
        if _is_definite(n) and ((not parts and not has_complement) or hosted):
            # "the meeting" refers back to the people just discussed; so does one "with X and Y as hosts"
            sal = self.res.salience.group or ((self.res.salience.single,) if self.res.salience.single else ())
            parts = merge_people(parts, [self.res.participant(p, None) for p in sal])
        if n.lemma_.lower() in self.lex.deceased_nouns:  # "Jamar Clark's funeral": the one mourned takes no part
            mourned = [c for c in n.children if c.dep_ == "poss"] + [
                o for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
            gone = {p.name for m in mourned for p in self.res.resolve(m)}
            parts = [p for p in parts if p.name not in gone]
        day0, day1, _ = dates_for(trigger_anchors(n), self.attached)
        if not parts and not (subtype not in GENERIC_MEETING and day0 and day1 and (day1 - day0).days <= 31):
            # a named kind dated to its week or month ("a virtual summit last week") stands without named
            # participants; "another two-plus-two meeting later in the year" is too loose to be one event
            return None
        if "participant" in spec.needs and len(parts) < 2:
            return None
        return self._finish("meeting", subtype, n, parts, location=best(places), definite=_is_definite(n))

    # -- travel --
    def travel(self, t: Token, spec: TriggerSpec) -> Candidate | None:
        lex = self.lex
        lem = t.lemma_.lower()
        dest: list[Place] = []
        origin: list[Place] = []
        travellers: list[Participant] = []
        weak_dest: list[Place] = []  # described places ('besieged areas', 'abroad'): used when no named one is given
        weak_origin: list[Place] = []
        is_verb = t.pos_ in {"VERB", "AUX"}
        if not is_verb and t.dep_ == "pobj" and t.head.lower_ in {"after", "following", "since"}:
            return None
        if is_verb and (_hypothetical(t) or _habitual(t) or any(c.dep_ == "prt" and c.lower_ == "down"
                                                                 for c in t.children)):
            return None  # counterfactual, or "came down in Saudi Arabia" (a crash, not a trip)
        if "en_route" in spec.needs and not (t.i > 0 and t.nbor(-1).lower_ == "en"):
            return None  # "after the Lima leg" dates/places another trip; it is read as that trip's origin
        for c in t.children:
            if c.dep_ in {"advmod", "npadvmod"} and c._.story_place is not None:  # "arrived here": the dateline place
                dest.append(c._.story_place.to_place())
            elif c.dep_ == "prep":
                prep = c.lower_
                objs = [o for o in c.children if o.dep_ == "pobj"]
                objs = [x for o in objs for x in with_conjuncts(o)]  # "to Poland, Germany and France"
                if prep in lex.destination_preps and (prep != "for" or lem in {"leave", "depart", "head", "set"}):
                    dest += [p for o in objs if (p := slot_place(o, self.people))]
                    weak_dest += [p for o in objs if prep != "for" and (p := described_place(o, self.people))]
                elif prep == "for" and is_verb:  # "arrived for a G20 summit in Buenos Aires": where that event is
                    weak_dest += [p for o in objs if self.is_event_noun(o)
                                  for p in places_in(clause_tokens(o), self.people, frozenset({"in", "at"}))]
                elif prep in lex.origin_preps:
                    origin += [p for o in objs if (p := slot_place(o, self.people))]
                    weak_origin += [p for o in objs if (p := described_place(o, self.people))]
                    if prep == "out":  # "out of Syria": the place hangs under "of"
                        for of in (x for x in c.children if x.dep_ == "prep" and x.lower_ == "of"):
                            origin += [p for o in of.children if o.dep_ == "pobj" and (p := place_at(o, self.people))]
                            weak_origin += [p for o in of.children
                                            if o.dep_ == "pobj" and (p := described_place(o, self.people))]
                elif prep in {"in", "at"} and (lem in {"arrive", "land", "come", "stop", "visit"} or not is_verb):
                    dest += [p for o in objs if (p := place_at(o, self.people))]
                elif prep in {"after", "following"}:
                    for o in objs:  # "after the Lima leg": the trip starts where the previous leg was
                        origin += [p for x in o.children if x.dep_ in {"compound", "amod"}
                                   and (p := place_at(x, self.people))]
                elif prep == "with":
                    travellers += [q for o in objs for q in self.res.resolve(o) if self.people.people.get(q.name)]
                elif prep == "as" and is_verb:  # "fled abroad as refugees"
                    travellers += [Participant(n, None, None, n) for o in objs
                                   if o.tag_ == "NNS" and agent_like(o) and (n := o.text)]
                elif prep == "by" and not is_verb:
                    travellers += [q for o in objs for q in self.res.resolve(o)]
                elif prep == "of" and not is_verb:  # "the evacuation of civilians", "the visit of the king"
                    objs = [_counted(o) for o in objs]  # "the transport of three of his countrymen"
                    travellers += [q for o in objs if agent_like(o) for q in self.res.resolve(o, loose=True)]
                elif prep == "en":
                    for o in objs:
                        for pp in (x for x in o.children if x.dep_ == "prep" and x.lower_ == "to"):
                            dest += [p for x in pp.children if x.dep_ == "pobj" and (p := place_at(x, self.people))]
            elif c.dep_ in {"advmod", "prt", "npadvmod"} and c.lower_ in {"back", "home", "off", "out", "away"}:
                for pp in (x for x in c.children if x.dep_ == "prep" and x.lower_ in lex.destination_preps):
                    dest += [p for x in pp.children if x.dep_ == "pobj" and (p := place_at(x, self.people))]
                if (p := adverb_place(c)) is not None:
                    (weak_origin if _set_out_from(c, lem) else weak_dest).append(p)
            elif (p := adverb_place(c)) is not None and is_verb:
                (weak_origin if _set_out_from(c, lem) else weak_dest).append(p)  # "fled abroad", "heading home"
            elif c.dep_ in {"dobj", "npadvmod"}:
                p = place_at(c, self.people)
                if p is None and lem in lex.origin_objects:  # "escaped the pogroms in Ukraine"
                    p = next((q for pp in c.children if pp.dep_ == "prep" and pp.lower_ in {"in", "of"}
                              for o in pp.children if o.dep_ == "pobj" and (q := place_at(o, self.people))), None)
                if p is None and is_verb and c.dep_ == "dobj" and (
                        w := described_place(c, self.people)) is not None:
                    if lem in lex.origin_objects:  # "fled the city", "escaped the camp"
                        weak_origin.append(w)
                    elif lem in lex.destination_objects:  # "entered the country"
                        weak_dest.append(w)
                if p and lem in lex.origin_objects:
                    origin.append(p)
                elif p and (lem in lex.destination_objects or not is_verb):
                    dest.append(p)
                    # "will visit Mauritania and Togo": the other places of the object are destinations too
                    dest += [q for x in with_conjuncts(c)[1:] if (q := place_at(x, self.people))]
                elif not p and is_verb and c.dep_ == "dobj" and lem in lex.passenger_objects:
                    travellers += self.res.resolve(c, loose=True)  # "evacuated 200 civilians"
                    travellers += _nominal_adjectives(c)  # "evacuate the sick and wounded"
                elif not p and is_verb and c.dep_ == "dobj" and lem in lex.place_object_verbs and not (
                        weak_origin or self.res.resolve(c, loose=True)):
                    return None  # "escaped indictment": no one moved
            elif c.dep_ == "acomp" and is_verb and lem in lex.passenger_objects:
                travellers += _nominal_adjectives(c)  # "to evacuate sick and wounded" (parsed as a complement)
            elif c.dep_ == "compound" and not is_verb:
                p = place_at(c, self.people)
                if p:
                    dest.append(p)
                elif self.people.at(c):  # "granted Julian Assange asylum" (the name parsed as a modifier)
                    travellers += self.res.resolve(c)
                elif c.pos_ == "PROPN" and c.ent_type_ in {"", "PERSON", "ORG"} and (
                        gv := governing_verb(t)[0]) is not None and gv.lemma_.lower() in lex.recipient_verbs:
                    travellers += self.res.resolve(c, loose=True) or [Participant(c.text, None, None, c.text)]
            elif c.dep_ == "poss" and not is_verb:
                travellers += self._welcomed(t, c) or self.res.resolve(c)

        for rel in (r for r in relative_clauses(t) if r.lemma_.lower() in lex.route_verbs):
            # "the tour, which will take him to Kenya, Ghana and Senegal": the places it goes to
            dest += [p for pp in rel.children if pp.dep_ == "prep" and pp.lower_ in lex.destination_preps
                     for o in pp.children if o.dep_ == "pobj" for x in with_conjuncts(o)
                     if (p := slot_place(x, self.people))]
        if is_verb and _object_is_not_moved(t, lex, self.res):
            return None  # "stopping oil purchases from X", "landed a deal in Paris", "headed the bank in Rome"
        weak_only = not (dest or origin) and bool(weak_dest or weak_origin)
        dest = dest or weak_dest
        origin = origin or weak_origin
        if "place_object" in spec.needs and not dest:
            return None
        if "place" in spec.needs and not (dest or origin):
            return None
        if t.pos_ == "ADJ":  # "the minister is due in Cairo": the copula's subject travels
            travellers = merge_people(self.res.subject_of(t.head, loose=True), travellers)
        elif is_verb and lem in lex.sender_verbs and travellers and not any(
                c.dep_ == "nsubjpass" for c in t.children):
            pass  # "the army sent 300 soldiers": the sender stays
        elif is_verb:
            subj = self.res.subject_of(t, loose=True)
            if not subj:
                s = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}
                          and c.i >= segment_start(t)), None)
                if s is not None and s.pos_ in {"NOUN", "PROPN"} and not place_at(s, self.people):
                    subj = self.res.resolve(s, loose=True)
                    if not subj and agent_like(s) and not (weak_only and "place" in spec.needs
                                                           and not _human_noun(s)):
                        # "millions of Mexicans would migrate"; not "bad news coming from several areas"
                        subj = [Participant(" ".join(x.text for x in clause_tokens(s)
                                                     if x.dep_ != "det" and x.ent_type_ not in {"DATE", "TIME"}))]
            travellers = merge_people(subj, travellers)
        else:
            verb, how = governing_verb(t)
            vlem = verb.lemma_.lower() if verb is not None else ""
            if verb is not None and vlem in lex.recipient_verbs and how in {"dobj", "pobj"}:
                # "Ecuador granted Assange asylum": the recipient moves; a giver that is a place is where to
                travellers = travellers or _recipients(self.res, verb)
                giver = _subject_token(verb)
                if not dest and giver is not None and (p := place_at(giver, self.people)):
                    dest.append(p)
            elif not travellers and verb is not None and how in {"dobj", "pobj"} and vlem not in {"say", "tell"}:
                travellers = self.res.subject_of(verb)
        if not travellers:
            return None
        named = any(p.name in self.people.people for p in travellers)
        if "person_or_place" in spec.needs and not (dest or origin) and not named:
            return None
        if is_verb and lem in lex.passenger_objects and any(
                c.dep_ == "dobj" and not agent_like(c) for c in t.children):
            return None  # "a C-5 was used to fly the presidential cars": cargo, not people
        first = best(dest)
        c = self._finish("travel", spec.subtype, t, travellers, origin=best(origin), destination=first)
        gz = gazetteer()
        for p in dest:  # "will travel to Manila and Tokyo": one leg per place that is not inside another
            if (p.latitude is not None or p.country_code) and not any(
                    gz.compatible(p, q) for q in [first, *c.more_destinations]):
                c.more_destinations.append(p)
        if not named and c.status == "unknown" and c.date_start is None and c.date_end is None and _generic(t, lex):
            return None  # "refugees can return home when the conflict ends": a general statement
        return c

    # -- common tail: dates, status, context --
    def _finish(self, etype: str, subtype: str, t: Token, parts: list[Participant], *, location: Place | None = None,
                origin: Place | None = None, destination: Place | None = None, definite: bool = False
                ) -> Candidate:
        anchors = trigger_anchors(t)
        start, end, value = dates_for(anchors, self.attached)
        source = "own" if (start or end) else "none"
        if source == "none":
            start, end, value = dates_for(ancestor_verbs(t, anchors), self.attached)
            source = "governing" if (start or end) else "none"
        if source != "none" and start is None and end is not None:
            # 'hold talks ... until Thursday' coordinated with 'leave ... today': start with the head verb's day
            head = anchors[-1]
            if head.dep_ == "conj":
                s2, _, _ = dates_for([head.head], self.attached)
                start = s2
        m = modality(t)
        if m == PRESENT:  # with no day of its own, a present tense reports what is happening (headline style)
            m = "occurred"
        seg, sent_end = segment_start(t), segment_end(t)
        if source == "none" and (shift := narrative_day(anchors)) is not None and self.scene.last_dated is not None \
                and self.scene.last_dated.date_end is not None:
            # "landed in Nairobi late that night", "the next morning he held talks": the story's day, or the next
            start = end = self.scene.last_dated.date_end + timedelta(days=shift)
            value, source = None, "sequence"
        in_programme = programme_item(t)
        if source == "none" and in_programme:
            # the day heading the programme, not the clock time of an item ('9 a.m.:'), which carries no day
            day = last_day_before(self.timexes, self.doc[seg].idx, skip=clock_time)
            if day is not None:
                start = end = day.start_date
                value, source = day.value, "context"
        if source == "none" and (m == "occurred" or definite):
            day = last_day_before(self.timexes, self.doc[seg].idx)
            if day is not None and (self.article_date is None or day.start_date <= self.article_date):
                start = end = day.start_date
                value, source = day.value, "context"
            elif m == "occurred" and self.article_date is not None:
                start = end = self.article_date  # a past-tense report with no day in sight: the article's day
                source = "context"
        if source == "none" and any(c.lower_ in {"then", "afterwards", "next", "subsequently"} for a in anchors
                                    for c in a.children if c.dep_ == "advmod") and self.scene.last_dated is not None \
                and not (m == "planned" and self.article_date and self.scene.last_dated.date_end
                         and self.scene.last_dated.date_end < self.article_date):
            # "They will then head back ...": the next step, on the day the last dated step of the story ends
            start = end = self.scene.last_dated.date_end
            value, source = None, "sequence"
        sibling_day = source == "governing" and anchors[-1].dep_ == "conj"  # "left X on Monday and landed in Y"
        # an arrival is dated by its day: by the verb it hangs on ("met on Thursday shortly after arriving"), unless
        # that verb only reports it ("media reported on Tuesday as they arrived") or the day is the report's
        arrival_day = subtype == "arrive" and (present_perfect(t) or source == "governing" and not any(
            reporting_verb(v) for v in ancestor_verbs(t, anchors)))
        unknown_start = subtype in _STAYS or subtype == "arrive" and not arrival_day
        if etype == "travel" and unknown_start and source in {"governing", "context"} \
                and not sibling_day \
                and (m == "occurred" or (end is not None and self.article_date and end < self.article_date)):
            start = None  # "toured Lima", dated only by the report: there by then, first day unknown
        status = status_of(t, start, end, self.article_date, own_day=source in {"own", "governing"})
        if source in {"own", "governing"} and start is not None and start == end:
            start = ended_on(t, start)
        explicit = location is not None or destination is not None  # named in the sentence, not taken from the scene
        remote = subtype in self.lex.media.values()  # a phone or video call happens nowhere in particular
        if in_programme and self.protagonist and len(parts) == 1 and parts[0].name != self.protagonist:
            person = self.people.people[self.protagonist]  # a programme's items are its traveller's
            parts = merge_people([self.res.participant(person, None)], parts)
        if etype == "meeting" and not remote:
            location = self.scene.meeting_place(location, parts, start, end) or self.scene.host_event_place(t)
        c = Candidate(etype, subtype, t, parts, location, origin, destination, start, end, value, source, status,
                      explicit)
        lo, hi = clause_span(t)
        c.start_char, c.end_char = lo, hi
        last = self.doc[sent_end - 1]
        c.sentence = self.text[self.doc[seg].idx:last.idx + len(last.text)].strip()
        return c

_LEAVE = frozenset({"leave", "depart", "quit", "exit"})


def _set_out_from(adverb: Token, lem: str) -> bool:
    """An adverb place ('home', 'abroad') is where a leaving verb sets out from ('left home', 'left home early',
    with 'home' parsed as an adverb or an object); for every other motion verb it is where they go."""
    return lem in _LEAVE and (adverb.lower_ == "home" or adverb.dep_ == "dobj")


def _refine_sentence(cands: list[Candidate]) -> None:
    """Inside one sentence: a meeting nested in a trip takes the trip's destination ('set to visit the White House
    ... to meet the president'); a trip to a country or state takes a more specific place from a meeting it leads
    to ('head back to the US where they will meet ... in Springfield, Illinois')."""
    gz = gazetteer()
    trips = [tr for tr in cands if tr.event_type == "travel" and tr.destination is not None]  # once, not per meeting
    for m in cands:
        if m.event_type != "meeting":
            continue
        for tr in trips:
            if tr.event_type != "travel" or tr.destination is None:
                continue
            # only a meeting inside the trip's clause ("visit Japan to hold talks", "pay a visit to Japan and hold
            # talks"): under the trip's trigger or under the verb that governs it
            trip_verb, how = (tr.trigger, "") if tr.trigger.pos_ in {"VERB", "AUX"} else governing_verb(tr.trigger)
            if how not in {"", "dobj"}:
                trip_verb = None  # "the visit is the first trip ...": a copula is no trip clause
            inside = tr.trigger in m.trigger.ancestors or (
                trip_verb is not None and trip_verb in m.trigger.ancestors and trip_verb.i < m.trigger.i)
            if not inside or before_the_trip(m.trigger, tr.trigger):  # "after her talks in Berlin, she flew home"
                continue
            if m.location is None or not m.explicit_place:
                m.location = seat_of_office(tr.destination, [(p.role, p.country_code) for p in m.participants])
                m.explicit_place = True
            elif gz.compatible(tr.destination, m.location):
                tr.destination = gz.more_specific(tr.destination, m.location)
            if tr.date_start is None and tr.date_end is None and m.date_start is not None:
                tr.date_start, tr.date_end = m.date_start, m.date_end
                tr.date_value, tr.date_source = m.date_value, m.date_source
            if m.date_start is None and m.date_end is None and tr.date_start is not None:
                m.date_start, m.date_end, m.date_value = tr.date_start, tr.date_end, tr.date_value
                m.date_source = tr.date_source


# --- entry point ----------------------------------------------------------------------------------------------------

def extract_events(doc: Doc, *, article_id: str, timexes: Sequence[Timex], article_date: date | None,
                   noise: NoiseReport | None, scope: str = "news") -> list[Event]:
    """Meeting and travel events of one article (see the module docstring). Sentences inside ``noise`` ranges are
    skipped; ``timexes`` are the article's resolved temporal expressions (character offsets into ``doc.text``).
    ``scope`` 'news' extracts meetings and trips between named parties; 'extended' adds the contact and movement
    events of RAMS-style annotation (debates, interviews, funerals, flights, deportations, evacuations)."""
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {SCOPES}, got {scope!r}")
    noise = noise or NoiseReport()
    if len(doc) and not (doc.has_annotation("DEP") or doc.has_annotation("SENT_START")):
        raise ValueError("extract_events needs a parsed Doc (dependency parser in the pipeline); got none")
    b = _Builder(doc, timexes, article_date, noise, scope)
    cands: list[Candidate] = []
    for sent in doc.sents:
        if in_noise(noise, sent.start_char, sent.end_char) or not sent.text.strip():
            continue
        here = _sentence_candidates(b, sent)
        _refine_sentence(here)
        cands.extend(here)
        b.res.note_sentence(sent)
        b.scene.note(here)
    merged = merge_mentions(cands, set(b.people.people))
    return [_to_event(c, article_id) for c in merged]


def _sentence_candidates(b: _Builder, sent: Span) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in sent:
        for spec in b.lex.specs_for(tok, b.scope):
            if spec.event_type == "meeting":
                c = b.meeting_verb(tok, spec) if tok.pos_ in {"VERB", "AUX"} else b.meeting_noun(tok, spec)
            else:
                c = b.travel(tok, spec)
            if c is not None:
                sides = _separate_sides(b, tok, c)
                out += [replace(c, participants=p, leg=k) for k, p in enumerate(sides)] if sides else [c]
                out += [replace(c, destination=p, leg=k, more_destinations=[])
                        for k, p in enumerate(c.more_destinations, start=1)]
    return out


def _separate_sides(b: _Builder, tok: Token, c: Candidate) -> list[list[Participant]]:
    """'held meetings with A and B', 'separate talks with A and B': one meeting per named party, each with the
    host. Empty when the trigger is one meeting ('a meeting with A and B', 'trilateral talks with A and B')."""
    if c.event_type != "meeting" or tok.tag_ != "NNS" or c.subtype not in GENERIC_MEETING:
        return []
    parties = [p for w in tok.children if w.dep_ == "prep" and w.lower_ == "with"
               for o in w.children if o.dep_ == "pobj" for p in b.res.resolve(o) if p.name in b.people.people]
    hosts = [p for p in c.participants if p.name not in {q.name for q in parties}]
    if len(parties) < 2 or len(hosts) != 1:
        return []
    return [[hosts[0], p] for p in parties]


def _to_event(c: Candidate, article_id: str) -> Event:
    leg = (c.leg,) if c.leg else ()  # the first (or only) leg keeps the id it always had
    eid = stable_id("evt", article_id, c.start_char, c.end_char, c.event_type, c.subtype, *leg)
    return Event(
        event_id=eid, article_id=article_id, event_type=c.event_type, subtype=c.subtype,
        participants=tuple(c.participants), location=c.location if c.event_type == "meeting" else None,
        origin=c.origin, destination=c.destination, date_start=c.date_start, date_end=c.date_end,
        date_value=c.date_value, status=c.status, trigger=c.trigger.text, sentence=c.sentence,
        start_char=c.start_char, end_char=c.end_char, confidence=c.confidence,
    )


__all__ = ["extract_events"]
