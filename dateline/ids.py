"""Deterministic identifiers: the same input always gets the same IDs, so a re-run replaces rows instead of
adding copies."""

from __future__ import annotations

import hashlib


def stable_id(prefix: str, *parts: object, length: int = 16) -> str:
    """``prefix`` + the first ``length`` hex digits of SHA-256 over the parts joined by a unit separator."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:length]}"
