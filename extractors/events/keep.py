"""Which of an article's merged events a reader of news keeps: meetings and trips between named parties, each going
somewhere a reader can find. What is dropped here is talk about meetings and trips, not one of them."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from ..places import gazetteer
from ..records import Place
from ..roles import role_words
from .candidate import GENERIC_MEETING, Candidate, named_people, named_place, stands_unnamed
from .story import Dateline, dateline_scene

# generic meeting words that also refer back ("the talks", "the meeting"); a "call on X" names whom it is paid to
_REFERENCE_WORDS = GENERIC_MEETING - {"call"}
# a call has two ends: one whose sentence names or describes nobody but its one party tells nobody the party talked
# to ("thought I was calling him", "was set to hold a phone call"); a video meeting is left out, since it is often a
# gathering held by video ("chaired the cabinet meeting by video link"), whose other side is the body
_TWO_ENDED = frozenset({"phone call"})


def news_events(merged: list[Candidate], named: set[str], dateline: Dateline | None,
                article_date: date | None) -> list[Candidate]:
    """The events of scope 'news': those with a named party (or pinned down without one, ``stands_unnamed``), trips
    that go somewhere, and meeting words that are more than a reference to talks told elsewhere."""
    merged = [c for c in merged if any(p.name in named for p in c.participants) or stands_unnamed(c)]
    for c in merged:  # "OSLO, May 7 - X arrived on Tuesday": an arrival around the report's day is there
        if c.event_type == "travel" and c.subtype == "arrive" and c.destination is None and c.origin is None:
            c.destination = dateline_scene(None, dateline, c.date_start or c.date_end, article_date)
    # a trip that goes nowhere the story can name ("arrived soon after", "as silently as they arrived") tells a
    # reader of news no journey: no leg, no stop
    merged = [c for c in merged
              if c.event_type != "travel" or _goes_somewhere(c.destination) or _goes_somewhere(c.origin)]
    merged = _without_umbrella_tours(merged, named)
    # "During the meeting, the minister thanked ...", "He hoped the talks would ...": a generic meeting word with one
    # named person and nobody else is a reference to talks the story tells elsewhere, or to none; so is a phone call
    # with nobody at its other end (``_TWO_ENDED``)
    return [c for c in merged if not (c.event_type == "meeting" and c.subtype in _REFERENCE_WORDS | _TWO_ENDED
                                      and len(c.participants) == 1 and c.participants[0].name in named
                                      and (c.subtype not in _TWO_ENDED or not _someone_else(c)))]


def _someone_else(c: Candidate) -> bool:
    """Whether the sentence of ``c``'s trigger names or describes somebody besides its one party: another person's
    name, tagged or not ("Weber spoke by phone with Diallo" where only Diallo is known), or a role noun of its own
    ("his foreign minister spoke to me on the telephone"): the other end of a call the parse did not attach, so the
    call is no talk about one. A title written before a name ("Prime Minister Hans Weber") is that name's."""
    own = set(c.participants[0].name.split())
    heads = role_words()["head_nouns"]
    for t in c.trigger.sent:
        if t.text in own or _titles(t, own):
            continue
        if t.pos_ == "PROPN" and t.ent_type_ in {"", "PERSON"} or t.ent_type_ == "PERSON":
            return True  # a name, tagged as a person or not tagged at all
        if t.lower_ in heads and t.ent_type_ != "PERSON" \
                and not (t.dep_ in {"compound", "appos", "flat"} and t.head.ent_type_ == "PERSON"):
            return True
    return False


def _titles(t: Token, own: set[str]) -> bool:
    """Whether ``t`` is a word of a title or name written before one of the party's own name words."""
    while t.dep_ in {"compound", "flat"} and t.head != t:
        t = t.head
        if t.text in own:
            return True
    return False


def _goes_somewhere(p: Place | None) -> bool:
    """A place a reader can find, or home: the traveller's own country, even when the text does not say which."""
    return named_place(p) or p is not None and p.name == "home"


def _without_umbrella_tours(merged: list[Candidate], named: set[str]) -> list[Candidate]:
    """'left on a five-nation tour of Asia ... arrived in Manila', 'his Middle East tour ... visit Egypt and
    Jordan': a trip to a part of the world, told beside its traveller's legs to places on the map, is the tour those
    legs make up, not one more journey. Told alone, it is kept: it is all the story says of where they go. So is an
    arrival there told ahead (``_landing_ahead``)."""
    gz = gazetteer()
    legs = [c for c in merged if c.event_type == "travel" and c.destination is not None
            and c.destination.country_code is not None]
    return [c for c in merged if not (
        c.event_type == "travel" and c.destination is not None and c.destination.country_code is None
        and gz.world_region(c.destination.name) and not _landing_ahead(c)
        and any(named_people(c, named) & named_people(leg, named) for leg in legs))]


def _landing_ahead(c: Candidate) -> bool:
    """'The envoy arrives in South America on Monday', 'is coming to Asia': an arrival still ahead, told by the part
    of the world it lands in, is the tour's first landing, told before the page names the city; the legs told beside
    it ('from where she will fly to Cusco', 'her first visit there in May') come after it or long before. An arrival
    told done in a region beside legs told done is one of their landings told again ('arrived in Asia on Monday ...
    landed in Hanoi'): that one the tour's legs tell."""
    return c.subtype == "arrive" and c.status == "planned"
