"""In-process tables for every read set named (dev_a..e joined as one), scored by the shared scorer; pickles each
set's line and mention rows for ``diff.py``. VARIANT (env) names a module imported first (it may monkeypatch).

    VARIANT=v.py .venv/bin/python benchmarks/real_news/tries/issue44status/evalrun.py OUT.pkl dev_k dev_l ...
(issue-42status's evalrun, on ``run_articles`` so the tables are the flow's, ``lent_by_month`` included.)"""
import importlib.util
import json
import os
import pickle
import sys
from pathlib import Path

R = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(R))
if os.environ.get("VARIANT"):
    spec = importlib.util.spec_from_file_location("variant", os.environ["VARIANT"])
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
from score import joined_gold  # noqa: E402
from status_census import FORBIDDEN  # noqa: E402

from dateline.evaluation.events import load_score_gold, mention_report, run_articles  # noqa: E402
from dateline.extractors.pipeline import load_nlp  # noqa: E402
from dateline.ingest import Article, read_inputs  # noqa: E402

AE = ["dev_a", "dev_b", "dev_c", "dev_d", "dev_e"]
if FORBIDDEN & set(sys.argv[2:]):
    raise SystemExit("not a read split")
sg, nlp = load_score_gold(), load_nlp()
sets = [[s] for s in sys.argv[2:] if s not in AE]
if any(s in AE for s in sys.argv[2:]):
    sets.insert(0, AE)
out = {}
for group in sets:
    gold = joined_gold(group) if len(group) > 1 else json.loads((R / group[0] / "gold.json").read_text())
    arts = [a for a in read_inputs([str(R / s / "articles") for s in group]) if isinstance(a, Article)]
    tables = run_articles(arts, nlp)
    s = sg.score(tables, gold)
    name = group[0] if len(group) == 1 else "dev_a-e"
    out[name] = (sg.line(name, s), mention_report(tables, gold))
    print(sg.line(name, s), flush=True)
Path(sys.argv[1]).write_bytes(pickle.dumps(out))
