"""The story an article tells, read once at the level of the whole document: what is fixed for the article.

A sentence alone often does not say where or who: "arrived here on Sunday", "met in the capital", "the President
will travel". A careful reader fills that from the story: "here" is the dateline place, "the President" is the
protagonist, talks with a country's office holders are in its capital. This module holds those article-level
readings (the dateline, deictic places, the protagonist, programme lines, the seat of an office); what moves as the
narrative is read (each traveller's whereabouts, the scene of each day) is ``scene.StoryScene``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from ..people import DocPeople, PersonMention, role_words
from ..places import PlaceInfo, gazetteer
from ..records import Place
from ..tree import doc_text, tokens
from .phrases import holds, title_words

HEAD_CHARS = 800  # a dateline opens the story: it is looked for only near the top of the text

# "LIMA (Reuters) -", "NAIROBI, May 7 -", "Lima :", "CHENGDU, China, (UrduPoint / News - 23rd Jul, 2021 ) :",
# "ISLAMABAD, Sept 7 (APP):", "Kohima/Aizawl:" (the first place is kept), "OSLO •". The place is checked against the
# gazetteer, so "President:" is never a dateline.
_MONTH = r"(?i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\.?"  # 'March 19', 'MARCH 19'
_DAY_MONTH = rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})(?:,?\s+\d{{4}})?"
DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Za-z.'’-]+(?:[ ][A-Z][A-Za-z.'’-]+){0,3})"
    r"(?:\s*/\s*[A-Z][A-Za-z.'’-]+(?:[ ][A-Z][A-Za-z.'’-]+){0,3}){0,4}"  # "Kohima/Aizawl/Gangtok:" is filed from all
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'’-]+(?:[ ][A-Z][A-Za-z.'’-]+){0,2}))?"
    rf"(?:,?\s*(?P<day>{_DAY_MONTH}))?"
    r",?\s*(?:\((?P<agency>[^()\n]{1,80})\)\s*)?"
    r"(?P<sep>:|[-–—]+|[•·])\s*",
    re.MULTILINE,
)

# "Sheela Rao in New Delhi", "By Ann Lee/PTI in St Petersburg": a byline line that says where the reporter files from
_NAME_WORD = r"[A-Z][A-Za-z.'’-]*"
BYLINE_PLACE = re.compile(
    rf"^[ \t]*(?:By\s+)?{_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,3}}(?:\s*/\s*[A-Za-z]+)?\s+in\s+"
    rf"(?P<place>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})[ \t]*$",
    re.MULTILINE,
)

# the words a story uses for the place it is told from
_HERE_ADVERBS = frozenset({"here"})
_CITY_NOUNS = frozenset({"city", "town"})
_CAPITAL_NOUNS = frozenset({"capital"})
_COUNTRY_NOUNS = frozenset({"country", "nation"})


@dataclass(frozen=True)
class Dateline:
    """The place a report is filed from, and the characters of its prefix (nothing in them is a person)."""

    info: PlaceInfo
    start_char: int
    end_char: int

    @property
    def place(self) -> Place:
        return self.info.to_place()


def find_dateline(text: str) -> Dateline | None:
    """The dateline near the top of ``text``: a place the gazetteer knows, before a ':' or a dash, optionally with
    its region, a day and an agency in parentheses; failing that, the place of a byline line ("Ann Lee in Lima").
    None when the story has neither."""
    gz = gazetteer()
    for m in DATELINE.finditer(text[:HEAD_CHARS]):
        plain_dash = not (m.group("agency") or m.group("day") or m.group("sep") == ":" or m.group("place").isupper())
        opens_line = m.start("place") == 0 or text[m.start("place") - 1] == "\n"
        if plain_dash and not (opens_line and text[m.end():m.end() + 1].isupper()):
            continue  # "Talks - the first in years -": a capitalised word before a dash mid-line is no dateline
        name = m.group("place")
        if _field_label(text, m):
            continue
        info = gz.lookup(name.title() if name.isupper() else name, context=m.group("region"))
        if plain_dash and (info is None or info.kind != "city" or info.population < 100_000):
            continue  # "London - Prime Minister ...": a plain dash only after a sizeable city that opens its line
        if info is None or info.kind not in {"city", "country"}:
            continue
        return Dateline(info, m.start("place"), m.end())
    for m in BYLINE_PLACE.finditer(text[:HEAD_CHARS]):
        info = gz.lookup(m.group("place"))
        if info is not None and info.kind in {"city", "country"}:
            return Dateline(info, m.start(), m.end())  # the whole byline: nothing in it is a person of the story
    return None


def _field_label(text: str, m: re.Match) -> bool:
    """A header field of a record ("AT:", "No.: 31/2003", "Date: 13 March 2003"), not a dateline: a two-letter code
    (which the gazetteer reads as a country), or a label before a colon with no sentence after it on its line."""
    if len(m.group("place").replace(".", "")) < 3:
        return True
    line_end = text.find("\n", m.end())
    rest = text[m.end():line_end if line_end != -1 else len(text)]
    return m.group("sep") == ":" and not any(w[:1].islower() for w in rest.split())


def later_datelines(text: str, first: Dateline | None) -> tuple[tuple[int, int], ...]:
    """The character ranges of the datelines that open later items of the page ("... \n\nLIMA, June 20: The
    minister telephoned ..."): a page may hold a second report, and its dateline names nobody either. Only the
    unmistakable form counts so far from the top: a name in capitals opening its line, which the gazetteer knows as a
    city or a country, before a colon or a dash (with a day or an agency between, or not)."""
    gz = gazetteer()
    out = []
    for m in DATELINE.finditer(text):
        name = m.group("place")
        if first is not None and m.start("place") == first.start_char:
            continue
        if not name.isupper() or _field_label(text, m):
            continue
        if text[text.rfind("\n", 0, m.start("place")) + 1:m.start("place")].strip():
            continue  # the capitals must open their line
        info = gz.lookup(name.title(), context=m.group("region"))
        if info is not None and info.kind in {"city", "country"}:
            out.append((m.start("place"), m.end()))
    return tuple(out)


def deictic_place(tok: Token, dateline: Dateline | None) -> PlaceInfo | None:
    """'here', 'the city', 'this town', 'the capital', 'the country' (with no name of their own) in an article
    datelined from a place: that place ('the capital' is its country's capital when the dateline is another city,
    'the country' the dateline's country)."""
    if dateline is None:
        return None
    lower = tok.lower_
    if lower in _HERE_ADVERBS and tok.pos_ == "ADV":
        return dateline.info
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in tok.children):
        return None
    if any(c.dep_ in {"amod", "compound", "prep", "appos"} for c in tok.children):
        return None  # "the capital Juba", "the city of Bern", "the Kazakh capital": a place of their own
    lemma = tok.lemma_.lower()
    if lemma in _CITY_NOUNS and dateline.info.kind == "city":
        return dateline.info
    if lemma in _CAPITAL_NOUNS:
        cc = dateline.info.country_code
        capital = gazetteer().capital_of(cc) if cc else None
        return capital or dateline.info
    if lemma in _COUNTRY_NOUNS and dateline.info.country_code:  # "his third visit to the country"
        return _country_just_named(tok) or gazetteer().country(dateline.info.country_code)
    return None


_INTO_PREPS = frozenset({"in", "to", "into", "at"})


def _country_just_named(tok: Token) -> PlaceInfo | None:
    """'arrived in Lyr on Sunday for their third visit to the country': a place the same sentence went to just
    before the noun is what 'the country' means (its country), whatever the dateline, which may be a neighbour's
    city the report is filed from."""
    gz = gazetteer()
    for ent in reversed([e for e in tok.sent.ents if e.end <= tok.i and e.label_ in {"GPE", "LOC"}]):
        if ent.root.dep_ != "pobj" or ent.root.head.lower_ not in _INTO_PREPS:
            continue
        info = gz.lookup(ent.text)
        if info is not None and info.kind in {"city", "country"} and info.country_code:
            return gz.country(info.country_code)
    return None


if not Token.has_extension("story_place"):
    Token.set_extension("story_place", default=None)  # PlaceInfo a deictic word refers to ('here', 'the city')


def ground_deictic_places(doc: Doc, dateline: Dateline | None) -> None:
    """Mark every deictic place word of ``doc`` with the place it refers to (``token._.story_place``), so that the
    place readers (``locate.place_info``) resolve 'arrived here' and 'met in the capital' like a place name."""
    if dateline is None:
        return
    for tok in doc:
        deictic = tok.lower_ in _HERE_ADVERBS or tok.lemma_.lower() in _CITY_NOUNS | _CAPITAL_NOUNS | _COUNTRY_NOUNS
        if deictic and (info := deictic_place(tok, dateline)) is not None:
            tok._.story_place = info


# national offices whose holders receive visitors in their capital ("talks with the Japanese prime minister")
_SEAT_OFFICES = frozenset({"president", "prime", "premier", "chancellor", "king", "queen", "emir", "sultan",
                           "minister", "pope", "crown"})
_NEAR_DAYS = 2  # how far from the article's day an event may be for the dateline to say where it is


def seat_of_office(location: Place | None, roles: list[tuple[str | None, str | None]],
                   visit: bool = False) -> Place | None:
    """A meeting placed only in a country, with one of that country's national office holders taking part
    (``roles``: (role, country) of each participant), happens in its capital: that is where a visitor's talks
    with a president or a minister are held. ``visit``: the country is where one of the participants' trip goes
    (so that participant is the visitor, whatever the story says of their nationality). Any other place is
    returned unchanged."""
    if location is None or location.latitude is not None or location.country_code is None:
        return location
    gz = gazetteer()
    info = gz.info(location)
    if info is None or info.kind != "country":
        return location
    # beside a visitor from another country, an office holder whose country the story does not say is the host's
    # ("Ruiz will meet Prime Minister Weber" on a visit to Germany)
    visitor = visit or any(country is not None and country != location.country_code for _, country in roles)
    for role, country in roles:
        words = set((role or "").lower().replace("-", " ").split())
        if (country == location.country_code or country is None and visitor) and words & _SEAT_OFFICES:
            capital = gz.capital_of(location.country_code)
            return capital.to_place() if capital is not None else location
    return location


def dateline_scene(location: Place | None, dateline: Dateline | None, day: date | None,
                   article_date: date | None) -> Place | None:
    """What the dateline says of a meeting around the article's day: with no place of its own it happened where
    the report is filed from ('CAIRO (Reuters) - X met Y on Sunday'); placed only in the dateline's country, it
    happened in the dateline city; placed only in a part of the world ('talks on the first day of a Middle East
    tour', 'RIYADH -'), it happened where the report is filed from, since a meeting is held in one city. Farther from
    the article's day, or elsewhere, the place is unchanged."""
    if dateline is None or day is None or article_date is None or abs((day - article_date).days) > _NEAR_DAYS:
        return location
    gz = gazetteer()
    if location is None or location.country_code is None and gz.world_region(location.name):
        return dateline.place
    info = gz.info(location)
    if info is not None and info.kind == "country" and location.country_code == dateline.info.country_code \
            and dateline.info.kind == "city":
        return dateline.place
    return location


def dateline_holds(dateline: Dateline | None, article_date: date | None, elsewhere: bool) -> Place | None:
    """Where a meeting with no place of its own is on a page with no date, where ``dateline_scene`` cannot set its
    day against the article's: a dateline says where the report is filed from, and until the story takes anyone
    somewhere else (``elsewhere``: a trip, an arrival or a meeting it has placed outside the dateline's place) what
    it tells happens there ('P, Ruritania - X talked with Y on Friday', on a page with no date). On a
    dated page a meeting whose day is not told is no nearer the dateline than any other ('hopes to see the minister
    soon'): it is left alone. None when the dateline cannot say."""
    if dateline is None or elsewhere or article_date is not None:
        return None
    return dateline.place


LEAD_WEIGHT = 2  # the lead's subject is who the story is about, even when later named less than others


def protagonist(mentions: list[tuple[str, int]], lead: str | None = None) -> str | None:
    """The person the story is about: the one mentioned most (``mentions``: (name, token index) of every person
    mention), counting the lead's subject (``lead``: who the first sentence with a person as subject is about)
    ``LEAD_WEIGHT`` times more, since the rest of the story often calls them by title ("the President"); the
    earliest-mentioned on a tie. None when no one is mentioned twice: a story of single mentions has no
    protagonist to fill in for anyone."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for name, i in mentions:
        counts[name] = counts.get(name, 0) + 1
        first.setdefault(name, i)
    if lead in counts:
        counts[lead] += LEAD_WEIGHT
    if not counts:
        return None
    best = max(counts, key=lambda n: (counts[n], -first[n]))
    return best if counts[best] >= 2 else None


def bare_title_mentions(doc: Doc, people: DocPeople, mentions: list[PersonMention]) -> list[tuple[str, int]]:
    """'In light of the President's injury, the President has asked ...; President Ana Ruiz and President Bo Lind
    agreed ...': a capitalised bare title ("the President", "The Prime Minister") names the office holder the
    story is about, so each counts as a mention of the first person of the story introduced with that title.
    ``mentions``: the story's person mentions in text order. Returned as (name, token index), like them, for
    ``protagonist``."""
    words = role_words()
    out = []
    for t in tokens(doc):
        if not (t.text[:1].isupper() and t.lower_ in words["head_nouns"] and t.tag_ in {"NN", "NNP"}
                and people.at(t) is None):
            continue
        kids = list(t.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
                c.dep_ in {"prep", "appos", "compound", "amod", "relcl", "acl"} for c in kids):
            continue  # "the President of Peru", "the Peruvian President": someone the phrase itself says
        title = title_words(t)
        first = next((m.person.name for m in mentions if holds(m.person, title)), None)
        if first is not None:
            out.append((first, t.i))
    return out


# the clock label that opens a line of a programme: "4:05 p.m.:", "9.30 am -", "1800 hrs:"
_CLOCK_LABEL = re.compile(r"\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\s?\.?\s?m\.?|hrs|hours|h)?\s*[:–—-]\s*",
                          re.IGNORECASE)


def programme_item(tok: Token) -> bool:
    """A line of a published programme: an event noun heading a clause with no verb ('9 a.m.: Meeting with
    President Weber at the palace.', 'Tuesday - Talks with the prime minister'), or a verb with no subject
    right after the line's clock time ('4:05 p.m.: Arrives in Havana'). Its day is the schedule's current day and
    its subject the story's traveller."""
    if tok.pos_ in {"VERB", "AUX"}:
        text = doc_text(tok.doc)
        return _CLOCK_LABEL.fullmatch(text[text.rfind("\n", 0, tok.idx) + 1:tok.idx]) is not None
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    root = tok
    while root.head.i != root.i:
        root = root.head
    return root.pos_ not in {"VERB", "AUX"} and not any(t.pos_ in {"VERB", "AUX"} and t.dep_ in {"ROOT", "ccomp"}
                                                        for t in tok.sent)
