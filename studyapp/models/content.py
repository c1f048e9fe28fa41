"""The essay as its author wrote it: passages, sentences and footnote references."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Essay(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")

    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=300)
    author = models.CharField(max_length=200, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    language = models.CharField(max_length=8, default="nl")
    source_name = models.CharField(
        max_length=300, blank=True, help_text=_("File it was loaded from.")
    )
    content_hash = models.CharField(max_length=64, blank=True)
    loaded_at = models.DateTimeField(auto_now=True)
    # Shipped essays have no owner: only staff manage them.
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="essays_owned",
    )
    status = models.CharField(
        max_length=10,
        choices=Status.choices,
        default=Status.PUBLISHED,
        help_text=_("A draft is seen by its owner only; learners see published essays."),
    )

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("essay_detail", args=[self.slug])

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def current_passages(self):
        return self.passages.filter(retired=False).order_by("number")


class Passage(models.Model):
    """One paragraph of the essay; `number` is its place in the current text, None once retired."""

    essay = models.ForeignKey(Essay, on_delete=models.CASCADE, related_name="passages")
    number = models.PositiveIntegerField(null=True, blank=True)
    text = models.TextField()
    retired = models.BooleanField(
        default=False, help_text=_("No longer in the essay's text; kept so history survives.")
    )

    class Meta:
        ordering = ["essay", "number"]
        constraints = [
            models.UniqueConstraint(fields=["essay", "number"], name="passage_number_unique"),
            models.CheckConstraint(
                condition=models.Q(retired=True) | models.Q(number__isnull=False),
                name="current_passage_has_number",
            ),
        ]

    def __str__(self):
        return f"{self.essay.slug} §{self.number}"

    def get_absolute_url(self):
        return f"{self.essay.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self):
        return f"p-{self.number}"


class Sentence(models.Model):
    passage = models.ForeignKey(Passage, on_delete=models.CASCADE, related_name="sentences")
    number = models.PositiveIntegerField()
    text = models.TextField()

    class Meta:
        ordering = ["passage", "number"]
        constraints = [
            models.UniqueConstraint(fields=["passage", "number"], name="sentence_number_unique"),
        ]

    def __str__(self):
        return self.text[:60]


class FootnoteRef(models.Model):
    """A footnote marker such as [3] as it stands in a passage."""

    passage = models.ForeignKey(Passage, on_delete=models.CASCADE, related_name="footnotes")
    number = models.PositiveIntegerField()
    offset = models.PositiveIntegerField(
        help_text=_("Character offset of the marker in the passage.")
    )

    class Meta:
        ordering = ["passage", "offset"]
        constraints = [
            models.UniqueConstraint(
                fields=["passage", "number", "offset"], name="footnote_ref_unique"
            ),
        ]

    def __str__(self):
        return f"[{self.number}]"
