"""Past or future? The bias a relative expression takes from the clause that governs it.

HeidelTime puts "will arrive Thursday" in the past and Duckling puts everything in the future; news needs the verb.
We climb from the expression to its governing verb in the dependency parse and read the verb's auxiliaries, tag and
morphology, following ``xcomp``/``conj`` chains upwards ("are set to leave ... and hold talks until Thursday" takes
its future from "set"). Planned-event nouns on the way ("ahead of his visit ... from Wednesday", "upcoming") also
count as future, and so does the simple present of a timetable verb ("the summit opens on Monday"). A "when" clause
hanging on the expression says what happens on that day ("comes on Friday, when the leaders are expected to meet"),
so its tense goes first. A date on a to-infinitive under a past verb ("agreed to buy the line in February",
"invited them to a ceremony to mark the day on March 12") is ``PROSPECTIVE``: not yet done when the past verb
happened, so a date or month may lie on either side of the writer's day. A plan told in the past perfect ("had been
scheduled to hold talks on Wednesday", "had been due to arrive") is ``PLANNED``: the plan looked forward from the
writer's day, so a weekday in it lies ahead, while a month or date is left to the nearest (resolve.py decides per
production). Everything here uses only ``head``/``dep_``/``tag_``/``lemma_``/``morph``, so hand-built Docs test it
without a statistical model.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..tree import child_lists

PAST = "past"
FUTURE = "future"
PLANNED = "planned"  # a plan seen from a past moment: "had been scheduled to ...", "had planned to ..."
PROSPECTIVE = "prospective"  # a to-infinitive under a past verb: "agreed to buy the line in February"
NEAREST = "nearest"  # either side of the writer's day, whatever the production's default: "the visit on Tuesday was
# postponed" may be told the day after the Tuesday it was to be, or days before it

FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d", "ll"}
PLAN_LEMMAS = {"set", "schedule", "slate", "expect", "due", "plan", "go", "intend", "aim", "prepare", "poise",
               "hope", "want", "agree", "promise", "vow", "pledge", "propose", "seek", "threaten", "decide", "like",
               "anticipate", "tip", "book"}
FUTURE_CUES = {"ahead", "upcoming", "forthcoming", "planned", "scheduled", "next", "coming", "future", "until",
               "till"}
PLAN_ADJECTIVES = {"due", "likely", "about", "poised", "ready", "set", "expected", "scheduled", "slated", "bound"}
# an event noun qualified as planned keeps its month or day near the report, not in the past of its verb
PLANNED_EVENT_CUES = {"planned", "upcoming", "forthcoming", "scheduled", "proposed"}
PLAN_MARKERS = {"due", "set", "scheduled", "expected", "slated", "planned", "plans", "plan", "planning", "going",
                "intends", "aims", "poised", "likely", "hopes", "wants", "agreed", "promised", "vowed", "about"}
# a plan told in the simple past ("planned to leave on Thursday", "were planning to drive ... on Monday") still looked
# ahead from the writer's day, like the past perfect ("had planned"); agreeing or promising reports a past act
PAST_PLAN_LEMMAS = {"plan", "intend", "schedule", "prepare", "aim"}
# "was due to arrive on Thursday", "was expected to leave on Friday", "was set to meet on Monday": a timetable told in
# the past still looks ahead from the writer's day (a weekday in it is the next one)
PAST_PLAN_ADJECTIVES = {"due", "expected", "set", "slated", "scheduled"}
# "could come as early as Tuesday": the earliest of a range of days ahead
EARLIEST_CUES = (("as", "early", "as"), ("as", "soon", "as"))
PLAN_PASSIVE = {"schedule", "slate", "plan", "set", "expect", "due", "book", "pencil"}
RESULT_LEMMAS = {"result", "lead", "bring", "cause", "force", "leave", "pave"}
PLAN_ONLY = {"schedule", "slate", "plan", "pencil"}  # never a past act: "set" and "book" may be ("a record set")
# verbs whose simple present, with a date, reads as a timetable ahead rather than as a habit or a report
SCHEDULE_LEMMAS = {"come", "begin", "start", "open", "close", "end", "run", "resume", "kick", "arrive", "leave",
                   "depart", "return", "fly", "head", "travel", "meet", "visit", "expire", "launch", "conclude",
                   "convene", "host", "enter", "take", "go", "face", "wrap", "lapse"}
PRESENT_BE = {"is", "are", "am", "'s", "'re", "'m"}
# subordinators of clauses that keep the present for what is still to come ("when the case is heard in May")
SUBORDINATORS = {"when", "if", "once", "until", "till", "unless", "whenever"}
# dependency labels through which we keep climbing from a nominal/prepositional phrase to its verb
NOMINAL_DEPS = {"pobj", "prep", "npadvmod", "nummod", "compound", "appos", "nmod", "amod", "det", "poss", "case",
                "tmod", "obl", "dobj", "nsubj", "nsubjpass", "attr", "pcomp", "advmod", "conj", "cc", "punct",
                "dep", "quantmod", "oprd", "acomp", "agent", "dative", "obj", "npmod", "acl", "relcl"}
CLIMB_VERB_DEPS = {"xcomp", "conj", "advcl", "dep"}
# a clause attached to the expression itself, opened by one of these words, is about that time ("Friday, when ...")
DAY_CLAUSE_DEPS = {"relcl", "advcl", "acl"}
DAY_CLAUSE_WORDS = {"when"}
START_PARTICIPLES = {"beginning", "starting", "commencing"}  # "a visit beginning Monday": untensed
# "will take place as scheduled from May 8", "went ahead as planned on Monday": a bare participle after "as" compares
# with the plan and has no tense of its own; the clause it qualifies has
AS_PARTICIPLES = {"scheduled", "planned", "agreed", "announced", "expected", "arranged", "intended"}
# an event called off or put off ("has postponed his visit beginning on Thursday"): the past is the calling off; the
# visit's own day was a plan ahead of it. Told in the present perfect the calling off is news of a plan still ahead
# (read forward); told in the simple past ("the visit on Tuesday was postponed") it may have come on the day itself,
# so the day lies either side of the writer's (the nearest, ``call_off_direction``)
CALL_OFF_LEMMAS = {"postpone", "cancel", "delay", "defer", "scrap", "shelve", "suspend", "reschedule"}
EVENT_NOUNS = {"visit", "trip", "tour", "talks", "summit", "meeting", "conference", "journey", "voyage"}


def is_verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or tok.tag_ == "MD"


# participles of the plan verbs whose lemma the small model garbles ("slated" -> "slat"): read from the word form
PLAN_PARTICIPLES = {"slated": "slate", "scheduled": "schedule", "planned": "plan", "expected": "expect",
                    "booked": "book", "pencilled": "pencil", "penciled": "pencil"}


def lemma(tok: Token) -> str:
    return PLAN_PARTICIPLES.get(tok.lower_) or tok.lemma_.lower()


def plan_verb_as_noun(tok: Token, children) -> bool:
    """A sentence's root tagged a noun but governing a to-infinitive ("On Friday the envoy plans to fly on"): the
    small model reads the plan verb as a plural noun; with its infinitive it is the clause's verb all the same."""
    return tok.dep_ == "ROOT" and not is_verbal(tok) and lemma(tok) in PLAN_LEMMAS \
        and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in children)


