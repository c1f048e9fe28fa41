"""Aggregates of the answers, folded in after the fact, so dashboards never read raw answers."""

from django.conf import settings
from django.db import models

from .bank import Question
from .classes import Classroom
from .content import Essay
from .knowledge import Topic


class LearnerTopicStat(models.Model):
    """A learner's quiz evidence on one topic: recency-weighted sums as of the last answer.

    Both sums are scaled to `last_answered_at` (weight 1 there, halving every week before), so
    their ratio is the recency-weighted share right at any later moment.
    """

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="topic_stats"
    )
    essay = models.ForeignKey(Essay, on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="learner_stats")
    weighted_score = models.FloatField(default=0)
    weight = models.FloatField(default=0)
    answers = models.PositiveIntegerField(default=0)
    last_answered_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "topic"], name="one_stat_per_topic"),
        ]
        indexes = [models.Index(fields=["essay", "learner"])]

    def __str__(self):
        return f"{self.learner_id} · {self.topic_id}"


class LearnerEssayStat(models.Model):
    """A learner's counted answers on an essay: their ability estimate and last activity."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="essay_stats"
    )
    essay = models.ForeignKey(Essay, on_delete=models.CASCADE, related_name="+")
    answers = models.PositiveIntegerField(default=0)
    right = models.FloatField(default=0)
    last_answered_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "essay"], name="one_stat_per_essay"),
        ]

    def __str__(self):
        return f"{self.learner_id} · {self.essay_id}"


class ClassItemStat(models.Model):
    """How a class answered one question: the sums behind facility and discrimination."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="item_stats")
    essay = models.ForeignKey(Essay, on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="class_stats")
    answers = models.PositiveIntegerField(default=0)
    learners = models.PositiveIntegerField(default=0)
    right = models.FloatField(default=0)
    # Sums over the answers whose learner had earlier answers: x = right (0/1), y = the
    # learner's share right on those earlier answers. Enough for the point-biserial r.
    pairs = models.PositiveIntegerField(default=0)
    sum_x = models.FloatField(default=0)
    sum_y = models.FloatField(default=0)
    sum_yy = models.FloatField(default=0)
    sum_xy = models.FloatField(default=0)
    choices = models.JSONField(default=dict)  # option -> times chosen
    # Derived from the sums when they change, so the item list sorts and pages in SQL.
    facility = models.FloatField(default=0)
    discrimination = models.FloatField(null=True)
    flagged = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["classroom", "question"], name="one_stat_per_item"),
        ]
        indexes = [models.Index(fields=["classroom", "essay", "flagged", "discrimination"])]

    def __str__(self):
        return f"{self.classroom_id} · {self.question_id}"

    @property
    def attempts(self):
        return self.answers

    @property
    def chosen(self):
        """(option, times chosen, is right) for every option of a choice question."""
        if not self.choices:
            return []
        question = self.question
        return [(o, self.choices.get(o, 0), o in question.answers) for o in question.options]
