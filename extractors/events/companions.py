"""Companions named by their relation to the traveller ('the president and first lady', 'his wife', 'the couple')
or by an office alone beside a named person ('President Ruiz and the Foreign Minister of Peru arrived').

News introduces a leader's spouse once by name ('President Ruiz and his wife, Ann Lee', 'first lady Ann Lee') and
then calls them 'the first lady' or 'his wife'; a couple named together is then 'the couple'. Left unresolved, the
spouse drops out of every event the two attend together, and 'the couple' becomes a nameless group. The words are
data (roles ``spouse_nouns``, ``pair_nouns``). A title coordinated with a named person is a second person even
when the story never names them: dropping it leaves the traveller alone in events they shared."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..people import Person, role_words
from ..records import Participant
from .phrases import coordinated_name, unnamed_title

if TYPE_CHECKING:  # the resolver imports this module
    from .participants import Resolver

_FIRST_ONLY = frozenset({"lady", "gentleman"})  # 'the first lady'; a bare 'lady' is anybody


def is_spouse_noun(t: Token) -> bool:
    """'wife', 'husband', 'spouse', 'first lady', 'First Gentleman'."""
    lemma = t.lemma_.lower()
    if lemma not in role_words()["spouse_nouns"]:
        return False
    return lemma not in _FIRST_ONLY or any(c.lower_ == "first" for c in t.children) or (
        t.i > 0 and t.doc[t.i - 1].lower_ == "first")


def named_spouse(res: Resolver, t: Token) -> Person | None:
    """The person a spouse noun introduces: 'first lady Ann Lee' (the noun qualifies the name), 'his wife, Ann
    Lee' or 'his wife Ann Lee' (the name in apposition or right after, a comma between at most)."""
    people = res.people
    if t.dep_ in {"compound", "appos"} and (m := people.at(t.head)) is not None:
        return m.person
    for c in t.children:
        if c.dep_ in {"appos", "compound"} and c.i > t.i and (m := people.at(c)) is not None:
            return m.person
    doc, j = t.doc, t.i + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j < len(doc) and (m := people.at(doc[j])) is not None and m.start == j:
        return m.person
    return None


def introduced_spouse(res: Resolver, t: Token) -> Person | None:
    """An unnamed spouse noun ('the first lady', 'his wife') means the one spouse the story introduced by name,
    when it introduced exactly one; none when the noun names someone itself or the story knows several."""
    if not is_spouse_noun(t) or named_spouse(res, t) is not None:
        return None
    if any(c.dep_ in {"poss", "compound", "amod"} and c.lower_ != "first" and (
            c.pos_ == "PROPN" or c.ent_type_ in {"GPE", "NORP"}) for c in t.children):
        return None  # "Chancellor Weber's wife", "Peru's first lady": someone else's spouse
    named = {p for x in t.doc if x.i != t.i and is_spouse_noun(x) and (p := named_spouse(res, x)) is not None}
    return next(iter(named)) if len(named) == 1 else None


def couple(res: Resolver, t: Token) -> tuple[Person, ...]:
    """'The couple will travel to Cusco', 'the royal couple arrived', 'the royals will visit Cusco', 'a guard of
    honour greeted the couple': the story's married couple when it told one (a traveller and the spouse with them,
    ``party``), else, as a subject, the two people last named together as a subject. Nobody else: the last two
    people the story's events were about may be a host and a guest, and as an object ('a guard of honour will greet
    the pair') without a married couple it is a ceremony's audience. Empty for 'a couple of days'."""
    words = role_words()
    married = t.lemma_.lower() == "couple" and t.tag_ == "NN" or t.lower_ in words["couple_plurals"]
    if not married and (t.lemma_.lower() not in words["pair_nouns"] or t.tag_ != "NN"):
        return ()
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return ()
    if not any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "their"} for c in t.children):
        return ()
    if married and len(res.couples) == 1:  # 'the pair' may be a host and a guest
        return res.couples[0]
    if t.dep_ not in {"nsubj", "nsubjpass"}:
        return ()
    group = res.salience.group
    return group if len(group) == 2 else ()


def spouse_titled(res: Resolver, t: Token) -> bool:
    """The person named at ``t`` is called by a spouse noun of their own: 'Queen Consort Mira', 'first lady Mira
    Holt', 'Mira, the queen consort', 'Mira Holt, his wife'; not 'Mira Holt, Weber's wife' (whose spouse is
    Weber, not the person beside her)."""
    m = res.people.at(t)
    if m is None:
        return False
    doc = t.doc
    span = list(doc[m.start:m.end])
    left = [doc[i] for i in range(max(0, m.start - 3), m.start)]
    near = [*span, *left, *(c for x in span for c in x.children if c.dep_ == "appos")]
    for x in near:
        if x.i >= m.start - 3 and is_spouse_noun(x) and not any(
                c.dep_ == "poss" and c.pos_ != "PRON" for c in x.children):
            if x in left and any(y.pos_ in {"VERB", "AUX", "CCONJ", "ADP"} or y.is_punct for y in left
                                 if y.i > x.i):
                continue  # "met with the wife and Mira": not a title of the name
            return True
    return False


def titled_companion(res: Resolver, tok: Token, t: Token) -> Participant | None:
    """'President Ruiz and the Duchess of Kent arrived', 'met Ann Lee and the Foreign Minister of Peru': a title
    with what makes it specific (a country or 'of' place), coordinated with a person the phrase resolved to (named
    or by title), is someone beside them, named by the title, when the story names nobody who holds it (the caller
    has tried)."""
    if t is tok or t.dep_ != "conj" or not (unnamed_title(t) or _title_of_a_proper_name(t)):
        return None
    if any(res.people.at(x) for x in t.subtree) or _name_follows(res, t) or _appositive_title(res, t):
        return None
    name = coordinated_name(t)
    return Participant(name, name, None, name)


def _title_of_a_proper_name(t: Token) -> bool:
    """'the Duchess of Kent', 'the Mayor of Springfield': a title whose 'of' names a proper noun the tagger left
    without an entity type."""
    if t.pos_ not in {"NOUN", "PROPN"} or t.lower_ not in role_words()["head_nouns"] or t.ent_type_ == "PERSON":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PROPN"
                                                             for o in c.children) for c in t.children)


def _name_follows(res: Resolver, t: Token, reach: int = 4) -> bool:
    """'Peruvian Ambassador to Chile Ann Lee', 'the Duchess of Kent, Ann Lee': a name within a few words after the
    title (before a verb or the next coordination) is its holder, however the parser hung the words between."""
    doc = t.doc
    for x in doc[t.right_edge.i + 1:min(len(doc), t.right_edge.i + 1 + reach)]:
        if res.people.at(x) is not None:
            return True
        if x.pos_ in {"VERB", "AUX", "CCONJ"} or x.is_punct and x.text != ",":
            return False
    return False


def _appositive_title(res: Resolver, t: Token) -> bool:
    """'Ann Lee, Chairman and CEO of Acme Corp, is meeting ...': a bare title (no determiner) right after a named
    person and a comma, with no 'and' between them, is that person's title in apposition, which the parser may give
    as a conjunct; a second person comes with a determiner or a conjunction ('Ann Lee and the Mayor of Lyon')."""
    head = t.head
    if res.people.at(head) is None or head.i > t.i or any(c.dep_ == "det" for c in t.children):
        return False
    if any(c.dep_ == "cc" and head.i < c.i < t.i for c in head.children):
        return False
    return t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","
