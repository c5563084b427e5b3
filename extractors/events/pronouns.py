"""Who a pronoun means: the subject before it in its own sentence, the subject of the clause a fronted phrase
opens ('As he headed to Oslo, Weber said ...'), the person just named in its own clause for a possessive, else the
story's last single subject or group (``Salience``); a subject 'they' with no people about is the plural noun
subject before it ('officials ... they will')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..people import Person, role_words
from ..records import Participant
from .phrases import ANTECEDENT_WINDOW, CLAUSE_DEPS, agent_like, expand, group_name, segment_start, subjects_before
from .quotes import quoted_speaker
from .role_holders import titled_antecedent

if TYPE_CHECKING:  # the resolver imports this module
    from .participants import Resolver

_BULLETS = "-–—•*·"


def bare(tok: Token) -> str:
    """The lowered word without a list bullet the tokenizer left glued to it ('--He will leave ...' is 'he')."""
    return tok.lower_.lstrip(_BULLETS) or tok.lower_


def same_sentence_subjects(res: Resolver, tok: Token, before: int) -> list[Person]:
    """The people of the last subject before ``before`` in ``tok``'s sentence segment that names any, by name or by
    a title noun the story resolves ('the chancellor')."""
    for s in subjects_before(tok, before):  # the last subject before ``before`` that names people
        ppl = [m.person for x in expand(s) if (m := res.people.at(x))]
        if not ppl and (p := titled_antecedent(res, s)) is not None:
            ppl = [p]  # "the Patriarch checked in, where he will stay": the title noun's holder is the subject
        if ppl:
            return ppl
    return []


def pronoun(res: Resolver, tok: Token, before: int) -> list[Participant]:
    """A personal pronoun: a subject in its own sentence before it, a subject ahead of the phrase it opens
    (cataphora), else the story's last single subject or group. First persons stay unresolved."""
    words = role_words()
    low = bare(tok)
    local = same_sentence_subjects(res, tok, before)
    if low in words["singular_pronouns"]:
        if low in {"i", "me", "my"}:  # '"I toured Quito in March," Ruiz said': a quotation's speaker
            speaker = quoted_speaker(tok, res.people)
            return [res.participant(speaker, tok.text)] if speaker is not None else []
        fronted, ahead = cataphor(res, tok)
        if not local and not fronted and tok.dep_ == "poss":
            # "Accompanying the President on his visit": a possessive binds to the person just named in its
            # own clause before falling back on the last subject
            local = person_before_in_clause(res, tok)
        p = local[0] if local else (ahead if fronted else res.salience.single)
        if p is not None and (speaker := quoted_speaker(tok, res.people)) is not None and same_bearer(p, speaker):
            p = not_the_speaker(res, speaker)
        return [res.participant(p, tok.text)] if p else []
    if low in words["plural_pronouns"]:
        if low in {"we", "us", "our"}:
            return []
        if len(local) < 2:
            earlier = res.people.in_span(max(segment_start(tok), before - ANTECEDENT_WINDOW), before)
            names = list(dict.fromkeys(m.person for m in earlier))
            if len(names) >= 2 and (local and local[0] in names):
                local = names
        group = tuple(local) if len(local) >= 2 else res.salience.group
        if not group and tok.dep_ in {"nsubj", "nsubjpass"} and (
                body := plural_subject_before(res, tok, before)) is not None:
            return [Participant(body, None, None, tok.text)]  # "FBI officials expect they will ..."
        return [res.participant(p, tok.text) for p in group]
    return []


def not_the_speaker(res: Resolver, speaker: Person) -> Person | None:
    """'"He will travel to Lima in June," Weber said': a third person inside a quotation is someone other than its
    speaker; the person the story mentioned last who is not the speaker."""
    return next((p for p in reversed(res.salience.recent) if not same_bearer(p, speaker)), None)


def same_bearer(a: Person, b: Person) -> bool:
    """Two entries of the cast for one person: the same entry, or names ending in the same word ('Weber' and
    'Hans Weber' when the page never tied the short form to the long one)."""
    return a is b or a.name.split()[-1] == b.name.split()[-1]


def person_before_in_clause(res: Resolver, tok: Token) -> list[Person]:
    """The nearest singular person named or referred to by title earlier in ``tok``'s sentence segment, within
    the same clause (no clause boundary between them)."""
    lo = max(segment_start(tok), tok.i - ANTECEDENT_WINDOW)
    for t in reversed(tok.doc[lo:tok.i]):
        if t.dep_ in CLAUSE_DEPS or t.tag_ in {"NNS", "NNPS"}:
            continue
        if (m := res.people.at(t)) is not None:
            return [m.person]
        if (p := titled_antecedent(res, t)) is not None:
            return [p]
    return []


def cataphor(res: Resolver, tok: Token) -> tuple[bool, Person | None]:
    """'In his radio interview, Weber dismissed ...', 'As he headed to Oslo, Weber said ...': a pronoun in a
    phrase or clause put before the main clause's subject means that subject. Returns (whether the pronoun
    sits in such a phrase, the subject's person if it names one): when the subject is no known person, the
    pronoun stays unresolved rather than falling back to someone from earlier sentences."""
    t = tok
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "advcl":
        t = tok.head  # "As he headed to Laos, ..."
    else:
        while t.dep_ in {"poss", "pobj", "compound", "amod", "nmod", "conj", "appos"} and t.head.i != t.i:
            t = t.head
        if t.dep_ != "prep":
            return False, None
    verb = t.head
    if verb.pos_ not in {"VERB", "AUX"} or t.i > verb.i or verb.i == t.i:
        return False, None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.i < t.i or subj.pos_ == "PRON":
        return False, None
    m = res.people.at(subj)
    return True, (m.person if m is not None else None)


def plural_subject_before(res: Resolver, tok: Token, before: int) -> str | None:
    """The last plural common-noun subject before ``before`` in the sentence ('officials', 'police officers'):
    what a subject 'they' means there when no named people are about. Not for 'their', which usually belongs
    to its own clause's subject ('the IMF and the World Bank held their meetings')."""
    for s in subjects_before(tok, before):
        if s.pos_ == "NOUN" and s.tag_ == "NNS" and agent_like(s) and not s.ent_type_:
            return group_name(s)
    return None
