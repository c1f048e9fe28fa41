"""Drafts are their owner's: learners and other teachers see published essays only."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from studyapp import essays
from studyapp.models import Essay

from .conftest import ROOT

pytestmark = pytest.mark.django_db
UNSEEN = (ROOT / "tests" / "data" / "watersnood.txt").read_bytes()


@pytest.fixture
def draft(teacher, client):
    client.force_login(teacher)
    client.post("/essays/new/", {"file": SimpleUploadedFile("w.txt", UNSEEN), "slug": "ramp"})
    client.logout()
    return Essay.objects.get(slug="ramp")


def test_an_upload_is_a_draft_owned_by_its_author(draft, teacher):
    assert draft.owner == teacher and draft.status == Essay.Status.DRAFT
    assert essays.can_manage_essay(teacher, draft)


def test_a_draft_is_hidden_from_learners_and_other_teachers(draft, learner, other_teacher, client):
    for person in (learner, other_teacher):
        client.force_login(person)
        assert client.get("/essays/ramp/").status_code == 404
        assert "ramp" not in client.get("/").content.decode()
        api = APIClient()
        api.force_authenticate(person)
        assert api.get("/api/essays/ramp/").status_code == 404
        assert all(e["slug"] != "ramp" for e in api.get("/api/essays/").json()["results"])
        started = api.post("/api/quizzes/", {"essay": "ramp"}, format="json")
        assert started.status_code == 400
    client.logout()
    assert client.get("/essays/ramp/").status_code == 404


def test_the_owner_reads_and_studies_the_draft(draft, teacher, client):
    client.force_login(teacher)
    assert client.get("/essays/ramp/").status_code == 200
    api = APIClient()
    api.force_authenticate(teacher)
    assert (
        api.post("/api/quizzes/", {"essay": "ramp", "count": 3}, format="json").status_code == 201
    )


def test_a_published_essay_is_read_by_everyone_and_managed_by_its_owner_only(
    draft, teacher, other_teacher, learner
):
    draft.status = Essay.Status.PUBLISHED
    draft.save()
    for person in (teacher, other_teacher, learner):
        assert essays.visible_essays(person).filter(slug="ramp").exists()
    assert essays.can_manage_essay(teacher, draft)
    assert not essays.can_manage_essay(other_teacher, draft)
    assert not essays.can_manage_essay(learner, draft)


def test_a_shipped_essay_without_owner_is_managed_by_staff_only(shipped_essay, teacher):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_user("beheer", is_staff=True)
    assert not essays.can_manage_essay(teacher, shipped_essay)
    assert essays.can_manage_essay(admin, shipped_essay)


def test_the_owner_sees_that_the_essay_is_a_draft_and_can_publish_it_there(draft, teacher, client):
    """The audit: "concept" showed on the review page only, with no Publish on the essay."""
    client.force_login(teacher)
    page = client.get(f"/essays/{draft.slug}/").content.decode()
    assert "concept" in page and "alleen jij" in page
    assert f'action="/essays/{draft.slug}/publish/"' in page
    assert "concept" in client.get("/").content.decode()
    draft.status = Essay.Status.PUBLISHED
    draft.save(update_fields=["status"])
    assert "alleen jij" not in client.get(f"/essays/{draft.slug}/").content.decode()


def test_a_page_of_someone_else_is_refused_in_the_apps_own_style(draft, other_teacher, client):
    client.force_login(other_teacher)
    essay = Essay.objects.filter(status=Essay.Status.PUBLISHED).first() or draft
    essay.status = Essay.Status.PUBLISHED
    essay.save(update_fields=["status"])
    refused = client.get(f"/essays/{essay.slug}/bank/")
    assert refused.status_code == 403
    assert "Geen toegang" in refused.content.decode()
    assert "<nav" in refused.content.decode() or "studyapp.css" in refused.content.decode()
    missing = client.get("/essays/bestaat-niet/")
    assert missing.status_code == 404 and "Pagina niet gevonden" in missing.content.decode()