class ParseIndex:
    """Per-Doc lookups built once, so a long run-on sentence costs linear time instead of spans x sentence length.

    ``Token.children`` walks the token's whole subtree extent in spaCy, so a root of a 10,000-token "sentence" costs
    10,000 steps every time it is asked; here all child lists come from one pass over the Doc (same order: by
    position), and each verb's ``verb_direction`` is computed once."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._children = child_lists(doc)  # the event extractors' index of the same Doc: built once for both
        self._left_cues: dict[int, list[str]] = {}
        self._direction: dict[int, str | None] = {}

    def children(self, tok: Token) -> tuple[Token, ...]:
        return self._children[tok.i]

    def left_cues(self, tok: Token) -> list[str]:
        """Cue words among the left amod/advmod/prep children (only words of ``FUTURE_CUES`` are ever consulted)."""
        got = self._left_cues.get(tok.i)
        if got is None:
            got = [c.lower_ for c in self._children[tok.i]
                   if c.dep_ in ("amod", "advmod", "prep") and c.i < tok.i and c.lower_ in FUTURE_CUES]
            self._left_cues[tok.i] = got
        return got

    def direction(self, verb: Token) -> str | None:
        if verb.i not in self._direction:
            self._direction[verb.i] = verb_direction(verb, self)
        return self._direction[verb.i]


def verb_direction(verb: Token, index: ParseIndex | None = None) -> str | None:
    """The tense bias of one verb from its own auxiliaries, tag and lemma (None when it says nothing)."""
    children = index.children(verb) if index is not None else list(verb.children)
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in auxes}
    if words & FUTURE_AUX:
        return FUTURE
    if lemma(verb) in PLAN_LEMMAS and any(c.dep_ == "xcomp" for c in children):
        # "is set to visit", "are scheduled to meet", "plans to travel", "is due to arrive"
        if "had" in words:
            return PLANNED  # "had been scheduled to meet", "had planned to travel": the plan looked ahead
        if verb.tag_ in ("VBD",) and not (words & PRESENT_BE) and lemma(verb) not in ("set", "due"):
            return PLANNED if lemma(verb) in PAST_PLAN_LEMMAS else PAST
        if any(c.tag_ == "VBD" or c.lower_ in ("was", "were") for c in auxes):
            timetable = lemma(verb) in PAST_PLAN_LEMMAS or verb.lower_ in PAST_PLAN_ADJECTIVES
            return PLANNED if timetable else PAST
        return FUTURE
    if verb.tag_ == "VBD" and not words and lemma(verb) in PAST_PLAN_LEMMAS \
            and any(c.dep_ == "dobj" for c in children):
        return PLANNED  # "planned a rally in the square on Saturday": the plan looked ahead, like "planned to rally"
    if (lemma(verb) in PLAN_PASSIVE or lined_up(verb, children)) and any(c.dep_ == "auxpass" for c in auxes):
        # "a hearing has been scheduled", "talks are planned": planned events lie ahead unless told "was/were"
        if "had" in words:
            return PLANNED  # "the talks had been scheduled for Wednesday"
        return None if words & {"was", "were"} else FUTURE
    if verb.tag_ == "VB" and "to" in words and verb.dep_ == "ROOT":
        return FUTURE  # headline infinitive: "Markets to remain closed until Friday"
    if verb.tag_ == "VB" and "to" in words and verb.dep_ == "xcomp" and verb.head.lower_ in PRESENT_BE:
        return FUTURE  # "is to resume trading on Tuesday"
    if lemma(verb) == "go" and verb.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in children):
        return FUTURE
    if verb.tag_ == "VBD" or "Tense=Past" in str(verb.morph) and verb.tag_ != "VBN":
        return PAST
    if any(c.tag_ == "VBD" for c in auxes) or words & {"has", "have", "had", "was", "were", "did"}:
        return PAST
    if verb.tag_ == "VBN" and not words and verb.dep_ == "acl" and (
            lemma(verb) in PLAN_ONLY or lemma(verb) in PLAN_PASSIVE
            and any(c.lower_ == "for" for c in children)):
        return PLANNED  # "a summit set for April", "talks scheduled on Monday" (but "a record set on Aug. 6")
    if verb.tag_ == "VBN" and not words:
        return PAST  # reduced passive in news ("talks held Tuesday")
    if verb.tag_ == "VBG" and words & PRESENT_BE:
        return FUTURE  # present progressive with a date ahead: "is meeting on Thursday"
    if verb.tag_ == "MD" and verb.lower_ in FUTURE_AUX:
        return FUTURE
    if timetable_present(verb, children):
        return FUTURE  # the present of a timetable: "the summit opens on Thursday", "the rules come into force in May"
    return None


def copula_plan(verb: Token, index: ParseIndex) -> str | None:
    """A copula whose complement is a plan adjective ("is due in the capital on Saturday", "was on Sunday due to
    travel north"): the date hangs on the copula beside the adjective, not under it, yet the adjective's plan is its
    tense (``adjective_plan``). "Due" before an infinitive counts however it is tagged (the small model often reads
    "due to" as a preposition); "due to the storm" (a cause, no verb) does not."""
    if lemma(verb) != "be":
        return None
    for c in index.children(verb):
        if c.lower_ not in PLAN_ADJECTIVES or c.i < verb.i and c.dep_ != "acomp":
            continue
        if c.dep_ in ("acomp", "oprd") or c.lower_ == "due" and any(x.tag_ == "VB" for x in index.children(c)):
            return adjective_plan(c, index)
    return None


def entered_through(tok: Token, verb: Token) -> Token | None:
    """The child of ``verb`` on the way up from ``tok`` (None if ``verb`` is not above ``tok``)."""
    cur = tok
    for _ in range(12):
        if cur.head == cur:
            return None
        if cur.head == verb:
            return cur
        cur = cur.head
    return None


# a date inside the object of "after" on a timetable present ("the move comes after talks on Saturday") dates what
# went before the verb's event, which is the writer's present: the timetable's future is not its tense
BEFORE_THE_VERB = {"after", "following"}


def dated_elsewhere(verb: Token, via: Token, index: ParseIndex) -> bool:
    """The verb carries a time of its own besides the "after" phrase ("the summit opens on Saturday after talks on
    Friday"): then it is a timetable ahead, and what comes before it may be ahead too."""
    return any(t.ent_type_ in ("DATE", "TIME") for c in index.children(verb) if c != via for t in c.subtree)


def timetable_present(verb: Token, children) -> bool:
    """The present of a timetable, with no auxiliary among the verb's ``children``: "the summit opens on Thursday"."""
    return verb.tag_ in ("VBZ", "VBP") and lemma(verb) in SCHEDULE_LEMMAS \
        and not any(c.dep_ in ("aux", "auxpass") for c in children)


def lined_up(verb: Token, children) -> bool:
    """'has been lined up', 'are lined up': arranged ahead, like 'scheduled' ('the streets were lined with trees' is
    not: only the verb with its particle)."""
    return lemma(verb) == "line" and any(c.dep_ == "prt" and c.lower_ == "up" for c in children)


def governing_verb(tok: Token, cues: list[str] | None = None, index: ParseIndex | None = None) -> Token | None:
    """Climb from ``tok`` through nominal/prepositional attachments to the first verb (recording cue words: each
    token passed and its left amod/advmod/prep children of ``FUTURE_CUES``)."""
    seen = 0
    cur = tok
    while seen < 12:
        seen += 1
        kids = index.children(cur) if index is not None else tuple(cur.children)
        if cur is not tok and (is_verbal(cur) or plan_verb_as_noun(cur, kids)) and cur.dep_ not in ("amod", "compound"):
            return cur
        if cues is not None:
            cues.append(cur.lower_)
            if index is not None:
                cues.extend(index.left_cues(cur))
            else:
                cues.extend(c.lower_ for c in cur.lefts
                            if c.dep_ in ("amod", "advmod", "prep") and c.lower_ in FUTURE_CUES)
        if cur.head == cur:
            return cur if is_verbal(cur) else None
        cur = cur.head
    return None


def direction_of(span: Span, index: ParseIndex | None = None) -> str | None:
    """Past/future bias for a temporal expression (``PAST``, ``FUTURE``, ``PLANNED`` or None): a "when" clause on the
    expression first, else the governing verb's, climbing xcomp/conj chains when the verb itself is neutral; a
    planned-event cue on the way means future; else None (resolve to the nearest). Pass one
    ``ParseIndex`` of the Doc when calling this for many spans (a long sentence otherwise costs quadratic time)."""
    if index is None or index.doc is not span.doc:
        index = ParseIndex(span.doc)
    root = span.root
    told = day_clause_direction(root, index)
    if told is not None:
        return told
    cues: list[str] = []
    verb = governing_verb(root, cues, index)
    # a preposition right before the span counts as a cue too ("until Thursday", "from Wednesday")
    if span.start > 0:
        cues.append(span.doc[span.start - 1].lower_)
    cue_future = any(c in FUTURE_CUES for c in cues)
    before = tuple(t.lower_ for t in span.doc[max(0, span.start - 3):span.start])
    earliest = before in EARLIEST_CUES
    until = span.start > 0 and span.doc[span.start - 1].lower_ in ("until", "till")
    infinitive = verb is not None and is_infinitive(verb, index)
    hops = 0
    unshifted = False  # passed a present-tense when/if/until clause: a past further up is not its tense
    while verb is not None and hops < 6:
        hops += 1
        if verb.lower_ in AS_PARTICIPLES and verb.dep_ == "advcl" and verb.head != verb and is_verbal(verb.head) \
                and not aux_words(verb, index) and any(c.dep_ == "mark" and c.lower_ == "as"
                                                       for c in index.children(verb)):
            verb = verb.head  # "as scheduled": the tense is the clause's it qualifies
            continue
        if verb.lower_ in START_PARTICIPLES and verb.dep_ == "advcl":
            # the parser hangs "beginning on Thursday" on the verb, not on the object it qualifies ("has postponed
            # his visit ... beginning on Thursday"): the object's noun is on the way all the same
            cues += [c.lower_ for c in index.children(verb.head) if c.dep_ in {"dobj", "nsubjpass"}]
        d = index.direction(verb)
        if d in (None, PAST):
            d = copula_plan(verb, index) or d  # "is due in the capital on Saturday"
        if d == FUTURE and hops == 1 and timetable_present(verb, index.children(verb)):
            via = entered_through(root, verb)
            if via is not None and via.dep_ == "prep" and via.lower_ in BEFORE_THE_VERB \
                    and not dated_elsewhere(verb, via, index):
                break  # "the move comes after talks on Saturday": what came before, not the timetable
        if d == PAST and lemma(verb) in CALL_OFF_LEMMAS and any(c in EVENT_NOUNS for c in cues):
            return call_off_direction(verb, index)  # the day the visit was to be, not the calling off's
        if d == PAST and unshifted:
            break  # "if they lose when the case is heard in May" under "had not signed": not the past
        if d == PAST and infinitive and hops > 1 and lemma(verb) == "be":
            return PLANNED  # "was to sign it on Friday morning": a plan seen from the past, like "was due to"
        if d == PAST and infinitive and hops > 1:
            return PROSPECTIVE  # "agreed to buy the line in February": not yet done when the past verb happened
        if until and verb.tag_ != "VBD" and d != FUTURE and "had" not in aux_words(verb, index):
            return FUTURE  # "has kept markets closed until Friday": an end point still ahead ("had" looks back)
        if d is None and earliest:
            return FUTURE
        if d is None and hops == 1 and appointed_for(root, verb, index):
            return FUTURE
        if d is not None:
            if d == PAST and cue_future and "ahead" in cues:
                return FUTURE
            if d == PAST and any(c in PLANNED_EVENT_CUES for c in cues):
                return None  # "the planned November visit has been postponed": the nearest November
            return d
        # the present of a when/if clause is not backshifted: a past main verb is not its tense, a future one is
        # ("would step down if voters reject it on Tuesday")
        unshifted = unshifted or is_present_subordinate(verb, index)
        head = verb.head
        planning = lemma(head) in PLAN_LEMMAS or head.lemma_.lower() in PLAN_ADJECTIVES
        if verb.dep_ == "xcomp" and planning and not is_verbal(head):
            return adjective_plan(head, index)
        if verb.dep_ in CLIMB_VERB_DEPS and verb.head != verb:
            verb = verb.head if is_verbal(verb.head) else governing_verb(verb.head, None, index)
            continue
        if verb.lower_ in START_PARTICIPLES and verb.dep_ in {"prep", "acl", "advcl"} and verb.head != verb:
            # "a tour beginning Monday", "the talks, starting Monday, will ...": the participle has no tense of its
            # own; the clause it qualifies has
            cues.append(verb.head.lower_)  # the event noun it qualifies ("a visit beginning Monday")
            verb = verb.head if is_verbal(verb.head) else governing_verb(verb.head, None, index)
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and is_verbal(verb.head.head):
            verb = verb.head.head  # "will fly to X on Sunday before returning on Monday": the verb it hangs on
            if any(c.lower_ == "forward" for c in index.children(verb)):
                return FUTURE  # "looked forward to meeting him in August"
            continue
        break
    if cue_future and any(c in ("ahead", "upcoming", "forthcoming", "planned", "scheduled", "coming") for c in cues):
        return FUTURE
    if earliest:
        return FUTURE
    return lexical_future(span)


def appointed_for(root: Token, verb: Token, index: ParseIndex) -> bool:
    """A day set aside by a present passive ("the vote is fixed for Friday", "the main session is kept for
    Wednesday"): "for" before a time on a present passive names the day an arrangement points to, which lies ahead of
    the writer's day, though the verb itself says nothing of its tense. The time must be the object of a "for" hung
    on the verb itself ("tickets for Friday's show are sold" names a show, not an appointment)."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "for" or prep.head != verb or prep.dep_ != "prep":
        return False
    auxes = [c for c in index.children(verb) if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in PRESENT_BE for c in auxes) \
        and not any(c.lower_ not in PRESENT_BE for c in auxes)


def call_off_direction(verb: Token, index: ParseIndex) -> str:
    """The tense of the day of an event ``verb`` calls off. 'has postponed his visit beginning on Thursday': the
    present perfect tells the calling off as news while the plan's day is still ahead (``FUTURE``). 'The visit on
    Tuesday was postponed', 'postponed his visit beginning on Thursday': the simple past dates the calling off, which
    may come days ahead of the plan's day or on the day itself, told the day after; the plan's day is the occurrence
    nearest the writer's (``NEAREST``)."""
    return FUTURE if aux_words(verb, index) & {"has", "have", "'s", "'ve"} else NEAREST


def is_present_subordinate(verb: Token, index: ParseIndex) -> bool:
    """A present-tense verb heading a when/if/once/until clause ("when the case is heard in May", "once the plant
    reopens in June"). English keeps such a clause in the present for what is still to come, whatever the tense of
    the clause it hangs on, so the main verb's past ("had not signed ... when the case is heard") is not its tense."""
    if verb.dep_ != "advcl":
        return False
    kids = index.children(verb)
    if not any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in kids):
        return False
    auxes = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
    if auxes:
        return bool(auxes & PRESENT_BE) and not auxes & {"was", "were", "had", "has", "have", "did"}
    return verb.tag_ in ("VBZ", "VBP")


def aux_words(verb: Token, index: ParseIndex) -> set[str]:
    return {c.lower_ for c in index.children(verb) if c.dep_ in ("aux", "auxpass")}


def is_infinitive(verb: Token, index: ParseIndex) -> bool:
    """'to testify', 'to mark': a bare verb with its 'to'; what it names lies after the verb it depends on. So does
    a participle of result ('cut output, resulting in closures during the fourth quarter')."""
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and lemma(verb) in RESULT_LEMMAS:
        return True
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in index.children(verb))


