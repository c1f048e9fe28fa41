"""Downloading exports from the pages and the API, with the right people allowed."""

from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from studyapp.classrooms import create_assignment

pytestmark = pytest.mark.django_db


def test_anyone_downloads_the_essay_deck_with_its_name_and_type(shipped_bank, client):
    response = client.get(f"/essays/{shipped_bank.slug}/anki/?topics=machno")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/apkg"
    assert response["Content-Disposition"] == ('attachment; filename="trotski-deel-2-machno.apkg"')
    assert response.content[:2] == b"PK"  # a zip archive


def test_the_bank_with_answers_is_for_the_essays_owner(
    shipped_bank, client, learner, teacher, other_teacher
):
    shipped_bank.owner = teacher
    shipped_bank.save(update_fields=["owner"])
    url = f"/essays/{shipped_bank.slug}/export/moodle-xml/"
    assert client.get(url).status_code == 302
    client.force_login(learner)
    assert client.get(url).status_code == 403
    assert client.get(f"/essays/{shipped_bank.slug}/export/quizlet-csv/").status_code == 200
    client.force_login(other_teacher)
    assert client.get(url).status_code == 403
    client.force_login(teacher)
    response = client.get(url)
    assert response.status_code == 200 and b"<quiz>" in response.content
    assert client.get(f"/essays/{shipped_bank.slug}/export/nope/").status_code == 404


def test_download_buttons_on_the_essay_progress_and_class_pages(
    shipped_bank, client, teacher, learner, classroom
):
    create_assignment(
        classroom,
        title="Toets",
        essay=shipped_bank,
        due_at=timezone.now() + timedelta(days=1),
        count=3,
    )
    client.force_login(learner)
    page = client.get(f"/essays/{shipped_bank.slug}/").content.decode()
    assert "/anki/" in page and "Moodle XML" not in page
    assert "/me/anki/?essay=" in client.get("/me/progress/").content.decode()
    client.force_login(teacher)
    assert "/assignments/" in client.get(f"/classes/{classroom.pk}/").content.decode()
    assert "Moodle XML" not in client.get(f"/essays/{shipped_bank.slug}/").content.decode()
    shipped_bank.owner = teacher  # the bank exports are for the essay's owner (and staff)
    shipped_bank.save(update_fields=["owner"])
    assert "Moodle XML" in client.get(f"/essays/{shipped_bank.slug}/").content.decode()


def test_api_downloads(shipped_bank, learner, other_learner, teacher, classroom):
    shipped_bank.owner = teacher
    shipped_bank.save(update_fields=["owner"])
    assignment = create_assignment(
        classroom,
        title="Toets",
        essay=shipped_bank,
        due_at=timezone.now() + timedelta(days=1),
        count=3,
    )
    api = APIClient()
    assert api.get(f"/api/essays/{shipped_bank.slug}/anki/").status_code == 200
    assert api.get(f"/api/essays/{shipped_bank.slug}/export/gift/").status_code in (401, 403)
    api.force_authenticate(learner)
    mine = api.get(f"/api/me/anki/?essay={shipped_bank.slug}")
    assert mine.status_code == 200 and mine["Content-Type"] == "application/apkg"
    assert api.get(f"/api/assignments/{assignment.pk}/anki/").status_code == 200
    api.force_authenticate(other_learner)
    assert api.get(f"/api/assignments/{assignment.pk}/anki/").status_code == 404
    api.force_authenticate(teacher)
    gift = api.get(f"/api/essays/{shipped_bank.slug}/export/gift/")
    assert gift.status_code == 200 and b"::q-" in gift.content
