"""Whether a one-word "current"/"currently" describes which thing is meant rather than when something happens.

Why: TimeML tags "current" and "currently" as PRESENT_REF when they place what the story reports in the present
("the company currently owns 40%", "the current quarter"). Where the word only helps pick out a referent (a thing
the owner has now, "its current models"; a thing singled out by a restrictive relative clause, "an engine the
maker currently builds", "a design currently under development") both TimeML corpora at hand leave it untagged far
more often than not, while a comma-set aside ("shares, currently valued at ...") or a "which"-clause keeps it a
statement about now and tagged. The parse decides; without one nothing is dropped.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

NOUNS = ("NOUN", "PROPN")
# relative pronouns of a clause set aside (non-restrictive) rather than singling out its noun
ASIDE_PRONOUNS = frozenset({"which", "who", "whom", "whose"})
# a reduced relative: the word hangs on a phrase that itself modifies a noun ("a design currently under review")
REDUCED_DEPS = ("prep", "acl", "amod")


def _after_comma(tok: Token) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].text in (",", ";", "(", "--", "—", "–")


def _owned(adj: Token) -> bool:
    """'its current models', "the fleet's current planes": an adjective on a noun with a possessive before it."""
    head = adj.head
    return (adj.dep_ == "amod" and head.pos_ in NOUNS and head.i > adj.i
            and any(c.dep_ == "poss" and c.i < adj.i for c in head.children))


def _restrictive_clause(adv: Token) -> bool:
    """'an aircraft the maker currently builds', 'that the state currently owns': the adverb inside a relative
    clause with no comma before it and no 'which'/'who' to set it aside; or a reduced relative right after its
    noun, 'a design currently under development'."""
    if adv.dep_ != "advmod" or _after_comma(adv):
        return False
    head = adv.head
    if head.dep_ == "relcl":
        clause = head.subtree
        first = next(clause)
        if _after_comma(first):
            return False
        return not any(t.lower_ in ASIDE_PRONOUNS and t.i < adv.i for t in head.subtree)
    return (head.dep_ in REDUCED_DEPS and head.head.pos_ in NOUNS and head.head.i < adv.i
            and adv.i > 0 and adv.doc[adv.i - 1].pos_ in NOUNS)


def describes_referent(span: Span) -> bool:
    """True for a one-word match that only singles out a thing (see the module docstring)."""
    if len(span) != 1 or not span.doc.has_annotation("DEP"):
        return False
    tok = span[0]
    return _owned(tok) or _restrictive_clause(tok)
