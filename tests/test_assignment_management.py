"""A teacher follows, changes, closes and deletes an assignment; learners see its terms first."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from studyapp.assignments import (
    assignment_report,
    close_assignment,
    delete_assignment,
    update_assignment,
)
from studyapp.classrooms import ClassroomError, create_assignment, start_assignment
from studyapp.models import Assignment, QuizAttempt
from studyapp.quizzes import answer_question, attempt_questions, submit_attempt

pytestmark = pytest.mark.django_db


@pytest.fixture
def assignment(classroom, small_bank):
    return create_assignment(
        classroom,
        title="Toets",
        essay=small_bank,
        due_at=timezone.now() + timedelta(days=2),
        count=3,
        mode="exam",
        time_limit_minutes=20,
    )


def settings_of(assignment, **changes):
    values = {
        "title": assignment.title,
        "due_at": assignment.due_at,
        "topics": assignment.topics,
        "types": assignment.types,
        "count": assignment.count,
        "mode": assignment.mode,
        "time_limit_minutes": assignment.time_limit_minutes,
    }
    return {**values, **changes}


def test_settings_change_before_anyone_starts(assignment):
    update_assignment(assignment, **settings_of(assignment, count=5, mode="practice"))
    assignment.refresh_from_db()
    assert (assignment.count, assignment.mode) == (5, "practice")


def test_after_a_start_only_title_and_due_date_change(assignment, learner):
    start_assignment(learner, assignment)
    later = timezone.now() + timedelta(days=5)
    with pytest.raises(ClassroomError):
        update_assignment(assignment, **settings_of(assignment, count=5))
    update_assignment(assignment, **settings_of(assignment, title="Toets 2", due_at=later))
    assignment.refresh_from_db()
    assert (assignment.title, assignment.count, assignment.due_at) == ("Toets 2", 3, later)


def test_closing_hands_in_open_attempts_and_refuses_new_starts(
    assignment, learner, other_learner, classroom
):
    from studyapp.classrooms import join_classroom

    join_classroom(other_learner, classroom)
    attempt = start_assignment(learner, assignment)
    assert close_assignment(assignment) == 1
    attempt.refresh_from_db()
    assert attempt.is_submitted
    with pytest.raises(ClassroomError):
        start_assignment(other_learner, assignment)


def test_closing_from_the_page_asks_first_and_says_who_has_not_handed_in(
    assignment, learner, other_learner, classroom, teacher, client
):
    from studyapp.classrooms import join_classroom

    join_classroom(other_learner, classroom)
    start_assignment(learner, assignment)
    client.force_login(teacher)
    url = f"/assignments/{assignment.pk}/close/"
    detail = client.get(f"/assignments/{assignment.pk}/").content.decode()
    assert not re.search(r'<form[^>]*action="[^"]*/close/"', detail)
    assert f'href="{url}"' in detail
    confirm = client.get(url)
    assert confirm.status_code == 200
    text = " ".join(confirm.content.decode().split())
    assert "1 leerling is begonnen maar heeft nog niet ingeleverd" in text
    assert "1 leerling is nog niet begonnen en kan niet meer starten" in text
    assignment.refresh_from_db()
    assert assignment.closed_at is None
    assert client.post(url)["Location"] == f"/assignments/{assignment.pk}/"
    assignment.refresh_from_db()
    assert assignment.closed_at is not None
    # Nothing left to confirm: back to the assignment.
    assert client.get(url)["Location"] == f"/assignments/{assignment.pk}/"


def test_the_report_shows_who_started_handed_in_and_was_late(
    assignment, learner, other_learner, classroom
):
    from studyapp.classrooms import join_classroom

    join_classroom(other_learner, classroom)
    attempt = start_assignment(learner, assignment)
    item, question = attempt_questions(attempt)[0]
    response = question.answers[0] if question.qtype != "matching" else {}
    try:
        answer_question(attempt, question.pk, response, "k")
    except Exception:  # a malformed response for an exotic type: not what this test is about
        pass
    assignment.due_at = timezone.now() - timedelta(minutes=1)
    assignment.save()
    submit_attempt(attempt)
    report = assignment_report(assignment)
    states = {row.learner.username: row.state for row in report.rows}
    assert states == {learner.username: "handed_in", other_learner.username: "not_started"}
    assert (report.started, report.handed_in, report.late) == (1, 1, 1)
    # The item analysis counts this assignment's answers only.
    assert sum(i.attempts for i in report.items) == attempt.answers.count()


def test_deleting_keeps_the_learners_work_as_their_own_quiz(assignment, learner):
    attempt = start_assignment(learner, assignment)
    submit_attempt(attempt)
    summary = delete_assignment(assignment)
    assert (summary.handed_in, summary.open) == (1, 0)
    assert not Assignment.objects.exists()
    kept = QuizAttempt.objects.get(pk=attempt.pk)
    assert kept.assignment is None and kept.is_submitted


def test_the_delete_page_says_what_happens_to_handed_in_work(assignment, learner, teacher, client):
    submit_attempt(start_assignment(learner, assignment))
    client.force_login(teacher)
    page = client.get(f"/assignments/{assignment.pk}/delete/").content.decode()
    assert "1 leerling heeft dit ingeleverd." in page
    assert "houden hun werk" in page
    assert Assignment.objects.exists()
    client.post(f"/assignments/{assignment.pk}/delete/")
    assert not Assignment.objects.exists()


def test_learners_see_mode_count_time_limit_and_due_date_before_they_start(
    assignment, learner, client
):
    client.force_login(learner)
    page = client.get("/classes/").content.decode()
    assert "toets · 3 vragen · 20 minuten" in " ".join(page.split())
    assert assignment.due_at.astimezone(timezone.get_current_timezone()).strftime("%Y") in page


def test_the_edit_page_locks_settings_once_started(assignment, learner, teacher, client):
    start_assignment(learner, assignment)
    client.force_login(teacher)
    response = client.get(f"/assignments/{assignment.pk}/edit/")
    assert response.context["locked"] is True
    assert response.context["form"].fields["count"].disabled


def test_the_api_changes_closes_and_deletes_an_assignment(assignment, learner, teacher):
    from rest_framework.test import APIClient

    api = APIClient()
    api.force_authenticate(teacher)
    url = f"/api/assignments/{assignment.pk}/"
    assert api.patch(url, {"count": 4}, format="json").json()["count"] == 4
    start_assignment(learner, assignment)
    refused = api.patch(url, {"count": 6}, format="json")
    assert refused.status_code == 400 and "alleen de titel" in refused.json()["detail"]
    closed = api.post(f"{url}close/").json()
    assert closed["closed_at"] and closed["learners"][0]["state"] == "handed_in"
    assert api.delete(url).json() == {"handed_in": 1, "open": 0}
    assert not Assignment.objects.exists()


def test_the_assignment_page_pages_its_learners_and_sorts_them(
    assignment, learner, teacher, client
):
    """A 200-learner class made a page of 14,896 px: learners and items page by 25 now."""
    from studyapp.classrooms import ensure_user, join_classroom

    for number in range(30):
        other = ensure_user(f"leerling{number:02d}", role="learner", password="x-geheim-12345")[0]
        join_classroom(other, assignment.classroom)
    start_assignment(learner, assignment)
    client.force_login(teacher)
    page = client.get(f"/assignments/{assignment.pk}/").content.decode()
    assert page.count('<tr><th scope="row">') == 25
    assert "pagina 1 van 2" in page or "page 1 of 2" in page
    second = client.get(f"/assignments/{assignment.pk}/?page=2").content.decode()
    assert second.count('<tr><th scope="row">') == 6
    # "not started first" puts the one learner who started on the last page.
    by_status = client.get(f"/assignments/{assignment.pk}/?sort=status&page=2").content.decode()
    assert f'<th scope="row">{learner.username}</th>' in by_status
    first = client.get(f"/assignments/{assignment.pk}/?sort=status").content.decode()
    assert f'<th scope="row">{learner.username}</th>' not in first


def test_the_assignment_item_analysis_labels_flags_and_links_the_editor(
    assignment, learner, teacher, client, settings
):
    from studyapp import assignments as module
    from studyapp.progress import ItemStats

    assignment.essay.owner = teacher
    assignment.essay.save(update_fields=["owner"])
    question = assignment.essay.questions.filter(status="active").first()
    flagged = ItemStats(question, attempts=30, facility=0.5, discrimination=-0.2, learners=30)
    plain = ItemStats(question, attempts=3, facility=0.5, discrimination=0.4, learners=3)
    assert module.items_worst_first([plain, flagged]) == [flagged, plain]
    start_assignment(learner, assignment)
    attempt = QuizAttempt.objects.get(assignment=assignment, learner=learner)
    choices = {"multiple_choice", "true_false", "argument", "quote_attribution"}
    asked = next(q for _item, q in attempt_questions(attempt) if q.qtype in choices)
    answer_question(attempt, asked.pk, asked.answers[0], "k1")
    client.force_login(teacher)
    page = client.get(f"/assignments/{assignment.pk}/").content.decode()
    assert f"/essays/{assignment.essay.slug}/bank/{asked.uid}/edit/" in page
