"""Who a trigger's clause puts in an event, below the level of names: nouns for people ('officials', 'the
wounded'), the sides of a dash-joined event noun ('the Weber-Ruiz summit'), the recipients of what a verb gives, and
the people a phrase names outside prepositions that only give context ('under X', 'about X')."""

from __future__ import annotations

from spacy.tokens import Token

from ..people import role_words
from ..places import gazetteer
from ..records import Participant
from .candidate import merge_people
from .participants import Resolver
from .phrases import ahead_of_subject, clause_tokens
from .triggers import Lexicon


def human_noun(t: Token) -> bool:
    """Plural or a person noun ('woman', 'official'): someone who can go to a described place; 'bad news coming
    from several areas' is not."""
    words = role_words()
    return t.tag_ in {"NNS", "NNPS"} or t.lemma_.lower() in words["group_nouns"] or t.lemma_.lower() in words[
        "head_nouns"]


def counted(t: Token) -> Token:
    """'three to four of his countrymen', 'dozens of the wounded': the counted noun, not the number."""
    if t.pos_ == "NUM" or t.lower_ in {"dozens", "hundreds", "thousands", "some", "many", "most", "all"}:
        for pp in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
            for o in (c for c in pp.children if c.dep_ == "pobj"):
                return o
    return t


def person_noun(t: Token) -> bool:
    """A noun for people ('officials', 'refugees', 'the delegation'), unlike 'purchases' or 'fire'."""
    words = role_words()
    lem = t.lemma_.lower()
    return lem in words["group_nouns"] or lem in words["head_nouns"] or lem in words.get("body_nouns", ())


def nominal_adjectives(t: Token) -> list[Participant]:
    """'the sick and wounded', 'the injured': adjectives used as nouns for people, as the object of a transport verb
    (the parse gives them as ADJ objects or complements)."""
    if not (t.pos_ == "ADJ" or t.tag_ == "VBN"):
        return []
    words = [t] + [x for x in t.children if x.dep_ in {"cc", "conj"}]
    # "evacuate sick and wounded": the parse may hang 'and wounded' on the verb, right after the adjective
    nxt = t.i + 1
    while nxt < len(t.doc) and t.doc[nxt].head.i == t.head.i and t.doc[nxt].dep_ in {"cc", "conj"} and (
            t.doc[nxt].dep_ == "cc" or t.doc[nxt].pos_ == "ADJ" or t.doc[nxt].tag_ == "VBN"):
        words.append(t.doc[nxt])
        nxt += 1
    name = " ".join(x.text for x in sorted(words, key=lambda x: x.i))
    return [Participant(name, None, None, name)]


def subject_token(verb: Token) -> Token | None:
    """The subject of ``verb``, through control ('Ecuador decided to grant ...', 'will continue to provide ...')."""
    t = verb
    for _ in range(4):
        s = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if s is not None or t.dep_ not in {"xcomp", "conj"} or t.head == t:
            return s
        t = t.head
    return None


def recipients(res: Resolver, verb: Token) -> list[Participant]:
    """Who receives what ``verb`` gives: the indirect object ('granted Ruiz asylum'), a 'to' object ('provide
    asylum to X') or, in the passive, the subject ('X was granted asylum')."""
    out: list[Participant] = []
    for c in verb.children:
        if c.dep_ in {"dative", "nsubjpass"} and c.pos_ != "ADP" or (c.dep_ == "dobj" and c.pos_ == "PROPN"):
            out += res.resolve(c, loose=True)
        elif c.dep_ in {"prep", "dative"} and c.lower_ == "to":
            out += [q for o in c.children if o.dep_ == "pobj" for q in res.resolve(o, loose=True)]
    return out


_SIDE_JOINERS = {"-", "–", "—", "/"}


