import pickle, sys, collections
from pathlib import Path
sys.path.insert(0, '/work/wt-place/benchmarks/real_news')
from dateline.evaluation.events import mention_report, load_score_gold
from dateline.evaluation.event_census import census
sg = load_score_gold()
def last(n): return n.split()[-1].lower() if n else ''
def ppl(e): return {last(p['name']) for p in e.get('participants') or []}
def holds(x, day):
    if not day or not x.get('date_start'): return None
    return x['date_start'] <= day <= (x.get('date_end') or x['date_start'])
C = collections.Counter(); S = collections.defaultdict(set)
for p in sorted(Path('/tmp/p44/dump').glob('*.pkl')):
    d = pickle.loads(p.read_bytes()); t = d['tables']; gold = d['gold']; by = {g['id']: g for g in gold['events']}
    rows = mention_report(t, gold); orph = {(f.gold, f.file) for f in census(rows, gold).fates if f.fate == 'orphan'}
    for r in rows:
        if r['optional'] or not r['found'] or r['checks'].get('place', True): continue
        g = by[r['gold']]; e = r['event']; s = 'location' if g['type'] == 'meeting' else 'destination'
        if e.get(s): continue
        day = e.get('date_start')
        cands = []
        for x in t['events']:
            if x is e or x['event_type'] != 'travel' or not x.get('destination') or not (ppl(x) & ppl(e)): continue
            if x.get('subtype') == 'return': continue
            h = holds(x, day)
            cands.append((sg.place_ok(g.get(s), x['destination']), h, x['article_id'] == e['article_id'], x['destination']['name'], x['status']))
        good = [c for c in cands if c[0]]
        k = ('orphan ' if (r['gold'], r['file']) in orph else 'own ') + g['type'][:4] + ': ' + (
            'no trip of a side' if not cands else
            'a trip to gold place holds the day' if any(c[1] for c in good) else
            'a trip to gold place, day unknown/outside' if good else 'trips elsewhere only')
        C[k] += 1; S[k].add(p.stem)
        print(p.stem, r['gold'], r['file'][:12], k, '| day', day, '|', sorted({(c[3], c[1], c[2], c[4]) for c in cands})[:5])
for k, v in C.most_common(): print(v, len(S[k]), k, sorted(S[k]))
