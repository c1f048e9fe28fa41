"""What happens to a question or card after generation: learners' reports, the owner's changes."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .bank import Card, Question


class QuestionReport(models.Model):
    """A learner says something is wrong with a question; its essay's owner resolves it."""

    class Reason(models.TextChoices):
        WRONG_ANSWER = "wrong_answer", _("the answer is wrong")
        UNCLEAR = "unclear", _("the question is unclear")
        BAD_DUTCH = "bad_dutch", _("bad Dutch")
        NOT_IN_ESSAY = "not_in_essay", _("not in the essay")

    class Resolution(models.TextChoices):
        EDITED = "edited", _("the question was corrected")
        RETIRED = "retired", _("the question was taken out")
        DISMISSED = "dismissed", _("the question was checked and kept as it is")

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="question_reports"
    )
    reason = models.CharField(max_length=20, choices=Reason.choices)
    comment = models.TextField(blank=True, max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)
    resolution = models.CharField(max_length=10, choices=Resolution.choices, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # One open report per learner per question: reporting twice does not count twice.
            models.UniqueConstraint(
                fields=["question", "reporter"],
                condition=models.Q(resolved_at__isnull=True),
                name="one_open_report_per_learner",
            ),
        ]

    def __str__(self):
        return f"{self.question_id} · {self.reason}"

    @property
    def is_open(self):
        return self.resolved_at is None


class QuestionChange(models.Model):
    """One line of a question's history: who edited, retired, restored or resolved it, when."""

    class Action(models.TextChoices):
        EDITED = "edited", _("edited")
        RETIRED = "retired", _("retired")
        RESTORED = "restored", _("restored")
        DISMISSED = "dismissed", _("reports dismissed")

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="changes")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    action = models.CharField(max_length=10, choices=Action.choices)
    # For an edit: {field: [before, after]} of what changed.
    details = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    FIELD_LABELS = {
        "prompt": _("question"),
        "options": _("options"),
        "answers": _("right answers"),
        "explanation": _("explanation"),
        "topics": _("topics"),
    }

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.question_id} {self.action}"

    @property
    def changed_fields(self) -> list[str]:
        """What an edit changed, in the reader's language."""
        return [str(self.FIELD_LABELS.get(name, name)) for name in self.details]


class CardChange(models.Model):
    """One line of a flashcard's history: who edited, retired or restored it, when."""

    class Action(models.TextChoices):
        EDITED = "edited", _("edited")
        RETIRED = "retired", _("retired")
        RESTORED = "restored", _("restored")

    card = models.ForeignKey(Card, on_delete=models.CASCADE, related_name="changes")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    action = models.CharField(max_length=10, choices=Action.choices)
    # For an edit: {field: [before, after]} of what changed.
    details = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    FIELD_LABELS = {
        "front": _("front"),
        "back": _("back"),
        "cloze": _("cloze text"),
        "topics": _("topics"),
    }

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.card_id} {self.action}"

    @property
    def changed_fields(self) -> list[str]:
        """What an edit changed, in the reader's language."""
        return [str(self.FIELD_LABELS.get(name, name)) for name in self.details]
