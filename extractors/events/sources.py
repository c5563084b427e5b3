"""Who a story quotes is not who it goes on about. '"The president arrived in Delhi," spokesman Raj Kumar tweeted.
He was received at the airport by ...': the spokesman is the subject of the last sentence, but only as the source
of a quote, so the next 'he' is still the story's actor. A speaker who has taken part in none of the events told so
far is such a source; one who has (the visitor quoted on their own talks) stays the one a 'he' can mean."""

from __future__ import annotations

from spacy.tokens import Token

from ..people import Person

REPORTING_VERBS = frozenset({"say", "tell", "add", "tweet", "write", "note", "state", "post", "quote"})


def quoted_source(t: Token, people: list[Person], actors: list[Person]) -> bool:
    """``t`` is the subject of a reporting verb that follows the quote it attributes ('"...," spokesman X
    tweeted'), the ``people`` it names took part in none of the story's events so far (``actors``) and someone
    else did. 'X said he would meet ...' leads with its speaker, who is often the one acting next."""
    verb = t.head
    if verb.lemma_.lower() not in REPORTING_VERBS or not people or not actors:
        return False
    if not any(x.is_quote for x in t.doc[t.sent.start:t.i]):
        return False
    return not any(p in actors for p in people)
