"""Read-only selectors for progress: a learner's mastery, the class dashboard, item analysis.

Mastery of a topic, from 0 to 1, combines two kinds of evidence:

* flashcards: the mean FSRS retrievability (the predicted chance of recalling it now) of the
  topic's cards the learner has studied;
* quizzes: the share of the topic's questions answered right, each answer weighted by its age
  (weight 0.5 ** (age in days / 7), so last week counts twice as much as the week before;
  answers older than 60 days are left out).

When both exist, mastery is their mean; when only one exists, it is that one; with neither,
mastery is unknown (shown as –), not zero.

The quiz part is read from aggregates (see `stats`): recency-weighted sums per learner and
topic, folded in as answers settle. A topic whose last answer is older than 60 days has no quiz
evidence; an older answer beside newer ones keeps its weight, below 0.003 of a new one's.
"""

import hashlib
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.cache import cache
from django.db.models import Avg, Count, F, Max, Q, Sum, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from .assessment import SEALED_ANSWER
from .models import (
    Answer,
    Assignment,
    Card,
    CardState,
    ClassItemStat,
    Classroom,
    Essay,
    LearnerEssayStat,
    LearnerTopicStat,
    Membership,
    Question,
    QuizAttempt,
    ReviewLog,
    Topic,
)
from .scheduling import recall_probability
from .stats import FLAG_DISCRIMINATION, fold_answers, min_learners_for_flag

HALF_LIFE_DAYS = 7
WINDOW_DAYS = 60
AT_RISK_IDLE_DAYS = 7
FALLING_BY = 0.15
MIN_ANSWERS_FOR_ANALYSIS = 5
WORST_ITEMS = 5
CLASS_ROWS_SECONDS = 60
ATTENTION_ROWS = 10  # learners on the dashboard: its height must not grow with the class


def card_topics(essay: Essay) -> dict[int, list[int]]:
    """{card id: [topic ids]} of the essay, shared by every process through the cache."""

    def load():
        topics = defaultdict(list)
        for card_id, topic_id in Card.topics.through.objects.filter(card__essay=essay).values_list(
            "card_id", "topic_id"
        ):
            topics[card_id].append(topic_id)
        return dict(topics)

    return cache.get_or_set(f"studyapp:card-topics:{essay.pk}", load, 300)


def mastery_by_learner(
    learner_ids, essay: Essay, now=None, learners_query=None, fold=True
) -> dict[int, dict[int, float]]:
    """{learner id: {topic id: mastery}} for every topic with evidence; a fixed number of queries.

    `learners_query` (a subquery of the same learner ids) keeps long id lists out of the SQL;
    `fold=False` when the caller has just folded the essay's new answers itself.
    """
    now = now or timezone.now()
    if fold:
        fold_answers(essay)
    within = learner_ids if learners_query is None else learners_query
    quiz = defaultdict(dict)  # learner -> topic -> recency-weighted share right
    for learner_id, topic_id, weighted, weight in LearnerTopicStat.objects.filter(
        essay=essay,
        learner_id__in=within,
        last_answered_at__gte=now - timedelta(days=WINDOW_DAYS),
        weight__gt=0,
    ).values_list("learner_id", "topic_id", "weighted_score", "weight"):
        quiz[learner_id][topic_id] = weighted / weight

    topics_of = card_topics(essay)
    cards = defaultdict(lambda: defaultdict(list))  # learner -> topic -> [retrievability]
    # Only the stability of each FSRS state, extracted by the database: no JSON to parse here.
    states = CardState.objects.filter(learner_id__in=within, card__essay=essay).values_list(
        "learner_id", "card_id", "fsrs__stability", "last_reviewed_at"
    )
    for learner_id, card_id, stability, last_reviewed in states:
        value = recall_probability(stability, last_reviewed, now)
        for topic_id in topics_of.get(card_id, ()):
            cards[learner_id][topic_id].append(value)

    result = {}
    for learner_id in learner_ids:
        topics = set(quiz[learner_id]) | set(cards[learner_id])
        mastery = {}
        for topic_id in topics:
            parts = []
            if topic_id in quiz[learner_id]:
                parts.append(quiz[learner_id][topic_id])
            recalled = cards[learner_id].get(topic_id)
            if recalled:
                parts.append(sum(recalled) / len(recalled))
            mastery[topic_id] = sum(parts) / len(parts)
        result[learner_id] = mastery
    return result


