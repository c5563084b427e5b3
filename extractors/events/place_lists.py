"""Place lists: the places a trip verb's list of objects names, whatever the tagger made of each name.

A tour is often told as one verb and a list ("will be visiting Aldport, Brenford, Kestle and Marrow on June 7",
"visited Kestle and Marrow before reaching Aldport"). The entity tagger reads long lists of unfamiliar names badly:
it tags some of them as people or organisations, or joins two of them into one entity ("Aldport, Brenford" as one
ORG), so ``place_at`` declines those items and the tour keeps only its first leg, or none when the first item is
the one mistagged. In a list under a trip verb the items are alike: once one of them is a place, another item whose
own words the gazetteer holds as a city or a country (in a country the article names, when the name is shared) is
a place too, not the person or organisation the tagger took it for.

Two readings of a list are not a tour of its items, and the names stay as the tagger read them there:
- a list located as a whole ("Kestle and Marrow in the Norland region"): its items are inside the place the
  clause gives them, which is the leg; reading them as legs of their own moved a trip from the region to a town;
- a list headed by a named site ("the Aldport Treaty Grounds, as well as Kestle and Marrow"): the head is a site,
  not a place item, so the list is one of things seen, and its items' towns are not read by their own words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..places import gazetteer
from .clauses import with_conjuncts
from .itinerary_stops import off_map_town
from .locate import place_at, story_countries
from .slot_places import described_place

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..people import DocPeople
    from ..records import Place

# the gazetteer kinds a listed name may stand for (a site or a region of the same spelling is left to the tagger)
_LISTED_KINDS = frozenset({"city", "country"})
# the prepositions that put a whole list inside one place
_LOCATING_PREPS = frozenset({"in", "at"})


def _own_words(tok: Token) -> str:
    """The name a list item is written with: its compound words and itself ('Tarn Taran'), not the entity the
    tagger may have spread over the comma before it."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i in range(start, tok.i + 1):
        start -= 1
    return tok.doc[start:tok.i + 1].text


def named_site(tok: Token, people: DocPeople | None) -> bool:
    """Whether a list item is a named site with its own article ("the Aldport Treaty Grounds"): a name with 'the'
    that no place reading takes; a city or a country is named without one."""
    return any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children) and place_at(tok, people) is None


def read_by_own_words(first: Token, people: DocPeople | None) -> bool:
    """Whether the names of the list ``first`` heads may be read by their own words: neither a located list nor
    one headed by a named site (see the module's docstring)."""
    return not named_site(first, people) and not located_list(first, people)


def located_list(first: Token, people: DocPeople | None) -> bool:
    """Whether an item of the list ``first`` heads carries its own 'in/at PLACE' ("Kestle and Marrow in the
    Norland region"): the list is then inside that place, which is where the clause puts it."""
    return any(pp.dep_ == "prep" and pp.lower_ in _LOCATING_PREPS and any(
        o.dep_ == "pobj" and place_at(o, people) is not None for o in pp.children)
        for x in with_conjuncts(first) for pp in x.children)


def listed_place(tok: Token) -> Place | None:
    """The place a list item names by its own words, read from the gazetteer alone: a city or a country spelled
    exactly so (in a country the article names when the name is shared)."""
    if not tok.text[:1].isupper() or tok.pos_ not in {"PROPN", "NOUN"}:
        return None
    name = _own_words(tok)
    gz = gazetteer()
    hit = gz.in_story_country(gz.lookup(name), name, story_countries(tok.doc))
    if hit is None or hit.kind not in _LISTED_KINDS or hit.name.lower() != name.lower():
        return None
    return hit.to_place()


def list_places(first: Token, people: DocPeople | None) -> list[Place]:
    """Every place the list that ``first`` heads names, in text order: each item as ``place_at`` reads it, else by
    its own words (``listed_place``), once any item of the list is a place ``place_at`` reads. A list with no item
    read as a place gives nothing (a list of people or of things is no tour), nor does a list that
    ``read_by_own_words`` declines."""
    items = with_conjuncts(first)
    read = [place_at(x, people) for x in items]
    if not any(read) or not read_by_own_words(first, people):
        return []
    out = [p or listed_place(x) for x, p in zip(items, read, strict=True)]
    return [p for p in out if p is not None]


def later_item(o: Token, people: DocPeople | None) -> Place | None:
    """A later item of a trip's list of places that ``slot_place`` declines, once another item is a place: a city
    or a country by its own words (``listed_place``), or a town the gazetteer lacks named with its area noun ("and
    Kestle district": ``described_place`` reads it, ``off_map_town`` says it is a town). Such a town was kept only
    as a weak place, which a list whose first item is on the map drops, so the tour lost that leg."""
    if (q := listed_place(o)) is not None:
        return q
    q = described_place(o, people)
    return q if off_map_town(q) else None


def hung_on_description(item: Token) -> list[Token]:
    """The list's next items that the parser hangs on a description set beside ``item`` ("to Aldport - the
    provincial capital - and Kestle district": 'district' a conjunct of 'capital'): the conjuncts of a lower-case
    common noun in apposition after the item that are names (a proper name, or a noun with a proper name before
    it). A thing ("and its old harbour") is no item."""
    return [x for a in item.children if a.dep_ == "appos" and a.i > item.i and a.pos_ == "NOUN" and a.text.islower()
            for x in with_conjuncts(a)[1:]
            if x.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in x.children)]
