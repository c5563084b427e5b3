"""Names listed before the plural of a division noun: "a tour of the Alba, Nord and Sud regions", "will visit Lyr
and Dorn districts". Each listed name is one place of that kind ("Alba Region", "Nord Region", ...).

Why a module of its own: the parser hangs such a list on the plural noun in two shapes, and neither gives a place
the gazetteer can read. The names may be adjectives or compounds of the noun ("the Alba, Nord and Sud regions":
'Alba' an amod, 'Nord' and 'Sud' its conjuncts), or the last name alone may be a compound of the noun, itself the
last conjunct of the earlier names ("Lyr, Dorn and Vale districts": 'districts' a conjunct of 'Dorn', 'Vale' its
compound); the earlier names are read as places on their own. So a trip slot whose object is such a plural noun
(no place itself) takes one place per listed name: the gazetteer's when it knows the name, else the name with the
noun ("Nord Region"), reported with no coordinates, as a described place is. The other way to write the list, "the
states of Alba and Nord", is read too: a division noun is in no list of place nouns, so its 'of' places were lost
(a named place the gazetteer lacks is kept by name, as in any trip slot).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..people import DocPeople
from ..places import gazetteer
from ..records import Place
from .clauses import with_conjuncts
from .locate import place_at, place_words
from .slot_places import described_place


def listed_divisions(tok: Token, people: DocPeople | None = None) -> list[Place]:
    """One place per name listed before ``tok`` when ``tok`` is the plural of a division noun ('regions',
    'districts'), or per place of its 'of' object ("the states of Alba and Nord"), in text order; none for any other
    token, or for lower-case modifiers ('the flooded districts', 'northern regions': no names)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in place_words("division_nouns"):
        return []
    named = [p for pp in tok.children if pp.dep_ == "prep" and pp.lower_ == "of"
             for o in pp.children if o.dep_ == "pobj" for x in with_conjuncts(o)
             if (p := place_at(x, people) or described_place(x, people))]
    if named or tok.tag_ != "NNS":  # "the states of Alba and Nord", "the state of Alba": the places it names
        return named
    heads = [c for c in tok.children if c.dep_ in {"amod", "compound"} and c.i < tok.i]
    names = [x for h in heads for x in with_conjuncts(h) if x.i < tok.i]
    if len(names) < 2:
        return []  # one modifier is a kind, not a list: 'the three Union states', 'the Alban regions'
    out: list[Place] = []
    for x in sorted(set(names), key=lambda t: t.i):
        words = [w for w in x.subtree if w.i <= x.i and w.dep_ in {"compound", "amod"} | {x.dep_}
                 and w.text[:1].isupper() and not (w.dep_ == "conj" and w is not x)]
        words = [w for w in words if w.i >= min(v.i for v in words if v.head == x or v is x)]
        if not words or not x.text[:1].isupper() or (people is not None and people.is_person_token(x)):
            continue
        name = " ".join(w.text for w in sorted(words, key=lambda t: t.i))
        kind = tok.lemma_.lower().title()
        known = place_at(x, people)
        if known is None:
            hit = gazetteer().lookup(f"{name} {kind}")
            known = hit.to_place() if hit is not None else Place(f"{name} {kind}")
        out.append(known)
    return out
