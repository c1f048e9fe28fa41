"""Flashcard study with FSRS: queue, daily new-card limit, ratings, intervals and undo."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from studyapp import scheduling
from studyapp.models import Card, CardState, Profile, ReviewLog

pytestmark = pytest.mark.django_db


def test_a_good_rating_moves_the_card_forward_and_again_brings_it_back(shipped_bank, learner):
    now = timezone.now()
    card = scheduling.study_queue(learner, shipped_bank, now=now).card
    state = scheduling.review_card(learner, card, 3, now=now)
    assert state.due > now and state.reps == 1
    later = state.due + timedelta(minutes=1)
    state = scheduling.review_card(learner, card, 3, now=later)
    good_due = state.due
    assert good_due - later >= timedelta(hours=12)
    state = scheduling.review_card(learner, card, 1, now=good_due)
    assert state.due - good_due <= timedelta(minutes=15)
    assert state.lapses == 1
    assert ReviewLog.objects.filter(learner=learner).count() == 3


def test_buttons_show_the_interval_the_card_will_really_get(shipped_bank, learner):
    now = timezone.now()
    card = scheduling.study_queue(learner, shipped_bank, now=now).card
    shown = scheduling.next_intervals(None, now)
    assert shown["again"] < shown["hard"] <= shown["good"] < shown["easy"]
    state = scheduling.review_card(learner, card, 4, now=now)
    assert state.due - now == shown["easy"]


def test_due_cards_come_before_new_ones_and_new_cards_are_limited_per_day(shipped_bank, learner):
    Profile.objects.filter(user=learner).update(new_cards_per_day=3)
    now = timezone.now()
    seen = []
    for _ in range(3):
        queue = scheduling.study_queue(learner, shipped_bank, now=now)
        seen.append(queue.card)
        scheduling.review_card(learner, queue.card, 4, now=now)
    queue = scheduling.study_queue(learner, shipped_bank, now=now)
    assert queue.card is None and queue.new_left_today == 0 and queue.next_due
    first = CardState.objects.get(learner=learner, card=seen[0])
    queue = scheduling.study_queue(learner, shipped_bank, now=first.due + timedelta(seconds=1))
    assert queue.state is not None and queue.card in seen


def test_studying_only_some_topics(shipped_bank, learner):
    queue = scheduling.study_queue(learner, shipped_bank, topics=["machno"])
    assert queue.card.topics.filter(slug="machno").exists()
    machno_cards = Card.objects.filter(essay=shipped_bank, topics__slug="machno").count()
    assert queue.new_count == min(machno_cards, 20)


def test_undo_restores_the_card_as_it_was(shipped_bank, learner):
    now = timezone.now()
    card = scheduling.study_queue(learner, shipped_bank, now=now).card
    first = scheduling.review_card(learner, card, 3, now=now)
    before = (first.fsrs, first.due, first.reps)
    scheduling.review_card(learner, card, 1, now=first.due)
    scheduling.undo_last_review(learner, shipped_bank)
    restored = CardState.objects.get(learner=learner, card=card)
    assert (restored.fsrs, restored.due, restored.reps) == before
    scheduling.undo_last_review(learner, shipped_bank)
    assert not CardState.objects.filter(learner=learner, card=card).exists()
    assert scheduling.undo_last_review(learner, shipped_bank) is None


def test_a_repeated_rating_with_the_same_key_counts_once(shipped_bank, learner):
    card = scheduling.study_queue(learner, shipped_bank).card
    scheduling.review_card(learner, card, 3, key="tap-1")
    scheduling.review_card(learner, card, 3, key="tap-1")
    assert ReviewLog.objects.filter(learner=learner).count() == 1
    with pytest.raises(scheduling.StudyError):
        scheduling.review_card(learner, card, 7)


def test_each_learner_has_their_own_card_state(shipped_bank, learner, other_learner):
    card = scheduling.study_queue(learner, shipped_bank).card
    scheduling.review_card(learner, card, 4)
    assert scheduling.study_queue(other_learner, shipped_bank).card == card
    scheduling.undo_last_review(other_learner, shipped_bank)
    assert CardState.objects.filter(learner=learner).count() == 1


def test_the_study_page_flips_and_rates(shipped_bank, learner, learner_client):
    url = reverse("study", args=[shipped_bank.slug])
    page = learner_client.get(url).content.decode()
    assert 'id="show-answer"' in page and 'name="rating"' not in page
    page = learner_client.get(url + "?reveal=1").content.decode()
    for rating in ("1", "2", "3", "4"):
        assert f'name="rating" value="{rating}"' in page
    card = scheduling.study_queue(learner, shipped_bank).card
    learner_client.post(
        reverse("study_rate", args=[shipped_bank.slug]),
        {"card": card.uid, "rating": "3", "key": "page-1"},
    )
    assert CardState.objects.filter(learner=learner, card=card).exists()
    learner_client.post(reverse("study_undo", args=[shipped_bank.slug]))
    assert not CardState.objects.filter(learner=learner, card=card).exists()


DRAFTED_COLUMN = """De universiteit