def adjective_plan(adj: Token, index: ParseIndex) -> str | None:
    """'is due to land', 'is likely to meet': the adjective plans (future); 'had been due to' and 'was due to' are a
    plan seen from the past (``PLANNED``): told on a Wednesday, 'was due to arrive on Thursday' is the next day, the
    plan still ahead of the writer. Other adjectives ("was likely to") are left open."""
    copula = adj.head
    words = {c.lower_ for c in index.children(copula)} | {copula.lower_}
    if words & {"was", "were"}:
        return PLANNED if adj.lemma_.lower() in PAST_PLAN_ADJECTIVES else None
    return PLANNED if "had" in words else FUTURE


def day_clause_direction(tok: Token, index: ParseIndex) -> str | None:
    """The tense of a "when" clause attached to the expression's head word ("on Friday, when the leaders are
    expected to meet"): it tells what happens on that day, which the main verb ("comes", "is") often does not."""
    for clause in index.children(tok):
        if clause.dep_ not in DAY_CLAUSE_DEPS or not is_verbal(clause):
            continue
        kids = index.children(clause)
        if not any(c.dep_ == "advmod" and c.lower_ in DAY_CLAUSE_WORDS for c in kids):
            continue
        told = index.direction(clause)
        if told is None:
            adj = next((c for c in kids if c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in PLAN_ADJECTIVES
                        and any(x.dep_ == "xcomp" for x in index.children(c))), None)
            told = adjective_plan(adj, index) if adj is not None else None
        return told
    return None


