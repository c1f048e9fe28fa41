"""Property-based (Hypothesis): generated answers of every JSON shape to every question type, and
generated strings to every text field, over the API and the pages. No request is a 5xx, and a
request that is refused (4xx) stores nothing."""

import json
import re
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework.test import APIClient

from studyapp.classrooms import create_assignment
from studyapp.models import (
    Answer,
    Assignment,
    Card,
    CardState,
    Classroom,
    Membership,
    Question,
    QuizAttempt,
    ReviewLog,
)
from studyapp.quizzes import attempt_questions, build_quiz

pytestmark = pytest.mark.django_db

SLUG_FILENAME = re.compile(r'attachment; filename="[a-z0-9_-]+\.[a-z.]+"')

# Fixtures are built once per test, not per example: that is what we want (the bank is slow).
FUZZ = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,  # the same examples on every run: a failure is reproducible, never flaky
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text of every kind: ordinary, any code point, lone surrogates, NUL, control, huge.
texts = st.one_of(
    st.text(max_size=30),
    st.text(st.characters(categories=["Cs", "Cc", "Cf", "Co", "Cn"]), max_size=8),
    st.sampled_from(
        ["ab\ud800cd", "\udfff", "a\x00b", "\x00", " ", "", "\u202e", "😀" * 40, "x" * 20_000]
    ),
)
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), texts)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=8,
)


def snapshot():
    """What a refused request must not change."""
    return (
        sorted(Answer.objects.values_list("pk", "question_id", "idempotency_key", "score")),
        sorted((pk, json.dumps(r)) for pk, r in Answer.objects.values_list("pk", "response")),
        Classroom.objects.count(),
        Membership.objects.count(),
        Assignment.objects.count(),
        QuizAttempt.objects.count(),
        ReviewLog.objects.count(),
        CardState.objects.count(),
        get_user_model().objects.count(),
    )


def json_post(client, path, body):
    # ensure_ascii: lone surrogates travel as \\ud800 escapes, as a hostile client sends them.
    return client.post(path, json.dumps(body), content_type="application/json")


def form_post(client, path, fields):
    # surrogatepass: a lone surrogate travels as the invalid UTF-8 bytes a hostile client sends.
    body = urlencode(fields, doseq=True, encoding="utf-8", errors="surrogatepass")
    return client.post(path, body, content_type="application/x-www-form-urlencoded")


def check(response, before):
    assert response.status_code < 500, response.content[:300]
    if 400 <= response.status_code < 500:
        assert snapshot() == before


def check_readable(learner, attempt):
    """What was stored can be read back: the data export and the results never fail on it."""
    web = Client(raise_request_exception=False)
    web.force_login(learner)
    assert web.get("/me/data.json").status_code == 200
    api = APIClient(raise_request_exception=False)
    api.force_authenticate(learner)
    assert api.get("/api/me/data/").status_code == 200
    assert api.get(f"/api/quizzes/{attempt.pk}/").status_code == 200


def answer_for(item, draw):
    """A response aimed at this question: near-right shapes as well as anything at all."""
    options, left = item.get("options", []), item.get("left", [])
    piece = st.sampled_from(options) | texts if options else texts
    shapes = [json_values, piece, st.lists(piece, max_size=6)]
    if options:
        shapes.append(st.permutations(options))
    if left:
        shapes.append(st.dictionaries(st.sampled_from(left) | texts, json_values | piece))
        shapes.append(st.fixed_dictionaries({key: json_values | piece for key in left}))
    return draw(st.one_of(shapes))


@pytest.fixture
def exam(shipped_bank, learner):
    types = sorted(set(Question.objects.filter(essay=shipped_bank).values_list("qtype", flat=True)))
    attempt = build_quiz(learner, shipped_bank, types=types, count=len(types), mode="exam")
    assert {q.qtype for _i, q in attempt_questions(attempt)} == set(types)
    return attempt


@FUZZ
@given(data=st.data())
def test_any_answer_over_the_api_is_stored_or_refused_without_a_trace(exam, learner, data):
    api = APIClient(raise_request_exception=False)
    api.force_authenticate(learner)
    for item, question in attempt_questions(exam):
        body = {
            "question": question.pk,
            "response": answer_for(item, data.draw),
            "key": data.draw(st.uuids().map(str) | texts),
        }
        before = snapshot()
        check(json_post(api, f"/api/quizzes/{exam.pk}/answers/", body), before)
    check_readable(learner, exam)


@FUZZ
@given(data=st.data())
def test_any_answer_on_the_quiz_page_is_stored_or_refused_without_a_trace(exam, learner, data):
    web = Client(raise_request_exception=False)
    web.force_login(learner)
    for number, (item, _question) in enumerate(attempt_questions(exam), start=1):
        field = st.sampled_from(item.get("options", []) or [""]) | texts | st.integers().map(str)
        fields = {"key": data.draw(st.uuids().map(str) | texts), "response": data.draw(field)}
        for index in range(len(item.get("options", []))):
            fields[f"position-{index}"] = data.draw(field)
            fields[f"match-{index}"] = data.draw(field)
        before = snapshot()
        check(form_post(web, f"/quiz/{exam.pk}/q/{number}/", fields), before)
    check_readable(learner, exam)


