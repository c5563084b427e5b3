"""Why gold mentions are not fully right: a census by mechanism, not a list of misses.

The shared scorer gives each gold mention the best-fitting emitted event of its type in its article. When the
system never told that event apart, the best fit is another mention's event: its fields are someone else's, and the
mention counts as "found" with wrong dates, place or people, and as a cross-article split or merge. Read field by
field, such misses look like date or status errors; they are extraction misses. This census separates them:

- **own**: the best-fitting event is this mention's alone, or it is told in the mention's own sentence;
- **orphan**: it is another gold mention's event (the mention was never extracted as an event of its own);
- **missed**: nothing of the type in the article fits at all.

Wrong dates and status are then counted on own events only, by class (gold null against a value, a value against
null, the article's day against another day), so a change can be aimed at the mechanism that loses most.

    dateline eval events --gold GOLD --samples DIR --census
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .events import quote_in


@dataclass(frozen=True)
class MentionFate:
    """One required gold mention and what became of it."""

    gold: str
    file: str
    fate: str  # "own", "orphan" or "missed"
    wrong: tuple[str, ...] = ()
    shares_with: tuple[str, ...] = ()  # the other gold events whose best fit is the same emitted event


@dataclass
class Census:
    fates: list[MentionFate] = field(default_factory=list)
    date_classes: Counter = field(default_factory=Counter)
    status_classes: Counter = field(default_factory=Counter)

    def counts(self) -> Counter:
        return Counter(f.fate for f in self.fates)

    def report(self) -> str:
        n = self.counts()
        own = [f for f in self.fates if f.fate == "own"]
        orphans_right = sum(not f.wrong for f in self.fates if f.fate == "orphan")
        lines = [f"required mentions {len(self.fates)}: own event {n['own']} (fully right "
                 f"{sum(not f.wrong for f in own)}), orphan {n['orphan']} (best fit is another mention's event; "
                 f"fully right all the same {orphans_right}), missed {n['missed']}"]
        wrong = Counter(k for f in own for k in f.wrong)
        lines.append("wrong fields on own events: " + " ".join(f"{k} {wrong[k]}" for k in
                                                                ("participants", "place", "dates", "status")))
        for title, classes in (("dates on own events", self.date_classes),
                               ("status on own events", self.status_classes)):
            lines.append(f"{title}:")
            lines += [f"  {v:4d}  {k}" for k, v in classes.most_common()]
        return "\n".join(lines)


def _day(v: object) -> str | None:
    s = str(v)[:10] if v not in (None, "") else None
    return None if s in (None, "None") else s


def date_class(gold_start: str | None, got_start: str | None, published: str | None) -> str:
    """What kind of date error: the gold's day against the emitted one, with the article's day as the landmark
    (an event dated by the article's day when its own clause gives another is the commonest attachment error)."""
    if gold_start is None:
        if got_start == published:
            return "gold null, emitted the article's day"
        return "gold null, emitted a day before the article's" if got_start and published and got_start < published \
            else "gold null, emitted another day"
    if got_start is None:
        return "gold has a day, emitted null"
    if got_start == gold_start:
        return "first day right, last day differs"
    if got_start == published:
        return "emitted the article's day, gold another"
    if gold_start == published:
        return "gold is the article's day, emitted another"
    return "both days, different"


def census(rows: list[dict], gold: dict) -> Census:
    """``rows`` from ``events.mention_report`` (best fit per gold mention), ``gold`` the gold file's dict."""
    by_id = {g["id"]: g for g in gold["events"]}
    published = {a["file"]: a.get("published") for a in gold.get("articles", [])}
    required = [r for r in rows if not r["optional"]]
    users: dict[int, list[dict]] = {}
    for r in required:
        if r["found"]:
            users.setdefault(id(r["event"]), []).append(r)
    out = Census()
    for r in required:
        if not r["found"]:
            out.fates.append(MentionFate(r["gold"], r["file"], "missed"))
            continue
        g, e = by_id[r["gold"]], r["event"]
        quote = next((m["quote"] for m in g["mentions"] if m["file"] == r["file"]), "")
        others = tuple(sorted({u["gold"] for u in users[id(e)] if u is not r and u["gold"] != r["gold"]}))
        own = not others or quote_in(quote, e.get("sentence"))
        wrong = tuple(k for k, ok in r["checks"].items() if not ok)
        out.fates.append(MentionFate(r["gold"], r["file"], "own" if own else "orphan", wrong, others))
        if not own:
            continue
        kind = g["type"]
        if "dates" in wrong:
            out.date_classes[f"{kind}: " + date_class(g["date_start"], _day(e.get("date_start")),
                                                      published.get(r["file"]))] += 1
        if "status" in wrong:
            want = g.get("status_by_file", {}).get(r["file"], g["status"])
            out.status_classes[f"{kind}: gold {want}, emitted {e.get('status')}"] += 1
    return out


__all__ = ["Census", "MentionFate", "census", "date_class"]
