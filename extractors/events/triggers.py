"""The trigger lexicon (``data/triggers.json``) as typed, validated tables.

Rules are data: which lemmas start a meeting or a travel event, what each needs before it is reported, which
modifiers name a subtype. The file is checked when it loads, so a typo fails at import and not in the middle of a
batch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from spacy.tokens import Token

_DATA = Path(__file__).parent / "data" / "triggers.json"
SCOPES = ("news", "extended")  # which events to extract: see Lexicon.specs_for
_NEEDS = {"place", "participant", "modifier", "person_object", "place_object", "with_participant", "medium", "en_route",
          "person_or_place", "with_participant_or_outlet", "on_person", "named_sides", "outing"}


@dataclass(frozen=True)
class TriggerSpec:
    event_type: str  # meeting | travel
    subtype: str
    needs: tuple[str, ...] = ()
    plural_only: bool = False


@dataclass(frozen=True)
class Lexicon:
    meeting_verbs: dict[str, TriggerSpec]
    meeting_nouns: dict[str, TriggerSpec]
    travel_verbs: dict[str, TriggerSpec]
    travel_nouns: dict[str, TriggerSpec]
    call_modifiers: dict[str, str]
    subtype_modifiers: tuple[tuple[str, str], ...]
    support_verbs: frozenset[str]
    destination_preps: frozenset[str]
    origin_preps: frozenset[str]
    location_preps: frozenset[str]
    origin_objects: frozenset[str]
    destination_objects: frozenset[str]
    passenger_objects: frozenset[str]
    media: dict[str, str]
    not_meeting_modifiers: frozenset[str]
    topic_object_verbs: frozenset[str]
    recipient_verbs: frozenset[str] = frozenset()
    sender_verbs: frozenset[str] = frozenset()
    opponent_object_verbs: frozenset[str] = frozenset()
    owner_object_verbs: frozenset[str] = frozenset()  # "negotiating Britain's exit": the topic's owner is a side
    acceptance_verbs: frozenset[str] = frozenset()  # "accepted an invitation to visit": the accepter goes
    host_verbs: frozenset[str] = frozenset()  # "hosted Y for talks": the one received is the meeting's other side
    ending_verbs: frozenset[str] = frozenset()  # "wrapped up a visit on Sunday": that day is the visit's last
    closing_steps: frozenset[str] = frozenset()  # "flew home on Sunday after a visit to X": that day ends the visit
    indefinite_past_adverbs: frozenset[str] = frozenset()  # "has already met", "so far met", "met three times"
    intransitive_motion_verbs: frozenset[str] = frozenset()  # with a direct object another sense: "stopped sales"
    place_object_verbs: frozenset[str] = frozenset()
    figurative_goals: frozenset[str] = frozenset()
    deceased_nouns: frozenset[str] = frozenset()
    generic_modals: frozenset[str] = frozenset()
    generic_governors: frozenset[str] = frozenset()
    travel_adjectives: dict[str, TriggerSpec] | None = None  # "the minister is due in Cairo on Thursday"
    presence_verbs: dict[str, TriggerSpec] | None = None  # "the president will be in Texas on Friday"
    presence_markers: frozenset[str] = frozenset()
    presence_participles: dict[str, TriggerSpec] | None = None  # "the envoy is expected in Lima from May 3 to 5"
    extended_subtypes: frozenset[str] = frozenset()  # RAMS-style contact and movement: only in scope 'extended'
    route_verbs: frozenset[str] = frozenset()  # "the tour, which will take him to X and Y": where a trip goes
    route_start_verbs: frozenset[str] = frozenset()  # "the tour, which begins in Berlin": where a trip starts
    route_object_verbs: frozenset[str] = frozenset()  # "a trip which included X and Y": the places it went to
    phrasal_verbs: dict[str, TriggerSpec] | None = None  # "touch down", "call up": lemma and particle
    meal_nouns: frozenset[str] = frozenset()  # "a dinner for X": the guest is the other side
    vehicle_nouns: frozenset[str] = frozenset()  # "the president's plane landed": its possessor travels
    reference_trip_nouns: frozenset[str] = frozenset()  # "during the visit": the story's trip, told again
    story_trip_nouns: frozenset[str] = frozenset()  # "the Pakistan visit was ...": a place, and the story's traveller
    other_trip_modifiers: frozenset[str] = frozenset()  # "the last visit to Japan": not the trip the story tells
    trip_support_verbs: frozenset[str] = frozenset()  # "is making a working visit": the subject's trip, told again
    with_person_verbs: frozenset[str] = frozenset()  # "will visit with President X": a meeting with X
    phone_object_verbs: frozenset[str] = frozenset()  # "called the Prime Minister": the person phoned
    reception_nouns: frozenset[str] = frozenset()  # "was given a warm welcome by X": a meeting of the two
    reception_verbs: frozenset[str] = frozenset()  # the verbs that give or get a welcome: their subject is a side
    talk_exchange_objects: frozenset[str] = frozenset()  # "an exchange of views": talk; "of fire": none
    talk_topic_preps: frozenset[str] = frozenset()  # "briefed them about his discussions with X": a topic, no talks
    summary_quantifiers: frozenset[str] = frozenset()  # "several meetings with X", "frequent exchanges": a summary
    reciprocal_verbs: frozenset[str] = frozenset()  # "A and B discussed trade": the coordinated subject, both sides

    def specs_for(self, tok: Token, scope: str = "news") -> list[TriggerSpec]:
        """Trigger specs that ``tok`` may start (a verb 'visit' can be a meeting or a trip; both are tried). With
        scope 'news' (the default), debates, interviews, funerals, flights from danger, deportations and the like
        are no events: a reader of news does not take them for a meeting or a trip between named parties."""
        lemma = tok.lemma_.lower()
        if lemma not in self.trigger_lemmas:  # nearly every token: answered here, with nothing built
            return []
        out = self._specs_for(tok, lemma)
        if scope == "news":
            out = [s for s in out if s.subtype not in self.extended_subtypes]
        return out

    @cached_property
    def remote_subtypes(self) -> frozenset[str]:
        """The subtypes of meetings held at a distance (phone call, virtual meeting): they happen nowhere."""
        return frozenset(self.media.values())

    @cached_property
    def trigger_lemmas(self) -> frozenset[str]:
        """Every lemma a trigger table lists: a token with any other lemma starts nothing (asked of every token)."""
        return frozenset((*self.meeting_verbs, *self.travel_verbs, *self.meeting_nouns, *self.travel_nouns,
                          *(self.travel_adjectives or ()), *(self.presence_verbs or ()),
                          *(self.presence_participles or ()),
                          *(key.split()[0] for key in self.phrasal_verbs or ())))

    def _specs_for(self, tok: Token, lemma: str) -> list[TriggerSpec]:
        """``specs_for`` of a token whose lowered lemma (``lemma``) a trigger table lists."""
        if self.presence_verbs and lemma in self.presence_verbs and tok.pos_ in {"AUX", "VERB"} and any(
                c.dep_ == "aux" and c.lower_ in self.presence_markers for c in tok.children):
            out = [self.presence_verbs[lemma]]  # "will be in Texas": only a presence to come is a trip
        elif self.presence_participles and lemma in self.presence_participles and self.presence_participle(tok):
            out = [self.presence_participles[lemma]]  # "is expected in Lima": 'expected to be in Lima', 'to be' unsaid
        elif tok.pos_ == "VERB" and (phrasal := self.phrasal_spec(tok)) is not None:
            out = [phrasal]  # "called up the president" is a phone call, not a courtesy call
        elif tok.pos_ in {"VERB"} or (tok.pos_ == "AUX" and lemma not in {"be", "have"}):
            out = [s for s in (self.meeting_verbs.get(lemma), self.travel_verbs.get(lemma)) if s]
        elif tok.pos_ in {"NOUN", "PROPN"}:
            out = [s for s in (self.meeting_nouns.get(lemma), self.travel_nouns.get(lemma)) if s]
            out = [s for s in out if not s.plural_only or tok.tag_ in {"NNS", "NNPS"} or tok.lower_.endswith("s")]
        elif tok.pos_ == "ADJ" and self.travel_adjectives and lemma in self.travel_adjectives \
                and tok.dep_ == "acomp":
            out = [self.travel_adjectives[lemma]]
        else:
            out = []
        return out

    def presence_participle(self, tok: Token) -> bool:
        """'The envoy is expected in Lima on Friday': a passive participle of planning whose complement is where the
        subject will be, not what it will do ('is expected to arrive', 'is expected that ...', 'is expected to be in
        Lima' go through the verb they govern). A location phrase must hang on it; whether it names a place is the
        spec's 'place' need."""
        return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) and not any(
            c.dep_ in {"xcomp", "ccomp", "dobj", "oprd", "attr"} for c in tok.children) and any(
            c.dep_ == "prep" and c.lower_ in self.location_preps for c in tok.children)

    def phrasal_spec(self, tok: Token) -> TriggerSpec | None:
        """The spec of a verb with its particle ('touched down', 'set off'), if the table lists the pair."""
        particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        return (self.phrasal_verbs or {}).get(f"{tok.lemma_.lower()} {particle}") if particle else None


