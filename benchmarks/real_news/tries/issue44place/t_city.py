from dateline.extractors.places import gazetteer
gz = gazetteer()
CHANGED = {}
COARSE = {'country', 'state'}
def kind(n):
    i = gz.lookup(n) if n else None
    return i.kind if i else 'off-map'
def slot(e): return 'location' if e['event_type'] == 'meeting' else 'destination'
def ppl(e): return {p['name'] for p in e.get('participants') or []}
def overlap(a, b):
    if not a.get('date_start') or not b.get('date_start'): return False
    a0, a1 = a['date_start'], a.get('date_end') or a['date_start']
    b0, b1 = b['date_start'], b.get('date_end') or b['date_start']
    return a0 <= b1 and b0 <= a1
def transform(evs, d):
    tag = None
    for e in evs:
        pl = e.get(slot(e))
        if not pl or kind(pl['name']) != 'country': continue
        cities = {}
        for x in evs:
            if x is e or x['article_id'] != e['article_id'] or not (ppl(x) & ppl(e)): continue
            xp = x.get(slot(x))
            if not xp or xp.get('country_code') != pl.get('country_code') or kind(xp['name']) in COARSE: continue
            if kind(xp['name']) in ('off-map',): continue
            if not overlap(e, x): continue
            cities[xp['name']] = xp
        if len(cities) == 1:
            e[slot(e)] = dict(next(iter(cities.values())))
            CHANGED[d['gold']['about']] = CHANGED.get(d['gold']['about'], 0) + 1
    return evs
