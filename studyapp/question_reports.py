"""Learners report a problem with a question; its essay's owner works through a queue.

A question reported by HOLD_AFTER different learners is held out of new quizzes until its
owner has looked at it (edited, retired or dismissed the reports): three people rarely agree
by chance, and a wrong question costs every learner who meets it.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.utils.translation import gettext as _

from .models import Essay, Question, QuestionReport, QuizAttempt

HOLD_AFTER = 3
MAX_COMMENT = 2000


class ReportError(ValueError):
    """The report cannot be stored; the message says why, in the user's language."""


def can_report(user, question: Question) -> bool:
    """A learner may report a question that was in one of their own quizzes."""
    if not user.is_authenticated:
        return False
    attempts = QuizAttempt.objects.filter(learner=user, essay_id=question.essay_id).only("layout")
    return any(question.pk in attempt.question_ids for attempt in attempts)


def report_question(user, question: Question, reason: str, comment: str = "") -> QuestionReport:
    """Store a report; a second open report by the same learner updates the first."""
    if reason not in QuestionReport.Reason.values:
        raise ReportError(_("Choose what is wrong with the question."))
    comment = (comment or "").strip()
    if len(comment) > MAX_COMMENT:
        raise ReportError(_("The comment is too long (at most 2000 characters)."))
    try:
        with transaction.atomic():
            report, _created = QuestionReport.objects.update_or_create(
                question=question,
                reporter=user,
                resolved_at__isnull=True,
                defaults={"reason": reason, "comment": comment},
            )
    except IntegrityError:  # the same learner reported at the same moment: that one counts
        report = QuestionReport.objects.get(
            question=question, reporter=user, resolved_at__isnull=True
        )
    return report


def open_report_count(essay: Essay) -> int:
    """Reports on the essay's questions that nobody has handled yet (a count on its page)."""
    return QuestionReport.objects.filter(question__essay=essay, resolved_at__isnull=True).count()


def held_question_ids(essay: Essay | None = None):
    """Questions with open reports from HOLD_AFTER or more learners: out of new quizzes."""
    reports = QuestionReport.objects.filter(resolved_at__isnull=True)
    if essay is not None:
        reports = reports.filter(question__essay=essay)
    return (
        reports.values("question_id")
        .annotate(reporters=Count("reporter", distinct=True))
        .filter(reporters__gte=HOLD_AFTER)
        .values("question_id")
    )


@dataclass
class QueueRow:
    question: Question
    open_reports: int
    reasons: dict  # reason -> count
    latest: object
    held: bool

    @property
    def reason_counts(self):
        """(label, count) in the reader's language."""
        labels = dict(QuestionReport.Reason.choices)
        return [(labels[reason], n) for reason, n in self.reasons.items()]


def report_queue(essay: Essay) -> list[QueueRow]:
    """The essay's questions with open reports, most reported first, with counts per reason."""
    counts = {
        row["question_id"]: row
        for row in QuestionReport.objects.filter(question__essay=essay, resolved_at__isnull=True)
        .values("question_id")
        .annotate(
            total=Count("pk"),
            reporters=Count("reporter", distinct=True),
            latest=Max("created_at"),
            **{
                reason: Count("pk", filter=Q(reason=reason))
                for reason in QuestionReport.Reason.values
            },
        )
    }
    questions = Question.objects.filter(pk__in=counts).select_related("passage").in_bulk()
    rows = [
        QueueRow(
            question=questions[pk],
            open_reports=row["total"],
            reasons={r: row[r] for r in QuestionReport.Reason.values if row[r]},
            latest=row["latest"],
            held=row["reporters"] >= HOLD_AFTER,
        )
        for pk, row in counts.items()
    ]
    rows.sort(key=lambda r: (-r.open_reports, -r.latest.timestamp()))
    return rows


def reports_by(user, question_ids=None):
    """The learner's own reports (newest first), to show them what became of each."""
    reports = QuestionReport.objects.filter(reporter=user).select_related("question")
    if question_ids is not None:
        reports = reports.filter(question_id__in=question_ids)
    return reports
