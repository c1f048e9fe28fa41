"""Run every drafter over an essay and store what they propose as drafted knowledge items."""

import time
from collections import Counter
from dataclasses import dataclass, field

from django.utils.text import slugify

from studyapp.dutch_text import read_passages
from studyapp.models import (
    Argument,
    ArgumentPoint,
    Concept,
    Essay,
    Event,
    Fact,
    Person,
    Quote,
    ReviewStatus,
    Topic,
    Work,
)
from studyapp.short_writes import short_write

from .claims import find_claims
from .concepts import find_concepts
from .events import find_events
from .facts import find_facts
from .items import Draft
from .people import find_people, people_index
from .quotes import find_quotes
from .topics import find_topics
from .works import find_works

MODELS = {
    "people": Person,
    "events": Event,
    "works": Work,
    "quotes": Quote,
    "concepts": Concept,
    "facts": Fact,
    "arguments": Argument,
}


def draft_text(passages, language: str = "nl") -> Draft:
    """Every kind of item the rules find in numbered passages: (number, text[, sentences])."""
    read = read_passages(passages, language)
    people = find_people(read)
    index = people_index(people)
    works = find_works(read, index)
    names = [p.fields["name"] for p in people]
    draft = Draft(topics=find_topics(read, names))
    events = find_events(read, index)
    dated = {(e.passage, e.start) for e in events}
    # The sentence of a dated event asks its date already (ordering, when-questions): a fact
    # on it asks another of its terms, or the year came twice (the sixth unseen reading).
    facts = find_facts(read, index, language, dated=dated)
    draft.items = [
        *people,
        *events,
        *works,
        *find_quotes(read, index, works),
        *find_concepts(read),
        *facts,
        *find_claims(read, index),
    ]
    return draft


@dataclass
class DraftReport:
    essay: Essay
    counts: Counter = field(default_factory=Counter)
    skipped: int = 0
    seconds: float = 0.0

    def summary(self):
        parts = ", ".join(f"{n} {kind}" for kind, n in self.counts.items())
        return f"{self.essay.slug}: drafted {parts or 'nothing'} in {self.seconds:.2f} s"


ITEMS_PER_TRANSACTION = 50


def draft_study_pack(essay: Essay) -> DraftReport:
    """Draft the essay's pack anew: earlier drafts go, accepted and rejected items stay."""
    started = time.perf_counter()
    passages = {p.number: p for p in essay.current_passages().prefetch_related("sentences")}
    draft = draft_text(
        [(n, p.text, [s.text for s in p.sentences.all()]) for n, p in passages.items()],
        essay.language,
    )
    report = DraftReport(essay=essay)
    # Short transactions: a learner's answer never waits long behind a drafting run.
    with short_write():
        for model in MODELS.values():
            model.objects.filter(essay=essay, review_status=ReviewStatus.DRAFTED).delete()
        topics_of = _store_topics(essay, draft)
    decided = {
        (kind, item.passage_id, item.span)
        for kind, model in MODELS.items()
        for item in model.objects.filter(essay=essay)
    }
    keys = {
        kind: set(model.objects.filter(essay=essay).values_list("key", flat=True))
        for kind, model in MODELS.items()
    }
    people = {}
    for person in Person.objects.filter(essay=essay).exclude(review_status=ReviewStatus.REJECTED):
        for name in person.all_names():
            people.setdefault(name, person)
    works = {w.title: w for w in Work.objects.filter(essay=essay)}
    items = list(draft.items)
    for first in range(0, len(items), ITEMS_PER_TRANSACTION):
        with short_write():
            for item in items[first : first + ITEMS_PER_TRANSACTION]:
                passage = passages[item.passage]
                if (item.kind, passage.pk, item.span) in decided:
                    report.skipped += 1
                    continue
                values = dict(item.fields)
                if item.kind == "people" and item.fields["name"] in people:
                    report.skipped += 1
                    continue
                if item.kind == "works":
                    values["author"] = people.get(item.refs.get("author") or "")
                if item.kind == "quotes":
                    values["speaker"] = people.get(item.refs.get("speaker") or "")
                    values["work"] = works.get(item.refs.get("work") or "")
                    if values["speaker"] is None and values["work"] is None:
                        continue
                obj = MODELS[item.kind].objects.create(
                    essay=essay,
                    key=_key(item, keys[item.kind]),
                    passage=passage,
                    span=item.span,
                    review_status=ReviewStatus.DRAFTED,
                    confidence=item.confidence,
                    **values,
                )
                obj.topics.set(topics_of.get(item.passage, []))
                if item.kind == "people":
                    for name in obj.all_names():
                        people.setdefault(name, obj)
                elif item.kind == "works":
                    works.setdefault(obj.title, obj)
                elif item.kind == "events":
                    obj.people.set({people[n] for n in item.refs.get("people", []) if n in people})
                elif item.kind == "arguments":
                    ArgumentPoint.objects.bulk_create(
                        ArgumentPoint(
                            argument=obj,
                            kind=p.kind,
                            position=n,
                            text=p.text,
                            passage=passages[p.passage],
                            span=passages[p.passage].text[p.start : p.end],
                        )
                        for n, p in enumerate(item.points)
                    )
                report.counts[item.kind] += 1
    report.seconds = time.perf_counter() - started
    return report


def _key(item, used: set[str]) -> str:
    base = slugify(item.label())[:70].strip("-") or item.kind
    key, n = base, 2
    while key in used:
        key, n = f"{base}-{n}", n + 1
    used.add(key)
    return key


def _store_topics(essay: Essay, draft: Draft) -> dict[int, list[Topic]]:
    """Proposed topics join the essay's own; passages already in a topic keep theirs."""
    existing = list(essay.topics.all())
    position = max((t.position for t in existing), default=-1) + 1
    topics_of: dict[int, list[Topic]] = {}
    slugs = {t.slug: t for t in existing}
    for proposal in draft.topics:
        topic = slugs.get(proposal.slug)
        if topic is None:
            topic = Topic.objects.create(
                essay=essay, slug=proposal.slug, name=proposal.name, position=position
            )
            slugs[topic.slug] = topic
            position += 1
        for number in proposal.passages:
            topics_of.setdefault(number, []).append(topic)
    return topics_of
