"""The learner's API: quizzes and flashcards over HTTP, with session or token authentication."""

import pytest
from rest_framework.test import APIClient

from studyapp.models import Answer, CardState, QuizAttempt

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(learner):
    client = APIClient()
    token = client.post(
        "/api/auth/token/", {"username": "leerling", "password": "geheim-wachtwoord-1"}
    ).data["token"]
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    return client


def right(question_data, stored):
    if stored.qtype == "ordering":
        return list(stored.answers)
    if stored.qtype == "matching":
        return dict(a.split(" → ", 1) for a in stored.answers)
    return stored.answers[0]


def test_a_whole_practice_quiz_over_the_api(shipped_bank, api):
    created = api.post("/api/quizzes/", {"essay": shipped_bank.slug, "count": 4}, format="json")
    assert created.status_code == 201
    quiz = created.data["id"]
    from studyapp.models import Question

    while True:
        step = api.get(f"/api/quizzes/{quiz}/next/").data
        if step["done"]:
            break
        data = step["question"]
        assert "answers" not in data
        stored = Question.objects.get(pk=data["question"])
        reply = api.post(
            f"/api/quizzes/{quiz}/answers/",
            {
                "question": data["question"],
                "response": right(data, stored),
                "key": f"k-{data['number']}",
            },
            format="json",
        )
        assert reply.status_code == 201
        assert reply.data["feedback"]["correct"] is True
        assert reply.data["feedback"]["source"]["passage"] == stored.passage.number
    assert api.post(f"/api/quizzes/{quiz}/submit/").data["score"] == 1
    results = api.get(f"/api/quizzes/{quiz}/results/").data
    assert results["correct"] == results["total"] == 4


def test_answering_with_the_same_key_twice_counts_once(shipped_bank, api):
    quiz = api.post(
        "/api/quizzes/",
        {"essay": shipped_bank.slug, "count": 2, "types": ["true_false"]},
        format="json",
    ).data["id"]
    question = api.get(f"/api/quizzes/{quiz}/next/").data["question"]
    body = {"question": question["question"], "response": "Juist", "key": "same"}
    first = api.post(f"/api/quizzes/{quiz}/answers/", body, format="json")
    second = api.post(f"/api/quizzes/{quiz}/answers/", body, format="json")
    assert (first.status_code, second.status_code) == (201, 200)
    assert Answer.objects.filter(attempt_id=quiz).count() == 1


def test_bad_requests_get_clear_errors(shipped_bank, api):
    assert api.post("/api/quizzes/", {"essay": "nope"}, format="json").status_code == 400
    reply = api.post(
        "/api/quizzes/", {"essay": shipped_bank.slug, "topics": ["nope"]}, format="json"
    )
    assert reply.status_code == 400 and "geen vragen bij deze keuzes" in str(reply.data)
    english = api.post(
        "/api/quizzes/",
        {"essay": shipped_bank.slug, "topics": ["nope"]},
        format="json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "No questions match" in str(english.data)
    quiz = api.post("/api/quizzes/", {"essay": shipped_bank.slug, "count": 1}, format="json").data[
        "id"
    ]
    reply = api.post(f"/api/quizzes/{quiz}/answers/", {"question": 1}, format="json")
    assert reply.status_code == 400 and "key" in reply.data["errors"]
    assert api.get(f"/api/quizzes/{quiz}/results/").status_code == 400


def test_another_learners_quiz_is_not_found(shipped_bank, api, other_learner):
    other = APIClient()
    other.force_authenticate(other_learner)
    quiz = other.post(
        "/api/quizzes/", {"essay": shipped_bank.slug, "count": 1}, format="json"
    ).data["id"]
    for path in ["", "next/", "questions/", "results/"]:
        assert api.get(f"/api/quizzes/{quiz}/{path}").status_code == 404
    assert api.post(f"/api/quizzes/{quiz}/submit/").status_code == 404
    assert api.get("/api/quizzes/").data["count"] == 0
    assert not QuizAttempt.objects.get(pk=quiz).is_submitted


def test_anonymous_users_cannot_take_quizzes(shipped_bank):
    anonymous = APIClient()
    assert anonymous.post("/api/quizzes/", {"essay": shipped_bank.slug}).status_code == 401
    assert anonymous.get("/api/cards/due/", {"essay": shipped_bank.slug}).status_code == 401
    assert anonymous.get("/api/essays/").status_code == 200


def test_flashcards_over_the_api(shipped_bank, api, learner):
    due = api.get("/api/cards/due/", {"essay": shipped_bank.slug}).data
    card = due["card"]
    assert card and set(card["intervals"]) == {"again", "hard", "good", "easy"}
    reply = api.post(f"/api/cards/{card['id']}/review/", {"rating": 3, "key": "r1"}, format="json")
    assert reply.status_code == 200
    api.post(f"/api/cards/{card['id']}/review/", {"rating": 3, "key": "r1"}, format="json")
    assert CardState.objects.get(learner=learner).reps == 1
    assert (
        api.post(f"/api/cards/{card['id']}/review/", {"rating": 9}, format="json").status_code
        == 400
    )
    assert api.post("/api/cards/undo/", {"essay": shipped_bank.slug}).status_code == 200
    assert not CardState.objects.filter(learner=learner).exists()
    assert api.post("/api/cards/undo/", {}).status_code == 404
