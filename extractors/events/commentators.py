"""Who talks about an event is not its party: "Nadia Rahm welcomed the outcome of the summit", "the minister
underscored the importance of direct talks ... during the summit", "the secretary described the royals' visit as a
boost". An event noun in the object of a verb of saying or judging is the topic of a remark; when every person the
event was given is the subject of that verb (the speaker), the event has no party of its own in this telling, and a
reader would not list it. The event's own parties (a possessor, a 'between' or 'with' phrase) are people outside the
speaker's subject, so an event that names them is kept."""

from __future__ import annotations

from spacy.tokens import Token

from .candidate import Candidate
from .status_cues import status_words

# verbs of judging a topic (the reporting verbs of ``status.json`` are the verbs of saying)
_JUDGING = frozenset({"welcome", "underscore", "describe", "praise", "hail", "stress", "emphasize", "emphasise",
                      "criticize", "criticise", "condemn", "applaud", "laud", "question", "defend", "dismiss",
                      "express"})
_CLIMB = 6  # an event noun a few prepositions below its verb: "the importance of direct talks between ..."


def _governing_verb(t: Token) -> Token | None:
    """The verb whose object or adjunct phrase holds the event noun ``t`` (none when a clause of its own does)."""
    for _ in range(_CLIMB):
        if t.head is t:
            return None
        if t.dep_ in {"nsubj", "nsubjpass", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj"}:
            return None  # the noun is a subject, or the clause above is another one
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t
    return None


def _speakers_only(c: Candidate, verb: Token) -> bool:
    """Every participant of ``c`` is named inside the subject of ``verb`` and nowhere under the event noun."""
    subjects = [s for s in verb.children if s.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ == "xcomp":  # "X appeared to have welcomed ...": the subject of the raising verb
        subjects = [s for s in verb.head.children if s.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or not c.participants:
        return False
    said = " ".join(t.text_with_ws for s in subjects for t in s.subtree)
    noun = " ".join(t.text_with_ws for t in c.trigger.subtree)
    for p in c.participants:
        key = (p.mention or p.name).split()[-1]
        if key not in said or key in noun:
            return False
    return True


def speakers_as_parties(c: Candidate) -> bool:
    """``c`` is an event noun remarked on by a speaker who is all the event was given (see the module docstring)."""
    t = c.trigger
    if t.pos_ not in {"NOUN", "PROPN"}:
        return False
    verb = _governing_verb(t)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    return (lemma in _JUDGING or lemma in status_words()["reporting_verbs"]) and _speakers_only(c, verb)
