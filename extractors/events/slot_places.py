"""Places in a travel argument slot (the object of from/to/into, of leave/flee/enter): a gazetteer place, also
through a place noun ("the besieged areas of Aleppo"); a described place off the map ("a refugee camp"); an adverb
("fled abroad"). Split from ``locate`` (which reads a place from any noun) since only travel slots read these.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..people import DocPeople
from ..places import gazetteer
from ..records import Place
from ..tree import children
from .locate import NOT_IN_NAME, ent_text, place_at, place_words, without_article


def described_place(tok: Token, people: DocPeople | None = None) -> Place | None:
    """A place the gazetteer cannot resolve, read only in a travel argument slot (the object of from/to/into, of
    leave/flee/enter): an unresolved GPE/LOC/FAC name ('Darayya') or a description headed by a place noun
    ('besieged areas', 'a refugee camp'). Reported by name with no coordinates, so itineraries skip it."""
    if people is not None and people.is_person_token(tok):
        return None
    nouns, labels = place_words("place_nouns"), place_words("unnamed_entity_labels")
    if tok.ent_type_ in labels and tok.pos_ in {"PROPN", "NOUN"}:
        text = ent_text(tok) or tok.text
        return Place(without_article(text))
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns:
        if any(c.dep_ == "nummod" or c.lower_ in _COUNTING for c in children(tok)):
            return None  # "visited four countries", "several cities": how many, not where
        left = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in NOT_IN_NAME and t.ent_type_ not in
                {"DATE", "TIME", "CARDINAL"}]
        return Place(" ".join(t.text for t in left))
    return None


_COUNTING = frozenset({"several", "many", "various", "numerous", "some", "other", "few", "multiple"})


def adverb_place(tok: Token) -> Place | None:
    """'fled abroad', 'returned home', 'come here': the adverb as a destination without coordinates."""
    adverbs = place_words("adverb_destinations")
    if tok.has_extension("story_place") and tok._.story_place is not None:
        return None  # 'here' in a datelined story is the dateline place, read as a place name
    if tok.dep_ in {"advmod", "npadvmod", "dobj"} and tok.lower_ in adverbs:  # "heading home" parses home as object
        return Place(tok.lower_)
    return None


def slot_place(tok: Token, people: DocPeople | None = None) -> Place | None:
    """A gazetteer place in a travel slot, also through a place noun ('the besieged areas of Aleppo', 'a camp in
    Idlib' -> Aleppo, Idlib): the named place is the one an itinerary can use."""
    p = place_at(tok, people)
    if p is None and tok.ent_type_ == "NORP" and tok.pos_ == "PROPN" and not (people and people.is_person_token(tok)):
        # "from Aleppo" tagged as a nationality: in a travel slot a city name is a city (demonyms are countries)
        hit = gazetteer().lookup(ent_text(tok) or tok.text)
        return hit.to_place() if hit is not None and hit.kind == "city" else None
    lem = tok.lemma_.lower()
    if p is not None or tok.pos_ != "NOUN" or not (
            lem in place_words("place_nouns") or lem in place_words("part_nouns")):
        return p
    for a in (c for c in children(tok) if c.dep_ in {"appos", "compound"} and c.i > tok.i):
        if (q := place_at(a, people)) is not None:  # "the capital Juba"
            return q
    for pp in (c for c in children(tok) if c.dep_ == "prep" and c.lower_ in {"of", "in", "near", "outside"}):
        for o in (c for c in children(pp) if c.dep_ == "pobj"):
            if (q := slot_place(o, people)) is not None:
                return q
    return None
