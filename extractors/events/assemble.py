"""From a parsed article to ``Event`` records: find triggers, gather arguments, date them, set status, and merge the
mentions of one event within the article.

Each trigger yields a ``Candidate`` only when it has the arguments its lexicon row asks for (a trip needs a place, a
'call' needs a 'courtesy'/'phone' modifier, a meeting needs someone taking part), so a bare "meeting" noun is not an
event. What a single sentence lacks comes from the story model, built once per article and read by every sentence:
the dateline and the protagonist (``story.py``), the people last in subject position and the map from role to
person (``participants.Resolver``), and, as the narrative moves, the day it is at and where each traveller is
(``scene.StoryScene``), each traveller's current day and dated stays (``timeline.py``). Days and status come from the
trigger's own clause (``clauses.py``, ``status.py``).
Meetings are read in ``meetings.py``, trips in ``trips.py``; both end in the builder's common tail (``finish``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ...ids import stable_id
from ..cleaning import in_noise
from ..people import DocPeople
from ..places import gazetteer
from ..records import Event, NoiseReport, Participant, Place, Timex
from ..tree import sent_tokens, sentences, source_text
from .candidate import Candidate, merge_people
from .clauses import (
    ancestor_verbs,
    clause_span,
    clock_time,
    departure_for_gathering,
    ended_by_now,
    ended_on,
    goes_to_attend,
    indefinite_past,
    narrative_day,
    precedes_a_departure,
    precedes_a_step,
    present_perfect,
    reported,
    reporting_verb,
    span_days,
    told_as_earlier,
    trigger_anchors,
    when_clauses,
)
from .completed_trips import completed_trip, ended_window
from .dates import (
    Attached,
    attach,
    dates_for,
    day_heading,
    days_from_step,
    gathering_attended,
    is_period_value,
    last_day_before,
    moved_off,
    side_day,
    todays_news,
    trailing_day,
)
from .headlines import read_headline_verbs
from .host_country import place_by_host_country
from .keep import news_events
from .leg_windows import split_range_over_legs
from .legs import later_legs
from .meetings import meeting_noun, meeting_verb
from .merge import merge_mentions, spread_cancellation
from .open_start import closed_start
from .origin_departures import fold_origin_departures
from .page_place import ground_here
from .participants import Resolver
from .party import Party
from .phrases import segment_end, segment_start
from .presence_places import place_by_presence
from .scene import StoryScene, earlier_in_place, head_for_the_next_stop, place_within_gatherings
from .sentence import refine_sentence, separate_sides
from .status import PRESENT, modality, status_of, under_way
from .stay_days import lend_stay_days
from .story import (
    bare_title_mentions,
    find_dateline,
    ground_deictic_places,
    later_datelines,
    programme_item,
    protagonist,
)
from .tense_fallback import settled
from .timeline import TravellerDays, arrives_anew, date_from_stays
from .triggers import SCOPES, lexicon
from .trip_references import join_trip_references
from .trips import travel_candidate
from .venue_sites import landing_city, placed_arrivals
from .visit_purposes import follow_the_visits
from .visit_span import span_landings

# a trip dated only by the report ("came to Lima", "toured Lima") began on a day the text does not give; "has
# arrived" is news of the report's own day
_STAYS = {"visit", "trip", "travel"}


# --- builders -----------------------------------------------------------------------------------------------------

class _Builder:
    def __init__(self, doc: Doc, timexes: Sequence[Timex], article_date: date | None, noise: NoiseReport,
                 scope: str = "news") -> None:
        self.doc = doc
        self.scope = scope
        self.text = source_text(doc)  # as written (spaCy also rebuilds Doc.text on every access)
        self.lex = lexicon()
        self.dateline = find_dateline(self.text)
        ground_deictic_places(doc, self.dateline)
        if self.dateline is None:
            ground_here(doc)  # "landed at the X Airport here": the page names its own place beside 'here'
        datelines = (*(() if self.dateline is None else ((self.dateline.start_char, self.dateline.end_char),)),
                     *later_datelines(self.text, self.dateline))
        skip = (*noise.ignored, *((a, b, "dateline") for a, b in datelines))
        self.people = DocPeople(doc, skip, self.text, noise.headline)
        self.res = Resolver(self.people, datelines)
        self.timexes = [t for t in timexes if not in_noise(noise, t.start_char, t.end_char)]
        self.attached: list[Attached] = attach(doc, self.timexes, self.is_event_noun)
        # a bare clock time ('at 3.30 pm') is resolved to the article's day by the tagger: it says the hour of a
        # step, not its day, so a day on the same words ('on Monday at 3 pm', a day carried from the sentence
        # before) dates the event first
        self.days = [a for a in self.attached if not clock_time(a.timex)]
        self.article_date = article_date
        self.noise = noise
        self.scene = StoryScene(self.dateline, article_date, frozenset(self.people.people))
        self.site_arrivals: set[int] = set()  # arrivals the trip reader read at a site off the map (venue_sites)
        self.traveller_days = TravellerDays(self.scene.person)
        mentions = self.people.in_span(0, len(doc))
        self.protagonist = protagonist([(m.person.name, m.start) for m in mentions]
                                       + bare_title_mentions(doc, self.people, mentions), self._lead_subject())
        self.res.protagonist = self.people.people.get(self.protagonist) if self.protagonist else None
        self.res.protagonist_first = next((m.start for m in mentions if m.person.name == self.protagonist), 0)

    def _lead_subject(self) -> str | None:
        """The person subject of the story's first sentence that has one (outside page noise and the dateline)."""
        for sent in sentences(self.doc):
            if in_noise(self.noise, sent.start_char, sent.end_char) or len(sent) < 8 or sent.root.pos_ not in {
                    "VERB", "AUX"} or "\n" in sent.text.strip():
                continue  # page furniture, bylines and captions are not the lead
            subj = next((t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), None)
            if subj is not None and (m := self.people.at(subj)) is not None:
                return m.person.name
            if subj is not None:
                return None  # the lead is about something else ("The talks ...", "Officials ...")
        return None

    def _dated_in_full(self, t: Token, day: date) -> bool:
        """The trigger's sentence writes its day with the year ("on Sept. 22, 2015"), as a caption does; "leaves
        today" or "arrives on Tuesday" is a plan."""
        lo, hi = self.doc[segment_start(t)].idx, self.doc[segment_end(t) - 1].idx + len(self.doc[segment_end(t) - 1])
        return any(lo <= tx.start_char and tx.end_char <= hi and tx.start_date == day and str(day.year) in tx.text
                   for tx in self.timexes)

    @cached_property
    def _side_remarks(self) -> frozenset[Timex]:
        """The article's days told as side remarks ('since the July 30 bombing'), found once per article: the story's
        running day skips them (``dates.side_day``)."""
        return frozenset(tx for tx in self.timexes if side_day(self.doc, tx, self.is_event_noun))

    @cached_property
    def _headings(self) -> frozenset[Timex]:
        """The article's day headings (a day alone on its line, ``dates.day_heading``), found once per article."""
        return frozenset(tx for tx in self.timexes if day_heading(self.text, tx))

    def _side_remark(self, tx: Timex) -> bool:
        return tx in self._side_remarks

    def _heading_day(self, seg: int) -> Timex | None:
        """The day heading the lines above token ``seg`` ("Sept 23, 2015" alone on its line) in a page headed by two
        days or more (a schedule), while every day told after it is the same day ("in the evening"); None when there
        is none or the story has moved to another."""
        if len({tx.start_date for tx in self._headings}) < 2:
            return None  # one dated line is the page's own date (a dateline), not a schedule's days
        char = self.doc[seg].idx
        heading = last_day_before(self.timexes, char,
                                  skip=lambda tx: self._side_remark(tx) or tx not in self._headings)
        day = last_day_before(self.timexes, char, skip=self._side_remark)
        return heading if heading is not None and day is not None and day.start_date == heading.start_date else None

    def _fits_the_report(self, day: date, mood: str) -> bool:
        """A day the story context may give an event of mood ``mood``: not after the report, and for a plan not
        already past ("the talks will ...", a paragraph after "said July 9")."""
        return (self.article_date is None or day <= self.article_date) and not (
            mood == "planned" and self.article_date is not None and day < self.article_date)

    def is_event_noun(self, t: Token) -> bool:
        lem = t.lemma_.lower()
        # a meal holds no day of its own for the verb it sits in ("met X during a lunch on Tuesday": the meeting's)
        return t.pos_ in {"NOUN", "PROPN"} and (lem in self.lex.meeting_nouns or lem in self.lex.travel_nouns) \
            and lem not in self.lex.meal_nouns

    # -- common tail: dates, status, context --
    def finish(self, etype: str, subtype: str, t: Token, parts: list[Participant], *, location: Place | None = None,
                origin: Place | None = None, destination: Place | None = None, definite: bool = False
                ) -> Candidate:
        ongoing = under_way(t)  # "X, now on a visit to Y, will fly on Friday": the verb's day is not the visit's
        anchors = [t] if ongoing else trigger_anchors(t)
        in_programme = programme_item(t)
        start, end, value = dates_for(anchors, self.days)
        if not (start or end) and not in_programme:  # a programme's clock times are under the day heading it
            start, end, value = dates_for(anchors, self.attached)  # only a clock time: the day it was read on
        source = "own" if (start or end) else "none"
        if source == "none" and etype == "travel" and (attended := gathering_attended(anchors)):
            # "is due to visit China to attend the April 26-27 forum": the trip is there for the forum's days
            start, end, value = dates_for(attended, self.days)
            source = "governing" if (start or end) else "none"
        if source == "none" and not ongoing:
            start, end, value = dates_for(ancestor_verbs(t, anchors), self.days)
            source = "governing" if (start or end) else "none"
        if source == "none" and not ongoing:
            # "will visit the palace, meet the bishops and open the fair on Wednesday": the day ends the series
            start, end, value = trailing_day(anchors, self.attached)
            source = "governing" if (start or end) else "none"
        if source != "none" and start is not None and start == end and (shift := days_from_step(t)) \
                and not any(x.head == t.i for x in self.attached):
            start = end = start + timedelta(days=shift)  # "left on Friday, a day after his summit": Thursday
            value = None
        if source == "none" and (when := when_clauses(anchors)):
            # "was greeted by X when she arrived in Berlin on Monday": the time clause's day is the event's
            start, end, value = dates_for(when, self.days)
            source = "governing" if (start or end) else "none"
        if source != "none" and start is None and end is not None:
            # 'hold talks ... until Thursday' coordinated with 'leave ... today': start with the head verb's day
            head = anchors[-1]
            if head.dep_ == "conj":
                s2, _, _ = dates_for([head.head], self.days)
                start = s2
        m = modality(t)
        if m == PRESENT and not (in_programme and t.pos_ in {"VERB", "AUX"}):
            # with no day of its own, a present tense reports what is happening (headline style); a programme's
            # "4 p.m.: Arrives in Cusco" is its timetable
            m = "occurred"
        seg, sent_end = segment_start(t), segment_end(t)
        if source == "none" and (shift := narrative_day(anchors)) is not None and self.scene.last_dated is not None \
                and self.scene.last_dated.date_end is not None:
            # "landed in Nairobi late that night", "the next morning he held talks": the story's day, or the next
            start = end = self.scene.last_dated.date_end + timedelta(days=shift)
            value, source = None, "sequence"
        written_day = False  # dated by a day heading it or its traveller's own last step, not the report's
        if source == "none" and in_programme:
            # the day heading the programme, not the clock time of an item ('9 a.m.:'), which carries no day
            day = last_day_before(self.timexes, self.doc[seg].idx, skip=clock_time)
            if day is not None:
                start = end = day.start_date
                value, source, written_day = day.value, "context", True
        # "before arriving in Beijing, met X": not the arrival's day or place; "after X said he spoke to Y": earlier
        told_earlier = told_as_earlier(t)
        earlier = precedes_a_step(t) or told_earlier
        # "greeted X before setting off": where the traveller is until they leave (not "before arriving in Y")
        before_leaving = precedes_a_departure(t) and not told_earlier
        if source == "none" and not earlier and not ongoing and (heading := self._heading_day(seg)) is not None:
            # "Sept 23, 2015" on a line of its own, then "He will visit X": the heading's day, plans included
            start = end = heading.start_date
            value, source, written_day = heading.value, "context", True
        # "left for X on Saturday to attend the summit": the running day and the trip's days are the departure's,
        # not the summit's, held once the traveller is there
        attending = any(goes_to_attend(a) for a in anchors)
        if source == "none" and (m == "occurred" or definite) and not earlier and not indefinite_past(anchors) \
                and not ongoing and not attending:
            day = last_day_before(self.timexes, self.doc[seg].idx, skip=self._side_remark)
            if day is not None and etype == "meeting" and departure_for_gathering(self.doc, day.start_char,
                                                                                  day.end_char):
                day = None  # "left on Saturday to attend the summit. ... the summit": held once there, not that day
            if m == "occurred" and self.article_date is not None and present_perfect(t) and not reported(t):
                day = None  # "X has arrived": the report's news, not the running day ("told aides he has met" keeps it)
            if day is not None and self._fits_the_report(day.start_date, m):
                start = end = day.start_date
                value, source = day.value, "context"
                # the story's running day is the last one written; its travellers' own is the day of their last
                # dated step ("arrived in Lima on Monday. ... On Tuesday, Lopez met the press. ... Upon his arrival,
                # he posted photos": Monday)
                # not when the event hangs on an arrival of its own sentence ("as he arrived for his meeting")
                mine = None if arrives_anew(anchors, when_clauses(anchors)) else self.traveller_days.current(
                    [p.name for p in parts])
                if mine is not None and mine != start and self._fits_the_report(mine, m):
                    start = end = mine
                    value = None
                # the day of the traveller's own last step, or of the story's last dated trip step: this one goes on
                # from it ("On Sunday she toured X. ... She reached Y by train"), where a day written for words
                # ("warned X on Tuesday. ... He came to Lima") dates nothing of a trip
                step = self.scene.last_dated
                written_day = mine is not None and mine == start or step is not None and step.event_type == "travel" \
                    and step.status == "occurred" and step.date_start == step.date_end == start
            elif m == "occurred" and self.article_date is not None and (
                    modality(t) == PRESENT or present_perfect(t) or ended_by_now(t)):
                # a present or a present perfect with no day in sight is news of the report's day ("has arrived", a
                # headline's "X meets Y"); a simple past with none ("met Y") fell on a day the text does not fix
                start = end = self.article_date
                source = "context"
        if source == "none" and any(c.lower_ in {"then", "afterwards", "next", "subsequently"} for a in anchors
                                    for c in a.children if c.dep_ == "advmod") and self.scene.last_dated is not None \
                and not (m == "planned" and self.article_date and self.scene.last_dated.date_end
                         and self.scene.last_dated.date_end < self.article_date):
            # "They will then head back ...": the next step, on the day the last dated step of the story ends
            start = end = self.scene.last_dated.date_end
            value, source = None, "sequence"
        sibling_day = source == "governing" and anchors[-1].dep_ == "conj"  # "left X on Monday and landed in Y"
        # an arrival is dated by its day: by the verb it hangs on ("met on Thursday shortly after arriving"), unless
        # that verb only reports it ("media reported on Tuesday as they arrived") or the day is the report's
        arrival_day = subtype == "arrive" and (present_perfect(t) or source == "governing" and not any(
            reporting_verb(v) for v in ancestor_verbs(t, anchors)))
        if subtype == "arrive" and source in {"context", "none"} and not arrival_day and (day := self.scene.arrival_day(
                [p.name for p in parts], destination)) is not None:
            start = end = day  # the arrival the story has already dated, told again ("has arrived ... landed at")
            source = arrival_day = "sequence"
        if subtype == "arrive" and (site := landing_city(destination, self.scene.landed, [p.name for p in parts],
                                                         start or end)) is not None:
            destination = site  # "arrived in P on Monday. ... arrived at the hotel": the hotel is in P
        # an arrival is one act on one day: under its traveller's day, the day the story dated their last step ("On
        # Sunday she toured X. ... She reached Y by train"), or a programme's day heading, that day is when it
        # happened and begins what it starts (the gold's arrival day as first day); one dated by the report alone
        # or by a day of someone's words ("warned X on Tuesday. ... He came to Lima"), by a verb that reports it, or
        # under a day the story has since left for another period ("... last October. He arrived first in Y")
        # keeps an open start
        told_then = written_day and not moved_off(self.timexes, self.doc[seg].idx, start, self._side_remark)
        unknown_start = subtype in _STAYS or subtype == "arrive" and not arrival_day and not told_then
        if etype == "travel" and unknown_start and source in {"governing", "context"} \
                and not sibling_day and not todays_news(t) \
                and (m == "occurred" or (end is not None and self.article_date and end < self.article_date)):
            start = None  # "toured Lima", dated only by the report: there by then, first day unknown
        status = status_of(t, start, end, self.article_date, own_day=source in {"own", "governing"})
        if status == "planned" and modality(t) == PRESENT and start is not None and start == end == self.article_date \
                and self._dated_in_full(t, start):
            status = "occurred"  # a caption: "X arrives in Y on Sept. 22, 2015, greeted by Z" tells the day's news
        # "a four-day visit beginning Aug. 24", "began a three-day visit on Monday": its first day and last
        # an arrival "on a two-day visit" tells the visit: it lasts from that day
        stay_days = span_days(t) if etype == "travel" and (subtype in _STAYS or subtype == "arrive" and t.pos_ in {
            "VERB", "AUX"}) and status != "cancelled" else None
        if stay_days and end is not None and start in {None, end} and completed_trip(t):
            start, end = ended_window(end, stay_days)  # "flew home on Sunday after a three-day visit to X"
        elif source in {"own", "governing"} and start is not None and start == end:
            begun = ended_on(t, start)  # "wrapped up a three-day visit on Sunday": the day it ended
            if stay_days and begun == start:
                end = start + timedelta(days=stay_days - 1)
            else:
                start = begun
        elif stay_days and start is not None and end is None:
            end = start + timedelta(days=stay_days - 1)
        elif source == "context" and end is not None and start in {None, end} and (
                begun := ended_on(t, end)) is not None and begun != end:
            start = begun  # "has ended his three-day visit": the report's day ends it, its length gives the first
        elif source == "context" and stay_days and subtype == "arrive" and start is not None and start == end:
            end = start + timedelta(days=stay_days - 1)  # "arrived here on a three-day visit", under the dateline
        explicit = location is not None or destination is not None  # named in the sentence, not taken from the scene
        remote = subtype in self.lex.remote_subtypes  # a phone or video call happens nowhere in particular
        if in_programme and self.protagonist and len(parts) == 1 and parts[0].name != self.protagonist:
            person = self.people.people[self.protagonist]  # a programme's items are its traveller's
            parts = merge_people([self.res.participant(person, None)], parts)
        if remote:
            location = None  # 'invited X to visit Lima during a phone call': the call itself is held nowhere
        elif etype == "meeting" and not (earlier and location is None and not before_leaving
                                         and not earlier_in_place(t, source in {"own", "governing"})):
            location = self.scene.meeting_place(location or self.scene.trip_setting(t, parts), parts, start, end,
                                               self.doc) \
                or self.scene.host_event_place(t)
            if start is None and end is None and not attending and (stay := self.scene.stay_window(
                    [p.name for p in parts], location)) is not None:
                # "will also meet the president during his stay": within the visit the story dated
                start, end, value, source = stay[0], stay[1], None, "context"
                location = location or stay[2]
            location = location or self.scene.filed_from()
        c = Candidate(etype, subtype, t, parts, location, origin, destination, start, end, value, source, status,
                      explicit)
        lo, hi = clause_span(t)
        c.start_char, c.end_char = lo, hi
        last = self.doc[sent_end - 1]
        c.sentence = self.text[self.doc[seg].idx:last.idx + len(last.text)].strip()
        return c

