"""The country a person's nationality words give them in a story ("Japanese Foreign Minister Ana Ruiz"): who of a
meeting's participants is a visitor, and whose own country a trip goes to. Split from ``locate``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..people import role_words
from ..places import gazetteer

_LETTERS = re.compile(r"[A-Za-z]+")
TITLE_REACH = 6  # how many words before a name its title may take: "the Japanese Deputy Foreign Minister"


def nationality_in_story(doc: Doc, name: str) -> str | None:
    """The country a nationality word or a possessive country writes before ``name`` anywhere in the story
    ("Japanese Foreign Minister Ana Ruiz", "Peru's President Ana Ruiz"), when every such word agrees. Read from the
    words before each mention of the surname, over its title and name words; the last run of letters of a word
    counts, so a nationality glued to page furniture ("(Agency)--Peruvian") still says it."""
    words = name.split()
    if not words:
        return None
    roles = role_words()
    title = roles["head_nouns"] | roles["modifiers"] | roles["honorifics"]
    gz = gazetteer()
    found: set[str] = set()
    for tok in doc:
        if tok.text != words[-1]:
            continue
        for back in range(tok.i - 1, max(-1, tok.i - 1 - TITLE_REACH - len(words)), -1):
            t = doc[back]
            if t.text in words or t.lower_ in title:
                continue
            if t.tag_ == "POS" and back > 0 and (cc := gz.country_code(doc[back - 1].text)):
                found.add(cc)  # "Peru's President Ana Ruiz"
                break
            runs = _LETTERS.findall(t.text)
            if runs and (cc := gz.demonyms.get(runs[-1].lower())):
                found.add(cc)
            elif runs and runs[-1][:1].isupper() and runs[-1].lower() not in gz.demonyms and (
                    cc := gz.demonym_country(runs[-1])) and t.pos_ == "ADJ":
                found.add(cc)  # "Peruvian": derived from the country's name
            break
    return found.pop() if len(found) == 1 else None
