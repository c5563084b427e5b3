"""The ``dateline_timex`` spaCy component: detects temporal expressions into ``doc.spans["dateline_timex"]``.

Detection is anchor-independent (the article date is often only known after the whole text is read); resolution
happens later in :func:`dateline.extractors.temporal.resolve.resolve_timexes`. Rules are compiled once here, so a bad
table stops ``nlp.add_pipe`` instead of a batch.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .detect import detect
from .productions import PRODUCTIONS
from .tables import DATA, load_rules, read_rule_rows

SPANS_KEY = "dateline_timex"


class TimexDetector:
    """Plain class with ordinary keyword arguments (spaCy's SpanRuler layout); the factory only wires it."""

    def __init__(self, nlp: Language | None = None, name: str = "dateline_timex", *, spans_key: str = SPANS_KEY,
                 use_entities: bool = True, rules_path: str | None = None) -> None:
        self.name = name
        self.spans_key = spans_key
        self.use_entities = use_entities
        self.rules = load_rules(read_rule_rows(Path(rules_path) if rules_path else DATA / "rules.jsonl"),
                                PRODUCTIONS)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = detect(doc, self.rules, self.use_entities)
        return doc


@Language.factory(
    "dateline_timex",
    default_config={"spans_key": SPANS_KEY, "use_entities": True, "rules_path": None},
    assigns=["doc.spans"],
    requires=["token.dep", "token.tag"],
)
def make_dateline_timex(nlp: Language, name: str, spans_key: str, use_entities: bool,
                        rules_path: str | None) -> TimexDetector:
    return TimexDetector(nlp, name, spans_key=spans_key, use_entities=use_entities, rules_path=rules_path)
