"""Every place-wrong mention of a read set, by what the story already holds for that traveller on that day.

    .venv/bin/python benchmarks/real_news/place_story_census.py dev_k dev_l           # a table, one column a set
    .venv/bin/python benchmarks/real_news/place_story_census.py dev_a+dev_b+dev_c+dev_d+dev_e --runs /tmp/r --list

The story fallback (thirty-first pass, issue-41place): a meeting or a trip with no place of its own, or a coarser
one, could take the place where the story puts its traveller that day. Before building that, this counts how often
the story holds the gold place at all. Each required mention whose best-fit event fails the place check is classed:
an orphan (its best fit is another mention's event: no event of its own to place); else, from the article's other
emitted events that share a participant with it, the places they put that participant in on the event's day (an
arrival that day, a stay or a meeting whose days hold it); for an event with no day, the places they put them in
anywhere in the article; and the dateline's place when the page is dated within two days of the event. The classes
say whether those places name the gold place, and whether they are one place (nested places count as one, the most
specific kept). ``--runs DIR`` keeps each set's run in ``DIR/SET`` and reads it again when present (a
``+``-joined set is one run over its splits, as ``score.py`` runs them). Reads gold: never for the splits in
``line_only.json``.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import score  # noqa: E402

from dateline.evaluation.read_splits import refuse_line_only  # noqa: E402

_STAYS = frozenset({"arrive", "visit", "trip", "travel", "tour"})
_DATELINE_DAYS = 2
HELD = "A story holds the gold place, one place (that day; anywhere for an undated event; or the dateline)"
AMONG = "B story holds the gold place among others"
ELSE = "C story holds another place, or none"
ORPHAN = "D orphan: no event of its own (merge/extraction)"


def _day(x: object) -> date | None:
    return None if x in (None, "None") else date.fromisoformat(str(x)[:10])


class StoryCensus:
    """The classes of one run's place-wrong mentions (the scorer's matching, the gazetteer's nesting)."""

    def __init__(self) -> None:
        from dateline.evaluation.events import load_score_gold
        from dateline.extractors.places import gazetteer

        self.sg = load_score_gold()
        self.gz = gazetteer()

    def _place(self, p: dict | None):
        from dateline.extractors.records import Place

        if not p or not p.get("name"):
            return None
        name = p["name"]
        if ", " in name and p.get("latitude") is not None:  # 'State House, Nairobi' puts them in Nairobi
            name = name.rsplit(", ", 1)[1]
        return Place(name, p.get("country_code"), p.get("latitude"), p.get("longitude"))

    def _shares(self, e: dict, names: list[str]) -> bool:
        return any(self.sg.same_person(n, p.get("name")) for p in e.get("participants") or [] for n in names)

    def held(self, ev: dict, same: list[dict], day: date | None) -> list:
        """The places the article's other events put ``ev``'s participants in on ``day`` (anywhere when None)."""
        names = [p["name"] for p in ev.get("participants") or [] if p.get("name")]
        out = []
        for o in same:
            if o is ev or not self._shares(o, names):
                continue
            travel = o["event_type"] == "travel"
            place = o.get("destination") if travel else o.get("location")
            if not place or travel and o["subtype"] not in _STAYS:
                continue
            if day is not None:
                first, last = _day(o.get("date_start")), _day(o.get("date_end"))
                lo, hi = first or last, last or first
                if lo is None or not (lo <= day <= hi) and not (travel and o["subtype"] == "arrive" and first == day):
                    continue
            out.append(self._place(place))
        return [p for p in out if p is not None]

    def one(self, places: Iterable) -> object | None:
        out = None
        for p in places:
            if out is None:
                out = p
            elif not self.gz.compatible(out, p):
                return None
            else:
                out = self.gz.more_specific(out, p)
        return out

    def classify(self, base: Path) -> list[tuple[str, str, dict, dict, list[str], str | None]]:
        """(group, event type, the mention's row, its event, the places held, the dateline place) per row."""
        from dateline.evaluation.event_census import census
        from dateline.evaluation.events import mention_report
        from dateline.extractors.events.story import find_dateline

        gold = json.loads((base / "gold.json").read_text(encoding="utf-8"))
        tables = self.sg.read_tables(base / "out")
        rows = mention_report(tables, gold)
        orphans = {(f.gold, f.file) for f in census(rows, gold).fates if f.fate == "orphan"}
        by_id = {g["id"]: g for g in gold["events"]}
        published = {a["article_id"]: _day(a.get("published")) for a in tables["articles"]}
        by_article: dict[str, list[dict]] = collections.defaultdict(list)
        for e in tables["events"]:
            by_article[e["article_id"]].append(e)
        out = []
        for r in rows:
            if r["optional"] or not r["found"] or r["checks"].get("place", True):
                continue
            g, e = by_id[r["gold"]], r["event"]
            gp = (g.get("location") if g["type"] == "meeting" else g.get("destination")) or {}
            if (r["gold"], r["file"]) in orphans:
                out.append((ORPHAN, g["type"], r, e, [], None))
                continue
            day = _day(e.get("date_start")) or _day(e.get("date_end"))
            places = self.held(e, by_article[e["article_id"]], day)
            text = (HERE / r["gold"].split(":")[0] / "articles" / r["file"]).read_text(encoding="utf-8")
            line, pub = find_dateline(text), published.get(e["article_id"])
            dl = line.place.name if line is not None and day is not None and pub is not None \
                and abs((pub - day).days) <= _DATELINE_DAYS else None
            one = self.one(places)
            if one is not None and self.sg.place_ok(gp, {"name": one.name}) \
                    or not places and dl and self.sg.place_ok(gp, {"name": dl}):
                grp = HELD
            elif any(self.sg.place_ok(gp, {"name": p.name}) for p in places):
                grp = AMONG
            else:
                grp = ELSE
            out.append((grp, g["type"], r, e, sorted({p.name for p in places}), dl))
        return out


