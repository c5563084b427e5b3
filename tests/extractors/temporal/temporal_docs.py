"""Hand-built Docs shared by the tense and property tests (plain module: this test tree has no packages)."""

from __future__ import annotations

from spacy.tokens import Doc


def build(vocab, rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """rows: (word, head index, dep, pos, tag, lemma)."""
    words, heads, deps, pos, tags, lemmas = map(list, zip(*rows, strict=True))
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


PAST_SENT = [  # They met on Tuesday .
    ("They", 1, "nsubj", "PRON", "PRP", "they"), ("met", 1, "ROOT", "VERB", "VBD", "meet"),
    ("on", 1, "prep", "ADP", "IN", "on"), ("Tuesday", 2, "pobj", "PROPN", "NNP", "Tuesday"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
FUTURE_SENT = [  # They will meet on Tuesday .
    ("They", 2, "nsubj", "PRON", "PRP", "they"), ("will", 2, "aux", "AUX", "MD", "will"),
    ("meet", 2, "ROOT", "VERB", "VB", "meet"), ("on", 2, "prep", "ADP", "IN", "on"),
    ("Tuesday", 3, "pobj", "PROPN", "NNP", "Tuesday"), (".", 2, "punct", "PUNCT", ".", "."),
]
PLANNED_CHAIN = [  # They are set to leave on Wednesday and hold talks until Thursday .
    ("They", 2, "nsubjpass", "PRON", "PRP", "they"), ("are", 2, "auxpass", "AUX", "VBP", "be"),
    ("set", 2, "ROOT", "VERB", "VBN", "set"), ("to", 4, "aux", "PART", "TO", "to"),
    ("leave", 2, "xcomp", "VERB", "VB", "leave"), ("on", 4, "prep", "ADP", "IN", "on"),
    ("Wednesday", 5, "pobj", "PROPN", "NNP", "Wednesday"), ("and", 4, "cc", "CCONJ", "CC", "and"),
    ("hold", 4, "conj", "VERB", "VB", "hold"), ("talks", 8, "dobj", "NOUN", "NNS", "talk"),
    ("until", 8, "prep", "ADP", "IN", "until"), ("Thursday", 10, "pobj", "PROPN", "NNP", "Thursday"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
NOMINAL = [  # Tuesday 's meeting was short .
    ("Tuesday", 2, "poss", "PROPN", "NNP", "Tuesday"), ("'s", 0, "case", "PART", "POS", "'s"),
    ("meeting", 3, "nsubj", "NOUN", "NN", "meeting"), ("was", 3, "ROOT", "AUX", "VBD", "be"),
    ("short", 3, "acomp", "ADJ", "JJ", "short"), (".", 3, "punct", "PUNCT", ".", "."),
]
PLANNED_PASSIVE = [  # A hearing has been scheduled for Friday .
    ("A", 1, "det", "DET", "DT", "a"), ("hearing", 4, "nsubjpass", "NOUN", "NN", "hearing"),
    ("has", 4, "aux", "AUX", "VBZ", "have"), ("been", 4, "auxpass", "AUX", "VBN", "be"),
    ("scheduled", 4, "ROOT", "VERB", "VBN", "schedule"), ("for", 4, "prep", "ADP", "IN", "for"),
    ("Friday", 5, "pobj", "PROPN", "NNP", "Friday"), (".", 4, "punct", "PUNCT", ".", "."),
]
PRESENT_PERFECT_UNTIL = [  # Markets have stayed closed until Friday .
    ("Markets", 2, "nsubj", "NOUN", "NNS", "market"), ("have", 2, "aux", "AUX", "VBP", "have"),
    ("stayed", 2, "ROOT", "VERB", "VBN", "stay"), ("closed", 2, "acomp", "ADJ", "JJ", "closed"),
    ("until", 2, "prep", "ADP", "IN", "until"), ("Friday", 4, "pobj", "PROPN", "NNP", "Friday"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
