"""Who the story is about at this point of the reading: the last subject that named two or more people, the first
person of the last subject, everyone mentioned and everyone who took part in an event so far, most recent last.
The resolver (``participants.Resolver``) updates it sentence by sentence and reads it for pronouns, "the two" and
"the couple"."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..people import Person


@dataclass
class Salience:
    """People recently in subject position: ``group`` (last subject naming two or more people), ``single`` (first
    person of the last subject) and ``recent`` (everyone mentioned, most recent last)."""

    group: tuple[Person, ...] = ()
    single: Person | None = None
    recent: list[Person] = field(default_factory=list)
    actors: list[Person] = field(default_factory=list)  # who took part in the events told so far, most recent last

    def note_subject(self, people: list[Person]) -> None:
        if not people:
            return
        if len(people) >= 2:
            self.group = tuple(people)
        self.single = people[0]

    def note_actor(self, person: Person) -> None:
        _to_the_end(self.actors, person)

    def note_mention(self, person: Person) -> None:
        _to_the_end(self.recent, person)


def _to_the_end(people: list[Person], person: Person) -> None:
    """``person`` as the most recent of ``people``, each listed once."""
    if person in people:
        people.remove(person)
    people.append(person)


__all__ = ["Salience"]