def _specs(table: dict, event_type: str) -> dict[str, TriggerSpec]:
    out = {}
    for lemma, row in table.items():
        needs = tuple(row.get("needs", ()))
        bad = set(needs) - _NEEDS
        if bad:
            raise ValueError(f"triggers.json: {lemma!r} has unknown needs {sorted(bad)}")
        out[lemma.lower()] = TriggerSpec(event_type, row["subtype"], needs, bool(row.get("plural_only", False)))
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    return Lexicon(
        meeting_verbs=_specs(raw["meeting_verbs"], "meeting"),
        meeting_nouns=_specs(raw["meeting_nouns"], "meeting"),
        travel_verbs=_specs(raw["travel_verbs"], "travel"),
        travel_nouns=_specs(raw["travel_nouns"], "travel"),
        travel_adjectives=_specs(raw.get("travel_adjectives", {}), "travel"),
        presence_verbs=_specs(raw.get("presence_verbs", {}), "travel"),
        presence_markers=frozenset(raw.get("presence_markers", ())),
        presence_participles=_specs(raw.get("presence_participles", {}), "travel"),
        call_modifiers={k.lower(): v for k, v in raw["call_modifiers"].items()},
        subtype_modifiers=tuple((a.lower(), b) for a, b in raw["subtype_modifiers"]),
        support_verbs=frozenset(raw["support_verbs"]),
        destination_preps=frozenset(raw["destination_preps"]),
        origin_preps=frozenset(raw["origin_preps"]),
        location_preps=frozenset(raw["location_preps"]),
        origin_objects=frozenset(raw["origin_objects"]),
        destination_objects=frozenset(raw["destination_objects"]),
        passenger_objects=frozenset(raw["passenger_objects"]),
        media={k.lower(): v for k, v in raw["media"].items()},
        not_meeting_modifiers=frozenset(raw["not_meeting_modifiers"]),
        topic_object_verbs=frozenset(raw["topic_object_verbs"]),
        recipient_verbs=frozenset(raw.get("recipient_verbs", ())),
        sender_verbs=frozenset(raw.get("sender_verbs", ())),
        opponent_object_verbs=frozenset(raw.get("opponent_object_verbs", ())),
        owner_object_verbs=frozenset(raw.get("owner_object_verbs", ())),
        acceptance_verbs=frozenset(raw.get("acceptance_verbs", ())),
        host_verbs=frozenset(raw.get("host_verbs", ())),
        ending_verbs=frozenset(raw.get("ending_verbs", ())),
        closing_steps=frozenset(raw.get("closing_steps", ())),
        indefinite_past_adverbs=frozenset(raw.get("indefinite_past_adverbs", ())),
        intransitive_motion_verbs=frozenset(raw.get("intransitive_motion_verbs", ())),
        place_object_verbs=frozenset(raw.get("place_object_verbs", ())),
        figurative_goals=frozenset(raw.get("figurative_goals", ())),
        deceased_nouns=frozenset(raw.get("deceased_nouns", ())),
        generic_modals=frozenset(raw.get("generic_modals", ())),
        generic_governors=frozenset(raw.get("generic_governors", ())),
        extended_subtypes=frozenset(raw.get("extended_subtypes", ())),
        route_verbs=frozenset(raw.get("route_verbs", ())),
        route_start_verbs=frozenset(raw.get("route_start_verbs", ())),
        route_object_verbs=frozenset(raw.get("route_object_verbs", ())),
        vehicle_nouns=frozenset(raw.get("vehicle_nouns", ())),
        meal_nouns=frozenset(raw.get("meal_nouns", ())),
        reference_trip_nouns=frozenset(raw.get("reference_trip_nouns", ())),
        story_trip_nouns=frozenset(raw.get("story_trip_nouns", ())),
        other_trip_modifiers=frozenset(raw.get("other_trip_modifiers", ())),
        trip_support_verbs=frozenset(raw.get("trip_support_verbs", ())),
        with_person_verbs=frozenset(raw.get("with_person_verbs", ())),
        phone_object_verbs=frozenset(raw.get("phone_object_verbs", ())),
        reception_nouns=frozenset(raw.get("reception_nouns", ())),
        reception_verbs=frozenset(raw.get("reception_verbs", ())),
        talk_exchange_objects=frozenset(raw.get("talk_exchange_objects", ())),
        talk_topic_preps=frozenset(raw.get("talk_topic_preps", ())),
        summary_quantifiers=frozenset(raw.get("summary_quantifiers", ())),
        reciprocal_verbs=frozenset(raw.get("reciprocal_verbs", ())),
        phrasal_verbs={**_specs(raw.get("phrasal_travel_verbs", {}), "travel"),
                       **_specs(raw.get("phrasal_meeting_verbs", {}), "meeting")},
    )