# --- entry point ----------------------------------------------------------------------------------------------------

def extract_events(doc: Doc, *, article_id: str, timexes: Sequence[Timex], article_date: date | None,
                   noise: NoiseReport | None, scope: str = "news") -> list[Event]:
    """Meeting and travel events of one article (see the module docstring). Sentences inside ``noise`` ranges are
    skipped; ``timexes`` are the article's resolved temporal expressions (character offsets into ``doc.text``).
    ``scope`` 'news' extracts meetings and trips between named parties; 'extended' adds the contact and movement
    events of RAMS-style annotation (debates, interviews, funerals, flights, deportations, evacuations)."""
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {SCOPES}, got {scope!r}")
    noise = noise or NoiseReport()
    if len(doc) and not (doc.has_annotation("DEP") or doc.has_annotation("SENT_START")):
        raise ValueError("extract_events needs a parsed Doc (dependency parser in the pipeline); got none")
    read_headline_verbs(doc)  # "X lands in Lima": a headline verb the parser took for a noun
    b = _Builder(doc, timexes, article_date, noise, scope)
    cands: list[Candidate] = []
    party = Party()  # who travels with whom: read as the story goes, given to each trip after
    for sent in sentences(doc):
        if in_noise(noise, sent.start_char, sent.end_char) or not b.text[sent.start_char:sent.end_char].strip():
            continue
        here = _sentence_candidates(b, sent)
        here = refine_sentence(here)
        cands.extend(here)
        party.read(b.res, sent)
        b.res.note_sentence(sent)
        b.res.note_events([p for c in here for p in c.participants])
        b.scene.note(here)
        b.traveller_days.note(here)
    place_within_gatherings(cands)
    place_by_presence(cands, b.scene.person)  # a meeting placed nowhere: where the story says its people are
    cands = placed_arrivals(cands, b.site_arrivals)  # an arrival at a site the story puts in no city
    named = set(b.people.people)
    join_trip_references(doc, cands, named)  # "during the visit": one more mention of the story's trip
    date_from_stays(cands, b.scene.person, named)  # a step with no day takes the days of its travellers' stay there
    spread_cancellation(cands, named)
    merged = merge_mentions(cands, named)
    party.join(merged, article_date)
    head_for_the_next_stop(merged)  # after the merge: a departure is never one event with the arrival it heads for
    merged = span_landings(merged, cands, named)  # a landing that begins a visit is the visit, to its last day
    lend_stay_days(merged, b.attached, named)  # 'where he will stay until Sunday': the trip's end
    follow_the_visits(merged, named)  # talks told as what a visit is for last as the visit does
    split_range_over_legs(merged, cands, named)  # "her May 8-11 visit to A and B": each leg's days inside the range
    merged = fold_origin_departures(merged, named)  # "left A" beside the trip it begins or the visit it ends: a step
    if scope == "news":  # RAMS-style 'extended' events are about groups ("fans fled the stadium") by design
        merged = news_events(merged, named, b.dateline, article_date)
    place_by_host_country(merged, b.scene.person)  # a meeting placed nowhere: the home of the one its visitor visits
    return [_to_event(c, article_id) for c in merged]


