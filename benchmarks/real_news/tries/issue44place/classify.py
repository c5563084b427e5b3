"""Class every place-wrong required found mention by the brief's classes (offline, from /tmp/p44/dump)."""
import collections, pickle, re, sys
from pathlib import Path
sys.path.insert(0, '/work/wt-place/benchmarks/real_news')
from dateline.evaluation.events import mention_report, load_score_gold, quote_in
from dateline.evaluation.event_census import census
from dateline.extractors.places import gazetteer
sg = load_score_gold(); gz = gazetteer()
DUMP = Path(sys.argv[1]); LIST = '--list' in sys.argv
def kind(n):
    if not n: return None
    i = gz.lookup(n); return i.kind if i else 'off-map'
def names(gp): return [n for n in [gp.get('name')] + list(gp.get('aliases') or []) if n]
def in_text(gp, t):
    t = (t or '').lower(); return next((n for n in names(gp) if n.lower() in t), None)
def slot(t): return 'location' if t == 'meeting' else 'destination'
def classify(r, g, e, evs, text, orphan):
    gp = g.get(slot(g['type'])) or {}; ep = e.get(slot(g['type'])) or {}
    sent = e.get('sentence') or ''
    quote = ' '.join(m['quote'] for m in g['mentions'] if m['file'] == r['file'])
    head = text[:200]
    dl = re.split(r'\s[-\u2014\u2013]\s|\(\w+\)', head, maxsplit=1)[0] if head else ''
    gname = gp.get('name'); en = ep.get('name'); gk, ek = kind(gname), kind(en)
    gcc, ecc = gp.get('country'), ep.get('country_code')
    ppl = {p['name'] for p in e.get('participants') or []}
    same_day = [x for x in evs if x is not e and x['article_id'] == e['article_id']
                and ppl & {p['name'] for p in x.get('participants') or []}
                and (x.get(slot('travel')) or x.get('location')) and sg.place_ok(gp, x.get('destination') or x.get('location'))]
    if not en:
        if in_text(gp, quote): return 'nowhere: gold place in own quote (clause attachment)'
        if re.search(r'\b(here|the capital|this city)\b', quote, re.I) or (in_text(gp, dl) and len(dl) < 80):
            return 'nowhere: dateline/here not taken'
        if same_day: return 'nowhere: story puts traveller at gold place (another event)'
        if in_text(gp, text): return 'nowhere: gold place elsewhere in page, no event there'
        return 'nowhere: gold place not in page'
    origin = (e.get('origin') or {}).get('name')
    if origin and en == origin and g['type'] == 'travel': return 'origin taken for destination'
    if gcc and ecc and gcc == ecc:
        if ek == 'country' and gk != 'country': return 'country where gold has city'
        if gk == 'country' and ek != 'country': return 'city where gold has country'
        if ek in ('off-map', 'site') and gk not in ('off-map', 'site'): return 'venue not resolved to city'
        if gk in ('state',) or ek in ('state',): return 'region vs city'
    if gname and en and gname.lower() == en.lower() or (en and any(n.lower() == en.lower() for n in names(gp))):
        return 'geocoding: same name, other place'
    if ek == 'off-map' and not en.lower() in sent.lower(): return 'geocoding/off-map name'
    if in_text(gp, dl) and len(dl) < 80 and en.lower() not in dl.lower() and not in_text(gp, quote):
        return 'dateline place not taken (another place taken)'
    if en.lower() in sent.lower():
        if in_text(gp, sent): return 'place from another clause (both in sentence)'
        return 'another place of its sentence (gold place not in sentence)'
    return 'another event\'s/story place'
tot = collections.Counter(); bys = collections.defaultdict(collections.Counter)
for p in sorted(DUMP.glob('*.pkl')):
    tag = p.stem; d = pickle.loads(p.read_bytes()); tables, gold = d['tables'], d['gold']
    rows = mention_report(tables, gold)
    orphans = {(f.gold, f.file) for f in census(rows, gold).fates if f.fate == 'orphan'}
    by_id = {g['id']: g for g in gold['events']}
    fileof = {a['article_id']: a['file'] for a in tables['articles']}
    n = 0
    for r in rows:
        if r['optional'] or not r['found'] or r['checks'].get('place', True): continue
        g = by_id[r['gold']]; e = r['event']
        text = next((t for f, t in d['texts'].items() if r['file'] in f), '')
        c = classify(r, g, e, tables['events'], text, False)
        c = ('orphan: ' if (r['gold'], r['file']) in orphans else 'own: ') + c
        tot[c] += 1; bys[c][tag] += 1; n += 1
        if LIST:
            gp = g.get(slot(g['type'])) or {}; ep = e.get(slot(g['type'])) or {}
            print(f"{tag} {r['gold']}@{r['file'][:12]} {g['type'][:4]} | {c} | gold {gp.get('name')} got {ep.get('name')} | {(e.get('sentence') or '')[:140]!r}")
    bys['TOTAL'][tag] = n
tags = sorted({t for c in bys.values() for t in c}, key=lambda t: (len(t), t))
print('| class | total | sets | ' + ' | '.join(t.replace('dev_', '') for t in tags) + ' |')
for c, n in tot.most_common() + [('TOTAL', sum(tot.values()))]:
    print(f'| {c} | {n} | {len(bys[c])} | ' + ' | '.join(str(bys[c].get(t, '')) for t in tags) + ' |')
