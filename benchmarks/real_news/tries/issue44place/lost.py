import pickle, sys, collections, re
from pathlib import Path
sys.path.insert(0, '/work/wt-place/benchmarks/real_news')
from dateline.evaluation.events import mention_report, load_score_gold
from dateline.evaluation.event_census import census
from dateline.extractors.places import gazetteer
gz = gazetteer()
sg = load_score_gold()
C = collections.Counter(); S = collections.defaultdict(set)
for p in sorted(Path('/tmp/p44/dump').glob('*.pkl')):
    d = pickle.loads(p.read_bytes()); t = d['tables']; gold = d['gold']; by = {g['id']: g for g in gold['events']}
    rows = mention_report(t, gold); orph = {(f.gold, f.file) for f in census(rows, gold).fates if f.fate == 'orphan'}
    for r in rows:
        if r['optional'] or not r['found'] or r['checks'].get('place', True): continue
        g = by[r['gold']]; e = r['event']; s = 'location' if g['type'] == 'meeting' else 'destination'
        gp = g.get(s) or {}; sent = e.get('sentence') or ''
        ep = (e.get(s) or {}).get('name') or ''
        names = [n for n in [gp.get('name')] + list(gp.get('aliases') or []) if n]
        w = next((n for n in names if n.lower() in sent.lower() and n != gp.get('country')), None)
        if not w or g['type'] != 'travel': continue
        # is the gold place written in a list with the emitted place? (X, Y and Z)
        if not ep or ep.lower() not in sent.lower(): continue
        i, j = sent.lower().find(w.lower()), sent.lower().find(ep.lower().split(',')[0])
        between = sent[min(i, j):max(i, j)]
        listy = bool(re.fullmatch(r"[\w .'-]*?(,\s*[\w .'-]+?)*(,?\s*and\s+[\w .'-]+?)?[\w .'-]*", between)) and len(between) < 60 and (',' in between or ' and ' in between)
        if not listy: continue
        same = [x for x in t['events'] if x['article_id'] == e['article_id'] and x.get('sentence') == sent and x.get(s) and sg.place_ok(gp, x[s])]
        info = gz.lookup(w)
        k = ('orphan' if (r['gold'], r['file']) in orph else 'own') + (' item has event' if same else ' item lost') + (' (on map)' if info else ' (off map)')
        C[k] += 1; S[k].add(p.stem)
        print(p.stem, r['gold'], k, '| gold', w, '| got', ep, '|', sent[:130].replace('\n', ' '))
for k, v in C.most_common(): print(v, len(S[k]), k, sorted(S[k]))
