"""Plural descriptions of people. 'The two top diplomats' are the people whose roles are of that class (roles data
``role_classes``: a foreign minister and a secretary of state are diplomats), and once a description has picked
them they are the pair the story last told together, so a following 'the two met' means them too.

Unnamed groups as participants, kept once: 'met ministers, business leaders and students' is one group named by
the whole coordination, and the conjuncts it already spans ('business leaders students') are not read back as
further groups beside it. Users read the participant list; the same people twice under two names crowds it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..people import Person, role_words
from ..records import Participant

if TYPE_CHECKING:  # the resolver imports this module
    from spacy.tokens import Token

    from ..people import DocPeople, PersonMention
    from .salience import Salience

# verbs of a group noun's own clause that list who it is made of: 'a mission led by A and B', 'a team including A'
_MEMBERS_VERBS = frozenset({"lead", "head", "include", "comprise"})
# prepositions that do the same: 'a delegation including A' (not 'of': 'the property of A' is A's, not A)
_MEMBERS_PREPS = frozenset({"including"})


def without_subsumed_groups(ps: list[Participant], known: set[str] | dict) -> list[Participant]:
    """``ps`` without a group (a participant that is no known person and has no role) whose words all occur in
    another such group's name: the conjunct of a coordination the longer name already covers."""
    groups = [p for p in ps if p.name not in known and p.role is None]

    def covered(p: Participant) -> bool:
        words = set(p.name.split())
        return any(q is not p and len(q.name) > len(p.name) and words <= set(q.name.replace(",", " ").split())
                   for q in groups)

    return [p for p in ps if p not in groups or not covered(p)]


def named_members(people: DocPeople, t: Token) -> list[PersonMention]:
    """The named people a group noun says it is made of: 'a trade mission led by A, B and C would visit', 'a team
    including A'. The group takes part through them: a side must be someone the article
    names, and these are the people it names for the group. Empty when the group names nobody."""
    if t.pos_ != "NOUN" or t.lemma_.lower() in role_words()["head_nouns"]:
        return []
    heads: list[Token] = []
    for c in t.children:
        if c.dep_ == "acl" and c.lemma_.lower() in _MEMBERS_VERBS:
            heads += [o for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            heads += [o for o in c.children if o.dep_ == "dobj"]
        elif c.dep_ == "prep" and c.lower_ in _MEMBERS_PREPS:
            heads += [o for o in c.children if o.dep_ == "pobj"]
    out: list[PersonMention] = []
    for h in heads:  # every name in the phrase (a list of titled names is often misparsed inside itself), but
        # not one inside a phrase of its own ('including a meeting with A' lists a meeting, not A)
        inner = {x.i for p in h.subtree if p.dep_ in {"prep", "acl", "relcl"} for x in p.subtree}
        out += [m for x in h.subtree if x.i not in inner and (m := people.at(x)) is not None and m not in out]
    return out


def holds_role(role: str, noun: str) -> bool:
    """Whether a person with ``role`` ('Russian Foreign Minister') is one of the people a plural role noun's lemma
    (``noun``: 'minister', 'diplomat') describes: the noun is in the role, or the role is of the noun's class."""
    low = role.lower()
    return noun in low or any(r in low and cls == noun for r, cls in role_words().get("role_classes", {}).items())


def told_together(salience: Salience, people: list[Person]) -> list[Person]:
    """``people``, which a plural description ('the two top diplomats') picked, noted as the story's last group."""
    if len(people) >= 2:
        salience.group = tuple(people)
    return people


def last_two_holders(salience: Salience, lemma: str) -> tuple[Person, ...]:
    """'President Ruiz called the Prime Minister this morning. The two leaders discussed ...': before the story has
    told an event of two people (the call was not read as one), 'the two leaders' are the last two people it
    mentioned who hold such a role (a head of state or government for 'leaders', roles data ``leader_roles``)."""
    if lemma == "leader":
        roles = role_words()["leader_roles"]
        holders = [p for p in salience.recent if p.role and any(r in p.role.lower() for r in roles)]
    else:
        holders = [p for p in salience.recent if p.role and holds_role(p.role, lemma)]
    return tuple(holders[-2:]) if len(holders) >= 2 else ()
