import os
from dateline.extractors.places import gazetteer
gz = gazetteer()
MODE = os.environ.get('MODE', 'day')
def slot(e): return 'location' if e['event_type'] == 'meeting' else 'destination'
def ppl(e): return {p['name'] for p in e.get('participants') or []}
def holds(x, e):
    if not e.get('date_start'):
        return MODE == 'any'
    if not x.get('date_start'): return False
    x0, x1 = x['date_start'], x.get('date_end') or x['date_start']
    return x0 <= e['date_start'] <= x1
def transform(evs, d):
    for e in evs:
        if e['event_type'] != 'meeting' or e.get('location'): continue
        if e.get('subtype') in ('call', 'phone_call', 'video_call'): continue
        ps = {}
        for x in evs:
            if x is e or x['article_id'] != e['article_id'] or x['event_type'] != 'travel': continue
            if not (ppl(x) & ppl(e)) or not x.get('destination') or x.get('subtype') == 'return': continue
            if x.get('subtype') in ('depart',) and MODE != 'depart': continue
            if not holds(x, e): continue
            ps[x['destination']['name']] = x['destination']
        if len(ps) == 1:
            e['location'] = dict(next(iter(ps.values())))
    return evs
