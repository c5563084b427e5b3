"""Vocabularies and the rule table, loaded from ``data/`` and checked once at load time.

A rule row is ``{"name", "production", "pattern", ["trigger"], ["case"], ["entity_only"], ["not_modifier"],
["not_noun"], ["subject_only"], ["in_context"], ["about"]}``. ``in_context``: when the rule normalises a spaCy
entity, it must match the entity where it stands, not only alone (its look-aheads carry the meaning).
``not_modifier``: a one-word match that modifies a noun ("the quarterly dividend") is not a temporal expression
(TimeML annotates "paid quarterly"); the parse decides, in detect.py. ``not_noun``: a one-word match the parse makes a
noun with its own determiner ("declared its initial quarterly of five cents": the dividend) names a thing, not a
time. ``subject_only``: a one-word match counts only where the parse makes it the bare subject of a clause ("spring
shows signs of hope"): a season word with no article or preposition is otherwise too often something else. A row
whose production is ``not_a_time`` names an idiom that contains a time word ("high noon", "six months of base pay"):
detection takes its span so that neither another rule nor the entity recogniser tags it, and emits nothing.
``pattern`` is a regular expression with placeholders (``{WD}`` weekdays, ``{MON}`` month names and abbreviations,
``{YEAR}``, ``{NUM}`` ...) expanded from ``lexicon.json``; ``trigger`` a plain word alternation every match contains.
Loading fails with :class:`RuleTableError` when a pattern or trigger does not compile or matches the empty string,
names an unknown production or duplicates a name: a bad row must stop the pipeline at start-up, not mid-batch
(spaCy's ``validate=True`` and ctparse's declaration-time checks do the same).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


class RuleTableError(ValueError):
    """A rule row that cannot be used (reported with the rule name)."""


@dataclass(frozen=True)
class Lexicon:
    weekdays: Mapping[str, int]
    months: Mapping[str, int]
    numbers: Mapping[str, float | None]
    units: Mapping[str, str]
    ordinals: Mapping[str, int]
    seasons: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    mods: Mapping[str, str]
    holidays: Mapping[str, Mapping[str, int]] = None  # type: ignore[assignment]  # name -> month/day or nth weekday

    def month_number(self, word: str) -> int:
        """'Feb.', 'February', 'sept' -> month number."""
        return self.months[word.lower().rstrip(".")]

    def number(self, text: str) -> float | None:
        """'three', '12', 'twenty-five', 'two and a half', 'a couple of' -> value; vague words -> None."""
        t = text.lower().strip()
        half = 0.0
        if t.endswith(" and a half"):
            t, half = t[: -len(" and a half")], 0.5
        elif re.fullmatch(r"\d+\s+1/2", t):
            t, half = t.split()[0], 0.5
        if re.fullmatch(r"\d+(?:\.\d+)?", t):
            return float(t) + half
        if t in self.numbers:
            v = self.numbers[t]
            return None if v is None else v + half
        parts = re.split(r"[\s-]+", t)
        if len(parts) == 2 and parts[0] in self.numbers and parts[1] in self.numbers:
            a, b = self.numbers[parts[0]], self.numbers[parts[1]]
            if a is not None and b is not None:
                return a + b + half
        return None


@dataclass(frozen=True)
class Rule:
    """One detection/normalisation rule: a name, a compiled pattern and the production that turns a match into a
    value (looked up by name, so the table stays data)."""

    name: str
    production: str
    regex: re.Pattern[str]
    about: str = ""
    trigger: re.Pattern[str] | None = None  # a word every match contains; detection scans only around its hits
    trigger_on_lower: bool = False  # the trigger is matched against the lower-cased text
    entity_only: bool = False  # used only to normalise spaCy entities, never to detect
    not_modifier: bool = False  # drop one-word matches the parse attaches to a noun as a modifier
    not_noun: bool = False  # drop one-word matches the parse makes a noun with a determiner ("its quarterly")
    subject_only: bool = False  # keep one-word matches only as a clause's bare subject ("spring shows signs")
    in_context: bool = False  # normalising an entity, the rule must match it in the text, look-aheads included


def alternation(words: Iterable[str]) -> str:
    """Words as a regex alternation, longest first, so 'Tues' never wins over 'Tuesday'."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _cap(words: Iterable[str]) -> list[str]:
    return [w.capitalize() for w in words]


PREPOSITIONS = (
    "in", "since", "until", "till", "by", "from", "of", "before", "after", "during", "through", "throughout", "to",
    "and", "or", "between", "for", "as of", "early", "late", "mid-", "mid", "on", "into", "last", "next", "this",
)


@lru_cache(maxsize=1)
def load_lexicon(path: Path = DATA / "lexicon.json") -> Lexicon:
    raw = json.loads(path.read_text(encoding="utf-8"))
    months = dict(raw["months"])
    months.update(raw["month_abbreviations"])
    return Lexicon(
        weekdays=raw["weekdays"],
        months=months,
        numbers=raw["numbers"],
        units=raw["units"],
        ordinals=raw["ordinals"],
        seasons=raw["seasons"],
        parts_of_day=raw["parts_of_day"],
        mods=raw["mods"],
        holidays=raw.get("holidays", {}),
    )


