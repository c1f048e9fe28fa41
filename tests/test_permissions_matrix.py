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
    "item analysis": ("/classes/{c}/items/", [302, 404, 404, 200, 404]),
    "learners by topic": ("/classes/{c}/learners/", [302, 404, 404, 200, 404]),
    "learners at risk": (
        "/classes/{c}/learners/?show=at-risk&sort=attention&page=2",
        [302, 404, 404, 200, 404],
    ),
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
    # The essay has no owner here: only staff export its bank (owners: see ESSAY_API below).
    "bank gift": ("get", "/api/essays/{e}/export/gift/", [403, 403, 403, 403, 403]),
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


def test_starting_another_classs_assignment_looks_like_a_missing_one(
    assignment, other_learner, client
):
    api = api_client(other_learner)
    exists = api.post(f"/api/assignments/{assignment.pk}/start/")
    missing = api.post(f"/api/assignments/{assignment.pk + 1000}/start/")
    assert exists.status_code == missing.status_code == 404
    assert exists.json() == missing.json()
    client.force_login(other_learner)
    exists = client.post(f"/assignments/{assignment.pk}/start/")
    missing = client.post(f"/assignments/{assignment.pk + 1000}/start/")
    assert exists.status_code == missing.status_code == 404


# --- essays, their answer key, invitations: owner, other teacher, invited teacher, staff ------

ESSAY_VISITORS = ["anonymous", "learner", "owner", "other_teacher", "invited_teacher", "staff"]


@pytest.fixture
def essay_visitors(learner, teacher, other_teacher, other_learner, small_bank):
    from studyapp.invitations import accept_invitation, create_invitation

    from .conftest import person

    small_bank.owner = teacher
    small_bank.save(update_fields=["owner"])
    _invitation, token = create_invitation(teacher)
    accept_invitation(token, other_learner)  # a learner who became a teacher by invitation
    staff = person("beheerder", "learner", 5)
    staff.is_staff = True
    staff.save(update_fields=["is_staff"])
    return dict(
        zip(
            ESSAY_VISITORS,
            [None, learner, teacher, other_teacher, other_learner, staff],
            strict=True,
        )
    )


ESSAY_PAGES = {
    "invitations page": ("get", "/invitations/", [302, 403, 200, 200, 200, 200]),
    "bank moodle xml": ("get", "/essays/{e}/export/moodle-xml/", [302, 403, 200, 403, 403, 200]),
    "bank gift": ("get", "/essays/{e}/export/gift/", [302, 403, 200, 403, 403, 200]),
    "flashcards csv": ("get", "/essays/{e}/export/quizlet-csv/", [200, 200, 200, 200, 200, 200]),
    "essay deck": ("get", "/essays/{e}/anki/", [200, 200, 200, 200, 200, 200]),
    "replace text form": ("get", "/essays/new/?replace={e}", [302, 403, 200, 200, 200, 200]),
}

ESSAY_API = {
    "invitations": ("get", "/api/invitations/", [401, 403, 200, 200, 200, 200]),
    "new invitation": ("post", "/api/invitations/", [401, 403, 201, 201, 201, 201]),
    "essay deck": ("get", "/api/essays/{e}/anki/", [200, 200, 200, 200, 200, 200]),
    "bank json": ("get", "/api/essays/{e}/export/json/", [403, 403, 200, 403, 403, 200]),
    "bank gift": ("get", "/api/essays/{e}/export/gift/", [403, 403, 200, 403, 403, 200]),
    "bank moodle xml": (
        "get",
        "/api/essays/{e}/export/moodle-xml/",
        [403, 403, 200, 403, 403, 200],
    ),
    "bank csv": ("get", "/api/essays/{e}/export/csv/", [403, 403, 200, 403, 403, 200]),
    "bank cards": ("get", "/api/essays/{e}/bank/cards/", [401, 403, 200, 403, 403, 200]),
    "essay footprint": ("get", "/api/essays/{e}/footprint/", [401, 403, 200, 403, 403, 200]),
    "essay edit": ("patch", "/api/essays/{e}/", [401, 403, 200, 403, 403, 200]),
}


@pytest.mark.parametrize("name", sorted(ESSAY_PAGES))
@pytest.mark.parametrize("visitor", ESSAY_VISITORS)
def test_essay_pages(name, visitor, essay_visitors, small_bank, client):
    method, path, expected = ESSAY_PAGES[name]
    response = getattr(page_client(client, essay_visitors[visitor]), method)(
        path.format(e=small_bank.slug)
    )
    assert response.status_code == expected[ESSAY_VISITORS.index(visitor)]


@pytest.mark.parametrize("name", sorted(ESSAY_API))
@pytest.mark.parametrize("visitor", ESSAY_VISITORS)
def test_essay_api(name, visitor, essay_visitors, small_bank):
    method, path, expected = ESSAY_API[name]
    response = getattr(api_client(essay_visitors[visitor]), method)(
        path.format(e=small_bank.slug), format="json"
    )
    assert response.status_code == expected[ESSAY_VISITORS.index(visitor)]


