"""The shapes of phrases and clauses that resolving who takes part reads: where a sentence's paragraph starts and
ends (a per-Doc index, so that long sentences stay linear), a name with its conjuncts, whether a noun can act
(an agent) or names a group or an unnamed office holder, and the words of a title."""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..people import Person, role_words
from ..records import Participant
from ..tree import children, sent_tokens, sentences, tokens
from .triggers import lexicon

CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "acl", "parataxis", "csubj"}


@dataclass(frozen=True)
class _DocIndex:
    """Per-token sentence/paragraph starts and the subject tokens of a Doc, computed once: asking spaCy for
    ``token.sent`` or scanning a sentence per lookup is quadratic on long sentences."""

    doc: Doc
    seg_start: tuple[int, ...]
    sent_end: tuple[int, ...]
    subjects: tuple[int, ...]


_LOCAL = threading.local()
ANTECEDENT_WINDOW = 80  # tokens looked back within a sentence for an antecedent (keeps run-on sentences linear)


def _index(doc: Doc) -> _DocIndex:
    idx = getattr(_LOCAL, "index", None)
    if idx is not None and idx.doc is doc:
        return idx
    seg = [0] * len(doc)
    end = [0] * len(doc)
    for sent in sentences(doc):
        start = sent.start
        for t in sent_tokens(sent):
            seg[t.i] = start
            end[t.i] = sent.end
            if ("\n" in t.text or "\n" in t.whitespace_) and not _wrapped(doc, t):
                start = t.i + 1
    subjects = tuple(t.i for t in tokens(doc) if t.dep_ in {"nsubj", "nsubjpass"})
    idx = _DocIndex(doc, tuple(seg), tuple(end), subjects)
    _LOCAL.index = idx
    return idx


def _wrapped(doc: Doc, t: Token) -> bool:
    """A single line break inside a running sentence ('declaring himself a pilgrim of peace,\\narrived on ...'):
    hard-wrapped text, where the next line goes on with a lower-case word; a blank line or a capital ends a
    segment."""
    if "\n\n" in t.text + t.whitespace_ or t.i + 1 >= len(doc):
        return False
    nxt = doc[t.i + 1]
    if nxt.is_space and nxt.i + 1 < len(doc):
        if "\n\n" in t.whitespace_ + nxt.text:
            return False
        nxt = doc[nxt.i + 1]
    return nxt.text[:1].islower()


def subjects_before(tok: Token, before: int) -> Iterator[Token]:
    """Subject tokens of ``tok``'s paragraph-in-sentence that come before index ``before``, nearest first, at most
    ``ANTECEDENT_WINDOW`` tokens back (the subject index keeps this a bisection, not a scan)."""
    idx = _index(tok.doc)
    seg = max(idx.seg_start[tok.i], before - ANTECEDENT_WINDOW)
    lo = bisect.bisect_left(idx.subjects, seg)
    hi = bisect.bisect_left(idx.subjects, before)
    for i in reversed(idx.subjects[lo:hi]):
        yield tok.doc[i]


def segment_start(tok: Token) -> int:
    """Index of the first token of ``tok``'s paragraph within its sentence: the parser sometimes runs a sentence
    across a blank line (a caption credit and the next paragraph), and context must not leak across it."""
    return _index(tok.doc).seg_start[tok.i]


def segment_end(tok: Token) -> int:
    """Index just past the last token of ``tok``'s sentence."""
    return _index(tok.doc).sent_end[tok.i]


def expand(tok: Token) -> list[Token]:
    """The token plus its conjuncts and appositions ('Li Wei and Zhang Min'; 'diplomats, Li Wei'), and a pronoun the
    parser made the subject of a name it is coordinated with."""
    out: list[Token] = []
    todo = [tok]
    while todo:
        t = todo.pop(0)
        if t in out:
            continue
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ in {"conj", "appos"})
        # "where he and Hans Weber held talks", parsed with 'he' as the subject of 'Weber': the pronoun is the
        # name's conjunct
        todo.extend(c for c in t.children if c.dep_ == "nsubj" and c.pos_ == "PRON" and c.i < t.i
                    and any(x.dep_ == "cc" for x in c.children))
    return out


_NOT_AGENTS = frozenset({"it", "this", "that", "something", "anything", "nothing", "time", "way", "thing", "things",
                         "year", "years", "day", "days", "need", "needs", "demand", "demands", "target", "targets",
                         "goal", "goals", "deadline", "expectations", "requirements", "standards", "criteria"})


def title_words(t: Token) -> frozenset[frozenset[str]]:
    """The titles a role noun stands for, each as its words: "the pontiff" is the pope; "the envoy" may be the
    special representative the story introduced; "the premier" is a premier or a prime minister; "the Rwandan
    leader" is its president, prime minister, king ..."""
    words = role_words()
    if t.lower_ == "leader":
        return frozenset(frozenset(r.split()) for r in words["leader_roles"])
    # a synonym may be a title of several words ("the premier" is the prime minister): each word must be held
    return frozenset({frozenset({t.lower_}), frozenset(words["title_synonyms"].get(t.lower_, t.lower_).split())})


def holds(p: Person, title: frozenset[frozenset[str]]) -> bool:
    """Whether ``p`` was introduced with one of the titles (every word of it among the words of p's titles)."""
    return any(words <= p.titles for words in title)


