"""Two meetings told in one sentence, each by a trigger of its own: 'met A and held talks with B', 'will hold talks
with A ahead of a meeting with B', 'met A on Sunday after talks with B'. Each clause's meeting takes its counterpart
from its own words (a phrase of sequence tells another meeting, held before or after the verb's own, never the
verb's counterpart), and two such meetings stay two: the traveller they share makes them one visit, not one
meeting. A clause that retells the same meeting (no counterpart of its own, or the same one) stays one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .candidate import Candidate

# the prepositions that put a meeting before or after the clause it hangs on (not 'during', 'at': the same time)
SEQUENCE_PREPS = frozenset({"after", "before", "following", "ahead", "prior"})
# the verb's own counterparts: 'met with A', 'was received by A'
_COUNTERPART_DEPS = frozenset({"dobj", "dative", "agent"})


def in_sequence_phrase(noun: Token, verb: Token) -> bool:
    """True when ``noun`` is the object of a sequence preposition that hangs on ``verb`` itself ('met A after talks
    with B'; 'ahead of talks', 'prior to talks' through their 'of'/'to'), so that the verb's counterparts are its
    own meeting's, not the noun's."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ in {"of", "to"} and prep.head.lower_ in {"ahead", "prior"}:
        prep = prep.head
    return prep.lower_ in SEQUENCE_PREPS and prep.head.i == verb.i


def own_counterparts(verb: Token) -> list[Token]:
    """The tokens that name the verb's own counterparts: its objects and the objects of its 'with' and 'by'."""
    out = [c for c in verb.children if c.dep_ in _COUNTERPART_DEPS]
    out += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children
            if o.dep_ == "pobj"]
    return out


def own_clause_counterparts(a: Candidate, b: Candidate, known: set[str]) -> bool:
    """One sentence, two meeting triggers, each naming in its own words (a mention in the sentence, not a party lent
    by the context or the resolver) someone the article knows whom the other meeting lacks: two meetings ('met the
    president and held talks with the minister'). The shared traveller needs no words of its own: it is often the
    verb's subject, read once for both clauses. Not one trigger read as several sides (``separate_sides``), which
    its own rules keep or fold."""
    if a.event_type != "meeting" or b.event_type != "meeting" or a.sentence != b.sentence \
            or a.trigger.i == b.trigger.i:
        return False
    own_a = {p.name for p in a.participants if p.mention and p.name in known}
    own_b = {p.name for p in b.participants if p.mention and p.name in known}
    return bool(own_a - {p.name for p in b.participants}) and bool(own_b - {p.name for p in a.participants})


__all__ = ["SEQUENCE_PREPS", "in_sequence_phrase", "own_clause_counterparts", "own_counterparts"]
