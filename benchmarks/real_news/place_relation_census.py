"""Every place-wrong mention of the read sets by what the system's place is to the gold place, and by stage.

    .venv/bin/python benchmarks/real_news/place_relation_census.py --runs /tmp/runs dev_ag dev_k [--list]

The forty-second pass's census (issue-42place). The relation of the emitted place to the gold place: "none" (no
place), "coarser" (a country or state the gold place lies in), "finer" (a city inside a gold country or state),
another place of the story, named by what it is to the event: the event's own origin, the article's dateline,
the home of a counterpart named in the clause ("Ruritania's king", "the Ostland president"), a place another event
of the article holds (the next or the last leg), or else "other". A mention with no place is split by where the page
writes the gold place: in its own sentence as a counterpart's home, in its own sentence otherwise, the dateline,
elsewhere in the article, nowhere. The stage: "reader" when the best-fit event is the mention's own (its quote in the
event's sentence), "in-article merge" when the mention has no event of its own (an orphan: its candidate was never
read or was folded into another), "cross-article cluster" when the event's place was filled from another article
(the place is written nowhere in its own article). ``--runs DIR`` reads each set's kept flow run from ``DIR/SET/out``
(made by ``score.run_flow``, its gold in ``DIR/SET/gold.json``; a ``+``-joined set is one run). Reads gold: never for
the splits in ``line_only.json``."""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import score  # noqa: E402

from dateline.evaluation.event_census import census  # noqa: E402
from dateline.evaluation.events import load_score_gold, mention_report, quote_in  # noqa: E402
from dateline.evaluation.read_splits import refuse_line_only  # noqa: E402

_RULERS = ("president", "king", "queen", "prince", "emir", "sultan", "minister", "premier", "leader", "chancellor",
           "counterpart", "host", "government", "monarch", "sheikh", "crown")


def _run(name: str, runs: Path) -> Path | None:
    """The kept flow run of ``name`` in ``runs``, made when missing."""
    base = runs / name
    out = base / "out"
    if not (out / "events").is_dir():
        base.mkdir(parents=True, exist_ok=True)
        (base / "gold.json").write_text(json.dumps(score.joined_gold(name.split("+"))), encoding="utf-8")
        if score.run_flow([HERE / s / "articles" for s in name.split("+")], out).returncode != 0:
            return None
    return base


class Relations:
    """The gazetteer's reading of places, and what a place is to an event of a given article."""

    def __init__(self) -> None:
        from dateline.extractors.events.story import find_dateline
        from dateline.extractors.places import gazetteer

        self.gz, self.find_dateline, self.sg = gazetteer(), find_dateline, load_score_gold()

    def info(self, name: str | None):
        return self.gz.lookup(name) if name else None

    def dateline(self, text: str) -> str | None:
        d = self.find_dateline(text or "")
        return d.info.name if d else None

    def home_in(self, names: list[str], sentence: str) -> bool:
        """A name written in ``sentence`` as a counterpart's home: "X's <title>", "the X <title>" or "X <Title>"."""
        low = sentence.lower()
        for n in names:
            i = low.find(n.lower())
            while i >= 0:
                after = low[i + len(n):i + len(n) + 40]
                if after.startswith("'s ") or after.startswith("’s "):
                    return True
                words = after.replace("-", " ").split()
                if words and any(w.startswith(r) for w in words[:3] for r in _RULERS):
                    return True
                i = low.find(n.lower(), i + 1)
        return False

    def relation(self, gp: dict, e: dict, slot: str, article: dict, others: list[dict]) -> str:
        ep = e.get(slot) or {}
        got = ep.get("name")
        text, sentence = article.get("text") or "", e.get("sentence") or ""
        names = [n for n in [gp.get("name"), *(gp.get("aliases") or [])] if n]
        dl = self.dateline(text)
        if not got:
            if any(n.lower() in sentence.lower() for n in names):
                return "none: counterpart's home in its sentence" if self.home_in(names, sentence) \
                    else "none: in its sentence"
            if dl and self.sg.place_ok(gp, {"name": dl}):
                return "none: the dateline's"
            if any(n.lower() in text.lower() for n in names):
                return "none: elsewhere in the article"
            return "none: not in the article"
        gi, ei = self.info(gp.get("name")), self.info(got)
        gcc, ecc = gp.get("country") or (gi.country_code if gi else None), ep.get("country_code")
        if ei and ei.kind in {"country", "state"} and gcc == ecc and (not gi or gi.kind not in {"country"}):
            return "coarser (country/state for the city)"
        if gi and gi.kind in {"country", "state"} and gcc == ecc and ei and ei.kind not in {"country", "state"}:
            return "finer (a city for the country)"
        if (e.get("origin") or {}).get("name") == got:
            return "another: its origin"
        if dl and got.lower() in dl.lower():
            return "another: the dateline"
        if got.lower() in sentence.lower() and self.home_in([got], sentence):
            return "another: a counterpart's home"
        if any(((o.get("destination") or {}).get("name") == got or (o.get("location") or {}).get("name") == got)
               for o in others if o is not e):
            return "another: another event's place (leg)"
        return "another: other"


