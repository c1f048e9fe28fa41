"""The generated question bank and flashcards."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .content import Essay, Passage
from .knowledge import Topic

PAIR_SEPARATOR = " → "


def pair_of(answer: str) -> tuple[str, str]:
    left, _sep, right = answer.partition(PAIR_SEPARATOR)
    return left, right


class Generated(models.Model):
    """What questions and cards share: a stable id, a cited passage, topics and an edit lock."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("active")
        RETIRED = "retired", _("retired")

    uid = models.CharField(max_length=40, unique=True, help_text=_("Stable across regeneration."))
    essay = models.ForeignKey(Essay, on_delete=models.CASCADE, related_name="%(class)ss")
    origin = models.CharField(
        max_length=1000, help_text=_("The knowledge item or text span it was generated from.")
    )
    # Passages are retired, never deleted, while the essay lives; with the essay all goes.
    passage = models.ForeignKey(Passage, on_delete=models.CASCADE, related_name="%(class)ss")
    excerpt = models.TextField(help_text=_("The exact words of the passage that support it."))
    topics = models.ManyToManyField(Topic, blank=True, related_name="%(class)ss")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    edited = models.BooleanField(
        default=False, help_text=_("Edited by hand: regeneration keeps the text as it is.")
    )
    generated_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.uid


class Question(Generated):
    class Type(models.TextChoices):
        MULTIPLE_CHOICE = "multiple_choice", _("multiple choice")
        TRUE_FALSE = "true_false", _("true/false")
        CLOZE = "cloze", _("cloze")
        SHORT_ANSWER = "short_answer", _("short answer")
        QUOTE = "quote_attribution", _("quote attribution")
        ORDERING = "ordering", _("timeline ordering")
        MATCHING = "matching", _("matching")
        ARGUMENT = "argument", _("argument")

    qtype = models.CharField(max_length=20, choices=Type.choices)
    variant = models.CharField(max_length=40, blank=True)
    prompt = models.TextField()
    options = models.JSONField(default=list, blank=True)
    answers = models.JSONField(default=list)
    explanation = models.TextField()
    sources = models.JSONField(
        default=list,
        help_text=_("Every passage it draws on: [{passage, excerpt}], the first as above."),
    )
    difficulty = models.FloatField(default=0.5, help_text=_("0 easy … 1 hard (estimate)."))
    language = models.CharField(max_length=8, default="nl")

    class Meta:
        ordering = ["passage__number", "uid"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(difficulty__gte=0) & models.Q(difficulty__lte=1),
                name="question_difficulty_range",
            ),
        ]

    def matching_pairs(self) -> dict[str, str]:
        """A matching question's answer as {left: right}, from its "left → right" strings."""
        return dict(pair_of(answer) for answer in self.answers)


class Card(Generated):
    class Kind(models.TextChoices):
        FACT = "fact", _("fact")
        PERSON = "person", _("person")
        PERSON_REVERSE = "person_reverse", _("person (reverse)")
        CONCEPT = "concept", _("concept")
        CONCEPT_REVERSE = "concept_reverse", _("concept (reverse)")
        QUOTE = "quote", _("quote")
        EVENT = "event", _("event")
        ARGUMENT = "argument", _("argument")
        CLOZE = "cloze", _("cloze")

    kind = models.CharField(max_length=20, choices=Kind.choices)
    front = models.TextField()
    back = models.TextField()
    cloze = models.TextField(blank=True, help_text=_("For cloze cards: the text with {{c1::…}}."))

    class Meta:
        ordering = ["passage__number", "uid"]
