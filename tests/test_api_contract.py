"""The API against its own OpenAPI schema: schemathesis generates requests for every operation,
anonymously, as a learner and as a teacher, one by one and in sequences that follow the links
between operations (stateful); no response may be a 5xx or differ from the schema."""

from datetime import timedelta

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from django.utils import timezone
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ensure_resource_availability,
    response_schema_conformance,
    use_after_free,
)

from studyapp.classrooms import create_assignment
from studyapp.quizzes import build_quiz
from studyapp.wsgi import application

CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
# In sequences also: a resource just created can be read, and one deleted stays gone.
STATEFUL_CHECKS = [*CHECKS, use_after_free, ensure_resource_availability]


# Loaded once, from the app itself; the schema view needs no database.
schema = schemathesis.openapi.from_wsgi("/api/schema/", application)


@pytest.fixture(autouse=True)
def keep_the_test_connection_open():
    # schemathesis calls the WSGI app directly; like Django's test client, keep the app from
    # closing the database connection that holds the test's transaction.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def tokens(small_bank, classroom, learner, teacher):
    create_assignment(
        classroom,
        title="Toets",
        essay=small_bank,
        due_at=timezone.now() + timedelta(days=2),
        count=3,
    )
    build_quiz(learner, small_bank, count=3)
    return [Token.objects.get_or_create(user=user)[0].key for user in (learner, teacher)]


@schema.parametrize()
@settings(max_examples=12, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@pytest.mark.django_db
def test_every_operation_conforms_to_the_schema(case, tokens):
    for token in tokens:
        case.call_and_validate(headers={"Authorization": f"Token {token}"}, checks=CHECKS)


@schema.parametrize()
@settings(max_examples=8, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@pytest.mark.django_db
def test_every_operation_conforms_to_the_schema_for_anonymous_users(case):
    case.call_and_validate(checks=CHECKS)


def test_the_schema_and_the_docs_are_served_by_the_app(client):
    schema_response = client.get("/api/schema/")
    assert schema_response.status_code == 200
    assert b"openapi: 3" in schema_response.content
    docs = client.get("/api/docs/").content.decode()
    assert "swagger-ui" in docs and "cdn" not in docs.lower()
    asset = next(part.split('"')[0] for part in docs.split('src="')[1:] if "swagger" in part)
    assert client.get(asset).status_code == 200


def test_errors_are_json_with_a_detail(client, learner):
    from rest_framework.test import APIClient

    api = APIClient()
    api.force_authenticate(learner)
    malformed = api.post("/api/quizzes/", "{not json", content_type="application/json")
    assert malformed.status_code == 400 and "JSON" in malformed.json()["detail"]
    missing = api.get("/api/nowhere/")
    assert missing.status_code == 404 and missing.json() == {"detail": "Not found."}
    invalid = api.post("/api/quizzes/", {"count": "many"}, format="json")
    body = invalid.json()
    assert invalid.status_code == 400 and set(body["errors"]) == {"essay", "count"}
    assert "essay" in body["detail"]


@pytest.mark.django_db
def test_sequences_that_follow_the_links_conform_to_the_schema(tokens):
    # Links are inferred from the schema (POST /api/quizzes/ -> GET /api/quizzes/{id}/ ...).
    workflow = schema.as_state_machine()
    links = [
        name
        for name in dir(workflow)
        if hasattr(getattr(workflow, name), "hypothesis_stateful_rule")
        and not name.startswith("RANDOM")
    ]
    assert len(links) >= 10, links
    for token in [None, *tokens]:
        headers = {"Authorization": f"Token {token}"} if token else {}

        class Workflow(workflow):
            call_headers = headers

            def get_call_kwargs(self, case):
                return {"headers": self.call_headers}

            def validate_response(self, response, case, additional_checks=None, **kwargs):
                case.validate_response(
                    response, checks=STATEFUL_CHECKS, additional_checks=additional_checks
                )

        Workflow.run(
            settings=settings(
                max_examples=15,
                stateful_step_count=6,
                deadline=None,
                derandomize=True,
                suppress_health_check=list(HealthCheck),
            )
        )