def _sentence_candidates(b: _Builder, sent: Span) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in sent_tokens(sent):
        for spec in b.lex.specs_for(tok, b.scope):
            if spec.event_type == "meeting":
                c = meeting_verb(b, tok, spec) if tok.pos_ in {"VERB", "AUX"} else meeting_noun(b, tok, spec)
            else:
                c = travel_candidate(b, tok, spec)
            if c is not None:
                sides = separate_sides(b.res, b.people, tok, c)
                out += [replace(c, participants=p, leg=k) for k, p in enumerate(sides)] if sides else [c]
                if c.event_type == "travel" and c.subtype == "arrive" and c.date_start is not None \
                        and c.date_end is not None and c.date_start < c.date_end and not is_period_value(c.date_value):
                    # "arrived in Beijing on Monday on a four-day visit": the arrival is that day; the visit it
                    # begins runs the four days
                    out[-1] = replace(c, date_end=c.date_start)
                    out.append(replace(c, subtype="visit", leg=_VISIT_LEG))
                # "will visit A, B and C on a four-day tour": the days are the tour's, and A is where it starts; the
                # later legs' days are not known from this sentence
                ranged = c.date_start is not None and c.date_end is not None and c.date_start < c.date_end \
                    and not is_period_value(c.date_value)  # "visited A and B earlier in February": both in it
                # "a tour beginning on Monday, visiting Ghana, Togo and Benin": one day is where a tour of
                # countries starts, not the day of each
                one_day = c.date_start is not None and c.date_start == c.date_end and _countries(
                    [c.destination, *c.more_destinations])
                later = bool(ranged or one_day)
                out += later_legs(b, tok, c, drop_days=later)  # one per place, in text order
    return out


_VISIT_LEG = -1  # the id of the visit an arrival begins, apart from the arrival's own and its legs


def _countries(places: list[Place | None]) -> bool:
    gz = gazetteer()
    return all(p is not None and (info := gz.info(p)) is not None and info.kind == "country" for p in places)


def _to_event(c: Candidate, article_id: str) -> Event:
    leg = (c.leg,) if c.leg else ()  # the first (or only) leg keeps the id it always had
    eid = stable_id("evt", article_id, c.start_char, c.end_char, c.event_type, c.subtype, *leg)
    return Event(
        event_id=eid, article_id=article_id, event_type=c.event_type, subtype=c.subtype,
        participants=tuple(c.participants), location=c.location if c.event_type == "meeting" else None,
        origin=c.origin, destination=c.destination, date_end=c.date_end,
        date_start=closed_start(c.event_type, c.date_start, c.date_end, c.date_source, c.trigger),
        date_value=c.date_value, status=settled(c.status, c.trigger), trigger=c.trigger.text, sentence=c.sentence,
        start_char=c.start_char, end_char=c.end_char, confidence=c.confidence,
    )


__all__ = ["extract_events"]
