"""Name forms the model does not tag but the article's own names explain, read once per article so every mention of a
person gets the same, fullest name.

A name the model tags PERSON once in a short form ('President Lu') and misses in its full form ('with Tembaria's Lu
Wenhai', two untagged proper nouns) left every mention named by the short form, which matches no longer name across
articles. The full form is the short one with one more capitalised proper noun right after it that nothing else
claims: no entity type, no title, place, organisation word or headline verb.

A 'person' the model tags whom the article only ever puts after a place preposition ('the ceremony will take place
at Ana Ruiz') is a building or a site named after someone, not a side of any event; ``only_a_venue`` tells it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .places import gazetteer
from .roles import is_title_token, role_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# prepositions that put a place after them: a name that only ever stands here is somewhere, not someone
_PLACE_PREPOSITIONS = frozenset({"at", "in", "inside", "outside", "near", "into"})


def longer_untagged_forms(doc: Doc, singles: set[str], covered: set[int]) -> list[list[Token]]:
    """Untagged two-word forms 'W Next' of the one-word names ``singles`` the model tagged elsewhere: 'Lu Wenhai'
    where the article's PERSON entities say 'Lu'. ``covered``: token indices already in a name."""
    words = role_words()
    out: list[list[Token]] = []
    for t in doc:
        if t.text not in singles or t.i in covered or t.ent_type_ or t.i + 1 >= len(doc) or not t.whitespace_:
            continue
        n = doc[t.i + 1]
        if n.i in covered or n.ent_type_ or n.pos_ != "PROPN" or n.is_sent_start or not n.is_alpha:
            continue
        if not (n.text[:1].isupper() and n.text[1:].islower()) or n.text in singles or is_title_token(n):
            continue
        if n.lower_ in words["org_words"] or n.lower_ in words["headline_verbs"] or n.lower_ in words["credit_words"]:
            continue
        if gazetteer().lookup(n.text) is not None:
            continue
        if n.i + 1 < len(doc) and doc[n.i + 1].pos_ == "PROPN" and n.whitespace_:
            continue  # a longer run of proper nouns is something else's name ('Lu Wenhai Thought Institute')
        out.append([t, n])
    return out


_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL"})


def other_bearers(doc: Doc, full: dict[str, set[str]], covered: set[int]) -> list[list[Token]]:
    """Untagged two-word forms 'Other Lee' of a family name the article's tagged names end in ('Lee' of 'Ana Lee'),
    whose first word is no given name of those bearers: another person of the same family name ('Tomas Lee'), or a
    name of two words that merely ends alike. Read as that other person's name, so the bare family name is no longer
    the tagged bearer's alone, and the tagged bearer does not take over every mention of the other one (a pronoun
    after 'Tomas Lee arrived' is his, not the bearer the page names only later). ``full``: family name -> the full
    names that end in it; ``covered``: token indices already in a name."""
    words = role_words()
    out: list[list[Token]] = []
    for t in doc:
        if t.i == 0 or t.i in covered or t.text not in full or t.pos_ != "PROPN":
            continue
        g = doc[t.i - 1]
        if g.i in covered or g.pos_ != "PROPN" or not g.is_alpha or not g.whitespace_ or g.head.i != t.i:
            continue
        if not (g.text[:1].isupper() and g.text[1:].islower()) or g.ent_type_ in _PLACE_LABELS or is_title_token(g):
            continue
        if g.lower_ in words["honorifics"] or g.lower_ in words["org_words"] or g.lower_ in words["credit_words"]:
            continue
        if g.text in {n.split()[0] for n in full[t.text]} or _known_place(g.text):
            continue
        if g.i > 0 and doc[g.i - 1].pos_ == "PROPN" and doc[g.i - 1].head.i == t.i:
            continue  # a longer run of proper nouns is a name of its own, read elsewhere or not at all
        out.append([g, t])
    return out


def _known_place(word: str) -> bool:
    """A country, a state or a sizeable city (the bar ``people`` sets for a misread one-word person): a word before a
    family name that is one of those says where the bearer is from ('Lima Lee' is rare), a small town's name is as
    likely a given name."""
    hit = gazetteer().lookup(word)
    return hit is not None and (hit.kind in {"country", "state", "institution"} or hit.population >= 100_000)


def only_a_venue(mentions: list[list[Token]]) -> bool:
    """True when every mention of a name is the object of a place preposition ('at Ana Ruiz', 'in Ana Ruiz'):
    the article never has it act, speak, meet or be met, so it names a place (a palace, a hall, a memorial)."""
    return bool(mentions) and all(_after_place_preposition(toks) for toks in mentions)


def _after_place_preposition(toks: list[Token]) -> bool:
    last = toks[-1]
    root = next((t for t in toks if t.head.i < toks[0].i or t.head.i > last.i or t.head.i == t.i), last)
    return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS


__all__ = ["longer_untagged_forms", "only_a_venue", "other_bearers"]
