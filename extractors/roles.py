"""The title and role vocabulary (``events/data/roles.json``) and the two token readings every person reader needs:
whether a word is part of a title, and which country a nationality word names. Kept apart from ``people`` (the
person index) and ``name_spans`` (where a name starts and ends) so both can read it."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # itineraries (the merge, in the flow process) read role_words without loading spaCy
    from spacy.tokens import Token

from .places import gazetteer

_ROLES = Path(__file__).parent / "events" / "data" / "roles.json"


@lru_cache(maxsize=1)
def role_words() -> dict:
    """The title/role vocabulary from ``events/data/roles.json``: word lists as sets, tables (``title_synonyms``) as
    dicts."""
    raw = json.loads(_ROLES.read_text(encoding="utf-8"))
    out: dict = {}
    for k, v in raw.items():
        if not k.startswith("_"):
            out[k] = {a.lower(): b.lower() for a, b in v.items()} if isinstance(v, dict) else frozenset(
                w.lower() for w in v)
    return out



def is_title_token(t: Token) -> bool:
    """A word of a title before a name: a head noun ('President'), a modifier ('Foreign'), a nationality ('Peruvian');
    name spans, name forms and the people table all strip them alike."""
    w = role_words()
    low = t.lower_
    return low in w["head_nouns"] or low in w["modifiers"] or demonym_country(t) is not None


def demonym_country(t: Token) -> str | None:
    """Country code when ``t`` is a nationality modifier ('Peruvian', 'U.S.', 'African' in 'South African')."""
    gz = gazetteer()
    low = t.lower_
    if t.i > 0 and t.doc[t.i - 1].lower_ in {"south", "north", "new", "sri", "saudi"}:
        two = f"{t.doc[t.i - 1].lower_} {low}"
        if two in gz.demonyms:
            return gz.demonyms[two]
    if low in gz.demonyms:
        return gz.demonyms[low]
    if t.text in {"U.S.", "US", "U.K.", "UK", "EU"} or (t.pos_ == "PROPN" and t.dep_ == "compound"
                                                        and low in {"us", "u.s."}):
        return gz.country_code(t.text)
    if t.text[:1].isupper() and (t.ent_type_ == "NORP" or t.pos_ == "ADJ"):
        return gz.demonym_country(t.text)  # "Peruvian", "Kenyan": derived from the country name
    return None
