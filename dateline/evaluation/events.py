"""Evaluate meeting/travel extraction: against the hand-made gold of the sample articles, and on RAMS dev.

    dateline eval events --gold GOLD_JSON OUT_DIR      score a run's Parquet output (score_gold's definitions)
    dateline eval events --gold GOLD_JSON --samples DIR   run extraction in-process on DIR and score it
        [--mentions]   each gold mention missed or not fully right, with what was emitted
        [--census]     mentions with an event of their own, orphans, misses; date and status error classes
    dateline eval events --rams DEV_JSONLINES [--limit N]   event recall and per-role argument P/R/F1 on RAMS
    dateline eval events --meantime DIR [--limit N]   list what is emitted on ordinary news (no event gold there)
    dateline eval events --rams-emitted DEV_JSONLINES [--every K]   list what is emitted on every K-th RAMS window

The gold scorer is the shared ``tools/score_gold.py``; it is imported from its file rather than copied, so the
numbers here are the ones the team reports. It lives next to the project (``../shared/tools``) or where
``DATELINE_SCORE_GOLD`` points.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from types import ModuleType

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHARED = PROJECT_ROOT.parent / "shared"


def load_score_gold(path: str | os.PathLike | None = None) -> ModuleType:
    """Import the shared scorer from its file."""
    p = Path(path or os.environ.get("DATELINE_SCORE_GOLD") or SHARED / "tools" / "score_gold.py")
    if not p.is_file():
        raise FileNotFoundError(f"score_gold.py not found at {p} (set DATELINE_SCORE_GOLD)")
    spec = importlib.util.spec_from_file_location("dateline_score_gold", p)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _place(p) -> dict | None:
    return None if p is None else asdict(p)


def event_row(e) -> dict:
    """An ``Event`` as the scorer reads an events-table row."""
    row = asdict(e)
    row["participants"] = [asdict(p) for p in e.participants]
    row["location"], row["origin"], row["destination"] = _place(e.location), _place(e.origin), _place(e.destination)
    return row


def run_articles(articles, nlp=None) -> dict[str, list[dict]]:
    """Run the full event path (article date, timexes, noise, events, clusters, itineraries) over ``dateline.ingest``
    articles, as the flow does but in-process, and return scorer tables. Used by ``--samples`` and the sample test."""
    from datetime import date

    from dateline.extractors.events import build_itineraries, cluster_events
    from dateline.extractors.events.story_stays import lent_by_month
    from dateline.extractors.pipeline import load_nlp
    from dateline.extractors.process import process_articles

    nlp = nlp or load_nlp()
    arts, events, txs, story, own = [], [], [], {}, {}
    # what the batch workers do: per article, then a weakly dated page may borrow a same-story report's year
    for result in process_articles(nlp, articles, run_date=date.today()):
        a = result.article
        if result.error:
            raise RuntimeError(f"{a.origin}: {result.error}")
        events += result.events
        if result.story_day is not None:  # the flow's merge anchors such a page by it (``store.published_dates``)
            story[a.article_id] = result.story_day
        own[a.article_id] = result.article_date.value  # the page's own day: held events are weighed by it
        arts.append({"article_id": a.article_id, "file": a.origin, "published": result.article_date.value})
        txs += [{"article_id": a.article_id, "text": t.text, "value": t.value}
                for t in result.timexes + result.title_timexes]  # the title line's too, as the flow's table
    clustered = cluster_events(events, story, own)
    stops = build_itineraries(clustered)
    events = lent_by_month(events, clustered, story)  # as the flow's merge: events only (``story_stays``)
    return {"articles": arts, "events": [event_row(e) for e in events],
            "itineraries": [asdict(s) for s in stops], "temporal_expressions": txs}


def quote_in(quote: str, sentence: str | None) -> bool:
    """A gold mention is told in ``sentence`` when the first 40 characters of its quote are in it: the scorer's
    tie-break between equally good events, and how every census tool finds a mention's own event."""
    return quote[:40] in (sentence or "")


