"""Emitted events that match no gold mention, each beside the matched event of its page it most likely retells, with
the first test of the in-article merge (``merge._compatible``) that keeps the pair apart.

    .venv/bin/python benchmarks/real_news/retold_census.py dev_q dev_r  # counts per shape and test, then blocks

Each article runs alone (``event_path.traced_runs``). The twin is a matched event whose gold event is quoted in the
unmatched event's sentence (same type first), else the nearest matched event of its type sharing a named person
("d": a sentence the gold does not quote). The thirty-sixth pass (issue-46retold) wrote it. Reads gold: never for
the splits in ``line_only.json``."""

from __future__ import annotations

import collections
import sys
from pathlib import Path

from dateline.evaluation.event_path import trace_event_path, traced_runs
from dateline.evaluation.events import quote_in, unmatched_events
from dateline.evaluation.read_splits import line_only_splits

HERE = Path(__file__).resolve().parent


def diagnose(a, b, known: set[str]) -> str:
    """The first test of ``merge._compatible`` (in its order) that keeps ``a`` and ``b`` apart, or 'compatible'."""
    import dateline.extractors.events.merge as m
    from dateline.extractors.events.candidate import dates_compatible, named_people, subtypes_compatible
    from dateline.extractors.events.clause_meetings import own_clause_counterparts
    from dateline.extractors.events.plan_ahead import plan_ahead_of_done
    from dateline.extractors.events.triggers import lexicon
    from dateline.extractors.places import gazetteer

    gz, remote = gazetteer(), lexicon().remote_subtypes
    placed_call = (a.subtype in remote and b.subtype not in remote and b.explicit_place
                   or b.subtype in remote and a.subtype not in remote and a.explicit_place)
    days = dates_compatible(a.date_start, a.date_end, b.date_start, b.date_end) or any(
        f(x, y) for f in (m._on_the_eve, m._day_borrowed_before) for x, y in ((a, b), (b, a)))
    tests = [
        ("type differs", a.event_type != b.event_type),
        ("subtype differs", not subtypes_compatible(a.subtype, b.subtype, a.event_type)),
        ("one trigger two subtypes", a.trigger == b.trigger and a.subtype != b.subtype),
        ("call vs placed meeting", placed_call),
        ("location differs", not gz.compatible(a.location, b.location)),
        ("destination differs", not gz.compatible(a.destination, b.destination)),
        ("origin differs", not gz.compatible(a.origin, b.origin)),
        ("travel place missing", a.event_type == "travel" and not (a.destination and b.destination)
         and not (a.origin and b.origin) and not m._same_step_unplaced(a, b, known)),
        ("days differ", not days),
        ("plan and occurrence", a.sentence != b.sentence and m._plan_and_occurrence(a, b)),
        ("plan beside done", m._plan_beside_done(a, b) or m._plan_beside_done(b, a) or plan_ahead_of_done(a, b)),
        ("later leg", m._a_later_leg(a, b) or m._a_later_leg(b, a)),
        ("moves within", m._moves_within(a, b) or m._moves_within(b, a)),
        ("one more", m._one_more(a, b)),
        ("other counterparts", m._other_counterparts(a, b, known)),
        ("own clause counterparts", own_clause_counterparts(a, b, known)),
    ]
    for name, failed in tests:
        if failed:
            return name
    pa, pb = named_people(a, known), named_people(b, known)
    placed = bool((a.location or a.destination) and (b.location or b.destination))
    dated = (a.date_start or a.date_end) is not None and (b.date_start or b.date_end) is not None
    if not (placed or dated):
        ok = bool(pa) and (pa == pb or a.sentence == b.sentence and (pa <= pb or pb <= pa))
        return "compatible" if ok else f"unanchored: people {'none' if not pa else 'differ'}"
    ea, eb = m._named_here(a, known), m._named_here(b, known)
    if a.event_type == "meeting" and len(ea) >= 2 and len(eb) >= 2 and not (ea <= eb or eb <= ea):
        return "each names another"
    if pa and pb:
        return "compatible" if pa & pb else "no shared person"
    if pa or pb:
        return "compatible" if m._unnamed_beside_named(a, b, known) else "one side unnamed"
    same = (a.location, a.destination, a.date_start, a.date_end) == (b.location, b.destination, b.date_start,
                                                                      b.date_end)
    return "compatible" if same else "nobody named, fields differ"


