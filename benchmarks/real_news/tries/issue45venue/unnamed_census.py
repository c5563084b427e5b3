"""Census: travel candidates whose travellers are no person the page names (a described subject), per split;
arrivals and arrivals placed at a venue site (venue_site) counted apart. Reads only system output."""
import collections, sys
from pathlib import Path
import dateline.extractors.events.trips as T
import dateline.extractors.events.assemble as A
from dateline.evaluation.events import run_articles
from dateline.extractors.pipeline import load_nlp
from dateline.ingest import Article, read_inputs

cur = {"split": None}
counts = collections.Counter()
sites: list = []
orig_site = T.venue_site
def site(tok, people=None):
    p = orig_site(tok, people)
    if p is not None:
        sites.append(p)
    return p
T.venue_site = site
orig = T.travel_candidate
def wrap(b, t, spec):
    sites.clear()
    c = orig(b, t, spec)
    if c is None:
        if sites:
            counts[(cur["split"], "site read, no event")] += 1
        return c
    named = any(p.name in b.people.people for p in c.participants)
    if not named:
        counts[(cur["split"], "unnamed trip")] += 1
        if c.subtype == "arrive":
            counts[(cur["split"], "unnamed arrival")] += 1
    if sites and c.destination in sites:
        counts[(cur["split"], "site arrival " + ("named" if named else "unnamed"))] += 1
    return c
T.travel_candidate = wrap
A.travel_candidate = wrap
nlp = load_nlp()
root = Path("benchmarks/real_news")
for s in sys.argv[1:]:
    cur["split"] = s
    arts = [a for a in read_inputs([str(root / s / "articles")]) if isinstance(a, Article)]
    run_articles(arts, nlp)
keys = ["unnamed trip", "unnamed arrival", "site arrival named", "site arrival unnamed", "site read, no event"]
print("split", *keys, sep="\t")
for s in sys.argv[1:]:
    print(s, *(counts[(s, k)] for k in keys), sep="\t")
for k in keys:
    print("TOTAL", k, sum(counts[(s, k)] for s in sys.argv[1:]), "sets", sum(counts[(s, k)] > 0 for s in sys.argv[1:]))