@pytest.fixture
def world(small_bank, classroom, learner, teacher):
    assignment = create_assignment(
        classroom,
        title="Toets",
        essay=small_bank,
        due_at=timezone.now() + timedelta(days=2),
        count=3,
    )
    card = Card.objects.filter(essay=small_bank).first()
    return {"essay": small_bank, "classroom": classroom, "assignment": assignment, "card": card}


def api_text_requests(world, text):
    """(who, path, body) for every API operation that takes text from its user."""
    essay, room, card = world["essay"], world["classroom"], world["card"]
    return [
        ("teacher", "/api/classes/", {"name": text}),
        ("learner", "/api/classes/join/", {"code": text}),
        (
            "teacher",
            f"/api/classes/{room.pk}/assignments/",
            {"title": text, "essay": essay.slug, "due_at": "2030-01-01T10:00:00Z"},
        ),
        ("teacher", f"/api/classes/{room.pk}/assignments/", {"title": "T", "essay": text}),
        ("teacher", f"/api/classes/{room.pk}/assignments/", {"title": "T", "topics": [text]}),
        ("learner", "/api/quizzes/", {"essay": text}),
        ("learner", "/api/quizzes/", {"essay": essay.slug, "topics": [text], "types": [text]}),
        ("learner", f"/api/cards/{card.uid}/review/", {"rating": 3, "key": text}),
        ("learner", "/api/cards/undo/", {"essay": text}),
        (None, "/api/auth/token/", {"username": text, "password": text}),
    ]


@FUZZ
@given(data=st.data())
def test_any_text_in_any_api_field_is_a_clear_answer(world, learner, teacher, data):
    text = data.draw(texts)
    who, path, body = data.draw(st.sampled_from(api_text_requests(world, text)))
    api = APIClient(raise_request_exception=False)
    if who:
        api.force_authenticate({"learner": learner, "teacher": teacher}[who])
    before = snapshot()
    response = json_post(api, path, body)
    check(response, before)
    if response.status_code == 400:
        assert response.json()["detail"]


def web_text_requests(world, text):
    """(who, path, fields) for every page form that takes text from its user."""
    essay, room, card = world["essay"], world["classroom"], world["card"]
    return [
        ("teacher", "/classes/", {"name": text}),
        ("learner", "/classes/join/", {"code": text}),
        (
            "teacher",
            f"/classes/{room.pk}/assignments/new/",
            {"title": text, "due_at": "2030-01-01T10:00", "count": 3, "mode": "exam"},
        ),
        ("learner", f"/essays/{essay.slug}/quiz/", {"topics": text, "types": text, "count": 3}),
        (
            "learner",
            f"/essays/{essay.slug}/study/rate/",
            {"card": card.uid, "rating": 3, "key": text},
        ),
        ("learner", f"/essays/{essay.slug}/study/rate/", {"card": text, "rating": text}),
        (
            None,
            "/signup/",
            {"username": text, "email": "a@b.nl", "password1": text, "password2": text},
        ),
    ]


@FUZZ
@given(data=st.data())
def test_any_text_in_any_page_field_is_a_clear_answer(world, learner, teacher, data):
    text = data.draw(texts)
    who, path, fields = data.draw(st.sampled_from(web_text_requests(world, text)))
    web = Client(raise_request_exception=False)
    if who:
        web.force_login({"learner": learner, "teacher": teacher}[who])
    before = snapshot()
    check(form_post(web, path, fields), before)


@FUZZ
@given(text=texts)
def test_any_text_in_a_query_is_a_clear_answer(world, learner, text):
    essay = world["essay"]
    web = Client(raise_request_exception=False)
    web.force_login(learner)
    api = APIClient(raise_request_exception=False)
    api.force_authenticate(learner)
    query = urlencode({"topics": text, "essay": text}, encoding="utf-8", errors="surrogatepass")
    for client, path in [
        (web, f"/essays/{essay.slug}/anki/"),
        (web, f"/essays/{essay.slug}/study/"),
        (web, f"/essays/{essay.slug}/export/quizlet-csv/"),
        (web, "/me/progress/"),
        (api, f"/api/essays/{essay.slug}/anki/"),
        (api, "/api/cards/due/"),
        (api, "/api/me/anki/"),
        (api, "/api/progress/"),
    ]:
        response = client.get(f"{path}?{query}")
        assert response.status_code < 500, (path, response.content[:300])
        disposition = response.get("Content-Disposition")
        assert disposition is None or SLUG_FILENAME.fullmatch(disposition), disposition
