import json

import pytest
from django.core.management import CommandError, call_command

from studyapp.models import Question

pytestmark = pytest.mark.django_db


def test_export_questions_writes_the_documented_json(shipped_bank, tmp_path):
    out = tmp_path / "bank.json"
    call_command("export_questions", essay=shipped_bank.slug, fmt="json", output=str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["essay"] == {
        "slug": "trotski-deel-2",
        "title": shipped_bank.title,
        "language": "nl",
    }
    assert len(data["questions"]) == Question.objects.filter(status="active").count()
    first = data["questions"][0]
    assert set(first) >= {
        "id",
        "type",
        "prompt",
        "options",
        "answers",
        "explanation",
        "source",
        "topics",
        "difficulty",
    }
    assert set(first["source"]) == {"passage", "excerpt"}
    matching = next(q for q in data["questions"] if q["type"] == "matching")
    assert all(" → " in a for a in matching["answers"])
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_export_of_an_unknown_essay_is_a_clear_error():
    with pytest.raises(CommandError, match="no essay with slug"):
        call_command("export_questions", essay="bestaat-niet")