def activity_days(learner, now=None) -> list:
    """The dates (local) on which the learner answered a question or rated a card."""
    dates = {
        timezone.localtime(t).date()
        for t in Answer.objects.filter(attempt__learner=learner).values_list(
            "answered_at", flat=True
        )
    }
    dates |= {
        timezone.localtime(t).date()
        for t in ReviewLog.objects.filter(learner=learner).values_list("reviewed_at", flat=True)
    }
    return sorted(dates)


def streak(days, today) -> int:
    """Consecutive days with activity, ending today (or yesterday: today is not over yet)."""
    days = set(days)
    current = today if today in days else today - timedelta(days=1)
    count = 0
    while current in days:
        count += 1
        current -= timedelta(days=1)
    return count


@dataclass
class TopicProgress:
    topic: Topic
    mastery: float | None

    @property
    def percent(self):
        return None if self.mastery is None else round(100 * self.mastery)


@dataclass
class LearnerProgress:
    essay: Essay
    topics: list[TopicProgress]
    history: list[tuple]  # (date, share right, answers)
    streak: int
    weak_spots: list[TopicProgress]
    answers: int
    reviews: int


def learner_progress(learner, essay: Essay, now=None) -> LearnerProgress:
    now = now or timezone.now()
    mastery = mastery_by_learner([learner.pk], essay, now)[learner.pk]
    topics = [TopicProgress(t, mastery.get(t.pk)) for t in essay.topics.all()]
    per_day = defaultdict(lambda: [0.0, 0])
    for score, answered_at in (
        Answer.objects.filter(attempt__learner=learner, attempt__essay=essay)
        .exclude(SEALED_ANSWER)
        .values_list("score", "answered_at")
    ):
        day = per_day[timezone.localtime(answered_at).date()]
        day[0] += score
        day[1] += 1
    history = [(day, total / n, n) for day, (total, n) in sorted(per_day.items())]
    known = [t for t in topics if t.mastery is not None]
    weak = sorted([t for t in known if t.mastery < 0.7], key=lambda t: t.mastery)[:3]
    return LearnerProgress(
        essay=essay,
        topics=topics,
        history=history,
        streak=streak(activity_days(learner), timezone.localtime(now).date()),
        weak_spots=weak,
        answers=sum(n for _d, _s, n in history),
        reviews=ReviewLog.objects.filter(learner=learner, card__essay=essay).count(),
    )


# --- the class dashboard -------------------------------------------------------------------


@dataclass
class ItemStats:
    question: Question
    attempts: int
    facility: float
    discrimination: float | None
    choices: list = field(default_factory=list)  # (option, times chosen, is right)
    learners: int = 0

    @property
    def answers(self):  # the names the class's item table reads
        return self.attempts

    @property
    def chosen(self):
        return self.choices

    @property
    def flagged(self):
        return (
            self.learners >= min_learners_for_flag()
            and self.discrimination is not None
            and self.discrimination < FLAG_DISCRIMINATION
        )


def point_biserial(pairs) -> float | None:
    """Correlation of right (0/1) with the rest score; None when either does not vary."""
    n = len(pairs)
    if n < 2:
        return None
    xs = [x for x, _ in pairs]
    ys = [y for _, y in pairs]
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    var_x = sum((x - mean_x) ** 2 for x in xs)
    var_y = sum((y - mean_y) ** 2 for y in ys)
    if var_x == 0 or var_y == 0:
        return None
    cov = sum((x - mean_x) * (y - mean_y) for x, y in pairs)
    return cov / math.sqrt(var_x * var_y)


