"""Where a person's name starts and ends in the text: the title words and honorifics stripped off, the model's
early ends mended ('Prime Minister [Lee Hsien] Loong'), names it missed or mislabelled recovered from a title
beside them, and the written form kept ('Jean-Yves Le Drian'). ``people.DocPeople`` builds its index from these."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

from .places import gazetteer
from .roles import is_title_token, role_words
from .tree import entity_at, tokens

_HYPHENS = frozenset({"-", "‐", "–"})
_PARTICLES = {"bin", "bint", "al", "el", "da", "de", "del", "der", "van", "von", "la", "le", "di", "du", "ibn"}


def _clean_name_tokens(span: Span) -> list[Token]:
    toks = [t for t in span if not t.is_punct and t.lower_ not in {"'s", "’s"}]
    skip = role_words()["honorifics"] | {"the"}
    while toks and (is_title_token(toks[0]) or toks[0].lower_ in skip or _compass_of_demonym(toks)):
        toks = toks[1:]
    # "the mayor of Lyon Raymond Barre", "High Commissioner to India Ann Lee": the place of a title ending in 'of' or
    # 'to' is no part of the holder's name
    while len(toks) > 2 and toks[0].i > 0 and toks[0].doc[toks[0].i - 1].lower_ in {"of", "to"} \
            and gazetteer().lookup(toks[0].text) is not None:
        toks = toks[1:]
    # a headline's "President of Argentina Macri" (not 'a friend of Jordan Lee': its 'of' follows no title)
    if len(toks) == 2 and toks[0].i > 1 and toks[0].doc[toks[0].i - 1].lower_ == "of" \
            and toks[0].doc[toks[0].i - 2].lower_ in role_words()["head_nouns"] \
            and gazetteer().country_code(toks[0].text) is not None:
        toks = toks[1:]
    while len(toks) > 1 and toks[-1].lower_ in role_words()["headline_verbs"]:
        toks = toks[:-1]  # "Ana Ruiz Arrives in France": a title-case headline's verb is no part of the name
    while len(toks) > 1 and toks[-1].lower_ in role_words()["credit_words"]:
        toks = toks[:-1]  # a photo caption's "Jane Doe Reuters/Ann Lee": the agency is no part of the name
    if len(toks) == 1 and toks[0].lower_ in role_words()["credit_words"]:
        return []  # the agency alone, which the model may tag as a person
    # a name has capitalised words (particles aside) and is not an organisation word ("the President Hotel")
    if not toks or any(not (t.text[:1].isupper() or t.lower_ in _PARTICLES or _hyphen_tail(t)) for t in toks):
        return []
    if toks[-1].lower_ in role_words()["org_words"] or any(ch.isdigit() for t in toks for ch in t.text):
        return []  # "the President Hotel", "F-16s"
    return toks


def _hyphen_tail(t: Token) -> bool:
    """'Ana Mi-rae', 'Bo Sol-hee': the lower-case syllable after a hyphen that joins it, with no space, to a
    capitalised word is the second half of one hyphenated given name, not a common word inside the name."""
    doc = t.doc
    return t.i >= 2 and t.is_alpha and t.text[:1].islower() and doc[t.i - 1].text in _HYPHENS \
        and not doc[t.i - 1].whitespace_ and not doc[t.i - 2].whitespace_ \
        and doc[t.i - 2].text[:1].isupper() and doc[t.i - 2].is_alpha


_OWN_OFFICE = frozenset({"administration", "government", "cabinet", "office"})  # "the Weber administration": his


def _names_a_body(ent: Span) -> bool:
    """'check into the [Maurya Sheraton] hotel', 'the [Ann Lee] Foundation': a name that qualifies the organisation
    or building word right after it names that body, not a person of the story (but the office a person heads, 'the
    [Weber] administration', is still read as theirs)."""
    if ent.end >= len(ent.doc):
        return False
    nxt = ent.doc[ent.end]
    return nxt.lower_ in role_words()["org_words"] and nxt.lower_ not in _OWN_OFFICE \
        and ent.root.dep_ == "compound" and ent.root.head.i == nxt.i


def _compass_of_demonym(toks: list[Token]) -> bool:
    """'[South] Korean President Ana Ruiz': the first word of a two-word nationality is a title word too."""
    return len(toks) > 1 and toks[0].lower_ in {"south", "north", "new", "sri", "saudi"} and is_title_token(toks[1])


def _with_untagged_tail(toks: list[Token]) -> list[Token]:
    """'Prime Minister [Lee Hsien] Loong rounded off': the small model ends a name early when its last word is rare.
    A capitalised proper noun right after the name, in the same sentence, that the model gave no entity type and
    that is neither a title, a place nor a headline verb, is the name's last word; so is any capitalised word after
    a name that stops on a particle."""
    words = role_words()
    while toks:
        t = toks[-1]
        if t.i + 1 >= len(t.doc):
            break
        nxt = t.doc[t.i + 1]
        if t.i + 2 < len(t.doc) and _hyphen_tail(t.doc[t.i + 2]) and t.doc[t.i + 2].i not in {x.i for x in toks}:
            toks = [*toks, t.doc[t.i + 2]]  # "[Ana Mi]-rae": the model stopped at the hyphen of a given name
            continue
        if len(toks) >= 2 and t.i + 2 < len(t.doc) and _double_barrelled(t.doc[t.i + 2]):
            toks = [*toks, t.doc[t.i + 2]]  # "[Ana Ruiz]-Soto": the model stopped at the hyphen of a family name
            continue
        if t.lower_ in _PARTICLES and t.whitespace_ and nxt.is_alpha and (
                nxt.text[:1].isupper() or nxt.lower_ in _PARTICLES and _ends_capitalised(nxt)):
            toks = [*toks, nxt]  # "Ursula von der [Leyen]": a name cannot end on its particle, whatever the label
            continue
        if not t.whitespace_ or nxt.is_sent_start or nxt.pos_ != "PROPN" or nxt.ent_type_ \
                or not nxt.text[:1].isupper() or not nxt.text[1:].islower() or is_title_token(nxt) \
                or nxt.lower_ in words["headline_verbs"] or nxt.lower_ in words["org_words"] \
                or gazetteer().lookup(nxt.text) is not None:
            break
        toks = [*toks, nxt]
    return toks


def _double_barrelled(t: Token) -> bool:
    """'Ana Ruiz-Soto': the capitalised word joined with no space by a hyphen to the last word of a name of two or
    more words is the second half of a double-barrelled family name, when the model gave it no entity of its own
    and it is no title, place or organisation word. A one-word name before the hyphen stays as it is: 'the
    Ruiz-Soto talks' joins two people's surnames."""
    doc, words = t.doc, role_words()
    return t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() and doc[t.i - 1].text in _HYPHENS \
        and not doc[t.i - 1].whitespace_ and not doc[t.i - 2].whitespace_ and not t.ent_type_ \
        and not is_title_token(t) and t.lower_ not in words["org_words"] and gazetteer().lookup(t.text) is None


def _ends_capitalised(t: Token) -> bool:
    """'[Ursula von] der Leyen': the particle after a particle leads on to a capitalised word (the name's end)."""
    j = t.i + 1
    return t.whitespace_ != "" and j < len(t.doc) and t.doc[j].text[:1].isupper() and t.doc[j].is_alpha \
        and not t.doc[j].is_sent_start


# "George K.Lopez": an initial glued to the surname with no space after its full stop (the tokenizer keeps it one
# word); the name is "George K. Lopez", its family name "Lopez", as where the page writes the space
_GLUED_INITIAL = re.compile(r"^([A-Z]\.)([A-Z][a-z]+(?:[-'][A-Za-z]+)*)$")


def name_word(text: str) -> str:
    """One word of a name as the name has it: a glued initial and surname ('K.Lopez') spaced ('K. Lopez')."""
    m = _GLUED_INITIAL.match(text)
    return f"{m.group(1)} {m.group(2)}" if m else text


def family_word(text: str) -> str:
    """The family name a name's last word carries: 'Lopez' of 'K.Lopez' (a glued initial), else the word itself.
    The key under which a later bare 'Lopez' finds the full name."""
    m = _GLUED_INITIAL.match(text)
    return m.group(2) if m else text


def _name_text(toks: list[Token]) -> str:
    """The name as written ('Abdel Fattah el-Sisi', 'Jean-Yves Le Drian'): the tokens with a hyphen between them
    where the text has one, single spaces elsewhere, and a glued initial spaced off its surname ('K.Lopez')."""
    out = name_word(toks[0].text)
    for prev, t in zip(toks, toks[1:], strict=False):
        gap = prev.doc[prev.i + 1:t.i]
        if len(gap) == 1 and gap[0].text in {"-", "‐", "–"} and not prev.whitespace_ and not gap[0].whitespace_:
            out += gap[0].text + t.text
        else:
            out += " " + name_word(t.text)
    return out




def joined_adjacent_names(ents: list[Span]) -> list[Span]:
    """'Ana Maria Ruiz Soto' read as two PERSON entities back to back ('Ana Maria', 'Ruiz Soto'): two person entities
    with no word or mark between them, the first hanging wholly on the second's words, are one person's long name.
    Names a list separates ('Ana Ruiz, Hans Weber', 'Ana Ruiz and Hans Weber') stay two."""
    from spacy.tokens import Span

    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and prev.end == ent.start \
                and prev[-1].whitespace_ and all(ent.start <= t.head.i < ent.end for t in prev
                                                 if not prev.start <= t.head.i < prev.end):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out


_NOT_NAMES = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC", "DATE"})  # PERSON: the model's own entity is used


def _titled_by_apposition(doc: Doc) -> list[Span]:
    """Names the model missed or tagged ORG but that a title in apposition marks as a person: 'H.E. Félix Antoine
    Tshisekedi Tshilombo, President of the Democratic Republic of the Congo', or a spouse noun ('Mira, his wife',
    'Mira, the queen consort'), or a capitalised title with its 'of' after a comma ('Mira, Duchess of Lyr', which
    the parser may hang as one more conjunct). Returned as PERSON spans of the
    proper-noun chain (honorifics are stripped later with the other title words)."""
    from spacy.tokens import Span

    words = role_words()
    out: list[Span] = []
    for t in tokens(doc):
        if t.pos_ != "PROPN" or t.ent_type_ in _NOT_NAMES or not t.text[:1].isupper():
            continue
        if not any(c.dep_ == "appos" and (c.lower_ in words["head_nouns"] or c.lower_ in words["spouse_nouns"])
                   for c in t.children) and not _comma_title_of(t):
            continue
        start = t.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1  # the whole run of proper nouns ("Kuala Lumpur" must be seen whole to be known as a place)
        if all(gazetteer().lookup(doc[k:t.i + 1].text) is None for k in range(start, t.i + 1)):
            out.append(Span(doc, start, t.i + 1, label="PERSON"))
    return out


def _comma_title_of(t: Token) -> bool:
    """'Prince Tomas and Mira, Duchess of Lyr, arrived': a capitalised title with its 'of' right after the word and a
    comma is the word's title in apposition, however the parser hung it (often as one more conjunct of a list)."""
    doc = t.doc
    if t.i + 3 >= len(doc) or doc[t.i + 1].text != "," or doc[t.i + 3].lower_ != "of":
        return False
    title = doc[t.i + 2]
    return title.lower_ in role_words()["head_nouns"] and title.text[:1].isupper()


def _titled_untagged(doc: Doc) -> list[Span]:
    """'Pakistan's Chief Executive Pervez Musharraf': two or three capitalised proper nouns right after a capitalised
    title, which the model gave no entity type at all, are its holder's name (a run that goes on into more proper
    nouns, a place or an organisation word is not). After a royal title (roles ``given_name_titles``: 'Queen Mira',
    'Emperor Tomas') one such word is a name too: royals are called by a given name alone, and the small model
    leaves a rare one untagged, so the consort drops out of every event the couple shares. Returned as PERSON
    spans of the name alone."""
    from spacy.tokens import Span

    words = role_words()
    out: list[Span] = []
    for t in tokens(doc):
        if t.lower_ not in words["head_nouns"] or not t.text[:1].isupper() or t.pos_ not in {"PROPN", "NOUN"}:
            continue
        i = t.i + 1
        while i < len(doc) and is_title_token(doc[i]) and doc[i].text[:1].isupper():
            i += 1  # "Chief Executive": the rest of the title
        i = _past_posting(doc, i)  # "Ambassador to Yugoslavia Ann Lee": the country of the posting
        j = i
        while j < len(doc) and j - i < 4 and doc[j].pos_ == "PROPN" and not doc[j].ent_type_ \
                and doc[j].text[:1].isupper() and doc[j].text[1:].islower():
            j += 1
        least = 1 if t.lower_ in words["given_name_titles"] and i == t.i + 1 else 2
        if not least <= j - i <= 3 or j < len(doc) and doc[j].pos_ == "PROPN" or any(
                is_title_token(x) or x.lower_ in words["org_words"] or x.lower_ in words["headline_verbs"]
                for x in doc[i:j]):
            continue
        if gazetteer().lookup(doc[i:j].text) is None and all(gazetteer().lookup(x.text) is None for x in doc[i:j]):
            out.append(Span(doc, i, j, label="PERSON"))
    return out


def _past_posting(doc: Doc, i: int) -> int:
    """The index after 'to <country>' or 'of <country>' at ``i`` (a title's posting: 'Ambassador to Peru', 'Governor
    of Lima'), else ``i``."""
    if i + 1 >= len(doc) or doc[i].lower_ not in {"to", "of"}:
        return i
    ent = next((e for e in doc.ents if e.start == i + 1 and e.label_ == "GPE"), None)
    if ent is not None:
        return ent.end
    return _untagged_country_end(doc, i + 1)


_LONGEST_COUNTRY = 3  # words of the longest country name a posting is read for ('Papua New Guinea')


def _untagged_country_end(doc: Doc, start: int) -> int:
    """'Prime Minister of India Ana Ruiz': the small model often tags neither the country nor the holder when they run
    together, so the posting is the shortest run of capitalised words at ``start`` that names a country (the
    gazetteer's, not the model's); the index after it, else ``start - 1`` (no posting: the title's own end)."""
    for end in range(start + 1, min(start + _LONGEST_COUNTRY, len(doc)) + 1):
        run = doc[start:end]
        if not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in run):
            break
        if gazetteer().country_code(run.text) is not None:
            return end
    return start - 1


