"""Talk nouns between two named sides: "held discussions with X", "an exchange of views with X", "had a
conversation with X". The words are data in ``triggers.json`` (the ``named_sides`` need, ``talk_exchange_objects``,
``talk_topic_preps``, ``summary_quantifiers``); the same nouns, and the other meeting nouns, also tell talk that is
no event of its own ("briefed reporters about his discussions with X", "held five conversations this year", "an
exchange of fire"), so the rules here say what makes one a meeting: sides it names itself, no report it is the
topic of, and no count that makes it a summary of several."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .triggers import TriggerSpec

if TYPE_CHECKING:
    from .triggers import Lexicon

_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_SIDE_PREPS = frozenset({"with", "between"})  # "discussions with X", "a conversation between A and B"


def is_talk(spec: TriggerSpec) -> bool:
    """A talk noun's spec: it needs named sides and a subtype of talk (a reception needs sides too, but is no talk)."""
    return "named_sides" in spec.needs and spec.subtype in {"talks", "call"}


def unmodified_talk(n: Token, spec: TriggerSpec, lex: Lexicon) -> str | None:
    """The kind of a talk noun that no call modifier names ('a phone conversation' is a call by its modifier; that
    is read by ``meeting_subtype``): talk between the named sides it is told with ('a conversation with X' held by
    Y), the spec's own subtype, unless a modifier makes it a press event ('a media conversation')."""
    if not ({"modifier", "named_sides"} <= set(spec.needs)):
        return None
    words = {w.lower_ for c in n.children if c.dep_ in {"amod", "compound", "nmod"} for w in c.subtree}
    return None if words & lex.not_meeting_modifiers else spec.subtype


def talk_sides(n: Token, lex: Lexicon) -> bool:
    """Whether a talk noun names its sides itself: a 'with' or 'between' phrase of its own, or it is the object of
    a support verb whose subject holds it ('A and B had a private conversation'). Not one that borrows the sides of
    a verb it is the purpose of ('sat down with X for a conversation about Y': a public interview)."""
    if any(c.dep_ == "prep" and c.lower_ in _SIDE_PREPS for c in n.children):
        return True
    return n.dep_ == "dobj" and n.head.lemma_.lower() in lex.support_verbs


def reported_topic(n: Token, lex: Lexicon) -> bool:
    """A meeting or talk noun that is the topic of another act ('briefed reporters about his discussions with X',
    'spoke about a phone conversation he had with X', 'questions regarding the summit') tells no meeting of its own:
    the meeting is told elsewhere, and the day and the teller in this sentence are the report's."""
    return n.dep_ == "pobj" and n.head.lower_ in lex.talk_topic_preps


def summed_up(n: Token, lex: Lexicon) -> bool:
    """A plural meeting or talk noun counted as more than one ('held five telephone conversations', 'several
    meetings with X', 'frequent high-level exchanges') sums up talks told apart or not at all: no one event has its
    sides, its place and its day, and taken as one it becomes the best fit of each talk the story tells."""
    if n.tag_ not in {"NNS", "NNPS"}:
        return False
    quoted = any(c.dep_ == "punct" and c.text in _QUOTES for c in n.children)  # '"two-plus-two" talks': a format
    for c in n.children:
        if c.dep_ == "nummod" and c.like_num and c.lower_ not in {"one", "1"} and not quoted \
                and len(list(c.subtree)) == 1 and not (c.i + 1 < len(c.doc) and c.nbor(1).text in {"-", "+"}):
            return True  # "held five conversations"; not "two-plus-two talks", named by the format's number
        if c.dep_ in {"amod", "advmod", "det"} and c.lower_ in lex.summary_quantifiers:
            return True
    return False


def not_talk(n: Token, lex: Lexicon) -> bool:
    """Talk nouns that tell no talks of their own. An 'exchange' is talk only between sides it names ('with X',
    'between A and B') or when what is exchanged is talk ('of views'); not 'an exchange of fire', 'a prisoner
    exchange with X'."""
    if n.lemma_.lower() != "exchange":
        return False
    things = [o for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    things += [c for c in n.children if c.dep_ == "compound"]
    sides = any(c.dep_ == "prep" and c.lower_ in _SIDE_PREPS for c in n.children)
    return any(t.lemma_.lower() not in lex.talk_exchange_objects for t in things) or not (sides or things)
