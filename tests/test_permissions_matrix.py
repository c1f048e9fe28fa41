"""Who may see what: every progress page and class endpoint, for every kind of visitor."""

from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from studyapp.classrooms import create_assignment

pytestmark = pytest.mark.django_db

VISITORS = ["anonymous", "member", "other_learner", "teacher", "other_teacher"]


@pytest.fixture
def visitors(learner, other_learner, teacher, other_teacher):
    return {
        "anonymous": None,
        "member": learner,
        "other_learner": other_learner,
        "teacher": teacher,
        "other_teacher": other_teacher,
    }


def page_client(client, user):
    if user:
        client.force_login(user)
    return client


def api_client(user):
    api = APIClient()
    if user:
        api.force_authenticate(user)
    return api


PAGES = {
    # name: (path template, expected status per visitor)
    "dashboard": ("/classes/{c}/", [302, 404, 404, 200, 404]),
    "new assignment": ("/classes/{c}/assignments/new/", [302, 404, 404, 200, 404]),
    "gradebook csv": ("/classes/{c}/gradebook.csv", [302, 404, 404, 200, 404]),
    "item csv": ("/classes/{c}/items.csv", [302, 404, 404, 200, 404]),
    "my progress": ("/me/progress/", [302, 200, 200, 200, 200]),
}

API = {
    "class": ("get", "/api/classes/{c}/", [401, 200, 404, 200, 404]),
    "members": ("get", "/api/classes/{c}/members/", [401, 403, 404, 200, 404]),
    "assignments": ("get", "/api/classes/{c}/assignments/", [401, 200, 404, 200, 404]),
    "class progress": ("get", "/api/classes/{c}/progress/", [401, 403, 404, 200, 404]),
    "items": ("get", "/api/classes/{c}/items/", [401, 403, 404, 200, 404]),
    "my progress": ("get", "/api/progress/", [401, 200, 200, 200, 200]),
    "my assignments": ("get", "/api/assignments/", [401, 200, 200, 200, 200]),
    "start assignment": ("post", "/api/assignments/{a}/start/", [401, 201, 404, 404, 404]),
    "quiz": ("get", "/api/quizzes/{q}/", [401, 200, 404, 404, 404]),
    "quiz questions": ("get", "/api/quizzes/{q}/questions/", [401, 200, 404, 404, 404]),
    "quiz next": ("get", "/api/quizzes/{q}/next/", [401, 200, 404, 404, 404]),
    "quiz submit": ("post", "/api/quizzes/{q}/submit/", [401, 200, 404, 404, 404]),
    "due cards": ("get", "/api/cards/due/?essay={e}", [401, 200, 200, 200, 200]),
    "essay deck": ("get", "/api/essays/{e}/anki/", [200, 200, 200, 200, 200]),
    "bank gift": ("get", "/api/essays/{e}/export/gift/", [403, 403, 403, 200, 200]),
    "own deck": ("get", "/api/me/anki/?essay={e}", [401, 200, 200, 200, 200]),
    "assignment deck": ("get", "/api/assignments/{a}/anki/", [401, 200, 404, 200, 404]),
    "own data": ("get", "/api/me/data/", [401, 200, 200, 200, 200]),
}


@pytest.fixture
def attempt(learner, small_bank):
    from studyapp.quizzes import build_quiz

    return build_quiz(learner, small_bank, count=2)


@pytest.fixture
def assignment(classroom, small_bank):
    return create_assignment(
        classroom,
        title="Toets",
        essay=small_bank,
        due_at=timezone.now() + timedelta(days=2),
        count=3,
    )


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("visitor", VISITORS)
def test_pages(name, visitor, visitors, classroom, small_bank, client):
    path, expected = PAGES[name]
    response = page_client(client, visitors[visitor]).get(path.format(c=classroom.pk))
    assert response.status_code == expected[VISITORS.index(visitor)]


@pytest.mark.parametrize("name", sorted(API))
@pytest.mark.parametrize("visitor", VISITORS)
def test_api(name, visitor, visitors, classroom, assignment, attempt, small_bank):
    method, path, expected = API[name]
    response = getattr(api_client(visitors[visitor]), method)(
        path.format(c=classroom.pk, a=assignment.pk, q=attempt.pk, e=small_bank.slug)
    )
    assert response.status_code == expected[VISITORS.index(visitor)]


@pytest.mark.parametrize("visitor", VISITORS)
def test_only_the_teacher_removes_members(visitor, visitors, classroom, learner, client):
    expected = {
        "anonymous": 302,
        "member": 404,
        "other_learner": 404,
        "teacher": 302,
        "other_teacher": 404,
    }[visitor]
    response = page_client(client, visitors[visitor]).post(
        f"/classes/{classroom.pk}/members/{learner.pk}/remove/"
    )
    assert response.status_code == expected
    assert classroom.memberships.exists() == (visitor != "teacher")


@pytest.mark.parametrize("visitor", VISITORS)
def test_only_the_teacher_sets_assignments_over_the_api(visitor, visitors, classroom, small_bank):
    expected = {
        "anonymous": 401,
        "member": 403,
        "other_learner": 404,
        "teacher": 201,
        "other_teacher": 404,
    }[visitor]
    response = api_client(visitors[visitor]).post(
        f"/api/classes/{classroom.pk}/assignments/",
        {
            "title": "T",
            "essay": small_bank.slug,
            "count": 2,
            "due_at": (timezone.now() + timedelta(days=1)).isoformat(),
        },
        format="json",
    )
    assert response.status_code == expected


