"""Learn mode: the app decides what to study next, item by item, until every item is mastered.

A knowledge item (a fact, person, quote, argument: a question's `origin`) is asked first as
recognition (multiple choice, true/false), then as recall (cloze, typed answer). An item is
mastered once it has been answered right twice; a miss sends it back a few places in the queue,
so it comes again later in the same session. Items that are due in FSRS and items of the
learner's weakest topics come first.

Answers are stored as ordinary practice answers, one attempt per round: a question is asked at
most once per round, so when an item needs a question the round has already asked, a new round
starts. That way Learn feeds mastery and the class dashboard like any other answer.
"""

import random
import secrets
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import assessment
from .models import Answer, CardState, Essay, LearnSession, Question, QuizAttempt
from .progress import mastery_by_learner
from .quizzes import QuizError, answer_question, question_layout, submit_attempt

RECOGNITION_TYPES = ("multiple_choice", "true_false", "quote_attribution", "argument")
RECALL_TYPES = ("cloze", "short_answer")
RIGHT_TO_MASTER = 2
# A missed item comes back after this many other questions; a right one after a few more.
MISSED_GAP = 3
RIGHT_GAP = 4
# Answered right twice in a row within this window and not due: already known, left out.
KNOWN_WITHIN = timedelta(days=14)
SIZES = (10, 20, 50)
DEFAULT_SIZE = 20
ROUND_LIMIT = 100


@dataclass
class LearnProgress:
    mastered: int
    total: int
    asked: int

    @property
    def percent(self) -> int:
        return round(100 * self.mastered / self.total) if self.total else 100


def _learnable_questions(learner, essay: Essay, topics=()):
    """Questions Learn may ask: never one of the learner's open exams (feedback would leak it)."""
    questions = Question.objects.filter(
        essay=essay,
        status=Question.Status.ACTIVE,
        qtype__in=RECOGNITION_TYPES + RECALL_TYPES,
    ).exclude(pk__in=assessment.sealed_question_ids(learner, essay))
    if topics:
        questions = questions.filter(topics__slug__in=topics).distinct()
    return questions


def _known_origins(learner, essay: Essay, now) -> set[str]:
    """Items whose last two answers were right within KNOWN_WITHIN."""
    recent = defaultdict(list)
    for origin, correct in (
        Answer.objects.filter(
            attempt__learner=learner,
            attempt__essay=essay,
            answered_at__gte=now - KNOWN_WITHIN,
        )
        .order_by("-answered_at")
        .values_list("question__origin", "correct")
    ):
        if len(recent[origin]) < 2:
            recent[origin].append(correct)
    return {origin for origin, last in recent.items() if len(last) == 2 and all(last)}


def _due_origins(learner, essay: Essay, now) -> set[str]:
    return set(
        CardState.objects.filter(learner=learner, card__essay=essay, due__lte=now).values_list(
            "card__origin", flat=True
        )
    )


def plan_items(learner, essay: Essay, topics=(), size=DEFAULT_SIZE, now=None) -> list[str]:
    """The items to learn, most urgent first: due in FSRS, then the weakest topics."""
    now = now or timezone.now()
    rows = _learnable_questions(learner, essay, topics).values_list(
        "origin", "passage__number", "topics__id"
    )
    position, topic_ids = {}, defaultdict(set)
    for origin, passage_number, topic_id in rows:
        position[origin] = min(position.get(origin, passage_number or 0), passage_number or 0)
        if topic_id:
            topic_ids[origin].add(topic_id)
    known = _known_origins(learner, essay, now)
    due = _due_origins(learner, essay, now)
    candidates = [o for o in position if o not in known or o in due] or list(position)
    mastery = mastery_by_learner([learner.pk], essay, now)[learner.pk]

    def weakness(origin):
        # A topic without evidence sits between weak and strong ones.
        values = [mastery.get(t, 0.5) for t in topic_ids[origin]] or [0.5]
        return min(values)

    candidates.sort(key=lambda o: (o not in due, weakness(o), position[o], o))
    return candidates[:size] if size else candidates


def start_session(learner, essay: Essay, *, topics=(), size=DEFAULT_SIZE) -> LearnSession:
    """A new Learn session over the learner's most urgent items of these topics."""
    if size not in SIZES and size is not None:
        raise QuizError(_("Choose 10, 20 or 50 items, or all of them."))
    origins = plan_items(learner, essay, topics, size)
    if not origins:
        raise QuizError(_("No questions match these choices; choose more topics."))
    with transaction.atomic():
        session = LearnSession.objects.create(
            learner=learner,
            essay=essay,
            topics=list(topics),
            items={o: {"right": 0, "wrong": 0, "asked": []} for o in origins},
            queue=list(origins),
        )
        _advance(session)
    return session


