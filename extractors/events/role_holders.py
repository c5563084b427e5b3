"""Who a title noun means ('the chancellor', 'the UN envoy', 'the mayor of Lyon Raymond Barre'): the story's map from
role to person. A definite singular title names the person last mentioned who holds it, else the one holder of it
in the whole story (of the country the phrase names), else the protagonist when the story opens on their role and
names them later; a title phrase that ends in a name or runs into one is that name's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..people import Person, PersonMention, demonym_country, role_words
from ..places import gazetteer
from ..tree import entity_at
from .phrases import holds, title_words

if TYPE_CHECKING:  # the resolver imports this module
    from .participants import Resolver


def holds_office(p: Person, title: frozenset[frozenset[str]]) -> bool:
    """``holds`` for a bare title noun: 'the president' is the president, not the vice president the story names
    beside them. A holder whose title carries a rank word (roles data ``rank_words``: 'vice', 'deputy') that the
    title noun's own words lack holds another office."""
    ranks = role_words()["rank_words"] & p.titles
    return holds(p, title) and any(ranks <= words for words in title if words <= p.titles)


def office_words(t: Token) -> frozenset[frozenset[str]]:
    """``title_words`` with the rank words the noun itself carries ('the vice president', 'the deputy minister')."""
    ranks = frozenset(c.lower_ for c in t.children if c.dep_ in {"amod", "compound"}
                      and c.lower_ in role_words()["rank_words"])
    return frozenset(words | ranks for words in title_words(t))


_COURTESY = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"}) | role_words()["honorifics"]


def named_last(res: Resolver, title: Token) -> PersonMention | None:
    """'the mayor of Lyon Raymond Barre': a title phrase that ends in a name (after its 'of' place) is that
    person's."""
    last = title.right_edge
    if last.i == title.i or not any(t.dep_ == "prep" and t.lower_ == "of" for t in title.children):
        return None
    return res.people.at(last)


def named_right_after(res: Resolver, title: Token) -> PersonMention | None:
    """'his Peruvian counterpart, Ana Ruiz', 'President of the Republic Hans Weber': the name right after
    a title's phrase (a comma between at most), which the parser hung elsewhere, is its holder."""
    doc, j = title.doc, title.right_edge.i + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    while j < len(doc) and doc[j].lower_ in _COURTESY:
        j += 1  # "the President of Peru, Mr. Luis Soto": the courtesy title is no part of the name
    if j >= len(doc) or (m := res.people.at(doc[j])) is None or doc[j].ent_iob_ != "B":
        return None
    return None if any(a.i == title.i for a in doc[j].ancestors) else m


def titled_antecedent(res: Resolver, t: Token) -> Person | None:
    """'the chancellor', 'the minister': a singular definite title noun with nothing that makes it another
    person (no name, no 'of X', no nationality) means the person last mentioned who holds that title."""
    words = role_words()
    if t.pos_ not in {"NOUN", "PROPN"} or t.tag_ not in {"NN", "NNP"} or t.lower_ not in words["head_nouns"]:
        return None
    kids = list(t.children)
    if (country := _country_possessor(t)) is not None:  # "Bhutan's king and queen": that country's holders
        held = [p for p in res.people.people.values() if p.country_code == country
                and holds_office(p, office_words(t))]
        return held[0] if len(held) == 1 else None
    bare_title = t.tag_ == "NNP" and t.dep_ in {"nsubj", "nsubjpass"}  # "Qatari Amir will depart"
    title = office_words(t)
    if not bare_title and not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in kids):
        # "the king and queen": a bare title sharing its partner's determiner means the partner's consort, and
        # nobody else ("Their Majesties the Emperor and Empress" names no one the story told)
        return _partners_consort(res, t, title) if _shares_determiner(t) else None
    if (consort := _partners_consort(res, t, title)) is not None:
        return consort
    if any(c.dep_ in {"prep", "appos", "poss", "acl", "relcl"} or c.dep_ in {"compound", "amod"} and (
            c.lower_ not in words["modifiers"] or c.ent_type_ == "ORDINAL") for c in kids):
        # "the President of South Korea", "the Japanese minister": someone new, unless the story has exactly
        # one holder of that title, of that country ("the UN envoy for Syria" in a story about one envoy)
        return sole_holder(res, t, title) or introduced_by_role(res, t)
    if t.text[:1].isupper() and res.protagonist is not None and holds_office(res.protagonist, title):
        # "The President will meet ...": a capitalised bare title names the office holder the story is about,
        # even just after another holder of that title was mentioned
        return res.protagonist
    for p in reversed(res.salience.recent):
        if holds_office(p, title):
            return p
    return sole_holder(res, t, title) or introduced_by_role(res, t)