def item_analysis(learner_ids, essay: Essay, assignment=None) -> list[ItemStats]:
    """Per question, from the raw answers of a few learners (an assignment, a test): attempts,
    facility (share right), discrimination and distractor counts. Classes use `class_items`.

    Discrimination is the point-biserial correlation between being right on the item (0/1)
    and the learner's rest score: their share right over all their other answers. With an
    assignment, only the answers given in that assignment count.
    """
    answers = Answer.objects.filter(attempt__learner_id__in=learner_ids, attempt__essay=essay)
    if assignment is not None:
        answers = answers.filter(attempt__assignment=assignment)
    rows = list(answers.values_list("attempt__learner_id", "question_id", "correct", "response"))
    totals = defaultdict(lambda: [0, 0])
    for learner_id, _question_id, correct, _response in rows:
        totals[learner_id][0] += int(correct)
        totals[learner_id][1] += 1
    by_question = defaultdict(list)
    for learner_id, question_id, correct, response in rows:
        by_question[question_id].append((learner_id, int(correct), response))
    questions = Question.objects.filter(pk__in=by_question).select_related("passage").in_bulk()
    stats = []
    for question_id, answers in by_question.items():
        question = questions[question_id]
        pairs = []
        for learner_id, correct, _response in answers:
            right, count = totals[learner_id]
            if count > 1:
                pairs.append((correct, (right - correct) / (count - 1)))
        choices = []
        if question.options and question.qtype in {
            "multiple_choice",
            "true_false",
            "quote_attribution",
            "argument",
        }:
            chosen = Counter(r for _l, _c, r in answers if isinstance(r, str))
            choices = [(o, chosen.get(o, 0), o in question.answers) for o in question.options]
        stats.append(
            ItemStats(
                question=question,
                attempts=len(answers),
                facility=sum(c for _l, c, _r in answers) / len(answers),
                discrimination=point_biserial(pairs)
                if len(answers) >= MIN_ANSWERS_FOR_ANALYSIS
                else None,
                choices=choices,
                learners=len({learner_id for learner_id, _c, _r in answers}),
            )
        )
    stats.sort(
        key=lambda s: (
            not s.flagged,
            s.discrimination if s.discrimination is not None else 2,
            s.question.uid,
        )
    )
    return stats


@dataclass
class LearnerRow:
    learner: object
    mastery: dict  # topic id -> value
    last_activity: object
    recent_scores: list
    risks: list = field(default_factory=list)

    @property
    def mean_mastery(self):
        """The mean over the topics with evidence; None without any."""
        known = list(self.mastery.values())
        return sum(known) / len(known) if known else None

    def attention_order(self):
        """Most risks first, then lowest mastery (no evidence at all counts as lowest)."""
        mean = self.mean_mastery
        return (-len(self.risks), -1 if mean is None else mean, self.learner.get_username())


@dataclass
class AssignmentSummary:
    assignment: Assignment
    submitted: int
    late: int
    members: int
    mean_score: float | None

    @property
    def completion(self):
        return self.submitted / self.members if self.members else 0


@dataclass
class ClassDashboard:
    classroom: Classroom
    essay: Essay | None
    topics: list
    rows: list[LearnerRow]
    topic_means: list  # (topic, mean mastery or None)
    assignments: list[AssignmentSummary]
    items: list  # the worst few ClassItemStat rows
    flagged_count: int = 0
    item_count: int = 0

    @property
    def at_risk(self):
        return [row for row in self.rows if row.risks]

    @property
    def needing_attention(self):
        """The few learners the dashboard shows, most in need first; the rest are a page away."""
        return sorted(self.rows, key=LearnerRow.attention_order)[:ATTENTION_ROWS]

    @property
    def flagged_items(self):
        return [item for item in self.items if item.flagged]


def class_essay(classroom: Classroom, essay_slug=None):
    if essay_slug:
        return Essay.objects.filter(slug=essay_slug).first()
    latest = classroom.assignments.select_related("essay").order_by("-created_at").first()
    return latest.essay if latest else Essay.objects.order_by("title").first()


