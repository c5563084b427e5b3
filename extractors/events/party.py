"""Who travels with whom: a traveller's party, read once per article and given to every trip of theirs it tells.

News says once who travels with a leader ('He was accompanied by Foreign Minister Li Wen', 'Ruiz, accompanied by
his wife Ana Lopez, arrived ...', 'Li Wen accompanied Ruiz to Lima', 'Ruiz and his wife, Ana Lopez, were welcomed
at the airport') and then tells the trip's arrivals, visits and departures by the leader's name alone. Read
sentence by sentence, each trip lost its companions; read as the article's, the party goes wherever its principal
goes. Only the article's own trip takes them: a trip dated far from the article's day (a visit years before) is
another journey (an undated one may be), and a meeting is not a trip (talks are held by the principal, not by
everyone on the plane).

A spouse is the one companion who also stands beside the principal at the trip's ceremonies: the welcome, the
banquet, the state dinner (roles data ``ceremony_triggers``), which news tells by the principal's name alone once it
has said who travels ('X and Queen Y', 'X and first lady Y', 'X arrived with his wife, Y'). The story's couple is
also what 'the couple' means (``companions.couple``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..people import Person, role_words
from ..records import Participant
from ..roles import is_title_token
from ..tree import sent_tokens
from .companions import is_spouse_noun, named_spouse, spouse_titled

if TYPE_CHECKING:
    from .candidate import Candidate
    from .participants import Resolver

_ACCOMPANY = frozenset({"accompany", "escort"})
_SAME_TRIP_DAYS = 45  # a trip dated further than this from the article's day is another journey


@dataclass
class Party:
    """Companions by principal's name, in the order the article gives them."""

    companions: dict[str, list[Participant]] = field(default_factory=dict)
    spouses: dict[str, Participant] = field(default_factory=dict)  # principal -> the spouse travelling with them

    def add_spouse(self, res: Resolver, principal: str, spouse: Person) -> None:
        """A spouse is a companion, and the story's couple for 'the couple' (``res.couples``)."""
        if spouse.name == principal or principal in self.spouses or spouse.name in self.spouses:
            return
        q = res.participant(spouse, spouse.name)
        self.spouses[principal] = q
        self.add(principal, q)
        if principal in res.people.people:
            res.couples.append((res.people.people[principal], spouse))

    def add(self, principal: str, companion: Participant) -> None:
        if companion.name == principal:
            return
        got = self.companions.setdefault(principal, [])
        if all(p.name != companion.name for p in got):
            got.append(companion)

    def read(self, res: Resolver, sent: Span) -> None:
        """Note the companions ``sent`` gives (resolved with the reading so far: 'He was accompanied by ...')."""
        named = res.people.people
        for t in sent_tokens(sent):
            if t.lemma_.lower() in _ACCOMPANY and t.pos_ == "VERB":
                for principal, companion in _accompaniment(res, t):
                    if principal.name in named and companion.name in named:
                        self.add(principal.name, companion)
            elif (pair := spouse_pair(res, t)) is not None:
                self.add_spouse(res, *pair)

    def join(self, cands: list[Candidate], article_date: date | None) -> None:
        """Every trip of a principal, the article's own (dated near its day), takes the principal's party: not
        a companion of a country the principal travels to ('X, accompanied by the host president, inspected the
        guard' is the host's courtesy)."""
        if not self.companions:
            return
        self._to_ceremonies(cands, article_date)
        trips = [c for c in cands if c.event_type == "travel"]
        for c in trips:
            if _another_journey(c, article_date):
                continue
            names = {p.name for p in c.participants}
            for p in list(c.participants):
                hosts = _visited_countries(trips, p.name)
                for q in self.companions.get(p.name, ()):
                    if q.name not in names and (q.country_code is None or q.country_code not in hosts):
                        c.participants.append(q)
                        names.add(q.name)

    def _to_ceremonies(self, cands: list[Candidate], article_date: date | None) -> None:
        """A welcome or a banquet of the principal, on the article's own trip, has the travelling spouse beside
        them: 'the president greeted the king at the palace' after 'the king and Queen Y arrived'."""
        ceremonies = role_words()["ceremony_triggers"]
        for c in cands:
            if c.event_type != "meeting" or c.trigger.lemma_.lower() not in ceremonies:
                continue
            if _another_journey(c, article_date):
                continue
            names = {p.name for p in c.participants}
            for p in list(c.participants):
                q = self.spouses.get(p.name)
                if q is not None and q.name not in names:
                    c.participants.append(q)
                    names.add(q.name)


def _visited_countries(trips: list[Candidate], name: str) -> set[str]:
    """The countries of the places ``name`` travels to in the article."""
    return {d.country_code for c in trips if any(p.name == name for p in c.participants)
            for d in (c.destination, *c.more_destinations) if d is not None and d.country_code}


def _another_journey(c: Candidate, article_date: date | None) -> bool:
    """Not the article's own trip as far as the text shows: dated far from the article's day, or undated. An
    undated mention ('the trip also took him to X') says too little to tell which journey it is, and companions
    there would be the second shared person that ties it to another report's dated trip (``cluster``)."""
    day = c.date_start or c.date_end  # "wrapped up its visit today": the end alone dates it
    if day is None or article_date is None:
        return True
    return abs((day - article_date).days) > _SAME_TRIP_DAYS


