"""Every place-wrong mention of a read set, by mechanism and by the stage that loses its place.

    .venv/bin/python benchmarks/real_news/place_census.py dev_k                  # one set: its line and table
    .venv/bin/python benchmarks/real_news/place_census.py dev_a dev_b dev_c dev_d dev_e --tag a..e --list

The flow is run as ``score.py`` runs it (one ``dateline run`` over the set's articles, so the line is the set's
line); each required mention whose best-fit event fails the place check is classed from its gold place, the
emitted place (gazetteer kind and country) and the spaCy tag of the gold place where its own quote writes it (the
quote parsed alone, so the tag may differ from the one in the page). The stage: "tagging" when the quote writes the
place and the model tags it no place (GPE/LOC/FAC); "merge/extraction" for an orphan (its best fit is another
mention's event); "clause attachment" when the clause writes the place but the event took another or none;
"story fallback" when the clause writes no place; "normalisation" for a place of the wrong grain (country, city,
venue, region). The twenty-eighth pass's census script (issue-38places) was lost with its /tmp folder; this one
extends it to every read set (thirtieth pass, issue-40place). Reads gold: never for the splits in
``line_only.json``."""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import score  # noqa: E402

from dateline.evaluation.event_census import census  # noqa: E402
from dateline.evaluation.events import load_score_gold, mention_report  # noqa: E402
from dateline.evaluation.read_splits import refuse_line_only  # noqa: E402

_PLACE_TAGS = frozenset({"GPE", "LOC", "FAC"})


def place_wrong_rows(splits: list[str], out: Path) -> tuple[str | None, list[dict]]:
    """Run the flow over ``splits`` into ``out``; its line and one row per required place-wrong mention."""
    gold = score.joined_gold(splits)
    gold_path = out.parent / "gold.json"
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    run = score.run_flow([HERE / s / "articles" for s in splits], out)
    if run.returncode != 0:
        sys.stderr.write(run.stderr[-2000:])
        return None, []
    line = score.scored_line(out, gold_path)
    tables = load_score_gold().read_tables(out)
    rows = mention_report(tables, gold)
    orphans = {(f.gold, f.file) for f in census(rows, gold).fates if f.fate == "orphan"}
    by_id = {g["id"]: g for g in gold["events"]}
    found = []
    for row in rows:
        if row["optional"] or not row["found"] or row["checks"].get("place", True):
            continue
        g, e = by_id[row["gold"]], row["event"]
        slot = "location" if g["type"] == "meeting" else "destination"
        found.append({"gold": g["id"], "file": row["file"], "type": g["type"], "gplace": g.get(slot) or {},
                      "eplace": e.get(slot) or {}, "origin": e.get("origin") or {},
                      "orphan": (row["gold"], row["file"]) in orphans, "sentence": e.get("sentence") or "",
                      "quotes": [m["quote"] for m in g["mentions"] if m["file"] == row["file"]]})
    return line, found


class Classifier:
    """Mechanism and stage of a place-wrong row (the gazetteer for kinds, the model for the quote's tag)."""

    def __init__(self) -> None:
        import spacy

        from dateline.extractors.pipeline import DEFAULT_MODEL
        from dateline.extractors.places import gazetteer

        self.nlp = spacy.load(DEFAULT_MODEL)
        self.gz = gazetteer()

    def kind(self, name: str | None) -> str | None:
        if not name:
            return None
        info = self.gz.lookup(name)
        return info.kind if info else "off-map"

    def written(self, place: dict, text: str) -> str | None:
        """The gold place (or an alias of its kind: 'Ha Noi' for Hanoi, not 'Vietnam') as written in ``text``."""
        own = self.kind(place.get("name"))
        names = [place.get("name")] + list(place.get("aliases") or [])
        return next((n for n in names if n and n.lower() in text.lower()
                     and (n == place.get("name") or self.kind(n) in {own, "off-map"})), None)

    def tag(self, name: str, text: str) -> str:
        doc = self.nlp(text)
        start = text.lower().find(name.lower())
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        return "?" if span is None else "/".join(sorted({t.ent_type_ or "-" for t in span}))

    def classify(self, r: dict) -> tuple[str, str]:
        gp, ep = r["gplace"], r["eplace"]
        quote = " ".join(r["quotes"])
        inq = self.written(gp, quote)
        tag = self.tag(inq, quote) if inq else None
        untagged = tag is not None and not set(tag.split("/")) & _PLACE_TAGS
        gk, ek = self.kind(gp.get("name")), self.kind(ep.get("name"))
        gcc, ecc = gp.get("country"), ep.get("country_code")
        if r["orphan"]:
            if untagged:
                return f"orphan, place in own quote tagged {tag.split('/')[0]}", "tagging (no own event)"
            return ("orphan, place in own quote" if inq else "orphan, place told elsewhere"), "merge/extraction"
        if not ep.get("name"):
            if untagged:
                return f"no place: its place in its quote tagged {tag}", "tagging"
            if inq:
                return "no place: its place in its quote, tagged a place", "clause attachment"
            return "no place: none in its clause", "story fallback"
        near = "clause attachment" if inq or self.written(gp, r["sentence"]) else "story fallback"
        if gcc and ecc and gcc != ecc:
            origin = r["origin"].get("name")
            mech = "origin for destination" if origin and ep.get("name") == origin else "another country's place"
            return mech, near
        if gcc == ecc and ek == "country" and gk != "country":
            return "country where gold has a city/region/venue", "normalisation" if inq else "story fallback"
        if gcc == ecc and gk == "country" and ek != "country":
            return "city where gold keeps the country", "normalisation"
        if {gk, ek} & {"off-map", "state", "site"}:
            return "venue/region vs city (same country)", "normalisation"
        return "another place in the gold's country", near


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("splits", nargs="+")
    ap.add_argument("--tag", help="the set's name in the table (default: the splits joined by '+')")
    ap.add_argument("--list", action="store_true", help="one line per mention")
    args = ap.parse_args(argv)
    refuse_line_only(ap, args.splits, HERE)
    with tempfile.TemporaryDirectory() as tmp:
        line, rows = place_wrong_rows(args.splits, Path(tmp) / "out")
    if line is None:
        return 1
    tag = args.tag or "+".join(args.splits)
    print(f"{tag}: {line}")
    cl = Classifier()
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    for r in rows:
        mech, stage = cl.classify(r)
        counts[(mech, stage)] += 1
        if args.list:
            print(f"  {r['gold']}@{r['file'][:3]} {mech} | {stage} | gold {r['gplace'].get('name')} got "
                  f"{r['eplace'].get('name')} | {r['quotes'][0][:100]}")
    for (mech, stage), n in counts.most_common():
        print(f"{n:4}  {mech}  [{stage}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
