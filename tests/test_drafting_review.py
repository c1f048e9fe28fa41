"""An upload drafts its pack; the author reviews it, generates from accepted items and publishes."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from studyapp import studypack
from studyapp.drafting import draft_study_pack, review
from studyapp.generation import build_drafts, generate_bank
from studyapp.models import Argument, Essay, Person, Question, Quote, ReviewStatus

from .conftest import ROOT

pytestmark = pytest.mark.django_db
UNSEEN = (ROOT / "tests" / "data" / "watersnood.txt").read_bytes()


@pytest.fixture
def uploaded(teacher, client):
    client.force_login(teacher)
    response = client.post(
        "/essays/new/", {"file": SimpleUploadedFile("w.txt", UNSEEN), "slug": "ramp"}
    )
    assert response.status_code == 302
    client.logout()
    return Essay.objects.get(slug="ramp")


def api_for(user):
    api = APIClient()
    api.force_authenticate(user)
    return api


def test_an_upload_drafts_its_pack_and_the_bank_still_comes_from_the_raw_text(uploaded):
    people = Person.objects.filter(essay=uploaded)
    assert people.exists()
    assert set(people.values_list("review_status", flat=True)) == {ReviewStatus.DRAFTED}
    names = set(people.values_list("name", flat=True))
    assert {"Johan van Veen", "Pieter Smit"} <= names
    for person in people:
        assert person.span in person.passage.text
    assert generate_bank(uploaded).source == "text"


def test_redrafting_keeps_the_authors_decisions(uploaded):
    person = Person.objects.filter(essay=uploaded).first()
    review.set_status(uploaded, "people", person.pk, ReviewStatus.REJECTED)
    draft_study_pack(uploaded)
    person.refresh_from_db()
    assert person.review_status == ReviewStatus.REJECTED
    assert Person.objects.filter(essay=uploaded, name=person.name).count() == 1


def test_accepting_a_quote_accepts_its_speaker(uploaded):
    quote = Quote.objects.filter(essay=uploaded).select_related("speaker").first()
    assert quote is not None and quote.speaker.name == "Pieter Smit"
    review.set_status(uploaded, "quotes", quote.pk, ReviewStatus.ACCEPTED)
    quote.speaker.refresh_from_db()
    assert quote.speaker.review_status == ReviewStatus.ACCEPTED


def test_an_edit_whose_span_is_not_in_the_passage_is_refused_and_changes_nothing(uploaded):
    person = Person.objects.filter(essay=uploaded).first()
    with pytest.raises(review.ReviewError, match="letterlijk"):
        review.edit_item(uploaded, "people", person.pk, {"role": "x", "span": "niet in de tekst"})
    person.refresh_from_db()
    assert person.role != "x" and person.review_status == ReviewStatus.DRAFTED


def test_merging_two_people_keeps_both_names_and_moves_their_quotes(uploaded):
    keep = Person.objects.get(essay=uploaded, name="Johan van Veen")
    other = Person.objects.get(essay=uploaded, name="Pieter Smit")
    review.merge_people(uploaded, keep.pk, other.pk)
    keep.refresh_from_db()
    assert "Pieter Smit" in keep.variants
    assert not Person.objects.filter(pk=other.pk).exists()
    assert set(Quote.objects.filter(essay=uploaded).values_list("speaker", flat=True)) <= {keep.pk}


def test_adding_an_item_from_a_selection(uploaded):
    passage = uploaded.current_passages().get(number=5)
    span = "Koningin Beatrix opende de Oosterscheldekering op 4 oktober 1986."
    assert span in passage.text
    event = review.add_item(uploaded, "events", 5, span, {"title": "de Oosterscheldekering opent"})
    assert (event.year, event.when, event.review_status) == (1986, "4 oktober 1986", "accepted")
    with pytest.raises(review.ReviewError):
        review.add_item(uploaded, "events", 5, "Koningin Beatrix opende de brug", {})


def test_moving_an_item_to_a_new_topic(uploaded):
    person = Person.objects.filter(essay=uploaded).first()
    review.move_to_topic(uploaded, "people", person.pk, "Deltawerken")
    assert [t.name for t in person.topics.all()] == ["Deltawerken"]


def test_publishing_needs_a_bank(uploaded):
    Question.objects.filter(essay=uploaded).delete()
    with pytest.raises(review.ReviewError):
        review.publish(uploaded)
    uploaded.refresh_from_db()
    assert uploaded.status == Essay.Status.DRAFT


def test_upload_draft_accept_generate_publish_and_a_learner_takes_a_quiz(
    uploaded, teacher, learner, client
):
    # The learner does not see the draft.
    assert api_for(learner).get("/api/essays/ramp/").status_code == 404

    client.force_login(teacher)
    page = client.get("/essays/ramp/review/")
    assert page.status_code == 200
    assert "<mark>" in page.content.decode()
    # Accept the people, the quote and the claims the drafter found; reject one event.
    accepted = 0
    for kind in ("people", "quotes", "arguments", "events"):
        for item in review.kind_model(kind).objects.filter(essay=uploaded):
            response = client.post(f"/essays/ramp/review/{kind}/{item.pk}/", {"action": "accept"})
            assert response.status_code == 302
            accepted += 1
    assert Argument.objects.filter(essay=uploaded, review_status="accepted").exists()
    response = client.post("/essays/ramp/review/generate/")
    assert response.status_code == 302
    bank = Question.objects.filter(essay=uploaded, status=Question.Status.ACTIVE)
    origins = set(bank.values_list("origin", flat=True))
    # The accepted claims are drafted into questions. This short text's two claims reject
    # nothing and have no reason a multiple choice can be built on: the always-true "De auteur
    # verdedigt deze stelling" is no longer made for them (round 7), and their one false why
    # statement has no true partner, so the bank's true/false balance may leave it out.
    _used, drafts, _cards = build_drafts(uploaded)
    assert any(d.origin.startswith("argument:") for d in drafts)
    # People come as their own questions or in matchings of several people.
    assert any(o.startswith(("person:", "people:")) for o in origins)
    assert client.post("/essays/ramp/publish/").status_code == 302
    uploaded.refresh_from_db()
    assert uploaded.status == Essay.Status.PUBLISHED

    learner_api = api_for(learner)
    created = learner_api.post("/api/quizzes/", {"essay": "ramp", "count": 3}, format="json")
    assert created.status_code == 201
    step = learner_api.get(f"/api/quizzes/{created.data['id']}/next/").data
    question = Question.objects.get(pk=step["question"]["question"])
    if question.qtype == "ordering":
        answer = list(question.answers)
    elif question.qtype == "matching":
        answer = dict(a.split(" → ", 1) for a in question.answers)
    else:
        answer = question.answers[0]
    reply = learner_api.post(
        f"/api/quizzes/{created.data['id']}/answers/",
        {"question": question.pk, "response": answer, "key": "e2e-1"},
        format="json",
    )
    assert reply.status_code == 201, reply.content


def test_the_api_lists_accepts_edits_generates_and_publishes(uploaded, teacher):
    api = api_for(teacher)
    listed = api.get("/api/essays/ramp/drafts/")
    assert listed.status_code == 200
    person = listed.data["items"]["people"][0]
    assert person["review_status"] == "drafted" and person["span"]
    accepted = api.post(f"/api/essays/ramp/drafts/people/{person['id']}/accept/")
    assert accepted.data["review_status"] == "accepted"
    edited = api.patch(
        f"/api/essays/ramp/drafts/people/{person['id']}/",
        {"role": "een persoon uit het essay"},
        format="json",
    )
    assert (
        edited.status_code == 200 and edited.data["fields"]["role"] == "een persoon uit het essay"
    )
    bad = api.patch(
        f"/api/essays/ramp/drafts/people/{person['id']}/", {"span": "staat er niet"}, format="json"
    )
    assert bad.status_code == 400
    rejected = api.post(
        f"/api/essays/ramp/drafts/people/{listed.data['items']['people'][1]['id']}/reject/"
    )
    assert rejected.data["review_status"] == "rejected"
    generated = api.post("/api/essays/ramp/generate/")
    assert generated.data["source"] == "pack" and generated.data["questions"] > 0
    published = api.post("/api/essays/ramp/publish/")
    assert published.data["status"] == "published"


def test_the_reviewed_pack_exports_as_yaml_and_imports_into_a_fresh_copy(uploaded, teacher):
    review.accept_all_drafted(uploaded)
    text = studypack.export_study_pack(uploaded)
    data = studypack.yaml.safe_load(text)
    assert data["people"] and data["essay"]["slug"] == "ramp"
    # A second copy of the same text takes the pack through the loader the shipped pack uses.
    from studyapp import tasks
    from studyapp.authoring import add_essay

    job = add_essay(SimpleUploadedFile("w.txt", UNSEEN), owner=teacher, slug="ramp-2")
    tasks.enqueue_processing(job)  # the tests run tasks in process
    copy = job.essay
    report = studypack.import_study_pack(copy, text)
    assert report.counts["people"] == len(data["people"])
    assert Person.objects.filter(essay=copy, review_status="drafted").count() == 0
    assert set(Person.objects.filter(essay=copy).values_list("name", flat=True)) == {
        p["name"] for p in data["people"]
    }


def test_a_bad_pack_is_refused_with_its_problems_and_changes_nothing(uploaded):
    before = Person.objects.filter(essay=uploaded).count()
    bad = "essay: {slug: ramp}\npeople:\n  - {key: x, name: X, role: y, passage: 1, span: 'nergens'}\n"
    with pytest.raises(studypack.StudyPackError) as error:
        studypack.import_study_pack(uploaded, bad)
    assert "span not found" in error.value.problems[0]
    assert Person.objects.filter(essay=uploaded).count() == before


def test_the_shipped_pack_exports_and_reloads_unchanged(shipped_essay):
    text = studypack.export_study_pack(shipped_essay)
    before = {
        kind: set(model.objects.filter(essay=shipped_essay).values_list("key", flat=True))
        for kind, model in review.MODELS.items()
    }
    report = studypack.import_study_pack(shipped_essay, text)
    after = {
        kind: set(model.objects.filter(essay=shipped_essay).values_list("key", flat=True))
        for kind, model in review.MODELS.items()
    }
    assert before == after
    assert report.counts["arguments"] == len(before["arguments"])


def test_the_review_page_exports_and_imports_a_pack(uploaded, teacher, client):
    review.accept_all_drafted(uploaded)
    client.force_login(teacher)
    exported = client.get("/essays/ramp/pack.yaml")
    assert exported.status_code == 200
    assert exported["Content-Disposition"].endswith('ramp.yaml"')
    Person.objects.filter(essay=uploaded).delete()
    response = client.post(
        "/essays/ramp/pack/",
        {"file": SimpleUploadedFile("ramp.yaml", exported.content)},
        follow=True,
    )
    assert response.status_code == 200
    assert Person.objects.filter(essay=uploaded, review_status="accepted").exists()
    bad = client.post(
        "/essays/ramp/pack/", {"file": SimpleUploadedFile("x.yaml", b"\xff\xfe")}, follow=True
    )
    assert "UTF-8" in bad.content.decode()


def test_the_draft_pack_command_drafts_and_exports(uploaded, tmp_path):
    from django.core.management import call_command

    Person.objects.filter(essay=uploaded).delete()
    call_command("draft_pack", "ramp", verbosity=0)
    assert Person.objects.filter(essay=uploaded, review_status="drafted").exists()
    review.accept_all_drafted(uploaded)
    target = tmp_path / "ramp.yaml"
    call_command("draft_pack", "ramp", export=str(target), verbosity=0)
    assert "Johan van Veen" in target.read_text(encoding="utf-8")


def _statuses(essay):
    from studyapp.drafting.pipeline import MODELS

    return {
        (kind, item.pk): item.review_status
        for kind, model in MODELS.items()
        for item in model.objects.filter(essay=essay)
    }


def test_accept_all_on_the_review_page_accepts_every_drafted_item_but_not_a_rejected_one(
    uploaded, teacher, client
):
    rejected = Person.objects.filter(essay=uploaded).first()
    review.set_status(uploaded, "people", rejected.pk, ReviewStatus.REJECTED)
    client.force_login(teacher)
    page = client.get("/essays/ramp/review/")
    assert b"data-accept-all" in page.content
    response = client.post("/essays/ramp/review/accept-all/", follow=True)
    assert response.status_code == 200
    statuses = set(_statuses(uploaded).values())
    assert ReviewStatus.DRAFTED not in statuses
    rejected.refresh_from_db()
    assert rejected.review_status == ReviewStatus.REJECTED
    assert b"data-accept-all" not in client.get("/essays/ramp/review/").content


def test_accept_all_over_the_api_says_how_many_and_a_second_call_accepts_none(uploaded, teacher):
    drafted = sum(1 for s in _statuses(uploaded).values() if s == ReviewStatus.DRAFTED)
    api = api_for(teacher)
    first = api.post("/api/essays/ramp/drafts/accept-all/")
    assert first.status_code == 200
    assert first.data["accepted"] == drafted > 0
    assert first.data["counts"]["drafted"] == 0
    assert api.post("/api/essays/ramp/drafts/accept-all/").data["accepted"] == 0


def test_the_draft_pack_command_accepts_all_as_drafted(uploaded):
    from django.core.management import call_command

    call_command("draft_pack", "ramp", accept_all=True, verbosity=0)
    assert Person.objects.filter(essay=uploaded, review_status="drafted").count() == 0
    assert Person.objects.filter(essay=uploaded, review_status="accepted").exists()


def test_a_drafted_fact_is_reviewed_like_any_item_and_its_choices_are_checked(uploaded):
    from studyapp.models import Fact

    fact = Fact.objects.filter(essay=uploaded, review_status=ReviewStatus.DRAFTED).first()
    assert fact is not None and fact.answer in fact.statement and fact.answer in fact.span
    edited = review.edit_item(uploaded, "facts", fact.pk, {"centrality": "detail"})
    assert (edited.centrality, edited.review_status) == ("detail", "accepted")
    with pytest.raises(review.ReviewError):
        review.edit_item(uploaded, "facts", fact.pk, {"kind": "anything"})
    with pytest.raises(review.ReviewError):
        review.edit_item(uploaded, "facts", fact.pk, {"centrality": "very"})
    fact.refresh_from_db()
    assert (fact.kind, fact.centrality) != ("anything", "very")
    passage = uploaded.current_passages().get(number=5)
    span = "Koningin Beatrix opende de Oosterscheldekering op 4 oktober 1986."
    with pytest.raises(review.ReviewError):
        review.add_item(uploaded, "facts", 5, span, {})  # no key term given
    added = review.add_item(uploaded, "facts", 5, span, {"answer": "1986", "kind": "date"})
    assert (added.statement, added.passage, added.kind) == (span, passage, "date")


def test_a_works_kind_stays_free_text_while_a_facts_kind_is_checked(uploaded):
    from studyapp.models import Work

    passage = uploaded.current_passages().get(number=5)
    span = "Koningin Beatrix opende de Oosterscheldekering op 4 oktober 1986."
    assert span in passage.text
    work = review.add_item(uploaded, "works", 5, span, {"title": "De kering", "kind": "rapport"})
    edited = review.edit_item(uploaded, "works", work.pk, {"kind": "brochure"})
    assert Work.objects.get(pk=edited.pk).kind == "brochure"


def test_the_review_page_names_its_keyboard_shortcuts(uploaded, teacher, client):
    client.force_login(teacher)
    page = client.get("/essays/ramp/review/").content.decode()
    assert "Sneltoetsen: j / k" in page


def test_a_thin_bank_tells_its_author_how_to_add_what_the_drafter_missed(uploaded, teacher, client):
    """Short posts gave 0 to 6 questions in the unseen readings: the author sees why and what
    to do, on the review page and in the API's reply; a bank of ten or more says nothing."""
    from studyapp.generation.bank import BankReport

    # Only the people accepted: a bank of a few who-questions.
    review.kind_model("people").objects.filter(essay=uploaded).update(review_status="accepted")
    client.force_login(teacher)
    page = client.post("/essays/ramp/review/generate/", follow=True)
    count = Question.objects.filter(essay=uploaded, status=Question.Status.ACTIVE).count()
    assert count < review.FEW_QUESTIONS
    # The interface speaks Dutch unless the user asks otherwise.
    assert f"Maar {count} vragen" in page.content.decode()
    reply = api_for(teacher).post("/api/essays/ramp/generate/", HTTP_ACCEPT_LANGUAGE="en")
    assert reply.data["advice"].startswith(f"Only {count} questions")

    rich = BankReport(essay=uploaded)
    rich.by_type["multiple_choice"] = review.FEW_QUESTIONS
    assert review.thin_bank_advice(rich) == ""
