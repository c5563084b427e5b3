"""Read temporal gold annotation: TimeML ``.tml`` (TempEval-3 style) and MEANTIME CAT XML.

Both readers produce the same :class:`GoldDocument`: plain text, the document creation time (DCT), gold TIMEX3s
with character offsets into that text, and the part of the text that was annotated. Systems are run on exactly
this text, so gold and predicted offsets share one coordinate system and no token alignment is needed.

MEANTIME follows the protocol in ``shared/data/SOURCES.md``: only the title, the dateline and the first four body
sentences are annotated (``scored_until``), the DCT timex (on the dateline) is not gold and predictions on the
dateline are ignored (``ignored_spans``), timexes without token anchors are dropped. Quirks are fixed here, once,
and reported in ``notes`` so the evaluation output can say what was done.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

#: MEANTIME sentence numbers: 0 = title, 1 = dateline, 2.. = body. Sentences <= 5 are annotated.
TITLE_SENTENCE = 0
DATELINE_SENTENCE = 1
LAST_ANNOTATED_SENTENCE = 5

#: DCT values written day-first in MEANTIME (document 120578: ``03-02-2009`` is 2009-02-03).
_DAY_FIRST = re.compile(r"^(\d{2})-(\d{2})-(\d{4})$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")

_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "...", "'s", "'", "n't", "'re", "'ve", "'ll",
                    "'d", "'m", "”", "’"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "CA$", "AU$", "#", "£", "€", "“", "‘"}
_QUOTE_TOKENS = {"``": '"', "''": '"', "&quot;": '"', '"': '"', "`": "'"}


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX3: ``[start, end)`` character offsets into :attr:`GoldDocument.text`."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    tid: str = ""


@dataclass(frozen=True)
class PredTimex:
    """One system prediction, in the same coordinates as the gold: ``[start, end)`` into the document text."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    rule: str | None = None  # the detection rule that produced it (dateline only): per-rule counts, never scoring


@dataclass(frozen=True)
class DocInput:
    """What a system sees of a document: never the gold."""

    doc_id: str
    text: str
    dct: date


@dataclass(frozen=True)
class GoldDocument:
    """A document ready for scoring.

    ``scored_until``: predictions starting at or after this offset are not scored (outside the annotated part).
    ``ignored_spans``: predictions overlapping these ranges are dropped (the dateline carrying the DCT).
    """

    doc_id: str
    text: str
    dct: date
    timexes: tuple[GoldTimex, ...]
    scored_until: int
    ignored_spans: tuple[tuple[int, int], ...] = ()
    source: str = ""
    notes: tuple[str, ...] = ()

    def as_input(self) -> DocInput:
        return DocInput(self.doc_id, self.text, self.dct)


def parse_dct(value: str) -> date:
    """Parse a DCT value to a date: ISO ``YYYY-MM-DD[...]`` or MEANTIME's day-first ``DD-MM-YYYY``."""
    m = _ISO_DAY.match(value)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    m = _DAY_FIRST.match(value)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1]))
    raise ValueError(f"unreadable DCT value {value!r}")


# --------------------------------------------------------------------------------------------- TimeML (.tml)