Haar vader studeerde in Leiden, maar Amalia gaat naar Amsterdam. Hoogleraren als Carolus Clusius trokken studenten uit heel Europa.

In historische tijdschriften zijn Groot-Brittannië en de Verenigde Staten oververtegenwoordigd. Een belangrijke reden daarvoor is de dominantie van het Engels.
""".encode()


def test_a_drafted_pack_makes_no_card_that_teaches_nothing():
    """The 47th round: "Wie is in het essay: genoemd in: …?" for a name without a role, and
    "Welke redenen geeft de auteur?" over a claim with only a counter-point and an empty back."""
    from studyapp.generation import generate_bank

    from .test_why_questions import drafted

    essay = drafted(DRAFTED_COLUMN, "kaarten")
    generate_bank(essay)
    cards = list(Card.objects.filter(essay=essay))
    assert not any("genoemd in" in c.front or "genoemd in" in c.back for c in cards)
    arguments = [c for c in cards if c.kind == "argument"]
    assert [c.front for c in arguments] == [
        "Stelling van de auteur: In historische tijdschriften zijn Groot-Brittannië en de "
        "Verenigde Staten oververtegenwoordigd. Welke redenen geeft de auteur?"
    ]
    assert "Door de dominantie van het Engels." in arguments[0].back


def test_an_event_card_never_shows_its_own_year_on_the_front():
    from studyapp.generation import generate_bank

    from .test_why_questions import drafted

    text = (
        b"De dijk\n\nIn 1953, na een storm die dagen duurde, brak de dijk door. "
        b"In 1958 begon de bouw van de Deltawerken aan de Oosterschelde.\n"
    )
    essay = drafted(text, "dijkkaarten")
    generate_bank(essay)
    events = list(Card.objects.filter(essay=essay, kind="event"))
    assert events and all(c.back[:4] not in c.front for c in events)


def test_cards_meet_the_questions_rules_on_pointers_and_ask_who_in_whole_sentences():
    """The 47th round: cards kept "Bijvoorbeeld deze, … uit _____.", "Maar het kan ook anders,
    laat antropologe _____ zien." and "Wie is in het essay: een geesteswetenschapper?" that the
    questions' rules reject."""
    from studyapp.generation import generate_bank

    from .test_why_questions import drafted

    text = (
        b"Oude grappen\n\n"
        b"In oude kranten staan veel grappen over baby's. Bijvoorbeeld deze, afgedrukt in een "
        b"zaterdagkrant uit 1914.\n\n"
        b"Maar het kan ook anders, laat antropologe Linda Layne zien. Layne is een "
        b"geesteswetenschapper. Frits van Oostrom, voorzitter van de vorige canoncommissie, "
        b"sprak in 2019 in de Volkskrant over de canon.\n"
    )
    essay = drafted(text, "grapkaarten")
    generate_bank(essay)
    fronts = [c.front for c in Card.objects.filter(essay=essay, status="active")]
    assert fronts
    assert not any(f.startswith(("Bijvoorbeeld", "Maar het kan")) for f in fronts), fronts
    assert not any("Wie is in het essay" in f or "geesteswetenschapper" in f for f in fronts)
    assert "Wie was voorzitter van de vorige canoncommissie?" in fronts
