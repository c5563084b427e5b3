"""A visit's length told after its noun, not before it: 'a visit of less than two days', 'The visit will last three
days', 'The visit is a "mission of goodwill". It is "less than two days"'. ``visit_span.told_days`` reads the words
before a trip noun ('a two-day visit'); a page that tells the length only these ways left its landing one day where
a reader holds the landing as the visit, to its last day ('landed in Lima on Friday. ... It is "less than two days
and packed"'). A count short of a number ('less than two days', 'under three days') still spans that many calendar
days. Read for a landing only when every length the page tells agrees (two lengths name different trips or legs).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .clauses import DAY_COUNT_WORDS

# verbs a trip is told to last by: 'is three days', 'will last three days', 'runs four days'
_LASTS = frozenset({"be", "last", "run", "span"})
_DAYS = frozenset({"days"})


def day_count(days: Token) -> int | None:
    """The number a 'days' noun is counted with ('two days', '3 days'), above one; None otherwise."""
    if days.lower_ not in _DAYS:
        return None
    n = next((x for x in days.children if x.dep_ == "nummod"), None)
    if n is None:
        return None
    k = DAY_COUNT_WORDS.get(n.lower_) or (int(n.text) if n.text.isdigit() and int(n.text) <= 31 else None)
    return k if k and k > 1 else None


def _lasts(verb: Token) -> int | None:
    """The days a 'be' / 'last' verb gives its subject ('is less than two days', 'will last three days', 'is three
    days long')."""
    if verb.lemma_.lower() not in _LASTS:
        return None
    for c in verb.children:
        if c.dep_ in {"attr", "npadvmod", "dobj"} and (k := day_count(c)) is not None:
            return k
        if c.dep_ == "acomp" and c.lower_ == "long":
            return next((k for x in c.children if (k := day_count(x)) is not None), None)
    return None


def _next_sentence_it(noun: Token) -> int | None:
    """'The visit is a "mission". It is "less than two days"': the next sentence's 'it', subject of a length, is the
    trip noun that is the subject of the sentence before."""
    sent = noun.sent
    if sent.end >= len(noun.doc):
        return None
    nxt = noun.doc[sent.end].sent
    return next((k for t in nxt if t.lower_ == "it" and t.dep_ == "nsubj" and (k := _lasts(t.head)) is not None),
                None)


def length_after(noun: Token, trip_nouns: frozenset[str]) -> int | None:
    """The days a trip noun is told to last by words after it: its 'of' phrase, the verb it is the subject of, or
    an 'it' subject of the next sentence; None otherwise."""
    if noun.lemma_.lower() not in trip_nouns or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    of = next((k for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj" and (k := day_count(o)) is not None), None)
    if of is not None:
        return of
    if noun.dep_ != "nsubj":
        return None
    return _lasts(noun.head) or _next_sentence_it(noun)


def page_lengths(doc: Doc, trip_nouns: frozenset[str]) -> list[tuple[Token, int]]:
    """Each trip noun of the page told its length after it, with the days."""
    return [(t, k) for t in doc if (k := length_after(t, trip_nouns)) is not None]


__all__ = ["day_count", "length_after", "page_lengths"]
