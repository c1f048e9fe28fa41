"""Handing in is deliberate: a confirmation that counts what is unanswered, nothing by accident."""

import pytest

from studyapp.quizzes import answer_question, attempt_questions, build_quiz

pytestmark = pytest.mark.django_db


def test_handing_in_an_exam_with_open_questions_asks_first(small_bank, learner, client):
    client.force_login(learner)
    attempt = build_quiz(learner, small_bank, count=3, mode="exam")
    page = client.post(f"/quiz/{attempt.pk}/submit/")
    attempt.refresh_from_db()
    assert page.status_code == 200 and not attempt.is_submitted
    text = page.content.decode()
    assert "3 van 3 vragen zijn nog niet beantwoord" in text
    assert f'href="/quiz/{attempt.pk}/q/2/"' in text
    client.post(f"/quiz/{attempt.pk}/submit/", {"confirm": "1"})
    attempt.refresh_from_db()
    assert attempt.is_submitted


def test_the_question_page_links_to_the_confirmation_not_to_a_hand_in(small_bank, learner, client):
    client.force_login(learner)
    attempt = build_quiz(learner, small_bank, count=2, mode="practice")
    last = client.get(f"/quiz/{attempt.pk}/q/2/").content.decode()
    assert f'href="/quiz/{attempt.pk}/submit/"' in last
    assert f'action="/quiz/{attempt.pk}/submit/"' not in last


def test_a_practice_quiz_with_everything_answered_shows_results_at_once(
    small_bank, learner, client
):
    client.force_login(learner)
    attempt = build_quiz(learner, small_bank, count=2, mode="practice")
    for _item, question in attempt_questions(attempt):
        answer_question(attempt, question.pk, question.answers[0], f"k{question.pk}")
    last = client.get(f"/quiz/{attempt.pk}/q/2/").content.decode()
    assert f'action="/quiz/{attempt.pk}/submit/"' in last
    reply = client.post(f"/quiz/{attempt.pk}/submit/")
    assert reply.url == f"/quiz/{attempt.pk}/results/"


def test_an_exam_is_confirmed_even_when_everything_is_answered(small_bank, learner, client):
    client.force_login(learner)
    attempt = build_quiz(learner, small_bank, count=1, mode="exam")
    item, question = attempt_questions(attempt)[0]
    answer_question(attempt, question.pk, question.answers[0], "k")
    page = client.post(f"/quiz/{attempt.pk}/submit/").content.decode()
    attempt.refresh_from_db()
    assert not attempt.is_submitted and "kun je je antwoorden niet meer" in page


def test_results_show_one_mark_per_question_and_points_per_topic(small_bank, learner, client):
    client.force_login(learner)
    attempt = build_quiz(learner, small_bank, count=2, mode="exam")
    (_i, first), (_j, second) = attempt_questions(attempt)
    answer_question(attempt, first.pk, first.answers[0], "a")
    client.post(f"/quiz/{attempt.pk}/submit/", {"confirm": "1"})
    page = client.get(f"/quiz/{attempt.pk}/results/").content.decode()
    assert page.count('class="verdict right"') == 1
    assert page.count('class="verdict wrong"') == 1
    assert "1 van 2 punten" in page
