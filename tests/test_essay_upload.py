"""Authors add an essay from the web or the API; bad files get a clear error and store nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from studyapp.models import Essay, Passage, Question

from .conftest import ROOT

pytestmark = pytest.mark.django_db
UNSEEN = (ROOT / "tests" / "data" / "watersnood.txt").read_bytes()


def upload(data, name="essay.txt"):
    return SimpleUploadedFile(name, data, content_type="text/plain")


def test_a_teacher_adds_an_essay_and_gets_a_first_bank(teacher, client):
    client.force_login(teacher)
    response = client.post("/essays/new/", {"file": upload(UNSEEN, "watersnood.txt")})
    essay = Essay.objects.get()
    assert response.url == f"/essays/{essay.slug}/"
    assert essay.title == "De ramp die Nederland veranderde"
    assert Question.objects.filter(essay=essay).count() > 10
    assert "vragen" in client.get(response.url).content.decode()


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "leeg.txt", "leeg"),
        (b"\x00\x01\x02binary", "x.txt", "binair"),
        ("één essay".encode("latin-1"), "x.txt", "UTF-8"),
        (b"<html><body><p>Tekst</p><script>x()</script></body></html>", "x.html", "scripts"),
    ],
)
def test_bad_files_get_a_clear_error_and_store_nothing(teacher, client, data, name, message):
    client.force_login(teacher)
    response = client.post("/essays/new/", {"file": upload(data, name)})
    assert response.status_code == 400 and message in response.content.decode()
    assert not Essay.objects.exists() and not Passage.objects.exists()


def test_an_oversized_file_is_refused_before_reading(teacher, client, settings):
    settings.ESSAY_MAX_BYTES = 100
    client.force_login(teacher)
    response = client.post("/essays/new/", {"file": upload(UNSEEN)})
    assert response.status_code == 400 and "100 bytes" in response.content.decode()
    assert not Essay.objects.exists()


def test_a_reserved_slug_is_refused(teacher, client):
    client.force_login(teacher)
    response = client.post("/essays/new/", {"file": upload(UNSEEN), "slug": "new"})
    assert response.status_code == 400 and not Essay.objects.exists()


def test_learners_cannot_add_essays(learner, client):
    client.force_login(learner)
    assert client.get("/essays/new/").status_code == 403
    api = APIClient()
    api.force_authenticate(learner)
    assert (
        api.post("/api/essays/new/", {"file": upload(UNSEEN)}, format="multipart").status_code
        == 403
    )


def test_the_api_adds_an_essay_and_reports_errors(teacher):
    api = APIClient()
    api.force_authenticate(teacher)
    created = api.post(
        "/api/essays/new/",
        {"file": upload(UNSEEN, "ramp.txt"), "language": "nl"},
        format="multipart",
    )
    # The upload is accepted at once (202); in tests the task backend runs the job in-process.
    assert created.status_code == 202 and created["Location"].endswith(
        "/api/essays/de-ramp-die-nederland-veranderde/job/"
    )
    job = api.get(created["Location"]).json()
    assert job["stage"] == "done" and "vragen" in job["summary"]
    assert Question.objects.filter(essay__slug="de-ramp-die-nederland-veranderde").count() > 10
    refused = api.post("/api/essays/new/", {"file": upload(b"", "leeg.txt")}, format="multipart")
    assert refused.status_code == 400 and "leeg" in refused.json()["errors"]["file"][0]
    assert Essay.objects.count() == 1
