"""All of dateline's spaCy factories are registered by importing this one module (spaCy's own layout: one place to
find a name). Each component lives in its own module; this file imports them and lists the pipe order."""

from __future__ import annotations

from .temporal import component as _temporal_component  # noqa: F401  (registers ``dateline_timex``)

PIPE_NAMES: list[str] = ["dateline_timex"]
