"""A teacher follows, changes, closes and deletes an assignment after setting it.

Settings (essay choices, count, mode, time limit) change only before anyone starts: a started
attempt was built from them, and learners must all sit the same kind of test. The due date may
move at any time; lateness is always judged against the current due date.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import progress
from .classrooms import ClassroomError, check_capacity
from .models import Assignment, QuizAttempt
from .quizzes import submit_attempt

SETTINGS = ("topics", "types", "count", "mode", "time_limit_minutes")


@dataclass
class MemberRow:
    learner: object
    attempt: QuizAttempt | None

    @property
    def state(self):
        if self.attempt is None:
            return "not_started"
        return "handed_in" if self.attempt.is_submitted else "started"


@dataclass
class AssignmentReport:
    assignment: Assignment
    rows: list[MemberRow]
    items: list

    @property
    def started(self):
        return sum(1 for r in self.rows if r.attempt is not None)

    @property
    def handed_in(self):
        return sum(1 for r in self.rows if r.state == "handed_in")

    @property
    def late(self):
        return sum(1 for r in self.rows if r.attempt and r.attempt.is_late)

    @property
    def mean_score(self):
        scores = [r.attempt.score for r in self.rows if r.state == "handed_in"]
        return sum(scores) / len(scores) if scores else None


def is_closed(assignment: Assignment) -> bool:
    return assignment.closed_at is not None


def closed_by_teacher(attempt: QuizAttempt) -> bool:
    """True when the teacher's closing handed this attempt in, not the learner before it."""
    closed_at = attempt.assignment.closed_at if attempt.assignment_id else None
    return bool(closed_at and attempt.submitted_at and attempt.submitted_at >= closed_at)


def has_starts(assignment: Assignment) -> bool:
    return assignment.attempts.exists()


def assignment_report(assignment: Assignment) -> AssignmentReport:
    """Who started, who handed in, their scores and lateness, and the item analysis of this work."""
    members = [
        m.learner
        for m in assignment.classroom.memberships.select_related("learner").order_by(
            "learner__username"
        )
    ]
    attempts = {a.learner_id: a for a in assignment.attempts.select_related("assignment")}
    rows = [MemberRow(learner, attempts.pop(learner.pk, None)) for learner in members]
    # Learners who left the class keep their handed-in work here.
    rows += [MemberRow(a.learner, a) for a in attempts.values()]
    learner_ids = [r.learner.pk for r in rows if r.attempt]
    items = progress.item_analysis(learner_ids, assignment.essay, assignment=assignment)
    return AssignmentReport(assignment, rows, items)


# How the teacher may sort an assignment's learners: by name, by how far they got, by score.
LEARNER_ORDER = {
    "name": lambda row: (row.learner.get_username().lower(),),
    "status": lambda row: (
        ["not_started", "started", "handed_in"].index(row.state),
        row.learner.get_username().lower(),
    ),
    "score": lambda row: (
        -(row.attempt.score or 0) if row.state == "handed_in" else 1,
        row.learner.get_username().lower(),
    ),
    "late": lambda row: (
        not (row.attempt and row.attempt.is_late),
        row.learner.get_username().lower(),
    ),
}


def sorted_rows(rows: list[MemberRow], sort: str) -> list[MemberRow]:
    """The learners in the order the teacher asked for; by name when the order is unknown."""
    return sorted(rows, key=LEARNER_ORDER.get(sort, LEARNER_ORDER["name"]))


def items_worst_first(items: list) -> list:
    """Flagged questions first, then the lowest discrimination, as on the class's item page."""
    return sorted(
        items,
        key=lambda i: (
            not i.flagged,
            i.discrimination is None,
            i.discrimination if i.discrimination is not None else 0,
            i.question.uid,
        ),
    )


def update_assignment(assignment: Assignment, *, title, due_at, **settings) -> Assignment:
    """Change an assignment; its settings only while nobody has started it."""
    title = (title or "").strip()
    if not title:
        raise ClassroomError(_("Give the assignment a title."))
    if due_at <= timezone.now():
        raise ClassroomError(_("The due date must lie in the future."))
    changes = {k: v for k, v in settings.items() if getattr(assignment, k) != v}
    if changes and has_starts(assignment):
        raise ClassroomError(
            _("Learners have started this assignment: only its title and due date can change now.")
        )
    if changes:
        check_capacity(
            assignment.essay,
            settings.get("topics", ()),
            settings.get("types", ()),
            settings.get("count", assignment.count),
        )
    assignment.title, assignment.due_at = title[:200], due_at
    for name, value in changes.items():
        setattr(assignment, name, value)
    assignment.save()
    return assignment


def close_assignment(assignment: Assignment) -> int:
    """Close early: no new starts, and every open attempt is handed in as it stands."""
    with transaction.atomic():
        assignment.closed_at = assignment.closed_at or timezone.now()
        assignment.save(update_fields=["closed_at"])
        open_attempts = list(assignment.attempts.filter(submitted_at__isnull=True))
    for attempt in open_attempts:
        submit_attempt(attempt)
    return len(open_attempts)


@dataclass
class ClosingSummary:
    open: int  # started but not handed in: handed in as they stand
    not_started: int  # members who never started: they cannot start any more


def closing_summary(assignment: Assignment) -> ClosingSummary:
    """Who closing the assignment now would affect, for the teacher's confirmation."""
    started = assignment.attempts.values("learner_id")
    return ClosingSummary(
        open=assignment.attempts.filter(submitted_at__isnull=True).count(),
        not_started=assignment.classroom.memberships.exclude(learner_id__in=started).count(),
    )


@dataclass
class DeletionSummary:
    handed_in: int
    open: int


def deletion_summary(assignment: Assignment) -> DeletionSummary:
    attempts = assignment.attempts
    return DeletionSummary(
        handed_in=attempts.filter(submitted_at__isnull=False).count(),
        open=attempts.filter(submitted_at__isnull=True).count(),
    )


def delete_assignment(assignment: Assignment) -> DeletionSummary:
    """Delete it; learners keep their work as ordinary quizzes in their own history."""
    summary = deletion_summary(assignment)
    close_assignment(assignment)
    assignment.delete()  # attempts lose the link (SET_NULL) and leave the gradebook
    return summary
