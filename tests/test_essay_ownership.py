"""Uploads never take another essay: only its owner (or staff) replaces an essay's text."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from studyapp.models import Essay, Question

from .conftest import ROOT

pytestmark = pytest.mark.django_db
UNSEEN = (ROOT / "tests" / "data" / "watersnood.txt").read_bytes()
OTHER_TEXT = (
    "De ramp die Nederland veranderde\n\n"
    + "In 1953 brak de dijk bij Kruiningen door en het water stroomde het land in. " * 3
    + "\n\nKoningin Juliana bezocht Zeeland in februari 1953 en sprak met de bewoners. " * 3
)


def upload(data, name="essay.txt"):
    return SimpleUploadedFile(name, data, content_type="text/plain")


def api_as(user):
    api = APIClient()
    api.force_authenticate(user)
    return api


def test_an_upload_never_replaces_another_teachers_essay_by_slug(
    shipped_bank, other_teacher, client
):
    questions = Question.objects.filter(essay=shipped_bank, status="active").count()
    client.force_login(other_teacher)
    response = client.post("/essays/new/", {"file": upload(UNSEEN), "slug": shipped_bank.slug})
    assert response.status_code == 400
    assert "trotski-deel-2" in response.content.decode()
    shipped_bank.refresh_from_db()
    assert shipped_bank.owner is None and "Trotski" in shipped_bank.title
    assert Question.objects.filter(essay=shipped_bank, status="active").count() == questions
    response = api_as(other_teacher).post(
        "/api/essays/new/",
        {"file": upload(UNSEEN), "slug": shipped_bank.slug, "replace": "true"},
        format="multipart",
    )
    assert response.status_code == 403
    assert Question.objects.filter(essay=shipped_bank, status="active").count() == questions


def test_a_colliding_title_makes_a_second_essay(teacher, other_teacher):
    first = api_as(teacher).post("/api/essays/new/", {"file": upload(UNSEEN)}, format="multipart")
    assert first.status_code == 202
    original = Essay.objects.get(slug=first.data["slug"])
    text_before = [p.text for p in original.current_passages()]
    for user, expected in ((other_teacher, "-2"), (teacher, "-3")):
        second = api_as(user).post(
            "/api/essays/new/", {"file": upload(OTHER_TEXT.encode())}, format="multipart"
        )
        assert second.status_code == 202 and second.data["slug"] == first.data["slug"] + expected
    assert [p.text for p in original.current_passages()] == text_before
    assert Essay.objects.get(slug=first.data["slug"] + "-2").owner == other_teacher


def test_the_owner_replaces_their_essays_text_explicitly(teacher, client):
    client.force_login(teacher)
    client.post("/essays/new/", {"file": upload(UNSEEN), "slug": "mijn-essay"})
    essay = Essay.objects.get(slug="mijn-essay")
    response = client.post(
        "/essays/new/",
        {"file": upload(OTHER_TEXT.encode()), "slug": "mijn-essay", "replace": "on"},
    )
    assert response.status_code == 302
    assert Essay.objects.count() == 1
    assert "Kruiningen" in essay.current_passages().first().text
    assert essay.owner == teacher


def test_staff_may_replace_any_essay(shipped_bank, other_teacher):
    other_teacher.is_staff = True
    other_teacher.save(update_fields=["is_staff"])
    response = api_as(other_teacher).post(
        "/api/essays/new/",
        {"file": upload(UNSEEN), "slug": shipped_bank.slug, "replace": "true"},
        format="multipart",
    )
    assert response.status_code == 202 and response.data["slug"] == shipped_bank.slug
