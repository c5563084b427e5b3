"""RAMS dev as a check of meeting/travel extraction on news it was not written for.

RAMS annotates one event per five-sentence window. We keep the windows whose event is a face-to-face meeting
(``contact.*.meet``) or a person's movement (``movement.transportperson.*``), join each window's tokens with single
spaces, run the real per-article analysis (``analyse_doc``: article date from the text, timexes, noise, events; the
windows carry no metadata, so the article date is whatever the text gives), and map character offsets back to token
indices.

Matching: a gold event is *recalled* when an event of the mapped type (meet -> meeting, transportperson -> travel)
has its trigger on the gold trigger tokens; *recalled (sentence)* relaxes that to any such event in the trigger's
sentence. Arguments are scored on the matched event (trigger match first, else the sentence match) per role:
meeting participant (RAMS participant/communicator/recipient), place, travel traveller (passenger + transporter),
origin, destination. A predicted argument is right when its text shares a content word with a gold argument of the
role, or (places) resolves to the same gazetteer place. Events without a match count all their gold arguments as
missed; predicted arguments of unmatched events are not counted (RAMS does not annotate other events).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROLE_MAP = {
    "participant": "participant", "communicator": "participant", "recipient": "participant",
    "place": "place", "passenger": "traveller", "transporter": "traveller",
    "origin": "origin", "destination": "destination",
}
_RUN_DATE = date(2026, 11, 23)
# RAMS subtypes that are speech acts made face to face (contact.<act>.meet) or detentions (movement.transportperson.
# prevent*): not meetings or trips in the sense, reported separately so the recall on the others is visible
SPEECH_AND_ARREST = ("commitmentpromiseexpressintent", "prevarication", "requestadvise", "commandorder",
                     "threatencoerce", "preventexit", "prevententry")


def _ordinary(label: str) -> bool:
    return not any(part in SPEECH_AND_ARREST for part in label.split("."))
ROLES = ("participant", "place", "traveller", "origin", "destination")
_STOP = {"the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "his", "her", "their", "its", "'s", "-", ","}


@dataclass
class Tally:
    events: int = 0
    recalled: int = 0
    recalled_sentence: int = 0
    in_scope: int = 0  # windows whose trigger word is in our lexicon for that type (a meeting/travel word)
    recalled_in_scope: int = 0
    by_type: Counter = field(default_factory=Counter)
    recalled_by_type: Counter = field(default_factory=Counter)
    tp: Counter = field(default_factory=Counter)
    n_pred: Counter = field(default_factory=Counter)
    n_gold: Counter = field(default_factory=Counter)
    n_gold_matched: Counter = field(default_factory=Counter)  # gold arguments of events we matched
    by_label: Counter = field(default_factory=Counter)  # RAMS event type -> windows
    recalled_by_label: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)


def _role(label: str) -> str | None:
    # "evt089arg02place" -> "place"
    name = label[label.index("arg") + 5:] if "arg" in label else label
    return ROLE_MAP.get(name)


def _words(s: str) -> set[str]:
    return {w for w in s.lower().replace("’s", "").replace("'s", "").split() if w not in _STOP}


def _same_place(gold_text: str, pred_name: str) -> bool:
    from dateline.extractors.places import gazetteer

    if _words(gold_text) & _words(pred_name):
        return True
    hit = gazetteer().lookup(gold_text)
    return bool(hit and hit.name.lower() == pred_name.lower())


def _pred_args(e) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {r: [] for r in ROLES}
    people = [f"{p.name} {p.mention or ''}" for p in e.participants]
    if e.event_type == "meeting":
        out["participant"] = people
        if e.location:
            out["place"] = [e.location.name]
    else:
        out["traveller"] = people
        if e.origin:
            out["origin"] = [e.origin.name]
        if e.destination:
            out["destination"] = [e.destination.name]
    return out


def _matches(role: str, gold_text: str, pred: str) -> bool:
    if role in {"place", "origin", "destination"}:
        return _same_place(gold_text, pred)
    return bool(_words(gold_text) & _words(pred))


def evaluate(path: Path, *, limit: int | None = None, nlp=None) -> Tally:
    from dateline.extractors.events.triggers import lexicon
    from dateline.extractors.pipeline import load_nlp

    nlp = nlp or load_nlp()
    lex = lexicon()
    t = Tally()
    rows = []
    for line in Path(path).read_text().splitlines():
        d = json.loads(line)
        label = d["evt_triggers"][0][2][0][0]
        parts = label.split(".")
        if parts[-1] == "meet" or parts[:2] == ["movement", "transportperson"]:
            rows.append((d, label, "meeting" if parts[-1] == "meet" else "travel"))
    if limit:
        rows = rows[:limit]
    for d, label, etype in rows:
        toks = [w for s in d["sentences"] for w in s]
        starts, pos = [], 0
        for w in toks:
            starts.append(pos)
            pos += len(w) + 1
        text = " ".join(toks)
        ts, te = d["evt_triggers"][0][0], d["evt_triggers"][0][1]
        c0, c1 = starts[ts], starts[te] + len(toks[te])
        doc = nlp(text)
        events = _events(doc, d["doc_key"], text)
        t.events += 1
        t.by_type[etype] += 1
        t.by_label[label] += 1
        same_type = [e for e in events if e.event_type == etype]
        strict = [e for e in same_type if e.start_char < c1 and c0 < e.end_char]
        sent = doc.char_span(c0, c1, alignment_mode="expand")
        s0, s1 = (sent.sent.start_char, sent.sent.end_char) if sent is not None else (c0, c1)
        loose = [e for e in same_type if s0 <= e.start_char < s1]
        trig = doc.char_span(c0, c1, alignment_mode="expand")
        lemma = trig.root.lemma_.lower() if trig is not None else toks[ts].lower()
        in_lex = any(s.event_type == etype for s in lex.specs_for(trig.root)) if trig is not None else False
        t.in_scope += in_lex
        if strict:
            t.recalled += 1
            t.recalled_by_type[etype] += 1
            t.recalled_by_label[label] += 1
            t.recalled_in_scope += in_lex
        if strict or loose:
            t.recalled_sentence += 1
        match = (strict or loose or [None])[0]
        if match is None:
            other = [e for e in events if e.start_char < c1 and c0 < e.end_char]
            kind = ("event: trigger read as the other type" if other else
                    "event: lexicon trigger rejected (arguments missing)" if in_lex else
                    f"event: trigger not in lexicon ({etype})")
            t.errors[kind] += 1
            t.examples.setdefault(kind, []).append(lemma)
        gold: dict[str, list[str]] = {r: [] for r in ROLES}
        for (a0, a1), _, lab in ((x[1], x[0], x[2]) for x in d["gold_evt_links"]):
            role = _role(lab)
            if role:
                gold[role].append(" ".join(toks[a0:a1 + 1]))
        pred = _pred_args(match) if match is not None else {r: [] for r in ROLES}
        for role in ROLES:
            t.n_gold[role] += len(gold[role])
            if match is None:
                continue
            t.n_gold_matched[role] += len(gold[role])
            t.n_pred[role] += len(pred[role])
            hit_gold = [g for g in gold[role] if any(_matches(role, g, p) for p in pred[role])]
            hit_pred = [p for p in pred[role] if any(_matches(role, g, p) for g in gold[role])]
            t.tp[role] += len(hit_pred)
            for g in gold[role]:
                if g not in hit_gold:
                    kind = f"{role}: missed" + (" (pronoun)" if g.lower() in {"he", "she", "they", "we", "it", "i",
                                                                           "them", "him", "her"} else "")
                    t.errors[kind] += 1
                    t.examples.setdefault(kind, []).append(g)
            for p in pred[role]:
                if p not in hit_pred:
                    kind = f"{role}: spurious" + (" (no gold argument of this role)" if not gold[role] else "")
                    t.errors[kind] += 1
                    t.examples.setdefault(kind, []).append(p)
    return t


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = min(tp, n_gold) / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def report(t: Tally, top: int = 10) -> str:
    lines = [f"RAMS dev meet + transportperson windows: {t.events}",
             f"event recall (trigger match) {t.recalled / max(t.events, 1):.3f} ({t.recalled}/{t.events}); "
             f"event recall (same sentence) {t.recalled_sentence / max(t.events, 1):.3f}",
             "  by type: " + ", ".join(f"{k} {t.recalled_by_type[k]}/{v}" for k, v in sorted(t.by_type.items())),
             f"  on windows whose trigger is a meeting/travel word of our lexicon: "
             f"{t.recalled_in_scope / max(t.in_scope, 1):.3f} ({t.recalled_in_scope}/{t.in_scope})",
             "arguments      all gold events            | events we matched",
             "role          P      R      F1    (pred/gold)  | R      F1    (gold)"]
    tp = n_pred = n_gold = n_gm = 0
    for role in ROLES:
        p, r, f = _prf(t.tp[role], t.n_pred[role], t.n_gold[role])
        _, rm, fm = _prf(t.tp[role], t.n_pred[role], t.n_gold_matched[role])
        lines.append(f"{role:<12} {p:.3f}  {r:.3f}  {f:.3f}  ({t.n_pred[role]}/{t.n_gold[role]})"
                     f"{'':<6}| {rm:.3f}  {fm:.3f}  ({t.n_gold_matched[role]})")
        tp, n_pred, n_gold = tp + t.tp[role], n_pred + t.n_pred[role], n_gold + t.n_gold[role]
        n_gm += t.n_gold_matched[role]
    p, r, f = _prf(tp, n_pred, n_gold)
    _, rm, fm = _prf(tp, n_pred, n_gm)
    lines.append(f"{'all':<12} {p:.3f}  {r:.3f}  {f:.3f}  ({n_pred}/{n_gold}){'':<4}| {rm:.3f}  {fm:.3f}  ({n_gm})")
    lines.append("recall by RAMS event type (speech acts done face to face and arrests are annotated as meet and "
                 "transportperson; dateline reports neither as a meeting or a trip):")
    for label, n in sorted(t.by_label.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  {label:<48} {t.recalled_by_label[label]:3d}/{n}")
    ordinary = {k: v for k, v in t.by_label.items() if _ordinary(k)}
    got = sum(t.recalled_by_label[k] for k in ordinary)
    lines.append(f"  meetings and movements in the ordinary sense (all types but {', '.join(SPEECH_AND_ARREST)}): "
                 f"{got / max(sum(ordinary.values()), 1):.3f} ({got}/{sum(ordinary.values())})")
    lines.append(f"most common error kinds (top {top}):")
    for kind, n in t.errors.most_common(top):
        ex = ", ".join(list(dict.fromkeys(t.examples.get(kind, [])))[:5])
        lines.append(f"  {n:4d}  {kind}  e.g. {ex}")
    return "\n".join(lines)


def emitted(path: Path, *, every: int = 1, nlp=None) -> list[tuple[str, object]]:
    """Every event the extractor emits on RAMS dev windows of any annotated type (every ``every``-th window): a
    precision check by reading on ordinary news, since RAMS annotates only one event per window."""
    from dateline.extractors.pipeline import load_nlp

    nlp = nlp or load_nlp()
    out = []
    for k, line in enumerate(Path(path).read_text().splitlines()):
        if k % every:
            continue
        d = json.loads(line)
        text = " ".join(w for s in d["sentences"] for w in s)
        doc = nlp(text)
        out += [(d["doc_key"], e) for e in _events(doc, d["doc_key"], text)]
    return out


@dataclass(frozen=True)
class _Window:
    """A RAMS window as the pipeline's article: text only, no title or dates."""

    article_id: str
    text: str
    title: str | None = None
    published: date | None = None
    header_date: date | None = None


def _events(doc, doc_key: str, text: str) -> list:
    """What the pipeline extracts from the window: ``analyse_doc`` as the batch workers call it (the run date is
    fixed so the numbers do not move with the calendar; it only bounds dates inferred from the text)."""
    from dateline.extractors.process import analyse_doc

    # RAMS annotates contact and movement broadly (speech acts, flights, deportations): the extended scope
    result = analyse_doc(doc, _Window(doc_key, text), run_date=_RUN_DATE, event_scope="extended")
    if result.error:
        raise RuntimeError(f"{doc_key}: {result.error}")
    return list(result.events)
