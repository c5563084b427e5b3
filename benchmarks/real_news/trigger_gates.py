"""Which gate of the sentence reader turns away a trigger word the lexicon knows: a census hook, no behaviour change.

    .venv/bin/python benchmarks/real_news/trigger_gates.py dump OUT.json dev_k dev_l ...   # run and record
    .venv/bin/python benchmarks/real_news/trigger_gates.py report OUT1.json OUT2.json ...   # the two tables
    .venv/bin/python benchmarks/real_news/trigger_gates.py where OUT1.json OUT2.json ...    # 'no place read': where

The reader (``meeting_verb``, ``meeting_noun``, ``travel_candidate``) declines a trigger token by returning None
from one of many tests; none of them says which. ``dump`` runs each article alone (``traced_runs``) with the three
readers wrapped: a line tracer on the reader's own frame only records the line it returned None from, so the gate is
that line (named in ``GATES``) and the pipeline's behaviour is untouched. It records every declined token with its
sentence, every candidate sentence before the merge, and each gold mention with its own quote. ``report`` classes
the required, not fully right mentions with no candidate in their sentence by the gate that declined the first
lexicon word of their quote (gate x sets x mentions), and for each gate counts the sentences with no candidate where
that gate declined a trigger on all the read sets given, and how many hold a gold mention: what relaxing the gate
would fire, and at what gold-to-firing ratio. The thirtieth pass wrote it (issue-40triggers, RESULTS_events.md).
``where`` (thirty-first pass, issue-41triggers) classes the mentions and firings of the 'no place read' gate by
where the page gives the place the reader did not read (``WHERE``).
Reads gold: never for the splits in ``line_only.json``.
"""

from __future__ import annotations

import collections
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
_ASCII = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "-", "\u2013": "-"})


def _plain(s: str) -> str:
    """Quotes and page text compared with their curly quotes and dashes made ASCII (the gold keeps the page's, the
    cleaned text may not)."""
    return s.translate(_ASCII)


def _gate_tracer(fn: Callable, out: list[dict], reader: str) -> Callable:
    """``fn`` wrapped so a None return records its token, the sentence and the line it returned from."""
    code = fn.__code__

    def wrapped(b: Any, tok: Any, spec: Any) -> Any:
        last = {"line": 0}

        def local(frame: Any, event: str, arg: Any) -> Any:
            if event == "line":
                last["line"] = frame.f_lineno
            return local

        def glob(frame: Any, event: str, arg: Any) -> Any:
            return local if frame.f_code is code else None

        old = sys.gettrace()
        sys.settrace(glob)
        try:
            got = fn(b, tok, spec)
        finally:
            sys.settrace(old)
        if got is None:
            out.append(dict(reader=reader, line=last["line"] - code.co_firstlineno, tok=tok.i, idx=tok.idx,
                            lemma=tok.lemma_.lower(), pos=tok.pos_, dep=tok.dep_, type=spec.event_type,
                            subtype=spec.subtype, sent=[tok.sent.start_char, tok.sent.end_char],
                            text=_plain(tok.sent.text)[:400], path=[f"{a.dep_}:{a.lemma_}" for a in tok.ancestors],
                            detail=_detail(reader, last["line"] - code.co_firstlineno, b, tok, spec)))
        return got

    return wrapped


def _detail(reader: str, line: int, b: Any, tok: Any, spec: Any) -> str:
    """Which test of a line that joins several declined the token (the gate's sub-reason), else ''."""
    from dateline.extractors.events import non_events as ne

    tests = {"hypothetical": lambda: ne.hypothetical(tok), "habitual": lambda: ne.habitual(tok),
             "record clause": lambda: ne.record_clause(tok),
             "met a thing": lambda: ne.met_with_a_thing(tok, b.people)}
    if (reader, line) in {("meeting_verb", 2), ("travel_candidate", 19)}:
        return next((k for k, f in tests.items() if f()), "other")
    return ""


