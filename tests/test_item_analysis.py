"""Item analysis a teacher can act on: flagged only with enough learners, a sorted, paged list."""

import pytest
from django.urls import reverse

from studyapp import progress, stats
from studyapp.classrooms import ensure_user, join_classroom, start_classroom
from studyapp.demo import build_demo_class
from studyapp.models import Answer, ClassItemStat, Question
from studyapp.quizzes import build_quiz, submit_attempt

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
    sums = (
        len(pairs),
        sum(x for x, _y in pairs),
        sum(y for _x, y in pairs),
        sum(y * y for _x, y in pairs),
        sum(x * y for x, y in pairs),
    )
    assert stats.point_biserial_from_sums(*sums) == pytest.approx(textbook)


def a_class_answers(essay, teacher, learners: int):
    """Half strong learners, half weak; the suspect item is right only for the weak ones."""
    items = list(Question.objects.filter(essay=essay, qtype="multiple_choice")[:6])
    suspect, others = items[0], items[1:]
    room = start_classroom(teacher, "4 havo")
    for n in range(learners):
        learner = ensure_user(f"l{n}", role="learner", password="x-x-x-x-9")[0]
        join_classroom(learner, room)
        strong = n % 2 == 0
        attempt = build_quiz(learner, essay, questions=items, count=len(items))
        for question in others:  # first: their earlier answers say who is strong
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
    return room, suspect, others


def test_an_item_that_strong_learners_get_wrong_is_flagged_once_enough_learners_answered(
    shipped_bank, teacher
):
    enough = stats.min_learners_for_flag()
    room, suspect, others = a_class_answers(shipped_bank, teacher, enough)
    items = {i.question_id: i for i in progress.class_items(room, shipped_bank)}
    flagged = items[suspect.pk]
    assert flagged.flagged and flagged.discrimination == pytest.approx(-1.0)
    assert flagged.facility == 0.5 and flagged.answers == enough and flagged.learners == enough
    chosen = {option: n for option, n, _right in flagged.chosen}
    assert chosen[suspect.answers[0]] == enough // 2 and sum(chosen.values()) == enough
    assert not items[others[1].pk].flagged
    assert items[others[1].pk].discrimination == pytest.approx(1.0)
    assert list(progress.class_items(room, shipped_bank))[0].question_id == suspect.pk


def test_too_few_learners_flag_nothing(shipped_bank, teacher):
    room, suspect, _others = a_class_answers(
        shipped_bank, teacher, stats.min_learners_for_flag() - 1
    )
    item = progress.class_items(room, shipped_bank).get(question=suspect)
    assert item.discrimination < 0 and not item.flagged


def test_answers_are_folded_once_and_exam_answers_only_after_hand_in(shipped_bank, teacher):
    room, suspect, _others = a_class_answers(shipped_bank, teacher, 4)
    assert stats.fold_answers(shipped_bank) == 24
    assert stats.fold_answers(shipped_bank) == 0
    learner = ensure_user("examinee", role="learner", password="x-x-x-x-9")[0]
    join_classroom(learner, room)
    exam = build_quiz(learner, shipped_bank, questions=[suspect], count=1, mode="exam")
    Answer.objects.create(
        attempt=exam, question=suspect, response="x", correct=False, score=0, idempotency_key="e"
    )
    assert stats.fold_answers(shipped_bank) == 0  # it may still change
    submit_attempt(exam)
    assert stats.fold_answers(shipped_bank) == 1
    assert ClassItemStat.objects.get(classroom=room, question=suspect).answers == 5


def test_the_item_list_is_sorted_and_paged(shipped_bank, teacher, client):
    room = build_demo_class(teacher, shipped_bank, learners=10, answers=1500)
    client.force_login(teacher)
    url = reverse("class_items", args=[room.pk])
    first = client.get(url, {"essay": shipped_bank.slug, "sort": "facility"})
    assert first.status_code == 200
    page = first.context["page"]
    assert len(page.object_list) == 25 and page.has_next()
    facilities = [item.facility for item in page.object_list]
    assert facilities == sorted(facilities)
    second = client.get(url, {"essay": shipped_bank.slug, "sort": "facility", "page": 2})
    assert second.context["page"].object_list[0].facility >= facilities[-1]
    page_text = first.content.decode()
    assert "/admin/" not in page_text
    assert "Sorteer op" in page_text and "pagina 1 van" in page_text
    assert "minstens 20 leerlingen van deze klas" in page_text  # the threshold, and why
    assert "punt-biseriële correlatie" in page_text


def test_flagged_items_link_to_the_in_app_editor_for_the_essays_owner(
    shipped_bank, teacher, client
):
    shipped_bank.owner = teacher
    shipped_bank.save(update_fields=["owner"])
    room, suspect, _others = a_class_answers(shipped_bank, teacher, stats.min_learners_for_flag())
    client.force_login(teacher)
    page = client.get(reverse("class_dashboard", args=[room.pk]), {"essay": shipped_bank.slug})
    assert f"/essays/{shipped_bank.slug}/bank/{suspect.uid}/edit/" in page.content.decode()


def test_the_fold_command_counts_what_is_new(shipped_bank, teacher):
    from io import StringIO

    from django.core.management import call_command

    a_class_answers(shipped_bank, teacher, 2)
    out = StringIO()
    call_command("fold_answers", stdout=out)
    assert out.getvalue().strip() == "Folded 12 answers."
    call_command("fold_answers", essay=shipped_bank.slug, stdout=out)
    assert out.getvalue().strip().endswith("Folded 0 answers.")
