"""One spelling per person across the reports of a merge unit: a name one report spells its own way is given the
form the other reports agree on.

Reports of one story spell a foreign name differently ('Tomas Kovalenco' in one, 'Tomas Kovalenko' in three), and
scraped pages glue the next word onto it ('President Kovalenkowill visit', 'AnaRuiz arrived'). Names are matched
by their significant tokens (three letters or more), so such a report names nobody the others name: its mentions
cluster apart, take nothing from the others, and its traveller has an itinerary of their own. Read across reports,
the odd form is plain: a token that one report uses and that is one letter away from a token more reports use, or
that is such a token with a short word glued after it, or two of its tokens run together. The form more reports use
wins; a token that as many reports use is a different name ('Kim' and 'Kin' are both real), not a misspelling.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

import pyarrow as pa

from ..records import Event, Participant
from .names import is_person, name_tokens

_MIN_TYPO_LEN = 6  # 'Kovalenco' for 'Kovalenko'; shorter names differ by one letter too often ('Kim', 'Kin')
_MIN_STEM_LEN = 4  # the name part of a glued token ('Ruiz' in 'Ruizwill')
# words a scraped page glues onto the name before them ('Kovalenkowill visit', 'Ruizhas said')
_GLUED_WORDS = frozenset({"will", "has", "had", "have", "is", "was", "and", "said", "says", "in", "on", "to", "at",
                          "who", "for", "of", "met", "also", "arrived", "left", "visited", "would"})


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


def same_person(a: str, b: str) -> bool:
    """Whether two names of one page are one person spelt two ways ('Teodor Malk' and 'Theodor Malk'): as
    many tokens, each the same or, when both are long, one letter apart. A page that spells a name twice must not
    make one meeting two, each with a counterpart the other seems to lack."""
    ta, tb = a.lower().split(), b.lower().split()
    return len(ta) == len(tb) and all(
        x == y or len(x) >= _MIN_TYPO_LEN and len(y) >= _MIN_TYPO_LEN and _one_edit(x, y)
        for x, y in zip(ta, tb, strict=True))


def others_than(names: Iterable[str], theirs: Iterable[str]) -> set[str]:
    """The ``names`` that are no one of ``theirs``, spelling variants (``same_person``) counted as the same."""
    theirs = list(theirs)
    return {n for n in names if not any(same_person(n, t) for t in theirs)}


def _variant_of(tok: str, u: str, by_token: Mapping[str, set[str]], theirs: frozenset[str]) -> bool:
    """Whether ``tok`` is a misspelt or glued form of ``u`` (a token of the name whose tokens are ``theirs``) that
    more reports use than use ``tok``, or two of ``theirs`` run together."""
    if len(by_token.get(u, ())) <= len(by_token.get(tok, ())):
        return False
    if len(tok) >= _MIN_TYPO_LEN and len(u) >= _MIN_TYPO_LEN and _one_edit(tok, u):
        return True
    if len(u) >= _MIN_STEM_LEN and tok.startswith(u) and tok[len(u):] in _GLUED_WORDS:
        return True
    return any(tok == u + v or tok == v + u for v in theirs if v != u)


def _deletions(tok: str) -> set[str]:
    """``tok`` and its forms with one letter deleted: two tokens one edit apart share one of them."""
    return {tok} | {tok[:i] + tok[i + 1:] for i in range(len(tok))}


class _Usage:
    """Per person name and per name token, the reports that use it; tokens by their one-deletion forms."""

    def __init__(self, named: Iterable[tuple[str, str]]) -> None:
        self.by_name: dict[str, set[str]] = defaultdict(set)
        self.by_token: dict[str, set[str]] = defaultdict(set)
        self.names_with: dict[str, set[str]] = defaultdict(set)
        for article, name in named:
            self.by_name[name].add(article)
            for t in name_tokens(name):
                self.by_token[t].add(article)
                self.names_with[t].add(name)
        self.near: dict[str, set[str]] = defaultdict(set)
        for t in self.by_token:
            if len(t) >= _MIN_TYPO_LEN - 1:
                for k in _deletions(t):
                    self.near[k].add(t)

    def look_alikes(self, tok: str) -> set[str]:
        """Tokens ``tok`` may be a variant of: one edit away, with a short word glued after it, or its halves."""
        out = {u for k in _deletions(tok) for u in self.near.get(k, ())}
        out |= {tok[:-len(w)] for w in _GLUED_WORDS if tok.endswith(w) and tok[:-len(w)] in self.by_token}
        out |= {tok[:i] for i in range(3, len(tok) - 2) if tok[:i] in self.by_token and tok[i:] in self.by_token}
        out.discard(tok)
        return out

    def canonical(self, name: str) -> str | None:
        """The form more reports use of the person ``name`` misspells, or None: every token of ``name`` the other
        form lacks is a variant of one of its tokens (``_variant_of``). Of several such forms, the one most reports
        use."""
        mine = name_tokens(name)
        others = {o for t in mine for u in self.look_alikes(t) for o in self.names_with.get(u, ())}
        best: tuple[int, str] | None = None
        for other in others - {name}:
            theirs = name_tokens(other)
            odd = mine - theirs
            if not odd or not all(any(_variant_of(t, u, self.by_token, theirs) for u in theirs) for t in odd):
                continue
            key = (len(self.by_name[other]), other)
            if best is None or key > best:
                best = key
        return best[1] if best else None


def spellings(named: Iterable[tuple[str, str]]) -> dict[str, str]:
    """For (report, person name) pairs, each misspelt name and the form to use instead."""
    usage = _Usage(named)
    return {n: c for n in usage.by_name if (c := usage.canonical(n)) is not None}


def _respelled(parts: Sequence[Participant], fixed: Mapping[str, str]) -> tuple[Participant, ...]:
    out: list[Participant] = []
    for p in parts:
        q = replace(p, name=fixed[p.name]) if p.name in fixed else p
        if all(x.name != q.name for x in out):
            out.append(q)
    return tuple(out)


def one_spelling(events: Sequence[Event]) -> list[Event]:
    """``events`` with each person named in the form most reports use (see the module docstring)."""
    fixed = spellings((e.article_id, p.name) for e in events for p in e.participants if is_person(p))
    if not fixed:
        return list(events)
    return [replace(e, participants=_respelled(e.participants, fixed))
            if any(p.name in fixed for p in e.participants) else e for e in events]


def respelled(staged: pa.Table) -> pa.Table:
    """The staged mentions of a merge (a table of the events schema) with ``one_spelling``'s names."""
    if staged.num_rows == 0:
        return staged
    arts = staged.column("article_id").to_pylist()
    rows = staged.column("participants").to_pylist()
    fixed = spellings((a, p["name"]) for a, ps in zip(arts, rows, strict=True) for p in ps or ()
                      if p.get("name") and is_person(Participant(p["name"])))
    if not fixed:
        return staged
    new = []
    for ps in rows:
        out: list[dict] = []
        for p in ps or ():
            q = {**p, "name": fixed.get(p.get("name"), p.get("name"))}
            if all(x["name"] != q["name"] for x in out):
                out.append(q)
        new.append(out if ps is not None else None)
    i = staged.schema.get_field_index("participants")
    return staged.set_column(i, staged.schema.field(i), pa.array(new, staged.schema.field(i).type))


__all__ = ["one_spelling", "respelled", "spellings"]
