"""The article-date rule table (``data/article_date_rules.jsonl``) and the ``{NAME}`` placeholders its patterns use:
compiled once at import. Kept apart from the inference (``article_date.py``), which weighs what the rules match, and
from the productions (``article_date_values.py``), which read a match, so each file has one job."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .article_date_values import PRODUCTIONS, WEEKDAYS
from .productions import LEX
from .tables import DATA, Rule, alternation, compile_rule, load_lexicon, placeholders

_CONF = json.loads((DATA / "article_date.json").read_text(encoding="utf-8"))
TIERS: tuple[str, ...] = tuple(_CONF["tiers"])


def _capitalised(words: list[str]) -> str:
    """Labels as a page prints them inside a line: 'Published', 'First published', 'First Published'."""
    forms = {w[:1].upper() + w[1:] for w in words} | {w.title() for w in words}
    return f"(?-i:{alternation(forms)})"


def _month_names(lexicon_months: str) -> str:
    """The lexicon's capitalised month names, and the same in capitals as page furniture prints them ('09 APR 2025',
    'MARCH 3, 2019'); the lexicon's own fragment is kept for the body."""
    names = list(LEX.months)
    full = [m for m in names if len(m) > 4 or m in ("may", "june", "july")]
    short = [m for m in names if m not in full]
    upper_full, upper_short = alternation([m.upper() for m in full]), alternation([m.upper() for m in short])
    upper = f"(?-i:(?:{upper_full})|(?:{upper_short})\\.?)(?![A-Za-z])"
    return f"(?:{lexicon_months}|{upper})"


