"""Flashcard study with FSRS (the `fsrs` package): due queue, daily new-card limit, reviews, undo."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from fsrs import Card as FsrsCard
from fsrs import Rating, Scheduler

from .models import Card, CardState, Profile, ReviewLog
from .validation import text_problem

# Without fuzzing, the interval shown on a button is exactly the one the card gets.
SCHEDULER = Scheduler(enable_fuzzing=False)
RATINGS = [
    (Rating.Again, "again"),
    (Rating.Hard, "hard"),
    (Rating.Good, "good"),
    (Rating.Easy, "easy"),
]


class StudyError(ValueError):
    """A review that cannot be carried out; the message says why."""


class ReviewKeyConflict(StudyError):
    """The review's key was already used for a rating of another card."""


def new_cards_per_day(user) -> int:
    profile, _created = Profile.objects.get_or_create(user=user)
    return profile.new_cards_per_day


def _start_of_day(now: datetime) -> datetime:
    return timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)


def study_cards(essay, topics=()):
    cards = Card.objects.filter(essay=essay, status=Card.Status.ACTIVE)
    if topics:
        cards = cards.filter(topics__slug__in=topics).distinct()
    return cards


@dataclass
class Queue:
    card: Card | None
    state: CardState | None
    due_count: int
    new_count: int
    new_left_today: int
    next_due: datetime | None


def study_queue(user, essay, topics=(), now=None) -> Queue:
    """The next card to study: due reviews first (oldest first), then new cards up to the limit."""
    now = now or timezone.now()
    cards = study_cards(essay, topics)
    states = CardState.objects.filter(learner=user, card__in=cards).select_related("card")
    # As Anki buries siblings: once one card of a knowledge item was studied today, its other
    # cards (new ones, and reviews of other cards) wait until tomorrow.
    buried_origins, studied_cards = buried_siblings(states, now)
    due = (
        states.filter(due__lte=now)
        .exclude(Q(card__origin__in=buried_origins) & ~Q(card_id__in=studied_cards))
        .order_by("due", "pk")
    )
    introduced_today = CardState.objects.filter(
        learner=user, first_reviewed_at__gte=_start_of_day(now)
    ).count()
    new_left = max(0, new_cards_per_day(user) - introduced_today)
    new_cards = (
        cards.exclude(states__learner=user)
        .exclude(origin__in=buried_origins)
        .order_by("passage__number", "uid")
    )
    due_count, new_total = due.count(), new_cards.count()
    first_due = due.first()
    if first_due:
        card, state = first_due.card, first_due
    elif new_left and new_total:
        card, state = new_cards.first(), None
    else:
        card, state = None, None
    upcoming = states.filter(due__gt=now).order_by("due").values_list("due", flat=True).first()
    return Queue(card, state, due_count, min(new_total, new_left), new_left, upcoming)


def buried_siblings(states, now) -> tuple[set[str], set[int]]:
    """Knowledge items (card origins) studied today, and the cards studied today."""
    studied_today = states.filter(last_reviewed_at__gte=_start_of_day(now))
    rows = list(studied_today.values_list("card__origin", "card_id"))
    return {origin for origin, _card in rows}, {card for _origin, card in rows}


def _fsrs_card(state: CardState | None) -> FsrsCard:
    return FsrsCard.from_dict(state.fsrs) if state else FsrsCard()


def next_intervals(state: CardState | None, now=None) -> dict[str, timedelta]:
    """What each rating would do: the interval until the card is due again."""
    now = now or timezone.now()
    card = _fsrs_card(state)
    return {name: SCHEDULER.review_card(card, rating, now)[0].due - now for rating, name in RATINGS}


