"""Everything the study pack says about one essay, fetched once for all generators."""

import re
from dataclasses import dataclass
from functools import cached_property

from django.db.models import Prefetch

from studyapp.models import (
    Argument,
    ArgumentPoint,
    Concept,
    Essay,
    Event,
    Fact,
    Person,
    Quote,
    Sentence,
    Work,
)

from .draft import Source


@dataclass
class Knowledge:
    essay: Essay
    people: list[Person]
    events: list[Event]
    works: list[Work]
    quotes: list[Quote]
    facts: list[Fact]
    concepts: list[Concept]
    arguments: list[Argument]

    @classmethod
    def of(cls, essay: Essay) -> "Knowledge":
        # Only what the author accepted (curated and loaded items are accepted) reaches a question.
        accepted = {"review_status": "accepted"}

        def fetch(model, *related):
            return list(
                model.objects.filter(essay=essay, **accepted)
                .select_related("passage", *related)
                .prefetch_related("topics", "passage__sentences")
                .order_by("key")
            )

        points = ArgumentPoint.objects.select_related("passage").order_by("position")
        arguments = list(
            Argument.objects.filter(essay=essay, **accepted)
            .select_related("passage")
            .prefetch_related("topics", Prefetch("points", queryset=points))
            .order_by("key")
        )
        return cls(
            essay=essay,
            people=fetch(Person),
            events=fetch(Event),
            works=fetch(Work, "author"),
            quotes=fetch(Quote, "speaker", "work"),
            facts=fetch(Fact),
            concepts=fetch(Concept),
            arguments=arguments,
        )

    @cached_property
    def text(self) -> str:
        """The essay's whole text, for rules that look at how it uses a word elsewhere."""
        return "\n".join(self.essay.passages.values_list("text", flat=True))

    @cached_property
    def sentences(self) -> list[str]:
        """Every sentence of the essay, for rules that ask who else a sentence says something of."""
        return list(
            Sentence.objects.filter(passage__essay=self.essay).values_list("text", flat=True)
        )

    def is_empty(self):
        return not any(
            [
                self.people,
                self.events,
                self.works,
                self.quotes,
                self.facts,
                self.concepts,
                self.arguments,
            ]
        )

    def answers_of_kind(self, kind: str) -> list[str]:
        """Every answer of one kind the pack knows: the pool distractors come from.

        Detail items (publication metadata, asides) stay out: "2019" is no fair wrong year
        for a murder in 1584.
        """

        def kept(items):
            return [i for i in items if i.centrality != "detail"]

        pool = [f.answer for f in kept(self.facts) if f.kind == kind]
        if kind == "person":
            # A name the drafter found no role for ("Guinea") is no wrong person.
            unknown = {n for p in self.people if not has_role(p) for n in p.all_names()}
            pool = [a for a in pool if a not in unknown]
            pool += [p.name for p in kept(self.people) if has_role(p)]
        elif kind == "date":
            pool += [str(e.year) for e in kept(self.events)]
        elif kind == "place":
            pool += [e.place for e in kept(self.events) if e.place]
        elif kind == "work":
            pool += [w.title for w in kept(self.works)]
        return pool


# A drafted person whose role the drafter could not find: the role field says where the name
# stands. Such a person is no answer to "who was …" nor a side of a matching (the unseen
# texts' reader: "rol" options that were only the sentence around a name).
ROLE_UNKNOWN = "genoemd in: "


def has_role(person) -> bool:
    return bool(person.role) and not person.role.startswith(ROLE_UNKNOWN)


def is_curated(item) -> bool:
    """A curated pack's item (confidence 1), not one drafted from the text and accepted as is."""
    return getattr(item, "confidence", 1.0) >= 1.0


def shows_its_year(event) -> bool:
    """ "in 1517 waarschuwde Luther, …": a title that says its own year answers "when" and gives
    its place in a timeline away (the 60th reading)."""
    return bool(event.year) and re.search(rf"\b{event.year}\b", event.title) is not None


def source(item) -> Source:
    return Source(passage=item.passage, excerpt=item.span)


def topics_of(item) -> list:
    return list(item.topics.all())
