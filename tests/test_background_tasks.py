"""Essay processing runs through a real queue: the database backend and Redis (RQ)."""

import os
from datetime import timedelta

import pytest
import redis
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from rest_framework.test import APIClient

from studyapp import processing, tasks
from studyapp.models import EssayJob, Question

from .conftest import ROOT

UNSEEN = (ROOT / "tests" / "data" / "watersnood.txt").read_bytes()
# The Redis database the tests may use (emptied queue "default" only; never FLUSHALL).
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/1")
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
RQ_TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 600}}


def upload(api, name="ramp.txt", data=UNSEEN, replace=False):
    fields = {"file": SimpleUploadedFile(name, data, content_type="text/plain"), "slug": "ramp"}
    if replace:
        fields["replace"] = "true"
    return api.post("/api/essays/new/", fields, format="multipart")


@pytest.fixture
def teacher_api(teacher):
    api = APIClient()
    api.force_authenticate(teacher)
    return api


@pytest.mark.django_db(transaction=True)
@override_settings(TASKS=DATABASE_TASKS)
def test_the_database_queue_holds_the_upload_until_the_worker_runs_it(teacher_api, client, teacher):
    response = upload(teacher_api)
    assert response.status_code == 202
    assert response.json()["job"]["stage"] == "queued"
    job = EssayJob.objects.get()
    assert not Question.objects.exists()  # nothing ran inside the request

    client.force_login(teacher)
    page = client.get("/essays/ramp/").content.decode()
    assert 'http-equiv="refresh"' in page and "wachtrij" in page

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    job.refresh_from_db()
    assert job.stage == "done" and job.finished_at and job.started_at
    assert tasks.process_essay.get_result(job.task_id).status == TaskResultStatus.SUCCESSFUL
    assert Question.objects.filter(essay__slug="ramp").count() > 10
    state = teacher_api.get("/api/essays/ramp/job/").json()
    assert state["stage"] == "done" and state["done"] == state["total"] > 10
    page = client.get("/essays/ramp/").content.decode()
    assert 'http-equiv="refresh"' not in page and "vragen" in page


def _redis_or_skip():
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError as error:
        pytest.skip(f"Redis does not answer at {REDIS_URL} ({error}); CI runs one there")


@pytest.mark.django_db(transaction=True)
@override_settings(TASKS=RQ_TASKS, RQ_QUEUES=RQ_QUEUES)
def test_the_redis_queue_runs_the_upload_in_an_rq_worker(teacher_api):
    _redis_or_skip()
    import django_rq
    from django_tasks_rq import Job
    from rq import SimpleWorker

    queue = django_rq.get_queue("default", job_class=Job)
    queue.empty()
    response = upload(teacher_api)
    assert response.status_code == 202
    job = EssayJob.objects.get()
    assert job.stage == "queued" and queue.count == 1

    # A worker as `manage.py rqworker --job-class django_tasks_rq.Job --burst` runs it.
    SimpleWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)

    job.refresh_from_db()
    assert job.stage == "done", job.error
    assert tasks.process_essay.get_result(job.task_id).status == TaskResultStatus.SUCCESSFUL
    assert Question.objects.filter(essay__slug="ramp").count() > 10


@pytest.mark.django_db(transaction=True)
@override_settings(
    TASKS=RQ_TASKS, RQ_QUEUES={"default": {"URL": "redis://127.0.0.1:1/1", "DEFAULT_TIMEOUT": 5}}
)
def test_an_unreachable_queue_fails_the_job_with_a_message(teacher_api):
    response = upload(teacher_api)
    assert response.status_code == 202
    job = response.json()["job"]
    assert job["stage"] == "failed" and "wachtrij" in job["error"]


@pytest.mark.django_db
def test_a_failing_job_records_the_error_in_the_uploaders_language(teacher):
    essay = processing.Essay.objects.create(slug="leeg", title="Leeg", owner=teacher)
    job = EssayJob.objects.create(
        essay=essay, source_text="   ", source_format="text", title="Leeg", language="nl"
    )
    assert processing.run_job(job.pk) == "failed"
    job.refresh_from_db()
    assert job.error.startswith("Er zijn geen alinea's tekst gevonden")
    assert job.finished_at is not None


@pytest.mark.django_db
def test_the_drafting_stage_is_in_the_pipeline_between_splitting_and_generating():
    assert [stage for stage, _run in processing.STAGES] == ["splitting", "drafting", "generating"]


@pytest.mark.django_db
def test_only_the_owner_and_staff_follow_the_job(
    teacher_api, other_teacher, learner, django_user_model
):
    assert upload(teacher_api).status_code == 202
    url = "/api/essays/ramp/job/"
    assert teacher_api.get(url).status_code == 200
    assert APIClient().get(url).status_code == 401
    for user in (other_teacher, learner):
        api = APIClient()
        api.force_authenticate(user)
        assert api.get(url).status_code == 404  # a draft: others do not even see it
    staff = django_user_model.objects.create_user("staf", password="x", is_staff=True)
    api = APIClient()
    api.force_authenticate(staff)
    assert api.get(url).json()["stage"] == "done"


@pytest.mark.django_db
def test_another_teachers_slug_is_not_taken_over(teacher_api, other_teacher):
    assert upload(teacher_api).status_code == 202
    api = APIClient()
    api.force_authenticate(other_teacher)
    refused = upload(api)
    assert refused.status_code == 400 and "ramp" in refused.json()["errors"]["file"][0]
    assert EssayJob.objects.count() == 1


@pytest.mark.django_db
@override_settings(TASKS=DATABASE_TASKS)
def test_a_second_upload_waits_for_the_first_unless_its_worker_is_gone(teacher_api):
    assert upload(teacher_api).status_code == 202  # queued: no worker runs in this test
    refused = upload(teacher_api, replace=True)
    assert refused.status_code == 400 and "nog verwerkt" in refused.json()["errors"]["file"][0]
    EssayJob.objects.update(updated_at=timezone.now() - timedelta(hours=1))
    assert upload(teacher_api, replace=True).status_code == 202