@pytest.mark.parametrize("visitor", ESSAY_VISITORS)
def test_only_managers_get_the_answer_key_in_the_essay_deck(visitor, essay_visitors, small_bank):
    from studyapp.export.selection import EXPORTED_QUESTION_TYPES
    from studyapp.models import Question

    from .test_sealed_assessment import deck_guids, question_guids

    key = question_guids(
        Question.objects.filter(essay=small_bank, qtype__in=EXPORTED_QUESTION_TYPES)
    )
    content = api_client(essay_visitors[visitor]).get(f"/api/essays/{small_bank.slug}/anki/")
    has_key = bool(deck_guids(content.content) & key)
    assert has_key == (visitor in {"owner", "staff"})


@pytest.mark.parametrize("visitor", ESSAY_VISITORS)
def test_only_the_owner_or_staff_replace_an_essays_text(visitor, essay_visitors, small_bank):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from .conftest import ROOT

    expected = dict(zip(ESSAY_VISITORS, [401, 403, 202, 403, 403, 202], strict=True))[visitor]
    data = (ROOT / "tests" / "data" / "watersnood.txt").read_bytes() + b"\n\nEen nieuwe alinea."
    response = api_client(essay_visitors[visitor]).post(
        "/api/essays/new/",
        {
            "file": SimpleUploadedFile("w.txt", data, content_type="text/plain"),
            "slug": small_bank.slug,
            "replace": "true",
        },
        format="multipart",
    )
    assert response.status_code == expected
    small_bank.refresh_from_db()
    changed = "Een nieuwe alinea." in [p.text for p in small_bank.current_passages()]
    assert changed == (expected == 202)


@pytest.mark.parametrize("visitor", ESSAY_VISITORS)
def test_nobody_gets_a_practice_copy_of_an_open_exam(visitor, essay_visitors, small_bank, client):
    from studyapp.models import QuizAttempt
    from studyapp.quizzes import build_quiz

    exam = build_quiz(essay_visitors["learner"], small_bank, count=3, mode="exam")
    expected = {"anonymous": 302, "learner": 302}.get(visitor, 404)
    response = page_client(client, essay_visitors[visitor]).post(f"/quiz/{exam.pk}/mistakes/")
    assert response.status_code == expected
    if visitor == "learner":
        assert response.url == f"/quiz/{exam.pk}/results/"
    assert QuizAttempt.objects.count() == 1


# --- h6-teacher: the owner's bank, reports, assignments, essays ------------------------------

OWNER_PAGES = {
    # name: (method, path template, expected per visitor; the teacher owns the essay)
    "bank": ("get", "/essays/{e}/bank/", [302, 403, 403, 200, 403]),
    "bank cards": ("get", "/essays/{e}/bank/?kind=cards", [302, 403, 403, 200, 403]),
    "report queue": ("get", "/essays/{e}/bank/reports/", [302, 403, 403, 200, 403]),
    "question": ("get", "/essays/{e}/bank/{u}/", [302, 403, 403, 200, 403]),
    "question edit": ("get", "/essays/{e}/bank/{u}/edit/", [302, 403, 403, 200, 403]),
    "question retire": ("post", "/essays/{e}/bank/{u}/retire/", [302, 403, 403, 302, 403]),
    "question restore": ("post", "/essays/{e}/bank/{u}/restore/", [302, 403, 403, 302, 403]),
    "question dismiss": ("post", "/essays/{e}/bank/{u}/dismiss/", [302, 403, 403, 302, 403]),
    "report question": ("get", "/quiz/{q}/report/{qid}/", [302, 200, 404, 404, 404]),
    "essay edit": ("get", "/essays/{e}/edit/", [302, 403, 403, 200, 403]),
    "essay delete": ("get", "/essays/{e}/delete/", [302, 403, 403, 200, 403]),
    "essay delete post": ("post", "/essays/{e}/delete/", [302, 403, 403, 302, 403]),
    "assignment": ("get", "/assignments/{a}/", [302, 404, 404, 200, 404]),
    "assignment edit": ("get", "/assignments/{a}/edit/", [302, 404, 404, 200, 404]),
    "assignment close (confirm)": ("get", "/assignments/{a}/close/", [302, 404, 404, 200, 404]),
    "assignment close": ("post", "/assignments/{a}/close/", [302, 404, 404, 302, 404]),
    "assignment delete": ("get", "/assignments/{a}/delete/", [302, 404, 404, 200, 404]),
    "assignment delete post": ("post", "/assignments/{a}/delete/", [302, 404, 404, 302, 404]),
    "remove member (confirm)": (
        "get",
        "/classes/{c}/members/{m}/remove/",
        [302, 404, 404, 200, 404],
    ),
    "profile": ("get", "/me/", [302, 200, 200, 200, 200]),
    "card status": ("post", "/essays/{e}/bank/cards/{card}/status/", [302, 403, 403, 302, 403]),
    "card edit": ("get", "/essays/{e}/bank/cards/{card}/", [302, 403, 403, 200, 403]),
    "card edit post": (
        "post",
        "/essays/{e}/bank/cards/{card}/",
        [302, 403, 403, 302, 403],
    ),
}

