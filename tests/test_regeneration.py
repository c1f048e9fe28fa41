import pytest
from django.contrib.admin.sites import site

from studyapp.generation import generate_bank
from studyapp.models import Card, Fact, Question

pytestmark = pytest.mark.django_db


def test_regenerating_keeps_every_id(shipped_bank):
    before = sorted(Question.objects.values_list("pk", "uid"))
    cards_before = sorted(Card.objects.values_list("pk", "uid"))
    report = generate_bank(shipped_bank)
    assert sorted(Question.objects.values_list("pk", "uid")) == before
    assert sorted(Card.objects.values_list("pk", "uid")) == cards_before
    assert report.created == 0 and report.updated == 0 and report.retired == 0


def test_a_teachers_edit_survives_regeneration(shipped_bank):
    question = Question.objects.filter(essay=shipped_bank, qtype="multiple_choice").first()
    question.prompt = "Een door de docent verbeterde vraag?"
    question.edited = True
    question.save()
    report = generate_bank(shipped_bank)
    question.refresh_from_db()
    assert question.prompt == "Een door de docent verbeterde vraag?"
    assert report.kept_edited == 1


def test_saving_a_change_in_the_admin_marks_the_question_edited(shipped_bank, rf, admin_user):
    question = Question.objects.filter(essay=shipped_bank).first()
    model_admin = site._registry[Question]

    class ChangedForm:
        changed_data = ["prompt"]

    question.prompt = "Aangepast"
    model_admin.save_model(rf.post("/"), question, ChangedForm(), change=True)
    question.refresh_from_db()
    assert question.edited


def test_knowledge_that_is_gone_retires_its_questions_without_deleting_them(shipped_bank):
    fact = Fact.objects.get(essay=shipped_bank, key="bolsjewiek-sinds")
    uids = set(
        Question.objects.filter(origin="fact:bolsjewiek-sinds").values_list("uid", flat=True)
    )
    assert uids
    fact.delete()
    report = generate_bank(shipped_bank)
    statuses = set(Question.objects.filter(uid__in=uids).values_list("status", flat=True))
    assert statuses == {"retired"}
    # Besides the fact's own questions at most one true/false statement retires: the bank
    # keeps as many true as false statements.
    others = Question.objects.filter(essay=shipped_bank, status="retired").exclude(uid__in=uids)
    assert report.retired - len(uids) == others.count() <= 1
    assert all(q.qtype == "true_false" for q in others)


def test_a_question_retired_by_a_teacher_stays_retired(shipped_bank):
    question = Question.objects.filter(essay=shipped_bank).first()
    question.status, question.edited = "retired", True
    question.save()
    generate_bank(shipped_bank)
    question.refresh_from_db()
    assert question.status == "retired"


def test_the_admin_lists_and_opens_questions(admin_client, shipped_bank):
    question = Question.objects.filter(essay=shipped_bank).first()
    assert admin_client.get("/admin/studyapp/question/").status_code == 200
    assert admin_client.get(f"/admin/studyapp/question/{question.pk}/change/").status_code == 200
    assert admin_client.get("/admin/studyapp/argument/").status_code == 200