def mention_report(tables: dict[str, list[dict]], gold: dict) -> list[dict]:
    """Per gold mention: the best-matching emitted event under score_gold's definitions, which checks pass, and its
    cluster. The same matching as ``score_gold.score``, kept per mention so tests and error lists can name them."""
    sg = load_score_gold()
    files = [a["file"] for a in gold["articles"]]
    # as score_gold maps them: a gold file named in any text field of the article's row (the in-process ``file``, or
    # the flow's ``input_id`` and ``url``), so a run's output folder is listed as its line is scored
    amap = {a["article_id"]: next((f for f in files for v in a.values() if isinstance(v, str) and f in v), None)
            for a in tables["articles"]}
    out = []
    for g in gold["events"]:
        gplace = g.get("location") if g["type"] == "meeting" else g.get("destination")
        for m in g["mentions"]:
            status = g.get("status_by_file", {}).get(m["file"], g["status"])

            def fit(e: dict, g=g, m=m, gplace=gplace, status=status) -> tuple[int, dict]:
                names = [p.get("name") for p in (e.get("participants") or [])]
                loc = (e.get("location") if g["type"] == "meeting" else e.get("destination")) or {}
                checks = {
                    "participants": all(any(sg.same_person(gp, n) for n in names) for gp in g["participants"]),
                    "place": sg.place_ok(gplace, loc),
                    "dates": sg._day(e.get("date_start")) == str(g["date_start"])
                    and (g["date_end"] is None or sg._day(e.get("date_end")) == str(g["date_end"])),
                    "status": e.get("status") == status,
                }
                score = (sum(any(sg.same_person(gp, n) for n in names) for gp in g["participants"])
                         + 2 * bool(gplace and sg.place_ok(gplace, loc)) + 2 * checks["dates"]
                         + quote_in(m["quote"], e.get("sentence")))
                return score, checks

            cands = [(fit(e), e) for e in tables["events"]
                     if amap.get(e["article_id"]) == m["file"] and e["event_type"] == g["type"]]
            row = {"gold": g["id"], "file": m["file"], "optional": g.get("optional", False), "found": False,
                   "checks": {}, "cluster_id": None, "event": None}
            if cands and max(c[0][0] for c in cands) > 0:
                (_, checks), best = max(cands, key=lambda c: c[0][0])
                row.update(found=True, checks=checks, cluster_id=best.get("cluster_id"), event=best)
            out.append(row)
    return out


def unmatched_events(tables: dict[str, list[dict]], rows: list[dict]) -> Iterator[tuple[dict, str]]:
    """The emitted events no gold mention took as its best fit (``rows``: ``mention_report``'s), each with its page's
    file name: the scorer's precision loss, which the unmatched-event census tools read one by one."""
    matched = {id(r["event"]) for r in rows if r["found"]}
    files = {a["article_id"]: Path(a["file"]).name for a in tables["articles"]}
    for e in tables["events"]:
        if id(e) not in matched:
            yield e, files.get(e["article_id"], "?")


def meantime_events(path: Path, *, limit: int | None = None, nlp=None) -> list[tuple[str, object]]:
    """Events emitted on MEANTIME's Wikinews texts (with their timexes and DCT). MEANTIME has no meeting/travel
    gold, so this is a precision check by reading: every emitted event is listed with its sentence."""
    from dateline.evaluation.timeml import read_documents
    from dateline.extractors.cleaning import find_noise
    from dateline.extractors.events import extract_events
    from dateline.extractors.pipeline import load_nlp
    from dateline.extractors.temporal import resolve_timexes

    nlp = nlp or load_nlp()
    out = []
    for g in read_documents([path], limit=limit):
        doc = nlp(g.text)
        events = extract_events(doc, article_id=g.doc_id, timexes=resolve_timexes(doc, g.dct), article_date=g.dct,
                                noise=find_noise(g.text, None))
        out += [(g.doc_id, e) for e in events]
    return out


def _event_line(doc_id: str, e) -> str:
    parts = ", ".join(p.name for p in e.participants)
    where = " ".join(f"{k}={p.name}" for k, p in (("at", e.location), ("from", e.origin), ("to", e.destination))
                     if p is not None)
    return (f"{doc_id}\t{e.event_type}/{e.subtype}\t{e.trigger}\t[{parts}] {where} {e.status}\n"
            f"    {' '.join(e.sentence.split())[:300]}")


def score_samples(samples: Path, gold: Path, nlp=None) -> tuple[dict, str, dict[str, list[dict]]]:
    """Run extraction on ``samples`` in-process and score it: (scores, the one-line summary, the tables)."""
    import json

    from dateline.ingest import Article, read_inputs

    sg = load_score_gold()
    arts = [a for a in read_inputs([str(samples)]) if isinstance(a, Article)]
    tables = run_articles(arts, nlp)
    s = sg.score(tables, json.loads(gold.read_text()))
    return s, sg.line(gold.stem, s), tables