def lexical_future(span: Span) -> str | None:
    """Fallback when the parse gives no verdict (the small model reads "is due to land" as a preposition): a future
    auxiliary or a "due/set/scheduled/expected/plans ... to" marker earlier in the same clause means future. The
    clause starts after the last punctuation or past-tense verb before the expression (at most 10 tokens back)."""
    doc = span.doc
    lo = max(clause_floor(span), span.start - 10)
    for tok in doc[lo:span.start]:
        if tok.is_punct and tok.text not in ("(", ")", "-") or tok.tag_ == "VBD":
            lo = tok.i + 1
    for tok in doc[lo:span.start]:
        if tok.lower_ in ("will", "'ll", "shall"):
            return FUTURE
        if tok.lower_ in PLAN_MARKERS and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            return FUTURE
    return None


def clause_floor(span: Span) -> int:
    """``max(span.sent.start, span.start - 10)`` (0 without sentence boundaries), looking at most 10 tokens back:
    ``Span.sent`` scans to both ends of the sentence, which in a run-on "sentence" costs its length per span."""
    doc = span.doc
    if not doc.has_annotation("SENT_START"):
        return max(0, span.start - 10)
    if "sent" in doc.user_span_hooks or "sents" in doc.user_hooks:
        return max(span.sent.start, span.start - 10)
    j = span.start
    while j > 0 and j > span.start - 10 and doc[j].is_sent_start is not True:
        j -= 1
    return max(j, span.start - 10)


