"""People using the app: roles, classes and the work a teacher assigns to a class."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Profile(models.Model):
    class Role(models.TextChoices):
        LEARNER = "learner", _("learner")
        TEACHER = "teacher", _("teacher")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.LEARNER)
    new_cards_per_day = models.PositiveSmallIntegerField(default=20)

    def __str__(self):
        return f"{self.user} ({self.role})"


class Classroom(models.Model):
    name = models.CharField(max_length=120)
    teacher = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="classrooms_taught"
    )
    join_code = models.CharField(max_length=12, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Membership(models.Model):
    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="memberships")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["classroom", "learner"], name="membership_unique"),
        ]

    def __str__(self):
        return f"{self.learner} in {self.classroom}"


class Assignment(models.Model):
    """Work a teacher sets a class: a quiz built from these choices, due by a date."""

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="assignments")
    title = models.CharField(max_length=200)
    essay = models.ForeignKey(
        "studyapp.Essay", on_delete=models.CASCADE, related_name="assignments"
    )
    topics = models.JSONField(default=list, blank=True)
    types = models.JSONField(default=list, blank=True)
    count = models.PositiveSmallIntegerField(default=10)
    mode = models.CharField(max_length=10, default="exam")
    time_limit_minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    due_at = models.DateTimeField()
    # Closed early by the teacher: no new starts, open attempts are handed in.
    closed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(count__gte=1) & models.Q(count__lte=100),
                name="assignment_count_range",
            ),
        ]

    def __str__(self):
        return self.title