def meeting_subtype(tok: Token, spec: TriggerSpec) -> str | None:
    """Normalised meeting subtype from the trigger's modifiers and its immediate phrase ('bilateral talks',
    'two-plus-two talks' from 'held in the "2+2" format', 'courtesy call', 'summit'). None when a trigger that
    needs a modifier ('call', 'conference') has none, i.e. it is not a meeting."""
    lex = lexicon()
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod", "nummod", "npadvmod"}]
    mod_words = " ".join(tok.doc[m.left_edge.i:m.right_edge.i + 1].text.lower() for m in mods)
    if any(w in lex.not_meeting_modifiers for w in mod_words.split()):
        return None  # "a press conference", "a news conference"
    if spec.needs and "modifier" in spec.needs:
        hit = next((v for k, v in lex.call_modifiers.items() if k in mod_words.split() or k in mod_words), None)
        if hit is None:
            return None
        base = hit
    else:
        base = spec.subtype
    # the phrase around the trigger: modifiers, plus a sibling "in the X format" / "for X talks"
    window = mod_words
    head = tok.head
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        # the trigger's own clause: not its subtree, and not a verb coordinated with its head ("held talks with A
        # and spoke by phone with B": the phone belongs to the second clause)
        skip = {x.i for x in tok.subtree} | {x.i for c in head.children if c.dep_ in {"conj", "advcl", "relcl", "ccomp"}
                                             for x in c.subtree}
        window += " " + " ".join(t.lower_ for t in head.subtree if t.i not in skip)[:200]
    if base in {"summit", "roundtable"}:
        return base  # a (virtual) summit stays a summit
    text = window.replace("‘", "").replace("’", "").replace("“", "").replace("”", "")
    return next((sub for key, sub in lex.subtype_modifiers if key in text), base)
