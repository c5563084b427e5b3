"""Who takes part: noun phrases to ``Participant`` records, with salience-based resolution of pronouns and of plural
descriptions ("both officials", "the two U.S. secretaries", "they").

The resolution is deliberately simple: it keeps the people most recently in subject position. News reports name
the actors and then refer to them as a group, so the last multi-person subject is what "they" and "both officials"
mean far more often than not; a plural title noun ("the secretaries") is matched against the titles of the people
named so far, so it picks the secretaries and not the ministers.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..people import DocPeople, Person, PersonMention, _demonym, role_words
from ..places import gazetteer
from ..records import Participant
from ..tree import sent_tokens
from .clauses import with_conjuncts
from .companions import couple, introduced_spouse, titled_companion
from .group_names import holds_role, last_two_holders, told_together, without_subsumed_groups
from .phrases import (
    ANTECEDENT_WINDOW,
    CLAUSE_DEPS,
    agent_like,
    coordinated_name,
    dedupe,
    expand,
    group_like,
    group_name,
    holds,
    segment_end,
    segment_start,
    subjects_before,
    title_words,
    unnamed_title,
)
from .salience import Salience
from .sources import quoted_source
from .triggers import lexicon
from .visitors import is_visitor_noun, story_visitors

_ANAPHORIC_DETS = {"the", "both", "these", "those", "all"}
_NUMBERS = {"two", "three", "four", "both", "2", "3", "4"}
_REL_PRONOUNS = {"who", "that", "which", "whom"}
_LISTING_SUBJECTS = frozenset({"these", "they", "those"})  # "These included A, B and C."


_BULLETS = "-–—•*·"


def _bare(tok: Token) -> str:
    """The lowered word without a list bullet the tokenizer left glued to it ('--He will leave ...' is 'he')."""
    return tok.lower_.lstrip(_BULLETS) or tok.lower_


class Resolver:
    """Turns tokens into participants for one Doc, using its ``DocPeople`` and a running ``Salience``."""

    def __init__(self, people: DocPeople, dateline: tuple[int, int] | None = None) -> None:
        """``dateline``: the character range of the story's dateline ('LIMA (Reuters) -'), which names nobody."""
        self.people = people
        self.salience = Salience()
        self.dateline = dateline
        self.protagonist: Person | None = None  # who the story is about (set by the story model)
        self.protagonist_first = 0  # token index where the story first names them

    def in_dateline(self, tok: Token) -> bool:
        return self.dateline is not None and self.dateline[0] <= tok.idx < self.dateline[1]

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
        has_named = any(self.people.at(t) for t in toks)
        for t in toks:
            m = self.people.at(t)
            if m is None and t.lemma_.lower() in role_words()["head_nouns"]:
                # a broken parse may hang the name under its title ('adviser' -> 'Jane Doe')
                m = next((self.people.at(c) for c in t.children if c.dep_ in {"compound", "appos", "flat"}
                          and self.people.at(c)), None) or self._named_right_after(t) or self._named_last(t)
            if m:
                out.append(self.participant(m.person, m.text))
                continue
            low, words = _bare(t), role_words()
            if low in {"whom", "who"} and t.dep_ in {"dobj", "pobj"} and (head := _relative_head(t)) is not None:
                out.extend(self.resolve(head))  # "President Ana Ruiz, whom John Carter met on Saturday"
            elif t.pos_ == "PRON" or low in words["singular_pronouns"] | words["plural_pronouns"]:
                out.extend(self._pronoun(t, before if before is not None else t.i))
            elif not has_named and (p := introduced_spouse(self, t)) is not None:
                out.append(self.participant(p, t.text))  # "the president and first lady", "his wife"
            elif not has_named and (pair := couple(self, t)):
                out.extend(self.participant(p, t.text) for p in pair)  # "the couple"
            elif (p := self._titled_antecedent(t)) is not None:
                out.append(self.participant(p, t.text))  # "the chancellor" after "German Chancellor Olaf Scholz"
            elif is_visitor_noun(t) and (visitors := story_visitors(self, t)):
                out.extend(self.participant(p, t.text) for p in visitors)  # "the visiting dignitary", "his guest"
            elif t.lemma_.lower() in words["group_nouns"] and t.pos_ == "NOUN" and not has_named:
                out.extend(self._group(t, before if before is not None else t.i))
            elif low == "two" and t.dep_ in {"nsubj", "nsubjpass"} and any(c.lower_ == "the" for c in t.children):
                # "The two met in Paris on Monday": the pair the story is about
                out.extend(self.participant(p, t.text) for p in self.salience.group or self._last_two())
            elif loose and t.tag_ == "NN" and t.lemma_.lower() in words.get("body_nouns", ()):
                name = group_name(t)  # "Lord Coe and council convened": the council takes part as a body
                out.append(Participant(name, None, None, name))
            elif loose and any(p.name in self.people.people for p in out) and (
                    q := titled_companion(self, tok, t)) is not None:
                out.append(q)  # "President Ruiz and the Duchess of Kent arrived"
            elif loose and not has_named and t is tok and group_like(t):
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

    def _named_last(self, title: Token) -> PersonMention | None:
        """'the mayor of Lyon Raymond Barre': a title phrase that ends in a name (after its 'of' place) is that
        person's."""
        last = title.right_edge
        if last.i == title.i or not any(t.dep_ == "prep" and t.lower_ == "of" for t in title.children):
            return None
        return self.people.at(last)

    def _named_right_after(self, title: Token) -> PersonMention | None:
        """'his Thai counterpart, Kasit Piromya', 'President of the United States Barack Obama': the name right after
        a title's phrase (a comma between at most), which the parser hung elsewhere, is its holder."""
        doc, j = title.doc, title.right_edge.i + 1
        if j < len(doc) and doc[j].text == ",":
            j += 1
        if j >= len(doc) or (m := self.people.at(doc[j])) is None or doc[j].ent_iob_ != "B":
            return None
        return None if any(a.i == title.i for a in doc[j].ancestors) else m

    def _same_sentence_subjects(self, tok: Token, before: int) -> list[Person]:
        for s in subjects_before(tok, before):  # the last subject before ``before`` that names people
            ppl = [m.person for x in expand(s) if (m := self.people.at(x))]
            if ppl:
                return ppl
        return []

    def _pronoun(self, tok: Token, before: int) -> list[Participant]:
        words = role_words()
        low = _bare(tok)
        local = self._same_sentence_subjects(tok, before)
        if low in words["singular_pronouns"]:
            if low in {"i", "me", "my"}:
                return []
            fronted, ahead = self._cataphor(tok)
            if not local and not fronted and tok.dep_ == "poss":
                # "Accompanying the President on his visit": a possessive binds to the person just named in its
                # own clause before falling back on the last subject
                local = self._person_before_in_clause(tok)
            p = local[0] if local else (ahead if fronted else self.salience.single)
            return [self.participant(p, tok.text)] if p else []
        if low in words["plural_pronouns"]:
            if low in {"we", "us", "our"}:
                return []
            if len(local) < 2:
                earlier = self.people.in_span(max(segment_start(tok), before - ANTECEDENT_WINDOW), before)
                names = list(dict.fromkeys(m.person for m in earlier))
                if len(names) >= 2 and (local and local[0] in names):
                    local = names
            group = tuple(local) if len(local) >= 2 else self.salience.group
            if not group and tok.dep_ in {"nsubj", "nsubjpass"} and (
                    body := self._plural_subject_before(tok, before)) is not None:
                return [Participant(body, None, None, tok.text)]  # "FBI officials expect they will ..."
            return [self.participant(p, tok.text) for p in group]
        return []

    def _person_before_in_clause(self, tok: Token) -> list[Person]:
        """The nearest singular person named or referred to by title earlier in ``tok``'s sentence segment, within
        the same clause (no clause boundary between them)."""
        lo = max(segment_start(tok), tok.i - ANTECEDENT_WINDOW)
        for t in reversed(tok.doc[lo:tok.i]):
            if t.dep_ in CLAUSE_DEPS or t.tag_ in {"NNS", "NNPS"}:
                continue
            if (m := self.people.at(t)) is not None:
                return [m.person]
            if (p := self._titled_antecedent(t)) is not None:
                return [p]
        return []

    def _titled_antecedent(self, t: Token) -> Person | None:
        """'the chancellor', 'the minister': a singular definite title noun with nothing that makes it another
        person (no name, no 'of X', no nationality) means the person last mentioned who holds that title."""
        words = role_words()
        if t.pos_ not in {"NOUN", "PROPN"} or t.tag_ not in {"NN", "NNP"} or t.lower_ not in words["head_nouns"]:
            return None
        kids = list(t.children)
        bare_title = t.tag_ == "NNP" and t.dep_ in {"nsubj", "nsubjpass"}  # "Qatari Amir will depart"
        if not bare_title and not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in kids):
            return None
        title = title_words(t)
        if any(c.dep_ in {"prep", "appos", "poss", "acl", "relcl"} or c.dep_ in {"compound", "amod"} and (
                c.lower_ not in words["modifiers"] or c.ent_type_ == "ORDINAL") for c in kids):
            # "the President of South Korea", "the Japanese minister": someone new, unless the story has exactly
            # one holder of that title, of that country ("the UN envoy for Syria" in a story about one envoy)
            return self._sole_holder(t, title) or self._introduced_by_role(t)
        if t.text[:1].isupper() and self.protagonist is not None and holds(self.protagonist, title):
            # "The President will meet ...": a capitalised bare title names the office holder the story is about,
            # even just after another holder of that title was mentioned
            return self.protagonist
        for p in reversed(self.salience.recent):
            if holds(p, title):
                return p
        return self._sole_holder(t, title) or self._introduced_by_role(t)

    def _introduced_by_role(self, t: Token) -> Person | None:
        """'The UN envoy held talks on Sunday ... diplomat Ann Lee told reporters': a story that opens on a role
        and names its protagonist only later means the protagonist, when nothing else in the story holds that
        role and the role's country is not another's."""
        p = self.protagonist
        if p is None or t.i >= self.protagonist_first or t.tag_ not in {"NN", "NNP"}:
            return None
        if any(c.dep_ in {"poss", "appos", "relcl"} or c.ent_type_ == "ORDINAL" for c in t.children):
            return None
        # only a country before the title says whose it is ("the U.S. envoy"); "the envoy for Syria" is posted there
        countries = {cc for ent in t.doc.ents if ent.label_ in {"GPE", "NORP"} and t.left_edge.i <= ent.start
                     and ent.end <= t.i and (cc := gazetteer().country_code(ent.text) or _demonym(ent.root))}
        if countries and p.country_code is not None and p.country_code not in countries:
            return None
        return p

    def _sole_holder(self, t: Token, title: frozenset[frozenset[str]]) -> Person | None:
        """The one person of the whole story who holds ``title`` (and, when the phrase names a country, of that
        country): the story's map from role to person, which also reads forward ('The envoy held talks on
        Sunday ... Envoy Ann Lee arrived on Saturday')."""
        if any(c.dep_ in {"appos", "poss", "acl", "relcl"} or c.ent_type_ == "ORDINAL" for c in t.children):
            return None
        lo, hi = t.left_edge.i, t.right_edge.i + 1
        countries = {cc for c in t.subtree if c.i != t.i and (cc := _demonym(c))}
        countries |= {cc for ent in t.doc.ents if ent.label_ == "GPE" and lo <= ent.start and ent.end <= hi
                      and (cc := gazetteer().country_code(ent.text))}
        if any(ent.label_ in {"GPE", "NORP"} and lo <= ent.start and ent.end <= hi for ent in t.doc.ents) \
                and not countries:
            return None  # "the President of Ruritania": a country the gazetteer cannot check
        holders = [p for p in self.people.people.values() if holds(p, title)
                   and (not countries or p.country_code in countries)]
        if len(holders) > 1 and self.protagonist is not None and self.protagonist in holders:
            return self.protagonist  # "the president" in a story about one president's tour
        return holders[0] if len(holders) == 1 else None

    def _cataphor(self, tok: Token) -> tuple[bool, Person | None]:
        """'In his ABC interview, Trump dismissed ...', 'As he headed to Laos, Obama said ...': a pronoun in a
        phrase or clause put before the main clause's subject means that subject. Returns (whether the pronoun
        sits in such a phrase, the subject's person if it names one): when the subject is no known person, the
        pronoun stays unresolved rather than falling back to someone from earlier sentences."""
        t = tok
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "advcl":
            t = tok.head  # "As he headed to Laos, ..."
        else:
            while t.dep_ in {"poss", "pobj", "compound", "amod", "nmod", "conj", "appos"} and t.head.i != t.i:
                t = t.head
            if t.dep_ != "prep":
                return False, None
        verb = t.head
        if verb.pos_ not in {"VERB", "AUX"} or t.i > verb.i or verb.i == t.i:
            return False, None
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or subj.i < t.i or subj.pos_ == "PRON":
            return False, None
        m = self.people.at(subj)
        return True, (m.person if m is not None else None)

    def _plural_subject_before(self, tok: Token, before: int) -> str | None:
        """The last plural common-noun subject before ``before`` in the sentence ('officials', 'police officers'):
        what a subject 'they' means there when no named people are about. Not for 'their', which usually belongs
        to its own clause's subject ('the IMF and the World Bank held their meetings')."""
        for s in subjects_before(tok, before):
            if s.pos_ == "NOUN" and s.tag_ == "NNS" and agent_like(s) and not s.ent_type_:
                return group_name(s)
        return None

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

    def _group(self, tok: Token, before: int) -> list[Participant]:
        """A plural description: anaphoric ('both officials', 'the two secretaries') -> the people it refers to;
        otherwise ('Chinese counterparts', 'Peruvian officials', 'leaders of France, Italy and Spain') -> one group
        participant carrying its country."""
        lemma = tok.lemma_.lower()
        kids = list(tok.children)
        dets = {c.lower_ for c in kids if c.dep_ in {"det", "predet", "nummod", "poss"}}
        country = next((cc for c in kids if c.dep_ in {"amod", "compound"} and (cc := _demonym(c))), None)
        has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in kids)
        plural = tok.tag_ in {"NNS", "NNPS"}
        if lemma in role_words()["non_person_groups"]:
            return []
        anaphoric = plural and lemma != "counterpart" and not has_of and bool(dets & (_ANAPHORIC_DETS | _NUMBERS))
        if anaphoric:
            titled = [p for p in self.salience.recent if p.role and holds_role(p.role, lemma)
                      and (country is None or p.country_code in (None, country))]
            if lemma not in {"official", "man", "woman", "leader"} and len(titled) >= 2:
                n = 2 if dets & {"two", "both", "2"} else len(titled)
                return [self.participant(p, tok.text) for p in told_together(self.salience, titled[-n:])]
            local = self._same_sentence_subjects(tok, before)
            pair = (self._last_two() or last_two_holders(self.salience, lemma)) if dets & {"two", "both", "2"} else ()
            group = tuple(local) if len(local) >= 2 else self.salience.group or pair
            return [self.participant(p, tok.text) for p in group]
        if not plural and lemma != "delegation":
            return []
        if members := self._members(tok, lemma, country):
            return members
        return [Participant(group_name(tok), None, country, group_name(tok))]

    def _last_two(self) -> tuple[Person, ...]:
        """'President Ruiz welcomed Prime Minister Lind at the airport. The two leaders held talks': with no subject
        naming both, 'the two' (or 'both') are the last two people the story's events so far were about."""
        if len(self.salience.actors) < 2:
            return ()
        return tuple(self.salience.actors[-2:])  # who the story's events are about: not the reporter quoted last

    def _members(self, tok: Token, lemma: str, country: str | None) -> list[Participant]:
        """The people a plural description names: those listed inside it ('the ministers of A and B, Ann Lee and
        Bo Chen'), else the people of the article who hold its role for one of its countries ('the foreign
        ministers of Austria and Italy' -> the two ministers introduced earlier). Empty when it names nobody."""
        inside = [self.participant(m.person, m.text) for x in tok.subtree if x.i != tok.i
                  and (m := self.people.at(x)) is not None and m.start == x.i]
        if inside:
            return dedupe(inside)
        if listed := self._listed_next(tok):
            return listed
        if lemma not in role_words()["head_nouns"]:
            return []
        gz = gazetteer()
        countries = {country} if country else set()
        for of in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            countries |= {cc for x in of.subtree if x.ent_type_ == "GPE" and (cc := gz.country_code(x.text))}
        for mod in (c for c in tok.children if c.dep_ in {"amod", "compound"}):  # "Palestinian and Israeli leaders"
            countries |= {cc for x in with_conjuncts(mod) if (cc := _demonym(x))}
        if len(countries) < 2:
            return []
        roles = role_words()["leader_roles"] if lemma == "leader" else [lemma]
        holders = [p for p in self.people.people.values() if p.role and any(r in p.role.lower() for r in roles)
                   and p.country_code in countries]
        return [self.participant(p, tok.text) for p in holders] if len(holders) >= 2 else []

    def _owner(self, s: Token) -> list[Participant]:
        """'His engagements begin with the summit with X', 'Her plane landed in Lima': the subject is the person's
        programme or conveyance (roles data ``agenda_nouns``), so the one who owns it is who acts."""
        if s.pos_ != "NOUN" or s.lemma_.lower() not in role_words()["agenda_nouns"]:
            return []
        owners = [p for c in s.children if c.dep_ == "poss" for p in self.resolve(c)]
        return owners if any(p.name in self.people.people for p in owners) else []

    def _listed_next(self, tok: Token) -> list[Participant]:
        """'... held meetings with several other leaders. These included A, B and C.': the next sentence, when it
        is a list introduced by 'these/they/those included', names the people a plural description stands for."""
        doc = tok.doc
        if tok.dep_ not in {"pobj", "dobj"} or tok.sent.end >= len(doc):
            return []  # "the Leaders' Summit": a plural that only qualifies another noun stands for nobody
        nxt = doc[tok.sent.end].sent
        root = nxt.root
        if root.lemma_.lower() != "include" or not any(c.dep_ == "nsubj" and c.lower_ in _LISTING_SUBJECTS
                                                       for c in root.children):
            return []
        return dedupe([self.participant(m.person, m.text) for m in self.people.in_span(nxt.start, nxt.end)])

    # --- clauses -----------------------------------------------------------------------------------------------
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
        if verb.dep_ == "xcomp" and verb.head != verb:
            # object control: "prompted Jeh Johnson to convene", "asked the envoy to travel" -> the object
            ctrl = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if ctrl is not None and (got := self.resolve(ctrl, loose=loose)):
                return got
        if verb.dep_ in {"xcomp", "conj", "advcl", "ccomp"} and verb.head != verb and verb.dep_ != "ccomp":
            return self.subject_of(verb.head, depth + 1, loose)
        if verb.dep_ == "acomp" and verb.head != verb:  # "X is likely to hold talks": the copula's subject
            return self.subject_of(verb.head, depth + 1, loose)
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "before returning to X": the clause's subject
            return self.subject_of(verb.head.head, depth + 1, loose)
        if verb.dep_ in {"relcl", "acl"}:
            head = verb.head
            got = self.resolve(head, loose=loose)
            if got:
                return got
            if head.dep_ == "dobj" and head.head.lemma_.lower() in lexicon().acceptance_verbs:
                return self.subject_of(head.head, depth + 1, loose)  # "accepted an invitation to visit China"
            if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.pos_ in {"VERB", "AUX"}:
                return self.subject_of(head.head.head, depth + 1, loose)
        return []

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

