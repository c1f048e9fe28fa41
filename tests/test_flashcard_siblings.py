"""Flashcard study spreads the cards of one knowledge item over days, as Anki buries siblings."""

from datetime import timedelta

import pytest
from django.utils import timezone

from studyapp import scheduling
from studyapp.models import CardState, Profile

pytestmark = pytest.mark.django_db


def test_one_day_never_shows_two_cards_of_the_same_knowledge_item(shipped_bank, learner):
    Profile.objects.filter(user=learner).update(new_cards_per_day=30)
    now = timezone.now().replace(hour=10)
    origins = []
    for _ in range(30):
        queue = scheduling.study_queue(learner, shipped_bank, now=now)
        if queue.card is None:
            break
        if queue.state is None:  # a new card
            assert queue.card.origin not in origins, queue.card.origin
            origins.append(queue.card.origin)
        scheduling.review_card(learner, queue.card, 4, now=now)
    assert len(origins) == 30


def test_a_buried_sibling_comes_the_next_day(shipped_bank, learner):
    now = timezone.now().replace(hour=10)
    first = scheduling.study_queue(learner, shipped_bank, now=now).card
    siblings = shipped_bank.cards.filter(origin=first.origin).exclude(pk=first.pk)
    assert siblings.exists()  # a person has a card both ways
    scheduling.review_card(learner, first, 4, now=now)
    shown_today = []
    for _ in range(5):
        queue = scheduling.study_queue(learner, shipped_bank, now=now)
        shown_today.append(queue.card)
        scheduling.review_card(learner, queue.card, 4, now=now)
    assert not set(shown_today) & set(siblings)
    states = CardState.objects.filter(learner=learner)
    assert first.origin in scheduling.buried_siblings(states, now)[0]
    tomorrow = now + timedelta(days=1)
    assert scheduling.buried_siblings(states, tomorrow)[0] == set()
