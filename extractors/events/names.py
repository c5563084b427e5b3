"""Names of people as clustering reads them: which participants are named people, and when two names are one
person (a shared significant token, so 'Ruiz' meets 'Ana Ruiz'). Shared by cross-article linking, reconciliation
and itineraries.

A person's name is capitalised words, with the lowercase particles names carry ('Ana van der Berg', 'Omar bin
Khalid', 'Ali al-Amin': a particle glued by a hyphen or apostrophe to the next part), or a title of a domain that
stands for its holder ('Duchess of Lyr'). A name read as no person drops out of a cluster's people, and then
"other parties" cannot tell two meetings of one traveller apart."""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Event, Participant
from ..roles import role_words

_TITLE_TOKENS = {"mr", "mrs", "ms", "dr", "the"}

# lowercase words between the capitalised words of a name ('van der', 'bin', 'dos', 'wa'); rules as data
_PARTICLES = frozenset({"al", "el", "bin", "bint", "ibn", "wa", "da", "das", "de", "del", "della", "der", "den", "di",
                        "do", "dos", "du", "la", "le", "ter", "ten", "van", "von", "y"})
# a particle glued to the next capitalised part ('al-Amin', 'ul-Haq', "d'Arco")
_GLUED = re.compile(r"(?P<particle>[a-z]+)[-'’](?P<rest>\w.*)")
# the word that joins a title to the domain it is held of, in a name of its own ('Duchess of Lyr')
_TITLE_JOIN = "of"


@lru_cache(maxsize=65_536)
def name_tokens(name: str) -> frozenset[str]:
    """The significant tokens of a name (three letters or more, no 'Mr' or 'the'), as the shared scorer reads them:
    'Ana Maria Ruiz da Costa' and 'Ruiz' share 'ruiz'."""
    words = name.lower().replace("-", " ").replace(".", " ").split()
    return frozenset(w.strip(",'’") for w in words if len(w.strip(",'’")) >= 3 and w not in _TITLE_TOKENS)


def is_person(p: Participant) -> bool:
    """A named person rather than a group description ('Chinese counterparts')."""
    return _person_name(p.name)


def is_person_name(name: str) -> bool:
    """``is_person`` of a bare name (a staged row's participant, not yet a ``Participant``)."""
    return _person_name(name)


@lru_cache(maxsize=65_536)
def _person_name(name: str) -> bool:
    """``is_person`` by name, once per name (asked several times of every mention when a merge clusters): every word
    a name word (``_name_word``), or a title of a domain ('Duchess of Lyr', ``_title_of``)."""
    words = name.split()
    if not words or not any(w[:1].isupper() for w in words):
        return False
    return all(_name_word(w) for w in words) or _title_of(words)


def _name_word(w: str) -> bool:
    """A capitalised word, a particle ('von', 'bin'), or a particle glued to a capitalised part ('al-Amin'); a lone
    hyphen the tokenizer split off a name ('Al - Amin')."""
    if w[:1].isupper() or w.lower() in _PARTICLES or w == "-":
        return True
    glued = _GLUED.fullmatch(w)
    return glued is not None and glued["particle"] in _PARTICLES and glued["rest"][:1].isupper()


def _title_of(words: list[str]) -> bool:
    """'Title of Domain': capitalised words, one 'of' after a title a person holds ('Duke', 'Commander': the role
    vocabulary's head nouns and royal titles), so a group ('leaders of the Group') or a body ('Bank of Lyr') is
    no person."""
    if words.count(_TITLE_JOIN) != 1:
        return False
    at = words.index(_TITLE_JOIN)
    head, domain = words[:at], words[at + 1:]
    titles = role_words()["head_nouns"] | role_words()["given_name_titles"]
    return (bool(head) and bool(domain) and head[-1].lower() in titles
            and all(_name_word(w) for w in head + domain))


def same_person(a: str, b: str) -> bool:
    """Two names of one person: they share a significant token ('Ruiz' and 'Ana Ruiz')."""
    return bool(name_tokens(a) & name_tokens(b))


def person_names(e: Event) -> list[str]:
    """The names of the mention's participants that are named people."""
    return [p.name for p in e.participants if is_person(p)]


__all__ = ["is_person", "is_person_name", "name_tokens", "person_names", "same_person"]
