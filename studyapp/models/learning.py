"""What learners do: quiz attempts with their answers, and flashcard reviews with FSRS state."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .bank import Card, Question
from .content import Essay


class QuizAttempt(models.Model):
    class Mode(models.TextChoices):
        PRACTICE = "practice", _("practice")
        EXAM = "exam", _("exam")

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts"
    )
    essay = models.ForeignKey(Essay, on_delete=models.CASCADE, related_name="attempts")
    mode = models.CharField(max_length=10, choices=Mode.choices, default=Mode.PRACTICE)
    settings = models.JSONField(default=dict, help_text=_("What the quiz was built from."))
    # The questions in the order this attempt shows them, each with its own option order.
    layout = models.JSONField(default=list)
    time_limit_seconds = models.PositiveIntegerField(null=True, blank=True)
    started_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    score = models.FloatField(null=True, blank=True)
    retry_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="retries"
    )
    assignment = models.ForeignKey(
        "studyapp.Assignment",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attempts",
    )

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["learner", "essay", "-started_at"])]
        constraints = [
            # One graded attempt per learner per assignment; starting again resumes it.
            models.UniqueConstraint(
                fields=["assignment", "learner"],
                condition=models.Q(assignment__isnull=False),
                name="one_attempt_per_assignment",
            ),
        ]

    def __str__(self):
        return f"{self.learner} · {self.essay.slug} · {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def is_submitted(self):
        return self.submitted_at is not None

    @property
    def is_late(self):
        due = self.assignment.due_at if self.assignment_id else None
        return bool(due and self.submitted_at and self.submitted_at > due)

    @property
    def question_ids(self):
        return [item["question"] for item in self.layout]


class Answer(models.Model):
    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="given_answers")
    response = models.JSONField()
    correct = models.BooleanField()
    score = models.FloatField()
    idempotency_key = models.CharField(max_length=80)
    # Set by the service on every (re)answer; a default, not auto_now, so imports keep their times.
    answered_at = models.DateTimeField(default=timezone.now)
    # Folded into the progress aggregates yet? Set by studyapp.stats, never by the answer path.
    counted = models.BooleanField(default=False)

    class Meta:
        ordering = ["attempt", "answered_at"]
        indexes = [
            models.Index(
                fields=["attempt"], condition=models.Q(counted=False), name="answer_uncounted"
            )
        ]
        constraints = [
            # One answer per question per attempt: a double submit or a retry counts once.
            models.UniqueConstraint(fields=["attempt", "question"], name="one_answer_per_question"),
            models.UniqueConstraint(
                fields=["attempt", "idempotency_key"], name="answer_key_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(score__gte=0) & models.Q(score__lte=1), name="answer_score_range"
            ),
        ]

    def __str__(self):
        return f"{self.attempt_id}/{self.question_id}"

    @property
    def verdict(self) -> str:
        """right, partly right or wrong: the one mark every page shows for this answer."""
        if self.correct:
            return "right"
        return "partial" if self.score > 0 else "wrong"


class CardState(models.Model):
    """One learner's FSRS memory state of one card."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="card_states"
    )
    card = models.ForeignKey(Card, on_delete=models.CASCADE, related_name="states")
    fsrs = models.JSONField(help_text=_("fsrs.Card.to_dict()"))
    due = models.DateTimeField(db_index=True)
    reps = models.PositiveIntegerField(default=0)
    lapses = models.PositiveIntegerField(default=0)
    first_reviewed_at = models.DateTimeField()
    last_reviewed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "card"], name="one_state_per_card"),
        ]

    def __str__(self):
        return f"{self.learner} · {self.card.uid}"


class ReviewLog(models.Model):
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reviews"
    )
    card = models.ForeignKey(Card, on_delete=models.CASCADE, related_name="reviews")
    rating = models.PositiveSmallIntegerField()
    reviewed_at = models.DateTimeField()
    # The state before this review (None for a new card), so the review can be undone.
    previous = models.JSONField(null=True, blank=True)
    # NULL, not "", when the client sent no key: NULLs never clash in the unique constraint.
    idempotency_key = models.CharField(max_length=80, null=True, blank=True)  # noqa: DJ001

    class Meta:
        ordering = ["-reviewed_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rating__gte=1) & models.Q(rating__lte=4), name="rating_range"
            ),
            models.UniqueConstraint(
                fields=["learner", "idempotency_key"], name="review_key_unique"
            ),
        ]

    def __str__(self):
        return f"{self.learner} · {self.card_id} · {self.rating}"


class LearnSession(models.Model):
    """An adaptive Learn session: which knowledge items are left, and what is asked next.

    The answers themselves are ordinary Answers in practice attempts (one per round), so they
    count for mastery and the class dashboard like any other answer.
    """

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learn_sessions"
    )
    essay = models.ForeignKey(Essay, on_delete=models.CASCADE, related_name="learn_sessions")
    topics = models.JSONField(default=list, blank=True)
    # {origin: {"right": n, "wrong": n, "asked": [question ids]}} for every chosen item.
    items = models.JSONField(default=dict)
    # Origins still to master, in the order they come up.
    queue = models.JSONField(default=list)
    round = models.ForeignKey(
        QuizAttempt, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    pending_question = models.ForeignKey(
        Question, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_answer = models.ForeignKey(
        Answer, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self):
        return f"{self.learner} · learn {self.essay.slug} · {self.started_at:%Y-%m-%d %H:%M}"
