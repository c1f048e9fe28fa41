"""The curated study pack: what the essay says, each item anchored to the span that supports it."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .content import Essay, Passage


class Topic(models.Model):
    essay = models.ForeignKey(Essay, on_delete=models.CASCADE, related_name="topics")
    slug = models.SlugField(max_length=80)
    name = models.CharField(max_length=120)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["essay", "position", "name"]
        constraints = [
            models.UniqueConstraint(fields=["essay", "slug"], name="topic_slug_unique"),
        ]

    def __str__(self):
        return self.name


class Centrality(models.TextChoices):
    """How central an item is to the essay: the bank asks most about core items."""

    CORE = "core", _("core")
    SUPPORTING = "supporting", _("supporting")
    DETAIL = "detail", _("detail (cards only)")


class ReviewStatus(models.TextChoices):
    """Drafted items wait for their author; only accepted items reach the generators."""

    DRAFTED = "drafted", _("drafted")
    ACCEPTED = "accepted", _("accepted")
    REJECTED = "rejected", _("rejected")


class Anchored(models.Model):
    """A knowledge item with a stable key, the passage it comes from and its verbatim support."""

    ReviewStatus = ReviewStatus

    essay = models.ForeignKey(Essay, on_delete=models.CASCADE, related_name="%(class)s_items")
    key = models.SlugField(max_length=100, help_text=_("Stable key within the essay."))
    passage = models.ForeignKey(Passage, on_delete=models.CASCADE, related_name="%(class)s_items")
    span = models.TextField(help_text=_("The exact words of the passage that support this item."))
    topics = models.ManyToManyField(Topic, blank=True, related_name="%(class)s_items")
    centrality = models.CharField(
        max_length=12, choices=Centrality.choices, default=Centrality.SUPPORTING
    )
    # Curated and loaded items are accepted; the drafter stores its items as drafted.
    review_status = models.CharField(
        max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.ACCEPTED
    )
    confidence = models.FloatField(
        default=1.0, help_text=_("How sure the drafter was, 0 to 1; 1 for curated items.")
    )

    class Meta:
        abstract = True
        ordering = ["passage__number", "key"]
        constraints = [
            models.UniqueConstraint(fields=["essay", "key"], name="%(class)s_key_unique"),
        ]

    def __str__(self):
        return self.key

    def span_is_anchored(self):
        return bool(self.span) and self.span in self.passage.text

    def clean(self):
        super().clean()
        if self.passage_id and not self.span_is_anchored():
            raise ValidationError(
                {
                    "span": _("This text does not occur word for word in passage %(n)s.")
                    % {"n": self.passage.number}
                }
            )


class Person(Anchored):
    name = models.CharField(max_length=120, help_text=_("As the essay spells it."))
    variants = models.JSONField(default=list, blank=True, help_text=_("Other spellings."))
    role = models.TextField(help_text=_("Who this person is in the essay."))

    class Meta(Anchored.Meta):
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def all_names(self):
        return [self.name, *self.variants]


class Event(Anchored):
    title = models.CharField(max_length=300, help_text=_("What happened."))
    when = models.CharField(max_length=80, help_text=_("As the essay dates it: a year, a month."))
    year = models.IntegerField()
    place = models.CharField(max_length=120, blank=True)
    people = models.ManyToManyField(Person, blank=True, related_name="events")

    class Meta(Anchored.Meta):
        ordering = ["year", "key"]

    def __str__(self):
        return f"{self.when}: {self.title}"


class Work(Anchored):
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=60, help_text=_("boek, brochure, website, ..."))
    author = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="works"
    )
    year = models.IntegerField(null=True, blank=True)
    footnote = models.PositiveIntegerField(null=True, blank=True)

    def __str__(self):
        return self.title

    # Dutch article of each kind of work, for phrases such as "het boek «…»".
    KIND_ARTICLES = {
        "boek": "het",
        "artikel": "het",
        "document": "het",
        "manifest": "het",
        "platform": "het",
        "brochure": "de",
        "website": "de",
        "bespreking": "de",
        "verklaring": "de",
        "brief": "de",
    }

    def kind_phrase(self):
        """The work as a Dutch noun phrase: «het boek “X”», or its title when that says it all."""
        if self.title[:1].islower() or self.kind.lower() in self.title.lower():
            return self.title
        article = self.KIND_ARTICLES.get(self.kind.lower())
        return f"{article} {self.kind} «{self.title}»" if article else f"«{self.title}»"


class Quote(Anchored):
    text = models.TextField()
    speaker = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="quotes",
        help_text=_("Empty when the quote speaks for a group, as in a platform."),
    )
    work = models.ForeignKey(
        Work, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    year = models.IntegerField(null=True, blank=True)

    def __str__(self):
        return self.text[:80]

    def clean(self):
        super().clean()
        if self.text and self.text not in self.span:
            raise ValidationError({"text": _("The quote must stand inside its supporting span.")})


class Fact(Anchored):
    class Kind(models.TextChoices):
        DATE = "date", _("date")
        NUMBER = "number", _("number")
        PERSON = "person", _("person")
        PLACE = "place", _("place")
        GROUP = "group", _("group or organisation")
        WORK = "work", _("work")
        CONCEPT = "concept", _("concept")

    statement = models.TextField(help_text=_("The fact as a sentence; it contains the answer."))
    answer = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)

    def clean(self):
        super().clean()
        if self.answer and self.answer not in self.statement:
            raise ValidationError({"answer": _("The answer must stand in the statement.")})
        if self.answer and self.answer not in self.span:
            raise ValidationError({"answer": _("The answer must stand in the supporting span.")})


class Concept(Anchored):
    term = models.CharField(max_length=200)
    definition = models.TextField(help_text=_("How the essay defines or uses the term."))

    def __str__(self):
        return self.term


class Argument(Anchored):
    class Stance(models.TextChoices):
        ENDORSES = "endorses", _("endorses")
        REJECTS = "rejects", _("rejects")

    subject = models.CharField(max_length=200, help_text=_("The episode or question it is about."))
    claim = models.TextField(help_text=_("The author's claim."))
    position = models.TextField(help_text=_("The position the author takes a stance on."))
    stance = models.CharField(max_length=10, choices=Stance.choices)


class ArgumentPoint(models.Model):
    class Kind(models.TextChoices):
        REASON = "reason", _("reason")
        EVIDENCE = "evidence", _("evidence")
        COUNTER = "counter", _("counter-position answered")
        CONCLUSION = "conclusion", _("conclusion")

    argument = models.ForeignKey(Argument, on_delete=models.CASCADE, related_name="points")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    position = models.PositiveIntegerField(default=0)
    text = models.TextField(help_text=_("The point in a sentence."))
    passage = models.ForeignKey(Passage, on_delete=models.CASCADE, related_name="argument_points")
    span = models.TextField()

    class Meta:
        ordering = ["argument", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["argument", "position"], name="argument_point_position_unique"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.text[:60]}"

    span_is_anchored = Anchored.span_is_anchored
    clean = Anchored.clean
