import pickle, sys
from pathlib import Path
from dateline.evaluation.events import load_score_gold
sg = load_score_gold()
A, B = Path(sys.argv[1]), Path(sys.argv[2])
sums = {}
for p in sorted(B.glob('*.pkl'), key=lambda p: (len(p.stem), p.stem)):
    da, db = pickle.loads((A / p.name).read_bytes()), pickle.loads(p.read_bytes())
    a, b = sg.score(da['tables'], da['gold']), sg.score(db['tables'], db['gold'])
    diffs = []
    for k in ('full', 'found', 'split', 'merged', 'stops_ok', 'tx_ok', 'pub_ok', 'n_events'):
        if a.get(k) != b.get(k): diffs.append(f"{k} {a.get(k)}->{b.get(k)}")
        sums[k] = sums.get(k, 0) + (b.get(k) or 0) - (a.get(k) or 0)
    for k, v in a['wrong'].items():
        if v != b['wrong'][k]: diffs.append(f"{k} {v}->{b['wrong'][k]}")
        sums[k] = sums.get(k, 0) + b['wrong'][k] - v
    if round(a['precision'], 2) != round(b['precision'], 2): diffs.append(f"p {a['precision']:.2f}->{b['precision']:.2f}")
    print(p.stem, ', '.join(diffs) or 'same')
print('sums delta', {k: v for k, v in sums.items() if v})