def read_tml(path: Path | str) -> GoldDocument:
    """Read a TempEval-3 style TimeML file. The text is the content of ``<TEXT>`` with all tags removed.

    The DCT is the ``<DCT>`` TIMEX3 (or any TIMEX3 with ``functionInDocument="CREATION_TIME"``); it is not gold.
    The whole text is annotated, so ``scored_until`` is its length.
    """
    path = Path(path)
    root = ET.parse(path).getroot()
    dct_el = root.find("./DCT/TIMEX3")
    if dct_el is None:
        dct_el = next((el for el in root.iter("TIMEX3") if el.get("functionInDocument") == "CREATION_TIME"), None)
    if dct_el is None:
        raise ValueError(f"{path}: no DCT TIMEX3")
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no <TEXT> element")

    parts: list[str] = []
    timexes: list[GoldTimex] = []
    offset = 0

    def walk(el: ET.Element) -> None:
        nonlocal offset
        start = offset
        if el.text:
            parts.append(el.text)
            offset += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                offset += len(child.tail)
        if el.tag == "TIMEX3" and el.get("functionInDocument") != "CREATION_TIME":
            timexes.append(GoldTimex(start, offset, "", el.get("type", ""), el.get("value", ""),
                                     el.get("mod") or None, el.get("tid", "")))

    walk(text_el)
    text = "".join(parts)
    timexes = [GoldTimex(t.start, t.end, text[t.start:t.end], t.type, t.value, t.mod, t.tid) for t in timexes]
    doc_id = (root.findtext("DOCID") or path.stem).strip()
    return GoldDocument(doc_id=doc_id, text=text, dct=parse_dct(dct_el.get("value", "")),
                        timexes=tuple(sorted(timexes, key=lambda t: (t.start, t.end))),
                        scored_until=len(text), source=str(path))


# --------------------------------------------------------------------------------------------- MEANTIME CAT XML


@dataclass(frozen=True)
class _Token:
    t_id: str
    sentence: int
    text: str


def _detokenize(tokens: list[_Token]) -> tuple[str, dict[str, tuple[int, int]], dict[int, tuple[int, int]]]:
    """Join tokens into readable text, returning token and sentence character spans.

    Title, dateline and body are separated by blank lines (as in the article); body sentences by one space.
    Punctuation attaches as in normal prose and PTB quotes become plain ``"``, so taggers see ordinary text.
    """
    out: list[str] = []
    offset = 0
    spans: dict[str, tuple[int, int]] = {}
    sentences: dict[int, tuple[int, int]] = {}
    prev: _Token | None = None
    prev_text = ""
    quote_open = False
    for tok in tokens:
        text = _QUOTE_TOKENS.get(tok.text, tok.text).replace("&amp;", "&").replace("&quot;", '"')
        is_quote = tok.text in _QUOTE_TOKENS
        if prev is None:
            sep = ""
        elif tok.sentence != prev.sentence:
            sep = "\n\n" if prev.sentence <= DATELINE_SENTENCE else " "
        elif is_quote and text == '"':
            sep = "" if quote_open else " "
        elif text in _NO_SPACE_BEFORE or prev_text in _NO_SPACE_AFTER or (prev_text == '"' and quote_open):
            sep = ""
        else:
            sep = " "
        if is_quote and text == '"':
            quote_open = not quote_open
        out.append(sep)
        offset += len(sep)
        spans[tok.t_id] = (offset, offset + len(text))
        s0, _ = sentences.get(tok.sentence, (offset, offset))
        sentences[tok.sentence] = (s0, offset + len(text))
        out.append(text)
        offset += len(text)
        prev, prev_text = tok, text
    return "".join(out), spans, sentences


def _join_tokens(tokens: list[_Token]) -> tuple[str, dict[str, tuple[int, int]], dict[int, tuple[int, int]]]:
    """The raw layout: tokens joined by one space, sentences by one newline (215,548 characters for MEANTIME,
    the size SOURCES.md reports, so its reference scores were measured on this text)."""
    out: list[str] = []
    offset = 0
    spans: dict[str, tuple[int, int]] = {}
    sentences: dict[int, tuple[int, int]] = {}
    prev: _Token | None = None
    for tok in tokens:
        sep = "" if prev is None else ("\n" if tok.sentence != prev.sentence else " ")
        offset += len(sep)
        out.append(sep)
        spans[tok.t_id] = (offset, offset + len(tok.text))
        sentences[tok.sentence] = (sentences.get(tok.sentence, (offset, 0))[0], offset + len(tok.text))
        out.append(tok.text)
        offset += len(tok.text)
        prev = tok
    return "".join(out), spans, sentences


#: How to turn MEANTIME tokens into text: ``prose`` (readable, the default) or ``tokens`` (space-joined).
LAYOUTS = {"prose": _detokenize, "tokens": _join_tokens}


