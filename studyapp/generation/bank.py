"""Turn knowledge (or raw text) into the stored bank: stable ids, edits kept, stale items retired."""

from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction

from studyapp.models import Card, Essay, Question

from .arguments import argument_questions
from .cards import build_cards
from .concepts import concept_questions
from .events import event_questions, work_questions
from .facts import fact_questions
from .knowledge import Knowledge
from .people import person_questions
from .quality import question_problems
from .quotes import quote_questions
from .rawtext import generate_from_text
from .why import why_questions

PACK_GENERATORS = [
    fact_questions,
    person_questions,
    event_questions,
    work_questions,
    quote_questions,
    concept_questions,
    argument_questions,
]
QUESTION_FIELDS = [
    "origin",
    "qtype",
    "variant",
    "prompt",
    "options",
    "answers",
    "explanation",
    "passage",
    "excerpt",
    "sources",
    "difficulty",
    "language",
]
CARD_FIELDS = ["origin", "kind", "front", "back", "cloze", "passage", "excerpt"]


@dataclass
class BankReport:
    essay: Essay
    source: str = "pack"
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0
    kept_edited: int = 0
    cards: int = 0
    by_type: Counter = field(default_factory=Counter)
    rejected: Counter = field(default_factory=Counter)

    def summary(self):
        types = ", ".join(f"{n} {t}" for t, n in sorted(self.by_type.items()))
        text = (
            f"{self.essay.slug} ({self.source}): {sum(self.by_type.values())} questions "
            f"[{types}], {self.cards} cards; {self.created} new, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.retired} retired, "
            f"{self.kept_edited} hand-edited kept"
        )
        if self.rejected:
            text += "; rejected by the quality rules: " + ", ".join(
                f"{n}× {reason}" for reason, n in self.rejected.most_common()
            )
        return text


def build_drafts(essay: Essay, source: str = "auto"):
    """Question and card drafts from the study pack, or from the raw text when there is none."""
    knowledge = Knowledge.of(essay)
    if source == "text" or (source == "auto" and knowledge.is_empty()):
        questions, cards = generate_from_text(essay)
        return "text", questions + why_questions(essay), cards
    questions = [draft for generate in PACK_GENERATORS for draft in generate(knowledge)]
    return "pack", questions, build_cards(knowledge)


def generate_bank(essay: Essay, source: str = "auto") -> BankReport:
    """(Re)generate an essay's bank; ids are stable, hand edits survive, stale items retire."""
    used, drafts, card_drafts = build_drafts(essay, source)
    report = BankReport(essay=essay, source=used)
    kept = []
    for draft in drafts:
        problems = question_problems(draft)
        if problems:
            for problem in problems:
                report.rejected[problem.split(":")[0]] += 1
        else:
            kept.append(draft)
    kept = list({d.uid: d for d in kept}.values())
    card_drafts = list({c.uid: c for c in card_drafts}.values())
    with transaction.atomic():
        _store(Question, essay, kept, QUESTION_FIELDS, report, _question_values)
        _store(Card, essay, card_drafts, CARD_FIELDS, None, _card_values)
    report.by_type = Counter(d.qtype for d in kept)
    report.cards = len(card_drafts)
    return report


def _question_values(draft):
    return {
        "origin": draft.origin,
        "qtype": draft.qtype,
        "variant": draft.variant,
        "prompt": draft.prompt,
        "options": draft.options,
        "answers": draft.answers,
        "explanation": draft.explanation,
        "passage": draft.passage,
        "excerpt": draft.excerpt,
        "sources": [s.as_json() for s in draft.sources],
        "difficulty": round(min(1.0, max(0.0, draft.difficulty)), 2),
        "language": draft.language,
    }


def _card_values(draft):
    return {
        "origin": draft.origin,
        "kind": draft.kind,
        "front": draft.front,
        "back": draft.back,
        "cloze": draft.cloze,
        "passage": draft.passage,
        "excerpt": draft.sources[0].excerpt,
    }


def _store(model, essay, drafts, fields, report, values_of):
    existing = {obj.uid: obj for obj in model.objects.filter(essay=essay)}
    to_create, to_update = [], []
    topics_of = {}
    for draft in drafts:
        values = values_of(draft)
        obj = existing.get(draft.uid)
        topics_of[draft.uid] = [t.pk for t in draft.topics]
        if obj is None:
            to_create.append(model(uid=draft.uid, essay=essay, **values))
            if report:
                report.created += 1
            continue
        if obj.edited:
            # A teacher's edit wins over the generator; only the citation follows the text.
            changed = obj.passage_id != values["passage"].pk
            obj.passage = values["passage"]
            if report:
                report.kept_edited += 1
        else:
            changed = any(getattr(obj, name) != values[name] for name in fields)
            for name in fields:
                setattr(obj, name, values[name])
            if obj.status == model.Status.RETIRED:
                obj.status, changed = model.Status.ACTIVE, True
            if report:
                report.updated += changed
                report.unchanged += not changed
        if changed:
            to_update.append(obj)
    model.objects.bulk_create(to_create, batch_size=500)
    if to_update:
        model.objects.bulk_update(to_update, [*fields, "status"], batch_size=500)
    stale = [
        uid
        for uid, obj in existing.items()
        if uid not in topics_of and obj.status == model.Status.ACTIVE and not obj.edited
    ]
    retired = model.objects.filter(essay=essay, uid__in=stale).update(status=model.Status.RETIRED)
    if report:
        report.retired = retired
    _store_topics(model, essay, topics_of)


def _store_topics(model, essay, topics_of):
    through = model.topics.through
    owner = f"{model._meta.model_name}_id"
    ids = dict(model.objects.filter(essay=essay, uid__in=topics_of).values_list("uid", "pk"))
    through.objects.filter(**{f"{owner}__in": ids.values()}).delete()
    through.objects.bulk_create(
        [
            through(**{owner: ids[uid], "topic_id": topic})
            for uid, pks in topics_of.items()
            for topic in pks
        ],
        batch_size=1000,
    )
