"""Anki decks (.apkg) with genanki: stable note types, deck ids and note GUIDs per essay.

Re-exporting after the bank is regenerated, or after a question is edited, updates the notes
already in Anki instead of adding duplicates: each note's GUID comes from its question's or
card's stable id, and each note's modification time is the time its item last changed.
"""

import hashlib
import html
import io
import re
from functools import lru_cache

import genanki

from .selection import Selection

CSS = """
.card { font-family: -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  font-size: 20px; line-height: 1.5; color: #1d1d1f; background: #fbfaf7;
  max-width: 40em; margin: 0 auto; padding: 12px; text-align: left; }
.front { font-weight: 600; }
.options { margin: .6em 0; padding-left: 1.4em; }
.options li { margin: .25em 0; }
.answer { font-weight: 600; color: #2f6b3d; }
.explanation { margin-top: .6em; }
.source { margin-top: 1em; padding: .5em .8em; border-left: 3px solid #9b1c1c;
  font-family: Georgia, serif; font-size: .85em; color: #444; }
.source .where { display: block; margin-top: .3em; font-family: sans-serif; font-size: .8em;
  color: #777; }
.cloze { font-weight: 700; color: #1d4ed8; }
hr#answer { border: 0; border-top: 1px solid #ddd; margin: 1em 0; }
.nightMode .card, .night_mode .card, .card.nightMode, .card.night_mode { color: #e9e7e2;
  background: #1d1f24; }
.nightMode .source, .night_mode .source { color: #c9c5bd; border-left-color: #f08c8c; }
.nightMode .answer, .night_mode .answer { color: #8fd19e; }
.nightMode .cloze, .night_mode .cloze { color: #7aa7ff; }
"""

SOURCE_HTML = '<div class="source">{{Source}}<span class="where">{{Passage}}</span></div>'


def stable_int(*parts: str) -> int:
    """A 31-bit id from stable keys: Anki model and deck ids must survive re-export."""
    digest = hashlib.sha1("|".join(parts).encode()).hexdigest()
    return (int(digest[:8], 16) & 0x7FFFFFFF) or 1


def note_types(slug: str) -> dict[str, genanki.Model]:
    basic = genanki.Model(
        stable_int(slug, "basic"),
        "studyapp Basis (met bron)",
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}, {"name": "Passage"}],
        templates=[
            {
                "name": "Kaart 1",
                "qfmt": '<div class="front">{{Front}}</div>',
                "afmt": '<div class="front">{{Front}}</div><hr id="answer">{{Back}}' + SOURCE_HTML,
            }
        ],
        css=CSS,
    )
    reverse = genanki.Model(
        stable_int(slug, "basic-reverse"),
        "studyapp Basis en omgekeerd (met bron)",
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}, {"name": "Passage"}],
        templates=[
            {
                "name": "Kaart 1",
                "qfmt": '<div class="front">{{Front}}</div>',
                "afmt": '<div class="front">{{Front}}</div><hr id="answer">{{Back}}' + SOURCE_HTML,
            },
            {
                "name": "Kaart 2",
                "qfmt": '<div class="front">{{Back}}</div>',
                "afmt": '<div class="front">{{Back}}</div><hr id="answer">{{Front}}' + SOURCE_HTML,
            },
        ],
        css=CSS,
    )
    cloze = genanki.Model(
        stable_int(slug, "cloze"),
        "studyapp Cloze (met bron)",
        fields=[{"name": "Text"}, {"name": "Source"}, {"name": "Passage"}],
        templates=[
            {"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}" + SOURCE_HTML}
        ],
        css=CSS,
        model_type=genanki.Model.CLOZE,
    )
    choice = genanki.Model(
        stable_int(slug, "multiple-choice"),
        "studyapp Meerkeuze (met bron)",
        fields=[
            {"name": "Question"},
            {"name": "Options"},
            {"name": "Answer"},
            {"name": "Explanation"},
            {"name": "Source"},
            {"name": "Passage"},
        ],
        templates=[
            {
                "name": "Meerkeuze",
                "qfmt": '<div class="front">{{Question}}</div>{{Options}}',
                "afmt": '<div class="front">{{Question}}</div>{{Options}}<hr id="answer">'
                '<div class="answer">{{Answer}}</div>'
                '<div class="explanation">{{Explanation}}</div>' + SOURCE_HTML,
            }
        ],
        css=CSS,
    )
    return {"basic": basic, "reverse": reverse, "cloze": cloze, "choice": choice}


