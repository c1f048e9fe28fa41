"""Concurrent submissions: several threads answering the same question count once."""

import threading

import pytest
from django.db import connections

from studyapp.models import Answer
from studyapp.quizzes import answer_question, attempt_questions, build_quiz

THREADS = 8


def run_together(target, count=THREADS):
    """Start `count` threads at the same moment; collect results and errors."""
    barrier = threading.Barrier(count)
    results, errors = [], []

    def worker(n):
        try:
            barrier.wait()
            results.append(target(n))
        except Exception as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results, errors


pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def open_attempt(learner, small_bank):
    return build_quiz(learner, small_bank, types=["multiple_choice"], count=2)


def test_the_same_answer_from_many_threads_counts_once(open_attempt):
    item, question = attempt_questions(open_attempt)[0]
    results, errors = run_together(
        lambda n: answer_question(open_attempt, question.pk, question.answers[0], "same-key")
    )
    assert errors == []
    assert len({answer.pk for answer, _created in results}) == 1
    assert sum(created for _answer, created in results) == 1
    assert Answer.objects.filter(attempt=open_attempt).count() == 1


def test_two_tabs_with_different_keys_still_give_one_answer(open_attempt):
    item, question = attempt_questions(open_attempt)[0]
    results, errors = run_together(
        lambda n: answer_question(open_attempt, question.pk, question.answers[0], f"tab-{n}")
    )
    assert errors == []
    assert Answer.objects.filter(attempt=open_attempt, question=question).count() == 1
    assert len({answer.pk for answer, _created in results}) == 1


def test_tabs_answering_different_questions_keep_every_answer(open_attempt):
    questions = attempt_questions(open_attempt)
    results, errors = run_together(
        lambda n: answer_question(
            open_attempt, questions[n % 2][1].pk, questions[n % 2][1].answers[0], f"q-{n}"
        ),
        count=4,
    )
    assert errors == []
    assert Answer.objects.filter(attempt=open_attempt).count() == 2
