"""Find what in an article is not article text, so event extraction can skip it.

Scraped news carries page furniture: captions printed twice, share/subscribe prompts, "Slideshow ( 5 images )",
embedded tweets (whose dates are the tweet's, not the story's), and sometimes a headline from another story. We
report character ranges with a reason instead of deleting text, so offsets into the article stay valid for every
other extractor. The patterns are data (``events/data/noise.json``); nothing here knows any particular site.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .records import NoiseReport

_DATA = Path(__file__).parent / "events" / "data" / "noise.json"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+")
_STOP_WORDS = (
    "the a an of in on at for to from by with and or but as is are was were be been has have had it its this that "
    "these those his her their our your my not no after before over under into out up down about than then so if "
    "while amid says said say will would can could may might new more most also who what when where why how which "
    "they he she we you i us them him"
)
_STOP = frozenset(_STOP_WORDS.split())


@lru_cache(maxsize=1)
def _patterns() -> dict:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    flags = re.IGNORECASE | re.MULTILINE
    return {
        "line": [re.compile(p, flags) for p in raw["line_patterns"]],
        "inline": [re.compile(p, re.IGNORECASE) for p in raw["inline_patterns"]],
        "post": [re.compile(p) for p in raw["embedded_post_patterns"]],
        "short_words": [w.lower() for w in raw["short_line_words"]],
        "short_max": int(raw["short_line_max"]),
    }


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _norm_line(s: str) -> str:
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(s.split()).lower()  # runs of whitespace as one space, none at the ends (str.split's whitespace
    # is the regex \s of a str pattern: same characters, without a regex per line)


def _content_words(s: str) -> set[str]:
    return {w.lower().replace("’", "'") for w in _WORD.findall(s) if w.lower() not in _STOP and len(w) >= 3}


def _stem(w: str) -> str:
    return w[:5]


def headline_matches_body(title: str | None, body: str) -> bool | None:
    """Whether the title's content words occur in the body (compared on 5-letter prefixes, so 'warns'/'warned'
    agree). None without a title. A headline that shares under a third of its content words with the body belongs to
    another story, as scrapers sometimes pick up the neighbouring teaser."""
    if not title or not title.strip():
        return None
    if any(p.fullmatch(title.strip()) for p in _patterns()["line"]):
        return None  # the "title" is page furniture ("• SHARE"), not a headline
    words = _content_words(title)
    if not words:
        return None
    body_stems = {_stem(w) for w in _content_words(body)}
    shared = sum(_stem(w) in body_stems for w in words)
    return shared / len(words) >= 1 / 3


def find_noise(text: str, title: str | None = None) -> NoiseReport:
    """Character ranges of ``text`` that are not article text, each with a reason, plus ``headline_matches_body``.

    Reasons: ``repeated line`` (second and later copies; the first copy of a caption stays), ``boilerplate`` (share,
    subscribe, gallery prompts), ``embedded post`` (a pasted tweet). Ranges are sorted and do not overlap.
    """
    pats = _patterns()
    ranges: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    lines = _lines(text)
    norms = [_norm_line(text[a:b]) for a, b in lines]
    for k, (start, end) in enumerate(lines):
        line = text[start:end]
        norm = norms[k]
        if not norm:
            continue
        nxt = next((n for n in norms[k + 1:] if n), "")
        if len(norm) >= 30 and nxt != norm and nxt.startswith(norm):
            ranges.append((start, end, "repeated line"))  # a truncated copy of the caption that follows
            continue
        if any(p.search(line) for p in pats["post"]):
            ranges.append((start, end, "embedded post"))
            continue
        if any(p.fullmatch(line.strip()) for p in pats["line"]) or (
            len(norm) <= pats["short_max"] and any(w in norm for w in pats["short_words"])
        ):
            ranges.append((start, end, "boilerplate"))
            continue
        if len(norm) >= 20 and norm in seen:
            ranges.append((start, end, "repeated line"))
            continue
        seen.add(norm)
        for p in pats["inline"]:
            for m in p.finditer(line):
                ranges.append((start + m.start(), start + m.end(), "boilerplate"))
    ranges.sort()
    merged: list[tuple[int, int, str]] = []
    for r in ranges:
        if merged and r[0] < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], r[1]), last[2])
        else:
            merged.append(r)
    body = "\n".join(text[a:b] for (a, b) in _complement(merged, len(text)))
    return NoiseReport(ignored=tuple(merged), headline_matches_body=headline_matches_body(title, body), headline=title)


def _complement(ranges: list[tuple[int, int, str]], n: int) -> list[tuple[int, int]]:
    out, pos = [], 0
    for s, e, _ in ranges:
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < n:
        out.append((pos, n))
    return out


def in_noise(noise: NoiseReport | None, start: int, end: int) -> bool:
    """True when most of ``[start, end)`` lies inside ignored ranges (a sentence straddling a boilerplate tail such
    as '... China.”Slideshow ( 5 images )' is still article text)."""
    if noise is None or end <= start:
        return False
    covered = sum(max(0, min(end, e) - max(start, s)) for s, e, _ in noise.ignored)
    return covered * 2 > (end - start)
