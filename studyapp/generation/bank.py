"""Turn knowledge (or raw text) into the stored bank: stable ids, edits kept, stale items retired."""

from collections import Counter
from dataclasses import dataclass, field

from studyapp.grading import normalize, strip_accents
from studyapp.models import Card, Essay, Question
from studyapp.short_writes import short_write

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
from .selection import select_questions
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
    used, questions, cards, _centrality = _build(essay, source)
    return used, questions, cards


def _build(essay: Essay, source: str):
    knowledge = Knowledge.of(essay)
    if source == "text" or (source == "auto" and knowledge.is_empty()):
        questions, cards = generate_from_text(essay)
        return "text", questions + why_questions(essay), cards, {}
    questions = [draft for generate in PACK_GENERATORS for draft in generate(knowledge)]
    return "pack", questions, build_cards(knowledge), centrality_of(knowledge)


def centrality_of(knowledge: Knowledge) -> dict[str, str]:
    """Origin ("fact:key", "argument:key", …) -> the item's centrality in the pack."""
    sections = {
        "person": knowledge.people,
        "event": knowledge.events,
        "work": knowledge.works,
        "quote": knowledge.quotes,
        "fact": knowledge.facts,
        "concept": knowledge.concepts,
        "argument": knowledge.arguments,
    }
    levels = {
        f"{prefix}:{item.key}": item.centrality
        for prefix, items in sections.items()
        for item in items
    }
    # A date or number is asked only when the item is core; otherwise it is a detail for the
    # cards ("how many members", "in which year the letter"), and a supporting event only
    # appears in the timelines.
    for fact in knowledge.facts:
        if fact.kind in {"date", "number"} and fact.centrality != "core":
            levels[f"fact:{fact.key}"] = "detail"
    for event in knowledge.events:
        if event.centrality != "core" or is_publication(event, knowledge.works):
            levels[f"event:{event.key}"] = "detail"
    return levels


def is_publication(event, works) -> bool:
    """An event that is a work coming out (its title names a work of the same year): when a
    book appeared is publication data, a card at most."""
    title = normalize(event.title)
    return any(w.year == event.year and normalize(w.title) in title for w in works if w.year)


# Rows written per transaction: a learner's answer never waits long behind a regeneration.
ROWS_PER_TRANSACTION = 100


def generate_bank(essay: Essay, source: str = "auto", progress=None) -> BankReport:
    """(Re)generate an essay's bank; ids are stable, hand edits survive, stale items retire.

    Drafting runs outside any transaction and storing is done in short transactions of
    ROWS_PER_TRANSACTION rows; `progress(done, total)` follows the questions and cards stored.
    """
    used, drafts, card_drafts, centrality = _build(essay, source)
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
    if used == "pack":
        kept = select_questions(kept, centrality)
    card_drafts = list({c.uid: c for c in card_drafts}.values())
    total = len(kept) + len(card_drafts)

    def stored(done):
        if progress:
            progress(done, total)

    _store(Question, essay, kept, QUESTION_FIELDS, report, _question_values, stored)
    _store(
        Card, essay, card_drafts, CARD_FIELDS, None, _card_values, lambda n: stored(len(kept) + n)
    )
    report.by_type = Counter(d.qtype for d in kept)
    report.cards = len(card_drafts)
    return report


TYPED = {"cloze", "short_answer"}


def with_plain_spellings(qtype: str, answers: list) -> list:
    """A typed answer lists its spelling without accents too ('éénpartijstaat' and
    'eenpartijstaat'): grading folds accents anyway, and a teacher reading the bank sees it."""
    if qtype not in TYPED:
        return answers
    plain = [strip_accents(str(a)) for a in answers]
    return list(dict.fromkeys([*answers, *plain]))


def _question_values(draft):
    return {
        "origin": draft.origin,
        "qtype": draft.qtype,
        "variant": draft.variant,
        "prompt": draft.prompt,
        "options": draft.options,
        "answers": with_plain_spellings(draft.qtype, draft.answers),
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


def _store(model, essay, drafts, fields, report, values_of, stored):
    existing = {obj.uid: obj for obj in model.objects.filter(essay=essay).select_related("passage")}
    seen = set()
    for start in range(0, len(drafts), ROWS_PER_TRANSACTION):
        batch = drafts[start : start + ROWS_PER_TRANSACTION]
        _store_batch(model, essay, batch, existing, fields, report, values_of)
        seen.update(draft.uid for draft in batch)
        stored(start + len(batch))
    stale = [
        uid
        for uid, obj in existing.items()
        if uid not in seen and obj.status == model.Status.ACTIVE and not obj.edited
    ]
    retired = 0
    for start in range(0, len(stale), ROWS_PER_TRANSACTION):
        with short_write():
            retired += model.objects.filter(
                essay=essay, uid__in=stale[start : start + ROWS_PER_TRANSACTION]
            ).update(status=model.Status.RETIRED)
    if report:
        report.retired = retired


def _store_batch(model, essay, drafts, existing, fields, report, values_of):
    """Work out what changes first; then write it in one short transaction."""
    to_create, to_update = [], []
    topics_of = {}
    for draft in drafts:
        values = values_of(draft)
        obj = existing.get(draft.uid)
        if obj is None or not obj.edited:
            topics_of[draft.uid] = [t.pk for t in draft.topics]  # an edit keeps its own topics
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
    through = model.topics.through
    owner = f"{model._meta.model_name}_id"
    with short_write():
        model.objects.bulk_create(to_create, batch_size=500)
        if to_update:
            model.objects.bulk_update(to_update, [*fields, "status"], batch_size=500)
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
