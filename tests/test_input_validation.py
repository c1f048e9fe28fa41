"""Input is validated at the edge: one test per finding of issue 10 (5, 6 and the file names of 7).

Each of these was a 500 (or a forged header) before; now it is a clear 4xx that stores nothing,
and a reader of stored data never fails on what a writer once let in.
"""

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from studyapp import scheduling
from studyapp.models import Answer, Card, Classroom, Membership, Question, ReviewLog
from studyapp.quizzes import attempt_questions, build_quiz, submit_attempt

pytestmark = pytest.mark.django_db


def api_for(user=None):
    api = APIClient(raise_request_exception=False)
    if user is not None:
        api.force_authenticate(user)
    return api


def web_for(user=None):
    web = Client(raise_request_exception=False)
    if user is not None:
        web.force_login(user)
    return web


def first_of_type(attempt, qtype):
    return next((item, q) for item, q in attempt_questions(attempt) if q.qtype == qtype)


def test_a_lone_surrogate_in_an_answer_is_refused_and_nothing_is_stored(small_bank, learner):
    attempt = build_quiz(learner, small_bank, types=["cloze"], count=1)
    question = attempt.question_ids[0]
    body = f'{{"question": {question}, "response": "ab\\ud800cd", "key": "k1"}}'
    response = api_for(learner).post(
        f"/api/quizzes/{attempt.pk}/answers/", body, content_type="application/json"
    )
    assert response.status_code == 400
    assert "surrogat" in response.json()["detail"]
    assert not Answer.objects.filter(attempt=attempt).exists()


def test_a_nul_character_in_a_typed_web_answer_is_refused(small_bank, learner):
    attempt = build_quiz(learner, small_bank, types=["cloze"], count=1)
    response = web_for(learner).post(
        reverse("attempt_question", args=[attempt.pk, 1]), {"response": "ab\x00cd", "key": "k1"}
    )
    assert response.status_code == 400
    assert not Answer.objects.filter(attempt=attempt).exists()


def test_stored_text_that_cannot_be_encoded_does_not_break_export_or_results(small_bank, learner):
    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL refuses to store an unpaired surrogate in the first place")
    attempt = build_quiz(learner, small_bank, types=["cloze"], count=1)
    question = attempt.question_ids[0]
    # What an older version let in: an answer with a lone surrogate, stored as it came.
    Answer.objects.create(
        attempt=attempt,
        question_id=question,
        response="ab\ud800cd",
        idempotency_key="k",
        correct=False,
        score=0,
    )
    submit_attempt(attempt)
    web, api = web_for(learner), api_for(learner)
    export = web.get(reverse("my_data"))
    assert export.status_code == 200 and "ab\ufffdcd" in export.content.decode()
    assert api.get("/api/me/data/").status_code == 200
    assert web.get(reverse("attempt_results", args=[attempt.pk])).status_code == 200
    results = api.get(f"/api/quizzes/{attempt.pk}/results/")
    assert results.status_code == 200
    assert results.json()["review"][0]["response"] == "ab\ufffdcd"


def test_a_matching_answer_of_the_wrong_shape_is_a_400(shipped_bank, learner):
    attempt = build_quiz(learner, shipped_bank, types=["matching"], count=1)
    item, question = first_of_type(attempt, "matching")
    api = api_for(learner)
    every_left_a_list = {left: [1] for left in item["left"]}
    for response in (every_left_a_list, {"Lenin": [1]}, [item["left"]], {"": None}):
        reply = api.post(
            f"/api/quizzes/{attempt.pk}/answers/",
            {"question": question.pk, "response": response, "key": "k1"},
            format="json",
        )
        assert reply.status_code == 400, response
    assert not Answer.objects.filter(attempt=attempt).exists()


def test_a_review_key_reused_on_another_card_is_a_conflict(small_bank, learner):
    first, second = Card.objects.filter(essay=small_bank)[:2]
    api = api_for(learner)
    first_review = api.post(f"/api/cards/{first.uid}/review/", {"rating": 3, "key": "same"})
    assert first_review.status_code == 200
    reused = api.post(f"/api/cards/{second.uid}/review/", {"rating": 3, "key": "same"})
    assert reused.status_code == 409 and reused.json()["detail"]
    web = web_for(learner)
    page = web.post(
        reverse("study_rate", args=[small_bank.slug]),
        {"card": second.uid, "rating": 3, "key": "same"},
    )
    assert page.status_code == 409 and "kaart" in page.content.decode()
    assert ReviewLog.objects.filter(learner=learner).count() == 1
    assert not second.states.filter(learner=learner).exists()


def test_a_review_key_reused_on_another_card_is_refused_by_the_service(small_bank, learner):
    first, second = Card.objects.filter(essay=small_bank)[:2]
    scheduling.review_card(learner, first, 3, key="same")
    with pytest.raises(scheduling.ReviewKeyConflict):
        scheduling.review_card(learner, second, 3, key="same")