def brief(c, known: set[str]) -> str:
    from dateline.extractors.events.candidate import named_people

    p = c.location or c.destination
    return (f"{c.event_type}/{c.subtype} [{c.trigger.text}] {sorted(named_people(c, known))} "
            f"all={[x.name for x in c.participants]} at={p.name if p else None} {c.date_start}..{c.date_end} "
            f"{c.status} src={c.date_source}")


def _candidate(kept: list, e: dict):
    """The merged candidate an emitted row came from: same sentence and trigger, and same place and people when a
    list was split into one event per item."""
    first = None
    for c in kept:
        if c.sentence != e.get("sentence") or c.trigger.text != e.get("trigger"):
            continue
        cp = c.location or c.destination
        ep = (e.get("location") or {}).get("name") or (e.get("destination") or {}).get("name")
        if (cp.name if cp else None) == ep and {p.name for p in c.participants} == {
                p["name"] for p in e.get("participants") or []}:
            return c
        first = first or c
    return first


def _twins(ga, e: dict, u, tables: dict, matched: dict, kept: list, known: set[str]) -> tuple[bool, list]:
    """Whether the gold quotes ``e``'s sentence, and the matched candidates ``u`` may retell, nearest first."""
    from dateline.extractors.events.candidate import named_people

    quoted = {g["id"] for g in ga.gold["events"] for m in g["mentions"]
              if m["file"] == ga.name and quote_in(m["quote"], e.get("sentence"))}
    out = []
    for e2 in tables["events"]:
        if e2 is not e and id(e2) in matched and matched[id(e2)] & quoted \
                and (c2 := _candidate(kept, e2)) is not None:
            out.append(c2)
    if not out:
        pu = named_people(u, known)
        out = [c2 for e2 in tables["events"] if e2 is not e and id(e2) in matched
               and (c2 := _candidate(kept, e2)) is not None and c2.event_type == u.event_type
               and pu & named_people(c2, known)]
        out.sort(key=lambda c2: abs(c2.start_char - u.start_char))
    same = [c2 for c2 in out if c2.event_type == u.event_type]
    return bool(quoted), same + [c2 for c2 in out if c2.event_type != u.event_type]


def main() -> None:
    """Print the census of the splits named on the command line."""
    splits = sys.argv[1:]
    refused = line_only_splits(HERE) & set(splits)
    if refused:
        raise SystemExit(f"line-only splits: {sorted(refused)}")
    trace = trace_event_path()
    tot: collections.Counter[str] = collections.Counter()
    sets: dict[str, set[str]] = collections.defaultdict(set)
    lines: list[str] = []
    for ga, rows, tables in traced_runs(HERE, splits, trace):
        known = trace.named or set()
        matched: dict[int, set[str]] = {}
        for r in rows:
            if r["found"]:
                matched.setdefault(id(r["event"]), set()).add(r["gold"])
        for e, _ in unmatched_events(tables, rows):
            u = _candidate(trace.kept, e)
            if u is None:
                tot["(no candidate)"] += 1
                continue
            quoted, twins = _twins(ga, e, u, tables, matched, trace.kept, known)
            shape = "twin" if quoted and twins else ("no matched twin" if quoted else "d: sentence quotes no gold")
            why = "-"
            if twins:
                why = diagnose(twins[0], u, known) + (" (same sentence)" if twins[0].sentence == u.sentence else "")
            key = f"{shape} | {why}"
            tot[key] += 1
            sets[key].add(ga.split)
            lines.append(f"{ga.split} {ga.name[:30]} {key}\n  U {brief(u, known)}\n    {u.sentence[:200]!r}")
            if twins:
                lines.append(f"  K {brief(twins[0], known)}\n    {twins[0].sentence[:200]!r}")
    for k, v in tot.most_common():
        print(f"{v:4d} {len(sets[k]):3d} sets  {k}  {sorted(sets[k])}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
