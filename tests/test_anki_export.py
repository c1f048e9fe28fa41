"""Anki decks, checked by importing them with the official `anki` package."""

import os
from datetime import timedelta
from pathlib import Path

import pytest
from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest
from django.core.management import CommandError, call_command
from django.utils import timezone

from studyapp.export.anki import anki_bytes
from studyapp.export.selection import essay_selection, learner_selection
from studyapp.models import Card, Question
from studyapp.quizzes import answer_question, attempt_questions, build_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def collection(tmp_path):
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def import_apkg(col, data: bytes, path: Path):
    path.write_bytes(data)
    request = ImportAnkiPackageRequest(
        package_path=str(path),
        options=ImportAnkiPackageOptions(
            merge_notetypes=True, with_scheduling=False, update_notes=0, update_notetypes=0
        ),
    )  # 0: if newer
    return col.import_anki_package(request).log


def notes_by_type(col):
    counts = {}
    for note_id in col.find_notes(""):
        note = col.get_note(note_id)
        name = note.note_type()["name"]
        counts[name] = counts.get(name, 0) + 1
    return counts


def age_bank(essay):
    # As if the bank was generated yesterday: a later edit is then visibly newer to Anki.
    yesterday = timezone.now() - timedelta(days=1)
    Question.objects.filter(essay=essay).update(updated_at=yesterday)
    Card.objects.filter(essay=essay).update(updated_at=yesterday)


def test_the_whole_essay_imports_with_every_note_type(shipped_bank, collection, tmp_path):
    selection = essay_selection(shipped_bank)
    log = import_apkg(collection, anki_bytes(selection), tmp_path / "deck.apkg")
    assert len(log.new) == collection.note_count() > 250  # the bank is smaller since issue 11
    counts = notes_by_type(collection)
    cards = Card.objects.filter(essay=shipped_bank)
    reversible = cards.filter(kind__in=["person", "concept"]).count()
    assert counts["studyapp Basis en omgekeerd (met bron)"] == reversible
    assert counts["studyapp Cloze (met bron)"] == cards.filter(kind="cloze").count()
    assert counts["studyapp Meerkeuze (met bron)"] == len(selection.questions)
    assert (
        counts["studyapp Basis (met bron)"]
        == cards.filter(kind__in=["fact", "quote", "event", "argument"]).count()
    )
    # "Basic and reversed" gives two Anki cards per note.
    assert collection.card_count() == sum(counts.values()) + reversible


def test_decks_tags_and_fields(shipped_bank, collection, tmp_path):
    import_apkg(collection, anki_bytes(essay_selection(shipped_bank)), tmp_path / "d.apkg")
    names = {d.name for d in collection.decks.all_names_and_ids()}
    assert f"{shipped_bank.title}::Kronstadt" in names
    assert f"{shipped_bank.title}::Linkse Oppositie" in names
    card = Card.objects.get(essay=shipped_bank, kind="person", origin="person:machno")
    [note_id] = collection.find_notes(f'"Front:{card.front}"')
    note = collection.get_note(note_id)
    assert note["Front"] == "Nestor Machno"
    assert "anarchistische partizanenbeweging" in note["Back"]
    assert note["Passage"] == f"§{card.passage.number}" and card.excerpt in note["Source"]
    assert set(note.tags) >= {"essay::trotski-deel-2", "type::person", "topic::machno"}
    cloze_ids = collection.find_notes('"note:studyapp Cloze (met bron)"')
    assert "{{c1::" in collection.get_note(cloze_ids[0])["Text"]


def test_reimporting_after_an_edit_updates_instead_of_duplicating(
    shipped_bank, collection, tmp_path
):
    age_bank(shipped_bank)
    import_apkg(collection, anki_bytes(essay_selection(shipped_bank)), tmp_path / "1.apkg")
    before = collection.note_count()
    question = Question.objects.filter(essay=shipped_bank, qtype="multiple_choice").first()
    question.explanation = "Door de docent verbeterde uitleg."
    question.edited = True
    question.save()
    log = import_apkg(collection, anki_bytes(essay_selection(shipped_bank)), tmp_path / "2.apkg")
    assert collection.note_count() == before and len(log.new) == 0
    [note_id] = collection.find_notes('"Explanation:Door de docent verbeterde uitleg."')
    assert collection.get_note(note_id).guid


def test_regenerating_the_bank_keeps_anki_notes(shipped_bank, collection, tmp_path):
    from studyapp.generation import generate_bank

    import_apkg(collection, anki_bytes(essay_selection(shipped_bank)), tmp_path / "1.apkg")
    before = collection.note_count()
    generate_bank(shipped_bank)
    log = import_apkg(collection, anki_bytes(essay_selection(shipped_bank)), tmp_path / "2.apkg")
    assert collection.note_count() == before and len(log.new) == 0


def test_a_topic_deck_holds_only_that_topic(shipped_bank, collection, tmp_path):
    selection = essay_selection(shipped_bank, ["machno"])
    import_apkg(collection, anki_bytes(selection), tmp_path / "m.apkg")
    for note_id in collection.find_notes(""):
        assert "topic::machno" in collection.get_note(note_id).tags


def test_a_learners_own_deck_holds_what_went_wrong(shipped_bank, learner):
    facts = Question.objects.filter(
        essay=shipped_bank, qtype="multiple_choice", origin__startswith="fact:"
    )[:4]
    attempt = build_quiz(learner, shipped_bank, questions=facts, count=4)
    items = attempt_questions(attempt)
    wrong_item, wrong_question = items[0]
    answer_question(
        attempt,
        wrong_question.pk,
        next(o for o in wrong_item["options"] if o not in wrong_question.answers),
        "a",
    )
    for n, (_item, question) in enumerate(items[1:]):
        answer_question(attempt, question.pk, question.answers[0], f"b{n}")
    selection = learner_selection(learner, shipped_bank)
    assert [q.pk for q in selection.questions] == [wrong_question.pk]
    assert any(card.origin == wrong_question.origin for card in selection.cards)
    assert len(selection.cards) < Card.objects.filter(essay=shipped_bank).count()


def test_the_export_anki_command(shipped_bank, learner, tmp_path, collection):
    out = tmp_path / "essay.apkg"
    call_command("export_anki", essay=shipped_bank.slug, topics=["kronstadt"], output=str(out))
    log = import_apkg(collection, out.read_bytes(), tmp_path / "copy.apkg")
    assert len(log.new) > 10
    with pytest.raises(CommandError, match="Unknown topic"):
        call_command("export_anki", essay=shipped_bank.slug, topics=["nope"], output=str(out))
    with pytest.raises(CommandError, match="no user"):
        call_command("export_anki", essay=shipped_bank.slug, learner="niemand", output=str(out))
    call_command(
        "export_anki",
        essay=shipped_bank.slug,
        learner=learner.username,
        output=str(tmp_path / "mine.apkg"),
    )
    assert (tmp_path / "mine.apkg").exists()
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]  # atomic writes
