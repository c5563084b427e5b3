"""Dump in-process tables per read set (main code of the worktree) for offline place census."""
import json, pickle, sys
from pathlib import Path
R = Path('/work/wt-place/benchmarks/real_news')
sys.path.insert(0, str(R))
import score
from dateline.evaluation.events import run_articles
from dateline.extractors.pipeline import load_nlp
from dateline.ingest import Article, read_inputs
out = Path(sys.argv[1]); out.mkdir(exist_ok=True, parents=True)
nlp = load_nlp()
for tag in sys.argv[2:]:
    splits = ['dev_a', 'dev_b', 'dev_c', 'dev_d', 'dev_e'] if tag == 'a..e' else [tag]
    gold = score.joined_gold(splits)
    arts = [a for s in splits for a in read_inputs([str(R / s / 'articles')]) if isinstance(a, Article)]
    tables = run_articles(arts, nlp)
    texts = {a.origin: a.text for a in arts}
    (out / f'{tag}.pkl').write_bytes(pickle.dumps({'tables': tables, 'gold': gold, 'texts': texts}))
    print(tag, 'done', flush=True)
