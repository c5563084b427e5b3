"""Headline-style verbs the parser reads as nouns. "President Lu Wenhai lands in Lima in the afternoon" and "Lu
lands in Oslo to start state visit" tell an arrival in the present tense of a headline or a programme; the parser
often takes the verb for a plural noun ('lands', NNS) with the name as its compound, so no trigger and no subject
is found. The shape is narrow: the sentence's root is that plural noun, a trigger verb read without its '-s', a
person's name right before it as its compound, and a preposition or object after it. Such a token is given back
its verb reading (part of speech, lemma, and the name as its subject) before triggers are read.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .triggers import Lexicon, lexicon

if not Token.has_extension("headline_verb"):
    Token.set_extension("headline_verb", default=False)
_AFTER = frozenset({"in", "at", "to", "for", "from", "with", "into"})  # "lands in", "leaves for", "meets with"


def read_headline_verbs(doc: Doc, lex: Lexicon | None = None) -> list[Token]:
    """Give each headline verb parsed as a noun (see the module docstring) its verb reading in place; returns the
    tokens changed."""
    lex = lex or lexicon()
    verbs = {*lex.travel_verbs, *lex.meeting_verbs}
    out = []
    for t in doc:
        if t.pos_ not in {"NOUN", "PROPN"} or t.tag_ not in {"NNS", "NNPS"} or t.dep_ not in {"ROOT", "nsubj"}:
            continue
        lemma = _verb_lemma(t.lower_, verbs)
        name = next((c for c in t.children if c.dep_ == "compound" and c.i == t.i - 1), None)
        if lemma is None or name is None or name.ent_type_ != "PERSON":
            continue  # "Peace talks in Geneva", "Trade talks ...": no person names the one who acts
        if not any(c.i > t.i and (c.dep_ == "prep" and c.lower_ in _AFTER or c.dep_ == "dobj") for c in t.children):
            continue
        if t.dep_ == "nsubj" and t.left_edge.i != t.sent.start:
            continue  # a headline run into its story ("X lands in London to start ... President X ... arrived")
        t.pos_, t.tag_, t.lemma_ = "VERB", "VBZ", lemma
        name.dep_ = "nsubj"
        t._.headline_verb = True
        out.append(t)
    return out


def is_headline_verb(t: Token) -> bool:
    """Whether ``t`` was given its verb reading here: its present tense is a headline's, news and not a plan."""
    return bool(t.has_extension("headline_verb") and t._.headline_verb)


def _verb_lemma(word: str, verbs: set[str]) -> str | None:
    """The verb a third-person '-s' form is of ('lands' -> 'land', 'reaches' -> 'reach', 'flies' -> 'fly')."""
    if not word.endswith("s"):
        return None
    forms = [word[:-1], word[:-2] if word.endswith("es") else "", word[:-3] + "y" if word.endswith("ies") else ""]
    return next((f for f in forms if f and f in verbs), None)
