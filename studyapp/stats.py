"""Fold answers into the progress aggregates: learner-topic, learner-essay and class-item sums.

The answer path only stores the answer. An answer is folded in once it can no longer change:
at once in practice mode (the first answer stands), after hand-in in exam mode. Folding runs
when a dashboard or progress page is read (usually a handful of new answers), from the
`fold_answers` command, or from a background task; the essay's row lock makes concurrent
folds of the same essay wait for each other, so no answer is counted twice.
"""

import math
from collections import defaultdict

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Exists, OuterRef, Q

from .models import (
    Answer,
    ClassItemStat,
    Essay,
    LearnerEssayStat,
    LearnerTopicStat,
    Membership,
    Question,
    QuizAttempt,
)

HALF_LIFE_DAYS = 7
FLAG_DISCRIMINATION = 0.1
CHOICE_TYPES = {"multiple_choice", "true_false", "quote_attribution", "argument"}
BATCH = 5000


def min_learners_for_flag() -> int:
    """Learners who must have answered a question before it can be flagged (see README)."""
    return settings.ITEM_FLAG_MIN_LEARNERS


def pending(essay: Essay):
    """The essay's settled answers not yet folded in.

    Read from the uncounted answers (a partial index, small whatever the history) with a check
    per attempt: starting from the essay's attempts would read every one of them on each
    dashboard view, 300,000 answers' worth in a class of 1,000.
    """
    # Settled: practice answers at once, exam answers once handed in.
    settled_here = QuizAttempt.objects.filter(pk=OuterRef("attempt_id"), essay=essay).filter(
        Q(mode="practice") | Q(submitted_at__isnull=False)
    )
    return Answer.objects.filter(counted=False).filter(Exists(settled_here))


def question_topics(essay: Essay) -> dict[int, list[int]]:
    """{question id: [topic ids]} of the essay, shared by every process through the cache."""

    def load():
        topics = defaultdict(list)
        for question_id, topic_id in Question.topics.through.objects.filter(
            question__essay=essay
        ).values_list("question_id", "topic_id"):
            topics[question_id].append(topic_id)
        return dict(topics)

    return cache.get_or_set(f"studyapp:question-topics:{essay.pk}", load, 300)


def decay(age_seconds: float) -> float:
    return 0.5 ** (age_seconds / 86400 / HALF_LIFE_DAYS)


def point_biserial_from_sums(n, sum_x, sum_y, sum_yy, sum_xy) -> float | None:
    """Pearson's r of 0/1 x with y from their sums (x*x == x); None when either does not vary."""
    if n < 2:
        return None
    var_x = n * sum_x - sum_x * sum_x
    var_y = n * sum_yy - sum_y * sum_y
    if var_x <= 1e-12 or var_y <= 1e-12:
        return None
    return (n * sum_xy - sum_x * sum_y) / math.sqrt(var_x * var_y)


def refresh_item(item: ClassItemStat, minimum: int):
    item.facility = item.right / item.answers if item.answers else 0
    item.discrimination = point_biserial_from_sums(
        item.pairs, item.sum_x, item.sum_y, item.sum_yy, item.sum_xy
    )
    item.flagged = (
        item.learners >= minimum
        and item.discrimination is not None
        and item.discrimination < FLAG_DISCRIMINATION
    )


def fold_answers(essay: Essay) -> int:
    """Fold the essay's settled, uncounted answers into the aggregates; returns how many."""
    if not pending(essay).exists():
        return 0
    folded = 0
    while True:
        with transaction.atomic():
            Essay.objects.select_for_update().filter(pk=essay.pk).first()
            rows = list(
                pending(essay)
                .order_by("pk")
                .values_list(
                    "pk",
                    "attempt__learner_id",
                    "question_id",
                    "correct",
                    "score",
                    "response",
                    "answered_at",
                )[:BATCH]
            )
            if not rows:
                return folded
            _fold(essay, rows)
            Answer.objects.filter(pk__in=[row[0] for row in rows]).update(counted=True)
            folded += len(rows)
        if len(rows) < BATCH:
            return folded


