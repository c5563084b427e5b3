"""All of dateline's spaCy components are registered by importing this one module (spaCy's own layout: one place to
find a name). Each component lives in its own module; this file imports them and says where each goes."""

from __future__ import annotations

from . import paragraphs as _paragraphs  # noqa: F401  (registers ``dateline_paragraphs``)
from .temporal import component as _temporal_component  # noqa: F401  (registers ``dateline_timex``)

# (name, the pipe it must precede or None for the end): paragraph breaks must be set before the parser runs.
PIPES: list[tuple[str, str | None]] = [("dateline_paragraphs", "parser"), ("dateline_timex", None)]