# prepositions that open an end point: "extended to Nov. 16", "runs through January"
END_POINT_PREPOSITIONS = {"to", "through", "until", "till", "thru"}
# nouns that only narrow a date to a part of it ("on the night of Oct. 23", "the morning of June 5"): the date takes
# the verb these hang on, as if the noun were not there
TIME_OF_NOUNS = {"night", "morning", "afternoon", "evening", "day", "eve", "weekend", "week", "dawn"}


def is_end_point(span: Span) -> bool:
    """True when the date is the end point of a stretch ("extended to Nov. 16", "loans through January"): a limit
    set now, which may lie ahead whatever the verb's tense."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in END_POINT_PREPOSITIONS


def weakly_past(span: Span) -> bool:
    """True when a past verb says little about a date's own time: the date hangs on a noun or an adjective ("a
    ceremony on March 12", "payable Dec. 15", "the Jan. 14 deadline") or is an end point ("extended to Nov. 16").
    Such a date in a past-tense report is as likely ahead as behind, so the nearest occurrence is the better guess.
    Uses only ``head``/``pos_``/``lower_``, so hand-built Docs test it."""
    if is_end_point(span):
        return True
    cur = span.root
    for _ in range(4):
        if cur.head == cur:
            return False
        cur = cur.head
        if cur.pos_ == "ADP" or cur.dep_ == "prep" or cur.lower_ in TIME_OF_NOUNS:
            continue
        return cur.pos_ in ("NOUN", "PROPN", "ADJ") and not is_verbal(cur)
    return False


# a date written before the noun it qualifies names that thing by its day ("his Nov. 5 operation", "the Jan. 14
# deadline", "a June agreement"): the clause's tense says what is done with the thing now, not when its day falls
PRENOMINAL_DEPS = {"nmod", "compound", "amod"}


def names_its_noun(span: Span) -> bool:
    """True when the date is a modifier placed before a common or proper noun of the same phrase. Such a date keeps
    the nearest occurrence under a future verb ("will build on the February 26 visit" said in March): the verb
    tells what happens next with the thing the date names, not that its day is ahead. Uses only
    ``head``/``dep_``/``pos_``/``tag_``, so hand-built Docs test it."""
    root = span.root
    head = root.head
    return (root.dep_ in PRENOMINAL_DEPS and head != root and head.i >= span.end
            and head.pos_ in ("NOUN", "PROPN") and not is_verbal(head))
