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
PAST_PERFECT_PLAN = [  # She had been scheduled to meet on Tuesday .
    ("She", 3, "nsubjpass", "PRON", "PRP", "she"), ("had", 3, "aux", "AUX", "VBD", "have"),
    ("been", 3, "auxpass", "AUX", "VBN", "be"), ("scheduled", 3, "ROOT", "VERB", "VBN", "schedule"),
    ("to", 5, "aux", "PART", "TO", "to"), ("meet", 3, "xcomp", "VERB", "VB", "meet"),
    ("on", 5, "prep", "ADP", "IN", "on"), ("Tuesday", 6, "pobj", "PROPN", "NNP", "Tuesday"),
    (".", 3, "punct", "PUNCT", ".", "."),
]
PAST_PERFECT = [  # They had met on Tuesday .
    ("They", 2, "nsubj", "PRON", "PRP", "they"), ("had", 2, "aux", "AUX", "VBD", "have"),
    ("met", 2, "ROOT", "VERB", "VBN", "meet"), ("on", 2, "prep", "ADP", "IN", "on"),
    ("Tuesday", 3, "pobj", "PROPN", "NNP", "Tuesday"), (".", 2, "punct", "PUNCT", ".", "."),
]
WHEN_CLAUSE = [  # The highlight is on Monday , when leaders are expected to sign .
    ("The", 1, "det", "DET", "DT", "the"), ("highlight", 2, "nsubj", "NOUN", "NN", "highlight"),
    ("is", 2, "ROOT", "AUX", "VBZ", "be"), ("on", 2, "prep", "ADP", "IN", "on"),
    ("Monday", 3, "pobj", "PROPN", "NNP", "Monday"), (",", 4, "punct", "PUNCT", ",", ","),
    ("when", 9, "advmod", "SCONJ", "WRB", "when"), ("leaders", 9, "nsubjpass", "NOUN", "NNS", "leader"),
    ("are", 9, "auxpass", "AUX", "VBP", "be"), ("expected", 4, "relcl", "VERB", "VBN", "expect"),
    ("to", 11, "aux", "PART", "TO", "to"), ("sign", 9, "xcomp", "VERB", "VB", "sign"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
TIMETABLE_PRESENT = [  # The summit opens on Monday .
    ("The", 1, "det", "DET", "DT", "the"), ("summit", 2, "nsubj", "NOUN", "NN", "summit"),
    ("opens", 2, "ROOT", "VERB", "VBZ", "open"), ("on", 2, "prep", "ADP", "IN", "on"),
    ("Monday", 3, "pobj", "PROPN", "NNP", "Monday"), (".", 2, "punct", "PUNCT", ".", "."),
]
PAST_INFINITIVE = [  # They agreed to sell the plant in April .
    ("They", 1, "nsubj", "PRON", "PRP", "they"), ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
    ("to", 3, "aux", "PART", "TO", "to"), ("sell", 1, "xcomp", "VERB", "VB", "sell"),
    ("the", 5, "det", "DET", "DT", "the"), ("plant", 3, "dobj", "NOUN", "NN", "plant"),
    ("in", 3, "prep", "ADP", "IN", "in"), ("April", 6, "pobj", "PROPN", "NNP", "April"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
PLAN_PARTICIPLE = [  # Envoys prepared for talks set for Friday .
    ("Envoys", 1, "nsubj", "NOUN", "NNS", "envoy"), ("prepared", 1, "ROOT", "VERB", "VBD", "prepare"),
    ("for", 1, "prep", "ADP", "IN", "for"), ("talks", 2, "pobj", "NOUN", "NNS", "talk"),
    ("set", 3, "acl", "VERB", "VBN", "set"), ("for", 4, "prep", "ADP", "IN", "for"),
    ("Friday", 5, "pobj", "PROPN", "NNP", "Friday"), (".", 1, "punct", "PUNCT", ".", "."),
]
PAST_PARTICIPLE = [  # Shares neared a record set on Friday .
    ("Shares", 1, "nsubj", "NOUN", "NNS", "share"), ("neared", 1, "ROOT", "VERB", "VBD", "near"),
    ("a", 3, "det", "DET", "DT", "a"), ("record", 1, "dobj", "NOUN", "NN", "record"),
    ("set", 3, "acl", "VERB", "VBN", "set"), ("on", 4, "prep", "ADP", "IN", "on"),
    ("Friday", 5, "pobj", "PROPN", "NNP", "Friday"), (".", 1, "punct", "PUNCT", ".", "."),
]
APPOINTED_PASSIVE = [  # The final vote is kept for Friday .
    ("The", 2, "det", "DET", "DT", "the"), ("final", 2, "amod", "ADJ", "JJ", "final"),
    ("vote", 4, "nsubjpass", "NOUN", "NN", "vote"), ("is", 4, "auxpass", "AUX", "VBZ", "be"),
    ("kept", 4, "ROOT", "VERB", "VBN", "keep"), ("for", 4, "prep", "ADP", "IN", "for"),
    ("Friday", 5, "pobj", "PROPN", "NNP", "Friday"), (".", 4, "punct", "PUNCT", ".", "."),
]
# The final vote was kept for Friday .  (the same parse, its auxiliary in the past)
APPOINTED_PAST = [*APPOINTED_PASSIVE[:3], ("was", 4, "auxpass", "AUX", "VBD", "be"), *APPOINTED_PASSIVE[4:]]
