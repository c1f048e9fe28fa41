"""A person's own data: download all of it, or delete the account and everything with it."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .assessment import is_sealed
from .models import Answer, CardState, Classroom, Membership, Profile, QuizAttempt, ReviewLog
from .validation import displayable


class AccountError(ValueError):
    """The request cannot be carried out; the message says why."""


def personal_data(user) -> dict:
    """Everything studyapp stores about this person, as plain JSON-ready data."""
    profile = Profile.objects.filter(user=user).first()
    attempts = (
        QuizAttempt.objects.filter(learner=user).select_related("essay").order_by("started_at")
    )
    answers = {}
    for answer in Answer.objects.filter(attempt__learner=user).select_related(
        "question", "attempt"
    ):
        # An open exam's answers are not graded to the learner until it is handed in.
        sealed = is_sealed(answer.attempt)
        answers.setdefault(answer.attempt_id, []).append(
            {
                "question": answer.question.uid,
                "prompt": answer.question.prompt,
                "response": answer.response,
                "correct": None if sealed else answer.correct,
                "score": None if sealed else answer.score,
                "answered_at": answer.answered_at.isoformat(),
            }
        )
    data = {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined.isoformat(),
            "role": profile.role if profile else None,
            "new_cards_per_day": profile.new_cards_per_day if profile else None,
        },
        "classes_joined": [
            {"name": m.classroom.name, "joined_at": m.joined_at.isoformat()}
            for m in Membership.objects.filter(learner=user).select_related("classroom")
        ],
        "classes_taught": [
            {"name": c.name, "join_code": c.join_code, "learners": c.memberships.count()}
            for c in Classroom.objects.filter(teacher=user)
        ],
        "quiz_attempts": [
            {
                "essay": a.essay.slug,
                "mode": a.mode,
                "started_at": a.started_at.isoformat(),
                "submitted_at": a.submitted_at.isoformat() if a.submitted_at else None,
                "score": a.score,
                "answers": answers.get(a.pk, []),
            }
            for a in attempts
        ],
        "flashcards": [
            {
                "card": s.card.uid,
                "front": s.card.front,
                "due": s.due.isoformat(),
                "reps": s.reps,
                "lapses": s.lapses,
                "fsrs": s.fsrs,
            }
            for s in CardState.objects.filter(learner=user).select_related("card")
        ],
        "reviews": [
            {"card": r.card.uid, "rating": r.rating, "reviewed_at": r.reviewed_at.isoformat()}
            for r in ReviewLog.objects.filter(learner=user).select_related("card")
        ],
    }
    # Text an older version let in (an unpaired surrogate) must not cost a learner the export.
    return displayable(data)


def delete_account(user, password: str) -> None:
    """Delete the account with everything that belongs to it, after the password is confirmed."""
    if not password or not user.check_password(password):
        raise AccountError(_("That is not your password; the account was not deleted."))
    with transaction.atomic():
        user.delete()  # attempts, answers, cards, classes taught: all cascade
