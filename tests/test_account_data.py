"""A learner downloads all their data and can delete their account."""

import json

import pytest
from django.contrib.auth import get_user_model
from rest_framework.test import APIClient

from studyapp.models import Answer, QuizAttempt
from studyapp.quizzes import answer_question, attempt_questions, build_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def active_learner(learner, small_bank):
    attempt = build_quiz(learner, small_bank, count=2)
    item, question = attempt_questions(attempt)[0]
    answer_question(attempt, question.pk, question.answers[0], "k1")
    return learner


def test_the_data_download_holds_attempts_answers_and_account(active_learner, learner_client):
    response = learner_client.get("/me/data.json")
    assert response["Content-Disposition"] == 'attachment; filename="studyapp-leerling.json"'
    data = json.loads(response.content)
    assert data["account"]["username"] == "leerling" and data["account"]["role"] == "learner"
    [attempt] = data["quiz_attempts"]
    assert len(attempt["answers"]) == 1 and attempt["answers"][0]["correct"] is True


def test_deleting_needs_the_password_and_removes_everything(active_learner, learner_client):
    refused = learner_client.post("/me/delete/", {"password": "fout"})
    assert refused.status_code == 400
    assert get_user_model().objects.filter(username="leerling").exists()
    done = learner_client.post("/me/delete/", {"password": "geheim-wachtwoord-1"})
    assert done.status_code == 302
    assert not get_user_model().objects.filter(username="leerling").exists()
    assert not QuizAttempt.objects.exists() and not Answer.objects.exists()
    assert learner_client.get("/me/progress/").status_code == 302  # logged out


def test_the_api_gives_the_data_and_deletes_the_account(active_learner):
    api = APIClient()
    api.force_authenticate(active_learner)
    assert api.get("/api/me/data/").json()["account"]["username"] == "leerling"
    assert api.delete("/api/me/", {"password": "fout"}, format="json").status_code == 400
    assert (
        api.delete("/api/me/", {"password": "geheim-wachtwoord-1"}, format="json").status_code
        == 204
    )
    assert not get_user_model().objects.filter(username="leerling").exists()
