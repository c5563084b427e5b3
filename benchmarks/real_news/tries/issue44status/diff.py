"""Two ``evalrun.py`` pickles compared: each set whose line differs, and each mention whose checks differ.

    .venv/bin/python benchmarks/real_news/tries/issue44status/diff.py base.pkl variant.pkl
(issue-42status's diff.py, tidied.)"""
import pickle
import re
import sys
from pathlib import Path


def nums(line: str) -> str:
    """A score line without its set name and its list of missed mentions."""
    return re.sub(r"; missed.*", "", line.split(": ", 1)[1])


a = pickle.loads(Path(sys.argv[1]).read_bytes())
b = pickle.loads(Path(sys.argv[2]).read_bytes())
for k in a:
    if k not in b or nums(a[k][0]) == nums(b[k][0]):
        continue
    print(k, "\n  A", nums(a[k][0]), "\n  B", nums(b[k][0]))
    rb = {(r["gold"], r["file"], i): r for i, r in enumerate(b[k][1])}
    for i, x in enumerate(a[k][1]):
        y = rb.get((x["gold"], x["file"], i))
        if y is None:
            continue
        cx, cy = x.get("checks", {}), y.get("checks", {})
        if cx != cy or x["found"] != y["found"]:
            ch = {f: (cx.get(f), cy.get(f)) for f in set(cx) | set(cy) if cx.get(f) != cy.get(f)}
            ev = y.get("event") or {}
            print("   ", x["gold"], x["file"][:12], "opt" if x["optional"] else "", ch, "|", ev.get("trigger"),
                  ev.get("status"))