def _accompaniment(res: Resolver, v: Token) -> list[tuple[Participant, Participant]]:
    """(principal, companion) pairs of one passive 'accompany' ('X was accompanied by Y', 'X, accompanied by Y,
    arrived', 'Accompanied by Y, X arrived'): the subject is the principal, the 'by' phrase the companions. The
    active voice ('the Queen accompanied X in a carriage', 'Y accompanies X in a farewell ceremony') is how news
    tells a host escorting a guest, not who travels with them: it gives nobody."""
    agents = [o for c in v.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not agents:
        return []
    companions = [q for o in agents for q in _named_in(res, o)]
    return [(p, q) for p in res.subject_of(v) for q in companions]


def _named_in(res: Resolver, o: Token) -> list[Participant]:
    """The people a 'by' phrase names: each named person in it ('his wife, Ana Lopez, Vice Premier Bo Chen and
    Foreign Minister Li Wen'), else what it resolves to ('by his wife', 'by the minister')."""
    named = [res.participant(m.person, m.text) for m in res.people.in_span(o.left_edge.i, o.right_edge.i + 1)]
    return named or res.resolve(o)


def spouse_pair(res: Resolver, t: Token) -> tuple[str, Person] | None:
    """A (principal, spouse) pair ``t`` tells: 'X and his wife, Y', 'X and Queen Y', 'X arrived with his wife'. The
    party model's test, also read by ``joint_sides`` ('will meet King A and Queen B' is one meeting)."""
    if is_spouse_noun(t):
        return _coordinated_spouse(res, t)
    if t.dep_ == "conj":
        return _coordinated_titled_spouse(res, t)
    if t.lower_ == "with":
        return _travelling_with_spouse(res, t)
    return None


def _coordinated_titled_spouse(res: Resolver, t: Token) -> tuple[str, Person] | None:
    """'King Tomas and Queen Consort Mira arrived', 'President Vale and first lady Mira Holt hosted ...': a named
    person coordinated with a named person whom a spouse noun qualifies is that person's spouse."""
    if (m := res.people.at(t)) is None or not (spouse_titled(res, t) or _consorts(res, t)):
        return None
    if (head := res.people.at(t.head)) is not None:
        principal = head.person.name
    elif t.head.pos_ == "PRON":  # "will bring him and Mira, the queen consort, to Lima"
        named = [p.name for p in res.resolve(t.head) if p.name in res.people.people and p.name != m.person.name] \
            or list(dict.fromkeys(x.person.name for x in res.people.in_span(t.sent.start, t.head.i)))
        if len(named) != 1:
            return None
        principal = named[0]
    else:
        return None
    return (principal, m.person) if principal != m.person.name else None


def _consorts(res: Resolver, t: Token) -> bool:
    """'King Tomas and Queen Mira', 'Prince Tomas and Mira, Duchess of Lyr': a royal named beside a royal of the
    consort's title (roles ``consort_titles``: each pair, the reigning or senior title first) is that royal's spouse,
    though no spouse noun says so. Only right beside each other, 'and' and the title between: 'his wife Princess
    Ana and son Prince Tomas' is a mother and her son."""
    m, head = res.people.at(t), res.people.at(t.head)
    if m is None or head is None or head.person is m.person or head.end >= m.start:
        return False
    between = t.doc[head.end:m.start]
    if between[0].lower_ != "and" or not all(is_title_token(x) for x in between[1:]):
        return False
    pairs = {tuple(p.split()) for p in role_words()["consort_titles"]}
    mine, theirs = m.person.titles, head.person.titles
    return any(a in theirs and b in mine or b in theirs and a in mine for a, b in pairs)


def _travelling_with_spouse(res: Resolver, w: Token) -> tuple[str, Person] | None:
    """'Vale arrived in Lima with his wife, Mira Holt', 'arrived with Queen Consort Mira': a spouse named in a
    'with' phrase of a verb whose subject is one named person travels with them (never someone else's: 'with
    Weber's wife'). An unnamed 'with the first lady' is left alone: the one spouse the story names may be the
    host's."""
    v = w.head
    if w.dep_ != "prep" or v.pos_ != "VERB":
        return None
    subj = [p for p in res.subject_of(v) if p.name in res.people.people]
    if len(subj) != 1:
        return None
    for o in w.children:
        if o.dep_ != "pobj":
            continue
        if is_spouse_noun(o):
            if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in o.children):
                return None
            spouse = named_spouse(res, o)  # not 'the first lady' the story named: maybe the host's
        elif (m := res.people.at(o)) is not None and spouse_titled(res, o):
            spouse = m.person
        else:
            spouse = None
        if spouse is not None:
            return subj[0].name, spouse
    return None


def _coordinated_spouse(res: Resolver, t: Token) -> tuple[str, Person] | None:
    """'Ruiz and his wife, Ana Lopez, were welcomed ...': a spouse noun coordinated with a named person, and naming
    the spouse, puts the two together at the event: the spouse is of the person's party."""
    if t.dep_ != "conj" or (head := res.people.at(t.head)) is None:
        return None
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children):
        return None  # "Ruiz and Lind's wife": someone else's spouse
    spouse = named_spouse(res, t)
    if spouse is None or spouse.name == head.person.name:
        return None
    return head.person.name, spouse
