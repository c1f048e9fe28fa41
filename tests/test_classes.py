"""Classes and assignments: join codes, membership, assignments, late work, the gradebook."""

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from studyapp import classrooms
from studyapp.models import Membership, QuizAttempt
from studyapp.progress import gradebook
from studyapp.quizzes import submit_attempt

pytestmark = pytest.mark.django_db


def test_a_teacher_creates_a_class_with_a_readable_join_code(teacher):
    room = classrooms.start_classroom(teacher, "5 vwo B")
    assert len(room.join_code) == 6
    assert set(room.join_code) <= set(classrooms.JOIN_CODE_ALPHABET)
    assert not set(room.join_code) & set("01OIL")


def test_learners_cannot_create_classes(learner):
    with pytest.raises(classrooms.ClassroomError, match="Alleen docenten"):
        classrooms.start_classroom(learner, "Mijn klas")


def test_a_learner_joins_by_code_in_any_case_and_may_be_in_several_classes(teacher, learner):
    first = classrooms.start_classroom(teacher, "A")
    second = classrooms.start_classroom(teacher, "B")
    classrooms.join_by_code(learner, first.join_code.lower())
    classrooms.join_by_code(learner, f" {second.join_code} ")
    classrooms.join_by_code(learner, second.join_code)  # joining twice changes nothing
    assert Membership.objects.filter(learner=learner).count() == 2
    with pytest.raises(classrooms.ClassroomError, match="geen klas met toegangscode"):
        classrooms.join_by_code(learner, "ZZZZZZ")


def test_the_join_link_and_form(teacher, learner, client):
    room = classrooms.start_classroom(teacher, "Link")
    client.force_login(learner)
    page = client.get(reverse("join_class_code", args=[room.join_code])).content.decode()
    assert room.join_code in page
    client.post(reverse("join_class"), {"code": room.join_code})
    assert Membership.objects.filter(classroom=room, learner=learner).exists()
    assert client.post(reverse("join_class"), {"code": "NOPE22"}).status_code == 400


def test_a_teacher_removes_a_learner(classroom, learner, teacher, client):
    client.force_login(teacher)
    client.post(reverse("remove_member", args=[classroom.pk, learner.pk]))
    assert not Membership.objects.filter(classroom=classroom).exists()


def test_an_assignment_must_be_able_to_make_a_quiz(classroom, shipped_bank):
    later = timezone.now() + timedelta(days=3)
    with pytest.raises(classrooms.ClassroomError, match="toekomst"):
        classrooms.create_assignment(
            classroom, title="T", essay=shipped_bank, due_at=timezone.now() - timedelta(hours=1)
        )
    with pytest.raises(classrooms.ClassroomError, match="geen vragen"):
        classrooms.create_assignment(
            classroom, title="T", essay=shipped_bank, due_at=later, topics=["bestaat-niet"]
        )
    assignment = classrooms.create_assignment(
        classroom,
        title="Kronstadt",
        essay=shipped_bank,
        due_at=later,
        topics=["kronstadt"],
        count=4,
    )
    assert assignment.classroom == classroom


def test_an_assignment_promises_no_more_questions_than_its_choices_hold(
    classroom, learner, shipped_bank
):
    """Twelve questions on Kronstadt ask four things: a teacher asked six, learners got four."""
    from studyapp.quizzes import quiz_capacity

    capacity = quiz_capacity(shipped_bank, ["kronstadt"])
    assert 1 <= capacity < 12
    later = timezone.now() + timedelta(days=3)
    with pytest.raises(classrooms.ClassroomError, match=f"{capacity} verschillende vragen"):
        classrooms.create_assignment(
            classroom,
            title="Kronstadt",
            essay=shipped_bank,
            due_at=later,
            topics=["kronstadt"],
            count=capacity + 1,
        )
    assignment = classrooms.create_assignment(
        classroom,
        title="Kronstadt",
        essay=shipped_bank,
        due_at=later,
        topics=["kronstadt"],
        count=capacity,
    )
    for _ in range(20):  # the pick is random: every start holds what was promised
        attempt = classrooms.start_assignment(learner, assignment)
        assert len(attempt.layout) == capacity
        attempt.delete()