def dump(out_path: str, splits: list[str]) -> None:
    """Run each article of ``splits`` alone with the readers traced; write one record per article."""
    import dateline.extractors.events.assemble as assemble
    import dateline.extractors.process as proc
    from dateline.evaluation.event_path import trace_event_path, traced_runs
    from dateline.extractors.events.triggers import lexicon

    declined: list[dict] = []
    read: list[list[int]] = []
    assemble.meeting_verb = _gate_tracer(assemble.meeting_verb, declined, "meeting_verb")
    assemble.meeting_noun = _gate_tracer(assemble.meeting_noun, declined, "meeting_noun")
    assemble.travel_candidate = _gate_tracer(assemble.travel_candidate, declined, "travel_candidate")
    sentence_candidates = assemble._sentence_candidates

    def seen(b: Any, sent: Any) -> Any:
        read.append([sent.start_char, sent.end_char])
        return sentence_candidates(b, sent)

    assemble._sentence_candidates = seen
    docs: list[Any] = []
    pipe = proc._pipe

    def keep_doc(*a: Any, **k: Any) -> Any:
        for doc, art in pipe(*a, **k):
            docs.append(doc)
            yield doc, art

    proc._pipe = keep_doc
    lex = lexicon()
    trace = trace_event_path()
    records = []
    for ga, rows, _ in traced_runs(HERE, splits, trace):
        doc = docs[-1]
        text = _plain(doc.text)
        lexical = [dict(tok=t.i, idx=t.idx, lemma=t.lemma_.lower(), news=bool(lex.specs_for(t)))
                   for t in doc if t.lemma_.lower() in lex.trigger_lemmas]
        mentions, quotes, seen_ids = [], [], collections.Counter()
        for g in ga.gold["events"]:
            for m in g["mentions"]:
                if m["file"] == ga.name and (i := text.find(_plain(m["quote"])[:40])) >= 0:
                    quotes.append([i, i + len(m["quote"])])
        for row in rows:
            g = ga.by_id[row["gold"]]
            k = seen_ids[g["id"]]
            seen_ids[g["id"]] += 1
            q = _plain([m["quote"] for m in g["mentions"] if m["file"] == ga.name][k])
            i = text.find(q[:40])
            mentions.append(dict(id=g["id"], type=g["type"], optional=row["optional"], quote=q[:200],
                                 span=[i, i + len(q)] if i >= 0 else None,
                                 full=bool(row["found"] and all(row["checks"].values())),
                                 nocand=not any(q[:40] in _plain(c.sentence or "") for c in trace.before)))
        records.append(dict(split=ga.split, name=ga.name, declined=list(declined), read=list(read),
                            cands=[[c.trigger.i, c.event_type, _plain(c.sentence or "")[:300]] for c in trace.before],
                            lexical=lexical, mentions=mentions, quotes=quotes))
        declined.clear()
        read.clear()
        docs.clear()
        print(ga.split, ga.name, file=sys.stderr, flush=True)
    Path(out_path).write_text(json.dumps(records))


# (reader, line of its ``return None`` counted from the ``def``) -> gate, at main a489510
GATES: dict[tuple[str, int], str] = {
    ("meeting_verb", 2): "mood: hypothetical, record clause, or a thing met",
    ("meeting_verb", 4): "'take' with no outing",
    ("meeting_verb", 14): "talk verb with no named person spoken with",
    ("meeting_verb", 23): "'call on' with no named host",
    ("meeting_verb", 39): "object read as no person ('meet'/'visit' a site or thing)",
    ("meeting_verb", 52): "passive subject no person",
    ("meeting_verb", 57): "'receive' with no named person object",
    ("meeting_verb", 59): "needs 'with' and has none",
    ("meeting_verb", 73): "verb with fewer than two sides (no subject read)",
    ("meeting_noun", 2): "noun used as a modifier ('summit venue')",
    ("meeting_noun", 10): "noun: no subtype, a topic, a summary, or its own sides not named",
    ("meeting_noun", 29): "noun needs a named person object",
    ("meeting_noun", 32): "noun needs 'with' and has none",
    ("meeting_noun", 39): "interview noun with no owner and outlet",
    ("meeting_noun", 86): "noun with no side at all",
    ("meeting_noun", 88): "noun with one side only",
    ("meeting_noun", 91): "meal or reception noun with fewer than two named sides",
    ("meeting_noun", 93): "reception noun with more than two named sides",
    ("travel_candidate", 14): "trip noun after 'after/following/since' (background)",
    ("travel_candidate", 19): "mood: hypothetical, habitual, record clause, or a crash",
    ("travel_candidate", 25): "'en route' noun not after 'en'",
    ("travel_candidate", 131): "place-object verb with a thing object ('escaped indictment')",
    ("travel_candidate", 177): "object is not moved ('landed a deal')",
    ("travel_candidate", 185): "needs a place object and has none",
    ("travel_candidate", 191): "no place (destination or origin) read",
    ("travel_candidate", 237): "no traveller read",
    ("travel_candidate", 243): "trip noun with no place set aside as a reference",
    ("travel_candidate", 246): "'expected in P' with no named person",
    ("travel_candidate", 248): "needs a person or a place and has neither",
    ("travel_candidate", 251): "cargo object",
    ("travel_candidate", 276): "generic statement",
}