def stage(row: dict, quotes: list[str], orphan: bool, article: dict, got: str | None) -> str:
    if orphan or not any(quote_in(q, row["event"].get("sentence")) for q in quotes):
        return "in-article merge / no own event"
    if got and got.lower() not in (article.get("text") or "").lower():
        return "cross-article cluster"
    return "reader"


def rows_of(name: str, base: Path, rel: Relations) -> list[tuple[str, str, str, str]]:
    gold = json.loads((base / "gold.json").read_text(encoding="utf-8"))
    tables = load_score_gold().read_tables(base / "out")
    rows = mention_report(tables, gold)
    orphans = {(f.gold, f.file) for f in census(rows, gold).fates if f.fate == "orphan"}
    by_id = {g["id"]: g for g in gold["events"]}
    arts = {a["input_id"]: a for a in tables["articles"]}
    out = []
    for row in rows:
        if row["optional"] or not row["found"] or row["checks"].get("place", True):
            continue
        g, e = by_id[row["gold"]], row["event"]
        slot = "location" if g["type"] == "meeting" else "destination"
        art = next((a for k, a in arts.items() if row["file"] in k or k in row["file"]), {})
        others = [o for o in tables["events"] if o["article_id"] == e["article_id"]]
        quotes = [m["quote"] for m in g["mentions"] if m["file"] == row["file"]]
        relation = rel.relation(g.get(slot) or {}, e, slot, art, others)
        st = stage(row, quotes, (row["gold"], row["file"]) in orphans, art, (e.get(slot) or {}).get("name"))
        detail = (f"{g['id']}@{row['file'][:3]} {g['type']} | gold {(g.get(slot) or {}).get('name')} got "
                  f"{(e.get(slot) or {}).get('name')} | {quotes[0][:90]}")
        out.append((relation, st, g["type"], detail))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help="read sets; dev_a+dev_b+... for one run over several splits")
    ap.add_argument("--runs", type=Path, required=True, help="keep (and reuse) each set's run here")
    ap.add_argument("--list", action="store_true", help="one line per mention")
    args = ap.parse_args(argv)
    refuse_line_only(ap, [s for name in args.sets for s in name.split("+")], HERE)
    rel = Relations()
    table: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for name in args.sets:
        base = _run(name, args.runs)
        if base is None:
            print(f"{name}: the run failed", file=sys.stderr)
            continue
        for relation, st, _typ, detail in rows_of(name, base, rel):
            table[(relation, st)][name] += 1
            if args.list:
                print(f"  {relation} [{st}] {detail}")
    short = {n: n.replace("dev_", "").replace("+", "")[:4] for n in args.sets}
    print("| relation | stage | total | sets | " + " | ".join(short[n] for n in args.sets) + " |")
    print("|---|---|---:|---:|" + "---:|" * len(args.sets))
    for (relation, st), c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        cells = " | ".join(str(c[n] or "") for n in args.sets)
        print(f"| {relation} | {st} | {sum(c.values())} | {len(c)} | {cells} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
