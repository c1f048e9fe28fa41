"""A learner's progress: mastery per topic as documented, streak, history and weak spots."""

from datetime import timedelta

import pytest
from django.utils import timezone

from studyapp import progress, scheduling
from studyapp.models import Answer, Card, Question, Topic
from studyapp.quizzes import attempt_questions, build_quiz

pytestmark = pytest.mark.django_db


def answer_all(attempt, right: bool, when):
    for n, (_item, question) in enumerate(attempt_questions(attempt)):
        Answer.objects.create(
            attempt=attempt,
            question=question,
            response="x",
            correct=right,
            score=float(right),
            idempotency_key=f"{attempt.pk}-{n}",
            answered_at=when,
        )


def test_mastery_from_quiz_answers_weighs_recent_answers_more(shipped_bank, learner):
    topic = Topic.objects.get(essay=shipped_bank, slug="machno")
    questions = Question.objects.filter(topics=topic).order_by("pk")
    assert questions.count() >= 4
    now = timezone.now()
    old = build_quiz(learner, shipped_bank, questions=questions[:4], count=4)
    answer_all(old, right=False, when=now - timedelta(days=14))
    recent = build_quiz(learner, shipped_bank, questions=questions[:4], count=4)
    answer_all(recent, right=True, when=now)
    mastery = progress.mastery_by_learner([learner.pk], shipped_bank, now)[learner.pk]
    # Weights 1 (today) and 0.25 (two half-lives ago): 1 / 1.25 = 0.8.
    assert mastery[topic.pk] == pytest.approx(0.8, abs=0.01)


def test_answers_older_than_the_window_are_left_out(shipped_bank, learner):
    topic = Topic.objects.get(essay=shipped_bank, slug="machno")
    questions = Question.objects.filter(topics=topic)[:3]
    attempt = build_quiz(learner, shipped_bank, questions=questions, count=3)
    answer_all(attempt, right=True, when=timezone.now() - timedelta(days=90))
    assert progress.mastery_by_learner([learner.pk], shipped_bank)[learner.pk] == {}


def test_mastery_combines_card_recall_with_quiz_answers(shipped_bank, learner):
    topic = Topic.objects.get(essay=shipped_bank, slug="kronstadt")
    now = timezone.now()
    card = Card.objects.filter(topics=topic).exclude(topics__slug="machno").first()
    state = scheduling.review_card(learner, card, 3, now=now - timedelta(days=2))
    recall = scheduling.retrievability(state, now)
    only_cards = progress.mastery_by_learner([learner.pk], shipped_bank, now)[learner.pk]
    assert only_cards[topic.pk] == pytest.approx(recall)
    questions = Question.objects.filter(topics=topic).exclude(topics__slug="machno")[:2]
    attempt = build_quiz(learner, shipped_bank, questions=questions, count=2)
    answer_all(attempt, right=True, when=now)
    both = progress.mastery_by_learner([learner.pk], shipped_bank, now)[learner.pk]
    assert both[topic.pk] == pytest.approx((recall + 1.0) / 2)


def test_streak_counts_consecutive_days_up_to_today_or_yesterday():
    today = timezone.localdate()
    days = [today - timedelta(days=n) for n in (1, 2, 3, 5)]
    assert progress.streak(days, today) == 3
    assert progress.streak([*days, today], today) == 4
    assert progress.streak([today - timedelta(days=4)], today) == 0


def test_learner_progress_shows_history_streak_and_weak_spots(
    shipped_bank, learner, learner_client
):
    topic = Topic.objects.get(essay=shipped_bank, slug="stalin")
    only_stalin = Question.objects.filter(topics=topic, status="active")
    questions = [q for q in only_stalin if q.topics.count() == 1][:5]
    assert len(questions) >= 3  # the bank keeps fewer, better questions per topic (issue 11)
    attempt = build_quiz(learner, shipped_bank, questions=questions, count=len(questions))
    answer_all(attempt, right=False, when=timezone.now())
    report = progress.learner_progress(learner, shipped_bank)
    assert report.streak == 1 and report.answers == len(questions)
    assert report.history[0][1] == 0
    assert topic in [spot.topic for spot in report.weak_spots]
    page = learner_client.get("/me/progress/").content.decode()
    assert "<svg" in page and "Stalins opkomst" in page and "Oefen met een quiz" in page
    assert "1 dag" in page  # the streak, in Dutch