def coordinated_name(t: Token) -> str:
    """'unions, bondholders and others' as one group name (without determiners and trailing clauses)."""
    toks = [x for x in t.subtree if (x.i == t.i or x.dep_ not in {"det", "predet", "poss"})
            and x.i >= t.left_edge.i and x.ent_type_ not in {"DATE", "TIME"}
            and not (x.dep_ == "case" and (x.head.i == t.i or x.head.dep_ == "poss" and x.head.head.i == t.i))]
    drop = {y.i for c in t.children if c.dep_ in {"relcl", "acl", "prep"} and c.lower_ != "of" for y in c.subtree}
    text = " ".join(x.text for x in toks if x.i not in drop)
    return text.replace(" ,", ",").strip(" ,")


def agent_like(t: Token) -> bool:
    """Could be someone who travels: not a vehicle, not an abstract 'it'/'demand'."""
    vehicles = role_words()["vehicles"]
    if t.lower_ in _NOT_AGENTS or t.lemma_.lower() in _NOT_AGENTS or t.pos_ == "PRON" or glued_to_a_number(t):
        return False
    return not (t.lemma_.lower() in vehicles or t.lower_ in vehicles or any(
        c.lower_ in vehicles for c in t.children if c.dep_ in {"compound", "amod", "nmod"}))


def unnamed_title(t: Token) -> bool:
    """A singular title with what makes it specific ('the President of South Korea', 'the Japanese prime
    minister'); a bare 'the president' is left to coreference."""
    if t.pos_ not in {"NOUN", "PROPN"} or t.lower_ not in role_words()["head_nouns"] or t.ent_type_ == "PERSON":
        return False
    return any(c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"} or
               c.dep_ == "prep" and c.lower_ == "of" and any(o.ent_type_ in {"GPE", "ORG"} for o in c.subtree)
               for c in t.children)


def ahead_of_subject(phrase: Token) -> bool:
    """Whether the phrase headed by ``phrase`` ('On his trip to Lima, ...') stands before the subject of the verb it
    hangs on: it sets the scene of the clause (its pronoun is the subject's, it is not what the verb asks for)."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and phrase.i < c.i for c in phrase.head.children)


def glued_to_a_number(t: Token) -> bool:
    """'July 24, 2015Air Force One landed': the page's date run into the next word by its markup. A phrase that
    opens with digits glued to letters is page noise, not a group that travels or meets."""
    first = t.doc[t.left_edge.i]
    return first.text[:1].isdigit() and any(ch.isalpha() for ch in first.text)


def group_like(t: Token) -> bool:
    """An organisation, nationality or plural common noun: someone who can meet or move, as a group. Vehicles are
    not travellers."""
    if t.lower_ in _NOT_AGENTS or t.lemma_.lower() in _NOT_AGENTS or t.pos_ == "PRON":
        return False
    vehicles = role_words()["vehicles"]
    if t.lemma_.lower() in vehicles or t.lower_ in vehicles or any(
            c.lower_ in vehicles for c in t.children if c.dep_ in {"compound", "amod", "nmod"}):
        return False
    if glued_to_a_number(t):
        return False
    if t.ent_type_ in {"ORG", "NORP", "PERSON", "GPE"}:
        return True
    # "will be meeting the sultan, with the talks expected to focus on ...": an event is nobody who takes part
    return t.pos_ == "NOUN" and t.tag_ == "NNS" and not t.ent_type_ and t.lemma_.lower() not in lexicon().trigger_lemmas


def clause_tokens(head: Token, exclude: Token | None = None) -> list[Token]:
    """Tokens of ``head``'s clause: its subtree without embedded clauses (and without ``exclude``'s subtree)."""
    out: list[Token] = []
    todo = [head]
    skip = {t.i for t in exclude.subtree} if exclude is not None else set()
    while todo:
        t = todo.pop()
        if t.i in skip:
            continue
        out.append(t)
        # embedded and coordinated clauses ("met X in Lima and met Y in Quito") are not this clause
        todo.extend(c for c in children(t) if c.dep_ not in CLAUSE_DEPS
                    and not (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}))
    return sorted(out, key=lambda t: t.i)


def group_name(tok: Token) -> str:
    toks = clause_tokens(tok)
    drop: set[int] = set()
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ != "of" or c.dep_ in {"relcl", "acl", "appos"}:
            drop |= {x.i for x in c.subtree}
    toks = [t for t in toks if t.i not in drop]
    # "the EU's leaders" keeps its named owner; "their counterparts" drops the pronoun
    owners = {x.i for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN" for x in c.subtree
              if x.dep_ != "det"}
    keep = [t for t in toks if t.i in owners or t.dep_ not in {"det", "poss", "predet", "punct", "cc"} or t.head != tok]
    keep = [t for t in keep if t.i in owners or not (t.i < tok.i and t.dep_ in {"det", "poss"})]
    kept = {k.i for k in keep}
    keep = [t for t in keep if not (t.dep_ == "case" and (t.head.i == tok.i or t.head.i not in owners | kept))]
    text = " ".join(t.text for t in keep if t.dep_ not in {"relcl"})
    return text.replace(" ,", ",").replace(" 's", "'s").replace(" ’s", "’s").strip()


def dedupe(ps: list[Participant]) -> list[Participant]:
    seen: dict[str, Participant] = {}
    for p in ps:
        if p.name not in seen:
            seen[p.name] = p
    return list(seen.values())
