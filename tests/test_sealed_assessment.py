"""Graded work stays sealed until it is handed in; the answer key stays with the essay's managers."""

import io
import sqlite3
import tempfile
import zipfile
from datetime import timedelta

import genanki
import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from studyapp.classrooms import create_assignment, start_assignment
from studyapp.export.selection import EXPORTED_QUESTION_TYPES
from studyapp.models import Question, QuizAttempt
from studyapp.quizzes import (
    QuizError,
    answer_question,
    attempt_questions,
    build_quiz,
    practise_mistakes,
    submit_attempt,
)

pytestmark = pytest.mark.django_db


def deck_guids(content: bytes) -> set[str]:
    """The note GUIDs inside an .apkg file."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        data = archive.read("collection.anki2")
    with tempfile.NamedTemporaryFile(suffix=".anki2") as file:
        file.write(data)
        file.flush()
        with sqlite3.connect(file.name) as db:
            return {guid for (guid,) in db.execute("SELECT guid FROM notes")}


def question_guids(questions) -> set[str]:
    return {genanki.guid_for(q.uid) for q in questions}


def exportable_questions(essay):
    return Question.objects.filter(essay=essay, status="active", qtype__in=EXPORTED_QUESTION_TYPES)


def wrong_response(question, item):
    if question.qtype in {"ordering"}:
        return list(reversed(question.answers))
    if question.qtype == "matching":
        left, right = item["left"], item["options"]
        return dict(zip(left, right[1:] + right[:1], strict=True))
    if item.get("options"):
        return next(o for o in item["options"] if o not in question.answers)
    return "geen idee"


def answer_all_wrong(attempt):
    for n, (item, question) in enumerate(attempt_questions(attempt)):
        answer_question(attempt, question.pk, wrong_response(question, item), f"w{n}")


@pytest.fixture
def assignment(classroom, small_bank):
    return create_assignment(
        classroom,
        title="Toets",
        essay=small_bank,
        due_at=timezone.now() + timedelta(days=2),
        count=4,
        types=EXPORTED_QUESTION_TYPES,
    )


# --- finding 1: practise my mistakes ------------------------------------------------------


def test_a_practice_copy_of_an_open_exam_is_refused_with_a_message(small_bank, learner, client):
    exam = build_quiz(learner, small_bank, count=4, mode="exam")
    answer_all_wrong(exam)
    client.force_login(learner)
    response = client.post(f"/quiz/{exam.pk}/mistakes/", follow=True)
    assert QuizAttempt.objects.filter(learner=learner).count() == 1
    assert "Lever deze toets of opdracht eerst in" in response.content.decode()
    with pytest.raises(QuizError):
        practise_mistakes(exam)


def test_a_practice_copy_of_an_open_assignment_is_refused(assignment, learner):
    attempt = start_assignment(learner, assignment)
    with pytest.raises(QuizError):
        practise_mistakes(attempt)
    assert QuizAttempt.objects.filter(learner=learner).count() == 1


def test_mistakes_of_a_handed_in_exam_can_be_practised(small_bank, learner):
    exam = build_quiz(learner, small_bank, count=3, mode="exam")
    answer_all_wrong(exam)
    submit_attempt(exam)
    retry = practise_mistakes(exam)
    assert sorted(retry.question_ids) == sorted(exam.question_ids)


def test_a_new_quiz_leaves_out_the_questions_of_an_open_exam(small_bank, learner):
    exam = build_quiz(learner, small_bank, count=5, mode="exam")
    total = Question.objects.filter(essay=small_bank, status="active").count()
    practice = build_quiz(learner, small_bank, count=100)
    assert practice.question_ids and not set(practice.question_ids) & set(exam.question_ids)
    assert total > len(practice.question_ids)
    exam_questions = Question.objects.filter(pk__in=exam.question_ids)
    with pytest.raises(QuizError):
        build_quiz(learner, small_bank, count=5, questions=exam_questions)
    submit_attempt(exam)
    # Handed in: its questions may be practised again.
    retry = build_quiz(learner, small_bank, count=5, questions=exam_questions)
    assert set(retry.question_ids) == set(exam.question_ids)


# --- finding 4: the answer key of graded work ---------------------------------------------


def test_the_public_essay_deck_has_no_answer_key(small_bank, client):
    key = question_guids(exportable_questions(small_bank))
    assert key  # the bank has multiple-choice questions that could be copied into an exam
    for url in (f"/api/essays/{small_bank.slug}/anki/", f"/essays/{small_bank.slug}/anki/"):
        response = client.get(url)
        assert response.status_code == 200
        guids = deck_guids(response.content)
        assert guids and not guids & key


def test_the_essays_owner_gets_the_whole_bank_in_the_deck(small_bank, teacher, other_teacher):
    small_bank.owner = teacher
    small_bank.save(update_fields=["owner"])
    key = question_guids(exportable_questions(small_bank))
    api = APIClient()
    api.force_authenticate(other_teacher)
    assert not deck_guids(api.get(f"/api/essays/{small_bank.slug}/anki/").content) & key
    api.force_authenticate(teacher)
    assert deck_guids(api.get(f"/api/essays/{small_bank.slug}/anki/").content) >= key


def test_a_learner_downloads_only_questions_they_were_shown(small_bank, learner):
    practice = build_quiz(learner, small_bank, count=2, types=EXPORTED_QUESTION_TYPES)
    answer_all_wrong(practice)
    exam = build_quiz(learner, small_bank, count=3, mode="exam", types=EXPORTED_QUESTION_TYPES)
    answer_all_wrong(exam)
    api = APIClient()
    api.force_authenticate(learner)
    key = question_guids(exportable_questions(small_bank))
    shown = question_guids(Question.objects.filter(pk__in=practice.question_ids))
    sealed = question_guids(Question.objects.filter(pk__in=exam.question_ids))
    for url in (f"/api/me/anki/?essay={small_bank.slug}", f"/api/essays/{small_bank.slug}/anki/"):
        guids = deck_guids(api.get(url).content)
        assert guids & key == shown - sealed, url
        assert not guids & sealed
    submit_attempt(exam)
    guids = deck_guids(api.get(f"/api/me/anki/?essay={small_bank.slug}").content)
    assert guids & key == shown | sealed


def test_class_members_get_the_assignment_key_only_after_handing_in(assignment, learner, teacher):
    key = question_guids(exportable_questions(assignment.essay))
    api = APIClient()
    api.force_authenticate(teacher)
    assert deck_guids(api.get(f"/api/assignments/{assignment.pk}/anki/").content) >= key
    api.force_authenticate(learner)
    url = f"/api/assignments/{assignment.pk}/anki/"
    assert not deck_guids(api.get(url).content) & key
    attempt = start_assignment(learner, assignment)
    answer_all_wrong(attempt)
    assert not deck_guids(api.get(url).content) & key
    submit_attempt(attempt)
    own = question_guids(Question.objects.filter(pk__in=attempt.question_ids))
    assert deck_guids(api.get(url).content) & key == own


def test_the_bank_exports_are_for_the_essays_managers(small_bank, teacher, other_teacher, learner):
    small_bank.owner = teacher
    small_bank.save(update_fields=["owner"])
    api = APIClient()
    for fmt in ("json", "gift", "moodle-xml", "csv"):
        url = f"/api/essays/{small_bank.slug}/export/{fmt}/"
        api.force_authenticate(other_teacher)
        assert api.get(url).status_code == 403
        api.force_authenticate(learner)
        assert api.get(url).status_code == 403
        api.force_authenticate(teacher)
        assert api.get(url).status_code == 200
    api.force_authenticate(learner)
    assert api.get(f"/api/essays/{small_bank.slug}/export/quizlet-csv/").status_code == 200


def test_a_draft_essays_deck_is_not_public(small_bank, teacher, client):
    small_bank.owner = teacher
    small_bank.status = "draft"
    small_bank.save(update_fields=["owner", "status"])
    assert client.get(f"/essays/{small_bank.slug}/anki/").status_code == 404
    assert client.get(f"/essays/{small_bank.slug}/export/quizlet-csv/").status_code == 404


def test_progress_and_the_data_export_do_not_grade_an_open_exam(shipped_bank, learner):
    from studyapp.progress import learner_progress, mastery_by_learner

    from .test_quiz import right_response

    exam = build_quiz(learner, shipped_bank, count=3, mode="exam")
    for n, (item, question) in enumerate(attempt_questions(exam)):
        answer_question(exam, question.pk, right_response(question, item), f"r{n}")
    # Mastery moving with an open exam's answers would tell the learner which are right.
    assert not any(mastery_by_learner([learner.pk], shipped_bank)[learner.pk].values())
    assert learner_progress(learner, shipped_bank).answers == 0
    api = APIClient()
    api.force_authenticate(learner)
    [attempt] = api.get("/api/me/data/").json()["quiz_attempts"]
    assert len(attempt["answers"]) == 3
    assert {(a["correct"], a["score"]) for a in attempt["answers"]} == {(None, None)}
    submit_attempt(exam)
    assert learner_progress(learner, shipped_bank).answers == 3
    assert any(mastery_by_learner([learner.pk], shipped_bank)[learner.pk].values())
    [attempt] = api.get("/api/me/data/").json()["quiz_attempts"]
    assert {a["correct"] for a in attempt["answers"]} == {True}


def test_a_practice_quiz_started_before_an_exam_does_not_reveal_its_answers(
    small_bank, learner, client
):
    practice = build_quiz(learner, small_bank, count=100)
    # An exam of three questions that the practice quiz also holds.
    in_both = Question.objects.filter(pk__in=practice.question_ids[:3])
    exam = build_quiz(learner, small_bank, count=3, mode="exam", questions=in_both)
    shared = exam.question_ids[0]
    item = next(i for i in practice.layout if i["question"] == shared)
    question = Question.objects.get(pk=shared)
    with pytest.raises(QuizError):
        answer_question(practice, shared, wrong_response(question, item), "k1")
    submit_attempt(practice)  # handed in unanswered: the review would show every answer
    api = APIClient()
    api.force_authenticate(learner)
    review = api.get(f"/api/quizzes/{practice.pk}/results/").json()["review"]
    hidden = [r for r in review if r.get("sealed")]
    assert len(hidden) == 3 and all(r["answers"] == [] for r in hidden)
    assert all(r["answers"] for r in review if not r.get("sealed"))
    client.force_login(learner)
    page = client.get(f"/quiz/{practice.pk}/results/").content.decode()
    assert page.count("nog niet hebt ingeleverd") == 3
    submit_attempt(exam)
    review = api.get(f"/api/quizzes/{practice.pk}/results/").json()["review"]
    assert not any(r.get("sealed") for r in review)


@pytest.mark.parametrize("graded", ["exam", "practice assignment"])
def test_an_exam_started_on_another_worker_seals_its_questions_here_at_once(
    graded, small_bank, learner, assignment
):
    # Each gunicorn worker (and server) has its own local-memory cache: an exam started in
    # another process must still seal its questions for a practice quiz answered in this one.
    practice = build_quiz(learner, small_bank, count=100)
    first, second = practice.question_ids[:2]
    answer_question(practice, first, wrong_response_for(practice, first), "k1")
    # Another process starts the exam (or an assignment, in practice mode): its cache is told.
    QuizAttempt.objects.create(
        learner=learner,
        essay=small_bank,
        mode=QuizAttempt.Mode.EXAM if graded == "exam" else QuizAttempt.Mode.PRACTICE,
        assignment=None if graded == "exam" else assignment,
        layout=[{"question": second, "options": []}],
    )
    with pytest.raises(QuizError):
        answer_question(practice, second, wrong_response_for(practice, second), "k2")


def wrong_response_for(attempt, question_id):
    item = next(i for i in attempt.layout if i["question"] == question_id)
    return wrong_response(Question.objects.get(pk=question_id), item)