ITEM_ORDER = {
    "discrimination": ("-flagged", F("discrimination").asc(nulls_last=True), "question__uid"),
    "-discrimination": (F("discrimination").desc(nulls_last=True), "question__uid"),
    "facility": ("facility", "question__uid"),
    "-facility": ("-facility", "question__uid"),
    "answers": ("answers", "question__uid"),
    "-answers": ("-answers", "question__uid"),
}


def class_items(classroom: Classroom, essay: Essay, sort="discrimination"):
    """The class's item statistics for an essay, flagged first unless sorted otherwise."""
    fold_answers(essay)
    order = ITEM_ORDER.get(sort, ITEM_ORDER["discrimination"])
    return (
        ClassItemStat.objects.filter(classroom=classroom, essay=essay)
        .select_related("question__passage")
        .order_by(*order)
    )


def _recent_scores(classroom, essay):
    """{learner id: [score, ...]}: the last six handed-in scores, oldest first, in SQL."""
    ranked = (
        QuizAttempt.objects.filter(
            learner__memberships__classroom=classroom, essay=essay, submitted_at__isnull=False
        )
        .annotate(
            rank=Window(
                RowNumber(), partition_by=F("learner_id"), order_by=F("submitted_at").desc()
            )
        )
        .filter(rank__lte=6)
        .values_list("learner_id", "score", "submitted_at")
    )
    scores = defaultdict(list)
    for learner_id, score, _at in sorted(ranked, key=lambda r: r[2]):
        scores[learner_id].append(score)
    return scores