def read_meantime(path: Path | str, layout: str = "prose") -> GoldDocument:
    """Read one MEANTIME CAT XML document following the scoring protocol in ``shared/data/SOURCES.md``."""
    path = Path(path)
    root = ET.parse(path).getroot()
    doc_id = root.get("doc_id") or path.stem.split("_")[0]
    tokens = [_Token(el.get("t_id", ""), int(el.get("sentence", "0")), el.text or "") for el in root.iter("token")]
    text, token_spans, sentence_spans = LAYOUTS[layout](tokens)
    sentence_of = {t.t_id: t.sentence for t in tokens}
    notes: list[str] = []

    raw: list[tuple[ET.Element, list[str]]] = []
    unanchored = 0
    markables = root.find("Markables")
    for el in markables.iter("TIMEX3") if markables is not None else []:
        anchors = [a.get("t_id", "") for a in el.findall("token_anchor")]
        if not anchors:
            unanchored += 1
            continue
        raw.append((el, anchors))
    if unanchored:
        notes.append(f"{unanchored} TIMEX3 without token anchors dropped")

    dct_items = [(el, a) for el, a in raw if el.get("functionInDocument") == "CREATION_TIME"]
    if not dct_items:
        dct_items = [(el, a) for el, a in raw if all(sentence_of.get(t) == DATELINE_SENTENCE for t in a)][:1]
        if not dct_items:
            raise ValueError(f"{path}: no CREATION_TIME and no dateline timex")
        notes.append("no CREATION_TIME: dateline timex used as DCT")
    dct_el, dct_anchors = dct_items[0]
    dct_value = dct_el.get("value", "")
    dct = parse_dct(dct_value)
    if _DAY_FIRST.match(dct_value):
        notes.append(f"day-first DCT {dct_value} read as {dct.isoformat()}")

    timexes = []
    for el, anchors in raw:
        if el is dct_el:
            continue
        starts = [token_spans[t][0] for t in anchors if t in token_spans]
        ends = [token_spans[t][1] for t in anchors if t in token_spans]
        start, end = min(starts), max(ends)
        timexes.append(GoldTimex(start, end, text[start:end], el.get("type", ""), el.get("value", ""),
                                 el.get("mod") or None, el.get("m_id", "")))

    dct_start = min(token_spans[t][0] for t in dct_anchors)
    dct_end = max(token_spans[t][1] for t in dct_anchors)
    annotated = [s for s in sentence_spans if s <= LAST_ANNOTATED_SENTENCE]
    scored_until = sentence_spans[max(annotated)][1] if annotated else len(text)
    return GoldDocument(doc_id=doc_id, text=text, dct=dct,
                        timexes=tuple(sorted(timexes, key=lambda t: (t.start, t.end))),
                        scored_until=scored_until, ignored_spans=((dct_start, dct_end),),
                        source=str(path), notes=tuple(notes))


# --------------------------------------------------------------------------------------------- discovery


def read_document(path: Path | str, layout: str = "prose") -> GoldDocument:
    """Read a ``.tml`` or MEANTIME ``.xml`` file, chosen by suffix (``layout`` applies to MEANTIME only)."""
    path = Path(path)
    if path.suffix.lower() == ".tml":
        return read_tml(path)
    if path.suffix.lower() == ".xml":
        return read_meantime(path, layout)
    raise ValueError(f"{path}: expected a .tml or MEANTIME .xml file")


def iter_paths(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Expand files and directories (recursively, sorted) into ``.tml``/``.xml`` files."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in {".tml", ".xml"})
        elif p.exists():
            yield p
        else:
            raise FileNotFoundError(p)


def read_documents(paths: Iterable[Path | str], limit: int | None = None, layout: str = "prose") -> list[GoldDocument]:
    """Read every document under ``paths`` (files or directories), at most ``limit`` of them."""
    docs = []
    for p in iter_paths(paths):
        if limit is not None and len(docs) >= limit:
            break
        docs.append(read_document(p, layout))
    return docs