def test_a_learner_does_not_see_the_join_code_or_other_learners(classroom, learner):
    data = api_client(learner).get(f"/api/classes/{classroom.pk}/").data
    assert data["join_code"] is None and data["is_teacher"] is False


def test_a_learners_progress_is_only_their_own(classroom, learner, other_learner, small_bank):
    from studyapp.quizzes import answer_question, attempt_questions, build_quiz

    attempt = build_quiz(other_learner, small_bank, count=1, types=["true_false"])
    _item, question = attempt_questions(attempt)[0]
    answer_question(attempt, question.pk, "Juist", "k")
    mine = api_client(learner).get("/api/progress/").data
    assert mine["answers"] == 0


# --- review of a drafted pack (h5-drafting) ---------------------------------------------------
# The essay belongs to "teacher"; as a draft only its owner sees it (404 for everyone else), once
# published the others read it but may not review it (403).

REVIEW_PAGES = {
    # name: (method, path, expected per visitor for a draft, for a published essay)
    "review page": (
        "get",
        "/essays/{e}/review/",
        [302, 404, 404, 200, 404],
        [302, 403, 403, 200, 403],
    ),
    "accept item": (
        "post",
        "/essays/{e}/review/people/{p}/",
        [302, 404, 404, 302, 404],
        [302, 403, 403, 302, 403],
    ),
    "add item": (
        "post",
        "/essays/{e}/review/add/",
        [302, 404, 404, 302, 404],
        [302, 403, 403, 302, 403],
    ),
    "generate": (
        "post",
        "/essays/{e}/review/generate/",
        [302, 404, 404, 302, 404],
        [302, 403, 403, 302, 403],
    ),
    "publish": (
        "post",
        "/essays/{e}/publish/",
        [302, 404, 404, 302, 404],
        [302, 403, 403, 302, 403],
    ),
    "pack export": (
        "get",
        "/essays/{e}/pack.yaml",
        [302, 404, 404, 200, 404],
        [302, 403, 403, 200, 403],
    ),
    "pack import": (
        "post",
        "/essays/{e}/pack/",
        [302, 404, 404, 302, 404],
        [302, 403, 403, 302, 403],
    ),
}
REVIEW_API = {
    "list drafts": (
        "get",
        "/api/essays/{e}/drafts/",
        [401, 404, 404, 200, 404],
        [401, 403, 403, 200, 403],
    ),
    "add draft": (
        "post",
        "/api/essays/{e}/drafts/",
        [401, 404, 404, 400, 404],
        [401, 403, 403, 400, 403],
    ),
    "get draft": (
        "get",
        "/api/essays/{e}/drafts/people/{p}/",
        [401, 404, 404, 200, 404],
        [401, 403, 403, 200, 403],
    ),
    "edit draft": (
        "patch",
        "/api/essays/{e}/drafts/people/{p}/",
        [401, 404, 404, 200, 404],
        [401, 403, 403, 200, 403],
    ),
    "accept draft": (
        "post",
        "/api/essays/{e}/drafts/people/{p}/accept/",
        [401, 404, 404, 200, 404],
        [401, 403, 403, 200, 403],
    ),
    "reject draft": (
        "post",
        "/api/essays/{e}/drafts/people/{p}/reject/",
        [401, 404, 404, 200, 404],
        [401, 403, 403, 200, 403],
    ),
    "generate": (
        "post",
        "/api/essays/{e}/generate/",
        [401, 404, 404, 200, 404],
        [401, 403, 403, 200, 403],
    ),
    "publish": (
        "post",
        "/api/essays/{e}/publish/",
        [401, 404, 404, 200, 404],
        [401, 403, 403, 200, 403],
    ),
    "pack": ("get", "/api/essays/{e}/pack/", [401, 404, 404, 200, 404], [401, 403, 403, 200, 403]),
}


@pytest.fixture(params=["draft", "published"])
def reviewed_essay(request, teacher):
    from studyapp.drafting import draft_study_pack
    from studyapp.generation import generate_bank
    from studyapp.ingest import load_essay_file
    from studyapp.models import Essay, Person

    from .conftest import ROOT

    essay = load_essay_file(ROOT / "tests" / "data" / "watersnood.txt", slug="ramp").essay
    Essay.objects.filter(pk=essay.pk).update(owner=teacher, status=request.param)
    essay.refresh_from_db()
    draft_study_pack(essay)
    generate_bank(essay)
    return essay, Person.objects.filter(essay=essay).first()


@pytest.mark.parametrize("name", sorted(REVIEW_PAGES))
@pytest.mark.parametrize("visitor", VISITORS)
def test_review_pages(name, visitor, visitors, reviewed_essay, client):
    essay, person = reviewed_essay
    method, path, draft, published = REVIEW_PAGES[name]
    expected = (draft if essay.status == "draft" else published)[VISITORS.index(visitor)]
    data = {"action": "accept"} if method == "post" else None
    response = getattr(page_client(client, visitors[visitor]), method)(
        path.format(e=essay.slug, p=person.pk), data
    )
    assert response.status_code == expected


@pytest.mark.parametrize("name", sorted(REVIEW_API))
@pytest.mark.parametrize("visitor", VISITORS)
def test_review_api(name, visitor, visitors, reviewed_essay):
    essay, person = reviewed_essay
    method, path, draft, published = REVIEW_API[name]
    expected = (draft if essay.status == "draft" else published)[VISITORS.index(visitor)]
    body = {"role": "iemand uit het essay"} if method == "patch" else {}
    response = getattr(api_client(visitors[visitor]), method)(
        path.format(e=essay.slug, p=person.pk), body, format="json"
    )
    assert response.status_code == expected
