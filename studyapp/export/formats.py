"""Every export format by name: what the command line, the pages and the API offer."""

from collections.abc import Callable
from dataclasses import dataclass

from studyapp.models import Essay, Question

from .bank_json import bank_as_json
from .csv_files import bank_csv, flashcards_csv
from .lms import all_lms_questions, gift, moodle_xml
from .selection import essay_selection

# The bank with its answers is for teachers; flashcards are for everyone.
TEACHER_FORMATS = {"json", "gift", "moodle-xml", "csv"}


@dataclass
class Format:
    name: str
    extension: str
    content_type: str
    render: Callable[[Essay, list], str]


def _all_questions(essay):
    return list(
        Question.objects.filter(essay=essay, status="active")
        .select_related("passage")
        .prefetch_related("topics")
        .order_by("passage__number", "uid")
    )


FORMATS = {
    "json": Format("json", "json", "application/json", lambda e, t: bank_as_json(e)),
    "gift": Format(
        "gift", "gift.txt", "text/plain; charset=utf-8", lambda e, t: gift(all_lms_questions(e))
    ),
    "moodle-xml": Format(
        "moodle-xml",
        "moodle.xml",
        "application/xml",
        lambda e, t: moodle_xml(all_lms_questions(e), category=e.title),
    ),
    "csv": Format(
        "csv", "csv", "text/csv; charset=utf-8", lambda e, t: bank_csv(_all_questions(e))
    ),
    "quizlet-csv": Format(
        "quizlet-csv",
        "flashcards.csv",
        "text/csv; charset=utf-8",
        lambda e, t: flashcards_csv(essay_selection(e, t).cards),
    ),
}


def export_text(essay: Essay, name: str, topics=()) -> tuple[str, Format]:
    fmt = FORMATS[name]
    return fmt.render(essay, topics), fmt
