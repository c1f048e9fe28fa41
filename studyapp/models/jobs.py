"""Background work on an essay: one row per upload, recording where its processing stands.

The row lives in the database, not in a worker's memory, so every app server and every worker
(database or Redis queue) sees the same state.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .content import Essay


class EssayJob(models.Model):
    class Stage(models.TextChoices):
        QUEUED = "queued", _("queued")
        SPLITTING = "splitting", _("splitting into passages and sentences")
        DRAFTING = "drafting", _("drafting")
        GENERATING = "generating", _("generating questions")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    FINISHED = (Stage.DONE, Stage.FAILED)

    essay = models.ForeignKey(Essay, on_delete=models.CASCADE, related_name="jobs")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    # The upload as it was checked at the edge; the worker parses and stores it.
    source_name = models.CharField(max_length=300, blank=True)
    source_text = models.TextField()
    source_format = models.CharField(max_length=10)
    title = models.CharField(max_length=300)
    language = models.CharField(max_length=8, blank=True, help_text=_("Empty: detected."))
    # Errors and summaries are written in the uploader's language.
    user_language = models.CharField(max_length=8, default="nl")

    stage = models.CharField(max_length=12, choices=Stage.choices, default=Stage.QUEUED)
    done = models.PositiveIntegerField(default=0, help_text=_("Units of the stage done."))
    total = models.PositiveIntegerField(default=0, help_text=_("Units of the stage in all."))
    summary = models.TextField(blank=True)
    error = models.TextField(blank=True)
    task_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["essay", "-created_at"], name="essayjob_latest")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(done__lte=models.F("total")), name="essayjob_done_le_total"
            ),
        ]

    def __str__(self):
        return f"{self.essay.slug}: {self.stage}"

    @property
    def is_finished(self) -> bool:
        return self.stage in self.FINISHED

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0
