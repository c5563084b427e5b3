"""All of dateline's spaCy factories are registered by importing this one module (spaCy's own layout: one place to
find a name). Each component lives in its own module; this file only imports them and lists the pipe order."""

from __future__ import annotations

PIPE_NAMES: list[str] = []

try:  # the temporal detector registers ``dateline_timex``
    from .temporal import component as _temporal_component  # noqa: F401

    PIPE_NAMES.append("dateline_timex")
except ImportError:  # pragma: no cover - only while the component is being written
    pass