def _gate(d: dict) -> str:
    name = GATES.get((d["reader"], d["line"]), f"{d['reader']}:{d['line']}")
    return f"{name} ({d['detail']})" if d["detail"] else name


def _set(split: str) -> str:
    return "dev_a..e" if split in {"dev_a", "dev_b", "dev_c", "dev_d", "dev_e"} else split


def _mention_gate(a: dict, m: dict) -> str:
    """The gate that declined the first lexicon word of the mention's quote, or why no gate was asked."""
    if m["span"] is None:
        return "(quote not found in the text)"
    lo, hi = m["span"]
    words = [w for w in a["lexical"] if lo <= w["idx"] < hi]
    if not words:
        return "(no lexicon word in the quote)"
    declined = {d["tok"]: d for d in a["declined"]}
    first = next((declined[w["tok"]] for w in words if w["tok"] in declined), None)
    if first is not None:
        return _gate(first)
    if not any(s[0] <= words[0]["idx"] < s[1] for s in a["read"]):
        return "(sentence skipped as noise)"
    if not any(w["news"] for w in words):
        return "(lexicon lemma, not a trigger here: part of speech or an 'extended' subtype)"
    return "(a candidate is made, its sentence text does not hold the quote)"


def report(paths: list[str]) -> None:
    """Print the gate x sets x mentions census and the firing of each gate's sentences."""
    arts = [a for p in paths for a in json.loads(Path(p).read_text())]
    rows = collections.defaultdict(list)
    for a in arts:
        for m in a["mentions"]:
            if not m["optional"] and m["nocand"] and not m["full"]:
                rows[_mention_gate(a, m)].append((_set(a["split"]), a["name"][:24], m["type"], m["quote"][:110]))
    print("| gate that declined the quote's first lexicon word | sets | mentions |\n|---|---:|---:|")
    for g, rs in sorted(rows.items(), key=lambda kv: -len(kv[1])):
        print(f"| {g} | {len({r[0] for r in rs})} | {len(rs)} |")
    print(f"| **all** | {len({r[0] for rs in rows.values() for r in rs})} | {sum(map(len, rows.values()))} |\n")
    fires: dict[str, dict] = collections.defaultdict(lambda: collections.defaultdict(set))
    for a in arts:
        idx = {w["tok"]: w["idx"] for w in a["lexical"]}
        cand_at = [idx[c[0]] for c in a["cands"] if c[0] in idx]
        orphan = [m["span"] for m in a["mentions"] if not m["optional"] and m["nocand"] and not m["full"]
                  and m["span"]]
        for d in a["declined"]:
            lo, hi = d["sent"]
            if any(lo <= i < hi for i in cand_at):
                continue  # the sentence has a candidate already: relaxing the gate adds none of its own
            key = (a["split"], a["name"], lo)
            f = fires[_gate(d)]
            f["fires"].add(key)
            f["sets"].add(_set(a["split"]))
            if any(q[0] < hi and lo < q[1] for q in a["quotes"]):
                f["gold"].add(key)
            if any(q[0] < hi and lo < q[1] for q in orphan):
                f["orphan"].add(key)
                f["osets"].add(_set(a["split"]))
    print("| gate | sentences it declined with no candidate | with gold | with a no-candidate orphan | sets fired"
          " / with an orphan | gold per firing |\n|---|---:|---:|---:|---|---:|")
    for g, f in sorted(fires.items(), key=lambda kv: -len(kv[1]["orphan"])):
        n = len(f["fires"])
        print(f"| {g} | {n} | {len(f['gold'])} | {len(f['orphan'])} | {len(f['sets'])} / {len(f['osets'])} | "
              f"{len(f['gold']) / n:.2f} |")
    if "--list" in sys.argv:
        for g, rs in sorted(rows.items(), key=lambda kv: -len(kv[1])):
            print(f"\n## {g}")
            for r in sorted(rs):
                print(" | ".join(r))


NO_PLACE = "no place (destination or origin) read"
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_MODIFIERS = frozenset({"compound", "poss", "amod", "nmod"})
# where the place of a trigger declined for having none is, the first that applies (sentence parsed alone)
WHERE = ("a compound or possessive in the trigger's phrase", "a nationality adjective in the trigger's phrase",
         "a place deeper in the trigger's own phrase", "a place in another clause of the sentence",
         "no place in the sentence; the page's dateline", "no place in the sentence, no dateline; a trip elsewhere "
         "on the page (the story model's)", "nowhere on the page")


