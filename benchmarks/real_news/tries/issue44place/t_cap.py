import os
from dateline.extractors.places import gazetteer
gz = gazetteer()
TYPES = os.environ.get('TYPES', 'meeting,travel').split(',')
def slot(e): return 'location' if e['event_type'] == 'meeting' else 'destination'
def transform(evs, d):
    for e in evs:
        if e['event_type'] not in TYPES: continue
        pl = e.get(slot(e))
        if not pl: continue
        i = gz.lookup(pl['name'])
        if not i or i.kind != 'country': continue
        if os.environ.get('HOST') and not any(p.get('country_code') == i.country_code for p in e['participants']): continue
        if os.environ.get('VISITOR') and not any(p.get('country_code') and p.get('country_code') != i.country_code for p in e['participants']): continue
        c = gz.capital_of(i.country_code)
        if c: e[slot(e)] = {**pl, 'name': c.name}
    return evs
