"""Who takes part: noun phrases to ``Participant`` records, with salience-based resolution of pronouns and of plural
descriptions ("both officials", "the two U.S. secretaries", "they").

The parts live beside it: pronouns in ``pronouns``, title nouns in ``role_holders``, plural descriptions in
``plural_groups``, spouses and unnamed offices in ``companions``, 'the visitor' in ``visitors``.

The resolution is deliberately simple: it keeps the people most recently in subject position. News reports name
the actors and then refer to them as a group, so the last multi-person subject is what "they" and "both officials"
mean far more often than not; a plural title noun ("the secretaries") is matched against the titles of the people
named so far, so it picks the secretaries and not the ministers.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..people import DocPeople, Person, role_words
from ..records import Participant
from ..tree import sent_tokens
from .companions import couple, introduced_spouse, titled_companion
from .group_names import named_members, without_subsumed_groups
from .host_guests import guest_object, guests, is_host_verb
from .phrases import (
    ANTECEDENT_WINDOW,
    coordinated_name,
    dedupe,
    expand,
    group_like,
    group_name,
    segment_end,
    segment_start,
    unnamed_title,
)
from .plural_groups import last_two, plural_description
from .pronouns import bare, pronoun
from .role_holders import named_last, named_right_after, titled_antecedent
from .salience import Salience
from .sides import a_circumstance, place_not_party
from .sources import quoted_source
from .triggers import lexicon
from .visitors import is_visitor_noun, story_visitors

_REL_PRONOUNS = {"who", "that", "which", "whom"}


class Resolver:
    """Turns tokens into participants for one Doc, using its ``DocPeople`` and a running ``Salience``."""

    def __init__(self, people: DocPeople, datelines: tuple[tuple[int, int], ...] = ()) -> None:
        """``datelines``: the character ranges of the page's datelines ('LIMA (Reuters) -', and those opening later
        items of the page), which name nobody."""
        self.people = people
        self.salience = Salience()
        self.datelines = datelines
        self.protagonist: Person | None = None  # who the story is about (set by the story model)
        self.protagonist_first = 0  # token index where the story first names them
        self.couples: list[tuple[Person, Person]] = []  # married couples travelling together (``party``)

    def in_dateline(self, tok: Token) -> bool:
        return any(a <= tok.idx < b for a, b in self.datelines)

    def past_dateline(self, subj: Token) -> list[Token]:
        """``subj``, or, when it is a dateline the parser took for the subject ('BERN, May 7 - The ministers ...
        met'), the real subject it hangs beside it."""
        if not self.in_dateline(subj):
            return [subj]
        return [a for a in subj.children if a.dep_ in {"appos", "conj"} and not self.in_dateline(a)]

    # --- single noun phrases ---------------------------------------------------------------------------------
    def participant(self, person: Person, mention: str | None) -> Participant:
        return Participant(person.name, person.role, person.country_code, mention)

    def resolve(self, tok: Token, *, before: int | None = None, loose: bool = False) -> list[Participant]:
        """Participants denoted by the phrase headed by ``tok`` (with its conjuncts/appositions). With ``loose``
        (the subject or object of a meeting or travel verb), an organisation, nationality or plural noun phrase
        that names no known person becomes a group participant ('the IOC convened', 'delegates convene',
        'panicked fans fled')."""
        out: list[Participant] = []
        if self.in_dateline(tok):
            return out
        toks = expand(tok)
        toks = [x for t in toks for x in (*_listed_inside(self.people, t), t)]
        has_named = any(self.people.at(t) for t in toks)
        for t in toks:
            m = self.people.at(t)
            if m is None and t.lemma_.lower() in role_words()["head_nouns"]:
                # a broken parse may hang the name under its title ('adviser' -> 'Jane Doe')
                m = next((self.people.at(c) for c in t.children if c.dep_ in {"compound", "appos", "flat"}
                          and self.people.at(c)), None) or named_right_after(self, t) or named_last(self, t)
            if m:
                out.append(self.participant(m.person, m.text))
                continue
            if not has_named and (members := named_members(self.people, t)):
                out.extend(self.participant(x.person, x.text) for x in members)  # "a mission led by A and B"
                continue
            low, words = bare(t), role_words()
            if low in {"whom", "who"} and t.dep_ in {"dobj", "pobj"} and (head := _relative_head(t)) is not None:
                out.extend(self.resolve(head))  # "President Ana Ruiz, whom John Carter met on Saturday"
            elif t.pos_ == "PRON" or low in words["singular_pronouns"] | words["plural_pronouns"]:
                out.extend(pronoun(self, t, before if before is not None else t.i))
            elif not has_named and (p := introduced_spouse(self, t)) is not None:
                out.append(self.participant(p, t.text))  # "the president and first lady", "his wife"
            elif not has_named and (pair := couple(self, t)):
                out.extend(self.participant(p, t.text) for p in pair)  # "the couple"
            elif (p := titled_antecedent(self, t)) is not None:
                out.append(self.participant(p, t.text))  # "the chancellor" after "German Chancellor Hans Weber"
            elif is_visitor_noun(t) and (visitors := story_visitors(self, t)):
                out.extend(self.participant(p, t.text) for p in visitors)  # "the visiting dignitary", "his guest"
            elif t.lemma_.lower() in words["group_nouns"] and t.pos_ == "NOUN" and not has_named:
                out.extend(plural_description(self, t, before if before is not None else t.i))
            elif low == "two" and t.dep_ in {"nsubj", "nsubjpass"} and any(c.lower_ == "the" for c in t.children):
                # "The two met in Paris on Monday": the pair the story is about
                out.extend(self.participant(p, t.text) for p in self.salience.group or last_two(self))
            elif loose and t.tag_ == "NN" and t.lemma_.lower() in words.get("body_nouns", ()):
                name = group_name(t)  # "Lord Coe and council convened": the council takes part as a body
                out.append(Participant(name, None, None, name))
            elif loose and any(p.name in self.people.people for p in out) and (
                    q := titled_companion(self, tok, t)) is not None:
                out.append(q)  # "President Ruiz and the Duchess of Kent arrived"
            elif loose and not has_named and t is tok and group_like(t) and not a_circumstance(t):
                name = coordinated_name(t)
                out.append(Participant(name, None, None, name))
            elif loose and not has_named and t is tok and unnamed_title(t):
                named = [m for x in t.subtree if x.i != t.i and (m := self.people.at(x)) is not None]
                if named:  # "President of Argentina Mauricio Macri": the title's holder is named inside it
                    out.extend(self.participant(m.person, m.text) for m in dict.fromkeys(named))
                    continue
                # "conferring with the President of South Korea": a role-holder the article does not name
                name = coordinated_name(t)
                out.append(Participant(name, name, None, name))
        return without_subsumed_groups(dedupe(out), self.people.people)

    def left_persons(self, verb: Token) -> list[Participant]:
        """Fallback subject when the parse gives a verb none: the people named before it in its paragraph, outside
        prepositional phrases ('After the trip to X, A and B are slated to meet ...' with a broken parse)."""
        out = []
        for m in self.people.in_span(max(segment_start(verb), verb.i - ANTECEDENT_WINDOW), verb.i):
            tok = self.people.doc[m.end - 1]
            if tok.dep_ == "pobj" and tok.head.lower_ in {"under", "by", "about", "against", "like", "than", "since"}:
                continue
            out.append(self.participant(m.person, m.text))
        return dedupe(out)

    def _owner(self, s: Token) -> list[Participant]:
        """'His engagements begin with the summit with X', 'Her plane landed in Lima': the subject is the person's
        programme or conveyance (roles data ``agenda_nouns``), so the one who owns it is who acts."""
        if s.pos_ != "NOUN" or s.lemma_.lower() not in role_words()["agenda_nouns"]:
            return []
        owners = [p for c in s.children if c.dep_ == "poss" for p in self.resolve(c)]
        return owners if any(p.name in self.people.people for p in owners) else []

    def subject_of(self, verb: Token, depth: int = 0, loose: bool = False) -> list[Participant]:
        """The resolved subject of ``verb``, climbing through control ('expected to make' -> subject of 'expected'),
        relative clauses ('Lee, who is set to visit' -> Lee), coordination ('will leave ... and hold talks') and
        'as the first leader to meet' (-> the subject of the verb that 'as' attaches to)."""
        if depth > 6:
            return []
        seg = segment_start(verb)
        subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i >= seg]
        subj = [x for c in subj for x in self.past_dateline(c)]
        for s in subj:
            if s.lower_ in _REL_PRONOUNS:
                if verb.dep_ in {"relcl", "acl"}:
                    return self.resolve(verb.head, loose=loose)
                continue
            got = self._owner(s) or self.resolve(s, loose=loose)
            if got:
                return got
        if subj:
            return []
        if verb.head.i < seg:
            # the parser hung this clause on the previous paragraph ("... | AGENCY\n\nSpeaking at ..., Ruiz
            # called ..."): the subject is the next one in this paragraph
            nxt = next((t for t in verb.doc[verb.i + 1:segment_end(verb)] if t.dep_ == "nsubj"), None)
            return self.resolve(nxt) if nxt is not None else []
        if verb.dep_ == "xcomp" and verb.head != verb and is_host_verb(verb.head) and guest_object(verb.head):
            # "invited him to visit Peru": the guest goes, never the host (``host_guests``)
            return guests(self, verb.head)
        if verb.dep_ == "xcomp" and verb.head != verb:
            # object control: "prompted Tom Berg to convene", "asked the envoy to travel" -> the object
            ctrl = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            # "is visiting Lima to meet X": a place as object controls nothing; the clause tells what the trip is
            # for, and the traveller (the subject) does it
            if ctrl is not None and not self._destination_object(ctrl) and (got := self.resolve(ctrl, loose=loose)):
                return got
        if verb.dep_ in {"xcomp", "conj", "advcl", "ccomp"} and verb.head != verb and verb.dep_ != "ccomp":
            return self.subject_of(verb.head, depth + 1, loose)
        if verb.dep_ == "acomp" and verb.head != verb:  # "X is likely to hold talks": the copula's subject
            return self.subject_of(verb.head, depth + 1, loose)
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "before returning to X": the clause's subject
            return self.subject_of(verb.head.head, depth + 1, loose)
        if verb.dep_ in {"relcl", "acl"}:
            head = verb.head
            if head.dep_ == "dobj" and self._destination_object(head) and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                return self.subject_of(head.head, depth + 1, loose)  # "visiting Lima, Peru, to meet X" (misparsed)
            got = self.resolve(head, loose=loose)
            if got:
                return got
            if head.dep_ == "dobj" and head.head.lemma_.lower() in lexicon().acceptance_verbs:
                return self.subject_of(head.head, depth + 1, loose)  # "accepted an invitation to visit China"
            if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ in {"VERB", "AUX"}:
                return self.subject_of(head.head.head, depth + 1, loose)
        return []

    def _destination_object(self, obj: Token) -> bool:
        """'is visiting Lima to meet X', 'toured the port to see Y': the object of a travel verb that names a place
        is where the trip goes, no one the verb asks to act ('urged Peru to attend' keeps Peru as the one who
        attends: 'urge' moves no one)."""
        return obj.head.lemma_.lower() in lexicon().travel_verbs and place_not_party(obj, self.people)

    def persons_in(self, tokens: list[Token]) -> list[Participant]:
        out = []
        for t in tokens:
            m = self.people.at(t)
            if m and (not out or out[-1].mention != m.text or out[-1].name != m.person.name):
                out.append(self.participant(m.person, m.text))
        return dedupe(out)

    def note_events(self, participants: list[Participant]) -> None:
        """Remember who took part in the events a sentence told, for a later 'the two leaders'."""
        for p in participants:
            if p.name in self.people.people:
                self.salience.note_actor(self.people.people[p.name])

    def note_sentence(self, sent: Span) -> None:
        """Update salience after a sentence: its person mentions and its last subject naming people."""
        toks = sent_tokens(sent)
        for t in toks:
            m = self.people.at(t)
            if m:
                self.salience.note_mention(m.person)
        main: list[Person] = []  # the people the main clause is about
        for t in toks:
            if t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ not in _REL_PRONOUNS and not _describes_a_noun(t):
                ppl = [self.people.people[p.name] for r in self.past_dateline(t) for p in self.resolve(r)
                       if p.name in self.people.people]
                if not ppl:  # "Weber's plan ... has been met with doubt. He held a call ...": the owner
                    ppl = [m.person for c in t.children if c.dep_ == "poss" and (m := self.people.at(c))]
                if t.head.dep_ == "ROOT" and ppl:
                    main = ppl
                if main and _subordinate(t):
                    continue  # "X will speak before Y will brief him. He will then leave": 'he' goes on about X
                if not quoted_source(t, ppl, self.salience.actors):  # "..., spokesman Raj Kumar tweeted."
                    self.salience.note_subject(ppl)


