"""Learners report problems with questions; the owner resolves them; three reporters hold it out."""

import pytest

from studyapp.bank_editing import dismiss_reports, edit_question, retire_question
from studyapp.classrooms import ensure_user
from studyapp.models import Question, QuestionReport
from studyapp.question_reports import (
    HOLD_AFTER,
    ReportError,
    report_question,
    report_queue,
)
from studyapp.quizzes import available_questions, build_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def owned_bank(small_bank, teacher):
    small_bank.owner = teacher
    small_bank.save(update_fields=["owner"])
    return small_bank


@pytest.fixture
def question(owned_bank):
    return Question.objects.filter(essay=owned_bank, qtype="true_false").first()


def learners(n):
    return [ensure_user(f"l{i}", role="learner", password="x-geheim-123")[0] for i in range(n)]


def test_a_question_reported_by_three_learners_is_held_out_until_the_owner_looks(
    owned_bank, question, teacher
):
    people = learners(HOLD_AFTER)
    for person in people[:-1]:
        report_question(person, question, "wrong_answer")
    assert available_questions(owned_bank).filter(pk=question.pk).exists()
    report_question(people[-1], question, "unclear", "Wat wordt bedoeld?")
    assert not available_questions(owned_bank).filter(pk=question.pk).exists()
    quiz = build_quiz(people[0], owned_bank, count=100)
    assert question.pk not in quiz.question_ids
    dismiss_reports(question, teacher)
    assert available_questions(owned_bank).filter(pk=question.pk).exists()


def test_one_learner_reporting_twice_counts_once(owned_bank, question, learner):
    report_question(learner, question, "wrong_answer")
    report_question(learner, question, "bad_dutch", "spelfout")
    report = QuestionReport.objects.get()
    assert (report.reason, report.comment) == ("bad_dutch", "spelfout")
    assert report_queue(owned_bank)[0].open_reports == 1


def test_an_unknown_reason_is_refused(question, learner):
    with pytest.raises(ReportError):
        report_question(learner, question, "boring")
    assert not QuestionReport.objects.exists()


def test_the_queue_counts_reports_per_question_and_reason(owned_bank, question):
    a, b = learners(2)
    report_question(a, question, "wrong_answer")
    report_question(b, question, "wrong_answer")
    row = report_queue(owned_bank)[0]
    assert row.question == question and row.open_reports == 2
    assert row.reasons == {"wrong_answer": 2}


@pytest.mark.parametrize("resolve", ["edit", "retire", "dismiss"])
def test_resolving_tells_the_reporter_what_was_done(
    resolve, owned_bank, question, teacher, learner, client
):
    attempt = build_quiz(learner, owned_bank, questions=[question], count=1)
    client.force_login(learner)
    response = client.post(
        f"/quiz/{attempt.pk}/report/{question.pk}/", {"reason": "unclear", "comment": "?"}
    )
    assert response.status_code == 302
    if resolve == "edit":
        edit_question(
            question,
            teacher,
            prompt=question.prompt,
            options=question.options,
            answers=question.answers,
            explanation=question.explanation + " Zie de tekst.",
            topics=[],
        )
    elif resolve == "retire":
        retire_question(question, teacher)
    else:
        dismiss_reports(question, teacher)
    report = QuestionReport.objects.get()
    assert (
        report.resolution
        == {"edit": "edited", "retire": "retired", "dismiss": "dismissed"}[resolve]
    )
    client.post(f"/quiz/{attempt.pk}/submit/", {"confirm": "1"})
    page = client.get(f"/quiz/{attempt.pk}/results/").content.decode()
    assert str(report.get_resolution_display()) in page
    assert report_queue(owned_bank) == []


def test_a_learner_can_only_report_questions_of_their_own_quiz(
    owned_bank, question, learner, other_learner, client
):
    attempt = build_quiz(learner, owned_bank, questions=[question], count=1)
    other = Question.objects.filter(essay=owned_bank).exclude(pk=question.pk).first()
    client.force_login(learner)
    assert (
        client.post(f"/quiz/{attempt.pk}/report/{other.pk}/", {"reason": "unclear"}).status_code
        == 404
    )
    client.force_login(other_learner)
    assert (
        client.post(f"/quiz/{attempt.pk}/report/{question.pk}/", {"reason": "unclear"}).status_code
        == 404
    )
    assert not QuestionReport.objects.exists()


def test_the_feedback_offers_a_report_link(owned_bank, question, learner, client):
    from studyapp.quizzes import answer_question

    attempt = build_quiz(learner, owned_bank, questions=[question], count=1)
    answer_question(attempt, question.pk, question.answers[0], "k")
    client.force_login(learner)
    page = client.get(f"/quiz/{attempt.pk}/q/1/").content.decode()
    assert f"/quiz/{attempt.pk}/report/{question.pk}/" in page