def mention_errors(tables: dict[str, list[dict]], gold: dict) -> list[str]:
    """One line per gold mention that is missed or not fully right: what the gold says and what was emitted."""
    from .event_census import census

    out = []
    by_id = {g["id"]: g for g in gold["events"]}
    rows = mention_report(tables, gold)
    orphans = {(f.gold, f.file): f.shares_with for f in census(rows, gold).fates if f.fate == "orphan"}
    for row in rows:
        wrong = [k for k, ok in row["checks"].items() if not ok]
        if row["found"] and not wrong:
            continue
        g = by_id[row["gold"]]
        gplace = g.get("location") if g["type"] == "meeting" else g.get("destination")
        want = (f"{g['type']} {g['participants']} at={(gplace or {}).get('name')} "
                f"{g['date_start']}..{g['date_end']} {g.get('status_by_file', {}).get(row['file'], g['status'])}")
        tag = f"{row['gold']}@{row['file'][:3]}{' (optional)' if row['optional'] else ''}"
        if not row["found"]:
            out.append(f"{tag} MISSED  gold: {want}")
            continue
        e = row["event"]
        place = (e.get("location") if g["type"] == "meeting" else e.get("destination")) or {}
        got = (f"{[p.get('name') for p in e.get('participants') or []]} at={place.get('name')} "
               f"{str(e.get('date_start'))[:10]}..{str(e.get('date_end'))[:10]} {e.get('status')}")
        shares = orphans.get((row["gold"], row["file"]))
        if shares:  # its best fit is another mention's event: an extraction miss, whatever fields it fails
            tag += f" (no event of its own: best fit is {', '.join(shares)}'s)"
        out.append(f"{tag} wrong {','.join(wrong)}\n    gold: {want}\n    got:  {got}  [{e.get('trigger')}] "
                   f"{(e.get('sentence') or '')[:160]}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="dateline eval events", description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, help="gold JSON in the format of gold/seed_events.json")
    ap.add_argument("--samples", type=Path, help="with --gold: run extraction on this folder instead of OUT_DIR")
    ap.add_argument("--rams", type=Path, help="RAMS dev.jsonlines")
    ap.add_argument("--meantime", type=Path, help="MEANTIME folder: list the events emitted (precision by reading)")
    ap.add_argument("--rams-emitted", type=Path, help="RAMS dev.jsonlines: list every event emitted (precision check)")
    ap.add_argument("--every", type=int, default=1, help="--rams-emitted: only every K-th window")
    ap.add_argument("--limit", type=int, default=None, help="RAMS/MEANTIME: only the first N windows/documents")
    ap.add_argument("--errors", type=int, default=10, help="RAMS: how many error kinds to list")
    ap.add_argument("--mentions", action="store_true", help="--gold: list every gold mention missed or not fully right")
    ap.add_argument("--census", action="store_true",
                    help="--gold: count mentions with an event of their own, orphans and misses, and the classes of "
                         "wrong dates and status on their own events")
    ap.add_argument("out_dir", nargs="?", type=Path, help="a run's output folder (Parquet tables)")
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--"]:  # ``dateline eval events -- --gold ...`` passes the separator through
        argv = argv[1:]
    args = ap.parse_args(argv)
    if args.rams:
        from .rams import evaluate, report

        print(report(evaluate(args.rams, limit=args.limit), top=args.errors))
        return 0
    if args.meantime or args.rams_emitted:
        if args.meantime:
            found = meantime_events(args.meantime, limit=args.limit)
        else:
            from .rams import emitted

            found = emitted(args.rams_emitted, every=args.every)
        for doc_id, e in found:
            print(_event_line(doc_id, e))
        print(f"events emitted: {len(found)} ({sum(e.event_type == 'meeting' for _, e in found)} meetings)")
        return 0
    if not args.gold:
        ap.error("give --gold (with OUT_DIR or --samples), --rams or --meantime")
    import json

    gold = json.loads(args.gold.read_text())
    if args.samples:
        s, line, tables = score_samples(args.samples, args.gold)
    else:
        if not args.out_dir:
            ap.error("--gold needs OUT_DIR (or --samples DIR)")
        sg = load_score_gold()
        tables = sg.read_tables(args.out_dir)
        s = sg.score(tables, gold)
        line = sg.line(args.gold.stem, s)
    if args.mentions:
        print("\n".join(mention_errors(tables, gold)))
    if args.census:
        from .event_census import census

        print(census(mention_report(tables, gold), gold).report())
    print(line)
    return 0 if s["full"] == s["need"] and s["precision"] >= 0.8 else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
