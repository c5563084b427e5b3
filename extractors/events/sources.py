"""Who a story quotes is not who it goes on about. '"The president arrived in Delhi," spokesman Raj Kumar tweeted.
He was received at the airport by ...': the spokesman is the subject of the last sentence, but only as the source
of a quote, so the next 'he' is still the story's actor. A speaker whose office is to speak for others (roles data
``source_roles``: a spokesperson, a press secretary) and who has taken part in none of the events told so far is
such a source; any other speaker ('Lee said he would meet ...') may well be the one who acts next."""

from __future__ import annotations

from spacy.tokens import Token

from ..people import Person, role_words
from .clauses import reporting_verb


def quoted_source(t: Token, people: list[Person], actors: list[Person]) -> bool:
    """``t`` is the subject of a reporting verb, every one of the ``people`` it names speaks for others by office,
    and none took part in the story's events so far (``actors``)."""
    if not reporting_verb(t.head) or not people:
        return False
    roles = role_words().get("source_roles", frozenset())
    if not all(p.role and any(r in p.role.lower() for r in roles) for p in people):
        return False
    return not any(p in actors for p in people)