def _class_fingerprint(classroom: Classroom) -> str:
    """What the learner rows are made of, in three small aggregates: who is in the class, their
    folded answers and their card reviews. Any new answer or review changes it."""
    members = Membership.objects.filter(classroom=classroom)
    learner_ids = members.values("learner_id")
    parts = (
        members.aggregate(n=Count("pk"), last=Max("pk"), ids=Sum("learner_id")),
        LearnerEssayStat.objects.filter(learner_id__in=learner_ids).aggregate(
            n=Count("pk"), answers=Sum("answers"), last=Max("last_answered_at")
        ),
        CardState.objects.filter(learner_id__in=learner_ids).aggregate(
            n=Count("pk"), last=Max("last_reviewed_at")
        ),
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


def class_learner_rows(classroom: Classroom, essay: Essay | None, now=None) -> list[LearnerRow]:
    """Every learner of the class by name, with mastery per topic, last activity and risks.

    Shared through the cache under a key made of what the rows are computed from, so an answer
    or a card review makes the next read compute them afresh; otherwise they are reused for a
    minute (mastery fades over days, not seconds). A given `now` is computed, never cached.
    """
    if essay is None:
        return _class_learner_rows(classroom, essay, now)
    fold_answers(essay)  # the answers that arrived count before the key is read
    if now is not None:
        return _class_learner_rows(classroom, essay, now)
    key = f"studyapp:class-rows:{classroom.pk}:{essay.pk}:{_class_fingerprint(classroom)}"
    rows = cache.get(key)
    if rows is None:
        rows = _class_learner_rows(classroom, essay)
        cache.set(key, rows, CLASS_ROWS_SECONDS)
    return rows


def _class_learner_rows(classroom: Classroom, essay: Essay | None, now=None) -> list[LearnerRow]:
    # A fixed number of queries whatever the class size: every figure comes from aggregates.
    now = now or timezone.now()
    learners = [
        m.learner
        for m in Membership.objects.filter(classroom=classroom)
        .select_related("learner")
        .order_by("learner__username")
    ]
    if essay is None:
        return [LearnerRow(learner, {}, None, []) for learner in learners]
    members = Membership.objects.filter(classroom=classroom).values("learner_id")
    ids = [learner.pk for learner in learners]
    mastery = mastery_by_learner(ids, essay, now, members, fold=False)  # folded by the caller
    last_answer = dict(
        LearnerEssayStat.objects.filter(learner_id__in=members)
        .values("learner_id")
        .annotate(last=Max("last_answered_at"))
        .values_list("learner_id", "last")
    )
    last_review = dict(
        CardState.objects.filter(learner_id__in=members)
        .values("learner_id")
        .annotate(last=Max("last_reviewed_at"))
        .values_list("learner_id", "last")
    )
    scores = _recent_scores(classroom, essay)
    rows = []
    for learner in learners:
        last = max(
            filter(None, [last_answer.get(learner.pk), last_review.get(learner.pk)]), default=None
        )
        row = LearnerRow(learner, mastery.get(learner.pk, {}), last, scores[learner.pk][-6:])
        if last is None or now - last > timedelta(days=AT_RISK_IDLE_DAYS):
            row.risks.append("inactive")
        recent = scores[learner.pk]
        if len(recent) >= 4:
            half = min(3, len(recent) // 2)
            before, after = recent[-2 * half : -half], recent[-half:]
            if sum(before) / half - sum(after) / half >= FALLING_BY:
                row.risks.append("falling")
        mean = row.mean_mastery
        if mean is not None and mean < 0.4:
            row.risks.append("low")
        rows.append(row)
    return rows


def class_dashboard(classroom: Classroom, essay: Essay | None, now=None) -> ClassDashboard:
    """Everything the teacher's dashboard shows, from aggregates, in a fixed number of queries."""
    rows = class_learner_rows(classroom, essay, now)
    assignments = list(classroom.assignments.select_related("essay").order_by("due_at"))
    if essay is None:
        return ClassDashboard(classroom, None, [], rows, [], [], [])
    topics = list(essay.topics.all())
    members = Membership.objects.filter(classroom=classroom).values("learner_id")
    graded = {
        row["assignment_id"]: row
        for row in QuizAttempt.objects.filter(
            assignment__classroom=classroom,
            learner_id__in=members,
            submitted_at__isnull=False,
        )
        .values("assignment_id")
        .annotate(
            submitted=Count("pk"),
            late=Count("pk", filter=Q(submitted_at__gt=F("assignment__due_at"))),
            mean=Avg("score"),
        )
    }

    topic_means = []
    for topic in topics:
        topic_id = topic.pk
        values = [row.mastery[topic_id] for row in rows if topic_id in row.mastery]
        topic_means.append((topic, sum(values) / len(values) if values else None))

    summaries = []
    for assignment in assignments:
        result = graded.get(assignment.pk, {})
        summaries.append(
            AssignmentSummary(
                assignment=assignment,
                submitted=result.get("submitted", 0),
                late=result.get("late", 0),
                members=len(rows),
                mean_score=result.get("mean"),
            )
        )
    items = ClassItemStat.objects.filter(classroom=classroom, essay=essay)
    counts = items.aggregate(total=Count("pk"), flagged=Count("pk", filter=Q(flagged=True)))
    worst = list(
        items.filter(discrimination__isnull=False)
        .select_related("question__passage")
        .order_by(*ITEM_ORDER["discrimination"])[:WORST_ITEMS]
    )
    return ClassDashboard(
        classroom,
        essay,
        topics,
        rows,
        topic_means,
        summaries,
        worst,
        flagged_count=counts["flagged"],
        item_count=counts["total"],
    )


def gradebook(classroom: Classroom):
    """One row per learner and assignment: score, submitted at and whether it was late.

    A generator: three queries, then rows as they are read, so an export can stream them.
    """
    assignments = list(classroom.assignments.order_by("due_at", "pk"))
    attempts = {
        (assignment_id, learner_id): (score, submitted_at)
        for assignment_id, learner_id, score, submitted_at in QuizAttempt.objects.filter(
            assignment__classroom=classroom
        ).values_list("assignment_id", "learner_id", "score", "submitted_at")
    }
    learners = (
        Membership.objects.filter(classroom=classroom)
        .order_by("learner__username")
        .values_list("learner_id", "learner__username")
    )
    for learner_id, username in learners.iterator(chunk_size=1000):
        for assignment in assignments:
            score, submitted = attempts.get((assignment.pk, learner_id), (None, None))
            yield {
                "learner": username,
                "assignment": assignment.title,
                "score": round(score * 100, 1) if submitted else None,
                "submitted_at": submitted,
                "late": bool(submitted and submitted > assignment.due_at),
            }
