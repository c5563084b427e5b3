"""People in one article: canonical full names, titles moved into roles, countries, and surname mentions.

News names a person in full once ("Defense Secretary Mark Austin") and by surname afterwards ("Austin"), and the
small spaCy model often labels those bare surnames GPE or ORG. So the article's PERSON entities are collected first,
titles are stripped into a role, and every later proper-noun token equal to a known surname is read as that person,
whatever its entity label: a "Defense Secretary Mark Austin" makes later "Austin" a person, not Austin TX.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # itineraries (the merge, in the flow process) read role_words without loading spaCy
    from spacy.tokens import Doc, Token

from .name_forms import longer_untagged_forms, only_a_venue, other_bearers
from .name_spans import (
    _clean_name_tokens,
    _comma_title_of,
    _coordinated_given_names,
    _coordinated_with_a_person,
    _name_text,
    _names_a_body,
    _titled_by_apposition,
    _titled_name,
    _titled_untagged,
    _with_untagged_tail,
    family_word,
    headline_full_name,
    joined_adjacent_names,
)
from .places import gazetteer
from .roles import demonym_country, is_title_token, role_words
from .tree import entity_at, tokens

__all__ = ["DocPeople", "Person", "PersonMention", "demonym_country", "role_words"]


@dataclass(frozen=True)
class Person:
    name: str  # canonical full name
    role: str | None = None
    country_code: str | None = None
    titles: frozenset[str] = frozenset()  # every title word used for them here ('ambassador', 'envoy')


@dataclass(frozen=True)
class PersonMention:
    person: Person
    start: int  # token index (inclusive)
    end: int  # token index (exclusive)
    text: str


# "<Alias>, as the president is (widely) known," / "... is popularly called"
_ALIAS_RE = re.compile(r"(?P<alias>\b[A-Z][\w'’-]+),\s+as\s+(?:the\s+)?(?P<title>[a-z]+(?:\s[a-z]+)?)\s+is\s+"
                       r"(?:widely\s+|popularly\s+|commonly\s+|also\s+|affectionately\s+)?(?:known|called)\b")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # not the surname a name is shortened to
_PLACE_OBJECT_VERBS = frozenset({"visit", "tour", "reach", "leave", "enter", "land"})


def _place_position(t: Token) -> bool:
    """The object of a place preposition ('to X', 'in X', 'from X'), or listed with places ('Nagaland, Mizoram and
    X', where the model tagged the first ones places)."""
    if t.dep_ == "pobj" and t.head.lower_ in {"in", "to", "from", "at", "into", "toward", "towards", "near"}:
        return True
    if t.dep_ == "dobj" and t.head.lemma_.lower() in _PLACE_OBJECT_VERBS:
        return True  # "who visited Colombo", "toured Basra": a sizeable city visited, not a person met
    first = t
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.i != t.i and (first.ent_type_ in {"GPE", "LOC"} or _place_position(first))


def _known_place(text: str) -> bool:
    hit = gazetteer().lookup(text)
    return hit is not None and (hit.kind in {"country", "state", "institution"} or hit.population >= 100_000)


def _left_title(doc: Doc, start: int) -> tuple[str | None, str | None]:
    """Role and country from the title words right before a name: 'U.S. Secretary of State' -> ('Secretary of State',
    'US'); 'his Peruvian counterpart' -> ('counterpart', 'PE'); 'national security adviser' -> (that, None)."""
    words: list[Token] = []
    country = None
    i = start - 1
    sent_start = max(0, start - 12)  # a title is a few words; no need to find the sentence
    while i >= sent_start:
        t = doc[i]
        cc = demonym_country(t)
        if cc is not None or t.lower_ in {"south", "north"} and i + 1 < start and demonym_country(doc[i + 1]):
            country = country or cc
            i -= 1
            continue
        if t.lower_ in role_words()["head_nouns"] or t.lower_ in role_words()["modifiers"]:
            words.insert(0, t)
            i -= 1
            continue
        if (of_country := _title_of_country(doc, i)) is not None:  # "President of Argentina Mauricio Macri"
            country = country or of_country[1]
            i = of_country[0]
            continue
        if words and (named := _country_named_before(doc, i)) is not None:  # "Peru Prime Minister Ana Ruiz"
            country = country or named[1]
            i = named[0] - 1
            continue
        break
    if words and i > 0 and doc[i].tag_ == "POS" and doc[i - 1].ent_type_ == "GPE":
        # "Ghana's President Kofi Mensah": the country whose office it is
        ent = entity_at(doc[i - 1])
        country = country or (gazetteer().country_code(ent.text) if ent is not None else None)
    while words and words[0].lower_ in {"of", "top", "former", "then"}:
        words = words[1:]
    while words and words[-1].lower_ == "of":
        words = words[:-1]
    if not any(w.lower_ in role_words()["head_nouns"] for w in words):
        return None, country
    return " ".join(w.text for w in words), country


def _by_title(doc: Doc, raw: list[tuple[int, int, str]], shared: dict[str, set[str]]) -> None:
    """A surname two people share here ("Hans Weber", "Greta Weber") names, with an office before it, the one
    introduced with that office: "President Weber" is the president. In place; other mentions stay as they are."""
    if not shared:
        return
    held: dict[str, set[str]] = {}  # full name -> the head words of the titles written before it
    for s, _, name in raw:
        if " " in name and (role := _left_title(doc, s)[0]):
            held.setdefault(name, set()).add(role.split()[-1].lower())
    for k, (s, e, name) in enumerate(raw):
        if name in shared and (role := _left_title(doc, s)[0]):
            holders = [n for n in shared[name] if role.split()[-1].lower() in held.get(n, ())]
            if len(holders) == 1:
                raw[k] = (s, e, holders[0])


def _appos_title_words(tok: Token) -> set[str]:
    """'Mariam Sangaré, Special Envoy of the Chairperson' (or the other way round): the title words of a role noun
    in apposition with a name, so that 'the Special Envoy' later refers back to her."""
    words = role_words()
    titles = [c for c in tok.children if c.dep_ == "appos" and c.lower_ in words["head_nouns"]]
    if tok.dep_ == "appos" and tok.head.lower_ in words["head_nouns"]:
        titles.append(tok.head)  # "The AU Special Envoy for the Great Lakes, Ambassador Mariam Sangaré"
    if not titles and _comma_title_of(tok):
        titles.append(tok.doc[tok.i + 2])  # "Mira, Duchess of Lyr", the title hung as a conjunct
    out: set[str] = set()
    for c in titles:
        out.add(c.lower_)
        out.update(x.lower_ for x in c.children if x.dep_ in {"compound", "amod"} and x.lower_ in words["modifiers"])
    return out


def _appos_country(tok: Token) -> tuple[str | None, str | None]:
    """'top Chinese diplomats, Li Wei and Zhang Min': a name in apposition to (or conjoined with one in apposition
    to) a role noun takes that noun's nationality."""
    t = tok
    while t.dep_ in {"conj", "compound", "flat"} and t.head != t:
        t = t.head
    if t.dep_ != "appos":
        # "Ann Lee, President of the Republic of Peru": the title in apposition after the name says whose it is
        after = next((c for c in tok.children if c.dep_ == "appos" and c.lemma_.lower() in role_words()["head_nouns"]
                      and _country_of(c)), None)
        return (after.lemma_.lower(), _country_of(after)) if after is not None else (None, None)
    head = t.head
    if head.lemma_.lower() not in role_words()["head_nouns"]:
        return None, None
    cc = next((c for c in (demonym_country(x) for x in head.children if x.dep_ in {"amod", "compound"}) if c), None)
    return head.lemma_.lower(), cc or _country_of(head)


def _country_of(title: Token) -> str | None:
    """'President of the Russian Federation': the country an 'of' after a title names."""
    for of in (c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"):
        for o in (c for c in of.children if c.dep_ == "pobj"):
            ent = entity_at(o)
            if ent is not None and ent.label_ == "GPE" and (cc := gazetteer().country_code(ent.text)):
                return cc
    return None


def _country_named_before(doc: Doc, i: int) -> tuple[int, str] | None:
    """'Peru Prime Minister Ana Ruiz', 'the Peru premier': a country's own name (not its demonym) written before a
    title, as much of the press writes it, says whose office it is. When ``doc[i]`` ends such a name (a GPE the
    gazetteer knows as a country, not a posting's 'to X' or 'of X'), the index where the name starts and the
    country's code."""
    ent = entity_at(doc[i])
    if ent is None or ent.label_ != "GPE" or ent.end - 1 != i or ent.start > 0 and doc[ent.start - 1].lower_ in {
            "of", "to", "in", "from"}:
        return None
    return (ent.start, cc) if (cc := gazetteer().country_code(ent.text)) else None


def _title_of_country(doc: Doc, i: int) -> tuple[int, str] | None:
    """'President of Argentina Mauricio Macri': when ``doc[i]`` ends a country's name that follows 'of' after a title
    word, the index of that title word and the country's code."""
    ent = next((e for e in doc.ents if e.end - 1 == i and e.label_ == "GPE"), None)
    if ent is None or ent.start < 2 or doc[ent.start - 1].lower_ != "of" \
            or doc[ent.start - 2].lower_ not in role_words()["head_nouns"]:
        return None
    return (ent.start - 2, cc) if (cc := gazetteer().country_code(ent.text)) else None


class DocPeople:
    """Person index of one Doc: ``at(token)`` gives the person mention covering a token, if any."""

    def __init__(self, doc: Doc, skip: tuple[tuple[int, int, str], ...] = (), text: str | None = None,
                 headline: str | None = None) -> None:
        """``skip``: character ranges (a ``NoiseReport.ignored``) whose PERSON entities are not people of the story
        (a "Slideshow" caption tagged PERSON, the author of an embedded post). ``text``: ``doc.text`` when the caller
        already has it (spaCy rebuilds it on every access)."""
        self.doc = doc
        full: dict[str, Counter] = {}  # surname -> Counter(full names)
        spans: list[tuple[int, int, list[Token]]] = []
        covered: set[int] = set()  # token indices inside ``spans``: a lookup, not a scan of every span per entity
        ents = [*joined_adjacent_names(list(doc.ents)), *_titled_by_apposition(doc), *_titled_untagged(doc),
                *_coordinated_given_names(doc)]
        for ent in ents:
            if any(a <= ent.start_char < b for a, b, _ in skip):
                continue
            if ent.label_ != "PERSON" and not _titled_name(ent) and not _coordinated_with_a_person(ent):
                continue
            if _names_a_body(ent):
                continue
            toks = _clean_name_tokens(ent)
            if toks and ent.label_ == "PERSON":
                toks = _with_untagged_tail(toks)
            if not toks or gazetteer().country_code(" ".join(t.text for t in toks)):
                continue
            if toks[0].i in covered or toks[-1].i in covered:
                continue  # already read from the model's own PERSON entity
            spans.append((toks[0].i, toks[-1].i + 1, toks))
            covered.update(range(toks[0].i, toks[-1].i + 1))
            if len(toks) >= 2:
                last = next((t for t in reversed(toks) if t.lower_.strip(".") not in _SUFFIXES), toks[-1])
                full.setdefault(family_word(last.text), Counter())[_name_text(toks)] += 1  # "Ruiz" for "Ana Ruiz Jr."
        _add_longer_forms(doc, spans, covered, full)
        _add_other_bearers(doc, spans, covered, full)
        spans = _without_venues(spans, full)
        spans = _without_places(spans, full)
        self._surname: dict[str, str] = {s: c.most_common(1)[0][0] for s, c in full.items() if len(c) == 1}
        # names written family name first ("Zhao Ming", "Lu Wenhai") are shortened to their first word: a one-word
        # name that is nobody's last word but the first word of exactly one full name is that person
        firsts: dict[str, set[str]] = {}
        for names in full.values():
            for n in names:
                firsts.setdefault(n.split()[0], set()).add(n)
        for first, names in firsts.items():
            if len(names) == 1 and first not in self._surname and first not in full:
                self._surname[first] = next(iter(names))
        for word in _country_surnames(doc, self._surname, spans):
            del self._surname[word]
        if headline:  # the .txt reader takes the first line as the title: "President Lu Wenhai left ..." over "Lu"
            for _, _, toks in spans:
                w = toks[0].text
                if len(toks) == 1 and w not in self._surname and w not in full and (
                        long := headline_full_name(headline, w)) is not None:
                    self._surname[w] = long
        # a one-word "person" that the gazetteer knows as a country, state or sizeable city, and that is nobody's
        # surname here, is a place the model mislabelled ("en route to [Kyiv]")
        spans = [sp for sp in spans if len(sp[2]) > 1 or sp[2][0].text in self._surname
                 or not _place_position(sp[2][0]) or not _known_place(sp[2][0].text)]
        self._by_token: dict[int, PersonMention] = {}
        raw: list[tuple[int, int, str]] = []
        for s, e, toks in spans:
            name = _name_text(toks)
            if len(toks) == 1:
                name = self._surname.get(name, name)
            raw.append((s, e, name))
        _by_title(doc, raw, {s: set(c) for s, c in full.items() if len(c) > 1})
        covered = {i for s, e, _ in raw for i in range(s, e)}
        # the model tags a name PERSON in one sentence and ORG in the next ("Weber said ..."): every other bare
        # occurrence of a full name's surname, or of a one-word name tagged PERSON here, is that person
        alias = dict(self._surname)
        for _, _, toks in spans:
            if len(toks) == 1 and toks[0].text not in alias and not _known_place(toks[0].text):
                alias[toks[0].text] = toks[0].text
        for t in tokens(doc):
            if t.i in covered or t.pos_ not in {"PROPN", "NOUN"} or t.text not in alias:
                continue
            if t.dep_ == "compound" and t.head.pos_ in {"NOUN", "PROPN"} and t.head.text not in alias:
                continue  # "the Weber administration"
            if t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].dep_ != "conj" \
                    and doc[t.i + 1].text not in alias and doc[t.i + 1].ent_type_ not in {"", "PERSON"}:
                continue  # "Weber Tower"
            raw.append((t.i, t.i + 1, alias[t.text]))
        roles: dict[str, Counter] = {}
        countries: dict[str, Counter] = {}
        titles: dict[str, set[str]] = {}  # title words in apposition ("Mariam Sangaré, Special Envoy of ...")
        for s, e, name in raw:
            role, cc = _left_title(doc, s)
            if cc is None or role is None:
                arole, acc = _appos_country(doc[e - 1])
                cc = cc or acc
                role = role or arole
            if role:
                roles.setdefault(name, Counter())[role] += 1
            if cc:
                countries.setdefault(name, Counter())[cc] += 1
            titles.setdefault(name, set()).update(_appos_title_words(doc[e - 1]))
        # "Peruvian Foreign Minister A and Defence Minister B": a titled name coordinated with one whose title
        # carries a nationality shares it
        head_of = {e - 1: name for s, e, name in raw}
        for s, e, name in raw:
            if name in countries or name not in roles:
                continue
            i = s - 1
            while i > 0 and is_title_token(doc[i]):
                i -= 1
            if doc[i].lower_ == "and":
                other = head_of.get(i - 1)
            else:
                other = head_of.get(doc[e - 1].head.i) if doc[e - 1].dep_ == "conj" else None
            if other and other in countries:
                countries[name] = Counter({countries[other].most_common(1)[0][0]: 1})
        self.people: dict[str, Person] = {}
        for _, _, name in raw:
            words = frozenset(w.lower() for r in roles.get(name, ()) for w in r.split()) | titles.get(name, set())
            self.people[name] = Person(name, _best_role(roles.get(name)), _top(countries.get(name)), words)
        for s, e, name in raw:
            m = PersonMention(self.people[name], s, e, doc[s:e].text)
            for i in range(s, e):
                self._by_token[i] = m
        self._add_aliases(doc, doc.text if text is None else text)

    def _add_aliases(self, doc: Doc, text: str) -> None:
        """'Tito, as the president is widely known, left ...': the name before the phrase is another name of
        the person last mentioned with that title; every bare occurrence of it is that person."""
        for match in _ALIAS_RE.finditer(text):
            title = match.group("title").lower().split()[-1]
            alias_tok = doc.char_span(match.start("alias"), match.end("alias"))
            if alias_tok is None or len(alias_tok) != 1:
                continue
            before = self.in_span(0, alias_tok.start)
            holder = next((m.person for m in reversed(before) if title in m.person.titles), None)
            if holder is None:
                continue
            for t in doc:
                if t.text == alias_tok.text and t.i not in self._by_token:
                    self._by_token[t.i] = PersonMention(holder, t.i, t.i + 1, t.text)

    def at(self, token: Token) -> PersonMention | None:
        return self._by_token.get(token.i)

    def in_span(self, start: int, end: int) -> list[PersonMention]:
        """Distinct person mentions whose tokens lie in ``[start, end)``, in text order."""
        out: list[PersonMention] = []
        seen: set[PersonMention] = set()  # the same equality as ``m not in out``, without a scan per token
        for i in range(start, end):
            m = self._by_token.get(i)
            if m and m not in seen:
                seen.add(m)
                out.append(m)
        return out

    def canonical(self, name: str) -> str:
        """Full name for a surname seen in this article, else ``name`` unchanged."""
        return self._surname.get(name, name)

    def is_person_token(self, token: Token) -> bool:
        return token.i in self._by_token


def _add_longer_forms(doc: Doc, spans: list[tuple[int, int, list[Token]]], covered: set[int],
                      full: dict[str, Counter]) -> None:
    """'with Tembaria's Lu Wenhai' untagged where the model tagged 'President Lu': the full form is a name of the story
    too, so the short one resolves to it (``name_forms.longer_untagged_forms``)."""
    singles = {toks[0].text for _, _, toks in spans if len(toks) == 1}
    for toks in longer_untagged_forms(doc, singles, covered):
        _take_name(toks, spans, covered, full)


def _add_other_bearers(doc: Doc, spans: list[tuple[int, int, list[Token]]], covered: set[int],
                       full: dict[str, Counter]) -> None:
    """'Tomas Lee' untagged in a page whose tagged names include 'Ana Lee': a name of its own
    (``name_forms.other_bearers``), so that neither 'Lee' nor its mentions go to Ana Lee alone."""
    known = {last: {n for n in names if " " in n} for last, names in full.items()}
    for toks in other_bearers(doc, {k: v for k, v in known.items() if v}, covered):
        _take_name(toks, spans, covered, full)


def _take_name(toks: list[Token], spans: list[tuple[int, int, list[Token]]], covered: set[int],
               full: dict[str, Counter]) -> None:
    """Record an untagged name the article's forms reveal as a span of the story, its tokens as covered, and its
    full form under its family name (the last word), as a tagged name is."""
    spans.append((toks[0].i, toks[-1].i + 1, toks))
    covered.update(range(toks[0].i, toks[-1].i + 1))
    full.setdefault(family_word(toks[-1].text), Counter())[_name_text(toks)] += 1


def _without_venues(spans: list[tuple[int, int, list[Token]]],
                    full: dict[str, Counter]) -> list[tuple[int, int, list[Token]]]:
    """The spans less the names the article only ever puts after 'at' or 'in' (``name_forms.only_a_venue``): a hall
    or a memorial named after someone is where an event happens, never a side of it."""
    by_name: dict[str, list[list[Token]]] = {}
    for _, _, toks in spans:
        by_name.setdefault(_name_text(toks), []).append(toks)
    venues = {name for name, ms in by_name.items() if len(ms[0]) >= 2 and only_a_venue(ms)
              and ms[0][-1].text not in by_name}  # not 'Ruiz said' elsewhere: a person after all
    for name in venues:
        last = by_name[name][0][-1].text
        if last in full:
            full[last].pop(name, None)
            if not full[last]:
                del full[last]
    return [sp for sp in spans if _name_text(sp[2]) not in venues]


# words after a place's name that say which kind of area it is ('<Name> Province'): the name without them is the place
_AREA_WORDS = frozenset({"province", "district", "state", "county", "region", "prefecture"})


def _without_places(spans: list[tuple[int, int, list[Token]]],
                    full: dict[str, Counter]) -> list[tuple[int, int, list[Token]]]:
    """The spans less the 'people' the model tagged whose name the gazetteer knows as a place and whom the article
    only ever puts in a place slot ('visited <A B>', 'flew to <A B Province>', 'toured X, <Y> and <Z>'), untitled,
    sharing no word with anyone else it names: places the small model misread, never a side of an event. A
    person who shares a place's name acts, speaks or is met somewhere in the page, or carries a title."""
    by_name: dict[str, list[list[Token]]] = {}
    for _, _, toks in spans:
        by_name.setdefault(_name_text(toks), []).append(toks)
    places = {name for name, ms in by_name.items() if _gazetteer_place(name)
              and all(_place_position(_span_root(toks)) and not _titled(toks) for toks in ms)}
    others = {w for name in by_name if name not in places for w in name.split()}
    places = {name for name in places if not others.intersection(name.split())}
    for name in places:
        last = name.split()[-1]
        if last in full:
            full[last].pop(name, None)
            if not full[last]:
                del full[last]
    return [sp for sp in spans if _name_text(sp[2]) not in places]


def _country_surnames(doc: Doc, surnames: dict[str, str], spans: list[tuple[int, int, list[Token]]]) -> list[str]:
    """The 'surnames' that are a country's name which the page also puts, on its own, in a place slot ('a campaign
    called Build Kenya ... investors in Kenya'): there the bare word is the country, so it is no short form of the
    name that ends in it. A person who shares a country's name is still read in full ('Ann Jordan')."""
    inside = {t.i for _, _, toks in spans for t in toks}
    return [w for w in surnames if _country_name(w) and any(
        t.text == w and t.i not in inside and _place_position(t) for t in tokens(doc))]


def _country_name(word: str) -> bool:
    """``word`` is a country's own name ('Peru'), not a code the gazetteer also reads as one ('Hu', 'Ma')."""
    hit = gazetteer().lookup(word)
    return hit is not None and hit.kind == "country" and hit.name == word


def _titled(toks: list[Token]) -> bool:
    """A title stands right before the name ('President <A B>'): a person, whatever the gazetteer says."""
    return toks[0].i > 0 and is_title_token(toks[0].doc[toks[0].i - 1])


def _span_root(toks: list[Token]) -> Token:
    """The token of a name whose head lies outside it: where the name attaches to its clause."""
    return next((t for t in toks if not toks[0].i <= t.head.i <= toks[-1].i or t.head.i == t.i), toks[-1])


def _gazetteer_place(name: str) -> bool:
    """The gazetteer knows ``name`` (or ``name`` less a trailing area word) as a country, state or city."""
    words = name.split()
    for text in (name, " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in _AREA_WORDS else None):
        hit = gazetteer().lookup(text) if text else None
        if hit is not None and hit.kind in {"country", "state", "city"}:
            return True
    return False


def _best_role(c: Counter | None) -> str | None:
    if not c:
        return None
    weak = {"counterpart", "official", "member", "leader", "expert", "analyst"}

    def key(r: str) -> tuple[int, int, int]:
        last = r.split()[-1].lower()
        return (last not in weak, c[r], len(r))

    return max(c, key=key)


def _top(c: Counter | None) -> str | None:
    return c.most_common(1)[0][0] if c else None
