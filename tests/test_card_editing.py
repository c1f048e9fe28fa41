"""The essay's owner edits flashcards in the app, under the card rules; the edit keeps the card."""

import pytest
from rest_framework.test import APIClient

from studyapp.card_editing import CardEditError, card_problems, cloze_sides, edit_card
from studyapp.generation import generate_bank
from studyapp.models import Card, CardChange, Topic
from studyapp.scheduling import review_card, study_queue

pytestmark = pytest.mark.django_db


@pytest.fixture
def owned_bank(small_bank, teacher):
    small_bank.owner = teacher
    small_bank.save(update_fields=["owner"])
    return small_bank


@pytest.fixture
def owned_pack(shipped_bank, teacher):
    shipped_bank.owner = teacher
    shipped_bank.save(update_fields=["owner"])
    return shipped_bank


def a_card(essay, kind=None):
    cards = Card.objects.filter(essay=essay, status="active").select_related("passage", "essay")
    if kind:
        cards = cards.filter(kind=kind)
    return cards.first()


def values_of(card, **changes):
    values = {
        "front": card.front,
        "back": card.back,
        "cloze": card.cloze,
        "topics": [t.slug for t in card.topics.all()],
    }
    return {**values, **changes}


def test_every_unchanged_card_passes_the_card_rules(owned_pack, owned_bank):
    cards = Card.objects.filter(essay__in=[owned_pack, owned_bank]).select_related(
        "passage", "essay"
    )
    broken = {c.uid: card_problems(c, values_of(c)) for c in cards}
    assert {uid: p for uid, p in broken.items() if p} == {}
    assert len(broken) > 20


def test_an_edit_keeps_the_uid_and_the_learners_progress(owned_pack, learner, teacher):
    card = a_card(owned_pack, "person")
    review_card(learner, card, 3)
    uid, pk = card.uid, card.pk
    new_back = card.back.replace("(", "— zie het essay (", 1)
    _card, changed = edit_card(card, teacher, **values_of(card, back=new_back))
    assert changed
    card.refresh_from_db()
    assert (card.uid, card.pk, card.back, card.edited) == (uid, pk, new_back, True)
    assert card.states.get(learner=learner).reps == 1 and card.reviews.count() == 1
    change = CardChange.objects.get(card=card)
    assert (change.action, change.user, list(change.details)) == ("edited", teacher, ["back"])


def test_an_edit_survives_regeneration(owned_pack, teacher):
    card = a_card(owned_pack, "concept")
    new_front = card.front + " (begrip)"
    edit_card(card, teacher, **values_of(card, front=new_front))
    generate_bank(owned_pack)
    card.refresh_from_db()
    assert card.front == new_front and card.status == "active" and card.edited


def test_an_edit_that_changes_nothing_is_not_marked(owned_pack, teacher):
    card = a_card(owned_pack, "person")
    _card, changed = edit_card(card, teacher, **values_of(card))
    card.refresh_from_db()
    assert not changed and not card.edited and not CardChange.objects.exists()


def test_an_edit_with_debris_or_an_empty_side_is_refused_and_saves_nothing(owned_pack, teacher):
    card = a_card(owned_pack, "person")
    before = card.front
    with pytest.raises(CardEditError) as error:
        edit_card(card, teacher, **values_of(card, front="Wie  is {name}?"))
    assert any(p.startswith("template debris") for p in error.value.problems)
    assert any(p.startswith("doubled space") for p in error.value.problems)
    with pytest.raises(CardEditError) as error:
        edit_card(card, teacher, **values_of(card, back="  "))
    assert error.value.problems == ["empty back"]
    card.refresh_from_db()
    assert card.front == before and not card.edited


def test_a_card_rewritten_away_from_its_source_is_refused(owned_pack, teacher):
    card = a_card(owned_pack, "concept")
    with pytest.raises(CardEditError) as error:
        edit_card(
            card, teacher, **values_of(card, back="Een soort taart met slagroom en aardbeien.")
        )
    assert error.value.problems == ["card shares too few words with the excerpt"]
    assert "te weinig woorden" in error.value.messages[0]


def test_a_cloze_card_is_edited_through_its_cloze_text(owned_bank, teacher):
    card = a_card(owned_bank, "cloze")
    answer = card.cloze.split("{{c1::")[1].split("}}")[0]
    with pytest.raises(CardEditError) as error:
        edit_card(
            card, teacher, **values_of(card, cloze=card.cloze.replace("{{c1::", "{{").strip())
        )
    assert error.value.problems == ["cloze without a gap"]
    # Move the gap to the first word of the sentence, keeping the text the same.
    plain = card.cloze.replace("{{c1::" + answer + "}}", answer)
    first, rest = plain.split(" ", 1)
    edit_card(card, teacher, **values_of(card, cloze="{{c1::" + first + "}} " + rest))
    card.refresh_from_db()
    assert card.front == "_____ " + rest and card.back == plain
    assert (card.front, card.back) == cloze_sides(card.cloze)


def test_topics_of_a_card_can_be_set(owned_pack, teacher):
    card = a_card(owned_pack, "person")
    topic = Topic.objects.filter(essay=owned_pack).exclude(cards=card).first()
    edit_card(card, teacher, **values_of(card, topics=[topic.slug]))
    assert [t.slug for t in card.topics.all()] == [topic.slug]