NOT_IN_TAG = re.compile(r"[^\w:-]")


def escape(text) -> str:
    """Text as HTML (what django.utils.html.escape does, without its lazy-string wrapper)."""
    return html.escape(str(text))


@lru_cache(maxsize=4096)
def tag(text: str) -> str:
    return NOT_IN_TAG.sub("_", text)


def _html(text: str) -> str:
    """Plain text as field HTML: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br>")


def _where(passage_number: int) -> str:
    return f"§{passage_number}"


def build_package(selection: Selection) -> genanki.Package:
    essay = selection.essay
    models = note_types(essay.slug)
    decks: dict[str, genanki.Deck] = {}

    def deck_for(topics):
        name = f"{essay.title}::{topics[0].name}" if topics else essay.title
        if name not in decks:
            decks[name] = genanki.Deck(stable_int(essay.slug, "deck", name), name)
        return decks[name]

    tag_lists = {}

    def tags_for(topics, kind):
        # Ten thousand notes share a few dozen tag lists: build each once.
        key = (kind, *(t.slug for t in topics))
        if key not in tag_lists:
            tag_lists[key] = [
                f"essay::{tag(essay.slug)}",
                f"type::{tag(kind)}",
                *(f"topic::{tag(t.slug)}" for t in topics),
            ]
        return list(tag_lists[key])

    for card in selection.cards:
        if card.kind in {"person_reverse", "concept_reverse"}:
            continue  # the forward card's note type makes the reverse card in Anki
        topics = card.topic_list
        source, where = escape(card.excerpt), _where(card.passage.number)
        if card.kind == "cloze":
            text = escape(card.cloze)  # escapes markup, keeps Anki's {{c1::…}}
            note = genanki.Note(
                model=models["cloze"],
                fields=[text, source, where],
                guid=genanki.guid_for(card.uid),
                tags=tags_for(topics, "cloze"),
            )
        else:
            model = models["reverse"] if card.kind in {"person", "concept"} else models["basic"]
            note = genanki.Note(
                model=model,
                fields=[_html(card.front), _html(card.back), source, where],
                guid=genanki.guid_for(card.uid),
                tags=tags_for(topics, card.kind),
            )
        deck_for(topics).add_note(note)
    for question in selection.questions:
        topics = question.topic_list
        options = "".join(f"<li>{escape(o)}</li>" for o in question.options)
        note = genanki.Note(
            model=models["choice"],
            fields=[
                _html(question.prompt),
                f'<ol class="options" type="A">{options}</ol>',
                escape(" / ".join(question.answers)),
                escape(question.explanation),
                escape(question.excerpt),
                _where(question.passage.number),
            ],
            guid=genanki.guid_for(question.uid),
            tags=tags_for(topics, question.qtype),
        )
        deck_for(topics).add_note(note)
    return genanki.Package(
        list(decks.values())
        or [genanki.Deck(stable_int(essay.slug, "deck", essay.title), essay.title)]
    )


def last_change(selection: Selection) -> float:
    """When the newest item changed: the notes' modification time, so edits look newer."""
    times = [item.updated_at for item in [*selection.cards, *selection.questions]]
    return max(times).timestamp() if times else 0.0


def anki_bytes(selection: Selection) -> bytes:
    buffer = io.BytesIO()
    build_package(selection).write_to_file(buffer, timestamp=last_change(selection) or None)
    return buffer.getvalue()
