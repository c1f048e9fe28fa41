"""The owner changes an essay's title and details, or deletes it with everything that hangs on it."""

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from .models import Assignment, Card, CardState, Essay, Question, QuizAttempt, ReviewLog

EDITABLE = ("title", "author", "byline", "language")


class EssayEditError(ValueError):
    """The change cannot be made; the message says why, in the user's language."""


def update_essay(essay: Essay, **values) -> Essay:
    """Change the title and the details shown with it; the text and the bank stay as they are."""
    values = {k: (v or "").strip() for k, v in values.items() if k in EDITABLE}
    if not values.get("title", essay.title):
        raise EssayEditError(_("Give the essay a title."))
    for name, value in values.items():
        setattr(essay, name, value)
    essay.save(update_fields=[*values, "loaded_at"])
    return essay


@dataclass
class EssayFootprint:
    questions: int
    cards: int
    attempts: int
    learners: int
    card_states: int
    reviews: int
    assignments: int


def essay_footprint(essay: Essay) -> EssayFootprint:
    """What goes when the essay goes: counted, so the confirmation can say it."""
    attempts = QuizAttempt.objects.filter(essay=essay)
    return EssayFootprint(
        questions=Question.objects.filter(essay=essay).count(),
        cards=Card.objects.filter(essay=essay).count(),
        attempts=attempts.count(),
        learners=attempts.values("learner").distinct().count(),
        card_states=CardState.objects.filter(card__essay=essay).count(),
        reviews=ReviewLog.objects.filter(card__essay=essay).count(),
        assignments=Assignment.objects.filter(essay=essay).count(),
    )


def delete_essay(essay: Essay) -> EssayFootprint:
    """Delete the essay with its passages, bank, quizzes, flashcard progress and assignments."""
    footprint = essay_footprint(essay)
    with transaction.atomic():
        essay.delete()
    return footprint