def _fold(essay, rows):
    learner_ids = {row[1] for row in rows}
    question_ids = {row[2] for row in rows}
    topics_of = question_topics(essay)
    qtypes = dict(Question.objects.filter(pk__in=question_ids).values_list("pk", "qtype"))
    classes_of = defaultdict(list)
    for learner_id, classroom_id in Membership.objects.filter(
        learner_id__in=learner_ids
    ).values_list("learner_id", "classroom_id"):
        classes_of[learner_id].append(classroom_id)
    seen = set(
        Answer.objects.filter(
            counted=True, attempt__learner_id__in=learner_ids, question_id__in=question_ids
        )
        .values_list("attempt__learner_id", "question_id")
        .distinct()
    )

    essay_stats = {
        s.learner_id: s
        for s in LearnerEssayStat.objects.filter(essay=essay, learner_id__in=learner_ids)
    }
    topic_stats = {
        (s.learner_id, s.topic_id): s
        for s in LearnerTopicStat.objects.filter(essay=essay, learner_id__in=learner_ids)
    }
    classroom_ids = {c for ids in classes_of.values() for c in ids}
    item_stats = {
        (s.classroom_id, s.question_id): s
        for s in ClassItemStat.objects.filter(
            classroom_id__in=classroom_ids, question_id__in=question_ids
        )
    }
    new_essay, new_topic, new_item = [], [], []
    minimum = min_learners_for_flag()
    touched_items = set()

    for _pk, learner_id, question_id, correct, score, response, answered_at in rows:
        x = 1.0 if correct else 0.0
        mine = essay_stats.get(learner_id)
        ability = mine.right / mine.answers if mine and mine.answers else None
        if mine is None:
            mine = essay_stats[learner_id] = LearnerEssayStat(
                learner_id=learner_id, essay=essay, last_answered_at=answered_at
            )
            new_essay.append(mine)
        mine.answers += 1
        mine.right += x
        mine.last_answered_at = max(mine.last_answered_at, answered_at)

        for topic_id in topics_of.get(question_id, ()):
            stat = topic_stats.get((learner_id, topic_id))
            if stat is None:
                stat = topic_stats[(learner_id, topic_id)] = LearnerTopicStat(
                    learner_id=learner_id,
                    essay=essay,
                    topic_id=topic_id,
                    last_answered_at=answered_at,
                )
                new_topic.append(stat)
            # Rescale both sums to the later of the two moments, so no weight grows past 1.
            latest = max(stat.last_answered_at, answered_at)
            old = decay((latest - stat.last_answered_at).total_seconds())
            new = decay((latest - answered_at).total_seconds())
            stat.weighted_score = stat.weighted_score * old + score * new
            stat.weight = stat.weight * old + new
            stat.answers += 1
            stat.last_answered_at = latest

        first_time = (learner_id, question_id) not in seen
        seen.add((learner_id, question_id))
        for classroom_id in classes_of.get(learner_id, ()):
            item = item_stats.get((classroom_id, question_id))
            if item is None:
                item = item_stats[(classroom_id, question_id)] = ClassItemStat(
                    classroom_id=classroom_id, essay=essay, question_id=question_id, choices={}
                )
                new_item.append(item)
            item.answers += 1
            item.right += x
            item.learners += int(first_time)
            if ability is not None:
                item.pairs += 1
                item.sum_x += x
                item.sum_y += ability
                item.sum_yy += ability * ability
                item.sum_xy += x * ability
            if qtypes.get(question_id) in CHOICE_TYPES and isinstance(response, str):
                item.choices[response] = item.choices.get(response, 0) + 1
            touched_items.add((classroom_id, question_id))

    for key in touched_items:
        refresh_item(item_stats[key], minimum)
    _save(
        LearnerEssayStat, essay_stats.values(), new_essay, ["answers", "right", "last_answered_at"]
    )
    _save(
        LearnerTopicStat,
        topic_stats.values(),
        new_topic,
        ["weighted_score", "weight", "answers", "last_answered_at"],
    )
    item_fields = [
        "answers",
        "learners",
        "right",
        "pairs",
        "sum_x",
        "sum_y",
        "sum_yy",
        "sum_xy",
        "choices",
        "facility",
        "discrimination",
        "flagged",
    ]
    _save(ClassItemStat, [item_stats[key] for key in touched_items], new_item, item_fields)


def _save(model, objects, created, fields):
    created_ids = {id(o) for o in created}
    model.objects.bulk_create(created, batch_size=1000)
    existing = [o for o in objects if id(o) not in created_ids]
    if existing:
        model.objects.bulk_update(existing, fields, batch_size=1000)
