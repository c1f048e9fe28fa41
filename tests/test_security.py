"""Security: markup is never run, brute force is locked out, CSRF and password rules hold."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from studyapp.classrooms import create_assignment, join_classroom, start_classroom
from studyapp.models import Answer
from studyapp.quizzes import answer_question, attempt_questions, build_quiz, submit_attempt

pytestmark = pytest.mark.django_db
SCRIPT = "<script>alert('x')</script>"


def test_script_in_a_typed_answer_is_shown_as_text(small_bank, learner, learner_client):
    attempt = build_quiz(learner, small_bank, types=["cloze"], count=1)
    _item, question = attempt_questions(attempt)[0]
    learner_client.post(f"/quiz/{attempt.pk}/q/1/", {"response": SCRIPT, "key": "x"})
    assert Answer.objects.get().response == SCRIPT  # kept as typed …
    page = learner_client.get(f"/quiz/{attempt.pk}/q/1/").content.decode()
    assert SCRIPT not in page and "&lt;script&gt;" in page  # … and never run
    submit_attempt(attempt)
    results = learner_client.get(f"/quiz/{attempt.pk}/results/").content.decode()
    assert SCRIPT not in results


def test_script_in_class_names_and_assignment_titles_is_escaped(
    small_bank, teacher, learner, client
):
    room = start_classroom(teacher, f"Klas {SCRIPT}")
    join_classroom(learner, room)
    create_assignment(
        room,
        title=f"Toets {SCRIPT}",
        essay=small_bank,
        due_at=timezone.now() + timedelta(days=1),
        count=2,
    )
    client.force_login(teacher)
    for url in ("/classes/", f"/classes/{room.pk}/"):
        assert SCRIPT not in client.get(url).content.decode()
    client.force_login(learner)
    assert SCRIPT not in client.get("/classes/").content.decode()


def test_script_in_a_name_cannot_become_a_username(client):
    response = client.post(
        "/signup/",
        {
            "username": SCRIPT,
            "password1": "Zeer-lang-en-uniek-42",
            "password2": "Zeer-lang-en-uniek-42",
            "role": "learner",
        },
    )
    assert response.status_code == 200 and "<script>alert" not in response.content.decode()


def test_weak_passwords_are_refused_at_signup(client):
    response = client.post(
        "/signup/",
        {"username": "nieuw", "password1": "12345678", "password2": "12345678", "role": "learner"},
    )
    assert response.status_code == 200
    assert "wachtwoord" in response.content.decode().lower()


def test_a_good_signup_logs_the_new_learner_in(client):
    response = client.post(
        "/signup/",
        {
            "username": "nieuw",
            "password1": "Zeer-lang-en-uniek-42",
            "password2": "Zeer-lang-en-uniek-42",
            "role": "learner",
        },
    )
    assert response.status_code == 302
    assert client.get("/me/progress/").status_code == 200


def test_repeated_wrong_passwords_lock_the_login(learner, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post("/accounts/login/", {"username": "leerling", "password": "fout"})
        assert response.status_code == 200  # the form again, with its error
    assert (
        client.post("/accounts/login/", {"username": "leerling", "password": "fout"}).status_code
        == 429
    )
    locked = client.post(
        "/accounts/login/", {"username": "leerling", "password": "geheim-wachtwoord-1"}
    )
    assert locked.status_code == 429
    assert "vijftien minuten" in locked.content.decode() or "fifteen" in locked.content.decode()


def test_repeated_wrong_passwords_lock_the_token_endpoint(learner, settings):
    api = APIClient()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        api.post("/api/auth/token/", {"username": "leerling", "password": "fout"})
    locked = api.post(
        "/api/auth/token/", {"username": "leerling", "password": "geheim-wachtwoord-1"}
    )
    # Locked: even the right password gets no token.
    assert locked.status_code in (400, 403, 429) and "token" not in locked.json()


def test_posts_without_a_csrf_token_are_refused(small_bank, learner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    attempt = build_quiz(learner, small_bank, count=1)
    response = client.post(f"/quiz/{attempt.pk}/submit/")
    assert response.status_code == 403
    attempt.refresh_from_db()
    assert not attempt.is_submitted


def test_session_api_posts_need_csrf_but_token_posts_do_not(small_bank, learner):
    session = APIClient(enforce_csrf_checks=True)
    session.force_login(learner)
    assert (
        session.post("/api/quizzes/", {"essay": small_bank.slug}, format="json").status_code == 403
    )
    token = APIClient(enforce_csrf_checks=True)
    token.force_authenticate(learner)
    assert token.post("/api/quizzes/", {"essay": small_bank.slug}, format="json").status_code == 201


def test_an_answer_to_someone_elses_attempt_is_refused(small_bank, learner, other_learner):
    attempt = build_quiz(other_learner, small_bank, count=1)
    _item, question = attempt_questions(attempt)[0]
    api = APIClient()
    api.force_authenticate(learner)
    response = api.post(
        f"/api/quizzes/{attempt.pk}/answers/",
        {"question": question.pk, "response": "x", "key": "k"},
        format="json",
    )
    assert response.status_code == 404
    assert not Answer.objects.exists()
    answer_question(attempt, question.pk, question.answers[0], "own")  # the owner still can