def run_set(name: str, runs: Path) -> Path | None:
    """The kept run of ``name`` (splits joined by '+') in ``runs``, made when missing."""
    base = runs / name
    if (base / "out" / "events").exists() and (base / "gold.json").exists():
        return base
    splits = name.split("+")
    base.mkdir(parents=True, exist_ok=True)
    (base / "gold.json").write_text(json.dumps(score.joined_gold(splits)), encoding="utf-8")
    run = score.run_flow([HERE / s / "articles" for s in splits], base / "out")
    if run.returncode != 0:
        sys.stderr.write(run.stderr[-2000:])
        return None
    return base


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help="read splits; dev_a+dev_b+... is one set")
    ap.add_argument("--runs", type=Path, help="keep (and reuse) each set's run here")
    ap.add_argument("--list", action="store_true", help="one line per mention")
    args = ap.parse_args(argv)
    refuse_line_only(ap, [s for name in args.sets for s in name.split("+")], HERE)
    with tempfile.TemporaryDirectory() as tmp:
        runs = args.runs or Path(tmp)
        cl = StoryCensus()
        table: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(collections.Counter)
        for name in args.sets:
            base = run_set(name, runs)
            if base is None:
                return 1
            for grp, kind, r, e, places, dl in cl.classify(base):
                table[(grp, kind)][name] += 1
                if args.list and grp != ORPHAN:
                    got = (e.get("location") or e.get("destination") or {}).get("name")
                    print(f"{name} {r['gold']}@{r['file'][:14]} [{grp[:1]}] got {got} held {places} dateline {dl} | "
                          f"{(e.get('sentence') or '')[:100]}")
    print("| group | type | total | sets | " + " | ".join(args.sets) + " |")
    for (grp, kind), c in sorted(table.items()):
        print(f"| {grp} | {kind} | {sum(c.values())} | {len(c)} | " + " | ".join(str(c.get(s, "")) for s in args.sets)
              + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
