"""A quiz never asks one knowledge item twice, and practice feedback never answers a later question."""

import pytest

from studyapp.grading import normalize
from studyapp.quizzes import attempt_questions, build_quiz, knowledge_items, submit_attempt

pytestmark = pytest.mark.django_db


def _items(question):
    return knowledge_items(question.origin)


@pytest.mark.parametrize("mode", ["practice", "exam"])
def test_a_twenty_question_quiz_asks_every_knowledge_item_once(shipped_bank, learner, mode):
    for _round in range(5):
        attempt = build_quiz(learner, shipped_bank, count=20, mode=mode)
        questions = [q for _item, q in attempt_questions(attempt)]
        assert len(questions) == 20
        seen = set()
        for q in questions:
            assert not seen & _items(q), q.origin
            seen |= _items(q)


def test_practice_feedback_never_quotes_the_answer_to_another_question(shipped_bank, learner):
    for _round in range(5):
        attempt = build_quiz(learner, shipped_bank, count=20, mode="practice")
        questions = [q for _item, q in attempt_questions(attempt)]
        for shown in questions:
            feedback = normalize(f"{shown.explanation} {shown.excerpt}")
            for later in questions:
                if later is shown or later.passage_id != shown.passage_id:
                    continue
                assert later.qtype != "true_false", (shown.uid, later.uid)
                if later.qtype not in {"ordering", "matching"}:
                    assert normalize(later.answers[0]) not in feedback, (shown.uid, later.uid)


@pytest.mark.parametrize("mode", ["practice", "exam"])
def test_no_question_shows_the_date_or_term_another_asks_for(shipped_bank, learner, mode):
    for _round in range(5):
        attempt = build_quiz(learner, shipped_bank, count=20, mode=mode)
        questions = [q for _item, q in attempt_questions(attempt)]
        for shown in questions:
            visible = normalize(" ".join([shown.prompt, *map(str, shown.options)]))
            for other in questions:
                if other is shown or other.qtype in {"true_false", "ordering", "matching"}:
                    continue
                answer = str(other.answers[0])
                if any(ch.isdigit() for ch in answer) or answer[:1].islower():
                    assert normalize(answer) not in visible, (shown.uid, other.uid)


def test_true_and_false_statements_take_turns_in_a_quiz(shipped_bank, learner):
    for _round in range(5):
        attempt = build_quiz(learner, shipped_bank, count=12, types=["true_false"], mode="exam")
        submit_attempt(attempt)  # an open exam's questions would stay out of the next round
        statements = [q for _item, q in attempt_questions(attempt)]
        true = sum(1 for q in statements if q.answers[0] == q.options[0])
        assert abs(true - (len(statements) - true)) <= 1


def test_knowledge_items_of_a_timeline_are_its_events():
    assert knowledge_items("events:a+b") == {"event:a", "event:b"}
    assert knowledge_items("people:x+y") == {"person:x", "person:y"}
    assert knowledge_items("fact:x") == {"fact:x"}
