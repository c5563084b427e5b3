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
from ..records import Place
from .clauses import with_conjuncts
from .itinerary_stops import off_map_town
from .locate import place_at, story_countries
from .slot_places import described_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..people import DocPeople

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


def off_map_item(tok: Token) -> Place | None:
    """A list item the gazetteer lacks altogether ('Kestlemore' among 'Aldport, Kestlemore and Lyon'), read as a
    town of the tour by its own words: the items of a list under a trip verb are alike, so once another item is a
    place this one is a stop too, though off the map (no coordinates: itineraries skip it, as ``off_map_town``'s).
    The tagger often takes such a name for a person; a name the gazetteer holds as anything (a region, a site, a
    person's namesake town) is left to ``listed_place`` and the tagger, and so is any name ``off_map_town`` would
    not call a town (a venue, a direction, a part of the world), and any name the page uses as a landmark
    (``landmark``: "Dunmore, a port town near Kestlemore"): a site beside a stop, visited with it, is no stop."""
    if not tok.text[:1].isupper() or tok.pos_ != "PROPN" or tok.ent_type_ not in _ITEM_TAGS \
            or other_kind_list(tok):
        return None
    name = _own_words(tok)
    if len(name.split()) > _ITEM_WORDS or landmark(tok.doc, name):
        return None
    return _unmapped_town(name)


def _unmapped_town(name: str) -> Place | None:
    """``name`` as a town off the map: the gazetteer holds it as nothing, and ``off_map_town`` calls it a town."""
    if gazetteer().lookup(name) is not None:
        return None
    p = Place(name)
    return p if off_map_town(p) else None


def landmark(doc: Doc, name: str) -> bool:
    """Whether the page places something by ``name`` ("a port town near Kestlemore", "the camp outside Kestlemore"):
    a name written as the object of a nearness preposition is a landmark the writer expects the reader to know, an
    old site or a monument more often than a town, and the stop the page places by it stands for the visit there
    (an off-map name listed beside that stop would add a stop of its own)."""
    return any(t.dep_ == "pobj" and t.head.lower_ in _NEAR_PREPS and _own_words(t) == name for t in doc)


# the prepositions that place a thing by a landmark
_NEAR_PREPS = frozenset({"near", "outside"})


def other_kind_list(tok: Token) -> bool:
    """Whether the list ``tok`` is an item of names its kind with a noun that is no town nor area ("the Alba, Nord and
    Sud constituencies", "the Alba and Nord wards"): its items are of that kind, not towns of a tour."""
    while tok.dep_ == "conj":
        tok = tok.head
    items = with_conjuncts(tok)
    # the parser may break a long list before its end ("..., Dunn, Wald Central, and Kestle constituencies"): the
    # first word after the list's last item that is no name, comma or 'and' closes it, and may be its kind noun
    after = next((x for x in tok.doc[items[-1].i + 1:tok.sent.end]
                  if not (x.pos_ in _LIST_POS or x.text[:1].isupper() or x.text in _LIST_PUNCT)), None)
    return any(x.pos_ == "NOUN" and x.text.islower() and x.lemma_.lower() not in _AREA_LEMMAS
               for x in [*items, *([after] if after is not None else [])])


_LIST_POS = frozenset({"PROPN", "CCONJ", "PUNCT"})
_LIST_PUNCT = frozenset({",", "/", "-", "and"})


def kind_noun_items(tok: Token) -> list[Token]:
    """The names a plural kind noun lists ("the cities of Aldport and Kestle": 'Aldport', 'Kestle'), in order;
    none for a noun that is no town nor area, or a singular one ("the city of Aldport" has one item)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lemma_.lower() not in _AREA_LEMMAS:
        return []
    return [x for pp in tok.children if pp.dep_ == "prep" and pp.lower_ == "of"
            for o in pp.children if o.dep_ == "pobj" for x in with_conjuncts(o)]


def named_area(tok: Token) -> Place | None:
    """A list item written as a name and its area noun ("Kestle and Marrow districts": 'districts' a conjunct of
    'Kestle', 'Marrow' its compound): the name, as ``listed_place`` reads it, else as a town off the map."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _AREA_LEMMAS:
        return None
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names:
        return None
    head = names[-1]
    if (p := listed_place(head)) is not None:
        return p
    return _unmapped_town(_own_words(head))


def item_by_own_words(tok: Token) -> Place | None:
    """A list item read by its own words alone: a city or country the gazetteer holds (``listed_place``), else a
    town off the map among listed places (``off_map_item``), else a name written with its area noun
    (``named_area``). The trip reader's later items and ``list_places`` read an item the same way."""
    return listed_place(tok) or off_map_item(tok) or named_area(tok)


# the nouns a list of towns may name its kind with ("the cities of A and B", "A and B districts")
_AREA_LEMMAS = frozenset({"city", "town", "village", "district", "province", "region", "county", "state", "island"})
# the tags an off-map list item may carry: none, or what the tagger makes of unfamiliar place names
_ITEM_TAGS = frozenset({"", "PERSON", "GPE", "LOC", "ORG", "NORP"})
_ITEM_WORDS = 2  # a town's name ('Tarn Taran'); a longer one is a description or a title


def list_places(first: Token, people: DocPeople | None) -> list[Place]:
    """Every place the list that ``first`` heads names, in text order: each item as ``place_at`` reads it, else by
    its own words (``listed_place``), once any item of the list is a place ``place_at`` reads. A list with no item
    read as a place gives nothing (a list of people or of things is no tour), nor does a list that
    ``read_by_own_words`` declines."""
    items = with_conjuncts(first)
    read = [place_at(x, people) for x in items]
    own = [listed_place(x) for x in items]  # 'Kestlemore and Lyon' with both names untagged or tagged people
    if not any(read) and not (len(items) > 1 and any(own)) or not read_by_own_words(first, people):
        return []
    out = [p or item_by_own_words(x) for x, p in zip(items, read, strict=True)]
    return [p for p in out if p is not None]


def later_item(o: Token, people: DocPeople | None) -> Place | None:
    """A later item of a trip's list of places that ``slot_place`` declines, once another item is a place: a city
    or a country by its own words (``listed_place``), or a town the gazetteer lacks named with its area noun ("and
    Kestle district": ``described_place`` reads it, ``off_map_town`` says it is a town). Such a town was kept only
    as a weak place, which a list whose first item is on the map drops, so the tour lost that leg."""
    if (q := listed_place(o) or off_map_item(o)) is not None:
        return q
    q = described_place(o, people)
    return q if off_map_town(q) else named_area(o)  # 'Kestle district' keeps its area noun when read so


def hung_on_description(item: Token) -> list[Token]:
    """The list's next items that the parser hangs on a description set beside ``item`` ("to Aldport - the
    provincial capital - and Kestle district": 'district' a conjunct of 'capital'): the conjuncts of a lower-case
    common noun in apposition after the item that are names (a proper name, or a noun with a proper name before
    it). A thing ("and its old harbour") is no item."""
    return [x for a in item.children if a.dep_ == "appos" and a.i > item.i and a.pos_ == "NOUN" and a.text.islower()
            for x in with_conjuncts(a)[1:]
            if x.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in x.children)]
