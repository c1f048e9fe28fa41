"""Taking quizzes: building, answering once, resuming, results and practising mistakes."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from studyapp.models import Answer, Question, QuizAttempt
from studyapp.quizzes import (
    QuizError,
    answer_question,
    attempt_questions,
    attempt_results,
    build_quiz,
    close_if_expired,
    next_unanswered,
    practise_mistakes,
    submit_attempt,
)

pytestmark = pytest.mark.django_db


def right_response(question, item):
    """The response a learner who knows the essay would give."""
    if question.qtype == "ordering":
        return list(question.answers)
    if question.qtype == "matching":
        return dict(a.split(" → ", 1) for a in question.answers)
    return question.answers[0]


def wrong_response(question, item):
    if question.qtype in {"cloze", "short_answer"}:
        return "helemaal fout"
    if question.qtype == "ordering":
        return list(reversed(question.answers))
    if question.qtype == "matching":
        pairs = dict(a.split(" → ", 1) for a in question.answers)
        lefts = list(pairs)
        return {left: pairs[lefts[(i + 1) % len(lefts)]] for i, left in enumerate(lefts)}
    return next(o for o in item["options"] if o not in question.answers)


def test_a_quiz_has_the_chosen_topics_types_and_number(shipped_bank, learner):
    attempt = build_quiz(
        learner,
        shipped_bank,
        topics=["kronstadt", "miasnikov", "stalin"],
        types=["multiple_choice", "true_false"],
        count=8,
    )
    questions = [q for _item, q in attempt_questions(attempt)]
    assert len(questions) == 8
    assert {q.qtype for q in questions} == {"multiple_choice", "true_false"}
    assert all(
        q.topics.filter(slug__in=["kronstadt", "miasnikov", "stalin"]).exists() for q in questions
    )


def test_a_short_quiz_mixes_question_types(shipped_bank, learner):
    attempt = build_quiz(learner, shipped_bank, count=8)
    assert len({q.qtype for _i, q in attempt_questions(attempt)}) == 8


def test_order_is_random_per_attempt_and_stable_within_it(shipped_bank, learner):
    first = build_quiz(learner, shipped_bank, count=20)
    second = build_quiz(learner, shipped_bank, count=20)
    assert first.layout != second.layout
    reloaded = QuizAttempt.objects.get(pk=first.pk)
    assert reloaded.layout == first.layout
    for item, question in attempt_questions(reloaded):
        if question.qtype in {"multiple_choice", "argument", "quote_attribution"}:
            assert sorted(item["options"]) == sorted(question.options)


def test_the_key_takes_every_place_among_the_options_about_equally_often(shipped_bank, learner):
    # Round 19: shuffled one by one, the last option was the key in 5 of 11 questions.
    from collections import Counter

    for _round in range(5):
        attempt = build_quiz(
            learner, shipped_bank, types=["multiple_choice", "argument"], count=16, mode="exam"
        )
        submit_attempt(attempt)
        places = Counter(
            item["options"].index(question.answers[0])
            for item, question in attempt_questions(attempt)
            if len(item["options"]) == 4
        )
        assert max(places.values()) - min(places[p] for p in range(4)) <= 1, places


def test_no_matching_questions_is_a_clear_error(shipped_bank, learner):
    with pytest.raises(QuizError, match="geen vragen bij deze keuzes"):
        build_quiz(learner, shipped_bank, topics=["bestaat-niet"])
    with pytest.raises(QuizError, match="tussen 1 en"):
        build_quiz(learner, shipped_bank, count=0)


def test_answering_the_same_question_twice_counts_once(shipped_bank, learner):
    attempt = build_quiz(learner, shipped_bank, types=["multiple_choice"], count=3)
    item, question = attempt_questions(attempt)[0]
    first, created = answer_question(attempt, question.pk, right_response(question, item), "k1")
    again, created_again = answer_question(
        attempt, question.pk, right_response(question, item), "k1"
    )
    other_key, created_third = answer_question(
        attempt, question.pk, wrong_response(question, item), "k2"
    )
    assert created and not created_again and not created_third
    assert first.pk == again.pk == other_key.pk
    assert Answer.objects.filter(attempt=attempt).count() == 1
    other_key.refresh_from_db()
    assert other_key.correct  # practice: the first answer, with its feedback, stands


def test_in_an_exam_an_answer_can_be_changed_until_handed_in(shipped_bank, learner):
    attempt = build_quiz(learner, shipped_bank, types=["multiple_choice"], count=2, mode="exam")
    item, question = attempt_questions(attempt)[0]
    answer_question(attempt, question.pk, wrong_response(question, item), "a")
    changed, _ = answer_question(attempt, question.pk, right_response(question, item), "b")
    assert changed.correct
    submit_attempt(attempt)
    with pytest.raises(QuizError, match="gesloten"):
        answer_question(attempt, question.pk, wrong_response(question, item), "c")
    assert attempt.score == 0.5


def test_malformed_answers_are_refused(shipped_bank, learner):
    attempt = build_quiz(learner, shipped_bank, count=30)
    for _item, question in attempt_questions(attempt):
        bad = {"ordering": ["x"], "matching": {"x": "y"}}.get(question.qtype, 12345)
        with pytest.raises(QuizError):
            answer_question(attempt, question.pk, bad, f"bad-{question.pk}")
    assert not Answer.objects.filter(attempt=attempt).exists()
    other = Question.objects.exclude(pk__in=attempt.question_ids).first()
    with pytest.raises(QuizError, match="hoort niet bij deze quiz"):
        answer_question(attempt, other.pk, "x", "other")


def test_every_question_type_can_be_answered_right(shipped_bank, learner):
    attempt = build_quiz(learner, shipped_bank, count=16)
    for n, (item, question) in enumerate(attempt_questions(attempt)):
        answer, _ = answer_question(attempt, question.pk, right_response(question, item), f"r{n}")
        assert answer.correct, question.qtype
    assert submit_attempt(attempt).score == 1


def test_a_closed_browser_resumes_where_the_learner_left(shipped_bank, learner, learner_client):
    attempt = build_quiz(learner, shipped_bank, count=5)
    for n, (item, question) in enumerate(attempt_questions(attempt)[:2]):
        answer_question(attempt, question.pk, right_response(question, item), f"x{n}")
    assert next_unanswered(attempt) == 2
    response = learner_client.get(reverse("attempt_resume", args=[attempt.pk]))
    assert response.url == reverse("attempt_question", args=[attempt.pk, 3])


def test_results_break_down_by_topic_and_type_and_mistakes_can_be_practised(shipped_bank, learner):
    attempt = build_quiz(learner, shipped_bank, count=6)
    questions = attempt_questions(attempt)
    for n, (item, question) in enumerate(questions):
        response = right_response(question, item) if n % 2 else wrong_response(question, item)
        answer_question(attempt, question.pk, response, f"m{n}")
    submit_attempt(attempt)
    results = attempt_results(attempt)
    assert results.correct_count == 3 and results.percent == 50
    assert sum(t.total for t in results.by_type.values()) == 6
    assert results.by_topic
    retry = practise_mistakes(attempt)
    assert sorted(retry.question_ids) == sorted(q.pk for q in results.mistakes)
    assert retry.retry_of == attempt and retry.mode == "practice"


def test_an_exam_past_its_time_limit_is_handed_in(shipped_bank, learner):
    attempt = build_quiz(learner, shipped_bank, count=3, mode="exam", time_limit_minutes=5)
    assert not close_if_expired(attempt)
    assert close_if_expired(attempt, now=timezone.now() + timedelta(minutes=6))
    assert attempt.score == 0


def test_the_practice_page_shows_feedback_with_the_cited_passage(
    shipped_bank, learner, learner_client
):
    attempt = build_quiz(learner, shipped_bank, types=["multiple_choice"], count=1)
    item, question = attempt_questions(attempt)[0]
    url = reverse("attempt_question", args=[attempt.pk, 1])
    page = learner_client.get(url).content.decode()
    assert 'name="key"' in page and question.prompt.split("\n")[0] in page
    learner_client.post(url, {"response": wrong_response(question, item), "key": "web-1"})
    learner_client.post(url, {"response": wrong_response(question, item), "key": "web-1"})
    page = learner_client.get(url).content.decode()
    assert "Niet goed." in page or "Not right." in page
    assert f"#p-{question.passage.number}" in page
    assert Answer.objects.filter(attempt=attempt).count() == 1


def test_ordering_and_matching_work_without_javascript(shipped_bank, learner, learner_client):
    attempt = build_quiz(learner, shipped_bank, types=["ordering", "matching"], count=2)
    for number, (item, question) in enumerate(attempt_questions(attempt), start=1):
        url = reverse("attempt_question", args=[attempt.pk, number])
        if question.qtype == "ordering":
            data = {
                f"position-{i}": question.answers.index(text) + 1
                for i, text in enumerate(item["options"])
            }
        else:
            pairs = dict(a.split(" → ", 1) for a in question.answers)
            data = {f"match-{i}": pairs[left] for i, left in enumerate(item["left"])}
        learner_client.post(url, {**data, "key": f"nojs-{number}"})
    assert all(a.correct for a in Answer.objects.filter(attempt=attempt))
    assert Answer.objects.filter(attempt=attempt).count() == 2


def test_no_one_reads_another_learners_attempt(shipped_bank, learner, other_learner, client):
    attempt = build_quiz(learner, shipped_bank, count=2)
    client.force_login(other_learner)
    for name, args in [
        ("attempt_resume", [attempt.pk]),
        ("attempt_question", [attempt.pk, 1]),
        ("attempt_results", [attempt.pk]),
    ]:
        assert client.get(reverse(name, args=args)).status_code == 404
    assert client.post(reverse("attempt_submit", args=[attempt.pk])).status_code == 404
    attempt.refresh_from_db()
    assert not attempt.is_submitted


def test_quiz_pages_need_a_login(shipped_bank, client):
    response = client.get(reverse("quiz_new", args=[shipped_bank.slug]))
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_the_quiz_form_builds_an_attempt(shipped_bank, learner_client):
    response = learner_client.post(
        reverse("quiz_new", args=[shipped_bank.slug]),
        {"count": 5, "mode": "practice", "topics": ["machno"]},
    )
    attempt = QuizAttempt.objects.get()
    assert response.url == reverse("attempt_question", args=[attempt.pk, 1])
    assert len(attempt.layout) <= 5