def rule_fragments() -> dict[str, str]:
    """The ``{NAME}`` placeholders of the article-date rules, on top of the temporal lexicon's (the date-line reader
    reuses them, so both read a date alike)."""
    f = placeholders(load_lexicon())
    wd_any = rf"(?-i:{alternation([w.capitalize() for w in WEEKDAYS] + [w.upper() for w in WEEKDAYS])})"
    f["MON"] = _month_names(f["MON"])
    dm = rf"(?:(?P<d>{f['DAY']})(?:\s+of)?\s+(?P<mon>{f['MON']})|(?P<mon2>{f['MON']})\.?\s+(?P<d2>{f['DAY']}))"
    # '2024-07-18', and the month or day without its leading zero as some sites print a stamp ('2009-9-18 8:22:50')
    iso = (rf"(?P<iso>{f['YEAR']}-(?:1[0-2]|0?[1-9])-(?:[12]\d|3[01]|0?[1-9]))(?!\d)"
           r"(?:[T ]\d[\d:.]*(?:Z|[+-]\d\d:?\d\d)?)?")
    numeric = rf"(?<![\d/.-])(?P<na>[0-3]?\d)(?P<ns>[-/.])(?P<nb>[0-3]?\d)(?P=ns)(?P<ny>{f['YEAR']})"
    # 'March 24, 2021', 'March 24 2021', 'March 24,2021', and a hand-typed notice's stray space before the comma
    # ('September 27 , 2019')
    year_sep = r"(?:[ \t]*,\s*|\s+)"
    year, year_req = rf"(?:{year_sep}(?P<y>{f['YEAR']}))?", rf"{year_sep}(?P<y>{f['YEAR']})"
    time = r"(?:\d{1,2}(?:[:.]\d\d){1,2}\s*(?:[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?)"
    # 'GMT', 'IST +05:30', '(UTC +04:00)': a zone after the clock time, bracketed as some wires print it
    zone = r"(?-i:(?:[A-Z]{2,5})?(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?|\((?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d\d)?\))"
    sep = r"\s*(?:[,|/•·@]|\bat\b|[-—–]+)?\s*"
    # as a wire prints its name, and in capitals as some copying sites do ('ANTARA')
    agencies = alternation(_CONF["agencies"] + [a.upper() for a in _CONF["agencies"] if a.upper() != a])
    token = r"[A-Z][\w.&'’-]*"
    short = [w for w in _CONF["weekday_abbreviations"]]
    wd_short = rf"(?-i:{alternation([w.capitalize() for w in short] + [w.upper() for w in short])})(?![A-Za-z])"
    return {
        **f,
        "WDANY": wd_any,
        "DM": dm,
        "Y": year,
        "DATE": rf"(?:(?P<wd>{wd_any})\.?,?\s+)?(?:{dm}{year}|{iso}|{numeric})",
        "DATEY": rf"(?:(?P<wd>{wd_any})\.?,?\s+)?(?:{dm}{year_req}|{iso}|{numeric})",
        "DMY": rf"{dm}{year_req}",
        # '3 May 201914:05': a date whose year the page's markup ran into its clock time (the time is dropped)
        "DMYCLOCKGLUED": rf"(?:(?P<wd>{wd_any})\.?,?\s+)?{dm}(?:,\s*|\s+)(?P<y>(?:19|20)\d\d)"
                         r"(?=[0-2]?\d[:.][0-5]\d(?:[ \t]*(?:[AaPp]\.?[Mm]\.?))?[ \t]*$)",
        "TIME": time,
        "ZONE": zone,
        "SEP": sep,
        "CLOCK": rf"(?:{sep}{time}\s*{zone}(?:\s+\d{{1,2}}[:.]\d\d\s*{zone})?)?",
        "TAIL": r"(?:[ \t]*[•·|/][^\n]{0,60})?",  # '• 3 min read', '| Politics', '/ a year ago'
        "ISO": iso,
        "NUMERIC": numeric,
        # 'TOKYO', 'Cape Town, South Africa', and the two cities a joint wire is filed from ('Lorvia/Seldon')
        "PLACE": r"^[ \t]*[A-Z][A-Za-z .'-]{1,40}(?:/[A-Z][A-Za-z .'-]{1,30})?"
                 r"(?:,[ \t]*[A-Z][A-Za-z .'-]{1,30})?[ \t]*",
        "AGENCYNAME": f"(?:{agencies})",
        # '(Reuters)', a joint credit ('(dpa/XYZ)'), or a capitalised name of a few words ('(Baltic Wire – TASS)')
        "AGENCY": rf"\((?:(?:{agencies})(?:[ \t]*/[ \t]*[A-Z][A-Za-z.&]*){{0,2}}"
                  rf"|[A-Z][A-Za-z.&]*(?:(?:[ \t]*[-–—/,][ \t]*|[ \t]+)[A-Z][A-Za-z.&]*){{0,3}})\)",
        "CHROME": rf"(?i:{alternation(_CONF['chrome_labels'])})\b",
        "PUB": f"(?:{alternation(_CONF['publication_labels'])})",
        "PUBCAP": _capitalised(_CONF["publication_labels"]),
        "UPD": f"(?:{alternation(_CONF['update_labels'])})",
        "UPDCAP": _capitalised(_CONF["update_labels"]),
        "BYLINE": f"(?-i:{alternation(_CONF['byline_openers'])})",
        "OUTLET": r"(?-i:[A-Z][\w.&'’]*(?:[ \t]+[A-Z][\w.&'’]*){0,4})",
        "LEAD": rf"(?:(?!{wd_any}\b|(?i:updated?|last|modified|edited)\b)"
                rf"(?:{token}|\d+|(?i:ago|an?|mins?|minutes?|hours?|hrs?|secs?|seconds?|days?))"
                r"(?:[ \t]*[|•·,:][ \t]*|[ \t]+)"
                r"|[a-z][\w.]*[ \t]*[|•·,:][ \t]*)",  # a user handle closed by its separator: 'annlee, '
        # a weekday printed after the clock time, whole or short ('4/6/2001 12:41 pm Mon'): it settles which way a
        # numeric date reads
        "WDAFTER": rf"(?P<wd2>{wd_any}|{wd_short})",
        "NAMEISH": rf"(?!{wd_any}\b){token}(?:[ \t]+(?!{wd_any}\b){token}){{0,3}}"
                   rf"(?:,[ \t]*{token}(?:[ \t]+{token}){{0,2}})?",  # 'Staff Report', 'Nairobi, Kenya'
    }


@dataclass(frozen=True)
class DateRule:
    """One article-date rule: which tier of evidence it gives and where it looks (``head``: the page header region;
    ``below``: whole lines after it; ``text``: anywhere; ``url``: the record's URL; ``title``: the record's title,
    which the .txt reader strips from the text)."""

    rule: Rule
    tier: str
    region: str
    bare: bool = False  # an unlabelled date line: it may be page chrome (today's date), not the writing
    # a date line form read only for a page its story lends a day: printed without a year, its year would be a guess
    # (the latest year, decades off for an old page), while the story's year is the page's
    story_only: bool = False


def load_date_rules(path=DATA / "article_date_rules.jsonl") -> tuple[DateRule, ...]:
    """Compile the table once; a bad row (unknown tier, region, production or placeholder) stops start-up."""
    fragments = rule_fragments()
    rules = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("tier") not in (*TIERS, "year", "copyright") or row.get("region") not in REGIONS:
            raise ValueError(f"article-date rule {row.get('name')!r}: bad tier or region")
        rule = compile_rule(row, fragments, PRODUCTIONS)
        rules.append(DateRule(rule, row["tier"], row["region"], bool(row.get("bare", False)),
                              bool(row.get("story_only", False))))
    return tuple(rules)


REGIONS = ("head", "below", "text", "url", "title")
RULES = load_date_rules()
