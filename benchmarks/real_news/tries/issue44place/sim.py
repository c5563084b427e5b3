"""Post-hoc simulation: transform the dumped events table, rescore with the shared scorer, per-set deltas."""
import copy, importlib, pickle, sys
from pathlib import Path
sys.path.insert(0, '/tmp/p44')
from dateline.evaluation.events import load_score_gold
sg = load_score_gold()
mod = importlib.import_module(sys.argv[1])
tot = {}
for p in sorted(Path('/tmp/p44/dump').glob('*.pkl'), key=lambda p: (len(p.stem), p.stem)):
    d = pickle.loads(p.read_bytes()); t = d['tables']
    a = sg.score(t, d['gold'])
    t2 = dict(t); t2['events'] = mod.transform(copy.deepcopy(t['events']), d)
    b = sg.score(t2, d['gold'])
    diffs = []
    for k in ('full',):
        if a[k] != b[k]: diffs.append(f"full {a[k]}->{b[k]}")
    for k, v in a['wrong'].items():
        if v != b['wrong'][k]: diffs.append(f"{k} {v}->{b['wrong'][k]}")
    for k in ('split', 'merged', 'found'):
        if a[k] != b[k]: diffs.append(f"{k} {a[k]}->{b[k]}")
    if round(a['precision'], 2) != round(b['precision'], 2): diffs.append(f"p {a['precision']:.2f}->{b['precision']:.2f}")
    ch = getattr(mod, 'CHANGED', None)
    print(p.stem, ', '.join(diffs) or 'same', f"[{ch.pop(p.stem, 0) if ch is not None else ''} changed]")