def _where(nlp: Any, d: dict, dateline: bool, trips: bool) -> str:
    """The ``WHERE`` class of a declined trigger ``d``: its sentence is parsed alone (the page's parse is not kept
    by ``dump``), so a class is the sentence's, near the page's."""
    doc = nlp(d["text"])
    tok = next((t for t in doc if t.idx == d["idx"] - d["sent"][0]), None)
    if tok is None:
        return "(trigger not found in the sentence parsed alone)"
    mods = [x for c in tok.children if c.dep_ in _MODIFIERS for x in c.subtree]
    tests = (any(x.ent_type_ in _PLACES for x in mods), any(x.ent_type_ == "NORP" for x in mods),
             any(x.ent_type_ in _PLACES for x in tok.subtree if x.i != tok.i),
             any(x.ent_type_ in _PLACES for x in doc), dateline, trips, True)
    return next(w for w, ok in zip(WHERE, tests, strict=True) if ok)


def where(paths: list[str]) -> None:
    """Print the 'no place read' mentions and firings by where the place is (class x sets x mentions, and per class
    the sentences fired, those with gold and the ratio)."""
    from dateline.extractors.events.story import find_dateline
    from dateline.extractors.pipeline import load_nlp

    nlp = load_nlp()
    rows: dict[str, list] = collections.defaultdict(list)
    fires: dict[str, dict] = collections.defaultdict(lambda: collections.defaultdict(set))
    for a in (a for p in paths for a in json.loads(Path(p).read_text())):
        page = HERE / a["split"] / "articles" / a["name"]
        dateline = page.exists() and find_dateline(page.read_text(encoding="utf-8")) is not None
        trips = any(c[1] == "travel" for c in a["cands"])
        declined = {d["tok"]: d for d in a["declined"]}
        for m in a["mentions"]:
            if not m["optional"] and m["nocand"] and not m["full"] and _mention_gate(a, m) == NO_PLACE:
                lo, hi = m["span"]
                tok = next(w["tok"] for w in a["lexical"] if lo <= w["idx"] < hi and w["tok"] in declined)
                rows[_where(nlp, declined[tok], dateline, trips)].append(
                    (_set(a["split"]), a["name"][:24], m["quote"][:100]))
        idx = {w["tok"]: w["idx"] for w in a["lexical"]}
        cand_at = [idx[c[0]] for c in a["cands"] if c[0] in idx]
        for d in a["declined"]:
            lo, hi = d["sent"]
            if _gate(d) != NO_PLACE or any(lo <= i < hi for i in cand_at):
                continue
            f = fires[_where(nlp, d, dateline, trips)]
            key = (a["split"], a["name"], lo)
            f["fires"].add(key)
            if any(q[0] < hi and lo < q[1] for q in a["quotes"]):
                f["gold"].add(key)
                f["gsets"].add(_set(a["split"]))
    print("| where the place is | sets | mentions | sentences fired | with gold | sets with gold | gold per firing |"
          "\n|---|---:|---:|---:|---:|---:|---:|")
    for w in sorted(set(rows) | set(fires), key=lambda k: WHERE.index(k) if k in WHERE else len(WHERE)):
        rs, f = rows.get(w, []), fires.get(w, {})
        n = len(f.get("fires", ()))
        print(f"| {w} | {len({r[0] for r in rs})} | {len(rs)} | {n} | {len(f.get('gold', ()))} | "
              f"{len(f.get('gsets', ()))} | {len(f.get('gold', ())) / max(n, 1):.2f} |")
    if "--list" in sys.argv:
        for w, rs in rows.items():
            print(f"\n## {w}")
            for r in sorted(rs):
                print(" | ".join(r))


def main(argv: list[str]) -> int:
    if argv[0] == "dump":
        from dateline.evaluation.read_splits import line_only_splits

        if set(argv[2:]) & line_only_splits(HERE):
            raise SystemExit("the blind and transfer splits are scored by their lines only (score.py)")
        dump(argv[1], argv[2:])
        return 0
    if argv[0] == "report":
        report([p for p in argv[1:] if not p.startswith("--")])
        return 0
    if argv[0] == "where":
        where([p for p in argv[1:] if not p.startswith("--")])
        return 0
    raise SystemExit("usage: trigger_gates.py dump OUT.json SPLIT ... | report OUT.json ... | where OUT.json ...")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
