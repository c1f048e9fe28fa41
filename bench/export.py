"""Time the exports: the shipped bank as Anki, GIFT and Moodle XML, and a 10,000-card deck
beside the time genanki itself takes to write the same notes (the ratio is the figure).

Run: .venv/bin/python bench/export.py   (uses a throw-away SQLite database)
"""

import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DEBUG", "1")
os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='studyapp-bench-')}/e.db"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "studyapp.settings")

import django  # noqa: E402

django.setup()

import genanki  # noqa: E402
from django.core.management import call_command  # noqa: E402

from studyapp.export.anki import anki_bytes, note_types  # noqa: E402
from studyapp.export.lms import all_lms_questions, gift, moodle_xml  # noqa: E402
from studyapp.export.selection import essay_selection  # noqa: E402
from studyapp.generation import generate_bank  # noqa: E402
from studyapp.models import Card, Essay, Passage, Topic  # noqa: E402
from studyapp.studypack import load_study_pack  # noqa: E402

CARDS = 10_000


def median_time(function, runs=3):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def synthetic_essay() -> Essay:
    essay = Essay.objects.create(slug="bench-10k", title="Tienduizend kaarten", language="nl")
    passage = Passage.objects.create(essay=essay, number=1, text="Een passage. " * 20)
    topics = [
        Topic.objects.create(essay=essay, slug=f"t{i}", name=f"Onderwerp {i}", position=i)
        for i in range(10)
    ]
    kinds = ["fact", "person", "cloze", "quote"]
    cards = Card.objects.bulk_create(
        [
            Card(
                uid=f"c-bench-{n:05d}",
                essay=essay,
                origin=f"bench:{n}",
                passage=passage,
                excerpt="Een passage.",
                kind=kinds[n % 4],
                front=f"Vraag nummer {n}?",
                back=f"Antwoord nummer {n}, met wat uitleg erbij.",
                cloze=f"Het antwoord is {{{{c1::{n}}}}}." if n % 4 == 2 else "",
            )
            for n in range(CARDS)
        ],
        batch_size=2000,
    )
    Card.topics.through.objects.bulk_create(
        [
            Card.topics.through(card_id=c.pk, topic_id=topics[i % 10].pk)
            for i, c in enumerate(cards)
        ],
        batch_size=5000,
    )
    return essay


def genanki_alone(essay: Essay, selection) -> float:
    """genanki writing the same notes, with fields and decks already in hand."""
    models = note_types(essay.slug)
    prepared = []
    for card in selection.cards:
        topic = card.topic_list[0].name
        if card.kind == "cloze":
            prepared.append((models["cloze"], [card.cloze, card.excerpt, "§1"], topic, card.uid))
        else:
            model = models["reverse"] if card.kind == "person" else models["basic"]
            prepared.append((model, [card.front, card.back, card.excerpt, "§1"], topic, card.uid))

    def write():
        decks = {}
        for model, fields, topic, uid in prepared:
            deck = decks.setdefault(
                topic, genanki.Deck(abs(hash(topic)) % 2**31, f"{essay.title}::{topic}")
            )
            deck.add_note(genanki.Note(model=model, fields=fields, guid=genanki.guid_for(uid)))
        genanki.Package(list(decks.values())).write_to_file(io.BytesIO())

    return median_time(write)


def main():
    call_command("migrate", verbosity=0)
    shipped = load_study_pack(ROOT / "fixtures" / "trotski-deel-2.yaml").essay
    generate_bank(shipped)
    whole = essay_selection(shipped)
    print(
        f"shipped bank: {len(whole.cards)} cards, {len(whole.questions)} multiple-choice questions"
    )
    print(
        f"  Anki .apkg          {median_time(lambda: anki_bytes(essay_selection(shipped))):.2f} s"
    )
    questions = all_lms_questions(shipped)
    print(f"  GIFT                {median_time(lambda: gift(questions)):.3f} s")
    print(f"  Moodle XML          {median_time(lambda: moodle_xml(questions, 'x')):.3f} s")

    essay = synthetic_essay()
    ours = median_time(lambda: anki_bytes(essay_selection(essay)))
    selection = essay_selection(essay)
    alone = genanki_alone(essay, selection)
    print(f"synthetic deck of {CARDS} cards:")
    print(f"  studyapp export (query, build, write) {ours:.2f} s")
    print(f"  genanki alone (same notes, prepared)  {alone:.2f} s")
    print(f"  ratio                                 {ours / alone:.2f}   (aim: 1.5 at most)")


if __name__ == "__main__":
    main()