def _titled_name(ent: Span) -> bool:
    """An entity the model mislabelled (ORG/GPE) that a title introduces: 'Chancellor [Hans Weber]', or one that
    holds its title: '[Kazakh President Aidar Serikov]' (but not '[Kazakh Foreign Ministry]')."""
    if ent.label_ not in {"ORG", "GPE", "NORP", "LOC", "FAC"}:
        return False
    words = role_words()
    inner = next((k for k, t in enumerate(ent) if t.lower_ in words["head_nouns"] and t.text[:1].isupper()), None)
    if inner is not None and 0 < len(ent) - inner - 1 <= 4 and all(is_title_token(t) for t in ent[:inner]):
        rest = [t for t in ent[inner + 1:] if not t.is_punct]
        return bool(rest) and all(t.text[:1].isupper() and t.lower_ not in words["org_words"] for t in rest) \
            and gazetteer().lookup(" ".join(t.text for t in rest)) is None
    if ent.start == 0 or len(ent) > 4:
        return False
    prev = ent.doc[ent.start - 1]
    if prev.lower_ not in words["head_nouns"] or not prev.text[:1].isupper():
        return False
    return all(t.text[:1].isupper() for t in ent) and gazetteer().lookup(ent.text) is None



def _coordinated_given_names(doc: Doc) -> list[Span]:
    """'They greeted Tomas and Mira': a single capitalised proper noun the model gave no entity type (or a one-word
    place or body label the gazetteer does not back, ``_one_word_misfit``), joined by 'and' to a person's name, not
    a place and no title or organisation word, is a name used alone (news calls a royal or a spouse by a first name,
    an official by a surname the model does not know). Returned as one-token PERSON spans."""
    from spacy.tokens import Span

    words = role_words()
    out: list[Span] = []
    for t in tokens(doc):
        if t.pos_ != "PROPN" or not (t.text[:1].isupper() and t.text[1:].islower()):
            continue
        if t.ent_type_ and not _one_word_misfit(t):
            continue
        if t.lower_ in words["org_words"] or is_title_token(t) or gazetteer().lookup(t.text) is not None:
            continue
        if any(c.dep_ == "compound" for c in t.children) or t.dep_ == "compound":
            continue  # part of a longer name or a noun's modifier ("Pariser Platz")
        partners = ([t.head] if t.dep_ == "conj" else []) + [c for c in t.children if c.dep_ == "conj"]
        if t.ent_type_:  # a misfit label: only right beside the name ('Vale and Okonkwo', not 'Telecom and IT
            partners = [p for p in partners if _beside(t, p)]  # Minister Ana Ruiz', a title's own coordination)
        if any(p.ent_type_ == "PERSON" for p in partners):
            out.append(Span(doc, t.i, t.i + 1, label="PERSON"))
    return out


