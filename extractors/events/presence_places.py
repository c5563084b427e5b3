"""Where a meeting with no place of its own happens: where the story says its participants are, in a clause that
tells no event.

"Ruiz is in Peru this week for a trade fair. ... On Sunday she will hold talks with the premier." A reader places
the meeting in Peru: the story has put Ruiz there. The sentence readers and the story model (``scene.StoryScene``)
cannot: they follow a traveller only through the events they extract (an arrival, a visit, a meeting held
somewhere), and a clause such as "Ruiz is in Lima this week" is none. So, once every sentence is read, a meeting
still placed nowhere takes the one place such clauses put one of its participants in, wherever the article tells
it; a meeting or an arrival at a venue the gazetteer lacks ("at the palace", "at the Airport") is put in that
place's city.

Only a present or future clause with a named person as its subject and an 'in' phrase naming a place on the map
("Ruiz lived in Lima" says where she was, not is), and only when those clauses put the participants in one place
or in places inside one another (Lima within Peru: the most specific is taken); two places apart ("Ruiz is in Lima
... Ruiz lives in Paris") place nothing. Not a call (a medium named in the sentence, or a remote subtype), nor a
meeting told as earlier than its sentence ("had met", "after meeting X"). In the capital when a host office holder
takes part (``story.seat_of_office``).

Measured (eighteenth pass, helper 28c): the same reading from the article's trips ("Ruiz is visiting Peru" placing
her meetings) fixed read splits but lowered the transfer check, since a place given before the merge keeps mentions
of one meeting apart; it is not kept.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..places import gazetteer
from ..records import Place, on_the_map
from .candidate import Candidate
from .clauses import past_perfect_clause, told_as_earlier
from .locate import place_at, stay_nouns
from .story import seat_of_office
from .triggers import lexicon
from .venue_city import at_venue_city, off_map_venue

_NOT_A_STAY = frozenset({"depart", "return"})  # where a traveller leaves, or goes home: not where they are
_MOST_PHRASES = 12  # phrases read below one verb


def place_by_presence(cands: list[Candidate], person: Callable[[str], str | None]) -> None:
    """Place each meeting of ``cands`` that has no place (or an off-map venue) where the story's present clauses put
    its participants (see the module docstring). ``person`` maps a participant's name to the story person (None for
    a group). In place, before the merge."""
    if not cands:
        return
    told = frozenset(c.trigger.i for c in cands)  # a clause that tells an event ("Ruiz lands in Lima") is no stay
    seen = presences(cands[0].trigger.doc, person, told)
    if not seen:
        return
    remote = lexicon().remote_subtypes
    for m in cands:
        venue = m.place if off_map_venue(m.place) else None  # "at the palace", "at the Airport", an unread "here"
        if m.event_type == "travel" and (venue is None or m.subtype in _NOT_A_STAY):
            continue  # a trip placed nowhere is not placed by a presence: that is the itinerary's reading
        if m.place is not None and venue is None or m.subtype in remote or past_perfect_clause(m.trigger) \
                or told_as_earlier(m.trigger) or _at_a_distance(m):
            continue
        who = {w for p in m.participants if (w := person(p.name)) is not None}
        place = _one_place([where for name, where in seen if name in who])
        if place is None:
            continue
        if venue is not None:
            if place.latitude is not None:  # a venue is inside a city: a country says no more than the venue
                _put(m, at_venue_city(venue, place))
        else:
            m.location = seat_of_office(place, [(p.role, p.country_code) for p in m.participants], visit=True)


def presences(doc: Doc, person: Callable[[str], str | None],
              told: frozenset[int] = frozenset()) -> list[tuple[str, Place]]:
    """Where the story says a person is, in a clause that is no event: a named person as the subject of a verb in
    the present or the future with an 'in' phrase naming a place on the map ("Ruiz is in Lima this week", "Ruiz
    attends a fair with delegates in Lima"). A past clause ("Ruiz lived in Lima") says where they were, not are; a
    verb in ``told`` (the token indices of the article's event triggers) tells an event, not a stay."""
    out: list[tuple[str, Place]] = []
    for tok in doc:
        if tok.pos_ not in {"VERB", "AUX"} or not _now_or_ahead(tok):
            continue
        visiting = _ongoing_visit(tok)
        if tok.i in told and not visiting:
            continue
        subj = _subject_person(tok)
        if subj is None or (who := person(_name_of(subj))) is None:
            continue
        found = list(visiting)
        if tok.i not in told:
            found += [o for pp in _phrases(tok) if pp.dep_ == "prep" and pp.lower_ == "in" and not _framing(pp)
                      for o in pp.children if o.dep_ == "pobj"]
        out += [(who, where) for o in found if on_the_map(where := place_at(o))]
    return out


def _subject_person(verb: Token) -> Token | None:
    """The named person the verb is said of: its subject, or the person a relative 'who' clause hangs on ('Ruiz,
    who is on a visit to Peru, ...')."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subj = verb.head
    return subj if subj is not None and (subj.ent_type_ == "PERSON" or subj.pos_ == "PROPN") else None


def _ongoing_visit(verb: Token) -> list[Token]:
    """The place a present visit under way puts its traveller in: 'is visiting Peru', 'is on a two-day visit to
    Peru' (a visit told as going on is a stay, unlike an arrival or a visit told as done or ahead: 'visited Peru',
    'will visit Peru'). Empty for any other verb."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if verb.lemma_.lower() == "visit" and verb.tag_ == "VBG" and aux & {"is", "are"}:
        return [o for o in verb.children if o.dep_ == "dobj"]
    if verb.lemma_.lower() != "be" or verb.tag_ not in {"VBZ", "VBP"} or aux:
        return []
    return [x for on in verb.children if on.dep_ == "prep" and on.lower_ == "on"
            for stay in on.children if stay.dep_ == "pobj" and stay.lemma_.lower() in stay_nouns()
            for to in stay.children if to.dep_ == "prep" and to.lower_ in {"to", "in"}
            for x in to.children if x.dep_ == "pobj"]


def _framing(pp: Token) -> bool:
    """'While in Kenya, Ruiz plans to visit the museum': an 'in' phrase with a subordinator frames its own clause's
    act (a step of a later visit), and says nothing of where the person is when the story's other meetings happen."""
    return any(c.dep_ == "mark" for c in pp.children)


def _phrases(verb: Token) -> list[Token]:
    """The verb's own phrases and those of its object's phrases, with no clause in between ('attends a fair with
    delegates in Lima': the parser may hang 'in Lima' on 'with')."""
    out: list[Token] = []
    todo = [c for c in verb.children if c.dep_ in {"prep", "dobj"}]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ in {"prep", "pobj"} and len(out) < _MOST_PHRASES]
    return out