def introduced_by_role(res: Resolver, t: Token) -> Person | None:
    """'The UN envoy held talks on Sunday ... diplomat Ann Lee told reporters': a story that opens on a role
    and names its protagonist only later means the protagonist, when nothing else in the story holds that
    role and the role's country is not another's."""
    p = res.protagonist
    if p is None or t.i >= res.protagonist_first or t.tag_ not in {"NN", "NNP"}:
        return None
    if any(c.dep_ in {"poss", "appos", "relcl"} or c.ent_type_ == "ORDINAL" for c in t.children):
        return None
    # only a country before the title says whose it is ("the U.S. envoy"); "the envoy for Syria" is posted there
    countries = {cc for ent in t.doc.ents if ent.label_ in {"GPE", "NORP"} and t.left_edge.i <= ent.start
                 and ent.end <= t.i and (cc := gazetteer().country_code(ent.text) or demonym_country(ent.root))}
    if countries and p.country_code is not None and p.country_code not in countries:
        return None
    return p


def sole_holder(res: Resolver, t: Token, title: frozenset[frozenset[str]]) -> Person | None:
    """The one person of the whole story who holds ``title`` (and, when the phrase names a country, of that
    country): the story's map from role to person, which also reads forward ('The envoy held talks on
    Sunday ... Envoy Ann Lee arrived on Saturday')."""
    if any(c.dep_ in {"appos", "poss", "acl", "relcl"} or c.ent_type_ == "ORDINAL" for c in t.children):
        return None
    lo, hi = t.left_edge.i, t.right_edge.i + 1
    countries = {cc for c in t.subtree if c.i != t.i and (cc := demonym_country(c))}
    countries |= {cc for ent in t.doc.ents if ent.label_ == "GPE" and lo <= ent.start and ent.end <= hi
                  and (cc := gazetteer().country_code(ent.text))}
    if any(ent.label_ in {"GPE", "NORP"} and lo <= ent.start and ent.end <= hi for ent in t.doc.ents) \
            and not countries:
        return None  # "the President of Ruritania": a country the gazetteer cannot check
    holders = [p for p in res.people.people.values() if holds_office(p, title)
               and (not countries or p.country_code in countries)]
    if len(holders) > 1 and res.protagonist is not None and res.protagonist in holders:
        return res.protagonist  # "the president" in a story about one president's tour
    return holders[0] if len(holders) == 1 else None


def _country_possessor(t: Token) -> str | None:
    """The country a title's possessor names ('Peru's president', and its conjunct 'Peru's king and queen'): such
    a title is that country's office, as 'the president of Peru' is."""
    poss = next((c for c in t.children if c.dep_ == "poss"), None)
    if poss is None and t.dep_ == "conj" and not any(c.dep_ in {"det", "poss"} for c in t.children):
        poss = next((c for c in t.head.children if c.dep_ == "poss"), None)
    if poss is None or poss.ent_type_ != "GPE":
        return None
    ent = entity_at(poss)
    if ent is None:
        return None
    # the model often takes the possessive ending into the entity ("Peru's"): the country is the name without it
    return gazetteer().country_code(_doc_text(x for x in ent if x.tag_ != "POS" and x.dep_ != "case"))


def _doc_text(toks) -> str:
    """The words of ``toks`` as the text writes them (a space where the text has one)."""
    return "".join(x.text_with_ws for x in toks).strip()


def _shares_determiner(t: Token) -> bool:
    """'the king and queen': a bare title coordinated with a definite one shares its determiner. Not one with words
    of its own ('the First Vice President and Federal Prime Minister, Ann Lee'): that is one person's second
    office, or someone the phrase goes on to name."""
    return t.dep_ == "conj" and all(c.dep_ in {"cc", "conj", "punct"} for c in t.children) and t.head.pos_ in {
        "NOUN", "PROPN"} and any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in t.head.children)


def _partners_consort(res: Resolver, t: Token, title: frozenset[frozenset[str]]) -> Person | None:
    """'the king and queen', 'the prince and duchess': titles coordinated with each other name a couple the story
    told, when it told one whose members hold them, whoever else of that title it names since (a queen of old in
    the background)."""
    others = [c for c in t.children if c.dep_ == "conj"] + ([t.head] if t.dep_ == "conj" else [])
    others = [x for x in others if x.i != t.i and x.lower_ in role_words()["head_nouns"]]
    if not others:
        return None
    for a, b in res.couples:
        for me, partner in ((a, b), (b, a)):
            if holds_office(me, title) and any(holds_office(partner, office_words(x)) for x in others):
                return me
    return None