def test_learners_see_their_assignments_and_start_each_once(
    classroom, learner, shipped_bank, other_learner
):
    assignment = classrooms.create_assignment(
        classroom,
        title="Toets",
        essay=shipped_bank,
        due_at=timezone.now() + timedelta(days=1),
        count=4,
    )
    [listed] = classrooms.assignments_for(learner)
    assert listed == assignment and listed.my_attempt is None
    attempt = classrooms.start_assignment(learner, assignment)
    assert classrooms.start_assignment(learner, assignment) == attempt
    assert attempt.assignment == assignment and len(attempt.layout) == 4
    with pytest.raises(classrooms.ClassroomError, match="andere klas"):
        classrooms.start_assignment(other_learner, assignment)
    assert classrooms.assignments_for(other_learner) == []


def test_late_work_is_marked_late_in_the_gradebook(classroom, learner, shipped_bank):
    assignment = classrooms.create_assignment(
        classroom,
        title="Toets",
        essay=shipped_bank,
        due_at=timezone.now() + timedelta(days=1),
        count=2,
    )
    attempt = classrooms.start_assignment(learner, assignment)
    assignment.due_at = timezone.now() - timedelta(hours=1)
    assignment.save()
    submit_attempt(attempt)
    attempt = QuizAttempt.objects.get(pk=attempt.pk)
    assert attempt.is_late
    [row] = gradebook(classroom)
    assert row == {
        "learner": learner.username,
        "assignment": "Toets",
        "score": 0.0,
        "submitted_at": attempt.submitted_at,
        "late": True,
    }


def test_the_gradebook_csv(classroom, learner, shipped_bank, teacher, client):
    classrooms.create_assignment(
        classroom,
        title="Toets",
        essay=shipped_bank,
        due_at=timezone.now() + timedelta(days=1),
        count=2,
    )
    client.force_login(teacher)
    response = client.get(reverse("gradebook_csv", args=[classroom.pk]))
    assert response["Content-Type"].startswith("text/csv") and response.streaming
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    # Headers in the interface language, as a Dutch teacher's spreadsheet shows them.
    assert rows == [
        ["leerling", "opdracht", "score", "ingeleverd op", "te laat"],
        [learner.username, "Toets", "", "", "nee"],
    ]
    english = client.get(reverse("gradebook_csv", args=[classroom.pk]), HTTP_ACCEPT_LANGUAGE="en")
    first = b"".join(english.streaming_content).decode().splitlines()[0]
    assert first == "learner,assignment,score,handed in at,late"


def test_gradebook_times_are_in_the_configured_time_zone(settings):
    from datetime import UTC, datetime

    from studyapp.export.csv_files import gradebook_csv

    settings.TIME_ZONE = "Europe/Amsterdam"
    handed_in = datetime(2026, 11, 25, 17, 40, tzinfo=UTC)
    row = {"learner": "a", "assignment": "T", "score": 1, "submitted_at": handed_in, "late": True}
    lines = list(gradebook_csv([row]))
    assert lines[1].strip() == "a,T,1,2026-11-25 18:40,ja"


def test_the_classes_page_lists_assignments_with_a_start_button(
    classroom, learner, shipped_bank, client
):
    classrooms.create_assignment(
        classroom,
        title="Huiswerk Machno",
        essay=shipped_bank,
        due_at=timezone.now() + timedelta(days=1),
        count=2,
    )
    client.force_login(learner)
    page = client.get(reverse("classes")).content.decode()
    assert "Huiswerk Machno" in page and "5 vwo A" in page


def test_a_learner_who_asks_more_than_the_choices_hold_is_told_why_the_quiz_is_shorter(
    learner_client, shipped_bank
):
    from studyapp.quizzes import quiz_capacity

    capacity = quiz_capacity(shipped_bank, ["kronstadt"])
    response = learner_client.post(
        f"/essays/{shipped_bank.slug}/quiz/",
        {"topics": ["kronstadt"], "count": 10, "mode": "practice"},
        follow=True,
    )
    page = response.content.decode()
    assert f"{capacity} verschillende vragen" in page
    assert f"van {capacity}" in page  # "Vraag 1 van N"


def test_asking_more_than_the_choices_hold_is_explained_in_natural_dutch(small_bank):
    from studyapp.quizzes import quiz_capacity

    capacity = quiz_capacity(small_bank, [], [])
    with pytest.raises(classrooms.ClassroomError) as refused:
        classrooms.check_capacity(small_bank, [], [], capacity + 1)
    assert "sommige vragen gaan over hetzelfde" in str(refused.value)
    assert "vragen vragen" not in str(refused.value)