def describe_interval(delta: timedelta) -> str:
    minutes = max(1, round(delta.total_seconds() / 60))
    if minutes < 60:
        return _("%(n)s min") % {"n": minutes}
    hours = round(minutes / 60)
    if hours < 24:
        return ngettext("%(n)s hour", "%(n)s hours", hours) % {"n": hours}
    days = round(hours / 24)
    if days < 31:
        return ngettext("%(n)s day", "%(n)s days", days) % {"n": days}
    months = round(days / 30.4)
    if months < 12:
        return ngettext("%(n)s month", "%(n)s months", months) % {"n": months}
    years = round(days / 365, 1)
    return _("%(n)s yr") % {"n": f"{years:g}"}


def review_card(user, card: Card, rating: int, now=None, key=None) -> CardState:
    """Rate a card (1 Again … 4 Easy) and move its FSRS state; a repeated key counts once."""
    if rating not in (1, 2, 3, 4):
        raise StudyError(_("A rating is 1 (again), 2 (hard), 3 (good) or 4 (easy)."))
    if key is not None and (not isinstance(key, str) or len(key) > 80 or text_problem(key)):
        raise StudyError(_("The rating has no valid idempotency key."))
    now = now or timezone.now()
    if key:
        earlier = ReviewLog.objects.filter(learner=user, idempotency_key=key).first()
        if earlier and earlier.card_id != card.pk:
            raise ReviewKeyConflict(_("This key was already used for another card."))
        if earlier:
            return CardState.objects.get(learner=user, card=card)
    try:
        with transaction.atomic():
            state = CardState.objects.select_for_update().filter(learner=user, card=card).first()
            previous = None
            if state:
                previous = {
                    "fsrs": state.fsrs,
                    "due": state.due.isoformat(),
                    "reps": state.reps,
                    "lapses": state.lapses,
                    "last_reviewed_at": state.last_reviewed_at.isoformat(),
                }
            updated, _log = SCHEDULER.review_card(_fsrs_card(state), Rating(rating), now)
            if state is None:
                state = CardState(learner=user, card=card, first_reviewed_at=now)
            state.fsrs = updated.to_dict()
            state.due = updated.due
            state.reps += 1
            state.lapses += 1 if rating == 1 and previous and previous["reps"] else 0
            state.last_reviewed_at = now
            state.save()
            ReviewLog.objects.create(
                learner=user,
                card=card,
                rating=rating,
                reviewed_at=now,
                previous=previous,
                idempotency_key=key or None,
            )
    except IntegrityError:
        # The same review (same key) was stored by a concurrent request.
        stored = CardState.objects.filter(learner=user, card=card).first()
        if stored is None:
            raise ReviewKeyConflict(_("This key was already used for another card.")) from None
        return stored
    return state


def undo_last_review(user, essay=None) -> ReviewLog | None:
    """Take back the learner's last rating: the card returns to the state it had before."""
    with transaction.atomic():
        logs = ReviewLog.objects.select_for_update().filter(learner=user)
        if essay is not None:
            logs = logs.filter(card__essay=essay)
        last = logs.order_by("-reviewed_at", "-pk").first()
        if last is None:
            return None
        state = CardState.objects.get(learner=user, card=last.card)
        if last.previous is None:
            state.delete()
        else:
            state.fsrs = last.previous["fsrs"]
            state.due = datetime.fromisoformat(last.previous["due"])
            state.reps = last.previous["reps"]
            state.lapses = last.previous["lapses"]
            state.last_reviewed_at = datetime.fromisoformat(last.previous["last_reviewed_at"])
            state.save()
        last.delete()
    return last


def retrievability(state: CardState, now=None) -> float:
    return SCHEDULER.get_card_retrievability(_fsrs_card(state), now or timezone.now())


def recall_probability(stability, last_review, now) -> float:
    """FSRS retrievability from a stored stability and last review, without a whole card."""
    if not stability or last_review is None:
        return 0.0
    # A card_id given: fsrs otherwise sleeps a millisecond to make a unique one.
    card = FsrsCard(card_id=1, stability=stability, last_review=last_review)
    return SCHEDULER.get_card_retrievability(card, now)