OWNER_API = {
    "bank": ("get", "/api/essays/{e}/bank/questions/", [401, 403, 403, 200, 403]),
    "report queue": ("get", "/api/essays/{e}/bank/reports/", [401, 403, 403, 200, 403]),
    "question": ("get", "/api/essays/{e}/bank/questions/{u}/", [401, 403, 403, 200, 403]),
    "question edit": ("patch", "/api/essays/{e}/bank/questions/{u}/", [401, 403, 403, 200, 403]),
    "retire": ("post", "/api/essays/{e}/bank/questions/{u}/retire/", [401, 403, 403, 200, 403]),
    "restore": ("post", "/api/essays/{e}/bank/questions/{u}/restore/", [401, 403, 403, 200, 403]),
    "dismiss": ("post", "/api/essays/{e}/bank/questions/{u}/dismiss/", [401, 403, 403, 200, 403]),
    "report": (
        "post",
        "/api/quizzes/{q}/questions/{qid}/report/",
        [401, 201, 404, 404, 404],
    ),
    "assignment": ("get", "/api/assignments/{a}/", [401, 404, 404, 200, 404]),
    "assignment edit": ("patch", "/api/assignments/{a}/", [401, 404, 404, 200, 404]),
    "assignment close": ("post", "/api/assignments/{a}/close/", [401, 404, 404, 200, 404]),
    "assignment delete": ("delete", "/api/assignments/{a}/", [401, 404, 404, 200, 404]),
    "cards": ("get", "/api/essays/{e}/bank/cards/", [401, 403, 403, 200, 403]),
    "card": ("get", "/api/essays/{e}/bank/cards/{card}/", [401, 403, 403, 200, 403]),
    "card edit": ("patch", "/api/essays/{e}/bank/cards/{card}/", [401, 403, 403, 200, 403]),
    "card retire": (
        "post",
        "/api/essays/{e}/bank/cards/{card}/retire/",
        [401, 403, 403, 200, 403],
    ),
    "card restore": (
        "post",
        "/api/essays/{e}/bank/cards/{card}/restore/",
        [401, 403, 403, 200, 403],
    ),
    "essay edit": ("patch", "/api/essays/{e}/", [401, 403, 403, 200, 403]),
    "essay footprint": ("get", "/api/essays/{e}/footprint/", [401, 403, 403, 200, 403]),
    "essay delete": ("delete", "/api/essays/{e}/?confirm={e}", [401, 403, 403, 200, 403]),
}


@pytest.fixture
def owned(small_bank, teacher, attempt, assignment, classroom, learner):
    small_bank.owner = teacher
    small_bank.save(update_fields=["owner"])
    question = small_bank.questions.get(pk=attempt.question_ids[0])
    return {
        "e": small_bank.slug,
        "u": question.uid,
        "q": attempt.pk,
        "qid": question.pk,
        "a": assignment.pk,
        "c": classroom.pk,
        "m": learner.pk,
        "card": small_bank.cards.first().uid,
    }


@pytest.mark.parametrize("name", sorted(OWNER_PAGES))
@pytest.mark.parametrize("visitor", VISITORS)
def test_owner_pages(name, visitor, visitors, owned, client):
    from studyapp.models import Card

    method, path, expected = OWNER_PAGES[name]
    body = {}
    if name == "card edit post":
        card = Card.objects.get(uid=owned["card"])
        body = {"front": card.front, "back": card.back, "cloze": card.cloze}
    response = getattr(page_client(client, visitors[visitor]), method)(path.format(**owned), body)
    assert response.status_code == expected[VISITORS.index(visitor)]


@pytest.mark.parametrize("name", sorted(OWNER_API))
@pytest.mark.parametrize("visitor", VISITORS)
def test_owner_api(name, visitor, visitors, owned):
    method, path, expected = OWNER_API[name]
    body = {"reason": "unclear"} if name == "report" else {}
    response = getattr(api_client(visitors[visitor]), method)(
        path.format(**owned), body, format="json"
    )
    assert response.status_code == expected[VISITORS.index(visitor)]


@pytest.mark.parametrize("status", ["draft", "published"])
@pytest.mark.parametrize("visitor", VISITORS)
def test_only_the_essay_owner_follows_its_processing_job(visitor, status, visitors, teacher):
    from studyapp.models import Essay, EssayJob

    essay = Essay.objects.create(slug="eigen", title="Eigen", owner=teacher, status=status)
    EssayJob.objects.create(essay=essay, source_text="x", source_format="text", title="Eigen")
    expected = {
        # A draft is invisible to others (404); a published essay is readable, not theirs (403).
        "draft": {"anonymous": 401, "member": 404, "other_learner": 404, "other_teacher": 404},
        "published": {"anonymous": 401, "member": 403, "other_learner": 403, "other_teacher": 403},
    }[status].get(visitor, 200)
    response = api_client(visitors[visitor]).get("/api/essays/eigen/job/")
    assert response.status_code == expected


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
    "accept all": (
        "post",
        "/essays/{e}/review/accept-all/",
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
    "accept all drafts": (
        "post",
        "/api/essays/{e}/drafts/accept-all/",
        [401, 404, 404, 200, 404],
        [401, 403, 403, 200, 403],
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