def test_the_learner_studies_the_edited_text(owned_pack, learner, teacher):
    card = a_card(owned_pack, "person")
    Card.objects.filter(essay=owned_pack).exclude(pk=card.pk).update(status="retired")
    edit_card(card, teacher, **values_of(card, front=card.front + " (persoon)"))
    assert study_queue(learner, owned_pack, []).card.front.endswith("(persoon)")


def test_the_edit_page_shows_what_fails_and_keeps_the_input(owned_pack, teacher, client):
    client.force_login(teacher)
    card = a_card(owned_pack, "person")
    url = f"/essays/{owned_pack.slug}/bank/cards/{card.uid}/"
    assert card.excerpt in client.get(url).content.decode()
    refused = client.post(url, {"front": "Wie  is het?", "back": card.back})
    assert refused.status_code == 400
    assert "een dubbele spatie" in refused.content.decode()
    assert "Wie  is het?" in refused.content.decode()
    saved = client.post(url, {"front": card.front + " (persoon)", "back": card.back})
    assert saved.status_code == 302
    card.refresh_from_db()
    assert card.front.endswith("(persoon)") and card.edited
    history = client.get(url).content.decode()
    assert "bewerkt door meester: voorkant" in history


def test_the_card_list_filters_by_topic_status_and_text(owned_pack, teacher, client):
    client.force_login(teacher)
    bank = f"/essays/{owned_pack.slug}/bank/"
    card = a_card(owned_pack, "concept")
    topic = card.topics.first()
    found = client.get(bank, {"kind": "cards", "q": card.front})
    assert card in list(found.context["page"])
    by_topic = client.get(bank, {"kind": "cards", "topic": topic.slug}).context["page"]
    assert all(topic in c.topics.all() for c in by_topic) and card in list(by_topic)
    client.post(f"{bank}cards/{card.uid}/status/", {"status": "retired"})
    retired = client.get(bank, {"kind": "cards", "status": "retired"}).context["page"]
    assert list(retired) == [card]


def test_the_api_lists_and_edits_cards_with_the_same_rules(owned_pack, teacher):
    api = APIClient()
    api.force_authenticate(teacher)
    card = a_card(owned_pack, "person")
    listed = api.get(f"/api/essays/{owned_pack.slug}/bank/cards/", {"q": card.front}).json()
    assert card.uid in [c["id"] for c in listed["results"]]
    url = f"/api/essays/{owned_pack.slug}/bank/cards/{card.uid}/"
    refused = api.patch(url, {"front": "Wie  is het?"}, format="json")
    assert refused.status_code == 400
    assert any(p.startswith("doubled space") for p in refused.json()["errors"]["rules"])
    saved = api.patch(url, {"front": card.front + " (persoon)"}, format="json")
    assert saved.status_code == 200
    body = saved.json()
    assert body["front"].endswith("(persoon)") and body["edited"] is True
    assert body["back"] == card.back and body["id"] == card.uid
    assert body["history"][0]["fields"] == ["front"]
    retired = api.post(f"{url}retire/").json()
    assert retired["status"] == "retired" and retired["history"][0]["action"] == "retired"
    assert api.post(f"{url}restore/").json()["status"] == "active"


def test_the_card_pages_take_a_fixed_number_of_queries(
    owned_pack, teacher, client, django_assert_max_num_queries
):
    client.force_login(teacher)
    card = a_card(owned_pack, "argument")
    with django_assert_max_num_queries(14):
        assert client.get(f"/essays/{owned_pack.slug}/bank/cards/{card.uid}/").status_code == 200


def test_a_questions_topic_edit_survives_regeneration(owned_pack, teacher):
    from studyapp.bank_editing import edit_question
    from studyapp.models import Question

    question = Question.objects.filter(essay=owned_pack, qtype="multiple_choice").first()
    topic = Topic.objects.filter(essay=owned_pack).exclude(questions=question).first()
    values = {
        "prompt": question.prompt,
        "options": list(question.options),
        "answers": list(question.answers),
        "explanation": question.explanation,
        "topics": [topic.slug],
    }
    edit_question(question, teacher, **values)
    generate_bank(owned_pack)
    assert [t.slug for t in question.topics.all()] == [topic.slug]


def test_a_topic_edit_survives_regeneration(owned_pack, teacher):
    card = a_card(owned_pack, "person")
    topic = Topic.objects.filter(essay=owned_pack).exclude(cards=card).first()
    edit_card(card, teacher, **values_of(card, topics=[topic.slug]))
    generate_bank(owned_pack)
    assert [t.slug for t in card.topics.all()] == [topic.slug]


def test_the_anki_note_keeps_its_guid_and_carries_the_edit(owned_pack, learner, client, teacher):
    import io
    import sqlite3
    import tempfile
    import zipfile

    import genanki

    card = a_card(owned_pack, "concept")
    new_front = card.front + " (begrip)"
    edit_card(card, teacher, **values_of(card, front=new_front))
    client.force_login(learner)
    content = client.get(f"/essays/{owned_pack.slug}/anki/").content
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        data = archive.read("collection.anki2")
    with tempfile.NamedTemporaryFile(suffix=".anki2") as file:
        file.write(data)
        file.flush()
        with sqlite3.connect(file.name) as db:
            notes = dict(db.execute("SELECT guid, flds FROM notes"))
    assert new_front in notes[genanki.guid_for(card.uid)]