def progress(session: LearnSession) -> LearnProgress:
    items = session.items.values()
    return LearnProgress(
        mastered=sum(1 for i in items if i["right"] >= RIGHT_TO_MASTER),
        total=len(session.items),
        asked=sum(i["right"] + i["wrong"] for i in items),
    )


def stage_of(session: LearnSession, origin: str) -> str:
    return "recall" if session.items[origin]["right"] >= 1 else "recognition"


def _choose_question(session: LearnSession, origin: str, asked_this_round: set[int]):
    """The question for the item's stage, one not asked before if there is one."""
    item = session.items[origin]
    wanted = RECALL_TYPES if item["right"] >= 1 else RECOGNITION_TYPES
    questions = list(
        _learnable_questions(session.learner, session.essay, session.topics)
        .filter(origin=origin)
        .order_by("uid")
    )
    if not questions:
        return None
    rng = random.Random(f"{session.pk}:{origin}:{len(item['asked'])}")
    rng.shuffle(questions)

    def rank(question):
        return (
            question.qtype not in wanted,  # the stage's own kind first
            question.pk in asked_this_round,  # then one this round can still ask
            item["asked"].count(question.pk),  # then the least asked
        )

    return min(questions, key=rank)


def _advance(session: LearnSession) -> None:
    """Pick the next question, starting a new round when this one has asked it already."""
    while session.queue:
        origin = session.queue[0]
        round_ids = set(session.round.question_ids) if session.round else set()
        question = _choose_question(session, origin, round_ids)
        if question is None:  # its questions were retired since the session started
            session.queue.pop(0)
            session.items.pop(origin, None)
            continue
        if (
            session.round is None
            or question.pk in round_ids
            or len(session.round.layout) >= ROUND_LIMIT
        ):
            _close_round(session)
            session.round = QuizAttempt.objects.create(
                learner=session.learner,
                essay=session.essay,
                mode=QuizAttempt.Mode.PRACTICE,
                settings={"learn_session": session.pk, "topics": session.topics},
                layout=[],
            )
        session.round.layout.append(question_layout(question, random.Random(secrets.randbits(64))))
        session.round.save(update_fields=["layout"])
        session.pending_question = question
        session.save()
        return
    _close_round(session)
    session.pending_question = None
    session.finished_at = session.finished_at or timezone.now()
    session.save()


def _close_round(session: LearnSession) -> None:
    if session.round is not None and not session.round.is_submitted:
        submit_attempt(session.round)


def pending_item(session: LearnSession) -> dict | None:
    """The layout (option order) of the question being asked, from the current round."""
    if session.pending_question_id is None or session.round is None:
        return None
    return next(
        (i for i in session.round.layout if i["question"] == session.pending_question_id), None
    )


def answer_pending(session: LearnSession, question_id: int, response, key: str) -> Answer:
    """Answer the question being asked; the item moves on or comes back later. Counts once."""
    with transaction.atomic():
        session = LearnSession.objects.select_for_update().get(pk=session.pk)
        if session.finished_at:
            raise QuizError(_("This Learn session is finished; start a new one."))
        if question_id != session.pending_question_id:
            previous = session.last_answer
            if previous is not None and previous.idempotency_key == key:
                return previous  # a retry of the answer that was just given
            raise QuizError(_("This is not the question being asked now; reload the page."))
        answer, created = answer_question(session.round, question_id, response, key)
        if created:
            _record(session, answer)
            _advance(session)
    return answer


def _record(session: LearnSession, answer: Answer) -> None:
    origin = answer.question.origin
    item = session.items[origin]
    item["asked"].append(answer.question_id)
    session.queue.remove(origin)
    if answer.correct:
        item["right"] += 1
        if item["right"] < RIGHT_TO_MASTER:
            session.queue.insert(min(RIGHT_GAP, len(session.queue)), origin)
    else:
        item["wrong"] += 1
        session.queue.insert(min(MISSED_GAP, len(session.queue)), origin)
    session.last_answer = answer


def own_session(learner, session_id: int) -> LearnSession:
    """The learner's own session; anyone else's is LearnSession.DoesNotExist."""
    return LearnSession.objects.select_related("essay", "round", "pending_question__passage").get(
        pk=session_id, learner=learner
    )