def test_a_nul_character_in_a_path_or_form_field_is_a_400(small_bank, learner):
    card = Card.objects.filter(essay=small_bank).first()
    web = web_for(learner)
    rate = reverse("study_rate", args=[small_bank.slug])
    for fields in ({"card": "\x00", "rating": 3}, {"card": card.uid, "rating": 3, "key": "a\x00"}):
        assert web.post(rate, fields).status_code == 400
    api = api_for(learner)
    assert api.post("/api/cards/c-%00/review/", {"rating": 3}).status_code == 400
    assert api.get("/api/cards/due/", {"essay": "\x00"}).status_code == 400
    assert not ReviewLog.objects.exists()


@pytest.mark.parametrize("path", ["/api/auth/token/", "/api/quizzes/", "/api/classes/"])
def test_json_nested_50000_deep_is_a_400(path, learner):
    deep = "[" * 50_000 + "]" * 50_000
    anonymous = api_for().post(path, deep, content_type="application/json")
    assert anonymous.status_code in (400, 401)
    signed_in = api_for(learner).post(path, deep, content_type="application/json")
    assert signed_in.status_code == 400
    assert "diep" in signed_in.json()["detail"]


def test_a_json_body_beyond_the_size_limit_is_a_400(learner):
    huge = '{"name": "%s"}' % ("x" * 1_000_000)
    response = api_for(learner).post("/api/classes/", huge, content_type="application/json")
    assert response.status_code == 400 and "te groot" in response.json()["detail"]
    assert not Classroom.objects.exists()


def test_line_breaks_in_topics_are_a_400(small_bank):
    for client in (web_for(), api_for()):
        prefix = "/api" if isinstance(client, APIClient) else ""
        response = client.get(f"{prefix}/essays/{small_bank.slug}/anki/?topics=a%0d%0a")
        assert response.status_code == 400


def test_download_file_names_are_built_from_slugs_only(shipped_essay, learner):
    small_bank = shipped_essay
    topic = small_bank.topics.first()
    evil = 'x"; filename="evil.exe'
    for client in (web_for(), api_for()):
        prefix = "/api" if isinstance(client, APIClient) else ""
        refused = client.get(f"{prefix}/essays/{small_bank.slug}/anki/", {"topics": evil})
        assert refused.status_code == 400
        assert "evil" not in refused.get("Content-Disposition", "")
        fine = client.get(f"{prefix}/essays/{small_bank.slug}/anki/", {"topics": topic.slug})
        assert fine.status_code == 200
        assert fine["Content-Disposition"] == (
            f'attachment; filename="{small_bank.slug}-{topic.slug}.apkg"'
        )
    learner.username = 'a"b; filename=evil.exe'
    learner.save()
    export = web_for(learner).get(reverse("my_data"))
    assert (
        export["Content-Disposition"] == 'attachment; filename="studyapp-ab-filenameevilexe.json"'
    )


def test_more_than_a_thousand_query_parameters_is_a_400(small_bank, learner):
    query = "&".join(f"topics=t{i}" for i in range(1_100))
    for client in (web_for(learner), api_for(learner)):
        for path in (
            f"/essays/{small_bank.slug}/anki/",
            f"/api/essays/{small_bank.slug}/anki/",
            "/api/cards/due/",
            f"/essays/{small_bank.slug}/study/",
            "/",
        ):
            response = client.get(f"{path}?{query}")
            assert response.status_code == 400, path
            assert "1000" in response.content.decode(), path


def test_ids_out_of_range_are_a_404(classroom, teacher, learner):
    huge = "99999999999999999999999"
    api = api_for(teacher)
    assert api.delete(f"/api/classes/{classroom.pk}/members/{huge}/").status_code == 404
    assert api.get(f"/api/classes/{huge}/").status_code == 404
    assert api.get(f"/api/quizzes/{huge}/").status_code == 404
    assert api.post(f"/api/assignments/{huge}/start/").status_code == 404
    web = web_for(teacher)
    assert web.post(f"/classes/{classroom.pk}/members/{huge}/remove/").status_code == 404
    assert web.get(f"/classes/{huge}/").status_code == 404
    assert web.get(f"/quiz/{huge}/").status_code == 404
    assert web.get(f"/quiz/1/q/{huge}/").status_code == 404
    assert Membership.objects.filter(classroom=classroom, learner=learner).exists()


def test_every_question_type_refuses_a_response_of_the_wrong_shape(shipped_bank, learner):
    types = sorted(set(Question.objects.filter(essay=shipped_bank).values_list("qtype", flat=True)))
    attempt = build_quiz(learner, shipped_bank, types=types, count=len(types))
    api = api_for(learner)
    wrong_shapes = [None, 1, 1.5, True, [], {}, [[1]], {"a": [1]}, "x" * 10_000, [None], {"": ""}]
    for item, question in attempt_questions(attempt):
        # The right keys or items, each of the wrong type.
        wrong_shapes += [
            {left: [1] for left in item.get("left", [])},
            [[o] for o in item.get("options", [])],
        ]
        for shape in wrong_shapes:
            reply = api.post(
                f"/api/quizzes/{attempt.pk}/answers/",
                {"question": question.pk, "response": shape, "key": f"k-{question.pk}"},
                format="json",
            )
            assert reply.status_code == 400, (question.qtype, shape)
    assert not Answer.objects.filter(attempt=attempt).exists()