def compound_parties(res: Resolver, n: Token) -> list[Participant]:
    """'the Weber-Ruiz summit', 'US-China talks', 'the first Ruiz - Weber debate': two or more proper-noun modifiers
    of an event noun are its sides, when every one of them is a person of the article or a country. Any other
    modifier ('the Camp David summit', 'the G20 summit') makes it a named event, not a list of sides."""
    mods = [c for c in n.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"]
    span = sorted({x for c in mods for x in c.subtree}, key=lambda x: x.i)
    # only a dash-joined list of names: "Former President Hans Weber talks ..." is one person's title
    if not span or not any(x.text in _SIDE_JOINERS for x in span) or any(
            x.pos_ != "PROPN" and x.text not in _SIDE_JOINERS for x in span):
        return []
    toks = [x for x in span if x.pos_ == "PROPN"]
    if len(toks) < 2:
        return []
    gz = gazetteer()
    out: list[Participant] = []
    unknown: list[Token] = []  # a capitalised name the model left untagged ('the Ruiz-Weber debate')
    for x in toks:
        m = res.people.at(x)
        known = res.people.people.get(res.people.canonical(x.text))
        if m is not None:
            out.append(res.participant(m.person, m.text))
        elif known is not None:
            out.append(res.participant(known, x.text))
        elif (info := gz.lookup(x.text)) is not None and info.kind == "country":
            out.append(Participant(info.name, None, info.country_code, x.text))
        elif x.ent_type_ in {"", "PERSON"} and x.text[:1].isupper() and info is None:
            unknown.append(x)
        else:
            return []
    if unknown and any(p.name in res.people.people for p in out):  # beside a known person: another person
        out += [Participant(x.text, None, None, x.text) for x in unknown]
    elif unknown:
        return []
    out = merge_people(out)
    return out if len(out) >= 2 else []


def is_definite(tok: Token) -> bool:
    """'the meeting', 'Tuesday's meeting', 'this summit': refers to an event the reader already knows. A named event
    ('the G20 summit', 'the Camp David summit') is not a reference back to the people just mentioned."""
    if any(c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ in {"the", "this", "that"}:
            return True
        if c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"}:
            return True
    return False


_NOT_PARTY_PREPS = {"under", "since", "during", "after", "before", "about", "against", "over", "by", "like", "than",
                    "for", "in", "from", "at", "into", "despite", "without"}


def _not_party(t: Token, stop: Token) -> bool:
    """A person named inside 'under X', 'about X', ... is context, not a participant."""
    for a in t.ancestors:
        if a.i == stop.i:
            return False
        if a.dep_ == "prep" and a.lower_ in _NOT_PARTY_PREPS:
            return True
    return False


def capitalised_title(t: Token) -> bool:
    """'with the President of Peru, Mr. Soto', 'the Chancellor and her aides': a title the tagger read as a proper
    noun because it is capitalised is still a title noun, which the story's role map resolves like 'the minister'."""
    return t.pos_ == "PROPN" and t.lower_ in role_words()["head_nouns"]


def subtree_participants(res: Resolver, toks: list[Token], root: Token | None = None) -> list[Participant]:
    """Persons and group descriptions among ``toks`` (a noun phrase or clause without embedded clauses)."""
    if root is not None:
        toks = [t for t in toks if not _not_party(t, root)]
    out = res.persons_in(toks)
    seen = {p.name for p in out}
    for t in toks:
        if res.people.at(t):
            continue
        if (t.pos_ in {"NOUN", "PRON"} or capitalised_title(t)) and (
                t.dep_ in {"pobj", "dobj", "poss", "nsubj", "appos", "conj", "agent"}):
            for p in res.resolve(t):
                if p.name not in seen:
                    out.append(p)
                    seen.add(p.name)
    return out


def meal_guests(res: Resolver, lex: Lexicon, n: Token) -> list[Participant]:
    """'a dinner for X', 'a lunch in honour of X', 'hosted X for dinner': the guest of a meal (``meal_nouns``) is
    its other side."""
    if n.lemma_.lower() not in lex.meal_nouns:
        return []
    objs = [o for c in n.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"]
    objs += [o2 for c in n.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
             if o.dep_ == "pobj" and o.lemma_.lower() in {"honour", "honor"} for pp in o.children
             if pp.dep_ == "prep" and pp.lower_ == "of" for o2 in pp.children if o2.dep_ == "pobj"]
    if n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_.lower() in lex.support_verbs:
        objs += [o for o in n.head.head.children if o.dep_ == "dobj"]  # "hosted X for dinner"
    return [p for o in objs for p in res.resolve(o) if res.people.people.get(p.name)]



def welcomed(res: Resolver, t: Token, poss: Token) -> list[Participant]:
    """'X greeted Y on his arrival', 'received her upon their arrival': the one welcomed is who arrives. Not when
    the phrase opens the clause ahead of its subject: 'On his trip to Lima, X met Y' is X's trip."""
    prep = t.head
    if poss.pos_ != "PRON" or t.dep_ != "pobj" or prep.lower_ not in {"on", "upon"}:
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"greet", "welcome", "receive", "meet"}:
        return []
    if ahead_of_subject(prep):
        return []  # a fronted phrase: its pronoun is the subject's (the resolver's cataphora)
    return [p for c in verb.children if c.dep_ == "dobj" for p in res.resolve(c)]



def spoke_with_person(res: Resolver, v: Token) -> bool:
    """'spoke with President Ruiz', 'spoke to her': a conversation with a named person (or one the story
    names), which is talks even with no medium given."""
    objs = [o for c in v.children if c.dep_ == "prep" and c.lower_ in {"with", "to"}
            for o in c.children if o.dep_ == "pobj"]
    return any(res.people.people.get(p.name) for o in objs for p in res.resolve(o))



def conversation_parties(res: Resolver, verb: Token) -> list[Participant]:
    """'X invited Y to visit during a phone call', 'in a call, X told Y': what a verb tells of happening in a
    call happened between its subject and the one it was said, shown or done to. A controlled verb ('to visit')
    hands over to the verb controlling it, whose subject is the caller."""
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and chain[-1].head.pos_ in {"VERB", "AUX"}:
        chain.append(chain[-1].head)
    out: list[Participant] = []
    for v in chain:
        out = merge_people(out, res.subject_of(v))
        # its objects, and 'with X' or 'to X' anywhere in its clause ("shared concerns about the trip with X")
        heard = [c for c in v.children if c.dep_ in {"dobj", "dative"}] + [
            o for c in clause_tokens(v) if c.dep_ == "prep" and c.lower_ in {"with", "to"}
            for o in c.children if o.dep_ == "pobj"]
        out = merge_people(out, [p for o in heard for p in res.resolve(o) if res.people.people.get(p.name)])
    return out


def implicit_side(res: Resolver, n: Token, parts: list[Participant]) -> list[Participant]:
    """'One major bilateral meeting was with Prime Minister Bo Lind', 'a meeting with the king is planned': a
    meeting word that names only the side it was held with (a 'with' object, of the noun or of the copula it is the
    subject of) and nobody holding it was held by the story's protagonist. Empty when that side is the protagonist,
    when the noun has an owner ('her meeting with X' already names both) or when more than one side is named."""
    p = res.protagonist
    known = [q for q in parts if q.name in res.people.people]
    if p is None or len(parts) != 1 or len(known) != 1 or known[0].name == p.name:
        return []
    if any(c.dep_ == "poss" for c in n.children):
        return []
    subj = next((c for c in n.head.children if c.dep_ == "nsubj"), None) if n.dep_ == "dobj" else None
    if subj is not None and subj.pos_ in {"NOUN", "PROPN"} and not res.resolve(subj):
        return []  # "The Peruvian envoy held talks with X": someone the story does not name held them
    holders = [n] + ([n.head] if n.dep_ in {"nsubj", "nsubjpass"} and n.head.lemma_ == "be" else [])
    withs = [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
             for o in c.children if o.dep_ == "pobj"]
    if not any(q.name == known[0].name for o in withs for q in res.resolve(o)):
        return []
    return [res.participant(p, None)]
