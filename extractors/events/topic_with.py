"""'discuss a series of questions with X and Y': the talk partners the parser hangs on the topic.

Why: a verb that takes its topic as object ('discuss', 'negotiate', 'debate') names its partner in a 'with' phrase,
and the parser often hangs that phrase on the topic noun instead of the verb ('discuss bilateral ties with
President X', 'discuss a series of questions with Minister Y': 'with' under 'ties' or 'questions'). The meeting is then
lost, as its trigger needs a 'with' side. A 'with' under the topic is the verb's when it hangs on a plain topic
noun (no event noun: 'discuss his talks with X' tells other talks, 'at meetings with X' a meeting noun of its own)
reached from the object through nouns and their prepositions only ('a series of questions'), and its object names a
person (the caller resolves it; 'cooperation with the region' names no one and adds no side).

Every coordinated name of that phrase is a side of its own. A long title list ('with President X and Foreign and
Trade Minister, Ambassador Y') often breaks the parse: the last name lands as a second object of the verb, after the
'with' phrase. A topic verb's topic is no person, so a named person the parser makes its object *after* a topic
'with' is the list's next conjunct, not a topic."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

_NOUNS = frozenset({"NOUN", "PROPN"})
_MAX_DEPTH = 4  # object -> 'of' -> noun -> 'with': a few steps; a deeper 'with' belongs to a clause of its own


def _topic_path(tok: Token, obj: Token) -> bool:
    """Whether every token between ``tok`` and the object (inclusive) is a noun or a preposition joining nouns."""
    t, steps = tok, 0
    while t != obj:
        if t.pos_ not in _NOUNS | {"ADP"} or t.dep_ not in {"prep", "pobj", "conj"} or steps > _MAX_DEPTH:
            return False
        t, steps = t.head, steps + 1
    return obj.pos_ in _NOUNS


def _split_conjunct(v: Token, after: Token) -> Iterator[Token]:
    """Named persons the parser made objects of ``v`` to the right of the 'with' phrase ending at ``after``, with
    only the list's punctuation and title words between (the broken tail of a coordinated title list)."""
    for o in (c for c in v.children if c.dep_ == "dobj" and c.i > after.i):
        if o.pos_ == "PROPN" and o.ent_type_ == "PERSON" \
                and all(t.pos_ in {"PROPN", "PUNCT", "CCONJ"} for t in o.doc[after.i + 1:o.i]):
            yield o


def topic_partners(v: Token, event_noun: Callable[[Token], bool]) -> Iterator[Token]:
    """The objects of each 'with' hung on the topic ``v`` takes as its direct object, and the named persons the
    parser split off that phrase as objects of ``v`` (``event_noun``: a noun that is an event trigger of its own,
    whose 'with' is its own side)."""
    for obj in (c for c in v.children if c.dep_ == "dobj"):
        for w in obj.subtree:
            if w.lower_ != "with" or w.dep_ != "prep" or w.head.pos_ not in _NOUNS or event_noun(w.head):
                continue
            if _topic_path(w.head, obj):
                yield from (o for o in w.children if o.dep_ == "pobj")
                yield from _split_conjunct(v, max(w.subtree, key=lambda t: t.i))


__all__ = ["topic_partners"]
