"""Events told by a noun that a light verb carries, rather than by a verb of their own: talk nouns ("held
discussions with X", "an exchange of views with X", "had a conversation with X"), reception nouns ("was given a
warm welcome by X", "bade farewell to X") and carried trip nouns ("led a delegation to Lisbon", "took his mission to
Lisbon"). Each is a class of construction read by one rule here, with its words as data in ``triggers.json``
(``named_sides``, ``talk_exchange_objects``, ``reception_nouns``/``reception_verbs``, ``carried_trip_nouns``/
``carrier_verbs``/``standing_body_modifiers``): the same words also name things that are no meeting and no trip ("an
exchange of fire", "a welcome change", "the permanent mission to the UN"), so each rule says what makes them one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Participant
from .clauses import governing_verb, with_conjuncts
from .triggers import TriggerSpec

if TYPE_CHECKING:
    from .participants import Resolver
    from .triggers import Lexicon

_NO_SPEC = TriggerSpec("meeting", "meeting")  # for a lemma the meeting nouns do not list
_SIDE_PREPS = frozenset({"by", "from", "to", "with"})  # "a welcome by X", "a farewell to X", "a send-off from X"


def unmodified_talk(n: Token, spec: TriggerSpec, lex: Lexicon) -> str | None:
    """The kind of a noun that a modifier names when it has one ('a phone conversation' is a call) and that, with
    none, is talk between the named sides it is told with ('a conversation with X' held by Y): the spec's own
    subtype, unless a modifier makes it a press event ('a media conversation'). None for any other noun."""
    if not {"modifier", "named_sides"} <= set(spec.needs):
        return None
    mods = [c for c in n.children if c.dep_ in {"amod", "compound", "nmod"}]
    words = {w.lower_ for m in mods for w in m.subtree}
    return None if words & lex.not_meeting_modifiers else spec.subtype


_TOPIC_PREPS = frozenset({"about", "regarding", "concerning"})  # "briefed them about his discussions with X"


def not_talk(n: Token, lex: Lexicon) -> bool:
    """Talk nouns that tell no talks of their own: the topic of another act ('briefed reporters on Tuesday about
    his discussions with X': the talks are told elsewhere, and the day is the briefing's), and an 'exchange' that
    is not talk. An 'exchange' is talk only between sides it names ('with X', 'between A and B') or when what is
    exchanged is talk ('of views', 'of ideas'); not 'an exchange of fire', 'a prisoner exchange with X', 'educational
    exchanges'."""
    if "named_sides" in lex.meeting_nouns.get(n.lemma_.lower(), _NO_SPEC).needs and n.dep_ == "pobj" \
            and n.head.lower_ in _TOPIC_PREPS:
        return True
    if n.lemma_.lower() != "exchange":
        return False
    things = [o for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    things += [c for c in n.children if c.dep_ == "compound"]
    sides = any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in n.children)
    return any(t.lemma_.lower() not in lex.talk_exchange_objects for t in things) or not (sides or things)


def reception_verb(n: Token, lex: Lexicon) -> Token | None:
    """The verb that gives or gets a reception noun ('was given a welcome', 'bade farewell', 'received a send-off';
    the small model may tag 'bid' a noun, so the head is taken by its lemma whatever its part of speech)."""
    if n.lemma_.lower() not in lex.reception_nouns:
        return None
    verb, how = governing_verb(n)
    if verb is None and n.dep_ == "dobj":
        verb, how = n.head, "dobj"
    if verb is None or how != "dobj" or verb.lemma_.lower() not in lex.reception_verbs:
        return None
    return verb


def own_sides(n: Token, lex: Lexicon) -> bool:
    """Whether a talk or reception noun names its sides itself: a 'with', 'between', 'by', 'from' or 'to' phrase of
    its own or of the verb that gives it ('a welcome by X'), or the object of a support verb ('A and B had a private
    conversation'). Not one that borrows the sides of a verb it is the purpose of ('sat down with X for a
    conversation about Y': a public interview)."""
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between", "by", "from", "to"} for c in n.children):
        return True
    verb = reception_verb(n, lex)
    if verb is not None:
        return any(c.dep_ in {"agent", "dative"} or c.dep_ == "prep" and c.lower_ in _SIDE_PREPS
                   for c in verb.children)
    return n.dep_ == "dobj" and n.head.lemma_.lower() in lex.support_verbs


def reception_sides(res: Resolver, lex: Lexicon, n: Token) -> list[Participant]:
    """The two sides of a welcome or a farewell: the subject of the verb that gives or gets it ('X was given a
    welcome', 'X bade farewell') and the one it is given by or to ('by Y', 'to Y', 'gave Y a welcome'), wherever
    the parser hangs that phrase (on the noun or on the verb)."""
    verb = reception_verb(n, lex)
    if verb is None:
        return []
    out = list(res.subject_of(verb)) if verb.pos_ in {"VERB", "AUX"} else [
        p for c in verb.children if c.dep_ in {"nsubj", "compound"} and c.i < verb.i for p in res.resolve(c)]
    for h in (verb, n):
        for c in h.children:
            if c.dep_ == "dative" and h is verb:
                out += res.resolve(c)  # "gave the visitor a warm welcome"
            elif c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in _SIDE_PREPS:
                out += [p for w in with_conjuncts(c) for o in w.children if o.dep_ == "pobj" for p in res.resolve(o)]
    return out


def on_an_outing(v: Token) -> bool:
    """'took the president on a boat ride', 'took her for a walk along the river': the verb has an 'on' or 'for'
    phrase whose object is a common noun that is no day and no place (the guest is its object: ``needs
    person_object``). Only in the active voice: 'was taken on a tour' names no host in its subject."""
    return not any(c.dep_ in {"nsubjpass", "auxpass"} for c in v.children) and any(
        c.dep_ == "prep" and c.lower_ in {"on", "for"} and o.dep_ == "pobj" and o.pos_ == "NOUN"
        and o.ent_type_ not in {"DATE", "TIME", "GPE", "LOC", "FAC"} for c in v.children for o in c.children)


def carried_goals(t: Token, lex: Lexicon) -> list[Token] | None:
    """A group or errand noun ('delegation', 'mission') is a trip when someone leads or takes it somewhere: the
    object of a carrier verb ('led a delegation to Lisbon', 'took his mission to Lisbon', 'wrapped up a mission to
    X') or owned by its traveller ('the envoy's mission to Lisbon'). Returns the places its verb sends it to (the
    parser often hangs that 'to' on the verb), or None when it is no trip: a delegation that is only named ('a
    delegation to the talks arrived'), or a standing body ('the permanent mission to the UN', 'a peacekeeping
    mission to Lisbon')."""
    if t.lemma_.lower() not in lex.carried_trip_nouns:
        return []
    mods = {w.lower_ for c in t.children if c.dep_ in {"amod", "compound", "nmod"} for w in c.subtree}
    if mods & lex.standing_body_modifiers:
        return None
    owned = any(c.dep_ == "poss" and c.ent_type_ not in {"GPE", "ORG", "NORP", "LOC"} for c in t.children)
    verb = t.head if t.dep_ == "dobj" and t.head.pos_ in {"VERB", "AUX"} else None
    if verb is None or verb.lemma_.lower() not in lex.carrier_verbs:
        return [] if owned else None
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ in lex.destination_preps and c.i > t.i
            for o in c.children if o.dep_ == "pobj" for o in with_conjuncts(o)]
