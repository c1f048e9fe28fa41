"""What goes into an export: the whole essay, some topics, a learner's own deck, an assignment.

A learner's own deck holds what they have not mastered: the questions whose latest answer
was wrong, with the flashcards of the same knowledge items; the flashcards they studied whose
recall (FSRS retrievability) has dropped under 90%; and every flashcard of a topic whose
mastery is under 60%.
"""

from dataclasses import dataclass, field, fields

from django.db.models import OuterRef, Subquery
from django.utils import timezone

from studyapp.models import Answer, Card, CardState, Essay, Passage, Question, Topic
from studyapp.progress import mastery_by_learner
from studyapp.scheduling import recall_probability

EXPORTED_QUESTION_TYPES = ["multiple_choice", "quote_attribution", "argument"]
RECALL_THRESHOLD = 0.9
TOPIC_MASTERY_THRESHOLD = 0.6


@dataclass
class Selection:
    essay: Essay
    cards: list  # CardRow
    questions: list[Question]
    label: str = ""


def with_topics(items, model, query):
    """Give each item (of `query`) a `topic_list`, from one query on the link table.

    Cheaper than prefetch_related for ten thousand cards: no related manager per item.
    """
    owner = f"{model._meta.model_name}_id"
    # The same query as a subquery: no list of ten thousand ids to send back.
    links = list(
        model.topics.through.objects.filter(**{f"{owner}__in": query.values("pk")}).values_list(
            owner, "topic_id"
        )
    )
    topics = Topic.objects.in_bulk({topic_id for _item, topic_id in links})
    by_item = {}
    for item_id, topic_id in links:
        by_item.setdefault(item_id, []).append(topics[topic_id])
    for item in items:
        item.topic_list = sorted(by_item.get(item.pk, []), key=lambda t: (t.position, t.pk))
    return items


def with_passages(items):
    """Give each item its passage from one query: a few passages, not one object per item."""
    passages = Passage.objects.in_bulk({item.passage_id for item in items})
    for item in items:
        item.passage = passages[item.passage_id]
    return items


@dataclass(slots=True)
class CardRow:
    """A card as the exports read it: plain values, three times cheaper to load than a model."""

    pk: int
    uid: str
    kind: str
    front: str
    back: str
    cloze: str
    excerpt: str
    origin: str
    passage_id: int
    updated_at: object
    passage: object = None
    topic_list: list = field(default_factory=list)


CARD_ROW_FIELDS = [f.name for f in fields(CardRow)][:10]


def _cards(essay, topics=()) -> list[CardRow]:
    cards = Card.objects.filter(essay=essay, status="active")
    if topics:
        cards = cards.filter(topics__slug__in=topics).distinct()
    cards = cards.order_by("passage__number", "uid")
    rows = [CardRow(*values) for values in cards.values_list(*CARD_ROW_FIELDS)]
    return with_passages(with_topics(rows, Card, cards))


def _questions(essay, topics=(), types=()):
    questions = Question.objects.filter(
        essay=essay, status="active", qtype__in=types or EXPORTED_QUESTION_TYPES
    )
    if topics:
        questions = questions.filter(topics__slug__in=topics).distinct()
    questions = questions.order_by("passage__number", "uid")
    return with_passages(with_topics(list(questions), Question, questions))


def essay_selection(essay: Essay, topics=()) -> Selection:
    return Selection(
        essay,
        list(_cards(essay, topics)),
        list(_questions(essay, topics)),
        label="-".join(topics) if topics else "",
    )


def assignment_selection(assignment) -> Selection:
    types = [t for t in assignment.types if t in EXPORTED_QUESTION_TYPES] or None
    return Selection(
        assignment.essay,
        list(_cards(assignment.essay, assignment.topics)),
        list(_questions(assignment.essay, assignment.topics, types or ())),
        label=f"opdracht-{assignment.pk}",
    )


def learner_selection(learner, essay: Essay, now=None) -> Selection:
    """What this learner got wrong or has not mastered (see the module docstring)."""
    now = now or timezone.now()
    latest = Answer.objects.filter(attempt__learner=learner, question=OuterRef("pk")).order_by(
        "-answered_at"
    )
    wrong_ids = set(
        Question.objects.filter(essay=essay)
        .annotate(last_right=Subquery(latest.values("correct")[:1]))
        .filter(last_right=False)
        .values_list("pk", flat=True)
    )
    wrong = [q for q in _questions(essay) if q.pk in wrong_ids]
    wrong_origins = {q.origin for q in wrong}
    weak_topics = {
        topic_id
        for topic_id, value in mastery_by_learner([learner.pk], essay, now)[learner.pk].items()
        if value < TOPIC_MASTERY_THRESHOLD
    }
    states = {
        card_id: (fsrs.get("stability"), last)
        for card_id, fsrs, last in CardState.objects.filter(
            learner=learner, card__essay=essay
        ).values_list("card_id", "fsrs", "last_reviewed_at")
    }
    cards = []
    for card in _cards(essay):
        state = states.get(card.pk)
        forgotten = state is not None and recall_probability(*state, now) < RECALL_THRESHOLD
        weak = any(topic.pk in weak_topics for topic in card.topic_list)
        if card.origin in wrong_origins or forgotten or weak:
            cards.append(card)
    return Selection(essay, cards, wrong, label=learner.get_username())
