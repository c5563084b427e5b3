"""Who 'the visitor' is: role nouns that name a story's visiting party by its part in the visit, not by its office
('The visiting dignitary will also hold talks with X', 'X hosts a dinner for his guest', 'the visiting dignitaries
will reach Y on Monday').

News introduces a visitor by name and office and then, for variety, calls them by what they are to the host. Such a
noun names nobody the article tagged, so without this reading the talks lose their visitor (and, with only one named
side left, often the whole event). The visitor is the story's protagonist, the person the story is about: a visit
story is about the one who visits. The host side never is: whoever the sentence names, the subject before the noun
and the possessor ('his guest') are the other side, so a protagonist among them leaves the noun unresolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..people import Person, role_words
from .pronouns import same_sentence_subjects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .participants import Resolver

_DEFINITE = frozenset({"the", "this", "these", "those", "our"})


def is_visitor_noun(t: Token) -> bool:
    """'the visiting dignitary', 'his guest', 'the visitors': a definite (or possessed) noun of ``visitor_nouns``."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in role_words()["visitor_nouns"]:
        return False
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE for c in t.children)


def story_visitors(res: Resolver, t: Token) -> list[Person]:
    """The people a visitor noun stands for: the protagonist, and for a plural ('the visiting dignitaries') the
    group last named together with them ('Ann Lee and her husband Tom Lee left ...'). Empty when the protagonist is
    on the host side of the sentence, or the story has none."""
    p = res.protagonist
    if p is None:
        return []
    sent = t.sent
    hosts = {m.person for m in res.people.in_span(sent.start, sent.end)}
    hosts |= {q for c in t.children if c.dep_ == "poss" for q in _people(res, c)}
    hosts |= set(same_sentence_subjects(res, t, t.i))
    if p in hosts:
        return []
    if t.tag_ in {"NNS", "NNPS"} and p in res.salience.group:
        return list(res.salience.group)
    return [p]


def _people(res: Resolver, t: Token) -> list[Person]:
    return [res.people.people[q.name] for q in res.resolve(t) if q.name in res.people.people]
