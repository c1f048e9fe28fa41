import pytest

from studyapp import progress
from studyapp.classrooms import ensure_user
from studyapp.models import Answer, Question
from studyapp.quizzes import build_quiz

pytestmark = pytest.mark.django_db


def test_point_biserial_of_known_data():
    # Right answers go with high rest scores: a strongly positive correlation.
    pairs = [(1, 0.9), (1, 0.8), (0, 0.3), (0, 0.2), (1, 0.7), (0, 0.4)]
    # The textbook form: (mean rest of the right - mean rest of the wrong) / sd * sqrt(p q).
    right = [y for x, y in pairs if x]
    wrong = [y for x, y in pairs if not x]
    mean = sum(y for _x, y in pairs) / len(pairs)
    sd = (sum((y - mean) ** 2 for _x, y in pairs) / len(pairs)) ** 0.5
    textbook = (sum(right) / 3 - sum(wrong) / 3) / sd * (0.5 * 0.5) ** 0.5
    assert progress.point_biserial(pairs) == pytest.approx(textbook)
    assert textbook == pytest.approx(0.9506, abs=1e-4)
    assert progress.point_biserial([(1, 0.5), (1, 0.7)]) is None  # the item does not vary
    assert progress.point_biserial([(1, 0.5)]) is None


def test_an_item_that_strong_learners_get_wrong_is_flagged(shipped_bank):
    items = list(Question.objects.filter(essay=shipped_bank, qtype="multiple_choice")[:6])
    suspect, others = items[0], items[1:]
    learners = []
    for n in range(8):
        learner = ensure_user(f"l{n}", role="learner", password="x-x-x-x-9")[0]
        learners.append(learner.pk)
        strong = n < 4
        attempt = build_quiz(learner, shipped_bank, questions=items, count=len(items))
        for question in others:
            Answer.objects.create(
                attempt=attempt,
                question=question,
                response=question.answers[0] if strong else "fout",
                correct=strong,
                score=float(strong),
                idempotency_key=f"{n}-{question.pk}",
            )
        wrong = next(o for o in suspect.options if o not in suspect.answers)
        Answer.objects.create(
            attempt=attempt,
            question=suspect,
            response=wrong if strong else suspect.answers[0],
            correct=not strong,
            score=float(not strong),
            idempotency_key=f"{n}-suspect",
        )
    stats = {s.question.pk: s for s in progress.item_analysis(learners, shipped_bank)}
    flagged = stats[suspect.pk]
    assert flagged.flagged and flagged.discrimination < 0
    assert flagged.facility == 0.5 and flagged.attempts == 8
    chosen = {option: n for option, n, _right in flagged.choices}
    assert chosen[suspect.answers[0]] == 4 and sum(chosen.values()) == 8
    assert not stats[others[0].pk].flagged
    assert stats[others[0].pk].discrimination > 0.9