def _now_or_ahead(verb: Token) -> bool:
    """A present-tense verb ('joins', 'is') or one with 'will'/'shall'; not a past, a perfect or a negation."""
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "neg"}}
    if aux & {"not", "n't", "never", "has", "have", "had", "was", "were"}:
        return False
    return verb.tag_ in {"VBZ", "VBP"} or bool(aux & {"will", "shall", "is", "are"})


def _name_of(tok: Token) -> str:
    """The whole name a person token ends: 'Ana Ruiz' for 'Ruiz' with its compound."""
    start = min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound" and c.ent_type_ == "PERSON"])
    return tok.doc[start:tok.i + 1].text


def _at_a_distance(m: Candidate) -> bool:
    """The meeting's sentence names a medium ('was on the phone to speak with X', 'talked by video link'): a call
    its reader cannot place, even when the trigger was read as a plain meeting."""
    media = lexicon().media
    return any(t.lower_ in media for t in m.trigger.sent)


def _put(c: Candidate, place: Place) -> None:
    if c.event_type == "travel":
        c.destination = place
    else:
        c.location = place


def _one_place(places: list[Place]) -> Place | None:
    """The one place ``places`` name, the most specific of nested ones (Lima over Peru); None when two are apart."""
    gz = gazetteer()
    out: Place | None = None
    for p in places:
        if out is None:
            out = p
        elif not gz.compatible(out, p):
            return None
        else:
            out = gz.more_specific(out, p)
    return out