def placeholders(lex: Lexicon) -> dict[str, str]:
    """Regex fragments for the ``{NAME}`` placeholders. Weekday and month names are case-sensitive (capitalised),
    so 'may' and 'march' the words never match, even in rules compiled case-insensitively."""
    full_months = [m for m, n in lex.months.items() if len(m) > 4 or m in ("may", "june", "july")]
    full_months = [m for m in full_months if m not in ("sept",)]
    abbrevs = [m for m in lex.months if m not in full_months]
    number_words = [w for w in lex.numbers if w not in ("some",)]
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    num = rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|(?:{tens})[\s-](?:{ones})|{alternation(number_words)})(?:\s+and\s+a\s+half)?"
    lookbehinds = "|".join(
        f"(?<=\\b{re.escape(p)}{'' if p.endswith('-') else ' '})" for p in sorted(PREPOSITIONS, key=len, reverse=True)
    )
    return {
        "WD": f"(?-i:{alternation(_cap(lex.weekdays))})",
        "MONFULL": f"(?-i:{alternation(_cap(full_months))})",
        # a full month name in capitals too ("3 MAY 2001", "LIMA, MARCH 19": datelines and sign-offs); {MON}
        # always stands beside a day or a year, so "MAY" the word in a capitalised headline is never a month here
        "MON": f"(?-i:(?:{alternation(_cap(full_months) + [w.upper() for w in full_months])})"
               f"|(?:{alternation(_cap(abbrevs))})\\.?)(?![A-Za-z])",
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d])",
        "YEAR": r"(?:1[6-9]|20)\d\d(?!\d)",
        "NUM": num,
        "UNIT": r"(?:seconds|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?"
        r"|century|centuries)",
        "MOD": r"(?:(?P<mod>early|late|mid|the (?:end|beginning|start|middle) of"
        r"|(?:the )?(?:early|late|middle) part of)[\s-]+)?",
        "PREPLB": f"(?:{lookbehinds})",
        "HOLIDAY": f"(?-i:{alternation(lex.holidays or {})})",
    }


def compile_rule(row: Mapping[str, str], fragments: Mapping[str, str], productions: Mapping[str, Callable]) -> Rule:
    name = row.get("name")
    if not name or "pattern" not in row or "production" not in row:
        raise RuleTableError(f"rule row needs name, pattern and production: {row!r}")
    if row["production"] not in productions:
        raise RuleTableError(f"rule {name!r}: unknown production {row['production']!r}")
    pattern = row["pattern"]
    for key, frag in fragments.items():
        pattern = pattern.replace("{" + key + "}", frag)
    leftover = re.search(r"\{[A-Z]+\}", pattern)
    if leftover:
        raise RuleTableError(f"rule {name!r}: unknown placeholder {leftover.group()}")
    flags = 0 if row.get("case") == "sensitive" else re.IGNORECASE
    try:
        regex = re.compile(pattern, flags)
    except re.error as exc:
        raise RuleTableError(f"rule {name!r}: bad pattern: {exc}") from exc
    if regex.fullmatch("") is not None or regex.search("") is not None:
        raise RuleTableError(f"rule {name!r}: pattern matches the empty string")
    trigger = None
    if row.get("trigger"):
        # an all-lower-case trigger runs case-sensitively on the lower-cased text: Python's re is many times faster
        # on plain alternations without IGNORECASE
        lower = row["trigger"] == row["trigger"].lower()
        try:
            trigger = re.compile(row["trigger"], 0 if lower else flags)
        except re.error as exc:
            raise RuleTableError(f"rule {name!r}: bad trigger: {exc}") from exc
        if trigger.search("") is not None:
            raise RuleTableError(f"rule {name!r}: trigger matches the empty string")
    return Rule(name=name, production=row["production"], regex=regex, about=row.get("about", ""), trigger=trigger,
                trigger_on_lower=bool(trigger is not None and lower), entity_only=bool(row.get("entity_only", False)),
                not_modifier=bool(row.get("not_modifier", False)), not_noun=bool(row.get("not_noun", False)),
                subject_only=bool(row.get("subject_only", False)), in_context=bool(row.get("in_context", False)))


def load_rules(rows: Iterable[Mapping[str, str]], productions: Mapping[str, Callable]) -> tuple[Rule, ...]:
    """Compile rule rows in order (earlier rows win ties between equally long matches)."""
    fragments = placeholders(load_lexicon())
    rules: list[Rule] = []
    seen: set[str] = set()
    for row in rows:
        rule = compile_rule(row, fragments, productions)
        if rule.name in seen:
            raise RuleTableError(f"duplicate rule name {rule.name!r}")
        seen.add(rule.name)
        rules.append(rule)
    return tuple(rules)


def read_rule_rows(path: Path = DATA / "rules.jsonl") -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise RuleTableError(f"{path.name}:{n}: {exc}") from exc
    return rows