def _one_word_misfit(t: Token) -> bool:
    """'dinner with Ana Ruiz and Weber', with 'Weber' tagged GPE or ORG: the small model labels a rare surname used
    alone as a place or a body. A one-word entity of those labels that the gazetteer does not know as a place is
    open to the coordination test of ``_coordinated_given_names`` (a name joined by 'and' to a person's name)."""
    ent = entity_at(t)
    return ent is not None and len(ent) == 1 and ent.label_ in {"GPE", "ORG"}


def _beside(t: Token, partner: Token) -> bool:
    """The word and the partner's name are joined by 'and' alone: the name (its PERSON entity) starts right after
    't and' or ends right before 'and t'."""
    ent = entity_at(partner)
    if ent is None:
        return False
    if t.i < ent.start:
        return ent.start == t.i + 2 and t.doc[t.i + 1].lower_ == "and"
    return t.i == ent.end + 1 and t.doc[ent.end].lower_ == "and"


def _coordinated_with_a_person(ent: Span) -> bool:
    """'Hans Weber and Ana Ruiz met', with the second name tagged ORG: a two- or three-word proper name joined by
    'and' to a person's name, with no organisation word and not a place, is a person's name too."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper()
                                                                   and t.text[1:].islower() for t in ent):
        return False
    if any(t.lower_ in role_words()["org_words"] for t in ent) or gazetteer().lookup(ent.text) is not None:
        return False
    root = ent.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [c for c in root.children if c.dep_ == "conj"]
    return any(p.ent_type_ == "PERSON" for p in partners)


_NOT_NAME_WORDS = frozenset({"the", "a", "an", "and", "in", "on", "at", "to", "of", "for", "with", "as", "by", "from"})
_BREAKS = ",;:|()[]\"“”"


def headline_full_name(headline: str, word: str) -> str | None:
    """The full name a headline gives for a one-word name the body uses alone ('Tembarian President Lu Wenhai left
    Peru' over a body that says 'Lu'): the word with the capitalised name words right beside it (no punctuation
    between), up to two on each side, stopping at a title, a nationality, a place, an organisation word or a
    headline verb ('Ruiz Lands in Oslo' gives nothing). None when the headline has no longer name for it."""
    words, gz = role_words(), gazetteer()
    raw = headline.split()
    toks = [re.sub(r"['’]s$", "", w.strip(_BREAKS)) for w in raw]
    # a comma or colon after the word, or its possessive, ends the name there
    broken = [w.rstrip(_BREAKS) != w or t != w.strip(_BREAKS) for w, t in zip(raw, toks, strict=True)]
    opened = [w.lstrip(_BREAKS) != w for w in raw]  # a bracket before it starts a new phrase

    def name_word(w: str) -> bool:
        low = w.lower()
        return bool(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?", w)) and low not in _NOT_NAME_WORDS \
            and low not in words["head_nouns"] and low not in words["modifiers"] and low not in words[
                "headline_verbs"] and low not in words["org_words"] and low not in words["honorifics"] \
            and low not in gz.demonyms and gz.lookup(w) is None

    for k, w in enumerate(toks):
        if w != word:
            continue
        lo, hi = k, k + 1
        while lo > 0 and k - lo < 2 and not opened[lo] and not broken[lo - 1] and name_word(toks[lo - 1]):
            lo -= 1
        while hi < len(toks) and hi - k <= 2 and not broken[hi - 1] and not opened[hi] and name_word(toks[hi]):
            hi += 1
        if hi - lo >= 2:
            return " ".join(toks[lo:hi])
    return None