_INSIDE_A_NAME = frozenset({"compound", "nmod", "amod"})


def _listed_inside(people: DocPeople, tok: Token) -> list[Token]:
    """'will meet Indian President Ana Ruiz and party leader Li Wei': with two titled names in a row the parser often
    hangs the first name under the second one's title ('Ruiz' a modifier of 'leader', 'and' a child of 'Ruiz'), so
    the coordination never reaches the object. A different person's name inside a name's own modifiers (compound,
    nmod, amod: no preposition, no clause) that carries an 'and' is the first item of the list, so it is a side too."""
    own = people.at(tok)
    if own is None:
        return []
    out: list[Token] = []
    todo = [c for c in tok.children if c.dep_ in _INSIDE_A_NAME]
    while todo:
        t = todo.pop(0)
        m = people.at(t)
        if m is not None and m.person is not own.person and any(c.dep_ == "cc" and c.lower_ == "and"
                                                                for c in t.children):
            out.append(t)
        todo.extend(c for c in t.children if c.dep_ in _INSIDE_A_NAME)
    return sorted(out, key=lambda t: t.i)


def _describes_a_noun(t: Token) -> bool:
    """A subject inside a relative clause or a clause hanging on a noun ("the report, which showed X had ...") is
    background the sentence tells about a thing: the next "he" goes on about the sentence's own actor, not X."""
    return any(a.dep_ in {"relcl", "acl"} for a in t.ancestors)


def _subordinate(t: Token) -> bool:
    """A subject of a clause that hangs on the main verb as a time or reason clause ('before Y will brief him')."""
    return t.head.dep_ == "advcl" and any(c.dep_ == "mark" for c in t.head.children)


def _relative_head(t: Token) -> Token | None:
    """The noun a relative clause hangs on, for its relative pronoun ('Ann Lee, whom he met'): what it refers to."""
    for a in t.ancestors:
        if a.dep_ == "relcl":
            return a.head if a.head.pos_ in {"PROPN", "NOUN"} else None
        if a.pos_ in {"VERB", "AUX"} and a.dep_ not in {"xcomp", "prep", "pcomp"}:
            return None
    return None

