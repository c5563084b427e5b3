"""The day a programme is at, carried to the next sentence that goes on telling it.

News writes a plan as a run of sentences and dates only the first: "On Tuesday he arrives in Lima. He will then hold
talks with the president and visit the port." The talks and the visit are Tuesday's, though their sentence names no
day. A sentence goes on with the day of the one before it only when it continues the same scene:
- it names no date or time of its own (a clock time is no date);
- it tells a plan or a programme (future or present tense), as the sentence before it does: a past narrative is
  dated by the story's context rule instead, and a past day never dates a plan;
- its subject is the traveller told again ("he", "his engagements"), or it opens as the next step ("Soon after",
  "Next", "then");
- no word in it points to another time ("earlier", "last", "day two", "the second leg").
The day before must be one day, on the main verbs of its sentence (not on a side remark: "the accord signed on May
3"). A run goes on over several sentences and ends at the first sentence that does not continue it. Why here, as an
attachment: the carried day then dates every event of the sentence the way a day written on its main verb would.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..people import role_words
from ..records import Timex
from ..tree import children, sent_tokens, sentences
from .clauses import clock_time

_DATA = Path(__file__).parent / "data" / "carried_days.json"
_PLAN_TENSES = frozenset({"future", "present"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items() if not k.startswith("_")}


def tense(v: Token) -> str | None:
    """'future' (will/shall), 'present' (arrives, is expected to), 'past' (arrived, has met, was to), or None (a verb
    with a modal of another kind, or no verb): the time a main verb tells, as far as carrying a day goes."""
    if v.pos_ not in {"VERB", "AUX"}:
        return None
    finite = [v, *(c for c in children(v) if c.dep_ in {"aux", "auxpass"})]
    modals = {t.lower_ for t in finite if t.tag_ == "MD"}
    if modals:
        return "future" if modals <= _words()["plan_modals"] else None
    if any(t.tag_ == "VBD" for t in finite) or v.tag_ == "VBN" and any(
            t.lemma_ == "have" for t in finite if t is not v):
        return "past"  # "has met": done, not a step of the plan
    return "present" if any(t.tag_ in {"VBZ", "VBP"} for t in finite) else None


def _main_verbs(root: Token) -> list[Token]:
    """The sentence's main predicate: its root, the verbs it controls ('is expected to travel') and coordinated
    verbs ('will arrive ... and hold talks')."""
    out, todo = [], [root]
    while todo and len(out) < 8:
        t = todo.pop(0)
        out.append(t)
        todo += [c for c in children(t) if c.dep_ in {"xcomp", "conj"} and c.pos_ in {"VERB", "AUX"}]
    return out


def _own_dates(sent: Span, timexes: Sequence[Timex]) -> list[Timex]:
    """The date and time expressions written in the sentence (clock times name no day of their own, nor does a
    side remark's 'currently')."""
    return [tx for tx in timexes if sent.start_char <= tx.start_char < sent.end_char
            and tx.type in {"DATE", "TIME"} and not clock_time(tx) and tx.value != "PRESENT_REF"]


def _main_day(main: set[int], own: list[Timex], attached: Sequence[tuple[Timex, int, str]]) -> Timex | None:
    """The one day the sentence tells on its main verbs (token indices ``main``), when it tells only that one."""
    days = {(tx.start_date, tx.end_date) for tx in own}
    if len(days) != 1:
        return None
    on_main = [tx for tx, head, role in attached if head in main and role == "point" and tx in own]
    if not on_main or on_main[0].start_date is None or on_main[0].start_date != on_main[0].end_date:
        return None
    return on_main[0]


def _continues(sent: Span) -> bool:
    """The sentence goes on with the scene before it: its subject is the same party told again, or it opens as
    the next step."""
    w = _words()
    toks = [t for t in sent_tokens(sent) if not t.is_punct and not t.is_space]
    opening = " ".join(t.lower_ for t in toks[:2])
    if toks and (toks[0].lower_ in w["sequence_openers"] or opening in w["sequence_openers"]):
        return True
    root = sent.root
    if any(c.dep_ == "advmod" and c.lower_ in w["sequence_words"] for c in children(root)):
        return True
    subj = next((c for c in children(root) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return False
    # "he", "his engagements", "both leaders", "the two presidents": the parties already told ("Two candidates"
    # with no article is a new pair); "the President", "the visiting dignitary": the traveller told by role
    mods = {c.lower_: c.dep_ for c in children(subj)}
    return subj.lower_ in w["subject_pronouns"] or any(
        dep == "poss" and word in w["possessive_pronouns"] for word, dep in mods.items()) or "both" in mods or (
        "two" in mods and mods.get("the") == "det") or _role_told_again(subj)


def _role_told_again(subj: Token) -> bool:
    """'The President will also meet ...', 'The visiting dignitary will hold talks ...': a definite role noun with
    nothing of its own that makes it someone new (no name, no 'of X', no nationality), the way a programme names
    its traveller from one step to the next."""
    if subj.pos_ not in {"NOUN", "PROPN"} or subj.tag_ not in {"NN", "NNP"} or subj.ent_type_:
        return False
    words = role_words()
    if subj.lower_ not in words["head_nouns"] and subj.lemma_.lower() not in words["visitor_nouns"]:
        return False
    kids = list(children(subj))
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and not any(
        c.dep_ in {"prep", "appos", "poss", "relcl", "acl", "nummod"}
        or c.dep_ in {"amod", "compound"} and c.lower_ not in words["modifiers"] and c.lower_ != "visiting"
        for c in kids)


def _breaks(sent: Span) -> bool:
    """A word that points to another time than the day before ('earlier', 'last', 'day two')."""
    stop = _words()["break_words"]
    return any(t.lower_ in stop for t in sent_tokens(sent))


def carried_days(doc: Doc, timexes: Sequence[Timex],
                 attached: Sequence[tuple[Timex, int, str]]) -> list[tuple[Timex, int]]:
    """(day, main verb index) for each sentence that goes on with the day of the sentence before it (see the module
    docstring); ``attached`` are the article's attachments as (timex, head token index, role)."""
    out: list[tuple[Timex, int]] = []
    day: Timex | None = None  # the day the programme is at; None when no run is going on
    for sent in sentences(doc):
        root = sent.root
        own = _own_dates(sent, timexes)
        if not own and not any(t.pos_ in {"VERB", "AUX"} for t in sent_tokens(sent)):
            continue  # a caption or a fragment the parser split off ("[Photo], with a salute."): not a step
        plan = tense(root) in _PLAN_TENSES
        going_on = day is not None and plan and _continues(sent) and not _breaks(sent)
        main = {t.i for t in _main_verbs(root)} if own else set()
        if own and plan and (new := _main_day(main, own, attached)) is not None:
            day = new
        elif own and (not going_on or any(head in main and tx in own for tx, head, _ in attached)):
            day = None  # a date of its own on the main verbs, or the run did not go on: a new time
        elif going_on:
            out.append((day, root.i))  # dates in it, if any, are side remarks ("the accord signed on May 3")
        else:
            day = None
    return out
