"""GIFT, Moodle XML and CSV exports, parsed back to check what they say."""

import csv
import io
import re
from xml.etree import ElementTree as ET

import pytest
from django.core.management import call_command

from studyapp.export.lms import LMS_TYPES, all_lms_questions, gift, moodle_xml
from studyapp.models import Card, Question

pytestmark = pytest.mark.django_db


def parse_gift(text):
    """A small GIFT reader: title, prompt and answers of each question block."""
    questions = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line for line in block.splitlines() if not line.startswith("//")]
        body = "\n".join(lines)
        match = re.match(r"^::(?P<title>(?:\\.|[^:])+)::(?:\[markdown\])?(?P<rest>.*)$", body, re.S)
        assert match, block
        rest = match["rest"]
        start = re.search(r"(?<!\\)\{", rest).start()
        end = len(rest) - 1
        assert rest[end] == "}"
        answer_part = re.split(r"(?<!\\)####", rest[start + 1 : end])[0]
        tokens = re.findall(r"(?<!\\)([=~])((?:\\.|[^=~])*)", answer_part)

        def unescape(value):
            return re.sub(r"\\(.)", lambda m: "\n" if m[1] == "n" else m[1], value).strip()

        questions.append(
            {
                "title": unescape(match["title"]),
                "prompt": unescape(rest[:start]),
                "right": [unescape(v) for kind, v in tokens if kind == "="],
                "wrong": [unescape(v) for kind, v in tokens if kind == "~"],
                "tf": answer_part.strip() if answer_part.strip() in {"T", "F"} else None,
            }
        )
    return questions


def test_gift_round_trips_every_question(shipped_bank):
    questions = all_lms_questions(shipped_bank)
    parsed = {q["title"]: q for q in parse_gift(gift(questions))}
    assert len(parsed) == len(questions)
    for question in questions:
        item = parsed[question.uid]
        if question.qtype in {"multiple_choice", "argument", "quote_attribution"}:
            assert item["right"] == question.answers
            assert sorted(item["wrong"] + item["right"]) == sorted(question.options)
        elif question.qtype == "true_false":
            assert item["tf"] == ("T" if question.answers == ["Juist"] else "F")
        elif question.qtype == "matching":
            assert [r.replace("\\-", "-") for r in item["right"]] == [
                a.replace(" → ", " -> ") for a in question.answers
            ]
        else:
            assert item["right"] == question.answers
        assert item["prompt"] == question.prompt


def test_moodle_xml_parses_with_the_right_structure(shipped_bank):
    questions = all_lms_questions(shipped_bank)
    root = ET.fromstring(moodle_xml(questions, category=shipped_bank.title))
    elements = root.findall("question")
    assert elements[0].get("type") == "category"
    by_name = {e.find("name/text").text: e for e in elements[1:]}
    assert len(by_name) == len(questions)
    for question in questions:
        element = by_name[question.uid]
        if question.qtype in {"multiple_choice", "argument", "quote_attribution"}:
            assert element.get("type") == "multichoice"
            right = [
                a.find("text").text for a in element.findall("answer") if a.get("fraction") == "100"
            ]
            assert right == question.answers
            assert len(element.findall("answer")) == len(question.options)
        elif question.qtype == "true_false":
            [right] = [
                a.find("text").text for a in element.findall("answer") if a.get("fraction") == "100"
            ]
            assert right == ("true" if question.answers == ["Juist"] else "false")
        elif question.qtype == "matching":
            pairs = [
                (s.find("text").text, s.find("answer/text").text)
                for s in element.findall("subquestion")
            ]
            assert [f"{a} → {b}" for a, b in pairs] == question.answers
        elif question.qtype == "cloze":
            assert element.get("type") == "cloze"
            assert "{1:SHORTANSWER:=" in element.find("questiontext/text").text
        else:
            assert element.get("type") == "shortanswer"
        assert question.excerpt in element.find("generalfeedback/text").text
    assert {e.get("type") for e in elements[1:]} == {
        "multichoice",
        "truefalse",
        "shortanswer",
        "matching",
        "cloze",
    }


def test_every_lms_type_is_exported_and_ordering_is_left_out(shipped_bank):
    exported = {q.qtype for q in all_lms_questions(shipped_bank)}
    assert exported == LMS_TYPES
    assert Question.objects.filter(essay=shipped_bank, qtype="ordering").exists()


def test_flashcards_csv_reads_as_term_and_definition(shipped_bank, tmp_path):
    out = tmp_path / "cards.csv"
    call_command("export_questions", essay=shipped_bank.slug, fmt="quizlet-csv", output=str(out))
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    expected = (
        Card.objects.filter(essay=shipped_bank)
        .exclude(kind__in=["person_reverse", "concept_reverse"])
        .count()
    )
    assert len(rows) == expected and all(len(row) == 2 and all(row) for row in rows)
    assert ["Nestor Machno", rows[[r[0] for r in rows].index("Nestor Machno")][1]] in rows
    # Every definition cites a passage, and never the same one twice in a row.
    assert all(re.search(r"\(§\d+\)", definition) for _term, definition in rows)
    assert not any(re.search(r"(\(§\d+\)) \1", definition) for _term, definition in rows)


def test_the_bank_csv_has_every_active_question(shipped_bank, tmp_path):
    out = tmp_path / "bank.csv"
    call_command("export_questions", essay=shipped_bank.slug, fmt="csv", output=str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == Question.objects.filter(essay=shipped_bank, status="active").count()
    assert {"id", "type", "prompt", "answers", "passage", "excerpt"} <= set(rows[0])


@pytest.mark.parametrize("fmt", ["gift", "moodle-xml"])
def test_the_command_writes_lms_formats(shipped_bank, tmp_path, fmt):
    out = tmp_path / f"bank.{fmt}"
    call_command("export_questions", essay=shipped_bank.slug, fmt=fmt, output=str(out))
    assert out.stat().st_size > 10000
