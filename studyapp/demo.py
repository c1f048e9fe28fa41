"""Demo data: a realistic class of learners of different ability answering over weeks.

Each learner has an ability; each question a difficulty. A learner gets a question right with
the Rasch probability 1 / (1 + exp(difficulty - ability)), so strong learners score higher on
every item and the item analysis shows real discrimination. Some learners fade (their ability
drops over the weeks) and some stop working a while ago, so the dashboard has learners at risk.
"""

import math
import random
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from .classrooms import create_classroom
from .models import (
    Answer,
    Assignment,
    Card,
    CardState,
    Classroom,
    Essay,
    Membership,
    Profile,
    Question,
    QuizAttempt,
)
from .quizzes import _layout_item
from .stats import fold_answers

QUIZ_LENGTH = 10
WEEKS = 6


def _wrong_response(question, item, rng):
    if question.qtype in {"cloze", "short_answer"}:
        return "weet ik niet"
    if question.qtype == "ordering":
        return list(reversed(question.answers))
    if question.qtype == "matching":
        pairs = question.matching_pairs()
        lefts = list(pairs)  # every left gets the next one's right: all wrong
        return {left: pairs[lefts[(i + 1) % len(lefts)]] for i, left in enumerate(lefts)}
    wrong = [o for o in item["options"] if o not in question.answers]
    # Learners favour the first plausible distractor, as real classes do.
    return wrong[0] if rng.random() < 0.6 else rng.choice(wrong)


def _right_response(question):
    if question.qtype == "ordering":
        return list(question.answers)
    if question.qtype == "matching":
        return question.matching_pairs()
    return question.answers[0]


def build_demo_class(
    teacher,
    essay: Essay,
    *,
    learners: int,
    answers: int,
    seed: int = 7,
    name: str | None = None,
    prefix: str = "demo",
) -> Classroom:
    """A class of `learners` learners with about `answers` answers in all, spread over weeks."""
    rng = random.Random(seed)
    now = timezone.now()
    user_model = get_user_model()
    questions = list(Question.objects.filter(essay=essay, status="active"))
    cards = list(Card.objects.filter(essay=essay, status="active")[:40])
    if not questions:
        raise ValueError("The essay has no questions; run generate_bank first.")
    password = make_password("studyapp-demo")  # hash once: the same for every demo learner
    with transaction.atomic():
        classroom = create_classroom(teacher, name or f"Demoklas {learners}")
        users = user_model.objects.bulk_create(
            [
                user_model(
                    username=f"{prefix}{classroom.pk}-{i:03d}",
                    password=password,
                    first_name=f"Leerling {i}",
                )
                for i in range(1, learners + 1)
            ]
        )
        Profile.objects.bulk_create([Profile(user=u, role="learner") for u in users])
        Membership.objects.bulk_create([Membership(classroom=classroom, learner=u) for u in users])
        start = now - timedelta(weeks=WEEKS)
        assignments = [
            Assignment.objects.create(
                classroom=classroom,
                title=title,
                essay=essay,
                count=10,
                mode="exam",
                due_at=start + timedelta(weeks=week),
            )
            for title, week in [
                ("Toets Rode Leger en Kronstadt", 2),
                ("Toets Linkse Oppositie", 4),
                ("Eindtoets", 7),
            ]
        ]
        per_learner = max(QUIZ_LENGTH, answers // max(1, learners))
        attempts, answer_rows, states = [], [], []
        for user in users:
            ability = rng.gauss(0.3, 1.0)
            fading = rng.random() < 0.1
            stopped_days_ago = rng.choice([0, 0, 0, 0, 0, 0, 0, 0, 10, 20])
            span = (now - timedelta(days=stopped_days_ago)) - start
            quizzes = per_learner // QUIZ_LENGTH
            for q_index in range(quizzes):
                started = start + span * ((q_index + rng.random()) / quizzes)
                progress_in_time = (started - start) / (now - start)
                level = ability - (2.5 * progress_in_time if fading else 0)
                picked = rng.sample(questions, min(QUIZ_LENGTH, len(questions)))
                layout = [_layout_item(q, rng) for q in picked]
                assignment = next(
                    (
                        a
                        for a in assignments
                        if a.due_at - timedelta(days=5) <= started <= a.due_at + timedelta(days=2)
                        and all(x[0] != (a.pk, user.pk) for x in attempts)
                    ),
                    None,
                )
                total = 0.0
                rows = []
                for n, (question, item) in enumerate(zip(picked, layout, strict=True)):
                    difficulty = (question.difficulty - 0.5) * 3
                    right = rng.random() < 1 / (1 + math.exp(difficulty - level))
                    response = (
                        _right_response(question) if right else _wrong_response(question, item, rng)
                    )
                    total += right
                    rows.append((question, response, right, started + timedelta(minutes=n + 1)))
                submitted = started + timedelta(minutes=len(rows) + 2)
                attempt = QuizAttempt(
                    learner=user,
                    essay=essay,
                    mode="exam",
                    layout=layout,
                    settings={"count": len(rows), "demo": True},
                    submitted_at=submitted,
                    score=total / len(rows),
                    assignment=assignment,
                )
                attempts.append(
                    (
                        (assignment.pk, user.pk) if assignment else (None, None),
                        attempt,
                        started,
                        rows,
                    )
                )
            for card in rng.sample(cards, min(len(cards), rng.randint(0, 25))):
                reviewed = now - timedelta(
                    days=rng.randint(stopped_days_ago, 20 + stopped_days_ago)
                )
                stability = max(0.5, rng.gauss(4 + 3 * ability, 2))
                due = reviewed + timedelta(days=stability)
                states.append(
                    CardState(
                        learner=user,
                        card=card,
                        due=due,
                        reps=rng.randint(1, 6),
                        lapses=0,
                        first_reviewed_at=reviewed,
                        last_reviewed_at=reviewed,
                        fsrs={
                            "card_id": card.pk,
                            "state": 2,
                            "step": None,
                            "stability": stability,
                            "difficulty": 5.0,
                            "due": due.isoformat(),
                            "last_review": reviewed.isoformat(),
                        },
                    )
                )
        created = QuizAttempt.objects.bulk_create(
            [a for _key, a, _s, _r in attempts], batch_size=1000
        )
        # started_at is auto_now_add: set the real start times afterwards.
        for attempt, (_key, _a, started, rows) in zip(created, attempts, strict=True):
            attempt.started_at = started
            for question, response, right, answered_at in rows:
                answer_rows.append(
                    Answer(
                        attempt=attempt,
                        question=question,
                        response=response,
                        correct=right,
                        score=float(right),
                        idempotency_key=f"demo-{attempt.pk}-{question.pk}",
                        answered_at=answered_at,
                    )
                )
        QuizAttempt.objects.bulk_update(created, ["started_at"], batch_size=1000)
        Answer.objects.bulk_create(answer_rows, batch_size=2000)
        CardState.objects.bulk_create(states, batch_size=2000)
    fold_answers(essay)
    # answered_at is auto_now: bulk_create keeps the values given (no save() is called).
    return classroom
