#!/usr/bin/env python3
"""Check benchmarks/dev_news/gold.json against its articles: the format of shared/gold/seed_events.json, and every
quote and timex context an exact substring of its article file.

    python benchmarks/dev_news/check_gold.py [GOLD_JSON] [ARTICLES_DIR]

Prints one line per problem and a summary; exits 1 when there is a problem. Standard library only."""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOP_KEYS = ["about", "articles", "events", "itineraries", "timexes"]
STATUSES = {"occurred", "planned", "cancelled", "unknown"}  # unknown: the text does not say whether it took place
TIMEX = re.compile(r"^(\d{4}(-\d{2}(-\d{2}(T(MO|AF|EV|NI|\d{2}:\d{2}))?)?|-W\d{2}(-WE)?|-Q\d)?"
                   r"|PRESENT_REF|PAST_REF|FUTURE_REF)$")


def check(gold_path: Path, art_dir: Path) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    err = errors.append
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if list(gold) != TOP_KEYS:
        err(f"top-level keys {list(gold)} != {TOP_KEYS}")

    manifest = {}
    mpath = art_dir / "manifest.jsonl"
    for line in mpath.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            manifest[entry["file"]] = entry
    texts: dict[str, str] = {}
    files = [a.get("file") for a in gold["articles"]]
    for a in gold["articles"]:
        f = a.get("file")
        path = art_dir / str(f)
        if not path.is_file():
            err(f"article {f}: no such file in {art_dir}")
            continue
        texts[f] = path.read_text(encoding="utf-8")
        try:
            date.fromisoformat(a.get("published", ""))
        except ValueError:
            err(f"article {f}: published {a.get('published')!r} is not an ISO date")
        if f not in manifest:
            err(f"article {f}: not in manifest.jsonl")
        elif manifest[f].get("published") not in (None, a.get("published")):
            err(f"article {f}: manifest published {manifest[f]['published']} != gold {a.get('published')}")
        if not a.get("published_evidence"):
            warnings.append(f"article {f}: no published_evidence")
    for f in manifest:
        if f not in files:
            err(f"manifest lists {f}, which the gold does not")
    # the scorer maps output rows to gold files by substring: no file name may contain another
    for f in files:
        for g in files:
            if f != g and f in g:
                err(f"file name {f} is a substring of {g}")
    on_disk = {p.name for p in art_dir.glob("*.txt")}
    if on_disk != set(files):
        err(f"article files on disk and in the gold differ: {sorted(on_disk ^ set(files))}")

    def body(f: str) -> str:
        """The text after the first non-empty line (the title), which the ingest keeps apart."""
        lines = texts[f].splitlines(keepends=True)
        i = next((k for k, ln in enumerate(lines) if ln.strip()), 0)
        return "".join(lines[i + 1:])

    def day(v, where: str) -> date | None:
        if v is None:
            return None
        try:
            return date.fromisoformat(v)
        except (TypeError, ValueError):
            err(f"{where}: {v!r} is not an ISO date or null")
            return None

    def place(p, where: str, required: bool = False) -> None:
        if p is None:
            if required:
                err(f"{where}: place is null")
            return
        if not isinstance(p, dict) or not p.get("name"):
            err(f"{where}: place needs a name: {p!r}")
            return
        if not re.fullmatch(r"[A-Z]{2}", str(p.get("country", ""))):
            err(f"{where}: country {p.get('country')!r} is not an ISO 3166-1 alpha-2 code")
        if not isinstance(p.get("aliases", []), list):
            err(f"{where}: aliases must be a list")

    ids = set()
    n_mentions = 0
    for e in gold["events"]:
        eid = e.get("id")
        where = f"event {eid}"
        if eid in ids:
            err(f"{where}: duplicate id")
        ids.add(eid)
        if e.get("type") not in ("meeting", "travel"):
            err(f"{where}: type {e.get('type')!r}")
        need = ["id", "type", "subtype", "participants", "date_start", "date_end", "status", "mentions"]
        need += ["location"] if e.get("type") == "meeting" else ["origin", "destination"]
        for k in need:
            if k not in e:
                err(f"{where}: missing key {k}")
        if not isinstance(e.get("participants"), list) or not all(isinstance(x, str) and x for x in e["participants"]):
            err(f"{where}: participants must be a list of names")
        if not e.get("participants") and not e.get("participant_groups"):
            warnings.append(f"{where}: no participants and no participant_groups")
        if e.get("type") == "meeting":
            place(e.get("location"), where + " location")
        else:
            place(e.get("origin"), where + " origin")
            place(e.get("destination"), where + " destination")
        ds, de = day(e.get("date_start"), where + " date_start"), day(e.get("date_end"), where + " date_end")
        if ds and de and ds > de:
            err(f"{where}: date_start {ds} after date_end {de}")
        if e.get("status") not in STATUSES:
            err(f"{where}: status {e.get('status')!r}")
        mfiles = {m.get("file") for m in e.get("mentions", [])}
        for f, s in e.get("status_by_file", {}).items():
            if s not in STATUSES:
                err(f"{where}: status_by_file[{f}] = {s!r}")
            if f not in mfiles:
                err(f"{where}: status_by_file names {f}, which has no mention")
        if not e.get("mentions"):
            err(f"{where}: no mentions")
        for m in e.get("mentions", []):
            n_mentions += 1
            f, q = m.get("file"), m.get("quote", "")
            if f not in texts:
                err(f"{where}: mention file {f} is not a gold article")
                continue
            if not q or q not in texts[f]:
                err(f"{where}: quote not found in {f}: {q!r}")
            elif q not in body(f):
                warnings.append(f"{where}: quote only in the title line of {f}: {q!r}")
            elif texts[f].count(q) > 1:
                warnings.append(f"{where}: quote occurs {texts[f].count(q)} times in {f}: {q!r}")
        for name in e.get("participants", []):
            toks = {w.lower() for w in re.split(r"[\s\-.]+", name) if len(w) >= 3}
            mentioned = (texts[m["file"]].lower() for m in e.get("mentions", []) if m.get("file") in texts)
            if not any(any(t in text for t in toks) for text in mentioned):
                warnings.append(f"{where}: participant {name!r} is not named in any of its articles")

    for it in gold["itineraries"]:
        who = it.get("traveler")
        if not who or not it.get("stops"):
            err(f"itinerary {who!r}: needs traveler and stops")
            continue
        for i, st in enumerate(it["stops"]):
            where = f"itinerary {who} stop {i}"
            for k in ("place", "country", "arrive", "depart"):
                if k not in st:
                    err(f"{where}: missing key {k}")
            place({"name": st.get("place"), "country": st.get("country"), "aliases": st.get("aliases", [])}, where)
            a, d = day(st.get("arrive"), where + " arrive"), day(st.get("depart"), where + " depart")
            if a and d and a > d:
                err(f"{where}: arrive {a} after depart {d}")

    for i, t in enumerate(gold["timexes"]):
        where = f"timex {i} ({t.get('context')!r})"
        if t.get("file") not in texts:
            err(f"{where}: file {t.get('file')} is not a gold article")
        elif t.get("context", "") not in texts[t["file"]]:
            err(f"{where}: context not found in {t['file']}")
        if not TIMEX.match(str(t.get("value", ""))):
            err(f"{where}: value {t.get('value')!r} is not a TIMEX3 date value")
    if not 20 <= len(gold["timexes"]) <= 40:
        warnings.append(f"{len(gold['timexes'])} timexes (the brief asks for 20-40)")

    print(f"{gold_path}: {len(gold['articles'])} articles, {len(gold['events'])} events "
          f"({sum(not e.get('optional') for e in gold['events'])} required), {n_mentions} mentions, "
          f"{len(gold['itineraries'])} itineraries ({sum(len(i['stops']) for i in gold['itineraries'])} stops), "
          f"{len(gold['timexes'])} timexes")
    return errors, warnings


def main() -> int:
    gold_path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "gold.json"
    art_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "articles"
    errors, warnings = check(gold_path, art_dir)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("ok" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
